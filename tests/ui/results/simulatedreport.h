// SPDX-License-Identifier: GPL-3.0-or-later
// A FitReport computed in-process from simulated cohorts at three sites with the analysis
// library (the same functions the federation runs), for the results tests, the benchmarks and
// the screenshots. No number in it is typed by hand.
#pragma once

#include "fairstart/analysis/descriptives.h"
#include "fairstart/analysis/design.h"
#include "fairstart/analysis/glm.h"
#include "fairstart/analysis/performance.h"
#include "fairstart/protocol/codec.h"
#include "fairstart/protocol/report.h"

#include <QDateTime>

#include <cmath>
#include <random>
#include <stdexcept>

namespace fairstart::testing {

// Birth weight (g), maternal age (y), sex, smoking and deprivation; outcome: developmental delay.
inline analysis::DataTable simulateSite(int n, unsigned seed, double siteShift)
{
    std::mt19937 rng(seed);
    std::normal_distribution<double> bwDist(3300, 550), ageDist(30, 5);
    std::uniform_real_distribution<double> u(0, 1);
    std::vector<double> bw, age, delay;
    std::vector<std::string> sex, smoke, deprivation;
    static const char *const quintiles[] = { "q1", "q2", "q3", "q4", "q5" };
    for (int i = 0; i < n; ++i) {
        const double b = std::max(900.0, bwDist(rng));
        const double a = std::clamp(ageDist(rng), 16.0, 46.0);
        const bool male = u(rng) < 0.51;
        const bool smokes = u(rng) < 0.18;
        const int q = std::min(4, int(u(rng) * 5));
        const double eta = -2.2 + siteShift - 0.0012 * (b - 3300) + 0.004 * (a - 30) * (a - 30)
            + 0.35 * male + 0.6 * smokes + 0.18 * q;
        bw.push_back(b);
        age.push_back(a);
        sex.push_back(male ? "male" : "female");
        smoke.push_back(smokes ? "yes" : "no");
        deprivation.push_back(quintiles[q]);
        delay.push_back(u(rng) < 1.0 / (1.0 + std::exp(-eta)) ? 1.0 : 0.0);
    }
    // A few missing values, as real registries have.
    for (int i = 7; i < n; i += 97)
        bw[std::size_t(i)] = std::nan("");
    analysis::DataTable t;
    (void)t.addNumeric("birthweight", bw);
    (void)t.addNumeric("mother_age", age);
    (void)t.addText("sex", sex);
    (void)t.addText("smoking", smoke);
    (void)t.addText("deprivation", deprivation);
    (void)t.addNumeric("delay", delay);
    return t;
}

inline analysis::ModelSpec simulatedSpec()
{
    analysis::ModelSpec spec;
    spec.outcome.variable = "delay";
    spec.family = analysis::Family::Binomial;
    auto predictor = [](const char *variable, analysis::Transform transform) {
        analysis::Predictor p;
        p.variable = variable;
        p.transform = transform;
        return p;
    };
    analysis::Predictor bw = predictor("birthweight", analysis::Transform::Standardise);
    analysis::Predictor age = predictor("mother_age", analysis::Transform::Spline);
    age.knots = 3;
    analysis::Predictor sex = predictor("sex", analysis::Transform::Categorical);
    analysis::Predictor smoke = predictor("smoking", analysis::Transform::Categorical);
    analysis::Predictor dep = predictor("deprivation", analysis::Transform::Categorical);
    spec.predictors = { bw, age, sex, smoke, dep };
    return spec;
}

template<typename T> T check(analysis::Result<T> r, const char *what)
{
    if (!r.ok())
        throw std::runtime_error(std::string(what) + ": " + r.error().message);
    return std::move(r).value();
}

struct SimulatedFederation {
    std::vector<analysis::DataTable> tables;
    analysis::ResolvedDesign design;
    std::vector<analysis::DesignMatrix> designs;
    protocol::FitReport report;
};

inline SimulatedFederation simulateFederation(int perSite = 1500)
{
    SimulatedFederation f;
    const QStringList names { QStringLiteral("ggd-utrecht"), QStringLiteral("umc-groningen"),
                              QStringLiteral("jgz-rotterdam") };
    const double shifts[] = { 0.0, 0.15, -0.1 };
    analysis::DataTable pooled;
    std::vector<double> bw, age, y;
    std::vector<std::string> sex, smoke, dep;
    for (int s = 0; s < 3; ++s) {
        f.tables.push_back(simulateSite(perSite + 250 * s, 1000u + unsigned(s), shifts[s]));
        const analysis::DataTable &t = f.tables.back();
        for (std::size_t r = 0; r < t.rows(); ++r) {
            bw.push_back(t.column("birthweight")->numeric[r]);
            age.push_back(t.column("mother_age")->numeric[r]);
            y.push_back(t.column("delay")->numeric[r]);
            const analysis::Column *c = t.column("sex");
            sex.push_back(c->levels[std::size_t(c->codes[r])]);
            c = t.column("smoking");
            smoke.push_back(c->levels[std::size_t(c->codes[r])]);
            c = t.column("deprivation");
            dep.push_back(c->levels[std::size_t(c->codes[r])]);
        }
    }
    (void)pooled.addNumeric("birthweight", bw);
    (void)pooled.addNumeric("mother_age", age);
    (void)pooled.addText("sex", sex);
    (void)pooled.addText("smoking", smoke);
    (void)pooled.addText("deprivation", dep);
    (void)pooled.addNumeric("delay", y);
    // Resolving on the pooled table stands in for the federated resolution (same definitions).
    f.design = check(analysis::resolveLocally(simulatedSpec(), pooled), "resolve");
    std::vector<const analysis::DesignMatrix *> pointers;
    for (const analysis::DataTable &t : f.tables)
        f.designs.push_back(check(analysis::buildDesign(t, f.design), "design"));
    for (const analysis::DesignMatrix &d : f.designs)
        pointers.push_back(&d);

    protocol::FitReport &r = f.report;
    r.dataset = QStringLiteral("cohort-2015-2020");
    r.purpose = QStringLiteral("early-prevention-research");
    r.design = f.design;
    r.designHash = protocol::designHash(f.design);
    r.started = QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);
    r.finished = r.started.addSecs(4);
    r.clientVersion = QStringLiteral("0.1.0");
    r.glm = check(analysis::fitFederated(pointers, analysis::Family::Binomial), "fit");

    std::vector<analysis::PerformanceBins> bins;
    for (const analysis::DesignMatrix &d : f.designs)
        bins.push_back(
            check(analysis::computePerformance(d, analysis::Family::Binomial, r.glm.beta),
                  "performance"));
    r.performance = check(analysis::summarise(bins, { 0.1, 0.2, 0.5 }), "summarise");

    std::vector<analysis::DesignMatrix> slopeDesigns;
    for (const analysis::DesignMatrix &d : f.designs)
        slopeDesigns.push_back(check(analysis::calibrationSlopeDesign(d, r.glm.beta), "slope"));
    std::vector<const analysis::DesignMatrix *> slopePointers;
    for (const analysis::DesignMatrix &d : slopeDesigns)
        slopePointers.push_back(&d);
    analysis::GlmOptions noNull;
    noNull.fitNullModel = false;
    const analysis::GlmResult slope
        = check(analysis::fitFederated(slopePointers, analysis::Family::Binomial, 0.0, noNull),
                "slope fit");
    r.calibrationSlope = slope.beta[1];
    std::vector<analysis::DesignMatrix> interceptDesigns;
    for (const analysis::DesignMatrix &d : f.designs)
        interceptDesigns.push_back(
            check(analysis::calibrationInterceptDesign(d, r.glm.beta), "intercept"));
    std::vector<const analysis::DesignMatrix *> interceptPointers;
    for (const analysis::DesignMatrix &d : interceptDesigns)
        interceptPointers.push_back(&d);
    r.calibrationIntercept
        = check(analysis::fitFederated(interceptPointers, analysis::Family::Binomial, 0.0, noNull),
                "intercept fit")
              .beta[0];

    for (std::size_t s = 0; s < f.designs.size(); ++s) {
        protocol::SiteRecord site;
        site.name = names[int(s)];
        site.url = QStringLiteral("https://%1.example:8443").arg(site.name);
        site.nodeVersion = QStringLiteral("0.1.0");
        site.engineVersion = QStringLiteral("0.1.0");
        site.protocolVersion = QStringLiteral("1");
        site.cohortSize = qint64(f.designs[s].n());
        site.counts = f.designs[s].counts;
        site.state = QStringLiteral("ok");
        r.sites.append(site);
        protocol::SitePerformance perf;
        perf.site = site.name;
        perf.metrics = check(analysis::summarise({ bins[s] }), "site summarise");
        r.perSite.append(perf);
        protocol::SiteFit fit;
        fit.site = site.name;
        fit.glm = check(analysis::fitFederated({ &f.designs[s] }, analysis::Family::Binomial),
                        "site fit");
        r.perSiteFits.append(fit);
    }
    for (const analysis::IterationRecord &it : r.glm.trace) {
        protocol::RoundTiming t;
        t.round = it.round;
        t.nullModel = it.nullModel;
        t.deviance = it.deviance;
        t.stepHalvings = it.stepHalvings;
        r.rounds.append(t);
    }
    return f;
}

// Released descriptives of one simulated site, computed with the analysis functions and then
// suppressed as a node would (counts below `threshold` withheld).
inline protocol::DescriptivesResponse
simulatedDescriptives(const analysis::DataTable &t, const QString &dataset, int threshold = 10)
{
    protocol::DescriptivesResponse d;
    d.dataset = dataset;
    d.cohortSize = qint64(t.rows());
    auto released = [threshold](double c) -> protocol::ReleasedCount {
        if (c < threshold)
            return std::nullopt;
        return qint64(c);
    };
    for (const char *v : { "birthweight", "mother_age" }) {
        const std::vector<double> edges = std::string(v) == "birthweight"
            ? analysis::evenEdges(800, 5600, 24)
            : analysis::evenEdges(14, 48, 17);
        const analysis::NumericSummary s
            = check(analysis::describeNumeric(t, v, { edges }), "describe");
        protocol::NumericDescription n;
        n.variable = QString::fromLatin1(v);
        n.missing = released(s.missing);
        n.moments = s.moments;
        n.histograms.append({ s.histograms[0].edges, s.histograms[0].counts });
        d.numeric.append(n);
    }
    for (const char *v : { "sex", "smoking", "deprivation" }) {
        const analysis::CategoricalSummary s
            = check(analysis::describeCategorical(t, v), "categorical");
        protocol::CategoricalDescription c;
        c.variable = QString::fromLatin1(v);
        c.missing = released(s.missing);
        for (const auto &[level, count] : s.levelCounts)
            c.levels.append({ QString::fromStdString(level), released(count) });
        d.categorical.append(c);
    }
    const analysis::TwoWayTable tab
        = check(analysis::crossTabulate(t, "smoking", "delay"), "table");
    protocol::ReleasedTable rt;
    rt.rowVariable = QStringLiteral("smoking");
    rt.columnVariable = QStringLiteral("delay");
    for (const std::string &l : tab.rowLevels)
        rt.rowLevels << QString::fromStdString(l);
    for (const std::string &l : tab.columnLevels)
        rt.columnLevels << QString::fromStdString(l);
    for (double c : tab.counts)
        rt.counts.append(released(c));
    d.tables.append(rt);
    return d;
}

} // namespace fairstart::testing

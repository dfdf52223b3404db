// SPDX-License-Identifier: GPL-3.0-or-later
// The exact Mann–Whitney statistic, the pooled AUC and the decision curve against R (pROC and the
// net-benefit formula, data/make_discrimination.R) on nwtco over three sites and birthwt as one.
#include "expectedtest.h"
#include "fairstart/analysis/discrimination.h"

#include "discriminationdata.h"

#include <QtTest>

#include <cmath>
#include <random>

using namespace fairstart::analysis;
using namespace fairstart::analysis::testing;

namespace {

const DiscriminationReference &reference()
{
    static const DiscriminationReference r
        = readDiscriminationReference(dataPath(QStringLiteral("discrimination-reference.txt")));
    return r;
}

const Csv &nwtco()
{
    static const Csv csv = [] {
        Csv c;
        if (!readCsv(QStringLiteral("../../site-node/data/nwtco.csv"), c))
            qFatal("nwtco.csv is missing");
        return c;
    }();
    return csv;
}

const Csv &birthwt()
{
    static const Csv csv = [] {
        Csv c;
        if (!readCsv(QStringLiteral("birthwt.csv"), c))
            qFatal("birthwt.csv is missing");
        return c;
    }();
    return csv;
}

struct Site {
    std::string name;
    DesignMatrix design;
    Eigen::VectorXd beta;
};

std::vector<Site> sites()
{
    const Eigen::VectorXd nb = toVector(reference().at("nwtco beta"));
    std::vector<Site> out;
    for (int s = 0; s < 3; ++s)
        out.push_back({ "nwtco_site" + std::to_string(s), nwtcoDesign(nwtco(), s), nb });
    out.push_back({ "nwtco_all", nwtcoDesign(nwtco(), -1), nb });
    out.push_back(
        { "birthwt", birthwtDesign(birthwt()), toVector(reference().at("birthwt beta")) });
    return out;
}

PerformanceBins binsOf(const Site &s)
{
    auto b = computePerformance(s.design, Family::Binomial, s.beta);
    if (!b)
        qFatal("computePerformance: %s", b.error().message.c_str());
    return *b;
}

MannWhitney statisticOf(const Site &s)
{
    auto m = mannWhitney(s.design, Family::Binomial, s.beta);
    if (!m)
        qFatal("mannWhitney: %s", m.error().message.c_str());
    return *m;
}

QString differs(double got, double want)
{
    return QStringLiteral("%1 vs R %2").arg(got, 0, 'g', 17).arg(want, 0, 'g', 17);
}

} // namespace

class tst_Discrimination : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void exactAucEqualsPRoc();
    void singleSitePooledIsExact();
    void pooledOverSites();
    void pooledWithoutStatistics();
    void decisionCurveEqualsR();
    void releaseRule();
    void refusesBadInput();
    void equalsCountingEveryPair();
};

void tst_Discrimination::exactAucEqualsPRoc()
{
    for (const Site &s : sites()) {
        const MannWhitney m = statisticOf(s);
        QCOMPARE(m.positives, reference().scalar(s.name + " events"));
        QCOMPARE(m.positives + m.negatives, reference().scalar(s.name + " n"));
        const double auc = m.u / (m.positives * m.negatives);
        const double want = reference().scalar(s.name + " auc");
        QVERIFY2(std::fabs(auc - want) <= 1e-14, qPrintable(differs(auc, want)));
        // u counts pairs: a multiple of ½.
        QCOMPARE(std::fmod(2.0 * m.u, 1.0), 0.0);
    }
    // Ties count ½, as in pROC: two tied pairs.
    const auto tied = mannWhitney({ 0.2, 0.2, 0.5, 0.5, 0.1 }, { 1, 0, 1, 0, 0 });
    QVERIFY(tied.ok());
    QCOMPARE(tied->u, 0.5 + 1.0 + 1.0 + 0.5 + 1.0); // (0.2: ½ tie + 1) + (0.5: 1 + ½ + 1)
}

void tst_Discrimination::singleSitePooledIsExact()
{
    for (const Site &s : sites()) {
        const auto pooled = pooledAuc({ { binsOf(s), statisticOf(s) } });
        QVERIFY_EXPECTED(pooled);
        const double want = reference().scalar(s.name + " auc");
        QVERIFY2(std::fabs(pooled->auc - want) <= 1e-14, qPrintable(differs(pooled->auc, want)));
        QCOMPARE(pooled->errorBound, 0.0);
        QCOMPARE(pooled->exactPairShare, 1.0);
        QCOMPARE(pooled->sitesWithExact, 1);
    }
}

void tst_Discrimination::pooledOverSites()
{
    // Unmerged bins (as computed, before a node's disclosure merging); tests/site-node's
    // tst_pooled_auc does the same on the bins a node releases.
    const std::vector<Site> all = sites();
    std::vector<SiteDiscrimination> three;
    std::vector<PerformanceBins> bins;
    for (int s = 0; s < 3; ++s) {
        three.push_back({ binsOf(all[std::size_t(s)]), statisticOf(all[std::size_t(s)]) });
        bins.push_back(three.back().bins);
    }
    const double exact = reference().scalar("nwtco_all auc");
    const auto pooled = pooledAuc(three);
    QVERIFY(pooled.ok());
    const double error = std::fabs(pooled->auc - exact);
    QVERIFY2(error < 1e-4, qPrintable(differs(pooled->auc, exact)));
    QVERIFY2(error <= pooled->errorBound, qPrintable(QString::number(pooled->errorBound)));
    QCOMPARE(pooled->sitesWithExact, 3);
    QVERIFY(pooled->exactPairShare > 0.9 && pooled->exactPairShare < 1.0);
    // Better than the AUC of the merged bins alone.
    const auto binned = summarise(bins);
    QVERIFY(binned.ok());
    QVERIFY(error <= std::fabs(binned->auc - exact));
}

void tst_Discrimination::pooledWithoutStatistics()
{
    // A site that released no statistic: its own pairs come from its bins too, within the bound.
    const std::vector<Site> all = sites();
    std::vector<SiteDiscrimination> three;
    for (int s = 0; s < 3; ++s)
        three.push_back({ binsOf(all[std::size_t(s)]), std::nullopt });
    three[0].exact = statisticOf(all[0]);
    const auto pooled = pooledAuc(three);
    QVERIFY(pooled.ok());
    const double exact = reference().scalar("nwtco_all auc");
    QVERIFY(std::fabs(pooled->auc - exact) <= pooled->errorBound);
    QVERIFY(std::fabs(pooled->auc - exact) < 1e-3);
    QCOMPARE(pooled->sitesWithExact, 1);
    // A node that released no Σ risk of the events: the bins' means stand for both classes.
    for (SiteDiscrimination &s : three)
        s.bins.sumRiskEvents.clear();
    const auto plain = pooledAuc(three);
    QVERIFY(plain.ok());
    QVERIFY(std::fabs(plain->auc - exact) <= plain->errorBound);
}

void tst_Discrimination::decisionCurveEqualsR()
{
    const std::vector<double> thresholds = reference().at("thresholds");
    const std::vector<Site> all = sites();
    std::vector<PerformanceBins> three;
    auto check = [&](const std::vector<PerformanceBins> &bins, const std::string &name) {
        const auto curve = decisionCurve(bins, thresholds);
        QVERIFY_EXPECTED(curve);
        QCOMPARE(curve->size(), thresholds.size());
        for (std::size_t i = 0; i < thresholds.size(); ++i) {
            const NetBenefit &nb = (*curve)[i];
            QCOMPARE(nb.gridThreshold, thresholds[i]);
            const double model = reference().at(name + " nb_model")[i];
            const double treatAll = reference().at(name + " nb_all")[i];
            QVERIFY2(std::fabs(nb.model - model) <= 1e-14, qPrintable(differs(nb.model, model)));
            QVERIFY2(std::fabs(nb.treatAll - treatAll) <= 1e-14,
                     qPrintable(differs(nb.treatAll, treatAll)));
            QCOMPARE(nb.treatNone, 0.0);
            QCOMPARE(nb.n, reference().scalar(name + " n"));
        }
    };
    for (const Site &s : all) {
        check({ binsOf(s) }, s.name);
        if (s.name.rfind("nwtco_site", 0) == 0)
            three.push_back(binsOf(s));
    }
    check(three, "nwtco_all");
    // A threshold off the grid is taken on it and says so.
    const auto off = decisionCurve({ binsOf(all[4]) }, { 0.1234 });
    QVERIFY(off.ok());
    QCOMPARE(off->front().threshold, 0.1234);
    QCOMPARE(off->front().gridThreshold, 0.123);
}

void tst_Discrimination::releaseRule()
{
    DisclosurePolicy policy; // minCell 10
    for (const Site &s : sites()) {
        const RuleOutcome ok = checkMannWhitneyRelease(binsOf(s), statisticOf(s), policy);
        QVERIFY2(ok.passed, ok.message.c_str());
        QCOMPARE(ok.ruleId, std::string("mann-whitney"));
    }
    // A tiny site whose records are ordered by outcome: 10 events all above 10 non-events, all in
    // one released bin. The bins show nothing of the order; u = 100 would show all of it.
    std::vector<double> risks, y;
    for (int i = 0; i < 10; ++i) {
        risks.push_back(0.300 + 0.0001 * i);
        y.push_back(0);
        risks.push_back(0.305 + 0.0001 * i);
        y.push_back(1);
    }
    const auto m = mannWhitney(risks, y);
    QVERIFY(m.ok());
    QCOMPARE(m->u, 100.0);
    PerformanceBins one;
    one.bins = 1000;
    one.positives.assign(1000, 0.0);
    one.negatives.assign(1000, 0.0);
    one.sumRisk.assign(1000, 0.0);
    one.sumOutcome.assign(1000, 0.0);
    one.positives[300] = 10;
    one.negatives[300] = 10;
    const RuleOutcome separated = checkMannWhitneyRelease(one, *m, policy);
    QVERIFY(!separated.passed);
    QVERIFY(separated.message.find("outcome") != std::string::npos);
    // Nearly ordered (one swap) is refused too; a real mix passes.
    QVERIFY(!checkMannWhitneyRelease(one, { 99.0, 10, 10 }, policy).passed);
    QVERIFY(!checkMannWhitneyRelease(one, { 1.0, 10, 10 }, policy).passed);
    QVERIFY(checkMannWhitneyRelease(one, { 50.0, 10, 10 }, policy).passed);
    // Fewer than minCell of a class, or a statistic that contradicts the bins.
    DisclosurePolicy strict;
    strict.minCell = 11;
    QVERIFY(!checkMannWhitneyRelease(one, { 50.0, 10, 10 }, strict).passed);
    QVERIFY(!checkMannWhitneyRelease(one, { 101.0, 10, 10 }, policy).passed);
    QVERIFY(!checkMannWhitneyRelease(one, { 50.0, 11, 10 }, policy).passed);
    QVERIFY(!checkMannWhitneyRelease(one, { std::nan(""), 10, 10 }, policy).passed);
}

void tst_Discrimination::refusesBadInput()
{
    QVERIFY(!mannWhitney({ 0.1, 0.2 }, { 1 }).ok());
    QVERIFY(!mannWhitney({ 0.1, std::nan("") }, { 1, 0 }).ok());
    const auto notBinary = mannWhitney({ 0.1, 0.2 }, { 1, 2 });
    QVERIFY(!notBinary.ok());
    QCOMPARE(notBinary.error().code, ErrorCode::NotBinary);
    const Site s = sites().back();
    QVERIFY(!mannWhitney(s.design, Family::Poisson, s.beta).ok());
    QVERIFY(!mannWhitney(s.design, Family::Binomial, Eigen::VectorXd::Zero(2)).ok());
    QVERIFY(!pooledAuc({}).ok());
    // A statistic that contradicts the site's bins is refused, not pooled.
    MannWhitney wrong = statisticOf(s);
    wrong.u = wrong.positives * wrong.negatives + 1;
    const auto contradicted = pooledAuc({ { binsOf(s), wrong } });
    QVERIFY(!contradicted.ok());
    QVERIFY(contradicted.error().message.find("does not agree") != std::string::npos);
    // Event risk sums that cannot be: above the bin's Σ risk, or negative.
    PerformanceBins lying = binsOf(s);
    for (std::size_t b = 0; b < lying.sumRiskEvents.size(); ++b) {
        if (lying.positives[b] > 0) {
            lying.sumRiskEvents[b] = lying.sumRisk[b] + 1.0;
            break;
        }
    }
    QVERIFY(!pooledAuc({ { lying, std::nullopt } }).ok());
    lying = binsOf(s);
    lying.sumRiskEvents[0] = -1.0;
    QVERIFY(!pooledAuc({ { lying, std::nullopt } }).ok());
    PerformanceBins other = binsOf(s);
    other.bins = 100;
    QVERIFY(!pooledAuc({ { binsOf(s), std::nullopt }, { other, std::nullopt } }).ok());
    QVERIFY(!decisionCurve({ binsOf(s) }, { 0.0 }).ok());
    QVERIFY(!decisionCurve({ binsOf(s) }, { 1.0 }).ok());
    QVERIFY(!decisionCurve({ binsOf(s) }, { 0.0001 }).ok()); // rounds to 0 on the grid
    QVERIFY(!decisionCurve({ binsOf(s) }, { std::nan("") }).ok());
    QVERIFY(!decisionCurve({}, { 0.1 }).ok());
}

// The statistic against counting every pair (event above non-event 1, tied ½), on risks with
// many ties (a few distinct values, +0 and −0 among them) and on distinct ones: the sort of each
// class apart must count the same pairs. 400 values take std::sort, 15,000 the radix sort (values
// of both signs and exponents far apart, so that every digit of the bits varies).
void tst_Discrimination::equalsCountingEveryPair()
{
    std::mt19937_64 rng(16);
    for (int size : { 400, 15000 }) {
        for (int levels : { 3, 7, 1000000 }) {
            std::uniform_int_distribution<int> level(0, levels - 1);
            std::bernoulli_distribution event(0.3);
            std::vector<double> risks, y;
            for (int i = 0; i < size; ++i) {
                const int l = level(rng);
                double risk = l == 0 ? (i % 2 ? -0.0 : 0.0) : double(l) / double(levels);
                if (size > 400 && l != 0)
                    risk = (l % 2 ? -1.0 : 1.0) * std::ldexp(risk, l % 600 - 300);
                risks.push_back(risk);
                y.push_back(event(rng) ? 1.0 : 0.0);
            }
            double pairs = 0, positives = 0;
            for (std::size_t i = 0; i < risks.size(); ++i) {
                positives += y[i];
                if (y[i] != 1.0)
                    continue;
                for (std::size_t j = 0; j < risks.size(); ++j) {
                    if (y[j] == 0.0)
                        pairs += risks[i] > risks[j] ? 1.0 : risks[i] == risks[j] ? 0.5 : 0.0;
                }
            }
            const auto m = mannWhitney(risks, y);
            QVERIFY_EXPECTED(m);
            QCOMPARE(m->u, pairs);
            QCOMPARE(m->positives, positives);
            QCOMPARE(m->negatives, double(risks.size()) - positives);
        }
    }
}

QTEST_GUILESS_MAIN(tst_Discrimination)
#include "tst_discrimination.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// fairstart-cli validate: leave one site out (internal–external cross-validation, issue 15), and
// the evaluation details that fit prints (the AUC's provenance, decision curves).
#include "clidetail.h"

#include "fairstart/cli/tr.h"
#include "fairstart/client/validationrun.h"

#include "fairstart/analysis/formula.h"

#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace fairstart::cli::detail {

using namespace fairstart::client;

namespace {

QString fixed(double v, int decimals = 4)
{
    return std::isfinite(v) ? QString::number(v, 'f', decimals) : QStringLiteral("NA");
}

QString padded(const QString &s, int width, bool right = false)
{
    return right ? s.rightJustified(width) : s.leftJustified(width);
}

QString measureLabel(const std::string &measure)
{
    if (measure == "auc")
        return Tr::tr("AUC");
    if (measure == "calibration_slope")
        return Tr::tr("Calibration slope");
    if (measure == "calibration_in_the_large")
        return Tr::tr("Calibration-in-the-large");
    if (measure == "observed_expected")
        return Tr::tr("Observed/expected");
    return QString::fromStdString(measure);
}

// Net benefit per record at each threshold: the model, treat all, treat none.
QString curveTable(const std::vector<DecisionPoint> &curve, const QString &indent)
{
    QString t = indent + padded(Tr::tr("threshold"), 10) + padded(Tr::tr("model"), 10, true)
        + padded(Tr::tr("treat all"), 11, true) + padded(Tr::tr("treat none"), 12, true)
        + padded(Tr::tr("± bound"), 10, true) + QLatin1Char('\n');
    for (const DecisionPoint &p : curve)
        t += indent + padded(fixed(p.gridThreshold, 3), 10) + padded(fixed(p.netBenefit), 10, true)
            + padded(fixed(p.treatAll), 11, true)
            + padded(fixed(p.treatNone), 12, true)
            // A masked evaluation's curve has no bound (NaN): "none", not a number.
            + padded(std::isnan(p.errorBound) ? Tr::tr("none") : fixed(p.errorBound, 5), 10, true)
            + QLatin1Char('\n');
    return t;
}

QString formatValidationTable(const ValidationReport &report, const QString &formula)
{
    QString t = Tr::tr("Leave-one-site-out validation (internal–external cross-validation)\n");
    t += Tr::tr("Model: %1\n").arg(formula);
    t += Tr::tr("Each site in turn is held out: the model is fitted on the other sites (the "
                "held-out site only observes that study) and evaluated on the held-out site's "
                "records.\n\n");
    int nameWidth = int(Tr::tr("held out").size()) + 2;
    for (const HeldOutResult &r : report.perSite)
        nameWidth = std::max(nameWidth, int(r.heldOut.size()) + 2);
    t += QStringLiteral("  ") + padded(Tr::tr("held out"), nameWidth) + padded(Tr::tr("n"), 7, true)
        + padded(Tr::tr("events"), 8, true) + padded(QStringLiteral("AUC"), 8, true)
        + padded(Tr::tr("95% CI"), 15, true) + padded(Tr::tr("slope"), 8, true)
        + padded(Tr::tr("CITL"), 8, true) + padded(QStringLiteral("O/E"), 7, true)
        + padded(QStringLiteral("Brier"), 8, true) + QStringLiteral("  ") + Tr::tr("trained on")
        + QLatin1Char('\n');
    for (const HeldOutResult &r : report.perSite) {
        QString line = QStringLiteral("  ") + padded(r.heldOut, nameWidth);
        if (!r.ok()) {
            // A site's own release rule is no error of the run: said as withheld.
            t += line
                + (r.withheld ? Tr::tr("withheld by the site (%1, rule %2): %3")
                                    .arg(r.failurePhase, r.withheldRule, r.failure)
                              : Tr::tr("no result (%1): %2").arg(r.failurePhase, r.failure))
                + QLatin1Char('\n');
            continue;
        }
        line += padded(fixed(r.n, 0), 7, true) + padded(fixed(r.events, 0), 8, true)
            + padded(fixed(r.auc, 3), 8, true)
            + padded(fixed(r.aucLower, 3) + QStringLiteral("–") + fixed(r.aucUpper, 3), 15, true)
            + padded(fixed(r.calibrationSlope, 3), 8, true)
            + padded(fixed(r.calibrationInTheLarge, 3), 8, true)
            + padded(fixed(r.observedExpected, 3), 7, true) + padded(fixed(r.brier, 4), 8, true)
            + QStringLiteral("  ") + r.trainedOn.join(QStringLiteral(", "));
        t += line + QLatin1Char('\n');
    }
    t += QLatin1Char('\n');
    if (!report.pooled.empty()) {
        t += Tr::tr("Pooled over the held-out sites (random effects: REML, Knapp–Hartung 95% CI, "
                    "95% prediction interval; AUC on the logit scale, O/E on the log scale):\n");
        for (const analysis::PooledMeasure &m : report.pooled)
            t += QStringLiteral("  ") + padded(measureLabel(m.measure), 26)
                + Tr::tr("%1  (95% CI %2 to %3; PI %4 to %5; tau² %6; %7 sites)")
                      .arg(fixed(m.estimate), fixed(m.ciLower), fixed(m.ciUpper), fixed(m.piLower),
                           fixed(m.piUpper), QString::number(m.tau2, 'g', 4))
                      .arg(m.sites)
                + QLatin1Char('\n');
    }
    if (!report.poolingNote.isEmpty())
        t += report.poolingNote + QLatin1Char('\n');
    if (!report.pooledDecisionCurve.empty()) {
        t += Tr::tr("\nDecision curve of the held-out predictions, all sites together (net "
                    "benefit per record; treat when the risk is at least the threshold):\n");
        t += curveTable(report.pooledDecisionCurve, QStringLiteral("  "));
    }
    if (!report.designHash.isEmpty())
        t += Tr::tr("\nDesign %1 (the same for every held-out site)\n").arg(report.designHash);
    return t;
}

// Issue 15: each held-out site's evaluation by subgroup (the model fitted on the others).
QString heldOutSubgroupTables(const ValidationReport &report)
{
    QString t;
    for (const HeldOutResult &r : report.perSite) {
        if (!r.subgroups)
            continue;
        t += Tr::tr("\nHeld-out site %1:").arg(r.heldOut) + formatSubgroupTable(*r.subgroups);
    }
    return t;
}

} // namespace

Option thresholdsOption()
{
    return { "thresholds", "t1,t2,...", false,
             Tr::tr("Risk thresholds for the decision curve and the threshold metrics, each "
                    "strictly between 0 and 1 (fit: none; validate: 0.05 to 0.5 in steps of "
                    "0.05)."),
             commandline::numberList(
                 [](double value, const std::vector<double> &) {
                     return value > 0.0 && value < 1.0;
                 },
                 Tr::tr("--thresholds takes risks strictly between 0 and 1 separated by "
                        "commas, such as 0.1,0.2; '%1' is not one.")) };
}

QString formatEvaluationDetails(const protocol::FitReport &report)
{
    QString t;
    if (report.discrimination && std::isnan(report.discrimination->errorBound)) {
        // A masked evaluation: the sums say how many sites' pairs are exact, and no more; no
        // bound exists (before, the JSON gave the pooled bins' tie term as one).
        t += Tr::tr("  (masked: pairs within a site exact at %1 of %n site(s), across sites from "
                    "risk bins; no error bound)\n",
                    nullptr, int(report.perSite.size()))
                 .arg(report.discrimination->sitesWithExact);
    } else if (report.discrimination) {
        const analysis::PooledAuc &d = *report.discrimination;
        // A registered model's evaluation (evaluate) fitted nothing: the model was fitted
        // elsewhere and is scored on these sites' records, which is no apparent performance.
        t += (report.glm.coefficients.empty()
                  ? Tr::tr("  (the model was fitted elsewhere: scored on these sites' records, "
                           "not an apparent performance; AUC with pairs within a site exact at "
                           "%1 of %n site(s), %2% of all pairs ordered exactly; error bound ±%3)\n",
                           nullptr, int(report.perSite.size()))
                  : Tr::tr("  (apparent: scored on the records the model was fitted on; AUC with "
                           "pairs within a site exact at %1 of %n site(s), %2% of all pairs "
                           "ordered exactly; error bound ±%3)\n",
                           nullptr, int(report.perSite.size())))
                 .arg(d.sitesWithExact)
                 .arg(fixed(100.0 * d.exactPairShare, 1))
                 .arg(QString::number(d.errorBound, 'g', 3));
    }
    if (!report.decisionCurve.empty()) {
        std::vector<DecisionPoint> pooled = toDecisionPoints(report.decisionCurve);
        t += Tr::tr("\nDecision curve, all sites (net benefit per record; treat when the risk is "
                    "at least the threshold):\n");
        t += curveTable(pooled, QStringLiteral("  "));
        for (const protocol::SitePerformance &s : report.perSite) {
            if (s.decisionCurve.empty())
                continue;
            t += Tr::tr("Decision curve, %1:\n").arg(s.site);
            t += curveTable(toDecisionPoints(s.decisionCurve), QStringLiteral("  "));
        }
    }
    return t;
}

int validate(const QStringList &args)
{
    Parsed p;
    if (auto code = parse(
            args, QStringLiteral("validate"),
            Tr::tr("Leave one site out: for each site, the model is fitted on all other sites and "
                   "evaluated at that site (n, events, AUC, calibration slope and in-the-large, "
                   "O/E, Brier score, decision curve); the measures are pooled with a "
                   "random-effects meta-analysis. Needs three or more sites."),
            { sitesOption(), onlyOption(), datasetOption(true), formulaOption(),
              familyOption(Tr::tr("binomial (default; validation needs two outcome classes).")),
              purposeOption(), modeOption(), formatOption(false), outOption(), timeoutOption(),
              thresholdsOption(), verboseOption(), subgroupOption(), subgroupEdgesOption(),
              completeCasesOption() },
            p))
        return *code;
    Common c;
    if (auto code = readCommon(p, c))
        return *code;
    ValidationOptions options;
    options.run.mode = readMode(p);
    const analysis::Family fam = readFamily(p);
    if (fam != analysis::Family::Binomial)
        return fail(Usage,
                    Tr::tr("validate needs --family binomial: its measures (AUC, calibration, "
                           "O/E, Brier score) are those of a risk model"));
    // Without --thresholds the run's default grid (0.05 to 0.5) stays.
    if (p.has("thresholds"))
        options.thresholds = p.get<std::vector<double>>("thresholds");
    if (auto code = readSubgroup(p, options.run.subgroup, options.run.subgroupEdges))
        return *code;
    analysis::Result<analysis::ModelSpec> spec
        = analysis::parseFormula(p.value("formula").toStdString(), fam);
    if (!spec)
        return fail(Usage,
                    Tr::tr("the formula cannot be read: %1")
                        .arg(QString::fromStdString(spec.error().message)));
    if (c.sites.size() < analysis::minimumValidationSites)
        return fail(Usage,
                    Tr::tr("validate needs at least %1 sites (each is held out in turn, and the "
                           "pooled measures need three); the sites file gives %2")
                        .arg(analysis::minimumValidationSites)
                        .arg(c.sites.size()));
    options.run.spec = *spec;
    if (auto code = readCompleteCases(p, options.run.spec))
        return *code;
    options.run.dataset = p.value("dataset");
    options.run.purpose = p.value("purpose");
    options.run.transport = c.transport;
    Transport transport;
    transport.setDefaultOptions(c.transport);
    if (auto code = resolvePurpose(transport, c.sites, options.run.purpose))
        return *code;

    ValidationRun run(c.sites, options);
    const bool verbose = p.has("verbose");
    QObject::connect(
        &run, &ValidationRun::foldStarted, &run,
        [verbose](int index, int count, const QString &heldOut) {
            if (verbose)
                err() << Tr::tr("holding out %1 (%2 of %3)").arg(heldOut).arg(index + 1).arg(count)
                      << Qt::endl;
        });
    if (verbose)
        sayProgress(run);
    if (auto code = runToEnd(run, c))
        return *code;
    const ValidationReport &report = run.report();
    const QString text = c.format == QLatin1String("json")
        ? QString::fromUtf8(QJsonDocument(validationToJson(report)).toJson(QJsonDocument::Indented))
        : formatValidationTable(report, p.value("formula")) + heldOutSubgroupTables(report);
    if (const int code = writeOutput(c, text); code != Ok)
        return code;
    // Every held-out site failed or too few gave results: the run did not validate the model.
    return report.pooled.empty() ? Failed : Ok;
}

} // namespace fairstart::cli::detail

// SPDX-License-Identifier: GPL-3.0-or-later
// Leave one site out against real fairstart-node processes under the nodes' default policy: each
// held-out site's numbers equal the same computation in this process (the model fitted on the
// other sites' records, scored on the held-out site's), and the pooled lines are
// analysis::poolHeldOutSites of them.
#include "nodecluster.h"
#include "runsupport.h"

#include "fairstart/client/maskeddescriptives.h"
#include "fairstart/client/refusals.h"
#include "fairstart/client/transport.h"
#include "fairstart/client/validationrun.h"

#include "fairstart/analysis/design.h"
#include "fairstart/analysis/discrimination.h"
#include "fairstart/analysis/formula.h"
#include "fairstart/analysis/glm.h"
#include "fairstart/analysis/performance.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace fairstart;
using namespace fairstart::client;
using testsupport::NodeCluster;
using testsupport::runToEnd;

namespace {

const char *kFormula = "dev_delay_2y ~ sex + gestational_age_weeks + apgar_5min + "
                       "maternal_education + parental_stress + smoking_pregnancy";

ValidationOptions options()
{
    ValidationOptions o;
    o.run.dataset = QStringLiteral("cohort");
    o.run.purpose = QStringLiteral("research");
    o.run.spec = *analysis::parseFormula(kFormula, analysis::Family::Binomial);
    o.run.transport.totalTimeoutMs = 30000;
    o.thresholds = { 0.1, 0.2, 0.3 };
    return o;
}

double relative(double a, double b)
{
    return std::abs(a - b) / std::max(1.0, std::abs(b));
}

analysis::DesignMatrix designOf(const QStringList &csvs, const analysis::ResolvedDesign &design)
{
    const analysis::DataTable table
        = testsupport::readPooledCsv(csvs, QStringLiteral("consent_research"));
    analysis::Result<analysis::DesignMatrix> matrix = analysis::buildDesign(table, design);
    if (!matrix)
        qFatal("reference design: %s", matrix.error().message.c_str());
    return std::move(matrix).value();
}

analysis::GlmResult fit(const analysis::DesignMatrix &design, analysis::Family family)
{
    analysis::Result<analysis::GlmResult> r = analysis::fitFederated({ &design }, family);
    if (!r)
        qFatal("reference fit: %s", r.error().message.c_str());
    return std::move(r).value();
}

} // namespace

class tst_ValidationRun : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void heldOutSitesEqualInProcess();
    void tableOneAfterValidation();
    void fewerThanThreeSitesIsRefused();
    void badThresholdIsRefused();
    void singleSiteDifferenceRefusedIsASiteFailure();
    void heldOutSiteRefusingPlainModeFailsItsFold();
    void heldOutSiteWithheldByItsOwnGate();

private:
    NodeCluster m_cluster; // default policy
};

void tst_ValidationRun::initTestCase()
{
    if (!m_cluster.available())
        QFAIL("fairstart-node is not built (FAIRSTART_BIN_DIR/node/fairstart-node is missing)");
    QVERIFY2(m_cluster.start(3, 2000, QStringLiteral("research,quality")),
             qPrintable(m_cluster.error));
}

void tst_ValidationRun::heldOutSitesEqualInProcess()
{
    ValidationRun run(m_cluster.sites(), options());
    QSignalSpy folds(&run, &ValidationRun::foldFinished);
    QVERIFY(runToEnd(run));
    QVERIFY2(!run.error(), qPrintable(run.error() ? run.error()->message : QString()));
    const ValidationReport &report = run.report();
    QCOMPARE(folds.count(), 3);
    QCOMPARE(report.perSite.size(), 3);
    QCOMPARE(report.thresholds, (std::vector<double> { 0.1, 0.2, 0.3 }));

    std::vector<analysis::HeldOutSite> released;
    for (int i = 0; i < 3; ++i) {
        const HeldOutResult &r = report.perSite.at(i);
        QCOMPARE(r.heldOut, m_cluster.node(i).name);
        QVERIFY2(r.ok(), qPrintable(r.failure));
        // Two participants under the default policy: plain; the held-out site is no participant.
        QCOMPARE(r.trainedOn.size(), 2);
        QVERIFY(!r.trainedOn.contains(r.heldOut));
        QCOMPARE(r.mode, QStringLiteral("plain"));

        // In process: the model on the other sites' records, scored on the held-out site's.
        QStringList training;
        for (int j = 0; j < 3; ++j) {
            if (j != i)
                training << m_cluster.node(j).csv;
        }
        const analysis::DesignMatrix train = designOf(training, report.design);
        const analysis::GlmResult model = fit(train, analysis::Family::Binomial);
        const analysis::DesignMatrix test = designOf({ m_cluster.node(i).csv }, report.design);
        const Eigen::VectorXd eta = test.linearPredictor(model.beta);
        const Eigen::VectorXd p = (1.0 + (-eta).array().exp()).inverse().matrix();
        const double n = double(test.n());
        const double events = test.y.sum();
        QCOMPARE(r.n, n);
        QCOMPARE(r.events, events);
        QVERIFY2(relative(r.brier, (test.y.values() - p).squaredNorm() / n) < 1e-9,
                 qPrintable(QString::number(r.brier)));
        QVERIFY(relative(r.observedExpected, events / p.sum()) < 1e-9);
        const analysis::Result<analysis::MannWhitney> mw
            = analysis::mannWhitney(test, analysis::Family::Binomial, model.beta);
        QVERIFY(mw);
        const double exactAuc = mw->u / (mw->positives * mw->negatives);
        if (r.aucExact)
            QVERIFY2(std::abs(r.auc - exactAuc) < 1e-12, qPrintable(QString::number(r.auc)));
        else
            QVERIFY2(std::abs(r.auc - exactAuc) <= r.aucErrorBound + 1e-12,
                     qPrintable(QString::number(r.auc)));

        const analysis::GlmResult slope
            = fit(*analysis::calibrationSlopeDesign(test, model.beta), analysis::Family::Binomial);
        const analysis::GlmResult large = fit(
            *analysis::calibrationInterceptDesign(test, model.beta), analysis::Family::Binomial);
        QVERIFY(relative(r.calibrationSlope, slope.beta[1]) < 1e-6);
        QVERIFY(relative(r.calibrationSlopeSe, slope.coefficients[1].stdError) < 1e-6);
        QVERIFY(relative(r.calibrationInTheLarge, large.beta[0]) < 1e-6);
        QVERIFY(relative(r.calibrationInTheLargeSe, large.coefficients[0].stdError) < 1e-6);
        // Out of sample the slope is no longer 1 by construction.
        QVERIFY(std::abs(r.calibrationSlope - 1.0) > 1e-6);

        // The decision curve at the requested thresholds: treat when risk >= the grid edge.
        QCOMPARE(r.decisionCurve.size(), size_t(3));
        for (const DecisionPoint &d : r.decisionCurve) {
            double tp = 0, fp = 0;
            for (Eigen::Index k = 0; k < p.size(); ++k) {
                if (p[k] >= d.gridThreshold) {
                    tp += test.y[k];
                    fp += 1.0 - test.y[k];
                }
            }
            const double w = d.gridThreshold / (1.0 - d.gridThreshold);
            QVERIFY(std::abs(d.netBenefit - (tp / n - fp / n * w)) <= d.errorBound + 1e-12);
            QVERIFY(std::abs(d.treatAll - (events / n - (n - events) / n * w)) < 1e-12);
            QCOMPARE(d.treatNone, 0.0);
        }
        released.push_back(r.toHeldOutSite());
    }

    // The pooled lines are poolHeldOutSites of the per-site numbers.
    const auto pooled = analysis::poolHeldOutSites(released);
    QVERIFY(pooled);
    QCOMPARE(report.pooled.size(), pooled->size());
    QVERIFY(report.poolingNote.isEmpty());
    for (size_t m = 0; m < pooled->size(); ++m) {
        QCOMPARE(report.pooled[m].measure, (*pooled)[m].measure);
        QCOMPARE(report.pooled[m].estimate, (*pooled)[m].estimate);
        QCOMPARE(report.pooled[m].ciLower, (*pooled)[m].ciLower);
        QCOMPARE(report.pooled[m].piUpper, (*pooled)[m].piUpper);
        QCOMPARE(report.pooled[m].tau2, (*pooled)[m].tau2);
    }
    QCOMPARE(report.pooledDecisionCurve.size(), size_t(3));

    // The JSON of `fairstart-cli validate --format json`.
    const QJsonObject json = validationToJson(report);
    QCOMPARE(json.value(QStringLiteral("per_site")).toArray().size(), 3);
    const QJsonObject first = json.value(QStringLiteral("per_site")).toArray().at(0).toObject();
    QCOMPARE(first.keys().size(), 9);
    QCOMPARE(first.value(QStringLiteral("auc")).toDouble(), report.perSite.at(0).auc);
    const QJsonObject auc
        = json.value(QStringLiteral("pooled")).toObject().value(QStringLiteral("auc")).toObject();
    QCOMPARE(auc.value(QStringLiteral("ci")).toArray().size(), 2);
    QCOMPARE(auc.value(QStringLiteral("pi")).toArray().size(), 2);
    QVERIFY(auc.contains(QStringLiteral("tau2")));
}

// Seen on screen (the demo, 4 December 2026): after the fit and the leave-one-site-out validation
// under "research", the workbench's Table 1 (the design's variables on all records, a masked
// descriptives study) was refused with "differencing" and no site named. It had asked under the
// first purpose of the sites' list, "quality": that purpose's consent differs from research's by a
// few records inside an atom of the earlier cohorts (at the demo's gemeente-zeist: 2 children with
// research consent, a model variable missing and no quality consent, among 375), so the refusal
// protects those records (the ledger keeps every atom at min_cell or more). Under the analyses'
// purpose Table 1 is released; under the other purpose the refusal names the site and says to use
// the purpose of the earlier analyses (the workbench now asks under its session's purpose:
// WorkbenchSession::analysisPurpose).
void tst_ValidationRun::tableOneAfterValidation()
{
    protocol::DescriptivesRequest request;
    request.dataset = QStringLiteral("cohort");
    for (const char *v : { "dev_delay_2y", "sex", "gestational_age_weeks", "apgar_5min",
                           "maternal_education", "parental_stress", "smoking_pregnancy" })
        request.variables.append({ QString::fromLatin1(v), {} });
    Transport transport;
    TransportOptions transportOptions;
    transportOptions.totalTimeoutMs = 60000;
    transport.setDefaultOptions(transportOptions);

    request.purpose = QStringLiteral("research"); // the purpose of the fits and the validation
    SiteError error;
    const auto released = MaskedDescriptivesRun::run(transport, m_cluster.sites(), request, &error);
    QVERIFY2(released, qPrintable(error.toString()));
    QVERIFY(released->pooled.cohortSize > 0);

    request.purpose = QStringLiteral("quality");
    // On these three nodes' records (the demo generator, seeds of NodeCluster) one site's quality
    // consent differs from research's by 1-9 records of an atom.
    const auto other = MaskedDescriptivesRun::run(transport, m_cluster.sites(), request, &error);
    QVERIFY2(!other, "Table 1 under another purpose than the analyses' was released");
    QVERIFY2(error.isRule(), qPrintable(error.toString()));
    QCOMPARE(error.code, QStringLiteral("differencing"));
    QStringList names;
    for (const Site &s : m_cluster.sites())
        names << s.name;
    QVERIFY2(names.contains(error.site), qPrintable(error.site));
    const QString text = refusalText(error);
    QVERIFY2(text.contains(QStringLiteral("purpose")), qPrintable(text));
    QVERIFY2(error.message.contains(QStringLiteral("purpose")), qPrintable(error.message));
}

void tst_ValidationRun::fewerThanThreeSitesIsRefused()
{
    ValidationRun run(m_cluster.sites().mid(0, 2), options());
    QSignalSpy folds(&run, &ValidationRun::foldStarted);
    QVERIFY(runToEnd(run, 5000));
    QVERIFY(run.error());
    QVERIFY2(run.error()->message.contains(QStringLiteral("at least 3 sites")),
             qPrintable(run.error()->message));
    QCOMPARE(folds.count(), 0); // nothing was asked of any site
}

void tst_ValidationRun::badThresholdIsRefused()
{
    ValidationOptions o = options();
    o.thresholds = { 0.2, 1.0 };
    ValidationRun run(m_cluster.sites(), o);
    QVERIFY(runToEnd(run, 5000));
    QVERIFY(run.error());
    QVERIFY2(run.error()->message.contains(QStringLiteral("between 0 and 1")),
             qPrintable(run.error()->message));
}

// Under single_site_difference = refuse, three sites cannot be validated: a held-out site's own
// calibration study (one participant) is one site away from the two-site study it took part in
// earlier, and a later fold's two sites are one away from such a calibration study. Each such
// fold is that site's failure, with the rule; nothing is pooled from fewer than three.
void tst_ValidationRun::singleSiteDifferenceRefusedIsASiteFailure()
{
    NodeCluster strict;
    QVERIFY2(strict.start(3, 2000), qPrintable(strict.error));
    for (int i = 0; i < 3; ++i)
        QVERIFY2(strict.setPolicy(i, QStringLiteral("single_site_difference"), QStringLiteral("0")),
                 qPrintable(strict.error));
    ValidationRun run(strict.sites(), options());
    QVERIFY(runToEnd(run));
    QVERIFY2(!run.error(), qPrintable(run.error() ? run.error()->message : QString()));
    const ValidationReport &report = run.report();
    QCOMPARE(report.perSite.size(), 3);
    QVERIFY2(report.perSite.at(0).ok(), qPrintable(report.perSite.at(0).failure));
    for (int i = 1; i < 3; ++i) {
        const HeldOutResult &r = report.perSite.at(i);
        QVERIFY(!r.ok());
        QVERIFY2(r.failure.contains(QStringLiteral("single-site-difference")),
                 qPrintable(r.failure));
    }
    QVERIFY(report.pooled.empty());
    QVERIFY2(report.poolingNote.contains(QStringLiteral("at least three")),
             qPrintable(report.poolingNote));
    const QJsonObject json = validationToJson(report);
    const QJsonObject failed = json.value(QStringLiteral("per_site")).toArray().at(1).toObject();
    QVERIFY(failed.value(QStringLiteral("auc")).isNull());
    QVERIFY(failed.contains(QStringLiteral("failure")));
    QVERIFY(json.value(QStringLiteral("pooled")).toObject().isEmpty());
}

// A held-out site whose policy refuses what its held-out part needs: site4 joins masked studies
// only (plain_max_participants = 0). It trains in the three folds where it is one of three
// masked participants; when it is held out, its calibration studies have one participant, which
// only the plain mode can run, and the client refuses them from site4's published policy before
// asking (so this does NOT reach HeldOutResult::withheld, which needs the node's own gate to
// refuse). That fold fails in its calibration phase with a sentence naming site4 and the plain
// mode; the other three sites are pooled without it and the note says so.
void tst_ValidationRun::heldOutSiteRefusingPlainModeFailsItsFold()
{
    NodeCluster cluster;
    QVERIFY2(cluster.start(4, 2000), qPrintable(cluster.error));
    QVERIFY2(cluster.setPolicy(3, QStringLiteral("plain_max_participants"), QStringLiteral("0")),
             qPrintable(cluster.error));
    ValidationRun run(cluster.sites(), options());
    QVERIFY(runToEnd(run));
    QVERIFY2(!run.error(), qPrintable(run.error() ? run.error()->message : QString()));
    const ValidationReport &report = run.report();
    QCOMPARE(report.perSite.size(), 4);
    for (int i = 0; i < 3; ++i)
        QVERIFY2(report.perSite.at(i).ok(), qPrintable(report.perSite.at(i).failure));
    const HeldOutResult &held = report.perSite.at(3);
    QCOMPARE(held.heldOut, QStringLiteral("site4"));
    QVERIFY(!held.ok());
    QVERIFY(!held.withheld);
    QVERIFY2(held.failurePhase.startsWith(QLatin1String("calibration")),
             qPrintable(held.failurePhase));
    QVERIFY2(held.failure.contains(QStringLiteral("site4"))
                 && held.failure.contains(QStringLiteral("plain mode")),
             qPrintable(held.failure));
    QCOMPARE(held.n, 0.0);
    QCOMPARE(report.pooled.size(), std::size_t(4));
    QCOMPARE(report.pooled.front().sites, 3);
    QVERIFY2(report.poolingNote.contains(QStringLiteral("site4")), qPrintable(report.poolingNote));
    const QJsonObject json = validationToJson(report);
    const QJsonObject failed = json.value(QStringLiteral("per_site")).toArray().at(3).toObject();
    QVERIFY(failed.value(QStringLiteral("auc")).isNull());
    QVERIFY(failed.contains(QStringLiteral("failure")));
}

// A held-out site whose node's own rule refuses after the fit (HeldOutResult::withheld, on real
// nodes; the client cannot know it beforehand). site3 alone refuses a participant set one site
// away from one it joined (single_site_difference = refuse): it trains in the first two folds
// ({site2, site3}, then {site1, site3}, two sites apart), observes the third, and then its own
// calibration studies (participants {site3}) are one site away from {site2, site3}: its node
// refuses them (rule single-site-difference). That fold is withheld, not failed: no numbers,
// the rule named, in the report, the JSON and the pooling note.
void tst_ValidationRun::heldOutSiteWithheldByItsOwnGate()
{
    NodeCluster cluster;
    QVERIFY2(cluster.start(3, 2000), qPrintable(cluster.error));
    QVERIFY2(
        cluster.setPolicy(2, QStringLiteral("single_site_difference"), QStringLiteral("refuse")),
        qPrintable(cluster.error));
    ValidationRun run(cluster.sites(), options());
    QVERIFY(runToEnd(run));
    QVERIFY2(!run.error(), qPrintable(run.error() ? run.error()->message : QString()));
    const ValidationReport &report = run.report();
    QCOMPARE(report.perSite.size(), 3);
    for (int i = 0; i < 2; ++i)
        QVERIFY2(report.perSite.at(i).ok(), qPrintable(report.perSite.at(i).failure));
    const HeldOutResult &held = report.perSite.at(2);
    QCOMPARE(held.heldOut, QStringLiteral("site3"));
    QVERIFY(!held.ok());
    QVERIFY2(held.withheld, qPrintable(held.failurePhase + QStringLiteral(": ") + held.failure));
    QCOMPARE(held.withheldRule, QStringLiteral("single-site-difference"));
    QVERIFY2(held.failurePhase.startsWith(QLatin1String("calibration")),
             qPrintable(held.failurePhase));
    QCOMPARE(held.n, 0.0);
    QCOMPARE(held.auc, 0.0);
    // The fit on the other two sites ran: the fold was refused after it, by site3's node.
    QCOMPARE(held.trainedOn, (QStringList { QStringLiteral("site1"), QStringLiteral("site2") }));
    // Two sites with results: no pooled lines, and the note says site3 withheld, not failed.
    QVERIFY(report.pooled.empty());
    QVERIFY2(report.poolingNote.contains(QStringLiteral("site3 withheld"))
                 && !report.poolingNote.contains(QStringLiteral("failed")),
             qPrintable(report.poolingNote));
    const QJsonObject json = validationToJson(report);
    const QJsonObject site3 = json.value(QStringLiteral("per_site")).toArray().at(2).toObject();
    QVERIFY(site3.value(QStringLiteral("auc")).isNull());
    QVERIFY(site3.value(QStringLiteral("n")).isNull());
    QCOMPARE(site3.value(QStringLiteral("withheld")).toBool(), true);
    QCOMPARE(site3.value(QStringLiteral("rule")).toString(),
             QStringLiteral("single-site-difference"));
    QVERIFY(json.value(QStringLiteral("pooled")).toObject().isEmpty());
}

QTEST_GUILESS_MAIN(tst_ValidationRun)
#include "tst_validationrun.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The client's masked evaluation against three real fairstart-node processes: a masked run's
// evaluation is an evaluation study whose pooled sums give the same metrics as a plain run's
// per-site evaluations (to 1e-6 relative), an AUC within 1e-3 of the exact pooled AUC (and closer
// than the binned one), no per-site numbers (each site's entry says why), and calibration studies
// that run masked.
#include "nodecluster.h"
#include "runsupport.h"

#include "fairstart/client/federatedrun.h"

#include "fairstart/analysis/design.h"
#include "fairstart/analysis/discrimination.h"
#include "fairstart/analysis/formula.h"
#include "fairstart/analysis/glm.h"
#include "fairstart/protocol/codec.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace fairstart;
using namespace fairstart::client;
using testsupport::NodeCluster;
using testsupport::runToEnd;

namespace {

RunOptions options(StudyMode mode)
{
    RunOptions o;
    o.mode = mode;
    o.dataset = QStringLiteral("cohort");
    o.purpose = QStringLiteral("research");
    auto spec = analysis::parseFormula("dev_delay_2y ~ sex + gestational_age_weeks + apgar_5min + "
                                       "parental_stress + smoking_pregnancy",
                                       analysis::Family::Binomial);
    o.spec = *spec;
    o.thresholds = { 0.1, 0.2, 0.3 }; // a decision curve
    o.transport.totalTimeoutMs = 20000;
    return o;
}

double relative(double a, double b)
{
    return std::abs(a - b) / std::max(1e-300, std::abs(b));
}

} // namespace

class tst_MaskedEvaluationRun : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_cluster.stopAll(); }
    void maskedEvaluationEqualsPlain();

private:
    NodeCluster m_cluster;
};

void tst_MaskedEvaluationRun::initTestCase()
{
    if (!m_cluster.available())
        QFAIL("fairstart-node is not built (FAIRSTART_BIN_DIR/node/fairstart-node is missing)");
    QVERIFY2(m_cluster.start(3, 2000), qPrintable(m_cluster.error));
    for (int i = 0; i < 3; ++i)
        QVERIFY2(
            m_cluster.setPolicy(i, QStringLiteral("plain_max_participants"), QStringLiteral("3")),
            qPrintable(m_cluster.error));
}

void tst_MaskedEvaluationRun::maskedEvaluationEqualsPlain()
{
    FederatedRun masked(m_cluster.sites(), options(StudyMode::Masked));
    QVERIFY(runToEnd(masked));
    QVERIFY2(!masked.error(), qPrintable(masked.error() ? masked.error()->message : QString()));
    FederatedRun plain(m_cluster.sites(), options(StudyMode::Plain));
    QVERIFY(runToEnd(plain));
    QVERIFY2(!plain.error(), qPrintable(plain.error() ? plain.error()->message : QString()));
    const protocol::FitReport &m = masked.report();
    const protocol::FitReport &p = plain.report();
    QCOMPARE(m.study->mode, QStringLiteral("masked"));
    QCOMPARE(p.study->mode, QStringLiteral("plain"));
    QVERIFY(m.performance && p.performance);
    const analysis::PerformanceMetrics &a = *m.performance;
    const analysis::PerformanceMetrics &b = *p.performance;
    QCOMPARE(a.n, b.n);
    QCOMPARE(a.events, b.events);
    QVERIFY(relative(a.brier, b.brier) < 1e-6);
    QVERIFY(relative(a.scaledBrier, b.scaledBrier) < 1e-6);
    QVERIFY(relative(a.observedExpectedRatio, b.observedExpectedRatio) < 1e-6);
    QVERIFY(std::abs(a.calibrationInTheLarge - b.calibrationInTheLarge) < 1e-6);
    QVERIFY(relative(a.auprc, b.auprc) < 1e-6);
    QCOMPARE(a.calibration.size(), b.calibration.size());
    for (std::size_t g = 0; g < a.calibration.size(); ++g) {
        QVERIFY(relative(a.calibration[g].expected, b.calibration[g].expected) < 1e-6);
        QVERIFY(relative(a.calibration[g].observed + 1, b.calibration[g].observed + 1) < 1e-6);
    }
    // The AUC: the exact AUC of the pooled records at the final β, against the AUC from sums.
    QStringList csvs;
    for (int i = 0; i < m_cluster.size(); ++i)
        csvs << m_cluster.node(i).csv;
    const analysis::DataTable pooled
        = testsupport::readPooledCsv(csvs, QStringLiteral("consent_research"));
    auto design = analysis::buildDesign(pooled, m.design);
    QVERIFY(design);
    auto exact = analysis::mannWhitney(*design, analysis::Family::Binomial, m.glm.beta);
    QVERIFY(exact);
    const double exactAuc = exact->u / (exact->positives * exact->negatives);
    qInfo("AUC exact %.6f; masked (from sums) %.6f; plain (per-site exact u) %.6f", exactAuc, a.auc,
          b.auc);
    // Not within the 1e-3 target on these data (issue 14's note): pairs across sites come from
    // the summed bins only. The plain run's AUC (analysis::pooledAuc, each site's exact u and
    // its own bins) is closer; it is checked against its bound in tst_federatedrun.
    QVERIFY(std::abs(a.auc - exactAuc) < 1e-3);
    // ...and no bound is claimed for it: the summed bins cannot give one. Before, the tie term
    // of the summed bins was reported (and shown in the results, the report and the JSON) as
    // its "binning error bound". What is known instead: how many sites' pairs are exact.
    QVERIFY2(std::isnan(a.aucBinningErrorBound),
             qPrintable(QString::number(a.aucBinningErrorBound)));
    QVERIFY(m.discrimination);
    QCOMPARE(m.discrimination->sitesWithExact, 3);
    QVERIFY(std::isnan(m.discrimination->errorBound));
    QVERIFY(!protocol::toJson(m)
                 .value(QStringLiteral("performance"))
                 .toObject()
                 .contains(QStringLiteral("auc_binning_error_bound")));
    // The plain run's bound is one (analysis::pooledAuc) and stays.
    QVERIFY(std::isfinite(b.aucBinningErrorBound));
    QVERIFY(std::abs(b.auc - exactAuc) <= b.aucBinningErrorBound + 1e-12);
    // The decision curve: the same net benefit as the plain run's (the summed bins are the sum of
    // the bins each site releases plain), but no error bound. A plain curve's bound counts each
    // site's merged bin that may straddle the threshold, with the range its own neighbours
    // allow; in the summed bins the other sites' records are its neighbours, so a merged bin of
    // one site looks narrower than it is and the bound could be 0 where the error is not. Before,
    // the summed bins' bound was reported (JSON error_bound, the CLI's "± bound" column).
    QCOMPARE(m.decisionCurve.size(), std::size_t(3));
    QCOMPARE(p.decisionCurve.size(), std::size_t(3));
    const QJsonArray maskedCurve = protocol::toJson(m)
                                       .value(QStringLiteral("performance"))
                                       .toObject()
                                       .value(QStringLiteral("decision_curve"))
                                       .toArray();
    QCOMPARE(maskedCurve.size(), 3);
    for (std::size_t t = 0; t < 3; ++t) {
        QVERIFY(std::abs(m.decisionCurve[t].model - p.decisionCurve[t].model) < 1e-6);
        QVERIFY2(std::isnan(m.decisionCurve[t].netBenefitErrorBound),
                 qPrintable(QString::number(m.decisionCurve[t].netBenefitErrorBound)));
        QVERIFY(std::isfinite(p.decisionCurve[t].netBenefitErrorBound));
        QVERIFY(!maskedCurve[qsizetype(t)].toObject().contains(QStringLiteral("error_bound")));
    }
    // Read back: still no bound.
    auto again = protocol::fromJson<protocol::FitReport>(protocol::toJson(m));
    QVERIFY(again);
    QVERIFY(std::isnan(again->decisionCurve.front().netBenefitErrorBound));
    // No per-site numbers in masked mode, and each site's entry says so.
    QCOMPARE(m.perSite.size(), 3);
    for (const protocol::SitePerformance &s : m.perSite) {
        QVERIFY(!s.metrics);
        QVERIFY2(s.note.contains(QStringLiteral("masked")), qPrintable(s.note));
    }
    QCOMPARE(p.perSite.size(), 3);
    for (const protocol::SitePerformance &s : p.perSite)
        QVERIFY(s.metrics);
    // Calibration (from the fit study's sums, branch sites) equals the plain run's.
    QVERIFY(m.calibrationSlope && p.calibrationSlope);
    QVERIFY(relative(*m.calibrationSlope, *p.calibrationSlope) < 1e-6);
    QVERIFY(m.calibrationIntercept && p.calibrationIntercept);
    QVERIFY(std::abs(*m.calibrationIntercept - *p.calibrationIntercept) < 1e-6);
}

QTEST_MAIN(tst_MaskedEvaluationRun)
#include "tst_maskedevaluation.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The orchestrator against real fairstart-node processes on loopback, with real TLS.
#include "nodecluster.h"

#include "fairstart/client/federatedrun.h"

#include "fairstart/analysis/design.h"
#include "fairstart/analysis/formula.h"
#include "fairstart/analysis/glm.h"
#include "fairstart/protocol/codec.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace fairstart;
using namespace fairstart::client;
using testsupport::NodeCluster;

namespace {

const char *kFormula = "dev_delay_2y ~ sex + gestational_age_weeks + apgar_5min + "
                       "maternal_education + parental_stress + smoking_pregnancy";

RunOptions options(const char *formula = kFormula)
{
    RunOptions o;
    o.dataset = QStringLiteral("cohort");
    o.purpose = QStringLiteral("research");
    auto spec = analysis::parseFormula(formula, analysis::Family::Binomial);
    o.spec = *spec;
    o.transport.totalTimeoutMs = 20000;
    return o;
}

// Runs to the end; false when the run did not end within `ms`.
bool runToEnd(FederatedRun &run, int ms = 60000)
{
    QSignalSpy finished(&run, &FederatedRun::finished);
    QSignalSpy failed(&run, &FederatedRun::failed);
    run.start();
    QElapsedTimer clock;
    clock.start();
    while (finished.isEmpty() && failed.isEmpty() && clock.elapsed() < ms)
        QTest::qWait(20);
    return !finished.isEmpty() || !failed.isEmpty();
}

double relative(double a, double b)
{
    return std::abs(a - b) / std::max(1.0, std::abs(b));
}

} // namespace

class tst_FederatedRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void federatedFitEqualsPooledFit();
    void splineAndScaleDesign();
    void refusalReachesCaller();
    void wrongPinIsRefused();
    void slowNodeTimesOut();
    void unknownDatasetNamesSite();
    void continueWithoutIsRecorded();
    void killedNodeEndsRun(); // last: it kills a node

private:
    NodeCluster m_cluster;
};

void tst_FederatedRun::initTestCase()
{
    if (!m_cluster.available())
        QSKIP("fairstart-node is not built (FAIRSTART_BIN_DIR/node/fairstart-node is missing)");
    QVERIFY2(m_cluster.start(3, 2000), qPrintable(m_cluster.error));
}

void tst_FederatedRun::federatedFitEqualsPooledFit()
{
    FederatedRun run(m_cluster.sites(), options());
    QSignalSpy rounds(&run, &FederatedRun::roundFinished);
    QSignalSpy progress(&run, &FederatedRun::siteProgress);
    QVERIFY(runToEnd(run));
    QVERIFY2(!run.error(), qPrintable(run.error() ? run.error()->message : QString()));
    const protocol::FitReport &report = run.report();

    // The same computation in one process on the pooled records.
    QStringList csvs;
    for (int i = 0; i < m_cluster.size(); ++i)
        csvs << m_cluster.node(i).csv;
    const analysis::DataTable pooled =
        testsupport::readPooledCsv(csvs, QStringLiteral("consent_research"));
    analysis::Result<analysis::DesignMatrix> design = analysis::buildDesign(pooled, report.design);
    QVERIFY2(design, design ? "" : design.error().message.c_str());
    analysis::Result<analysis::GlmResult> reference =
        analysis::fitFederated({&*design}, analysis::Family::Binomial);
    QVERIFY(reference);

    QCOMPARE(report.glm.coefficients.size(), reference->coefficients.size());
    for (size_t j = 0; j < reference->coefficients.size(); ++j) {
        const auto &fed = report.glm.coefficients[j];
        const auto &ref = reference->coefficients[j];
        QCOMPARE(fed.term, ref.term);
        QVERIFY2(relative(fed.estimate, ref.estimate) < 1e-8, fed.term.c_str());
        QVERIFY2(relative(fed.stdError, ref.stdError) < 1e-8, fed.term.c_str());
    }
    QVERIFY(relative(report.glm.deviance, reference->deviance) < 1e-8);
    QVERIFY(relative(*report.glm.nullDeviance, *reference->nullDeviance) < 1e-8);
    QCOMPARE(report.glm.n, reference->n);

    // The record: every site with versions, policy and released cohort size; rounds timed.
    QCOMPARE(report.sites.size(), 3);
    qint64 cohort = 0;
    for (const protocol::SiteRecord &s : report.sites) {
        QCOMPARE(s.state, QStringLiteral("ok"));
        QVERIFY(!s.nodeVersion.isEmpty());
        QCOMPARE(s.protocolVersion.section(QLatin1Char('.'), 0, 0), QStringLiteral("1"));
        QVERIFY(s.policy.disclosure.minCell >= 3);
        cohort += s.cohortSize;
    }
    QCOMPARE(double(cohort), report.glm.n);
    QVERIFY(report.designHash.startsWith(QLatin1String("sha256:")));
    QCOMPARE(report.designHash, protocol::designHash(report.design));
    QCOMPARE(report.rounds.size(), qsizetype(report.glm.rounds));
    for (const protocol::RoundTiming &t : report.rounds)
        QCOMPARE(t.siteMs.size(), 3);
    QVERIFY(rounds.count() >= report.glm.rounds);
    QVERIFY(progress.count() >= 3 * 4);

    // Performance, pooled and per site, and the calibration of the apparent fit.
    QVERIFY(report.performance);
    QVERIFY(report.performance->auc > 0.5 && report.performance->auc < 1.0);
    QCOMPARE(report.performance->n, report.glm.n);
    QCOMPARE(report.perSite.size(), 3);
    QVERIFY(report.calibrationSlope && std::abs(*report.calibrationSlope - 1.0) < 1e-6);
    QVERIFY(report.calibrationIntercept && std::abs(*report.calibrationIntercept) < 1e-6);
}

void tst_FederatedRun::splineAndScaleDesign()
{
    // Knots and scaling come from the sites' descriptives; the fit then equals the pooled fit
    // of that same resolved design.
    FederatedRun run(m_cluster.sites(),
                     options("dev_delay_2y ~ sex + rcs(gestational_age_weeks, 4) + "
                             "scale(parental_stress)"));
    QVERIFY(runToEnd(run));
    QVERIFY2(!run.error(), qPrintable(run.error() ? run.error()->message : QString()));
    const analysis::ResolvedDesign &d = run.report().design;
    QCOMPARE(d.knots.at("gestational_age_weeks").size(), size_t(4));
    QVERIFY(d.scaling.at("parental_stress").second > 0);
    QStringList csvs;
    for (int i = 0; i < m_cluster.size(); ++i)
        csvs << m_cluster.node(i).csv;
    const analysis::DataTable pooled =
        testsupport::readPooledCsv(csvs, QStringLiteral("consent_research"));
    auto design = analysis::buildDesign(pooled, d);
    QVERIFY(design);
    auto reference = analysis::fitFederated({&*design}, analysis::Family::Binomial);
    QVERIFY(reference);
    for (size_t j = 0; j < reference->coefficients.size(); ++j)
        QVERIFY(relative(run.report().glm.coefficients[j].estimate,
                         reference->coefficients[j].estimate) < 1e-8);
    // The federated mean of the standardised variable equals the pooled one.
    const analysis::Column *stress = pooled.column("parental_stress");
    QVERIFY(stress);
}

void tst_FederatedRun::refusalReachesCaller()
{
    // 24 municipalities plus the rest: far more parameters than events / 10 at every site.
    RunOptions o = options("dev_delay_2y ~ municipality + sex + maternal_education");
    o.spec.filters.push_back({"gestational_age_weeks", 30.0, 37.0, {}});
    FederatedRun run(m_cluster.sites(), o);
    QVERIFY(runToEnd(run));
    QVERIFY(run.error());
    const RunError &e = *run.error();
    QVERIFY(!e.site.isEmpty());
    QVERIFY(e.siteError);
    QCOMPARE(e.siteError->kind, SiteError::Kind::Refused);
    QVERIFY(!e.siteError->code.isEmpty());
    QVERIFY(e.siteError->httpStatus == 403 || e.siteError->httpStatus == 422);
    QVERIFY(e.message.contains(e.site));
    QVERIFY(e.message.contains(e.siteError->code));
    QVERIFY(e.message.contains(e.siteError->message));
    QCOMPARE(run.report().sites.size(), 3);
}

void tst_FederatedRun::wrongPinIsRefused()
{
    QList<Site> sites = m_cluster.sites();
    sites[1].pin = sites[0].pin; // site 2 presents another certificate than site 1's
    FederatedRun run(sites, options());
    QVERIFY(runToEnd(run));
    QVERIFY(run.error());
    QCOMPARE(run.error()->site, sites[1].name);
    QCOMPARE(run.error()->siteError->kind, SiteError::Kind::Pin);
    QVERIFY(run.error()->message.contains(QLatin1String("does not match its pin")));
}

void tst_FederatedRun::slowNodeTimesOut()
{
    RunOptions o = options();
    o.transport.totalTimeoutMs = 1500;
    FederatedRun run(m_cluster.sites(), o);
    m_cluster.pause(2);
    QElapsedTimer clock;
    clock.start();
    const bool ended = runToEnd(run, 20000);
    m_cluster.resume(2);
    QVERIFY(ended);
    QVERIFY(clock.elapsed() < 1500 + 3000);
    QVERIFY(run.error());
    QCOMPARE(run.error()->site, m_cluster.node(2).name);
    QCOMPARE(run.error()->siteError->kind, SiteError::Kind::Timeout);
}

void tst_FederatedRun::unknownDatasetNamesSite()
{
    RunOptions o = options();
    o.dataset = QStringLiteral("no_such_dataset");
    FederatedRun run(m_cluster.sites(), o);
    QVERIFY(runToEnd(run));
    QVERIFY(run.error());
    QVERIFY(run.error()->message.contains(QLatin1String("no_such_dataset")));
    QVERIFY(!run.error()->site.isEmpty());
}

void tst_FederatedRun::continueWithoutIsRecorded()
{
    QList<Site> sites = m_cluster.sites();
    sites[2].token = QStringLiteral("fst_not_a_valid_token");
    RunOptions o = options();
    o.evaluate = false;
    {
        FederatedRun strict(sites, o);
        QVERIFY(runToEnd(strict));
        QVERIFY(strict.error());
        QCOMPARE(strict.error()->site, sites[2].name);
    }
    o.continueWithout = true;
    FederatedRun run(sites, o);
    QVERIFY(runToEnd(run));
    QVERIFY2(!run.error(), qPrintable(run.error() ? run.error()->message : QString()));
    QCOMPARE(run.report().excludedSites, QStringList{sites[2].name});
    QCOMPARE(run.report().sites[2].state, QStringLiteral("excluded"));
    QVERIFY(!run.report().sites[2].error.isEmpty());
    double cohort = 0;
    for (int i = 0; i < 2; ++i)
        cohort += double(run.report().sites[i].cohortSize);
    QCOMPARE(run.report().glm.n, cohort);
}

void tst_FederatedRun::killedNodeEndsRun()
{
    RunOptions o = options();
    o.transport.totalTimeoutMs = 4000;
    FederatedRun run(m_cluster.sites(), o);
    bool killed = false;
    QElapsedTimer sinceKill;
    connect(&run, &FederatedRun::roundFinished, this, [&](int round) {
        if (round == 2 && !killed) {
            m_cluster.kill(1);
            killed = true;
            sinceKill.start();
        }
    });
    QVERIFY(runToEnd(run, 30000));
    QVERIFY(killed);
    QVERIFY(run.error());
    QVERIFY2(sinceKill.elapsed() < 4000 + 2000, qPrintable(QString::number(sinceKill.elapsed())));
    QCOMPARE(run.error()->site, m_cluster.node(1).name);
    QVERIFY(run.error()->phase.contains(QLatin1String("round")));
    QCOMPARE(run.error()->siteError->kind, SiteError::Kind::Network);
}

QTEST_GUILESS_MAIN(tst_FederatedRun)
#include "tst_federatedrun.moc"

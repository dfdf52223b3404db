// SPDX-License-Identifier: GPL-3.0-or-later
// "Check at sites" through the client (RunOptions::checkOnly) against real fairstart-node
// processes: every site answers, a refusal at one site does not hide the others' answers, a site
// that is down is named, and no job is opened anywhere.
#include "../federation-client/nodecluster.h"

#include "fairstart/client/federatedrun.h"

#include "fairstart/analysis/formula.h"

#include <QSignalSpy>
#include <QTest>

using namespace fairstart;
using namespace fairstart::client;
using testsupport::NodeCluster;

namespace {

const char *kFormula = "dev_delay_2y ~ sex + gestational_age_weeks + apgar_5min + parental_stress";

RunOptions checkOptions(const char *formula = kFormula)
{
    RunOptions o;
    o.dataset = QStringLiteral("cohort");
    o.purpose = QStringLiteral("research");
    o.spec = *analysis::parseFormula(formula, analysis::Family::Binomial);
    o.checkOnly = true;
    o.transport.totalTimeoutMs = 10000;
    return o;
}

// The POST /v1/jobs requests a node answered, from its audit log.
int jobRequests(NodeCluster &cluster, int index)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FAIRSTART_NODE_PASSPHRASE"),
               QStringLiteral("integration-test-passphrase"));
    p.setProcessEnvironment(env);
    p.start(testsupport::nodeBinary(),
            { QStringLiteral("audit"), QStringLiteral("show"), QStringLiteral("--data-dir"),
              cluster.node(index).dataDir, QStringLiteral("--json"), QStringLiteral("--count"),
              QStringLiteral("1000000") });
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return -1;
    int jobs = 0;
    for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
        if (line.contains("\"path\":\"/v1/jobs\""))
            ++jobs;
    }
    return jobs;
}

QList<SiteCheck> checkToEnd(FederatedRun &run, RunError *error = nullptr)
{
    QSignalSpy checked(&run, &FederatedRun::checked);
    QSignalSpy failed(&run, &FederatedRun::failed);
    QSignalSpy finished(&run, &FederatedRun::finished);
    run.start();
    if (!QTest::qWaitFor([&] { return !checked.isEmpty() || !failed.isEmpty(); }, 60000))
        qWarning("the check did not end within a minute");
    if (!finished.isEmpty())
        qWarning("a check-only run finished like a run");
    if (!failed.isEmpty() && error)
        *error = failed.first().first().value<RunError>();
    return checked.isEmpty() ? QList<SiteCheck>()
                             : checked.first().first().value<QList<SiteCheck>>();
}

} // namespace

class tst_SiteCheckRun : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everySitePasses();
    void refusalNamesTheRuleAndTheOthersStillAnswer();
    void siteDownIsNamed(); // last: stops a node

private:
    NodeCluster m_cluster;
};

void tst_SiteCheckRun::initTestCase()
{
    qRegisterMetaType<QList<SiteCheck>>();
    qRegisterMetaType<RunError>();
    QVERIFY2(m_cluster.available(), "fairstart-node is not built (FAIRSTART_BIN_DIR)");
    QVERIFY2(m_cluster.start(2, 1500), qPrintable(m_cluster.error));
}

void tst_SiteCheckRun::everySitePasses()
{
    const int jobsBefore = jobRequests(m_cluster, 0);
    FederatedRun run(m_cluster.sites(), checkOptions());
    RunError error;
    const QList<SiteCheck> checks = checkToEnd(run, &error);
    QVERIFY2(checks.size() == 2, qPrintable(error.message));
    for (const SiteCheck &c : checks) {
        QVERIFY2(c.passed, qPrintable(c.problem ? c.problem->toString() : c.site));
        QVERIFY(!c.rules.isEmpty());
    }
    QCOMPARE(checks.at(0).site, QStringLiteral("site1"));
    QVERIFY(!run.isRunning());
    // Nothing was opened: no POST /v1/jobs reached the node.
    QCOMPARE(jobRequests(m_cluster, 0), jobsBefore);
}

// A design one site refuses: that site's answer names the rule (a refusal, with its code), and
// the other site's answer is there too.
void tst_SiteCheckRun::refusalNamesTheRuleAndTheOthersStillAnswer()
{
    // A cohort filter on one profile's rare value: narrow enough for min-cohort at a site.
    RunOptions options = checkOptions();
    options.spec.filters.push_back({ "gestational_age_weeks", 41.9, 42.0, {} });
    FederatedRun run(m_cluster.sites(), options);
    RunError error;
    const QList<SiteCheck> checks = checkToEnd(run, &error);
    QVERIFY2(checks.size() == 2, qPrintable(error.message));
    int refused = 0;
    for (const SiteCheck &c : checks) {
        if (c.passed)
            continue;
        QVERIFY(c.problem);
        QVERIFY2(c.problem->isRule(), qPrintable(c.problem->toString()));
        QVERIFY(!c.problem->code.isEmpty());
        QVERIFY(c.problem->toString().contains(c.site));
        ++refused;
    }
    QVERIFY(refused >= 1);
}

void tst_SiteCheckRun::siteDownIsNamed()
{
    m_cluster.kill(1);
    FederatedRun run(m_cluster.sites(), checkOptions());
    RunError error;
    const QList<SiteCheck> checks = checkToEnd(run, &error);
    // The design is resolved first (info, catalogue): a site down then ends the check with a
    // failure that names it, as it would end a run.
    if (checks.isEmpty()) {
        QCOMPARE(error.site, QStringLiteral("site2"));
        QVERIFY(!error.message.isEmpty());
        return;
    }
    QFAIL("a check with a site down reported answers for every site");
}

QTEST_MAIN(tst_SiteCheckRun)
#include "tst_sitecheckrun.moc"

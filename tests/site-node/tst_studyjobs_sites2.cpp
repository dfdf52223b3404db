// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16, branch `sites2`, against three real fairstart-node processes that pinned each other,
// the test as the client and relay (studyrelay.h):
// - an evaluation study's job ends at the node with the answer of its one round (capability
//   "ends-evaluation-jobs"): the job is `finished`, the identical repeat of round 1 gets the stored
//   answer, any other round is refused with `evaluation-round` and ends the study, as before;
// - the pinned-peers check of every relayed round is remembered while the node's peers and policy
//   are unchanged: a peer removed by the administrator's command (another process, another
//   connection to the store) after rounds that passed from the memo still ends the study at the
//   next relay, naming the site; accepting the site again does not revive the ended study.
#include "fairstart/protocol/codec.h"

#include "demodesign.h"
#include "demosites.h"
#include "nodeprocess.h"
#include "peering.h"
#include "studyrelay.h"

#include <QTemporaryDir>
#include <QTest>

using namespace fairstart;
using testsupport::auditLinesOf;
using testsupport::demoDesign;
using testsupport::NodeProcess;
using testsupport::Reply;
using testsupport::StudySite;

class tst_StudyJobsSites2 : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void infoListsEndsEvaluationJobs();
    void evaluationJobEndsWithItsRound();
    void otherRoundAfterTheEndIsRefused();
    void removedPeerEndsStudyAfterRememberedChecks();

private:
    std::vector<StudySite *> all() { return { &m_sites[0], &m_sites[1], &m_sites[2] }; }
    QList<protocol::StudyParticipant> participants()
    {
        return { testsupport::participantOf(m_sites[0]), testsupport::participantOf(m_sites[1]),
                 testsupport::participantOf(m_sites[2]) };
    }
    // An evaluation study of m_fitted, opened, armed, and its round 1 answered by every node.
    bool evaluate(protocol::StudyManifest *manifest, testsupport::StudyRun *run);
    QString jobState(const StudySite &site);

    QTemporaryDir m_dir;
    NodeProcess m_nodes[3];
    StudySite m_sites[3];
    QString m_fitted; // a converged masked study's hash
};

void tst_StudyJobsSites2::initTestCase()
{
    const std::vector<NodeProcess *> nodes { &m_nodes[0], &m_nodes[1], &m_nodes[2] };
    VERIFY_NO_ERROR(testsupport::startDemoSites(m_dir, nodes, all(), 61, 2000));
    VERIFY_NO_ERROR(testsupport::serveEachOther(nodes, all()));
    QString error;
    const protocol::StudyManifest fit = testsupport::makeManifest(demoDesign(), participants());
    auto run = testsupport::runStudy(all(), fit, &error);
    QVERIFY2(run, qPrintable(error));
    m_fitted = protocol::studyHash(fit);
}

void tst_StudyJobsSites2::cleanupTestCase()
{
    for (NodeProcess &node : m_nodes)
        node.stop();
}

bool tst_StudyJobsSites2::evaluate(protocol::StudyManifest *manifest, testsupport::StudyRun *run)
{
    *manifest = testsupport::makeManifest(demoDesign(), participants());
    manifest->kind = protocol::JobKind::Evaluation;
    manifest->fittedStudy = m_fitted;
    manifest->fitNullModel = false;
    QString error;
    if (!testsupport::openAndArm(all(), *manifest, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    protocol::RoundRelay relay;
    relay.round = 1;
    if (!testsupport::relayToAll(all(), *manifest, relay, run, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return true;
}

QString tst_StudyJobsSites2::jobState(const StudySite &site)
{
    const Reply status = site.node->get(testsupport::jobPath(site), site.token);
    if (status.status != 200)
        return QStringLiteral("HTTP %1").arg(status.status);
    return status.json.value(QStringLiteral("state")).toString();
}

void tst_StudyJobsSites2::infoListsEndsEvaluationJobs()
{
    for (const StudySite &site : m_sites) {
        QVERIFY(site.info.capabilities.contains(QStringLiteral("ends-evaluation-jobs")));
        QVERIFY(site.info.capabilities.contains(QStringLiteral("ends-calibration-jobs")));
    }
}

void tst_StudyJobsSites2::evaluationJobEndsWithItsRound()
{
    // Before its round the job is open; after it, finished at every node without a DELETE.
    protocol::StudyManifest manifest = testsupport::makeManifest(demoDesign(), participants());
    manifest.kind = protocol::JobKind::Evaluation;
    manifest.fittedStudy = m_fitted;
    manifest.fitNullModel = false;
    QString error;
    QVERIFY2(testsupport::openAndArm(all(), manifest, &error), qPrintable(error));
    for (const StudySite &site : m_sites)
        QCOMPARE(jobState(site), QStringLiteral("open"));
    testsupport::StudyRun run;
    protocol::RoundRelay relay;
    relay.round = 1;
    QVERIFY2(testsupport::relayToAll(all(), manifest, relay, &run, &error), qPrintable(error));
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(run.last[size_t(i)].contribution.status, protocol::ContributionStatus::Evaluation);
        QCOMPARE(jobState(m_sites[i]), QStringLiteral("finished"));
    }
    // A client that lost the answer asks again: the stored answer, the same bytes and signature.
    for (int i = 0; i < 3; ++i) {
        const Reply again = testsupport::relayRound(m_sites[i], relay);
        QCOMPARE(again.status, 200);
        const auto repeated = testsupport::contributionOf(again);
        QVERIFY(repeated);
        QCOMPARE(protocol::contributionBytes(repeated->contribution),
                 protocol::contributionBytes(run.last[size_t(i)].contribution));
        QCOMPARE(repeated->signature, run.last[size_t(i)].signature);
        QCOMPARE(jobState(m_sites[i]), QStringLiteral("finished"));
    }
    testsupport::closeJobs(all());
}

void tst_StudyJobsSites2::otherRoundAfterTheEndIsRefused()
{
    // The job ended with round 1: a second round (a second masked answer) is refused with the
    // evaluation study's own refusal, not a round cap, and ends the study; round 1 is not
    // answered again after that.
    protocol::StudyManifest manifest;
    testsupport::StudyRun run;
    QVERIFY(evaluate(&manifest, &run));
    QCOMPARE(jobState(m_sites[0]), QStringLiteral("finished"));
    protocol::RoundRelay relay;
    relay.round = 2;
    relay.previous = QList<protocol::SignedContribution>(run.previous.begin(), run.previous.end());
    const Reply second = testsupport::relayRound(m_sites[0], relay);
    QCOMPARE(second.status, 409);
    QCOMPARE(second.code, QStringLiteral("evaluation-round"));
    QVERIFY(!auditLinesOf(m_nodes[0], QStringLiteral("\"evaluation-round\"")).isEmpty());
    relay.round = 1;
    relay.previous.clear();
    const Reply after = testsupport::relayRound(m_sites[0], relay);
    QCOMPARE(after.status, 409);
    // A round 1 that is not the identical repeat (here: with contributions) at another node whose
    // job ended is refused too, and never computed again.
    relay.previous = QList<protocol::SignedContribution>(run.previous.begin(), run.previous.end());
    const Reply changed = testsupport::relayRound(m_sites[1], relay);
    QCOMPARE(changed.status, 409);
    QVERIFY(!testsupport::contributionOf(changed));
    testsupport::closeJobs(all());
}

void tst_StudyJobsSites2::removedPeerEndsStudyAfterRememberedChecks()
{
    // Rounds 1 and 2 pass the pinned-peers check (round 2 from the remembered verdict); then the
    // administrator of site1 removes site3 with `fairstart-node peers remove` (another process):
    // round 3 at site1 is refused with unknown-peer naming site3 and the study ends there.
    const protocol::StudyManifest manifest
        = testsupport::makeManifest(demoDesign(), participants());
    QString error;
    QVERIFY2(testsupport::openAndArm(all(), manifest, &error), qPrintable(error));
    testsupport::StudyRun run;
    protocol::RoundRelay relay;
    relay.round = 1;
    QVERIFY2(testsupport::relayToAll(all(), manifest, relay, &run, &error), qPrintable(error));
    relay.round = 2;
    relay.previous = QList<protocol::SignedContribution>(run.previous.begin(), run.previous.end());
    QVERIFY2(testsupport::relayToAll(all(), manifest, relay, &run, &error), qPrintable(error));
    const QString study = protocol::studyHash(manifest);
    // Every answered round records the passed check, remembered or not.
    int passed = 0;
    for (const QString &line : auditLinesOf(m_nodes[0], study)) {
        if (line.contains(QStringLiteral("/rounds"))
            && line.contains(QStringLiteral("{\"passed\":true,\"rule\":\"unknown-peer\"")))
            ++passed;
    }
    QVERIFY2(passed >= 2, qPrintable(QString::number(passed)));

    QVERIFY2(testsupport::unpin(m_nodes[0], QStringLiteral("site3")), qPrintable(m_nodes[0].error));
    relay.round = 3;
    relay.previous = QList<protocol::SignedContribution>(run.previous.begin(), run.previous.end());
    const Reply refused = testsupport::relayRound(m_sites[0], relay);
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.code, QStringLiteral("unknown-peer"));
    QVERIFY2(refused.body.contains("site3"), refused.body.constData());
    QVERIFY(!auditLinesOf(m_nodes[0], QStringLiteral("\"refusedSite\":\"site3\"")).isEmpty());
    // site2 did not remove anyone: it answers round 3 (its memo is its own).
    QVERIFY(testsupport::contributionOf(testsupport::relayRound(m_sites[1], relay)));

    // Accepted again (another process again): the ended study stays ended at site1.
    QVERIFY2(m_nodes[0].run({ QStringLiteral("peers"), QStringLiteral("add"),
                              QStringLiteral("--data-dir"), m_nodes[0].dataDir(),
                              QStringLiteral("--keys-file"),
                              m_nodes[2].dataDir() + QStringLiteral(".keys.json") }),
             qPrintable(m_nodes[0].error));
    const Reply again = testsupport::relayRound(m_sites[0], relay);
    QCOMPARE(again.status, 409);
    testsupport::closeJobs(all());

    // A new study with the re-accepted site opens and runs to convergence.
    const protocol::StudyManifest next = testsupport::makeManifest(demoDesign(), participants());
    auto fitted = testsupport::runStudy(all(), next, &error);
    QVERIFY2(fitted, qPrintable(error));
    testsupport::closeJobs(all());
}

QTEST_GUILESS_MAIN(tst_StudyJobsSites2)
#include "tst_studyjobs_sites2.moc"

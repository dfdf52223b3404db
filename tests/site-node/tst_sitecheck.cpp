// SPDX-License-Identifier: GPL-3.0-or-later
// "Check at sites" (POST /v1/checks) against a real fairstart-node process, as an attacker would
// try it: the dry run answers exactly what opening the job would (same refusal, byte for byte),
// goes through the same daily quota, is audited, and records no job, no manifest signature and
// no participant set, so it cannot be turned into an armed study (its cohort goes to the
// differencing ledger as a job's does: docs/privacy-rules.md, "The twelfth independent review").
#include "fairstart/protocol/codec.h"
#include "fairstart/protocol/sitecheck.h"

#include "nodeprocess.h"
#include "peering.h"
#include "studyrelay.h"

#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace fairstart;
using testsupport::NodeProcess;
using testsupport::Reply;
using testsupport::StudySite;

namespace {

analysis::ResolvedDesign demoDesign(const std::vector<analysis::Filter> &filters = {})
{
    analysis::ResolvedDesign d;
    d.spec.outcome.variable = "dev_delay_2y";
    d.spec.family = analysis::Family::Binomial;
    analysis::Predictor sex;
    sex.variable = "sex";
    sex.transform = analysis::Transform::Categorical;
    analysis::Predictor gestation;
    gestation.variable = "gestational_age_weeks";
    analysis::Predictor stress;
    stress.variable = "parental_stress";
    d.spec.predictors = { sex, gestation, stress };
    d.spec.filters = filters;
    d.levels["sex"] = { "female", "male" };
    return d;
}

// The records at one gestational age: a minimum equal to the maximum, which the rule
// filter-bound refuses whatever the records (docs/privacy-rules.md "Filters on the node's edges").
analysis::ResolvedDesign narrowDesign()
{
    analysis::Filter narrow;
    narrow.variable = "gestational_age_weeks";
    narrow.min = 41.5;
    narrow.max = 41.5;
    return demoDesign({ narrow });
}

QByteArray checkBody(const protocol::StudyManifest &manifest)
{
    return testsupport::body(protocol::toJson(protocol::SiteCheckRequest { manifest }));
}

} // namespace

class tst_SiteCheck : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void passOpensNothing();
    void refusalIsTheJobsRefusal_data();
    void refusalIsTheJobsRefusal();
    void countsAgainstTheJobQuota();
    void recordsNoParticipantSet();
    void needsTokenAndPost();

private:
    // The manifest of a masked study of this node and two sites the test plays.
    protocol::StudyManifest manifest(const analysis::ResolvedDesign &design) const;

    QTemporaryDir m_dir;
    NodeProcess m_node;
    StudySite m_site;
    testsupport::FakeSite m_a;
    testsupport::FakeSite m_b;
};

void tst_SiteCheck::initTestCase()
{
    std::signal(SIGPIPE, SIG_IGN);
    QVERIFY2(!NodeProcess::binary().isEmpty(), "FAIRSTART_BIN_DIR must be set");
    QVERIFY(sodium_init() >= 0);
    QVERIFY(m_dir.isValid());
    const QString csv = m_dir.filePath(QStringLiteral("site1.csv"));
    QVERIFY2(m_node.init(m_dir.filePath(QStringLiteral("site1")), QStringLiteral("site1")),
             qPrintable(m_node.error));
    QVERIFY2(
        m_node.run({ QStringLiteral("demo-data"), QStringLiteral("--profile"),
                     QStringLiteral("hospital"), QStringLiteral("--rows"), QStringLiteral("2000"),
                     QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--out"), csv }),
        qPrintable(m_node.error));
    QVERIFY2(m_node.import(QStringLiteral("cohort"), csv), qPrintable(m_node.error));
    QVERIFY2(m_node.setPolicy(QStringLiteral("single_site_difference"), QStringLiteral("refuse")),
             qPrintable(m_node.error));
    m_site.node = &m_node;
    m_site.token = m_node.token(QStringLiteral("analyst"), QStringLiteral("research"));
    QVERIFY(!m_site.token.isEmpty());
    QVERIFY2(m_node.serve(), qPrintable(m_node.error));
    QString error;
    QVERIFY2(testsupport::fetchInfo(m_site, &error), qPrintable(error));
    m_a = testsupport::FakeSite::make(QStringLiteral("siteA"));
    m_b = testsupport::FakeSite::make(QStringLiteral("siteB"));
    // Their administrator accepted both as peers: the checks below are the design's and cohort's.
    QVERIFY2(testsupport::pinFake(m_node, m_a), qPrintable(m_node.error));
    QVERIFY2(testsupport::pinFake(m_node, m_b), qPrintable(m_node.error));
}

void tst_SiteCheck::cleanupTestCase()
{
    m_node.stop();
}

protocol::StudyManifest tst_SiteCheck::manifest(const analysis::ResolvedDesign &design) const
{
    return testsupport::makeManifest(
        design, { testsupport::participantOf(m_site), m_a.participant(), m_b.participant() });
}

// A design that passes: 200 with the study hash and the rules checked, and nothing more — no
// job id, no cohort size or counts, no signature of the manifest. The audit names it a dry run.
void tst_SiteCheck::passOpensNothing()
{
    const protocol::StudyManifest m = manifest(demoDesign());
    const Reply reply = m_node.post("/v1/checks", m_site.token, checkBody(m));
    QVERIFY2(reply.status == 200, qPrintable(reply.describe()));
    auto passed = protocol::fromJson<protocol::SiteCheckPassed>(reply.json);
    QVERIFY2(passed.ok(), qPrintable(passed.ok() ? QString() : passed.error().text()));
    QCOMPARE(passed->study, protocol::studyHash(m));
    QCOMPARE(passed->designHash, m.designHash);
    QStringList rules;
    for (const protocol::RuleCheck &rule : passed->checks)
        rules << rule.ruleId;
    QVERIFY2(rules.contains(QStringLiteral("job-quota")), qPrintable(rules.join(u',')));
    QVERIFY2(rules.contains(QStringLiteral("min-cohort")), qPrintable(rules.join(u',')));
    QVERIFY2(rules.contains(QStringLiteral("min-cell")), qPrintable(rules.join(u',')));
    for (const char *withheld :
         { "job_id", "cohort_size", "counts", "manifest_signature", "terms" })
        QVERIFY2(!reply.json.contains(QLatin1String(withheld)), withheld);
    const QStringList audited
        = testsupport::auditLinesOf(m_node, QStringLiteral("\"path\":\"/v1/checks\""));
    QVERIFY(!audited.isEmpty());
    QVERIFY(audited.last().contains(QStringLiteral("\"dryRun\":true")));
    QVERIFY(audited.last().contains(QStringLiteral("\"status\":200")));
    // The node holds no job for it: relaying signatures to any id is answered "no such job".
    const Reply relay = m_node.post("/v1/jobs/" + std::string(32, '0') + "/signatures",
                                    m_site.token, QByteArray("{\"signatures\": []}"));
    QCOMPARE(relay.status, 404);
}

void tst_SiteCheck::refusalIsTheJobsRefusal_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("kind"); // 0 narrow cohort, 1 unknown variable, 2 other keys
    QTest::newRow("filter-bound") << QStringLiteral("filter-bound") << 0;
    QTest::newRow("unknown-variable") << QStringLiteral("unknown-variable") << 1;
    QTest::newRow("foreign-keys") << QStringLiteral("foreign-keys") << 2;
}

// A refused design: the check's answer is the very answer the job gets (status, code, message,
// detail), so the dry run tells nothing a refused job would not.
void tst_SiteCheck::refusalIsTheJobsRefusal()
{
    QFETCH(QString, code);
    QFETCH(int, kind);
    analysis::ResolvedDesign design = kind == 0 ? narrowDesign() : demoDesign();
    if (kind == 1)
        design.spec.predictors.front().variable = "no_such_variable";
    protocol::StudyManifest m = manifest(design);
    if (kind == 2) {
        for (protocol::StudyParticipant &p : m.participants) {
            if (p.name == QStringLiteral("site1"))
                p.signingKey = testsupport::FakeSite::make(p.name).participant().signingKey;
        }
    }
    const Reply checked = m_node.post("/v1/checks", m_site.token, checkBody(m));
    const Reply opened = testsupport::openStudy(m_site, m);
    QCOMPARE(checked.code, code);
    QCOMPARE(checked.status, opened.status);
    QCOMPARE(checked.body, opened.body);
    QVERIFY(checked.json.value(QStringLiteral("error"))
                .toObject()
                .value(QStringLiteral("message"))
                .toString()
                .size()
            > 20);
}

// Checks count as jobs: with a quota of 3, two checks and a job use it up, and the next check and
// the next job are both refused.
void tst_SiteCheck::countsAgainstTheJobQuota()
{
    m_node.stop();
    QVERIFY2(m_node.setPolicy(QStringLiteral("jobs_per_user_per_day"), QStringLiteral("3")),
             qPrintable(m_node.error));
    StudySite quota = m_site;
    quota.token = m_node.token(QStringLiteral("quota-user"), QStringLiteral("research"));
    QVERIFY(!quota.token.isEmpty());
    QVERIFY2(m_node.serve(), qPrintable(m_node.error));
    QCOMPARE(m_node.post("/v1/checks", quota.token, checkBody(manifest(demoDesign()))).status, 200);
    QCOMPARE(m_node.post("/v1/checks", quota.token, checkBody(manifest(narrowDesign()))).status,
             422);
    const Reply third = testsupport::openStudy(quota, manifest(demoDesign()));
    QVERIFY2(third.status == 201, qPrintable(third.describe()));
    const Reply check = m_node.post("/v1/checks", quota.token, checkBody(manifest(demoDesign())));
    QCOMPARE(check.status, 403);
    QCOMPARE(check.code, QStringLiteral("job-quota"));
    const Reply job = testsupport::openStudy(quota, manifest(demoDesign()));
    QCOMPARE(job.code, QStringLiteral("job-quota"));
    testsupport::closeJobs({ &quota });
    m_node.stop();
    QVERIFY2(m_node.setPolicy(QStringLiteral("jobs_per_user_per_day"), QStringLiteral("200")),
             qPrintable(m_node.error));
    QVERIFY2(m_node.serve(), qPrintable(m_node.error));
}

// With single_site_difference = refuse, a job one site away from an earlier study is refused. A
// check is no study: after checking {site1, siteA, siteB}, a job of {site1, siteA} is still
// opened; after that job, checking {site1, siteA, siteB} is refused as the job would be.
void tst_SiteCheck::recordsNoParticipantSet()
{
    const testsupport::FakeSite c = testsupport::FakeSite::make(QStringLiteral("siteC"));
    const testsupport::FakeSite d = testsupport::FakeSite::make(QStringLiteral("siteD"));
    QVERIFY2(testsupport::pinFake(m_node, c), qPrintable(m_node.error));
    QVERIFY2(testsupport::pinFake(m_node, d), qPrintable(m_node.error));
    const protocol::StudyManifest three = testsupport::makeManifest(
        demoDesign(), { testsupport::participantOf(m_site), c.participant(), d.participant() });
    QCOMPARE(m_node.post("/v1/checks", m_site.token, checkBody(three)).status, 200);
    const protocol::StudyManifest two = testsupport::makeManifest(
        demoDesign(), { testsupport::participantOf(m_site), c.participant() });
    const Reply opened = testsupport::openStudy(m_site, two);
    QVERIFY2(opened.status == 201, qPrintable(opened.describe()));
    testsupport::closeJobs({ &m_site });
    const Reply again = m_node.post("/v1/checks", m_site.token, checkBody(three));
    QCOMPARE(again.status, 403);
    QCOMPARE(again.code, QStringLiteral("single-site-difference"));
}

void tst_SiteCheck::needsTokenAndPost()
{
    const QByteArray body = checkBody(manifest(demoDesign()));
    QCOMPARE(m_node.post("/v1/checks", QString(), body).status, 401);
    QCOMPARE(m_node.get("/v1/checks", m_site.token).status, 405);
    const Reply v1 = m_node.post("/v1/checks", m_site.token,
                                 QByteArray("{\"design\": {}, \"designHash\": \"x\"}"));
    QCOMPARE(v1.code, QStringLiteral("protocol-version"));
}

QTEST_GUILESS_MAIN(tst_SiteCheck)
#include "tst_sitecheck.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16, branch `sites8`: fewer requests per fit, against three real fairstart-node processes
// that pinned each other, the test as the client and relay (studyrelay.h):
// - POST /v1/jobs/{id}/site-fit with {"end_job": true} (capability "site-fit-ends-job") ends the
//   model study's job with its answer, as a DELETE after it would: the job is `cancelled`, the
//   site fit's audit entry records the status the DELETE would have released ("jobEnded"), an
//   identical repeat still gets the stored answer; `{}`
//   (every older client) and an empty body leave the job open; a malformed body is refused and
//   ends nothing;
// - GET /v1/info?with=catalogue carries exactly the catalogue GET /v1/catalogue releases for the
//   same purpose and dataset, on one audit entry; without a purpose the token's one purpose's
//   (none for a token of several); an unknown dataset gives the info without a catalogue; any
//   other `with` is refused.
#include "fairstart/protocol/codec.h"
#include "fairstart/protocol/requestflow.h"

#include "demodesign.h"
#include "demosites.h"
#include "nodeprocess.h"
#include "peering.h"
#include "studyrelay.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace fairstart;
using testsupport::auditLinesOf;
using testsupport::demoDesign;
using testsupport::NodeProcess;
using testsupport::Reply;
using testsupport::StudySite;

class tst_RequestFlowSites8 : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void infoListsTheCapabilities();
    void siteFitEndsTheJobWhenAsked();
    void siteFitWithoutTheFlagLeavesTheJobOpen();
    void malformedSiteFitBodyEndsNothing();
    void infoCarriesTheCatalogue();
    void infoCatalogueOfTheTokensOnePurpose();

private:
    std::vector<StudySite *> all() { return { &m_sites[0], &m_sites[1], &m_sites[2] }; }
    QList<protocol::StudyParticipant> participants()
    {
        return { testsupport::participantOf(m_sites[0]), testsupport::participantOf(m_sites[1]),
                 testsupport::participantOf(m_sites[2]) };
    }
    bool converge(); // a new model study run to convergence at every node
    QString jobState(const StudySite &site);

    QTemporaryDir m_dir;
    NodeProcess m_nodes[3];
    StudySite m_sites[3];
};

void tst_RequestFlowSites8::initTestCase()
{
    const std::vector<NodeProcess *> nodes { &m_nodes[0], &m_nodes[1], &m_nodes[2] };
    VERIFY_NO_ERROR(testsupport::startDemoSites(m_dir, nodes, all(), 81, 2000));
    VERIFY_NO_ERROR(testsupport::serveEachOther(nodes, all()));
}

void tst_RequestFlowSites8::cleanupTestCase()
{
    for (NodeProcess &node : m_nodes)
        node.stop();
}

bool tst_RequestFlowSites8::converge()
{
    QString error;
    const protocol::StudyManifest fit = testsupport::makeManifest(demoDesign(), participants());
    if (!testsupport::runStudy(all(), fit, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return true;
}

QString tst_RequestFlowSites8::jobState(const StudySite &site)
{
    const Reply status = site.node->get(testsupport::jobPath(site), site.token);
    if (status.status != 200)
        return QStringLiteral("HTTP %1").arg(status.status);
    return status.json.value(QStringLiteral("state")).toString();
}

void tst_RequestFlowSites8::infoListsTheCapabilities()
{
    for (const StudySite &site : m_sites) {
        QVERIFY(site.info.capabilities.contains(QStringLiteral("site-fit-ends-job")));
        QVERIFY(site.info.capabilities.contains(QStringLiteral("info-catalogue")));
    }
}

void tst_RequestFlowSites8::siteFitEndsTheJobWhenAsked()
{
    QVERIFY(converge());
    StudySite &site = m_sites[0];
    QCOMPARE(jobState(site), QStringLiteral("open"));
    const QByteArray body = QJsonDocument(protocol::toJson(protocol::SiteFitRequest { true }))
                                .toJson(QJsonDocument::Compact);
    QCOMPARE(body, QByteArray(R"({"end_job":true})"));
    const Reply fit = site.node->post(testsupport::jobPath(site, "/site-fit"), site.token, body);
    QVERIFY2(fit.status == 200, qPrintable(fit.describe()));
    QVERIFY(protocol::fromJson<protocol::SiteFitResponse>(fit.json));
    // Ended with the answer, as after a DELETE: cancelled, no longer open.
    QCOMPARE(jobState(site), QStringLiteral("cancelled"));
    // The site fit's audit entry records what the DELETE's would have: the job's status.
    const QStringList lines = auditLinesOf(*site.node, site.jobId);
    int ended = 0, deletes = 0;
    for (const QString &line : lines) {
        const QJsonObject entry = QJsonDocument::fromJson(line.toUtf8()).object();
        deletes += entry.value(QLatin1String("method")).toString() == QLatin1String("DELETE");
        if (!entry.contains(QLatin1String("jobEnded")))
            continue;
        ++ended;
        QVERIFY(entry.value(QLatin1String("path")).toString().endsWith(QLatin1String("/site-fit")));
        const QJsonObject status = entry.value(QLatin1String("jobEnded")).toObject();
        QCOMPARE(status.value(QLatin1String("job_id")).toString(), site.jobId);
        QCOMPARE(status.value(QLatin1String("state")).toString(), QStringLiteral("cancelled"));
        QVERIFY(status.value(QLatin1String("rounds_used")).toInt() > 0);
    }
    QCOMPARE(ended, 1);
    QCOMPARE(deletes, 0);
    // A client that lost the answer asks again: the stored answer, byte for byte; nothing more
    // is ended.
    const Reply again = site.node->post(testsupport::jobPath(site, "/site-fit"), site.token, body);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.body, fit.body);
    QCOMPARE(auditLinesOf(*site.node, QStringLiteral("\"jobEnded\"")).filter(site.jobId).size(), 1);
    // A DELETE after it (an older client's habit) changes nothing.
    const Reply deleted = site.node->del(testsupport::jobPath(site), site.token);
    QCOMPARE(deleted.status, 200);
    QCOMPARE(deleted.json.value(QLatin1String("state")).toString(), QStringLiteral("cancelled"));
    testsupport::closeJobs(all());
}

void tst_RequestFlowSites8::siteFitWithoutTheFlagLeavesTheJobOpen()
{
    // `{}` (what every client sent before) and an empty body: the job stays open for the
    // evaluations that name it, and the client's DELETE ends it.
    QVERIFY(converge());
    for (int i = 0; i < 2; ++i) {
        StudySite &site = m_sites[i];
        const QByteArray body = i == 0 ? QByteArray("{}") : QByteArray();
        const Reply fit
            = site.node->post(testsupport::jobPath(site, "/site-fit"), site.token, body);
        QVERIFY2(fit.status == 200, qPrintable(fit.describe()));
        QCOMPARE(jobState(site), QStringLiteral("open"));
        protocol::StudyEvaluationRequest evaluation;
        evaluation.purpose = QStringLiteral("research");
        evaluation.jobId = site.jobId;
        const Reply evaluated
            = site.node->post("/v1/evaluations", site.token, protocol::toJson(evaluation));
        QVERIFY2(evaluated.status == 200, qPrintable(evaluated.describe()));
        QVERIFY(
            auditLinesOf(*site.node, QStringLiteral("\"jobEnded\"")).filter(site.jobId).isEmpty());
    }
    const QString jobId = m_sites[0].jobId;
    testsupport::closeJobs(all());
    const Reply status = m_sites[0].node->get("/v1/jobs/" + jobId.toStdString(), m_sites[0].token);
    QCOMPARE(status.json.value(QLatin1String("state")).toString(), QStringLiteral("cancelled"));
}

void tst_RequestFlowSites8::malformedSiteFitBodyEndsNothing()
{
    QVERIFY(converge());
    StudySite &site = m_sites[1];
    for (const QByteArray &body :
         { QByteArray(R"({"end_job":"yes"})"), QByteArray(R"({"end_jobs":true})"),
           QByteArray(R"({"end_job":true,"end_job":true})"), QByteArray("[]") }) {
        const Reply fit
            = site.node->post(testsupport::jobPath(site, "/site-fit"), site.token, body);
        QVERIFY2(fit.status == 400, qPrintable(QString::fromUtf8(body) + fit.describe()));
        QCOMPARE(jobState(site), QStringLiteral("open"));
    }
    // The codec is as strict on the client's side.
    QVERIFY(!protocol::fromJson<protocol::SiteFitRequest>(
        QJsonDocument::fromJson(R"({"end_job":1})").object()));
    QVERIFY(!protocol::fromJson<protocol::SiteFitRequest>(QJsonDocument::fromJson(R"({})").object())
                 ->endJob);
    testsupport::closeJobs(all());
}

void tst_RequestFlowSites8::infoCarriesTheCatalogue()
{
    StudySite &site = m_sites[2];
    const Reply catalogue
        = site.node->get("/v1/catalogue?purpose=research&dataset=cohort", site.token);
    QVERIFY2(catalogue.status == 200, qPrintable(catalogue.describe()));
    const Reply info
        = site.node->get("/v1/info?purpose=research&with=catalogue&dataset=cohort", site.token);
    QVERIFY2(info.status == 200, qPrintable(info.describe()));
    // The very catalogue, and otherwise the info as without `with`.
    QCOMPARE(info.json.value(QLatin1String("catalogue")).toObject(), catalogue.json);
    auto carried = protocol::infoCatalogue(info.json);
    QVERIFY(carried.ok());
    QVERIFY(*carried);
    QCOMPARE((*carried)->datasets.size(), 1);
    QCOMPARE((*carried)->datasets.at(0).name, QStringLiteral("cohort"));
    QVERIFY(protocol::fromJson<protocol::NodeInfo>(info.json));
    const Reply plain = site.node->get("/v1/info?purpose=research", site.token);
    QVERIFY2(plain.status == 200, qPrintable(plain.describe()));
    QJsonObject without = info.json;
    without.remove(QLatin1String("catalogue"));
    QCOMPARE(without, plain.json);
    QVERIFY(!plain.json.contains(QLatin1String("catalogue")));
    // One audit entry, of the combined release, with the answer's hash.
    const QStringList combined = auditLinesOf(*site.node, QStringLiteral("\"info-catalogue\""));
    QCOMPARE(combined.size(), 1);
    const QJsonObject entry = QJsonDocument::fromJson(combined.first().toUtf8()).object();
    QCOMPARE(entry.value(QLatin1String("purpose")).toString(), QStringLiteral("research"));
    QCOMPARE(entry.value(QLatin1String("dataset")).toString(), QStringLiteral("cohort"));
    QCOMPARE(entry.value(QLatin1String("releasedHash")).toString(), protocol::sha256Hex(info.body));
    // An unknown dataset: the info without a catalogue (the client names the missing dataset).
    const Reply unknown
        = site.node->get("/v1/info?purpose=research&with=catalogue&dataset=nothere", site.token);
    QVERIFY2(unknown.status == 200, qPrintable(unknown.describe()));
    QVERIFY(!unknown.json.contains(QLatin1String("catalogue")));
    // The purpose is checked as before; any other `with` is refused.
    QCOMPARE(site.node->get("/v1/info?purpose=quality&with=catalogue", site.token).status, 403);
    QCOMPARE(site.node->get("/v1/info?purpose=research&with=everything", site.token).status, 400);
}

void tst_RequestFlowSites8::infoCatalogueOfTheTokensOnePurpose()
{
    StudySite &site = m_sites[1];
    const Reply catalogue = site.node->get("/v1/catalogue?purpose=research", site.token);
    QVERIFY2(catalogue.status == 200, qPrintable(catalogue.describe()));
    const Reply info = site.node->get("/v1/info?with=catalogue", site.token);
    QVERIFY2(info.status == 200, qPrintable(info.describe()));
    QCOMPARE(info.json.value(QLatin1String("catalogue")).toObject(), catalogue.json);
    // A token of two purposes declares none: no catalogue, the info as before.
    const QString both
        = m_nodes[1].token(QStringLiteral("analyst2"), QStringLiteral("research,quality"));
    QVERIFY2(!both.isEmpty(), qPrintable(m_nodes[1].error));
    const Reply two = site.node->get("/v1/info?with=catalogue", both);
    QVERIFY2(two.status == 200, qPrintable(two.describe()));
    QVERIFY(!two.json.contains(QLatin1String("catalogue")));
    const Reply declared = site.node->get("/v1/info?purpose=quality&with=catalogue", both);
    QVERIFY2(declared.status == 200, qPrintable(declared.describe()));
    QVERIFY(declared.json.contains(QLatin1String("catalogue")));
}

QTEST_GUILESS_MAIN(tst_RequestFlowSites8)
#include "tst_requestflow_sites8.moc"

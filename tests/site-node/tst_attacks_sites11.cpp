// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16, branch `sites11`: requests in one batch (POST /v1/batch, capability "batch";
// docs/protocol.md "Requests in one batch"), against three real fairstart-node processes that
// pinned each other, the test as the client and relay (studyrelay.h). A batch runs each part as
// the request it is — the same handler, checks, release gate and audit entry — in order, and
// stops at the first part not answered 2xx. The attacks a hostile client would try with it:
// - a forged part (an evaluation of a study the node never saw converge) followed by the site
//   fit that ends the model's job: the forged part is refused as alone, the site fit is not run
//   and the job stays open;
// - parts out of the study's flow (descriptives, evaluations, info, checks, a DELETE's path, a
//   nested batch, a relay to a path that takes none): the whole batch is refused, nothing runs;
// - malformed frames (cut short, no parts, too many, trailing bytes, another magic, another
//   media type or method): refused, nothing runs;
// - a token the node does not know: every part is refused as alone (401), nothing runs;
// - the same part twice, or the whole batch again: what the same requests sent one after the
//   other get (the site fit's stored answer; the study already opened is refused).
#include "fairstart/protocol/batchcodec.h"
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
using protocol::BatchAnswer;
using protocol::BatchPart;
using testsupport::auditLinesOf;
using testsupport::demoDesign;
using testsupport::NodeProcess;
using testsupport::Reply;
using testsupport::StudySite;

class tst_AttacksSites11 : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void infoListsBatch();
    void batchRunsEachPartAsItsRequest();
    void forgedPartStopsTheBatch();
    void onlyStudyStepsInABatch();
    void malformedBatchRunsNothing();
    void unknownTokenRunsNothing();
    void repeatsGetWhatRepeatsGet();
    void lastRoundCarriesTheEvaluationAndTheSiteFit();
    void evaluationBeforeItsRoundIsRefused();
    void forgedRoundRunsNothingAfterIt();

private:
    std::vector<StudySite *> all() { return { &m_sites[0], &m_sites[1], &m_sites[2] }; }
    QList<protocol::StudyParticipant> participants()
    {
        return { testsupport::participantOf(m_sites[0]), testsupport::participantOf(m_sites[1]),
                 testsupport::participantOf(m_sites[2]) };
    }
    // A new model study run to convergence at every node; its hash.
    QString converge();
    protocol::StudyManifest evaluationOf(const QString &fitted);
    QString jobState(const StudySite &site, const QString &jobId);
    Reply sendBatch(const StudySite &site, const QByteArray &body, const QString &token = {},
                    const char *contentType = protocol::kBatchContentType);
    QList<BatchAnswer> answersOf(const Reply &reply);
    // A new model study relayed up to its last round (the attestation, round `rounds` of the
    // first study of the same design): the relay of that round in *last.
    bool toLastRound(protocol::StudyManifest *manifest, protocol::RoundRelay *last);
    int m_rounds = 0; // the rounds of a model study of the demo design (its last: attestations)

    QTemporaryDir m_dir;
    NodeProcess m_nodes[3];
    StudySite m_sites[3];
};

namespace {

BatchPart openPart(const protocol::StudyManifest &manifest)
{
    return { "/v1/jobs", false,
             testsupport::body(protocol::toJson(protocol::StudyJobRequest { manifest })) };
}

BatchPart siteFitPart(const QString &jobId, bool endJob = true)
{
    return { "/v1/jobs/" + jobId.toUtf8() + "/site-fit", false,
             QJsonDocument(protocol::toJson(protocol::SiteFitRequest { endJob }))
                 .toJson(QJsonDocument::Compact) };
}

QString codeOf(const BatchAnswer &answer)
{
    return testsupport::replyOf(answer.status, answer.body).code;
}

} // namespace

void tst_AttacksSites11::initTestCase()
{
    const std::vector<NodeProcess *> nodes { &m_nodes[0], &m_nodes[1], &m_nodes[2] };
    VERIFY_NO_ERROR(testsupport::startDemoSites(m_dir, nodes, all(), 111, 2000));
    VERIFY_NO_ERROR(testsupport::serveEachOther(nodes, all()));
}

void tst_AttacksSites11::cleanupTestCase()
{
    for (NodeProcess &node : m_nodes)
        node.stop();
}

QString tst_AttacksSites11::converge()
{
    QString error;
    const protocol::StudyManifest fit = testsupport::makeManifest(demoDesign(), participants());
    if (!testsupport::runStudy(all(), fit, &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    return protocol::studyHash(fit);
}

protocol::StudyManifest tst_AttacksSites11::evaluationOf(const QString &fitted)
{
    protocol::StudyManifest manifest = testsupport::makeManifest(demoDesign(), participants());
    manifest.kind = protocol::JobKind::Evaluation;
    manifest.fittedStudy = fitted;
    manifest.fitNullModel = false;
    return manifest;
}

QString tst_AttacksSites11::jobState(const StudySite &site, const QString &jobId)
{
    const Reply status = site.node->get("/v1/jobs/" + jobId.toStdString(), site.token);
    if (status.status != 200)
        return QStringLiteral("HTTP %1").arg(status.status);
    return status.json.value(QStringLiteral("state")).toString();
}

Reply tst_AttacksSites11::sendBatch(const StudySite &site, const QByteArray &body,
                                    const QString &token, const char *contentType)
{
    return site.node->post("/v1/batch", token.isEmpty() ? site.token : token, body, contentType);
}

QList<BatchAnswer> tst_AttacksSites11::answersOf(const Reply &reply)
{
    QString problem;
    const auto answers = protocol::decodeBatchAnswers(reply.body, &problem);
    if (!answers)
        qWarning("not a batch answer: %s (%s)", qPrintable(problem), qPrintable(reply.describe()));
    return answers.value_or(QList<BatchAnswer>());
}

bool tst_AttacksSites11::toLastRound(protocol::StudyManifest *manifest, protocol::RoundRelay *last)
{
    QString error;
    if (m_rounds == 0) {
        const protocol::StudyManifest first
            = testsupport::makeManifest(demoDesign(), participants());
        const auto run = testsupport::runStudy(all(), first, &error);
        if (!run) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        m_rounds = run->rounds;
        testsupport::closeJobs(all());
    }
    *manifest = testsupport::makeManifest(demoDesign(), participants());
    if (!testsupport::openAndArm(all(), *manifest, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    testsupport::StudyRun run;
    protocol::RoundRelay relay;
    relay.round = 1;
    for (; relay.round < m_rounds; ++relay.round) {
        if (!testsupport::relayToAll(all(), *manifest, relay, &run, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        for (const auto &c : run.last) {
            if (c.contribution.status != protocol::ContributionStatus::Statistics) {
                qWarning("round %d answered '%s' before the last round", relay.round,
                         qPrintable(protocol::contributionStatusId(c.contribution.status)));
                return false;
            }
        }
        relay.previous
            = QList<protocol::SignedContribution>(run.previous.begin(), run.previous.end());
    }
    *last = relay;
    return true;
}

void tst_AttacksSites11::infoListsBatch()
{
    for (const StudySite &site : m_sites)
        QVERIFY(site.info.capabilities.contains(QStringLiteral("batch")));
}

void tst_AttacksSites11::batchRunsEachPartAsItsRequest()
{
    // The client's batch: the evaluation's job, then the site fit that ends the model's job.
    const QString fitted = converge();
    QVERIFY(!fitted.isEmpty());
    const protocol::StudyManifest evaluation = evaluationOf(fitted);
    for (StudySite &site : m_sites) {
        const QString modelJob = site.jobId;
        const Reply reply = sendBatch(
            site, protocol::encodeBatch({ openPart(evaluation), siteFitPart(modelJob) }));
        QVERIFY2(reply.status == 200, qPrintable(reply.describe()));
        const QList<BatchAnswer> answers = answersOf(reply);
        QCOMPARE(answers.size(), 2);
        QCOMPARE(answers[0].status, 201);
        QCOMPARE(answers[1].status, 200);
        const auto created = protocol::fromJson<protocol::JobCreated>(
            QJsonDocument::fromJson(answers[0].body).object());
        QVERIFY(created);
        QCOMPARE(created->study, protocol::studyHash(evaluation));
        const auto fit = protocol::fromJson<protocol::SiteFitResponse>(
            QJsonDocument::fromJson(answers[1].body).object());
        QVERIFY(fit);
        QCOMPARE(fit->study, fitted);
        // The site fit ended the model's job, as alone; the evaluation's job is open.
        QCOMPARE(jobState(site, modelJob), QStringLiteral("cancelled"));
        QCOMPARE(jobState(site, created->jobId), QStringLiteral("open"));
        // The same answer as the site fit alone: an identical repeat gets the stored bytes.
        const Reply alone = site.node->post("/v1/jobs/" + modelJob.toStdString() + "/site-fit",
                                            site.token, siteFitPart(modelJob).body);
        QCOMPARE(alone.status, 200);
        QCOMPARE(alone.body, answers[1].body);
        // One audit entry per part, as alone, each with its place; none for the batch.
        const QStringList evaluationEntries = auditLinesOf(*site.node, created->jobId);
        const QStringList fitEntries
            = auditLinesOf(*site.node, QStringLiteral("\"jobEnded\"")).filter(modelJob);
        QCOMPARE(fitEntries.size(), 1);
        const QJsonObject fitEntry = QJsonDocument::fromJson(fitEntries[0].toUtf8()).object();
        QCOMPARE(fitEntry.value(QLatin1String("batch")).toObject(),
                 (QJsonObject { { QStringLiteral("part"), 2 }, { QStringLiteral("of"), 2 } }));
        QCOMPARE(fitEntry.value(QLatin1String("releasedHash")).toString(),
                 protocol::sha256Hex(answers[1].body));
        bool openedInBatch = false;
        for (const QString &line : evaluationEntries) {
            const QJsonObject entry = QJsonDocument::fromJson(line.toUtf8()).object();
            if (entry.value(QLatin1String("path")).toString() == QLatin1String("/v1/jobs")) {
                QCOMPARE(
                    entry.value(QLatin1String("batch")).toObject(),
                    (QJsonObject { { QStringLiteral("part"), 1 }, { QStringLiteral("of"), 2 } }));
                QCOMPARE(entry.value(QLatin1String("releasedHash")).toString(),
                         protocol::sha256Hex(answers[0].body));
                openedInBatch = true;
            }
        }
        QVERIFY(openedInBatch);
        QVERIFY(auditLinesOf(*site.node, QStringLiteral("\"/v1/batch\"")).isEmpty());
        site.jobId = created->jobId;
        site.manifestSignature = created->manifestSignature;
        site.manifestTags = created->manifestTags;
        site.sumSeeds = created->sumSeeds;
    }
    // The evaluation the batch opened runs as any: armed with the signatures, its one round.
    protocol::SignatureRelay signatures;
    for (const StudySite &site : m_sites)
        signatures.signatures << protocol::ManifestSignature { site.info.name,
                                                               site.manifestSignature };
    std::sort(signatures.signatures.begin(), signatures.signatures.end(),
              [](const auto &a, const auto &b) { return a.site.toUtf8() < b.site.toUtf8(); });
    for (const StudySite &site : m_sites) {
        const Reply armed = testsupport::relaySignatures(site, signatures);
        QVERIFY2(armed.status == 200, qPrintable(armed.describe()));
    }
    testsupport::StudyRun run;
    protocol::RoundRelay relay;
    relay.round = 1;
    QString error;
    QVERIFY2(testsupport::relayToAll(all(), evaluation, relay, &run, &error), qPrintable(error));
    for (const auto &c : run.last)
        QCOMPARE(c.contribution.status, protocol::ContributionStatus::Evaluation);
    testsupport::closeJobs(all());
}

void tst_AttacksSites11::forgedPartStopsTheBatch()
{
    // An evaluation of a study this node never saw converge (a made-up hash), then the site fit
    // that would end the model's job: refused as alone (403), and the site fit is not run.
    const QString fitted = converge();
    QVERIFY(!fitted.isEmpty());
    StudySite &site = m_sites[0];
    const QString modelJob = site.jobId;
    const protocol::StudyManifest forged
        = evaluationOf(QStringLiteral("sha256:") + QString(64, QLatin1Char('a')));
    const Reply reply
        = sendBatch(site, protocol::encodeBatch({ openPart(forged), siteFitPart(modelJob) }));
    QVERIFY2(reply.status == 200, qPrintable(reply.describe()));
    const QList<BatchAnswer> answers = answersOf(reply);
    QCOMPARE(answers.size(), 2);
    QCOMPARE(answers[0].status, 403);
    QCOMPARE(codeOf(answers[0]), QStringLiteral("unknown-fitted-study"));
    const Reply alone = testsupport::openStudy(site, forged);
    QCOMPARE(alone.status, 403);
    QCOMPARE(alone.code, QStringLiteral("unknown-fitted-study"));
    site.jobId = modelJob;
    QCOMPARE(answers[1].status, 424);
    QCOMPARE(codeOf(answers[1]), QStringLiteral("batch-part-not-run"));
    QCOMPARE(jobState(site, modelJob), QStringLiteral("open"));
    QVERIFY(auditLinesOf(*site.node, QStringLiteral("\"jobEnded\"")).filter(modelJob).isEmpty());
    // The same with a part whose body is forged (an end_job that is no boolean): refused with
    // 400 as alone, nothing after it runs.
    const protocol::StudyManifest honest = evaluationOf(fitted);
    BatchPart bad = siteFitPart(modelJob);
    bad.body = R"({"end_job":"yes"})";
    const Reply second
        = sendBatch(site, protocol::encodeBatch({ bad, openPart(honest), siteFitPart(modelJob) }));
    QVERIFY2(second.status == 200, qPrintable(second.describe()));
    const QList<BatchAnswer> secondAnswers = answersOf(second);
    QCOMPARE(secondAnswers.size(), 3);
    QCOMPARE(secondAnswers[0].status, 400);
    QCOMPARE(secondAnswers[1].status, 424);
    QCOMPARE(secondAnswers[2].status, 424);
    QCOMPARE(jobState(site, modelJob), QStringLiteral("open"));
    QVERIFY(auditLinesOf(*site.node, protocol::studyHash(honest)).isEmpty());
    testsupport::closeJobs(all());
}

void tst_AttacksSites11::onlyStudyStepsInABatch()
{
    const QString fitted = converge();
    QVERIFY(!fitted.isEmpty());
    StudySite &site = m_sites[1];
    const QString modelJob = site.jobId;
    protocol::StudyEvaluationRequest plainEvaluation;
    plainEvaluation.purpose = QStringLiteral("research");
    plainEvaluation.jobId = modelJob;
    const QByteArray evaluationBody = testsupport::body(protocol::toJson(plainEvaluation));
    const QList<BatchPart> outside {
        { "/v1/descriptives", false, R"({"purpose":"research","dataset":"cohort"})" },
        { "/v1/evaluations", false, evaluationBody },
        { "/v1/info", false, {} },
        { "/v1/checks", false, openPart(evaluationOf(fitted)).body },
        { "/v1/jobs/" + modelJob.toUtf8(), false, {} },
        { "/v1/batch", false, protocol::encodeBatch({ siteFitPart(modelJob) }) },
        { "/v1/health", false, {} },
        { "/v1/nothere", false, {} },
        { "/v1/jobs", true, openPart(evaluationOf(fitted)).body }, // a relay to a job opening
    };
    const qsizetype before = auditLinesOf(*site.node, QStringLiteral("\"/v1/")).size();
    for (const BatchPart &part : outside) {
        // Behind the site fit that would end the job, and in front of it.
        for (const QList<BatchPart> &parts : { QList<BatchPart> { siteFitPart(modelJob), part },
                                               QList<BatchPart> { part, siteFitPart(modelJob) } }) {
            const Reply reply = sendBatch(site, protocol::encodeBatch(parts));
            QVERIFY2(reply.status == 400,
                     qPrintable(QString::fromUtf8(part.path) + reply.describe()));
            QCOMPARE(reply.code, QStringLiteral("invalid-batch"));
        }
        QCOMPARE(jobState(site, modelJob), QStringLiteral("open"));
    }
    // One entry per refused batch (its own path), none for a part: nothing ran.
    const QStringList after = auditLinesOf(*site.node, QStringLiteral("\"/v1/"));
    QCOMPARE(after.size() - before, 2 * outside.size() + qsizetype(outside.size()));
    QCOMPARE(auditLinesOf(*site.node, QStringLiteral("\"/v1/batch\"")).size(), 2 * outside.size());
    testsupport::closeJobs(all());
}

void tst_AttacksSites11::malformedBatchRunsNothing()
{
    const QString fitted = converge();
    QVERIFY(!fitted.isEmpty());
    StudySite &site = m_sites[2];
    const QString modelJob = site.jobId;
    const QByteArray good = protocol::encodeBatch({ siteFitPart(modelJob) });
    QList<QByteArray> bodies;
    for (qsizetype n = 0; n < good.size(); ++n)
        bodies << good.left(n); // every truncation
    bodies << good + "x"; // a byte after the last part
    QByteArray none = good.left(8);
    none.append(QByteArray(4, '\0')); // no parts
    bodies << none;
    bodies << protocol::encodeBatch({ siteFitPart(modelJob), siteFitPart(modelJob),
                                      siteFitPart(modelJob), siteFitPart(modelJob),
                                      siteFitPart(modelJob) }); // five parts
    QByteArray magic = good;
    magic[7] = '2';
    bodies << magic;
    QByteArray kind = good;
    kind[12] = 2; // an unknown content kind
    bodies << kind;
    QByteArray longPath = good;
    longPath[13] = char(0xff); // a path of 255+ bytes beyond the body
    bodies << longPath;
    for (const QByteArray &body : bodies) {
        const Reply reply = sendBatch(site, body);
        QVERIFY2(reply.status == 400, qPrintable(reply.describe()));
        QCOMPARE(reply.code, QStringLiteral("invalid-batch"));
    }
    // Another media type, another method.
    QCOMPARE(sendBatch(site, good, {}, "application/json").status, 415);
    QCOMPARE(sendBatch(site, good, {}, "application/x-fairstart-relay").status, 415);
    QCOMPARE(site.node->get("/v1/batch", site.token).status, 405);
    QCOMPARE(jobState(site, modelJob), QStringLiteral("open"));
    QVERIFY(auditLinesOf(*site.node, QStringLiteral("\"jobEnded\"")).filter(modelJob).isEmpty());
    testsupport::closeJobs(all());
}

void tst_AttacksSites11::unknownTokenRunsNothing()
{
    const QString fitted = converge();
    QVERIFY(!fitted.isEmpty());
    StudySite &site = m_sites[0];
    const QString modelJob = site.jobId;
    const Reply reply = sendBatch(
        site, protocol::encodeBatch({ siteFitPart(modelJob), openPart(evaluationOf(fitted)) }),
        QStringLiteral("fst_notatoken"));
    QVERIFY2(reply.status == 200, qPrintable(reply.describe()));
    const QList<BatchAnswer> answers = answersOf(reply);
    QCOMPARE(answers.size(), 2);
    QCOMPARE(answers[0].status, 401);
    QCOMPARE(answers[1].status, 424);
    QCOMPARE(jobState(site, modelJob), QStringLiteral("open"));
    testsupport::closeJobs(all());
}

void tst_AttacksSites11::repeatsGetWhatRepeatsGet()
{
    // The same part twice and the same batch twice: what the requests one after the other get.
    const QString fitted = converge();
    QVERIFY(!fitted.isEmpty());
    StudySite &site = m_sites[1];
    const QString modelJob = site.jobId;
    const protocol::StudyManifest evaluation = evaluationOf(fitted);
    const QByteArray body = protocol::encodeBatch({ openPart(evaluation), siteFitPart(modelJob) });
    const QList<BatchAnswer> first = answersOf(sendBatch(site, body));
    QCOMPARE(first.size(), 2);
    QCOMPARE(first[0].status, 201);
    QCOMPARE(first[1].status, 200);
    // Again: the study's job is opened once per node (refused as a second POST /v1/jobs would
    // be), and the site fit after it is not run; alone it gets its stored answer.
    const Reply againAlone = testsupport::openStudy(site, evaluation);
    site.jobId = modelJob;
    const QList<BatchAnswer> again = answersOf(sendBatch(site, body));
    QCOMPARE(again.size(), 2);
    QCOMPARE(again[0].status, againAlone.status);
    QCOMPARE(codeOf(again[0]), againAlone.code);
    if (againAlone.released()) {
        QCOMPARE(again[1].status, 200);
        QCOMPARE(again[1].body, first[1].body);
    } else {
        QCOMPARE(again[1].status, 424);
    }
    const QList<BatchAnswer> twice = answersOf(
        sendBatch(site, protocol::encodeBatch({ siteFitPart(modelJob), siteFitPart(modelJob) })));
    QCOMPARE(twice.size(), 2);
    QCOMPARE(twice[0].status, 200);
    QCOMPARE(twice[0].body, first[1].body);
    QCOMPARE(twice[1].body, first[1].body);
    QCOMPARE(auditLinesOf(*site.node, QStringLiteral("\"jobEnded\"")).filter(modelJob).size(), 1);
    testsupport::closeJobs(all());
}

void tst_AttacksSites11::lastRoundCarriesTheEvaluationAndTheSiteFit()
{
    // The client's batch since sites11: the model study's last round (every node attests the
    // final β), the masked evaluation's job and the site fit that ends the model's job.
    protocol::StudyManifest fit;
    protocol::RoundRelay last;
    QVERIFY(toLastRound(&fit, &last));
    const QString fitted = protocol::studyHash(fit);
    const protocol::StudyManifest evaluation = evaluationOf(fitted);
    for (StudySite &site : m_sites) {
        const QString modelJob = site.jobId;
        const BatchPart round { testsupport::jobPath(site, "/rounds").c_str(), false,
                                testsupport::body(protocol::toJson(last)) };
        const QList<BatchAnswer> answers = answersOf(sendBatch(
            site, protocol::encodeBatch({ round, openPart(evaluation), siteFitPart(modelJob) })));
        QCOMPARE(answers.size(), 3);
        QCOMPARE(answers[0].status, 200);
        const auto attested = protocol::fromJson<protocol::SignedContribution>(
            QJsonDocument::fromJson(answers[0].body).object());
        QVERIFY(attested);
        QCOMPARE(attested->contribution.status, protocol::ContributionStatus::Converged);
        QCOMPARE(answers[1].status, 201);
        QCOMPARE(answers[2].status, 200);
        // Part 1's entry is the round's, as alone (its released hash), at its place; the
        // relay again is refused as it would be alone after the site fit: the job ended.
        bool roundEntry = false;
        for (const QString &line : auditLinesOf(*site.node, modelJob)) {
            const QJsonObject entry = QJsonDocument::fromJson(line.toUtf8()).object();
            if (entry.value(QLatin1String("releasedHash")).toString()
                != protocol::sha256Hex(answers[0].body))
                continue;
            QVERIFY(
                entry.value(QLatin1String("path")).toString().endsWith(QLatin1String("/rounds")));
            QCOMPARE(entry.value(QLatin1String("batch")).toObject(),
                     (QJsonObject { { QStringLiteral("part"), 1 }, { QStringLiteral("of"), 3 } }));
            roundEntry = true;
        }
        QVERIFY(roundEntry);
        const Reply alone = testsupport::relayRound(site, last);
        QVERIFY2(alone.status == 409, qPrintable(alone.describe()));
        QCOMPARE(jobState(site, modelJob), QStringLiteral("cancelled"));
        const auto created = protocol::fromJson<protocol::JobCreated>(
            QJsonDocument::fromJson(answers[1].body).object());
        QVERIFY(created);
        QCOMPARE(jobState(site, created->jobId), QStringLiteral("open"));
        site.jobId = created->jobId;
        site.manifestSignature = created->manifestSignature;
    }
    testsupport::closeJobs(all());
}

void tst_AttacksSites11::evaluationBeforeItsRoundIsRefused()
{
    // Out of order: the evaluation's job in front of the round that converges. The node opens
    // an evaluation only of a study it saw converge: refused (403), and the round after it is
    // not run — the honest batch afterwards converges as ever.
    protocol::StudyManifest fit;
    protocol::RoundRelay last;
    QVERIFY(toLastRound(&fit, &last));
    const protocol::StudyManifest evaluation = evaluationOf(protocol::studyHash(fit));
    StudySite &site = m_sites[0];
    const BatchPart round { testsupport::jobPath(site, "/rounds").c_str(), false,
                            testsupport::body(protocol::toJson(last)) };
    const QList<BatchAnswer> wrong = answersOf(sendBatch(
        site, protocol::encodeBatch({ openPart(evaluation), round, siteFitPart(site.jobId) })));
    QCOMPARE(wrong.size(), 3);
    QCOMPARE(wrong[0].status, 403);
    QCOMPARE(codeOf(wrong[0]), QStringLiteral("unknown-fitted-study"));
    QCOMPARE(wrong[1].status, 424);
    QCOMPARE(wrong[2].status, 424);
    QCOMPARE(jobState(site, site.jobId), QStringLiteral("open"));
    const QList<BatchAnswer> right = answersOf(sendBatch(
        site, protocol::encodeBatch({ round, openPart(evaluation), siteFitPart(site.jobId) })));
    QCOMPARE(right.size(), 3);
    QCOMPARE(right[0].status, 200);
    QCOMPARE(right[1].status, 201);
    QCOMPARE(right[2].status, 200);
    testsupport::closeJobs(all());
}

void tst_AttacksSites11::forgedRoundRunsNothingAfterIt()
{
    // A forged last round (the relayed contributions reordered; then one of them changed): the
    // node refuses it as alone (409, the study ends), and neither the evaluation's job nor the
    // site fit after it runs.
    for (int forgery = 0; forgery < 2; ++forgery) {
        protocol::StudyManifest fit;
        protocol::RoundRelay last;
        QVERIFY(toLastRound(&fit, &last));
        const protocol::StudyManifest evaluation = evaluationOf(protocol::studyHash(fit));
        StudySite &site = m_sites[1 + forgery];
        protocol::RoundRelay forged = last;
        if (forgery == 0)
            std::reverse(forged.previous.begin(), forged.previous.end());
        else
            forged.previous[0].contribution.betaHash
                = QStringLiteral("sha256:") + QString(64, QLatin1Char('0'));
        const BatchPart round { testsupport::jobPath(site, "/rounds").c_str(), false,
                                testsupport::body(protocol::toJson(forged)) };
        const QList<BatchAnswer> answers = answersOf(sendBatch(
            site, protocol::encodeBatch({ round, openPart(evaluation), siteFitPart(site.jobId) })));
        QCOMPARE(answers.size(), 3);
        QCOMPARE(answers[0].status, 409);
        QCOMPARE(answers[1].status, 424);
        QCOMPARE(answers[2].status, 424);
        QVERIFY(auditLinesOf(*site.node, protocol::studyHash(evaluation)).isEmpty());
        QVERIFY(
            auditLinesOf(*site.node, QStringLiteral("\"jobEnded\"")).filter(site.jobId).isEmpty());
        // Alone, the same forged relay gets the same refusal's code.
        const Reply alone = testsupport::relayRound(site, forged);
        QCOMPARE(alone.status, 409);
        testsupport::closeJobs(all());
    }
}

QTEST_GUILESS_MAIN(tst_AttacksSites11)
#include "tst_attacks_sites11.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The thirteenth independent review (branch `review13`, docs/privacy-rules.md, "The thirteenth
// independent review"): what an answer after the design's rules passed tells when the ledger was
// not asked, alone and in one request batch. Each attack as a hostile client would send it to a
// real fairstart-node over TLS, against synthetic datasets in two worlds that differ in one
// planted value; the node on its default policy, and a second node whose administrator refuses
// a study one site away from an earlier one (single_site_difference = 0, the stricter choice).
#include "attacksupport.h"
#include "nodeprocess.h"
#include "peering.h"
#include "poissonlprows.h"
#include "studyrelay.h"

#include "fairstart/protocol/batchcodec.h"
#include "fairstart/protocol/codec.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <string>

using namespace fairstart;
using namespace testsupport::attacks;
using protocol::BatchAnswer;
using protocol::BatchPart;
using testsupport::NodeProcess;
using testsupport::Reply;

namespace {

// The twelfth review's records (placesBAndCCsv), her y `targetY`: events-per-parameter (10 per
// parameter, the rarer class) at p = 4 is the line between place B without her and with her.
QByteArray plantedCsv(int targetY)
{
    return placesBAndCCsv(710000, 20, targetY);
}

// y ~ score + z over place B: its complete cases are place B without her (p = 3: 39 events pass
// events-per-parameter in both worlds, so the job opens and the cohort is released).
analysis::ResolvedDesign withoutHerOpens()
{
    return design("y", analysis::Family::Binomial, { asIs("score"), asIs("z") },
                  { among("place", { "B" }) });
}

// y ~ score + z + sex over place B: without her, p = 4 (39 events: refused
// events-per-parameter in both worlds).
analysis::ResolvedDesign withoutHerRefused()
{
    return design("y", analysis::Family::Binomial, { asIs("score"), asIs("z"), factor("sex") },
                  { among("place", { "B" }) });
}

// y ~ score + c + sex over place B: with her, p = 4 (39 + y events).
analysis::ResolvedDesign withHer()
{
    return design("y", analysis::Family::Binomial, { asIs("score"), asIs("c"), factor("sex") },
                  { among("place", { "B" }) });
}

BatchPart openPart(const protocol::StudyManifest &manifest)
{
    return { "/v1/jobs", false,
             testsupport::body(protocol::toJson(protocol::StudyJobRequest { manifest })) };
}

} // namespace

class tst_AttacksReview13 : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    // Rule 1: a job whose design rules pass, refused afterwards by a rule of the request alone
    // (the participant set one site from an earlier study's, on a node that refuses that). The
    // ledger was asked only after that rule, so the refusal named the pass on a cohort the ledger
    // refuses: after an opened job over place B without her, the job over place B with her got
    // single-site-difference when her y = 1 (40 events pass p = 4) and differencing when it is 0
    // (events-per-parameter refused, then the ledger). Alone and as the second part of a batch.
    void passedRulesThenParticipantSet();
    // Rule 1, the batch: the twelfth review's attack (a refused job over place B without her,
    // then the job over place B with her) with both jobs in one batch, then the second alone in
    // a batch: the parts answer as alone, the same in both worlds.
    void batchedRefusalFirst();
    // Honest: on the node that refuses a single-site difference, a study of one site after a
    // study of two is refused with that rule, then the same design with both sites opens.
    void honestParticipantSetThenJob();

private:
    Reply sendBatch(const NodeProcess &node, const QString &token, const QList<BatchPart> &parts);
    QList<BatchAnswer> answersOf(const Reply &reply);
    protocol::StudyManifest manifestOn(const QString &dataset, const analysis::ResolvedDesign &d,
                                       bool withColluder) const;
    void deleteJob(NodeProcess &node, const QString &token, const QByteArray &created);

    QTemporaryDir m_dir;
    QString m_schema;
    NodeProcess m_node; // the default policy
    NodeProcess m_strict; // single_site_difference = 0
    protocol::StudyParticipant m_strictSelf; // the strict node as a participant
    std::map<QString, QString> m_tokens; // the default node's
    std::map<QString, QString> m_strictTokens;
};

void tst_AttacksReview13::initTestCase()
{
    VERIFY_NO_ERROR(startAttackedNode(m_node, m_dir, QStringLiteral("review13 node")));
    m_schema = m_dir.filePath(QStringLiteral("review13.schema.json"));
    VERIFY_NO_ERROR(writeSetupFile(m_schema, poissonLpSchema()));
    for (int y : { 0, 1 })
        VERIFY_NO_ERROR(importCsvText(m_node, m_dir, QStringLiteral("batchfirst%1").arg(y),
                                      plantedCsv(y), m_schema));
    VERIFY_NO_ERROR(researchTokens(m_node, { "ann", "eve" }, m_tokens));
    VERIFY_NO_ERROR(serveWithColluder(m_node, m_tokens[QStringLiteral("ann")]));

    // The second node: its administrator refuses a study one site from an earlier one.
    VERIFY_NO_ERROR(initNode(m_strict, m_dir.filePath(QStringLiteral("strict")),
                             QStringLiteral("review13 strict node"),
                             { kShareRecords, { "single_site_difference", "0" } }));
    for (int y : { 0, 1 }) {
        for (const char *prefix : { "alone", "batch" })
            VERIFY_NO_ERROR(importCsvText(
                m_strict, m_dir, QStringLiteral("strict%1%2").arg(QLatin1String(prefix)).arg(y),
                plantedCsv(y), m_schema));
    }
    VERIFY_NO_ERROR(
        importCsvText(m_strict, m_dir, QStringLiteral("stricthonest"), plantedCsv(1), m_schema));
    VERIFY_NO_ERROR(researchTokens(m_strict, { "ann", "eve" }, m_strictTokens));
    QVERIFY2(testsupport::pinFake(m_strict, colluder()) && m_strict.serve(),
             qPrintable(m_strict.error));
    testsupport::StudySite site { &m_strict, m_strictTokens[QStringLiteral("ann")], {}, {}, {}, {},
                                  {} };
    QString error;
    QVERIFY2(testsupport::fetchInfo(site, &error), qPrintable(error));
    m_strictSelf = testsupport::participantOf(site);
}

void tst_AttacksReview13::cleanupTestCase()
{
    m_strict.stop();
    m_node.stop();
    printOutcomes();
}

void tst_AttacksReview13::cleanup()
{
    VERIFY_NO_ERROR(takeFailures());
}

Reply tst_AttacksReview13::sendBatch(const NodeProcess &node, const QString &token,
                                     const QList<BatchPart> &parts)
{
    return node.post("/v1/batch", token, protocol::encodeBatch(parts), protocol::kBatchContentType);
}

QList<BatchAnswer> tst_AttacksReview13::answersOf(const Reply &reply)
{
    QString problem;
    const auto answers = protocol::decodeBatchAnswers(reply.body, &problem);
    if (!answers)
        qWarning("not a batch answer: %s (%s)", qPrintable(problem), qPrintable(reply.describe()));
    return answers.value_or(QList<BatchAnswer>());
}

// A study of the strict node alone, or of it and the colluder, on `dataset`.
protocol::StudyManifest tst_AttacksReview13::manifestOn(const QString &dataset,
                                                        const analysis::ResolvedDesign &d,
                                                        bool withColluder) const
{
    QList<protocol::StudyParticipant> participants { m_strictSelf };
    if (withColluder)
        participants.append(colluder().participant());
    protocol::StudyManifest m
        = testsupport::makeManifest(d, participants, {}, QStringLiteral("plain"));
    m.dataset = dataset;
    return m;
}

// The job an answer opened (201), deleted; nothing when none opened.
void tst_AttacksReview13::deleteJob(NodeProcess &node, const QString &token,
                                    const QByteArray &created)
{
    const auto job
        = protocol::fromJson<protocol::JobCreated>(QJsonDocument::fromJson(created).object());
    if (job && !job->jobId.isEmpty())
        (void)node.del("/v1/jobs/" + job->jobId.toStdString(), token);
}

void tst_AttacksReview13::passedRulesThenParticipantSet()
{
    const QString &token = m_strictTokens[QStringLiteral("eve")];
    QStringList open;
    for (const bool batched : { false, true }) {
        const QString attack
            = QStringLiteral("%1: the job of y ~ score + z over place B with the colluder (without "
                             "her: opened, its cohort released), then the job of y ~ score + c + "
                             "sex over place B (with her) of this node alone, one site from the "
                             "first")
                  .arg(batched ? QStringLiteral("in one batch") : QStringLiteral("alone"));
        std::map<int, QString> second;
        QStringList answers;
        for (int y : { 0, 1 }) {
            const QString dataset
                = QStringLiteral("strict%1%2")
                      .arg(batched ? QStringLiteral("batch") : QStringLiteral("alone"))
                      .arg(y);
            const protocol::StudyManifest first = manifestOn(dataset, withoutHerOpens(), true);
            const protocol::StudyManifest then = manifestOn(dataset, withHer(), false);
            BatchAnswer a, b;
            if (batched) {
                const Reply reply = sendBatch(m_strict, token, { openPart(first), openPart(then) });
                const QList<BatchAnswer> parts = answersOf(reply);
                QVERIFY2(reply.status == 200 && parts.size() == 2, qPrintable(reply.describe()));
                a = parts[0];
                b = parts[1];
            } else {
                const Reply r1 = m_strict.post(
                    "/v1/jobs", token,
                    testsupport::body(protocol::toJson(protocol::StudyJobRequest { first })));
                const Reply r2 = m_strict.post(
                    "/v1/jobs", token,
                    testsupport::body(protocol::toJson(protocol::StudyJobRequest { then })));
                a = { r1.status, r1.body };
                b = { r2.status, r2.body };
            }
            deleteJob(m_strict, token, a.body);
            deleteJob(m_strict, token, b.body);
            qInfo("  her y = %d: %s; %s", y, qPrintable(QString::fromUtf8(a.body.left(160))),
                  qPrintable(QString::fromUtf8(b.body.left(240))));
            // The attack needs the cohort without her opened (released) in both worlds.
            QCOMPARE(a.status, 201);
            second[y] = answerRead(b);
            answers
                << QStringLiteral("her y = %1: %2, then %3").arg(y).arg(answerRead(a), second[y]);
        }
        if (second[0] != second[1]) {
            stillWorks(attack, answers.join(QStringLiteral("; ")) + QStringLiteral(": her y"));
            open << attack;
        } else {
            note(attack, QStringLiteral("closed: ") + answers.join(QStringLiteral("; ")));
        }
    }
    QVERIFY2(open.isEmpty(), qPrintable(open.join(QStringLiteral("; "))));
}

void tst_AttacksReview13::batchedRefusalFirst()
{
    const QString &token = m_tokens[QStringLiteral("eve")];
    const QString attack
        = QStringLiteral("one batch: the job of y ~ score + z + sex over place B (without her: "
                         "refused events-per-parameter), then the job of y ~ score + c + sex over "
                         "place B (with her); then that job alone in a batch");
    std::map<int, QString> observed;
    QStringList answers;
    for (int y : { 0, 1 }) {
        const QString dataset = QStringLiteral("batchfirst%1").arg(y);
        const Reply both = sendBatch(m_node, token,
                                     { openPart(manifestFor(dataset, withoutHerRefused())),
                                       openPart(manifestFor(dataset, withHer())) });
        const QList<BatchAnswer> parts = answersOf(both);
        QVERIFY2(both.status == 200 && parts.size() == 2, qPrintable(both.describe()));
        const Reply alone = sendBatch(m_node, token, { openPart(manifestFor(dataset, withHer())) });
        const QList<BatchAnswer> last = answersOf(alone);
        QVERIFY2(alone.status == 200 && last.size() == 1, qPrintable(alone.describe()));
        for (const BatchAnswer &answer : { parts[0], parts[1], last[0] })
            deleteJob(m_node, token, answer.body);
        qInfo("  her y = %d: %s; %s; %s", y, qPrintable(answerRead(parts[0])),
              qPrintable(answerRead(parts[1])), qPrintable(answerRead(last[0])));
        // The first part refused by the count rule in both worlds, the second not run.
        QCOMPARE(replyOf(parts[0]).code, QStringLiteral("events-per-parameter"));
        QCOMPARE(parts[1].status, 424);
        QCOMPARE(replyOf(parts[1]).code, QStringLiteral("batch-part-not-run"));
        observed[y] = QStringLiteral("%1, %2, then %3")
                          .arg(answerRead(parts[0]), answerRead(parts[1]), answerRead(last[0]));
        answers << QStringLiteral("her y = %1: %2").arg(y).arg(observed[y]);
    }
    if (observed[0] != observed[1])
        stillWorks(attack, answers.join(QStringLiteral("; ")) + QStringLiteral(": her y"));
    else
        note(attack, QStringLiteral("closed: ") + answers.join(QStringLiteral("; ")));
    QCOMPARE(observed[0], observed[1]);
}

void tst_AttacksReview13::honestParticipantSetThenJob()
{
    // Place C, a dataset of its own: a study with the colluder, then the same design at this
    // node alone (one site away: refused by the policy's rule, whose message says what to do),
    // then the same design with the colluder again (opened: the same cohort as the first).
    const QString &token = m_strictTokens[QStringLiteral("ann")];
    const QString dataset = QStringLiteral("stricthonest");
    const auto d = design("y", analysis::Family::Binomial,
                          { asIs("score"), asIs("c"), factor("sex") }, { among("place", { "C" }) });
    auto open = [&](bool withColluder) {
        const Reply r = m_strict.post("/v1/jobs", token,
                                      testsupport::body(protocol::toJson(protocol::StudyJobRequest {
                                          manifestOn(dataset, d, withColluder) })));
        deleteJob(m_strict, token, r.body);
        return r;
    };
    const Reply both = open(true);
    QVERIFY2(both.status == 201, qPrintable(both.describe()));
    const Reply alone = open(false);
    QCOMPARE(alone.code, QStringLiteral("single-site-difference"));
    const Reply again = open(true);
    QVERIFY2(again.status == 201, qPrintable(again.describe()));
    note(QStringLiteral("honest: a study with the colluder over place C, the same design at this "
                        "node alone, then with the colluder again"),
         QStringLiteral("opened, single-site-difference, opened"));
}

QTEST_MAIN(tst_AttacksReview13)
#include "tst_attacks_review13.moc"

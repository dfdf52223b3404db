// SPDX-License-Identifier: GPL-3.0-or-later
// The fourteenth independent review (branch `review14`, docs/privacy-rules.md, "review14"): what
// a job's (or a dry run's) refusal by the dominance rule inside its cohort tells when it is
// recorded nowhere. Each attack as a hostile client would send it to a real fairstart-node over
// TLS on its default policy, against synthetic datasets in two worlds that differ only in one
// planted record's value; alone, as a dry run and in request batches.
#include "attacksupport.h"
#include "nodeprocess.h"
#include "poissonlprows.h"

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

// The site's two largest scores (in place C): far enough out that they would carry more than
// 90 % of place B's spread of score about its mean if they were in it, not so far that they
// carry 90 % of the whole dataset's (place C's scores spread over 150-450).
constexpr int kSiteExtreme = 1200;
// Place B's two largest scores: a cohort's own two largest and two smallest values are judged
// in it and out of it, like the site's, so her score counts in the cohort's spread only below
// these two.
constexpr int kAnchor = 440;

// The twelfth review's records (placesBAndCCsv) with other scores: place B's 198 spread evenly
// over 43-157 (mean 100) and two at kAnchor, place C's 198 over 150-450, and the site's two
// extremes (kSiteExtreme) in place C. Her y is 1 and her score `targetScore`. Place B's complete
// cases of z are place B without her: refused `dominance` (the extremes would carry > 90 % of its
// spread) whatever her score. Place B with her is refused as well when her score is 100 (it adds
// nothing to the spread), and passes when it is 400: her record alone lifts the cohort's spread
// above the line.
QByteArray plantedCsv(int targetScore)
{
    return placesBAndCCsv(720000, targetScore, 1, [](int j) {
        if (j < 200)
            return j >= 198 ? kAnchor : 100 + (j * 37) % 115 - 57;
        return j >= 398 ? kSiteExtreme : 150 + (j * 53) % 301;
    });
}

// y ~ score + z over place B: its complete cases are place B without her.
analysis::ResolvedDesign withoutHer()
{
    return design("y", analysis::Family::Binomial, { asIs("score"), asIs("z") },
                  { among("place", { "B" }) });
}

// y ~ score over place B: with her.
analysis::ResolvedDesign withHer()
{
    return design("y", analysis::Family::Binomial, { asIs("score") }, { among("place", { "B" }) });
}

// The attack of each way of asking, as the outcome table names it.
QString attackOf(const QString &way)
{
    if (way == QLatin1String("jobdesc"))
        return QStringLiteral("the job of y ~ score + z over place B (without her: refused "
                              "dominance), then a description of score over place B (with her)");
    if (way == QLatin1String("descjob"))
        return QStringLiteral("a description of score over place B's complete cases of z (without "
                              "her: refused dominance), then the job of y ~ score over place B "
                              "(with her)");
    const QString asked = way == QLatin1String("dry") ? QStringLiteral("a dry run")
        : way == QLatin1String("batch")               ? QStringLiteral("in batches: the job")
                                                      : QStringLiteral("the job");
    return QStringLiteral("%1 of y ~ score + z over place B (without her: refused dominance), "
                          "then of y ~ score over place B (with her)")
        .arg(asked);
}

BatchPart openPart(const QString &dataset, const analysis::ResolvedDesign &d)
{
    return { "/v1/jobs", false, jobBody(dataset, d) };
}

} // namespace

class tst_AttacksReview14 : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    // Rule 1: a job (or a dry run) over place B without her, refused by the dominance rule
    // inside its cohort in both worlds, then the same over place B with her. The first refusal
    // was recorded nowhere (the ledger asked read-only), so the second met a ledger that held
    // neither cohort: `dominance` when her score adds nothing to the spread, opened when it
    // does: her score. As jobs, as dry runs (POST /v1/checks), as jobs in request batches, and
    // as a job refused then a description (a description refused first is the twelfth review's
    // guard: it records its cohort).
    void dominanceRefusalFirstThenTheCohortWithHer();
    // Rule 1: what a dry run's pass and an opened job's answer say besides "passed" (the rules
    // checked with their thresholds, the terms, the cohort's size and flow) over a cohort with her
    // that passes in both worlds: the same in both, but for the study's hash, ids and signatures.
    void passedAnswersNameNoValue();
    // Honest: a job over a cohort the dominance rule refuses, then a job over a cohort that
    // holds it and many more records (places B and C) opens, and a dry run of it passes.
    void honestDominanceRefusalThenLargerCohort();

private:
    Reply sendBatch(const QString &token, const QList<BatchPart> &parts);
    void deleteJob(const QString &token, const QByteArray &created);

    QTemporaryDir m_dir;
    NodeProcess m_node;
    std::map<QString, QString> m_tokens;
};

void tst_AttacksReview14::initTestCase()
{
    VERIFY_NO_ERROR(startAttackedNode(m_node, m_dir, QStringLiteral("review14 node")));
    const QString schema = m_dir.filePath(QStringLiteral("review14.schema.json"));
    VERIFY_NO_ERROR(writeSetupFile(schema, poissonLpSchema()));
    for (const int score : { 100, 400 }) {
        for (const char *prefix : { "job", "dry", "batch", "jobdesc", "descjob" })
            VERIFY_NO_ERROR(importCsvText(
                m_node, m_dir, QStringLiteral("%1%2").arg(QLatin1String(prefix)).arg(score),
                plantedCsv(score), schema));
    }
    for (const int score : { 100, 400 })
        VERIFY_NO_ERROR(importCsvText(m_node, m_dir, QStringLiteral("pass%1").arg(score),
                                      plantedCsv(score), schema));
    VERIFY_NO_ERROR(
        importCsvText(m_node, m_dir, QStringLiteral("honest"), plantedCsv(400), schema));
    VERIFY_NO_ERROR(researchTokens(m_node, { "ann", "eve" }, m_tokens));
    VERIFY_NO_ERROR(serveWithColluder(m_node, m_tokens[QStringLiteral("ann")]));
}

void tst_AttacksReview14::cleanupTestCase()
{
    m_node.stop();
    printOutcomes();
}

void tst_AttacksReview14::cleanup()
{
    VERIFY_NO_ERROR(takeFailures());
}

Reply tst_AttacksReview14::sendBatch(const QString &token, const QList<BatchPart> &parts)
{
    return m_node.post("/v1/batch", token, protocol::encodeBatch(parts),
                       protocol::kBatchContentType);
}

// The job an answer opened (201), deleted; nothing when none opened.
void tst_AttacksReview14::deleteJob(const QString &token, const QByteArray &created)
{
    const auto job
        = protocol::fromJson<protocol::JobCreated>(QJsonDocument::fromJson(created).object());
    if (job && !job->jobId.isEmpty())
        (void)m_node.del("/v1/jobs/" + job->jobId.toStdString(), token);
}

void tst_AttacksReview14::dominanceRefusalFirstThenTheCohortWithHer()
{
    const QString &token = m_tokens[QStringLiteral("eve")];
    QStringList open;
    for (const char *way : { "job", "dry", "batch", "jobdesc", "descjob" }) {
        const QString prefix = QLatin1String(way);
        const QString attack = attackOf(prefix);
        std::map<int, QString> second;
        QStringList answers;
        for (const int score : { 100, 400 }) {
            const QString dataset = prefix + QString::number(score);
            Reply first, then;
            if (prefix == QLatin1String("batch")) {
                // Both jobs in one batch (the first refused, the second not run), then the
                // second alone in a batch.
                const Reply both = sendBatch(
                    token, { openPart(dataset, withoutHer()), openPart(dataset, withHer()) });
                QString problem;
                const auto parts = protocol::decodeBatchAnswers(both.body, &problem);
                QVERIFY2(both.status == 200 && parts && parts->size() == 2,
                         qPrintable(both.describe() + problem));
                QCOMPARE((*parts)[1].status, 424);
                const Reply alone = sendBatch(token, { openPart(dataset, withHer()) });
                const auto last = protocol::decodeBatchAnswers(alone.body, &problem);
                QVERIFY2(alone.status == 200 && last && last->size() == 1,
                         qPrintable(alone.describe() + problem));
                first = replyOf((*parts)[0]);
                then = replyOf((*last)[0]);
            } else if (prefix == QLatin1String("jobdesc") || prefix == QLatin1String("descjob")) {
                // A job and a description of score, one over place B without her, the other over
                // place B with her.
                const bool jobFirst = prefix == QLatin1String("jobdesc");
                Describe d { dataset,
                             QStringLiteral("research"),
                             { among("place", { "B" }) },
                             {},
                             { variable(QStringLiteral("score")) },
                             {} };
                if (jobFirst) {
                    first = m_node.post("/v1/jobs", token, jobBody(dataset, withoutHer()));
                    then = m_node.post("/v1/descriptives", token, describeBody(d));
                } else {
                    d.completeCases = { QStringLiteral("z") };
                    first = m_node.post("/v1/descriptives", token, describeBody(d));
                    then = m_node.post("/v1/jobs", token, jobBody(dataset, withHer()));
                }
            } else {
                const char *path = prefix == QLatin1String("dry") ? "/v1/checks" : "/v1/jobs";
                first = m_node.post(path, token, jobBody(dataset, withoutHer()));
                then = m_node.post(path, token, jobBody(dataset, withHer()));
            }
            deleteJob(token, first.body);
            deleteJob(token, then.body);
            qInfo("  her score = %d: %s; %s", score, qPrintable(answerRead(first)),
                  qPrintable(QString::fromUtf8(then.body.left(200))));
            // The attack needs the cohort without her refused by the dominance rule in both
            // worlds.
            QCOMPARE(first.code, QStringLiteral("dominance"));
            second[score] = answerRead(then);
            answers << QStringLiteral("her score = %1: %2, then %3")
                           .arg(score)
                           .arg(answerRead(first), second[score]);
        }
        if (second[100] != second[400]) {
            stillWorks(attack, answers.join(QStringLiteral("; ")) + QStringLiteral(": her score"));
            open << attack;
        } else {
            note(attack, QStringLiteral("closed: ") + answers.join(QStringLiteral("; ")));
        }
    }
    QVERIFY2(open.isEmpty(), qPrintable(open.join(QStringLiteral("; "))));
}

void tst_AttacksReview14::passedAnswersNameNoValue()
{
    const QString &token = m_tokens[QStringLiteral("eve")];
    const QString attack = QStringLiteral(
        "a dry run, then the job, of y ~ score + c + sex over every record (with her): the "
        "answers' rules, thresholds, terms and counts in the two worlds");
    const auto d
        = design("y", analysis::Family::Binomial, { asIs("score"), asIs("c"), factor("sex") }, {});
    // What depends on the request's dataset name or is random: the study's hash, the job's id,
    // the node's signature of the manifest.
    auto normalised = [](const Reply &r) {
        QJsonObject o = r.json;
        for (const char *key :
             { "study", "job_id", "manifest_signature", "manifest_tags", "sum_seeds" })
            o.remove(QLatin1String(key));
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    };
    std::map<int, QString> seen;
    for (const int score : { 100, 400 }) {
        const QString dataset = QStringLiteral("pass%1").arg(score);
        const Reply dry = m_node.post("/v1/checks", token, jobBody(dataset, d));
        const Reply opened = m_node.post("/v1/jobs", token, jobBody(dataset, d));
        deleteJob(token, opened.body);
        QVERIFY2(dry.released(), qPrintable(dry.describe()));
        QVERIFY2(opened.status == 201, qPrintable(opened.describe()));
        seen[score] = normalised(dry) + QStringLiteral(" | ") + normalised(opened);
        qInfo("  her score = %d: %s", score, qPrintable(seen[score].left(400)));
    }
    if (seen[100] != seen[400])
        stillWorks(attack, QStringLiteral("the answers differ: her score"));
    else
        note(attack, QStringLiteral("the same in both worlds"));
    QCOMPARE(seen[100], seen[400]);
}

void tst_AttacksReview14::honestDominanceRefusalThenLargerCohort()
{
    const QString &token = m_tokens[QStringLiteral("ann")];
    const QString dataset = QStringLiteral("honest");
    const Reply refused = m_node.post("/v1/jobs", token, jobBody(dataset, withoutHer()));
    deleteJob(token, refused.body);
    QCOMPARE(refused.code, QStringLiteral("dominance"));
    const auto everyone = design("y", analysis::Family::Binomial, { asIs("score") }, {});
    const Reply dry = m_node.post("/v1/checks", token, jobBody(dataset, everyone));
    QVERIFY2(dry.released(), qPrintable(dry.describe()));
    const Reply opened = m_node.post("/v1/jobs", token, jobBody(dataset, everyone));
    deleteJob(token, opened.body);
    QVERIFY2(opened.status == 201, qPrintable(opened.describe()));
    note(QStringLiteral("honest: a job over place B (refused dominance), then a dry run and the "
                        "job over places B and C"),
         QStringLiteral("dominance, passed, opened"));
}

QTEST_MAIN(tst_AttacksReview14)
#include "tst_attacks_review14.moc"

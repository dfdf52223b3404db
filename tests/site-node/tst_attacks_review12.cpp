// SPDX-License-Identifier: GPL-3.0-or-later
// The twelfth independent review (branch `review12`, docs/privacy-rules.md, "The twelfth
// independent review"): what a verdict on a cohort that nothing recorded tells. Each attack as a
// hostile client would send it to a real fairstart-node over TLS on its default policy, against
// synthetic datasets in two worlds that differ in one planted value.
#include "attacksupport.h"
#include "nodeprocess.h"
#include "poissonlprows.h"
#include "studyrelay.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <string>

using namespace fairstart;
using namespace testsupport::attacks;
using testsupport::NodeProcess;
using testsupport::Reply;

namespace {

// placesBAndCCsv: her score is 20 and her y `targetY`. Events-per-parameter (10 per parameter,
// the rarer class) at p = 4 is the line between place B without her (39) and with her (39 + y).
QByteArray refusalFirstCsv(int targetY)
{
    return placesBAndCCsv(700000, 20, targetY);
}

// 400 records of places B and C; c is recorded for every record of place C and for exactly nine
// of place B besides the target (a girl of place B, the one record without z), who has c = 2
// when `hasC`, none otherwise. Over place B's complete cases of z (place B without her) c has 9
// values whatever she has; over place B, 9 + hasC.
QByteArray describeFirstCsv(bool hasC)
{
    QByteArray out = "record_id,sex,place,score,z,c,y,consent_research\n";
    for (int j = 0; j < 400; ++j) {
        const bool placeB = j < 200;
        const bool withC = !placeB || (j % 20 == 3 && j < 180);
        out += csvLineOf({ std::to_string(800000 + j), j % 2 ? "male" : "female",
                           placeB ? "B" : "C", std::to_string((j * 13) % 41),
                           std::to_string((j * 7) % 23),
                           withC ? std::to_string(1 + (j / 3) % 3) : std::string(),
                           std::to_string(j % 3 == 0 ? 1 : 0), "1" });
    }
    out += csvLineOf({ "800400", "female", "B", "20", "", hasC ? "2" : "", "0", "1" });
    return out;
}

} // namespace

class tst_AttacksReview12 : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    // Rule 1: a design rule's refusal first, then the cohort one record larger. A refused job
    // (or a dry run) recorded nothing in the ledger, so the second cohort was judged afresh, and
    // events-per-parameter, whose threshold the request sets, told whether her y is 1.
    void refusalFirstThenTheCohortWithHer();
    // Rule 1: the same with a description: c over place B's complete cases of z refused min-cell
    // (9 values), then c over place B, which told whether she has a c.
    void describedRefusalFirstThenTheCohortWithHer();
    // Honest: a dry run, then the job of the same design, then the dry run again.
    void honestDryRunThenJob();

private:
    QTemporaryDir m_dir;
    QString m_schema;
    NodeProcess m_node;
    std::map<QString, QString> m_tokens;
};

void tst_AttacksReview12::initTestCase()
{
    VERIFY_NO_ERROR(startAttackedNode(m_node, m_dir, QStringLiteral("review12 node")));
    m_schema = m_dir.filePath(QStringLiteral("review12.schema.json"));
    VERIFY_NO_ERROR(writeSetupFile(m_schema, poissonLpSchema()));
    for (int y : { 0, 1 }) {
        const QString dataset = QStringLiteral("refusalfirst%1").arg(y);
        VERIFY_NO_ERROR(importCsvText(m_node, m_dir, dataset, refusalFirstCsv(y), m_schema));
        VERIFY_NO_ERROR(importCsvText(m_node, m_dir, dataset + QStringLiteral("job"),
                                      refusalFirstCsv(y), m_schema));
    }
    for (int has : { 0, 1 })
        VERIFY_NO_ERROR(importCsvText(m_node, m_dir, QStringLiteral("describefirst%1").arg(has),
                                      describeFirstCsv(has != 0), m_schema));
    VERIFY_NO_ERROR(
        importCsvText(m_node, m_dir, QStringLiteral("honest"), refusalFirstCsv(1), m_schema));
    VERIFY_NO_ERROR(researchTokens(m_node, { "ann", "eve" }, m_tokens));
    VERIFY_NO_ERROR(serveWithColluder(m_node, m_tokens[QStringLiteral("ann")]));
}

void tst_AttacksReview12::cleanupTestCase()
{
    m_node.stop();
    printOutcomes();
}

void tst_AttacksReview12::cleanup()
{
    VERIFY_NO_ERROR(takeFailures());
}

void tst_AttacksReview12::refusalFirstThenTheCohortWithHer()
{
    const QString &token = m_tokens[QStringLiteral("eve")];
    // p = 4 both: y ~ score + z + sex (complete cases of z: place B without her) and
    // y ~ score + c + sex (place B with her).
    const auto withoutHer
        = design("y", analysis::Family::Binomial, { asIs("score"), asIs("z"), factor("sex") },
                 { among("place", { "B" }) });
    const auto withHer
        = design("y", analysis::Family::Binomial, { asIs("score"), asIs("c"), factor("sex") },
                 { among("place", { "B" }) });
    auto answerOf = [](const Reply &r) {
        return r.released() ? QStringLiteral("passed") : r.code;
    };
    auto openJob = [&](const QString &dataset, const analysis::ResolvedDesign &d) {
        testsupport::StudySite site { &m_node, token, {}, {}, {}, {}, {} };
        site.info.name = self().name;
        const Reply r = testsupport::openStudy(site, manifestFor(dataset, d));
        if (!site.jobId.isEmpty())
            (void)m_node.del(testsupport::jobPath(site), token);
        return r;
    };
    QStringList open;
    for (const bool dry : { true, false }) {
        const QString attack
            = QStringLiteral("%1 of y ~ score + z + sex over place B (without her: refused "
                             "events-per-parameter), then %1 of y ~ score + c + sex over place B "
                             "(with her)")
                  .arg(dry ? QStringLiteral("a dry run") : QStringLiteral("a job"));
        std::map<int, QString> second;
        QStringList answers;
        for (int y : { 0, 1 }) {
            const QString dataset = QStringLiteral("refusalfirst%1%2")
                                        .arg(y)
                                        .arg(dry ? QString() : QStringLiteral("job"));
            const Reply first = dry ? m_node.post("/v1/checks", token, jobBody(dataset, withoutHer))
                                    : openJob(dataset, withoutHer);
            const Reply then = dry ? m_node.post("/v1/checks", token, jobBody(dataset, withHer))
                                   : openJob(dataset, withHer);
            qInfo("  her y = %d: %s; %s", y, qPrintable(first.describe().left(200)),
                  qPrintable(then.describe().left(200)));
            // The attack needs the first refused by the count rule in both worlds.
            QCOMPARE(first.code, QStringLiteral("events-per-parameter"));
            second[y] = answerOf(then);
            answers
                << QStringLiteral("her y = %1: %2, then %3").arg(y).arg(answerOf(first), second[y]);
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

void tst_AttacksReview12::describedRefusalFirstThenTheCohortWithHer()
{
    const QString attack
        = QStringLiteral("c over place B's complete cases of z (without her: refused min-cell, 9 "
                         "values), then c over place B (with her)");
    auto answerOf = [](const Reply &r) {
        return r.released() ? QStringLiteral("released") : r.code;
    };
    std::map<int, QString> second;
    QStringList answers;
    for (int has : { 0, 1 }) {
        Describe q;
        q.dataset = QStringLiteral("describefirst%1").arg(has);
        q.filters = { among("place", { "B" }) };
        q.completeCases = { QStringLiteral("z") };
        q.variables = { variable(QStringLiteral("c")) };
        const Reply first
            = m_node.post("/v1/descriptives", m_tokens[QStringLiteral("eve")], describeBody(q));
        q.completeCases.clear();
        const Reply then
            = m_node.post("/v1/descriptives", m_tokens[QStringLiteral("eve")], describeBody(q));
        qInfo("  she has %s c: %s; %s", has ? "a" : "no", qPrintable(first.describe().left(160)),
              qPrintable(then.describe().left(160)));
        QCOMPARE(first.code, QStringLiteral("min-cell"));
        second[has] = answerOf(then);
        answers << QStringLiteral("she has %1 c: %2, then %3")
                       .arg(has ? QStringLiteral("a") : QStringLiteral("no"), answerOf(first),
                            second[has]);
    }
    if (second[0] != second[1])
        stillWorks(attack,
                   answers.join(QStringLiteral("; ")) + QStringLiteral(": whether she has a c"));
    else
        note(attack, QStringLiteral("closed: ") + answers.join(QStringLiteral("; ")));
    QCOMPARE(second[0], second[1]);
}

void tst_AttacksReview12::honestDryRunThenJob()
{
    // A dry run of a design over place C, then its job, then the dry run again: the same cohort,
    // so the recorded dry run refuses nothing (a dataset of its own: over the attacks' datasets
    // the recorded cohort "place B without her" leaves her alone beside place C, which the
    // ledger then refuses, as after an opened job of that cohort).
    const QString &token = m_tokens[QStringLiteral("ann")];
    const auto d = design("y", analysis::Family::Binomial,
                          { asIs("score"), asIs("c"), factor("sex") }, { among("place", { "C" }) });
    const QString dataset = QStringLiteral("honest");
    const Reply dry = m_node.post("/v1/checks", token, jobBody(dataset, d));
    QVERIFY2(dry.released(), qPrintable(dry.describe()));
    testsupport::StudySite site { &m_node, token, {}, {}, {}, {}, {} };
    site.info.name = self().name;
    const Reply opened = testsupport::openStudy(site, manifestFor(dataset, d));
    if (!site.jobId.isEmpty())
        (void)m_node.del(testsupport::jobPath(site), token);
    QVERIFY2(opened.status == 201, qPrintable(opened.describe()));
    const Reply again = m_node.post("/v1/checks", token, jobBody(dataset, d));
    QVERIFY2(again.released(), qPrintable(again.describe()));
    note(QStringLiteral("honest: a dry run over place C, its job, the dry run again"),
         QStringLiteral("passed, opened, passed"));
}

QTEST_MAIN(tst_AttacksReview12)
#include "tst_attacks_review12.moc"

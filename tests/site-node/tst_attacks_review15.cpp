// SPDX-License-Identifier: GPL-3.0-or-later
// The fifteenth independent review (branch `review15`, docs/privacy-rules.md, "review15"): what a
// subgroup evaluation's cell withheld by its own rules tells when it is recorded nowhere. Each
// attack as a hostile client would send it to a real fairstart-node over TLS on its default
// policy, against synthetic datasets in two worlds that differ only in one planted record's value.
#include "attacksupport.h"
#include "nodeprocess.h"
#include "poissonlprows.h"

#include "fairstart/protocol/codec.h"

#include <QJsonDocument>
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

// 400 records and the target, record ids from `firstId` (each dataset its own records).
// Place B (100): 50 girls, 9 of them with y = 1, and 50 boys, 15 with y = 1. Place C (100): 50
// girls, 15 with y = 1, and 50 boys, 15 with y = 1; 20 of its girls (10 with y = 1, 10 with
// y = 0) have no z. Place D (200): 100 girls and 100 boys, 30 of each with y = 1. The target is a
// girl of place B without z (the attacker's background knowledge: she and the 20 of place C are
// the records without z) with y = `targetY`.
//
// The study of y ~ score + z + sex (complete cases of z) leaves out her and the 20; the study of
// y ~ score + sex holds them: its cohort is 21 records larger, and every cell of sex and y of
// those 21 holds 0 or at least 10 records in both worlds, so the ledger passes both studies
// whatever her y. Evaluated by place, the first study's cell of place B (without her) holds 9
// girls with y = 1: withheld `min-cell` in both worlds. The second's cell of place B (with her)
// holds 10 when her y = 1 (its rules pass) and 9 when it is 0 (withheld `min-cell` again).
QByteArray plantedCsv(int targetY, int firstId)
{
    QByteArray out = "record_id,sex,place,score,z,c,y,consent_research\n";
    int id = firstId;
    auto add = [&](const char *sex, const char *place, int score, bool hasZ, int y) {
        out += csvLineOf({ std::to_string(id), sex, place, std::to_string(score),
                           hasZ ? std::to_string((id * 7) % 23) : std::string(),
                           std::to_string((id / 3) % 4), std::to_string(y), "1" });
        ++id;
    };
    // Scores spread over 40-160, a little higher for y = 1.
    auto score = [](int k, int y) {
        return 40 + (k * 37) % 111 + 10 * y;
    };
    for (int k = 0; k < 50; ++k)
        add("female", "B", score(k, k < 9), true, k < 9 ? 1 : 0);
    for (int k = 0; k < 50; ++k)
        add("male", "B", score(k + 50, k < 15), true, k < 15 ? 1 : 0);
    for (int k = 0; k < 50; ++k) {
        const int y = k < 15 ? 1 : 0;
        // Girls 0-9 (y = 1) and 15-24 (y = 0) of place C have no z.
        add("female", "C", score(k + 100, y), !(k < 10 || (k >= 15 && k < 25)), y);
    }
    for (int k = 0; k < 50; ++k)
        add("male", "C", score(k + 150, k < 15), true, k < 15 ? 1 : 0);
    for (int k = 0; k < 100; ++k)
        add("female", "D", score(k + 200, k < 30), true, k < 30 ? 1 : 0);
    for (int k = 0; k < 100; ++k)
        add("male", "D", score(k + 300, k < 30), true, k < 30 ? 1 : 0);
    add("female", "B", 100, false, targetY);
    return out;
}

// y ~ score + z + sex: its complete cases leave out her and the 20 of place C.
analysis::ResolvedDesign withoutHer()
{
    return design("y", analysis::Family::Binomial, { asIs("score"), asIs("z"), factor("sex") });
}

// y ~ score + sex: every record.
analysis::ResolvedDesign withHer()
{
    return design("y", analysis::Family::Binomial, { asIs("score"), factor("sex") });
}

QByteArray subgroupEvaluationBody(const QString &jobId, const QString &subgroup)
{
    protocol::StudyEvaluationRequest request;
    request.purpose = QStringLiteral("research");
    request.jobId = jobId;
    request.subgroup = subgroup;
    return protocol::canonicalJson(protocol::toJson(request));
}

// The cells of an evaluation by subgroup as the attacker reads them: "level: released" or
// "level: <rule>", or the evaluation's refusal.
QString cellsOf(const Reply &reply)
{
    if (reply.status != 200)
        return reply.describe().left(200);
    const auto evaluated = protocol::fromJson<protocol::EvaluationResponse>(reply.json);
    if (!evaluated)
        return QStringLiteral("undecodable answer");
    QStringList cells;
    for (const protocol::SubgroupCell &cell : evaluated->subgroups) {
        cells << QStringLiteral("%1: %2").arg(
            cell.missing ? QStringLiteral("(missing)") : cell.level,
            cell.withheld ? cell.rule : QStringLiteral("released"));
    }
    return cells.join(QStringLiteral(", "));
}

} // namespace

class tst_AttacksReview15 : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    // Rule 1: the study of a cohort without her, evaluated by place (her place's cell withheld
    // `min-cell` in both worlds, recorded nowhere), then the study of the cohort with her and 20
    // other records (the ledger passes it) evaluated by place: her place's cell met a ledger that
    // held neither cell. Her y = 1: the cell passes its rules and the ledger refuses it (every
    // cell `differencing`); her y = 0: the cell is withheld `min-cell` again and the others are
    // released — her y.
    void withheldCellFirstThenTheCellWithHer();
    // Honest: a study of every record evaluated by place, one place's cell withheld by its rules,
    // then the study of the other places evaluated by place: their cells released.
    void honestWithheldCellThenLargerStudy();

private:
    QString studyThenCells(const QString &token, const QString &dataset,
                           const analysis::ResolvedDesign &d);

    QTemporaryDir m_dir;
    NodeProcess m_node;
    std::map<QString, QString> m_tokens;
};

void tst_AttacksReview15::initTestCase()
{
    VERIFY_NO_ERROR(startAttackedNode(m_node, m_dir, QStringLiteral("review15 node")));
    const QString schema = m_dir.filePath(QStringLiteral("review15.schema.json"));
    VERIFY_NO_ERROR(writeSetupFile(schema, poissonLpSchema()));
    VERIFY_NO_ERROR(
        importCsvText(m_node, m_dir, QStringLiteral("cells0"), plantedCsv(0, 730000), schema));
    VERIFY_NO_ERROR(
        importCsvText(m_node, m_dir, QStringLiteral("cells1"), plantedCsv(1, 731000), schema));
    VERIFY_NO_ERROR(
        importCsvText(m_node, m_dir, QStringLiteral("honest"), plantedCsv(0, 732000), schema));
    VERIFY_NO_ERROR(researchTokens(m_node, { "ann", "eve" }, m_tokens));
    VERIFY_NO_ERROR(serveWithColluder(m_node, m_tokens[QStringLiteral("ann")]));
}

void tst_AttacksReview15::cleanupTestCase()
{
    m_node.stop();
    printOutcomes();
}

void tst_AttacksReview15::cleanup()
{
    VERIFY_NO_ERROR(takeFailures());
}

// A study of `d` (the node alone) to its end, evaluated by place; the job deleted afterwards.
QString tst_AttacksReview15::studyThenCells(const QString &token, const QString &dataset,
                                            const analysis::ResolvedDesign &d)
{
    QString jobId;
    const auto beta = fitAlone(m_node, token, dataset, d, &jobId);
    if (!beta)
        return QStringLiteral("study refused");
    const Reply evaluated = m_node.post("/v1/evaluations", token,
                                        subgroupEvaluationBody(jobId, QStringLiteral("place")));
    (void)m_node.del("/v1/jobs/" + jobId.toStdString(), token);
    return cellsOf(evaluated);
}

void tst_AttacksReview15::withheldCellFirstThenTheCellWithHer()
{
    const QString &token = m_tokens[QStringLiteral("eve")];
    const QString attack = QStringLiteral(
        "the study of y ~ score + z + sex (without her) evaluated by place (place B's cell "
        "withheld min-cell), then the study of y ~ score + sex (with her) evaluated by place");
    std::map<int, QString> first, second;
    for (const int y : { 0, 1 }) {
        const QString dataset = QStringLiteral("cells%1").arg(y);
        first[y] = studyThenCells(token, dataset, withoutHer());
        second[y] = studyThenCells(token, dataset, withHer());
        qInfo("  her y = %d: %s | %s", y, qPrintable(first[y]), qPrintable(second[y]));
        // The attack needs her place's cell withheld by its rules in both worlds first.
        QVERIFY2(first[y].startsWith(QStringLiteral("B: min-cell")), qPrintable(first[y]));
    }
    const QString answers
        = QStringLiteral("her y = 0: %1; her y = 1: %2").arg(second[0], second[1]);
    if (second[0] != second[1])
        stillWorks(attack, answers + QStringLiteral(": her y"));
    else
        note(attack, QStringLiteral("closed: ") + answers);
    QCOMPARE(second[0], second[1]);
}

void tst_AttacksReview15::honestWithheldCellThenLargerStudy()
{
    const QString &token = m_tokens[QStringLiteral("ann")];
    const QString dataset = QStringLiteral("honest");
    // Every record: place B's cell (with her, y = 0) withheld min-cell.
    const QString first = studyThenCells(token, dataset, withHer());
    QVERIFY2(first.startsWith(QStringLiteral("B: min-cell")), qPrintable(first));
    // Places C and D only: the cohort less place B, its cells those of the first evaluation.
    const auto larger = design("y", analysis::Family::Binomial, { asIs("score"), factor("sex") },
                               { among("place", { "C", "D" }) });
    const QString second = studyThenCells(token, dataset, larger);
    qInfo("  %s | %s", qPrintable(first), qPrintable(second));
    QVERIFY2(second.contains(QStringLiteral("C: released"))
                 && second.contains(QStringLiteral("D: released")),
             qPrintable(second));
    note(QStringLiteral("honest: a study evaluated by place (place B withheld min-cell), then a "
                        "study over places C and D evaluated by place"),
         first + QStringLiteral(" | ") + second);
}

QTEST_MAIN(tst_AttacksReview15)
#include "tst_attacks_review15.moc"

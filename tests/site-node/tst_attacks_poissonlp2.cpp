// SPDX-License-Identifier: GPL-3.0-or-later
// Branch `poissonlp2` (docs/privacy-rules.md, "Separation along any direction: a linear
// programme"): the separation programme of branch `poissonlp` ran only on designs of at most 1000
// distinct rows; these are its attacks (tst_attacks_poissonlp, tst_attacks_review8) on designs
// of more, each as a hostile client would send it to a real fairstart-node over TLS on its
// default policy, two worlds (the girls, the boys) differing in one planted record.
#include "attacksupport.h"
#include "nodeprocess.h"
#include "poissonlprows.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <string>
#include <vector>

using namespace fairstart;
using namespace testsupport::attacks;
using testsupport::NodeProcess;

namespace {

using Row = PoissonLpRow;

// 3000 records, both sexes. One record in ten (150 per sex) has a count above 0 (1 or 2), all at
// score 40; the others have the count 0, each at a score of its own below 40 (39 down to −1459:
// about 1350 distinct scores per sex, a "continuous" covariate) — but one girl with the count 0
// at score 41 (`planted`), above them all. Along the score the boys' estimate does not exist; the
// girls' does because of her. Over 1000 distinct rows in each sex.
std::vector<Row> wideScoreRows(bool planted)
{
    std::vector<Row> rows;
    for (int j = 0; j < 3000; ++j) {
        Row r;
        r.sex = j % 2 ? "male" : "female";
        r.place = std::string(1, char('B' + j % 3));
        const int k = j / 2;
        r.score = k % 10 == 0 ? 40 : 39 - k;
        r.c = k % 10 == 0 ? 1 + (k / 10) % 2 : 0;
        rows.push_back(r);
    }
    if (planted) {
        Row r;
        r.score = 41;
        rows.push_back(r);
    }
    return rows;
}

// tst_attacks_poissonlp's zero above the face (score 0..40, every count above 0 at 40, one girl's
// count 0 at 41) with a second numeric column z that has nothing to do with the face: a value
// of its own for every record (3001 distinct), so each sex's design c ~ score + z has about 1500
// distinct rows.
std::vector<Row> irrelevantColumnRows(bool planted)
{
    std::vector<Row> rows;
    for (int j = 0; j < 3000; ++j) {
        Row r;
        r.sex = j % 2 ? "male" : "female";
        r.place = std::string(1, char('B' + j % 3));
        r.score = (j / 2) % 41;
        r.z = (j * 37) % 3001 - 1500;
        r.c = r.score == 40 ? 1 + (j / 82) % 2 : 0;
        rows.push_back(r);
    }
    if (planted) {
        Row r;
        r.score = 41;
        r.z = 1501;
        rows.push_back(r);
    }
    return rows;
}

// tst_attacks_review8's two numeric columns on a wide score: every count above 0 at score + z = 0,
// the zeros at score + z = −5..−1, the score 0..1499 (a value of its own per record of a sex), and
// one girl's count of 3 at score + z = −3 (`planted`). The boys' counts are separated along
// score + z; the girls' are not, because of her.
std::vector<Row> wideTwoNumericRows(bool planted)
{
    std::vector<Row> rows;
    bool target = false;
    for (int j = 0; j < 3000; ++j) {
        Row r;
        r.sex = j % 2 ? "male" : "female";
        r.place = std::string(1, char('B' + j % 3));
        r.score = j / 2;
        const bool above = (j / 2) % 3 == 0;
        r.z = above ? -r.score : -r.score - 1 - (j / 6) % 5;
        r.c = above ? 1 + (j / 6) % 3 : 0;
        if (planted && !target && r.sex == "female" && !above && r.score > 700) {
            r.z = -r.score - 3;
            r.c = 3;
            target = true;
        }
        rows.push_back(r);
    }
    return rows;
}

// Logistic quasi-complete separation with a mixed face (branch `poissonlp2`, the logistic item of
// docs/privacy-rules.md): 3000 records, score 0..40 and z with score + z in −4..4; the outcome 1
// above score + z = 0, 0 below, and on it both (about 80 of each per sex) — but one girl with
// the outcome 0 at score + z = 3 (`planted`), above the face. The boys' estimate does not exist
// (it drifts along score + z until XᵀWX is singular: the fit fails), the girls' does (converges,
// β ≈ 4.7): no round's linear predictor separates the outcomes once the face's ties are mixed, so
// the round rule never refuses. Closed by branch `logisticlp`: the programme at job opening.
std::vector<Row> mixedFaceRows(bool planted)
{
    std::vector<Row> rows;
    for (int j = 0; j < 3000; ++j) {
        Row r;
        r.sex = j % 2 ? "male" : "female";
        r.place = std::string(1, char('B' + j % 3));
        const int k = j / 2;
        r.score = k % 41;
        const int side = (k / 41) % 9 - 4;
        r.z = -r.score + side;
        r.y = side > 0 ? 1 : side < 0 ? 0 : (k / 7) % 2;
        rows.push_back(r);
    }
    if (planted) {
        Row r;
        r.score = 10;
        r.z = -7;
        r.y = 0;
        rows.push_back(r);
    }
    return rows;
}

// An honest outcome over the mixed face's columns (branch `logisticlp`'s guard): y drawn from a
// logistic of score + z (about 0.1, 0.5 and 0.9 at side −4, 0, 4), a fixed pseudo-random draw per
// record, so the 0s and 1s overlap everywhere; the design is the attack's but for the outcomes.
std::vector<Row> honestMixedRows()
{
    std::vector<Row> rows = mixedFaceRows(false);
    for (std::size_t j = 0; j < rows.size(); ++j) {
        const int side = rows[j].score + rows[j].z;
        const double p = 1.0 / (1.0 + std::exp(-0.55 * side));
        const double u = double((j * 2654435761u + 12345u) % 1000u) / 1000.0;
        rows[j].y = u < p ? 1 : 0;
    }
    return rows;
}

// An honest count over the same wide columns: c follows neither score nor z.
std::vector<Row> honestWideRows()
{
    std::vector<Row> rows = irrelevantColumnRows(false);
    for (std::size_t j = 0; j < rows.size(); ++j) {
        rows[j].score = int(j % 1201) - 600;
        rows[j].c = int((j * 5 + j / 3) % 4);
    }
    return rows;
}

} // namespace

class tst_AttacksPoissonlp2 : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    // Rule 1: the zero above the face, over a score with about 1350 distinct values per sex.
    void zeroAboveTheFaceOverAWideScore();
    // Rule 1: the zero above the face, with an irrelevant numeric column of 1500 distinct values.
    void zeroAboveTheFaceWithAnIrrelevantColumn();
    // Rule 1: review8's score + z, over 1500 distinct rows per sex.
    void twoNumericColumnsOverAWideScore();
    // Rule 1: logistic quasi-complete separation with a mixed face, closed by branch
    // `logisticlp` (the logistic programme at job opening; docs/privacy-rules.md "Logistic
    // separation at job opening"); an honest outcome over the same columns converges.
    void binomialMixedFace();
    // Honest counts over 1500 distinct rows per sex still converge (the check is not a refusal of
    // every large design).
    void honestWideModelsConverge();

private:
    QString importRows(const QString &dataset, const std::vector<Row> &rows)
    {
        return importCsvText(m_node, m_dir, dataset, poissonLpCsv(rows), m_schema);
    }
    void girlsAgainstBoys(const QString &dataset, const QString &attack,
                          const std::function<analysis::ResolvedDesign(const std::string &)> &model)
    {
        girlsAgainstBoysAnswers(m_node, m_tokens[QStringLiteral("eve")], dataset, attack, model);
    }

    QTemporaryDir m_dir;
    QString m_schema;
    NodeProcess m_node;
    std::map<QString, QString> m_tokens;
};

void tst_AttacksPoissonlp2::initTestCase()
{
    VERIFY_NO_ERROR(startAttackedNode(m_node, m_dir, QStringLiteral("poissonlp2 node")));
    m_schema = m_dir.filePath(QStringLiteral("poissonlp2.schema.json"));
    VERIFY_NO_ERROR(writeSetupFile(m_schema, poissonLpSchema()));
    VERIFY_NO_ERROR(importRows(QStringLiteral("widescore"), wideScoreRows(true)));
    VERIFY_NO_ERROR(importRows(QStringLiteral("irrelevant"), irrelevantColumnRows(true)));
    VERIFY_NO_ERROR(importRows(QStringLiteral("widetwo"), wideTwoNumericRows(true)));
    VERIFY_NO_ERROR(importRows(QStringLiteral("honestwide"), honestWideRows()));
    VERIFY_NO_ERROR(importRows(QStringLiteral("mixedface"), mixedFaceRows(true)));
    VERIFY_NO_ERROR(importRows(QStringLiteral("honestmixed"), honestMixedRows()));
    VERIFY_NO_ERROR(researchTokens(m_node, { "ann", "eve", "mallory" }, m_tokens));
    VERIFY_NO_ERROR(serveWithColluder(m_node, m_tokens[QStringLiteral("ann")]));
}

void tst_AttacksPoissonlp2::cleanupTestCase()
{
    m_node.stop();
    printOutcomes();
}

void tst_AttacksPoissonlp2::cleanup()
{
    VERIFY_NO_ERROR(takeFailures());
}

void tst_AttacksPoissonlp2::zeroAboveTheFaceOverAWideScore()
{
    girlsAgainstBoys(QStringLiteral("widescore"),
                     QStringLiteral("Poisson c ~ score over about 1350 distinct scores per sex "
                                    "(one girl is the only count of 0 above the counts' score)"),
                     [](const std::string &sex) {
                         return design("c", analysis::Family::Poisson, { asIs("score") },
                                       { among("sex", { sex }) });
                     });
}

void tst_AttacksPoissonlp2::zeroAboveTheFaceWithAnIrrelevantColumn()
{
    girlsAgainstBoys(QStringLiteral("irrelevant"),
                     QStringLiteral("Poisson c ~ score + z, z of 1500 distinct values unrelated to "
                                    "the face (one girl is the only count of 0 above it)"),
                     [](const std::string &sex) {
                         return design("c", analysis::Family::Poisson, { asIs("score"), asIs("z") },
                                       { among("sex", { sex }) });
                     });
}

void tst_AttacksPoissonlp2::twoNumericColumnsOverAWideScore()
{
    girlsAgainstBoys(QStringLiteral("widetwo"),
                     QStringLiteral("Poisson c ~ score + z over 1500 distinct rows per sex (one "
                                    "girl is the only count > 0 below score + z = 0)"),
                     [](const std::string &sex) {
                         return design("c", analysis::Family::Poisson, { asIs("score"), asIs("z") },
                                       { among("sex", { sex }) });
                     });
}

void tst_AttacksPoissonlp2::binomialMixedFace()
{
    const auto model = [](const std::string &sex) {
        return design("y", analysis::Family::Binomial, { asIs("score"), asIs("z") },
                      { among("sex", { sex }) });
    };
    std::map<std::string, QString> answer;
    for (const std::string sex : { "female", "male" }) {
        answer[sex] = poissonLpAnswer(m_node, m_tokens[QStringLiteral("eve")],
                                      QStringLiteral("mixedface"), model(sex));
        qInfo("  over %s: %s", sex.c_str(), qPrintable(answer[sex]));
    }
    const QString attack
        = QStringLiteral("logistic y ~ score + z over the girls and the boys, a "
                         "face with both outcomes (one girl is the only 0 above it)");
    if (answer["female"] != answer["male"])
        stillWorks(attack,
                   QStringLiteral("girls %1, boys %2: the record is a girl")
                       .arg(answer["female"], answer["male"]));
    else
        note(attack, QStringLiteral("the same answer for both: %1").arg(answer["female"]));
    QCOMPARE(answer["female"], answer["male"]);
    // Refused when the job opens (no round run), rule `separation`, and the whole refusal (code,
    // detail, message) is the same in both worlds.
    QVERIFY2(answer["female"].contains(QStringLiteral("node open: HTTP 422 separation")),
             qPrintable(answer["female"]));
    std::map<std::string, QString> refusal;
    for (const std::string sex : { "female", "male" }) {
        testsupport::StudySite site {
            &m_node, m_tokens[QStringLiteral("eve")], {}, {}, {}, {}, {}
        };
        site.info.name = self().name;
        QString error;
        QVERIFY(!testsupport::runStudy(
            { &site }, manifestFor(QStringLiteral("mixedface"), model(sex)), &error));
        if (!site.jobId.isEmpty())
            (void)m_node.del(testsupport::jobPath(site), m_tokens[QStringLiteral("eve")]);
        refusal[sex] = error;
    }
    QCOMPARE(refusal["female"], refusal["male"]);
    QVERIFY2(refusal["female"].contains(QStringLiteral(
                 "\"code\":\"separation\",\"detail\":\"a combination of score, z\"")),
             qPrintable(refusal["female"]));
    QStringList honest;
    for (const std::string sex : { "female", "male" }) {
        const QString a = poissonLpAnswer(m_node, m_tokens[QStringLiteral("eve")],
                                          QStringLiteral("honestmixed"), model(sex));
        honest << QStringLiteral("%1: %2").arg(QString::fromStdString(sex), a);
        QCOMPARE(a, QStringLiteral("converged"));
    }
    note(QStringLiteral("honest: logistic y ~ score + z over the mixed face's columns"),
         honest.join(QStringLiteral("; ")));
}

void tst_AttacksPoissonlp2::honestWideModelsConverge()
{
    QStringList honest;
    for (const std::string sex : { "female", "male" }) {
        const QString poisson
            = poissonLpAnswer(m_node, m_tokens[QStringLiteral("eve")], QStringLiteral("honestwide"),
                              design("c", analysis::Family::Poisson, { asIs("score"), asIs("z") },
                                     { among("sex", { sex }) }));
        honest << QStringLiteral("Poisson %1: %2").arg(QString::fromStdString(sex), poisson);
        QCOMPARE(poisson, QStringLiteral("converged"));
    }
    note(QStringLiteral("honest: c ~ score + z over 1500 distinct rows per sex"),
         honest.join(QStringLiteral("; ")));
}

QTEST_MAIN(tst_AttacksPoissonlp2)
#include "tst_attacks_poissonlp2.moc"

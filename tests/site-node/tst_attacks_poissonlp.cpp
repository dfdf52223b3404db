// SPDX-License-Identifier: GPL-3.0-or-later
// Branch `poissonlp` (docs/privacy-rules.md, "Separation along any direction: a linear
// programme"): separation attacks the named faces of the earlier suites did not judge, each as a
// hostile client would send it to a real fairstart-node over TLS on its default policy, against a
// synthetic dataset with a planted record whose values are chosen exactly.
#include "attacksupport.h"
#include "nodeprocess.h"
#include "poissonlprows.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <functional>
#include <map>
#include <string>

using namespace fairstart;
using namespace testsupport::attacks;
using testsupport::NodeProcess;

namespace {

using Row = PoissonLpRow;

// 2400 records, both sexes, a numeric score 0..40. The counts above 0 (1 and 2) are exactly the
// records at score 40, the highest; every other record has the count 0 — but one girl with the
// count 0 at score 41 (`planted`), above them all. Along the score, the boys' estimate does not
// exist (it drifts to +∞); the girls' does, because of her: a zero above the face keeps it
// finite. The per-column rule counts the counts above 0 off the score's highest value, which is
// hers: all of them, so it passes the girls.
std::vector<Row> zeroAboveRows(bool planted)
{
    std::vector<Row> rows;
    for (int j = 0; j < 2400; ++j) {
        Row r;
        r.sex = j % 2 ? "male" : "female";
        r.place = std::string(1, char('B' + j % 3));
        r.score = (j / 2) % 41;
        r.c = r.score == 40 ? 1 + (j / 82) % 2 : 0; // 1 and 2, ≥ 14 records each per sex
        rows.push_back(r);
    }
    if (planted) {
        Row r;
        r.score = 41;
        rows.push_back(r);
    }
    return rows;
}

// 2400 records, both sexes, two numeric columns score 0..40 and z: the outcome 1 exactly where
// score + z = 0 (a third of the records), 0 where it is −5..−1 — but one girl with the outcome 1
// at score + z = −3 (`planted`). The boys' outcomes are separated along score + z; the girls'
// are not, because of her.
std::vector<Row> binomialRows(bool planted)
{
    std::vector<Row> rows;
    bool target = false;
    for (int j = 0; j < 2400; ++j) {
        Row r;
        r.sex = j % 2 ? "male" : "female";
        r.place = std::string(1, char('B' + j % 3));
        r.score = (j / 2) % 41;
        const bool one = (j / 82) % 3 == 0;
        r.z = one ? -r.score : -r.score - 1 - (j / 2) % 5;
        r.y = one ? 1 : 0;
        if (planted && !target && r.sex == "female" && r.score == 10 && !one) {
            r.z = -13;
            r.y = 1;
            target = true;
        }
        rows.push_back(r);
    }
    return rows;
}

} // namespace

class tst_AttacksPoissonlp : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    // Rule 1: a Poisson count of 0 above the face keeps the estimate finite: the girls' fit
    // converges only because of her.
    void poissonZeroCountAboveTheFace();
    // Rule 1: the binomial twin of tst_attacks_review8 poissonSeparationAlongTwoNumericColumns.
    void binomialSeparationAlongTwoNumericColumns();
    // Honest models on the same columns still converge.
    void honestModelsConverge();

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
    QString answerOf(const QString &dataset, const analysis::ResolvedDesign &d)
    {
        return poissonLpAnswer(m_node, m_tokens[QStringLiteral("eve")], dataset, d);
    }

    QTemporaryDir m_dir;
    QString m_schema;
    NodeProcess m_node;
    std::map<QString, QString> m_tokens;
};

void tst_AttacksPoissonlp::initTestCase()
{
    VERIFY_NO_ERROR(startAttackedNode(m_node, m_dir, QStringLiteral("poissonlp node")));
    m_schema = m_dir.filePath(QStringLiteral("poissonlp.schema.json"));
    VERIFY_NO_ERROR(writeSetupFile(m_schema, poissonLpSchema()));
    VERIFY_NO_ERROR(importRows(QStringLiteral("zeroabove"), zeroAboveRows(true)));
    VERIFY_NO_ERROR(importRows(QStringLiteral("logistic"), binomialRows(true)));
    {
        auto honest = binomialRows(false);
        for (std::size_t j = 0; j < honest.size(); ++j) {
            honest[j].z = int((j * 7 + j / 5) % 11);
            honest[j].c = int((j * 5 + j / 3) % 4);
        }
        VERIFY_NO_ERROR(importRows(QStringLiteral("honest"), honest));
    }
    VERIFY_NO_ERROR(researchTokens(m_node, { "ann", "eve", "mallory" }, m_tokens));
    VERIFY_NO_ERROR(serveWithColluder(m_node, m_tokens[QStringLiteral("ann")]));
}

void tst_AttacksPoissonlp::cleanupTestCase()
{
    m_node.stop();
    printOutcomes();
}

void tst_AttacksPoissonlp::cleanup()
{
    VERIFY_NO_ERROR(takeFailures());
}

void tst_AttacksPoissonlp::poissonZeroCountAboveTheFace()
{
    girlsAgainstBoys(
        QStringLiteral("zeroabove"),
        QStringLiteral("Poisson c ~ score over the girls and the boys (one girl is the "
                       "only count of 0 above the counts' score)"),
        [](const std::string &sex) {
            return design("c", analysis::Family::Poisson, { asIs("score") },
                          { among("sex", { sex }) });
        });
}

void tst_AttacksPoissonlp::binomialSeparationAlongTwoNumericColumns()
{
    girlsAgainstBoys(QStringLiteral("logistic"),
                     QStringLiteral("logistic y ~ score + z over the girls and the boys (one girl "
                                    "is the only 1 below score + z = 0)"),
                     [](const std::string &sex) {
                         return design("y", analysis::Family::Binomial,
                                       { asIs("score"), asIs("z") }, { among("sex", { sex }) });
                     });
}

void tst_AttacksPoissonlp::honestModelsConverge()
{
    // The same two numeric columns with counts and outcomes that do not follow them.
    QStringList honest;
    for (const std::string sex : { "female", "male" }) {
        const QString poisson
            = answerOf(QStringLiteral("honest"),
                       design("c", analysis::Family::Poisson, { asIs("score"), asIs("z") },
                              { among("sex", { sex }) }));
        honest << QStringLiteral("Poisson %1: %2").arg(QString::fromStdString(sex), poisson);
        QCOMPARE(poisson, QStringLiteral("converged"));
    }
    note(QStringLiteral("honest: c ~ score + z with ordinary counts"),
         honest.join(QStringLiteral("; ")));
}

QTEST_MAIN(tst_AttacksPoissonlp)
#include "tst_attacks_poissonlp.moc"

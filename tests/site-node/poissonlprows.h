// SPDX-License-Identifier: GPL-3.0-or-later
// The records of the Poisson/logistic separation-programme suites (tst_attacks_poissonlp,
// tst_attacks_poissonlp2): one row type, its schema and its CSV, shared so that no suite writes
// another copy. A header of its own beside attacksupport.h (a change there recompiles every
// attack suite).
#pragma once

#include "attacksupport.h"
#include "nodeprocess.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTest>

#include <cmath>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace testsupport::attacks {

// sex, place, two numeric columns (score, z), a count c and a binary y; research consent.
struct PoissonLpRow {
    std::string sex = "female";
    std::string place = "B";
    int score = 0;
    int z = 0;
    int c = 0; // a count
    int y = 0; // a binary outcome
};

inline QByteArray poissonLpSchema()
{
    QJsonObject columns;
    columns.insert(QStringLiteral("record_id"), schemaColumn(QStringLiteral("id")));
    columns.insert(QStringLiteral("sex"), categoricalColumn({ "female", "male" }));
    columns.insert(QStringLiteral("place"), categoricalColumn({ "B", "C", "D" }));
    for (const char *numeric : { "score", "z", "c" })
        columns.insert(QLatin1String(numeric), schemaColumn(QStringLiteral("numeric")));
    columns.insert(QStringLiteral("y"), schemaColumn(QStringLiteral("binary")));
    columns.insert(QStringLiteral("consent_research"), consentColumn(QStringLiteral("research")));
    return schemaDocument(columns, QStringLiteral("poissonlp synthetic records"));
}

inline QByteArray poissonLpCsv(const std::vector<PoissonLpRow> &rows)
{
    QByteArray out = "record_id,sex,place,score,z,c,y,consent_research\n";
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const PoissonLpRow &r = rows[i];
        out += csvLineOf({ std::to_string(900000 + i), r.sex, r.place, std::to_string(r.score),
                           std::to_string(r.z), std::to_string(r.c), std::to_string(r.y), "1" });
    }
    return out;
}

// studyAnswer, with "diverged" for a converged study with an estimate (the intercept aside) of 9
// or more in size.
inline QString poissonLpAnswer(NodeProcess &node, const QString &token, const QString &dataset,
                               const analysis::ResolvedDesign &d)
{
    std::vector<double> beta;
    const QString answer = studyAnswer(node, token, dataset, d, &beta);
    QStringList shown;
    bool ranOff = false;
    for (std::size_t i = 1; i < beta.size(); ++i) {
        shown << QString::number(beta[i], 'g', 4);
        ranOff = ranOff || !(std::abs(beta[i]) < 9);
    }
    qInfo("  %s: %s [%s]", qPrintable(dataset), qPrintable(answer),
          qPrintable(shown.join(QStringLiteral(", "))));
    return answer == QStringLiteral("converged") && ranOff ? QStringLiteral("diverged") : answer;
}

// The node's answers to one model over the girls and over the boys of `dataset`: they must not
// differ, or the answers tell the planted record's sex (noted as STILL WORKS, and a failure).
inline void
girlsAgainstBoysAnswers(NodeProcess &node, const QString &token, const QString &dataset,
                        const QString &attack,
                        const std::function<analysis::ResolvedDesign(const std::string &)> &model)
{
    std::map<std::string, QString> answer;
    for (const std::string sex : { "female", "male" }) {
        answer[sex] = poissonLpAnswer(node, token, dataset, model(sex));
        qInfo("  over %s: %s", sex.c_str(), qPrintable(answer[sex]));
    }
    if (answer["female"] != answer["male"])
        stillWorks(attack,
                   QStringLiteral("girls %1, boys %2: the record is a girl")
                       .arg(answer["female"], answer["male"]));
    else
        note(attack, QStringLiteral("the same answer for both: %1").arg(answer["female"]));
    QCOMPARE(answer["female"], answer["male"]);
}

} // namespace testsupport::attacks

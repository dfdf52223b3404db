// SPDX-License-Identifier: GPL-3.0-or-later
// The re-import suites' synthetic population (tst_attacks_reimport4, tst_attacks_reimport7): one
// generator of records, its CSV and its schema, shared so that no suite writes another copy. A
// header of its own beside attacksupport.h, which every attack suite includes (a change there
// recompiles all of them).
#pragma once

#include "attacksupport.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <string>
#include <vector>

namespace testsupport::attacks {

// `rows` records of population `salt` (every population has its own ids and stress scores, so
// that no two share a record): row i a girl when i is even, municipality A, B, C, D by pairs (240
// rows: 30 girls and 30 boys in each), a stress score of its own (100..2100: too wide a span to be
// a period, so that the trend rules of docs/privacy-rules.md "Trends over two cohorts" stay out of
// these attacks), a maternal age in whole years 20..39 (a draw of its own per population), research
// consent.
struct PopulationRow {
    qint64 id = 0;
    std::string sex, place;
    double stress = 0;
    int age = 0;
    int research = 1;
};

inline PopulationRow populationRow(int salt, int i)
{
    static const char *const places[4] = { "A", "B", "C", "D" };
    PopulationRow r;
    r.id = qint64(salt) * 100000 + i;
    r.sex = i % 2 ? "male" : "female";
    r.place = places[(i / 2) % 4];
    r.stress = 100.0 + double((i * 7919 + salt * 104729) % 20000) / 10.0 + salt * 0.001;
    std::uint32_t h = std::uint32_t(i) * 2654435761u + std::uint32_t(salt) * 40503u + 12345u;
    h ^= h >> 13;
    h *= 0x5bd1e995u;
    h ^= h >> 15;
    r.age = 20 + int(h % 20);
    return r;
}

inline std::vector<PopulationRow> population(int salt, int rows = 240)
{
    std::vector<PopulationRow> out;
    for (int i = 0; i < rows; ++i)
        out.push_back(populationRow(salt, i));
    return out;
}

// The population's CSV (record_id, sex, municipality, parental_stress, maternal_age,
// consent_research) and its strict schema.
inline QByteArray populationCsv(const std::vector<PopulationRow> &rows)
{
    QByteArray out = "record_id,sex,municipality,parental_stress,maternal_age,consent_research\n";
    for (const PopulationRow &r : rows)
        out += QByteArray::number(r.id) + ',' + QByteArray::fromStdString(r.sex) + ','
            + QByteArray::fromStdString(r.place) + ',' + QByteArray::number(r.stress, 'g', 12) + ','
            + QByteArray::number(r.age) + ',' + QByteArray::number(r.research) + '\n';
    return out;
}

// The schema of populationCsv.
inline QByteArray populationSchema(const QString &label)
{
    QJsonObject columns;
    columns.insert(QStringLiteral("record_id"), schemaColumn(QStringLiteral("id")));
    columns.insert(QStringLiteral("sex"), categoricalColumn({ "female", "male" }));
    columns.insert(QStringLiteral("municipality"), categoricalColumn({ "A", "B", "C", "D" }));
    columns.insert(QStringLiteral("parental_stress"), schemaColumn(QStringLiteral("numeric")));
    columns.insert(QStringLiteral("maternal_age"), schemaColumn(QStringLiteral("numeric")));
    columns.insert(QStringLiteral("consent_research"), consentColumn(QStringLiteral("research")));
    return schemaDocument(columns, label);
}

} // namespace testsupport::attacks

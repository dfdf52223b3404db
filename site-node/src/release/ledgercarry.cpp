// SPDX-License-Identifier: GPL-3.0-or-later
#include "release/ledgercarry.h"

#include "fairstart/node/disclosurecontrol.h"
#include "release/differencing.h"
#include "release/releasegate.h"

#include <QtEndian>

#include <cstring>
#include <map>
#include <mutex>
#include <unordered_map>

namespace fairstart::node {

namespace {

bool sameNumber(double a, double b)
{
    return (a != a && b != b) || a == b;
}

bool sameColumn(const analysis::Column &a, const analysis::Column &b,
                const std::vector<std::size_t> &rowOf)
{
    if (a.kind != b.kind || a.size() != rowOf.size() || b.size() != rowOf.size())
        return false;
    for (std::size_t row = 0; row < rowOf.size(); ++row) {
        const std::size_t from = rowOf[row];
        if (a.kind == analysis::ColumnKind::Numeric) {
            if (!sameNumber(b.numeric[from], a.numeric[row]))
                return false;
            continue;
        }
        const std::int32_t codeA = a.codes[row], codeB = b.codes[from];
        if ((codeA < 0) != (codeB < 0))
            return false;
        if (codeA >= 0 && a.levels[std::size_t(codeA)] != b.levels[std::size_t(codeB)])
            return false;
    }
    return true;
}

// The records consented for every purpose the dataset records, as everyPurposeRecords, but from
// the import's own columns and never from the fact records (which it computes).
std::vector<std::uint8_t> consentedForEveryPurpose(const DatasetInfo &info,
                                                   const analysis::DataTable &table)
{
    LoadedDataset consent;
    consent.info = info;
    for (const QString &purpose : info.consentPurposes()) {
        const analysis::Column *column = table.column(info.consentColumn(purpose).toStdString());
        if (!column || consent.table.column(column->name))
            continue;
        if (column->kind == analysis::ColumnKind::Numeric)
            (void)consent.table.addNumeric(column->name, column->numeric);
        else
            (void)consent.table.addCategorical(column->name, column->codes, column->levels);
    }
    std::vector<std::uint8_t> every(table.rows(), 1);
    for (const QString &purpose : info.consentPurposes()) {
        const auto selected = consent.table.rows() == table.rows()
            ? selectConsented(consent, purpose, false)
            : std::nullopt;
        for (std::size_t i = 0; i < every.size(); ++i)
            every[i] = every[i] && selected && i < selected->mask.size() && selected->mask[i];
    }
    return every;
}

constexpr char kFactMagic[4] = { 'F', 'S', 'F', 'R' };
constexpr char kFactVersion = 1;

std::mutex g_factMutex;
std::map<QString, std::pair<qint64, std::vector<std::uint8_t>>> g_facts;

} // namespace

QString factRecordsKey(const QString &dataset)
{
    return dataset + QStringLiteral("\x1f") + QStringLiteral("fact-records");
}

std::optional<std::vector<std::uint8_t>> decodeFactRecords(const QByteArray &stored,
                                                           qint64 generation, std::size_t rows)
{
    if (stored.size() < 5 + 8 || !stored.startsWith(QByteArray(kFactMagic, 4))
        || stored[4] != kFactVersion
        || qFromLittleEndian<qint64>(stored.constData() + 5) != generation)
        return std::nullopt;
    const QByteArray body = qUncompress(stored.mid(5 + 8));
    if (std::size_t(body.size()) != rows)
        return std::nullopt;
    std::vector<std::uint8_t> out(rows);
    for (std::size_t i = 0; i < rows; ++i) {
        if (body[qsizetype(i)] != 0 && body[qsizetype(i)] != 1)
            return std::nullopt;
        out[i] = std::uint8_t(body[qsizetype(i)]);
    }
    return out;
}

std::optional<QByteArray>
carriedFactRecords(const LoadedDataset &earlier, const std::optional<QByteArray> &earlierFacts,
                   const DatasetInfo &info, const analysis::DataTable &table,
                   const std::vector<std::size_t> &rowOf, qint64 generation)
{
    const std::size_t rows = table.rows();
    std::optional<std::vector<std::uint8_t>> before;
    if (earlierFacts)
        before = decodeFactRecords(*earlierFacts, earlier.info.generation, earlier.table.rows());
    if (!before)
        before = consentedForEveryPurpose(earlier.info, earlier.table);
    if (before->size() != rowOf.size() || rows != rowOf.size())
        return std::nullopt;
    const std::vector<std::uint8_t> now = consentedForEveryPurpose(info, table);
    QByteArray body(qsizetype(rows), '\0');
    std::size_t moved = 0;
    for (std::size_t i = 0; i < rows; ++i) {
        const std::uint8_t b = (*before)[rowOf[i]];
        body[qsizetype(i)] = char(b);
        moved += b != now[i];
    }
    if (moved == 0 || moved >= kFactRecordsReset)
        return std::nullopt;
    QByteArray out(kFactMagic, 4);
    out.append(kFactVersion);
    char g[8];
    qToLittleEndian<qint64>(generation, g);
    out.append(g, 8);
    out.append(qCompress(body, 1));
    return out;
}

void setFactRecords(const QString &dataset, qint64 generation, std::vector<std::uint8_t> rows)
{
    std::lock_guard lock(g_factMutex);
    if (rows.empty())
        g_facts.erase(dataset);
    else
        g_facts[dataset] = { generation, std::move(rows) };
}

std::optional<std::vector<std::uint8_t>> factRecords(const QString &dataset, qint64 generation,
                                                     std::size_t rows)
{
    std::lock_guard lock(g_factMutex);
    const auto found = g_facts.find(dataset);
    if (found == g_facts.end() || found->second.first != generation
        || found->second.second.size() != rows)
        return std::nullopt;
    return found->second.second;
}

std::optional<std::vector<std::size_t>> sameRecords(const LoadedDataset &earlier,
                                                    const DatasetInfo &info,
                                                    const analysis::DataTable &table,
                                                    const std::vector<std::int64_t> &recordIds)
{
    const std::size_t rows = table.rows();
    if (earlier.table.rows() != rows || earlier.recordIds.size() != rows
        || recordIds.size() != rows)
        return std::nullopt;
    std::unordered_map<std::int64_t, std::size_t> rowOfId;
    rowOfId.reserve(rows);
    for (std::size_t row = 0; row < rows; ++row) {
        if (!rowOfId.emplace(earlier.recordIds[row], row).second)
            return std::nullopt;
    }
    std::vector<std::size_t> rowOf(rows);
    std::vector<char> taken(rows, 0);
    for (std::size_t row = 0; row < rows; ++row) {
        const auto found = rowOfId.find(recordIds[row]);
        if (found == rowOfId.end() || taken[found->second]++)
            return std::nullopt;
        rowOf[row] = found->second;
    }
    // The same analysis variables, by name and kind, with the same values record by record.
    const std::vector<VariableInfo> before = earlier.info.analysisVariables();
    const std::vector<VariableInfo> now = info.analysisVariables();
    if (before.size() != now.size())
        return std::nullopt;
    for (const VariableInfo &v : now) {
        const VariableInfo *old = earlier.info.variable(v.name);
        if (!old || old->role != VariableRole::Variable || old->kind != v.kind)
            return std::nullopt;
        const analysis::Column *a = table.column(v.name.toStdString());
        const analysis::Column *b = earlier.table.column(v.name.toStdString());
        if (!a || !b || !sameColumn(*a, *b, rowOf))
            return std::nullopt;
    }
    return rowOf;
}

std::optional<QByteArray> carriedLedger(const QByteArray &stored, qint64 generation,
                                        const std::vector<std::size_t> &rowOf)
{
    if (auto state = DifferencingState::decode(stored)) {
        if (state->atomOf.size() != rowOf.size())
            return std::nullopt;
        std::vector<std::uint32_t> atomOf(rowOf.size());
        for (std::size_t row = 0; row < rowOf.size(); ++row)
            atomOf[row] = state->atomOf[rowOf[row]];
        state->atomOf = std::move(atomOf);
        state->generation = generation;
        return state->encode();
    }
    if (auto list = ReleasedBinsList::decode(stored)) {
        for (ReleasedBins &e : list->evaluations) {
            if (e.binOf.size() != rowOf.size())
                return std::nullopt;
            std::vector<std::uint16_t> binOf(rowOf.size());
            for (std::size_t row = 0; row < rowOf.size(); ++row)
                binOf[row] = e.binOf[rowOf[row]];
            e.binOf = std::move(binOf);
            e.countSizes();
        }
        list->generation = generation;
        return list->encode();
    }
    return std::nullopt;
}

std::vector<std::uint8_t> factRecordsWithin(const LoadedDataset &data,
                                            const std::vector<std::uint8_t> &consented)
{
    if (auto facts = factRecords(data.info.name, data.info.generation, data.table.rows()))
        return std::move(*facts);
    std::vector<std::uint8_t> every = everyPurposeRecords(data);
    for (std::size_t i = 0; i < every.size(); ++i)
        every[i] = every[i] && i < consented.size() && consented[i];
    return every;
}

} // namespace fairstart::node

// SPDX-License-Identifier: GPL-3.0-or-later
#include "release/ledgercarry.h"

#include "fairstart/node/disclosurecontrol.h"
#include "release/differencing.h"
#include "release/releasegate.h"

#include <QtEndian>

#include <algorithm>
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
std::map<QString, std::pair<qint64, std::vector<std::uint8_t>>> g_held;

// A row's values in the analysis variables, hashed so that sameNumber values hash alike.
std::uint64_t mix(std::uint64_t h, std::uint64_t x)
{
    h ^= x + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
    return h * 0xff51afd7ed558ccdull;
}

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

QByteArray encodeRecordMask(qint64 generation, const std::vector<std::uint8_t> &rows)
{
    QByteArray body(qsizetype(rows.size()), '\0');
    for (std::size_t i = 0; i < rows.size(); ++i)
        body[qsizetype(i)] = char(rows[i] ? 1 : 0);
    QByteArray out(kFactMagic, 4);
    out.append(kFactVersion);
    char g[8];
    qToLittleEndian<qint64>(generation, g);
    out.append(g, 8);
    out.append(qCompress(body, 1));
    return out;
}

std::optional<QByteArray>
carriedFactRecords(const LoadedDataset &earlier, const std::optional<QByteArray> &earlierFacts,
                   const DatasetInfo &info, const analysis::DataTable &table,
                   const RecordMatch &match, const std::vector<std::uint8_t> &held,
                   qint64 generation)
{
    const std::size_t rows = table.rows();
    std::optional<std::vector<std::uint8_t>> before;
    if (earlierFacts)
        before = decodeFactRecords(*earlierFacts, earlier.info.generation, earlier.table.rows());
    if (!before)
        before = consentedForEveryPurpose(earlier.info, earlier.table);
    if (before->size() != earlier.table.rows() || rows != match.rowOf.size())
        return std::nullopt;
    std::vector<std::uint8_t> now = consentedForEveryPurpose(info, table);
    for (std::size_t i = 0; i < held.size() && i < rows; ++i)
        now[i] = now[i] && !held[i];
    std::vector<std::uint8_t> body(rows, 0);
    std::size_t moved = 0;
    for (std::size_t i = 0; i < rows; ++i) {
        if (match.rowOf[i] >= 0)
            body[i] = (*before)[std::size_t(match.rowOf[i])];
        moved += body[i] != now[i];
    }
    for (std::size_t r : match.ghostRows)
        moved += (*before)[r] != 0;
    if (moved == 0 || moved >= kFactRecordsReset)
        return std::nullopt;
    return encodeRecordMask(generation, body);
}

QString heldRecordsKey(const QString &dataset)
{
    return dataset + QStringLiteral("\x1f") + QStringLiteral("held-records");
}

void setHeldRecords(const QString &dataset, qint64 generation, std::vector<std::uint8_t> rows)
{
    std::lock_guard lock(g_factMutex);
    if (rows.empty())
        g_held.erase(dataset);
    else
        g_held[dataset] = { generation, std::move(rows) };
}

std::optional<std::vector<std::uint8_t>> heldRecords(const QString &dataset, qint64 generation,
                                                     std::size_t rows)
{
    std::lock_guard lock(g_factMutex);
    const auto found = g_held.find(dataset);
    if (found == g_held.end() || found->second.first != generation
        || found->second.second.size() != rows)
        return std::nullopt;
    return found->second.second;
}

std::vector<std::uint8_t> heldRows(const QByteArray &datasetLedger, int minCell)
{
    const auto state = DifferencingState::decode(datasetLedger);
    if (!state || state->pending < 0 || std::size_t(state->pending) >= state->sizes.size()
        || state->sizes[std::size_t(state->pending)] >= minCell)
        return {};
    std::vector<std::uint8_t> held(state->atomOf.size(), 0);
    bool any = false;
    for (std::size_t r = 0; r < held.size(); ++r) {
        held[r] = state->atomOf[r] == std::uint32_t(state->pending);
        any |= held[r] != 0;
    }
    return any ? held : std::vector<std::uint8_t> {};
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

std::optional<RecordMatch> matchRecords(const LoadedDataset &earlier, const DatasetInfo &info,
                                        const analysis::DataTable &table,
                                        const std::vector<std::int64_t> &recordIds)
{
    const std::size_t rows = table.rows();
    const std::size_t before = earlier.table.rows();
    if (earlier.recordIds.size() != before || recordIds.size() != rows)
        return std::nullopt;
    // The analysis variables of both imports, by name and kind, categorical ones with the same
    // levels (the ledgers' cell codes are level indices). A variable only the new import has is
    // in no earlier release; one only the earlier import had can be in no later one, and a split
    // of an atom on which its cells were released is refused (its codes cannot be read).
    const std::vector<VariableInfo> now = info.analysisVariables();
    std::vector<std::pair<const analysis::Column *, const analysis::Column *>> columns;
    for (const VariableInfo &v : now) {
        const VariableInfo *old = earlier.info.variable(v.name);
        if (!old)
            continue; // added
        if (old->role != VariableRole::Variable || old->kind != v.kind)
            return std::nullopt;
        const analysis::Column *a = table.column(v.name.toStdString());
        const analysis::Column *b = earlier.table.column(v.name.toStdString());
        if (!a || !b || a->kind != b->kind || a->size() != rows || b->size() != before
            || (a->kind != analysis::ColumnKind::Numeric && a->levels != b->levels))
            return std::nullopt;
        columns.emplace_back(a, b);
    }
    auto same = [&](std::size_t row, std::size_t from) {
        for (const auto &[a, b] : columns) {
            if (a->kind == analysis::ColumnKind::Numeric) {
                if (!sameNumber(b->numeric[from], a->numeric[row]))
                    return false;
                continue;
            }
            const std::int32_t codeA = a->codes[row], codeB = b->codes[from];
            if ((codeA < 0) != (codeB < 0) || (codeA >= 0 && codeA != codeB))
                return false;
        }
        return true;
    };
    auto hashOf = [&](bool fresh, std::size_t row) {
        std::uint64_t h = 0x243f6a8885a308d3ull;
        for (const auto &[a, b] : columns) {
            const analysis::Column *c = fresh ? a : b;
            if (c->kind == analysis::ColumnKind::Numeric) {
                const double v = c->numeric[row];
                std::uint64_t bits = 0x7ff8000000000000ull; // every NaN alike
                if (v == 0)
                    bits = 0; // 0 and -0 alike
                else if (v == v)
                    std::memcpy(&bits, &v, sizeof bits);
                h = mix(h, bits);
            } else {
                h = mix(h, std::uint64_t(std::int64_t(std::max(c->codes[row], -1))));
            }
        }
        return h;
    };

    RecordMatch match;
    match.rowOf.assign(rows, -1);
    std::unordered_map<std::int64_t, std::size_t> rowOfId;
    rowOfId.reserve(before);
    for (std::size_t row = 0; row < before; ++row) {
        if (!rowOfId.emplace(earlier.recordIds[row], row).second)
            return std::nullopt;
    }
    std::vector<char> taken(before, 0);
    for (std::size_t row = 0; row < rows; ++row) {
        const auto found = rowOfId.find(recordIds[row]);
        if (found != rowOfId.end() && !taken[found->second] && same(row, found->second)) {
            match.rowOf[row] = std::int64_t(found->second);
            taken[found->second] = 1;
        }
    }
    // The rows left over on both sides, by their values.
    std::unordered_multimap<std::uint64_t, std::size_t> byValue;
    for (std::size_t row = 0; row < before; ++row) {
        if (!taken[row])
            byValue.emplace(hashOf(false, row), row);
    }
    for (std::size_t row = 0; row < rows && !byValue.empty(); ++row) {
        if (match.rowOf[row] >= 0)
            continue;
        auto [lo, hi] = byValue.equal_range(hashOf(true, row));
        for (auto it = lo; it != hi; ++it) {
            if (!taken[it->second] && same(row, it->second)) {
                match.rowOf[row] = std::int64_t(it->second);
                taken[it->second] = 1;
                ++match.renumbered;
                byValue.erase(it);
                break;
            }
        }
    }
    for (std::size_t row = 0; row < rows; ++row) {
        if (match.rowOf[row] >= 0)
            continue;
        ++match.added;
        const auto found = rowOfId.find(recordIds[row]);
        match.changed += found != rowOfId.end() && !taken[found->second];
    }
    for (std::size_t row = 0; row < before; ++row) {
        if (!taken[row])
            match.ghostRows.push_back(row);
    }
    return match;
}

std::optional<QByteArray> carriedLedger(const QByteArray &stored, qint64 generation,
                                        const RecordMatch &match, std::size_t earlierRows,
                                        int minCell)
{
    const std::size_t rows = match.rowOf.size();
    if (auto state = DifferencingState::decode(stored)) {
        if (state->atomOf.size() != earlierRows)
            return std::nullopt;
        const std::size_t atoms = state->sizes.size();
        state->ghosts.resize(atoms, 0);
        for (std::size_t r : match.ghostRows)
            ++state->ghosts[state->atomOf[r]];
        // The added records join the pending atom while it is below minCell (no release ever
        // touched it: touching it is refused), else start one.
        std::int64_t pending = state->pending;
        if (pending >= 0
            && (std::size_t(pending) >= atoms || state->sizes[std::size_t(pending)] >= minCell))
            pending = -1;
        if (match.added > 0 && pending < 0) {
            pending = std::int64_t(atoms);
            state->sizes.push_back(0);
            state->exposed.emplace_back();
            state->ghosts.push_back(0);
        }
        if (pending >= 0)
            state->sizes[std::size_t(pending)] += std::int64_t(match.added);
        std::vector<std::uint32_t> atomOf(rows);
        for (std::size_t row = 0; row < rows; ++row)
            atomOf[row] = match.rowOf[row] >= 0 ? state->atomOf[std::size_t(match.rowOf[row])]
                                                : std::uint32_t(pending);
        state->atomOf = std::move(atomOf);
        state->pending = pending;
        state->generation = generation;
        return state->encode();
    }
    if (auto list = ReleasedBinsList::decode(stored)) {
        for (ReleasedBins &e : list->evaluations) {
            if (e.binOf.size() < earlierRows)
                return std::nullopt;
            std::vector<std::uint16_t> binOf(rows, 0);
            for (std::size_t row = 0; row < rows; ++row) {
                if (match.rowOf[row] >= 0)
                    binOf[row] = e.binOf[std::size_t(match.rowOf[row])];
            }
            // Ghosts after the table's rows: the earlier import's, then those before them.
            for (std::size_t r : match.ghostRows)
                binOf.push_back(e.binOf[r]);
            for (std::size_t r = earlierRows; r < e.binOf.size(); ++r)
                binOf.push_back(e.binOf[r]);
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

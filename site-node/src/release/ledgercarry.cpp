// SPDX-License-Identifier: GPL-3.0-or-later
#include "release/ledgercarry.h"

#include "fairstart/node/disclosurecontrol.h"
#include "release/differencing.h"
#include "release/releasegate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <functional>
#include <limits>
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

// Per row, one bit per purpose of `purposes` (at most 64): consented, as selectConsented reads a
// consent column (1, or the level "1"), held records aside (they are not the import's consent).
// A purpose without a column in `info`: every record.
std::vector<std::uint64_t> consentBits(const DatasetInfo &info, const analysis::DataTable &table,
                                       const QStringList &purposes)
{
    std::vector<std::uint64_t> bits(table.rows(), 0);
    for (qsizetype k = 0; k < purposes.size() && k < 64; ++k) {
        const std::uint64_t bit = std::uint64_t(1) << k;
        const QString name = info.consentColumn(purposes[k]);
        const analysis::Column *column
            = name.isEmpty() ? nullptr : table.column(name.toStdString());
        for (std::size_t i = 0; i < bits.size(); ++i) {
            bool consent = name.isEmpty();
            if (column && i < column->size()) {
                if (column->kind == analysis::ColumnKind::Numeric)
                    consent = column->numeric[i] == 1.0;
                else if (column->codes[i] >= 0)
                    consent = column->levels[std::size_t(column->codes[i])] == "1";
            }
            if (consent)
                bits[i] |= bit;
        }
    }
    return bits;
}

constexpr char kFactMagic[4] = { 'F', 'S', 'F', 'R' };
constexpr char kFactVersion = 1;

std::mutex g_factMutex;
std::map<QString, std::pair<qint64, std::vector<std::uint8_t>>> g_facts;
std::map<QString, std::pair<qint64, std::vector<std::uint8_t>>> g_held;
std::map<QString, std::pair<qint64, FactGhosts>> g_ghosts;

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

QString factGhostsKey(const QString &dataset)
{
    return dataset + QStringLiteral("\x1f") + QStringLiteral("fact-ghosts");
}

std::optional<FactGhosts> FactGhosts::decode(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject root = doc.object();
    FactGhosts out;
    out.records = root.value(QStringLiteral("records")).toInteger(-1);
    if (out.records < 0)
        return std::nullopt;
    const QJsonObject variables = root.value(QStringLiteral("variables")).toObject();
    for (auto it = variables.begin(); it != variables.end(); ++it) {
        const QJsonObject v = it.value().toObject();
        Variable &var = out.variables[it.key().toStdString()];
        var.missing = v.value(QStringLiteral("missing")).toInteger();
        var.present = v.value(QStringLiteral("present")).toInteger();
        var.notWhole = v.value(QStringLiteral("notWhole")).toBool();
        const QJsonObject levels = v.value(QStringLiteral("levels")).toObject();
        for (auto l = levels.begin(); l != levels.end(); ++l)
            var.levels[l.key().toStdString()] = l.value().toInteger();
        for (const QJsonValue x : v.value(QStringLiteral("values")).toArray()) {
            if (!x.isDouble())
                return std::nullopt;
            var.values.push_back(x.toDouble());
        }
    }
    return out;
}

QByteArray FactGhosts::encode() const
{
    QJsonObject variablesOut;
    for (const auto &[name, var] : variables) {
        QJsonObject levels;
        for (const auto &[level, count] : var.levels)
            levels.insert(QString::fromStdString(level), qint64(count));
        QJsonObject out { { QStringLiteral("missing"), qint64(var.missing) },
                          { QStringLiteral("present"), qint64(var.present) },
                          { QStringLiteral("notWhole"), var.notWhole },
                          { QStringLiteral("levels"), levels } };
        if (!var.values.empty()) {
            QJsonArray values;
            for (const double x : var.values)
                values.append(x); // finite: a table holds no infinite value
            out.insert(QStringLiteral("values"), values);
        }
        variablesOut.insert(QString::fromStdString(name), out);
    }
    return QJsonDocument(QJsonObject { { QStringLiteral("records"), qint64(records) },
                                       { QStringLiteral("variables"), variablesOut } })
        .toJson(QJsonDocument::Compact);
}

std::optional<QByteArray>
carriedFactRecords(const LoadedDataset &earlier, const std::optional<QByteArray> &earlierFacts,
                   const DatasetInfo &info, const analysis::DataTable &table,
                   const RecordMatch &match, const std::vector<std::uint8_t> &held,
                   qint64 generation, std::size_t reset,
                   const std::optional<QByteArray> &earlierGhosts, QByteArray *ghostsOut)
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
    // A record whose consent alone changed is, for the facts, the record it was (its values are
    // in the table): its earlier fact status, as the consent carry kept it, and no ghost.
    std::vector<std::uint8_t> sameRecord(before->size(), 0);
    std::vector<std::int64_t> factRowOf = match.rowOf;
    for (const auto &[row, from] : match.consentPairs) {
        if (row < rows && from < sameRecord.size()) {
            factRowOf[row] = std::int64_t(from);
            sameRecord[from] = 1;
        }
    }
    for (std::size_t i = 0; i < rows; ++i) {
        if (factRowOf[i] >= 0)
            body[i] = (*before)[std::size_t(factRowOf[i])];
        moved += body[i] != now[i];
    }
    for (std::size_t r : match.ghostRows)
        moved += (*before)[r] != 0 && !sameRecord[r];
    // The removed records that counted in the facts: the earlier import's (while its fact
    // records were carried) and this import's ghosts among its fact records.
    FactGhosts ghosts;
    if (earlierFacts && earlierGhosts) {
        if (auto decoded = FactGhosts::decode(*earlierGhosts))
            ghosts = std::move(*decoded);
    }
    // They moved too: the facts are judged afresh once the removed and the otherwise moved
    // records together reach `reset` (this import's ghosts are counted above).
    moved += std::size_t(ghosts.records);
    for (std::size_t r : match.ghostRows) {
        if (!(*before)[r] || sameRecord[r])
            continue;
        ++ghosts.records;
        for (const VariableInfo &v : earlier.info.analysisVariables()) {
            const analysis::Column *column = earlier.table.column(v.name.toStdString());
            if (!column || r >= column->size())
                continue;
            FactGhosts::Variable &out = ghosts.variables[column->name];
            if (column->isMissing(r)) {
                ++out.missing;
                continue;
            }
            ++out.present;
            if (column->kind == analysis::ColumnKind::Categorical) {
                ++out.levels[column->levels[std::size_t(column->codes[r])]];
            } else {
                const double x = column->numeric[r];
                if (v.kind == VariableKind::Binary)
                    ++out.levels[x == 1.0 ? "1" : "0"];
                else if (std::isfinite(x))
                    out.values.push_back(x);
                out.notWhole |= x != std::trunc(x);
            }
        }
    }
    for (auto &[name, var] : ghosts.variables)
        std::sort(var.values.begin(), var.values.end());
    if (moved == 0 || moved >= std::max(reset, kFactRecordsReset))
        return std::nullopt;
    if (ghostsOut && ghosts.records > 0)
        *ghostsOut = ghosts.encode();
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

void setFactGhosts(const QString &dataset, qint64 generation, std::optional<FactGhosts> ghosts)
{
    std::lock_guard lock(g_factMutex);
    if (!ghosts)
        g_ghosts.erase(dataset);
    else
        g_ghosts[dataset] = { generation, std::move(*ghosts) };
}

std::optional<FactGhosts> factGhosts(const QString &dataset, qint64 generation)
{
    std::lock_guard lock(g_factMutex);
    const auto found = g_ghosts.find(dataset);
    if (found == g_ghosts.end() || found->second.first != generation)
        return std::nullopt;
    return found->second.second;
}

std::vector<double> factGhostValues(const LoadedDataset &data, const std::string &variable)
{
    // Only while the facts are judged over carried fact records (the ghosts count in them).
    if (!factRecords(data.info.name, data.info.generation, data.table.rows()))
        return {};
    std::lock_guard lock(g_factMutex);
    const auto found = g_ghosts.find(data.info.name);
    if (found == g_ghosts.end() || found->second.first != data.info.generation)
        return {};
    const auto v = found->second.second.variables.find(variable);
    return v == found->second.second.variables.end() ? std::vector<double> {} : v->second.values;
}

QString frozenStepsKey(const QString &dataset)
{
    return dataset + QStringLiteral("\x1f") + QStringLiteral("fact-steps");
}

std::optional<FrozenSteps> FrozenSteps::decode(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject root = doc.object();
    FrozenSteps out;
    out.moved = root.value(QStringLiteral("moved")).toInteger(-1);
    if (out.moved < 0)
        return std::nullopt;
    const QJsonObject steps = root.value(QStringLiteral("steps")).toObject();
    for (auto it = steps.begin(); it != steps.end(); ++it) {
        if (!it.value().isDouble())
            return std::nullopt;
        out.steps[it.key().toStdString()] = it.value().toDouble();
    }
    return out;
}

QByteArray FrozenSteps::encode() const
{
    QJsonObject stepsOut;
    for (const auto &[name, step] : steps)
        stepsOut.insert(QString::fromStdString(name), step);
    return QJsonDocument(QJsonObject { { QStringLiteral("moved"), qint64(moved) },
                                       { QStringLiteral("steps"), stepsOut } })
        .toJson(QJsonDocument::Compact);
}

std::optional<QByteArray> carriedSteps(const LoadedDataset &earlier,
                                       const std::optional<QByteArray> &earlierSteps,
                                       const std::optional<QByteArray> &earlierFacts,
                                       const std::optional<QByteArray> &earlierHeld,
                                       const RecordMatch &match, std::size_t reset)
{
    std::optional<FrozenSteps> before;
    if (earlierSteps)
        before = FrozenSteps::decode(*earlierSteps);
    FrozenSteps out;
    // Every record the table gained or lost: added (held or not), removed, and both versions of
    // a changed one.
    out.moved = (before ? before->moved : 0) + std::int64_t(match.added)
        + std::int64_t(match.ghostRows.size());
    if (out.moved == 0 || out.moved >= std::int64_t(std::max(reset, kFactRecordsReset)))
        return std::nullopt;
    if (before) {
        out.steps = before->steps;
    } else {
        // The earlier import's own steps, as its loads computed them (everyPurposeRecords: its
        // fact records, or its records consented for every purpose less the held ones).
        const std::size_t rows = earlier.table.rows();
        std::optional<std::vector<std::uint8_t>> every;
        if (earlierFacts)
            every = decodeFactRecords(*earlierFacts, earlier.info.generation, rows);
        if (!every) {
            every = consentedForEveryPurpose(earlier.info, earlier.table);
            if (earlierHeld) {
                if (auto held = decodeFactRecords(*earlierHeld, earlier.info.generation, rows)) {
                    for (std::size_t i = 0; i < rows; ++i)
                        (*every)[i] = (*every)[i] && !(*held)[i];
                }
            }
        }
        for (const std::string &name : earlier.table.columnNames()) {
            const analysis::Column *column = earlier.table.column(name);
            if (column && column->kind == analysis::ColumnKind::Numeric)
                out.steps[name] = histogramStepOver(*column, *every);
        }
    }
    return out.encode();
}

void applyFrozenSteps(LoadedDataset &data, const QByteArray &stored)
{
    const auto frozen = FrozenSteps::decode(stored);
    if (!frozen)
        return;
    for (const auto &[name, step] : frozen->steps) {
        // A variable that is numeric in both imports; one that changed its kind or is new is
        // judged over the table (nothing of it on the earlier lattice was released).
        if (const auto it = data.histogramSteps.find(name); it != data.histogramSteps.end())
            it->second = step;
    }
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
                                        const std::vector<std::int64_t> &recordIds,
                                        bool missingColumnConsents)
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
    // Per column: the earlier codes as the new import's (by level text; -2 a level it lacks), or
    // empty when the levels are the same.
    std::vector<std::vector<std::int32_t>> codeMaps;
    // Variables of another kind now: compared on whether a value is missing only.
    std::vector<std::pair<const analysis::Column *, const analysis::Column *>> presence;
    RecordMatch match;
    for (const VariableInfo &v : now) {
        const VariableInfo *old = earlier.info.variable(v.name);
        if (!old)
            continue; // added
        if (old->role != VariableRole::Variable)
            return std::nullopt;
        const analysis::Column *a = table.column(v.name.toStdString());
        const analysis::Column *b = earlier.table.column(v.name.toStdString());
        if (!a || !b || a->size() != rows || b->size() != before)
            return std::nullopt;
        if (old->kind != v.kind || a->kind != b->kind) {
            // Another kind: its earlier cells cannot be read in the new import (a schema
            // change, docs/privacy-rules.md); the records are matched on the other variables.
            match.unreadable.insert(v.name.toStdString());
            presence.emplace_back(a, b); // missing or not is the same fact in either kind
            continue;
        }
        std::vector<std::int32_t> codeMap;
        if (a->kind != analysis::ColumnKind::Numeric && a->levels != b->levels) {
            std::unordered_map<std::string, std::int32_t> index;
            for (std::size_t l = 0; l < a->levels.size(); ++l)
                index.emplace(a->levels[l], std::int32_t(l));
            bool every = true;
            for (const std::string &level : b->levels) {
                const auto found = index.find(level);
                codeMap.push_back(found == index.end() ? -2 : found->second);
                every = every && found != index.end();
            }
            // The ledgers' codes of the variable are remapped by level text when the new import
            // holds every earlier level and the first stays first (a categorical outcome's
            // event classes are its first level and the rest); else unreadable.
            if (every && !codeMap.empty() && codeMap.front() == 0)
                match.levelMaps[v.name.toStdString()] = codeMap;
            else
                match.unreadable.insert(v.name.toStdString());
        }
        columns.emplace_back(a, b);
        codeMaps.push_back(std::move(codeMap));
    }
    auto earlierCode = [&](std::size_t column, std::size_t from) -> std::int32_t {
        const std::int32_t code = columns[column].second->codes[from];
        if (code < 0)
            return -1; // missing
        if (codeMaps[column].empty())
            return code;
        return codeMaps[column][std::size_t(code)];
    };
    // Consent for the purposes both imports record (docs/privacy-rules.md, "Consent changes are
    // changed records"): a record whose consent changed is not the same record to the ledger — it
    // is the ghost of its old version plus an added (held) record, so that no verdict depends on
    // which atoms the record whose consent changed was in (a withdrawal refused the girls' Table 1
    // and released the boys': she is a girl).
    // Under require_consent_column 0 a purpose without a column served every record, so a column
    // that only one import holds is compared too (consentBits reads the other import's records as
    // all consented): a column added after releases for its purpose, 0 for one record, is her
    // withdrawal (branch `reimport5`, docs/privacy-rules.md "Consent changes are changed
    // records"). Under 1 such a purpose served nobody in the import without the column: nothing
    // was released for it there, and its records for it are new, not changed.
    QStringList purposes;
    for (const QString &purpose : info.consentPurposes()) {
        if (!info.consentColumn(purpose).isEmpty() && !earlier.info.consentColumn(purpose).isEmpty()
            && earlier.info.consentPurposes().contains(purpose))
            purposes << purpose;
    }
    if (missingColumnConsents) {
        for (const QStringList &each : { info.consentPurposes(), earlier.info.consentPurposes() }) {
            for (const QString &purpose : each) {
                if (!purposes.contains(purpose))
                    purposes << purpose;
            }
        }
    }
    purposes.sort();
    std::vector<std::uint64_t> consentNow = consentBits(info, table, purposes);
    const std::vector<std::uint64_t> consentBefore
        = consentBits(earlier.info, earlier.table, purposes);
    auto same = [&](std::size_t row, std::size_t from) {
        if (consentNow[row] != consentBefore[from])
            return false;
        for (const auto &[a, b] : presence) {
            if (a->isMissing(row) != b->isMissing(from))
                return false;
        }
        for (std::size_t i = 0; i < columns.size(); ++i) {
            const auto &[a, b] = columns[i];
            if (a->kind == analysis::ColumnKind::Numeric) {
                if (!sameNumber(b->numeric[from], a->numeric[row]))
                    return false;
                continue;
            }
            // Missing is -1 on both sides; a level the new import lacks (-2) equals nothing.
            if (std::max(a->codes[row], -1) != earlierCode(i, from))
                return false;
        }
        return true;
    };
    auto hashOf = [&](bool fresh, std::size_t row) {
        std::uint64_t h = mix(0x243f6a8885a308d3ull, (fresh ? consentNow : consentBefore)[row]);
        for (const auto &[a, b] : presence)
            h = mix(h, (fresh ? a : b)->isMissing(row) ? 1 : 0);
        for (std::size_t i = 0; i < columns.size(); ++i) {
            const analysis::Column *c = fresh ? columns[i].first : columns[i].second;
            if (c->kind == analysis::ColumnKind::Numeric) {
                const double v = c->numeric[row];
                std::uint64_t bits = 0x7ff8000000000000ull; // every NaN alike
                if (v == 0)
                    bits = 0; // 0 and -0 alike
                else if (v == v)
                    std::memcpy(&bits, &v, sizeof bits);
                h = mix(h, bits);
            } else {
                const std::int32_t code = fresh ? c->codes[row] : earlierCode(i, row);
                h = mix(h, std::uint64_t(std::int64_t(code < 0 ? -1 : code)));
            }
        }
        return h;
    };

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
        const bool changed = found != rowOfId.end() && !taken[found->second];
        match.changed += changed;
        if (changed && consentNow[row] != consentBefore[found->second]) {
            // Only its consent changed, or its values too: counted once, as a consent change
            // when every value is the same.
            const std::uint64_t keep = consentNow[row];
            consentNow[row] = consentBefore[found->second];
            if (same(row, found->second)) {
                ++match.consentChanged;
                match.consentPairs.emplace_back(row, found->second);
            }
            consentNow[row] = keep;
        }
    }
    for (std::size_t row = 0; row < before; ++row) {
        if (!taken[row])
            match.ghostRows.push_back(row);
    }
    return match;
}

std::size_t sharedRecordCount(const SharedRecords &shared, std::size_t rows, std::size_t otherRows,
                              int minCell, bool *contained)
{
    if (contained)
        *contained = false;
    const std::size_t floor = std::size_t(std::max(minCell, 1));
    if (shared.byId >= floor)
        return shared.byId;
    if (shared.byValues >= floor && 2 * shared.byValues >= std::min(rows, otherRows))
        return shared.byValues;
    // Every record of the smaller dataset but fewer than minCell has its tuple of common values
    // in the larger as often: it may be an extract (or the larger one the smaller plus a few).
    if (shared.smallerRows >= floor && shared.smallerRows - shared.contained < floor) {
        if (contained)
            *contained = true;
        return shared.contained;
    }
    return 0;
}

SharedRecords sharedRecords(const LoadedDataset &other, const DatasetInfo &info,
                            const analysis::DataTable &table,
                            const std::vector<std::int64_t> &recordIds)
{
    const std::size_t rows = table.rows();
    const std::size_t theirs = other.table.rows();
    // Per common variable: the new column, the other's, and for a categorical one the other's
    // codes as the new import's (by level text; -2: a level the new import lacks, -1 missing).
    struct Common {
        const analysis::Column *mine = nullptr, *theirs = nullptr;
        std::vector<std::int32_t> codeOf;
    };
    std::vector<Common> columns;
    for (const VariableInfo &v : info.analysisVariables()) {
        const VariableInfo *old = other.info.variable(v.name);
        if (!old || old->role != VariableRole::Variable || old->kind != v.kind)
            continue;
        const analysis::Column *a = table.column(v.name.toStdString());
        const analysis::Column *b = other.table.column(v.name.toStdString());
        if (!a || !b || a->kind != b->kind || a->size() != rows || b->size() != theirs)
            continue;
        Common c { a, b, {} };
        if (a->kind != analysis::ColumnKind::Numeric) {
            std::unordered_map<std::string, std::int32_t> index;
            for (std::size_t l = 0; l < a->levels.size(); ++l)
                index.emplace(a->levels[l], std::int32_t(l));
            c.codeOf.reserve(b->levels.size());
            std::size_t common = 0;
            for (const std::string &level : b->levels) {
                const auto found = index.find(level);
                c.codeOf.push_back(found == index.end() ? -2 : found->second);
                common += found != index.end();
            }
            // Levels written another way (sex as F/M against female/male; some level of each
            // list not in the other): the values cannot be compared, so the variable is left
            // out of the fingerprint instead of making every record differ
            // (tst_attacks_reimport2 recodedExtract). A level list that holds the other (a
            // level added) is compared by level text.
            if (common != a->levels.size() && common != b->levels.size())
                continue;
        }
        columns.push_back(std::move(c));
    }
    if (columns.empty())
        return {};
    auto numberBits = [](double v) {
        std::uint64_t bits = 0x7ff8000000000000ull; // every NaN alike
        if (v == 0)
            bits = 0; // 0 and -0 alike
        else if (v == v)
            std::memcpy(&bits, &v, sizeof bits);
        return bits;
    };
    auto code = [](const Common &c, bool mine, std::size_t row) -> std::int64_t {
        const std::int32_t raw = mine ? c.mine->codes[row] : c.theirs->codes[row];
        if (raw < 0)
            return -1;
        return mine ? raw : c.codeOf[std::size_t(raw)];
    };
    auto hashOf = [&](bool mine, std::size_t row) {
        std::uint64_t h = 0x13198a2e03707344ull;
        for (const Common &c : columns) {
            if (c.mine->kind == analysis::ColumnKind::Numeric)
                h = mix(h, numberBits(mine ? c.mine->numeric[row] : c.theirs->numeric[row]));
            else
                h = mix(h, std::uint64_t(code(c, mine, row)));
        }
        return h;
    };
    auto same = [&](std::size_t row, std::size_t from) {
        for (const Common &c : columns) {
            if (c.mine->kind == analysis::ColumnKind::Numeric) {
                if (!sameNumber(c.mine->numeric[row], c.theirs->numeric[from]))
                    return false;
            } else if (code(c, true, row) != code(c, false, from)) {
                return false;
            }
        }
        return true;
    };
    // Each tuple's count and one row holding it, on both sides (a hash shared by two tuples
    // counts as two: it is then no unique fingerprint, which only lowers the count).
    std::unordered_map<std::uint64_t, std::pair<std::size_t, std::size_t>> mine, other_;
    mine.reserve(rows);
    other_.reserve(theirs);
    for (std::size_t row = 0; row < rows; ++row) {
        auto &e = mine[hashOf(true, row)];
        e = { e.first + 1, row };
    }
    for (std::size_t row = 0; row < theirs; ++row) {
        auto &e = other_[hashOf(false, row)];
        e = { e.first + 1, row };
    }
    SharedRecords shared;
    // Extracts of coarse columns (docs/privacy-rules.md, "Extracts of coarse columns"): the
    // records of the smaller dataset whose tuple the larger holds at least as often.
    const bool mineSmaller = rows <= theirs;
    const auto &small = mineSmaller ? mine : other_;
    const auto &large = mineSmaller ? other_ : mine;
    shared.smallerRows = mineSmaller ? rows : theirs;
    std::size_t excess = 0;
    for (const auto &[h, e] : small) {
        const auto found = large.find(h);
        const std::size_t there = found == large.end() ? 0 : found->second.first;
        excess += e.first > there ? e.first - there : 0;
    }
    shared.contained = shared.smallerRows - excess;
    for (const auto &[h, e] : mine) {
        if (e.first != 1)
            continue;
        const auto found = other_.find(h);
        if (found != other_.end() && found->second.first == 1
            && same(e.second, found->second.second))
            ++shared.byValues;
    }
    if (recordIds.size() == rows && other.recordIds.size() == theirs) {
        std::unordered_map<std::int64_t, std::size_t> rowOfId;
        rowOfId.reserve(theirs);
        for (std::size_t row = 0; row < theirs; ++row)
            rowOfId.emplace(other.recordIds[row], row);
        for (std::size_t row = 0; row < rows; ++row) {
            const auto found = rowOfId.find(recordIds[row]);
            shared.byId += found != rowOfId.end() && same(row, found->second);
        }
    }
    return shared;
}

namespace {

// The variable of a simple family key ("v:", "m:", "y:<var>:<t>", "h:<var>:<edges>"); empty for
// any other key.
std::string familyVariable(const std::string &key)
{
    if (key.size() < 3 || key[1] != ':')
        return {};
    const std::string rest = key.substr(2);
    if (key[0] == 'v' || key[0] == 'm')
        return rest;
    if (key[0] == 'y' || key[0] == 'h') {
        const std::size_t colon = rest.rfind(':');
        return colon == std::string::npos ? std::string() : rest.substr(0, colon);
    }
    return {};
}

// A joint key's two parts ("t:<length of the first>:<first><second>").
std::optional<std::pair<std::string, std::string>> jointKeyParts(const std::string &key)
{
    if (key.size() < 4 || key[0] != 't' || key[1] != ':')
        return std::nullopt;
    const std::size_t colon = key.find(':', 2);
    if (colon == std::string::npos)
        return std::nullopt;
    std::size_t length = 0;
    for (std::size_t i = 2; i < colon; ++i) {
        if (key[i] < '0' || key[i] > '9' || length > key.size())
            return std::nullopt;
        length = length * 10 + std::size_t(key[i] - '0');
    }
    if (colon + 1 + length > key.size())
        return std::nullopt;
    return std::pair { key.substr(colon + 1, length), key.substr(colon + 1 + length) };
}

} // namespace

void remapFamilies(DifferencingState &state, const RecordMatch &match,
                   const analysis::DataTable &before, const analysis::DataTable &after)
{
    if (match.levelMaps.empty() && match.unreadable.empty())
        return;
    // A missing cell ("m:") reads alike in any kind and level set (the match compared it).
    auto unreadable = [&](const std::string &key) {
        return key.rfind("m:", 0) != 0 && match.unreadable.count(familyVariable(key)) > 0;
    };
    // A simple key's code map (old code -> new code), empty when it keeps its codes.
    auto simpleMap = [&](const std::string &key) -> std::vector<std::int32_t> {
        if (key.size() < 3 || key[0] != 'v')
            return {};
        const auto found = match.levelMaps.find(familyVariable(key));
        if (found == match.levelMaps.end())
            return {};
        std::vector<std::int32_t> map = found->second;
        map.push_back(familyCodeCount(after, key) - 1); // missing: after the last level
        return map;
    };
    for (std::size_t f = 0; f < state.families.size(); ++f) {
        std::string &key = state.families[f];
        const bool marker = key.rfind("j:", 0) == 0;
        const std::string family = marker ? key.substr(2) : key;
        const auto parts = jointKeyParts(family);
        const bool lost
            = parts ? unreadable(parts->first) || unreadable(parts->second) : unreadable(family);
        if (lost) {
            // No table reads "x:…": a split of an atom that carries it is refused.
            key = (marker ? "j:x:" : "x:") + family;
            continue;
        }
        if (marker)
            continue; // a marker's code is no cell
        std::function<std::int32_t(std::int32_t)> code;
        if (parts) {
            const std::vector<std::int32_t> a = simpleMap(parts->first);
            const std::vector<std::int32_t> b = simpleMap(parts->second);
            if (a.empty() && b.empty())
                continue;
            const std::int32_t countBefore = familyCodeCount(before, parts->second);
            const std::int32_t countAfter = familyCodeCount(after, parts->second);
            if (countBefore <= 0 || countAfter <= 0) {
                key = "x:" + family;
                continue;
            }
            code = [a, b, countBefore, countAfter](std::int32_t c) {
                std::int32_t first = c / countBefore, second = c % countBefore;
                if (!a.empty())
                    first = std::size_t(first) < a.size() ? a[std::size_t(first)] : -1;
                if (!b.empty())
                    second = std::size_t(second) < b.size() ? b[std::size_t(second)] : -1;
                return first < 0 || second < 0 ? -1 : first * countAfter + second;
            };
        } else {
            const std::vector<std::int32_t> a = simpleMap(family);
            if (a.empty())
                continue;
            code = [a](std::int32_t c) {
                return c >= 0 && std::size_t(c) < a.size() ? a[std::size_t(c)] : -1;
            };
        }
        for (auto &atom : state.exposed) {
            for (auto &e : atom) {
                if (e.family != f)
                    continue;
                std::vector<std::int32_t> codes;
                bool lostCode = false;
                for (std::int32_t c : e.codes) {
                    const std::int32_t mapped = code(c);
                    lostCode |= mapped < 0;
                    if (mapped >= 0)
                        codes.push_back(mapped);
                }
                std::sort(codes.begin(), codes.end());
                codes.erase(std::unique(codes.begin(), codes.end()), codes.end());
                e.codes = std::move(codes);
                if (lostCode)
                    key = "x:" + family; // cannot happen with a complete map; never weaker
            }
        }
    }
}

std::optional<QByteArray> carriedLedger(const QByteArray &stored, qint64 generation,
                                        const RecordMatch &match, std::size_t earlierRows,
                                        int minCell, const analysis::DataTable &before,
                                        const analysis::DataTable &after)
{
    const std::size_t rows = match.rowOf.size();
    if (auto state = DifferencingState::decode(stored)) {
        if (state->atomOf.size() != earlierRows)
            return std::nullopt;
        remapFamilies(*state, match, before, after);
        const std::size_t atoms = state->sizes.size();
        state->ghosts.resize(atoms, 0);
        for (std::size_t r : match.ghostRows)
            ++state->ghosts[state->atomOf[r]];
        // Records removed: every atom of the earlier import may hold some (the same verdicts
        // wherever they are: DifferencingState::unsure), the pending atom aside (held).
        if (!match.ghostRows.empty()) {
            state->unsure.resize(atoms, 0);
            for (std::size_t a = 0; a < atoms; ++a)
                state->unsure[a] = std::int64_t(a) != state->pending ? 1 : state->unsure[a];
        }
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
            if (!state->unsure.empty())
                state->unsure.push_back(0);
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

DifferencingState meetStates(const DifferencingState &mine, const DifferencingState &theirs)
{
    constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();
    const std::size_t rows = mine.atomOf.size();
    DifferencingState out;
    out.generation = mine.generation;
    out.families = mine.families;
    std::vector<std::uint32_t> familyOf(theirs.families.size());
    for (std::size_t f = 0; f < theirs.families.size(); ++f) {
        auto it = std::find(out.families.begin(), out.families.end(), theirs.families[f]);
        familyOf[f] = std::uint32_t(it - out.families.begin());
        if (it == out.families.end())
            out.families.push_back(theirs.families[f]);
    }
    std::unordered_map<std::uint64_t, std::uint32_t> pieceOf;
    std::vector<std::uint32_t> mineOf, theirsOf;
    out.atomOf.resize(rows);
    for (std::size_t r = 0; r < rows; ++r) {
        const std::uint32_t a = mine.atomOf[r];
        const std::uint32_t b
            = (mine.pending >= 0 && std::int64_t(a) == mine.pending) || r >= theirs.atomOf.size()
            ? kNone
            : theirs.atomOf[r];
        const std::uint64_t key = (std::uint64_t(a) << 32) | b;
        auto [it, fresh] = pieceOf.try_emplace(key, std::uint32_t(out.sizes.size()));
        if (fresh) {
            out.sizes.push_back(0);
            mineOf.push_back(a);
            theirsOf.push_back(b);
        }
        out.atomOf[r] = it->second;
        ++out.sizes[it->second];
    }
    const std::size_t pieces = out.sizes.size();
    out.exposed.resize(pieces);
    out.ghosts.assign(pieces, 0);
    out.unsure.assign(pieces, 1);
    for (std::size_t p = 0; p < pieces; ++p) {
        std::map<std::uint32_t, std::vector<std::int32_t>> codes;
        if (mineOf[p] < mine.exposed.size()) {
            for (const auto &e : mine.exposed[mineOf[p]])
                codes[e.family].insert(codes[e.family].end(), e.codes.begin(), e.codes.end());
        }
        if (theirsOf[p] != kNone && theirsOf[p] < theirs.exposed.size()) {
            for (const auto &e : theirs.exposed[theirsOf[p]]) {
                auto &c = codes[familyOf[e.family]];
                c.insert(c.end(), e.codes.begin(), e.codes.end());
            }
        }
        for (auto &[family, list] : codes) {
            std::sort(list.begin(), list.end());
            list.erase(std::unique(list.begin(), list.end()), list.end());
            out.exposed[p].push_back(DifferencingState::Exposure { family, std::move(list) });
        }
        if (theirsOf[p] == kNone && mine.pending >= 0 && std::int64_t(mineOf[p]) == mine.pending) {
            out.pending = std::int64_t(p);
            out.unsure[p] = 0;
        }
    }
    return out;
}

std::optional<QByteArray> mergedLedger(const std::optional<QByteArray> &mine, qint64 generation,
                                       std::size_t rows, const std::vector<std::uint8_t> &held,
                                       const std::vector<QByteArray> &theirs)
{
    if (theirs.empty())
        return mine;
    const bool states = DifferencingState::decode(theirs.front()).has_value();
    if (states) {
        DifferencingState merged;
        if (mine) {
            auto decoded = DifferencingState::decode(*mine);
            if (!decoded || decoded->atomOf.size() != rows)
                return std::nullopt;
            merged = std::move(*decoded);
        } else {
            // The ledger the node starts for a key (DifferencingLedger::latticeHistogramHold):
            // one atom, the held records a pending atom of their own.
            merged = DifferencingState::initial(generation, rows);
            const std::size_t count = std::size_t(std::count(held.begin(), held.end(), 1));
            if (held.size() == rows && count > 0 && count < rows) {
                for (std::size_t r = 0; r < rows; ++r)
                    merged.atomOf[r] = held[r] ? 1 : 0;
                merged.sizes = { std::int64_t(rows - count), std::int64_t(count) };
                merged.exposed.assign(2, {});
                merged.pending = 1;
            }
        }
        for (const QByteArray &other : theirs) {
            auto decoded = DifferencingState::decode(other);
            if (!decoded || decoded->atomOf.size() != rows)
                return std::nullopt;
            merged = meetStates(merged, *decoded);
        }
        merged.generation = generation;
        return merged.encode();
    }
    ReleasedBinsList merged;
    merged.generation = generation;
    if (mine) {
        auto decoded = ReleasedBinsList::decode(*mine);
        if (!decoded)
            return std::nullopt;
        merged = std::move(*decoded);
    }
    for (const QByteArray &other : theirs) {
        auto decoded = ReleasedBinsList::decode(other);
        if (!decoded)
            return std::nullopt;
        for (ReleasedBins &e : decoded->evaluations) {
            if (e.binOf.size() < rows)
                return std::nullopt;
            if (std::find(merged.evaluations.begin(), merged.evaluations.end(), e)
                == merged.evaluations.end())
                merged.evaluations.push_back(std::move(e));
        }
        merged.histogramVariables.insert(merged.histogramVariables.end(),
                                         decoded->histogramVariables.begin(),
                                         decoded->histogramVariables.end());
    }
    std::sort(merged.histogramVariables.begin(), merged.histogramVariables.end());
    merged.histogramVariables.erase(
        std::unique(merged.histogramVariables.begin(), merged.histogramVariables.end()),
        merged.histogramVariables.end());
    merged.generation = generation;
    return merged.encode();
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

// SPDX-License-Identifier: GPL-3.0-or-later
#include "release/ledgercarry.h"

#include "release/differencing.h"

#include <cstring>
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

} // namespace

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

} // namespace fairstart::node

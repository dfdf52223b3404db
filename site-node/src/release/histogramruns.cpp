// SPDX-License-Identifier: GPL-3.0-or-later
#include "histogramruns.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace fairstart::node {

HistogramCodes histogramCodes(const analysis::DataTable &table, const std::string &variable,
                              const std::vector<double> &edges,
                              const std::vector<std::int64_t> &cohortRows)
{
    HistogramCodes out;
    out.variable = variable;
    const analysis::Column *column = table.column(variable);
    if (!column || edges.size() < 2)
        return out;
    out.bins = std::int32_t(edges.size() - 1);
    out.code.reserve(cohortRows.size());
    for (std::int64_t row : cohortRows) {
        const double v = column->numeric[std::size_t(row)];
        std::int32_t code = 0;
        if (column->isMissing(std::size_t(row)) || std::isnan(v))
            code = out.bins + 2;
        else if (v < edges.front())
            code = out.bins;
        else if (v >= edges.back())
            code = out.bins + 1;
        else
            code = std::int32_t(std::upper_bound(edges.begin(), edges.end(), v) - edges.begin())
                - 1;
        out.code.push_back(code);
    }
    return out;
}

namespace {

// Whether some run of the evaluation's bins lies 1..minCell-1 records from a union of blocks
// inside it or holding it (the test of DifferencingLedger::chooseEdges, on given blocks).
bool someRunNearBlocks(const ReleasedBins &e, const std::vector<std::uint32_t> &blockOf,
                       const std::vector<std::int64_t> &blockSize, int minCell)
{
    const std::size_t B = e.bins;
    // Per released bin, its records per block (sparse).
    std::vector<std::vector<std::pair<std::uint32_t, std::int64_t>>> perBin(B);
    {
        std::vector<std::vector<std::uint32_t>> members(B);
        for (std::size_t r = 0; r < e.binOf.size() && r < blockOf.size(); ++r) {
            if (e.binOf[r] > 0 && e.binOf[r] <= B)
                members[e.binOf[r] - 1u].push_back(blockOf[r]);
        }
        for (std::size_t b = 0; b < B; ++b) {
            std::sort(members[b].begin(), members[b].end());
            for (std::size_t i = 0; i < members[b].size();) {
                std::size_t j = i;
                while (j < members[b].size() && members[b][j] == members[b][i])
                    ++j;
                perBin[b].emplace_back(members[b][i], std::int64_t(j - i));
                i = j;
            }
        }
    }
    std::vector<std::int64_t> in(blockSize.size(), 0);
    for (std::size_t a = 0; a < B; ++a) {
        std::int64_t inner = 0, outer = 0; // over the blocks the run cuts
        for (std::size_t b = a; b < B; ++b) {
            for (const auto &[block, count] : perBin[b]) {
                const std::int64_t size = blockSize[block];
                std::int64_t &have = in[block];
                if (have > 0 && have < size) {
                    inner -= have;
                    outer -= size - have;
                }
                have += count;
                if (have > 0 && have < size) {
                    inner += have;
                    outer += size - have;
                }
            }
            if ((inner >= 1 && inner < minCell) || (outer >= 1 && outer < minCell)) {
                return true;
            }
        }
        for (std::size_t b = a; b < B; ++b) {
            for (const auto &[block, count] : perBin[b])
                in[block] = 0;
        }
    }
    return false;
}

} // namespace

std::optional<std::string> histogramRunRefusal(const std::vector<ReleasedBins> &released,
                                               const DifferencingState &main,
                                               const std::vector<std::int64_t> &cohortRows,
                                               const std::vector<HistogramCodes> &histograms,
                                               int minCell)
{
    if (released.empty() || histograms.empty())
        return std::nullopt;
    const std::size_t rows = main.atomOf.size();
    for (const HistogramCodes &h : histograms) {
        if (h.code.size() != cohortRows.size())
            continue;
        // Blocks: (atom, part) for the cohort's rows, (atom, outside) for the others; the
        // cohort itself is a cohort of this release, so an atom it splits is two blocks.
        const std::int64_t parts = std::int64_t(h.bins) + 4; // + outside the cohort
        std::vector<std::int32_t> partOf(rows, std::int32_t(parts - 1));
        for (std::size_t i = 0; i < cohortRows.size(); ++i)
            partOf[std::size_t(cohortRows[i])] = h.code[i];
        std::unordered_map<std::uint64_t, std::uint32_t> ids;
        std::vector<std::uint32_t> blockOf(rows);
        std::vector<std::int64_t> blockSize;
        for (std::size_t r = 0; r < rows; ++r) {
            const std::uint64_t key
                = std::uint64_t(main.atomOf[r]) * std::uint64_t(parts) + std::uint64_t(partOf[r]);
            const auto [it, added] = ids.emplace(key, std::uint32_t(blockSize.size()));
            if (added)
                blockSize.push_back(0);
            blockOf[r] = it->second;
            ++blockSize[it->second];
        }
        for (const ReleasedBins &e : released) {
            // An evaluation none of the cohort's records is in meets whole atoms only: the
            // cohort's own check against released bins (binRunRefusal).
            const bool touches = std::any_of(cohortRows.begin(), cohortRows.end(), [&](auto r) {
                return std::size_t(r) < e.binOf.size() && e.binOf[std::size_t(r)] > 0;
            });
            if (touches && someRunNearBlocks(e, blockOf, blockSize, minCell))
                return std::string("histogram of ") + h.variable + " and released risk bins";
        }
    }
    return std::nullopt;
}

} // namespace fairstart::node

// SPDX-License-Identifier: GPL-3.0-or-later
#include "histogramruns.h"

#include "releasegate.h" // datasetHistogramStep

#include "fairstart/analysis/disclosure.h"
#include "fairstart/analysis/lattice.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
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
            code
                = std::int32_t(std::upper_bound(edges.begin(), edges.end(), v) - edges.begin()) - 1;
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

std::vector<std::string> numericDesignVariables(const analysis::DataTable &table,
                                                const analysis::ResolvedDesign &design)
{
    std::vector<std::string> out;
    for (const analysis::Predictor &p : design.spec.predictors) {
        const analysis::Column *column = table.column(p.variable);
        if (column && column->kind == analysis::ColumnKind::Numeric
            && p.transform != analysis::Transform::Categorical
            && std::find(out.begin(), out.end(), p.variable) == out.end())
            out.push_back(p.variable);
    }
    return out;
}

void dropEdgesNearLattice(RiskBins &rb, const DifferencingState &main, const LoadedDataset &data,
                          const std::vector<std::string> &variables, int minCell)
{
    const analysis::DataTable &table = data.table;
    const std::vector<int> candidates = rb.edges;
    if (candidates.size() < 3 || rb.rows.size() != rb.bin.size() || variables.empty())
        return;
    const std::size_t m = candidates.size() - 1;
    const std::size_t rows = main.atomOf.size();
    // Each evaluated record's candidate bin.
    std::vector<std::uint32_t> cand(rb.rows.size());
    for (std::size_t i = 0; i < rb.rows.size(); ++i) {
        const auto at = std::upper_bound(candidates.begin(), candidates.end(), rb.bin[i]);
        const std::ptrdiff_t c = (at - candidates.begin()) - 1;
        cand[i] = std::uint32_t(std::clamp<std::ptrdiff_t>(c, 0, std::ptrdiff_t(m) - 1));
    }
    // Per variable: each record's block (atom × lattice cell, missing a cell of its own), the
    // blocks' sizes over the dataset, and per candidate bin its records per block (sparse).
    struct Blocks {
        std::vector<std::int64_t> size;
        std::vector<std::vector<std::pair<std::uint32_t, std::int64_t>>> perBin;
    };
    std::vector<Blocks> all;
    // Blocks of one partition of the records (`cellOf`: a row's part; the atom above it).
    auto addBlocks = [&](const std::function<long long(std::size_t)> &cellOf) {
        std::unordered_map<std::uint64_t, std::uint32_t> ids;
        std::vector<std::uint32_t> blockOf(rows);
        Blocks b;
        for (std::size_t r = 0; r < rows; ++r) {
            // A part as 32 bits with the atom above: parts beyond ±2³¹ share one (a coarser
            // block is the conservative side only for records in no run).
            const std::uint64_t key = (std::uint64_t(main.atomOf[r]) << 32)
                | std::uint64_t(std::uint32_t(
                    std::clamp<long long>(cellOf(r), -(1LL << 31) + 1, (1LL << 31) - 1)));
            const auto [it, added] = ids.emplace(key, std::uint32_t(b.size.size()));
            if (added)
                b.size.push_back(0);
            blockOf[r] = it->second;
            ++b.size[it->second];
        }
        std::vector<std::vector<std::uint32_t>> members(m);
        for (std::size_t i = 0; i < rb.rows.size(); ++i)
            members[cand[i]].push_back(blockOf[std::size_t(rb.rows[i])]);
        b.perBin.resize(m);
        for (std::size_t c = 0; c < m; ++c) {
            std::sort(members[c].begin(), members[c].end());
            for (std::size_t i = 0; i < members[c].size();) {
                std::size_t j = i;
                while (j < members[c].size() && members[c][j] == members[c][i])
                    ++j;
                b.perBin[c].emplace_back(members[c][i], std::int64_t(j - i));
                i = j;
            }
        }
        all.push_back(std::move(b));
    };
    constexpr long long kMissing = (1LL << 31) - 1;
    for (const std::string &variable : variables) {
        const analysis::Column *column = table.column(variable);
        if (!column || column->kind != analysis::ColumnKind::Numeric
            || column->numeric.size() != rows)
            continue;
        const double step = datasetHistogramStep(data, variable);
        if (!(step > 0) || !std::isfinite(step))
            continue;
        auto missing = [&](std::size_t r) {
            return column->isMissing(r) || !std::isfinite(column->numeric[r]);
        };
        // (1) The lattice's cells: every histogram edge over any cohort is a point of it.
        const analysis::LatticeScale scale(step);
        addBlocks(
            [&](std::size_t r) { return missing(r) ? kMissing : scale.cell(column->numeric[r]); });
        // (2) The bins (each tail on its own) of the canonical histogram over the evaluated
        // records: merged where the records are sparse, so a boundary on a lattice point inside
        // a merged bin cuts a block here although it cuts no cell.
        std::vector<double> values;
        for (std::int64_t row : rb.rows) {
            if (!missing(std::size_t(row)))
                values.push_back(column->numeric[std::size_t(row)]);
        }
        const analysis::MergedHistogram merged = analysis::latticeHistogram(
            std::move(values), step, -std::numeric_limits<double>::infinity(),
            std::numeric_limits<double>::infinity(), minCell);
        if (merged.ok() && merged.edges.size() >= 2) {
            const std::vector<double> &edges = merged.edges;
            addBlocks([&](std::size_t r) -> long long {
                if (missing(r))
                    return kMissing;
                const double v = column->numeric[r];
                if (v < edges.front())
                    return -1;
                if (v >= edges.back())
                    return (long long)edges.size();
                return (long long)(std::upper_bound(edges.begin(), edges.end(), v) - edges.begin());
            });
        }
    }
    if (all.empty())
        return;
    std::vector<std::vector<std::int64_t>> in(all.size());
    for (std::size_t v = 0; v < all.size(); ++v)
        in[v].assign(all[v].size.size(), 0);
    // Whether the run of candidate bins [a, b) lies 0 or >= minCell records from every union of
    // blocks inside it and holding it (the Gaps of chooseEdges).
    auto runPasses = [&](std::size_t a, std::size_t b) {
        for (std::size_t v = 0; v < all.size(); ++v) {
            const Blocks &x = all[v];
            std::vector<std::int64_t> &have = in[v];
            for (std::size_t c = a; c < b; ++c) {
                for (const auto &[block, count] : x.perBin[c])
                    have[block] += count;
            }
            std::int64_t inner = 0, outer = 0;
            for (std::size_t c = a; c < b; ++c) {
                for (const auto &[block, count] : x.perBin[c]) {
                    const std::int64_t h = have[block];
                    if (h > 0 && h < x.size[block]) {
                        inner += h;
                        outer += x.size[block] - h;
                    }
                    have[block] = -have[block] - 1; // counted once; restored below
                }
            }
            for (std::size_t c = a; c < b; ++c) {
                for (const auto &[block, count] : x.perBin[c])
                    have[block] = 0;
            }
            if ((inner >= 1 && inner < minCell) || (outer >= 1 && outer < minCell))
                return false;
        }
        return true;
    };
    std::vector<std::size_t> kept { 0 };
    for (std::size_t k = 1; k < m; ++k) {
        bool ok = runPasses(k, m);
        for (std::size_t e : kept) {
            if (!ok)
                break;
            ok = runPasses(e, k);
        }
        if (ok)
            kept.push_back(k);
    }
    kept.push_back(m);
    rb.edges.clear();
    for (std::size_t k : kept)
        rb.edges.push_back(candidates[k]);
}

} // namespace fairstart::node

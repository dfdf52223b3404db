// SPDX-License-Identifier: GPL-3.0-or-later
#include "histogramruns.h"

#include "blockfamily.h"
#include "latticecolumns.h"
#include "releasegate.h" // datasetHistogramStep

#include "fairstart/analysis/disclosure.h"
#include "fairstart/analysis/lattice.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <optional>
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
// `ghostly`: the evaluation's bins counted records a re-import removed since (entries past the
// table's rows), of blocks the node cannot name: a run that is a union of whole blocks is near
// too (BlockFamily::ghostly).
bool someRunNearBlocks(const ReleasedBins &e, const std::vector<std::uint32_t> &blockOf,
                       const std::vector<std::int64_t> &blockSize, int minCell, bool ghostly)
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
        std::int64_t records = 0; // the run's table records
        for (std::size_t b = a; b < B; ++b) {
            for (const auto &[block, count] : perBin[b]) {
                records += count;
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
            if ((inner >= 1 && inner < minCell) || (outer >= 1 && outer < minCell)
                || (ghostly && records > 0 && inner == 0 && outer == 0)) {
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
            if (touches && someRunNearBlocks(e, blockOf, blockSize, minCell, e.binOf.size() > rows))
                return std::string("histogram of ") + h.variable + " and released risk bins";
        }
    }
    return std::nullopt;
}

std::vector<std::string> numericDesignVariables(const analysis::DataTable &table,
                                                const analysis::ResolvedDesign &design,
                                                const LatticeColumns *lattice)
{
    std::vector<std::string> out;
    for (const analysis::Predictor &p : design.spec.predictors) {
        const analysis::Column *column = table.column(p.variable);
        const bool numeric = (column && column->kind == analysis::ColumnKind::Numeric)
            || (lattice && lattice->find(p.variable));
        if (numeric && p.transform != analysis::Transform::Categorical
            && std::find(out.begin(), out.end(), p.variable) == out.end())
            out.push_back(p.variable);
    }
    return out;
}

std::vector<std::string> numericDesignVariables(const LoadedDataset &data,
                                                const analysis::ResolvedDesign &design)
{
    return numericDesignVariables(data.table, design, data.lattice.get());
}

void dropEdgesNearLattice(RiskBins &rb, const DifferencingState &main, const LoadedDataset &data,
                          const std::vector<std::string> &variables, int minCell)
{
    dropEdgesNearLattice(rb, main, data, variables, minCell, LatticeFamilies::Auto);
}

void dropEdgesNearLattice(RiskBins &rb, const DifferencingState &main, const LoadedDataset &data,
                          const std::vector<std::string> &variables, int minCell,
                          LatticeFamilies form)
{
    const analysis::DataTable &table = data.table;
    const std::vector<int> candidates = rb.edges;
    if (candidates.size() < 3 || rb.rows.size() != rb.bin.size() || variables.empty())
        return;
    const std::size_t m = candidates.size() - 1;
    const std::size_t rows = main.atomOf.size();
    // Each evaluated record's candidate bin: the candidate bin of each grid bin the records
    // take, looked up (issue 16: a binary search per record), else searched per record.
    auto candidateOf = [&candidates, m](int bin) {
        const auto at = std::upper_bound(candidates.begin(), candidates.end(), bin);
        const std::ptrdiff_t c = (at - candidates.begin()) - 1;
        return std::uint32_t(std::clamp<std::ptrdiff_t>(c, 0, std::ptrdiff_t(m) - 1));
    };
    std::vector<std::uint32_t> cand(rb.rows.size());
    if (!rb.bin.empty()) {
        const auto [lowest, highest] = std::minmax_element(rb.bin.begin(), rb.bin.end());
        const std::int64_t low = *lowest;
        const auto span = std::uint64_t(std::int64_t(*highest) - low) + 1;
        if (span <= std::uint64_t(rb.bin.size()) + 1024) {
            std::vector<std::uint32_t> byBin(span);
            for (std::uint64_t b = 0; b < span; ++b)
                byBin[b] = candidateOf(int(low + std::int64_t(b)));
            for (std::size_t i = 0; i < rb.bin.size(); ++i)
                cand[i] = byBin[std::size_t(std::int64_t(rb.bin[i]) - low)];
        } else {
            for (std::size_t i = 0; i < rb.bin.size(); ++i)
                cand[i] = candidateOf(rb.bin[i]);
        }
    }
    // The records grouped by candidate bin: for the families of cells (the numbers' path, and a
    // lattice family with too many blocks for presence bits).
    std::optional<CandidateOrder> groupedOnce;
    auto grouped = [&]() -> const CandidateOrder & {
        if (!groupedOnce)
            groupedOnce.emplace(cand, m);
        return *groupedOnce;
    };
    const std::size_t atoms = main.sizes.size();
    // Per variable and partition, one block family: each block an atom × a part of the
    // partition (a lattice cell; a bin or tail of the canonical histogram; missing a part of its
    // own), listed when it holds evaluated records, its size counted over the dataset.
    std::vector<BlockFamily> families;
    std::vector<std::int64_t> partOf; // the numbers' path only
    // A part as 32 bits: parts beyond ±2³¹ share one (a coarser block is the conservative side
    // only for records in no run).
    auto clampPart = [](long long p) -> std::int64_t {
        return std::clamp<long long>(p, -(1LL << 31) + 1, (1LL << 31) - 1);
    };
    auto addFamily = [&]() {
        // The parts of the evaluated records span [low, high]; blocks of other parts hold no
        // evaluated record.
        std::int64_t low = 0, high = 0;
        if (!rb.rows.empty())
            low = high = partOf[std::size_t(rb.rows.front())];
        for (std::int64_t row : rb.rows) {
            low = std::min(low, partOf[std::size_t(row)]);
            high = std::max(high, partOf[std::size_t(row)]);
        }
        const std::uint64_t span = std::uint64_t(high - low) + 1;
        BlockFamily f;
        std::vector<std::uint32_t> local(rb.rows.size());
        if (span <= std::uint64_t(2 * rows + 1024) / std::max<std::size_t>(atoms, 1)) {
            // Dense: atom × part offset.
            std::vector<std::int32_t> id(atoms * span, -1);
            for (std::size_t i = 0; i < rb.rows.size(); ++i) {
                const std::size_t r = std::size_t(rb.rows[i]);
                std::int32_t &slot = id[main.atomOf[r] * span + std::size_t(partOf[r] - low)];
                if (slot < 0) {
                    slot = std::int32_t(f.size.size());
                    f.size.push_back(0);
                }
                local[i] = std::uint32_t(slot);
            }
            for (std::size_t r = 0; r < rows; ++r) {
                const std::int64_t p = partOf[r];
                if (p < low || p > high)
                    continue;
                const std::int32_t slot = id[main.atomOf[r] * span + std::size_t(p - low)];
                if (slot >= 0)
                    ++f.size[std::size_t(slot)];
            }
        } else {
            std::unordered_map<std::uint64_t, std::uint32_t> ids;
            auto key = [&](std::size_t r) {
                return (std::uint64_t(main.atomOf[r]) << 32)
                    | std::uint64_t(std::uint32_t(partOf[r]));
            };
            for (std::size_t i = 0; i < rb.rows.size(); ++i) {
                const auto [it, added]
                    = ids.emplace(key(std::size_t(rb.rows[i])), std::uint32_t(f.size.size()));
                if (added)
                    f.size.push_back(0);
                local[i] = it->second;
            }
            for (std::size_t r = 0; r < rows; ++r) {
                if (partOf[r] < low || partOf[r] > high)
                    continue;
                if (const auto it = ids.find(key(r)); it != ids.end())
                    ++f.size[it->second];
            }
        }
        fillCells(f, grouped(), [&](std::uint32_t i) { return local[i]; });
        families.push_back(std::move(f));
    };
    constexpr long long kMissing = (1LL << 31) - 1;
    // A variable as its lattice cells (a design's cached columns keep them, with the
    // partitions of the last evaluated records: latticecolumns.h), or its numbers encoded here;
    // the numbers themselves only where a value is not exactly in its cell.
    std::optional<EvaluatedAtoms> evaluatedAtoms;
    std::optional<CandidateRecords> records;
    std::optional<EvaluatedRecords> inRowOrder;
    std::optional<std::uint64_t> keyVersion;
    for (const std::string &variable : variables) {
        const LatticeColumn *lattice = data.lattice ? data.lattice->find(variable) : nullptr;
        std::shared_ptr<const LatticeColumn> encoded;
        std::shared_ptr<const LatticeColumn> expanded; // a derived column's, for this variable
        const analysis::Column *column = nullptr;
        if (lattice) {
            if (lattice->size() != rows)
                continue;
            if (lattice->derived()) {
                expanded = lattice->expanded();
                lattice = expanded.get();
            }
        } else {
            column = table.column(variable);
            if (!column || column->kind != analysis::ColumnKind::Numeric
                || column->numeric.size() != rows)
                continue;
            const double step = datasetHistogramStep(data, variable);
            if (!(step > 0) || !std::isfinite(step))
                continue;
            encoded = LatticeColumn::encode(*column, step);
            lattice = encoded.get();
        }
        if (lattice) {
            if (!evaluatedAtoms)
                evaluatedAtoms.emplace(rb.rows, main.atomOf, atoms);
            // The memo's key (the rows and every atom) compared once for all variables.
            if (!encoded && !keyVersion)
                keyVersion = data.lattice->keyVersion(rb.rows, main.atomOf, minCell);
            const std::shared_ptr<const LatticePartitions> parts = encoded
                ? std::make_shared<const LatticePartitions>(
                    latticePartitions(*lattice, rb.rows, main.atomOf, *evaluatedAtoms, minCell))
                : data.lattice->partitions(variable, *keyVersion, rb.rows, main.atomOf,
                                           *evaluatedAtoms, minCell, lattice);
            if (form == LatticeFamilies::Auto) {
                if (!inRowOrder)
                    inRowOrder.emplace(rb.rows, cand, m, main.atomOf, *evaluatedAtoms);
                if (appendLatticePresence(families, *parts, *lattice, *inRowOrder))
                    continue;
            }
            if (!records)
                records.emplace(rb.rows, grouped(), main.atomOf, *evaluatedAtoms);
            appendLatticeFamilies(families, *parts, *lattice, *records);
            continue;
        }
        const double step = datasetHistogramStep(data, variable);
        partOf.resize(rows);
        auto missing = [&](std::size_t r) {
            return column->isMissing(r) || !std::isfinite(column->numeric[r]);
        };
        // (1) The lattice's cells: every histogram edge over any cohort is a point of it.
        const analysis::LatticeScale scale(step);
        for (std::size_t r = 0; r < rows; ++r)
            partOf[r] = clampPart(missing(r) ? kMissing : scale.cell(column->numeric[r]));
        addFamily();
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
            for (std::size_t r = 0; r < rows; ++r) {
                if (missing(r)) {
                    partOf[r] = kMissing;
                    continue;
                }
                const double v = column->numeric[r];
                if (v < edges.front())
                    partOf[r] = -1;
                else if (v >= edges.back())
                    partOf[r] = std::int64_t(edges.size());
                else
                    partOf[r] = std::upper_bound(edges.begin(), edges.end(), v) - edges.begin();
            }
            addFamily();
        }
    }
    if (families.empty())
        return;
    // Histograms released before a re-import removed or changed records counted those records,
    // in cells the node no longer knows (docs/privacy-rules.md, "Removed records in the risk
    // bins and products"): every lattice family is then ghostly, whatever atom or cell they were
    // in.
    if (main.mayHoldGhostsAnywhere()) {
        for (BlockFamily &f : families)
            f.ghostly = true;
    }
    const std::vector<std::size_t> kept = keptEdgesOfFamilies(families, m, minCell);
    rb.edges.clear();
    for (std::size_t k : kept)
        rb.edges.push_back(candidates[k]);
}

} // namespace fairstart::node

// SPDX-License-Identifier: GPL-3.0-or-later
// The incremental scan of a run of candidate bins against block families, shared by the bin
// ledger (differencing.cpp, keptCandidateEdges) and the lattice check (histogramruns.cpp,
// dropEdgesNearLattice). Private to the node's release code.
#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace fairstart::node {

// One family of disjoint blocks (the main ledger's atoms; one earlier evaluation's released
// bins and the records it did not evaluate; the atoms × one lattice partition): per candidate
// bin its evaluated records per block. Only blocks that hold evaluated records are listed (a
// block no run touches is no gap).
struct BlockFamily {
    std::vector<std::int64_t> size; // per block, over the whole table
    // Per candidate bin c, its records per block: cells[first[c] .. first[c + 1]), each (block,
    // evaluated records of the block in c). 8 bytes a cell: a count is at most the evaluated
    // records, which are indexed by 32 bits (CandidateOrder). The families of one check are all
    // alive at once (the lattice check: two per numeric predictor), so this is the check's peak
    // memory (issue 16, docs/performance.md: 16-byte cells with the vectors' growth slack were
    // 33 MiB at 250,000 records and 20 predictors, most of a warm fit's peak at a node).
    std::vector<std::uint32_t> first;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> cells;
    // Or, when `words` > 0, the same family as which blocks each candidate bin holds records of
    // (keptEdgesOfFamilies reads a bin's counts only through their sums): bin c's blocks as the
    // bits of presence[c * words .. (c + 1) * words) (block b is bit b % 64 of word b / 64), and
    // per block its evaluated records, per bin its records; `first` and `cells` are empty (issue
    // 16: the lattice check's cells, a pair per block and bin for two families per numeric
    // predictor, were most of a cold evaluation's CPU and memory; a few words a bin here).
    std::size_t words = 0;
    std::vector<std::uint64_t> presence;
    std::vector<std::int64_t> evaluated; // per block
    std::vector<std::int64_t> records; // per candidate bin
    // The blocks are counted from the table, but releases made before a re-import removed
    // records counted those records too, in blocks the node cannot name (docs/privacy-rules.md,
    // "Removed records in the risk bins and products"): a run that is exactly a union of whole
    // blocks (0 from both unions) may then lie 1 to minCell - 1 records from what was released, and
    // is treated so, whatever block the removed records were in.
    bool ghostly = false;
};

// The evaluated records grouped by candidate bin (a counting sort): candidate bin c holds
// order[start[c] .. start[c + 1]) (indices into the evaluated records).
struct CandidateOrder {
    std::vector<std::uint32_t> start, order;
    CandidateOrder(const std::vector<std::uint32_t> &candidateOf, std::size_t m)
        : start(m + 1, 0)
        , order(candidateOf.size())
    {
        for (std::uint32_t c : candidateOf)
            ++start[c + 1];
        for (std::size_t c = 1; c <= m; ++c)
            start[c] += start[c - 1];
        std::vector<std::uint32_t> next(start.begin(), start.end() - 1);
        for (std::size_t i = 0; i < candidateOf.size(); ++i)
            order[next[candidateOf[i]]++] = std::uint32_t(i);
    }
};

// The family's cells from each evaluated record's block (`blockOf(i)`, i an evaluated record).
template<typename BlockOf>
void fillCells(BlockFamily &f, const CandidateOrder &grouped, BlockOf blockOf)
{
    const std::size_t m = grouped.start.size() - 1;
    std::vector<std::uint32_t> count(f.size.size(), 0);
    std::vector<std::uint32_t> touched;
    f.first.assign(m + 1, 0);
    f.cells.clear();
    for (std::size_t c = 0; c < m; ++c) {
        f.first[c] = std::uint32_t(f.cells.size());
        for (std::uint32_t k = grouped.start[c]; k < grouped.start[c + 1]; ++k) {
            const std::uint32_t block = blockOf(grouped.order[k]);
            if (count[block]++ == 0)
                touched.push_back(block);
        }
        for (std::uint32_t block : touched) {
            f.cells.emplace_back(block, std::uint32_t(count[block]));
            count[block] = 0;
        }
        touched.clear();
    }
    f.first[m] = std::uint32_t(f.cells.size());
    f.cells.shrink_to_fit(); // no growth slack kept while the other families are built
}

// The inner edges of m candidate bins kept against the families (candidate-bin indices, the
// first 0 and the last m): from the lowest up, an edge is kept when every run of candidate bins
// it closes (against the edges kept below it, and up to the last) lies 0 or >= minCell records
// from every union of the blocks that hold it or lie in it, per family. A run's distance to the
// unions inside it ("inner": its records in the blocks it cuts) is its records N less the
// blocks wholly inside it W; to those holding it ("outer": the cut blocks' records outside it)
// the sizes S of the blocks it touches less N: per block its first and last candidate bin. In a
// `ghostly` family a run with N - W = S - N = 0 is near too.
std::vector<std::size_t> keptEdgesOfFamilies(const std::vector<BlockFamily> &families,
                                             std::size_t m, int minCell);

} // namespace fairstart::node

// SPDX-License-Identifier: GPL-3.0-or-later
// Histogram bins against the runs of released risk bins (docs/privacy-rules.md, "Evaluations of
// several β", "Histograms against released risk bins"). A description's histogram is not a
// cohort of the differencing ledger, but each of its bins, and each of its two tails (a cut at
// an edge gives either tail), is a set of records whose size follows from released numbers. With
// one predictor a run of an evaluation's risk bins is a range of that predictor, so a run and a
// union of histogram bins can differ by a few records, and the difference of their outcome
// counts is those records' outcomes (tst_attacks histogramsAgainstRiskBins).
#pragma once

#include "differencing.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace fairstart::node {

// One released histogram over a cohort: each cohort record's part of it.
struct HistogramCodes {
    std::string variable;
    // Per cohort row (the order of the release's cohort rows): a bin 0..bins-1, or bins (below
    // the first edge), bins + 1 (at or above the last edge), bins + 2 (missing).
    std::vector<std::int32_t> code;
    std::int32_t bins = 0;
};

// The parts of a released histogram of `variable` with `edges` over the cohort's rows.
HistogramCodes histogramCodes(const analysis::DataTable &table, const std::string &variable,
                              const std::vector<double> &edges,
                              const std::vector<std::int64_t> &cohortRows);

// The rule: for every run of bins i..j of every released evaluation, and every histogram in
// turn, the run and a union of blocks lie 0 or >= minCell records apart where one holds the
// other. Blocks: the atoms of the dataset's ledger, those in the cohort split by the
// histogram's parts (each bin, each tail, the missing). The detail when one does not.
std::optional<std::string> histogramRunRefusal(const std::vector<ReleasedBins> &released,
                                               const DifferencingState &main,
                                               const std::vector<std::int64_t> &cohortRows,
                                               const std::vector<HistogramCodes> &histograms,
                                               int minCell);

// The other order: histograms released before an evaluation are not remembered, but each of
// their bins and tails, over any cohort, is a union of blocks (an atom of the dataset's ledger ×
// a cell of the variable's lattice: every histogram edge is a lattice point). Before the bin
// ledger chooses an evaluation's edges (DifferencingLedger::chooseEdges), an inner edge of the
// min-cell merge is dropped when a run of bins it closes lies 1..minCell-1 records from a union
// of such blocks inside it or holding it, for each numeric variable of the design (the
// variables whose order a run of risk bins can follow). `rb.edges` is coarsened in place: its
// ends are kept, and each bin is a union of the merge's bins.
void dropEdgesNearLattice(RiskBins &rb, const DifferencingState &main, const LoadedDataset &data,
                          const std::vector<std::string> &variables, int minCell);
// How the lattice families are held: as presence bits where they fit (Auto, what the node runs),
// or as cells per candidate bin (the form before issue 16's cold2 pass; the tests compare them).
enum class LatticeFamilies { Auto, Cells };
void dropEdgesNearLattice(RiskBins &rb, const DifferencingState &main, const LoadedDataset &data,
                          const std::vector<std::string> &variables, int minCell,
                          LatticeFamilies form);

// The numeric variables of a design's predictors (each once): numeric columns of the table, or
// of `lattice` (a design's cached columns keep them as lattice cells).
std::vector<std::string> numericDesignVariables(const analysis::DataTable &table,
                                                const analysis::ResolvedDesign &design,
                                                const LatticeColumns *lattice = nullptr);
std::vector<std::string> numericDesignVariables(const LoadedDataset &data,
                                                const analysis::ResolvedDesign &design);

} // namespace fairstart::node

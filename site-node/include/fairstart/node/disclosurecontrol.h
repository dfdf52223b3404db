// SPDX-License-Identifier: GPL-3.0-or-later
// The node's disclosure decisions: which records may be used, which checks a request must pass
// and what form a number may leave in. The arithmetic lives in analysis/disclosure.h.
#pragma once

#include "fairstart/node/store.h"

#include "fairstart/analysis/design.h"
#include "fairstart/analysis/disclosure.h"
#include "fairstart/analysis/performance.h"
#include "fairstart/protocol/messages.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace fairstart::node {

// The records with consent for a purpose (1 = may be used). A record whose consent flag is missing
// or not 1 has no consent.
struct ConsentSelection {
    std::vector<std::uint8_t> mask;
    std::int64_t consented = 0;
    bool hasColumn = false; // false: the dataset records no consent for this purpose
};
// nullopt when the dataset has no consent column for the purpose and the policy requires one.
std::optional<ConsentSelection> selectConsented(const LoadedDataset &data, const QString &purpose,
                                                bool requireConsentColumn);

// The records consented for any purpose the dataset records, joined with `consented` (the
// purpose's own records: every record for a purpose without a consent column, when the policy
// allows that). The records a design's domain (log > 0, a Poisson outcome >= 0, …) and the site's
// extreme values of a variable (cohort dominance) are judged over: the same for every purpose the
// dataset records, so that two purposes' answers to one request do not differ by the records whose
// consent differs (docs/privacy-rules.md, "The fourth independent review"). With at most one
// purpose recorded: `consented` itself.
std::vector<std::uint8_t> anyPurposeRecords(const LoadedDataset &data,
                                            const std::vector<std::uint8_t> &consented);

// Cohort rules for any request that selects records: minimum cohort, subset and complement.
// Differencing against earlier releases is the ledger's (site-node/src/release/differencing.h).
std::vector<analysis::RuleOutcome> checkCohort(std::int64_t cohortSize, std::int64_t consented,
                                               const analysis::DisclosurePolicy &policy);

// Every check a job's design matrix must pass before its first round: the cohort rules, cell
// counts (categories, outcome classes, joint cells of binary column pairs), model size and
// dominance of the continuous columns. Each outcome is returned (passed or not), in this order.
std::vector<analysis::RuleOutcome> checkJob(const analysis::DesignMatrix &design,
                                            const analysis::ResolvedDesign &resolved,
                                            std::int64_t consented,
                                            const analysis::DisclosurePolicy &policy);

// Dominance (n, k) of every design column's sum and centred sum of squares, and the outcome's
// (analysis::checkDesignDominance): one extreme record would otherwise dominate XᵀX or Xᵀy.
std::vector<analysis::RuleOutcome> checkColumnDominance(const analysis::DesignMatrix &design,
                                                        const analysis::DisclosurePolicy &policy);

// The first failing outcome, or nullptr.
const analysis::RuleOutcome *firstFailure(const std::vector<analysis::RuleOutcome> &outcomes);

// A catalogue count: rounded to the nearest multiple of `base`, withheld below minCell.
protocol::ReleasedCount roundedCount(qint64 count, int minCell, int base = 10);

// Which cells of one group to withhold: every cell below minCell (zero included), and when that
// leaves exactly one withheld cell whose value the group's total would reveal, the smallest other
// cell as well.
std::vector<bool> suppressGroup(const std::vector<double> &counts, int minCell);
// The same for a table whose row and column totals may be known: repeated until no withheld cell
// follows from the totals and the released cells — neither a lone withheld cell in a row or
// column nor a cell that alone links two groups of withheld cells — nor from the counts being
// non-negative (a row or column whose withheld cells hold 0 records in all gives them away).
std::vector<bool> suppressTable(const std::vector<double> &counts, std::size_t rows,
                                std::size_t columns, int minCell);
// The same when some cells are known to the reader without being released (`known`, one flag per
// cell: a trend's hidden zeros): they are withheld, but never counted as protecting another cell
// and never chosen to protect one.
std::vector<bool> suppressTable(const std::vector<double> &counts, std::size_t rows,
                                std::size_t columns, int minCell, const std::vector<bool> &known);

// Performance bins merged until every group of adjacent bins holds at least minCell records of
// each class. Each group's totals are put into the bin holding the group's mean predicted risk
// (so ranks and calibration stay meaningful); the other bins of the group hold zeros.
// nullopt when even one group holding everything fails.
std::optional<analysis::PerformanceBins> mergePerformanceBins(const analysis::PerformanceBins &bins,
                                                              int minCell);
// The grid edges of that merge: bin indices, from 0 to bins.bins, each group [e_g, e_g+1).
std::optional<std::vector<int>> performanceBinEdges(const analysis::PerformanceBins &bins,
                                                    int minCell);
// The bins merged into the groups [e_g, e_g+1) of these grid edges (0 and bins.bins included;
// increasing), placed as mergePerformanceBins places them. An evaluation whose boundaries the
// differencing ledger dropped (docs/privacy-rules.md "Evaluations of several β") merges at the
// edges kept: every group a union of groups that held minCell records of each class.
analysis::PerformanceBins mergePerformanceBinsAt(const analysis::PerformanceBins &bins,
                                                 const std::vector<int> &edges);

} // namespace fairstart::node

// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15: the evaluation by subgroup (subgroups.cpp; the gate's part is
// ReleaseGate::subgroupCells). Private to the node's API.
#pragma once

#include "api/common_p.h"

#include <optional>
#include <vector>

namespace fairstart::node {

// The request's subgroup against the catalogue's metadata only (step 2 of the order of checks):
// an analysis variable, categorical or binary with at most 20 levels, or numeric with edges.
std::optional<ApiResponse> checkSubgroupRequest(const DatasetInfo &info,
                                                const protocol::StudyEvaluationRequest &request);

// The evaluation's cohort (design) split by the subgroup: one cell per level (or per pair of
// edges) and one for the records outside them, each with its bins at β. nullopt when the
// variable does not fit the table.
std::optional<std::vector<SubgroupTally>>
splitBySubgroup(const LoadedDataset &data, const analysis::DesignMatrix &design,
                const protocol::StudyEvaluationRequest &request, const Eigen::VectorXd &beta);

// The cells the released subgroup cells give out exactly, for the differencing ledger: the
// subgroup family's released codes, and their joint cells with the outcome.
std::vector<CellRelease> subgroupLedgerCells(const LoadedDataset &data,
                                             const analysis::ResolvedDesign &design,
                                             const protocol::StudyEvaluationRequest &request,
                                             const std::vector<std::int32_t> &released);

// The risk bins of an evaluation for the bin ledger (DifferencingLedger::
// checkAndRecordEvaluation): the design's rows with their grid bins at β, and the min-cell
// merge's edges of `bins` as the candidates. nullopt when β does not fit the design or the bins
// cannot merge.
std::optional<RiskBins> riskBinsOf(const analysis::DesignMatrix &design,
                                   const Eigen::VectorXd &beta,
                                   const analysis::PerformanceBins &bins, int minCell);
// The same with the design's rows already expanded (`designRows` = design.rows.toVector()): an
// evaluation hands the same rows to the ledger as its cohort, and expands them once (issue 16,
// docs/performance.md "concurrent3").
std::optional<RiskBins> riskBinsOf(const analysis::DesignMatrix &design,
                                   const std::vector<std::int64_t> &designRows,
                                   const Eigen::VectorXd &beta,
                                   const analysis::PerformanceBins &bins, int minCell);
// The audit's record of the bins an evaluation released (rule "differencing", passed): how many
// of the min-cell merge's bins were kept; names no count of records.
analysis::RuleOutcome riskBinsKept(const std::vector<int> &candidates, const std::vector<int> &kept,
                                   int minCell);

} // namespace fairstart::node

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

// The outcome's family key, as designCells() names it; empty for a numeric outcome.
std::string outcomeFamily(const LoadedDataset &data, const analysis::ResolvedDesign &design);

// An evaluation's released risk bins as cohorts of the differencing ledger (docs/privacy-rules.md
// "Evaluations of several β"): for every inner edge e of `edges` (grid edges of the released
// merge, 0 .. gridBins) the records of `design` whose risk bin lies below e — a cumulative bin,
// whose count and events the bins release — with the outcome's cells. nullopt when β does not
// fit the design.
std::optional<std::vector<DifferencingLedger::Part>>
riskPrefixParts(const LoadedDataset &data, const analysis::ResolvedDesign &resolved,
                const analysis::DesignMatrix &design, const Eigen::VectorXd &beta, int gridBins,
                const std::vector<int> &edges);
// The edges a ledger's verdict keeps: both ends and each inner edge whose part it kept.
std::vector<int> keptEdges(const std::vector<int> &edges, const std::vector<bool> &kept);
// The audit's record of boundaries dropped that way (rule "differencing", passed: the evaluation
// is released with coarser bins); names the number of bins, never a count of records.
analysis::RuleOutcome riskBinsMerged(const std::vector<int> &edges, const std::vector<int> &kept,
                                     int minCell);

} // namespace fairstart::node

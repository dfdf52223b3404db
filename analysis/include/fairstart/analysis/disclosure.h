// SPDX-License-Identifier: GPL-3.0-or-later
// The disclosure arithmetic a node applies before releasing anything; the node decides policy.
#pragma once

#include "fairstart/analysis/descriptives.h"
#include "fairstart/analysis/design.h"
#include "fairstart/analysis/model.h"

#include <cstdint>
#include <string>
#include <vector>

namespace fairstart::analysis {

struct DisclosurePolicy {
    int minCohort = 50;
    int minCell = 10;
    int minSubset = 10;
    int minOverlapDifference = 10;
    int eventsPerParameter = 10;
    int minResidualDf = 10;
    int maxRounds = 25;
    double dominanceShare = 0.90;
    int dominanceTopK = 2;
};

// One rule's verdict. message names the rule and its threshold, never the failing value; detail
// says where (e.g. "smoke=1 × ht=1"), never a count.
struct RuleOutcome {
    std::string ruleId; // stable: "min-cohort", "min-cell", "min-subset", "overlap",
                        // "events-per-parameter", "min-residual-df", "dominance", "max-rounds"
    bool passed = true;
    double threshold = 0.0;
    std::string message;
    std::string detail;
};

bool allPassed(const std::vector<RuleOutcome> &outcomes);

// Cohort size after mask, filters and complete cases.
RuleOutcome checkCohortSize(std::int64_t cohortSize, const DisclosurePolicy &policy);

// Subset and complement: the filtered cohort and the rest of the consented records both hold at
// least minSubset records (a cohort equal to all consented records has no complement to protect).
RuleOutcome checkSubset(std::int64_t subsetSize, std::int64_t consentedSize,
                        const DisclosurePolicy &policy);

// Cell counts of a design: every level of every categorical predictor (reference level included,
// taken as the rows where all its dummies are 0), each outcome class (binomial), and the joint
// cells of every pair of binary (0/1) design columns — dummy × dummy, dummy × binary predictor,
// dummy × outcome — all four cells (1/1, 1/0, 0/1, 0/0); pairs of dummies of one factor are
// structurally empty in the 1/1 cell and exempt. One outcome per failing cell (the first few),
// or one passing outcome.
std::vector<RuleOutcome> checkCells(const DesignMatrix &design, const ResolvedDesign &resolved,
                                    const DisclosurePolicy &policy);

// Model size: p <= events / eventsPerParameter (binomial: the rarer class; Poisson: Σy;
// Gaussian: n) and n - p >= minResidualDf.
std::vector<RuleOutcome> checkModelSize(int parameters, double n, double events, Family family,
                                        const DisclosurePolicy &policy);

// Dominance (n, k rule): the top dominanceTopK absolute contributions make up at most
// dominanceShare of the sum of absolute contributions. `what` names the sum in the detail.
RuleOutcome checkDominance(const double *contributions, std::size_t n, const std::string &what,
                           const DisclosurePolicy &policy);

// Rounds already served for a job (including this one) against maxRounds.
RuleOutcome checkRounds(int roundNumber, const DisclosurePolicy &policy);

// Histogram bin merging: adjacent bins are merged (interior edges dropped) until every bin holds
// at least minCell records of each class. counts[c] are the per-class counts on `edges` (one class
// for a plain histogram). Below/above counts of the input are not part of the output: a node
// never releases them. If even one bin holding everything fails, merged.counts is empty.
struct MergedHistogram {
    std::vector<double> edges;
    std::vector<std::vector<double>> counts;
    bool ok() const { return !counts.empty(); }
};
MergedHistogram mergeBinsForDisclosure(const std::vector<double> &edges,
                                       const std::vector<std::vector<double>> &counts, int minCell);

// A cohort fingerprint for the overlap audit: the node's stable record ids of the cohort, sorted
// and unique. Store it with the user and dataset; compare new cohorts against the stored ones.
struct CohortFingerprint {
    std::vector<std::int64_t> ids;
};
CohortFingerprint makeFingerprint(std::vector<std::int64_t> recordIds);
// |a Δ b|, in O(|a| + |b|).
std::int64_t symmetricDifference(const CohortFingerprint &a, const CohortFingerprint &b);
// Fails when the new cohort differs from any earlier one by fewer than minOverlapDifference
// records without being identical (an identical cohort reveals nothing new).
RuleOutcome checkOverlap(const CohortFingerprint &cohort,
                         const std::vector<CohortFingerprint> &earlier,
                         const DisclosurePolicy &policy);

} // namespace fairstart::analysis

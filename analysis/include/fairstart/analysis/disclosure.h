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
    // A design column with at most this many distinct values is a category in disguise: each
    // value is a cell, marginal and joint. 3: n, Σx and Σx² determine the counts of up to three
    // known values exactly (a rescaled or winsorised indicator, or three values with a singleton);
    // beyond that the counts are not identified by a column's sums (and rounds at a chosen β are
    // held by checkRoundDominance). See checkCells.
    int maxCategoryValues = 3;
    // The outcome's values are cells (margins) up to this many: a node releases several functions
    // of y (Σy, Σ x y, the deviance's Σ y log y, the AIC term's Σ lgamma(y + 1), Σy² through the
    // Gaussian deviance), which identify the counts of more values than a predictor's sums do.
    int maxOutcomeValues = 10;
    // A numeric filter's bounds must be edges of the node's histogram of the variable over the
    // consented records (rule "filter-bound", site-node's ReleaseGate::filterBounds).
    bool filterBoundsOnEdges = true;
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

// Cell counts of a design. Categories are (1) the levels of every categorical predictor (reference
// level included, taken as the rows where all its dummies are 0), and (2) every design column
// after transforms, interaction columns included, that is a category in disguise: a column with at
// most maxCategoryValues distinct values (each value one class), or one whose records sit on
// fewer than maxCategoryValues values held by minCell records or more each plus others (the
// frequent values one class each, the others pooled into one class: a winsorised column with a
// few records between its bounds, a column of zeros with a few other values). Every class must
// hold at least minCell records; every joint cell of two columns whose classes are exact values
// (a column and the outcome included) must hold 0 or at least minCell records. A joint cell of 0
// is accepted only when the two columns derive from a common variable (two dummies of one factor,
// an interaction and its parent): such a cell is structurally empty. The outcome, in every family,
// is classified the same way with maxOutcomeValues (its margins) and maxCategoryValues (its joint
// cells); a binomial outcome always has both classes checked. One outcome per failing cell (the
// first few), or one passing outcome. Details name the column and, for 0/1 columns, the value;
// never another value or a count.
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

// Dominance of the sums a job releases through XᵀX and Xᵀy: for every design column but the
// intercept, and for the outcome, the sum of absolute values and the sum of squares about the
// mean (centred, so a planted extreme is seen even when the mean is large). One outcome per
// failing sum, or one passing outcome.
std::vector<RuleOutcome> checkDesignDominance(const DesignMatrix &design,
                                              const DisclosurePolicy &policy);

// Dominance of one GLM round at β before it is released: for each diagonal entry of XᵀWX
// (Σ w_i x_ij², the intercept's being Σ w_i) and each score entry (Σ |x_ij (y_i - μ_i)|), the
// top dominanceTopK records' share must be at most dominanceShare; for binomial and Poisson, whose
// weights the analyst moves through β, also the top ceil(minCell / 2) - 1 records' share (a β may
// not put the weight on a handful of records with the same covariates). One pass over X, O(n p),
// two n-vectors of scratch. A β of the wrong length or not finite fails too.
RuleOutcome checkRoundDominance(const DesignMatrix &design, Family family,
                                const Eigen::VectorXd &beta, const DisclosurePolicy &policy);

// Separation of a binomial round at β (rule "separation"): the fewest records whose removal would
// leave the cohort's two outcomes completely separated by the linear predictor Xβ + offset (every
// y = 1 at or above a threshold, every y = 0 at or below it, records at the threshold counted as
// the smaller of their two classes) must be at least minCell. Where fewer records keep the two
// outcomes apart, the fit exists only because of them (without them its estimates drift to
// infinity), so whether it converges would tell which cohort holds them; refused in both cases,
// at the same round. Other families pass. One pass over X for Xβ, one over the records for a
// bucketed lower bound; a sort of the linear predictor only where that bound is below minCell.
RuleOutcome checkSeparation(const DesignMatrix &design, Family family, const Eigen::VectorXd &beta,
                            const DisclosurePolicy &policy);

// Separation of a Poisson design (rule "separation", the same id): a Poisson estimate does not
// exist when a direction of the linear predictor is 0 on every record with a count above 0 and
// below 0 on some with a count of 0 (a column whose positive counts all sit at its lowest, or its
// highest, value: a 0/1 column with no positive count on one side). For every design column but
// constant ones, the records with a count above 0 that are not at the column's lowest value, and
// those not at its highest, must each be at least minCell: where fewer records keep the estimate
// finite, whether the fit converges would tell which cohort holds them (tst_attacks_redteam3
// poissonZeroCountsAlongOneSide). It does not depend on β: checked once per design, with the
// design's rules. Other families pass. One pass over X.
RuleOutcome checkPoissonSeparation(const DesignMatrix &design, Family family,
                                   const DisclosurePolicy &policy);

// Dominance of an evaluation's sums at β (binomial, p = logistic(Xβ + offset)): Σp (top
// ceil(minCell / 2) - 1 records, as for a round's weights), Σ(y - p)² and the centred Σ(p - p̄)²
// (top dominanceTopK records).
RuleOutcome checkEvaluationDominance(const DesignMatrix &design, const Eigen::VectorXd &beta,
                                     const DisclosurePolicy &policy);

// Dominance of the per-class Σ p² of the released risk bins (a plain subgroup cell, issue 15;
// docs/privacy-rules.md). Beyond a class's count and Σ p in a released bin, its Σ p² tells the
// spread, the centred Σ (p - p̄)². For every released bin (gridBins grid bins merged until each
// holds minCell records of each class, as the node merges them) and each class: Σ p² with the top
// ceil(minCell / 2) - 1 records (as Σp) and the centred Σ (p - p̄)² with the top dominanceTopK
// records at most dominanceShare. Fails also for a β that does not fit or bins that cannot merge.
RuleOutcome checkBinSquaresDominance(const DesignMatrix &design, const Eigen::VectorXd &beta,
                                     int gridBins, const DisclosurePolicy &policy);

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

// What a node may release of a histogram with the records outside its edges: each tail (below the
// first edge, above the last), and each class within it, must hold 0 or at least minCell records
// on its own (two tails are never added: a large lower tail would hide an exact upper one). A
// failing tail takes in its outermost bin (the edge is dropped) until it passes; then bins are
// merged as in mergeBinsForDisclosure. The tails themselves are never released. Not ok() when
// nothing releasable remains. below/above hold one value per class.
MergedHistogram releasableHistogram(const std::vector<double> &edges,
                                    const std::vector<std::vector<double>> &counts,
                                    const std::vector<double> &below,
                                    const std::vector<double> &above, int minCell);

// The node's own histogram edges (docs/privacy-rules.md, "Histograms on the node's edges").
// Client-chosen edges let two requests differ by one record (an edge moved across it, a tail of 0
// or 1-9 records), so the node releases one canonical histogram per cohort and variable: its edges
// are points of a lattice k * step; the lowest edge has at least minCell records below it, the
// highest at least minCell at or above it, and every bin between holds at least minCell (bins are
// closed from the lowest edge upwards at the first lattice point with minCell behind them; a short
// remainder joins the last bin). The request's first and last edges only choose which of these
// edges are released (those within [first, last]); its inner edges are not used. The tails are
// never released. Not ok() when fewer than two edges remain. `step` comes from the whole dataset
// (histogramStep), never from the cohort, so that the lattice cannot be moved by a filter.
MergedHistogram latticeHistogram(std::vector<double> values, double step, double first, double last,
                                 int minCell);
// The lattice step for a variable with standard deviation `sd` over the whole dataset: the
// smallest 1, 2 or 5 × 10^k at least sd / 25. 0 when sd is not positive and finite.
double histogramStep(double sd);

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

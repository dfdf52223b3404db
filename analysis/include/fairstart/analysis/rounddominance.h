// SPDX-License-Identifier: GPL-3.0-or-later
// The release gate's round check folded into the round's own pass (issue 16): the kernel reports,
// per design column, what checkRoundDominance needs, and the check decides from it without a
// second pass over X whenever the answer is certain.
#pragma once

#include "fairstart/analysis/design.h"
#include "fairstart/analysis/disclosure.h"
#include "fairstart/analysis/glm.h"
#include "fairstart/analysis/model.h"

#include <Eigen/Dense>

#include <cstdint>
#include <vector>

namespace fairstart::analysis {

// How many linear predictors the round's pass keeps per outcome class for checkSeparation.
inline constexpr int separationKept = 64;

// Per design column: the largest single record's w·x² and |x·(y - μ)|, and Σ|x·(y - μ)| (Σ w·x² is
// XᵀWX's diagonal). Computed by the same kernel pass, from the same w and y - μ as the released
// sums.
struct RoundDominanceBounds {
    std::vector<double> maxWeighted; // max_i w_i x_ij² (Gaussian: not computed, 0)
    std::vector<double> maxAbsScore; // max_i |x_ij (y_i - μ_i)|
    std::vector<double> sumAbsScore; // Σ_i |x_ij (y_i - μ_i)|
    // What checkSeparation needs, from the same pass (a binomial design; `separation` false
    // otherwise): the smallest linear predictors among the records with y = 1 (ascending) and the
    // largest among the others (descending), up to separationKept of each, and how many records
    // each class has.
    bool separation = false;
    std::vector<double> lowestOnes, highestZeros;
    std::int64_t ones = 0, zeros = 0;
};

// computeRound (the active kernel) that also fills *bounds: the same statistics, the same bits.
Result<RoundStats> computeRound(const DesignMatrix &design, Family family,
                                const Eigen::VectorXd &beta, RoundDominanceBounds *bounds);

// checkRoundDominance with the round's own statistics and the kernel's bounds: the same verdict
// without a second pass over X in the common case. The sum of the k largest of non-negative
// values is at most k times the largest, so a column whose k · max is at most dominanceShare of
// its total (Σ w·x² = XᵀWX's diagonal; Σ|x·(y - μ)|) passes for certain. For any other column, a
// bound that is not finite, or statistics that do not match the design, the exact
// checkRoundDominance decides (it computes w and y - μ again and finds the top records).
RuleOutcome checkRoundDominance(const DesignMatrix &design, Family family,
                                const Eigen::VectorXd &beta, const DisclosurePolicy &policy,
                                const RoundStats &stats, const RoundDominanceBounds &bounds);

// checkSeparation from the kernel's tails: the same verdict without a second pass over X when the
// policy's min_cell is at most the number of values kept per class (otherwise the exact check).
RuleOutcome checkSeparation(const DesignMatrix &design, Family family, const Eigen::VectorXd &beta,
                            const DisclosurePolicy &policy, const RoundDominanceBounds &bounds);

} // namespace fairstart::analysis

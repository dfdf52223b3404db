// SPDX-License-Identifier: GPL-3.0-or-later
// A more exact federated AUC (issue 15): each node's exact Mann–Whitney statistic of its own
// records, and the pooled AUC that takes only the pairs across sites from the released risk bins.
#pragma once

#include "fairstart/analysis/design.h"
#include "fairstart/analysis/disclosure.h"
#include "fairstart/analysis/model.h"
#include "fairstart/analysis/performance.h"

#include <Eigen/Dense>

#include <optional>
#include <vector>

namespace fairstart::analysis {

// Node side: the Mann–Whitney statistic of one site's records: u = #{(i, j): y_i = 1, y_j = 0,
// p_i > p_j} + ½ #{ties}, so that u / (positives · negatives) is the exact AUC (R: pROC::auc).
struct MannWhitney {
    double u = 0.0;
    double positives = 0.0;
    double negatives = 0.0;
};

// Exact, O(n log n). Errors: sizes differ, a risk not finite, an outcome not 0/1.
Result<MannWhitney> mannWhitney(const std::vector<double> &risks,
                                const std::vector<double> &outcomes);
// At β on a binomial design, p = logistic(Xβ + offset) as computePerformance computes it.
Result<MannWhitney> mannWhitney(const DesignMatrix &design, Family family,
                                const Eigen::VectorXd &beta);

// Node side, the release rule of the statistic (rule id "mann-whitney"), given the bins the node
// releases with it (after merging for disclosure). The bins already show, exactly, every pair in
// two different released bins; u adds one number about the pairs within them. Two things would
// let it reveal records:
// - a site without minCell records of each outcome class (a tiny site's u would be a rank of one
//   or few records) -- the released bins already refuse that, checked again here;
// - a within-bin order that is (nearly) complete: when fewer within-bin pairs are concordant, or
//   fewer discordant, than the largest class count of any released bin, the lowest (or highest)
//   record of that bin cannot be of one of the classes, so the order tells its outcome.
// Fails also when u does not agree with the bins (a node bug; nothing is released then).
RuleOutcome checkMannWhitneyRelease(const PerformanceBins &released, const MannWhitney &statistic,
                                    const DisclosurePolicy &policy);

// Coordinator side: what one site released for an evaluation.
struct SiteDiscrimination {
    PerformanceBins bins; // as released (merged)
    std::optional<MannWhitney> exact; // the site's statistic, when it released one
};

struct PooledAuc {
    double auc = 0.0;
    // |auc - exact AUC of the pooled records| <= errorBound: every pair whose order the released
    // data do not fix counts with its largest possible error.
    double errorBound = 0.0;
    double exactPairShare = 0.0; // share of positive-negative pairs whose order is known exactly
    int sitesWithExact = 0;
};

// Within-site pairs come from the sites' exact statistics (or, for a site without one, from its
// bins); pairs across sites from the bins. A released bin stands for records somewhere between
// its neighbours; within the bins that may overlap, each class is spread uniformly over half the
// estimated width of its bin, centred at its mean risk (Σ risk of the events over the events, of
// the others over the others; the bin's mean when the node released no sumRiskEvents). When two
// bins both carry the per-class Σ p² (a subgroup cell's release), each class is placed uniformly
// with its own mean and variance instead (half-width √(3 v)).
// Errors: no site, bins malformed or of different sizes, no events or no non-events, a site's
// statistic that does not match its bins.
Result<PooledAuc> pooledAuc(const std::vector<SiteDiscrimination> &sites);

// The Mann–Whitney statistic of binned scores: Σ_b pos_b · (negatives in lower bins + ½ neg_b),
// ties within a bin counting ½. Additive over pairs, so the statistic of summed bins is the sum
// over pairs of every site, within and across sites.
double binnedMannWhitney(const PerformanceBins &bins);

// The Mann–Whitney statistic of binned scores with each class placed within its bin by its
// mean and spread: Σ over (bin a, bin b) of pos_a · neg_b · Φ((m⁺_a − m⁻_b) / √(v⁺_a + v⁻_b)),
// m and v the mean and variance of the class's risks in the bin (from sumRisk, sumRiskEvents
// and the per-class Σ p²); a step (ties ½) where both variances are 0. Without the per-class
// sums it is binnedMannWhitney. Sums over pairs of bins, so the statistic of summed bins is the
// sum over the pairs of every site's bins as long as no two sites' bins share a grid bin.
double smoothMannWhitney(const PerformanceBins &bins);

// The pooled AUC from sums only (masked evaluations, docs/protocol.md): every site releases,
// masked, its bins (with the per-class Σ p²) and its correction c_s = u_s -
// smoothMannWhitney(its own released bins) (0 when its rule for u failed); the client sees the
// summed bins and Σ c_s, and U = smoothMannWhitney(summed bins) + Σ c_s counts every pair
// within a site exactly (as pooledAuc does) and pairs across sites by the classes' placement
// within the summed bins. Unlike pooledAuc no error bound can be given: the summed bins no
// longer say which site's merged bin hides which order.
struct SummedAuc {
    double auc = 0.0;
    int sitesWithExact = 0;
};
// Errors: malformed bins, no events or no non-events, a U outside [0, P·N] (a correction that
// does not fit the bins).
Result<SummedAuc> pooledAucFromSums(const PerformanceBins &summed, double correction,
                                    int sitesWithExact);

// Decision curve: net benefit at threshold t (treat when risk >= t) per n records,
// NB = TP/n - FP/n · t / (1 - t); treat all: events/n - (n - events)/n · t / (1 - t); treat none
// 0. t is taken on the risk grid (gridThreshold = round(t · bins) / bins, as ThresholdMetrics),
// which makes it exact for bins that were not merged. A released bin that may straddle the grid
// threshold (its possible range, between its neighbours, lies on both sides) is counted whole at
// its mean risk; netBenefitErrorBound bounds what that can cost.
struct NetBenefit {
    double threshold = 0.0; // as requested
    double gridThreshold = 0.0;
    double n = 0.0;
    double truePositives = 0.0;
    double falsePositives = 0.0;
    double model = 0.0;
    double treatAll = 0.0;
    double treatNone = 0.0;
    double netBenefitErrorBound = 0.0;
};

// Pass one site for its own curve, all sites for the pooled one. Errors: no site, malformed or
// mismatched bins, no records, a threshold not strictly between 0 and 1 or that falls on the
// grid's 0 or 1.
Result<std::vector<NetBenefit>> decisionCurve(const std::vector<PerformanceBins> &sites,
                                              const std::vector<double> &thresholds);

} // namespace fairstart::analysis

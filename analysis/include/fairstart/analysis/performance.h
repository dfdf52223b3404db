// SPDX-License-Identifier: GPL-3.0-or-later
// Discrimination and calibration of a fitted binomial model from binned per-site aggregates.
#pragma once

#include "fairstart/analysis/design.h"
#include "fairstart/analysis/model.h"

#include <Eigen/Dense>

#include <optional>
#include <vector>

namespace fairstart::analysis {

// The one risk grid every node evaluates on and every client asks for (protocol constant). A
// client-chosen grid let two evaluations of the same β merge different groups of records, and the
// difference of two overlapping merged bins isolated the few records between their edges (their
// outcomes and Σp). Fixed in the protocol, not node policy: masked evaluations add the sites'
// bins, so every site must use the same grid; 1000 bins keep the pooled AUC within 1e-3.
inline constexpr int evaluationGridBins = 1000;

// Node side: what a site releases for one fitted β. Bin b holds predicted risks in
// [b/bins, (b+1)/bins) (the last bin includes 1).
struct PerformanceBins {
    int bins = 0;
    std::vector<double> positives; // per bin: records with y = 1
    std::vector<double> negatives; // per bin: records with y = 0
    std::vector<double> sumRisk; // per bin: Σ predicted risk
    std::vector<double> sumOutcome; // per bin: Σ y (equals positives; kept for non-0/1 checks)
    // per bin: Σ predicted risk of the records with y = 1 (the others' is sumRisk minus it). Lets
    // the coordinator place the classes within a bin (pooledAuc). Empty when a node did not
    // release it; a node merges it with the other per-bin sums.
    std::vector<double> sumRiskEvents;
    // per bin: Σ p² of the records with y = 1, and of those with y = 0: lets the coordinator
    // place each class within its bin by mean and spread (smoothMannWhitney, pooledAuc). Released
    // masked (masked evaluations) and with a plain subgroup cell when its per-bin dominance rule
    // passes (docs/privacy-rules.md); a plain cohort evaluation never carries them. Empty when
    // not computed or not released; merged like sumRiskEvents.
    std::vector<double> sumSquaredRiskEvents;
    std::vector<double> sumSquaredRiskNonEvents;
    double n = 0.0;
    double sumY = 0.0;
    double sumP = 0.0;
    double sumSquaredError = 0.0; // Σ (y - p)², exact: the Brier score needs no binning

    // Adds another site's bins (same bin count, std::invalid_argument otherwise).
    PerformanceBins &operator+=(const PerformanceBins &other);
};

// Binomial designs only (y in {0,1}); p = logistic(Xβ + offset). Errors: not binomial, β of the
// wrong length or not finite, bins < 10.
Result<PerformanceBins> computePerformance(const DesignMatrix &design, Family family,
                                           const Eigen::VectorXd &beta,
                                           int bins = evaluationGridBins);

struct RocPoint {
    double threshold = 0.0; // classify positive when risk >= threshold
    double sensitivity = 0.0;
    double specificity = 0.0;
};

struct CalibrationGroup {
    double count = 0.0;
    double expected = 0.0; // mean predicted risk
    double observed = 0.0; // observed proportion
};

struct ThresholdMetrics {
    double threshold = 0.0; // as requested
    double gridThreshold = 0.0; // the bin edge actually used: risk >= gridThreshold
    double sensitivity = 0.0;
    double specificity = 0.0;
    std::optional<double> ppv; // absent when nobody is classified positive
    std::optional<double> npv; // absent when nobody is classified negative
};

struct PerformanceMetrics {
    double n = 0.0;
    double events = 0.0;
    // AUC of the binned risks, ties within a bin counting ½ (the exact Mann–Whitney definition
    // applied to the binned scores). Against the exact AUC of the unbinned risks the error is at
    // most ½·Σ_b pos_b·neg_b / (P·N) — reported as aucBinningErrorBound; with 1000 bins it is
    // typically far below 1e-3.
    double auc = 0.0;
    double aucBinningErrorBound = 0.0;
    double aucSe = 0.0; // DeLong, on the binned scores with ties as in the definition
    double aucLower = 0.0; // 95%, AUC ± 1.96·SE clipped to [0, 1]
    double aucUpper = 0.0;
    std::vector<RocPoint> roc; // from (0 FPR, 0 TPR) to (1, 1), one point per occupied edge
    double auprc = 0.0; // average precision, bins as tied groups
    double brier = 0.0;
    double scaledBrier = 0.0; // 1 - Brier / (ȳ(1 - ȳ))
    double calibrationInTheLarge = 0.0; // mean observed - mean predicted
    double observedExpectedRatio = 0.0; // Σy / Σp
    std::vector<CalibrationGroup> calibration; // risk groups, ~equal counts (bins stay whole)
    double eAvg = 0.0; // count-weighted mean |observed - expected| over the groups
    double eMax = 0.0; // max |observed - expected| over the groups
    std::vector<ThresholdMetrics> thresholds;
};

// Coordinator side: merges the bins of one or more sites (pass one site for per-site metrics).
// Errors: no bins, mismatched bin counts, no positives or no negatives.
Result<PerformanceMetrics> summarise(const std::vector<PerformanceBins> &sites,
                                     const std::vector<double> &thresholds = { 0.5 },
                                     int calibrationGroups = 10);

// The design of the calibration-slope fit: columns "(Intercept)" and "lp" (the linear predictor
// Xβ + offset of the fitted model), same y, no offset. Fit it with the usual rounds: the slope is
// the coefficient of lp, its intercept the calibration intercept given the slope.
Result<DesignMatrix> calibrationSlopeDesign(const DesignMatrix &design,
                                            const Eigen::VectorXd &beta);
// The design of the calibration-intercept fit (R: glm(y ~ 1 + offset(lp))): one column
// "(Intercept)", the linear predictor as offset.
Result<DesignMatrix> calibrationInterceptDesign(const DesignMatrix &design,
                                                const Eigen::VectorXd &beta);

} // namespace fairstart::analysis

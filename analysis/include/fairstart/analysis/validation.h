// SPDX-License-Identifier: GPL-3.0-or-later
// Internal–external cross-validation (leave one site out, issue 15): pooling each held-out site's
// performance with the random-effects model of metaanalysis.h.
#pragma once

#include "fairstart/analysis/metaanalysis.h"
#include "fairstart/analysis/result.h"

#include <string>
#include <vector>

namespace fairstart::analysis {

// The model fitted on all other sites, evaluated at the held-out site.
struct HeldOutSite {
    std::string heldOut;
    double n = 0.0;
    double events = 0.0;
    double auc = 0.0;
    double aucSe = 0.0;
    double calibrationSlope = 0.0;
    double calibrationSlopeSe = 0.0;
    // The calibration intercept given the slope 1 (R: glm(y ~ 1 + offset(lp))).
    double calibrationInTheLarge = 0.0;
    double calibrationInTheLargeSe = 0.0;
    double observedExpected = 0.0; // Σy / Σp
    double brier = 0.0;
};

// One measure pooled over the held-out sites, on its natural scale (AUC and O/E back-transformed
// from the scale they were pooled on; τ² is on that scale).
struct PooledMeasure {
    std::string measure; // "auc", "calibration_slope", "calibration_in_the_large",
                         // "observed_expected"
    std::string scale; // "logit", "identity", "log"
    int sites = 0;
    double estimate = 0.0;
    double ciLower = 0.0;
    double ciUpper = 0.0;
    double piLower = 0.0;
    double piUpper = 0.0;
    double tau2 = 0.0;
};

// SE of log(O/E) for O events among n records: √((1 − O/n) / O) (Debray et al., BMJ 2017).
double observedExpectedLogSe(double events, double n);

inline constexpr int minimumValidationSites = 3;

// Pools AUC (logit scale, SE / (AUC (1 − AUC))), calibration slope, calibration-in-the-large and
// O/E (log scale, observedExpectedLogSe) with randomEffects (REML, Knapp–Hartung, t(k − 1)
// prediction interval; metafor's rma + predict(transf =)). Errors: fewer than three sites (the
// message says so), a measure without a usable value or SE at a site (named).
Result<std::vector<PooledMeasure>> poolHeldOutSites(const std::vector<HeldOutSite> &sites,
                                                    const RandomEffectsOptions &options = {});

} // namespace fairstart::analysis

// SPDX-License-Identifier: GPL-3.0-or-later
// Pooling one quantity estimated at several sites: the inverse-variance (fixed-effect) summary
// with Cochran's Q, and the random-effects model of R's metafor::rma(yi, sei = , method = "REML",
// test = "knha") with predict()'s prediction interval.
#pragma once

#include "fairstart/analysis/result.h"

#include <optional>
#include <vector>

namespace fairstart::analysis {

// Inverse-variance (fixed-effect) summary of k site estimates b_i with standard errors s_i:
//   w_i = 1 / s_i², pooled = Σ w_i b_i / Σ w_i, Q = Σ w_i (b_i - pooled)², df = k - 1,
//   p = P(χ²_df > Q), I² = max(0, (Q - df) / Q), τ² (DerSimonian–Laird) =
//   max(0, (Q - df) / (Σ w_i - Σ w_i² / Σ w_i)).
struct Heterogeneity {
    int sites = 0;
    double pooled = 0.0;
    double pooledSe = 0.0;
    double q = 0.0;
    int df = 0;
    double p = 1.0;
    double i2 = 0.0; // 0..1
    double tau2 = 0.0;
};

// nullopt unless at least two sites have a finite estimate and a positive, finite SE; sites
// without them are left out.
std::optional<Heterogeneity> cochranQ(const std::vector<double> &estimates,
                                      const std::vector<double> &standardErrors);

// Upper tail of the χ² distribution with df degrees of freedom: P(X > x).
double chiSquaredUpperTail(double x, int df);

// The random-effects model y_i ~ N(μ, s_i² + τ²):
// - τ² by REML, Fisher scoring from the Hedges estimator with step halving at 0, as metafor does,
//   but iterated to convergence (|Δτ²| < 1e-13 relative) rather than metafor's 1e-5 absolute
//   (RandomEffectsOptions::metaforStoppingRule gives metafor's own stopping point);
// - μ̂ = Σ w_i y_i / Σ w_i with w_i = 1 / (s_i² + τ²);
// - Knapp–Hartung: se(μ̂)² = q_KH / Σ w_i with q_KH = Σ w_i (y_i - μ̂)² / (k - 1), unbounded
//   (metafor's "knha"; no truncation at 1), and the CI μ̂ ± t_{k-1, 1-α/2} se(μ̂);
// - the prediction interval μ̂ ± t_{k-1, 1-α/2} √(se(μ̂)² + τ²) (metafor's predict(), same df);
// - Cochran's Q with the fixed-effect weights, I² = τ² / (τ² + s²) and H² = (τ² + s²) / s² with
//   the typical within-site variance s² = (k - 1) Σ v_i⁻¹ / ((Σ v_i⁻¹)² - Σ v_i⁻²) (metafor's).
struct RandomEffects {
    int sites = 0;
    double estimate = 0.0;
    double se = 0.0; // Knapp–Hartung
    double ciLower = 0.0;
    double ciUpper = 0.0;
    double piLower = 0.0;
    double piUpper = 0.0;
    double tau2 = 0.0;
    double q = 0.0;
    int df = 0;
    double qP = 1.0;
    double i2 = 0.0; // 0..1
    double h2 = 1.0;
    double knappHartungScale = 1.0; // q_KH
    double tQuantile = 0.0; // t_{k-1, 1-α/2}
    int iterations = 0;
};

struct RandomEffectsOptions {
    double level = 0.95;
    int maxIterations = 1000;
    // Stop as metafor does by default (|Δτ²| < 1e-5, at most 100 steps) instead of iterating to
    // convergence: reproduces rma()'s printed numbers, which can be ~1e-6 from the optimum.
    bool metaforStoppingRule = false;
};

// Errors: sizes differ, fewer than two sites, an estimate not finite or an SE not positive and
// finite (the message names the position; leave such sites out before calling), a level
// outside (0, 1), REML not converging.
Result<RandomEffects> randomEffects(const std::vector<double> &estimates,
                                    const std::vector<double> &standardErrors,
                                    const RandomEffectsOptions &options = {});

} // namespace fairstart::analysis

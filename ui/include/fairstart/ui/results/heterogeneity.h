// SPDX-License-Identifier: GPL-3.0-or-later
// Between-site heterogeneity of one quantity estimated at several sites (docs/results.md).
#pragma once

#include <optional>
#include <vector>

namespace fairstart::ui {

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

// nullopt unless at least two sites have a finite estimate and a positive, finite SE.
std::optional<Heterogeneity> cochranQ(const std::vector<double> &estimates,
                                      const std::vector<double> &standardErrors);

// Upper tail of the χ² distribution with df degrees of freedom: P(X > x).
double chiSquaredUpperTail(double x, int df);

} // namespace fairstart::ui

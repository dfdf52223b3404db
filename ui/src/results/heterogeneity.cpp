// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/ui/results/heterogeneity.h"

#include <algorithm>
#include <cmath>

namespace fairstart::ui {

namespace {

// Regularised upper incomplete gamma Q(a, x): series for x < a + 1, continued fraction otherwise
// (Numerical Recipes, gser/gcf), both accurate to ~1e-14 here.
double upperIncompleteGamma(double a, double x)
{
    if (x <= 0.0)
        return 1.0;
    const double lnGammaA = std::lgamma(a);
    if (x < a + 1.0) {
        double ap = a;
        double sum = 1.0 / a;
        double del = sum;
        for (int n = 0; n < 1000; ++n) {
            ap += 1.0;
            del *= x / ap;
            sum += del;
            if (std::fabs(del) < std::fabs(sum) * 1e-16)
                break;
        }
        return std::max(0.0, 1.0 - sum * std::exp(-x + a * std::log(x) - lnGammaA));
    }
    const double tiny = 1e-300;
    double b = x + 1.0 - a;
    double c = 1.0 / tiny;
    double d = 1.0 / b;
    double h = d;
    for (int i = 1; i < 1000; ++i) {
        const double an = -i * (i - a);
        b += 2.0;
        d = an * d + b;
        if (std::fabs(d) < tiny)
            d = tiny;
        c = b + an / c;
        if (std::fabs(c) < tiny)
            c = tiny;
        d = 1.0 / d;
        const double del = d * c;
        h *= del;
        if (std::fabs(del - 1.0) < 1e-16)
            break;
    }
    return std::exp(-x + a * std::log(x) - lnGammaA) * h;
}

} // namespace

double chiSquaredUpperTail(double x, int df)
{
    if (df <= 0 || !std::isfinite(x))
        return std::isfinite(x) ? 1.0 : 0.0;
    return upperIncompleteGamma(0.5 * df, 0.5 * x);
}

std::optional<Heterogeneity> cochranQ(const std::vector<double> &estimates,
                                      const std::vector<double> &standardErrors)
{
    std::vector<double> b;
    std::vector<double> w;
    for (std::size_t i = 0; i < estimates.size() && i < standardErrors.size(); ++i) {
        const double s = standardErrors[i];
        if (std::isfinite(estimates[i]) && std::isfinite(s) && s > 0.0) {
            b.push_back(estimates[i]);
            w.push_back(1.0 / (s * s));
        }
    }
    if (b.size() < 2)
        return std::nullopt;
    double sw = 0.0, swb = 0.0, sw2 = 0.0;
    for (std::size_t i = 0; i < b.size(); ++i) {
        sw += w[i];
        swb += w[i] * b[i];
        sw2 += w[i] * w[i];
    }
    Heterogeneity h;
    h.sites = int(b.size());
    h.pooled = swb / sw;
    h.pooledSe = std::sqrt(1.0 / sw);
    for (std::size_t i = 0; i < b.size(); ++i)
        h.q += w[i] * (b[i] - h.pooled) * (b[i] - h.pooled);
    h.df = h.sites - 1;
    h.p = chiSquaredUpperTail(h.q, h.df);
    h.i2 = h.q > 0.0 ? std::max(0.0, (h.q - h.df) / h.q) : 0.0;
    const double c = sw - sw2 / sw;
    h.tau2 = c > 0.0 ? std::max(0.0, (h.q - h.df) / c) : 0.0;
    return h;
}

} // namespace fairstart::ui

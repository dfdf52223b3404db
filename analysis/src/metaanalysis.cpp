// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/analysis/metaanalysis.h"

#include "fairstart/analysis/glm.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <string>

namespace fairstart::analysis {

namespace {

// Regularised upper incomplete gamma Q(a, x): series for x < a + 1, continued fraction otherwise
// (Numerical Recipes, gser/gcf), both accurate to ~1e-14 here.
double upperIncompleteGamma(double a, double x)
{
    if (x <= 0.0)
        return 1.0;
    // lgamma_r: lgamma writes the global signgam, a data race when two validations pool at once.
    int sign = 0;
    const double lnGammaA = ::lgamma_r(a, &sign);
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

namespace {

struct Weighted {
    double sw = 0, sw2 = 0, sw3 = 0, mean = 0, rss = 0, rss2 = 0; // rss2 = Σ w² (y - μ)²
};

Weighted weigh(const std::vector<double> &y, const std::vector<double> &v, double tau2)
{
    Weighted s;
    double swy = 0;
    for (std::size_t i = 0; i < y.size(); ++i) {
        const double w = 1.0 / (v[i] + tau2);
        s.sw += w;
        s.sw2 += w * w;
        s.sw3 += w * w * w;
        swy += w * y[i];
    }
    s.mean = swy / s.sw;
    for (std::size_t i = 0; i < y.size(); ++i) {
        const double w = 1.0 / (v[i] + tau2);
        const double r = y[i] - s.mean;
        s.rss += w * r * r;
        s.rss2 += w * w * r * r;
    }
    return s;
}

// The REML Fisher-scoring step of metafor (intercept-only X): (yᵀPPy - tr P) / tr PP.
double remlStep(const Weighted &s)
{
    const double trP = s.sw - s.sw2 / s.sw;
    const double trPP = s.sw2 - 2.0 * s.sw3 / s.sw + (s.sw2 / s.sw) * (s.sw2 / s.sw);
    return (s.rss2 - trP) / trPP;
}

} // namespace

Result<RandomEffects> randomEffects(const std::vector<double> &estimates,
                                    const std::vector<double> &standardErrors,
                                    const RandomEffectsOptions &options)
{
    if (estimates.size() != standardErrors.size())
        return makeError(ErrorCode::InvalidArgument,
                         "The meta-analysis needs one standard error per estimate; got "
                             + std::to_string(estimates.size()) + " estimates and "
                             + std::to_string(standardErrors.size()) + " standard errors.");
    if (estimates.size() < 2)
        return makeError(ErrorCode::InvalidArgument,
                         "A random-effects meta-analysis needs the estimates of at least two "
                         "sites.");
    if (!(options.level > 0.0 && options.level < 1.0))
        return makeError(ErrorCode::InvalidArgument,
                         "The confidence level must lie strictly between 0 and 1.");
    std::vector<double> v(estimates.size());
    for (std::size_t i = 0; i < estimates.size(); ++i) {
        const double s = standardErrors[i];
        if (!std::isfinite(estimates[i]) || !std::isfinite(s) || !(s > 0.0))
            return makeError(ErrorCode::NonFinite,
                             "Site " + std::to_string(i + 1)
                                 + " has no finite estimate with a positive, finite standard "
                                   "error; leave it out of the meta-analysis.");
        v[i] = s * s;
    }
    const std::size_t k = estimates.size();
    const auto &y = estimates;
    RandomEffects r;
    r.sites = int(k);
    r.df = int(k) - 1;

    // Fixed-effect weights: Cochran's Q and the typical within-site variance.
    const Weighted fixed = weigh(y, v, 0.0);
    r.q = fixed.rss;
    r.qP = chiSquaredUpperTail(r.q, r.df);
    const double typical = double(k - 1) * fixed.sw / (fixed.sw * fixed.sw - fixed.sw2);

    // Start at the Hedges estimator max(0, var(y) - mean(v)), as metafor does.
    const double meanY = std::accumulate(y.begin(), y.end(), 0.0) / double(k);
    double varY = 0;
    for (double yi : y)
        varY += (yi - meanY) * (yi - meanY);
    varY /= double(k - 1);
    const double meanV = std::accumulate(v.begin(), v.end(), 0.0) / double(k);
    double tau2 = std::max(0.0, varY - meanV);
    bool converged = false;
    const int maxIterations = options.metaforStoppingRule ? 101 : options.maxIterations;
    for (int it = 1; it <= maxIterations; ++it) {
        r.iterations = it;
        double adj = remlStep(weigh(y, v, tau2));
        while (tau2 + adj < 0.0)
            adj /= 2.0;
        const double next = tau2 + adj;
        const double change = std::fabs(next - tau2);
        tau2 = next;
        // Converged when the step is negligible against τ² or the sampling variances; at the
        // boundary the halved steps shrink τ² geometrically towards 0.
        if (options.metaforStoppingRule ? change <= 1e-5
                                        : change <= 1e-13 * std::max(tau2, meanV)) {
            converged = true;
            break;
        }
    }
    if (!converged)
        return makeError(ErrorCode::NotConverged,
                         "The REML estimate of the between-site variance did not converge in "
                             + std::to_string(maxIterations) + " iterations.");
    // A boundary optimum: the REML score at 0 is not positive, so τ² = 0 exactly.
    if (!options.metaforStoppingRule && tau2 <= 1e-10 * meanV && remlStep(weigh(y, v, 0.0)) <= 0.0)
        tau2 = 0.0;
    r.tau2 = tau2;

    const Weighted random = weigh(y, v, tau2);
    r.estimate = random.mean;
    // metafor: s² = RSS / (k - p), set to 0 when RSS <= machine epsilon, never truncated at 1.
    r.knappHartungScale
        = random.rss <= std::numeric_limits<double>::epsilon() ? 0.0 : random.rss / double(k - 1);
    r.se = std::sqrt(r.knappHartungScale / random.sw);
    r.tQuantile = studentTQuantile(0.5 + 0.5 * options.level, double(k - 1));
    r.ciLower = r.estimate - r.tQuantile * r.se;
    r.ciUpper = r.estimate + r.tQuantile * r.se;
    const double predictionSe = std::sqrt(r.se * r.se + tau2);
    r.piLower = r.estimate - r.tQuantile * predictionSe;
    r.piUpper = r.estimate + r.tQuantile * predictionSe;
    r.i2 = tau2 / (tau2 + typical);
    r.h2 = (tau2 + typical) / typical;
    return r;
}

} // namespace fairstart::analysis

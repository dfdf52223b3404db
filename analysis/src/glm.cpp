// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/analysis/glm.h"

#include <algorithm>
#include <cmath>
#include <exception>
#include <limits>
#include <optional>
#include <stdexcept>

namespace fairstart::analysis {

namespace {

// lgamma writes the sign to the global signgam, a data race when two threads compute rounds;
// lgamma_r (glibc, POSIX.1-2024) returns it instead.
double logGamma(double x)
{
    int sign = 0;
    return ::lgamma_r(x, &sign);
}

} // namespace

RoundStats &RoundStats::operator+=(const RoundStats &other)
{
    if (p == 0 && xtwxUpper.empty()) {
        *this = other;
        return *this;
    }
    if (other.p != p || other.xtwxUpper.size() != xtwxUpper.size()
        || other.score.size() != score.size())
        throw std::invalid_argument("RoundStats of different sizes cannot be added");
    for (std::size_t i = 0; i < xtwxUpper.size(); ++i)
        xtwxUpper[i] += other.xtwxUpper[i];
    for (std::size_t i = 0; i < score.size(); ++i)
        score[i] += other.score[i];
    deviance += other.deviance;
    n += other.n;
    events += other.events;
    sumWeights += other.sumWeights;
    aicTerm += other.aicTerm;
    return *this;
}

Eigen::MatrixXd RoundStats::xtwx() const
{
    Eigen::MatrixXd h(p, p);
    std::size_t k = 0;
    for (int i = 0; i < p; ++i) {
        for (int j = i; j < p; ++j) {
            h(i, j) = xtwxUpper[k];
            h(j, i) = xtwxUpper[k];
            ++k;
        }
    }
    return h;
}

Eigen::VectorXd RoundStats::scoreVector() const
{
    return Eigen::Map<const Eigen::VectorXd>(score.data(), static_cast<Eigen::Index>(score.size()));
}

// ---- distributions ----------------------------------------------------------------------------

double normalCdf(double z)
{
    return 0.5 * std::erfc(-z / std::sqrt(2.0));
}

double normalQuantile(double p)
{
    if (!(p > 0 && p < 1))
        return p == 0 ? -std::numeric_limits<double>::infinity()
            : p == 1  ? std::numeric_limits<double>::infinity()
                      : std::numeric_limits<double>::quiet_NaN();
    // Acklam's rational approximation, then two Newton steps on erfc to full precision.
    static const double a[]
        = { -3.969683028665376e+01, 2.209460984245205e+02,  -2.759285104469687e+02,
            1.383577518672690e+02,  -3.066479806614716e+01, 2.506628277459239e+00 };
    static const double b[]
        = { -5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
            6.680131188771972e+01, -1.328068155288572e+01 };
    static const double c[]
        = { -7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
            -2.549732539343734e+00, 4.374664141464968e+00,  2.938163982698783e+00 };
    static const double d[] = { 7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
                                3.754408661907416e+00 };
    double x;
    if (p < 0.02425) {
        const double q = std::sqrt(-2 * std::log(p));
        x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
            / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    } else if (p > 1 - 0.02425) {
        const double q = std::sqrt(-2 * std::log(1 - p));
        x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
            / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    } else {
        const double q = p - 0.5;
        const double r = q * q;
        x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
            / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
    }
    for (int i = 0; i < 2; ++i) {
        const double e = normalCdf(x) - p;
        const double u = e * std::sqrt(2 * M_PI) * std::exp(x * x / 2);
        x = x - u / (1 + x * u / 2);
    }
    return x;
}

namespace {

// Continued fraction of the regularised incomplete beta function (modified Lentz).
double betaContinuedFraction(double a, double b, double x)
{
    const double tiny = 1e-300;
    double c = 1.0, d = 1.0 - (a + b) * x / (a + 1.0);
    if (std::abs(d) < tiny)
        d = tiny;
    d = 1.0 / d;
    double h = d;
    for (int m = 1; m <= 1000; ++m) {
        const double m2 = 2.0 * m;
        double aa = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
        d = 1.0 + aa * d;
        if (std::abs(d) < tiny)
            d = tiny;
        c = 1.0 + aa / c;
        if (std::abs(c) < tiny)
            c = tiny;
        d = 1.0 / d;
        h *= d * c;
        aa = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
        d = 1.0 + aa * d;
        if (std::abs(d) < tiny)
            d = tiny;
        c = 1.0 + aa / c;
        if (std::abs(c) < tiny)
            c = tiny;
        d = 1.0 / d;
        const double delta = d * c;
        h *= delta;
        if (std::abs(delta - 1.0) < 1e-16)
            break;
    }
    return h;
}

double regularisedBeta(double a, double b, double x)
{
    if (x <= 0)
        return 0;
    if (x >= 1)
        return 1;
    const double lbeta
        = logGamma(a + b) - logGamma(a) - logGamma(b) + a * std::log(x) + b * std::log1p(-x);
    if (x < (a + 1) / (a + b + 2))
        return std::exp(lbeta) * betaContinuedFraction(a, b, x) / a;
    return 1.0 - std::exp(lbeta) * betaContinuedFraction(b, a, 1.0 - x) / b;
}

} // namespace

double studentTCdf(double t, double df)
{
    if (std::isinf(df))
        return normalCdf(t);
    const double tail = 0.5 * regularisedBeta(df / 2.0, 0.5, df / (df + t * t));
    return t > 0 ? 1.0 - tail : tail;
}

double studentTQuantile(double p, double df)
{
    if (!(p > 0 && p < 1) || !(df > 0))
        return std::numeric_limits<double>::quiet_NaN();
    double lo = -1.0, hi = 1.0;
    while (studentTCdf(lo, df) > p)
        lo *= 2;
    while (studentTCdf(hi, df) < p)
        hi *= 2;
    for (int i = 0; i < 200 && hi - lo > 1e-15 * std::max(1.0, std::abs(hi)); ++i) {
        const double mid = 0.5 * (lo + hi);
        (studentTCdf(mid, df) < p ? lo : hi) = mid;
    }
    return 0.5 * (lo + hi);
}

Result<GlmResult> fitFederated(const std::vector<const DesignMatrix *> &sites, Family family,
                               double ridgeLambda, GlmOptions options)
{
    if (sites.empty())
        return makeError(ErrorCode::InvalidArgument, "No site to fit the model on.");
    const std::vector<std::string> &terms = sites.front()->terms;
    bool hasOffset = false;
    for (const DesignMatrix *d : sites) {
        if (d->terms != terms)
            return makeError(
                ErrorCode::InvalidArgument,
                "The sites' designs have different terms: resolve one design for all.");
        hasOffset = hasOffset || (d->offset.size() > 0 && !d->offset.isZero(0.0));
    }
    GlmCoordinator coordinator(terms, family, ridgeLambda, options, hasOffset);
    for (int guard = 0; guard < 100000; ++guard) {
        RoundStats sum;
        bool nonFinite = false;
        for (const DesignMatrix *d : sites) {
            auto r = computeRound(*d, family, coordinator.nextBeta());
            if (!r) {
                if (r.error().code != ErrorCode::NonFinite)
                    return r.error();
                nonFinite = true;
                break;
            }
            sum += *r;
        }
        auto status = nonFinite ? coordinator.reportNonFinite() : coordinator.accept(sum);
        if (!status)
            return status.error();
        if (*status == GlmCoordinator::Status::Converged)
            return coordinator.result();
    }
    return makeError(ErrorCode::NotConverged, "The fit did not finish.");
}

} // namespace fairstart::analysis

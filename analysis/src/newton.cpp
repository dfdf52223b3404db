// SPDX-License-Identifier: GPL-3.0-or-later
// The deterministic linear algebra of the Newton step (see newton_p.h for why it looks like this).
#include "newton_p.h"

#include <cmath>
#include <limits>

#if defined(__FAST_MATH__)
#error "The Newton step must not be compiled with -ffast-math: it changes the bits of β."
#endif

namespace fairstart::analysis::newton {

Matrix fromUpper(int p, const std::vector<double> &upper)
{
    Matrix m(p);
    std::size_t k = 0;
    for (int i = 0; i < p; ++i) {
        for (int j = i; j < p; ++j) {
            m(i, j) = upper[k];
            m(j, i) = upper[k];
            ++k;
        }
    }
    return m;
}

Cholesky cholesky(const Matrix &a)
{
    const int p = a.p;
    Cholesky f;
    f.l = Matrix(p);
    Matrix &l = f.l;
    for (int j = 0; j < p; ++j) {
        double d = a(j, j);
        for (int k = 0; k < j; ++k)
            d = d - l(j, k) * l(j, k);
        if (!(d > 0) || !std::isfinite(d)) {
            f.failedColumn = j;
            return f;
        }
        const double ljj = std::sqrt(d);
        l(j, j) = ljj;
        for (int i = j + 1; i < p; ++i) {
            double s = a(i, j);
            for (int k = 0; k < j; ++k)
                s = s - l(i, k) * l(j, k);
            l(i, j) = s / ljj;
        }
    }
    f.ok = true;
    return f;
}

std::vector<double> solve(const Cholesky &f, const std::vector<double> &b)
{
    const Matrix &l = f.l;
    const int p = l.p;
    std::vector<double> x(b);
    for (int i = 0; i < p; ++i) {
        double s = x[static_cast<std::size_t>(i)];
        for (int k = 0; k < i; ++k)
            s = s - l(i, k) * x[static_cast<std::size_t>(k)];
        x[static_cast<std::size_t>(i)] = s / l(i, i);
    }
    for (int i = p - 1; i >= 0; --i) {
        double s = x[static_cast<std::size_t>(i)];
        for (int k = i + 1; k < p; ++k)
            s = s - l(k, i) * x[static_cast<std::size_t>(k)];
        x[static_cast<std::size_t>(i)] = s / l(i, i);
    }
    return x;
}

Matrix inverse(const Cholesky &f)
{
    const int p = f.l.p;
    Matrix inv(p);
    std::vector<double> e(static_cast<std::size_t>(p), 0.0);
    for (int j = 0; j < p; ++j) {
        e.assign(static_cast<std::size_t>(p), 0.0);
        e[static_cast<std::size_t>(j)] = 1.0;
        const std::vector<double> column = solve(f, e);
        for (int i = j; i < p; ++i) {
            inv(i, j) = column[static_cast<std::size_t>(i)];
            inv(j, i) = column[static_cast<std::size_t>(i)];
        }
    }
    return inv;
}

std::vector<int> aliasedColumns(const Matrix &a, double tolerance, std::vector<bool> *constant)
{
    const int p = a.p;
    std::vector<double> scale(static_cast<std::size_t>(p));
    for (int j = 0; j < p; ++j)
        scale[static_cast<std::size_t>(j)] = a(j, j) > 0 ? 1.0 / std::sqrt(a(j, j)) : 0.0;
    Matrix c(p);
    for (int i = 0; i < p; ++i) {
        for (int j = 0; j < p; ++j)
            c(i, j)
                = scale[static_cast<std::size_t>(i)] * a(i, j) * scale[static_cast<std::size_t>(j)];
    }
    std::vector<int> kept, aliased;
    Matrix l(p); // row k: the Cholesky factor of the k-th kept column
    std::vector<double> w;
    for (int j = 0; j < p; ++j) {
        if (scale[static_cast<std::size_t>(j)] == 0) {
            aliased.push_back(j);
            if (constant)
                constant->push_back(true);
            continue;
        }
        const int k = static_cast<int>(kept.size());
        w.assign(static_cast<std::size_t>(k), 0.0);
        double r = c(j, j);
        for (int i = 0; i < k; ++i) {
            double s = c(kept[static_cast<std::size_t>(i)], j);
            for (int m = 0; m < i; ++m)
                s = s - l(i, m) * w[static_cast<std::size_t>(m)];
            w[static_cast<std::size_t>(i)] = s / l(i, i);
        }
        for (int i = 0; i < k; ++i)
            r = r - w[static_cast<std::size_t>(i)] * w[static_cast<std::size_t>(i)];
        if (r < tolerance) {
            aliased.push_back(j);
            if (constant) {
                // Constant when the intercept (column 0) alone explains it.
                const double r0 = k > 0 && kept.front() == 0 ? 1.0 - c(0, j) * c(0, j) : 1.0;
                constant->push_back(r0 < tolerance);
            }
            continue;
        }
        for (int i = 0; i < k; ++i)
            l(k, i) = w[static_cast<std::size_t>(i)];
        l(k, k) = std::sqrt(r);
        kept.push_back(j);
    }
    return aliased;
}

double sumOfSquares(const std::vector<double> &v, std::size_t from)
{
    double s = 0.0;
    for (std::size_t j = from; j < v.size(); ++j)
        s = s + v[j] * v[j];
    return s;
}

double dot(const std::vector<double> &a, const std::vector<double> &b)
{
    double s = 0.0;
    for (std::size_t j = 0; j < a.size() && j < b.size(); ++j)
        s = s + a[j] * b[j];
    return s;
}

double log(double x)
{
    if (std::isnan(x) || x < 0)
        return std::numeric_limits<double>::quiet_NaN();
    if (x == 0)
        return -std::numeric_limits<double>::infinity();
    if (std::isinf(x))
        return x;
    // x = m·2^e with m in [√½, √2): frexp and the doubling are exact.
    int e = 0;
    double m = std::frexp(x, &e);
    if (m < 0.70710678118654752440) {
        m = m * 2.0;
        e = e - 1;
    }
    // log m = 2·atanh(s) = 2s + 2s·(z/3 + z²/5 + ...), s = (m - 1)/(m + 1), z = s², |s| < 0.1716:
    // the terms up to z^12/25 leave less than 1e-19 relative.
    const double f = m - 1.0; // exact (Sterbenz)
    const double s = f / (2.0 + f);
    const double z = s * s;
    double q = 1.0 / 25.0;
    for (int k = 11; k >= 1; --k)
        q = q * z + 1.0 / static_cast<double>(2 * k + 1);
    const double twoS = 2.0 * s;
    // ln 2 split so that e·hi is exact for every exponent a double has (fdlibm's constants).
    const double ln2Hi = 6.93147180369123816490e-01;
    const double ln2Lo = 1.90821492927058770002e-10;
    const double de = static_cast<double>(e);
    return de * ln2Hi + (twoS + (twoS * (z * q) + de * ln2Lo));
}

} // namespace fairstart::analysis::newton

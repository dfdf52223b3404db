// SPDX-License-Identifier: GPL-3.0-or-later
// The coordinator's numerical path: every node computes the next β itself from the same relayed
// sums, so this code must give the same bits on every machine, CPU and compiler setting. It is
// plain scalar C++ in a fixed order of operations, uses only IEEE operations that are correctly
// rounded (+ - * / and sqrt) and no Eigen (whose vectorisation, and with it the order of its
// sums, changes with the compile flags) and no libm exp/log/pow (glibc picks FMA variants at run
// time on CPUs that have FMA). analysis/CMakeLists.txt compiles the files that include this
// header with -ffp-contract=off -fno-tree-vectorize; tests/analysis/tst_newton.cpp compiles them
// again with other flags and compares the bits.
#pragma once

#include <cstddef>
#include <vector>

namespace fairstart::analysis::newton {

// A symmetric p x p matrix, row-major, every element stored.
struct Matrix {
    int p = 0;
    std::vector<double> a;

    Matrix() = default;
    explicit Matrix(int size)
        : p(size)
        , a(static_cast<std::size_t>(size) * static_cast<std::size_t>(size), 0.0)
    {
    }
    double &operator()(int i, int j)
    {
        return a[static_cast<std::size_t>(i) * static_cast<std::size_t>(p)
                 + static_cast<std::size_t>(j)];
    }
    double operator()(int i, int j) const
    {
        return a[static_cast<std::size_t>(i) * static_cast<std::size_t>(p)
                 + static_cast<std::size_t>(j)];
    }
};

// From the upper triangle stored row by row (RoundStats::xtwxUpper).
Matrix fromUpper(int p, const std::vector<double> &upper);

// The Cholesky factor L (lower triangle of `l`) of a symmetric matrix, column by column with the
// inner sums in ascending index order. `ok` is false when a pivot is not a positive finite
// number (the matrix is not numerically positive definite); failedColumn names the first.
struct Cholesky {
    Matrix l;
    bool ok = false;
    int failedColumn = -1;
};
Cholesky cholesky(const Matrix &a);

// Solves L Lᵀ x = b (forward, then backward substitution). Only for an ok factor.
std::vector<double> solve(const Cholesky &f, const std::vector<double> &b);

// The inverse of L Lᵀ, symmetric by construction (column j solved, its lower part mirrored).
// Only for an ok factor.
Matrix inverse(const Cholesky &f);

// Columns that are constant or exact combinations of earlier columns, in R's order of blame: a
// greedy pivot-free Cholesky of the correlation form of `a`, a column being aliased when its
// relative residual variance is below `tolerance`. `constant` (when given) says for each
// aliased column whether the intercept (column 0) alone explains it.
std::vector<int> aliasedColumns(const Matrix &a, double tolerance, std::vector<bool> *constant);

// Σ_{j ≥ from} v_j², in ascending order.
double sumOfSquares(const std::vector<double> &v, std::size_t from);
// Σ a_j b_j, in ascending order.
double dot(const std::vector<double> &a, const std::vector<double> &b);

// The natural logarithm from + - * / only (argument reduction by frexp, then the atanh series),
// within 2 ulp of the correctly rounded value and bit-identical everywhere. NaN for x < 0 or NaN,
// -inf for 0, +inf for +inf.
double log(double x);

} // namespace fairstart::analysis::newton

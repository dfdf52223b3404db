// SPDX-License-Identifier: GPL-3.0-or-later
// Per-variable summaries a node computes and a coordinator merges stably across sites.
#pragma once

#include "fairstart/analysis/datatable.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace fairstart::analysis {

// Count, mean and M2 = Σ(x - mean)² of the non-missing values. Merging uses Chan et al.'s parallel
// formula, so variances stay accurate when means are large. Minimum and maximum are deliberately
// absent: a node never releases them.
struct Moments {
    double count = 0.0;
    double mean = 0.0;
    double m2 = 0.0;

    Moments &operator+=(const Moments &other); // Chan's merge
    double variance() const; // sample variance (n - 1); 0 when count < 2
    double sd() const;
};

// Counts of values in [edges[i], edges[i+1]) (the last bin closed), plus those below the first and
// above the last edge. Edges must be finite and strictly increasing.
struct Histogram {
    std::vector<double> edges;
    std::vector<double> counts; // edges.size() - 1 values
    double below = 0.0;
    double above = 0.0;

    // Adds another site's counts; the edges must be identical (std::invalid_argument otherwise).
    Histogram &operator+=(const Histogram &other);
    double total() const;
};

// The q-quantile (0 <= q <= 1) from a fine histogram: the point where the cumulative count
// reaches q·total, interpolating linearly within its bin. Against R's type-7 sample quantile,
// which lies between the order statistics x(j) and x(j+1) around q, the error is at most the bin
// width plus x(j+1) - x(j) (for continuous data a negligible gap; for rounded data the rounding
// step). Values below/above the edges make the quantile undefined in those tails: the function
// returns the outer edge then. NaN only for an empty histogram.
double histogramQuantile(const Histogram &histogram, double q);

struct NumericSummary {
    std::string variable;
    double missing = 0.0; // records with no value (among those in the mask)
    Moments moments;
    std::vector<Histogram> histograms; // one per requested edge set, same order

    NumericSummary &operator+=(const NumericSummary &other);
};

struct CategoricalSummary {
    std::string variable;
    double missing = 0.0;
    std::map<std::string, double> levelCounts; // every level of the column, zero counts included

    CategoricalSummary &operator+=(const CategoricalSummary &other);
};

// Counts of (row level, column level) pairs; numeric 0/1 columns take levels "0" and "1".
struct TwoWayTable {
    std::string rowVariable;
    std::string columnVariable;
    std::vector<std::string> rowLevels;
    std::vector<std::string> columnLevels;
    std::vector<double> counts; // row-major, rowLevels.size() x columnLevels.size()
    double missing = 0.0; // records missing either variable

    double at(std::size_t r, std::size_t c) const { return counts[r * columnLevels.size() + c]; }
    // Adds another site's table; levels are merged by name (union, sorted).
    TwoWayTable &operator+=(const TwoWayTable &other);
};

// Node side. rowMask (1 = include) selects the cohort, e.g. from cohortMask(); nullptr = all rows.
Result<NumericSummary> describeNumeric(const DataTable &table, const std::string &variable,
                                       const std::vector<std::vector<double>> &histogramEdges = {},
                                       const std::vector<std::uint8_t> *rowMask = nullptr);
Result<CategoricalSummary> describeCategorical(const DataTable &table, const std::string &variable,
                                               const std::vector<std::uint8_t> *rowMask = nullptr);
// Both variables categorical, or numeric with only the values 0 and 1.
Result<TwoWayTable> crossTabulate(const DataTable &table, const std::string &rowVariable,
                                  const std::string &columnVariable,
                                  const std::vector<std::uint8_t> *rowMask = nullptr);

// Moments and histogram of plain values (NaN skipped); the building blocks of the above.
Moments momentsOf(const double *values, std::size_t n);
Result<Histogram> histogramOf(const double *values, std::size_t n, std::vector<double> edges);

// Evenly spaced edges from lo to hi in `bins` bins (a client builds fine grids for quantiles).
std::vector<double> evenEdges(double lo, double hi, int bins);

} // namespace fairstart::analysis

// SPDX-License-Identifier: GPL-3.0-or-later
// The top-k of the dominance rules: the k largest values, descending, by one insertion (the
// release gate's rules in analysis and the site's dataset and cohort dominance in site-node).
#pragma once

#include <algorithm>
#include <cstddef>
#include <limits>
#include <vector>

namespace fairstart::analysis {

// `a` into `top` (descending, its length k ≥ 1 fixed) where it is larger than top.back(): the
// values below it move down one place and the smallest drops out. The one insertion of the
// dominance rules' top-k sums (riskcells_p.h's TopK, disclosure.cpp's runs over a design's
// columns, site-node's datasetdominance.cpp).
inline void insertDescending(std::vector<double> &top, double a)
{
    std::size_t m = top.size() - 1;
    while (m > 0 && top[m - 1] < a) {
        top[m] = top[m - 1];
        --m;
    }
    top[m] = a;
}

// The min(k, values.size()) largest of `values` (no NaN), descending: the very values and order
// of a partial sort, in one pass without moving `values`.
inline std::vector<double> largestDescending(const std::vector<double> &values, std::size_t k)
{
    std::vector<double> top(std::min(k, values.size()), -std::numeric_limits<double>::infinity());
    if (top.empty())
        return top;
    for (const double a : values) {
        if (a > top.back())
            insertDescending(top, a);
    }
    return top;
}

} // namespace fairstart::analysis

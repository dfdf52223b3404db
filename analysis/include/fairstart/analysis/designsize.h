// SPDX-License-Identifier: GPL-3.0-or-later
// The size of a design before it is built: the node refuses a design that would not fit its
// budgets from these numbers alone, and the workbench can show them while a model is edited.
#pragma once

#include "fairstart/analysis/design.h"

#include <cstdint>
#include <limits>

namespace fairstart::analysis {

// The size of a design matrix, from the resolved design and a row count only. Every count
// saturates at kSizeSaturated instead of overflowing (a hostile level list may ask for more
// columns than any integer holds).
struct DesignSize {
    std::int64_t parameters = 0; // columns of X, the intercept included
    std::int64_t mainEffectColumns = 0; // intercept and main effects
    std::int64_t interactionColumns = 0; // the products of all interactions
    std::int64_t largestBlock = 0; // the most columns one predictor contributes
    std::int64_t rows = 0;
    std::int64_t bytes = 0; // what buildDesign allocates: X, y, offset and the row ids
};

inline constexpr std::int64_t kSizeSaturated = std::numeric_limits<std::int64_t>::max();

// The number of columns termNames() gives for a resolved design, counted without building a
// single name or column: 1 (intercept) + each predictor's block (1; knots - 1 for a spline; the
// non-reference levels of a factor) + for each interaction the product of its two blocks. A
// factor without resolved levels counts 0 columns, an interaction naming a variable that is not
// a predictor counts 0 (checkResolved refuses both anyway).
std::int64_t designColumnCount(const ResolvedDesign &design);

// The bytes buildDesign allocates for `rows` records and `columns` columns: X (rows × columns),
// y and offset (rows each) in doubles, and the row ids (8 bytes each).
std::int64_t designMatrixBytes(std::int64_t rows, std::int64_t columns);

DesignSize designSize(const ResolvedDesign &design, std::int64_t rows);

} // namespace fairstart::analysis

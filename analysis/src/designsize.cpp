// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/analysis/designsize.h"

#include <algorithm>
#include <vector>

namespace fairstart::analysis {

namespace {

std::int64_t saturatedAdd(std::int64_t a, std::int64_t b)
{
    std::int64_t sum = 0;
    return __builtin_add_overflow(a, b, &sum) ? kSizeSaturated : sum;
}

std::int64_t saturatedMul(std::int64_t a, std::int64_t b)
{
    std::int64_t product = 0;
    return __builtin_mul_overflow(a, b, &product) ? kSizeSaturated : product;
}

// The columns one predictor contributes, as predictorColumns() in design.cpp names them.
std::int64_t blockColumns(const ResolvedDesign &design, const Predictor &p)
{
    switch (p.transform) {
    case Transform::AsIs:
    case Transform::Log:
    case Transform::Standardise:
    case Transform::Winsorise:
        return 1;
    case Transform::Spline:
        return std::max(0, p.knots - 1);
    case Transform::Categorical: {
        auto it = design.levels.find(p.variable);
        if (it == design.levels.end() || it->second.empty())
            return 0;
        const std::string &reference = p.reference.empty() ? it->second.front() : p.reference;
        return std::int64_t(std::count_if(it->second.begin(), it->second.end(),
                                          [&](const std::string &l) { return l != reference; }));
    }
    }
    return 0;
}

struct Counted {
    std::int64_t mainEffects = 1; // the intercept
    std::int64_t interactions = 0;
    std::int64_t largestBlock = 0;
};

Counted count(const ResolvedDesign &design)
{
    Counted c;
    std::vector<std::int64_t> blocks;
    blocks.reserve(design.spec.predictors.size());
    for (const Predictor &p : design.spec.predictors) {
        blocks.push_back(blockColumns(design, p));
        c.mainEffects = saturatedAdd(c.mainEffects, blocks.back());
        c.largestBlock = std::max(c.largestBlock, blocks.back());
    }
    auto block = [&](const std::string &variable) -> std::int64_t {
        for (std::size_t i = 0; i < design.spec.predictors.size(); ++i) {
            if (design.spec.predictors[i].variable == variable)
                return blocks[i];
        }
        return 0;
    };
    for (const Interaction &i : design.spec.interactions)
        c.interactions = saturatedAdd(c.interactions, saturatedMul(block(i.a), block(i.b)));
    return c;
}

} // namespace

std::int64_t designColumnCount(const ResolvedDesign &design)
{
    const Counted c = count(design);
    return saturatedAdd(c.mainEffects, c.interactions);
}

std::int64_t designMatrixBytes(std::int64_t rows, std::int64_t columns)
{
    // X, then y and offset: columns + 2 doubles per row, and one 8-byte row id: what buildDesign
    // holds while it builds (a design keeps a 0/1 y as bits and its rows as a bitmap or 4-byte
    // ids once built, designstorage.h, and stores no offset without one).
    const std::int64_t perRow = saturatedAdd(columns, 3);
    return saturatedMul(saturatedMul(std::max<std::int64_t>(rows, 0), perRow), 8);
}

DesignSize designSize(const ResolvedDesign &design, std::int64_t rows)
{
    const Counted c = count(design);
    DesignSize size;
    size.mainEffectColumns = c.mainEffects;
    size.interactionColumns = c.interactions;
    size.parameters = saturatedAdd(c.mainEffects, c.interactions);
    size.largestBlock = c.largestBlock;
    size.rows = rows;
    size.bytes = designMatrixBytes(rows, size.parameters);
    return size;
}

} // namespace fairstart::analysis

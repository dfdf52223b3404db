// SPDX-License-Identifier: GPL-3.0-or-later
// What the lattice check's randomised tests share (tst_differencing, tst_cold2,
// tst_lattice_memory2, tst_lattice_cold3): a random table with its lattice cells cached, a table
// in the form a design's cached columns keep it, random atoms of a differencing ledger, and
// random candidate edges of risk bins. Each helper draws from `random` in the order the tests
// drew before it existed, so every instance stays the one it was.
#pragma once

#include "release/differencing.h"
#include "release/latticecolumns.h"
#include "release/releasegate.h"

#include "fairstart/node/store.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <memory>
#include <random>
#include <string>
#include <vector>

namespace testsupport {

// What a random table holds (randomTable); each test's own, so that its draws stay the ones it
// made before the helper existed.
struct RandomTableShape {
    int variables = 3; // numeric x0, x1, ...
    std::vector<double> scales { 1, 10, 0.1, 250 }; // one drawn per variable
    unsigned decimalDigits = 3; // values rounded to 10^-d, d drawn below this ...
    unsigned smallScaleDigits = 2; // ... plus this many for a scale below 1
    // A quarter of the variables shifted far from 0 (by 1000 scales), and a zero written as
    // -0.0 half the time.
    bool shiftsAndNegativeZeros = false;
};

// A table of `rows` records: x0.. numeric (decimals on and between the lattice points of their
// steps, some missing, now and then a long tail whose cells span more than a byte holds: 2-byte
// codes), z and y binary (one in three 1); each step the node's (cacheHistogramSteps), each
// numeric variable's cells cached as the preload does (cacheLatticeCells).
template<class Random>
fairstart::node::LoadedDataset randomTable(Random &random, std::size_t rows,
                                           const RandomTableShape &shape = {})
{
    using namespace fairstart;
    node::LoadedDataset data;
    data.info.name = QStringLiteral("cohort");
    data.info.generation = 1;
    std::normal_distribution<double> normal(0.0, 1.0);
    for (int v = 0; v < shape.variables; ++v) {
        const double scale = shape.scales[random() % shape.scales.size()];
        const double decimals = std::pow(
            10.0,
            double(random() % shape.decimalDigits + (scale < 1 ? shape.smallScaleDigits : 0)));
        const bool withMissing = random() % 2 == 0;
        const bool longTail = random() % 3 == 0;
        const bool shifted = shape.shiftsAndNegativeZeros && random() % 4 == 0;
        std::vector<double> values(rows);
        for (double &x : values) {
            const double spread = longTail && random() % 50 == 0 ? 40 : 1;
            x = withMissing && random() % 25 == 0
                ? std::numeric_limits<double>::quiet_NaN()
                : std::round(normal(random) * spread * scale * decimals) / decimals;
            if (shape.shiftsAndNegativeZeros) {
                x += shifted ? 1000 * scale : 0; // a rounded -0.0 becomes 0 here ...
                if (x == 0 && random() % 2 == 0)
                    x = -0.0; // ... and half the zeros -0.0
            }
        }
        const std::string name = "x" + std::to_string(v);
        if (!data.table.addNumeric(name, values).ok())
            return {};
        node::VariableInfo info;
        info.name = QString::fromStdString(name);
        info.kind = node::VariableKind::Numeric;
        data.info.variables.push_back(info);
    }
    for (const char *name : { "z", "y" }) {
        std::vector<double> values(rows);
        for (double &x : values)
            x = double(random() % 3 == 0);
        if (!data.table.addNumeric(name, values).ok())
            return {};
        node::VariableInfo info;
        info.name = QString::fromLatin1(name);
        info.kind = node::VariableKind::Binary;
        data.info.variables.push_back(info);
    }
    for (std::size_t r = 0; r < rows; ++r)
        data.recordIds.push_back(std::int64_t(r + 1));
    data.info.rows = qint64(rows);
    node::cacheHistogramSteps(data);
    node::cacheLatticeCells(data);
    return data;
}

// A table's numeric `variables` as a design's cached columns keep them (api designColumns): each
// as lattice cells where every value is exactly in its cell, else as numbers in the table; the
// other columns as they are.
inline fairstart::node::LoadedDataset latticeForm(const fairstart::node::LoadedDataset &data,
                                                  const std::vector<std::string> &variables)
{
    using namespace fairstart;
    node::LoadedDataset out;
    out.histogramSteps = data.histogramSteps;
    auto lattice = std::make_shared<node::LatticeColumns>();
    for (const std::string &name : data.table.columnNames()) {
        const analysis::Column *column = data.table.column(name);
        auto cells = std::find(variables.begin(), variables.end(), name) != variables.end()
            ? node::LatticeColumn::encode(*column, node::datasetHistogramStep(data, name))
            : nullptr;
        if (cells)
            lattice->add(name, std::move(cells));
        else if (column->kind == analysis::ColumnKind::Numeric)
            (void)out.table.addNumeric(name, column->numeric);
        else
            (void)out.table.addCategorical(name, column->codes, column->levels);
    }
    out.lattice = std::move(lattice);
    return out;
}

// A ledger of one dataset of `rows` records split into `atoms` atoms: a third of the records in
// any atom, the others in the first third of them.
template<class Random>
fairstart::node::DifferencingState randomAtoms(Random &random, std::size_t rows, std::size_t atoms)
{
    auto state = fairstart::node::DifferencingState::initial(1, rows);
    state.sizes.assign(atoms, 0);
    for (auto &a : state.atomOf) {
        a = std::uint32_t(random() % 3 == 0 ? random() % atoms : random() % (1 + atoms / 3));
        ++state.sizes[a];
    }
    return state;
}

// Risk bins on a grid of `grid` bins over the rows of a table that follow `follow` (a column of
// it): each row evaluated unless left out (`leaveOut` in 10, 0: every row), in the bin
// binOf(x, spread) of its value x (spread: 1 + the largest value), one in eight in a random bin
// instead. No edges yet (randomEdges).
template<class Random, class BinOf>
fairstart::node::RiskBins binsFollowing(Random &random, const std::vector<double> &follow,
                                        unsigned leaveOut, int grid, const BinOf &binOf)
{
    fairstart::node::RiskBins rb;
    const double spread
        = 1 + *std::max_element(follow.begin(), follow.end(), [](double a, double b) {
              return std::isnan(a) || (!std::isnan(b) && a < b);
          });
    for (std::size_t r = 0; r < follow.size(); ++r) {
        if (leaveOut != 0 && random() % 10 < leaveOut)
            continue;
        rb.rows.push_back(std::int64_t(r));
        std::int32_t bin = binOf(follow[r], spread);
        if (random() % 8 == 0)
            bin = std::int32_t(random() % unsigned(grid));
        rb.bin.push_back(bin);
    }
    return rb;
}

// Risk bins' candidate edges on a grid of `grid` bins: 0, `grid` and `inner` random inner edges,
// sorted, each once.
template<class Random> std::vector<int> randomEdges(Random &random, std::size_t inner, int grid)
{
    std::vector<int> edges { 0, grid };
    for (std::size_t e = 0; e < inner; ++e)
        edges.push_back(int(1 + random() % unsigned(grid - 1)));
    std::sort(edges.begin(), edges.end());
    edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
    return edges;
}

} // namespace testsupport

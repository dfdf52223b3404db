// SPDX-License-Identifier: GPL-3.0-or-later
// The cold fit's lattice check without a second computation of the cells (issue 16, branch
// `cold6`): a derived lattice column (LatticeColumn::derive) keeps the encoded cells it was
// checked against until its first expanded(), which hands them out instead of computing every
// design row's cell from X again. Handed out once, the very object derive checked, and the same
// cells the computation gives; the lattice check keeps the same edges with them as without.
#include "api/common_p.h"
#include "release/histogramruns.h"
#include "release/latticecolumns.h"

#include "fairstart/analysis/design.h"
#include "fairstart/analysis/formula.h"

#include "fairstart/node/store.h"

#include "latticetesting.h"

#include <QTest>

#include <algorithm>
#include <random>

using namespace fairstart;

class tst_Cold6 : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void heldCellsAreHandedOutOnceAndAreTheComputedCells();
    void designColumnsHoldUntilTheLatticeCheck();
};

namespace {

// x0..x3 numeric (scales 10⁻³–3·10⁵, long tails with 2- and 4-byte codes, shifted ranges, −0.0),
// z and y binary.
node::LoadedDataset randomTable(std::mt19937 &random, std::size_t rows)
{
    testsupport::RandomTableShape shape;
    shape.variables = 4;
    shape.scales = { 1, 10, 0.1, 250, 1e-3, 3e5 };
    shape.decimalDigits = 4;
    shape.smallScaleDigits = 4;
    shape.shiftsAndNegativeZeros = true;
    return testsupport::randomTable(random, rows, shape);
}

std::vector<std::uint8_t> consentMask(std::mt19937 &random, std::size_t rows)
{
    std::vector<std::uint8_t> mask(rows, 1);
    const unsigned outside = random() % 6; // 0-5 % without consent
    for (auto &m : mask)
        m = random() % 100 < outside ? 0 : 1;
    return mask;
}

analysis::ResolvedDesign resolvedDesign(const node::LoadedDataset &data, const char *formula,
                                        const std::vector<std::uint8_t> &mask)
{
    auto spec = analysis::parseFormula(formula, analysis::Family::Binomial);
    if (!spec)
        return {};
    auto resolved = analysis::resolveLocally(*spec, data.table, &mask);
    return resolved ? *resolved : analysis::ResolvedDesign();
}

std::vector<std::int64_t> partsOf(const node::LatticeColumn &column)
{
    std::vector<std::int64_t> out(column.size());
    for (std::size_t r = 0; r < out.size(); ++r)
        out[r] = column.part(r);
    return out;
}

std::vector<std::int64_t> viaWithParts(const node::LatticeColumn &column)
{
    std::vector<std::int64_t> out(column.size());
    column.withParts([&](auto part) {
        for (std::size_t r = 0; r < out.size(); ++r)
            out[r] = part(r);
    });
    return out;
}

} // namespace

// On random tables and cohorts, every predictor entered as is: derive with `hold` derives exactly
// where derive without does; the column then holds the cells, its first expanded() is that very
// object, it holds nothing after, and every later expansion (computed from X) gives each table
// row the same cell, as does the column derived without a hold. A hold that is not the cells
// checked (another column's cells, a copy) is never kept.
void tst_Cold6::heldCellsAreHandedOutOnceAndAreTheComputedCells()
{
    std::mt19937 random(20261216);
    int held = 0, notDerived = 0, wider = 0;
    for (int instance = 0; instance < 150; ++instance) {
        const std::size_t rows
            = instance % 5 == 0 ? 64 * (20 + random() % 40) : 500 + random() % 4000;
        const node::LoadedDataset data = randomTable(random, rows);
        const auto mask = consentMask(random, rows);
        const analysis::ResolvedDesign design
            = resolvedDesign(data, "y ~ x0 + x1 + x2 + x3 + z", mask);
        QVERIFY(!design.spec.predictors.empty());
        auto built = analysis::buildDesign(data.table, design, &mask);
        QVERIFY(built);
        const auto matrix = std::make_shared<const analysis::DesignMatrix>(std::move(*built));
        for (const char *name : { "x0", "x1", "x2", "x3" }) {
            const auto it = data.latticeCells.find(name);
            if (it == data.latticeCells.end() || !it->second.cells)
                continue;
            const std::shared_ptr<const node::LatticeColumn> &cells = it->second.cells;
            const analysis::Column *values = data.table.column(name);
            const Eigen::Index j
                = Eigen::Index(std::find(matrix->terms.begin(), matrix->terms.end(), name)
                               - matrix->terms.begin());
            QVERIFY(j < matrix->p());
            const auto plain = node::LatticeColumn::derive(*cells, matrix, j, values);
            const auto holding = node::LatticeColumn::derive(*cells, matrix, j, values, cells);
            QCOMPARE(bool(holding), bool(plain));
            if (!plain) {
                ++notDerived;
                continue;
            }
            QVERIFY(!plain->holdsCells());
            QVERIFY(holding->derived());
            QVERIFY(holding->holdsCells());
            QCOMPARE(holding->bytes(), plain->bytes()); // at rest: what a derived column keeps
            const std::vector<std::int64_t> expected = partsOf(*cells);
            QVERIFY(partsOf(*plain->expanded()) == expected);
            // The first expansion: the very cells derive checked, then nothing held.
            const std::shared_ptr<const node::LatticeColumn> first = holding->expanded();
            QCOMPARE(first.get(), cells.get());
            QVERIFY(!holding->holdsCells());
            // Later ones computed from X: the same cells, by every reading.
            const std::shared_ptr<const node::LatticeColumn> second = holding->expanded();
            QVERIFY(second.get() != cells.get());
            QVERIFY(!second->derived());
            QVERIFY(partsOf(*second) == expected);
            QVERIFY(viaWithParts(*second) == expected);
            QVERIFY(partsOf(*holding) == expected);
            QVERIFY(viaWithParts(*holding) == expected);
            // A hold that is not the object checked: not kept.
            const auto copy = std::make_shared<const node::LatticeColumn>(*cells);
            const auto notHeld = node::LatticeColumn::derive(*cells, matrix, j, values, copy);
            QVERIFY(notHeld && !notHeld->holdsCells());
            QVERIFY(partsOf(*notHeld->expanded()) == expected);
            ++held;
            wider += cells->bytes() > rows ? 1 : 0;
        }
    }
    QVERIFY(held > 300);
    QVERIFY(wider > 10);
    qInfo("held %d, not derived %d, 2- or 4-byte codes %d", held, notDerived, wider);
}

// api::designColumns (the first job's columns): each predictor entered as is derived and holding
// its cells; the lattice check (dropEdgesNearLattice) takes them, after which none holds; its
// edges equal those of the encoded columns, of the same columns once more (computed from X), and
// of columns whose cells were taken before the check.
void tst_Cold6::designColumnsHoldUntilTheLatticeCheck()
{
    std::mt19937 random(20261217);
    int someDropped = 0, someKept = 0, derived = 0;
    for (int instance = 0; instance < 120; ++instance) {
        const std::size_t rows = 200 + random() % 1500;
        const node::LoadedDataset data = testsupport::randomTable(random, rows);
        const auto mask = consentMask(random, rows);
        const analysis::ResolvedDesign design = resolvedDesign(data, "y ~ x0 + x1 + x2 + z", mask);
        auto built = analysis::buildDesign(data.table, design, &mask);
        QVERIFY(built);
        const auto matrix = std::make_shared<const analysis::DesignMatrix>(std::move(*built));
        const node::LoadedDataset columns = node::api::designColumns(data, design, matrix);
        const node::LoadedDataset taken = node::api::designColumns(data, design, matrix);
        const node::LoadedDataset plain = node::api::designColumns(data, design);
        const std::vector<std::string> variables = node::numericDesignVariables(columns, design);
        QCOMPARE(variables.size(), std::size_t(3));
        for (const std::string &v : variables) {
            const node::LatticeColumn *column = columns.lattice->find(v);
            QVERIFY(column);
            QCOMPARE(column->holdsCells(), column->derived());
            derived += column->derived() ? 1 : 0;
            const node::LatticeColumn *other = taken.lattice->find(v);
            if (other->derived())
                QVERIFY(other->expanded()->size() == rows); // its held cells taken here
            QVERIFY(!other->holdsCells());
        }
        const node::DifferencingState main
            = testsupport::randomAtoms(random, rows, 1 + random() % 6);
        node::RiskBins rb;
        rb.rows = matrix->rows.toVector();
        const std::vector<double> &follow = data.table.column("x0")->numeric;
        double low = 1e300, high = -1e300;
        for (std::int64_t r : rb.rows) {
            low = std::min(low, follow[std::size_t(r)]);
            high = std::max(high, follow[std::size_t(r)]);
        }
        for (std::int64_t r : rb.rows) {
            std::int32_t bin
                = std::int32_t(199.0 * (follow[std::size_t(r)] - low) / (high - low + 1e-9));
            if (random() % 8 == 0)
                bin = std::int32_t(random() % 200);
            rb.bin.push_back(bin);
        }
        rb.edges = testsupport::randomEdges(random, 1 + random() % 40, 200);
        const int minCell = random() % 3 == 0 ? 5 : 10;
        node::RiskBins expected = rb;
        node::dropEdgesNearLattice(expected, main, plain, variables, minCell);
        node::RiskBins fromHeld = rb;
        node::dropEdgesNearLattice(fromHeld, main, columns, variables, minCell);
        QVERIFY2(fromHeld.edges == expected.edges, qPrintable(QString::number(instance)));
        for (const std::string &v : variables)
            QVERIFY(!columns.lattice->find(v)->holdsCells());
        node::RiskBins again = rb; // the partitions kept; the cells computed from X
        node::dropEdgesNearLattice(again, main, columns, variables, minCell);
        QVERIFY(again.edges == expected.edges);
        node::RiskBins computed = rb;
        node::dropEdgesNearLattice(computed, main, taken, variables, minCell);
        QVERIFY(computed.edges == expected.edges);
        someDropped += expected.edges.size() < rb.edges.size() ? 1 : 0;
        someKept += expected.edges.size() > 2 ? 1 : 0;
    }
    QVERIFY(someDropped > 20);
    QVERIFY(someKept > 20);
    QVERIFY(derived > 250);
}

QTEST_GUILESS_MAIN(tst_Cold6)
#include "tst_cold6.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The cold fit's lattice check computed differently (issue 16, branch `cold4`), each against the
// form it replaces:
// - a derived column's expanded() answers the encoded cells it was derived from while their owner
//   (the dataset cache) keeps them, instead of computing every design row's cell from X: the same
//   cells, row by row, as the computation from X gives;
// - latticePartitions counts each evaluated record in its block of cells as it numbers the blocks
//   and reads only the other rows of the table for the sizes, and hands each record's block to
//   appendLatticePresence, which then skips its own lookup: the same partitions, the same
//   presence families and the same kept edges as before.
#include "release/blockfamily.h"
#include "release/differencing.h"
#include "release/histogramruns.h"
#include "release/latticecolumns.h"
#include "release/releasegate.h"

#include "latticetesting.h"

#include "fairstart/analysis/design.h"
#include "fairstart/analysis/formula.h"

#include "fairstart/node/store.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

using namespace fairstart;

class tst_LatticeCold4 : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void derivedExpandedIsItsEncodedCells();
    void partitionsCountedFromTheRecordsAsBefore();
    void latticeEdgesWithRecordBlocksAsWithout();
    void derivedPartitionsFromXAsExpanded();
};

namespace {

// A table of `rows` records: x0..x3 numeric (decimals, missing values, long tails, shifted
// ranges, negative zeros), z and y binary; the steps and cells cached as the preload does.
node::LoadedDataset randomTable(std::mt19937 &random, std::size_t rows)
{
    node::LoadedDataset data;
    data.info.name = QStringLiteral("cohort");
    data.info.generation = 1;
    std::normal_distribution<double> normal(0.0, 1.0);
    const double scales[] = { 1, 10, 0.1, 250, 1e-3, 3e5 };
    for (int v = 0; v < 4; ++v) {
        const double scale = scales[random() % 6];
        const double decimals = std::pow(10.0, double(random() % 4 + (scale < 1 ? 4 : 0)));
        const bool withMissing = random() % 2 == 0;
        const bool longTail = random() % 3 == 0;
        const bool shifted = random() % 4 == 0;
        std::vector<double> values(rows);
        for (double &x : values) {
            const double spread = longTail && random() % 50 == 0 ? 40 : 1;
            x = withMissing && random() % 25 == 0
                ? std::numeric_limits<double>::quiet_NaN()
                : std::round(normal(random) * spread * scale * decimals) / decimals
                    + (shifted ? 1000 * scale : 0);
            if (x == 0 && random() % 2 == 0)
                x = -0.0;
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

std::shared_ptr<const analysis::DesignMatrix> randomDesign(std::mt19937 &random,
                                                           const node::LoadedDataset &data)
{
    const std::size_t rows = data.table.rows();
    std::vector<std::uint8_t> mask(rows, 1);
    const unsigned outside = random() % 6; // 0-5 % without consent
    for (auto &m : mask)
        m = random() % 100 < outside ? 0 : 1;
    auto spec = analysis::parseFormula("y ~ x0 + x1 + x2 + x3 + z", analysis::Family::Binomial);
    if (!spec)
        return nullptr;
    auto resolved = analysis::resolveLocally(*spec, data.table, &mask);
    if (!resolved)
        return nullptr;
    auto built = analysis::buildDesign(data.table, *resolved, &mask);
    if (!built)
        return nullptr;
    return std::make_shared<const analysis::DesignMatrix>(std::move(*built));
}

std::vector<std::int64_t> partsOf(const node::LatticeColumn &column)
{
    std::vector<std::int64_t> out(column.size());
    for (std::size_t r = 0; r < out.size(); ++r)
        out[r] = column.part(r);
    return out;
}

} // namespace

// On random tables and cohorts, every predictor entered as is and derived from the cells the
// dataset cache keeps: expanded() is those very cells while they are kept; the cells computed from
// X (expandedFromX) equal them row by row, in every width; once their owner lets them go,
// expanded() computes them from X, the same cells.
void tst_LatticeCold4::derivedExpandedIsItsEncodedCells()
{
    std::mt19937 random(20261208);
    int derived = 0, wide = 0;
    for (int instance = 0; instance < 120; ++instance) {
        const std::size_t rows
            = instance % 4 == 0 ? 64 * (10 + random() % 40) : 300 + random() % 3000;
        auto data = std::make_unique<node::LoadedDataset>(randomTable(random, rows));
        QCOMPARE(data->table.rows(), rows);
        const auto matrix = randomDesign(random, *data);
        QVERIFY(matrix);
        std::vector<std::shared_ptr<const node::LatticeColumn>> columns;
        std::vector<std::vector<std::int64_t>> expected;
        for (const char *name : { "x0", "x1", "x2", "x3" }) {
            const auto it = data->latticeCells.find(name);
            if (it == data->latticeCells.end() || !it->second.cells)
                continue;
            const std::shared_ptr<const node::LatticeColumn> &cells = it->second.cells;
            const Eigen::Index j
                = Eigen::Index(std::find(matrix->terms.begin(), matrix->terms.end(), name)
                               - matrix->terms.begin());
            QVERIFY(j < matrix->p());
            auto column = node::LatticeColumn::derive(*cells, matrix, j, data->table.column(name));
            if (!column)
                continue;
            ++derived;
            wide += cells->bytes() > rows ? 1 : 0;
            QVERIFY(column->derived());
            // While the table's cells are kept: the very object, and X gives the same cells.
            QVERIFY(column->expanded() == cells);
            const std::vector<std::int64_t> encoded = partsOf(*cells);
            const auto fromX = column->expandedFromX();
            QVERIFY(fromX != cells);
            QVERIFY(!fromX->derived());
            QCOMPARE(fromX->bytes(), cells->bytes());
            QVERIFY(partsOf(*fromX) == encoded);
            QVERIFY(partsOf(*column) == encoded);
            columns.push_back(std::move(column));
            expected.push_back(encoded);
        }
        // The dataset (and with it the cells it kept) gone: computed from X, the same cells.
        data.reset();
        for (std::size_t k = 0; k < columns.size(); ++k) {
            const auto full = columns[k]->expanded();
            QVERIFY(full);
            QVERIFY(!full->derived());
            QVERIFY(partsOf(*full) == expected[k]);
        }
    }
    QVERIFY2(derived > 250, qPrintable(QString::number(derived)));
    QVERIFY2(wide > 10, qPrintable(QString::number(wide)));
}

// latticePartitions with the evaluated records counted as their blocks are numbered (strictly
// increasing rows) gives the partitions latticePartitionsByBlocks builds family by family, and
// each record's block handed out is its block in the table (atom × cell); rows not strictly
// increasing take the pass over every row, as before, and hand out the same blocks.
void tst_LatticeCold4::partitionsCountedFromTheRecordsAsBefore()
{
    std::mt19937_64 random(1613);
    int dense = 0, histograms = 0, repeated = 0;
    for (int instance = 0; instance < 400; ++instance) {
        const std::size_t n = 20 + random() % 3000;
        const double spreads[] = { 5, 20, 60, 250, 3000, 70000 };
        const double spread = spreads[random() % 6];
        const bool withMissing = random() % 3 == 0;
        std::vector<double> values(n);
        for (double &v : values) {
            v = withMissing && random() % 25 == 0
                ? std::numeric_limits<double>::quiet_NaN()
                : double(random() % 100000) / 100000 * spread * (random() % 50 == 0 ? 3 : 1);
        }
        analysis::DataTable table;
        QVERIFY(table.addNumeric("x", values).ok());
        const double steps[] = { 0.5, 1, 2, 5 };
        const auto column = node::LatticeColumn::encode(*table.column("x"), steps[random() % 4]);
        QVERIFY(column);
        const std::size_t atoms = 1 + (random() % 3 == 0 ? random() % 40 : random() % 3);
        std::vector<std::uint32_t> atomOf(n);
        for (auto &a : atomOf)
            a = std::uint32_t(random() % atoms);
        std::vector<std::int64_t> rows;
        const unsigned leaveOut = random() % 6;
        for (std::size_t r = 0; r < n; ++r) {
            if (leaveOut == 0 || random() % 10 >= leaveOut)
                rows.push_back(std::int64_t(r));
        }
        // Now and then the first and last rows left out (gaps at both ends of the table pass).
        if (random() % 4 == 0 && rows.size() > 2) {
            rows.erase(rows.begin());
            rows.pop_back();
        }
        const node::EvaluatedAtoms evaluated(rows, atomOf, atoms);
        const int minCell = random() % 2 ? 5 : 10;
        std::vector<std::uint32_t> blocks { 7, 7 }; // cleared or replaced
        const node::LatticePartitions fast
            = node::latticePartitions(*column, rows, atomOf, evaluated, minCell, &blocks);
        const node::LatticePartitions byBlocks
            = node::latticePartitionsByBlocks(*column, rows, atomOf, evaluated, minCell);
        const QString what = QStringLiteral("instance %1").arg(instance);
        QVERIFY2(fast.dense == byBlocks.dense, qPrintable(what));
        QVERIFY2(fast.low == byBlocks.low && fast.span == byBlocks.span, qPrintable(what));
        QVERIFY2(fast.table == byBlocks.table, qPrintable(what));
        QVERIFY2(fast.perRecord == byBlocks.perRecord, qPrintable(what));
        QVERIFY2(fast.cellSize == byBlocks.cellSize, qPrintable(what));
        QVERIFY2(fast.histogram == byBlocks.histogram, qPrintable(what));
        QVERIFY2(fast.binBlockOf == byBlocks.binBlockOf, qPrintable(what));
        QVERIFY2(fast.binSize == byBlocks.binSize, qPrintable(what));
        if (fast.dense && !rows.empty()) {
            ++dense;
            QCOMPARE(blocks.size(), rows.size());
            for (std::size_t i = 0; i < rows.size(); ++i) {
                const auto r = std::size_t(rows[i]);
                const std::int64_t cell = column->part(r);
                const std::int32_t atom = evaluated.index[atomOf[r]];
                QCOMPARE(
                    std::int64_t(blocks[i]),
                    std::int64_t(
                        fast.table[std::size_t(atom) * fast.span + std::size_t(cell - fast.low)]));
            }
        } else {
            QVERIFY2(blocks.empty(), qPrintable(what));
        }
        histograms += fast.histogram ? 1 : 0;
        // Rows repeated (not strictly increasing): the pass over every row, each row once.
        if (fast.dense && rows.size() > 4) {
            std::vector<std::int64_t> twice = rows;
            twice.insert(twice.begin() + std::ptrdiff_t(twice.size() / 2), rows[rows.size() / 2]);
            const node::EvaluatedAtoms evaluatedTwice(twice, atomOf, atoms);
            std::vector<std::uint32_t> blocksTwice;
            const node::LatticePartitions again = node::latticePartitions(
                *column, twice, atomOf, evaluatedTwice, minCell, &blocksTwice);
            if (again.dense) {
                ++repeated;
                // Every row of the table counted once, as the pass over the table counts it.
                std::vector<std::int64_t> sizes(again.cellSize.size(), 0);
                for (std::size_t r = 0; r < n; ++r) {
                    const std::int32_t a = evaluatedTwice.index[atomOf[r]];
                    const std::int64_t c = column->part(r);
                    if (a < 0 || c < again.low || c >= again.low + std::int64_t(again.span))
                        continue;
                    const std::int32_t slot
                        = again.table[std::size_t(a) * again.span + std::size_t(c - again.low)];
                    if (slot >= 0)
                        ++sizes[std::size_t(slot)];
                }
                QVERIFY2(again.cellSize == sizes, qPrintable(what));
                QCOMPARE(blocksTwice.size(), twice.size());
            }
        }
    }
    QVERIFY(dense > 150);
    QVERIFY(histograms > 100);
    QVERIFY(repeated > 100);
}

// The lattice check's kept edges with each record's block handed from the partitions' build (a
// design's cached columns the first time: the memo builds), from the memo (the second time: the
// blocks looked up), and as families of cells, and on the table's numbers: all the same.
void tst_LatticeCold4::latticeEdgesWithRecordBlocksAsWithout()
{
    std::mt19937 random(20261209);
    auto uniform = [&](double low, double high) {
        return low + (high - low) * double(random() % 1000000) / 1000000.0;
    };
    int someDropped = 0, someKept = 0;
    for (int instance = 0; instance < 200; ++instance) {
        const std::size_t tableRows = 200 + random() % (instance % 5 == 0 ? 20000 : 2000);
        node::LoadedDataset data;
        std::vector<std::string> variables;
        const std::size_t numeric = 1 + random() % 4;
        std::vector<std::vector<double>> columns(numeric);
        for (std::size_t v = 0; v < numeric; ++v) {
            const std::string name = "x" + std::to_string(v);
            const bool withMissing = random() % 2 == 0;
            const double range = random() % 6 == 0 ? 1e5 : 5 + double(random() % 300);
            columns[v].resize(tableRows);
            for (double &x : columns[v]) {
                x = withMissing && random() % 20 == 0 ? std::numeric_limits<double>::quiet_NaN()
                                                      : std::round(uniform(0, range) * 10) / 10;
            }
            QVERIFY(data.table.addNumeric(name, columns[v]).ok());
            const double steps[] = { 0.5, 1, 2, 5 };
            data.histogramSteps[name] = steps[random() % 4];
            variables.push_back(name);
        }
        const std::size_t atoms = random() % 3 == 0 ? 1 : 1 + random() % 60;
        node::DifferencingState main = testsupport::randomAtoms(random, tableRows, atoms);
        const int grid = random() % 2 ? 1000 : 200;
        const unsigned leaveOut = random() % 4;
        node::RiskBins rb = testsupport::binsFollowing(
            random, columns[0], leaveOut, grid, [&](double x, double spread) {
                return std::isnan(x) ? std::int32_t(random() % unsigned(grid))
                                     : std::int32_t(std::min(double(grid - 1), grid * x / spread));
            });
        const std::size_t inner = 1 + random() % (random() % 3 == 0 ? 600 : 40);
        rb.edges = testsupport::randomEdges(random, inner, grid);
        const std::size_t candidateEdges = rb.edges.size();
        const int minCell = random() % 3 == 0 ? 5 : 10;

        const node::LoadedDataset cached = testsupport::latticeForm(data, variables);
        node::RiskBins built = rb; // the memo builds: the records' blocks handed over
        node::dropEdgesNearLattice(built, main, cached, variables, minCell,
                                   node::LatticeFamilies::Auto);
        node::RiskBins remembered = rb; // from the memo: looked up
        node::dropEdgesNearLattice(remembered, main, cached, variables, minCell,
                                   node::LatticeFamilies::Auto);
        const node::LoadedDataset other = testsupport::latticeForm(data, variables);
        node::RiskBins asCells = rb;
        node::dropEdgesNearLattice(asCells, main, other, variables, minCell,
                                   node::LatticeFamilies::Cells);
        node::RiskBins onNumbers = rb;
        node::dropEdgesNearLattice(onNumbers, main, data, variables, minCell,
                                   node::LatticeFamilies::Cells);
        const QString what = QStringLiteral("instance %1").arg(instance);
        QVERIFY2(built.edges == asCells.edges, qPrintable(what));
        QVERIFY2(remembered.edges == asCells.edges, qPrintable(what));
        QVERIFY2(onNumbers.edges == asCells.edges, qPrintable(what));
        someDropped += asCells.edges.size() < candidateEdges ? 1 : 0;
        someKept += asCells.edges.size() > 2 ? 1 : 0;
    }
    QVERIFY2(someDropped > 40, qPrintable(QString::number(someDropped)));
    QVERIFY2(someKept > 40, qPrintable(QString::number(someKept)));
}

namespace {

bool samePartitions(const node::LatticePartitions &a, const node::LatticePartitions &b)
{
    return a.dense == b.dense && a.low == b.low && a.span == b.span && a.table == b.table
        && a.perRecord == b.perRecord && a.cellSize == b.cellSize && a.histogram == b.histogram
        && a.binBlockOf == b.binBlockOf && a.binSize == b.binSize;
}

} // namespace

// A derived column's partitions over its design's rows read from X in the design's order (no
// expansion), with each record's block handed out: the same partitions and blocks as over its
// cells expanded; over other rows (a subset) through the expansion, the same. And the lattice
// check over a design's cached columns with derived columns keeps the edges it keeps with the
// encoded columns, the first time (built) and the second (remembered).
void tst_LatticeCold4::derivedPartitionsFromXAsExpanded()
{
    std::mt19937 random(20261210);
    int fromX = 0, subsets = 0, edgesChecked = 0, someDropped = 0;
    for (int instance = 0; instance < 80; ++instance) {
        const std::size_t rows
            = instance % 4 == 0 ? 64 * (10 + random() % 60) : 300 + random() % 5000;
        const node::LoadedDataset data = randomTable(random, rows);
        QCOMPARE(data.table.rows(), rows);
        const auto matrix = randomDesign(random, data);
        QVERIFY(matrix);
        const std::vector<std::int64_t> designRows = matrix->rows.toVector();
        const std::size_t atoms = random() % 3 == 0 ? 1 : 1 + random() % 40;
        node::DifferencingState main = testsupport::randomAtoms(random, rows, atoms);
        const node::EvaluatedAtoms evaluated(designRows, main.atomOf, atoms);
        std::vector<std::int64_t> subset;
        for (std::int64_t r : designRows) {
            if (random() % 10 != 0)
                subset.push_back(r);
        }
        const node::EvaluatedAtoms evaluatedSubset(subset, main.atomOf, atoms);
        const int minCell = random() % 3 == 0 ? 5 : 10;
        auto derivedColumns = std::make_shared<node::LatticeColumns>();
        auto encodedColumns = std::make_shared<node::LatticeColumns>();
        std::vector<std::string> variables;
        for (const char *name : { "x0", "x1", "x2", "x3" }) {
            const auto it = data.latticeCells.find(name);
            if (it == data.latticeCells.end() || !it->second.cells)
                continue;
            const Eigen::Index j
                = Eigen::Index(std::find(matrix->terms.begin(), matrix->terms.end(), name)
                               - matrix->terms.begin());
            // Derived from cells whose owner is gone by the check (the dataset cache dropped
            // the table): read from X.
            auto cells
                = node::LatticeColumn::encode(*data.table.column(name), it->second.cells->step());
            QVERIFY(cells);
            auto column = node::LatticeColumn::derive(*cells, matrix, j, data.table.column(name));
            if (!column)
                continue;
            QVERIFY(column->designRowsAre(designRows));
            QVERIFY(subset.size() == designRows.size() || !column->designRowsAre(subset));
            const auto full = column->expandedFromX();
            std::vector<std::uint32_t> blocks, expectedBlocks;
            const auto a = node::latticePartitions(*column, designRows, main.atomOf, evaluated,
                                                   minCell, &blocks);
            const auto b = node::latticePartitions(*full, designRows, main.atomOf, evaluated,
                                                   minCell, &expectedBlocks);
            QVERIFY2(samePartitions(a, b), qPrintable(QStringLiteral("instance %1").arg(instance)));
            QVERIFY(blocks == expectedBlocks);
            fromX += a.dense ? 1 : 0;
            const auto c = node::latticePartitions(*column, subset, main.atomOf, evaluatedSubset,
                                                   minCell, &blocks);
            const auto d = node::latticePartitions(*full, subset, main.atomOf, evaluatedSubset,
                                                   minCell, &expectedBlocks);
            QVERIFY(samePartitions(c, d));
            QVERIFY(blocks == expectedBlocks);
            subsets += 1;
            cells.reset();
            QVERIFY(!column->expanded()->derived());
            derivedColumns->add(name, column);
            encodedColumns->add(name, full);
            variables.push_back(name);
        }
        if (variables.empty())
            continue;
        node::LoadedDataset asDerived;
        asDerived.histogramSteps = data.histogramSteps;
        asDerived.lattice = derivedColumns;
        node::LoadedDataset asEncoded;
        asEncoded.histogramSteps = data.histogramSteps;
        asEncoded.lattice = encodedColumns;
        const int grid = random() % 2 ? 1000 : 200;
        node::RiskBins rb;
        rb.rows = designRows;
        for (std::size_t i = 0; i < designRows.size(); ++i)
            rb.bin.push_back(std::int32_t(random() % unsigned(grid)));
        rb.edges = testsupport::randomEdges(random, 1 + random() % 60, grid);
        node::RiskBins built = rb, remembered = rb, encoded = rb;
        node::dropEdgesNearLattice(built, main, asDerived, variables, minCell);
        node::dropEdgesNearLattice(remembered, main, asDerived, variables, minCell);
        node::dropEdgesNearLattice(encoded, main, asEncoded, variables, minCell);
        QVERIFY2(built.edges == encoded.edges,
                 qPrintable(QStringLiteral("instance %1").arg(instance)));
        QVERIFY(remembered.edges == encoded.edges);
        ++edgesChecked;
        someDropped += encoded.edges.size() < rb.edges.size() ? 1 : 0;
    }
    QVERIFY2(fromX > 150, qPrintable(QString::number(fromX)));
    QVERIFY(subsets > 150);
    QVERIFY(edgesChecked > 60);
    QVERIFY2(someDropped > 10, qPrintable(QString::number(someDropped)));
}

QTEST_GUILESS_MAIN(tst_LatticeCold4)
#include "tst_lattice_cold4.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// A binomial design's lattice cells derived from its X (issue 16, branch `memory2`,
// release/latticecolumns.h LatticeColumn::derive): a predictor entered as is keeps cells only for
// the records outside the cohort, the cohort's are computed from its column of X. Every read
// gives the very cells the encoded column gives, the lattice check keeps the very edges, and the
// ledger gives the same verdicts and records the same ledgers as with the encoded cells.
#include "api/common_p.h"
#include "release/differencing.h"
#include "release/histogramruns.h"
#include "release/latticecolumns.h"
#include "release/releasegate.h"

#include "fairstart/analysis/design.h"
#include "fairstart/analysis/formula.h"

#include "fairstart/node/store.h"

#include "latticetesting.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

using namespace fairstart;

class tst_LatticeMemory2 : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void derivedCellsAreTheEncodedCells();
    void deriveRefusesWhatItCannotRead();
    void designColumnsDeriveAsIsPredictorsOnly();
    void edgesFromDerivedCellsAreTheTablesEdges();
    void ledgerVerdictsAsWithEncodedCells();
};

namespace {

// x0..x2 numeric, z and y binary (testsupport::randomTable).
node::LoadedDataset randomTable(std::mt19937 &random, std::size_t rows)
{
    return testsupport::randomTable(random, rows);
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

// Consent for all but ~`outsideShare` of the records.
std::vector<std::uint8_t> consentMask(std::mt19937 &random, std::size_t rows, unsigned outsideShare)
{
    std::vector<std::uint8_t> mask(rows, 1);
    for (auto &m : mask)
        m = random() % 100 < outsideShare ? 0 : 1;
    return mask;
}

std::vector<std::int64_t> partsOf(const node::LatticeColumn &column)
{
    std::vector<std::int64_t> out(column.size());
    for (std::size_t r = 0; r < out.size(); ++r)
        out[r] = column.part(r);
    return out;
}

bool samePartitions(const node::LatticePartitions &a, const node::LatticePartitions &b)
{
    return a.dense == b.dense && a.low == b.low && a.span == b.span && a.table == b.table
        && a.perRecord == b.perRecord && a.cellSize == b.cellSize && a.histogram == b.histogram
        && a.binBlockOf == b.binBlockOf && a.binSize == b.binSize;
}

// Random atoms of the dataset's ledger over `rows` table rows.
node::DifferencingState randomAtoms(std::mt19937 &random, std::size_t rows)
{
    const std::size_t atoms = 1 + random() % 6;
    return testsupport::randomAtoms(random, rows, atoms);
}

// The cohort's risk bins (of 200) following `follow`, with some records elsewhere, and the
// min-cell merge's candidate edges.
node::RiskBins randomBins(std::mt19937 &random, const std::vector<std::int64_t> &cohort,
                          const std::vector<double> &follow)
{
    node::RiskBins rb;
    rb.rows = cohort;
    double low = std::numeric_limits<double>::infinity(), high = -low;
    for (std::int64_t r : cohort) {
        low = std::min(low, follow[std::size_t(r)]);
        high = std::max(high, follow[std::size_t(r)]);
    }
    for (std::int64_t r : cohort) {
        std::int32_t bin
            = std::int32_t(199.0 * (follow[std::size_t(r)] - low) / (high - low + 1e-9));
        if (random() % 8 == 0)
            bin = std::int32_t(random() % 200);
        rb.bin.push_back(bin);
    }
    rb.edges = testsupport::randomEdges(random, 1 + random() % 40, 200);
    return rb;
}

} // namespace

// On random tables and cohorts (a consent mask and the complete-case rule), each predictor
// entered as is: the derived column gives every table row the encoded column's cell (part, the
// expanded cells, withParts), keeps fewer bytes, and the lattice check's partitions built from it
// are the encoded column's, field by field.
void tst_LatticeMemory2::derivedCellsAreTheEncodedCells()
{
    std::mt19937 random(20261206);
    int derived = 0, byteForm = 0, wideOrNarrow = 0;
    for (int instance = 0; instance < 120; ++instance) {
        const std::size_t rows = 2000 + random() % 3000;
        const node::LoadedDataset data = randomTable(random, rows);
        QCOMPARE(data.table.rows(), rows);
        const auto mask = consentMask(random, rows, 1 + random() % 5);
        const analysis::ResolvedDesign design = resolvedDesign(data, "y ~ x0 + x1 + x2 + z", mask);
        QVERIFY(!design.spec.predictors.empty());
        auto built = analysis::buildDesign(data.table, design, &mask);
        QVERIFY(built);
        const auto matrix = std::make_shared<const analysis::DesignMatrix>(std::move(*built));
        QCOMPARE(matrix->rows.form(), 'b');
        const node::DifferencingState main = randomAtoms(random, rows);
        const node::EvaluatedAtoms atoms(matrix->rows.toVector(), main.atomOf, main.sizes.size());
        for (const char *name : { "x0", "x1", "x2" }) {
            const auto it = data.latticeCells.find(name);
            QVERIFY(it != data.latticeCells.end());
            const auto &cells = it->second.cells;
            if (!cells)
                continue;
            const Eigen::Index j = std::find(matrix->terms.begin(), matrix->terms.end(), name)
                - matrix->terms.begin();
            const auto column = node::LatticeColumn::derive(*cells, matrix, j);
            QVERIFY2(column, name);
            ++derived;
            QVERIFY(column->derived());
            QVERIFY(!cells->derived());
            QCOMPARE(column->size(), cells->size());
            QCOMPARE(column->step(), cells->step());
            QVERIFY(column->bytes() < cells->bytes());
            const std::vector<std::int64_t> expected = partsOf(*cells);
            QVERIFY(partsOf(*column) == expected);
            const auto full = column->expanded();
            QVERIFY(!full->derived());
            QCOMPARE(full->bytes(), cells->bytes()); // the same width of codes
            QVERIFY(partsOf(*full) == expected);
            std::vector<std::int64_t> viaParts(rows);
            column->withParts([&](auto part) {
                for (std::size_t r = 0; r < rows; ++r)
                    viaParts[r] = part(r);
            });
            QVERIFY(viaParts == expected);
            (cells->bytes() == rows ? byteForm : wideOrNarrow) += 1;
            // The partitions of the cohort: from the encoded cells, the derived column (through
            // the memo, which expands it) and its expanded cells.
            const std::vector<std::int64_t> cohort = matrix->rows.toVector();
            for (int minCell : { 5, 10 }) {
                const auto fromCells
                    = node::latticePartitions(*cells, cohort, main.atomOf, atoms, minCell);
                const auto byBlocks
                    = node::latticePartitionsByBlocks(*column, cohort, main.atomOf, atoms, minCell);
                QVERIFY(samePartitions(byBlocks, fromCells));
                node::LatticeColumns memo;
                memo.add(name, column);
                const auto kept = memo.partitions(name, cohort, main.atomOf, atoms, minCell);
                QVERIFY(kept && samePartitions(*kept, fromCells));
                node::LatticeColumns memo2;
                memo2.add(name, column);
                const auto handed
                    = memo2.partitions(name, cohort, main.atomOf, atoms, minCell, full.get());
                QVERIFY(handed && samePartitions(*handed, fromCells));
            }
        }
    }
    QVERIFY(derived > 200);
    QVERIFY(byteForm > 50);
    QVERIFY(wideOrNarrow > 10);
}

// derive gives nothing rather than other cells: a transformed predictor (scale(x)), another
// column of X, one value of X changed by a cell, a cohort whose rows are ids rather than a
// bitmap, an already derived column.
void tst_LatticeMemory2::deriveRefusesWhatItCannotRead()
{
    std::mt19937 random(20261207);
    for (int instance = 0; instance < 40; ++instance) {
        const std::size_t rows = 1000 + random() % 2000;
        const node::LoadedDataset data = randomTable(random, rows);
        const auto mask = consentMask(random, rows, 3);
        const analysis::ResolvedDesign design
            = resolvedDesign(data, "y ~ x0 + scale(x1) + x2 + z", mask);
        QVERIFY(!design.spec.predictors.empty());
        auto built = analysis::buildDesign(data.table, design, &mask);
        QVERIFY(built);
        const auto matrix = std::make_shared<const analysis::DesignMatrix>(*built);
        auto column = [&](const std::string &term) {
            return Eigen::Index(std::find(matrix->terms.begin(), matrix->terms.end(), term)
                                - matrix->terms.begin());
        };
        const auto &x0 = data.latticeCells.at("x0").cells;
        const auto &x1 = data.latticeCells.at("x1").cells;
        QVERIFY(x0 && x1);
        QVERIFY(column("scale(x1)") < matrix->p());
        QVERIFY(!node::LatticeColumn::derive(*x1, matrix, column("scale(x1)")));
        QVERIFY(!node::LatticeColumn::derive(*x0, matrix, column("x2")));
        QVERIFY(!node::LatticeColumn::derive(*x0, matrix, 0)); // the intercept
        QVERIFY(!node::LatticeColumn::derive(*x0, matrix, matrix->p()));
        QVERIFY(!node::LatticeColumn::derive(*x0, nullptr, column("x0")));
        const auto derived = node::LatticeColumn::derive(*x0, matrix, column("x0"));
        QVERIFY(derived);
        QVERIFY(!node::LatticeColumn::derive(*derived, matrix, column("x0")));
        // One record's value a cell and a half higher (a whole step can land just below the
        // next point in doubles: -0.4 + 0.05 is below the point -0.35, in the same cell).
        auto changed = std::make_shared<analysis::DesignMatrix>(*built);
        const Eigen::Index i = Eigen::Index(random() % std::size_t(changed->n()));
        changed->X(i, column("x0")) += 1.5 * x0->step();
        QVERIFY2(!node::LatticeColumn::derive(*x0, changed, column("x0")),
                 qPrintable(QStringLiteral("instance %1 row %2 value %3 was %4 step %5")
                                .arg(instance)
                                .arg(i)
                                .arg(changed->X(i, column("x0")), 0, 'g', 17)
                                .arg(matrix->X(i, column("x0")), 0, 'g', 17)
                                .arg(x0->step())));
        // A sparse cohort (every 50th record): its rows kept as 4-byte ids.
        std::vector<std::uint8_t> sparse(rows, 0);
        for (std::size_t r = 0; r < rows; r += 50)
            sparse[r] = 1;
        auto few = analysis::buildDesign(data.table, design, &sparse);
        QVERIFY(few);
        const auto fewMatrix = std::make_shared<const analysis::DesignMatrix>(std::move(*few));
        QCOMPARE(fewMatrix->rows.form(), 'n');
        QVERIFY(!node::LatticeColumn::derive(*x0, fewMatrix, column("x0")));
    }
}

// api::designColumns, handed the design it was built with: a binomial design's predictors entered
// as is read as derived columns, a transformed one as encoded cells; without the design, all
// encoded (as before).
void tst_LatticeMemory2::designColumnsDeriveAsIsPredictorsOnly()
{
    std::mt19937 random(20261208);
    const node::LoadedDataset data = randomTable(random, 4000);
    const auto mask = consentMask(random, 4000, 2);
    const analysis::ResolvedDesign design
        = resolvedDesign(data, "y ~ x0 + scale(x1) + x2 + z", mask);
    auto built = analysis::buildDesign(data.table, design, &mask);
    QVERIFY(built);
    const auto matrix = std::make_shared<const analysis::DesignMatrix>(std::move(*built));
    const node::LoadedDataset columns = node::api::designColumns(data, design, matrix);
    const node::LoadedDataset plain = node::api::designColumns(data, design);
    QVERIFY(columns.lattice && plain.lattice);
    for (const char *name : { "x0", "x1", "x2" }) {
        const node::LatticeColumn *derived = columns.lattice->find(name);
        const node::LatticeColumn *encoded = plain.lattice->find(name);
        QVERIFY(derived && encoded);
        QCOMPARE(derived->derived(), std::string(name) != "x1");
        QVERIFY(!encoded->derived());
        QVERIFY(partsOf(*derived) == partsOf(*encoded));
    }
    QVERIFY(columns.lattice->bytes() < plain.lattice->bytes());
    // The columns keep the design alive: X is read after the caller's pointer is gone.
    const std::vector<std::int64_t> expected = partsOf(*plain.lattice->find("x0"));
    const node::LoadedDataset kept = [&] {
        auto own = std::make_shared<const analysis::DesignMatrix>(*matrix);
        return node::api::designColumns(data, design, std::move(own));
    }();
    QVERIFY(kept.lattice->find("x0")->derived());
    QVERIFY(partsOf(*kept.lattice->find("x0")) == expected);
}

// dropEdgesNearLattice keeps the very edges from the derived columns (twice: the partitions
// built, then kept) as from the encoded columns and from the table's numbers.
void tst_LatticeMemory2::edgesFromDerivedCellsAreTheTablesEdges()
{
    std::mt19937 random(20261209);
    int someDropped = 0, someKept = 0, derived = 0;
    for (int instance = 0; instance < 150; ++instance) {
        const std::size_t rows = 200 + random() % 1500;
        const node::LoadedDataset data = randomTable(random, rows);
        const auto mask = consentMask(random, rows, 1 + random() % 5);
        const analysis::ResolvedDesign design = resolvedDesign(data, "y ~ x0 + x1 + x2 + z", mask);
        auto built = analysis::buildDesign(data.table, design, &mask);
        QVERIFY(built);
        const auto matrix = std::make_shared<const analysis::DesignMatrix>(std::move(*built));
        const node::LoadedDataset columns = node::api::designColumns(data, design, matrix);
        const node::LoadedDataset plain = node::api::designColumns(data, design);
        const std::vector<std::string> variables = node::numericDesignVariables(columns, design);
        QCOMPARE(variables.size(), std::size_t(3));
        for (const std::string &v : variables)
            derived += columns.lattice->find(v)->derived() ? 1 : 0;
        const node::DifferencingState main = randomAtoms(random, rows);
        const node::RiskBins rb
            = randomBins(random, matrix->rows.toVector(), data.table.column("x0")->numeric);
        const int minCell = random() % 3 == 0 ? 5 : 10;
        node::RiskBins expected = rb;
        node::dropEdgesNearLattice(expected, main, data, variables, minCell);
        node::RiskBins encoded = rb;
        node::dropEdgesNearLattice(encoded, main, plain, variables, minCell);
        QVERIFY2(encoded.edges == expected.edges, qPrintable(QString::number(instance)));
        for (int pass = 0; pass < 2; ++pass) {
            node::RiskBins fromX = rb;
            node::dropEdgesNearLattice(fromX, main, columns, variables, minCell);
            QVERIFY2(fromX.edges == expected.edges,
                     qPrintable(QStringLiteral("instance %1, pass %2").arg(instance).arg(pass)));
        }
        QCOMPARE(columns.lattice->partitionBuilds(), 3);
        someDropped += expected.edges.size() < rb.edges.size() ? 1 : 0;
        someKept += expected.edges.size() > 2 ? 1 : 0;
    }
    QVERIFY(someDropped > 30);
    QVERIFY(someKept > 30);
    QVERIFY(derived > 300);
}

// The ledger's evaluations, step by step on two stores: one handed the design's columns with
// encoded cells, the other with derived ones. Every verdict, every edge kept and the dataset's
// ledger as stored are the same.
void tst_LatticeMemory2::ledgerVerdictsAsWithEncodedCells()
{
    std::mt19937 random(20261210);
    const std::size_t rows = 1500;
    node::LoadedDataset data = randomTable(random, rows);
    const auto mask = consentMask(random, rows, 3);
    const analysis::ResolvedDesign design = resolvedDesign(data, "y ~ x0 + x1 + x2 + z", mask);
    auto built = analysis::buildDesign(data.table, design, &mask);
    QVERIFY(built);
    const auto matrix = std::make_shared<const analysis::DesignMatrix>(std::move(*built));
    const std::vector<std::int64_t> cohort = matrix->rows.toVector();
    std::vector<std::shared_ptr<node::SiteStore>> stores;
    std::vector<std::unique_ptr<node::DifferencingLedger>> ledgers;
    std::vector<node::LoadedDataset> forms;
    std::vector<QTemporaryDir> dirs(2);
    for (int k = 0; k < 2; ++k) {
        QVERIFY(dirs[std::size_t(k)].isValid());
        auto created = node::SiteStore::create(dirs[std::size_t(k)].path(),
                                               QStringLiteral("test passphrase"),
                                               QStringLiteral("Test node"));
        QVERIFY(created);
        std::shared_ptr<node::SiteStore> store = std::move(created).value();
        auto stored = store->storeDataset(data.info, data.table, data.recordIds);
        QVERIFY(stored);
        data.info.generation = stored->generation;
        node::LoadedDataset form = k == 0 ? node::api::designColumns(data, design)
                                          : node::api::designColumns(data, design, matrix);
        form.info.generation = stored->generation;
        QCOMPARE(form.lattice->find("x0")->derived(), k == 1);
        ledgers.push_back(
            std::make_unique<node::DifferencingLedger>(store, node::DifferencingLimits()));
        stores.push_back(std::move(store));
        forms.push_back(std::move(form));
    }
    // Evaluations of several β: bins following each variable in turn, over the cohort and over
    // the cohort less a few records (another released cohort splits the ledger's atoms).
    int dropped = 0, refused = 0;
    for (int step = 0; step < 12; ++step) {
        std::vector<std::int64_t> rowsOf = cohort;
        if (step % 3 == 2) {
            const std::size_t drop = 1 + random() % 12;
            const auto at = std::ptrdiff_t(random() % (rowsOf.size() - drop));
            rowsOf.erase(rowsOf.begin() + at, rowsOf.begin() + at + std::ptrdiff_t(drop));
        }
        const char *follow = step % 3 == 0 ? "x0" : step % 3 == 1 ? "x1" : "x2";
        const node::RiskBins rb = randomBins(random, rowsOf, data.table.column(follow)->numeric);
        std::vector<std::vector<int>> edges;
        std::vector<bool> passed;
        std::vector<std::string> details;
        for (int k = 0; k < 2; ++k) {
            std::vector<node::RiskBins> bins { rb };
            auto outcome = ledgers[std::size_t(k)]->checkAndRecordEvaluation(
                forms[std::size_t(k)], rowsOf, design, {}, bins);
            QVERIFY(outcome);
            passed.push_back(outcome->passed);
            details.push_back(outcome->detail);
            edges.push_back(bins.front().edges);
        }
        QCOMPARE(passed[0], passed[1]);
        QCOMPARE(details[0], details[1]);
        QVERIFY2(edges[0] == edges[1], qPrintable(QString::number(step)));
        dropped += passed[0] && edges[0].size() < rb.edges.size() ? 1 : 0;
        refused += passed[0] ? 0 : 1;
        QCOMPARE(ledgers[0]->atoms(data.info.name), ledgers[1]->atoms(data.info.name));
    }
    QVERIFY(dropped > 2);
    auto first = stores[0]->differencingState(data.info.name, data.info.generation);
    auto second = stores[1]->differencingState(data.info.name, data.info.generation);
    QVERIFY(first && second && first->has_value() && second->has_value());
    QVERIFY(**first == **second);
    Q_UNUSED(refused);
}

QTEST_GUILESS_MAIN(tst_LatticeMemory2)
#include "tst_lattice_memory2.moc"

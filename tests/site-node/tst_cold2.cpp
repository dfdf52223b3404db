// SPDX-License-Identifier: GPL-3.0-or-later
// The cold fit's lattice check, eighth session (issue 16, branch cold2): the lattice families as
// presence bits per candidate bin decide exactly as the cells per candidate bin did (the same
// kept edges), alone, mixed with families of cells, and through dropEdgesNearLattice on the
// design's cached columns, with the partitions' dense and per-record paths and with blocks too many
// for the bits (then the cells are used).
#include "release/blockfamily.h"
#include "release/histogramruns.h"
#include "release/latticecolumns.h"
#include "release/releasegate.h"

#include "fairstart/node/store.h"

#include "latticetesting.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>
#include <string>
#include <vector>

using namespace fairstart;

class tst_Cold2 : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void presenceFamiliesKeepTheCellsEdges();
    void latticeEdgesAsPresenceEqualCells();
};

namespace {

// The family of `blockOf` (per evaluated record) as presence bits per candidate bin.
node::BlockFamily presenceOf(const std::vector<std::uint32_t> &blockOf,
                             const std::vector<std::uint32_t> &candidateOf, std::size_t m,
                             const std::vector<std::int64_t> &size)
{
    node::BlockFamily f;
    f.size = size;
    f.words = std::max<std::size_t>(1, (size.size() + 63) / 64);
    f.presence.assign(m * f.words, 0);
    f.evaluated.assign(size.size(), 0);
    f.records.assign(m, 0);
    for (std::size_t i = 0; i < blockOf.size(); ++i) {
        const std::uint32_t b = blockOf[i];
        f.presence[candidateOf[i] * f.words + b / 64] |= std::uint64_t(1) << (b % 64);
        ++f.evaluated[b];
        ++f.records[candidateOf[i]];
    }
    return f;
}

} // namespace

// Random block families (runs of records or scattered records, few or many blocks, blocks with
// records outside the evaluation): keptEdgesOfFamilies gives the same edges for the families as
// cells, as presence bits, and for a random mix of the two.
void tst_Cold2::presenceFamiliesKeepTheCellsEdges()
{
    std::mt19937_64 rng(20261206);
    std::uniform_real_distribution<double> uniform(0, 1);
    int nontrivial = 0, dropped = 0;
    for (int instance = 0; instance < 600; ++instance) {
        const std::size_t m = 2 + std::size_t(uniform(rng) * (instance % 4 == 0 ? 600 : 60));
        const std::size_t records = m * (1 + std::size_t(uniform(rng) * 8));
        std::vector<std::uint32_t> candidateOf(records);
        for (std::size_t i = 0; i < records; ++i)
            candidateOf[i] = std::uint32_t(
                std::min<std::size_t>(m - 1, std::size_t(double(i) * double(m) / double(records))));
        // Now and then records in random bins (a bin's records need not be contiguous).
        if (instance % 3 == 0) {
            for (auto &c : candidateOf)
                c = uniform(rng) < 0.1 ? std::uint32_t(uniform(rng) * double(m)) : c;
        }
        const node::CandidateOrder grouped(candidateOf, m);
        const std::size_t F = 1 + std::size_t(uniform(rng) * 6);
        std::vector<node::BlockFamily> cells(F), presence(F), mixed(F);
        for (std::size_t f = 0; f < F; ++f) {
            std::vector<std::uint32_t> blockOf(records);
            const bool scattered = uniform(rng) < 0.5;
            const std::size_t blocks = 1
                + std::size_t(uniform(rng) * (uniform(rng) < 0.5 ? 200.0 : double(records) / 3));
            for (std::size_t i = 0; i < records; ++i)
                blockOf[i] = std::uint32_t(scattered ? std::size_t(uniform(rng) * double(blocks))
                                                     : std::min(blocks - 1, i * blocks / records));
            std::vector<std::int64_t> evaluated(blocks, 0);
            for (std::uint32_t b : blockOf)
                ++evaluated[b];
            std::vector<std::int64_t> size(blocks);
            for (std::size_t b = 0; b < blocks; ++b)
                size[b] = evaluated[b] + (uniform(rng) < 0.4 ? std::int64_t(uniform(rng) * 15) : 0);
            cells[f].size = size;
            node::fillCells(cells[f], grouped, [&](std::uint32_t i) { return blockOf[i]; });
            presence[f] = presenceOf(blockOf, candidateOf, m, size);
            mixed[f] = uniform(rng) < 0.5 ? cells[f] : presence[f];
        }
        const int minCell = 2 + int(uniform(rng) * 11);
        const auto expected = node::keptEdgesOfFamilies(cells, m, minCell);
        QCOMPARE(node::keptEdgesOfFamilies(presence, m, minCell), expected);
        QCOMPARE(node::keptEdgesOfFamilies(mixed, m, minCell), expected);
        if (expected.size() > 2 && expected.size() < m + 1)
            ++nontrivial;
        dropped += expected.size() < m + 1 ? 1 : 0;
    }
    QVERIFY2(nontrivial > 100, qPrintable(QString::number(nontrivial)));
    QVERIFY(dropped > 200);
}

// dropEdgesNearLattice on the design's cached columns keeps the same edges with the lattice
// families as presence bits (what the node runs) as with cells per candidate bin (the form before):
// random tables (numeric variables with missing values, values no cell holds exactly, fine and
// coarse lattices), 1-60 atoms, records left out, risk bins over a grid of up to 1,000 bins that
// follow a variable but for a few records, 2-600 candidate bins; both results also equal those on
// the table's numbers. The instances exercise presence bits and the cells' fallback (blocks too
// many for the bits), and both decisions.
void tst_Cold2::latticeEdgesAsPresenceEqualCells()
{
    std::mt19937 random(20261207);
    auto uniform = [&](double low, double high) {
        return low + (high - low) * double(random() % 1000000) / 1000000.0;
    };
    int someDropped = 0, someKept = 0, manyBlocks = 0, fewBlocks = 0;
    for (int instance = 0; instance < 250; ++instance) {
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
            if (random() % 16 == 0)
                columns[v][random() % tableRows] = 1e300; // no cell holds it: the numbers
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
                return std::isnan(x) || x > 1e200
                    ? std::int32_t(random() % unsigned(grid))
                    : std::int32_t(std::min(double(grid - 1), grid * x / spread));
            });
        const std::size_t inner = 1 + random() % (random() % 3 == 0 ? 600 : 40);
        rb.edges = testsupport::randomEdges(random, inner, grid);
        const std::size_t candidateEdges = rb.edges.size();
        const int minCell = random() % 3 == 0 ? 5 : 10;

        node::RiskBins onNumbers = rb;
        node::dropEdgesNearLattice(onNumbers, main, data, variables, minCell,
                                   node::LatticeFamilies::Cells);
        const node::LoadedDataset cached = testsupport::latticeForm(data, variables);
        node::RiskBins asCells = rb;
        node::dropEdgesNearLattice(asCells, main, cached, variables, minCell,
                                   node::LatticeFamilies::Cells);
        node::RiskBins asPresence = rb;
        node::dropEdgesNearLattice(asPresence, main, cached, variables, minCell,
                                   node::LatticeFamilies::Auto);
        QVERIFY2(asPresence.edges == asCells.edges,
                 qPrintable(QStringLiteral("instance %1: %2 edges, cells %3")
                                .arg(instance)
                                .arg(asPresence.edges.size())
                                .arg(asCells.edges.size())));
        QCOMPARE(asCells.edges, onNumbers.edges);
        node::RiskBins onNumbersAuto = rb;
        node::dropEdgesNearLattice(onNumbersAuto, main, data, variables, minCell);
        QCOMPARE(onNumbersAuto.edges, onNumbers.edges);
        // Which form the lattice families took: bits unless a variable's blocks are too many.
        const std::size_t m = candidateEdges - 1;
        node::EvaluatedAtoms evaluated(rb.rows, main.atomOf, main.sizes.size());
        for (const std::string &name : variables) {
            const node::LatticeColumn *column = cached.lattice->find(name);
            if (!column)
                continue;
            const auto parts
                = node::latticePartitions(*column, rb.rows, main.atomOf, evaluated, minCell);
            const std::size_t words = (parts.cellSize.size() + 63) / 64
                + (parts.histogram ? (parts.binSize.size() + 63) / 64 : 0);
            (std::uint64_t(m) * words > rb.rows.size() + 4096 ? manyBlocks : fewBlocks) += 1;
        }
        someDropped += asCells.edges.size() < candidateEdges ? 1 : 0;
        someKept += asCells.edges.size() > 2 ? 1 : 0;
    }
    QVERIFY2(someDropped > 50, qPrintable(QString::number(someDropped)));
    QVERIFY2(someKept > 50, qPrintable(QString::number(someKept)));
    QVERIFY2(fewBlocks > 100, qPrintable(QString::number(fewBlocks)));
    QVERIFY2(manyBlocks > 5, qPrintable(QString::number(manyBlocks)));
}

QTEST_GUILESS_MAIN(tst_Cold2)
#include "tst_cold2.moc"

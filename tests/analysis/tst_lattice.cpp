// SPDX-License-Identifier: GPL-3.0-or-later
// analysis/lattice.h: a site's cells on a coarser lattice, the candidate steps, knots on the
// points every site shares, the run of a pooled histogram and the lattice chosen for it (issue 14).
#include "fairstart/analysis/disclosure.h"
#include "fairstart/analysis/lattice.h"

#include <QTest>

#include <array>
#include <cmath>
#include <cstring>
#include <limits>
#include <map>
#include <random>

using namespace fairstart::analysis;

class TestLattice : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cellsAreTheReleasedBinsCoarsened();
    void stepsIncludeTheCommonMultiple();
    void knotsOnPointsEverySiteShares();
    void runIsTheLongestReleasedStretch();
    void valueOnAPointIsInTheCellItStarts();
    void histogramLatticeShowsNearlyAll();
    void edgesFromCellCountsEqualTheSortedWalk();
};

void TestLattice::cellsAreTheReleasedBinsCoarsened()
{
    // A site on steps of 0.2 with a merged bin [1.0, 1.6): on the lattice of 1.0 from 0 to 3.
    const std::vector<double> edges { 0.2, 0.4, 0.6, 0.8, 1.0, 1.6, 1.8, 2.0, 2.2 };
    const std::vector<double> counts { 10, 11, 12, 13, 30, 14, 15, 16 };
    const LatticeCells cells = latticeCells(1.0, 0.0, 3, edges, counts);
    // [0, 1): 0 is no edge (the lower tail): withheld; [1, 2): 1.0 and 2.0 are edges: 30+14+15;
    // [2, 3): 3 is no edge: withheld.
    QCOMPARE(cells.withheld, (std::vector<std::uint8_t> { 1, 0, 1 }));
    QCOMPARE(cells.counts[1], 59.0);
    QCOMPARE(cells.counts[0], 0.0);
    // On the site's own step a merged bin's parts are withheld, whole bins counted.
    const LatticeCells own = latticeCells(0.2, 0.0, 12, edges, counts);
    QCOMPARE(own.withheld[1], std::uint8_t(0));
    QCOMPARE(own.counts[1], 10.0);
    QCOMPARE(own.withheld[5], std::uint8_t(1)); // [1.0, 1.2): part of the merged bin
    QCOMPARE(own.withheld[8], std::uint8_t(0)); // [1.6, 1.8)
    QCOMPARE(own.counts[8], 14.0);
    // A lattice whose points are not the site's (0.5 against 0.2): of its points only 1.0 and
    // 2.0 are edges, two cells apart. Nothing.
    const LatticeCells other = latticeCells(0.5, 0.0, 6, edges, counts);
    for (std::size_t k = 0; k < 6; ++k)
        QCOMPARE(other.withheld[k], std::uint8_t(1));
}

void TestLattice::stepsIncludeTheCommonMultiple()
{
    // Sites whose SDs give steps 0.2 and 0.5 (histogramStep): their common lattice is 1.
    QCOMPARE(histogramStep(4.0), 0.2);
    QCOMPARE(histogramStep(10.0), 0.5);
    const std::vector<LatticeRange> steps = latticeSteps(50.0, 7.0);
    QVERIFY(!steps.empty());
    bool one = false;
    for (std::size_t i = 0; i < steps.size(); ++i) {
        QVERIFY(steps[i].cells() <= 1000);
        QVERIFY(i == 0 || steps[i].step > steps[i - 1].step);
        // The ends are lattice points, written as the decimals they are.
        const double at = steps[i].first / steps[i].step;
        QVERIFY(std::abs(at - std::round(at)) < 1e-9);
        QVERIFY(steps[i].first <= 50.0 - 8 * 7.0 && steps[i].last >= 50.0 + 8 * 7.0);
        one = one || steps[i].step == 1.0;
    }
    QVERIFY(one);
    QVERIFY(steps.front().step <= 0.2);
    QVERIFY(steps.back().step >= 7.0);
    QVERIFY(latticeSteps(0, 0).empty());
}

void TestLattice::knotsOnPointsEverySiteShares()
{
    // Pooled cells of width 0.5 from 0: the first two withheld at some site.
    const std::vector<std::optional<double>> cells { std::nullopt, std::nullopt, 20,          40,
                                                     40,           20,           std::nullopt };
    const std::vector<double> knots = latticeKnots(0.0, 0.5, cells, { 0.05, 0.5, 0.95 });
    // Total 120: 6 falls in [1.0, 1.5) at 1.15 -> 1.0; 60 at 2.0; 114 in [2.5, 3.0) at 2.85 -> 3.0.
    QCOMPARE(knots, (std::vector<double> { 1.0, 2.0, 3.0 }));
    // A decimal lattice point, not 3 * 0.1.
    const std::vector<std::optional<double>> fine { 10, 10, 10, 10, 10, 10 };
    const std::vector<double> tenths = latticeKnots(0.0, 0.1, fine, { 0.5 });
    QCOMPARE(tenths.size(), std::size_t(1));
    QCOMPARE(tenths.front(), 0.3);
    // Two quantiles on one point: no knots.
    QVERIFY(latticeKnots(0.0, 0.5, { 100.0 }, { 0.1, 0.3 }).empty());
    // Nothing released: no knots.
    QVERIFY(latticeKnots(0.0, 0.5, { std::nullopt, std::nullopt }, { 0.5 }).empty());
}

void TestLattice::runIsTheLongestReleasedStretch()
{
    // Cells of step 0.2 from 1.0: a withheld cell splits two runs; the one holding more records
    // is kept, its edges on the lattice as decimals (1.6, not 1.6000000000000001).
    const std::vector<std::optional<double>> cells { 5.0,  std::nullopt, 10.0, 20.0,
                                                     30.0, std::nullopt, 50.0 };
    const LatticeRun run = latticeRun(1.0, 0.2, cells);
    QCOMPARE(run.counts, (std::vector<double> { 10.0, 20.0, 30.0 }));
    QCOMPARE(run.edges, (std::vector<double> { 1.4, 1.6, 1.8, 2.0 }));
    QCOMPARE(run.total(), 60.0);
    QVERIFY(run.edges[1] == 1.6);
    // By records, not by cells: one cell of 70 beats three of 60 in all.
    const LatticeRun heavy = latticeRun(1.0, 0.2, { 10.0, 20.0, 30.0, std::nullopt, 70.0 });
    QCOMPARE(heavy.counts, (std::vector<double> { 70.0 }));
    QCOMPARE(heavy.edges, (std::vector<double> { 1.8, 2.0 }));
    // Nothing released: no run.
    QVERIFY(latticeRun(0, 1, { std::nullopt, std::nullopt }).edges.empty());
    QVERIFY(latticeRun(0, 1, {}).edges.empty());
}

void TestLattice::valueOnAPointIsInTheCellItStarts()
{
    // 39.4 / 0.2 < 197 in doubles, and 197 * 0.2 = 39.400000000000006.
    QVERIFY(std::floor(39.4 / 0.2) == 196.0);
    const LatticeScale tenths(0.2);
    QVERIFY(tenths.point(197) == 39.4);
    QCOMPARE(tenths.cell(39.4), 197LL);
    QCOMPARE(tenths.cell(39.39), 196LL);
    QCOMPARE(tenths.cell(-0.2), -1LL);
    QVERIFY(LatticeScale(500).point(7) == 3500.0);
    QVERIFY(LatticeScale(0.05).point(3) == 0.15);
    // Not a single-digit mantissa: k * step.
    QCOMPARE(LatticeScale(25).point(3), 75.0);
    QCOMPARE(LatticeScale(25).cell(74.9), 2LL);
    // The node's canonical histogram: 30 records of 39.4 are in the bin that starts at 39.4,
    // whose edge is released as 39.4.
    std::vector<double> values;
    for (int i = 0; i < 30; ++i) {
        values.push_back(39.0);
        values.push_back(39.2);
        values.push_back(39.4);
        values.push_back(39.6);
        values.push_back(39.8);
    }
    const MergedHistogram h = latticeHistogram(values, 0.2, -1e6, 1e6, 10);
    QVERIFY(h.ok());
    QCOMPARE(h.edges, (std::vector<double> { 39.2, 39.4, 39.6, 39.8 }));
    QCOMPARE(h.counts.front(), (std::vector<double> { 30, 30, 30 }));
}

void TestLattice::histogramLatticeShowsNearlyAll()
{
    auto run = [](std::size_t cells, double each) {
        LatticeRun r;
        for (std::size_t k = 0; k <= cells; ++k)
            r.edges.push_back(double(k));
        r.counts.assign(cells, each);
        return r;
    };
    // Finest first: a fine lattice that loses records to merged bins (800 of 1000), a coarser
    // one that shows 990, the coarsest 960: the finest within 95 % of the fullest is the second.
    QCOMPARE(histogramLattice({ run(80, 10), run(33, 30), run(8, 120) }),
             std::optional<std::size_t>(1));
    // Within 95 %: the finer one.
    QCOMPARE(histogramLattice({ run(80, 12), run(33, 30) }), std::optional<std::size_t>(0));
    // A run of one cell is no histogram; none at all: nullopt.
    QCOMPARE(histogramLattice({ run(1, 999), run(4, 100) }), std::optional<std::size_t>(1));
    QCOMPARE(histogramLattice({ run(1, 999), LatticeRun {} }), std::nullopt);
    QCOMPARE(histogramLattice({}), std::nullopt);
    // The chooser itself: the first candidate that fits.
    QCOMPARE(finestLattice(5, [](std::size_t i) { return i >= 3; }), std::optional<std::size_t>(3));
    QCOMPARE(finestLattice(5, [](std::size_t) { return false; }), std::nullopt);
}

// latticeHistogramEdges (the node's lattice check: edges from per-cell counts, no sort) gives
// latticeHistogram's edges exactly, on random cohorts: ties, whole-number steps, values on lattice
// points, withheld tails, remainders joining the last bin, tiny and empty cohorts.
void TestLattice::edgesFromCellCountsEqualTheSortedWalk()
{
    std::mt19937_64 random(20261205);
    const double inf = std::numeric_limits<double>::infinity();
    const std::vector<double> steps { 0.2, 0.5, 1, 2, 5, 10, 0.01, 50, 0.3 };
    int released = 0, withheld = 0, merges = 0;
    for (int round = 0; round < 4000; ++round) {
        const double step = steps[random() % steps.size()];
        const int minCell = std::array { 0, 1, 2, 3, 10, 10, 10, 25 }[random() % 8];
        std::size_t n = 0;
        switch (random() % 4) {
        case 0:
            n = random() % 40;
            break; // tiny, often fewer than 3 * minCell
        case 1:
            n = random() % 400;
            break;
        default:
            n = random() % 3000;
            break;
        }
        std::vector<double> values;
        const int shape = int(random() % 5);
        std::normal_distribution<double> normal(double(random() % 200) - 50,
                                                1 + double(random() % 40));
        for (std::size_t i = 0; i < n; ++i) {
            double v = normal(random);
            if (shape == 1)
                v = std::round(v); // whole numbers: many ties on lattice points
            else if (shape == 2)
                v = LatticeScale(step).point((long long)std::floor(v / step)); // on points
            else if (shape == 3 && random() % 4 == 0)
                v = 1e6 * normal(random); // far tails
            else if (shape == 4)
                v = double(random() % 7); // a handful of values
            if (random() % 50 == 0)
                v = std::array { std::nan(""), inf, -inf }[random() % 3];
            values.push_back(v);
        }
        const MergedHistogram expected = latticeHistogram(values, step, -inf, inf, minCell);
        const LatticeScale scale(step);
        std::map<long long, std::int64_t> counted;
        for (double v : values) {
            if (std::isfinite(v))
                ++counted[scale.cell(v)];
        }
        std::vector<LatticeCellCount> cells;
        for (const auto &[cell, count] : counted)
            cells.push_back({ cell, count });
        const std::vector<long long> edges = latticeHistogramEdges(cells, minCell);
        QCOMPARE(!edges.empty(), expected.ok());
        if (edges.empty()) {
            ++withheld;
            continue;
        }
        ++released;
        std::vector<double> points;
        for (long long e : edges)
            points.push_back(scale.point(e));
        QCOMPARE(points, expected.edges); // bit for bit (QCOMPARE of doubles is fuzzy per value)
        for (std::size_t i = 0; i < points.size(); ++i)
            QVERIFY(std::memcmp(&points[i], &expected.edges[i], sizeof(double)) == 0);
        if (edges.size() + 2 < counted.size())
            ++merges;
    }
    // Both outcomes and merged bins were exercised.
    QVERIFY(released > 1000);
    QVERIFY(withheld > 300);
    QVERIFY(merges > 500);
}

QTEST_GUILESS_MAIN(TestLattice)
#include "tst_lattice.moc"

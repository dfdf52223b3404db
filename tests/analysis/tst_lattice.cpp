// SPDX-License-Identifier: GPL-3.0-or-later
// analysis/lattice.h: a site's cells on a coarser lattice, the candidate steps, knots on the
// points every site shares (issue 14).
#include "fairstart/analysis/disclosure.h"
#include "fairstart/analysis/lattice.h"

#include <QTest>

#include <cmath>

using namespace fairstart::analysis;

class TestLattice : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cellsAreTheReleasedBinsCoarsened();
    void stepsIncludeTheCommonMultiple();
    void knotsOnPointsEverySiteShares();
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

QTEST_GUILESS_MAIN(TestLattice)
#include "tst_lattice.moc"

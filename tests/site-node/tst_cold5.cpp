// SPDX-License-Identifier: GPL-3.0-or-later
// The first design matrix on the pages the preload reserved for it (issue 16, branch `cold5`):
// the node takes its design matrices from the heap (app/node/main.cpp, M_MMAP_MAX 0), the preload
// holds a block as large as the first matrix (reserveDesignMemory) and gives it back right before
// the first design is built, so that the matrix lands on pages written once already instead of
// fresh ones. A reused block holds whatever was there before: these tests check that a matrix
// built on a freed block full of NaN bytes equals the matrix built on fresh memory bit for bit
// (buildDesign writes every value it keeps), and the reserve's rules (one block, the larger of
// two requests, none once a design was built).
#include "freememory_p.h"

#include "fairstart/analysis/design.h"
#include "fairstart/analysis/formula.h"

#include "fairstart/node/store.h"

#include "latticetesting.h"

#include <QTest>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <random>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

using namespace fairstart;

class tst_Cold5 : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void designOnReusedPagesEqualsFresh();
    void reserveIsOneBlockUntilTheFirstDesign();
};

void tst_Cold5::initTestCase()
{
#if defined(__GLIBC__)
    // The node's allocator settings (app/node/main.cpp): every block from the one heap arena, a
    // freed block kept there for the next allocation.
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
    mallopt(M_MMAP_MAX, 0);
    mallopt(M_TRIM_THRESHOLD, 1 << 30);
#endif
}

namespace {

bool sameBits(const Eigen::MatrixXd &a, const Eigen::MatrixXd &b)
{
    return a.rows() == b.rows() && a.cols() == b.cols()
        && (a.size() == 0
            || std::memcmp(a.data(), b.data(), std::size_t(a.size()) * sizeof(double)) == 0);
}

} // namespace

// 80 random tables (up to 60,000 records, missing values, 0-5 % without consent) and designs (as
// is, scale, log, interactions, binary predictors): the matrix built right after a block of the
// reserve's size (every byte 0xFF: a NaN in each double) was freed equals the matrix built before
// it on fresh memory — X bit for bit, the outcome, the rows, the counts and the terms — and holds
// no NaN. Most builds do land on the freed block (else the test would prove nothing).
void tst_Cold5::designOnReusedPagesEqualsFresh()
{
    std::mt19937 random(16005);
    const char *formulas[] = {
        "y ~ x0 + x1 + x2 + x3 + z",
        "y ~ x0 + scale(x1) + z + x0:z",
        "y ~ x2 + x3",
        "y ~ z + x1 + x0:x1",
        "y ~ x0 + x1 + x2 + x3 + z + x2:z + x3:x0",
    };
    int built = 0;
    int reused = 0;
    for (int instance = 0; instance < 80; ++instance) {
        const std::size_t rows = 50 + random() % 60000;
        testsupport::RandomTableShape shape;
        shape.variables = 4;
        const node::LoadedDataset data = testsupport::randomTable(random, rows, shape);
        QCOMPARE(data.table.rows(), rows);
        std::vector<std::uint8_t> mask(rows, 1);
        const unsigned outside = random() % 6;
        for (auto &m : mask)
            m = random() % 100 < outside ? 0 : 1;
        const char *formula = formulas[random() % std::size(formulas)];
        auto spec = analysis::parseFormula(formula, analysis::Family::Binomial);
        QVERIFY(spec.ok());
        auto resolved = analysis::resolveLocally(*spec, data.table, &mask);
        if (!resolved)
            continue; // e.g. scale() of a constant column: nothing to build
        auto fresh = analysis::buildDesign(data.table, *resolved, &mask);
        if (!fresh)
            continue;
        ++built;
        // As the node's reserve: a block for an intercept and a column per variable, 16 bytes a
        // record and 1 MiB more, written, then freed right before the build.
        const std::size_t bytes = rows * (7 * sizeof(double) + 16) + (std::size_t(1) << 20);
        auto *block = static_cast<unsigned char *>(std::malloc(bytes));
        QVERIFY(block);
        std::memset(block, 0xFF, bytes);
        const auto from = reinterpret_cast<std::uintptr_t>(block);
        std::free(block);
        auto again = analysis::buildDesign(data.table, *resolved, &mask);
        QVERIFY(again.ok());
        const auto at = reinterpret_cast<std::uintptr_t>(again->X.data());
        if (at >= from && at < from + bytes)
            ++reused;
        QVERIFY2(sameBits(again->X, fresh->X), formula);
        QVERIFY(!again->X.hasNaN());
        QVERIFY(again->y == fresh->y);
        QCOMPARE(again->rows.toVector(), fresh->rows.toVector());
        QCOMPARE(again->terms, fresh->terms);
        QCOMPARE(again->counts.used, fresh->counts.used);
        QCOMPARE(again->counts.excludedByMask, fresh->counts.excludedByMask);
        QCOMPARE(again->counts.excludedByMissing, fresh->counts.excludedByMissing);
        QCOMPARE(again->counts.missingByVariable, fresh->counts.missingByVariable);
        QCOMPARE(again->offset.size(), fresh->offset.size());
    }
    qInfo("%d matrices built, %d of them on the freed block", built, reused);
    QVERIFY2(built >= 40, qPrintable(QString::number(built)));
#if defined(__GLIBC__)
    QVERIFY2(
        reused * 4 >= built * 3,
        qPrintable(QStringLiteral("%1 of %2 builds on the freed block").arg(reused).arg(built)));
#endif
}

// One block, the larger of two requests; released, it is gone; none is taken once a design was
// built (the release marks it), so a preload that ends after the first job holds nothing.
void tst_Cold5::reserveIsOneBlockUntilTheFirstDesign()
{
    QCOMPARE(node::designReserveBytes(), std::size_t(0));
    node::reserveDesignMemory(0);
    QCOMPARE(node::designReserveBytes(), std::size_t(0));
    node::reserveDesignMemory(3 << 20);
    QCOMPARE(node::designReserveBytes(), std::size_t(3 << 20));
    node::reserveDesignMemory(1 << 20);
    QCOMPARE(node::designReserveBytes(), std::size_t(3 << 20));
    node::reserveDesignMemory(5 << 20);
    QCOMPARE(node::designReserveBytes(), std::size_t(5 << 20));
    node::releaseDesignReserve();
    QCOMPARE(node::designReserveBytes(), std::size_t(0));
    node::reserveDesignMemory(5 << 20);
    QCOMPARE(node::designReserveBytes(), std::size_t(0));
    node::releaseDesignReserve();
    QCOMPARE(node::designReserveBytes(), std::size_t(0));
}

QTEST_GUILESS_MAIN(tst_Cold5)
#include "tst_cold5.moc"

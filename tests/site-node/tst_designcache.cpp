// SPDX-License-Identifier: GPL-3.0-or-later
// The node's cache of built design matrices (issue 16): a matrix is returned only for the same
// key and the very DatasetCache token (one generation as the node read it) it was built under,
// so a re-import (a new token, a new generation) never sees an old matrix. The columns kept with
// a matrix come back with it, kept between requests with their codes in one byte.
#include "api/designcache_p.h"

#include <QTest>

#include <cmath>
#include <string>

using namespace fairstart;
using node::DesignCache;

class tst_DesignCache : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sameKeySameSource();
    void otherKeyOrSourceMisses();
    void keepsOnlyWhatIsUsedAndTheLast();
    void factsComeWithTheirMatrix();
    void columnsKeptInOneByteComeBackTheSame();
    void columnsWithNumbersKeptAsTheyAre();
};

namespace {

std::shared_ptr<const analysis::DesignMatrix> matrix(double value)
{
    auto m = std::make_shared<analysis::DesignMatrix>();
    m->X = Eigen::MatrixXd::Constant(3, 2, value);
    m->y = Eigen::VectorXd::Zero(3);
    return m;
}

node::DatasetToken dataset(qint64 generation)
{
    return std::make_shared<const qint64>(generation);
}

DesignCache::Key key(qint64 generation, const QString &purpose = QStringLiteral("research"),
                     const QString &hash = QStringLiteral("abc"))
{
    return { QStringLiteral("cohort"), generation, purpose, true, hash };
}

} // namespace

void tst_DesignCache::sameKeySameSource()
{
    DesignCache cache;
    auto data = dataset(1);
    auto m = matrix(1);
    QVERIFY(!cache.find(key(1), data));
    cache.insert(key(1), data, m);
    QCOMPARE(cache.find(key(1), data).get(), m.get());
    QCOMPARE(cache.hits(), 1);
    QCOMPARE(cache.builds(), 1);
}

void tst_DesignCache::otherKeyOrSourceMisses()
{
    DesignCache cache;
    auto data = dataset(1);
    auto m = matrix(1);
    cache.insert(key(1), data, m);
    // Another purpose (another consent mask), design or generation: not this matrix.
    QVERIFY(!cache.find(key(1, QStringLiteral("quality")), data));
    QVERIFY(!cache.find(key(1, QStringLiteral("research"), QStringLiteral("abd")), data));
    QVERIFY(!cache.find(key(2), data));
    // The same key with another token (a store re-imported under the same generation number,
    // or the node's cache cleared): a miss, and the entry is dropped.
    auto reloaded = dataset(1);
    QVERIFY(!cache.find(key(1), reloaded));
    QVERIFY(!cache.find(key(1), data));
}

void tst_DesignCache::keepsOnlyWhatIsUsedAndTheLast()
{
    DesignCache cache;
    auto data = dataset(1);
    std::weak_ptr<const analysis::DesignMatrix> first;
    {
        auto m = matrix(1);
        first = m;
        cache.insert(key(1, QStringLiteral("research"), QStringLiteral("a")), data, m);
    }
    // The most recent matrix stays although nothing else holds it.
    QVERIFY(!first.expired());
    auto second = matrix(2);
    cache.insert(key(1, QStringLiteral("research"), QStringLiteral("b")), data, second);
    // A newer one replaced it as the most recent: the first is freed.
    QVERIFY(first.expired());
    QVERIFY(!cache.find(key(1, QStringLiteral("research"), QStringLiteral("a")), data));
    QCOMPARE(cache.find(key(1, QStringLiteral("research"), QStringLiteral("b")), data).get(),
             second.get());
    // The token gone (a re-import replaced the generation in the node's cache): no entry
    // survives.
    data.reset();
    QVERIFY(!cache.find(key(1, QStringLiteral("research"), QStringLiteral("b")), dataset(1)));
}

QTEST_GUILESS_MAIN(tst_DesignCache)
// The cohort's numbers stored with a matrix come back with that matrix only: a request that
// finds the matrix runs the cohort rules on the numbers of the table it was built from.
void tst_DesignCache::factsComeWithTheirMatrix()
{
    DesignCache cache;
    auto data = dataset(1);
    auto m = matrix(1);
    auto columns = std::make_shared<node::LoadedDataset>();
    columns->info.name = QStringLiteral("cohort");
    cache.insert(key(1), data, m, DesignCache::Facts { 990, 980 },
                 std::make_shared<const node::CompactColumns>(columns));
    DesignCache::Facts facts;
    std::shared_ptr<const node::LoadedDataset> found;
    QCOMPARE(cache.find(key(1), data, &facts, &found).get(), m.get());
    QCOMPARE(facts.consented, std::int64_t(990));
    QCOMPARE(facts.cohortSize, std::int64_t(980));
    QCOMPARE(found.get(), columns.get());
    // A token of another generation never finds the matrix, whatever the key says.
    QVERIFY(!cache.find(key(1), dataset(2), &facts));
    DesignCache::Facts untouched { -1, -1 };
    QVERIFY(!cache.find(key(1, QStringLiteral("quality")), data, &untouched));
    QCOMPARE(untouched.consented, std::int64_t(-1));
    QCOMPARE(untouched.cohortSize, std::int64_t(-1));
    QVERIFY(!cache.find(key(1), dataset(1), &untouched));
    QCOMPARE(untouched.cohortSize, std::int64_t(-1));
}

namespace {

// A binomial design's kept columns as designColumns gives them: the outcome and binary
// predictors as codes of "0"/"1" (-1 missing), a categorical predictor with many levels.
std::shared_ptr<const node::LoadedDataset> binomialColumns(std::size_t rows, int levels)
{
    auto columns = std::make_shared<node::LoadedDataset>();
    columns->info.name = QStringLiteral("cohort");
    columns->info.generation = 7;
    columns->histogramSteps["bw"] = 10.0;
    std::vector<std::int32_t> outcome(rows), smoker(rows), region(rows);
    std::vector<std::string> names;
    for (int l = 0; l < levels; ++l)
        names.push_back("r" + std::to_string(l));
    for (std::size_t i = 0; i < rows; ++i) {
        outcome[i] = i % 7 == 0 ? 1 : 0;
        smoker[i] = i % 11 == 3 ? -1 : std::int32_t(i % 2);
        region[i] = i % 13 == 5 ? -1 : std::int32_t(i % std::size_t(levels));
    }
    // Not in name order: the expansion keeps the table's column order.
    bool ok = columns->table.addCategorical("smoker", smoker, { "0", "1" }).ok();
    ok = ok && columns->table.addCategorical("outcome", outcome, { "0", "1" }).ok();
    ok = ok && columns->table.addCategorical("region", region, names).ok();
    Q_ASSERT(ok);
    Q_UNUSED(ok);
    return columns;
}

bool sameColumns(const node::LoadedDataset &a, const node::LoadedDataset &b)
{
    if (a.info.name != b.info.name || a.info.generation != b.info.generation
        || a.histogramSteps != b.histogramSteps || a.lattice != b.lattice
        || a.recordIds != b.recordIds || a.table.rows() != b.table.rows()
        || a.table.columnCount() != b.table.columnCount())
        return false;
    for (std::size_t c = 0; c < a.table.columnCount(); ++c) {
        const analysis::Column &x = a.table.columns()[c];
        const analysis::Column &y = b.table.columns()[c];
        if (x.name != y.name || x.kind != y.kind || x.codes != y.codes || x.levels != y.levels
            || x.numeric.size() != y.numeric.size()
            || !std::equal(x.numeric.begin(), x.numeric.end(), y.numeric.begin(),
                           [](double u, double v) { return u == v || (u != u && v != v); }))
            return false;
    }
    return true;
}

} // namespace

// Issue 16 (a node's memory at rest): the design's columns are kept with one byte per record and
// column, and the release rules get exactly the columns that were built (every code, the missing
// ones, the levels, the order), shared by the requests that hold them and gone after the last.
void tst_DesignCache::columnsKeptInOneByteComeBackTheSame()
{
    const std::size_t rows = 1000;
    for (int levels : { 2, 200, 255 }) {
        std::shared_ptr<const node::LoadedDataset> built = binomialColumns(rows, levels);
        const node::LoadedDataset copy = *built;
        auto compact = std::make_shared<const node::CompactColumns>(built);
        QVERIFY(compact->compact());
        QCOMPARE(compact->bytes(), 3 * rows); // one byte per record and column
        // While the request that built them holds them, they are the very object.
        QCOMPARE(compact->expanded().get(), built.get());
        std::weak_ptr<const node::LoadedDataset> gone = built;
        built.reset();
        QVERIFY(gone.expired()); // the compact form keeps no 4-byte codes
        auto first = compact->expanded();
        QVERIFY(sameColumns(*first, copy));
        // Shared while held, built anew after the last holder let go: equal each time.
        QCOMPARE(compact->expanded().get(), first.get());
        first.reset();
        auto again = compact->expanded();
        QVERIFY(sameColumns(*again, copy));
        // Through the design cache: found with its matrix, expanded.
        DesignCache cache;
        auto data = dataset(7);
        auto m = matrix(1);
        cache.insert(key(7), data, m, DesignCache::Facts { 1000, 990 }, compact);
        std::shared_ptr<const node::LoadedDataset> found;
        std::shared_ptr<const node::CompactColumns> kept;
        QCOMPARE(cache.find(key(7), data, nullptr, &found, nullptr, &kept).get(), m.get());
        QCOMPARE(kept.get(), compact.get());
        QCOMPARE(found.get(), again.get());
        QVERIFY(sameColumns(*found, copy));
    }
}

// A table with more than 255 levels in a column, or with numbers (a Gaussian outcome, a variable
// a design breaks): kept as it is, the very object.
void tst_DesignCache::columnsWithNumbersKeptAsTheyAre()
{
    std::shared_ptr<const node::LoadedDataset> many = binomialColumns(300, 256);
    auto compactMany = std::make_shared<const node::CompactColumns>(many);
    QVERIFY(!compactMany->compact());
    QCOMPARE(compactMany->expanded().get(), many.get());

    auto numbers = std::make_shared<node::LoadedDataset>(*binomialColumns(300, 3));
    std::vector<double> weight(300);
    for (std::size_t i = 0; i < weight.size(); ++i)
        weight[i] = i % 17 == 0 ? std::nan("") : 2500.0 + double(i);
    QVERIFY(numbers->table.addNumeric("bw", weight).ok());
    const node::LoadedDataset copy = *numbers;
    std::shared_ptr<const node::LoadedDataset> held = numbers;
    auto compact = std::make_shared<const node::CompactColumns>(held);
    QVERIFY(!compact->compact());
    std::weak_ptr<const node::LoadedDataset> kept = held;
    held.reset();
    numbers.reset();
    QVERIFY(!kept.expired()); // held by the compact form itself
    QVERIFY(sameColumns(*compact->expanded(), copy));
    QCOMPARE(compact->bytes(), 300 * (3 * sizeof(std::int32_t) + sizeof(double)));
}

#include "tst_designcache.moc"

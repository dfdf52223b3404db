// SPDX-License-Identifier: GPL-3.0-or-later
// The node's cache of built design matrices (issue 16): a matrix is returned only for the same
// key and the very DatasetCache token (one generation as the node read it) it was built under,
// so a re-import (a new token, a new generation) never sees an old matrix. The columns kept with
// a matrix come back with it.
#include "api/designcache_p.h"

#include <QTest>

using namespace fairstart;
using node::DesignCache;

class tst_DesignCache : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sameKeySameSource();
    void otherKeyOrSourceMisses();
    void keepsOnlyWhatIsUsedAndTheLast();
    void factsComeWithTheirMatrix();
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
    cache.insert(key(1), data, m, DesignCache::Facts { 990, 980 }, columns);
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

#include "tst_designcache.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// designColumnCount and designSize: the size of a design before it is built must be exactly the
// size buildDesign then allocates, and must never overflow on a hostile level list.
#include "expectedtest.h"
#include "fairstart/analysis/datatable.h"
#include "fairstart/analysis/design.h"
#include "fairstart/analysis/designsize.h"
#include "fairstart/analysis/formula.h"

#include <QTest>

#include <chrono>
#include <string>

using namespace fairstart::analysis;

namespace {

DataTable table()
{
    DataTable t;
    std::vector<double> y, x, z, w;
    std::vector<std::string> sex, region;
    for (int i = 0; i < 60; ++i) {
        y.push_back(i % 3 == 0 ? 1 : 0);
        x.push_back(1 + i % 17 + 0.25 * (i % 5));
        z.push_back(i % 4);
        w.push_back(0.5 + i);
        sex.push_back(i % 2 ? "f" : "m");
        region.push_back(i % 3 == 0 ? "north" : (i % 3 == 1 ? "south" : "west"));
    }
    (void)t.addNumeric("y", y);
    (void)t.addNumeric("x", x);
    (void)t.addNumeric("z", z);
    (void)t.addNumeric("w", w);
    (void)t.addText("sex", sex);
    (void)t.addText("region", region);
    return t;
}

ResolvedDesign resolve(const char *formula, const DataTable &t)
{
    auto spec = parseFormula(formula, Family::Binomial);
    if (!spec)
        qFatal("%s", spec.error().message.c_str());
    auto r = resolveLocally(*spec, t);
    if (!r)
        qFatal("%s", r.error().message.c_str());
    return *r;
}

// A factor of `levels` levels named "0".."levels-1" (as a client would send it).
Predictor factor(const std::string &variable)
{
    Predictor p;
    p.variable = variable;
    p.transform = Transform::Categorical;
    return p;
}

std::vector<std::string> levelList(int levels)
{
    std::vector<std::string> out;
    for (int i = 0; i < levels; ++i)
        out.push_back(std::to_string(i));
    return out;
}

} // namespace

class tst_DesignSize : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void countEqualsBuiltColumns_data();
    void countEqualsBuiltColumns();
    void referenceLevelIsNotCounted();
    void hostileInteractionIsCountedWithoutBuilding();
    void countsSaturateInsteadOfOverflowing();
    void bytesCoverWhatBuildDesignAllocates();
    void longNumericFilterListIsNotQuadratic();
};

void tst_DesignSize::countEqualsBuiltColumns_data()
{
    QTest::addColumn<QString>("formula");
    QTest::newRow("intercept only") << QStringLiteral("y ~ 1");
    QTest::newRow("numeric") << QStringLiteral("y ~ x + z");
    QTest::newRow("factor") << QStringLiteral("y ~ region + sex");
    QTest::newRow("numeric factor") << QStringLiteral("y ~ factor(z)");
    QTest::newRow("transforms") << QStringLiteral("y ~ log(w) + scale(x) + winsor(z, 1, 2)");
    QTest::newRow("spline") << QStringLiteral("y ~ rcs(x, 5) + sex");
    QTest::newRow("factor x factor") << QStringLiteral("y ~ region * sex");
    QTest::newRow("spline x factor") << QStringLiteral("y ~ rcs(x, 4) + region + x:region");
    QTest::newRow("two interactions")
        << QStringLiteral("y ~ region + sex + factor(z) + region:sex + z:region");
}

void tst_DesignSize::countEqualsBuiltColumns()
{
    QFETCH(QString, formula);
    const DataTable t = table();
    const ResolvedDesign d = resolve(formula.toUtf8().constData(), t);
    auto built = buildDesign(t, d);
    QVERIFY_EXPECTED(built);
    QCOMPARE(designColumnCount(d), std::int64_t(built->p()));
    QCOMPARE(designColumnCount(d), std::int64_t(d.termNames().size()));
    const DesignSize size = designSize(d, built->n());
    QCOMPARE(size.parameters, std::int64_t(built->p()));
    QCOMPARE(size.mainEffectColumns + size.interactionColumns, size.parameters);
    QCOMPARE(size.rows, std::int64_t(built->n()));
}

void tst_DesignSize::referenceLevelIsNotCounted()
{
    ResolvedDesign d;
    d.spec.outcome.variable = "y";
    d.spec.predictors = { factor("region") };
    d.levels["region"] = { "north", "south", "west" };
    QCOMPARE(designColumnCount(d), 3); // intercept + 2 dummies
    d.spec.predictors[0].reference = "south";
    QCOMPARE(designColumnCount(d), 3);
    // A reference that is not a level (checkResolved refuses it) leaves every level a column,
    // which is what a hostile request would make the node allocate if it were not refused.
    d.spec.predictors[0].reference = "nowhere";
    QCOMPARE(designColumnCount(d), 4);
    // Unresolved factor: no columns (and checkResolved says why).
    d.levels.clear();
    QCOMPARE(designColumnCount(d), 1);
}

void tst_DesignSize::hostileInteractionIsCountedWithoutBuilding()
{
    // The 16 kB attack of issue 13: two factors of ~1,300 levels each and their interaction ask
    // for 1.7 million columns; counted in microseconds, no matrix and no term name is built.
    ResolvedDesign d;
    d.spec.outcome.variable = "y";
    d.spec.predictors = { factor("a"), factor("b") };
    d.spec.interactions = { { "a", "b" } };
    d.levels["a"] = levelList(1300);
    d.levels["b"] = levelList(1300);
    const auto start = std::chrono::steady_clock::now();
    const DesignSize size = designSize(d, 100000);
    const auto elapsed = std::chrono::steady_clock::now() - start;
    QCOMPARE(size.mainEffectColumns, 1 + 1299 + 1299);
    QCOMPARE(size.interactionColumns, std::int64_t(1299) * 1299);
    QCOMPARE(size.parameters, 1 + 2 * 1299 + std::int64_t(1299) * 1299);
    QCOMPARE(size.largestBlock, 1299);
    QCOMPARE(size.bytes, std::int64_t(100000) * (size.parameters + 3) * 8);
    QVERIFY(size.bytes > (std::int64_t(1) << 40)); // over a terabyte
    QVERIFY(elapsed < std::chrono::milliseconds(50));
}

void tst_DesignSize::countsSaturateInsteadOfOverflowing()
{
    ResolvedDesign d;
    d.spec.outcome.variable = "y";
    d.levels["a"] = levelList(3000);
    d.spec.predictors = { factor("a") };
    // The same pair repeated: 2,999² columns each time, summed past any row count.
    for (int i = 0; i < 1000; ++i)
        d.spec.interactions.push_back({ "a", "a" });
    const std::int64_t columns = designColumnCount(d);
    QCOMPARE(columns, 3000 + std::int64_t(1000) * 2999 * 2999);
    QCOMPARE(designMatrixBytes(std::int64_t(1) << 40, columns), kSizeSaturated);
    QCOMPARE(designMatrixBytes(kSizeSaturated, 1), kSizeSaturated);
    QCOMPARE(designMatrixBytes(10, kSizeSaturated), kSizeSaturated);
    QCOMPARE(designMatrixBytes(-5, 10), 0);
}

void tst_DesignSize::bytesCoverWhatBuildDesignAllocates()
{
    const DataTable t = table();
    const ResolvedDesign d = resolve("y ~ rcs(x, 4) + region + sex + x:region", t);
    auto built = buildDesign(t, d);
    QVERIFY(built.ok());
    // While it builds, buildDesign holds X, y as doubles and the rows as 8-byte ids; the estimate
    // covers that and an offset. A design without an offset stores none, and keeps a 0/1 y as
    // bits and its rows as a bitmap (designstorage.h): less.
    const std::int64_t building = std::int64_t(built->X.size() + 2 * built->n()) * 8;
    QCOMPARE(built->offset.size(), Eigen::Index(0));
    QCOMPARE(designMatrixBytes(built->n(), built->p()), building + std::int64_t(built->n()) * 8);
    QVERIFY(built->y.binary());
    const std::int64_t kept = std::int64_t(built->X.size()) * 8 + std::int64_t(built->y.bytes())
        + std::int64_t(built->rows.bytes());
    QVERIFY(kept < building - std::int64_t(built->n()) * 8);
}

void tst_DesignSize::longNumericFilterListIsNotQuadratic()
{
    // A 1 MB request holds ~100,000 filter values; compared one by one against 200,000 records
    // that was 2 x 10^10 comparisons. Sorted once, it is a binary search per record.
    DataTable t;
    std::vector<double> x(200000);
    for (std::size_t i = 0; i < x.size(); ++i)
        x[i] = double(i % 5000);
    (void)t.addNumeric("x", x);
    Filter f;
    f.variable = "x";
    for (int v = 0; v < 100000; v += 2)
        f.values.push_back(std::to_string(v));
    const auto start = std::chrono::steady_clock::now();
    auto mask = cohortMask(t, { f });
    const auto elapsed = std::chrono::steady_clock::now() - start;
    QVERIFY(mask.ok());
    // A value that is not a finite number is refused (analysis::parseNumber), as the node does.
    Filter withNan = f;
    withNan.values.push_back("nan");
    auto refused = cohortMask(t, { withNan });
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::InvalidSpec);
    std::int64_t kept = 0;
    for (std::uint8_t m : *mask)
        kept += m;
    QCOMPARE(kept, std::int64_t(100000)); // the even values of 0..4999, 40 times each
    QVERIFY(elapsed < std::chrono::seconds(2));
}

QTEST_GUILESS_MAIN(tst_DesignSize)
#include "tst_designsize.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "expectedtest.h"
#include "fairstart/analysis/datatable.h"
#include "fairstart/analysis/design.h"
#include "fairstart/analysis/formula.h"
#include "fairstart/analysis/linearpredictormemo.h"

#include <QTest>

#include <cmath>
#include <cstring>
#include <limits>
#include <memory>
#include <thread>

using namespace fairstart::analysis;

namespace {

constexpr double NA = std::numeric_limits<double>::quiet_NaN();

DataTable smallTable()
{
    DataTable t;
    (void)t.addNumeric("y", { 0, 1, 0, 1, 1, 0, 1, 0 });
    (void)t.addNumeric("x", { 1, 2, 3, 4, 5, 6, 7, NA });
    (void)t.addNumeric("z", { 2, 2, 1, 1, 2, 2, 1, 1 });
    (void)t.addText("sex", { "f", "m", "f", "m", "f", "m", "", "m" });
    (void)t.addText("smoke", { "no", "no", "yes", "yes", "no", "yes", "no", "no" });
    return t;
}

ResolvedDesign resolve(const char *formula, Family family, const DataTable &t)
{
    auto spec = parseFormula(formula, family);
    if (!spec)
        qFatal("%s", spec.error().message.c_str());
    auto r = resolveLocally(*spec, t);
    if (!r)
        qFatal("%s", r.error().message.c_str());
    return *r;
}

} // namespace

class TestDesign : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void tableChecksColumns();
    void termNamesFollowR();
    void designValuesAndCounts();
    void maskAndFilters();
    void numericFactorAndReference();
    void splineBasis();
    void categoricalOutcome();
    void badInput_data();
    void badInput();
    void unknownLevel();
    void resolutionProblems();
    void linearPredictorMemo();
    void risksSharedWithinAUse();
};

void TestDesign::tableChecksColumns()
{
    DataTable t;
    QVERIFY(t.addNumeric("a", { 1, 2, 3 }).ok());
    QCOMPARE(t.addNumeric("a", { 1, 2, 3 }).error().code, ErrorCode::InvalidArgument);
    QVERIFY(!t.addNumeric("b", { 1, 2 }).ok());
    QVERIFY(!t.addCategorical("c", { 0, 3, -1 }, { "x", "y" }).ok());
    QVERIFY(!t.addCategorical("c", { 0, 1, -1 }, { "x", "x" }).ok());
    QVERIFY(t.addCategorical("c", { 0, 1, -1 }, { "x", "y" }).ok());
    QCOMPARE(t.rows(), std::size_t(3));
    QCOMPARE(t.columnCount(), std::size_t(2));
    QVERIFY(t.column("c")->isMissing(2));
    QVERIFY(!t.column("nope"));
}

void TestDesign::termNamesFollowR()
{
    const DataTable t = smallTable();
    const ResolvedDesign d = resolve("y ~ x + log(z) + sex * smoke + x:smoke", Family::Binomial, t);
    const std::vector<std::string> expected { "(Intercept)", "x",        "log(z)",
                                              "sexm",        "smokeyes", "sexm:smokeyes",
                                              "x:smokeyes" };
    QCOMPARE(d.termNames(), expected);
    const ResolvedDesign s = resolve("y ~ rcs(x, 3) + winsor(z, 1, 1.5)", Family::Binomial, t);
    const std::vector<std::string> spline { "(Intercept)", "rcs(x, 3)1", "rcs(x, 3)2",
                                            "winsor(z, 1, 1.5)" };
    QCOMPARE(s.termNames(), spline);
}

void TestDesign::designValuesAndCounts()
{
    const DataTable t = smallTable();
    const ResolvedDesign d = resolve("y ~ x + sex * smoke", Family::Binomial, t);
    auto m = buildDesign(t, d);
    QVERIFY_EXPECTED(m);
    // Rows 6 (sex missing) and 7 (x missing) drop out.
    QCOMPARE(m->n(), Eigen::Index(6));
    QCOMPARE(m->counts.total, std::int64_t(8));
    QCOMPARE(m->counts.excludedByMissing, std::int64_t(2));
    QCOMPARE(m->counts.missingByVariable.at("x"), std::int64_t(1));
    QCOMPARE(m->counts.missingByVariable.at("sex"), std::int64_t(1));
    QCOMPARE(m->counts.used, std::int64_t(6));
    const std::vector<std::int64_t> rows { 0, 1, 2, 3, 4, 5 };
    QCOMPARE(m->rows, rows);
    Eigen::MatrixXd expected(6, 5);
    // clang-format off
    expected << 1, 1, 0, 0, 0,
                1, 2, 1, 0, 0,
                1, 3, 0, 1, 0,
                1, 4, 1, 1, 1,
                1, 5, 0, 0, 0,
                1, 6, 1, 1, 1;
    // clang-format on
    QVERIFY(m->X.isApprox(expected));
    QCOMPARE(m->y[1], 1.0);
    QVERIFY(m->offset.isZero());
}

void TestDesign::maskAndFilters()
{
    const DataTable t = smallTable();
    auto spec = parseFormula("y ~ x", Family::Binomial);
    spec->filters.push_back({ "x", 2.0, 6.0, {} });
    spec->filters.push_back({ "smoke", std::nullopt, std::nullopt, { "no" } });
    auto d = resolveLocally(*spec, t);
    QVERIFY(d.ok());
    const std::vector<std::uint8_t> mask { 1, 1, 1, 1, 0, 1, 1, 1 };
    auto m = buildDesign(t, *d, &mask);
    QVERIFY(m.ok());
    QCOMPARE(m->counts.excludedByMask, std::int64_t(1));
    // Row 0 (x = 1), rows 2, 3, 5 (smoke yes), rows 6 (x = 7) and 7 (x missing) fail filters.
    QCOMPARE(m->counts.excludedByFilters, std::int64_t(6));
    QCOMPARE(m->counts.used, std::int64_t(1));
    QCOMPARE(m->rows.toVector().front(), std::int64_t(1));
    auto cm = cohortMask(t, spec->filters, &mask);
    QVERIFY(cm.ok());
    QCOMPARE(std::count(cm->begin(), cm->end(), 1), 1);
    const std::vector<std::uint8_t> wrong { 1, 1 };
    QCOMPARE(buildDesign(t, *d, &wrong).error().code, ErrorCode::InvalidArgument);
    spec->filters = { { "x", std::nullopt, std::nullopt, { "2", "3" } } };
    auto byValue = buildDesign(t, *resolveLocally(*spec, t));
    QVERIFY(byValue.ok());
    QCOMPARE(byValue->counts.used, std::int64_t(2));
    spec->filters = { { "x", std::nullopt, std::nullopt, { "two" } } };
    QCOMPARE(resolveLocally(*spec, t).error().code, ErrorCode::InvalidSpec);
    spec->filters = { { "sex", 1.0, std::nullopt, {} } };
    QCOMPARE(resolveLocally(*spec, t).error().code, ErrorCode::WrongColumnType);
}

void TestDesign::numericFactorAndReference()
{
    const DataTable t = smallTable();
    const ResolvedDesign d
        = resolve("y ~ factor(z) + factor(smoke, ref = \"yes\")", Family::Binomial, t);
    const std::vector<std::string> names { "(Intercept)", "z2", "smokeno" };
    QCOMPARE(d.termNames(), names);
    auto m = buildDesign(t, d);
    QVERIFY(m.ok());
    QCOMPARE(m->X(0, 1), 1.0);
    QCOMPARE(m->X(2, 1), 0.0);
    QCOMPARE(m->X(0, 2), 1.0);
    QCOMPARE(m->X(2, 2), 0.0);
}

void TestDesign::splineBasis()
{
    // Harrell's rcs with knots 1, 2, 4 at x = 3: column 1 = [(3-1)^3 - (3-2)^3 * (4-1)/(4-2)] / 9.
    const std::vector<double> knots { 1, 2, 4 };
    double out[2];
    rcsBasis(3.0, knots, out);
    QCOMPARE(out[0], 3.0);
    QVERIFY(std::abs(out[1] - (8.0 - 1.5) / 9.0) < 1e-15);
    rcsBasis(0.5, knots, out);
    QCOMPARE(out[1], 0.0);
    // Beyond the last knot the basis is linear: equal second differences vanish.
    double a[2], b[2], c[2];
    rcsBasis(5, knots, a);
    rcsBasis(6, knots, b);
    rcsBasis(7, knots, c);
    QVERIFY(std::abs((c[1] - b[1]) - (b[1] - a[1])) < 1e-12);
}

void TestDesign::categoricalOutcome()
{
    DataTable t;
    (void)t.addText("status", { "alive", "dead", "alive", "dead" });
    (void)t.addNumeric("x", { 1, 2, 3, 4 });
    const ResolvedDesign d = resolve("status ~ x", Family::Binomial, t);
    auto m = buildDesign(t, d);
    QVERIFY(m.ok());
    QCOMPARE(m->y[0], 0.0);
    QCOMPARE(m->y[1], 1.0);
    auto gaussian = resolveLocally(*parseFormula("status ~ x", Family::Gaussian), t);
    QCOMPARE(gaussian.error().code, ErrorCode::WrongColumnType);
}

void TestDesign::badInput_data()
{
    QTest::addColumn<QString>("formula");
    QTest::addColumn<int>("family");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("fragment");
    auto row = [](const char *name, const char *f, Family fam, ErrorCode c, const char *frag) {
        QTest::newRow(name) << QString::fromUtf8(f) << int(fam) << int(c)
                            << QString::fromUtf8(frag);
    };
    row("non-binary outcome", "count ~ x", Family::Binomial, ErrorCode::NotBinary,
        "The outcome 'count' is not binary: binomial models need 0/1 values");
    row("negative count", "neg ~ x", Family::Poisson, ErrorCode::InvalidValue, "negative");
    row("log of zero", "y ~ log(zero)", Family::Binomial, ErrorCode::InvalidValue, "log()");
    row("infinite value", "y ~ inf", Family::Binomial, ErrorCode::NonFinite, "infinite");
    row("unknown variable", "y ~ nope", Family::Binomial, ErrorCode::UnknownVariable, "nope");
    row("log of text", "y ~ log(sex)", Family::Binomial, ErrorCode::WrongColumnType, "categorical");
    row("too many knots", "y ~ rcs(few, 5)", Family::Binomial, ErrorCode::TooManyKnots,
        "distinct values");
    row("empty cohort", "y ~ allna", Family::Binomial, ErrorCode::EmptyCohort, "No record");
    row("constant factor", "y ~ one", Family::Binomial, ErrorCode::ConstantColumn, "single level");
    row("constant scaled", "y ~ scale(const)", Family::Binomial, ErrorCode::ConstantColumn, "SD 0");
    row("offset is text", "y ~ x + offset(sex)", Family::Poisson, ErrorCode::WrongColumnType,
        "offset");
}

void TestDesign::badInput()
{
    QFETCH(QString, formula);
    QFETCH(int, family);
    QFETCH(int, code);
    QFETCH(QString, fragment);
    DataTable t;
    const double inf = std::numeric_limits<double>::infinity();
    (void)t.addNumeric("y", { 0, 1, 0, 1, 1, 0 });
    (void)t.addNumeric("count", { 0, 1, 2, 1, 1, 0 });
    (void)t.addNumeric("neg", { 0, 1, -2, 1, 1, 0 });
    (void)t.addNumeric("x", { 1, 2, 3, 4, 5, 6 });
    (void)t.addNumeric("zero", { 1, 2, 0, 4, 5, 6 });
    (void)t.addNumeric("inf", { 1, 2, inf, 4, 5, 6 });
    (void)t.addNumeric("few", { 1, 2, 1, 2, 1, 2 });
    (void)t.addNumeric("allna", { NA, NA, NA, NA, NA, NA });
    (void)t.addNumeric("const", { 3, 3, 3, 3, 3, 3 });
    (void)t.addText("sex", { "f", "m", "f", "m", "f", "m" });
    (void)t.addText("one", { "a", "a", "a", "a", "a", "a" });
    auto spec = parseFormula(formula.toStdString(), Family(family));
    QVERIFY(spec.ok());
    auto resolved = resolveLocally(*spec, t);
    Error error;
    if (!resolved) {
        error = resolved.error();
    } else {
        auto m = buildDesign(t, *resolved);
        QVERIFY(!m.ok());
        error = m.error();
    }
    QCOMPARE(int(error.code), code);
    QVERIFY2(QString::fromStdString(error.message).contains(fragment), error.message.c_str());
}

void TestDesign::unknownLevel()
{
    const DataTable t = smallTable();
    ResolvedDesign d = resolve("y ~ smoke", Family::Binomial, t);
    d.levels["smoke"] = { "no", "sometimes" };
    auto m = buildDesign(t, d);
    QVERIFY(!m.ok());
    QCOMPARE(m.error().code, ErrorCode::UnknownLevel);
    QVERIFY(m.error().message.find("'yes'") != std::string::npos);
    // A resolved level that this site lacks is fine: its column is all zero here.
    d.levels["smoke"] = { "no", "sometimes", "yes" };
    QVERIFY(buildDesign(t, d).ok());
}

void TestDesign::resolutionProblems()
{
    ResolvedDesign d;
    d.spec = *parseFormula("y ~ scale(x) + rcs(z, 3) + factor(sex, ref = \"q\") + factor(g)",
                           Family::Binomial);
    d.levels["sex"] = { "f", "m" };
    d.knots["z"] = { 1, 1, 2 };
    auto problems = checkResolved(d);
    QCOMPARE(problems.size(), std::size_t(4));
    QCOMPARE(problems[0].code, ErrorCode::MissingResolution); // scaling of x
    QCOMPARE(problems[1].code, ErrorCode::TooManyKnots); // knots not increasing
    QCOMPARE(problems[2].code, ErrorCode::InvalidSpec); // reference not a level
    QCOMPARE(problems[3].code, ErrorCode::MissingResolution); // levels of g
    QVERIFY(d.termNames().empty());
    QVERIFY(!buildDesign(smallTable(), d).ok());

    const std::map<std::string, ColumnKind> kinds { { "y", ColumnKind::Numeric },
                                                    { "sex", ColumnKind::Categorical } };
    auto marked = markCategorical(*parseFormula("y ~ sex", Family::Binomial), kinds);
    QVERIFY(marked.ok());
    QCOMPARE(marked->predictors[0].transform, Transform::Categorical);
    QCOMPARE(markCategorical(*parseFormula("y ~ scale(sex)", Family::Binomial), kinds).error().code,
             ErrorCode::WrongColumnType);
    QCOMPARE(markCategorical(*parseFormula("y ~ w", Family::Binomial), kinds).error().code,
             ErrorCode::UnknownVariable);
}

// Issue 16: inside a Use, X β + offset of the Use's design is computed once per β and is the same
// bits as without the memo; no other design, no code outside a Use and no design that is gone
// ever sees a kept vector.
void TestDesign::linearPredictorMemo()
{
    const DataTable t = smallTable();
    const ResolvedDesign d = resolve("y ~ x + log(z) + sex * smoke", Family::Binomial, t);
    auto built = buildDesign(t, d);
    QVERIFY_EXPECTED(built);
    auto design = std::make_shared<const DesignMatrix>(std::move(built).value());
    const DesignMatrix copy = *design; // same numbers, another object
    Eigen::VectorXd beta(design->p());
    for (Eigen::Index j = 0; j < beta.size(); ++j)
        beta[j] = 0.1 * double(j + 1) - 0.25;
    Eigen::VectorXd other = beta;
    other[1] += 1.0;
    const Eigen::VectorXd want = design->X * beta;
    auto sameBits = [](const Eigen::VectorXd &a, const Eigen::VectorXd &b) {
        return a.size() == b.size()
            && std::memcmp(a.data(), b.data(), std::size_t(a.size()) * sizeof(double)) == 0;
    };

    LinearPredictorMemo memo(2);
    QVERIFY(sameBits(design->linearPredictor(beta), want)); // no Use: not kept
    QCOMPARE(memo.size(), std::size_t(0));
    {
        LinearPredictorMemo::Use use(memo, design);
        QVERIFY(sameBits(design->linearPredictor(beta), want));
        QCOMPARE(memo.hits(), std::uint64_t(0));
        QCOMPARE(memo.size(), std::size_t(1));
        QVERIFY(sameBits(design->linearPredictor(beta), want));
        QCOMPARE(memo.hits(), std::uint64_t(1));
        // Another β is computed, not taken.
        QVERIFY(sameBits(design->linearPredictor(other), design->X * other));
        QCOMPARE(memo.hits(), std::uint64_t(1));
        // Another object with the same numbers is not the Use's design.
        QVERIFY(sameBits(copy.linearPredictor(beta), want));
        QCOMPARE(memo.hits(), std::uint64_t(1));
        QCOMPARE(memo.size(), std::size_t(2));
    }
    // A later Use of the same design and β takes it (a second request at the same final β).
    {
        LinearPredictorMemo::Use use(memo, design);
        QVERIFY(sameBits(design->linearPredictor(beta), want));
        QCOMPARE(memo.hits(), std::uint64_t(2));
    }
    // Outside any Use nothing is taken.
    QVERIFY(sameBits(design->linearPredictor(beta), want));
    QCOMPARE(memo.hits(), std::uint64_t(2));
    // A design that is gone leaves nothing behind.
    design.reset();
    memo.purge();
    QCOMPARE(memo.size(), std::size_t(0));
    // Entries not used for longer than the memo keeps them are dropped.
    LinearPredictorMemo brief(2, std::chrono::milliseconds(0));
    auto again = std::make_shared<const DesignMatrix>(copy);
    {
        LinearPredictorMemo::Use use(brief, again);
        QVERIFY(sameBits(again->linearPredictor(beta), want));
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
    brief.purge();
    QCOMPARE(brief.size(), std::size_t(0));
}

// Issue 16: inside a Use the linear predictor and the logistic risks at one β are computed once
// and shared (the same vector, no copy); the risks go with the Use; another β, another object or
// no Use computes afresh; the numbers are the same bits either way.
void TestDesign::risksSharedWithinAUse()
{
    const DataTable t = smallTable();
    const ResolvedDesign d = resolve("y ~ x + log(z) + sex * smoke", Family::Binomial, t);
    auto built = buildDesign(t, d);
    QVERIFY_EXPECTED(built);
    auto design = std::make_shared<const DesignMatrix>(std::move(built).value());
    const DesignMatrix copy = *design;
    Eigen::VectorXd beta(design->p());
    for (Eigen::Index j = 0; j < beta.size(); ++j)
        beta[j] = 0.1 * double(j + 1) - 0.25;
    Eigen::VectorXd other = beta;
    other[1] += 1.0;
    const Eigen::VectorXd lp = design->X * beta;
    auto sameBits = [](const std::vector<double> &a, const std::vector<double> &b) {
        return a.size() == b.size()
            && std::memcmp(a.data(), b.data(), a.size() * sizeof(double)) == 0;
    };

    // Without a Use: computed each time, the same bits, the logistic function of X β.
    const auto fresh = sharedLogisticRisks(*design, beta);
    QVERIFY(fresh != sharedLogisticRisks(*design, beta));
    QVERIFY(sameBits(*fresh, *sharedLogisticRisks(*design, beta)));
    QCOMPARE(fresh->size(), std::size_t(design->n()));
    for (Eigen::Index i = 0; i < lp.size(); ++i)
        QVERIFY(std::abs((*fresh)[std::size_t(i)] - 1.0 / (1.0 + std::exp(-lp[i])))
                <= 1e-15 * (*fresh)[std::size_t(i)]);

    LinearPredictorMemo memo(2);
    std::weak_ptr<const std::vector<double>> kept;
    {
        LinearPredictorMemo::Use use(memo, design);
        const auto risks = sharedLogisticRisks(*design, beta);
        QVERIFY(sameBits(*risks, *fresh));
        QCOMPARE(sharedLogisticRisks(*design, beta), risks); // shared, not recomputed
        const auto eta = sharedLinearPredictor(*design, beta);
        QCOMPARE(sharedLinearPredictor(*design, beta), eta); // the memo's vector itself
        QVERIFY(std::memcmp(eta->data(), lp.data(), std::size_t(lp.size()) * sizeof(double)) == 0);
        // Another object with the same numbers, or another β: computed, not taken.
        QVERIFY(sharedLogisticRisks(copy, beta) != risks);
        QVERIFY(sameBits(*sharedLogisticRisks(copy, beta), *fresh));
        const auto moved = sharedLogisticRisks(*design, other);
        QVERIFY(moved != risks);
        QVERIFY(!sameBits(*moved, *fresh));
        // The Use keeps the risks of the last β asked for.
        QCOMPARE(sharedLogisticRisks(*design, other), moved);
        kept = moved;
    }
    QVERIFY(kept.expired()); // the risks went with the Use
    {
        LinearPredictorMemo::Use use(memo, design);
        QVERIFY(sameBits(*sharedLogisticRisks(*design, beta), *fresh));
    }
}

QTEST_GUILESS_MAIN(TestDesign)
#include "tst_design.moc"

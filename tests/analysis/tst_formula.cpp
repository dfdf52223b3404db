// SPDX-License-Identifier: GPL-3.0-or-later
#include "expectedtest.h"
#include "fairstart/analysis/formula.h"
#include "fairstart/analysis/model.h"

#include <QTest>

using namespace fairstart::analysis;

class TestFormula : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void structure();
    void errors_data();
    void errors();
    void validateFindsEveryProblem();
    void numbersAreShortest();
};

void TestFormula::roundTrip_data()
{
    QTest::addColumn<QString>("formula");
    QTest::addColumn<QString>("canonical");
    auto row = [](const char *name, const char *f, const char *c) {
        QTest::newRow(name) << QString::fromUtf8(f) << QString::fromUtf8(c);
    };
    row("plain", "y ~ a + b", "y ~ a + b");
    row("spaces", "  y~a+b  ", "y ~ a + b");
    row("intercept only", "y ~ 1", "y ~ 1");
    row("transforms", "y ~ log(c) + scale(d) + rcs(e, 4) + winsor(f, -1.5, 99)",
        "y ~ log(c) + scale(d) + rcs(e, 4) + winsor(f, -1.5, 99)");
    row("star", "y ~ a * b + c", "y ~ a + b + c + a:b");
    row("colon", "y ~ a + b + a:b", "y ~ a + b + a:b");
    row("offset", "deaths ~ age + offset(log_t)", "deaths ~ age + offset(log_t)");
    row("threshold", "I(delay > 2.5) ~ x", "I(delay > 2.5) ~ x");
    row("factor ref", "y ~ factor(sex, ref = \"male\") + x", "y ~ factor(sex, ref = \"male\") + x");
    row("factor", "y ~ factor(cyl)", "y ~ factor(cyl)");
    row("backquotes", "`birth weight` ~ `mother age`", "`birth weight` ~ `mother age`");
    row("explicit 1", "y ~ 1 + x", "y ~ x");
}

void TestFormula::roundTrip()
{
    QFETCH(QString, formula);
    QFETCH(QString, canonical);
    auto spec = parseFormula(formula.toStdString(), Family::Binomial);
    QVERIFY_EXPECTED(spec);
    QCOMPARE(QString::fromStdString(toFormula(*spec)), canonical);
    auto again = parseFormula(toFormula(*spec), Family::Binomial);
    QVERIFY(again.ok());
    QVERIFY(*again == *spec);
}

void TestFormula::structure()
{
    auto spec = parseFormula("I(y > 3) ~ rcs(age, 5) * sex + winsor(bmi, 15, 40) + offset(lt)",
                             Family::Poisson);
    QVERIFY(spec.ok());
    QCOMPARE(spec->outcome.variable, std::string("y"));
    QCOMPARE(*spec->outcome.threshold, 3.0);
    QCOMPARE(spec->predictors.size(), std::size_t(3));
    QCOMPARE(spec->predictors[0].transform, Transform::Spline);
    QCOMPARE(spec->predictors[0].knots, 5);
    QCOMPARE(spec->predictors[1].variable, std::string("sex"));
    QCOMPARE(spec->predictors[2].lower, 15.0);
    QCOMPARE(spec->predictors[2].upper, 40.0);
    QCOMPARE(spec->interactions.size(), std::size_t(1));
    QCOMPARE(spec->interactions[0].a, std::string("age"));
    QCOMPARE(spec->offset, std::string("lt"));
    QCOMPARE(spec->family, Family::Poisson);
}

void TestFormula::errors_data()
{
    QTest::addColumn<QString>("formula");
    QTest::addColumn<QString>("fragment");
    auto row = [](const char *name, const char *f, const char *fragment) {
        QTest::newRow(name) << QString::fromUtf8(f) << QString::fromUtf8(fragment);
    };
    row("empty", "", "outcome");
    row("no tilde", "y x", "expected '~'");
    row("empty rhs", "y ~", "right-hand side is empty");
    row("no intercept", "y ~ x - 1", "intercept");
    row("zero", "y ~ 0 + x", "intercept");
    row("unknown function", "y ~ sqrt(x)", "not supported");
    row("three-way", "y ~ a:b:c", "two-way");
    row("knots", "y ~ rcs(x, 9)", "between 3 and 7");
    row("fractional knots", "y ~ rcs(x, 3.5)", "between 3 and 7");
    row("unclosed", "y ~ log(x", "expected ')'");
    row("bad char", "y ~ x $ z", "not allowed");
    row("two transforms", "y ~ log(x) + scale(x)", "two different transforms");
    row("two offsets", "y ~ x + offset(a) + offset(b)", "only one offset");
    row("unquoted ref", "y ~ factor(s, ref = male)", "quoted");
}

void TestFormula::errors()
{
    QFETCH(QString, formula);
    QFETCH(QString, fragment);
    auto spec = parseFormula(formula.toStdString(), Family::Gaussian);
    QVERIFY(!spec.ok());
    QCOMPARE(spec.error().code, ErrorCode::ParseError);
    QVERIFY2(QString::fromStdString(spec.error().message).contains(fragment),
             spec.error().message.c_str());
}

void TestFormula::validateFindsEveryProblem()
{
    ModelSpec s;
    s.family = Family::Poisson;
    s.outcome.threshold = 1.0; // no outcome, threshold with Poisson
    s.predictors.push_back({ "a", Transform::Spline, 2, 0, 0, {} }); // knots
    s.predictors.push_back({ "a", Transform::AsIs, 0, 0, 0, {} }); // duplicate
    s.predictors.push_back({ "w", Transform::Winsorise, 0, 5, 1, {} }); // bounds
    s.predictors.push_back({ "r", Transform::AsIs, 0, 0, 0, "x" }); // reference
    s.interactions.push_back({ "a", "zz" }); // zz not a predictor
    s.filters.push_back({ "f", 3.0, 1.0, {} }); // min > max
    s.ridgeLambda = -1;
    const auto problems = validate(s);
    QCOMPARE(problems.size(), std::size_t(9));
    for (const Error &e : problems) {
        QCOMPARE(e.code, ErrorCode::InvalidSpec);
        QVERIFY(!e.message.empty());
    }
    ModelSpec good;
    good.outcome.variable = "y";
    good.predictors.push_back({ "x", Transform::AsIs, 0, 0, 0, {} });
    QVERIFY(validate(good).empty());
}

void TestFormula::numbersAreShortest()
{
    QCOMPARE(formatNumber(2.5), std::string("2.5"));
    QCOMPARE(formatNumber(0.1), std::string("0.1"));
    QCOMPARE(formatNumber(-30), std::string("-30"));
    QCOMPARE(formatNumber(1e-8), std::string("1e-08"));
}

QTEST_GUILESS_MAIN(TestFormula)
#include "tst_formula.moc"

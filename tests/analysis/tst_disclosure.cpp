// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/analysis/binriskdominance.h"
#include "fairstart/analysis/design.h"
#include "fairstart/analysis/disclosure.h"
#include "fairstart/analysis/formula.h"
#include "fairstart/analysis/glm.h"
#include "fairstart/analysis/rounddominance.h"

#include <QTest>

#include <algorithm>
#include <functional>
#include <numeric>
#include <random>

using namespace fairstart::analysis;

namespace {

// 100 records: sex f/m alternating, smoke yes for 30, ht yes for `htYes` of the smokers-first.
struct Cohort {
    DataTable table;
    ResolvedDesign resolved;
    DesignMatrix design;
};

Cohort cohort(int htYesAmongSmokers, const char *formula = "y ~ sex + smoke + ht + x")
{
    std::vector<std::string> sex, smoke, ht;
    std::vector<double> y, x;
    for (int i = 0; i < 100; ++i) {
        sex.push_back(i % 2 ? "m" : "f");
        const bool smoker = i < 30;
        smoke.push_back(smoker ? "yes" : "no");
        const bool h = smoker ? i < htYesAmongSmokers : i >= 70;
        ht.push_back(h ? "yes" : "no");
        y.push_back(i % 4 == 0 || i % 4 == 1 ? 1 : 0);
        x.push_back(i * 0.37);
    }
    Cohort c;
    (void)c.table.addText("sex", sex);
    (void)c.table.addText("smoke", smoke);
    (void)c.table.addText("ht", ht);
    (void)c.table.addNumeric("y", y);
    (void)c.table.addNumeric("x", x);
    c.resolved = *resolveLocally(*parseFormula(formula, Family::Binomial), c.table);
    c.design = *buildDesign(c.table, c.resolved);
    return c;
}

bool hasDetail(const std::vector<RuleOutcome> &outcomes, const std::string &detail)
{
    return std::any_of(outcomes.begin(), outcomes.end(),
                       [&](const RuleOutcome &o) { return !o.passed && o.detail == detail; });
}

// 200 children with birth weights 2000..3990 g, sex alternating, a binary outcome, a rare 0/1
// indicator held by `rare` children (the first ones, all girls after the first), and one planted
// child (the last) with birth weight `planted`.
struct Planted {
    DataTable table;
    ResolvedDesign resolved;
    DesignMatrix design;
};

DataTable plantedTable(double planted, int rare = 1)
{
    std::vector<std::string> sex;
    std::vector<double> bw, y, r, count;
    for (int i = 0; i < 200; ++i) {
        sex.push_back(i % 2 ? "m" : "f");
        bw.push_back(i == 199 ? planted : 2000.0 + 10.0 * i);
        y.push_back(i % 3 == 0 ? 1 : 0);
        r.push_back(i < rare ? 1 : 0);
        count.push_back(i % 3);
    }
    DataTable t;
    (void)t.addText("sex", sex);
    (void)t.addNumeric("bw", bw);
    (void)t.addNumeric("y", y);
    (void)t.addNumeric("rare", r);
    (void)t.addNumeric("count", count);
    return t;
}

Planted planted(const char *formula, double plantedBw = 6000, Family family = Family::Binomial,
                int rare = 1)
{
    Planted c;
    c.table = plantedTable(plantedBw, rare);
    auto spec = parseFormula(formula, family);
    if (!spec)
        qFatal("formula: %s", spec.error().message.c_str());
    auto marked = markCategorical(*spec,
                                  { { "sex", ColumnKind::Categorical },
                                    { "bw", ColumnKind::Numeric },
                                    { "y", ColumnKind::Numeric },
                                    { "rare", ColumnKind::Numeric },
                                    { "count", ColumnKind::Numeric } });
    auto resolved = resolveLocally(*marked, c.table);
    if (!resolved)
        qFatal("resolve: %s", resolved.error().message.c_str());
    c.resolved = *resolved;
    auto built = buildDesign(c.table, c.resolved);
    if (!built)
        qFatal("design: %s", built.error().message.c_str());
    c.design = *built;
    return c;
}

Planted rebuilt(Planted c)
{
    c.design = *buildDesign(c.table, c.resolved);
    return c;
}

bool failsWith(const std::vector<RuleOutcome> &outcomes, const std::string &detailPart)
{
    return std::any_of(outcomes.begin(), outcomes.end(), [&](const RuleOutcome &o) {
        return !o.passed && o.detail.find(detailPart) != std::string::npos;
    });
}

} // namespace

class TestDisclosure : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cohortAndSubset();
    void cellsPass();
    void jointCellFails();
    void smallCategoryAndOutcomeClass();
    void sameFactorDummiesAreExempt();
    void messagesNeverHoldTheValue();
    void modelSize();
    void dominance();
    void rounds();
    void histogramMerging();
    void overlap();

    // Attacks that passed before: each must fail now, and honest designs must still pass.
    void winsorisedIndicatorIsACategory();
    void threeValuesWithASingleton();
    void frequentValuesWithFewStragglers();
    void scaledIndicatorIsACategory();
    void interactionOfADisguisedIndicator();
    void outcomeCellsInEveryFamily();
    void honestDesignsPass();
    void centredDominance();
    void designDominanceColumnByColumn();
    void roundDominance();
    void separationByFewRecords();
    void separationFromTheRoundsPass();
    void poissonSeparationByColumn();
    void roundDominanceFromKernelBounds();
    void evaluationDominance();
    void binSquaresDominance();
    void binRiskDominance();
    void histogramTailsEachOnTheirOwn();
    void latticeHistogramOnTheNodesEdges();
    void detailsNeverNameAValue();
};

void TestDisclosure::cohortAndSubset()
{
    const DisclosurePolicy p;
    QVERIFY(checkCohortSize(50, p).passed);
    QVERIFY(!checkCohortSize(49, p).passed);
    QCOMPARE(checkCohortSize(49, p).ruleId, std::string("min-cohort"));
    QVERIFY(checkSubset(100, 100, p).passed); // no complement at all
    QVERIFY(checkSubset(90, 100, p).passed);
    QVERIFY(!checkSubset(95, 100, p).passed); // all-but-five: differencing
    QVERIFY(!checkSubset(5, 100, p).passed);
    QCOMPARE(checkSubset(95, 100, p).detail, std::string("the records left out by the filters"));
}

void TestDisclosure::cellsPass()
{
    const Cohort c = cohort(15);
    const auto outcomes = checkCells(c.design, c.resolved, DisclosurePolicy());
    QCOMPARE(outcomes.size(), std::size_t(1));
    QVERIFY(outcomes.front().passed);
    QVERIFY(allPassed(outcomes));
}

void TestDisclosure::jointCellFails()
{
    // Only 4 smokers have ht: the smoke=yes × ht=yes cell is small although both margins are not.
    const Cohort c = cohort(4);
    const auto outcomes = checkCells(c.design, c.resolved, DisclosurePolicy());
    QVERIFY(!allPassed(outcomes));
    QVERIFY(hasDetail(outcomes, "smokeyes=1 × htyes=1"));
    for (const RuleOutcome &o : outcomes) {
        QCOMPARE(o.ruleId, std::string("min-cell"));
        QCOMPARE(o.threshold, 10.0);
    }
}

void TestDisclosure::smallCategoryAndOutcomeClass()
{
    Cohort c = cohort(15);
    DisclosurePolicy strict;
    strict.minCell = 31;
    const auto outcomes = checkCells(c.design, c.resolved, strict);
    QVERIFY(hasDetail(outcomes, "smoke=yes")); // 30 smokers
    DisclosurePolicy p;
    c.design.y.setZero();
    for (int i = 0; i < 5; ++i)
        c.design.y[i] = 1;
    QVERIFY(hasDetail(checkCells(c.design, c.resolved, p), "y=1"));
}

void TestDisclosure::sameFactorDummiesAreExempt()
{
    // Three-level factor: its two dummies never both equal 1, which must not count as a failure.
    DataTable t;
    std::vector<std::string> g;
    std::vector<double> y;
    for (int i = 0; i < 90; ++i) {
        g.push_back(i % 3 == 0 ? "a" : i % 3 == 1 ? "b" : "c");
        y.push_back(i % 2);
    }
    (void)t.addText("g", g);
    (void)t.addNumeric("y", y);
    const ResolvedDesign r = *resolveLocally(*parseFormula("y ~ g", Family::Binomial), t);
    const DesignMatrix d = *buildDesign(t, r);
    QVERIFY(allPassed(checkCells(d, r, DisclosurePolicy())));
}

void TestDisclosure::messagesNeverHoldTheValue()
{
    const Cohort c = cohort(4);
    const auto outcomes = checkCells(c.design, c.resolved, DisclosurePolicy());
    QVERIFY(!allPassed(outcomes)); // else the loop below checks no message at all
    for (const RuleOutcome &o : outcomes) {
        QVERIFY(o.message.find("10") != std::string::npos); // the threshold
        QVERIFY(o.message.find('4') == std::string::npos); // never the failing count
        QVERIFY(o.detail.find('4') == std::string::npos);
    }
    QCOMPARE(checkCohortSize(7, DisclosurePolicy()).message.find('7'), std::string::npos);
}

void TestDisclosure::modelSize()
{
    const DisclosurePolicy p;
    auto ok = checkModelSize(5, 1000, 60, Family::Binomial, p);
    QVERIFY(allPassed(ok));
    auto rare = checkModelSize(7, 1000, 60, Family::Binomial, p);
    QVERIFY(!rare[0].passed);
    QCOMPARE(rare[0].ruleId, std::string("events-per-parameter"));
    // The rarer class counts: 960 events of 1000 leave 40 non-events.
    QVERIFY(!checkModelSize(5, 1000, 960, Family::Binomial, p)[0].passed);
    auto df = checkModelSize(5, 14, 14, Family::Gaussian, p);
    QVERIFY(!df[1].passed);
    QCOMPARE(df[1].ruleId, std::string("min-residual-df"));
    QVERIFY(checkModelSize(3, 100, 30, Family::Poisson, p)[0].passed);
}

void TestDisclosure::dominance()
{
    const DisclosurePolicy p;
    const std::vector<double> spread { 10, 10, 10, 10, 10, 10, 10, 10, 10, 10 };
    QVERIFY(checkDominance(spread.data(), spread.size(), "income", p).passed);
    const std::vector<double> dominated { 1000, 900, 10, 10, 10, 10, 10, 10, 10, 10 };
    const RuleOutcome o = checkDominance(dominated.data(), dominated.size(), "income", p);
    QVERIFY(!o.passed);
    QCOMPARE(o.ruleId, std::string("dominance"));
    QCOMPARE(o.detail, std::string("income"));
    const std::vector<double> zeros { 0, 0, 0 };
    QVERIFY(checkDominance(zeros.data(), zeros.size(), "x", p).passed);
    const std::vector<double> negative { -1000, 5, 5, 5 };
    QVERIFY(!checkDominance(negative.data(), negative.size(), "x", p).passed);
}

void TestDisclosure::rounds()
{
    QVERIFY(checkRounds(25, DisclosurePolicy()).passed);
    QVERIFY(!checkRounds(26, DisclosurePolicy()).passed);
}

void TestDisclosure::histogramMerging()
{
    const std::vector<double> edges { 0, 1, 2, 3, 4, 5 };
    const std::vector<std::vector<double>> counts { { 3, 8, 12, 2, 9 }, { 10, 1, 10, 10, 0 } };
    const MergedHistogram m = mergeBinsForDisclosure(edges, counts, 10);
    QVERIFY(m.ok());
    const std::vector<double> mergedEdges { 0, 2, 3, 5 };
    QCOMPARE(m.edges, mergedEdges);
    const std::vector<double> first { 11, 12, 11 }, second { 11, 10, 10 };
    QCOMPARE(m.counts[0], first);
    QCOMPARE(m.counts[1], second);
    const MergedHistogram none = mergeBinsForDisclosure(edges, { { 1, 1, 1, 1, 1 } }, 10);
    QVERIFY(!none.ok());
    QVERIFY(!mergeBinsForDisclosure(edges, { { 1, 1 } }, 10).ok());
}

void TestDisclosure::overlap()
{
    const DisclosurePolicy p;
    std::vector<std::int64_t> ids;
    for (int i = 0; i < 100; ++i)
        ids.push_back(1000 - i);
    const CohortFingerprint base = makeFingerprint(ids);
    QVERIFY(std::is_sorted(base.ids.begin(), base.ids.end()));
    auto nearly = ids;
    nearly.resize(95);
    const CohortFingerprint five = makeFingerprint(nearly);
    QCOMPARE(symmetricDifference(base, five), std::int64_t(5));
    QVERIFY(!checkOverlap(five, { base }, p).passed);
    QCOMPARE(checkOverlap(five, { base }, p).ruleId, std::string("overlap"));
    QVERIFY(checkOverlap(base, { base }, p).passed); // identical: nothing new
    auto far = ids;
    far.resize(80);
    QVERIFY(checkOverlap(makeFingerprint(far), { base }, p).passed);
    auto swapped = ids;
    swapped[0] = 5;
    swapped[1] = 6;
    QCOMPARE(symmetricDifference(base, makeFingerprint(swapped)), std::int64_t(4));
}

void TestDisclosure::winsorisedIndicatorIsACategory()
{
    // Every child but the planted one lies below 4950: the column is 4950 for 199 and 4951 for one.
    const Planted c = planted("y ~ sex + winsor(bw, 4950, 4951)");
    const auto outcomes = checkCells(c.design, c.resolved, DisclosurePolicy());
    QVERIFY(!allPassed(outcomes));
    QVERIFY(failsWith(outcomes, "a value of winsor(bw, 4950, 4951)"));
    for (const RuleOutcome &o : outcomes)
        QCOMPARE(o.ruleId, std::string("min-cell"));
    // The same column with the planted child inside the range: three values, one held by one.
    QVERIFY(!allPassed(checkCells(planted("y ~ winsor(bw, 4950, 4951)", 4950.5).design, c.resolved,
                                  DisclosurePolicy())));
}

void TestDisclosure::threeValuesWithASingleton()
{
    const Planted c = planted("y ~ winsor(bw, 2495, 2505)");
    // bw = 2500 for exactly one child (i = 50): values 2495 (50), 2500 (1), 2505 (149).
    const auto outcomes = checkCells(c.design, c.resolved, DisclosurePolicy());
    QVERIFY(failsWith(outcomes, "a value of winsor(bw, 2495, 2505)"));
}

void TestDisclosure::frequentValuesWithFewStragglers()
{
    // 2495..2585 holds 9 children at distinct values (2500, 2510, ..., 2580): 11 distinct values,
    // two frequent ones and 9 others, pooled into one class of 9.
    const Planted nine = planted("y ~ winsor(bw, 2495, 2585)");
    QVERIFY(hasDetail(checkCells(nine.design, nine.resolved, DisclosurePolicy()),
                      "a value of winsor(bw, 2495, 2585)"));
    // 12 children inside: a pooled class of 12 is a cell like any other.
    const Planted twelve = planted("y ~ winsor(bw, 2495, 2615)");
    const auto outcomes = checkCells(twelve.design, twelve.resolved, DisclosurePolicy());
    QVERIFY(!hasDetail(outcomes, "a value of winsor(bw, 2495, 2615)"));
}

void TestDisclosure::scaledIndicatorIsACategory()
{
    // A rare indicator scaled with a chosen centre and spread is no longer 0/1.
    Planted c = planted("y ~ sex + scale(rare)", 3000, Family::Binomial, 3);
    c.resolved.scaling["rare"] = { 0.3, 7.0 };
    c = rebuilt(c);
    QVERIFY(c.design.X(0, 2) != 0.0 && c.design.X(0, 2) != 1.0);
    const auto outcomes = checkCells(c.design, c.resolved, DisclosurePolicy());
    QVERIFY(failsWith(outcomes, "a value of scale(rare)"));
}

void TestDisclosure::interactionOfADisguisedIndicator()
{
    // 12 rare children (6 girls, 6 boys): the margin passes, the interaction with sex does not.
    Planted c = planted("y ~ sex * scale(rare)", 3000, Family::Binomial, 12);
    c.resolved.scaling["rare"] = { 0.5, 3.0 };
    c = rebuilt(c);
    const auto outcomes = checkCells(c.design, c.resolved, DisclosurePolicy());
    QVERIFY(!allPassed(outcomes));
    QVERIFY(failsWith(outcomes, "sexm:scale(rare)") || failsWith(outcomes, "scale(rare)"));
    // Only the joint cells fail here (each margin holds 12 or more).
    QVERIFY(!failsWith(outcomes, "sex=m"));
}

void TestDisclosure::outcomeCellsInEveryFamily()
{
    // A binary outcome fitted as Gaussian: y = rare, held by 3 children.
    const Planted g = planted("rare ~ sex + bw", 3000, Family::Gaussian, 3);
    QVERIFY(failsWith(checkCells(g.design, g.resolved, DisclosurePolicy()), "rare=1"));
    const Planted p = planted("rare ~ sex + bw", 3000, Family::Poisson, 3);
    QVERIFY(failsWith(checkCells(p.design, p.resolved, DisclosurePolicy()), "rare=1"));
    // A Poisson count with one value held by one child.
    Planted counts = planted("count ~ sex", 3000, Family::Poisson);
    counts.design.y[199] = 7;
    QVERIFY(failsWith(checkCells(counts.design, counts.resolved, DisclosurePolicy()),
                      "a value of count"));
    // The outcome's joint cells with a category: count 0..2 for every third child, so with sex
    // each cell holds ~33 children and passes.
    const Planted fine = planted("count ~ sex", 3000, Family::Poisson);
    QVERIFY(allPassed(checkCells(fine.design, fine.resolved, DisclosurePolicy())));
}

void TestDisclosure::honestDesignsPass()
{
    const DisclosurePolicy p;
    for (const char *formula :
         { "y ~ sex + bw", "y ~ sex + scale(bw)", "y ~ sex + log(bw)", "y ~ sex * bw",
           "y ~ sex + rcs(bw, 4)", "bw ~ sex + y", "y ~ sex + winsor(bw, 2500, 3500)" }) {
        const Planted c
            = planted(formula, 3995, formula[0] == 'b' ? Family::Gaussian : Family::Binomial);
        const auto cells = checkCells(c.design, c.resolved, p);
        if (!allPassed(cells))
            qWarning("%s: %s", formula, cells.front().detail.c_str());
        QVERIFY2(allPassed(cells), formula);
        QVERIFY2(allPassed(checkDesignDominance(c.design, p)), formula);
    }
    // An ordinal score with three frequent values and a few rare ones (an Apgar score): its
    // value counts are not identified by its sums, so it is no category.
    Planted apgar = planted("y ~ sex + bw", 3995);
    for (Eigen::Index i = 0; i < apgar.design.n(); ++i)
        apgar.design.X(i, 2) = i < 3 ? 5.0 + double(i) : 8.0 + double(i % 3);
    QVERIFY(allPassed(checkCells(apgar.design, apgar.resolved, p)));
    // With two frequent values, the same few rare ones are a pooled cell of three.
    for (Eigen::Index i = 3; i < apgar.design.n(); ++i)
        apgar.design.X(i, 2) = 9.0 + double(i % 2);
    QVERIFY(hasDetail(checkCells(apgar.design, apgar.resolved, p), "a value of bw"));
    // A Gaussian binary-outcome fit is fine when both classes are large.
    const Planted g = planted("y ~ sex + bw", 3995, Family::Gaussian);
    QVERIFY(allPassed(checkCells(g.design, g.resolved, p)));
}

void TestDisclosure::centredDominance()
{
    const DisclosurePolicy p;
    // One planted child far away on the log scale: raw squares of log(bw) are all about 64 and
    // no two dominate; about the mean, the planted child is almost all of the sum.
    const Planted c = planted("y ~ sex + log(bw)", 1e9);
    std::vector<double> raw(std::size_t(c.design.n()));
    for (Eigen::Index i = 0; i < c.design.n(); ++i)
        raw[std::size_t(i)] = c.design.X(i, 2) * c.design.X(i, 2);
    QVERIFY(checkDominance(raw.data(), raw.size(), "raw", p).passed);
    const auto outcomes = checkDesignDominance(c.design, p);
    QVERIFY(failsWith(outcomes, "the centred sum of squares of log(bw)"));
    QCOMPARE(outcomes.front().ruleId, std::string("dominance"));
    // The outcome's sums are checked too (Gaussian bw with a planted extreme).
    const Planted g = planted("bw ~ sex", 1e9, Family::Gaussian);
    QVERIFY(failsWith(checkDesignDominance(g.design, p), "the outcome"));
    // An honest design passes.
    QVERIFY(allPassed(checkDesignDominance(planted("y ~ sex + log(bw)", 3995).design, p)));
}

// Issue 16: checkDesignDominance takes four columns in one pass; every column's verdict is the
// rule's, written out one column at a time (its sums in the order of its records, its k largest
// by a sort): random designs of 1 to 9 columns, planted dominant values in random columns,
// k = 0, 1, 2 and 5.
void TestDisclosure::designDominanceColumnByColumn()
{
    std::mt19937_64 random(1616);
    int failed = 0, passed = 0;
    for (int instance = 0; instance < 300; ++instance) {
        const Eigen::Index n = 1 + Eigen::Index(random() % 400);
        const Eigen::Index p = 1 + Eigen::Index(random() % 9);
        DesignMatrix d;
        d.X.resize(n, p);
        d.y.resize(random() % 4 == 0 ? 0 : n);
        std::uniform_real_distribution<double> uniform(-3, 3);
        for (Eigen::Index j = 0; j < p; ++j) {
            for (Eigen::Index i = 0; i < n; ++i)
                d.X(i, j) = j == 0 ? 1.0 : uniform(random);
            if (j > 0 && random() % 3 == 0)
                d.X(Eigen::Index(random() % std::uint64_t(n)), j) = 1e3 * uniform(random);
            d.terms.push_back("t" + std::to_string(j));
        }
        if (random() % 5 == 0 && p > 1)
            d.terms.pop_back(); // a column without a name
        for (Eigen::Index i = 0; i < d.y.size(); ++i)
            d.y[i] = random() % 7 == 0 ? 1e4 * uniform(random) : uniform(random);
        DisclosurePolicy policy;
        const int ks[] = { 0, 1, 2, 5 };
        policy.dominanceTopK = ks[random() % 4];
        policy.dominanceShare = random() % 2 ? 0.5 : 0.9;
        std::vector<std::string> expected;
        auto rule = [&](const std::vector<double> &values, const std::string &what) {
            double total = 0;
            for (double v : values)
                total += v;
            std::vector<double> sorted = values;
            std::sort(sorted.begin(), sorted.end(), std::greater<>());
            sorted.resize(std::size_t(policy.dominanceTopK), 0.0);
            double top = 0;
            for (double v : sorted)
                top += std::max(v, 0.0);
            if (!(total == 0 || top <= policy.dominanceShare * total))
                expected.push_back(what);
        };
        auto column = [&](const double *x, const std::string &name) {
            std::vector<double> absolute(std::size_t(n), 0), squares(std::size_t(n), 0);
            double mean = 0;
            for (Eigen::Index i = 0; i < n; ++i) {
                absolute[std::size_t(i)] = std::abs(x[i]);
                mean += x[i];
            }
            mean /= double(n);
            for (Eigen::Index i = 0; i < n; ++i)
                squares[std::size_t(i)] = (x[i] - mean) * (x[i] - mean);
            rule(absolute, "the sum of " + name);
            rule(squares, "the centred sum of squares of " + name);
        };
        for (Eigen::Index j = 1; j < p; ++j) {
            column(d.X.col(j).data(),
                   std::size_t(j) < d.terms.size() ? d.terms[std::size_t(j)] : "a design column");
        }
        const Eigen::VectorXd yValues = d.y.values();
        if (d.y.size() == n)
            column(yValues.data(), "the outcome");
        const auto outcomes = checkDesignDominance(d, policy);
        std::vector<std::string> got;
        for (const RuleOutcome &o : outcomes) {
            QCOMPARE(o.ruleId, std::string("dominance"));
            if (!o.passed)
                got.push_back(o.detail);
        }
        QVERIFY2(got == expected, qPrintable(QStringLiteral("instance %1").arg(instance)));
        QCOMPARE(outcomes.size(), expected.empty() ? std::size_t(1) : expected.size());
        (expected.empty() ? passed : failed) += 1;
    }
    QVERIFY(failed > 50);
    QVERIFY(passed > 50);
}

void TestDisclosure::separationByFewRecords()
{
    // y = 1 exactly when w < 3200, but for `overlap` records with y = 1 and w above 3200 (rule
    // "separation", docs/privacy-rules.md "The fourth independent review").
    auto make = [](int overlap) {
        DesignMatrix d;
        const int n = 600;
        d.X.resize(n, 2);
        Eigen::VectorXd y(n);
        for (int i = 0; i < n; ++i) {
            const double w = 3000 + (i * 37) % 500;
            d.X(i, 0) = 1;
            d.X(i, 1) = w;
            y[i] = w < 3200 ? 1 : 0;
        }
        for (int k = 0; k < overlap; ++k) {
            d.X(k, 1) = 3300 + k;
            y[k] = 1;
        }
        d.y = y;
        d.terms = { "(Intercept)", "w" };
        return d;
    };
    const DisclosurePolicy p;
    Eigen::VectorXd slope(2);
    slope << 32, -0.01; // η decreasing in w, 0 at 3200
    for (const int overlap : { 0, 1, 9 }) {
        const RuleOutcome o = checkSeparation(make(overlap), Family::Binomial, slope, p);
        QVERIFY2(!o.passed, qPrintable(QString::number(overlap)));
        QCOMPARE(o.ruleId, std::string("separation"));
        QCOMPARE(o.message.find("3200"), std::string::npos);
    }
    QVERIFY(checkSeparation(make(10), Family::Binomial, slope, p).passed);
    // A β with a constant linear predictor (the start of a fit) orders nothing: passed.
    QVERIFY(checkSeparation(make(1), Family::Binomial, Eigen::VectorXd::Zero(2), p).passed);
    // Other families are not judged.
    QVERIFY(checkSeparation(make(1), Family::Gaussian, slope, p).passed);
    // An honest overlap (y independent of w) passes at any slope.
    DesignMatrix honest = make(0);
    Eigen::VectorXd y(honest.n());
    for (Eigen::Index i = 0; i < honest.n(); ++i)
        y[i] = double(i % 3 == 0);
    honest.y = y;
    QVERIFY(checkSeparation(honest, Family::Binomial, slope, p).passed);
}

void TestDisclosure::poissonSeparationByColumn()
{
    // 200 records: an intercept, a 0/1 column z (the first 60 records) and a numeric x; counts
    // above 0 on every third record outside z, and on `inZ` records with z = 1. With fewer than
    // min_cell positive counts on one side of z no Poisson estimate of z exists without them:
    // refused for 0..9 (0: none exists at all), passed from 10. The intercept (constant) is never
    // a direction; x, whose positive counts spread over many values, passes.
    for (const int inZ : { 0, 1, 9, 10, 30 }) {
        DesignMatrix d;
        const Eigen::Index n = 200;
        d.X.resize(n, 3);
        Eigen::VectorXd y = Eigen::VectorXd::Zero(n);
        for (Eigen::Index i = 0; i < n; ++i) {
            d.X(i, 0) = 1;
            d.X(i, 1) = i < 60 ? 1.0 : 0.0;
            d.X(i, 2) = double(i % 37);
            if (i < 60 ? i < inZ : i % 3 == 0)
                y[i] = double(1 + i % 4);
        }
        d.y = y;
        d.terms = { "(Intercept)", "z", "x" };
        const RuleOutcome o = checkPoissonSeparation(d, Family::Poisson, DisclosurePolicy());
        QCOMPARE(o.ruleId, std::string("separation"));
        QCOMPARE(o.passed, inZ >= 10);
        if (!o.passed)
            QCOMPARE(o.detail, std::string("a combination of z"));
        // Other families pass.
        QVERIFY(checkPoissonSeparation(d, Family::Gaussian, DisclosurePolicy()).passed);
    }
    // A factor of three levels (two dummies, the reference the rows with neither): positive
    // counts only in the two other levels but for `inReference` records of the reference.
    for (const int inReference : { 0, 9, 10 }) {
        DesignMatrix d;
        const Eigen::Index n = 300;
        d.X.resize(n, 3);
        Eigen::VectorXd y = Eigen::VectorXd::Zero(n);
        for (Eigen::Index i = 0; i < n; ++i) {
            const int level = int(i % 3); // 0 the reference
            d.X(i, 0) = 1;
            d.X(i, 1) = level == 1 ? 1.0 : 0.0;
            d.X(i, 2) = level == 2 ? 1.0 : 0.0;
            if (level != 0 ? i % 2 == 0 : i / 3 < inReference)
                y[i] = 2;
        }
        d.y = y;
        d.terms = { "(Intercept)", "placeC", "placeD" };
        const RuleOutcome o = checkPoissonSeparation(d, Family::Poisson, DisclosurePolicy());
        QCOMPARE(o.passed, inReference >= 10);
        if (!o.passed)
            QCOMPARE(o.detail, std::string("a combination of placeC, placeD"));
    }
    // Three 0/1 columns in every pattern but a = b = e = 1 (each column, pair and run occupied):
    // positive counts where two are 1, and on `below` records below a + b + e = 2. Fewer than
    // min_cell below: no estimate without them, along a + b + e (tst_attacks_redteam5). With all
    // eight patterns and counts everywhere, no sum is a direction.
    for (const int below : { 0, 1, 9, 10 }) {
        DesignMatrix d;
        const Eigen::Index n = 700;
        d.X.resize(n, 4);
        Eigen::VectorXd y = Eigen::VectorXd::Zero(n);
        int placed = 0;
        for (Eigen::Index i = 0; i < n; ++i) {
            const int pattern = int(i % 7); // bits of a, b, e below: never all three
            const int bits[7] = { 0, 1, 2, 4, 3, 5, 6 };
            d.X(i, 0) = 1;
            d.X(i, 1) = double(bits[pattern] & 1);
            d.X(i, 2) = double(bits[pattern] >> 1 & 1);
            d.X(i, 3) = double(bits[pattern] >> 2 & 1);
            const int sum = int(d.X(i, 1) + d.X(i, 2) + d.X(i, 3));
            if (sum == 2 && i % 2 == 0)
                y[i] = 1;
            else if (sum < 2 && placed < below && pattern == 0) {
                y[i] = 1;
                ++placed;
            }
        }
        d.y = y;
        d.terms = { "(Intercept)", "a", "b", "e" };
        const RuleOutcome o = checkPoissonSeparation(d, Family::Poisson, DisclosurePolicy());
        QCOMPARE(o.passed, below >= 10);
        if (!o.passed)
            QCOMPARE(o.detail, std::string("a combination of a, b, e"));
    }
    {
        DesignMatrix d;
        const Eigen::Index n = 800;
        d.X.resize(n, 4);
        Eigen::VectorXd y = Eigen::VectorXd::Zero(n);
        for (Eigen::Index i = 0; i < n; ++i) {
            d.X(i, 0) = 1;
            for (int k = 0; k < 3; ++k)
                d.X(i, k + 1) = double((i >> k) & 1);
            y[i] = double(i % 3 == 0);
        }
        d.y = y;
        d.terms = { "(Intercept)", "a", "b", "e" };
        QVERIFY(checkPoissonSeparation(d, Family::Poisson, DisclosurePolicy()).passed);
    }
    // A numeric x along a 0/1 column a (tst_attacks_review8): x is 0..20 where a = 0 and 0..40
    // where a = 1, the positive counts at each group's highest x and on `below` records under
    // it. x alone and a alone have many positive counts off either extreme; along x − 20·a fewer
    // than min_cell: refused, naming x. With counts spread over x it passes, and so does an x
    // that is a function of a (no direction of its own).
    for (const int below : { 0, 1, 9, 10 }) {
        DesignMatrix d;
        const Eigen::Index n = 1200;
        d.X.resize(n, 3);
        Eigen::VectorXd y = Eigen::VectorXd::Zero(n);
        int placed = 0;
        for (Eigen::Index i = 0; i < n; ++i) {
            const bool a = i % 2 == 1;
            const double x = a ? double(i % 41) : double(i % 21);
            d.X(i, 0) = 1;
            d.X(i, 1) = a ? 1.0 : 0.0;
            d.X(i, 2) = x;
            if (x == (a ? 40.0 : 20.0))
                y[i] = 2;
            else if (!a && x == 10.0 && placed < below) {
                y[i] = 1;
                ++placed;
            }
        }
        d.y = y;
        d.terms = { "(Intercept)", "a", "x" };
        const RuleOutcome o = checkPoissonSeparation(d, Family::Poisson, DisclosurePolicy());
        QCOMPARE(o.passed, below >= 10);
        if (!o.passed)
            QCOMPARE(o.detail, std::string("a combination of a, x"));
        for (Eigen::Index i = 0; i < n; ++i)
            d.y[i] = double(i % 4);
        QVERIFY(checkPoissonSeparation(d, Family::Poisson, DisclosurePolicy()).passed);
        for (Eigen::Index i = 0; i < n; ++i) {
            d.X(i, 2) = d.X(i, 1) * 5.0 + 1.0;
            d.y[i] = (i % 3 == 0 ? 1.0 : 0.0) + (i % 7 == 0 ? 1.0 : 0.0);
        }
        QVERIFY(checkPoissonSeparation(d, Family::Poisson, DisclosurePolicy()).passed);
    }
}

void TestDisclosure::separationFromTheRoundsPass()
{
    // The verdict from the round kernel's kept linear predictors equals the exact check's, for
    // every min_cell up to what the kernel keeps (and the exact check decides above it): random
    // designs with ties (a binary column), rows in random order and sorted by η (every row enters
    // the kept lists), fractional outcomes (not a one), and two halves on two threads.
    std::mt19937_64 rng(20261206);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    int fast = 0, refused = 0, compared = 0;
    for (const Eigen::Index n : { Eigen::Index(1), Eigen::Index(7), Eigen::Index(64),
                                  Eigen::Index(65), Eigen::Index(600), Eigen::Index(150001) }) {
        for (const int order : { 0, 1, -1 }) {
            for (const double prevalence : { 0.02, 0.5 }) {
                DesignMatrix d;
                d.X.resize(n, 3);
                Eigen::VectorXd y(n);
                Eigen::VectorXd beta(3);
                beta << -1.0 + 2.0 * unit(rng), 4.0 * unit(rng), 2.0 * unit(rng) - 1.0;
                std::vector<std::pair<double, Eigen::Index>> byEta;
                for (Eigen::Index i = 0; i < n; ++i) {
                    d.X(i, 0) = 1;
                    d.X(i, 1) = double(unit(rng) < 0.3);
                    d.X(i, 2) = std::round(unit(rng) * 40) / 8;
                }
                for (Eigen::Index i = 0; i < n; ++i)
                    byEta.emplace_back(d.X.row(i).dot(beta), i);
                if (order != 0) {
                    std::sort(byEta.begin(), byEta.end());
                    if (order < 0)
                        std::reverse(byEta.begin(), byEta.end());
                    const Eigen::MatrixXd copy = d.X;
                    for (Eigen::Index i = 0; i < n; ++i)
                        d.X.row(i) = copy.row(byEta[std::size_t(i)].second);
                }
                // Mostly separated by η, a few records across, one in fifty fractional.
                for (Eigen::Index i = 0; i < n; ++i) {
                    const double eta = d.X.row(i).dot(beta);
                    const double cut = std::log(prevalence / (1 - prevalence)) + beta[0];
                    y[i] = unit(rng) < 0.02 ? 0.5 : double((eta > cut) != (unit(rng) < 0.01));
                }
                d.y = y;
                d.terms = { "(Intercept)", "b", "x" };
                RoundDominanceBounds bounds;
                QVERIFY(computeRound(d, Family::Binomial, beta, &bounds));
                QVERIFY(bounds.separation);
                QCOMPARE(bounds.ones + bounds.zeros, std::int64_t(n));
                for (const int minCell : { 1, 2, 5, 10, 11, 37, 64, 65 }) {
                    DisclosurePolicy p;
                    p.minCell = minCell;
                    const RuleOutcome exact = checkSeparation(d, Family::Binomial, beta, p);
                    const RuleOutcome fromPass
                        = checkSeparation(d, Family::Binomial, beta, p, bounds);
                    QVERIFY2(exact.passed == fromPass.passed,
                             qPrintable(QStringLiteral("n %1, order %2, prevalence %3, min_cell %4")
                                            .arg(n)
                                            .arg(order)
                                            .arg(prevalence)
                                            .arg(minCell)));
                    QCOMPARE(fromPass.ruleId, exact.ruleId);
                    QCOMPARE(fromPass.threshold, exact.threshold);
                    QCOMPARE(fromPass.message, exact.message);
                    ++compared;
                    refused += !exact.passed;
                    fast += minCell <= separationKept;
                }
            }
        }
    }
    // Both verdicts occur, and most comparisons went through the kept values.
    QVERIFY2(refused > 20, qPrintable(QString::number(refused)));
    QVERIFY2(compared - refused > 20, qPrintable(QString::number(compared - refused)));
    QVERIFY(fast > compared / 2);
}

void TestDisclosure::roundDominance()
{
    const DisclosurePolicy p;
    // The attack of issue 13: β = (-6000, 1) makes the working weights an indicator of the one
    // child with a birth weight near 6000, so XᵀWX would be that child's row.
    const Planted c = planted("y ~ bw + sex", 6000);
    Eigen::VectorXd attack(3);
    attack << -6000, 1, 0;
    const RuleOutcome o = checkRoundDominance(c.design, Family::Binomial, attack, p);
    QVERIFY(!o.passed);
    QCOMPARE(o.ruleId, std::string("dominance"));
    QVERIFY(o.message.find("90%") != std::string::npos);
    QCOMPARE(o.detail.find("6000"), std::string::npos);
    // Poisson: β makes μ tiny for all but the planted child.
    Eigen::VectorXd poisson(3);
    poisson << -600, 0.1, 0;
    QVERIFY(!checkRoundDominance(c.design, Family::Poisson, poisson, p).passed);
    // Three children with the same extreme birth weight: (2, 0.90) alone lets all the weight fall
    // on them; a weighted sum needs more than 4 records to carry 90%.
    Planted three = planted("y ~ bw + sex", 6000);
    three.design.X(197, 1) = 6000;
    three.design.X(198, 1) = 6000;
    const RuleOutcome group = checkRoundDominance(three.design, Family::Binomial, attack, p);
    QVERIFY(!group.passed);
    QVERIFY(group.message.find("4 records") != std::string::npos);
    // Gaussian weights do not depend on β: a (2, 0.90) check of XᵀX only.
    QVERIFY(checkRoundDominance(three.design, Family::Gaussian, attack, p).passed);
    // Every round of an honest fit passes, from β = 0 to the fitted β.
    const Planted honest = planted("y ~ bw + sex", 3995);
    QVERIFY(
        checkRoundDominance(honest.design, Family::Binomial, Eigen::VectorXd::Zero(3), p).passed);
    GlmOptions options;
    options.fitNullModel = false;
    auto fit = fitFederated({ &honest.design }, Family::Binomial, 0.0, options);
    QVERIFY(bool(fit));
    Eigen::VectorXd fitted(3);
    for (int j = 0; j < 3; ++j)
        fitted[j] = fit->coefficients[std::size_t(j)].estimate;
    QVERIFY(checkRoundDominance(honest.design, Family::Binomial, fitted, p).passed);
    // A β of the wrong length is refused, not read out of bounds.
    QVERIFY(
        !checkRoundDominance(honest.design, Family::Binomial, Eigen::VectorXd::Zero(2), p).passed);
}

namespace {

// The bounds computed by brute force from the design, β and the family's μ.
RoundDominanceBounds bruteBounds(const DesignMatrix &d, Family family, const Eigen::VectorXd &beta)
{
    RoundDominanceBounds b;
    const auto p = static_cast<std::size_t>(d.p());
    b.maxWeighted.assign(p, 0.0);
    b.maxAbsScore.assign(p, 0.0);
    b.sumAbsScore.assign(p, 0.0);
    for (Eigen::Index i = 0; i < d.n(); ++i) {
        const double eta = d.X.row(i).dot(beta) + (d.offset.size() == d.n() ? d.offset[i] : 0.0);
        double mu = eta, w = 1;
        if (family == Family::Binomial) {
            mu = 1 / (1 + std::exp(-eta));
            w = mu * (1 - mu);
        } else if (family == Family::Poisson) {
            mu = w = std::exp(eta);
        }
        for (std::size_t j = 0; j < p; ++j) {
            const double x = d.X(i, Eigen::Index(j));
            if (family != Family::Gaussian)
                b.maxWeighted[j] = std::max(b.maxWeighted[j], w * x * x);
            b.maxAbsScore[j] = std::max(b.maxAbsScore[j], std::abs(x * (d.y[i] - mu)));
            b.sumAbsScore[j] += std::abs(x * (d.y[i] - mu));
        }
    }
    return b;
}

bool close(const std::vector<double> &a, const std::vector<double> &b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t j = 0; j < a.size(); ++j) {
        if (std::abs(a[j] - b[j]) > 1e-9 * std::max(1.0, std::abs(b[j])))
            return false;
    }
    return true;
}

} // namespace

void TestDisclosure::roundDominanceFromKernelBounds()
{
    // The node passes a round with the bounds its kernel computed in the same pass; the verdict
    // must be the exact check's in every case of roundDominance, attacks included.
    const DisclosurePolicy p;
    const Planted c = planted("y ~ bw + sex", 6000);
    Planted three = planted("y ~ bw + sex", 6000);
    three.design.X(197, 1) = 6000;
    three.design.X(198, 1) = 6000;
    const Planted honest = planted("y ~ bw + sex", 3995);
    Eigen::VectorXd attack(3), poisson(3), honestBeta(3);
    attack << -6000, 1, 0;
    poisson << -600, 0.1, 0;
    honestBeta << -1.2, 0.0003, 0.4;
    struct Case {
        const DesignMatrix *design;
        Family family;
        Eigen::VectorXd beta;
        bool passes;
    };
    const std::vector<Case> cases {
        { &c.design, Family::Binomial, attack, false },
        { &c.design, Family::Poisson, poisson, false },
        { &three.design, Family::Binomial, attack, false },
        { &three.design, Family::Gaussian, attack, true },
        { &honest.design, Family::Binomial, Eigen::VectorXd::Zero(3), true },
        { &honest.design, Family::Binomial, honestBeta, true },
        { &honest.design, Family::Poisson, Eigen::VectorXd::Zero(3), true },
    };
    for (const Case &k : cases) {
        RoundDominanceBounds bounds;
        auto stats = computeRound(*k.design, k.family, k.beta, &bounds);
        if (!stats) // the attack's statistics may overflow: then nothing is released anyway
            continue;
        const RuleOutcome fast
            = checkRoundDominance(*k.design, k.family, k.beta, p, *stats, bounds);
        const RuleOutcome exact = checkRoundDominance(*k.design, k.family, k.beta, p);
        QCOMPARE(fast.passed, k.passes);
        QCOMPARE(fast.passed, exact.passed);
        QCOMPARE(fast.message, exact.message);
        QCOMPARE(fast.detail, exact.detail);
        // The kernel's bounds are the brute-force ones (within rounding).
        const RoundDominanceBounds brute = bruteBounds(*k.design, k.family, k.beta);
        if (k.family != Family::Gaussian)
            QVERIFY(close(bounds.maxWeighted, brute.maxWeighted));
        QVERIFY(close(bounds.maxAbsScore, brute.maxAbsScore));
        QVERIFY(close(bounds.sumAbsScore, brute.sumAbsScore));
        // Bounds that are missing, wrong-sized or not finite make the exact check decide.
        RoundDominanceBounds broken = bounds;
        broken.sumAbsScore.assign(broken.sumAbsScore.size(), std::nan(""));
        QCOMPARE(checkRoundDominance(*k.design, k.family, k.beta, p, *stats, broken).passed,
                 exact.passed);
        QCOMPARE(checkRoundDominance(*k.design, k.family, k.beta, p, *stats, {}).passed,
                 exact.passed);
        // Bounds that understate nothing: a record claimed to carry everything sends the
        // decision to the exact check, which passes an honest round.
        RoundDominanceBounds loud = bounds;
        loud.maxAbsScore = loud.sumAbsScore;
        QCOMPARE(checkRoundDominance(*k.design, k.family, k.beta, p, *stats, loud).passed,
                 exact.passed);
    }
    // A large design (two halves on two cores, a tail shorter than a vector): the same bounds.
    const Eigen::Index n = 100003;
    DesignMatrix big;
    big.X.resize(n, 4);
    big.y.resize(n);
    big.terms = { "(Intercept)", "a", "b", "c" };
    std::uint64_t state = 12345;
    auto uniform = [&state] {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return double(state >> 11) / 9007199254740992.0;
    };
    for (Eigen::Index i = 0; i < n; ++i) {
        big.X(i, 0) = 1;
        big.X(i, 1) = uniform() * 4 - 2;
        big.X(i, 2) = uniform() < 0.3 ? 1 : 0;
        big.X(i, 3) = uniform() * uniform() * 10;
        big.y[i] = uniform() < 0.4 ? 1 : 0;
    }
    big.X(77777, 3) = 5000; // one large value: its column goes to the exact check
    Eigen::VectorXd b(4);
    b << -0.3, 0.2, -0.1, 0.01;
    for (Family f : { Family::Binomial, Family::Gaussian }) {
        RoundDominanceBounds bounds;
        auto stats = computeRound(big, f, b, &bounds);
        QVERIFY(bool(stats));
        const RoundDominanceBounds brute = bruteBounds(big, f, b);
        if (f != Family::Gaussian)
            QVERIFY(close(bounds.maxWeighted, brute.maxWeighted));
        QVERIFY(close(bounds.maxAbsScore, brute.maxAbsScore));
        QVERIFY(close(bounds.sumAbsScore, brute.sumAbsScore));
        QCOMPARE(checkRoundDominance(big, f, b, p, *stats, bounds).passed,
                 checkRoundDominance(big, f, b, p).passed);
        // The statistics are the same bits with or without the bounds.
        auto plain = computeRound(big, f, b);
        QVERIFY(bool(plain));
        QVERIFY(plain->xtwxUpper == stats->xtwxUpper);
        QVERIFY(plain->score == stats->score);
        QCOMPARE(plain->deviance, stats->deviance);
    }
}

void TestDisclosure::evaluationDominance()
{
    const DisclosurePolicy p;
    const Planted c = planted("y ~ bw + sex", 6000);
    Eigen::VectorXd attack(3);
    attack << -6000, 1, 0;
    const RuleOutcome o = checkEvaluationDominance(c.design, attack, p);
    QVERIFY(!o.passed);
    QCOMPARE(o.ruleId, std::string("dominance"));
    QVERIFY(checkEvaluationDominance(c.design, Eigen::VectorXd::Zero(3), p).passed);
}

// The per-class Σ p² of a subgroup cell's merged risk bins (issue 15): an honest spread of risks
// passes; one event far above 30 tied ones joins their merged bin (it has no non-event of its
// own) and makes up all of the class's spread there, so Σ p² would tell its risk.
void TestDisclosure::binSquaresDominance()
{
    const DisclosurePolicy p;
    auto design = [](const std::vector<std::pair<double, double>> &records) {
        DesignMatrix d;
        const Eigen::Index n = Eigen::Index(records.size());
        d.X.resize(n, 2);
        d.y.resize(n);
        d.offset = Eigen::VectorXd::Zero(n);
        for (Eigen::Index i = 0; i < n; ++i) {
            d.X(i, 0) = 1.0;
            d.X(i, 1) = records[std::size_t(i)].first;
            d.y(i) = records[std::size_t(i)].second;
        }
        std::vector<std::int64_t> rows(records.size());
        std::iota(rows.begin(), rows.end(), std::int64_t(0));
        d.rows = rows;
        return d;
    };
    Eigen::VectorXd beta(2);
    beta << 0.0, 1.0; // p = logistic(x)
    std::vector<std::pair<double, double>> honest;
    for (int i = 0; i < 200; ++i)
        honest.push_back({ -2.0 + 4.0 * i / 199.0, double((i * 7) % 3 == 0) });
    const RuleOutcome passes = checkBinSquaresDominance(design(honest), beta, 1000, p);
    QVERIFY2(passes.passed, passes.detail.c_str());
    QCOMPARE(passes.ruleId, std::string("dominance"));

    std::vector<std::pair<double, double>> planted;
    for (int i = 0; i < 30; ++i) {
        planted.push_back({ 0.0, 1.0 });
        planted.push_back({ 0.0, 0.0 });
    }
    // Tied risks have no spread at all: nothing to dominate.
    QVERIFY(checkBinSquaresDominance(design(planted), beta, 1000, p).passed);
    planted.push_back({ 2.0, 1.0 });
    const RuleOutcome fails = checkBinSquaresDominance(design(planted), beta, 1000, p);
    QVERIFY(!fails.passed);
    QCOMPARE(fails.ruleId, std::string("dominance"));
    QVERIFY(fails.detail.find("squared risks") != std::string::npos);
    // A β of the wrong length or bins that cannot merge are never passed.
    QVERIFY(!checkBinSquaresDominance(design(planted), Eigen::VectorXd::Zero(3), 1000, p).passed);
    QVERIFY(
        !checkBinSquaresDominance(design({ { 0.0, 1.0 }, { 0.0, 0.0 } }), beta, 1000, p).passed);
}

void TestDisclosure::binRiskDominance()
{
    // Issue: an evaluation's per-bin Σp was not checked (docs/privacy-rules.md, "Per-bin sums of
    // risk"). In the wide bottom bin of the merged grid, one event far above 30 others carries
    // nearly all of the events' Σp there: the released Σp of the bin's events is its risk.
    const DisclosurePolicy p;
    auto design = [](const std::vector<std::pair<double, double>> &records) {
        DesignMatrix d;
        const Eigen::Index n = Eigen::Index(records.size());
        d.X.resize(n, 2);
        d.y.resize(n);
        for (Eigen::Index i = 0; i < n; ++i) {
            d.X(i, 0) = 1.0;
            d.X(i, 1) = records[std::size_t(i)].first;
            d.y(i) = records[std::size_t(i)].second;
        }
        std::vector<std::int64_t> rows(records.size());
        std::iota(rows.begin(), rows.end(), std::int64_t(0));
        d.rows = rows;
        return d;
    };
    Eigen::VectorXd beta(2);
    beta << 0.0, 1.0; // p = logistic(x)
    std::vector<std::pair<double, double>> honest;
    for (int i = 0; i < 400; ++i)
        honest.push_back({ -3.0 + 6.0 * i / 399.0, double((i * 7) % 3 == 0) });
    const RuleOutcome passes = checkBinRiskDominance(design(honest), beta, 1000, p);
    QVERIFY2(passes.passed, passes.detail.c_str());
    QCOMPARE(passes.ruleId, std::string("dominance"));

    for (const double side : { -1.0, 1.0 }) {
        // 30 events and 30 non-events at a risk of about 1e-6 (or 1 - 1e-6), and one record of
        // a class at 7.5e-4 (or 1 - 7.5e-4): the same grid bin, far from the others.
        auto planted = honest;
        // Records of both classes between the honest ones and the planted bin close the honest
        // records' last bin there (else they would share the planted bin and carry its sums).
        for (int i = 0; i < 10; ++i) {
            planted.push_back({ side * 5.0, 1.0 });
            planted.push_back({ side * 5.0, 0.0 });
        }
        for (int i = 0; i < 30; ++i) {
            planted.push_back({ side * 14.0, 1.0 });
            planted.push_back({ side * 14.0, 0.0 });
        }
        QVERIFY(checkBinRiskDominance(design(planted), beta, 1000, p).passed);
        planted.push_back({ side * 7.2, side < 0 ? 1.0 : 0.0 });
        // The cohort's sums do not see it: Σp, Σ(y - p)² and the spread over all records pass.
        QVERIFY(checkEvaluationDominance(design(planted), beta, p).passed);
        const RuleOutcome fails = checkBinRiskDominance(design(planted), beta, 1000, p);
        QVERIFY2(!fails.passed, side < 0 ? "bottom bin" : "top bin");
        QCOMPARE(fails.ruleId, std::string("dominance"));
        QVERIFY(fails.detail.find("risk bin") != std::string::npos);
        QVERIFY(fails.message.find("7.2") == std::string::npos);
    }
    // A β of the wrong length or bins that cannot merge are never passed.
    QVERIFY(!checkBinRiskDominance(design(honest), Eigen::VectorXd::Zero(3), 1000, p).passed);
    QVERIFY(!checkBinRiskDominance(design({ { 0.0, 1.0 }, { 0.0, 0.0 } }), beta, 1000, p).passed);
}

void TestDisclosure::latticeHistogramOnTheNodesEdges()
{
    QCOMPARE(histogramStep(600), 50.0); // 24 -> 50
    QCOMPARE(histogramStep(1), 0.05);
    QCOMPARE(histogramStep(250), 10.0);
    QCOMPARE(histogramStep(0), 0.0);
    QCOMPARE(histogramStep(std::nan("")), 0.0);
    std::vector<double> values;
    for (int i = 0; i < 100; ++i)
        values.push_back(i + 0.5);
    // 10 records below the first edge, 10 at or above the last, 10 per bin.
    const MergedHistogram h = latticeHistogram(values, 1, 0, 100, 10);
    QVERIFY(h.ok());
    QCOMPARE(h.edges, (std::vector<double> { 10, 20, 30, 40, 50, 60, 70, 80, 90 }));
    for (double c : h.counts.front())
        QCOMPARE(c, 10.0);
    // The range only chooses edges; wider or narrower ranges never add an edge of their own.
    QCOMPARE(latticeHistogram(values, 1, -1e6, 1e6, 10).edges, h.edges);
    const MergedHistogram part = latticeHistogram(values, 1, 15, 55, 10);
    QCOMPARE(part.edges, (std::vector<double> { 20, 30, 40, 50 }));
    // A record moved within its lattice cell changes nothing.
    std::vector<double> moved = values;
    moved[42] = 42.9;
    QCOMPARE(latticeHistogram(moved, 1, 0, 100, 10).counts, h.counts);
    // A lone record far out goes to the tail and moves no edge of the others.
    std::vector<double> extreme = values;
    extreme.push_back(1e6);
    const MergedHistogram withExtreme = latticeHistogram(extreme, 1, 0, 2e6, 10);
    QCOMPARE(withExtreme.edges.back(), 91.0);
    // Too few records for two tails and a bin; a range holding one edge; no lattice.
    QVERIFY(
        !latticeHistogram(std::vector<double>(values.begin(), values.begin() + 29), 1, 0, 100, 10)
             .ok());
    QVERIFY(!latticeHistogram(values, 1, 15, 25, 10).ok());
    QVERIFY(!latticeHistogram(values, 0, 0, 100, 10).ok());
}

void TestDisclosure::histogramTailsEachOnTheirOwn()
{
    const std::vector<double> edges { 0, 1, 2, 3, 4, 5 };
    const std::vector<std::vector<double>> counts { { 12, 15, 11, 14, 13 } };
    // 12 below and 3 above: together 15, but the upper tail alone would be three records.
    const MergedHistogram h = releasableHistogram(edges, counts, { 12 }, { 3 }, 10);
    QVERIFY(h.ok());
    QCOMPARE(h.edges.front(), 0.0);
    QCOMPARE(h.edges.back(), 4.0); // the last edge is dropped: the tail takes in the last bin
    const std::vector<double> kept { 12, 15, 11, 14 };
    QCOMPARE(h.counts.front(), kept);
    // Both tails 0 or large: everything as requested.
    QCOMPARE(releasableHistogram(edges, counts, { 0 }, { 10 }, 10).edges, edges);
    // Per class: a tail of 0 girls and 4 boys fails for the boys.
    const std::vector<std::vector<double>> twoClasses { { 12, 15, 11, 14, 13 },
                                                        { 10, 10, 10, 10, 10 } };
    const MergedHistogram perClass = releasableHistogram(edges, twoClasses, { 0, 4 }, { 0, 0 }, 10);
    QVERIFY(perClass.ok());
    QVERIFY(perClass.edges.front() > 0.0);
    // Nothing left to release.
    QVERIFY(!releasableHistogram({ 0, 1 }, { { 30 } }, { 3 }, { 0 }, 10).ok());
    QVERIFY(!releasableHistogram(edges, counts, { 1 }, { 0 }, 10).edges.empty());
    QVERIFY(!releasableHistogram(edges, counts, { 0 }, { 0, 1 }, 10).ok()); // malformed
}

void TestDisclosure::detailsNeverNameAValue()
{
    // The planted value (4950.5) and the counts must not appear in any detail or message.
    const Planted c = planted("y ~ winsor(bw, 4950, 4951)", 4950.5);
    const auto outcomes = checkCells(c.design, c.resolved, DisclosurePolicy());
    QVERIFY(!allPassed(outcomes)); // else the loop below checks no detail at all
    for (const RuleOutcome &o : outcomes) {
        QCOMPARE(o.detail.find("4950.5"), std::string::npos);
        QCOMPARE(o.message.find("199"), std::string::npos);
        QCOMPARE(o.detail.find("199"), std::string::npos);
    }
}

QTEST_GUILESS_MAIN(TestDisclosure)
#include "tst_disclosure.moc"

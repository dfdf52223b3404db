// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/analysis/design.h"
#include "fairstart/analysis/disclosure.h"
#include "fairstart/analysis/formula.h"

#include <QTest>

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
    for (const RuleOutcome &o : checkCells(c.design, c.resolved, DisclosurePolicy())) {
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

QTEST_GUILESS_MAIN(TestDisclosure)
#include "tst_disclosure.moc"

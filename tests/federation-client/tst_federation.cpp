// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/client/federation.h"

#include "fairstart/analysis/formula.h"
#include "fairstart/protocol/protocolversion.h"

#include <QTest>

#include <cmath>

using namespace fairstart;
using namespace fairstart::client;

namespace {

protocol::CatalogueVariable variable(const QString &name, protocol::VariableType type,
                                     const QStringList &levels = {}, qint64 count = 100)
{
    protocol::CatalogueVariable v;
    v.name = name;
    v.type = type;
    v.count = count;
    for (const QString &l : levels)
        v.levels << protocol::CatalogueLevel { l, 50 };
    return v;
}

protocol::NumericDescription numeric(const QString &name, double n, double mean, double m2)
{
    protocol::NumericDescription d;
    d.variable = name;
    d.missing = 0;
    d.moments = { n, mean, m2 };
    return d;
}

} // namespace

class tst_Federation : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void mergesCatalogues();
    void reportsTypeConflicts();
    void modelVariablesInOrder();
    void checksNodeInfo_data();
    void checksNodeInfo();
    void checksVariables();
    void pooledQuantileOneSite();
    void pooledQuantileDifferentBins();
    void pooledQuantileEmpty();
    void poolsDescriptives();
    void descriptivesRequestOfCohort();
};

void tst_Federation::mergesCatalogues()
{
    using VT = protocol::VariableType;
    protocol::CatalogueDataset da;
    da.name = QStringLiteral("cohort");
    da.variables << variable(QStringLiteral("edu"), VT::Categorical,
                             { QStringLiteral("low"), QStringLiteral("high") })
                 << variable(QStringLiteral("bw"), VT::Numeric)
                 << variable(QStringLiteral("smoke"), VT::Binary,
                             { QStringLiteral("0"), QStringLiteral("1") });
    protocol::CatalogueDataset db = da;
    db.variables[0].levels << protocol::CatalogueLevel { QStringLiteral("Middle"), 20 };
    db.variables[1].count = std::nullopt; // withheld at b
    db.variables << variable(QStringLiteral("extra"), VT::Numeric);
    protocol::CatalogueDataset other; // another dataset at b: not merged with "cohort"
    other.name = QStringLiteral("other");
    other.variables << variable(QStringLiteral("elsewhere"), VT::Numeric);
    const SiteCatalogue a { QStringLiteral("a"), protocol::Catalogue { { da } }, {} };
    const SiteCatalogue b { QStringLiteral("b"), protocol::Catalogue { { other, db } }, {} };

    const MergedCatalogue m = mergeCatalogues({ a, b }, QStringLiteral("cohort"));
    QVERIFY(m.conflicts.isEmpty());
    QCOMPARE(m.kinds.at("edu"), analysis::ColumnKind::Categorical);
    QCOMPARE(m.kinds.at("bw"), analysis::ColumnKind::Numeric);
    QCOMPARE(m.kinds.at("smoke"), analysis::ColumnKind::Numeric); // 0/1, as at the node
    // Union, byte-sorted as the analysis sorts (upper case first), the same at every site.
    QCOMPARE(m.levels.at("edu"), (std::vector<std::string> { "Middle", "high", "low" }));
    QCOMPARE(m.levels.count("smoke"), size_t(0));
    QCOMPARE(m.variables.size(), 4);
    QCOMPARE(m.variables[0].count, std::optional<qint64>(200));
    QCOMPARE(m.variables[1].count, std::optional<qint64>()); // a withheld count stays unknown
    QCOMPARE(m.variables[3].sites, QStringList { QStringLiteral("b") });
}

void tst_Federation::reportsTypeConflicts()
{
    using VT = protocol::VariableType;
    protocol::CatalogueDataset da;
    da.variables << variable(QStringLiteral("x"), VT::Numeric);
    protocol::CatalogueDataset db;
    db.variables << variable(QStringLiteral("x"), VT::Categorical, { QStringLiteral("u") });
    const SiteCatalogue a { QStringLiteral("a"), protocol::Catalogue { { da } }, {} };
    const SiteCatalogue b { QStringLiteral("b"), protocol::Catalogue { { db } }, {} };
    const MergedCatalogue m = mergeCatalogues({ a, b });
    QCOMPARE(m.conflicts.size(), 1);
    QVERIFY(m.conflicts.first().contains(QLatin1String("numeric at site a")));
    QVERIFY(m.conflicts.first().contains(QLatin1String("categorical at site b")));
}

void tst_Federation::modelVariablesInOrder()
{
    auto spec
        = analysis::parseFormula("y ~ a + log(b) + a:c + c + offset(t)", analysis::Family::Poisson);
    QVERIFY(spec);
    analysis::ModelSpec s = *spec;
    s.filters.push_back({ "region", std::nullopt, std::nullopt, { "north" } });
    s.filters.push_back({ "a", 0.0, 5.0, {} });
    QCOMPARE(modelVariables(s), (std::vector<std::string> { "y", "a", "b", "c", "t", "region" }));
}

void tst_Federation::checksNodeInfo_data()
{
    QTest::addColumn<QString>("protocolVersion");
    QTest::addColumn<QStringList>("modes");
    QTest::addColumn<QString>("dataset");
    QTest::addColumn<QString>("code"); // empty = accepted
    const QStringList plain { QStringLiteral("plain") };
    const QString major = QString::number(protocol::kProtocolMajor);
    QTest::newRow("ok") << major + QStringLiteral(".0") << plain << QStringLiteral("cohort")
                        << QString();
    QTest::newRow("newer minor") << major + QStringLiteral(".7") << plain << QString() << QString();
    QTest::newRow("other major") << QString::number(protocol::kProtocolMajor + 1)
            + QStringLiteral(".0")
                                 << plain << QString() << QStringLiteral("protocol-version");
    QTest::newRow("older major") << QString::number(protocol::kProtocolMajor - 1)
            + QStringLiteral(".0")
                                 << plain << QString() << QStringLiteral("protocol-version");
    // The mode is the study's choice (chooseMode, tst_studychecks), not a condition of info.
    QTest::newRow("masked only") << major + QStringLiteral(".0")
                                 << QStringList { QStringLiteral("masked") } << QString()
                                 << QString();
    QTest::newRow("no dataset") << major + QStringLiteral(".0") << plain << QStringLiteral("other")
                                << QStringLiteral("unknown-dataset");
}

void tst_Federation::checksNodeInfo()
{
    QFETCH(QString, protocolVersion);
    QFETCH(QStringList, modes);
    QFETCH(QString, dataset);
    QFETCH(QString, code);
    protocol::NodeInfo info;
    info.protocolVersion = protocolVersion;
    info.aggregationModes = modes;
    info.datasets = { QStringLiteral("cohort") };
    const auto problem = checkNodeInfo({ QStringLiteral("north"), {}, {}, {} }, info, dataset);
    QCOMPARE(problem ? problem->code : QString(), code);
    if (problem) {
        QCOMPARE(problem->site, QStringLiteral("north"));
        QVERIFY(problem->message.contains(QLatin1String("north")));
    }
}

void tst_Federation::checksVariables()
{
    protocol::CatalogueDataset d;
    d.name = QStringLiteral("cohort");
    d.variables << variable(QStringLiteral("a"), protocol::VariableType::Numeric);
    QVERIFY(!checkVariables(QStringLiteral("s"), d, { "a" }));
    const auto problem = checkVariables(QStringLiteral("s"), d, { "a", "zz" });
    QVERIFY(problem);
    QVERIFY(problem->message.contains(QLatin1String("'zz'")));
    QVERIFY(problem->message.contains(QLatin1String("Site s")));
}

void tst_Federation::pooledQuantileOneSite()
{
    // One site, evenly spread counts: the quantile function is linear.
    protocol::ReleasedHistogram h;
    h.edges = analysis::evenEdges(0, 10, 10);
    h.counts.assign(10, 10.0);
    QCOMPARE(pooledQuantile({ h }, 0.5), 5.0);
    QCOMPARE(pooledQuantile({ h }, 0.05), 0.5);
    QCOMPARE(pooledQuantile({ h }, 0.0), 0.0);
    QCOMPARE(pooledQuantile({ h }, 1.0), 10.0);
    // Agrees with the analysis library's single-histogram quantile.
    analysis::Histogram ah;
    ah.edges = h.edges;
    ah.counts = { 1, 2, 5, 10, 20, 20, 10, 5, 2, 1 };
    h.counts = ah.counts;
    for (double q : { 0.1, 0.35, 0.5, 0.65, 0.9 })
        QVERIFY(std::abs(pooledQuantile({ h }, q) - analysis::histogramQuantile(ah, q)) < 1e-12);
}

void tst_Federation::pooledQuantileDifferentBins()
{
    // Two sites whose bins were merged differently: uniform on [0, 10] at both, so the pooled
    // distribution is uniform and every quantile is 10 q.
    protocol::ReleasedHistogram a;
    a.edges = { 0, 5, 10 };
    a.counts = { 50, 50 };
    protocol::ReleasedHistogram b;
    b.edges = { 0, 1, 2, 3, 4, 6, 10 };
    b.counts = { 10, 10, 10, 10, 20, 40 };
    for (double q : { 0.05, 0.25, 0.5, 0.73, 0.95 })
        QVERIFY2(std::abs(pooledQuantile({ a, b }, q) - 10 * q) < 1e-9,
                 qPrintable(QString::number(q)));
}

void tst_Federation::pooledQuantileEmpty()
{
    QVERIFY(std::isnan(pooledQuantile({}, 0.5)));
    protocol::ReleasedHistogram withheld; // empty edges: withheld by the site
    QVERIFY(std::isnan(pooledQuantile({ withheld }, 0.5)));
}

void tst_Federation::poolsDescriptives()
{
    SiteDescriptives a { QStringLiteral("a"), {} };
    a.response.cohortSize = 4;
    a.response.numeric << numeric(QStringLiteral("x"), 4, 2.5, 5.0); // 1, 2, 3, 4
    protocol::CategoricalDescription ca;
    ca.variable = QStringLiteral("sex");
    ca.missing = 0;
    ca.levels << protocol::CatalogueLevel { QStringLiteral("f"), 20 }
              << protocol::CatalogueLevel { QStringLiteral("m"), std::nullopt };
    a.response.categorical << ca;
    SiteDescriptives b { QStringLiteral("b"), {} };
    b.response.cohortSize = 2;
    b.response.numeric << numeric(QStringLiteral("x"), 2, 10.5, 0.5); // 10, 11
    protocol::CategoricalDescription cb = ca;
    cb.levels[1].count = 30;
    b.response.categorical << cb;

    const PooledDescriptives p = poolDescriptives({ a, b });
    QCOMPARE(p.cohortSize, qint64(6));
    QCOMPARE(p.numeric.size(), 1);
    // 1, 2, 3, 4, 10, 11: mean 31/6, sample variance from R: var(c(1,2,3,4,10,11)) = 18.16667
    QVERIFY(std::abs(p.numeric[0].moments.mean - 31.0 / 6) < 1e-12);
    QVERIFY(std::abs(p.numeric[0].moments.variance() - 18.166666666666668) < 1e-9);
    QCOMPARE(p.categorical.size(), 1);
    QCOMPARE(p.categorical[0].levels[0].count, std::optional<qint64>(40));
    QCOMPARE(p.categorical[0].levels[1].count, std::optional<qint64>());
    QCOMPARE(p.categorical[0].levels[1].withheldAt, QStringList { QStringLiteral("a") });
}

void tst_Federation::descriptivesRequestOfCohort()
{
    auto spec = analysis::parseFormula("y ~ scale(a) + rcs(b, 4)", analysis::Family::Binomial);
    QVERIFY(spec);
    analysis::ModelSpec s = *spec;
    s.filters.push_back({ "region", std::nullopt, std::nullopt, { "north" } });
    RunOptions options;
    options.purpose = QStringLiteral("research");
    options.dataset = QStringLiteral("cohort");
    const protocol::DescriptivesRequest r
        = cohortDescriptives(options, s, { "a", "b" }, { { "b", { 0.0, 1.0, 2.0 } } });
    QCOMPARE(r.purpose, QStringLiteral("research"));
    QCOMPARE(r.completeCases,
             (QStringList { QStringLiteral("y"), QStringLiteral("a"), QStringLiteral("b") }));
    QCOMPARE(r.filters.size(), size_t(1));
    QCOMPARE(r.variables.size(), 2);
    QVERIFY(r.variables[0].histogramEdges.empty());
    QCOMPARE(r.variables[1].histogramEdges.size(), size_t(1));
}

QTEST_GUILESS_MAIN(tst_Federation)
#include "tst_federation.moc"

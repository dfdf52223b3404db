// SPDX-License-Identifier: GPL-3.0-or-later
// The catalogue and sites models: the union of the sites' variables, per-site availability, the
// search, drag data, and QAbstractItemModelTester on every change.
#include "fairstart/ui/catalogue/cataloguemodel.h"
#include "fairstart/ui/sites/sitesmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTranslator>

using namespace fairstart;
using namespace fairstart::ui;

namespace {

SiteCatalogue site(const QString &name, const QList<protocol::CatalogueVariable> &variables)
{
    SiteCatalogue s;
    s.site = name;
    protocol::CatalogueDataset ds;
    ds.name = QStringLiteral("cohort");
    ds.variables = variables;
    s.catalogue.datasets = { ds };
    return s;
}

protocol::CatalogueVariable var(const char *name, protocol::VariableType type,
                                std::initializer_list<const char *> levels = {},
                                const char *label = "")
{
    protocol::CatalogueVariable v;
    v.name = QString::fromLatin1(name);
    v.type = type;
    v.label = QString::fromUtf8(label);
    v.count = 120;
    v.missing = 0;
    for (const char *level : levels) {
        const QString l = QString::fromLatin1(level);
        v.levels.append({ l, l == QLatin1String("rare") ? protocol::ReleasedCount() : 60 });
    }
    return v;
}

QList<SiteCatalogue> twoSites()
{
    using T = protocol::VariableType;
    return { site(QStringLiteral("north"),
                  { var("age", T::Numeric, {}, "Age of the mother"),
                    var("smoke", T::Binary, { "no", "yes" }, "Smoked in pregnancy"),
                    var("region", T::Categorical, { "east", "west" }) }),
             site(QStringLiteral("south"),
                  { var("age", T::Numeric), var("region", T::Categorical, { "rare", "west" }),
                    var("income", T::Numeric, {}, "Household income") }) };
}

int rowOf(const CatalogueModel &model, const char *name)
{
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.entries().at(r).variable.name == QLatin1String(name))
            return r;
    }
    return -1;
}

} // namespace

class tst_CatalogueModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void unionAndAvailability();
    void search_data();
    void search();
    void dragCarriesVariable();
    void sitesModelShape();
    void prevalenceAndMissingness();

private:
    QTranslator m_english;
};

void tst_CatalogueModel::initTestCase()
{
    // The English plural forms, embedded like the Dutch translation.
    QVERIFY(m_english.load(QStringLiteral(":/i18n/fairstart_en")));
    QCoreApplication::installTranslator(&m_english);
}

void tst_CatalogueModel::unionAndAvailability()
{
    CatalogueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setSites(twoSites());
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 4); // age, income, region, smoke
    QCOMPARE(model.columnCount(), CatalogueModel::FirstSiteColumn + 2);
    QCOMPARE(model.headerData(CatalogueModel::FirstSiteColumn, Qt::Horizontal).toString(),
             QStringLiteral("north"));
    const CatalogueEntry *region = model.entry(QStringLiteral("region"));
    QVERIFY(region);
    QCOMPARE(
        region->levels,
        (QStringList { QStringLiteral("east"), QStringLiteral("rare"), QStringLiteral("west") }));
    const CatalogueEntry *income = model.entry(QStringLiteral("income"));
    QCOMPARE(income->availableAt, (QList<bool> { false, true }));
    QCOMPARE(income->variable.label, QStringLiteral("Household income"));
    const int row = rowOf(model, "income");
    // The plural ending comes from the translation files (see the report); the count is ours.
    QVERIFY(model.index(row, CatalogueModel::AvailabilityColumn)
                .data()
                .toString()
                .startsWith(QStringLiteral("1 of 2 site")));
    QCOMPARE(model.index(row, CatalogueModel::FirstSiteColumn).data().toString(),
             QStringLiteral("—"));
    QCOMPARE(model.index(row, CatalogueModel::FirstSiteColumn + 1).data().toString(),
             QStringLiteral("≈ 120"));
    model.setSites({});
    QCOMPARE(model.rowCount(), 0);
}

void tst_CatalogueModel::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("found");
    QTest::newRow("name") << QStringLiteral("ag") << QStringList { QStringLiteral("age") };
    QTest::newRow("label") << QStringLiteral("pregnancy")
                           << QStringList { QStringLiteral("smoke") };
    QTest::newRow("level") << QStringLiteral("west") << QStringList { QStringLiteral("region") };
    QTest::newRow("case") << QStringLiteral("INCOME") << QStringList { QStringLiteral("income") };
    QTest::newRow("nothing") << QStringLiteral("zzz") << QStringList {};
}

void tst_CatalogueModel::search()
{
    QFETCH(QString, text);
    QFETCH(QStringList, found);
    CatalogueModel model;
    model.setSites(twoSites());
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setFilterRole(CatalogueModel::SearchTextRole);
    proxy.setFilterKeyColumn(CatalogueModel::NameColumn);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setFilterFixedString(text);
    QStringList names;
    for (int r = 0; r < proxy.rowCount(); ++r)
        names.append(proxy.index(r, 0).data().toString());
    QCOMPARE(names, found);
}

void tst_CatalogueModel::dragCarriesVariable()
{
    CatalogueModel model;
    model.setSites(twoSites());
    const int row = rowOf(model, "smoke");
    std::unique_ptr<QMimeData> mime(model.mimeData({ model.index(row, 0) }));
    QVERIFY(mime);
    const QJsonObject o
        = QJsonDocument::fromJson(mime->data(CatalogueModel::variableMimeType())).object();
    QCOMPARE(o.value(QStringLiteral("name")).toString(), QStringLiteral("smoke"));
    // Yes/no is a 0/1 number at the node: dropped, it is a binary predictor, not a factor whose
    // levels "no"/"yes" the node could not resolve.
    QCOMPARE(o.value(QStringLiteral("categorical")).toBool(), false);
    const std::unique_ptr<QMimeData> region(
        model.mimeData({ model.index(rowOf(model, "region"), 0) }));
    QCOMPARE(QJsonDocument::fromJson(region->data(CatalogueModel::variableMimeType()))
                 .object()
                 .value(QStringLiteral("categorical"))
                 .toBool(),
             true);
    QVERIFY(model.flags(model.index(row, 0)) & Qt::ItemIsDragEnabled);
}

void tst_CatalogueModel::sitesModelShape()
{
    SitesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSites({ { QStringLiteral("north"), QStringLiteral("https://127.0.0.1:1"),
                       QStringLiteral("sha256//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="),
                       QStringLiteral("token") } });
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, SitesModel::NameColumn).data().toString(), QStringLiteral("north"));
    QCOMPARE(model.index(0, SitesModel::StatusColumn).data().toString(),
             QStringLiteral("Not checked"));
    // Nothing listens on port 1: the check ends in a problem, in words, without blocking.
    QSignalSpy updated(&model, &SitesModel::siteUpdated);
    model.refresh();
    QCOMPARE(model.index(0, SitesModel::StatusColumn).data().toString(),
             QStringLiteral("Checking…"));
    QTRY_COMPARE_WITH_TIMEOUT(model.index(0, 0).data(SitesModel::StateRole).toInt(),
                              int(SiteStatus::Problem), 15000);
    QVERIFY(!model.index(0, SitesModel::PolicyColumn).data().toString().isEmpty());
    QVERIFY(model.catalogues().isEmpty());
}

// Issue 17: the catalogue shows prevalence and missingness, rounded, withheld where small.
void tst_CatalogueModel::prevalenceAndMissingness()
{
    using T = protocol::VariableType;
    protocol::CatalogueVariable smoke = var("smoke", T::Binary);
    smoke.levels = { { QStringLiteral("0"), 90 }, { QStringLiteral("1"), 30 } };
    smoke.missing = 20;
    protocol::CatalogueVariable age = var("age", T::Numeric);
    age.missing = protocol::ReleasedCount(); // 1 to 9 records without a value: withheld
    protocol::CatalogueVariable rare = var("rare_event", T::Binary);
    rare.levels
        = { { QStringLiteral("0"), 120 }, { QStringLiteral("1"), protocol::ReleasedCount() } };
    protocol::CatalogueVariable region = var("region", T::Categorical, { "east", "rare", "west" });
    CatalogueModel model;
    model.setSites({ site(QStringLiteral("north"), { smoke, age, rare, region }) });
    const int column = CatalogueModel::FirstSiteColumn;
    auto cell = [&](const char *name, int role = Qt::DisplayRole) {
        return model.index(rowOf(model, name), column).data(role).toString();
    };
    QCOMPARE(cell("smoke"), QStringLiteral("≈ 120 · 25% yes · ≈ 20 missing"));
    QCOMPARE(cell("age"), QStringLiteral("≈ 120 · < 10 missing"));
    QCOMPARE(cell("rare_event"), QStringLiteral("≈ 120 · < 10 yes"));
    QCOMPARE(cell("region"), QStringLiteral("≈ 120"));
    const QString levels = cell("region", Qt::ToolTipRole);
    QVERIFY2(levels.contains(QStringLiteral("east: ≈ 60 (50%)")), qPrintable(levels));
    QVERIFY2(levels.contains(QStringLiteral("rare: < 10")), qPrintable(levels));
}

QTEST_GUILESS_MAIN(tst_CatalogueModel)
#include "tst_cataloguemodel.moc"

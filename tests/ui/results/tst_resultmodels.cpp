// SPDX-License-Identifier: GPL-3.0-or-later
// The result tables: every model through QAbstractItemModelTester, values equal to the result,
// CSV export, and withheld counts that never appear as numbers (on screen or in the CSV).
#include "fairstart/ui/dashboard/dashboardview.h"
#include "fairstart/ui/results/coefficientmodel.h"
#include "fairstart/ui/results/descriptivesmodels.h"
#include "fairstart/ui/results/export.h"
#include "fairstart/ui/results/format.h"
#include "fairstart/ui/results/sitemodels.h"

#include "simulatedreport.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace fairstart;
using namespace fairstart::ui;

namespace {

// RFC 4180: quoted fields may hold commas, quotes ("") and line breaks.
QList<QByteArrayList> parseCsv(const QByteArray &csv)
{
    QList<QByteArrayList> rows;
    QByteArrayList row;
    QByteArray field;
    bool quoted = false;
    for (qsizetype i = 0; i < csv.size(); ++i) {
        const char ch = csv[i];
        if (quoted) {
            if (ch == '"' && i + 1 < csv.size() && csv[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (ch == '"') {
                quoted = false;
            } else {
                field += ch;
            }
        } else if (ch == '"') {
            quoted = true;
        } else if (ch == ',') {
            row << field;
            field.clear();
        } else if (ch == '\r') {
            continue;
        } else if (ch == '\n') {
            row << field;
            field.clear();
            rows << row;
            row.clear();
        } else {
            field += ch;
        }
    }
    return rows;
}

} // namespace

class tst_ResultModels : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void coefficients();
    void coefficientCsv();
    void siteModels();
    void withheldCategories();
    void withheldTwoWayCells();
    void withheldIndicator();
    void numericSummary();
    void csvQuoting();
    void typedNumbers();

private:
    testing::SimulatedFederation m_fed;
    analysis::DataTable m_small; // a small site: some counts fall below the threshold
};

void tst_ResultModels::initTestCase()
{
    m_fed = testing::simulateFederation(500);
    m_small = testing::simulateSite(70, 77, 0.0);
}

void tst_ResultModels::coefficients()
{
    CoefficientModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const analysis::GlmResult &glm = m_fed.report.glm;
    model.setResult(glm);
    QCOMPARE(model.rowCount(), int(glm.coefficients.size()));
    QCOMPARE(model.columnCount(), int(CoefficientModel::ColumnCount));
    for (int r = 0; r < model.rowCount(); ++r) {
        const analysis::Coefficient &c = glm.coefficients[std::size_t(r)];
        // The export names the design column; the screen marks the intercept's baseline odds,
        // on a line of its own (branch walk3: long terms take two lines on screen).
        QCOMPARE(model.index(r, CoefficientModel::TermColumn).data(ExportRole).toString(),
                 QString::fromStdString(c.term));
        if (c.term == "(Intercept)")
            QCOMPARE(model.index(r, CoefficientModel::TermColumn).data().toString(),
                     QStringLiteral("(Intercept)\n(OR: baseline odds)"));
        QCOMPARE(model.index(r, CoefficientModel::EstimateColumn).data(ValueRole).toDouble(),
                 c.estimate);
        QCOMPARE(model.index(r, CoefficientModel::StdErrorColumn).data(ValueRole).toDouble(),
                 c.stdError);
        QCOMPARE(model.index(r, CoefficientModel::PValueColumn).data(ValueRole).toDouble(),
                 c.pValue);
        QCOMPARE(model.index(r, CoefficientModel::RatioColumn).data(ValueRole).toDouble(),
                 *c.ratio);
        QCOMPARE(model.index(r, CoefficientModel::RatioUpperColumn).data(ValueRole).toDouble(),
                 *c.ratioUpper);
    }
    QCOMPARE(model.headerData(CoefficientModel::RatioColumn, Qt::Horizontal, ExportRole).toString(),
             QStringLiteral("Odds ratio"));
    // On screen the abbreviation, its name in the tooltip.
    QCOMPARE(model.headerData(CoefficientModel::RatioColumn, Qt::Horizontal).toString(),
             QStringLiteral("OR"));
    QCOMPARE(
        model.headerData(CoefficientModel::RatioColumn, Qt::Horizontal, Qt::ToolTipRole).toString(),
        QStringLiteral("Odds ratio"));

    analysis::GlmResult gaussian = glm;
    gaussian.family = analysis::Family::Gaussian;
    model.setResult(gaussian);
    QCOMPARE(model.columnCount(), int(CoefficientModel::RatioColumn));
}

void tst_ResultModels::coefficientCsv()
{
    CoefficientModel model;
    model.setResult(m_fed.report.glm);
    const QList<QByteArrayList> rows = parseCsv(tableToCsv(&model));
    QCOMPARE(rows.size(), model.rowCount() + 1);
    QCOMPARE(rows[0][0], QByteArray("Term"));
    for (int r = 0; r < model.rowCount(); ++r) {
        const analysis::Coefficient &c = m_fed.report.glm.coefficients[std::size_t(r)];
        // Full precision: the CSV reads back to the same double.
        QCOMPARE(rows[r + 1][CoefficientModel::EstimateColumn].toDouble(), c.estimate);
        QCOMPARE(rows[r + 1][CoefficientModel::RatioLowerColumn].toDouble(), *c.ratioLower);
    }
}

void tst_ResultModels::siteModels()
{
    SiteModel sites;
    QAbstractItemModelTester t1(&sites, QAbstractItemModelTester::FailureReportingMode::QtTest);
    sites.setReport(m_fed.report);
    QCOMPARE(sites.rowCount(), 3);
    for (int r = 0; r < 3; ++r) {
        QCOMPARE(sites.index(r, SiteModel::AucColumn).data(ValueRole).toDouble(),
                 m_fed.report.perSite[r].metrics->auc);
        QCOMPARE(sites.index(r, SiteModel::CohortColumn).data(ValueRole).toDouble(),
                 double(m_fed.designs[std::size_t(r)].n()));
    }

    SiteEstimatesModel estimates;
    QAbstractItemModelTester t2(&estimates, QAbstractItemModelTester::FailureReportingMode::QtTest);
    estimates.setReport(m_fed.report);
    QCOMPARE(estimates.rowCount(), int(m_fed.report.glm.coefficients.size()));
    QCOMPARE(estimates.columnCount(), 1 + 3 + 4);
    for (int term = 0; term < estimates.rowCount(); ++term) {
        std::vector<double> b, s;
        for (int site = 0; site < 3; ++site) {
            const analysis::Coefficient &c
                = m_fed.report.perSiteFits[site].glm->coefficients[std::size_t(term)];
            QCOMPARE(estimates.index(term, 1 + site).data(ValueRole).toDouble(), c.estimate);
            b.push_back(c.estimate);
            s.push_back(c.stdError);
        }
        const std::optional<Heterogeneity> h = cochranQ(b, s);
        QVERIFY(h);
        // Columns: term, three sites, pooled, Q, p, I².
        QCOMPARE(estimates.index(term, 4).data(ValueRole).toDouble(), h->pooled);
        QCOMPARE(estimates.index(term, 5).data(ValueRole).toDouble(), h->q);
        QCOMPARE(estimates.index(term, 6).data(ValueRole).toDouble(), h->p);
        QCOMPARE(estimates.index(term, 7).data(ValueRole).toDouble(), h->i2);
    }
}

void tst_ResultModels::withheldCategories()
{
    const int threshold = 10;
    const protocol::DescriptivesResponse d
        = testing::simulatedDescriptives(m_small, QStringLiteral("small"), threshold);
    const analysis::CategoricalSummary truth
        = testing::check(analysis::describeCategorical(m_small, "deprivation"), "truth");
    const protocol::CategoricalDescription &dep = d.categorical[2];
    QCOMPARE(dep.variable, QStringLiteral("deprivation"));

    CategoryCountModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDescription(dep, d.cohortSize, threshold);
    const QList<QByteArrayList> csv = parseCsv(tableToCsv(&model));
    int withheld = 0;
    for (int r = 0; r < int(dep.levels.size()); ++r) {
        const double trueCount = truth.levelCounts.at(dep.levels[r].name.toStdString());
        const QModelIndex count = model.index(r, CategoryCountModel::CountColumn);
        if (trueCount < threshold) {
            ++withheld;
            QCOMPARE(count.data().toString(), QStringLiteral("< 10"));
            QVERIFY(count.data(WithheldRole).toBool());
            QVERIFY(!count.data(ValueRole).isValid());
            QCOMPARE(model.index(r, CategoryCountModel::PercentColumn).data().toString(),
                     QString());
            QCOMPARE(csv[r + 1][CategoryCountModel::CountColumn], QByteArray("< 10"));
            QCOMPARE(csv[r + 1][CategoryCountModel::PercentColumn], QByteArray());
            // The true value appears nowhere in the row, on screen or in the CSV.
            for (int c = 0; c < model.columnCount(); ++c) {
                QVERIFY(model.index(r, c).data().toString() != QString::number(qint64(trueCount)));
            }
            QVERIFY(!csv[r + 1].contains(QByteArray::number(qint64(trueCount))));
        } else {
            QCOMPARE(count.data(ValueRole).toDouble(), trueCount);
            QCOMPARE(csv[r + 1][CategoryCountModel::CountColumn],
                     QByteArray::number(qint64(trueCount)));
        }
    }
    QVERIFY2(withheld > 0, "the small site must have a withheld level for this test to bite");
}

void tst_ResultModels::withheldTwoWayCells()
{
    const protocol::DescriptivesResponse d
        = testing::simulatedDescriptives(m_small, QStringLiteral("small"), 10);
    const analysis::TwoWayTable truth
        = testing::check(analysis::crossTabulate(m_small, "smoking", "delay"), "truth");
    TwoWayTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTable(d.tables[0], 10);
    const QList<QByteArrayList> csv = parseCsv(tableToCsv(&model, true));
    int withheld = 0;
    for (int r = 0; r < model.rowCount(); ++r) {
        for (int c = 0; c < model.columnCount(); ++c) {
            const double t = truth.at(std::size_t(r), std::size_t(c));
            const QModelIndex i = model.index(r, c);
            if (t < 10) {
                ++withheld;
                QCOMPARE(i.data().toString(), QStringLiteral("< 10"));
                QCOMPARE(csv[r + 1][c + 1], QByteArray("< 10"));
            } else {
                QCOMPARE(i.data(ValueRole).toDouble(), t);
            }
        }
    }
    QVERIFY2(withheld > 0, "the small site must have a withheld cell for this test to bite");
}

void tst_ResultModels::withheldIndicator()
{
    QList<AreaDescriptives> areas;
    areas.append({ QStringLiteral("Utrecht"),
                   testing::simulatedDescriptives(m_fed.tables[0], QStringLiteral("a")), 10 });
    areas.append({ QStringLiteral("Small town"),
                   testing::simulatedDescriptives(m_small, QStringLiteral("b")), 10 });
    IndicatorModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const analysis::CategoricalSummary truth
        = testing::check(analysis::describeCategorical(m_small, "deprivation"), "truth");
    QString withheldLevel;
    for (const auto &[level, count] : truth.levelCounts) {
        if (count < 10)
            withheldLevel = QString::fromStdString(level);
    }
    QVERIFY(!withheldLevel.isEmpty());
    model.setData(areas, { QStringLiteral("deprivation"), withheldLevel });
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.count(0));
    QVERIFY(!model.count(1));
    QVERIFY(!model.rate(1));
    QCOMPARE(model.index(1, IndicatorModel::CountColumn).data().toString(), QStringLiteral("< 10"));
    const QByteArray csv = tableToCsv(&model);
    const QList<QByteArrayList> rows = parseCsv(csv);
    const double trueCount = truth.levelCounts.at(withheldLevel.toStdString());
    QVERIFY(!rows[2].contains(QByteArray::number(qint64(trueCount))));
    QCOMPARE(rows[2][IndicatorModel::CountColumn], QByteArray("< 10"));
    const double released = double(*model.count(0));
    QCOMPARE(*model.rate(0), released / *model.denominator(0));
}

void tst_ResultModels::numericSummary()
{
    const protocol::DescriptivesResponse d
        = testing::simulatedDescriptives(m_fed.tables[0], QStringLiteral("a"));
    NumericSummaryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDescriptions(d.numeric, 10);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, NumericSummaryModel::MeanColumn).data(ValueRole).toDouble(),
             d.numeric[0].moments.mean);
    QCOMPARE(model.index(0, NumericSummaryModel::SdColumn).data(ValueRole).toDouble(),
             d.numeric[0].moments.sd());
}

void tst_ResultModels::csvQuoting()
{
    protocol::ReleasedTable t;
    t.rowVariable = QStringLiteral("a");
    t.columnVariable = QStringLiteral("b");
    t.rowLevels = { QStringLiteral("x, \"quoted\""), QStringLiteral("=cmd()") };
    t.columnLevels = { QStringLiteral("y") };
    t.counts = { qint64(12), std::nullopt };
    TwoWayTableModel model;
    model.setTable(t, 5);
    const QByteArray csv = tableToCsv(&model, true);
    QVERIFY(csv.contains("\"a = x, \"\"quoted\"\"\",12\r\n"));
    QVERIFY(csv.contains("'a = =cmd()") || csv.contains("a = =cmd()"));
    QVERIFY(csv.contains(",< 5\r\n"));
}

// Numbers the user types read in the locale, and a list keeps working where the comma is the
// decimal point (Dutch, German, French): there it is separated by semicolons.
void tst_ResultModels::typedNumbers()
{
    const QLocale before;
    QLocale::setDefault(QLocale(QStringLiteral("nl_NL")));
    QCOMPARE(parseNumber(QStringLiteral(" 0,25 ")), std::optional<double>(0.25));
    QCOMPARE(parseNumber(QStringLiteral("0.25")), std::optional<double>(0.25));
    QCOMPARE(parseNumber(QStringLiteral("abc")), std::nullopt);
    QCOMPARE(numberListText({ 0.1, 0.25 }), QStringLiteral("0,1; 0,25"));
    QStringList rejected;
    QCOMPARE(parseNumberList(QStringLiteral("0,1; 0,25;x;"), &rejected),
             (QList<double> { 0.1, 0.25 }));
    QCOMPARE(rejected, QStringList { QStringLiteral("x") });
    QCOMPARE(parseNumberList(numberListText({ 0.05, 0.3 })), (QList<double> { 0.05, 0.3 }));
    QLocale::setDefault(QLocale(QStringLiteral("en_GB")));
    QCOMPARE(numberListText({ 0.1, 0.25 }), QStringLiteral("0.1, 0.25"));
    QCOMPARE(parseNumberList(QStringLiteral("0.1, 0.25; 0.5")), (QList<double> { 0.1, 0.25, 0.5 }));
    QLocale::setDefault(before);
}

QTEST_MAIN(tst_ResultModels)
#include "tst_resultmodels.moc"

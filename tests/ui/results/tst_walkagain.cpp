// SPDX-License-Identifier: GPL-3.0-or-later
// What the second walk through the workbench showed (docs/walkthrough.md, "Second walk"), one
// test per thing seen, each failing before its fix: report section 10 with a column per site
// (ten sites did not fit A4), odd ticks on the calibration, predicted-risk and histogram charts,
// and a withheld bar whose "< 10" vanished from its label and legend (Qt Charts reads labels as
// HTML, so "<" opened a tag).
#include "fairstart/ui/dashboard/dashboardview.h"
#include "fairstart/ui/dashboard/trendchart.h"
#include "fairstart/ui/report/parentsheet.h"
#include "fairstart/ui/report/tripodreport.h"
#include "fairstart/ui/results/charts.h"
#include "fairstart/ui/results/coefficientmodel.h"
#include "fairstart/ui/results/format.h"
#include "fairstart/ui/results/resultsview.h"
#include "fairstart/ui/results/sitemodels.h"
#include "fairstart/ui/reviewer/reviewerwindow.h"
#include "fairstart/ui/rundialog.h"

#include "fairstart/translations/language.h"

#include "simulatedreport.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHeaderView>
#include <QLegend>
#include <QLegendMarker>
#include <QPdfWriter>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>
#include <QValueAxis>
#include <QtTest>

#include <cmath>
#include <memory>

using namespace fairstart;
using namespace fairstart::ui;
using namespace fairstart::testing;

namespace {

QValueAxis *valueAxis(QChart *chart, Qt::Orientation orientation)
{
    for (QAbstractAxis *a : chart->axes(orientation)) {
        if (auto v = qobject_cast<QValueAxis *>(a))
            return v;
    }
    return nullptr;
}

// A step between ticks is round when it is 1, 2 or 5 times a power of ten.
bool roundStep(const QValueAxis *axis)
{
    if (axis->tickCount() < 2)
        return false;
    const double step = (axis->max() - axis->min()) / (axis->tickCount() - 1);
    const double power = std::pow(10.0, std::floor(std::log10(step) + 1e-9));
    const double mantissa = step / power;
    for (double m : { 1.0, 2.0, 2.5, 5.0, 10.0 }) {
        if (std::abs(mantissa - m) < 1e-6)
            return std::abs(axis->min() / step - std::round(axis->min() / step)) < 1e-6;
    }
    return false;
}

QString plain(const QString &html)
{
    QTextDocument doc;
    doc.setHtml(html);
    return doc.toPlainText();
}

// A line of the block starts inside a word: not after a space, a hyphen, an underscore or the
// break allowed after them (a cell too narrow for its longest word breaks it letter by letter).
bool brokenInsideAWord(const QTextBlock &block)
{
    QTextLayout *lines = block.layout();
    const QString text = block.text();
    for (int i = 1; i < lines->lineCount(); ++i) {
        const QChar before = text.at(lines->lineAt(i).textStart() - 1);
        if (!before.isSpace() && !QStringLiteral("-_/–,;\u200B").contains(before))
            return true;
    }
    return false;
}

// The federation's report with `n` sites, each with its own fit (the simulated sites' fits
// repeated under new names).
protocol::FitReport manySites(const protocol::FitReport &base, int n)
{
    protocol::FitReport r = base;
    r.perSiteFits.clear();
    r.perSite.clear();
    r.sites.clear();
    for (int i = 0; i < n; ++i) {
        protocol::SiteFit fit = base.perSiteFits[i % base.perSiteFits.size()];
        fit.site = QStringLiteral("gemeente-nieuwegein-%1").arg(i + 1, 2, 10, QLatin1Char('0'));
        r.perSiteFits << fit;
        protocol::SitePerformance p = base.perSite[i % base.perSite.size()];
        p.site = fit.site;
        r.perSite << p;
        protocol::SiteRecord s = base.sites[i % base.sites.size()];
        s.name = fit.site;
        r.sites << s;
    }
    protocol::SiteFit none;
    none.site = QStringLiteral("jgz-zeeland");
    none.note = QStringLiteral("separation at this site (smoking)");
    r.perSiteFits << none;
    return r;
}

// Years 2015-2020 by smoking no/yes, every cell released.
AreaDescriptives trendArea(const QString &name, int shift)
{
    AreaDescriptives a;
    a.area = name;
    protocol::CategoricalDescription smoking;
    smoking.variable = QStringLiteral("smoking");
    smoking.levels = { { QStringLiteral("no"), 400 }, { QStringLiteral("yes"), 60 } };
    a.descriptives.categorical = { smoking };
    protocol::ReleasedTable t;
    t.rowVariable = QStringLiteral("birth_year");
    t.columnVariable = QStringLiteral("smoking");
    for (int y = 2015; y <= 2020; ++y) {
        t.rowLevels << QString::number(y);
        t.counts << protocol::ReleasedCount(100 + 3 * y % 7) << protocol::ReleasedCount(30 + shift);
    }
    t.columnLevels = { QStringLiteral("no"), QStringLiteral("yes") };
    a.descriptives.trends = { t };
    return a;
}

} // namespace

class tst_WalkAgain : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void reportSectionTenFitsA4_data();
    void reportSectionTenFitsA4();
    void chartTicksAreRound();
    void withheldBarSaysWhy();
    void trendTabReadsAsTheOtherTabs();
    void maskedSitesTableReadable();
    // The third walk (docs/walkthrough.md, "Third walk").
    void coefficientTableFitsWithoutScrolling();
    void trendTableNumbersRightAligned();
    void purposesInTheUsersLanguage();
    void reportTableHeadersWholeInDutch();
    // The walk of 2026-12-04 (docs/walkthrough.md, "Third walk (2026-12-04)").
    void reportAndParentSheetReadAsWritten();
    void reviewerWindowOpensAtAReadableSize();
    void coefficientTableLastColumnNotStretched();

private:
    SimulatedFederation m_fed = simulateFederation(1500);
};

// Section 10 had a column per site: at ten sites the columns were a few letters wide, numbers
// broke and the table ran off the page. Sites are rows now, the terms spread over tables that fit.
void tst_WalkAgain::reportSectionTenFitsA4_data()
{
    QTest::addColumn<int>("sites");
    QTest::newRow("3") << 3;
    QTest::newRow("10") << 10;
    QTest::newRow("30") << 30;
}

void tst_WalkAgain::reportSectionTenFitsA4()
{
    QFETCH(int, sites);
    const protocol::FitReport r = manySites(m_fed.report, sites);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    setUpReportPage(&writer);
    std::unique_ptr<QTextDocument> doc(buildTripodReport(r, reportOptionsFor(r), &writer));
    const qreal pageWidth = doc->pageSize().width();
    const qreal dpi = writer.logicalDpiX();
    QAbstractTextDocumentLayout *layout = doc->documentLayout();
    int siteCells = 0;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        const QTextCursor cursor(block);
        QTextTable *table = cursor.currentTable();
        if (!table)
            continue;
        // No table wider than a handful of columns, none running off the page.
        QVERIFY2(table->columns() <= 6, qPrintable(QString::number(table->columns())));
        QVERIFY(layout->frameBoundingRect(table).right() <= pageWidth + dpi * 0.5 / 25.4);
        // No word broken letter by letter, header cells included.
        const QString text = block.text();
        QVERIFY2(!brokenInsideAWord(block), qPrintable(text));
        if (text.startsWith(QStringLiteral("gemeente-\u200Bnieuwegein-\u200B")))
            ++siteCells;
    }
    // Every site is a row of each table of estimates (and of the missing-data tables).
    const int estimateTables = int(std::ceil(m_fed.report.glm.coefficients.size() / 4.0));
    QVERIFY2(siteCells >= sites * (estimateTables + 1), qPrintable(QString::number(siteCells)));
    const QString html = tripodReportHtml(r, reportOptionsFor(r));
    QVERIFY(html.contains(QStringLiteral("jgz-zeeland: separation at this site (smoking)")));
}

// Calibration ticks at 0.070, 0.140; predicted risk at 0.14, 0.27 and 5.4, 10.8 %; a histogram
// of birth weights at 800, 2,000.0, 3,200.0 with "300.0" records: all seen in the screenshots.
void tst_WalkAgain::chartTicksAreRound()
{
    const analysis::PerformanceMetrics &m = *m_fed.report.performance;
    std::unique_ptr<QChart> cal(makeCalibrationChart(m, 0.0, 1.0));
    QValueAxis *cx = valueAxis(cal.get(), Qt::Horizontal);
    QValueAxis *cy = valueAxis(cal.get(), Qt::Vertical);
    QVERIFY(roundStep(cx));
    QCOMPARE(cy->min(), cx->min());
    QCOMPARE(cy->max(), cx->max());
    QCOMPARE(cy->tickCount(), cx->tickCount());

    std::unique_ptr<QChart> risk(makeRiskDistributionChart(m, 50));
    QVERIFY(roundStep(valueAxis(risk.get(), Qt::Horizontal)));
    QVERIFY(roundStep(valueAxis(risk.get(), Qt::Vertical)));

    protocol::ReleasedHistogram h;
    for (int i = 0; i <= 24; ++i)
        h.edges.push_back(800.0 + 200.0 * i);
    for (int i = 0; i < 24; ++i)
        h.counts.push_back(10 + 10 * (i % 7));
    std::unique_ptr<QChart> hist(makeHistogramChart(QStringLiteral("birthweight"), h));
    QValueAxis *hx = valueAxis(hist.get(), Qt::Horizontal);
    QValueAxis *hy = valueAxis(hist.get(), Qt::Vertical);
    QVERIFY(roundStep(hx));
    QVERIFY(hx->min() <= 800.0 && hx->max() >= 5600.0);
    QCOMPARE(hy->labelFormat(), QStringLiteral("%.0f"));
}

// A withheld level's bar said nothing: its axis label lost "< 10" and the legend read
// "Withheld (".
void tst_WalkAgain::withheldBarSaysWhy()
{
    protocol::CategoricalDescription d;
    d.variable = QStringLiteral("deprivation");
    protocol::CatalogueLevel q1;
    q1.name = QStringLiteral("q1");
    protocol::CatalogueLevel q2;
    q2.name = QStringLiteral("q2");
    q2.count = 15;
    d.levels = { q1, q2 };
    std::unique_ptr<QChart> chart(makeCategoryChart(d, 10));
    auto x = qobject_cast<QCategoryAxis *>(chart->axes(Qt::Horizontal).value(0));
    QVERIFY(x);
    QVERIFY2(plain(x->categoriesLabels().value(0)).contains(QStringLiteral("< 10")),
             qPrintable(x->categoriesLabels().value(0)));
    bool legend = false;
    for (QLegendMarker *marker : chart->legend()->markers()) {
        if (plain(marker->label()).startsWith(QStringLiteral("Withheld"))) {
            QVERIFY2(plain(marker->label()).contains(QStringLiteral("(< 10)")),
                     qPrintable(marker->label()));
            legend = true;
        }
    }
    QVERIFY(legend);
}

// The trend tab, first seen on screen: a title and axis of column names ("maternal_education =
// high per birth_year") under an indicator list of labels, ticks at 0, 12, 24, 35, 47 %, a
// "Withheld" legend entry with nothing withheld, and under it the per-area table while
// "Export table" wrote the trend's rows.
void tst_WalkAgain::trendTabReadsAsTheOtherTabs()
{
    DashboardView view;
    view.resize(900, 700);
    view.setVariableLabels({ { QStringLiteral("smoking"), QStringLiteral("Mother smokes") },
                             { QStringLiteral("birth_year"), QStringLiteral("Year of birth") } });
    view.setData({ trendArea(QStringLiteral("jgz-utrecht"), 0),
                   trendArea(QStringLiteral("umc-hospital"), 12) },
                 QStringLiteral("Site"));
    view.setIndicator({ QStringLiteral("smoking"), QStringLiteral("yes") });
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    // The count column's header as the indicator list reads; the CSV keeps the column name.
    QCOMPARE(view.model()->headerData(IndicatorModel::CountColumn, Qt::Horizontal).toString(),
             QStringLiteral("Mother smokes = yes"));
    QCOMPARE(view.model()
                 ->headerData(IndicatorModel::CountColumn, Qt::Horizontal, ExportRole)
                 .toString(),
             QStringLiteral("smoking = yes"));

    view.chartTabs()->setCurrentIndex(2);
    auto *trend = qobject_cast<QChartView *>(view.chartTabs()->currentWidget());
    QVERIFY(trend);
    QCOMPARE(view.table()->model(), view.trendModel());
    QCOMPARE(view.trendModel()->headerData(TrendModel::YearColumn, Qt::Horizontal).toString(),
             QStringLiteral("Year of birth"));
    QChart *chart = trend->chart();
    QCOMPARE(chart->title(), QStringLiteral("Mother smokes = yes by Year of birth"));
    QValueAxis *x = valueAxis(chart, Qt::Horizontal);
    QCOMPARE(x->titleText(), QStringLiteral("Year of birth"));
    // Localised, Qt Charts drew no year at all under the axis ("%d" is not a format it
    // localises); seen on screen after a first fix.
    QVERIFY(!chart->localizeNumbers());
    QVERIFY(roundStep(valueAxis(chart, Qt::Vertical)));
    for (QLegendMarker *marker : chart->legend()->markers()) {
        QVERIFY2(marker->label() != QStringLiteral("Withheld") || !marker->isVisible(),
                 "a Withheld legend entry with nothing withheld");
    }
    view.chartTabs()->setCurrentIndex(0);
    QCOMPARE(view.table()->model(), view.model());
}

// A masked run's Sites table: two empty AUC columns and each site's note ("not available in
// masked mode: …") wrapped in four lines, so that three rows filled the screen.
void tst_WalkAgain::maskedSitesTableReadable()
{
    protocol::FitReport r = m_fed.report;
    for (protocol::SitePerformance &p : r.perSite) {
        p.metrics.reset();
        p.note = QStringLiteral("not available in masked mode: the sites released only the "
                                "pooled evaluation");
    }
    ResultsView view;
    view.resize(1200, 820);
    view.setReport(r);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTableView *sites = nullptr;
    for (QTableView *t : view.findChildren<QTableView *>()) {
        if (t->accessibleName() == QStringLiteral("Sites of the run"))
            sites = t;
    }
    QVERIFY(sites);
    QVERIFY(sites->isColumnHidden(SiteModel::AucColumn));
    QVERIFY(sites->isColumnHidden(SiteModel::AucIntervalColumn));
    const int line = sites->fontMetrics().height();
    for (int row = 0; row < sites->model()->rowCount(); ++row)
        QVERIFY2(sites->rowHeight(row) < 2.5 * line,
                 qPrintable(QString::number(sites->rowHeight(row))));
    // With the AUC released, its columns are back.
    view.setReport(m_fed.report);
    QVERIFY(!sites->isColumnHidden(SiteModel::AucColumn));
}

// Third walk: below about 1300 px of window the coefficient table (ten columns: estimate, SE, the
// interval, z, p, the odds ratio and its interval) needed a horizontal scroll bar. At a window of
// 1000 px the table must fit the document beside the contents list (with two-line titles alone
// it needed 750 px in a 630 px document at a 900 px view; measured).
void tst_WalkAgain::coefficientTableFitsWithoutScrolling()
{
    ResultsView view;
    view.resize(1000, 820);
    view.setReport(m_fed.report);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCoreApplication::processEvents();
    QTableView *table = view.coefficientTable();
    QVERIFY(table->model()->columnCount() >= 10);
    int width = 0;
    QStringList widths;
    for (int c = 0; c < table->model()->columnCount(); ++c) {
        width += table->columnWidth(c);
        widths << QString::number(table->columnWidth(c));
    }
    QVERIFY2(table->horizontalScrollBar()->maximum() == 0,
             qPrintable(QStringLiteral("columns %1 px (%2) in a table %3 px wide")
                            .arg(width)
                            .arg(widths.join(QLatin1Char(' ')))
                            .arg(table->viewport()->width())));
    auto *document = view.findChild<QScrollArea *>();
    QVERIFY(document);
    QCOMPARE(document->horizontalScrollBar()->maximum(), 0);
    // The two-line titles are for the screen; a copy or export keeps one line.
    QCOMPARE(table->model()
                 ->headerData(CoefficientModel::LowerColumn, Qt::Horizontal, ExportRole)
                 .toString(),
             QStringLiteral("95% CI lower"));
}

// Third walk: the trend table's numbers stood on the left, unlike every other table's.
void tst_WalkAgain::trendTableNumbersRightAligned()
{
    TrendModel model;
    model.setData({ trendArea(QStringLiteral("jgz-utrecht"), 0) },
                  { QStringLiteral("smoking"), QStringLiteral("yes") });
    QVERIFY(model.rowCount() > 0);
    for (int c : { int(TrendModel::YearColumn), int(TrendModel::DenominatorColumn),
                   int(TrendModel::CountColumn), int(TrendModel::RateColumn) }) {
        const int alignment = model.index(0, c).data(Qt::TextAlignmentRole).toInt();
        QVERIFY2(alignment & Qt::AlignRight, qPrintable(QString::number(c)));
    }
    QVERIFY(!(model.index(0, TrendModel::AreaColumn).data(Qt::TextAlignmentRole).toInt()
              & Qt::AlignRight));
}

// Third walk: the run and validation dialogs offered "research" and "quality" (protocol
// identifiers) in a Dutch session; the dashboard's title too.
void tst_WalkAgain::purposesInTheUsersLanguage()
{
    RunDialog dialog({}, { QStringLiteral("research"), QStringLiteral("quality") },
                     { QStringLiteral("cohort") }, analysis::ModelSpec {}, false);
    auto *box = dialog.findChild<QComboBox *>();
    QVERIFY(box);
    QCOMPARE(box->itemText(0), purposeText(QStringLiteral("research")));
    QCOMPARE(box->itemText(0), QStringLiteral("Research (research)"));
    QCOMPARE(box->itemText(1), QStringLiteral("Quality of care (quality)"));
    // The sites are sent the identifier, chosen or typed.
    QCOMPARE(dialog.purpose(), QStringLiteral("research"));
    box->setCurrentIndex(1);
    QCOMPARE(dialog.purpose(), QStringLiteral("quality"));
    box->setEditText(QStringLiteral("audit"));
    QCOMPARE(dialog.purpose(), QStringLiteral("audit"));
    QCOMPARE(purposeText(QStringLiteral("audit")), QStringLiteral("audit"));
}

// Third walk, the Dutch report: table headers broke inside words where a column was narrower
// than its longest word. Every table cell of the whole report, headers included, in Dutch.
void tst_WalkAgain::reportTableHeadersWholeInDutch()
{
    QVERIFY(i18n::useLanguage(QStringLiteral("nl"), QLocale(QLocale::Dutch, QLocale::Netherlands)));
    const protocol::FitReport r = manySites(m_fed.report, 3);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    setUpReportPage(&writer);
    std::unique_ptr<QTextDocument> doc(buildTripodReport(r, reportOptionsFor(r), &writer));
    QStringList broken;
    int cells = 0;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        QTextTable *table = QTextCursor(block).currentTable();
        if (!table)
            continue;
        ++cells;
        if (brokenInsideAWord(block)) {
            QStringList header;
            for (int c = 0; c < table->columns(); ++c)
                header << table->cellAt(0, c).firstCursorPosition().block().text();
            broken << block.text() + QStringLiteral(" (table: ") + header.join(QLatin1Char('|'))
                    + QLatin1Char(')');
        }
    }
    i18n::useLanguage(QStringLiteral("en"), QLocale::c());
    QLocale::setDefault(QLocale::c());
    QVERIFY(cells > 50);
    QVERIFY2(broken.isEmpty(), qPrintable(broken.join(QStringLiteral(" | "))));
}

// The report said "analysed for the purpose quality" (in Dutch "voor het doel quality") where the
// run dialog says "Quality of care (quality)"; the parent sheet printed the analyst's population
// with a second full stop ("... consented to research use..").
void tst_WalkAgain::reportAndParentSheetReadAsWritten()
{
    protocol::FitReport r = m_fed.report;
    r.purpose = QStringLiteral("quality");
    const QString html = tripodReportHtml(r, reportOptionsFor(r));
    QVERIFY2(html.contains(QStringLiteral("purpose <b>Quality of care (quality)</b>")),
             qPrintable(html.left(2000)));
    PublishedModelDocument model;
    model.report = m_fed.report;
    model.description.population = QStringLiteral("Children born 2015–2020 whose parents "
                                                  "consented to research use.");
    const QString sheet = parentSheetHtml(model);
    QVERIFY2(sheet.contains(QStringLiteral("consented to research use.")), qPrintable(sheet));
    QVERIFY2(!sheet.contains(QStringLiteral("use..")), qPrintable(sheet));
    // A population without a full stop gets one.
    model.description.population = QStringLiteral("Children born 2015–2020");
    QVERIFY(parentSheetHtml(model).contains(QStringLiteral("2015–2020.")));
}

// Opened from the workbench (File > Open Published Model in Reviewer Mode) the calculator came up
// at its minimum size, 604 × 504 on a 1600 × 1000 screen, the estimate wrapped over seven lines.
void tst_WalkAgain::reviewerWindowOpensAtAReadableSize()
{
    PublishedModelDocument model;
    model.report = m_fed.report;
    model.description.title = QStringLiteral("Risk of delay");
    ReviewerWindow window(model);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // (The offscreen screen is small; there the window takes most of it.)
    const QSize screen = window.screen()->availableGeometry().size();
    const QSize wanted = QSize(900, 600).boundedTo(screen * 0.9);
    QVERIFY2(window.width() >= wanted.width() && window.height() >= wanted.height(),
             qPrintable(QStringLiteral("%1 × %2 on a %3 × %4 screen")
                            .arg(window.width())
                            .arg(window.height())
                            .arg(screen.width())
                            .arg(screen.height())));
}

// In a wide results document the coefficient table's last column ("OR upper") took all the
// spare width, its numbers right-aligned far from the others (English and Dutch, 1600 px).
void tst_WalkAgain::coefficientTableLastColumnNotStretched()
{
    ResultsView view;
    view.resize(1400, 820);
    view.setReport(m_fed.report);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCoreApplication::processEvents();
    QTableView *table = view.coefficientTable();
    const int last = table->model()->columnCount() - 1;
    // Its neighbour ("OR lower") holds numbers of the same kind.
    const int neighbour = table->columnWidth(last - 1);
    QVERIFY2(table->columnWidth(last) <= neighbour * 3 / 2 + 10,
             qPrintable(QStringLiteral("last column %1 px, its neighbour %2 px")
                            .arg(table->columnWidth(last))
                            .arg(neighbour)));
}

QTEST_MAIN(tst_WalkAgain)
#include "tst_walkagain.moc"

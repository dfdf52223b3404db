// SPDX-License-Identifier: GPL-3.0-or-later
// The hosted widgets: ResultsView (linked table and forest plot, pages, export of everything),
// the TRIPOD report, reviewer mode, the parent sheet, the dashboard and the descriptives view.
#include "fairstart/translations/language.h"
#include "fairstart/ui/dashboard/dashboardview.h"
#include "fairstart/ui/dashboard/funnelplot.h"
#include "fairstart/ui/report/parentsheet.h"
#include "fairstart/ui/report/tripodreport.h"
#include "fairstart/ui/results/charts.h"
#include "fairstart/ui/results/coefficientmodel.h"
#include "fairstart/ui/results/descriptivesmodels.h"
#include "fairstart/ui/results/descriptivesview.h"
#include "fairstart/ui/results/format.h"
#include "fairstart/ui/results/resultsview.h"
#include "fairstart/ui/reviewer/reviewerwindow.h"

#include "simulatedreport.h"

#include <QAreaSeries>
#include <QChartView>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QSvgRenderer>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QtTest>

#include <memory>

using namespace fairstart;
using namespace fairstart::ui;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool validExport(const QString &path)
{
    const QByteArray b = readAll(path);
    if (b.size() < 200)
        return false;
    if (path.endsWith(QLatin1String(".png")))
        return b.startsWith("\x89PNG") && !QImage::fromData(b, "PNG").isNull();
    if (path.endsWith(QLatin1String(".svg")))
        return QSvgRenderer(b).isValid();
    if (path.endsWith(QLatin1String(".pdf")))
        return b.startsWith("%PDF-") && b.trimmed().endsWith("%%EOF");
    return true;
}

PublishedModelDocument publishedModel(const protocol::FitReport &report)
{
    PublishedModelDocument doc;
    doc.description.title = QStringLiteral("Risk of developmental delay at age 2");
    doc.description.predicts = QStringLiteral("developmental delay at the age of two");
    doc.description.population = QStringLiteral("children born 2015-2020");
    doc.description.contact = QStringLiteral("your youth health nurse");
    InputHint bw;
    bw.label = QStringLiteral("Birth weight (g)");
    bw.minimum = 500;
    bw.maximum = 5500;
    bw.typical = 3300;
    doc.description.inputs.insert(QStringLiteral("birthweight"), bw);
    doc.report = report;
    return doc;
}

} // namespace

class tst_ResultsView : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tableSelectionHighlightsForest();
    void pages();
    void siteRowsFitTheirNotesAfterWidening();
    void reportWithoutPerformance();
    void oneRoundHasNoConvergenceChart();
    void exportAll();
    void tripodReport();
    void publishedModelRoundTrip();
    void reviewerCalculator();
    void reviewerRefusesBrokenModel();
    void parentSheets();
    void dashboardWithheld();
    void dashboardFunnel();
    void descriptivesView();

private:
    testing::SimulatedFederation m_fed;
};

void tst_ResultsView::initTestCase()
{
    m_fed = testing::simulateFederation(500);
}

void tst_ResultsView::tableSelectionHighlightsForest()
{
    ResultsView view;
    view.resize(1000, 700);
    view.setReport(m_fed.report);
    ForestChart *forest = view.forestChart();
    QVERIFY(forest);
    QCOMPARE(forest->highlighted(), -1);
    view.coefficientTable()->selectRow(3);
    QCOMPARE(forest->highlighted(), 2); // row 0 is the intercept, which the plot leaves out
    // The plot's rows are the table's rows without the intercept (labels, reference rows).
    QCOMPARE(forest->rows()[2].label,
             view.coefficientModel()
                 ->index(3, CoefficientModel::TermColumn)
                 .data(ExportRole)
                 .toString());
    view.coefficientTable()->selectRow(0);
    QCOMPARE(forest->highlighted(), -1);
}

// Results ▸ Sites on a 1600 px window: each site's row stayed a hand tall for a two-line note,
// measured while the view was narrower (the stretched Note column widens without a
// sectionResized).
void tst_ResultsView::siteRowsFitTheirNotesAfterWidening()
{
    protocol::FitReport r = m_fed.report;
    for (protocol::SitePerformance &p : r.perSite) {
        p.metrics.reset();
        p.note = QStringLiteral("not available in masked mode: the sites released only the "
                                "pooled evaluation");
    }
    r.study = protocol::StudyRecord {};
    r.study->mode = QStringLiteral("masked");
    ResultsView view;
    view.resize(700, 800);
    view.setReport(r);
    // Seen as a user: under the AUC chart of a masked run (only "All sites") the note said
    // "fewer released it", as if sites had failed; it says why and where per-site AUCs are.
    bool said = false;
    for (const QLabel *label : view.findChildren<QLabel *>())
        said
            = said || label->text().startsWith(QLatin1String("The study was masked, so the sites"));
    QVERIFY(said);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setCurrentPage(ResultsView::SitesPage);
    QTableView *sites = nullptr;
    for (QTableView *t : view.findChildren<QTableView *>())
        sites = t->accessibleName() == QStringLiteral("Sites of the run") ? t : sites;
    QVERIFY(sites);
    QTRY_VERIFY(sites->isVisible());
    view.resize(1600, 800);
    const int twoLines = 2 * sites->fontMetrics().lineSpacing() + 12;
    QTRY_VERIFY2(
        sites->rowHeight(0) <= twoLines,
        qPrintable(
            QStringLiteral("row %1 px, two lines %2 px").arg(sites->rowHeight(0)).arg(twoLines)));
    for (int row = 0; row < sites->model()->rowCount(); ++row)
        QVERIFY(sites->rowHeight(row) <= twoLines);
}

void tst_ResultsView::pages()
{
    ResultsView view;
    view.setReport(m_fed.report);
    QSignalSpy spy(&view, &ResultsView::currentPageChanged);
    for (int p = 0; p < ResultsView::PageCount; ++p) {
        view.setCurrentPage(ResultsView::Page(p));
        QCOMPARE(view.currentPage(), ResultsView::Page(p));
        // The Validation section has its charts once a validation ran (tst_validationpage).
        QCOMPARE(view.chartView(ResultsView::Page(p)) != nullptr, p != ResultsView::ValidationPage);
    }
    QCOMPARE(spy.count(), ResultsView::PageCount - 1);
    // The sites page follows the estimates table: choosing a term shows its per-site estimates.
    view.setCurrentPage(ResultsView::SitesPage);
    auto forest = qobject_cast<ForestChart *>(view.siteChartView()->chart());
    QVERIFY(forest);
    // AUC of 3 sites, all sites, the random-effects diamond and its prediction interval.
    QCOMPARE(forest->rows().size(), 6);
    QCOMPARE(forest->rows()[4].style, IntervalRow::Style::Diamond);
    QCOMPARE(forest->rows()[5].style, IntervalRow::Style::Prediction);
    QCOMPARE(forest->rows()[0].estimate, m_fed.report.perSite[0].metrics->auc);
}

void tst_ResultsView::reportWithoutPerformance()
{
    protocol::FitReport r = m_fed.report;
    r.performance.reset();
    r.perSite.clear();
    r.perSiteFits.clear();
    ResultsView view;
    view.setReport(r);
    QVERIFY(view.chartView(ResultsView::CoefficientsPage));
    QVERIFY(!view.chartView(ResultsView::DiscriminationPage));
    QVERIFY(!view.chartView(ResultsView::CalibrationPage));
    std::unique_ptr<QTextDocument> doc(buildTripodReport(r, reportOptionsFor(r)));
    QVERIFY(doc->toPlainText().contains(QStringLiteral("No performance results")));
}

// An intercept-only model is fitted in closed form, in one round: the convergence page drew one
// point on empty axes. It shows no chart and says why.
void tst_ResultsView::oneRoundHasNoConvergenceChart()
{
    protocol::FitReport r = m_fed.report;
    r.glm.trace.resize(1);
    r.glm.rounds = 1;
    ResultsView view;
    view.setReport(r);
    QVERIFY(!view.chartView(ResultsView::ConvergencePage));
    bool said = false;
    for (const QLabel *label : view.findChildren<QLabel *>())
        said = said || label->text().startsWith(QLatin1String("Fitted in one round"));
    QVERIFY(said);
    // Two rounds or more still draw the trace.
    view.setReport(m_fed.report);
    QVERIFY(m_fed.report.glm.trace.size() > 1);
    QVERIFY(view.chartView(ResultsView::ConvergencePage));
}

void tst_ResultsView::exportAll()
{
    QTemporaryDir dir;
    ResultsView view;
    view.resize(1000, 700);
    view.setReport(m_fed.report);
    QString error;
    const QStringList files = view.exportAll(dir.path(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(files.size(), 7 * 3 + 3); // charts of seven sections, three tables
    for (const QString &f : files)
        QVERIFY2(validExport(f), qPrintable(f));
}

void tst_ResultsView::tripodReport()
{
    const protocol::FitReport &r = m_fed.report;
    const ReportOptions options = reportOptionsFor(r);
    const QString html = tripodReportHtml(r, options);
    for (const char *item : { "Source of data", "Participants and cohort flow", "Outcome",
                              "Predictors", "Sample size", "Missing data", "Model specification",
                              "Model performance", "Results per site", "Limitations" }) {
        QVERIFY2(html.contains(QLatin1String(item)), item);
    }
    QVERIFY(html.contains(r.designHash));
    for (const protocol::SiteRecord &s : r.sites) {
        QVERIFY(html.contains(s.name));
        QVERIFY(html.contains(s.nodeVersion));
    }
    // Cohort flow counts are rounded: the exact count of a site does not appear.
    const qint64 used = r.sites[1].counts.used;
    if (used % 10 != 0)
        QVERIFY(!html.contains(QLocale().toString(used)));
    QVERIFY(html.contains(roundedCountText(double(used), 10, 10)));
    QCOMPARE(roundedCountText(7, 10, 10), QStringLiteral("< 10"));
    QCOMPARE(roundedCountText(1234, 10, 10), QStringLiteral("≈ ") + QLocale().toString(1230));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    const QString error = writeTripodReport(r, path);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(validExport(path));
    QVERIFY(readAll(path).size() > 20000); // text plus three chart images
}

void tst_ResultsView::publishedModelRoundTrip()
{
    const PublishedModelDocument doc = publishedModel(m_fed.report);
    QString error;
    const std::optional<PublishedModelDocument> back = publishedModelFromJson(toJson(doc), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->description.title, doc.description.title);
    QCOMPARE(*back->description.inputs.value(QStringLiteral("birthweight")).maximum, 5500.0);
    QCOMPARE(back->report.designHash, doc.report.designHash);
    QCOMPARE(back->report.glm.beta, doc.report.glm.beta);
    QVERIFY(!publishedModelFromJson(QJsonObject { { QStringLiteral("format"), 1 } }, &error));
    QVERIFY(error.contains(QStringLiteral("published")));
}

void tst_ResultsView::reviewerCalculator()
{
    ReviewerWindow window(publishedModel(m_fed.report));
    QVERIFY(window.currentPrediction());
    QSignalSpy spy(&window, &ReviewerWindow::predictionChanged);
    auto bw = qobject_cast<QDoubleSpinBox *>(window.inputWidget(QStringLiteral("birthweight")));
    auto smoking = qobject_cast<QComboBox *>(window.inputWidget(QStringLiteral("smoking")));
    QVERIFY(bw && smoking);
    QCOMPARE(bw->minimum(), 500.0); // the analyst's hint
    QCOMPARE(bw->value(), 3300.0);
    QCOMPARE(bw->accessibleName(), QStringLiteral("Birth weight (g)"));
    bw->setValue(2100);
    QCOMPARE(spy.count(), 1); // immediately, no button
    smoking->setCurrentText(QStringLiteral("yes"));
    QCOMPARE(spy.count(), 2);

    const InputValues values = window.currentValues();
    QCOMPARE(values.value(QStringLiteral("birthweight")).number, 2100.0);
    const std::optional<Prediction> expected = window.calculator().predict(values);
    QVERIFY(expected);
    QCOMPARE(window.currentPrediction()->estimate, expected->estimate);
    QVERIFY(window.resultText().contains(QStringLiteral("Estimated risk")));
    QVERIFY(window.resultText().contains(QString::number(qRound(100 * expected->estimate))));
    QVERIFY(window.factorsText().contains(QStringLiteral("smoking = yes raises it")));
    // As the field shows it: no group separator (issue 17).
    QVERIFY2(window.factorsText().contains(QStringLiteral("Birth weight (g) = 2100 raises it")),
             qPrintable(window.factorsText()));
    QVERIFY(window.performanceText().contains(QStringLiteral("pairs")));

    window.resetValues();
    QCOMPARE(bw->value(), 3300.0);
    QCOMPARE(smoking->currentText(), QStringLiteral("no"));
}

void tst_ResultsView::reviewerRefusesBrokenModel()
{
    PublishedModelDocument doc = publishedModel(m_fed.report);
    doc.report.glm.coefficients.pop_back();
    ReviewerWindow window(doc);
    QVERIFY(!window.currentPrediction());
    QVERIFY(window.resultText().contains(QStringLiteral("cannot be used")));
}

void tst_ResultsView::parentSheets()
{
    const PublishedModelDocument doc = publishedModel(m_fed.report);
    const QString html = parentSheetHtml(doc);
    for (const char *s : { "What is estimated?", "Which information is used?",
                           "What does a risk mean?", "What does a risk not mean?",
                           "Whom can I ask?", "your youth health nurse", "Birth weight (g)" }) {
        QVERIFY2(html.contains(QString::fromUtf8(s)), s);
    }
    QTemporaryDir dir;
    QString error;
    const QStringList languages { QStringLiteral("en"), QStringLiteral("nl"), QStringLiteral("de"),
                                  QStringLiteral("fr") };
    const QLocale start;
    fairstart::i18n::useLanguage(QStringLiteral("nl"), QLocale(QStringLiteral("nl_NL")));
    const QStringList written = writeParentSheets(doc, dir.path(), languages, &error);
    // The application speaks the language it spoke before.
    QCOMPARE(fairstart::i18n::currentLanguage(), QStringLiteral("nl"));
    QCOMPARE(QLocale().name(), QStringLiteral("nl_NL"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(written.size(), languages.size());
    for (const QString &language : languages) {
        const QString file = dir.filePath(QStringLiteral("parent-sheet-%1.pdf").arg(language));
        QVERIFY2(written.contains(file), qPrintable(file));
        QVERIFY(validExport(file));
    }
    // A language without a catalogue is refused, never written in English under its name.
    QVERIFY(writeParentSheets(doc, dir.path(), { QStringLiteral("xx") }, &error).isEmpty());
    QVERIFY(error.contains(QStringLiteral("'xx'")));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("parent-sheet-xx.pdf"))));
    QCOMPARE(fairstart::i18n::currentLanguage(), QStringLiteral("nl"));
    fairstart::i18n::useLanguage(QStringLiteral("en"), start);
    QLocale::setDefault(start);
}

void tst_ResultsView::dashboardWithheld()
{
    const analysis::DataTable small = testing::simulateSite(70, 77, 0.0);
    QList<AreaDescriptives> areas;
    areas.append({ QStringLiteral("Utrecht"),
                   testing::simulatedDescriptives(m_fed.tables[0], QStringLiteral("a")), 10 });
    areas.append({ QStringLiteral("Small town"),
                   testing::simulatedDescriptives(small, QStringLiteral("b")), 10 });
    DashboardView view;
    view.setData(areas, QStringLiteral("Municipality"));
    QVERIFY(view.indicatorChoice()->count() > 5);
    const analysis::CategoricalSummary truth
        = testing::check(analysis::describeCategorical(small, "deprivation"), "truth");
    QString level;
    for (const auto &[l, c] : truth.levelCounts) {
        if (c < 10)
            level = QString::fromStdString(l);
    }
    QVERIFY(!level.isEmpty());
    view.setIndicator({ QStringLiteral("deprivation"), level });
    QCOMPARE(view.model()->indicator().level, level);
    QChart *chart = view.chartView()->chart();
    QAreaSeries *bars = nullptr;
    QAreaSeries *withheld = nullptr;
    for (QAbstractSeries *s : chart->series()) {
        if (s->objectName() == QLatin1String("bars"))
            bars = qobject_cast<QAreaSeries *>(s);
        if (s->objectName() == QLatin1String("withheld"))
            withheld = qobject_cast<QAreaSeries *>(s);
    }
    QVERIFY(bars && withheld);
    for (const QPointF &p : bars->upperSeries()->points())
        QVERIFY(std::fabs(p.x() - 1.0) > 0.4); // the small town (x = 1) has no bar
    QVERIFY(bars->upperSeries()->points().contains(QPointF(-0.35, 100.0 * *view.model()->rate(0))));
    QVERIFY(!withheld->upperSeries()->points().isEmpty());
}

// The funnel plot (issue 17): each released area's rate against its size, the pooled rate of the
// released areas only, and control limits p ± z·√(p(1 − p)/n); an area that withheld its count
// is neither drawn nor pooled, and the note names it.
void tst_ResultsView::dashboardFunnel()
{
    const QList<FunnelPoint> known { { QStringLiteral("a"), 100, 10 },
                                     { QStringLiteral("b"), 400, 60 } };
    const FunnelLimits limits = funnelLimits(known, 20);
    QCOMPARE(limits.pooled, 70.0 / 500.0);
    QCOMPARE(limits.upper95.size(), 21);
    for (qsizetype i = 0; i < limits.upper95.size(); ++i) {
        const double n = limits.upper95[i].x();
        const double se = std::sqrt(0.14 * 0.86 / n);
        QVERIFY(std::fabs(limits.upper95[i].y() - (0.14 + 1.959964 * se)) < 1e-9);
        QVERIFY(std::fabs(limits.lower998[i].y() - std::max(0.0, 0.14 - 3.090232 * se)) < 1e-9);
    }
    QVERIFY(limits.upper95.first().x() <= 100 && limits.upper95.last().x() >= 400);

    const analysis::DataTable small = testing::simulateSite(70, 77, 0.0);
    QList<AreaDescriptives> areas;
    for (size_t i = 0; i < m_fed.tables.size(); ++i)
        areas.append({ QStringLiteral("Area %1").arg(i + 1),
                       testing::simulatedDescriptives(m_fed.tables[i], QStringLiteral("a")), 10 });
    areas.append({ QStringLiteral("Small town"),
                   testing::simulatedDescriptives(small, QStringLiteral("b")), 10 });
    DashboardView view;
    view.setData(areas, QStringLiteral("Municipality"));
    const analysis::CategoricalSummary truth
        = testing::check(analysis::describeCategorical(small, "deprivation"), "truth");
    QString level;
    for (const auto &[l, c] : truth.levelCounts) {
        if (c < 10)
            level = QString::fromStdString(l);
    }
    QVERIFY(!level.isEmpty());
    view.setIndicator({ QStringLiteral("deprivation"), level });
    QChart *chart = view.funnelView()->chart();
    QScatterSeries *points = nullptr;
    QLineSeries *pooled = nullptr;
    for (QAbstractSeries *s : chart->series()) {
        if (s->objectName() == QLatin1String("areas"))
            points = qobject_cast<QScatterSeries *>(s);
        if (s->objectName() == QLatin1String("pooled"))
            pooled = qobject_cast<QLineSeries *>(s);
    }
    QVERIFY(points && pooled);
    QCOMPARE(points->count(), int(m_fed.tables.size())); // the small town withheld its count
    double count = 0;
    double size = 0;
    for (int row = 0; row < view.model()->rowCount(); ++row) {
        if (view.model()->count(row)) {
            count += double(*view.model()->count(row));
            size += *view.model()->denominator(row);
            QVERIFY(points->points().contains(
                QPointF(*view.model()->denominator(row), 100.0 * *view.model()->rate(row))));
        }
    }
    QVERIFY(std::fabs(pooled->at(0).y() - 100.0 * count / size) < 1e-9);
    // The funnel's note (which areas it leaves out) under the funnel tab (walk2: per tab).
    view.chartTabs()->setCurrentWidget(view.funnelView());
    const QLabel *note = nullptr;
    for (const QLabel *l : view.findChildren<QLabel *>()) {
        if (l->accessibleName() == QStringLiteral("About suppression"))
            note = l;
    }
    QVERIFY(note && note->text().contains(QStringLiteral("Small town")));
}

void tst_ResultsView::descriptivesView()
{
    const analysis::DataTable small = testing::simulateSite(70, 77, 0.0);
    DescriptivesView view;
    view.setDescriptives(testing::simulatedDescriptives(small, QStringLiteral("small")), 10);
    QCOMPARE(view.itemCount(), 2 + 3 + 1);
    view.setCurrentItem(0);
    QVERIFY(!view.chartView()->chart()->series().isEmpty());
    view.setCurrentItem(4); // deprivation: one level withheld
    QCOMPARE(view.table()->model(), static_cast<QAbstractItemModel *>(view.categoryModel()));
    view.setCurrentItem(5);
    QCOMPARE(view.table()->model(), static_cast<QAbstractItemModel *>(view.twoWayModel()));
}

QTEST_MAIN(tst_ResultsView)
#include "tst_resultsview.moc"

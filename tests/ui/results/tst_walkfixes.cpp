// SPDX-License-Identifier: GPL-3.0-or-later
// What the walk through the workbench under Xvfb showed (docs/walkthrough.md), one test per
// thing seen, each failing before its fix: odd axis ticks (a decision curve labelled 0.13 at
// 0.125, a funnel plot at 32.9% and 1,697 records), a forest column title cut off in the
// report, the Validation section out of view after a validation, "0 withheld and 0 failed",
// Retry offered before any run, run steps left in English, raw term names in Compare Runs, a
// dashboard that says "every area released" when a site refused, and section 11 of the report
// with its intervals wrapped anywhere and its two tables run together.
#include "fairstart/client/validationrun.h"
#include "fairstart/ui/dashboard/dashboardview.h"
#include "fairstart/ui/dashboard/funnelplot.h"
#include "fairstart/ui/report/tripodreport.h"
#include "fairstart/ui/results/charts.h"
#include "fairstart/ui/results/decisioncurve.h"
#include "fairstart/ui/results/format.h"
#include "fairstart/ui/results/resultsview.h"
#include "fairstart/ui/results/runcomparison.h"
#include "fairstart/ui/results/validation.h"
#include "fairstart/ui/rundialog.h"

#include "simulatedreport.h"

#include <QCategoryAxis>
#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableWidget>
#include <QValueAxis>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace fairstart;
using namespace fairstart::ui;
using namespace fairstart::testing;

namespace {

// Three held-out sites with plausible numbers, pooled as the workbench pools them.
ValidationSummary threeSites()
{
    ValidationSummary v;
    v.dataset = QStringLiteral("cohort");
    const double auc[] = { 0.625, 0.670, 0.647 };
    const double slope[] = { 0.88, 0.99, 0.96 };
    const double citl[] = { -0.22, 0.42, -0.16 };
    const double oe[] = { 0.83, 1.40, 0.87 };
    const char *names[] = { "jgz-utrecht", "umc-hospital", "gemeente-zeist" };
    for (int s = 0; s < 3; ++s) {
        HeldOutResult r;
        r.site = QString::fromLatin1(names[s]);
        analysis::HeldOutSite h;
        h.heldOut = names[s];
        h.n = 2500 + 1000 * s;
        h.events = 300 + 50 * s;
        h.auc = auc[s];
        h.aucSe = 0.014;
        h.calibrationSlope = slope[s];
        h.calibrationSlopeSe = 0.08;
        h.calibrationInTheLarge = citl[s];
        h.calibrationInTheLargeSe = 0.05;
        h.observedExpected = oe[s];
        h.brier = 0.09 + 0.01 * s;
        r.measures = h;
        v.sites << r;
    }
    poolValidation(v);
    return v;
}

// The ticks a QValueAxis draws: `tickCount` evenly spaced values over its range.
QList<double> ticks(const QValueAxis *axis)
{
    QList<double> out;
    const int n = axis->tickCount();
    for (int i = 0; i < n; ++i)
        out << axis->min() + i * (axis->max() - axis->min()) / (n - 1);
    return out;
}

// A tick is "round" when its label at `decimals` is the tick itself, not a rounded neighbour.
bool roundAt(double tick, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::abs(std::round(tick * scale) / scale - tick) < 1e-9 * std::max(1.0, tick);
}

QValueAxis *valueAxis(QChart *chart, Qt::Orientation orientation)
{
    const QList<QAbstractAxis *> axes = chart->axes(orientation);
    for (QAbstractAxis *a : axes) {
        if (auto v = qobject_cast<QValueAxis *>(a))
            return v;
    }
    return nullptr;
}

} // namespace

class tst_WalkFixes : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void decisionCurveTicksAreRound();
    void funnelTicksAreRoundAndFitTheRates();
    void validationForestColumnTitleFits();
    void finishedValidationScrollsIntoView();
    void validationNoteWithoutZeroCounts();
    void retryHiddenBeforeAnyRun();
    void runStepsTranslated();
    void comparisonNamesTermsAsTheResultsDo();
    void comparisonSameSitesInAnotherOrderDoNotDiffer();
    void dashboardSaysWhichAreasAreMissing();
    void reportSectionElevenReadable();
};

// Thresholds 0.10 to 0.20 gave five ticks 0.025 apart, labelled "0.13" and "0.18".
void tst_WalkFixes::decisionCurveTicksAreRound()
{
    std::vector<NetBenefitPoint> pooled;
    for (int i = 0; i <= 10; ++i) {
        NetBenefitPoint p;
        p.threshold = 0.10 + 0.01 * i;
        p.gridThreshold = p.threshold;
        p.model = 0.04 - 0.003 * i;
        p.treatAll = 0.03 - 0.02 * i;
        pooled.push_back(p);
    }
    std::unique_ptr<QChart> chart(
        makeNetBenefitChart(QStringLiteral("t"), pooled, {}, { 0.1, 0.2 }, 0.12));
    QVERIFY(chart);
    QValueAxis *x = valueAxis(chart.get(), Qt::Horizontal);
    QVERIFY(x);
    QVERIFY(x->min() <= 0.10 + 1e-12 && x->max() >= 0.20 - 1e-12);
    for (double t : ticks(x))
        QVERIFY2(
            roundAt(t, 2),
            qPrintable(QStringLiteral("tick %1 shows as %2").arg(t, 0, 'g', 10).arg(t, 0, 'f', 2)));
}

// Two areas at 32% and 39% of 2,800 and 5,700 records: the axes showed 0.0 to 43.9 in steps of
// 11 and 0 to 6,790 in steps of 1,697, the funnel squeezed into the top quarter.
void tst_WalkFixes::funnelTicksAreRoundAndFitTheRates()
{
    const QList<FunnelPoint> points { { QStringLiteral("jgz-utrecht"), 5658, 2202 },
                                      { QStringLiteral("umc-hospital"), 2779, 897 } };
    std::unique_ptr<QChart> chart(makeFunnelChart(QStringLiteral("t"), points));
    QValueAxis *x = valueAxis(chart.get(), Qt::Horizontal);
    QValueAxis *y = valueAxis(chart.get(), Qt::Vertical);
    QVERIFY(x && y);
    for (double t : ticks(x))
        QVERIFY2(roundAt(t / 100.0, 0), qPrintable(QString::number(t, 'f', 3)));
    for (double t : ticks(y))
        QVERIFY2(roundAt(t, 1), qPrintable(QString::number(t, 'f', 3)));
    // Both rates inside, and the funnel's range uses at least a third of the height.
    QVERIFY(y->min() <= 32.2 && y->max() >= 39.0);
    QVERIFY2((39.0 - 32.2) / (y->max() - y->min()) > 0.33,
             qPrintable(QStringLiteral("%1 to %2").arg(y->min()).arg(y->max())));
}

// In the report (900 px wide, 300 px high for three sites) the rotated title of the estimates
// column read "Calibration-in-the-large …" and "Observed/expected [95…".
void tst_WalkFixes::validationForestColumnTitleFits()
{
    const ValidationSummary v = threeSites();
    for (ValidationMeasure m : kValidationMeasures) {
        std::unique_ptr<QChart> chart(makeValidationForest(v, m));
        QVERIFY(chart);
        QChartView view(chart.get());
        view.resize(900, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCoreApplication::processEvents();
        QAbstractAxis *values = nullptr;
        for (QAbstractAxis *a : chart->axes(Qt::Vertical)) {
            if (a->objectName() == QLatin1String("values"))
                values = a;
        }
        QVERIFY(values);
        // The title is a header above the column (walk 3: it ran vertically along the edge),
        // and the column is as wide as the header: it lies inside the chart.
        QVERIFY2(values->titleText().isEmpty(), qPrintable(values->titleText()));
        auto *forest = qobject_cast<ForestChart *>(chart.get());
        QVERIFY(forest);
        const int headerWidth
            = QFontMetrics(values->labelsFont()).horizontalAdvance(forest->columnTitle());
        QVERIFY2(chart->plotArea().right() + headerWidth <= chart->size().width(),
                 qPrintable(QStringLiteral("\"%1\" is %2 px right of a plot ending at %3 of %4")
                                .arg(forest->columnTitle())
                                .arg(headerWidth)
                                .arg(chart->plotArea().right())
                                .arg(chart->size().width())));
        view.setChart(new QChart); // the view does not own the test's chart
    }
}

// After Validate the workbench said "the results are in the Validation section" but showed
// the section above it: the scroll was applied before the section had grown.
void tst_WalkFixes::finishedValidationScrollsIntoView()
{
    const SimulatedFederation f = simulateFederation(600);
    ResultsView view;
    view.resize(1100, 700);
    view.setReport(f.report);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setCurrentPage(ResultsView::ValidationPage); // already chosen: the case seen
    QTest::qWait(50);
    view.setValidation(threeSites());
    view.setCurrentPage(ResultsView::ValidationPage);
    auto *scroll = view.findChild<QScrollArea *>();
    QVERIFY(scroll);
    QLabel *heading = nullptr;
    for (QLabel *l : view.findChildren<QLabel *>()) {
        if (l->accessibleName() == ResultsView::pageTitle(ResultsView::ValidationPage)
            && l->isVisible())
            heading = l;
    }
    QVERIFY(heading);
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     const int y = heading->mapTo(scroll->viewport(), QPoint(0, 0)).y();
                     return y >= -5 && y < 80;
                 },
                 3000),
             qPrintable(QStringLiteral("the Validation heading is at %1 in a view %2 high")
                            .arg(heading->mapTo(scroll->viewport(), QPoint(0, 0)).y())
                            .arg(scroll->viewport()->height())));
    // The contents list shows its titles whole.
    auto *pages = view.findChild<QListWidget *>();
    QVERIFY(pages);
    // (A long title takes two lines since walk4: each line whole.)
    for (int i = 0; i < pages->count(); ++i) {
        for (const QString &line : pages->item(i)->text().split(QLatin1Char('\n')))
            QVERIFY2(pages->fontMetrics().horizontalAdvance(line) <= pages->viewport()->width(),
                     qPrintable(line));
    }
}

void tst_WalkFixes::validationNoteWithoutZeroCounts()
{
    const SimulatedFederation f = simulateFederation(600);
    ResultsView view;
    view.setReport(f.report);
    view.setValidation(threeSites());
    QVERIFY2(!view.validationNote().contains(QStringLiteral("0 failed")),
             qPrintable(view.validationNote()));
    QVERIFY(view.validationNote().contains(QStringLiteral("Each of the 3 sites was evaluated")));
}

void tst_WalkFixes::retryHiddenBeforeAnyRun()
{
    const QList<client::Site> sites { { QStringLiteral("a"), QStringLiteral("https://a"),
                                        QStringLiteral("sha256//x"), QStringLiteral("t") } };
    RunDialog dialog(sites, { QStringLiteral("research") }, { QStringLiteral("cohort") },
                     simulatedSpec(), true);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
        const QString text = b->text().remove(QLatin1Char('&'));
        if (text == QLatin1String("Retry") || text == QLatin1String("Stop run"))
            QVERIFY2(!b->isVisible(), qPrintable(text));
    }
}

// "calibration slope: signatures" reached the dialog and the Runs panel untranslated.
void tst_WalkFixes::runStepsTranslated()
{
    QCOMPARE(phaseText(QStringLiteral("calibration slope: signatures")),
             QStringLiteral("calibration slope: exchanging the sites' signatures"));
    QCOMPARE(phaseText(QStringLiteral("calibration intercept: round 3")),
             QStringLiteral("calibration intercept, round 3"));
    // A sentence that is no step passes through unchanged.
    QCOMPARE(phaseText(QStringLiteral("the site did not answer")),
             QStringLiteral("the site did not answer"));
}

void tst_WalkFixes::comparisonNamesTermsAsTheResultsDo()
{
    const SimulatedFederation f = simulateFederation(600);
    const QMap<QString, QString> labels { { QStringLiteral("sex"),
                                            QStringLiteral("Sex of the child") } };
    const QList<ComparisonRow> rows = compareReports(f.report, f.report, labels);
    QStringList names;
    for (const ComparisonRow &r : rows)
        names << r.label;
    const QString all = names.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("Sex of the child: ")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("Intercept: estimate")), qPrintable(all));
    QVERIFY2(!all.contains(QStringLiteral("(Intercept)")), qPrintable(all));
    // The dialog shows all four columns without a horizontal scroll bar.
    RunComparisonDialog dialog(QStringLiteral("Run of 12/3/26 12:35 PM"), f.report,
                               QStringLiteral("Run of 12/3/26 12:42 PM"), f.report, nullptr,
                               labels);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // (The offscreen screen is small: there the dialog takes the screen's width.)
    int columns = 0;
    for (int c = 0; c < dialog.table()->columnCount(); ++c)
        columns += dialog.table()->columnWidth(c);
    const int screenWidth = dialog.screen()->availableGeometry().width();
    QVERIFY2(dialog.width() >= std::min(columns, screenWidth - 40),
             qPrintable(QStringLiteral("%1 px for %2 px of columns on a %3 px screen")
                            .arg(dialog.width())
                            .arg(columns)
                            .arg(screenWidth)));
}

// Third walk (Dutch): a re-run listed the same three sites in another order ("jgz-utrecht,
// umc-hospital, gemeente-zeist" against "gemeente-zeist, jgz-utrecht, umc-hospital"), and the
// Sites row was bold as if the runs had used other sites; a standard error that changed by less
// than the last decimal showed a difference of "-0.0000".
void tst_WalkFixes::comparisonSameSitesInAnotherOrderDoNotDiffer()
{
    const SimulatedFederation f = simulateFederation(600);
    protocol::FitReport second = f.report;
    QVERIFY(second.sites.size() >= 2);
    std::reverse(second.sites.begin(), second.sites.end());
    QVERIFY(!second.glm.coefficients.empty());
    second.glm.coefficients[0].stdError -= 1e-6; // changes, but not at four decimals
    const QList<ComparisonRow> rows = compareReports(f.report, second, {});
    bool sawSites = false;
    bool sawStdError = false;
    for (const ComparisonRow &r : rows) {
        if (r.label == QStringLiteral("Sites")) {
            sawSites = true;
            QCOMPARE(r.first, r.second);
            QVERIFY2(!r.differs, qPrintable(r.first + QStringLiteral(" / ") + r.second));
        }
        if (r.label == QStringLiteral("Intercept: standard error")) {
            sawStdError = true;
            // (Since the fifth walk a change below the last decimal shows at a precision that
            // shows it: "-0.0000010", not "-0.0000" or "0.0000".)
            const std::optional<double> shown = parseNumber(r.difference);
            QVERIFY2(shown && std::abs(*shown + 1e-6) < 1e-7, qPrintable(r.difference));
        }
    }
    QVERIFY(sawSites && sawStdError);
}

void tst_WalkFixes::dashboardSaysWhichAreasAreMissing()
{
    const SimulatedFederation f = simulateFederation(600);
    QList<AreaDescriptives> areas;
    for (int s = 0; s < 2; ++s) {
        areas.append({ QStringLiteral("site%1").arg(s),
                       simulatedDescriptives(f.tables[size_t(s)], QStringLiteral("cohort")), 10 });
    }
    DashboardView view;
    view.setVariableLabels({ { QStringLiteral("sex"), QStringLiteral("Sex of the child") } });
    view.setData(areas, QStringLiteral("Site"));
    view.setMissingAreas(QStringLiteral("site2 released no descriptives: Rule differencing."));
    QVERIFY2(!view.noteText().contains(QStringLiteral("Every area released")),
             qPrintable(view.noteText()));
    QVERIFY2(view.noteText().contains(QStringLiteral("site2 released no descriptives")),
             qPrintable(view.noteText()));
    bool labelled = false;
    for (int i = 0; i < view.indicatorChoice()->count(); ++i)
        labelled = labelled
            || view.indicatorChoice()->itemText(i).startsWith(QStringLiteral("Sex of the child"));
    QVERIFY(labelled);
}

void tst_WalkFixes::reportSectionElevenReadable()
{
    const SimulatedFederation f = simulateFederation(600);
    ReportOptions o = reportOptionsFor(f.report);
    o.charts = false;
    o.validation = threeSites();
    const QString html = tripodReportHtml(f.report, o);
    const qsizetype at = html.indexOf(QStringLiteral("11 Validation"));
    QVERIFY(at > 0);
    const QString section = html.mid(at);
    // The AUC of the first site, its interval on the next line of the same cell.
    QVERIFY2(section.contains(QStringLiteral("0.625<br>[0.")), qPrintable(section.left(3000)));
    // A caption between the pooled table and the per-site table.
    const qsizetype pooledEnd = section.indexOf(QStringLiteral("</table>"));
    const qsizetype nextTable = section.indexOf(QStringLiteral("<table"), pooledEnd);
    QVERIFY(pooledEnd > 0 && nextTable > pooledEnd);
    QVERIFY2(section.mid(pooledEnd, nextTable - pooledEnd).contains(QStringLiteral("<p>")),
             qPrintable(section.mid(pooledEnd, nextTable - pooledEnd)));
}

QTEST_MAIN(tst_WalkFixes)
#include "tst_walkfixes.moc"

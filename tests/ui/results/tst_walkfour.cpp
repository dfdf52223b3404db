// SPDX-License-Identifier: GPL-3.0-or-later
// What the fourth walk (docs/walkthrough.md, "Fourth walk": the policymaker dashboard, Validate
// in Dutch, the fairness panel, on the demo federation under Xvfb) saw, each checked here: the
// funnel plot named none of its points, nor said what its limits mean; the dashboard table's
// rates stood at the far right of a stretched last column.
#include "fairstart/ui/dashboard/dashboardview.h"
#include "fairstart/ui/dashboard/funnelplot.h"
#include "fairstart/ui/results/resultsview.h"
#include "fairstart/ui/results/validation.h"

#include "simulatedreport.h"

#include <QChartView>
#include <QHeaderView>
#include <QLegendMarker>
#include <QScatterSeries>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

using namespace fairstart;
using namespace fairstart::ui;
using namespace fairstart::testing;

class tst_WalkFour : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void funnelNamesItsAreasAndExplainsItsLimits();
    void dashboardRatesNextToTheirCounts();
    void fairnessWithoutAPooledLevelDrawsNoEmptyChart();

private:
    QList<AreaDescriptives> areas() const
    {
        const SimulatedFederation f = simulateFederation(600);
        QList<AreaDescriptives> out;
        for (size_t s = 0; s < f.tables.size(); ++s)
            out.append({ QStringLiteral("area-%1").arg(s + 1),
                         simulatedDescriptives(f.tables[s], QStringLiteral("cohort")), 10 });
        return out;
    }
};

void tst_WalkFour::funnelNamesItsAreasAndExplainsItsLimits()
{
    DashboardView view;
    const QList<AreaDescriptives> data = areas();
    QVERIFY(data.size() >= 2);
    view.setData(data, QStringLiteral("Site"));
    QChart *chart = view.funnelView()->chart();
    // Every drawn area is named at its point, on the chart itself.
    QStringList named;
    QList<QPointF> drawn;
    for (QAbstractSeries *s : chart->series()) {
        auto *scatter = qobject_cast<QScatterSeries *>(s);
        if (scatter && scatter->objectName() == QLatin1String("areas"))
            drawn = scatter->points();
        if (scatter && scatter->objectName() == QLatin1String("area-label")) {
            QVERIFY(scatter->pointLabelsVisible());
            QCOMPARE(scatter->count(), 1);
            QCOMPARE(scatter->pointLabelsFormat(), scatter->name());
            named << scatter->name();
            QVERIFY(scatter->points().constFirst().x() > 0);
        }
    }
    QVERIFY(!drawn.isEmpty());
    QCOMPARE(named.size(), drawn.size());
    for (const AreaDescriptives &a : data) {
        bool released = false;
        for (int row = 0; row < view.model()->rowCount(); ++row)
            released = released || (view.model()->area(row) == a.area && view.model()->count(row));
        QCOMPARE(named.contains(a.area), released);
    }
    // The legend keeps one entry per kind of line, not one per area.
    int legendEntries = 0;
    for (QLegendMarker *m : chart->legend()->markers())
        legendEntries += m->isVisible() ? 1 : 0;
    QCOMPARE(legendEntries, 4); // pooled rate, 95% limits, 99.8% limits, areas
    // What the limits mean, under the funnel plot (the note follows the tab since walk2).
    view.chartTabs()->setCurrentWidget(view.funnelView());
    QVERIFY2(view.noteText().contains(QStringLiteral("outside the dotted 99.8% limits")),
             qPrintable(view.noteText()));
}

void tst_WalkFour::dashboardRatesNextToTheirCounts()
{
    DashboardView view;
    view.resize(900, 700);
    view.setData(areas(), QStringLiteral("Site"));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTableView *table = view.table();
    QVERIFY(!table->horizontalHeader()->stretchLastSection());
    const int rate = IndicatorModel::RateColumn;
    // The rate column is about as wide as its widest text, not the table's spare width.
    const int width = table->columnWidth(rate);
    int wanted = table->horizontalHeader()->sectionSizeHint(rate);
    for (int row = 0; row < view.model()->rowCount(); ++row)
        wanted = std::max(
            wanted,
            table->fontMetrics().horizontalAdvance(view.model()->index(row, rate).data().toString())
                + 24);
    QVERIFY(table->viewport()->width() > wanted + 100); // room that a stretch would take
    QVERIFY2(
        width <= wanted + 4,
        qPrintable(QStringLiteral("rate column %1 px for %2 px of text").arg(width).arg(wanted)));
}

// Validate by Mother's education on the demo federation (Dutch): every level was withheld at one
// of the three held-out sites, so no level could be pooled. Each measure's forest plot was drawn
// anyway, empty, on an axis from 0.4999999999 to 0.5000000001; and the withheld rows repeated
// the whole reason in all seven cells.
void tst_WalkFour::fairnessWithoutAPooledLevelDrawsNoEmptyChart()
{
    ValidationSummary v;
    v.dataset = QStringLiteral("cohort");
    FairnessSummary f;
    f.variable = QStringLiteral("maternal_education");
    f.label = QStringLiteral("Mother's education");
    for (const char *level : { "low", "middle", "high" }) {
        FairnessRow pooled;
        pooled.level = QString::fromLatin1(level);
        pooled.sites = 2;
        pooled.note = QStringLiteral("not pooled: withheld at c; pooling needs at least three "
                                     "held-out sites");
        f.rows << pooled;
        for (const char *site : { "a", "b", "c" }) {
            FairnessRow r;
            r.level = pooled.level;
            r.site = QString::fromLatin1(site);
            if (r.site == QLatin1String("c")) {
                r.withheld = true;
                r.reason = QStringLiteral("too few records (min-cell)");
            } else {
                r.n = 400;
                r.events = 40;
                for (std::size_t m = 0; m < r.values.size(); ++m)
                    r.values[m] = SiteInterval { 0.7, 0.6, 0.8 };
            }
            f.rows << r;
        }
    }
    v.fairness = f;
    ResultsView view;
    view.resize(1000, 800);
    view.setReport(simulateFederation(300).report);
    view.setValidation(v);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    for (ValidationMeasure m : kValidationMeasures)
        QVERIFY2(!view.fairnessChartView(m)->isVisibleTo(&view), qPrintable(measureName(m)));
    QVERIFY2(view.fairnessNote().contains(QStringLiteral("No level of Mother's education could "
                                                         "be pooled")),
             qPrintable(view.fairnessNote()));
    // A withheld row: "withheld" in each number's cell, the reason once, in the note.
    const QStandardItemModel *model = view.fairnessModel();
    int withheldRows = 0;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, 1).data().toString() != QLatin1String("c"))
            continue;
        ++withheldRows;
        const int last = model->columnCount() - 1;
        for (int c = 2; c < last; ++c)
            QCOMPARE(model->index(r, c).data().toString(), QStringLiteral("withheld"));
        QCOMPARE(model->index(r, last).data().toString(),
                 QStringLiteral("withheld (too few records (min-cell))"));
    }
    QCOMPARE(withheldRows, 3);
    // With one pooled level the charts are back.
    v.fairness->rows[0].values[0] = SiteInterval { 0.7, 0.6, 0.8 };
    view.setValidation(v);
    QVERIFY(view.fairnessChartView(ValidationMeasure::Auc)->isVisibleTo(&view));
    QVERIFY(!view.fairnessNote().contains(QStringLiteral("could be pooled")));
}

QTEST_MAIN(tst_WalkFour)
#include "tst_walkfour.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard's trend by birth year: rates per area and year from the released trends, withheld
// years visible as withheld (table, export, a marker on the chart), never drawn as zero, never
// given a denominator that leaves a withheld cell out.
#include "fairstart/ui/dashboard/dashboardview.h"
#include "fairstart/ui/dashboard/trendchart.h"
#include "fairstart/ui/results/export.h"
#include "fairstart/ui/results/format.h"
#include "trendarea.h"

#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QScatterSeries>
#include <QTabWidget>
#include <QTest>

using namespace fairstart;
using namespace fairstart::ui;
using testsupport::trendArea;

namespace {

} // namespace

class tst_DashboardTrend : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void ratesAndWithheldYears();
    void noTrendSaidPlainly();
};

void tst_DashboardTrend::ratesAndWithheldYears()
{
    const protocol::ReleasedCount w;
    // Area b withheld 2017 (both cells, as the node does: no lone withheld cell in a row).
    const QList<AreaDescriptives> areas {
        trendArea(QStringLiteral("a"), { 90, 10, 80, 20, 100, 25, 120, 30 }),
        trendArea(QStringLiteral("b"), { 50, 12, 45, 15, w, w, 60, 11 }),
    };
    DashboardView view;
    view.resize(900, 700);
    view.setData(areas, QStringLiteral("Site"));
    view.setIndicator({ QStringLiteral("smoking"), QStringLiteral("yes") });
    TrendModel *model = view.trendModel();
    QCOMPARE(model->rowCount(), 8);
    QCOMPARE(model->periodVariable(), QStringLiteral("birth_year"));
    // a, 2016: 20 of 100.
    const auto &points = model->points();
    const auto find = [&points](const QString &a, int year) {
        return *std::find_if(points.begin(), points.end(), [&](const TrendModel::Point &p) {
            return p.area == a && p.year == year;
        });
    };
    QCOMPARE(*find(QStringLiteral("a"), 2016).rate(), 0.2);
    QVERIFY(!find(QStringLiteral("b"), 2017).rate());
    // Exported as "withheld", never as a number or zero.
    const QString csv = QString::fromUtf8(tableToCsv(model));
    QVERIFY2(csv.contains(QStringLiteral("b,2017,withheld,")), qPrintable(csv));
    QVERIFY2(csv.contains(QStringLiteral("a,2016,100,20,20.000")), qPrintable(csv));
    // The chart: a line per area, broken at the withheld year, and the withheld year as a marker.
    QChart *chart = view.trendView()->chart();
    QScatterSeries *withheld = nullptr;
    int lines = 0;
    for (QAbstractSeries *s : chart->series()) {
        if (auto *scatter = qobject_cast<QScatterSeries *>(s))
            withheld = scatter;
        else if (auto *line = qobject_cast<QLineSeries *>(s)) {
            ++lines;
            for (const QPointF &p : line->points())
                QVERIFY2(!(line->name() == QLatin1String("b") && p.x() == 2017), "drawn");
        }
    }
    QVERIFY(withheld);
    QCOMPARE(withheld->name(), QStringLiteral("Withheld"));
    QCOMPARE(withheld->points(), QList<QPointF>({ QPointF(2017, 0) }));
    QCOMPARE(lines, 3); // a in one piece, b in two
    view.chartTabs()->setCurrentWidget(view.trendView());
    QVERIFY(view.trendView()->isVisibleTo(&view));
}

// An indicator whose variable has no released trend: an empty chart that says so.
void tst_DashboardTrend::noTrendSaidPlainly()
{
    AreaDescriptives a = trendArea(QStringLiteral("a"), { 90, 10, 80, 20, 100, 25, 120, 30 });
    a.descriptives.trends.clear();
    DashboardView view;
    view.setData({ a });
    QCOMPARE(view.trendModel()->rowCount(), 0);
    QVERIFY2(view.trendView()->chart()->title().contains(QStringLiteral("No trend released")),
             qPrintable(view.trendView()->chart()->title()));
}

QTEST_MAIN(tst_DashboardTrend)
#include "tst_dashboardtrend.moc"

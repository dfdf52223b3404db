// SPDX-License-Identifier: GPL-3.0-or-later
// Rendering speed of the results: a chart of 10^4 points, and switching between result pages.
// Prints one JSON line per measurement (milliseconds: median and max over the repetitions).
#include "fairstart/ui/results/charts.h"
#include "fairstart/ui/results/export.h"
#include "fairstart/ui/results/resultsview.h"

#include "../../../tests/ui/results/simulatedreport.h"

#include <QApplication>
#include <QChartView>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
#include <vector>

using namespace fairstart;

namespace {

void print(const char *name, std::vector<double> ms, const char *extra = "")
{
    std::sort(ms.begin(), ms.end());
    std::printf("{\"benchmark\": \"%s\", \"median_ms\": %.2f, \"max_ms\": %.2f, \"runs\": %zu%s}\n",
                name, ms[ms.size() / 2], ms.back(), ms.size(), extra);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);

    // 1. A line chart of 10^4 points: build the chart and render it into a 900x600 image.
    QList<QPointF> points;
    for (int i = 0; i < 10000; ++i)
        points.append(QPointF(i, std::sin(i / 300.0) + 0.1 * std::sin(i / 7.0)));
    std::vector<double> build, render;
    for (int run = 0; run < 15; ++run) {
        QElapsedTimer timer;
        timer.start();
        std::unique_ptr<QChart> chart(ui::makeLineChart(QStringLiteral("10^4 points"), points));
        build.push_back(timer.nsecsElapsed() / 1e6);
        // Laid out at 900x600 and painted into an image (what a screen or an export does).
        timer.restart();
        const QImage image = ui::renderChart(chart.get(), QSize(900, 600), 1.0);
        render.push_back(timer.nsecsElapsed() / 1e6);
        if (run == 0 && !image.save(QStringLiteral("/tmp/bench_10k.png")))
            return 1;
    }
    std::vector<double> total;
    for (std::size_t i = 0; i < build.size(); ++i)
        total.push_back(build[i] + render[i]);
    print("chart_10k_points_build", build);
    print("chart_10k_points_render", render);
    print("chart_10k_points_build_and_render", total);

    // 2. Switching between the pages of a shown ResultsView, painted each time.
    const testing::SimulatedFederation fed = testing::simulateFederation(1500);
    ui::ResultsView view;
    view.resize(1200, 800);
    QElapsedTimer setTimer;
    setTimer.start();
    view.setReport(fed.report);
    const double setReportMs = setTimer.nsecsElapsed() / 1e6;
    view.show();
    QApplication::processEvents();
    std::vector<double> switching;
    for (int round = 0; round < 5; ++round) {
        for (int p = 0; p < ui::ResultsView::PageCount; ++p) {
            QElapsedTimer timer;
            timer.start();
            view.setCurrentPage(ui::ResultsView::Page(p));
            view.repaint();
            QApplication::processEvents();
            switching.push_back(timer.nsecsElapsed() / 1e6);
        }
    }
    print("results_page_switch_and_paint", switching);
    std::printf("{\"benchmark\": \"results_set_report\", \"ms\": %.2f}\n", setReportMs);
    return 0;
}

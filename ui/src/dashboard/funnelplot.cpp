// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/ui/dashboard/funnelplot.h"

#include "fairstart/ui/dashboard/dashboardview.h"
#include "fairstart/ui/results/charts.h"
#include "fairstart/ui/results/format.h"
#include "fairstart/ui/tr.h"

#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace fairstart::ui {

QList<FunnelPoint> funnelPoints(const IndicatorModel &model, QStringList *withheld)
{
    QList<FunnelPoint> points;
    for (int row = 0; row < model.rowCount(); ++row) {
        const protocol::ReleasedCount count = model.count(row);
        const std::optional<double> size = model.denominator(row);
        if (count && size && *size > 0) {
            points.append({ model.area(row), *size, double(*count) });
        } else if (withheld) {
            withheld->append(model.area(row));
        }
    }
    return points;
}

FunnelLimits funnelLimits(const QList<FunnelPoint> &points, int steps)
{
    FunnelLimits limits;
    double count = 0;
    double size = 0;
    double smallest = 0;
    double largest = 0;
    for (const FunnelPoint &p : points) {
        count += p.count;
        size += p.size;
        smallest = smallest > 0 ? std::min(smallest, p.size) : p.size;
        largest = std::max(largest, p.size);
    }
    if (size <= 0)
        return limits;
    limits.pooled = count / size;
    const double p = limits.pooled;
    // From a little below the smallest area to a little above the largest, evenly on a log
    // scale, where the funnel bends.
    const double from = std::max(1.0, smallest * 0.8);
    const double to = std::max(from + 1, largest * 1.2);
    for (int i = 0; i <= steps; ++i) {
        const double n = from * std::pow(to / from, double(i) / steps);
        const double se = std::sqrt(p * (1 - p) / n);
        auto clip = [](double v) {
            return std::clamp(v, 0.0, 1.0);
        };
        limits.lower95.append({ n, clip(p - 1.959964 * se) });
        limits.upper95.append({ n, clip(p + 1.959964 * se) });
        limits.lower998.append({ n, clip(p - 3.090232 * se) });
        limits.upper998.append({ n, clip(p + 3.090232 * se) });
    }
    return limits;
}

QChart *makeFunnelChart(const QString &title, const QList<FunnelPoint> &points)
{
    auto *chart = new QChart;
    localizeChart(chart);
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    const FunnelLimits limits = funnelLimits(points);
    double xMax = 1;
    double yMin = 100;
    double yMax = 0;
    for (const FunnelPoint &p : points) {
        xMax = std::max(xMax, p.size * 1.2);
        yMin = std::min(yMin, 100 * p.rate());
        yMax = std::max(yMax, 100 * p.rate());
    }
    for (const QPointF &q : limits.upper998)
        yMax = std::max(yMax, 100 * q.y());
    for (const QPointF &q : limits.lower998)
        yMin = std::min(yMin, 100 * q.y());
    if (yMax < yMin) {
        yMin = 0;
        yMax = 1;
    }
    // The funnel fills the height (rates of 32 to 39% were squeezed into the top of 0 to 44%),
    // and the ticks are round numbers (not 32.9, 43.9 or 1,697 records).
    const double pad = std::max(0.5, 0.1 * (yMax - yMin));
    auto *x = new QValueAxis;
    x->setTitleText(Tr::tr("Records (size of the area)"));
    x->setRange(0, xMax);
    x->applyNiceNumbers();
    x->setLabelFormat(QStringLiteral("%.0f"));
    auto *y = new QValueAxis;
    y->setTitleText(Tr::tr("Rate (%)"));
    y->setRange(std::max(0.0, yMin - pad), std::min(100.0, yMax + pad));
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.3g"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    // The legend draws each line as a short stretch of it (a dashed and a dotted line, not two
    // equal grey squares), and the limits differ in shade too: the 95% limits lighter than the
    // 99.8% ones, the pooled rate darkest.
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    auto line = [&](const QList<QPointF> &curve, const QString &name, Qt::PenStyle style,
                    const QString &id) {
        auto *s = new QLineSeries;
        s->setObjectName(id);
        s->setName(name);
        for (const QPointF &q : curve)
            s->append(q.x(), 100 * q.y());
        QPen pen(style == Qt::DashLine      ? QColor(150, 150, 150)
                     : style == Qt::DotLine ? QColor(80, 80, 80)
                                            : QColor(40, 40, 40));
        pen.setStyle(style);
        pen.setWidthF(style == Qt::SolidLine ? 1.2 : 1.6);
        s->setPen(pen);
        chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
        return s;
    };
    // One area alone is its own pooled rate: limits around it compare it with itself (seen in
    // the walk of 2026-12-06, Municipality of residence = Zeist released by one area of three).
    if (points.size() >= 2) {
        const QList<QPointF> pooled { { limits.lower95.first().x(), limits.pooled },
                                      { limits.lower95.last().x(), limits.pooled } };
        line(pooled, Tr::tr("Pooled rate %1").arg(percentText(limits.pooled)), Qt::SolidLine,
             QStringLiteral("pooled"));
        line(limits.upper95, Tr::tr("95% limits"), Qt::DashLine, QStringLiteral("upper95"));
        auto *lower95 = line(limits.lower95, QString(), Qt::DashLine, QStringLiteral("lower95"));
        line(limits.upper998, Tr::tr("99.8% limits"), Qt::DotLine, QStringLiteral("upper998"));
        auto *lower998 = line(limits.lower998, QString(), Qt::DotLine, QStringLiteral("lower998"));
        // One legend entry per pair of limits.
        for (QLineSeries *s : { lower95, lower998 }) {
            for (QLegendMarker *marker : chart->legend()->markers(s))
                marker->setVisible(false);
        }
    }
    auto *areas = new QScatterSeries;
    areas->setObjectName(QStringLiteral("areas"));
    areas->setName(Tr::tr("Areas"));
    areas->setMarkerSize(9);
    for (const FunnelPoint &p : points)
        areas->append(p.size, 100 * p.rate());
    chart->addSeries(areas);
    areas->attachAxis(x);
    areas->attachAxis(y);
    // Each point named by its area (fourth walk: two unnamed dots, and no way to tell which
    // area lay outside the limits): a label-only series per area, not in the legend.
    for (const FunnelPoint &p : points) {
        auto *name = new QScatterSeries;
        name->setObjectName(QStringLiteral("area-label"));
        name->setName(p.area);
        name->setMarkerSize(9);
        name->setColor(Qt::transparent);
        name->setBorderColor(Qt::transparent);
        name->append(p.size, 100 * p.rate());
        // The label format is the text itself; '@' would start a placeholder.
        name->setPointLabelsFormat(
            QString(p.area).replace(QLatin1Char('@'), QStringLiteral("(at)")));
        name->setPointLabelsVisible(true);
        name->setPointLabelsClipping(false);
        chart->addSeries(name);
        name->attachAxis(x);
        name->attachAxis(y);
        for (QLegendMarker *marker : chart->legend()->markers(name))
            marker->setVisible(false);
    }
    return chart;
}

} // namespace fairstart::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/ui/results/decisioncurve.h"

#include "fairstart/ui/results/charts.h"
#include "fairstart/ui/results/thresholds.h"
#include "fairstart/ui/tr.h"

#include <QLineSeries>
#include <QPen>
#include <QScatterSeries>
#include <QValueAxis>
#include <QXYSeries>

#include <algorithm>
#include <cmath>

namespace fairstart::ui {

namespace {

QPen linePen(const QColor &colour, qreal width, Qt::PenStyle style = Qt::SolidLine)
{
    QPen p(colour);
    p.setWidthF(width);
    p.setStyle(style);
    return p;
}

// Okabe–Ito after black: the sites' thin lines stay apart for colour-blind readers.
QColor siteColour(int i)
{
    static const QColor colours[]
        = { QColor(0, 114, 178),   QColor(230, 159, 0),  QColor(0, 158, 115),
            QColor(204, 121, 167), QColor(86, 180, 233), QColor(213, 94, 0) };
    return colours[i % 6];
}

} // namespace

std::vector<NetBenefitPoint> netBenefit(const analysis::PerformanceMetrics &m,
                                        const QList<double> &thresholds)
{
    std::vector<NetBenefitPoint> out;
    if (!(m.n > 0))
        return out;
    QList<double> inside;
    for (double t : thresholds) {
        if (t > 0.0 && t < 1.0)
            inside << t;
    }
    const std::vector<analysis::ThresholdMetrics> tm = thresholdMetrics(m, inside);
    for (const analysis::ThresholdMetrics &t : tm) {
        const double odds = t.threshold / (1.0 - t.threshold);
        const double tp = t.sensitivity * m.events / m.n;
        const double fp = (1.0 - t.specificity) * (m.n - m.events) / m.n;
        NetBenefitPoint p;
        p.threshold = t.threshold;
        p.gridThreshold = t.gridThreshold;
        p.model = tp - fp * odds;
        p.treatAll = m.events / m.n - (m.n - m.events) / m.n * odds;
        out.push_back(p);
    }
    return out;
}

QList<double> decisionCurveThresholds(const QList<double> &chosen)
{
    QList<double> inside;
    for (double t : chosen) {
        if (t > 0.0 && t < 1.0)
            inside << t;
    }
    if (inside.isEmpty())
        return {};
    double lo = *std::min_element(inside.begin(), inside.end());
    double hi = *std::max_element(inside.begin(), inside.end());
    if (hi - lo < 1e-9) {
        // One threshold (0.5 when a run named none) drew a flat line over 0.45 to 0.55 at a
        // prevalence of 12%: the curve starts at 0.01, where treating everyone still pays.
        lo = 0.01;
        hi = std::min(0.99, hi + 0.05);
    }
    QList<double> out = inside;
    // Whole hundredths, so that the curve's points fall on the sites' risk grid.
    for (long k = std::lround(std::ceil(lo * 100 - 1e-9)); k <= std::lround(hi * 100); ++k)
        out << double(k) / 100.0;
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end(),
                          [](double a, double b) { return std::fabs(a - b) < 1e-12; }),
              out.end());
    return out;
}

QList<double> chosenThresholds(const protocol::FitReport &report)
{
    QList<double> out;
    if (report.performance) {
        for (const analysis::ThresholdMetrics &t : report.performance->thresholds)
            out << t.threshold;
    }
    return out;
}

QChart *makeNetBenefitChart(const QString &title, const std::vector<NetBenefitPoint> &pooled,
                            const QList<QPair<QString, std::vector<NetBenefitPoint>>> &sites,
                            const QList<double> &marked, double prevalence)
{
    if (pooled.empty())
        return nullptr;
    auto chart = new QChart;
    localizeChart(chart);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    const double from = pooled.front().threshold;
    const double to = pooled.back().threshold;
    auto x = new QValueAxis;
    x->setTitleText(Tr::tr("Risk threshold"));
    x->setRange(from, to > from ? to : from + 0.01);
    // Ticks at round thresholds: 0.10 to 0.20 in five ticks put labels "0.13" and "0.18" at
    // 0.125 and 0.175.
    x->applyNiceNumbers();
    x->setLabelFormat(QStringLiteral("%.2f"));
    auto y = new QValueAxis;
    y->setTitleText(Tr::tr("Net benefit"));
    double top = std::max(prevalence, 0.01);
    for (const NetBenefitPoint &p : pooled)
        top = std::max(top, p.model);
    for (const auto &site : sites) {
        for (const NetBenefitPoint &p : site.second)
            top = std::max(top, p.model);
    }
    y->setRange(-std::max(0.01, prevalence / 4.0), top * 1.1);
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.2f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    auto add = [&](QXYSeries *s) {
        chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
    };

    auto none = new QLineSeries;
    none->setObjectName(QStringLiteral("treat-none"));
    none->setName(Tr::tr("Treat none"));
    none->setPen(linePen(Qt::darkGray, 1.5));
    none->append(from, 0.0);
    none->append(to, 0.0);
    add(none);
    auto all = new QLineSeries;
    all->setObjectName(QStringLiteral("treat-all"));
    all->setName(Tr::tr("Treat all"));
    all->setPen(linePen(Qt::darkGray, 1.5, Qt::DashLine));
    for (const NetBenefitPoint &p : pooled)
        all->append(p.threshold, p.treatAll);
    add(all);

    int colour = 0;
    for (const auto &site : sites) {
        auto s = new QLineSeries;
        s->setObjectName(QStringLiteral("site:") + site.first);
        s->setName(site.first);
        s->setPen(linePen(siteColour(colour++), 1.2));
        for (const NetBenefitPoint &p : site.second)
            s->append(p.threshold, p.model);
        add(s);
    }

    auto model = new QLineSeries;
    model->setObjectName(QStringLiteral("model"));
    model->setName(Tr::tr("Model, all sites"));
    model->setPen(linePen(Qt::black, 2.5));
    for (const NetBenefitPoint &p : pooled)
        model->append(p.threshold, p.model);
    add(model);

    if (!marked.isEmpty()) {
        auto marks = new QScatterSeries;
        marks->setObjectName(QStringLiteral("chosen"));
        marks->setName(Tr::tr("Thresholds of the Evaluation block"));
        marks->setMarkerSize(9);
        marks->setColor(Qt::black);
        for (const NetBenefitPoint &p : pooled) {
            for (double t : marked) {
                if (std::fabs(p.threshold - t) < 1e-12)
                    marks->append(p.threshold, p.model);
            }
        }
        add(marks);
    }
    return chart;
}

QChart *makeDecisionCurveChart(const protocol::FitReport &report, const QList<double> &chosen)
{
    if (!report.performance || !(report.performance->n > 0))
        return nullptr;
    const QList<double> grid = decisionCurveThresholds(chosen);
    if (grid.isEmpty())
        return nullptr;
    const analysis::PerformanceMetrics &pooled = *report.performance;
    QList<QPair<QString, std::vector<NetBenefitPoint>>> sites;
    for (const protocol::SitePerformance &site : report.perSite) {
        if (site.metrics)
            sites.append({ site.site, netBenefit(*site.metrics, grid) });
    }
    // A registered model's evaluation fitted nothing in the run: not apparent (see ResultsView).
    const bool apparent = !report.glm.coefficients.empty();
    return makeNetBenefitChart(apparent ? Tr::tr("Decision curve (apparent): net benefit by risk "
                                                 "threshold")
                                        : Tr::tr("Decision curve: net benefit by risk threshold"),
                               netBenefit(pooled, grid), sites, chosen, pooled.events / pooled.n);
}

} // namespace fairstart::ui

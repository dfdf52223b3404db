// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/ui/dashboard/trendchart.h"

#include "fairstart/ui/results/format.h"
#include "fairstart/ui/tr.h"

#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <climits>
#include <cmath>
#include <map>

namespace fairstart::ui {

std::optional<double> TrendModel::Point::rate() const
{
    if (!count || !denominator || *denominator <= 0)
        return std::nullopt;
    return double(*count) / *denominator;
}

TrendModel::TrendModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TrendModel::setData(const QList<AreaDescriptives> &areas, const Indicator &indicator)
{
    beginResetModel();
    m_points.clear();
    m_period.clear();
    for (const AreaDescriptives &a : areas) {
        for (const protocol::ReleasedTable &t : a.descriptives.trends) {
            if (t.columnVariable != indicator.variable)
                continue;
            m_period = t.rowVariable;
            const qsizetype columns = t.columnLevels.size();
            const qsizetype level = t.columnLevels.indexOf(indicator.level);
            for (qsizetype y = 0; y < t.rowLevels.size(); ++y) {
                Point p;
                p.area = a.area;
                p.year = t.rowLevels[y].toInt();
                p.threshold = a.threshold;
                if (level >= 0)
                    p.count = t.counts[y * columns + level];
                // The year's records only when every level's cell is released: a sum with a
                // withheld cell left out would be a wrong denominator.
                double total = 0;
                bool complete = true;
                for (qsizetype c = 0; c < columns; ++c) {
                    const protocol::ReleasedCount &cell = t.counts[y * columns + c];
                    complete = complete && cell.has_value();
                    total += double(cell.value_or(0));
                }
                if (complete)
                    p.denominator = total;
                m_points.append(p);
            }
        }
    }
    // Years at the ends where no area released any cell: no children or too few, not a trend.
    auto anyReleased = [this](int year) {
        return std::any_of(m_points.begin(), m_points.end(), [year](const Point &p) {
            return p.year == year && (p.count || p.denominator);
        });
    };
    int first = INT_MAX;
    int last = INT_MIN;
    for (const Point &p : std::as_const(m_points)) {
        if (anyReleased(p.year)) {
            first = std::min(first, p.year);
            last = std::max(last, p.year);
        }
    }
    m_points.removeIf([first, last](const Point &p) { return p.year < first || p.year > last; });
    endResetModel();
}

int TrendModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_points.size());
}

int TrendModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrendModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != ExportRole))
        return {};
    switch (section) {
    case AreaColumn:
        return Tr::tr("Area");
    case YearColumn:
        if (role == Qt::DisplayRole && !m_periodLabel.isEmpty())
            return m_periodLabel;
        return m_period.isEmpty() ? Tr::tr("Year") : m_period;
    case DenominatorColumn:
        return Tr::tr("Records");
    case CountColumn:
        return Tr::tr("Count");
    case RateColumn:
        return Tr::tr("Rate (%)");
    default:
        return {};
    }
}

QVariant TrendModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_points.size())
        return {};
    const Point &p = m_points[index.row()];
    const bool text = role == Qt::DisplayRole || role == ExportRole;
    // Numbers (the year too) right-aligned, as in the other tables; the area's name left.
    if (role == Qt::TextAlignmentRole)
        return int((index.column() == AreaColumn ? Qt::AlignLeft : Qt::AlignRight)
                   | Qt::AlignVCenter);
    switch (index.column()) {
    case AreaColumn:
        return text ? QVariant(p.area) : QVariant();
    case YearColumn:
        return text ? QVariant(QString::number(p.year)) : QVariant();
    case DenominatorColumn:
        if (role == WithheldRole)
            return !p.denominator;
        if (!p.denominator)
            return text ? QVariant(Tr::tr("withheld")) : QVariant();
        if (role == Qt::DisplayRole)
            return QLocale().toString(qint64(*p.denominator));
        if (role == ExportRole)
            return QString::number(qint64(*p.denominator));
        return role == ValueRole ? QVariant(*p.denominator) : QVariant();
    case CountColumn:
        if (role == WithheldRole)
            return !p.count;
        if (!p.count) {
            if (role == Qt::ToolTipRole)
                return Tr::tr("Withheld by the area: fewer than %1 records, or withheld to "
                              "protect another cell.")
                    .arg(p.threshold);
            return text ? QVariant(withheldText(p.threshold)) : QVariant();
        }
        if (role == Qt::DisplayRole)
            return QLocale().toString(*p.count);
        if (role == ExportRole)
            return QString::number(*p.count);
        return role == ValueRole ? QVariant(double(*p.count)) : QVariant();
    case RateColumn: {
        const std::optional<double> r = p.rate();
        if (role == WithheldRole)
            return !r;
        if (!r)
            return text ? QVariant(Tr::tr("withheld")) : QVariant();
        if (role == Qt::DisplayRole)
            return QLocale().toString(100.0 * *r, 'f', 1);
        if (role == ExportRole)
            return QString::number(100.0 * *r, 'f', 3);
        return role == ValueRole ? QVariant(100.0 * *r) : QVariant();
    }
    default:
        return {};
    }
}

QChart *makeTrendChart(const TrendModel &model, const QString &title, const QString &periodTitle)
{
    // The legend below, as in the dashboard's other charts. Numbers are not localised: Qt
    // Charts formats a localised "%d" as nothing (the years vanished) and "%.0f" as "2.015".
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setTitle(title);
    auto *x = new QValueAxis;
    x->setTitleText(!periodTitle.isEmpty()                 ? periodTitle
                        : model.periodVariable().isEmpty() ? Tr::tr("Year")
                                                           : model.periodVariable());
    x->setLabelFormat(QStringLiteral("%d"));
    auto *y = new QValueAxis;
    y->setTitleText(Tr::tr("Rate (%)"));
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    std::map<QString, QList<TrendModel::Point>> byArea;
    int first = INT_MAX;
    int last = INT_MIN;
    double top = 0;
    for (const TrendModel::Point &p : model.points()) {
        byArea[p.area].append(p);
        first = std::min(first, p.year);
        last = std::max(last, p.year);
        if (const auto r = p.rate())
            top = std::max(top, 100.0 * *r);
    }
    auto *withheld = new QScatterSeries;
    withheld->setName(Tr::tr("Withheld"));
    withheld->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    withheld->setMarkerSize(9);
    withheld->setColor(Qt::gray);
    // Which areas withheld each year, in the areas' order: their squares stand side by side.
    std::map<int, QStringList> withheldBy;
    for (const auto &[area, points] : byArea) {
        for (const TrendModel::Point &p : points) {
            if (!p.rate())
                withheldBy[p.year] << area;
        }
    }
    std::map<QString, QColor> colours;
    for (const auto &[area, points] : byArea) {
        // One segment per run of released years, all in the area's colour; only the first is
        // named, so the legend lists each area once (also an area that released no year: its
        // colour marks its withheld years).
        QLineSeries *segment = nullptr;
        QColor colour;
        for (const TrendModel::Point &p : points) {
            const std::optional<double> r = p.rate();
            if (!r) {
                if (segment && segment->count() > 0)
                    segment = nullptr;
                continue;
            }
            if (!segment) {
                segment = new QLineSeries;
                segment->setPointsVisible(true);
                chart->addSeries(segment);
                segment->attachAxis(x);
                segment->attachAxis(y);
                if (!colour.isValid()) {
                    segment->setName(area);
                    colour = segment->color();
                } else {
                    segment->setColor(colour);
                }
            }
            segment->append(p.year, 100.0 * *r);
        }
        if (!colour.isValid()) { // nothing released: a legend entry for its colour
            auto *named = new QLineSeries;
            named->setName(area);
            chart->addSeries(named);
            named->attachAxis(x);
            named->attachAxis(y);
            colour = named->color();
        }
        colours[area] = colour;
    }
    // A withheld year: a square on the axis in the colour of the area that withheld it, the
    // squares of several areas side by side (one square per year hid which areas withheld it);
    // the legend has one "Withheld" entry.
    const double spread = 0.6 / std::max<std::size_t>(1, byArea.size());
    for (const auto &[year, areas] : withheldBy) {
        const qsizetype m = areas.size();
        for (qsizetype k = 0; k < m; ++k) {
            withheld->append(year + (double(k) - double(m - 1) / 2.0) * std::min(spread, 0.2), 0);
            withheld->setPointConfiguration(
                withheld->count() - 1,
                { { QXYSeries::PointConfiguration::Color, colours[areas[k]] } });
        }
    }
    chart->addSeries(withheld);
    withheld->attachAxis(x);
    withheld->attachAxis(y);
    if (first <= last) {
        x->setRange(first - 0.5, last + 0.5);
        x->setTickCount(std::min(last - first + 1, 12) + 1);
        x->setTickType(QValueAxis::TicksDynamic);
        x->setTickAnchor(first);
        x->setTickInterval(std::max(1, (last - first + 1) / 12));
    }
    y->setRange(0, top > 0 ? std::ceil(top * 1.15) : 10.0);
    // Round ticks (0, 10, 20 … %), not 0, 12, 24, 35, 47.
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.3g"));
    // Legend markers of the unnamed segments would repeat the area.
    for (QAbstractSeries *s : chart->series()) {
        // "Withheld" in the legend only when a year is withheld.
        if (s->name().isEmpty() || (s == withheld && withheld->count() == 0)) {
            for (QLegendMarker *m : chart->legend()->markers(s))
                m->setVisible(false);
        }
    }
    return chart;
}

} // namespace fairstart::ui

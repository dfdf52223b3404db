// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard's trend by birth year: the rate of an indicator per year and area, from the
// trends each area released (DescriptivesResponse::trends). A year whose count or denominator an
// area withheld stays withheld: a gap in its line and a marker on the axis, "withheld" in the
// table and the export, never drawn as zero and never summed over areas or years.
#pragma once

#include "fairstart/ui/dashboard/dashboardview.h"

#include <QAbstractTableModel>

class QChart;

namespace fairstart::ui {

// Rows: one per area and year. Columns: area, year, records, count, rate.
class TrendModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { AreaColumn, YearColumn, DenominatorColumn, CountColumn, RateColumn, ColumnCount };

    struct Point {
        QString area;
        int year = 0;
        int threshold = 10;
        protocol::ReleasedCount count; // the indicator's level in that year
        std::optional<double> denominator; // the year's records; nullopt when a cell is withheld
        std::optional<double> rate() const;
    };

    explicit TrendModel(QObject *parent = nullptr);
    // The indicator's trend in every area that released one for `indicator.variable`. Years at
    // either end where no area released a single cell are left out (no or too few records).
    void setData(const QList<AreaDescriptives> &areas, const Indicator &indicator);
    const QList<Point> &points() const { return m_points; }
    QString periodVariable() const { return m_period; }
    // The period's label for the year column's header on screen ("Year of birth"); the CSV
    // keeps the variable's name.
    void setPeriodLabel(const QString &label) { m_periodLabel = label; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Point> m_points;
    QString m_period;
    QString m_periodLabel;
};

// A line per area (broken where a year is withheld) and the withheld years as markers on the
// axis, in a series named "Withheld" (in the legend only when a year is withheld).
// `periodTitle`: the period's label for the axis (the catalogue's "Year of birth"); the
// variable's name when empty.
QChart *makeTrendChart(const TrendModel &model, const QString &title,
                       const QString &periodTitle = {});

} // namespace fairstart::ui

// SPDX-License-Identifier: GPL-3.0-or-later
// The policymaker dashboard: aggregate indicators (counts and rates of a category) per site or
// municipality, from the descriptives each area released, as a bar chart and a table. Withheld
// counts stay withheld: shown as "< threshold", never drawn as zero, never summed into a total.
#pragma once

#include "fairstart/protocol/messages.h"

#include <QAbstractTableModel>
#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class QTableView;
class QTabWidget;

namespace fairstart::ui {
class TrendModel;
}

namespace fairstart::ui {

// What one area (a site or a municipality) released.
struct AreaDescriptives {
    QString area;
    protocol::DescriptivesResponse descriptives;
    int threshold = 10; // the area's cell threshold (for "< 10")
};

// An indicator: the share of records with `level` of categorical `variable`.
struct Indicator {
    QString variable;
    QString level;
    bool operator==(const Indicator &) const = default;
};

// Rows: areas. Columns: area, records, count, rate.
class IndicatorModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { AreaColumn, DenominatorColumn, CountColumn, RateColumn, ColumnCount };

    explicit IndicatorModel(QObject *parent = nullptr);
    void setData(const QList<AreaDescriptives> &areas, const Indicator &indicator);
    const Indicator &indicator() const { return m_indicator; }
    // The variable's label for the count column's header on screen ("Mother's education =
    // high"); the CSV keeps the variable's name.
    void setVariableLabel(const QString &label) { m_variableLabel = label; }
    // The level's label there too ("Mother's education = Low (primary)").
    void setLevelLabel(const QString &label) { m_levelLabel = label; }

    // Count and denominator of an area (nullopt: withheld or not released).
    protocol::ReleasedCount count(int row) const;
    std::optional<double> denominator(int row) const;
    std::optional<double> rate(int row) const;
    int threshold(int row) const;
    QString area(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QString area;
        int threshold = 10;
        bool released = false; // the area released the variable at all
        protocol::ReleasedCount count;
        std::optional<double> denominator;
    };
    QList<Row> m_rows;
    Indicator m_indicator;
    QString m_variableLabel;
    QString m_levelLabel;
};

// Every categorical level any area released, sorted.
QList<Indicator> availableIndicators(const QList<AreaDescriptives> &areas);

class DashboardView : public QWidget {
    Q_OBJECT

public:
    explicit DashboardView(QWidget *parent = nullptr);

    // areaKind: e.g. tr("Municipality") or tr("Site"), the first column's header.
    void setData(const QList<AreaDescriptives> &areas, const QString &areaKind = {});
    void setIndicator(const Indicator &indicator);
    // The catalogue's labels: indicators read "Mother's education = low", not the column name.
    // Call before setData.
    void setVariableLabels(const QMap<QString, QString> &labels);
    // The levels in the order the sites' import schemas declare, and their labels (issue 17):
    // "Mother's education = Low (primary)", low, middle, high; not "= low" in the order of the
    // levels' names (seen in the walk of 2026-12-06). Call before setData.
    void setLevels(const QMap<QString, QStringList> &order,
                   const QMap<QString, QMap<QString, QString>> &labels);
    // Why some areas are not in the dashboard at all (a site that refused the descriptives);
    // shown under the table, and the note no longer says that every area released.
    void setMissingAreas(const QString &why);
    QString noteText() const;

    IndicatorModel *model() const { return m_model; }
    QChartView *chartView() const { return m_chartView; }
    // The funnel plot of the indicator (rate against size, control limits; funnelplot.h).
    QChartView *funnelView() const { return m_funnelView; }
    QTableView *table() const { return m_table; }
    // The indicator by birth year per area (trendchart.h), its own tab; empty when no area
    // released a trend of the indicator's variable.
    QChartView *trendView() const { return m_trendView; }
    TrendModel *trendModel() const { return m_trendModel; }
    QTabWidget *chartTabs() const { return m_charts; }
    QComboBox *indicatorChoice() const { return m_choice; }

public Q_SLOTS:
    void exportChart();
    void exportTable();

private:
    void update();
    void showNote();
    QString levelLabel(const Indicator &indicator) const;

    QList<AreaDescriptives> m_areas;
    QList<Indicator> m_indicators;
    QString m_areaKind;
    QMap<QString, QString> m_labels;
    QMap<QString, QStringList> m_levelOrder;
    QMap<QString, QMap<QString, QString>> m_levelLabels;
    QString m_missingAreas;
    IndicatorModel *m_model = nullptr;
    QComboBox *m_choice = nullptr;
    QChartView *m_chartView = nullptr;
    QChartView *m_funnelView = nullptr;
    QChartView *m_trendView = nullptr;
    TrendModel *m_trendModel = nullptr;
    QTabWidget *m_charts = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_note = nullptr;
    // The note's parts: about every tab (what was released, areas missing), the funnel plot's
    // limits and the trend's withheld years; showNote() shows the first and the current tab's.
    QString m_baseNote;
    QString m_funnelNote;
    QString m_trendNote;
};

} // namespace fairstart::ui

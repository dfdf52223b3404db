// SPDX-License-Identifier: GPL-3.0-or-later
// Released descriptives of a cohort: histograms of numeric variables, bar charts and counts of
// categories, and two-way tables. Withheld counts read "< threshold" and are never drawn as zero.
#pragma once

#include "fairstart/protocol/messages.h"

#include <QWidget>

class QChartView;
class QListWidget;
class QStackedWidget;
class QTableView;
class QLabel;

namespace fairstart::ui {

class CategoryCountModel;
class NumericSummaryModel;
class TwoWayTableModel;

class DescriptivesView : public QWidget {
    Q_OBJECT

public:
    explicit DescriptivesView(QWidget *parent = nullptr);

    // threshold: the site's cell threshold, for the "< threshold" text.
    void setDescriptives(const protocol::DescriptivesResponse &descriptives, int threshold = 10);

    // Items of the list: numeric variables, then categorical ones, then tables.
    int itemCount() const;
    void setCurrentItem(int item);
    QChartView *chartView() const { return m_chartView; }
    QTableView *table() const { return m_table; }
    NumericSummaryModel *numericModel() const { return m_numeric; }
    CategoryCountModel *categoryModel() const { return m_categories; }
    TwoWayTableModel *twoWayModel() const { return m_twoWay; }

public Q_SLOTS:
    void exportChart();
    void exportTable();

private:
    void showItem(int item);

    protocol::DescriptivesResponse m_descriptives;
    int m_threshold = 10;
    QListWidget *m_list = nullptr;
    QLabel *m_summary = nullptr;
    QChartView *m_chartView = nullptr;
    QTableView *m_table = nullptr;
    NumericSummaryModel *m_numeric = nullptr;
    CategoryCountModel *m_categories = nullptr;
    TwoWayTableModel *m_twoWay = nullptr;
};

} // namespace fairstart::ui

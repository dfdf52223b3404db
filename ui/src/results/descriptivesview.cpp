// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/ui/results/descriptivesview.h"

#include "fairstart/ui/results/charts.h"
#include "fairstart/ui/results/descriptivesmodels.h"
#include "fairstart/ui/results/export.h"
#include "fairstart/ui/results/format.h"
#include "fairstart/ui/tr.h"

#include <QChartView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace fairstart::ui {

DescriptivesView::DescriptivesView(QWidget *parent)
    : QWidget(parent)
    , m_numeric(new NumericSummaryModel(this))
    , m_categories(new CategoryCountModel(this))
    , m_twoWay(new TwoWayTableModel(this))
{
    setAccessibleName(Tr::tr("Descriptives"));
    auto layout = new QVBoxLayout(this);
    auto top = new QHBoxLayout;
    m_summary = new QLabel;
    m_summary->setAccessibleName(Tr::tr("Cohort size"));
    auto exportChartButton = new QPushButton(Tr::tr("Export &chart…"));
    exportChartButton->setAccessibleName(Tr::tr("Export the chart as PNG, SVG or PDF"));
    auto exportTableButton = new QPushButton(Tr::tr("Export &table…"));
    exportTableButton->setAccessibleName(Tr::tr("Export the table as CSV"));
    top->addWidget(m_summary, 1);
    top->addWidget(exportChartButton);
    top->addWidget(exportTableButton);
    layout->addLayout(top);

    auto body = new QHBoxLayout;
    m_list = new QListWidget;
    m_list->setAccessibleName(Tr::tr("Variables and tables"));
    m_list->setMaximumWidth(220);
    body->addWidget(m_list);
    auto splitter = new QSplitter(Qt::Vertical);
    m_chartView = new QChartView(new QChart);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setAccessibleName(Tr::tr("Chart of the selected variable"));
    m_chartView->setMinimumHeight(240);
    m_table = new QTableView;
    m_table->setAccessibleName(Tr::tr("Table of the selected variable"));
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    splitter->addWidget(m_chartView);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    body->addWidget(splitter, 1);
    layout->addLayout(body, 1);

    connect(m_list, &QListWidget::currentRowChanged, this, &DescriptivesView::showItem);
    connect(exportChartButton, &QPushButton::clicked, this, &DescriptivesView::exportChart);
    connect(exportTableButton, &QPushButton::clicked, this, &DescriptivesView::exportTable);
}

void DescriptivesView::setDescriptives(const protocol::DescriptivesResponse &d, int threshold)
{
    m_descriptives = d;
    m_threshold = threshold;
    m_summary->setText(Tr::tr("Dataset %1: %2 records in the cohort.")
                           .arg(d.dataset, QLocale().toString(d.cohortSize)));
    m_numeric->setDescriptions(d.numeric, threshold);
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const protocol::NumericDescription &n : d.numeric)
        m_list->addItem(Tr::tr("%1 (numeric)").arg(n.variable));
    for (const protocol::CategoricalDescription &c : d.categorical)
        m_list->addItem(Tr::tr("%1 (categories)").arg(c.variable));
    for (const protocol::ReleasedTable &t : d.tables)
        m_list->addItem(Tr::tr("%1 × %2").arg(t.rowVariable, t.columnVariable));
    m_list->setCurrentRow(itemCount() > 0 ? 0 : -1);
    showItem(m_list->currentRow());
}

int DescriptivesView::itemCount() const
{
    return int(m_descriptives.numeric.size() + m_descriptives.categorical.size()
               + m_descriptives.tables.size());
}

void DescriptivesView::setCurrentItem(int item)
{
    m_list->setCurrentRow(item);
}

void DescriptivesView::showItem(int item)
{
    QChart *chart = nullptr;
    const int nNumeric = int(m_descriptives.numeric.size());
    const int nCategorical = int(m_descriptives.categorical.size());
    if (item >= 0 && item < nNumeric) {
        const protocol::NumericDescription &n = m_descriptives.numeric[item];
        chart = n.histograms.isEmpty() ? nullptr
                                       : makeHistogramChart(n.variable, n.histograms.first());
        m_table->setModel(m_numeric);
        m_table->selectRow(item);
    } else if (item >= nNumeric && item < nNumeric + nCategorical) {
        const protocol::CategoricalDescription &c = m_descriptives.categorical[item - nNumeric];
        chart = makeCategoryChart(c, m_threshold);
        m_categories->setDescription(c, m_descriptives.cohortSize, m_threshold);
        m_table->setModel(m_categories);
    } else if (item >= nNumeric + nCategorical && item < itemCount()) {
        m_twoWay->setTable(m_descriptives.tables[item - nNumeric - nCategorical], m_threshold);
        m_table->setModel(m_twoWay);
    } else {
        m_table->setModel(nullptr);
    }
    QChart *old = m_chartView->chart();
    m_chartView->setChart(chart ? chart : new QChart);
    delete old;
    m_chartView->setVisible(chart != nullptr);
}

void DescriptivesView::exportChart()
{
    saveChartInteractively(m_chartView, this, QStringLiteral("descriptives"));
}

void DescriptivesView::exportTable()
{
    saveTableInteractively(m_table->model(), this, QStringLiteral("descriptives"),
                           m_table->model() == m_twoWay);
}

} // namespace fairstart::ui

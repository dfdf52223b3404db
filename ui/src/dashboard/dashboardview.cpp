// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/ui/dashboard/dashboardview.h"

#include "fairstart/ui/dashboard/funnelplot.h"
#include "fairstart/ui/dashboard/trendchart.h"

#include "fairstart/ui/results/charts.h"
#include "fairstart/ui/results/export.h"
#include "fairstart/ui/results/format.h"
#include "fairstart/ui/tr.h"

#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace fairstart::ui {

// ---- IndicatorModel --------------------------------------------------------------------------

IndicatorModel::IndicatorModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void IndicatorModel::setData(const QList<AreaDescriptives> &areas, const Indicator &indicator)
{
    beginResetModel();
    m_indicator = indicator;
    m_rows.clear();
    for (const AreaDescriptives &a : areas) {
        Row row;
        row.area = a.area;
        row.threshold = a.threshold;
        for (const protocol::CategoricalDescription &c : a.descriptives.categorical) {
            if (c.variable != indicator.variable)
                continue;
            for (const protocol::CatalogueLevel &l : c.levels) {
                if (l.name == indicator.level) {
                    row.released = true;
                    row.count = l.count;
                }
            }
            // The records with a value: the cohort minus those missing, when that was released.
            if (row.released) {
                const double n
                    = double(a.descriptives.cohortSize) - (c.missing ? double(*c.missing) : 0.0);
                if (c.missing && n > 0)
                    row.denominator = n;
                else if (!c.missing && a.descriptives.cohortSize > 0)
                    row.denominator = double(a.descriptives.cohortSize);
            }
        }
        m_rows.append(row);
    }
    endResetModel();
}

protocol::ReleasedCount IndicatorModel::count(int row) const
{
    return m_rows.at(row).count;
}

std::optional<double> IndicatorModel::denominator(int row) const
{
    return m_rows.at(row).denominator;
}

std::optional<double> IndicatorModel::rate(int row) const
{
    const Row &r = m_rows.at(row);
    if (!r.count || !r.denominator || *r.denominator <= 0)
        return std::nullopt;
    return double(*r.count) / *r.denominator;
}

int IndicatorModel::threshold(int row) const
{
    return m_rows.at(row).threshold;
}

QString IndicatorModel::area(int row) const
{
    return m_rows.at(row).area;
}

int IndicatorModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IndicatorModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IndicatorModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[index.row()];
    const bool text = role == Qt::DisplayRole || role == ExportRole;
    if (index.column() == AreaColumn)
        return text ? QVariant(r.area) : QVariant();
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (!r.released) {
        if (text)
            return Tr::tr("not released");
        return {};
    }
    switch (index.column()) {
    case DenominatorColumn:
        if (!r.denominator)
            return text ? QVariant(QString()) : QVariant();
        if (role == Qt::DisplayRole)
            return QLocale().toString(qint64(*r.denominator));
        if (role == ExportRole)
            return QString::number(qint64(*r.denominator));
        return role == ValueRole ? QVariant(*r.denominator) : QVariant();
    case CountColumn:
        if (role == WithheldRole)
            return !r.count;
        if (!r.count) {
            if (text)
                return withheldText(r.threshold);
            if (role == Qt::ToolTipRole)
                return Tr::tr("Withheld by the area: fewer than %1 records.").arg(r.threshold);
            return {};
        }
        if (role == Qt::DisplayRole)
            return QLocale().toString(*r.count);
        if (role == ExportRole)
            return QString::number(*r.count);
        return role == ValueRole ? QVariant(double(*r.count)) : QVariant();
    case RateColumn: {
        if (role == WithheldRole)
            return !r.count;
        const std::optional<double> v = rate(index.row());
        if (!v)
            return text ? QVariant(r.count ? QString() : Tr::tr("withheld")) : QVariant();
        // The header says "Rate (%)": "38.0", not "38.0%" (as the trend's table).
        if (role == Qt::DisplayRole)
            return QLocale().toString(100.0 * *v, 'f', 1);
        if (role == ExportRole)
            return exactNumber(100.0 * *v);
        return role == ValueRole ? QVariant(*v) : QVariant();
    }
    default:
        return {};
    }
}

QVariant IndicatorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != ExportRole))
        return {};
    switch (section) {
    case AreaColumn:
        return Tr::tr("Area");
    case DenominatorColumn:
        return Tr::tr("Records with a value");
    case CountColumn:
        return Tr::tr("%1 = %2").arg(
            role == Qt::DisplayRole && !m_variableLabel.isEmpty() ? m_variableLabel
                                                                  : m_indicator.variable,
            role == Qt::DisplayRole && !m_levelLabel.isEmpty() ? m_levelLabel : m_indicator.level);
    case RateColumn:
        return Tr::tr("Rate (%)");
    default:
        return {};
    }
}

QList<Indicator> availableIndicators(const QList<AreaDescriptives> &areas)
{
    QList<Indicator> out;
    for (const AreaDescriptives &a : areas) {
        for (const protocol::CategoricalDescription &c : a.descriptives.categorical) {
            for (const protocol::CatalogueLevel &l : c.levels) {
                const Indicator i { c.variable, l.name };
                if (!out.contains(i))
                    out.append(i);
            }
        }
    }
    std::sort(out.begin(), out.end(), [](const Indicator &a, const Indicator &b) {
        return a.variable != b.variable ? a.variable < b.variable : a.level < b.level;
    });
    return out;
}

// ---- DashboardView ---------------------------------------------------------------------------

DashboardView::DashboardView(QWidget *parent)
    : QWidget(parent)
    , m_model(new IndicatorModel(this))
{
    setAccessibleName(Tr::tr("Dashboard"));
    auto layout = new QVBoxLayout(this);
    auto top = new QHBoxLayout;
    auto label = new QLabel(Tr::tr("&Indicator:"));
    m_choice = new QComboBox;
    m_choice->setAccessibleName(Tr::tr("Indicator"));
    label->setBuddy(m_choice);
    auto exportChartButton = new QPushButton(Tr::tr("Export &chart…"));
    exportChartButton->setAccessibleName(Tr::tr("Export the chart as PNG, SVG or PDF"));
    auto exportTableButton = new QPushButton(Tr::tr("Export &table…"));
    exportTableButton->setAccessibleName(Tr::tr("Export the table as CSV"));
    top->addWidget(label);
    top->addWidget(m_choice, 1);
    top->addWidget(exportChartButton);
    top->addWidget(exportTableButton);
    layout->addLayout(top);

    auto splitter = new QSplitter(Qt::Vertical);
    m_chartView = new QChartView(new QChart);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setAccessibleName(Tr::tr("Indicator per area"));
    m_chartView->setMinimumHeight(260);
    m_table = new QTableView;
    m_table->setModel(m_model);
    m_table->setAccessibleName(Tr::tr("Indicator table"));
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Not stretched: the rates stood at the far right of a 400 px column (fourth walk).
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_funnelView = new QChartView(new QChart);
    m_funnelView->setRenderHint(QPainter::Antialiasing);
    m_funnelView->setAccessibleName(Tr::tr("Funnel plot: rate against size"));
    m_charts = new QTabWidget;
    m_charts->addTab(m_chartView, Tr::tr("Per area"));
    m_charts->addTab(m_funnelView, Tr::tr("Funnel plot"));
    m_trendModel = new TrendModel(this);
    m_trendView = new QChartView(new QChart);
    m_trendView->setRenderHint(QPainter::Antialiasing);
    m_trendView->setAccessibleName(Tr::tr("Trend by birth year"));
    m_charts->addTab(m_trendView, Tr::tr("Trend by birth year"));
    splitter->addWidget(m_charts);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);
    m_note = new QLabel;
    m_note->setWordWrap(true);
    m_note->setAccessibleName(Tr::tr("About suppression"));
    layout->addWidget(m_note);

    connect(m_choice, &QComboBox::currentIndexChanged, this, &DashboardView::update);
    // The table below shows what "Export table" writes: the trend's rows on the trend tab.
    connect(m_charts, &QTabWidget::currentChanged, this, [this] {
        m_table->setModel(m_charts->currentWidget() == m_trendView
                              ? static_cast<QAbstractItemModel *>(m_trendModel)
                              : m_model);
        showNote();
    });
    connect(exportChartButton, &QPushButton::clicked, this, &DashboardView::exportChart);
    connect(exportTableButton, &QPushButton::clicked, this, &DashboardView::exportTable);
}

void DashboardView::setData(const QList<AreaDescriptives> &areas, const QString &areaKind)
{
    m_areas = areas;
    m_areaKind = areaKind;
    m_indicators = availableIndicators(areas);
    // A variable's levels as its schema declares them (low, middle, high), undeclared ones after.
    std::stable_sort(m_indicators.begin(), m_indicators.end(),
                     [this](const Indicator &a, const Indicator &b) {
                         if (a.variable != b.variable)
                             return false;
                         const QStringList &order = m_levelOrder.value(a.variable);
                         const auto rank = [&order](const QString &level) {
                             const qsizetype i = order.indexOf(level);
                             return i < 0 ? order.size() : i;
                         };
                         return rank(a.level) < rank(b.level);
                     });
    const QSignalBlocker blocker(m_choice);
    m_choice->clear();
    for (const Indicator &i : m_indicators)
        m_choice->addItem(
            Tr::tr("%1 = %2").arg(m_labels.value(i.variable, i.variable), levelLabel(i)));
    m_choice->setCurrentIndex(m_indicators.isEmpty() ? -1 : 0);
    update();
}

void DashboardView::setVariableLabels(const QMap<QString, QString> &labels)
{
    m_labels.clear();
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        if (!it.value().trimmed().isEmpty()) // no label: the variable's own name
            m_labels.insert(it.key(), it.value().trimmed());
    }
}

void DashboardView::setLevels(const QMap<QString, QStringList> &order,
                              const QMap<QString, QMap<QString, QString>> &labels)
{
    m_levelOrder = order;
    m_levelLabels = labels;
}

QString DashboardView::levelLabel(const Indicator &indicator) const
{
    const QString label = m_levelLabels.value(indicator.variable).value(indicator.level).trimmed();
    return label.isEmpty() ? indicator.level : label;
}

void DashboardView::setMissingAreas(const QString &why)
{
    m_missingAreas = why;
    update();
}

QString DashboardView::noteText() const
{
    return m_note->text();
}

void DashboardView::setIndicator(const Indicator &indicator)
{
    const qsizetype i = m_indicators.indexOf(indicator);
    if (i >= 0)
        m_choice->setCurrentIndex(int(i));
}

void DashboardView::update()
{
    const int i = m_choice->currentIndex();
    const Indicator indicator = i >= 0 && i < m_indicators.size() ? m_indicators[i] : Indicator {};
    m_model->setVariableLabel(m_labels.value(indicator.variable));
    m_model->setLevelLabel(m_levelLabels.value(indicator.variable).value(indicator.level));
    const QString level = levelLabel(indicator);
    m_model->setData(m_areas, indicator);
    QList<BarValue> bars;
    int threshold = 10;
    bool anyWithheld = false;
    QStringList notReleased; // no count, and not even the records it would be a share of
    for (int row = 0; row < m_model->rowCount(); ++row) {
        BarValue b;
        b.label = m_model->area(row);
        b.value = m_model->rate(row);
        if (b.value)
            *b.value *= 100.0;
        threshold = m_model->threshold(row);
        if (!m_model->count(row) && m_model->denominator(row)) {
            anyWithheld = true;
            b.withheldCeiling = 100.0 * (threshold - 1) / *m_model->denominator(row);
        } else if (!m_model->count(row)) {
            notReleased << m_model->area(row);
        }
        bars.append(b);
    }
    const QString variable = m_labels.value(indicator.variable, indicator.variable);
    QChart *old = m_chartView->chart();
    m_chartView->setChart(makeBarChart(indicator.variable.isEmpty()
                                           ? Tr::tr("No indicator released")
                                           : Tr::tr("%1 = %2 per area").arg(variable, level),
                                       bars, Tr::tr("Rate (%)"), withheldText(threshold)));
    delete old;
    QStringList leftOut;
    const QList<FunnelPoint> points = funnelPoints(*m_model, &leftOut);
    QChart *oldFunnel = m_funnelView->chart();
    m_funnelView->setChart(
        makeFunnelChart(indicator.variable.isEmpty()
                            ? Tr::tr("No indicator released")
                            : Tr::tr("%1 = %2 against the size of the area").arg(variable, level),
                        points));
    delete oldFunnel;
    // What the funnel's lines mean, for a reader who has not met one (fourth walk).
    QString funnelNote = points.size() >= 2
        ? QString(QLatin1Char(' ')
                  + Tr::tr("Funnel plot: an area outside the dotted 99.8% limits differs from the "
                           "pooled rate by more than chance explains (about 1 in 500 by chance); "
                           "between the dashed 95% and the dotted limits it is worth a look. "
                           "Smaller areas have wider limits."))
        : QString(QLatin1Char(' ')
                  + Tr::tr("Funnel plot: it compares each area with the pooled rate of all, so it "
                           "needs two or more areas that released this indicator; %n did.",
                           nullptr, int(points.size())));
    if (!leftOut.isEmpty())
        funnelNote += QLatin1Char(' ')
            + Tr::tr("The funnel plot and its pooled rate leave out %1: their counts are "
                     "withheld.")
                  .arg(leftOut.join(QStringLiteral(", ")));
    QString released = anyWithheld
        ? Tr::tr("Hatched bars: the area withheld the count because it is below its threshold; "
                 "the rate lies somewhere in the hatched range. Totals over areas are not shown, "
                 "because they would reveal withheld counts.")
        : m_missingAreas.isEmpty() && notReleased.isEmpty()
        ? Tr::tr("Every area released this indicator.")
        : QString();
    // Seen in the fifth walk: "Every area released this indicator." under two areas whose
    // count and records were "not released".
    if (!notReleased.isEmpty())
        released = QString(released + QLatin1Char(' ')
                           + Tr::tr("Not released by %1: fewer records than the area's threshold "
                                    "have this value, or none; the rate is not shown.")
                                 .arg(notReleased.join(QStringLiteral(", "))))
                       .trimmed();
    m_note->setText(released);
    m_trendModel->setPeriodLabel(QString());
    m_trendModel->setData(m_areas, indicator);
    QChart *oldTrend = m_trendView->chart();
    // The catalogue's labels, as in the indicator list and the other charts' titles.
    const QString period
        = m_labels.value(m_trendModel->periodVariable(), m_trendModel->periodVariable());
    m_trendModel->setPeriodLabel(m_labels.value(m_trendModel->periodVariable()));
    m_trendView->setChart(makeTrendChart(
        *m_trendModel,
        m_trendModel->points().isEmpty()
            ? Tr::tr("No trend released: the areas release no counts per birth year for %1")
                  .arg(variable)
            : Tr::tr("%1 = %2 by %3").arg(variable, level, period),
        period));
    delete oldTrend;
    const bool trendWithheld
        = std::any_of(m_trendModel->points().begin(), m_trendModel->points().end(),
                      [](const TrendModel::Point &p) { return !p.rate(); });
    const QString trendNote = trendWithheld ? QLatin1Char(' ')
            + Tr::tr("In the trend, a square on the axis in an area's colour is a year the "
                     "area withheld (fewer records than its threshold, or withheld to protect "
                     "another cell); the line breaks there.")
                                            : QString();
    // The note speaks of the tab shown (the walk of 2026-12-06: the funnel plot's limits were
    // explained under the trend, and the trend's grey squares under the bars, a paragraph of six
    // lines on every tab).
    m_baseNote = m_note->text();
    if (!m_missingAreas.isEmpty())
        m_baseNote = QString(m_baseNote + QLatin1Char(' ')
                             + Tr::tr("Not in the dashboard: %1").arg(m_missingAreas))
                         .trimmed();
    m_funnelNote = funnelNote.trimmed();
    m_trendNote = trendNote.trimmed();
    showNote();
    if (!m_areaKind.isEmpty())
        m_table->setToolTip(m_areaKind);
}

void DashboardView::showNote()
{
    const QString tabNote = m_charts->currentWidget() == m_funnelView ? m_funnelNote
        : m_charts->currentWidget() == m_trendView                    ? m_trendNote
                                                                      : QString();
    m_note->setText(QString(m_baseNote + QLatin1Char(' ') + tabNote).trimmed());
}

void DashboardView::exportChart()
{
    if (m_charts->currentWidget() == m_trendView) {
        saveChartInteractively(m_trendView, this, QStringLiteral("trend"));
        return;
    }
    if (m_charts->currentWidget() == m_funnelView) {
        saveChartInteractively(m_funnelView, this, QStringLiteral("funnel"));
        return;
    }
    saveChartInteractively(m_chartView, this, QStringLiteral("dashboard"));
}

void DashboardView::exportTable()
{
    // On the trend tab the table exported is the trend's, one row per area and year.
    if (m_charts->currentWidget() == m_trendView) {
        saveTableInteractively(m_trendModel, this, QStringLiteral("trend"));
        return;
    }
    saveTableInteractively(m_model, this, QStringLiteral("dashboard"));
}

} // namespace fairstart::ui

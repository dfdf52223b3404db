// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/ui/results/descriptivesmodels.h"

#include "fairstart/ui/results/format.h"
#include "fairstart/ui/tr.h"

#include <QLocale>

namespace fairstart::ui {

namespace {

// The roles of one count cell, released or withheld.
QVariant countData(const protocol::ReleasedCount &count, int threshold, int role)
{
    switch (role) {
    case Qt::DisplayRole:
    case ExportRole:
        if (!count)
            return withheldText(threshold);
        return role == ExportRole ? QString::number(*count) : QLocale().toString(*count);
    case ValueRole:
        return count ? QVariant(double(*count)) : QVariant();
    case WithheldRole:
        return !count;
    case Qt::ToolTipRole:
        return count ? QVariant()
                     : QVariant(Tr::tr("Withheld by the site: fewer than %1 records, or a "
                                       "count from which a small one could be derived.")
                                    .arg(threshold));
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant numberData(double value, int decimals, int role)
{
    switch (role) {
    case Qt::DisplayRole:
        return valueText(value, decimals); // a year's mean without a group separator
    case ExportRole:
        return exactNumber(value);
    case ValueRole:
        return value;
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

} // namespace

// ---- NumericSummaryModel ---------------------------------------------------------------------

NumericSummaryModel::NumericSummaryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void NumericSummaryModel::setDescriptions(const QList<protocol::NumericDescription> &numeric,
                                          int threshold)
{
    beginResetModel();
    m_numeric = numeric;
    m_threshold = threshold;
    endResetModel();
}

int NumericSummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_numeric.size());
}

int NumericSummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NumericSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const protocol::NumericDescription &d = m_numeric[index.row()];
    switch (index.column()) {
    case VariableColumn:
        return role == Qt::DisplayRole || role == ExportRole ? QVariant(d.variable) : QVariant();
    case CountColumn:
        return countData(qint64(d.moments.count), m_threshold, role);
    case MissingColumn:
        return countData(d.missing, m_threshold, role);
    case MeanColumn:
        return numberData(d.moments.mean, 2, role);
    case SdColumn:
        return numberData(d.moments.sd(), 2, role);
    default:
        return {};
    }
}

QVariant NumericSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != ExportRole))
        return {};
    switch (section) {
    case VariableColumn:
        return Tr::tr("Variable");
    case CountColumn:
        return Tr::tr("n");
    case MissingColumn:
        return Tr::tr("Missing");
    case MeanColumn:
        return Tr::tr("Mean");
    case SdColumn:
        return Tr::tr("SD");
    default:
        return {};
    }
}

// ---- CategoryCountModel ----------------------------------------------------------------------

CategoryCountModel::CategoryCountModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CategoryCountModel::setDescription(const protocol::CategoricalDescription &description,
                                        qint64 cohortSize, int threshold)
{
    beginResetModel();
    m_description = description;
    m_cohortSize = cohortSize;
    m_threshold = threshold;
    endResetModel();
}

int CategoryCountModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_description.variable.isEmpty())
        return 0;
    return int(m_description.levels.size()) + 1;
}

int CategoryCountModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CategoryCountModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const bool missingRow = index.row() == int(m_description.levels.size());
    const protocol::ReleasedCount count
        = missingRow ? m_description.missing : m_description.levels[index.row()].count;
    switch (index.column()) {
    case LevelColumn:
        if (role != Qt::DisplayRole && role != ExportRole)
            return {};
        return missingRow ? Tr::tr("(missing)") : m_description.levels[index.row()].name;
    case CountColumn:
        return countData(count, m_threshold, role);
    case PercentColumn:
        // A withheld count has no percentage either: it would give the count back.
        if (!count || m_cohortSize <= 0) {
            if (role == Qt::DisplayRole || role == ExportRole)
                return QString();
            return role == WithheldRole ? QVariant(!count) : QVariant();
        }
        if (role == Qt::DisplayRole)
            return percentText(double(*count) / double(m_cohortSize));
        if (role == ExportRole)
            return exactNumber(100.0 * double(*count) / double(m_cohortSize));
        if (role == ValueRole)
            return double(*count) / double(m_cohortSize);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant CategoryCountModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != ExportRole))
        return {};
    switch (section) {
    case LevelColumn:
        return m_description.variable.isEmpty() ? Tr::tr("Level") : m_description.variable;
    case CountColumn:
        return Tr::tr("Count");
    case PercentColumn:
        return Tr::tr("% of cohort");
    default:
        return {};
    }
}

// ---- TwoWayTableModel ------------------------------------------------------------------------

TwoWayTableModel::TwoWayTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TwoWayTableModel::setTable(const protocol::ReleasedTable &table, int threshold)
{
    beginResetModel();
    m_table = table;
    m_threshold = threshold;
    endResetModel();
}

int TwoWayTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rowLevels.size());
}

int TwoWayTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.columnLevels.size());
}

QVariant TwoWayTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const qsizetype i = qsizetype(index.row()) * m_table.columnLevels.size() + index.column();
    if (i >= m_table.counts.size())
        return {};
    return countData(m_table.counts[i], m_threshold, role);
}

QVariant TwoWayTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != ExportRole)
        return {};
    const QStringList &levels
        = orientation == Qt::Horizontal ? m_table.columnLevels : m_table.rowLevels;
    if (section < 0 || section >= levels.size())
        return {};
    const QString &variable
        = orientation == Qt::Horizontal ? m_table.columnVariable : m_table.rowVariable;
    return Tr::tr("%1 = %2").arg(variable, levels[section]);
}

} // namespace fairstart::ui

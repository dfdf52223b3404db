// SPDX-License-Identifier: GPL-3.0-or-later
// Item models of released descriptives. A withheld count is shown as "< threshold" (WithheldRole
// true, no ValueRole), never as a number.
#pragma once

#include "fairstart/protocol/messages.h"

#include <QAbstractTableModel>

namespace fairstart::ui {

// Numeric variables: n, missing, mean, SD.
class NumericSummaryModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { VariableColumn, CountColumn, MissingColumn, MeanColumn, SdColumn, ColumnCount };

    explicit NumericSummaryModel(QObject *parent = nullptr);
    void setDescriptions(const QList<protocol::NumericDescription> &numeric, int threshold);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<protocol::NumericDescription> m_numeric;
    int m_threshold = 10;
};

// One categorical variable: level, count, percentage of the cohort; the last row is "missing".
class CategoryCountModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { LevelColumn, CountColumn, PercentColumn, ColumnCount };

    explicit CategoryCountModel(QObject *parent = nullptr);
    void setDescription(const protocol::CategoricalDescription &description, qint64 cohortSize,
                        int threshold);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    protocol::CategoricalDescription m_description;
    qint64 m_cohortSize = 0;
    int m_threshold = 10;
};

// A two-way table: row levels down, column levels across.
class TwoWayTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    explicit TwoWayTableModel(QObject *parent = nullptr);
    void setTable(const protocol::ReleasedTable &table, int threshold);
    const protocol::ReleasedTable &table() const { return m_table; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    protocol::ReleasedTable m_table;
    int m_threshold = 10;
};

} // namespace fairstart::ui

// SPDX-License-Identifier: GPL-3.0-or-later
// The coefficient table of a fitted GLM: estimate, SE, 95% interval, test statistic, p, and the
// odds or rate ratios with their interval when the family has them.
#pragma once

#include "fairstart/analysis/glm.h"

#include <QAbstractTableModel>

namespace fairstart::ui {

class CoefficientModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        TermColumn,
        EstimateColumn,
        StdErrorColumn,
        LowerColumn,
        UpperColumn,
        StatisticColumn,
        PValueColumn,
        RatioColumn,
        RatioLowerColumn,
        RatioUpperColumn,
        ColumnCount
    };

    explicit CoefficientModel(QObject *parent = nullptr);

    void setResult(const analysis::GlmResult &result);
    const analysis::GlmResult &result() const { return m_result; }
    bool hasRatios() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    analysis::GlmResult m_result;
};

// "Odds ratio", "Rate ratio" or "" for the family (translated).
QString ratioName(analysis::Family family);

} // namespace fairstart::ui

// SPDX-License-Identifier: GPL-3.0-or-later
// The coefficient table of a fitted GLM: estimate, SE, 95% interval, test statistic, p, and the
// odds or rate ratios with their interval when the family has them.
#pragma once

#include "fairstart/analysis/glm.h"
#include "fairstart/ui/results/termlabels.h"

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

    // Rows are the coefficients with their design names.
    void setResult(const analysis::GlmResult &result);
    // Rows are readable (catalogue labels) with a reference row before each categorical
    // predictor's levels; the reference row shows a ratio of 1 and no test.
    void setReport(const protocol::FitReport &report, const QMap<QString, QString> &labels = {});
    const QList<TermRow> &rows() const { return m_rows; }
    const analysis::GlmResult &result() const { return m_result; }
    bool hasRatios() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    analysis::GlmResult m_result;
    QList<TermRow> m_rows;
};

// "Odds ratio", "Rate ratio" or "" for the family (translated).
QString ratioName(analysis::Family family);
// "OR", "RR" or "" for the family (translated).
QString ratioAbbreviation(analysis::Family family);
// What exp(intercept) is in the ratio column: not a ratio but the odds (binomial) or the rate
// (Poisson) when every predictor is at its reference level or 0 — "baseline odds", "baseline
// rate", or "" (Gaussian). The results document and the PDF report mark the intercept's ratio
// cell with it (issue 17: the report showed the log-odds interval in the OR column).
QString baselineName(analysis::Family family);
// The tooltip / note that explains it in a sentence.
QString baselineExplanation(analysis::Family family);

} // namespace fairstart::ui

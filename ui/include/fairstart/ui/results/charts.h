// SPDX-License-Identifier: GPL-3.0-or-later
// The charts of a result, built from the released aggregates only. Each function returns a new
// QChart (the caller owns it, usually by handing it to a QChartView); series carry objectNames
// ("points", "interval", "roc", "ideal", ...) so that tests and exports can find them.
#pragma once

#include "fairstart/analysis/glm.h"
#include "fairstart/analysis/performance.h"
#include "fairstart/protocol/messages.h"
#include "fairstart/protocol/report.h"

#include <QChart>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

class QAreaSeries;
class QScatterSeries;
class QLineSeries;

namespace fairstart::ui {

// One row of a forest plot: a point estimate and its interval.
struct IntervalRow {
    IntervalRow() = default;
    IntervalRow(const QString &label, double estimate, double lower, double upper,
                bool emphasised = false)
        : label(label)
        , estimate(estimate)
        , lower(lower)
        , upper(upper)
        , emphasised(emphasised)
    {
    }

    QString label;
    double estimate = 0.0;
    double lower = 0.0;
    double upper = 0.0;
    bool emphasised = false; // e.g. the pooled row below the per-site rows
    bool reference = false; // a reference level: a point at the reference value, no interval
    QString valueText; // the right-hand column ("1.52 [1.10, 2.10]"); empty: made from the values
    // How the row is drawn: an estimate with its interval; a pooled estimate as a diamond over
    // its confidence interval (random effects); a prediction interval as a dashed line; or a row
    // without numbers (a site whose value was withheld or failed: only its label and valueText).
    enum class Style { Interval, Diamond, Prediction, Missing };
    Style style = Style::Interval;
};

// A forest plot: rows top to bottom, intervals as horizontal lines, a dashed reference line
// (ratio 1 or difference 0), and on the right the estimate and its interval as text (the
// "OR [95% CI]" column, titled `valueTitle`). With logAxis the value axis is a QLogValueAxis in
// doublings (0.5, 1, 2, 4), or in powers of ten when the intervals span more than 2^8. Numbers
// follow QLocale() (a decimal comma in Dutch).
class ForestChart : public QChart {
    Q_OBJECT

public:
    ForestChart(const QString &title, const QList<IntervalRow> &rows, bool logAxis,
                double reference, const QString &valueTitle, const QString &columnTitle = {});

    const QList<IntervalRow> &rows() const { return m_rows; }
    // The title of the estimates column on the right ("OR [95% CI]"), drawn as a header above
    // the column's values (the top category of the axis named "values").
    const QString &columnTitle() const { return m_columnTitle; }
    // Draws row `row` (or none with -1) in the highlight colour with a thicker line.
    void setHighlighted(int row);
    int highlighted() const { return m_highlighted; }

    QScatterSeries *pointSeries() const { return m_points; }
    QLineSeries *intervalSeries(int row) const { return m_intervals.value(row); }
    // The diamonds of the rows drawn as Style::Diamond, top to bottom.
    const QList<QAreaSeries *> &diamonds() const { return m_diamonds; }
    // The y coordinate of a row: the first row is at the top.
    double rowPosition(int row) const { return double(m_rows.size() - row); }

private:
    QList<IntervalRow> m_rows;
    QString m_columnTitle;
    QScatterSeries *m_points = nullptr;
    QScatterSeries *m_highlightPoint = nullptr;
    QList<QLineSeries *> m_intervals;
    QList<QAreaSeries *> m_diamonds;
    int m_highlighted = -1;
};

// The forest plot of a fit: odds or rate ratios on a log axis, or (Gaussian) estimates; the
// intercept is left out (it is a baseline, not an effect). Row i is coefficient i + 1.
ForestChart *makeCoefficientForest(const analysis::GlmResult &glm);
// The same with readable rows (catalogue labels, reference rows; see termRows): row i is row
// i + 1 of CoefficientModel::setReport.
ForestChart *makeCoefficientForest(const protocol::FitReport &report,
                                   const QMap<QString, QString> &labels);

// Every chart made here: numbers in QLocale() and no animation.
void localizeChart(QChart *chart);

// Deviance per evaluated β: null-model rounds and full-model rounds as two series.
QChart *makeTraceChart(const std::vector<analysis::IterationRecord> &trace);

// ROC curve (1 - specificity, sensitivity) with the diagonal; AUC and its CI in the title.
// `apparent`: the model was fitted on the records it is scored on (a fit's own evaluation);
// false for a model fitted elsewhere (a registered validation model).
QChart *makeRocChart(const analysis::PerformanceMetrics &metrics, bool apparent = true);

// Calibration: observed against mean predicted risk per risk group, normal-approximation binomial
// 95% whiskers (observed ± 1.96·√(o(1-o)/n)), and the ideal line. `apparent` as makeRocChart's.
QChart *makeCalibrationChart(const analysis::PerformanceMetrics &metrics,
                             std::optional<double> intercept, std::optional<double> slope,
                             bool apparent = true);

// Distribution of predicted risk by outcome class, derived exactly from the ROC points (each ROC
// step is one occupied risk bin; its sensitivity step is the share of events in that bin).
struct RiskDistribution {
    std::vector<double> edges; // display bins, evenly spaced from 0
    std::vector<double> eventShare; // share of events in each bin (sums to 1)
    std::vector<double> nonEventShare;
};
RiskDistribution riskDistribution(const analysis::PerformanceMetrics &metrics, int bins = 50);
QChart *makeRiskDistributionChart(const analysis::PerformanceMetrics &metrics, int bins = 50);

// A bar per label; a withheld value (nullopt) is never drawn as a bar of zero: it is marked by a
// hatched box up to `withheldCeiling` (the largest value it could have) and "< threshold" in its
// axis label. Released bars are one QAreaSeries "bars", withheld boxes one named "withheld".
struct BarValue {
    QString label;
    std::optional<double> value;
    std::optional<double> withheldCeiling;
};
QChart *makeBarChart(const QString &title, const QList<BarValue> &bars, const QString &valueTitle,
                     const QString &withheldText);

// A released histogram as a filled step outline (counts per unit width when bins differ).
QChart *makeHistogramChart(const QString &variable, const protocol::ReleasedHistogram &histogram);

// The bars of a released categorical description (withheld levels marked, see makeBarChart).
QChart *makeCategoryChart(const protocol::CategoricalDescription &description, int threshold);

// A line chart of many points, used by the benchmark and for long traces.
QChart *makeLineChart(const QString &title, const QList<QPointF> &points);

} // namespace fairstart::ui

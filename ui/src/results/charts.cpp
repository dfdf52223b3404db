// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/ui/results/charts.h"

#include "fairstart/ui/results/coefficientmodel.h"
#include "fairstart/ui/results/format.h"
#include "fairstart/ui/results/termlabels.h"
#include "fairstart/ui/tr.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPen>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <set>

namespace fairstart::ui {

namespace {

// Colours that stay apart for colour-blind readers (Okabe–Ito) and print in grey.
const QColor kBlue(0, 114, 178);
const QColor kOrange(213, 94, 0);
const QColor kGreen(0, 158, 115);
const QColor kGrey(110, 110, 110);

QPen pen(const QColor &colour, qreal width, Qt::PenStyle style = Qt::SolidLine)
{
    QPen p(colour);
    p.setWidthF(width);
    p.setStyle(style);
    return p;
}

void hideLegendMarker(QChart *chart, QAbstractSeries *series)
{
    for (QLegendMarker *marker : chart->legend()->markers(series))
        marker->setVisible(false);
}

QValueAxis *valueAxis(const QString &title, double min, double max)
{
    auto axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setRange(min, max);
    return axis;
}

void attach(QChart *chart, QAbstractSeries *series, QAbstractAxis *x, QAbstractAxis *y)
{
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
}

// The decimals a value axis's tick labels need to tell its ticks apart: none for whole steps
// (10, 20, 30), one for 0.5 or 2.5, two for 0.25 …
int stepDecimals(const QValueAxis *axis)
{
    const int ticks = std::max(2, axis->tickCount());
    const double step = (axis->max() - axis->min()) / (ticks - 1);
    if (!(step > 0) || !std::isfinite(step))
        return 0;
    for (int d = 0; d < 6; ++d) {
        const double scaled = step * std::pow(10.0, d);
        if (std::fabs(scaled - std::round(scaled)) < 1e-6 * std::max(1.0, scaled)) {
            // Every tick, not only the step (an axis from 0.5 in steps of 1).
            const double from = axis->min() * std::pow(10.0, d);
            if (std::fabs(from - std::round(from)) < 1e-6 * std::max(1.0, std::fabs(from)))
                return d;
        }
    }
    return 6;
}

QChart *newChart(const QString &title)
{
    auto chart = new QChart;
    localizeChart(chart);
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

// Qt Charts reserves about a fifth of the chart for the labels of a vertical axis and clips what
// is longer; "Mother's education: high (reference)" on two lines fits where one line would not.
QString wrapLabel(const QString &label, int width = 22)
{
    if (label.size() <= width)
        return label;
    QStringList lines;
    QString line;
    for (const QString &word : label.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines << line;
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        lines << line;
    // Axis labels are rich text: a line break is <br>, and the words are escaped.
    for (QString &l : lines)
        l = l.toHtmlEscaped();
    return lines.join(QStringLiteral("<br>"));
}

} // namespace

void localizeChart(QChart *chart)
{
    // Axis labels are printf-formatted in the C locale unless told otherwise: a Dutch reader
    // would see "0.5" under a title that says "0,5".
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
}

// ---- ForestChart -----------------------------------------------------------------------------

ForestChart::ForestChart(const QString &title, const QList<IntervalRow> &rows, bool logAxis,
                         double reference, const QString &valueTitle, const QString &columnTitle)
    : m_rows(rows)
    , m_columnTitle(columnTitle)
{
    setTitle(title);
    setAnimationOptions(QChart::NoAnimation);
    localizeChart(this);
    legend()->hide();

    double lo = reference;
    double hi = reference;
    for (const IntervalRow &r : rows) {
        if (r.style == IntervalRow::Style::Missing)
            continue;
        for (double v : { r.lower, r.upper, r.estimate }) {
            if (std::isfinite(v) && (!logAxis || v > 0)) {
                lo = std::min(lo, v);
                hi = std::max(hi, v);
            }
        }
    }
    QAbstractAxis *xAxis = nullptr;
    if (logAxis) {
        // Ticks at doublings (0.25, 0.5, 1, 2, 4) read as ratios do; a range wider than 2^8
        // would crowd them, so it goes to powers of ten.
        auto axis = new QLogValueAxis;
        lo = std::max(lo, 1e-12);
        const double span = std::log2(hi / lo);
        const double base = span > 8 ? 10.0 : 2.0;
        const double logBase = std::log(base);
        const double from = std::pow(base, std::floor(std::log(lo) / logBase + 1e-9));
        const double to = std::pow(base, std::ceil(std::log(hi) / logBase - 1e-9));
        axis->setBase(base);
        axis->setLabelFormat(QStringLiteral("%.3g"));
        axis->setMinorTickCount(base == 10.0 ? 8 : 0);
        axis->setRange(from, to > from ? to : from * base);
        xAxis = axis;
    } else {
        const double pad = 0.08 * std::max(hi - lo, 1e-9);
        auto axis = valueAxis(QString(), lo - pad, hi + pad);
        axis->applyNiceNumbers();
        xAxis = axis;
    }
    xAxis->setTitleText(valueTitle);

    // The estimates column's title is a header above its values, read as a table's (a vertical
    // axis title is drawn rotated along the edge): a row of its own above the first row.
    const double top = rows.size() + (columnTitle.isEmpty() ? 0.5 : 1.1);
    auto yAxis = new QCategoryAxis;
    yAxis->setTruncateLabels(false); // "Sex of the…" says nothing; the chart makes room
    yAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    yAxis->setRange(0.5, top);
    yAxis->setGridLineVisible(false);
    for (int i = rows.size() - 1; i >= 0; --i) {
        QString label = wrapLabel(rows[i].label);
        while (yAxis->categoriesLabels().contains(label))
            label += QChar(0x200B);
        yAxis->append(label, rowPosition(i));
    }
    addAxis(xAxis, Qt::AlignBottom);
    addAxis(yAxis, Qt::AlignLeft);
    // The estimates as text on the right, the column a reader copies into a paper.
    auto valueColumn = new QCategoryAxis;
    valueColumn->setObjectName(QStringLiteral("values"));
    valueColumn->setTruncateLabels(false);
    valueColumn->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    valueColumn->setRange(0.5, top);
    valueColumn->setGridLineVisible(false);
    valueColumn->setLineVisible(false);
    for (int i = rows.size() - 1; i >= 0; --i) {
        QString text = rows[i].valueText;
        if (text.isEmpty()) {
            // Decimals from the interval's width (about four standard errors), so that a
            // ratio per gram does not read "1.00 [1.00, 1.00]".
            const int decimals = decimalsFor((rows[i].upper - rows[i].lower) / 4, 2);
            text = Tr::tr("%1 [%2%3%4]")
                       .arg(number(rows[i].estimate, decimals), number(rows[i].lower, decimals),
                            intervalSeparator(), number(rows[i].upper, decimals));
        }
        // QCategoryAxis needs unique labels; a zero-width space keeps equal texts apart.
        while (valueColumn->categoriesLabels().contains(text))
            text += QChar(0x200B);
        valueColumn->append(text, rowPosition(i));
    }
    if (!columnTitle.isEmpty())
        valueColumn->append(QStringLiteral("<b>%1</b>").arg(columnTitle.toHtmlEscaped()),
                            rows.size() + 0.8);
    addAxis(valueColumn, Qt::AlignRight);

    auto ref = new QLineSeries;
    ref->setObjectName(QStringLiteral("reference"));
    ref->setName(Tr::tr("No effect"));
    ref->setPen(pen(kGrey, 1.0, Qt::DashLine));
    ref->append(reference, 0.5);
    ref->append(reference, rows.size() + 0.5);
    attach(this, ref, xAxis, yAxis);
    ref->attachAxis(valueColumn);

    using Style = IntervalRow::Style;
    for (int i = 0; i < rows.size(); ++i) {
        const Style style = rows[i].style;
        auto line = new QLineSeries;
        line->setObjectName(style == Style::Prediction ? QStringLiteral("prediction")
                                                       : QStringLiteral("interval"));
        line->setName(rows[i].label);
        if (style != Style::Missing) {
            line->append(rows[i].lower, rowPosition(i));
            line->append(rows[i].upper, rowPosition(i));
        }
        line->setPen(style == Style::Prediction ? pen(Qt::black, 2.0, Qt::DashLine)
                                                : pen(rows[i].emphasised ? Qt::black : kBlue,
                                                      rows[i].reference ? 0.0 : 2.0));
        // A diamond shows its interval by its width; a missing row has none.
        line->setVisible(!rows[i].reference && style != Style::Diamond && style != Style::Missing);
        attach(this, line, xAxis, yAxis);
        m_intervals.append(line);
    }
    m_points = new QScatterSeries;
    m_points->setObjectName(QStringLiteral("points"));
    m_points->setName(Tr::tr("Estimate"));
    m_points->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    m_points->setMarkerSize(9);
    m_points->setColor(kBlue);
    m_points->setBorderColor(kBlue);
    for (int i = 0; i < rows.size(); ++i) {
        // A withheld or failed site has no estimate to mark; a diamond is its own mark.
        if (rows[i].style == Style::Interval || rows[i].style == Style::Prediction)
            m_points->append(rows[i].estimate, rowPosition(i));
    }
    attach(this, m_points, xAxis, yAxis);
    for (int i = 0; i < rows.size(); ++i) {
        if (rows[i].style != Style::Diamond)
            continue;
        // The pooled estimate: a diamond from the lower to the upper limit, widest at the
        // estimate, as in metafor's forest().
        const double y = rowPosition(i);
        auto upper = new QLineSeries;
        auto lower = new QLineSeries;
        upper->append({ QPointF(rows[i].lower, y), QPointF(rows[i].estimate, y + 0.3),
                        QPointF(rows[i].upper, y) });
        lower->append({ QPointF(rows[i].lower, y), QPointF(rows[i].estimate, y - 0.3),
                        QPointF(rows[i].upper, y) });
        auto diamond = new QAreaSeries(upper, lower);
        upper->setParent(diamond);
        lower->setParent(diamond);
        diamond->setObjectName(QStringLiteral("diamond"));
        diamond->setName(rows[i].label);
        diamond->setPen(pen(Qt::black, 1.0));
        diamond->setBrush(QColor(40, 40, 40));
        attach(this, diamond, xAxis, yAxis);
        m_diamonds.append(diamond);
    }

    m_highlightPoint = new QScatterSeries;
    m_highlightPoint->setObjectName(QStringLiteral("highlight"));
    m_highlightPoint->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    m_highlightPoint->setMarkerSize(13);
    m_highlightPoint->setColor(kOrange);
    m_highlightPoint->setBorderColor(Qt::black);
    attach(this, m_highlightPoint, xAxis, yAxis);
}

void ForestChart::setHighlighted(int row)
{
    if (row < -1 || row >= m_rows.size())
        row = -1;
    if (m_highlighted >= 0) {
        m_intervals[m_highlighted]->setPen(
            m_rows[m_highlighted].style == IntervalRow::Style::Prediction
                ? pen(Qt::black, 2.0, Qt::DashLine)
                : pen(m_rows[m_highlighted].emphasised ? Qt::black : kBlue, 2.0));
    }
    m_highlighted = row;
    m_highlightPoint->clear();
    if (row >= 0) {
        m_intervals[row]->setPen(pen(kOrange, 4.0));
        m_highlightPoint->append(m_rows[row].estimate, rowPosition(row));
    }
}

namespace {

// Ratios whose largest is less than this many times their smallest (1 included) are drawn on a
// linear axis.
constexpr double kNarrowRatioRange = 1.25;

// A coefficient's row of a forest plot: its ratio and interval where the family has ratios.
IntervalRow coefficientRow(const QString &label, const analysis::Coefficient &c, bool ratios)
{
    IntervalRow row;
    row.label = label;
    if (ratios && c.ratio && c.ratioLower && c.ratioUpper) {
        row.estimate = *c.ratio;
        row.lower = *c.ratioLower;
        row.upper = *c.ratioUpper;
    } else {
        row.estimate = c.estimate;
        row.lower = c.ciLower;
        row.upper = c.ciUpper;
    }
    return row;
}

// A ratio per unit of a finely measured variable (per gram: 0.99931 [0.99920, 0.99943]) beside
// ratios of 0.5 to 3 on a log axis: a dot on the line of no effect, its interval invisible. Such
// a row (`perUnit`: a numeric predictor's own column) is drawn per 10, 100, 1000 … units, the
// smallest power of ten that moves it at least a tenth of the axis's width away from 1, and its
// label says so ("Birth weight (g), per 1,000"); its value column gives the same numbers.
void scaleNarrowPerUnitRows(QList<IntervalRow> &rows, const QList<bool> &perUnit)
{
    auto reach = [](const IntervalRow &r) {
        double m = 0.0;
        for (double v : { r.lower, r.upper, r.estimate }) {
            if (std::isfinite(v) && v > 0)
                m = std::max(m, std::fabs(std::log(v)));
        }
        return m;
    };
    auto eligible = [&](int i) {
        return i < perUnit.size() && perUnit[i] && !rows[i].reference
            && rows[i].style == IntervalRow::Style::Interval;
    };
    // The log axis's width (from 1 to the farthest ratio) without the rows that may be scaled.
    double span = 0.0;
    for (int i = 0; i < rows.size(); ++i) {
        if (!rows[i].reference && rows[i].style != IntervalRow::Style::Missing)
            span = std::max(span, reach(rows[i]));
    }
    for (int i = 0; i < rows.size(); ++i) {
        if (!eligible(i))
            continue;
        const double m = reach(rows[i]);
        if (!(m > 0) || m >= 0.02 * span)
            continue;
        const double k = std::pow(10.0, std::ceil(std::log10(0.1 * span / m)));
        if (!(k >= 10.0) || k > 1e9)
            continue;
        IntervalRow &r = rows[i];
        r.estimate = std::pow(r.estimate, k);
        r.lower = std::pow(r.lower, k);
        r.upper = std::pow(r.upper, k);
        r.label = Tr::tr("%1, per %2").arg(r.label, QLocale().toString(qint64(k)));
    }
}

// valueColumn: the "OR [95% CI]" column on the right. perUnit: which rows are a numeric
// predictor's own column (scaleNarrowPerUnitRows).
ForestChart *coefficientForest(QList<IntervalRow> rows, analysis::Family family, bool valueColumn,
                               const QList<bool> &perUnit)
{
    const bool ratios = family != analysis::Family::Gaussian;
    const QString name = ratioName(family);
    const QString columnTitle = !valueColumn ? QString()
        : ratios                             ? Tr::tr("%1 [95% CI]").arg(ratioAbbreviation(family))
                                             : Tr::tr("Estimate [95% CI]");
    // Ratios that all lie close to 1 (a ratio per gram: 0.99931 [0.99920, 0.99943]) have no
    // power of two between them: the log axis ran from 0.5 to 1 with every estimate on its right
    // edge, on the line of no effect. Over so narrow a range a linear axis around the values
    // shows the intervals and whether they cross 1.
    bool narrow = false;
    if (ratios) {
        double lo = 1.0;
        double hi = 1.0;
        for (const IntervalRow &r : rows) {
            if (r.reference || r.style == IntervalRow::Style::Missing)
                continue;
            for (double v : { r.lower, r.upper, r.estimate }) {
                if (std::isfinite(v) && v > 0) {
                    lo = std::min(lo, v);
                    hi = std::max(hi, v);
                }
            }
        }
        narrow = hi / lo < kNarrowRatioRange;
    }
    const bool logAxis = ratios && !narrow;
    if (logAxis)
        scaleNarrowPerUnitRows(rows, perUnit);
    return new ForestChart(ratios ? Tr::tr("%1s with 95% intervals").arg(name)
                                  : Tr::tr("Estimates with 95% intervals"),
                           rows, logAxis, ratios ? 1.0 : 0.0,
                           logAxis      ? Tr::tr("%1 (log scale)").arg(name)
                               : ratios ? name
                                        : Tr::tr("Estimate"),
                           columnTitle);
}

} // namespace

ForestChart *makeCoefficientForest(const analysis::GlmResult &glm)
{
    const bool ratios = glm.family != analysis::Family::Gaussian;
    QList<IntervalRow> rows;
    for (std::size_t i = 1; i < glm.coefficients.size(); ++i) {
        const analysis::Coefficient &c = glm.coefficients[i];
        rows.append(coefficientRow(QString::fromStdString(c.term), c, ratios));
    }
    // Without the design every term may be a numeric predictor's.
    return coefficientForest(rows, glm.family, false, QList<bool>(rows.size(), true));
}

ForestChart *makeCoefficientForest(const protocol::FitReport &report,
                                   const QMap<QString, QString> &labels)
{
    const analysis::GlmResult &glm = report.glm;
    const bool ratios = glm.family != analysis::Family::Gaussian;
    // A numeric predictor's own column (as is or winsorised) is a ratio per unit of it.
    std::set<std::string> perUnitTerms;
    for (const analysis::Predictor &p : report.design.spec.predictors) {
        if (p.transform != analysis::Transform::AsIs
            && p.transform != analysis::Transform::Winsorise)
            continue;
        analysis::ResolvedDesign one = report.design;
        one.spec.predictors = { p };
        one.spec.interactions.clear();
        const std::vector<std::string> names = one.termNames();
        perUnitTerms.insert(names.begin() + std::min<std::size_t>(1, names.size()), names.end());
    }
    QList<IntervalRow> rows;
    QList<bool> perUnit;
    for (const TermRow &t : termRows(report, labels, false)) {
        IntervalRow row;
        row.label = t.label;
        if (t.reference()) {
            row.reference = true;
            row.estimate = row.lower = row.upper = ratios ? 1.0 : 0.0;
            row.valueText = Tr::tr("reference");
            rows.append(row);
            perUnit.append(false);
            continue;
        }
        rows.append(coefficientRow(t.label, glm.coefficients[std::size_t(t.coefficient)], ratios));
        perUnit.append(perUnitTerms.count(t.term.toStdString()) > 0);
    }
    return coefficientForest(rows, glm.family, true, perUnit);
}

// ---- trace -----------------------------------------------------------------------------------

QChart *makeTraceChart(const std::vector<analysis::IterationRecord> &trace)
{
    QChart *chart = newChart(Tr::tr("Convergence: deviance per round"));
    auto nullSeries = new QLineSeries;
    nullSeries->setObjectName(QStringLiteral("null"));
    nullSeries->setName(Tr::tr("Intercept-only model"));
    nullSeries->setPointsVisible(true);
    nullSeries->setPen(pen(kGrey, 2.0));
    auto fullSeries = new QLineSeries;
    fullSeries->setObjectName(QStringLiteral("full"));
    fullSeries->setName(Tr::tr("Full model"));
    fullSeries->setPointsVisible(true);
    fullSeries->setPen(pen(kBlue, 2.0));
    double lo = 0.0, hi = 1.0;
    bool first = true;
    for (const analysis::IterationRecord &r : trace) {
        (r.nullModel ? nullSeries : fullSeries)->append(r.round, r.deviance);
        lo = first ? r.deviance : std::min(lo, r.deviance);
        hi = first ? r.deviance : std::max(hi, r.deviance);
        first = false;
    }
    const double pad = 0.05 * std::max(hi - lo, 1e-9 * std::max(1.0, std::fabs(hi)));
    auto x = valueAxis(Tr::tr("Round"), 0.5, std::max<double>(1.0, trace.size()) + 0.5);
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickAnchor(1.0);
    x->setTickInterval(std::max(1.0, std::ceil(trace.size() / 12.0)));
    // "%d" prints nothing once numbers are localised; rounds are whole numbers anyway.
    x->setLabelFormat(QStringLiteral("%.0f"));
    auto y = valueAxis(Tr::tr("Deviance"), lo - pad, hi + pad);
    y->applyNiceNumbers(); // ticks at round values, not 8689.49
    y->setLabelFormat(QStringLiteral("%.6g"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    attach(chart, nullSeries, x, y);
    attach(chart, fullSeries, x, y);
    return chart;
}

// ---- ROC -------------------------------------------------------------------------------------

QChart *makeRocChart(const analysis::PerformanceMetrics &m, bool apparent)
{
    const QString auc = (apparent ? Tr::tr("apparent AUC %1 (95% CI %2 to %3)")
                                  : Tr::tr("AUC %1 (95% CI %2 to %3)"))
                            .arg(number(m.auc, 3), number(m.aucLower, 3), number(m.aucUpper, 3));
    QChart *chart = newChart(Tr::tr("ROC curve — %1").arg(auc));
    auto x = valueAxis(Tr::tr("1 − specificity (false-positive rate)"), 0.0, 1.0);
    auto y = valueAxis(Tr::tr("Sensitivity (true-positive rate)"), 0.0, 1.0);
    x->setTickCount(6);
    y->setTickCount(6);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);

    auto diagonal = new QLineSeries;
    diagonal->setObjectName(QStringLiteral("diagonal"));
    diagonal->setName(Tr::tr("No discrimination"));
    diagonal->setPen(pen(kGrey, 1.0, Qt::DashLine));
    diagonal->append(0.0, 0.0);
    diagonal->append(1.0, 1.0);
    attach(chart, diagonal, x, y);

    auto roc = new QLineSeries;
    roc->setObjectName(QStringLiteral("roc"));
    roc->setName(Tr::tr("Model: %1").arg(auc));
    roc->setPen(pen(kBlue, 2.5));
    QList<QPointF> points;
    points.reserve(qsizetype(m.roc.size()));
    for (const analysis::RocPoint &p : m.roc)
        points.append(QPointF(1.0 - p.specificity, p.sensitivity));
    roc->replace(points);
    attach(chart, roc, x, y);
    return chart;
}

// ---- calibration -----------------------------------------------------------------------------

QChart *makeCalibrationChart(const analysis::PerformanceMetrics &m, std::optional<double> intercept,
                             std::optional<double> slope, bool apparent)
{
    QString title = apparent ? Tr::tr("Calibration (apparent)") : Tr::tr("Calibration");
    QStringList facts;
    if (intercept)
        facts << Tr::tr("intercept %1").arg(number(*intercept, 3));
    if (slope)
        facts << Tr::tr("slope %1").arg(number(*slope, 3));
    facts << Tr::tr("Brier %1").arg(number(m.brier, 4));
    title += QStringLiteral(" — ") + facts.join(QStringLiteral(", "));
    QChart *chart = newChart(title);

    double top = 0.0;
    for (const analysis::CalibrationGroup &g : m.calibration) {
        const double se = g.count > 0 ? std::sqrt(g.observed * (1 - g.observed) / g.count) : 0;
        top = std::max({ top, g.expected, g.observed + 1.96 * se });
    }
    // Zoom to the risks that occur; a model of rare outcomes would otherwise sit in a corner.
    top = std::min(1.0, std::max(0.05, std::ceil(top * 1.1 * 20.0) / 20.0));
    auto x = valueAxis(Tr::tr("Predicted risk (mean per group)"), 0.0, top);
    // Round ticks (0.05, 0.1, 0.2 apart), not 0.070, 0.140: both axes the same, so the ideal
    // line stays the diagonal.
    x->applyNiceNumbers();
    x->setLabelFormat(QStringLiteral("%.2f"));
    top = x->max();
    auto y = valueAxis(Tr::tr("Observed proportion"), 0.0, top);
    y->setTickCount(x->tickCount());
    y->setLabelFormat(QStringLiteral("%.2f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);

    auto ideal = new QLineSeries;
    ideal->setObjectName(QStringLiteral("ideal"));
    ideal->setName(Tr::tr("Ideal"));
    ideal->setPen(pen(kGrey, 1.0, Qt::DashLine));
    ideal->append(0.0, 0.0);
    ideal->append(top, top);
    attach(chart, ideal, x, y);

    bool firstWhisker = true;
    for (const analysis::CalibrationGroup &g : m.calibration) {
        if (g.count <= 0)
            continue;
        const double se = std::sqrt(g.observed * (1 - g.observed) / g.count);
        auto whisker = new QLineSeries;
        whisker->setObjectName(QStringLiteral("whisker"));
        whisker->setName(Tr::tr("95% interval"));
        whisker->setPen(pen(kBlue, 1.0));
        whisker->append(g.expected, std::max(0.0, g.observed - 1.96 * se));
        whisker->append(g.expected, std::min(1.0, g.observed + 1.96 * se));
        attach(chart, whisker, x, y);
        if (!firstWhisker)
            hideLegendMarker(chart, whisker);
        firstWhisker = false;
    }

    auto line = new QLineSeries;
    line->setObjectName(QStringLiteral("groups-line"));
    line->setPen(pen(kBlue, 1.5));
    auto groups = new QScatterSeries;
    groups->setObjectName(QStringLiteral("groups"));
    groups->setName(Tr::tr("Risk groups (%1)").arg(m.calibration.size()));
    groups->setMarkerSize(10);
    groups->setColor(kOrange);
    groups->setBorderColor(Qt::black);
    for (const analysis::CalibrationGroup &g : m.calibration) {
        line->append(g.expected, g.observed);
        groups->append(g.expected, g.observed);
    }
    attach(chart, line, x, y);
    hideLegendMarker(chart, line);
    attach(chart, groups, x, y);
    return chart;
}

// ---- distribution of predicted risk ----------------------------------------------------------

RiskDistribution riskDistribution(const analysis::PerformanceMetrics &m, int bins)
{
    RiskDistribution d;
    bins = std::max(1, bins);
    for (int i = 0; i <= bins; ++i)
        d.edges.push_back(double(i) / bins);
    d.eventShare.assign(std::size_t(bins), 0.0);
    d.nonEventShare.assign(std::size_t(bins), 0.0);
    // ROC points run from the highest threshold down; a step from point k-1 to k adds the
    // records whose risk lies in the bin starting at point k's threshold.
    for (std::size_t k = 1; k < m.roc.size(); ++k) {
        const double t = m.roc[k].threshold;
        const int bin = std::clamp(int(std::floor(t * bins + 1e-9)), 0, bins - 1);
        d.eventShare[std::size_t(bin)] += m.roc[k].sensitivity - m.roc[k - 1].sensitivity;
        d.nonEventShare[std::size_t(bin)] += m.roc[k - 1].specificity - m.roc[k].specificity;
    }
    return d;
}

namespace {

// The upper outline of a step histogram: (e0, 0), (e0, v0), (e1, v0), (e1, v1), ..., (en, 0).
QLineSeries *stepOutline(const std::vector<double> &edges, const std::vector<double> &values)
{
    auto s = new QLineSeries;
    if (edges.empty())
        return s;
    s->append(edges.front(), 0.0);
    for (std::size_t i = 0; i < values.size(); ++i) {
        s->append(edges[i], values[i]);
        s->append(edges[i + 1], values[i]);
    }
    s->append(edges.back(), 0.0);
    return s;
}

} // namespace

QChart *makeRiskDistributionChart(const analysis::PerformanceMetrics &m, int bins)
{
    const RiskDistribution d = riskDistribution(m, bins);
    QChart *chart = newChart(Tr::tr("Predicted risk by outcome"));
    double xMax = 0.0;
    double yMax = 0.0;
    for (std::size_t i = 0; i < d.eventShare.size(); ++i) {
        if (d.eventShare[i] > 1e-12 || d.nonEventShare[i] > 1e-12)
            xMax = d.edges[i + 1];
        yMax = std::max({ yMax, d.eventShare[i], d.nonEventShare[i] });
    }
    std::vector<double> events, nonEvents;
    for (std::size_t i = 0; i < d.eventShare.size(); ++i) {
        events.push_back(100.0 * d.eventShare[i]);
        nonEvents.push_back(100.0 * d.nonEventShare[i]);
    }
    auto x = valueAxis(Tr::tr("Predicted risk"), 0.0, std::max(0.05, xMax));
    auto y = valueAxis(Tr::tr("% of the class"), 0.0, std::max(1.0, 110.0 * yMax));
    // Round ticks: risks at 0.1 (not 0.14, 0.27), shares at 5 % (not 5.4, 10.8).
    x->applyNiceNumbers();
    x->setLabelFormat(QStringLiteral("%.2f"));
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.3g"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    const struct {
        const std::vector<double> *values;
        QString name;
        QString id;
        QColor c;
    } classes[] = { { &nonEvents, Tr::tr("Without the outcome (%1)").arg(number(m.n - m.events, 0)),
                      QStringLiteral("non-events"), kBlue },
                    { &events, Tr::tr("With the outcome (%1)").arg(number(m.events, 0)),
                      QStringLiteral("events"), kOrange } };
    for (const auto &cls : classes) {
        QLineSeries *upper = stepOutline(d.edges, *cls.values);
        auto area = new QAreaSeries(upper);
        upper->setParent(area);
        area->setObjectName(cls.id);
        area->setName(cls.name);
        QColor fill = cls.c;
        fill.setAlpha(90);
        area->setBrush(fill);
        area->setPen(pen(cls.c, 2.0));
        attach(chart, area, x, y);
    }
    return chart;
}

// ---- bars ------------------------------------------------------------------------------------

QChart *makeBarChart(const QString &title, const QList<BarValue> &bars, const QString &valueTitle,
                     const QString &withheldText)
{
    QChart *chart = newChart(title);
    auto x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setRange(-0.6, bars.size() - 0.4);
    x->setGridLineVisible(false);
    double top = 0.0;
    auto released = new QLineSeries;
    auto withheld = new QLineSeries;
    released->append(-0.5, 0.0);
    withheld->append(-0.5, 0.0);
    for (int i = 0; i < bars.size(); ++i) {
        const BarValue &b = bars[i];
        QString label = b.label;
        if (b.value) {
            top = std::max(top, *b.value);
            released->append(i - 0.35, 0.0);
            released->append(i - 0.35, *b.value);
            released->append(i + 0.35, *b.value);
            released->append(i + 0.35, 0.0);
        } else {
            label += QLatin1Char('\n') + withheldText.toHtmlEscaped();
            if (b.withheldCeiling) {
                top = std::max(top, *b.withheldCeiling);
                withheld->append(i - 0.35, 0.0);
                withheld->append(i - 0.35, *b.withheldCeiling);
                withheld->append(i + 0.35, *b.withheldCeiling);
                withheld->append(i + 0.35, 0.0);
            }
        }
        // QCategoryAxis needs unique labels; a zero-width space keeps equal names apart.
        while (x->categoriesLabels().contains(label))
            label += QChar(0x200B);
        x->append(label, i);
    }
    released->append(bars.size() - 0.5, 0.0);
    withheld->append(bars.size() - 0.5, 0.0);
    auto y = valueAxis(valueTitle, 0.0, top > 0 ? top * 1.1 : 1.0);
    y->applyNiceNumbers();
    // As many decimals as the ticks' step has: "10, 20, 30", not "10.0, 20.0, 30.0".
    y->setLabelFormat(QStringLiteral("%.%1f").arg(stepDecimals(y)));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);

    auto releasedArea = new QAreaSeries(released);
    released->setParent(releasedArea);
    releasedArea->setObjectName(QStringLiteral("bars"));
    releasedArea->setName(valueTitle);
    releasedArea->setBrush(kBlue);
    releasedArea->setPen(pen(kBlue.darker(130), 1.0));
    attach(chart, releasedArea, x, y);

    auto withheldArea = new QAreaSeries(withheld);
    withheld->setParent(withheldArea);
    withheldArea->setObjectName(QStringLiteral("withheld"));
    withheldArea->setName(
        Tr::tr("Withheld (%1): somewhere in the hatched range").arg(withheldText.toHtmlEscaped()));
    withheldArea->setBrush(QBrush(kGrey, Qt::BDiagPattern));
    withheldArea->setPen(pen(kGrey, 1.0, Qt::DashLine));
    attach(chart, withheldArea, x, y);
    // A withheld bar is drawn as a hatched range only when the area released its records (the
    // range's top); the legend explained "somewhere in the hatched range" under bars that had no
    // hatching (the walk of 2026-12-06). The bar's "< 10" under its name says it either way.
    const bool anyHatched = std::any_of(
        bars.begin(), bars.end(), [](const BarValue &b) { return !b.value && b.withheldCeiling; });
    // The bars' entry repeated the value axis's title ("Rate (%)"); the legend is there only to
    // explain a hatched bar.
    hideLegendMarker(chart, releasedArea);
    if (!anyHatched) {
        hideLegendMarker(chart, withheldArea);
        chart->legend()->hide();
    }
    return chart;
}

QChart *makeHistogramChart(const QString &variable, const protocol::ReleasedHistogram &h)
{
    QChart *chart = newChart(Tr::tr("Distribution of %1").arg(variable));
    if (h.edges.size() < 2 || h.counts.size() + 1 != h.edges.size()) {
        chart->setTitle(Tr::tr("Distribution of %1: withheld by the site").arg(variable));
        return chart;
    }
    bool equalWidths = true;
    const double w0 = h.edges[1] - h.edges[0];
    for (std::size_t i = 1; i < h.counts.size(); ++i)
        equalWidths = equalWidths && std::fabs((h.edges[i + 1] - h.edges[i]) - w0) < 1e-9 * w0;
    std::vector<double> values;
    double top = 0.0;
    for (std::size_t i = 0; i < h.counts.size(); ++i) {
        const double v = equalWidths ? h.counts[i] : h.counts[i] / (h.edges[i + 1] - h.edges[i]);
        values.push_back(v);
        top = std::max(top, v);
    }
    auto x = valueAxis(variable, h.edges.front(), h.edges.back());
    auto y = valueAxis(equalWidths ? Tr::tr("Records") : Tr::tr("Records per unit"), 0.0,
                       top > 0 ? top * 1.1 : 1.0);
    y->applyNiceNumbers();
    // Records are whole: "300", not "300.0"; the values' axis at round steps (1,000, not 800,
    // 2,000.0, 3,200.0).
    y->setLabelFormat(equalWidths ? QStringLiteral("%.0f") : QStringLiteral("%.3g"));
    x->applyNiceNumbers();
    x->setLabelFormat(QStringLiteral("%.6g"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    QLineSeries *upper = stepOutline(h.edges, values);
    auto area = new QAreaSeries(upper);
    upper->setParent(area);
    area->setObjectName(QStringLiteral("histogram"));
    area->setName(Tr::tr("Records"));
    QColor fill = kBlue;
    fill.setAlpha(160);
    area->setBrush(fill);
    area->setPen(pen(kBlue.darker(130), 1.0));
    attach(chart, area, x, y);
    chart->legend()->hide();
    return chart;
}

QChart *makeCategoryChart(const protocol::CategoricalDescription &description, int threshold)
{
    QList<BarValue> bars;
    for (const protocol::CatalogueLevel &level : description.levels) {
        BarValue b;
        b.label = level.name;
        if (level.count)
            b.value = double(*level.count);
        else
            b.withheldCeiling = double(threshold - 1);
        bars.append(b);
    }
    return makeBarChart(Tr::tr("%1 by level").arg(description.variable), bars, Tr::tr("Records"),
                        withheldText(threshold));
}

QChart *makeLineChart(const QString &title, const QList<QPointF> &points)
{
    QChart *chart = newChart(title);
    double x0 = 0, x1 = 1, y0 = 0, y1 = 1;
    for (qsizetype i = 0; i < points.size(); ++i) {
        const QPointF &p = points[i];
        x0 = i ? std::min(x0, p.x()) : p.x();
        x1 = i ? std::max(x1, p.x()) : p.x();
        y0 = i ? std::min(y0, p.y()) : p.y();
        y1 = i ? std::max(y1, p.y()) : p.y();
    }
    auto x = valueAxis(QString(), x0, x1 > x0 ? x1 : x0 + 1);
    auto y = valueAxis(QString(), y0, y1 > y0 ? y1 : y0 + 1);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    auto s = new QLineSeries;
    s->setObjectName(QStringLiteral("line"));
    s->setName(title);
    s->setUseOpenGL(false);
    s->replace(points);
    attach(chart, s, x, y);
    chart->legend()->hide();
    return chart;
}

} // namespace fairstart::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/ui/reviewer/riskcalculator.h"

#include "fairstart/ui/results/format.h"
#include "fairstart/ui/tr.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace fairstart::ui {

namespace {

constexpr double kZ95 = 1.959963984540054;

} // namespace

QString inputValueText(const CalculatorInput &input, double value)
{
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    return locale.toString(value, 'f', input.decimals);
}

QString levelText(const CalculatorInput &input, const QString &level)
{
    const QString label = input.levelLabels.value(level);
    return label.isEmpty() ? level : label;
}

int inputDecimals(const InputHint &hint, double minimum, double maximum)
{
    if (hint.decimals)
        return std::clamp(*hint.decimals, 0, 6);
    int decimals = -1;
    for (const std::optional<double> &v : { hint.minimum, hint.typical, hint.maximum }) {
        if (!v)
            continue;
        int d = 0;
        while (d < 3
               && std::abs(*v * std::pow(10.0, d) - std::round(*v * std::pow(10.0, d)))
                   > 1e-9 * std::max(1.0, std::abs(*v) * std::pow(10.0, d)))
            ++d;
        decimals = std::max(decimals, d);
    }
    if (decimals >= 0)
        return decimals;
    const double span = maximum - minimum;
    return span > 1000 ? 0 : span > 10 ? 1 : 2;
}

std::optional<int> typedDecimals(const QString &text)
{
    const QString t = text.trimmed();
    if (!parseNumber(t))
        return std::nullopt;
    // The mark the number was read with: the user's locale first, as parseNumber reads it.
    bool ok = false;
    (void)QLocale().toDouble(t, &ok);
    const QString mark = ok ? QLocale().decimalPoint() : QStringLiteral(".");
    const qsizetype exponent = t.indexOf(QRegularExpression(QStringLiteral("[eE]")));
    const QString mantissa = exponent >= 0 ? t.left(exponent) : t;
    const qsizetype at = mantissa.lastIndexOf(mark);
    if (at < 0 || exponent >= 0)
        return 0;
    return int(mantissa.size() - at - 1);
}

RiskCalculator::RiskCalculator(const analysis::ResolvedDesign &design,
                               const analysis::GlmResult &glm,
                               const QMap<QString, InputHint> &hints)
    : m_design(design)
    , m_glm(glm)
{
    m_design.spec.filters.clear();
    const std::vector<std::string> terms = m_design.termNames();
    std::vector<std::string> fitted;
    for (const analysis::Coefficient &c : glm.coefficients)
        fitted.push_back(c.term);
    if (terms.empty() || terms != fitted || glm.beta.size() != Eigen::Index(terms.size())
        || glm.covariance.rows() != glm.beta.size() || glm.covariance.cols() != glm.beta.size()) {
        m_error = Tr::tr("This model cannot be used for calculations: its coefficients do not "
                         "match its design. Ask the analyst who published it for a new copy.");
        return;
    }
    for (const analysis::Predictor &p : m_design.spec.predictors) {
        const QString name = QString::fromStdString(p.variable);
        const InputHint hint = hints.value(name);
        CalculatorInput in;
        in.variable = name;
        in.label = hint.label.isEmpty() ? name : hint.label;
        if (p.transform == analysis::Transform::Categorical) {
            in.categorical = true;
            const auto levels = m_design.levels.find(p.variable);
            if (levels == m_design.levels.end() || levels->second.empty()) {
                m_error = Tr::tr("This model cannot be used for calculations: the levels of %1 "
                                 "are missing. Ask the analyst for a new copy.")
                              .arg(name);
                return;
            }
            for (const std::string &l : levels->second)
                in.levels << QString::fromStdString(l);
            in.reference
                = p.reference.empty() ? in.levels.first() : QString::fromStdString(p.reference);
            // The field lists the levels as people know them: the catalogue's order when the
            // publisher gave it, else the reference first; the design keeps its own order.
            for (const QString &l : hint.levelOrder) {
                if (in.levels.contains(l) && !in.shownLevels.contains(l))
                    in.shownLevels << l;
            }
            in.levelLabels = hint.levelLabels;
            if (in.shownLevels.isEmpty())
                in.shownLevels << in.reference;
            for (const QString &l : std::as_const(in.levels)) {
                if (!in.shownLevels.contains(l))
                    in.shownLevels << l;
            }
        } else {
            double lo = -1e9, hi = 1e9, typical = 0.0;
            switch (p.transform) {
            case analysis::Transform::Standardise: {
                const auto s = m_design.scaling.find(p.variable);
                if (s != m_design.scaling.end()) {
                    in.designRange = true;
                    typical = s->second.first;
                    lo = s->second.first - 4.0 * s->second.second;
                    hi = s->second.first + 4.0 * s->second.second;
                }
                break;
            }
            case analysis::Transform::Spline: {
                const auto k = m_design.knots.find(p.variable);
                if (k != m_design.knots.end() && !k->second.empty()) {
                    in.designRange = true;
                    const std::vector<double> &t = k->second;
                    typical = t[t.size() / 2];
                    const double span = t.back() - t.front();
                    lo = t.front() - 0.5 * span;
                    hi = t.back() + 0.5 * span;
                }
                break;
            }
            case analysis::Transform::Winsorise: {
                in.designRange = true;
                const double span = std::max(p.upper - p.lower, 1.0);
                typical = 0.5 * (p.lower + p.upper);
                lo = p.lower - span;
                hi = p.upper + span;
                break;
            }
            case analysis::Transform::Log:
                lo = 1e-6;
                typical = 1.0;
                break;
            default:
                break;
            }
            if (hint.yesNo && p.transform == analysis::Transform::AsIs) {
                in.yesNo = true;
                lo = 0.0;
                hi = 1.0;
                typical = 0.0;
            }
            in.minimum = in.yesNo ? 0.0 : hint.minimum.value_or(lo);
            in.maximum = in.yesNo ? 1.0 : hint.maximum.value_or(hi);
            in.typical = std::clamp(in.yesNo ? typical : hint.typical.value_or(typical), in.minimum,
                                    in.maximum);
            in.decimals = in.yesNo ? 0 : inputDecimals(hint, in.minimum, in.maximum);
            // The field shows `decimals` digits; the point of comparison must be what it shows.
            const double scale = std::pow(10.0, in.decimals);
            in.typical = std::clamp(std::round(in.typical * scale) / scale, in.minimum, in.maximum);
        }
        m_inputs.append(in);
    }
    if (!m_design.spec.offset.empty()) {
        CalculatorInput in;
        in.variable = QString::fromStdString(m_design.spec.offset);
        const InputHint hint = hints.value(in.variable);
        in.label = hint.label.isEmpty() ? in.variable : hint.label;
        in.isOffset = true;
        in.minimum = hint.minimum.value_or(-1e9);
        in.maximum = hint.maximum.value_or(1e9);
        in.typical = hint.typical.value_or(0.0);
        m_inputs.append(in);
    }
}

InputValues RiskCalculator::typicalValues() const
{
    InputValues values;
    for (const CalculatorInput &in : m_inputs) {
        InputValue v;
        if (in.categorical)
            v.level = in.reference;
        else
            v.number = in.typical;
        values.insert(in.variable, v);
    }
    return values;
}

double RiskCalculator::inverseLink(double eta) const
{
    switch (m_glm.family) {
    case analysis::Family::Binomial:
        return 1.0 / (1.0 + std::exp(-eta));
    case analysis::Family::Poisson:
        return std::exp(eta);
    case analysis::Family::Gaussian:
        return eta;
    }
    return eta;
}

std::optional<Eigen::RowVectorXd> RiskCalculator::designRow(const InputValues &values,
                                                            double *offset, QString *error) const
{
    analysis::DataTable table;
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    for (const CalculatorInput &in : m_inputs) {
        const auto it = values.find(in.variable);
        if (it == values.end())
            return fail(Tr::tr("Enter a value for %1.").arg(in.label));
        analysis::Result<void> added;
        if (in.categorical) {
            const qsizetype code = in.levels.indexOf(it->level);
            if (code < 0) {
                return fail(Tr::tr("Choose one of the listed values for %1.").arg(in.label));
            }
            std::vector<std::string> levels;
            for (const QString &l : in.levels)
                levels.push_back(l.toStdString());
            added = table.addCategorical(in.variable.toStdString(), { std::int32_t(code) },
                                         std::move(levels));
        } else {
            const double v = it->number;
            if (!std::isfinite(v))
                return fail(Tr::tr("Enter a number for %1.").arg(in.label));
            if (v < in.minimum || v > in.maximum) {
                return fail(Tr::tr("%1 must lie between %2 and %3; enter a value in that range.")
                                .arg(in.label, inputValueText(in, in.minimum),
                                     inputValueText(in, in.maximum)));
            }
            added = table.addNumeric(in.variable.toStdString(), { v });
        }
        if (!added.ok())
            return fail(QString::fromStdString(added.error().message));
    }
    // The outcome column must exist for buildDesign; its value plays no part in X.
    const std::string &outcome = m_design.spec.outcome.variable;
    if (!table.hasColumn(outcome)) {
        const auto levels = m_design.levels.find(outcome);
        const analysis::Result<void> added
            = levels != m_design.levels.end() && !m_design.spec.outcome.threshold
            ? table.addCategorical(outcome, { 0 }, levels->second)
            : table.addNumeric(outcome, { 0.0 });
        if (!added.ok())
            return fail(QString::fromStdString(added.error().message));
    }
    const analysis::Result<analysis::DesignMatrix> dm = analysis::buildDesign(table, m_design);
    if (!dm.ok())
        return fail(QString::fromStdString(dm.error().message));
    if (dm->n() != 1 || dm->p() != m_glm.beta.size())
        return fail(Tr::tr("The values could not be turned into the model's terms."));
    *offset = dm->offset.size() == 1 ? dm->offset[0] : 0.0;
    return Eigen::RowVectorXd(dm->X.row(0));
}

std::optional<Prediction> RiskCalculator::predict(const InputValues &values, QString *error) const
{
    if (!isValid()) {
        if (error)
            *error = m_error;
        return std::nullopt;
    }
    double offset = 0.0;
    const std::optional<Eigen::RowVectorXd> x = designRow(values, &offset, error);
    if (!x)
        return std::nullopt;
    Prediction p;
    p.linearPredictor = x->dot(m_glm.beta) + offset;
    const double variance = (*x * m_glm.covariance * x->transpose())(0, 0);
    p.linearPredictorSe = std::sqrt(std::max(0.0, variance));
    p.estimate = inverseLink(p.linearPredictor);
    p.lower = inverseLink(p.linearPredictor - kZ95 * p.linearPredictorSe);
    p.upper = inverseLink(p.linearPredictor + kZ95 * p.linearPredictorSe);

    for (const CalculatorInput &in : m_inputs) {
        if (in.isOffset)
            continue;
        InputValues compared = values;
        FactorEffect f;
        f.variable = in.variable;
        f.label = in.label;
        if (in.categorical) {
            if (values.value(in.variable).level == in.reference)
                continue;
            compared[in.variable].level = in.reference;
            f.valueText = levelText(in, values.value(in.variable).level);
            f.comparisonText = levelText(in, in.reference);
        } else {
            if (values.value(in.variable).number == in.typical)
                continue;
            compared[in.variable].number = in.typical;
            f.valueText = inputValueText(in, values.value(in.variable).number);
            f.comparisonText = inputValueText(in, in.typical);
        }
        double otherOffset = 0.0;
        const std::optional<Eigen::RowVectorXd> xc = designRow(compared, &otherOffset, nullptr);
        if (!xc)
            continue;
        const double lpWithout = xc->dot(m_glm.beta) + otherOffset;
        f.lpDelta = p.linearPredictor - lpWithout;
        f.predictionWithout = inverseLink(lpWithout);
        p.factors.append(f);
    }
    std::stable_sort(p.factors.begin(), p.factors.end(),
                     [](const FactorEffect &a, const FactorEffect &b) {
                         return std::fabs(a.lpDelta) > std::fabs(b.lpDelta);
                     });
    return p;
}

} // namespace fairstart::ui

// SPDX-License-Identifier: GPL-3.0-or-later
// The risk calculator of reviewer mode: one child's values in, the model's prediction with its
// 95% interval out, computed locally (nothing is sent or stored). The linear predictor comes from
// analysis::buildDesign on a one-row table, so it is exactly what the design matrix would hold.
#pragma once

#include "fairstart/analysis/design.h"
#include "fairstart/analysis/glm.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <limits>
#include <optional>

namespace fairstart::ui {

// What the analyst may add when publishing, per variable: a label, a sensible range and the
// typical value that factors are compared with.
struct InputHint {
    QString label;
    std::optional<double> minimum;
    std::optional<double> maximum;
    std::optional<double> typical;
    // A yes/no variable (0/1 at the sites): the calculator asks "No"/"Yes", not a number.
    bool yesNo = false;
    // Categorical: the order people know the levels in (the catalogue's); the design's order
    // (sorted) otherwise, with the reference level first.
    QStringList levelOrder;
    // Categorical: what each level means, from the catalogue (the node's import schema, issue
    // 17): level name -> label. A level without one is shown by its name.
    QMap<QString, QString> levelLabels;
    // Numeric: the digits after the decimal mark the field shows and accepts (0 for counts,
    // years, grams). The publish dialog takes it from the numbers the analyst typed ("39" → 0,
    // "39.5" → 1); without it the calculator takes it from the hint's numbers or the range.
    std::optional<int> decimals;
};

// The decimals a numeric field shows (issue 17: whole-number fields showed "9,00"): the hint's
// own `decimals`, else none when every number the hint gives (from, typical, to) is whole, else
// the fewest digits (at most 3) that show those numbers exactly; without any number in the hint
// the range decides (a span above 1000: 0, above 10: 1, else 2).
int inputDecimals(const InputHint &hint, double minimum, double maximum);

// The digits after the decimal mark of a number as typed ("39" → 0, "39,50" → 2, "1.5e3" → 0;
// the user's locale or C), or nullopt for text that is not a number.
std::optional<int> typedDecimals(const QString &text);

// One field of the calculator.
struct CalculatorInput {
    QString variable;
    QString label; // the hint's label, or the variable name
    bool categorical = false;
    QStringList levels; // categorical: in the design's order
    QString reference; // categorical: the reference level
    QStringList shownLevels; // categorical: the levels in the order the field lists them
    QMap<QString, QString> levelLabels; // categorical: the hint's labels (see levelText)
    bool yesNo = false; // numeric 0/1 asked as a choice of No and Yes
    double minimum = 0.0; // numeric: allowed range
    double maximum = 0.0;
    double typical = 0.0; // numeric: default value and point of comparison
    bool designRange = false; // numeric: the range and typical value come from the design
                              // (standardised, spline, winsorised), not from a placeholder
    int decimals = 2;
    bool isOffset = false; // the model's offset variable (e.g. log person-time)
};

// A numeric input's value as its field (a QDoubleSpinBox, group separator not shown) shows it:
// the user's decimal mark, the input's decimals, no group separator. The sentences, the tooltip
// and the saved calculation use it too (issue 17: the sentences said "2,150" where the field
// showed "2150").
QString inputValueText(const CalculatorInput &input, double value);

// A categorical input's level as the field, the sentences and the saved calculation show it: its
// label from the catalogue when the publisher had one, else the level's name (issue 17).
QString levelText(const CalculatorInput &input, const QString &level);

// One value per input: a number for numeric inputs, a level for categorical ones.
struct InputValue {
    double number = std::numeric_limits<double>::quiet_NaN();
    QString level;
};
using InputValues = QMap<QString, InputValue>;

// How much one variable moves the prediction: the linear predictor with the entered value minus
// the linear predictor with the variable at its reference (categorical) or typical value
// (numeric), all other values as entered. Interactions are included.
struct FactorEffect {
    QString variable;
    QString label;
    QString valueText;
    QString comparisonText;
    double lpDelta = 0.0;
    double predictionWithout = 0.0; // the prediction with this variable at its comparison value
};

struct Prediction {
    double linearPredictor = 0.0; // xβ + offset
    double linearPredictorSe = 0.0; // √(x Σ xᵀ), Σ the model's covariance
    double estimate = 0.0; // inverse link of the linear predictor
    double lower = 0.0; // inverse link of lp ∓ 1.96·SE
    double upper = 0.0;
    QList<FactorEffect> factors; // largest |lpDelta| first
};

class RiskCalculator {
public:
    RiskCalculator(const analysis::ResolvedDesign &design, const analysis::GlmResult &glm,
                   const QMap<QString, InputHint> &hints = {});

    // Empty when the calculator can be used; otherwise what is wrong with the model.
    const QString &error() const { return m_error; }
    bool isValid() const { return m_error.isEmpty(); }

    analysis::Family family() const { return m_glm.family; }
    const QList<CalculatorInput> &inputs() const { return m_inputs; }
    // Reference levels and typical values: what the fields start with.
    InputValues typicalValues() const;

    // nullopt with *error set when a value is missing, out of range or not allowed by a
    // transform (e.g. log of 0).
    std::optional<Prediction> predict(const InputValues &values, QString *error = nullptr) const;

    // The inverse link (binomial: logistic, Poisson: exp, Gaussian: identity).
    double inverseLink(double eta) const;

private:
    std::optional<Eigen::RowVectorXd> designRow(const InputValues &values, double *offset,
                                                QString *error) const;

    analysis::ResolvedDesign m_design; // filters removed: the calculator predicts, it selects none
    analysis::GlmResult m_glm;
    QList<CalculatorInput> m_inputs;
    QString m_error;
};

} // namespace fairstart::ui

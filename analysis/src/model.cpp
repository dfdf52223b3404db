// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/analysis/model.h"

#include <cmath>
#include <set>

namespace fairstart::analysis {

const char *errorCodeId(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidArgument:
        return "invalid-argument";
    case ErrorCode::ParseError:
        return "parse-error";
    case ErrorCode::InvalidSpec:
        return "invalid-spec";
    case ErrorCode::UnknownVariable:
        return "unknown-variable";
    case ErrorCode::WrongColumnType:
        return "wrong-column-type";
    case ErrorCode::UnknownLevel:
        return "unknown-level";
    case ErrorCode::MissingResolution:
        return "missing-resolution";
    case ErrorCode::EmptyCohort:
        return "empty-cohort";
    case ErrorCode::NonFinite:
        return "non-finite";
    case ErrorCode::InvalidValue:
        return "invalid-value";
    case ErrorCode::NotBinary:
        return "not-binary";
    case ErrorCode::ConstantColumn:
        return "constant-column";
    case ErrorCode::TooManyKnots:
        return "too-many-knots";
    case ErrorCode::RankDeficient:
        return "rank-deficient";
    case ErrorCode::Separation:
        return "separation";
    case ErrorCode::NotConverged:
        return "not-converged";
    case ErrorCode::InvalidState:
        return "invalid-state";
    }
    return "unknown";
}

const char *familyId(Family family)
{
    switch (family) {
    case Family::Binomial:
        return "binomial";
    case Family::Poisson:
        return "poisson";
    case Family::Gaussian:
        return "gaussian";
    }
    return "binomial";
}

std::optional<Family> familyFromId(std::string_view id)
{
    for (Family f : { Family::Binomial, Family::Poisson, Family::Gaussian }) {
        if (id == familyId(f))
            return f;
    }
    return std::nullopt;
}

const char *transformId(Transform transform)
{
    switch (transform) {
    case Transform::AsIs:
        return "asis";
    case Transform::Log:
        return "log";
    case Transform::Standardise:
        return "standardise";
    case Transform::Spline:
        return "spline";
    case Transform::Winsorise:
        return "winsorise";
    case Transform::Categorical:
        return "categorical";
    }
    return "asis";
}

std::optional<Transform> transformFromId(std::string_view id)
{
    for (Transform t : { Transform::AsIs, Transform::Log, Transform::Standardise, Transform::Spline,
                         Transform::Winsorise, Transform::Categorical }) {
        if (id == transformId(t))
            return t;
    }
    return std::nullopt;
}

std::vector<double> defaultKnotQuantiles(int k)
{
    switch (k) {
    case 3:
        return { 0.10, 0.50, 0.90 };
    case 4:
        return { 0.05, 0.35, 0.65, 0.95 };
    case 5:
        return { 0.05, 0.275, 0.50, 0.725, 0.95 };
    case 6:
        return { 0.05, 0.23, 0.41, 0.59, 0.77, 0.95 };
    case 7:
        return { 0.025, 0.1833, 0.3417, 0.50, 0.6583, 0.8167, 0.975 };
    default:
        return {};
    }
}

std::vector<Error> validate(const ModelSpec &spec)
{
    std::vector<Error> problems;
    auto add = [&](std::string message, std::vector<std::string> terms = {}) {
        problems.push_back(makeError(ErrorCode::InvalidSpec, std::move(message), std::move(terms)));
    };
    const std::string &y = spec.outcome.variable;
    if (y.empty())
        add("The outcome is missing: choose the variable the model explains.");
    if (spec.outcome.threshold) {
        if (!std::isfinite(*spec.outcome.threshold))
            add("The outcome threshold of '" + y + "' is not a finite number: enter a number.");
        if (spec.family != Family::Binomial)
            add("A threshold turns the outcome '" + y
                + "' into a yes/no outcome: use the binomial family or remove the threshold.");
    }
    std::set<std::string> seen;
    for (const Predictor &p : spec.predictors) {
        if (p.variable.empty()) {
            add("A predictor has no variable: choose one or remove the predictor.");
            continue;
        }
        if (!seen.insert(p.variable).second)
            add("The variable '" + p.variable
                    + "' appears more than once among the predictors: keep one of them.",
                { p.variable });
        if (p.variable == y)
            add("The outcome '" + y + "' is also a predictor: remove it from the predictors.",
                { p.variable });
        if (p.variable == spec.offset)
            add("The offset '" + p.variable + "' is also a predictor: use it in one role only.",
                { p.variable });
        if (p.transform == Transform::Spline && (p.knots < 3 || p.knots > 7))
            add("The spline of '" + p.variable + "' has " + std::to_string(p.knots)
                    + " knots: choose between 3 and 7.",
                { p.variable });
        if (p.transform == Transform::Winsorise
            && !(std::isfinite(p.lower) && std::isfinite(p.upper) && p.lower < p.upper))
            add("The winsorising bounds of '" + p.variable
                    + "' are not two finite numbers with lower < upper: correct them.",
                { p.variable });
        if (!p.reference.empty() && p.transform != Transform::Categorical)
            add("A reference level is set for '" + p.variable
                    + "', which is not categorical: clear the reference level.",
                { p.variable });
    }
    std::set<std::pair<std::string, std::string>> pairs;
    for (const Interaction &i : spec.interactions) {
        if (i.a.empty() || i.b.empty()) {
            add("An interaction lacks one of its two variables: choose both or remove it.");
            continue;
        }
        if (i.a == i.b) {
            add("The interaction " + i.a + ":" + i.b
                    + " pairs a variable with itself: choose two different predictors.",
                { i.a });
            continue;
        }
        for (const std::string &v : { i.a, i.b }) {
            if (!seen.count(v))
                add("The interaction " + i.a + ":" + i.b + " uses '" + v
                        + "', which is not a predictor: add '" + v
                        + "' as a predictor (main effect) first.",
                    { v });
        }
        auto key = i.a < i.b ? std::pair(i.a, i.b) : std::pair(i.b, i.a);
        if (!pairs.insert(key).second)
            add("The interaction " + i.a + ":" + i.b + " is listed twice: keep one.", { i.a, i.b });
    }
    for (const Filter &f : spec.filters) {
        if (f.variable.empty()) {
            add("A filter has no variable: choose one or remove the filter.");
            continue;
        }
        if ((f.min && !std::isfinite(*f.min)) || (f.max && !std::isfinite(*f.max)))
            add("The filter on '" + f.variable + "' has a bound that is not a finite number.");
        if (f.min && f.max && *f.min > *f.max)
            add("The filter on '" + f.variable
                + "' has its minimum above its maximum: no record could pass it.");
        if (!f.min && !f.max && f.values.empty())
            add("The filter on '" + f.variable
                + "' has neither bounds nor values: set one or remove the filter.");
    }
    if (!spec.offset.empty() && spec.offset == y)
        add("The outcome '" + y + "' is also the offset: choose another offset variable.");
    if (!std::isfinite(spec.ridgeLambda) || spec.ridgeLambda < 0)
        add("The ridge penalty must be a finite number >= 0.");
    if (spec.completeCases.size() > kMaxCompleteCases)
        add("The cohort's complete cases name " + std::to_string(spec.completeCases.size())
            + " variables, more than " + std::to_string(kMaxCompleteCases)
            + ": list only the variables of the largest model of the series.");
    std::set<std::string> cases;
    for (const std::string &v : spec.completeCases) {
        if (v.empty()) {
            add("A variable of the cohort's complete cases has no name: choose one or remove it.");
            continue;
        }
        if (!cases.insert(v).second)
            add("The variable '" + v
                    + "' is listed more than once in the cohort's complete cases: keep one.",
                { v });
    }
    return problems;
}

} // namespace fairstart::analysis

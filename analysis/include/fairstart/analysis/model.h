// SPDX-License-Identifier: GPL-3.0-or-later
// The model specification: what the designer edits, the protocol carries and the node evaluates.
#pragma once

#include "fairstart/analysis/result.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace fairstart::analysis {

// Each family uses its canonical link: binomial–logit, Poisson–log, Gaussian–identity.
enum class Family { Binomial, Poisson, Gaussian };

enum class Transform {
    AsIs, // the numeric value
    Log, // natural log; values must be > 0
    Standardise, // (x - mean) / sd with the federated mean and SD of the resolved design
    Spline, // restricted cubic spline (Harrell) with `knots` knots at resolved positions
    Winsorise, // min(max(x, lower), upper)
    Categorical, // treatment coding against `reference` (empty = first level in sorted order)
};

struct Predictor {
    std::string variable;
    Transform transform = Transform::AsIs;
    int knots = 0; // Spline: number of knots k (3..7), giving k - 1 columns
    double lower = 0.0; // Winsorise: lower bound
    double upper = 0.0; // Winsorise: upper bound
    std::string reference; // Categorical: reference level; empty = first sorted level

    bool operator==(const Predictor &) const = default;
};

// A two-way interaction of two predictors, named by their variables (both must be predictors).
struct Interaction {
    std::string a;
    std::string b;

    bool operator==(const Interaction &) const = default;
};

// Keeps a record when its value lies in [min, max] (numeric columns) or is one of `values`
// (categorical columns: level names; numeric columns: numbers written as text). A record with a
// missing value in a filter variable is excluded by the filter.
struct Filter {
    std::string variable;
    std::optional<double> min;
    std::optional<double> max;
    std::vector<std::string> values;

    bool operator==(const Filter &) const = default;
};

// The response. With a threshold the outcome is binary: 1 when variable > threshold, else 0.
// A categorical outcome with two levels is 1 for the second level in sorted order (as R's glm).
struct Outcome {
    std::string variable;
    std::optional<double> threshold;

    bool operator==(const Outcome &) const = default;
};

struct ModelSpec {
    Outcome outcome;
    Family family = Family::Binomial;
    std::vector<Predictor> predictors;
    std::vector<Interaction> interactions;
    std::vector<Filter> filters;
    std::string offset; // a numeric variable used as is (e.g. log person-time); empty = none
    double ridgeLambda = 0.0; // L2 penalty, see glm.h for the exact objective; 0 = plain GLM
    // More variables whose complete cases define the cohort, besides the model's own (outcome,
    // predictors, offset): a record missing any of them is left out as if it were a model
    // variable. A series of models (add a variable, then another) then shares one cohort when
    // each lists the variables of the largest. Only a stricter filter: listing a model variable
    // changes nothing. At most kMaxCompleteCases, each named once.
    std::vector<std::string> completeCases;

    bool operator==(const ModelSpec &) const = default;
};

inline constexpr std::size_t kMaxCompleteCases = 64;

// Every problem of a specification, each in words ("The outcome is missing: choose the variable to
// model."). Empty when the specification is valid. Checks only what is knowable without data.
std::vector<Error> validate(const ModelSpec &spec);

// Stable identifiers: "binomial", "poisson", "gaussian"; "asis", "log", "standardise", "spline",
// "winsorise", "categorical". The parsers accept exactly these.
const char *familyId(Family family);
std::optional<Family> familyFromId(std::string_view id);
const char *transformId(Transform transform);
std::optional<Transform> transformFromId(std::string_view id);

// Default knot positions of a k-knot restricted cubic spline as quantile probabilities
// (Harrell, Regression Modeling Strategies, table 2.3), for k = 3..7; empty otherwise.
std::vector<double> defaultKnotQuantiles(int k);

} // namespace fairstart::analysis

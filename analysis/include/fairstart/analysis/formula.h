// SPDX-License-Identifier: GPL-3.0-or-later
// R-style model formulas: read one into a ModelSpec and write one back for the workbench.
#pragma once

#include "fairstart/analysis/model.h"

#include <string>
#include <string_view>

namespace fairstart::analysis {

// Grammar (white space is free, names are [A-Za-z._][A-Za-z0-9._]* or `back-quoted`):
//
//   formula   := outcome "~" term ("+" term)*
//   outcome   := name | "I(" name ">" number ")"          -- binary outcome with a threshold
//   term      := predictor | name ":" name | name "*" name | "offset(" name ")" | "1"
//   predictor := name                                     -- as is; a text column becomes a factor
//              | "log(" name ")"
//              | "scale(" name ")"                        -- standardised with federated mean, SD
//              | "rcs(" name "," k ")"                    -- restricted cubic spline, k = 3..7
//              knots | "winsor(" name "," lower "," upper ")" | "factor(" name ")" | "factor(" name
//              ", ref = \"" level "\")"
//
// `a*b` adds a, b (as is, unless listed otherwise) and a:b; a:b names two predictors' variables.
// Interactions always come after the main effects, as in R. "+ 1" is accepted and ignored; models
// without an intercept ("- 1", "+ 0") are refused. Filters and the ridge penalty are not part of a
// formula: they are set on the ModelSpec. Which plain names are categorical is decided later from
// the catalogue (see markCategorical in design.h).
Result<ModelSpec> parseFormula(std::string_view formula, Family family);

// The formula of a specification in the grammar above; parseFormula(toFormula(s), s.family) gives
// back s without its filters and ridge penalty.
std::string toFormula(const ModelSpec &spec);

// The text of a number as written in formulas and term names: the shortest form that reads back
// to the same double ("2.5", "1e-08").
std::string formatNumber(double value);

} // namespace fairstart::analysis

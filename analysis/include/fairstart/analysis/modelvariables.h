// SPDX-License-Identifier: GPL-3.0-or-later
// The variables a model reads, for the code that checks a dataset against a model (the design
// builder, the node's validation) without the rest of design.h.
#pragma once

#include "fairstart/analysis/model.h"

#include <string>
#include <vector>

namespace fairstart::analysis {

// The model's variables in a fixed order: outcome, predictors (a repeated one repeated), offset
// (when set).
std::vector<std::string> modelVariables(const ModelSpec &spec);

// The variables whose complete cases make the model's cohort: modelVariables, then each of
// spec.completeCases that is not among them, in their order.
std::vector<std::string> cohortVariables(const ModelSpec &spec);

} // namespace fairstart::analysis

// SPDX-License-Identifier: GPL-3.0-or-later
// Dominance as a fact of the dataset (docs/privacy-rules.md "Dominance over the whole dataset").
// A numeric variable whose top records dominate its sum or its centred sum of squares over the
// records consented for every purpose (everyPurposeRecords) is refused in every release that uses
// it (a description, a design column built from it, an outcome, an offset), whatever the cohort,
// filter, user, purpose or request: the verdict is the same for all of them, so a refusal no longer
// says whether a cohort holds the outlier. Private to the node's release code.
#pragma once

#include "fairstart/analysis/disclosure.h"
#include "fairstart/analysis/model.h"
#include "fairstart/node/store.h"

#include <optional>
#include <string>

namespace fairstart::node {

// The refusal (rule "dataset-dominance") of a numeric variable dominated over all its present
// values in `data` among the records consented for every purpose, or nullopt. The sums it needs
// are computed once per dataset generation and variable and kept (a process-wide cache).
std::optional<analysis::RuleOutcome> datasetDominance(const LoadedDataset &data,
                                                      const std::string &variable,
                                                      const analysis::DisclosurePolicy &policy);

// The first dataset-dominance refusal among a design's numeric outcome, offset and predictors, or
// nullopt. A log or winsorised predictor is judged on its log or winsorised values over the whole
// dataset (cached per bounds); scale(x) and a spline of x as x (docs/privacy-rules.md).
std::optional<analysis::RuleOutcome> datasetDominance(const LoadedDataset &data,
                                                      const analysis::ModelSpec &spec,
                                                      const analysis::DisclosurePolicy &policy);

} // namespace fairstart::node

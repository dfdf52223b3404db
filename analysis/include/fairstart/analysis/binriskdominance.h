// SPDX-License-Identifier: GPL-3.0-or-later
// Dominance of the per-bin sums of predicted risk that an evaluation releases
// (docs/privacy-rules.md, "Per-bin sums of risk"). Its own header, so that the rule does not
// rebuild everything that includes disclosure.h.
#pragma once

#include "fairstart/analysis/design.h"
#include "fairstart/analysis/disclosure.h"

#include <Eigen/Core>

namespace fairstart::analysis {

// An evaluation releases, per bin of the risk grid merged until each holds minCell records of
// each class (as the node merges them, mergePerformanceBins), each class's count and Σp (the
// bin's Σp and Σp of its events). Within a narrow bin that says no more about one record than
// the bin's edges; in a wide merged bin (the top or bottom one) a record far from the others of
// its class carries nearly all of the class's Σp (or of Σ(1 - p), which the count minus Σp
// gives): with its covariates known, its risk names it and the class is its outcome. For every
// released bin and class: Σp and Σ(1 - p) with the top dominanceTopK records at most
// dominanceShare. Fails also for a β that does not fit or bins that cannot merge.
RuleOutcome checkBinRiskDominance(const DesignMatrix &design, const Eigen::VectorXd &beta,
                                  int gridBins, const DisclosurePolicy &policy);

} // namespace fairstart::analysis

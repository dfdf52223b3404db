// SPDX-License-Identifier: GPL-3.0-or-later
// Each record's bin of an evaluation's risk grid, for the node's differencing ledger
// (docs/privacy-rules.md, "Evaluations of several β"): the records of a released cumulative risk
// bin are a cohort. Its own header, so that it does not rebuild everything that includes
// performance.h.
#pragma once

#include "fairstart/analysis/design.h"
#include "fairstart/analysis/result.h"

#include <Eigen/Core>

#include <vector>

namespace fairstart::analysis {

// The grid bin of every record of the design (in the design's row order) at β, exactly as
// computePerformance bins it (the same risks, the same rounding). Errors as computePerformance.
Result<std::vector<int>> riskGridBins(const DesignMatrix &design, const Eigen::VectorXd &beta,
                                      int bins);

} // namespace fairstart::analysis

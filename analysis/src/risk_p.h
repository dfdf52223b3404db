// SPDX-License-Identifier: GPL-3.0-or-later
// The predicted risks of a binomial model from its linear predictor, computed one way for every
// evaluation (computePerformance and siteDiscrimination must see the same ties).
#pragma once

#include "fairstart/analysis/linearpredictormemo.h"

#include <Eigen/Core>

#include <vector>

namespace fairstart::analysis {

// risk = 1 / (1 + e^-lp), written as e^-|lp| / (1 + e^-|lp|) for lp < 0 so it neither overflows
// nor loses the small risks. e^-|lp| comes from the round kernel's vectorised exp (within 1 ulp
// of glibc's; a node never changes kernel), the non-finite values from std::exp.
std::vector<double> logisticRisks(const Eigen::VectorXd &lp);

// sharedLinearPredictor and sharedLogisticRisks (linearpredictormemo.h): X β + offset and
// logisticRisks of it, taken from the thread's LinearPredictorMemo::Use for this design when it
// holds them for the same β bits, without a copy.

} // namespace fairstart::analysis

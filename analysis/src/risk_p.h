// SPDX-License-Identifier: GPL-3.0-or-later
// The predicted risks of a binomial model from its linear predictor, computed one way for every
// evaluation (computePerformance and siteDiscrimination must see the same ties).
#pragma once

#include "fairstart/analysis/linearpredictormemo.h"
#include "fairstart/analysis/result.h"

#include <Eigen/Core>

#include <optional>
#include <string>
#include <vector>

namespace fairstart::analysis {

// risk = 1 / (1 + e^-lp), written as e^-|lp| / (1 + e^-|lp|) for lp < 0 so it neither overflows
// nor loses the small risks. e^-|lp| comes from the round kernel's vectorised exp (within 1 ulp
// of glibc's; a node never changes kernel), the non-finite values from std::exp.
std::vector<double> logisticRisks(const Eigen::VectorXd &lp);

// Why `beta` cannot be evaluated on `design` (computePerformance, mannWhitney): not one value per
// term, or a value that is not finite; nothing when it can.
inline std::optional<Error> evaluatedBetaFault(const DesignMatrix &design,
                                               const Eigen::VectorXd &beta)
{
    if (beta.size() != design.p())
        return makeError(ErrorCode::InvalidArgument,
                         "β has " + std::to_string(beta.size()) + " values but the design has "
                             + std::to_string(design.p()) + " terms.");
    if (!beta.allFinite())
        return makeError(ErrorCode::NonFinite, "β contains a value that is not a finite number.");
    return std::nullopt;
}

// sharedLinearPredictor and sharedLogisticRisks (linearpredictormemo.h): X β + offset and
// logisticRisks of it, taken from the thread's LinearPredictorMemo::Use for this design when it
// holds them for the same β bits, without a copy.

} // namespace fairstart::analysis

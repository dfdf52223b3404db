// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/analysis/binriskdominance.h"

#include "riskcells_p.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

namespace fairstart::analysis {

namespace {

RuleOutcome binOutcome(bool passed, const DisclosurePolicy &policy)
{
    RuleOutcome out;
    out.ruleId = "dominance";
    out.passed = passed;
    out.threshold = policy.dominanceShare;
    const auto percent = static_cast<int>(std::lround(policy.dominanceShare * 100));
    out.message = "No released sum may be dominated by " + std::to_string(policy.dominanceTopK)
        + " records making up more than " + std::to_string(percent)
        + "% of it: in a bin of predicted risks, a few records of one outcome class carry "
          "nearly all of that class's sum of risks.";
    if (!passed)
        out.detail = "the sum of predicted risks of a class in a risk bin";
    return out;
}

} // namespace

RuleOutcome checkBinRiskDominance(const DesignMatrix &design, const Eigen::VectorXd &beta,
                                  int gridBins, const DisclosurePolicy &policy)
{
    const std::optional<RiskCells> cells
        = releasedRiskCells(design, beta, gridBins, policy.minCell);
    if (!cells)
        return binOutcome(false, policy);
    std::vector<TopK> risk(cells->cells, TopK(policy)), complement(cells->cells, TopK(policy));
    for (std::size_t i = 0; i < cells->cell.size(); ++i) {
        risk[cells->cell[i]].add((*cells->risks)[i]);
        complement[cells->cell[i]].add(1.0 - (*cells->risks)[i]);
    }
    for (std::size_t c = 0; c < cells->cells; ++c) {
        if (!risk[c].passes() || !complement[c].passes())
            return binOutcome(false, policy);
    }
    return binOutcome(true, policy);
}

} // namespace fairstart::analysis

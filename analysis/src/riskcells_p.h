// SPDX-License-Identifier: GPL-3.0-or-later
// What the dominance rules of an evaluation's released risk bins share: a top-k sum and the cell
// of each record (released merged bin × outcome class).
#pragma once

#include "fairstart/analysis/design.h"
#include "fairstart/analysis/disclosure.h"
#include "fairstart/analysis/topk.h"

#include <Eigen/Core>

#include <algorithm>
#include <cstddef>
#include <memory>
#include <optional>
#include <vector>

namespace fairstart::analysis {

// The total of non-negative contributions and the sum of its k largest, in one pass without a
// sort: the insertion branch is rarely taken, so the loop costs about one compare per value.
class TopK {
public:
    explicit TopK(const DisclosurePolicy &policy, int k = -1)
        : m_top(static_cast<std::size_t>(std::clamp(k < 0 ? policy.dominanceTopK : k, 0, 64)), 0.0)
        , m_share(policy.dominanceShare)
    {
    }
    void add(double a)
    {
        m_total += a;
        if (m_top.empty() || !(a > m_top.back()))
            return;
        insertDescending(m_top, a);
    }
    bool passes() const
    {
        double top = 0;
        for (double t : m_top)
            top += t;
        return m_total == 0 || top <= m_share * m_total;
    }

private:
    std::vector<double> m_top; // descending
    double m_total = 0;
    double m_share;
};

// Each record's predicted risk and its released cell, 2 × merged bin + class (1 = event): the very
// risks and grid bins of computePerformance, the grid merged for minCell of each class as
// mergePerformanceBins does. Empty when β does not fit the design or the grid cannot be merged.
struct RiskCells {
    std::shared_ptr<const std::vector<double>> risks; // shared at one β (risk_p.h)
    std::vector<std::size_t> cell; // per record
    std::size_t cells = 0;
};
std::optional<RiskCells> releasedRiskCells(const DesignMatrix &design, const Eigen::VectorXd &beta,
                                           int gridBins, int minCell);

} // namespace fairstart::analysis

// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/analysis/binriskdominance.h"

#include "risk_p.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

namespace fairstart::analysis {

namespace {

// The sum of non-negative values and of its k largest.
class Largest {
public:
    explicit Largest(std::size_t k)
        : m_top(k, 0.0)
    {
    }
    void add(double a)
    {
        m_total += a;
        if (m_top.empty() || !(a > m_top.back()))
            return;
        std::size_t k = m_top.size() - 1;
        while (k > 0 && m_top[k - 1] < a) {
            m_top[k] = m_top[k - 1];
            --k;
        }
        m_top[k] = a;
    }
    bool passes(double share) const
    {
        double top = 0;
        for (double t : m_top)
            top += t;
        return m_total == 0 || top <= share * m_total;
    }

private:
    std::vector<double> m_top; // descending
    double m_total = 0;
};

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
    const Eigen::Index n = design.n();
    if (beta.size() != design.p() || !beta.allFinite() || design.y.size() != n || gridBins < 1)
        return binOutcome(false, policy);
    // The very risks and grid bins of computePerformance.
    const std::vector<double> risks = logisticRisks(design.linearPredictor(beta));
    const auto nb = static_cast<std::size_t>(gridBins);
    std::vector<std::size_t> bin(static_cast<std::size_t>(n));
    std::vector<double> counts[2] = { std::vector<double>(nb, 0.0), std::vector<double>(nb, 0.0) };
    for (Eigen::Index i = 0; i < n; ++i) {
        const double p = risks[std::size_t(i)];
        bin[std::size_t(i)] = std::min(static_cast<std::size_t>(p * gridBins), nb - 1);
        counts[design.y[i] == 1.0 ? 1 : 0][bin[std::size_t(i)]] += 1;
    }
    // The released bins: the grid merged for minCell of each class (mergePerformanceBins).
    std::vector<double> edges(nb + 1);
    for (std::size_t b = 0; b <= nb; ++b)
        edges[b] = double(b);
    const MergedHistogram merged
        = mergeBinsForDisclosure(edges, { counts[1], counts[0] }, policy.minCell);
    if (!merged.ok())
        return binOutcome(false, policy);
    std::vector<std::size_t> group(nb, 0);
    for (std::size_t g = 0; g + 1 < merged.edges.size(); ++g) {
        const auto from = static_cast<std::size_t>(std::lround(merged.edges[g]));
        const auto to = std::min(nb, static_cast<std::size_t>(std::lround(merged.edges[g + 1])));
        for (std::size_t b = from; b < to; ++b)
            group[b] = g;
    }
    const std::size_t groups = merged.edges.size() - 1;
    const auto k = static_cast<std::size_t>(std::clamp(policy.dominanceTopK, 0, 64));
    std::vector<Largest> risk(2 * groups, Largest(k)), complement(2 * groups, Largest(k));
    for (Eigen::Index i = 0; i < n; ++i) {
        const std::size_t c = 2 * group[bin[std::size_t(i)]] + (design.y[i] == 1.0 ? 1 : 0);
        const double p = risks[std::size_t(i)];
        risk[c].add(p);
        complement[c].add(1.0 - p);
    }
    for (std::size_t c = 0; c < 2 * groups; ++c) {
        if (!risk[c].passes(policy.dominanceShare) || !complement[c].passes(policy.dominanceShare))
            return binOutcome(false, policy);
    }
    return binOutcome(true, policy);
}

} // namespace fairstart::analysis

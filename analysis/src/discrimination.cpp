// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/analysis/discrimination.h"
#include "risk_p.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstdint>
#include <numeric>
#include <string>

namespace fairstart::analysis {

namespace {

// Sorts finite doubles ascending: the order of std::sort but for -0 and +0, which compare equal
// (here -0 comes first), so the groups of equal values are the same. An LSD radix sort of 11-bit
// digits of each value's bits (mapped so that their unsigned order is the numbers' order),
// skipping a digit that every value shares: ~3x faster than std::sort at 10⁵ values, the largest
// part of a masked evaluation round at the node (issue 16, eighth pass).
void sortFinite(std::vector<double> &values)
{
    const std::size_t n = values.size();
    if (n < 4096 || n > UINT32_MAX) {
        std::sort(values.begin(), values.end());
        return;
    }
    constexpr int Bits = 11, Passes = 6;
    constexpr std::size_t Buckets = std::size_t(1) << Bits;
    constexpr std::uint64_t Sign = std::uint64_t(1) << 63;
    std::vector<std::uint64_t> a(n), b(n);
    std::vector<std::array<std::uint32_t, Buckets>> counts(Passes);
    for (auto &c : counts)
        c.fill(0);
    for (std::size_t i = 0; i < n; ++i) {
        std::uint64_t k = std::bit_cast<std::uint64_t>(values[i]);
        k = (k & Sign) ? ~k : (k | Sign);
        a[i] = k;
        for (int p = 0; p < Passes; ++p)
            ++counts[std::size_t(p)][(k >> (p * Bits)) & (Buckets - 1)];
    }
    for (int p = 0; p < Passes; ++p) {
        auto &c = counts[std::size_t(p)];
        const int shift = p * Bits;
        if (c[(a[0] >> shift) & (Buckets - 1)] == n)
            continue; // every value has this digit
        std::uint32_t sum = 0;
        for (auto &count : c) {
            const std::uint32_t here = count;
            count = sum;
            sum += here;
        }
        for (std::size_t i = 0; i < n; ++i) {
            const std::uint64_t k = a[i];
            b[c[(k >> shift) & (Buckets - 1)]++] = k;
        }
        a.swap(b);
    }
    for (std::size_t i = 0; i < n; ++i) {
        const std::uint64_t k = a[i];
        values[i] = std::bit_cast<double>((k & Sign) ? (k & ~Sign) : ~k);
    }
}

} // namespace

namespace {

// The statistic of n risks and their 0/1 outcomes (both read in place).
Result<MannWhitney> mannWhitneyOf(const double *risks, const double *outcomes, std::size_t count)
{
    for (std::size_t i = 0; i < count; ++i) {
        if (!std::isfinite(risks[i]))
            return makeError(ErrorCode::NonFinite, "A predicted risk is not a finite number.");
        if (outcomes[i] != 0.0 && outcomes[i] != 1.0)
            return makeError(ErrorCode::NotBinary,
                             "The outcome is not binary: the AUC needs 0/1 outcomes.");
    }
    // Each class's risks sorted on their own (a radix sort of doubles, not a sort of indices
    // compared through the risks: several times faster at 10⁵–10⁶ records), then walked together by
    // groups of equal risk upwards: each event is above every non-event already passed and tied
    // with the non-events of its own group (½ each). The groups, their order and their counts are
    // those of one sort of all risks, so u is the same sum of the same terms in the same order.
    std::vector<double> events, nonEvents;
    std::size_t positives = 0;
    for (std::size_t i = 0; i < count; ++i)
        positives += outcomes[i] == 1.0 ? 1 : 0;
    events.reserve(positives);
    nonEvents.reserve(count - positives);
    for (std::size_t i = 0; i < count; ++i)
        (outcomes[i] == 1.0 ? events : nonEvents).push_back(risks[i]);
    sortFinite(events);
    sortFinite(nonEvents);
    MannWhitney m;
    std::size_t e = 0, n = 0;
    while (e < events.size() || n < nonEvents.size()) {
        const double risk = e == events.size() ? nonEvents[n]
            : n == nonEvents.size()            ? events[e]
                                               : std::min(events[e], nonEvents[n]);
        double pos = 0, neg = 0;
        for (; e < events.size() && events[e] == risk; ++e)
            pos += 1.0;
        for (; n < nonEvents.size() && nonEvents[n] == risk; ++n)
            neg += 1.0;
        m.u += pos * m.negatives + 0.5 * pos * neg;
        m.positives += pos;
        m.negatives += neg;
    }
    return m;
}

} // namespace

Result<MannWhitney> mannWhitney(const std::vector<double> &risks,
                                const std::vector<double> &outcomes)
{
    if (risks.size() != outcomes.size())
        return makeError(ErrorCode::InvalidArgument,
                         "The Mann–Whitney statistic needs one outcome per predicted risk.");
    return mannWhitneyOf(risks.data(), outcomes.data(), risks.size());
}

Result<MannWhitney> mannWhitney(const DesignMatrix &design, Family family,
                                const Eigen::VectorXd &beta)
{
    if (family != Family::Binomial)
        return makeError(ErrorCode::InvalidArgument,
                         "The AUC is computed for binomial models only.");
    if (auto fault = evaluatedBetaFault(design, beta))
        return *fault;
    // The same risks as computePerformance (shared with it inside a memo's Use), so that both
    // see the same ties.
    const std::shared_ptr<const std::vector<double>> risks = sharedLogisticRisks(design, beta);
    if (risks->size() != std::size_t(design.y.size()))
        return makeError(ErrorCode::InvalidArgument,
                         "The Mann–Whitney statistic needs one outcome per predicted risk.");
    const Eigen::VectorXd y = design.y.values(); // the doubles (a design keeps 0/1 as bits)
    return mannWhitneyOf(risks->data(), y.data(), risks->size());
}

namespace {

bool wellFormed(const PerformanceBins &b)
{
    const auto n = static_cast<std::size_t>(b.bins);
    return b.bins >= 1 && b.positives.size() == n && b.negatives.size() == n
        && b.sumRisk.size() == n && b.sumOutcome.size() == n
        && (b.sumRiskEvents.empty() || b.sumRiskEvents.size() == n)
        && b.sumSquaredRiskEvents.size() == b.sumSquaredRiskNonEvents.size()
        && (b.sumSquaredRiskEvents.empty() || b.sumSquaredRiskEvents.size() == n);
}

// Both classes' per-bin sums (Σ p of the events, Σ p² of each class), as smoothMannWhitney needs.
bool hasClassSpread(const PerformanceBins &b)
{
    const auto n = static_cast<std::size_t>(std::max(b.bins, 0));
    return b.sumRiskEvents.size() == n && b.sumSquaredRiskEvents.size() == n
        && b.sumSquaredRiskNonEvents.size() == n;
}

// Risks within this of each other, with no spread to tell them apart, are one risk: a class's
// mean and variance come from released sums (Σ p / count, Σ p² / count − mean²), which rounding
// moves by far less (masked sums are fixed point at 2^-40), and a model of few distinct risks
// puts both classes of a bin at exactly one risk. Without the band a step on the rounding counted
// every tied pair of such a bin as a win or a loss (the demo's `dev_delay_2y ~ sex`, masked: AUC
// 0.353 against 0.550); 10^-9 is a millionth of the risk grid's bin width.
constexpr double kTieBand = 1e-9;

// 1 above, 0 below, ½ within the tie band.
double tieStep(double d)
{
    return d > kTieBand ? 1.0 : (d < -kTieBand ? 0.0 : 0.5);
}

// P(X > Y) + ½ P(X = Y) for X, Y normal with the given means and variances: the placement of
// two classes within their bins by mean and spread (a step, ties ½, where the spread is within
// the tie band).
double normalAbove(double meanX, double varianceX, double meanY, double varianceY)
{
    const double d = meanX - meanY;
    const double s = std::sqrt(varianceX + varianceY);
    if (s > kTieBand)
        return 0.5 * std::erfc(-d / (s * std::sqrt(2.0)));
    return tieStep(d);
}

// One occupied released bin of one site.
struct Group {
    int bin = 0;
    int minBin = 0; // the records lie in bins [minBin, maxBin]: between the neighbours
    int maxBin = 0;
    double pos = 0, neg = 0;
    double eventCentre = 0, nonEventCentre = 0; // mean risk of each class (or of the bin)
    double halfWidth = 0; // of each class's uniform spread
    // With the per-class Σ p² (hasClassSpread): each class's variance within the bin, and the
    // classes are placed uniformly with their own mean and variance (eventAbove).
    bool spread = false;
    double eventVariance = 0, nonEventVariance = 0;
};

std::vector<Group> groupsOf(const PerformanceBins &b)
{
    std::vector<Group> g;
    for (int i = 0; i < b.bins; ++i) {
        const double pos = b.positives[std::size_t(i)], neg = b.negatives[std::size_t(i)];
        if (pos + neg <= 0)
            continue;
        Group x;
        x.bin = i;
        x.pos = pos;
        x.neg = neg;
        const double mean = b.sumRisk[std::size_t(i)] / (pos + neg);
        x.eventCentre = x.nonEventCentre = mean;
        if (!b.sumRiskEvents.empty()) {
            const double se = b.sumRiskEvents[std::size_t(i)];
            if (pos > 0)
                x.eventCentre = se / pos;
            if (neg > 0)
                x.nonEventCentre = (b.sumRisk[std::size_t(i)] - se) / neg;
        }
        if (hasClassSpread(b)) {
            x.spread = true;
            if (pos > 0)
                x.eventVariance = std::max(0.0,
                                           b.sumSquaredRiskEvents[std::size_t(i)] / pos
                                               - x.eventCentre * x.eventCentre);
            if (neg > 0)
                x.nonEventVariance = std::max(0.0,
                                              b.sumSquaredRiskNonEvents[std::size_t(i)] / neg
                                                  - x.nonEventCentre * x.nonEventCentre);
        }
        g.push_back(x);
    }
    // Estimated edges: midway between neighbouring means, kept inside what the bins allow.
    const double width = 1.0 / b.bins;
    std::vector<double> edge(g.size() + 1);
    edge.front() = 0.0;
    edge.back() = 1.0;
    for (std::size_t k = 0; k < g.size(); ++k) {
        g[k].minBin = k == 0 ? 0 : g[k - 1].bin + 1;
        g[k].maxBin = k + 1 == g.size() ? b.bins - 1 : g[k + 1].bin - 1;
        g[k].minBin = std::min(g[k].minBin, g[k].bin);
        g[k].maxBin = std::max(g[k].maxBin, g[k].bin);
        if (k + 1 < g.size()) {
            const double mi = b.sumRisk[std::size_t(g[k].bin)] / (g[k].pos + g[k].neg);
            const double mj = b.sumRisk[std::size_t(g[k + 1].bin)] / (g[k + 1].pos + g[k + 1].neg);
            edge[k + 1] = std::clamp(0.5 * (mi + mj), (g[k].bin + 1) * width, g[k + 1].bin * width);
        }
    }
    for (std::size_t k = 0; k < g.size(); ++k) {
        g[k].halfWidth = 0.25 * std::max(0.0, edge[k + 1] - edge[k]);
        // Both classes of a bin at one mean risk (to the tie band) are one risk, as a model of
        // few distinct risks has: no spread. Spread over half the estimated width (to 0 or 1 at
        // the outer bins) the highest bin of a binary predictor (0.14) covered [0.12, 1], and its
        // non-events were counted below another site's events at 0.10 (the demo's
        // `dev_delay_2y ~ sex`, plain over two sites: 0.5306 against the exact 0.5477;
        // tst_pooled_auc tiedRisksPlainAreExact).
        if (!b.sumRiskEvents.empty() && g[k].pos > 0 && g[k].neg > 0
            && std::fabs(g[k].eventCentre - g[k].nonEventCentre) <= kTieBand)
            g[k].halfWidth = 0.0;
    }
    return g;
}

// ∫_{-∞}^{x} F(t) dt for F the CDF of the uniform distribution on [c - h, c + h] (h >= 0).
double integratedUniformCdf(double x, double c, double h)
{
    if (x <= c - h)
        return 0.0;
    if (x >= c + h)
        return h + (x - (c + h));
    return (x - (c - h)) * (x - (c - h)) / (4.0 * h);
}

// P(X > Y) + ½ P(X = Y) for X uniform on [cx ± hx], Y uniform on [cy ± hy].
double probabilityAbove(double cx, double hx, double cy, double hy)
{
    if (hx <= kTieBand && hy <= kTieBand)
        return tieStep(cx - cy);
    if (hx <= 0.0)
        return std::clamp((cx - (cy - hy)) / (2.0 * hy), 0.0, 1.0);
    if (hy <= 0.0)
        return std::clamp(((cx + hx) - cy) / (2.0 * hx), 0.0, 1.0);
    return std::clamp(
        (integratedUniformCdf(cx + hx, cy, hy) - integratedUniformCdf(cx - hx, cy, hy))
            / (2.0 * hx),
        0.0, 1.0);
}

// P(an event of a lies above a non-event of b) + ½ P(tie), by the classes' placement: with the
// per-class Σ p² each class uniform with its own mean and variance (half-width √(3 v)), which
// on nwtco's subgroup cells was closer to the exact AUC than a normal placement (study 3:
// 5.7e-4 against 2.0e-4, study 4: 1.14e-3 against 1.32e-3; the larger error decides).
double eventAbove(const Group &a, const Group &b)
{
    if (a.spread && b.spread)
        return probabilityAbove(a.eventCentre, std::sqrt(3.0 * a.eventVariance), b.nonEventCentre,
                                std::sqrt(3.0 * b.nonEventVariance));
    return probabilityAbove(a.eventCentre, a.halfWidth, b.nonEventCentre, b.halfWidth);
}

} // namespace

RuleOutcome checkMannWhitneyRelease(const PerformanceBins &released, const MannWhitney &s,
                                    const DisclosurePolicy &policy)
{
    RuleOutcome out;
    out.ruleId = "mann-whitney";
    out.threshold = policy.minCell;
    out.detail = "Mann–Whitney statistic";
    auto fail = [&](std::string message) {
        out.passed = false;
        out.message = std::move(message);
        return out;
    };
    if (!wellFormed(released))
        return fail("The released risk bins are malformed, so the AUC statistic is not released.");
    double pos = 0, neg = 0, between = 0, within = 0, largest = 0;
    for (int b = 0; b < released.bins; ++b) {
        const double p = released.positives[std::size_t(b)];
        const double q = released.negatives[std::size_t(b)];
        if (p + q <= 0)
            continue;
        between += p * neg;
        within += p * q;
        largest = std::max({ largest, p, q });
        pos += p;
        neg += q;
    }
    if (pos != s.positives || neg != s.negatives || !std::isfinite(s.u) || s.u < between
        || s.u > between + within)
        return fail("The AUC statistic does not agree with the released risk bins, so it is not "
                    "released.");
    if (pos < policy.minCell || neg < policy.minCell)
        return fail("Fewer than " + std::to_string(policy.minCell)
                    + " records of an outcome class: the site's exact AUC would be the rank of "
                      "single records, so it is not released.");
    const double concordant = s.u - between;
    const double discordant = within - concordant;
    if (std::min(concordant, discordant) < largest)
        return fail("Within the released risk bins the records are ordered by outcome almost "
                    "completely, so the site's exact AUC would tell the outcome of the records at "
                    "the edges of a bin; it is not released (the AUC from the bins still is).");
    return out;
}

Result<PooledAuc> pooledAuc(const std::vector<SiteDiscrimination> &sites)
{
    if (sites.empty())
        return makeError(ErrorCode::InvalidArgument, "No site's evaluation to pool.");
    for (const SiteDiscrimination &s : sites) {
        if (!wellFormed(s.bins))
            return makeError(ErrorCode::InvalidArgument,
                             "A site's performance bins are malformed.");
        if (s.bins.bins != sites.front().bins.bins)
            return makeError(ErrorCode::InvalidArgument,
                             "The sites used different risk grids: request the same bin count "
                             "from every site.");
        // Σ risk of the events lies between 0 and the bin's Σ risk and below its event count; a
        // node that says otherwise is not believed (its bins' counts still bound the error).
        for (std::size_t b = 0; b < s.bins.sumRiskEvents.size(); ++b) {
            const double e = s.bins.sumRiskEvents[b], all = s.bins.sumRisk[b];
            const double slack = 1e-9 * std::max(1.0, all);
            if (!std::isfinite(e) || e < -slack || e > all + slack
                || e > s.bins.positives[b] + slack)
                return makeError(ErrorCode::InvalidValue,
                                 "A site's sum of the events' risks does not fit its bins; "
                                 "evaluate again.");
        }
        // Σ p² of a class lies between 0 and its Σ p (risks are at most 1).
        if (hasClassSpread(s.bins)) {
            for (std::size_t b = 0; b < s.bins.sumSquaredRiskEvents.size(); ++b) {
                const double events = s.bins.sumRiskEvents[b];
                const double others = s.bins.sumRisk[b] - events;
                const double e = s.bins.sumSquaredRiskEvents[b];
                const double o = s.bins.sumSquaredRiskNonEvents[b];
                const double slack = 1e-9 * std::max(1.0, s.bins.sumRisk[b]);
                if (!std::isfinite(e) || !std::isfinite(o) || e < -slack || o < -slack
                    || e > events + slack || o > others + slack)
                    return makeError(ErrorCode::InvalidValue,
                                     "A site's sums of squared risks do not fit its bins; "
                                     "evaluate again.");
            }
        }
    }
    std::vector<std::vector<Group>> groups;
    double P = 0, N = 0;
    for (const SiteDiscrimination &s : sites) {
        groups.push_back(groupsOf(s.bins));
        for (const Group &g : groups.back()) {
            P += g.pos;
            N += g.neg;
        }
    }
    if (!(P > 0) || !(N > 0))
        return makeError(ErrorCode::InvalidValue,
                         "The AUC needs records with and without the outcome; the cohort has only "
                         "one class.");
    PooledAuc r;
    double total = 0, error = 0;
    for (std::size_t s = 0; s < sites.size(); ++s) {
        const std::vector<Group> &gs = groups[s];
        double between = 0, within = 0, negBelow = 0, pos = 0, neg = 0;
        for (const Group &g : gs) {
            between += g.pos * negBelow;
            within += g.pos * g.neg;
            negBelow += g.neg;
            pos += g.pos;
            neg += g.neg;
        }
        if (const std::optional<MannWhitney> &m = sites[s].exact) {
            if (m->positives != pos || m->negatives != neg || !(m->u >= between)
                || !(m->u <= between + within))
                return makeError(ErrorCode::InvalidValue,
                                 "Site " + std::to_string(s + 1)
                                     + "'s AUC statistic does not agree with its risk bins; "
                                       "evaluate again.");
            total += m->u;
            ++r.sitesWithExact;
            continue;
        }
        // No statistic: released bins of one site are ordered exactly, pairs within one bin not.
        total += between;
        for (const Group &g : gs) {
            const double e = eventAbove(g, g);
            total += g.pos * g.neg * e;
            error += g.pos * g.neg * std::max(e, 1.0 - e);
        }
    }
    for (std::size_t s = 0; s < sites.size(); ++s) {
        for (std::size_t t = 0; t < sites.size(); ++t) {
            if (s == t)
                continue;
            for (const Group &a : groups[s]) {
                if (a.pos <= 0)
                    continue;
                for (const Group &b : groups[t]) {
                    if (b.neg <= 0)
                        continue;
                    const double pairs = a.pos * b.neg;
                    if (a.maxBin < b.minBin)
                        continue; // every event of a below every non-event of b
                    if (a.minBin > b.maxBin) {
                        total += pairs;
                        continue;
                    }
                    const double e = eventAbove(a, b);
                    total += pairs * e;
                    error += pairs * std::max(e, 1.0 - e);
                }
            }
        }
    }
    r.auc = total / (P * N);
    r.errorBound = error / (P * N);
    // Pairs of uncertain order, counted once each.
    double uncertain = 0;
    for (std::size_t s = 0; s < sites.size(); ++s) {
        if (!sites[s].exact) {
            for (const Group &g : groups[s])
                uncertain += g.pos * g.neg;
        }
        for (std::size_t t = 0; t < sites.size(); ++t) {
            if (s == t)
                continue;
            for (const Group &a : groups[s])
                for (const Group &b : groups[t])
                    if (!(a.maxBin < b.minBin) && !(a.minBin > b.maxBin))
                        uncertain += a.pos * b.neg;
        }
    }
    r.exactPairShare = 1.0 - uncertain / (P * N);
    return r;
}

Result<std::vector<NetBenefit>> decisionCurve(const std::vector<PerformanceBins> &sites,
                                              const std::vector<double> &thresholds)
{
    if (sites.empty())
        return makeError(ErrorCode::InvalidArgument,
                         "No site's performance bins for the decision "
                         "curve.");
    for (const PerformanceBins &s : sites) {
        if (!wellFormed(s))
            return makeError(ErrorCode::InvalidArgument,
                             "A site's performance bins are malformed.");
        if (s.bins != sites.front().bins)
            return makeError(ErrorCode::InvalidArgument,
                             "The sites used different risk grids: request the same bin count "
                             "from every site.");
    }
    const int bins = sites.front().bins;
    std::vector<std::vector<Group>> groups;
    double n = 0, events = 0;
    for (const PerformanceBins &s : sites) {
        groups.push_back(groupsOf(s));
        for (const Group &g : groups.back()) {
            n += g.pos + g.neg;
            events += g.pos;
        }
    }
    if (!(n > 0))
        return makeError(ErrorCode::EmptyCohort,
                         "The decision curve needs records; the bins are "
                         "empty.");
    std::vector<NetBenefit> out;
    for (double t : thresholds) {
        if (!(t > 0.0 && t < 1.0))
            return makeError(ErrorCode::InvalidArgument,
                             "A decision threshold must lie strictly between 0 and 1 (a risk); "
                             "got "
                                 + std::to_string(t) + ".");
        const long edge = std::lround(t * bins);
        if (edge <= 0 || edge >= bins)
            return makeError(ErrorCode::InvalidArgument,
                             "The decision threshold " + std::to_string(t)
                                 + " rounds to 0 or 1 on the risk grid of " + std::to_string(bins)
                                 + " bins; choose one further inside.");
        NetBenefit nb;
        nb.threshold = t;
        nb.gridThreshold = double(edge) / bins;
        nb.n = n;
        const double odds = nb.gridThreshold / (1.0 - nb.gridThreshold);
        double bound = 0;
        for (const std::vector<Group> &gs : groups) {
            for (const Group &g : gs) {
                if (g.bin >= edge) {
                    nb.truePositives += g.pos;
                    nb.falsePositives += g.neg;
                }
                if (g.minBin < edge && g.maxBin >= edge)
                    bound += std::max(g.pos, g.neg * odds);
            }
        }
        nb.model = nb.truePositives / n - nb.falsePositives / n * odds;
        nb.treatAll = events / n - (n - events) / n * odds;
        nb.treatNone = 0.0;
        nb.netBenefitErrorBound = bound / n;
        out.push_back(nb);
    }
    return out;
}

double binnedMannWhitney(const PerformanceBins &bins)
{
    double u = 0.0, negBelow = 0.0;
    const std::size_t n = std::min(bins.positives.size(), bins.negatives.size());
    for (std::size_t b = 0; b < n; ++b) {
        u += bins.positives[b] * (negBelow + 0.5 * bins.negatives[b]);
        negBelow += bins.negatives[b];
    }
    return u;
}

double smoothMannWhitney(const PerformanceBins &bins)
{
    const std::size_t n = std::size_t(std::max(bins.bins, 0));
    if (bins.positives.size() != n || bins.negatives.size() != n || bins.sumRisk.size() != n
        || !hasClassSpread(bins))
        return binnedMannWhitney(bins);
    // Each occupied bin's classes as (count, mean, variance), in bin order.
    struct Place {
        double count, mean, variance;
    };
    std::vector<Place> pos, neg;
    for (std::size_t b = 0; b < n; ++b) {
        const double p = bins.positives[b], q = bins.negatives[b];
        if (p > 0) {
            const double m = bins.sumRiskEvents[b] / p;
            pos.push_back({ p, m, std::max(0.0, bins.sumSquaredRiskEvents[b] / p - m * m) });
        }
        if (q > 0) {
            const double m = (bins.sumRisk[b] - bins.sumRiskEvents[b]) / q;
            neg.push_back({ q, m, std::max(0.0, bins.sumSquaredRiskNonEvents[b] / q - m * m) });
        }
    }
    double u = 0.0;
    for (const Place &a : pos) {
        double row = 0.0;
        for (const Place &b : neg) {
            row += b.count * normalAbove(a.mean, a.variance, b.mean, b.variance);
        }
        u += a.count * row;
    }
    return u;
}

Result<SummedAuc> pooledAucFromSums(const PerformanceBins &summed, double correction,
                                    int sitesWithExact)
{
    if (!wellFormed(summed))
        return makeError(ErrorCode::InvalidArgument, "The summed performance bins are malformed.");
    double P = 0, N = 0;
    for (int b = 0; b < summed.bins; ++b) {
        P += summed.positives[std::size_t(b)];
        N += summed.negatives[std::size_t(b)];
    }
    if (!(P > 0) || !(N > 0))
        return makeError(ErrorCode::InvalidValue,
                         "The AUC needs records with and without the outcome; the cohort has only "
                         "one class.");
    const double u = smoothMannWhitney(summed) + correction;
    // Fixed point rounds each site's correction at 2^-fractionBits; a U beyond the pairs by
    // more than that is not a sum of corrections that fit their bins.
    const double slack = 1e-6 * std::max(1.0, P * N);
    if (!std::isfinite(u) || u < -slack || u > P * N + slack)
        return makeError(ErrorCode::InvalidValue,
                         "The sites' AUC corrections do not agree with their summed risk bins; "
                         "evaluate again.");
    SummedAuc r;
    r.auc = std::clamp(u / (P * N), 0.0, 1.0);
    r.sitesWithExact = sitesWithExact;
    return r;
}

} // namespace fairstart::analysis

// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/analysis/performance.h"
#include "fairstart/analysis/riskgrid.h"
#include "risk_p.h"

#include "fairstart/analysis/roundkernel.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace fairstart::analysis {

PerformanceBins &PerformanceBins::operator+=(const PerformanceBins &o)
{
    if (bins == 0) {
        *this = o;
        return *this;
    }
    if (o.bins != bins)
        throw std::invalid_argument("Performance bins of different sizes cannot be added");
    for (std::size_t b = 0; b < static_cast<std::size_t>(bins); ++b) {
        positives[b] += o.positives[b];
        negatives[b] += o.negatives[b];
        sumRisk[b] += o.sumRisk[b];
        sumOutcome[b] += o.sumOutcome[b];
    }
    // Σ risk of the events is only known when every part has it.
    if (sumRiskEvents.size() == positives.size() && o.sumRiskEvents.size() == positives.size()) {
        for (std::size_t b = 0; b < static_cast<std::size_t>(bins); ++b)
            sumRiskEvents[b] += o.sumRiskEvents[b];
    } else {
        sumRiskEvents.clear();
    }
    // Likewise the per-class Σ p².
    const bool squares = sumSquaredRiskEvents.size() == positives.size()
        && sumSquaredRiskNonEvents.size() == positives.size()
        && o.sumSquaredRiskEvents.size() == positives.size()
        && o.sumSquaredRiskNonEvents.size() == positives.size();
    if (squares) {
        for (std::size_t b = 0; b < static_cast<std::size_t>(bins); ++b) {
            sumSquaredRiskEvents[b] += o.sumSquaredRiskEvents[b];
            sumSquaredRiskNonEvents[b] += o.sumSquaredRiskNonEvents[b];
        }
    } else {
        sumSquaredRiskEvents.clear();
        sumSquaredRiskNonEvents.clear();
    }
    n += o.n;
    sumY += o.sumY;
    sumP += o.sumP;
    sumSquaredError += o.sumSquaredError;
    return *this;
}

std::vector<double> logisticRisks(const Eigen::VectorXd &lp)
{
    // The evaluation's exp was a third of a node's work in a fit (perf, issue 16): one scalar
    // exp per record in each of computePerformance, siteDiscrimination and the release gate's
    // check. The kernel's exp does a block of records per call.
    const auto n = static_cast<std::size_t>(lp.size());
    // e^-|lp| in place (the kernel's exp reads each block before it writes it): no second
    // n-vector.
    std::vector<double> risks(n);
    for (std::size_t i = 0; i < n; ++i)
        risks[i] = -std::abs(lp[Eigen::Index(i)]);
    if (!roundKernelExp(activeRoundKernel(), risks.data(), risks.data(), n)) {
        for (std::size_t i = 0; i < n; ++i)
            risks[i] = std::exp(risks[i]);
    }
    for (std::size_t i = 0; i < n; ++i) {
        const double e = lp[Eigen::Index(i)];
        const double ex = std::isfinite(e) ? risks[i] : std::exp(-std::abs(e));
        risks[i] = e >= 0 ? 1.0 / (1.0 + ex) : ex / (1.0 + ex);
    }
    return risks;
}

namespace {

// X β + offset, shared with the other computations at the same β (risk_p.h).
Result<std::shared_ptr<const Eigen::VectorXd>> linearPredictor(const DesignMatrix &design,
                                                               const Eigen::VectorXd &beta)
{
    if (auto fault = evaluatedBetaFault(design, beta))
        return *fault;
    auto lp = sharedLinearPredictor(design, beta);
    if (!lp->allFinite())
        return makeError(ErrorCode::NonFinite,
                         "The linear predictor is not finite: check β and the data.");
    return lp;
}

// The risk grid's checks and X β + offset, the start of computePerformance and riskGridBins.
Result<std::shared_ptr<const Eigen::VectorXd>>
gridLinearPredictor(const DesignMatrix &design, const Eigen::VectorXd &beta, int bins)
{
    if (bins < 10)
        return makeError(ErrorCode::InvalidArgument,
                         "The risk grid needs at least 10 bins (1000 is the default).");
    return linearPredictor(design, beta);
}

// A risk's bin of a grid of `bins` equal bins on [0, 1] (a risk of 1 in the last): the one
// rounding of computePerformance and riskGridBins, so that a record's bin is the same in both.
std::size_t riskBin(double p, std::size_t bins)
{
    return std::min(static_cast<std::size_t>(p * double(bins)), bins - 1);
}

} // namespace

Result<PerformanceBins> computePerformance(const DesignMatrix &design, Family family,
                                           const Eigen::VectorXd &beta, int bins)
{
    if (family != Family::Binomial)
        return makeError(ErrorCode::InvalidArgument,
                         "Discrimination and calibration are computed for binomial models "
                         "only.");
    auto lp = gridLinearPredictor(design, beta, bins);
    if (!lp)
        return lp.error();
    PerformanceBins out;
    out.bins = bins;
    const auto nb = static_cast<std::size_t>(bins);
    out.positives.assign(nb, 0.0);
    out.negatives.assign(nb, 0.0);
    out.sumRisk.assign(nb, 0.0);
    out.sumOutcome.assign(nb, 0.0);
    out.sumRiskEvents.assign(nb, 0.0);
    out.sumSquaredRiskEvents.assign(nb, 0.0);
    out.sumSquaredRiskNonEvents.assign(nb, 0.0);
    const std::shared_ptr<const std::vector<double>> shared = sharedLogisticRisks(design, beta);
    const std::vector<double> &risks = *shared;
    for (Eigen::Index i = 0; i < (*lp)->size(); ++i) {
        const double y = design.y[i];
        if (y != 0.0 && y != 1.0)
            return makeError(ErrorCode::NotBinary,
                             "The outcome is not binary: performance needs 0/1 outcomes.");
        const double p = risks[std::size_t(i)];
        const std::size_t b = riskBin(p, nb);
        (y == 1.0 ? out.positives : out.negatives)[b] += 1;
        out.sumRisk[b] += p;
        out.sumOutcome[b] += y;
        out.sumRiskEvents[b] += y * p;
        (y == 1.0 ? out.sumSquaredRiskEvents : out.sumSquaredRiskNonEvents)[b] += p * p;
        out.n += 1;
        out.sumY += y;
        out.sumP += p;
        out.sumSquaredError += (y - p) * (y - p);
    }
    return out;
}

Result<std::vector<int>> riskGridBins(const DesignMatrix &design, const Eigen::VectorXd &beta,
                                      int bins)
{
    auto lp = gridLinearPredictor(design, beta, bins);
    if (!lp)
        return lp.error();
    // The very risks and rounding (riskBin) of computePerformance: a record's bin there is its
    // bin here.
    const std::shared_ptr<const std::vector<double>> shared = sharedLogisticRisks(design, beta);
    const std::vector<double> &risks = *shared;
    const auto nb = static_cast<std::size_t>(bins);
    std::vector<int> out(risks.size());
    for (std::size_t i = 0; i < risks.size(); ++i)
        out[i] = int(riskBin(risks[i], nb));
    return out;
}

Result<PerformanceMetrics> summarise(const std::vector<PerformanceBins> &sites,
                                     const std::vector<double> &thresholds, int calibrationGroups)
{
    if (sites.empty())
        return makeError(ErrorCode::InvalidArgument, "No site's performance bins to summarise.");
    PerformanceBins m;
    for (const PerformanceBins &s : sites) {
        if (s.bins < 1 || s.positives.size() != static_cast<std::size_t>(s.bins)
            || s.negatives.size() != s.positives.size() || s.sumRisk.size() != s.positives.size()
            || s.sumOutcome.size() != s.positives.size()
            || (!s.sumRiskEvents.empty() && s.sumRiskEvents.size() != s.positives.size()))
            return makeError(ErrorCode::InvalidArgument,
                             "A site's performance bins are malformed.");
        if (m.bins != 0 && s.bins != m.bins)
            return makeError(ErrorCode::InvalidArgument,
                             "The sites used different risk grids: request the same bin count "
                             "from every site.");
        m += s;
    }
    const auto nb = static_cast<std::size_t>(m.bins);
    double P = 0, N = 0;
    for (std::size_t b = 0; b < nb; ++b) {
        P += m.positives[b];
        N += m.negatives[b];
    }
    if (!(P > 0) || !(N > 0))
        return makeError(ErrorCode::InvalidValue,
                         "Performance needs records with and without the outcome; the cohort has "
                         "only one class.");
    if (calibrationGroups < 1)
        return makeError(ErrorCode::InvalidArgument, "At least one calibration group is needed.");
    PerformanceMetrics r;
    r.n = m.n;
    r.events = m.sumY;

    // AUC and DeLong on the binned scores.
    std::vector<double> negBelow(nb), posAbove(nb);
    double cum = 0;
    for (std::size_t b = 0; b < nb; ++b) {
        negBelow[b] = cum;
        cum += m.negatives[b];
    }
    cum = 0;
    for (std::size_t b = nb; b-- > 0;) {
        posAbove[b] = cum;
        cum += m.positives[b];
    }
    double auc = 0, ties = 0;
    for (std::size_t b = 0; b < nb; ++b) {
        auc += m.positives[b] * (negBelow[b] + 0.5 * m.negatives[b]);
        ties += m.positives[b] * m.negatives[b];
    }
    auc /= P * N;
    r.auc = auc;
    r.aucBinningErrorBound = 0.5 * ties / (P * N);
    double s10 = 0, s01 = 0;
    for (std::size_t b = 0; b < nb; ++b) {
        const double v10 = (negBelow[b] + 0.5 * m.negatives[b]) / N;
        const double v01 = (posAbove[b] + 0.5 * m.positives[b]) / P;
        s10 += m.positives[b] * (v10 - auc) * (v10 - auc);
        s01 += m.negatives[b] * (v01 - auc) * (v01 - auc);
    }
    s10 = P > 1 ? s10 / (P - 1) : 0.0;
    s01 = N > 1 ? s01 / (N - 1) : 0.0;
    r.aucSe = std::sqrt(s10 / P + s01 / N);
    r.aucLower = std::max(0.0, auc - 1.959963984540054 * r.aucSe);
    r.aucUpper = std::min(1.0, auc + 1.959963984540054 * r.aucSe);

    // ROC (descending thresholds) and average precision.
    r.roc.push_back({ 1.0 + 1.0 / m.bins, 0.0, 1.0 });
    double tp = 0, fp = 0, ap = 0;
    for (std::size_t b = nb; b-- > 0;) {
        if (m.positives[b] == 0 && m.negatives[b] == 0)
            continue;
        tp += m.positives[b];
        fp += m.negatives[b];
        if (m.positives[b] > 0)
            ap += (m.positives[b] / P) * (tp / (tp + fp));
        r.roc.push_back({ static_cast<double>(b) / m.bins, tp / P, 1.0 - fp / N });
    }
    r.auprc = ap;

    r.brier = m.sumSquaredError / m.n;
    const double ybar = m.sumY / m.n;
    r.scaledBrier = 1.0 - r.brier / (ybar * (1.0 - ybar));
    r.calibrationInTheLarge = ybar - m.sumP / m.n;
    r.observedExpectedRatio = m.sumY / m.sumP;

    // Calibration groups of about equal size; a bin is never split.
    CalibrationGroup g;
    double groupRisk = 0, groupY = 0, seen = 0;
    int groupIndex = 0;
    auto close = [&]() {
        if (g.count > 0) {
            g.expected = groupRisk / g.count;
            g.observed = groupY / g.count;
            r.calibration.push_back(g);
        }
        g = CalibrationGroup();
        groupRisk = groupY = 0;
    };
    for (std::size_t b = 0; b < nb; ++b) {
        const double c = m.positives[b] + m.negatives[b];
        if (c == 0)
            continue;
        g.count += c;
        groupRisk += m.sumRisk[b];
        groupY += m.sumOutcome[b];
        seen += c;
        if (seen >= m.n * (groupIndex + 1) / calibrationGroups) {
            close();
            while (groupIndex < calibrationGroups
                   && seen >= m.n * (groupIndex + 1) / calibrationGroups)
                ++groupIndex;
        }
    }
    close();
    double weighted = 0;
    for (const CalibrationGroup &cg : r.calibration) {
        const double d = std::abs(cg.observed - cg.expected);
        weighted += cg.count * d;
        r.eMax = std::max(r.eMax, d);
    }
    r.eAvg = weighted / m.n;

    for (double t : thresholds) {
        ThresholdMetrics tm;
        tm.threshold = t;
        const double clamped = std::clamp(t, 0.0, 1.0);
        const auto b0 = static_cast<std::size_t>(std::lround(clamped * m.bins));
        tm.gridThreshold = static_cast<double>(b0) / m.bins;
        double tpos = 0, fpos = 0;
        for (std::size_t b = b0; b < nb; ++b) {
            tpos += m.positives[b];
            fpos += m.negatives[b];
        }
        const double fneg = P - tpos, tneg = N - fpos;
        tm.sensitivity = tpos / P;
        tm.specificity = tneg / N;
        if (tpos + fpos > 0)
            tm.ppv = tpos / (tpos + fpos);
        if (tneg + fneg > 0)
            tm.npv = tneg / (tneg + fneg);
        r.thresholds.push_back(tm);
    }
    return r;
}

Result<DesignMatrix> calibrationSlopeDesign(const DesignMatrix &design, const Eigen::VectorXd &beta)
{
    auto lp = linearPredictor(design, beta);
    if (!lp)
        return lp.error();
    DesignMatrix d;
    d.X.resize(design.n(), 2);
    d.X.col(0).setOnes();
    d.X.col(1) = **lp;
    d.y = design.y;
    // No offset vector: every reader takes an empty offset for zeros (as buildDesign).
    d.terms = { "(Intercept)", "lp" };
    d.counts = design.counts;
    d.rows = design.rows;
    return d;
}

Result<DesignMatrix> calibrationInterceptDesign(const DesignMatrix &design,
                                                const Eigen::VectorXd &beta)
{
    auto lp = linearPredictor(design, beta);
    if (!lp)
        return lp.error();
    DesignMatrix d;
    d.X = Eigen::MatrixXd::Ones(design.n(), 1);
    d.y = design.y;
    d.offset = **lp;
    d.terms = { "(Intercept)" };
    d.counts = design.counts;
    d.rows = design.rows;
    return d;
}

} // namespace fairstart::analysis

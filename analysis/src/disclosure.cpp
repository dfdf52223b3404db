// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/analysis/disclosure.h"

#include <algorithm>
#include <cmath>
#include <functional>

namespace fairstart::analysis {

namespace {

constexpr std::size_t kMaxCellReports = 20;

RuleOutcome outcome(std::string id, bool passed, double threshold, std::string message,
                    std::string detail = {})
{
    return RuleOutcome { std::move(id), passed, threshold, std::move(message), std::move(detail) };
}

std::string cellMessage(int minCell)
{
    return "A category or joint cell of the design has fewer than " + std::to_string(minCell)
        + " records.";
}

} // namespace

bool allPassed(const std::vector<RuleOutcome> &outcomes)
{
    return std::all_of(outcomes.begin(), outcomes.end(),
                       [](const RuleOutcome &o) { return o.passed; });
}

RuleOutcome checkCohortSize(std::int64_t cohortSize, const DisclosurePolicy &policy)
{
    return outcome("min-cohort", cohortSize >= policy.minCohort, policy.minCohort,
                   "The cohort must hold at least " + std::to_string(policy.minCohort)
                       + " records after consent, filters and missing values.");
}

RuleOutcome checkSubset(std::int64_t subsetSize, std::int64_t consentedSize,
                        const DisclosurePolicy &policy)
{
    const std::int64_t complement = consentedSize - subsetSize;
    const bool passed
        = subsetSize >= policy.minSubset && (complement == 0 || complement >= policy.minSubset);
    return outcome("min-subset", passed, policy.minSubset,
                   "A filtered cohort and the records it leaves out must each hold at least "
                       + std::to_string(policy.minSubset) + " records.",
                   passed                              ? std::string()
                       : subsetSize < policy.minSubset ? "the filtered cohort"
                                                       : "the records left out by the filters");
}

std::vector<RuleOutcome> checkCells(const DesignMatrix &design, const ResolvedDesign &resolved,
                                    const DisclosurePolicy &policy)
{
    std::vector<RuleOutcome> failures;
    const double minCell = policy.minCell;
    const double n = static_cast<double>(design.n());
    auto fail = [&](const std::string &detail) {
        if (failures.size() < kMaxCellReports)
            failures.push_back(
                outcome("min-cell", false, minCell, cellMessage(policy.minCell), detail));
    };
    const ModelSpec &spec = resolved.spec;
    const std::vector<std::string> terms = resolved.termNames();
    if (terms.size() != static_cast<std::size_t>(design.p()))
        return { outcome("min-cell", false, minCell, cellMessage(policy.minCell),
                         "the design does not match its resolved specification") };

    // Binary main-effect columns and the factor each belongs to (-1: none).
    std::vector<Eigen::Index> binary;
    std::vector<int> group;
    std::vector<std::string> label;
    Eigen::Index col = 1;
    for (std::size_t pi = 0; pi < spec.predictors.size(); ++pi) {
        const Predictor &pr = spec.predictors[pi];
        Eigen::Index k = 1;
        if (pr.transform == Transform::Categorical)
            k = static_cast<Eigen::Index>(resolved.levels.at(pr.variable).size()) - 1;
        else if (pr.transform == Transform::Spline)
            k = pr.knots - 1;
        if (pr.transform == Transform::Categorical) {
            // Each level, the reference being the rows where all dummies are 0.
            const auto &levels = resolved.levels.at(pr.variable);
            const std::string ref = pr.reference.empty() ? levels.front() : pr.reference;
            double dummies = 0;
            Eigen::Index j = col;
            for (const std::string &level : levels) {
                if (level == ref)
                    continue;
                const double c = design.X.col(j).sum();
                dummies += c;
                if (c < minCell)
                    fail(pr.variable + "=" + level);
                binary.push_back(j);
                group.push_back(static_cast<int>(pi));
                label.push_back(terms[static_cast<std::size_t>(j)]);
                ++j;
            }
            if (n - dummies < minCell)
                fail(pr.variable + "=" + ref);
        } else if (k == 1) {
            const auto c = design.X.col(col);
            if (((c.array() == 0.0) || (c.array() == 1.0)).all()) {
                binary.push_back(col);
                group.push_back(-1);
                label.push_back(terms[static_cast<std::size_t>(col)]);
                const double ones = c.sum();
                if (ones < minCell)
                    fail(label.back() + "=1");
                if (n - ones < minCell)
                    fail(label.back() + "=0");
            }
        }
        col += k;
    }
    const bool binaryOutcome = spec.family == Family::Binomial;
    if (binaryOutcome) {
        const double events = design.y.sum();
        if (events < minCell)
            fail(spec.outcome.variable + "=1");
        if (n - events < minCell)
            fail(spec.outcome.variable + "=0");
    }
    // Joint cells of every pair: one product gives all 1/1 counts.
    const auto k = static_cast<Eigen::Index>(binary.size()) + (binaryOutcome ? 1 : 0);
    if (k >= 2) {
        Eigen::MatrixXd b(design.n(), k);
        for (Eigen::Index j = 0; j < static_cast<Eigen::Index>(binary.size()); ++j)
            b.col(j) = design.X.col(binary[static_cast<std::size_t>(j)]);
        if (binaryOutcome) {
            b.col(k - 1) = design.y;
            label.push_back(spec.outcome.variable);
            group.push_back(-2);
        }
        Eigen::MatrixXd both = Eigen::MatrixXd::Zero(k, k);
        both.selfadjointView<Eigen::Upper>().rankUpdate(b.transpose());
        const Eigen::VectorXd ones = b.colwise().sum().transpose();
        for (Eigen::Index i = 0; i < k; ++i) {
            for (Eigen::Index j = i + 1; j < k; ++j) {
                const auto gi = group[static_cast<std::size_t>(i)];
                if (gi >= 0 && gi == group[static_cast<std::size_t>(j)])
                    continue; // two dummies of one factor: structurally exclusive
                const double n11 = both(i, j);
                const double cells[4]
                    = { n11, ones[i] - n11, ones[j] - n11, n - ones[i] - ones[j] + n11 };
                const char *values[4][2]
                    = { { "1", "1" }, { "1", "0" }, { "0", "1" }, { "0", "0" } };
                for (int c = 0; c < 4; ++c) {
                    if (cells[c] < minCell)
                        fail(label[static_cast<std::size_t>(i)] + "=" + values[c][0] + " × "
                             + label[static_cast<std::size_t>(j)] + "=" + values[c][1]);
                }
            }
        }
    }
    if (failures.empty())
        return { outcome("min-cell", true, minCell, cellMessage(policy.minCell)) };
    return failures;
}

std::vector<RuleOutcome> checkModelSize(int parameters, double n, double events, Family family,
                                        const DisclosurePolicy &policy)
{
    double base = n;
    if (family == Family::Binomial)
        base = std::min(events, n - events);
    else if (family == Family::Poisson)
        base = events;
    std::vector<RuleOutcome> out;
    out.push_back(outcome(
        "events-per-parameter", static_cast<double>(parameters) * policy.eventsPerParameter <= base,
        policy.eventsPerParameter,
        "The model may have at most one parameter per " + std::to_string(policy.eventsPerParameter)
            + " events (for a binary outcome, of the rarer class)."));
    out.push_back(outcome("min-residual-df", n - parameters >= policy.minResidualDf,
                          policy.minResidualDf,
                          "The model must leave at least " + std::to_string(policy.minResidualDf)
                              + " residual degrees of freedom (records minus parameters)."));
    return out;
}

RuleOutcome checkDominance(const double *contributions, std::size_t n, const std::string &what,
                           const DisclosurePolicy &policy)
{
    std::vector<double> a(n);
    double total = 0;
    for (std::size_t i = 0; i < n; ++i) {
        a[i] = std::abs(contributions[i]);
        total += a[i];
    }
    const auto k = std::min(n, static_cast<std::size_t>(std::max(policy.dominanceTopK, 0)));
    std::partial_sort(a.begin(), a.begin() + static_cast<std::ptrdiff_t>(k), a.end(),
                      std::greater<double>());
    double top = 0;
    for (std::size_t i = 0; i < k; ++i)
        top += a[i];
    const bool passed = total == 0 || top <= policy.dominanceShare * total;
    const auto percent = static_cast<int>(std::lround(policy.dominanceShare * 100));
    return outcome("dominance", passed, policy.dominanceShare,
                   "No released sum may be dominated by " + std::to_string(policy.dominanceTopK)
                       + " records making up more than " + std::to_string(percent) + "% of it.",
                   passed ? std::string() : what);
}

RuleOutcome checkRounds(int roundNumber, const DisclosurePolicy &policy)
{
    return outcome("max-rounds", roundNumber <= policy.maxRounds, policy.maxRounds,
                   "A job may run at most " + std::to_string(policy.maxRounds) + " rounds.");
}

MergedHistogram mergeBinsForDisclosure(const std::vector<double> &edges,
                                       const std::vector<std::vector<double>> &counts, int minCell)
{
    MergedHistogram out;
    if (edges.size() < 2 || counts.empty())
        return out;
    const std::size_t bins = edges.size() - 1;
    for (const auto &c : counts) {
        if (c.size() != bins)
            return out;
    }
    const std::size_t classes = counts.size();
    std::vector<double> mergedEdges { edges.front() };
    std::vector<std::vector<double>> merged(classes);
    std::vector<double> current(classes, 0.0);
    bool open = false;
    for (std::size_t b = 0; b < bins; ++b) {
        for (std::size_t c = 0; c < classes; ++c)
            current[c] += counts[c][b];
        open = true;
        const bool enough
            = std::all_of(current.begin(), current.end(), [&](double v) { return v >= minCell; });
        if (enough) {
            mergedEdges.push_back(edges[b + 1]);
            for (std::size_t c = 0; c < classes; ++c)
                merged[c].push_back(current[c]);
            std::fill(current.begin(), current.end(), 0.0);
            open = false;
        }
    }
    if (open) {
        if (merged.front().empty())
            return out; // even a single bin holding everything is too small
        mergedEdges.back() = edges.back();
        for (std::size_t c = 0; c < classes; ++c)
            merged[c].back() += current[c];
    }
    out.edges = std::move(mergedEdges);
    out.counts = std::move(merged);
    return out;
}

CohortFingerprint makeFingerprint(std::vector<std::int64_t> recordIds)
{
    std::sort(recordIds.begin(), recordIds.end());
    recordIds.erase(std::unique(recordIds.begin(), recordIds.end()), recordIds.end());
    return CohortFingerprint { std::move(recordIds) };
}

std::int64_t symmetricDifference(const CohortFingerprint &a, const CohortFingerprint &b)
{
    std::size_t i = 0, j = 0;
    std::int64_t common = 0;
    while (i < a.ids.size() && j < b.ids.size()) {
        if (a.ids[i] < b.ids[j]) {
            ++i;
        } else if (b.ids[j] < a.ids[i]) {
            ++j;
        } else {
            ++common;
            ++i;
            ++j;
        }
    }
    return static_cast<std::int64_t>(a.ids.size() + b.ids.size()) - 2 * common;
}

RuleOutcome checkOverlap(const CohortFingerprint &cohort,
                         const std::vector<CohortFingerprint> &earlier,
                         const DisclosurePolicy &policy)
{
    for (const CohortFingerprint &e : earlier) {
        const std::int64_t d = symmetricDifference(cohort, e);
        if (d > 0 && d < policy.minOverlapDifference)
            return outcome("overlap", false, policy.minOverlapDifference,
                           "A new cohort must differ from each earlier cohort of the same user "
                           "and dataset by at least "
                               + std::to_string(policy.minOverlapDifference)
                               + " records, or not at all.",
                           "an earlier cohort");
    }
    return outcome("overlap", true, policy.minOverlapDifference,
                   "A new cohort must differ from each earlier cohort of the same user and "
                   "dataset by at least "
                       + std::to_string(policy.minOverlapDifference) + " records, or not at all.");
}

} // namespace fairstart::analysis

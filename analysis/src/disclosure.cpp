// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/analysis/disclosure.h"
#include "fairstart/analysis/lattice.h"
#include "fairstart/analysis/rounddominance.h"
#include "fairstart/analysis/separationlp.h"
#include "risk_p.h"
#include "riskcells_p.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <map>
#include <numeric>
#include <optional>
#include <set>
#include <system_error>
#include <thread>

namespace fairstart::analysis {

namespace {

constexpr std::size_t kMaxCellReports = 20;
// From this many rows a round's dominance check runs its columns in two halves (see computeRound).
constexpr Eigen::Index kParallelRows = 100000;

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

namespace {

// A design column (or the outcome) seen as a category: each record's class, and what the classes
// are. Class values are the column's distinct values, or its frequent values plus one pooled
// class of all other values.
struct CategoryColumn {
    std::string label; // the term name
    std::set<std::string> variables; // the variables it derives from (structural zeros)
    int factor = -1; // predictor index when the column is a dummy of a categorical predictor
    std::vector<double> values; // class values; the pooled class (if any) last, value unused
    bool pooled = false;
    bool joint = true; // its joint cells with the other categories are checked too
    std::vector<double> counts; // records per class
    std::vector<std::uint8_t> code; // class of each record
};

// Classifies a column: nullopt when it is no category in disguise (continuous). At most
// maxValues + minCell - 1 distinct values are looked at: a column with at most maxValues frequent
// values and fewer than minCell other records cannot have more, so the scan stops early on a
// continuous column.
std::optional<CategoryColumn> categoryOf(const double *x, Eigen::Index n, int maxValues,
                                         int minCell)
{
    const std::size_t limit = static_cast<std::size_t>(std::max(maxValues, 1))
        + static_cast<std::size_t>(std::max(minCell, 1)) - 1;
    std::vector<double> distinct;
    CategoryColumn c;
    c.code.resize(static_cast<std::size_t>(n));
    std::uint8_t *code = c.code.data();
    // Per record the first distinct value it equals, without a branch per candidate (a 0/1
    // column's records alternate unpredictably); the counts afterwards from the codes (issue 16:
    // a branch per value and a count in memory per record were most of a cold design's check).
    for (Eigen::Index i = 0; i < n; ++i) {
        const double v = x[i];
        const std::size_t d = distinct.size();
        const double *values = distinct.data();
        std::size_t k = d;
        for (std::size_t j = d; j-- > 0;)
            k = values[j] == v ? j : k;
        if (k == d) {
            if (d == std::min<std::size_t>(limit, 250))
                return std::nullopt;
            distinct.push_back(v);
        }
        code[i] = static_cast<std::uint8_t>(k);
    }
    std::vector<double> count(distinct.size(), 0.0);
    {
        std::vector<std::int64_t> counted(distinct.size(), 0);
        if (distinct.size() <= 8) {
            // A pass per value (vectorised compares).
            for (std::size_t k = 0; k < distinct.size(); ++k) {
                const auto kk = static_cast<std::uint8_t>(k);
                std::int64_t m = 0;
                for (Eigen::Index i = 0; i < n; ++i)
                    m += code[i] == kk;
                counted[k] = m;
            }
        } else {
            // Four partial histograms, so that equal neighbours do not wait for each other.
            std::vector<std::int64_t> partial(4 * 256, 0);
            Eigen::Index i = 0;
            for (; i + 4 <= n; i += 4) {
                ++partial[code[i]];
                ++partial[256 + code[i + 1]];
                ++partial[512 + code[i + 2]];
                ++partial[768 + code[i + 3]];
            }
            for (; i < n; ++i)
                ++partial[code[i]];
            for (std::size_t k = 0; k < distinct.size(); ++k)
                counted[k] = partial[k] + partial[256 + k] + partial[512 + k] + partial[768 + k];
        }
        // Whole numbers below 2⁵³: the same doubles as counting by += 1.
        for (std::size_t k = 0; k < distinct.size(); ++k)
            count[k] = static_cast<double>(counted[k]);
    }
    std::vector<std::uint8_t> classOf(distinct.size());
    if (distinct.size() <= static_cast<std::size_t>(std::max(maxValues, 1))) {
        c.values = distinct;
        c.counts = count;
        for (std::size_t k = 0; k < distinct.size(); ++k)
            classOf[k] = static_cast<std::uint8_t>(k);
    } else {
        std::vector<std::size_t> frequent;
        for (std::size_t k = 0; k < distinct.size(); ++k) {
            if (count[k] >= minCell)
                frequent.push_back(k);
        }
        if (frequent.size() >= static_cast<std::size_t>(maxValues))
            return std::nullopt; // many values: a continuous column, dominance's job
        const auto other = static_cast<std::uint8_t>(frequent.size());
        std::fill(classOf.begin(), classOf.end(), other);
        for (std::size_t f = 0; f < frequent.size(); ++f) {
            classOf[frequent[f]] = static_cast<std::uint8_t>(f);
            c.values.push_back(distinct[frequent[f]]);
            c.counts.push_back(count[frequent[f]]);
        }
        double rest = 0;
        for (std::size_t k = 0; k < distinct.size(); ++k)
            rest += classOf[k] == other ? count[k] : 0.0;
        c.values.push_back(0.0);
        c.counts.push_back(rest);
        c.pooled = true;
    }
    for (std::uint8_t &k : c.code)
        k = classOf[k];
    return c;
}

// "smokeyes=1" for a 0/1 value; otherwise only the column is named (a value of a transformed
// column may be one record's exact value).
std::string classLabel(const CategoryColumn &c, std::size_t k)
{
    const bool last = c.pooled && k + 1 == c.values.size();
    if (!last && (c.values[k] == 0.0 || c.values[k] == 1.0))
        return c.label + (c.values[k] == 0.0 ? "=0" : "=1");
    return "a value of " + c.label;
}

bool shareVariable(const CategoryColumn &a, const CategoryColumn &b)
{
    return std::any_of(a.variables.begin(), a.variables.end(),
                       [&](const std::string &v) { return b.variables.count(v) > 0; });
}

// All joint counts of every pair of category columns. Each column contributes an indicator for
// every class but its largest (that one follows from the margins), and one rank update per block
// of rows gives all pairwise products, as fast as XᵀX of those indicators.
Eigen::MatrixXd jointIndicatorCounts(const std::vector<CategoryColumn> &columns,
                                     const std::vector<std::vector<int>> &slot, int slots,
                                     Eigen::Index n)
{
    Eigen::MatrixXd both = Eigen::MatrixXd::Zero(slots, slots);
    if (slots == 0)
        return both;
    constexpr Eigen::Index kBlock = 4096;
    Eigen::MatrixXd block(std::min(kBlock, n), slots);
    for (Eigen::Index start = 0; start < n; start += kBlock) {
        const Eigen::Index rows = std::min(kBlock, n - start);
        auto b = block.topRows(rows);
        b.setZero();
        for (std::size_t c = 0; c < columns.size(); ++c) {
            const std::vector<int> &s = slot[c];
            const std::uint8_t *code = columns[c].code.data() + start;
            for (Eigen::Index i = 0; i < rows; ++i) {
                const int j = s[code[i]];
                if (j >= 0)
                    b(i, j) = 1.0;
            }
        }
        both.selfadjointView<Eigen::Upper>().rankUpdate(b.transpose());
    }
    return both.selfadjointView<Eigen::Upper>();
}

} // namespace

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
    if (terms.size() != static_cast<std::size_t>(design.p()) || design.y.size() != design.n())
        return { outcome("min-cell", false, minCell, cellMessage(policy.minCell),
                         "the design does not match its resolved specification") };

    // The variables and factor behind each design column.
    std::vector<std::set<std::string>> variables(static_cast<std::size_t>(design.p()));
    std::vector<int> factorOf(static_cast<std::size_t>(design.p()), -1);
    std::vector<std::pair<Eigen::Index, Eigen::Index>> blocks;
    Eigen::Index col = 1;
    for (std::size_t pi = 0; pi < spec.predictors.size(); ++pi) {
        const Predictor &pr = spec.predictors[pi];
        Eigen::Index k = 1;
        if (pr.transform == Transform::Categorical)
            k = static_cast<Eigen::Index>(resolved.levels.at(pr.variable).size()) - 1;
        else if (pr.transform == Transform::Spline)
            k = pr.knots - 1;
        blocks.emplace_back(col, k);
        for (Eigen::Index j = col; j < col + k; ++j) {
            variables[static_cast<std::size_t>(j)] = { pr.variable };
            if (pr.transform == Transform::Categorical)
                factorOf[static_cast<std::size_t>(j)] = static_cast<int>(pi);
        }
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
                ++j;
            }
            if (n - dummies < minCell)
                fail(pr.variable + "=" + ref);
        }
        col += k;
    }
    for (const Interaction &it : spec.interactions) {
        Eigen::Index width = 1;
        for (const std::string &v : { it.a, it.b }) {
            for (std::size_t pi = 0; pi < spec.predictors.size(); ++pi) {
                if (spec.predictors[pi].variable == v)
                    width *= blocks[pi].second;
            }
        }
        for (Eigen::Index j = col; j < col + width && j < design.p(); ++j)
            variables[static_cast<std::size_t>(j)] = { it.a, it.b };
        col += width;
    }

    // Every column that is a category in disguise, then the outcome.
    const int maxValues = std::max(policy.maxCategoryValues, 2);
    const int maxOutcomeValues = std::max(policy.maxOutcomeValues, maxValues);
    std::vector<CategoryColumn> categories;
    for (Eigen::Index j = 1; j < design.p(); ++j) {
        auto c = categoryOf(design.X.col(j).data(), design.n(), maxValues, policy.minCell);
        if (!c)
            continue;
        c->label = terms[static_cast<std::size_t>(j)];
        c->variables = variables[static_cast<std::size_t>(j)];
        c->factor = factorOf[static_cast<std::size_t>(j)];
        categories.push_back(std::move(*c));
    }
    const Eigen::VectorXd yValues = design.y.values();
    auto outcomeCategory = categoryOf(yValues.data(), design.n(), maxOutcomeValues, policy.minCell);
    if (spec.family == Family::Binomial) {
        const double events = design.y.sum();
        if (events < minCell)
            fail(spec.outcome.variable + "=1");
        if (n - events < minCell)
            fail(spec.outcome.variable + "=0");
    }
    if (outcomeCategory) {
        outcomeCategory->label = spec.outcome.variable;
        outcomeCategory->variables = { spec.outcome.variable };
        outcomeCategory->joint = !outcomeCategory->pooled
            && outcomeCategory->values.size() <= static_cast<std::size_t>(maxValues);
        categories.push_back(std::move(*outcomeCategory));
    }
    const std::size_t outcomeIndex = categories.size() - (outcomeCategory ? 1 : 0);

    // Marginal cells (dummies were checked by level above, with the level's name).
    for (std::size_t c = 0; c < categories.size(); ++c) {
        const CategoryColumn &cat = categories[c];
        if (cat.factor >= 0 || (c == outcomeIndex && spec.family == Family::Binomial))
            continue;
        for (std::size_t k = 0; k < cat.counts.size(); ++k) {
            if (cat.counts[k] > 0 && cat.counts[k] < minCell)
                fail(classLabel(cat, k));
        }
    }

    // Joint cells of every pair of columns whose classes are exact values. A pooled class holds
    // different values, so a column's sums do not count its records; its margin is checked above.
    // So is the margin of an outcome with more than maxCategoryValues values.
    categories.erase(std::remove_if(categories.begin(), categories.end(),
                                    [](const CategoryColumn &c) { return c.pooled || !c.joint; }),
                     categories.end());
    std::vector<std::vector<int>> slot(categories.size());
    int slots = 0;
    for (std::size_t c = 0; c < categories.size(); ++c) {
        const auto &counts = categories[c].counts;
        const auto largest = static_cast<std::size_t>(std::max_element(counts.begin(), counts.end())
                                                      - counts.begin());
        slot[c].assign(counts.size(), -1);
        for (std::size_t k = 0; k < counts.size(); ++k) {
            if (k != largest)
                slot[c][k] = slots++;
        }
    }
    const Eigen::MatrixXd both = jointIndicatorCounts(categories, slot, slots, design.n());
    for (std::size_t a = 0; a < categories.size(); ++a) {
        for (std::size_t b = a + 1; b < categories.size(); ++b) {
            const CategoryColumn &ca = categories[a];
            const CategoryColumn &cb = categories[b];
            if (ca.factor >= 0 && ca.factor == cb.factor)
                continue; // two dummies of one factor: structurally exclusive
            const std::size_t ka = ca.counts.size(), kb = cb.counts.size();
            // Joint counts: known products first, then the largest class of each by difference.
            std::vector<double> joint(ka * kb, 0.0);
            std::size_t la = 0, lb = 0;
            for (std::size_t i = 0; i < ka; ++i) {
                for (std::size_t j = 0; j < kb; ++j) {
                    if (slot[a][i] >= 0 && slot[b][j] >= 0)
                        joint[i * kb + j] = both(slot[a][i], slot[b][j]);
                }
                if (slot[a][i] < 0)
                    la = i;
            }
            for (std::size_t j = 0; j < kb; ++j) {
                if (slot[b][j] < 0)
                    lb = j;
            }
            for (std::size_t j = 0; j < kb; ++j) {
                if (j == lb)
                    continue;
                double rest = cb.counts[j];
                for (std::size_t i = 0; i < ka; ++i)
                    rest -= i == la ? 0.0 : joint[i * kb + j];
                joint[la * kb + j] = rest;
            }
            for (std::size_t i = 0; i < ka; ++i) {
                double rest = ca.counts[i];
                for (std::size_t j = 0; j < kb; ++j)
                    rest -= j == lb ? 0.0 : joint[i * kb + j];
                joint[i * kb + lb] = rest;
            }
            const bool structural = shareVariable(ca, cb);
            for (std::size_t i = 0; i < ka; ++i) {
                for (std::size_t j = 0; j < kb; ++j) {
                    const double cell = joint[i * kb + j];
                    if (cell >= minCell || (cell == 0 && structural))
                        continue;
                    fail(classLabel(ca, i) + " × " + classLabel(cb, j));
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

namespace {

// Weights that follow from an analyst's β select records as a filter would: (2, 0.90) alone lets
// β put all the weight on three records with the same covariates. The records carrying most of a
// weighted sum must be about half a cell at least, so the top ceil(min_cell / 2) - 1 (4) may not
// make up more than the share. Not min_cell - 1: a dummy with exactly min_cell records and uneven
// weights would then fail in an honest fit.
int weightedTopK(const DisclosurePolicy &policy)
{
    return std::max(policy.dominanceTopK, (policy.minCell + 1) / 2 - 1);
}

std::string dominanceMessage(const DisclosurePolicy &policy, bool weighted)
{
    const auto percent = static_cast<int>(std::lround(policy.dominanceShare * 100));
    std::string text = "No released sum may be dominated by " + std::to_string(policy.dominanceTopK)
        + " records making up more than " + std::to_string(percent) + "% of it";
    if (weighted)
        text += ", nor a sum weighted through β by " + std::to_string(weightedTopK(policy))
            + " records";
    return text + ".";
}

RuleOutcome dominanceOutcome(bool passed, const std::string &what, const DisclosurePolicy &policy,
                             bool weighted = false)
{
    return outcome("dominance", passed, policy.dominanceShare, dominanceMessage(policy, weighted),
                   passed ? std::string() : what);
}

// TopK::add (riskcells_p.h) with its total and k-th largest in the caller's locals: the same
// total in the same order, the same insertions (none when k is 0: the threshold is infinite).
struct TopRun {
    std::vector<double> top; // descending
    double total = 0;
    double threshold = 0;
    explicit TopRun(std::size_t k)
        : top(k, 0.0)
        , threshold(k == 0 ? std::numeric_limits<double>::infinity() : 0.0)
    {
    }
    [[gnu::noinline]] void insert(double a)
    {
        insertDescending(top, a);
        threshold = top.back();
    }
    bool passes(double share) const
    {
        double sum = 0;
        for (double t : top)
            sum += t;
        return total == 0 || sum <= share * total;
    }
};

// One value into a run whose total and threshold are locals of the loop (registers).
inline void addTo(TopRun &run, double a, double &total, double &threshold)
{
    total += a;
    if (a > threshold) [[unlikely]] {
        run.insert(a);
        threshold = run.threshold;
    }
}

void reportDominance(const TopRun &sum, const TopRun &squares, const std::string &name,
                     const DisclosurePolicy &policy, std::vector<RuleOutcome> &failures)
{
    if (!sum.passes(policy.dominanceShare))
        failures.push_back(dominanceOutcome(false, "the sum of " + name, policy));
    if (!squares.passes(policy.dominanceShare))
        failures.push_back(
            dominanceOutcome(false, "the centred sum of squares of " + name, policy));
}

// Sum of |x| and centred sum of squares of one column, or of four in one pass (issue 16: a
// column's running total is a chain of dependent additions; four chains overlap). Each column's
// numbers are those of TopK over its records in order: the same verdicts as one at a time,
// failures in the columns' order.
void columnDominance(const double *x, Eigen::Index n, const std::string &name,
                     const DisclosurePolicy &policy, std::vector<RuleOutcome> &failures)
{
    const auto k = static_cast<std::size_t>(std::clamp(policy.dominanceTopK, 0, 64));
    TopRun sum(k), squares(k);
    double total = 0, threshold = sum.threshold, mean = 0;
    for (Eigen::Index i = 0; i < n; ++i) {
        addTo(sum, std::abs(x[i]), total, threshold);
        mean += x[i];
    }
    sum.total = total;
    mean /= static_cast<double>(std::max<Eigen::Index>(n, 1));
    total = 0;
    threshold = squares.threshold;
    for (Eigen::Index i = 0; i < n; ++i)
        addTo(squares, (x[i] - mean) * (x[i] - mean), total, threshold);
    squares.total = total;
    reportDominance(sum, squares, name, policy, failures);
}

void fourColumnsDominance(const double *const *x, const std::string *names, Eigen::Index n,
                          const DisclosurePolicy &policy, std::vector<RuleOutcome> &failures)
{
    const auto k = static_cast<std::size_t>(std::clamp(policy.dominanceTopK, 0, 64));
    TopRun s0(k), s1(k), s2(k), s3(k), q0(k), q1(k), q2(k), q3(k);
    const double *x0 = x[0], *x1 = x[1], *x2 = x[2], *x3 = x[3];
    double t0 = 0, t1 = 0, t2 = 0, t3 = 0;
    double h0 = s0.threshold, h1 = s1.threshold, h2 = s2.threshold, h3 = s3.threshold;
    double m0 = 0, m1 = 0, m2 = 0, m3 = 0;
    for (Eigen::Index i = 0; i < n; ++i) {
        const double v0 = x0[i], v1 = x1[i], v2 = x2[i], v3 = x3[i];
        addTo(s0, std::abs(v0), t0, h0);
        addTo(s1, std::abs(v1), t1, h1);
        addTo(s2, std::abs(v2), t2, h2);
        addTo(s3, std::abs(v3), t3, h3);
        m0 += v0;
        m1 += v1;
        m2 += v2;
        m3 += v3;
    }
    s0.total = t0;
    s1.total = t1;
    s2.total = t2;
    s3.total = t3;
    const double count = static_cast<double>(std::max<Eigen::Index>(n, 1));
    m0 /= count;
    m1 /= count;
    m2 /= count;
    m3 /= count;
    t0 = t1 = t2 = t3 = 0;
    h0 = q0.threshold;
    h1 = q1.threshold;
    h2 = q2.threshold;
    h3 = q3.threshold;
    for (Eigen::Index i = 0; i < n; ++i) {
        const double d0 = x0[i] - m0, d1 = x1[i] - m1, d2 = x2[i] - m2, d3 = x3[i] - m3;
        addTo(q0, d0 * d0, t0, h0);
        addTo(q1, d1 * d1, t1, h1);
        addTo(q2, d2 * d2, t2, h2);
        addTo(q3, d3 * d3, t3, h3);
    }
    q0.total = t0;
    q1.total = t1;
    q2.total = t2;
    q3.total = t3;
    reportDominance(s0, q0, names[0], policy, failures);
    reportDominance(s1, q1, names[1], policy, failures);
    reportDominance(s2, q2, names[2], policy, failures);
    reportDominance(s3, q3, names[3], policy, failures);
}

// Whether the k largest of n non-negative contributions f(i) make up more than `share` of their
// sum. The hot loop keeps the sum in two registers and compares with the current k-th largest, so
// it costs about one add and one compare per value; an insertion is rare after the first values.
template<typename F> bool dominatedSum(Eigen::Index n, int k, double share, F &&f)
{
    if (k <= 0)
        return false;
    std::vector<double> top(static_cast<std::size_t>(k), 0.0); // descending
    double threshold = 0, even = 0, odd = 0;
    auto insert = [&](double a) {
        insertDescending(top, a);
        threshold = top.back();
    };
    Eigen::Index i = 0;
    for (; i + 1 < n; i += 2) {
        const double a = f(i), b = f(i + 1);
        even += a;
        odd += b;
        if (a > threshold) [[unlikely]]
            insert(a);
        if (b > threshold) [[unlikely]]
            insert(b);
    }
    if (i < n) {
        const double a = f(i);
        even += a;
        if (a > threshold)
            insert(a);
    }
    const double total = even + odd;
    double sum = 0;
    for (double t : top)
        sum += t;
    return total > 0 && sum > share * total;
}

} // namespace

std::vector<RuleOutcome> checkDesignDominance(const DesignMatrix &design,
                                              const DisclosurePolicy &policy)
{
    std::vector<RuleOutcome> failures;
    // The columns 1 ... p - 1 and the outcome, four at a time.
    std::vector<const double *> columns;
    std::vector<std::string> names;
    for (Eigen::Index j = 1; j < design.p(); ++j) {
        columns.push_back(design.X.col(j).data());
        names.push_back(static_cast<std::size_t>(j) < design.terms.size()
                            ? design.terms[static_cast<std::size_t>(j)]
                            : "a design column");
    }
    const Eigen::VectorXd yValues = design.y.values(); // doubles (a design keeps 0/1 as bits)
    if (design.y.size() == design.n()) {
        columns.push_back(yValues.data());
        names.emplace_back("the outcome");
    }
    std::size_t j = 0;
    for (; j + 4 <= columns.size(); j += 4)
        fourColumnsDominance(&columns[j], &names[j], design.n(), policy, failures);
    for (; j < columns.size(); ++j)
        columnDominance(columns[j], design.n(), names[j], policy, failures);
    if (failures.empty())
        return { dominanceOutcome(true, {}, policy) };
    return failures;
}

RuleOutcome checkRoundDominance(const DesignMatrix &design, Family family,
                                const Eigen::VectorXd &beta, const DisclosurePolicy &policy)
{
    const Eigen::Index n = design.n(), p = design.p();
    if (beta.size() != p || !beta.allFinite() || design.y.size() != n)
        return dominanceOutcome(false, "a round at a β that does not fit the design", policy);
    // Gaussian weights are 1 whatever β is: XᵀX was checked when the job was opened.
    const bool weighted = family != Family::Gaussian;
    const int k = weighted ? weightedTopK(policy) : policy.dominanceTopK;
    // Working weights and residuals (array expressions, vectorised as in computeRound): n-vectors
    // only, never an n x p copy.
    Eigen::VectorXd w(n), r(n);
    {
        const Eigen::VectorXd lp = design.linearPredictor(beta);
        const auto eta = lp.array();
        if (family == Family::Binomial) {
            const Eigen::ArrayXd ex = (-eta.abs()).exp();
            const Eigen::ArrayXd mu = (eta >= 0.0).select(1.0 / (1.0 + ex), ex / (1.0 + ex));
            w = (mu * (1.0 - mu)).matrix();
            r = (-mu).matrix();
        } else if (family == Family::Poisson) {
            const Eigen::ArrayXd mu = eta.exp();
            w = mu.matrix();
            r = (-mu).matrix();
        } else {
            w.setOnes();
            r = (-eta).matrix();
        }
        // r = y - μ (y - η): y read in place, as bits or doubles (designstorage.h).
        if (const double *y = design.y.doubles()) {
            r += Eigen::Map<const Eigen::VectorXd>(y, n);
        } else {
            const std::uint64_t *bits = design.y.bits();
            for (Eigen::Index i = 0; i < n; ++i) {
                const bool one = (bits[std::size_t(i) >> 6] >> (std::size_t(i) & 63)) & 1u;
                r[i] = (one ? 1.0 : 0.0) - (-r[i]); // y - μ to the bit, a zero's sign too
            }
        }
    }
    if (!w.allFinite() || !r.allFinite())
        return dominanceOutcome(false, "a round whose weights are not finite", policy);
    // 0: passes; 1: the weighted sum of squares fails; 2: the score fails.
    auto columnVerdict = [&](Eigen::Index j) {
        const double *x = design.X.col(j).data();
        // Gaussian: XᵀWX is XᵀX whatever β is, checked when the job was opened.
        if (weighted && dominatedSum(n, k, policy.dominanceShare, [&](Eigen::Index i) {
                return w[i] * x[i] * x[i];
            }))
            return 1;
        if (dominatedSum(n, k, policy.dominanceShare,
                         [&](Eigen::Index i) { return std::abs(x[i] * r[i]); }))
            return 2;
        return 0;
    };
    // Columns in two halves, the second on another core for a large design (as computeRound);
    // the first failing column is reported whichever half found it.
    std::vector<int> verdict(static_cast<std::size_t>(p), 0);
    const Eigen::Index half = n >= kParallelRows ? p / 2 : p;
    auto run = [&](Eigen::Index from, Eigen::Index to) {
        for (Eigen::Index j = from; j < to; ++j)
            verdict[static_cast<std::size_t>(j)] = columnVerdict(j);
    };
    std::optional<std::thread> helper;
    if (half < p && std::thread::hardware_concurrency() > 1) {
        try {
            helper.emplace(run, half, p);
        } catch (const std::system_error &) {
            helper.reset();
        }
    }
    run(0, half);
    if (helper)
        helper->join();
    else
        run(half, p);
    for (Eigen::Index j = 0; j < p; ++j) {
        const int v = verdict[static_cast<std::size_t>(j)];
        if (v == 0)
            continue;
        const std::string name = static_cast<std::size_t>(j) < design.terms.size()
            ? design.terms[static_cast<std::size_t>(j)]
            : "a design column";
        if (v == 1)
            return dominanceOutcome(false,
                                    j == 0 ? std::string("the sum of the working weights")
                                           : "the weighted sum of squares of " + name,
                                    policy, weighted);
        return dominanceOutcome(false, "the score of " + name, policy, weighted);
    }
    return dominanceOutcome(true, {}, policy, weighted);
}

RuleOutcome checkRoundDominance(const DesignMatrix &design, Family family,
                                const Eigen::VectorXd &beta, const DisclosurePolicy &policy,
                                const RoundStats &stats, const RoundDominanceBounds &bounds)
{
    const Eigen::Index p = design.p();
    const auto columns = static_cast<std::size_t>(p);
    const bool weighted = family != Family::Gaussian;
    const int k = weighted ? weightedTopK(policy) : policy.dominanceTopK;
    auto exact = [&] {
        return checkRoundDominance(design, family, beta, policy);
    };
    if (beta.size() != p || stats.p != p || stats.score.size() != columns
        || stats.xtwxUpper.size() != columns * (columns + 1) / 2
        || bounds.maxWeighted.size() != columns || bounds.maxAbsScore.size() != columns
        || bounds.sumAbsScore.size() != columns || k <= 0)
        return exact();
    // k · max ≤ share · total ⇒ the k largest make up at most the share (the exact rule fails
    // only when their sum exceeds share · total). Written so that a NaN anywhere means "exact".
    auto certainlyPasses = [&](double largest, double total) {
        return std::isfinite(largest) && std::isfinite(total) && largest >= 0
            && static_cast<double>(k) * largest <= policy.dominanceShare * total;
    };
    std::size_t diagonal = 0; // index of XᵀWX(j, j) in the row-by-row upper triangle
    for (std::size_t j = 0; j < columns; ++j) {
        if (weighted && !certainlyPasses(bounds.maxWeighted[j], stats.xtwxUpper[diagonal]))
            return exact();
        if (!certainlyPasses(bounds.maxAbsScore[j], bounds.sumAbsScore[j]))
            return exact();
        diagonal += columns - j;
    }
    return dominanceOutcome(true, {}, policy, weighted);
}

RuleOutcome checkEvaluationDominance(const DesignMatrix &design, const Eigen::VectorXd &beta,
                                     const DisclosurePolicy &policy)
{
    const Eigen::Index n = design.n();
    if (beta.size() != design.p() || !beta.allFinite() || design.y.size() != n)
        return dominanceOutcome(false, "an evaluation at a β that does not fit the design", policy,
                                true);
    // The very risks computePerformance releases (one vectorised exp per block, issue 16).
    // Shared with computePerformance and the bins' rules inside a memo's Use (risk_p.h).
    const std::shared_ptr<const std::vector<double>> risks = sharedLogisticRisks(design, beta);
    const Eigen::Map<const Eigen::VectorXd> prob(risks->data(), n);
    const int k = weightedTopK(policy);
    TopK sumP(policy, k), squaredError(policy);
    double mean = 0;
    for (Eigen::Index i = 0; i < n; ++i) {
        sumP.add(prob[i]);
        squaredError.add((design.y[i] - prob[i]) * (design.y[i] - prob[i]));
        mean += prob[i];
    }
    mean /= static_cast<double>(std::max<Eigen::Index>(n, 1));
    TopK centred(policy);
    for (Eigen::Index i = 0; i < n; ++i)
        centred.add((prob[i] - mean) * (prob[i] - mean));
    if (!sumP.passes())
        return dominanceOutcome(false, "the sum of predicted risks", policy, true);
    if (!squaredError.passes())
        return dominanceOutcome(false, "the sum of squared errors", policy, true);
    if (!centred.passes())
        return dominanceOutcome(false, "the centred sum of squares of predicted risks", policy,
                                true);
    return dominanceOutcome(true, {}, policy, true);
}

std::optional<RiskCells> releasedRiskCells(const DesignMatrix &design, const Eigen::VectorXd &beta,
                                           int gridBins, int minCell)
{
    const Eigen::Index n = design.n();
    if (beta.size() != design.p() || !beta.allFinite() || design.y.size() != n || gridBins < 1)
        return std::nullopt;
    RiskCells out;
    out.risks = sharedLogisticRisks(design, beta);
    const auto nb = static_cast<std::size_t>(gridBins);
    std::vector<std::size_t> bin(static_cast<std::size_t>(n));
    std::vector<double> counts[2] = { std::vector<double>(nb, 0.0), std::vector<double>(nb, 0.0) };
    for (Eigen::Index i = 0; i < n; ++i) {
        const double p = (*out.risks)[std::size_t(i)];
        bin[std::size_t(i)] = std::min(static_cast<std::size_t>(p * gridBins), nb - 1);
        counts[design.y[i] == 1.0 ? 1 : 0][bin[std::size_t(i)]] += 1;
    }
    std::vector<double> edges(nb + 1);
    for (std::size_t b = 0; b <= nb; ++b)
        edges[b] = double(b);
    const MergedHistogram merged = mergeBinsForDisclosure(edges, { counts[1], counts[0] }, minCell);
    if (!merged.ok())
        return std::nullopt;
    std::vector<std::size_t> group(nb, 0);
    for (std::size_t g = 0; g + 1 < merged.edges.size(); ++g) {
        const auto from = static_cast<std::size_t>(std::lround(merged.edges[g]));
        const auto to = std::min(nb, static_cast<std::size_t>(std::lround(merged.edges[g + 1])));
        for (std::size_t b = from; b < to; ++b)
            group[b] = g;
    }
    out.cells = 2 * (merged.edges.size() - 1);
    out.cell.resize(static_cast<std::size_t>(n));
    for (Eigen::Index i = 0; i < n; ++i)
        out.cell[std::size_t(i)] = 2 * group[bin[std::size_t(i)]] + (design.y[i] == 1.0 ? 1 : 0);
    return out;
}

RuleOutcome checkBinSquaresDominance(const DesignMatrix &design, const Eigen::VectorXd &beta,
                                     int gridBins, const DisclosurePolicy &policy)
{
    const std::string what = "the per-class sum of squared risks in a risk bin";
    const std::optional<RiskCells> cells
        = releasedRiskCells(design, beta, gridBins, policy.minCell);
    if (!cells)
        return dominanceOutcome(false, what, policy, true);
    // Per released bin and class: Σ p² (raw, top ceil(minCell / 2) - 1 records, as Σp) and the
    // centred Σ (p - p̄)², what Σ p² tells beyond Σ p (top dominanceTopK records).
    std::vector<double> sum(cells->cells, 0.0), count(cells->cells, 0.0);
    for (std::size_t i = 0; i < cells->cell.size(); ++i) {
        sum[cells->cell[i]] += (*cells->risks)[i];
        count[cells->cell[i]] += 1;
    }
    std::vector<TopK> raw(cells->cells, TopK(policy, weightedTopK(policy)));
    std::vector<TopK> centred(cells->cells, TopK(policy));
    for (std::size_t i = 0; i < cells->cell.size(); ++i) {
        const std::size_t k = cells->cell[i];
        const double p = (*cells->risks)[i];
        const double d = p - sum[k] / count[k];
        raw[k].add(p * p);
        centred[k].add(d * d);
    }
    for (std::size_t k = 0; k < cells->cells; ++k) {
        if (!raw[k].passes() || !centred[k].passes())
            return dominanceOutcome(false, what, policy, true);
    }
    return dominanceOutcome(true, {}, policy, true);
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

MergedHistogram releasableHistogram(const std::vector<double> &edges,
                                    const std::vector<std::vector<double>> &counts,
                                    const std::vector<double> &below,
                                    const std::vector<double> &above, int minCell)
{
    if (edges.size() < 2 || counts.empty() || below.size() != counts.size()
        || above.size() != counts.size())
        return {};
    const std::size_t bins = edges.size() - 1;
    for (const auto &c : counts) {
        if (c.size() != bins)
            return {};
    }
    auto passes = [minCell](const std::vector<double> &tail) {
        return std::all_of(tail.begin(), tail.end(),
                           [minCell](double v) { return v == 0 || v >= minCell; });
    };
    // Bins [first, last) survive; each failing tail takes in its outermost bin until it passes.
    std::size_t first = 0, last = bins;
    std::vector<double> lower = below, upper = above;
    while (!passes(lower) && first < last) {
        for (std::size_t c = 0; c < counts.size(); ++c)
            lower[c] += counts[c][first];
        ++first;
    }
    while (!passes(upper) && first < last) {
        --last;
        for (std::size_t c = 0; c < counts.size(); ++c)
            upper[c] += counts[c][last];
    }
    if (!passes(lower) || !passes(upper) || first == last)
        return {};
    std::vector<double> keptEdges(edges.begin() + static_cast<std::ptrdiff_t>(first),
                                  edges.begin() + static_cast<std::ptrdiff_t>(last + 1));
    std::vector<std::vector<double>> keptCounts;
    for (const auto &c : counts)
        keptCounts.emplace_back(c.begin() + static_cast<std::ptrdiff_t>(first),
                                c.begin() + static_cast<std::ptrdiff_t>(last));
    return mergeBinsForDisclosure(keptEdges, keptCounts, minCell);
}

double histogramStep(double sd)
{
    if (!(sd > 0) || !std::isfinite(sd))
        return 0;
    const double target = sd / 25;
    double decade = std::pow(10.0, std::floor(std::log10(target)));
    for (int guard = 0; guard < 4; ++guard, decade *= 10) {
        for (double nice : { 1.0, 2.0, 5.0 }) {
            if (nice * decade >= target * (1 - 1e-12))
                return nice * decade;
        }
    }
    return 10 * decade;
}

MergedHistogram latticeHistogram(std::vector<double> values, double step, double first, double last,
                                 int minCell)
{
    const std::size_t m = std::size_t(std::max(minCell, 1));
    values.erase(
        std::remove_if(values.begin(), values.end(), [](double v) { return !std::isfinite(v); }),
        values.end());
    if (!(step > 0) || !std::isfinite(step) || values.size() < 3 * m || !(first < last))
        return {};
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    // The cell [point(k), point(k + 1)) of a value, its edges the decimals they are (a value on
    // an edge, 39.4 of step 0.2, is in the cell above it; LatticeScale).
    const LatticeScale scale(step);
    auto cell = [&scale](double v) {
        return double(scale.cell(v));
    };
    // Lattice indices of the edges: at least m records below the lowest, m at or above the
    // highest.
    const double lowest = cell(values[m - 1]) + 1;
    const double highest = cell(values[n - m]);
    if (!(highest > lowest))
        return {};
    std::vector<double> edges { lowest };
    std::vector<double> counts;
    double open = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const double c = cell(values[i]);
        if (c < lowest)
            continue;
        if (c >= highest)
            break;
        open += 1;
        const bool cellEnds = i + 1 == n || cell(values[i + 1]) != c;
        if (open >= double(m) && cellEnds && c + 1 < highest) {
            edges.push_back(c + 1);
            counts.push_back(open);
            open = 0;
        }
    }
    // The remainder up to the highest edge: a bin of its own when it holds m, else it joins the
    // last bin (or, with no bin yet, there is nothing between the tails to release).
    if (open >= double(m) || counts.empty()) {
        if (open < double(m))
            return {};
        edges.push_back(highest);
        counts.push_back(open);
    } else {
        edges.back() = highest;
        counts.back() += open;
    }
    // Only the edges within the request's range; bins between two kept edges add up.
    MergedHistogram out;
    std::vector<double> kept;
    std::vector<double> keptCounts;
    double pending = 0;
    for (std::size_t e = 0; e < edges.size(); ++e) {
        const double at = scale.point((long long)edges[e]);
        if (e > 0)
            pending += counts[e - 1];
        if (at < first || at > last)
            continue;
        if (!kept.empty())
            keptCounts.push_back(pending);
        kept.push_back(at);
        pending = 0;
    }
    if (kept.size() < 2)
        return {};
    out.edges = std::move(kept);
    out.counts = { std::move(keptCounts) };
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

namespace {

RuleOutcome separationOutcome(bool passed, const DisclosurePolicy &policy)
{
    const int minCell = std::max(1, policy.minCell);
    const std::string message = "At this round's estimates the model's linear predictor keeps the "
                                "two outcomes of the cohort apart except for fewer than "
        + std::to_string(minCell)
        + " records: the fit would rest on those few records, and without them its estimates "
          "would drift to infinity (separation), so whether it converges would tell which cohort "
          "holds them. Simplify the model, merge sparse categories or use a larger cohort.";
    if (passed)
        return outcome("separation", true, minCell, message);
    return outcome("separation", false, minCell, message,
                   "the linear predictor at this round's estimates");
}

} // namespace

namespace {

// (disclosure.h) The faces named by columns: every design column's extremes, the records with a
// count above 0 that have none of a run of 0/1 columns no record has two of (a factor's dummies:
// its reference level, the intercept less their sum), numeric columns within the 0/1 patterns and
// signed sums of 0/1 columns. The programme below judges every direction; these name the column.
RuleOutcome poissonSeparationOnNamedFaces(const DesignMatrix &design, Family family,
                                          const DisclosurePolicy &policy)
{
    const int minCell = std::max(1, policy.minCell);
    const std::string message = "The records with a count above 0 all share the lowest or the "
                                "highest value of a design column (or of a sum of three or more "
                                "of its 0/1 columns, or of a numeric column among the records "
                                "that share its 0/1 columns' values) except for fewer than "
        + std::to_string(minCell)
        + " records: the fit would rest on those few records, and without them an estimate would "
          "drift to minus infinity (separation), so whether it converges would tell which cohort "
          "holds them. Merge sparse categories, remove the column or use a larger cohort.";
    const Eigen::Index n = design.n();
    if (family != Family::Poisson || n == 0 || design.y.size() != n)
        return outcome("separation", true, minCell, message);
    auto termOf = [&design](Eigen::Index j) {
        return j < Eigen::Index(design.terms.size()) ? design.terms[std::size_t(j)]
                                                     : std::string("a design column");
    };
    // A column of 0 and 1 that is not constant.
    auto zeroOne = [&design](Eigen::Index j) {
        const auto column = design.X.col(j);
        return (column.array() == 0.0 || column.array() == 1.0).all() && column.minCoeff() == 0.0
            && column.maxCoeff() == 1.0;
    };
    for (Eigen::Index j = 0; j < design.p(); ++j) {
        const auto column = design.X.col(j);
        const double lo = column.minCoeff(), hi = column.maxCoeff();
        if (!(lo < hi))
            continue; // the intercept, or a column constant over the cohort
        std::int64_t notLowest = 0, notHighest = 0;
        for (Eigen::Index i = 0; i < n; ++i) {
            if (!(design.y[i] > 0))
                continue;
            notLowest += column[i] != lo;
            notHighest += column[i] != hi;
        }
        if (std::min(notLowest, notHighest) < minCell)
            return outcome("separation", false, minCell, message, termOf(j));
    }
    // A run of 0/1 columns that no record has two of (a factor's dummies): the records with none
    // of them (the factor's reference level) are a column of the span too (the intercept less
    // their sum), whose positive counts must be at least minCell as well.
    for (Eigen::Index j = 0; j < design.p();) {
        Eigen::Index end = j;
        std::vector<std::uint8_t> any(static_cast<std::size_t>(n), 0);
        for (; end < design.p() && zeroOne(end); ++end) {
            bool exclusive = true;
            for (Eigen::Index i = 0; i < n && exclusive; ++i)
                exclusive = !(any[std::size_t(i)] && design.X(i, end) == 1.0);
            if (!exclusive)
                break;
            for (Eigen::Index i = 0; i < n; ++i)
                any[std::size_t(i)] |= std::uint8_t(design.X(i, end) == 1.0);
        }
        if (end - j >= 2) {
            std::int64_t none = 0;
            for (Eigen::Index i = 0; i < n; ++i)
                none += design.y[i] > 0 && !any[std::size_t(i)];
            if (none < minCell)
                return outcome("separation", false, minCell, message,
                               "the records with none of " + termOf(j) + " .. " + termOf(end - 1));
        }
        j = end > j ? end : j + 1;
    }
    // A numeric column along the joint patterns of the 0/1 columns (score − 20·a): the direction
    // x + g(pattern), for any g, is 0 on every record with a count above 0 when each such record
    // holds the highest (or lowest) x of the records of its pattern, and below 0 on a record of a
    // pattern whose x is lower; the per-column rule sees x over all records only, the sums below
    // 0/1 columns only (tst_attacks_review8 poissonSeparationAlongNumericAndBinaryColumns). So
    // the records with a count above 0 off their pattern's highest x, and off its lowest, must
    // each be at least minCell too, where some record lies off it. Any g (not only one linear in
    // the 0/1 columns) is judged: a superset of the design's directions, so conservative. One
    // pass over X per numeric column (docs/privacy-rules.md, "The eighth independent review").
    {
        std::vector<Eigen::Index> zeroOnes;
        for (Eigen::Index j = 0; j < design.p(); ++j) {
            if (zeroOne(j))
                zeroOnes.push_back(j);
        }
        if (!zeroOnes.empty()) {
            std::map<std::vector<std::uint8_t>, std::size_t> ids;
            std::vector<std::size_t> patternOf(static_cast<std::size_t>(n));
            std::vector<std::uint8_t> key(zeroOnes.size());
            for (Eigen::Index i = 0; i < n; ++i) {
                for (std::size_t k = 0; k < zeroOnes.size(); ++k)
                    key[k] = std::uint8_t(design.X(i, zeroOnes[k]) == 1.0);
                patternOf[std::size_t(i)] = ids.try_emplace(key, ids.size()).first->second;
            }
            const std::size_t patterns = ids.size();
            std::string zeroOneTerms;
            for (std::size_t k = 0; k < zeroOnes.size() && k < 4; ++k)
                zeroOneTerms += (k ? ", " : "") + termOf(zeroOnes[k]);
            if (zeroOnes.size() > 4)
                zeroOneTerms += ", ...";
            std::vector<double> lo(patterns), hi(patterns);
            for (Eigen::Index j = 0; j < design.p(); ++j) {
                const auto column = design.X.col(j);
                if (zeroOne(j) || !(column.minCoeff() < column.maxCoeff()))
                    continue;
                std::fill(lo.begin(), lo.end(), std::numeric_limits<double>::infinity());
                std::fill(hi.begin(), hi.end(), -std::numeric_limits<double>::infinity());
                for (Eigen::Index i = 0; i < n; ++i) {
                    const std::size_t q = patternOf[std::size_t(i)];
                    lo[q] = std::min(lo[q], column[i]);
                    hi[q] = std::max(hi[q], column[i]);
                }
                bool varies = false;
                for (std::size_t q = 0; q < patterns && !varies; ++q)
                    varies = lo[q] < hi[q];
                if (!varies)
                    continue; // x is a function of the pattern: no direction of its own
                std::int64_t notLowest = 0, notHighest = 0;
                for (Eigen::Index i = 0; i < n; ++i) {
                    if (!(design.y[i] > 0))
                        continue;
                    const std::size_t q = patternOf[std::size_t(i)];
                    notLowest += column[i] != lo[q];
                    notHighest += column[i] != hi[q];
                }
                if (std::min(notLowest, notHighest) < minCell)
                    return outcome("separation", false, minCell, message,
                                   termOf(j) + " within the patterns of " + zeroOneTerms);
            }
        }
    }
    // Signed sums of three or more 0/1 columns (x + y + z, x + y − z, ...): with every column and
    // every pair's cells occupied, the positive counts can still all sit at the highest value of
    // such a sum (no record has all three, the positive counts are where two are 1) with zeros
    // below it: no column and no pair shows it, and one record's count off it decides whether
    // the estimate exists (tst_attacks_redteam5 poissonZeroCountsAlongThreeColumns). So the
    // records with a count above 0 off the sum's highest value, and off its lowest, must each be
    // at least minCell too. Judged over the joint patterns of the 0/1 columns (a record's
    // columns, counted once per pattern). Skipped beyond kMaxSumWork pattern visits
    // (docs/privacy-rules.md, "The red team of the eleventh session": its known limits).
    std::vector<Eigen::Index> binary;
    std::vector<Eigen::Index> runOf;
    {
        Eigen::Index run = 0;
        std::vector<std::uint8_t> any(static_cast<std::size_t>(n), 0);
        for (Eigen::Index j = 0; j < design.p(); ++j) {
            if (!zeroOne(j)) {
                std::fill(any.begin(), any.end(), std::uint8_t(0));
                ++run;
                continue;
            }
            bool exclusive = !binary.empty() && binary.back() == j - 1;
            for (Eigen::Index i = 0; i < n && exclusive; ++i)
                exclusive = !(any[std::size_t(i)] && design.X(i, j) == 1.0);
            if (!exclusive) {
                std::fill(any.begin(), any.end(), std::uint8_t(0));
                ++run;
            }
            for (Eigen::Index i = 0; i < n; ++i)
                any[std::size_t(i)] |= std::uint8_t(design.X(i, j) == 1.0);
            binary.push_back(j);
            runOf.push_back(run);
        }
    }
    const std::size_t m = binary.size();
    if (m < 3)
        return outcome("separation", true, minCell, message);
    struct Pattern {
        std::vector<std::uint8_t> bits;
        std::int64_t positives = 0;
    };
    std::map<std::vector<std::uint8_t>, std::int64_t> byPattern;
    std::vector<std::uint8_t> bits(m);
    for (Eigen::Index i = 0; i < n; ++i) {
        for (std::size_t k = 0; k < m; ++k)
            bits[k] = std::uint8_t(design.X(i, binary[k]) == 1.0);
        byPattern[bits] += design.y[i] > 0 ? 1 : 0;
    }
    std::vector<Pattern> patterns;
    patterns.reserve(byPattern.size());
    for (auto &[key, positives] : byPattern)
        patterns.push_back({ key, positives });
    // One signed sum (coefficients −1, 0, 1 per 0/1 column): the positive counts off its highest
    // and off its lowest value over the patterns; its terms when either is below minCell.
    auto offExtremes = [&](const std::vector<int> &coefficients) -> std::optional<std::string> {
        int lo = std::numeric_limits<int>::max(), hi = std::numeric_limits<int>::min();
        auto sumOf = [&coefficients](const Pattern &q) {
            int t = 0;
            for (std::size_t k = 0; k < coefficients.size(); ++k)
                t += coefficients[k] * q.bits[k];
            return t;
        };
        for (const Pattern &q : patterns) {
            const int t = sumOf(q);
            lo = std::min(lo, t);
            hi = std::max(hi, t);
        }
        if (lo == hi)
            return std::nullopt;
        std::int64_t offLowest = 0, offHighest = 0;
        for (const Pattern &q : patterns) {
            const int t = sumOf(q);
            offLowest += t != lo ? q.positives : 0;
            offHighest += t != hi ? q.positives : 0;
        }
        if (std::min(offLowest, offHighest) >= minCell)
            return std::nullopt;
        std::string terms;
        for (std::size_t k = 0; k < coefficients.size(); ++k) {
            if (coefficients[k] == 0)
                continue;
            terms += terms.empty() ? "" : (coefficients[k] > 0 ? " + " : " - ");
            if (std::abs(coefficients[k]) > 1)
                terms += std::to_string(std::abs(coefficients[k])) + "*";
            terms += termOf(binary[k]);
        }
        return terms;
    };
    // Up to kMaxAllSums 0/1 columns: every signed sum of three or more of them (3^m / 2 sums;
    // four columns with no record holding all four and the positive counts where three are 1
    // pass every triple: the next attack). Beyond: the triples, unless a pair is in one run.
    // With four and five columns the coefficients go up to the largest a facet of a 0/1
    // polytope of that dimension needs (2 for four columns, 3 for five: 2a + b + e + f ≤ 3 is a
    // facet of the four columns' patterns without 1110, 1101, 1011 and 1111 that no sum of ±1
    // is; tst_attacks_review8 poissonSeparationAlongAFaceWithCoefficientTwo), so that there
    // every face of the patterns' hull is judged; with six up to 2 (a facet there may need 5:
    // 11^6 / 2 sums cost about a second), beyond ±1 (docs/privacy-rules.md, "The eighth
    // independent review").
    constexpr double kMaxSumWork = 2e8;
    constexpr std::size_t kMaxAllSums = 10;
    int largest = m == 4 ? 2 : m == 5 ? 3 : m == 6 ? 2 : 1;
    if (largest > 1
        && std::pow(double(2 * largest + 1), double(m)) / 2.0 * double(patterns.size())
            > kMaxSumWork)
        largest = 1;
    const double allSums = std::pow(double(2 * largest + 1), double(m)) / 2.0;
    std::vector<int> coefficients(m, 0);
    if (m <= kMaxAllSums && allSums * double(patterns.size()) <= kMaxSumWork) {
        // Counting over (0, 1, −1, 2, −2, …, ±largest); the first nonzero coefficient above 0 (a
        // sum and its negation have the same extremes, swapped), no common factor.
        auto next = [largest](int c) {
            return c == 0 ? 1 : c > 0 ? -c : (-c + 1 > largest ? 0 : -c + 1);
        };
        for (;;) {
            std::size_t k = 0;
            for (; k < m; ++k) {
                coefficients[k] = next(coefficients[k]);
                if (coefficients[k] != 0)
                    break;
            }
            if (k == m)
                break;
            int nonzero = 0, first = 0, divisor = 0;
            for (const int c : coefficients) {
                if (c != 0 && nonzero++ == 0)
                    first = c;
                divisor = std::gcd(divisor, std::abs(c));
            }
            if (nonzero < 3 || first < 0 || divisor != 1)
                continue;
            if (auto terms = offExtremes(coefficients))
                return outcome("separation", false, minCell, message, *terms);
        }
        return outcome("separation", true, minCell, message);
    }
    const double triples = double(m) * double(m - 1) * double(m - 2) / 6.0;
    if (triples * 4.0 * double(patterns.size()) > kMaxSumWork)
        return outcome("separation", true, minCell, message);
    for (std::size_t a = 0; a < m; ++a) {
        for (std::size_t b = a + 1; b < m; ++b) {
            if (runOf[a] == runOf[b])
                continue;
            for (std::size_t c = b + 1; c < m; ++c) {
                if (runOf[a] == runOf[c] || runOf[b] == runOf[c])
                    continue;
                for (int signs = 0; signs < 4; ++signs) {
                    std::fill(coefficients.begin(), coefficients.end(), 0);
                    coefficients[a] = 1;
                    coefficients[b] = signs & 1 ? -1 : 1;
                    coefficients[c] = signs & 2 ? -1 : 1;
                    if (auto terms = offExtremes(coefficients))
                        return outcome("separation", false, minCell, message, *terms);
                }
            }
        }
    }
    return outcome("separation", true, minCell, message);
}

} // namespace

SeparationVerdict separationVerdict(const DesignMatrix &design, Family family,
                                    const DisclosurePolicy &policy, const SeparationBudget &budget)
{
    const int minCell = std::max(1, policy.minCell);
    const Eigen::Index n = design.n();
    if ((family != Family::Poisson && family != Family::Binomial) || n == 0 || design.y.size() != n)
        return {};
    const auto positive = [&design](Eigen::Index i) {
        return design.y[i] > 0.0;
    };
    // Every record, at any number of distinct rows (docs/privacy-rules.md, "Separation along any
    // direction at any size"): an exact pass where the counts above 0 span the design robustly,
    // else the programme by row generation; its budget hit is a refusal, never a pass.
    const SeparationOverRecords found = fewestBlockersOverRecords(
        design.X, positive, family == Family::Binomial, minCell, budget);
    if (found.unfinished)
        return { SeparationVerdict::Unfinished, {} };
    const SeparationDirection &d = found.direction;
    if (!d.solved || d.pushedOff == 0 || d.blockers >= minCell)
        return {};
    // The direction named by its columns (not constant over the cohort), never by a number.
    double largest = 0.0;
    std::vector<double> size(std::size_t(design.p()), 0.0);
    for (Eigen::Index j = 0; j < design.p(); ++j) {
        // Constant over the cohort (the intercept): the face's level, not a column of it. The
        // design's column, not the patterns' (a logistic pattern's row is negated for y = 1).
        const auto column = design.X.col(j);
        if (!(column.minCoeff() < column.maxCoeff()))
            continue;
        size[std::size_t(j)] = std::abs(d.direction[j]) * column.cwiseAbs().maxCoeff();
        largest = std::max(largest, size[std::size_t(j)]);
    }
    std::string terms;
    for (Eigen::Index j = 0; j < design.p(); ++j) {
        if (!(size[std::size_t(j)] > 1e-6 * largest))
            continue;
        terms += (terms.empty() ? "" : ", ")
            + (j < Eigen::Index(design.terms.size()) ? design.terms[std::size_t(j)]
                                                     : std::string("a design column"));
    }
    return { SeparationVerdict::Refused, "a combination of " + terms };
}

namespace {
const char *const kUnfinishedDetail = "the check of every direction, which did not finish";
}

std::optional<std::string> separationAlongAnyDirection(const DesignMatrix &design, Family family,
                                                       const DisclosurePolicy &policy)
{
    const SeparationVerdict v = separationVerdict(design, family, policy);
    switch (v.kind) {
    case SeparationVerdict::Refused:
        return v.detail;
    case SeparationVerdict::Unfinished:
        return std::string(kUnfinishedDetail);
    case SeparationVerdict::Passed:
        break;
    }
    return std::nullopt;
}

RuleOutcome checkPoissonSeparation(const DesignMatrix &design, Family family,
                                   const DisclosurePolicy &policy)
{
    RuleOutcome named = poissonSeparationOnNamedFaces(design, family, policy);
    if (family != Family::Poisson)
        return named;
    // Any direction of the design's span (tst_attacks_review8
    // poissonSeparationAlongTwoNumericColumns: score + z), by the programme of separationlp.h:
    // refused where fewer than min_cell records keep some direction from separating (a count
    // above 0 off its face, a zero above it), the direction's columns named. Its detail comes
    // first, also where a named face refuses too: the world without the planted record is
    // refused by both, the world with it (the record blocking the named face, e.g. a zero above
    // a column's counts) by the programme alone, and both must name the same thing
    // (tst_attacks_poissonlp poissonZeroCountAboveTheFace).
    const SeparationVerdict verdict = separationVerdict(design, family, policy);
    if (verdict.kind == SeparationVerdict::Refused)
        return outcome("separation", false, named.threshold, named.message, verdict.detail);
    // The budget of the programme hit (docs/privacy-rules.md): refused, not released unchecked.
    if (verdict.kind == SeparationVerdict::Unfinished)
        return outcome("separation", false, named.threshold,
                       "The node could not finish its check that no combination of the design's "
                       "columns separates the records with a count above 0 from those with 0 "
                       "(the check's budget was reached), so it does not fit this design. Use "
                       "fewer numeric columns, round them, or a smaller cohort.",
                       kUnfinishedDetail);
    return named;
}

RuleOutcome checkBinomialSeparation(const DesignMatrix &design, Family family,
                                    const DisclosurePolicy &policy)
{
    const int minCell = std::max(1, policy.minCell);
    const std::string message = "Some combination of the design's columns keeps the records with "
                                "outcome 1 and those with outcome 0 apart (the 1s on or above it, "
                                "the 0s on or below it) except for fewer than "
        + std::to_string(minCell)
        + " records: the fit would rest on those few records, and without them its estimates "
          "would drift to infinity (separation), so whether it converges would tell which cohort "
          "holds them. Simplify the model, merge sparse categories or use a larger cohort.";
    if (family != Family::Binomial)
        return outcome("separation", true, minCell, message);
    // Any direction of the design's span, once per design (tst_attacks_poissonlp2
    // binomialMixedFace: quasi-complete separation with both outcomes on the face, which no
    // round's linear predictor shows): an exact pass that can only pass (the 0s and 1s of
    // min_cell disjoint groups overlap in every direction), else the programme over every record.
    const SeparationVerdict verdict = separationVerdict(design, family, policy);
    if (verdict.kind == SeparationVerdict::Refused)
        return outcome("separation", false, minCell, message, verdict.detail);
    if (verdict.kind == SeparationVerdict::Unfinished)
        return outcome("separation", false, minCell,
                       "The node could not finish its check that no combination of the design's "
                       "columns separates the records with outcome 1 from those with 0 (the "
                       "check's budget was reached), so it does not fit this design. Use fewer "
                       "numeric columns, round them, or a smaller cohort.",
                       kUnfinishedDetail);
    return outcome("separation", true, minCell, message);
}

RuleOutcome checkSeparation(const DesignMatrix &design, Family family, const Eigen::VectorXd &beta,
                            const DisclosurePolicy &policy)
{
    const int minCell = std::max(1, policy.minCell);
    auto passed = [&]() {
        return separationOutcome(true, policy);
    };
    const Eigen::Index n = design.n();
    if (family != Family::Binomial || n == 0 || beta.size() != design.p() || design.y.size() != n
        || !beta.allFinite())
        return passed();
    const Eigen::VectorXd eta = design.linearPredictor(beta);
    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    for (Eigen::Index i = 0; i < n; ++i) {
        if (!std::isfinite(eta[i]))
            return passed(); // the round's own rules refuse a β that overflows
        lo = std::min(lo, eta[i]);
        hi = std::max(hi, eta[i]);
    }
    // A lower bound first: the records in B equal buckets of [lo, hi]. A threshold inside bucket
    // b leaves at least the ones of the buckets below b and the zeros of the buckets above b on
    // the wrong side.
    constexpr int kBuckets = 1024;
    std::vector<std::int64_t> ones(kBuckets, 0), zeros(kBuckets, 0);
    const double scale = hi > lo ? double(kBuckets) / (hi - lo) : 0.0;
    std::int64_t totalOnes = 0;
    for (Eigen::Index i = 0; i < n; ++i) {
        const int b = std::clamp(int((eta[i] - lo) * scale), 0, kBuckets - 1);
        if (design.y[i] == 1.0) {
            ++ones[std::size_t(b)];
            ++totalOnes;
        } else {
            ++zeros[std::size_t(b)];
        }
    }
    const std::int64_t totalZeros = std::int64_t(n) - totalOnes;
    std::int64_t onesBelow = 0, zerosAbove = totalZeros,
                 bound = std::numeric_limits<std::int64_t>::max();
    for (int b = 0; b < kBuckets; ++b) {
        zerosAbove -= zeros[std::size_t(b)];
        bound = std::min(bound, onesBelow + zerosAbove);
        onesBelow += ones[std::size_t(b)];
    }
    if (bound >= minCell)
        return passed();
    // Exact: sorted by the linear predictor, a threshold at each distinct value v leaves the ones
    // below v, the zeros above v and the smaller class at v.
    std::vector<Eigen::Index> order(static_cast<std::size_t>(n));
    for (Eigen::Index i = 0; i < n; ++i)
        order[std::size_t(i)] = i;
    std::sort(order.begin(), order.end(),
              [&](Eigen::Index a, Eigen::Index b) { return eta[a] < eta[b]; });
    std::int64_t fewest = std::min(totalOnes, totalZeros);
    onesBelow = 0;
    zerosAbove = totalZeros;
    for (std::size_t i = 0; i < order.size();) {
        std::size_t j = i;
        std::int64_t onesAt = 0, zerosAt = 0;
        while (j < order.size() && eta[order[j]] == eta[order[i]]) {
            if (design.y[order[j]] == 1.0)
                ++onesAt;
            else
                ++zerosAt;
            ++j;
        }
        zerosAbove -= zerosAt;
        fewest = std::min(fewest, onesBelow + zerosAbove + std::min(onesAt, zerosAt));
        onesBelow += onesAt;
        i = j;
    }
    return separationOutcome(fewest >= minCell, policy);
}

RuleOutcome checkSeparation(const DesignMatrix &design, Family family, const Eigen::VectorXd &beta,
                            const DisclosurePolicy &policy, const RoundDominanceBounds &bounds)
{
    const int minCell = std::max(1, policy.minCell);
    // Each list holds the whole class, or separationKept values.
    auto complete = [](const std::vector<double> &kept, std::int64_t count) {
        return kept.size() == static_cast<std::size_t>(count)
            || kept.size() == static_cast<std::size_t>(separationKept);
    };
    if (family != Family::Binomial || !bounds.separation || minCell > separationKept
        || !complete(bounds.lowestOnes, bounds.ones) || !complete(bounds.highestZeros, bounds.zeros)
        || bounds.ones + bounds.zeros != design.n() || beta.size() != design.p()
        || !beta.allFinite())
        return checkSeparation(design, family, beta, policy);
    if (design.n() == 0)
        return separationOutcome(true, policy);
    // The fewest records on the wrong side of a threshold t, over every t: the ones at or below t
    // and the zeros above it (t = ±∞: every zero or every one). When that is below min_cell (at
    // most separationKept), those records are among the kept ones and the best t is one of their
    // values; a kept list that does not reach past t counts as its length, which is then
    // separationKept (≥ min_cell) or its whole class. So this is the exact check's verdict.
    std::int64_t fewest = std::min(bounds.ones, bounds.zeros);
    auto wrongSideOf = [&](double t) {
        const auto &ones = bounds.lowestOnes, &zeros = bounds.highestZeros;
        const auto onesAtOrBelow = std::upper_bound(ones.begin(), ones.end(), t) - ones.begin();
        const auto zerosAbove
            = std::find_if(zeros.begin(), zeros.end(), [t](double v) { return !(v > t); })
            - zeros.begin();
        return static_cast<std::int64_t>(onesAtOrBelow + zerosAbove);
    };
    for (const double t : bounds.lowestOnes)
        fewest = std::min(fewest, wrongSideOf(t));
    for (const double t : bounds.highestZeros)
        fewest = std::min(fewest, wrongSideOf(t));
    return separationOutcome(fewest >= minCell, policy);
}

} // namespace fairstart::analysis

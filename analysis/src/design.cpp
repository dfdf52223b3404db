// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/analysis/design.h"
#include "fairstart/analysis/linearpredictormemo.h"
#include "fairstart/analysis/modelvariables.h"
#include "fairstart/analysis/numbers.h"

#include "fairstart/analysis/formula.h"
#include "risk_p.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>

namespace fairstart::analysis {

namespace {

std::string joinMessages(const std::vector<Error> &errors)
{
    std::string out;
    for (const Error &e : errors)
        out += (out.empty() ? "" : " ") + e.message;
    return out;
}

Error combined(const std::vector<Error> &errors)
{
    Error e = errors.front();
    e.message = joinMessages(errors);
    for (std::size_t i = 1; i < errors.size(); ++i)
        e.terms.insert(e.terms.end(), errors[i].terms.begin(), errors[i].terms.end());
    return e;
}

// The non-reference levels of a categorical predictor, in column order.
std::vector<std::string> dummyLevels(const Predictor &p, const std::vector<std::string> &levels)
{
    const std::string ref = p.reference.empty() && !levels.empty() ? levels.front() : p.reference;
    std::vector<std::string> out;
    for (const std::string &l : levels) {
        if (l != ref)
            out.push_back(l);
    }
    return out;
}

std::vector<std::string> predictorColumns(const ResolvedDesign &d, const Predictor &p)
{
    const std::string &v = p.variable;
    switch (p.transform) {
    case Transform::AsIs:
        return { v };
    case Transform::Log:
        return { "log(" + v + ")" };
    case Transform::Standardise:
        return { "scale(" + v + ")" };
    case Transform::Winsorise:
        return { "winsor(" + v + ", " + formatNumber(p.lower) + ", " + formatNumber(p.upper)
                 + ")" };
    case Transform::Spline: {
        std::vector<std::string> out;
        for (int j = 1; j < p.knots; ++j)
            out.push_back("rcs(" + v + ", " + std::to_string(p.knots) + ")" + std::to_string(j));
        return out;
    }
    case Transform::Categorical: {
        auto it = d.levels.find(v);
        std::vector<std::string> out;
        if (it == d.levels.end())
            return out;
        for (const std::string &l : dummyLevels(p, it->second))
            out.push_back(v + l);
        return out;
    }
    }
    return {};
}

int predictorIndex(const ModelSpec &spec, const std::string &variable)
{
    for (std::size_t i = 0; i < spec.predictors.size(); ++i) {
        if (spec.predictors[i].variable == variable)
            return static_cast<int>(i);
    }
    return -1;
}

// Interaction operands in the order R uses: the predictor listed first varies fastest.
std::pair<int, int> interactionOrder(const ModelSpec &spec, const Interaction &i)
{
    int a = predictorIndex(spec, i.a);
    int b = predictorIndex(spec, i.b);
    return a <= b ? std::pair(a, b) : std::pair(b, a);
}

struct Cohort {
    std::vector<std::uint8_t> mask;
    std::int64_t excludedByMask = 0;
    std::int64_t excludedByFilters = 0;
};

Result<Cohort> applyMaskAndFilters(const DataTable &table, const std::vector<Filter> &filters,
                                   const std::vector<std::uint8_t> *rowMask)
{
    const std::size_t n = table.rows();
    if (rowMask && rowMask->size() != n)
        return makeError(ErrorCode::InvalidArgument,
                         "The row mask has " + std::to_string(rowMask->size())
                             + " entries but the table has " + std::to_string(n) + " rows.");
    Cohort c;
    c.mask.assign(n, 1);
    if (rowMask) {
        for (std::size_t r = 0; r < n; ++r) {
            if (!(*rowMask)[r]) {
                c.mask[r] = 0;
                ++c.excludedByMask;
            }
        }
    }
    for (const Filter &f : filters) {
        const Column *col = table.column(f.variable);
        if (!col)
            return makeError(ErrorCode::UnknownVariable,
                             "The filter variable '" + f.variable
                                 + "' is not in the data: choose a variable from the catalogue.",
                             { f.variable });
        if (col->kind == ColumnKind::Categorical) {
            if (f.min || f.max)
                return makeError(ErrorCode::WrongColumnType,
                                 "The filter on '" + f.variable
                                     + "' has numeric bounds, but the variable is categorical: "
                                       "filter it by its values.",
                                 { f.variable });
            std::vector<std::uint8_t> keep(col->levels.size(), 0);
            for (std::size_t l = 0; l < col->levels.size(); ++l)
                keep[l]
                    = std::find(f.values.begin(), f.values.end(), col->levels[l]) != f.values.end();
            for (std::size_t r = 0; r < n; ++r) {
                if (!c.mask[r])
                    continue;
                const std::int32_t code = col->codes[r];
                if (code < 0 || !keep[static_cast<std::size_t>(code)]) {
                    c.mask[r] = 0;
                    ++c.excludedByFilters;
                }
            }
        } else {
            std::vector<double> values;
            for (const std::string &s : f.values) {
                const std::optional<double> number = parseNumber(s);
                if (!number)
                    return makeError(ErrorCode::InvalidSpec,
                                     "The filter on the numeric variable '" + f.variable
                                         + "' lists the value '" + s
                                         + "', which is not a number: enter numbers.",
                                     { f.variable });
                values.push_back(*number); // finite: NaN would break the sort
            }
            // Sorted, so a long value list costs log(values) per record, not values per record.
            const bool anyValue = !f.values.empty();
            std::sort(values.begin(), values.end());
            for (std::size_t r = 0; r < n; ++r) {
                if (!c.mask[r])
                    continue;
                const double v = col->numeric[r];
                bool pass = !std::isnan(v);
                if (pass && f.min)
                    pass = v >= *f.min;
                if (pass && f.max)
                    pass = v <= *f.max;
                if (pass && anyValue)
                    pass = std::binary_search(values.begin(), values.end(), v);
                if (!pass) {
                    c.mask[r] = 0;
                    ++c.excludedByFilters;
                }
            }
        }
    }
    return c;
}

} // namespace

std::vector<std::string> modelVariables(const ModelSpec &spec)
{
    std::vector<std::string> vars { spec.outcome.variable };
    for (const Predictor &p : spec.predictors)
        vars.push_back(p.variable);
    if (!spec.offset.empty())
        vars.push_back(spec.offset);
    return vars;
}

std::vector<std::string> cohortVariables(const ModelSpec &spec)
{
    std::vector<std::string> vars = modelVariables(spec);
    for (const std::string &v : spec.completeCases) {
        if (std::find(vars.begin(), vars.end(), v) == vars.end())
            vars.push_back(v);
    }
    return vars;
}

namespace {

Result<void> checkVariables(const DataTable &table, const ModelSpec &spec)
{
    for (const std::string &v : cohortVariables(spec)) {
        if (!table.column(v))
            return makeError(ErrorCode::UnknownVariable,
                             "The variable '" + v
                                 + "' is not in the data: choose a variable from the catalogue.",
                             { v });
    }
    for (const Predictor &p : spec.predictors) {
        const Column *c = table.column(p.variable);
        if (c->kind == ColumnKind::Categorical && p.transform != Transform::Categorical
            && p.transform != Transform::AsIs)
            return makeError(ErrorCode::WrongColumnType,
                             "The variable '" + p.variable + "' is categorical, so "
                                 + transformId(p.transform)
                                 + " cannot be applied: use it as a factor.",
                             { p.variable });
        if (c->kind == ColumnKind::Categorical && p.transform == Transform::AsIs)
            return makeError(ErrorCode::WrongColumnType,
                             "The variable '" + p.variable
                                 + "' is categorical but the design uses it as a number: resolve "
                                   "the design (markCategorical) first.",
                             { p.variable });
    }
    if (!spec.offset.empty() && table.column(spec.offset)->kind != ColumnKind::Numeric)
        return makeError(ErrorCode::WrongColumnType,
                         "The offset '" + spec.offset + "' must be a numeric variable.",
                         { spec.offset });
    const Column *y = table.column(spec.outcome.variable);
    if (y->kind == ColumnKind::Categorical && spec.family != Family::Binomial)
        return makeError(ErrorCode::WrongColumnType,
                         "The outcome '" + spec.outcome.variable
                             + "' is categorical: only the binomial family can model it.",
                         { spec.outcome.variable });
    if (y->kind == ColumnKind::Categorical && spec.outcome.threshold)
        return makeError(ErrorCode::WrongColumnType,
                         "The outcome '" + spec.outcome.variable
                             + "' is categorical, so a threshold cannot apply: remove it.",
                         { spec.outcome.variable });
    return {};
}

double quantileType7(std::vector<double> &sorted, double q)
{
    const double h = (static_cast<double>(sorted.size()) - 1.0) * q;
    const auto lo = static_cast<std::size_t>(std::floor(h));
    const std::size_t hi = std::min(lo + 1, sorted.size() - 1);
    return sorted[lo] + (h - static_cast<double>(lo)) * (sorted[hi] - sorted[lo]);
}

} // namespace

std::vector<std::string> ResolvedDesign::termNames() const
{
    if (!checkResolved(*this).empty())
        return {};
    std::vector<std::string> names { "(Intercept)" };
    std::vector<std::vector<std::string>> blocks;
    for (const Predictor &p : spec.predictors) {
        blocks.push_back(predictorColumns(*this, p));
        names.insert(names.end(), blocks.back().begin(), blocks.back().end());
    }
    for (const Interaction &i : spec.interactions) {
        auto [a, b] = interactionOrder(spec, i);
        for (const std::string &nb : blocks[static_cast<std::size_t>(b)]) {
            for (const std::string &na : blocks[static_cast<std::size_t>(a)])
                names.push_back(na + ":" + nb);
        }
    }
    return names;
}

Result<ModelSpec> markCategorical(const ModelSpec &spec,
                                  const std::map<std::string, ColumnKind> &kinds)
{
    ModelSpec out = spec;
    for (Predictor &p : out.predictors) {
        auto it = kinds.find(p.variable);
        if (it == kinds.end())
            return makeError(ErrorCode::UnknownVariable,
                             "The variable '" + p.variable
                                 + "' is not in the catalogue: choose a catalogue variable.",
                             { p.variable });
        if (it->second != ColumnKind::Categorical)
            continue;
        if (p.transform == Transform::AsIs)
            p.transform = Transform::Categorical;
        else if (p.transform != Transform::Categorical)
            return makeError(ErrorCode::WrongColumnType,
                             "The variable '" + p.variable + "' is categorical, so "
                                 + transformId(p.transform)
                                 + " cannot be applied: use it as a factor.",
                             { p.variable });
    }
    for (const std::string &v : { spec.outcome.variable, spec.offset }) {
        if (!v.empty() && !kinds.count(v))
            return makeError(ErrorCode::UnknownVariable,
                             "The variable '" + v
                                 + "' is not in the catalogue: choose a catalogue variable.",
                             { v });
    }
    return out;
}

std::vector<Error> checkResolved(const ResolvedDesign &d)
{
    std::vector<Error> problems = validate(d.spec);
    for (const Predictor &p : d.spec.predictors) {
        const std::string &v = p.variable;
        if (p.transform == Transform::Categorical) {
            auto it = d.levels.find(v);
            if (it == d.levels.end() || it->second.empty()) {
                problems.push_back(makeError(ErrorCode::MissingResolution,
                                             "The levels of the factor '" + v
                                                 + "' are not resolved: resolve the design.",
                                             { v }));
            } else if (it->second.size() < 2) {
                problems.push_back(makeError(ErrorCode::ConstantColumn,
                                             "The factor '" + v
                                                 + "' has a single level, so it cannot explain "
                                                   "anything: remove it from the model.",
                                             { v }));
            } else if (!p.reference.empty()
                       && std::find(it->second.begin(), it->second.end(), p.reference)
                           == it->second.end()) {
                problems.push_back(makeError(ErrorCode::InvalidSpec,
                                             "The reference level '" + p.reference
                                                 + "' is not a level of '" + v
                                                 + "': choose one of its levels.",
                                             { v }));
            }
        } else if (p.transform == Transform::Standardise) {
            auto it = d.scaling.find(v);
            if (it == d.scaling.end())
                problems.push_back(makeError(
                    ErrorCode::MissingResolution,
                    "The mean and SD of '" + v + "' are not resolved: resolve the design.", { v }));
            else if (!std::isfinite(it->second.first) || !std::isfinite(it->second.second)
                     || it->second.second < 0)
                problems.push_back(makeError(ErrorCode::NonFinite,
                                             "The mean or SD of '" + v
                                                 + "' is not a finite "
                                                   "number: resolve the design again.",
                                             { v }));
            else if (it->second.second == 0)
                problems.push_back(makeError(ErrorCode::ConstantColumn,
                                             "The variable '" + v
                                                 + "' does not vary (SD 0), so it cannot be "
                                                   "standardised: remove it from the model.",
                                             { v }));
        } else if (p.transform == Transform::Spline) {
            auto it = d.knots.find(v);
            if (it == d.knots.end()) {
                problems.push_back(makeError(ErrorCode::MissingResolution,
                                             "The spline knots of '" + v
                                                 + "' are not resolved: resolve the design.",
                                             { v }));
                continue;
            }
            const auto &k = it->second;
            bool increasing = k.size() == static_cast<std::size_t>(p.knots);
            for (std::size_t j = 0; increasing && j < k.size(); ++j)
                increasing = std::isfinite(k[j]) && (j == 0 || k[j] > k[j - 1]);
            if (!increasing)
                problems.push_back(makeError(ErrorCode::TooManyKnots,
                                             "The spline of '" + v + "' needs "
                                                 + std::to_string(p.knots)
                                                 + " distinct knots, but the variable has too "
                                                   "few distinct values for them: use fewer "
                                                   "knots or another transform.",
                                             { v }));
        }
    }
    return problems;
}

void rcsBasis(double x, const std::vector<double> &t, double *out)
{
    const std::size_t k = t.size();
    out[0] = x;
    const double tk = t[k - 1];
    const double tk1 = t[k - 2];
    const double norm = (tk - t[0]) * (tk - t[0]);
    auto cube = [](double v) {
        return v > 0 ? v * v * v : 0.0;
    };
    const double ck = cube(x - tk);
    const double ck1 = cube(x - tk1);
    for (std::size_t j = 0; j + 2 < k; ++j) {
        out[j + 1]
            = (cube(x - t[j]) - ck1 * (tk - t[j]) / (tk - tk1) + ck * (tk1 - t[j]) / (tk - tk1))
            / norm;
    }
}

Result<std::vector<std::uint8_t>> cohortMask(const DataTable &table,
                                             const std::vector<Filter> &filters,
                                             const std::vector<std::uint8_t> *rowMask)
{
    auto c = applyMaskAndFilters(table, filters, rowMask);
    if (!c)
        return c.error();
    return std::move(c->mask);
}

namespace {

struct UsedRows {
    Cohort cohort;
    std::vector<std::int64_t> rows;
    std::int64_t excludedByMissing = 0;
    std::map<std::string, std::int64_t> missingByVariable;
};

Result<UsedRows> usedRows(const DataTable &table, const ModelSpec &spec,
                          const std::vector<std::uint8_t> *rowMask)
{
    auto cohort = applyMaskAndFilters(table, spec.filters, rowMask);
    if (!cohort)
        return cohort.error();
    UsedRows u;
    u.cohort = std::move(*cohort);
    std::vector<const Column *> cols;
    // The model's variables and the cohort's further complete-case variables.
    std::vector<std::string> vars = cohortVariables(spec);
    for (const std::string &v : vars) {
        cols.push_back(table.column(v));
        u.missingByVariable[v] = 0;
    }
    // Column by column (issue 16: a row at a time branched on every column's kind): per
    // variable its missing values in the cohort; a row with any is incomplete.
    const std::size_t rows = table.rows();
    const std::uint8_t *mask = u.cohort.mask.data();
    std::vector<std::uint8_t> incompleteRows(rows, 0);
    // Through a pointer read once: a store through a byte may alias the vector's own pointer,
    // which was then read again per record and kept the loop scalar.
    std::uint8_t *incomplete = incompleteRows.data();
    for (std::size_t i = 0; i < cols.size(); ++i) {
        if (!cols[i]->anyMissing())
            continue; // no missing value in the whole column: none in the cohort
        std::int64_t missing = 0;
        auto scan = [&](auto isMissing) {
            std::int64_t counted = 0;
            for (std::size_t r = 0; r < rows; ++r) {
                const bool m = mask[r] && isMissing(r);
                incomplete[r] |= std::uint8_t(m);
                counted += m;
            }
            missing += counted;
        };
        if (cols[i]->kind == ColumnKind::Numeric) {
            const double *x = cols[i]->numeric.data();
            scan([x](std::size_t r) { return x[r] != x[r]; });
        } else {
            const auto *codes = cols[i]->codes.data();
            scan([codes](std::size_t r) { return codes[r] < 0; });
        }
        u.missingByVariable[vars[i]] += missing;
    }
    for (std::size_t r = 0; r < rows; ++r) {
        if (!mask[r])
            continue;
        if (incomplete[r])
            ++u.excludedByMissing;
        else
            u.rows.push_back(static_cast<std::int64_t>(r));
    }
    return u;
}

} // namespace

Result<ResolvedDesign> resolveLocally(const ModelSpec &spec, const DataTable &table,
                                      const std::vector<std::uint8_t> *rowMask)
{
    std::map<std::string, ColumnKind> kinds;
    for (const Column &c : table.columns())
        kinds[c.name] = c.kind;
    auto marked = markCategorical(spec, kinds);
    if (!marked)
        return marked.error();
    ResolvedDesign d;
    d.spec = std::move(*marked);
    if (auto problems = validate(d.spec); !problems.empty())
        return combined(problems);
    if (auto ok = checkVariables(table, d.spec); !ok)
        return ok.error();
    auto used = usedRows(table, d.spec, rowMask);
    if (!used)
        return used.error();
    if (used->rows.empty())
        return makeError(ErrorCode::EmptyCohort,
                         "No record is left after consent, filters and missing values: widen the "
                         "filters or choose variables with fewer missing values.");
    const Column *y = table.column(d.spec.outcome.variable);
    if (y->kind == ColumnKind::Categorical) {
        auto levels = y->levels;
        std::sort(levels.begin(), levels.end());
        d.levels[y->name] = levels;
    }
    for (const Predictor &p : d.spec.predictors) {
        const Column *c = table.column(p.variable);
        if (p.transform == Transform::Categorical) {
            if (c->kind == ColumnKind::Categorical) {
                auto levels = c->levels;
                std::sort(levels.begin(), levels.end());
                d.levels[p.variable] = levels;
            } else {
                std::vector<double> values;
                for (std::int64_t r : used->rows)
                    values.push_back(c->numeric[static_cast<std::size_t>(r)]);
                std::sort(values.begin(), values.end());
                values.erase(std::unique(values.begin(), values.end()), values.end());
                std::vector<std::string> levels;
                for (double v : values)
                    levels.push_back(formatNumber(v));
                d.levels[p.variable] = levels;
            }
            continue;
        }
        if (p.transform != Transform::Standardise && p.transform != Transform::Spline)
            continue;
        std::vector<double> values;
        values.reserve(used->rows.size());
        for (std::int64_t r : used->rows)
            values.push_back(c->numeric[static_cast<std::size_t>(r)]);
        if (p.transform == Transform::Standardise) {
            double mean = 0, m2 = 0, count = 0;
            for (double v : values) {
                count += 1;
                const double delta = v - mean;
                mean += delta / count;
                m2 += delta * (v - mean);
            }
            const double sd = count > 1 ? std::sqrt(m2 / (count - 1)) : 0.0;
            d.scaling[p.variable] = { mean, sd };
        } else {
            std::sort(values.begin(), values.end());
            std::vector<double> uniq = values;
            uniq.erase(std::unique(uniq.begin(), uniq.end()), uniq.end());
            if (static_cast<int>(uniq.size()) < p.knots)
                return makeError(ErrorCode::TooManyKnots,
                                 "The spline of '" + p.variable + "' has " + std::to_string(p.knots)
                                     + " knots, more than the variable's distinct values: use "
                                       "fewer knots or another transform.",
                                 { p.variable });
            std::vector<double> knots;
            for (double q : defaultKnotQuantiles(p.knots))
                knots.push_back(quantileType7(values, q));
            d.knots[p.variable] = knots;
        }
    }
    if (auto problems = checkResolved(d); !problems.empty())
        return combined(problems);
    return d;
}

namespace {

// The innermost LinearPredictorMemo::Use of this thread (linearpredictormemo.h).
thread_local const LinearPredictorMemo::Use *tMemoUse = nullptr;

bool sameBits(const std::vector<double> &a, const Eigen::VectorXd &b)
{
    return a.size() == std::size_t(b.size())
        && (a.empty() || std::memcmp(a.data(), b.data(), a.size() * sizeof(double)) == 0);
}

} // namespace

Eigen::VectorXd DesignMatrix::linearPredictor(const Eigen::VectorXd &beta) const
{
    const LinearPredictorMemo::Use *use = tMemoUse;
    if (use && use->m_design.get() == this)
        return *sharedLinearPredictor(*this, beta);
    Eigen::VectorXd eta = X * beta;
    if (offset.size() == eta.size())
        eta += offset;
    return eta;
}

std::shared_ptr<const Eigen::VectorXd> sharedLinearPredictor(const DesignMatrix &design,
                                                             const Eigen::VectorXd &beta)
{
    const LinearPredictorMemo::Use *use = tMemoUse;
    const bool memo = use && use->m_design.get() == &design;
    if (memo) {
        if (auto kept = use->m_memo.find(&design, beta))
            return kept;
    }
    Eigen::VectorXd eta = design.X * beta;
    if (design.offset.size() == eta.size())
        eta += design.offset;
    auto shared = std::make_shared<const Eigen::VectorXd>(std::move(eta));
    if (memo)
        use->m_memo.keep(use->m_design, beta, shared);
    return shared;
}

std::shared_ptr<const std::vector<double>> sharedLogisticRisks(const DesignMatrix &design,
                                                               const Eigen::VectorXd &beta)
{
    const LinearPredictorMemo::Use *use = tMemoUse;
    const bool memo = use && use->m_design.get() == &design;
    if (memo && use->m_risks && sameBits(use->m_riskBeta, beta))
        return use->m_risks;
    auto risks = std::make_shared<const std::vector<double>>(
        logisticRisks(*sharedLinearPredictor(design, beta)));
    if (memo) {
        use->m_riskBeta.assign(beta.data(), beta.data() + beta.size());
        use->m_risks = risks;
    }
    return risks;
}

LinearPredictorMemo::LinearPredictorMemo(std::size_t capacity, std::chrono::milliseconds keep)
    : m_capacity(std::max<std::size_t>(capacity, 1))
    , m_keep(keep)
{
}

LinearPredictorMemo::Use::Use(LinearPredictorMemo &memo, std::shared_ptr<const DesignMatrix> design)
    : m_memo(memo)
    , m_design(std::move(design))
    , m_previous(tMemoUse)
{
    tMemoUse = this;
}

LinearPredictorMemo::Use::~Use()
{
    tMemoUse = m_previous;
}

std::shared_ptr<const Eigen::VectorXd> LinearPredictorMemo::find(const DesignMatrix *design,
                                                                 const Eigen::VectorXd &beta)
{
    const auto now = std::chrono::steady_clock::now();
    std::lock_guard lock(m_mutex);
    purgeLocked(now);
    for (Entry &entry : m_entries) {
        // The address alone could be a later object's: the entry's own design must be alive.
        if (entry.address == design && entry.design.lock().get() == design
            && sameBits(entry.beta, beta)) {
            entry.used = now;
            ++m_hits;
            return entry.lp;
        }
    }
    return nullptr;
}

void LinearPredictorMemo::keep(const std::shared_ptr<const DesignMatrix> &design,
                               const Eigen::VectorXd &beta,
                               std::shared_ptr<const Eigen::VectorXd> lp)
{
    const auto now = std::chrono::steady_clock::now();
    std::lock_guard lock(m_mutex);
    purgeLocked(now);
    for (const Entry &entry : m_entries) {
        if (entry.address == design.get() && entry.design.lock() == design
            && sameBits(entry.beta, beta))
            return; // another thread kept the same one meanwhile
    }
    if (m_entries.size() >= m_capacity) {
        auto oldest
            = std::min_element(m_entries.begin(), m_entries.end(),
                               [](const Entry &a, const Entry &b) { return a.used < b.used; });
        m_entries.erase(oldest);
    }
    m_entries.push_back(Entry { design, design.get(),
                                std::vector<double>(beta.data(), beta.data() + beta.size()),
                                std::move(lp), now });
}

void LinearPredictorMemo::purge()
{
    std::lock_guard lock(m_mutex);
    purgeLocked(std::chrono::steady_clock::now());
}

void LinearPredictorMemo::purgeLocked(std::chrono::steady_clock::time_point now)
{
    std::erase_if(m_entries, [&](const Entry &entry) {
        return entry.design.expired() || now - entry.used > m_keep;
    });
}

std::size_t LinearPredictorMemo::size() const
{
    std::lock_guard lock(m_mutex);
    return m_entries.size();
}

std::uint64_t LinearPredictorMemo::hits() const
{
    std::lock_guard lock(m_mutex);
    return m_hits;
}

Result<DesignMatrix> buildDesign(const DataTable &table, const ResolvedDesign &design,
                                 const std::vector<std::uint8_t> *rowMask)
{
    const ModelSpec &spec = design.spec;
    if (auto problems = checkResolved(design); !problems.empty())
        return combined(problems);
    if (auto ok = checkVariables(table, spec); !ok)
        return ok.error();
    const Column *yc = table.column(spec.outcome.variable);
    if (yc->kind == ColumnKind::Categorical) {
        auto it = design.levels.find(spec.outcome.variable);
        if (it == design.levels.end() || it->second.size() != 2)
            return makeError(ErrorCode::NotBinary,
                             "The outcome '" + spec.outcome.variable
                                 + "' is categorical without exactly two resolved levels: "
                                   "binomial models need a yes/no outcome.",
                             { spec.outcome.variable });
    }
    auto used = usedRows(table, spec, rowMask);
    if (!used)
        return used.error();

    DesignMatrix dm;
    dm.terms = design.termNames();
    dm.counts.total = static_cast<std::int64_t>(table.rows());
    dm.counts.excludedByMask = used->cohort.excludedByMask;
    dm.counts.excludedByFilters = used->cohort.excludedByFilters;
    dm.counts.excludedByMissing = used->excludedByMissing;
    dm.counts.missingByVariable = used->missingByVariable;
    dm.counts.used = static_cast<std::int64_t>(used->rows.size());
    if (used->rows.empty())
        return makeError(ErrorCode::EmptyCohort,
                         "No record is left after consent, filters and missing values: widen the "
                         "filters or choose variables with fewer missing values.");
    const auto n = static_cast<Eigen::Index>(used->rows.size());
    const auto p = static_cast<Eigen::Index>(dm.terms.size());
    const std::vector<std::int64_t> &rows = used->rows;
    dm.X.resize(n, p);
    Eigen::VectorXd y(n); // kept in dm.y at the end (as bits when 0/1, designstorage.h)
    // Without an offset none is stored (8 bytes a record the node would keep with every cached
    // matrix, issue 16); every reader takes an empty offset for zeros.
    if (!spec.offset.empty())
        dm.offset = Eigen::VectorXd::Zero(n);

    auto nonFinite = [](const std::string &v) {
        return makeError(ErrorCode::NonFinite,
                         "The variable '" + v
                             + "' holds an infinite value: correct the data or filter it out.",
                         { v });
    };

    // Outcome.
    const std::string &yName = spec.outcome.variable;
    for (Eigen::Index i = 0; i < n; ++i) {
        const auto r = static_cast<std::size_t>(rows[static_cast<std::size_t>(i)]);
        double v;
        if (yc->kind == ColumnKind::Categorical) {
            const std::string &level = yc->levels[static_cast<std::size_t>(yc->codes[r])];
            const auto &resolved = design.levels.at(yName);
            if (level == resolved[1])
                v = 1.0;
            else if (level == resolved[0])
                v = 0.0;
            else
                return makeError(ErrorCode::UnknownLevel,
                                 "The outcome '" + yName + "' has the level '" + level
                                     + "', which is not in the resolved design: resolve the "
                                       "design again with this site's catalogue.",
                                 { yName });
        } else {
            v = yc->numeric[r];
            if (!std::isfinite(v))
                return nonFinite(yName);
            if (spec.outcome.threshold)
                v = v > *spec.outcome.threshold ? 1.0 : 0.0;
        }
        y[i] = v;
    }
    if (spec.family == Family::Binomial) {
        for (Eigen::Index i = 0; i < n; ++i) {
            if (y[i] != 0.0 && y[i] != 1.0)
                return makeError(ErrorCode::NotBinary,
                                 "The outcome '" + yName
                                     + "' is not binary: binomial models need 0/1 values (or a "
                                       "threshold, as I("
                                     + yName + " > value)).",
                                 { yName });
        }
    } else if (spec.family == Family::Poisson) {
        for (Eigen::Index i = 0; i < n; ++i) {
            if (y[i] < 0)
                return makeError(ErrorCode::InvalidValue,
                                 "The outcome '" + yName
                                     + "' has negative values: Poisson models need counts "
                                       "(0, 1, 2, ...).",
                                 { yName });
        }
    }
    if (!spec.offset.empty()) {
        const Column *oc = table.column(spec.offset);
        for (Eigen::Index i = 0; i < n; ++i) {
            const double v
                = oc->numeric[static_cast<std::size_t>(rows[static_cast<std::size_t>(i)])];
            if (!std::isfinite(v))
                return nonFinite(spec.offset);
            dm.offset[i] = v;
        }
    }

    // Main effects.
    dm.X.col(0).setOnes();
    Eigen::Index col = 1;
    std::vector<std::pair<Eigen::Index, Eigen::Index>> blocks; // (first column, count)
    for (const Predictor &pr : spec.predictors) {
        const Column *c = table.column(pr.variable);
        const std::string &v = pr.variable;
        const Eigen::Index first = col;
        if (pr.transform == Transform::Categorical) {
            const auto &levels = design.levels.at(v);
            const auto dummies = dummyLevels(pr, levels);
            // Table code (or numeric value's text) -> dummy column, -1 for the reference.
            auto dummyOf = [&](const std::string &level) -> Eigen::Index {
                auto it = std::find(dummies.begin(), dummies.end(), level);
                if (it != dummies.end())
                    return static_cast<Eigen::Index>(it - dummies.begin());
                if (std::find(levels.begin(), levels.end(), level) != levels.end())
                    return -1;
                return -2;
            };
            const auto k = static_cast<Eigen::Index>(dummies.size());
            dm.X.middleCols(first, k).setZero();
            auto unknown = [&](const std::string &level) {
                return makeError(ErrorCode::UnknownLevel,
                                 "The variable '" + v + "' has the level '" + level
                                     + "', which is not in the resolved design: resolve the "
                                       "design again with this site's catalogue.",
                                 { v });
            };
            if (c->kind == ColumnKind::Categorical) {
                std::vector<Eigen::Index> map(c->levels.size());
                for (std::size_t l = 0; l < c->levels.size(); ++l)
                    map[l] = dummyOf(c->levels[l]);
                for (Eigen::Index i = 0; i < n; ++i) {
                    const auto code = static_cast<std::size_t>(
                        c->codes[static_cast<std::size_t>(rows[static_cast<std::size_t>(i)])]);
                    const Eigen::Index d = map[code];
                    if (d == -2)
                        return unknown(c->levels[code]);
                    if (d >= 0)
                        dm.X(i, first + d) = 1.0;
                }
            } else {
                std::map<double, Eigen::Index> map;
                for (Eigen::Index i = 0; i < n; ++i) {
                    const double x
                        = c->numeric[static_cast<std::size_t>(rows[static_cast<std::size_t>(i)])];
                    auto it = map.find(x);
                    if (it == map.end())
                        it = map.emplace(x, dummyOf(formatNumber(x))).first;
                    if (it->second == -2)
                        return unknown(formatNumber(x));
                    if (it->second >= 0)
                        dm.X(i, first + it->second) = 1.0;
                }
            }
            col += k;
        } else {
            const Eigen::Index k = pr.transform == Transform::Spline ? pr.knots - 1 : 1;
            const std::vector<double> *knots
                = pr.transform == Transform::Spline ? &design.knots.at(v) : nullptr;
            double mean = 0, sd = 1;
            if (pr.transform == Transform::Standardise)
                std::tie(mean, sd) = design.scaling.at(v);
            if (pr.transform == Transform::AsIs) {
                // The value itself: one tight loop, every value checked (issue 16: the switch
                // and the early return per value kept the design's largest loop slow). The
                // same numbers, and the same error for the column.
                const double *in = c->numeric.data();
                const std::int64_t *at = rows.data();
                double *out = dm.X.col(first).data();
                bool finite = true;
                for (Eigen::Index i = 0; i < n; ++i) {
                    const double x = in[static_cast<std::size_t>(at[i])];
                    out[i] = x;
                    finite &= std::isfinite(x);
                }
                if (!finite)
                    return nonFinite(v);
                col += k;
                blocks.emplace_back(first, col - first);
                continue;
            }
            double basis[8];
            for (Eigen::Index i = 0; i < n; ++i) {
                const double x
                    = c->numeric[static_cast<std::size_t>(rows[static_cast<std::size_t>(i)])];
                if (!std::isfinite(x))
                    return nonFinite(v);
                switch (pr.transform) {
                case Transform::AsIs:
                    dm.X(i, first) = x;
                    break;
                case Transform::Log:
                    if (x <= 0)
                        return makeError(ErrorCode::InvalidValue,
                                         "The variable '" + v
                                             + "' has values <= 0, where log() is undefined: "
                                               "filter them out or use another transform.",
                                         { v });
                    dm.X(i, first) = std::log(x);
                    break;
                case Transform::Standardise:
                    dm.X(i, first) = (x - mean) / sd;
                    break;
                case Transform::Winsorise:
                    dm.X(i, first) = std::min(std::max(x, pr.lower), pr.upper);
                    break;
                case Transform::Spline:
                    rcsBasis(x, *knots, basis);
                    for (Eigen::Index j = 0; j < k; ++j)
                        dm.X(i, first + j) = basis[j];
                    break;
                case Transform::Categorical:
                    break;
                }
            }
            col += k;
        }
        blocks.emplace_back(first, col - first);
    }
    // Interactions: products of the main-effect columns, the first-listed predictor fastest.
    for (const Interaction &it : spec.interactions) {
        auto [a, b] = interactionOrder(spec, it);
        const auto [fa, ka] = blocks[static_cast<std::size_t>(a)];
        const auto [fb, kb] = blocks[static_cast<std::size_t>(b)];
        for (Eigen::Index jb = 0; jb < kb; ++jb) {
            for (Eigen::Index ja = 0; ja < ka; ++ja)
                dm.X.col(col++) = dm.X.col(fa + ja).cwiseProduct(dm.X.col(fb + jb));
        }
    }
    if (col != p)
        return makeError(ErrorCode::InvalidState,
                         "Internal error: the design has " + std::to_string(col)
                             + " columns, expected " + std::to_string(p) + ".");
    dm.y = std::move(y);
    dm.rows = rows;
    return dm;
}

} // namespace fairstart::analysis

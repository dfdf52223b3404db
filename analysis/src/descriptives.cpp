// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/analysis/descriptives.h"

#include "fairstart/analysis/formula.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>
#include <stdexcept>

namespace fairstart::analysis {

Moments &Moments::operator+=(const Moments &o)
{
    if (o.count == 0)
        return *this;
    if (count == 0) {
        *this = o;
        return *this;
    }
    const double n = count + o.count;
    const double delta = o.mean - mean;
    mean += delta * (o.count / n);
    m2 += o.m2 + delta * delta * (count * o.count / n);
    count = n;
    return *this;
}

double Moments::variance() const
{
    return count > 1 ? m2 / (count - 1) : 0.0;
}

double Moments::sd() const
{
    return std::sqrt(variance());
}

Histogram &Histogram::operator+=(const Histogram &o)
{
    if (edges.empty() && counts.empty()) {
        *this = o;
        return *this;
    }
    if (o.edges != edges)
        throw std::invalid_argument("Histograms with different edges cannot be added");
    for (std::size_t i = 0; i < counts.size(); ++i)
        counts[i] += o.counts[i];
    below += o.below;
    above += o.above;
    return *this;
}

double Histogram::total() const
{
    double t = below + above;
    for (double c : counts)
        t += c;
    return t;
}

double histogramQuantile(const Histogram &h, double q)
{
    const double total = h.total();
    if (!(total > 0) || h.counts.empty())
        return std::numeric_limits<double>::quiet_NaN();
    q = std::clamp(q, 0.0, 1.0);
    const double target = q * total;
    double cumulative = h.below;
    if (target <= cumulative)
        return h.edges.front();
    for (std::size_t i = 0; i < h.counts.size(); ++i) {
        if (h.counts[i] > 0 && cumulative + h.counts[i] >= target) {
            const double frac = (target - cumulative) / h.counts[i];
            return h.edges[i] + frac * (h.edges[i + 1] - h.edges[i]);
        }
        cumulative += h.counts[i];
    }
    return h.edges.back();
}

NumericSummary &NumericSummary::operator+=(const NumericSummary &o)
{
    if (variable.empty())
        variable = o.variable;
    missing += o.missing;
    moments += o.moments;
    if (histograms.empty()) {
        histograms = o.histograms;
    } else {
        if (histograms.size() != o.histograms.size())
            throw std::invalid_argument("Summaries with different histograms cannot be added");
        for (std::size_t i = 0; i < histograms.size(); ++i)
            histograms[i] += o.histograms[i];
    }
    return *this;
}

CategoricalSummary &CategoricalSummary::operator+=(const CategoricalSummary &o)
{
    if (variable.empty())
        variable = o.variable;
    missing += o.missing;
    for (const auto &[level, count] : o.levelCounts)
        levelCounts[level] += count;
    return *this;
}

TwoWayTable &TwoWayTable::operator+=(const TwoWayTable &o)
{
    if (rowLevels.empty() && columnLevels.empty()) {
        const double m = missing;
        *this = o;
        missing += m;
        return *this;
    }
    std::set<std::string> rs(rowLevels.begin(), rowLevels.end());
    rs.insert(o.rowLevels.begin(), o.rowLevels.end());
    std::set<std::string> cs(columnLevels.begin(), columnLevels.end());
    cs.insert(o.columnLevels.begin(), o.columnLevels.end());
    std::vector<std::string> rl(rs.begin(), rs.end()), cl(cs.begin(), cs.end());
    std::vector<double> merged(rl.size() * cl.size(), 0.0);
    auto addFrom = [&](const TwoWayTable &t) {
        for (std::size_t r = 0; r < t.rowLevels.size(); ++r) {
            const auto ri = static_cast<std::size_t>(
                std::lower_bound(rl.begin(), rl.end(), t.rowLevels[r]) - rl.begin());
            for (std::size_t c = 0; c < t.columnLevels.size(); ++c) {
                const auto ci = static_cast<std::size_t>(
                    std::lower_bound(cl.begin(), cl.end(), t.columnLevels[c]) - cl.begin());
                merged[ri * cl.size() + ci] += t.at(r, c);
            }
        }
    };
    addFrom(*this);
    addFrom(o);
    rowLevels = std::move(rl);
    columnLevels = std::move(cl);
    counts = std::move(merged);
    missing += o.missing;
    if (rowVariable.empty())
        rowVariable = o.rowVariable;
    if (columnVariable.empty())
        columnVariable = o.columnVariable;
    return *this;
}

Moments momentsOf(const double *values, std::size_t n)
{
    // Welford's update: no subtraction of large sums.
    Moments m;
    for (std::size_t i = 0; i < n; ++i) {
        const double v = values[i];
        if (std::isnan(v))
            continue;
        m.count += 1;
        const double delta = v - m.mean;
        m.mean += delta / m.count;
        m.m2 += delta * (v - m.mean);
    }
    return m;
}

Result<Histogram> histogramOf(const double *values, std::size_t n, std::vector<double> edges)
{
    if (edges.size() < 2)
        return makeError(ErrorCode::InvalidArgument, "A histogram needs at least two bin edges.");
    for (std::size_t i = 0; i < edges.size(); ++i) {
        if (!std::isfinite(edges[i]) || (i > 0 && !(edges[i] > edges[i - 1])))
            return makeError(ErrorCode::InvalidArgument,
                             "Histogram edges must be finite and strictly increasing.");
    }
    Histogram h;
    h.counts.assign(edges.size() - 1, 0.0);
    for (std::size_t i = 0; i < n; ++i) {
        const double v = values[i];
        if (std::isnan(v))
            continue;
        if (v < edges.front()) {
            h.below += 1;
        } else if (v > edges.back()) {
            h.above += 1;
        } else {
            auto it = std::upper_bound(edges.begin(), edges.end(), v);
            auto bin = static_cast<std::size_t>(it - edges.begin());
            bin = bin == 0 ? 0 : bin - 1;
            bin = std::min(bin, h.counts.size() - 1);
            h.counts[bin] += 1;
        }
    }
    h.edges = std::move(edges);
    return h;
}

std::vector<double> evenEdges(double lo, double hi, int bins)
{
    std::vector<double> e;
    if (bins < 1 || !(hi > lo))
        return e;
    for (int i = 0; i <= bins; ++i)
        e.push_back(i == bins ? hi : lo + (hi - lo) * i / bins);
    return e;
}

namespace {

Result<const Column *> findColumn(const DataTable &table, const std::string &variable,
                                  const std::vector<std::uint8_t> *rowMask)
{
    const Column *c = table.column(variable);
    if (!c)
        return makeError(ErrorCode::UnknownVariable,
                         "The variable '" + variable
                             + "' is not in the data: choose a variable from the catalogue.",
                         { variable });
    if (rowMask && rowMask->size() != table.rows())
        return makeError(ErrorCode::InvalidArgument,
                         "The row mask does not match the table's number of rows.");
    return c;
}

bool included(const std::vector<std::uint8_t> *mask, std::size_t r)
{
    return !mask || (*mask)[r];
}

} // namespace

Result<NumericSummary> describeNumeric(const DataTable &table, const std::string &variable,
                                       const std::vector<std::vector<double>> &histogramEdges,
                                       const std::vector<std::uint8_t> *rowMask)
{
    auto c = findColumn(table, variable, rowMask);
    if (!c)
        return c.error();
    if ((*c)->kind != ColumnKind::Numeric)
        return makeError(ErrorCode::WrongColumnType,
                         "The variable '" + variable
                             + "' is categorical: describe it by its level counts.",
                         { variable });
    std::vector<double> values;
    NumericSummary s;
    s.variable = variable;
    for (std::size_t r = 0; r < table.rows(); ++r) {
        if (!included(rowMask, r))
            continue;
        const double v = (*c)->numeric[r];
        if (std::isnan(v)) {
            s.missing += 1;
            continue;
        }
        if (!std::isfinite(v))
            return makeError(ErrorCode::NonFinite,
                             "The variable '" + variable
                                 + "' holds an infinite value: correct the data.",
                             { variable });
        values.push_back(v);
    }
    s.moments = momentsOf(values.data(), values.size());
    for (const auto &edges : histogramEdges) {
        auto h = histogramOf(values.data(), values.size(), edges);
        if (!h)
            return h.error();
        s.histograms.push_back(std::move(*h));
    }
    return s;
}

Result<CategoricalSummary> describeCategorical(const DataTable &table, const std::string &variable,
                                               const std::vector<std::uint8_t> *rowMask)
{
    auto c = findColumn(table, variable, rowMask);
    if (!c)
        return c.error();
    if ((*c)->kind != ColumnKind::Categorical)
        return makeError(ErrorCode::WrongColumnType,
                         "The variable '" + variable
                             + "' is numeric: describe it by its mean, SD and histogram.",
                         { variable });
    const Column &col = **c;
    std::vector<double> counts(col.levels.size(), 0.0);
    CategoricalSummary s;
    s.variable = variable;
    for (std::size_t r = 0; r < table.rows(); ++r) {
        if (!included(rowMask, r))
            continue;
        if (col.codes[r] < 0)
            s.missing += 1;
        else
            counts[static_cast<std::size_t>(col.codes[r])] += 1;
    }
    for (std::size_t l = 0; l < col.levels.size(); ++l)
        s.levelCounts[col.levels[l]] = counts[l];
    return s;
}

namespace {

// Per-row level index for a cross-tabulation (-1 missing), and the level names.
Result<std::pair<std::vector<std::int32_t>, std::vector<std::string>>>
tabulationCodes(const Column &c)
{
    if (c.kind == ColumnKind::Categorical)
        return std::pair(c.codes, c.levels);
    std::vector<std::int32_t> codes(c.numeric.size());
    for (std::size_t r = 0; r < c.numeric.size(); ++r) {
        const double v = c.numeric[r];
        if (std::isnan(v))
            codes[r] = -1;
        else if (v == 0.0 || v == 1.0)
            codes[r] = static_cast<std::int32_t>(v);
        else
            return makeError(ErrorCode::WrongColumnType,
                             "The variable '" + c.name
                                 + "' is numeric and not 0/1: cross-tabulate categorical or "
                                   "binary variables only.",
                             { c.name });
    }
    return std::pair(std::move(codes), std::vector<std::string> { "0", "1" });
}

} // namespace

Result<TwoWayTable> crossTabulate(const DataTable &table, const std::string &rowVariable,
                                  const std::string &columnVariable,
                                  const std::vector<std::uint8_t> *rowMask)
{
    auto rc = findColumn(table, rowVariable, rowMask);
    if (!rc)
        return rc.error();
    auto cc = findColumn(table, columnVariable, rowMask);
    if (!cc)
        return cc.error();
    auto rcodes = tabulationCodes(**rc);
    if (!rcodes)
        return rcodes.error();
    auto ccodes = tabulationCodes(**cc);
    if (!ccodes)
        return ccodes.error();
    // Report levels sorted, so tables from different sites line up by name.
    auto sortedOrder = [](const std::vector<std::string> &levels) {
        std::vector<std::string> sorted = levels;
        std::sort(sorted.begin(), sorted.end());
        std::vector<std::size_t> position(levels.size());
        for (std::size_t i = 0; i < levels.size(); ++i)
            position[i] = static_cast<std::size_t>(
                std::lower_bound(sorted.begin(), sorted.end(), levels[i]) - sorted.begin());
        return std::pair(sorted, position);
    };
    auto [rl, rpos] = sortedOrder(rcodes->second);
    auto [cl, cpos] = sortedOrder(ccodes->second);
    TwoWayTable t;
    t.rowVariable = rowVariable;
    t.columnVariable = columnVariable;
    t.counts.assign(rl.size() * cl.size(), 0.0);
    for (std::size_t r = 0; r < table.rows(); ++r) {
        if (!included(rowMask, r))
            continue;
        const std::int32_t a = rcodes->first[r];
        const std::int32_t b = ccodes->first[r];
        if (a < 0 || b < 0) {
            t.missing += 1;
            continue;
        }
        t.counts[rpos[static_cast<std::size_t>(a)] * cl.size() + cpos[static_cast<std::size_t>(b)]]
            += 1;
    }
    t.rowLevels = std::move(rl);
    t.columnLevels = std::move(cl);
    return t;
}

} // namespace fairstart::analysis

// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/analysis/datatable.h"

#include <Eigen/Core>

#include <algorithm>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#include <set>

namespace fairstart::analysis {

namespace {

// Whether any of n doubles is NaN: SSE2 packets of two, four of them per step, no branch per value
// (issue 16: Eigen's hasNaN compared one value at a time and cost what the pass it saves costs).
bool anyNaN(const double *x, std::size_t n)
{
    std::size_t i = 0;
#ifdef __SSE2__
    __m128d a = _mm_setzero_pd(), b = a, c = a, d = a;
    for (; i + 8 <= n; i += 8) {
        const __m128d x0 = _mm_loadu_pd(x + i), x1 = _mm_loadu_pd(x + i + 2);
        const __m128d x2 = _mm_loadu_pd(x + i + 4), x3 = _mm_loadu_pd(x + i + 6);
        a = _mm_or_pd(a, _mm_cmpunord_pd(x0, x0));
        b = _mm_or_pd(b, _mm_cmpunord_pd(x1, x1));
        c = _mm_or_pd(c, _mm_cmpunord_pd(x2, x2));
        d = _mm_or_pd(d, _mm_cmpunord_pd(x3, x3));
    }
    if (_mm_movemask_pd(_mm_or_pd(_mm_or_pd(a, b), _mm_or_pd(c, d))) != 0)
        return true;
#endif
    bool any = false;
    for (; i < n; ++i)
        any |= x[i] != x[i];
    return any;
}

} // namespace

bool Column::anyMissing() const
{
    if (kind == ColumnKind::Numeric)
        return anyNaN(numeric.data(), numeric.size());
    return !codes.empty()
        && Eigen::Map<const Eigen::Array<std::int32_t, Eigen::Dynamic, 1>>(
               codes.data(), Eigen::Index(codes.size()))
               .minCoeff()
        < 0;
}

Result<void> DataTable::add(Column column)
{
    if (column.name.empty())
        return makeError(ErrorCode::InvalidArgument, "A column has no name: name every column.");
    if (m_index.count(column.name))
        return makeError(ErrorCode::InvalidArgument,
                         "The column '" + column.name + "' exists already: names must be unique.");
    if (!m_columns.empty() && column.size() != m_rows)
        return makeError(ErrorCode::InvalidArgument,
                         "The column '" + column.name + "' has " + std::to_string(column.size())
                             + " rows, the table " + std::to_string(m_rows)
                             + ": all columns need the same number of rows.");
    if (column.kind == ColumnKind::Categorical) {
        std::set<std::string> unique(column.levels.begin(), column.levels.end());
        if (unique.size() != column.levels.size())
            return makeError(ErrorCode::InvalidArgument,
                             "The column '" + column.name + "' lists a level twice.");
        const auto levelCount = static_cast<std::int32_t>(column.levels.size());
        for (std::int32_t code : column.codes) {
            if (code < -1 || code >= levelCount)
                return makeError(ErrorCode::InvalidArgument,
                                 "The column '" + column.name
                                     + "' has a code outside its list of levels.");
        }
    }
    if (m_columns.empty())
        m_rows = column.size();
    m_index.emplace(column.name, m_columns.size());
    m_columns.push_back(std::move(column));
    return {};
}

Result<void> DataTable::addNumeric(std::string name, std::vector<double> values)
{
    Column c;
    c.name = std::move(name);
    c.kind = ColumnKind::Numeric;
    c.numeric = std::move(values);
    return add(std::move(c));
}

Result<void> DataTable::addCategorical(std::string name, std::vector<std::int32_t> codes,
                                       std::vector<std::string> levels)
{
    Column c;
    c.name = std::move(name);
    c.kind = ColumnKind::Categorical;
    c.codes = std::move(codes);
    c.levels = std::move(levels);
    return add(std::move(c));
}

Result<void> DataTable::addText(std::string name, const std::vector<std::string> &values)
{
    std::set<std::string> distinct;
    for (const std::string &v : values) {
        if (!v.empty())
            distinct.insert(v);
    }
    std::vector<std::string> levels(distinct.begin(), distinct.end());
    std::vector<std::int32_t> codes;
    codes.reserve(values.size());
    for (const std::string &v : values) {
        if (v.empty()) {
            codes.push_back(-1);
        } else {
            auto it = std::lower_bound(levels.begin(), levels.end(), v);
            codes.push_back(static_cast<std::int32_t>(it - levels.begin()));
        }
    }
    return addCategorical(std::move(name), std::move(codes), std::move(levels));
}

const Column *DataTable::column(const std::string &name) const
{
    auto it = m_index.find(name);
    return it == m_index.end() ? nullptr : &m_columns[it->second];
}

std::vector<std::string> DataTable::columnNames() const
{
    std::vector<std::string> names;
    for (const Column &c : m_columns)
        names.push_back(c.name);
    return names;
}

} // namespace fairstart::analysis

// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/analysis/datatable.h"

#include <algorithm>
#include <set>

namespace fairstart::analysis {

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

// SPDX-License-Identifier: GPL-3.0-or-later
// A node's in-memory dataset: named columns, column-major, numeric or categorical.
#pragma once

#include "fairstart/analysis/result.h"

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace fairstart::analysis {

enum class ColumnKind { Numeric, Categorical };

struct Column {
    std::string name;
    ColumnKind kind = ColumnKind::Numeric;
    std::vector<double> numeric; // Numeric: NaN = missing
    std::vector<std::int32_t> codes; // Categorical: index into levels, -1 = missing
    std::vector<std::string> levels; // Categorical: the level names (any order, no duplicates)

    std::size_t size() const { return kind == ColumnKind::Numeric ? numeric.size() : codes.size(); }
    bool isMissing(std::size_t row) const
    {
        return kind == ColumnKind::Numeric ? numeric[row] != numeric[row] : codes[row] < 0;
    }
    // Whether any row is missing: a reduction without a branch per value (issue 16: a design's
    // columns are complete more often than not, and the cohort's pass over a complete column is
    // skipped).
    bool anyMissing() const;
};

class DataTable {
public:
    DataTable() = default;

    // Adding checks the column against the table (same number of rows, unique name, valid codes,
    // unique levels); the vectors are moved in, so building from a store copies nothing twice.
    Result<void> addNumeric(std::string name, std::vector<double> values);
    Result<void> addCategorical(std::string name, std::vector<std::int32_t> codes,
                                std::vector<std::string> levels);
    // Convenience for tests and small tables: text values, "" = missing; levels are the sorted
    // distinct values.
    Result<void> addText(std::string name, const std::vector<std::string> &values);

    std::size_t rows() const { return m_rows; }
    std::size_t columnCount() const { return m_columns.size(); }
    bool hasColumn(const std::string &name) const { return m_index.count(name) != 0; }
    // nullptr when there is no such column.
    const Column *column(const std::string &name) const;
    const std::vector<Column> &columns() const { return m_columns; }
    std::vector<std::string> columnNames() const;

private:
    Result<void> add(Column column);

    std::size_t m_rows = 0;
    std::vector<Column> m_columns;
    std::map<std::string, std::size_t> m_index;
};

} // namespace fairstart::analysis

// SPDX-License-Identifier: GPL-3.0-or-later
// How a design matrix keeps its outcome and its table rows (issue 16: a node keeps every cached
// design at rest, and these were 16 bytes a record beside X's 8 a column). Both read back exactly
// the values they were given; only the storage is compact.
#pragma once

#include <Eigen/Dense>

#include <cstddef>
#include <cstdint>
#include <vector>

namespace fairstart::analysis {

// A design's response y: one bit a record when every value is +0.0 or 1.0 (a binomial outcome,
// or a threshold's), else the doubles. Reads give the same doubles either way.
class Response {
public:
    Response() = default;
    Response(Eigen::VectorXd values) { assign(std::move(values)); } // NOLINT: implicit on purpose
    template<typename Derived> Response &operator=(const Eigen::MatrixBase<Derived> &values)
    {
        assign(Eigen::VectorXd(values));
        return *this;
    }
    Response &operator=(Eigen::VectorXd values)
    {
        assign(std::move(values));
        return *this;
    }
    void assign(Eigen::VectorXd values);
    // The values kept as doubles whatever they are (the tests compare both forms).
    void assignDoubles(Eigen::VectorXd values);

    Eigen::Index size() const { return m_size; }
    // Every value is 0 or 1, kept as bits (bits() then holds them, doubles() is null).
    bool binary() const { return m_binary; }
    double operator[](Eigen::Index i) const
    {
        return m_binary ? double((m_bits[std::size_t(i) >> 6] >> (std::size_t(i) & 63)) & 1u)
                        : m_values[i];
    }
    double operator()(Eigen::Index i) const { return (*this)[i]; }

    // Writing one value (tests and hand-made designs; buildDesign assigns the whole vector): a
    // value other than +0.0 and 1.0 turns bits into doubles.
    class Ref {
    public:
        Ref(Response &response, Eigen::Index i)
            : m_response(response)
            , m_i(i)
        {
        }
        Ref(const Ref &) = default;
        Ref &operator=(double v)
        {
            m_response.set(m_i, v);
            return *this;
        }
        Ref &operator=(const Ref &other) { return *this = double(other); }
        operator double() const { return static_cast<const Response &>(m_response)[m_i]; }

    private:
        Response &m_response;
        Eigen::Index m_i;
    };
    Ref operator[](Eigen::Index i) { return Ref(*this, i); }
    Ref operator()(Eigen::Index i) { return Ref(*this, i); }
    void set(Eigen::Index i, double v);
    // n values, all 0 (kept as bits until a value other than 0 and 1 is set).
    void resize(Eigen::Index n);
    void setZero() { resize(m_size); }
    // The sum of the values: the number of ones for bits (the doubles' own sum gives the same
    // integer), Eigen's sum of the doubles otherwise.
    double sum() const;
    // The values as doubles (a copy when they are kept as bits).
    Eigen::VectorXd values() const;
    // Row i's value is bit (i % 64) of word i / 64; null unless binary().
    const std::uint64_t *bits() const { return m_binary ? m_bits.data() : nullptr; }
    // The doubles; null when binary().
    const double *doubles() const { return m_binary ? nullptr : m_values.data(); }
    std::size_t bytes() const
    {
        return m_bits.size() * sizeof(std::uint64_t)
            + std::size_t(m_values.size()) * sizeof(double);
    }
    bool operator==(const Response &other) const;

private:
    Eigen::Index m_size = 0;
    bool m_binary = false;
    std::vector<std::uint64_t> m_bits;
    Eigen::VectorXd m_values;
};

// The table rows behind a design's rows, in the design's order (ascending for a design from
// buildDesign). Kept as a bitmap over the table's rows up to the last one when they ascend
// strictly and that is the smaller (a cohort of most of the table: 1/8 byte a record), else as
// 4-byte row ids (8-byte ones only for a row beyond 2³² - 1). The ledger reads them as
// toVector(), made for the check and freed after it.
class RowIds {
public:
    RowIds() = default;
    RowIds(const std::vector<std::int64_t> &rows) { assign(rows); } // NOLINT: implicit on purpose
    RowIds &operator=(const std::vector<std::int64_t> &rows)
    {
        assign(rows);
        return *this;
    }
    void assign(const std::vector<std::int64_t> &rows);

    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    // Whether the rows ascend strictly (always true of the bitmap).
    bool ascending() const;
    std::vector<std::int64_t> toVector() const;
    // f(row) for every row, in order.
    template<typename F> void forEach(F &&f) const
    {
        if (!m_bitmap.empty()) {
            for (std::size_t w = 0; w < m_bitmap.size(); ++w) {
                for (std::uint64_t word = m_bitmap[w]; word != 0; word &= word - 1)
                    f(std::int64_t(w * 64 + std::size_t(__builtin_ctzll(word))));
            }
        } else if (!m_narrow.empty()) {
            for (std::uint32_t r : m_narrow)
                f(std::int64_t(r));
        } else {
            for (std::int64_t r : m_wide)
                f(r);
        }
    }
    std::size_t bytes() const
    {
        return m_bitmap.size() * sizeof(std::uint64_t) + m_narrow.size() * sizeof(std::uint32_t)
            + m_wide.size() * sizeof(std::int64_t);
    }
    // The bitmap's words (row r is bit r % 64 of word r / 64; rows beyond the last word are not
    // among them); empty unless form() is 'b'. A design's lattice cells find a table row's design
    // row as the rank of its bit (issue 16, site-node release/latticecolumns.h).
    const std::vector<std::uint64_t> &bitmap() const { return m_bitmap; }
    // Which form holds the rows (tests): 'b'itmap, 'n'arrow (4 bytes), 'w'ide (8), or 0 for none.
    char form() const
    {
        return !m_bitmap.empty() ? 'b' : !m_narrow.empty() ? 'n' : !m_wide.empty() ? 'w' : 0;
    }
    bool operator==(const RowIds &other) const { return toVector() == other.toVector(); }
    bool operator==(const std::vector<std::int64_t> &other) const { return toVector() == other; }

private:
    std::size_t m_size = 0;
    std::vector<std::uint64_t> m_bitmap;
    std::vector<std::uint32_t> m_narrow;
    std::vector<std::int64_t> m_wide;
};

} // namespace fairstart::analysis

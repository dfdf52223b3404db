// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/analysis/designstorage.h"

#include <bit>
#include <limits>

namespace fairstart::analysis {

void Response::assign(Eigen::VectorXd values)
{
    m_size = values.size();
    m_bits.clear();
    m_bits.shrink_to_fit();
    // +0.0 and 1.0 exactly: -0.0 and anything else keep the doubles, so every read gives the very
    // bits it was given.
    bool binary = m_size > 0;
    for (Eigen::Index i = 0; i < m_size && binary; ++i)
        binary = std::bit_cast<std::uint64_t>(values[i]) == 0 || values[i] == 1.0;
    m_binary = binary;
    if (!binary) {
        m_values = std::move(values);
        return;
    }
    m_bits.assign((std::size_t(m_size) + 63) / 64, 0);
    for (Eigen::Index i = 0; i < m_size; ++i) {
        if (values[i] == 1.0)
            m_bits[std::size_t(i) >> 6] |= std::uint64_t(1) << (std::size_t(i) & 63);
    }
    m_values = Eigen::VectorXd();
}

void Response::assignDoubles(Eigen::VectorXd values)
{
    m_size = values.size();
    m_binary = false;
    m_bits = {};
    m_values = std::move(values);
}

void Response::set(Eigen::Index i, double v)
{
    if (!m_binary) {
        m_values[i] = v;
        return;
    }
    const bool one = v == 1.0;
    if (!one && std::bit_cast<std::uint64_t>(v) != 0) {
        Eigen::VectorXd doubles = values();
        doubles[i] = v;
        assignDoubles(std::move(doubles));
        return;
    }
    const std::uint64_t bit = std::uint64_t(1) << (std::size_t(i) & 63);
    if (one)
        m_bits[std::size_t(i) >> 6] |= bit;
    else
        m_bits[std::size_t(i) >> 6] &= ~bit;
}

void Response::resize(Eigen::Index n)
{
    m_size = n;
    m_binary = n > 0;
    m_bits.assign((std::size_t(n) + 63) / 64, 0);
    m_values = Eigen::VectorXd();
}

double Response::sum() const
{
    if (!m_binary)
        return m_values.sum();
    std::int64_t ones = 0;
    for (std::uint64_t w : m_bits)
        ones += std::popcount(w);
    return double(ones);
}

Eigen::VectorXd Response::values() const
{
    if (!m_binary)
        return m_values;
    Eigen::VectorXd out(m_size);
    for (Eigen::Index i = 0; i < m_size; ++i)
        out[i] = (*this)[i];
    return out;
}

bool Response::operator==(const Response &other) const
{
    if (m_size != other.m_size)
        return false;
    if (m_binary && other.m_binary)
        return m_bits == other.m_bits;
    for (Eigen::Index i = 0; i < m_size; ++i) {
        if (std::bit_cast<std::uint64_t>((*this)[i]) != std::bit_cast<std::uint64_t>(other[i]))
            return false;
    }
    return true;
}

void RowIds::assign(const std::vector<std::int64_t> &rows)
{
    m_size = rows.size();
    m_bitmap = {};
    m_narrow = {};
    m_wide = {};
    if (rows.empty())
        return;
    bool ascending = rows.front() >= 0;
    bool narrow = true;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (i > 0 && rows[i] <= rows[i - 1])
            ascending = false;
        if (rows[i] < 0 || rows[i] > std::int64_t(std::numeric_limits<std::uint32_t>::max()))
            narrow = false;
    }
    const std::size_t bitmapBytes
        = ascending ? (std::size_t(rows.back()) / 64 + 1) * sizeof(std::uint64_t) : 0;
    const std::size_t listBytes
        = rows.size() * (narrow ? sizeof(std::uint32_t) : sizeof(std::int64_t));
    if (ascending && bitmapBytes < listBytes) {
        m_bitmap.assign(std::size_t(rows.back()) / 64 + 1, 0);
        for (std::int64_t r : rows)
            m_bitmap[std::size_t(r) >> 6] |= std::uint64_t(1) << (std::size_t(r) & 63);
    } else if (narrow) {
        m_narrow.assign(rows.begin(), rows.end());
    } else {
        m_wide = rows;
    }
}

bool RowIds::ascending() const
{
    if (!m_bitmap.empty())
        return true;
    std::int64_t last = -1;
    bool first = true;
    bool ok = true;
    forEach([&](std::int64_t r) {
        if (!first && r <= last)
            ok = false;
        first = false;
        last = r;
    });
    return ok;
}

std::vector<std::int64_t> RowIds::toVector() const
{
    std::vector<std::int64_t> out;
    out.reserve(m_size);
    forEach([&](std::int64_t r) { out.push_back(r); });
    return out;
}

} // namespace fairstart::analysis

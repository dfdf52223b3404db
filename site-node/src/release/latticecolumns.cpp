// SPDX-License-Identifier: GPL-3.0-or-later
#include "latticecolumns.h"

#include "fairstart/analysis/lattice.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <optional>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#include <type_traits>
#include <unordered_map>

namespace fairstart::node {

std::shared_ptr<const LatticeColumn> LatticeColumn::encode(const analysis::Column &column,
                                                           double step)
{
    if (column.kind != analysis::ColumnKind::Numeric || !(step > 0) || !std::isfinite(step))
        return nullptr;
    const analysis::LatticeScale scale(step);
    constexpr std::int64_t limit = (std::int64_t(1) << 31) - 2;
    const std::size_t n = column.numeric.size();
    std::vector<std::int32_t> cells(n);
    // First pass: floor(v / step) of every finite value, where LatticeScale::cell starts (its
    // cell is one of floor - 1, floor, floor + 1), and their range. A floor beyond ±(limit + 1)
    // gives a cell beyond ±limit.
    std::int64_t floorLow = limit, floorHigh = -limit;
    bool any = false;
    for (std::size_t i = 0; i < n; ++i) {
        const double v = column.numeric[i];
        if (column.isMissing(i) || !std::isfinite(v)) {
            cells[i] = kWideMissing;
            continue;
        }
        // LatticeScale::cell converts v / step to a whole number: only where it fits.
        const double q = v / step;
        if (!(std::abs(q) < 4e18))
            return nullptr;
        const auto k = (long long)std::floor(q);
        if (k < -limit - 1 || k > limit + 1)
            return nullptr;
        cells[i] = std::int32_t(k);
        floorLow = std::min<std::int64_t>(floorLow, k);
        floorHigh = std::max<std::int64_t>(floorHigh, k);
        any = true;
    }
    // The lattice points floor - 1 ... floor + 2 of the values, each computed once
    // (LatticeScale::point is a function of the index alone: the same numbers as calling it per
    // value, a few times each, as cell() and the check below do), when there are not more of
    // them than values.
    std::vector<double> points;
    const std::int64_t first = floorLow - 1;
    if (any && std::uint64_t(floorHigh - floorLow) + 4 <= std::uint64_t(n) + 1024) {
        points.resize(std::size_t(floorHigh - floorLow) + 4);
        for (std::size_t j = 0; j < points.size(); ++j)
            points[j] = scale.point(first + std::int64_t(j));
    }
    auto encodeAll = [&](auto point) {
        std::int64_t low = limit, high = -limit;
        for (std::size_t i = 0; i < n; ++i) {
            if (cells[i] == kWideMissing)
                continue;
            const double v = column.numeric[i];
            // LatticeScale::cell(v), from its floor.
            std::int64_t c = cells[i];
            if (point(c + 1) <= v)
                ++c;
            else if (point(c) > v)
                --c;
            if (c < -limit || c > limit || !(point(c) <= v) || !(v < point(c + 1)))
                return false;
            cells[i] = std::int32_t(c);
            low = std::min(low, c);
            high = std::max(high, c);
        }
        floorLow = low;
        floorHigh = high;
        return true;
    };
    const bool encoded = points.empty()
        ? encodeAll([&scale](std::int64_t c) { return scale.point(c); })
        : encodeAll(
            [p = points.data(), first](std::int64_t c) { return p[std::size_t(c - first)]; });
    if (!encoded)
        return nullptr;
    const std::int64_t low = floorLow, high = floorHigh;
    std::shared_ptr<LatticeColumn> out(new LatticeColumn);
    out->m_step = step;
    if (!any || high - low < std::int64_t(kByteMissing)) {
        out->m_base = any ? low : 0;
        out->m_byte.resize(n);
        for (std::size_t i = 0; i < n; ++i) {
            out->m_byte[i]
                = cells[i] == kWideMissing ? kByteMissing : std::uint8_t(cells[i] - out->m_base);
        }
    } else if (high - low < std::int64_t(kNarrowMissing)) {
        out->m_base = low;
        out->m_narrow.resize(n);
        for (std::size_t i = 0; i < n; ++i) {
            out->m_narrow[i]
                = cells[i] == kWideMissing ? kNarrowMissing : std::uint16_t(cells[i] - out->m_base);
        }
    } else {
        out->m_wide = std::move(cells);
    }
    return out;
}

namespace {

// Whether all of x[0, n) are finite (n > 0), and then their least and greatest: SSE2 packets, four
// of them per step, no chain through memory (issue 16, cold3: the scalar loop kept its maximum on
// the stack, one store and load per value).
bool finiteRange(const double *x, std::size_t n, double *low, double *high)
{
    std::size_t i = 0;
    double lowest = x[0], highest = x[0], zero = 0;
#ifdef __SSE2__
    if (n >= 8) {
        __m128d l0 = _mm_loadu_pd(x), l1 = l0, h0 = l0, h1 = l0;
        __m128d z0 = _mm_setzero_pd(), z1 = z0;
        for (; i + 4 <= n; i += 4) {
            const __m128d a = _mm_loadu_pd(x + i), b = _mm_loadu_pd(x + i + 2);
            // v - v is 0 for a finite v, NaN for NaN and ±inf; a sum of them stays 0 unless
            // one is NaN.
            z0 = _mm_add_pd(z0, _mm_sub_pd(a, a));
            z1 = _mm_add_pd(z1, _mm_sub_pd(b, b));
            l0 = _mm_min_pd(l0, a);
            l1 = _mm_min_pd(l1, b);
            h0 = _mm_max_pd(h0, a);
            h1 = _mm_max_pd(h1, b);
        }
        alignas(16) double l[2], h[2], z[2];
        _mm_store_pd(l, _mm_min_pd(l0, l1));
        _mm_store_pd(h, _mm_max_pd(h0, h1));
        _mm_store_pd(z, _mm_add_pd(z0, z1));
        lowest = std::min(l[0], l[1]);
        highest = std::max(h[0], h[1]);
        zero = z[0] + z[1];
    }
#endif
    for (; i < n; ++i) {
        const double v = x[i];
        zero += v - v;
        lowest = v < lowest ? v : lowest;
        highest = v > highest ? v : highest;
    }
    *low = lowest;
    *high = highest;
    return zero == 0;
}

// Whether each design row's value in X (x[i] for the i-th set bit of `bits`) is bit for bit the
// table's value of its row, and all are finite (n > 0); then their least and greatest (issue 16,
// cold3). The comparison in integers (a word of design rows only as one run of 64 values), no
// floating-point chain per value; the range then over X's column in SSE2 packets (finiteRange,
// which checks every value finite again).
bool sameFiniteRange(const double *x, const double *table, const std::vector<std::uint64_t> &bits,
                     std::size_t n, double *low, double *high)
{
    std::uint64_t differ = 0;
    std::size_t i = 0;
    for (std::size_t w = 0; w < bits.size(); ++w) {
        const std::uint64_t word = bits[w];
        if (word == ~std::uint64_t(0) && i + 64 <= n) {
            const double *from = table + w * 64;
            for (std::size_t k = 0; k < 64; ++k)
                differ |= std::bit_cast<std::uint64_t>(x[i + k])
                    ^ std::bit_cast<std::uint64_t>(from[k]);
            i += 64;
            continue;
        }
        for (std::uint64_t rest = word; rest != 0 && i < n; rest &= rest - 1) {
            const std::size_t row = w * 64 + std::size_t(__builtin_ctzll(rest));
            differ
                |= std::bit_cast<std::uint64_t>(x[i++]) ^ std::bit_cast<std::uint64_t>(table[row]);
        }
    }
    return differ == 0 && i == n && finiteRange(x, n, low, high);
}

} // namespace

// cellOf with the fields in locals (a store of a byte code may alias them otherwise) and the
// points table where it holds both points.
template<typename F> void LatticeColumn::withCellOf(F &&f) const
{
    const double step = m_step;
    const double *points = m_points.data();
    const std::uint64_t count = m_points.size();
    const std::int64_t firstPoint = m_pointFirst;
    f([this, step, points, count, firstPoint](double v) {
        const double q = v / step;
        std::int64_t c = std::int64_t(q);
        c -= double(c) > q ? 1 : 0;
        const std::uint64_t k = std::uint64_t(c - firstPoint);
        if (k + 1 < count)
            return c + std::int64_t(points[k + 1] <= v) - std::int64_t(points[k] > v);
        return cellOf(v);
    });
}

std::shared_ptr<const LatticeColumn>
LatticeColumn::derive(const LatticeColumn &cells,
                      std::shared_ptr<const analysis::DesignMatrix> design, Eigen::Index column,
                      const analysis::Column *values, std::shared_ptr<const LatticeColumn> hold)
{
    if (!design || cells.m_x || column < 0 || column >= design->p() || design->rows.form() != 'b'
        || std::size_t(design->n()) != design->rows.size()
        || std::uint64_t(design->n()) >= (std::uint64_t(1) << 32))
        return nullptr;
    const std::vector<std::uint64_t> &bits = design->rows.bitmap();
    const std::size_t rows = cells.size();
    const auto n = std::size_t(design->n());
    if (bits.empty() || bits.back() == 0 || n > rows
        || (bits.size() - 1) * 64 + std::size_t(63 - __builtin_clzll(bits.back())) >= rows)
        return nullptr; // a design row beyond the table
    std::shared_ptr<LatticeColumn> out(new LatticeColumn);
    out->m_step = cells.m_step;
    out->m_base = cells.m_base;
    out->m_scale = analysis::LatticeScale(cells.m_step);
    out->m_bits = bits.data();
    out->m_words = bits.size();
    out->m_rows = rows;
    out->m_form = !cells.m_wide.empty() ? 'w' : !cells.m_narrow.empty() ? 'n' : 'b';
    out->m_rank.resize(bits.size() + 1);
    std::uint32_t before = 0;
    for (std::size_t w = 0; w < bits.size(); ++w) {
        out->m_rank[w] = before;
        before += std::uint32_t(__builtin_popcountll(bits[w]));
    }
    out->m_rank[bits.size()] = before;
    if (before != n)
        return nullptr;
    // The range of the design's values in X (each finite), and so of their cells (the cell is
    // monotone in the value): the lattice points they need. Every design row is checked below.
    const double *x = design->X.col(column).data();
    if (n == 0)
        return nullptr;
    double lowest = x[0], highest = x[0];
    // With the values the cells were encoded from: each design row's value in X bit for bit the
    // table's, in the same pass.
    const bool fromValues
        = values && values->kind == analysis::ColumnKind::Numeric && values->numeric.size() == rows;
    const bool finite = fromValues
        ? sameFiniteRange(x, values->numeric.data(), bits, n, &lowest, &highest)
        : finiteRange(x, n, &lowest, &highest);
    if (!finite || !(std::abs(lowest / out->m_step) < 4e18)
        || !(std::abs(highest / out->m_step) < 4e18))
        return nullptr;
    out->m_x = x;
    const std::int64_t low = out->cellOf(lowest), high = out->cellOf(highest);
    // The points in a table where it is small beside the codes (an eighth of their bytes).
    if (high >= low && (std::uint64_t(high - low) + 4) * sizeof(double) <= cells.bytes() / 8) {
        out->m_pointFirst = low - 1;
        out->m_points.resize(std::size_t(high - low) + 4);
        for (std::size_t k = 0; k < out->m_points.size(); ++k)
            out->m_points[k] = out->m_scale.point(out->m_pointFirst + std::int64_t(k));
    }
    // Every design row: its value in X gives its encoded cell. With the values: checked above
    // (sameFiniteRange: equal values, each finite); encode placed each (a finite value is never
    // its missing mark, and encode places every finite value or refuses the column) by the same
    // operations cellOf makes on the same lattice points.
    // With the values, a design row of every 64 words is still checked by its cell (a caller
    // handing values the cells were not encoded from is found out, not trusted).
    bool same = true;
    const std::size_t every = fromValues ? 64 : 1;
    out->withCellOf([&](auto cell) {
        cells.withParts([&](auto part) {
            for (std::size_t w = 0; w < bits.size() && same; w += every) {
                std::size_t i = out->m_rank[w];
                for (std::uint64_t word = bits[w]; word != 0; word &= word - 1) {
                    const std::size_t row = w * 64 + std::size_t(__builtin_ctzll(word));
                    same = same && cell(x[i++]) == part(row);
                }
            }
        });
    });
    if (!same)
        return nullptr;
    // The other rows' codes, in table order.
    auto outside = [&](const auto &codes, auto &kept) {
        kept.reserve(rows - n);
        for (std::size_t w = 0; w * 64 < rows; ++w) {
            // A word of design rows only has none (issue 16, cold3: no test per row there).
            const std::uint64_t word = w < bits.size() ? bits[w] : 0;
            if (word == ~std::uint64_t(0))
                continue;
            const std::size_t end = std::min(rows, w * 64 + 64);
            const std::uint64_t valid
                = end - w * 64 == 64 ? ~std::uint64_t(0) : (std::uint64_t(1) << (end - w * 64)) - 1;
            for (std::uint64_t rest = ~word & valid; rest != 0; rest &= rest - 1)
                kept.push_back(codes[w * 64 + std::size_t(__builtin_ctzll(rest))]);
        }
    };
    if (out->m_form == 'w')
        outside(cells.m_wide, out->m_wide);
    else if (out->m_form == 'n')
        outside(cells.m_narrow, out->m_narrow);
    else
        outside(cells.m_byte, out->m_byte);
    out->m_design = std::move(design);
    if (out->bytes() >= cells.bytes())
        return nullptr;
    // The very cells checked above, kept for the first expansion (never another object: the
    // check is what makes them this column's cells).
    if (hold && hold.get() == &cells) {
        out->m_held = std::make_shared<Held>();
        out->m_held->cells = std::move(hold);
    }
    return out;
}

bool LatticeColumn::holdsCells() const
{
    if (!m_held)
        return false;
    std::lock_guard lock(m_held->mutex);
    return m_held->cells != nullptr;
}

std::int64_t LatticeColumn::outsideCode(std::size_t at) const
{
    if (m_form == 'w') {
        const std::int32_t c = m_wide[at];
        return c == kWideMissing ? kMissing : c;
    }
    if (m_form == 'n') {
        const std::uint16_t c = m_narrow[at];
        return c == kNarrowMissing ? kMissing : m_base + c;
    }
    const std::uint8_t c = m_byte[at];
    return c == kByteMissing ? kMissing : m_base + c;
}

std::int64_t LatticeColumn::derivedPart(std::size_t row) const
{
    const std::size_t w = row / 64;
    if (w >= m_words)
        return outsideCode(row - m_rank[m_words]);
    const std::uint64_t word = m_bits[w];
    const std::uint64_t below = word & ((std::uint64_t(1) << (row % 64)) - 1);
    const std::size_t rank = m_rank[w] + std::size_t(__builtin_popcountll(below));
    if (word >> (row % 64) & 1)
        return cellOf(m_x[rank]);
    return outsideCode(row - rank);
}

std::shared_ptr<const LatticeColumn> LatticeColumn::expanded() const
{
    if (m_held) {
        // The cells derive checked, handed out once: every row's cell as computed below would
        // give it (a design row's value in X is its table value, from which they were encoded).
        std::shared_ptr<const LatticeColumn> cells;
        {
            std::lock_guard lock(m_held->mutex);
            cells = std::move(m_held->cells);
            m_held->cells = nullptr;
        }
        if (cells)
            return cells;
    }
    std::shared_ptr<LatticeColumn> out(new LatticeColumn);
    if (!m_x) {
        *out = *this;
        out->m_held = nullptr;
        return out;
    }
    out->m_step = m_step;
    out->m_base = m_base;
    // Row by row in table order: a design row's cell from X (its code in the column's width, as
    // derive checked it fits), another row's code as kept; a word of design rows only in one
    // loop.
    const double *x = m_x;
    const std::uint64_t *bits = m_bits;
    const std::size_t words = m_words, rows = m_rows;
    auto fill = [&](const auto &kept, auto &codes, auto code) {
        codes.resize(rows);
        auto *out = codes.data();
        withCellOf([&](auto cell) {
            std::size_t i = 0, o = 0;
            for (std::size_t w = 0; w * 64 < rows; ++w) {
                const std::uint64_t word = w < words ? bits[w] : 0;
                const std::size_t start = w * 64, end = std::min(rows, start + 64);
                if (word == ~std::uint64_t(0) && end == start + 64) {
                    for (std::size_t r = start; r < end; ++r)
                        out[r] = code(cell(x[i++]));
                    continue;
                }
                // A word with rows outside the design (most words, where 1-5 % of the records
                // are outside at random): its design rows, then its other rows, each by their
                // bits (issue 16, cold3: a test per row mispredicted and kept the loop's
                // pointers on the stack). Bits beyond the table's last row are never set.
                const std::uint64_t valid = end - start == 64
                    ? ~std::uint64_t(0)
                    : (std::uint64_t(1) << (end - start)) - 1;
                for (std::uint64_t rest = word & valid; rest != 0; rest &= rest - 1)
                    out[start + std::size_t(__builtin_ctzll(rest))] = code(cell(x[i++]));
                for (std::uint64_t rest = ~word & valid; rest != 0; rest &= rest - 1)
                    out[start + std::size_t(__builtin_ctzll(rest))] = kept[o++];
            }
        });
    };
    const std::int64_t base = m_base;
    if (m_form == 'w')
        fill(m_wide, out->m_wide, [](std::int64_t c) { return std::int32_t(c); });
    else if (m_form == 'n')
        fill(m_narrow, out->m_narrow, [base](std::int64_t c) { return std::uint16_t(c - base); });
    else
        fill(m_byte, out->m_byte, [base](std::int64_t c) { return std::uint8_t(c - base); });
    return out;
}

std::size_t LatticePartitions::bytes() const
{
    return table.size() * sizeof(std::int32_t)
        + (perRecord.size() + binBlockOf.size()) * sizeof(std::uint32_t)
        + (cellSize.size() + binSize.size()) * sizeof(std::int64_t);
}

EvaluatedAtoms::EvaluatedAtoms(const std::vector<std::int64_t> &rows,
                               const std::vector<std::uint32_t> &atomOf, std::size_t atoms)
    : index(atoms, -1)
{
    for (std::int64_t row : rows) {
        const std::uint32_t a = atomOf[std::size_t(row)];
        if (a >= index.size())
            index.resize(std::size_t(a) + 1, -1);
        if (index[a] < 0)
            index[a] = std::int32_t(count++);
    }
}

namespace {

// One block family's blocks (atom × part): numbered by their first evaluated record, sized over
// the whole table — dropEdgesNearLattice's addFamily, with the atoms indexed among the
// evaluated ones.
struct Blocks {
    bool dense = true;
    std::int64_t low = 0;
    std::uint64_t span = 0;
    std::vector<std::int32_t> table;
    std::vector<std::uint32_t> perRecord;
    std::vector<std::int64_t> size;
};

template<typename Part>
Blocks buildBlocks(const std::vector<std::int64_t> &rows, const std::vector<std::uint32_t> &atomOf,
                   const EvaluatedAtoms &atoms, Part part)
{
    Blocks b;
    const std::size_t n = rows.size();
    std::int64_t low = 0, high = 0;
    if (n > 0)
        low = high = part(std::size_t(rows.front()));
    for (std::int64_t row : rows) {
        const std::int64_t p = part(std::size_t(row));
        low = std::min(low, p);
        high = std::max(high, p);
    }
    b.low = low;
    b.span = std::uint64_t(high - low) + 1;
    b.perRecord.resize(n);
    // Dense when the table of atom × part is no larger than the records (+ 1024).
    b.dense = atoms.count == 0 || b.span <= std::uint64_t(n + 1024) / atoms.count;
    if (b.dense) {
        b.table.assign(atoms.count * b.span, -1);
        for (std::size_t i = 0; i < n; ++i) {
            const std::size_t r = std::size_t(rows[i]);
            std::int32_t &slot = b.table[std::size_t(atoms.index[atomOf[r]]) * b.span
                                         + std::size_t(part(r) - low)];
            if (slot < 0) {
                slot = std::int32_t(b.size.size());
                b.size.push_back(0);
            }
            b.perRecord[i] = std::uint32_t(slot);
        }
        for (std::size_t r = 0; r < atomOf.size(); ++r) {
            const std::uint32_t a = atomOf[r];
            if (a >= atoms.index.size() || atoms.index[a] < 0)
                continue;
            const std::int64_t p = part(r);
            if (p < low || p > high)
                continue;
            const std::int32_t slot
                = b.table[std::size_t(atoms.index[a]) * b.span + std::size_t(p - low)];
            if (slot >= 0)
                ++b.size[std::size_t(slot)];
        }
    } else {
        std::unordered_map<std::uint64_t, std::uint32_t> ids;
        auto key = [&](std::size_t r) {
            return (std::uint64_t(atomOf[r]) << 32) | std::uint64_t(std::uint32_t(part(r)));
        };
        for (std::size_t i = 0; i < n; ++i) {
            const auto [it, added]
                = ids.emplace(key(std::size_t(rows[i])), std::uint32_t(b.size.size()));
            if (added)
                b.size.push_back(0);
            b.perRecord[i] = it->second;
        }
        for (std::size_t r = 0; r < atomOf.size(); ++r) {
            const std::int64_t p = part(r);
            if (p < low || p > high)
                continue;
            if (const auto it = ids.find(key(r)); it != ids.end())
                ++b.size[it->second];
        }
    }
    return b;
}

// The part of a cell in the canonical histogram of lattice edges `edges`: -1 below the first,
// edges.size() at or above the last, else the number of edges at or below it (the value's
// upper_bound among the edges' points: the same, as the cell holds its value exactly).
class HistogramParts {
public:
    HistogramParts(const std::vector<long long> &edges, std::size_t records)
        : m_edges(edges)
    {
        const auto cells = std::uint64_t(edges.back() - edges.front());
        if (cells <= 4 * std::uint64_t(records) + 1024) {
            m_table.resize(cells);
            for (std::uint64_t c = 0; c < cells; ++c)
                m_table[c] = std::int32_t(lookup(edges.front() + std::int64_t(c)));
        }
    }
    std::int64_t operator()(std::int64_t cell) const
    {
        if (cell < m_edges.front())
            return -1;
        if (cell >= m_edges.back())
            return std::int64_t(m_edges.size());
        return m_table.empty() ? lookup(cell) : m_table[std::size_t(cell - m_edges.front())];
    }

private:
    std::int64_t lookup(std::int64_t cell) const
    {
        return std::upper_bound(m_edges.begin(), m_edges.end(), cell) - m_edges.begin();
    }
    const std::vector<long long> &m_edges;
    std::vector<std::int32_t> m_table;
};

} // namespace

// Family by family: a pass over the evaluated records for each family's range, one for its
// blocks, one over the table for their sizes, and one for the histogram's values.
LatticePartitions latticePartitionsByBlocks(const LatticeColumn &column,
                                            const std::vector<std::int64_t> &rows,
                                            const std::vector<std::uint32_t> &atomOf,
                                            const EvaluatedAtoms &atoms, int minCell)
{
    LatticePartitions out;
    Blocks cells
        = buildBlocks(rows, atomOf, atoms, [&column](std::size_t r) { return column.part(r); });
    // The canonical histogram over the evaluated records' present values, from their cells.
    std::vector<std::int64_t> present;
    present.reserve(rows.size());
    for (std::int64_t row : rows) {
        const std::int64_t c = column.part(std::size_t(row));
        if (c != LatticeColumn::kMissing)
            present.push_back(c);
    }
    std::vector<analysis::LatticeCellCount> counts;
    if (!present.empty()) {
        const auto [lowest, highest] = std::minmax_element(present.begin(), present.end());
        const auto span = std::uint64_t(*highest - *lowest) + 1;
        if (span <= 4 * std::uint64_t(present.size()) + 1024) {
            std::vector<std::int64_t> perCell(span, 0);
            for (std::int64_t c : present)
                ++perCell[std::size_t(c - *lowest)];
            for (std::uint64_t k = 0; k < span; ++k) {
                if (perCell[k] > 0)
                    counts.push_back({ *lowest + std::int64_t(k), perCell[k] });
            }
        } else {
            std::sort(present.begin(), present.end());
            for (std::int64_t c : present) {
                if (counts.empty() || counts.back().cell != c)
                    counts.push_back({ c, 0 });
                ++counts.back().count;
            }
        }
    }
    present = {};
    const std::vector<long long> edges = analysis::latticeHistogramEdges(counts, minCell);
    if (!edges.empty()) {
        const HistogramParts binOf(edges, rows.size());
        Blocks bins = buildBlocks(rows, atomOf, atoms, [&](std::size_t r) {
            const std::int64_t c = column.part(r);
            return c == LatticeColumn::kMissing ? LatticeColumn::kMissing : binOf(c);
        });
        out.histogram = true;
        out.binBlockOf.assign(cells.size.size(), 0);
        for (std::size_t i = 0; i < rows.size(); ++i)
            out.binBlockOf[cells.perRecord[i]] = bins.perRecord[i];
        out.binSize = std::move(bins.size);
    }
    out.dense = cells.dense;
    out.low = cells.low;
    out.span = cells.span;
    out.cellSize = std::move(cells.size);
    if (cells.dense)
        out.table = std::move(cells.table);
    else
        out.perRecord = std::move(cells.perRecord);
    return out;
}

// Three passes (issue 16: the cold fit's lattice check made six over the records per variable,
// each reading a cell through LatticeColumn::part's width branches): the evaluated records'
// cells and their range; their blocks of cells (numbered by first record) and the histogram's
// cell counts; one pass over the table for the sizes of both families. The histogram's blocks
// follow from the blocks of cells: a block of cells (atom, cell) lies in the block (atom, its
// cell's part), and numbering the histogram's blocks in the order of the blocks of cells numbers
// them by their first evaluated record, as latticePartitionsByBlocks does. A row of the table
// that is in no block of cells can still be in a histogram block (a cell no evaluated record of
// its atom has, in a part one has): its part is looked up. Where the tables would be larger than
// the records (sparse blocks, many atoms), latticePartitionsByBlocks; the same partitions.
LatticePartitions latticePartitions(const LatticeColumn &column,
                                    const std::vector<std::int64_t> &rows,
                                    const std::vector<std::uint32_t> &atomOf,
                                    const EvaluatedAtoms &atoms, int minCell)
{
    const std::size_t n = rows.size();
    if (n == 0 || atoms.count == 0)
        return latticePartitionsByBlocks(column, rows, atomOf, atoms, minCell);
    // (1) The evaluated records' cells (missing: kMissing, a part of its own) and their range.
    std::vector<std::int32_t> cellOf(n);
    std::int64_t low = 0, high = 0;
    column.withParts([&](auto part) {
        std::int64_t lo = part(std::size_t(rows.front())), hi = lo;
        for (std::size_t i = 0; i < n; ++i) {
            const std::int64_t c = part(std::size_t(rows[i]));
            cellOf[i] = std::int32_t(c);
            lo = std::min(lo, c);
            hi = std::max(hi, c);
        }
        low = lo;
        high = hi;
    });
    const std::uint64_t span = std::uint64_t(high - low) + 1;
    if (span > std::uint64_t(n + 1024) / atoms.count)
        return latticePartitionsByBlocks(column, rows, atomOf, atoms, minCell);
    // (2) The blocks of cells, numbered by their first evaluated record; each block's atom and
    // cell; the present values' count per cell.
    LatticePartitions out;
    out.dense = true;
    out.low = low;
    out.span = span;
    out.table.assign(atoms.count * span, -1);
    std::vector<std::int32_t> blockAtom;
    std::vector<std::int32_t> blockCell;
    std::vector<std::int64_t> perCell(span, 0);
    for (std::size_t i = 0; i < n; ++i) {
        const std::int32_t a = atoms.index[atomOf[std::size_t(rows[i])]];
        const std::size_t at = std::size_t(cellOf[i] - low);
        std::int32_t &slot = out.table[std::size_t(a) * span + at];
        if (slot < 0) {
            slot = std::int32_t(blockAtom.size());
            blockAtom.push_back(a);
            blockCell.push_back(cellOf[i]);
        }
        ++perCell[at];
    }
    cellOf = {};
    std::vector<analysis::LatticeCellCount> counts;
    for (std::uint64_t k = 0; k < span; ++k) {
        const std::int64_t cell = low + std::int64_t(k);
        if (perCell[k] > 0 && cell != LatticeColumn::kMissing)
            counts.push_back({ cell, perCell[k] });
    }
    perCell = {};
    const std::size_t blocks = blockAtom.size();
    out.cellSize.assign(blocks, 0);
    // The histogram's parts -1 ... edges.size() (tails included) and the missing: slots 0 ...
    // edges.size() + 2 per atom.
    const std::vector<long long> edges = analysis::latticeHistogramEdges(counts, minCell);
    std::optional<HistogramParts> binOf;
    std::vector<std::int32_t> binId;
    std::size_t slots = 0;
    auto binSlot = [&](std::int64_t cell) {
        return cell == LatticeColumn::kMissing ? slots - 1 : std::size_t((*binOf)(cell) + 1);
    };
    if (!edges.empty()) {
        slots = edges.size() + 3;
        if (slots > std::uint64_t(n + 1024) / atoms.count)
            return latticePartitionsByBlocks(column, rows, atomOf, atoms, minCell);
        binOf.emplace(edges, n);
        binId.assign(atoms.count * slots, -1);
        out.histogram = true;
        out.binBlockOf.resize(blocks);
        std::int32_t bins = 0;
        for (std::size_t k = 0; k < blocks; ++k) {
            std::int32_t &id = binId[std::size_t(blockAtom[k]) * slots + binSlot(blockCell[k])];
            if (id < 0)
                id = bins++;
            out.binBlockOf[k] = std::uint32_t(id);
        }
        out.binSize.assign(std::size_t(bins), 0);
    }
    blockAtom = {};
    blockCell = {};
    // (3) The sizes over the whole table: a row of an evaluated atom in a block of cells, and in
    // its histogram block (or another's where its cell is in none).
    column.withParts([&](auto part) {
        const std::int32_t *table = out.table.data();
        std::int64_t *cellSize = out.cellSize.data();
        for (std::size_t r = 0; r < atomOf.size(); ++r) {
            const std::uint32_t atom = atomOf[r];
            if (atom >= atoms.index.size() || atoms.index[atom] < 0)
                continue;
            const std::size_t a = std::size_t(atoms.index[atom]);
            const std::int64_t c = part(r);
            if (c >= low && c <= high) {
                const std::int32_t slot = table[a * span + std::size_t(c - low)];
                if (slot >= 0) {
                    ++cellSize[slot];
                    if (out.histogram)
                        ++out.binSize[out.binBlockOf[std::size_t(slot)]];
                    continue;
                }
            }
            if (out.histogram) {
                const std::int32_t id = binId[a * slots + binSlot(c)];
                if (id >= 0)
                    ++out.binSize[std::size_t(id)];
            }
        }
    });
    return out;
}

CandidateRecords::CandidateRecords(const std::vector<std::int64_t> &rows,
                                   const CandidateOrder &grouped,
                                   const std::vector<std::uint32_t> &atomOf,
                                   const EvaluatedAtoms &atoms)
    : order(grouped.order)
    , start(grouped.start)
    , row(grouped.order.size())
    , atom(grouped.order.size())
{
    for (std::size_t k = 0; k < order.size(); ++k) {
        const std::int64_t r = rows[order[k]];
        row[k] = r;
        atom[k] = atoms.index[atomOf[std::size_t(r)]];
    }
}

void appendLatticeFamilies(std::vector<BlockFamily> &families, const LatticePartitions &parts,
                           const LatticeColumn &column, const CandidateRecords &records)
{
    const std::size_t m = records.start.size() - 1;
    // Each evaluated record's block of cells, read in candidate order (stable: within a
    // candidate bin in the order of the rows, as CandidateOrder::order) and counted per bin.
    BlockFamily cells;
    cells.size = parts.cellSize;
    cells.first.assign(m + 1, 0);
    std::vector<std::int64_t> count(cells.size.size(), 0);
    std::vector<std::uint32_t> touched;
    auto countBins = [&](auto blockAt) {
        for (std::size_t c = 0; c < m; ++c) {
            cells.first[c] = std::uint32_t(cells.cells.size());
            for (std::uint32_t k = records.start[c]; k < records.start[c + 1]; ++k) {
                const std::uint32_t block = blockAt(k);
                if (count[block]++ == 0)
                    touched.push_back(block);
            }
            for (std::uint32_t block : touched) {
                cells.cells.emplace_back(block, count[block]);
                count[block] = 0;
            }
            touched.clear();
        }
    };
    if (parts.dense) {
        column.withParts([&](auto part) {
            const std::int32_t *table = parts.table.data();
            const std::int64_t *row = records.row.data();
            const std::int32_t *atom = records.atom.data();
            const std::size_t span = parts.span;
            const std::int64_t low = parts.low;
            countBins([&](std::uint32_t k) {
                return std::uint32_t(table[std::size_t(atom[k]) * span
                                           + std::size_t(part(std::size_t(row[k])) - low)]);
            });
        });
    } else {
        const std::uint32_t *perRecord = parts.perRecord.data();
        const std::uint32_t *order = records.order.data();
        countBins([&](std::uint32_t k) { return perRecord[order[k]]; });
    }
    cells.first[m] = std::uint32_t(cells.cells.size());
    if (!parts.histogram) {
        families.push_back(std::move(cells));
        return;
    }
    // A block of cells lies in one block of the histogram's parts: its cells summed.
    BlockFamily bins;
    bins.size = parts.binSize;
    bins.first.assign(m + 1, 0);
    count.assign(bins.size.size(), 0);
    for (std::size_t c = 0; c < m; ++c) {
        bins.first[c] = std::uint32_t(bins.cells.size());
        for (std::uint32_t k = cells.first[c]; k < cells.first[c + 1]; ++k) {
            const auto [block, n] = cells.cells[k];
            const std::uint32_t bin = parts.binBlockOf[block];
            if (count[bin] == 0)
                touched.push_back(bin);
            count[bin] += n;
        }
        for (std::uint32_t block : touched) {
            bins.cells.emplace_back(block, count[block]);
            count[block] = 0;
        }
        touched.clear();
    }
    bins.first[m] = std::uint32_t(bins.cells.size());
    families.push_back(std::move(cells));
    families.push_back(std::move(bins));
}

EvaluatedRecords::EvaluatedRecords(const std::vector<std::int64_t> &rows,
                                   const std::vector<std::uint32_t> &candidate, std::size_t m,
                                   const std::vector<std::uint32_t> &atomOf,
                                   const EvaluatedAtoms &atoms)
    : rows(rows)
    , candidate(candidate)
    , m(m)
    , atom(rows.size())
    , binRecords(m, 0)
{
    for (std::size_t i = 0; i < rows.size(); ++i) {
        atom[i] = atoms.index[atomOf[std::size_t(rows[i])]];
        ++binRecords[candidate[i]];
    }
}

bool appendLatticePresence(std::vector<BlockFamily> &families, const LatticePartitions &parts,
                           const LatticeColumn &column, const EvaluatedRecords &records)
{
    const std::size_t n = records.rows.size();
    const std::size_t m = records.m;
    const std::size_t blocks = parts.cellSize.size();
    const std::size_t bins = parts.histogram ? parts.binSize.size() : 0;
    auto wordsOf = [](std::size_t b) {
        return std::max<std::size_t>(1, (b + 63) / 64);
    };
    const std::size_t words = wordsOf(blocks), binWords = wordsOf(bins);
    if (std::uint64_t(m) * (words + (parts.histogram ? binWords : 0)) > std::uint64_t(n) + 4096)
        return false;
    BlockFamily cells;
    cells.size = parts.cellSize;
    cells.words = words;
    cells.presence.assign(m * words, 0);
    cells.evaluated.assign(blocks, 0);
    cells.records = records.binRecords;
    BlockFamily histogram;
    if (parts.histogram) {
        histogram.size = parts.binSize;
        histogram.words = binWords;
        histogram.presence.assign(m * binWords, 0);
        histogram.evaluated.assign(bins, 0);
        histogram.records = records.binRecords;
    }
    // One pass over the evaluated records in the order of the rows: each one's block of cells
    // (as appendLatticeFamilies finds it) marked in its candidate bin, and counted.
    const std::uint32_t *candidate = records.candidate.data();
    std::uint64_t *bits = cells.presence.data();
    std::int64_t *evaluated = cells.evaluated.data();
    auto mark = [&](auto blockOf) {
        for (std::size_t i = 0; i < n; ++i) {
            const std::uint32_t block = blockOf(i);
            bits[std::size_t(candidate[i]) * words + block / 64] |= std::uint64_t(1)
                << (block % 64);
            ++evaluated[block];
        }
    };
    if (parts.dense) {
        column.withParts([&](auto part) {
            const std::int32_t *table = parts.table.data();
            const std::int64_t *row = records.rows.data();
            const std::int32_t *atom = records.atom.data();
            const std::size_t span = parts.span;
            const std::int64_t low = parts.low;
            mark([&](std::size_t i) {
                return std::uint32_t(table[std::size_t(atom[i]) * span
                                           + std::size_t(part(std::size_t(row[i])) - low)]);
            });
        });
    } else {
        const std::uint32_t *perRecord = parts.perRecord.data();
        mark([perRecord](std::size_t i) { return perRecord[i]; });
    }
    if (parts.histogram) {
        // A block of cells lies in one block of the histogram's parts: a bin holds the latter
        // where it holds one of the former.
        const std::uint32_t *binOf = parts.binBlockOf.data();
        for (std::size_t c = 0; c < m; ++c) {
            const std::uint64_t *from = &cells.presence[c * words];
            std::uint64_t *to = &histogram.presence[c * binWords];
            for (std::size_t w = 0; w < words; ++w) {
                for (std::uint64_t b = from[w]; b != 0; b &= b - 1) {
                    const std::uint32_t bin = binOf[w * 64 + std::size_t(std::countr_zero(b))];
                    to[bin / 64] |= std::uint64_t(1) << (bin % 64);
                }
            }
        }
        for (std::size_t b = 0; b < blocks; ++b)
            histogram.evaluated[binOf[b]] += cells.evaluated[b];
    }
    families.push_back(std::move(cells));
    if (parts.histogram)
        families.push_back(std::move(histogram));
    return true;
}

void cacheLatticeCells(LoadedDataset &data)
{
    for (const auto &[name, step] : data.histogramSteps) {
        const VariableInfo *info = data.info.variable(QString::fromStdString(name));
        const analysis::Column *column = data.table.column(name);
        if (!info || info->kind != VariableKind::Numeric || !column
            || column->kind != analysis::ColumnKind::Numeric || !(step > 0))
            continue; // designColumns encodes only a numeric variable with a step
        data.latticeCells[name]
            = LoadedDataset::TableCells { column->numeric.data(), column->numeric.size(), step,
                                          LatticeColumn::encode(*column, step) };
    }
}

std::shared_ptr<const LatticeColumn> cachedLatticeCells(const LoadedDataset &data,
                                                        const std::string &name,
                                                        const analysis::Column &column, double step,
                                                        bool *found)
{
    *found = false;
    const auto it = data.latticeCells.find(name);
    if (it == data.latticeCells.end() || it->second.from != column.numeric.data()
        || it->second.rows != column.numeric.size() || it->second.step != step
        || column.kind != analysis::ColumnKind::Numeric)
        return nullptr;
    *found = true;
    return it->second.cells;
}

void LatticeColumns::add(const std::string &variable, std::shared_ptr<const LatticeColumn> column)
{
    m_columns[variable] = std::move(column);
}

const LatticeColumn *LatticeColumns::find(const std::string &variable) const
{
    const auto it = m_columns.find(variable);
    return it == m_columns.end() ? nullptr : it->second.get();
}

std::size_t LatticeColumns::bytes() const
{
    std::size_t total = 0;
    for (const auto &[name, column] : m_columns)
        total += column->bytes();
    std::lock_guard lock(m_mutex);
    total += m_memo.rows.bytes() + m_memo.atomOf.bytes();
    for (const auto &[name, parts] : m_memo.partitions)
        total += parts->bytes();
    return total;
}

bool LatticeColumns::ExactRows::assign(const std::vector<std::int64_t> &rows)
{
    m_bits.clear();
    m_count = 0;
    std::int64_t previous = -1;
    for (std::int64_t row : rows) {
        if (row <= previous)
            return false;
        previous = row;
    }
    std::vector<std::uint64_t> bits(rows.empty() ? 0 : std::size_t(rows.back()) / 64 + 1, 0);
    for (std::int64_t row : rows)
        bits[std::size_t(row) / 64] |= std::uint64_t(1) << (std::size_t(row) % 64);
    m_bits = std::move(bits);
    m_count = rows.size();
    return true;
}

// The same set of rows: as many, each one kept; and `rows` sorted and unique like the kept ones
// (then the two sorted vectors are equal element by element).
bool LatticeColumns::ExactRows::equals(const std::vector<std::int64_t> &rows) const
{
    if (rows.size() != m_count)
        return false;
    std::int64_t previous = -1;
    for (std::int64_t row : rows) {
        if (row <= previous || std::size_t(row) / 64 >= m_bits.size()
            || !(m_bits[std::size_t(row) / 64] >> (std::size_t(row) % 64) & 1))
            return false;
        previous = row;
    }
    return true;
}

void LatticeColumns::ExactAtoms::assign(const std::vector<std::uint32_t> &atomOf)
{
    m_narrow.clear();
    m_middle.clear();
    m_wide.clear();
    m_size = atomOf.size();
    const std::uint32_t largest
        = atomOf.empty() ? 0 : *std::max_element(atomOf.begin(), atomOf.end());
    auto narrowed = [&atomOf](auto &kept) {
        using Code = typename std::decay_t<decltype(kept)>::value_type;
        kept.resize(atomOf.size());
        for (std::size_t i = 0; i < atomOf.size(); ++i)
            kept[i] = Code(atomOf[i]);
    };
    if (largest <= 0xFF)
        narrowed(m_narrow);
    else if (largest <= 0xFFFF)
        narrowed(m_middle);
    else
        m_wide = atomOf;
}

bool LatticeColumns::ExactAtoms::equals(const std::vector<std::uint32_t> &atomOf) const
{
    if (atomOf.size() != m_size)
        return false;
    auto same = [&atomOf](const auto &kept) {
        return std::equal(atomOf.begin(), atomOf.end(), kept.begin(),
                          [](std::uint32_t a, auto b) { return a == std::uint32_t(b); });
    };
    if (!m_wide.empty())
        return same(m_wide);
    if (!m_middle.empty())
        return same(m_middle);
    return same(m_narrow);
}

std::shared_ptr<const LatticePartitions>
LatticeColumns::partitions(const std::string &variable, const std::vector<std::int64_t> &rows,
                           const std::vector<std::uint32_t> &atomOf, const EvaluatedAtoms &atoms,
                           int minCell, const LatticeColumn *cells) const
{
    return partitions(variable, 0, rows, atomOf, atoms, minCell, cells);
}

bool LatticeColumns::holdKey(const std::vector<std::int64_t> &rows,
                             const std::vector<std::uint32_t> &atomOf, int minCell) const
{
    if (m_memo.valid && m_memo.minCell == minCell && m_memo.rows.equals(rows)
        && m_memo.atomOf.equals(atomOf))
        return true;
    m_memo.partitions.clear();
    m_memo.valid = false;
    ++m_memo.version;
    if (!m_memo.rows.assign(rows))
        return false; // rows the key cannot hold exactly (not sorted and unique)
    m_memo.atomOf.assign(atomOf);
    m_memo.minCell = minCell;
    m_memo.valid = true;
    return true;
}

std::uint64_t LatticeColumns::keyVersion(const std::vector<std::int64_t> &rows,
                                         const std::vector<std::uint32_t> &atomOf,
                                         int minCell) const
{
    std::lock_guard lock(m_mutex);
    return holdKey(rows, atomOf, minCell) ? m_memo.version : 0;
}

std::shared_ptr<const LatticePartitions>
LatticeColumns::partitions(const std::string &variable, std::uint64_t version,
                           const std::vector<std::int64_t> &rows,
                           const std::vector<std::uint32_t> &atomOf, const EvaluatedAtoms &atoms,
                           int minCell, const LatticeColumn *cells) const
{
    const LatticeColumn *column = find(variable);
    if (!column)
        return nullptr;
    // A derived column is read through its cells expanded once (the build reads them in three
    // passes).
    auto build = [&]() {
        std::shared_ptr<const LatticeColumn> full;
        const LatticeColumn *read = cells ? cells : column;
        if (read->derived()) {
            full = read->expanded();
            read = full.get();
        }
        return std::make_shared<const LatticePartitions>(
            latticePartitions(*read, rows, atomOf, atoms, minCell));
    };
    std::lock_guard lock(m_mutex);
    // The key compared in full unless this very version of it was compared for the caller.
    if (!(version != 0 && m_memo.valid && m_memo.version == version)
        && !holdKey(rows, atomOf, minCell)) {
        // Rows the key cannot hold exactly (not sorted and unique): built, never kept.
        ++m_builds;
        return build();
    }
    auto &kept = m_memo.partitions[variable];
    if (!kept) {
        kept = build();
        ++m_builds;
    }
    return kept;
}

int LatticeColumns::partitionBuilds() const
{
    std::lock_guard lock(m_mutex);
    return m_builds;
}

} // namespace fairstart::node

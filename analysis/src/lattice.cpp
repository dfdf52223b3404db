// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/analysis/lattice.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace fairstart::analysis {

namespace {

// index · step as the decimal number it is (0.6, not 3 · 0.2 = 0.6000000000000001): steps are
// 1, 2 or 5 × 10ⁿ, so the product of two integers divided by an exact power of ten.
double latticePoint(long long index, double step)
{
    const int decade = int(std::floor(std::log10(step) + 1e-9));
    const double nice = std::round(step / std::pow(10.0, decade));
    const double whole = double(index) * nice;
    return decade < 0 ? whole / std::pow(10.0, -decade) : whole * std::pow(10.0, decade);
}

} // namespace

LatticeScale::LatticeScale(double step)
    : m_step(step)
{
    if (!(step > 0) || !std::isfinite(step))
        return;
    const int decade = int(std::floor(std::log10(step) + 1e-9));
    const double mantissa = std::round(step / std::pow(10.0, decade));
    m_power = std::pow(10.0, std::abs(decade));
    m_divide = decade < 0;
    const double back = m_divide ? mantissa / m_power : mantissa * m_power;
    if (mantissa >= 1 && mantissa <= 9 && back == step)
        m_mantissa = mantissa;
}

double LatticeScale::point(long long index) const
{
    if (m_mantissa == 0)
        return double(index) * m_step;
    const double whole = double(index) * m_mantissa;
    return m_divide ? whole / m_power : whole * m_power;
}

long long LatticeScale::cell(double value) const
{
    auto k = (long long)std::floor(value / m_step);
    if (point(k + 1) <= value)
        ++k;
    else if (point(k) > value)
        --k;
    return k;
}

std::vector<long long> latticeHistogramEdges(const std::vector<LatticeCellCount> &cells,
                                             int minCell)
{
    // latticeHistogram's walk over the sorted values, one cell at a time: a bin closes only
    // where a cell ends, and within a cell the open count only grows.
    const auto m = std::int64_t(std::max(minCell, 1));
    std::int64_t n = 0;
    for (const LatticeCellCount &c : cells)
        n += c.count;
    if (n < 3 * m)
        return {};
    // The cell of the value of rank `rank` (0-based) in ascending order.
    auto cellOfRank = [&cells](std::int64_t rank) {
        for (const LatticeCellCount &c : cells) {
            if (rank < c.count)
                return c.cell;
            rank -= c.count;
        }
        return cells.back().cell;
    };
    const long long lowest = cellOfRank(m - 1) + 1;
    const long long highest = cellOfRank(n - m);
    if (!(highest > lowest))
        return {};
    std::vector<long long> edges { lowest };
    bool anyBin = false;
    std::int64_t open = 0;
    for (const LatticeCellCount &c : cells) {
        if (c.cell < lowest)
            continue;
        if (c.cell >= highest)
            break;
        open += c.count;
        if (open >= m && c.cell + 1 < highest) {
            edges.push_back(c.cell + 1);
            anyBin = true;
            open = 0;
        }
    }
    // The remainder up to the highest edge: a bin of its own when it holds m, else it joins the
    // last bin (with no bin yet: nothing between the tails).
    if (open >= m || !anyBin) {
        if (open < m)
            return {};
        edges.push_back(highest);
    } else {
        edges.back() = highest;
    }
    return edges;
}

LatticeCells latticeCells(double step, double first, std::size_t cells,
                          const std::vector<double> &edges, const std::vector<double> &counts)
{
    LatticeCells out;
    out.counts.assign(cells, 0.0);
    out.withheld.assign(cells, 1);
    if (!(step > 0) || edges.size() < 2 || counts.size() + 1 != edges.size())
        return out;
    const double origin = std::round(first / step);
    // The lattice index of each edge that is a lattice point within the range, with the count
    // of the released bins below it.
    std::vector<std::pair<double, double>> points; // (index, cumulative count at the edge)
    double cumulative = 0;
    for (std::size_t e = 0; e < edges.size(); ++e) {
        if (e > 0)
            cumulative += counts[e - 1];
        const double at = edges[e] / step - origin;
        const double k = std::round(at);
        if (std::abs(at - k) <= 1e-6 && k >= 0 && k <= double(cells))
            points.emplace_back(k, cumulative);
    }
    for (std::size_t i = 0; i + 1 < points.size(); ++i) {
        if (points[i + 1].first != points[i].first + 1)
            continue;
        const auto k = std::size_t(points[i].first);
        out.counts[k] = points[i + 1].second - points[i].second;
        out.withheld[k] = 0;
    }
    return out;
}

std::size_t LatticeRange::cells() const
{
    return step > 0 ? std::size_t(std::llround((last - first) / step)) : 0;
}

std::vector<LatticeRange> latticeSteps(double centre, double sd, std::size_t maxCells)
{
    std::vector<LatticeRange> out;
    if (!(sd > 0) || !std::isfinite(sd) || !std::isfinite(centre) || maxCells < 2)
        return out;
    double decade = std::pow(10.0, std::floor(std::log10(16 * sd / double(maxCells))) - 1);
    for (int guard = 0; guard < 12; ++guard, decade *= 10) {
        for (double nice : { 1.0, 2.0, 5.0 }) {
            LatticeRange r;
            r.step = nice * decade;
            r.first = latticePoint((long long)std::floor((centre - 8 * sd) / r.step), r.step);
            r.last = latticePoint((long long)std::ceil((centre + 8 * sd) / r.step), r.step);
            if (r.cells() > maxCells || r.cells() < 2)
                continue;
            out.push_back(r);
            if (r.step >= sd)
                return out;
        }
    }
    return out;
}

std::vector<double> latticeKnots(double first, double step,
                                 const std::vector<std::optional<double>> &cells,
                                 const std::vector<double> &quantiles)
{
    double total = 0;
    for (const auto &c : cells)
        total += c.value_or(0.0);
    if (!(total > 0) || !(step > 0))
        return {};
    // The ends of released cells: points that are edges of every site.
    const long long origin = std::llround(first / step);
    std::vector<double> common;
    for (std::size_t k = 0; k < cells.size(); ++k) {
        if (!cells[k])
            continue;
        for (const std::size_t point : { k, k + 1 }) {
            const double x = latticePoint(origin + (long long)point, step);
            if (common.empty() || common.back() < x - step * 1e-9)
                common.push_back(x);
        }
    }
    std::vector<double> knots;
    for (const double q : quantiles) {
        const double target = std::clamp(q, 0.0, 1.0) * total;
        double below = 0;
        double quantile = std::numeric_limits<double>::quiet_NaN();
        for (std::size_t k = 0; k < cells.size(); ++k) {
            const double c = cells[k].value_or(0.0);
            if (c > 0 && below + c >= target) {
                quantile = first + (double(k) + (target - below) / c) * step;
                break;
            }
            below += c;
        }
        if (std::isnan(quantile))
            return {};
        const auto nearest
            = std::min_element(common.begin(), common.end(), [&](double a, double b) {
                  return std::abs(a - quantile) < std::abs(b - quantile);
              });
        knots.push_back(*nearest);
    }
    for (std::size_t k = 1; k < knots.size(); ++k) {
        if (!(knots[k] > knots[k - 1]))
            return {};
    }
    return knots;
}

std::optional<std::size_t> finestLattice(std::size_t candidates,
                                         const std::function<bool(std::size_t)> &fits)
{
    for (std::size_t i = 0; i < candidates; ++i) {
        if (fits(i))
            return i;
    }
    return std::nullopt;
}

double LatticeRun::total() const
{
    double sum = 0;
    for (const double c : counts)
        sum += c;
    return sum;
}

LatticeRun latticeRun(double first, double step, const std::vector<std::optional<double>> &cells)
{
    // The longest run by records (ties: the first); a run ends at a withheld cell.
    std::size_t bestFrom = 0, bestTo = 0;
    double bestSum = -1;
    for (std::size_t k = 0; k < cells.size();) {
        if (!cells[k]) {
            ++k;
            continue;
        }
        const std::size_t from = k;
        double sum = 0;
        for (; k < cells.size() && cells[k]; ++k)
            sum += *cells[k];
        if (sum > bestSum) {
            bestSum = sum;
            bestFrom = from;
            bestTo = k;
        }
    }
    LatticeRun run;
    if (bestSum < 0 || !(step > 0))
        return run;
    const long long origin = std::llround(first / step);
    for (std::size_t k = bestFrom; k <= bestTo; ++k)
        run.edges.push_back(latticePoint(origin + (long long)k, step));
    for (std::size_t k = bestFrom; k < bestTo; ++k)
        run.counts.push_back(*cells[k]);
    return run;
}

std::optional<std::size_t> histogramLattice(const std::vector<LatticeRun> &runs, double share)
{
    double fullest = 0;
    for (const LatticeRun &r : runs) {
        if (r.counts.size() >= 2)
            fullest = std::max(fullest, r.total());
    }
    return finestLattice(runs.size(), [&](std::size_t i) {
        return runs[i].counts.size() >= 2 && runs[i].total() >= share * fullest;
    });
}

} // namespace fairstart::analysis

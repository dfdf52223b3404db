// SPDX-License-Identifier: GPL-3.0-or-later
// A lattice common to several sites (issue 14, docs/privacy-rules.md "Breakpoints on the node's
// edges"): each node releases a histogram on its own lattice (steps of 1, 2 or 5 × 10ⁿ that
// follow its own SD, bins merged in sparse parts, tails never released), so a sum over sites, and
// spline knots that every site accepts, need cells whose ends are edges of every site. The
// node's contribution of such a cell (latticeCells) and the client's choice of lattice and knots
// (latticeSteps, latticeKnots) are one arithmetic here, used by site-node and federation-client.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace fairstart::analysis {

// The points of a lattice of step 1, 2 or 5 × 10ⁿ (any single-digit mantissa) as the decimals
// they are: point(197) of 0.2 is 39.4, not 197 · 0.2 = 39.400000000000006; and the cell
// [point(k), point(k + 1)) of a value, so that a value on a point (a gestational age of 39.4
// weeks) is in the cell it starts, although 39.4 / 0.2 < 197 in doubles. Another step: k · step
// and floor(v / step).
class LatticeScale {
public:
    explicit LatticeScale(double step);
    double point(long long index) const;
    long long cell(double value) const;

private:
    double m_step;
    double m_mantissa = 0; // 0: not a single-digit mantissa
    double m_power = 1; // 10^|n|
    bool m_divide = false; // n < 0
};

// latticeHistogram's edges over all of its lattice (first and last infinite) from the values'
// cells instead of the values: `cells` are the distinct LatticeScale(step).cell of the finite
// values, ascending, each with its number of values (> 0). The edges as lattice indices
// (latticeHistogram's edges are LatticeScale(step).point of them); empty where latticeHistogram
// is not ok(). O(cells) where latticeHistogram sorts the values. Exact for cells of magnitude
// below 2⁵³ (latticeHistogram compares cells as doubles).
struct LatticeCellCount {
    long long cell = 0;
    std::int64_t count = 0;
};
std::vector<long long> latticeHistogramEdges(const std::vector<LatticeCellCount> &cells,
                                             int minCell);

// The cells [first + k·step, first + (k + 1)·step), k < cells, of one released histogram
// (`edges` ascending, `counts` one per bin): a cell's count where both its ends are edges of the
// histogram (the sum of the released bins between them: the histogram coarsened, nothing it does
// not release), withheld (mark 1, count 0) otherwise — a merged bin's part, a tail, beyond the
// edges, or a lattice whose points are not the histogram's.
struct LatticeCells {
    std::vector<double> counts;
    std::vector<std::uint8_t> withheld;
};
LatticeCells latticeCells(double step, double first, std::size_t cells,
                          const std::vector<double> &edges, const std::vector<double> &counts);

// The steps a lattice common to the sites may have, finest first: every 1, 2 or 5 × 10ⁿ from the
// finest whose range [centre − 8·sd, centre + 8·sd] (its ends rounded out to multiples of the
// step) has at most `maxCells` cells, up to the first step ≥ sd. A site's own step is the
// smallest such number ≥ its SD / 25 (histogramStep), and the least common multiple of such
// steps is one again (0.2 and 0.5: 1), so the common lattice of sites whose SDs are within a
// factor of about 25 of the pooled one is among them.
struct LatticeRange {
    double step = 0;
    double first = 0;
    double last = 0;
    std::size_t cells() const;
};
std::vector<LatticeRange> latticeSteps(double centre, double sd, std::size_t maxCells = 1000);

// Spline knots on a common lattice: `cells` are the pooled cells of the lattice (first, step),
// nullopt where any site withheld the cell. Each knot is the q-quantile of the pooled released
// cells (uniform within a cell; the withheld ones left out), rounded to the nearest end of a
// released cell — a point that is an edge of every site's histogram. Empty when the knots are
// not strictly increasing or no cell was released.
std::vector<double> latticeKnots(double first, double step,
                                 const std::vector<std::optional<double>> &cells,
                                 const std::vector<double> &quantiles);

// The lattice chooser of knots and pooled histograms: the first (finest) of `candidates`
// candidates for which `fits(i)` holds, nullopt when none does.
std::optional<std::size_t> finestLattice(std::size_t candidates,
                                         const std::function<bool(std::size_t)> &fits);

// A pooled histogram on a common lattice (first, step): the longest run of consecutive released
// cells of `cells` (nullopt: withheld at some site), as edges and counts — the cells outside it
// are the sites' tails or merged bins, which no site released as cells of this lattice. Empty
// (no edges) when no cell was released.
struct LatticeRun {
    std::vector<double> edges;
    std::vector<double> counts;
    double total() const;
};
LatticeRun latticeRun(double first, double step, const std::vector<std::optional<double>> &cells);

// The lattice of a pooled histogram among candidates (finest first) whose runs are `runs`: the
// finest whose run holds at least `share` of the records of the fullest run and has at least two
// cells — a finer lattice loses records to the bins that sites merged, a coarser one to the
// sites' tails rounded inwards, and this one shows nearly all that any does. nullopt when no
// run has two cells.
std::optional<std::size_t> histogramLattice(const std::vector<LatticeRun> &runs,
                                            double share = 0.95);

} // namespace fairstart::analysis

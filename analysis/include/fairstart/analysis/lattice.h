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
#include <optional>
#include <vector>

namespace fairstart::analysis {

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

} // namespace fairstart::analysis

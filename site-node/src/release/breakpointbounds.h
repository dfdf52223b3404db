// SPDX-License-Identifier: GPL-3.0-or-later
// The node's canonical histogram edges of a numeric variable over the records consented for a
// purpose: the edges a description of the unfiltered cohort releases, which bound what a
// request may name as a number on that variable (filter bounds, winsor bounds, an outcome's
// threshold, spline knots; docs/privacy-rules.md "Filters on the node's edges" and
// "Breakpoints on the node's edges"). The rules themselves are ReleaseGate::filterBounds and
// ReleaseGate::breakpointBounds (breakpointbounds.cpp).
#pragma once

#include "fairstart/node/store.h"

#include "fairstart/analysis/datatable.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace fairstart::node {

// analysis::latticeHistogram of a numeric column's present values among the records consented
// for every purpose the dataset records (everyPurposeRecords, the records of the catalogue's
// counts and the lattice step), on the dataset's lattice (datasetHistogramStep) and over the
// whole lattice; its edges, ascending (empty when it has none). `step` receives the lattice step.
// `variable` is a numeric column. Not over the purpose's own consented records: two purposes'
// edges would then differ by the records whose consent differs, and the refusal sentences that
// name these edges (filter-bound, breakpoint-bound) would locate such a record without any
// release the ledger sees (tst_attacks_review3 edgesOfTwoPurposesLocateARecord). The records
// consented for every purpose are among the purpose's, so every allowed bound still leaves out
// at least minCell of the purpose's consented records on each side.
std::vector<double> consentedEdges(const LoadedDataset &data, const std::string &variable,
                                   int minCell, double *step = nullptr);

// The index of the edge that `value` is (within 10⁻⁶ of a step), or -1.
int edgeIndex(const std::vector<double> &edges, double step, double value);

// "The nearest allowed values are a and b." for `value` among edges[first, last), or the one
// nearest allowed value when `value` lies outside them.
QString nearestAllowed(const std::vector<double> &edges, double step, double value,
                       std::size_t first, std::size_t last);

} // namespace fairstart::node

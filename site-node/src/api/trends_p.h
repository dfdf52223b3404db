// SPDX-License-Identifier: GPL-3.0-or-later
// The trends of POST /v1/descriptives (the dashboard's rates by birth year), kept out of
// descriptives.cpp: checked against the catalogue, counted on the cohort, and their released
// cells handed to the differencing ledger. The release rules are ReleaseGate::descriptives().
#pragma once

#include "common_p.h"

namespace fairstart::node::api {

// The most periods one trend may ask for.
constexpr int MaxTrendPeriods = 50;

// The requested trends against the catalogue: a numeric period, a categorical or binary variable,
// from <= to and at most MaxTrendPeriods periods. The refusal, or nullopt.
std::optional<ApiResponse> checkTrends(const DatasetInfo &info,
                                       const QList<protocol::TrendRequest> &trends);

// Each trend's full table on the cohort `mask`: the periods, then the hidden row (outside the
// periods, or period missing), by the variable's levels and a hidden column (variable missing).
// False when a column cannot be read.
bool tallyTrends(const analysis::DataTable &table, const QList<protocol::TrendRequest> &trends,
                 const std::vector<std::uint8_t> &mask, DescriptivesTally *tally);

// The edges of a trend's periods as histogram edges (period p is [p - 0.5, p + 0.5), the last
// one closed): the ledger's histogram family describes them exactly.
std::vector<double> trendEdges(int from, int to);

// The released cells of the trends, for the differencing ledger: each cell is a joint cell of
// the period's histogram family and the variable's level family.
void appendTrendCells(const analysis::DataTable &table,
                      const QList<protocol::ReleasedTable> &trends,
                      std::vector<CellRelease> *cells);

} // namespace fairstart::node::api

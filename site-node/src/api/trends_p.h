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

// The frame of a period variable: the periods from its lowest to its highest value over the
// dataset's *facts* (never the cohort's, never the request's), period p holding [p - 0.5, p + 0.5):
// the records consented for every purpose (everyPurposeRecords, the earlier import's after a
// re-import that changed only consent) and the values of removed records that still count in them
// (factGhostValues), as the lattice's range (latticeRowsByHistogram) and the step are. So one
// record erased, added (held) or withdrawn moves neither end: a new frame is a new family of the
// trend and histogram ledgers, whose empty ledger would pass where the old one holds, telling that
// the record held the first or the last period (docs/privacy-rules.md, "The period frame after an
// erasure"). The column's own range when no fact holds a value. Records outside the frame (some
// purposes' consent only; held records, in no cohort) are in no period of it: a trend counts them
// in its hidden row, the ledgers' family codes below and above its edges. `tooWide` when it spans
// more than DescriptivesTally::Trend::MaxFramePeriods periods (a variable such as birth weight in
// grams is no period); from > to when no record has a value. `facts`: everyPurposeRecords of
// `dataset`, when the caller has it.
struct TrendFrame {
    int from = 0;
    int to = -1;
    bool tooWide = false;
    // The frame's period of a value, or nullopt outside the frame.
    std::optional<std::size_t> periodOf(double value) const;
};
TrendFrame trendFrame(const LoadedDataset &dataset, const std::string &period);
TrendFrame trendFrame(const LoadedDataset &dataset, const std::string &period,
                      const std::vector<std::uint8_t> &facts);

// Each trend's full table on the cohort `mask`, on the frame of its period variable (not the
// request's from and to: two ranges of one period on one cohort are parts of one table): the
// frame's periods, then the hidden row (period missing), by the variable's levels and a hidden
// column (variable missing). A frame that is too wide is marked and not counted. False when a
// column cannot be read.
bool tallyTrends(const LoadedDataset &dataset, const QList<protocol::TrendRequest> &trends,
                 const std::vector<std::uint8_t> &mask, DescriptivesTally *tally);

// The edges of a trend's periods as histogram edges (period p is [p - 0.5, p + 0.5), the last
// one closed): the ledger's histogram family describes them exactly.
std::vector<double> trendEdges(int from, int to);

// The released cells of the trends, for the differencing ledger: each cell is a joint cell of
// the histogram family of the period's frame (trendEdges of the frame) and the variable's level
// family.
void appendTrendCells(const LoadedDataset &dataset, const QList<protocol::ReleasedTable> &trends,
                      std::vector<CellRelease> *cells);

// A description's level counts over a cohort with a numeric filter on a variable that has a
// trend frame are the rows of that trend in the filter's range: each released level in each of
// those periods is a trend cell of the frame × the variable, for the trend ledger (like
// appendTrendCells), so that two such descriptions and a trend over another cohort do not give a
// group's row (docs/privacy-rules.md "Trends over two cohorts", tst_attacks_redteam
// trendRowThroughCompleteCases).
void appendTrendRowsByFilter(const LoadedDataset &dataset,
                             const std::vector<analysis::Filter> &filters,
                             const QList<protocol::CategoricalDescription> &levels,
                             std::vector<CellRelease> *cells);

// The same for a numeric filter on any variable q (another period: an age that follows the year of
// birth, a date) and for every other variable p that has a trend frame: the description's level
// counts (and its tables' margins, which are level counts) over the filtered cohort are the rows of
// the trend p × v for the periods of p that the records within q's bounds hold (over every record
// of the dataset), whenever those are not all of p's periods; and a table's margins over a filter
// on p itself. For the trend ledgers only (DifferencingLedger::TrendRows over the description's
// cohort: checked against the trends of each family, recorded in its histogram ledger), so that
// the trend of v by year less the counts of v over the children aged 5 to 6 does not give a
// group's row (tst_attacks_redteam3 levelCountsOverAFilterOnAnotherPeriod). The complete cases of
// a variable q are such a restriction too (the records where q is present), whenever they leave
// out whole periods of p: a variable recorded for the children of 2016 only makes its complete
// cases the 2016 cohort (tst_attacks_redteam4 completeCasesAsAPeriodFilter).
std::vector<CellRelease> trendRowsByRangeFilter(const LoadedDataset &dataset,
                                                const std::vector<analysis::Filter> &filters,
                                                const protocol::DescriptivesResponse &released,
                                                const QStringList &completeCases = {});

// The ledger codes of a level filter's values (a categorical variable's levels; a binary's values
// read as numbers as the cohort reads them: "1.0" and "1e0" are the level 1, as "1" is). Sorted,
// unique; empty for a numeric filter.
std::vector<std::int32_t> filterLevelCodes(const LoadedDataset &dataset,
                                           const analysis::Filter &filter);

// A yes/no variable filtered by numeric bounds (y from 1 to 1, y >= 0.5) selects whole levels, as a
// level filter does: the filters with such bounds written as the levels they select (and every
// other filter as it is), so that every rule that crosses a level filter sees it
// (tst_attacks_redteam3 binaryFilterWrittenAsARange*). A refusal when bounds select no level (a
// fact of the bounds, not of the records).
std::optional<ApiResponse> levelFilters(const DatasetInfo &info,
                                        std::vector<analysis::Filter> &filters);

// A description of a variable that has a trend frame (a period: years, ages) over a cohort with a
// level filter on another variable v: its count, moments and histogram (bins and tails) are sums of
// the trend cells period × v over the cohort *without* that filter (every period of the frame ×
// the filter's levels: the count less the bins is the tails, the moments weigh every period), so
// that a trend over another cohort less such bins does not give a group's row
// (docs/privacy-rules.md "Trends over two cohorts", tst_attacks_redteam
// trendRowByHistogramsOfThePeriod). A numeric filter's bounds count as a level filter here (its
// cells: every code of the variable's family, period by period; tst_attacks_review7
// periodHistogramOverANumericFilter). Per such filter (its index in `filters`), the trend cells;
// the caller pairs them with the cohort without that filter (for the trend ledgers only). Beside
// them, for a variable whose histogram has bins and whose periods do not make up its lattice bins,
// its lattice cells (CellRelease::latticeHistogram: for DifferencingLedger::latticeHistogramHold
// only, never for the trend ledgers).
std::vector<std::pair<std::size_t, std::vector<CellRelease>>>
trendRowsByHistogram(const LoadedDataset &dataset, const std::vector<analysis::Filter> &filters,
                     const QList<protocol::NumericDescription> &numeric);

} // namespace fairstart::node::api

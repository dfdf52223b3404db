// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/node/disclosurecontrol.h"

#include "release/ledgercarry.h"

#include <algorithm>
#include <cmath>

namespace fairstart::node {

std::optional<ConsentSelection> selectConsented(const LoadedDataset &data, const QString &purpose,
                                                bool requireConsentColumn)
{
    ConsentSelection selection;
    const std::size_t rows = data.table.rows();
    const QString columnName = data.info.consentColumn(purpose);
    // Records a re-import added, held out of every cohort while fewer than min_cell of them are
    // in (release/ledgercarry.h, heldRows): as if they had no consent for any purpose.
    const auto held = heldRecords(data.info.name, data.info.generation, rows);
    auto withoutHeld = [&](ConsentSelection &out) {
        if (!held)
            return;
        for (std::size_t i = 0; i < rows; ++i) {
            if ((*held)[i] && out.mask[i]) {
                out.mask[i] = 0;
                --out.consented;
            }
        }
    };
    if (columnName.isEmpty()) {
        if (requireConsentColumn)
            return std::nullopt;
        selection.mask.assign(rows, 1);
        selection.consented = std::int64_t(rows);
        withoutHeld(selection);
        return selection;
    }
    selection.hasColumn = true;
    selection.mask.assign(rows, 0);
    const analysis::Column *column = data.table.column(columnName.toStdString());
    if (!column)
        return selection; // no readable consent: nobody
    for (std::size_t i = 0; i < rows; ++i) {
        bool consent = false;
        if (column->kind == analysis::ColumnKind::Numeric)
            consent = column->numeric[i] == 1.0;
        else if (column->codes[i] >= 0)
            consent = column->levels[std::size_t(column->codes[i])] == "1";
        if (consent) {
            selection.mask[i] = 1;
            ++selection.consented;
        }
    }
    withoutHeld(selection);
    return selection;
}

std::vector<std::uint8_t> anyPurposeRecords(const LoadedDataset &data,
                                            const std::vector<std::uint8_t> &consented)
{
    std::vector<std::uint8_t> any = consented;
    const QStringList purposes = data.info.consentPurposes();
    if (purposes.size() <= 1)
        return any;
    for (const QString &purpose : purposes) {
        // Held records (ledgercarry.h) are in no purpose's selection, so in none of these.
        const auto selected = selectConsented(data, purpose, false);
        if (!selected || selected->mask.size() != any.size())
            continue;
        const std::uint8_t *in = selected->mask.data();
        std::uint8_t *out = any.data();
        for (std::size_t i = 0; i < any.size(); ++i)
            out[i] = std::uint8_t(out[i] | in[i]);
    }
    return any;
}

std::vector<analysis::RuleOutcome> checkCohort(std::int64_t cohortSize, std::int64_t consented,
                                               const analysis::DisclosurePolicy &policy)
{
    return { analysis::checkCohortSize(cohortSize, policy),
             analysis::checkSubset(cohortSize, consented, policy) };
}

std::vector<analysis::RuleOutcome> checkColumnDominance(const analysis::DesignMatrix &design,
                                                        const analysis::DisclosurePolicy &policy)
{
    return analysis::checkDesignDominance(design, policy);
}

std::vector<analysis::RuleOutcome> checkJob(const analysis::DesignMatrix &design,
                                            const analysis::ResolvedDesign &resolved,
                                            std::int64_t consented,
                                            const analysis::DisclosurePolicy &policy)
{
    std::vector<analysis::RuleOutcome> outcomes = checkCohort(design.n(), consented, policy);
    auto append = [&outcomes](std::vector<analysis::RuleOutcome> more) {
        for (auto &outcome : more)
            outcomes.push_back(std::move(outcome));
    };
    append(analysis::checkCells(design, resolved, policy));
    append(analysis::checkModelSize(int(design.p()), double(design.n()), design.y.sum(),
                                    resolved.spec.family, policy));
    append(checkColumnDominance(design, policy));
    return outcomes;
}

const analysis::RuleOutcome *firstFailure(const std::vector<analysis::RuleOutcome> &outcomes)
{
    for (const auto &outcome : outcomes) {
        if (!outcome.passed)
            return &outcome;
    }
    return nullptr;
}

protocol::ReleasedCount roundedCount(qint64 count, int minCell, int base)
{
    if (count < minCell)
        return std::nullopt;
    if (base <= 1)
        return count;
    return ((count + base / 2) / base) * base;
}

std::vector<bool> suppressGroup(const std::vector<double> &counts, int minCell)
{
    std::vector<bool> withheld(counts.size(), false);
    int primary = 0;
    for (std::size_t i = 0; i < counts.size(); ++i) {
        if (counts[i] < minCell) {
            withheld[i] = true;
            ++primary;
        }
    }
    if (primary == 1 && counts.size() > 1) {
        std::size_t smallest = counts.size();
        for (std::size_t i = 0; i < counts.size(); ++i) {
            if (!withheld[i] && (smallest == counts.size() || counts[i] < counts[smallest]))
                smallest = i;
        }
        if (smallest < counts.size())
            withheld[smallest] = true;
    }
    return withheld;
}

namespace {

// The withheld cells as edges of a bipartite graph between rows (0..rows-1) and columns
// (rows..rows+columns-1). With every row and column total known, the withheld values are the
// solutions of "each vertex's edges sum to a known number"; the null space of that system is
// spanned by the graph's cycles, so a withheld cell is determined exactly when its edge lies on
// no cycle: when it is a bridge. Returns one such cell, or counts.size().
std::size_t determinedCell(const std::vector<bool> &withheld, std::size_t rows, std::size_t columns)
{
    const std::size_t vertices = rows + columns;
    std::vector<std::vector<std::pair<std::size_t, std::size_t>>> edges(vertices);
    for (std::size_t i = 0; i < withheld.size(); ++i) {
        if (!withheld[i])
            continue;
        const std::size_t r = i / columns, c = rows + i % columns;
        edges[r].emplace_back(c, i);
        edges[c].emplace_back(r, i);
    }
    std::vector<std::size_t> stack;
    std::vector<char> seen;
    for (std::size_t i = 0; i < withheld.size(); ++i) {
        if (!withheld[i])
            continue;
        // Is column c still reachable from row r without this cell?
        const std::size_t r = i / columns, c = rows + i % columns;
        seen.assign(vertices, 0);
        stack.assign(1, r);
        seen[r] = 1;
        while (!stack.empty() && !seen[c]) {
            const std::size_t v = stack.back();
            stack.pop_back();
            for (const auto &[w, cell] : edges[v]) {
                if (cell != i && !seen[w]) {
                    seen[w] = 1;
                    stack.push_back(w);
                }
            }
        }
        if (!seen[c])
            return i;
    }
    return withheld.size();
}

} // namespace

std::vector<bool> suppressTable(const std::vector<double> &counts, std::size_t rows,
                                std::size_t columns, int minCell)
{
    return suppressTable(counts, rows, columns, minCell, std::vector<bool>(counts.size(), false));
}

std::vector<bool> suppressTable(const std::vector<double> &counts, std::size_t rows,
                                std::size_t columns, int minCell, const std::vector<bool> &knownIn)
{
    // Three states per cell: released, withheld and unknown to the reader (an edge of the graph
    // of determinedCell), or withheld but known anyway (`known`: the caller's, and zeros the
    // totals give away). A known cell never closes a cycle and is never chosen as a complement:
    // withholding it protects nothing.
    std::vector<bool> known = knownIn;
    known.resize(counts.size(), false);
    std::vector<bool> withheld(counts.size(), false); // not released (edge or known)
    for (std::size_t i = 0; i < counts.size(); ++i)
        withheld[i] = known[i] || counts[i] < minCell;
    std::vector<bool> edge(counts.size(), false);
    const auto edges = [&] {
        for (std::size_t i = 0; i < counts.size(); ++i)
            edge[i] = withheld[i] && !known[i];
    };
    for (bool again = true; again;) {
        again = false;
        edges();
        // Each pass withholds at least one more cell or stops, so this ends.
        for (bool changed = true; changed;) {
            changed = false;
            auto fixLine = [&](std::size_t count, auto index) {
                int hidden = 0;
                for (std::size_t k = 0; k < count; ++k)
                    hidden += edge[index(k)] ? 1 : 0;
                if (hidden != 1 || count < 2)
                    return;
                std::size_t best = count;
                for (std::size_t k = 0; k < count; ++k) {
                    if (!withheld[index(k)]
                        && (best == count || counts[index(k)] < counts[index(best)]))
                        best = k;
                }
                if (best < count) {
                    withheld[index(best)] = edge[index(best)] = true;
                    changed = true;
                }
            };
            for (std::size_t r = 0; r < rows; ++r)
                fixLine(columns, [&](std::size_t c) { return r * columns + c; });
            for (std::size_t c = 0; c < columns; ++c)
                fixLine(rows, [&](std::size_t r) { return r * columns + c; });
            if (changed)
                continue;
            // No line has a lone withheld cell, but a cell can still follow from the totals: one
            // that alone links two groups of withheld cells (a bridge). Withhold the smallest
            // cell that closes a cycle through it: a row on its column's side and a column on
            // its row's.
            const std::size_t bridge = determinedCell(edge, rows, columns);
            if (bridge == edge.size())
                break;
            // The vertices reachable from `start` over withheld cells other than the bridge.
            const auto side = [&](std::size_t start) {
                std::vector<char> in(rows + columns, 0);
                std::vector<std::size_t> stack { start };
                in[start] = 1;
                while (!stack.empty()) {
                    const std::size_t v = stack.back();
                    stack.pop_back();
                    for (std::size_t k = 0; k < (v < rows ? columns : rows); ++k) {
                        const std::size_t cell
                            = v < rows ? v * columns + k : k * columns + (v - rows);
                        const std::size_t w = v < rows ? rows + k : k;
                        if (cell != bridge && edge[cell] && !in[w]) {
                            in[w] = 1;
                            stack.push_back(w);
                        }
                    }
                }
                return in;
            };
            const std::vector<char> rowSide = side(bridge / columns);
            const std::vector<char> columnSide = side(rows + bridge % columns);
            std::size_t best = counts.size();
            for (std::size_t i = 0; i < counts.size(); ++i) {
                const std::size_t r = i / columns, c = rows + i % columns;
                if (!withheld[i] && columnSide[r] && rowSide[c]
                    && (best == counts.size() || counts[i] < counts[best]))
                    best = i;
            }
            if (best == counts.size()) {
                // No such cell (the totals and the known cells determine it whatever is
                // withheld); withhold everything rather than release a determined cell.
                std::fill(withheld.begin(), withheld.end(), true);
                return withheld;
            }
            withheld[best] = edge[best] = true;
            changed = true;
        }
        // Counts are not negative: a row or column whose unknown cells hold 0 records in all
        // (the row total minus its released and known cells is 0) gives each of them away as 0.
        // Such cells are known; with them gone from the graph, withhold more.
        auto zeroLine = [&](std::size_t count, auto index) {
            double sum = 0;
            int open = 0;
            for (std::size_t k = 0; k < count; ++k) {
                if (edge[index(k)]) {
                    sum += counts[index(k)];
                    ++open;
                }
            }
            if (open == 0 || sum != 0)
                return;
            for (std::size_t k = 0; k < count; ++k) {
                if (edge[index(k)]) {
                    known[index(k)] = true;
                    edge[index(k)] = false;
                }
            }
            again = true;
        };
        for (std::size_t r = 0; r < rows; ++r)
            zeroLine(columns, [&](std::size_t c) { return r * columns + c; });
        for (std::size_t c = 0; c < columns; ++c)
            zeroLine(rows, [&](std::size_t r) { return r * columns + c; });
    }
    return withheld;
}

std::optional<std::vector<int>> performanceBinEdges(const analysis::PerformanceBins &bins,
                                                    int minCell)
{
    const int n = bins.bins;
    if (n <= 0 || bins.positives.size() != std::size_t(n) || bins.negatives.size() != std::size_t(n)
        || bins.sumRisk.size() != std::size_t(n) || bins.sumOutcome.size() != std::size_t(n)) {
        return std::nullopt;
    }
    // Bin indices as edges keep the merged edges exact.
    std::vector<double> edges(std::size_t(n) + 1);
    for (int b = 0; b <= n; ++b)
        edges[std::size_t(b)] = b;
    const analysis::MergedHistogram merged
        = analysis::mergeBinsForDisclosure(edges, { bins.positives, bins.negatives }, minCell);
    if (!merged.ok())
        return std::nullopt;
    std::vector<int> out;
    out.reserve(merged.edges.size());
    for (double e : merged.edges)
        out.push_back(int(std::lround(e)));
    return out;
}

std::optional<analysis::PerformanceBins> mergePerformanceBins(const analysis::PerformanceBins &bins,
                                                              int minCell)
{
    const auto edges = performanceBinEdges(bins, minCell);
    if (!edges)
        return std::nullopt;
    return mergePerformanceBinsAt(bins, *edges);
}

analysis::PerformanceBins mergePerformanceBinsAt(const analysis::PerformanceBins &bins,
                                                 const std::vector<int> &edges)
{
    const int n = bins.bins;
    analysis::PerformanceBins out = bins;
    std::fill(out.positives.begin(), out.positives.end(), 0.0);
    std::fill(out.negatives.begin(), out.negatives.end(), 0.0);
    std::fill(out.sumRisk.begin(), out.sumRisk.end(), 0.0);
    std::fill(out.sumOutcome.begin(), out.sumOutcome.end(), 0.0);
    // Every per-bin sum is merged like the counts; one the merge does not know is never copied.
    const bool events = bins.sumRiskEvents.size() == std::size_t(n);
    out.sumRiskEvents.assign(events ? std::size_t(n) : 0, 0.0);
    const bool squares = bins.sumSquaredRiskEvents.size() == std::size_t(n)
        && bins.sumSquaredRiskNonEvents.size() == std::size_t(n);
    out.sumSquaredRiskEvents.assign(squares ? std::size_t(n) : 0, 0.0);
    out.sumSquaredRiskNonEvents.assign(squares ? std::size_t(n) : 0, 0.0);
    for (std::size_t g = 0; g + 1 < edges.size(); ++g) {
        const int from = std::clamp(edges[g], 0, n);
        const int to = std::clamp(edges[g + 1], from, n);
        double pos = 0, neg = 0, risk = 0, outcome = 0, eventRisk = 0;
        double eventSquares = 0, nonEventSquares = 0;
        for (int b = from; b < to; ++b) {
            if (events)
                eventRisk += bins.sumRiskEvents[std::size_t(b)];
            if (squares) {
                eventSquares += bins.sumSquaredRiskEvents[std::size_t(b)];
                nonEventSquares += bins.sumSquaredRiskNonEvents[std::size_t(b)];
            }
            pos += bins.positives[std::size_t(b)];
            neg += bins.negatives[std::size_t(b)];
            risk += bins.sumRisk[std::size_t(b)];
            outcome += bins.sumOutcome[std::size_t(b)];
        }
        const double count = pos + neg;
        int target = from;
        if (count > 0) {
            const double meanRisk = risk / count;
            target = std::clamp(int(std::floor(meanRisk * n)), from, to - 1);
        }
        out.positives[std::size_t(target)] = pos;
        out.negatives[std::size_t(target)] = neg;
        out.sumRisk[std::size_t(target)] = risk;
        out.sumOutcome[std::size_t(target)] = outcome;
        if (events)
            out.sumRiskEvents[std::size_t(target)] = eventRisk;
        if (squares) {
            out.sumSquaredRiskEvents[std::size_t(target)] = eventSquares;
            out.sumSquaredRiskNonEvents[std::size_t(target)] = nonEventSquares;
        }
    }
    return out;
}

} // namespace fairstart::node

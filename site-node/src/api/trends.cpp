// SPDX-License-Identifier: GPL-3.0-or-later
#include "trends_p.h"

#include "fairstart/analysis/lattice.h"
#include "release/ledgercarry.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace fairstart::node::api {

std::optional<ApiResponse> checkTrends(const DatasetInfo &info,
                                       const QList<protocol::TrendRequest> &trends)
{
    for (qsizetype i = 0; i < trends.size(); ++i) {
        const protocol::TrendRequest &t = trends[i];
        const QString where = QStringLiteral("trends[%1]").arg(i);
        const VariableInfo *period = analysisVariable(info, t.period.toStdString());
        if (!period)
            return unknownVariable(info, t.period.toStdString(), where + QStringLiteral(".period"));
        const VariableInfo *variable = analysisVariable(info, t.variable.toStdString());
        if (!variable)
            return unknownVariable(info, t.variable.toStdString(),
                                   where + QStringLiteral(".variable"));
        if (period->kind != VariableKind::Numeric)
            return badRequest(QStringLiteral("invalid-trend"),
                              Tr::tr("A trend's period must be a numeric variable such as a year "
                                     "of birth. Choose a numeric period."),
                              where + QStringLiteral(": ") + t.period.left(100));
        if (variable->kind == VariableKind::Numeric)
            return badRequest(QStringLiteral("invalid-trend"),
                              Tr::tr("A trend counts the levels of a categorical or yes/no "
                                     "variable. Choose such a variable."),
                              where + QStringLiteral(": ") + t.variable.left(100));
        if (t.to < t.from || qint64(t.to) - t.from + 1 > MaxTrendPeriods)
            return badRequest(QStringLiteral("invalid-trend"),
                              Tr::tr("A trend needs 'from' at most 'to' and at most %1 periods. "
                                     "Ask for a shorter range.")
                                  .arg(MaxTrendPeriods),
                              where);
    }
    return std::nullopt;
}

std::vector<double> trendEdges(int from, int to)
{
    std::vector<double> edges;
    for (int p = from; p <= to + 1; ++p)
        edges.push_back(p - 0.5);
    return edges;
}

std::optional<std::size_t> TrendFrame::periodOf(double value) const
{
    if (tooWide || to < from || !std::isfinite(value))
        return std::nullopt;
    const double p = std::floor(value + 0.5) - double(from);
    if (p < 0 || p > double(to - from))
        return std::nullopt;
    return std::size_t(p);
}

TrendFrame trendFrame(const LoadedDataset &dataset, const std::string &period)
{
    return trendFrame(dataset, period, everyPurposeRecords(dataset));
}

TrendFrame trendFrame(const LoadedDataset &dataset, const std::string &name,
                      const std::vector<std::uint8_t> &facts)
{
    TrendFrame frame;
    const analysis::Column *period = dataset.table.column(name);
    if (!period || period->kind != analysis::ColumnKind::Numeric)
        return frame;
    double low = std::numeric_limits<double>::infinity();
    double high = -low;
    auto take = [&](double v) {
        low = std::min(low, v);
        high = std::max(high, v);
    };
    // The facts: the records consented for every purpose and the removed records that still count
    // in them (docs/privacy-rules.md, "The period frame after an erasure").
    for (std::size_t r = 0; r < period->size(); ++r) {
        if (r < facts.size() && facts[r] && !period->isMissing(r))
            take(period->numeric[r]);
    }
    for (const double v : factGhostValues(dataset, name))
        take(v);
    if (!(low <= high)) { // no fact holds a value: the column's own range
        for (std::size_t r = 0; r < period->size(); ++r) {
            if (!period->isMissing(r))
                take(period->numeric[r]);
        }
    }
    if (!(low <= high))
        return frame; // no value at all: no period, every record in the hidden row
    // Period p holds [p - 0.5, p + 0.5). The span is tested before anything is converted, so a
    // column of grams or of 1e300 never reaches an int.
    if (!std::isfinite(low) || !std::isfinite(high) || std::abs(low) > 1e9 || std::abs(high) > 1e9
        || std::floor(high + 0.5) - std::floor(low + 0.5) + 1
            > DescriptivesTally::Trend::MaxFramePeriods) {
        frame.tooWide = true;
        return frame;
    }
    frame.from = int(std::floor(low + 0.5));
    frame.to = int(std::floor(high + 0.5));
    return frame;
}

bool tallyTrends(const LoadedDataset &dataset, const QList<protocol::TrendRequest> &trends,
                 const std::vector<std::uint8_t> &mask, DescriptivesTally *tally)
{
    const analysis::DataTable &table = dataset.table;
    std::map<std::string, TrendFrame> frames; // one frame per period variable and request
    std::optional<std::vector<std::uint8_t>> facts; // everyPurposeRecords, once
    for (const protocol::TrendRequest &t : trends) {
        const analysis::Column *period = table.column(t.period.toStdString());
        const analysis::Column *variable = table.column(t.variable.toStdString());
        if (!period || !variable || period->kind != analysis::ColumnKind::Numeric)
            return false;
        auto known = frames.find(t.period.toStdString());
        if (known == frames.end()) {
            if (!facts)
                facts = everyPurposeRecords(dataset);
            known = frames
                        .emplace(t.period.toStdString(),
                                 trendFrame(dataset, t.period.toStdString(), *facts))
                        .first;
        }
        const TrendFrame &frame = known->second;
        DescriptivesTally::Trend trend;
        trend.period = t.period;
        trend.variable = t.variable;
        trend.from = t.from;
        trend.to = t.to;
        trend.frameFrom = frame.from;
        trend.frameTo = frame.to;
        trend.frameTooWide = frame.tooWide;
        // Levels sorted by name, as two-way tables have them, so sites line up.
        std::vector<std::int32_t> levelOf; // column code -> position in the sorted levels
        if (variable->kind == analysis::ColumnKind::Categorical) {
            std::vector<std::string> sorted = variable->levels;
            std::sort(sorted.begin(), sorted.end());
            for (const std::string &level : sorted)
                trend.levels.push_back(qs(level));
            for (const std::string &level : variable->levels)
                levelOf.push_back(std::int32_t(std::lower_bound(sorted.begin(), sorted.end(), level)
                                               - sorted.begin()));
        } else {
            trend.levels = { QStringLiteral("0"), QStringLiteral("1") };
        }
        if (frame.tooWide) {
            tally->trends.push_back(std::move(trend)); // refused by the gate, nothing counted
            continue;
        }
        // The whole frame, whatever the request's from and to: every trend of this period on
        // this cohort is a part of one table, suppressed as one (ReleaseGate::descriptives).
        const std::size_t periods = std::size_t(trend.frameTo - trend.frameFrom + 1);
        const std::size_t rows = periods + DescriptivesTally::Trend::HiddenRows;
        const std::size_t columns = trend.levels.size() + 1;
        trend.counts.assign(rows * columns, 0.0);
        for (std::size_t r = 0; r < mask.size(); ++r) {
            if (!mask[r])
                continue;
            // The row: the frame's period, else the hidden row (period missing, or a value
            // outside the facts' frame: a record consented for some purposes only).
            std::size_t row = periods;
            if (!period->isMissing(r)) {
                if (const auto p = frame.periodOf(period->numeric[r]))
                    row = *p;
            }
            std::size_t column = columns - 1;
            if (!variable->isMissing(r)) {
                if (variable->kind == analysis::ColumnKind::Categorical)
                    column = std::size_t(levelOf[std::size_t(variable->codes[r])]);
                else if (variable->numeric[r] == 0.0 || variable->numeric[r] == 1.0)
                    column = std::size_t(variable->numeric[r]);
                else
                    return false;
            }
            trend.counts[row * columns + column] += 1;
        }
        tally->trends.push_back(std::move(trend));
    }
    return true;
}

void appendTrendCells(const LoadedDataset &dataset, const QList<protocol::ReleasedTable> &trends,
                      std::vector<CellRelease> *cells)
{
    const analysis::DataTable &table = dataset.table;
    for (const protocol::ReleasedTable &trend : trends) {
        if (trend.rowLevels.isEmpty())
            continue;
        const std::string period = trend.rowVariable.toStdString();
        const std::string variable = trend.columnVariable.toStdString();
        const analysis::Column *column = table.column(period);
        if (!column)
            continue;
        // The frame's histogram family: one per period variable, whatever the request's range.
        const TrendFrame frame = trendFrame(dataset, period);
        if (frame.tooWide || frame.to < frame.from)
            continue; // nothing of it was released
        const std::string periodFamily = histogramFamily(period, trendEdges(frame.from, frame.to));
        const std::string variableKey = variableFamily(variable);
        CellRelease joint { jointFamily(periodFamily, variableKey), {} };
        joint.trendCells = true;
        const qsizetype columns = trend.columnLevels.size();
        for (qsizetype i = 0; i < trend.counts.size(); ++i) {
            if (!trend.counts[i])
                continue;
            const int row = trend.rowLevels[i / columns].toInt() - frame.from;
            joint.released.push_back(jointCode(
                table, periodFamily, std::int32_t(row), variableKey,
                levelCode(table, variable, trend.columnLevels[i % columns].toStdString())));
        }
        cells->push_back(std::move(joint));
    }
}

void appendTrendRowsByFilter(const LoadedDataset &dataset,
                             const std::vector<analysis::Filter> &filters,
                             const QList<protocol::CategoricalDescription> &levels,
                             std::vector<CellRelease> *cells)
{
    const analysis::DataTable &table = dataset.table;
    for (const analysis::Filter &filter : filters) {
        if (!filter.values.empty() || (!filter.min && !filter.max))
            continue;
        const analysis::Column *column = table.column(filter.variable);
        if (!column || column->kind != analysis::ColumnKind::Numeric)
            continue;
        const TrendFrame frame = trendFrame(dataset, filter.variable);
        if (frame.tooWide || frame.to < frame.from)
            continue;
        // The periods a record of the filtered cohort can be in (period p holds [p - 0.5,
        // p + 0.5)), within the frame.
        auto period = [](double v) {
            return std::floor(v + 0.5);
        };
        const int from
            = filter.min ? int(std::max(double(frame.from), period(*filter.min))) : frame.from;
        const int to = filter.max ? int(std::min(double(frame.to), period(*filter.max))) : frame.to;
        if (to < from)
            continue;
        const std::string periodFamily
            = histogramFamily(filter.variable, trendEdges(frame.from, frame.to));
        for (const protocol::CategoricalDescription &categorical : levels) {
            const std::string variable = categorical.variable.toStdString();
            if (variable == filter.variable)
                continue;
            const std::string variableKey = variableFamily(variable);
            CellRelease joint { jointFamily(periodFamily, variableKey), {} };
            joint.trendCells = true;
            for (int p = from; p <= to; ++p) {
                for (const protocol::CatalogueLevel &level : categorical.levels) {
                    if (!level.count)
                        continue;
                    const std::int32_t code
                        = jointCode(table, periodFamily, std::int32_t(p - frame.from), variableKey,
                                    levelCode(table, variable, level.name.toStdString()));
                    if (code >= 0)
                        joint.released.push_back(code);
                }
            }
            if (!joint.released.empty())
                cells->push_back(std::move(joint));
        }
    }
}

std::vector<CellRelease> trendRowsByRangeFilter(const LoadedDataset &dataset,
                                                const std::vector<analysis::Filter> &filters,
                                                const protocol::DescriptivesResponse &released,
                                                const QStringList &completeCases)
{
    std::vector<CellRelease> cells;
    const analysis::DataTable &table = dataset.table;
    // The released levels per variable: its level counts (`fromTable` false), or a table's margins
    // (every level: a margin is the sum of its released cells and the withheld ones the totals
    // determine).
    struct Levels {
        std::string variable;
        std::vector<std::int32_t> codes;
        bool fromTable = false;
    };
    std::vector<Levels> described;
    for (const protocol::CategoricalDescription &categorical : released.categorical) {
        Levels l { categorical.variable.toStdString(), {}, false };
        for (const protocol::CatalogueLevel &level : categorical.levels) {
            if (level.count)
                l.codes.push_back(levelCode(table, l.variable, level.name.toStdString()));
        }
        described.push_back(std::move(l));
    }
    for (const protocol::ReleasedTable &t : released.tables) {
        for (const QString &name : { t.rowVariable, t.columnVariable }) {
            Levels l { name.toStdString(), {}, true };
            const std::int32_t count = familyCodeCount(table, variableFamily(l.variable));
            for (std::int32_t c = 0; c + 1 < count; ++c) // the last code is missing
                l.codes.push_back(c);
            described.push_back(std::move(l));
        }
    }
    if (described.empty())
        return cells;
    const std::size_t rows = table.rows();
    // Each restriction: a numeric filter's bounds, or a complete-cases variable (the records
    // where it is present: the complete cases of a variable recorded in some years only are
    // those years' cohort), over every record of the dataset.
    struct Restriction {
        std::string variable;
        std::vector<std::uint8_t> within;
        bool completeCases = false;
    };
    std::vector<Restriction> restrictions;
    for (const analysis::Filter &filter : filters) {
        if (!filter.values.empty() || (!filter.min && !filter.max))
            continue;
        const analysis::Column *q = table.column(filter.variable);
        if (!q || q->kind != analysis::ColumnKind::Numeric)
            continue;
        Restriction restriction { filter.variable, std::vector<std::uint8_t>(rows, 0), false };
        for (std::size_t r = 0; r < rows; ++r) {
            const double v = q->numeric[r];
            restriction.within[r] = !q->isMissing(r) && (!filter.min || v >= *filter.min)
                && (!filter.max || v <= *filter.max);
        }
        restrictions.push_back(std::move(restriction));
    }
    // A level filter too, when its levels' records leave out whole periods (a variable recorded
    // in some years only, filtered on its levels: the complete cases in disguise).
    for (const analysis::Filter &filter : filters) {
        if (filter.values.empty())
            continue;
        const analysis::Column *q = table.column(filter.variable);
        const std::vector<std::int32_t> levels = filterLevelCodes(dataset, filter);
        if (!q || levels.empty())
            continue;
        Restriction restriction { filter.variable, std::vector<std::uint8_t>(rows, 0), true };
        for (std::size_t r = 0; r < rows; ++r) {
            if (q->isMissing(r))
                continue;
            const std::int32_t code = q->kind == analysis::ColumnKind::Categorical
                ? q->codes[r]
                : (q->numeric[r] == 0.0       ? 0
                       : q->numeric[r] == 1.0 ? 1
                                              : -1);
            restriction.within[r]
                = std::find(levels.begin(), levels.end(), code) != levels.end() ? 1 : 0;
        }
        restrictions.push_back(std::move(restriction));
    }
    for (const QString &name : completeCases) {
        const analysis::Column *q = table.column(name.toStdString());
        if (!q)
            continue;
        Restriction restriction { name.toStdString(), std::vector<std::uint8_t>(rows, 0), true };
        for (std::size_t r = 0; r < rows; ++r)
            restriction.within[r] = !q->isMissing(r);
        restrictions.push_back(std::move(restriction));
    }
    const std::vector<std::uint8_t> facts
        = restrictions.empty() ? std::vector<std::uint8_t> {} : everyPurposeRecords(dataset);
    for (const Restriction &restriction : restrictions) {
        const std::string &restricted = restriction.variable;
        const std::vector<std::uint8_t> &within = restriction.within;
        for (const VariableInfo &info : dataset.info.variables) {
            if (info.role != VariableRole::Variable || info.kind != VariableKind::Numeric)
                continue;
            const std::string name = info.name.toStdString();
            const analysis::Column *p = table.column(name);
            if (!p || p->kind != analysis::ColumnKind::Numeric)
                continue;
            const TrendFrame frame = trendFrame(dataset, name, facts);
            if (frame.tooWide || frame.to < frame.from)
                continue;
            const std::size_t periods = std::size_t(frame.to - frame.from + 1);
            std::vector<std::uint8_t> held(periods, 0), covered(periods, 0);
            for (std::size_t r = 0; r < rows; ++r) {
                if (p->isMissing(r))
                    continue;
                // A value outside the facts' frame is in no period of it.
                const auto k = frame.periodOf(p->numeric[r]);
                if (!k)
                    continue;
                held[*k] = 1;
                covered[*k] = covered[*k] | within[r];
            }
            // A filter on p itself: its level counts are appendTrendRowsByFilter's (a part of
            // the dataset's ledger); a filter that leaves every period of p is no row of p.
            // Complete cases that leave every period of p (p's own included) add no row.
            const bool self = name == restricted;
            if ((!self || restriction.completeCases) && covered == held)
                continue;
            const std::string periodFamily
                = histogramFamily(name, trendEdges(frame.from, frame.to));
            for (const Levels &l : described) {
                if (l.variable == name || l.variable == restricted || (self && !l.fromTable))
                    continue;
                const std::string variableKey = variableFamily(l.variable);
                CellRelease joint { jointFamily(periodFamily, variableKey), {} };
                joint.trendCells = true;
                for (std::size_t k = 0; k < periods; ++k) {
                    if (!covered[k])
                        continue;
                    for (const std::int32_t level : l.codes) {
                        const std::int32_t code
                            = jointCode(table, periodFamily, std::int32_t(k), variableKey, level);
                        if (code >= 0)
                            joint.released.push_back(code);
                    }
                }
                std::sort(joint.released.begin(), joint.released.end());
                joint.released.erase(std::unique(joint.released.begin(), joint.released.end()),
                                     joint.released.end());
                if (!joint.released.empty())
                    cells.push_back(std::move(joint));
            }
        }
    }
    return cells;
}

std::vector<std::int32_t> filterLevelCodes(const LoadedDataset &dataset,
                                           const analysis::Filter &filter)
{
    std::vector<std::int32_t> levels;
    const VariableInfo *info = dataset.info.variable(qs(filter.variable));
    if (!info || info->kind == VariableKind::Numeric)
        return levels;
    for (const std::string &value : filter.values) {
        std::int32_t code = -1;
        if (info->kind == VariableKind::Binary) {
            const std::optional<double> v = analysis::parseNumber(value);
            code = v && *v == 0.0 ? 0 : v && *v == 1.0 ? 1 : -1;
        } else {
            code = levelCode(dataset.table, filter.variable, value);
        }
        if (code >= 0 && std::find(levels.begin(), levels.end(), code) == levels.end())
            levels.push_back(code);
    }
    std::sort(levels.begin(), levels.end());
    return levels;
}

std::optional<ApiResponse> levelFilters(const DatasetInfo &info,
                                        std::vector<analysis::Filter> &filters)
{
    for (std::size_t i = 0; i < filters.size(); ++i) {
        analysis::Filter &filter = filters[i];
        const VariableInfo *variable = info.variable(qs(filter.variable));
        if (!variable || variable->kind != VariableKind::Binary || (!filter.min && !filter.max))
            continue;
        std::vector<std::string> levels;
        for (const double level : { 0.0, 1.0 }) {
            if ((filter.min && level < *filter.min) || (filter.max && level > *filter.max))
                continue;
            bool listed = filter.values.empty();
            for (const std::string &value : filter.values) {
                const std::optional<double> v = analysis::parseNumber(value);
                listed = listed || (v && *v == level);
            }
            if (listed)
                levels.push_back(level == 0.0 ? "0" : "1");
        }
        if (levels.empty())
            return badRequest(QStringLiteral("invalid-filter"),
                              Tr::tr("A yes/no variable is 0 or 1: these bounds select neither. "
                                     "Filter it by its levels 0 and 1."),
                              QStringLiteral("filters[%1]").arg(i));
        filter.min.reset();
        filter.max.reset();
        filter.values = std::move(levels);
    }
    return std::nullopt;
}

namespace {

// The most lattice bins a variable's hold counts by (the family key lists their edges): beyond,
// the step is widened (x 2, 5, 10, ...) until they fit (docs/privacy-rules.md, "The red team of
// the twelfth session": a known limit, a variable spanning more than 1000 lattice steps).
constexpr double MaxLatticeBins = 1000;

// A numeric variable's released histogram over a level filter (the filter's `levels` of the
// family `variableKey`) as the joint cells of its lattice bins x those levels: the released bins
// are unions of lattice bins, so a group between two cohorts whose every lattice bin holds 0 or
// >= min_cell records (whole levels, wholePeriodRows) holds so in every released bin, whichever
// edges each cohort's canonical histogram chose. Only where the variable's periods (trendFrame)
// do not already make up its lattice bins: a variable that is no period (grams,
// tst_attacks_review7 histogramOfGramsOverALevelFilter), or one with values that are not whole or
// a step that is not (parental stress by 0.5: a period [9.5, 10.5) straddles the lattice edge 10,
// tst_attacks_redteam6). nullopt when no lattice applies.
//
// The lattice's range (the family key lists its edges) is the range of the dataset's *facts*: the
// records consented for every purpose (everyPurposeRecords, the earlier import's after a re-import
// that changed only consent) and the removed records that still count in them
// (factGhostValues), as the step is (docs/privacy-rules.md, "Removed records in the facts"). So
// one record erased, added (held) or withdrawn does not start a new family, whose empty ledger
// would pass where the old one holds: whether the bins come would tell that the record held the
// lowest or highest value. Records outside that range (consented for some purposes only) are in
// the family's codes below and above the range, held like a bin.
std::optional<CellRelease> latticeRowsByHistogram(const LoadedDataset &dataset,
                                                  const std::string &name,
                                                  const std::string &variableKey,
                                                  const std::vector<std::int32_t> &levels)
{
    const analysis::Column *column = dataset.table.column(name);
    double step = datasetHistogramStep(dataset, name);
    if (!column || column->kind != analysis::ColumnKind::Numeric || !(step > 0)
        || !std::isfinite(step))
        return std::nullopt;
    const std::vector<std::uint8_t> facts = everyPurposeRecords(dataset);
    double low = std::numeric_limits<double>::infinity();
    double high = -low;
    bool whole = true;
    auto take = [&](double v) {
        if (!std::isfinite(v))
            return;
        low = std::min(low, v);
        high = std::max(high, v);
        whole = whole && v == std::floor(v);
    };
    for (std::size_t r = 0; r < column->size(); ++r) {
        if (r < facts.size() && facts[r] && !column->isMissing(r))
            take(column->numeric[r]);
    }
    for (const double v : factGhostValues(dataset, name))
        take(v);
    if (!(low <= high)) { // no fact holds a value: the column's own range
        for (std::size_t r = 0; r < column->size(); ++r) {
            if (!column->isMissing(r))
                take(column->numeric[r]);
        }
    }
    if (!(low <= high) || !std::isfinite(low) || !std::isfinite(high))
        return std::nullopt;
    const TrendFrame frame = trendFrame(dataset, name, facts);
    if (!frame.tooWide && whole && step >= 1 && step == std::floor(step))
        return std::nullopt; // every lattice bin is whole periods: the period cells hold it
    while (std::floor(high / step) - std::floor(low / step) + 1 > MaxLatticeBins) {
        // The next step of 1, 2, 5 x 10^n.
        const double decade = std::pow(10.0, std::floor(std::log10(step) + 1e-9));
        const double mantissa = std::round(step / decade);
        step = (mantissa < 2 ? 2 : mantissa < 5 ? 5 : 10) * decade;
    }
    const analysis::LatticeScale scale(step);
    const long long first = scale.cell(low);
    const auto count = std::size_t(scale.cell(high) - first + 1);
    std::vector<double> edges;
    edges.reserve(count + 1);
    for (std::size_t k = 0; k <= count; ++k)
        edges.push_back(scale.point(first + (long long)k));
    const std::string latticeFamily = histogramFamily(name, edges);
    CellRelease joint { jointFamily(latticeFamily, variableKey), {} };
    joint.latticeHistogram = true;
    // Every bin, and the codes below (count) and above (count + 1) the range.
    for (std::size_t b = 0; b < count + 2; ++b) {
        for (const std::int32_t level : levels) {
            const std::int32_t code
                = jointCode(dataset.table, latticeFamily, std::int32_t(b), variableKey, level);
            if (code >= 0)
                joint.released.push_back(code);
        }
    }
    std::sort(joint.released.begin(), joint.released.end());
    if (joint.released.empty())
        return std::nullopt;
    return joint;
}

} // namespace

std::vector<std::pair<std::size_t, std::vector<CellRelease>>>
trendRowsByHistogram(const LoadedDataset &dataset, const std::vector<analysis::Filter> &filters,
                     const QList<protocol::NumericDescription> &numeric)
{
    std::vector<std::pair<std::size_t, std::vector<CellRelease>>> out;
    const analysis::DataTable &table = dataset.table;
    for (std::size_t f = 0; f < filters.size(); ++f) {
        const analysis::Filter &filter = filters[f];
        const VariableInfo *info = dataset.info.variable(qs(filter.variable));
        if (!info || info->role != VariableRole::Variable)
            continue;
        // A numeric filter's bounds are a level filter too: two histograms of a period over
        // score >= 30 on two cohorts give the group between them by period x (score >= 30)
        // (tst_attacks_review7 periodHistogramOverANumericFilter). Its records are no level of
        // the variable's family, so its cells are every code of it, period by period: the
        // histogram ledger holds whole periods anyway, and no trend is of a numeric variable.
        const bool bounds = info->kind == VariableKind::Numeric && filter.values.empty()
            && (filter.min || filter.max);
        if (!bounds && (filter.values.empty() || info->kind == VariableKind::Numeric))
            continue;
        const std::string variableKey = variableFamily(filter.variable);
        std::vector<std::int32_t> levels;
        if (bounds) {
            for (std::int32_t c = 0; c < familyCodeCount(table, variableKey); ++c)
                levels.push_back(c);
        } else {
            levels = filterLevelCodes(dataset, filter);
        }
        if (levels.empty())
            continue;
        std::vector<CellRelease> cells;
        for (const protocol::NumericDescription &described : numeric) {
            const std::string name = described.variable.toStdString();
            if (name == filter.variable)
                continue;
            const analysis::Column *column = table.column(name);
            if (!column || column->kind != analysis::ColumnKind::Numeric)
                continue;
            bool bins = false;
            for (const protocol::ReleasedHistogram &histogram : described.histograms)
                bins = bins || histogram.edges.size() >= 2;
            // Its released bins, held by the node's lattice: a variable that is no period (grams),
            // or whose periods do not make up its lattice bins (tst_attacks_redteam6). For
            // DifferencingLedger::latticeHistogramHold only (CellRelease::latticeHistogram).
            if (bins) {
                if (std::optional<CellRelease> lattice
                    = latticeRowsByHistogram(dataset, name, variableKey, levels)) {
                    cells.push_back(std::move(*lattice));
                }
            }
            const TrendFrame frame = trendFrame(dataset, name);
            if (frame.tooWide || frame.to < frame.from)
                continue;
            // Every period of the frame: the count and the moments are sums over every period, and
            // the bins less the count are the tails (tst_attacks_redteam3
            // momentsOfThePeriodOverALevelFilter); the histogram's range does not matter.
            const std::size_t periods = std::size_t(frame.to - frame.from + 1);
            const std::string periodFamily
                = histogramFamily(name, trendEdges(frame.from, frame.to));
            CellRelease joint { jointFamily(periodFamily, variableKey), {} };
            joint.trendCells = true;
            joint.periodHistogram = bins;
            for (std::size_t p = 0; p < periods; ++p) {
                for (const std::int32_t level : levels) {
                    const std::int32_t code
                        = jointCode(table, periodFamily, std::int32_t(p), variableKey, level);
                    if (code >= 0)
                        joint.released.push_back(code);
                }
            }
            std::sort(joint.released.begin(), joint.released.end());
            if (!joint.released.empty())
                cells.push_back(std::move(joint));
        }
        if (!cells.empty())
            out.emplace_back(f, std::move(cells));
    }
    return out;
}

} // namespace fairstart::node::api

// SPDX-License-Identifier: GPL-3.0-or-later
#include "release/releasegate.h"

#include "api/inflight_p.h"

#include "release/breakpointbounds.h"
#include "release/ledgercarry.h"

#include "fairstart/analysis/binriskdominance.h"
#include "fairstart/analysis/discrimination.h"
#include "fairstart/analysis/separationlp.h"
#include "fairstart/node/tr.h"

#include "fairstart/protocol/codec.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <functional>
#include <limits>

namespace fairstart::node {

std::vector<std::uint8_t> everyPurposeRecords(const LoadedDataset &data)
{
    // After a re-import that changed only consent: the earlier import's (release/ledgercarry.h).
    if (auto facts = factRecords(data.info.name, data.info.generation, data.table.rows()))
        return std::move(*facts);
    std::vector<std::uint8_t> every(data.table.rows(), 1);
    for (const QString &purpose : data.info.consentPurposes()) {
        const auto selected = selectConsented(data, purpose, false);
        for (std::size_t i = 0; i < every.size(); ++i)
            every[i] = every[i] && selected && i < selected->mask.size() && selected->mask[i];
    }
    return every;
}

bool everyPurposeWholeNumbers(const std::vector<std::uint8_t> &every,
                              const analysis::Column &column)
{
    if (column.kind != analysis::ColumnKind::Numeric)
        return false;
    for (std::size_t i = 0; i < column.size() && i < every.size(); ++i) {
        if (every[i] && !column.isMissing(i) && column.numeric[i] != std::trunc(column.numeric[i]))
            return false;
    }
    return true;
}

namespace {

// Welford's mean and sum of squared deviations of a column's finite values, in row order.
struct Moments {
    double n = 0, mean = 0, m2 = 0;
    void add(double v)
    {
        if (!std::isfinite(v)) // missing (NaN) or infinite
            return;
        n += 1;
        const double d = v - mean;
        mean += d / n;
        m2 += d * (v - mean);
    }
};

// The step from a column's moments. `every` gives everyPurposeRecords, asked for only when the
// floor can decide.
double stepOf(const Moments &m, const analysis::Column &column,
              const std::function<const std::vector<std::uint8_t> &()> &every)
{
    const double step = m.n >= 2 ? analysis::histogramStep(std::sqrt(m.m2 / (m.n - 1))) : 0;
    // Whole numbers: edges at whole numbers, never between two possible values (30.2, 31.2 of
    // a maternal age in years, 1.1, 2.1 of a quintile). histogramStep gives 1, 2 or 5 × 10ⁿ, so
    // a step of at least 1 is a whole number and every lattice point k · step is one too.
    if (step > 0 && step < 1 && everyPurposeWholeNumbers(every(), column))
        return 1;
    return step;
}

double histogramStepOf(const analysis::Column &column,
                       const std::function<const std::vector<std::uint8_t> &()> &every)
{
    if (column.kind != analysis::ColumnKind::Numeric)
        return 0;
    Moments m;
    for (const double v : column.numeric)
        m.add(v);
    return stepOf(m, column, every);
}

} // namespace

double datasetHistogramStep(const LoadedDataset &data, const std::string &variable)
{
    if (const auto cached = data.histogramSteps.find(variable); cached != data.histogramSteps.end())
        return cached->second;
    const analysis::Column *column = data.table.column(variable);
    std::vector<std::uint8_t> every;
    return column ? histogramStepOf(*column,
                                    [&]() -> const std::vector<std::uint8_t> & {
                                        every = everyPurposeRecords(data);
                                        return every;
                                    })
                  : 0;
}

double histogramStepOver(const analysis::Column &column, const std::vector<std::uint8_t> &every)
{
    return histogramStepOf(column, [&]() -> const std::vector<std::uint8_t> & { return every; });
}

void cacheHistogramSteps(LoadedDataset &data)
{
    std::optional<std::vector<std::uint8_t>> every;
    auto records = [&]() -> const std::vector<std::uint8_t> & {
        if (!every)
            every = everyPurposeRecords(data);
        return *every;
    };
    std::vector<std::pair<std::string, const analysis::Column *>> numeric;
    for (const std::string &name : data.table.columnNames()) {
        const analysis::Column *column = data.table.column(name);
        if (column && column->kind == analysis::ColumnKind::Numeric)
            numeric.emplace_back(name, column);
    }
    // Four columns at a time, row by row: each column's moments are the same sums in the same
    // order as histogramStepOf's, but the four chains of divisions overlap (issue 16: this was
    // most of a cold catalogue's own CPU).
    std::size_t k = 0;
    for (; k + 4 <= numeric.size(); k += 4) {
        const std::size_t rows = numeric[k].second->numeric.size();
        const double *c[4];
        bool sameRows = true;
        for (std::size_t j = 0; j < 4; ++j) {
            c[j] = numeric[k + j].second->numeric.data();
            sameRows = sameRows && numeric[k + j].second->numeric.size() == rows;
        }
        if (!sameRows) // a table's columns have one length: never, but then one at a time
            break;
        Moments m[4];
        for (std::size_t i = 0; i < rows; ++i) {
            m[0].add(c[0][i]);
            m[1].add(c[1][i]);
            m[2].add(c[2][i]);
            m[3].add(c[3][i]);
        }
        for (std::size_t j = 0; j < 4; ++j)
            data.histogramSteps[numeric[k + j].first]
                = stepOf(m[j], *numeric[k + j].second, records);
    }
    for (; k < numeric.size(); ++k)
        data.histogramSteps[numeric[k].first] = histogramStepOf(*numeric[k].second, records);
}

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

// QJsonDocument's compact text, by protocol::jsonText (the same bytes, faster: every released
// answer is written here).
QByteArray toBytes(const QJsonObject &object)
{
    return protocol::jsonText(object);
}

analysis::RuleOutcome minCellOutcome(bool passed, int minCell, std::string detail,
                                     std::string message)
{
    analysis::RuleOutcome outcome;
    outcome.ruleId = "min-cell";
    outcome.passed = passed;
    outcome.threshold = minCell;
    outcome.detail = std::move(detail);
    outcome.message = std::move(message);
    return outcome;
}

} // namespace

QJsonObject checkToJson(const analysis::RuleOutcome &outcome)
{
    QJsonObject check { { QStringLiteral("rule"), qs(outcome.ruleId) },
                        { QStringLiteral("threshold"), outcome.threshold },
                        { QStringLiteral("passed"), outcome.passed } };
    if (!outcome.detail.empty())
        check.insert(QStringLiteral("detail"), qs(outcome.detail).left(200));
    return check;
}

void ReleaseRecord::add(const analysis::RuleOutcome &outcome)
{
    checks.append(checkToJson(outcome));
}

void ReleaseRecord::add(const std::vector<analysis::RuleOutcome> &outcomes)
{
    for (const auto &outcome : outcomes)
        add(outcome);
}

ReleaseGate::ReleaseGate(analysis::DisclosurePolicy policy, int catalogueRounding)
    : m_policy(std::move(policy))
    , m_catalogueRounding(catalogueRounding)
{
}

// ---- answers without numbers from records ----------------------------------------------------

GateAnswer ReleaseGate::error(int status, const QString &code, const QString &message,
                              const QString &detail, bool rule)
{
    protocol::ApiError error;
    error.httpStatus = status;
    error.code = code;
    error.message = message;
    error.detail = detail;
    error.rule = rule;
    return GateAnswer(status, toBytes(protocol::toJson(error)), code);
}

GateAnswer ReleaseGate::metadata(int status, const QJsonObject &object, const char *kind,
                                 ReleaseRecord &record) const
{
    return release(status, object, kind, record);
}

GateAnswer ReleaseGate::release(int status, const QJsonObject &object, const char *kind,
                                ReleaseRecord &record) const
{
    GateAnswer answer(status, toBytes(object), QString());
    record.kind = QString::fromLatin1(kind);
    record.releasedHash = protocol::sha256Hex(answer.body());
    return answer;
}

// ---- refusals --------------------------------------------------------------------------------

namespace {

// What a `dominance` refusal names: the variable (or column) whose sums a few records dominate,
// never which of its sums — the plain sum, the centred sum of squares, a weighted sum of squares
// or the score. Which one is dominated depends on how far out the few records lie (a plain sum
// only when they are about nine times all the others together): the detail told a planted
// value's size (tst_attacks_review11 dominanceDetailNamesWhichSum). The audit keeps the full
// detail.
std::string dominanceDetail(const std::string &detail)
{
    static const std::pair<const char *, const char *> kinds[] = {
        { "the sum of the working weights", "the weighted sums of the intercept" },
        { "the centred sum of squares of ", "the sums of " },
        { "the weighted sum of squares of ", "the weighted sums of " },
        { "the sum of squares of ", "the sums of " },
        { "the score of ", "the weighted sums of " },
        { "the sum of ", "the sums of " },
    };
    for (const auto &[from, to] : kinds) {
        const std::string prefix(from);
        if (detail.rfind(prefix, 0) == 0)
            return to + detail.substr(prefix.size());
    }
    return detail;
}

} // namespace

GateAnswer ReleaseGate::refuse(const analysis::RuleOutcome &outcome, ReleaseRecord &record) const
{
    record.kind = QStringLiteral("refusal");
    const std::string detail
        = outcome.ruleId == "dominance" ? dominanceDetail(outcome.detail) : outcome.detail;
    return error(422, qs(outcome.ruleId), qs(outcome.message), qs(detail).left(200), true);
}

GateAnswer ReleaseGate::dataFailure(ReleaseRecord &record) const
{
    record.kind = QStringLiteral("refusal");
    return error(422, QStringLiteral("not-computable"),
                 Tr::tr("The request cannot be computed on this site's records. The node does not "
                        "say which record, variable or value is the cause, because that would "
                        "describe the records. Check the design against the catalogue (levels, "
                        "transforms, the outcome's type) or ask the site administrator."));
}

// ---- cohort rules ----------------------------------------------------------------------------

std::optional<GateAnswer> ReleaseGate::cohort(std::int64_t cohortSize, std::int64_t consented,
                                              ReleaseRecord &record) const
{
    const std::vector<analysis::RuleOutcome> outcomes
        = checkCohort(cohortSize, consented, m_policy);
    record.add(outcomes);
    if (const auto *failed = firstFailure(outcomes))
        return refuse(*failed, record);
    return std::nullopt;
}

namespace {

QString edgeText(double value)
{
    return QString::number(value, 'g', 10);
}

} // namespace

GateAnswer ReleaseGate::refuseBound(const char *ruleId, const QString &detail,
                                    const QString &message, ReleaseRecord &record) const
{
    analysis::RuleOutcome outcome;
    outcome.ruleId = ruleId;
    outcome.threshold = m_policy.minCell;
    outcome.passed = false;
    outcome.detail = detail.toStdString();
    outcome.message = message.toStdString();
    record.add(outcome);
    return refuse(outcome, record);
}

std::optional<GateAnswer> ReleaseGate::filterBounds(const LoadedDataset &data,
                                                    const std::vector<analysis::Filter> &filters,
                                                    ReleaseRecord &record) const
{
    if (!m_policy.filterBoundsOnEdges)
        return std::nullopt; // the administrator allowed any bound (policy filter_bounds_on_edges =
                             // no)
    const int minCell = m_policy.minCell;
    bool any = false;
    for (std::size_t i = 0; i < filters.size(); ++i) {
        const analysis::Filter &filter = filters[i];
        const VariableInfo *meta = data.info.variable(qs(filter.variable));
        const analysis::Column *column = data.table.column(filter.variable);
        if (!meta || meta->kind != VariableKind::Numeric || !column
            || column->kind != analysis::ColumnKind::Numeric)
            continue; // levels: categorical and binary filters select whole categories
        any = true;
        const QString name = qs(filter.variable);
        const QString where = QStringLiteral("filters[%1]").arg(i);
        auto refuseWith = [&](const QString &detail, const QString &message) {
            return refuseBound("filter-bound", detail, message, record);
        };
        if (!filter.values.empty()) {
            return refuseWith(
                where + QStringLiteral(".values"),
                Tr::tr("A numeric variable (%1) is filtered by a minimum and a maximum, not by a "
                       "list of values: a list could select single records. Give bounds at the "
                       "edges of the node's histogram of %1.")
                    .arg(name));
        }
        if (!filter.min && !filter.max)
            continue;
        // The node's canonical edges of the variable over the records consented for every
        // purpose (the same for every purpose, consentedEdges). Its lattice is the dataset's.
        double step = 0;
        const std::vector<double> edges = consentedEdges(data, filter.variable, minCell, &step);
        if (edges.size() < 2) {
            return refuseWith(
                where,
                Tr::tr("The variable %1 holds too few distinct records at this site for a "
                       "filter on it (the node's histogram of it has no edges). Filter by "
                       "another variable, or leave this filter out at this site.")
                    .arg(name));
        }
        // The index of the edge `t` is, or -1.
        auto edgeAt = [&](double t) {
            return edgeIndex(edges, step, t);
        };
        // The allowed bounds next to `t`, for the message.
        auto nearest = [&](double t, bool maximum) {
            return nearestAllowed(edges, step, t, 0, maximum ? edges.size() - 1 : edges.size());
        };
        auto why = [&]() {
            return Tr::tr("Bounds of a numeric filter must be edges of the node's histogram of "
                          "%1 (describe %1 to see them), so that a refusal never tells where a "
                          "record's value lies.")
                .arg(name);
        };
        if (filter.min && edgeAt(*filter.min) < 0) {
            return refuseWith(where + QStringLiteral(".min"),
                              Tr::tr("The minimum %1 of the filter on %2 is not allowed.")
                                      .arg(edgeText(*filter.min), name)
                                  + QLatin1Char(' ') + why() + QLatin1Char(' ')
                                  + nearest(*filter.min, false));
        }
        if (filter.max) {
            const int at = edgeAt(*filter.max);
            if (at < 0 || at + 1 == int(edges.size())) {
                const QString highest = at < 0
                    ? QString()
                    : Tr::tr(" A maximum cannot be the highest edge: the records above it "
                             "could be too few to leave out.");
                return refuseWith(where + QStringLiteral(".max"),
                                  Tr::tr("The maximum %1 of the filter on %2 is not allowed.")
                                          .arg(edgeText(*filter.max), name)
                                      + highest + QLatin1Char(' ') + why() + QLatin1Char(' ')
                                      + nearest(*filter.max, true));
            }
        }
        if (filter.min && filter.max && !(edgeAt(*filter.min) < edgeAt(*filter.max))) {
            return refuseWith(where,
                              Tr::tr("The filter on %1 needs a minimum below its maximum, at "
                                     "two different edges of the node's histogram of %1.")
                                  .arg(name));
        }
    }
    if (any) {
        analysis::RuleOutcome outcome;
        outcome.ruleId = "filter-bound";
        outcome.threshold = minCell;
        outcome.passed = true;
        record.add(outcome);
    }
    return std::nullopt;
}

// ---- catalogue -------------------------------------------------------------------------------

Released<protocol::CatalogueDataset> ReleaseGate::catalogueEntry(const CatalogueTally &tally) const
{
    const int minCell = m_policy.minCell;
    const int base = m_catalogueRounding;
    protocol::CatalogueDataset entry;
    entry.name = tally.name;
    entry.description = tally.description;
    entry.consentPurposes = tally.consentPurposes;
    entry.rows = roundedCount(tally.consented, minCell, base);
    for (const CatalogueTally::Variable &variable : tally.variables) {
        protocol::CatalogueVariable out;
        out.name = variable.name;
        out.label = variable.label;
        out.type = variable.type;
        out.count = roundedCount(variable.present, minCell, base);
        out.missing = variable.missing == 0 ? protocol::ReleasedCount(0)
                                            : roundedCount(variable.missing, minCell, base);
        // Order and labels are the schema's (metadata, no count); every count as before.
        if (!variable.declaredOrder.isEmpty()) {
            out.levelsInDeclaredOrder = true;
            for (qsizetype i = 0; i < variable.declaredOrder.size(); ++i) {
                const QString &level = variable.declaredOrder[i];
                const auto count = variable.levels.find(level);
                out.levels.append({ level,
                                    roundedCount(count == variable.levels.end() ? 0 : count->second,
                                                 minCell, base),
                                    variable.levelLabels.value(i) });
            }
        } else {
            for (const auto &[level, count] : variable.levels)
                out.levels.append({ level, roundedCount(count, minCell, base) });
        }
        out.wholeNumbers = variable.type == protocol::VariableType::Numeric && variable.wholeNumbers
            && variable.present > 0;
        entry.variables.append(out);
    }
    return Released<protocol::CatalogueDataset>(std::move(entry));
}

GateAnswer ReleaseGate::catalogue(const std::vector<Released<protocol::CatalogueDataset>> &entries,
                                  ReleaseRecord &record) const
{
    protocol::Catalogue catalogue;
    for (const auto &entry : entries)
        catalogue.datasets.append(entry.value());
    return release(200, protocol::toJson(catalogue), "catalogue", record);
}

GateAnswer
ReleaseGate::infoWithCatalogue(const QJsonObject &info,
                               const std::vector<Released<protocol::CatalogueDataset>> &entries,
                               ReleaseRecord &record) const
{
    protocol::Catalogue catalogue;
    for (const auto &entry : entries)
        catalogue.datasets.append(entry.value());
    QJsonObject object = info;
    object.insert(QStringLiteral("catalogue"), protocol::toJson(catalogue));
    return release(200, object, "info-catalogue", record);
}

// ---- descriptives ----------------------------------------------------------------------------

GateAnswer ReleaseGate::descriptives(const DescriptivesTally &tally, ReleaseRecord &record) const
{
    const int minCell = m_policy.minCell;
    protocol::DescriptivesResponse out;
    out.dataset = tally.dataset;
    out.cohortSize = tally.cohortSize; // passed the cohort rules
    for (const DescriptivesTally::Numeric &numeric : tally.numeric) {
        const std::string name = numeric.variable.toStdString();
        const double missing = numeric.summary.missing;
        const analysis::RuleOutcome missingCell = minCellOutcome(
            !(missing > 0 && missing < minCell), minCell, "missing values of " + name,
            Tr::tr("Fewer than %1 records of the cohort miss this variable, so its summary would "
                   "reveal them. Add it to completeCases.")
                .arg(minCell)
                .toStdString());
        record.add(missingCell);
        if (!missingCell.passed)
            return refuse(missingCell, record);
        // The moments are sums over the records that hold a value: a cell like the missing one
        // (a cohort of 60 with 55 missing would give the sums of 5 records).
        const double present = numeric.summary.moments.count;
        const analysis::RuleOutcome presentCell = minCellOutcome(
            !(present > 0 && present < minCell), minCell, "values of " + name,
            Tr::tr("Fewer than %1 records of the cohort hold a value of this variable, so its "
                   "summary would reveal them. Describe a larger cohort or leave it out.")
                .arg(minCell)
                .toStdString());
        record.add(presentCell);
        if (!presentCell.passed)
            return refuse(presentCell, record);
        // Dominance of the sum (mean × count) and of the sum of squares about the mean.
        std::vector<double> absolute;
        std::vector<double> squares;
        absolute.reserve(numeric.values.size());
        squares.reserve(numeric.values.size());
        for (double value : numeric.values) {
            absolute.push_back(std::abs(value));
            const double d = value - numeric.summary.moments.mean;
            squares.push_back(d * d);
        }
        for (auto *values : { &absolute, &squares }) {
            const analysis::RuleOutcome outcome = analysis::checkDominance(
                values->data(), values->size(),
                (values == &absolute ? "the sum of " : "the sum of squares of ") + name, m_policy);
            record.add(outcome);
            if (!outcome.passed)
                return refuse(outcome, record);
        }
        protocol::NumericDescription description;
        description.variable = numeric.variable;
        description.missing = static_cast<qint64>(missing);
        description.moments = numeric.summary.moments;
        for (const analysis::Histogram &histogram : numeric.summary.histograms) {
            protocol::ReleasedHistogram released;
            // The node's own edges (analysis::latticeHistogram): the request's first and last
            // edge choose the range only, so no two requests differ by a few records.
            const auto merged = histogram.edges.size() < 2
                ? analysis::MergedHistogram {}
                : analysis::latticeHistogram(numeric.values, numeric.histogramStep,
                                             histogram.edges.front(), histogram.edges.back(),
                                             minCell);
            if (merged.ok()) {
                released.edges = merged.edges;
                released.counts = merged.counts.front();
            }
            description.histograms.append(released);
        }
        out.numeric.append(description);
    }
    for (const DescriptivesTally::Categorical &categorical : tally.categorical) {
        protocol::CategoricalDescription description;
        description.variable = categorical.variable;
        // The missing count is a cell of the same group (cohort size is released) unless 0.
        std::vector<double> cells = categorical.counts;
        if (categorical.missing > 0)
            cells.push_back(categorical.missing);
        const std::vector<bool> withheld = suppressGroup(cells, minCell);
        for (std::size_t i = 0; i < categorical.counts.size(); ++i) {
            description.levels.append(
                { categorical.levels[i],
                  withheld[i] ? protocol::ReleasedCount()
                              : protocol::ReleasedCount(qint64(categorical.counts[i])) });
        }
        description.missing = categorical.missing == 0 ? protocol::ReleasedCount(0)
            : withheld.back()                          ? protocol::ReleasedCount()
                              : protocol::ReleasedCount(qint64(categorical.missing));
        out.categorical.append(description);
    }
    for (const DescriptivesTally::Table &table : tally.tables) {
        protocol::ReleasedTable released;
        released.rowVariable = table.rowVariable;
        released.columnVariable = table.columnVariable;
        for (const auto &level : table.table.rowLevels)
            released.rowLevels.append(qs(level));
        for (const auto &level : table.table.columnLevels)
            released.columnLevels.append(qs(level));
        const std::vector<bool> withheld
            = suppressTable(table.table.counts, table.table.rowLevels.size(),
                            table.table.columnLevels.size(), minCell);
        for (std::size_t i = 0; i < table.table.counts.size(); ++i)
            released.counts.append(withheld[i]
                                       ? protocol::ReleasedCount()
                                       : protocol::ReleasedCount(qint64(table.table.counts[i])));
        out.tables.append(released);
    }
    for (const DescriptivesTally::Trend &trend : tally.trends) {
        protocol::ReleasedTable released;
        if (const auto refused = trendTable(trend, &released)) {
            record.add(*refused);
            return refuse(*refused, record);
        }
        out.trends.append(released);
    }
    return release(200, protocol::toJson(out), "descriptives", record);
}

std::optional<analysis::RuleOutcome>
ReleaseGate::trendTable(const DescriptivesTally::Trend &trend,
                        protocol::ReleasedTable *released) const
{
    const int minCell = m_policy.minCell;
    if (trend.frameTooWide) {
        // A fact of the whole dataset (the span of the variable over every record), the same for
        // every cohort, request and user: no filter can move it, so it cannot be bisected.
        analysis::RuleOutcome outcome;
        outcome.ruleId = "trend-period";
        outcome.passed = false;
        outcome.threshold = DescriptivesTally::Trend::MaxFramePeriods;
        outcome.detail = "trend period " + trend.period.left(100).toStdString();
        outcome.message
            = Tr::tr("A trend's period must be a variable of whole units such as a year of "
                     "birth: this dataset's values of the period variable span more than %1 "
                     "periods of one unit. Choose a year variable as the period.")
                  .arg(DescriptivesTally::Trend::MaxFramePeriods)
                  .toStdString();
        return outcome;
    }
    released->rowVariable = trend.period;
    released->columnVariable = trend.variable;
    for (qint64 p = trend.from; p <= trend.to; ++p)
        released->rowLevels.append(QString::number(p));
    for (const QString &level : trend.levels)
        released->columnLevels.append(level);
    // The frame's whole table is suppressed as one, hidden cells included: every trend of this
    // period on this cohort, whatever its range, is a part of this one table, so two ranges
    // cannot be linked tables whose complements differ. The area's level counts and cohort size
    // are released elsewhere and a period's total may be known from a histogram, so a lone
    // withheld cell in any row or column would follow by subtraction. Hidden cells are never
    // released. A hidden zero protects nothing (the hidden row's total, cohort size minus the
    // periods' totals, can be learnt, and a total of 0 gives every cell of the row): it is a
    // known cell, never chosen to protect another; a small non-zero hidden cell is withheld like
    // any other, which withholds a period cell of its column too.
    const std::size_t columns = trend.levels.size() + 1;
    const bool framed = trend.frameTo >= trend.frameFrom;
    const std::size_t periods = framed ? std::size_t(trend.frameTo - trend.frameFrom + 1) : 0;
    const std::size_t rows = periods + DescriptivesTally::Trend::HiddenRows;
    std::vector<bool> withheld(rows * columns, true);
    if (trend.counts.size() == rows * columns) {
        std::vector<bool> known(rows * columns, false);
        for (std::size_t r = 0; r < rows; ++r) {
            for (std::size_t c = 0; c < columns; ++c) {
                const bool hidden = r >= periods || c + 1 == columns;
                known[r * columns + c] = hidden && trend.counts[r * columns + c] == 0;
            }
        }
        withheld = suppressTable(trend.counts, rows, columns, minCell, known);
    }
    // The request's rows: a period outside the frame holds no record and is withheld, as a
    // period of the frame with 0 records is.
    for (qint64 p = trend.from; p <= trend.to; ++p) {
        const bool inFrame = framed && p >= trend.frameFrom && p <= trend.frameTo;
        for (std::size_t c = 0; c + 1 < columns; ++c) {
            const std::size_t i = inFrame ? std::size_t(p - trend.frameFrom) * columns + c : 0;
            released->counts.append(!inFrame || withheld[i]
                                        ? protocol::ReleasedCount()
                                        : protocol::ReleasedCount(qint64(trend.counts[i])));
        }
    }
    return std::nullopt;
}

// ---- jobs ------------------------------------------------------------------------------------

std::optional<GateAnswer> ReleaseGate::jobRules(const JobTally &tally, ReleaseRecord &record,
                                                std::vector<analysis::RuleOutcome> *passed) const
{
    std::vector<analysis::RuleOutcome> outcomes
        = designRules(*tally.base, *tally.resolved, tally.baseOwner, true);
    auto append = [&outcomes](std::vector<analysis::RuleOutcome> more) {
        for (auto &outcome : more)
            outcomes.push_back(std::move(outcome));
    };
    if (tally.kind != protocol::JobKind::Glm)
        append(columnRules(*tally.job, tally.job == tally.base ? tally.baseOwner : tally.jobOwner));
    record.add(outcomes);
    if (const auto *failed = firstFailure(outcomes))
        return refuse(*failed, record);
    *passed = std::move(outcomes);
    return std::nullopt;
}

analysis::CohortCounts ReleaseGate::roundedCounts(const analysis::CohortCounts &exact) const
{
    // Exact small exclusion counts would describe few records.
    const std::int64_t base = m_catalogueRounding;
    auto round = [base](std::int64_t count) {
        return ((count + base / 2) / base) * base;
    };
    analysis::CohortCounts counts = exact;
    counts.total = round(counts.total);
    counts.excludedByMask = round(counts.excludedByMask);
    counts.excludedByFilters = round(counts.excludedByFilters);
    counts.excludedByMissing = round(counts.excludedByMissing);
    // Each variable's missing records among the filtered ones, over a cohort the request chose:
    // withheld below min_cell (0 included) as the catalogue withholds a count. Rounded alone, 4
    // and 5 (0 and 10) told whether the one record whose other variables the analyst knows
    // misses this one (docs/privacy-rules.md, "The red team of the eleventh session"). A withheld
    // variable is absent from the map (clients say "not reported").
    counts.missingByVariable.clear();
    for (const auto &[variable, missing] : exact.missingByVariable) {
        if (const protocol::ReleasedCount released
            = roundedCount(missing, m_policy.minCell, int(base)))
            counts.missingByVariable[variable] = *released;
    }
    return counts;
}

GateAnswer ReleaseGate::jobCreated(const JobTally &tally,
                                   const std::vector<analysis::RuleOutcome> &passed,
                                   ReleaseRecord &record) const
{
    protocol::JobCreated created;
    created.jobId = tally.jobId;
    created.designHash = tally.designHash;
    created.kind = tally.kind;
    for (const std::string &term : tally.job->terms)
        created.terms.append(qs(term));
    created.cohortSize = tally.job->n(); // passed the cohort rules
    created.maxRounds = m_policy.maxRounds;
    for (const auto &outcome : passed)
        created.checks.append(
            { qs(outcome.ruleId), outcome.passed, outcome.threshold, qs(outcome.message) });
    created.counts = roundedCounts(tally.base->counts);
    created.study = tally.study;
    created.manifestSignature = tally.manifestSignature;
    created.manifestTags = tally.manifestTags;
    created.sumSeeds = tally.sumSeeds;
    return release(201, protocol::toJson(created), "job", record);
}

// ---- rounds ----------------------------------------------------------------------------------

std::vector<analysis::RuleOutcome> ReleaseGate::roundRules(const RoundTally &tally) const
{
    // The statistics of one round at a β (the design's rules ran when the job was opened). A β
    // that concentrates the working weights on a few records would make XᵀWX their rows and the
    // score their outcomes: refused. The node computes every β itself (protocol version 2); a
    // participant under the analyst's control could still push the sums towards such a β.
    if (!tally.job || !tally.job->design || !tally.beta)
        return { analysis::checkRoundDominance({}, analysis::Family::Gaussian,
                                               Eigen::VectorXd::Zero(1), m_policy) };
    const analysis::DesignMatrix &design = *tally.job->design;
    const Eigen::VectorXd beta = Eigen::Map<const Eigen::VectorXd>(
        tally.beta->data(), static_cast<Eigen::Index>(tally.beta->size()));
    std::vector<analysis::RuleOutcome> rules {
        tally.bounds ? analysis::checkRoundDominance(design, tally.job->family, beta, m_policy,
                                                     tally.stats, *tally.bounds)
                     : analysis::checkRoundDominance(design, tally.job->family, beta, m_policy)
    };
    // A binomial fit that exists only because of a few records (separation without them):
    // refused at the same round whichever side of a split holds them (docs/privacy-rules.md,
    // "The fourth independent review").
    if (tally.job->family == analysis::Family::Binomial)
        rules.push_back(tally.bounds
                            ? analysis::checkSeparation(design, tally.job->family, beta, m_policy,
                                                        *tally.bounds)
                            : analysis::checkSeparation(design, tally.job->family, beta, m_policy));
    return rules;
}

GateAnswer ReleaseGate::repeatedRound(const QByteArray &released, ReleaseRecord &record) const
{
    GateAnswer answer(200, released, QString());
    record.kind = QStringLiteral("round");
    record.releasedHash = protocol::sha256Hex(released);
    return answer;
}

// ---- evaluations -----------------------------------------------------------------------------

namespace {

// The remembered rules that a request is computing at this moment (issue 16: ten concurrent
// requests of one design waited for the first's, instead of each computing them): one process-wide
// set of claims, keyed by the gate, the matrix and what else names the rules; the claimant holds
// the matrix, so no other object has its address meanwhile.
api::InFlight &rulesInFlight()
{
    static api::InFlight inFlight;
    return inFlight;
}

QByteArray rulesKey(const void *gate, const void *design, int kind, const QByteArray &more)
{
    QByteArray key;
    api::appendKey(key, gate);
    api::appendKey(key, design);
    key.append(char(kind));
    key.append(more);
    return key;
}

QByteArray atBetaKey(const void *gate, const void *design, int kind, int gridBins,
                     const Eigen::VectorXd &beta)
{
    QByteArray key = rulesKey(gate, design, kind, QByteArray());
    key.append(reinterpret_cast<const char *>(&gridBins), sizeof(gridBins));
    api::appendKey(key, beta.data(), std::size_t(beta.size()));
    return key;
}

} // namespace

namespace {

// The detail of a Poisson design's `separation` refusal: every predictor and interaction the
// request names, never the columns of the direction the node found — which directions separate,
// and so which columns the programme's or a named face's detail names, depends on the records
// (docs/privacy-rules.md, "The eleventh independent review").
std::string separationDetail(const analysis::ModelSpec &spec)
{
    std::string terms;
    auto add = [&terms](const std::string &term) {
        terms += (terms.empty() ? "" : ", ") + term;
    };
    for (const analysis::Predictor &p : spec.predictors)
        add(p.variable);
    for (const analysis::Interaction &i : spec.interactions)
        add(i.a + ":" + i.b);
    return terms.empty() ? std::string("the intercept") : "a combination of " + terms;
}

} // namespace

std::vector<analysis::RuleOutcome>
ReleaseGate::designRules(const analysis::DesignMatrix &design,
                         const analysis::ResolvedDesign &resolved,
                         const std::shared_ptr<const analysis::DesignMatrix> &owner, bool all) const
{
    // The cells alone (kind 0) as well, when all rules are computed: what a calibration or
    // evaluation job of this matrix asks (issue 16, cold3: the cold fit checked its cells twice).
    std::vector<analysis::RuleOutcome> cells;
    auto compute = [&] {
        std::vector<analysis::RuleOutcome> outcomes
            = analysis::checkCells(design, resolved, m_policy);
        // A Poisson estimate that exists only because of a few records (docs/privacy-rules.md,
        // "The red team of the ninth session"): a fact of the design, not of a round's β.
        // Logistic as well, along any direction (docs/privacy-rules.md, "Logistic separation at
        // job opening"): also a fact of the design; the rounds' rule on Xβ stays.
        if (resolved.spec.family == analysis::Family::Poisson
            || resolved.spec.family == analysis::Family::Binomial) {
            analysis::RuleOutcome separation = resolved.spec.family == analysis::Family::Poisson
                ? analysis::checkPoissonSeparation(design, analysis::Family::Poisson, m_policy)
                : analysis::checkBinomialSeparation(design, analysis::Family::Binomial, m_policy);
            // Which direction separates depends on the records: a detail naming the found
            // direction's columns told one record's count (tst_attacks_review11
            // separationDetailNamesTheDirection). Named from the request alone.
            if (!separation.passed)
                separation.detail = separationDetail(resolved.spec);
            outcomes.push_back(std::move(separation));
        }
        if (all) {
            cells = outcomes;
            for (auto &o : analysis::checkModelSize(int(design.p()), double(design.n()),
                                                    design.y.sum(), resolved.spec.family, m_policy))
                outcomes.push_back(std::move(o));
            // Remembered on their own as well: a calibration or evaluation job of this matrix
            // asks them alone (columnRules; issue 16: the cold fit computed them twice).
            for (auto &o : columnRules(design, owner))
                outcomes.push_back(std::move(o));
        }
        return outcomes;
    };
    // Only a matrix that is shared and immutable (the owner is the very object) is remembered;
    // anything else is checked every time.
    if (!owner || owner.get() != &design)
        return compute();
    const QString resolvedHash = protocol::designHash(resolved);
    const int kind = all ? 1 : 0;
    // Ten requests of one new design at once: the first computes, the others wait for it and
    // read what it remembered (issue 16).
    api::InFlight::Claim claim;
    for (;;) {
        {
            std::lock_guard lock(m_rememberedMutex);
            for (const RememberedRules &r : m_remembered) {
                if (r.address == &design && r.kind == kind && r.resolvedHash == resolvedHash
                    && r.design.lock() == owner)
                    return r.outcomes;
            }
        }
        if (claim)
            break;
        claim = rulesInFlight().claim(rulesKey(this, &design, kind, resolvedHash.toUtf8()));
    }
    std::vector<analysis::RuleOutcome> outcomes = compute();
    std::lock_guard lock(m_rememberedMutex);
    std::erase_if(m_remembered, [](const RememberedRules &r) { return r.design.expired(); });
    auto remember = [&](int k, const std::vector<analysis::RuleOutcome> &o) {
        for (const RememberedRules &r : m_remembered) {
            if (r.address == &design && r.kind == k && r.resolvedHash == resolvedHash
                && r.design.lock() == owner)
                return; // remembered meanwhile (a kind 0 request of this matrix)
        }
        if (m_remembered.size() >= 16)
            m_remembered.erase(m_remembered.begin());
        m_remembered.push_back(RememberedRules { owner, &design, resolvedHash, k, o });
    };
    if (all)
        remember(0, cells);
    remember(kind, outcomes);
    return outcomes;
}

std::vector<analysis::RuleOutcome>
ReleaseGate::columnRules(const analysis::DesignMatrix &design,
                         const std::shared_ptr<const analysis::DesignMatrix> &owner) const
{
    if (!owner || owner.get() != &design)
        return checkColumnDominance(design, m_policy);
    api::InFlight::Claim claim;
    for (;;) {
        {
            std::lock_guard lock(m_rememberedMutex);
            for (const RememberedRules &r : m_remembered) {
                if (r.address == &design && r.kind == 2 && r.design.lock() == owner)
                    return r.outcomes;
            }
        }
        if (claim)
            break;
        claim = rulesInFlight().claim(rulesKey(this, &design, 2, QByteArray()));
    }
    std::vector<analysis::RuleOutcome> outcomes = checkColumnDominance(design, m_policy);
    std::lock_guard lock(m_rememberedMutex);
    std::erase_if(m_remembered, [](const RememberedRules &r) { return r.design.expired(); });
    if (m_remembered.size() >= 16)
        m_remembered.erase(m_remembered.begin());
    m_remembered.push_back(RememberedRules { owner, &design, QString(), 2, outcomes });
    return outcomes;
}

namespace {

bool sameBits(const std::vector<double> &a, const Eigen::VectorXd &b)
{
    return a.size() == std::size_t(b.size())
        && (a.empty() || std::memcmp(a.data(), b.data(), a.size() * sizeof(double)) == 0);
}

} // namespace

std::vector<analysis::RuleOutcome> ReleaseGate::evaluationAtBeta(const EvaluationTally &tally,
                                                                 const Eigen::VectorXd &beta) const
{
    auto compute = [&] {
        return std::vector<analysis::RuleOutcome> {
            analysis::checkEvaluationDominance(*tally.design, beta, m_policy),
            // Σp per released bin and class (a wide merged top or bottom bin;
            // binriskdominance.h).
            analysis::checkBinRiskDominance(*tally.design, beta, tally.bins.bins, m_policy)
        };
    };
    const auto &owner = tally.designOwner;
    if (!owner || owner.get() != tally.design)
        return compute();
    api::InFlight::Claim claim;
    for (;;) {
        {
            std::lock_guard lock(m_rememberedMutex);
            for (const RememberedAtBeta &r : m_atBeta) {
                if (r.address == tally.design && r.gridBins == tally.bins.bins
                    && !r.value.outcomes.empty() && sameBits(r.beta, beta)
                    && r.design.lock() == owner)
                    return r.value.outcomes;
            }
        }
        if (claim)
            break;
        claim = rulesInFlight().claim(atBetaKey(this, tally.design, 3, tally.bins.bins, beta));
    }
    std::vector<analysis::RuleOutcome> outcomes = compute();
    std::lock_guard lock(m_rememberedMutex);
    std::erase_if(m_atBeta, [](const RememberedAtBeta &r) { return r.design.expired(); });
    for (RememberedAtBeta &r : m_atBeta) {
        if (r.address == tally.design && r.gridBins == tally.bins.bins && sameBits(r.beta, beta)
            && r.design.lock() == owner) {
            r.value.outcomes = outcomes;
            return outcomes;
        }
    }
    if (m_atBeta.size() >= 8)
        m_atBeta.erase(m_atBeta.begin());
    m_atBeta.push_back(RememberedAtBeta {
        owner, tally.design, std::vector<double>(beta.data(), beta.data() + beta.size()),
        tally.bins.bins, AtBeta { outcomes, false, {} } });
    return outcomes;
}

std::optional<analysis::MannWhitney> ReleaseGate::statisticAtBeta(const EvaluationTally &tally,
                                                                  const Eigen::VectorXd &beta) const
{
    auto compute = [&]() -> std::optional<analysis::MannWhitney> {
        if (auto statistic = analysis::mannWhitney(*tally.design, analysis::Family::Binomial, beta))
            return *statistic;
        return std::nullopt;
    };
    const auto &owner = tally.designOwner;
    if (!owner || owner.get() != tally.design)
        return compute();
    api::InFlight::Claim claim;
    for (;;) {
        {
            std::lock_guard lock(m_rememberedMutex);
            for (const RememberedAtBeta &r : m_atBeta) {
                if (r.address == tally.design && r.gridBins == tally.bins.bins
                    && r.value.statisticComputed && sameBits(r.beta, beta)
                    && r.design.lock() == owner)
                    return r.value.statistic;
            }
        }
        if (claim)
            break;
        claim = rulesInFlight().claim(atBetaKey(this, tally.design, 4, tally.bins.bins, beta));
    }
    const std::optional<analysis::MannWhitney> statistic = compute();
    std::lock_guard lock(m_rememberedMutex);
    for (RememberedAtBeta &r : m_atBeta) {
        if (r.address == tally.design && r.gridBins == tally.bins.bins && sameBits(r.beta, beta)
            && r.design.lock() == owner) {
            r.value.statisticComputed = true;
            r.value.statistic = statistic;
            return statistic;
        }
    }
    std::erase_if(m_atBeta, [](const RememberedAtBeta &r) { return r.design.expired(); });
    if (m_atBeta.size() >= 8)
        m_atBeta.erase(m_atBeta.begin());
    m_atBeta.push_back(RememberedAtBeta {
        owner, tally.design, std::vector<double>(beta.data(), beta.data() + beta.size()),
        tally.bins.bins, AtBeta { {}, true, statistic } });
    return statistic;
}

std::vector<analysis::RuleOutcome> ReleaseGate::evaluationRules(const EvaluationTally &tally) const
{
    // The design's cells, as for a job on it, then Σp, Σ(y−p)² and the spread of p at the
    // registered β (dominance); the bins' cell rule follows in evaluation().
    std::vector<analysis::RuleOutcome> outcomes
        = designRules(*tally.design, *tally.resolved, tally.designOwner, false);
    if (!tally.beta) {
        outcomes.push_back(
            analysis::checkEvaluationDominance({}, Eigen::VectorXd::Zero(1), m_policy));
        return outcomes;
    }
    const Eigen::VectorXd beta = Eigen::Map<const Eigen::VectorXd>(
        tally.beta->data(), static_cast<Eigen::Index>(tally.beta->size()));
    for (analysis::RuleOutcome &o : evaluationAtBeta(tally, beta))
        outcomes.push_back(std::move(o));
    return outcomes;
}

std::optional<analysis::PerformanceBins>
ReleaseGate::releasedBins(const analysis::PerformanceBins &bins, const std::vector<int> &kept) const
{
    const auto edges = performanceBinEdges(bins, m_policy.minCell);
    if (!edges)
        return std::nullopt;
    if (kept.empty())
        return mergePerformanceBinsAt(bins, *edges);
    // Coarser only: both ends and every edge one of the min-cell merge's, so that each released
    // bin is a union of bins holding min_cell records of each class. Merging keeps the per-bin
    // dominance of Σp too: the top records of a union are at most the top records of its parts.
    if (kept.size() < 2 || kept.front() != edges->front() || kept.back() != edges->back()
        || !std::is_sorted(kept.begin(), kept.end())
        || !std::includes(edges->begin(), edges->end(), kept.begin(), kept.end()))
        return std::nullopt;
    return mergePerformanceBinsAt(bins, kept);
}

std::optional<GateAnswer> ReleaseGate::evaluationBins(const EvaluationTally &tally,
                                                      ReleaseRecord &record,
                                                      analysis::PerformanceBins *released) const
{
    const std::vector<analysis::RuleOutcome> outcomes = evaluationRules(tally);
    record.add(outcomes);
    if (const auto *failed = firstFailure(outcomes))
        return refuse(*failed, record);
    auto merged = releasedBins(tally.bins, tally.binEdges);
    const analysis::RuleOutcome binning
        = minCellOutcome(merged.has_value(), m_policy.minCell, "predicted-risk bins",
                         Tr::tr("Even one bin holding every record has fewer than %1 records of "
                                "an outcome class.")
                             .arg(m_policy.minCell)
                             .toStdString());
    record.add(binning);
    if (!merged)
        return refuse(binning, record);
    *released = std::move(*merged);
    return std::nullopt;
}

std::optional<analysis::MannWhitney>
ReleaseGate::releasedStatistic(const EvaluationTally &tally,
                               const analysis::PerformanceBins &merged, ReleaseRecord &record) const
{
    if (!tally.beta)
        return std::nullopt;
    const Eigen::VectorXd beta = Eigen::Map<const Eigen::VectorXd>(
        tally.beta->data(), static_cast<Eigen::Index>(tally.beta->size()));
    const auto statistic = statisticAtBeta(tally, beta);
    if (!statistic)
        return std::nullopt;
    const analysis::RuleOutcome rule
        = analysis::checkMannWhitneyRelease(merged, *statistic, m_policy);
    record.add(rule);
    if (!rule.passed)
        return std::nullopt;
    return statistic;
}

GateAnswer ReleaseGate::evaluation(const EvaluationTally &tally, std::int64_t cohortSize,
                                   ReleaseRecord &record) const
{
    analysis::PerformanceBins merged;
    if (auto refused = evaluationBins(tally, record, &merged))
        return *refused;
    protocol::EvaluationResponse out;
    out.designHash = tally.designHash;
    out.cohortSize = cohortSize; // passed the cohort rules
    out.bins = merged;
    // The cohort's per-class Σ p² stays on the node (only a subgroup cell carries them, under its
    // own rule; a masked evaluation masks them): its pooled AUC meets 1e-3 without them, and the
    // cells' sums then do not add up to a released cohort total.
    out.bins.sumSquaredRiskEvents.clear();
    out.bins.sumSquaredRiskNonEvents.clear();
    // The site's exact AUC statistic (issue 15) goes along only when its own rule passes; when it
    // fails the evaluation is still released, without it (the record shows the rule failed).
    if (auto statistic = releasedStatistic(tally, merged, record))
        out.mannWhitney = *statistic;
    if (!tally.subgroupVariable.isEmpty()) {
        out.subgroupVariable = tally.subgroupVariable;
        out.subgroups = subgroupCells(tally, record);
    }
    return release(200, protocol::toJson(out), "evaluation", record);
}

std::optional<GateAnswer>
ReleaseGate::evaluationSums(const EvaluationTally &tally, ReleaseRecord &record,
                            std::optional<Released<protocol::EvaluationSums>> *released) const
{
    analysis::PerformanceBins merged;
    if (auto refused = evaluationBins(tally, record, &merged))
        return *refused;
    protocol::EvaluationSums sums;
    sums.bins = merged;
    // The merged bins are the plain release; the correction to the exact statistic only when
    // the rule of that statistic passes on them (else this site's pairs stay binned).
    if (const auto statistic = releasedStatistic(tally, merged, record)) {
        sums.aucCorrection = statistic->u - analysis::smoothMannWhitney(merged);
        sums.exactSites = 1.0;
    }
    *released = Released<protocol::EvaluationSums>(std::move(sums));
    return std::nullopt;
}

// ---- studies ---------------------------------------------------------------------------------

std::optional<GateAnswer>
ReleaseGate::studyStatistics(const RoundTally &tally, ReleaseRecord &record,
                             std::optional<Released<analysis::RoundStats>> *released) const
{
    // The β is this node's own (its coordinator's, from sums it verified), so it cannot be
    // chosen by a client; the round rules stay as defence in depth: a participant the analyst
    // controls could still push the sums, and masking hides a contribution from the analyst,
    // not from the rules.
    const std::vector<analysis::RuleOutcome> outcomes = roundRules(tally);
    record.add(outcomes);
    if (const auto *failed = firstFailure(outcomes))
        return refuse(*failed, record);
    *released = Released<analysis::RoundStats>(tally.stats);
    return std::nullopt;
}

namespace {

// A string that Qt's JSON writer (jsonText) and the canonical form (contributionBytes) both copy
// as it is: printable ASCII without a quote or a backslash.
bool copiedAsIs(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return u >= 0x20 && u < 0x7f && u != u'"' && u != u'\\';
    });
}

// Whether a contribution's canonical bytes (protocol::contributionBytes, written directly
// without a QJsonObject) are also the text jsonText writes of protocol::toJson(contribution):
// its members are strings and integers only (a masked statistic, an evaluation, masked
// descriptives, a non-finite status, an observer's acknowledgement), every string copied as it
// is, and the keys of both in the same (ASCII) order.
bool canonicalIsItsText(const protocol::Contribution &c)
{
    using protocol::ContributionStatus;
    switch (c.status) {
    case ContributionStatus::Statistics:
        if (c.mode == QStringLiteral("plain"))
            return false;
        break;
    case ContributionStatus::Evaluation:
    case ContributionStatus::Descriptives:
    case ContributionStatus::NonFinite:
    case ContributionStatus::Observed:
        break;
    case ContributionStatus::Converged:
    case ContributionStatus::Failed:
        return false;
    }
    return copiedAsIs(c.study) && copiedAsIs(c.site) && copiedAsIs(c.betaHash)
        && copiedAsIs(c.mode);
}

void appendBase64Member(QByteArray &out, const char *key, const QList<QByteArray> &values)
{
    out.append(key);
    out.append('[');
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            out.append(',');
        out.append('"');
        out.append(values[i].toBase64());
        out.append('"');
    }
    out.append(']');
}

} // namespace

GateAnswer ReleaseGate::contribution(const protocol::SignedContribution &contribution,
                                     ReleaseRecord &record, const QList<QByteArray> *tags,
                                     const QList<QByteArray> *sumTags) const
{
    // The answer's text written directly around the contribution's canonical bytes: byte for
    // byte what jsonText writes of the object below (tst_gateanswer_sites12), without the masked
    // words' base64 going through a QString, a QJsonObject and back (an evaluation's 12,012
    // words at 100 sites: 8 % of the nodes' CPU in a fit, and most of their page faults; issue
    // 16, branch sites12). Keys in jsonText's order: contribution, signature, sum_tags, tags.
    if (canonicalIsItsText(contribution.contribution)) {
        const QByteArray bytes = protocol::contributionBytes(contribution.contribution);
        QByteArray body;
        body.reserve(bytes.size() + 128
                     + ((tags ? tags->size() : 0) + (sumTags ? sumTags->size() : 0)) * 48);
        body.append("{\"contribution\":");
        body.append(bytes);
        body.append(",\"signature\":\"");
        body.append(contribution.signature.toBase64());
        body.append('"');
        if (sumTags)
            appendBase64Member(body, ",\"sum_tags\":", *sumTags);
        if (tags)
            appendBase64Member(body, ",\"tags\":", *tags);
        body.append('}');
        record.kind = QStringLiteral("study-round");
        record.releasedHash = protocol::sha256Hex(body);
        return GateAnswer(200, std::move(body), QString());
    }
    QJsonObject object = protocol::toJson(contribution);
    if (tags) {
        QJsonArray array;
        for (const QByteArray &tag : *tags)
            array.append(QString::fromLatin1(tag.toBase64()));
        object.insert(QStringLiteral("tags"), array);
    }
    if (sumTags) { // "relay": "summed" (issue 16, branch sites4): its linear tag for every site
        QJsonArray array;
        for (const QByteArray &tag : *sumTags)
            array.append(QString::fromLatin1(tag.toBase64()));
        object.insert(QStringLiteral("sum_tags"), array);
    }
    return release(200, object, "study-round", record);
}

GateAnswer ReleaseGate::siteFit(const SiteFitTally &tally, ReleaseRecord &record) const
{
    // The site's own fit is one site's statistics in the clear: the round rules at its final β
    // (the design's rules ran when the job was opened).
    RoundTally round;
    round.jobId = tally.jobId;
    round.job = tally.job;
    const std::vector<double> beta(tally.glm.beta.data(),
                                   tally.glm.beta.data() + tally.glm.beta.size());
    round.beta = &beta;
    round.stats = tally.stats;
    round.bounds = tally.bounds;
    const std::vector<analysis::RuleOutcome> outcomes = roundRules(round);
    record.add(outcomes);
    if (const auto *failed = firstFailure(outcomes)) {
        // A site fit that converged only because of a few records is answered as the fit of the
        // same cohort without them, which fails (separation): not-computable, naming nothing.
        if (failed->ruleId == "separation")
            return dataFailure(record);
        return refuse(*failed, record);
    }
    protocol::SiteFitResponse out;
    out.jobId = tally.jobId;
    out.study = tally.study;
    out.glm = tally.glm;
    return release(200, protocol::toJson(out), "site-fit", record);
}

} // namespace fairstart::node

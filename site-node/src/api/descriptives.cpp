// SPDX-License-Identifier: GPL-3.0-or-later
// POST /v1/descriptives: moments, histograms, level counts and two-way tables of a cohort.
#include "common_p.h"
#include "descriptives_p.h"
#include "trends_p.h"

#include "../release/datasetdominance.h"
#include "../release/histogramruns.h"

#include "fairstart/analysis/descriptives.h"

#include <list>

namespace fairstart::node {

using namespace api;

// ---- descriptives ----------------------------------------------------------------------------

namespace {

// Histogram edges are the request's numbers: at least two, finite, strictly increasing.
bool validEdges(const std::vector<double> &edges)
{
    if (edges.size() < 2)
        return false;
    for (std::size_t i = 0; i < edges.size(); ++i) {
        if (!std::isfinite(edges[i]) || (i > 0 && !(edges[i] > edges[i - 1])))
            return false;
    }
    return true;
}

} // namespace

// In the order of docs/protocol.md: authorise, validate against the catalogue, cohort rules,
// compute, and hand everything to the release gate.
namespace {

// The cells a released descriptives answer gives out exactly, for the differencing ledger.
std::vector<CellRelease> releasedCells(const LoadedDataset &dataset,
                                       const protocol::DescriptivesResponse &out,
                                       const std::vector<analysis::Filter> &filters)
{
    std::vector<CellRelease> cells;
    for (const protocol::NumericDescription &numeric : out.numeric) {
        const std::string name = numeric.variable.toStdString();
        // Histogram bins are not a cell family of the ledger: every released bin and each tail
        // holds min_cell records of the cohort, and the client's knot and quantile grids describe
        // cohorts that differ by their complete cases (tracking the bins refused that honest
        // work). A bin's count differenced over two cohorts says how many of a group of at least
        // min_cell records fall in that bin: docs/privacy-rules.md lists this as a known limit.
        cells.push_back({ missingFamily(name), { 0, 1 } }); // count and missing
    }
    for (const protocol::CategoricalDescription &categorical : out.categorical) {
        const std::string name = categorical.variable.toStdString();
        CellRelease levels { variableFamily(name), {} };
        for (const protocol::CatalogueLevel &level : categorical.levels) {
            if (level.count)
                levels.released.push_back(levelCode(dataset.table, name, level.name.toStdString()));
        }
        if (categorical.missing)
            levels.released.push_back(familyCodeCount(dataset.table, levels.family) - 1);
        cells.push_back(std::move(levels));
    }
    for (const protocol::ReleasedTable &table : out.tables) {
        const std::string rowName = table.rowVariable.toStdString();
        const std::string columnName = table.columnVariable.toStdString();
        const std::string rowFamily = variableFamily(rowName);
        const std::string columnFamily = variableFamily(columnName);
        CellRelease joint { jointFamily(rowFamily, columnFamily), {} };
        const qsizetype columns = table.columnLevels.size();
        for (qsizetype i = 0; i < table.counts.size(); ++i) {
            if (!table.counts[i])
                continue;
            joint.released.push_back(jointCode(
                dataset.table, rowFamily,
                levelCode(dataset.table, rowName, table.rowLevels[i / columns].toStdString()),
                columnFamily,
                levelCode(dataset.table, columnName,
                          table.columnLevels[i % columns].toStdString())));
        }
        cells.push_back(std::move(joint));
    }
    appendTrendCells(dataset, out.trends, &cells);
    appendTrendRowsByFilter(dataset, filters, out.categorical, &cells);
    // A level filter makes the cohort a cell of its variable, so each level count released over
    // it is a joint cell of the two: the girls' outcomes are the girls' row of sex × outcome
    // (docs/privacy-rules.md, "Event sums, and a group's joint cells": a fit's joint cells of
    // sex × outcome over a cohort that also holds a group's only girl would give her outcome).
    std::vector<CellRelease> crossed;
    for (const analysis::Filter &filter : filters) {
        const VariableInfo *info = dataset.info.variable(qs(filter.variable));
        if (filter.values.empty() || !info || info->role != VariableRole::Variable
            || info->kind == VariableKind::Numeric)
            continue;
        const std::string key = variableFamily(filter.variable);
        // A binary's values as the cohort reads them ("1.0" is the level 1: tst_attacks_redteam2
        // binaryFilterWrittenAsANumber).
        const std::vector<std::int32_t> levels = filterLevelCodes(dataset, filter);
        for (const CellRelease &cell : cells) {
            if (cell.family.rfind("v:", 0) != 0 || cell.family == key)
                continue;
            CellRelease joint { jointFamily(key, cell.family), {} };
            joint.crossedByFilter = true;
            for (std::int32_t a : levels) {
                for (std::int32_t b : cell.released) {
                    const std::int32_t code = jointCode(dataset.table, key, a, cell.family, b);
                    if (code >= 0)
                        joint.released.push_back(code);
                }
            }
            crossed.push_back(std::move(joint));
        }
        // Numeric moments over the filtered cohort are sums over the filter's levels, as a fit's
        // XᵀX gives them over a category: for the dataset's fit ledger.
        if (!out.numeric.isEmpty() && !levels.empty()) {
            CellRelease sums { key, levels };
            sums.sumsByFilter = true;
            crossed.push_back(std::move(sums));
        }
    }
    cells.insert(cells.end(), crossed.begin(), crossed.end());
    return cells;
}

} // namespace

ApiResponse ApiHandlers::descriptives(const ApiRequest &request, Audit &audit)
{
    FAIRSTART_AUTHENTICATE(token);
    protocol::DescriptivesRequest req;
    if (auto refused = decodeBody(request, m_policy.maxBodyBytes(), &req))
        return *refused;
    audit.set("purpose", req.purpose.left(64));
    audit.set("dataset", req.dataset.left(128));
    if (auto refused = checkPurpose(token, req.purpose))
        return *refused;
    DescribedCohort described;
    if (auto refused = describeCohort(token.user, req, DescribeStep::Release, audit, &described))
        return *refused;
    return respond(*described.answer);
}

// The plain descriptives of a request up to the release (shared with descriptives studies,
// maskeddescriptives.cpp): the daily quota (not for a study's round: its job took it), the
// catalogue checks, the cohort and its rules; with DescribeStep::Release also the computation,
// the release gate and the differencing ledger.
std::optional<ApiResponse> ApiHandlers::describeCohort(const QString &user,
                                                       const protocol::DescriptivesRequest &req,
                                                       DescribeStep step, Audit &audit,
                                                       DescribedCohort *out)
{
    // The daily cap (refused requests count too), then the request's size against the caps.
    if (step != DescribeStep::StudyRound) {
        if (auto refused = takeDescriptivesQuota(user, audit.checks))
            return limitResponse(*refused);
    }
    if (auto refused = checkDescriptivesSize(req, m_policy)) {
        audit.checks.append(refused->auditCheck());
        return limitResponse(*refused);
    }
    auto data = m_cache.get(req.dataset);
    if (!data)
        return datasetUnavailable(req.dataset, data.error());
    const LoadedDataset &dataset = **data;

    // The request against the catalogue's metadata; no record is read.
    std::vector<std::pair<std::string, QString>> names;
    for (qsizetype i = 0; i < req.completeCases.size(); ++i)
        names.push_back(
            { req.completeCases[i].toStdString(), QStringLiteral("completeCases[%1]").arg(i) });
    for (qsizetype i = 0; i < req.variables.size(); ++i)
        names.push_back(
            { req.variables[i].name.toStdString(), QStringLiteral("variables[%1]").arg(i) });
    for (qsizetype i = 0; i < req.tables.size(); ++i) {
        names.push_back(
            { req.tables[i].first.toStdString(), QStringLiteral("tables[%1][0]").arg(i) });
        names.push_back(
            { req.tables[i].second.toStdString(), QStringLiteral("tables[%1][1]").arg(i) });
    }
    for (const auto &[name, where] : names) {
        if (!analysisVariable(dataset.info, name))
            return unknownVariable(dataset.info, name, where);
    }
    // A variable dominated by a few records over the whole dataset is refused for every cohort,
    // before any cohort is selected: the refusal is a fact of the dataset, not of the cohort
    // (docs/privacy-rules.md "Dominance over the whole dataset").
    for (const protocol::DescribeVariable &variable : req.variables) {
        if (auto dominated = datasetDominance(dataset, variable.name.toStdString(), m_disclosure)) {
            audit.release.add(*dominated);
            return respond(m_gate->refuse(*dominated, audit.release));
        }
    }
    for (qsizetype i = 0; i < req.variables.size(); ++i) {
        const protocol::DescribeVariable &variable = req.variables[i];
        const VariableInfo *meta = analysisVariable(dataset.info, variable.name.toStdString());
        const QString where = QStringLiteral("variables[%1]").arg(i);
        if (meta->kind != VariableKind::Numeric)
            continue; // described by level counts; edges do not apply
        for (const std::vector<double> &edges : variable.histogramEdges) {
            if (!validEdges(edges)) {
                return badRequest(QStringLiteral("invalid-edges"),
                                  Tr::tr("Histogram edges must be at least two finite numbers in "
                                         "strictly increasing order."),
                                  where);
            }
        }
    }
    for (qsizetype i = 0; i < req.tables.size(); ++i) {
        for (const QString &name : { req.tables[i].first, req.tables[i].second }) {
            if (analysisVariable(dataset.info, name.toStdString())->kind == VariableKind::Numeric) {
                return badRequest(QStringLiteral("invalid-table"),
                                  Tr::tr("A two-way table needs two categorical or binary "
                                         "variables. Describe a numeric variable with a "
                                         "histogram instead."),
                                  QStringLiteral("tables[%1]: ").arg(i) + name.left(100));
            }
        }
    }
    if (auto refused = checkTrends(dataset.info, req.trends))
        return *refused;
    if (auto refused = checkFilters(dataset.info, req.filters))
        return *refused;
    // A yes/no variable's bounds as the levels they select: a level filter to every rule.
    std::vector<analysis::Filter> filters = req.filters;
    if (auto refused = levelFilters(dataset.info, filters))
        return *refused;

    // The cohort and its rules, before any number is computed from it.
    const auto consent = selectConsented(dataset, req.purpose, m_policy.requireConsentColumn());
    if (!consent)
        return noConsent(req.purpose, audit.checks);
    if (auto refused = m_gate->filterBounds(dataset, filters, audit.release))
        return respond(*refused);
    auto maskResult = analysis::cohortMask(dataset.table, filters, &consent->mask);
    if (!maskResult)
        return respond(m_gate->dataFailure(audit.release));
    std::vector<std::uint8_t> mask = std::move(maskResult).value();
    for (const QString &name : req.completeCases) {
        const analysis::Column *column = dataset.table.column(name.toStdString());
        for (std::size_t i = 0; i < mask.size(); ++i) {
            if (mask[i] && column->isMissing(i))
                mask[i] = 0;
        }
    }
    std::int64_t cohortSize = 0;
    for (std::uint8_t m : mask)
        cohortSize += m;
    // Cohort rules; differencing against earlier releases once the released cells are known.
    if (auto refused = m_gate->cohort(cohortSize, consent->consented, audit.release)) {
        // Named after the ledger's refusal where a few records would tell (common_p.h); as for
        // the count rules below.
        if (api::cohortRefusalAfterLedger(refused->code(), cohortSize, consent->consented,
                                          m_disclosure)) {
            if (auto ledger = differencingRefusal(m_ledger->checkCohort(dataset, mask), audit))
                return *ledger;
        }
        return respond(*refused);
    }
    out->cohortSize = cohortSize;
    if (step == DescribeStep::CohortOnly)
        return std::nullopt;

    // Compute; a data-dependent failure names nothing.
    DescriptivesTally tally;
    tally.dataset = dataset.info.name;
    tally.cohortSize = cohortSize;
    for (const protocol::DescribeVariable &variable : req.variables) {
        const std::string name = variable.name.toStdString();
        const VariableInfo *meta = analysisVariable(dataset.info, name);
        const analysis::Column *column = dataset.table.column(name);
        if (meta->kind == VariableKind::Numeric) {
            auto summary
                = analysis::describeNumeric(dataset.table, name, variable.histogramEdges, &mask);
            if (!summary)
                return respond(m_gate->dataFailure(audit.release));
            DescriptivesTally::Numeric numeric;
            numeric.variable = variable.name;
            numeric.summary = std::move(summary).value();
            numeric.histogramStep = datasetHistogramStep(dataset, name);
            for (std::size_t i = 0; i < mask.size(); ++i) {
                if (mask[i] && !column->isMissing(i))
                    numeric.values.push_back(column->numeric[i]);
            }
            tally.numeric.push_back(std::move(numeric));
        } else {
            DescriptivesTally::Categorical categorical;
            categorical.variable = variable.name;
            if (meta->kind == VariableKind::Categorical) {
                auto summary = analysis::describeCategorical(dataset.table, name, &mask);
                if (!summary)
                    return respond(m_gate->dataFailure(audit.release));
                for (const auto &[level, count] : summary->levelCounts) {
                    categorical.levels.push_back(qs(level));
                    categorical.counts.push_back(count);
                }
                categorical.missing = summary->missing;
            } else {
                // Binary: counted like a two-level factor, so small classes are withheld.
                categorical.counts = { 0, 0 };
                categorical.levels = { QStringLiteral("0"), QStringLiteral("1") };
                for (std::size_t i = 0; i < mask.size(); ++i) {
                    if (!mask[i])
                        continue;
                    if (column->isMissing(i))
                        categorical.missing += 1;
                    else
                        categorical.counts[column->numeric[i] == 1.0 ? 1 : 0] += 1;
                }
            }
            tally.categorical.push_back(std::move(categorical));
        }
    }
    for (const auto &[rowName, columnName] : req.tables) {
        auto table = analysis::crossTabulate(dataset.table, rowName.toStdString(),
                                             columnName.toStdString(), &mask);
        if (!table)
            return respond(m_gate->dataFailure(audit.release));
        tally.tables.push_back({ rowName, columnName, std::move(table).value() });
    }
    if (!tallyTrends(dataset, req.trends, mask, &tally))
        return respond(m_gate->dataFailure(audit.release));

    // Dominance inside the cohort, judged as if the site's extreme values of each numeric
    // variable were in it whichever cohort holds them, so that a refusal does not tell on which
    // side of a split an outlier is (docs/privacy-rules.md "Dominance inside a cohort"). After the
    // count rules the gate runs first on a variable (1-9 missing or present values: min-cell,
    // counts only), before the gate's own dominance check on the cohort, which it implies.
    // Over the records of every purpose the dataset records (anyPurposeRecords): the same site's
    // extreme values whichever purpose asks.
    const std::vector<std::uint8_t> anyPurpose = tally.numeric.empty()
        ? std::vector<std::uint8_t>()
        : anyPurposeRecords(dataset, consent->mask);
    for (const DescriptivesTally::Numeric &numeric : tally.numeric) {
        const double missing = numeric.summary.missing;
        const double present = numeric.summary.moments.count;
        if ((missing > 0 && missing < m_disclosure.minCell)
            || (present > 0 && present < m_disclosure.minCell))
            continue; // the gate refuses it with min-cell
        if (auto dominated = cohortDominance(dataset, numeric.variable.toStdString(), anyPurpose,
                                             mask, m_disclosure)) {
            // Named only when the ledger would pass the cohort, as the count rules are: on a
            // cohort a few records from a released one whose spread sits at the threshold,
            // `dominance` against `differencing` told a record's value (docs/privacy-rules.md,
            // "The red team of the eleventh session"). The cohort is recorded: the refusal is a
            // release about it (below, and "The twelfth independent review").
            if (auto ledger
                = differencingRefusal(m_ledger->checkAndRecord(dataset, mask, {}, user), audit))
                return *ledger;
            audit.release.add(*dominated);
            return respond(m_gate->refuse(*dominated, audit.release));
        }
    }
    // A variable's histogram released without bins (its count and moments as they are), by a
    // family of its histogram cells ("h:<variable>:...").
    auto withholdHistogram = [&](const std::string &family) {
        for (DescriptivesTally::Numeric &numeric : tally.numeric) {
            if (family.find("h:" + numeric.variable.toStdString() + ":") != std::string::npos) {
                for (analysis::Histogram &histogram : numeric.summary.histograms)
                    histogram.edges.clear(); // released as a histogram without bins
                audit.set("histogramWithheld", numeric.variable);
            }
        }
    };
    // A period-like variable's histogram over a level filter is withheld (its moments are
    // released) when, held by whole periods against the earlier such descriptions of the family
    // over other cohorts, a period of the group between the cohorts would hold 1-9 records: two
    // such histograms give that group's period x level cells (docs/privacy-rules.md, "The red
    // team of the tenth session"). Asked without recording; the record step checks it again.
    // (The lattice cells of a variable whose periods do not make up its lattice bins are held
    // after the record step: latticeHistogramHold below.)
    if (!filters.empty()) {
        QList<protocol::NumericDescription> withHistograms;
        for (const DescriptivesTally::Numeric &numeric : tally.numeric) {
            if (numeric.summary.histograms.empty())
                continue;
            protocol::NumericDescription d;
            d.variable = numeric.variable;
            d.histograms.append(protocol::ReleasedHistogram { { 0.0, 1.0 }, { 0.0 } });
            withHistograms.append(d);
        }
        for (auto &[f, cells] : trendRowsByHistogram(dataset, filters, withHistograms)) {
            std::vector<analysis::Filter> others = filters;
            others.erase(others.begin() + std::ptrdiff_t(f));
            auto wider = analysis::cohortMask(dataset.table, others, &consent->mask);
            if (!wider)
                return respond(m_gate->dataFailure(audit.release));
            std::vector<std::int64_t> rows;
            for (std::size_t i = 0; i < wider->size(); ++i) {
                bool keep = (*wider)[i] != 0;
                for (const QString &name : req.completeCases)
                    keep = keep && !dataset.table.column(name.toStdString())->isMissing(i);
                if (keep)
                    rows.push_back(std::int64_t(i));
            }
            for (const CellRelease &cell : cells) {
                if (cell.latticeHistogram)
                    continue;
                auto passes = m_ledger->periodHistogramPasses(dataset, rows, cell);
                if (!passes)
                    return ledgerFailure();
                if (*passes)
                    continue;
                withholdHistogram(cell.family);
            }
        }
    }
    // Release rules, then differencing: the ledger refines its atoms by exactly what the gate
    // released (cohort, unsuppressed level and table cells, histogram bins, missing counts).
    const ReleaseRecord gateRecord = audit.release; // for a second gate run (below)
    GateAnswer answer = m_gate->descriptives(tally, audit.release);
    if (answer.status() != 200) {
        // A count rule (1-9 present or missing values: min-cell) is named only when the ledger
        // would pass the cohort; else the ledger's refusal, as if it had been asked first: on a
        // cohort one record from an earlier release, 9 values against 10 told whether that
        // record has one (docs/privacy-rules.md, "The fifth independent review"). The cohort
        // passed min-cohort, so its own size is no piece the ledger refuses. And the cohort is
        // recorded (its cells are not: none was released): the refusal says that 1-9 of its
        // records have a value, and the same question over the cohort one record larger, never
        // recorded, told whether that record has one (docs/privacy-rules.md, "The twelfth
        // independent review").
        if (auto ledger
            = differencingRefusal(m_ledger->checkAndRecord(dataset, mask, {}, user), audit))
            return *ledger;
        return respond(answer);
    }
    auto released = protocol::fromJson<protocol::DescriptivesResponse>(
        QJsonDocument::fromJson(answer.body()).object());
    if (!released)
        return ledgerFailure();
    // Each released histogram's parts over the cohort: checked against the runs of released risk
    // bins (docs/privacy-rules.md, "Histograms against released risk bins").
    std::vector<std::int64_t> cohortRows;
    for (std::size_t i = 0; i < mask.size(); ++i) {
        if (mask[i])
            cohortRows.push_back(std::int64_t(i));
    }
    std::vector<HistogramCodes> histograms;
    for (const protocol::NumericDescription &numeric : released->numeric) {
        for (const protocol::ReleasedHistogram &histogram : numeric.histograms) {
            if (histogram.edges.size() >= 2)
                histograms.push_back(histogramCodes(dataset.table, numeric.variable.toStdString(),
                                                    histogram.edges, cohortRows));
        }
    }
    // A period described over a level filter (its count, moments and histogram) is trend cells
    // over the cohort without that filter (trendRowsByHistogram): for the trend ledgers only.
    std::vector<DifferencingLedger::TrendRows> trendRows;
    // The lattice cells and the rows each is held over (a list: stable addresses).
    std::list<std::vector<std::int64_t>> latticeRows;
    std::vector<std::pair<const std::vector<std::int64_t> *, CellRelease>> latticeCells;
    for (auto &[f, cells] : trendRowsByHistogram(dataset, filters, released->numeric)) {
        std::vector<analysis::Filter> others = filters;
        others.erase(others.begin() + std::ptrdiff_t(f));
        auto wider = analysis::cohortMask(dataset.table, others, &consent->mask);
        if (!wider)
            return respond(m_gate->dataFailure(audit.release));
        DifferencingLedger::TrendRows rows;
        rows.cells = std::move(cells);
        for (const QString &name : req.completeCases) {
            const analysis::Column *column = dataset.table.column(name.toStdString());
            for (std::size_t i = 0; i < wider->size(); ++i) {
                if ((*wider)[i] && column->isMissing(i))
                    (*wider)[i] = 0;
            }
        }
        for (std::size_t i = 0; i < wider->size(); ++i) {
            if ((*wider)[i])
                rows.rows.push_back(std::int64_t(i));
        }
        // The lattice cells are held after the record step (latticeHistogramHold).
        const std::vector<std::int64_t> *kept = nullptr;
        for (CellRelease &cell : rows.cells) {
            if (!cell.latticeHistogram)
                continue;
            if (!kept)
                kept = &latticeRows.emplace_back(rows.rows);
            latticeCells.emplace_back(kept, std::move(cell));
        }
        std::erase_if(rows.cells, [](const CellRelease &c) { return c.latticeHistogram; });
        if (!rows.cells.empty())
            trendRows.push_back(std::move(rows));
    }
    // Level counts over a numeric filter, or over complete cases that leave out whole periods,
    // are rows of every other period's trends (trendRowsByRangeFilter): over the description's
    // own cohort, for the trend ledgers only.
    if (std::vector<CellRelease> byRange
        = trendRowsByRangeFilter(dataset, filters, *released, req.completeCases);
        !byRange.empty())
        trendRows.push_back({ cohortRows, std::move(byRange) });
    if (auto refused
        = differencingRefusal(m_ledger->checkAndRecordDescription(
                                  dataset, cohortRows, releasedCells(dataset, *released, filters),
                                  histograms, trendRows, user),
                              audit))
        return *refused;
    // A numeric variable's histogram whose periods do not make up its lattice bins (grams,
    // halves, tenths), released with bins over a level filter: held by its lattice bins against
    // the family's earlier such histograms, checked and recorded at once
    // (DifferencingLedger::latticeHistogramHold), after every other check passed so that only a
    // released histogram is recorded. When it does not pass, the histogram is released without
    // its bins (the gate run again on the tally without them; what the ledgers recorded of the
    // bins only holds later releases more) — never a refusal (docs/privacy-rules.md, "The
    // lattice-bin hold").
    bool stripped = false;
    for (const protocol::NumericDescription &numeric : released->numeric) {
        bool bins = false;
        for (const protocol::ReleasedHistogram &histogram : numeric.histograms)
            bins = bins || histogram.edges.size() >= 2;
        const std::string key = "h:" + numeric.variable.toStdString() + ":";
        std::vector<DifferencingLedger::LatticeRows> mine;
        for (const auto &[rows, cell] : latticeCells) {
            if (cell.family.find(key) != std::string::npos)
                mine.push_back({ rows, &cell });
        }
        if (!bins || mine.empty())
            continue;
        auto passes = m_ledger->latticeHistogramHold(dataset, mine, user);
        if (!passes)
            return ledgerFailure();
        if (!*passes) {
            withholdHistogram(key);
            stripped = true;
        }
    }
    if (stripped) {
        audit.release = gateRecord;
        answer = m_gate->descriptives(tally, audit.release);
        if (answer.status() != 200)
            return respond(answer); // not expected: fewer bins pass every rule they passed
        released = protocol::fromJson<protocol::DescriptivesResponse>(
            QJsonDocument::fromJson(answer.body()).object());
        if (!released)
            return ledgerFailure();
    }
    out->released = std::move(released).value();
    out->tally = std::move(tally);
    out->answer = answer;
    return std::nullopt;
}

} // namespace fairstart::node

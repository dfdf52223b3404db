// SPDX-License-Identifier: GPL-3.0-or-later
// POST /v1/descriptives: moments, histograms, level counts and two-way tables of a cohort.
#include "common_p.h"

#include "fairstart/analysis/descriptives.h"

namespace fairstart::node {

using namespace api;

// ---- descriptives ----------------------------------------------------------------------------

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
    auto data = m_cache.get(req.dataset);
    if (!data)
        return unknownDataset(req.dataset);
    const LoadedDataset &dataset = **data;
    const auto consent = selectConsented(dataset, req.purpose, m_policy.requireConsentColumn());
    if (!consent)
        return noConsent(req.purpose, audit.checks);

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
    if (auto refused = checkFilters(dataset.info, req.filters))
        return *refused;

    auto maskResult = analysis::cohortMask(dataset.table, req.filters, &consent->mask);
    if (!maskResult)
        return designError(maskResult.error(), m_disclosure);
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
    const auto cohortOutcomes = checkCohort(cohortSize, consent->consented, m_disclosure);
    audit.add(cohortOutcomes);
    if (const auto *failed = firstFailure(cohortOutcomes))
        return ruleRefusal(*failed);

    const int minCell = m_disclosure.minCell;
    protocol::DescriptivesResponse out;
    out.dataset = dataset.info.name;
    std::vector<CellRelease> releasedCells; // what leaves exactly, for the differencing ledger
    out.cohortSize = cohortSize;
    for (const protocol::DescribeVariable &variable : req.variables) {
        const std::string name = variable.name.toStdString();
        const VariableInfo *meta = analysisVariable(dataset.info, name);
        const analysis::Column *column = dataset.table.column(name);
        if (meta->kind == VariableKind::Numeric) {
            auto summary
                = analysis::describeNumeric(dataset.table, name, variable.histogramEdges, &mask);
            if (!summary)
                return badRequest(QString::fromLatin1(analysis::errorCodeId(summary.error().code)),
                                  Tr::tr("The variable cannot be described: %1")
                                      .arg(qs(summary.error().message).left(300)),
                                  variable.name.left(100));
            const double missing = summary->missing;
            if (missing > 0 && missing < minCell) {
                analysis::RuleOutcome outcome;
                outcome.ruleId = "min-cell";
                outcome.passed = false;
                outcome.threshold = minCell;
                outcome.message = Tr::tr("Fewer than %1 records of the cohort miss this variable, "
                                         "so its summary would reveal them. Add it to "
                                         "completeCases.")
                                      .arg(minCell)
                                      .toStdString();
                outcome.detail = "missing values of " + name;
                audit.add(outcome);
                return ruleRefusal(outcome);
            }
            // Dominance of the sum (mean × count) and of the sum of squares about the mean.
            std::vector<double> absolute;
            std::vector<double> squares;
            for (std::size_t i = 0; i < mask.size(); ++i) {
                if (mask[i] && !column->isMissing(i)) {
                    absolute.push_back(std::abs(column->numeric[i]));
                    const double d = column->numeric[i] - summary->moments.mean;
                    squares.push_back(d * d);
                }
            }
            for (auto *values : { &absolute, &squares }) {
                const analysis::RuleOutcome outcome = analysis::checkDominance(
                    values->data(), values->size(),
                    (values == &absolute ? "the sum of " : "the sum of squares of ") + name,
                    m_disclosure);
                audit.add(outcome);
                if (!outcome.passed)
                    return ruleRefusal(outcome);
            }
            protocol::NumericDescription description;
            description.variable = variable.name;
            description.missing = static_cast<qint64>(missing);
            description.moments = summary->moments;
            for (const analysis::Histogram &histogram : summary->histograms) {
                protocol::ReleasedHistogram released;
                const double outside = histogram.below + histogram.above;
                // Records outside the edges follow from the count: a few would be the extremes.
                if (outside == 0 || outside >= minCell) {
                    const auto merged = analysis::mergeBinsForDisclosure(
                        histogram.edges, { histogram.counts }, minCell);
                    if (merged.ok()) {
                        released.edges = merged.edges;
                        released.counts = merged.counts.front();
                    }
                }
                if (!released.edges.empty()) {
                    CellRelease bins { histogramFamily(name, released.edges), {} };
                    for (std::size_t b = 0; b + 1 < released.edges.size(); ++b)
                        bins.released.push_back(std::int32_t(b));
                    releasedCells.push_back(std::move(bins));
                }
                description.histograms.append(released);
            }
            releasedCells.push_back({ missingFamily(name), { 0, 1 } }); // count and missing
            out.numeric.append(description);
        } else {
            protocol::CategoricalDescription description;
            description.variable = variable.name;
            std::vector<QString> levelNames;
            std::vector<double> counts;
            double missing = 0;
            if (meta->kind == VariableKind::Categorical) {
                auto summary = analysis::describeCategorical(dataset.table, name, &mask);
                if (!summary)
                    return badRequest(
                        QString::fromLatin1(analysis::errorCodeId(summary.error().code)),
                        Tr::tr("The variable cannot be described: %1")
                            .arg(qs(summary.error().message).left(300)),
                        variable.name.left(100));
                for (const auto &[level, count] : summary->levelCounts) {
                    levelNames.push_back(qs(level));
                    counts.push_back(count);
                }
                missing = summary->missing;
            } else {
                // Binary: counted like a two-level factor, so small classes are withheld.
                counts = { 0, 0 };
                levelNames = { QStringLiteral("0"), QStringLiteral("1") };
                for (std::size_t i = 0; i < mask.size(); ++i) {
                    if (!mask[i])
                        continue;
                    if (column->isMissing(i))
                        missing += 1;
                    else
                        counts[column->numeric[i] == 1.0 ? 1 : 0] += 1;
                }
            }
            // The missing count is a cell of the same group (cohort size is released) unless 0.
            std::vector<double> cells = counts;
            if (missing > 0)
                cells.push_back(missing);
            const std::vector<bool> withheld = suppressGroup(cells, minCell);
            for (std::size_t i = 0; i < counts.size(); ++i) {
                description.levels.append({ levelNames[i],
                                            withheld[i]
                                                ? protocol::ReleasedCount()
                                                : protocol::ReleasedCount(qint64(counts[i])) });
            }
            description.missing = missing == 0 ? protocol::ReleasedCount(0)
                : withheld.back()              ? protocol::ReleasedCount()
                                               : protocol::ReleasedCount(qint64(missing));
            CellRelease levels { variableFamily(name), {} };
            for (std::size_t i = 0; i < counts.size(); ++i) {
                if (!withheld[i])
                    levels.released.push_back(
                        levelCode(dataset.table, name, levelNames[i].toStdString()));
            }
            if (missing == 0 || !withheld.back())
                levels.released.push_back(familyCodeCount(dataset.table, levels.family) - 1);
            releasedCells.push_back(std::move(levels));
            out.categorical.append(description);
        }
    }
    for (const auto &[rowName, columnName] : req.tables) {
        auto table = analysis::crossTabulate(dataset.table, rowName.toStdString(),
                                             columnName.toStdString(), &mask);
        if (!table)
            return badRequest(QString::fromLatin1(analysis::errorCodeId(table.error().code)),
                              Tr::tr("A two-way table needs two categorical or binary "
                                     "variables: %1")
                                  .arg(qs(table.error().message).left(300)),
                              rowName.left(100) + QStringLiteral(" × ") + columnName.left(100));
        protocol::ReleasedTable released;
        released.rowVariable = rowName;
        released.columnVariable = columnName;
        for (const auto &level : table->rowLevels)
            released.rowLevels.append(qs(level));
        for (const auto &level : table->columnLevels)
            released.columnLevels.append(qs(level));
        const std::vector<bool> withheld = suppressTable(table->counts, table->rowLevels.size(),
                                                         table->columnLevels.size(), minCell);
        for (std::size_t i = 0; i < table->counts.size(); ++i)
            released.counts.append(withheld[i] ? protocol::ReleasedCount()
                                               : protocol::ReleasedCount(qint64(table->counts[i])));
        const std::string rowFamily = variableFamily(rowName.toStdString());
        const std::string columnFamily = variableFamily(columnName.toStdString());
        CellRelease joint { jointFamily(rowFamily, columnFamily), {} };
        const std::size_t columns = table->columnLevels.size();
        for (std::size_t i = 0; i < table->counts.size(); ++i) {
            if (withheld[i])
                continue;
            joint.released.push_back(jointCode(
                dataset.table, rowFamily,
                levelCode(dataset.table, rowName.toStdString(), table->rowLevels[i / columns]),
                columnFamily,
                levelCode(dataset.table, columnName.toStdString(),
                          table->columnLevels[i % columns])));
        }
        releasedCells.push_back(std::move(joint));
        out.tables.append(released);
    }

    auto verdict = m_ledger->checkAndRecord(dataset, mask, releasedCells);
    if (!verdict)
        return ledgerFailure();
    audit.add(*verdict);
    if (!verdict->passed)
        return ruleRefusal(*verdict);
    return jsonResponse(200, protocol::toJson(out));
}

} // namespace fairstart::node

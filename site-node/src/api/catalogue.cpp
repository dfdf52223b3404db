// SPDX-License-Identifier: GPL-3.0-or-later
// GET /v1/catalogue: the datasets and their variables, with rounded counts.
#include "common_p.h"
#include "release/ledgercarry.h"

#include <algorithm>
#include <cmath>

namespace fairstart::node {

using namespace api;

// The released catalogue entry of `dataset` for `purpose`, computed and kept for its generation
// (a catalogue request, or the preload for each of the dataset's consent purposes: issue 16).
Released<protocol::CatalogueDataset> ApiHandlers::cacheCatalogueEntry(const LoadedDataset &dataset,
                                                                      const QString &purpose)
{
    const QString cacheKey = dataset.info.name + QLatin1Char('\n')
        + QString::number(dataset.info.generation) + QLatin1Char('\n') + purpose;
    const auto consent = selectConsented(dataset, purpose, m_policy.requireConsentColumn());
    // The records consented for every purpose the dataset records (the purpose's own
    // selection when it records none): the records of the histogram step's whole numbers.
    // After a re-import that changed only consent: the earlier import's (ledgercarry.h).
    const std::vector<std::uint8_t> everyPurpose
        = consent ? factRecordsWithin(dataset, consent->mask) : std::vector<std::uint8_t>();
    // Removed records that still count in the facts (release/ledgercarry.h, FactGhosts): only
    // while the fact records are carried.
    std::optional<FactGhosts> ghosts;
    if (factRecords(dataset.info.name, dataset.info.generation, dataset.table.rows())) {
        if (auto stored
            = m_store->differencingState(factGhostsKey(dataset.info.name), dataset.info.generation);
            stored && stored->has_value())
            ghosts = FactGhosts::decode(**stored);
    }
    CatalogueTally tally;
    tally.name = dataset.info.name;
    tally.description = dataset.info.label;
    tally.consentPurposes = dataset.info.consentPurposes();
    // Every count over the records consented for every purpose, so that the catalogues of
    // two purposes never differ by the records whose consent differs: their rounding told
    // one child's migration background (tst_attacks catalogueRoundingAcrossPurposes).
    tally.consented = consent ? std::int64_t(std::count_if(everyPurpose.begin(), everyPurpose.end(),
                                                           [](std::uint8_t in) { return in != 0; }))
                              : 0;
    if (ghosts && consent)
        tally.consented += ghosts->records;
    for (const VariableInfo &variable : dataset.info.analysisVariables()) {
        CatalogueTally::Variable out;
        out.name = variable.name;
        out.label = variable.label;
        out.type = variable.kind == VariableKind::Numeric ? protocol::VariableType::Numeric
            : variable.kind == VariableKind::Binary       ? protocol::VariableType::Binary
                                                          : protocol::VariableType::Categorical;
        const analysis::Column *column = dataset.table.column(variable.name.toStdString());
        if (variable.kind == VariableKind::Categorical) {
            for (const QString &level : variable.levels)
                out.levels[level] = 0;
            // The stored order is the schema's when it declared one (sorted otherwise, and
            // then said as before by sorting): a declared order or labels go out as given.
            QStringList sorted = variable.levels;
            std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) {
                return a.toStdString() < b.toStdString(); // the import's byte order
            });
            if (sorted != variable.levels || !variable.levelLabels.isEmpty()) {
                out.declaredOrder = variable.levels;
                out.levelLabels = variable.levelLabels;
            }
        } else if (variable.kind == VariableKind::Binary) {
            out.levels[QStringLiteral("0")] = 0;
            out.levels[QStringLiteral("1")] = 0;
        }
        // Whether every value is whole, over the records consented for *every* purpose of
        // the dataset: the same flag in the catalogue of each purpose, from records that
        // consented to this one. Over the purpose's own consented records the flags of two
        // purposes differed by the records whose consent differs: one child's age not whole
        // (docs/privacy-rules.md, tst_attacks wholeNumbersAcrossPurposes).
        bool wholeNumbers = variable.kind == VariableKind::Numeric && column
            && column->kind == analysis::ColumnKind::Numeric && consent;
        if (column && consent) {
            // Counted per level code (per 0/1) and named once after the walk: a QString
            // and a map look-up per record were most of a cold catalogue (issue 16).
            const bool categorical = column->kind == analysis::ColumnKind::Categorical;
            const bool binary = !categorical && variable.kind == VariableKind::Binary;
            std::vector<std::int64_t> perCode(categorical ? column->levels.size() : 0, 0);
            std::int64_t ones = 0, others = 0;
            for (std::size_t i = 0; i < column->size() && i < everyPurpose.size(); ++i) {
                if (!everyPurpose[i])
                    continue;
                if (column->isMissing(i)) {
                    ++out.missing;
                    continue;
                }
                ++out.present;
                if (wholeNumbers)
                    wholeNumbers = column->numeric[i] == std::trunc(column->numeric[i]);
                if (categorical)
                    ++perCode[std::size_t(column->codes[i])]; // in range: DataTable::add
                else if (binary)
                    ++(column->numeric[i] == 1.0 ? ones : others);
            }
            for (std::size_t code = 0; code < perCode.size(); ++code) {
                if (perCode[code] > 0)
                    out.levels[qs(column->levels[code])] += perCode[code];
            }
            if (ones > 0)
                out.levels[QStringLiteral("1")] += ones;
            if (others > 0)
                out.levels[QStringLiteral("0")] += others;
        }
        // The records a re-import removed while the facts are judged over carried fact
        // records stay counted (release/ledgercarry.h, FactGhosts).
        if (ghosts && consent) {
            const auto found = ghosts->variables.find(variable.name.toStdString());
            if (found != ghosts->variables.end()) {
                out.missing += found->second.missing;
                out.present += found->second.present;
                wholeNumbers = wholeNumbers && !found->second.notWhole;
                for (const auto &[level, count] : found->second.levels) {
                    const auto it = out.levels.find(QString::fromStdString(level));
                    if (it != out.levels.end()) // a level the schema no longer has: none
                        it->second += count;
                }
            }
        }
        out.wholeNumbers = wholeNumbers;
        tally.variables.push_back(std::move(out));
    }
    Released<protocol::CatalogueDataset> entry = m_gate->catalogueEntry(tally);
    {
        std::lock_guard lock(m_catalogueMutex);
        // Entries of older imports are never asked for again.
        auto &cache = m_catalogueCache->entries;
        for (auto it = cache.begin(); it != cache.end();) {
            const QString current = dataset.info.name + QLatin1Char('\n')
                + QString::number(dataset.info.generation) + QLatin1Char('\n');
            if (it->first.startsWith(dataset.info.name + QLatin1Char('\n'))
                && !it->first.startsWith(current))
                it = cache.erase(it);
            else
                ++it;
        }
        cache.insert_or_assign(cacheKey, entry);
    }
    return entry;
}

ApiResponse ApiHandlers::catalogue(const ApiRequest &request, Audit &audit)
{
    FAIRSTART_AUTHENTICATE(token);
    const QString purpose = queryValue(request, "purpose").value_or(QString());
    audit.set("purpose", purpose.left(64));
    if (auto refused = checkPurpose(token, purpose))
        return *refused;
    const std::optional<QString> name = queryValue(request, "dataset");
    if (name)
        audit.set("dataset", name->left(128));
    std::vector<Released<protocol::CatalogueDataset>> entries;
    if (!catalogueEntries(purpose, name, &entries))
        return unknownDataset(*name);
    return respond(m_gate->catalogue(entries, audit.release));
}

bool ApiHandlers::catalogueEntries(const QString &purpose, const std::optional<QString> &name,
                                   std::vector<Released<protocol::CatalogueDataset>> *entries)
{
    std::vector<DatasetInfo> infos;
    if (name) {
        auto info = m_store->datasetInfo(*name);
        if (!info)
            return false;
        infos.push_back(*info);
    } else if (auto all = m_store->datasets()) {
        infos = *all;
    }

    for (const DatasetInfo &info : infos) {
        // A released entry of this generation needs no table (which may have been dropped for
        // its design matrices, issue 16).
        {
            const QString cacheKey = info.name + QLatin1Char('\n')
                + QString::number(info.generation) + QLatin1Char('\n') + purpose;
            std::lock_guard lock(m_catalogueMutex);
            auto cached = m_catalogueCache->entries.find(cacheKey);
            if (cached != m_catalogueCache->entries.end()) {
                entries->push_back(cached->second);
                continue;
            }
        }
        auto data = m_cache.get(info.name);
        if (!data)
            continue; // dropped in the meantime
        entries->push_back(cacheCatalogueEntry(**data, purpose));
    }
    return true;
}

} // namespace fairstart::node

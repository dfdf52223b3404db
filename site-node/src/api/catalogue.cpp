// SPDX-License-Identifier: GPL-3.0-or-later
// GET /v1/catalogue: the datasets and their variables, with rounded counts.
#include "common_p.h"

namespace fairstart::node {

using namespace api;

ApiResponse ApiHandlers::catalogue(const ApiRequest &request, Audit &audit)
{
    FAIRSTART_AUTHENTICATE(token);
    const QString purpose = queryValue(request, "purpose").value_or(QString());
    audit.set("purpose", purpose.left(64));
    if (auto refused = checkPurpose(token, purpose))
        return *refused;
    std::vector<DatasetInfo> infos;
    if (auto name = queryValue(request, "dataset")) {
        audit.set("dataset", name->left(128));
        auto info = m_store->datasetInfo(*name);
        if (!info)
            return unknownDataset(*name);
        infos.push_back(*info);
    } else if (auto all = m_store->datasets()) {
        infos = *all;
    }

    protocol::Catalogue catalogue;
    const int minCell = m_disclosure.minCell;
    for (const DatasetInfo &info : infos) {
        auto data = m_cache.get(info.name);
        if (!data)
            continue; // dropped in the meantime
        const LoadedDataset &dataset = **data;
        const QString cacheKey = dataset.info.name + QLatin1Char('\n')
            + QString::number(dataset.info.generation) + QLatin1Char('\n') + purpose;
        {
            std::lock_guard lock(m_catalogueMutex);
            auto cached = m_catalogueCache.find(cacheKey);
            if (cached != m_catalogueCache.end()) {
                catalogue.datasets.append(cached->second);
                continue;
            }
        }
        const auto consent = selectConsented(dataset, purpose, m_policy.requireConsentColumn());
        protocol::CatalogueDataset entry;
        entry.name = info.name;
        entry.description = info.label;
        entry.consentPurposes = info.consentPurposes();
        const std::int64_t consented = consent ? consent->consented : 0;
        entry.rows = roundedCount(consented, minCell, kCatalogueRounding);
        for (const VariableInfo &variable : dataset.info.analysisVariables()) {
            protocol::CatalogueVariable out;
            out.name = variable.name;
            out.label = variable.label;
            out.type = variable.kind == VariableKind::Numeric ? protocol::VariableType::Numeric
                : variable.kind == VariableKind::Binary       ? protocol::VariableType::Binary
                                                              : protocol::VariableType::Categorical;
            const analysis::Column *column = dataset.table.column(variable.name.toStdString());
            std::int64_t present = 0;
            std::int64_t missing = 0;
            std::map<QString, std::int64_t> levels;
            if (variable.kind == VariableKind::Categorical) {
                for (const QString &level : variable.levels)
                    levels[level] = 0;
            } else if (variable.kind == VariableKind::Binary) {
                levels[QStringLiteral("0")] = 0;
                levels[QStringLiteral("1")] = 0;
            }
            if (column && consent) {
                for (std::size_t i = 0; i < column->size(); ++i) {
                    if (!consent->mask[i])
                        continue;
                    if (column->isMissing(i)) {
                        ++missing;
                        continue;
                    }
                    ++present;
                    if (column->kind == analysis::ColumnKind::Categorical) {
                        ++levels[qs(column->levels[std::size_t(column->codes[i])])];
                    } else if (variable.kind == VariableKind::Binary) {
                        ++levels[column->numeric[i] == 1.0 ? QStringLiteral("1")
                                                           : QStringLiteral("0")];
                    }
                }
            }
            out.count = roundedCount(present, minCell, kCatalogueRounding);
            out.missing = missing == 0 ? protocol::ReleasedCount(0)
                                       : roundedCount(missing, minCell, kCatalogueRounding);
            for (const auto &[level, count] : levels)
                out.levels.append({ level, roundedCount(count, minCell, kCatalogueRounding) });
            entry.variables.append(out);
        }
        {
            std::lock_guard lock(m_catalogueMutex);
            // Entries of older imports are never asked for again.
            for (auto it = m_catalogueCache.begin(); it != m_catalogueCache.end();) {
                const QString current = dataset.info.name + QLatin1Char('\n')
                    + QString::number(dataset.info.generation) + QLatin1Char('\n');
                if (it->first.startsWith(dataset.info.name + QLatin1Char('\n'))
                    && !it->first.startsWith(current))
                    it = m_catalogueCache.erase(it);
                else
                    ++it;
            }
            m_catalogueCache[cacheKey] = entry;
        }
        catalogue.datasets.append(entry);
    }
    return jsonResponse(200, protocol::toJson(catalogue));
}

} // namespace fairstart::node

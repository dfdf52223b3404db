// SPDX-License-Identifier: GPL-3.0-or-later
#include "designcache_p.h"

#include <QtGlobal>

namespace fairstart::node {

CompactColumns::CompactColumns(std::shared_ptr<const LoadedDataset> columns)
{
    const analysis::DataTable &table = columns->table;
    bool narrow = true;
    for (const analysis::Column &column : table.columns()) {
        narrow = narrow && column.kind == analysis::ColumnKind::Categorical
            && column.levels.size() <= 255;
    }
    if (!narrow) {
        m_full = std::move(columns);
        return;
    }
    m_rows = table.rows();
    m_rest.info = columns->info;
    m_rest.histogramSteps = columns->histogramSteps;
    m_rest.lattice = columns->lattice;
    m_narrow.reserve(table.columnCount());
    for (const analysis::Column &column : table.columns()) {
        Narrow n { column.name, std::vector<std::uint8_t>(column.codes.size()), column.levels };
        for (std::size_t i = 0; i < column.codes.size(); ++i)
            n.codes[i] = std::uint8_t(column.codes[i] + 1); // -1 (missing) .. 254
        m_narrow.push_back(std::move(n));
    }
    m_expanded = columns; // while the request that built it holds it
}

std::shared_ptr<const LoadedDataset> CompactColumns::expanded() const
{
    if (m_full)
        return m_full;
    std::lock_guard lock(m_mutex);
    if (auto shared = m_expanded.lock())
        return shared;
    auto out = std::make_shared<LoadedDataset>();
    out->info = m_rest.info;
    out->histogramSteps = m_rest.histogramSteps;
    out->lattice = m_rest.lattice;
    for (const Narrow &n : m_narrow) {
        std::vector<std::int32_t> codes(n.codes.size());
        for (std::size_t i = 0; i < codes.size(); ++i)
            codes[i] = std::int32_t(n.codes[i]) - 1;
        const bool added = out->table.addCategorical(n.name, std::move(codes), n.levels).ok();
        Q_ASSERT(added); // the columns of a valid table, as they were
        Q_UNUSED(added);
    }
    Q_ASSERT(out->table.rows() == m_rows || m_narrow.empty());
    std::shared_ptr<const LoadedDataset> shared = std::move(out);
    m_expanded = shared;
    return shared;
}

std::size_t CompactColumns::bytes() const
{
    std::size_t bytes = 0;
    if (m_full) {
        for (const analysis::Column &column : m_full->table.columns())
            bytes += column.codes.size() * sizeof(std::int32_t)
                + column.numeric.size() * sizeof(double);
        return bytes;
    }
    for (const Narrow &n : m_narrow)
        bytes += n.codes.size();
    return bytes;
}

std::shared_ptr<const analysis::DesignMatrix>
DesignCache::find(const Key &key, const DatasetToken &token, Facts *facts,
                  std::shared_ptr<const LoadedDataset> *columns, bool *recorded,
                  std::shared_ptr<const CompactColumns> *compact)
{
    std::shared_ptr<const CompactColumns> kept;
    std::shared_ptr<const analysis::DesignMatrix> design;
    {
        std::lock_guard lock(m_mutex);
        if (!token || *token != key.generation)
            return nullptr;
        auto it = m_entries.find(key);
        if (it == m_entries.end())
            return nullptr;
        // The very generation the matrix was built from as the dataset cache read it: not only
        // the same generation number (a store replaced under the node could repeat one).
        const auto owner = it->second.token.lock();
        design = it->second.design.lock();
        if (!owner || owner.get() != token.get() || it->second.tokenAddress != token.get()
            || !design) {
            m_entries.erase(it);
            return nullptr;
        }
        ++m_hits;
        if (facts)
            *facts = it->second.facts;
        kept = it->second.columns;
        if (recorded)
            *recorded = it->second.recorded;
        m_recent = design;
    }
    // Expanded outside the cache's lock (4 bytes a record and column at most, once for all the
    // requests that use the columns at the same time).
    if (columns)
        *columns = kept ? kept->expanded() : nullptr;
    if (compact)
        *compact = std::move(kept);
    return design;
}

void DesignCache::markRecorded(const Key &key, const DatasetToken &token)
{
    std::lock_guard lock(m_mutex);
    auto it = m_entries.find(key);
    if (it != m_entries.end() && token && it->second.tokenAddress == token.get()
        && it->second.token.lock() == token)
        it->second.recorded = true;
}

void DesignCache::insert(const Key &key, const DatasetToken &token,
                         std::shared_ptr<const analysis::DesignMatrix> design, const Facts &facts,
                         std::shared_ptr<const CompactColumns> columns)
{
    std::lock_guard lock(m_mutex);
    ++m_builds;
    dropExpired();
    m_entries[key] = Entry { token, token.get(), design, facts, std::move(columns), false };
    m_recent = std::move(design); // the previous recent one lives on only if a job holds it
}

void DesignCache::dropExpired()
{
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (it->second.design.expired() || it->second.token.expired())
            it = m_entries.erase(it);
        else
            ++it;
    }
}

int DesignCache::hits() const
{
    std::lock_guard lock(m_mutex);
    return m_hits;
}

int DesignCache::builds() const
{
    std::lock_guard lock(m_mutex);
    return m_builds;
}

} // namespace fairstart::node

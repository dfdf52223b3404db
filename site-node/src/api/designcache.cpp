// SPDX-License-Identifier: GPL-3.0-or-later
#include "designcache_p.h"

namespace fairstart::node {

std::shared_ptr<const analysis::DesignMatrix>
DesignCache::find(const Key &key, const DatasetToken &token, Facts *facts,
                  std::shared_ptr<const LoadedDataset> *columns, bool *recorded)
{
    std::lock_guard lock(m_mutex);
    if (!token || *token != key.generation)
        return nullptr;
    auto it = m_entries.find(key);
    if (it == m_entries.end())
        return nullptr;
    // The very generation the matrix was built from as the dataset cache read it: not only the
    // same generation number (a store replaced under the node could repeat one).
    const auto owner = it->second.token.lock();
    auto design = it->second.design.lock();
    if (!owner || owner.get() != token.get() || it->second.tokenAddress != token.get() || !design) {
        m_entries.erase(it);
        return nullptr;
    }
    ++m_hits;
    if (facts)
        *facts = it->second.facts;
    if (columns)
        *columns = it->second.columns;
    if (recorded)
        *recorded = it->second.recorded;
    m_recent = design;
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
                         std::shared_ptr<const LoadedDataset> columns)
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

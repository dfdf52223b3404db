// SPDX-License-Identifier: GPL-3.0-or-later
#include "designcache_p.h"

namespace fairstart::node {

std::shared_ptr<const analysis::DesignMatrix>
DesignCache::find(const Key &key, const std::shared_ptr<const LoadedDataset> &source, Facts *facts)
{
    std::lock_guard lock(m_mutex);
    auto it = m_entries.find(key);
    if (it == m_entries.end())
        return nullptr;
    // The very table object the matrix was built from, still loaded: not only the same generation
    // number (a store replaced under the node could repeat one).
    const auto owner = it->second.source.lock();
    auto design = it->second.design.lock();
    if (!owner || owner.get() != source.get() || it->second.sourceAddress != source.get()
        || !design) {
        m_entries.erase(it);
        return nullptr;
    }
    ++m_hits;
    if (facts)
        *facts = it->second.facts;
    m_recent = design;
    return design;
}

void DesignCache::insert(const Key &key, const std::shared_ptr<const LoadedDataset> &source,
                         std::shared_ptr<const analysis::DesignMatrix> design, const Facts &facts)
{
    std::lock_guard lock(m_mutex);
    ++m_builds;
    dropExpired();
    m_entries[key] = Entry { source, source.get(), design, facts };
    m_recent = std::move(design); // the previous recent one lives on only if a job holds it
}

void DesignCache::dropExpired()
{
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (it->second.design.expired() || it->second.source.expired())
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

// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/node/datasetcache.h"

#include <vector>

namespace fairstart::node {

DatasetCache::DatasetCache(std::shared_ptr<SiteStore> store)
    : m_store(std::move(store))
{
}

NodeResult<std::shared_ptr<const LoadedDataset>> DatasetCache::get(const QString &name)
{
    auto generation = m_store->generation(name);
    if (!generation) {
        // Dropped from the store: drop it here too.
        std::lock_guard lock(m_mutex);
        m_slots.erase(name);
        return generation.error();
    }
    std::shared_ptr<Slot> slot;
    {
        std::lock_guard lock(m_mutex);
        auto &entry = m_slots[name];
        if (!entry)
            entry = std::make_shared<Slot>();
        slot = entry;
    }
    std::lock_guard loadLock(slot->loadMutex);
    if (slot->data && slot->generation == *generation)
        return slot->data;
    // Free the old copy before loading the new one, so a re-import never needs twice the memory
    // for longer than requests still using the old copy run.
    slot->data.reset();
    auto loaded = m_store->loadTable(name);
    if (!loaded)
        return loaded.error();
    auto data = std::make_shared<const LoadedDataset>(std::move(loaded).value());
    slot->data = data;
    slot->generation = data->info.generation;
    {
        std::lock_guard lock(m_mutex);
        ++m_loads;
    }
    return std::shared_ptr<const LoadedDataset>(data);
}

void DatasetCache::clear()
{
    std::lock_guard lock(m_mutex);
    m_slots.clear();
}

std::size_t DatasetCache::tableBytes(const analysis::DataTable &table)
{
    std::size_t bytes = 0;
    for (const auto &column : table.columns()) {
        bytes += column.numeric.capacity() * sizeof(double);
        bytes += column.codes.capacity() * sizeof(std::int32_t);
        for (const auto &level : column.levels)
            bytes += level.capacity();
    }
    return bytes;
}

std::size_t DatasetCache::bytes() const
{
    std::vector<std::shared_ptr<Slot>> slots;
    {
        std::lock_guard lock(m_mutex);
        for (const auto &[name, slot] : m_slots)
            slots.push_back(slot);
    }
    std::size_t bytes = 0;
    for (const auto &slot : slots) {
        std::lock_guard loadLock(slot->loadMutex);
        if (slot->data) {
            bytes += tableBytes(slot->data->table)
                + slot->data->recordIds.capacity() * sizeof(std::int64_t);
        }
    }
    return bytes;
}

int DatasetCache::loads() const
{
    std::lock_guard lock(m_mutex);
    return m_loads;
}

} // namespace fairstart::node

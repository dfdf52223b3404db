// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/node/datasetcache.h"

#include "release/latticecolumns.h" // cacheLatticeCells
#include "release/ledgercarry.h" // factRecords
#include "release/releasegate.h" // cacheHistogramSteps

#include <vector>

namespace fairstart::node {

DatasetCache::DatasetCache(std::shared_ptr<SiteStore> store)
    : m_store(std::move(store))
{
}

NodeResult<std::shared_ptr<const LoadedDataset>> DatasetCache::get(const QString &name,
                                                                   DatasetToken *token)
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
    if (slot->generation == *generation) {
        if (!slot->data)
            slot->data = slot->used.lock(); // dropped, but a request still reads it
        if (slot->data) {
            if (token)
                *token = slot->token;
            return slot->data;
        }
    } else {
        slot->token.reset();
    }
    // Free the old copy before loading the new one, so a re-import never needs twice the memory
    // for longer than requests still using the old copy run.
    slot->data.reset();
    slot->used.reset();
    auto loaded = m_store->loadTable(name);
    if (!loaded)
        return loaded.error();
    // The records its facts are judged over after a re-import that changed only consent
    // (release/ledgercarry.h); none: its records consented for every purpose.
    {
        std::vector<std::uint8_t> facts;
        const QString key = factRecordsKey(name);
        if (auto stored = m_store->differencingState(key, loaded->info.generation);
            stored && stored->has_value()) {
            if (auto decoded
                = decodeFactRecords(**stored, loaded->info.generation, loaded->table.rows()))
                facts = std::move(*decoded);
        }
        const bool carriedFacts = !facts.empty();
        setFactRecords(name, loaded->info.generation, std::move(facts));
        // The records a re-import added while fewer than min_cell: held out of every cohort.
        std::vector<std::uint8_t> held;
        if (auto stored = m_store->differencingState(heldRecordsKey(name), loaded->info.generation);
            stored && stored->has_value()) {
            if (auto decoded
                = decodeFactRecords(**stored, loaded->info.generation, loaded->table.rows()))
                held = std::move(*decoded);
        }
        setHeldRecords(name, loaded->info.generation, std::move(held));
        // The removed records that still count in the facts (their levels and numeric values):
        // only while the facts are judged over carried fact records.
        std::optional<FactGhosts> ghosts;
        if (carriedFacts) {
            if (auto stored
                = m_store->differencingState(factGhostsKey(name), loaded->info.generation);
                stored && stored->has_value())
                ghosts = FactGhosts::decode(**stored);
        }
        setFactGhosts(name, loaded->info.generation, std::move(ghosts));
    }
    cacheHistogramSteps(loaded.value());
    // After a re-import that moved fewer than min_cell records: the earlier import's steps.
    if (auto stored = m_store->differencingState(frozenStepsKey(name), loaded->info.generation);
        stored && stored->has_value())
        applyFrozenSteps(loaded.value(), **stored);
    cacheLatticeCells(loaded.value());
    auto data = std::make_shared<const LoadedDataset>(std::move(loaded).value());
    if (slot->generation != data->info.generation || !slot->token)
        slot->token = std::make_shared<const qint64>(data->info.generation);
    slot->data = data;
    slot->used = data;
    slot->generation = data->info.generation;
    if (token)
        *token = slot->token;
    {
        std::lock_guard lock(m_mutex);
        ++m_loads;
    }
    return std::shared_ptr<const LoadedDataset>(data);
}

NodeResult<DatasetToken> DatasetCache::token(const QString &name)
{
    auto generation = m_store->generation(name);
    if (!generation)
        return generation.error();
    std::shared_ptr<Slot> slot;
    {
        std::lock_guard lock(m_mutex);
        auto it = m_slots.find(name);
        if (it == m_slots.end())
            return DatasetToken();
        slot = it->second;
    }
    std::lock_guard loadLock(slot->loadMutex);
    if (slot->generation != *generation)
        return DatasetToken();
    return slot->token;
}

void DatasetCache::dropTable(const QString &name, const LoadedDataset *loaded)
{
    std::shared_ptr<Slot> slot;
    {
        std::lock_guard lock(m_mutex);
        auto it = m_slots.find(name);
        if (it == m_slots.end())
            return;
        slot = it->second;
    }
    std::lock_guard loadLock(slot->loadMutex);
    if (slot->data.get() == loaded)
        slot->data.reset();
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
        if (const auto data = slot->data ? slot->data : slot->used.lock()) {
            bytes += tableBytes(data->table) + data->recordIds.capacity() * sizeof(std::int64_t);
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

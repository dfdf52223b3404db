// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/node/datasetcache.h"

#include "release/latticecolumns.h" // cacheLatticeCells
#include "release/ledgercarry.h" // factRecords
#include "release/releasegate.h" // cacheHistogramSteps

#include "fairstart/node/tr.h"

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
    // (release/ledgercarry.h); none: its records consented for every purpose. A stored state
    // that cannot be read or decoded fails the load (never "none": the held records would then
    // not be held, the facts judged over the wrong records).
    {
        const qint64 generation = loaded->info.generation;
        auto stateOf = [&](const QString &key) {
            return m_store->differencingState(key, generation);
        };
        auto unreadable = [&](const QString &what, const NodeError &error) {
            return nodeError(error.code,
                             Tr::tr("The node could not read the %1 of the dataset '%2' from its "
                                    "store (%3), so it does not answer on that dataset. Check the "
                                    "store's disk and restart the node; if it persists, import "
                                    "the dataset again.")
                                 .arg(what, name, error.message));
        };
        auto corrupt = [&](const QString &what) {
            return nodeError(NodeErrorCode::Corrupt,
                             Tr::tr("The %1 of the dataset '%2' in the node's store are not what "
                                    "this version wrote, so it does not answer on that dataset. "
                                    "Import the dataset again.")
                                 .arg(what, name));
        };
        std::vector<std::uint8_t> facts;
        const auto storedFacts = stateOf(factRecordsKey(name));
        if (!storedFacts)
            return unreadable(Tr::tr("fact records"), storedFacts.error());
        if (storedFacts->has_value()) {
            auto decoded = decodeFactRecords(**storedFacts, generation, loaded->table.rows());
            if (!decoded)
                return corrupt(Tr::tr("fact records"));
            facts = std::move(*decoded);
        }
        // The records a re-import added while fewer than min_cell: held out of every cohort.
        std::vector<std::uint8_t> held;
        const auto storedHeld = stateOf(heldRecordsKey(name));
        if (!storedHeld)
            return unreadable(Tr::tr("held records"), storedHeld.error());
        if (storedHeld->has_value()) {
            auto decoded = decodeFactRecords(**storedHeld, generation, loaded->table.rows());
            if (!decoded)
                return corrupt(Tr::tr("held records"));
            held = std::move(*decoded);
        }
        // The removed records that still count in the facts (their levels and numeric values):
        // only while the facts are judged over carried fact records.
        const bool carriedFacts = !facts.empty();
        std::optional<FactGhosts> ghosts;
        if (carriedFacts) {
            const auto storedGhosts = stateOf(factGhostsKey(name));
            if (!storedGhosts)
                return unreadable(Tr::tr("removed records' facts"), storedGhosts.error());
            if (storedGhosts->has_value()) {
                ghosts = FactGhosts::decode(**storedGhosts);
                if (!ghosts)
                    return corrupt(Tr::tr("removed records' facts"));
            }
        }
        // After a re-import that moved fewer than min_cell records: the earlier import's steps.
        const auto storedSteps = stateOf(frozenStepsKey(name));
        if (!storedSteps)
            return unreadable(Tr::tr("frozen histogram steps"), storedSteps.error());
        if (storedSteps->has_value() && !FrozenSteps::decode(**storedSteps))
            return corrupt(Tr::tr("frozen histogram steps"));
        // Nothing is set before every read succeeded: a failed load leaves no half state.
        setFactRecords(name, generation, std::move(facts));
        setHeldRecords(name, generation, std::move(held));
        setFactGhosts(name, generation, std::move(ghosts));
        cacheHistogramSteps(loaded.value());
        if (storedSteps->has_value())
            applyFrozenSteps(loaded.value(), **storedSteps);
    }
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

// SPDX-License-Identifier: GPL-3.0-or-later
// Datasets held in memory, column-major, loaded once and reloaded after a re-import.
#pragma once

#include "fairstart/node/store.h"

#include <QString>

#include <cstddef>
#include <map>
#include <memory>
#include <mutex>

namespace fairstart::node {

class DatasetCache {
public:
    explicit DatasetCache(std::shared_ptr<SiteStore> store);

    // The dataset as last imported: from memory when the store's generation is unchanged,
    // otherwise loaded (once, even when many requests ask at the same time). The old copy is
    // freed when the last request using it ends.
    NodeResult<std::shared_ptr<const LoadedDataset>> get(const QString &name);

    void clear();
    // Bytes held by the cached tables and record ids.
    std::size_t bytes() const;
    int loads() const; // how often a dataset was read from the store (for tests)

    static std::size_t tableBytes(const analysis::DataTable &table);

private:
    struct Slot {
        std::mutex loadMutex;
        std::shared_ptr<const LoadedDataset> data;
        qint64 generation = -1;
    };

    std::shared_ptr<SiteStore> m_store;
    mutable std::mutex m_mutex;
    std::map<QString, std::shared_ptr<Slot>> m_slots;
    int m_loads = 0;
};

} // namespace fairstart::node

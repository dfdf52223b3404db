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

// Stands for one generation of a dataset as the DatasetCache read it (the generation number is
// its value); see DatasetCache::token().
using DatasetToken = std::shared_ptr<const qint64>;

class DatasetCache {
public:
    explicit DatasetCache(std::shared_ptr<SiteStore> store);

    // The dataset as last imported: from memory when the store's generation is unchanged,
    // otherwise loaded (once, even when many requests ask at the same time). The old copy is
    // freed when the last request using it ends. `token`, when given, receives the token of
    // this generation (see token()).
    NodeResult<std::shared_ptr<const LoadedDataset>> get(const QString &name,
                                                         DatasetToken *token = nullptr);

    // A token that stands for the dataset's current generation as this cache has read it: the
    // same object for as long as the store's generation is the one the cache loaded, also after
    // its table was dropped (dropTable) and read again; a new one after a re-import or clear().
    // What was computed from the table (a design matrix) may be kept against it. Null when
    // the cache has not read this generation. Never reads the table.
    NodeResult<DatasetToken> token(const QString &name);

    // Forgets the cached table of `name` if it is `loaded` (issue 16: a node keeps its design
    // matrices, not the table they were built from). Requests still using it keep it; get()
    // shares it with them while they do, or reads it from the store again. The token stays.
    void dropTable(const QString &name, const LoadedDataset *loaded);

    void clear();
    // Bytes held by the cached tables and record ids.
    std::size_t bytes() const;
    int loads() const; // how often a dataset was read from the store (for tests)

    static std::size_t tableBytes(const analysis::DataTable &table);

private:
    struct Slot {
        std::mutex loadMutex;
        std::shared_ptr<const LoadedDataset> data; // null once dropped
        std::weak_ptr<const LoadedDataset> used; // the table while any request holds it
        qint64 generation = -1;
        DatasetToken token; // of `generation`, while it is current
    };

    std::shared_ptr<SiteStore> m_store;
    mutable std::mutex m_mutex;
    std::map<QString, std::shared_ptr<Slot>> m_slots;
    int m_loads = 0;
};

} // namespace fairstart::node

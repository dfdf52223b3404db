// SPDX-License-Identifier: GPL-3.0-or-later
// Built design matrices, reused by the requests of one analysis (the pooled study, the evaluation
// and the two calibration studies of a fit all build the same matrix) and shared by concurrent
// jobs on the same design: building is most of a job's set-up (issue 16).
#pragma once

#include "fairstart/node/store.h"

#include "fairstart/analysis/design.h"

#include <QString>

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <tuple>

namespace fairstart::node {

// buildDesign(table, design, consent mask) is a pure function of the loaded table, the resolved
// design and the consent mask, which follows from the purpose and whether the policy requires a
// consent column. An entry is keyed by all of them (the design by its canonical hash) and belongs
// to the LoadedDataset object it was built from: a re-import loads a new object, so the entries of
// the old one are never returned again (and are dropped when found). Entries are weak, except
// the one built or used last: a design lives as long as a job or request uses it, plus the most
// recent one, so that the next request of the same fit finds it; memory stays at most one matrix
// above what the open jobs hold.
class DesignCache {
public:
    struct Key {
        QString dataset;
        qint64 generation = 0;
        QString purpose;
        bool requireConsent = true;
        QString designHash;
        bool operator<(const Key &o) const
        {
            return std::tie(dataset, generation, purpose, requireConsent, designHash)
                < std::tie(o.dataset, o.generation, o.purpose, o.requireConsent, o.designHash);
        }
    };

    // What prepareDesign found on the way to the matrix, a pure function of the same inputs as
    // the matrix (table, design, consent rule): the records with consent for the purpose and the
    // cohort's size. The consent column existed, the cohort was selected and its values were in
    // the design's domain, or nothing would have been built. A request that finds the matrix
    // takes these instead of walking the table again; the release rules on them still run.
    struct Facts {
        std::int64_t consented = 0;
        std::int64_t cohortSize = 0;
    };

    std::shared_ptr<const analysis::DesignMatrix>
    find(const Key &key, const std::shared_ptr<const LoadedDataset> &source,
         Facts *facts = nullptr);
    void insert(const Key &key, const std::shared_ptr<const LoadedDataset> &source,
                std::shared_ptr<const analysis::DesignMatrix> design, const Facts &facts);
    void insert(const Key &key, const std::shared_ptr<const LoadedDataset> &source,
                std::shared_ptr<const analysis::DesignMatrix> design)
    {
        insert(key, source, std::move(design), Facts());
    }
    int hits() const; // for tests and benchmarks
    int builds() const;

private:
    struct Entry {
        std::weak_ptr<const LoadedDataset> source;
        const LoadedDataset *sourceAddress = nullptr;
        std::weak_ptr<const analysis::DesignMatrix> design;
        Facts facts;
    };
    void dropExpired();

    mutable std::mutex m_mutex;
    std::map<Key, Entry> m_entries;
    std::shared_ptr<const analysis::DesignMatrix> m_recent;
    int m_hits = 0;
    int m_builds = 0;
};

} // namespace fairstart::node

// SPDX-License-Identifier: GPL-3.0-or-later
// Built design matrices, reused by the requests of one analysis (the pooled study, the evaluation
// and the two calibration studies of a fit all build the same matrix) and shared by concurrent
// jobs on the same design: building is most of a job's set-up (issue 16).
#pragma once

#include "fairstart/node/datasetcache.h"
#include "fairstart/node/store.h"

#include "fairstart/analysis/design.h"

#include <QString>

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <tuple>
#include <vector>

namespace fairstart::node {

// A design's columns (designColumns) as the design cache and an evaluation study keep them between
// requests (issue 16: what a node holds at rest). The outcome and the binary and categorical
// predictors of a design are `analysis::Column` codes of 4 bytes a record; kept here in one byte
// (code + 1, 0 = missing) when every column of the table is categorical with at most 255 levels
// (a binomial design: its numeric predictors are lattice cells, release/latticecolumns.h), else
// the table as it is. The release rules read an `analysis::DataTable`: expanded() gives the very
// columns back as such, shared by the requests that use it at the same time and freed when the
// last of them ends, so the 4-byte codes exist only while a request reads them.
class CompactColumns {
public:
    // `columns` stays the expansion while a request holds it (no second copy is built then).
    explicit CompactColumns(std::shared_ptr<const LoadedDataset> columns);
    std::shared_ptr<const LoadedDataset> expanded() const;
    bool compact() const { return m_full == nullptr; } // for tests
    std::size_t bytes() const; // the codes' bytes held at rest (for tests and benches)

private:
    struct Narrow {
        std::string name;
        std::vector<std::uint8_t> codes; // code + 1; 0 = missing
        std::vector<std::string> levels;
    };
    std::shared_ptr<const LoadedDataset> m_full; // not compacted: the columns themselves
    LoadedDataset m_rest; // info, steps and lattice cells, with an empty table
    std::vector<Narrow> m_narrow; // in the table's column order
    std::size_t m_rows = 0;
    mutable std::mutex m_mutex;
    mutable std::weak_ptr<const LoadedDataset> m_expanded;
};

// buildDesign(table, design, consent mask) is a pure function of the loaded table, the resolved
// design and the consent mask, which follows from the purpose and whether the policy requires a
// consent column. An entry is keyed by all of them (the design by its canonical hash) and belongs
// to the DatasetCache token of the table's generation it was built from (DatasetCache::token):
// a re-import or a cleared cache gives a new token, so the entries of the old one are never
// returned again (and are dropped when found). The table itself need not stay loaded: with
// the matrix an entry keeps `columns`, the few columns of the table the design's release rules
// read again at each request (designColumns), so the node can drop the table (issue 16).
// Entries are weak, except the one built or used last: a design lives as long as a job or
// request uses it, plus the most recent one, so that the next request of the same fit finds
// it; memory stays at most one matrix above what the open jobs hold.
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

    // The matrix of `key` built under `token` (null: none), with its facts and columns, and
    // whether the differencing ledger recorded the design's cohort since (markRecorded).
    // `columns` receives the design's columns expanded (CompactColumns::expanded), `compact` the
    // form they are kept in.
    std::shared_ptr<const analysis::DesignMatrix>
    find(const Key &key, const DatasetToken &token, Facts *facts = nullptr,
         std::shared_ptr<const LoadedDataset> *columns = nullptr, bool *recorded = nullptr,
         std::shared_ptr<const CompactColumns> *compact = nullptr);
    // The ledger passed and recorded the design's cohort (and its parts) under `token`: its
    // atoms are then unions of the ledger's atoms for good (the ledger only refines), so a later
    // check of the same design splits no atom and reads only the design's own families, which
    // `columns` hold. Before that, a check may split atoms exposed by other releases and read
    // any column: the whole table.
    void markRecorded(const Key &key, const DatasetToken &token);
    void insert(const Key &key, const DatasetToken &token,
                std::shared_ptr<const analysis::DesignMatrix> design, const Facts &facts,
                std::shared_ptr<const CompactColumns> columns);
    void insert(const Key &key, const DatasetToken &token,
                std::shared_ptr<const analysis::DesignMatrix> design)
    {
        insert(key, token, std::move(design), Facts(), nullptr);
    }
    int hits() const; // for tests and benchmarks
    int builds() const;

private:
    struct Entry {
        std::weak_ptr<const qint64> token;
        const qint64 *tokenAddress = nullptr;
        std::weak_ptr<const analysis::DesignMatrix> design;
        Facts facts;
        std::shared_ptr<const CompactColumns> columns;
        bool recorded = false;
    };
    void dropExpired();

    mutable std::mutex m_mutex;
    std::map<Key, Entry> m_entries;
    std::shared_ptr<const analysis::DesignMatrix> m_recent;
    int m_hits = 0;
    int m_builds = 0;
};

} // namespace fairstart::node

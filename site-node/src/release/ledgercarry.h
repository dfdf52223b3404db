// SPDX-License-Identifier: GPL-3.0-or-later
// The differencing ledgers of a dataset carried to its re-import (docs/privacy-rules.md,
// "Re-imports: the ledger carried to the same records"). A re-import that holds the same records
// with the same values, differing at most in consent columns (a withdrawn or given consent, the
// documented way of recording one), keeps every ledger of the earlier import: a release after the
// re-import is checked against the releases before it, so the same description before and after
// a consent withdrawal no longer differs by the withdrawn record alone. Private to the node.
#pragma once

#include "fairstart/analysis/datatable.h"
#include "fairstart/node/store.h"

#include <QByteArray>

#include <cstdint>
#include <optional>
#include <vector>

namespace fairstart::node {

// For every row of the new import, the row of the earlier import that holds the same record (by
// record id; without a record-id column the ids are row numbers), when both hold the same records
// and every analysis variable has the same kind, levels' texts and values in both (NaN and
// missing alike); consent columns may differ. nullopt otherwise: the records or values changed.
std::optional<std::vector<std::size_t>> sameRecords(const LoadedDataset &earlier,
                                                    const DatasetInfo &info,
                                                    const analysis::DataTable &table,
                                                    const std::vector<std::int64_t> &recordIds);

// A stored ledger of the earlier import (a differencing state or a bin ledger, as
// release/differencing.cpp encodes them) as the same ledger of the re-import `generation`, whose
// row i is row rowOf[i] of the earlier import. nullopt when the bytes are neither, or do not
// cover the earlier import's rows.
std::optional<QByteArray> carriedLedger(const QByteArray &stored, qint64 generation,
                                        const std::vector<std::size_t> &rowOf);

// ---- the records a dataset's facts are judged over ------------------------------------------
// The catalogue's counts and `whole_numbers`, the histogram lattice step, the dataset-dominance
// verdict and the Poisson outcome check are facts of the records consented for every purpose
// (everyPurposeRecords). A re-import that changes only consent would move them by the records
// whose consent changed (a level's rounded count 955 -> 954 is 960 -> 950: the withdrawn record's
// level). After such a re-import they stay judged over the earlier import's records (its facts,
// already released, are released again unchanged) until the records consented for every purpose
// differ from those in kFactRecordsReset records or more; then they are judged afresh, a change
// of at least that many records.
constexpr std::size_t kFactRecordsReset = 10;

// The store key of a dataset's fact records (not a dataset name: names hold no control
// characters).
QString factRecordsKey(const QString &dataset);

// The records of the new import the facts are judged over, encoded for the store under
// factRecordsKey, or nullopt when that is simply its records consented for every purpose (no
// earlier fact records, none moved, or kFactRecordsReset or more changed). `earlierFacts`: the
// earlier import's stored fact records, if any.
std::optional<QByteArray>
carriedFactRecords(const LoadedDataset &earlier, const std::optional<QByteArray> &earlierFacts,
                   const DatasetInfo &info, const analysis::DataTable &table,
                   const std::vector<std::size_t> &rowOf, qint64 generation);

// Stored fact records of `generation` over `rows` rows; nullopt when the bytes are not that.
std::optional<std::vector<std::uint8_t>> decodeFactRecords(const QByteArray &stored,
                                                           qint64 generation, std::size_t rows);

// The node's process-wide record of each loaded dataset generation's fact records (set by the
// dataset cache when it loads a table; an empty vector: none) and its look-up, which
// everyPurposeRecords uses first. nullopt: judge over the records consented for every purpose.
void setFactRecords(const QString &dataset, qint64 generation, std::vector<std::uint8_t> rows);
std::optional<std::vector<std::uint8_t>> factRecords(const QString &dataset, qint64 generation,
                                                     std::size_t rows);

// The records a purpose's catalogue counts and its Poisson outcome check are judged over: the
// records consented for every purpose (everyPurposeRecords) within the purpose's own `consented`
// ones, or, after a re-import that changed only consent, the earlier import's fact records as
// they are (each within every purpose's consent when they were; a consent withdrawn since must
// not move a count).
std::vector<std::uint8_t> factRecordsWithin(const LoadedDataset &data,
                                            const std::vector<std::uint8_t> &consented);

} // namespace fairstart::node

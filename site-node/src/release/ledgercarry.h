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

} // namespace fairstart::node

// SPDX-License-Identifier: GPL-3.0-or-later
// Internal helpers of the store shared by its source files (not installed, not a public header).
#pragma once

#include "fairstart/node/store.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace fairstart::node::detail {

QJsonObject datasetInfoToJson(const DatasetInfo &info);
DatasetInfo datasetInfoFromJson(const QJsonObject &json);

QByteArray blake2b256(const QByteArray &data);
QByteArray randomBytes(int count);
QString nowUtcIso();

// Valid user and purpose names, so that nothing odd ever reaches a log line or an audit entry.
bool isValidUserName(const QString &user);
bool isValidPurpose(const QString &purpose);

} // namespace fairstart::node::detail

namespace fairstart::node {

// For a server, whose every answer leaves only after its request's audit entry is committed
// (api/dispatch.cpp): the writes a request makes before that entry — its daily counts, its
// study's outcome, its differencing ledgers, its participant set — are committed without an fsync
// of their own. The audit entry's commit fsyncs the write-ahead log, and with it every commit
// before it, so nothing an answer depends on can be lost once the answer is out (docs/node.md,
// "Durability of the store"). Every audit entry, and every other write, still fsyncs at its
// commit. Without this call (every command but 'serve'), every commit fsyncs. Does nothing to a
// store that is not the SQLCipher store (a test's double).
void syncWritesWithAudit(SiteStore &store);

// Whether an import kept the earlier import's differencing ledger (import.cpp): it replaced one
// and held the same records with the same values and consent (release/ledgercarry.h).
bool ledgerCarried(const SiteStore &store, const ImportSummary &summary);

// The datasets other than `imported` whose generation an import changed (import.cpp): under
// datasets_share_records = yes, an erasure removes the erased records from every dataset that
// shares them (docs/privacy-rules.md, "Datasets that share records, after an erasure"); each
// {dataset, removed, generation}. Empty when `after` failed.
QJsonArray sharedErasures(const std::vector<DatasetInfo> &before,
                          const NodeResult<std::vector<DatasetInfo>> &after,
                          const QString &imported);

} // namespace fairstart::node

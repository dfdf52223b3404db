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

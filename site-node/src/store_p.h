// SPDX-License-Identifier: GPL-3.0-or-later
// Internal helpers of the store shared by its source files (not installed, not a public header).
#pragma once

#include "fairstart/node/store.h"

#include <QByteArray>
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

} // namespace fairstart::node

// SPDX-License-Identifier: GPL-3.0-or-later
// The client's side of contribution tags (issue 16): it cannot make or check a tag (only the two
// sites of a pair hold its key), it hands each node the tags made for it.
#pragma once

#include "fairstart/client/nodeapi.h"

namespace fairstart::client::api {

// Contribution tags (docs/protocol.md, "Contribution tags"). A relay encoded once, with the tags
// for one node in front: {"tags":[...], followed by the rest of `encodedRelay`. Base64, "" for
// an empty tag.
QByteArray withTags(const QByteArray &encodedRelay, const QList<QByteArray> &tags);
// Manifest tags (docs/protocol.md, "Manifest tags"): round 1 with the other sites' manifest tags
// for one node in front, {"manifest_tags":[...], then the rest of `relay` (which may start with
// its tags already).
QByteArray withManifestTags(const QByteArray &relay, const QList<QByteArray> &tags);
// The summed relay (docs/protocol.md, "The summed relay"): round 1 with the other sites' sealed
// sum seeds for one node in front, {"sum_seeds":[...], then the rest of `relay`.
QByteArray withSumSeeds(const QByteArray &relay, const QList<QByteArray> &seeds);
// A node's answer to a tagged relay: its signed contribution and its tags. A participant's are
// one per site of the study (`sites`; 32 bytes each, its own slot empty), an observer's none;
// anything else is a Protocol error naming the site.
std::optional<protocol::SignedContribution> decodeTagged(const QString &site,
                                                         const QByteArray &body, int sites,
                                                         QList<QByteArray> *tags, SiteError *error,
                                                         QList<QByteArray> *sumTags = nullptr);

} // namespace fairstart::client::api

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
// It reads the answer with readTaggedAnswer first and, when that declines, generically
// (parseObject, fromJson): the same values, and the generic reader's error for any answer the
// direct reader declines.
std::optional<protocol::SignedContribution> decodeTagged(const QString &site,
                                                         const QByteArray &body, int sites,
                                                         QList<QByteArray> *tags, SiteError *error,
                                                         QList<QByteArray> *sumTags = nullptr);
// decodeTagged's generic reading alone (parseObject, the tag checks, fromJson), which it falls
// back to: what tst_taggedanswer_perf16 compares readTaggedAnswer with.
std::optional<protocol::SignedContribution>
decodeTaggedGeneric(const QString &site, const QByteArray &body, int sites, QList<QByteArray> *tags,
                    SiteError *error, QList<QByteArray> *sumTags = nullptr);

// The direct reader of a tagged round answer (issue 16, branch perf16): the text a node writes
// for a contribution whose members are strings and integers (ReleaseGate::contribution's direct
// form: masked statistics, an evaluation, masked descriptives, non-finite, observed), read
// straight into the contribution, its words and its tags, without a QJsonDocument, QJsonValues
// or UTF-16 copies. It accepts only what the generic decoding (parseObject, then
// fromJson<SignedContribution> and decodeTagged's tag checks) accepts, and reads the same values
// from it: exactly these bytes, no whitespace,
//   {"contribution":{"beta_hash":S[,"bins":I][,"masked":B],"mode":S,"p":I,"round":I,"site":S,
//    "status":S,"study":S},"signature":B[,"sum_tags":[B,...]],"tags":[B,...]}
// S printable ASCII without '"' or '\', I a plain decimal integer, B canonical padded base64, and
// every field checked as the generic reader checks it (status, mode, ranges, the words' count for
// the status and p, 64 signature bytes, tags 0 or 32 bytes, sum tags 0 or 16, one per site or
// none). For anything else (another status, a plain or escaped string, whitespace, another order,
// a field out of range) it returns nullopt and the caller reads the answer generically, which then
// gives the same error as before. `sumTags`: whether the caller takes "sum_tags" (without it, a
// "sum_tags" member is an unknown field for the generic reader: declined).
struct TaggedAnswer {
    protocol::SignedContribution answer;
    QList<QByteArray> tags;
    bool hasSumTags = false;
    QList<QByteArray> sumTags;
    // Where the contribution's object is in the body: its canonical bytes
    // (protocol::contributionBytes of answer.contribution), as the node signed them.
    qsizetype contributionAt = 0;
    qsizetype contributionSize = 0;
};
std::optional<TaggedAnswer> readTaggedAnswer(const QByteArray &body, int sites, bool sumTags);
// The same for an answer without tags (an evaluation study's, decode<SignedContribution>): the
// direct form ends after "signature".
std::optional<TaggedAnswer> readSignedAnswer(const QByteArray &body);
// decode<protocol::SignedContribution>(site, body, error) with readSignedAnswer first: the same
// values and errors.
std::optional<protocol::SignedContribution> decodeSigned(const QString &site,
                                                         const QByteArray &body, SiteError *error);

} // namespace fairstart::client::api

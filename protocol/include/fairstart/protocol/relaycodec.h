// SPDX-License-Identifier: GPL-3.0-or-later
// The binary relay (issue 16, docs/protocol.md "The binary relay"): a tagged round relay of a
// model study as `application/x-fairstart-relay` instead of JSON. Each contribution travels as
// the canonical JSON of its fields without "masked" and its masked words raw (little-endian
// 64-bit), beside its signature; each node's tags in front. The node decodes every contribution
// into the same protocol::Contribution the JSON relay gives and checks it exactly as before (its
// canonical bytes, their digest, the tag or the signature, every field): only the parsing of
// ~0.6 MB of JSON at 100 sites, its canonical form and the base64 of the masked words go.
//
// Layout (all integers little-endian, no padding, nothing after the last part):
//   magic "FSRELAY1" (8 bytes) | u32 round | u32 count
//   count x tag:  u8 length (0 or 32) | the tag's bytes        (this node's tags, manifest order)
//   count x part: u32 n | n bytes: the contribution's JSON object without "masked"
//                 u32 w | w x u64: its masked words (w = 0 without a "masked" member)
//                 64 bytes: its Ed25519 signature
#pragma once

#include "fairstart/protocol/decoded.h"
#include "fairstart/protocol/study.h"

#include <QByteArray>
#include <QList>

namespace fairstart::protocol {

inline constexpr char kRelayContentType[] = "application/x-fairstart-relay";
inline constexpr char kRelayMagic[] = "FSRELAY1"; // the body's first 8 bytes
inline constexpr int kRelayMaxContributions = 4096; // the masked encoding's N bound
inline constexpr int kRelayMaxFieldsBytes = 1 << 16; // a contribution's JSON without "masked"

// True when `body` starts with the binary relay's magic (a JSON body starts with '{').
bool isBinaryRelay(const QByteArray &body);

// What a binary relay decodes to: the relay (round, previous in the body's order; never
// signatures) and one tag per contribution (empty for a zero-length tag), in the same order.
struct BinaryRelay {
    RoundRelay relay;
    QList<QByteArray> tags;
};

// The parts of `previous` (everything after the tags): the same for every node of a round, so a
// client encodes them once. Empty when a contribution cannot be written (a signature of another
// length than 64 bytes, more than kRelayMaxContributions, none).
QByteArray relayParts(const QList<SignedContribution> &previous);
// One node's body: the header and its tags (one per contribution: empty or 32 bytes) in front of
// `parts` (relayParts of `count` contributions). Empty when a tag has another length.
QByteArray relayBody(int round, const QList<QByteArray> &tags, const QByteArray &parts, int count);
// Strict decoding of untrusted bytes: a wrong magic, a length beyond the body, a count outside
// 1..kRelayMaxContributions, a tag of another length than 0 or 32, a contribution's JSON that is
// not one strict object (no duplicate keys, no unknown field, "masked" only as raw words: words
// for a contribution without masked statistics, or a "masked" member beside them, are refused),
// words of the wrong number, bytes after the last part: refused, naming the part.
Decoded<BinaryRelay> decodeRelayBody(const QByteArray &body);

// ---- the summed relay (issue 16, branch sites4; docs/protocol.md "The summed relay") ----
// A relay of round 2 or later of a study whose manifest says "relay": "summed", on the same path
// and media type, told apart by its magic. It carries each contribution's fields (the canonical
// JSON of the contribution without "masked", exactly what contributionFieldsBytes writes), the
// integer word sum S of their masked words (each word's sum below N · 2^64, as (lo, hi)) and
// this node's linear tag from every other participant (16 bytes, secure::sumTag).
//
// Layout (little-endian, no padding, nothing after the last part):
//   magic "FSSUMRL1" | u32 round | u32 count
//   count x tag:  u8 length (0 or 16) | the tag's bytes       (this node's, manifest order)
//   u32 w | w x (u64 lo | u64 hi): the word sum S
//   count x part: u32 n | n bytes: the contribution's JSON object without "masked"
//                 u8 summed: 1 when its masked words are in S, 0 when it has none
inline constexpr char kSummedRelayMagic[] = "FSSUMRL1";
inline constexpr int kSumTagLength = 16;

// The fields of a contribution that a summed relay carries and its tags cover.
QByteArray contributionFieldsBytes(const Contribution &contribution);

bool isSummedRelay(const QByteArray &body);

struct SummedRelay {
    int round = 0;
    QList<QByteArray> tags; // one per contribution, empty or kSumTagLength bytes
    std::vector<std::uint64_t> sumLo, sumHi; // S
    QList<Contribution> contributions; // decoded fields; `masked` is always empty
    QList<QByteArray> fields; // each part's JSON bytes, as received (what the tag covers)
    std::vector<bool> summed; // whether contribution i's words are in S
};

// The parts after the tags (S and every contribution's fields), the same for every node of a
// round: the client encodes them once. `previous` must all be masked-mode contributions of one
// layout (a statistics contribution's words are summed; any other status has none). Empty when
// they cannot be (no contribution, more than kRelayMaxContributions, words of different
// lengths, a word sum at or beyond 2^63 · 2^64).
QByteArray summedRelayParts(const QList<SignedContribution> &previous);
// One node's body: the header and its tags in front of `parts`. Empty when a tag has another
// length than 0 or kSumTagLength.
QByteArray summedRelayBody(int round, const QList<QByteArray> &tags, const QByteArray &parts,
                           int count);
// Strict decoding of untrusted bytes, as decodeRelayBody: every length checked, every part one
// strict contribution object without "masked" (its words count checked against S's length when
// summed, none when not), nothing after the last part.
Decoded<SummedRelay> decodeSummedRelayBody(const QByteArray &body);

} // namespace fairstart::protocol

// SPDX-License-Identifier: GPL-3.0-or-later
// The request batch (issue 16, branch `sites11`; docs/protocol.md "Requests in one batch"): a
// few requests of one study's flow that the client would send one right after the other to the
// same node, in one HTTP request, `POST /v1/batch` with `application/x-fairstart-batch`. The node
// runs each part exactly as the request it is (its path, body and the batch's token: the same
// handler, checks, release gate, budgets and audit entry), in order, and stops at the first part
// that is not answered 2xx. What a batch can do is what its parts sent one after the other can
// do: nothing more is decided, released or skipped.
//
// Request (integers little-endian, no padding, nothing after the last part):
//   magic "FSBATCH1" (8 bytes) | u32 count (1..kBatchMaxParts)
//   count x part: u8 kind (0: application/json, 1: application/x-fairstart-relay)
//                 u16 n | n bytes: the part's path ("/v1/jobs", "/v1/jobs/ID/rounds", ...)
//                 u32 b | b bytes: the part's body
// Answer (200, `application/x-fairstart-batch`):
//   magic "FSBATCHA" (8 bytes) | u32 count (the request's)
//   count x answer: u16 HTTP status | u32 b | b bytes: the part's JSON answer
// A part after the first refused one is answered 424 `batch-part-not-run` (nothing was done
// for it). A batch whose first part is a budget's 429 is answered that 429 itself, with its
// Retry-After: nothing was done, the client sends the whole batch again later.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace fairstart::protocol {

inline constexpr char kBatchContentType[] = "application/x-fairstart-batch";
inline constexpr char kBatchMagic[] = "FSBATCH1"; // a batch request's first 8 bytes
inline constexpr char kBatchAnswerMagic[] = "FSBATCHA"; // a batch answer's first 8 bytes
inline constexpr int kBatchMaxParts = 4;
inline constexpr int kBatchMaxPathBytes = 200;

struct BatchPart {
    QByteArray path; // "/v1/jobs/<id>/site-fit"; POST is the only method
    bool relay = false; // the body is a binary relay (application/x-fairstart-relay)
    QByteArray body;
};

struct BatchAnswer {
    int status = 0;
    QByteArray body; // the part's JSON answer, as the part alone would have got it
};

// True when `body` starts with the batch request's magic (JSON starts with '{').
bool isBatch(const QByteArray &body);
bool isBatchAnswer(const QByteArray &body);

QByteArray encodeBatch(const QList<BatchPart> &parts);
// nullopt with `problem` (a sentence naming the part) when the bytes are not a batch of
// 1..kBatchMaxParts parts with paths of at most kBatchMaxPathBytes bytes.
std::optional<QList<BatchPart>> decodeBatch(const QByteArray &body, QString *problem);

QByteArray encodeBatchAnswers(const QList<BatchAnswer> &answers);
std::optional<QList<BatchAnswer>> decodeBatchAnswers(const QByteArray &body, QString *problem);

} // namespace fairstart::protocol

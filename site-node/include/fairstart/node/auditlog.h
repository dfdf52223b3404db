// SPDX-License-Identifier: GPL-3.0-or-later
// What an audit entry says about a request, and the export of the audit chain for the privacy
// officer (`fairstart-node audit export`). The chain itself is the store's (store.h).
#pragma once

#include "fairstart/node/store.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>

namespace fairstart::node {

// ---- requests in audit entries ---------------------------------------------------------------

// An unattributed request (no token the node knows) keeps its canonical form in the entry only up
// to this size; a larger one keeps its hash and size. Anyone can send a request, and a 1 MiB body
// per anonymous request would let anyone fill the node's disk through its audit log.
inline constexpr qint64 kUnattributedRequestBytes = 4096;

// A request without a body (its canonical {"method","path","query"}) is kept whole up to this
// many bytes, whoever sent it; beyond, by hash and size ("requestOmitted", "requestLineBytes").
// No route reads a query, and the node's paths are far shorter.
inline constexpr qint64 kRequestLineKeptBytes = 1024;

// A refused request of a known token keeps its canonical form whole only while its user's refused
// requests of the UTC day have kept less than this (a request of at most kUnattributedRequestBytes
// is always kept); beyond it the entry keeps the request's hash and size ("requestOmitted",
// "requestOverBudget"), as an unattributed one. A request refused before any daily quota (another
// purpose, a malformed body) costs its sender nothing, and 1 MiB bodies kept whole let one token
// holder fill the node's disk at the speed of the network (docs/privacy-rules.md, "The sixth
// independent review"). Released answers always keep their request whole: the privacy officer
// sees exactly what was asked for every number that left the node, whatever was sent before.
inline constexpr qint64 kRefusedRequestBytesPerUserPerDay = qint64(16) << 20;

// The bytes of refused requests kept whole per user and UTC day (in memory: a restart starts every
// user's day afresh). Thread-safe.
class RefusedRequestBudget {
public:
    explicit RefusedRequestBudget(qint64 bytesPerDay = kRefusedRequestBytesPerUserPerDay)
        : m_bytesPerDay(bytesPerDay)
    {
    }
    // Whether a refused request of `bytes` from `user` may be kept whole on `day`; takes the bytes
    // from the day's budget when it may. A request of at most kUnattributedRequestBytes always may
    // and takes nothing.
    bool take(const QString &user, qint64 bytes, const QDate &day);
    // What each user's refused requests have kept of their day, as bytes for the store, so that a
    // restart does not start every user's day afresh; nullopt when nothing was taken since the
    // last snapshot. restore() reads them back (bytes that do not read as a snapshot: nothing).
    std::optional<QByteArray> snapshot();
    void restore(const QByteArray &bytes);

private:
    struct Day {
        QDate date;
        qint64 kept = 0;
    };
    const qint64 m_bytesPerDay;
    std::mutex m_mutex;
    std::map<QString, Day> m_users;
    bool m_taken = false; // bytes were taken since the last snapshot
};

// Adds to `entry` what identifies the request, from the bytes as they arrived:
// - "requestHash": sha256 of the canonical JSON of a JSON-object body (protocol::canonicalJson),
//   of the raw bytes of any other body, or of the canonical {"method","path","query"} object of a
//   request without a body;
// - the request itself: "request" (the canonical object that was hashed), or for a body that is
//   not a JSON object "requestBody" (its text, when it is UTF-8) or "requestBodyBase64";
//   omitted ("requestOmitted": true) for an unattributed request beyond
//   kUnattributedRequestBytes, and for a request without a body beyond kRequestLineKeptBytes
//   ("requestLineBytes": its size);
// - "requestBytes": the size of the body (0 without one).
// A request holds no record (the node never receives data), so this puts no row into the log.
// A handler that read the body as a JSON object already passes it with its canonical form's hash
// and size (canonicalRequest): describeRequest then records exactly what it would have computed
// from the body, without reading and canonicalising it a second time.
struct CanonicalRequest {
    QJsonObject object;
    QString hash; // protocol::sha256Hex(protocol::canonicalJson(object))
    qsizetype bytes = 0; // the canonical form's size
    QByteArray canonical; // protocol::canonicalJson(object) itself
    // A verified relay of a study's contributions that was answered (2xx): the entry records it by
    // "requestHash" and the handler's "relayed" (each contribution's site, digest, tag and
    // signature digest; docs/privacy-rules.md "The audit of a relayed round"), not its bytes.
    bool recordedAsRelay = false;
    // A binary relay (application/x-fairstart-relay; binaryRequest): `hash` is the SHA-256 of its
    // bytes as they came (no object, no canonical form); refused, it is kept as any body that is
    // not a JSON object ("requestBodyBase64").
    bool binary = false;
};
CanonicalRequest canonicalRequest(const QJsonObject &object);
CanonicalRequest binaryRequest(const QByteArray &body);
// A request read by the handler with `recordedAsRelay` set keeps only "requestHash" and
// "requestBytes": its entry holds the handler's "relayed" record instead.
// With `requestJson` and a request read by the handler (`read`) that is to be kept, the entry gets
// no "request" member: *requestJson is set to its canonical bytes instead, for
// SiteStore::appendAuditWithRequest, which writes them into the entry's stored text as they are
// (the same entry, without rendering a relay of 0.6 MB as JSON once more; docs/performance.md,
// "Many sites, third pass").
void describeRequest(QJsonObject &entry, const std::string &method, const std::string &path,
                     const std::multimap<std::string, std::string> &query, const QByteArray &body,
                     qint64 maxBodyBytes, bool attributed, const CanonicalRequest *read = nullptr,
                     QByteArray *requestJson = nullptr);

// The "outcome" of an answer with this HTTP status: "released" (2xx), "refused" (a rule or a
// limit said no: 403, 413, 422, 429) or "error" (anything else).
QString auditOutcome(int status);

// One relayed contribution in the audit entry of a relayed round ("relayed"): {"site", "digest":
// hex of secure::contributionDigest of its canonical bytes (the D its tag and signature cover),
// "tag": hex of its tag for this node (absent when it was checked by its signature), "signature":
// hex of the SHA-256 of its 64-byte Ed25519 signature}.
QJsonObject relayedContribution(const QString &site, const QByteArray &digest,
                                const QByteArray &tag, const QByteArray &signature);

// ---- export ----------------------------------------------------------------------------------

enum class AuditExportFormat { Csv, JsonLines };

// Which entries to export; the conditions combine (all must hold), values within one condition
// are alternatives.
struct AuditExportFilter {
    QStringList users; // the entry's "user" is one of these; empty = any
    QStringList rules; // one of these is a checked rule ("checks"[].rule) or the "code"
    QDateTime from; // UTC, inclusive; invalid = no lower bound
    QDateTime to; // UTC, inclusive; invalid = no upper bound

    bool matches(const AuditEntry &entry) const;
};

// A --from/--to value: a UTC ISO date (2026-12-02: from its first or up to its last
// millisecond, by `endOfDay`) or a UTC date and time ending in Z (2026-12-02T14:30:00Z).
// nullopt when the text is neither or names no real day or time.
std::optional<QDateTime> parseAuditExportTime(const QString &text, bool endOfDay);

// CSV (RFC 4180): a header row, one entry per row, CRLF line ends; fields with a comma, quote,
// CR or LF are quoted with quotes doubled. A field a spreadsheet would run as a formula (starting
// with =, +, @, a tab, CR, or - followed by more) gets a leading ' so that it stays text.
QByteArray auditCsvHeader();
QByteArray auditCsvRow(const AuditEntry &entry);
QByteArray csvField(const QString &text);
// One JSON line: the entry exactly as it was hashed, plus "entryHash" and "previousHash" (hex).
QByteArray auditJsonLine(const AuditEntry &entry);

struct AuditExportSummary {
    qint64 exported = 0; // entries written
    qint64 read = 0; // entries read from the chain
    AuditVerification verification; // of the whole chain, before the export
};

// Verifies the chain, then writes the header (CSV) and every matching entry through `write`
// (which returns false when it could not write). With an intact chain exactly the verified
// entries are exported (entries appended meanwhile by a running server are not); with a broken
// one every entry is exported, and the summary says where the chain breaks.
NodeResult<AuditExportSummary> exportAudit(const SiteStore &store, const AuditExportFilter &filter,
                                           AuditExportFormat format,
                                           const std::function<bool(const QByteArray &)> &write);

} // namespace fairstart::node

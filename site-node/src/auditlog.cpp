// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/node/auditlog.h"

#include "fairstart/node/tr.h"

#include "fairstart/protocol/codec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <openssl/sha.h>
#include <sodium.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace fairstart::node {

namespace {

QString utf8(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// A JSON value as one CSV field: strings as they are, whole numbers without a fraction, other
// numbers in their shortest exact form, arrays and objects as compact JSON.
QString fieldText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9007199254740992.0)
            return QString::number(qint64(d));
        return QString::number(d, 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return QString();
}

// "min-cohort[50]: passed; min-cell[10]: failed (smoke x ht)".
QString checksText(const QJsonArray &checks)
{
    QStringList parts;
    for (const QJsonValue &value : checks) {
        const QJsonObject check = value.toObject();
        QString part = check.value(QStringLiteral("rule")).toString();
        if (check.contains(QStringLiteral("threshold")))
            part += QLatin1Char('[') + fieldText(check.value(QStringLiteral("threshold")))
                + QLatin1Char(']');
        part += check.value(QStringLiteral("passed")).toBool() ? QStringLiteral(": passed")
                                                               : QStringLiteral(": failed");
        const QString detail = check.value(QStringLiteral("detail")).toString();
        if (!detail.isEmpty())
            part += QStringLiteral(" (") + detail + QLatin1Char(')');
        parts.append(part);
    }
    return parts.join(QStringLiteral("; "));
}

// The columns of the CSV export, in order; "checks", "entryHash" and "details" are composed.
const QStringList &csvColumns()
{
    static const QStringList columns {
        QStringLiteral("seq"),          QStringLiteral("time"),      QStringLiteral("event"),
        QStringLiteral("user"),         QStringLiteral("tokenId"),   QStringLiteral("purpose"),
        QStringLiteral("dataset"),      QStringLiteral("jobId"),     QStringLiteral("method"),
        QStringLiteral("path"),         QStringLiteral("status"),    QStringLiteral("outcome"),
        QStringLiteral("code"),         QStringLiteral("checks"),    QStringLiteral("requestHash"),
        QStringLiteral("releasedHash"), QStringLiteral("entryHash"), QStringLiteral("details"),
    };
    return columns;
}

// protocol::sha256Hex's text ("sha256:" + hex) with OpenSSL's SHA-256 (SHA-NI where the CPU has
// it): a relay at 100 sites is ~0.6 MB, which Qt's SHA-256 hashed at ~80 instructions a byte
// (docs/performance.md, "Many sites"). The same digest: tst_audit compares the two.
QString requestHash(const QByteArray &bytes)
{
    unsigned char digest[SHA256_DIGEST_LENGTH];
    SHA256(reinterpret_cast<const unsigned char *>(bytes.constData()), std::size_t(bytes.size()),
           digest);
    return QStringLiteral("sha256:")
        + QString::fromLatin1(
               QByteArray(reinterpret_cast<const char *>(digest), sizeof digest).toHex());
}

} // namespace

// ---- requests in audit entries ---------------------------------------------------------------

CanonicalRequest canonicalRequest(const QJsonObject &object)
{
    QByteArray canonical = protocol::canonicalJson(object);
    const QString hash = requestHash(canonical);
    const qsizetype size = canonical.size();
    return { object, hash, size, std::move(canonical) };
}

CanonicalRequest binaryRequest(const QByteArray &body)
{
    CanonicalRequest read;
    read.hash = requestHash(body);
    read.bytes = body.size();
    read.binary = true;
    return read;
}

void describeRequest(QJsonObject &entry, const std::string &method, const std::string &path,
                     const std::multimap<std::string, std::string> &query, const QByteArray &body,
                     qint64 maxBodyBytes, bool attributed, const CanonicalRequest *read,
                     QByteArray *requestJson)
{
    entry.insert(QStringLiteral("requestBytes"), qint64(body.size()));
    if (read && !body.isEmpty() && !(read->binary && !read->recordedAsRelay)) {
        entry.insert(QStringLiteral("requestHash"), read->hash);
        if (read->recordedAsRelay)
            return;
        if ((attributed || read->bytes <= kUnattributedRequestBytes) && requestJson
            && read->canonical.size() == read->bytes)
            *requestJson = read->canonical;
        else if (attributed || read->bytes <= kUnattributedRequestBytes)
            entry.insert(QStringLiteral("request"), read->object);
        else
            entry.insert(QStringLiteral("requestOmitted"), true);
        return;
    }
    QByteArray hashed;
    QJsonObject kept;
    QString keptKey;
    QJsonValue keptValue;
    if (body.isEmpty()) {
        // Bounded by the HTTP layer's limit on the request line (8 KiB).
        QJsonObject parameters;
        for (const auto &[key, value] : query)
            parameters.insert(utf8(key), utf8(value));
        const QJsonObject request { { QStringLiteral("method"), utf8(method) },
                                    { QStringLiteral("path"), utf8(path) },
                                    { QStringLiteral("query"), parameters } };
        hashed = protocol::canonicalJson(request);
        keptKey = QStringLiteral("request");
        keptValue = request;
    } else if (auto object = protocol::parseObject(body, maxBodyBytes)) {
        hashed = protocol::canonicalJson(*object);
        keptKey = QStringLiteral("request");
        keptValue = *object;
    } else {
        hashed = body;
        const QString text = QString::fromUtf8(body);
        if (text.toUtf8() == body) {
            keptKey = QStringLiteral("requestBody");
            keptValue = text;
        } else {
            keptKey = QStringLiteral("requestBodyBase64");
            keptValue = QString::fromLatin1(body.toBase64());
        }
    }
    entry.insert(QStringLiteral("requestHash"), requestHash(hashed));
    // A request without a body is its method, path and query; no route reads a query and every
    // path the node answers is short, so beyond kRequestLineKeptBytes it is kept by hash and
    // size, whoever sent it and whatever the answer: a GET with an 8 KiB request line cost its
    // sender no quota and nothing of the refused-request budget (which counts bodies), and put
    // ~17 KB a request on disk (tst_attacks_review7 auditFilledByQueryStrings).
    const qint64 limit = body.isEmpty() ? kRequestLineKeptBytes
        : attributed                    ? std::numeric_limits<qint64>::max()
                                        : kUnattributedRequestBytes;
    if (qint64(hashed.size()) <= limit) {
        entry.insert(keptKey, keptValue);
    } else {
        entry.insert(QStringLiteral("requestOmitted"), true);
        if (body.isEmpty())
            entry.insert(QStringLiteral("requestLineBytes"), qint64(hashed.size()));
    }
}

bool RefusedRequestBudget::take(const QString &user, qint64 bytes, const QDate &day)
{
    if (bytes <= kUnattributedRequestBytes)
        return true;
    std::lock_guard lock(m_mutex);
    Day &today = m_users[user];
    if (today.date != day)
        today = Day { day, 0 };
    if (today.kept + bytes > m_bytesPerDay)
        return false;
    today.kept += bytes;
    m_taken = true;
    return true;
}

std::optional<QByteArray> RefusedRequestBudget::snapshot()
{
    QJsonObject users;
    {
        std::lock_guard lock(m_mutex);
        if (!m_taken)
            return std::nullopt;
        m_taken = false;
        for (const auto &[user, day] : m_users) {
            if (day.kept > 0)
                users.insert(
                    user,
                    QJsonObject { { QStringLiteral("day"), day.date.toString(Qt::ISODate) },
                                  { QStringLiteral("kept"), double(day.kept) } });
        }
    }
    return QJsonDocument(QJsonObject { { QStringLiteral("users"), users } })
        .toJson(QJsonDocument::Compact);
}

void RefusedRequestBudget::restore(const QByteArray &bytes)
{
    const QJsonValue users = QJsonDocument::fromJson(bytes).object().value(QStringLiteral("users"));
    if (!users.isObject())
        return;
    const QJsonObject saved = users.toObject();
    std::lock_guard lock(m_mutex);
    for (auto it = saved.begin(); it != saved.end(); ++it) {
        const QJsonObject day = it.value().toObject();
        const QDate date
            = QDate::fromString(day.value(QStringLiteral("day")).toString(), Qt::ISODate);
        const double kept = day.value(QStringLiteral("kept")).toDouble();
        if (date.isValid() && kept > 0) // a past day is replaced by take() as before
            m_users[it.key()] = Day { date, qint64(std::min(kept, double(m_bytesPerDay))) };
    }
}

QJsonObject relayedContribution(const QString &site, const QByteArray &digest,
                                const QByteArray &tag, const QByteArray &signature)
{
    // libsodium's SHA-256 (the same digest): OpenSSL's one-shot SHA256 fetched the algorithm on
    // every call, 100 times per relayed round at 100 sites (issue 16, branch sites3).
    unsigned char signatureDigest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(signatureDigest,
                       reinterpret_cast<const unsigned char *>(signature.constData()),
                       static_cast<unsigned long long>(signature.size()));
    QJsonObject relayed {
        { QStringLiteral("site"), site },
        { QStringLiteral("digest"), QString::fromLatin1(digest.toHex()) },
        { QStringLiteral("signature"),
          QString::fromLatin1(
              QByteArray(reinterpret_cast<const char *>(signatureDigest), sizeof signatureDigest)
                  .toHex()) }
    };
    if (!tag.isEmpty())
        relayed.insert(QStringLiteral("tag"), QString::fromLatin1(tag.toHex()));
    return relayed;
}

QString auditOutcome(int status)
{
    if (status >= 200 && status < 300)
        return QStringLiteral("released");
    if (status == 403 || status == 413 || status == 422 || status == 429)
        return QStringLiteral("refused");
    return QStringLiteral("error");
}

// ---- export ----------------------------------------------------------------------------------

bool AuditExportFilter::matches(const AuditEntry &entry) const
{
    if (!users.isEmpty() && !users.contains(entry.entry.value(QStringLiteral("user")).toString()))
        return false;
    if (from.isValid() || to.isValid()) {
        if (!entry.time.isValid())
            return false; // an entry without a readable time cannot be placed in the range
        if (from.isValid() && entry.time < from)
            return false;
        if (to.isValid() && entry.time > to)
            return false;
    }
    if (!rules.isEmpty()) {
        bool found = rules.contains(entry.entry.value(QStringLiteral("code")).toString());
        const QJsonArray checks = entry.entry.value(QStringLiteral("checks")).toArray();
        for (qsizetype i = 0; !found && i < checks.size(); ++i)
            found
                = rules.contains(checks.at(i).toObject().value(QStringLiteral("rule")).toString());
        if (!found)
            return false;
    }
    return true;
}

std::optional<QDateTime> parseAuditExportTime(const QString &text, bool endOfDay)
{
    static const QRegularExpression date(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    static const QRegularExpression dateTime(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?Z$"));
    if (date.match(text).hasMatch()) {
        const QDate day = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
        if (!day.isValid())
            return std::nullopt;
        if (!endOfDay)
            return QDateTime(day, QTime(0, 0), Qt::UTC);
        return QDateTime(day, QTime(23, 59, 59, 999), Qt::UTC);
    }
    if (dateTime.match(text).hasMatch()) {
        QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!t.isValid())
            return std::nullopt;
        return t.toUTC();
    }
    return std::nullopt;
}

QByteArray csvField(const QString &text)
{
    QString value = text;
    if (!value.isEmpty()) {
        const QChar first = value.front();
        const bool formula = first == QLatin1Char('=') || first == QLatin1Char('+')
            || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r')
            || (first == QLatin1Char('-') && value.size() > 1);
        if (formula)
            value.prepend(QLatin1Char('\''));
    }
    QByteArray bytes = value.toUtf8();
    const bool quote = bytes.contains(',') || bytes.contains('"') || bytes.contains('\n')
        || bytes.contains('\r');
    if (!quote)
        return bytes;
    bytes.replace("\"", "\"\"");
    return '"' + bytes + '"';
}

QByteArray auditCsvHeader()
{
    QByteArray line;
    for (const QString &column : csvColumns()) {
        if (!line.isEmpty())
            line.append(',');
        line.append(csvField(column));
    }
    return line + "\r\n";
}

QByteArray auditCsvRow(const AuditEntry &entry)
{
    static const QStringList notDetails {
        QStringLiteral("software"),
        QStringLiteral("request"),
        QStringLiteral("requestBody"),
        QStringLiteral("requestBodyBase64"),
    };
    QJsonObject details = entry.entry;
    QByteArray line;
    for (const QString &column : csvColumns()) {
        QString value;
        if (column == QLatin1String("seq")) {
            value = QString::number(entry.seq);
        } else if (column == QLatin1String("checks")) {
            value = checksText(entry.entry.value(column).toArray());
        } else if (column == QLatin1String("entryHash")) {
            value = QString::fromLatin1(entry.hash.toHex());
        } else if (column == QLatin1String("details")) {
            for (const QString &key : notDetails)
                details.remove(key);
            if (!details.isEmpty())
                value = QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
        } else {
            value = fieldText(entry.entry.value(column));
        }
        details.remove(column);
        if (column != csvColumns().front())
            line.append(',');
        line.append(csvField(value));
    }
    return line + "\r\n";
}

QByteArray auditJsonLine(const AuditEntry &entry)
{
    QJsonObject object = entry.entry;
    object.insert(QStringLiteral("entryHash"), QString::fromLatin1(entry.hash.toHex()));
    object.insert(QStringLiteral("previousHash"), QString::fromLatin1(entry.previousHash.toHex()));
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

NodeResult<AuditExportSummary> exportAudit(const SiteStore &store, const AuditExportFilter &filter,
                                           AuditExportFormat format,
                                           const std::function<bool(const QByteArray &)> &write)
{
    AuditExportSummary summary;
    auto verification = store.verifyAudit();
    if (!verification)
        return verification.error();
    summary.verification = verification.value();
    const qint64 last = summary.verification.ok ? summary.verification.entries
                                                : std::numeric_limits<qint64>::max();
    auto writeFailed = [] {
        return nodeError(NodeErrorCode::Io,
                         Tr::tr("The export could not be written. Check that the disk is not "
                                "full and the output is writable."));
    };
    if (format == AuditExportFormat::Csv && !write(auditCsvHeader()))
        return writeFailed();
    // In pages, so that a long chain never sits in memory at once. A broken chain may hold
    // renumbered entries (seq below 1), so reading starts below any of them.
    constexpr int kPage = 1000;
    qint64 from = std::numeric_limits<qint64>::min();
    for (;;) {
        auto page = store.auditEntries(from, kPage);
        if (!page)
            return page.error();
        if (page->empty())
            break;
        for (const AuditEntry &entry : page.value()) {
            if (entry.seq > last)
                return summary;
            ++summary.read;
            if (!filter.matches(entry))
                continue;
            const QByteArray bytes
                = format == AuditExportFormat::Csv ? auditCsvRow(entry) : auditJsonLine(entry);
            if (!write(bytes))
                return writeFailed();
            ++summary.exported;
        }
        if (page->back().seq == std::numeric_limits<qint64>::max())
            break;
        from = page->back().seq + 1;
    }
    return summary;
}

} // namespace fairstart::node

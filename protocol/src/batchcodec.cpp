// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/protocol/batchcodec.h"

#include <QtEndian>

#include <cstring>

namespace fairstart::protocol {

namespace {

constexpr qsizetype kMagicBytes = 8;

void putU16(QByteArray &out, quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}

void putU32(QByteArray &out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

// A bounds-checked reader over the body.
struct Reader {
    const QByteArray &bytes;
    qsizetype at = 0;

    bool has(qsizetype n) const { return n >= 0 && bytes.size() - at >= n; }
    bool u8(quint8 *v)
    {
        if (!has(1))
            return false;
        *v = quint8(bytes[at++]);
        return true;
    }
    bool u16(quint16 *v)
    {
        if (!has(2))
            return false;
        *v = qFromLittleEndian<quint16>(bytes.constData() + at);
        at += 2;
        return true;
    }
    bool u32(quint32 *v)
    {
        if (!has(4))
            return false;
        *v = qFromLittleEndian<quint32>(bytes.constData() + at);
        at += 4;
        return true;
    }
    bool take(quint32 n, QByteArray *out)
    {
        if (!has(qsizetype(n)))
            return false;
        *out = bytes.mid(at, qsizetype(n));
        at += qsizetype(n);
        return true;
    }
};

bool startsWith(const QByteArray &body, const char *magic)
{
    return body.size() >= kMagicBytes && std::memcmp(body.constData(), magic, kMagicBytes) == 0;
}

} // namespace

bool isBatch(const QByteArray &body)
{
    return startsWith(body, kBatchMagic);
}

bool isBatchAnswer(const QByteArray &body)
{
    return startsWith(body, kBatchAnswerMagic);
}

QByteArray encodeBatch(const QList<BatchPart> &parts)
{
    qsizetype size = kMagicBytes + 4;
    for (const BatchPart &p : parts)
        size += 1 + 2 + p.path.size() + 4 + p.body.size();
    QByteArray out;
    out.reserve(size);
    out.append(kBatchMagic, kMagicBytes);
    putU32(out, quint32(parts.size()));
    for (const BatchPart &p : parts) {
        out.append(char(p.relay ? 1 : 0));
        putU16(out, quint16(p.path.size()));
        out.append(p.path);
        putU32(out, quint32(p.body.size()));
        out.append(p.body);
    }
    return out;
}

std::optional<QList<BatchPart>> decodeBatch(const QByteArray &body, QString *problem)
{
    auto fail = [problem](const QString &what) -> std::optional<QList<BatchPart>> {
        if (problem)
            *problem = what;
        return std::nullopt;
    };
    if (!isBatch(body))
        return fail(QStringLiteral("the body does not start with the batch's magic FSBATCH1"));
    Reader r { body, kMagicBytes };
    quint32 count = 0;
    if (!r.u32(&count))
        return fail(QStringLiteral("the batch ends before its count of parts"));
    if (count < 1 || count > quint32(kBatchMaxParts))
        return fail(
            QStringLiteral("a batch holds 1 to %1 parts, not %2").arg(kBatchMaxParts).arg(count));
    QList<BatchPart> parts;
    for (quint32 i = 0; i < count; ++i) {
        const QString where = QStringLiteral("part %1").arg(i + 1);
        BatchPart part;
        quint8 kind = 0;
        quint16 pathBytes = 0;
        quint32 bodyBytes = 0;
        if (!r.u8(&kind) || !r.u16(&pathBytes))
            return fail(where + QStringLiteral(" is cut short"));
        if (kind > 1)
            return fail(where + QStringLiteral(" has an unknown content kind %1").arg(kind));
        if (pathBytes == 0 || pathBytes > kBatchMaxPathBytes)
            return fail(where
                        + QStringLiteral(" has a path of %1 bytes (1 to %2)")
                              .arg(pathBytes)
                              .arg(kBatchMaxPathBytes));
        if (!r.take(pathBytes, &part.path) || !r.u32(&bodyBytes) || !r.take(bodyBytes, &part.body))
            return fail(where + QStringLiteral(" is cut short"));
        part.relay = kind == 1;
        parts.append(std::move(part));
    }
    if (r.at != body.size())
        return fail(QStringLiteral("%1 bytes follow the last part").arg(body.size() - r.at));
    return parts;
}

QByteArray encodeBatchAnswers(const QList<BatchAnswer> &answers)
{
    qsizetype size = kMagicBytes + 4;
    for (const BatchAnswer &a : answers)
        size += 2 + 4 + a.body.size();
    QByteArray out;
    out.reserve(size);
    out.append(kBatchAnswerMagic, kMagicBytes);
    putU32(out, quint32(answers.size()));
    for (const BatchAnswer &a : answers) {
        putU16(out, quint16(a.status));
        putU32(out, quint32(a.body.size()));
        out.append(a.body);
    }
    return out;
}

std::optional<QList<BatchAnswer>> decodeBatchAnswers(const QByteArray &body, QString *problem)
{
    auto fail = [problem](const QString &what) -> std::optional<QList<BatchAnswer>> {
        if (problem)
            *problem = what;
        return std::nullopt;
    };
    if (!isBatchAnswer(body))
        return fail(QStringLiteral("the answer does not start with the batch's magic FSBATCHA"));
    Reader r { body, kMagicBytes };
    quint32 count = 0;
    if (!r.u32(&count) || count < 1 || count > quint32(kBatchMaxParts))
        return fail(
            QStringLiteral("the batch answer's count of parts is not 1 to %1").arg(kBatchMaxParts));
    QList<BatchAnswer> answers;
    for (quint32 i = 0; i < count; ++i) {
        BatchAnswer a;
        quint16 status = 0;
        quint32 bytes = 0;
        if (!r.u16(&status) || !r.u32(&bytes) || !r.take(bytes, &a.body))
            return fail(QStringLiteral("answer %1 of the batch is cut short").arg(i + 1));
        if (status < 100 || status > 599)
            return fail(QStringLiteral("answer %1 of the batch has no HTTP status").arg(i + 1));
        a.status = status;
        answers.append(std::move(a));
    }
    if (r.at != body.size())
        return fail(QStringLiteral("bytes follow the batch answer's last part"));
    return answers;
}

} // namespace fairstart::protocol

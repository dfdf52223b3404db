// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonreader.h"

#include <cmath>

namespace fairstart::protocol::detail {

Reader::Reader(const QJsonObject &object, QString path, Extra extra)
    : m_object(object)
    , m_path(std::move(path))
    , m_extra(extra)
    , m_sink(std::make_shared<std::optional<DecodeError>>())
{
}

Reader Reader::child(const QJsonObject &object, const QString &key, Extra extra) const
{
    Reader r(object, pathOf(key), extra);
    r.m_sink = m_sink;
    return r;
}

QString Reader::pathOf(const QString &key) const
{
    if (m_path.isEmpty())
        return key;
    if (key.startsWith(QLatin1Char('[')))
        return m_path + key;
    return m_path + QLatin1Char('.') + key;
}

void Reader::fail(const QString &key, const QString &message)
{
    if (!m_sink->has_value())
        *m_sink = DecodeError { pathOf(key), message };
}

bool Reader::has(const QString &key) const
{
    return m_object.contains(key) && !m_object.value(key).isNull();
}

bool Reader::wasSeen(const QString &key) const
{
    return std::find(m_seen.cbegin(), m_seen.cend(), key) != m_seen.cend();
}

QJsonValue Reader::take(const QString &key)
{
    markSeen(key);
    return m_object.value(key);
}

QString Reader::string(const QString &key)
{
    const QJsonValue v = take(key);
    if (!v.isString()) {
        fail(key,
             v.isUndefined() ? QStringLiteral("is required (a text)")
                             : QStringLiteral("must be a text"));
        return {};
    }
    return v.toString();
}

QString Reader::optString(const QString &key, const QString &fallback)
{
    if (!m_object.contains(key)) {
        markSeen(key);
        return fallback;
    }
    return string(key);
}

double Reader::number(const QString &key)
{
    const QJsonValue v = take(key);
    if (!v.isDouble()) {
        fail(key,
             v.isUndefined() ? QStringLiteral("is required (a number)")
                             : QStringLiteral("must be a number"));
        return 0;
    }
    const double d = v.toDouble();
    if (!std::isfinite(d)) {
        fail(key, QStringLiteral("must be a finite number"));
        return 0;
    }
    return d;
}

std::optional<double> Reader::optNumber(const QString &key)
{
    if (!has(key)) {
        markSeen(key);
        return std::nullopt;
    }
    return number(key);
}

qint64 Reader::integer(const QString &key, qint64 min, qint64 max)
{
    const double d = number(key);
    if (!ok())
        return 0;
    // d < max + 1 rather than d <= max: double(INT64_MAX) rounds up to 2^63, which qint64 cannot
    // hold (the cast would be undefined behaviour).
    if (d != std::floor(d) || d < double(min) || !(d < double(max) + 1.0)) {
        fail(key, QStringLiteral("must be a whole number from %1 to %2").arg(min).arg(max));
        return 0;
    }
    return qint64(d);
}

std::optional<qint64> Reader::optInteger(const QString &key, qint64 min, qint64 max)
{
    if (!has(key)) {
        markSeen(key);
        return std::nullopt;
    }
    return integer(key, min, max);
}

std::optional<qint64> Reader::releasedCount(const QString &key)
{
    if (m_object.contains(key) && m_object.value(key).isNull()) {
        markSeen(key);
        return std::nullopt;
    }
    return integer(key);
}

bool Reader::boolean(const QString &key, std::optional<bool> fallback)
{
    if (!m_object.contains(key) && fallback) {
        markSeen(key);
        return *fallback;
    }
    const QJsonValue v = take(key);
    if (!v.isBool()) {
        fail(key,
             v.isUndefined() ? QStringLiteral("is required (true or false)")
                             : QStringLiteral("must be true or false"));
        return false;
    }
    return v.toBool();
}

QJsonObject Reader::object(const QString &key)
{
    const QJsonValue v = take(key);
    if (!v.isObject()) {
        fail(key,
             v.isUndefined() ? QStringLiteral("is required (an object)")
                             : QStringLiteral("must be an object"));
        return {};
    }
    return v.toObject();
}

std::optional<QJsonObject> Reader::optObject(const QString &key)
{
    if (!has(key)) {
        markSeen(key);
        return std::nullopt;
    }
    return object(key);
}

QJsonArray Reader::array(const QString &key, bool required)
{
    const QJsonValue v = take(key);
    if (v.isUndefined() && !required)
        return {};
    if (!v.isArray()) {
        fail(key,
             v.isUndefined() ? QStringLiteral("is required (a list)")
                             : QStringLiteral("must be a list"));
        return {};
    }
    return v.toArray();
}

std::vector<double> Reader::numbers(const QString &key, bool required)
{
    const QJsonArray a = array(key, required);
    std::vector<double> out;
    out.reserve(size_t(a.size()));
    for (qsizetype i = 0; i < a.size() && ok(); ++i)
        out.push_back(numberAt(a, i, key));
    return out;
}

QStringList Reader::strings(const QString &key, bool required)
{
    const QJsonArray a = array(key, required);
    QStringList out;
    for (qsizetype i = 0; i < a.size() && ok(); ++i) {
        if (!a.at(i).isString()) {
            fail(key + QStringLiteral("[%1]").arg(i), QStringLiteral("must be a text"));
            break;
        }
        out.append(a.at(i).toString());
    }
    return out;
}

QJsonObject Reader::objectAt(const QJsonArray &array, qsizetype index, const QString &key)
{
    const QJsonValue v = array.at(index);
    if (!v.isObject()) {
        fail(key + QStringLiteral("[%1]").arg(index), QStringLiteral("must be an object"));
        return {};
    }
    return v.toObject();
}

double Reader::numberAt(const QJsonArray &array, qsizetype index, const QString &key)
{
    const QJsonValue v = array.at(index);
    if (!v.isDouble() || !std::isfinite(v.toDouble())) {
        fail(key + QStringLiteral("[%1]").arg(index), QStringLiteral("must be a finite number"));
        return 0;
    }
    return v.toDouble();
}

std::optional<DecodeError> Reader::finish()
{
    if (ok() && m_extra == Extra::Refuse) {
        // Const iterators: a mutable begin() detached (copied) the whole object first, which
        // the reader shares with its caller (issue 16: 100 relayed contributions per round).
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            if (!wasSeen(it.key())) {
                fail(it.key(),
                     QStringLiteral("is not a known field; remove it or check its spelling"));
                break;
            }
        }
    }
    return *m_sink;
}

} // namespace fairstart::protocol::detail

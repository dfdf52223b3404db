// SPDX-License-Identifier: GPL-3.0-or-later
// The canonical form of JSON that is hashed and signed (docs/protocol.md, "The canonical form that
// is signed"): RFC 8785 (JSON Canonicalization Scheme). Written here rather than taken from
// QJsonDocument, whose number format is an undocumented detail of Qt (1e-07, 1e+16 but 100, a
// choice by length) that an independent verifier could not reproduce and a Qt upgrade could change.
#include "fairstart/protocol/codec.h"

#include "codec_util.h"

#include <QJsonArray>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <string>

namespace fairstart::protocol {

namespace {

void appendValue(QByteArray &out, const QJsonValue &value);

// ECMAScript's Number::toString (ECMA-262, 7.1.12.1), as RFC 8785 section 3.2.2.3 requires: the
// shortest digits that read back as the same double, in fixed notation from 1e-6 up to 1e21 and
// in exponent notation outside. -0 is written 0. Not finite: null (JSON has no such number; every
// decoder refuses it).
void appendNumber(QByteArray &out, double d)
{
    if (!std::isfinite(d)) {
        out.append("null");
        return;
    }
    if (d == 0) {
        out.append('0');
        return;
    }
    if (d < 0) {
        out.append('-');
        d = -d;
    }
    // Shortest round-trip digits in scientific form, "d[.ddd]e±x", taken apart in place: no
    // allocation but the output's (issue 16, docs/performance.md "concurrent3": a contribution's
    // hundreds of numbers are written for its signature and for each check of it).
    char buffer[64];
    const auto result
        = std::to_chars(buffer, buffer + sizeof buffer, d, std::chars_format::scientific);
    const char *const end = result.ptr;
    const char *const e = std::find(static_cast<const char *>(buffer), end, 'e');
    char digits[32]; // at most 17 significant digits
    int k = 0; // significant digits
    for (const char *c = buffer; c < e; ++c) {
        if (*c != '.')
            digits[k++] = *c;
    }
    int exponent = 0;
    std::from_chars(e + 1 + (e[1] == '+' ? 1 : 0), end, exponent);
    const int n = exponent + 1; // the value is 0.digits × 10^n
    if (k <= n && n <= 21) {
        out.append(digits, k);
        out.append(qsizetype(n - k), '0');
    } else if (0 < n && n <= 21) {
        out.append(digits, n);
        out.append('.');
        out.append(digits + n, k - n);
    } else if (-6 < n && n <= 0) {
        out.append("0.");
        out.append(qsizetype(-n), '0');
        out.append(digits, k);
    } else {
        out.append(digits[0]);
        if (k > 1) {
            out.append('.');
            out.append(digits + 1, k - 1);
        }
        out.append('e');
        out.append(n - 1 >= 0 ? '+' : '-');
        char power[8];
        const auto written = std::to_chars(power, power + sizeof power, std::abs(n - 1));
        out.append(power, qsizetype(written.ptr - power));
    }
}

void appendEscapedUnit(QByteArray &out, char16_t unit)
{
    static const char hex[] = "0123456789abcdef";
    out.append("\\u");
    for (int shift = 12; shift >= 0; shift -= 4)
        out.append(hex[(unit >> shift) & 0xf]);
}

// RFC 8785 section 3.2.2.2: '"' and '\' escaped, the five short escapes \b \t \n \f \r, every
// other control character as \u00xx (lower-case hex), everything else as UTF-8. A lone surrogate
// (which Qt's parser accepts from a "\ud800" escape) is written as its \uxxxx escape, so the form
// stays a function of the value; RFC 8785 would refuse such a string instead.
void appendString(QByteArray &out, const QString &text)
{
    out.append('"');
    const qsizetype size = text.size();
    const QChar *data = text.constData();
    for (qsizetype i = 0; i < size; ++i) {
        // A run of printable ASCII other than '"' and '\\' is written as it is, in one append:
        // most of the protocol's text is base64 and hex (a relay of 100 sites holds ~0.5 MB).
        qsizetype end = i;
        while (end < size && data[end].unicode() >= 0x20 && data[end].unicode() < 0x80
               && data[end].unicode() != u'"' && data[end].unicode() != u'\\')
            ++end;
        if (end > i) {
            const qsizetype at = out.size();
            out.resize(at + (end - i));
            char *to = out.data() + at;
            for (qsizetype k = i; k < end; ++k)
                *to++ = char(data[k].unicode());
            i = end;
            if (i == size)
                break;
        }
        const char16_t c = data[i].unicode();
        switch (c) {
        case u'"':
            out.append("\\\"");
            continue;
        case u'\\':
            out.append("\\\\");
            continue;
        case u'\b':
            out.append("\\b");
            continue;
        case u'\t':
            out.append("\\t");
            continue;
        case u'\n':
            out.append("\\n");
            continue;
        case u'\f':
            out.append("\\f");
            continue;
        case u'\r':
            out.append("\\r");
            continue;
        default:
            break;
        }
        if (c < 0x20) {
            appendEscapedUnit(out, c);
        } else if (c < 0x80) {
            out.append(char(c));
        } else if (QChar::isHighSurrogate(c) && i + 1 < size
                   && QChar::isLowSurrogate(data[i + 1].unicode())) {
            const char32_t cp = QChar::surrogateToUcs4(c, data[i + 1].unicode());
            ++i;
            out.append(char(0xf0 | (cp >> 18)));
            out.append(char(0x80 | ((cp >> 12) & 0x3f)));
            out.append(char(0x80 | ((cp >> 6) & 0x3f)));
            out.append(char(0x80 | (cp & 0x3f)));
        } else if (QChar::isSurrogate(c)) {
            appendEscapedUnit(out, c);
        } else if (c < 0x800) {
            out.append(char(0xc0 | (c >> 6)));
            out.append(char(0x80 | (c & 0x3f)));
        } else {
            out.append(char(0xe0 | (c >> 12)));
            out.append(char(0x80 | ((c >> 6) & 0x3f)));
            out.append(char(0x80 | (c & 0x3f)));
        }
    }
    out.append('"');
}

void appendObject(QByteArray &out, const QJsonObject &object)
{
    // Keys sorted by their UTF-16 code units (RFC 8785 section 3.2.3); QString's operator<
    // compares exactly those. Not left to QJsonObject's internal order.
    QStringList keys = object.keys();
    std::sort(keys.begin(), keys.end());
    out.append('{');
    bool first = true;
    for (const QString &key : std::as_const(keys)) {
        if (!first)
            out.append(',');
        first = false;
        appendString(out, key);
        out.append(':');
        appendValue(out, object.value(key));
    }
    out.append('}');
}

void appendValue(QByteArray &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out.append("null");
        break;
    case QJsonValue::Bool:
        out.append(value.toBool() ? "true" : "false");
        break;
    case QJsonValue::Double:
        appendNumber(out, value.toDouble());
        break;
    case QJsonValue::String:
        appendString(out, value.toString());
        break;
    case QJsonValue::Array: {
        out.append('[');
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0)
                out.append(',');
            appendValue(out, array.at(i));
        }
        out.append(']');
        break;
    }
    case QJsonValue::Object:
        appendObject(out, value.toObject());
        break;
    }
}

} // namespace

QByteArray canonicalJson(const QJsonObject &object)
{
    QByteArray out;
    appendObject(out, object);
    return out;
}

namespace detail::util {

void appendCanonicalString(QByteArray &out, const QString &text)
{
    appendString(out, text);
}

} // namespace detail::util

} // namespace fairstart::protocol

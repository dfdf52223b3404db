// SPDX-License-Identifier: GPL-3.0-or-later
// QJsonDocument::toJson's text of an object, byte for byte, written in one buffer (jsonText in
// codec.h). Qt 6.4's writer appends piece by piece to a QByteArray that it reserved for a handful
// of bytes, and its profile was mostly memmove (a fit's 297 kB report: ~4 ms of the CLI's ~28 ms
// per fit; the node's every answer); docs/performance.md, "concurrent2".
#include "fairstart/protocol/codec.h"
#include "fairstart/protocol/reporttext.h"

#include "codec_util.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QVariant>

#include <algorithm>
#include <cmath>

namespace fairstart::protocol {

namespace {

struct Writer {
    QByteArray out;
    bool indented = false;
    bool ok = true; // false: a string Qt's writer escapes its own way (a lone surrogate)
    // fitReportText: the placeholders whose masked words are written in their place.
    const detail::util::MaskedSplices *splices = nullptr;

    void indent(int level)
    {
        if (indented)
            out.append(qsizetype(4 * level), ' ');
    }

    // Qt's escapedString: '"' and '\' escaped, the five short escapes \b \f \n \r \t, every
    // other control character as \u00xx (lower-case hex), the rest as UTF-8. A lone surrogate is
    // left to Qt's writer (ok = false).
    void string(const QString &text)
    {
        static const char hex[] = "0123456789abcdef";
        out.append('"');
        if (splices && !text.isEmpty() && text.front() == QChar(u'\0')) {
            if (const std::vector<std::uint64_t> *words = splices->find(text)) {
                detail::util::appendWordsBase64(out, *words); // ASCII, nothing to escape
                out.append('"');
                return;
            }
        }
        const char16_t *p = reinterpret_cast<const char16_t *>(text.constData());
        const char16_t *const end = p + text.size();
        while (p != end) {
            const char16_t *run = p;
            while (p != end && *p >= 0x20 && *p < 0x80 && *p != u'"' && *p != u'\\')
                ++p;
            if (p != run) {
                const qsizetype at = out.size();
                out.resize(at + (p - run));
                char *to = out.data() + at;
                for (const char16_t *c = run; c != p; ++c)
                    *to++ = char(*c);
                if (p == end)
                    break;
            }
            const char16_t u = *p++;
            if (u < 0x80) {
                out.append('\\');
                switch (u) {
                case u'"':
                    out.append('"');
                    break;
                case u'\\':
                    out.append('\\');
                    break;
                case 0x8:
                    out.append('b');
                    break;
                case 0xc:
                    out.append('f');
                    break;
                case 0xa:
                    out.append('n');
                    break;
                case 0xd:
                    out.append('r');
                    break;
                case 0x9:
                    out.append('t');
                    break;
                default:
                    out.append("u00");
                    out.append(hex[u >> 4]);
                    out.append(hex[u & 0xf]);
                }
            } else if (u < 0x800) {
                out.append(char(0xc0 | (u >> 6)));
                out.append(char(0x80 | (u & 0x3f)));
            } else if (QChar::isHighSurrogate(u) && p != end && QChar::isLowSurrogate(*p)) {
                const char32_t cp = QChar::surrogateToUcs4(u, *p++);
                out.append(char(0xf0 | (cp >> 18)));
                out.append(char(0x80 | ((cp >> 12) & 0x3f)));
                out.append(char(0x80 | ((cp >> 6) & 0x3f)));
                out.append(char(0x80 | (cp & 0x3f)));
            } else if (QChar::isSurrogate(u)) {
                ok = false;
                return;
            } else {
                out.append(char(0xe0 | (u >> 12)));
                out.append(char(0x80 | ((u >> 6) & 0x3f)));
                out.append(char(0x80 | (u & 0x3f)));
            }
        }
        out.append('"');
    }

    // An object or array keeps a number as an integer (a qint64, or a double that is integral
    // within ±2^53: QCborValue::fromJsonValue) or as a double, and Qt writes the one as an
    // integer and the other by its shortest digits ('g': 8e15 is written 8000000000000000, the
    // double 1e16 as 1e+16); not finite: null. The public API tells the two apart by toVariant.
    void number(const QJsonValue &v)
    {
        const QVariant n = v.toVariant();
        if (n.typeId() == QMetaType::LongLong) {
            out.append(QByteArray::number(n.toLongLong()));
            return;
        }
        const double d = v.toDouble();
        if (std::isfinite(d))
            out.append(QByteArray::number(d, 'g', QLocale::FloatingPointShortest));
        else
            out.append("null");
    }

    void value(const QJsonValue &v, int level)
    {
        switch (v.type()) {
        case QJsonValue::Bool:
            out.append(v.toBool() ? "true" : "false");
            break;
        case QJsonValue::Double:
            number(v);
            break;
        case QJsonValue::String:
            string(v.toString());
            break;
        case QJsonValue::Array:
            array(v.toArray(), level);
            break;
        case QJsonValue::Object:
            object(v.toObject(), level);
            break;
        case QJsonValue::Null:
        case QJsonValue::Undefined:
            out.append("null");
            break;
        }
    }

    // Qt's layout: "{\n", each member on its own line one level in, "\n" after the last, then
    // the closing brace at the opening's level — "{\n}" for an empty one at the top, and an empty
    // one inside written as "{\n" + indentation + "}".
    void array(const QJsonArray &a, int level)
    {
        out.append(indented ? "[\n" : "[");
        for (qsizetype i = 0; i < a.size() && ok; ++i) {
            if (i)
                out.append(indented ? ",\n" : ",");
            indent(level + 1);
            value(a.at(i), level + 1);
        }
        if (indented && !a.isEmpty())
            out.append('\n');
        indent(level);
        out.append(']');
    }

    void object(const QJsonObject &o, int level)
    {
        out.append(indented ? "{\n" : "{");
        bool first = true;
        for (auto it = o.constBegin(); it != o.constEnd() && ok; ++it) {
            if (!first)
                out.append(indented ? ",\n" : ",");
            first = false;
            indent(level + 1);
            string(it.key());
            out.append(indented ? ": " : ":");
            value(it.value(), level + 1);
        }
        if (indented && !o.isEmpty())
            out.append('\n');
        indent(level);
        out.append('}');
    }
};

} // namespace

QByteArray jsonText(const QJsonObject &object, QJsonDocument::JsonFormat format, qsizetype sizeHint)
{
    Writer w;
    w.indented = format == QJsonDocument::Indented;
    w.out.reserve(std::max<qsizetype>(sizeHint, 256));
    w.object(object, 0);
    if (!w.ok)
        return QJsonDocument(object).toJson(format);
    if (w.indented)
        w.out.append('\n');
    return w.out;
}

// The report's object with a placeholder where each masked base64 goes (a few dozen bytes
// instead of a 128 kB text widened to UTF-16, converted into the object's CBOR and back, and
// narrowed again), written by the same writer, which writes the words' base64 at each
// placeholder. A string Qt's writer would escape its own way (a lone surrogate in a node's note)
// sends the whole report through the generic path, as jsonText does.
QByteArray fitReportText(const FitReport &report, QJsonDocument::JsonFormat format,
                         qsizetype sizeHint)
{
    detail::util::MaskedSplices splices = detail::util::MaskedSplices::make();
    const QJsonObject object = detail::util::fitReportToJson(report, &splices);
    qsizetype masked = 0;
    for (const std::vector<std::uint64_t> *words : splices.words)
        masked += qsizetype((words->size() * 8 + 2) / 3 * 4);
    Writer w;
    w.indented = format == QJsonDocument::Indented;
    w.splices = &splices;
    w.out.reserve(std::max<qsizetype>(sizeHint, 256) + masked);
    w.object(object, 0);
    if (!w.ok)
        return jsonText(toJson(report), format, sizeHint + masked);
    if (w.indented)
        w.out.append('\n');
    return w.out;
}

} // namespace fairstart::protocol

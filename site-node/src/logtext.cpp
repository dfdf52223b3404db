// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/node/logtext.h"

namespace fairstart::node {

namespace {

void appendEscaped(QByteArray &out, unsigned char byte)
{
    static constexpr char hex[] = "0123456789abcdef";
    out.append("\\x", 2);
    out.append(hex[byte >> 4]);
    out.append(hex[byte & 0xf]);
}

// The length of the well-formed UTF-8 sequence at `p` (RFC 3629, table 3-7 of the Unicode
// standard) and its code point, or 0 when the bytes there are not one.
int decodeUtf8(const unsigned char *p, qsizetype available, char32_t *codePoint)
{
    const unsigned char b0 = p[0];
    int length = 0;
    char32_t cp = 0;
    unsigned char low = 0x80, high = 0xbf; // the range of the second byte
    if (b0 >= 0xc2 && b0 <= 0xdf) {
        length = 2;
        cp = b0 & 0x1f;
    } else if (b0 >= 0xe0 && b0 <= 0xef) {
        length = 3;
        cp = b0 & 0x0f;
        if (b0 == 0xe0)
            low = 0xa0; // no overlong forms
        else if (b0 == 0xed)
            high = 0x9f; // no surrogates
    } else if (b0 >= 0xf0 && b0 <= 0xf4) {
        length = 4;
        cp = b0 & 0x07;
        if (b0 == 0xf0)
            low = 0x90; // no overlong forms
        else if (b0 == 0xf4)
            high = 0x8f; // nothing beyond U+10FFFF
    } else {
        return 0;
    }
    if (available < length)
        return 0;
    for (int i = 1; i < length; ++i) {
        const unsigned char b = p[i];
        if (i == 1 ? (b < low || b > high) : (b < 0x80 || b > 0xbf))
            return 0;
        cp = (cp << 6) | (b & 0x3f);
    }
    *codePoint = cp;
    return length;
}

bool isDisguising(char32_t cp)
{
    return (cp >= 0x80 && cp <= 0x9f) // C1 controls (U+009B is a terminal's CSI)
        || cp == 0x2028 || cp == 0x2029 // line and paragraph separators
        || (cp >= 0x202a && cp <= 0x202e) // bidirectional embeddings and overrides
        || (cp >= 0x2066 && cp <= 0x2069); // bidirectional isolates
}

} // namespace

QByteArray logSafe(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    QByteArray out;
    out.reserve(n);
    for (qsizetype i = 0; i < n;) {
        const unsigned char b = p[i];
        if (b < 0x80) {
            if (b < 0x20 || b == 0x7f)
                appendEscaped(out, b);
            else if (b == '\\')
                out.append("\\\\", 2);
            else
                out.append(char(b));
            ++i;
            continue;
        }
        char32_t cp = 0;
        const int length = decodeUtf8(p + i, n - i, &cp);
        if (length == 0) {
            appendEscaped(out, b); // one byte of invalid UTF-8; resynchronise on the next
            ++i;
            continue;
        }
        if (isDisguising(cp)) {
            for (int k = 0; k < length; ++k)
                appendEscaped(out, p[i + k]);
        } else {
            out.append(reinterpret_cast<const char *>(p + i), length);
        }
        i += length;
    }
    return out;
}

QByteArray logSafe(const QString &text)
{
    // toUtf8 writes a lone surrogate as U+FFFD, so the result is always valid UTF-8.
    return logSafe(QByteArrayView(text.toUtf8()));
}

} // namespace fairstart::node

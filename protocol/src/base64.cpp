// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/protocol/base64.h"

#include <array>
#include <cstdint>
#include <type_traits>

namespace fairstart::protocol {

namespace {

// The value of each standard base64 character, -1 for any other character ('=' included).
constexpr std::array<signed char, 128> kBase64Values = [] {
    std::array<signed char, 128> t {};
    t.fill(-1);
    const char *alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (int i = 0; i < 64; ++i)
        t[std::size_t(alphabet[i])] = static_cast<signed char>(i);
    return t;
}();

template<typename Char> int paddingOf(const Char *text, qsizetype n)
{
    return text[n - 1] != Char('=') ? 0 : text[n - 2] != Char('=') ? 1 : 2;
}

template<typename Char> qsizetype sizeOf(const Char *text, qsizetype n)
{
    if (n % 4 != 0)
        return -1;
    return n == 0 ? 0 : n / 4 * 3 - paddingOf(text, n);
}

template<typename Char> bool decode(const Char *text, qsizetype n, unsigned char *out)
{
    if (n % 4 != 0)
        return false;
    if (n == 0)
        return true;
    auto value = [](Char c) {
        const auto u = static_cast<std::make_unsigned_t<Char>>(c);
        return u < 128 ? int(kBase64Values[u]) : -1;
    };
    const int padding = paddingOf(text, n);
    const qsizetype whole = padding == 0 ? n : n - 4; // groups of four without padding
    for (qsizetype i = 0; i < whole; i += 4) {
        const int a = value(text[i]), b = value(text[i + 1]), c = value(text[i + 2]),
                  d = value(text[i + 3]);
        if ((a | b | c | d) < 0)
            return false;
        const std::uint32_t v = std::uint32_t(a) << 18 | std::uint32_t(b) << 12
            | std::uint32_t(c) << 6 | std::uint32_t(d);
        *out++ = static_cast<unsigned char>(v >> 16);
        *out++ = static_cast<unsigned char>(v >> 8);
        *out++ = static_cast<unsigned char>(v);
    }
    if (padding > 0) {
        const qsizetype i = n - 4;
        const int a = value(text[i]), b = value(text[i + 1]);
        const int c = padding == 1 ? value(text[i + 2]) : 0;
        if ((a | b | c) < 0)
            return false;
        // Canonical: the bits the last character carries beyond the bytes are zero.
        if (padding == 2 ? (b & 0x0f) != 0 : (c & 0x03) != 0)
            return false;
        const std::uint32_t v
            = std::uint32_t(a) << 18 | std::uint32_t(b) << 12 | std::uint32_t(c) << 6;
        *out++ = static_cast<unsigned char>(v >> 16);
        if (padding == 1)
            *out++ = static_cast<unsigned char>(v >> 8);
    }
    return true;
}

} // namespace

qsizetype canonicalBase64Size(const char *text, qsizetype n)
{
    return sizeOf(text, n);
}
qsizetype canonicalBase64Size(const char16_t *text, qsizetype n)
{
    return sizeOf(text, n);
}
bool decodeCanonicalBase64(const char *text, qsizetype n, unsigned char *out)
{
    return decode(text, n, out);
}
bool decodeCanonicalBase64(const char16_t *text, qsizetype n, unsigned char *out)
{
    return decode(text, n, out);
}

} // namespace fairstart::protocol

// SPDX-License-Identifier: GPL-3.0-or-later
// The uniformity test a masked contribution must pass and its unmasked encoding must fail
// (issue 14): chi-square on the 256 byte frequencies (255 degrees of freedom; 373 is about the
// 1e-6 quantile) and the monobit test (|z| < 5), on the words as little-endian bytes, as they
// travel. tests/secure/tst_secure runs the same thresholds on synthetic contributions.
#pragma once

#include <QByteArray>

#include <array>
#include <bit>
#include <cmath>
#include <cstdint>
#include <vector>

namespace testsupport {

inline QByteArray wordBytes(const std::vector<std::uint64_t> &words)
{
    QByteArray bytes;
    bytes.reserve(qsizetype(words.size() * 8));
    for (std::uint64_t w : words)
        for (int b = 0; b < 8; ++b)
            bytes.append(char((w >> (8 * b)) & 0xff));
    return bytes;
}

inline bool looksUniform(const QByteArray &bytes, double *chiSquare)
{
    std::array<double, 256> counts {};
    double ones = 0;
    for (char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        counts[u] += 1;
        ones += std::popcount(u);
    }
    const double expected = double(bytes.size()) / 256.0;
    *chiSquare = 0;
    for (double c : counts)
        *chiSquare += (c - expected) * (c - expected) / expected;
    const double bits = 8.0 * double(bytes.size());
    const double monobit = (ones - bits / 2) / std::sqrt(bits / 4);
    return *chiSquare < 373.0 && std::abs(monobit) < 5.0;
}

} // namespace testsupport

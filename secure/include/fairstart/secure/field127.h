// SPDX-License-Identifier: GPL-3.0-or-later
// Arithmetic in the prime field F_q, q = 2^127 - 1 (a Mersenne prime), for the summed relay's
// linear tags (docs/protocol.md, "The summed relay"; issue 16, branch `sites4`).
//
// Why a prime field: a tag t = <r, w> + PRF over Z_2^64 would let a shift of S by 2^63 in one
// word pass whenever r's word is even (half the time); over a prime field every nonzero shift of
// S passes with probability 1/q. Why this q: it is larger than N · 2^64 for every N the protocol
// allows (N <= 4096, so word sums stay below 2^76), so a nonzero integer shift of S is a nonzero
// element of F_q, and 2^127 ≡ 1 makes the reduction two adds.
//
// Elements are unsigned 128-bit integers in [0, q). Products are formed from 64-bit limbs, so no
// intermediate exceeds 128 bits. Everything is constexpr and branch-light; the unit is tested on
// its own (tests/secure/tst_field127_sites4.cpp) against an independent shift-and-add product.
#pragma once

#include <cstdint>

namespace fairstart::secure::field127 {

__extension__ using u128 = unsigned __int128;

inline constexpr u128 kQ = (u128(1) << 127) - 1;

// x mod q for any 128-bit x: x = h·2^127 + l ≡ h + l (h ≤ 1, l < 2^127), then one subtraction.
constexpr u128 reduce(u128 x)
{
    u128 r = (x >> 127) + (x & kQ); // < 2^127 + 1
    if (r >= kQ)
        r -= kQ;
    return r;
}

// a + b mod q for a, b < q (the sum is below 2^128).
constexpr u128 add(u128 a, u128 b)
{
    return reduce(a + b);
}

// a - b mod q for a, b < q.
constexpr u128 sub(u128 a, u128 b)
{
    return a >= b ? a - b : a + (kQ - b);
}

// a · b mod q for a, b < q. With a = a1·2^64 + a0, b = b1·2^64 + b0 (a1, b1 < 2^63):
// a·b = a1b1·2^128 + (a1b0 + a0b1)·2^64 + a0b0, and 2^128 ≡ 2 (mod q).
constexpr u128 mul(u128 a, u128 b)
{
    const std::uint64_t a0 = std::uint64_t(a), a1 = std::uint64_t(a >> 64);
    const std::uint64_t b0 = std::uint64_t(b), b1 = std::uint64_t(b >> 64);
    const u128 p00 = u128(a0) * b0; // < 2^128
    const u128 mid = u128(a0) * b1 + u128(a1) * b0; // each < 2^127: the sum < 2^128
    const u128 p11 = u128(a1) * b1; // < 2^126
    // mid·2^64 = mh·2^128 + ml·2^64 ≡ 2·mh + ml·2^64, ml·2^64 < 2^128.
    const u128 mh = mid >> 64;
    const u128 ml = mid & ~std::uint64_t(0);
    u128 r = reduce(p00);
    r = add(r, reduce(ml << 64));
    r = add(r, reduce(mh << 1)); // 2·mh < 2^65
    r = add(r, reduce(p11 << 1)); // 2·p11 < 2^127
    return r;
}

// The element of 16 little-endian bytes (a PRF's or PRG's output): the low 127 bits, reduced
// (q itself maps to 0: a bias of 2^-127).
inline u128 fromBytes(const unsigned char *bytes)
{
    u128 x = 0;
    for (int i = 15; i >= 0; --i)
        x = (x << 8) | bytes[i];
    return reduce(x & kQ);
}

// The element of an integer word sum held as (lo, hi): hi·2^64 + lo, for hi < 2^63.
constexpr u128 fromWords(std::uint64_t lo, std::uint64_t hi)
{
    return reduce((u128(hi) << 64) | lo);
}

} // namespace fairstart::secure::field127

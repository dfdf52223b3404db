// SPDX-License-Identifier: GPL-3.0-or-later
// The round kernel, written once and compiled once per instruction set: roundkernel_baseline.cpp
// (the x86-64 baseline, SSE2), roundkernel_avx2.cpp (-mavx2 -mfma) and roundkernel_avx512.cpp
// (-mavx512f). Each includes this file after defining
//   FAIRSTART_KERNEL_NS       the namespace of its copy (baseline, avx2, avx512)
//   FAIRSTART_KERNEL_LANES    doubles per vector (2, 4, 8)
//   FAIRSTART_KERNEL_TILE_A/B the register tile of XᵀWX (rows x columns of vector accumulators)
//   FAIRSTART_KERNEL_VARIANT  the name of its kernel::Variant
//
// Why everything here has internal linkage and uses no library template: an inline function or a
// template instantiated in an AVX translation unit is a weak symbol, and the linker may keep that
// copy for every caller in the program, which would then execute AVX instructions on a CPU without
// them. So: GCC vector extensions instead of Eigen, our own min/max, the maths from libm by
// __builtin_ names, and an anonymous namespace around all of it. tst_roundkernel_symbols checks the
// object files for weak or unique symbols.
//
// The pass over a range of rows, in blocks whose columns stay in the L1/L2 cache:
//   1. η = offset + Xβ, column by column (the only read of the block from memory);
//   2. per vector of rows: the family's working weight w, residual y - μ, deviance and Σw, with a
//      vectorised exp and log1p (binomial, Poisson) accurate to about an ulp;
//   3. the score Xᵀ(y - μ);
//   4. XᵀWX by register tiles of vector accumulators, w·x formed in registers (no weighted copy).
// Each lane accumulates its own rows over the whole range; the lanes are added in a fixed order at
// the end, so a kernel gives the same bits for the same rows every time.
#include "roundkernel_p.h"

extern "C" double lgamma_r(double, int *) noexcept; // glibc, <math.h> under _GNU_SOURCE

#ifndef FAIRSTART_KERNEL_NS
#error "define FAIRSTART_KERNEL_NS, _LANES, _TILE_A, _TILE_B and _VARIANT before including this"
#endif

namespace fairstart::analysis::kernel {
namespace FAIRSTART_KERNEL_NS {
namespace {

using Index = std::ptrdiff_t;
constexpr int W = FAIRSTART_KERNEL_LANES;
constexpr int TA = FAIRSTART_KERNEL_TILE_A;
constexpr int TB = FAIRSTART_KERNEL_TILE_B;
typedef double vd __attribute__((vector_size(W * 8)));
typedef long long vl __attribute__((vector_size(W * 8)));

// Bytes of X per block: the block's columns stay in L2 while the tiles pass over them.
#ifndef FAIRSTART_KERNEL_BLOCK_BYTES
#define FAIRSTART_KERNEL_BLOCK_BYTES (96 * 1024)
#endif
constexpr Index kBlockBytes = FAIRSTART_KERNEL_BLOCK_BYTES;

inline Index imin(Index a, Index b)
{
    return a < b ? a : b;
}
inline Index imax(Index a, Index b)
{
    return a > b ? a : b;
}

inline vd load(const double *p)
{
    vd v;
    __builtin_memcpy(&v, p, sizeof v);
    return v;
}
inline void store(double *p, vd v)
{
    __builtin_memcpy(p, &v, sizeof v);
}
inline vd splat(double x)
{
    const vd zero = {};
    return x - zero; // not zero + x, which turns -0 into +0
}
inline vl splatl(long long x)
{
    vl v = {};
    return v + x;
}
inline vd bits(vl v)
{
    return (vd)v;
}
inline vl bits(vd v)
{
    return (vl)v;
}
inline vd vabs(vd x)
{
    return bits(bits(x) & splatl(0x7fffffffffffffffLL));
}
inline vd select(vl mask, vd a, vd b)
{
    return mask ? a : b;
}
inline vd vmax(vd a, vd b)
{
    return select(a > b, a, b);
}

// 2^52 + 2^51: adding it rounds a double of magnitude < 2^51 to an integer, which then sits in the
// low bits of the sum's representation (and converts small integers back the other way).
constexpr double kShifter = 6755399441055744.0;
constexpr double kLn2Hi = 6.93147180369123816490e-01; // trailing zeros: n · kLn2Hi is exact
constexpr double kLn2Lo = 1.90821492927058770002e-10;

// exp(x) for every double: Cody-Waite reduction x = n·ln2 + r, |r| <= ln2/2, then the Taylor
// polynomial of degree 13 (truncation error < 1e-17 relative), then 2^n in two factors so that
// results down to the smallest subnormal and up to the overflow to +inf come out right.
inline vd vexp(vd x)
{
    x = select(x > 710.0, splat(710.0), x); // exp(710) overflows; NaN compares false and stays
    x = select(x < -746.0, splat(-746.0), x); // exp(-746) underflows to 0
    const vd t = x * 1.4426950408889634 + kShifter;
    const vd n = t - kShifter;
    const vd r = (x - n * kLn2Hi) - n * kLn2Lo;
    vd q = splat(1.0 / 6227020800.0); // 1/13!
    q = q * r + 1.0 / 479001600.0;
    q = q * r + 1.0 / 39916800.0;
    q = q * r + 1.0 / 3628800.0;
    q = q * r + 1.0 / 362880.0;
    q = q * r + 1.0 / 40320.0;
    q = q * r + 1.0 / 5040.0;
    q = q * r + 1.0 / 720.0;
    q = q * r + 1.0 / 120.0;
    q = q * r + 1.0 / 24.0;
    q = q * r + 1.0 / 6.0;
    q = q * r + 0.5;
    q = q * r + 1.0;
    q = q * r + 1.0;
    const vl k = bits(t) - bits(splat(kShifter)); // n as an integer, |n| <= 1077
    const vl k1 = k >> 1;
    const vl k2 = k - k1;
    return q * bits((k1 + 1023) << 52) * bits((k2 + 1023) << 52);
}

// log1p(x) for every double: u = 1 + x rounded, its rounding error c (exact, by Fast2Sum), then
// log(u) as k·ln2 + log(1 + f) with f in [√½ - 1, √2 - 1] by the atanh series in s = f/(2 + f)
// (fdlibm's arrangement, Taylor coefficients to z^10: error < 1e-17), plus c/u.
inline vd vlog1p(vd x)
{
    const vd u = 1.0 + x;
    const vd c = select(vabs(x) <= 1.0, (1.0 - u) + x, (x - u) + 1.0);
    const vl ub = bits(u);
    vl k = ((ub >> 52) & 0x7ff) - 1023;
    vd m = bits((ub & 0x000fffffffffffffLL) | 0x3ff0000000000000LL);
    const vl big = m > 1.4142135623730951;
    m = select(big, m * 0.5, m);
    k = k - big; // big is -1 where true
    const vd f = m - 1.0;
    const vd s = f / (2.0 + f);
    const vd z = s * s;
    vd R = splat(2.0 / 21.0);
    R = R * z + 2.0 / 19.0;
    R = R * z + 2.0 / 17.0;
    R = R * z + 2.0 / 15.0;
    R = R * z + 2.0 / 13.0;
    R = R * z + 2.0 / 11.0;
    R = R * z + 2.0 / 9.0;
    R = R * z + 2.0 / 7.0;
    R = R * z + 2.0 / 5.0;
    R = R * z + 2.0 / 3.0;
    R = R * z;
    const vd hfsq = 0.5 * f * f;
    const vd kd = bits(bits(splat(kShifter)) + k) - kShifter;
    vd result = kd * kLn2Hi + (f - (hfsq - (s * (hfsq + R) + (kd * kLn2Lo + c / u))));
    // The edges: log1p(±0) = ±0, log1p(-1) = -inf, below -1 NaN, +inf and NaN stay.
    // (By bits: a select on x == 0 may be folded to +0.)
    const vl zero = x == 0.0;
    result = bits((bits(result) & ~zero) | (bits(x) & zero));
    result = select(x == -1.0, splat(-__builtin_inf()), result);
    result = select(x < -1.0, splat(__builtin_nan("")), result);
    result = select(x == __builtin_inf(), x, result);
    result = select(x != x, x, result);
    return result;
}

inline double hsum(vd v)
{
    double s = v[0];
    for (int l = 1; l < W; ++l)
        s += v[l];
    return s;
}

Index blockRows(Index p)
{
    const Index rows = kBlockBytes / (8 * imax(p, 1));
    return imax(8 * W, imin(8192, rows / W * W));
}

double *aligned(double *scratch)
{
    const auto address = reinterpret_cast<unsigned long long>(scratch);
    return scratch + ((64 - address % 64) % 64) / 8;
}

// Row i's response kept as a bit (Input::yBits), as the double 0 or 1.
inline double yBit(const std::uint64_t *bits, Index i)
{
    return static_cast<double>(static_cast<int>((bits[i >> 6] >> (i & 63)) & 1u));
}

Index scratchDoubles(Index p)
{
    // lanes of XᵀWX and the score, η, w, the residual and y (from bits) of a block, the
    // zero-padded last rows.
    // and the three dominance bounds per column.
    return p * p * W + p * W + 4 * blockRows(p) + p * W + 2 * W + 3 * p * W + 8;
}

// Walks the cache lines of the next block, column by column, so that the tiles of this block can
// ask for them from memory while they compute: without it the block's first pass (η) waits for
// memory and the tiles leave the memory bus idle.
struct Prefetcher {
    const double *x = nullptr; // the next block's first row (nullptr: none)
    Index ld = 0, p = 0, rows = 0;
    Index j = 0, i = 0; // the next line to fetch
    int perStep = 0; // lines to fetch per step of a tile
    void step()
    {
        for (int q = 0; q < perStep && j < p; ++q) {
            __builtin_prefetch(x + j * ld + i, 0, 2);
            i += 8;
            if (i >= rows) {
                i = 0;
                ++j;
            }
        }
    }
};

// The running sums of one range of rows, one per lane.
struct Sums {
    vd *h; // p * p
    vd *score; // p
    vd deviance, sumW, events, aicTerm;
    // The dominance bounds (Output::maxWeighted ...), p each; nullptr when not wanted.
    vd *maxWeighted = nullptr, *maxAbsScore = nullptr, *sumAbsScore = nullptr;
    // The separation check's tails (Output::separation); nullptr when not wanted.
    SeparationTails *separation = nullptr;
};

// `v` into `kept` (ascending, `count` ≤ kSeparationKept values) when it is among the smallest.
void keepSmallest(double *kept, int &count, double v)
{
    if (count == kSeparationKept) {
        if (!(v < kept[kSeparationKept - 1]))
            return;
        --count;
    }
    int i = count;
    for (; i > 0 && kept[i - 1] > v; --i)
        kept[i] = kept[i - 1];
    kept[i] = v;
    ++count;
}

// The separation check's tails over one block's real rows, while η is in cache: one comparison a
// row once the lists are full (a value enters them rarely unless the rows come sorted by η).
void separationTails(const double *eta, const double *y, Index valid, SeparationTails &t)
{
    for (Index i = 0; i < valid; ++i) {
        const double e = eta[i];
        if (y[i] == 1.0) {
            ++t.ones;
            if (t.onesKept < kSeparationKept || e < t.lowOnes[kSeparationKept - 1])
                keepSmallest(t.lowOnes, t.onesKept, e);
        } else if (t.zerosKept < kSeparationKept || -e < t.lowNegZeros[kSeparationKept - 1]) {
            keepSmallest(t.lowNegZeros, t.zerosKept, -e);
        }
    }
    t.rows += valid;
}

// What the release gate's round check needs, while the block is in cache (before, the check was a
// second pass over X with its own η, weights and residuals): per column the largest w·x² and
// |x·r| and Σ|x·r|. Padding rows have x = 0 and add 0, which changes neither a maximum (all values
// are ≥ 0) nor a sum. A NaN makes the sum NaN, which the caller treats as "check exactly".
template<bool Weighted>
void dominance(const double *x, Index ld, const double *w, const double *resid, Index rows, Index p,
               Sums &sums)
{
    for (Index j = 0; j < p; ++j) {
        const double *col = x + j * ld;
        vd maxW = sums.maxWeighted[j], maxS = sums.maxAbsScore[j];
        vd sumA = sums.sumAbsScore[j], sumB = splat(0.0);
        Index i = 0;
        for (; i + 2 * W <= rows; i += 2 * W) {
            const vd x0 = load(col + i), x1 = load(col + i + W);
            const vd t0 = vabs(x0 * load(resid + i)), t1 = vabs(x1 * load(resid + i + W));
            sumA += t0;
            sumB += t1;
            maxS = vmax(maxS, vmax(t0, t1));
            if constexpr (Weighted)
                maxW = vmax(maxW, vmax(load(w + i) * x0 * x0, load(w + i + W) * x1 * x1));
        }
        for (; i < rows; i += W) {
            const vd x0 = load(col + i);
            const vd t0 = vabs(x0 * load(resid + i));
            sumA += t0;
            maxS = vmax(maxS, t0);
            if constexpr (Weighted)
                maxW = vmax(maxW, load(w + i) * x0 * x0);
        }
        sums.maxWeighted[j] = maxW;
        sums.maxAbsScore[j] = maxS;
        sums.sumAbsScore[j] = sumA + sumB;
    }
}

// XᵀWX += over the rows of a block, for the tile of columns [j0, j0 + TA) x [k0, k0 + TB). Columns
// beyond p are clamped to the last one and their sums dropped, so edge tiles need no other code.
template<bool Weighted>
void tile(const double *x, Index ld, const double *w, Index rows, Index p, Index j0, Index k0,
          vd *h, Prefetcher &next)
{
    const double *cj[TA];
    const double *ck[TB];
#pragma GCC unroll 16
    for (int a = 0; a < TA; ++a)
        cj[a] = x + imin(j0 + a, p - 1) * ld;
#pragma GCC unroll 16
    for (int b = 0; b < TB; ++b)
        ck[b] = x + imin(k0 + b, p - 1) * ld;
    vd acc[TA][TB];
#pragma GCC unroll 16
    for (int a = 0; a < TA; ++a) {
#pragma GCC unroll 16
        for (int b = 0; b < TB; ++b)
            acc[a][b] = splat(0.0);
    }
    Prefetcher pf = next; // a local copy stays in registers; the caller's is updated at the end
    for (Index i = 0; i < rows; i += W) {
        pf.step();
        vd xa[TA];
        if constexpr (Weighted) {
            const vd wv = load(w + i);
#pragma GCC unroll 16
            for (int a = 0; a < TA; ++a)
                xa[a] = wv * load(cj[a] + i);
        } else {
#pragma GCC unroll 16
            for (int a = 0; a < TA; ++a)
                xa[a] = load(cj[a] + i);
        }
#pragma GCC unroll 16
        for (int b = 0; b < TB; ++b) {
            const vd xk = load(ck[b] + i);
#pragma GCC unroll 16
            for (int a = 0; a < TA; ++a)
                acc[a][b] += xa[a] * xk;
        }
    }
    next = pf;
#pragma GCC unroll 16
    for (int a = 0; a < TA; ++a) {
#pragma GCC unroll 16
        for (int b = 0; b < TB; ++b) {
            const Index j = j0 + a, k = k0 + b;
            if (j < p && k < p && k >= j)
                h[j * p + k] += acc[a][b];
        }
    }
}

// One block of `rows` rows (a multiple of W) of which the first `valid` are real; the others are
// zero padding (x = 0, so they add nothing to XᵀWX or the score; their deviance and w are masked).
void block(const Input &in, const double *x, Index ld, const double *y, const double *offset,
           Index rows, Index valid, double *eta, double *w, double *resid, Sums &sums,
           Prefetcher &next)
{
    const Index p = in.p;
    for (Index i = 0; i < rows; i += W)
        store(eta + i, offset ? load(offset + i) : splat(0.0));
    // Four columns per pass over η: a quarter of the loads and stores of η.
    Index j = 0;
    for (; j + 4 <= p; j += 4) {
        const vd b0 = splat(in.beta[j]), b1 = splat(in.beta[j + 1]);
        const vd b2 = splat(in.beta[j + 2]), b3 = splat(in.beta[j + 3]);
        const double *c0 = x + j * ld, *c1 = c0 + ld, *c2 = c1 + ld, *c3 = c2 + ld;
        for (Index i = 0; i < rows; i += W)
            store(eta + i,
                  load(eta + i)
                      + ((b0 * load(c0 + i) + b1 * load(c1 + i))
                         + (b2 * load(c2 + i) + b3 * load(c3 + i))));
    }
    for (; j < p; ++j) {
        const vd bj = splat(in.beta[j]);
        const double *col = x + j * ld;
        for (Index i = 0; i < rows; i += W)
            store(eta + i, load(eta + i) + bj * load(col + i));
    }

    vd lane = {};
    for (int l = 0; l < W; ++l)
        lane[l] = l;
    vd dev = splat(0.0), sumW = splat(0.0), events = splat(0.0);
    for (Index i = 0; i < rows; i += W) {
        const vl real = lane + static_cast<double>(i) < static_cast<double>(valid);
        const vd e = load(eta + i);
        const vd yv = load(y + i);
        events += yv;
        if (in.family == BinomialCode) {
            // exp(-|η|) is shared by μ, w and the deviance y·softplus(-η) + (1-y)·softplus(η).
            const vd ex = vexp(-vabs(e));
            const vd inv = 1.0 / (1.0 + ex);
            const vd mu = select(e >= 0.0, inv, ex * inv);
            const vd zero = splat(0.0);
            const vd d = 2.0
                * (yv * select(-e > zero, -e, zero) + (1.0 - yv) * select(e > zero, e, zero)
                   + vlog1p(ex));
            const vd wv = ex * inv * inv;
            dev += select(real, d, zero);
            sumW += select(real, wv, zero);
            store(w + i, wv);
            store(resid + i, yv - mu);
        } else if (in.family == PoissonCode) {
            const vd mu = vexp(e);
            vd ylog, lg;
            for (int l = 0; l < W; ++l) {
                const double yl = yv[l];
                const double logy = yl > 0 ? __builtin_log(yl) : 0.0;
                ylog[l] = yl > 0 ? yl * (logy - e[l]) : 0.0;
                int sign
                    = 0; // lgamma_r: lgamma writes the global signgam, a race between two threads
                lg[l] = i + l < valid ? 2.0 * (lgamma_r(yl + 1.0, &sign) - yl * logy + yl) : 0.0;
            }
            const vd zero = splat(0.0);
            dev += select(real, 2.0 * (ylog - (yv - mu)), zero);
            sumW += select(real, mu, zero);
            sums.aicTerm += lg;
            store(w + i, mu);
            store(resid + i, yv - mu);
        } else {
            const vd r = yv - e;
            dev += select(real, r * r, splat(0.0));
            store(resid + i, r);
        }
    }
    sums.deviance += dev;
    sums.events += events;
    if (in.family == GaussianCode)
        sums.sumW[0] += static_cast<double>(valid);
    else
        sums.sumW += sumW;

    // The score, eight columns at a time: eight independent sums instead of one chain of
    // dependent additions (which left the FMA units mostly idle). Columns beyond p are clamped to
    // the last one and dropped.
    for (Index j0 = 0; j0 < p; j0 += 8) {
        const double *col[8];
        vd acc[8];
#pragma GCC unroll 8
        for (int b = 0; b < 8; ++b) {
            col[b] = x + imin(j0 + b, p - 1) * ld;
            acc[b] = splat(0.0);
        }
        for (Index i = 0; i < rows; i += W) {
            const vd r = load(resid + i);
#pragma GCC unroll 8
            for (int b = 0; b < 8; ++b)
                acc[b] += r * load(col[b] + i);
        }
#pragma GCC unroll 8
        for (int b = 0; b < 8; ++b) {
            if (j0 + b < p)
                sums.score[j0 + b] += acc[b];
        }
    }

    if (sums.separation)
        separationTails(eta, y, valid, *sums.separation);
    const bool weighted = in.family != GaussianCode;
    if (sums.maxWeighted) {
        if (weighted)
            dominance<true>(x, ld, w, resid, rows, p, sums);
        else
            dominance<false>(x, ld, w, resid, rows, p, sums);
    }
    Index steps = 0;
    for (Index j0 = 0; j0 < p; j0 += TA) {
        for (Index k0 = j0; k0 < p; k0 += TB)
            steps += rows / W;
    }
    if (next.x && steps > 0) {
        const Index lines = p * ((next.rows + 7) / 8);
        next.perStep = static_cast<int>((lines + steps - 1) / steps);
    }
    for (Index j0 = 0; j0 < p; j0 += TA) {
        for (Index k0 = j0; k0 < p; k0 += TB) {
            if (weighted)
                tile<true>(x, ld, w, rows, p, j0, k0, sums.h, next);
            else
                tile<false>(x, ld, w, rows, p, j0, k0, sums.h, next);
        }
    }
}

void accumulate(const Input &in, Output &out, double *scratch)
{
    const Index p = in.p;
    const Index B = blockRows(p);
    double *base = aligned(scratch);
    Sums sums;
    sums.h = reinterpret_cast<vd *>(base);
    sums.score = sums.h + p * p;
    double *eta = reinterpret_cast<double *>(sums.score + p);
    double *w = eta + B;
    double *resid = w + B;
    double *yBlock = resid + B; // a block's y as doubles when the design keeps bits
    double *padX = yBlock + B;
    double *padY = padX + p * W;
    double *padOffset = padY + W;
    for (Index k = 0; k < p * p; ++k)
        sums.h[k] = splat(0.0);
    for (Index j = 0; j < p; ++j)
        sums.score[j] = splat(0.0);
    if (out.maxWeighted) {
        sums.maxWeighted = reinterpret_cast<vd *>(padOffset + W);
        sums.maxAbsScore = sums.maxWeighted + p;
        sums.sumAbsScore = sums.maxAbsScore + p;
        for (Index j = 0; j < 3 * p; ++j)
            sums.maxWeighted[j] = splat(0.0);
    }
    sums.deviance = sums.sumW = sums.events = sums.aicTerm = splat(0.0);
    sums.separation = in.family == BinomialCode ? out.separation : nullptr;

    const Index whole = in.begin + (in.end - in.begin) / W * W;
    for (Index start = in.begin; start < whole; start += B) {
        const Index rows = imin(B, whole - start);
        Prefetcher next;
        if (start + rows < whole) {
            next.x = in.x + start + rows;
            next.ld = in.ld;
            next.p = p;
            next.rows = imin(B, whole - start - rows);
        }
        const double *y = in.y ? in.y + start : yBlock;
        if (!in.y) {
            for (Index l = 0; l < rows; ++l)
                yBlock[l] = yBit(in.yBits, start + l);
        }
        block(in, in.x + start, in.ld, y, in.offset ? in.offset + start : nullptr, rows, rows, eta,
              w, resid, sums, next);
    }
    if (whole < in.end) {
        // Fewer than W rows remain: a zero-padded copy of them goes through the same code.
        const Index left = in.end - whole;
        for (Index j = 0; j < p; ++j) {
            for (Index l = 0; l < W; ++l)
                padX[j * W + l] = l < left ? in.x[j * in.ld + whole + l] : 0.0;
        }
        for (Index l = 0; l < W; ++l) {
            padY[l] = l >= left ? 0.0 : in.y ? in.y[whole + l] : yBit(in.yBits, whole + l);
            padOffset[l] = l < left && in.offset ? in.offset[whole + l] : 0.0;
        }
        Prefetcher none;
        block(in, padX, W, padY, padOffset, W, left, eta, w, resid, sums, none);
    }

    for (Index j = 0; j < p; ++j) {
        for (Index k = j; k < p; ++k)
            out.h[j * p + k] += hsum(sums.h[j * p + k]);
        out.score[j] += hsum(sums.score[j]);
    }
    if (out.maxWeighted) {
        for (Index j = 0; j < p; ++j) {
            for (int l = 0; l < W; ++l) {
                out.maxWeighted[j] = out.maxWeighted[j] > sums.maxWeighted[j][l]
                    ? out.maxWeighted[j]
                    : sums.maxWeighted[j][l];
                out.maxAbsScore[j] = out.maxAbsScore[j] > sums.maxAbsScore[j][l]
                    ? out.maxAbsScore[j]
                    : sums.maxAbsScore[j][l];
            }
            out.sumAbsScore[j] += hsum(sums.sumAbsScore[j]);
        }
    }
    out.deviance += hsum(sums.deviance);
    out.sumW += hsum(sums.sumW);
    out.events += hsum(sums.events);
    out.aicTerm += hsum(sums.aicTerm);
}

void expArray(const double *in, double *out, Index n)
{
    Index i = 0;
    for (; i + W <= n; i += W)
        store(out + i, vexp(load(in + i)));
    for (; i < n; ++i) {
        vd v = splat(in[i]);
        out[i] = vexp(v)[0];
    }
}

void log1pArray(const double *in, double *out, Index n)
{
    Index i = 0;
    for (; i + W <= n; i += W)
        store(out + i, vlog1p(load(in + i)));
    for (; i < n; ++i) {
        vd v = splat(in[i]);
        out[i] = vlog1p(v)[0];
    }
}

} // namespace
} // namespace FAIRSTART_KERNEL_NS

const Variant FAIRSTART_KERNEL_VARIANT = {
    FAIRSTART_KERNEL_NAME,           FAIRSTART_KERNEL_NS::scratchDoubles,
    FAIRSTART_KERNEL_NS::accumulate, FAIRSTART_KERNEL_NS::expArray,
    FAIRSTART_KERNEL_NS::log1pArray,
};

} // namespace fairstart::analysis::kernel

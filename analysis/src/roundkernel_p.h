// SPDX-License-Identifier: GPL-3.0-or-later
// The interface between computeRound (roundkernel.cpp) and the per-instruction-set kernels
// (roundkernel_<isa>.cpp, all built from roundkernel_impl.h). Plain types only and no inline
// function: the AVX translation units must not emit any code that the linker could share with
// code that runs on every CPU (see roundkernel_impl.h).
#pragma once

#include <cstddef>
#include <cstdint>

namespace fairstart::analysis::kernel {

enum FamilyCode : int { GaussianCode = 0, BinomialCode = 1, PoissonCode = 2 };

struct Input {
    const double *x = nullptr; // column-major: column j starts at x + j * ld
    std::ptrdiff_t ld = 0;
    std::ptrdiff_t p = 0;
    const double *y = nullptr; // or, when null, the 0/1 response as bits:
    const std::uint64_t *yBits = nullptr; // row i's is bit i % 64 of yBits[i / 64]
    const double *offset = nullptr; // nullptr when the design has none
    const double *beta = nullptr; // p values
    int family = GaussianCode;
    std::ptrdiff_t begin = 0, end = 0; // the rows [begin, end)
};

// The separation check (checkSeparation), from the same pass: the kSeparationKept smallest η of the
// rows with y = 1 and the kSeparationKept largest of the rows with y = 0 (kept as -η, so both lists
// keep their smallest values, ascending), and how many rows have y = 1. A verdict on "fewer than k
// records keep the outcomes apart" needs no more for k ≤ kSeparationKept (checkSeparation).
constexpr int kSeparationKept = 64;
struct SeparationTails {
    double lowOnes[kSeparationKept];
    double lowNegZeros[kSeparationKept];
    int onesKept = 0, zerosKept = 0;
    std::int64_t ones = 0, rows = 0;
};

struct Output {
    double *h = nullptr; // p * p, zeroed by the caller; h[j * p + k] is filled for k >= j
    double *score = nullptr; // p, zeroed by the caller
    double deviance = 0, events = 0, sumW = 0, aicTerm = 0;
    // The release gate's round check (checkRoundDominance), from the same pass: per column the
    // largest w·x², the largest |x·(y - μ)| and Σ|x·(y - μ)|. nullptr: not wanted. Otherwise p
    // values each, zeroed by the caller; the kernel takes maxima and adds into them.
    double *maxWeighted = nullptr;
    double *maxAbsScore = nullptr;
    double *sumAbsScore = nullptr;
    // The separation check's tails (binomial only); nullptr: not wanted. Filled from empty by the
    // kernel.
    SeparationTails *separation = nullptr;
};

struct Variant {
    const char *name;
    // Doubles of scratch memory accumulate() needs for p terms (alignment slack included).
    std::ptrdiff_t (*scratchDoubles)(std::ptrdiff_t p);
    void (*accumulate)(const Input &in, Output &out, double *scratch);
    // The kernel's vectorised exp and log1p over an array (n values), for the tests.
    void (*exp)(const double *in, double *out, std::ptrdiff_t n);
    void (*log1p)(const double *in, double *out, std::ptrdiff_t n);
};

extern const Variant baselineVariant;
#if FAIRSTART_KERNEL_X86
extern const Variant avx2Variant;
extern const Variant avx512Variant;
#endif

} // namespace fairstart::analysis::kernel

// SPDX-License-Identifier: GPL-3.0-or-later
// The node's round kernel (computeRound's inner pass) in one version per instruction set, chosen
// once at start-up for the CPU it runs on. The per-site statistics of the versions may differ in
// their last bits (they add in different orders); every version agrees with the baseline to about
// 1e-12 relative (tst_roundkernel).
#pragma once

#include "fairstart/analysis/glm.h"

#include <optional>
#include <string_view>
#include <vector>

namespace fairstart::analysis {

enum class RoundKernel {
    Baseline, // x86-64 without extensions (SSE2); on other architectures the compiler's default
    Avx2, // AVX2 + FMA
    Avx512, // AVX-512F (+ AVX2, FMA)
};

// "baseline", "avx2", "avx512".
std::string_view roundKernelName(RoundKernel kernel);
std::optional<RoundKernel> roundKernelFromName(std::string_view name);

// Built into this program and supported by this CPU (and its operating system).
bool roundKernelSupported(RoundKernel kernel);
// The supported kernels, baseline first.
std::vector<RoundKernel> supportedRoundKernels();

// The kernel computeRound uses, chosen on first use and then fixed for the process: the one the
// environment variable FAIRSTART_KERNEL names (baseline, avx2, avx512) when this CPU supports it,
// otherwise the fastest supported one.
RoundKernel activeRoundKernel();
// What the kernel choice would be for a given FAIRSTART_KERNEL value (nullptr: not set).
RoundKernel chooseRoundKernel(const char *request);
// The active kernel's name, for /v1/info and --version.
std::string_view activeRoundKernelName();

// computeRound with a given kernel (tests and benchmarks). InvalidArgument when this CPU does not
// support it: an unsupported kernel is never executed.
Result<RoundStats> computeRound(const DesignMatrix &design, Family family,
                                const Eigen::VectorXd &beta, RoundKernel kernel);

// The kernel's vectorised exp and log1p over n values (for the accuracy tests). False, and nothing
// written, when the kernel is not supported here.
bool roundKernelExp(RoundKernel kernel, const double *in, double *out, std::size_t n);
bool roundKernelLog1p(RoundKernel kernel, const double *in, double *out, std::size_t n);

} // namespace fairstart::analysis

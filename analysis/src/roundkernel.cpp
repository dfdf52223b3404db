// SPDX-License-Identifier: GPL-3.0-or-later
// computeRound: checks, the two-core split, and the choice of the round kernel for this CPU.
#include "fairstart/analysis/roundkernel.h"
#include "fairstart/analysis/rounddominance.h"

#include "roundkernel_p.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <exception>
#include <optional>
#include <string>
#include <system_error>
#include <thread>

namespace fairstart::analysis {

namespace {

// From this many rows a round is computed in two halves, the second on another core when there
// is one (~5 ms of work at p = 20; below it a thread costs more than it saves).
constexpr Eigen::Index kSplitRows = 100000;

const kernel::Variant *variant(RoundKernel k)
{
    switch (k) {
    case RoundKernel::Baseline:
        return &kernel::baselineVariant;
#if FAIRSTART_KERNEL_X86
    case RoundKernel::Avx2:
        return &kernel::avx2Variant;
    case RoundKernel::Avx512:
        return &kernel::avx512Variant;
#else
    case RoundKernel::Avx2:
    case RoundKernel::Avx512:
        return nullptr;
#endif
    }
    return nullptr;
}

bool cpuSupports(RoundKernel k)
{
    switch (k) {
    case RoundKernel::Baseline:
        return true;
#if FAIRSTART_KERNEL_X86
    // libgcc's checks include the operating system's support (XGETBV) for the wider registers.
    case RoundKernel::Avx2:
        __builtin_cpu_init();
        return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
    case RoundKernel::Avx512:
        __builtin_cpu_init();
        return __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx2")
            && __builtin_cpu_supports("fma");
#else
    case RoundKernel::Avx2:
    case RoundKernel::Avx512:
        return false;
#endif
    }
    return false;
}

// What one range of rows adds to a round (XᵀWX as a full p x p array, upper triangle used).
struct Partial {
    Partial(Eigen::Index p, bool bounds)
        : h(static_cast<std::size_t>(p * p), 0.0)
        , score(static_cast<std::size_t>(p), 0.0)
    {
        if (bounds) {
            maxWeighted.assign(static_cast<std::size_t>(p), 0.0);
            maxAbsScore.assign(static_cast<std::size_t>(p), 0.0);
            sumAbsScore.assign(static_cast<std::size_t>(p), 0.0);
        }
    }
    std::vector<double> h, score;
    std::vector<double> maxWeighted, maxAbsScore, sumAbsScore; // empty: not wanted
    kernel::SeparationTails separation; // with the bounds, for a binomial design
    double deviance = 0, events = 0, sumW = 0, aicTerm = 0;
};

static_assert(kernel::kSeparationKept == separationKept);

// The other half's tails into `into`: each list keeps its kSeparationKept smallest values.
void mergeTails(kernel::SeparationTails &into, const kernel::SeparationTails &other)
{
    auto merge = [](double *kept, int &count, const double *more, int moreCount) {
        std::vector<double> all(kept, kept + count);
        all.insert(all.end(), more, more + moreCount);
        std::sort(all.begin(), all.end());
        count = static_cast<int>(std::min<std::size_t>(all.size(), kernel::kSeparationKept));
        std::copy_n(all.begin(), count, kept);
    };
    merge(into.lowOnes, into.onesKept, other.lowOnes, other.onesKept);
    merge(into.lowNegZeros, into.zerosKept, other.lowNegZeros, other.zerosKept);
    into.ones += other.ones;
    into.rows += other.rows;
}

void accumulateRows(const kernel::Variant &v, const DesignMatrix &design, Family family,
                    const Eigen::VectorXd &beta, Eigen::Index begin, Eigen::Index end, Partial &out)
{
    const Eigen::MatrixXd &X = design.X;
    kernel::Input in;
    in.x = X.data();
    in.ld = X.rows();
    in.p = X.cols();
    in.y = design.y.doubles();
    in.yBits = design.y.bits();
    in.offset = design.offset.size() == X.rows() ? design.offset.data() : nullptr;
    in.beta = beta.data();
    in.family = family == Family::Binomial ? kernel::BinomialCode
        : family == Family::Poisson        ? kernel::PoissonCode
                                           : kernel::GaussianCode;
    in.begin = begin;
    in.end = end;
    std::vector<double> scratch(static_cast<std::size_t>(v.scratchDoubles(in.p)));
    kernel::Output o;
    o.h = out.h.data();
    o.score = out.score.data();
    if (!out.maxWeighted.empty()) {
        o.maxWeighted = out.maxWeighted.data();
        o.maxAbsScore = out.maxAbsScore.data();
        o.sumAbsScore = out.sumAbsScore.data();
        o.separation = &out.separation;
    }
    v.accumulate(in, o, scratch.data());
    out.deviance += o.deviance;
    out.events += o.events;
    out.sumW += o.sumW;
    out.aicTerm += o.aicTerm;
}

Result<RoundStats> computeRoundWith(const DesignMatrix &design, Family family,
                                    const Eigen::VectorXd &beta, RoundKernel kernel,
                                    RoundDominanceBounds *bounds);

bool allFinite(const std::vector<double> &v)
{
    return std::all_of(v.begin(), v.end(), [](double x) { return std::isfinite(x); });
}

} // namespace

std::string_view roundKernelName(RoundKernel kernel)
{
    switch (kernel) {
    case RoundKernel::Baseline:
        return "baseline";
    case RoundKernel::Avx2:
        return "avx2";
    case RoundKernel::Avx512:
        return "avx512";
    }
    return "baseline";
}

std::optional<RoundKernel> roundKernelFromName(std::string_view name)
{
    for (RoundKernel k : { RoundKernel::Baseline, RoundKernel::Avx2, RoundKernel::Avx512 }) {
        if (name == roundKernelName(k))
            return k;
    }
    return std::nullopt;
}

bool roundKernelSupported(RoundKernel kernel)
{
    return variant(kernel) != nullptr && cpuSupports(kernel);
}

std::vector<RoundKernel> supportedRoundKernels()
{
    std::vector<RoundKernel> out;
    for (RoundKernel k : { RoundKernel::Baseline, RoundKernel::Avx2, RoundKernel::Avx512 }) {
        if (roundKernelSupported(k))
            out.push_back(k);
    }
    return out;
}

RoundKernel chooseRoundKernel(const char *request)
{
    if (request) {
        if (auto k = roundKernelFromName(request); k && roundKernelSupported(*k))
            return *k;
    }
    return supportedRoundKernels().back();
}

RoundKernel activeRoundKernel()
{
    // Read once: a process never changes kernel between rounds of a fit.
    static const RoundKernel chosen = chooseRoundKernel(std::getenv("FAIRSTART_KERNEL"));
    return chosen;
}

std::string_view activeRoundKernelName()
{
    return roundKernelName(activeRoundKernel());
}

bool roundKernelExp(RoundKernel kernel, const double *in, double *out, std::size_t n)
{
    if (!roundKernelSupported(kernel))
        return false;
    variant(kernel)->exp(in, out, static_cast<std::ptrdiff_t>(n));
    return true;
}

bool roundKernelLog1p(RoundKernel kernel, const double *in, double *out, std::size_t n)
{
    if (!roundKernelSupported(kernel))
        return false;
    variant(kernel)->log1p(in, out, static_cast<std::ptrdiff_t>(n));
    return true;
}

Result<RoundStats> computeRound(const DesignMatrix &design, Family family,
                                const Eigen::VectorXd &beta)
{
    return computeRound(design, family, beta, activeRoundKernel());
}

Result<RoundStats> computeRound(const DesignMatrix &design, Family family,
                                const Eigen::VectorXd &beta, RoundDominanceBounds *bounds)
{
    return computeRoundWith(design, family, beta, activeRoundKernel(), bounds);
}

Result<RoundStats> computeRound(const DesignMatrix &design, Family family,
                                const Eigen::VectorXd &beta, RoundKernel kernel)
{
    return computeRoundWith(design, family, beta, kernel, nullptr);
}

namespace {

Result<RoundStats> computeRoundWith(const DesignMatrix &design, Family family,
                                    const Eigen::VectorXd &beta, RoundKernel kernel,
                                    RoundDominanceBounds *bounds)
{
    const Eigen::MatrixXd &X = design.X;
    const Eigen::Index n = X.rows();
    const Eigen::Index p = X.cols();
    if (!roundKernelSupported(kernel))
        return makeError(ErrorCode::InvalidArgument,
                         "The round kernel " + std::string(roundKernelName(kernel))
                             + " is not supported by this CPU: use another one.");
    if (beta.size() != p)
        return makeError(ErrorCode::InvalidArgument,
                         "β has " + std::to_string(beta.size()) + " values but the design has "
                             + std::to_string(p) + " terms: send one value per term.");
    if (!beta.allFinite())
        return makeError(ErrorCode::NonFinite,
                         "β contains a value that is not a finite number: the fit has diverged "
                         "or the request is malformed.");
    if (design.y.size() != n || (design.offset.size() != n && design.offset.size() != 0))
        return makeError(ErrorCode::InvalidArgument,
                         "The design's outcome or offset does not match its number of rows.");
    const kernel::Variant &v = *variant(kernel);
    // Two halves of the rows for a large design, summed in a fixed order: the result does not
    // depend on whether the second half ran on another core (it does when there is one).
    const Eigen::Index split = n >= kSplitRows ? n / 2 : n;
    Partial first(p, bounds != nullptr);
    if (split == n) {
        accumulateRows(v, design, family, beta, 0, n, first);
    } else {
        Partial second(p, bounds != nullptr);
        std::exception_ptr failure;
        std::optional<std::thread> helper;
        if (std::thread::hardware_concurrency() > 1) {
            try {
                helper.emplace([&] {
                    try {
                        accumulateRows(v, design, family, beta, split, n, second);
                    } catch (...) {
                        failure = std::current_exception();
                    }
                });
            } catch (const std::system_error &) {
                helper.reset(); // no thread to be had: the same sums, one after the other
            }
        }
        std::exception_ptr ownFailure;
        try {
            accumulateRows(v, design, family, beta, 0, split, first);
        } catch (...) {
            ownFailure = std::current_exception(); // the helper is joined before it goes on
        }
        if (helper)
            helper->join();
        if (ownFailure)
            std::rethrow_exception(ownFailure);
        if (failure)
            std::rethrow_exception(failure);
        if (!helper)
            accumulateRows(v, design, family, beta, split, n, second);
        for (std::size_t i = 0; i < first.h.size(); ++i)
            first.h[i] += second.h[i];
        for (std::size_t i = 0; i < first.score.size(); ++i)
            first.score[i] += second.score[i];
        for (std::size_t i = 0; i < first.maxWeighted.size(); ++i) {
            first.maxWeighted[i] = std::max(first.maxWeighted[i], second.maxWeighted[i]);
            first.maxAbsScore[i] = std::max(first.maxAbsScore[i], second.maxAbsScore[i]);
            first.sumAbsScore[i] += second.sumAbsScore[i];
        }
        if (bounds)
            mergeTails(first.separation, second.separation);
        first.deviance += second.deviance;
        first.events += second.events;
        first.sumW += second.sumW;
        first.aicTerm += second.aicTerm;
    }

    RoundStats s;
    s.p = static_cast<int>(p);
    s.xtwxUpper.reserve(static_cast<std::size_t>(p * (p + 1) / 2));
    for (Eigen::Index i = 0; i < p; ++i) {
        for (Eigen::Index j = i; j < p; ++j)
            s.xtwxUpper.push_back(first.h[static_cast<std::size_t>(i * p + j)]);
    }
    s.score = first.score;
    s.deviance = first.deviance;
    s.n = static_cast<double>(n);
    s.events = first.events;
    s.sumWeights = first.sumW;
    s.aicTerm = first.aicTerm;
    if (bounds) {
        bounds->maxWeighted = std::move(first.maxWeighted);
        bounds->maxAbsScore = std::move(first.maxAbsScore);
        bounds->sumAbsScore = std::move(first.sumAbsScore);
        const kernel::SeparationTails &t = first.separation;
        bounds->separation = family == Family::Binomial && t.rows == n;
        bounds->lowestOnes.assign(t.lowOnes, t.lowOnes + t.onesKept);
        bounds->highestZeros.clear();
        for (int i = 0; i < t.zerosKept; ++i)
            bounds->highestZeros.push_back(-t.lowNegZeros[i]);
        bounds->ones = t.ones;
        bounds->zeros = t.rows - t.ones;
    }
    if (!std::isfinite(s.deviance) || !std::isfinite(s.sumWeights) || !std::isfinite(s.aicTerm)
        || !allFinite(s.xtwxUpper) || !allFinite(s.score))
        return makeError(ErrorCode::NonFinite,
                         "The statistics at this β overflow (a fitted value is too large to "
                         "represent): the coordinator should halve its step.");
    return s;
}

} // namespace

} // namespace fairstart::analysis

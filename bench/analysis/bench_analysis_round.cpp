// SPDX-License-Identifier: GPL-3.0-or-later
// One node-side GLM round (computeRound) on n = 10^6 rows for p = 20 and p = 50, with every round
// kernel this CPU supports and with the previous kernel (Eigen, before issue 16) as a reference,
// beside a streaming read (the sum) of the same design matrix: each repetition times the read and
// then the round, so both see the same machine load. JSON lines on stdout; "active" marks the
// kernel the node would choose.
//
// round_vs_read is the target of issue 16 (wall time, best of the repetitions). On a shared
// machine wall times are time-sliced; round_vs_read_cpu is the same ratio from CPU time (the
// round's two threads' CPU time halved against the one-thread read's), which other processes
// disturb much less. Both are printed; the write-up says which one it quotes.
#include "fairstart/analysis/glm.h"
#include "fairstart/analysis/roundkernel.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <exception>
#include <optional>
#include <random>
#include <string>
#include <thread>
#include <vector>

using namespace fairstart::analysis;

namespace {

double wallNow()
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

double cpuNow()
{
    timespec t {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + 1e-9 * static_cast<double>(t.tv_nsec);
}

struct Timing {
    std::vector<double> wall, cpu;
    double best() const { return *std::min_element(wall.begin(), wall.end()); }
    double median() const
    {
        std::vector<double> w = wall;
        std::sort(w.begin(), w.end());
        return w[w.size() / 2];
    }
    double bestCpu() const { return *std::min_element(cpu.begin(), cpu.end()); }
};

template<typename F> void timeOnce(Timing &t, F &&f)
{
    const double w0 = wallNow(), c0 = cpuNow();
    f();
    t.cpu.push_back(cpuNow() - c0);
    t.wall.push_back(wallNow() - w0);
}

// The kernel before issue 16, kept here as the reference the new kernels are measured against:
// row blocks of ~192 KiB, η and the score by Eigen GEMV, the weights by Eigen array code, XᵀWX by
// a rank-k update of a √w-weighted copy of each block; the rows split over two threads.
void previousRows(const DesignMatrix &design, Family family, const Eigen::VectorXd &beta,
                  Eigen::Index begin, Eigen::Index end, Eigen::MatrixXd &h, double &deviance)
{
    const Eigen::MatrixXd &X = design.X;
    const Eigen::Index p = X.cols();
    const Eigen::Index blockRows = std::clamp<Eigen::Index>(192 * 1024 / (8 * p), 64, 8192);
    Eigen::VectorXd eta(blockRows), resid(blockRows), sqrtW(blockRows),
        score = Eigen::VectorXd::Zero(p);
    Eigen::ArrayXd work(blockRows), muBuffer(blockRows);
    Eigen::MatrixXd weighted(blockRows, p);
    const Eigen::VectorXd y = design.y.values(); // the doubles (a design keeps 0/1 as bits)
    for (Eigen::Index start = begin; start < end; start += blockRows) {
        const Eigen::Index b = std::min(blockRows, end - start);
        const auto Xb = X.middleRows(start, b);
        auto etaB = eta.head(b);
        etaB.noalias() = Xb * beta;
        etaB += design.offset.segment(start, b);
        const auto yb = y.segment(start, b).array();
        const auto e = etaB.array();
        if (family == Family::Binomial) {
            auto ex = work.head(b);
            ex = (-e.abs()).exp();
            auto mu = muBuffer.head(b);
            mu = (e >= 0.0).select(1.0 / (1.0 + ex), ex / (1.0 + ex));
            deviance += 2.0 * (yb * (-e).max(0.0) + (1.0 - yb) * e.max(0.0) + ex.log1p()).sum();
            ex = ex / (1.0 + ex).square();
            resid.head(b) = yb - mu;
            sqrtW.head(b) = ex.sqrt();
        } else {
            resid.head(b) = yb - e;
            deviance += resid.head(b).squaredNorm();
        }
        score.noalias() += Xb.transpose() * resid.head(b);
        if (family == Family::Gaussian) {
            h.selfadjointView<Eigen::Upper>().rankUpdate(Xb.transpose());
        } else {
            auto wb = weighted.topRows(b);
            wb.noalias() = sqrtW.head(b).asDiagonal() * Xb;
            h.selfadjointView<Eigen::Upper>().rankUpdate(wb.transpose());
        }
    }
    deviance += score.sum();
}

double previousRound(const DesignMatrix &d, Family family, const Eigen::VectorXd &beta)
{
    const Eigen::Index n = d.X.rows(), p = d.X.cols();
    Eigen::MatrixXd h1 = Eigen::MatrixXd::Zero(p, p), h2 = h1;
    double dev1 = 0, dev2 = 0;
    std::thread helper([&] { previousRows(d, family, beta, n / 2, n, h2, dev2); });
    previousRows(d, family, beta, 0, n / 2, h1, dev1);
    helper.join();
    return dev1 + dev2 + (h1 + h2).sum();
}

DesignMatrix randomDesign(Eigen::Index n, Eigen::Index p, unsigned seed)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> normal;
    std::uniform_real_distribution<double> uniform;
    DesignMatrix d;
    d.X.resize(n, p);
    d.X.col(0).setOnes();
    for (Eigen::Index j = 1; j < p; ++j) {
        for (Eigen::Index i = 0; i < n; ++i)
            d.X(i, j) = normal(rng);
    }
    d.y.resize(n);
    for (Eigen::Index i = 0; i < n; ++i) {
        const double eta = -1 + 0.3 * d.X(i, 1) - 0.2 * d.X(i, 2);
        d.y[i] = uniform(rng) < 1 / (1 + std::exp(-eta)) ? 1 : 0;
    }
    d.offset = Eigen::VectorXd::Zero(n);
    for (Eigen::Index j = 0; j < p; ++j)
        d.terms.push_back(j == 0 ? "(Intercept)" : "x" + std::to_string(j));
    return d;
}

} // namespace

int main()
{
    const Eigen::Index n = 1000000;
    const int repeats = 7;
    for (Eigen::Index p : { 20, 50 }) {
        const DesignMatrix d = randomDesign(n, p, 42);
        const double bytes = static_cast<double>(n) * static_cast<double>(p) * 8.0;
        volatile double sink = 0;
        const Eigen::VectorXd beta = Eigen::VectorXd::Constant(p, 0.01);
        std::vector<std::optional<RoundKernel>> kernels = { std::nullopt }; // nullopt: previous
        for (RoundKernel k : supportedRoundKernels())
            kernels.push_back(k);
        for (const std::optional<RoundKernel> &k : kernels) {
            for (Family f : { Family::Binomial, Family::Gaussian }) {
                Timing read, read2, round;
                for (int r = 0; r < repeats; ++r) {
                    timeOnce(read, [&] { sink = sink + d.X.sum(); });
                    // The same read with the rows split over two threads, as the round does.
                    timeOnce(read2, [&] {
                        double second = 0;
                        std::thread helper([&] { second = d.X.bottomRows(n - n / 2).sum(); });
                        const double first = d.X.topRows(n / 2).sum();
                        helper.join();
                        sink = sink + first + second;
                    });
                    timeOnce(round, [&] {
                        if (!k) {
                            sink = sink + previousRound(d, f, beta);
                            return;
                        }
                        auto result = computeRound(d, f, beta, *k);
                        if (!result) {
                            std::fprintf(stderr, "%s\n", result.error().message.c_str());
                            std::terminate();
                        }
                        sink = sink + result->deviance;
                    });
                }
                // Per row: η (2p), XᵀWX upper triangle (p(p+1)), score (2p), weighting (p).
                const double pd = static_cast<double>(p);
                const double flops = static_cast<double>(n) * (5 * pd + pd * (pd + 1));
                const double best = round.best();
                std::printf(
                    "{\"bench\":\"glm_round\",\"kernel\":\"%s\",\"active\":%s,"
                    "\"family\":\"%s\",\"n\":%lld,\"p\":%lld,"
                    "\"round_s_best\":%.4f,\"round_s_median\":%.4f,\"rows_per_s\":%.3e,"
                    "\"x_gb_per_s\":%.2f,\"gflop_per_s\":%.2f,\"read_s_best\":%.4f,"
                    "\"read_s_median\":%.4f,\"read_gb_per_s\":%.2f,"
                    "\"round_vs_read\":%.2f,\"read2_s_best\":%.4f,\"round_vs_read2\":%.2f,"
                    "\"round_cpu_s\":%.4f,\"read_cpu_s\":%.4f,\"round_vs_read_cpu\":%.2f}\n",
                    k ? std::string(roundKernelName(*k)).c_str() : "previous",
                    k && *k == activeRoundKernel() ? "true" : "false", familyId(f),
                    static_cast<long long>(n), static_cast<long long>(p), best, round.median(),
                    static_cast<double>(n) / best, bytes / best / 1e9, flops / best / 1e9,
                    read.best(), read.median(), bytes / read.best() / 1e9, best / read.best(),
                    read2.best(), best / read2.best(), round.bestCpu(), read.bestCpu(),
                    round.bestCpu() / 2 / read.bestCpu());
                std::fflush(stdout);
            }
        }
    }
    return 0;
}

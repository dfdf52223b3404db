// SPDX-License-Identifier: GPL-3.0-or-later
// One node-side GLM round (computeRound) on n = 10^6 rows for p = 20 and p = 50, with every round
// kernel this CPU supports, beside a streaming read (the sum) of the same design matrix in the same
// run, on one core (the reference of issue 16) and split over two cores like the round. JSON lines
// on stdout; "active" marks the kernel the node would choose.
#include "fairstart/analysis/glm.h"
#include "fairstart/analysis/roundkernel.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>
#include <string>
#include <thread>
#include <vector>

using namespace fairstart::analysis;

namespace {

double seconds(std::chrono::steady_clock::duration d)
{
    return std::chrono::duration<double>(d).count();
}

template<typename F> std::pair<double, double> timeIt(int repeats, F &&f)
{
    std::vector<double> t;
    for (int r = 0; r < repeats; ++r) {
        const auto start = std::chrono::steady_clock::now();
        f();
        t.push_back(seconds(std::chrono::steady_clock::now() - start));
    }
    std::sort(t.begin(), t.end());
    return { t.front(), t[t.size() / 2] };
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
        const auto [readBest, readMedian] = timeIt(repeats, [&] { sink = sink + d.X.sum(); });
        // The same read with the rows split over two threads, as the round splits them.
        const auto [read2Best, read2Median] = timeIt(repeats, [&] {
            double second = 0;
            std::thread helper([&] { second = d.X.bottomRows(n - n / 2).sum(); });
            const double first = d.X.topRows(n / 2).sum();
            helper.join();
            sink = sink + first + second;
        });
        Eigen::VectorXd beta = Eigen::VectorXd::Constant(p, 0.01);
        for (RoundKernel k : supportedRoundKernels()) {
            for (Family f : { Family::Binomial, Family::Gaussian }) {
                const auto [best, median] = timeIt(repeats, [&] {
                    auto r = computeRound(d, f, beta, k);
                    if (!r)
                        std::fprintf(stderr, "%s\n", r.error().message.c_str());
                    sink = sink + r->deviance;
                });
                // Per row: η (2p), XᵀWX upper triangle (p(p+1)), score (2p), weighting (p).
                const double pd = static_cast<double>(p);
                const double flops = static_cast<double>(n) * (5 * pd + pd * (pd + 1));
                std::printf("{\"bench\":\"glm_round\",\"kernel\":\"%s\",\"active\":%s,"
                            "\"family\":\"%s\",\"n\":%lld,\"p\":%lld,"
                            "\"round_s_best\":%.4f,\"round_s_median\":%.4f,\"rows_per_s\":%.3e,"
                            "\"x_gb_per_s\":%.2f,\"gflop_per_s\":%.2f,\"read_s_best\":%.4f,"
                            "\"read_s_median\":%.4f,\"read_gb_per_s\":%.2f,"
                            "\"round_vs_read\":%.2f,\"read2_s_best\":%.4f,"
                            "\"read2_s_median\":%.4f,\"round_vs_read2\":%.2f}\n",
                            std::string(roundKernelName(k)).c_str(),
                            k == activeRoundKernel() ? "true" : "false", familyId(f),
                            static_cast<long long>(n), static_cast<long long>(p), best, median,
                            static_cast<double>(n) / best, bytes / best / 1e9, flops / best / 1e9,
                            readBest, readMedian, bytes / readBest / 1e9, best / readBest,
                            read2Best, read2Median, best / read2Best);
                std::fflush(stdout);
            }
        }
    }
    return 0;
}

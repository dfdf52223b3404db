// SPDX-License-Identifier: GPL-3.0-or-later
// The release checks of one GLM round (checkRoundDominance) beside the round itself
// (computeRound), and the job-creation checks (checkCells, checkDesignDominance), on n = 10^6
// rows for p = 20. JSON lines on stdout.
#include "fairstart/analysis/disclosure.h"
#include "fairstart/analysis/glm.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>
#include <vector>

using namespace fairstart::analysis;

namespace {

double seconds(std::chrono::steady_clock::duration d)
{
    return std::chrono::duration<double>(d).count();
}

template<typename F> double bestOf(int repeats, F &&f)
{
    std::vector<double> t;
    for (int r = 0; r < repeats; ++r) {
        const auto start = std::chrono::steady_clock::now();
        f();
        t.push_back(seconds(std::chrono::steady_clock::now() - start));
    }
    return *std::min_element(t.begin(), t.end());
}

// Half of the columns continuous, half 0/1 indicators (as AsIs predictors), a binary outcome.
DesignMatrix randomDesign(Eigen::Index n, Eigen::Index p, unsigned seed, ResolvedDesign *resolved)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> normal;
    std::uniform_real_distribution<double> uniform;
    DesignMatrix d;
    d.X.resize(n, p);
    d.X.col(0).setOnes();
    resolved->spec.family = Family::Binomial;
    resolved->spec.outcome.variable = "y";
    for (Eigen::Index j = 1; j < p; ++j) {
        const bool binary = j % 2 == 0;
        for (Eigen::Index i = 0; i < n; ++i)
            d.X(i, j) = binary ? (uniform(rng) < 0.3 ? 1.0 : 0.0) : normal(rng);
        Predictor predictor;
        predictor.variable = "x" + std::to_string(j);
        resolved->spec.predictors.push_back(predictor);
    }
    d.y.resize(n);
    for (Eigen::Index i = 0; i < n; ++i) {
        const double eta = -1 + 0.3 * d.X(i, 1) - 0.2 * d.X(i, 2);
        d.y[i] = uniform(rng) < 1 / (1 + std::exp(-eta)) ? 1 : 0;
    }
    d.offset = Eigen::VectorXd::Zero(n);
    d.terms = resolved->termNames();
    return d;
}

} // namespace

int main()
{
    const Eigen::Index n = 1000000, p = 20;
    const int repeats = 7;
    ResolvedDesign resolved;
    const DesignMatrix d = randomDesign(n, p, 42, &resolved);
    const DisclosurePolicy policy;
    volatile double sink = 0;
    const Eigen::VectorXd beta = Eigen::VectorXd::Constant(p, 0.01);
    for (Family f : { Family::Binomial, Family::Poisson, Family::Gaussian }) {
        const double round = bestOf(repeats, [&] { sink = sink + computeRound(d, f, beta)->n; });
        const double check = bestOf(
            repeats, [&] { sink = sink + checkRoundDominance(d, f, beta, policy).threshold; });
        std::printf("{\"bench\":\"round_dominance\",\"family\":\"%s\",\"n\":%lld,\"p\":%lld,"
                    "\"round_s_best\":%.4f,\"check_s_best\":%.4f,\"check_vs_round\":%.2f}\n",
                    familyId(f), static_cast<long long>(n), static_cast<long long>(p), round, check,
                    check / round);
        std::fflush(stdout);
    }
    const double evaluation = bestOf(
        repeats, [&] { sink = sink + checkEvaluationDominance(d, beta, policy).threshold; });
    const double cells
        = bestOf(3, [&] { sink = sink + double(checkCells(d, resolved, policy).size()); });
    const double dominance
        = bestOf(3, [&] { sink = sink + double(checkDesignDominance(d, policy).size()); });
    std::printf("{\"bench\":\"job_checks\",\"n\":%lld,\"p\":%lld,\"evaluation_dominance_s\":%.4f,"
                "\"cells_s\":%.4f,\"design_dominance_s\":%.4f}\n",
                static_cast<long long>(n), static_cast<long long>(p), evaluation, cells, dominance);
    return 0;
}

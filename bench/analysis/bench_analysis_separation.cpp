// SPDX-License-Identifier: GPL-3.0-or-later
// The separation programme (separationlp.h) on the node's designs beside one GLM round
// (computeRound) of the same design: the bench's honest model (n = 10^6, p = 20, half numeric,
// half 0/1; logistic and Poisson outcomes), every row distinct; designs of 10^6 records over 1000
// and 20000 distinct rows; and the honest model with rare counts (about 60 above 0), where the
// counts do not span the design robustly and the programme runs by row generation over every
// record. JSON lines on stdout (docs/performance.md, branches `poissonlp`, `poissonlp2`,
// `logisticlp`: "poisson_rule_s_best" is the node's rule of the family, Poisson or logistic).
#include "fairstart/analysis/disclosure.h"
#include "fairstart/analysis/glm.h"
#include "fairstart/analysis/separationlp.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>
#include <vector>

using namespace fairstart::analysis;

namespace {

template<typename F> double bestOf(int repeats, F &&f)
{
    double best = 1e300;
    for (int r = 0; r < repeats; ++r) {
        const auto start = std::chrono::steady_clock::now();
        f();
        best = std::min(
            best, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
    return best;
}

// `patterns` = 0: every row distinct (normal numeric columns); else rows drawn from that many
// distinct rows. Outcomes: Poisson counts (mean about 0.5) or 0/1.
DesignMatrix design(Eigen::Index n, Eigen::Index p, Eigen::Index patterns, bool binary,
                    unsigned seed, double shift = 0.0)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> normal;
    std::uniform_real_distribution<double> uniform;
    Eigen::MatrixXd table(patterns > 0 ? patterns : 0, p);
    for (Eigen::Index q = 0; q < table.rows(); ++q) {
        table(q, 0) = 1.0;
        for (Eigen::Index j = 1; j < p; ++j)
            table(q, j) = j % 2 == 0 ? double(uniform(rng) < 0.3) : std::round(normal(rng) * 4.0);
    }
    DesignMatrix d;
    d.X.resize(n, p);
    Eigen::VectorXd y(n);
    for (Eigen::Index i = 0; i < n; ++i) {
        if (patterns > 0) {
            d.X.row(i) = table.row(Eigen::Index(rng() % std::uint64_t(patterns)));
        } else {
            d.X(i, 0) = 1.0;
            for (Eigen::Index j = 1; j < p; ++j)
                d.X(i, j) = j % 2 == 0 ? double(uniform(rng) < 0.3) : normal(rng);
        }
        const double eta = -0.7 + shift + 0.05 * d.X(i, 1) - 0.2 * d.X(i, 2);
        y[i] = binary ? double(uniform(rng) < 1 / (1 + std::exp(-eta)))
                      : double(std::poisson_distribution<int>(std::exp(eta))(rng));
    }
    d.y = y;
    d.offset = Eigen::VectorXd::Zero(n);
    for (Eigen::Index j = 0; j < p; ++j)
        d.terms.push_back("x" + std::to_string(j));
    return d;
}

} // namespace

int main()
{
    const Eigen::Index n = 1000000, p = 20;
    const DisclosurePolicy policy;
    volatile double sink = 0;
    const Eigen::VectorXd beta = Eigen::VectorXd::Constant(p, 0.01);
    struct Case {
        const char *name;
        Eigen::Index patterns;
        Family family;
        double shift = 0.0; // of the linear predictor: −9 leaves about 60 counts above 0
    };
    for (const Case c : { Case { "honest_distinct_rows", 0, Family::Binomial },
                          Case { "honest_distinct_rows", 0, Family::Poisson },
                          Case { "rows_1000", 1000, Family::Poisson },
                          Case { "rows_1000", 1000, Family::Binomial },
                          Case { "rows_20000", 20000, Family::Poisson },
                          Case { "rare_counts_distinct_rows", 0, Family::Poisson, -9.0 },
                          // Branch `logisticlp`: about 1 % ones (the exact pass with unequal
                          // halves) and about 300 ones (just above events-per-parameter's 200 at
                          // p = 20: 30 ones per group).
                          Case { "rare_outcomes_distinct_rows", 0, Family::Binomial, -4.0 },
                          Case { "rarest_outcomes_distinct_rows", 0, Family::Binomial, -7.5 } }) {
        const DesignMatrix d = design(n, p, c.patterns, c.family == Family::Binomial, 7, c.shift);
        const double round = bestOf(3, [&] { sink = sink + computeRound(d, c.family, beta)->n; });
        bool refused = false;
        const double programme = bestOf(
            3, [&] { refused = separationAlongAnyDirection(d, c.family, policy).has_value(); });
        // The node's rule at job opening: the named faces and the programme (Poisson), the exact
        // pass or the programme (logistic, branch `logisticlp`).
        const double whole = c.family == Family::Poisson
            ? bestOf(3,
                     [&] { sink = sink + checkPoissonSeparation(d, c.family, policy).threshold; })
            : bestOf(3,
                     [&] { sink = sink + checkBinomialSeparation(d, c.family, policy).threshold; });
        std::printf("{\"bench\":\"separation_programme\",\"case\":\"%s\",\"family\":\"%s\","
                    "\"n\":%lld,\"p\":%lld,\"round_s_best\":%.4f,\"programme_s_best\":%.4f,"
                    "\"poisson_rule_s_best\":%.4f,\"programme_vs_round\":%.3f,\"refused\":%s}\n",
                    c.name, familyId(c.family), static_cast<long long>(n),
                    static_cast<long long>(p), round, programme, whole, programme / round,
                    refused ? "true" : "false");
        std::fflush(stdout);
    }
    return 0;
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Random problems for the Newton step, and their answers as the bits of every double (16 hex
// digits). tst_newton computes them in process (the library as built) and runs newton_probe_*,
// which compile the same coordinator sources with other flags; the texts must be identical.
// The problems come from integer arithmetic on a fixed generator, so every build sees the same.
#pragma once

#include "fairstart/analysis/design.h"
#include "fairstart/analysis/glm.h"

#include "newton_p.h"

#include <bit>
#include <cinttypes>
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

namespace fairstart::analysis::testing {

// splitmix64: the same sequence everywhere, unlike the <random> distributions.
class Generator {
public:
    explicit Generator(std::uint64_t seed)
        : m_state(seed)
    {
    }
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    // Uniform in [0, 1) with 53 random bits: exact conversions only.
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    // Roughly normal: the sum of four uniforms, centred (Irwin-Hall).
    double normal() { return (uniform() + uniform() + uniform() + uniform() - 2.0) * 1.7320508; }
    int below(int n) { return static_cast<int>(next() % static_cast<std::uint64_t>(n)); }

private:
    std::uint64_t m_state;
};

inline std::string hex(double v)
{
    char buffer[24];
    std::snprintf(buffer, sizeof buffer, "%016" PRIx64, std::bit_cast<std::uint64_t>(v));
    return buffer;
}

inline void appendHex(std::string &out, const double *v, std::size_t n)
{
    for (std::size_t i = 0; i < n; ++i)
        out += ' ' + hex(v[i]);
}

// The linear algebra alone: SPD, nearly singular and singular systems, and logarithms.
inline std::string linearAlgebraProblems(int count)
{
    std::string out;
    Generator g(20261203);
    for (int k = 0; k < count; ++k) {
        const int p = 1 + g.below(24);
        const int m = p + 2 + g.below(40);
        std::vector<double> x(static_cast<std::size_t>(m * p));
        for (double &v : x)
            v = g.normal() * (1.0 + 9.0 * g.uniform());
        const int kind = g.below(4); // 0 SPD, 1 a copy of a column, 2 a constant, 3 near copy
        if (p >= 3 && kind != 0) {
            const int a = 1 + g.below(p - 1), b = g.below(a);
            for (int r = 0; r < m; ++r) {
                double &v = x[static_cast<std::size_t>(r * p + a)];
                const double src = x[static_cast<std::size_t>(r * p + b)];
                v = kind == 1 ? 2.0 * src : kind == 2 ? 3.0 : src + 1e-9 * g.normal();
            }
        }
        for (int r = 0; r < m; ++r)
            x[static_cast<std::size_t>(r * p)] = 1.0;
        newton::Matrix a(p);
        for (int i = 0; i < p; ++i) {
            for (int j = 0; j < p; ++j) {
                double s = 0;
                for (int r = 0; r < m; ++r)
                    s += x[static_cast<std::size_t>(r * p + i)]
                        * x[static_cast<std::size_t>(r * p + j)];
                a(i, j) = s;
            }
        }
        std::vector<double> b(static_cast<std::size_t>(p));
        for (double &v : b)
            v = g.normal() * 100.0;
        out += "problem " + std::to_string(k) + " p " + std::to_string(p) + "\n";
        std::vector<bool> constant;
        const std::vector<int> aliased = newton::aliasedColumns(a, 1e-10, &constant);
        out += "aliased";
        for (std::size_t i = 0; i < aliased.size(); ++i)
            out += ' ' + std::to_string(aliased[i]) + (constant[i] ? "c" : "");
        out += '\n';
        const newton::Cholesky f = newton::cholesky(a);
        out += "cholesky " + std::to_string(f.ok) + ' ' + std::to_string(f.failedColumn);
        appendHex(out, f.l.a.data(), f.l.a.size());
        out += '\n';
        if (f.ok) {
            const std::vector<double> s = newton::solve(f, b);
            out += "solve";
            appendHex(out, s.data(), s.size());
            const newton::Matrix inv = newton::inverse(f);
            out += "\ninverse";
            appendHex(out, inv.a.data(), inv.a.size());
            out += '\n';
        }
        out += "sums " + hex(newton::sumOfSquares(b, 1)) + ' ' + hex(newton::dot(b, b)) + '\n';
        const double positive = std::bit_cast<double>((g.next() >> 2) | 0x0010000000000000ULL);
        out += "log " + hex(newton::log(positive)) + ' ' + hex(newton::log(g.uniform() + 0.5)) + ' '
            + hex(newton::log(1.0 + 1e-6 * g.uniform())) + '\n';
    }
    return out;
}

// A random design of n records and p terms (intercept first), y drawn from the family.
inline DesignMatrix randomDesign(Generator &g, Family family, int n, int p, bool offset)
{
    DesignMatrix d;
    d.X.resize(n, p);
    d.y.resize(n);
    d.offset = Eigen::VectorXd::Zero(n);
    std::vector<double> beta(static_cast<std::size_t>(p));
    for (double &b : beta)
        b = 0.4 * g.normal();
    for (int j = 0; j < p; ++j)
        d.terms.push_back(j == 0 ? "(Intercept)" : "x" + std::to_string(j));
    for (int i = 0; i < n; ++i) {
        double eta = 0;
        for (int j = 0; j < p; ++j) {
            const double v
                = j == 0 ? 1.0 : (j % 3 == 2 ? (g.uniform() < 0.3 ? 1.0 : 0.0) : g.normal());
            d.X(i, j) = v;
            eta += beta[static_cast<std::size_t>(j)] * v;
        }
        if (offset)
            d.offset[i] = 0.5 * g.uniform();
        eta += d.offset[i];
        const double u = g.uniform();
        switch (family) {
        case Family::Binomial:
            // P(y = 1) = logistic(η), by comparing log(u / (1 - u)) with η (one libm call per
            // record, same machine for every process that compares).
            d.y[i] = newton::log(u / (1.0 - u)) < eta ? 1.0 : 0.0;
            break;
        case Family::Poisson: {
            // A count near exp(η): the number of halvings of 8·u below exp(-η), capped.
            double count = 0, level = u;
            const double mean = eta > 2 ? 8.0 : eta > 0 ? 2.0 + 3.0 * eta : 2.0 / (1.0 - eta);
            while (level < 1.0 && count < 40) {
                level += 1.0 / (mean + 1.0) + 0.5 * g.uniform() / (mean + 1.0);
                count += 1;
            }
            d.y[i] = count;
            break;
        }
        case Family::Gaussian:
            d.y[i] = 3.0 + eta + g.normal();
            break;
        }
    }
    d.counts.used = n;
    return d;
}

// Whole fits through the coordinator: every β it asks for, then the result's bits.
inline std::string fitProblems(int count)
{
    std::string out;
    Generator g(7031);
    for (int k = 0; k < count; ++k) {
        const auto family = static_cast<Family>(g.below(3));
        const int p = 2 + g.below(9);
        const int n = 60 + g.below(1500);
        const bool offset = g.below(5) == 0;
        const double lambda = g.below(4) == 0 ? 0.5 + 4.0 * g.uniform() : 0.0;
        const int siteCount = 1 + g.below(3);
        std::vector<DesignMatrix> sites;
        for (int s = 0; s < siteCount; ++s)
            sites.push_back(randomDesign(g, family, n / siteCount + 5, p, offset));
        GlmCoordinator c(sites.front().terms, family, lambda, {}, offset);
        out += "fit " + std::to_string(k) + " family " + std::to_string(int(family)) + " p "
            + std::to_string(p) + '\n';
        for (int round = 0; round < 200 && !c.converged() && !c.failed(); ++round) {
            out += "beta";
            appendHex(out, c.nextBeta().data(), static_cast<std::size_t>(c.nextBeta().size()));
            out += '\n';
            RoundStats sum;
            bool nonFinite = false;
            for (const DesignMatrix &d : sites) {
                auto r = computeRound(d, family, c.nextBeta());
                if (!r) {
                    nonFinite = true;
                    break;
                }
                sum += *r;
            }
            auto status = nonFinite ? c.reportNonFinite() : c.accept(sum);
            out += status ? "status " + std::to_string(int(*status)) + '\n'
                          : std::string("error ") + errorCodeId(status.error().code) + '\n';
        }
        auto r = c.result();
        if (!r) {
            out += std::string("failed ") + errorCodeId(r.error().code);
            for (const std::string &t : r.error().terms)
                out += ' ' + t;
            out += '\n';
            continue;
        }
        out += "final";
        appendHex(out, r->beta.data(), static_cast<std::size_t>(r->beta.size()));
        out += "\ncovariance";
        appendHex(out, r->covariance.data(), static_cast<std::size_t>(r->covariance.size()));
        out += "\ndeviance " + hex(r->deviance) + " null "
            + (r->nullDeviance ? hex(*r->nullDeviance) : std::string("none")) + " rounds "
            + std::to_string(r->rounds) + '\n';
    }
    return out;
}

// The golden file's text (data/newton_golden.txt): fits whose every round's summed statistics
// are written out with what the coordinator must answer to them. Replaying the statistics needs
// no kernel, so the expected bits hold on every machine (the kernel's may differ per CPU).
// Regenerate with `newton_probe_O0 --golden > tests/analysis/data/newton_golden.txt` only when
// the Newton step is meant to change, and say so in the commit.
inline std::string goldenText()
{
    std::string out = "# Replayed by tst_newton::golden. Bits of doubles as 16 hex digits.\n"
                      "# case family lambda hasOffset p | stats deviance n events sumWeights "
                      "aicTerm xtwxUpper... score... | after status nextBeta... | result beta... "
                      "| covariance ... | null deviance\n";
    struct Case {
        Family family;
        int p, n, sites;
        bool offset;
        double lambda;
    };
    const Case cases[] = {
        { Family::Binomial, 6, 900, 3, false, 0.0 }, { Family::Poisson, 4, 700, 2, true, 0.0 },
        { Family::Poisson, 5, 500, 2, false, 0.0 },  { Family::Gaussian, 7, 400, 2, false, 3.0 },
        { Family::Binomial, 3, 300, 1, false, 2.0 },
    };
    Generator g(424242);
    for (const Case &k : cases) {
        std::vector<DesignMatrix> sites;
        for (int s = 0; s < k.sites; ++s)
            sites.push_back(randomDesign(g, k.family, k.n / k.sites, k.p, k.offset));
        GlmCoordinator c(sites.front().terms, k.family, k.lambda, {}, k.offset);
        out += "case " + std::to_string(int(k.family)) + ' ' + hex(k.lambda) + ' '
            + std::to_string(int(k.offset)) + ' ' + std::to_string(k.p) + '\n';
        while (!c.converged() && !c.failed()) {
            RoundStats sum;
            for (const DesignMatrix &d : sites)
                sum += *computeRound(d, k.family, c.nextBeta());
            out += "stats " + hex(sum.deviance) + ' ' + hex(sum.n) + ' ' + hex(sum.events) + ' '
                + hex(sum.sumWeights) + ' ' + hex(sum.aicTerm);
            appendHex(out, sum.xtwxUpper.data(), sum.xtwxUpper.size());
            appendHex(out, sum.score.data(), sum.score.size());
            auto status = c.accept(sum);
            out += "\nafter " + std::to_string(status ? int(*status) : -1);
            appendHex(out, c.nextBeta().data(), static_cast<std::size_t>(c.nextBeta().size()));
            out += '\n';
        }
        auto r = c.result();
        out += "result";
        appendHex(out, r->beta.data(), static_cast<std::size_t>(r->beta.size()));
        out += "\ncovariance";
        appendHex(out, r->covariance.data(), static_cast<std::size_t>(r->covariance.size()));
        out += "\nnull " + (r->nullDeviance ? hex(*r->nullDeviance) : std::string("none"))
            + "\nend\n";
    }
    return out;
}

} // namespace fairstart::analysis::testing

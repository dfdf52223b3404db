// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16: the linear predictor X β + offset of one shared, immutable design at one β, computed
// once for the several computations that need it at that β, instead of once each. At a node the
// evaluation of a study's final β needs it four times (the risk bins, the evaluation's and the
// bins' dominance rules, the Mann–Whitney statistic) and the two calibration studies' designs
// twice more, all at the same final β on the same cached matrix: one n × p product each, the
// largest cost of opening a calibration job and a third of an evaluation round.
//
// The memo changes no number: a hit is the very vector DesignMatrix::linearPredictor computed for
// the same object and the same β bits (shared inside analysis/, copied by linearPredictor()).
// A Use also keeps the logistic risks of its design at one β for its own scope (issue 16: the
// bins, the evaluation's and the bins' dominance rules, the Mann–Whitney statistic and the
// ledger's risk bins computed them five times at one β in one request); they go with the Use. It is
// consulted only inside a Use (a scope on one thread, naming the design by its shared pointer,
// which the Use holds), so nothing outside such a scope, and no other design, ever sees it. An
// entry holds its design weakly: a design that is gone (and any later object at its address) never
// matches.
#pragma once

#include "fairstart/analysis/design.h"

#include <Eigen/Core>

#include <chrono>
#include <cstdint>
#include <memory>
#include <mutex>
#include <vector>

namespace fairstart::analysis {

class LinearPredictorMemo;
// The linear predictor and the logistic risks at β, shared: from the memo (or the Use's risks)
// when a Use on this thread names this very design, else computed afresh. Inside analysis/ only
// (src/risk_p.h); outside it, DesignMatrix::linearPredictor.
std::shared_ptr<const Eigen::VectorXd> sharedLinearPredictor(const DesignMatrix &design,
                                                             const Eigen::VectorXd &beta);
std::shared_ptr<const std::vector<double>> sharedLogisticRisks(const DesignMatrix &design,
                                                               const Eigen::VectorXd &beta);

class LinearPredictorMemo {
public:
    // At most `capacity` vectors, each kept at most `keep` after it was last used (purge()).
    explicit LinearPredictorMemo(std::size_t capacity = 2,
                                 std::chrono::milliseconds keep = std::chrono::seconds(20));
    LinearPredictorMemo(const LinearPredictorMemo &) = delete;
    LinearPredictorMemo &operator=(const LinearPredictorMemo &) = delete;

    // While a Use lives, DesignMatrix::linearPredictor called on this thread for the Use's design
    // (that very object) takes X β + offset from the memo when it holds it for the same β bits,
    // and otherwise computes it and keeps it. Uses nest; the innermost one applies.
    class Use {
    public:
        Use(LinearPredictorMemo &memo, std::shared_ptr<const DesignMatrix> design);
        ~Use();
        Use(const Use &) = delete;
        Use &operator=(const Use &) = delete;

    private:
        friend struct DesignMatrix;
        friend std::shared_ptr<const Eigen::VectorXd>
        sharedLinearPredictor(const DesignMatrix &, const Eigen::VectorXd &);
        friend std::shared_ptr<const std::vector<double>>
        sharedLogisticRisks(const DesignMatrix &, const Eigen::VectorXd &);
        LinearPredictorMemo &m_memo;
        std::shared_ptr<const DesignMatrix> m_design;
        const Use *m_previous = nullptr;
        // The risks at one β, for this scope only (n doubles, freed with the Use).
        mutable std::vector<double> m_riskBeta;
        mutable std::shared_ptr<const std::vector<double>> m_risks;
    };

    // Drops the entries whose design is gone or that were not used for longer than `keep`.
    void purge();
    std::size_t size() const;
    // How many linear predictors were taken from the memo (for tests and benchmarks).
    std::uint64_t hits() const;

private:
    friend struct DesignMatrix;
    friend std::shared_ptr<const Eigen::VectorXd> sharedLinearPredictor(const DesignMatrix &,
                                                                        const Eigen::VectorXd &);
    struct Entry {
        std::weak_ptr<const DesignMatrix> design;
        const DesignMatrix *address = nullptr;
        std::vector<double> beta;
        std::shared_ptr<const Eigen::VectorXd> lp;
        std::chrono::steady_clock::time_point used;
    };
    std::shared_ptr<const Eigen::VectorXd> find(const DesignMatrix *design,
                                                const Eigen::VectorXd &beta);
    void keep(const std::shared_ptr<const DesignMatrix> &design, const Eigen::VectorXd &beta,
              std::shared_ptr<const Eigen::VectorXd> lp);
    void purgeLocked(std::chrono::steady_clock::time_point now);

    const std::size_t m_capacity;
    const std::chrono::milliseconds m_keep;
    mutable std::mutex m_mutex;
    std::vector<Entry> m_entries;
    std::uint64_t m_hits = 0;
};

} // namespace fairstart::analysis

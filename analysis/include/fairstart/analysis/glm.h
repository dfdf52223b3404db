// SPDX-License-Identifier: GPL-3.0-or-later
// Federated GLM fitting: the node's one-pass round statistics and the coordinator's Newton steps.
#pragma once

#include "fairstart/analysis/design.h"
#include "fairstart/analysis/model.h"

#include <Eigen/Dense>

#include <optional>
#include <string>
#include <vector>

namespace fairstart::analysis {

// The sufficient statistics of one Newton round at a given β, from one site or summed over sites.
// All families use their canonical link, so with the working weights w (binomial μ(1-μ),
// Poisson μ, Gaussian 1) the Newton step is inv(XᵀWX) · Xᵀ(y - μ).
struct RoundStats {
    int p = 0;
    std::vector<double> xtwxUpper; // p(p+1)/2 values: upper triangle of XᵀWX, row by row
    std::vector<double> score; // Xᵀ(y - μ), p values
    double deviance = 0.0; // the family's deviance at β (Gaussian: residual sum of squares)
    double n = 0.0; // records
    double events = 0.0; // Σ y
    double sumWeights = 0.0; // Σ w
    // Data-only part of -2·log-likelihood, needed for the AIC: Poisson 2·Σ[lgamma(y+1) - y·log y +
    // y]; 0 for binomial (0/1 outcome) and Gaussian (whose AIC follows from deviance and n).
    double aicTerm = 0.0;

    // Adds another site's statistics; both must have the same p (an empty RoundStats takes the
    // other's p), otherwise this is a programming error (std::invalid_argument).
    RoundStats &operator+=(const RoundStats &other);

    // The full symmetric XᵀWX and the score as Eigen objects.
    Eigen::MatrixXd xtwx() const;
    Eigen::VectorXd scoreVector() const;
};

// One streaming pass over the design matrix in row blocks (no n x p temporary): XᵀWX, score,
// deviance, n, Σy, Σw at β, with the offset. Errors: β of the wrong length or not finite,
// statistics that overflow (NonFinite: the coordinator should halve the step, see
// GlmCoordinator::reportNonFinite).
Result<RoundStats> computeRound(const DesignMatrix &design, Family family,
                                const Eigen::VectorXd &beta);

struct GlmOptions {
    int maxRounds = 25; // rounds of the full model (the null model's rounds not included)
    double tol = 1e-10; // converged when |Δdev| / (|dev| + 0.1) < tol (R's criterion)
    int maxStepHalvings = 30; // per round
    bool fitNullModel = true; // fit the intercept-only model first, for the null deviance
    // Where the full fit starts instead of β = 0, one value per term: a nearby fit's β (the pooled
    // β for a per-site fit) saves rounds. Only without fitNullModel, whose end is the start.
    Eigen::VectorXd start;
};

struct IterationRecord {
    int round = 0; // 1-based count of evaluated β (null and full phase together)
    bool nullModel = false; // the round belonged to the intercept-only fit
    double deviance = 0.0; // (penalised objective's deviance part)
    int stepHalvings = 0; // halvings that led to this β
};

struct Coefficient {
    std::string term;
    double estimate = 0.0;
    double stdError = 0.0;
    double statistic = 0.0; // z (binomial, Poisson) or t (Gaussian)
    double pValue = 0.0; // two-sided
    double ciLower = 0.0; // 95% Wald interval (Gaussian: t quantile with residual df)
    double ciUpper = 0.0;
    // exp(estimate) and its interval: odds ratios (binomial) and rate ratios (Poisson).
    std::optional<double> ratio;
    std::optional<double> ratioLower;
    std::optional<double> ratioUpper;
};

struct GlmResult {
    Family family = Family::Binomial;
    std::vector<Coefficient> coefficients;
    Eigen::VectorXd beta;
    // dispersion · inv(XᵀWX + λI*) from the last evaluated round; beta is that round's β plus
    // the Newton step its statistics give (no further round), as R reports its last solve.
    Eigen::MatrixXd covariance;
    std::string statisticName; // "z" or "t"
    double deviance = 0.0;
    std::optional<double> nullDeviance; // absent when the null model was not fitted
    double aic = 0.0; // as R's AIC(); for ridge fits the plain deviance-based AIC
    double dispersion = 1.0; // Gaussian: deviance / residual df
    double n = 0.0;
    double events = 0.0;
    double residualDf = 0.0; // n - p
    double nullDf = 0.0; // n - 1
    double ridgeLambda = 0.0;
    int rounds = 0; // evaluated β in total
    std::vector<IterationRecord> trace;
};

// A pure, deterministic Newton/IRLS state machine. The client asks nextBeta(), has every site
// evaluate computeRound at it, sums the RoundStats and passes the sum to accept(), until accept()
// says Converged (then result()) or fails.
//
// Phases. With fitNullModel the result carries the null deviance (the intercept-only model on
// the same design). Without offset it costs no round of its own: the first round, at β = 0,
// gives n, Σy and the deviance at 0, from which the null deviance follows in closed form
// (binomial, Poisson; Gaussian unless ȳ is so far from 0 that Σy² - (Σy)²/n would lose digits).
// That round is also the full fit's first (binomial, Gaussian), or the full fit starts at the
// intercept-only MLE (g(ȳ), 0, ...) (Poisson, where a step from 0 overshoots for large counts).
// With an offset the intercept-only model is a one-parameter Newton fit (typically 3-6 rounds)
// whose final β is the start of the full fit. Without fitNullModel the full fit starts at
// GlmOptions::start (β = 0 when empty) and the result has no null deviance.
//
// Convergence: |Δobjective| / (|objective| + 0.1) < tol between two evaluated rounds (R's
// criterion), then one more Newton step from the last round's statistics. A Gaussian objective
// is exactly quadratic, so there the predicted change of the next step (the decrement) decides
// and a Gaussian fit takes two rounds.
//
// Determinism: every node of a study runs this state machine on the same relayed sums; β, the
// covariance and every decision are computed by scalar code in a fixed order, compiled without
// floating-point contraction or vectorisation (src/newton_p.h), so they are the same bits on
// every machine. p-values, intervals and ratios use libm and may differ in the last bit.
//
// Ridge (λ > 0) minimises  ½·deviance(β) + ½·λ·Σ_{j ≥ 1} β_j²  (the intercept, column 0, is not
// penalised), by Newton steps (XᵀWX + λI*)Δ = score - λI*β; the same objective decides step
// halving and convergence. R reference: penalised IRLS solving (XᵀWX + λI*)β = XᵀWz.
//
// Failures (as Error): separation (binomial or Poisson estimates drifting to infinity, the terms
// named), rank deficiency (XᵀWX singular, the aliased terms named, later columns being blamed
// before earlier ones as R does), no convergence within maxRounds, non-finite statistics.
class GlmCoordinator {
public:
    enum class Status {
        Continue, // evaluate nextBeta() at the sites and accept() the sum
        StepHalved, // the last step raised the objective; nextBeta() is the halved step
        Converged, // result() is ready
    };

    // terms: the design's term names, "(Intercept)" first (ResolvedDesign::termNames()).
    // hasOffset: whether the design has an offset (a column that is not all zero). It chooses the
    // closed-form null deviance, so it must be right; the first round's statistics are checked
    // for the signs of an offset (binomial and Poisson catch any but a tiny, symmetric one) and
    // the null model then takes rounds instead.
    GlmCoordinator(std::vector<std::string> terms, Family family, double ridgeLambda = 0.0,
                   GlmOptions options = {}, bool hasOffset = false);

    // The β the sites must evaluate next.
    const Eigen::VectorXd &nextBeta() const { return m_next; }

    // Consumes the summed statistics at nextBeta(). After a failure or convergence, further calls
    // return InvalidState.
    Result<Status> accept(const RoundStats &summed);

    // A site reported NonFinite statistics at nextBeta(): the step is halved (when there was a
    // step to halve) and nextBeta() changes; otherwise this fails with NonFinite.
    Result<Status> reportNonFinite();

    bool converged() const { return m_state == State::Converged; }
    bool failed() const { return m_state == State::Failed; }
    int rounds() const { return m_rounds; }
    const std::vector<IterationRecord> &trace() const { return m_trace; }
    const std::vector<std::string> &terms() const { return m_terms; }

    // Only after Converged; otherwise InvalidState.
    Result<GlmResult> result() const;

private:
    enum class State { NullPhase, FullPhase, Converged, Failed };

    Result<Status> fail(Error error);
    Result<Status> acceptNull(const RoundStats &s);
    Result<Status> acceptFull(const RoundStats &s);
    double objective(const RoundStats &s, const Eigen::VectorXd &beta) const;
    std::optional<Error> separation(const RoundStats &s) const;

    std::vector<std::string> m_terms;
    Family m_family;
    double m_lambda;
    GlmOptions m_options;
    bool m_hasOffset;
    State m_state;
    int m_rounds = 0;
    int m_fullRounds = 0;
    int m_halvings = 0;
    Eigen::VectorXd m_next;
    Eigen::VectorXd m_current; // last accepted β (full phase)
    Eigen::VectorXd m_final; // m_current plus the last Newton step, once converged
    std::optional<RoundStats> m_currentStats;
    double m_currentObjective = 0.0;
    std::vector<double> m_nullInfoDiag; // diag of inv(information) at the start, for separation
    double m_nullInfoScale = 1.0; // from the information at β = 0 to that at the null MLE
    std::optional<double> m_nullDeviance;
    std::optional<double> m_lastNullDeviance;
    std::vector<IterationRecord> m_trace;
    Error m_error;
};

// Convenience for a single process holding all sites' designs (tests, benchmarks, a one-site
// analysis): runs the coordinator against computeRound on each design until it converges or fails.
Result<GlmResult> fitFederated(const std::vector<const DesignMatrix *> &sites, Family family,
                               double ridgeLambda = 0.0, GlmOptions options = {});

// Distribution helpers used for p-values and intervals (exposed for the tests and the workbench).
double normalCdf(double z);
double normalQuantile(double p);
double studentTCdf(double t, double df);
double studentTQuantile(double p, double df);

} // namespace fairstart::analysis

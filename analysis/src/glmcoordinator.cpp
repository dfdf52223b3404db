// SPDX-License-Identifier: GPL-3.0-or-later
// The coordinator's Newton/IRLS state machine. Every node of a study runs it on the same relayed
// sums and must reach the same β bit for bit, so everything that decides β or the control flow is
// computed by newton_p.h's scalar code, in this translation unit compiled with
// -ffp-contract=off -fno-tree-vectorize (analysis/CMakeLists.txt). Eigen vectors appear only as
// the API's containers; no Eigen arithmetic runs here.
#include "fairstart/analysis/glm.h"

#include "newton_p.h"

#include <cmath>
#include <string>

#if defined(__FAST_MATH__)
#error "The coordinator must not be compiled with -ffast-math: it changes the bits of β."
#endif

namespace fairstart::analysis {

namespace {

// Relative residual variance below which a column counts as a combination of earlier ones.
constexpr double kAliasTolerance = 1e-10;
// Growth of a coefficient's variance from the start of the fit that signals separation.
constexpr double kSeparationVarianceRatio = 1e6;
// The Gaussian null deviance Σy² - (Σy)²/n from the round at β = 0 is used only when it keeps at
// least this share of Σy²: otherwise the subtraction would cost more than 4 of the 16 digits
// (a mean far from zero relative to the spread), and the null model gets a round of its own.
constexpr double kGaussianNullShare = 1e-4;
// ln 2, correctly rounded.
constexpr double kLn2 = 0.69314718055994530942;

std::vector<double> toVector(const Eigen::VectorXd &v)
{
    return std::vector<double>(v.data(), v.data() + v.size());
}

bool allFinite(const std::vector<double> &v)
{
    for (double x : v) {
        if (!std::isfinite(x))
            return false;
    }
    return true;
}

// XᵀWX + λI* and score - λI*β: the penalised Newton system at β (the intercept is not penalised).
void penalisedSystem(const RoundStats &s, double lambda, const Eigen::VectorXd &beta,
                     newton::Matrix &a, std::vector<double> &g)
{
    a = newton::fromUpper(s.p, s.xtwxUpper);
    g = s.score;
    for (int j = 1; j < s.p; ++j) {
        a(j, j) = a(j, j) + lambda;
        g[static_cast<std::size_t>(j)] = g[static_cast<std::size_t>(j)] - lambda * beta[j];
    }
}

// The round at β = 0 of a model without offset has the same fitted value μ₀ for every record
// (binomial ½, Poisson 1, Gaussian 0), so its score's intercept element is Σy - n·μ₀ and its
// weights sum to n·w₀. A design that has an offset after all fails this (unless the offset is
// tiny and symmetric), and the null model is then fitted by rounds instead. The tolerance leaves
// room for the rounding of sums over 10⁷ records.
bool looksLikeNoOffset(const RoundStats &s, Family family)
{
    const double n = s.n, e = s.events, s0 = s.score[0];
    switch (family) {
    case Family::Binomial:
        return std::abs(s0 - (e - 0.5 * n)) <= 1e-8 * (n + std::abs(e))
            && std::abs(s.sumWeights - 0.25 * n) <= 1e-8 * n;
    case Family::Poisson:
        return std::abs(s0 - (e - n)) <= 1e-8 * (n + std::abs(e))
            && std::abs(s.sumWeights - n) <= 1e-8 * n;
    case Family::Gaussian:
        return std::abs(s0 - e) <= 1e-8 * std::sqrt(n * s.deviance) + 1e-300 && s.sumWeights == n;
    }
    return false;
}

// The intercept-only model's deviance from the round at β = 0 (no offset), in closed form: its
// MLE is μ = ȳ for every record.
//   binomial (0/1 outcome): -2·[E·log(E/n) + (n-E)·log((n-E)/n)]; the round's deviance must be
//     2n·log 2, which holds exactly for a 0/1 outcome;
//   Poisson: D₀ = 2·Σ[y·log y - (y - 1)], so 2·Σy·log y = D₀ + 2E - 2n and the null deviance
//     2·Σ[y·log(y/ȳ) - (y - ȳ)] = D₀ + 2E - 2n - 2E·log ȳ;
//   Gaussian: Σ(y - ȳ)² = Σy² - E²/n, with D₀ = Σy² (see kGaussianNullShare).
// std::nullopt when the closed form does not apply; the null model then takes rounds.
std::optional<double> closedFormNullDeviance(const RoundStats &s, Family family)
{
    if (!looksLikeNoOffset(s, family))
        return std::nullopt;
    const double n = s.n, e = s.events, d0 = s.deviance;
    double null = 0;
    switch (family) {
    case Family::Binomial:
        if (std::abs(d0 - 2.0 * n * kLn2) > 1e-8 * d0)
            return std::nullopt;
        null = -2.0 * (e * newton::log(e / n) + (n - e) * newton::log((n - e) / n));
        break;
    case Family::Poisson:
        null = d0 + 2.0 * e - 2.0 * n - 2.0 * e * newton::log(e / n);
        break;
    case Family::Gaussian:
        null = d0 - e * e / n;
        if (!(null > kGaussianNullShare * d0))
            return std::nullopt;
        break;
    }
    if (!std::isfinite(null) || null < 0)
        return std::nullopt;
    return null;
}

// Where the full fit goes after the round at β = 0 that gave the null deviance. Poisson: the
// intercept-only MLE (log ȳ, 0, ...), because a Newton step from β = 0 overshoots badly when the
// counts are large (the step of the intercept is about ȳ - 1). Binomial and Gaussian: the Newton
// step from β = 0, which uses the round already at hand (Gaussian: it is the exact solution).
bool startsAtNullIntercept(Family family)
{
    return family == Family::Poisson;
}

// g(ȳ) for the canonical link, by newton::log so that every node starts at the same bits.
double linkOfMean(Family family, double events, double n)
{
    switch (family) {
    case Family::Binomial:
        return newton::log(events / (n - events));
    case Family::Poisson:
        return newton::log(events / n);
    case Family::Gaussian:
        return events / n;
    }
    return 0;
}

} // namespace

GlmCoordinator::GlmCoordinator(std::vector<std::string> terms, Family family, double ridgeLambda,
                               GlmOptions options, bool hasOffset)
    : m_terms(std::move(terms))
    , m_family(family)
    , m_lambda(ridgeLambda)
    , m_options(options)
    , m_hasOffset(hasOffset)
    , m_state(options.fitNullModel ? State::NullPhase : State::FullPhase)
    , m_next(Eigen::VectorXd::Zero(static_cast<Eigen::Index>(m_terms.size())))
{
    if (m_terms.empty() || m_terms.front() != "(Intercept)") {
        m_state = State::Failed;
        m_error = makeError(ErrorCode::InvalidArgument,
                            "A model needs the intercept as its first term.");
    } else if (!std::isfinite(m_lambda) || m_lambda < 0) {
        m_state = State::Failed;
        m_error = makeError(ErrorCode::InvalidArgument,
                            "The ridge penalty must be a finite number >= 0.");
    } else if (m_options.maxRounds < 1 || !(m_options.tol > 0)) {
        m_state = State::Failed;
        m_error = makeError(ErrorCode::InvalidArgument,
                            "The fit options need at least one round and a positive tolerance.");
    } else if (m_options.start.size() > 0) {
        if (m_options.fitNullModel) {
            m_state = State::Failed;
            m_error = makeError(ErrorCode::InvalidArgument,
                                "A starting β needs the intercept-only fit switched off: that "
                                "fit chooses its own start.");
        } else if (m_options.start.size() != m_next.size() || !m_options.start.allFinite()) {
            m_state = State::Failed;
            m_error = makeError(ErrorCode::InvalidArgument,
                                "The starting β needs one finite value per term ("
                                    + std::to_string(m_next.size()) + ").");
        } else {
            m_next = m_options.start;
        }
    }
}

Result<GlmCoordinator::Status> GlmCoordinator::fail(Error error)
{
    m_state = State::Failed;
    m_error = error;
    return error;
}

double GlmCoordinator::objective(const RoundStats &s, const Eigen::VectorXd &beta) const
{
    return s.deviance + m_lambda * newton::sumOfSquares(toVector(beta), 1);
}

Result<GlmCoordinator::Status> GlmCoordinator::accept(const RoundStats &s)
{
    if (m_state == State::Failed)
        return makeError(ErrorCode::InvalidState, "The fit has already failed: " + m_error.message,
                         m_error.terms);
    if (m_state == State::Converged)
        return makeError(ErrorCode::InvalidState, "The fit has already converged.");
    const auto p = static_cast<int>(m_terms.size());
    if (s.p != p || s.xtwxUpper.size() != static_cast<std::size_t>(p * (p + 1) / 2)
        || s.score.size() != static_cast<std::size_t>(p))
        return fail(makeError(ErrorCode::InvalidArgument,
                              "The round statistics have " + std::to_string(s.p)
                                  + " terms but the model has " + std::to_string(p) + "."));
    if (!(s.n > 0))
        return fail(makeError(ErrorCode::EmptyCohort,
                              "The sites returned no records: widen the filters or check "
                              "consent."));
    if (!std::isfinite(s.deviance) || !allFinite(s.xtwxUpper) || !allFinite(s.score)
        || !std::isfinite(s.n) || !std::isfinite(s.events))
        return reportNonFinite();
    ++m_rounds;
    return m_state == State::NullPhase ? acceptNull(s) : acceptFull(s);
}

Result<GlmCoordinator::Status> GlmCoordinator::reportNonFinite()
{
    if (m_state == State::Failed || m_state == State::Converged)
        return makeError(ErrorCode::InvalidState, "The fit has already finished.");
    const Eigen::VectorXd *anchor = nullptr;
    if (m_state == State::FullPhase && m_currentStats)
        anchor = &m_current;
    if (!anchor || ++m_halvings > m_options.maxStepHalvings)
        return fail(makeError(ErrorCode::NonFinite,
                              "The model's statistics are not finite numbers (a fitted value "
                              "overflowed): check the data for extreme values and the model for "
                              "terms with huge effects."));
    for (Eigen::Index j = 0; j < m_next.size(); ++j)
        m_next[j] = 0.5 * ((*anchor)[j] + m_next[j]);
    return Status::StepHalved;
}

Result<GlmCoordinator::Status> GlmCoordinator::acceptNull(const RoundStats &s)
{
    if ((m_family == Family::Binomial && (s.events <= 0 || s.events >= s.n))
        || (m_family == Family::Poisson && s.events <= 0))
        return fail(makeError(ErrorCode::InvalidValue,
                              "The outcome is the same for every record (no events, or only "
                              "events): the model cannot be fitted. Check the outcome and the "
                              "filters."));
    m_trace.push_back({ m_rounds, true, s.deviance, 0 });
    const bool first = m_rounds == 1 || !m_lastNullDeviance;
    // Without an offset the first round (at β = 0) already holds n, Σy and the deviance at 0,
    // from which the null deviance follows: the null model costs no round of its own.
    if (first && !m_hasOffset) {
        if (const auto null = closedFormNullDeviance(s, m_family)) {
            m_nullDeviance = *null;
            m_state = State::FullPhase;
            // Separation compares variances with those at the intercept-only MLE. Binomial
            // starts from β = 0 (weights ¼), where the information is 1/(4ȳ(1-ȳ)) times that at
            // the MLE (weights ȳ(1-ȳ)): the variances at 0 are scaled up by that factor.
            if (m_family == Family::Binomial)
                m_nullInfoScale = (s.n * s.n) / (4.0 * s.events * (s.n - s.events));
            if (!startsAtNullIntercept(m_family))
                return acceptFull(s); // this round is also the full fit's first
            m_next.setZero();
            m_next[0] = linkOfMean(m_family, s.events, s.n);
            return Status::Continue;
        }
    }
    const double h00 = s.xtwxUpper[0];
    const double s0 = s.score[0];
    if (!(h00 > 0))
        return fail(makeError(ErrorCode::NonFinite,
                              "The intercept-only model has no information: the fitted values "
                              "are degenerate."));
    bool converged = false;
    if (!first) {
        const double decrement = s0 * s0 / h00;
        converged = decrement < m_options.tol * (std::abs(s.deviance) + 0.1)
            || std::abs(s.deviance - *m_lastNullDeviance) / (std::abs(s.deviance) + 0.1)
                < m_options.tol;
    }
    m_lastNullDeviance = s.deviance;
    if (converged) {
        m_nullDeviance = s.deviance;
        m_state = State::FullPhase;
        return acceptFull(s);
    }
    if (first && !m_hasOffset) {
        m_next.setZero();
        m_next[0] = linkOfMean(m_family, s.events, s.n);
    } else {
        m_next[0] = m_next[0] + s0 / h00;
    }
    if (m_rounds >= m_options.maxRounds)
        return fail(makeError(ErrorCode::NotConverged,
                              "The intercept-only model did not converge within "
                                  + std::to_string(m_options.maxRounds)
                                  + " rounds: check the offset for extreme values."));
    return Status::Continue;
}

Result<GlmCoordinator::Status> GlmCoordinator::acceptFull(const RoundStats &s)
{
    const double obj = objective(s, m_next);
    if (m_currentStats) {
        const double change = std::abs(obj - m_currentObjective) / (std::abs(obj) + 0.1);
        if (obj > m_currentObjective && change >= m_options.tol) {
            if (++m_halvings > m_options.maxStepHalvings)
                return fail(makeError(ErrorCode::NotConverged,
                                      "The fit could not lower the deviance even with very small "
                                      "steps: the model may be badly specified."));
            m_trace.push_back({ m_rounds, false, s.deviance, m_halvings });
            for (Eigen::Index j = 0; j < m_next.size(); ++j)
                m_next[j] = 0.5 * (m_current[j] + m_next[j]);
            return Status::StepHalved;
        }
        if (m_trace.empty() || m_trace.back().round != m_rounds)
            m_trace.push_back({ m_rounds, false, s.deviance, m_halvings });
        m_halvings = 0;
        m_current = m_next;
        m_currentStats = s;
        m_currentObjective = obj;
        ++m_fullRounds;
        if (change < m_options.tol) {
            m_state = State::Converged;
            if (auto separated = separation(s))
                return fail(*separated);
            // One more Newton step from the statistics already at hand costs no round and
            // makes β quadratically more accurate (R likewise reports the β of its last solve).
            newton::Matrix a;
            std::vector<double> g;
            penalisedSystem(s, m_lambda, m_current, a, g);
            const newton::Cholesky llt = newton::cholesky(a);
            m_final = m_current;
            if (llt.ok) {
                const std::vector<double> step = newton::solve(llt, g);
                if (allFinite(step)) {
                    for (Eigen::Index j = 0; j < m_final.size(); ++j)
                        m_final[j] = m_final[j] + step[static_cast<std::size_t>(j)];
                }
            }
            return Status::Converged;
        }
    } else {
        if (m_trace.empty() || m_trace.back().round != m_rounds)
            m_trace.push_back({ m_rounds, false, s.deviance, 0 });
        m_current = m_next;
        m_currentStats = s;
        m_currentObjective = obj;
        ++m_fullRounds;
    }
    if (m_fullRounds >= m_options.maxRounds) {
        if (auto separated = separation(s))
            return fail(*separated);
        return fail(makeError(ErrorCode::NotConverged,
                              "The fit did not converge within "
                                  + std::to_string(m_options.maxRounds)
                                  + " rounds: simplify the model or check for separation."));
    }

    // Newton step on the penalised objective.
    newton::Matrix a;
    std::vector<double> g;
    penalisedSystem(s, m_lambda, m_current, a, g);
    std::vector<bool> constant;
    const std::vector<int> aliased = newton::aliasedColumns(a, kAliasTolerance, &constant);
    if (!aliased.empty()) {
        std::vector<std::string> names, constants;
        for (std::size_t i = 0; i < aliased.size(); ++i) {
            names.push_back(m_terms[static_cast<std::size_t>(aliased[i])]);
            if (constant[i])
                constants.push_back(names.back());
        }
        std::string list;
        for (const std::string &t : names)
            list += (list.empty() ? "" : ", ") + t;
        if (constants.size() == names.size())
            return fail(makeError(ErrorCode::ConstantColumn,
                                  "The term(s) " + list
                                      + " do not vary in the cohort (constant, or a level no "
                                        "record has), so they cannot be estimated: remove them or "
                                        "merge the level.",
                                  names));
        return fail(makeError(ErrorCode::RankDeficient,
                              "The term(s) " + list
                                  + " are exact combinations of earlier terms (the design is "
                                    "singular): remove them or merge categories.",
                              names));
    }
    const newton::Cholesky llt = newton::cholesky(a);
    if (!llt.ok)
        return fail(makeError(ErrorCode::RankDeficient,
                              "The information matrix is not positive definite: the design is "
                              "singular or nearly so. Remove redundant terms."));
    if (m_nullInfoDiag.empty()) {
        const newton::Matrix inv = newton::inverse(llt);
        for (int j = 0; j < inv.p; ++j)
            m_nullInfoDiag.push_back(inv(j, j) * m_nullInfoScale);
    }
    const std::vector<double> step = newton::solve(llt, g);
    if (!allFinite(step))
        return fail(makeError(ErrorCode::NonFinite,
                              "The Newton step is not finite: the design is nearly singular."));
    if (m_family == Family::Gaussian) {
        // The Gaussian objective is exactly quadratic and its information does not depend on β:
        // the decrement gᵀΔ is the change the next round would show, so when that is below the
        // tolerance the next round is not needed; β gets this last step as above.
        const double decrement = newton::dot(g, step);
        if (decrement < m_options.tol * (std::abs(obj) + 0.1)) {
            m_state = State::Converged;
            m_final = m_current;
            for (Eigen::Index j = 0; j < m_final.size(); ++j)
                m_final[j] = m_final[j] + step[static_cast<std::size_t>(j)];
            return Status::Converged;
        }
    }
    m_next = m_current;
    for (Eigen::Index j = 0; j < m_next.size(); ++j)
        m_next[j] = m_next[j] + step[static_cast<std::size_t>(j)];
    return Status::Continue;
}

std::optional<Error> GlmCoordinator::separation(const RoundStats &s) const
{
    // A coefficient whose variance exploded since the start of the fit is drifting to infinity.
    if (m_family == Family::Gaussian || m_lambda > 0 || m_nullInfoDiag.empty())
        return std::nullopt;
    // Columns whose pivot vanished have no finite variance at all; the others are compared with
    // their variance at the start.
    newton::Matrix h = newton::fromUpper(s.p, s.xtwxUpper);
    std::vector<bool> infinite(static_cast<std::size_t>(s.p), false);
    newton::Cholesky llt = newton::cholesky(h);
    while (!llt.ok) {
        const int j = llt.failedColumn;
        infinite[static_cast<std::size_t>(j)] = true;
        for (int i = 0; i < s.p; ++i) {
            h(i, j) = i == j ? 1.0 : 0.0;
            h(j, i) = h(i, j);
        }
        llt = newton::cholesky(h);
    }
    const newton::Matrix inv = newton::inverse(llt);
    std::vector<std::string> separated;
    for (int j = 1; j < s.p; ++j) {
        if (infinite[static_cast<std::size_t>(j)]
            || !(inv(j, j)
                 <= kSeparationVarianceRatio * m_nullInfoDiag[static_cast<std::size_t>(j)]))
            separated.push_back(m_terms[static_cast<std::size_t>(j)]);
    }
    if (separated.empty())
        return std::nullopt;
    std::string list;
    for (const std::string &t : separated)
        list += (list.empty() ? "" : ", ") + t;
    return makeError(ErrorCode::Separation,
                     "The outcome is perfectly or almost perfectly predicted by " + list
                         + " (separation): the estimates drift to infinity. Merge sparse "
                           "categories, remove these terms, or use a ridge penalty.",
                     separated);
}

Result<GlmResult> GlmCoordinator::result() const
{
    if (m_state != State::Converged)
        return makeError(ErrorCode::InvalidState,
                         m_state == State::Failed ? "The fit failed: " + m_error.message
                                                  : std::string("The fit has not converged yet."),
                         m_error.terms);
    const RoundStats &s = *m_currentStats;
    const auto p = static_cast<Eigen::Index>(m_terms.size());
    GlmResult r;
    r.family = m_family;
    r.beta = m_final;
    r.deviance = s.deviance;
    r.nullDeviance = m_nullDeviance;
    r.n = s.n;
    r.events = s.events;
    r.residualDf = s.n - static_cast<double>(p);
    r.nullDf = s.n - 1.0;
    r.ridgeLambda = m_lambda;
    r.rounds = m_rounds;
    r.trace = m_trace;
    const bool gaussian = m_family == Family::Gaussian;
    if (gaussian) {
        if (!(r.residualDf > 0))
            return makeError(ErrorCode::RankDeficient,
                             "The model has as many terms as records, so no standard error can "
                             "be estimated: use fewer terms or more records.");
        r.dispersion = s.deviance / r.residualDf;
    }
    newton::Matrix a;
    std::vector<double> g;
    penalisedSystem(s, m_lambda, m_current, a, g);
    const newton::Cholesky llt = newton::cholesky(a);
    r.covariance.resize(p, p);
    if (llt.ok) {
        const newton::Matrix inv = newton::inverse(llt);
        for (Eigen::Index i = 0; i < p; ++i) {
            for (Eigen::Index j = 0; j < p; ++j)
                r.covariance(i, j) = r.dispersion * inv(static_cast<int>(i), static_cast<int>(j));
        }
    } else {
        r.covariance.setConstant(std::numeric_limits<double>::quiet_NaN());
    }
    r.statisticName = gaussian ? "t" : "z";
    // Below, only reported numbers (never β): libm's functions are fine here.
    const double q = gaussian ? studentTQuantile(0.975, r.residualDf) : normalQuantile(0.975);
    const double pd = static_cast<double>(p);
    switch (m_family) {
    case Family::Binomial:
        r.aic = s.deviance + 2 * pd;
        break;
    case Family::Poisson:
        r.aic = s.deviance + s.aicTerm + 2 * pd;
        break;
    case Family::Gaussian:
        r.aic = s.n * (std::log(2 * M_PI * s.deviance / s.n) + 1) + 2 + 2 * pd;
        break;
    }
    for (Eigen::Index j = 0; j < p; ++j) {
        Coefficient c;
        c.term = m_terms[static_cast<std::size_t>(j)];
        c.estimate = m_final[j];
        c.stdError = std::sqrt(r.covariance(j, j));
        c.statistic = c.estimate / c.stdError;
        c.pValue = gaussian ? 2 * studentTCdf(-std::abs(c.statistic), r.residualDf)
                            : std::erfc(std::abs(c.statistic) / std::sqrt(2.0));
        c.ciLower = c.estimate - q * c.stdError;
        c.ciUpper = c.estimate + q * c.stdError;
        if (!gaussian) {
            c.ratio = std::exp(c.estimate);
            c.ratioLower = std::exp(c.ciLower);
            c.ratioUpper = std::exp(c.ciUpper);
        }
        if (!std::isfinite(c.stdError) || !std::isfinite(c.pValue))
            return makeError(ErrorCode::NonFinite,
                             "The standard error of " + c.term
                                 + " is not a finite number: the design is nearly singular.",
                             { c.term });
        r.coefficients.push_back(std::move(c));
    }
    return r;
}

} // namespace fairstart::analysis

// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/analysis/glm.h"

#include <algorithm>
#include <cmath>
#include <exception>
#include <limits>
#include <optional>
#include <stdexcept>
#include <system_error>
#include <thread>

namespace fairstart::analysis {

namespace {

// Relative residual variance below which a column counts as a combination of earlier ones.
constexpr double kAliasTolerance = 1e-10;
// Growth of a coefficient's variance from the start of the fit that signals separation.
constexpr double kSeparationVarianceRatio = 1e6;

bool allFinite(const std::vector<double> &v)
{
    return std::all_of(v.begin(), v.end(), [](double x) { return std::isfinite(x); });
}

} // namespace

RoundStats &RoundStats::operator+=(const RoundStats &other)
{
    if (p == 0 && xtwxUpper.empty()) {
        *this = other;
        return *this;
    }
    if (other.p != p || other.xtwxUpper.size() != xtwxUpper.size()
        || other.score.size() != score.size())
        throw std::invalid_argument("RoundStats of different sizes cannot be added");
    for (std::size_t i = 0; i < xtwxUpper.size(); ++i)
        xtwxUpper[i] += other.xtwxUpper[i];
    for (std::size_t i = 0; i < score.size(); ++i)
        score[i] += other.score[i];
    deviance += other.deviance;
    n += other.n;
    events += other.events;
    sumWeights += other.sumWeights;
    aicTerm += other.aicTerm;
    return *this;
}

Eigen::MatrixXd RoundStats::xtwx() const
{
    Eigen::MatrixXd h(p, p);
    std::size_t k = 0;
    for (int i = 0; i < p; ++i) {
        for (int j = i; j < p; ++j) {
            h(i, j) = xtwxUpper[k];
            h(j, i) = xtwxUpper[k];
            ++k;
        }
    }
    return h;
}

Eigen::VectorXd RoundStats::scoreVector() const
{
    return Eigen::Map<const Eigen::VectorXd>(score.data(), static_cast<Eigen::Index>(score.size()));
}

// computeRound and its kernels: roundkernel.cpp.

// ---- distributions ----------------------------------------------------------------------------

double normalCdf(double z)
{
    return 0.5 * std::erfc(-z / std::sqrt(2.0));
}

double normalQuantile(double p)
{
    if (!(p > 0 && p < 1))
        return p == 0 ? -std::numeric_limits<double>::infinity()
            : p == 1  ? std::numeric_limits<double>::infinity()
                      : std::numeric_limits<double>::quiet_NaN();
    // Acklam's rational approximation, then two Newton steps on erfc to full precision.
    static const double a[]
        = { -3.969683028665376e+01, 2.209460984245205e+02,  -2.759285104469687e+02,
            1.383577518672690e+02,  -3.066479806614716e+01, 2.506628277459239e+00 };
    static const double b[]
        = { -5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
            6.680131188771972e+01, -1.328068155288572e+01 };
    static const double c[]
        = { -7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
            -2.549732539343734e+00, 4.374664141464968e+00,  2.938163982698783e+00 };
    static const double d[] = { 7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
                                3.754408661907416e+00 };
    double x;
    if (p < 0.02425) {
        const double q = std::sqrt(-2 * std::log(p));
        x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
            / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    } else if (p > 1 - 0.02425) {
        const double q = std::sqrt(-2 * std::log(1 - p));
        x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
            / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    } else {
        const double q = p - 0.5;
        const double r = q * q;
        x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
            / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
    }
    for (int i = 0; i < 2; ++i) {
        const double e = normalCdf(x) - p;
        const double u = e * std::sqrt(2 * M_PI) * std::exp(x * x / 2);
        x = x - u / (1 + x * u / 2);
    }
    return x;
}

namespace {

// Continued fraction of the regularised incomplete beta function (modified Lentz).
double betaContinuedFraction(double a, double b, double x)
{
    const double tiny = 1e-300;
    double c = 1.0, d = 1.0 - (a + b) * x / (a + 1.0);
    if (std::abs(d) < tiny)
        d = tiny;
    d = 1.0 / d;
    double h = d;
    for (int m = 1; m <= 1000; ++m) {
        const double m2 = 2.0 * m;
        double aa = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
        d = 1.0 + aa * d;
        if (std::abs(d) < tiny)
            d = tiny;
        c = 1.0 + aa / c;
        if (std::abs(c) < tiny)
            c = tiny;
        d = 1.0 / d;
        h *= d * c;
        aa = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
        d = 1.0 + aa * d;
        if (std::abs(d) < tiny)
            d = tiny;
        c = 1.0 + aa / c;
        if (std::abs(c) < tiny)
            c = tiny;
        d = 1.0 / d;
        const double delta = d * c;
        h *= delta;
        if (std::abs(delta - 1.0) < 1e-16)
            break;
    }
    return h;
}

double regularisedBeta(double a, double b, double x)
{
    if (x <= 0)
        return 0;
    if (x >= 1)
        return 1;
    const double lbeta = std::lgamma(a + b) - std::lgamma(a) - std::lgamma(b) + a * std::log(x)
        + b * std::log1p(-x);
    if (x < (a + 1) / (a + b + 2))
        return std::exp(lbeta) * betaContinuedFraction(a, b, x) / a;
    return 1.0 - std::exp(lbeta) * betaContinuedFraction(b, a, 1.0 - x) / b;
}

} // namespace

double studentTCdf(double t, double df)
{
    if (std::isinf(df))
        return normalCdf(t);
    const double tail = 0.5 * regularisedBeta(df / 2.0, 0.5, df / (df + t * t));
    return t > 0 ? 1.0 - tail : tail;
}

double studentTQuantile(double p, double df)
{
    if (!(p > 0 && p < 1) || !(df > 0))
        return std::numeric_limits<double>::quiet_NaN();
    double lo = -1.0, hi = 1.0;
    while (studentTCdf(lo, df) > p)
        lo *= 2;
    while (studentTCdf(hi, df) < p)
        hi *= 2;
    for (int i = 0; i < 200 && hi - lo > 1e-15 * std::max(1.0, std::abs(hi)); ++i) {
        const double mid = 0.5 * (lo + hi);
        (studentTCdf(mid, df) < p ? lo : hi) = mid;
    }
    return 0.5 * (lo + hi);
}

// ---- coordinator ------------------------------------------------------------------------------

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
    return s.deviance + m_lambda * beta.tail(beta.size() - 1).squaredNorm();
}

namespace {

// Columns aliased with earlier ones, in R's order of blame: a greedy pivot-free Cholesky of the
// correlation form of the (penalised) information.
std::vector<Eigen::Index> aliasedColumns(const Eigen::MatrixXd &a, std::vector<bool> *constant)
{
    const Eigen::Index p = a.rows();
    Eigen::VectorXd scale(p);
    for (Eigen::Index j = 0; j < p; ++j)
        scale[j] = a(j, j) > 0 ? 1.0 / std::sqrt(a(j, j)) : 0.0;
    const Eigen::MatrixXd c = scale.asDiagonal() * a * scale.asDiagonal();
    std::vector<Eigen::Index> kept, aliased;
    Eigen::MatrixXd l = Eigen::MatrixXd::Zero(p, p); // rows: kept columns' Cholesky factors
    for (Eigen::Index j = 0; j < p; ++j) {
        if (scale[j] == 0) {
            aliased.push_back(j);
            if (constant)
                constant->push_back(true);
            continue;
        }
        const auto k = static_cast<Eigen::Index>(kept.size());
        Eigen::VectorXd v(k);
        for (Eigen::Index i = 0; i < k; ++i)
            v[i] = c(kept[static_cast<std::size_t>(i)], j);
        Eigen::VectorXd w = l.topLeftCorner(k, k).triangularView<Eigen::Lower>().solve(v);
        const double r = c(j, j) - w.squaredNorm();
        if (r < kAliasTolerance) {
            aliased.push_back(j);
            if (constant) {
                // Constant when the intercept (column 0) alone explains it.
                const double r0 = k > 0 && kept.front() == 0 ? 1.0 - c(0, j) * c(0, j) : 1.0;
                constant->push_back(r0 < kAliasTolerance);
            }
            continue;
        }
        l.block(k, 0, 1, k) = w.transpose();
        l(k, k) = std::sqrt(r);
        kept.push_back(j);
    }
    return aliased;
}

} // namespace

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
    m_next = 0.5 * (*anchor + m_next);
    return Status::StepHalved;
}

Result<GlmCoordinator::Status> GlmCoordinator::acceptNull(const RoundStats &s)
{
    const double ybar = s.events / s.n;
    if ((m_family == Family::Binomial && (s.events <= 0 || s.events >= s.n))
        || (m_family == Family::Poisson && s.events <= 0))
        return fail(makeError(ErrorCode::InvalidValue,
                              "The outcome is the same for every record (no events, or only "
                              "events): the model cannot be fitted. Check the outcome and the "
                              "filters."));
    m_trace.push_back({ m_rounds, true, s.deviance, 0 });
    const Eigen::MatrixXd h = s.xtwx();
    const double h00 = h(0, 0);
    const double s0 = s.score[0];
    if (!(h00 > 0))
        return fail(makeError(ErrorCode::NonFinite,
                              "The intercept-only model has no information: the fitted values "
                              "are degenerate."));
    const bool first = m_rounds == 1 || !m_lastNullDeviance;
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
    if (first && !m_hasOffset && m_family != Family::Gaussian) {
        m_next.setZero();
        m_next[0] = m_family == Family::Binomial ? std::log(ybar / (1.0 - ybar)) : std::log(ybar);
    } else {
        m_next[0] += s0 / h00;
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
            m_next = 0.5 * (m_current + m_next);
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
            Eigen::MatrixXd a = s.xtwx();
            Eigen::VectorXd g = s.scoreVector();
            for (Eigen::Index j = 1; j < a.rows(); ++j) {
                a(j, j) += m_lambda;
                g[j] -= m_lambda * m_current[j];
            }
            Eigen::LLT<Eigen::MatrixXd> llt(a);
            m_final = m_current;
            if (llt.info() == Eigen::Success) {
                const Eigen::VectorXd step = llt.solve(g);
                if (step.allFinite())
                    m_final += step;
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
    const auto p = static_cast<Eigen::Index>(m_terms.size());
    Eigen::MatrixXd a = s.xtwx();
    Eigen::VectorXd g = s.scoreVector();
    for (Eigen::Index j = 1; j < p; ++j) {
        a(j, j) += m_lambda;
        g[j] -= m_lambda * m_current[j];
    }
    std::vector<bool> constant;
    const auto aliased = aliasedColumns(a, &constant);
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
    Eigen::LLT<Eigen::MatrixXd> llt(a);
    if (llt.info() != Eigen::Success)
        return fail(makeError(ErrorCode::RankDeficient,
                              "The information matrix is not positive definite: the design is "
                              "singular or nearly so. Remove redundant terms."));
    if (m_nullInfoDiag.size() == 0)
        m_nullInfoDiag = llt.solve(Eigen::MatrixXd::Identity(p, p)).diagonal();
    const Eigen::VectorXd step = llt.solve(g);
    if (!step.allFinite())
        return fail(makeError(ErrorCode::NonFinite,
                              "The Newton step is not finite: the design is nearly singular."));
    m_next = m_current + step;
    return Status::Continue;
}

std::optional<Error> GlmCoordinator::separation(const RoundStats &s) const
{
    // A coefficient whose variance exploded since the start of the fit is drifting to infinity.
    if (m_family == Family::Gaussian || m_lambda > 0 || m_nullInfoDiag.size() == 0)
        return std::nullopt;
    const Eigen::MatrixXd h = s.xtwx();
    Eigen::LDLT<Eigen::MatrixXd> ldlt(h);
    const Eigen::VectorXd diag
        = ldlt.solve(Eigen::MatrixXd::Identity(h.rows(), h.cols())).diagonal();
    std::vector<std::string> separated;
    for (Eigen::Index j = 1; j < diag.size(); ++j) {
        if (!(diag[j] <= kSeparationVarianceRatio * m_nullInfoDiag[j]))
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
    Eigen::MatrixXd a = s.xtwx();
    for (Eigen::Index j = 1; j < p; ++j)
        a(j, j) += m_lambda;
    Eigen::LLT<Eigen::MatrixXd> llt(a);
    r.covariance = r.dispersion * llt.solve(Eigen::MatrixXd::Identity(p, p));
    r.statisticName = gaussian ? "t" : "z";
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

Result<GlmResult> fitFederated(const std::vector<const DesignMatrix *> &sites, Family family,
                               double ridgeLambda, GlmOptions options)
{
    if (sites.empty())
        return makeError(ErrorCode::InvalidArgument, "No site to fit the model on.");
    const std::vector<std::string> &terms = sites.front()->terms;
    bool hasOffset = false;
    for (const DesignMatrix *d : sites) {
        if (d->terms != terms)
            return makeError(
                ErrorCode::InvalidArgument,
                "The sites' designs have different terms: resolve one design for all.");
        hasOffset = hasOffset || (d->offset.size() > 0 && !d->offset.isZero(0.0));
    }
    GlmCoordinator coordinator(terms, family, ridgeLambda, options, hasOffset);
    for (int guard = 0; guard < 100000; ++guard) {
        RoundStats sum;
        bool nonFinite = false;
        for (const DesignMatrix *d : sites) {
            auto r = computeRound(*d, family, coordinator.nextBeta());
            if (!r) {
                if (r.error().code != ErrorCode::NonFinite)
                    return r.error();
                nonFinite = true;
                break;
            }
            sum += *r;
        }
        auto status = nonFinite ? coordinator.reportNonFinite() : coordinator.accept(sum);
        if (!status)
            return status.error();
        if (*status == GlmCoordinator::Status::Converged)
            return coordinator.result();
    }
    return makeError(ErrorCode::NotConverged, "The fit did not finish.");
}

} // namespace fairstart::analysis

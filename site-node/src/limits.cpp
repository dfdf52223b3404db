// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/node/limits.h"

#include "fairstart/node/handlers.h"
#include "fairstart/node/tr.h"
#include "release/releasegate.h"

#include "fairstart/analysis/formula.h"
#include "fairstart/protocol/codec.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <set>

namespace fairstart::node {

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

LimitRefusal refusal(int status, const char *rule, double threshold, const QString &message,
                     const QString &detail = QString())
{
    LimitRefusal r;
    r.status = status;
    r.rule = QString::fromLatin1(rule);
    r.threshold = threshold;
    r.message = message;
    r.detail = detail;
    return r;
}

// A level of a numeric variable used as factor(x): a number written as formatNumber writes it.
bool isCanonicalNumber(const std::string &level)
{
    double value = 0;
    const auto [end, ec] = std::from_chars(level.data(), level.data() + level.size(), value);
    return ec == std::errc() && end == level.data() + level.size() && std::isfinite(value)
        && analysis::formatNumber(value) == level;
}

} // namespace

QJsonObject LimitRefusal::auditCheck() const
{
    return QJsonObject { { QStringLiteral("rule"), rule },
                         { QStringLiteral("threshold"), threshold },
                         { QStringLiteral("passed"), false } };
}

std::optional<LimitRefusal> checkDesignLevels(const DatasetInfo &info,
                                              const analysis::ResolvedDesign &design)
{
    for (const auto &[name, levels] : design.levels) {
        const QString where = QStringLiteral("levels.") + qs(name).left(100);
        const VariableInfo *variable = info.variable(qs(name));
        if (!variable || variable->role != VariableRole::Variable)
            continue; // the variable check names it
        std::set<std::string> seen;
        for (const std::string &level : levels) {
            bool known = false;
            switch (variable->kind) {
            case VariableKind::Categorical:
                // A federated design lists the union of the sites' levels, so a level this
                // site lacks is honest; it makes a column of zeros, which the size caps count.
                known = !level.empty();
                break;
            case VariableKind::Binary:
                known = level == "0" || level == "1";
                break;
            case VariableKind::Numeric:
                known = isCanonicalNumber(level);
                break;
            }
            if (!known) {
                return refusal(400, "unknown-level", 0,
                               Tr::tr("The design lists a level its variable does not have in "
                                      "the catalogue. Resolve the design again from the "
                                      "catalogue's levels."),
                               where + QStringLiteral(": ") + qs(level).left(100));
            }
            if (!seen.insert(level).second) {
                return refusal(400, "duplicate-level", 0,
                               Tr::tr("The design lists a level twice. List each level of a "
                                      "factor once."),
                               where + QStringLiteral(": ") + qs(level).left(100));
            }
        }
    }
    return std::nullopt;
}

analysis::DesignSize plannedDesignSize(const analysis::ResolvedDesign &design, qint64 rows)
{
    return analysis::designSize(design, std::int64_t(rows));
}

std::optional<LimitRefusal> checkFilterCount(std::size_t filters, const Policy &policy)
{
    if (qint64(filters) <= policy.maxFilters())
        return std::nullopt;
    return refusal(413, "max-filters", policy.maxFilters(),
                   Tr::tr("The request has more filters than this node allows (%1). Combine "
                          "them: a filter takes a list of values or a range.")
                       .arg(policy.maxFilters()),
                   QStringLiteral("filters"));
}

std::optional<LimitRefusal> checkDesignSize(const analysis::DesignSize &size, const Policy &policy)
{
    if (size.parameters > policy.maxParameters()) {
        return refusal(413, "max-parameters", double(policy.maxParameters()),
                       Tr::tr("The design has more parameters than this node allows (%1; "
                              "factor levels and interactions each add columns). Use fewer "
                              "levels, interactions or spline knots.")
                           .arg(policy.maxParameters()),
                       QStringLiteral("parameters: %1").arg(qint64(size.parameters)));
    }
    if (size.bytes > policy.maxDesignBytesPerJob()) {
        const qint64 mib = policy.maxDesignBytesPerJob() >> 20;
        return refusal(413, "max-design-memory", double(mib),
                       Tr::tr("The design matrix of this model on this dataset would need more "
                              "memory than the node allows for one job (%1 MiB). Use fewer "
                              "parameters, or filter the cohort and ask the site administrator "
                              "about max_design_mb_per_job.")
                           .arg(mib),
                       QStringLiteral("parameters: %1").arg(qint64(size.parameters)));
    }
    return std::nullopt;
}

std::size_t jobReservationBytes(const analysis::DesignSize &size)
{
    return std::size_t(size.bytes) + JobManager::answerBytes(size.parameters);
}

LimitRefusal jobBudgetRefusal(JobManager::CreateRefusal why, std::chrono::seconds retryAfter,
                              const JobLimits &limits)
{
    using R = JobManager::CreateRefusal;
    const qint64 userMib = qint64(limits.maxBytesPerUser >> 20);
    const qint64 nodeMib = qint64(limits.maxBytes >> 20);
    LimitRefusal r;
    switch (why) {
    case R::TooLarge:
        return refusal(413, "max-design-memory", double(std::min(userMib, nodeMib)),
                       Tr::tr("This job would need more memory than one user may hold on this "
                              "node (%1 MiB). Use fewer parameters or a smaller cohort.")
                           .arg(std::min(userMib, nodeMib)));
    case R::UserJobs:
        r = refusal(429, "user-open-jobs", limits.maxOpenJobsPerUser,
                    Tr::tr("You hold as many open jobs as this node allows one user (%1). "
                           "Cancel jobs you no longer need (DELETE /v1/jobs/{id}) or try again "
                           "in %2 seconds, when one of them expires.")
                        .arg(limits.maxOpenJobsPerUser)
                        .arg(retryAfter.count()));
        break;
    case R::UserMemory:
        r = refusal(429, "user-job-memory", double(userMib),
                    Tr::tr("Your open jobs hold your share of this node's job memory (%1 MiB). "
                           "Cancel jobs you no longer need (DELETE /v1/jobs/{id}) or try again "
                           "in %2 seconds, when one of them expires.")
                        .arg(userMib)
                        .arg(retryAfter.count()));
        break;
    case R::TooManyJobs:
        r = refusal(429, "node-open-jobs", limits.maxOpenJobs,
                    Tr::tr("The node holds as many open jobs as it allows (%1). Try again in "
                           "%2 seconds.")
                        .arg(limits.maxOpenJobs)
                        .arg(retryAfter.count()));
        break;
    case R::MemoryBudget:
    case R::None:
        r = refusal(429, "node-job-memory", double(nodeMib),
                    Tr::tr("The node's job memory (%1 MiB) is in use by open jobs. Try again "
                           "in %2 seconds.")
                        .arg(nodeMib)
                        .arg(retryAfter.count()));
        break;
    }
    r.retryAfter = retryAfter;
    return r;
}

std::optional<LimitRefusal> checkDescriptivesSize(const protocol::DescriptivesRequest &request,
                                                  const Policy &policy)
{
    if (auto refused = checkFilterCount(request.filters.size(), policy))
        return refused;
    // Complete-case variables are a pass over the records each, like a described variable.
    qint64 items = request.variables.size() + request.completeCases.size();
    for (qsizetype i = 0; i < request.variables.size(); ++i) {
        const auto &histograms = request.variables[i].histogramEdges;
        items += qint64(histograms.size());
        for (std::size_t h = 0; h < histograms.size(); ++h) {
            if (qint64(histograms[h].size()) > policy.maxHistogramEdges()) {
                return refusal(413, "max-histogram-edges", policy.maxHistogramEdges(),
                               Tr::tr("A histogram has more edges than this node allows (%1). "
                                      "Use fewer, wider bins.")
                                   .arg(policy.maxHistogramEdges()),
                               QStringLiteral("variables[%1].histogramEdges[%2]").arg(i).arg(h));
            }
        }
    }
    if (items > policy.maxDescriptivesVariables()) {
        return refusal(413, "max-descriptives-variables", policy.maxDescriptivesVariables(),
                       Tr::tr("The request names more variables (described or complete-case) "
                              "and histograms than this node allows in one request (%1). Split "
                              "it into several requests.")
                           .arg(policy.maxDescriptivesVariables()),
                       QStringLiteral("variables"));
    }
    // A trend is a table (periods by levels) and counts as one.
    if (request.tables.size() + request.trends.size() > policy.maxDescriptivesTables()) {
        return refusal(413, "max-descriptives-tables", policy.maxDescriptivesTables(),
                       Tr::tr("The request asks for more two-way tables than this node allows "
                              "in one request (%1). Split it into several requests.")
                           .arg(policy.maxDescriptivesTables()),
                       QStringLiteral("tables"));
    }
    return std::nullopt;
}

std::chrono::seconds untilNextUtcDay(const QDateTime &nowUtc)
{
    const QDateTime utc = nowUtc.toUTC();
    const QDateTime midnight(utc.date().addDays(1), QTime(0, 0), Qt::UTC);
    return std::chrono::seconds(std::max<qint64>(1, utc.secsTo(midnight)));
}

LimitRefusal descriptivesQuotaRefusal(int quota, const QDateTime &nowUtc)
{
    LimitRefusal r = refusal(429, "descriptives-quota", quota,
                             Tr::tr("You have made the most descriptives requests this node "
                                    "allows per user and day (%1). Try again after midnight "
                                    "UTC.")
                                 .arg(quota));
    r.retryAfter = untilNextUtcDay(nowUtc);
    return r;
}

JobLimits jobLimits(const Policy &policy)
{
    JobLimits limits;
    limits.maxRounds = policy.disclosure().maxRounds;
    limits.idleExpiry = std::chrono::minutes(std::max(1, policy.jobIdleExpiryMinutes()));
    limits.maxLifetime = std::chrono::minutes(std::max(1, policy.jobMaxLifetimeMinutes()));
    limits.maxOpenJobs = policy.maxOpenJobs();
    limits.maxOpenJobsPerUser = policy.maxOpenJobsPerUser();
    limits.maxBytes = std::size_t(policy.maxJobMemoryBytes());
    limits.maxBytesPerUser
        = std::size_t(double(policy.maxJobMemoryBytes()) * policy.maxJobMemorySharePerUser());
    return limits;
}

std::optional<LimitRefusal>
ApiHandlers::checkDesignResources(const QString &user, const DatasetInfo &info,
                                  const analysis::ResolvedDesign &design, bool job,
                                  QJsonArray &checks, JobManager::Reservation *reservation)
{
    if (auto refused = checkDesignLevels(info, design))
        return refused;
    if (auto refused = checkFilterCount(design.spec.filters.size(), m_policy)) {
        checks.append(refused->auditCheck());
        return refused;
    }
    const analysis::DesignSize size = plannedDesignSize(design, info.rows);
    if (auto refused = checkDesignSize(size, m_policy)) {
        checks.append(refused->auditCheck());
        return refused;
    }
    auto passed = [&checks](const char *rule, double threshold) {
        checks.append(QJsonObject { { QStringLiteral("rule"), QString::fromLatin1(rule) },
                                    { QStringLiteral("threshold"), threshold },
                                    { QStringLiteral("passed"), true } });
    };
    passed("max-parameters", double(m_policy.maxParameters()));
    passed("max-design-memory", double(m_policy.maxDesignBytesPerJob() >> 20));
    // An evaluation's matrix lives for one request: it takes memory, not a job slot.
    auto [reserved, refusal] = m_jobs.reserve(user, jobReservationBytes(size), job);
    if (refusal != JobManager::CreateRefusal::None) {
        LimitRefusal refused
            = jobBudgetRefusal(refusal, m_jobs.retryAfter(user, refusal), m_jobs.limits());
        checks.append(refused.auditCheck());
        return refused;
    }
    *reservation = std::move(reserved);
    return std::nullopt;
}

std::optional<LimitRefusal> ApiHandlers::takeDescriptivesQuota(const QString &user,
                                                               QJsonArray &checks)
{
    static const QString kind = QStringLiteral("descriptives");
    const int quota = m_policy.descriptivesPerUserPerDay();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto taken = m_store->takeDailyCount(kind, user, now.date(), quota);
    const bool allowed = taken && taken->has_value();
    const LimitRefusal refused = descriptivesQuotaRefusal(quota, now);
    if (!allowed) {
        checks.append(refused.auditCheck());
        return refused;
    }
    QJsonObject passed = refused.auditCheck();
    passed.insert(QStringLiteral("passed"), true);
    checks.append(passed);
    return std::nullopt;
}

std::unique_lock<std::mutex> ApiHandlers::lockDataset(const QString &dataset)
{
    std::mutex *mutex = nullptr;
    {
        // Only names of datasets the store holds get here (after the cache found them), so the
        // map is as small as the store's list.
        std::lock_guard lock(m_datasetLocksMutex);
        auto &slot = m_datasetLocks[dataset];
        if (!slot)
            slot = std::make_unique<std::mutex>();
        mutex = slot.get();
    }
    return std::unique_lock<std::mutex>(*mutex);
}

RequestRateBudget::RequestRateBudget(int perHour)
    : m_perHour(std::max(1, perHour))
{
}

RequestRateBudget::Taken RequestRateBudget::take(const QString &tokenId, Clock::time_point now)
{
    const double perSecond = double(m_perHour) / 3600.0;
    std::lock_guard lock(m_mutex);
    auto [it, fresh] = m_buckets.try_emplace(tokenId);
    Bucket &bucket = it->second;
    if (fresh) {
        bucket.available = double(m_perHour);
    } else if (now > bucket.last) {
        const double elapsed = std::chrono::duration<double>(now - bucket.last).count();
        bucket.available = std::min(double(m_perHour), bucket.available + elapsed * perSecond);
    }
    bucket.last = std::max(bucket.last, now);
    m_counted = true;
    Taken taken;
    if (bucket.available >= 1.0) {
        bucket.available -= 1.0;
        // The run of refusals ends when the sender left the bucket a request to spare, not with
        // each request the refill lets through: a sender that keeps it empty is one run, audited
        // at its 1st, 2nd, 4th, … refusal (else a new run every 1.2 s, ~10 entries each;
        // docs/privacy-rules.md, "The eighth independent review").
        if (bucket.available >= 1.0)
            bucket.refusedInARow = 0;
        return taken;
    }
    taken.allowed = false;
    taken.refusedInARow = ++bucket.refusedInARow;
    taken.retryAfter = std::chrono::seconds(
        std::max<qint64>(1, qint64(std::ceil((1.0 - bucket.available) / perSecond))));
    return taken;
}

std::optional<QByteArray> RequestRateBudget::snapshot(WallClock::time_point wallNow,
                                                      Clock::time_point now)
{
    const double perSecond = double(m_perHour) / 3600.0;
    QJsonObject buckets;
    {
        std::lock_guard lock(m_mutex);
        if (!m_counted)
            return std::nullopt;
        m_counted = false;
        for (const auto &[id, bucket] : m_buckets) {
            const double elapsed
                = now > bucket.last ? std::chrono::duration<double>(now - bucket.last).count() : 0;
            const double available
                = std::min(double(m_perHour), bucket.available + elapsed * perSecond);
            if (available < double(m_perHour))
                buckets.insert(id, available);
        }
    }
    const qint64 savedAt
        = std::chrono::duration_cast<std::chrono::milliseconds>(wallNow.time_since_epoch()).count();
    return QJsonDocument(QJsonObject { { QStringLiteral("saved_at_ms"), double(savedAt) },
                                       { QStringLiteral("buckets"), buckets } })
        .toJson(QJsonDocument::Compact);
}

void RequestRateBudget::restore(const QByteArray &bytes, WallClock::time_point wallNow,
                                Clock::time_point now)
{
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    const QJsonValue savedAt = document.object().value(QStringLiteral("saved_at_ms"));
    const QJsonValue buckets = document.object().value(QStringLiteral("buckets"));
    if (!document.isObject() || !savedAt.isDouble() || !buckets.isObject())
        return;
    const qint64 nowMs
        = std::chrono::duration_cast<std::chrono::milliseconds>(wallNow.time_since_epoch()).count();
    // A clock that went back refills nothing; one that jumped ahead refills at most the budget.
    const double elapsed = std::max(0.0, (double(nowMs) - savedAt.toDouble()) / 1000.0);
    const double refill = elapsed * double(m_perHour) / 3600.0;
    const QJsonObject saved = buckets.toObject();
    std::lock_guard lock(m_mutex);
    for (auto it = saved.begin(); it != saved.end(); ++it) {
        if (!it.value().isDouble())
            continue;
        const double available = std::clamp(it.value().toDouble() + refill, 0.0, double(m_perHour));
        if (!(available < double(m_perHour)))
            continue; // full again: as a bucket never seen
        Bucket &bucket = m_buckets[it.key()];
        bucket.available = available;
        bucket.last = now;
        bucket.refusedInARow = 0;
    }
}

LimitRefusal requestRateRefusal(int perHour, const RequestRateBudget::Taken &taken)
{
    LimitRefusal r = refusal(429, "request-rate", perHour,
                             Tr::tr("This token has made the most requests this node allows per "
                                    "hour (%1). Wait %2 seconds before the next request, or ask "
                                    "the site administrator if your work needs more.")
                                 .arg(perHour)
                                 .arg(qint64(taken.retryAfter.count())));
    r.retryAfter = taken.retryAfter;
    return r;
}

ApiResponse limitResponse(const LimitRefusal &r)
{
    // Metadata only (the request, the catalogue, the policy and the node's state): an error of
    // the gate's, never a number from records.
    const GateAnswer answer
        = ReleaseGate::error(r.status, r.rule, r.message, r.detail, r.status != 400);
    ApiResponse response;
    response.status = answer.status();
    response.body = answer.body();
    response.code = answer.code();
    if (r.status == 429)
        response.retryAfterSeconds = int(std::max<qint64>(1, r.retryAfter.count()));
    return response;
}

} // namespace fairstart::node

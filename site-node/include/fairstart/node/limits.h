// SPDX-License-Identifier: GPL-3.0-or-later
// The node's resources before allocation: what a request may ask for, computed from the request,
// the catalogue and the policy alone (never the data), so an oversized request is refused before
// a byte of it is built, and the refusal says nothing about any record.
#pragma once

#include "fairstart/node/jobs.h"
#include "fairstart/node/policy.h"
#include "fairstart/node/store.h"

#include "fairstart/analysis/designsize.h"
#include "fairstart/protocol/messages.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <chrono>
#include <map>
#include <mutex>
#include <optional>

namespace fairstart::node {

// A refusal on resource grounds: 400 (a level the catalogue does not know), 413 (over a cap of
// the policy: the request can never pass as it is) or 429 (over a budget now: retry later).
struct LimitRefusal {
    int status = 413;
    QString rule; // stable id, e.g. "max-parameters"
    QString message; // what happened and what to do
    QString detail; // where in the request, never a value of the data
    double threshold = 0; // the policy value that was passed
    std::chrono::seconds retryAfter { 0 }; // 429 only: when trying again may succeed

    // The audit's check entry: {"rule", "threshold", "passed": false}.
    QJsonObject auditCheck() const;
};

// Every level a resolved design lists (factor predictors and a categorical outcome) must be a
// possible level of that variable: "0"/"1" for a binary one, a number in canonical form for a
// numeric one used as factor(x), a non-empty name for a categorical one (a federated design lists
// the union of the sites' levels, so a level this site's catalogue lacks is honest; its column of
// zeros counts against the size caps). No level may be listed twice. Unknown variables are left
// to the variable check; that every catalogue level is listed is checked by checkDesign.
std::optional<LimitRefusal> checkDesignLevels(const DatasetInfo &info,
                                              const analysis::ResolvedDesign &design);

// The design's size against max_parameters and max_design_mb_per_job. `rows` is the dataset's
// record count (metadata: an upper bound of any cohort, known before the data is read).
// The number of filters of a request against max_filters.
std::optional<LimitRefusal> checkFilterCount(std::size_t filters, const Policy &policy);

analysis::DesignSize plannedDesignSize(const analysis::ResolvedDesign &design, qint64 rows);
std::optional<LimitRefusal> checkDesignSize(const analysis::DesignSize &size, const Policy &policy);

// Bytes to reserve in the job memory for a design of this size: the matrix and the stored
// answer of a round (p² + p numbers as JSON).
std::size_t jobReservationBytes(const analysis::DesignSize &size);

// A refusal of JobManager::reserve or create, with when to try again.
LimitRefusal jobBudgetRefusal(JobManager::CreateRefusal refusal, std::chrono::seconds retryAfter,
                              const JobLimits &limits);

// Counts of a descriptives request against max_filters, max_descriptives_variables (described
// and complete-case variables, and histograms), max_descriptives_tables and max_histogram_edges.
std::optional<LimitRefusal> checkDescriptivesSize(const protocol::DescriptivesRequest &request,
                                                  const Policy &policy);

// The job limits of a policy.
JobLimits jobLimits(const Policy &policy);

// The daily cap of descriptives requests is spent: 429 until the next UTC midnight.
LimitRefusal descriptivesQuotaRefusal(int quota, const QDateTime &nowUtc);

// The seconds from nowUtc to the next UTC midnight, at least 1.
std::chrono::seconds untilNextUtcDay(const QDateTime &nowUtc);

// The requests of each token per hour (policy requests_per_token_per_hour), of any kind: a
// bucket of that many requests per token that refills evenly over the hour (so a burst of the
// whole hour's budget passes, and then one request every 3600/budget seconds). Kept in memory and,
// through snapshot() and restore(), in the store across a restart (docs/privacy-rules.md, "The
// tenth independent review": a restart filled every bucket). Thread-safe.
class RequestRateBudget {
public:
    using Clock = std::chrono::steady_clock;
    using WallClock = std::chrono::system_clock;
    explicit RequestRateBudget(int perHour);

    // The buckets that are not full at `now`, stamped with the wall clock, as bytes for the store;
    // nullopt when no request was counted since the last snapshot (what the store holds still
    // holds: restore() refills for the time between).
    std::optional<QByteArray> snapshot(WallClock::time_point wallNow = WallClock::now(),
                                       Clock::time_point now = Clock::now());
    // The buckets of a snapshot, each refilled for the wall-clock time since it was taken (none
    // when the clock went back) and at most the budget of this policy. Bytes that do not read as
    // a snapshot restore nothing (every bucket full, as before).
    void restore(const QByteArray &bytes, WallClock::time_point wallNow = WallClock::now(),
                 Clock::time_point now = Clock::now());

    struct Taken {
        bool allowed = true;
        // A refusal: how many requests of this token were refused in a row, this one included
        // (the audit keeps the 1st, 2nd, 4th, 8th, ... of them), and when one will pass again.
        qint64 refusedInARow = 0;
        std::chrono::seconds retryAfter { 0 };
    };
    Taken take(const QString &tokenId, Clock::time_point now = Clock::now());
    int perHour() const { return m_perHour; }

private:
    struct Bucket {
        double available = 0;
        Clock::time_point last;
        qint64 refusedInARow = 0;
    };
    const int m_perHour;
    std::mutex m_mutex;
    std::map<QString, Bucket> m_buckets;
    bool m_counted = false; // a request was counted since the last snapshot
};

// The 429 of a spent request budget (LimitRefusal::retryAfter from `taken`).
LimitRefusal requestRateRefusal(int perHour, const RequestRateBudget::Taken &taken);

// The answer to a refusal, with its rule id (and Retry-After for a 429).
struct ApiResponse;
ApiResponse limitResponse(const LimitRefusal &refusal);

} // namespace fairstart::node

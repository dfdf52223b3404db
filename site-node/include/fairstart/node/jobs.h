// SPDX-License-Identifier: GPL-3.0-or-later
// Open analysis jobs: the design matrix a job was approved for, its round budget and its life.
#pragma once

#include "fairstart/analysis/design.h"
#include "fairstart/analysis/model.h"
#include "fairstart/protocol/messages.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <chrono>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace fairstart::node {

struct JobSpec {
    QString user;
    QString tokenId;
    QString purpose;
    QString dataset;
    quint64 generation = 0;
    protocol::JobKind kind = protocol::JobKind::Glm;
    QString designHash; // "sha256:..."
    analysis::Family family = analysis::Family::Binomial;
    std::shared_ptr<const analysis::DesignMatrix> design;
};

// Why a round may not run. NotFound also covers another user's job: ids are not disclosed.
enum class RoundRefusal { None, NotFound, Cancelled, Expired, Finished, RoundCap, WrongRound };

struct RoundTicket {
    RoundRefusal refusal = RoundRefusal::None;
    int round = 0;
    int maxRounds = 0;
    // A repeat of the last round with the same β: the stored answer, nothing is recomputed.
    std::optional<QByteArray> repeatedAnswer;
    std::shared_ptr<const JobSpec> job;
};

class JobManager {
public:
    using Clock = std::chrono::steady_clock;

    // maxDesignBytes bounds the memory of all open jobs' design matrices together (identical
    // designs on the same data are shared and counted once).
    JobManager(int maxRounds, std::chrono::seconds idleExpiry, int maxOpenJobs,
               std::size_t maxDesignBytes);

    enum class CreateRefusal { None, TooManyJobs, MemoryBudget };
    // The new job's id (128 random bits, hex), or the reason it cannot be opened now.
    std::pair<QString, CreateRefusal> create(JobSpec spec);

    // A design matrix already held by an open job for the same data, purpose and design (shared
    // instead of built twice), or nullptr.
    std::shared_ptr<const analysis::DesignMatrix> sharedDesign(const QString &dataset,
                                                               quint64 generation,
                                                               const QString &purpose,
                                                               const QString &designHash) const;

    // Reserves round `round` of the job for `user`: it must be the next round (or a repeat of the
    // last one with the identical β, which returns the stored answer) and within the cap. The
    // round counts as used from here on, whether or not its computation succeeds.
    RoundTicket beginRound(const QString &id, const QString &user, int round,
                           const QByteArray &betaKey);
    // Stores the answer of a round for repeats.
    void finishRound(const QString &id, int round, const QByteArray &betaKey,
                     const QByteArray &answer);

    // A job that ended (cancelled or expired): its status, spec and the β of its last round
    // (the doubles' bytes; empty when no round ran), which the node registers as the job's final
    // β (SiteStore::recordFinalBeta).
    struct Expired {
        protocol::JobStatus status;
        std::shared_ptr<const JobSpec> job;
        QByteArray lastBeta;
    };

    std::optional<protocol::JobStatus> status(const QString &id, const QString &user);
    // Cancels an open job (frees its matrix). nullopt when unknown to this user. `ended` is set
    // when this call ended the job.
    std::optional<protocol::JobStatus> cancel(const QString &id, const QString &user,
                                              std::optional<Expired> *ended = nullptr);

    // Expires jobs idle for longer than the expiry; returns them for the audit log.
    std::vector<Expired> expireIdle(Clock::time_point now = Clock::now());

    int openJobs() const;
    std::size_t designBytes() const;

private:
    struct Entry {
        std::shared_ptr<const JobSpec> spec;
        protocol::JobState state = protocol::JobState::Open;
        int roundsUsed = 0;
        Clock::time_point lastActivity;
        QDateTime created;
        int lastRound = 0;
        QByteArray lastBetaKey;
        QByteArray lastAnswer;
        QByteArray answeredBeta; // β of the last round whose statistics were released
    };

    protocol::JobStatus statusOf(const QString &id, const Entry &entry) const;
    void release(Entry &entry);
    std::size_t designBytesLocked() const;
    int openJobsLocked() const;

    const int m_maxRounds;
    const std::chrono::seconds m_idleExpiry;
    const int m_maxOpenJobs;
    const std::size_t m_maxDesignBytes;
    mutable std::mutex m_mutex;
    std::map<QString, Entry> m_jobs;
};

} // namespace fairstart::node

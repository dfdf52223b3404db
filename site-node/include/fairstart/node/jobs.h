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

struct StudyState; // a study's manifest, arming and coordinator (api/study_p.h)

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
    // Protocol version 2: the study this job takes part in (its own lock inside; the pointer is
    // shared by every copy of the spec). Every job is a study's.
    std::shared_ptr<StudyState> study;
    int maxRounds = 0; // rounds this job may answer; 0 = the node's max_rounds
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

// What the node's open jobs may hold, node-wide and per user (policy.conf, docs/node.md).
struct JobLimits {
    int maxRounds = 25;
    std::chrono::seconds idleExpiry { 30 * 60 }; // since the last new round
    std::chrono::seconds maxLifetime { 4 * 60 * 60 }; // since the job was opened
    int maxOpenJobs = 1000;
    int maxOpenJobsPerUser = 20;
    // Memory of open jobs: distinct design matrices, stored answers and reservations of designs
    // being built. One user's share is bounded so that one user cannot starve the others.
    std::size_t maxBytes = std::size_t(1536) << 20;
    std::size_t maxBytesPerUser = std::size_t(768) << 20;
    // The fair share (docs/node.md, "Job memory"): while a user waits for job memory (refused
    // because the node's is full, holding no more than their fair share), every user counts who
    // holds job memory or waits, and each may hold maxBytes / that many (at most
    // maxBytesPerUser). A user above it opens no new job while someone waits, and their newest
    // jobs beyond it expire this long after the wait began (a job's lifetime before): two tokens
    // at half the memory each no longer keep everyone out for hours.
    std::chrono::seconds fairShareGrace { 10 * 60 };
};

class JobManager {
public:
    using Clock = std::chrono::steady_clock;

    explicit JobManager(JobLimits limits);
    // No per-user limit (each equals the node-wide one) and no lifetime limit; for tests.
    JobManager(int maxRounds, std::chrono::seconds idleExpiry, int maxOpenJobs,
               std::size_t maxDesignBytes);
    ~JobManager();

    enum class CreateRefusal {
        None,
        TooManyJobs, // the node holds max_open_jobs
        MemoryBudget, // the node's job memory is full
        UserJobs, // this user holds max_open_jobs_per_user
        UserMemory, // this user holds their share of the job memory
        TooLarge, // more than one user's share or the node's budget: never fits
    };

    // Memory set aside for a design that is about to be built, before a byte of it is allocated,
    // so that concurrent requests cannot together pass the budget. Released when destroyed
    // unless handed to create().
    class Reservation {
    public:
        Reservation() = default;
        Reservation(Reservation &&other) noexcept;
        Reservation &operator=(Reservation &&other) noexcept;
        Reservation(const Reservation &) = delete;
        Reservation &operator=(const Reservation &) = delete;
        ~Reservation();
        bool valid() const { return m_manager != nullptr; }
        std::size_t bytes() const { return m_bytes; }

    private:
        friend class JobManager;
        void reset();
        JobManager *m_manager = nullptr;
        QString m_user;
        std::size_t m_bytes = 0;
        bool m_countsAsJob = true;
    };

    // The most a stored round answer of a p-parameter job takes: XᵀWX (p²) and a few vectors,
    // at most 24 characters per JSON number.
    static std::size_t answerBytes(std::int64_t p);

    // Reserves `bytes` for `user` (the size computed from the resolved design, see
    // analysis::designSize). Checks the open-job counts as well, so a request that could not
    // open a job is refused before its matrix is built.
    // countsAsJob = false: memory for a matrix that lives for one request (an evaluation), which
    // takes no job slot.
    std::pair<Reservation, CreateRefusal> reserve(const QString &user, std::size_t bytes,
                                                  bool countsAsJob = true);

    // The new job's id (128 random bits, hex), or the reason it cannot be opened now. With a
    // reservation, the job's memory was already counted and only the job counts are checked.
    std::pair<QString, CreateRefusal> create(JobSpec spec);
    std::pair<QString, CreateRefusal> create(JobSpec spec, Reservation reservation);

    // How long until a refusal of `user` for `refusal` may pass: the soonest time one of the
    // jobs that stand in the way expires (idle or lifetime), at least 1 s.
    std::chrono::seconds retryAfter(const QString &user, CreateRefusal refusal,
                                    Clock::time_point now = Clock::now()) const;

    // A design matrix already held by an open job for the same data, purpose and design (shared
    // instead of built twice), or nullptr.
    std::shared_ptr<const analysis::DesignMatrix> sharedDesign(const QString &dataset,
                                                               quint64 generation,
                                                               const QString &purpose,
                                                               const QString &designHash) const;

    // Reserves round `round` of the job for `user`: it must be the next round (or a repeat of the
    // last one with the identical β, which returns the stored answer) and within the cap. The
    // round counts as used from here on, whether or not its computation succeeds. A repeat does
    // not count as activity: it cannot keep a job (and its memory) alive.
    RoundTicket beginRound(const QString &id, const QString &user, int round,
                           const QByteArray &betaKey);
    // Stores the answer of a round for repeats.
    void finishRound(const QString &id, int round, const QByteArray &betaKey,
                     const QByteArray &answer);
    // Ends an open job whose study has nothing more to compute (a calibration study that
    // converged or failed): it becomes finished, frees its matrix once the answer of the round
    // being answered is stored (finishRound) and no longer counts as open; an identical repeat
    // of that round still gets the stored answer. The client need not cancel it (issue 16).
    void finish(const QString &id);

    // A job that ended (cancelled or expired): its status and spec, for the audit log.
    struct Expired {
        protocol::JobStatus status;
        std::shared_ptr<const JobSpec> job;
    };

    std::optional<protocol::JobStatus> status(const QString &id, const QString &user);
    // The spec of the user's job (any state), or nullptr: ids of others' jobs are not confirmed.
    // `open` tells whether it can still answer (open or finished, not cancelled or expired).
    std::shared_ptr<const JobSpec> spec(const QString &id, const QString &user,
                                        bool *open = nullptr) const;
    // Cancels an open job (frees its matrix). nullopt when unknown to this user. `ended` is set
    // when this call ended the job.
    std::optional<protocol::JobStatus> cancel(const QString &id, const QString &user,
                                              std::optional<Expired> *ended = nullptr);

    // Expires jobs idle for longer than the expiry or open for longer than the lifetime; returns
    // them for the audit log.
    std::vector<Expired> expireIdle(Clock::time_point now = Clock::now());

    int openJobs() const;
    int openJobs(const QString &user) const;
    std::size_t designBytes() const; // distinct matrices of open jobs
    std::size_t usedBytes() const; // matrices, stored answers and reservations
    std::size_t usedBytes(const QString &user) const;
    const JobLimits &limits() const { return m_limits; }

private:
    struct Entry {
        std::shared_ptr<const JobSpec> spec;
        protocol::JobState state = protocol::JobState::Open;
        int roundsUsed = 0;
        Clock::time_point lastActivity;
        Clock::time_point opened;
        QDateTime created;
        int lastRound = 0;
        QByteArray lastBetaKey;
        QByteArray lastAnswer;
        std::size_t answerAllowance = 0; // reserved for the stored answer beyond the matrix
        // Beyond its user's fair share while another user waited: expires then at the latest.
        std::optional<Clock::time_point> squeezedBy;
    };
    struct Pending {
        std::size_t bytes = 0;
        int count = 0; // reservations of jobs
        int transient = 0; // reservations of one-request matrices
    };

    protocol::JobStatus statusOf(const QString &id, const Entry &entry) const;
    void release(Entry &entry);
    void unreserve(const QString &user, std::size_t bytes, bool countsAsJob);
    void unreserveLocked(const QString &user, std::size_t bytes, bool countsAsJob);
    std::size_t designBytesLocked() const;
    // Matrices (each distinct one once), stored answers and reservations; of one user, or of
    // everyone when user is null.
    std::size_t usedBytesLocked(const QString *user) const;
    int openJobsLocked(const QString *user) const;
    CreateRefusal countRefusalLocked(const QString &user) const;
    CreateRefusal memoryRefusalLocked(const QString &user, std::size_t bytes, bool shared) const;
    // memoryRefusalLocked with the fair share: records a user who waits for the node's memory,
    // refuses a user above the fair share while another waits, and sets the expiry of the
    // newest jobs of users above it (squeezedBy).
    CreateRefusal admitLocked(const QString &user, std::size_t bytes, bool shared,
                              Clock::time_point now);
    std::size_t fairShareLocked(Clock::time_point now) const;
    Clock::time_point expiryOf(const Entry &entry) const;
    int maxRoundsOf(const Entry &entry) const;

    const JobLimits m_limits;
    mutable std::mutex m_mutex;
    std::map<QString, Entry> m_jobs;
    std::map<QString, Pending> m_pending; // per user
    std::map<QString, Clock::time_point> m_waiting; // users refused for the node's memory, until
};

} // namespace fairstart::node

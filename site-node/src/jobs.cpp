// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/node/jobs.h"

#include "freememory_p.h"

#include <QRandomGenerator>

#include <algorithm>
#include <set>
#include <utility>

namespace fairstart::node {

namespace {

QString newJobId()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(words), sizeof(words)).toHex());
}

std::size_t matrixBytes(const analysis::DesignMatrix &m)
{
    // y and the rows as buildDesign holds them while it builds (doubles, 8-byte ids): the budget
    // as before, above what a built design keeps (designstorage.h).
    return std::size_t(m.X.size() + m.y.size() + m.offset.size()) * sizeof(double)
        + m.rows.size() * sizeof(std::int64_t);
}

} // namespace

JobManager::JobManager(JobLimits limits)
    : m_limits(limits)
{
}

JobManager::JobManager(int maxRounds, std::chrono::seconds idleExpiry, int maxOpenJobs,
                       std::size_t maxDesignBytes)
    : JobManager(JobLimits { maxRounds, idleExpiry, std::chrono::hours(24 * 365), maxOpenJobs,
                             maxOpenJobs, maxDesignBytes, maxDesignBytes })
{
}

JobManager::~JobManager() = default;

// ---- reservations ----------------------------------------------------------------------------

JobManager::Reservation::Reservation(Reservation &&other) noexcept
    : m_manager(std::exchange(other.m_manager, nullptr))
    , m_user(std::move(other.m_user))
    , m_bytes(std::exchange(other.m_bytes, 0))
    , m_countsAsJob(other.m_countsAsJob)
{
}

JobManager::Reservation &JobManager::Reservation::operator=(Reservation &&other) noexcept
{
    if (this != &other) {
        reset();
        m_manager = std::exchange(other.m_manager, nullptr);
        m_user = std::move(other.m_user);
        m_bytes = std::exchange(other.m_bytes, 0);
        m_countsAsJob = other.m_countsAsJob;
    }
    return *this;
}

JobManager::Reservation::~Reservation()
{
    reset();
}

void JobManager::Reservation::reset()
{
    if (m_manager)
        m_manager->unreserve(m_user, m_bytes, m_countsAsJob);
    m_manager = nullptr;
    m_bytes = 0;
}

void JobManager::unreserve(const QString &user, std::size_t bytes, bool countsAsJob)
{
    std::lock_guard lock(m_mutex);
    unreserveLocked(user, bytes, countsAsJob);
}

void JobManager::unreserveLocked(const QString &user, std::size_t bytes, bool countsAsJob)
{
    auto it = m_pending.find(user);
    if (it == m_pending.end())
        return;
    it->second.bytes -= std::min(it->second.bytes, bytes);
    int &count = countsAsJob ? it->second.count : it->second.transient;
    count = std::max(0, count - 1);
    if (it->second.count == 0 && it->second.transient == 0)
        m_pending.erase(it);
}

std::size_t JobManager::answerBytes(std::int64_t p)
{
    return std::size_t((p * p + 4 * p + 16) * 24);
}

// ---- accounting ------------------------------------------------------------------------------

std::size_t JobManager::designBytesLocked() const
{
    std::set<const analysis::DesignMatrix *> seen;
    std::size_t bytes = 0;
    for (const auto &[id, entry] : m_jobs) {
        if (entry.state != protocol::JobState::Open || !entry.spec->design)
            continue;
        if (seen.insert(entry.spec->design.get()).second)
            bytes += matrixBytes(*entry.spec->design);
    }
    return bytes;
}

std::size_t JobManager::usedBytesLocked(const QString *user) const
{
    std::set<const analysis::DesignMatrix *> seen;
    std::size_t bytes = 0;
    for (const auto &[id, entry] : m_jobs) {
        if (user && entry.spec->user != *user)
            continue;
        // Stored answers of open and finished jobs are memory too (p² numbers each); an open
        // job keeps what was reserved for its answer.
        if (entry.state != protocol::JobState::Open) {
            bytes += std::size_t(entry.lastAnswer.size());
            continue;
        }
        bytes += std::max(std::size_t(entry.lastAnswer.size()), entry.answerAllowance);
        if (!entry.spec->design)
            continue;
        if (seen.insert(entry.spec->design.get()).second)
            bytes += matrixBytes(*entry.spec->design);
    }
    for (const auto &[who, pending] : m_pending) {
        if (!user || who == *user)
            bytes += pending.bytes;
    }
    return bytes;
}

int JobManager::openJobsLocked(const QString *user) const
{
    int open = 0;
    for (const auto &[id, entry] : m_jobs) {
        if (entry.state == protocol::JobState::Open && (!user || entry.spec->user == *user))
            ++open;
    }
    for (const auto &[who, pending] : m_pending) {
        if (!user || who == *user)
            open += pending.count;
    }
    return open;
}

JobManager::CreateRefusal JobManager::countRefusalLocked(const QString &user) const
{
    // Closed jobs are kept for status queries until there are too many, oldest first; they
    // never stand in the way of a new job.
    // The user's own cap first when it is the tighter one: then the wait is for their jobs.
    const bool userOver = openJobsLocked(&user) >= m_limits.maxOpenJobsPerUser;
    if (userOver && m_limits.maxOpenJobsPerUser < m_limits.maxOpenJobs)
        return CreateRefusal::UserJobs;
    if (openJobsLocked(nullptr) >= m_limits.maxOpenJobs)
        return CreateRefusal::TooManyJobs;
    return userOver ? CreateRefusal::UserJobs : CreateRefusal::None;
}

JobManager::CreateRefusal JobManager::memoryRefusalLocked(const QString &user, std::size_t bytes,
                                                          bool shared) const
{
    const bool userOver = usedBytesLocked(&user) + bytes > m_limits.maxBytesPerUser;
    if (userOver && m_limits.maxBytesPerUser < m_limits.maxBytes)
        return CreateRefusal::UserMemory;
    if (!shared && usedBytesLocked(nullptr) + bytes > m_limits.maxBytes)
        return CreateRefusal::MemoryBudget;
    return userOver ? CreateRefusal::UserMemory : CreateRefusal::None;
}

std::size_t JobManager::fairShareLocked(Clock::time_point now) const
{
    // Everyone who holds job memory (open jobs, reservations) or waits for it.
    std::set<QString> users;
    for (const auto &[id, entry] : m_jobs) {
        if (entry.state == protocol::JobState::Open)
            users.insert(entry.spec->user);
    }
    for (const auto &[who, pending] : m_pending)
        users.insert(who);
    for (const auto &[who, until] : m_waiting) {
        if (now < until)
            users.insert(who);
    }
    return std::min(m_limits.maxBytesPerUser,
                    m_limits.maxBytes / std::max<std::size_t>(1, users.size()));
}

JobManager::CreateRefusal JobManager::admitLocked(const QString &user, std::size_t bytes,
                                                  bool shared, Clock::time_point now)
{
    std::erase_if(m_waiting, [now](const auto &waiting) { return !(now < waiting.second); });
    const CreateRefusal refusal = memoryRefusalLocked(user, bytes, shared);
    const std::size_t used = usedBytesLocked(&user);
    if (refusal == CreateRefusal::None) {
        // While another user waits, no one above the fair share takes more.
        const bool othersWait = std::any_of(m_waiting.begin(), m_waiting.end(),
                                            [&user](const auto &w) { return w.first != user; });
        if (othersWait && used > 0 && used + bytes > fairShareLocked(now))
            return CreateRefusal::UserMemory;
        m_waiting.erase(user);
        return refusal;
    }
    if (refusal != CreateRefusal::MemoryBudget)
        return refusal;
    // The node is full. A user within the fair share waits; the newest jobs of every user above
    // it, beyond it, expire a grace period from now (never sooner than they would otherwise).
    auto &until = m_waiting[user];
    until = std::max(until, now + 2 * m_limits.fairShareGrace);
    const std::size_t fair = fairShareLocked(now);
    if (used > 0 && used + bytes > fair)
        return refusal;
    std::map<QString, std::vector<Entry *>> byUser;
    for (auto &[id, entry] : m_jobs) {
        if (entry.state == protocol::JobState::Open && entry.spec->user != user)
            byUser[entry.spec->user].push_back(&entry);
    }
    for (auto &[who, entries] : byUser) {
        std::size_t holds = usedBytesLocked(&who);
        if (holds <= fair)
            continue;
        std::sort(entries.begin(), entries.end(),
                  [](const Entry *a, const Entry *b) { return a->opened > b->opened; });
        for (Entry *entry : entries) {
            if (holds <= fair)
                break;
            const std::size_t bytesOfJob
                = (entry->spec->design ? matrixBytes(*entry->spec->design) : std::size_t(0))
                + std::max(std::size_t(entry->lastAnswer.size()), entry->answerAllowance);
            holds -= std::min(holds, bytesOfJob);
            if (!entry->squeezedBy)
                entry->squeezedBy = now + m_limits.fairShareGrace;
        }
    }
    return refusal;
}

JobManager::Clock::time_point JobManager::expiryOf(const Entry &entry) const
{
    const Clock::time_point expiry
        = std::min(entry.lastActivity + m_limits.idleExpiry, entry.opened + m_limits.maxLifetime);
    return entry.squeezedBy ? std::min(expiry, *entry.squeezedBy) : expiry;
}

int JobManager::maxRoundsOf(const Entry &entry) const
{
    return entry.spec->maxRounds > 0 ? entry.spec->maxRounds : m_limits.maxRounds;
}

std::pair<JobManager::Reservation, JobManager::CreateRefusal>
JobManager::reserve(const QString &user, std::size_t bytes, bool countsAsJob)
{
    std::lock_guard lock(m_mutex);
    if (bytes > m_limits.maxBytesPerUser || bytes > m_limits.maxBytes)
        return { Reservation(), CreateRefusal::TooLarge };
    if (countsAsJob) {
        if (const CreateRefusal refusal = countRefusalLocked(user); refusal != CreateRefusal::None)
            return { Reservation(), refusal };
    }
    if (const CreateRefusal refusal = admitLocked(user, bytes, false, Clock::now());
        refusal != CreateRefusal::None) {
        return { Reservation(), refusal };
    }
    Pending &pending = m_pending[user];
    pending.bytes += bytes;
    (countsAsJob ? pending.count : pending.transient) += 1;
    Reservation reservation;
    reservation.m_manager = this;
    reservation.m_user = user;
    reservation.m_bytes = bytes;
    reservation.m_countsAsJob = countsAsJob;
    return { std::move(reservation), CreateRefusal::None };
}

std::pair<QString, JobManager::CreateRefusal> JobManager::create(JobSpec spec)
{
    return create(std::move(spec), Reservation());
}

std::pair<QString, JobManager::CreateRefusal> JobManager::create(JobSpec spec,
                                                                 Reservation reservation)
{
    std::lock_guard lock(m_mutex);
    // The reservation becomes the job, under the same lock, so no other request can take its
    // memory in between; the counts below see the job once.
    const bool reserved = reservation.m_manager == this && reservation.m_user == spec.user;
    std::size_t allowance = 0;
    if (reservation.m_manager == this) {
        unreserveLocked(reservation.m_user, reservation.m_bytes, reservation.m_countsAsJob);
        if (reserved && spec.design) {
            allowance = std::min(reservation.m_bytes
                                     - std::min(reservation.m_bytes, matrixBytes(*spec.design)),
                                 answerBytes(spec.design->p()));
        }
        reservation.m_manager = nullptr;
    }
    if (int(m_jobs.size()) >= m_limits.maxOpenJobs) {
        for (auto it = m_jobs.begin(); it != m_jobs.end();) {
            if (it->second.state != protocol::JobState::Open)
                it = m_jobs.erase(it);
            else
                ++it;
        }
    }
    if (const CreateRefusal refusal = countRefusalLocked(spec.user);
        refusal != CreateRefusal::None) {
        return { QString(), refusal };
    }
    bool shared = false;
    for (const auto &[id, entry] : m_jobs) {
        if (entry.state == protocol::JobState::Open && entry.spec->design == spec.design)
            shared = true;
    }
    if (!reserved && spec.design) {
        const std::size_t bytes = matrixBytes(*spec.design);
        if (bytes > m_limits.maxBytesPerUser || bytes > m_limits.maxBytes)
            return { QString(), CreateRefusal::TooLarge };
        if (const CreateRefusal refusal = admitLocked(spec.user, bytes, shared, Clock::now());
            refusal != CreateRefusal::None) {
            return { QString(), refusal };
        }
    }
    QString id = newJobId();
    while (m_jobs.count(id))
        id = newJobId();
    Entry entry;
    entry.spec = std::make_shared<const JobSpec>(std::move(spec));
    entry.lastActivity = Clock::now();
    entry.opened = entry.lastActivity;
    entry.answerAllowance = allowance;
    entry.created = QDateTime::currentDateTimeUtc();
    m_jobs.emplace(id, std::move(entry));
    return { id, CreateRefusal::None };
}

std::chrono::seconds JobManager::retryAfter(const QString &user, CreateRefusal refusal,
                                            Clock::time_point now) const
{
    std::lock_guard lock(m_mutex);
    const bool own = refusal == CreateRefusal::UserJobs || refusal == CreateRefusal::UserMemory;
    std::optional<Clock::time_point> soonest;
    for (const auto &[id, entry] : m_jobs) {
        if (entry.state != protocol::JobState::Open && entry.state != protocol::JobState::Finished)
            continue;
        if (own && entry.spec->user != user)
            continue;
        const Clock::time_point expiry = expiryOf(entry);
        if (!soonest || expiry < *soonest)
            soonest = expiry;
    }
    if (!soonest)
        return std::chrono::seconds(1); // only reservations: requests being computed now
    const auto wait = std::chrono::ceil<std::chrono::seconds>(*soonest - now);
    return std::max(wait, std::chrono::seconds(1));
}

std::shared_ptr<const analysis::DesignMatrix>
JobManager::sharedDesign(const QString &dataset, quint64 generation, const QString &purpose,
                         const QString &designHash) const
{
    std::lock_guard lock(m_mutex);
    for (const auto &[id, entry] : m_jobs) {
        const JobSpec &s = *entry.spec;
        if (entry.state == protocol::JobState::Open && s.design && s.dataset == dataset
            && s.generation == generation && s.purpose == purpose && s.designHash == designHash
            && s.kind == protocol::JobKind::Glm) {
            return s.design;
        }
    }
    return nullptr;
}

RoundTicket JobManager::beginRound(const QString &id, const QString &user, int round,
                                   const QByteArray &betaKey)
{
    std::lock_guard lock(m_mutex);
    RoundTicket ticket;
    ticket.round = round;
    auto it = m_jobs.find(id);
    if (it == m_jobs.end() || it->second.spec->user != user) {
        ticket.refusal = RoundRefusal::NotFound;
        return ticket;
    }
    Entry &entry = it->second;
    ticket.maxRounds = maxRoundsOf(entry);
    ticket.job = entry.spec;
    switch (entry.state) {
    case protocol::JobState::Cancelled:
        ticket.refusal = RoundRefusal::Cancelled;
        return ticket;
    case protocol::JobState::Expired:
        ticket.refusal = RoundRefusal::Expired;
        return ticket;
    case protocol::JobState::Finished:
    case protocol::JobState::Open:
        break;
    }
    // A client that lost an answer may ask again; the same β gets the same answer, uncounted.
    if (round == entry.lastRound && round > 0 && betaKey == entry.lastBetaKey
        && !entry.lastAnswer.isEmpty()) {
        // Not activity: a repeat costs nothing to send, so it must not keep the job alive.
        ticket.repeatedAnswer = entry.lastAnswer;
        return ticket;
    }
    if (entry.state == protocol::JobState::Finished || entry.roundsUsed >= maxRoundsOf(entry)) {
        ticket.refusal = RoundRefusal::RoundCap;
        return ticket;
    }
    if (round != entry.roundsUsed + 1) {
        ticket.refusal = RoundRefusal::WrongRound;
        return ticket;
    }
    entry.roundsUsed = round;
    entry.lastRound = round;
    entry.lastBetaKey = betaKey;
    entry.lastAnswer.clear();
    entry.lastActivity = Clock::now();
    if (entry.roundsUsed >= maxRoundsOf(entry))
        entry.state = protocol::JobState::Finished;
    return ticket;
}

void JobManager::finishRound(const QString &id, int round, const QByteArray &betaKey,
                             const QByteArray &answer)
{
    std::lock_guard lock(m_mutex);
    auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return;
    Entry &entry = it->second;
    if (entry.lastRound == round && entry.lastBetaKey == betaKey) {
        entry.lastAnswer = answer;
    }
    // The last allowed round has been answered: the matrix is no longer needed (the answer is
    // kept for a repeat).
    if (entry.state == protocol::JobState::Finished && entry.spec->design) {
        const std::size_t bytes = matrixBytes(*entry.spec->design);
        JobSpec copy = *entry.spec;
        copy.design.reset();
        entry.spec = std::make_shared<const JobSpec>(std::move(copy));
        freeMemoryLater(bytes);
    }
}

void JobManager::finish(const QString &id)
{
    std::lock_guard lock(m_mutex);
    auto it = m_jobs.find(id);
    if (it != m_jobs.end() && it->second.state == protocol::JobState::Open)
        it->second.state = protocol::JobState::Finished;
}

protocol::JobStatus JobManager::statusOf(const QString &id, const Entry &entry) const
{
    protocol::JobStatus status;
    status.jobId = id;
    status.kind = entry.spec->kind;
    status.state = entry.state;
    status.designHash = entry.spec->designHash;
    status.roundsUsed = entry.roundsUsed;
    status.maxRounds = maxRoundsOf(entry);
    status.created = entry.created;
    return status;
}

void JobManager::release(Entry &entry)
{
    // Keep who/what for status and audit, drop the matrix.
    std::size_t bytes = std::size_t(entry.lastAnswer.size());
    if (entry.spec->design) {
        bytes += matrixBytes(*entry.spec->design);
        JobSpec copy = *entry.spec;
        copy.design.reset();
        entry.spec = std::make_shared<const JobSpec>(std::move(copy));
    }
    entry.lastAnswer.clear();
    freeMemoryLater(bytes);
}

std::optional<protocol::JobStatus> JobManager::status(const QString &id, const QString &user)
{
    std::lock_guard lock(m_mutex);
    auto it = m_jobs.find(id);
    if (it == m_jobs.end() || it->second.spec->user != user)
        return std::nullopt;
    return statusOf(id, it->second);
}

std::shared_ptr<const JobSpec> JobManager::spec(const QString &id, const QString &user,
                                                bool *open) const
{
    std::lock_guard lock(m_mutex);
    auto it = m_jobs.find(id);
    if (it == m_jobs.end() || it->second.spec->user != user)
        return nullptr;
    if (open) {
        *open = it->second.state == protocol::JobState::Open
            || it->second.state == protocol::JobState::Finished;
    }
    return it->second.spec;
}

std::optional<protocol::JobStatus> JobManager::cancel(const QString &id, const QString &user,
                                                      std::optional<Expired> *ended)
{
    std::lock_guard lock(m_mutex);
    auto it = m_jobs.find(id);
    if (it == m_jobs.end() || it->second.spec->user != user)
        return std::nullopt;
    Entry &entry = it->second;
    if (entry.state == protocol::JobState::Open || entry.state == protocol::JobState::Finished) {
        entry.state = protocol::JobState::Cancelled;
        release(entry);
        if (ended)
            *ended = Expired { statusOf(id, entry), entry.spec };
    }
    return statusOf(id, entry);
}

std::vector<JobManager::Expired> JobManager::expireIdle(Clock::time_point now)
{
    std::lock_guard lock(m_mutex);
    std::vector<Expired> expired;
    for (auto &[id, entry] : m_jobs) {
        if (entry.state != protocol::JobState::Open
            && entry.state != protocol::JobState::Finished) {
            continue;
        }
        if (now < expiryOf(entry))
            continue;
        entry.state = protocol::JobState::Expired;
        release(entry);
        expired.push_back({ statusOf(id, entry), entry.spec });
    }
    return expired;
}

int JobManager::openJobs() const
{
    std::lock_guard lock(m_mutex);
    return openJobsLocked(nullptr);
}

int JobManager::openJobs(const QString &user) const
{
    std::lock_guard lock(m_mutex);
    return openJobsLocked(&user);
}

std::size_t JobManager::designBytes() const
{
    std::lock_guard lock(m_mutex);
    return designBytesLocked();
}

std::size_t JobManager::usedBytes() const
{
    std::lock_guard lock(m_mutex);
    return usedBytesLocked(nullptr);
}

std::size_t JobManager::usedBytes(const QString &user) const
{
    std::lock_guard lock(m_mutex);
    return usedBytesLocked(&user);
}

} // namespace fairstart::node

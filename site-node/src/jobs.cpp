// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/node/jobs.h"

#include <QRandomGenerator>

#include <set>

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
    return std::size_t(m.X.size() + m.y.size() + m.offset.size()) * sizeof(double)
        + m.rows.size() * sizeof(std::int64_t);
}

} // namespace

JobManager::JobManager(int maxRounds, std::chrono::seconds idleExpiry, int maxOpenJobs,
                       std::size_t maxDesignBytes)
    : m_maxRounds(maxRounds)
    , m_idleExpiry(idleExpiry)
    , m_maxOpenJobs(maxOpenJobs)
    , m_maxDesignBytes(maxDesignBytes)
{
}

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

std::pair<QString, JobManager::CreateRefusal> JobManager::create(JobSpec spec)
{
    std::lock_guard lock(m_mutex);
    // Closed jobs are kept for status queries until there are too many, oldest activity first.
    if (int(m_jobs.size()) >= m_maxOpenJobs) {
        for (auto it = m_jobs.begin(); it != m_jobs.end();) {
            if (it->second.state != protocol::JobState::Open)
                it = m_jobs.erase(it);
            else
                ++it;
        }
    }
    if (openJobsLocked() >= m_maxOpenJobs)
        return { QString(), CreateRefusal::TooManyJobs };
    bool shared = false;
    for (const auto &[id, entry] : m_jobs) {
        if (entry.state == protocol::JobState::Open && entry.spec->design == spec.design)
            shared = true;
    }
    if (!shared && spec.design
        && designBytesLocked() + matrixBytes(*spec.design) > m_maxDesignBytes) {
        return { QString(), CreateRefusal::MemoryBudget };
    }
    QString id = newJobId();
    while (m_jobs.count(id))
        id = newJobId();
    Entry entry;
    entry.spec = std::make_shared<const JobSpec>(std::move(spec));
    entry.lastActivity = Clock::now();
    entry.created = QDateTime::currentDateTimeUtc();
    m_jobs.emplace(id, std::move(entry));
    return { id, CreateRefusal::None };
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
    ticket.maxRounds = m_maxRounds;
    auto it = m_jobs.find(id);
    if (it == m_jobs.end() || it->second.spec->user != user) {
        ticket.refusal = RoundRefusal::NotFound;
        return ticket;
    }
    Entry &entry = it->second;
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
        entry.lastActivity = Clock::now();
        ticket.repeatedAnswer = entry.lastAnswer;
        return ticket;
    }
    if (entry.state == protocol::JobState::Finished || entry.roundsUsed >= m_maxRounds) {
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
    if (entry.roundsUsed >= m_maxRounds)
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
        entry.answeredBeta = betaKey;
    }
    // The last allowed round has been answered: the matrix is no longer needed (the answer is
    // kept for a repeat).
    if (entry.state == protocol::JobState::Finished && entry.spec->design) {
        JobSpec copy = *entry.spec;
        copy.design.reset();
        entry.spec = std::make_shared<const JobSpec>(std::move(copy));
    }
}

protocol::JobStatus JobManager::statusOf(const QString &id, const Entry &entry) const
{
    protocol::JobStatus status;
    status.jobId = id;
    status.kind = entry.spec->kind;
    status.state = entry.state;
    status.designHash = entry.spec->designHash;
    status.roundsUsed = entry.roundsUsed;
    status.maxRounds = m_maxRounds;
    status.created = entry.created;
    return status;
}

void JobManager::release(Entry &entry)
{
    // Keep who/what for status and audit, drop the matrix.
    if (entry.spec->design) {
        JobSpec copy = *entry.spec;
        copy.design.reset();
        entry.spec = std::make_shared<const JobSpec>(std::move(copy));
    }
    entry.lastAnswer.clear();
}

std::optional<protocol::JobStatus> JobManager::status(const QString &id, const QString &user)
{
    std::lock_guard lock(m_mutex);
    auto it = m_jobs.find(id);
    if (it == m_jobs.end() || it->second.spec->user != user)
        return std::nullopt;
    return statusOf(id, it->second);
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
            *ended = Expired { statusOf(id, entry), entry.spec, entry.answeredBeta };
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
        if (now - entry.lastActivity < m_idleExpiry)
            continue;
        entry.state = protocol::JobState::Expired;
        release(entry);
        expired.push_back({ statusOf(id, entry), entry.spec, entry.answeredBeta });
    }
    return expired;
}

int JobManager::openJobsLocked() const
{
    int open = 0;
    for (const auto &[id, entry] : m_jobs)
        open += entry.state == protocol::JobState::Open ? 1 : 0;
    return open;
}

int JobManager::openJobs() const
{
    std::lock_guard lock(m_mutex);
    return openJobsLocked();
}

std::size_t JobManager::designBytes() const
{
    std::lock_guard lock(m_mutex);
    return designBytesLocked();
}

} // namespace fairstart::node

// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/node/jobs.h"

#include <QTest>

using fairstart::node::JobLimits;
using fairstart::node::JobManager;
using fairstart::node::JobSpec;
using fairstart::node::RoundRefusal;
using fairstart::protocol::JobState;

namespace {

std::shared_ptr<const fairstart::analysis::DesignMatrix> matrix(int n, int p)
{
    auto m = std::make_shared<fairstart::analysis::DesignMatrix>();
    m->X = Eigen::MatrixXd::Ones(n, p);
    m->y = Eigen::VectorXd::Zero(n);
    m->offset = Eigen::VectorXd::Zero(n);
    return m;
}

JobSpec spec(const QString &user, std::shared_ptr<const fairstart::analysis::DesignMatrix> design)
{
    JobSpec s;
    s.user = user;
    s.purpose = QStringLiteral("research");
    s.dataset = QStringLiteral("cohort");
    s.generation = 1;
    s.designHash = QStringLiteral("sha256:abc");
    s.design = std::move(design);
    return s;
}

QByteArray key(double b)
{
    return QByteArray(reinterpret_cast<const char *>(&b), sizeof b);
}

} // namespace

class tst_Jobs : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundsAreConsecutiveAndCapped();
    void repeatOfLastRoundReturnsStoredAnswer();
    void otherUsersSeeNothing();
    void cancelStopsRounds();
    void idleJobsExpire();
    void openJobsAndMemoryAreBounded();
    void identicalDesignsAreShared();
    void jobIdsAreRandomHex();
    void oneUserCannotStarveOthers();
    void openJobsPerUserAreBounded();
    void repeatedRoundDoesNotKeepJobAlive();
    void lifetimeBoundsActiveJobs();
    void reservationsCountBeforeTheMatrixIsBuilt();
    void retryAfterIsWhenABlockingJobExpires();
    // Branch review11: two colluding users at half the memory each no longer keep a third out
    // for a job's lifetime.
    void colludingUsersYieldTheirShareToOneWhoWaits();
};

void tst_Jobs::roundsAreConsecutiveAndCapped()
{
    JobManager jobs(3, std::chrono::seconds(60), 10, 1 << 30);
    const auto [id, refusal] = jobs.create(spec(QStringLiteral("ann"), matrix(100, 2)));
    QCOMPARE(refusal, JobManager::CreateRefusal::None);
    QCOMPARE(jobs.beginRound(id, QStringLiteral("ann"), 2, key(0)).refusal,
             RoundRefusal::WrongRound);
    for (int r = 1; r <= 3; ++r) {
        const auto ticket = jobs.beginRound(id, QStringLiteral("ann"), r, key(r));
        QCOMPARE(ticket.refusal, RoundRefusal::None);
        QVERIFY(ticket.job && ticket.job->design);
        jobs.finishRound(id, r, key(r), QByteArray("answer") + QByteArray::number(r));
    }
    QCOMPARE(jobs.beginRound(id, QStringLiteral("ann"), 4, key(4)).refusal, RoundRefusal::RoundCap);
    const auto status = jobs.status(id, QStringLiteral("ann"));
    QVERIFY(status);
    QCOMPARE(status->state, JobState::Finished);
    QCOMPARE(status->roundsUsed, 3);
    QCOMPARE(status->maxRounds, 3);
    // The finished job no longer holds its matrix.
    QCOMPARE(jobs.designBytes(), std::size_t(0));
}

void tst_Jobs::repeatOfLastRoundReturnsStoredAnswer()
{
    JobManager jobs(25, std::chrono::seconds(60), 10, 1 << 30);
    const QString id = jobs.create(spec(QStringLiteral("ann"), matrix(100, 2))).first;
    QCOMPARE(jobs.beginRound(id, QStringLiteral("ann"), 1, key(0.5)).refusal, RoundRefusal::None);
    jobs.finishRound(id, 1, key(0.5), "first");
    const auto again = jobs.beginRound(id, QStringLiteral("ann"), 1, key(0.5));
    QCOMPARE(again.refusal, RoundRefusal::None);
    QVERIFY(again.repeatedAnswer);
    QCOMPARE(*again.repeatedAnswer, QByteArray("first"));
    // The same round with another β is not a repeat: it would be a free extra round.
    QCOMPARE(jobs.beginRound(id, QStringLiteral("ann"), 1, key(0.7)).refusal,
             RoundRefusal::WrongRound);
    QCOMPARE(jobs.status(id, QStringLiteral("ann"))->roundsUsed, 1);
}

void tst_Jobs::otherUsersSeeNothing()
{
    JobManager jobs(25, std::chrono::seconds(60), 10, 1 << 30);
    const QString id = jobs.create(spec(QStringLiteral("ann"), matrix(10, 1))).first;
    QCOMPARE(jobs.beginRound(id, QStringLiteral("bob"), 1, key(0)).refusal, RoundRefusal::NotFound);
    QVERIFY(!jobs.status(id, QStringLiteral("bob")));
    QVERIFY(!jobs.cancel(id, QStringLiteral("bob")));
    QCOMPARE(jobs.beginRound(QStringLiteral("0123"), QStringLiteral("ann"), 1, key(0)).refusal,
             RoundRefusal::NotFound);
}

void tst_Jobs::cancelStopsRounds()
{
    JobManager jobs(25, std::chrono::seconds(60), 10, 1 << 30);
    const QString id = jobs.create(spec(QStringLiteral("ann"), matrix(10, 1))).first;
    const auto cancelled = jobs.cancel(id, QStringLiteral("ann"));
    QVERIFY(cancelled);
    QCOMPARE(cancelled->state, JobState::Cancelled);
    QCOMPARE(jobs.beginRound(id, QStringLiteral("ann"), 1, key(0)).refusal,
             RoundRefusal::Cancelled);
    QCOMPARE(jobs.openJobs(), 0);
}

void tst_Jobs::idleJobsExpire()
{
    JobManager jobs(25, std::chrono::seconds(60), 10, 1 << 30);
    const QString id = jobs.create(spec(QStringLiteral("ann"), matrix(10, 1))).first;
    QVERIFY(jobs.expireIdle(JobManager::Clock::now()).empty());
    const auto expired = jobs.expireIdle(JobManager::Clock::now() + std::chrono::seconds(61));
    QCOMPARE(expired.size(), std::size_t(1));
    QCOMPARE(expired.front().status.jobId, id);
    QCOMPARE(expired.front().job->user, QStringLiteral("ann"));
    QCOMPARE(jobs.beginRound(id, QStringLiteral("ann"), 1, key(0)).refusal, RoundRefusal::Expired);
    QCOMPARE(jobs.status(id, QStringLiteral("ann"))->state, JobState::Expired);
}

void tst_Jobs::openJobsAndMemoryAreBounded()
{
    JobManager few(25, std::chrono::seconds(60), 2, 1 << 30);
    QCOMPARE(few.create(spec(QStringLiteral("a"), matrix(10, 1))).second,
             JobManager::CreateRefusal::None);
    QCOMPARE(few.create(spec(QStringLiteral("a"), matrix(10, 1))).second,
             JobManager::CreateRefusal::None);
    QCOMPARE(few.create(spec(QStringLiteral("a"), matrix(10, 1))).second,
             JobManager::CreateRefusal::TooManyJobs);

    // 1000 x 10 doubles = 80 000 bytes of X alone: a budget of 100 000 bytes holds one.
    JobManager small(25, std::chrono::seconds(60), 100, 100000);
    const QString first = small.create(spec(QStringLiteral("a"), matrix(1000, 10))).first;
    QVERIFY(!first.isEmpty());
    QCOMPARE(small.create(spec(QStringLiteral("a"), matrix(1000, 10))).second,
             JobManager::CreateRefusal::MemoryBudget);
    small.cancel(first, QStringLiteral("a"));
    QCOMPARE(small.create(spec(QStringLiteral("a"), matrix(1000, 10))).second,
             JobManager::CreateRefusal::None);
}

void tst_Jobs::identicalDesignsAreShared()
{
    JobManager jobs(25, std::chrono::seconds(60), 100, 100000);
    auto design = matrix(1000, 10);
    QVERIFY(!jobs.create(spec(QStringLiteral("a"), design)).first.isEmpty());
    const auto shared = jobs.sharedDesign(QStringLiteral("cohort"), 1, QStringLiteral("research"),
                                          QStringLiteral("sha256:abc"));
    QCOMPARE(shared.get(), design.get());
    QVERIFY(!jobs.sharedDesign(QStringLiteral("cohort"), 2, QStringLiteral("research"),
                               QStringLiteral("sha256:abc")));
    // A second job on the shared matrix fits the budget: it is counted once.
    QCOMPARE(jobs.create(spec(QStringLiteral("b"), shared)).second,
             JobManager::CreateRefusal::None);
}

void tst_Jobs::jobIdsAreRandomHex()
{
    JobManager jobs(25, std::chrono::seconds(60), 100, 1 << 30);
    const QString a = jobs.create(spec(QStringLiteral("a"), matrix(2, 1))).first;
    const QString b = jobs.create(spec(QStringLiteral("a"), matrix(2, 1))).first;
    QCOMPARE(a.size(), 32);
    QVERIFY(a != b);
    for (QChar c : a)
        QVERIFY(QStringLiteral("0123456789abcdef").contains(c));
}

namespace {

// 1000 x 10 doubles + y + offset = 96 000 bytes per matrix.
constexpr std::size_t kMatrixBytes = 96000;

JobLimits limits(std::size_t maxBytes, std::size_t perUser, int perUserJobs = 100)
{
    JobLimits l;
    l.maxRounds = 25;
    l.idleExpiry = std::chrono::seconds(60);
    l.maxLifetime = std::chrono::seconds(3600);
    l.maxOpenJobs = 1000;
    l.maxOpenJobsPerUser = perUserJobs;
    l.maxBytes = maxBytes;
    l.maxBytesPerUser = perUser;
    return l;
}

} // namespace

void tst_Jobs::oneUserCannotStarveOthers()
{
    // Issue 13: one user's jobs filled the node-wide memory and everyone else got 429 for as
    // long as that user kept them. With a per-user share of half the memory, mallory fills her
    // half and ann still opens jobs.
    JobManager jobs(limits(10 * kMatrixBytes, 5 * kMatrixBytes));
    int opened = 0;
    for (int i = 0; i < 20; ++i) {
        const auto [id, refusal] = jobs.create(spec(QStringLiteral("mallory"), matrix(1000, 10)));
        if (refusal == JobManager::CreateRefusal::None)
            ++opened;
        else
            QCOMPARE(refusal, JobManager::CreateRefusal::UserMemory);
    }
    QCOMPARE(opened, 5);
    QCOMPARE(jobs.usedBytes(QStringLiteral("mallory")), 5 * kMatrixBytes);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(jobs.create(spec(QStringLiteral("ann"), matrix(1000, 10))).second,
                 JobManager::CreateRefusal::None);
    }
    // The node is full now, for a third user too: but only because two users each hold half.
    QCOMPARE(jobs.create(spec(QStringLiteral("bob"), matrix(1000, 10))).second,
             JobManager::CreateRefusal::MemoryBudget);
    // A job larger than one user's share can never be opened: refused as too large, not busy.
    QCOMPARE(jobs.create(spec(QStringLiteral("bob"), matrix(6000, 10))).second,
             JobManager::CreateRefusal::TooLarge);
}

void tst_Jobs::openJobsPerUserAreBounded()
{
    JobManager jobs(limits(std::size_t(1) << 30, std::size_t(1) << 30, 2));
    QCOMPARE(jobs.create(spec(QStringLiteral("mallory"), matrix(10, 1))).second,
             JobManager::CreateRefusal::None);
    const QString second = jobs.create(spec(QStringLiteral("mallory"), matrix(10, 1))).first;
    QVERIFY(!second.isEmpty());
    QCOMPARE(jobs.create(spec(QStringLiteral("mallory"), matrix(10, 1))).second,
             JobManager::CreateRefusal::UserJobs);
    // Reservations count as open jobs: a request cannot build a matrix it could not keep.
    QCOMPARE(jobs.reserve(QStringLiteral("mallory"), 100).second,
             JobManager::CreateRefusal::UserJobs);
    QCOMPARE(jobs.create(spec(QStringLiteral("ann"), matrix(10, 1))).second,
             JobManager::CreateRefusal::None);
    QCOMPARE(jobs.openJobs(QStringLiteral("mallory")), 2);
    jobs.cancel(second, QStringLiteral("mallory"));
    QCOMPARE(jobs.create(spec(QStringLiteral("mallory"), matrix(10, 1))).second,
             JobManager::CreateRefusal::None);
}

void tst_Jobs::repeatedRoundDoesNotKeepJobAlive()
{
    JobLimits l = limits(std::size_t(1) << 30, std::size_t(1) << 30);
    l.idleExpiry = std::chrono::seconds(2);
    JobManager jobs(l);
    const QString id = jobs.create(spec(QStringLiteral("ann"), matrix(100, 2))).first;
    QCOMPARE(jobs.beginRound(id, QStringLiteral("ann"), 1, key(0.5)).refusal, RoundRefusal::None);
    const auto roundTime = JobManager::Clock::now();
    jobs.finishRound(id, 1, key(0.5), "first");
    QTest::qWait(1500); // the repeat comes at least 1.5 s after the round
    // The repeat is answered (a client that lost an answer gets it again) ...
    const auto again = jobs.beginRound(id, QStringLiteral("ann"), 1, key(0.5));
    QVERIFY(again.repeatedAnswer);
    // ... but it is not activity: 2 s after the last real round the job expires all the same.
    // At 3.4 s: a repeat counted as activity (at 1.5 s or later) would keep it open until 3.5 s
    // or later, while the real round (recorded just after roundTime) may come up to 1.4 s late
    // on a loaded machine (0.5 s before).
    const auto expired = jobs.expireIdle(roundTime + std::chrono::milliseconds(3400));
    QCOMPARE(expired.size(), std::size_t(1));
    QCOMPARE(jobs.status(id, QStringLiteral("ann"))->state, JobState::Expired);
    QCOMPARE(jobs.designBytes(), std::size_t(0));
}

void tst_Jobs::lifetimeBoundsActiveJobs()
{
    JobLimits l = limits(std::size_t(1) << 30, std::size_t(1) << 30);
    l.idleExpiry = std::chrono::seconds(3600);
    l.maxLifetime = std::chrono::seconds(60);
    JobManager jobs(l);
    const auto opened = JobManager::Clock::now();
    const QString id = jobs.create(spec(QStringLiteral("ann"), matrix(100, 2))).first;
    QCOMPARE(jobs.beginRound(id, QStringLiteral("ann"), 1, key(0.5)).refusal, RoundRefusal::None);
    QVERIFY(jobs.expireIdle(opened + std::chrono::seconds(59)).empty());
    // Busy or not, a job does not outlive its lifetime.
    QCOMPARE(jobs.expireIdle(opened + std::chrono::seconds(61)).size(), std::size_t(1));
    QCOMPARE(jobs.beginRound(id, QStringLiteral("ann"), 2, key(0.6)).refusal,
             RoundRefusal::Expired);
}

void tst_Jobs::reservationsCountBeforeTheMatrixIsBuilt()
{
    JobManager jobs(limits(3 * kMatrixBytes, 2 * kMatrixBytes));
    auto [first, r1] = jobs.reserve(QStringLiteral("ann"), 2 * kMatrixBytes);
    QCOMPARE(r1, JobManager::CreateRefusal::None);
    QCOMPARE(jobs.usedBytes(), 2 * kMatrixBytes);
    // Concurrent requests see each other's reservations before any matrix exists.
    QCOMPARE(jobs.reserve(QStringLiteral("ann"), 1).second, JobManager::CreateRefusal::UserMemory);
    QCOMPARE(jobs.reserve(QStringLiteral("bob"), 2 * kMatrixBytes).second,
             JobManager::CreateRefusal::MemoryBudget);
    QCOMPARE(jobs.reserve(QStringLiteral("bob"), 4 * kMatrixBytes).second,
             JobManager::CreateRefusal::TooLarge);
    {
        // A reservation that is dropped (the request was refused later) frees its memory.
        auto [second, r2] = jobs.reserve(QStringLiteral("bob"), kMatrixBytes);
        QCOMPARE(r2, JobManager::CreateRefusal::None);
        QCOMPARE(jobs.usedBytes(), 3 * kMatrixBytes);
    }
    QCOMPARE(jobs.usedBytes(), 2 * kMatrixBytes);
    // The reservation becomes the job: its matrix is counted once, plus what is kept for the
    // round answer, never more than was reserved.
    const auto [id, refusal]
        = jobs.create(spec(QStringLiteral("ann"), matrix(1000, 10)), std::move(first));
    QCOMPARE(refusal, JobManager::CreateRefusal::None);
    QVERIFY(!id.isEmpty());
    QVERIFY(jobs.usedBytes() >= kMatrixBytes);
    QVERIFY(jobs.usedBytes() <= 2 * kMatrixBytes);
    QCOMPARE(jobs.openJobs(QStringLiteral("ann")), 1);
    jobs.cancel(id, QStringLiteral("ann"));
    QCOMPARE(jobs.usedBytes(), std::size_t(0));
}

void tst_Jobs::retryAfterIsWhenABlockingJobExpires()
{
    JobLimits l = limits(std::size_t(1) << 30, std::size_t(1) << 30, 1);
    l.idleExpiry = std::chrono::seconds(600);
    JobManager jobs(l);
    QVERIFY(!jobs.create(spec(QStringLiteral("ann"), matrix(10, 1))).first.isEmpty());
    const auto refusal = jobs.create(spec(QStringLiteral("ann"), matrix(10, 1))).second;
    QCOMPARE(refusal, JobManager::CreateRefusal::UserJobs);
    const auto wait = jobs.retryAfter(QStringLiteral("ann"), refusal);
    QVERIFY(wait > std::chrono::seconds(590));
    QVERIFY(wait <= std::chrono::seconds(600));
    // Ten minutes on, that job has expired and the retry passes.
    QCOMPARE(jobs.expireIdle(JobManager::Clock::now() + wait).size(), std::size_t(1));
    QCOMPARE(jobs.create(spec(QStringLiteral("ann"), matrix(10, 1))).second,
             JobManager::CreateRefusal::None);
}

void tst_Jobs::colludingUsersYieldTheirShareToOneWhoWaits()
{
    JobLimits l = limits(10 * kMatrixBytes, 5 * kMatrixBytes);
    l.idleExpiry = std::chrono::hours(1);
    l.maxLifetime = std::chrono::hours(4);
    l.fairShareGrace = std::chrono::seconds(60);
    JobManager jobs(l);
    const QString mallory = QStringLiteral("mallory"), eve = QStringLiteral("eve"),
                  ann = QStringLiteral("ann");
    std::vector<QString> malloryJobs;
    for (int i = 0; i < 5; ++i) {
        const auto [id, refusal] = jobs.create(spec(mallory, matrix(1000, 10)));
        QCOMPARE(refusal, JobManager::CreateRefusal::None);
        malloryJobs.push_back(id);
        QCOMPARE(jobs.create(spec(eve, matrix(1000, 10))).second, JobManager::CreateRefusal::None);
    }
    // Nobody waits yet: the two hold their whole shares, and nothing of theirs is shortened.
    QCOMPARE(jobs.usedBytes(), 10 * kMatrixBytes);
    QVERIFY(jobs.expireIdle(JobManager::Clock::now() + std::chrono::minutes(59)).empty());
    // ann is refused because the node is full; before, she waited up to the jobs' lifetime (an
    // hour of idling here, four hours of rounds); now the fair share is a third each and the
    // two colluders' newest jobs beyond it expire after the grace.
    const auto first = jobs.create(spec(ann, matrix(1000, 10)));
    QCOMPARE(first.second, JobManager::CreateRefusal::MemoryBudget);
    const auto wait = jobs.retryAfter(ann, first.second);
    QVERIFY2(wait <= std::chrono::seconds(60), qPrintable(QString::number(wait.count())));
    // While she waits, a colluder above the fair share opens nothing, even in freed memory.
    jobs.cancel(malloryJobs.front(), mallory);
    QCOMPARE(jobs.create(spec(mallory, matrix(1000, 10))).second,
             JobManager::CreateRefusal::UserMemory);
    QCOMPARE(jobs.create(spec(ann, matrix(1000, 10))).second, JobManager::CreateRefusal::None);
    // After the grace: the newest two of each colluder's jobs, set to expire when ann was
    // refused, have expired (each was then down to the fair share, 3 of 10 matrices; mallory
    // has cancelled one more since).
    const auto expired = jobs.expireIdle(JobManager::Clock::now() + std::chrono::seconds(61));
    QCOMPARE(expired.size(), std::size_t(4));
    QCOMPARE(jobs.usedBytes(mallory), 2 * kMatrixBytes);
    QCOMPARE(jobs.usedBytes(eve), 3 * kMatrixBytes);
    QCOMPARE(jobs.create(spec(ann, matrix(1000, 10))).second, JobManager::CreateRefusal::None);
    // Nobody waits any more: the colluders may fill what is free again, up to their shares.
    QCOMPARE(jobs.create(spec(eve, matrix(1000, 10))).second, JobManager::CreateRefusal::None);
}

QTEST_GUILESS_MAIN(tst_Jobs)
#include "tst_jobs.moc"

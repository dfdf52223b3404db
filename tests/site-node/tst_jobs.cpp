// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/node/jobs.h"

#include <QTest>

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

QTEST_GUILESS_MAIN(tst_Jobs)
#include "tst_jobs.moc"

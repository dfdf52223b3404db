// SPDX-License-Identifier: GPL-3.0-or-later
// The audit's group commit writes the chain's head once per batch (issue 16, branch concurrent2):
// entries of concurrent requests still form one chain, a fault before the commit returns no
// sequence number to any entry of the batch (so no answer leaves the node: dispatch.cpp withholds
// an answer whose entry was not written), and a node killed mid-batch keeps every entry it
// returned and nothing half-written.
#include "fairstart/node/store.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// SQLCipher's sqlite3_key.
#define SQLITE_HAS_CODEC 1
#include <sqlite3.h>

#include <atomic>
#include <csignal>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

#include <sys/wait.h>
#include <unistd.h>

using namespace fairstart::node;

namespace {

const QString kPassphrase = QStringLiteral("a long test passphrase");

// SQL on the store file from a connection of its own (the cipher settings of store.cpp).
bool rawExec(const QString &dataDir, const QByteArray &sql)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(SiteStore::storePath(dataDir).toUtf8().constData(), &db) != SQLITE_OK)
        return false;
    const QByteArray key = kPassphrase.toUtf8();
    sqlite3_key(db, key.constData(), int(key.size()));
    sqlite3_busy_timeout(db, 10000);
    const QByteArray all = "PRAGMA kdf_iter = 256000; PRAGMA cipher_page_size = 4096; " + sql;
    char *error = nullptr;
    const int rc = sqlite3_exec(db, all.constData(), nullptr, nullptr, &error);
    if (error) {
        qWarning("%s", error);
        sqlite3_free(error);
    }
    sqlite3_close(db);
    return rc == SQLITE_OK;
}

QJsonObject entry(int thread, int i)
{
    return QJsonObject { { QStringLiteral("event"), QStringLiteral("test") },
                         { QStringLiteral("thread"), thread },
                         { QStringLiteral("i"), i } };
}

} // namespace

class tst_AuditConcurrent2 : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void concurrentEntriesFormOneChain();
    void aFaultBeforeTheCommitReturnsNoEntry();
    void aKilledNodeKeepsWhatItReturned();
};

// Eight threads append at once (entries with and without a spliced request, and daily counts in
// the same batches): every entry gets one sequence number of 1..N, the chain verifies after
// reopening, and each stored entry is the one its number was returned for.
void tst_AuditConcurrent2::concurrentEntriesFormOneChain()
{
    QTemporaryDir dir;
    constexpr int kThreads = 8, kEach = 40;
    std::vector<std::vector<qint64>> seqs(kThreads);
    std::atomic<int> failures { 0 };
    {
        auto store = SiteStore::create(dir.path(), kPassphrase, QStringLiteral("n")).value();
        std::vector<std::thread> threads;
        for (int t = 0; t < kThreads; ++t) {
            threads.emplace_back([&, t] {
                for (int i = 0; i < kEach; ++i) {
                    auto seq = i % 3 == 0 ? store->appendAuditWithRequest(
                                   entry(t, i), QByteArrayLiteral("{\"beta\":[1,2.5]}"))
                                          : store->appendAudit(entry(t, i));
                    if (!seq)
                        ++failures;
                    else
                        seqs[size_t(t)].push_back(*seq);
                    if (i % 4 == 0)
                        (void)store->takeDailyCount(QString(), QStringLiteral("ann"),
                                                    QDate(2026, 12, 6), 1000);
                }
            });
        }
        for (std::thread &t : threads)
            t.join();
    }
    QCOMPARE(failures.load(), 0);
    std::set<qint64> all;
    for (const auto &one : seqs)
        all.insert(one.begin(), one.end());
    QCOMPARE(qsizetype(all.size()), qsizetype(kThreads * kEach));
    QCOMPARE(*all.begin(), qint64(1));
    QCOMPARE(*all.rbegin(), qint64(kThreads * kEach));
    auto store = SiteStore::open(dir.path(), kPassphrase).value();
    const AuditVerification v = store->verifyAudit().value();
    QVERIFY2(v.ok, qPrintable(v.problem));
    QCOMPARE(v.entries, qint64(kThreads * kEach));
    const auto entries = store->auditEntries(1, kThreads * kEach).value();
    QCOMPARE(qsizetype(entries.size()), qsizetype(kThreads * kEach));
    for (int t = 0; t < kThreads; ++t) {
        for (int i = 0; i < kEach; ++i) {
            const QJsonObject &e = entries[size_t(seqs[size_t(t)][size_t(i)] - 1)].entry;
            QCOMPARE(e.value(QStringLiteral("thread")).toInt(), t);
            QCOMPARE(e.value(QStringLiteral("i")).toInt(), i);
            QCOMPARE(e.contains(QStringLiteral("request")), i % 3 == 0);
        }
    }
}

// A fault where the batch writes the chain's head (a trigger that refuses the write beyond entry
// 3, as a full disk or an I/O error would refuse it): no entry of any batch gets a number, the
// store keeps its three entries and a verifying chain, and appends go on at 4 once the fault is
// gone.
void tst_AuditConcurrent2::aFaultBeforeTheCommitReturnsNoEntry()
{
    QTemporaryDir dir;
    {
        auto store = SiteStore::create(dir.path(), kPassphrase, QStringLiteral("n")).value();
        for (int i = 1; i <= 3; ++i)
            QCOMPARE(store->appendAudit(entry(0, i)).value(), qint64(i));
    }
    QVERIFY(rawExec(dir.path(),
                    "CREATE TRIGGER injected_fault BEFORE INSERT ON meta WHEN NEW.key = "
                    "'audit_head_seq' AND CAST(NEW.value AS INTEGER) > 3 BEGIN SELECT "
                    "RAISE(ABORT, 'injected fault'); END;"
                    // The head is written by an UPDATE since sites9 (the rows exist).
                    "CREATE TRIGGER injected_fault_update BEFORE UPDATE ON meta WHEN NEW.key = "
                    "'audit_head_seq' AND CAST(NEW.value AS INTEGER) > 3 BEGIN SELECT "
                    "RAISE(ABORT, 'injected fault'); END;"));
    std::atomic<int> returned { 0 }, refused { 0 };
    {
        auto store = SiteStore::open(dir.path(), kPassphrase).value();
        std::vector<std::thread> threads;
        for (int t = 0; t < 8; ++t) {
            threads.emplace_back([&, t] {
                for (int i = 0; i < 10; ++i) {
                    if (store->appendAudit(entry(t, i)))
                        ++returned;
                    else
                        ++refused;
                }
            });
        }
        for (std::thread &t : threads)
            t.join();
        QCOMPARE(store->auditCount().value(), qint64(3));
    }
    QCOMPARE(returned.load(), 0);
    QCOMPARE(refused.load(), 80);
    QVERIFY(
        rawExec(dir.path(), "DROP TRIGGER injected_fault; DROP TRIGGER injected_fault_update;"));
    auto store = SiteStore::open(dir.path(), kPassphrase).value();
    QCOMPARE(store->auditCount().value(), qint64(3));
    const AuditVerification v = store->verifyAudit().value();
    QVERIFY2(v.ok, qPrintable(v.problem));
    QCOMPARE(store->appendAudit(entry(9, 9)).value(), qint64(4));
}

// A node killed (SIGKILL) while four threads append: every number a thread was given before the
// kill is in the store afterwards, and the chain verifies (nothing half-written).
void tst_AuditConcurrent2::aKilledNodeKeepsWhatItReturned()
{
    QTemporaryDir dir;
    {
        auto store = SiteStore::create(dir.path(), kPassphrase, QStringLiteral("n")).value();
        QVERIFY(bool(store->appendAudit(entry(0, 0))));
    }
    int fds[2];
    QVERIFY(pipe(fds) == 0);
    const pid_t child = fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        ::close(fds[0]);
        auto opened = SiteStore::open(dir.path(), kPassphrase);
        if (!opened)
            _exit(2);
        SiteStore *store = opened.value().get();
        std::mutex pipeMutex;
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&, t] {
                for (int i = 0;; ++i) {
                    auto seq = store->appendAudit(entry(t, i));
                    if (!seq)
                        continue;
                    const qint64 n = *seq;
                    std::lock_guard lock(pipeMutex);
                    if (write(fds[1], &n, sizeof n) != sizeof n)
                        _exit(3);
                }
            });
        }
        for (std::thread &t : threads)
            t.join();
        _exit(0);
    }
    ::close(fds[1]);
    std::vector<qint64> returned;
    QElapsedTimer clock;
    clock.start();
    qint64 n = 0;
    while (clock.elapsed() < 20000 && returned.size() < 100
           && read(fds[0], &n, sizeof n) == sizeof n)
        returned.push_back(n);
    ::kill(child, SIGKILL);
    int status = 0;
    waitpid(child, &status, 0);
    while (read(fds[0], &n, sizeof n) == sizeof n)
        returned.push_back(n);
    ::close(fds[0]);
    QVERIFY(WIFSIGNALED(status));
    QVERIFY(returned.size() >= 100);
    auto store = SiteStore::open(dir.path(), kPassphrase).value();
    const AuditVerification v = store->verifyAudit().value();
    QVERIFY2(v.ok, qPrintable(v.problem));
    const qint64 count = store->auditCount().value();
    for (qint64 seq : returned)
        QVERIFY2(seq >= 2 && seq <= count, qPrintable(QString::number(seq)));
    QCOMPARE(qint64(std::set<qint64>(returned.begin(), returned.end()).size()),
             qint64(returned.size()));
}

QTEST_GUILESS_MAIN(tst_AuditConcurrent2)
#include "tst_audit_concurrent2.moc"

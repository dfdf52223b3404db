// SPDX-License-Identifier: GPL-3.0-or-later
// What the store writes and syncs per request (issue 16, branch sites9), counted by a VFS that
// wraps SQLite's own ("unix") and is made the default before the store opens its file:
// - a serving store (syncWritesWithAudit) commits a request's daily count and its study's outcome
//   without an fsync of their own, and the next audit entry's commit fsyncs the write-ahead log
//   after them (so both are durable before any answer that follows the entry leaves the node);
// - every audit entry is fsynced, before and after such writes; a store that does not serve
//   (every command but 'serve') fsyncs every commit, as before;
// - a lone audit entry writes fewer pages: the chain's head by an UPDATE of its rows, no savepoint
//   and no statement journal (what was written and read back is the same chain: it verifies).
#include "fairstart/node/store.h"

#include "store_p.h" // syncWritesWithAudit

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <atomic>
#include <cstring>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

using namespace fairstart::node;

namespace {

const QString kPassphrase = QStringLiteral("a long test passphrase");

// ---- a counting VFS over "unix" ----------------------------------------------------------------

struct Counts {
    std::atomic<int> walSyncs { 0 };
    std::atomic<int> otherSyncs { 0 };
    std::atomic<int> walPages { 0 }; // WAL frames' pages written (4096 bytes each)
    // The order of the WAL's writes and syncs: 'w' a page, 's' a sync.
    std::mutex mutex;
    std::string trace;
    void reset()
    {
        walSyncs = 0;
        otherSyncs = 0;
        walPages = 0;
        std::lock_guard lock(mutex);
        trace.clear();
    }
};
Counts g_counts;
sqlite3_vfs *g_unix = nullptr;
sqlite3_vfs g_counting;

struct CountingFile {
    sqlite3_file base;
    bool wal;
    sqlite3_file *real() { return reinterpret_cast<sqlite3_file *>(this + 1); }
};

sqlite3_io_methods g_methods;

CountingFile *counting(sqlite3_file *f)
{
    return reinterpret_cast<CountingFile *>(f);
}

int countingClose(sqlite3_file *f)
{
    sqlite3_file *real = counting(f)->real();
    return real->pMethods ? real->pMethods->xClose(real) : SQLITE_OK;
}
int countingRead(sqlite3_file *f, void *p, int n, sqlite3_int64 o)
{
    sqlite3_file *real = counting(f)->real();
    return real->pMethods->xRead(real, p, n, o);
}
int countingWrite(sqlite3_file *f, const void *p, int n, sqlite3_int64 o)
{
    CountingFile *c = counting(f);
    if (c->wal && n == 4096) {
        ++g_counts.walPages;
        std::lock_guard lock(g_counts.mutex);
        g_counts.trace += 'w';
    }
    return c->real()->pMethods->xWrite(c->real(), p, n, o);
}
int countingTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    return counting(f)->real()->pMethods->xTruncate(counting(f)->real(), size);
}
int countingSync(sqlite3_file *f, int flags)
{
    CountingFile *c = counting(f);
    if (c->wal) {
        ++g_counts.walSyncs;
        std::lock_guard lock(g_counts.mutex);
        g_counts.trace += 's';
    } else {
        ++g_counts.otherSyncs;
    }
    return c->real()->pMethods->xSync(c->real(), flags);
}
int countingFileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    return counting(f)->real()->pMethods->xFileSize(counting(f)->real(), size);
}
int countingLock(sqlite3_file *f, int l)
{
    return counting(f)->real()->pMethods->xLock(counting(f)->real(), l);
}
int countingUnlock(sqlite3_file *f, int l)
{
    return counting(f)->real()->pMethods->xUnlock(counting(f)->real(), l);
}
int countingCheckReservedLock(sqlite3_file *f, int *out)
{
    return counting(f)->real()->pMethods->xCheckReservedLock(counting(f)->real(), out);
}
int countingFileControl(sqlite3_file *f, int op, void *arg)
{
    return counting(f)->real()->pMethods->xFileControl(counting(f)->real(), op, arg);
}
int countingSectorSize(sqlite3_file *f)
{
    return counting(f)->real()->pMethods->xSectorSize(counting(f)->real());
}
int countingDeviceCharacteristics(sqlite3_file *f)
{
    return counting(f)->real()->pMethods->xDeviceCharacteristics(counting(f)->real());
}
int countingShmMap(sqlite3_file *f, int region, int size, int extend, void volatile **p)
{
    return counting(f)->real()->pMethods->xShmMap(counting(f)->real(), region, size, extend, p);
}
int countingShmLock(sqlite3_file *f, int offset, int n, int flags)
{
    return counting(f)->real()->pMethods->xShmLock(counting(f)->real(), offset, n, flags);
}
void countingShmBarrier(sqlite3_file *f)
{
    counting(f)->real()->pMethods->xShmBarrier(counting(f)->real());
}
int countingShmUnmap(sqlite3_file *f, int deleteFlag)
{
    return counting(f)->real()->pMethods->xShmUnmap(counting(f)->real(), deleteFlag);
}
int countingFetch(sqlite3_file *f, sqlite3_int64 o, int n, void **p)
{
    return counting(f)->real()->pMethods->xFetch(counting(f)->real(), o, n, p);
}
int countingUnfetch(sqlite3_file *f, sqlite3_int64 o, void *p)
{
    return counting(f)->real()->pMethods->xUnfetch(counting(f)->real(), o, p);
}

int countingOpen(sqlite3_vfs *, const char *name, sqlite3_file *f, int flags, int *outFlags)
{
    CountingFile *c = counting(f);
    std::memset(c, 0, sizeof(CountingFile));
    const int rc = g_unix->xOpen(g_unix, name, c->real(), flags, outFlags);
    if (rc != SQLITE_OK) {
        f->pMethods = nullptr;
        return rc;
    }
    c->wal = (flags & SQLITE_OPEN_WAL) != 0;
    f->pMethods = &g_methods;
    return SQLITE_OK;
}

void registerCountingVfs()
{
    if (g_unix)
        return;
    g_unix = sqlite3_vfs_find("unix");
    QVERIFY(g_unix);
    g_methods = sqlite3_io_methods {};
    g_methods.iVersion = 3;
    g_methods.xClose = countingClose;
    g_methods.xRead = countingRead;
    g_methods.xWrite = countingWrite;
    g_methods.xTruncate = countingTruncate;
    g_methods.xSync = countingSync;
    g_methods.xFileSize = countingFileSize;
    g_methods.xLock = countingLock;
    g_methods.xUnlock = countingUnlock;
    g_methods.xCheckReservedLock = countingCheckReservedLock;
    g_methods.xFileControl = countingFileControl;
    g_methods.xSectorSize = countingSectorSize;
    g_methods.xDeviceCharacteristics = countingDeviceCharacteristics;
    g_methods.xShmMap = countingShmMap;
    g_methods.xShmLock = countingShmLock;
    g_methods.xShmBarrier = countingShmBarrier;
    g_methods.xShmUnmap = countingShmUnmap;
    g_methods.xFetch = countingFetch;
    g_methods.xUnfetch = countingUnfetch;
    g_counting = *g_unix;
    g_counting.zName = "counting";
    g_counting.pNext = nullptr;
    g_counting.szOsFile = int(sizeof(CountingFile)) + g_unix->szOsFile;
    g_counting.xOpen = countingOpen;
    QCOMPARE(sqlite3_vfs_register(&g_counting, 1), SQLITE_OK);
}

QJsonObject entry(int i)
{
    return QJsonObject { { QStringLiteral("event"), QStringLiteral("request") },
                         { QStringLiteral("path"), QStringLiteral("/v1/jobs") },
                         { QStringLiteral("i"), i } };
}

SiteStore::StudyOutcome outcome(int i)
{
    SiteStore::StudyOutcome o;
    o.study = QStringLiteral("sha256:%1").arg(i, 64, 10, QLatin1Char('0'));
    o.jobId = QStringLiteral("job%1").arg(i);
    o.user = QStringLiteral("ann");
    o.dataset = QStringLiteral("cohort");
    o.purpose = QStringLiteral("research");
    o.designHash = QStringLiteral("sha256:design");
    o.manifest = QByteArray(3000, 'm');
    o.finalBeta = QByteArray(16, '\1');
    return o;
}

} // namespace

class tst_AuditSync_sites9 : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { registerCountingVfs(); }
    void aServingStoreSyncsARequestsWritesWithItsEntry();
    void aStoreThatDoesNotServeSyncsEveryCommit();
    void aLoneEntryWritesTheHeadAndTheEntryOnly();
};

// The daily count and the study's outcome are committed without a sync; the audit entry that
// follows is synced, after their pages; both survive a reopen; the entries verify.
void tst_AuditSync_sites9::aServingStoreSyncsARequestsWritesWithItsEntry()
{
    QTemporaryDir dir;
    {
        auto store = SiteStore::create(dir.path(), kPassphrase, QStringLiteral("n")).value();
        QVERIFY(bool(store->appendAudit(entry(0))));
    }
    {
        auto store = SiteStore::open(dir.path(), kPassphrase).value();
        syncWritesWithAudit(*store);
        // The log's first commit after it starts (again) also syncs its header, in any mode.
        QVERIFY(bool(store->appendAudit(entry(0))));
        for (int i = 1; i <= 5; ++i) {
            g_counts.reset();
            auto taken
                = store->takeDailyCount(QString(), QStringLiteral("ann"), QDate(2026, 12, 7), 100);
            QVERIFY(taken && taken->has_value());
            QCOMPARE(**taken, i);
            QVERIFY(store->recordStudyOutcome(outcome(i)).ok());
            QVERIFY2(g_counts.walPages > 0, "the count and the outcome were not written");
            QCOMPARE(g_counts.walSyncs.load(), 0);
            QCOMPARE(store->appendAudit(entry(i)).value(), qint64(i + 2));
            QCOMPARE(g_counts.walSyncs.load(), 1);
            // The sync comes after every page of the three commits.
            std::lock_guard lock(g_counts.mutex);
            QVERIFY2(g_counts.trace.back() == 's'
                         && g_counts.trace.find('s') == g_counts.trace.size() - 1,
                     g_counts.trace.c_str());
        }
        // A batch of counts alone is not synced either; the entry after it is.
        g_counts.reset();
        QVERIFY(bool(store->takeDailyCount(QStringLiteral("descriptives"), QStringLiteral("ann"),
                                           QDate(2026, 12, 7), 100)));
        QCOMPARE(g_counts.walSyncs.load(), 0);
        QVERIFY(bool(store->appendAudit(entry(6))));
        QCOMPARE(g_counts.walSyncs.load(), 1);
    }
    auto store = SiteStore::open(dir.path(), kPassphrase).value();
    QCOMPARE(store->dailyCount(QString(), QStringLiteral("ann"), QDate(2026, 12, 7)).value(), 5);
    auto recorded = store->studyOutcome(QStringLiteral("ann"), outcome(5).study, QString());
    QVERIFY(recorded && recorded->has_value());
    QCOMPARE((*recorded)->manifest, outcome(5).manifest);
    const AuditVerification v = store->verifyAudit().value();
    QVERIFY2(v.ok, qPrintable(v.problem));
    QCOMPARE(v.entries, qint64(8));
}

// Without syncWritesWithAudit every commit syncs, counts and outcomes included.
void tst_AuditSync_sites9::aStoreThatDoesNotServeSyncsEveryCommit()
{
    QTemporaryDir dir;
    auto store = SiteStore::create(dir.path(), kPassphrase, QStringLiteral("n")).value();
    QVERIFY(bool(store->appendAudit(entry(0)))); // starts the log (its header synced once)
    g_counts.reset();
    QVERIFY(bool(store->takeDailyCount(QString(), QStringLiteral("ann"), QDate(2026, 12, 7), 9)));
    QCOMPARE(g_counts.walSyncs.load(), 1);
    QVERIFY(store->recordStudyOutcome(outcome(1)).ok());
    QCOMPARE(g_counts.walSyncs.load(), 2);
    QVERIFY(bool(store->appendAudit(entry(1))));
    QCOMPARE(g_counts.walSyncs.load(), 3);
}

// Fifty small entries one at a time: the head's row and the entry's page, a new leaf's parent now
// and then; INSERT OR REPLACE of the head also rewrote its key's index page (three pages an
// entry at least). Then eight threads at once (batches with savepoints): one chain that verifies.
void tst_AuditSync_sites9::aLoneEntryWritesTheHeadAndTheEntryOnly()
{
    QTemporaryDir dir;
    auto store = SiteStore::create(dir.path(), kPassphrase, QStringLiteral("n")).value();
    syncWritesWithAudit(*store);
    for (int i = 1; i <= 5; ++i)
        QVERIFY(bool(store->appendAudit(entry(i))));
    g_counts.reset();
    constexpr int kEntries = 50;
    for (int i = 0; i < kEntries; ++i)
        QVERIFY(bool(store->appendAudit(entry(100 + i))));
    QCOMPARE(g_counts.walSyncs.load(), kEntries);
    const double pagesPerEntry = double(g_counts.walPages.load()) / kEntries;
    QVERIFY2(pagesPerEntry < 2.5, qPrintable(QString::number(pagesPerEntry)));

    std::vector<std::thread> threads;
    std::atomic<int> failures { 0 };
    for (int t = 0; t < 8; ++t) {
        threads.emplace_back([&, t] {
            for (int i = 0; i < 20; ++i) {
                if (!store->appendAudit(entry(1000 * t + i)))
                    ++failures;
                if (i % 5 == 0
                    && !store->takeDailyCount(QString(), QStringLiteral("ann"), QDate(2026, 12, 7),
                                              1000))
                    ++failures;
            }
        });
    }
    for (std::thread &t : threads)
        t.join();
    QCOMPARE(failures.load(), 0);
    const AuditVerification v = store->verifyAudit().value();
    QVERIFY2(v.ok, qPrintable(v.problem));
    QCOMPARE(v.entries, qint64(5 + kEntries + 160));
}

QTEST_GUILESS_MAIN(tst_AuditSync_sites9)
#include "tst_auditsync_sites9.moc"

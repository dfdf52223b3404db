// SPDX-License-Identifier: GPL-3.0-or-later
#include "expectedtest.h"
#include "fairstart/node/store.h"

#ifndef SQLITE_HAS_CODEC
#define SQLITE_HAS_CODEC 1
#endif
#include <sqlite3.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstring>
#include <limits>
#include <mutex>
#include <thread>

using namespace fairstart::node;

namespace {

const QString kPassphrase = QStringLiteral("a long test passphrase");

std::unique_ptr<SiteStore> makeStore(const QString &dir)
{
    auto store = SiteStore::create(dir, kPassphrase, QStringLiteral("Test site"));
    if (!store)
        qFatal("%s", qPrintable(store.error().message));
    return std::move(store.value());
}

// A small dataset: a numeric column with a distinctive value, a categorical one with a
// distinctive level, a consent flag and record ids.
struct Sample {
    DatasetInfo info;
    fairstart::analysis::DataTable table;
    std::vector<std::int64_t> ids;
};

Sample sample(const QString &name, double distinctive = 98765.4321)
{
    Sample s;
    s.info.name = name;
    s.info.rows = 4;
    const double nan = std::numeric_limits<double>::quiet_NaN();
    if (!s.table.addNumeric("weight", { distinctive, 2.5, nan, 4.0 })
        || !s.table.addCategorical("place", { 0, 1, -1, 1 }, { "Zwartewaterland-Qx", "Urk" })
        || !s.table.addNumeric("consent_research", { 1, 0, 1, nan }))
        qFatal("cannot build the sample table");
    s.info.variables = {
        VariableInfo { QStringLiteral("id"),
                       VariableKind::Numeric,
                       VariableRole::RecordId,
                       QString(),
                       QString(),
                       {},
                       {}, // no level labels
                       0 },
        VariableInfo { QStringLiteral("weight"),
                       VariableKind::Numeric,
                       VariableRole::Variable,
                       QStringLiteral("Weight"),
                       QString(),
                       {},
                       {}, // no level labels
                       1 },
        VariableInfo { QStringLiteral("place"),
                       VariableKind::Categorical,
                       VariableRole::Variable,
                       QString(),
                       QString(),
                       { QStringLiteral("Zwartewaterland-Qx"), QStringLiteral("Urk") },
                       {}, // no level labels
                       1 },
        VariableInfo { QStringLiteral("consent_research"),
                       VariableKind::Binary,
                       VariableRole::Consent,
                       QString(),
                       QStringLiteral("research"),
                       {},
                       {}, // no level labels
                       1 },
    };
    s.ids = { 11, 12, 13, 14 };
    return s;
}

} // namespace

class TestStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void createAndOpen()
    {
        QTemporaryDir dir;
        {
            auto store = makeStore(dir.path());
            QCOMPARE(store->nodeName(), QStringLiteral("Test site"));
        }
        QVERIFY(SiteStore::exists(dir.path()));
        auto opened = SiteStore::open(dir.path(), kPassphrase);
        QVERIFY_EXPECTED(opened);
        QCOMPARE(opened.value()->nodeName(), QStringLiteral("Test site"));
        QCOMPARE(QFile::permissions(SiteStore::storePath(dir.path()))
                     & (QFile::ReadGroup | QFile::ReadOther),
                 QFile::Permissions());
    }

    void createTwiceFails()
    {
        QTemporaryDir dir;
        makeStore(dir.path());
        auto again = SiteStore::create(dir.path(), kPassphrase, QStringLiteral("x"));
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, NodeErrorCode::AlreadyExists);
    }

    void openMissingStore()
    {
        QTemporaryDir dir;
        auto opened = SiteStore::open(dir.filePath(QStringLiteral("nothing")), kPassphrase);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, NodeErrorCode::NotInitialised);
        QVERIFY(opened.error().message.contains(QLatin1String("fairstart-node init")));
    }

    void wrongPassphraseFailsCleanly()
    {
        QTemporaryDir dir;
        makeStore(dir.path());
        const QByteArray before = [&] {
            QFile f(SiteStore::storePath(dir.path()));
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();
        auto opened = SiteStore::open(dir.path(), QStringLiteral("not the passphrase"));
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, NodeErrorCode::WrongPassphrase);
        QVERIFY(opened.error().message.contains(QLatin1String("Wrong passphrase")));
        QVERIFY(opened.error().message.contains(QLatin1String("FAIRSTART_NODE_PASSPHRASE")));
        QFile f(SiteStore::storePath(dir.path()));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before); // a failed open changes nothing
        QVERIFY(SiteStore::open(dir.path(), kPassphrase).ok());
    }

    void shortPassphraseRefused()
    {
        QTemporaryDir dir;
        auto store = SiteStore::create(dir.path(), QStringLiteral("short"), QStringLiteral("x"));
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code, NodeErrorCode::InvalidInput);
        QVERIFY(!SiteStore::exists(dir.path()));
    }

    void fileIsEncrypted()
    {
        QTemporaryDir dir;
        const double distinctive = 98765.4321;
        {
            auto store = makeStore(dir.path());
            Sample s = sample(QStringLiteral("cohort"), distinctive);
            QVERIFY(store->storeDataset(s.info, s.table, s.ids).ok());
            QVERIFY(store
                        ->createToken(QStringLiteral("uniqueuser_qwerty"),
                                      { QStringLiteral("research") }, 10)
                        .ok());
            QVERIFY(store
                        ->appendAudit(QJsonObject {
                            { QStringLiteral("event"), QStringLiteral("marker_audit_xyz") } })
                        .ok());
        }
        QFile f(SiteStore::storePath(dir.path()));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.size() > 4096);
        QVERIFY(!bytes.startsWith("SQLite format 3"));
        for (const char *needle : { "Zwartewaterland-Qx", "uniqueuser_qwerty", "marker_audit_xyz",
                                    "Test site", "consent_research", "CREATE TABLE" })
            QVERIFY2(!bytes.contains(needle), needle);
        QByteArray raw(sizeof(double), '\0');
        std::memcpy(raw.data(), &distinctive, sizeof(double));
        QVERIFY(!bytes.contains(raw));
    }

    void datasetRoundTrip()
    {
        QTemporaryDir dir;
        auto store = makeStore(dir.path());
        Sample s = sample(QStringLiteral("cohort"));
        s.info.label = QStringLiteral("A cohort");
        auto summary = store->storeDataset(s.info, s.table, s.ids);
        QVERIFY(summary.ok());
        QCOMPARE(summary->rows, 4);
        QCOMPARE(summary->columns, 3);
        QVERIFY(!summary->replaced);

        auto loaded = store->loadTable(QStringLiteral("cohort"));
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->table.rows(), std::size_t(4));
        QCOMPARE(loaded->recordIds, (std::vector<std::int64_t> { 11, 12, 13, 14 }));
        const auto *weight = loaded->table.column("weight");
        QVERIFY(weight);
        QCOMPARE(weight->numeric[0], 98765.4321);
        QVERIFY(std::isnan(weight->numeric[2]));
        const auto *place = loaded->table.column("place");
        QVERIFY(place);
        QCOMPARE(place->codes, (std::vector<std::int32_t> { 0, 1, -1, 1 }));
        QCOMPARE(place->levels, (std::vector<std::string> { "Zwartewaterland-Qx", "Urk" }));
        QVERIFY(loaded->table.column("consent_research"));
        QVERIFY(!loaded->table.column("id"));

        QCOMPARE(loaded->info.label, QStringLiteral("A cohort"));
        QCOMPARE(loaded->info.consentColumn(QStringLiteral("research")),
                 QStringLiteral("consent_research"));
        QVERIFY(loaded->info.consentColumn(QStringLiteral("quality")).isEmpty());
        QCOMPARE(loaded->info.recordIdColumn(), QStringLiteral("id"));
        QCOMPARE(loaded->info.analysisVariables().size(), std::size_t(2));
        QCOMPARE(loaded->info.variable(QStringLiteral("weight"))->label, QStringLiteral("Weight"));
        QVERIFY(loaded->info.importedAt.isValid());

        auto list = store->datasets();
        QVERIFY(list.ok());
        QCOMPARE(list->size(), std::size_t(1));
        QCOMPARE(list->front().name, QStringLiteral("cohort"));
    }

    void reimportBumpsGeneration()
    {
        QTemporaryDir dir;
        auto store = makeStore(dir.path());
        Sample s = sample(QStringLiteral("cohort"));
        QVERIFY(store->storeDataset(s.info, s.table, s.ids).ok());
        const qint64 first = store->generation(QStringLiteral("cohort")).value();
        Sample other = sample(QStringLiteral("other"));
        QVERIFY(store->storeDataset(other.info, other.table, other.ids).ok());
        Sample again = sample(QStringLiteral("cohort"), 1.25);
        auto summary = store->storeDataset(again.info, again.table, again.ids);
        QVERIFY(summary.ok());
        QVERIFY(summary->replaced);
        const qint64 second = store->generation(QStringLiteral("cohort")).value();
        QVERIFY(second > first);
        QCOMPARE(store->loadTable(QStringLiteral("cohort"))->table.column("weight")->numeric[0],
                 1.25);

        // Generations never repeat, even after a dataset is removed and imported again.
        QVERIFY(store->dropDataset(QStringLiteral("cohort")).ok());
        QCOMPARE(store->generation(QStringLiteral("cohort")).error().code, NodeErrorCode::NotFound);
        // A removed dataset's records are kept (docs/privacy-rules.md, "A removed dataset's
        // records") but neither listed nor reachable under the name they are kept under.
        QCOMPARE(store->datasets()->size(), std::size_t(1));
        const QString kept = QStringLiteral("\x1fremoved\x1f") + QStringLiteral("cohort");
        QCOMPARE(store->loadTable(kept).error().code, NodeErrorCode::NotFound);
        QCOMPARE(store->datasetInfo(kept).error().code, NodeErrorCode::NotFound);
        QCOMPARE(store->generation(kept).error().code, NodeErrorCode::NotFound);
        QCOMPARE(store->dropDataset(kept).error().code, NodeErrorCode::NotFound);
        // Imported again under its name: it takes the removed dataset's place (a re-import).
        auto back = store->storeDataset(again.info, again.table, again.ids);
        QVERIFY(back.ok());
        QVERIFY(back->replaced);
        QVERIFY(store->generation(QStringLiteral("cohort")).value() > second);
        QCOMPARE(store->datasets()->size(), std::size_t(2));
    }

    void unknownDataset()
    {
        QTemporaryDir dir;
        auto store = makeStore(dir.path());
        QCOMPARE(store->datasetInfo(QStringLiteral("nope")).error().code, NodeErrorCode::NotFound);
        QCOMPARE(store->loadTable(QStringLiteral("nope")).error().code, NodeErrorCode::NotFound);
        QCOMPARE(store->dropDataset(QStringLiteral("nope")).error().code, NodeErrorCode::NotFound);
    }

    void mismatchedIdsRefused()
    {
        QTemporaryDir dir;
        auto store = makeStore(dir.path());
        Sample s = sample(QStringLiteral("cohort"));
        s.ids.pop_back();
        QCOMPARE(store->storeDataset(s.info, s.table, s.ids).error().code,
                 NodeErrorCode::InvalidInput);
        QCOMPARE(store->datasets()->size(), std::size_t(0));
    }

    void differencingLedgerBlobs()
    {
        QTemporaryDir dir;
        auto store = makeStore(dir.path());
        QVERIFY(!store->differencingState(QStringLiteral("d"), 1).value().has_value());
        QVERIFY_EXPECTED(store->setDifferencingState(QStringLiteral("d"), 1, QByteArray("one")));
        QVERIFY_EXPECTED(store->setDifferencingState(QStringLiteral("e"), 4, QByteArray("other")));
        QCOMPARE(store->differencingState(QStringLiteral("d"), 1).value().value(),
                 QByteArray("one"));
        // A later generation replaces the dataset's ledger; other datasets keep theirs.
        QVERIFY_EXPECTED(store->setDifferencingState(QStringLiteral("d"), 2, QByteArray("two")));
        QVERIFY(!store->differencingState(QStringLiteral("d"), 1).value().has_value());
        QCOMPARE(store->differencingState(QStringLiteral("d"), 2).value().value(),
                 QByteArray("two"));
        QCOMPARE(store->differencingState(QStringLiteral("e"), 4).value().value(),
                 QByteArray("other"));
    }

    // Studies: the final β by study hash or job id, per user, kept across a reopen, bounded per
    // user; participant sets per dataset and purpose, each once.
    void studiesAndParticipantSets()
    {
        QTemporaryDir dir;
        SiteStore::StudyOutcome outcome;
        outcome.study = QStringLiteral("sha256:aa");
        outcome.jobId = QStringLiteral("0123456789abcdef0123456789abcdef");
        outcome.user = QStringLiteral("ann");
        outcome.dataset = QStringLiteral("d");
        outcome.purpose = QStringLiteral("research");
        outcome.designHash = QStringLiteral("sha256:00");
        outcome.manifest = QByteArray("{\"version\":2}");
        const std::vector<double> beta { -1.5, 0.25, 1e-300 };
        outcome.finalBeta = QByteArray(reinterpret_cast<const char *>(beta.data()),
                                       qsizetype(beta.size() * sizeof(double)));
        {
            auto store = makeStore(dir.path());
            QVERIFY(!store->studyOutcome(outcome.user, outcome.study, QString())->has_value());
            QVERIFY_EXPECTED(store->recordStudyOutcome(outcome));
            QVERIFY_EXPECTED(
                store->recordParticipantSet(QStringLiteral("d"), QStringLiteral("research"),
                                            { QStringLiteral("a"), QStringLiteral("b") }));
            QVERIFY_EXPECTED(
                store->recordParticipantSet(QStringLiteral("d"), QStringLiteral("research"),
                                            { QStringLiteral("a"), QStringLiteral("b") }));
        }
        auto store = SiteStore::open(dir.path(), kPassphrase);
        QVERIFY(store);
        auto byStudy = (*store)->studyOutcome(outcome.user, outcome.study, QString()).value();
        QVERIFY(byStudy);
        QCOMPARE(byStudy->finalBeta, outcome.finalBeta);
        QCOMPARE(byStudy->manifest, outcome.manifest);
        QCOMPARE(byStudy->jobId, outcome.jobId);
        auto byJob = (*store)->studyOutcome(outcome.user, QString(), outcome.jobId).value();
        QVERIFY(byJob);
        QCOMPARE(byJob->study, outcome.study);
        // Another user's study is not found, by hash or by job id.
        QVERIFY(
            !(*store)->studyOutcome(QStringLiteral("bob"), outcome.study, QString())->has_value());
        QVERIFY(
            !(*store)->studyOutcome(QStringLiteral("bob"), QString(), outcome.jobId)->has_value());
        const auto sets
            = (*store)->participantSets(QStringLiteral("d"), QStringLiteral("research")).value();
        QCOMPARE(sets.size(), std::size_t(1));
        QCOMPARE(sets.front(), QStringList({ QStringLiteral("a"), QStringLiteral("b") }));
        QVERIFY((*store)->participantSets(QStringLiteral("d"), QStringLiteral("quality"))->empty());
        // The oldest of a user's studies beyond the bound are forgotten, other users' are not.
        SiteStore::StudyOutcome bobs = outcome;
        bobs.user = QStringLiteral("bob");
        QVERIFY_EXPECTED((*store)->recordStudyOutcome(bobs));
        for (int i = 0; i < SiteStore::kMaxStudiesPerUser; ++i) {
            SiteStore::StudyOutcome later = outcome;
            later.study = QStringLiteral("sha256:%1").arg(i);
            QVERIFY_EXPECTED((*store)->recordStudyOutcome(later));
        }
        QVERIFY(!(*store)->studyOutcome(outcome.user, outcome.study, QString())->has_value());
        QVERIFY(
            (*store)->studyOutcome(QStringLiteral("bob"), outcome.study, QString())->has_value());
    }

    // Each answer of the peer and model registers names what happened; the second add of the same
    // name, or of the same keys or model under another name, changes nothing and says so.
    void peerAndModelAnswers()
    {
        QTemporaryDir dir;
        auto store = makeStore(dir.path());
        const PeerInfo peer { QStringLiteral("north"), QStringLiteral("ed-north"),
                              QStringLiteral("x-north"), QString(),
                              QDateTime::currentDateTimeUtc() };
        QCOMPARE(store->addPeer(peer).value(), PeerAddition::Added);
        QCOMPARE(store->addPeer(peer).value(), PeerAddition::AlreadyPinned);
        PeerInfo sameKeys = peer;
        sameKeys.name = QStringLiteral("north-again");
        QCOMPARE(store->addPeer(sameKeys).value(), PeerAddition::AlreadyPinned);
        QCOMPARE(store->peers().value().size(), size_t(1));
        QCOMPARE(store->removePeer(QStringLiteral("north")).value(), PeerRemoval::Removed);
        QCOMPARE(store->removePeer(QStringLiteral("north")).value(), PeerRemoval::NoSuchPeer);
        QVERIFY(store->peers().value().empty());

        SiteStore::ValidationModel model;
        model.name = QStringLiteral("m1");
        model.hash = QStringLiteral("hash-1");
        model.design = QByteArrayLiteral("{}");
        model.beta = QByteArray(8, '\0');
        QCOMPARE(store->addValidationModel(model).value(), ModelRegistration::Registered);
        QCOMPARE(store->addValidationModel(model).value(), ModelRegistration::AlreadyRegistered);
        SiteStore::ValidationModel sameHash = model;
        sameHash.name = QStringLiteral("m2");
        QCOMPARE(store->addValidationModel(sameHash).value(), ModelRegistration::AlreadyRegistered);
        QCOMPARE(store->validationModels().value().size(), size_t(1));
        QCOMPARE(store->removeValidationModel(QStringLiteral("m1")).value(), ModelRemoval::Removed);
        QCOMPARE(store->removeValidationModel(QStringLiteral("m1")).value(),
                 ModelRemoval::NoSuchModel);
    }

    void dailyJobs()
    {
        QTemporaryDir dir;
        auto store = makeStore(dir.path());
        const QDate day(2026, 11, 22);
        QCOMPARE(store->dailyJobs(QStringLiteral("ann"), day).value(), 0);
        QCOMPARE(store->incrementDailyJobs(QStringLiteral("ann"), day).value(), 1);
        QCOMPARE(store->incrementDailyJobs(QStringLiteral("ann"), day).value(), 2);
        QCOMPARE(store->incrementDailyJobs(QStringLiteral("ann"), day.addDays(1)).value(), 1);
        QCOMPARE(store->incrementDailyJobs(QStringLiteral("bob"), day).value(), 1);
        QCOMPARE(store->dailyJobs(QStringLiteral("ann"), day).value(), 2);
    }

    // The daily cap's check and count as one step, taken by many threads at once beside audit
    // entries (they share the group commit): exactly `limit` are counted, the rest refused, each
    // count a different number, and the counts are in the store when the calls return.
    void takeDailyCountAtTheCap()
    {
        QTemporaryDir dir;
        const QDate day(2026, 11, 22);
        constexpr int kThreads = 6, kEach = 10, kLimit = 37;
        std::atomic<int> taken { 0 }, refused { 0 }, failed { 0 };
        std::vector<int> counts;
        std::mutex countsMutex;
        {
            auto store = makeStore(dir.path());
            QCOMPARE(store->takeDailyCount(QString(), QStringLiteral("bob"), day, 1)->value_or(-1),
                     1);
            QVERIFY(!store->takeDailyCount(QString(), QStringLiteral("bob"), day, 1)->has_value());
            std::vector<std::thread> threads;
            for (int t = 0; t < kThreads; ++t) {
                threads.emplace_back([&, t] {
                    for (int i = 0; i < kEach; ++i) {
                        (void)store->appendAudit(QJsonObject { { QStringLiteral("thread"), t },
                                                               { QStringLiteral("i"), i } });
                        auto take
                            = store->takeDailyCount(QString(), QStringLiteral("ann"), day, kLimit);
                        if (!take) {
                            ++failed;
                        } else if (take->has_value()) {
                            ++taken;
                            std::lock_guard lock(countsMutex);
                            counts.push_back(**take);
                        } else {
                            ++refused;
                        }
                    }
                });
            }
            for (std::thread &t : threads)
                t.join();
            QCOMPARE(failed.load(), 0);
            QCOMPARE(taken.load(), kLimit);
            QCOMPARE(refused.load(), kThreads * kEach - kLimit);
            std::sort(counts.begin(), counts.end());
            for (int k = 0; k < kLimit; ++k)
                QCOMPARE(counts[size_t(k)], k + 1);
            // Another kind and another day have counts of their own.
            QCOMPARE(store
                         ->takeDailyCount(QStringLiteral("descriptives"), QStringLiteral("ann"),
                                          day, kLimit)
                         ->value_or(-1),
                     1);
            QCOMPARE(store->takeDailyCount(QString(), QStringLiteral("ann"), day.addDays(1), 1)
                         ->value_or(-1),
                     1);
            QCOMPARE(store->auditCount().value(), qint64(kThreads * kEach));
        }
        auto reopened = SiteStore::open(dir.path(), kPassphrase);
        QVERIFY(reopened.ok());
        QCOMPARE((*reopened)->dailyJobs(QStringLiteral("ann"), day).value(), kLimit);
        QCOMPARE((*reopened)
                     ->dailyCount(QStringLiteral("descriptives"), QStringLiteral("ann"), day)
                     .value(),
                 1);
        QCOMPARE((*reopened)->dailyJobs(QStringLiteral("bob"), day).value(), 1);
        QVERIFY((*reopened)->verifyAudit()->ok);
    }

    void secrets()
    {
        QTemporaryDir dir;
        auto store = makeStore(dir.path());
        QCOMPARE(store->secret(QStringLiteral("k")).error().code, NodeErrorCode::NotFound);
        const QByteArray value("\x00\x01\xff binary", 10);
        QVERIFY(store->setSecret(QStringLiteral("k"), value).ok());
        QCOMPARE(store->secret(QStringLiteral("k")).value(), value);
    }

    void concurrentUse()
    {
        QTemporaryDir dir;
        auto store = makeStore(dir.path());
        const QString token
            = store->createToken(QStringLiteral("ann"), { QStringLiteral("research") }, 1)->token;
        constexpr int kThreads = 4, kEach = 25;
        std::atomic<int> verified { 0 };
        std::vector<std::thread> threads;
        for (int t = 0; t < kThreads; ++t) {
            threads.emplace_back([&, t] {
                for (int i = 0; i < kEach; ++i) {
                    (void)store->appendAudit(QJsonObject { { QStringLiteral("thread"), t },
                                                           { QStringLiteral("i"), i } });
                    if (store->verifyToken(token))
                        ++verified;
                    (void)store->incrementDailyJobs(QStringLiteral("ann"), QDate(2026, 1, 1));
                }
            });
        }
        for (std::thread &t : threads)
            t.join();
        QCOMPARE(verified.load(), kThreads * kEach);
        QCOMPARE(store->auditCount().value(), qint64(kThreads * kEach));
        QCOMPARE(store->dailyJobs(QStringLiteral("ann"), QDate(2026, 1, 1)).value(),
                 kThreads * kEach);
        auto verification = store->verifyAudit();
        QVERIFY(verification.ok());
        QVERIFY(verification->ok);
    }

    void changePassphrase()
    {
        QTemporaryDir dir;
        const QString next = QStringLiteral("the next long passphrase");
        {
            auto store = makeStore(dir.path());
            const Sample s = sample(QStringLiteral("d"));
            QVERIFY(store->storeDataset(s.info, s.table, s.ids).ok());
        }
        auto changed = SiteStore::changePassphrase(dir.path(), kPassphrase, next);
        QVERIFY2(changed, qPrintable(changed ? QString() : changed.error().message));
        // The store it returns is open under the new key and can be written.
        QVERIFY((*changed)->appendAudit(
            QJsonObject { { QStringLiteral("event"), QStringLiteral("test") } }));
        QCOMPARE((*changed)->loadTable(QStringLiteral("d"))->table.column("weight")->numeric[0],
                 98765.4321);
        changed.value().reset();
        QCOMPARE(SiteStore::open(dir.path(), kPassphrase).error().code,
                 NodeErrorCode::WrongPassphrase);
        auto reopened = SiteStore::open(dir.path(), next);
        QVERIFY(reopened);
        QVERIFY((*reopened)->verifyAudit()->ok);
    }

    // SQLCipher 3 does not report a rekey that could not commit; the store must notice it.
    void passphraseChangeThatCannotCommit()
    {
        QTemporaryDir dir;
        makeStore(dir.path());
        const QString path = SiteStore::storePath(dir.path());
        const QByteArray before = [&] {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        // Another connection in a read transaction keeps the rekey from taking the write lock
        // (after the store's busy timeout of 10 s).
        sqlite3 *reader = nullptr;
        QCOMPARE(sqlite3_open_v2(QFile::encodeName(path).constData(), &reader, SQLITE_OPEN_READONLY,
                                 nullptr),
                 SQLITE_OK);
        const QByteArray key = kPassphrase.toUtf8();
        sqlite3_key(reader, key.constData(), int(key.size()));
        QCOMPARE(sqlite3_exec(reader,
                              "PRAGMA kdf_iter = 256000; PRAGMA cipher_page_size = 4096; "
                              "BEGIN; SELECT count(*) FROM meta;",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        auto changed = SiteStore::changePassphrase(dir.path(), kPassphrase,
                                                   QStringLiteral("the next long passphrase"));
        sqlite3_exec(reader, "COMMIT", nullptr, nullptr, nullptr);
        sqlite3_close(reader);
        QVERIFY(!changed);
        QCOMPARE(changed.error().code, NodeErrorCode::Internal);
        QVERIFY2(changed.error().message.contains(
                     QLatin1String("the current passphrase still opens the site store")),
                 qPrintable(changed.error().message));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
        QVERIFY(SiteStore::open(dir.path(), kPassphrase));
    }

    void changePassphraseRefusals_data()
    {
        QTest::addColumn<QString>("current");
        QTest::addColumn<QString>("next");
        QTest::addColumn<int>("code");
        QTest::newRow("wrong current")
            << QStringLiteral("not the passphrase") << QStringLiteral("the next long passphrase")
            << int(NodeErrorCode::WrongPassphrase);
        QTest::newRow("too short")
            << kPassphrase << QStringLiteral("1234567") << int(NodeErrorCode::InvalidInput);
        QTest::newRow("empty") << kPassphrase << QString() << int(NodeErrorCode::InvalidInput);
        QTest::newRow("unchanged")
            << kPassphrase << kPassphrase << int(NodeErrorCode::InvalidInput);
    }

    void changePassphraseRefusals()
    {
        QFETCH(QString, current);
        QFETCH(QString, next);
        QFETCH(int, code);
        QTemporaryDir dir;
        makeStore(dir.path());
        QFile f(SiteStore::storePath(dir.path()));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = f.readAll();
        f.close();
        auto changed = SiteStore::changePassphrase(dir.path(), current, next);
        QVERIFY(!changed);
        QCOMPARE(int(changed.error().code), code);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
        QVERIFY(SiteStore::open(dir.path(), kPassphrase));
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Opening, refusing, encryption at rest, passphrase changes and schema migrations.
#include "database.h"
#include "fairstart/workspace/fsmodel.h"
#include "fairstart/workspace/workspace.h"
#include "fairstart/workspace/workspaceinfo.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>
#include <sqlite3.h>

using namespace fairstart::workspace;

namespace {

const QString passphrase = QStringLiteral("correct horse battery staple");

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(bytes), bytes.size());
}

QJsonObject sampleDesign(int n)
{
    return QJsonObject { { QStringLiteral("outcome"), QStringLiteral("low_birth_weight") },
                         { QStringLiteral("family"), QStringLiteral("binomial") },
                         { QStringLiteral("n"), n } };
}

// The chain hash, written again here from the definition in the docs, independently of the
// library: BLAKE2b-256(previous hash || compact JSON of {entry, seq, time}).
QByteArray chainHash(const QByteArray &previous, qint64 seq, const QString &time,
                     const QJsonObject &entry)
{
    const QByteArray canonical = QJsonDocument(QJsonObject { { QStringLiteral("entry"), entry },
                                                             { QStringLiteral("seq"), seq },
                                                             { QStringLiteral("time"), time } })
                                     .toJson(QJsonDocument::Compact);
    QByteArray input = previous + canonical;
    QByteArray out(32, '\0');
    crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), 32,
                       reinterpret_cast<const unsigned char *>(input.constData()),
                       quint64(input.size()), nullptr, 0);
    return out;
}

} // namespace

class tst_Database : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void createAndReopen();
    void createNeverOverwrites();
    void createRefusesEmptyPassphrase();
    void wrongPassphraseLeavesFileUntouched();
    void refusesForeignFiles_data();
    void refusesForeignFiles();
    void refusesTruncatedWorkspace_data();
    void refusesTruncatedWorkspace();
    void refusesNewerVersion();
    void refusesSecondOpener();
    void encryptionAtRest();
    void changePassphrase();
    void migratesFromEveryEarlierVersion_data();
    void migratesFromEveryEarlierVersion();
    void publishedModelsAreReadOnlyInSql();
    void cipherVersionNamesBoth();
    void crashSafeSettings();

private:
    QString newPath(const QString &name) { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void tst_Database::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(sodium_init() >= 0);
}

void tst_Database::createAndReopen()
{
    const QString path = newPath(QStringLiteral("reopen.fairstart"));
    {
        auto ws = Workspace::create(path, passphrase);
        QVERIFY2(ws, qPrintable(ws ? QString() : ws.error().message));
        QVERIFY(ws.value()->saveDesign(QStringLiteral("Birth weight"), sampleDesign(1)));
        QVERIFY(ws.value()->integrityCheck()->isEmpty());
    }
    QVERIFY(!QFile::exists(path + QLatin1String("-wal")));
    QVERIFY(!QFile::exists(path + QLatin1String("-journal")));
    QVERIFY(!QFile::exists(path + QLatin1String("-shm")));
    auto ws = Workspace::open(path, passphrase);
    QVERIFY2(ws, qPrintable(ws ? QString() : ws.error().message));
    const auto designs = ws.value()->designs();
    QVERIFY(designs);
    QCOMPARE(designs->size(), 1);
    QCOMPARE(designs->first().name, QStringLiteral("Birth weight"));
    QCOMPARE(ws.value()->design(designs->first().id)->design, sampleDesign(1));
    // The temporary file of create() is gone.
    QVERIFY(
        QDir(m_dir.path()).entryList({ QStringLiteral("*.creating-*") }, QDir::Files).isEmpty());
}

void tst_Database::createNeverOverwrites()
{
    const QString path = newPath(QStringLiteral("existing.txt"));
    writeFile(path, QByteArrayLiteral("precious"));
    const auto ws = Workspace::create(path, passphrase);
    QVERIFY(!ws);
    QCOMPARE(ws.error().code, WorkspaceError::AlreadyExists);
    QCOMPARE(readAll(path), QByteArrayLiteral("precious"));

    const QString missingFolder = newPath(QStringLiteral("no/such/folder/x.fairstart"));
    const auto ws2 = Workspace::create(missingFolder, passphrase);
    QVERIFY(!ws2);
    QCOMPARE(ws2.error().code, WorkspaceError::Io);
}

void tst_Database::createRefusesEmptyPassphrase()
{
    const QString path = newPath(QStringLiteral("empty-pass.fairstart"));
    const auto ws = Workspace::create(path, QString());
    QVERIFY(!ws);
    QCOMPARE(ws.error().code, WorkspaceError::Invalid);
    QVERIFY(!QFile::exists(path));
}

void tst_Database::wrongPassphraseLeavesFileUntouched()
{
    const QString path = newPath(QStringLiteral("wrong.fairstart"));
    {
        auto ws = Workspace::create(path, passphrase);
        QVERIFY(ws);
        QVERIFY(ws.value()->saveDesign(QStringLiteral("d"), sampleDesign(2)));
    }
    const QByteArray before = fileHash(path);
    QVERIFY(!before.isEmpty());
    for (const QString &wrong :
         { QStringLiteral("Correct horse battery staple"), QString(), QStringLiteral("x") }) {
        const auto ws = Workspace::open(path, wrong);
        QVERIFY(!ws);
        QCOMPARE(WorkspaceError::codeName(ws.error().code), QStringLiteral("WrongPassphrase"));
        QVERIFY(ws.error().message.contains(QLatin1String("passphrase")));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QLatin1String("-wal")));
        QVERIFY(!QFile::exists(path + QLatin1String("-journal")));
    }
    QVERIFY(Workspace::open(path, passphrase));
}

void tst_Database::refusesForeignFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("code");

    QTest::newRow("empty") << QByteArray() << int(WorkspaceError::NotAWorkspace);
    QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    png += QByteArray(4096 - png.size(), '\x07');
    QTest::newRow("png") << png << int(WorkspaceError::NotAWorkspace);
    QTest::newRow("text") << QByteArray(2048, 'a') << int(WorkspaceError::NotAWorkspace);
    QTest::newRow("tiny") << QByteArray("\x01\x02\x03", 3) << int(WorkspaceError::NotAWorkspace);
    QTest::newRow("small") << QByteArray(1500, '\xfe') << int(WorkspaceError::NotAWorkspace);
    QTest::newRow("odd size") << QByteArray(5000, '\xfe') << int(WorkspaceError::Corrupt);
    // Whole pages of random bytes look exactly like a workspace under another key: the message
    // of WrongPassphrase says so.
    QByteArray random(8192, '\0');
    randombytes_buf(random.data(), size_t(random.size()));
    QTest::newRow("random pages") << random << int(WorkspaceError::WrongPassphrase);
}

void tst_Database::refusesForeignFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, code);
    const QString path
        = newPath(QStringLiteral("foreign-%1").arg(QLatin1String(QTest::currentDataTag())));
    writeFile(path, bytes);
    const auto ws = Workspace::open(path, passphrase);
    QVERIFY(!ws);
    QCOMPARE(WorkspaceError::codeName(ws.error().code),
             WorkspaceError::codeName(WorkspaceError::Code(code)));
    QVERIFY(!ws.error().message.isEmpty());
    QCOMPARE(readAll(path), bytes);
}

void tst_Database::refusesTruncatedWorkspace_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("plain sqlite") << QStringLiteral("plain");
    QTest::newRow("cut mid-page") << QStringLiteral("mid-page");
    QTest::newRow("cut at a page boundary") << QStringLiteral("page");
    QTest::newRow("first page only") << QStringLiteral("first-page");
}

void tst_Database::refusesTruncatedWorkspace()
{
    QFETCH(QString, kind);
    const QString path = newPath(QStringLiteral("trunc-%1.fairstart").arg(kind));
    if (kind == QLatin1String("plain")) {
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "CREATE TABLE t(x); INSERT INTO t VALUES(1);", nullptr, nullptr,
                              nullptr),
                 SQLITE_OK);
        sqlite3_close(db);
    } else {
        {
            auto ws = Workspace::create(path, passphrase);
            QVERIFY(ws);
            for (int i = 0; i < 100; ++i) {
                QJsonObject big = sampleDesign(i);
                big.insert(QStringLiteral("padding"), QString(1000, QLatin1Char('p')));
                QVERIFY(ws.value()->saveDesign(QStringLiteral("design %1").arg(i), big));
            }
        }
        QFile f(path);
        QVERIFY(f.size() > 8 * Database::PageSize);
        const qint64 pages = f.size() / Database::PageSize;
        const qint64 newSize = kind == QLatin1String("mid-page") ? f.size() - 700
            : kind == QLatin1String("page")                      ? (pages / 2) * Database::PageSize
                                                                 : Database::PageSize;
        QVERIFY(f.resize(newSize));
    }
    const QByteArray before = fileHash(path);
    const auto ws = Workspace::open(path, passphrase);
    QVERIFY(!ws);
    const auto expected
        = kind == QLatin1String("plain") ? WorkspaceError::NotAWorkspace : WorkspaceError::Corrupt;
    QCOMPARE(WorkspaceError::codeName(ws.error().code), WorkspaceError::codeName(expected));
    QCOMPARE(fileHash(path), before);
}

void tst_Database::refusesNewerVersion()
{
    const QString path = newPath(QStringLiteral("newer.fairstart"));
    QVERIFY(Workspace::create(path, passphrase));
    {
        auto db = Database::open(path, passphrase);
        QVERIFY(db);
        db.value()->exec("PRAGMA user_version=7");
    }
    const QByteArray before = fileHash(path);
    const auto ws = Workspace::open(path, passphrase);
    QVERIFY(!ws);
    QCOMPARE(WorkspaceError::codeName(ws.error().code), QStringLiteral("NewerVersion"));
    QVERIFY2(ws.error().message.contains(QLatin1String("version 7")),
             qPrintable(ws.error().message));
    QCOMPARE(fileHash(path), before);
}

void tst_Database::refusesSecondOpener()
{
    const QString path = newPath(QStringLiteral("locked.fairstart"));
    auto first = Workspace::create(path, passphrase);
    QVERIFY(first);
    const auto second = Workspace::open(path, passphrase);
    QVERIFY(!second);
    QCOMPARE(WorkspaceError::codeName(second.error().code), QStringLiteral("Locked"));
    QVERIFY(first.value()->saveDesign(QStringLiteral("still works"), sampleDesign(3)));
    first.value()->close();
    QVERIFY(Workspace::open(path, passphrase));
}

void tst_Database::encryptionAtRest()
{
    const QString path = newPath(QStringLiteral("secret.fairstart"));
    const QByteArray designName = "Zebrafish cohort design 4471";
    const QByteArray token = "tok-7f3a9c2e-SECRET-token-value";
    const QByteArray outcome = "low_birth_weight";
    const auto leaks = [&](const QByteArray &bytes) {
        return bytes.contains(designName) || bytes.contains(token) || bytes.contains(outcome);
    };
    auto ws = Workspace::create(path, passphrase);
    QVERIFY(ws);
    const auto saved = ws.value()->saveDesign(QString::fromUtf8(designName), sampleDesign(5));
    QVERIFY(saved);
    Site site;
    site.name = QStringLiteral("Leeds");
    site.url = QStringLiteral("https://node.leeds.example:8443");
    site.pin = QStringLiteral("sha256/AAAA");
    site.token = QString::fromUtf8(token);
    QVERIFY(ws.value()->addSite(site));
    for (int i = 0; i < 20; ++i)
        QVERIFY(ws.value()->saveDesign(QStringLiteral("more %1").arg(i), sampleDesign(i)));

    // While open: the main file and the write-ahead log.
    bool sawLog = false;
    for (const char *suffix : { "", "-wal", "-journal", "-shm" }) {
        const QString file = path + QLatin1String(suffix);
        if (!QFile::exists(file))
            continue;
        sawLog = sawLog || QByteArray(suffix) == "-wal";
        QVERIFY2(!leaks(readAll(file)), suffix);
    }
    QVERIFY(sawLog); // the log holds the latest commits: it had to be checked too
    QVERIFY(!QFile::exists(path + QLatin1String("-shm")));

    // The needle search works: the same design exported to .fsmodel is plaintext on purpose.
    const QString exported = newPath(QStringLiteral("secret.fsmodel"));
    QVERIFY(ws.value()->exportDesign(saved->designId, exported));
    QVERIFY(leaks(readAll(exported)));

    ws.value()->close();
    QVERIFY(!leaks(readAll(path)));
    const auto wrong = Workspace::open(path, QStringLiteral("not the passphrase"));
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().code, WorkspaceError::WrongPassphrase);
}

void tst_Database::changePassphrase()
{
    const QString path = newPath(QStringLiteral("rekey.fairstart"));
    const QString newPassphrase = QStringLiteral("a much better passphrase ✓");
    {
        auto ws = Workspace::create(path, passphrase);
        QVERIFY(ws);
        for (int i = 0; i < 30; ++i)
            QVERIFY(ws.value()->saveDesign(QStringLiteral("d%1").arg(i), sampleDesign(i)));
        const auto refused = ws.value()->changePassphrase(QStringLiteral("guess"), newPassphrase);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, WorkspaceError::WrongPassphrase);
        QCOMPARE(ws.value()->changePassphrase(passphrase, QString()).error().code,
                 WorkspaceError::Invalid);
        const auto changed = ws.value()->changePassphrase(passphrase, newPassphrase);
        QVERIFY2(changed, qPrintable(changed ? QString() : changed.error().message));
        // Still usable after the rekey, and still in WAL mode.
        QVERIFY(ws.value()->saveDesign(QStringLiteral("after rekey"), sampleDesign(99)));
        QVERIFY(ws.value()->integrityCheck()->isEmpty());
    }
    const auto old = Workspace::open(path, passphrase);
    QVERIFY(!old);
    QCOMPARE(old.error().code, WorkspaceError::WrongPassphrase);
    auto ws = Workspace::open(path, newPassphrase);
    QVERIFY2(ws, qPrintable(ws ? QString() : ws.error().message));
    QCOMPARE(ws.value()->designs()->size(), 31);
    QVERIFY(ws.value()->integrityCheck()->isEmpty());
}

void tst_Database::migratesFromEveryEarlierVersion_data()
{
    QTest::addColumn<int>("fromVersion");
    for (int v = 1; v < Workspace::SchemaVersion; ++v)
        QTest::addRow("v%d", v) << v;
}

void tst_Database::migratesFromEveryEarlierVersion()
{
    QFETCH(int, fromVersion);
    const QString path = newPath(QStringLiteral("migrate-v%1.fairstart").arg(fromVersion));
    const QString time1 = QStringLiteral("2026-01-02T03:04:05.006Z");
    const QString time2 = QStringLiteral("2026-01-02T03:04:06.007Z");
    const QJsonObject entry1 { { QStringLiteral("request"), QStringLiteral("catalogue") } };
    const QJsonObject entry2 { { QStringLiteral("request"), QStringLiteral("job") },
                               { QStringLiteral("site"), QStringLiteral("Leeds") } };
    const QByteArray zero(32, '\0');
    const QByteArray hash1 = chainHash(zero, 1, time1, entry1);
    const QByteArray hash2 = chainHash(hash1, 2, time2, entry2);
    {
        // A file as the older Fairstart wrote it, with its content inserted by SQL of that time.
        auto db = Database::create(path, passphrase, fromVersion);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        QCOMPARE(db.value()->userVersion(), fromVersion);
        Database &d = *db.value();
        d.exec("INSERT INTO designs(id, name, created, modified) VALUES(1, 'Old design', "
               "'2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')");
        d.exec("INSERT INTO design_versions(design_id, version, json, saved) VALUES(1, 1, "
               "'{\"n\":1}', '2026-01-01T00:00:00.000Z')");
        d.exec("INSERT INTO runs(id, design_id, design_version, design_name, created, finished) "
               "VALUES(1, 1, 1, 'Old design', '2026-01-01T00:00:00.000Z', "
               "'2026-01-01T00:01:00.000Z')");
        d.exec("INSERT INTO run_data(run_id, request, result) VALUES(1, '{}', "
               "'{\"deviance\":1.5}')");
        d.exec("INSERT INTO run_sites(run_id, site, state, updated) VALUES(1, 'Leeds', "
               "'succeeded', '2026-01-01T00:01:00.000Z')");
        Statement log(d.handle(),
                      "INSERT INTO request_log(seq, time, entry, prev_hash, hash) "
                      "VALUES(?, ?, ?, ?, ?)");
        log.bind(1, 1).bind(2, time1).bind(
            3, QString::fromUtf8(QJsonDocument(entry1).toJson(QJsonDocument::Compact)));
        log.bindBlob(4, zero).bindBlob(5, hash1).exec();
        log.bind(1, 2).bind(2, time2).bind(
            3, QString::fromUtf8(QJsonDocument(entry2).toJson(QJsonDocument::Compact)));
        log.bindBlob(4, hash1).bindBlob(5, hash2).exec();
        if (fromVersion >= 2) {
            // Version 2's Fairstart kept the log's head with every entry it appended.
            Statement head(d.handle(), "UPDATE request_log_head SET entries = 2, hash = ?");
            head.bindBlob(1, hash2).exec();
        }
        // Sites of versions 1 and 2 have no study keys.
        d.exec("INSERT INTO sites(id, name, url, pin, token) VALUES(1, 'Leeds', "
               "'https://leeds.example:8443', 'sha256//pin', 'token-1')");
    }
    {
        auto ws = Workspace::open(path, passphrase);
        QVERIFY2(ws, qPrintable(ws ? QString() : ws.error().message));
        Workspace &w = *ws.value();
        QCOMPARE(w.designs()->size(), 1);
        QCOMPARE(w.design(1)->name, QStringLiteral("Old design"));
        QCOMPARE(w.runs(1)->size(), 1); // the index of version 2 serves this query
        QCOMPARE(w.run(1)->result.value(QStringLiteral("deviance")).toDouble(), 1.5);
        QCOMPARE(w.run(1)->sites.first().state, SiteRunState::Succeeded);
        // Settings arrived with version 2.
        QVERIFY(w.setSetting(QStringLiteral("theme"), QStringLiteral("dark")));
        QCOMPARE(w.setting(QStringLiteral("theme"))->toString(), QStringLiteral("dark"));
        // The migrated log verifies, and its new head makes removing the last entry visible.
        const auto check = w.verifyRequestLog();
        QVERIFY(check);
        QVERIFY2(check->intact, qPrintable(check->message));
        QCOMPARE(check->entries, 2);
        const auto appended = w.appendRequestLog(entry1);
        QVERIFY(appended);
        QCOMPARE(appended->sequence, 3);
        QCOMPARE(appended->previousHash, hash2);
        // The site arrives without keys (version 3 adds them) and records them on first use.
        const auto sites = w.sites();
        QVERIFY(sites);
        QCOMPARE(sites->size(), 1);
        QCOMPARE(sites->first().name, QStringLiteral("Leeds"));
        QCOMPARE(sites->first().token, QStringLiteral("token-1"));
        QVERIFY(sites->first().signingKey.isEmpty());
        QVERIFY(sites->first().keyAgreementKey.isEmpty());
        const QString signing = QString::fromLatin1(QByteArray(32, '\x11').toBase64());
        const QString agreement = QString::fromLatin1(QByteArray(32, '\x22').toBase64());
        QVERIFY(w.recordSiteKeys(QStringLiteral("Leeds"), signing, agreement));
        QCOMPARE(w.site(QStringLiteral("Leeds"))->signingKey, signing);
        QCOMPARE(w.site(QStringLiteral("Leeds"))->keyAgreementKey, agreement);
        QVERIFY(w.integrityCheck()->isEmpty());
    }
    auto db = Database::open(path, passphrase, false);
    QVERIFY(db);
    QCOMPARE(db.value()->userVersion(), Workspace::SchemaVersion);
}

void tst_Database::publishedModelsAreReadOnlyInSql()
{
    const QString path = newPath(QStringLiteral("readonly.fairstart"));
    {
        auto ws = Workspace::create(path, passphrase);
        QVERIFY(ws);
        const auto d = ws.value()->saveDesign(QStringLiteral("d"), sampleDesign(1));
        const auto run = ws.value()->addRun(d->designId, {}, { QStringLiteral("Leeds") });
        QVERIFY(run);
        QVERIFY(ws.value()->setRunResult(*run, QJsonObject { { QStringLiteral("n"), 120 } }));
        QVERIFY(ws.value()->publishModel(*run, QStringLiteral("Model A"), sampleDesign(7)));
    }
    auto db = Database::open(path, passphrase);
    QVERIFY(db);
    for (const char *sql :
         { "UPDATE published_models SET name = 'changed'", "DELETE FROM published_models" }) {
        bool refused = false;
        try {
            db.value()->exec(sql);
        } catch (const SqlError &e) {
            refused = e.message.contains(QLatin1String("read-only"));
        }
        QVERIFY2(refused, sql);
    }
}

void tst_Database::cipherVersionNamesBoth()
{
    const QString version = cipherVersion();
    QVERIFY2(version.startsWith(QLatin1String("SQLCipher 3.")), qPrintable(version));
    QVERIFY2(version.contains(QLatin1String(" on SQLite 3.")), qPrintable(version));
}

// The settings docs/workspace.md promises for crash safety and one-process-at-a-time.
void tst_Database::crashSafeSettings()
{
    const QString path = newPath(QStringLiteral("settings.fairstart"));
    QVERIFY(Workspace::create(path, passphrase));
    auto db = Database::open(path, passphrase);
    QVERIFY(db);
    const auto pragma = [&](const char *sql) {
        Statement s(db.value()->handle(), sql);
        s.step();
        return s.text(0);
    };
    QCOMPARE(pragma("PRAGMA journal_mode"), QStringLiteral("wal"));
    QCOMPARE(pragma("PRAGMA synchronous"), QStringLiteral("2")); // FULL
    QCOMPARE(pragma("PRAGMA locking_mode"), QStringLiteral("exclusive"));
    QCOMPARE(pragma("PRAGMA foreign_keys"), QStringLiteral("1"));
    QCOMPARE(pragma("PRAGMA cipher_page_size"), QString::number(Database::PageSize));
    QCOMPARE(pragma("PRAGMA application_id"), QString::number(Database::ApplicationId));
}

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_database.moc"

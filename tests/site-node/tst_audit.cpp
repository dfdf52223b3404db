// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/node/store.h"

#ifndef SQLITE_HAS_CODEC
#define SQLITE_HAS_CODEC 1
#endif
#include <sodium.h>
#include <sqlite3.h>

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace fairstart::node;

namespace {

const QString kPassphrase = QStringLiteral("a long test passphrase");

// Runs SQL on the store file directly, as someone holding the passphrase and bypassing
// fairstart-node would (the cipher settings are those of store.cpp).
bool rawExec(const QString &dataDir, const QByteArray &sql)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(SiteStore::storePath(dataDir).toUtf8().constData(), &db) != SQLITE_OK)
        return false;
    const QByteArray key = kPassphrase.toUtf8();
    sqlite3_key(db, key.constData(), int(key.size()));
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

QByteArray blake2b(const QByteArray &data)
{
    QByteArray out(32, '\0');
    crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), 32,
                       reinterpret_cast<const unsigned char *>(data.constData()),
                       std::size_t(data.size()), nullptr, 0);
    return out;
}

void fill(SiteStore &store, int n)
{
    for (int i = 1; i <= n; ++i) {
        auto seq = store.appendAudit(QJsonObject {
            { QStringLiteral("event"), QStringLiteral("test") }, { QStringLiteral("x"), i } });
        QCOMPARE(seq.value(), qint64(i));
    }
}

} // namespace

class TestAudit : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void chainIsWellFormed()
    {
        QTemporaryDir dir;
        auto store = (SiteStore::create(dir.path(), kPassphrase, QStringLiteral("n")).value());
        fill(*store, 5);
        auto entries = store->auditEntries(1, 100);
        QVERIFY(entries.ok());
        QCOMPARE(entries->size(), std::size_t(5));
        QByteArray previous(32, '\0');
        for (const AuditEntry &e : entries.value()) {
            QCOMPARE(e.entry.value(QStringLiteral("seq")).toInteger(), e.seq);
            QVERIFY(e.time.isValid());
            QVERIFY(e.entry.value(QStringLiteral("software"))
                        .toString()
                        .startsWith(QLatin1String("fairstart-node ")));
            QCOMPARE(e.previousHash, previous);
            // BLAKE2b over the previous hash and the canonical (compact, sorted) JSON.
            const QByteArray canonical = QJsonDocument(e.entry).toJson(QJsonDocument::Compact);
            QCOMPARE(e.hash, blake2b(previous + canonical));
            previous = e.hash;
        }
        QCOMPARE(store->auditEntries(4, 10)->size(), std::size_t(2));
        QCOMPARE(store->auditEntries(2, 2)->front().seq, qint64(2));
        auto v = store->verifyAudit();
        QVERIFY(v->ok);
        QCOMPARE(v->entries, qint64(5));
        QCOMPARE(v->firstBadSeq, qint64(0));
    }

    void emptyChainVerifies()
    {
        QTemporaryDir dir;
        auto store = (SiteStore::create(dir.path(), kPassphrase, QStringLiteral("n")).value());
        QVERIFY(store->verifyAudit()->ok);
        QCOMPARE(store->verifyAudit()->entries, qint64(0));
    }

    void tamperingIsDetected_data()
    {
        QTest::addColumn<QByteArray>("sql");
        QTest::addColumn<qint64>("firstBad");
        QTest::newRow("changed entry")
            << QByteArray("UPDATE audit SET entry = replace(entry, '\"x\":3', '\"x\":30') "
                          "WHERE seq = 3;")
            << qint64(3);
        QTest::newRow("removed entry")
            << QByteArray("DELETE FROM audit WHERE seq = 3;") << qint64(3);
        QTest::newRow("removed first entry")
            << QByteArray("DELETE FROM audit WHERE seq = 1;") << qint64(1);
        QTest::newRow("removed last entry")
            << QByteArray("DELETE FROM audit WHERE seq = 5;") << qint64(5);
        QTest::newRow("reordered entries") << QByteArray("UPDATE audit SET seq = -2 WHERE seq = 2;"
                                                         "UPDATE audit SET seq = 2 WHERE seq = 3;"
                                                         "UPDATE audit SET seq = 3 WHERE seq = -2;")
                                           << qint64(2);
        QTest::newRow("renumbered after removal")
            << QByteArray("DELETE FROM audit WHERE seq = 3;"
                          "UPDATE audit SET seq = seq - 1 WHERE seq > 3;")
            << qint64(3);
        QTest::newRow("changed hash") << QByteArray("UPDATE audit SET hash = zeroblob(32) "
                                                    "WHERE seq = 4;")
                                      << qint64(4);
    }

    void tamperingIsDetected()
    {
        QFETCH(QByteArray, sql);
        QFETCH(qint64, firstBad);
        QTemporaryDir dir;
        {
            auto store = (SiteStore::create(dir.path(), kPassphrase, QStringLiteral("n")).value());
            fill(*store, 5);
            QVERIFY(store->verifyAudit()->ok);
        }
        QVERIFY(rawExec(dir.path(), sql));
        auto store = (SiteStore::open(dir.path(), kPassphrase).value());
        auto v = store->verifyAudit();
        QVERIFY(v.ok());
        QVERIFY(!v->ok);
        QCOMPARE(v->firstBadSeq, firstBad);
        QVERIFY(!v->problem.isEmpty());
    }

    // An attacker who rewrites one entry and recomputes its hash still breaks the link to the
    // next entry.
    void rehashedEntryBreaksTheNextLink()
    {
        QTemporaryDir dir;
        QByteArray previousOfThree;
        {
            auto store = (SiteStore::create(dir.path(), kPassphrase, QStringLiteral("n")).value());
            fill(*store, 5);
            previousOfThree = store->auditEntries(3, 1)->front().previousHash;
        }
        QJsonObject forged { { QStringLiteral("event"), QStringLiteral("test") },
                             { QStringLiteral("x"), 300 },
                             { QStringLiteral("seq"), 3 },
                             { QStringLiteral("time"), QStringLiteral("2026-01-01T00:00:00.000Z") },
                             { QStringLiteral("software"), QStringLiteral("fairstart-node x") } };
        const QByteArray text = QJsonDocument(forged).toJson(QJsonDocument::Compact);
        const QByteArray hash = blake2b(previousOfThree + text);
        QVERIFY(rawExec(dir.path(),
                        "UPDATE audit SET entry = x'" + text.toHex() + "', hash = x'" + hash.toHex()
                            + "' WHERE seq = 3;"));
        auto store = (SiteStore::open(dir.path(), kPassphrase).value());
        auto v = store->verifyAudit();
        QVERIFY(!v->ok);
        QCOMPARE(v->firstBadSeq, qint64(4));
    }

    void appendContinuesAfterReopen()
    {
        QTemporaryDir dir;
        {
            auto store = (SiteStore::create(dir.path(), kPassphrase, QStringLiteral("n")).value());
            fill(*store, 2);
        }
        auto store = (SiteStore::open(dir.path(), kPassphrase).value());
        QCOMPARE(
            store->appendAudit(QJsonObject { { QStringLiteral("event"), QStringLiteral("x") } })
                .value(),
            qint64(3));
        QVERIFY(store->verifyAudit()->ok);
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"

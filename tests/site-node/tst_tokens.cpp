// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/node/store.h"

#ifndef SQLITE_HAS_CODEC
#define SQLITE_HAS_CODEC 1
#endif
#include <sqlite3.h>

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace fairstart::node;

namespace {

const QString kPassphrase = QStringLiteral("a long test passphrase");

// Every value of the tokens table, read directly from the file.
QByteArray rawTokenTable(const QString &dataDir)
{
    sqlite3 *db = nullptr;
    sqlite3_open(SiteStore::storePath(dataDir).toUtf8().constData(), &db);
    const QByteArray key = kPassphrase.toUtf8();
    sqlite3_key(db, key.constData(), int(key.size()));
    sqlite3_exec(db, "PRAGMA kdf_iter = 256000; PRAGMA cipher_page_size = 4096;", nullptr, nullptr,
                 nullptr);
    sqlite3_stmt *stmt = nullptr;
    QByteArray all;
    if (sqlite3_prepare_v2(db, "SELECT * FROM tokens", -1, &stmt, nullptr) == SQLITE_OK) {
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            for (int i = 0; i < sqlite3_column_count(stmt); ++i)
                all += QByteArray(static_cast<const char *>(sqlite3_column_blob(stmt, i)),
                                  sqlite3_column_bytes(stmt, i))
                    + '|';
        }
    }
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return all;
}

} // namespace

class TestTokens : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SiteStore> m_store;

private Q_SLOTS:
    void initTestCase()
    {
        auto store = SiteStore::create(m_dir.path(), kPassphrase, QStringLiteral("n"));
        QVERIFY(store.ok());
        m_store = std::move(store.value());
    }

    void createAndVerify()
    {
        auto created = m_store->createToken(
            QStringLiteral("ann"),
            { QStringLiteral("research"), QStringLiteral("quality"), QStringLiteral("research") },
            30);
        QVERIFY(created.ok());
        QVERIFY(QRegularExpression(QStringLiteral("^fst_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$"))
                    .match(created->token)
                    .hasMatch());
        QCOMPARE(created->info.purposes,
                 (QStringList { QStringLiteral("quality"), QStringLiteral("research") }));
        auto info = m_store->verifyToken(created->token);
        QVERIFY(info);
        QCOMPARE(info->id, created->info.id);
        QCOMPARE(info->user, QStringLiteral("ann"));
        QCOMPARE(info->purposes, created->info.purposes);
        QVERIFY(!info->revoked);
        QVERIFY(info->usableAt(QDateTime::currentDateTimeUtc()));
        QVERIFY(!info->usableAt(QDateTime::currentDateTimeUtc().addDays(31)));
        QVERIFY(info->usableAt(QDateTime::currentDateTimeUtc().addDays(29)));
    }

    void onlyTheHashIsStored()
    {
        auto created
            = m_store->createToken(QStringLiteral("bob"), { QStringLiteral("research") }, 0);
        QVERIFY(created.ok());
        const QByteArray secret = created->token.section(QLatin1Char('_'), 2).toLatin1();
        QCOMPARE(secret.size(), 43);
        const QByteArray table = rawTokenTable(m_dir.path());
        QVERIFY(table.contains(created->info.id.toLatin1())); // the table was read
        QVERIFY(!table.contains(secret));
        QVERIFY(!table.contains(created->token.toLatin1()));
        QVERIFY(!created->info.expiresAt.isValid()); // 0 days: never expires
    }

    void rejectsWrongTokens_data()
    {
        QTest::addColumn<QString>("token");
        QTest::newRow("empty") << QString();
        QTest::newRow("garbage") << QStringLiteral("hello");
        QTest::newRow("unknown id")
            << QStringLiteral("fst_000000000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        QTest::newRow("wrong secret") << QStringLiteral("WRONGSECRET");
        QTest::newRow("truncated") << QStringLiteral("TRUNCATED");
        QTest::newRow("extra") << QStringLiteral("EXTRA");
    }

    void rejectsWrongTokens()
    {
        QFETCH(QString, token);
        auto created
            = m_store->createToken(QStringLiteral("carl"), { QStringLiteral("research") }, 5);
        QVERIFY(created.ok());
        const QString good = created->token;
        if (token == QLatin1String("WRONGSECRET"))
            token = good.left(good.size() - 1) + (good.endsWith(QLatin1Char('A')) ? u'B' : u'A');
        else if (token == QLatin1String("TRUNCATED"))
            token = good.left(good.size() - 1);
        else if (token == QLatin1String("EXTRA"))
            token = good + QLatin1Char('x');
        QVERIFY(!m_store->verifyToken(token));
        QVERIFY(m_store->verifyToken(good));
    }

    void revoke()
    {
        auto created
            = m_store->createToken(QStringLiteral("dora"), { QStringLiteral("quality") }, 5);
        QVERIFY(created.ok());
        QCOMPARE(m_store->revokeToken(created->info.id).value(), TokenRevocation::Revoked);
        QCOMPARE(m_store->revokeToken(created->info.id).value(), TokenRevocation::AlreadyRevoked);
        auto info = m_store->verifyToken(created->token);
        QVERIFY(info);
        QVERIFY(info->revoked);
        QVERIFY(!info->usableAt(QDateTime::currentDateTimeUtc()));
        QCOMPARE(m_store->revokeToken(QStringLiteral("ffffffffffff")).error().code,
                 NodeErrorCode::NotFound);
        bool listed = false;
        const std::vector<TokenInfo> tokens = m_store->listTokens().value();
        for (const TokenInfo &t : tokens) {
            if (t.id == created->info.id) {
                listed = true;
                QVERIFY(t.revoked);
            }
        }
        QVERIFY(listed);
    }

    void invalidInput_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QStringList>("purposes");
        QTest::addColumn<int>("days");
        QTest::newRow("empty user") << QString() << QStringList { QStringLiteral("research") } << 5;
        QTest::newRow("user with space")
            << QStringLiteral("a b") << QStringList { QStringLiteral("research") } << 5;
        QTest::newRow("no purpose") << QStringLiteral("ann") << QStringList {} << 5;
        QTest::newRow("upper-case purpose")
            << QStringLiteral("ann") << QStringList { QStringLiteral("Research") } << 5;
        QTest::newRow("purpose with comma")
            << QStringLiteral("ann") << QStringList { QStringLiteral("a,b") } << 5;
        QTest::newRow("too long") << QStringLiteral("ann")
                                  << QStringList { QStringLiteral("research") } << 5000;
    }

    void invalidInput()
    {
        QFETCH(QString, user);
        QFETCH(QStringList, purposes);
        QFETCH(int, days);
        const auto before = m_store->listTokens()->size();
        auto created = m_store->createToken(user, purposes, days);
        QVERIFY(!created.ok());
        QCOMPARE(created.error().code, NodeErrorCode::InvalidInput);
        QCOMPARE(m_store->listTokens()->size(), before);
    }

    void tokensSurviveReopen()
    {
        auto created
            = m_store->createToken(QStringLiteral("erik"), { QStringLiteral("research") }, 5);
        QVERIFY(created.ok());
        m_store.reset();
        auto store = SiteStore::open(m_dir.path(), kPassphrase);
        QVERIFY(store.ok());
        m_store = std::move(store.value());
        QVERIFY(m_store->verifyToken(created->token));
    }
};

QTEST_GUILESS_MAIN(TestTokens)
#include "tst_tokens.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/node/auditlog.h"
#include "fairstart/node/logtext.h"
#include "fairstart/node/store.h"

#include "fairstart/protocol/codec.h"

#ifndef SQLITE_HAS_CODEC
#define SQLITE_HAS_CODEC 1
#endif
#include <sodium.h>
#include <sqlite3.h>

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>
#include <vector>

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

// RFC 4180 read back: records of fields, quotes undoubled, CRLF between records. Fails (returns
// nothing) on anything a conforming writer would not produce.
std::optional<std::vector<QStringList>> parseCsv(const QByteArray &bytes)
{
    std::vector<QStringList> records;
    QStringList record;
    QByteArray field;
    qsizetype i = 0;
    const qsizetype n = bytes.size();
    while (i < n) {
        if (bytes[i] == '"') {
            ++i;
            for (;;) {
                if (i >= n)
                    return std::nullopt; // unterminated quote
                if (bytes[i] == '"') {
                    if (i + 1 < n && bytes[i + 1] == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field.append(bytes[i++]);
            }
        } else {
            while (i < n && bytes[i] != ',' && bytes[i] != '\r' && bytes[i] != '\n') {
                if (bytes[i] == '"')
                    return std::nullopt; // a quote inside an unquoted field
                field.append(bytes[i++]);
            }
        }
        record.append(QString::fromUtf8(field));
        field.clear();
        if (i >= n)
            return std::nullopt; // the last record must end with CRLF
        if (bytes[i] == ',') {
            ++i;
            continue;
        }
        if (bytes[i] != '\r' || i + 1 >= n || bytes[i + 1] != '\n')
            return std::nullopt; // a bare LF or CR between records
        i += 2;
        records.push_back(record);
        record.clear();
    }
    return records;
}

// The inverse of logSafe: "\\" is a backslash, "\xNN" a byte, everything else itself.
QByteArray unescapeLog(const QByteArray &text)
{
    QByteArray out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != '\\') {
            out.append(text[i]);
            continue;
        }
        if (i + 1 < text.size() && text[i + 1] == '\\') {
            out.append('\\');
            ++i;
        } else if (i + 3 < text.size() && text[i + 1] == 'x') {
            out.append(char(text.mid(i + 2, 2).toInt(nullptr, 16)));
            i += 3;
        } else {
            out.append("<bad escape>");
        }
    }
    return out;
}

bool isValidUtf8(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes).toUtf8() == bytes;
}

// Entries as the server writes them, with the fields an export shows and some that are hard for
// CSV: a dataset name with a comma, a quote and a line break, and one a spreadsheet would run.
void fillRequests(SiteStore &store)
{
    auto request = [&store](const QString &user, const QString &dataset, int status,
                            const QString &code, const QJsonArray &checks) {
        QJsonObject entry { { QStringLiteral("event"), QStringLiteral("request") },
                            { QStringLiteral("user"), user },
                            { QStringLiteral("tokenId"), QString(user + QStringLiteral("-token")) },
                            { QStringLiteral("purpose"), QStringLiteral("research") },
                            { QStringLiteral("dataset"), dataset },
                            { QStringLiteral("method"), QStringLiteral("POST") },
                            { QStringLiteral("path"), QStringLiteral("/v1/jobs") },
                            { QStringLiteral("status"), status },
                            { QStringLiteral("outcome"), auditOutcome(status) },
                            { QStringLiteral("requestHash"), QStringLiteral("sha256:ab") },
                            { QStringLiteral("request"),
                              QJsonObject {
                                  { QStringLiteral("beta"), QJsonArray { -6000, 1, 0.5 } } } } };
        if (!code.isEmpty())
            entry.insert(QStringLiteral("code"), code);
        if (!checks.isEmpty())
            entry.insert(QStringLiteral("checks"), checks);
        if (status == 200)
            entry.insert(QStringLiteral("releasedHash"), QStringLiteral("sha256:cd"));
        QVERIFY(store.appendAudit(entry));
    };
    const QJsonObject cohortPassed { { QStringLiteral("rule"), QStringLiteral("min-cohort") },
                                     { QStringLiteral("threshold"), 50 },
                                     { QStringLiteral("passed"), true } };
    const QJsonObject cellFailed { { QStringLiteral("rule"), QStringLiteral("min-cell") },
                                   { QStringLiteral("threshold"), 10 },
                                   { QStringLiteral("passed"), false },
                                   { QStringLiteral("detail"), QStringLiteral("smoke x ht") } };
    const QJsonObject dominance { { QStringLiteral("rule"), QStringLiteral("dominance") },
                                  { QStringLiteral("threshold"), 0.9 },
                                  { QStringLiteral("passed"), true } };
    request(QStringLiteral("ann"), QStringLiteral("cohort"), 200, QString(),
            { cohortPassed, dominance }); // seq 1
    request(QStringLiteral("bob"), QStringLiteral("a, \"b\"\nc"), 422, QStringLiteral("min-cell"),
            { cohortPassed, cellFailed }); // seq 2
    request(QStringLiteral("ann"), QStringLiteral("=HYPERLINK(\"http://x\")"), 404,
            QStringLiteral("unknown-dataset"), {}); // seq 3
    request(QStringLiteral("-"), QStringLiteral("cohort"), 413, QStringLiteral("payload-too-large"),
            {}); // seq 4
    QVERIFY(store.appendAudit(
        QJsonObject { { QStringLiteral("event"), QStringLiteral("token-created") },
                      { QStringLiteral("user"), QStringLiteral("bob") },
                      { QStringLiteral("tokenId"), QStringLiteral("bob-token") } })); // seq 5
}

QByteArray exportAll(const SiteStore &store, const AuditExportFilter &filter,
                     AuditExportFormat format, AuditExportSummary *summary = nullptr)
{
    QByteArray out;
    auto result = exportAudit(store, filter, format, [&out](const QByteArray &bytes) {
        out += bytes;
        return true;
    });
    if (!result)
        return QByteArray("<failed: ") + result.error().message.toUtf8() + '>';
    if (summary)
        *summary = result.value();
    return out;
}

std::vector<qint64> exportedSeqs(const QByteArray &csv)
{
    std::vector<qint64> seqs;
    const auto records = parseCsv(csv);
    if (!records)
        return { -1 };
    for (std::size_t i = 1; i < records->size(); ++i)
        seqs.push_back((*records)[i].value(0).toLongLong());
    return seqs;
}

} // namespace

class TestAudit : public QObject {
    Q_OBJECT

    // One store with fillRequests' entries for the filter rows (opening a store costs a key
    // derivation, ~1 s), and the UTC day all its entries were written on: the date filters are
    // relative to that day, not to the clock, so that a run across midnight UTC tests the same.
    // A store filled across midnight is filled again (a second fill cannot cross it too).
    std::unique_ptr<QTemporaryDir> m_filledDir;
    std::unique_ptr<SiteStore> m_filled;
    QDate m_filledDay;
    SiteStore &filledStore()
    {
        while (!m_filled) {
            m_filled.reset();
            m_filledDir = std::make_unique<QTemporaryDir>();
            m_filled
                = SiteStore::create(m_filledDir->path(), kPassphrase, QStringLiteral("n")).value();
            fillRequests(*m_filled);
            const auto entries = m_filled->auditEntries(1, 10).value();
            m_filledDay = entries.front().time.toUTC().date();
            if (entries.back().time.toUTC().date() != m_filledDay)
                m_filled.reset();
        }
        return *m_filled;
    }

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

    // ---- log lines ----------------------------------------------------------------------------

    void logSafeEscapes_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("plain") << QByteArray("/v1/jobs") << QByteArray("/v1/jobs");
        QTest::newRow("line feed") << QByteArray("/v1/x\n2026-01-01 GET /v1/info 200 admin")
                                   << QByteArray("/v1/x\\x0a2026-01-01 GET /v1/info 200 admin");
        QTest::newRow("CR LF") << QByteArray("a\r\nb") << QByteArray("a\\x0d\\x0ab");
        QTest::newRow("NUL and tab") << QByteArray("a\0b\tc", 5) << QByteArray("a\\x00b\\x09c");
        QTest::newRow("terminal escape")
            << QByteArray("\x1b[2J\x1b]0;title\x07") << QByteArray("\\x1b[2J\\x1b]0;title\\x07");
        QTest::newRow("DEL") << QByteArray("a\x7f") << QByteArray("a\\x7f");
        QTest::newRow("backslash") << QByteArray("\\x0a") << QByteArray("\\\\x0a");
        QTest::newRow("UTF-8 kept") << QByteArray("Zoë 日本 😀") << QByteArray("Zoë 日本 😀");
        QTest::newRow("C1 NEL") << QByteArray("a\xc2\x85z") << QByteArray("a\\xc2\\x85z");
        QTest::newRow("C1 CSI") << QByteArray("\xc2\x9b"
                                              "31m")
                                << QByteArray("\\xc2\\x9b31m");
        QTest::newRow("line separator")
            << QByteArray("a\xe2\x80\xa8z") << QByteArray("a\\xe2\\x80\\xa8z");
        QTest::newRow("paragraph separator")
            << QByteArray("a\xe2\x80\xa9z") << QByteArray("a\\xe2\\x80\\xa9z");
        QTest::newRow("right-to-left override")
            << QByteArray("a\xe2\x80\xaez") << QByteArray("a\\xe2\\x80\\xaez");
        QTest::newRow("isolate") << QByteArray("\xe2\x81\xa6") << QByteArray("\\xe2\\x81\\xa6");
        QTest::newRow("invalid byte") << QByteArray("a\xffz") << QByteArray("a\\xffz");
        QTest::newRow("overlong slash") << QByteArray("\xc0\xaf") << QByteArray("\\xc0\\xaf");
        QTest::newRow("overlong newline")
            << QByteArray("\xe0\x80\x8a") << QByteArray("\\xe0\\x80\\x8a");
        QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << QByteArray("\\xed\\xa0\\x80");
        QTest::newRow("beyond U+10FFFF")
            << QByteArray("\xf4\x90\x80\x80") << QByteArray("\\xf4\\x90\\x80\\x80");
        QTest::newRow("truncated sequence then newline")
            << QByteArray("\xe2\x82\n") << QByteArray("\\xe2\\x82\\x0a");
    }

    void logSafeEscapes()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, expected);
        QCOMPARE(logSafe(QByteArrayView(input)), expected);
        QCOMPARE(unescapeLog(expected), input);
    }

    // Any bytes at all: one printable line of valid UTF-8 that gives the input back, so that an
    // escape cannot hide or forge anything.
    void logSafeOnRandomBytes()
    {
        QRandomGenerator random(20261202);
        for (int i = 0; i < 20000; ++i) {
            QByteArray input(int(random.bounded(1, 24)), '\0');
            for (char &c : input) {
                // Mostly the interesting bytes: controls, UTF-8 lead and continuation bytes.
                static const char pool[] = "\n\r\x1b\x7f\\x0a\xc2\x85\x9b\xe2\x80\xa8\xae\xed\xa0"
                                           "\xf0\xf4\x90\xc0\xff";
                c = random.bounded(3) == 0 ? char(random.bounded(256))
                                           : pool[random.bounded(int(sizeof pool) - 1)];
            }
            const QByteArray safe = logSafe(QByteArrayView(input));
            for (char c : safe)
                QVERIFY2(uchar(c) >= 0x20 && uchar(c) != 0x7f, input.toHex().constData());
            QVERIFY2(isValidUtf8(safe), input.toHex().constData());
            QVERIFY2(!safe.contains("\xe2\x80\xa8") && !safe.contains("\xc2\x85"),
                     input.toHex().constData());
            QCOMPARE(unescapeLog(safe), input);
        }
    }

    // ---- requests in entries ------------------------------------------------------------------

    void describeRequestKeepsTheCanonicalRequest()
    {
        const QByteArray body = "{\"purpose\":\"research\",\"beta\":[-6000,1,0.25],"
                                "\"design\":{\"filters\":[{\"variable\":\"bw\",\"min\":4950}]}}";
        QJsonObject entry;
        describeRequest(entry, "POST", "/v1/jobs/x/rounds", {}, body, 1 << 20, true);
        const QJsonObject request = entry.value(QStringLiteral("request")).toObject();
        QCOMPARE(request, QJsonDocument::fromJson(body).object());
        // The hash is the canonical request's, so anyone can recompute it from the entry.
        QCOMPARE(entry.value(QStringLiteral("requestHash")).toString(),
                 fairstart::protocol::sha256Hex(fairstart::protocol::canonicalJson(request)));
        QCOMPARE(entry.value(QStringLiteral("requestBytes")).toInteger(), qint64(body.size()));
        // ... and survives the store's round trip byte for byte.
        QTemporaryDir dir;
        auto store = SiteStore::create(dir.path(), kPassphrase, QStringLiteral("n")).value();
        QVERIFY(store->appendAudit(entry));
        const QJsonObject stored = store->auditEntries(1, 1)->front().entry;
        QCOMPARE(fairstart::protocol::sha256Hex(fairstart::protocol::canonicalJson(
                     stored.value(QStringLiteral("request")).toObject())),
                 entry.value(QStringLiteral("requestHash")).toString());
    }

    void canonicalRequestHashIsTheProtocolsSha256()
    {
        // The node hashes a request with OpenSSL's SHA-256 (a relay of 100 sites is ~0.6 MB);
        // the text is protocol::sha256Hex's, so anyone recomputes it from the entry with either.
        for (int size : { 0, 1, 63, 64, 65, 1000, 700000 }) {
            QJsonObject object { { QStringLiteral("round"), 2 },
                                 { QStringLiteral("masked"), QString(size, QLatin1Char('A')) } };
            const fairstart::node::CanonicalRequest read
                = fairstart::node::canonicalRequest(object);
            const QByteArray canonical = fairstart::protocol::canonicalJson(object);
            QCOMPARE(read.hash, fairstart::protocol::sha256Hex(canonical));
            QCOMPARE(read.bytes, canonical.size());
            QJsonObject entry;
            describeRequest(entry, "POST", "/v1/jobs/x/rounds", {}, canonical, 1 << 21, true,
                            &read);
            QCOMPARE(entry.value(QStringLiteral("requestHash")).toString(), read.hash);
        }
    }

    // A verified relay is recorded by its hash, size and the handler's "relayed" record, not its
    // bytes (docs/privacy-rules.md, "The audit of a relayed round"); the record's digests are
    // the hex of what it was given, the signature's as its SHA-256.
    void relayRecordedByItsDigests()
    {
        const QJsonObject object { { QStringLiteral("round"), 2 },
                                   { QStringLiteral("masked"), QString(700000, u'A') } };
        CanonicalRequest read = canonicalRequest(object);
        read.recordedAsRelay = true;
        QJsonObject entry;
        QByteArray requestJson;
        const QByteArray body = fairstart::protocol::canonicalJson(object);
        describeRequest(entry, "POST", "/v1/jobs/x/rounds", {}, body, 1 << 21, true, &read,
                        &requestJson);
        QVERIFY(requestJson.isEmpty());
        QVERIFY(!entry.contains(QStringLiteral("request")));
        QCOMPARE(entry.value(QStringLiteral("requestHash")).toString(),
                 fairstart::protocol::sha256Hex(body));
        QCOMPARE(entry.value(QStringLiteral("requestBytes")).toInteger(), body.size());
        // Without the flag the same request is kept, as before.
        read.recordedAsRelay = false;
        QJsonObject kept;
        describeRequest(kept, "POST", "/v1/jobs/x/rounds", {}, body, 1 << 21, true, &read,
                        &requestJson);
        QCOMPARE(requestJson, body);

        const QByteArray digest(32, '\x5a');
        const QByteArray tag(32, '\x01');
        const QByteArray signature(64, '\x7f');
        const QJsonObject tagged
            = fairstart::node::relayedContribution(QStringLiteral("site2"), digest, tag, signature);
        QCOMPARE(tagged.value(QStringLiteral("site")).toString(), QStringLiteral("site2"));
        QCOMPARE(tagged.value(QStringLiteral("digest")).toString(),
                 QString::fromLatin1(digest.toHex()));
        QCOMPARE(tagged.value(QStringLiteral("tag")).toString(), QString::fromLatin1(tag.toHex()));
        QCOMPARE(tagged.value(QStringLiteral("signature")).toString(),
                 QString::fromLatin1(
                     QCryptographicHash::hash(signature, QCryptographicHash::Sha256).toHex()));
        const QJsonObject signedOnly = fairstart::node::relayedContribution(
            QStringLiteral("site1"), digest, QByteArray(), signature);
        QVERIFY(!signedOnly.contains(QStringLiteral("tag")));
        QCOMPARE(signedOnly.size(), 3);
    }

    // A request the handler read reaches the store as its canonical text (docs/performance.md,
    // "Many sites, third pass"): the entry read back is the one appendAudit would have stored with
    // the request object, the request's hash recomputes from it, and the chain verifies and goes
    // on. Keys before and after "request", none before, and text that JSON escapes.
    void auditEntryWithTheRequestAsText()
    {
        const QJsonObject object {
            { QStringLiteral("round"), 2 },
            { QStringLiteral("beta"), QJsonArray { -6000, 1e-7, 0.1, 1e21, -0.0 } },
            { QStringLiteral("site"), QStringLiteral("Zw\u00f6lle \"n\"\\\n\U0001F600") },
            { QStringLiteral("previous"),
              QJsonArray { QJsonObject { { QStringLiteral("masked"), QString(9000, u'A') } } } },
        };
        const CanonicalRequest read = canonicalRequest(object);
        const QByteArray body = QJsonDocument(object).toJson();
        QTemporaryDir dir;
        auto store = SiteStore::create(dir.path(), kPassphrase, QStringLiteral("n")).value();
        qint64 seq = 0;
        for (bool keysBefore : { true, false }) {
            QJsonObject entry;
            if (keysBefore) {
                entry.insert(QStringLiteral("event"), QStringLiteral("request"));
                entry.insert(QStringLiteral("purpose"), QStringLiteral("research"));
                entry.insert(QStringLiteral("method"), QStringLiteral("POST"));
            }
            QByteArray requestJson;
            describeRequest(entry, "POST", "/v1/jobs/x/rounds", {}, body, 1 << 21, true, &read,
                            &requestJson);
            QVERIFY(!entry.contains(QStringLiteral("request")));
            QCOMPARE(requestJson, fairstart::protocol::canonicalJson(object));
            entry.insert(QStringLiteral("status"), 200);
            QVERIFY(store->appendAuditWithRequest(entry, requestJson));
            ++seq;
            const QJsonObject stored = store->auditEntries(seq, 1)->front().entry;
            QJsonObject expected = entry;
            expected.insert(QStringLiteral("request"), object);
            for (const QString &key :
                 { QStringLiteral("seq"), QStringLiteral("time"), QStringLiteral("software") }) {
                QVERIFY2(stored.contains(key), qPrintable(key));
                expected.insert(key, stored.value(key));
            }
            QCOMPARE(stored, expected);
            QCOMPARE(stored.value(QStringLiteral("seq")).toInteger(), seq);
            QCOMPARE(fairstart::protocol::sha256Hex(fairstart::protocol::canonicalJson(
                         stored.value(QStringLiteral("request")).toObject())),
                     entry.value(QStringLiteral("requestHash")).toString());
            // An entry that has a request of its own is refused, not given two.
            QJsonObject twice = entry;
            twice.insert(QStringLiteral("request"), object);
            QVERIFY(!store->appendAuditWithRequest(twice, requestJson));
        }
        QVERIFY(
            store->appendAudit(QJsonObject { { QStringLiteral("event"), QStringLiteral("x") } }));
        const auto verification = store->verifyAudit();
        QVERIFY(verification->ok);
        QCOMPARE(verification->entries, qint64(3));
    }

    void describeRequestWithoutBody()
    {
        QJsonObject entry;
        describeRequest(entry, "GET", "/v1/catalogue",
                        { { "purpose", "research" }, { "dataset", "cohort" } }, {}, 1 << 20, false);
        const QJsonObject request = entry.value(QStringLiteral("request")).toObject();
        QCOMPARE(request.value(QStringLiteral("method")).toString(), QStringLiteral("GET"));
        QCOMPARE(request.value(QStringLiteral("path")).toString(), QStringLiteral("/v1/catalogue"));
        QCOMPARE(request.value(QStringLiteral("query"))
                     .toObject()
                     .value(QStringLiteral("dataset"))
                     .toString(),
                 QStringLiteral("cohort"));
        QCOMPARE(entry.value(QStringLiteral("requestHash")).toString(),
                 fairstart::protocol::sha256Hex(fairstart::protocol::canonicalJson(request)));
        QCOMPARE(entry.value(QStringLiteral("requestBytes")).toInteger(), qint64(0));
    }

    void describeRequestThatIsNotJson()
    {
        QJsonObject text;
        const QByteArray notJson = "{\"beta\": [1, 2,\n\x1b[31m";
        describeRequest(text, "POST", "/v1/jobs", {}, notJson, 1 << 20, true);
        QCOMPARE(text.value(QStringLiteral("requestBody")).toString().toUtf8(), notJson);
        QCOMPARE(text.value(QStringLiteral("requestHash")).toString(),
                 fairstart::protocol::sha256Hex(notJson));
        QJsonObject binary;
        const QByteArray bytes("\x00\x01\xff\xfe{", 5);
        describeRequest(binary, "POST", "/v1/jobs", {}, bytes, 1 << 20, true);
        QVERIFY(!binary.contains(QStringLiteral("requestBody")));
        QCOMPARE(QByteArray::fromBase64(
                     binary.value(QStringLiteral("requestBodyBase64")).toString().toLatin1()),
                 bytes);
    }

    // Anyone may send a request, so an anonymous one keeps only its hash beyond a few KiB (the
    // log cannot be used to fill the disk); a token holder's is kept whole.
    void unattributedLargeRequestKeepsItsHash()
    {
        QJsonObject object;
        object.insert(QStringLiteral("padding"), QString(int(kUnattributedRequestBytes), u'x'));
        const QByteArray body = QJsonDocument(object).toJson(QJsonDocument::Compact);
        QJsonObject anonymous;
        describeRequest(anonymous, "POST", "/v1/jobs", {}, body, 1 << 20, false);
        QVERIFY(!anonymous.contains(QStringLiteral("request")));
        QVERIFY(anonymous.value(QStringLiteral("requestOmitted")).toBool());
        QCOMPARE(anonymous.value(QStringLiteral("requestHash")).toString(),
                 fairstart::protocol::sha256Hex(body));
        QJsonObject attributed;
        describeRequest(attributed, "POST", "/v1/jobs", {}, body, 1 << 20, true);
        QCOMPARE(attributed.value(QStringLiteral("request")).toObject(), object);
        QVERIFY(!attributed.contains(QStringLiteral("requestOmitted")));
    }

    void outcomes()
    {
        QCOMPARE(auditOutcome(200), QStringLiteral("released"));
        QCOMPARE(auditOutcome(201), QStringLiteral("released"));
        for (int status : { 403, 413, 422, 429 })
            QCOMPARE(auditOutcome(status), QStringLiteral("refused"));
        for (int status : { 400, 401, 404, 405, 411, 414, 415, 500 })
            QCOMPARE(auditOutcome(status), QStringLiteral("error"));
    }

    // ---- export -------------------------------------------------------------------------------

    void csvFields_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("field");
        QTest::newRow("plain") << QStringLiteral("ann") << QByteArray("ann");
        QTest::newRow("empty") << QString() << QByteArray();
        QTest::newRow("comma") << QStringLiteral("a,b") << QByteArray("\"a,b\"");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QByteArray("\"say \"\"hi\"\"\"");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QByteArray("\"a\nb\"");
        QTest::newRow("CR") << QStringLiteral("a\rb") << QByteArray("\"a\rb\"");
        QTest::newRow("all") << QStringLiteral("a, \"b\"\nc") << QByteArray("\"a, \"\"b\"\"\nc\"");
        QTest::newRow("formula") << QStringLiteral("=1+1") << QByteArray("'=1+1");
        QTest::newRow("plus") << QStringLiteral("+1") << QByteArray("'+1");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QByteArray("'@SUM(A1)");
        QTest::newRow("minus") << QStringLiteral("-2+3") << QByteArray("'-2+3");
        QTest::newRow("lone minus") << QStringLiteral("-") << QByteArray("-");
        QTest::newRow("formula with comma") << QStringLiteral("=HYPERLINK(\"x\",\"y\")")
                                            << QByteArray("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
        QTest::newRow("UTF-8") << QStringLiteral("Zoë") << QByteArray("Zo\xc3\xab");
    }

    void csvFields()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, field);
        QCOMPARE(csvField(text), field);
    }

    void exportCsv()
    {
        QTemporaryDir dir;
        auto store = SiteStore::create(dir.path(), kPassphrase, QStringLiteral("n")).value();
        fillRequests(*store);
        AuditExportSummary summary;
        const QByteArray csv = exportAll(*store, {}, AuditExportFormat::Csv, &summary);
        QVERIFY(summary.verification.ok);
        QCOMPARE(summary.read, qint64(5));
        QCOMPARE(summary.exported, qint64(5));
        const auto records = parseCsv(csv);
        QVERIFY2(records, csv.constData());
        QCOMPARE(records->size(), std::size_t(6));
        const QStringList header = records->front();
        QCOMPARE(header.join(u','),
                 QStringLiteral("seq,time,event,user,tokenId,purpose,dataset,jobId,method,path,"
                                "status,outcome,code,checks,requestHash,releasedHash,entryHash,"
                                "details"));
        auto column = [&header](const char *name) {
            return header.indexOf(QLatin1String(name));
        };
        for (std::size_t i = 1; i < records->size(); ++i)
            QCOMPARE((*records)[i].size(), header.size());
        const auto entries = store->auditEntries(1, 10).value();
        const QStringList first = (*records)[1];
        QCOMPARE(first[column("seq")], QStringLiteral("1"));
        QCOMPARE(first[column("time")], entries[0].entry.value(QStringLiteral("time")).toString());
        QCOMPARE(first[column("user")], QStringLiteral("ann"));
        QCOMPARE(first[column("status")], QStringLiteral("200"));
        QCOMPARE(first[column("outcome")], QStringLiteral("released"));
        QCOMPARE(first[column("checks")],
                 QStringLiteral("min-cohort[50]: passed; dominance[0.9]: passed"));
        QCOMPARE(first[column("releasedHash")], QStringLiteral("sha256:cd"));
        QCOMPARE(first[column("entryHash")], QString::fromLatin1(entries[0].hash.toHex()));
        // The request itself is in the JSON lines, not in a spreadsheet cell.
        QVERIFY(!first[column("details")].contains(QLatin1String("-6000")));
        // A field with a comma, a quote and a line break reads back as it was.
        const QStringList second = (*records)[2];
        QCOMPARE(second[column("dataset")], QStringLiteral("a, \"b\"\nc"));
        QCOMPARE(second[column("code")], QStringLiteral("min-cell"));
        QCOMPARE(second[column("outcome")], QStringLiteral("refused"));
        QCOMPARE(second[column("checks")],
                 QStringLiteral("min-cohort[50]: passed; min-cell[10]: failed (smoke x ht)"));
        // A spreadsheet shows the formula as text instead of running it.
        QCOMPARE((*records)[3][column("dataset")], QStringLiteral("'=HYPERLINK(\"http://x\")"));
        QCOMPARE((*records)[4][column("user")], QStringLiteral("-"));
        // Entries that are not requests leave the request columns empty.
        const QStringList fifth = (*records)[5];
        QCOMPARE(fifth[column("event")], QStringLiteral("token-created"));
        QCOMPARE(fifth[column("method")], QString());
        QCOMPARE(fifth[column("checks")], QString());
    }

    void exportJsonLines()
    {
        QTemporaryDir dir;
        auto store = SiteStore::create(dir.path(), kPassphrase, QStringLiteral("n")).value();
        fillRequests(*store);
        const QByteArray jsonl = exportAll(*store, {}, AuditExportFormat::JsonLines);
        QVERIFY(jsonl.endsWith('\n'));
        const QList<QByteArray> lines = jsonl.chopped(1).split('\n');
        QCOMPARE(lines.size(), 5);
        const auto entries = store->auditEntries(1, 10).value();
        QByteArray previous(32, '\0');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QJsonParseError error;
            QJsonObject line = QJsonDocument::fromJson(lines[i], &error).object();
            QCOMPARE(error.error, QJsonParseError::NoError);
            const QByteArray entryHash
                = QByteArray::fromHex(line.take(QStringLiteral("entryHash")).toString().toLatin1());
            const QByteArray previousHash = QByteArray::fromHex(
                line.take(QStringLiteral("previousHash")).toString().toLatin1());
            // The full entry, the request included, and the chain can be checked from the file.
            QCOMPARE(line, entries[std::size_t(i)].entry);
            QCOMPARE(previousHash, previous);
            QCOMPARE(entryHash,
                     blake2b(previousHash + QJsonDocument(line).toJson(QJsonDocument::Compact)));
            previous = entryHash;
        }
        QVERIFY(lines[0].contains("\"request\":{\"beta\":[-6000,1,0.5]}"));
        // The line break inside the dataset name stays inside its JSON string.
        QVERIFY(lines[1].contains("\"dataset\":\"a, \\\"b\\\"\\nc\""));
    }

    void exportFilters_data()
    {
        QTest::addColumn<QStringList>("users");
        QTest::addColumn<QStringList>("rules");
        QTest::addColumn<int>("fromDays"); // relative to today; 99 = no bound
        QTest::addColumn<int>("toDays");
        QTest::addColumn<QList<qint64>>("seqs");
        const QStringList none;
        QTest::newRow("none") << none << none << 99 << 99 << QList<qint64> { 1, 2, 3, 4, 5 };
        QTest::newRow("user") << QStringList { QStringLiteral("ann") } << none << 99 << 99
                              << QList<qint64> { 1, 3 };
        QTest::newRow("users") << QStringList { QStringLiteral("ann"), QStringLiteral("bob") }
                               << none << 99 << 99 << QList<qint64> { 1, 2, 3, 5 };
        QTest::newRow("rule checked") << none << QStringList { QStringLiteral("min-cohort") } << 99
                                      << 99 << QList<qint64> { 1, 2 };
        QTest::newRow("rule as code") << none << QStringList { QStringLiteral("payload-too-large") }
                                      << 99 << 99 << QList<qint64> { 4 };
        QTest::newRow("user and rule")
            << QStringList { QStringLiteral("bob") } << QStringList { QStringLiteral("min-cohort") }
            << 99 << 99 << QList<qint64> { 2 };
        QTest::newRow("user and rule, none")
            << QStringList { QStringLiteral("ann") } << QStringList { QStringLiteral("min-cell") }
            << 99 << 99 << QList<qint64> {};
        QTest::newRow("today") << none << none << 0 << 0 << QList<qint64> { 1, 2, 3, 4, 5 };
        QTest::newRow("until yesterday") << none << none << 99 << -1 << QList<qint64> {};
        QTest::newRow("from tomorrow") << none << none << 1 << 99 << QList<qint64> {};
        QTest::newRow("dates and user")
            << QStringList { QStringLiteral("bob") } << none << -1 << 1 << QList<qint64> { 2, 5 };
        QTest::newRow("unknown user")
            << QStringList { QStringLiteral("zed") } << none << 99 << 99 << QList<qint64> {};
    }

    void exportFilters()
    {
        QFETCH(QStringList, users);
        QFETCH(QStringList, rules);
        QFETCH(int, fromDays);
        QFETCH(int, toDays);
        QFETCH(QList<qint64>, seqs);
        SiteStore &store = filledStore();
        AuditExportFilter filter;
        filter.users = users;
        filter.rules = rules;
        const QDate today = m_filledDay;
        QVERIFY(today.isValid());
        if (fromDays != 99)
            filter.from
                = *parseAuditExportTime(today.addDays(fromDays).toString(Qt::ISODate), false);
        if (toDays != 99)
            filter.to = *parseAuditExportTime(today.addDays(toDays).toString(Qt::ISODate), true);
        AuditExportSummary summary;
        const QByteArray csv = exportAll(store, filter, AuditExportFormat::Csv, &summary);
        const std::vector<qint64> expected(seqs.begin(), seqs.end());
        QCOMPARE(exportedSeqs(csv), expected);
        QCOMPARE(summary.exported, qint64(seqs.size()));
        QCOMPARE(summary.read, qint64(5));
    }

    void exportTimeBounds()
    {
        AuditEntry entry;
        entry.time = QDateTime(QDate(2026, 12, 2), QTime(23, 59, 59, 999), Qt::UTC);
        AuditExportFilter filter;
        filter.to = *parseAuditExportTime(QStringLiteral("2026-12-02"), true);
        QVERIFY(filter.matches(entry)); // --to includes its whole day
        filter.to = *parseAuditExportTime(QStringLiteral("2026-12-02T23:59:59Z"), true);
        QVERIFY(!filter.matches(entry));
        filter = {};
        filter.from = *parseAuditExportTime(QStringLiteral("2026-12-03"), false);
        QVERIFY(!filter.matches(entry));
        filter.from = *parseAuditExportTime(QStringLiteral("2026-12-02T23:59:59.999Z"), false);
        QVERIFY(filter.matches(entry));
        // An entry whose time cannot be read is outside any range.
        entry.time = QDateTime();
        QVERIFY(!filter.matches(entry));
        QVERIFY(AuditExportFilter().matches(entry));
    }

    void exportTimeParsing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("date") << QStringLiteral("2026-12-02") << true;
        QTest::newRow("time") << QStringLiteral("2026-12-02T14:30Z") << true;
        QTest::newRow("seconds") << QStringLiteral("2026-12-02T14:30:05Z") << true;
        QTest::newRow("milliseconds") << QStringLiteral("2026-12-02T14:30:05.250Z") << true;
        QTest::newRow("no day 30 in February") << QStringLiteral("2026-02-30") << false;
        QTest::newRow("month 13") << QStringLiteral("2026-13-01") << false;
        QTest::newRow("short") << QStringLiteral("2026-1-2") << false;
        QTest::newRow("local time") << QStringLiteral("2026-12-02T14:30:00") << false;
        QTest::newRow("offset") << QStringLiteral("2026-12-02T14:30:00+01:00") << false;
        QTest::newRow("hour 25") << QStringLiteral("2026-12-02T25:00Z") << false;
        QTest::newRow("European") << QStringLiteral("02-12-2026") << false;
        QTest::newRow("word") << QStringLiteral("yesterday") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void exportTimeParsing()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const auto from = parseAuditExportTime(text, false);
        QCOMPARE(from.has_value(), valid);
        if (valid) {
            QCOMPARE(from->timeSpec(), Qt::UTC);
            QVERIFY(*from <= *parseAuditExportTime(text, true));
        }
    }

    // A broken chain is still exported in full (the officer needs it), and the summary says
    // where it breaks.
    void exportOfBrokenChain()
    {
        QTemporaryDir dir;
        {
            auto store = SiteStore::create(dir.path(), kPassphrase, QStringLiteral("n")).value();
            fillRequests(*store);
        }
        QVERIFY(rawExec(dir.path(),
                        "UPDATE audit SET entry = replace(entry, '\"user\":\"bob\"', "
                        "'\"user\":\"eve\"') WHERE seq = 2;"));
        auto store = SiteStore::open(dir.path(), kPassphrase).value();
        AuditExportSummary summary;
        const QByteArray csv = exportAll(*store, {}, AuditExportFormat::Csv, &summary);
        QVERIFY(!summary.verification.ok);
        QCOMPARE(summary.verification.firstBadSeq, qint64(2));
        QCOMPARE(exportedSeqs(csv), (std::vector<qint64> { 1, 2, 3, 4, 5 }));
        QVERIFY(csv.contains(",eve,"));
    }

    void exportStopsWhenWritingFails()
    {
        QTemporaryDir dir;
        auto store = SiteStore::create(dir.path(), kPassphrase, QStringLiteral("n")).value();
        fillRequests(*store);
        int writes = 0;
        auto result = exportAudit(*store, {}, AuditExportFormat::JsonLines,
                                  [&writes](const QByteArray &) { return ++writes < 3; });
        QVERIFY(!result);
        QCOMPARE(result.error().code, NodeErrorCode::Io);
        QCOMPARE(writes, 3);
    }

    // An entry added behind the store's back, well linked but beyond the recorded head, is found
    // (a server appending meanwhile is not: its head moves with each entry).
    void entryBeyondTheHeadIsDetected()
    {
        QTemporaryDir dir;
        QByteArray previous;
        {
            auto store = (SiteStore::create(dir.path(), kPassphrase, QStringLiteral("n")).value());
            fill(*store, 3);
            previous = store->auditEntries(3, 1)->front().hash;
        }
        QJsonObject forged { { QStringLiteral("event"), QStringLiteral("test") },
                             { QStringLiteral("seq"), 4 },
                             { QStringLiteral("time"), QStringLiteral("2026-01-01T00:00:00.000Z") },
                             { QStringLiteral("software"), QStringLiteral("fairstart-node x") } };
        const QByteArray text = QJsonDocument(forged).toJson(QJsonDocument::Compact);
        QVERIFY(rawExec(dir.path(),
                        "INSERT INTO audit(seq, entry, prev_hash, hash) VALUES(4, x'" + text.toHex()
                            + "', x'" + previous.toHex() + "', x'"
                            + blake2b(previous + text).toHex() + "');"));
        auto store = (SiteStore::open(dir.path(), kPassphrase).value());
        auto v = store->verifyAudit();
        QVERIFY(!v->ok);
        QCOMPARE(v->firstBadSeq, qint64(4));
        QVERIFY2(v->problem.contains(QLatin1String("beyond the recorded head")),
                 qPrintable(v->problem));
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

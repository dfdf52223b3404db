// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/client/siteregistry.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace fairstart::client;

namespace {

const QString kPin = QStringLiteral("sha256//") + QString(43, QLatin1Char('A')) + QLatin1Char('=');

QByteArray sitesJson(const QString &entries)
{
    return (QStringLiteral("{\"sites\": [") + entries + QStringLiteral("]}")).toUtf8();
}

QString entry(const QString &name, const QString &url = QStringLiteral("https://127.0.0.1:8443"),
              const QString &pin = kPin, const QString &token = QStringLiteral("tok-123"))
{
    return QStringLiteral("{\"name\": \"%1\", \"url\": \"%2\", \"pin\": \"%3\", \"token\": \"%4\"}")
        .arg(name, url, pin, token);
}

} // namespace

class tst_SiteRegistry : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsValidFile();
    void refusesBadInput_data();
    void refusesBadInput();
    void tokenFromEnvironment();
    void neverPrintsTokens();
    void saveLoadRoundTrip();
    void selectByName();
    void missingFile();
    void studyKeys();
    void recordKeysKeepsTheRest();
};

void tst_SiteRegistry::readsValidFile()
{
    SiteRegistry registry;
    const QStringList errors = registry.readJson(
        sitesJson(entry(QStringLiteral("north")) + QLatin1Char(',')
                  + entry(QStringLiteral("south"), QStringLiteral("https://example.org:9000/"))));
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(registry.sites().size(), 2);
    QCOMPARE(registry.names(), (QStringList { QStringLiteral("north"), QStringLiteral("south") }));
    QCOMPARE(registry.find(QStringLiteral("north"))->token, QStringLiteral("tok-123"));
    QCOMPARE(registry.find(QStringLiteral("south"))->url,
             QStringLiteral("https://example.org:9000/"));
}

void tst_SiteRegistry::refusesBadInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected"); // a fragment of the first error

    QTest::newRow("not json") << QByteArray("{sites") << QStringLiteral("not valid JSON");
    QTest::newRow("no sites") << QByteArray("{}") << QStringLiteral("no \"sites\" list");
    QTest::newRow("empty list") << sitesJson({}) << QStringLiteral("is empty");
    QTest::newRow("unknown top field")
        << QByteArray(R"({"sites": [], "x": 1})") << QStringLiteral("unknown field \"x\"");
    QTest::newRow("unknown site field")
        << sitesJson(QStringLiteral("{\"name\": \"a\", \"url\": \"https://h:1\", \"pin\": \"%1\", "
                                    "\"token\": \"t\", \"tokn\": \"t\"}")
                         .arg(kPin))
        << QStringLiteral("unknown field \"tokn\"");
    QTest::newRow("http url") << sitesJson(entry(QStringLiteral("a"), QStringLiteral("http://h:1")))
                              << QStringLiteral("sites[0] (a).url");
    QTest::newRow("url with path")
        << sitesJson(entry(QStringLiteral("a"), QStringLiteral("https://h:1/v1")))
        << QStringLiteral("url");
    QTest::newRow("short pin") << sitesJson(
        entry(QStringLiteral("a"), QStringLiteral("https://h:1"), QStringLiteral("sha256//abc")))
                               << QStringLiteral("pin: not a certificate pin");
    QTest::newRow("sha1 pin") << sitesJson(entry(QStringLiteral("a"), QStringLiteral("https://h:1"),
                                                 QStringLiteral("sha1//") + kPin.mid(8)))
                              << QStringLiteral("pin");
    QTest::newRow("no token") << sitesJson(
        entry(QStringLiteral("a"), QStringLiteral("https://h:1"), kPin, QString()))
                              << QStringLiteral("token: missing");
    QTest::newRow("bad name") << sitesJson(entry(QStringLiteral("a b")))
                              << QStringLiteral("is not a site name");
    QTest::newRow("duplicate") << sitesJson(entry(QStringLiteral("a")) + QLatin1Char(',')
                                            + entry(QStringLiteral("a")))
                               << QStringLiteral("used twice");
    QTest::newRow("number field") << sitesJson(
        QStringLiteral("{\"name\": 1, \"url\": \"https://h:1\", \"pin\": \"%1\", "
                       "\"token\": \"t\"}")
            .arg(kPin)) << QStringLiteral("sites[0].name: must be a string");
}

void tst_SiteRegistry::refusesBadInput()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    SiteRegistry registry;
    const QStringList errors = registry.readJson(json, QStringLiteral("sites.json"));
    QVERIFY(!errors.isEmpty());
    QVERIFY2(errors.first().contains(expected), qPrintable(errors.first()));
    QVERIFY(errors.first().startsWith(QLatin1String("sites.json: ")));
    QVERIFY(registry.isEmpty()); // nothing half-read
}

void tst_SiteRegistry::tokenFromEnvironment()
{
    qputenv("FAIRSTART_TEST_TOKEN", "from-env");
    SiteRegistry registry;
    const QString e = QStringLiteral("{\"name\": \"a\", \"url\": \"https://h:1\", \"pin\": \"%1\", "
                                     "\"token_env\": \"%2\"}");
    QVERIFY(registry.readJson(sitesJson(e.arg(kPin, QStringLiteral("FAIRSTART_TEST_TOKEN"))))
                .isEmpty());
    QCOMPARE(registry.sites().first().token, QStringLiteral("from-env"));
    const QStringList errors
        = registry.readJson(sitesJson(e.arg(kPin, QStringLiteral("FAIRSTART_TEST_UNSET_VAR"))));
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.first().contains(QLatin1String("FAIRSTART_TEST_UNSET_VAR")));
}

void tst_SiteRegistry::neverPrintsTokens()
{
    SiteRegistry registry;
    QVERIFY(registry
                .readJson(sitesJson(entry(QStringLiteral("a"), QStringLiteral("https://h:1"), kPin,
                                          QStringLiteral("very-secret"))))
                .isEmpty());
    const QByteArray shown = QJsonDocument(registry.toJson()).toJson();
    QVERIFY(!shown.contains("very-secret"));
    QVERIFY(shown.contains("https://h:1"));
    // Errors about a site never quote its token either.
    const QStringList errors = registry.readJson(sitesJson(entry(
        QStringLiteral("a"), QStringLiteral("http://h:1"), kPin, QStringLiteral("very-secret"))));
    QVERIFY(!errors.join(QLatin1Char(' ')).contains(QLatin1String("very-secret")));
}

void tst_SiteRegistry::saveLoadRoundTrip()
{
    QTemporaryDir dir;
    SiteRegistry registry;
    QVERIFY(
        registry
            .add({ QStringLiteral("a"), QStringLiteral("https://h:1"), kPin, QStringLiteral("t1") })
            .isEmpty());
    QVERIFY(
        !registry
             .add({ QStringLiteral("b"), QStringLiteral("ftp://h"), kPin, QStringLiteral("t2") })
             .isEmpty());
    const QString path = dir.filePath(QStringLiteral("sites.json"));
    QString error;
    QVERIFY2(registry.save(path, &error), qPrintable(error));
    QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());
    SiteRegistry loaded;
    QVERIFY(loaded.load(path).isEmpty());
    QCOMPARE(loaded.sites(), registry.sites());
}

void tst_SiteRegistry::selectByName()
{
    SiteRegistry registry;
    QVERIFY(registry
                .readJson(sitesJson(entry(QStringLiteral("a")) + QLatin1Char(',')
                                    + entry(QStringLiteral("b"))))
                .isEmpty());
    QStringList errors;
    QCOMPARE(registry.select({}, &errors).size(), 2);
    const QList<Site> one = registry.select({ QStringLiteral("b") }, &errors);
    QCOMPARE(one.size(), 1);
    QCOMPARE(one.first().name, QStringLiteral("b"));
    registry.select({ QStringLiteral("c") }, &errors);
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.first().contains(QLatin1String("no site named 'c'")));
}

void tst_SiteRegistry::missingFile()
{
    SiteRegistry registry;
    const QStringList errors = registry.load(QStringLiteral("/nonexistent/sites.json"));
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.first().contains(QLatin1String("--sites")));
}

void tst_SiteRegistry::studyKeys()
{
    const QString key = QString::fromLatin1(QByteArray(32, '\x07').toBase64());
    const QString other = QString::fromLatin1(QByteArray(32, '\x08').toBase64());
    SiteRegistry registry;
    QStringList errors = registry.readJson(
        sitesJson(QStringLiteral(
                      "{\"name\": \"north\", \"url\": \"https://127.0.0.1:8443\", \"pin\": \"%1\", "
                      "\"token\": \"t\", \"signing_key\": \"%2\", \"key_agreement_key\": \"%3\"}")
                      .arg(kPin, key, other)));
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(registry.sites().first().signingKey, key);
    QCOMPARE(registry.sites().first().keyAgreementKey, other);
    // The keys are written back by toJson (the workbench's export), tokens only on request.
    const QJsonObject saved
        = registry.toJson().value(QLatin1String("sites")).toArray().first().toObject();
    QCOMPARE(saved.value(QLatin1String("signing_key")).toString(), key);
    QVERIFY(!saved.contains(QLatin1String("token")));

    // A malformed key, or one key without the other, is refused with the field named.
    errors = registry.readJson(sitesJson(
        QStringLiteral(
            "{\"name\": \"north\", \"url\": \"https://127.0.0.1:8443\", \"pin\": \"%1\", "
            "\"token\": \"t\", \"signing_key\": \"c2hvcnQ=\", \"key_agreement_key\": \"%2\"}")
            .arg(kPin, key)));
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().contains(QLatin1String("signing_key: not an Ed25519 public key")),
             qPrintable(errors.first()));
    errors = registry.readJson(
        sitesJson(QStringLiteral(
                      "{\"name\": \"north\", \"url\": \"https://127.0.0.1:8443\", \"pin\": \"%1\", "
                      "\"token\": \"t\", \"signing_key\": \"%2\"}")
                      .arg(kPin, key)));
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().contains(QLatin1String("give both or neither")),
             qPrintable(errors.first()));
    QVERIFY(SiteRegistry::isValidKey(key));
    QVERIFY(!SiteRegistry::isValidKey(key.left(40)));
    QVERIFY(!SiteRegistry::isValidKey(QString::fromLatin1(QByteArray(31, 'x').toBase64())));
    // Fingerprints as SSH writes them: SHA-256 of the key's bytes, unpadded base64 (the value
    // computed by Python's hashlib for 32 zero bytes).
    QCOMPARE(
        SiteRegistry::fingerprint(QStringLiteral("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")),
        QStringLiteral("SHA256:Zmh6rfhivXdsj8GLjp+OIAiXFIVu4jOzkCpZHQ1fKSU"));
    QVERIFY(SiteRegistry::fingerprint(key.left(40)).isEmpty());
    QVERIFY(SiteRegistry::fingerprint(QString()).isEmpty());
}

void tst_SiteRegistry::recordKeysKeepsTheRest()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sites.json"));
    const QString key = QString::fromLatin1(QByteArray(32, '\x07').toBase64());
    const QString other = QString::fromLatin1(QByteArray(32, '\x08').toBase64());
    const QString pinned = QString::fromLatin1(QByteArray(32, '\x09').toBase64());
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            sitesJson(QStringLiteral("{\"name\": \"north\", \"url\": \"https://127.0.0.1:8443\", "
                                     "\"pin\": \"%1\", \"token_env\": \"NORTH_TOKEN_FOR_TEST\"},"
                                     "{\"name\": \"south\", \"url\": \"https://127.0.0.1:8444\", "
                                     "\"pin\": \"%1\", \"token\": \"t\", \"signing_key\": \"%2\", "
                                     "\"key_agreement_key\": \"%2\"}")
                          .arg(kPin, pinned)));
    }
    Site north { QStringLiteral("north"), {}, kPin, QStringLiteral("the-secret"), key, other };
    Site south { QStringLiteral("south"), {}, kPin, QStringLiteral("t"), key, other };
    QStringList recorded;
    const QStringList problems = SiteRegistry::recordKeys(path, { north, south }, &recorded);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(recorded, QStringList { QStringLiteral("north") });
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    // The token stays where it was (an environment variable), never written into the file.
    QVERIFY(!text.contains("the-secret"));
    const QJsonArray sites
        = QJsonDocument::fromJson(text).object().value(QLatin1String("sites")).toArray();
    QCOMPARE(sites.at(0).toObject().value(QLatin1String("token_env")).toString(),
             QStringLiteral("NORTH_TOKEN_FOR_TEST"));
    QCOMPARE(sites.at(0).toObject().value(QLatin1String("signing_key")).toString(), key);
    QCOMPARE(sites.at(0).toObject().value(QLatin1String("key_agreement_key")).toString(), other);
    // A key already pinned is never overwritten by another.
    QCOMPARE(sites.at(1).toObject().value(QLatin1String("signing_key")).toString(), pinned);
    QCOMPARE(f.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());
}

QTEST_GUILESS_MAIN(tst_SiteRegistry)
#include "tst_siteregistry.moc"

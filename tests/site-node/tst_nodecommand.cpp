// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/node/demodata.h"
#include "fairstart/node/keys.h"
#include "fairstart/node/nodecommand.h"
#include "fairstart/node/store.h"

#include "fairstart/analysis/roundkernel.h"

#ifndef SQLITE_HAS_CODEC
#define SQLITE_HAS_CODEC 1
#endif
#include <sqlite3.h>

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace fairstart::node;

namespace {

const QByteArray kPassphrase = "a long test passphrase";

struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run run(const QStringList &args)
{
    Run r;
    QTextStream out(&r.out), err(&r.err);
    r.code = runNodeCommand(args, out, err);
    return r;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

QByteArray fileSha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Every byte of a loaded dataset: its columns and record ids.
QByteArray datasetBytes(const LoadedDataset &data)
{
    QByteArray bytes = QByteArray::number(data.info.generation) + ' '
        + QByteArray::number(data.info.rows) + '\n';
    for (const auto &column : data.table.columns()) {
        bytes += QByteArray::fromStdString(column.name) + '\n';
        bytes += QByteArray(reinterpret_cast<const char *>(column.numeric.data()),
                            qsizetype(column.numeric.size() * sizeof(double)));
        bytes += QByteArray(reinterpret_cast<const char *>(column.codes.data()),
                            qsizetype(column.codes.size() * sizeof(std::int32_t)));
        for (const std::string &level : column.levels)
            bytes += QByteArray::fromStdString(level) + '\n';
    }
    bytes += QByteArray(reinterpret_cast<const char *>(data.recordIds.data()),
                        qsizetype(data.recordIds.size() * sizeof(std::int64_t)));
    return bytes;
}

// SQL on the store file itself, as someone holding the passphrase and bypassing fairstart-node
// would (the cipher settings are those of store.cpp).
bool rawExec(const QString &dataDir, const QByteArray &sql)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(SiteStore::storePath(dataDir).toUtf8().constData(), &db) != SQLITE_OK)
        return false;
    sqlite3_key(db, kPassphrase.constData(), int(kPassphrase.size()));
    const QByteArray all = "PRAGMA kdf_iter = 256000; PRAGMA cipher_page_size = 4096; " + sql;
    const int rc = sqlite3_exec(db, all.constData(), nullptr, nullptr, nullptr);
    sqlite3_close(db);
    return rc == SQLITE_OK;
}

// A request entry as the server writes it.
QJsonObject requestEntry(const QString &user, const QString &dataset, int status,
                         const QString &code, const QString &rule)
{
    QJsonObject entry {
        { QStringLiteral("event"), QStringLiteral("request") },
        { QStringLiteral("user"), user },
        { QStringLiteral("purpose"), QStringLiteral("research") },
        { QStringLiteral("dataset"), dataset },
        { QStringLiteral("method"), QStringLiteral("POST") },
        { QStringLiteral("path"), QStringLiteral("/v1/jobs") },
        { QStringLiteral("status"), status },
        { QStringLiteral("request"), QJsonObject { { QStringLiteral("dataset"), dataset } } },
        { QStringLiteral("checks"),
          QJsonArray { QJsonObject { { QStringLiteral("rule"), rule },
                                     { QStringLiteral("threshold"), 10 },
                                     { QStringLiteral("passed"), code.isEmpty() } } } }
    };
    if (!code.isEmpty())
        entry.insert(QStringLiteral("code"), code);
    return entry;
}

// The data lines of a CSV export (header and summary aside), split at CRLF.
QStringList csvRecords(const QString &csv)
{
    QStringList records = csv.split(QStringLiteral("\r\n"));
    if (!records.isEmpty() && records.last().isEmpty())
        records.removeLast();
    return records.mid(1);
}

// A store of its own for the passphrase tests, so that the other tests keep theirs.
struct PassphraseNode {
    QString dir;
    QString token;
    QByteArray data; // datasetBytes of the imported dataset
};

} // namespace

class TestNodeCommand : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_dir;
    int m_passphraseNodes = 0;
    PassphraseNode m_refused;

    // A new node with a dataset and a token, opened by kPassphrase.
    PassphraseNode passphraseNode()
    {
        PassphraseNode node;
        const QString dir = m_tmp.filePath(QStringLiteral("rekey%1").arg(++m_passphraseNodes));
        const QString csv = m_tmp.filePath(QStringLiteral("rekey.csv"));
        if (!writeFile(csv, demoCsv(DemoProfile::Hospital, 300, 9)))
            return node;
        if (run({ QStringLiteral("init"), QStringLiteral("--data-dir"), dir,
                  QStringLiteral("--name"), QStringLiteral("Rekey") })
                    .code
                != 0
            || run({ QStringLiteral("import"), QStringLiteral("--data-dir"), dir,
                     QStringLiteral("--dataset"), QStringLiteral("jgz"), QStringLiteral("--csv"),
                     csv })
                    .code
                != 0)
            return node;
        const Run token
            = run({ QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--data-dir"),
                    dir, QStringLiteral("--user"), QStringLiteral("ann"),
                    QStringLiteral("--purpose"), QStringLiteral("research") });
        auto store = SiteStore::open(dir, QString::fromUtf8(kPassphrase));
        if (token.code != 0 || !store)
            return node;
        auto data = (*store)->loadTable(QStringLiteral("jgz"));
        if (!data)
            return node;
        node.data = datasetBytes(*data);
        node.token = token.out.trimmed();
        node.dir = dir;
        return node;
    }

    // After a change from `old` to `now`: only `now` opens the store, the data and the token are
    // intact, and the audit chain verifies with the change as its last entry, without a secret.
    void verifyPassphrase(const PassphraseNode &node, const QByteArray &old, const QByteArray &now,
                          qint64 entries)
    {
        auto refused = SiteStore::open(node.dir, QString::fromUtf8(old));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, NodeErrorCode::WrongPassphrase);
        auto store = SiteStore::open(node.dir, QString::fromUtf8(now));
        QVERIFY2(store, qPrintable(store ? QString() : store.error().message));
        QCOMPARE(datasetBytes((*store)->loadTable(QStringLiteral("jgz")).value()), node.data);
        auto token = (*store)->verifyToken(node.token);
        QVERIFY(token);
        QVERIFY(token->usableAt(QDateTime::currentDateTimeUtc()));
        auto verified = (*store)->verifyAudit();
        QVERIFY(verified);
        QVERIFY2(verified->ok, qPrintable(verified->problem));
        QCOMPARE(verified->entries, entries);
        const auto all = (*store)->auditEntries(1, int(entries)).value();
        QCOMPARE(all.back().entry.value(QStringLiteral("event")).toString(),
                 QStringLiteral("passphrase-changed"));
        for (const AuditEntry &entry : all) {
            const QByteArray text = QJsonDocument(entry.entry).toJson(QJsonDocument::Compact);
            QVERIFY(!text.contains(old));
            QVERIFY(!text.contains(now));
        }
        QVERIFY(!QFile::exists(node.dir + QStringLiteral("/node.lock")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("FAIRSTART_NODE_PASSPHRASE", kPassphrase);
        m_dir = m_tmp.filePath(QStringLiteral("node"));
        const Run r = run({ QStringLiteral("init"), QStringLiteral("--data-dir"), m_dir,
                            QStringLiteral("--name"), QStringLiteral("Test GGD") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.err.isEmpty());
        QVERIFY(SiteStore::exists(m_dir));
        QVERIFY(QFile::exists(m_dir + QStringLiteral("/policy.conf")));
        QVERIFY(QFile::exists(tlsCertPath(m_dir)));
        // The pin printed by init is the one `pin` prints and the certificate's.
        const Run pin = run({ QStringLiteral("pin"), QStringLiteral("--data-dir"), m_dir });
        QCOMPARE(pin.code, 0);
        QVERIFY(pin.out.startsWith(QLatin1String("sha256//")));
        QVERIFY(r.out.contains(pin.out));
        QCOMPARE(pin.out.trimmed(), certificatePin(tlsCertPath(m_dir)).value());
    }

    void version()
    {
        const Run r = run({ QStringLiteral("--version") });
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(QLatin1String("fairstart-node " FAIRSTART_VERSION)));
        const QString kernel = QStringLiteral("round kernel ")
            + QString::fromLatin1(fairstart::analysis::activeRoundKernelName().data());
        QVERIFY2(r.out.contains(kernel), qPrintable(r.out));
    }

    void help_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("--help") << QStringList { QStringLiteral("--help") }
                                << QStringLiteral("token create");
        QTest::newRow("import --help")
            << QStringList { QStringLiteral("import"), QStringLiteral("--help") }
            << QStringLiteral("--csv FILE");
        QTest::newRow("help token create")
            << QStringList { QStringLiteral("help"), QStringLiteral("token"),
                             QStringLiteral("create") }
            << QStringLiteral("--purpose");
        QTest::newRow("token --help")
            << QStringList { QStringLiteral("token"), QStringLiteral("--help") }
            << QStringLiteral("token revoke");
        QTest::newRow("serve --help")
            << QStringList { QStringLiteral("serve"), QStringLiteral("--help") }
            << QStringLiteral("--insecure-dev");
    }

    void help()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const Run r = run(args);
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(expected), qPrintable(r.out));
        QVERIFY(r.err.isEmpty());
    }

    // Every failure: a non-zero exit and exactly one line on stderr, nothing on stdout.
    void errorsAreOneLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("expected");
        const QString dd = QStringLiteral("--data-dir");
        QTest::newRow("no command") << QStringList {} << 2 << QStringLiteral("Usage");
        QTest::newRow("unknown command") << QStringList { QStringLiteral("frobnicate") } << 2
                                         << QStringLiteral("unknown command 'frobnicate'");
        QTest::newRow("group without subcommand")
            << QStringList { QStringLiteral("token") } << 2 << QStringLiteral("needs a subcommand");
        QTest::newRow("unknown subcommand")
            << QStringList { QStringLiteral("token"), QStringLiteral("eat") } << 2
            << QStringLiteral("unknown command 'token eat'");
        QTest::newRow("unknown option")
            << QStringList { QStringLiteral("pin"), dd, QStringLiteral("x"),
                             QStringLiteral("--colour") }
            << 2 << QStringLiteral("unknown option '--colour'");
        QTest::newRow("missing option")
            << QStringList { QStringLiteral("import"), dd, QStringLiteral("x"),
                             QStringLiteral("--dataset"), QStringLiteral("d") }
            << 2 << QStringLiteral("missing --csv FILE");
        QTest::newRow("option without value")
            << QStringList { QStringLiteral("pin"), dd } << 2 << QStringLiteral("needs a value");
        QTest::newRow("passphrase on command line") << QStringList {
            QStringLiteral("token"), QStringLiteral("list"),         dd,
            QStringLiteral("x"),     QStringLiteral("--passphrase"), QStringLiteral("secret")
        } << 2 << QStringLiteral("never taken from the command line");
        QTest::newRow("missing data dir")
            << QStringList { QStringLiteral("token"), QStringLiteral("list"), dd,
                             QStringLiteral("/nonexistent/node") }
            << 1 << QStringLiteral("There is no site store in /nonexistent/node");
        QTest::newRow("pin without init")
            << QStringList { QStringLiteral("pin"), dd, QStringLiteral("/nonexistent/node") } << 1
            << QStringLiteral("There is no certificate");
        QTest::newRow("bad listen")
            << QStringList { QStringLiteral("serve"), dd, QStringLiteral("x"),
                             QStringLiteral("--listen"), QStringLiteral("localhost") }
            << 2 << QStringLiteral("--listen must be HOST:PORT");
        QTest::newRow("bad threads")
            << QStringList { QStringLiteral("serve"), dd, QStringLiteral("x"),
                             QStringLiteral("--threads"), QStringLiteral("0") }
            << 2 << QStringLiteral("--threads must be");
        QTest::newRow("bad profile")
            << QStringList { QStringLiteral("demo-data"), QStringLiteral("--profile"),
                             QStringLiteral("zoo"),       QStringLiteral("--rows"),
                             QStringLiteral("3"),         QStringLiteral("--out"),
                             QStringLiteral("x.csv") }
            << 2 << QStringLiteral("unknown --profile 'zoo'");
        QTest::newRow("bad rows") << QStringList {
            QStringLiteral("demo-data"), QStringLiteral("--profile"), QStringLiteral("hospital"),
            QStringLiteral("--rows"),    QStringLiteral("many"),      QStringLiteral("--out"),
            QStringLiteral("x.csv")
        } << 2 << QStringLiteral("--rows must be");
        // Whole numbers are digits only: no sign, spaces, exponent or overflow (std::from_chars),
        // and each option's table row gives its range.
        const QStringList serveArgs { QStringLiteral("serve"), dd, QStringLiteral("x") };
        QTest::newRow("threads with a plus")
            << (serveArgs + QStringList { QStringLiteral("--threads"), QStringLiteral("+4") }) << 2
            << QStringLiteral("--threads must be a whole number from 1 to 256 (not '+4')");
        QTest::newRow("threads with a space")
            << (serveArgs + QStringList { QStringLiteral("--threads"), QStringLiteral(" 4") }) << 2
            << QStringLiteral("--threads must be a whole number from 1 to 256");
        QTest::newRow("port out of range")
            << (serveArgs
                + QStringList { QStringLiteral("--listen"), QStringLiteral("127.0.0.1:65536") })
            << 2 << QStringLiteral("--listen must be HOST:PORT");
        QTest::newRow("port with a sign")
            << (serveArgs
                + QStringList { QStringLiteral("--listen"), QStringLiteral("127.0.0.1:+80") })
            << 2 << QStringLiteral("--listen must be HOST:PORT");
        QTest::newRow("count below one") << QStringList {
            QStringLiteral("audit"), QStringLiteral("show"),    dd,
            QStringLiteral("x"),     QStringLiteral("--count"), QStringLiteral("0")
        } << 2 << QStringLiteral("--count must be a whole number from 1 to 2147483647");
        QTest::newRow("negative expiry")
            << QStringList { QStringLiteral("token"),
                             QStringLiteral("create"),
                             dd,
                             QStringLiteral("x"),
                             QStringLiteral("--user"),
                             QStringLiteral("u"),
                             QStringLiteral("--purpose"),
                             QStringLiteral("research"),
                             QStringLiteral("--expires-days"),
                             QStringLiteral("-1") }
            << 2 << QStringLiteral("--expires-days must be a whole number from 0 to 36500");
        QTest::newRow("seed beyond 64 bits")
            << QStringList { QStringLiteral("demo-data"),
                             QStringLiteral("--profile"),
                             QStringLiteral("hospital"),
                             QStringLiteral("--rows"),
                             QStringLiteral("3"),
                             QStringLiteral("--seed"),
                             QStringLiteral("18446744073709551616"),
                             QStringLiteral("--out"),
                             QStringLiteral("x.csv") }
            << 2 << QStringLiteral("--seed must be a whole number, 0 or more");
        QTest::newRow("rows in exponent form")
            << QStringList { QStringLiteral("demo-data"), QStringLiteral("--profile"),
                             QStringLiteral("hospital"),  QStringLiteral("--rows"),
                             QStringLiteral("1e3"),       QStringLiteral("--out"),
                             QStringLiteral("x.csv") }
            << 2 << QStringLiteral("--rows must be a whole number from 1 to");
        const QStringList exportArgs { QStringLiteral("audit"), QStringLiteral("export"), dd,
                                       QStringLiteral("x") };
        QTest::newRow("export: unknown format")
            << (exportArgs + QStringList { QStringLiteral("--format"), QStringLiteral("xlsx") })
            << 2 << QStringLiteral("unknown --format 'xlsx'; use one of: csv, jsonl.");
        QTest::newRow("export: date not ISO")
            << (exportArgs + QStringList { QStringLiteral("--from"), QStringLiteral("02-12-2026") })
            << 2 << QStringLiteral("--from '02-12-2026' is not a UTC date");
        QTest::newRow("export: no such day")
            << (exportArgs + QStringList { QStringLiteral("--to"), QStringLiteral("2026-02-30") })
            << 2 << QStringLiteral("--to '2026-02-30' is not a UTC date");
        QTest::newRow("export: local time")
            << (exportArgs
                + QStringList { QStringLiteral("--to"), QStringLiteral("2026-12-02T10:00:00") })
            << 2 << QStringLiteral("is not a UTC date");
        QTest::newRow("export: from after to")
            << (exportArgs
                + QStringList { QStringLiteral("--from"), QStringLiteral("2026-12-03"),
                                QStringLiteral("--to"), QStringLiteral("2026-12-02") })
            << 2 << QStringLiteral("--from 2026-12-03 is after --to 2026-12-02");
        QTest::newRow("export: bad rule")
            << (exportArgs + QStringList { QStringLiteral("--rule"), QStringLiteral("Min Cell") })
            << 2 << QStringLiteral("--rule 'Min Cell' is not a rule id");
        QTest::newRow("export: bad user")
            << (exportArgs + QStringList { QStringLiteral("--user"), QStringLiteral("ann\nbob") })
            << 2 << QStringLiteral("is not a user name");
        QTest::newRow("export: empty user")
            << (exportArgs + QStringList { QStringLiteral("--user=") }) << 2
            << QStringLiteral("--user has an empty value");
        QTest::newRow("export: missing store")
            << QStringList { QStringLiteral("audit"), QStringLiteral("export"), dd,
                             QStringLiteral("/nonexistent/node") }
            << 1 << QStringLiteral("There is no site store in /nonexistent/node");
        QTest::newRow("unexpected argument")
            << QStringList { QStringLiteral("pin"), dd, QStringLiteral("x"), QStringLiteral("y") }
            << 2 << QStringLiteral("unexpected argument 'y'");
    }

    void errorsAreOneLine()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, expected);
        const Run r = run(args);
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        if (!args.isEmpty()) {
            QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
            QVERIFY(r.out.isEmpty());
        }
    }

    void wrongPassphrase()
    {
        qputenv("FAIRSTART_NODE_PASSPHRASE", "not the right one");
        const Run r = run({ QStringLiteral("token"), QStringLiteral("list"),
                            QStringLiteral("--data-dir"), m_dir });
        qputenv("FAIRSTART_NODE_PASSPHRASE", kPassphrase);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("Wrong passphrase")), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    }

    void noPassphrase()
    {
        qunsetenv("FAIRSTART_NODE_PASSPHRASE");
        const Run r = run({ QStringLiteral("token"), QStringLiteral("list"),
                            QStringLiteral("--data-dir"), m_dir });
        qputenv("FAIRSTART_NODE_PASSPHRASE", kPassphrase);
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1String("FAIRSTART_NODE_PASSPHRASE")));
    }

    void passphraseFile()
    {
        const QString file = m_tmp.filePath(QStringLiteral("pass.txt"));
        QVERIFY(writeFile(file, kPassphrase + "\n"));
        qunsetenv("FAIRSTART_NODE_PASSPHRASE");
        const Run ok
            = run({ QStringLiteral("token"), QStringLiteral("list"), QStringLiteral("--data-dir"),
                    m_dir, QStringLiteral("--passphrase-file"), file });
        const QString empty = m_tmp.filePath(QStringLiteral("empty.txt"));
        QVERIFY(writeFile(empty, "\n"));
        const Run bad
            = run({ QStringLiteral("token"), QStringLiteral("list"), QStringLiteral("--data-dir"),
                    m_dir, QStringLiteral("--passphrase-file"), empty });
        qputenv("FAIRSTART_NODE_PASSPHRASE", kPassphrase);
        QVERIFY2(ok.code == 0, qPrintable(ok.err));
        QCOMPARE(bad.code, 1);
        QVERIFY(bad.err.contains(QLatin1String("is empty")));
    }

    void initTwiceFails()
    {
        const Run r = run({ QStringLiteral("init"), QStringLiteral("--data-dir"), m_dir,
                            QStringLiteral("--name"), QStringLiteral("again") });
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1String("already holds a node")));
    }

    void tokens()
    {
        const Run created
            = run({ QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--data-dir"),
                    m_dir, QStringLiteral("--user"), QStringLiteral("ann"),
                    QStringLiteral("--purpose"), QStringLiteral("research,quality") });
        QVERIFY2(created.code == 0, qPrintable(created.err));
        // stdout is the token and nothing else.
        QVERIFY(QRegularExpression(QStringLiteral("^fst_[0-9a-f]{12}_[A-Za-z0-9_-]{43}\n$"))
                    .match(created.out)
                    .hasMatch());
        const QString id = created.out.section(QLatin1Char('_'), 1, 1);
        const Run list = run({ QStringLiteral("token"), QStringLiteral("list"),
                               QStringLiteral("--data-dir"), m_dir });
        QCOMPARE(list.code, 0);
        QVERIFY(list.out.contains(id));
        QVERIFY(list.out.contains(QLatin1String("quality,research")));
        QVERIFY(!list.out.contains(created.out.trimmed()));
        const Run revoke = run({ QStringLiteral("token"), QStringLiteral("revoke"),
                                 QStringLiteral("--data-dir"), m_dir, QStringLiteral("--id"), id });
        QCOMPARE(revoke.code, 0);
        auto store = SiteStore::open(m_dir, QString::fromUtf8(kPassphrase));
        QVERIFY(store.value()->verifyToken(created.out.trimmed())->revoked);
        const Run unknown
            = run({ QStringLiteral("token"), QStringLiteral("revoke"), QStringLiteral("--data-dir"),
                    m_dir, QStringLiteral("--id"), QStringLiteral("000000000000") });
        QCOMPARE(unknown.code, 1);
        const Run badPurpose
            = run({ QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--data-dir"),
                    m_dir, QStringLiteral("--user"), QStringLiteral("ann"),
                    QStringLiteral("--purpose"), QStringLiteral("Marketing!") });
        QCOMPARE(badPurpose.code, 1);
        QCOMPARE(badPurpose.err.count(QLatin1Char('\n')), 1);
    }

    void demoDataAndImport()
    {
        const QString csv = m_tmp.filePath(QStringLiteral("yhs.csv"));
        const QString schema = m_tmp.filePath(QStringLiteral("yhs.json"));
        const Run demo
            = run({ QStringLiteral("demo-data"), QStringLiteral("--profile"),
                    QStringLiteral("youth-health-service"), QStringLiteral("--rows"),
                    QStringLiteral("2000"), QStringLiteral("--seed"), QStringLiteral("4"),
                    QStringLiteral("--out"), csv, QStringLiteral("--schema-out"), schema });
        QVERIFY2(demo.code == 0, qPrintable(demo.err));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), demoCsv(DemoProfile::YouthHealthService, 2000, 4));

        const Run imported
            = run({ QStringLiteral("import"), QStringLiteral("--data-dir"), m_dir,
                    QStringLiteral("--dataset"), QStringLiteral("jgz"), QStringLiteral("--csv"),
                    csv, QStringLiteral("--schema"), schema });
        QVERIFY2(imported.code == 0, qPrintable(imported.err));
        QVERIFY(imported.out.contains(QLatin1String("2000 rows")));
        QVERIFY(imported.out.contains(QLatin1String("consent: research")));

        const Run garbage = [&] {
            const QString bad = m_tmp.filePath(QStringLiteral("garbage.csv"));
            writeFile(bad, "\x01\x02garbage,\"\n\xff\xfe");
            return run({ QStringLiteral("import"), QStringLiteral("--data-dir"), m_dir,
                         QStringLiteral("--dataset"), QStringLiteral("jgz"),
                         QStringLiteral("--csv"), bad });
        }();
        QCOMPARE(garbage.code, 1);
        QVERIFY(garbage.err.contains(QLatin1String("nothing was imported")));
        QVERIFY(garbage.err.contains(QLatin1String("garbage.csv:1:")));

        const Run list = run({ QStringLiteral("dataset"), QStringLiteral("list"),
                               QStringLiteral("--data-dir"), m_dir });
        QCOMPARE(list.code, 0);
        QVERIFY(list.out.contains(QLatin1String("jgz")));
        QVERIFY(list.out.contains(QLatin1String("quality, research")));
        const Run show
            = run({ QStringLiteral("dataset"), QStringLiteral("show"), QStringLiteral("--data-dir"),
                    m_dir, QStringLiteral("--dataset"), QStringLiteral("jgz") });
        QCOMPARE(show.code, 0);
        QVERIFY(show.out.contains(QLatin1String("Birth weight (g)")));
    }

    void policy()
    {
        const Run weaker
            = run({ QStringLiteral("policy"), QStringLiteral("set"), QStringLiteral("--data-dir"),
                    m_dir, QStringLiteral("min_cell"), QStringLiteral("5") });
        QCOMPARE(weaker.code, 0);
        QVERIFY(weaker.err.startsWith(QLatin1String("warning: min_cell = 5")));
        const Run floor
            = run({ QStringLiteral("policy"), QStringLiteral("set"), QStringLiteral("--data-dir"),
                    m_dir, QStringLiteral("min_cell"), QStringLiteral("2") });
        QCOMPARE(floor.code, 1);
        QCOMPARE(floor.err.count(QLatin1Char('\n')), 1);
        const Run missingValue
            = run({ QStringLiteral("policy"), QStringLiteral("set"), QStringLiteral("--data-dir"),
                    m_dir, QStringLiteral("min_cell") });
        QCOMPARE(missingValue.code, 2);
        const Run show = run({ QStringLiteral("policy"), QStringLiteral("show"),
                               QStringLiteral("--data-dir"), m_dir });
        QCOMPARE(show.code, 0);
        QVERIFY(show.out.contains(QLatin1String("WEAKER")));
        QVERIFY(show.err.contains(QLatin1String("warning: min_cell")));
        // Every key apart from its value, the longest too (differencing_atoms_per_user ran into
        // its value).
        static const QRegularExpression keyThenValue(QStringLiteral("^[a-z_]+  +\\S"));
        for (const QString &line : show.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            QVERIFY2(keyThenValue.match(line).hasMatch(), qPrintable(line));
        QCOMPARE(
            run({ QStringLiteral("policy"), QStringLiteral("set"), QStringLiteral("--data-dir"),
                  m_dir, QStringLiteral("min_cell"), QStringLiteral("10") })
                .code,
            0);
    }

    void audit()
    {
        const Run verify = run({ QStringLiteral("audit"), QStringLiteral("verify"),
                                 QStringLiteral("--data-dir"), m_dir });
        QVERIFY2(verify.code == 0, qPrintable(verify.err));
        QVERIFY(verify.out.contains(QLatin1String("intact")));
        const Run show = run({ QStringLiteral("audit"), QStringLiteral("show"),
                               QStringLiteral("--data-dir"), m_dir, QStringLiteral("--json") });
        QCOMPARE(show.code, 0);
        QVERIFY(show.out.contains(QLatin1String("\"event\":\"node-initialised\"")));
        QVERIFY(show.out.contains(QLatin1String("\"event\":\"token-created\"")));
        const Run some
            = run({ QStringLiteral("audit"), QStringLiteral("show"), QStringLiteral("--data-dir"),
                    m_dir, QStringLiteral("--from"), QStringLiteral("1"), QStringLiteral("--count"),
                    QStringLiteral("1") });
        QCOMPARE(some.code, 0);
        QCOMPARE(some.out.count(QLatin1Char('\n')), 1);
        QVERIFY(some.out.contains(QLatin1String("node-initialised")));
    }

    void auditExport()
    {
        // Requests as the server writes them, one with a dataset name a CSV writer must quote.
        {
            auto store = SiteStore::open(m_dir, QString::fromUtf8(kPassphrase));
            QVERIFY(store);
            QVERIFY(
                (*store)->appendAudit(requestEntry(QStringLiteral("ann"), QStringLiteral("cohort"),
                                                   201, QString(), QStringLiteral("min-cohort"))));
            QVERIFY((*store)->appendAudit(
                requestEntry(QStringLiteral("bob"), QStringLiteral("a, \"b\"\nc"), 422,
                             QStringLiteral("min-cell"), QStringLiteral("min-cell"))));
        }
        const QStringList base { QStringLiteral("audit"), QStringLiteral("export"),
                                 QStringLiteral("--data-dir"), m_dir };
        const Run all = run(base);
        QVERIFY2(all.code == 0, qPrintable(all.err));
        QVERIFY(all.out.startsWith(QLatin1String("seq,time,event,user,tokenId,")));
        // The summary goes to stderr when the export goes to stdout.
        QVERIFY2(all.err.contains(QLatin1String("The audit chain is intact")), qPrintable(all.err));
        QVERIFY(!all.out.contains(QLatin1String("intact")));
        QVERIFY(all.out.contains(QLatin1String("node-initialised")));
        QVERIFY2(all.out.contains(QLatin1String(",\"a, \"\"b\"\"\nc\",")), qPrintable(all.out));

        const Run bob = run(base + QStringList { QStringLiteral("--user"), QStringLiteral("bob") });
        QCOMPARE(bob.code, 0);
        QStringList records = csvRecords(bob.out);
        QCOMPARE(records.size(), 1);
        QVERIFY(records[0].contains(QLatin1String(",bob,")));
        QVERIFY2(bob.err.contains(QLatin1String("Exported 1 of ")), qPrintable(bob.err));

        const Run rule = run(base
                             + QStringList { QStringLiteral("--rule"), QStringLiteral("min-cohort"),
                                             QStringLiteral("--format"), QStringLiteral("jsonl") });
        QCOMPARE(rule.code, 0);
        const QStringList lines = rule.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 1);
        const QJsonObject line = QJsonDocument::fromJson(lines[0].toUtf8()).object();
        QCOMPARE(line.value(QStringLiteral("user")).toString(), QStringLiteral("ann"));
        QCOMPARE(line.value(QStringLiteral("request")).toObject().value(QStringLiteral("dataset")),
                 QJsonValue(QStringLiteral("cohort")));
        QCOMPARE(line.value(QStringLiteral("entryHash")).toString().size(), 64);

        // The conditions combine: bob checked min-cell, not min-cohort.
        const Run none
            = run(base
                  + QStringList { QStringLiteral("--user"), QStringLiteral("bob"),
                                  QStringLiteral("--rule"), QStringLiteral("min-cohort") });
        QCOMPARE(none.code, 0);
        QVERIFY(csvRecords(none.out).isEmpty());
        // Repeated values are alternatives.
        const Run both
            = run(base
                  + QStringList { QStringLiteral("--user"), QStringLiteral("bob"),
                                  QStringLiteral("--user"), QStringLiteral("ann"),
                                  QStringLiteral("--rule"), QStringLiteral("min-cohort"),
                                  QStringLiteral("--rule"), QStringLiteral("min-cell") });
        QCOMPARE(csvRecords(both.out).size(), 2);

        // The day of the first entry (a run across midnight UTC spans two days).
        const QDate first = [this] {
            auto store = SiteStore::open(m_dir, QString::fromUtf8(kPassphrase));
            return store ? (*store)->auditEntries(1, 1)->front().time.date() : QDate();
        }();
        QVERIFY(first.isValid());
        const QString today = first.toString(Qt::ISODate);
        const QString yesterday = first.addDays(-1).toString(Qt::ISODate);
        const Run fromToday = run(base + QStringList { QStringLiteral("--from"), today });
        QCOMPARE(csvRecords(fromToday.out).size(), csvRecords(all.out).size());
        const Run untilYesterday = run(base + QStringList { QStringLiteral("--to"), yesterday });
        QCOMPARE(untilYesterday.code, 0);
        QVERIFY(csvRecords(untilYesterday.out).isEmpty());

        // To a file: the summary on stdout, the file readable by its owner only.
        const QString path = m_tmp.filePath(QStringLiteral("audit.csv"));
        const Run toFile = run(base + QStringList { QStringLiteral("--output"), path });
        QVERIFY2(toFile.code == 0, qPrintable(toFile.err));
        QVERIFY(toFile.err.isEmpty());
        QVERIFY(toFile.out.contains(QLatin1String("The audit chain is intact")));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), all.out);
        QCOMPARE(file.permissions()
                     & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                        | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        const Run unwritable = run(
            base
            + QStringList { QStringLiteral("--output"), QStringLiteral("/nonexistent/dir/a.csv") });
        QCOMPARE(unwritable.code, 1);
        QVERIFY(unwritable.err.contains(QLatin1String("Check --output")));
    }

    // A broken chain is exported all the same, and the command says where it breaks and fails.
    void auditExportOfBrokenChain()
    {
        const PassphraseNode node = passphraseNode();
        QVERIFY(!node.dir.isEmpty());
        QVERIFY(rawExec(node.dir, "DELETE FROM audit WHERE seq = 2;"));
        const QString path = m_tmp.filePath(QStringLiteral("broken.jsonl"));
        const Run r = run({ QStringLiteral("audit"), QStringLiteral("export"),
                            QStringLiteral("--data-dir"), node.dir, QStringLiteral("--format"),
                            QStringLiteral("jsonl"), QStringLiteral("--output"), path });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("The audit chain is broken at entry 2")),
                 qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QVERIFY(lines.size() >= 2);
        QCOMPARE(QJsonDocument::fromJson(lines[0]).object().value(QStringLiteral("seq")).toInt(),
                 1);
        QCOMPARE(QJsonDocument::fromJson(lines[1]).object().value(QStringLiteral("seq")).toInt(),
                 3);
    }

    // Every refusal leaves the file byte for byte as it was, opened by the current passphrase.
    void passphraseChangeRefused_data()
    {
        QTest::addColumn<QByteArray>("current"); // FAIRSTART_NODE_PASSPHRASE
        QTest::addColumn<QByteArray>("next"); // FAIRSTART_NODE_NEW_PASSPHRASE ("" = unset)
        QTest::addColumn<QByteArray>("nextFile"); // content of --new-passphrase-file, if any
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<bool>("locked"); // another process holds node.lock
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("expected");
        const QByteArray good = "a new and longer passphrase";
        const QByteArray none;
        QTest::newRow("wrong current passphrase")
            << QByteArray("not the right one") << good << none << QStringList() << false << 1
            << QStringLiteral("Wrong passphrase");
        QTest::newRow("new too short")
            << kPassphrase << QByteArray("short7!") << none << QStringList() << false << 1
            << QStringLiteral("at least 8 characters");
        QTest::newRow("new from file too short")
            << kPassphrase << none << QByteArray("1234567\n") << QStringList() << false << 1
            << QStringLiteral("at least 8 characters");
        QTest::newRow("new file empty") << kPassphrase << good << QByteArray("\n") << QStringList()
                                        << false << 1 << QStringLiteral("is empty");
        QTest::newRow("no new passphrase") << kPassphrase << none << none << QStringList() << false
                                           << 1 << QStringLiteral("FAIRSTART_NODE_NEW_PASSPHRASE");
        QTest::newRow("same as the current") << kPassphrase << kPassphrase << none << QStringList()
                                             << false << 1 << QStringLiteral("same as the current");
        QTest::newRow("new on the command line")
            << kPassphrase << none << none
            << QStringList { QStringLiteral("--new-passphrase"), QString::fromUtf8(good) } << false
            << 2 << QStringLiteral("never taken from the command line");
        QTest::newRow("serve holds the data dir")
            << kPassphrase << good << none << QStringList() << true << 1
            << QStringLiteral("Another fairstart-node");
    }

    void passphraseChangeRefused()
    {
        QFETCH(QByteArray, current);
        QFETCH(QByteArray, next);
        QFETCH(QByteArray, nextFile);
        QFETCH(QStringList, extra);
        QFETCH(bool, locked);
        QFETCH(int, code);
        QFETCH(QString, expected);
        // One node for every row: each refusal must leave it as the row before found it.
        if (m_refused.dir.isEmpty())
            m_refused = passphraseNode();
        const PassphraseNode &node = m_refused;
        QVERIFY(!node.dir.isEmpty());
        const QString db = SiteStore::storePath(node.dir);
        const QByteArray before = fileSha256(db);
        QVERIFY(!before.isEmpty());

        QStringList args { QStringLiteral("passphrase"), QStringLiteral("--data-dir"), node.dir };
        if (!nextFile.isNull()) {
            const QString file = m_tmp.filePath(QStringLiteral("new-passphrase.txt"));
            QVERIFY(writeFile(file, nextFile));
            args << QStringLiteral("--new-passphrase-file") << file;
        }
        args += extra;
        QLockFile serving(node.dir + QStringLiteral("/node.lock"));
        if (locked)
            QVERIFY(serving.tryLock(0));
        qputenv("FAIRSTART_NODE_PASSPHRASE", current);
        if (next.isEmpty())
            qunsetenv("FAIRSTART_NODE_NEW_PASSPHRASE");
        else
            qputenv("FAIRSTART_NODE_NEW_PASSPHRASE", next);
        const Run r = run(args);
        qputenv("FAIRSTART_NODE_PASSPHRASE", kPassphrase);
        qunsetenv("FAIRSTART_NODE_NEW_PASSPHRASE");
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY(r.out.isEmpty());
        if (locked)
            serving.unlock();

        QCOMPARE(fileSha256(db), before);
        QVERIFY(!QFile::exists(node.dir + QStringLiteral("/node.lock")));
        auto store = SiteStore::open(node.dir, QString::fromUtf8(kPassphrase));
        QVERIFY2(store, qPrintable(store ? QString() : store.error().message));
        QCOMPARE(datasetBytes((*store)->loadTable(QStringLiteral("jgz")).value()), node.data);
    }

    // A real SQLCipher file re-encrypted twice: with files, then with environment variables.
    void passphraseChange()
    {
        const PassphraseNode node = passphraseNode();
        QVERIFY(!node.dir.isEmpty());
        const QByteArray second = "second passphrase, from a file";
        const QByteArray third = "third passphrase, from the environment";
        const QString currentFile = m_tmp.filePath(QStringLiteral("current.txt"));
        const QString nextFile = m_tmp.filePath(QStringLiteral("next.txt"));
        QVERIFY(writeFile(currentFile, kPassphrase + "\n"));
        QVERIFY(writeFile(nextFile, second + "\r\n"));
        const qint64 entriesBefore = [&] {
            auto store = SiteStore::open(node.dir, QString::fromUtf8(kPassphrase));
            return store ? (*store)->auditCount().value() : qint64(-1);
        }();
        QVERIFY(entriesBefore > 0);

        qunsetenv("FAIRSTART_NODE_PASSPHRASE");
        const Run byFile = run({ QStringLiteral("passphrase"), QStringLiteral("--data-dir"),
                                 node.dir, QStringLiteral("--passphrase-file"), currentFile,
                                 QStringLiteral("--new-passphrase-file"), nextFile });
        qputenv("FAIRSTART_NODE_PASSPHRASE", kPassphrase);
        QVERIFY2(byFile.code == 0, qPrintable(byFile.err));
        QVERIFY(byFile.err.isEmpty());
        QVERIFY(byFile.out.contains(QLatin1String("Only the new passphrase opens it")));
        verifyPassphrase(node, kPassphrase, second, entriesBefore + 1);

        qputenv("FAIRSTART_NODE_PASSPHRASE", second);
        qputenv("FAIRSTART_NODE_NEW_PASSPHRASE", third);
        const Run byEnvironment
            = run({ QStringLiteral("passphrase"), QStringLiteral("--data-dir"), node.dir });
        qputenv("FAIRSTART_NODE_PASSPHRASE", kPassphrase);
        qunsetenv("FAIRSTART_NODE_NEW_PASSPHRASE");
        QVERIFY2(byEnvironment.code == 0, qPrintable(byEnvironment.err));
        verifyPassphrase(node, second, third, entriesBefore + 2);
        QVERIFY(!SiteStore::open(node.dir, QString::fromUtf8(kPassphrase)));

        // The commands take the new passphrase, and only that.
        qputenv("FAIRSTART_NODE_PASSPHRASE", third);
        const Run verify = run({ QStringLiteral("audit"), QStringLiteral("verify"),
                                 QStringLiteral("--data-dir"), node.dir });
        qputenv("FAIRSTART_NODE_PASSPHRASE", second);
        const Run old = run({ QStringLiteral("token"), QStringLiteral("list"),
                              QStringLiteral("--data-dir"), node.dir });
        qputenv("FAIRSTART_NODE_PASSPHRASE", kPassphrase);
        QVERIFY2(verify.code == 0, qPrintable(verify.err));
        QCOMPARE(old.code, 1);
        QVERIFY2(old.err.contains(QLatin1String("Wrong passphrase")), qPrintable(old.err));
    }
};

QTEST_GUILESS_MAIN(TestNodeCommand)
#include "tst_nodecommand.moc"

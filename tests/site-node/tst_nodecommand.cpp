// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/node/demodata.h"
#include "fairstart/node/keys.h"
#include "fairstart/node/nodecommand.h"
#include "fairstart/node/store.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
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

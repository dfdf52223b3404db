// SPDX-License-Identifier: GPL-3.0-or-later
// A process killed (SIGKILL) in the middle of saving loses at most the change it was saving.
// The test re-runs its own binary as the writer: `tst_crashsafety --write-designs <path> <round>`.
#include "fairstart/workspace/workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cstdio>

using namespace fairstart::workspace;

namespace {

const QString passphrase = QStringLiteral("crash test passphrase");

QString designName(int round, int i)
{
    return QStringLiteral("round %1 design %2").arg(round).arg(i);
}

QJsonObject designContent(int round, int i)
{
    // A few pages per commit, so a kill lands inside a write more often than between writes.
    QJsonArray padding;
    for (int k = 0; k < 60; ++k)
        padding.append(QStringLiteral("term-%1-%2-%3").arg(round).arg(i).arg(k));
    return QJsonObject { { QStringLiteral("round"), round },
                         { QStringLiteral("i"), i },
                         { QStringLiteral("padding"), padding } };
}

// The child: saves designs and logs requests until it is killed, printing each committed index.
int writeUntilKilled(const QString &path, int round)
{
    auto ws = Workspace::open(path, passphrase);
    if (!ws) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(ws.error().message));
        return 2;
    }
    for (int i = 0; i < 100000; ++i) {
        if (!ws.value()->saveDesign(designName(round, i), designContent(round, i))
            || !ws.value()->appendRequestLog(QJsonObject { { QStringLiteral("i"), i } })) {
            std::fprintf(stderr, "write failed at %d\n", i);
            return 3;
        }
        std::printf("%d\n", i);
        std::fflush(stdout);
    }
    return 0;
}

} // namespace

class tst_CrashSafety : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void killedWriterLosesAtMostOneChange();
};

void tst_CrashSafety::killedWriterLosesAtMostOneChange()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("crash.fairstart"));
    QVERIFY(Workspace::create(path, passphrase));

    QRandomGenerator rng(7);
    QList<int> committedPerRound;
    qint64 logEntries = 0;
    for (int round = 0; round < 4; ++round) {
        QProcess child;
        child.setProgram(QCoreApplication::applicationFilePath());
        child.setArguments({ QStringLiteral("--write-designs"), path, QString::number(round) });
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.start();
        QVERIFY(child.waitForStarted(10000));

        // Let it commit a few designs, then kill it at a random moment.
        const int target = 5 + int(rng.bounded(20));
        QByteArray out;
        while (out.count('\n') < target) {
            if (!child.waitForReadyRead(20000))
                QFAIL(qPrintable(QStringLiteral("writer stopped: %1")
                                     .arg(QString::fromUtf8(child.readAllStandardError()))));
            out += child.readAllStandardOutput();
        }
        QThread::usleep(rng.bounded(20000));
        child.kill(); // SIGKILL: no destructor, no close, no flush
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        out += child.readAllStandardOutput();
        const QList<QByteArray> lines = out.trimmed().split('\n');
        const int lastReported = lines.last().toInt();
        QCOMPARE(lastReported, lines.size() - 1);

        auto ws = Workspace::open(path, passphrase);
        QVERIFY2(ws, qPrintable(ws ? QString() : ws.error().message));
        const auto problems = ws.value()->integrityCheck();
        QVERIFY(problems);
        QVERIFY2(problems->isEmpty(), qPrintable(problems->join(QLatin1Char('\n'))));

        // Every reported commit is there, complete; at most the one in flight beyond them.
        int found = 0;
        const auto designs = ws.value()->designs();
        QVERIFY(designs);
        for (const DesignSummary &d : *designs) {
            if (d.name.startsWith(QStringLiteral("round %1 ").arg(round)))
                ++found;
        }
        QVERIFY2(
            found == lastReported + 1 || found == lastReported + 2,
            qPrintable(
                QStringLiteral("reported %1 commits, found %2").arg(lastReported + 1).arg(found)));
        for (const DesignSummary &d : *designs) {
            const int i = d.name.section(QLatin1Char(' '), 3).toInt();
            if (d.name.startsWith(QStringLiteral("round %1 ").arg(round)))
                QCOMPARE(ws.value()->design(d.id)->design, designContent(round, i));
        }
        const auto log = ws.value()->verifyRequestLog();
        QVERIFY(log);
        QVERIFY2(log->intact, qPrintable(log->message));
        QVERIFY(log->entries >= logEntries + lastReported + 1);
        QVERIFY(log->entries <= logEntries + lastReported + 2);
        logEntries = log->entries;
        committedPerRound.append(found);
    }
    qInfo() << "designs committed per round before SIGKILL:" << committedPerRound;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 4 && qstrcmp(argv[1], "--write-designs") == 0)
        return writeUntilKilled(QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toInt());
    tst_CrashSafety test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crashsafety.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// A node never shares its port (branch stable). cpp-httplib's servers set SO_REUSEPORT on their
// listening socket, so a second `fairstart-node serve` on the port of a running one bound it too
// and the kernel spread the connections over both: no "Cannot listen" error, and clients reached
// the one or the other node at random (an old node left running after an upgrade; in the tests,
// a node given a port probed free that a parallel test's node had bound meanwhile). The node now
// sets SO_REUSEADDR only: a port in use is refused with a clear error.
#include "nodeprocess.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using testsupport::NodeProcess;

class tst_ListenStable : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void secondNodeOnATakenPortIsRefused();
};

void tst_ListenStable::secondNodeOnATakenPortIsRefused()
{
    QVERIFY2(NodeProcess::binaryMissing().isEmpty(), qPrintable(NodeProcess::binaryMissing()));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    NodeProcess first;
    QVERIFY2(first.init(dir.filePath(QStringLiteral("first")), QStringLiteral("First")),
             qPrintable(first.error));
    QVERIFY2(first.serve(), qPrintable(first.error));
    const int port = first.port();
    QVERIFY(port > 0);

    NodeProcess second;
    QVERIFY2(second.init(dir.filePath(QStringLiteral("second")), QStringLiteral("Second")),
             qPrintable(second.error));
    QProcess serve;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FAIRSTART_NODE_PASSPHRASE"),
               QString::fromLatin1(NodeProcess::kPassphrase));
    serve.setProcessEnvironment(env);
    const QString listen = QStringLiteral("127.0.0.1:%1").arg(port);
    serve.start(NodeProcess::binary(),
                { QStringLiteral("serve"), QStringLiteral("--data-dir"), second.dataDir(),
                  QStringLiteral("--listen"), listen });
    // It must end on its own with an error; a node that says it listens fails the test at once.
    QByteArray out;
    const QDeadlineTimer deadline(240000);
    while (serve.state() != QProcess::NotRunning && !out.contains("listening on")
           && !deadline.hasExpired()) {
        serve.waitForReadyRead(100);
        out += serve.readAllStandardOutput();
    }
    const bool ended = serve.state() == QProcess::NotRunning;
    if (!ended) {
        serve.kill();
        serve.waitForFinished(30000);
    }
    out += serve.readAllStandardOutput();
    const QByteArray err = serve.readAllStandardError();
    QVERIFY2(ended && !out.contains("listening on"),
             qPrintable(QStringLiteral("a second node listens on %1, the port of a running "
                                       "node: %2 %3")
                            .arg(listen, QString::fromUtf8(out), QString::fromUtf8(err))));
    QCOMPARE(serve.exitStatus(), QProcess::NormalExit);
    QCOMPARE(serve.exitCode(), 1);
    QVERIFY2(err.contains(QByteArray("Cannot listen on " + listen.toUtf8())), err.constData());

    // Every connection still reaches the first node (its certificate verified on each).
    for (int i = 0; i < 20; ++i) {
        const testsupport::Reply health = first.get("/v1/health", QString());
        QVERIFY2(health.status == 200, qPrintable(health.describe()));
    }
    QVERIFY(first.running());
}

QTEST_GUILESS_MAIN(tst_ListenStable)
#include "tst_listen_stable.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16, branch `sites7`: a node's connection watchdog sleeps until the earliest deadline of a
// connection that waits for its client, not on a 250 ms tick. At 100 sites on two cores the tick
// woke 100 processes 400 times a second, every second of a fit and between fits. Here a real node
// is left alone for a few seconds, with no connection and then with one kept-alive connection
// whose deadline is far away (request_deadline_seconds 120), and its threads' context switches
// are counted from /proc: the tick made ~4 a second whatever the load (a late timer still
// fires), a sleeping watchdog none. The deadline itself still closes a connection that waits
// too long: tst_slowclient.
#include "nodeprocess.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using testsupport::NodeProcess;

namespace {

// Voluntary and involuntary context switches of every thread of `pid`, summed; -1 on failure.
qint64 contextSwitches(qint64 pid)
{
    const QDir tasks(QStringLiteral("/proc/%1/task").arg(pid));
    const QStringList ids = tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    if (ids.isEmpty())
        return -1;
    qint64 total = 0;
    for (const QString &id : ids) {
        QFile status(tasks.filePath(id + QStringLiteral("/status")));
        if (!status.open(QIODevice::ReadOnly))
            continue; // a thread that ended meanwhile
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("voluntary_ctxt_switches:")
                || line.startsWith("nonvoluntary_ctxt_switches:"))
                total += line.mid(line.indexOf(':') + 1).trimmed().toLongLong();
        }
    }
    return total;
}

// The process id of this test's one child `fairstart-node` (the serving node), or 0.
qint64 childNode()
{
    const qint64 self = QCoreApplication::applicationPid();
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool number = false;
        const qint64 pid = entry.toLongLong(&number);
        if (!number)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        // "pid (comm) state ppid ...": comm may hold spaces, so read after the last ')'.
        const QByteArray text = stat.readAll();
        const qsizetype open = text.indexOf('('), close = text.lastIndexOf(')');
        if (open < 0 || close < open)
            continue;
        const QList<QByteArray> fields = text.mid(close + 2).split(' ');
        if (fields.size() > 1 && fields[1].toLongLong() == self
            && text.mid(open + 1, close - open - 1) == "fairstart-node")
            return pid;
    }
    return 0;
}

// The node's context switches over `seconds` of wall time in which nobody talks to it.
qint64 switchesWhileAlone(qint64 pid, int seconds)
{
    const qint64 before = contextSwitches(pid);
    QElapsedTimer window;
    window.start();
    while (window.elapsed() < qint64(seconds) * 1000)
        QThread::msleep(100);
    const qint64 after = contextSwitches(pid);
    return before < 0 || after < 0 ? -1 : after - before;
}

} // namespace

class tst_IdleWakeupsSites7 : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_node.stop(); }
    void anIdleNodeDoesNotWakeOnATick();

private:
    QTemporaryDir m_dir;
    NodeProcess m_node;
};

void tst_IdleWakeupsSites7::initTestCase()
{
    VERIFY_NO_ERROR(NodeProcess::binaryMissing());
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_node.init(m_dir.path() + QStringLiteral("/node"), QStringLiteral("idle")),
             qPrintable(m_node.error));
    QVERIFY2(m_node.setPolicy(QStringLiteral("request_deadline_seconds"), QStringLiteral("120")),
             qPrintable(m_node.error));
    QVERIFY2(m_node.serve(), qPrintable(m_node.error));
}

void tst_IdleWakeupsSites7::anIdleNodeDoesNotWakeOnATick()
{
    const qint64 pid = childNode();
    QVERIFY2(pid > 0, "the serving node is not a child process of this test");
    // One answered request first, so that the start-up's work (the datasets read, the first
    // sweep's set-up) is over, and its connection then kept alive for the second window.
    auto client = m_node.client(60);
    client->set_keep_alive(true);
    const httplib::Result first = client->Get("/v1/health");
    QVERIFY2(first && first->status == 200, "the node did not answer /v1/health");
    // 6 s each: the tick made ~24 context switches (at least 15 at any load: a timer that fires
    // late still fires); a watchdog that sleeps until a deadline 120 s away makes none. The
    // node's other threads block without a timeout, except the idle-job sweep (every 30 s:
    // at most one in a window, a few switches).
    const qint64 kept = switchesWhileAlone(pid, 6);
    QVERIFY(kept >= 0);
    QVERIFY2(kept < 8,
             qPrintable(QStringLiteral("%1 context switches in 6 s with one kept-alive "
                                       "connection: the node wakes on a tick")
                            .arg(kept)));
    client.reset(); // the connection closed: the node forgets it
    const qint64 none = switchesWhileAlone(pid, 6);
    QVERIFY(none >= 0);
    QVERIFY2(none < 8,
             qPrintable(QStringLiteral("%1 context switches in 6 s with no connection: the "
                                       "node wakes on a tick")
                            .arg(none)));
    // It still answers at once.
    auto again = m_node.client(60);
    const httplib::Result second = again->Get("/v1/health");
    QVERIFY2(second && second->status == 200, "the node did not answer /v1/health again");
}

QTEST_GUILESS_MAIN(tst_IdleWakeupsSites7)
#include "tst_idlewakeups_sites7.moc"

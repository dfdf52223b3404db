// SPDX-License-Identifier: GPL-3.0-or-later
// The fairstart executable as a process without a display: --help and --version print and quit,
// and a start without a display says what to do instead of aborting.
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

class tst_WorkbenchCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void helpWithoutDisplay_data();
    void helpWithoutDisplay();
    void noDisplaySaysWhatToDo();

private:
    QProcess *start(const QStringList &arguments);
};

QProcess *tst_WorkbenchCli::start(const QStringList &arguments)
{
    auto *p = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : { "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM" })
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    p->setProcessEnvironment(env);
    p->start(qEnvironmentVariable("FAIRSTART_BIN_DIR") + QStringLiteral("/workbench/fairstart"),
             arguments);
    return p;
}

void tst_WorkbenchCli::helpWithoutDisplay_data()
{
    QTest::addColumn<QString>("flag");
    QTest::addColumn<QString>("expected");
    QTest::newRow("--help") << QStringLiteral("--help") << QStringLiteral("--demo");
    QTest::newRow("-h") << QStringLiteral("-h") << QStringLiteral("--formula");
    QTest::newRow("--version") << QStringLiteral("--version") << QStringLiteral("Fairstart");
}

void tst_WorkbenchCli::helpWithoutDisplay()
{
    QFETCH(QString, flag);
    QFETCH(QString, expected);
    QProcess *p = start({ flag });
    QVERIFY2(p->waitForFinished(30000), "fairstart did not end");
    QCOMPARE(p->exitStatus(), QProcess::NormalExit);
    QCOMPARE(p->exitCode(), 0);
    const QString out = QString::fromUtf8(p->readAllStandardOutput());
    QVERIFY2(out.contains(expected),
             qPrintable(out + QString::fromUtf8(p->readAllStandardError())));
}

void tst_WorkbenchCli::noDisplaySaysWhatToDo()
{
    QProcess *p = start({});
    QVERIFY(p->waitForFinished(30000));
    QCOMPARE(p->exitStatus(), QProcess::NormalExit); // not an abort
    QCOMPARE(p->exitCode(), 1);
    const QString err = QString::fromUtf8(p->readAllStandardError());
    QVERIFY2(err.contains(QStringLiteral("no display")), qPrintable(err));
    QVERIFY(err.contains(QStringLiteral("fairstart-cli")));
}

QTEST_GUILESS_MAIN(tst_WorkbenchCli)
#include "tst_workbenchcli.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The main window with a real encrypted workspace: start page, save → reopen → equal design,
// a wrong passphrase refused in words, the demo federation's absence said plainly, the layout
// remembered.
#include "fairstart/analysis/formula.h"
#include "fairstart/ui/catalogue/cataloguemodel.h"
#include "fairstart/ui/designer/designdocument.h"
#include "fairstart/ui/mainwindow.h"
#include "fairstart/workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QDockWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace fairstart;
using namespace fairstart::ui;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void startPage();
    void demoMissingIsSaidPlainly();
    void saveReopenEqual();
    void wrongPassphrase();
    void layoutRemembered();

private:
    QTemporaryDir m_dir;
};

void tst_MainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("FairstartTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QSettings().clear();
    QVERIFY(m_dir.isValid());
}

void tst_MainWindow::startPage()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.isStartPageShown());
    QAbstractItemModelTester tester(window.catalogueModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!window.currentWorkspace());
}

void tst_MainWindow::demoMissingIsSaidPlainly()
{
    MainWindow window;
    const QString problem = window.openDemoFederation(m_dir.filePath(QStringLiteral("none.json")));
    QVERIFY(problem.contains(QStringLiteral("make demo")));
    QVERIFY(window.isStartPageShown());
}

void tst_MainWindow::saveReopenEqual()
{
    const QString path = m_dir.filePath(QStringLiteral("study.fairstart"));
    const QString passphrase = QStringLiteral("correct horse battery");
    QJsonObject saved;
    {
        MainWindow window;
        QCOMPARE(window.openWorkspace(path, passphrase, true), QString());
        QVERIFY(!window.isStartPageShown());
        QCOMPARE(window.loadFormula(QStringLiteral("low ~ age + log(lwt) + smoke")), QString());
        window.document()->dropVariable(QStringLiteral("ht"), false, BlockKind::Predictor,
                                        {10, 600});
        saved = window.document()->toJson();
        window.close(); // flushes the autosave
    }
    {
        MainWindow window;
        QCOMPARE(window.openWorkspace(path, passphrase, false), QString());
        QCOMPARE(window.document()->toJson(), saved);
        QCOMPARE(analysis::toFormula(window.document()->toSpec()),
                 std::string("low ~ age + log(lwt) + smoke + ht"));
        QCOMPARE(window.document()->undoStack()->count(), 0);
        auto designs = window.currentWorkspace()->designs();
        QVERIFY(designs.ok());
        QCOMPARE(designs->size(), 1);
    }
}

void tst_MainWindow::wrongPassphrase()
{
    const QString path = m_dir.filePath(QStringLiteral("locked.fairstart"));
    {
        MainWindow window;
        QCOMPARE(window.openWorkspace(path, QStringLiteral("the right one"), true), QString());
    }
    MainWindow window;
    const QString problem = window.openWorkspace(path, QStringLiteral("a wrong one"), false);
    QVERIFY(!problem.isEmpty());
    QVERIFY(window.isStartPageShown());
    QVERIFY(!window.currentWorkspace());
}

void tst_MainWindow::layoutRemembered()
{
    {
        MainWindow window;
        window.show();
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("requestLogDock"));
        QVERIFY(dock);
        dock->setFloating(true);
        window.close();
    }
    MainWindow window;
    window.show();
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("requestLogDock"));
    QVERIFY(dock->isFloating());
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The main window with a real encrypted workspace: start page, save → reopen → equal design,
// a wrong passphrase refused in words, the demo federation's absence said plainly, the layout
// remembered.
#include "results/simulatedreport.h"

#include "fairstart/analysis/formula.h"
#include "fairstart/ui/catalogue/cataloguemodel.h"
#include "fairstart/ui/designer/designdocument.h"
#include "fairstart/ui/mainwindow.h"
#include "fairstart/ui/publishdialog.h"
#include "fairstart/ui/results/resultsview.h"
#include "fairstart/ui/reviewer/reviewerwindow.h"
#include "fairstart/workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QPointer>
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
    void storedRunReopensAndPublishes();
    void damagedStoredResultSaidPlainly();

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

// A run stored in the workspace shows again after the workspace is reopened; its model is
// published read-only and opens in reviewer mode; closing the workspace hides both.
void tst_MainWindow::storedRunReopensAndPublishes()
{
    const QString path = m_dir.filePath(QStringLiteral("published.fairstart"));
    const QString passphrase = QStringLiteral("correct horse battery");
    const testing::SimulatedFederation fed = testing::simulateFederation(400);
    qint64 runId = 0;
    {
        MainWindow window;
        QCOMPARE(window.openWorkspace(path, passphrase, true), QString());
        workspace::Workspace *ws = window.currentWorkspace();
        auto design = ws->saveDesign(QStringLiteral("delay"), QJsonObject{});
        QVERIFY(design.ok());
        auto run = ws->addRun(design->designId, QJsonObject{}, {QStringLiteral("ggd-utrecht")});
        QVERIFY(run.ok());
        runId = run.value();
        QVERIFY(ws->setRunResult(runId, protocol::toJson(fed.report)).ok());
        auto unfinished = ws->addRun(design->designId, QJsonObject{}, {QStringLiteral("ggd-utrecht")});
        QVERIFY(unfinished.ok());
        // A run that never finished has nothing to show, and says so.
        QVERIFY(window.openRunResults(unfinished.value()).contains(QStringLiteral("did not finish")));
        QVERIFY(window.resultsView()->report().designHash.isEmpty());
    }
    MainWindow window;
    QCOMPARE(window.openWorkspace(path, passphrase, false), QString());
    ModelDescription description;
    description.title = QStringLiteral("Risk of developmental delay");
    // Nothing to publish before a result is open.
    QVERIFY(!window.publishModel(description).isEmpty());
    QCOMPARE(window.openRunResults(runId), QString());
    QCOMPARE(window.resultsView()->report().designHash, fed.report.designHash);
    QCOMPARE(window.resultsView()->report().glm.beta, fed.report.glm.beta);
    // Incomplete descriptions are refused in words.
    QVERIFY(window.publishModel(description).contains(QStringLiteral("whom parents")));
    description = proposeDescription(fed.report, {});
    description.contact = QStringLiteral("your youth health nurse");
    QCOMPARE(window.publishModel(description), QString());
    auto published = window.currentWorkspace()->publishedModels();
    QVERIFY(published.ok());
    QCOMPARE(published->size(), 1);
    QCOMPARE(published->first().runId, runId);
    QString problem;
    QPointer<ReviewerWindow> reviewer = window.openPublishedModel(published->first().id, &problem);
    QVERIFY2(reviewer, qPrintable(problem));
    QVERIFY(reviewer->calculator().isValid());
    QCOMPARE(reviewer->model().description.contact, QStringLiteral("your youth health nurse"));
    QCOMPARE(reviewer->model().report.designHash, fed.report.designHash);
    QVERIFY(!window.openPublishedModel(published->first().id + 100, &problem));
    QVERIFY(problem.contains(QStringLiteral("no published model")));
    // Closing the workspace closes its reviewer window and empties the Results panel.
    window.closeWorkspace();
    QTRY_VERIFY(reviewer.isNull());
    QVERIFY(window.resultsView()->report().designHash.isEmpty());
}

void tst_MainWindow::damagedStoredResultSaidPlainly()
{
    const QString path = m_dir.filePath(QStringLiteral("damaged.fairstart"));
    MainWindow window;
    QCOMPARE(window.openWorkspace(path, QStringLiteral("correct horse battery"), true), QString());
    workspace::Workspace *ws = window.currentWorkspace();
    auto design = ws->saveDesign(QStringLiteral("d"), QJsonObject{});
    QVERIFY(design.ok());
    auto run = ws->addRun(design->designId, QJsonObject{}, {QStringLiteral("a")});
    QVERIFY(run.ok());
    QVERIFY(ws->setRunResult(run.value(), QJsonObject{{QStringLiteral("glm"), 42}}).ok());
    const QString problem = window.openRunResults(run.value());
    QVERIFY2(problem.contains(QStringLiteral("cannot be read")), qPrintable(problem));
    QVERIFY(problem.contains(QStringLiteral("Run the design again")));
    QVERIFY(window.resultsView()->report().designHash.isEmpty());
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"

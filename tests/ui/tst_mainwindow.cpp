// SPDX-License-Identifier: GPL-3.0-or-later
// The main window with a real encrypted workspace: start page, save → reopen → equal design,
// a wrong passphrase refused in words, the demo federation's absence said plainly, the layout
// remembered.
#include "results/simulatedreport.h"

#include "fairstart/analysis/formula.h"
#include "fairstart/ui/catalogue/cataloguemodel.h"
#include "fairstart/ui/designer/designdocument.h"
#include "fairstart/ui/dialogs.h"
#include "fairstart/ui/mainwindow.h"
#include "fairstart/ui/publishdialog.h"
#include "fairstart/ui/results/resultsview.h"
#include "fairstart/ui/reviewer/reviewerwindow.h"
#include "fairstart/ui/sites/sitesmodel.h"
#include "fairstart/workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace fairstart;
using namespace fairstart::ui;

class tst_MainWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void startPage();
    void emptyRunsSaySo();
    void demoMissingIsSaidPlainly();
    void saveReopenEqual();
    void wrongPassphrase();
    void layoutRemembered();
    void storedRunReopensAndPublishes();
    void runsPanelPublishesTheRunRightClicked();
    void damagedStoredResultSaidPlainly();
    void publishNeedsCalculatorRanges();
    void analysesMenu();
    void resultsReadableInTheCentre();
    void sameSiteTwiceRefused();
    void twoEvaluationBlocksRefused();
    void passphraseDialogByKeyboard();

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

// A demo session keeps no runs: the Runs dock says where runs are kept instead of showing an
// empty table (the sixth walk looked there for the run just made); a new workspace says how to
// make one. The row is not a run: it cannot be selected or opened.
void tst_MainWindow::emptyRunsSaySo()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTableWidget *runs = nullptr;
    for (QTableWidget *t : window.findChildren<QTableWidget *>())
        runs = t->accessibleName() == QLatin1String("Runs") ? t : runs;
    QVERIFY(runs);
    auto verifyHint = [runs](const QString &words) {
        QCOMPARE(runs->rowCount(), 1);
        QTableWidgetItem *hint = runs->item(0, 0);
        QVERIFY(hint);
        QVERIFY2(hint->text().contains(words), qPrintable(hint->text()));
        QVERIFY(!(hint->flags() & Qt::ItemIsSelectable));
        QVERIFY(!hint->data(Qt::UserRole).isValid());
        QCOMPARE(runs->columnSpan(0, 0), runs->columnCount());
    };
    verifyHint(QStringLiteral("File ▸ New Workspace…"));
    const QString path = m_dir.filePath(QStringLiteral("empty-runs.fairstart"));
    QCOMPARE(window.openWorkspace(path, QStringLiteral("a passphrase for the runs"), true),
             QString());
    verifyHint(QStringLiteral("No runs yet"));
    for (QAction *a : runs->actions())
        QVERIFY2(!a->isEnabled(), qPrintable(a->text())); // open, compare, publish: no run
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
                                        { 10, 600 });
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
        auto design = ws->saveDesign(QStringLiteral("delay"), QJsonObject {});
        QVERIFY(design.ok());
        auto run = ws->addRun(design->designId, QJsonObject {}, { QStringLiteral("ggd-utrecht") });
        QVERIFY(run.ok());
        runId = run.value();
        QVERIFY(ws->setRunResult(runId, protocol::toJson(fed.report)).ok());
        auto unfinished
            = ws->addRun(design->designId, QJsonObject {}, { QStringLiteral("ggd-utrecht") });
        QVERIFY(unfinished.ok());
        // A run that never finished has nothing to show, and says so.
        QVERIFY(
            window.openRunResults(unfinished.value()).contains(QStringLiteral("did not finish")));
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
    QVERIFY(window.publishModel(description).contains(QStringLiteral("a contact for questions")));
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
    auto design = ws->saveDesign(QStringLiteral("d"), QJsonObject {});
    QVERIFY(design.ok());
    auto run = ws->addRun(design->designId, QJsonObject {}, { QStringLiteral("a") });
    QVERIFY(run.ok());
    QVERIFY(ws->setRunResult(run.value(), QJsonObject { { QStringLiteral("glm"), 42 } }).ok());
    const QString problem = window.openRunResults(run.value());
    QVERIFY2(problem.contains(QStringLiteral("cannot be read")), qPrintable(problem));
    QVERIFY(problem.contains(QStringLiteral("Run the design again")));
    QVERIFY(window.resultsView()->report().designHash.isEmpty());
}

// A predictor used as is gives the calculator no range or typical value: the analyst must, or a
// professional would start from a birth weight of 0 g. Standardised, spline and categorical
// predictors need nothing.
void tst_MainWindow::publishNeedsCalculatorRanges()
{
    const analysis::DataTable site = testing::simulateSite(1500, 7, 0.0);
    analysis::ModelSpec spec = testing::simulatedSpec();
    spec.predictors[0].transform = analysis::Transform::AsIs; // birthweight
    protocol::FitReport report;
    report.design = testing::check(analysis::resolveLocally(spec, site), "resolve");
    const analysis::DesignMatrix design
        = testing::check(analysis::buildDesign(site, report.design), "design");
    report.glm
        = testing::check(analysis::fitFederated({ &design }, analysis::Family::Binomial), "fit");
    ModelDescription d = proposeDescription(report, {});
    d.contact = QStringLiteral("your youth health nurse");
    QString problem = descriptionProblem(d, report);
    QVERIFY2(problem.contains(QStringLiteral("birthweight")), qPrintable(problem));
    QVERIFY(!problem.contains(QStringLiteral("mother_age"))); // the spline's knots give a range
    d.inputs[QStringLiteral("birthweight")].minimum = 5500;
    d.inputs[QStringLiteral("birthweight")].typical = 3300;
    d.inputs[QStringLiteral("birthweight")].maximum = 500;
    QVERIFY(descriptionProblem(d, report).contains(QStringLiteral("between from and to")));
    std::swap(d.inputs[QStringLiteral("birthweight")].minimum,
              d.inputs[QStringLiteral("birthweight")].maximum);
    QCOMPARE(descriptionProblem(d, report), QString());

    // The dialog: one row per calculator field; typed numbers (Dutch or with a point) become hints.
    PublishDialog dialog(proposeDescription(report, {}), report);
    auto *table = dialog.findChild<QTableWidget *>();
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 5);
    int row = 0;
    while (row < table->rowCount() && table->item(row, 0)->text() != QLatin1String("birthweight"))
        ++row;
    QVERIFY(row < table->rowCount());
    QVERIFY(table->item(row, 3)->text().isEmpty()); // nothing to propose for an as-is number
    table->item(row, 1)->setText(QStringLiteral("Birth weight (g)"));
    table->item(row, 2)->setText(QStringLiteral("500"));
    table->item(row, 3)->setText(QStringLiteral("3300.5"));
    table->item(row, 4)->setText(QStringLiteral("5500"));
    const ModelDescription typed = dialog.description();
    const InputHint bw = typed.inputs.value(QStringLiteral("birthweight"));
    QCOMPARE(bw.label, QStringLiteral("Birth weight (g)"));
    QCOMPARE(bw.typical, std::optional<double>(3300.5));
    QCOMPARE(bw.maximum, std::optional<double>(5500));
    ModelDescription complete = typed;
    complete.contact = QStringLiteral("your youth health nurse");
    QCOMPARE(descriptionProblem(complete, report), QString());
}

// A result opens in the centre of the window as one document (tables and charts stacked), wide
// enough to read without "…", with readable rows and tables that copy as HTML and CSV.
void tst_MainWindow::resultsReadableInTheCentre()
{
    const QString path = m_dir.filePath(QStringLiteral("centre.fairstart"));
    const testing::SimulatedFederation fed = testing::simulateFederation(400);
    MainWindow window;
    window.resize(1440, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.openWorkspace(path, QStringLiteral("correct horse battery"), true), QString());
    workspace::Workspace *ws = window.currentWorkspace();
    auto design = ws->saveDesign(QStringLiteral("delay"), QJsonObject {});
    auto run = ws->addRun(design->designId, QJsonObject {}, { QStringLiteral("a") });
    QVERIFY(ws->setRunResult(run.value(), protocol::toJson(fed.report)).ok());
    QCOMPARE(window.openRunResults(run.value()), QString());
    ResultsView *results = window.resultsView();
    QTRY_VERIFY(results->isVisible());
    QVERIFY2(results->width() >= 700, qPrintable(QString::number(results->width())));
    // No term is cut to "…": the term column is as wide as its longest label.
    QTableView *table = results->coefficientTable();
    const QFontMetrics fm(table->font());
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        // A long term is shown in two lines (the walk of 2026-12-07); neither is cut.
        const QString label = table->model()->index(r, 0).data().toString();
        for (const QString &line : label.split(QLatin1Char('\n')))
            QVERIFY2(table->columnWidth(0) >= fm.horizontalAdvance(line), qPrintable(label));
        QVERIFY2(table->rowHeight(r) >= fm.lineSpacing() * (label.count(QLatin1Char('\n')) + 1),
                 qPrintable(label));
    }
    // Every row of the table is shown: the document scrolls, not the table.
    int rows = 0; // a term in two lines makes its row taller (the walk of 2026-12-07)
    for (int r = 0; r < table->model()->rowCount(); ++r)
        rows += table->rowHeight(r);
    QVERIFY2(table->height() >= rows,
             qPrintable(QStringLiteral("%1 px for rows of %2 px").arg(table->height()).arg(rows)));
    // Sections stacked top to bottom in one document.
    int lastY = -1;
    for (const char *name :
         { "coefficients", "convergence", "roc", "calibration", "risk-distribution", "sites" }) {
        auto *section = results->findChild<QWidget *>(QString::fromLatin1(name));
        QVERIFY2(section, name);
        QVERIFY(section->y() > lastY);
        lastY = section->y();
    }
    // Copy the coefficient table: HTML for a word processor, CSV as text.
    QApplication::clipboard()->clear();
    QAction *copy = table->actions().value(0);
    QVERIFY(copy);
    copy->trigger();
    const QMimeData *data = QApplication::clipboard()->mimeData();
    QVERIFY(data);
    QVERIFY(data->html().contains(QStringLiteral("<table")));
    QVERIFY(data->text().startsWith(QStringLiteral("Term,")));
    QVERIFY(data->text().contains(QStringLiteral("(reference)")));
}

// Table 1 and the dashboard are reachable from the menu bar; without online sites they say what
// to do instead of opening an empty window.
void tst_MainWindow::analysesMenu()
{
    MainWindow window;
    auto *menu = window.findChild<QMenu *>(QStringLiteral("analysesMenu"));
    QVERIFY(menu);
    QStringList texts;
    for (QAction *a : menu->actions())
        texts << a->text().remove(QLatin1Char('&'));
    QVERIFY2(texts.contains(QStringLiteral("Table 1: Cohort by Site…")),
             qPrintable(texts.join(QLatin1Char('|'))));
    QVERIFY(texts.contains(QStringLiteral("Policymaker Dashboard…")));
    QVERIFY(window.menuBar()->actions().contains(menu->menuAction()));
    const QString path = m_dir.filePath(QStringLiteral("analyses.fairstart"));
    QCOMPARE(window.openWorkspace(path, QStringLiteral("correct horse battery"), true), QString());
    // Table 1 and the dashboard need a session; validating needs what a run needs (a design
    // and sites), so it follows the Run action.
    QAction *run = nullptr;
    for (QAction *a : window.findChildren<QAction *>()) {
        if (a->text().remove(QLatin1Char('&')).startsWith(QStringLiteral("Run on Sites")))
            run = a;
    }
    QVERIFY(run);
    for (QAction *a : menu->actions()) {
        if (a->isSeparator())
            continue;
        if (a->text().remove(QLatin1Char('&')).startsWith(QStringLiteral("Validate")))
            QCOMPARE(a->isEnabled(), run->isEnabled());
        else
            QVERIFY2(a->isEnabled(), qPrintable(a->text()));
    }
    QSignalSpy opened(&window, &MainWindow::analysisOpened);
    const QString problem = window.openAnalysis(MainWindow::Analysis::Table1);
    QVERIFY2(problem.contains(QStringLiteral("No site is online")), qPrintable(problem));
    QVERIFY(
        window.openAnalysis(MainWindow::Analysis::Dashboard).contains(QStringLiteral("Add sites")));
    QCOMPARE(opened.count(), 0);
}

// The same node added twice (same address and pin, however written) would count its children
// twice: refused, in the workspace and in the list.
void tst_MainWindow::sameSiteTwiceRefused()
{
    MainWindow window;
    const QString path = m_dir.filePath(QStringLiteral("sites.fairstart"));
    QCOMPARE(window.openWorkspace(path, QStringLiteral("correct horse battery"), true), QString());
    const QString pin = QStringLiteral("sha256//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=");
    const client::Site a { QStringLiteral("ggd-utrecht"),
                           QStringLiteral("https://node.example:8443"), pin,
                           QStringLiteral("token-1") };
    QCOMPARE(window.addSite(a), QString());
    const client::Site again { QStringLiteral("utrecht-again"),
                               QStringLiteral("HTTPS://Node.Example:8443/"), pin,
                               QStringLiteral("token-2") };
    const QString problem = window.addSite(again);
    QVERIFY2(problem.contains(QStringLiteral("ggd-utrecht")), qPrintable(problem));
    QVERIFY(problem.contains(QStringLiteral("twice")));
    const client::Site sameName { QStringLiteral("GGD-Utrecht"),
                                  QStringLiteral("https://other:8443"), pin,
                                  QStringLiteral("token-3") };
    QVERIFY(!window.addSite(sameName).isEmpty());
    QCOMPARE(window.sitesModel()->sites().size(), 1);
    QCOMPARE(window.currentWorkspace()->sites()->size(), 1);
    // Another node with another pin is welcome.
    client::Site other = a;
    other.name = QStringLiteral("ggd-amsterdam");
    other.url = QStringLiteral("https://node2.example:8443");
    QCOMPARE(window.addSite(other), QString());
    QCOMPARE(window.sitesModel()->sites().size(), 2);
}

// A design with two Evaluation blocks used to run with the first one's settings, silently: the run
// and the validation refuse it, naming what to do, and the Run action stays off.
void tst_MainWindow::twoEvaluationBlocksRefused()
{
    MainWindow window;
    const QString path = m_dir.filePath(QStringLiteral("evaluations.fairstart"));
    QCOMPARE(window.openWorkspace(path, QStringLiteral("correct horse battery"), true), QString());
    QCOMPARE(window.loadFormula(QStringLiteral("low ~ age + smoke")), QString());
    Block second;
    second.kind = BlockKind::Evaluation;
    second.evaluation.thresholds = { 0.2 };
    window.document()->addBlock(second);
    QCOMPARE(window.runOnSites(), nullptr);
    auto refusal = [&window]() -> QString {
        QString text;
        for (QMessageBox *box : window.findChildren<QMessageBox *>()) {
            if (box->isVisible())
                text = box->text();
            box->close();
        }
        return text;
    };
    QTRY_VERIFY(!window.findChildren<QMessageBox *>().isEmpty());
    const QString text = refusal();
    QVERIFY2(text.contains(QStringLiteral("2 Evaluation blocks")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("delete")), qPrintable(text));
    QCOMPARE(window.validateAcrossSites(), nullptr);
    QVERIFY2(refusal().contains(QStringLiteral("Evaluation blocks")), "validation not refused");
}

// Tab walks passphrase, repetition, OK (Cancel last); an error message is shown whole.
void tst_MainWindow::passphraseDialogByKeyboard()
{
    PassphraseDialog dialog(PassphraseDialog::Create,
                            m_dir.filePath(QStringLiteral("k.fairstart")));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto edits = dialog.findChildren<QLineEdit *>();
    QCOMPARE(edits.size(), 2);
    QLineEdit *first
        = edits[0]->accessibleName() == QLatin1String("Passphrase") ? edits[0] : edits[1];
    QLineEdit *second = first == edits[0] ? edits[1] : edits[0];
    first->setFocus();
    QTest::keyClicks(first, QStringLiteral("correct horse"));
    QTest::keyClick(first, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), second); // not Cancel, where a space would cancel
    QTest::keyClicks(second, QStringLiteral("correct horse"));
    QTest::keyClick(second, Qt::Key_Tab);
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    QCOMPARE(QApplication::focusWidget(), ok);

    const QString long_ = QStringLiteral("The workspace could not be created: the folder is on a "
                                         "disk that is full. Free some space or choose another "
                                         "folder, then try again. Nothing was written.");
    dialog.setError(long_);
    QApplication::processEvents();
    QLabel *error = nullptr;
    for (QLabel *l : dialog.findChildren<QLabel *>()) {
        if (l->text() == long_)
            error = l;
    }
    QVERIFY(error);
    QVERIFY2(error->height() >= error->heightForWidth(error->width()),
             qPrintable(QStringLiteral("%1 < %2")
                            .arg(error->height())
                            .arg(error->heightForWidth(error->width()))));
    QVERIFY(dialog.rect().contains(error->geometry()));
}

// The fifth walk: with run 2 open in Results, the Runs panel's Publish Model… on run 1 opened
// the publish dialog for run 2. It opens run 1's results and publishes that run.
void tst_MainWindow::runsPanelPublishesTheRunRightClicked()
{
    const QString path = m_dir.filePath(QStringLiteral("publishrun.fairstart"));
    const QString passphrase = QStringLiteral("correct horse battery");
    const testing::SimulatedFederation first = testing::simulateFederation(400);
    const testing::SimulatedFederation second = testing::simulateFederation(700);
    QVERIFY(first.report.glm.beta != second.report.glm.beta);
    qint64 firstRun = 0;
    qint64 secondRun = 0;
    {
        MainWindow window;
        QCOMPARE(window.openWorkspace(path, passphrase, true), QString());
        workspace::Workspace *ws = window.currentWorkspace();
        auto design = ws->saveDesign(QStringLiteral("delay"), QJsonObject {});
        QVERIFY(design.ok());
        firstRun = ws->addRun(design->designId, QJsonObject {}, { QStringLiteral("a") }).value();
        QVERIFY(ws->setRunResult(firstRun, protocol::toJson(first.report)).ok());
        secondRun = ws->addRun(design->designId, QJsonObject {}, { QStringLiteral("a") }).value();
        QVERIFY(ws->setRunResult(secondRun, protocol::toJson(second.report)).ok());
    }
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.openWorkspace(path, passphrase, false), QString());
    QCOMPARE(window.openRunResults(secondRun), QString());
    QTableWidget *runs = nullptr;
    for (QTableWidget *t : window.findChildren<QTableWidget *>())
        runs = t->accessibleName() == QLatin1String("Runs") ? t : runs;
    QVERIFY(runs);
    int firstRow = -1;
    for (int r = 0; r < runs->rowCount(); ++r)
        firstRow = runs->item(r, 0)->data(Qt::UserRole).toLongLong() == firstRun ? r : firstRow;
    QVERIFY(firstRow >= 0);
    runs->setCurrentCell(firstRow, 0);
    QAction *publish = nullptr;
    for (QAction *a : runs->actions())
        publish = a->text().remove(QLatin1Char('&')).startsWith(QStringLiteral("Publish"))
            ? a
            : publish;
    QVERIFY2(publish, "the Runs panel has no Publish Model action");
    QVERIFY(publish->isEnabled());
    bool dialogShown = false;
    Eigen::VectorXd shownBeta;
    QTimer::singleShot(0, &window, [&] {
        auto *dialog = qobject_cast<PublishDialog *>(QApplication::activeModalWidget());
        dialogShown = dialog != nullptr;
        shownBeta = window.resultsView()->report().glm.beta;
        if (dialog)
            dialog->reject();
    });
    publish->trigger();
    QVERIFY(dialogShown);
    QVERIFY(shownBeta.size() == first.report.glm.beta.size() && shownBeta == first.report.glm.beta);
    window.closeWorkspace();
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"

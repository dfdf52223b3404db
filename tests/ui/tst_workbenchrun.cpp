// SPDX-License-Identifier: GPL-3.0-or-later
// A run from the workbench against real fairstart-node processes: the window keeps processing
// events (a timer fires, progress arrives, the window repaints) while the sites compute, the
// result lands in the Results dock, and stopping a run says so per site.
#include "../federation-client/nodecluster.h"

#include "fairstart/client/refusals.h"
#include "fairstart/ui/designer/designdocument.h"
#include "fairstart/ui/designer/designerwidget.h"
#include "fairstart/ui/mainwindow.h"
#include "fairstart/ui/results/resultsview.h"
#include "fairstart/ui/results/runcomparison.h"
#include "fairstart/ui/rundialog.h"
#include "fairstart/ui/sites/sitesmodel.h"

#include "fairstart/workspace/workspace.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace fairstart;
using namespace fairstart::ui;
using testsupport::NodeCluster;

namespace {
// Passes every disclosure rule on two sites of 1500 synthetic children.
const char *kFormula = "dev_delay_2y ~ sex + gestational_age_weeks + apgar_5min + parental_stress";
// Refused there: smoking in pregnancy is rare, so a joint cell with the outcome is too small.
const char *kRefusedFormula = "dev_delay_2y ~ sex + gestational_age_weeks + apgar_5min + "
                              "maternal_education + parental_stress + smoking_pregnancy";

// Counts paint events of a widget, to see that the window repaints during a run.
class PaintCounter : public QObject {
public:
    int paints = 0;
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};
} // namespace

class tst_WorkbenchRun : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void runKeepsTheWindowAlive();
    void stopRun();
    void refusalShownNextToSite();
    void checkAtSitesComputesNothing();
    void retryAndRunWithoutSite();
    void compareTwoRuns();
    void twoRunsTwoRecords();
    void closingCancelsAndRecords();
    void refusalEndsEverySiteInTheRecord();
    void deadSiteShownOnFailure(); // last: it stops a node

private:
    bool openWindow(MainWindow &window, const char *formula = kFormula);
    // The same in a new encrypted workspace with the cluster's sites, so runs are recorded.
    bool openWorkspaceWindow(MainWindow &window, const char *formula = kFormula);
    QMap<QString, workspace::RunSite> recordedSites(MainWindow &window, qint64 runId);
    QTemporaryDir m_dir;
    int m_workspaces = 0;
    NodeCluster m_cluster;
    QString m_sitesFile;
};

void tst_WorkbenchRun::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (!m_cluster.available())
        QFAIL("fairstart-node is not built (FAIRSTART_BIN_DIR/node/fairstart-node); nothing to "
              "run against");
    QVERIFY2(m_cluster.start(2, 1500), qPrintable(m_cluster.error));
    m_sitesFile = m_cluster.writeSitesFile(m_cluster.sites());
    QVERIFY(!m_sitesFile.isEmpty());
}

bool tst_WorkbenchRun::openWindow(MainWindow &window, const char *formula)
{
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return false;
    const QString problem = window.openDemoFederation(m_sitesFile);
    if (!problem.isEmpty()) {
        qWarning("%s", qPrintable(problem));
        return false;
    }
    if (!window.loadFormula(QString::fromLatin1(formula)).isEmpty())
        return false;
    // Both sites answer info and catalogue.
    return QTest::qWaitFor([&] { return window.sitesModel()->catalogues().size() == 2; }, 120000);
}

bool tst_WorkbenchRun::openWorkspaceWindow(MainWindow &window, const char *formula)
{
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return false;
    const QString path = m_dir.filePath(QStringLiteral("run%1.fairstart").arg(++m_workspaces));
    if (!window.openWorkspace(path, QStringLiteral("correct horse battery"), true).isEmpty())
        return false;
    for (const client::Site &site : m_cluster.sites()) {
        const QString problem = window.addSite(site);
        if (!problem.isEmpty()) {
            qWarning("%s", qPrintable(problem));
            return false;
        }
    }
    if (!window.loadFormula(QString::fromLatin1(formula)).isEmpty())
        return false;
    return QTest::qWaitFor([&] { return window.sitesModel()->catalogues().size() == 2; }, 120000);
}

QMap<QString, workspace::RunSite> tst_WorkbenchRun::recordedSites(MainWindow &window, qint64 runId)
{
    QMap<QString, workspace::RunSite> out;
    auto run = window.currentWorkspace()->run(runId);
    if (run) {
        for (const workspace::RunSite &s : run->sites)
            out.insert(s.site, s);
    }
    return out;
}

// "Check at Sites" in the run dialog: every site's row says whether it would run the design, a
// refusal names its rule, nothing is recorded as a run, and Run is offered afterwards.
void tst_WorkbenchRun::checkAtSitesComputesNothing()
{
    MainWindow window;
    QVERIFY(openWorkspaceWindow(window, kRefusedFormula));
    const qsizetype runsBefore = window.currentWorkspace()->runs()->size();
    RunDialog *dialog = window.runOnSites();
    QSignalSpy checked(dialog, &RunDialog::checkFinished);
    QSignalSpy failed(dialog, &RunDialog::failed);
    QPushButton *check = nullptr;
    for (QPushButton *b : dialog->findChildren<QPushButton *>()) {
        if (b->text().remove(QLatin1Char('&')) == QStringLiteral("Check at Sites"))
            check = b;
    }
    QVERIFY(check);
    QTest::mouseClick(check, Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return !checked.isEmpty() || !failed.isEmpty(); }, 60000));
    QVERIFY2(failed.isEmpty(),
             qPrintable(failed.isEmpty()
                            ? QString()
                            : failed.first().first().value<client::RunError>().message));
    const auto checks = checked.first().first().value<QList<client::SiteCheck>>();
    QCOMPARE(checks.size(), 2);
    int refused = 0;
    for (const client::SiteCheck &c : checks) {
        if (c.passed) {
            QCOMPARE(dialog->siteStateText(c.site), QStringLiteral("Passes"));
        } else {
            ++refused;
            QCOMPARE(dialog->siteStateText(c.site), QStringLiteral("Refused"));
            QVERIFY2(dialog->siteMessage(c.site).startsWith(QStringLiteral("Rule ")),
                     qPrintable(dialog->siteMessage(c.site)));
        }
    }
    QVERIFY(refused >= 1); // smoking in pregnancy is too rare for a joint cell
    QCOMPARE(window.currentWorkspace()->runs()->size(), runsBefore);
    QVERIFY(check->isVisible());
    // The run itself is still offered, and refused at the same site.
    QSignalSpy runFailed(dialog, &RunDialog::failed);
    dialog->start();
    QVERIFY(QTest::qWaitFor([&] { return !runFailed.isEmpty(); }, 60000));
    QCOMPARE(window.currentWorkspace()->runs()->size(), runsBefore + 1);
    dialog->close();
}

// After a refusal: Retry runs the same sites again as a new run with its own record; "Run without
// this site" runs the others, and the site is not in the new run's record.
void tst_WorkbenchRun::retryAndRunWithoutSite()
{
    MainWindow window;
    QVERIFY(openWorkspaceWindow(window, kRefusedFormula));
    RunDialog *dialog = window.runOnSites();
    QSignalSpy failed(dialog, &RunDialog::failed);
    QSignalSpy finished(dialog, &RunDialog::finished);
    dialog->start();
    QVERIFY(QTest::qWaitFor([&] { return !failed.isEmpty(); }, 60000));
    const qint64 firstRun = dialog->runId();
    const QString refusing = failed.first().first().value<client::RunError>().site;
    QVERIFY(!refusing.isEmpty());
    QPushButton *retry = nullptr;
    for (QPushButton *b : dialog->findChildren<QPushButton *>()) {
        if (b->text().remove(QLatin1Char('&')) == QStringLiteral("Retry"))
            retry = b;
    }
    QVERIFY(retry);
    QVERIFY(retry->isVisible());
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return failed.size() == 2; }, 60000));
    const qint64 secondRun = dialog->runId();
    QVERIFY(secondRun > 0 && secondRun != firstRun);
    QCOMPARE(recordedSites(window, secondRun).value(refusing).state,
             workspace::SiteRunState::Refused);
    // Without the refusing site, from the button the failure shows: a new run whose record
    // does not name it.
    QPushButton *without = nullptr;
    for (QPushButton *b : dialog->findChildren<QPushButton *>()) {
        if (b->text().remove(QLatin1Char('&')) == QStringLiteral("Run Without %1").arg(refusing))
            without = b;
    }
    QVERIFY2(without && without->isVisible(), "a visible Run Without button after the refusal");
    QTest::mouseClick(without, Qt::LeftButton);
    QVERIFY(!without->isVisible());
    const qint64 thirdRun = dialog->runId();
    QVERIFY(thirdRun != secondRun);
    QVERIFY(QTest::qWaitFor([&] { return failed.size() == 3 || !finished.isEmpty(); }, 120000));
    const auto sites = recordedSites(window, thirdRun);
    QVERIFY(!sites.isEmpty());
    QVERIFY(!sites.contains(refusing));
    QVERIFY(!dialog->chosenSites().isEmpty());
    for (const client::Site &s : dialog->chosenSites())
        QVERIFY(s.name != refusing);
    QCOMPARE(window.currentWorkspace()->runs()->size(), 3);
    dialog->close();
}

// Two finished runs side by side: the same design on the same sites agrees everywhere; one run
// on a single site differs in the records and the estimates.
void tst_WorkbenchRun::compareTwoRuns()
{
    MainWindow window;
    QVERIFY(openWorkspaceWindow(window));
    QList<qint64> ids;
    for (int i = 0; i < 3; ++i) {
        RunDialog *dialog = window.runOnSites();
        QSignalSpy done(dialog, &RunDialog::finished);
        if (i == 2)
            dialog->runWithout(m_cluster.sites().at(1).name);
        else
            dialog->start();
        QVERIFY(QTest::qWaitFor([&] { return !done.isEmpty(); }, 120000));
        ids << dialog->runId();
        dialog->close();
    }
    QString problem;
    RunComparisonDialog *same = window.compareRuns(ids.at(0), ids.at(1), &problem);
    QVERIFY2(same, qPrintable(problem));
    QTableWidget *table = same->table();
    QVERIFY(table->rowCount() > 10);
    for (int r = 0; r < table->rowCount(); ++r) {
        QVERIFY2(!table->item(r, 0)->font().bold(), qPrintable(table->item(r, 0)->text()));
    }
    RunComparisonDialog *other = window.compareRuns(ids.at(0), ids.at(2), &problem);
    QVERIFY2(other, qPrintable(problem));
    bool recordsDiffer = false;
    for (int r = 0; r < other->table()->rowCount(); ++r) {
        if (other->table()->item(r, 0)->text() == QStringLiteral("Records"))
            recordsDiffer = other->table()->item(r, 0)->font().bold()
                && !other->table()->item(r, 3)->text().isEmpty();
    }
    QVERIFY(recordsDiffer);
    // A run without a result cannot be compared, and says why.
    QVERIFY(!window.compareRuns(ids.at(0), 999999, &problem));
    QVERIFY(!problem.isEmpty());
    delete same;
    delete other;
}

// Two run dialogs at once: each writes its own record, and each record gets its own result.
void tst_WorkbenchRun::twoRunsTwoRecords()
{
    MainWindow window;
    QVERIFY(openWorkspaceWindow(window));
    RunDialog *first = window.runOnSites();
    RunDialog *second = window.runOnSites();
    QSignalSpy firstDone(first, &RunDialog::finished);
    QSignalSpy secondDone(second, &RunDialog::finished);
    first->start();
    second->start();
    QVERIFY(first->runId() > 0);
    QVERIFY(second->runId() > 0);
    QVERIFY(first->runId() != second->runId());
    QVERIFY(QTest::qWaitFor([&] { return firstDone.count() + secondDone.count() == 2; }, 180000));
    for (qint64 id : { first->runId(), second->runId() }) {
        auto run = window.currentWorkspace()->run(id);
        QVERIFY(run.ok());
        QVERIFY(!run->result.isEmpty());
        for (const workspace::RunSite &s : run->sites)
            QCOMPARE(s.state, workspace::SiteRunState::Succeeded);
    }
    QCOMPARE(window.currentWorkspace()->runs()->size(), 2);
}

// Closing the dialog mid-run stops the run: the jobs at the sites are cancelled and the record
// ends with every site cancelled, never "Running" forever.
void tst_WorkbenchRun::closingCancelsAndRecords()
{
    MainWindow window;
    QVERIFY(openWorkspaceWindow(window));
    QPointer<RunDialog> dialog = window.runOnSites();
    dialog->start();
    const qint64 runId = dialog->runId();
    QVERIFY(runId > 0);
    QVERIFY(QTest::qWaitFor(
        [&] {
            const auto sites = recordedSites(window, runId);
            return std::any_of(sites.begin(), sites.end(), [](const workspace::RunSite &s) {
                return s.state == workspace::SiteRunState::Running;
            });
        },
        30000));
    dialog->close();
    QTRY_VERIFY(dialog.isNull()); // deleted on close
    const auto sites = recordedSites(window, runId);
    QCOMPARE(sites.size(), 2);
    for (const workspace::RunSite &s : sites) {
        QCOMPARE(s.state, workspace::SiteRunState::Cancelled);
        QVERIFY(!s.message.isEmpty());
    }
    QVERIFY(window.currentWorkspace()->run(runId)->result.isEmpty());
}

// A refusal at one site ends the run: that site is Refused with the rule, the other is stopped
// with the reason, and the Runs table says why.
void tst_WorkbenchRun::refusalEndsEverySiteInTheRecord()
{
    MainWindow window;
    QVERIFY(openWorkspaceWindow(window, kRefusedFormula));
    RunDialog *dialog = window.runOnSites();
    QSignalSpy failed(dialog, &RunDialog::failed);
    dialog->start();
    QVERIFY(QTest::qWaitFor([&] { return !failed.isEmpty(); }, 60000));
    const auto error = failed.first().first().value<client::RunError>();
    const auto sites = recordedSites(window, dialog->runId());
    QCOMPARE(sites.value(error.site).state, workspace::SiteRunState::Refused);
    QVERIFY(sites.value(error.site).message.startsWith(QStringLiteral("Rule ")));
    for (const workspace::RunSite &s : sites) {
        QVERIFY2(s.state != workspace::SiteRunState::Running
                     && s.state != workspace::SiteRunState::Pending,
                 qPrintable(s.site));
    }
    auto *runs = window.findChild<QTableWidget *>();
    bool reasonShown = false;
    for (QTableWidget *t : window.findChildren<QTableWidget *>()) {
        if (t->accessibleName() != QLatin1String("Runs"))
            continue;
        runs = t;
        for (int r = 0; r < t->rowCount(); ++r)
            reasonShown = reasonShown
                || (t->item(r, 4) && t->item(r, 4)->text().contains(QStringLiteral("Rule ")));
    }
    QVERIFY(runs);
    QVERIFY(reasonShown);
}

// A site that dies shows red after the failed run, without pressing Check.
void tst_WorkbenchRun::deadSiteShownOnFailure()
{
    MainWindow window;
    QVERIFY(openWorkspaceWindow(window));
    const QString dead = m_cluster.sites().at(1).name;
    auto state = [&] {
        for (const SiteStatus &s : window.sitesModel()->statuses()) {
            if (s.site.name == dead)
                return s.state;
        }
        return SiteStatus::Unknown;
    };
    QCOMPARE(state(), SiteStatus::Online);
    m_cluster.kill(1);
    RunDialog *dialog = window.runOnSites();
    QSignalSpy failed(dialog, &RunDialog::failed);
    dialog->start();
    QVERIFY(QTest::qWaitFor([&] { return !failed.isEmpty(); }, 120000));
    QTRY_COMPARE_WITH_TIMEOUT(state(), SiteStatus::Problem, 60000);
    const auto sites = recordedSites(window, dialog->runId());
    QCOMPARE(sites.value(dead).state, workspace::SiteRunState::Failed);
    // Fifth walk: the other site's row read "Done — reading the catalogues" although nothing
    // ran there; it says the run stopped, and why.
    const QString alive = m_cluster.sites().at(0).name;
    QCOMPARE(dialog->siteStateText(alive), QStringLiteral("Stopped"));
    QCOMPARE(dialog->siteMessage(alive),
             QStringLiteral("Stopped because %1 could not be reached.").arg(dead));
    // The way on without the dead site is a button on the failure, not only the row's menu.
    bool offered = false;
    for (QPushButton *b : dialog->findChildren<QPushButton *>())
        offered |= b->isVisible()
            && b->text().remove(QLatin1Char('&')) == QStringLiteral("Run Without %1").arg(dead);
    QVERIFY2(offered, "a visible Run Without button for the site that could not be reached");
}

void tst_WorkbenchRun::runKeepsTheWindowAlive()
{
    MainWindow window;
    QVERIFY(openWindow(window));
    RunDialog *dialog = window.runOnSites();
    QVERIFY(dialog);
    QCOMPARE(dialog->chosenSites().size(), 2);
    QCOMPARE(dialog->purpose(), QStringLiteral("research"));
    QCOMPARE(dialog->dataset(), QStringLiteral("cohort"));

    QSignalSpy finished(dialog, &RunDialog::finished);
    QSignalSpy failed(dialog, &RunDialog::failed);
    QSignalSpy progress(dialog, &RunDialog::siteChanged);
    int ticks = 0;
    qint64 longestGap = 0;
    QElapsedTimer sinceTick;
    QTimer timer;
    timer.setInterval(5);
    connect(&timer, &QTimer::timeout, this, [&] {
        if (sinceTick.isValid())
            longestGap = std::max(longestGap, sinceTick.elapsed());
        sinceTick.restart();
        ++ticks;
        window.update();
    });
    PaintCounter paints;
    window.installEventFilter(&paints);
    timer.start();
    dialog->start();
    const int ticksAtStart = ticks; // start() returned at once: nothing waited on a node
    QVERIFY(QTest::qWaitFor([&] { return finished.count() + failed.count() > 0; }, 120000));
    timer.stop();
    if (!failed.isEmpty())
        QFAIL(qPrintable(failed.first().first().value<client::RunError>().message));
    QVERIFY(ticks > ticksAtStart + 3);
    QVERIFY(progress.count() >= 2);
    QVERIFY(paints.paints > 0);
    qInfo("timer ticks during the run: %d, longest gap between ticks: %lld ms", ticks, longestGap);
    // Every finished row says done, not the last step it answered (issue 17).
    for (const client::Site &site : m_cluster.sites()) {
        QCOMPARE(dialog->siteStateText(site.name), QStringLiteral("Done"));
        // The state says Done; Details does not say it again ("Done | done").
        QCOMPARE(dialog->siteMessage(site.name), QString());
    }
    QVERIFY(!window.resultsView()->report().designHash.isEmpty());
    QVERIFY(window.document()->hasRun());
}

void tst_WorkbenchRun::stopRun()
{
    MainWindow window;
    QVERIFY(openWindow(window));
    RunDialog *dialog = window.runOnSites();
    QSignalSpy failed(dialog, &RunDialog::failed);
    dialog->start();
    dialog->cancelRun();
    QVERIFY(QTest::qWaitFor([&] { return !failed.isEmpty(); }, 120000));
    const auto error = failed.first().first().value<client::RunError>();
    QVERIFY(error.siteError);
    QCOMPARE(error.siteError->kind, client::SiteError::Kind::Cancelled);
    QCOMPARE(dialog->siteStateText(m_cluster.sites().first().name), QStringLiteral("Stopped"));
}

void tst_WorkbenchRun::refusalShownNextToSite()
{
    MainWindow window;
    QVERIFY(openWindow(window, kRefusedFormula));
    RunDialog *dialog = window.runOnSites();
    QSignalSpy failed(dialog, &RunDialog::failed);
    dialog->start();
    QVERIFY(QTest::qWaitFor([&] { return !failed.isEmpty(); }, 60000));
    const auto error = failed.first().first().value<client::RunError>();
    QVERIFY(error.siteError && error.siteError->isRule());
    QCOMPARE(dialog->siteStateText(error.site), QStringLiteral("Refused"));
    // The rule and what to change, next to the site that refused: worded by the client from
    // the rule's code (client::refusalText), so in the user's language, not the node's sentence.
    QVERIFY(dialog->siteMessage(error.site)
                .startsWith(QStringLiteral("Rule ") + error.siteError->code));
    QCOMPARE(dialog->siteMessage(error.site), client::refusalText(*error.siteError));
    QVERIFY(!window.document()->hasRun());
    // The other sites stopped with the run, as the Runs panel records them; their rows no longer
    // say Working (third walk: "Working — estimating the model: opening the jobs" after the run
    // had ended with Retry offered).
    for (const client::Site &site : m_cluster.sites()) {
        if (site.name == error.site)
            continue;
        const QString state = dialog->siteStateText(site.name);
        QVERIFY2(state != QStringLiteral("Working") && state != QStringLiteral("Waiting"),
                 qPrintable(site.name + QStringLiteral(": ") + state + QStringLiteral(" — ")
                            + dialog->siteMessage(site.name)));
    }
}

QTEST_MAIN(tst_WorkbenchRun)
#include "tst_workbenchrun.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// A run from the workbench against real fairstart-node processes: the window keeps processing
// events (a timer fires, progress arrives, the window repaints) while the sites compute, the
// result lands in the Results dock, and stopping a run says so per site.
#include "../federation-client/nodecluster.h"

#include "fairstart/ui/designer/designdocument.h"
#include "fairstart/ui/designer/designerwidget.h"
#include "fairstart/ui/mainwindow.h"
#include "fairstart/ui/results/resultsview.h"
#include "fairstart/ui/rundialog.h"
#include "fairstart/ui/sites/sitesmodel.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
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

private:
    bool openWindow(MainWindow &window, const char *formula = kFormula);
    NodeCluster m_cluster;
    QString m_sitesFile;
};

void tst_WorkbenchRun::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (!m_cluster.available())
        QSKIP("fairstart-node is not built (FAIRSTART_BIN_DIR/node/fairstart-node); nothing to "
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
    return QTest::qWaitFor([&] { return window.sitesModel()->catalogues().size() == 2; }, 20000);
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
    QCOMPARE(dialog->siteStateText(m_cluster.sites().first().name), QStringLiteral("Done"));
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
    QVERIFY(QTest::qWaitFor([&] { return !failed.isEmpty(); }, 20000));
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
    // The rule and the node's own sentence, next to the site that refused.
    QVERIFY(dialog->siteMessage(error.site)
                .startsWith(QStringLiteral("Rule ") + error.siteError->code));
    QVERIFY(dialog->siteMessage(error.site).contains(error.siteError->message));
    QVERIFY(!window.document()->hasRun());
}

QTEST_MAIN(tst_WorkbenchRun)
#include "tst_workbenchrun.moc"

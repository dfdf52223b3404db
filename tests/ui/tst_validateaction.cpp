// SPDX-License-Identifier: GPL-3.0-or-later
// Analyses ▸ Validate Across Sites against three real fairstart-node processes, as a user does
// it: the menu action opens the dialog, too few sites are refused with a sentence, Validate
// leaves each site out in turn, every held-out site's row ends "Evaluated", and the result
// lands in the Validation section of the results document, scrolled into view, with a pooled
// line for each measure from the sites' own evaluations.
#include "../federation-client/nodecluster.h"
#include "windowsupport.h"

#include "fairstart/ui/mainwindow.h"
#include "fairstart/ui/results/resultsview.h"
#include "fairstart/ui/results/validation.h"
#include "fairstart/ui/sites/sitesmodel.h"
#include "fairstart/ui/validationdialog.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <cmath>

using namespace fairstart;
using namespace fairstart::ui;
using testsupport::button;
using testsupport::menuAction;
using testsupport::NodeCluster;

namespace {
// Passes every rule of the default policy on 2,000 synthetic children per site.
const char *kFormula = "dev_delay_2y ~ sex + gestational_age_weeks + apgar_5min + "
                       "maternal_education + parental_stress";

} // namespace

class tst_ValidateAction : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void validateFromTheMenu();

private:
    NodeCluster m_cluster;
    QString m_sitesFile;
};

void tst_ValidateAction::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (!m_cluster.available())
        QFAIL("fairstart-node is not built (FAIRSTART_BIN_DIR/node/fairstart-node); nothing to "
              "validate against");
    QVERIFY2(m_cluster.start(3, 2000), qPrintable(m_cluster.error));
    m_sitesFile = m_cluster.writeSitesFile(m_cluster.sites());
    QVERIFY(!m_sitesFile.isEmpty());
}

void tst_ValidateAction::validateFromTheMenu()
{
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString problem = window.openDemoFederation(m_sitesFile);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(window.loadFormula(QString::fromLatin1(kFormula)).isEmpty());
    QVERIFY(QTest::qWaitFor([&] { return window.sitesModel()->catalogues().size() == 3; }, 120000));

    QAction *validate
        = menuAction(window, QStringLiteral("Analyses"), QStringLiteral("Validate Across Sites"));
    QVERIFY2(validate, "Analyses ▸ Validate Across Sites is not in the menu");
    // Enabled once the design check has passed and the sites answered.
    QVERIFY(QTest::qWaitFor([&] { return validate->isEnabled(); }, 120000));
    validate->trigger();
    ValidationDialog *dialog = nullptr;
    QVERIFY(QTest::qWaitFor(
        [&] { return (dialog = window.findChild<ValidationDialog *>()) != nullptr; }, 5000));
    QVERIFY(QTest::qWaitForWindowExposed(dialog));

    // Two sites are too few: a sentence, and nothing starts.
    auto *sites = dialog->findChild<QListWidget *>();
    QVERIFY(sites);
    QCOMPARE(sites->count(), 3);
    sites->item(2)->setCheckState(Qt::Unchecked);
    QPushButton *start = button(dialog, QStringLiteral("Validate"));
    QVERIFY(start);
    QTest::mouseClick(start, Qt::LeftButton);
    QVERIFY2(dialog->problem().contains(QStringLiteral("at least 3 sites")),
             qPrintable(dialog->problem()));
    QVERIFY(start->isVisible());
    sites->item(2)->setCheckState(Qt::Checked);

    QSignalSpy finished(dialog, &ValidationDialog::finished);
    QSignalSpy failed(dialog, &ValidationDialog::failed);
    QTest::mouseClick(start, Qt::LeftButton);
    QVERIFY(dialog->problem().isEmpty());
    QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 240000));
    QVERIFY2(failed.isEmpty(),
             qPrintable(failed.isEmpty() ? QString() : failed.first().first().toString()));
    for (const client::Site &s : m_cluster.sites())
        QCOMPARE(dialog->foldState(s.name), QStringLiteral("Evaluated"));

    // The result is in the Validation section of the results document, in view.
    ResultsView *results = window.resultsView();
    QVERIFY(results->isVisible());
    QCOMPARE(results->currentPage(), ResultsView::ValidationPage);
    const std::optional<ValidationSummary> &v = results->validation();
    QVERIFY(v);
    QCOMPARE(v->sites.size(), 3);
    for (const HeldOutResult &s : v->sites) {
        QVERIFY2(s.state == HeldOutResult::State::Evaluated && s.measures, qPrintable(s.site));
        QVERIFY2(s.measures->auc > 0.5 && s.measures->auc < 1.0, qPrintable(s.site));
        QVERIFY(s.measures->n > 0 && s.measures->events > 0);
    }
    QCOMPARE(v->pooled.size(), std::size(kValidationMeasures));
    for (const analysis::PooledMeasure &p : v->pooled) {
        QVERIFY(std::isfinite(p.estimate));
        QVERIFY(p.ciLower <= p.estimate && p.estimate <= p.ciUpper);
        QVERIFY(p.piLower <= p.ciLower + 1e-12 && p.ciUpper <= p.piUpper + 1e-12);
    }
    for (ValidationMeasure m : kValidationMeasures)
        QVERIFY(results->validationChartView(m));
    auto *scroll = results->findChild<QScrollArea *>();
    QLabel *heading = nullptr;
    for (QLabel *l : results->findChildren<QLabel *>()) {
        if (l->accessibleName() == ResultsView::pageTitle(ResultsView::ValidationPage)
            && l->isVisible())
            heading = l;
    }
    QVERIFY(scroll && heading);
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     const int y = heading->mapTo(scroll->viewport(), QPoint(0, 0)).y();
                     return y >= -5 && y < 80;
                 },
                 3000),
             "the Validation section is not in view after the validation");
    dialog->close();
}

QTEST_MAIN(tst_ValidateAction)
#include "tst_validateaction.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15 in the workbench, against three real fairstart-node processes and a real SQLCipher
// workspace file: Validate Across Sites with a subgroup variable chosen in the dialog (sex) fills
// the fairness panel of the Validation page from the held-out sites' cells; the validation is
// kept in the run history, and after the workspace is closed and opened again (the passphrase,
// the same file) its Validation page, fairness panel included, opens from that run exactly as
// it was. A numeric variable without cell edges is refused with a sentence.
#include "../federation-client/nodecluster.h"

#include "fairstart/ui/mainwindow.h"
#include "fairstart/ui/results/fairness.h"
#include "fairstart/ui/results/format.h"
#include "fairstart/ui/results/resultsview.h"
#include "fairstart/ui/results/validation.h"
#include "fairstart/ui/sites/sitesmodel.h"
#include "fairstart/ui/validationdialog.h"
#include "fairstart/workspace/records.h"
#include "fairstart/workspace/workspace.h"

#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace fairstart;
using namespace fairstart::ui;
using testsupport::NodeCluster;

namespace {
const char *kFormula = "dev_delay_2y ~ sex + gestational_age_weeks + apgar_5min + "
                       "maternal_education + parental_stress";
const QString kPassphrase = QStringLiteral("correct horse battery");

int indexOf(QComboBox *box, const QString &variable)
{
    for (int i = 0; i < box->count(); ++i) {
        if (box->itemData(i).toString() == variable)
            return i;
    }
    return -1;
}
} // namespace

class tst_ValidationHistory : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void validationKeptAndReopened();

private:
    NodeCluster m_cluster;
    QTemporaryDir m_dir;
};

void tst_ValidationHistory::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (!m_cluster.available())
        QFAIL("fairstart-node is not built (FAIRSTART_BIN_DIR/node/fairstart-node)");
    QVERIFY2(m_cluster.start(3, 2000), qPrintable(m_cluster.error));
}

void tst_ValidationHistory::validationKeptAndReopened()
{
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString path = m_dir.filePath(QStringLiteral("history.fairstart"));
    QVERIFY(window.openWorkspace(path, kPassphrase, true).isEmpty());
    for (const client::Site &site : m_cluster.sites())
        QVERIFY(window.addSite(site).isEmpty());
    QVERIFY(window.loadFormula(QString::fromLatin1(kFormula)).isEmpty());
    QVERIFY(QTest::qWaitFor([&] { return window.sitesModel()->catalogues().size() == 3; }, 120000));

    ValidationDialog *dialog = nullptr;
    QVERIFY(QTest::qWaitFor([&] { return (dialog = window.validateAcrossSites()) != nullptr; },
                            120000));
    // The subgroup variables are the catalogue's.
    QComboBox *subgroup = dialog->subgroupBox();
    QVERIFY(indexOf(subgroup, QStringLiteral("sex")) > 0);
    // Not the model's outcome (each of its cells would hold one class; the walk found it listed).
    QCOMPARE(indexOf(subgroup, QStringLiteral("dev_delay_2y")), -1);
    const int income = indexOf(subgroup, QStringLiteral("income_quintile"));
    QVERIFY(income > 0);
    // A number without edges: refused, nothing starts.
    subgroup->setCurrentIndex(income);
    QVERIFY(dialog->subgroupEdgesEdit()->isEnabled());
    dialog->start();
    QVERIFY2(dialog->problem().contains(QStringLiteral("cell edges")),
             qPrintable(dialog->problem()));
    QVERIFY(!dialog->run());

    subgroup->setCurrentIndex(indexOf(subgroup, QStringLiteral("sex")));
    QVERIFY(!dialog->subgroupEdgesEdit()->isEnabled());
    QSignalSpy finished(dialog, &ValidationDialog::finished);
    QSignalSpy failed(dialog, &ValidationDialog::failed);
    dialog->start();
    QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 240000));
    QVERIFY2(failed.isEmpty(),
             qPrintable(failed.isEmpty() ? QString() : failed.first().first().toString()));

    // The fairness panel: a row per level pooled over the three held-out sites, then each site.
    ResultsView *results = window.resultsView();
    QCOMPARE(results->currentPage(), ResultsView::ValidationPage);
    const std::optional<ValidationSummary> shown = results->validation();
    QVERIFY(shown && shown->fairness);
    QCOMPARE(shown->fairness->variable, QStringLiteral("sex"));
    QVERIFY(!shown->fairness->label.isEmpty()); // the catalogue's label, or the name
    QCOMPARE(shown->fairness->rows.size(), 8); // female, male: pooled + 3 sites each
    int pooled = 0;
    double n = 0;
    for (const FairnessRow &r : shown->fairness->rows) {
        QVERIFY2(!r.withheld, qPrintable(r.reason));
        if (r.site.isEmpty()) {
            ++pooled;
            QCOMPARE(r.sites, 3);
            for (const auto &v : r.values)
                QVERIFY2(v && v->lower <= v->estimate && v->estimate <= v->upper,
                         qPrintable(r.level));
        } else {
            n += r.n;
        }
    }
    QCOMPARE(pooled, 2);
    double heldOut = 0;
    for (const HeldOutResult &s : shown->sites)
        heldOut += s.measures ? s.measures->n : 0.0;
    QCOMPARE(n, heldOut); // the levels add up to the held-out cohorts
    QCOMPARE(results->fairnessModel()->rowCount(), 8);
    // No fit was run: Export Report says why it cannot write the validation's report (it wrote
    // a report of empty fit sections without the validation; seen in the walk with pdftotext).
    QVERIFY2(results->reportProblem().contains(QStringLiteral("Run on Sites")),
             qPrintable(results->reportProblem()));
    for (ValidationMeasure m : kValidationMeasures)
        QVERIFY(results->fairnessChartView(m)->isVisibleTo(results));

    // Kept in the run history.
    auto runs = window.currentWorkspace()->runs();
    QVERIFY(runs);
    QCOMPARE(runs->size(), 1);
    const qint64 runId = runs->first().id;
    QVERIFY(runs->first().hasResult);
    dialog->close();

    // Closed, and the file is SQLCipher: no plain SQLite header, no level or site name in it.
    window.closeWorkspace();
    QVERIFY(!results->validation());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.startsWith("SQLite format 3"));
    QVERIFY(!bytes.contains("fairstart-validation-1"));
    QVERIFY(!bytes.contains("female"));
    file.close();

    // Opened again: the Validation page comes back from the run, the same numbers.
    QVERIFY(window.openWorkspace(path, kPassphrase, false).isEmpty());
    const QString problem = window.openRunResults(runId);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(results->currentPage(), ResultsView::ValidationPage);
    const std::optional<ValidationSummary> &back = results->validation();
    QVERIFY(back && back->fairness);
    QCOMPARE(back->designHash, shown->designHash);
    QCOMPARE(back->sites.size(), shown->sites.size());
    for (int i = 0; i < shown->sites.size(); ++i) {
        QCOMPARE(back->sites[i].site, shown->sites[i].site);
        QCOMPARE(back->sites[i].measures->auc, shown->sites[i].measures->auc);
        QCOMPARE(back->sites[i].measures->calibrationSlopeSe,
                 shown->sites[i].measures->calibrationSlopeSe);
    }
    QCOMPARE(back->pooled.size(), shown->pooled.size());
    for (std::size_t i = 0; i < shown->pooled.size(); ++i) {
        QCOMPARE(back->pooled[i].estimate, shown->pooled[i].estimate);
        QCOMPARE(back->pooled[i].piUpper, shown->pooled[i].piUpper);
    }
    QCOMPARE(back->fairness->label, shown->fairness->label);
    QCOMPARE(back->fairness->rows.size(), shown->fairness->rows.size());
    for (int i = 0; i < shown->fairness->rows.size(); ++i) {
        const FairnessRow &a = back->fairness->rows[i];
        const FairnessRow &b = shown->fairness->rows[i];
        QCOMPARE(a.level, b.level);
        QCOMPARE(a.site, b.site);
        QCOMPARE(a.n, b.n);
        for (std::size_t m = 0; m < a.values.size(); ++m) {
            QCOMPARE(a.values[m]->estimate, b.values[m]->estimate);
            QCOMPARE(a.values[m]->upper, b.values[m]->upper);
        }
    }
    QCOMPARE(results->fairnessModel()->rowCount(), 8);

    // Compare Runs on a validation says what it is and where it is shown (it said "cannot be
    // read": a validation is no fit report).
    QString compareProblem;
    QVERIFY(!window.compareRuns(runId, runId, &compareProblem));
    QVERIFY2(compareProblem.contains(QStringLiteral("validation across sites"))
                 && compareProblem.contains(QStringLiteral("Validation page"))
                 && !compareProblem.contains(QStringLiteral("cannot be read")),
             qPrintable(compareProblem));
    window.closeWorkspace();
}

QTEST_MAIN(tst_ValidationHistory)
#include "tst_validationhistory.moc"

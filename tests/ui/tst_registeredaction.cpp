// SPDX-License-Identifier: GPL-3.0-or-later
// Analyses ▸ Evaluate a Registered Model against three real fairstart-node processes, as a user
// does it (issue 14): the sites list the model their administrators registered (GET /v1/info),
// the chooser offers it with the sites that registered it, a file of another model is refused
// with a sentence, the analyst's copy makes the evaluation masked, the run dialog evaluates it
// (no fit, no rounds), the rows end "done", the result is in the results document and in the
// workspace's run record, and it equals the model evaluated on the pooled records in-process.
#include "../federation-client/nodecluster.h"
#include "demodesign.h"
#include "windowsupport.h"

#include "fairstart/analysis/discrimination.h"
#include "fairstart/analysis/performance.h"
#include "fairstart/protocol/codec.h"
#include "fairstart/protocol/study.h"
#include "fairstart/ui/mainwindow.h"
#include "fairstart/ui/registeredmodeldialog.h"
#include "fairstart/ui/results/resultsview.h"
#include "fairstart/ui/rundialog.h"
#include "fairstart/ui/sites/sitesmodel.h"
#include "fairstart/workspace/workspace.h"

#include <QAbstractItemView>
#include <QAction>
#include <QChartView>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace fairstart;
using namespace fairstart::ui;
using testsupport::button;
using testsupport::menuAction;
using testsupport::NodeCluster;

namespace {

const char *kFormula = "dev_delay_2y ~ sex + gestational_age_weeks + apgar_5min";

// An external risk model of developmental delay, as a site administrator would register it.
analysis::ResolvedDesign registeredDesign()
{
    analysis::ResolvedDesign d;
    d.spec.outcome.variable = "dev_delay_2y";
    d.spec.family = analysis::Family::Binomial;
    analysis::Predictor sex;
    sex.variable = "sex";
    sex.transform = analysis::Transform::Categorical;
    analysis::Predictor gestation;
    gestation.variable = "gestational_age_weeks";
    analysis::Predictor stress;
    stress.variable = "parental_stress";
    d.spec.predictors = { sex, gestation, stress };
    d.levels["sex"] = { "female", "male" };
    return d;
}

const std::vector<double> kBeta { 1.2, 0.25, -0.06, 0.05 };

} // namespace

class tst_RegisteredAction : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void noModelSaysSo();
    void evaluateFromTheMenu();

private:
    NodeCluster m_cluster;
    QTemporaryDir m_dir;
    QString m_file;
    QString m_otherFile;
    QString m_hash;
};

void tst_RegisteredAction::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_cluster.available(), "fairstart-node is not built");
    QVERIFY2(m_cluster.start(3, 2000), qPrintable(m_cluster.error));
    m_file = m_cluster.path(QStringLiteral("delay-model.json"));
    m_otherFile = m_cluster.path(QStringLiteral("other-model.json"));
    for (const auto &[path, beta] :
         { std::pair { m_file, kBeta },
           std::pair { m_otherFile, std::vector<double> { 1, 0, 0, 0 } } }) {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(testsupport::validationModelFile(registeredDesign(), beta));
    }
    m_hash = protocol::validationModelHash(registeredDesign(), kBeta);
}

void tst_RegisteredAction::noModelSaysSo()
{
    // Before any administrator registered a model: a sentence that says how one is registered.
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDemoFederation(m_cluster.writeSitesFile(m_cluster.sites())).isEmpty());
    QVERIFY(QTest::qWaitFor([&] { return window.sitesModel()->catalogues().size() == 3; }, 120000));
    QString problem;
    QVERIFY(!window.evaluateRegisteredModel(&problem));
    QVERIFY2(problem.contains(QStringLiteral("fairstart-node models add")), qPrintable(problem));
}

void tst_RegisteredAction::evaluateFromTheMenu()
{
    for (int i = 0; i < m_cluster.size(); ++i) {
        QString output;
        QVERIFY2(m_cluster.admin({ QStringLiteral("models"), QStringLiteral("add"),
                                   QStringLiteral("--data-dir"), m_cluster.node(i).dataDir,
                                   QStringLiteral("--name"), QStringLiteral("delay-2y"),
                                   QStringLiteral("--file"), m_file },
                                 &output),
                 qPrintable(m_cluster.error));
    }
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window
                .openWorkspace(m_dir.filePath(QStringLiteral("w.fairstart")),
                               QStringLiteral("correct horse battery"), true)
                .isEmpty());
    for (const client::Site &site : m_cluster.sites())
        QVERIFY(window.addSite(site).isEmpty());
    QVERIFY(window.loadFormula(QString::fromLatin1(kFormula)).isEmpty());
    QVERIFY(QTest::qWaitFor([&] { return window.sitesModel()->catalogues().size() == 3; }, 120000));

    QAction *action = menuAction(window, QStringLiteral("Analyses"),
                                 QStringLiteral("Evaluate a Registered Model"));
    QVERIFY2(action, "Analyses ▸ Evaluate a Registered Model is not in the menu");
    QVERIFY(QTest::qWaitFor([&] { return action->isEnabled(); }, 120000));
    action->trigger();
    RegisteredModelDialog *chooser = nullptr;
    QVERIFY(QTest::qWaitFor(
        [&] { return (chooser = window.findChild<RegisteredModelDialog *>()) != nullptr; }, 5000));
    QVERIFY(QTest::qWaitForWindowExposed(chooser));
    QCOMPARE(chooser->models().size(), 1);
    QCOMPARE(chooser->models().first().name, QStringLiteral("delay-2y"));
    QCOMPARE(chooser->models().first().hash, m_hash);
    QCOMPARE(chooser->models().first().sites.size(), 3);
    // Every mnemonic is one: a label without a buddy showed "Model &file:" with its '&'.
    for (QLabel *label : chooser->findChildren<QLabel *>())
        QVERIFY2(!label->text().contains(QLatin1Char('&')) || label->buddy(),
                 qPrintable(label->text()));

    // A file of another model: refused with a sentence, the chooser stays.
    chooser->setModelFile(m_otherFile);
    QPushButton *next = button(chooser, QStringLiteral("Continue…"));
    QVERIFY(next);
    QTest::mouseClick(next, Qt::LeftButton);
    QVERIFY2(chooser->problem().contains(QStringLiteral("another model")),
             qPrintable(chooser->problem()));
    QVERIFY(chooser->isVisible());
    QVERIFY(!window.findChild<RunDialog *>());

    // The analyst's copy: masked with three sites.
    chooser->setModelFile(m_file);
    QTest::mouseClick(next, Qt::LeftButton);
    RunDialog *dialog = nullptr;
    QVERIFY(QTest::qWaitFor([&] { return (dialog = window.findChild<RunDialog *>()) != nullptr; },
                            5000));
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->chosenSites().size(), 3);
    QVERIFY(!button(dialog, QStringLiteral("Check at Sites"))->isVisible());
    QPushButton *evaluate = button(dialog, QStringLiteral("Evaluate"));
    QVERIFY(evaluate);
    QSignalSpy finished(dialog, &RunDialog::finished);
    QSignalSpy failed(dialog, &RunDialog::failed);
    QTest::mouseClick(evaluate, Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 180000));
    if (!failed.isEmpty())
        QFAIL(qPrintable(failed.first().first().value<client::RunError>().message));
    QCOMPARE(dialog->run()->mode(), QStringLiteral("masked"));
    const protocol::FitReport report = dialog->run()->report();
    QVERIFY(report.rounds.empty()); // nothing was fitted
    for (const client::Site &s : m_cluster.sites()) {
        QCOMPARE(dialog->siteStateText(s.name), QStringLiteral("Done"));
        // The state says Done; Details does not say it again ("Done | done").
        QCOMPARE(dialog->siteMessage(s.name), QString());
    }

    // What the federation must give: the model on the pooled records, in-process.
    QStringList csvs;
    for (int i = 0; i < m_cluster.size(); ++i)
        csvs << m_cluster.node(i).csv;
    const analysis::DataTable pooled
        = testsupport::readPooledCsv(csvs, QStringLiteral("consent_research"));
    auto design = analysis::buildDesign(pooled, registeredDesign());
    QVERIFY(design);
    const Eigen::VectorXd beta
        = Eigen::Map<const Eigen::VectorXd>(kBeta.data(), Eigen::Index(kBeta.size()));
    auto bins = analysis::computePerformance(*design, analysis::Family::Binomial, beta, 1000);
    QVERIFY(bins);
    auto expected = analysis::summarise({ *bins }, { 0.5 });
    QVERIFY(expected);
    auto exact = analysis::mannWhitney(*design, analysis::Family::Binomial, beta);
    QVERIFY(exact);
    const double auc = exact->u / (exact->positives * exact->negatives);

    // In the results document, in view, with the decision curve of the Evaluation block.
    ResultsView *results = window.resultsView();
    QVERIFY(results->isVisible());
    const protocol::FitReport &shown = results->report();
    QVERIFY(shown.performance);
    QCOMPARE(shown.performance->n, expected->n);
    QCOMPARE(shown.performance->events, expected->events);
    QVERIFY2(std::abs(shown.performance->auc - auc) < 1e-3,
             qPrintable(QStringLiteral("AUC %1 vs %2").arg(shown.performance->auc).arg(auc)));
    QVERIFY(std::abs(shown.performance->brier - expected->brier) < 1e-9);
    QVERIFY(std::abs(shown.performance->observedExpectedRatio - expected->observedExpectedRatio)
            < 1e-9);
    QVERIFY(!shown.decisionCurve.empty());
    QVERIFY(!shown.performance->thresholds.empty());
    // Nothing was fitted: the summary said "Logistic regression of  on 0 records … Deviance
    // 0.00, AIC 0.00, 0 rounds" and the AUC was "apparent" (scored on the records the model
    // was fitted on), which a model fitted elsewhere is not.
    auto labelText = [results](const QString &name) {
        for (QLabel *label : results->findChildren<QLabel *>()) {
            if (label->accessibleName() == name)
                return label->text();
        }
        return QStringLiteral("(no label '%1')").arg(name);
    };
    const QString summary = labelText(QStringLiteral("Summary of the run"));
    QVERIFY2(summary.contains(QStringLiteral("fitted elsewhere"))
                 && !summary.contains(QStringLiteral("rounds"))
                 && !summary.contains(QStringLiteral("Deviance")),
             qPrintable(summary));
    const QString discrimination = labelText(ResultsView::pageTitle(ResultsView::DiscriminationPage)
                                             + QStringLiteral(": figures"));
    QVERIFY2(!discrimination.contains(QStringLiteral("Apparent"))
                 && discrimination.contains(QStringLiteral("external validation")),
             qPrintable(discrimination));
    // Nor do the charts' titles (calibration and decision curve said "apparent") or the per-site
    // table's AUC columns.
    int charts = 0;
    for (QChartView *view : results->findChildren<QChartView *>()) {
        if (!view->chart())
            continue;
        ++charts;
        QVERIFY2(!view->chart()->title().contains(QStringLiteral("apparent"), Qt::CaseInsensitive),
                 qPrintable(view->chart()->title()));
    }
    QVERIFY(charts >= 3);
    for (QAbstractItemView *table : results->findChildren<QAbstractItemView *>()) {
        const QAbstractItemModel *model = table->model();
        for (int c = 0; model && c < model->columnCount(); ++c)
            QVERIFY(!model->headerData(c, Qt::Horizontal)
                         .toString()
                         .contains(QStringLiteral("Apparent")));
    }

    // And in the workspace: one run record naming the model, with the result.
    auto runs = window.currentWorkspace()->runs();
    QVERIFY(runs);
    QCOMPARE(runs->size(), 1);
    auto run = window.currentWorkspace()->run(runs->first().id);
    QVERIFY(run);
    QCOMPARE(run->request.value(QStringLiteral("kind")).toString(),
             QStringLiteral("registered-model"));
    QCOMPARE(run->request.value(QStringLiteral("model_hash")).toString(), m_hash);
    auto stored = protocol::fromJson<protocol::FitReport>(run->result);
    QVERIFY(stored);
    QVERIFY(stored->performance);
    QCOMPARE(stored->performance->auc, shown.performance->auc);
    // The Runs dock names the model, not the open design the run is kept with.
    QStringList named;
    for (QTableWidget *table : window.findChildren<QTableWidget *>()) {
        if (table->accessibleName() != QLatin1String("Runs"))
            continue;
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 1))
                named << table->item(row, 1)->text();
        }
    }
    QVERIFY2(named == QStringList { QStringLiteral("Registered model delay-2y: evaluation") },
             qPrintable(named.join(QStringLiteral(" | "))));
    dialog->close();
}

QTEST_MAIN(tst_RegisteredAction)
#include "tst_registeredaction.moc"

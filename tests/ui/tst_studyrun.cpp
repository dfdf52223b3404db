// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14 in the workbench, against three real fairstart-node processes (a masked study): a
// fit's results show the mode, the participant set and every node's signature check; the run
// record in the workspace keeps the signed manifest and each node's signed attestation of the
// final β, which verify against the nodes' keys; reopening the workspace shows the same study
// again. Table 1 (a masked descriptives study) shows its participants and signature checks
// too, and under its table the pooled histograms on a lattice common to every site. And the
// status bar says what happened when a run or Table 1 ends (issue 17).
#include "../federation-client/nodecluster.h"
#include "windowsupport.h"

#include "fairstart/protocol/codec.h"
#include "fairstart/protocol/study.h"
#include "fairstart/secure/secure.h"
#include "fairstart/ui/analyses/table1.h"
#include "fairstart/ui/mainwindow.h"
#include "fairstart/ui/results/resultsview.h"
#include "fairstart/ui/results/studyrecord.h"
#include "fairstart/ui/rundialog.h"
#include "fairstart/ui/sites/sitesmodel.h"

#include "fairstart/workspace/workspace.h"

#include <QAreaSeries>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineSeries>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <charconv>
#include <cmath>

using namespace fairstart;
using namespace fairstart::ui;
using testsupport::NodeCluster;

namespace {
// Passes every disclosure rule on three sites of 1500 synthetic children.
const char *kFormula = "dev_delay_2y ~ sex + gestational_age_weeks + apgar_5min + parental_stress";
// Refused: smoking in pregnancy is rare, so a joint cell with the outcome is too small.
const char *kRefusedFormula = "dev_delay_2y ~ sex + gestational_age_weeks + apgar_5min + "
                              "maternal_education + parental_stress + smoking_pregnancy";
const char *kPassphrase = "correct horse battery";

QByteArray keyOf(const protocol::StudyManifest &manifest, const QString &site)
{
    for (const protocol::StudyParticipant &p : manifest.participants) {
        if (p.name == site)
            return QByteArray::fromBase64(p.signingKey.toLatin1());
    }
    return {};
}

// The label under `parent` with the accessible name `name`.
QLabel *labelNamed(QWidget *parent, const QString &name)
{
    for (QLabel *l : parent->findChildren<QLabel *>()) {
        if (l->accessibleName() == name)
            return l;
    }
    return nullptr;
}
} // namespace

class tst_StudyRun : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void table1ShowsItsStudy(); // first: a fresh cohort at every node
    void plainTable1ShowsHistograms();
    void fitShowsAndKeepsItsStudy();
    void statusBarSaysHowARunEnded();

private:
    bool openWorkspaceWindow(MainWindow &window, const QString &path, bool create,
                             const char *formula = kFormula, int sites = 3);
    // The study shown in the results: mode, participants, every row verified.
    void checkShownStudy(MainWindow &window);
    QTemporaryDir m_dir;
    NodeCluster m_cluster;
    QStringList m_names;
};

void tst_StudyRun::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (!m_cluster.available())
        QFAIL("fairstart-node is not built (FAIRSTART_BIN_DIR/node/fairstart-node); nothing to "
              "run against");
    QVERIFY2(m_cluster.start(3, 1500), qPrintable(m_cluster.error));
    for (const client::Site &s : m_cluster.sites())
        m_names << s.name;
    m_names.sort();
}

bool tst_StudyRun::openWorkspaceWindow(MainWindow &window, const QString &path, bool create,
                                       const char *formula, int sites)
{
    window.resize(1400, 900);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return false;
    if (const QString problem
        = window.openWorkspace(path, QString::fromLatin1(kPassphrase), create);
        !problem.isEmpty()) {
        qWarning("%s", qPrintable(problem));
        return false;
    }
    if (create) {
        for (const client::Site &site : m_cluster.sites().mid(0, sites)) {
            if (const QString problem = window.addSite(site); !problem.isEmpty()) {
                qWarning("%s", qPrintable(problem));
                return false;
            }
        }
    }
    if (!window.loadFormula(QString::fromLatin1(formula)).isEmpty())
        return false;
    return QTest::qWaitFor([&] { return window.sitesModel()->catalogues().size() == sites; },
                           20000);
}

void tst_StudyRun::checkShownStudy(MainWindow &window)
{
    ResultsView *results = window.resultsView();
    const QString text = results->studyText();
    QVERIFY2(text.startsWith(QStringLiteral("Masked aggregation")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral(" by 3 site(s): %1.").arg(m_names.join(u", "))),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Every site signed this result")), qPrintable(text));
    // On screen, not only in the model: the summary and the table of signatures.
    QLabel *label = labelNamed(results, QStringLiteral("Study and signatures"));
    QVERIFY(label);
    QVERIFY(label->isVisibleTo(&window));
    QCOMPARE(label->text(), text);
    StudyModel *model = results->studyModel();
    // Fit and evaluation studies: each node signed a result of its own kind.
    QCOMPARE(model->headerData(StudyModel::AttestationColumn, Qt::Horizontal).toString(),
             QStringLiteral("Signed result"));
    // Every study of the run, grouped (the fit, the masked evaluation; the fit's own
    // calibration comes from the fit study's sums, issue 16 branch sites), each heading saying
    // that every site signed it, then its three nodes.
    QVERIFY2(model->studyCount() >= 2, qPrintable(QString::number(model->studyCount())));
    QStringList headings;
    for (int study = 0; study < model->studyCount(); ++study) {
        QStringList sites;
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->studyOf(r) != study)
                continue;
            if (model->isHeading(r)) {
                headings << model->index(r, StudyModel::SiteColumn).data().toString();
                continue;
            }
            sites << model->index(r, StudyModel::SiteColumn).data().toString();
            QCOMPARE(model->index(r, StudyModel::RoleColumn).data().toString(),
                     QStringLiteral("participant"));
            QCOMPARE(model->index(r, StudyModel::ManifestColumn).data().toString(),
                     QStringLiteral("verified"));
            QCOMPARE(model->index(r, StudyModel::AttestationColumn).data().toString(),
                     QStringLiteral("verified"));
        }
        QCOMPARE(sites, m_names);
    }
    QCOMPARE(headings.size(), model->studyCount());
    for (const QString &heading : std::as_const(headings))
        QVERIFY2(heading.endsWith(QStringLiteral(": every site signed it")), qPrintable(heading));
    QVERIFY2(headings[0].startsWith(QStringLiteral("Fit — masked study")), qPrintable(headings[0]));
    bool evaluation = false;
    for (const QString &heading : std::as_const(headings)) {
        evaluation = evaluation || heading.startsWith(QStringLiteral("Evaluation — masked"));
        QVERIFY2(!heading.startsWith(QStringLiteral("Calibration")), qPrintable(heading));
    }
    QVERIFY2(evaluation, qPrintable(headings.join(QLatin1Char('\n'))));
    bool tableShown = false;
    for (QTableView *t : results->findChildren<QTableView *>())
        tableShown = tableShown || (t->model() == model && t->isVisibleTo(&window));
    QVERIFY(tableShown);
}

// Analyses ▸ Table 1 over three sites is a masked descriptives study: only the pooled column,
// and under it who took part and that every node's signatures verified.
void tst_StudyRun::table1ShowsItsStudy()
{
    MainWindow window;
    QVERIFY(openWorkspaceWindow(window, m_dir.filePath(QStringLiteral("table1.fairstart")), true));
    QAction *table1
        = testsupport::menuAction(window, QStringLiteral("Analyses"), QStringLiteral("Table 1"));
    QVERIFY2(table1, "Analyses ▸ Table 1 is not in the menu");
    QVERIFY(QTest::qWaitFor([&] { return table1->isEnabled(); }, 120000));
    QSignalSpy opened(&window, &MainWindow::analysisOpened);
    // What the action calls; its refusal would be a modal box, which a test cannot answer.
    const QString problem = window.openAnalysis(MainWindow::Analysis::Table1);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY2(window.statusBar()->currentMessage().startsWith(QStringLiteral("Asking 3 site")),
             qPrintable(window.statusBar()->currentMessage()));
    QVERIFY(QTest::qWaitFor([&] { return !opened.isEmpty(); }, 120000));
    auto *view = qobject_cast<Table1View *>(opened.first().first().value<QWidget *>());
    QVERIFY(view);
    QVERIFY(view->masked());
    // "Asking 3 sites for masked descriptives…" does not stay once the table is open.
    QVERIFY2(window.statusBar()->currentMessage().isEmpty(),
             qPrintable(window.statusBar()->currentMessage()));

    const QString text = view->studyText();
    QVERIFY2(text.startsWith(QStringLiteral("Masked aggregation")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral(" by 3 site(s): %1.").arg(m_names.join(u", "))),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Every site signed this result: each signed the study "
                                          "manifest and its masked descriptives")),
             qPrintable(text));
    QLabel *label = labelNamed(view, QStringLiteral("Study and signatures"));
    QVERIFY(label && label->isVisible());
    QVERIFY(view->studyTable()->isVisible());
    StudyModel *model = view->studyModel();
    QCOMPARE(model->headerData(StudyModel::AttestationColumn, Qt::Horizontal).toString(),
             QStringLiteral("Signed descriptives"));
    // The descriptives study and the studies of the histograms' cells, grouped: a heading,
    // then the three nodes of each.
    QVERIFY(model->studyCount() >= 2);
    QCOMPARE(model->rowCount(), 4 * model->studyCount());
    for (int r = 0; r < model->rowCount(); ++r) {
        if (r % 4 == 0) {
            QVERIFY(model->isHeading(r));
            const QString heading = model->index(r, StudyModel::SiteColumn).data().toString();
            QVERIFY2(heading.startsWith(r == 0 ? QStringLiteral("Descriptives — masked study")
                                               : QStringLiteral("Histogram cells — masked study"))
                         && heading.endsWith(QStringLiteral("every site signed it")),
                     qPrintable(heading));
            continue;
        }
        QCOMPARE(model->index(r, StudyModel::SiteColumn).data().toString(), m_names.at(r % 4 - 1));
        QCOMPARE(model->index(r, StudyModel::ManifestColumn).data().toString(),
                 QStringLiteral("verified"));
        QCOMPARE(model->index(r, StudyModel::AttestationColumn).data().toString(),
                 QStringLiteral("verified"));
    }
    // Every row readable without scrolling.
    QTableView *table = view->studyTable();
    const int last = model->rowCount() - 1;
    QVERIFY(table->rowViewportPosition(last) + table->rowHeight(last)
            <= table->viewport()->height());
    // Issue 14: the pooled histogram of a numeric variable, under the table (birth weight when
    // the design has it), on a lattice common to the three sites.
    QComboBox *variable = view->histogramVariable();
    QVERIFY2(variable->isVisible() && variable->count() >= 1, "no histogram under Table 1");
    const int weight = variable->findData(QStringLiteral("gestational_age_weeks"));
    if (weight >= 0)
        variable->setCurrentIndex(weight);
    QVERIFY2(view->histogramChart()->isVisible(), qPrintable(view->histogramText()));
    QVERIFY2(view->histogramText().contains(QStringLiteral("on a lattice of step")),
             qPrintable(view->histogramText()));
    QVERIFY(!view->histogramChart()->chart()->series().isEmpty());
    QVERIFY(!variable->currentText().isEmpty());
    QVERIFY2(view->histogramChart()->chart()->title().endsWith(variable->currentText()),
             qPrintable(view->histogramChart()->chart()->title()));
    // The picture, for a person to look at (FAIRSTART_UI_PICTURES=DIR).
    if (const QString dir = qEnvironmentVariable("FAIRSTART_UI_PICTURES"); !dir.isEmpty()) {
        view->resize(900, 1000);
        QTest::qWait(200);
        QVERIFY(view->grab().save(QDir(dir).filePath(QStringLiteral("table1-histogram.png"))));
    }
    view->close();
}

// Table 1 over two sites is plain (each site's released numbers, per site): under the table the
// pooled histogram of a numeric variable from the two sites' released histograms, on a lattice
// common to both, each drawn cell the count of the two sites' CSV records in it, and the records
// outside it per site; no study (nothing is signed in plain descriptives).
void tst_StudyRun::plainTable1ShowsHistograms()
{
    MainWindow window;
    QVERIFY(openWorkspaceWindow(window, m_dir.filePath(QStringLiteral("plain.fairstart")), true,
                                kFormula, 2));
    QSignalSpy opened(&window, &MainWindow::analysisOpened);
    const QString problem = window.openAnalysis(MainWindow::Analysis::Table1);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(QTest::qWaitFor([&] { return !opened.isEmpty(); }, 120000));
    auto *view = qobject_cast<Table1View *>(opened.first().first().value<QWidget *>());
    QVERIFY(view);
    QVERIFY(!view->masked());
    QVERIFY(view->studyText().isEmpty());
    QVERIFY2(window.statusBar()->currentMessage().isEmpty(),
             qPrintable(window.statusBar()->currentMessage()));
    QComboBox *variable = view->histogramVariable();
    QVERIFY2(variable->isVisible() && variable->count() >= 1, "no histogram under Table 1");
    const int age = variable->findData(QStringLiteral("gestational_age_weeks"));
    QVERIFY(age >= 0);
    variable->setCurrentIndex(age);
    QVERIFY2(view->histogramChart()->isVisible(), qPrintable(view->histogramText()));
    const QString text = view->histogramText();
    QVERIFY2(text.startsWith(QStringLiteral("Pooled from each site's released histogram")),
             qPrintable(text));
    QStringList two;
    for (int i = 0; i < 2; ++i)
        two << m_cluster.node(i).name;
    two.sort(); // the sites in the order Table 1 lists them
    QVERIFY2(text.contains(QStringLiteral("(%1: ").arg(two[0]))
                 && text.contains(QStringLiteral(", %1: ").arg(two[1])),
             qPrintable(text));
    // The drawn cells against the two sites' CSVs (records consented for research).
    auto *area = qobject_cast<QAreaSeries *>(view->histogramChart()->chart()->series().value(0));
    QVERIFY(area);
    const QList<QPointF> points = area->upperSeries()->points();
    QVERIFY(points.size() >= 2 + 2 * 2);
    std::vector<double> values;
    for (int i = 0; i < 2; ++i) {
        QFile file(m_cluster.node(i).csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList header = QString::fromUtf8(file.readLine()).trimmed().split(u',');
        const qsizetype consent = header.indexOf(QStringLiteral("consent_research"));
        const qsizetype column = header.indexOf(QStringLiteral("gestational_age_weeks"));
        QVERIFY(consent >= 0 && column >= 0);
        while (!file.atEnd()) {
            const QStringList cells = QString::fromUtf8(file.readLine()).trimmed().split(u',');
            const QByteArray cell = cells.value(column).toLatin1();
            double value = 0;
            if (cells.value(consent) == QLatin1String("1") && !cell.isEmpty() && cell != "NA"
                && std::from_chars(cell.constData(), cell.constData() + cell.size(), value).ec
                    == std::errc())
                values.push_back(value);
        }
    }
    // The outline: (first, 0), then each cell's two corners at its count, then (last, 0).
    for (qsizetype k = 1; k + 1 < points.size(); k += 2) {
        const double from = points[k].x();
        const double to = points[k + 1].x();
        qint64 count = 0;
        for (const double x : values)
            count += x >= from - 1e-9 && x < to - 1e-9;
        QVERIFY2(qint64(std::llround(points[k].y())) == count,
                 qPrintable(QStringLiteral("[%1, %2): drawn %3, the CSVs %4")
                                .arg(from)
                                .arg(to)
                                .arg(points[k].y())
                                .arg(count)));
    }
    if (const QString dir = qEnvironmentVariable("FAIRSTART_UI_PICTURES"); !dir.isEmpty()) {
        view->resize(900, 1000);
        QTest::qWait(200);
        QVERIFY(view->grab().save(QDir(dir).filePath(QStringLiteral("table1-plain.png"))));
    }
    view->close();
}

void tst_StudyRun::fitShowsAndKeepsItsStudy()
{
    const QString path = m_dir.filePath(QStringLiteral("fit.fairstart"));
    qint64 runId = 0;
    QString shownText;
    {
        MainWindow window;
        QVERIFY(openWorkspaceWindow(window, path, true));
        RunDialog *dialog = window.runOnSites();
        QVERIFY(dialog);
        QSignalSpy finished(dialog, &RunDialog::finished);
        QSignalSpy failed(dialog, &RunDialog::failed);
        dialog->start();
        runId = dialog->runId();
        QVERIFY(runId > 0);
        QVERIFY(QTest::qWaitFor([&] { return finished.count() + failed.count() > 0; }, 180000));
        if (!failed.isEmpty())
            QFAIL(qPrintable(failed.first().first().value<client::RunError>().message));
        dialog->close();
        QTRY_VERIFY(!window.resultsView()->studyText().isEmpty());
        checkShownStudy(window);
        if (QTest::currentTestFailed())
            return;
        shownText = window.resultsView()->studyText();

        // The run record in the workspace keeps the study: the manifest every node signed, the
        // signatures, each node's signed attestation of the final β, and the client's checks.
        auto run = window.currentWorkspace()->run(runId);
        QVERIFY(run.ok());
        auto report = protocol::fromJson<protocol::FitReport>(run->result);
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().text()));
        QVERIFY(report->study);
        const protocol::StudyRecord &study = *report->study;
        QCOMPARE(study.mode, QStringLiteral("masked"));
        QCOMPARE(study.study, protocol::studyHash(study.manifest));
        QCOMPARE(study.manifest.designHash, report->designHash);
        QStringList participants;
        for (const protocol::StudyParticipant &p : study.manifest.participants)
            participants << p.name;
        QCOMPARE(participants, m_names);
        // Every node lists "manifest-digest-signatures": each signed the manifest's SHA-256.
        QVERIFY(study.manifest.signsDigest);
        const QByteArray digest = protocol::manifestSignedBytes(
            study.manifest, protocol::manifestBytes(study.manifest));
        QCOMPARE(digest.size(), 32);
        QCOMPARE(study.signatures.size(), 3);
        for (const protocol::ManifestSignature &s : study.signatures)
            QVERIFY2(secure::verify(keyOf(study.manifest, s.site), secure::Domain::ManifestDigest,
                                    digest, s.signature),
                     qPrintable(s.site));
        std::vector<double> beta;
        for (const analysis::Coefficient &c : report->glm.coefficients)
            beta.push_back(c.estimate);
        QCOMPARE(study.attestations.size(), 3);
        QStringList attested;
        for (const protocol::SignedContribution &a : study.attestations) {
            const protocol::Contribution &c = a.contribution;
            attested << c.site;
            QCOMPARE(c.study, study.study);
            QCOMPARE(c.status, protocol::ContributionStatus::Converged);
            QCOMPARE(c.betaHash, protocol::betaHash(c.finalBeta));
            QCOMPARE(c.betaHash, protocol::betaHash(beta)); // the β the results show
            QVERIFY2(secure::verify(keyOf(study.manifest, c.site), secure::Domain::Contribution,
                                    protocol::contributionBytes(c), a.signature),
                     qPrintable(c.site));
            // A signature of another node's attestation does not pass (the check can fail).
            protocol::Contribution other = c;
            other.finalBeta[0] += 1.0;
            QVERIFY(!secure::verify(keyOf(study.manifest, c.site), secure::Domain::Contribution,
                                    protocol::contributionBytes(other), a.signature));
        }
        attested.sort();
        QCOMPARE(attested, m_names);
        QCOMPARE(study.checks.size(), 3);
        for (const protocol::StudySignatureCheck &c : study.checks)
            QVERIFY2(c.manifest && c.attestation, qPrintable(c.site + u": " + c.note));
        window.closeWorkspace();
        QVERIFY(window.resultsView()->studyText().isEmpty() || !window.currentWorkspace());
    }
    // Opened again: the stored run shows the same study.
    MainWindow window;
    QVERIFY(openWorkspaceWindow(window, path, false));
    QVERIFY(window.resultsView()->studyText().isEmpty());
    const QString problem = window.openRunResults(runId);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(window.resultsView()->studyText(), shownText);
    checkShownStudy(window);
}

// The status bar after a run: a finished run says where its results are; a refused run says
// that it ended and why, instead of keeping whatever it said before.
void tst_StudyRun::statusBarSaysHowARunEnded()
{
    MainWindow window;
    QVERIFY(openWorkspaceWindow(window, m_dir.filePath(QStringLiteral("status.fairstart")), true,
                                kRefusedFormula));
    RunDialog *dialog = window.runOnSites();
    QVERIFY(dialog);
    QSignalSpy failed(dialog, &RunDialog::failed);
    window.statusBar()->showMessage(QStringLiteral("an earlier message"));
    dialog->start();
    QVERIFY(QTest::qWaitFor([&] { return !failed.isEmpty(); }, 120000));
    const auto error = failed.first().first().value<client::RunError>();
    QTRY_VERIFY2(window.statusBar()->currentMessage().startsWith(
                     QStringLiteral("The run ended without a result")),
                 qPrintable(window.statusBar()->currentMessage()));
    QVERIFY2(window.statusBar()->currentMessage().contains(error.site),
             qPrintable(window.statusBar()->currentMessage()));
    dialog->close();

    QVERIFY(window.loadFormula(QString::fromLatin1(kFormula)).isEmpty());
    dialog = window.runOnSites();
    QVERIFY(dialog);
    QSignalSpy finished(dialog, &RunDialog::finished);
    QSignalSpy failedAgain(dialog, &RunDialog::failed);
    dialog->start();
    QVERIFY(QTest::qWaitFor([&] { return finished.count() + failedAgain.count() > 0; }, 180000));
    QVERIFY(failedAgain.isEmpty());
    QTRY_COMPARE(window.statusBar()->currentMessage(),
                 QStringLiteral("The run finished; the results are shown and stored in the "
                                "workspace."));
    dialog->close();
}

QTEST_MAIN(tst_StudyRun)
#include "tst_studyrun.moc"

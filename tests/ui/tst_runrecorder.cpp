// SPDX-License-Identifier: GPL-3.0-or-later
// One record per run, and every run ends with a final state for every site and a reason: the
// recorder against a real encrypted workspace.
#include "expectedtest.h"
#include "fairstart/client/refusals.h"
#include "fairstart/ui/runrecorder.h"
#include "fairstart/workspace/workspace.h"

#include "results/simulatedreport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace fairstart;
using namespace fairstart::ui;
using workspace::SiteRunState;

class tst_RunRecorder : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void eachRunItsOwnRecord();
    void refusalEndsEverySite();
    void cancelEndsEverySite();
    void evaluationFailureKeepsTheFit();
    void demoSessionRecordsNothing();
    void refusedWritesAreSaid();
    void refusalInTheUsersLanguage();

private:
    QMap<QString, workspace::RunSite> sitesOf(qint64 runId);
    QTemporaryDir m_dir;
    std::unique_ptr<workspace::Workspace> m_ws;
    qint64 m_design = 0;
    const QStringList m_sites { QStringLiteral("site-a"), QStringLiteral("site-b") };
};

void tst_RunRecorder::init()
{
    auto ws = workspace::Workspace::create(m_dir.filePath(QStringLiteral("runs.fairstart")),
                                           QStringLiteral("correct horse battery"));
    QVERIFY_EXPECTED(ws);
    m_ws = std::move(ws.value());
    auto design = m_ws->saveDesign(QStringLiteral("d"), QJsonObject {});
    QVERIFY(design.ok());
    m_design = design->designId;
}

void tst_RunRecorder::cleanup()
{
    m_ws.reset();
    QFile::remove(m_dir.filePath(QStringLiteral("runs.fairstart")));
}

QMap<QString, workspace::RunSite> tst_RunRecorder::sitesOf(qint64 runId)
{
    QMap<QString, workspace::RunSite> out;
    auto run = m_ws->run(runId);
    if (run) {
        for (const workspace::RunSite &s : run->sites)
            out.insert(s.site, s);
    }
    return out;
}

void tst_RunRecorder::eachRunItsOwnRecord()
{
    const testing::SimulatedFederation fed = testing::simulateFederation(300);
    protocol::FitReport report = fed.report;
    report.sites.clear();
    for (const QString &s : m_sites) {
        protocol::SiteRecord r;
        r.name = s;
        r.state = QStringLiteral("ok");
        report.sites << r;
    }
    RunRecorder first(m_ws.get(), m_design, {}, m_sites);
    RunRecorder second(m_ws.get(), m_design, {}, m_sites);
    QVERIFY(first.runId() > 0);
    QVERIFY(second.runId() > 0);
    QVERIFY(first.runId() != second.runId());
    // The second run finishes first: its result lands in its own record only.
    QVERIFY(second.finished(report));
    QVERIFY(!m_ws->run(second.runId())->result.isEmpty());
    QVERIFY(m_ws->run(first.runId())->result.isEmpty());
    for (const workspace::RunSite &s : sitesOf(second.runId()))
        QCOMPARE(s.state, SiteRunState::Succeeded);
    for (const workspace::RunSite &s : sitesOf(first.runId()))
        QCOMPARE(s.state, SiteRunState::Pending);
}

void tst_RunRecorder::refusalEndsEverySite()
{
    RunRecorder recorder(m_ws.get(), m_design, {}, m_sites);
    QSignalSpy recorded(&recorder, &RunRecorder::recorded);
    recorder.siteProgress(QStringLiteral("site-a"), client::SiteState::Working, {});
    recorder.siteProgress(QStringLiteral("site-b"), client::SiteState::Working, {});
    QCOMPARE(sitesOf(recorder.runId())[QStringLiteral("site-b")].state, SiteRunState::Running);
    client::RunError error;
    error.site = QStringLiteral("site-a");
    error.phase = QStringLiteral("fit: job");
    client::SiteError refusal;
    refusal.kind = client::SiteError::Kind::Refused;
    refusal.code = QStringLiteral("min-cell");
    refusal.message = QStringLiteral("A cell has fewer than 10 records.");
    error.siteError = refusal;
    error.message = refusal.message;
    QVERIFY(!recorder.failed(error));
    const auto sites = sitesOf(recorder.runId());
    QCOMPARE(sites[QStringLiteral("site-a")].state, SiteRunState::Refused);
    QVERIFY(sites[QStringLiteral("site-a")].message.startsWith(QStringLiteral("Rule min-cell")));
    // The other site is not left "Running" forever: stopped, with the reason.
    QCOMPARE(sites[QStringLiteral("site-b")].state, SiteRunState::Cancelled);
    QVERIFY(sites[QStringLiteral("site-b")].message.contains(QStringLiteral("site-a")));
    QVERIFY(recorded.count() >= 4);
}

void tst_RunRecorder::cancelEndsEverySite()
{
    RunRecorder recorder(m_ws.get(), m_design, {}, m_sites);
    recorder.siteProgress(QStringLiteral("site-a"), client::SiteState::Done, {});
    client::RunError error;
    error.phase = QStringLiteral("cancelled");
    client::SiteError cancelled;
    cancelled.kind = client::SiteError::Kind::Cancelled;
    error.siteError = cancelled;
    error.message = QStringLiteral("The run was cancelled.");
    recorder.failed(error);
    for (const workspace::RunSite &s : sitesOf(recorder.runId())) {
        QCOMPARE(s.state, SiteRunState::Cancelled);
        QVERIFY(!s.message.isEmpty());
    }
}

void tst_RunRecorder::evaluationFailureKeepsTheFit()
{
    const testing::SimulatedFederation fed = testing::simulateFederation(300);
    RunRecorder recorder(m_ws.get(), m_design, {}, m_sites);
    client::RunError error;
    error.site = QStringLiteral("site-b");
    error.phase = QStringLiteral("evaluation");
    error.message = QStringLiteral("site-b: the connection was reset.");
    QVERIFY(recorder.failed(error, &fed.report));
    auto run = m_ws->run(recorder.runId());
    QVERIFY(!run->result.isEmpty());
    const auto sites = sitesOf(recorder.runId());
    QCOMPARE(sites[QStringLiteral("site-b")].state, SiteRunState::Failed);
    QCOMPARE(sites[QStringLiteral("site-a")].state, SiteRunState::Succeeded);
    QVERIFY(sites[QStringLiteral("site-a")].message.contains(QStringLiteral("evaluation")));
}

void tst_RunRecorder::demoSessionRecordsNothing()
{
    RunRecorder recorder(nullptr, 0, {}, m_sites);
    QCOMPARE(recorder.runId(), 0);
    client::RunError error;
    error.message = QStringLiteral("x");
    QVERIFY(!recorder.failed(error));
}

void tst_RunRecorder::refusedWritesAreSaid()
{
    RunRecorder recorder(m_ws.get(), m_design, {}, m_sites);
    QVERIFY(recorder.runId() > 0);
    QVERIFY(recorder.problem().isEmpty());
    QSignalSpy failed(&recorder, &RunRecorder::writeFailed);
    // As after the idle lock: the workspace refuses every write until it is unlocked.
    m_ws->close();
    recorder.siteProgress(m_sites.first(), client::SiteState::Failed, QStringLiteral("gone"));
    QCOMPARE(failed.size(), 1);
    const QString notice = failed.first().first().toString();
    QVERIFY2(notice.startsWith(QStringLiteral("The run's record in the workspace could not be "
                                              "updated: ")),
             qPrintable(notice));
    QVERIFY2(notice.contains(QStringLiteral("closed")), qPrintable(notice));

    // A run that cannot be recorded at all says so too.
    RunRecorder unrecorded(m_ws.get(), m_design, {}, m_sites);
    QCOMPARE(unrecorded.runId(), 0);
    QVERIFY2(unrecorded.problem().startsWith(
                 QStringLiteral("This run could not be recorded in the workspace: ")),
             qPrintable(unrecorded.problem()));
}

namespace {

// A "language" that marks every string of the client library: what went through it is «…».
class MarkingTranslator : public QTranslator {
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (qstrcmp(context, "Fairstart::Client") != 0)
            return {};
        return QStringLiteral("«") + QString::fromUtf8(source) + QStringLiteral("»");
    }
};

} // namespace

void tst_RunRecorder::refusalInTheUsersLanguage()
{
    // The node's sentence is English; its code and parameters are not. The recorded reason (and
    // the run dialog's row, the CLI's line) is worded by the client from code, threshold and
    // where, so nothing of the node's sentence is left for a known rule.
    MarkingTranslator marking;
    QVERIFY(QCoreApplication::installTranslator(&marking));
    const QString nodeSentence
        = QStringLiteral("A category or joint cell of the design has fewer than 10 records.");
    client::SiteError refusal;
    refusal.site = QStringLiteral("site-a");
    refusal.kind = client::SiteError::Kind::Refused;
    refusal.code = QStringLiteral("min-cell");
    refusal.message = nodeSentence;
    refusal.detail = QStringLiteral("smoke=1 × ht=1");
    refusal.params.insert(QStringLiteral("threshold"), 12);

    RunRecorder recorder(m_ws.get(), m_design, {}, m_sites);
    client::RunError error;
    error.site = QStringLiteral("site-a");
    error.phase = QStringLiteral("fit: job");
    error.siteError = refusal;
    error.message = refusal.message;
    QVERIFY(!recorder.failed(error));
    const QString reason = sitesOf(recorder.runId())[QStringLiteral("site-a")].message;
    QCoreApplication::removeTranslator(&marking);

    QVERIFY2(!reason.contains(QStringLiteral("of the design")), qPrintable(reason));
    QVERIFY2(reason.contains(QStringLiteral("«a cell")), qPrintable(reason));
    QVERIFY2(reason.contains(QStringLiteral("fewer than 12 records")), qPrintable(reason));
    QVERIFY2(reason.contains(QStringLiteral("smoke=1 × ht=1")), qPrintable(reason));
    QVERIFY2(reason.contains(QStringLiteral("min-cell")), qPrintable(reason));

    // The terminal's line says the same; without parameters (an older node) the rule is still
    // worded by the client, and an unknown code keeps the node's sentence as the fallback.
    QVERIFY(!refusal.toString().contains(QStringLiteral("of the design")));
    QVERIFY(refusal.toString().contains(QStringLiteral("fewer than 12 records")));
    client::SiteError older = refusal;
    older.params = {};
    QVERIFY(!client::refusalText(older).contains(QStringLiteral("of the design")));
    QVERIFY(client::refusalText(older).contains(QStringLiteral("too few records")));
    client::SiteError unknown = refusal;
    unknown.code = QStringLiteral("some-future-rule");
    QVERIFY(client::refusalText(unknown).contains(nodeSentence));
    QVERIFY(unknown.toString().contains(nodeSentence));
    // The dominance share as a percentage in the user's number format.
    client::SiteError dominance = refusal;
    dominance.code = QStringLiteral("dominance");
    dominance.params.insert(QStringLiteral("threshold"), 0.9);
    QVERIFY2(client::refusalText(dominance).contains(QStringLiteral("90%")),
             qPrintable(client::refusalText(dominance)));
    // A variable dominated over the whole dataset: the share, and whom to ask.
    client::SiteError dataset = dominance;
    dataset.code = QStringLiteral("dataset-dominance");
    const QString datasetText = client::refusalText(dataset);
    QVERIFY2(datasetText.contains(QStringLiteral("90%"))
                 && datasetText.contains(QStringLiteral("data steward")),
             qPrintable(datasetText));
    // A fit's sums over a category's piece between two fits (the fit ledger): the cohorts may
    // differ by many records, so the sentence names the variable and what to change.
    client::SiteError pieces = refusal;
    pieces.code = QStringLiteral("differencing");
    pieces.params = { { QStringLiteral("threshold"), 10 } };
    pieces.detail = QStringLiteral("categories of sex in the cohort and earlier fits");
    const QString piecesText = client::refusalText(pieces);
    QVERIFY2(piecesText.contains(QStringLiteral("fewer than 10 records of one category of sex"))
                 && piecesText.contains(QStringLiteral("complete cases of the variables of both"))
                 && piecesText.contains(QStringLiteral("leave sex out")),
             qPrintable(piecesText));
    // The event ledger (branch firstrun: a new user's first model after the demo's fit): the
    // cohorts differ by many records, a few of them with the outcome; the sentence said "differs
    // by fewer than 10 records", which was untrue, and did not say to add the earlier variables.
    client::SiteError classes = pieces;
    classes.detail = QStringLiteral("outcome classes of the cohort and earlier fits");
    const QString classesText = client::refusalText(classes);
    QVERIFY2(!classesText.contains(QStringLiteral("differs by fewer than"))
                 && classesText.contains(QStringLiteral("fewer than 10 records with (or without) "
                                                        "the outcome"))
                 && classesText.contains(QStringLiteral("add the earlier model's variables"))
                 && classesText.contains(QStringLiteral("at least 10 records with and 10 "
                                                        "without the outcome")),
             qPrintable(classesText));
    // fairstart-cli's line (SiteError::toString) words it the same way, not the general sentence.
    classes.kind = client::SiteError::Kind::Refused;
    classes.site = QStringLiteral("site-a");
    QVERIFY2(classes.toString().contains(QStringLiteral("add the earlier model's variables"))
                 && !classes.toString().contains(QStringLiteral("differs by fewer than")),
             qPrintable(classes.toString()));
    client::SiteError cohortDiff = pieces;
    cohortDiff.detail = QStringLiteral("cohort");
    QVERIFY(!client::refusalText(cohortDiff).contains(QStringLiteral("category")));
    // After a re-import removed records (docs/privacy-rules.md, "Which side a ghost is on"):
    // repeating the earlier cohort is what is refused, so the sentence says what else to do.
    client::SiteError removed = pieces;
    removed.detail = QStringLiteral("removed records");
    const QString removedText = client::refusalText(removed);
    QVERIFY2(removedText.contains(QStringLiteral("removed or corrected records"))
                 && removedText.contains(QStringLiteral("leaves at least 10 records")),
             qPrintable(removedText));
    QVERIFY(!client::refusalText(cohortDiff).contains(QStringLiteral("removed or corrected")));
}
QTEST_GUILESS_MAIN(tst_RunRecorder)
#include "tst_runrecorder.moc"

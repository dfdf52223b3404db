// SPDX-License-Identifier: GPL-3.0-or-later
// A protocol-2 result shows its study: the mode, the participants, every node's signature check,
// and "every site signed this result" only when every check verified; the PDF report says the
// same.
#include "fairstart/client/studychecks.h"
#include "fairstart/ui/report/tripodreport.h"
#include "fairstart/ui/results/resultsview.h"
#include "fairstart/ui/results/studyrecord.h"

#include "simulatedreport.h"

#include <QAbstractItemModelTester>
#include <QTableView>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

#include <QtTest>

#include <memory>

using namespace fairstart;
using namespace fairstart::ui;

namespace {

protocol::StudyRecord study(bool allVerified)
{
    protocol::StudyRecord s;
    s.study = QStringLiteral("sha256:1234");
    s.mode = QStringLiteral("masked");
    s.manifest.mode = s.mode;
    for (const char *name : { "ggd-a", "ggd-b", "ggd-c" }) {
        protocol::StudyParticipant p;
        p.name = QString::fromLatin1(name);
        s.manifest.participants << p;
        protocol::StudySignatureCheck c;
        c.site = p.name;
        c.manifest = true;
        c.attestation = true;
        s.checks << c;
    }
    protocol::StudyParticipant observer;
    observer.name = QStringLiteral("ggd-d");
    s.manifest.observers << observer;
    if (!allVerified) {
        s.checks[1].attestation = false;
        s.checks[1].note = QStringLiteral("the final β hash differs from the client's");
    }
    return s;
}

} // namespace

class tst_Study : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everySiteSigned_data();
    void everySiteSigned();
    void shownInResultsAndReport();
    void everyStudyOfTheRun();

private:
    testing::SimulatedFederation m_fed;
};

void tst_Study::initTestCase()
{
    m_fed = testing::simulateFederation(300);
}

void tst_Study::everySiteSigned_data()
{
    QTest::addColumn<bool>("verified");
    QTest::newRow("all verified") << true;
    QTest::newRow("one attestation fails") << false;
}

void tst_Study::everySiteSigned()
{
    QFETCH(bool, verified);
    const protocol::StudyRecord s = study(verified);
    QCOMPARE(fairstart::client::everySiteSigned(s), verified);
    const QString text = studySummary(s);
    QVERIFY(text.contains(QStringLiteral("Masked aggregation")));
    QVERIFY(text.contains(QStringLiteral("ggd-a, ggd-b, ggd-c")));
    QVERIFY(text.contains(QStringLiteral("ggd-d")));
    QCOMPARE(text.contains(QStringLiteral("Every site signed this result")), verified);
    if (!verified)
        QVERIFY(text.contains(QStringLiteral("ggd-b: the final β hash differs")));
    // A check missing for a participant is not "every site".
    protocol::StudyRecord missing = study(true);
    missing.checks.removeLast();
    QVERIFY(!fairstart::client::everySiteSigned(missing));
    // An observer's recorded check that failed is not "every site" either, and is named.
    protocol::StudyRecord observed = study(true);
    protocol::StudySignatureCheck observer;
    observer.site = QStringLiteral("ggd-d");
    observer.manifest = false;
    observed.checks << observer;
    QVERIFY(!fairstart::client::everySiteSigned(observed));
    QVERIFY(studySummary(observed).contains(
        QStringLiteral("ggd-d: the manifest signature did not verify")));
    protocol::StudyRecord none = study(true);
    none.manifest.participants.clear();
    QVERIFY(!fairstart::client::everySiteSigned(none));

    StudyModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStudy(s);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(3, StudyModel::RoleColumn).data().toString(), QStringLiteral("observer"));
    QCOMPARE(model.index(1, StudyModel::AttestationColumn).data().toString(),
             verified ? QStringLiteral("verified") : QStringLiteral("NOT verified"));
}

void tst_Study::shownInResultsAndReport()
{
    protocol::FitReport r = m_fed.report;
    ResultsView view;
    view.setReport(r);
    QVERIFY(view.studyText().isEmpty()); // protocol 1: nothing to show
    r.study = study(true);
    view.setReport(r);
    QVERIFY(view.studyText().contains(QStringLiteral("Every site signed this result")));
    // The fit's four nodes under its heading, then the fits at each site alone (not signed),
    // a row per site that fitted; a masked record without an evaluation study is not said to be
    // plain.
    const int fits = int(r.perSiteFits.size());
    QVERIFY(fits > 0);
    QCOMPARE(view.studyModel()->rowCount(), 6 + fits);
    QVERIFY(view.studyModel()->isHeading(0));
    QVERIFY(view.studyModel()->isHeading(5));
    QVERIFY(view.studyModel()
                ->index(5, StudyModel::SiteColumn)
                .data()
                .toString()
                .startsWith(QStringLiteral("Fits at each site alone")));
    r.study->mode = QStringLiteral("plain");
    view.setReport(r);
    // The plain evaluation lists the sites that evaluated (the fit's participants when the
    // record keeps no per-site performance).
    const int evaluated
        = int(r.perSite.isEmpty() ? r.study->manifest.participants.size() : r.perSite.size());
    QCOMPARE(view.studyModel()->rowCount(), 7 + fits + evaluated);
    QVERIFY(view.studyModel()
                ->index(6 + fits, StudyModel::SiteColumn)
                .data()
                .toString()
                .startsWith(QStringLiteral("Evaluation — not a study (plain mode)")));
    r.study->mode = QStringLiteral("masked");
    const QString html = tripodReportHtml(r, reportOptionsFor(r));
    QVERIFY(html.contains(QStringLiteral("Every site signed this result")));
    QVERIFY(html.contains(QStringLiteral("Signed final coefficients")));
}

// Every study of a run (the fit, the calibration slope and intercept, the masked evaluation),
// grouped per study with each node's check, as a user auditing "every site signed this result"
// expects; a study one node did not sign is named in the summary and its heading; the fits at
// each site alone, not a study, say that no node signed them.
void tst_Study::everyStudyOfTheRun()
{
    protocol::FitReport r = m_fed.report;
    r.study = study(true);
    r.study->manifest.kind = protocol::JobKind::Glm;
    const protocol::JobKind kinds[]
        = { protocol::JobKind::Evaluation, protocol::JobKind::CalibrationSlope,
            protocol::JobKind::CalibrationIntercept };
    for (const protocol::JobKind kind : kinds) {
        protocol::StudyRecord s = study(kind != protocol::JobKind::CalibrationSlope);
        s.study = QStringLiteral("sha256:%1").arg(int(kind) * 1111);
        s.manifest.kind = kind;
        s.manifest.observers.clear();
        r.studies << s;
    }
    r.perSiteFits << protocol::SiteFit { QStringLiteral("ggd-a"), r.glm, {} };
    ResultsView view;
    view.resize(1200, 900);
    view.setReport(r);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    StudyModel *model = view.studyModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->studyCount(), 4);
    // Per study a heading and its nodes: the fit's three participants and observer, then three
    // participants each; then the fits at each site alone (a heading and a row per site).
    QStringList headings;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->isHeading(row))
            headings << model->index(row, StudyModel::SiteColumn).data().toString();
    }
    const int fits = int(r.perSiteFits.size());
    QCOMPARE(model->rowCount(), 4 + 4 + 3 * 3 + 1 + fits);
    QCOMPARE(headings.size(), 5);
    QVERIFY2(headings[0].startsWith(QStringLiteral("Fit — masked study 1234: every site signed "
                                                   "it")),
             qPrintable(headings[0]));
    QVERIFY2(headings[1].startsWith(QStringLiteral("Evaluation — masked study")),
             qPrintable(headings[1]));
    QVERIFY2(headings[2].startsWith(QStringLiteral("Calibration slope — masked study"))
                 && headings[2].endsWith(QStringLiteral("NOT every site's signature verified")),
             qPrintable(headings[2]));
    QVERIFY2(headings[3].startsWith(QStringLiteral("Calibration in the large — masked study"))
                 && headings[3].endsWith(QStringLiteral("every site signed it")),
             qPrintable(headings[3]));
    QVERIFY2(headings[4].startsWith(QStringLiteral("Fits at each site alone — not a study"))
                 && headings[4].contains(QStringLiteral("not signed"))
                 && !model->index(model->rowCount() - 1 - fits, 0)
                         .data(Qt::ToolTipRole)
                         .toString()
                         .isEmpty(),
             qPrintable(headings[4]));
    // The node rows of the calibration slope: ggd-b's signed result did not verify.
    int slope = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->isHeading(row) && model->index(row, 0).data().toString() == headings[2])
            slope = row;
    }
    QVERIFY(slope > 0);
    QCOMPARE(model->studyOf(slope + 2), 2);
    QCOMPARE(model->index(slope + 2, StudyModel::SiteColumn).data().toString(),
             QStringLiteral("ggd-b"));
    QCOMPARE(model->index(slope + 2, StudyModel::AttestationColumn).data().toString(),
             QStringLiteral("NOT verified"));
    QCOMPARE(model->index(slope + 1, StudyModel::AttestationColumn).data().toString(),
             QStringLiteral("verified"));
    QCOMPARE(model->headerData(StudyModel::AttestationColumn, Qt::Horizontal).toString(),
             QStringLiteral("Signed result"));
    // On screen: every heading spans the table's width.
    QTableView *table = nullptr;
    for (QTableView *t : view.findChildren<QTableView *>())
        table = t->model() == model ? t : table;
    QVERIFY(table && table->isVisible());
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(table->columnSpan(row, 0),
                 model->isHeading(row) ? int(StudyModel::ColumnCount) : 1);
    // The site column as wide as its sites, not as the headings spanning the table.
    QVERIFY2(table->columnWidth(StudyModel::SiteColumn) < 300,
             qPrintable(QString::number(table->columnWidth(StudyModel::SiteColumn))));
    // The summary: the fit's sentence, then the others by name and which did not verify.
    const QString text = view.studyText();
    QVERIFY2(text.contains(QStringLiteral("Every site signed this result")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Not every site's signature verified in: Calibration "
                                          "slope")),
             qPrintable(text));
    // All verified: the other studies named as signed by every site.
    r.studies[1].checks[1].attestation = true;
    r.studies[1].checks[1].note.clear();
    view.setReport(r);
    QVERIFY2(view.studyText().contains(QStringLiteral("Every site also signed the 3 other stud"))
                 && view.studyText().contains(QStringLiteral(
                     "of this run (Evaluation, Calibration slope, Calibration in the large)")),
             qPrintable(view.studyText()));
    // The PDF report lists the same groups.
    const QString html = tripodReportHtml(r, reportOptionsFor(r));
    QVERIFY(html.contains(QStringLiteral("Calibration in the large — masked study")));
    QVERIFY(html.contains(QStringLiteral("Fits at each site alone — not a study")));
    // There, too, each heading is one cell across the table, not squeezed into the site column.
    std::unique_ptr<QTextDocument> doc(buildTripodReport(r, reportOptionsFor(r), nullptr));
    int spanned = 0;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        QTextTable *t = QTextCursor(b).currentTable();
        const bool heading = b.text().contains(QStringLiteral(" — masked study"))
            || b.text().startsWith(QStringLiteral("Fits at each site alone"));
        if (!t || !heading)
            continue;
        const QTextTableCell cell = t->cellAt(b.position());
        QCOMPARE(cell.column(), 0);
        QVERIFY2(cell.columnSpan() == t->columns() && t->columns() == int(StudyModel::ColumnCount),
                 qPrintable(b.text()));
        ++spanned;
    }
    QCOMPARE(spanned, 5);
    // A run record written before: the fit study alone, no headings.
    r.studies.clear();
    r.perSiteFits.clear();
    r.performance.reset();
    view.setReport(r);
    QCOMPARE(model->rowCount(), 4);
    QVERIFY(!model->isHeading(0));
}

QTEST_MAIN(tst_Study)
#include "tst_studyrecord.moc"

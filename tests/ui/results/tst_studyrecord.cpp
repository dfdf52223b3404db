// SPDX-License-Identifier: GPL-3.0-or-later
// A protocol-2 result shows its study: the mode, the participants, every node's signature check,
// and "every site signed this result" only when every check verified; the PDF report says the
// same.
#include "fairstart/ui/report/tripodreport.h"
#include "fairstart/ui/results/resultsview.h"
#include "fairstart/ui/results/studyrecord.h"

#include "simulatedreport.h"

#include <QAbstractItemModelTester>
#include <QtTest>

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
    QCOMPARE(fairstart::ui::everySiteSigned(s), verified);
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
    QVERIFY(!fairstart::ui::everySiteSigned(missing));
    protocol::StudyRecord none = study(true);
    none.manifest.participants.clear();
    QVERIFY(!fairstart::ui::everySiteSigned(none));

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
    QCOMPARE(view.studyModel()->rowCount(), 4);
    const QString html = tripodReportHtml(r, reportOptionsFor(r));
    QVERIFY(html.contains(QStringLiteral("Every site signed this result")));
    QVERIFY(html.contains(QStringLiteral("Signed final coefficients")));
}

QTEST_MAIN(tst_Study)
#include "tst_studyrecord.moc"

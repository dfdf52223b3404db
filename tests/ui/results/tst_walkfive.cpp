// SPDX-License-Identifier: GPL-3.0-or-later
// What the fifth walk (docs/walkthrough.md, "Fifth walk": the policymaker dashboard at
// gemeente-zeist, Table 1 in a fresh session, the report's page breaks) saw in the dashboard:
// "Every area released this indicator." under areas whose count and records were "not released".
#include "fairstart/ui/dashboard/dashboardview.h"
#include "fairstart/ui/dialogs.h"

#include "simulatedreport.h"

#include <QLineEdit>
#include <QtTest>

using namespace fairstart;
using namespace fairstart::ui;
using namespace fairstart::testing;

class tst_WalkFive : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void dashboardNamesTheAreasThatReleasedNothing();
    void addSiteFieldsKeepTheirHeight();
};

// Municipality of residence = Zeist on the demo federation: two of three sites released no count
// for the level (it is absent from their answer), and the note said every area released it.
void tst_WalkFive::dashboardNamesTheAreasThatReleasedNothing()
{
    const SimulatedFederation f = simulateFederation(600);
    QList<AreaDescriptives> areas;
    for (size_t s = 0; s < f.tables.size(); ++s)
        areas.append({ QStringLiteral("area-%1").arg(s + 1),
                       simulatedDescriptives(f.tables[s], QStringLiteral("cohort")), 10 });
    QVERIFY(areas.size() >= 2);
    QVERIFY(!areas[0].descriptives.categorical.isEmpty());
    protocol::CategoricalDescription &first = areas[0].descriptives.categorical[0];
    QVERIFY(!first.levels.isEmpty());
    const Indicator indicator { first.variable, first.levels.first().name };
    first.levels.removeFirst(); // area-1 released no count for this level

    DashboardView view;
    view.setData(areas, QStringLiteral("Site"));
    view.setIndicator(indicator);
    int row = -1;
    for (int r = 0; r < view.model()->rowCount(); ++r)
        row = view.model()->area(r) == QLatin1String("area-1") ? r : row;
    QVERIFY(row >= 0);
    QVERIFY(!view.model()->count(row));
    const QString note = view.noteText();
    QVERIFY2(!note.contains(QStringLiteral("Every area released")), qPrintable(note));
    QVERIFY2(note.contains(QStringLiteral("Not released by area-1")), qPrintable(note));
    // Areas that did release it are not named.
    QVERIFY2(!note.contains(QStringLiteral("area-2")), qPrintable(note));

    // Released everywhere: said so, and no area named.
    view.setData(areas, QStringLiteral("Site"));
    const Indicator everywhere { areas[1].descriptives.categorical[0].variable,
                                 first.levels.first().name };
    view.setIndicator(everywhere);
    bool allReleased = true;
    for (int r = 0; r < view.model()->rowCount(); ++r)
        allReleased = allReleased && view.model()->count(r).has_value();
    QVERIFY(allReleased);
    QVERIFY2(view.noteText().contains(QStringLiteral("Every area released this indicator.")),
             qPrintable(view.noteText()));
}

// Sites ▸ Add Site in Dutch: once a pin was typed, "Pin to compare: …" took three lines and the
// dialog kept its height, squeezing name, address, pin and token to slivers a few pixels high
// (the next click landed on the wrong field).
void tst_WalkFive::addSiteFieldsKeepTheirHeight()
{
    AddSiteDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QList<QLineEdit *> fields = dialog.findChildren<QLineEdit *>();
    QCOMPARE(fields.size(), 4);
    for (QLineEdit *field : fields) {
        if (field->accessibleName() == QLatin1String("Certificate pin"))
            QTest::keyClicks(field,
                             QStringLiteral("sha256//Vaxy3kkmdBowI4WiHnA1pIA2wHA3ESOzkY5yCYo"
                                            "mA57SBBaZsmf2PHY111KA8O/uwFzwtXnnVbgkBs=fst_2b34"));
        else if (field->accessibleName() == QLatin1String("Address"))
            QTest::keyClicks(field, QStringLiteral("https://127.0.0.1:41573"));
    }
    QTest::qWait(50);
    for (QLineEdit *field : fields)
        QVERIFY2(field->height() >= field->minimumSizeHint().height(),
                 qPrintable(QStringLiteral("%1: %2 px high, needs %3")
                                .arg(field->accessibleName())
                                .arg(field->height())
                                .arg(field->minimumSizeHint().height())));
}

QTEST_MAIN(tst_WalkFive)
#include "tst_walkfive.moc"

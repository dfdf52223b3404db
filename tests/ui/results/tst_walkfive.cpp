// SPDX-License-Identifier: GPL-3.0-or-later
// What the fifth walk (docs/walkthrough.md, "Fifth walk": the policymaker dashboard at
// gemeente-zeist, Table 1 in a fresh session, the report's page breaks) saw in the dashboard:
// "Every area released this indicator." under areas whose count and records were "not released".
#include "fairstart/ui/dashboard/dashboardview.h"

#include "simulatedreport.h"

#include <QtTest>

using namespace fairstart;
using namespace fairstart::ui;
using namespace fairstart::testing;

class tst_WalkFive : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void dashboardNamesTheAreasThatReleasedNothing();
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

QTEST_MAIN(tst_WalkFive)
#include "tst_walkfive.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// What the fifth walk (docs/walkthrough.md, "Fifth walk": the policymaker dashboard at
// gemeente-zeist, Table 1 in a fresh session, the report's page breaks) saw in the dashboard:
// "Every area released this indicator." under areas whose count and records were "not released";
// and what it left ("after the fifth walk"): grouped years, a difference shown as "0.0000", the
// report's Cochran's Q cells and English file name, Table 1's window size.
#include "fairstart/translations/language.h"
#include "fairstart/ui/analyses/table1.h"
#include "fairstart/ui/dashboard/dashboardview.h"
#include "fairstart/ui/dialogs.h"
#include "fairstart/ui/report/tripodreport.h"
#include "fairstart/ui/results/descriptivesmodels.h"
#include "fairstart/ui/results/format.h"
#include "fairstart/ui/results/runcomparison.h"

#include "simulatedreport.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollBar>
#include <QTableView>
#include <QtTest>

using namespace fairstart;
using namespace fairstart::ui;
using namespace fairstart::testing;

class tst_WalkFive : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void dashboardNamesTheAreasThatReleasedNothing();
    void addSiteFieldsKeepTheirHeight();
    void addSiteProblemsUseTheFieldsLabels();
    void yearsAreNotGrouped_data();
    void yearsAreNotGrouped();
    void comparisonShowsASmallDifference();
    void reportCochranQAlignsWithTheNumbers();
    void reportFileNameInTheUsersLanguage();
    void table1OpensAtTheTablesSize();
    void roundedZeroHasNoSign();
    void cleanup();
};

void tst_WalkFive::cleanup()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

namespace {

protocol::NumericDescription described(const QString &variable, double mean, double sd, qint64 n)
{
    protocol::NumericDescription d;
    d.variable = variable;
    d.missing = 0;
    d.moments.count = double(n);
    d.moments.mean = mean;
    d.moments.m2 = sd * sd * double(n - 1);
    return d;
}

} // namespace

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

// The Add Site dialog said "url: 'x' is not a node address" and "name: …" — the sites file's keys —
// under fields labelled Address and Name. Its problems name the fields as the dialog does.
void tst_WalkFive::addSiteProblemsUseTheFieldsLabels()
{
    AddSiteDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    for (QLineEdit *field : dialog.findChildren<QLineEdit *>()) {
        if (field->accessibleName() == QLatin1String("Site name"))
            QTest::keyClicks(field, QStringLiteral("-north"));
        else if (field->accessibleName() == QLatin1String("Address"))
            QTest::keyClicks(field, QStringLiteral("http://node.example.org"));
        else if (field->accessibleName() == QLatin1String("Certificate pin"))
            QTest::keyClicks(field, QStringLiteral("sha256//short"));
        else
            QTest::keyClicks(field, QStringLiteral("fst_token"));
    }
    QString shown;
    for (const QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->text().contains(QLatin1String("is not a node address")))
            shown = label->text();
    }
    const QStringList lines = shown.split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines[0].startsWith(QLatin1String("Name: '-north' is not a site name")),
             qPrintable(shown));
    QVERIFY2(lines[1].startsWith(QLatin1String("Address: 'http://node.example.org' is not a node")),
             qPrintable(shown));
    QVERIFY2(lines[2].startsWith(QLatin1String("Pin: not a certificate pin")), qPrintable(shown));
}

void tst_WalkFive::yearsAreNotGrouped_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("year");
    QTest::addColumn<QString>("records");
    QTest::newRow("en") << QLocale(QLocale::English, QLocale::UnitedStates)
                        << QStringLiteral("2017.5 (1.7)") << QStringLiteral("1,392");
    QTest::newRow("nl") << QLocale(QLocale::Dutch, QLocale::Netherlands)
                        << QStringLiteral("2017,5 (1,7)") << QStringLiteral("1.392");
}

// Table 1 read "2,017.5 (1.7)" for the birth year (Dutch "2.017,5"): a year, like a code, is
// never grouped; a count still is ("1.392 (12,1%)" read well).
void tst_WalkFive::yearsAreNotGrouped()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, year);
    QFETCH(QString, records);
    QLocale::setDefault(locale);
    protocol::DescriptivesResponse r;
    r.dataset = QStringLiteral("cohort");
    r.cohortSize = 1392;
    r.numeric = { described(QStringLiteral("birth_year"), 2017.5, 1.7, 1392) };
    Table1Model table;
    table.setData({ { QStringLiteral("site-a"), r, 10 } },
                  { { QStringLiteral("birth_year"), protocol::VariableType::Numeric } },
                  { { QStringLiteral("birth_year"), QStringLiteral("Birth year") } });
    QCOMPARE(table.cell(QStringLiteral("Birth year, mean (SD)"), 1), year);
    QCOMPARE(table.cell(QStringLiteral("Records"), 1), records);
    // The descriptives of a run: the mean of the year as well.
    NumericSummaryModel summary;
    summary.setDescriptions(r.numeric, 10);
    const QString mean
        = summary.index(0, NumericSummaryModel::MeanColumn).data(Qt::DisplayRole).toString();
    QCOMPARE(mean,
             locale.decimalPoint() == QLatin1String(",") ? QStringLiteral("2017,50")
                                                         : QStringLiteral("2017.50"));
}

// Compare Runs: a standard error of 0.0638 in one run and 0.0637 in the other had the
// difference "0.0000".
void tst_WalkFive::comparisonShowsASmallDifference()
{
    const SimulatedFederation f = simulateFederation(600);
    protocol::FitReport first = f.report;
    protocol::FitReport second = f.report;
    QVERIFY(!first.glm.coefficients.empty());
    first.glm.coefficients[0].stdError = 0.06376;
    second.glm.coefficients[0].stdError = 0.06374;
    bool seen = false;
    for (const ComparisonRow &r : compareReports(first, second, {})) {
        if (r.label != QLatin1String("Intercept: standard error"))
            continue;
        seen = true;
        QCOMPARE(r.first, QStringLiteral("0.0638"));
        QCOMPARE(r.second, QStringLiteral("0.0637"));
        QVERIFY(r.differs);
        QCOMPARE(r.difference, QStringLiteral("-0.000020"));
    }
    QVERIFY(seen);
}

// Report section 10: the "Cochran's Q" row's cells ("0.73 on 2 df") were left-aligned under
// right-aligned estimates.
void tst_WalkFive::reportCochranQAlignsWithTheNumbers()
{
    const SimulatedFederation f = simulateFederation(600);
    QVERIFY(!f.report.perSiteFits.isEmpty());
    ReportOptions options = reportOptionsFor(f.report);
    options.charts = false;
    const QString html = tripodReportHtml(f.report, options);
    static const QRegularExpression qRow(
        QStringLiteral("<td[^>]*><b>Cochran's Q</b></td>(.*?)</tr>"));
    int rows = 0;
    for (auto it = qRow.globalMatch(html); it.hasNext();) {
        const QString cells = it.next().captured(1);
        ++rows;
        static const QRegularExpression td(QStringLiteral("<td[^>]*>"));
        int count = 0;
        for (auto c = td.globalMatch(cells); c.hasNext(); ++count) {
            const QString tag = c.next().captured(0);
            QVERIFY2(tag.contains(QStringLiteral("align=\"right\"")), qPrintable(cells));
        }
        QVERIFY2(count > 0, qPrintable(cells));
    }
    QVERIFY2(rows > 0, "no Cochran's Q row in the report");
}

// The report's suggested file name was "fairstart-report.pdf" in a Dutch session; it is the
// report's heading in the user's language, as the parent sheet's name.
void tst_WalkFive::reportFileNameInTheUsersLanguage()
{
    const SimulatedFederation f = simulateFederation(600);
    const QString outcome = QString::fromStdString(f.report.design.spec.outcome.variable);
    QVERIFY(!outcome.isEmpty());
    QVERIFY(i18n::useLanguage(QStringLiteral("nl"), QLocale(QLocale::Dutch, QLocale::Netherlands)));
    const QString dutch = tripodReportFileName(f.report);
    QVERIFY(
        i18n::useLanguage(QStringLiteral("en"), QLocale(QLocale::English, QLocale::UnitedStates)));
    QCOMPARE(dutch, QStringLiteral("Voorspellingsmodel voor %1.pdf").arg(outcome));
    QCOMPARE(tripodReportFileName(f.report),
             QStringLiteral("Prediction model for %1.pdf").arg(outcome));
}

// Table 1 opened at 820 × 600 whatever its table: about eleven rows visible, the rest behind a
// scroll bar. It opens at the size its table asks for, within the screen (the offscreen screen
// is 800 × 600, so there it takes the screen's size less a margin).
void tst_WalkFive::table1OpensAtTheTablesSize()
{
    const SimulatedFederation f = simulateFederation(600);
    QList<Table1Site> sites;
    for (size_t s = 0; s < f.tables.size(); ++s)
        sites.append({ QStringLiteral("site-%1").arg(s + 1),
                       simulatedDescriptives(f.tables[s], QStringLiteral("cohort")), 10 });
    Table1View view;
    view.setData(sites, {}, {}, QString(), {}, {});
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *table = view.findChild<QTableView *>();
    QVERIFY(table);
    const QRect screen = view.screen()->availableGeometry();
    QVERIFY2(view.width() <= screen.width() && view.height() <= screen.height(),
             qPrintable(QStringLiteral("%1 × %2 on a %3 × %4 screen")
                            .arg(view.width())
                            .arg(view.height())
                            .arg(screen.width())
                            .arg(screen.height())));
    // Every row and column shown, or the window as large as the screen allows.
    const int rowsHeight = table->verticalHeader()->length();
    const bool allRows = table->viewport()->height() >= rowsHeight;
    QVERIFY2(allRows || view.height() >= screen.height() - 80,
             qPrintable(QStringLiteral("%1 px of rows in %2 px, window %3 px high")
                            .arg(rowsHeight)
                            .arg(table->viewport()->height())
                            .arg(view.height())));
    const bool allColumns = table->viewport()->width() >= table->horizontalHeader()->length();
    QVERIFY2(allColumns || view.width() >= screen.width() - 40,
             qPrintable(QStringLiteral("%1 px of columns in %2 px")
                            .arg(table->horizontalHeader()->length())
                            .arg(table->viewport()->width())));
}

// Seen as a user: the calibration note said "Calibration-in-the-large -0.0000": a value that
// rounds to zero is written without a sign, and a small value keeps its sign.
void tst_WalkFive::roundedZeroHasNoSign()
{
    QCOMPARE(number(-1e-17, 4), QStringLiteral("0.0000"));
    QCOMPARE(number(-0.0, 3), QStringLiteral("0.000"));
    QCOMPARE(valueText(-4e-6, 4), QStringLiteral("0.0000"));
    QCOMPARE(number(-0.00006, 4), QStringLiteral("-0.0001"));
    QCOMPARE(number(-0.00004, 4), QStringLiteral("0.0000"));
    QCOMPARE(valueText(-2.5, 1), QStringLiteral("-2.5"));
}

QTEST_MAIN(tst_WalkFive)
#include "tst_walkfive.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The walk of 2026-12-07 (branch walk3): what the walk of 2026-12-06 (walk2) saw and left, each
// checked where a test can. A masked Table 1 titled "by site" with one pooled column; the trend's
// withheld years as one grey square per year whichever areas withheld it; the coefficient table
// of a model with a per-gram term scrolling sideways at 1440 px; the publish dialog's editable
// range of a yes/no input; the canvas naming variables by their columns in every language; no
// --lang. (The purpose asked once per workspace session: tst_analysispurpose; fairstart-cli's
// masked refusals and --lang: tests/cli/tst_cli_walk3.)
#include "results/simulatedreport.h"
#include "results/trendarea.h"

#include "fairstart/ui/analyses/table1.h"
#include "fairstart/ui/dashboard/dashboardview.h"
#include "fairstart/ui/dashboard/trendchart.h"
#include "fairstart/ui/designer/designdocument.h"
#include "fairstart/ui/designer/designscene.h"
#include "fairstart/ui/mainwindow.h"
#include "fairstart/ui/publishdialog.h"
#include "fairstart/ui/results/resultsview.h"
#include "fairstart/ui/results/termlabels.h"

#include "fairstart/workspace/workspace.h"

#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QFontMetrics>
#include <QHeaderView>
#include <QJsonObject>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QProcess>
#include <QProcessEnvironment>
#include <QScatterSeries>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <set>

using namespace fairstart;
using namespace fairstart::ui;
using testsupport::trendArea;

namespace {

analysis::Coefficient coefficient(const std::string &term, double estimate, double se)
{
    analysis::Coefficient c;
    c.term = term;
    c.estimate = estimate;
    c.stdError = se;
    c.ciLower = estimate - 1.959964 * se;
    c.ciUpper = estimate + 1.959964 * se;
    c.statistic = estimate / se;
    c.pValue = 1e-30;
    c.ratio = std::exp(estimate);
    c.ratioLower = std::exp(c.ciLower);
    c.ratioUpper = std::exp(c.ciUpper);
    return c;
}

// The column names a predictor of the report's design gives.
std::vector<std::string> columnsOf(const analysis::ResolvedDesign &design,
                                   const analysis::Predictor &p)
{
    analysis::ResolvedDesign one = design;
    one.spec.predictors = { p };
    one.spec.interactions.clear();
    std::vector<std::string> names = one.termNames();
    names.erase(names.begin());
    return names;
}

// The workbench executable without a display (as tst_workbenchcli), in a C locale: English
// unless --lang says otherwise.
struct Printed {
    int exitCode = -1;
    QString out;
    QString err;
};

Printed workbench(const QStringList &arguments)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : { "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM" })
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("FAIRSTART_BIN_DIR") + QStringLiteral("/workbench/fairstart"),
            arguments);
    Printed out;
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
        return out;
    }
    out.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    out.out = QString::fromUtf8(p.readAllStandardOutput());
    out.err = QString::fromUtf8(p.readAllStandardError());
    return out;
}

} // namespace

class tst_Walk3 : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void maskedTable1NotTitledBySite();
    void trendWithheldYearsOneLegendEntry();
    void perGramCoefficientTableFitsAt1440();
    void publishYesNoHasNoRange();
    void canvasNamesVariablesByTheirLabels();
    void workbenchLanguageOption();

private:
    testing::SimulatedFederation m_fed;
    QTemporaryDir m_dir;
};

void tst_Walk3::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_fed = testing::simulateFederation(300);
    QVERIFY(m_fed.report.performance.has_value());
}

// A masked Table 1 (three or more sites) has the pooled column alone; it was titled "Table 1:
// the cohort by site". Its title says pooled and masked; a plain one keeps "by site".
void tst_Walk3::maskedTable1NotTitledBySite()
{
    client::PooledDescriptives pooled;
    pooled.cohortSize = 1200;
    Table1View view;
    view.setMaskedData(pooled, {}, {});
    QVERIFY(view.masked());
    QCOMPARE(view.model()->columnCount(), 2); // the rows' labels and the pooled column
    const QString masked = table1Title(QStringLiteral("Research (research)"), 3);
    QVERIFY2(!masked.contains(QStringLiteral("by site")), qPrintable(masked));
    // "3 site(s)" until the lead adds the English plural forms (fairstart_en.ts).
    QVERIFY2(masked.contains(QStringLiteral("pooled over 3 site")), qPrintable(masked));
    QVERIFY2(masked.contains(QStringLiteral("masked")), qPrintable(masked));
    QVERIFY2(masked.endsWith(QStringLiteral("purpose Research (research)")), qPrintable(masked));
    const QString plain = table1Title(QStringLiteral("Research (research)"));
    QVERIFY2(plain.contains(QStringLiteral("by site")), qPrintable(plain));
}

// Two areas withholding the same year drew one grey square there (which areas?); the legend
// has one "Withheld" entry, each area's square stands apart in the area's colour.
void tst_Walk3::trendWithheldYearsOneLegendEntry()
{
    const protocol::ReleasedCount w;
    const QList<AreaDescriptives> areas {
        trendArea(QStringLiteral("a"), { 90, 10, 80, 20, 100, 25, 120, 30 }),
        trendArea(QStringLiteral("b"), { 50, 12, w, w, w, w, 60, 11 }),
        trendArea(QStringLiteral("c"), { 70, 14, 65, 15, w, w, 60, 12 }),
    };
    DashboardView view;
    view.resize(900, 700);
    view.setData(areas, QStringLiteral("Site"));
    view.setIndicator({ QStringLiteral("smoking"), QStringLiteral("yes") });
    QChart *chart = view.trendView()->chart();
    QScatterSeries *withheld = nullptr;
    std::map<QString, QColor> colours;
    for (QAbstractSeries *s : chart->series()) {
        if (auto *scatter = qobject_cast<QScatterSeries *>(s))
            withheld = scatter;
        else if (auto *line = qobject_cast<QLineSeries *>(s); line && !line->name().isEmpty())
            colours[line->name()] = line->color();
    }
    QVERIFY(withheld);
    QCOMPARE(colours.size(), std::size_t(3));
    // b withheld 2016 and 2017, c 2017: three squares, the two of 2017 apart.
    const QList<QPointF> points = withheld->points();
    QCOMPARE(points.size(), 3);
    std::set<double> xs;
    for (const QPointF &p : points) {
        QCOMPARE(p.y(), 0.0);
        xs.insert(p.x());
    }
    QCOMPARE(xs.size(), std::size_t(3));
    QCOMPARE(points[0].x(), 2016.0); // one area: on its year
    QVERIFY(std::abs(points[1].x() - 2017) < 0.5 && std::abs(points[2].x() - 2017) < 0.5);
    // Each square in the colour of the area that withheld it: b, b, c.
    const QColor expected[] = { colours[QStringLiteral("b")], colours[QStringLiteral("b")],
                                colours[QStringLiteral("c")] };
    for (int i = 0; i < 3; ++i) {
        const auto config = withheld->pointConfiguration(i);
        QVERIFY2(config.contains(QXYSeries::PointConfiguration::Color),
                 qPrintable(QString::number(i)));
        QCOMPARE(config.value(QXYSeries::PointConfiguration::Color).value<QColor>(), expected[i]);
    }
    // One legend entry says "Withheld"; each area is listed once.
    QStringList shown;
    for (QLegendMarker *m : chart->legend()->markers()) {
        if (m->isVisible())
            shown << m->label();
    }
    QCOMPARE(shown.count(QStringLiteral("Withheld")), 1);
    for (const QString &area : { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") })
        QCOMPARE(shown.count(area), 1);
}

// Results ▸ Coefficients of dev_delay_2y ~ birth_weight_g + …: at the 1440 px window the
// estimate "-0.000687", its interval and the ratios per gram widened the columns past the
// document, which scrolled sideways.
void tst_Walk3::perGramCoefficientTableFitsAt1440()
{
    protocol::FitReport r = m_fed.report;
    analysis::Predictor *weight = nullptr;
    for (analysis::Predictor &p : r.design.spec.predictors) {
        if (p.variable == "birthweight")
            weight = &p;
    }
    QVERIFY(weight);
    const std::vector<std::string> before = columnsOf(r.design, *weight);
    weight->transform = analysis::Transform::AsIs;
    const std::vector<std::string> after = columnsOf(r.design, *weight);
    QCOMPARE(before.size(), std::size_t(1));
    QCOMPARE(after.size(), std::size_t(1));
    bool replaced = false;
    for (analysis::Coefficient &c : r.glm.coefficients) {
        if (c.term == before[0]) {
            c = coefficient(after[0], -0.000687, 0.0000586);
            replaced = true;
        }
    }
    QVERIFY(replaced);
    const QString path = m_dir.filePath(QStringLiteral("pergram.fairstart"));
    MainWindow window;
    window.resize(1440, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.openWorkspace(path, QStringLiteral("correct horse battery"), true), QString());
    workspace::Workspace *ws = window.currentWorkspace();
    auto design = ws->saveDesign(QStringLiteral("delay"), QJsonObject {});
    QVERIFY(design);
    auto run = ws->addRun(design->designId, QJsonObject {}, { QStringLiteral("a") });
    QVERIFY(run);
    QVERIFY(ws->setRunResult(run.value(), protocol::toJson(r)).ok());
    QCOMPARE(window.openRunResults(run.value()), QString());
    ResultsView *results = window.resultsView();
    QTRY_VERIFY(results->isVisible());
    // The catalogue's labels, as the demo's (the simulated design's variables under its words).
    QMap<QString, QString> labels {
        { QStringLiteral("birthweight"), QStringLiteral("Birth weight (g)") },
        { QStringLiteral("mother_age"), QStringLiteral("Mother's age at birth (years)") },
        { QStringLiteral("sex"), QStringLiteral("Sex of the child") },
        { QStringLiteral("smoking"), QStringLiteral("Smoking in pregnancy") },
        { QStringLiteral("deprivation"), QStringLiteral("Mother's education") },
    };
    const QString levels[][2]
        = { { QStringLiteral("q1"), QStringLiteral("High (tertiary)") },
            { QStringLiteral("q2"), QStringLiteral("Intermediate (secondary)") },
            { QStringLiteral("q3"), QStringLiteral("Low (primary)") },
            { QStringLiteral("q4"), QStringLiteral("None (no diploma)") },
            { QStringLiteral("q5"), QStringLiteral("Unknown or other") } };
    for (const auto &[level, label] : levels)
        labels.insert(levelLabelKey(QStringLiteral("deprivation"), level), label);
    results->setVariableLabels(labels);
    results->setReport(r);
    QCoreApplication::processEvents();
    QTableView *table = results->coefficientTable();
    QStringList widths;
    int width = 0;
    for (int c = 0; c < table->model()->columnCount(); ++c) {
        width += table->columnWidth(c);
        widths << QString::number(table->columnWidth(c));
    }
    QStringList terms;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        terms << table->model()->index(row, 0).data().toString();
    QVERIFY2(table->horizontalScrollBar()->maximum() == 0,
             qPrintable(QStringLiteral("columns %1 px (%2) in a table %3 px wide; terms %4")
                            .arg(width)
                            .arg(widths.join(QLatin1Char(' ')))
                            .arg(table->viewport()->width())
                            .arg(terms.join(QStringLiteral(" | ")))));
    // The data still show what the walk saw: the terms take two lines, which gave the table its
    // room. (Since walk4 the contents list beside the table is narrower, so at 1440 px the
    // one-line terms would fit too; the check is that the term column is narrower than they.)
    const QFontMetrics fm(table->font());
    int oneLine = 0;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QString shown = table->model()->index(row, 0).data().toString();
        oneLine = std::max(
            oneLine,
            fm.horizontalAdvance(QString(shown).replace(QLatin1Char('\n'), QLatin1Char(' '))));
    }
    QVERIFY2(oneLine > table->columnWidth(0),
             qPrintable(QStringLiteral("%1 px of terms on one line fit the %2 px term column")
                            .arg(oneLine)
                            .arg(table->columnWidth(0))));
    auto *document = results->findChild<QScrollArea *>();
    QVERIFY(document);
    QVERIFY2(document->horizontalScrollBar()->maximum() == 0,
             qPrintable(QStringLiteral("the results document scrolls %1 px sideways in %2 px")
                            .arg(document->horizontalScrollBar()->maximum())
                            .arg(document->width())));
    window.closeWorkspace();
}

// The publish dialog: the yes/no input (Smoking in pregnancy) had empty, editable From / Typical
// / To cells where a categorical input shows "—": a yes/no is a choice, it has no range.
void tst_Walk3::publishYesNoHasNoRange()
{
    // delay ~ smoked (0/1, as is) + birthweight, fitted on one simulated site.
    const analysis::DataTable site = testing::simulateSite(600, 7, 0.0);
    analysis::DataTable t;
    std::vector<double> smoked, bw, delay;
    const analysis::Column *smoke = site.column("smoking");
    for (std::size_t r = 0; r < site.rows(); ++r) {
        smoked.push_back(smoke->levels[std::size_t(smoke->codes[r])] == "yes" ? 1.0 : 0.0);
        bw.push_back(site.column("birthweight")->numeric[r]);
        delay.push_back(site.column("delay")->numeric[r]);
    }
    (void)t.addNumeric("smoked", smoked);
    (void)t.addNumeric("birthweight", bw);
    (void)t.addNumeric("delay", delay);
    analysis::ModelSpec spec;
    spec.outcome.variable = "delay";
    spec.family = analysis::Family::Binomial;
    analysis::Predictor s;
    s.variable = "smoked";
    analysis::Predictor b;
    b.variable = "birthweight";
    b.transform = analysis::Transform::Standardise;
    spec.predictors = { s, b };
    protocol::FitReport report;
    report.design = testing::check(analysis::resolveLocally(spec, t), "resolve");
    const analysis::DesignMatrix design
        = testing::check(analysis::buildDesign(t, report.design), "design");
    report.glm
        = testing::check(analysis::fitFederated({ &design }, analysis::Family::Binomial), "fit");
    protocol::CatalogueVariable yes;
    yes.name = QStringLiteral("smoked");
    yes.type = protocol::VariableType::Binary;
    protocol::CatalogueVariable weight;
    weight.name = QStringLiteral("birthweight");
    weight.type = protocol::VariableType::Numeric;
    const ModelDescription proposal = proposeDescription(
        report, { { QStringLiteral("smoked"), QStringLiteral("Smoking in pregnancy") } },
        { { QStringLiteral("smoked"), yes }, { QStringLiteral("birthweight"), weight } });
    QVERIFY(proposal.inputs.value(QStringLiteral("smoked")).yesNo);
    PublishDialog dialog(proposal, report);
    auto *table = dialog.findChild<QTableWidget *>();
    QVERIFY(table);
    int smokedRow = -1;
    int weightRow = -1;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == QStringLiteral("smoked"))
            smokedRow = row;
        if (table->item(row, 0)->text() == QStringLiteral("birthweight"))
            weightRow = row;
    }
    QVERIFY(smokedRow >= 0 && weightRow >= 0);
    for (int c = 2; c < 5; ++c) {
        const QTableWidgetItem *cell = table->item(smokedRow, c);
        QCOMPARE(cell->text(), QStringLiteral("—"));
        QVERIFY2(!(cell->flags() & Qt::ItemIsEditable), qPrintable(QString::number(c)));
        // The number's cells stay editable.
        QVERIFY(table->item(weightRow, c)->flags() & Qt::ItemIsEditable);
    }
    // The description keeps the yes/no without a range, and nothing is asked of it.
    const ModelDescription typed = dialog.description();
    const InputHint hint = typed.inputs.value(QStringLiteral("smoked"));
    QVERIFY(hint.yesNo);
    QVERIFY(!hint.minimum && !hint.maximum && !hint.typical);
    QVERIFY2(!descriptionProblem(typed, report).contains(QStringLiteral("Smoking")),
             qPrintable(descriptionProblem(typed, report)));
}

// In Dutch the canvas read "dev_delay_2y" and "ns(mother_age, 4)" (column names and the
// formula's functions) where the catalogue and the results read the catalogue's labels. The
// blocks show the label and the transformation in words.
void tst_Walk3::canvasNamesVariablesByTheirLabels()
{
    DesignDocument doc;
    const int o = doc.dropVariable(QStringLiteral("dev_delay_2y"), false, BlockKind::Outcome, {});
    const int p
        = doc.dropVariable(QStringLiteral("mother_age"), false, BlockKind::Predictor, { 0, 80 });
    const int q
        = doc.dropVariable(QStringLiteral("apgar_5min"), false, BlockKind::Predictor, { 0, 160 });
    Block spline = *doc.block(p);
    spline.predictor.transform = analysis::Transform::Spline;
    spline.predictor.knots = 4;
    doc.editBlock(spline);
    DesignScene scene(&doc);
    QCOMPARE(scene.blockItem(o)->shownTitle(), QStringLiteral("dev_delay_2y")); // no catalogue
    scene.setVariableLabels(
        { { QStringLiteral("dev_delay_2y"), QStringLiteral("Developmental delay at 2 years") },
          { QStringLiteral("mother_age"), QStringLiteral("Mother's age") } });
    QCOMPARE(scene.blockItem(o)->shownTitle(), QStringLiteral("Developmental delay at 2 years"));
    // "4 knot(s)" until the lead adds the English plural forms (fairstart_en.ts).
    QVERIFY2(
        scene.blockItem(p)->shownTitle().startsWith(QStringLiteral("Mother's age (spline, 4 knot")),
        qPrintable(scene.blockItem(p)->shownTitle()));
    QCOMPARE(scene.blockItem(q)->shownTitle(), QStringLiteral("apgar_5min")); // no label
    // The tooltip keeps the formula's term.
    QVERIFY2(scene.blockItem(p)->toolTip().contains(QStringLiteral("(mother_age")),
             qPrintable(scene.blockItem(p)->toolTip()));
}

// fairstart --lang: Dutch needed LANG=nl_NL.UTF-8 LANGUAGE=nl. --help documents it, it is
// followed before the system's language, and an unknown one is refused with the list.
void tst_Walk3::workbenchLanguageOption()
{
    const Printed english = workbench({ QStringLiteral("--help") });
    QCOMPARE(english.exitCode, 0);
    QVERIFY2(english.out.contains(QStringLiteral("--lang")), qPrintable(english.out));
    QVERIFY2(english.out.contains(QStringLiteral("design risk models")), qPrintable(english.out));
    const Printed german
        = workbench({ QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--help") });
    QCOMPARE(german.exitCode, 0);
    QVERIFY2(german.out.contains(QStringLiteral("Risikomodelle entwerfen")),
             qPrintable(german.out));
    const Printed equals = workbench({ QStringLiteral("--help"), QStringLiteral("--lang=de") });
    QVERIFY2(equals.out.contains(QStringLiteral("Risikomodelle entwerfen")),
             qPrintable(equals.out));
    const Printed unknown
        = workbench({ QStringLiteral("--lang"), QStringLiteral("xx"), QStringLiteral("--help") });
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(
        unknown.err.contains(QStringLiteral("unknown --lang 'xx'; use one of: en, nl, de, fr")),
        qPrintable(unknown.err));
}

QTEST_MAIN(tst_Walk3)
#include "tst_walk3.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// What the walk of 2026-12-06 (branch walk) saw in the workbench as its users meet it, each
// checked where a test can: the report's section 1 named the fits at each site alone under a
// heading with no rows; a per-gram odds ratio's forest plot put its estimate on the axis's
// edge; the toolbar's Undo button renamed itself at every edit and moved Run along the toolbar.
#include "simulatedreport.h"

#include "fairstart/ui/dashboard/dashboardview.h"
#include "fairstart/ui/designer/designdocument.h"
#include "fairstart/ui/mainwindow.h"
#include "fairstart/ui/report/tripodreport.h"
#include "fairstart/ui/results/charts.h"
#include "fairstart/ui/results/format.h"
#include "fairstart/ui/results/sitemodels.h"
#include "fairstart/ui/results/studyrecord.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QChartView>
#include <QComboBox>
#include <QCoreApplication>
#include <QDockWidget>
#include <QLocale>
#include <QLogValueAxis>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <QToolBar>
#include <QUndoStack>
#include <QValueAxis>

#include <cmath>
#include <memory>

using namespace fairstart;
using namespace fairstart::ui;

namespace {

protocol::StudyRecord fitStudy(const QStringList &sites, const QString &mode)
{
    protocol::StudyRecord s;
    s.study = QStringLiteral("sha256:abcdef");
    s.mode = mode;
    s.manifest.mode = mode;
    s.manifest.kind = protocol::JobKind::Glm;
    for (const QString &name : sites) {
        protocol::StudyParticipant p;
        p.name = name;
        s.manifest.participants << p;
        protocol::StudySignatureCheck c;
        c.site = name;
        c.manifest = true;
        c.attestation = true;
        s.checks << c;
    }
    return s;
}

analysis::Coefficient coefficient(const char *term, double estimate, double se)
{
    analysis::Coefficient c;
    c.term = term;
    c.estimate = estimate;
    c.stdError = se;
    c.ciLower = estimate - 1.959964 * se;
    c.ciUpper = estimate + 1.959964 * se;
    c.ratio = std::exp(estimate);
    c.ratioLower = std::exp(c.ciLower);
    c.ratioUpper = std::exp(c.ciUpper);
    return c;
}

// Where `v` lies on the axis, 0 at its left end and 1 at its right.
double axisShare(const QValueAxis *axis, double v)
{
    return (v - axis->min()) / (axis->max() - axis->min());
}

} // namespace

class tst_Walk : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void unsignedPartsListTheirSites();
    void perGramForestInsideItsAxis();
    void undoDoesNotMoveRun();
    void dashboardIndicatorsByLevelLabel();
    void perSiteEstimatesPerGramReadable();
    void emptyRunsHintAcrossTheDock();

private:
    testing::SimulatedFederation m_fed;
    QTemporaryDir m_dir;
};

void tst_Walk::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("FairstartTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_walk"));
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_fed = testing::simulateFederation(300);
}

// Section 1 of the report (and Results ▸ Sites' study table) headed "Fits at each site alone —
// not a study" with nothing under it: which sites answered, and what each released, was not
// said. Each part that is not a study now lists its sites, "not signed" in the signature
// columns, and a site that released no fit of its own says why.
void tst_Walk::unsignedPartsListTheirSites()
{
    protocol::FitReport r = m_fed.report;
    QStringList sites;
    for (const protocol::SiteRecord &s : r.sites)
        sites << s.name;
    QVERIFY(sites.size() >= 3);
    r.study = fitStudy(sites, QStringLiteral("plain"));
    r.perSiteFits.clear();
    r.perSiteFits << protocol::SiteFit { sites[0], r.glm, {} };
    r.perSiteFits << protocol::SiteFit { sites[1], std::nullopt,
                                         QStringLiteral("too few events at this site") };
    QVERIFY(r.performance.has_value());

    const QList<UnsignedPart> parts = unsignedParts(r);
    QCOMPARE(parts.size(), 2); // the fits at each site alone, the plain evaluation
    QCOMPARE(parts[0].sites.size(), 2);

    StudyModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStudies(runStudies(r), parts);
    int heading = -1;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.isHeading(row)
            && model.index(row, 0).data().toString().startsWith(
                QStringLiteral("Fits at each site alone")))
            heading = row;
    }
    QVERIFY(heading > 0);
    auto cell = [&model](int row, int column) {
        return model.index(row, column).data().toString();
    };
    QVERIFY(!model.isHeading(heading + 1));
    QCOMPARE(cell(heading + 1, StudyModel::SiteColumn), sites[0]);
    QCOMPARE(cell(heading + 1, StudyModel::ManifestColumn), QStringLiteral("not signed"));
    QCOMPARE(cell(heading + 1, StudyModel::AttestationColumn), QStringLiteral("not signed"));
    QCOMPARE(cell(heading + 1, StudyModel::NoteColumn), QString());
    QCOMPARE(cell(heading + 2, StudyModel::SiteColumn), sites[1]);
    QVERIFY2(cell(heading + 2, StudyModel::NoteColumn).contains(QStringLiteral("too few")),
             qPrintable(cell(heading + 2, StudyModel::NoteColumn)));
    // Not a failed check: not in the red of "NOT verified".
    QVERIFY(model.index(heading + 1, StudyModel::ManifestColumn).data(Qt::ForegroundRole)
            != QVariant(QColor(180, 30, 30)));
    // The plain evaluation lists the sites that evaluated.
    QVERIFY(model.isHeading(heading + 3));
    QVERIFY(cell(heading + 3, 0).startsWith(QStringLiteral("Evaluation — not a study")));
    QCOMPARE(cell(heading + 4, StudyModel::SiteColumn), r.perSite.value(0).site);

    // The PDF report: every heading of section 1's study table has rows under it.
    std::unique_ptr<QTextDocument> doc(buildTripodReport(r, reportOptionsFor(r), nullptr));
    int checked = 0;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        QTextTable *t = QTextCursor(b).currentTable();
        if (!t || !b.text().startsWith(QStringLiteral("Fits at each site alone")))
            continue;
        const QTextTableCell c = t->cellAt(b.position());
        QVERIFY2(c.row() + 2 < t->rows(), "the heading is the table's last row");
        QCOMPARE(t->cellAt(c.row() + 1, 0).firstCursorPosition().block().text(), sites[0]);
        QCOMPARE(t->cellAt(c.row() + 2, 0).firstCursorPosition().block().text(), sites[1]);
        ++checked;
    }
    QCOMPARE(checked, 1);
}

// `dev_delay_2y ~ birth_weight_g`, a new user's first model: OR 0.99931 [0.99920, 0.99943] per
// gram. The log axis ran from 0.5 to 1, the estimate and its interval a dot on its right edge,
// on the dashed line of no effect. Now the axis is around the values, the interval visible and
// clear of 1; a model with ratios far apart keeps its log axis.
void tst_Walk::perGramForestInsideItsAxis()
{
    analysis::GlmResult glm;
    glm.family = analysis::Family::Binomial;
    glm.coefficients = { coefficient("(Intercept)", -0.0331, 0.165),
                         coefficient("birth_weight_g", -0.000687, 0.0000586) };
    std::unique_ptr<ForestChart> chart(makeCoefficientForest(glm));
    auto axis = qobject_cast<QValueAxis *>(chart->axes(Qt::Horizontal).value(0));
    QVERIFY2(axis, "a log axis for ratios within 0.9992 and 1");
    const analysis::Coefficient &c = glm.coefficients[1];
    for (double v : { *c.ratioLower, *c.ratio, *c.ratioUpper, 1.0 }) {
        const double share = axisShare(axis, v);
        QVERIFY2(share > 0.04 && share < 0.96, qPrintable(QString::number(share)));
    }
    // The interval is wider than a dot, and apart from the line of no effect.
    QVERIFY(axisShare(axis, *c.ratioUpper) - axisShare(axis, *c.ratioLower) > 0.1);
    QVERIFY(axisShare(axis, 1.0) - axisShare(axis, *c.ratioUpper) > 0.1);
    QVERIFY2(!axis->titleText().contains(QStringLiteral("log")), qPrintable(axis->titleText()));

    // Ratios from 0.5 to 3 stay on the log axis.
    glm.coefficients.push_back(coefficient("sexmale", std::log(2.5), 0.1));
    chart.reset(makeCoefficientForest(glm));
    QVERIFY(qobject_cast<QLogValueAxis *>(chart->axes(Qt::Horizontal).value(0)));
}

// The toolbar's Undo read "Undo Add block", "Undo Move 2 blocks" …: its button changed width at
// every edit and Run moved along the toolbar under the mouse. It reads "Undo" now and says what
// it undoes in its tooltip; the Edit menu's item keeps the full text.
void tst_Walk::undoDoesNotMoveRun()
{
    MainWindow window;
    const QString path = m_dir.filePath(QStringLiteral("undo.fairstart"));
    QCOMPARE(window.openWorkspace(path, QStringLiteral("correct horse battery"), true), QString());
    window.resize(1400, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto tools = window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    QVERIFY(tools);
    QAction *runAction = nullptr;
    QAction *undo = nullptr;
    for (QAction *a : tools->actions()) {
        if (a->text().contains(QStringLiteral("Run")))
            runAction = a;
        if (a->objectName() == QLatin1String("toolbarUndo"))
            undo = a;
    }
    QVERIFY(runAction && undo);
    QWidget *run = tools->widgetForAction(runAction);
    QVERIFY(run);
    QCoreApplication::processEvents();
    const int before = run->mapTo(&window, QPoint()).x();
    QVERIFY(!undo->isEnabled());

    QUndoStack *stack = window.document()->undoStack();
    Block block;
    block.kind = BlockKind::Evaluation;
    block.evaluation.thresholds = { 0.2 };
    window.document()->addBlock(block);
    QVERIFY(!stack->undoText().isEmpty());
    QCoreApplication::processEvents();
    QCOMPARE(undo->text(), QStringLiteral("Undo"));
    QVERIFY(undo->isEnabled());
    QVERIFY2(undo->toolTip().contains(stack->undoText()), qPrintable(undo->toolTip()));
    QCOMPARE(run->mapTo(&window, QPoint()).x(), before);

    const int count = stack->index();
    undo->trigger();
    QCOMPARE(stack->index(), count - 1);
    QCoreApplication::processEvents();
    QVERIFY(!undo->isEnabled());
    QCOMPARE(run->mapTo(&window, QPoint()).x(), before);
}

// The policymaker's indicator list read "Sex of the child = female", "= male" (the data's codes,
// by name) while the catalogue, Table 1 and the results use the schema's labels and order. The
// list, the chart titles and the table's header now name the level by its label, in the
// declared order; the CSV keeps the codes.
void tst_Walk::dashboardIndicatorsByLevelLabel()
{
    QList<AreaDescriptives> areas;
    for (size_t s = 0; s < m_fed.tables.size(); ++s)
        areas.append({ QStringLiteral("area-%1").arg(s + 1),
                       testing::simulatedDescriptives(m_fed.tables[s], QStringLiteral("cohort")),
                       10 });
    DashboardView view;
    view.setVariableLabels({ { QStringLiteral("sex"), QStringLiteral("Sex of the child") } });
    view.setLevels(
        { { QStringLiteral("sex"), { QStringLiteral("male"), QStringLiteral("female") } } },
        { { QStringLiteral("sex"),
            { { QStringLiteral("male"), QStringLiteral("Boy") },
              { QStringLiteral("female"), QStringLiteral("Girl") } } } });
    view.setData(areas, QStringLiteral("Site"));
    QStringList items;
    for (int i = 0; i < view.indicatorChoice()->count(); ++i)
        items << view.indicatorChoice()->itemText(i);
    const qsizetype boy = items.indexOf(QStringLiteral("Sex of the child = Boy"));
    const qsizetype girl = items.indexOf(QStringLiteral("Sex of the child = Girl"));
    QVERIFY2(boy >= 0 && girl == boy + 1, qPrintable(items.join(QStringLiteral(" | "))));
    QVERIFY(!items.contains(QStringLiteral("Sex of the child = female")));
    // Levels without a label keep their code.
    QVERIFY2(items.contains(QStringLiteral("smoking = yes")),
             qPrintable(items.join(QStringLiteral(" | "))));
    view.indicatorChoice()->setCurrentIndex(int(girl));
    QCOMPARE(view.chartView()->chart()->title(),
             QStringLiteral("Sex of the child = Girl per area"));
    QCOMPARE(view.model()->headerData(IndicatorModel::CountColumn, Qt::Horizontal).toString(),
             QStringLiteral("Sex of the child = Girl"));
    QCOMPARE(view.model()
                 ->headerData(IndicatorModel::CountColumn, Qt::Horizontal, ExportRole)
                 .toString(),
             QStringLiteral("sex = female"));
}

// Report section 10 and Results ▸ Sites: a coefficient per gram read "-0.001 (0.000)" at every
// site and pooled. Each term's row now shows a digit of its smallest standard error.
void tst_Walk::perSiteEstimatesPerGramReadable()
{
    protocol::FitReport r = m_fed.report;
    QVERIFY(r.perSiteFits.size() >= 2);
    const double estimates[] = { -0.00061, -0.00052, -0.00070 };
    const double errors[] = { 0.00008, 0.00011, 0.00013 };
    for (int s = 0; s < int(r.perSiteFits.size()); ++s) {
        QVERIFY(r.perSiteFits[s].glm && r.perSiteFits[s].glm->coefficients.size() > 1);
        analysis::Coefficient &c = r.perSiteFits[s].glm->coefficients[1];
        c.estimate = estimates[s % 3];
        c.stdError = errors[s % 3];
    }
    SiteEstimatesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReport(r, {});
    const int first = int(model.sites().indexOf(r.perSiteFits[0].site));
    QVERIFY(first >= 0);
    int row = -1;
    for (int t = 0; t < model.rowCount(); ++t) {
        if (model.estimate(t, first) == estimates[0])
            row = t;
    }
    QVERIFY(row >= 0);
    const int sites = int(model.sites().size());
    for (int column = 1; column <= sites + 1; ++column) {
        const QString text = model.index(row, column).data().toString();
        QVERIFY2(!text.contains(QStringLiteral("(0.000)"))
                     && !text.startsWith(QStringLiteral("-0.001 ")),
                 qPrintable(text));
    }
    QCOMPARE(model.index(row, 1 + first).data().toString(), QStringLiteral("-0.00061 (0.00008)"));
    // A usual term keeps three decimals.
    const int other = row == 0 ? 1 : 0;
    const QString usual = model.index(other, 1).data().toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^-?[0-9]+\\.[0-9]{3} \\([0-9]+\\.[0-9]{3}\\)$"))
                 .match(usual)
                 .hasMatch(),
             qPrintable(usual));
    // The PDF report's section 10 says the same.
    const QString html = tripodReportHtml(r, reportOptionsFor(r));
    QVERIFY(html.contains(QStringLiteral("-0.00061 (0.00008)")));
}

// A new workspace: the Runs dock's "No runs yet: Design ▸ Run on Sites… runs the design, and
// every run is kept here." was cut to a sliver of 210 px at the dock's left, its columns sized to
// an empty table. The hint spans the dock.
void tst_Walk::emptyRunsHintAcrossTheDock()
{
    MainWindow window;
    window.resize(1400, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString path = m_dir.filePath(QStringLiteral("runs.fairstart"));
    QCOMPARE(window.openWorkspace(path, QStringLiteral("correct horse battery"), true), QString());
    auto dock = window.findChild<QDockWidget *>(QStringLiteral("runsDock"));
    QVERIFY(dock);
    auto table = qobject_cast<QTableWidget *>(dock->widget());
    QVERIFY(table);
    QCoreApplication::processEvents();
    QCOMPARE(table->rowCount(), 1);
    QVERIFY2(table->item(0, 0)->text().startsWith(QStringLiteral("No runs yet")),
             qPrintable(table->item(0, 0)->text()));
    const int width = table->visualRect(table->model()->index(0, 0)).width();
    QVERIFY2(width > table->viewport()->width() * 3 / 4,
             qPrintable(QStringLiteral("%1 of %2").arg(width).arg(table->viewport()->width())));
}

QTEST_MAIN(tst_Walk)
#include "tst_walk.moc"

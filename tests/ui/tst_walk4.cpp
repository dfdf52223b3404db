// SPDX-License-Identifier: GPL-3.0-or-later
// The walk of 2026-12-07, morning (branch walk4): the youth-care professional's risk calculator,
// reviewer mode, publishing and the workbench in Dutch, and what walk3 left (the German
// coefficient table at 1440 px, the canvas's outcome block cutting long labels, the Table 1
// menu item saying "by site" over a pooled table).
#include "../federation-client/nodecluster.h"
#include "publishedmodelfixture.h"
#include "results/simulatedreport.h"
#include "windowsupport.h"

#include "fairstart/translations/language.h"
#include "fairstart/ui/analyses/table1.h"
#include "fairstart/ui/designer/designdocument.h"
#include "fairstart/ui/designer/designscene.h"
#include "fairstart/ui/mainwindow.h"
#include "fairstart/ui/publishdialog.h"
#include "fairstart/ui/results/resultsview.h"
#include "fairstart/ui/results/termlabels.h"
#include "fairstart/ui/reviewer/modelfile.h"
#include "fairstart/ui/reviewer/reviewerwindow.h"
#include "fairstart/ui/sites/sitesmodel.h"
#include "fairstart/ui/tr.h"

#include "fairstart/workspace/workspace.h"

#include <QApplication>
#include <QCommandLinkButton>
#include <QCoreApplication>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFontMetrics>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

using namespace fairstart;
using namespace fairstart::ui;
using testsupport::publishedModel;
using testsupport::reviewerWindows;

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

} // namespace

class tst_Walk4 : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void modelFileForTheProfessional();
    void modelFileErrorsSayWhatToDo();
    void startPageOpensAModelFile();
    void calculatorSaysWhenATypedValueIsNotTaken();
    void aboutSaysWhatItUsesAndWhomToAsk();
    void savedCalculationDatedWithItsCaveat();
    void publishDialogShowsLabelsWhole();
    void canvasOutcomeLabelWhole();
    void germanCoefficientTableFitsAt1440();
    void table1MenuSaysPooledWithThreeSites();

private:
    testing::SimulatedFederation m_fed;
    QTemporaryDir m_dir;
};

void tst_Walk4::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    QStandardPaths::setTestModeEnabled(true);
    // The audience a model file opened in an earlier run made this computer's (walk5).
    QSettings().remove(QStringLiteral("workbench/audience"));
    QVERIFY(m_dir.isValid());
    m_fed = testing::simulateFederation(300);
    QVERIFY(m_fed.report.performance.has_value());
    QVERIFY(!m_fed.report.sites.isEmpty());
}

// A published model lived only in the analyst's encrypted workspace: the youth-care
// professional, who has neither the workspace nor its passphrase, had no way to open it. The
// analyst saves it as a file from reviewer mode; the professional opens the file without a
// workspace, and the calculator gives the same estimate. The file names the sites but not their
// addresses.
void tst_Walk4::modelFileForTheProfessional()
{
    protocol::FitReport report = m_fed.report;
    for (protocol::SiteRecord &s : report.sites)
        s.url = QStringLiteral("https://10.1.2.3:8443/") + s.name;
    const PublishedModelDocument model = publishedModel(report);
    ReviewerWindow analyst(model);
    auto *spin = qobject_cast<QDoubleSpinBox *>(analyst.inputWidget(QStringLiteral("birthweight")));
    QVERIFY(spin);
    QCOMPARE(publishedModelFileName(model),
             QStringLiteral("Risk of developmental delay age 2.fairstart-model"));
    const QString path = m_dir.filePath(publishedModelFileName(model));
    // Signed since branch walk5 (tst_walk5); this computer trusts the analyst's key.
    const ModelSigner signer = newModelSigner(QStringLiteral("A. de Vries"));
    trustSigner(ModelFileSignature { signer.name, signer.publicKey(), {} });
    QCOMPARE(analyst.saveModelFile(path, signer), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY2(!bytes.contains("10.1.2.3"), "the sites' addresses stay with the analyst");
    QVERIFY(bytes.contains(report.sites.first().name.toUtf8()));

    // The professional's workbench: no workspace, no sites.
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.currentWorkspace());
    QString problem;
    QPointer<ReviewerWindow> opened = window.openModelFile(path, &problem);
    QVERIFY2(opened, qPrintable(problem));
    QVERIFY(opened->isVisible());
    QVERIFY2(opened->windowTitle().startsWith(model.description.title),
             qPrintable(opened->windowTitle()));
    auto *theirs
        = qobject_cast<QDoubleSpinBox *>(opened->inputWidget(QStringLiteral("birthweight")));
    QVERIFY(theirs);
    spin->setValue(2100);
    theirs->setValue(2100);
    QVERIFY(analyst.currentPrediction() && opened->currentPrediction());
    QCOMPARE(opened->currentPrediction()->estimate, analyst.currentPrediction()->estimate);
    QCOMPARE(opened->resultText(), analyst.resultText());
    // Not tied to a workspace: opening and closing one leaves it open.
    QCOMPARE(window.openWorkspace(m_dir.filePath(QStringLiteral("w.fairstart")),
                                  QStringLiteral("correct horse battery"), true),
             QString());
    window.closeWorkspace();
    QCoreApplication::processEvents();
    QVERIFY(opened && opened->isVisible());
    opened->close();
}

// Whatever the professional chose, the message says what is wrong and what to do.
void tst_Walk4::modelFileErrorsSayWhatToDo()
{
    QString error;
    QVERIFY(
        !readPublishedModelFile(m_dir.filePath(QStringLiteral("none.fairstart-model")), &error));
    QVERIFY2(error.contains(QStringLiteral("Could not open"))
                 && error.contains(QStringLiteral("Check the file's name")),
             qPrintable(error));
    QVERIFY(!readPublishedModelFile(m_dir.path(), &error));
    QVERIFY2(error.contains(QStringLiteral("is a folder")), qPrintable(error));
    const QString garbage = m_dir.filePath(QStringLiteral("report.pdf"));
    {
        QFile f(garbage);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("%PDF-1.4 not a model");
    }
    QVERIFY(!readPublishedModelFile(garbage, &error));
    QVERIFY2(error.contains(QStringLiteral("is not a Fairstart model file"))
                 && error.contains(QStringLiteral("Ask the analyst")),
             qPrintable(error));
    const QString other = m_dir.filePath(QStringLiteral("other.json"));
    {
        QFile f(other);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"format": "fairstart-published-model", "version": 7})");
    }
    QVERIFY(!readPublishedModelFile(other, &error));
    QVERIFY2(error.contains(QStringLiteral("newer version")), qPrintable(error));
    MainWindow window;
    QString problem;
    QVERIFY(!window.openModelFile(garbage, &problem));
    QVERIFY2(problem.contains(QStringLiteral("Ask the analyst")), qPrintable(problem));
    QVERIFY(reviewerWindows().isEmpty());
}

// The start page is what a professional sees first: it offers the model file, and the
// File menu has it too, enabled without a workspace.
void tst_Walk4::startPageOpensAModelFile()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.isStartPageShown());
    bool offered = false;
    for (QCommandLinkButton *b : window.findChildren<QCommandLinkButton *>()) {
        if (b->isVisible() && b->text() == QStringLiteral("Open a model file"))
            offered = b->description().contains(QStringLiteral("risk calculator"));
    }
    QVERIFY(offered);
    QAction *menu = nullptr;
    for (QAction *a : window.findChildren<QAction *>()) {
        if (a->text() == QStringLiteral("Open &Model File…"))
            menu = a;
    }
    QVERIFY(menu);
    QVERIFY(menu->isEnabled());
}

// Typing 45 weeks where 43 is the most: the field kept "4" (the 5 refused) while the result
// still gave the estimate of the value before (39 weeks), every value "typical". While a field
// holds no value it takes, the result says so and what to type; the range is beside the field.
void tst_Walk4::calculatorSaysWhenATypedValueIsNotTaken()
{
    ReviewerWindow window(publishedModel(m_fed.report));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *spin = qobject_cast<QDoubleSpinBox *>(window.inputWidget(QStringLiteral("birthweight")));
    QVERIFY(spin);
    QVERIFY(window.currentPrediction());
    const QString typical = window.resultText();
    auto *range = window.findChild<QLabel *>(QStringLiteral("range:birthweight"));
    QVERIFY(range);
    QVERIFY(range->isVisible());
    QCOMPARE(range->text(), QStringLiteral("500 to 5500"));
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, QStringLiteral("45"));
    QCOMPARE(spin->cleanText(), QStringLiteral("45"));
    QVERIFY(!window.currentPrediction());
    QVERIFY2(window.resultText() != typical, "the estimate of the value before stayed");
    QVERIFY2(window.resultText().contains(QStringLiteral("Birth weight (g): 45 is not a value"))
                 && window.resultText().contains(QStringLiteral("from 500 to 5500")),
             qPrintable(window.resultText()));
    QVERIFY(window.calculationText().isEmpty());
    QTest::keyClicks(spin, QStringLiteral("00"));
    QCOMPARE(spin->value(), 4500.0);
    QVERIFY(window.currentPrediction());
    QVERIFY2(window.resultText().startsWith(QStringLiteral("Estimated risk")),
             qPrintable(window.resultText()));
    spin->selectAll();
    QTest::keyClick(spin, Qt::Key_Backspace);
    QVERIFY(!window.currentPrediction());
    QVERIFY2(window.resultText().contains(QStringLiteral("Birth weight (g) has no value")),
             qPrintable(window.resultText()));
}

// About the model showed what it predicts and for whom, but not which information it uses nor
// whom to ask, which the analyst wrote for the professionals (only the parent sheet had them).
void tst_Walk4::aboutSaysWhatItUsesAndWhomToAsk()
{
    PublishedModelDocument model = publishedModel(m_fed.report);
    model.description.information = QStringLiteral("Birth weight, sex and smoking in pregnancy");
    ReviewerWindow window(model);
    QString about;
    for (QLabel *l : window.findChildren<QLabel *>()) {
        if (l->accessibleName() == QStringLiteral("Description of the model"))
            about = l->text();
    }
    QVERIFY(!about.isEmpty());
    QVERIFY2(about.contains(QStringLiteral("Which information it uses"))
                 && about.contains(model.description.information),
             qPrintable(about));
    QVERIFY2(about.contains(QStringLiteral("Whom to ask"))
                 && about.contains(QStringLiteral("your youth health nurse")),
             qPrintable(about));
}

// A saved calculation goes into a child's file: it said neither when it was made nor that it is
// no diagnosis, which the screen says under the result.
void tst_Walk4::savedCalculationDatedWithItsCaveat()
{
    ReviewerWindow window(publishedModel(m_fed.report));
    const QDateTime when(QDate(2026, 12, 7), QTime(9, 30));
    const QString text = window.calculationText(when);
    QVERIFY2(text.contains(QStringLiteral("Calculated on ")
                           + QLocale().toString(when, QLocale::LongFormat)),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("not a diagnosis")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Estimated risk")), qPrintable(text));
    // "6.8 %" alone: high or low? The share in the data the model was built on comes with it,
    // on screen and in the file.
    const analysis::PerformanceMetrics &m = *m_fed.report.performance;
    const QString comparison
        = QStringLiteral("For comparison: of 100 children in the data the model was built on, "
                         "about %1 had ")
              .arg(qRound(100 * m.events / m.n));
    QVERIFY2(text.contains(comparison), qPrintable(text));
    QVERIFY2(window.factorsText().contains(comparison), qPrintable(window.factorsText()));
}

// Publish dialog: the calculator fields' Label column had what the others left at 680 px
// ("Gestational age at …", "Parental stress …"): the words professionals will read, cut.
void tst_Walk4::publishDialogShowsLabelsWhole()
{
    protocol::FitReport report = m_fed.report;
    QMap<QString, QString> labels {
        { QStringLiteral("birthweight"), QStringLiteral("Birth weight of the child (grams)") },
        { QStringLiteral("mother_age"), QStringLiteral("Mother's age at birth (years)") },
        { QStringLiteral("sex"), QStringLiteral("Sex of the child") },
        { QStringLiteral("smoking"), QStringLiteral("Smoking in pregnancy (any)") },
        { QStringLiteral("deprivation"), QStringLiteral("Neighbourhood deprivation quintile") },
    };
    PublishDialog dialog(proposeDescription(report, labels), report);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *table = dialog.findChild<QTableWidget *>();
    QVERIFY(table);
    QVERIFY(table->rowCount() >= 4);
    const QFontMetrics fm(table->font());
    for (int row = 0; row < table->rowCount(); ++row) {
        const QString label = table->item(row, 1)->text();
        QVERIFY2(fm.horizontalAdvance(label) + 6 <= table->columnWidth(1),
                 qPrintable(QStringLiteral("%1: %2 px in a column of %3 px")
                                .arg(label)
                                .arg(fm.horizontalAdvance(label))
                                .arg(table->columnWidth(1))));
    }
    QCOMPARE(table->horizontalScrollBar()->maximum(), 0);
    QCOMPARE(table->verticalScrollBar()->maximum(), 0);
    // The sentence saying what is missing (the ranges, the contact) under the table, not over
    // its last row (seen in German after the table stopped shrinking).
    QLabel *problem = nullptr;
    for (QLabel *l : dialog.findChildren<QLabel *>()) {
        if (l->text().startsWith(QStringLiteral("Fill in")))
            problem = l;
    }
    QVERIFY(problem);
    QCoreApplication::processEvents();
    QVERIFY2(problem->geometry().top() >= table->geometry().bottom(),
             qPrintable(QStringLiteral("the sentence at %1 px, the table down to %2 px")
                            .arg(problem->geometry().top())
                            .arg(table->geometry().bottom())));
}

// The design canvas's outcome block read "Developmental delay at 2 ye…" (walk3): a title too long
// for the 210 px block takes two lines, broken between words; the ports move under it.
void tst_Walk4::canvasOutcomeLabelWhole()
{
    DesignDocument doc;
    const int o = doc.dropVariable(QStringLiteral("dev_delay_2y"), false, BlockKind::Outcome, {});
    const int p = doc.dropVariable(QStringLiteral("sex"), false, BlockKind::Predictor, { 0, 120 });
    DesignScene scene(&doc);
    BlockItem *outcome = scene.blockItem(o);
    const qreal oneLine = outcome->boundingRect().height();
    QCOMPARE(outcome->titleLines(), QStringList { QStringLiteral("dev_delay_2y") });
    const QString longLabel = QStringLiteral("Developmental delay at 2 years (parent report)");
    scene.setVariableLabels({ { QStringLiteral("dev_delay_2y"), longLabel },
                              { QStringLiteral("sex"), QStringLiteral("Sex") } });
    const QFontMetricsF fm(scene.font());
    QVERIFY2(fm.horizontalAdvance(longLabel) > BlockItem::Width - 20,
             "the label fits one line: the test shows nothing");
    const QStringList lines = outcome->titleLines();
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.join(QLatin1Char(' ')), longLabel);
    for (const QString &line : lines)
        QVERIFY2(fm.horizontalAdvance(line) <= BlockItem::Width - 20, qPrintable(line));
    QVERIFY(outcome->boundingRect().height() > oneLine);
    QCOMPARE(scene.blockItem(p)->titleLines(), QStringList { QStringLiteral("Sex") });
    // A label longer than two lines is cut on the second only.
    const QString longer = longLabel + QStringLiteral(", any domain of the ASQ-3 questionnaire");
    scene.setVariableLabels({ { QStringLiteral("dev_delay_2y"), longer } });
    QCOMPARE(outcome->titleLines().size(), 2);
    QVERIFY(longer.startsWith(outcome->titleLines().first()));
    QVERIFY(outcome->titleLines().last().endsWith(QChar(0x2026)));

    // A design from a formula whose labels all take two lines: no block over another.
    analysis::ModelSpec spec;
    spec.outcome.variable = "dev_delay_2y";
    for (const char *v : { "gestational_age_weeks", "apgar_5min", "parental_stress", "sex" }) {
        analysis::Predictor p;
        p.variable = v;
        spec.predictors.push_back(p);
    }
    std::unique_ptr<DesignDocument> formula(DesignDocument::fromSpec(spec));
    DesignScene laidOut(formula.get());
    QMap<QString, QString> labels;
    labels.insert(QStringLiteral("dev_delay_2y"), longLabel);
    labels.insert(QStringLiteral("gestational_age_weeks"),
                  QStringLiteral("Gestational age at birth in completed weeks"));
    labels.insert(QStringLiteral("apgar_5min"), QStringLiteral("Apgar score at 5 minutes of age"));
    labels.insert(QStringLiteral("parental_stress"),
                  QStringLiteral("Parental stress score (0-40), both parents"));
    labels.insert(QStringLiteral("sex"), QStringLiteral("Sex of the child at birth (registered)"));
    laidOut.setVariableLabels(labels);
    QList<BlockItem *> items;
    for (const Block &b : formula->blocks())
        items << laidOut.blockItem(b.id);
    for (int i = 0; i < items.size(); ++i) {
        for (int j = i + 1; j < items.size(); ++j) {
            const QRectF a = items[i]->sceneBoundingRect().adjusted(6, 0, -6, 0);
            const QRectF b = items[j]->sceneBoundingRect().adjusted(6, 0, -6, 0);
            QVERIFY2(!a.intersects(b),
                     qPrintable(items[i]->shownTitle() + QStringLiteral(" over ")
                                + items[j]->shownTitle()));
        }
    }
}

// German results at 1440 px: the coefficient table of dev_delay_2y ~ birth_weight_g + … still
// scrolled sideways (walk3): "95%-KI untere Grenze" over two lines kept its columns wide.
void tst_Walk4::germanCoefficientTableFitsAt1440()
{
    QVERIFY(i18n::useLanguage(QStringLiteral("de")));
    auto english = qScopeGuard([] {
        i18n::useLanguage(QStringLiteral("en"));
        QLocale::setDefault(QLocale::c());
    });
    QCOMPARE(Tr::tr("95% CI lower"), QStringLiteral("95%-KI untere Grenze"));
    protocol::FitReport r = m_fed.report;
    analysis::Predictor *weight = nullptr;
    for (analysis::Predictor &p : r.design.spec.predictors) {
        if (p.variable == "birthweight")
            weight = &p;
    }
    QVERIFY(weight);
    analysis::ResolvedDesign one = r.design;
    one.spec.predictors = { *weight };
    one.spec.interactions.clear();
    const std::string before = one.termNames().at(1);
    weight->transform = analysis::Transform::AsIs;
    one.spec.predictors = { *weight };
    const std::string after = one.termNames().at(1);
    bool replaced = false;
    for (analysis::Coefficient &c : r.glm.coefficients) {
        if (c.term == before) {
            c = coefficient(after, -0.000687, 0.0000586);
            replaced = true;
        }
    }
    QVERIFY(replaced);
    MainWindow window;
    window.resize(1440, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.openWorkspace(m_dir.filePath(QStringLiteral("de.fairstart")),
                                  QStringLiteral("correct horse battery"), true),
             QString());
    workspace::Workspace *ws = window.currentWorkspace();
    auto design = ws->saveDesign(QStringLiteral("delay"), QJsonObject {});
    QVERIFY(design);
    auto run = ws->addRun(design->designId, QJsonObject {}, { QStringLiteral("a") });
    QVERIFY(run);
    QVERIFY(ws->setRunResult(run.value(), protocol::toJson(r)).ok());
    QCOMPARE(window.openRunResults(run.value()), QString());
    ResultsView *results = window.resultsView();
    QTRY_VERIFY(results->isVisible());
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
    QStringList headers;
    for (int c = 0; c < table->model()->columnCount(); ++c)
        headers << table->model()->headerData(c, Qt::Horizontal).toString();
    QVERIFY2(headers.contains(QStringLiteral("95%-KI\nuntere\nGrenze")),
             qPrintable(headers.join(QStringLiteral(" | "))));
    int width = 0;
    QStringList widths;
    for (int c = 0; c < table->model()->columnCount(); ++c) {
        width += table->columnWidth(c);
        widths << QString::number(table->columnWidth(c));
    }
    QVERIFY2(table->horizontalScrollBar()->maximum() == 0,
             qPrintable(QStringLiteral("columns %1 px (%2) in a table %3 px wide")
                            .arg(width)
                            .arg(widths.join(QLatin1Char(' ')))
                            .arg(table->viewport()->width())));
    auto *document = results->findChild<QScrollArea *>();
    QVERIFY(document);
    QVERIFY2(document->horizontalScrollBar()->maximum() == 0,
             qPrintable(QStringLiteral("the results document scrolls %1 px sideways in %2 px")
                            .arg(document->horizontalScrollBar()->maximum())
                            .arg(document->width())));
    window.closeWorkspace();
}

// Analyses ▸ "Table 1: Cohort by Site…" with three sites opened a pooled table (a masked study
// has no column per site; walk3). The menu says what the table will be: by site with two sites,
// pooled from the third on, before it is chosen.
void tst_Walk4::table1MenuSaysPooledWithThreeSites()
{
    testsupport::NodeCluster cluster;
    if (!cluster.available())
        QFAIL("fairstart-node is not built (FAIRSTART_BIN_DIR/node/fairstart-node)");
    QVERIFY2(cluster.start(3, 200, QStringLiteral("research")), qPrintable(cluster.error));
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.openWorkspace(m_dir.filePath(QStringLiteral("sites.fairstart")),
                                  QStringLiteral("correct horse battery"), true),
             QString());
    const QList<client::Site> sites = cluster.sites();
    QCOMPARE(sites.size(), 3);
    QCOMPARE(window.addSite(sites.at(0)), QString());
    QCOMPARE(window.addSite(sites.at(1)), QString());
    QVERIFY(QTest::qWaitFor([&] { return window.sitesModel()->catalogues().size() == 2; }, 120000));
    QAction *table1
        = testsupport::menuAction(window, QStringLiteral("Analyses"), QStringLiteral("Table 1"));
    QVERIFY(table1);
    QCOMPARE(table1->text(), QStringLiteral("&Table 1: Cohort by Site…"));
    QCOMPARE(table1->text(), table1ActionText(2));
    QCOMPARE(window.addSite(sites.at(2)), QString());
    QVERIFY(QTest::qWaitFor([&] { return window.sitesModel()->catalogues().size() == 3; }, 120000));
    QTRY_COMPARE(table1->text(), QStringLiteral("&Table 1: Cohort Pooled over Sites…"));
    QVERIFY2(!table1->statusTip().contains(QStringLiteral("at every site")),
             qPrintable(table1->statusTip()));
    QVERIFY2(table1->statusTip().contains(QStringLiteral("masked")),
             qPrintable(table1->statusTip()));
    // The table it opens says the same (tst_walk3::maskedTable1NotTitledBySite).
    QVERIFY(
        !table1Title(QStringLiteral("Research (research)"), 3).contains(QStringLiteral("by site")));
    window.closeWorkspace();
}

QTEST_MAIN(tst_Walk4)
#include "tst_walk4.moc"

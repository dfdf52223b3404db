// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 17, the items that needed a protocol change: factor levels in the order the node's import
// schema declares, with their labels (catalogue, results, Table 1, the reviewer's calculator);
// whole-number variables without decimals; and the notes of a run (a site's error, a per-site
// performance or fit note, a subgroup row's reason) worded from the node's rule code in the
// reader's language. Each test failed on the code before.
#include "fairstart/client/refusals.h"
#include "fairstart/translations/language.h"
#include "fairstart/ui/analyses/table1.h"
#include "fairstart/ui/catalogue/cataloguemodel.h"
#include "fairstart/ui/publishdialog.h"
#include "fairstart/ui/results/resultsview.h"
#include "fairstart/ui/results/rulenotes.h"
#include "fairstart/ui/results/sitemodels.h"
#include "fairstart/ui/results/termlabels.h"
#include "fairstart/ui/reviewer/publishedmodel.h"
#include "fairstart/ui/reviewer/reviewerwindow.h"

#include "simulatedreport.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QJsonObject>
#include <QLabel>
#include <QtTest>

using namespace fairstart;
using namespace fairstart::ui;
using namespace fairstart::testing;

namespace {

protocol::CatalogueLevel level(const QString &name, const QString &label = {})
{
    return protocol::CatalogueLevel { name, qint64(100), label };
}

// A site's catalogue of one dataset. `declared`: a node of issue 17 (the schema's order and
// labels, whole numbers said); otherwise an older node (levels by name, nothing said).
SiteCatalogue siteCatalogue(const QString &site, bool declared)
{
    protocol::CatalogueVariable education;
    education.name = QStringLiteral("maternal_education");
    education.type = protocol::VariableType::Categorical;
    education.label = QStringLiteral("Mother's education");
    if (declared) {
        education.levels = { level(QStringLiteral("low"), QStringLiteral("Low (primary)")),
                             level(QStringLiteral("middle"), QStringLiteral("Middle")),
                             level(QStringLiteral("high"), QStringLiteral("High")) };
        education.levelsInDeclaredOrder = true;
    } else {
        education.levels = { level(QStringLiteral("high")), level(QStringLiteral("low")),
                             level(QStringLiteral("middle")), level(QStringLiteral("unknown")) };
    }
    protocol::CatalogueVariable apgar;
    apgar.name = QStringLiteral("apgar_5min");
    apgar.label = QStringLiteral("Apgar score at 5 minutes");
    apgar.wholeNumbers = declared;
    SiteCatalogue c;
    c.site = site;
    protocol::CatalogueDataset d;
    d.name = QStringLiteral("cohort");
    d.variables = { education, apgar };
    c.catalogue.datasets = { d };
    return c;
}

QString levelsCell(const CatalogueModel &model, const QString &variable)
{
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r, CatalogueModel::NameColumn).data().toString() == variable)
            return model.index(r, CatalogueModel::LevelsColumn).data().toString();
    }
    return {};
}

// The simulated federation's catalogue as a node of issue 17 describes it: sex with the schema's
// order (male before female) and labels, birth weight in whole grams.
QList<SiteCatalogue> simulatedCatalogue()
{
    protocol::CatalogueVariable sex;
    sex.name = QStringLiteral("sex");
    sex.type = protocol::VariableType::Categorical;
    sex.label = QStringLiteral("Sex of the child");
    sex.levels = { level(QStringLiteral("male"), QStringLiteral("Boy")),
                   level(QStringLiteral("female"), QStringLiteral("Girl")) };
    sex.levelsInDeclaredOrder = true;
    protocol::CatalogueVariable weight;
    weight.name = QStringLiteral("birthweight");
    weight.label = QStringLiteral("Birth weight (g)");
    weight.wholeNumbers = true;
    SiteCatalogue c;
    c.site = QStringLiteral("ggd-utrecht");
    protocol::CatalogueDataset d;
    d.name = QStringLiteral("cohort");
    d.variables = { sex, weight };
    c.catalogue.datasets = { d };
    return { c };
}

} // namespace

class tst_LevelsAndNotes : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void catalogueInDeclaredOrderWithLabels();
    void catalogueOfOlderNodesAlphabetical();
    void wholeNumbersOnlyWhenEverySiteSaysSo();
    void resultsNameLevelsByTheirLabels();
    void resultsSummaryNamesTheOutcomeByItsLabel();
    void table1LevelsInDeclaredOrderWithLabels();
    void calculatorListsLabelsInDeclaredOrder();
    void runNotesInTheUsersLanguage();
    void runNotesOfOlderRunsAsStored();

private:
    SimulatedFederation m_fed;
};

void tst_LevelsAndNotes::initTestCase()
{
    m_fed = simulateFederation(400);
}

void tst_LevelsAndNotes::cleanup()
{
    i18n::useLanguage(QStringLiteral("en"), QLocale(QLocale::English, QLocale::UnitedKingdom));
    QLocale::setDefault(QLocale::c());
}

// The catalogue listed "high, low, middle" (sorted raw codes): the schema's order and labels,
// a level only an older site has after them; the design still resolves the names sorted.
void tst_LevelsAndNotes::catalogueInDeclaredOrderWithLabels()
{
    CatalogueModel model;
    QAbstractItemModelTester tester(&model);
    model.setSites({ siteCatalogue(QStringLiteral("new"), true),
                     siteCatalogue(QStringLiteral("old"), false) });
    QCOMPARE(levelsCell(model, QStringLiteral("maternal_education")),
             QStringLiteral("Low (primary), Middle, High, unknown"));
    const CatalogueEntry *e = model.entry(QStringLiteral("maternal_education"));
    QVERIFY(e);
    QCOMPARE(e->levels,
             QStringList({ QStringLiteral("high"), QStringLiteral("low"), QStringLiteral("middle"),
                           QStringLiteral("unknown") }));
    QCOMPARE(e->levelText(QStringLiteral("low")), QStringLiteral("Low (primary)"));
    QCOMPARE(e->levelText(QStringLiteral("unknown")), QStringLiteral("unknown"));
    // The old site listed first: the new site's order still leads.
    model.setSites({ siteCatalogue(QStringLiteral("old"), false),
                     siteCatalogue(QStringLiteral("new"), true) });
    QCOMPARE(levelsCell(model, QStringLiteral("maternal_education")),
             QStringLiteral("Low (primary), Middle, High, unknown"));
    // Searching finds a level by its label.
    bool found = false;
    for (int r = 0; r < model.rowCount(); ++r)
        found = found
            || model.index(r, 0)
                   .data(CatalogueModel::SearchTextRole)
                   .toString()
                   .contains(QStringLiteral("primary"));
    QVERIFY(found);
}

void tst_LevelsAndNotes::catalogueOfOlderNodesAlphabetical()
{
    CatalogueModel model;
    model.setSites({ siteCatalogue(QStringLiteral("old"), false) });
    QCOMPARE(levelsCell(model, QStringLiteral("maternal_education")),
             QStringLiteral("high, low, middle, unknown"));
}

// apgar_5min showed "8.00": whole numbers when every site that has the variable says so; an
// older node says nothing, and then decimals stay.
void tst_LevelsAndNotes::wholeNumbersOnlyWhenEverySiteSaysSo()
{
    CatalogueModel model;
    model.setSites({ siteCatalogue(QStringLiteral("new"), true) });
    QVERIFY(model.entry(QStringLiteral("apgar_5min"))->variable.wholeNumbers);
    model.setSites({ siteCatalogue(QStringLiteral("new"), true),
                     siteCatalogue(QStringLiteral("old"), false) });
    QVERIFY(!model.entry(QStringLiteral("apgar_5min"))->variable.wholeNumbers);
}

// The coefficient table's reference row read "sex: female (reference)" and the level "sex: male".
void tst_LevelsAndNotes::resultsNameLevelsByTheirLabels()
{
    CatalogueModel model;
    model.setSites(simulatedCatalogue());
    const QMap<QString, QString> labels = catalogueLabels(model.entries());
    QStringList rows;
    for (const TermRow &t : termRows(m_fed.report, labels))
        rows << t.label;
    QVERIFY2(rows.contains(QStringLiteral("Sex of the child: Girl (reference)")),
             qPrintable(rows.join(QLatin1Char('|'))));
    QVERIFY2(rows.contains(QStringLiteral("Sex of the child: Boy")),
             qPrintable(rows.join(QLatin1Char('|'))));
    // Without labels (older nodes), the level's name as before.
    QStringList plain;
    for (const TermRow &t : termRows(m_fed.report, {}))
        plain << t.label;
    QVERIFY2(plain.contains(QStringLiteral("sex: female (reference)")),
             qPrintable(plain.join(QLatin1Char('|'))));
}

// The results' summary line named the outcome by its design name ("Logistic regression of
// dev_delay_2y") while the coefficients below it used the catalogue's labels.
void tst_LevelsAndNotes::resultsSummaryNamesTheOutcomeByItsLabel()
{
    const QString outcome = QString::fromStdString(m_fed.report.design.spec.outcome.variable);
    ResultsView view;
    view.setVariableLabels({ { outcome, QStringLiteral("Delay at two years") } });
    view.setReport(m_fed.report);
    QString summary;
    for (QLabel *label : view.findChildren<QLabel *>()) {
        if (label->accessibleName() == QStringLiteral("Summary of the run"))
            summary = label->text();
    }
    QVERIFY2(summary.contains(QStringLiteral("<b>Delay at two years</b>")), qPrintable(summary));
}

// Table 1 listed the levels as the sites' descriptives did, by name, with raw codes.
void tst_LevelsAndNotes::table1LevelsInDeclaredOrderWithLabels()
{
    QList<Table1Site> sites;
    sites.append({ QStringLiteral("ggd-utrecht"),
                   simulatedDescriptives(m_fed.tables[0], QStringLiteral("cohort")), 10 });
    const QMap<QString, protocol::VariableType> types { { QStringLiteral("sex"),
                                                          protocol::VariableType::Categorical } };
    const QMap<QString, QStringList> order {
        { QStringLiteral("sex"), { QStringLiteral("male"), QStringLiteral("female") } }
    };
    const QMap<QString, QMap<QString, QString>> levelLabels {
        { QStringLiteral("sex"),
          { { QStringLiteral("male"), QStringLiteral("Boy") },
            { QStringLiteral("female"), QStringLiteral("Girl") } } }
    };
    Table1Model model;
    model.setData(sites, types, {}, nullptr, {}, order, levelLabels);
    int boy = -1, girl = -1;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QString text = model.index(r, 0).data().toString().trimmed();
        boy = text == QLatin1String("Boy") ? r : boy;
        girl = text == QLatin1String("Girl") ? r : girl;
        QVERIFY2(text != QLatin1String("male") && text != QLatin1String("female"),
                 qPrintable(text));
    }
    QVERIFY(boy > 0);
    QCOMPARE(girl, boy + 1);
}

// The calculator's combo box listed "female, male" (raw codes) and the birth weight field
// "3300,00".
void tst_LevelsAndNotes::calculatorListsLabelsInDeclaredOrder()
{
    CatalogueModel catalogue;
    catalogue.setSites(simulatedCatalogue());
    QMap<QString, protocol::CatalogueVariable> variables;
    for (const CatalogueEntry &e : catalogue.entries())
        variables.insert(e.variable.name, e.variable);
    const ModelDescription proposal
        = proposeDescription(m_fed.report, catalogueLabels(catalogue.entries()), variables);
    const InputHint sex = proposal.inputs.value(QStringLiteral("sex"));
    QCOMPARE(sex.levelOrder, QStringList({ QStringLiteral("male"), QStringLiteral("female") }));
    QCOMPARE(sex.levelLabels.value(QStringLiteral("female")), QStringLiteral("Girl"));
    QCOMPARE(proposal.inputs.value(QStringLiteral("birthweight")).decimals, std::optional<int>(0));

    // What the dialog publishes keeps the order and labels (it dropped the whole hint's levels
    // and yes/no before), and the published model keeps them.
    PublishDialog dialog(proposal, m_fed.report);
    ModelDescription published = dialog.description();
    QCOMPARE(published.inputs.value(QStringLiteral("sex")).levelOrder, sex.levelOrder);
    QCOMPARE(published.inputs.value(QStringLiteral("sex")).levelLabels, sex.levelLabels);
    published.title = QStringLiteral("Risk of delay");
    QString error;
    const auto document = publishedModelFromJson(toJson({ published, m_fed.report }), &error);
    QVERIFY2(document, qPrintable(error));
    QCOMPARE(document->description.inputs.value(QStringLiteral("sex")).levelLabels,
             sex.levelLabels);

    ReviewerWindow window(*document);
    auto *combo = window.findChild<QComboBox *>(QStringLiteral("input:sex"));
    QVERIFY(combo);
    QCOMPARE(combo->count(), 2);
    QCOMPARE(combo->itemText(0), QStringLiteral("Boy"));
    QCOMPARE(combo->itemText(1), QStringLiteral("Girl"));
    QCOMPARE(combo->currentText(), QStringLiteral("Girl")); // the reference level
    auto *weight = window.findChild<QDoubleSpinBox *>(QStringLiteral("input:birthweight"));
    QVERIFY(weight);
    QCOMPARE(weight->decimals(), 0);
    // The field chooses the level by its name: the label is what is shown.
    combo->setCurrentIndex(0);
    QCOMPARE(combo->currentData().toString(), QStringLiteral("male"));
}

// A Dutch session showed the English sentences the node's refusals were stored with.
void tst_LevelsAndNotes::runNotesInTheUsersLanguage()
{
    QVERIFY(i18n::useLanguage(QStringLiteral("nl"), QLocale(QLocale::Dutch, QLocale::Netherlands)));
    const QJsonObject params { { QStringLiteral("threshold"), 10 } };
    const QString dutch = client::ruleExplanation(QStringLiteral("min-cell"), params);
    QVERIFY2(dutch.contains(QStringLiteral("minder dan 10")), qPrintable(dutch));

    protocol::FitReport report = m_fed.report;
    QVERIFY(!report.sites.isEmpty());
    protocol::SiteRecord &site = report.sites.first();
    site.state = QStringLiteral("failed");
    site.error = QStringLiteral("Site %1 refused the request (rule min-cell): a cell has fewer "
                                "than 10 records.")
                     .arg(site.name);
    site.rule = QStringLiteral("min-cell");
    site.ruleParams = params;
    site.ruleWhere = QStringLiteral("sex=male");
    // Through the codec, as the workspace keeps the run.
    const auto decoded = protocol::fromJson<protocol::FitReport>(protocol::toJson(report));
    QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().text()));
    report = decoded.value();
    SiteModel model;
    model.setReport(report);
    const QString note = model.index(0, SiteModel::NoteColumn).data(Qt::DisplayRole).toString();
    QVERIFY2(note.contains(dutch), qPrintable(note));
    QVERIFY2(note.contains(QStringLiteral("sex=male")), qPrintable(note));
    QVERIFY2(!note.contains(QStringLiteral("fewer than")), qPrintable(note));

    protocol::SitePerformance masked;
    masked.site = QStringLiteral("ggd-utrecht");
    masked.note = QStringLiteral("not available in masked mode: the sites released only the "
                                 "pooled evaluation");
    masked.rule = QString::fromLatin1(client::kMaskedPerSite);
    QCOMPARE(sitePerformanceNoteText(masked), client::maskedPerSiteText());
    QVERIFY2(sitePerformanceNoteText(masked) != masked.note,
             qPrintable(sitePerformanceNoteText(masked)));

    protocol::SiteFit fit;
    fit.site = QStringLiteral("ggd-utrecht");
    fit.note = QStringLiteral("The fit at this site alone stopped: Site ggd-utrecht refused the "
                              "request (rule min-cell): fewer than 10 records.");
    fit.rule = QStringLiteral("min-cell");
    fit.ruleParams = params;
    QVERIFY2(siteFitNoteText(fit).contains(dutch), qPrintable(siteFitNoteText(fit)));

    protocol::SubgroupRow row;
    row.level = QStringLiteral("male");
    row.site = QStringLiteral("ggd-utrecht");
    row.withheld = true;
    row.reason = QStringLiteral("too few records of an outcome or a design cell (min-cell)");
    row.rule = QStringLiteral("min-cell");
    QCOMPARE(subgroupReasonText(row), client::withheldCellText(QStringLiteral("min-cell")));
    QVERIFY2(subgroupReasonText(row) != row.reason, qPrintable(subgroupReasonText(row)));
    protocol::SubgroupRow pooled;
    pooled.level = QStringLiteral("male");
    pooled.withheld = true;
    pooled.reason = QStringLiteral("withheld at ggd-utrecht: too few records of an outcome or a "
                                   "design cell (min-cell)");
    pooled.rule = QString::fromLatin1(client::kWithheldAtSites);
    pooled.ruleParams = client::withheldAtSitesParams(
        { { QStringLiteral("ggd-utrecht"), QStringLiteral("min-cell") } });
    const QString pooledText = subgroupReasonText(pooled);
    QVERIFY2(pooledText.contains(client::withheldCellText(QStringLiteral("min-cell"))),
             qPrintable(pooledText));
    QVERIFY2(pooledText.contains(QStringLiteral("ggd-utrecht")), qPrintable(pooledText));
    QVERIFY2(!pooledText.contains(QStringLiteral("too few records")), qPrintable(pooledText));
}

// Runs stored before the codes were kept, and codes this client does not know: the sentence.
void tst_LevelsAndNotes::runNotesOfOlderRunsAsStored()
{
    protocol::SiteRecord site;
    site.name = QStringLiteral("a");
    site.error = QStringLiteral("Site a refused the request (rule min-cell): fewer than 10.");
    QCOMPARE(siteErrorText(site), site.error);
    site.rule = QStringLiteral("a-rule-of-the-future");
    QCOMPARE(siteErrorText(site), site.error);
    protocol::SubgroupRow row;
    row.withheld = true;
    row.reason = QStringLiteral("the node's own words");
    row.rule = QStringLiteral("a-rule-of-the-future");
    QCOMPARE(subgroupReasonText(row), row.reason);
}

QTEST_MAIN(tst_LevelsAndNotes)
#include "tst_levelsandnotes.moc"

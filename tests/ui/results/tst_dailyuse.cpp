// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 17, the workbench as a daily tool: what the third walk saw in the report, the results
// document, the publish dialog, the reviewer's calculator and the parent sheet
// (docs/walkthrough.md, "Third walk", "Seen and left"), one test per thing seen, each failing
// before its fix.
#include "fairstart/client/refusals.h"
#include "fairstart/client/validationrun.h"
#include "fairstart/translations/language.h"
#include "fairstart/ui/mainwindow.h"
#include "fairstart/ui/publishdialog.h"
#include "fairstart/ui/report/parentsheet.h"
#include "fairstart/ui/report/tripodreport.h"
#include "fairstart/ui/results/coefficientmodel.h"
#include "fairstart/ui/results/fairness.h"
#include "fairstart/ui/results/format.h"
#include "fairstart/ui/results/resultsview.h"
#include "fairstart/ui/results/termlabels.h"
#include "fairstart/ui/results/validation.h"
#include "fairstart/ui/reviewer/publishedmodel.h"
#include "fairstart/ui/reviewer/reviewerwindow.h"
#include "fairstart/ui/sites/sitesmodel.h"
#include "fairstart/ui/tr.h"
#include "fairstart/ui/validationdialog.h"

#include "simulatedreport.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QComboBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QFont>
#include <QHeaderView>
#include <QJsonObject>
#include <QPdfWriter>
#include <QProcess>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextList>
#include <QTextTable>
#include <QtTest>

#include <cmath>
#include <memory>

using namespace fairstart;
using namespace fairstart::ui;
using namespace fairstart::testing;

namespace {

// Leave one site out on the simulated sites in one process (what client::ValidationRun computes
// federated), and a fairness table by sex from the same held-out fits.
ValidationSummary simulatedValidation(const SimulatedFederation &fed)
{
    ValidationSummary v;
    v.designHash = fed.report.designHash;
    analysis::GlmOptions noNull;
    noNull.fitNullModel = false;
    QList<QPair<QString, protocol::SubgroupReport>> subgroups;
    for (std::size_t h = 0; h < fed.designs.size(); ++h) {
        std::vector<const analysis::DesignMatrix *> train;
        for (std::size_t s = 0; s < fed.designs.size(); ++s) {
            if (s != h)
                train.push_back(&fed.designs[s]);
        }
        const analysis::DesignMatrix &held = fed.designs[h];
        const auto fit = check(analysis::fitFederated(train, analysis::Family::Binomial), "fit");
        const auto bins = check(
            analysis::computePerformance(held, analysis::Family::Binomial, fit.beta), "bins");
        const auto m = check(analysis::summarise({ bins }), "summary");
        const auto slopeDesign = check(analysis::calibrationSlopeDesign(held, fit.beta), "slope");
        const auto slope = check(
            analysis::fitFederated({ &slopeDesign }, analysis::Family::Binomial, 0.0, noNull),
            "slope fit");
        const auto citlDesign
            = check(analysis::calibrationInterceptDesign(held, fit.beta), "intercept");
        const auto citl = check(
            analysis::fitFederated({ &citlDesign }, analysis::Family::Binomial, 0.0, noNull),
            "intercept fit");
        analysis::HeldOutSite site;
        site.heldOut = fed.report.sites[int(h)].name.toStdString();
        site.n = m.n;
        site.events = m.events;
        site.auc = m.auc;
        site.aucSe = m.aucSe;
        site.calibrationSlope = slope.coefficients[1].estimate;
        site.calibrationSlopeSe = slope.coefficients[1].stdError;
        site.calibrationInTheLarge = citl.coefficients[0].estimate;
        site.calibrationInTheLargeSe = citl.coefficients[0].stdError;
        site.observedExpected = m.observedExpectedRatio;
        site.brier = m.brier;
        HeldOutResult r;
        r.site = fed.report.sites[int(h)].name;
        r.measures = site;
        v.sites << r;
        protocol::SubgroupReport report;
        report.variable = QStringLiteral("sex");
        for (const QString &level : { QStringLiteral("female"), QStringLiteral("male") }) {
            protocol::SubgroupRow row;
            row.level = level;
            row.n = site.n / 2;
            row.events = site.events / 2;
            row.auc = site.auc;
            row.aucSe = site.aucSe * std::sqrt(2.0);
            row.observedExpected = site.observedExpected;
            row.calibrationSlope = site.calibrationSlope;
            row.calibrationSlopeSe = site.calibrationSlopeSe * std::sqrt(2.0);
            row.calibrationInTheLarge = site.calibrationInTheLarge;
            row.calibrationInTheLargeSe = site.calibrationInTheLargeSe * std::sqrt(2.0);
            report.rows << row;
        }
        subgroups.append({ r.site, report });
    }
    HeldOutResult withheld;
    withheld.site = QStringLiteral("ggd-oudewater");
    withheld.state = HeldOutResult::State::Withheld;
    withheld.note = QStringLiteral("fewer than 10 events (rule min-cell)");
    v.sites << withheld;
    poolValidation(v);
    v.fairness
        = fairnessSummary(QStringLiteral("sex"), QStringLiteral("Sex of the child"), subgroups);
    return v;
}

// The text of a line of `block` starts inside a word: not after a space, a hyphen, a slash, an
// underscore or the zero-width space the report puts after them.
QString brokenWord(const QTextBlock &block)
{
    QTextLayout *lines = block.layout();
    const QString text = block.text();
    for (int i = 1; i < lines->lineCount(); ++i) {
        const int start = lines->lineAt(i).textStart();
        const QChar before = text.at(start - 1);
        if (!before.isSpace() && !QStringLiteral("-_/–,;\u200B").contains(before))
            return text.left(start) + QLatin1Char('|') + text.mid(start);
    }
    return {};
}

QString pdfText(const QString &path)
{
    QProcess text;
    text.start(QStringLiteral("pdftotext"),
               { QStringLiteral("-layout"), path, QStringLiteral("-") });
    if (!text.waitForFinished(60000) || text.exitCode() != 0)
        return {};
    return QString::fromUtf8(text.readAllStandardOutput());
}

PublishedModelDocument publishedModel(const protocol::FitReport &report)
{
    PublishedModelDocument model;
    model.report = report;
    model.description = proposeDescription(report, {});
    model.description.title = QStringLiteral("Risk of developmental delay at age 2");
    model.description.population = QStringLiteral("Children born 2015–2020 whose parents "
                                                  "consented to research use.");
    model.description.contact = QStringLiteral("Your youth health nurse (JGZ) or the research "
                                               "team: fairstart@example.org.");
    return model;
}

// The results document's width in pooledMeasuresFitTheResultsDocument: a 1600 px window less
// the docks beside the document.
constexpr int kPooledWindowWidth = 1000;

} // namespace

class tst_DailyUse : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void interceptIsBaselineOddsNotAnOddsRatio();
    void siteEstimatesFitAWindowOf1200();
    void sitesDockFitsAWindowOf1200();
    void publishRangesFormatted();
    void contactHintIsANounPhrase();
    void wholeNumberFieldsWithoutDecimals();
    void parentSheetOnOnePage_data();
    void parentSheetOnOnePage();
    void parentSheetInTheParentsLanguage();
    void calculatorNumbersAsTheFieldShowsThem_data();
    void calculatorNumbersAsTheFieldShowsThem();
    void withheldSiteInTheUsersLanguage();
    void subgroupListByLabel();
    void reportTablesReadable_data();
    void reportTablesReadable();
    void pooledMeasuresFitTheResultsDocument();

private:
    SimulatedFederation m_fed;
    ValidationSummary m_validation;
};

void tst_DailyUse::initTestCase()
{
    m_fed = simulateFederation(500);
    m_validation = simulatedValidation(m_fed);
    QVERIFY(m_validation.fairness.has_value());
}

void tst_DailyUse::cleanup()
{
    i18n::useLanguage(QStringLiteral("en"), QLocale(QLocale::English, QLocale::UnitedKingdom));
    QLocale::setDefault(QLocale::c());
}

// Third walk: section 8's intercept row showed the log-odds interval ("3.754 to 5.677") in the
// "OR [95% CI]" column, where it reads as an odds ratio. The cell holds the baseline odds,
// exp(intercept) with its interval, and says so, as the results document does.
void tst_DailyUse::interceptIsBaselineOddsNotAnOddsRatio()
{
    const protocol::FitReport &r = m_fed.report;
    const analysis::Coefficient &c = r.glm.coefficients.front();
    QCOMPARE(QString::fromStdString(c.term), QStringLiteral("(Intercept)"));
    const QString html = tripodReportHtml(r, reportOptionsFor(r));
    const QString logOdds = Tr::tr("%1 to %2").arg(number(c.ciLower, 3), number(c.ciUpper, 3));
    QVERIFY2(!html.contains(logOdds.toHtmlEscaped()), qPrintable(logOdds));
    QVERIFY(html.contains(ratioIntervalText(c).toHtmlEscaped()
                          + QStringLiteral("<br><i>baseline odds</i>")));
    QVERIFY(html.contains(QStringLiteral("It is not an odds ratio.")));

    CoefficientModel model;
    model.setReport(r);
    int row = 0;
    while (row < model.rowCount()
           && model.index(row, CoefficientModel::TermColumn).data(ExportRole).toString()
               != QStringLiteral("Intercept"))
        ++row;
    QVERIFY(row < model.rowCount());
    // The term says what the ratio column holds in this row; the cell holds the number alone, in
    // italics (the words there widened the column past a window of 1250 px: a scroll bar hid
    // the ratios' intervals on the demo federation).
    // On screen in two lines (the walk of 2026-12-07: a long term widened the table past the
    // window).
    QCOMPARE(model.index(row, CoefficientModel::TermColumn).data().toString(),
             QStringLiteral("Intercept\n(OR: baseline odds)"));
    const QModelIndex ratio = model.index(row, CoefficientModel::RatioColumn);
    QCOMPARE(ratio.data().toString(), number(std::exp(c.estimate), 3));
    QVERIFY(ratio.data(Qt::FontRole).value<QFont>().italic());
    QVERIFY(!model.index(row + 1, CoefficientModel::RatioColumn)
                 .data(Qt::FontRole)
                 .value<QFont>()
                 .italic());
    QVERIFY(ratio.data(Qt::ToolTipRole).toString().contains(QStringLiteral("not an odds ratio")));
    // The export keeps the number alone.
    QCOMPARE(ratio.data(ExportRole).toString(), exactNumber(std::exp(c.estimate)));
    // Other rows are ratios, without the note.
    QVERIFY(!model.index(row + 1, CoefficientModel::RatioColumn)
                 .data()
                 .toString()
                 .contains(QStringLiteral("baseline")));
}

// Third walk: Results ▸ Sites, the per-site estimates table needed a horizontal scroll bar at a
// window of 1200 px ("Cochran's Q" cut): three sites of the demo's names fit.
void tst_DailyUse::siteEstimatesFitAWindowOf1200()
{
    protocol::FitReport r = m_fed.report;
    const QStringList names { QStringLiteral("gemeente-zeist"), QStringLiteral("jgz-utrecht"),
                              QStringLiteral("umc-hospital") };
    for (int i = 0; i < r.sites.size(); ++i) {
        r.sites[i].name = names[i];
        r.perSite[i].site = names[i];
        r.perSiteFits[i].site = names[i];
    }
    ResultsView view;
    view.resize(1200, 820);
    view.setReport(r);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTableView *estimates = nullptr;
    for (QTableView *t : view.findChildren<QTableView *>()) {
        if (t->accessibleName() == QStringLiteral("Estimates per site"))
            estimates = t;
    }
    QVERIFY(estimates);
    QTRY_VERIFY(estimates->isVisible());
    QCOMPARE(estimates->model()->columnCount(), 1 + 3 + 4);
    QTest::qWait(50);
    int width = 0;
    for (int c = 0; c < estimates->model()->columnCount(); ++c)
        width += estimates->columnWidth(c);
    QVERIFY2(width <= estimates->viewport()->width(),
             qPrintable(QStringLiteral("%1 > %2").arg(width).arg(estimates->viewport()->width())));
    QCOMPARE(estimates->horizontalScrollBar()->maximum(), 0);
    // The site's name stays whole on the header's first line; an export keeps it alone.
    QCOMPARE(estimates->model()->headerData(1, Qt::Horizontal).toString().section(u'\n', 0, 0),
             names[0]);
    QCOMPARE(estimates->model()->headerData(1, Qt::Horizontal, ExportRole).toString(), names[0]);
}

// The Sites dock at a window of 1200 px needed a horizontal scroll bar (status, name, pin, keys,
// version and policy side by side). Status, name and the address fit, the address elided with
// the whole of it in the tooltip; the rest of the row is in the tooltip too.
void tst_DailyUse::sitesDockFitsAWindowOf1200()
{
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.openWorkspace(dir.filePath(QStringLiteral("sites.fairstart")),
                                  QStringLiteral("correct horse battery"), true),
             QString());
    const QString pin = QStringLiteral("sha256//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=");
    const QStringList names { QStringLiteral("jgz-utrecht"), QStringLiteral("umc-hospital"),
                              QStringLiteral("gemeente-zeist") };
    for (int i = 0; i < names.size(); ++i) {
        const client::Site site {
            names[i],
            QStringLiteral("https://fairstart-node-%1.jeugdgezondheidszorg-regio-midden.example.nl:"
                           "8443")
                .arg(i),
            pin.left(pin.size() - 2) + QString::number(i) + QStringLiteral("="),
            QStringLiteral("token-%1").arg(i)
        };
        QCOMPARE(window.addSite(site), QString());
    }
    QTableView *view = nullptr;
    for (QTableView *t : window.findChildren<QTableView *>()) {
        if (t->model() == window.sitesModel())
            view = t;
    }
    QVERIFY(view);
    QTRY_VERIFY(view->isVisible());
    QVERIFY(view->width() < 420);
    QTest::qWait(50);
    QCOMPARE(view->horizontalScrollBar()->maximum(), 0);
    QVERIFY(!view->isColumnHidden(SitesModel::UrlColumn));
    QVERIFY(!view->isColumnHidden(SitesModel::NameColumn));
    QVERIFY(view->columnWidth(SitesModel::UrlColumn) > 40);
    const QModelIndex url = window.sitesModel()->index(0, SitesModel::UrlColumn);
    QVERIFY(url.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("https://")));
    QCOMPARE(url.data(Qt::ToolTipRole).toString(), url.data().toString());
    // The site's name: its whole row in the tooltip (unless a problem says what is wrong).
    SitesModel unchecked;
    unchecked.setSites({ window.sitesModel()->sites().first() });
    const QString tip = unchecked.index(0, SitesModel::NameColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("Address: https://fairstart-node-0.")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Certificate pin: sha256//")), qPrintable(tip));
    // The hidden columns come back from the header's menu.
    QAction *showPin = nullptr;
    for (QAction *a : view->horizontalHeader()->actions()) {
        if (a->text().contains(QStringLiteral("Certificate pin")))
            showPin = a;
    }
    QVERIFY(showPin);
    showPin->trigger();
    QVERIFY(!view->isColumnHidden(SitesModel::PinColumn));
}

// Third walk: the publish dialog's From / Typical / To columns were about 30 px wide and showed
// every digit ("1,123.0741065835596"). The design's numbers at the field's precision, in the
// user's locale, in columns wide enough for them.
void tst_DailyUse::publishRangesFormatted()
{
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    PublishDialog dialog(proposeDescription(m_fed.report, {}), m_fed.report);
    auto *table = dialog.findChild<QTableWidget *>();
    QVERIFY(table);
    const QFontMetrics fm(table->font());
    int numbers = 0;
    for (int row = 0; row < table->rowCount(); ++row) {
        for (int c = 2; c < 5; ++c) {
            const QString text = table->item(row, c)->text();
            QVERIFY2(table->columnWidth(c) >= fm.horizontalAdvance(text) + 6, qPrintable(text));
            QVERIFY(table->columnWidth(c) >= fm.horizontalAdvance(QStringLiteral("−00000.0")));
            if (text.isEmpty() || text == QStringLiteral("—"))
                continue;
            ++numbers;
            QVERIFY2(!text.contains(QLatin1Char('.')), qPrintable(text)); // Dutch: comma, no group
            const qsizetype comma = text.indexOf(QLatin1Char(','));
            QVERIFY2(comma < 0 || text.size() - comma - 1 <= 2, qPrintable(text));
        }
    }
    QVERIFY(numbers >= 6); // birth weight (standardised) and mother's age (spline)
    // The birth weight's range spans thousands of grams: whole grams.
    int row = 0;
    while (table->item(row, 0)->text() != QStringLiteral("birthweight"))
        ++row;
    QVERIFY(!table->item(row, 3)->text().contains(QLatin1Char(',')));
    // What the dialog shows is what it publishes.
    const ModelDescription d = dialog.description();
    const InputHint bw = d.inputs.value(QStringLiteral("birthweight"));
    QVERIFY(bw.typical && *bw.typical == std::round(*bw.typical));
    QCOMPARE(bw.decimals, std::optional<int>(0));
}

// Third walk: the Dutch hint said "Vul bij wie ouders en professionals terechtkunnen, …in": the
// English "whom parents and professionals can ask" is a clause where the sentence needs a noun.
void tst_DailyUse::contactHintIsANounPhrase()
{
    ModelDescription d = proposeDescription(m_fed.report, {});
    const QString problem = descriptionProblem(d, m_fed.report);
    QVERIFY2(!problem.contains(QStringLiteral("whom parents and professionals can ask")),
             qPrintable(problem));
    QVERIFY2(
        problem.contains(QStringLiteral("a contact for questions from parents and professionals")),
        qPrintable(problem));
}

// Third walk: whole-number fields showed decimals ("9,00" for the Apgar score, "39,0" weeks):
// the decimals followed the range's span. They follow the numbers the analyst published.
void tst_DailyUse::wholeNumberFieldsWithoutDecimals()
{
    const analysis::DataTable site = simulateSite(1500, 7, 0.0);
    analysis::ModelSpec spec = simulatedSpec();
    spec.predictors[1].transform = analysis::Transform::AsIs; // mother's age in whole years
    protocol::FitReport report;
    report.design = check(analysis::resolveLocally(spec, site), "resolve");
    const analysis::DesignMatrix design
        = check(analysis::buildDesign(site, report.design), "design");
    report.glm = check(analysis::fitFederated({ &design }, analysis::Family::Binomial), "fit");

    // The dialog: the analyst types whole years.
    PublishDialog dialog(proposeDescription(report, {}), report);
    auto *table = dialog.findChild<QTableWidget *>();
    int row = 0;
    while (table->item(row, 0)->text() != QStringLiteral("mother_age"))
        ++row;
    table->item(row, 2)->setText(QStringLiteral("14"));
    table->item(row, 3)->setText(QStringLiteral("30"));
    table->item(row, 4)->setText(QStringLiteral("50"));
    ModelDescription d = dialog.description();
    QCOMPARE(d.inputs.value(QStringLiteral("mother_age")).decimals, std::optional<int>(0));
    // Kept in the published model.
    d.contact = QStringLiteral("your youth health nurse");
    PublishedModelDocument doc;
    doc.report = report;
    doc.description = d;
    QString error;
    const std::optional<PublishedModelDocument> read = publishedModelFromJson(toJson(doc), &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->description.inputs.value(QStringLiteral("mother_age")).decimals,
             std::optional<int>(0));

    ReviewerWindow reviewer(*read);
    auto *age = qobject_cast<QDoubleSpinBox *>(reviewer.inputWidget(QStringLiteral("mother_age")));
    QVERIFY(age);
    QCOMPARE(age->decimals(), 0);
    QCOMPARE(age->text(), QStringLiteral("30"));

    // A score of 0 to 10 with a typical 9 (span 10: two decimals before), without the dialog.
    InputHint score;
    score.minimum = 0;
    score.typical = 9;
    score.maximum = 10;
    QCOMPARE(inputDecimals(score, 0, 10), 0);
    score.typical = 9.5;
    QCOMPARE(inputDecimals(score, 0, 10), 1);
    score.decimals = 2; // the analyst typed "9,50"
    QCOMPARE(inputDecimals(score, 0, 10), 2);
    QCOMPARE(inputDecimals(InputHint {}, 0, 10), 2); // nothing published: the span decides
    QCOMPARE(inputDecimals(InputHint {}, 500, 5500), 0);
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    QCOMPARE(typedDecimals(QStringLiteral("39")), std::optional<int>(0));
    QCOMPARE(typedDecimals(QStringLiteral("39,50")), std::optional<int>(2));
    QCOMPARE(typedDecimals(QStringLiteral("39.5")), std::optional<int>(1));
    QCOMPARE(typedDecimals(QStringLiteral("weeks")), std::nullopt);
}

void tst_DailyUse::parentSheetOnOnePage_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("Dutch") << QStringLiteral("nl");
}

// Third walk: the parent sheet printed as a narrow column of small type with its last five lines
// alone on page 2. Laid out on the A4 page itself, the whole text width, on one page.
void tst_DailyUse::parentSheetOnOnePage()
{
    QFETCH(QString, language);
    QVERIFY(i18n::useLanguage(language, QLocale(QLocale::English, QLocale::Netherlands)));
    const PublishedModelDocument model = publishedModel(m_fed.report);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    setUpReportPage(&writer);
    writer.setPageMargins(QMarginsF(20, 18, 20, 15), QPageLayout::Millimeter);
    std::unique_ptr<QTextDocument> doc(buildParentSheet(model, &writer));
    const QRectF body = writer.pageLayout().paintRectPixels(int(writer.logicalDpiX()));
    QCOMPARE(doc->pageSize().width(), body.width());
    QCOMPARE(doc->documentLayout()->paintDevice(), &writer);
    QCOMPARE(doc->pageCount(), 1);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sheet.pdf"));
    QCOMPARE(writeParentSheet(model, path), QString());
    const QString text = pdfText(path);
    QVERIFY(!text.isEmpty());
    QCOMPARE(text.count(u'\f'), 1); // one page
    // The text fills the width: a line of the first paragraph holds more than 60 characters
    // (the old narrow column held about 55 at a larger size).
    int longest = 0;
    for (const QString &line : text.split(u'\n'))
        longest = std::max(longest, int(line.trimmed().size()));
    QVERIFY2(longest > 70, qPrintable(QString::number(longest)));
}

// Third walk: the suggested file name was "parent-information.pdf" in a Dutch session, and the
// sheet came only in the application's language. The reviewer chooses the sheet's language
// (the application's by default); the name is the sheet's heading in that language.
void tst_DailyUse::parentSheetInTheParentsLanguage()
{
    QVERIFY(i18n::useLanguage(QStringLiteral("nl"), QLocale(QLocale::Dutch, QLocale::Netherlands)));
    QCOMPARE(parentSheetFileName(QStringLiteral("nl")),
             QStringLiteral("Informatie voor ouders en verzorgers.pdf"));
    QCOMPARE(parentSheetFileName(QStringLiteral("en")),
             QStringLiteral("Information for parents and carers.pdf"));
    QCOMPARE(i18n::currentLanguage(), QStringLiteral("nl"));

    const PublishedModelDocument model = publishedModel(m_fed.report);
    ReviewerWindow reviewer(model);
    QCOMPARE(reviewer.sheetLanguage(), QStringLiteral("nl"));
    QComboBox *choice = nullptr;
    for (QComboBox *c : reviewer.findChildren<QComboBox *>()) {
        if (c->accessibleName() == Tr::tr("Language of the parent information sheet"))
            choice = c;
    }
    QVERIFY(choice);
    QCOMPARE(choice->count(), int(i18n::supportedLanguages().size()));
    reviewer.setSheetLanguage(QStringLiteral("en"));
    QCOMPARE(reviewer.sheetLanguage(), QStringLiteral("en"));

    QTemporaryDir dir;
    const QString english = dir.filePath(parentSheetFileName(QStringLiteral("en")));
    QCOMPARE(writeParentSheet(model, english, QStringLiteral("en")), QString());
    QVERIFY(pdfText(english).contains(QStringLiteral("Information for parents and carers")));
    QCOMPARE(i18n::currentLanguage(), QStringLiteral("nl"));
    QCOMPARE(QLocale().language(), QLocale::Dutch);
    const QString dutch = dir.filePath(parentSheetFileName(QStringLiteral("nl")));
    QCOMPARE(writeParentSheet(model, dutch, QStringLiteral("nl")), QString());
    QVERIFY(pdfText(dutch).contains(QStringLiteral("Informatie voor ouders en verzorgers")));
    QVERIFY(!writeParentSheet(model, dir.filePath(QStringLiteral("x.pdf")), QStringLiteral("xx"))
                 .isEmpty());
    QCOMPARE(i18n::currentLanguage(), QStringLiteral("nl"));
}

void tst_DailyUse::calculatorNumbersAsTheFieldShowsThem_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::newRow("English") << QLocale(QLocale::English, QLocale::UnitedKingdom);
    QTest::newRow("Dutch") << QLocale(QLocale::Dutch, QLocale::Netherlands);
}

// Seen today: the calculator's sentences said "2,150" (with a group separator) where its field
// showed "2150". The field, its tooltip and the sentences show a number alike: the user's
// decimal mark, the field's decimals, no group separator.
void tst_DailyUse::calculatorNumbersAsTheFieldShowsThem()
{
    QFETCH(QLocale, locale);
    QLocale::setDefault(locale);
    QLocale plain = locale;
    plain.setNumberOptions(QLocale::OmitGroupSeparator);
    const PublishedModelDocument model = publishedModel(m_fed.report);
    ReviewerWindow reviewer(model);
    auto *bw = qobject_cast<QDoubleSpinBox *>(reviewer.inputWidget(QStringLiteral("birthweight")));
    QVERIFY(bw);
    QVERIFY(bw->minimum() <= 2150 && bw->maximum() >= 2150);
    const double typical = bw->value();
    QVERIFY(std::abs(typical) >= 1000); // a number the group separator would split
    bw->setValue(2150);
    const QString shown = plain.toString(2150.0, 'f', bw->decimals());
    QCOMPARE(bw->text(), shown);
    const QString factors = reviewer.factorsText();
    const QString entered = QStringLiteral(" = %1 ").arg(shown);
    QVERIFY2(factors.contains(entered), qPrintable(factors));
    QVERIFY2(factors.contains(QStringLiteral("(with %1 it would be")
                                  .arg(plain.toString(typical, 'f', bw->decimals()))),
             qPrintable(factors));
    for (const QString &grouped :
         { QStringLiteral("2,150"), QStringLiteral("2.150"), QStringLiteral("2\u00A0150") })
        QVERIFY2(!factors.contains(grouped), qPrintable(factors));
    // The tooltip's range as the field shows numbers.
    QCOMPARE(bw->toolTip(),
             Tr::tr("From %1 to %2")
                 .arg(plain.toString(bw->minimum(), 'f', bw->decimals()),
                      plain.toString(bw->maximum(), 'f', bw->decimals())));
    // One function formats them all.
    CalculatorInput input;
    input.decimals = 1;
    QCOMPARE(inputValueText(input, 12345.25), plain.toString(12345.25, 'f', 1));
}

// Seen today: the Dutch report quoted a held-out node's English note ("fewer than 10 events")
// for a site that withheld its evaluation. The validation keeps the refusal's stable code,
// parameters and place; the page and the report word it in the user's language from them
// (client::refusalText), the node's or an earlier session's sentence only for a code this
// client does not know.
void tst_DailyUse::withheldSiteInTheUsersLanguage()
{
    QVERIFY(i18n::useLanguage(QStringLiteral("nl"), QLocale(QLocale::Dutch, QLocale::Netherlands)));
    const QJsonObject params { { QStringLiteral("threshold"), 10 } };
    const QString dutch = client::ruleExplanation(QStringLiteral("min-cell"), params);
    QVERIFY2(dutch.contains(QStringLiteral("minder dan 10")), qPrintable(dutch));

    // What a validation run finished with, in an English session.
    client::ValidationReport run;
    run.dataset = QStringLiteral("cohort");
    client::HeldOutResult held;
    held.heldOut = QStringLiteral("ggd-oudewater");
    held.failure = QStringLiteral("ggd-oudewater: Site ggd-oudewater refused the request (rule "
                                  "min-cell): fewer than 10 events at the site.");
    held.failurePhase = QStringLiteral("evaluation");
    held.withheld = true;
    held.withheldRule = QStringLiteral("min-cell");
    held.withheldParams = params;
    held.withheldWhere = QStringLiteral("delay=1");
    run.perSite << held;
    const ValidationSummary summary = validationSummary(run);
    QCOMPARE(summary.sites.size(), 1);
    QCOMPARE(summary.sites[0].state, HeldOutResult::State::Withheld);
    const QString state = heldOutStateText(summary.sites[0]);
    QVERIFY2(state.contains(dutch), qPrintable(state));
    QVERIFY2(state.contains(QStringLiteral("delay=1")), qPrintable(state));
    QVERIFY2(!state.contains(QStringLiteral("fewer than")), qPrintable(state));
    // Kept in the workspace, and worded again when read.
    QString error;
    const std::optional<ValidationSummary> read
        = validationSummaryFromJson(validationSummaryToJson(summary), &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(heldOutStateText(read->sites[0]), state);
    // An unknown code keeps the node's sentence.
    HeldOutResult unknown = summary.sites[0];
    unknown.rule = QStringLiteral("some-future-rule");
    QVERIFY(heldOutStateText(unknown).contains(QStringLiteral("fewer than 10 events")));

    // The report (section 11): the Dutch wording, not the node's English.
    ValidationSummary v = m_validation;
    for (HeldOutResult &s : v.sites) {
        if (s.state == HeldOutResult::State::Withheld) {
            s.rule = QStringLiteral("min-cell");
            s.ruleParams = params;
        }
    }
    ReportOptions options = reportOptionsFor(m_fed.report);
    options.validation = v;
    options.charts = false;
    const QString html = tripodReportHtml(m_fed.report, options);
    QVERIFY(html.contains(dutch.toHtmlEscaped()));
    QVERIFY(!html.contains(QStringLiteral("fewer than 10 events")));
    // The results page's table of held-out sites as well.
    std::unique_ptr<QStandardItemModel> sites(makeHeldOutSiteModel(v));
    bool found = false;
    for (int r = 0; r < sites->rowCount(); ++r) {
        const QString text = sites->index(r, sites->columnCount() - 1).data().toString();
        QVERIFY2(!text.contains(QStringLiteral("fewer than")), qPrintable(text));
        found = found || text.contains(dutch);
    }
    QVERIFY(found);
}

// Seen today: the subgroup list of Validate read "Birth weight (g) (birth_weight_g)". The
// catalogue's label names the variable, the raw name is in the tooltip; a variable without a
// label by its name; two with one label told apart by their names. (The catalogue has no labels
// for levels, so the fairness table shows the levels as the sites name them.)
void tst_DailyUse::subgroupListByLabel()
{
    auto variable = [](const char *name, protocol::VariableType type, const char *label) {
        protocol::CatalogueVariable v;
        v.name = QString::fromLatin1(name);
        v.type = type;
        v.label = QString::fromUtf8(label);
        return v;
    };
    ValidationDialog dialog({}, { QStringLiteral("research") }, { QStringLiteral("cohort") },
                            simulatedSpec(), {});
    dialog.setSubgroupVariables(
        { variable("birth_weight_g", protocol::VariableType::Numeric, "Birth weight (g)"),
          variable("sex", protocol::VariableType::Categorical, "Sex of the child"),
          variable("parity", protocol::VariableType::Numeric, ""),
          variable("income_q", protocol::VariableType::Categorical, "Income"),
          variable("income_q_2019", protocol::VariableType::Categorical, "Income") });
    QComboBox *box = dialog.subgroupBox();
    QCOMPARE(box->count(), 6);
    QCOMPARE(box->itemText(1), QStringLiteral("Birth weight (g)"));
    QCOMPARE(box->itemData(1).toString(), QStringLiteral("birth_weight_g"));
    QVERIFY(
        box->itemData(1, Qt::ToolTipRole).toString().contains(QStringLiteral("birth_weight_g")));
    QCOMPARE(box->itemText(2), QStringLiteral("Sex of the child"));
    QVERIFY(box->itemData(2, Qt::ToolTipRole).toString().contains(QStringLiteral("sex")));
    QCOMPARE(box->itemText(3), QStringLiteral("parity"));
    QCOMPARE(box->itemText(4), QStringLiteral("Income (income_q)"));
    QCOMPARE(box->itemText(5), QStringLiteral("Income (income_q_2019)"));
}

void tst_DailyUse::reportTablesReadable_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QLocale>("locale");
    QTest::newRow("English") << QStringLiteral("en")
                             << QLocale(QLocale::English, QLocale::Netherlands);
    QTest::newRow("Dutch") << QStringLiteral("nl") << QLocale(QLocale::Dutch, QLocale::Netherlands);
}

// The report's tables, laid out once on A4 in English and in Dutch, with the validation and its
// fairness table:
// - third walk: section 11 broke its headers inside words ("Calibratio|n slope"): every cell,
//   headers included, breaks only between words;
// - the Dutch validation's pooled-measures table was wider than the page and its last column
//   cut: every line of every cell fits inside its cell, every table inside the page's width;
// - the fourth walk: a row of section 11's pooled table ran over a page break, half on each
//   page: no row is cut by a page, and every table (a continued one too) has its header row.
void tst_DailyUse::reportTablesReadable()
{
    QFETCH(QString, language);
    QFETCH(QLocale, locale);
    QVERIFY(i18n::useLanguage(language, locale));
    ReportOptions options = reportOptionsFor(m_fed.report);
    options.validation = m_validation;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    setUpReportPage(&writer);
    std::unique_ptr<QTextDocument> doc(buildTripodReport(m_fed.report, options, &writer));
    const qreal pageWidth = doc->pageSize().width();
    const qreal pageHeight = doc->pageSize().height();
    const qreal slack = writer.logicalDpiX() / 50.0; // the document margin
    QAbstractTextDocumentLayout *layout = doc->documentLayout();
    int cells = 0;
    int headerCells = 0;
    bool pooledTable = false;
    // Each table row's extent on the pages.
    QMap<QPair<QTextTable *, int>, QPair<qreal, qreal>> rows;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        const QTextCursor cursor(block);
        QTextTable *table = cursor.currentTable();
        if (!table)
            continue;
        ++cells;
        const QTextTableCell cell = table->cellAt(cursor);
        headerCells += cell.row() == 0 ? 1 : 0;
        pooledTable = pooledTable
            || (cell.row() == 0 && cell.column() == 0 && block.text() == Tr::tr("Measure"));
        QVERIFY2(table->rows() < 2 || table->format().headerRowCount() >= 1,
                 qPrintable(QStringLiteral("a table without a header row: %1")
                                .arg(table->cellAt(0, 0).firstCursorPosition().block().text())));
        const QString broken = brokenWord(block);
        QVERIFY2(broken.isEmpty(), qPrintable(broken));
        const QRectF frame = layout->frameBoundingRect(table);
        QVERIFY2(frame.right() <= pageWidth + slack,
                 qPrintable(QStringLiteral("%1: table right %2 > page %3")
                                .arg(block.text())
                                .arg(frame.right())
                                .arg(pageWidth)));
        // A line wider than the cell gives it (a word that cannot break) runs into the next
        // cell or off the page.
        QTextLayout *lines = block.layout();
        for (int i = 0; i < lines->lineCount(); ++i) {
            const QTextLine line = lines->lineAt(i);
            QVERIFY2(line.naturalTextWidth() <= line.width() + slack,
                     qPrintable(QStringLiteral("\"%1\": %2 wide in a cell of %3")
                                    .arg(block.text().mid(line.textStart(), line.textLength()))
                                    .arg(line.naturalTextWidth())
                                    .arg(line.width())));
        }
        const QRectF r = layout->blockBoundingRect(block);
        auto &extent = rows[{ table, cell.row() }];
        if (extent.second <= extent.first)
            extent = { r.top(), r.bottom() };
        extent = { std::min(extent.first, r.top()), std::max(extent.second, r.bottom()) };
    }
    // A section heading and the table it introduces share a page: "8 Model: coefficients"
    // alone at the foot of a page, its table overleaf, read as an empty section.
    int headings = 0;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() <= 0 || QTextCursor(block).currentTable())
            continue;
        ++headings;
        QTextBlock next = block.next();
        for (int i = 0; i < 3 && next.isValid() && !QTextCursor(next).currentTable()
             && next.blockFormat().headingLevel() <= 0;
             ++i)
            next = next.next();
        if (!next.isValid() || !QTextCursor(next).currentTable())
            continue;
        const qreal headingTop = layout->blockBoundingRect(block).top();
        const qreal tableTop = layout->blockBoundingRect(next).top();
        QVERIFY2(std::floor(headingTop / pageHeight) == std::floor(tableTop / pageHeight),
                 qPrintable(QStringLiteral("\"%1\" on page %2, its table on page %3")
                                .arg(block.text())
                                .arg(int(headingTop / pageHeight) + 1)
                                .arg(int(tableTop / pageHeight) + 1)));
    }
    QVERIFY(headings > 8);
    // Nor does a list's last item go over a page alone (the last limitation made a page).
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        QTextList *list = block.textList();
        if (!list || list->count() < 3 || list->item(list->count() - 1) != block)
            continue;
        const qreal before = layout->blockBoundingRect(list->item(list->count() - 2)).top();
        const qreal last = layout->blockBoundingRect(block).bottom() - 0.5;
        QVERIFY2(std::floor(before / pageHeight) == std::floor(last / pageHeight),
                 qPrintable(QStringLiteral("\"%1\" alone on page %2")
                                .arg(block.text())
                                .arg(int(last / pageHeight) + 1)));
    }
    QVERIFY(pooledTable);
    QVERIFY(cells > 100);
    QVERIFY(headerCells > 40);
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        const auto [top, bottom] = it.value();
        QVERIFY2(
            std::floor(top / pageHeight) == std::floor((bottom - 0.5) / pageHeight),
            qPrintable(QStringLiteral("row %1 of the table starting \"%2\" runs from page "
                                      "%3 onto page %4")
                           .arg(it.key().second)
                           .arg(it.key().first->cellAt(0, 0).firstCursorPosition().block().text())
                           .arg(int(top / pageHeight) + 1)
                           .arg(int(bottom / pageHeight) + 1)));
        // Nor is a table's first row left alone under its header at the foot of a page (the
        // demo's cohort flow: one site on page 1, the other two on page 2).
        QTextTable *table = it.key().first;
        const int first = table->format().headerRowCount();
        if (it.key().second == first && table->rows() > first + 1) {
            const auto [nextTop, nextBottom] = rows.value({ table, first + 1 });
            QVERIFY2(std::floor(top / pageHeight) == std::floor(nextTop / pageHeight),
                     qPrintable(QStringLiteral("the table starting \"%1\" leaves its first row "
                                               "alone on page %2")
                                    .arg(table->cellAt(0, 0).firstCursorPosition().block().text())
                                    .arg(int(top / pageHeight) + 1)));
        }
    }
}

// The fourth walk (docs/walkthrough.md, "Seen and left"): in Dutch the Validation section's
// pooled-measures table was wider than the results document and its last column ("Gepoold op",
// values "ongewijzigd") was cut. Its titles take two lines on screen; the table fits without a
// scroll bar, and an export keeps each title on one line.
void tst_DailyUse::pooledMeasuresFitTheResultsDocument()
{
    QVERIFY(i18n::useLanguage(QStringLiteral("nl"), QLocale(QLocale::Dutch, QLocale::Netherlands)));
    ResultsView view;
    view.resize(kPooledWindowWidth, 820);
    view.setReport(m_fed.report);
    view.setValidation(m_validation);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTableView *pooled = nullptr;
    for (QTableView *t : view.findChildren<QTableView *>()) {
        if (t->accessibleName() == Tr::tr("Pooled validation measures"))
            pooled = t;
    }
    QVERIFY(pooled);
    view.setCurrentPage(ResultsView::ValidationPage);
    QTRY_VERIFY(pooled->isVisible());
    QTest::qWait(50);
    const int last = pooled->model()->columnCount() - 1;
    QCOMPARE(pooled->model()->headerData(last, Qt::Horizontal, ExportRole).toString(),
             Tr::tr("Pooled on scale"));
    QVERIFY(pooled->model()->headerData(last, Qt::Horizontal).toString().contains(u'\n'));
    int width = 0;
    for (int c = 0; c <= last; ++c)
        width += pooled->columnWidth(c);
    QVERIFY2(width <= pooled->viewport()->width(),
             qPrintable(QStringLiteral("%1 > %2").arg(width).arg(pooled->viewport()->width())));
    QCOMPARE(pooled->horizontalScrollBar()->maximum(), 0);
    // The last column is as wide as its values.
    const QFontMetrics fm(pooled->font());
    for (int r = 0; r < pooled->model()->rowCount(); ++r) {
        const QString text = pooled->model()->index(r, last).data().toString();
        QVERIFY2(pooled->columnWidth(last) >= fm.horizontalAdvance(text), qPrintable(text));
    }
}

QTEST_MAIN(tst_DailyUse)
#include "tst_dailyuse.moc"

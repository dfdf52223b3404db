// SPDX-License-Identifier: GPL-3.0-or-later
// Renders every results view offscreen into PNGs (docs/screenshots/results-*.png):
//   results_screenshots <output dir> [fit-report.json]
// Without a report file the results come from the in-process simulated federation; with one
// (e.g. `fairstart-cli fit ... --format json`), from that run.
#include "fairstart/translations/language.h"
#include "fairstart/ui/dashboard/dashboardview.h"
#include "fairstart/ui/publishdialog.h"
#include "fairstart/ui/report/parentsheet.h"
#include "fairstart/ui/report/tripodreport.h"
#include "fairstart/ui/results/descriptivesview.h"
#include "fairstart/ui/results/resultsview.h"
#include "fairstart/ui/results/validation.h"
#include "fairstart/ui/reviewer/reviewerwindow.h"

#include "../../../tests/ui/results/simulatedreport.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QImage>
#include <QJsonObject>
#include <QPainter>
#include <QTableView>
#include <QTextDocument>

#include <cstdio>
#include <iterator>
#include <memory>

using namespace fairstart;

namespace {

void save(QWidget *w, const QString &path)
{
    w->show();
    QApplication::processEvents();
    const QPixmap pixmap = w->grab();
    if (!pixmap.save(path))
        std::fprintf(stderr, "could not write %s\n", qPrintable(path));
    else
        std::printf("%s\n", qPrintable(path));
}

// Leave one site out in one process on the simulated sites (what client::ValidationRun computes
// federated): fit on the others, evaluate and calibrate at the held-out site. Two more sites are
// shown as withheld and failed, so the screenshots show every state.
ui::ValidationSummary simulatedValidation(const testing::SimulatedFederation &fed,
                                          const protocol::FitReport &report)
{
    ui::ValidationSummary v;
    v.designHash = report.designHash;
    analysis::GlmOptions noNull;
    noNull.fitNullModel = false;
    for (std::size_t h = 0; h < fed.designs.size(); ++h) {
        std::vector<const analysis::DesignMatrix *> train;
        for (std::size_t s = 0; s < fed.designs.size(); ++s) {
            if (s != h)
                train.push_back(&fed.designs[s]);
        }
        const analysis::DesignMatrix &held = fed.designs[h];
        const auto fit = analysis::fitFederated(train, analysis::Family::Binomial);
        const auto bins = analysis::computePerformance(held, analysis::Family::Binomial, fit->beta);
        const auto m = analysis::summarise({ *bins });
        const auto slopeDesign = analysis::calibrationSlopeDesign(held, fit->beta);
        const auto slope
            = analysis::fitFederated({ &*slopeDesign }, analysis::Family::Binomial, 0.0, noNull);
        const auto citlDesign = analysis::calibrationInterceptDesign(held, fit->beta);
        const auto citl
            = analysis::fitFederated({ &*citlDesign }, analysis::Family::Binomial, 0.0, noNull);
        analysis::HeldOutSite site;
        site.heldOut = report.sites[int(h)].name.toStdString();
        site.n = m->n;
        site.events = m->events;
        site.auc = m->auc;
        site.aucSe = m->aucSe;
        site.calibrationSlope = slope->coefficients[1].estimate;
        site.calibrationSlopeSe = slope->coefficients[1].stdError;
        site.calibrationInTheLarge = citl->coefficients[0].estimate;
        site.calibrationInTheLargeSe = citl->coefficients[0].stdError;
        site.observedExpected = m->observedExpectedRatio;
        site.brier = m->brier;
        ui::HeldOutResult r;
        r.site = report.sites[int(h)].name;
        r.measures = site;
        QList<double> grid = ui::decisionCurveThresholds({ 0.05, 0.3 });
        r.decisionCurve = ui::netBenefit(*m, grid);
        v.sites << r;
    }
    ui::HeldOutResult withheld;
    withheld.site = QStringLiteral("ggd-oudewater");
    withheld.state = ui::HeldOutResult::State::Withheld;
    withheld.note = QStringLiteral("fewer than 10 events (rule min-cell)");
    // As a validation run keeps it: the rule's code and threshold, worded in the report's
    // language (the note is the node's sentence, for a code the client does not know).
    withheld.rule = QStringLiteral("min-cell");
    withheld.ruleParams = QJsonObject { { QStringLiteral("threshold"), 10 } };
    v.sites << withheld;
    ui::HeldOutResult failed;
    failed.site = QStringLiteral("jgz-zeeland");
    failed.state = ui::HeldOutResult::State::Failed;
    failed.note = QStringLiteral("the site did not answer (evaluation)");
    v.sites << failed;
    ui::poolValidation(v);
    return v;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: results_screenshots <output dir> [fit-report.json]\n");
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    QDir().mkpath(out.path());
    const testing::SimulatedFederation fed = testing::simulateFederation(1500);
    protocol::FitReport report = fed.report;
    if (argc > 2) {
        QFile f(QString::fromLocal8Bit(argv[2]));
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", argv[2]);
            return 1;
        }
        const protocol::Decoded<QJsonObject> object = protocol::parseObject(f.readAll(), 1 << 26);
        if (!object.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(object.error().text()));
            return 1;
        }
        protocol::Decoded<protocol::FitReport> decoded
            = protocol::fromJson<protocol::FitReport>(*object);
        if (!decoded.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(decoded.error().text()));
            return 1;
        }
        report = std::move(decoded).value();
    }

    ui::ResultsView results;
    results.resize(1200, 820);
    results.setReport(report);
    if (argc <= 2) // the in-process validation is of the simulated sites
        results.setValidation(simulatedValidation(fed, report));
    static const char *const pages[]
        = { "coefficients",      "convergence",    "roc",   "calibration",
            "risk-distribution", "decision-curve", "sites", "validation" };
    static_assert(std::size(pages) == ui::ResultsView::PageCount);
    for (int p = 0; p < ui::ResultsView::PageCount; ++p) {
        results.setCurrentPage(ui::ResultsView::Page(p));
        if (p == ui::ResultsView::CoefficientsPage)
            results.coefficientTable()->selectRow(2);
        save(&results, out.filePath(QStringLiteral("results-%1.png").arg(QLatin1String(pages[p]))));
    }
    // The whole Validation section at once (four forest plots, tables, decision curve).
    results.resize(1200, 3600);
    results.setCurrentPage(ui::ResultsView::ValidationPage);
    save(&results, out.filePath(QStringLiteral("results-validation-whole.png")));

    const analysis::DataTable small = testing::simulateSite(70, 77, 0.0);
    ui::DescriptivesView descriptives;
    descriptives.resize(1100, 760);
    descriptives.setDescriptives(
        testing::simulatedDescriptives(fed.tables[0], QStringLiteral("cohort-2015-2020")));
    descriptives.setCurrentItem(0);
    save(&descriptives, out.filePath(QStringLiteral("results-descriptives-histogram.png")));
    descriptives.setDescriptives(
        testing::simulatedDescriptives(small, QStringLiteral("small-site")));
    descriptives.setCurrentItem(4);
    save(&descriptives, out.filePath(QStringLiteral("results-descriptives-categories.png")));
    descriptives.setCurrentItem(5);
    save(&descriptives, out.filePath(QStringLiteral("results-descriptives-twoway.png")));

    QList<ui::AreaDescriptives> areas;
    const char *const names[] = { "Utrecht", "Groningen", "Rotterdam" };
    for (int i = 0; i < 3; ++i) {
        areas.append(
            { QString::fromLatin1(names[i]),
              testing::simulatedDescriptives(fed.tables[std::size_t(i)], QStringLiteral("d")),
              10 });
    }
    areas.append({ QStringLiteral("Oudewater"),
                   testing::simulatedDescriptives(small, QStringLiteral("d")), 10 });
    ui::DashboardView dashboard;
    dashboard.resize(1000, 720);
    dashboard.setData(areas, QStringLiteral("Municipality"));
    dashboard.setIndicator({ QStringLiteral("deprivation"), QStringLiteral("q5") });
    save(&dashboard, out.filePath(QStringLiteral("results-dashboard.png")));

    // The reviewer, publish and parent-sheet pictures come from the simulated run: its published
    // description carries an analyst's labels, ranges and typical values (birth weight, mother's
    // age), which the demo's terms do not have (with them, every input of the demo's model
    // started at 0 and the calculator showed a risk of 99%).
    ui::PublishedModelDocument model;
    model.report = fed.report;
    model.description.title = QStringLiteral("Risk of developmental delay at age 2");
    model.description.predicts = QStringLiteral("Developmental delay at the age of two, as "
                                                "assessed by the youth health service.");
    model.description.population = QStringLiteral("Children born 2015–2020 whose parents "
                                                  "consented to research use.");
    model.description.contact = QStringLiteral("Your youth health nurse (JGZ) or the "
                                               "research team: fairstart@example.org.");
    ui::InputHint bw;
    bw.label = QStringLiteral("Birth weight (g)");
    bw.minimum = 500;
    bw.maximum = 5500;
    bw.typical = 3300;
    model.description.inputs.insert(QStringLiteral("birthweight"), bw);
    ui::InputHint age;
    age.label = QStringLiteral("Mother's age (years)");
    age.minimum = 14.0;
    age.maximum = 50.0;
    age.typical = 30.0;
    model.description.inputs.insert(QStringLiteral("mother_age"), age);
    ui::ReviewerWindow reviewer(model);
    reviewer.resize(1000, 640);
    if (auto w
        = qobject_cast<QDoubleSpinBox *>(reviewer.inputWidget(QStringLiteral("birthweight"))))
        w->setValue(2150);
    if (auto c = qobject_cast<QComboBox *>(reviewer.inputWidget(QStringLiteral("smoking"))))
        c->setCurrentText(QStringLiteral("yes"));
    if (auto c = qobject_cast<QComboBox *>(reviewer.inputWidget(QStringLiteral("deprivation"))))
        c->setCurrentText(QStringLiteral("q4"));
    save(&reviewer, out.filePath(QStringLiteral("results-reviewer-calculator.png")));
    reviewer.showAbout();
    reviewer.resize(1000, 900);
    save(&reviewer, out.filePath(QStringLiteral("results-reviewer-about.png")));

    // Publishing: the words for professionals and parents, and the calculator's fields.
    ui::ModelDescription proposal = ui::proposeDescription(fed.report, {});
    proposal.contact = model.description.contact;
    ui::PublishDialog publish(proposal, fed.report);
    publish.resize(760, publish.sizeHint().height());
    save(&publish, out.filePath(QStringLiteral("results-publish.png")));

    // First page of the TRIPOD report and of the parent sheet, as images.
    // An A4 page (595 × 842 pt) with the report's 15 mm (42 pt) margins, laid out at 72 dpi (a
    // point is a pixel) as the PDF is: at the screen's 96 dpi the text was a third larger than on
    // paper, so narrow columns broke words ("Sit e") that the PDF keeps whole.
    auto renderDoc = [&](QTextDocument *doc, const QString &path) {
        constexpr int margin = 42;
        QImage image(QSize(595, 842) * 2, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(2);
        image.setDotsPerMeterX(qRound(72 / 0.0254));
        image.setDotsPerMeterY(qRound(72 / 0.0254));
        image.fill(Qt::white);
        doc->documentLayout()->setPaintDevice(&image);
        doc->setPageSize(QSizeF(595 - 2 * margin, 842 - 2 * margin)); // lays the text out again
        QPainter painter(&image);
        painter.translate(margin, margin);
        doc->drawContents(&painter, QRectF(0, 0, 595 - 2 * margin, 842 - 2 * margin));
        painter.end();
        doc->documentLayout()->setPaintDevice(nullptr); // the image goes out of scope
        image.save(path);
        std::printf("%s\n", qPrintable(path));
    };
    ui::ReportOptions reportOptions = ui::reportOptionsFor(report);
    reportOptions.validation = results.validation();
    std::unique_ptr<QTextDocument> tripod(ui::buildTripodReport(report, reportOptions));
    renderDoc(tripod.get(), out.filePath(QStringLiteral("results-report-page1.png")));
    QTextDocument sheet;
    sheet.setHtml(ui::parentSheetHtml(model));
    renderDoc(&sheet, out.filePath(QStringLiteral("results-parent-sheet.png")));
    const QString reportError
        = ui::writeTripodReport(report, out.filePath(QStringLiteral("report.pdf")), reportOptions);
    if (!reportError.isEmpty())
        std::fprintf(stderr, "%s\n", qPrintable(reportError));
    // The report and the parent sheet in English and Dutch, to render with pdftoppm and look at
    // (issue 17: every page of both, on A4).
    for (const QString &language : { QStringLiteral("en"), QStringLiteral("nl") }) {
        const QString reportPath = out.filePath(QStringLiteral("report-%1.pdf").arg(language));
        const QString sheetPath = out.filePath(QStringLiteral("parent-sheet-%1.pdf").arg(language));
        i18n::useLanguage(language, QLocale(QLocale::English, QLocale::UnitedKingdom));
        const QString e = ui::writeTripodReport(report, reportPath, reportOptions);
        const QString f = ui::writeParentSheet(model, sheetPath);
        for (const QString &problem : { e, f }) {
            if (!problem.isEmpty())
                std::fprintf(stderr, "%s\n", qPrintable(problem));
        }
        std::printf("%s\n%s\n", qPrintable(reportPath), qPrintable(sheetPath));
    }
    i18n::useLanguage(QStringLiteral("en"));
    return 0;
}

// SPDX-License-Identifier: GPL-3.0-or-later
// The Validation section of the results document (issue 15): a fixed leave-one-site-out result
// (nwtco's three held-out sites as R computed them, tests/analysis/data/validation-reference.txt,
// plus a site whose evaluation was withheld and one that failed) must show each measure's pooled
// line with metafor's numbers, the withheld and failed sites as such, numbers in the user's
// locale; the report carries the section. Also the decision curve, the random-effects lines in
// the per-site forest plots and the "apparent" labels.
#include "fairstart/analysis/discrimination.h"
#include "fairstart/client/validationrun.h"
#include "fairstart/translations/language.h"
#include "fairstart/ui/report/tripodreport.h"
#include "fairstart/ui/results/charts.h"
#include "fairstart/ui/results/decisioncurve.h"
#include "fairstart/ui/results/fairness.h"
#include "fairstart/ui/results/format.h"
#include "fairstart/ui/results/resultsview.h"
#include "fairstart/ui/results/validation.h"

#include "simulatedreport.h"

#include <QAreaSeries>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineSeries>
#include <QScatterSeries>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <QtTest>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <memory>

using namespace fairstart;
using namespace fairstart::ui;

namespace {

// "site0 auc 0.73 0.02" -> {"site0 auc": {0.73, 0.02}}, numbers read with std::from_chars.
std::map<std::string, std::vector<double>> readReference()
{
    std::map<std::string, std::vector<double>> out;
    QFile f(QStringLiteral(FAIRSTART_SOURCE_DIR "/tests/analysis/data/validation-reference.txt"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("validation-reference.txt is missing");
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() < 3)
            continue;
        std::vector<double> values;
        for (int i = 2; i < parts.size(); ++i) {
            double v = 0;
            const auto [p, ec]
                = std::from_chars(parts[i].constData(), parts[i].constData() + parts[i].size(), v);
            if (ec != std::errc())
                qFatal("unreadable number in validation-reference.txt");
            values.push_back(v);
        }
        out[QByteArray(parts[0] + ' ' + parts[1]).toStdString()] = values;
    }
    return out;
}

const std::map<std::string, std::vector<double>> &reference()
{
    static const auto r = readReference();
    return r;
}

double refValue(const std::string &key, std::size_t i = 0)
{
    return reference().at(key).at(i);
}

analysis::HeldOutSite fromR(int s)
{
    const std::string k = "site" + std::to_string(s) + " ";
    analysis::HeldOutSite h;
    h.heldOut = "site" + std::to_string(s);
    h.n = refValue(k + "n");
    h.events = refValue(k + "events");
    h.auc = refValue(k + "auc", 0);
    h.aucSe = refValue(k + "auc", 1);
    h.calibrationSlope = refValue(k + "calibration_slope", 0);
    h.calibrationSlopeSe = refValue(k + "calibration_slope", 1);
    h.calibrationInTheLarge = refValue(k + "calibration_in_the_large", 0);
    h.calibrationInTheLargeSe = refValue(k + "calibration_in_the_large", 1);
    h.observedExpected = refValue(k + "observed_expected", 0);
    h.brier = refValue(k + "brier");
    return h;
}

// Three evaluated sites (R's numbers), one withheld, one failed, in that order of rows.
ValidationSummary fixedValidation(const QString &designHash = {})
{
    ValidationSummary v;
    v.dataset = QStringLiteral("nwtco");
    v.designHash = designHash;
    for (int s = 0; s < 3; ++s) {
        HeldOutResult r;
        r.site = QStringLiteral("site%1").arg(s);
        r.measures = fromR(s);
        v.sites << r;
    }
    HeldOutResult withheld;
    withheld.site = QStringLiteral("ggd-oost");
    withheld.state = HeldOutResult::State::Withheld;
    withheld.note = QStringLiteral("fewer than 10 events at the site (rule min-cell)");
    v.sites << withheld;
    HeldOutResult failed;
    failed.site = QStringLiteral("ggd-zuid");
    failed.state = HeldOutResult::State::Failed;
    failed.note = QStringLiteral("the site did not answer within 30 s");
    v.sites << failed;
    poolValidation(v);
    return v;
}

bool near(double got, double want, double relative = 1e-9)
{
    return std::fabs(got - want) <= relative * std::max(std::fabs(want), 1e-12);
}

const IntervalRow *rowWithStyle(const ForestChart *chart, IntervalRow::Style style)
{
    for (const IntervalRow &r : chart->rows()) {
        if (r.style == style)
            return &r;
    }
    return nullptr;
}

int rowOf(const QStandardItemModel *model, const QString &first)
{
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, 0).data().toString() == first)
            return r;
    }
    return -1;
}

// The fairness panel's input (issue 15): four held-out sites' cells by sex. "female" is
// released at site0-site2 with R's numbers of those sites (so its pooled row is metafor's, as
// the Validation section's) and withheld at site3; "male" is released at two sites only.
FairnessSummary fixedFairness()
{
    QList<QPair<QString, protocol::SubgroupReport>> sites;
    for (int s = 0; s < 4; ++s) {
        protocol::SubgroupReport report;
        report.variable = QStringLiteral("sex");
        for (const QString &level : { QStringLiteral("female"), QStringLiteral("male") }) {
            protocol::SubgroupRow row;
            row.level = level;
            const bool released = level == QLatin1String("female") ? s < 3 : s < 2;
            if (!released) {
                row.withheld = true;
                row.reason = QStringLiteral("too few records (min-cell)");
            } else {
                const analysis::HeldOutSite h = fromR(s);
                row.n = h.n;
                row.events = h.events;
                row.auc = h.auc;
                row.aucSe = h.aucSe;
                row.observedExpected = h.observedExpected;
                row.calibrationSlope = h.calibrationSlope;
                row.calibrationSlopeSe = h.calibrationSlopeSe;
                row.calibrationInTheLarge = h.calibrationInTheLarge;
                row.calibrationInTheLargeSe = h.calibrationInTheLargeSe;
            }
            report.rows << row;
        }
        sites.append({ QStringLiteral("site%1").arg(s), report });
    }
    return fairnessSummary(QStringLiteral("sex"), QStringLiteral("Sex"), sites);
}

} // namespace

class tst_ValidationPage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void pooledLinesEqualR();
    void withheldAndFailedSitesShownAsSuch();
    void dutchNumbers();
    void fewerThanThreeSitesSaysSo();
    void otherDesignClearsValidation();
    void fromValidationRunReport();
    void reportValidationSection();
    void decisionCurveEqualsBins();
    void randomEffectsInPerSiteForest();
    void apparentLabels();
    void fairnessPanel();
    void fairnessStoredAndRead();

private:
    testing::SimulatedFederation m_fed;
};

void tst_ValidationPage::initTestCase()
{
    m_fed = testing::simulateFederation(500);
}

void tst_ValidationPage::cleanup()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_ValidationPage::pooledLinesEqualR()
{
    ResultsView view;
    view.resize(1000, 800);
    view.setReport(m_fed.report);
    QVERIFY(!view.validation());
    QVERIFY(!view.chartView(ResultsView::ValidationPage));
    QVERIFY(view.validationNote().contains(QStringLiteral("No validation yet")));

    view.setValidation(fixedValidation(m_fed.report.designHash));
    view.setCurrentPage(ResultsView::ValidationPage);
    QCOMPARE(view.currentPage(), ResultsView::ValidationPage);
    QVERIFY(view.chartView(ResultsView::ValidationPage));
    const QStandardItemModel *pooled = view.pooledMeasureModel();
    QCOMPARE(pooled->rowCount(), 4);
    for (ValidationMeasure m : kValidationMeasures) {
        const std::vector<double> &want = reference().at("pooled " + measureId(m).toStdString());
        auto chart = qobject_cast<ForestChart *>(view.validationChartView(m)->chart());
        QVERIFY2(chart, qPrintable(measureId(m)));
        QVERIFY(view.validationChartView(m)->isVisibleTo(&view));
        QCOMPARE(chart->rows().size(), 5 + 2); // five sites, the diamond, the PI
        const IntervalRow *diamond = rowWithStyle(chart, IntervalRow::Style::Diamond);
        const IntervalRow *pi = rowWithStyle(chart, IntervalRow::Style::Prediction);
        QVERIFY(diamond && pi);
        QVERIFY2(near(diamond->estimate, want[0]), qPrintable(measureId(m)));
        QVERIFY(near(diamond->lower, want[1]));
        QVERIFY(near(diamond->upper, want[2]));
        QVERIFY(near(pi->lower, want[3]));
        QVERIFY(near(pi->upper, want[4]));
        // The diamond is drawn: widest at the estimate, from the lower to the upper limit.
        QCOMPARE(chart->diamonds().size(), 1);
        const QList<QPointF> top = chart->diamonds().front()->upperSeries()->points();
        QCOMPARE(top.size(), 3);
        QVERIFY(near(top[0].x(), want[1]) && near(top[1].x(), want[0])
                && near(top[2].x(), want[2]));
        // The pooled table's line of this measure.
        const int row = rowOf(pooled, measureName(m));
        QVERIFY(row >= 0);
        QVERIFY(near(pooled->index(row, 1).data(ValueRole).toDouble(), want[0]));
        const int d = m == ValidationMeasure::Auc ? 3 : 2;
        QCOMPARE(pooled->index(row, 1).data().toString(), number(want[0], d));
        QCOMPARE(pooled->index(row, 2).data().toString(),
                 QStringLiteral("%1 to %2").arg(number(want[1], d), number(want[2], d)));
        QCOMPARE(pooled->index(row, 3).data().toString(),
                 QStringLiteral("%1 to %2").arg(number(want[3], d), number(want[4], d)));
        QCOMPARE(pooled->index(row, 5).data(ValueRole).toDouble(), 3.0);
        QVERIFY(want[5] == 0.0 ? pooled->index(row, 4).data(ValueRole).toDouble() == 0.0
                               : near(pooled->index(row, 4).data(ValueRole).toDouble(), want[5]));
    }
    // Brier per site, as R computed it.
    const QStandardItemModel *sites = view.heldOutSiteModel();
    QCOMPARE(sites->rowCount(), 5);
    const int brierColumn = sites->columnCount() - 2;
    for (int s = 0; s < 3; ++s) {
        QCOMPARE(sites->index(s, brierColumn).data(ValueRole).toDouble(),
                 refValue("site" + std::to_string(s) + " brier"));
    }
    // Everything exports, the validation included.
    QTemporaryDir dir;
    QString error;
    const QStringList files = view.exportAll(dir.path(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(files.contains(dir.filePath(QStringLiteral("validation.png"))));
    QVERIFY(files.contains(dir.filePath(QStringLiteral("validation-observed_expected.svg"))));
    QVERIFY(files.contains(dir.filePath(QStringLiteral("validation-sites.csv"))));
    QVERIFY(files.contains(dir.filePath(QStringLiteral("validation-pooled.csv"))));
}

void tst_ValidationPage::withheldAndFailedSitesShownAsSuch()
{
    ResultsView view;
    view.setReport(m_fed.report);
    view.setValidation(fixedValidation());
    for (ValidationMeasure m : kValidationMeasures) {
        auto chart = qobject_cast<ForestChart *>(view.validationChartView(m)->chart());
        QVERIFY(chart);
        const IntervalRow &withheld = chart->rows()[3];
        const IntervalRow &failed = chart->rows()[4];
        QCOMPARE(withheld.label, QStringLiteral("ggd-oost"));
        QCOMPARE(withheld.style, IntervalRow::Style::Missing);
        QCOMPARE(withheld.valueText, QStringLiteral("withheld"));
        QCOMPARE(failed.style, IntervalRow::Style::Missing);
        QCOMPARE(failed.valueText, QStringLiteral("failed"));
        // No mark and no interval for them: three site points and the PI's centre only.
        QCOMPARE(chart->pointSeries()->count(), 4);
        QVERIFY(!chart->intervalSeries(3)->isVisible());
        QVERIFY(chart->intervalSeries(3)->points().isEmpty());
        QVERIFY(!chart->intervalSeries(4)->isVisible());
        // The value column says so instead of a number.
        QVERIFY(chart->axes(Qt::Vertical).size() == 2);
    }
    const QStandardItemModel *sites = view.heldOutSiteModel();
    const int state = sites->columnCount() - 1;
    QCOMPARE(sites->index(3, 0).data().toString(), QStringLiteral("ggd-oost"));
    for (int c = 1; c < state; ++c) {
        QCOMPARE(sites->index(3, c).data().toString(), QStringLiteral("withheld"));
        QVERIFY(sites->index(3, c).data(WithheldRole).toBool());
        QVERIFY(!sites->index(3, c).data(ValueRole).isValid()); // never a number, not even 0
        QCOMPARE(sites->index(4, c).data().toString(), QStringLiteral("failed"));
        QVERIFY(!sites->index(4, c).data(ValueRole).isValid());
    }
    QVERIFY(sites->index(3, state).data().toString().contains(QStringLiteral("min-cell")));
    QVERIFY(sites->index(4, state).data().toString().startsWith(QStringLiteral("failed: ")));
    QVERIFY(view.validationNote().contains(QStringLiteral("3 of 5 sites were evaluated")));
    QVERIFY(view.validationNote().contains(QStringLiteral("1 withheld")));
}

void tst_ValidationPage::dutchNumbers()
{
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    ResultsView view;
    view.setReport(m_fed.report);
    view.setValidation(fixedValidation());
    const double auc = refValue("pooled auc", 0);
    const QStandardItemModel *pooled = view.pooledMeasureModel();
    const int row = rowOf(pooled, measureName(ValidationMeasure::Auc));
    QVERIFY(row >= 0);
    QCOMPARE(pooled->index(row, 1).data().toString(), QStringLiteral("0,725"));
    QCOMPARE(pooled->index(row, 1).data(ValueRole).toDouble(), auc);
    // The CSV keeps the exact number with a decimal point, whatever the language.
    QCOMPARE(pooled->index(row, 1).data(ExportRole).toString(), exactNumber(auc));
    QVERIFY(exactNumber(auc).contains(QLatin1Char('.')));
    auto chart
        = qobject_cast<ForestChart *>(view.validationChartView(ValidationMeasure::Auc)->chart());
    QVERIFY(chart);
    // "0,725 [0,707; 0,744]": a decimal comma, and a semicolon between the limits.
    QCOMPARE(rowWithStyle(chart, IntervalRow::Style::Diamond)->valueText,
             QStringLiteral("0,725 [0,707; 0,744]"));
    QCOMPARE(chart->rows()[0].valueText, QStringLiteral("0,733 [0,688; 0,773]"));
    QCOMPARE(chart->locale().decimalPoint(), QStringLiteral(","));
    QVERIFY(chart->localizeNumbers());
    const QStandardItemModel *sites = view.heldOutSiteModel();
    QCOMPARE(sites->index(0, 1).data().toString(), QStringLiteral("1.339"));
}

void tst_ValidationPage::fewerThanThreeSitesSaysSo()
{
    ValidationSummary v = fixedValidation();
    v.sites[2].state = HeldOutResult::State::Withheld;
    v.sites[2].measures.reset();
    poolValidation(v);
    QVERIFY(v.pooled.empty());
    QVERIFY(v.poolingProblem.contains(QStringLiteral("at least 3 sites, and 2 released")));
    ResultsView view;
    view.setReport(m_fed.report);
    view.setValidation(v);
    QVERIFY(view.validationNote().contains(v.poolingProblem));
    QCOMPARE(view.pooledMeasureModel()->rowCount(), 0);
    auto chart
        = qobject_cast<ForestChart *>(view.validationChartView(ValidationMeasure::Auc)->chart());
    QVERIFY(chart);
    QCOMPARE(chart->rows().size(), 5); // the sites, no pooled line
    QVERIFY(!rowWithStyle(chart, IntervalRow::Style::Diamond));
    QVERIFY(chart->diamonds().isEmpty());
}

void tst_ValidationPage::otherDesignClearsValidation()
{
    ResultsView view;
    view.setReport(m_fed.report);
    view.setValidation(fixedValidation(m_fed.report.designHash));
    view.setReport(m_fed.report); // the same design again: the validation stays
    QVERIFY(view.validation());
    protocol::FitReport other = m_fed.report;
    other.designHash = QStringLiteral("sha256:another-design");
    view.setReport(other);
    QVERIFY(!view.validation());
    QVERIFY(!view.chartView(ResultsView::ValidationPage));
}

void tst_ValidationPage::fromValidationRunReport()
{
    // What client::ValidationRun finishes with: three sites with results, one that failed.
    client::ValidationReport report;
    report.dataset = QStringLiteral("nwtco");
    report.designHash = m_fed.report.designHash;
    report.thresholds = { 0.1, 0.2, 0.3 };
    std::vector<analysis::HeldOutSite> held;
    for (int s = 0; s < 3; ++s) {
        const analysis::HeldOutSite h = fromR(s);
        held.push_back(h);
        client::HeldOutResult r;
        r.heldOut = QString::fromStdString(h.heldOut);
        r.n = h.n;
        r.events = h.events;
        r.auc = h.auc;
        r.aucSe = h.aucSe;
        r.calibrationSlope = h.calibrationSlope;
        r.calibrationSlopeSe = h.calibrationSlopeSe;
        r.calibrationInTheLarge = h.calibrationInTheLarge;
        r.calibrationInTheLargeSe = h.calibrationInTheLargeSe;
        r.observedExpected = h.observedExpected;
        r.brier = h.brier;
        for (double t : report.thresholds)
            r.decisionCurve.push_back(
                { t, t, 0.05 - 0.1 * t + 0.01 * s, 0.14 - 0.86 * t / (1 - t), 0.0, 0.0 });
        report.perSite << r;
    }
    client::HeldOutResult failed;
    failed.heldOut = QStringLiteral("ggd-zuid");
    failed.failure = QStringLiteral("ggd-zuid refused the evaluation: rule min-cell");
    failed.failurePhase = QStringLiteral("evaluation");
    report.perSite << failed;
    report.pooled = *analysis::poolHeldOutSites(held);
    for (double t : report.thresholds)
        report.pooledDecisionCurve.push_back(
            { t, t, 0.06 - 0.1 * t, 0.14 - 0.86 * t / (1 - t), 0.0, 0.0 });

    const ValidationSummary v = validationSummary(report);
    QCOMPARE(v.sites.size(), 4);
    QCOMPARE(v.sites[3].state, HeldOutResult::State::Failed);
    QVERIFY(v.sites[3].note.contains(QStringLiteral("rule min-cell")));
    QVERIFY(v.sites[3].note.contains(QStringLiteral("evaluation")));
    QCOMPARE(v.sites[1].measures->calibrationSlope, refValue("site1 calibration_slope", 0));
    QCOMPARE(v.pooled.size(), std::size_t(4));
    QVERIFY(near(v.prevalence,
                 (refValue("site0 events") + refValue("site1 events") + refValue("site2 events"))
                     / (refValue("site0 n") + refValue("site1 n") + refValue("site2 n"))));

    ResultsView view;
    view.setReport(m_fed.report);
    view.setValidation(v);
    auto forest = qobject_cast<ForestChart *>(
        view.validationChartView(ValidationMeasure::CalibrationSlope)->chart());
    QVERIFY(forest);
    QVERIFY(near(rowWithStyle(forest, IntervalRow::Style::Diamond)->estimate,
                 refValue("pooled calibration_slope", 0)));
    QCOMPARE(forest->rows()[3].valueText, QStringLiteral("failed"));
    // The held-out decision curve: pooled, per site, treat all and treat none.
    QChart *decision = view.validationDecisionView()->chart();
    QVERIFY(decision && view.validationDecisionView()->isVisibleTo(&view));
    QStringList names;
    for (QAbstractSeries *series : decision->series())
        names << series->objectName();
    for (const char *name : { "model", "treat-all", "treat-none", "site:site0", "site:site2" })
        QVERIFY2(names.contains(QLatin1String(name)), name);
    QVERIFY(!names.contains(QStringLiteral("site:ggd-zuid")));
    for (QAbstractSeries *series : decision->series()) {
        if (series->objectName() == QLatin1String("model")) {
            const QList<QPointF> points = static_cast<QLineSeries *>(series)->points();
            QCOMPARE(points.size(), 3);
            QCOMPARE(points[1], QPointF(0.2, 0.06 - 0.1 * 0.2));
        }
    }
}

void tst_ValidationPage::reportValidationSection()
{
    ReportOptions options = reportOptionsFor(m_fed.report);
    QVERIFY(!tripodReportHtml(m_fed.report, options).contains(QStringLiteral("leave one site")));
    options.validation = fixedValidation(m_fed.report.designHash);
    const QString html = tripodReportHtml(m_fed.report, options);
    QVERIFY(html.contains(QStringLiteral("Validation (leave one site out)")));
    QVERIFY(html.contains(QStringLiteral("ggd-oost")));
    QVERIFY(html.contains(QStringLiteral("withheld: fewer than 10 events")));
    // The note follows the site's name across the table: under the name it made a row of a
    // dozen lines in the narrow first column, beside seven empty cells.
    {
        std::unique_ptr<QTextDocument> doc(buildTripodReport(m_fed.report, options));
        bool found = false;
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
            QTextTable *t = QTextCursor(b).currentTable();
            if (!t || !b.text().contains(QStringLiteral("withheld: fewer than 10 events")))
                continue;
            const QTextTableCell cell = t->cellAt(b.position());
            QCOMPARE(t->columns(), 8);
            QCOMPARE(cell.column(), 0);
            QCOMPARE(cell.columnSpan(), 8);
            QVERIFY2(b.text().startsWith(QStringLiteral("ggd-oost — withheld")),
                     qPrintable(b.text()));
            found = true;
        }
        QVERIFY(found);
    }
    for (ValidationMeasure m : kValidationMeasures) {
        const std::vector<double> &want = reference().at("pooled " + measureId(m).toStdString());
        const int d = m == ValidationMeasure::Auc ? 3 : 2;
        QVERIFY2(html.contains(number(want[0], d)), qPrintable(measureId(m)));
        QVERIFY(
            html.contains(QStringLiteral("%1 to %2").arg(number(want[3], d), number(want[4], d))));
        QVERIFY(html.contains(QStringLiteral("fairstart:validation-") + measureId(m)));
    }
    std::unique_ptr<QTextDocument> doc(buildTripodReport(m_fed.report, options));
    for (ValidationMeasure m : kValidationMeasures) {
        const QImage image = doc->resource(QTextDocument::ImageResource,
                                           QUrl(QStringLiteral("fairstart:validation-")
                                                + measureId(m) + QStringLiteral(".png")))
                                 .value<QImage>();
        QVERIFY2(!image.isNull() && image.width() >= 900, qPrintable(measureId(m)));
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    QVERIFY(writeTripodReport(m_fed.report, path, options).isEmpty());
    QVERIFY(QFileInfo(path).size() > 20000);
}

void tst_ValidationPage::decisionCurveEqualsBins()
{
    const protocol::FitReport &r = m_fed.report;
    const QList<double> chosen = chosenThresholds(r);
    QCOMPARE(chosen, (QList<double> { 0.1, 0.2, 0.5 }));
    const QList<double> grid = decisionCurveThresholds(chosen);
    QCOMPARE(grid.front(), 0.1);
    QCOMPARE(grid.back(), 0.5);
    QCOMPARE(grid.size(), 41);
    // One threshold (the 0.5 of a run that named none): the curve from 0.01, not a flat line
    // over 0.45 to 0.55.
    const QList<double> one = decisionCurveThresholds({ 0.5 });
    QCOMPARE(one.front(), 0.01);
    QCOMPARE(one.back(), 0.55);
    QCOMPARE(one.size(), 55);
    std::vector<analysis::PerformanceBins> bins;
    for (const analysis::DesignMatrix &d : m_fed.designs)
        bins.push_back(*analysis::computePerformance(d, analysis::Family::Binomial, r.glm.beta));
    const std::vector<double> thresholds(grid.begin(), grid.end());
    // Pooled and per site: the ROC curves the sites released give analysis::decisionCurve's
    // numbers on the bins themselves.
    for (int s = -1; s < int(bins.size()); ++s) {
        const auto want = s < 0 ? analysis::decisionCurve(bins, thresholds)
                                : analysis::decisionCurve({ bins[std::size_t(s)] }, thresholds);
        QVERIFY(want.ok());
        const analysis::PerformanceMetrics &m = s < 0 ? *r.performance : *r.perSite[s].metrics;
        const std::vector<NetBenefitPoint> got = netBenefit(m, grid);
        QCOMPARE(got.size(), want->size());
        for (std::size_t i = 0; i < got.size(); ++i) {
            QVERIFY2(std::fabs(got[i].model - (*want)[i].model) < 1e-12,
                     qPrintable(QStringLiteral("site %1 t %2: %3 vs %4")
                                    .arg(s)
                                    .arg(grid[int(i)])
                                    .arg(got[i].model)
                                    .arg((*want)[i].model)));
            QVERIFY(std::fabs(got[i].treatAll - (*want)[i].treatAll) < 1e-12);
        }
    }
    std::unique_ptr<QChart> chart(makeDecisionCurveChart(r, chosen));
    QVERIFY(chart);
    QStringList names;
    for (QAbstractSeries *series : chart->series())
        names << series->objectName();
    for (const char *name : { "model", "treat-all", "treat-none", "chosen" })
        QVERIFY2(names.contains(QLatin1String(name)), name);
    for (const protocol::SitePerformance &p : r.perSite)
        QVERIFY(names.contains(QStringLiteral("site:") + p.site));
    QVERIFY(chart->title().contains(QStringLiteral("apparent")));
    // The decision curve is a section of the results document.
    ResultsView view;
    view.setReport(r);
    QVERIFY(view.chartView(ResultsView::DecisionCurvePage));
    protocol::FitReport none = r;
    none.performance->thresholds.clear();
    view.setReport(none);
    QVERIFY(!view.chartView(ResultsView::DecisionCurvePage));
}

void tst_ValidationPage::randomEffectsInPerSiteForest()
{
    ResultsView view;
    view.setReport(m_fed.report);
    view.setCurrentPage(ResultsView::SitesPage);
    auto forest = qobject_cast<ForestChart *>(view.siteChartView()->chart());
    QVERIFY(forest);
    std::vector<double> y, se;
    for (const protocol::SitePerformance &p : m_fed.report.perSite) {
        const double a = p.metrics->auc;
        y.push_back(std::log(a / (1 - a)));
        se.push_back(p.metrics->aucSe / (a * (1 - a)));
    }
    const auto re = analysis::randomEffects(y, se);
    QVERIFY(re.ok());
    const IntervalRow *diamond = rowWithStyle(forest, IntervalRow::Style::Diamond);
    const IntervalRow *pi = rowWithStyle(forest, IntervalRow::Style::Prediction);
    QVERIFY(diamond && pi);
    auto expit = [](double x) {
        return 1 / (1 + std::exp(-x));
    };
    QVERIFY(near(diamond->estimate, expit(re->estimate)));
    QVERIFY(near(diamond->lower, expit(re->ciLower)));
    QVERIFY(near(pi->upper, expit(re->piUpper)));
    // A term: on the log-odds scale, shown as odds ratios.
    auto *choice = view.findChild<QComboBox *>();
    QVERIFY(choice && choice->count() > 2);
    choice->setCurrentIndex(2); // item 1 is the intercept, item 2 the first term
    forest = qobject_cast<ForestChart *>(view.siteChartView()->chart());
    QVERIFY(forest);
    y.clear();
    se.clear();
    for (const protocol::SiteFit &f : m_fed.report.perSiteFits) {
        y.push_back(f.glm->coefficients[1].estimate);
        se.push_back(f.glm->coefficients[1].stdError);
    }
    const auto term = analysis::randomEffects(y, se);
    QVERIFY(term.ok());
    diamond = rowWithStyle(forest, IntervalRow::Style::Diamond);
    QVERIFY(diamond);
    QVERIFY(near(diamond->estimate, std::exp(term->estimate)));
    QVERIFY(near(diamond->upper, std::exp(term->ciUpper)));
}

void tst_ValidationPage::apparentLabels()
{
    // The pages' names fit a fit and a registered model's evaluation alike (which is not
    // apparent, tst_registeredaction); a fit's charts and notes say "apparent".
    QVERIFY(!ResultsView::pageTitle(ResultsView::DiscriminationPage)
                 .contains(QStringLiteral("apparent")));
    const protocol::FitReport &r = m_fed.report;
    std::unique_ptr<QChart> roc(makeRocChart(*r.performance));
    QVERIFY(roc->title().contains(QStringLiteral("apparent AUC")));
    std::unique_ptr<QChart> cal(
        makeCalibrationChart(*r.performance, r.calibrationIntercept, r.calibrationSlope));
    QVERIFY(cal->title().contains(QStringLiteral("apparent")));
    ResultsView view;
    view.setReport(r);
    const QString html = tripodReportHtml(r, reportOptionsFor(r));
    QVERIFY(html.contains(QStringLiteral("apparent AUC")));
    QVERIFY(html.contains(QStringLiteral("Apparent calibration slope")));
    auto forest = qobject_cast<ForestChart *>(view.siteChartView()->chart());
    QVERIFY(forest && forest->title().contains(QStringLiteral("Apparent AUC")));
}

void tst_ValidationPage::fairnessPanel()
{
    const FairnessSummary f = fixedFairness();
    QCOMPARE(f.rows.size(), 10); // per level: pooled + 4 sites
    // "female": pooled over site0-site2, as metafor pooled them (validation-reference.txt).
    const FairnessRow &female = f.rows.at(0);
    QVERIFY(female.site.isEmpty());
    QCOMPARE(female.sites, 3);
    QVERIFY2(female.note.contains(QStringLiteral("site3")), qPrintable(female.note));
    for (ValidationMeasure m : kValidationMeasures) {
        const std::vector<double> &want = reference().at("pooled " + measureId(m).toStdString());
        const auto &v = female.values[std::size_t(m)];
        const auto &pi = female.predictionIntervals[std::size_t(m)];
        QVERIFY2(v && pi, qPrintable(measureId(m)));
        QVERIFY2(near(v->estimate, want[0]), qPrintable(measureId(m)));
        QVERIFY(near(v->lower, want[1]) && near(v->upper, want[2]));
        QVERIFY(near(pi->lower, want[3]) && near(pi->upper, want[4]));
    }
    // "male": two sites released it, two withheld it: not pooled, and it says why.
    const FairnessRow &male = f.rows.at(5);
    QCOMPARE(male.level, QStringLiteral("male"));
    QVERIFY(male.site.isEmpty());
    QVERIFY(std::none_of(male.values.begin(), male.values.end(),
                         [](const auto &v) { return v.has_value(); }));
    QVERIFY2(male.note.contains(QStringLiteral("withheld at site2, site3")), qPrintable(male.note));

    ResultsView view;
    view.resize(1000, 800);
    view.setReport(m_fed.report);
    ValidationSummary v = fixedValidation(m_fed.report.designHash);
    QVERIFY(view.fairnessNote().isEmpty() || !view.validation());
    view.setValidation(v);
    QVERIFY(view.fairnessNote().contains(QStringLiteral("choose a subgroup variable")));
    QVERIFY(!view.fairnessChartView(ValidationMeasure::Auc)->isVisibleTo(&view));
    v.fairness = f;
    view.setValidation(v);
    QVERIFY(view.fairnessNote().contains(QStringLiteral("By Sex")));
    // The table: every number's cell of a withheld row says "withheld", never a number; the
    // note says once why ("withheld (rule)"; the fourth walk saw the rule in all seven cells).
    const QStandardItemModel *model = view.fairnessModel();
    QCOMPARE(model->rowCount(), 10);
    QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Sex"));
    int withheldRows = 0;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, 1).data().toString() != QStringLiteral("site3")
            && !(model->index(r, 0).data().toString() == QStringLiteral("male")
                 && model->index(r, 1).data().toString() == QStringLiteral("site2")))
            continue;
        ++withheldRows;
        for (int c = 2; c < model->columnCount(); ++c) {
            const QModelIndex i = model->index(r, c);
            const bool note = c == model->columnCount() - 1;
            QCOMPARE(i.data().toString(),
                     note ? QStringLiteral("withheld (too few records (min-cell))")
                          : QStringLiteral("withheld"));
            QVERIFY(!i.data(ValueRole).isValid());
            if (!note) {
                QVERIFY(i.data(WithheldRole).toBool());
                QCOMPARE(i.data(Qt::ToolTipRole).toString(),
                         QStringLiteral("withheld (too few records (min-cell))"));
            }
        }
    }
    QCOMPARE(withheldRows, 3);
    // The pooled female AUC in the table is R's.
    QVERIFY(near(model->index(0, 4).data(ValueRole).toDouble(), refValue("pooled auc", 0)));
    // A forest plot per measure, one row per level; the unpooled level without numbers.
    for (ValidationMeasure m : kValidationMeasures) {
        QVERIFY(view.fairnessChartView(m)->isVisibleTo(&view));
        auto chart = qobject_cast<ForestChart *>(view.fairnessChartView(m)->chart());
        QVERIFY(chart);
        QCOMPARE(chart->rows().size(), 2);
        QCOMPARE(chart->rows().at(0).label, QStringLiteral("female"));
        QCOMPARE(chart->rows().at(1).style, IntervalRow::Style::Missing);
        QCOMPARE(chart->rows().at(1).valueText, QStringLiteral("not pooled"));
    }

    QTemporaryDir dir;
    QString error;
    const QStringList files = view.exportAll(dir.path(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(files.contains(dir.filePath(QStringLiteral("fairness.csv"))));
    QVERIFY(files.contains(dir.filePath(QStringLiteral("fairness-auc.svg"))));
    QFile csv(dir.filePath(QStringLiteral("fairness.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QVERIFY(csv.readAll().contains("withheld (too few records (min-cell))"));

    // The report: section 11.1 with the table and a forest plot per measure.
    ReportOptions options = reportOptionsFor(m_fed.report);
    options.validation = v;
    const QString html = tripodReportHtml(m_fed.report, options);
    QVERIFY(html.contains(QStringLiteral("11.1 Performance by Sex")));
    QVERIFY(html.contains(QStringLiteral("withheld (too few records (min-cell))")));
    QVERIFY(html.contains(number(refValue("pooled auc", 0), 3)));
    std::unique_ptr<QTextDocument> doc(buildTripodReport(m_fed.report, options));
    for (ValidationMeasure m : kValidationMeasures) {
        QVERIFY(html.contains(QStringLiteral("fairstart:fairness-") + measureId(m)));
        const QImage image = doc->resource(QTextDocument::ImageResource,
                                           QUrl(QStringLiteral("fairstart:fairness-") + measureId(m)
                                                + QStringLiteral(".png")))
                                 .value<QImage>();
        QVERIFY2(!image.isNull() && image.width() >= 900, qPrintable(measureId(m)));
    }
}

void tst_ValidationPage::fairnessStoredAndRead()
{
    ValidationSummary v = fixedValidation(QStringLiteral("sha256:abc"));
    v.fairness = fixedFairness();
    const QJsonObject json = validationSummaryToJson(v);
    QString error;
    const std::optional<ValidationSummary> back = validationSummaryFromJson(json, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->sites.size(), v.sites.size());
    QCOMPARE(back->sites.at(3).state, HeldOutResult::State::Withheld);
    QCOMPARE(back->sites.at(4).state, HeldOutResult::State::Failed);
    QVERIFY(!back->sites.at(3).measures);
    QCOMPARE(back->sites.at(0).measures->aucSe, v.sites.at(0).measures->aucSe);
    QCOMPARE(back->pooled.size(), v.pooled.size());
    QCOMPARE(back->pooled.at(1).piLower, v.pooled.at(1).piLower);
    QVERIFY(back->fairness);
    QCOMPARE(back->fairness->rows.size(), v.fairness->rows.size());
    for (int i = 0; i < v.fairness->rows.size(); ++i) {
        QCOMPARE(back->fairness->rows[i].withheld, v.fairness->rows[i].withheld);
        QCOMPARE(back->fairness->rows[i].note, v.fairness->rows[i].note);
        for (std::size_t m = 0; m < 4; ++m) {
            QCOMPARE(back->fairness->rows[i].values[m].has_value(),
                     v.fairness->rows[i].values[m].has_value());
            if (v.fairness->rows[i].values[m])
                QCOMPARE(back->fairness->rows[i].values[m]->upper,
                         v.fairness->rows[i].values[m]->upper);
        }
    }
    // A stored withheld cell or site that carries a number is refused, not shown.
    QJsonObject tampered = json;
    QJsonObject fairness = tampered.value(QStringLiteral("fairness")).toObject();
    QJsonArray rows = fairness.value(QStringLiteral("rows")).toArray();
    QJsonObject row = rows.at(4).toObject(); // female at site3, withheld
    QVERIFY(row.value(QStringLiteral("withheld")).toBool());
    row.insert(QStringLiteral("n"), 7);
    rows.replace(4, row);
    fairness.insert(QStringLiteral("rows"), rows);
    tampered.insert(QStringLiteral("fairness"), fairness);
    QVERIFY(!validationSummaryFromJson(tampered, &error));
    QVERIFY2(error.contains(QStringLiteral("withheld")), qPrintable(error));
    QVERIFY(!validationSummaryFromJson(QJsonObject {}, &error));
}

QTEST_MAIN(tst_ValidationPage)
#include "tst_validationpage.moc"

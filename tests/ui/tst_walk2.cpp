// SPDX-License-Identifier: GPL-3.0-or-later
// The walk of 2026-12-06 (branch walk2): what the walk of the same day (branch walk) saw and
// left, and what this walk saw, each checked where a test can. Reviewer mode's ROC chart cut its
// axis title and legend in a 1000 px window; a per-gram ratio beside ratios of 0.5–3 was a dot
// on the line of no effect; the report's suggested file name used the outcome's column; "Events
// per parameter … 696.0"; the dashboard's "10.0" ticks and a legend repeating the axis title;
// the funnel plot's two limits as one grey square; the publish dialog's "The chance of
// Developmental delay …"; a cohort pinned to complete cases unmentioned in the report and the
// results; a masked Table 1 that named only the first site that refused (three real nodes).
#include "../federation-client/nodecluster.h"
#include "results/simulatedreport.h"

#include "fairstart/ui/analyses/table1.h"
#include "fairstart/ui/dashboard/dashboardview.h"
#include "fairstart/ui/dashboard/funnelplot.h"
#include "fairstart/ui/publishdialog.h"
#include "fairstart/ui/report/tripodreport.h"
#include "fairstart/ui/results/charts.h"
#include "fairstart/ui/results/resultsview.h"
#include "fairstart/ui/reviewer/publishedmodel.h"
#include "fairstart/ui/reviewer/reviewerwindow.h"

#include "fairstart/client/maskeddescriptives.h"
#include "fairstart/client/transport.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QLogValueAxis>
#include <QPdfWriter>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>
#include <QValueAxis>

#include <cmath>
#include <memory>

using namespace fairstart;
using namespace fairstart::ui;

namespace {

// Every text Qt Charts drew in the view's scene that it had to shorten ("Sensitivity
// (true-pos...").
QStringList cutTexts(QChartView *view)
{
    QStringList cut;
    for (QGraphicsItem *item : view->scene()->items()) {
        auto *text = dynamic_cast<QGraphicsTextItem *>(item);
        if (!text || !text->isVisible())
            continue;
        const QString t = text->toPlainText();
        if (t.contains(QStringLiteral("...")) || t.contains(QChar(0x2026)))
            cut << t;
    }
    return cut;
}

QStringList drawnTexts(QChartView *view)
{
    QStringList texts;
    for (QGraphicsItem *item : view->scene()->items()) {
        if (auto *text = dynamic_cast<QGraphicsTextItem *>(item); text && text->isVisible())
            texts << text->toPlainText();
    }
    return texts;
}

analysis::Coefficient coefficient(const std::string &term, double estimate, double se)
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

// Where `v` lies on a log axis, 0 at its left end and 1 at its right.
double logShare(const QLogValueAxis *axis, double v)
{
    return std::log(v / axis->min()) / std::log(axis->max() / axis->min());
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

} // namespace

class tst_Walk2 : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_cluster.stopAll(); }
    void reviewerRocChartNotCut();
    void perGramBesideOtherRatiosScaled();
    void reportFileNameByTheOutcomesLabel();
    void eventsPerParameterWhole();
    void reportSiteStateInWords();
    void reportHeadingsNotAloneAtThePageFoot();
    void dashboardBarsWholeTicksNoRepeatedLegend();
    void funnelLimitsTellApartInTheLegend();
    void publishProposalReadsAsASentence();
    void completeCasesCohortSaid();
    void dashboardNoteFollowsTheTab();
    void withheldBarWithoutRangePromisesNoHatching();
    void maskedTable1NamesEverySiteThatRefused();

private:
    testing::SimulatedFederation m_fed;
    testsupport::NodeCluster m_cluster;
};

void tst_Walk2::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    QStandardPaths::setTestModeEnabled(true);
    m_fed = testing::simulateFederation(300);
    QVERIFY(m_fed.report.performance.has_value());
}

// About the model (reviewer mode) in its 1000 × 680 window: the ROC chart beside the
// calibration chart had 360 px; its axis title read "Sensitivity (true-pos…" and its legend
// "Model: apparent AUC 0.575 (95% CI 0…". The charts are one under the other, nothing cut.
void tst_Walk2::reviewerRocChartNotCut()
{
    PublishedModelDocument model { proposeDescription(m_fed.report, {}), m_fed.report };
    ReviewerWindow window(model);
    window.resize(1000, 680);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showAbout();
    auto *roc = window.findChild<QChartView *>(QStringLiteral("rocChart"));
    auto *calibration = window.findChild<QChartView *>(QStringLiteral("calibrationChart"));
    QVERIFY(roc && calibration);
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
    for (QChartView *view : { roc, calibration }) {
        view->grab(); // lays the chart out at the view's size
        const QStringList texts = drawnTexts(view);
        QVERIFY2(!texts.isEmpty(), "the chart drew no text");
        const QStringList cut = cutTexts(view);
        QVERIFY2(cut.isEmpty(),
                 qPrintable(QStringLiteral("%1 px wide: %2")
                                .arg(view->width())
                                .arg(cut.join(QStringLiteral(" | ")))));
    }
    const QStringList texts = drawnTexts(roc);
    QVERIFY2(texts.contains(QStringLiteral("Sensitivity (true-positive rate)")),
             qPrintable(texts.join(QStringLiteral(" | "))));
    QVERIFY(std::any_of(texts.begin(), texts.end(), [](const QString &t) {
        return t.startsWith(QStringLiteral("Model: apparent AUC")) && t.endsWith(QLatin1Char(')'));
    }));
}

// `dev_delay_2y ~ birth_weight_g + sex + …`: the odds ratio per gram (0.99931 [0.99920,
// 0.99943]) beside ratios of 0.5–3 kept the log axis, where its interval was a dot on the line
// of no effect. It is drawn per 1,000 g (the smallest power of ten that moves it a tenth of the
// axis from 1), its label and value column say so; the other ratios are unchanged.
void tst_Walk2::perGramBesideOtherRatiosScaled()
{
    protocol::FitReport r = m_fed.report;
    analysis::Predictor *weight = nullptr;
    for (analysis::Predictor &p : r.design.spec.predictors) {
        if (p.variable == "birthweight")
            weight = &p;
    }
    QVERIFY(weight);
    const std::vector<std::string> before = columnsOf(r.design, *weight);
    QCOMPARE(before.size(), std::size_t(1));
    weight->transform = analysis::Transform::AsIs;
    const std::vector<std::string> after = columnsOf(r.design, *weight);
    QCOMPARE(after.size(), std::size_t(1));
    int row = -1;
    for (std::size_t i = 0; i < r.glm.coefficients.size(); ++i) {
        if (r.glm.coefficients[i].term == before[0]) {
            r.glm.coefficients[i] = coefficient(after[0], -0.000687, 0.0000586);
            row = int(i);
        }
    }
    QVERIFY(row > 0);
    const QMap<QString, QString> labels { { QStringLiteral("birthweight"),
                                            QStringLiteral("Birth weight (g)") } };
    std::unique_ptr<ForestChart> chart(makeCoefficientForest(r, labels));
    auto *axis = qobject_cast<QLogValueAxis *>(chart->axes(Qt::Horizontal).value(0));
    QVERIFY2(axis, "the other ratios (0.5–3) keep the log axis");

    // The interval series of the birth weight's row: its ends on the axis.
    QLineSeries *interval = nullptr;
    QString label;
    for (QAbstractSeries *s : chart->series()) {
        if (s->objectName() == QLatin1String("interval")
            && s->name().startsWith(QStringLiteral("Birth weight (g)"))) {
            interval = qobject_cast<QLineSeries *>(s);
            label = s->name();
        }
    }
    QVERIFY(interval && interval->count() == 2);
    QCOMPARE(label, QStringLiteral("Birth weight (g), per %1").arg(QLocale().toString(1000)));
    const double lower = interval->at(0).x();
    const double upper = interval->at(1).x();
    QVERIFY2(logShare(axis, upper) - logShare(axis, lower) > 0.03,
             qPrintable(QStringLiteral("%1 to %2 on %3–%4")
                            .arg(lower)
                            .arg(upper)
                            .arg(axis->min())
                            .arg(axis->max())));
    QVERIFY2(logShare(axis, 1.0) - logShare(axis, upper) > 0.05,
             "the interval is clear of the line of no effect");
    QVERIFY(std::fabs(upper - std::exp(1000 * (-0.000687 + 1.959964 * 0.0000586))) < 1e-9);
    // The value column gives the same numbers as drawn.
    auto *values = qobject_cast<QCategoryAxis *>(
        chart->axes(Qt::Horizontal).isEmpty() ? nullptr : chart->axes(Qt::Vertical).value(1));
    QVERIFY(values);
    const QString expected = QString::number(std::exp(1000 * -0.000687), 'f', 2);
    QVERIFY2(
        values->categoriesLabels().join(QLatin1Char('|')).contains(expected + QStringLiteral(" [")),
        qPrintable(values->categoriesLabels().join(QLatin1Char('|'))));
    // A ratio of a level is never scaled.
    for (QAbstractSeries *s : chart->series()) {
        if (s->objectName() == QLatin1String("interval"))
            QVERIFY2(s->name() == label || !s->name().contains(QStringLiteral(", per ")),
                     qPrintable(s->name()));
    }
}

// Export report suggested "Prediction model for dev_delay_2y.pdf" while the report's heading
// says "Prediction model for Developmental delay at 2 years".
void tst_Walk2::reportFileNameByTheOutcomesLabel()
{
    const QMap<QString, QString> labels { { QStringLiteral("delay"),
                                            QStringLiteral("Developmental delay at 2 years") } };
    QCOMPARE(tripodReportFileName(m_fed.report, labels),
             QStringLiteral("Prediction model for Developmental delay at 2 years.pdf"));
    QCOMPARE(tripodReportFileName(m_fed.report), QStringLiteral("Prediction model for delay.pdf"));
    ReportOptions o = reportOptionsFor(m_fed.report);
    o.labels = labels;
    QVERIFY(tripodReportHtml(m_fed.report, o)
                .contains(QStringLiteral("Prediction model for Developmental delay at 2 years")));
}

// This walk, the Dutch report: section 1's site table said "ok" in the Status column (the run
// record's identifier), where Results ▸ Sites says "took part".
void tst_Walk2::reportSiteStateInWords()
{
    const QString html = tripodReportHtml(m_fed.report, reportOptionsFor(m_fed.report));
    QVERIFY(!m_fed.report.sites.isEmpty());
    QCOMPARE(m_fed.report.sites.first().state, QStringLiteral("ok"));
    QVERIFY2(!html.contains(QStringLiteral(">ok<")), "a site's state as its identifier");
    QVERIFY(html.contains(QStringLiteral(">took part<")));
}

// This walk, the English report of `dev_delay_2y ~ birth_weight_g + sex + …`: "3 Outcome" stood
// alone at the foot of page 1, its sentence overleaf. The content above the headings is shifted
// line by line (more and more filters in section 2) so that some heading meets the foot of a
// page: none stays there without the first line of its text.
void tst_Walk2::reportHeadingsNotAloneAtThePageFoot()
{
    int checked = 0;
    for (int k = 0; k < 24; ++k) {
        protocol::FitReport r = m_fed.report;
        for (int f = 0; f < k; ++f) {
            analysis::Filter filter;
            filter.variable = "mother_age";
            filter.min = 15 + f;
            filter.max = 50 - f % 3;
            r.design.spec.filters.push_back(filter);
        }
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        setUpReportPage(&writer);
        std::unique_ptr<QTextDocument> doc(buildTripodReport(r, reportOptionsFor(r), &writer));
        const qreal page = doc->pageSize().height();
        QAbstractTextDocumentLayout *layout = doc->documentLayout();
        for (QTextBlock b = doc->begin(); b.isValid() && b.next().isValid(); b = b.next()) {
            if (b.blockFormat().headingLevel() <= 0 || QTextCursor(b).currentTable())
                continue;
            const QTextBlock next = b.next();
            if (QTextCursor(next).currentTable() || next.layout()->lineCount() == 0)
                continue;
            ++checked;
            const qreal top = layout->blockBoundingRect(b).top();
            const qreal text = layout->blockBoundingRect(next).top() + next.layout()->lineAt(0).y();
            QVERIFY2(std::floor(top / page) == std::floor(text / page),
                     qPrintable(QStringLiteral("%1 filters: \"%2\" on page %3, its text on %4")
                                    .arg(k)
                                    .arg(b.text())
                                    .arg(int(top / page) + 1)
                                    .arg(int(text / page) + 1)));
        }
    }
    QVERIFY(checked > 100);
}

// Report section 5: "Events per parameter (smaller outcome class): 696.0".
void tst_Walk2::eventsPerParameterWhole()
{
    protocol::FitReport r = m_fed.report;
    r.glm.coefficients.resize(3);
    r.glm.n = 5000;
    r.glm.events = 2088; // 2088 / 3 = 696
    const QString html = tripodReportHtml(r, reportOptionsFor(r));
    QVERIFY2(html.contains(QStringLiteral("Events per parameter (smaller outcome class): 696.")),
             qPrintable(html.mid(html.indexOf(QStringLiteral("Events per")), 80)));
    QVERIFY(!html.contains(QStringLiteral("696.0")));
    QCOMPARE(eventsPerParameterText(10.4), QStringLiteral("10.4"));
    QCOMPARE(eventsPerParameterText(696.0), QStringLiteral("696"));
}

// The policymaker dashboard's bars: ticks "0.0, 10.0, 20.0 …" and a legend "Rate (%)" repeating
// the axis title. Whole ticks; the legend only for withheld bars, and then only them.
void tst_Walk2::dashboardBarsWholeTicksNoRepeatedLegend()
{
    const QList<BarValue> bars { { QStringLiteral("a"), 32.5, {} },
                                 { QStringLiteral("b"), 38.1, {} },
                                 { QStringLiteral("c"), 35.0, {} } };
    std::unique_ptr<QChart> chart(makeBarChart(QStringLiteral("x"), bars,
                                               QStringLiteral("Rate (%)"), QStringLiteral("< 10")));
    auto *y = qobject_cast<QValueAxis *>(chart->axes(Qt::Vertical).value(0));
    QVERIFY(y);
    QCOMPARE(y->labelFormat(), QStringLiteral("%.0f"));
    QChart *shownChart = chart.release();
    QChartView view(shownChart);
    view.resize(700, 450);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.grab();
    for (QLegendMarker *m : shownChart->legend()->markers())
        QVERIFY2(!shownChart->legend()->isVisible() || !m->isVisible(), qPrintable(m->label()));
    const QStringList texts = drawnTexts(&view);
    QVERIFY2(texts.contains(QStringLiteral("10")) && !texts.contains(QStringLiteral("10.0")),
             qPrintable(texts.join(QStringLiteral(" | "))));
    QCOMPARE(texts.count(QStringLiteral("Rate (%)")), 1);

    // A withheld area: the legend explains the hatching, and only that.
    const QList<BarValue> withheld { { QStringLiteral("a"), 32.5, {} },
                                     { QStringLiteral("b"), std::nullopt, 8.0 } };
    QChart *second = makeBarChart(QStringLiteral("x"), withheld, QStringLiteral("Rate (%)"),
                                  QStringLiteral("< 10"));
    QChartView secondView(second); // a marker is visible only in a shown legend
    secondView.resize(700, 450);
    secondView.show();
    QVERIFY(QTest::qWaitForWindowExposed(&secondView));
    QVERIFY(second->legend()->isVisible());
    QStringList shown;
    for (QLegendMarker *m : second->legend()->markers()) {
        if (m->isVisible())
            shown << m->label();
    }
    QCOMPARE(shown.size(), 1);
    QVERIFY2(shown[0].startsWith(QStringLiteral("Withheld")), qPrintable(shown[0]));
    // Steps of 2.5 keep their decimal.
    const QList<BarValue> small { { QStringLiteral("a"), 3.2, {} },
                                  { QStringLiteral("b"), 8.1, {} } };
    std::unique_ptr<QChart> third(makeBarChart(QStringLiteral("x"), small,
                                               QStringLiteral("Rate (%)"), QStringLiteral("< 10")));
    auto *y3 = qobject_cast<QValueAxis *>(third->axes(Qt::Vertical).value(0));
    const double step = (y3->max() - y3->min()) / (y3->tickCount() - 1);
    QCOMPARE(y3->labelFormat(),
             std::fabs(step - std::round(step)) < 1e-9 ? QStringLiteral("%.0f")
                                                       : QStringLiteral("%.1f"));
}

// The funnel plot's legend showed the 95% and the 99.8% limits as the same grey square. Each
// line's marker is a stretch of the line, and the two limits differ in shade.
void tst_Walk2::funnelLimitsTellApartInTheLegend()
{
    const QList<FunnelPoint> points { { QStringLiteral("a"), 1200, 400 },
                                      { QStringLiteral("b"), 2400, 880 },
                                      { QStringLiteral("c"), 3600, 1250 } };
    QChart *chart = makeFunnelChart(QStringLiteral("f"), points);
    QChartView chartView(chart); // a marker is visible only in a shown legend
    chartView.resize(700, 450);
    chartView.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chartView));
    QCOMPARE(chart->legend()->markerShape(), QLegend::MarkerShapeFromSeries);
    QLegendMarker *limits95 = nullptr;
    QLegendMarker *limits998 = nullptr;
    for (QLegendMarker *m : chart->legend()->markers()) {
        if (!m->isVisible())
            continue;
        if (m->label() == QLatin1String("95% limits"))
            limits95 = m;
        if (m->label() == QLatin1String("99.8% limits"))
            limits998 = m;
    }
    QVERIFY(limits95 && limits998);
    QVERIFY2(limits95->brush().color() != limits998->brush().color()
                 || limits95->pen().color() != limits998->pen().color(),
             qPrintable(limits95->brush().color().name()));
    // The lines themselves: dashed and dotted.
    for (QAbstractSeries *s : chart->series()) {
        if (s->objectName() == QLatin1String("upper95"))
            QCOMPARE(qobject_cast<QLineSeries *>(s)->pen().style(), Qt::DashLine);
        if (s->objectName() == QLatin1String("upper998"))
            QCOMPARE(qobject_cast<QLineSeries *>(s)->pen().style(), Qt::DotLine);
    }

    // This walk: one area of three released the indicator, and the funnel drew limits around
    // that area's own rate (its "pooled" rate). No limits for a single area, and the note says
    // why.
    std::unique_ptr<QChart> one(makeFunnelChart(QStringLiteral("f"), { points[1] }));
    for (QAbstractSeries *s : one->series())
        QVERIFY2(!s->objectName().startsWith(QStringLiteral("upper"))
                     && !s->objectName().startsWith(QStringLiteral("lower"))
                     && s->objectName() != QLatin1String("pooled"),
                 qPrintable(s->objectName()));
    QList<AreaDescriptives> areas;
    for (size_t s = 0; s < m_fed.tables.size(); ++s) {
        AreaDescriptives a {
            QStringLiteral("area-%1").arg(s + 1),
            testing::simulatedDescriptives(m_fed.tables[s], QStringLiteral("cohort")), 10
        };
        // Areas 2 and 3 withhold every level's count.
        for (protocol::CategoricalDescription &c : a.descriptives.categorical) {
            for (protocol::CatalogueLevel &l : c.levels)
                l.count = s == 0 ? l.count : std::nullopt;
        }
        areas.append(a);
    }
    DashboardView view;
    view.setData(areas, QStringLiteral("Site"));
    view.chartTabs()->setCurrentWidget(view.funnelView());
    QVERIFY2(view.noteText().contains(QStringLiteral("needs two or more areas")),
             qPrintable(view.noteText()));
    for (QAbstractSeries *s : view.funnelView()->chart()->series())
        QVERIFY2(s->objectName() != QLatin1String("upper95"), "limits around one area");
}

// The publish dialog proposed "The chance of Developmental delay at 2 years." (the label's
// capital inside a sentence), and the calculator then said "… would have Developmental delay".
void tst_Walk2::publishProposalReadsAsASentence()
{
    const QMap<QString, QString> labels { { QStringLiteral("delay"),
                                            QStringLiteral("Developmental delay at 2 years") } };
    const ModelDescription d = proposeDescription(m_fed.report, labels);
    QCOMPARE(d.predicts, QStringLiteral("The chance of developmental delay at 2 years."));
    QCOMPARE(d.title, QStringLiteral("Risk of developmental delay at 2 years"));
    QCOMPARE(d.outcome, QStringLiteral("developmental delay at 2 years"));
    // Every sentence still starts with a capital, and abbreviations keep theirs.
    QVERIFY(d.predicts.at(0).isUpper() && d.title.at(0).isUpper());
    QCOMPARE(inSentence(QStringLiteral("BMI at 5 years")), QStringLiteral("BMI at 5 years"));
    PublishDialog dialog(d, m_fed.report);
    QCOMPARE(dialog.description().predicts, d.predicts);
}

// A cohort pinned to the complete cases of a set of variables (ModelSpec::completeCases):
// fairstart-cli fit says "Cohort: the complete cases of …"; the PDF report and the results view
// said nothing, though the records analysed are fewer than the model's own variables would use.
void tst_Walk2::completeCasesCohortSaid()
{
    protocol::FitReport r = m_fed.report;
    const QMap<QString, QString> labels { { QStringLiteral("smoking"),
                                            QStringLiteral("Smoking in pregnancy") } };
    ReportOptions o = reportOptionsFor(r);
    o.labels = labels;
    QVERIFY(!tripodReportHtml(r, o).contains(QStringLiteral("complete cases of")));
    r.design.spec.completeCases = { "smoking", "apgar" };
    const QString sentence = QStringLiteral(
        "Cohort: the complete cases of Smoking in pregnancy, apgar and the model's variables.");
    std::unique_ptr<QTextDocument> doc(buildTripodReport(r, o, nullptr));
    QVERIFY2(doc->toPlainText().contains(sentence), "not in the report");

    ResultsView view;
    view.setVariableLabels(labels);
    view.setReport(r);
    bool found = false;
    for (QLabel *l : view.findChildren<QLabel *>()) {
        QTextDocument text;
        text.setHtml(l->text());
        found = found || text.toPlainText().contains(sentence);
    }
    QVERIFY2(found, "not in the results view");
}

// This walk, the dashboard in Dutch: under every tab the same paragraph of six lines, the
// funnel plot's limits explained under the bars and the trend. The note speaks of the tab shown;
// the per-area table's rates read "38.0" under "Rate (%)" (they read "38.0%", the trend's
// "41.8").
void tst_Walk2::dashboardNoteFollowsTheTab()
{
    QList<AreaDescriptives> areas;
    for (size_t s = 0; s < m_fed.tables.size(); ++s)
        areas.append({ QStringLiteral("area-%1").arg(s + 1),
                       testing::simulatedDescriptives(m_fed.tables[s], QStringLiteral("cohort")),
                       10 });
    DashboardView view;
    view.setData(areas, QStringLiteral("Site"));
    const QString funnel = QStringLiteral("outside the dotted 99.8% limits");
    QCOMPARE(view.chartTabs()->currentWidget(), static_cast<QWidget *>(view.chartView()));
    QVERIFY2(!view.noteText().contains(funnel), qPrintable(view.noteText()));
    const QString base = view.noteText();
    QVERIFY(!base.isEmpty());
    view.chartTabs()->setCurrentWidget(view.funnelView());
    QVERIFY2(view.noteText().contains(funnel), qPrintable(view.noteText()));
    QVERIFY(view.noteText().startsWith(base));
    view.chartTabs()->setCurrentWidget(view.trendView());
    QVERIFY2(!view.noteText().contains(funnel), qPrintable(view.noteText()));
    view.chartTabs()->setCurrentWidget(view.chartView());
    QCOMPARE(view.noteText(), base);

    const QString rate = view.model()->index(0, IndicatorModel::RateColumn).data().toString();
    QVERIFY2(!rate.isEmpty() && !rate.endsWith(QLatin1Char('%')), qPrintable(rate));
}

// This walk, Municipality of residence = Zeist: two areas released neither the count nor their
// records, so their bars had no hatched range, but the legend said "Withheld (< 10): somewhere
// in the hatched range". The "< 10" under the area's name says it; the legend only explains a
// hatching that is drawn.
void tst_Walk2::withheldBarWithoutRangePromisesNoHatching()
{
    const QList<BarValue> bars { { QStringLiteral("a"), std::nullopt, std::nullopt },
                                 { QStringLiteral("b"), 6.9, {} },
                                 { QStringLiteral("c"), std::nullopt, std::nullopt } };
    QChart *chart = makeBarChart(QStringLiteral("x"), bars, QStringLiteral("Rate (%)"),
                                 QStringLiteral("< 10"));
    QChartView view(chart); // a marker is visible only in a shown legend
    view.resize(700, 450);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    for (QLegendMarker *m : chart->legend()->markers())
        QVERIFY2(!m->isVisible() || !chart->legend()->isVisible(), qPrintable(m->label()));
    QVERIFY(!drawnTexts(&view).join(QLatin1Char('|')).contains(QStringLiteral("hatched")));
    auto *x = qobject_cast<QCategoryAxis *>(chart->axes(Qt::Horizontal).value(0));
    QVERIFY(x);
    QVERIFY2(x->categoriesLabels().value(0).contains(QStringLiteral("&lt; 10")),
             qPrintable(x->categoriesLabels().join(QLatin1Char('|'))));
}

// Table 1 over three sites (masked descriptives) on a cohort every site refuses: the message
// named the first site only ("site site1 refused …"), as fairstart-cli did before it reported
// every site's refusal. Every site is named now.
void tst_Walk2::maskedTable1NamesEverySiteThatRefused()
{
    if (!m_cluster.available())
        QFAIL("fairstart-node is not built (FAIRSTART_BIN_DIR/node/fairstart-node)");
    QVERIFY2(m_cluster.start(3, 400), qPrintable(m_cluster.error));
    protocol::DescriptivesRequest request;
    request.purpose = QStringLiteral("research");
    request.dataset = QStringLiteral("cohort");
    request.variables.append({ QStringLiteral("sex"), {} });
    // No child weighs under 300 g: an empty cohort at every site.
    analysis::Filter tiny;
    tiny.variable = "birth_weight_g";
    tiny.min = 0;
    tiny.max = 300;
    request.filters = { tiny };
    client::Transport transport;
    client::MaskedDescriptivesRun study(&transport);
    QSignalSpy failed(&study, &client::MaskedDescriptivesRun::failed);
    QSignalSpy finished(&study, &client::MaskedDescriptivesRun::finished);
    study.start(m_cluster.sites(), request);
    QVERIFY(QTest::qWaitFor([&] { return !failed.isEmpty() || !finished.isEmpty(); }, 120000));
    QCOMPARE(finished.size(), 0);
    const auto error = failed.first().first().value<client::SiteError>();
    const QList<client::SiteError> others = study.otherErrors();
    QCOMPARE(others.size(), 2);
    const QString text = maskedDescriptivesFailureText(error, others);
    for (const QString &site :
         { QStringLiteral("site1"), QStringLiteral("site2"), QStringLiteral("site3") })
        QVERIFY2(text.contains(site), qPrintable(text));
    QVERIFY2(text.startsWith(
                 QStringLiteral("The masked descriptives study ended without a result: 3 site")),
             qPrintable(text));
}

QTEST_MAIN(tst_Walk2)
#include "tst_walk2.moc"

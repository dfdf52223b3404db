// SPDX-License-Identifier: GPL-3.0-or-later
// The series drawn equal the result values; withheld bars are never drawn as zero; exported
// PNG, SVG and PDF files are valid.
#include "fairstart/ui/results/charts.h"
#include "fairstart/ui/results/export.h"
#include "fairstart/ui/results/format.h"

#include "simulatedreport.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChartView>
#include <QFile>
#include <QImage>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QtTest>

#include <memory>

using namespace fairstart;
using namespace fairstart::ui;

namespace {

template<typename T = QXYSeries> T *findSeries(QChart *chart, const QString &name)
{
    for (QAbstractSeries *s : chart->series()) {
        if (s->objectName() == name)
            return qobject_cast<T *>(s);
    }
    return nullptr;
}

void verifyExport(const QString &path)
{
    QFile f(path);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
    const QByteArray bytes = f.readAll();
    QVERIFY2(bytes.size() > 200, qPrintable(path));
    if (path.endsWith(QLatin1String(".png"))) {
        QVERIFY(bytes.startsWith("\x89PNG\r\n\x1a\n"));
        QImage image;
        QVERIFY(image.loadFromData(bytes, "PNG"));
        QVERIFY(!image.isNull());
        // Not a blank canvas: the chart drew something dark on white.
        int dark = 0;
        for (int y = 0; y < image.height(); y += 4) {
            for (int x = 0; x < image.width(); x += 4)
                dark += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
        }
        QVERIFY(dark > 50);
    } else if (path.endsWith(QLatin1String(".svg"))) {
        QVERIFY(bytes.contains("<svg"));
        QSvgRenderer renderer(bytes);
        QVERIFY(renderer.isValid());
        QVERIFY(!renderer.defaultSize().isEmpty());
    } else {
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.trimmed().endsWith("%%EOF"));
    }
}

} // namespace

class tst_Charts : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void forest();
    void forestGaussian();
    void forestReadable();
    void forestTicks_data();
    void forestTicks();
    void localeAxes();
    void exportWithoutHighlight();
    void renderedWhole();
    void trace();
    void roc();
    void calibration();
    void riskDistribution();
    void withheldBars();
    void histogram();
    void exports_data();
    void exports();
    void exportErrors();

private:
    testing::SimulatedFederation m_fed;
};

void tst_Charts::initTestCase()
{
    m_fed = testing::simulateFederation(500);
}

void tst_Charts::forest()
{
    const analysis::GlmResult &glm = m_fed.report.glm;
    std::unique_ptr<ForestChart> chart(makeCoefficientForest(glm));
    QCOMPARE(chart->rows().size(), int(glm.coefficients.size()) - 1);
    QVERIFY(qobject_cast<QLogValueAxis *>(chart->axes(Qt::Horizontal).value(0)));
    const QList<QPointF> points = chart->pointSeries()->points();
    QCOMPARE(points.size(), chart->rows().size());
    for (int i = 0; i < points.size(); ++i) {
        const analysis::Coefficient &c = glm.coefficients[std::size_t(i) + 1];
        QCOMPARE(points[i].x(), *c.ratio);
        QCOMPARE(points[i].y(), chart->rowPosition(i));
        const QList<QPointF> line = chart->intervalSeries(i)->points();
        QCOMPARE(line.size(), 2);
        QCOMPARE(line[0].x(), *c.ratioLower);
        QCOMPARE(line[1].x(), *c.ratioUpper);
    }
    chart->setHighlighted(2);
    QCOMPARE(chart->highlighted(), 2);
    auto highlight = findSeries<QScatterSeries>(chart.get(), QStringLiteral("highlight"));
    QVERIFY(highlight);
    QCOMPARE(highlight->points(), QList<QPointF> { points[2] });
    QVERIFY(chart->intervalSeries(2)->pen().widthF() > chart->intervalSeries(1)->pen().widthF());
    chart->setHighlighted(-1);
    QVERIFY(highlight->points().isEmpty());
}

void tst_Charts::forestGaussian()
{
    analysis::GlmResult glm = m_fed.report.glm;
    glm.family = analysis::Family::Gaussian;
    std::unique_ptr<ForestChart> chart(makeCoefficientForest(glm));
    QVERIFY(!qobject_cast<QLogValueAxis *>(chart->axes(Qt::Horizontal).value(0)));
    QCOMPARE(chart->pointSeries()->points().value(0).x(), glm.coefficients[1].estimate);
}

// Labels and reference rows instead of design columns; the "OR [95% CI]" column on the right.
void tst_Charts::forestReadable()
{
    QMap<QString, QString> labels { { QStringLiteral("smoking"),
                                      QStringLiteral("Mother smokes") } };
    std::unique_ptr<ForestChart> chart(makeCoefficientForest(m_fed.report, labels));
    QStringList rowLabels;
    for (const IntervalRow &r : chart->rows())
        rowLabels << r.label;
    QVERIFY2(rowLabels.contains(QStringLiteral("Mother smokes: no (reference)")),
             qPrintable(rowLabels.join(QLatin1Char('|'))));
    QVERIFY(rowLabels.contains(QStringLiteral("Mother smokes: yes")));
    QVERIFY(!rowLabels.contains(QStringLiteral("smokingyes")));
    const int reference = int(rowLabels.indexOf(QStringLiteral("Mother smokes: no (reference)")));
    QVERIFY(chart->rows()[reference].reference);
    QVERIFY(!chart->intervalSeries(reference)->isVisible());
    QCategoryAxis *values = nullptr;
    for (QAbstractAxis *a : chart->axes(Qt::Vertical)) {
        if (a->objectName() == QLatin1String("values"))
            values = qobject_cast<QCategoryAxis *>(a);
    }
    QVERIFY(values);
    // The column's title is a header above its values, not a rotated axis title.
    QCOMPARE(chart->columnTitle(), QStringLiteral("OR [95% CI]"));
    QVERIFY(values->titleText().isEmpty());
    QCOMPARE(values->count(), chart->rows().size() + 1);
    QCOMPARE(values->categoriesLabels().constLast(), QStringLiteral("<b>OR [95% CI]</b>"));
    const int yes = int(rowLabels.indexOf(QStringLiteral("Mother smokes: yes")));
    const QString yesText = values->categoriesLabels().value(chart->rows().size() - 1 - yes);
    QVERIFY2(yesText.contains(QLatin1Char('['))
                 && yesText.contains(number(chart->rows()[yes].estimate, 2)),
             qPrintable(yesText));
}

void tst_Charts::forestTicks_data()
{
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    QTest::addColumn<double>("base");
    QTest::addColumn<double>("from");
    QTest::addColumn<double>("to");
    QTest::newRow("ratios around 1") << 0.6 << 3.1 << 2.0 << 0.5 << 4.0;
    QTest::newRow("all above 1") << 1.2 << 1.9 << 2.0 << 1.0 << 2.0;
    QTest::newRow("wide") << 0.001 << 40.0 << 10.0 << 0.001 << 100.0;
}

// Ticks at doublings (0.5, 1, 2, 4) for ratios; more than one tick always; powers of ten when
// the range is wide.
void tst_Charts::forestTicks()
{
    QFETCH(double, low);
    QFETCH(double, high);
    QFETCH(double, base);
    QFETCH(double, from);
    QFETCH(double, to);
    ForestChart chart(QStringLiteral("t"),
                      { { QStringLiteral("a"), std::sqrt(low * high), low, high } }, true, 1.0,
                      QStringLiteral("OR"));
    auto axis = qobject_cast<QLogValueAxis *>(chart.axes(Qt::Horizontal).value(0));
    QVERIFY(axis);
    QCOMPARE(axis->base(), base);
    QVERIFY(qAbs(axis->min() - from) < 1e-9 * from);
    QVERIFY(qAbs(axis->max() - to) < 1e-9 * to);
}

// Dutch axes: a decimal comma in the tick labels as in the titles.
void tst_Charts::localeAxes()
{
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    std::unique_ptr<ForestChart> forest(makeCoefficientForest(m_fed.report, {}));
    std::unique_ptr<QChart> roc(makeRocChart(*m_fed.report.performance));
    QLocale::setDefault(QLocale::c());
    for (QChart *chart : { static_cast<QChart *>(forest.get()), roc.get() }) {
        QVERIFY(chart->localizeNumbers());
        QCOMPARE(chart->locale().decimalPoint(), QStringLiteral(","));
    }
}

// The table's selection highlight is not carried into an exported figure.
void tst_Charts::exportWithoutHighlight()
{
    QTemporaryDir dir;
    auto *forest = makeCoefficientForest(m_fed.report.glm);
    QChartView view(forest);
    view.resize(900, 600);
    const QString plain = dir.filePath(QStringLiteral("plain.png"));
    QCOMPARE(exportChartView(&view, plain, QSize(900, 600)), QString());
    forest->setHighlighted(1);
    const QString highlighted = dir.filePath(QStringLiteral("highlighted.png"));
    QCOMPARE(exportChartView(&view, highlighted, QSize(900, 600)), QString());
    QCOMPARE(forest->highlighted(), 1); // the screen keeps it
    QCOMPARE(QImage(highlighted), QImage(plain));
}

// A chart that no window shows (the report's, an export's) is drawn whole: its drawing spans
// the image from edge to edge, not an enlarged top-left corner.
void tst_Charts::renderedWhole()
{
    auto span = [](const QImage &image) {
        int left = image.width(), right = -1, top = image.height();
        for (int y = 0; y < image.height(); y += 2) {
            for (int x = 0; x < image.width(); x += 2) {
                if (qGray(image.pixel(x, y)) < 200) {
                    left = std::min(left, x);
                    right = std::max(right, x);
                    top = std::min(top, y);
                }
            }
        }
        return QRect(left, top, right - left, image.height() - top);
    };
    std::unique_ptr<QChart> roc(makeRocChart(*m_fed.report.performance));
    const QImage image = renderChart(roc.get(), QSize(600, 560), 1.0);
    QRect drawn = span(image);
    QVERIFY2(drawn.left() < image.width() / 10 && drawn.right() > image.width() * 9 / 10
                 && drawn.top() < image.height() / 10,
             qPrintable(QStringLiteral("drawn %1,%2 %3x%4")
                            .arg(drawn.x())
                            .arg(drawn.y())
                            .arg(drawn.width())
                            .arg(drawn.height())));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("forest.png"));
    std::unique_ptr<QChart> forest(makeCoefficientForest(m_fed.report, {}));
    QCOMPARE(exportChart(forest.get(), path, QSize(900, 600)), QString());
    const QImage exported(path);
    drawn = span(exported);
    QVERIFY(drawn.left() < exported.width() / 10);
    QVERIFY(drawn.right() > exported.width() * 8 / 10);
    QVERIFY(drawn.top() < exported.height() / 10);
}

void tst_Charts::trace()
{
    const analysis::GlmResult &glm = m_fed.report.glm;
    std::unique_ptr<QChart> chart(makeTraceChart(glm.trace));
    QList<QPointF> all = findSeries(chart.get(), QStringLiteral("null"))->points();
    all += findSeries(chart.get(), QStringLiteral("full"))->points();
    QCOMPARE(all.size(), int(glm.trace.size()));
    std::sort(all.begin(), all.end(), [](QPointF a, QPointF b) { return a.x() < b.x(); });
    for (std::size_t i = 0; i < glm.trace.size(); ++i) {
        QCOMPARE(all[int(i)].x(), double(glm.trace[i].round));
        QCOMPARE(all[int(i)].y(), glm.trace[i].deviance);
    }
}

void tst_Charts::roc()
{
    const analysis::PerformanceMetrics &m = *m_fed.report.performance;
    std::unique_ptr<QChart> chart(makeRocChart(m));
    const QList<QPointF> points = findSeries(chart.get(), QStringLiteral("roc"))->points();
    QCOMPARE(points.size(), int(m.roc.size()));
    for (std::size_t i = 0; i < m.roc.size(); ++i) {
        QCOMPARE(points[int(i)].x(), 1.0 - m.roc[i].specificity);
        QCOMPARE(points[int(i)].y(), m.roc[i].sensitivity);
    }
    const QList<QPointF> diagonal = findSeries(chart.get(), QStringLiteral("diagonal"))->points();
    QCOMPARE(diagonal, (QList<QPointF> { { 0, 0 }, { 1, 1 } }));
    QVERIFY(chart->title().contains(QString::number(m.auc, 'f', 3)));
    QVERIFY(chart->title().contains(QString::number(m.aucLower, 'f', 3)));
}

void tst_Charts::calibration()
{
    const protocol::FitReport &r = m_fed.report;
    std::unique_ptr<QChart> chart(
        makeCalibrationChart(*r.performance, r.calibrationIntercept, r.calibrationSlope));
    const QList<QPointF> groups = findSeries(chart.get(), QStringLiteral("groups"))->points();
    QCOMPARE(groups.size(), int(r.performance->calibration.size()));
    for (std::size_t i = 0; i < r.performance->calibration.size(); ++i) {
        QCOMPARE(groups[int(i)].x(), r.performance->calibration[i].expected);
        QCOMPARE(groups[int(i)].y(), r.performance->calibration[i].observed);
    }
    const QList<QPointF> ideal = findSeries(chart.get(), QStringLiteral("ideal"))->points();
    QCOMPARE(ideal[0], QPointF(0, 0));
    QCOMPARE(ideal[1].x(), ideal[1].y());
    QVERIFY(chart->title().contains(QString::number(*r.calibrationSlope, 'f', 3)));
}

void tst_Charts::riskDistribution()
{
    // Independent: the share of events per display band straight from the sites' bins.
    std::vector<analysis::PerformanceBins> bins;
    for (const analysis::DesignMatrix &d : m_fed.designs)
        bins.push_back(testing::check(
            analysis::computePerformance(d, analysis::Family::Binomial, m_fed.report.glm.beta),
            "bins"));
    analysis::PerformanceBins sum = bins[0];
    sum += bins[1];
    sum += bins[2];
    const int bands = 50;
    std::vector<double> events(bands, 0.0), nonEvents(bands, 0.0);
    double P = 0, N = 0;
    for (int b = 0; b < sum.bins; ++b) {
        events[std::size_t(b * bands / sum.bins)] += sum.positives[std::size_t(b)];
        nonEvents[std::size_t(b * bands / sum.bins)] += sum.negatives[std::size_t(b)];
        P += sum.positives[std::size_t(b)];
        N += sum.negatives[std::size_t(b)];
    }
    const RiskDistribution d = ui::riskDistribution(*m_fed.report.performance, bands);
    QCOMPARE(int(d.eventShare.size()), bands);
    for (int i = 0; i < bands; ++i) {
        QVERIFY(std::fabs(d.eventShare[std::size_t(i)] - events[std::size_t(i)] / P) < 1e-12);
        QVERIFY(std::fabs(d.nonEventShare[std::size_t(i)] - nonEvents[std::size_t(i)] / N) < 1e-12);
    }
    std::unique_ptr<QChart> chart(makeRiskDistributionChart(*m_fed.report.performance, bands));
    auto area = findSeries<QAreaSeries>(chart.get(), QStringLiteral("events"));
    QVERIFY(area);
    const QList<QPointF> outline = area->upperSeries()->points();
    QCOMPARE(outline.size(), 2 * bands + 2);
    for (int i = 0; i < bands; ++i)
        QVERIFY(std::fabs(outline[1 + 2 * i].y() - 100.0 * events[std::size_t(i)] / P) < 1e-9);
}

void tst_Charts::withheldBars()
{
    QList<BarValue> bars { { QStringLiteral("a"), 25.0, {} },
                           { QStringLiteral("b"), std::nullopt, 9.0 },
                           { QStringLiteral("c"), 14.0, {} } };
    std::unique_ptr<QChart> chart(
        makeBarChart(QStringLiteral("t"), bars, QStringLiteral("n"), QStringLiteral("< 10")));
    const QList<QPointF> released
        = findSeries<QAreaSeries>(chart.get(), QStringLiteral("bars"))->upperSeries()->points();
    // Bar b (x = 1) has no outline point at all: it is not drawn, not even at zero height.
    for (const QPointF &p : released)
        QVERIFY2(std::fabs(p.x() - 1.0) > 0.5, "a withheld value was drawn as a bar");
    QVERIFY(released.contains(QPointF(-0.35, 25.0)));
    QVERIFY(released.contains(QPointF(2.35, 14.0)));
    const QList<QPointF> withheld
        = findSeries<QAreaSeries>(chart.get(), QStringLiteral("withheld"))->upperSeries()->points();
    QVERIFY(withheld.contains(QPointF(0.65, 9.0)));
    QVERIFY(withheld.contains(QPointF(1.35, 9.0)));
    auto x = qobject_cast<QCategoryAxis *>(chart->axes(Qt::Horizontal).value(0));
    QVERIFY(x);
    // Qt Charts draws labels as HTML: the label shows "< 10" only when escaped.
    QTextDocument shown;
    shown.setHtml(x->categoriesLabels().value(1));
    QVERIFY(shown.toPlainText().contains(QStringLiteral("< 10")));
}

void tst_Charts::histogram()
{
    protocol::ReleasedHistogram h { { 0, 1, 2, 4 }, { 10, 20, 30 } };
    std::unique_ptr<QChart> chart(makeHistogramChart(QStringLiteral("x"), h));
    const QList<QPointF> outline = findSeries<QAreaSeries>(chart.get(), QStringLiteral("histogram"))
                                       ->upperSeries()
                                       ->points();
    // Unequal widths: counts per unit width.
    QCOMPARE(outline[1], QPointF(0, 10));
    QCOMPARE(outline[5], QPointF(2, 15));
    std::unique_ptr<QChart> withheld(makeHistogramChart(QStringLiteral("x"), {}));
    QVERIFY(withheld->series().isEmpty());
    QVERIFY(withheld->title().contains(QStringLiteral("withheld")));
}

void tst_Charts::exports_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::newRow("png") << QStringLiteral("png");
    QTest::newRow("svg") << QStringLiteral("svg");
    QTest::newRow("pdf") << QStringLiteral("pdf");
}

void tst_Charts::exports()
{
    QFETCH(QString, suffix);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QChartView view(makeRocChart(*m_fed.report.performance));
    view.resize(640, 480);
    const QString path = dir.filePath(QStringLiteral("roc.") + suffix);
    const QString error = exportChartView(&view, path);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    verifyExport(path);

    std::unique_ptr<QChart> forest(makeCoefficientForest(m_fed.report.glm));
    const QString path2 = dir.filePath(QStringLiteral("forest.") + suffix);
    QVERIFY(exportChart(forest.get(), path2).isEmpty());
    verifyExport(path2);
    QVERIFY(forest->scene() == nullptr);
}

void tst_Charts::exportErrors()
{
    QChartView view(makeRocChart(*m_fed.report.performance));
    QTemporaryDir dir;
    QString error = exportChartView(&view, dir.filePath(QStringLiteral("chart.bmp")));
    QVERIFY(error.contains(QStringLiteral(".png")));
    error = exportChartView(&view, QStringLiteral("/nonexistent-dir/x/chart.png"));
    QVERIFY(!error.isEmpty());
    QVERIFY(error.contains(QStringLiteral("chart.png")));
}

QTEST_MAIN(tst_Charts)
#include "tst_charts.moc"

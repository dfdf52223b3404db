// SPDX-License-Identifier: GPL-3.0-or-later
// Table 1 from released descriptives: per site and pooled, levels in catalogue order, yes/no as a
// percentage, withheld counts kept withheld (never pooled), copy as HTML and CSV. And the
// thresholds of the Evaluation block, computed from the released ROC curve. A masked Table 1's
// pooled histograms (issue 14): the chosen variable's drawn from the decoded cells, the lattice
// and the records outside said; a variable without one says why; none in a plain Table 1.
#include "fairstart/ui/analyses/table1.h"
#include "fairstart/ui/results/export.h"
#include "fairstart/ui/results/format.h"
#include "fairstart/ui/results/studyrecord.h"
#include "fairstart/ui/results/thresholds.h"

#include "results/simulatedreport.h"

#include <QAbstractItemModelTester>
#include <QAreaSeries>
#include <QChartView>
#include <QComboBox>
#include <QLineSeries>
#include <QMimeData>
#include <QTableView>
#include <QTest>
#include <algorithm>

#include <memory>

using namespace fairstart;
using namespace fairstart::ui;

namespace {

protocol::DescriptivesResponse site(qint64 n, double ageMean, double smokeShare,
                                    std::optional<qint64> mid)
{
    protocol::DescriptivesResponse r;
    r.dataset = QStringLiteral("cohort");
    r.cohortSize = n;
    protocol::NumericDescription age;
    age.variable = QStringLiteral("mother_age");
    age.missing = 0;
    age.moments.count = double(n);
    age.moments.mean = ageMean;
    age.moments.m2 = 25.0 * double(n - 1);
    protocol::NumericDescription smoke;
    smoke.variable = QStringLiteral("smoking");
    smoke.missing = 0;
    smoke.moments.count = double(n);
    smoke.moments.mean = smokeShare;
    smoke.moments.m2 = smokeShare * (1 - smokeShare) * double(n);
    r.numeric = { age, smoke };
    protocol::CategoricalDescription edu;
    edu.variable = QStringLiteral("education");
    edu.missing = 0;
    // Catalogue order: low, mid, high (not alphabetical).
    const qint64 low = n / 2;
    const qint64 high = n - low - mid.value_or(5);
    edu.levels = { { QStringLiteral("low"), low },
                   { QStringLiteral("mid"), mid },
                   { QStringLiteral("high"), high } };
    // A yes/no variable as the nodes describe it: levels "0" and "1".
    protocol::CategoricalDescription preterm;
    preterm.variable = QStringLiteral("preterm");
    preterm.missing = 0;
    preterm.levels = { { QStringLiteral("0"), n - n / 10 }, { QStringLiteral("1"), n / 10 } };
    r.categorical = { edu, preterm };
    return r;
}

} // namespace

class tst_Table1 : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void bySiteAndPooled();
    void copyAsHtmlAndCsv();
    void maskedPooledColumnOnly();
    void maskedShowsItsStudy();
    void maskedPooledHistogram();
    void plainPooledHistogram();
    void thresholdsFromTheRoc();
    void pooledColumnSaysWhichSites();
};

void tst_Table1::bySiteAndPooled()
{
    Table1Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QMap<QString, protocol::VariableType> types {
        { QStringLiteral("mother_age"), protocol::VariableType::Numeric },
        { QStringLiteral("smoking"), protocol::VariableType::Binary },
        { QStringLiteral("education"), protocol::VariableType::Categorical },
        { QStringLiteral("preterm"), protocol::VariableType::Binary }
    };
    const QMap<QString, QString> labels { { QStringLiteral("mother_age"),
                                            QStringLiteral("Mother's age") } };
    model.setData({ { QStringLiteral("A"), site(400, 30.0, 0.25, 60), 10 },
                    { QStringLiteral("B"), site(600, 32.0, 0.10, std::nullopt), 10 } },
                  types, labels);
    QCOMPARE(model.columnCount(), 4); // characteristic, A, B, all sites
    QCOMPARE(model.headerData(3, Qt::Horizontal).toString(), QStringLiteral("All sites"));
    QCOMPARE(model.cell(QStringLiteral("Records"), 3), QLocale().toString(1000));
    // Mean (SD) with the label; pooled moments merged: mean 31.2.
    QCOMPARE(model.cell(QStringLiteral("Mother's age, mean (SD)"), 1),
             QStringLiteral("%1 (%2)").arg(QLocale().toString(30.0, 'f', 1),
                                           QLocale().toString(5.0, 'f', 1)));
    QVERIFY(model.cell(QStringLiteral("Mother's age, mean (SD)"), 3)
                .startsWith(QLocale().toString(31.2, 'f', 1)));
    // Yes/no: the share of yes, not a mean of a 0/1 column shown as 0.25.
    QCOMPARE(model.cell(QStringLiteral("smoking, % yes"), 1), percentText(0.25, 1));
    QCOMPARE(model.cell(QStringLiteral("smoking, % yes"), 3), percentText(0.16, 1));
    // Levels in catalogue order.
    int low = -1, mid = -1, high = -1;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QString l = model.index(r, 0).data().toString().trimmed();
        low = l == QLatin1String("low") ? r : low;
        mid = l == QLatin1String("mid") ? r : mid;
        high = l == QLatin1String("high") ? r : high;
    }
    QVERIFY(low >= 0 && low < mid && mid < high);
    // Withheld at B: "< 10" there, and the pooled cell says where instead of adding a guess.
    QCOMPARE(model.cell(QStringLiteral("mid"), 2), withheldText(10));
    QVERIFY(model.cell(QStringLiteral("mid"), 3).contains(QStringLiteral("B")));
    QVERIFY(!model.cell(QStringLiteral("mid"), 3).contains(QLocale().toString(60)));
    // Yes/no described by levels: one row with the yes count, not rows "0" and "1".
    QCOMPARE(model.cell(QStringLiteral("preterm, yes, n (%)"), 1),
             QStringLiteral("%1 (%2)").arg(QLocale().toString(40), percentText(0.1, 1)));
    QCOMPARE(model.cell(QStringLiteral("0"), 1), QString());
    QCOMPARE(model.cell(QStringLiteral("low"), 3),
             QStringLiteral("%1 (%2)").arg(QLocale().toString(500), percentText(0.5, 1)));
}

// Issue 14: a masked Table 1 is a descriptives study; under the table, the mode, who took part
// and each node's signature checks (its signed manifest, its signed masked descriptives).
void tst_Table1::maskedShowsItsStudy()
{
    protocol::StudyRecord study;
    study.study = QStringLiteral("sha256:abc");
    study.mode = QStringLiteral("masked");
    study.manifest.kind = protocol::JobKind::Descriptives;
    for (const char *name : { "ggd-a", "ggd-b", "ggd-c" }) {
        study.manifest.participants
            << protocol::StudyParticipant { QString::fromLatin1(name), {}, {} };
        study.checks << protocol::StudySignatureCheck { QString::fromLatin1(name), true, true, {} };
    }
    Table1View view;
    QVERIFY(view.studyText().isEmpty());
    client::PooledDescriptives pooled;
    pooled.mode = QStringLiteral("masked");
    pooled.study = study.study;
    view.setMaskedData(pooled, {}, {});
    view.setStudy(study);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QString text = view.studyText();
    QVERIFY2(text.startsWith(QStringLiteral("Masked aggregation")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral(": ggd-a, ggd-b, ggd-c.")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Every site signed this result: each signed the study "
                                          "manifest and its masked descriptives")),
             qPrintable(text));
    QVERIFY(view.studyTable()->isVisible());
    QCOMPARE(view.studyModel()->rowCount(), 3);
    QCOMPARE(view.studyModel()->headerData(StudyModel::AttestationColumn, Qt::Horizontal),
             QVariant(QStringLiteral("Signed descriptives")));
    // One signature that did not verify: said, with the site, and no "every site signed".
    study.checks[1].attestation = false;
    view.setStudy(study);
    QVERIFY2(view.studyText().contains(QStringLiteral("ggd-b: its descriptives were not signed")),
             qPrintable(view.studyText()));
    QVERIFY(!view.studyText().contains(QStringLiteral("Every site signed")));
    QCOMPARE(view.studyModel()->index(1, StudyModel::AttestationColumn).data().toString(),
             QStringLiteral("NOT verified"));
    // With pooled histograms, the studies of their cells too: grouped per study, each with a
    // heading (what it was, its hash, whether every site signed it) spanning the table.
    study.checks[1].attestation = true;
    protocol::StudyRecord cells = study;
    cells.study = QStringLiteral("sha256:def");
    cells.manifest.descriptives.histograms
        << protocol::DescriptivesStudyHistogram { QStringLiteral("birth_weight_g"), 100, 0, 6000 };
    view.setStudies({ study, cells });
    QCOMPARE(view.studyModel()->rowCount(), 8);
    QVERIFY(view.studyModel()->isHeading(0));
    QVERIFY(view.studyModel()->isHeading(4));
    QCOMPARE(view.studyModel()->index(0, StudyModel::SiteColumn).data().toString(),
             QStringLiteral("Descriptives — masked study abc: every site signed it"));
    QCOMPARE(view.studyModel()->index(4, StudyModel::SiteColumn).data().toString(),
             QStringLiteral("Histogram cells — masked study def: every site signed it"));
    QCOMPARE(view.studyModel()->index(5, StudyModel::SiteColumn).data().toString(),
             QStringLiteral("ggd-a"));
    QCOMPARE(view.studyTable()->columnSpan(4, 0), int(StudyModel::ColumnCount));
    QCOMPARE(view.studyTable()->columnSpan(5, 0), 1);
    QVERIFY2(view.studyText().contains(QStringLiteral("Every site also signed the 1 other stud"))
                 && view.studyText().contains(QStringLiteral("of this run (Histogram cells)")),
             qPrintable(view.studyText()));
    // Every row readable without scrolling.
    QTableView *table = view.studyTable();
    QVERIFY(table->rowViewportPosition(7) + table->rowHeight(7) <= table->viewport()->height());
    // A plain Table 1 has no study: nothing shown.
    view.setStudy(std::nullopt);
    QVERIFY(view.studyText().isEmpty());
    QVERIFY(!view.studyTable()->isVisible());
}

void tst_Table1::maskedPooledHistogram()
{
    client::PooledDescriptives pooled;
    pooled.mode = QStringLiteral("masked");
    pooled.study = QStringLiteral("sha256:abc");
    client::PooledHistogram weight;
    weight.variable = QStringLiteral("birth_weight");
    weight.step = 500;
    weight.edges = { 2000, 2500, 3000, 3500, 4000 };
    weight.counts = { 40, 300, 420, 150 };
    weight.beyond = 66;
    client::PooledHistogram stress;
    stress.variable = QStringLiteral("stress");
    stress.problem = QStringLiteral("No lattice common to every site gives a histogram of stress.");
    Table1View view;
    view.setMaskedData(pooled, {}, {});
    QVERIFY(view.histogramText().isEmpty()); // none asked: hidden
    // A catalogue label where there is one; an empty label (no label) names the variable.
    view.setHistograms({ stress, weight },
                       { { QStringLiteral("birth_weight"), QStringLiteral("Birth weight (g)") },
                         { QStringLiteral("stress"), QString() } });
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    // The first variable that has a histogram, by its label.
    QCOMPARE(view.histogramVariable()->count(), 2);
    QCOMPARE(view.histogramVariable()->itemText(0), QStringLiteral("stress"));
    QCOMPARE(view.histogramVariable()->currentText(), QStringLiteral("Birth weight (g)"));
    QVERIFY(view.histogramChart()->isVisible());
    QChart *chart = view.histogramChart()->chart();
    QCOMPARE(chart->title(), QStringLiteral("Distribution of Birth weight (g)"));
    const QList<QAbstractSeries *> series = chart->series();
    QCOMPARE(series.size(), 1);
    auto *area = qobject_cast<QAreaSeries *>(series.first());
    QVERIFY(area);
    // The outline: (2000, 0), then each cell's two corners at its count, then (4000, 0).
    const QList<QPointF> points = area->upperSeries()->points();
    QCOMPARE(points.size(), 2 + 2 * 4);
    QCOMPARE(points[1], QPointF(2000, 40));
    QCOMPARE(points[5], QPointF(3000, 420));
    QCOMPARE(points[8], QPointF(4000, 150));
    const QString text = view.histogramText();
    QVERIFY2(text.contains(QStringLiteral("lattice of step 500")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("66 records outside 2000 to 4000")), qPrintable(text));
    // A variable without a histogram: no chart, the reason.
    view.histogramVariable()->setCurrentIndex(0);
    QVERIFY(!view.histogramChart()->isVisible());
    QCOMPARE(view.histogramText(), stress.problem);
    // A plain Table 1 (no histograms): nothing shown.
    view.setHistograms({});
    QVERIFY(view.histogramText().isEmpty());
}

// Issue 14 in plain mode: the same chart from the sites' released histograms; under it the
// records outside the drawn range per site (its tails and the cells it released only merged).
void tst_Table1::plainPooledHistogram()
{
    client::PooledHistogram weight;
    weight.variable = QStringLiteral("birth_weight");
    weight.step = 500;
    weight.edges = { 2000, 2500, 3000, 3500, 4000 };
    weight.counts = { 40, 300, 420, 150 };
    weight.beyond = 66;
    weight.beyondPerSite = { { QStringLiteral("A"), 30 }, { QStringLiteral("B"), 36 } };
    protocol::DescriptivesResponse answer;
    answer.cohortSize = 500;
    Table1View view;
    view.setData({ { QStringLiteral("A"), answer, 10 }, { QStringLiteral("B"), answer, 10 } }, {},
                 {});
    view.setHistograms({ weight });
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(!view.masked());
    QVERIFY(view.histogramChart()->isVisible());
    QCOMPARE(view.histogramVariable()->currentText(), QStringLiteral("birth_weight"));
    auto *area = qobject_cast<QAreaSeries *>(view.histogramChart()->chart()->series().value(0));
    QVERIFY(area);
    QCOMPARE(area->upperSeries()->points().size(), 2 + 2 * 4);
    QCOMPARE(area->upperSeries()->points()[3], QPointF(2500, 300));
    const QString text = view.histogramText();
    QVERIFY2(text.startsWith(QStringLiteral("Pooled from each site's released histogram on a "
                                            "lattice of step 500")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("66 records outside 2000 to 4000 are not drawn (A: 30, "
                                          "B: 36)")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("merged with a neighbour")), qPrintable(text));
    // One site without a lattice of its own edges: its released histogram as it is, uneven
    // bins drawn as records per unit.
    client::PooledHistogram age;
    age.variable = QStringLiteral("maternal_age");
    age.edges = { 20.2, 25.2, 26.2, 27.2, 35.2 };
    age.counts = { 100, 40, 50, 160 };
    age.beyond = 25;
    age.beyondPerSite = { { QStringLiteral("A"), 25 } };
    view.setHistograms({ age });
    QVERIFY(view.histogramChart()->isVisible());
    QVERIFY2(view.histogramText().startsWith(QStringLiteral("The site's released histogram on "
                                                            "its own edges")),
             qPrintable(view.histogramText()));
    QVERIFY2(
        view.histogramText().contains(QStringLiteral("25 records outside %1 to %2")
                                          .arg(QLocale().toString(20.2), QLocale().toString(35.2))),
        qPrintable(view.histogramText()));
    // No study behind a plain Table 1.
    QVERIFY(view.studyText().isEmpty());
}

void tst_Table1::maskedPooledColumnOnly()
{
    // A masked descriptives study's decoded sum: one pooled column, no site's own; a level that
    // two sites withheld shows as withheld (how many sites, not which), never as a partial sum.
    client::PooledDescriptives pooled;
    pooled.mode = QStringLiteral("masked");
    pooled.study = QStringLiteral("sha256:abc");
    pooled.cohortSize = 300;
    client::PooledNumeric age;
    age.variable = QStringLiteral("mother_age");
    age.moments.count = 300;
    age.moments.mean = 31.25;
    age.moments.m2 = 25.0 * 299;
    age.missing = 0;
    pooled.numeric << age;
    client::PooledCategorical edu;
    edu.variable = QStringLiteral("education");
    edu.missing = 0;
    edu.levels << client::PooledLevel { QStringLiteral("high"), qint64(150), {}, 0 }
               << client::PooledLevel { QStringLiteral("low"), std::nullopt, {}, 2 };
    pooled.categorical << edu;
    QMap<QString, protocol::VariableType> types {
        { QStringLiteral("mother_age"), protocol::VariableType::Numeric },
        { QStringLiteral("education"), protocol::VariableType::Categorical }
    };
    Table1View view;
    view.setMaskedData(pooled, types, {});
    QVERIFY(view.masked());
    QVERIFY(view.note().contains(QStringLiteral("masked")));
    QVERIFY(view.note().contains(QStringLiteral("sha256:abc")));
    Table1Model *model = view.model();
    QCOMPARE(model->columnCount(), 2);
    QCOMPARE(model->headerData(1, Qt::Horizontal).toString(),
             QStringLiteral("All sites (masked sum)"));
    QCOMPARE(model->cell(QStringLiteral("Records"), 1), QStringLiteral("300"));
    QCOMPARE(model->cell(QStringLiteral("mother_age, mean (SD)"), 1), QStringLiteral("31.3 (5.0)"));
    QCOMPARE(model->cell(QStringLiteral("low"), 1), QStringLiteral("withheld at 2 site(s)"));
    QVERIFY(model->cell(QStringLiteral("high"), 1).startsWith(QStringLiteral("150")));
}

void tst_Table1::copyAsHtmlAndCsv()
{
    Table1Model model;
    model.setData({ { QStringLiteral("A"), site(400, 30.0, 0.25, 60), 10 } }, {}, {});
    std::unique_ptr<QMimeData> data(tableMimeData(&model));
    QVERIFY(data->hasHtml());
    QVERIFY(data->html().startsWith(QStringLiteral("<table")));
    QVERIFY(data->html().contains(QStringLiteral("<th>Characteristic</th>")));
    QCOMPARE(data->text().toUtf8(), tableToCsv(&model));
    QVERIFY(data->text().startsWith(QStringLiteral("Characteristic,A,All sites")));
}

// Sensitivity, specificity, PPV and NPV at any threshold from the released ROC equal what the
// coordinator computes from the bins themselves.
void tst_Table1::thresholdsFromTheRoc()
{
    const testing::SimulatedFederation fed = testing::simulateFederation(500);
    const analysis::PerformanceMetrics &m = *fed.report.performance;
    const std::vector<analysis::ThresholdMetrics> expected = m.thresholds; // 0.1, 0.2, 0.5
    const std::vector<analysis::ThresholdMetrics> got = thresholdMetrics(m, { 0.1, 0.2, 0.5 });
    QCOMPARE(got.size(), expected.size());
    for (std::size_t i = 0; i < got.size(); ++i) {
        QCOMPARE(got[i].threshold, expected[i].threshold);
        QVERIFY(qAbs(got[i].sensitivity - expected[i].sensitivity) < 1e-12);
        QVERIFY(qAbs(got[i].specificity - expected[i].specificity) < 1e-12);
        QCOMPARE(got[i].ppv.has_value(), expected[i].ppv.has_value());
        if (got[i].ppv)
            QVERIFY(qAbs(*got[i].ppv - *expected[i].ppv) < 1e-9);
        if (got[i].npv)
            QVERIFY(qAbs(*got[i].npv - *expected[i].npv) < 1e-9);
    }
    // Above every risk: nobody positive.
    const auto top = thresholdMetrics(m, { 1.0 });
    QCOMPARE(top[0].sensitivity, 0.0);
    QCOMPARE(top[0].specificity, 1.0);
    QVERIFY(!top[0].ppv);
}

// The walk: the pooled column was headed "All sites" although gemeente-zeist had refused and was
// not in it, and the levels of an education variable read high, low, middle (alphabetical, as
// the catalogue sorts them) while the results list the design's reference level first.
void tst_Table1::pooledColumnSaysWhichSites()
{
    const QMap<QString, protocol::VariableType> types { { QStringLiteral("education"),
                                                          protocol::VariableType::Categorical } };
    protocol::DescriptivesResponse a = site(400, 30.0, 0.25, 60);
    protocol::CategoricalDescription &edu = a.categorical[0];
    std::sort(edu.levels.begin(), edu.levels.end(),
              [](const auto &x, const auto &y) { return x.name < y.name; });
    Table1Model model;
    model.setData({ { QStringLiteral("site-a"), a, 10 } }, types, {}, nullptr,
                  { QStringLiteral("gemeente-zeist") },
                  { { QStringLiteral("education"), { QStringLiteral("low") } } });
    const QString header = model.headerData(2, Qt::Horizontal).toString();
    QVERIFY2(!header.contains(QStringLiteral("All sites")), qPrintable(header));
    QVERIFY2(header.contains(QStringLiteral("site-a")), qPrintable(header));
    QVERIFY2(header.contains(QStringLiteral("gemeente-zeist")), qPrintable(header));
    QStringList levels;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QString l = model.index(r, 0).data().toString().trimmed();
        if (l == QLatin1String("low") || l == QLatin1String("mid") || l == QLatin1String("high"))
            levels << l;
    }
    // The reference level first, the others as the site lists them.
    QCOMPARE(
        levels,
        (QStringList { QStringLiteral("low"), QStringLiteral("high"), QStringLiteral("mid") }));

    // Masked: the sum says which sites are not in it.
    client::PooledDescriptives pooled;
    pooled.mode = QStringLiteral("masked");
    pooled.cohortSize = 300;
    Table1View view;
    view.setMaskedData(pooled, types, {}, {}, { QStringLiteral("jgz-zeeland") });
    const QString masked = view.model()->headerData(1, Qt::Horizontal).toString();
    QVERIFY2(masked.contains(QStringLiteral("jgz-zeeland"))
                 && !masked.startsWith(QStringLiteral("All sites")),
             qPrintable(masked));
}

QTEST_MAIN(tst_Table1)
#include "tst_table1.moc"

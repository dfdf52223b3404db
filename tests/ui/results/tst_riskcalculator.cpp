// SPDX-License-Identifier: GPL-3.0-or-later
// The reviewer's risk calculator equals the model's prediction computed independently: from the
// design matrix the fit used, and from a hand-written linear predictor (own spline formula).
#include "fairstart/analysis/formula.h"
#include "fairstart/ui/publishdialog.h"
#include "fairstart/ui/reviewer/publishedmodel.h"
#include "fairstart/ui/reviewer/reviewerwindow.h"
#include "fairstart/ui/reviewer/riskcalculator.h"

#include "simulatedreport.h"

#include <QComboBox>
#include <QtTest>

#include <cmath>
#include <random>

using namespace fairstart;
using namespace fairstart::ui;

namespace {

double logistic(double eta)
{
    return 1.0 / (1.0 + std::exp(-eta));
}

double coefficient(const analysis::GlmResult &glm, const std::string &term)
{
    for (const analysis::Coefficient &c : glm.coefficients) {
        if (c.term == term)
            return c.estimate;
    }
    return 0.0; // reference levels have no column
}

InputValues valuesOfRow(const analysis::DataTable &t, std::size_t r)
{
    InputValues v;
    for (const char *name : { "birthweight", "mother_age" }) {
        InputValue iv;
        iv.number = t.column(name)->numeric[r];
        v.insert(QString::fromLatin1(name), iv);
    }
    for (const char *name : { "sex", "smoking", "deprivation" }) {
        const analysis::Column *c = t.column(name);
        InputValue iv;
        iv.level = QString::fromStdString(c->levels[std::size_t(c->codes[r])]);
        v.insert(QString::fromLatin1(name), iv);
    }
    return v;
}

} // namespace

class tst_RiskCalculator : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void inputsFromDesign();
    void equalsDesignMatrixPrediction();
    void equalsHandComputation_data();
    void equalsHandComputation();
    void factors();
    void refusesBadValues();
    void refusesMismatchedModel();
    void yesNoAsChoiceLevelsInCatalogueOrder();
    void calculatorNamesTheOutcome();

private:
    testing::SimulatedFederation m_fed;
};

void tst_RiskCalculator::initTestCase()
{
    m_fed = testing::simulateFederation(600);
}

void tst_RiskCalculator::inputsFromDesign()
{
    const RiskCalculator calc(m_fed.design, m_fed.report.glm);
    QVERIFY2(calc.isValid(), qPrintable(calc.error()));
    QCOMPARE(calc.inputs().size(), 5);
    const CalculatorInput &bw = calc.inputs()[0];
    QCOMPARE(bw.variable, QStringLiteral("birthweight"));
    QVERIFY(!bw.categorical);
    const auto scaling = m_fed.design.scaling.at("birthweight");
    QCOMPARE(bw.typical, std::round(scaling.first)); // shown with 0 decimals
    QCOMPARE(bw.minimum, scaling.first - 4 * scaling.second);
    const CalculatorInput &dep = calc.inputs()[4];
    QVERIFY(dep.categorical);
    QCOMPARE(dep.levels,
             (QStringList { QStringLiteral("q1"), QStringLiteral("q2"), QStringLiteral("q3"),
                            QStringLiteral("q4"), QStringLiteral("q5") }));
    QCOMPARE(dep.reference, QStringLiteral("q1"));
}

void tst_RiskCalculator::equalsDesignMatrixPrediction()
{
    const RiskCalculator calc(m_fed.design, m_fed.report.glm);
    const analysis::DesignMatrix &dm = m_fed.designs[1];
    const analysis::DataTable &table = m_fed.tables[1];
    const analysis::GlmResult &glm = m_fed.report.glm;
    const std::vector<std::int64_t> rows = dm.rows.toVector();
    for (Eigen::Index i = 0; i < dm.n(); i += 37) {
        const std::size_t row = std::size_t(rows[std::size_t(i)]);
        QString error;
        const std::optional<Prediction> p = calc.predict(valuesOfRow(table, row), &error);
        QVERIFY2(p, qPrintable(error));
        const double eta = dm.X.row(i).dot(glm.beta);
        const double se = std::sqrt((dm.X.row(i) * glm.covariance * dm.X.row(i).transpose())(0, 0));
        QVERIFY(std::fabs(p->linearPredictor - eta) <= 1e-12 * std::max(1.0, std::fabs(eta)));
        QVERIFY(std::fabs(p->linearPredictorSe - se) <= 1e-12 * se);
        QVERIFY(std::fabs(p->estimate - logistic(eta)) <= 1e-13);
        QVERIFY(std::fabs(p->lower - logistic(eta - 1.959963984540054 * se)) <= 1e-13);
        QVERIFY(std::fabs(p->upper - logistic(eta + 1.959963984540054 * se)) <= 1e-13);
        QVERIFY(p->lower < p->estimate && p->estimate < p->upper);
    }
}

void tst_RiskCalculator::equalsHandComputation_data()
{
    QTest::addColumn<double>("bw");
    QTest::addColumn<double>("age");
    QTest::addColumn<QString>("sex");
    QTest::addColumn<QString>("smoking");
    QTest::addColumn<QString>("deprivation");
    QTest::newRow("typical") << 3300.0 << 30.0 << "female"
                             << "no"
                             << "q1";
    QTest::newRow("low weight, young") << 1900.0 << 19.5 << "male"
                                       << "yes"
                                       << "q5";
    QTest::newRow("high weight, older") << 4400.0 << 41.0 << "female"
                                        << "yes"
                                        << "q3";
    QTest::newRow("beyond last knot") << 3000.0 << 42.0 << "male"
                                      << "no"
                                      << "q2";
}

void tst_RiskCalculator::equalsHandComputation()
{
    QFETCH(double, bw);
    QFETCH(double, age);
    QFETCH(QString, sex);
    QFETCH(QString, smoking);
    QFETCH(QString, deprivation);
    const analysis::GlmResult &glm = m_fed.report.glm;
    const auto [mean, sd] = m_fed.design.scaling.at("birthweight");
    const std::vector<double> &t = m_fed.design.knots.at("mother_age");
    QCOMPARE(t.size(), std::size_t(3));
    auto cube = [](double v) {
        return v > 0 ? v * v * v : 0.0;
    };
    // Harrell's restricted cubic spline, 3 knots, written out independently of analysis.
    const double rcs2 = (cube(age - t[0]) - cube(age - t[1]) * (t[2] - t[0]) / (t[2] - t[1])
                         + cube(age - t[2]) * (t[1] - t[0]) / (t[2] - t[1]))
        / ((t[2] - t[0]) * (t[2] - t[0]));
    const double eta = coefficient(glm, "(Intercept)")
        + coefficient(glm, "scale(birthweight)") * (bw - mean) / sd
        + coefficient(glm, "rcs(mother_age, 3)1") * age
        + coefficient(glm, "rcs(mother_age, 3)2") * rcs2
        + coefficient(glm, "sex" + sex.toStdString())
        + coefficient(glm, "smoking" + smoking.toStdString())
        + coefficient(glm, "deprivation" + deprivation.toStdString());

    const RiskCalculator calc(m_fed.design, glm);
    InputValues v;
    v[QStringLiteral("birthweight")].number = bw;
    v[QStringLiteral("mother_age")].number = age;
    v[QStringLiteral("sex")].level = sex;
    v[QStringLiteral("smoking")].level = smoking;
    v[QStringLiteral("deprivation")].level = deprivation;
    QString error;
    const std::optional<Prediction> p = calc.predict(v, &error);
    QVERIFY2(p, qPrintable(error));
    QVERIFY2(
        std::fabs(p->linearPredictor - eta) <= 1e-11 * std::max(1.0, std::fabs(eta)),
        qPrintable(
            QStringLiteral("%1 vs %2").arg(p->linearPredictor, 0, 'g', 17).arg(eta, 0, 'g', 17)));
    QVERIFY(std::fabs(p->estimate - logistic(eta)) <= 1e-12);
}

void tst_RiskCalculator::factors()
{
    const RiskCalculator calc(m_fed.design, m_fed.report.glm);
    InputValues v = calc.typicalValues();
    QString error;
    std::optional<Prediction> p = calc.predict(v, &error);
    QVERIFY2(p, qPrintable(error));
    QVERIFY(p->factors.isEmpty()); // everything at its typical or reference value

    v[QStringLiteral("smoking")].level = QStringLiteral("yes");
    v[QStringLiteral("deprivation")].level = QStringLiteral("q5");
    v[QStringLiteral("birthweight")].number = 4200;
    p = calc.predict(v, &error);
    QVERIFY2(p, qPrintable(error));
    QCOMPARE(p->factors.size(), 3);
    for (const FactorEffect &f : p->factors) {
        if (f.variable == QLatin1String("smoking")) {
            QVERIFY(std::fabs(f.lpDelta - coefficient(m_fed.report.glm, "smokingyes")) < 1e-12);
            QCOMPARE(f.comparisonText, QStringLiteral("no"));
        }
        QVERIFY(std::fabs(calc.inverseLink(p->linearPredictor - f.lpDelta) - f.predictionWithout)
                < 1e-14);
    }
    for (int i = 1; i < p->factors.size(); ++i)
        QVERIFY(std::fabs(p->factors[i - 1].lpDelta) >= std::fabs(p->factors[i].lpDelta));
}

void tst_RiskCalculator::refusesBadValues()
{
    const RiskCalculator calc(m_fed.design, m_fed.report.glm);
    InputValues v = calc.typicalValues();
    v[QStringLiteral("birthweight")].number = 1e7;
    QString error;
    QVERIFY(!calc.predict(v, &error));
    QVERIFY(error.contains(QStringLiteral("birthweight")));
    v = calc.typicalValues();
    v[QStringLiteral("sex")].level = QStringLiteral("unknown");
    QVERIFY(!calc.predict(v, &error));
    QVERIFY(error.contains(QStringLiteral("sex")));
    v = calc.typicalValues();
    v.remove(QStringLiteral("mother_age"));
    QVERIFY(!calc.predict(v, &error));
    QVERIFY(error.contains(QStringLiteral("mother_age")));
}

void tst_RiskCalculator::refusesMismatchedModel()
{
    analysis::GlmResult glm = m_fed.report.glm;
    glm.coefficients.pop_back();
    const RiskCalculator calc(m_fed.design, glm);
    QVERIFY(!calc.isValid());
    QVERIFY(!calc.error().isEmpty());
    QString error;
    QVERIFY(!calc.predict(calc.typicalValues(), &error));
    QCOMPARE(error, calc.error());
}

// A yes/no predictor (0/1 at the sites) is asked as No/Yes, not as a number from 0.00 to 1.00;
// levels are listed in the catalogue's order (low, mid, high), not alphabetically.
void tst_RiskCalculator::yesNoAsChoiceLevelsInCatalogueOrder()
{
    std::mt19937 rng(11);
    std::uniform_real_distribution<double> u(0, 1);
    std::vector<double> y, preterm;
    std::vector<std::string> edu;
    static const char *const levels[] = { "low", "mid", "high" };
    for (int i = 0; i < 800; ++i) {
        const bool p = u(rng) < 0.3;
        const int e = std::min(2, int(u(rng) * 3));
        preterm.push_back(p ? 1.0 : 0.0);
        edu.push_back(levels[e]);
        y.push_back(u(rng) < logistic(-1.0 + 0.8 * p - 0.4 * e) ? 1.0 : 0.0);
    }
    analysis::DataTable t;
    QVERIFY(t.addNumeric("y", y).ok());
    QVERIFY(t.addNumeric("preterm", preterm).ok());
    QVERIFY(t.addText("edu", edu).ok());
    const auto spec
        = analysis::parseFormula("y ~ preterm + factor(edu)", analysis::Family::Binomial);
    QVERIFY(spec.ok());
    protocol::FitReport report;
    report.design = testing::check(analysis::resolveLocally(*spec, t), "resolve");
    const analysis::DesignMatrix design
        = testing::check(analysis::buildDesign(t, report.design), "design");
    report.glm
        = testing::check(analysis::fitFederated({ &design }, analysis::Family::Binomial), "fit");

    QMap<QString, protocol::CatalogueVariable> catalogue;
    protocol::CatalogueVariable p;
    p.name = QStringLiteral("preterm");
    p.type = protocol::VariableType::Binary;
    catalogue.insert(p.name, p);
    protocol::CatalogueVariable e;
    e.name = QStringLiteral("edu");
    e.type = protocol::VariableType::Categorical;
    e.levels = { { QStringLiteral("low"), 300 },
                 { QStringLiteral("mid"), 300 },
                 { QStringLiteral("high"), 200 } };
    catalogue.insert(e.name, e);
    ModelDescription d = proposeDescription(report, {}, catalogue);
    d.contact = QStringLiteral("your nurse");
    // A choice needs no range: nothing left for the analyst to fill in for it.
    QCOMPARE(descriptionProblem(d, report), QString());

    const RiskCalculator calc(report.design, report.glm, d.inputs);
    QVERIFY2(calc.isValid(), qPrintable(calc.error()));
    const CalculatorInput &pre = calc.inputs()[0];
    QVERIFY(pre.yesNo);
    QCOMPARE(pre.typical, 0.0);
    QCOMPARE(pre.maximum, 1.0);
    const CalculatorInput &ed = calc.inputs()[1];
    QCOMPARE(
        ed.shownLevels,
        (QStringList { QStringLiteral("low"), QStringLiteral("mid"), QStringLiteral("high") }));

    PublishedModelDocument doc { d, report };
    // The hints survive publishing.
    QString error;
    const auto back = publishedModelFromJson(toJson(doc), &error);
    QVERIFY2(back, qPrintable(error));
    QVERIFY(back->description.inputs.value(QStringLiteral("preterm")).yesNo);
    ReviewerWindow window(*back);
    auto *choice = qobject_cast<QComboBox *>(window.inputWidget(QStringLiteral("preterm")));
    QVERIFY(choice);
    QCOMPARE(choice->count(), 2);
    QCOMPARE(choice->itemText(1), QStringLiteral("Yes"));
    choice->setCurrentIndex(1);
    QCOMPARE(window.currentValues().value(QStringLiteral("preterm")).number, 1.0);
    auto *levelsBox = qobject_cast<QComboBox *>(window.inputWidget(QStringLiteral("edu")));
    QVERIFY(levelsBox);
    QCOMPARE(levelsBox->itemText(0), QStringLiteral("low"));
    QCOMPARE(levelsBox->itemText(2), QStringLiteral("high"));
    // The prediction with "Yes" equals the model's: intercept + preterm + the chosen level.
    levelsBox->setCurrentText(QStringLiteral("mid"));
    const auto prediction = calc.predict(window.currentValues());
    QVERIFY(prediction);
    const double eta = coefficient(report.glm, "(Intercept)") + coefficient(report.glm, "preterm")
        + coefficient(report.glm, "edumid");
    QVERIFY(std::abs(prediction->linearPredictor - eta) < 1e-12);
}

void tst_RiskCalculator::calculatorNamesTheOutcome()
{
    // Issue 17: the published model carries the outcome's label, and the calculator's
    // sentences name it instead of saying "the outcome".
    std::mt19937 rng(5);
    std::uniform_real_distribution<double> u(0, 1);
    std::vector<double> y, age;
    for (int i = 0; i < 600; ++i) {
        age.push_back(20 + 20 * u(rng));
        y.push_back(u(rng) < logistic(-3.0 + 0.05 * age.back()) ? 1.0 : 0.0);
    }
    analysis::DataTable t;
    QVERIFY(t.addNumeric("lbw", y).ok());
    QVERIFY(t.addNumeric("mother_age", age).ok());
    const auto spec = analysis::parseFormula("lbw ~ mother_age", analysis::Family::Binomial);
    QVERIFY(spec.ok());
    protocol::FitReport report;
    report.design = testing::check(analysis::resolveLocally(*spec, t), "resolve");
    const analysis::DesignMatrix design
        = testing::check(analysis::buildDesign(t, report.design), "design");
    report.glm
        = testing::check(analysis::fitFederated({ &design }, analysis::Family::Binomial), "fit");
    analysis::PerformanceMetrics metrics;
    metrics.auc = 0.71;
    metrics.n = 600;
    metrics.events = 120;
    report.performance = metrics;

    const QMap<QString, QString> labels { { QStringLiteral("lbw"),
                                            QStringLiteral("low birth weight") } };
    ModelDescription d = proposeDescription(report, labels, {});
    QCOMPARE(d.outcome, QStringLiteral("low birth weight"));
    QString error;
    const auto back = publishedModelFromJson(toJson(PublishedModelDocument { d, report }), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->description.outcome, QStringLiteral("low birth weight"));
    ReviewerWindow window(*back);
    QVERIFY(window.currentPrediction());
    QVERIFY2(window.resultText().contains(QStringLiteral("low birth weight")),
             qPrintable(window.resultText()));
    QVERIFY(!window.resultText().contains(QStringLiteral("the outcome")));
    QVERIFY2(window.performanceText().contains(QStringLiteral("had low birth weight")),
             qPrintable(window.performanceText()));
    QVERIFY(!window.performanceText().contains(QStringLiteral("the outcome")));

    // A model published before the label was carried names the outcome variable.
    QJsonObject old = toJson(PublishedModelDocument { d, report });
    QJsonObject description = old.value(QStringLiteral("description")).toObject();
    description.remove(QStringLiteral("outcome"));
    old.insert(QStringLiteral("description"), description);
    const auto older = publishedModelFromJson(old, &error);
    QVERIFY(older);
    QCOMPARE(outcomeName(*older), QStringLiteral("lbw"));
    ReviewerWindow olderWindow(*older);
    QVERIFY2(olderWindow.resultText().contains(QStringLiteral("have lbw")),
             qPrintable(olderWindow.resultText()));
}

QTEST_MAIN(tst_RiskCalculator)
#include "tst_riskcalculator.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// What a new user's first hour showed in the results (branch firstrun): the first model one
// fits on the demo federation, `dev_delay_2y ~ birth_weight_g`, has a coefficient per gram
// (β −0.000687, SE 0.0000586), which the coefficient table showed as "-0.001", SE "0.000",
// OR "0.999 [0.999, 0.999]", and the forest plot as "1.00 [1.00, 1.00]".
#include "fairstart/ui/results/coefficientmodel.h"
#include "fairstart/ui/results/format.h"
#include "fairstart/ui/results/termlabels.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QTest>

#include <cmath>

using namespace fairstart;
using namespace fairstart::ui;

namespace {

analysis::Coefficient coefficient(const char *term, double estimate, double se)
{
    analysis::Coefficient c;
    c.term = term;
    c.estimate = estimate;
    c.stdError = se;
    c.statistic = estimate / se;
    c.pValue = 0.5;
    c.ciLower = estimate - 1.959964 * se;
    c.ciUpper = estimate + 1.959964 * se;
    c.ratio = std::exp(estimate);
    c.ratioLower = std::exp(c.ciLower);
    c.ratioUpper = std::exp(c.ciUpper);
    return c;
}

} // namespace

class tst_FirstRun : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void decimalsShowTwoDigitsOfTheSpread_data()
    {
        QTest::addColumn<double>("spread");
        QTest::addColumn<int>("fewest");
        QTest::addColumn<int>("decimals");
        QTest::newRow("a usual SE keeps three") << 0.064 << 3 << 3;
        QTest::newRow("a large SE keeps three") << 12.5 << 3 << 3;
        QTest::newRow("per gram") << 0.0000586 << 3 << 5;
        QTest::newRow("0.001 exactly") << 0.001 << 3 << 3;
        QTest::newRow("0.0009") << 0.0009 << 3 << 4;
        QTest::newRow("never more than 8") << 1e-12 << 3 << 8;
        QTest::newRow("zero") << 0.0 << 2 << 2;
        QTest::newRow("not a number") << std::nan("") << 2 << 2;
        QTest::newRow("a ratio's text") << 0.098 << 2 << 2;
    }

    void decimalsShowTwoDigitsOfTheSpread()
    {
        QFETCH(double, spread);
        QFETCH(int, fewest);
        QFETCH(int, decimals);
        QCOMPARE(decimalsFor(spread, fewest), decimals);
    }

    void perGramCoefficientIsReadable()
    {
        analysis::GlmResult glm;
        glm.family = analysis::Family::Binomial;
        glm.coefficients = { coefficient("(Intercept)", -0.0331, 0.165),
                             coefficient("birth_weight_g", -0.000687, 0.0000586) };
        CoefficientModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResult(glm);
        auto cell = [&model](int row, int column) {
            return model.index(row, column).data().toString();
        };
        // The usual row keeps three decimals.
        QCOMPARE(cell(0, CoefficientModel::EstimateColumn), QStringLiteral("-0.033"));
        QCOMPARE(cell(0, CoefficientModel::StdErrorColumn), QStringLiteral("0.165"));
        // The per-gram row shows its digits: no "0.000" standard error, no equal bounds.
        QCOMPARE(cell(1, CoefficientModel::EstimateColumn), QStringLiteral("-0.00069"));
        QCOMPARE(cell(1, CoefficientModel::StdErrorColumn), QStringLiteral("0.00006"));
        QVERIFY(cell(1, CoefficientModel::LowerColumn) != cell(1, CoefficientModel::UpperColumn));
        QCOMPARE(cell(1, CoefficientModel::RatioColumn), QStringLiteral("0.99931"));
        QVERIFY(cell(1, CoefficientModel::RatioLowerColumn)
                != cell(1, CoefficientModel::RatioUpperColumn));
        // The z statistic keeps three decimals; the export keeps every digit.
        QCOMPARE(cell(1, CoefficientModel::StatisticColumn), QStringLiteral("-11.724"));
        QCOMPARE(model.index(1, CoefficientModel::EstimateColumn).data(ExportRole).toString(),
                 QStringLiteral("-0.000687"));
        // The report's and the forest plot's ratio text.
        const QString interval = ratioIntervalText(glm.coefficients[1]);
        QCOMPARE(interval, QStringLiteral("0.99931 [0.99920, 0.99943]"));
        QCOMPARE(ratioIntervalText(coefficient("sexmale", 0.4326, 0.0638)),
                 QStringLiteral("1.54 [1.36, 1.75]"));
    }
};

QTEST_MAIN(tst_FirstRun)
#include "tst_firstrun.moc"

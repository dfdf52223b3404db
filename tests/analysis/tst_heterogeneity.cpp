// SPDX-License-Identifier: GPL-3.0-or-later
// Cochran's Q, I², τ² and the χ² tail against R (data/heterogeneity.R, values in the rows below);
// moved here from ui/ with the statistics.
#include "fairstart/analysis/metaanalysis.h"

#include <QtTest>

#include <cmath>

using namespace fairstart::analysis;

class tst_Heterogeneity : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cochran_data();
    void cochran();
    void chiSquared_data();
    void chiSquared();
    void needsTwoSites();
};

Q_DECLARE_METATYPE(std::vector<double>)

void tst_Heterogeneity::cochran_data()
{
    QTest::addColumn<std::vector<double>>("b");
    QTest::addColumn<std::vector<double>>("s");
    QTest::addColumn<std::vector<double>>("expected"); // pooled, SE, Q, p, I², τ²
    QTest::newRow("three sites")
        << std::vector<double> { 0.2, 0.5, 0.8 } << std::vector<double> { 0.1, 0.2, 0.25 }
        << std::vector<double> { 0.32127659574468087,  0.084215192106651904, 5.9361702127659575,
                                 0.051401644833412509, 0.6630824372759857,   0.061666666666666675 };
    QTest::newRow("four sites") << std::vector<double> { -0.31, -0.12, -0.45, -0.2 }
                                << std::vector<double> { 0.08, 0.11, 0.15, 0.09 }
                                << std::vector<double> {
                                       -0.25331185209453838, 0.049580595237810429,
                                       4.0411520827465752,   0.25705459886950416,
                                       0.25763744136027533,  0.0036192948570459814
                                   };
    QTest::newRow("homogeneous") << std::vector<double> { 1.0, 1.02 }
                                 << std::vector<double> { 0.5, 0.6 }
                                 << std::vector<double> { 1.0081967213114755,
                                                          0.38411063979868793,
                                                          0.00065573770491803398,
                                                          0.97957050281396441,
                                                          0.0,
                                                          0.0 };
}

void tst_Heterogeneity::cochran()
{
    QFETCH(std::vector<double>, b);
    QFETCH(std::vector<double>, s);
    QFETCH(std::vector<double>, expected);
    const std::optional<Heterogeneity> h = cochranQ(b, s);
    QVERIFY(h);
    QCOMPARE(h->sites, int(b.size()));
    QCOMPARE(h->df, int(b.size()) - 1);
    const double got[] = { h->pooled, h->pooledSe, h->q, h->p, h->i2, h->tau2 };
    for (int i = 0; i < 6; ++i) {
        const double tol = 1e-10 * std::max(1.0, std::fabs(expected[std::size_t(i)]));
        QVERIFY2(std::fabs(got[i] - expected[std::size_t(i)]) < tol,
                 qPrintable(QStringLiteral("value %1: %2 vs %3")
                                .arg(i)
                                .arg(got[i], 0, 'g', 17)
                                .arg(expected[std::size_t(i)], 0, 'g', 17)));
    }
}

void tst_Heterogeneity::chiSquared_data()
{
    QTest::addColumn<double>("x");
    QTest::addColumn<int>("df");
    QTest::addColumn<double>("expected");
    QTest::newRow("3.84 on 1") << 3.84 << 1 << 0.050043521248705224;
    QTest::newRow("10 on 4") << 10.0 << 4 << 0.040427681994512805;
    QTest::newRow("250 on 30") << 250.0 << 30 << 1.5157414203687211e-36;
    QTest::newRow("zero") << 0.0 << 3 << 1.0;
}

void tst_Heterogeneity::chiSquared()
{
    QFETCH(double, x);
    QFETCH(int, df);
    QFETCH(double, expected);
    const double got = chiSquaredUpperTail(x, df);
    QVERIFY2(std::fabs(got - expected) <= 1e-10 * expected,
             qPrintable(QString::number(got, 'g', 17)));
}

void tst_Heterogeneity::needsTwoSites()
{
    QVERIFY(!cochranQ({ 0.3 }, { 0.1 }));
    // A site without a usable SE does not count.
    QVERIFY(!cochranQ({ 0.3, 0.4 }, { 0.1, 0.0 }));
    QVERIFY(!cochranQ({ 0.3, std::nan("") }, { 0.1, 0.2 }));
    QVERIFY(cochranQ({ 0.3, 0.4, std::nan("") }, { 0.1, 0.2, 0.3 }));
}

QTEST_GUILESS_MAIN(tst_Heterogeneity)
#include "tst_heterogeneity.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Cochran's Q, I², τ² and the χ² tail against R: the inputs are those of data/heterogeneity.R, the
// expected values are read from its committed output data/heterogeneity.txt.
#include "fairstart/analysis/metaanalysis.h"

#include <QtTest>

#include <charconv>
#include <cmath>
#include <sstream>
#include <string>

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

namespace {

// data/heterogeneity.txt: one line of numbers per ref() call of heterogeneity.R, then the χ²
// tails. Empty when the file is missing or a field is not a number (the test then fails).
std::vector<std::vector<double>> referenceLines()
{
    QFile file(QStringLiteral(FAIRSTART_TEST_DATA_DIR "/heterogeneity.txt"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    std::vector<std::vector<double>> lines;
    std::istringstream in(file.readAll().toStdString());
    for (std::string line; std::getline(in, line);) {
        if (line.starts_with('#')) // "# R version ...", recorded by heterogeneity.R
            continue;
        std::istringstream fields(line);
        std::vector<double> values;
        for (std::string field; fields >> field;) {
            double v = 0;
            const auto [ptr, ec] = std::from_chars(field.data(), field.data() + field.size(), v);
            if (ec != std::errc() || ptr != field.data() + field.size())
                return {};
            values.push_back(v);
        }
        if (!values.empty())
            lines.push_back(std::move(values));
    }
    return lines;
}

} // namespace

void tst_Heterogeneity::cochran_data()
{
    QTest::addColumn<std::vector<double>>("b");
    QTest::addColumn<std::vector<double>>("s");
    QTest::addColumn<std::vector<double>>("expected"); // pooled, SE, Q, p, I², τ²
    const auto ref = referenceLines();
    QCOMPARE(ref.size(), std::size_t(4));
    for (std::size_t i = 0; i < 3; ++i)
        QCOMPARE(ref[i].size(), std::size_t(6));
    QTest::newRow("three sites") << std::vector<double> { 0.2, 0.5, 0.8 }
                                 << std::vector<double> { 0.1, 0.2, 0.25 } << ref[0];
    QTest::newRow("four sites") << std::vector<double> { -0.31, -0.12, -0.45, -0.2 }
                                << std::vector<double> { 0.08, 0.11, 0.15, 0.09 } << ref[1];
    QTest::newRow("homogeneous") << std::vector<double> { 1.0, 1.02 }
                                 << std::vector<double> { 0.5, 0.6 } << ref[2];
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
    const auto ref = referenceLines();
    QCOMPARE(ref.size(), std::size_t(4));
    QCOMPARE(ref[3].size(), std::size_t(3));
    QTest::newRow("3.84 on 1") << 3.84 << 1 << ref[3][0];
    QTest::newRow("10 on 4") << 10.0 << 4 << ref[3][1];
    QTest::newRow("250 on 30") << 250.0 << 30 << ref[3][2];
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

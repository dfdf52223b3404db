// SPDX-License-Identifier: GPL-3.0-or-later
// The one number parser of the tree (analysis/numbers.h): whole string, '.' as the decimal point,
// finite, and the same under every locale (the `locale` label runs this under de_DE and nl_NL).
#include "fairstart/analysis/numbers.h"

#include <QTest>

#include <clocale>

using namespace fairstart::analysis;

class TestNumbers : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void accepted_data();
    void accepted();
    void refused_data();
    void refused();
    void characterClasses();
};

void TestNumbers::initTestCase()
{
    // As QCoreApplication does on Unix: the process takes its locale from the environment.
    std::setlocale(LC_ALL, "");
}

void TestNumbers::accepted_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<double>("value");
    QTest::newRow("decimal") << QByteArray("1.5") << 1.5;
    QTest::newRow("negative") << QByteArray("-2.25") << -2.25;
    QTest::newRow("integer") << QByteArray("42") << 42.0;
    QTest::newRow("exponent") << QByteArray("1e-3") << 1e-3;
    QTest::newRow("leading point") << QByteArray(".5") << 0.5;
    QTest::newRow("negative zero") << QByteArray("-0") << -0.0;
    QTest::newRow("largest") << QByteArray("1.7976931348623157e308") << 1.7976931348623157e308;
}

void TestNumbers::accepted()
{
    QFETCH(QByteArray, text);
    QFETCH(double, value);
    const auto parsed = parseNumber(std::string_view(text.constData(), std::size_t(text.size())));
    QVERIFY(parsed);
    QCOMPARE(*parsed, value);
}

void TestNumbers::refused_data()
{
    QTest::addColumn<QByteArray>("text");
    for (const char *bad :
         { "", " ", "1,5", " 1.5", "1.5 ", "1.5\n", "+1.5", "0x10", "inf", "-infinity", "nan",
           "NaN", "1e999", "1.5.2", "1 000", "1e", "-", "1.5abc", "１" })
        QTest::newRow(bad) << QByteArray(bad);
}

void TestNumbers::refused()
{
    QFETCH(QByteArray, text);
    QVERIFY(!parseNumber(std::string_view(text.constData(), std::size_t(text.size()))));
}

void TestNumbers::characterClasses()
{
    for (int c = 0; c < 256; ++c) {
        const char ch = static_cast<char>(c);
        const bool space = c == ' ' || (c >= '\t' && c <= '\r');
        QCOMPARE(isAsciiSpace(ch), space);
        const char lower = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : ch;
        QCOMPARE(asciiLower(ch), lower);
    }
}

QTEST_GUILESS_MAIN(TestNumbers)
#include "tst_numbers.moc"

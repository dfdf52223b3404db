// SPDX-License-Identifier: GPL-3.0-or-later
// The terminal presentation of fairstart-cli: R's p-value format and significance stars.
#include "fairstart/cli/clicommand.h"

#include <QTest>

#include <cmath>

using namespace fairstart::cli;

class tst_CliFormat : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void pValues_data();
    void pValues();
    void stars_data();
    void stars();
};

void tst_CliFormat::pValues_data()
{
    QTest::addColumn<double>("p");
    QTest::addColumn<QString>("text");
    QTest::newRow("tiny") << 1e-20 << QStringLiteral("< 2e-16");
    QTest::newRow("small") << 1.234e-5 << QStringLiteral("1.23e-05");
    QTest::newRow("medium") << 0.012345 << QStringLiteral("0.0123");
    QTest::newRow("large") << 0.5 << QStringLiteral("0.5");
    QTest::newRow("nan") << std::nan("") << QStringLiteral("NA");
}

void tst_CliFormat::pValues()
{
    QFETCH(double, p);
    QFETCH(QString, text);
    QCOMPARE(formatPValue(p), text);
}

void tst_CliFormat::stars_data()
{
    QTest::addColumn<double>("p");
    QTest::addColumn<QString>("stars");
    QTest::newRow("***") << 0.0009 << QStringLiteral("***");
    QTest::newRow("**") << 0.009 << QStringLiteral("**");
    QTest::newRow("*") << 0.049 << QStringLiteral("*");
    QTest::newRow(".") << 0.09 << QStringLiteral(".");
    QTest::newRow("none") << 0.2 << QStringLiteral(" ");
}

void tst_CliFormat::stars()
{
    QFETCH(double, p);
    QFETCH(QString, stars);
    QCOMPARE(significanceStars(p), stars);
}

QTEST_GUILESS_MAIN(tst_CliFormat)
#include "tst_cliformat.moc"

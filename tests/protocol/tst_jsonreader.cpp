// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 18: the strict reader's integers are checked for the range of the type they end up in.
// A JSON number of 2^63 passed `d <= double(INT64_MAX)` (that double is 2^63) and its cast to
// qint64 was undefined behaviour; 4294967297 read as an int wrapped to 1.
#include "jsonreader.h"

#include <QTest>

#include <limits>

using fairstart::protocol::detail::Reader;

class TestJsonReader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void integerRange_data();
    void integerRange();
    void integerOfTheTargetType();
};

void TestJsonReader::integerRange_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("2^63") << 9223372036854775808.0 << false;
    QTest::newRow("2^64") << 18446744073709551616.0 << false;
    QTest::newRow("-2^63") << -9223372036854775808.0 << true;
    QTest::newRow("below -2^63") << -9223372036854777856.0 << false;
    QTest::newRow("2^62") << 4611686018427387904.0 << true;
    QTest::newRow("fraction") << 1.5 << false;
}

void TestJsonReader::integerRange()
{
    QFETCH(double, value);
    QFETCH(bool, accepted);
    Reader r(QJsonObject { { QStringLiteral("n"), value } });
    const qint64 v = r.integer(QStringLiteral("n"), std::numeric_limits<qint64>::min(),
                               std::numeric_limits<qint64>::max());
    QCOMPARE(r.ok(), accepted);
    if (accepted)
        QCOMPARE(double(v), value);
}

void TestJsonReader::integerOfTheTargetType()
{
    Reader wraps(QJsonObject { { QStringLiteral("iterations"), 4294967297.0 } });
    QCOMPARE(wraps.integerOf<int>(QStringLiteral("iterations")), 0);
    QVERIFY(!wraps.ok());
    Reader fits(QJsonObject { { QStringLiteral("iterations"), 2147483647.0 } });
    QCOMPARE(fits.integerOf<int>(QStringLiteral("iterations")), 2147483647);
    QVERIFY(fits.ok());
    Reader negative(QJsonObject { { QStringLiteral("iterations"), -1.0 } });
    QCOMPARE(negative.integerOf<int>(QStringLiteral("iterations")), 0);
    QVERIFY(!negative.ok());
}

QTEST_GUILESS_MAIN(TestJsonReader)
#include "tst_jsonreader.moc"

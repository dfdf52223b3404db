// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 18: a node started under a German or Dutch locale (decimal comma) read the filter value
// "1.5" through the C locale and refused it. A real fairstart-node process under de_DE.UTF-8 and
// nl_NL.UTF-8 must accept "1.5" and refuse "1,5", and analysis::parseNumber must not follow the
// locale of the process either.
#include "fairstart/analysis/numbers.h"
#include "fairstart/protocol/codec.h"
#include "fairstart/protocol/messages.h"

// After Eigen (through the protocol headers): OpenSSL's headers define macros Eigen's names meet.
#include "nodeprocess.h"

#include <QTemporaryDir>
#include <QTest>

#include <clocale>
#include <csignal>
#include <cstdlib>

using namespace fairstart;
using testsupport::NodeProcess;
using testsupport::Reply;

class TestLocale : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void parserIgnoresTheProcessLocale_data();
    void parserIgnoresTheProcessLocale();
    void nodeAcceptsPointDecimals_data();
    void nodeAcceptsPointDecimals();
};

namespace {

// Makes the process run under `name` (as QCoreApplication does from the environment) and says
// whether that locale really has a decimal comma, so a missing locale fails instead of passing.
bool useLocale(const char *name)
{
    if (!std::setlocale(LC_ALL, name))
        return false;
    return std::localeconv()->decimal_point == std::string(",");
}

QByteArray describeBody(const std::string &value)
{
    protocol::DescriptivesRequest request;
    request.purpose = QStringLiteral("research");
    request.dataset = QStringLiteral("cohort");
    analysis::Filter f;
    f.variable = "breastfeeding_months";
    f.values = { value };
    request.filters = { f };
    protocol::DescribeVariable v;
    v.name = QStringLiteral("birth_weight_g");
    request.variables = { v };
    return protocol::canonicalJson(protocol::toJson(request));
}

} // namespace

void TestLocale::initTestCase()
{
    std::signal(SIGPIPE, SIG_IGN);
    QVERIFY2(QFile::exists(NodeProcess::binary()),
             qPrintable(NodeProcess::binary() + QStringLiteral(" is not built")));
}

void TestLocale::cleanupTestCase()
{
    std::setlocale(LC_ALL, "C.UTF-8");
}

void TestLocale::parserIgnoresTheProcessLocale_data()
{
    QTest::addColumn<QByteArray>("locale");
    QTest::newRow("de_DE") << QByteArray("de_DE.UTF-8");
    QTest::newRow("nl_NL") << QByteArray("nl_NL.UTF-8");
}

void TestLocale::parserIgnoresTheProcessLocale()
{
    QFETCH(QByteArray, locale);
    QVERIFY2(useLocale(locale.constData()),
             qPrintable(QStringLiteral("The locale %1 is not installed or has no decimal comma: "
                                       "run scripts/install-deps.")
                            .arg(QString::fromLatin1(locale))));
    // The hazard is real under this locale: strtod stops at the point.
    QCOMPARE(std::strtod("1.5", nullptr), 1.0);
    QCOMPARE(analysis::parseNumber("1.5"), std::optional<double>(1.5));
    QCOMPARE(analysis::parseNumber("-2.25e1"), std::optional<double>(-22.5));
    for (const char *bad :
         { "1,5", " 1.5", "1.5 ", "+1.5", "0x10", "inf", "nan", "1e999", "", "1.5.2", "1 000" })
        QVERIFY2(!analysis::parseNumber(bad), bad);
    std::setlocale(LC_ALL, "C.UTF-8");
}

void TestLocale::nodeAcceptsPointDecimals_data()
{
    QTest::addColumn<QString>("locale");
    QTest::newRow("de_DE") << QStringLiteral("de_DE.UTF-8");
    QTest::newRow("nl_NL") << QStringLiteral("nl_NL.UTF-8");
}

void TestLocale::nodeAcceptsPointDecimals()
{
    QFETCH(QString, locale);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    NodeProcess node;
    node.locale = locale;
    const QString csv = dir.filePath(QStringLiteral("demo.csv"));
    const QString schema = dir.filePath(QStringLiteral("demo.schema.json"));
    QVERIFY2(node.init(dir.filePath(QStringLiteral("node")), QStringLiteral("locale")),
             qPrintable(node.error));
    QVERIFY2(node.run({ QStringLiteral("demo-data"), QStringLiteral("--profile"),
                        QStringLiteral("hospital"), QStringLiteral("--rows"),
                        QStringLiteral("3000"), QStringLiteral("--seed"), QStringLiteral("3"),
                        QStringLiteral("--out"), csv, QStringLiteral("--schema-out"), schema }),
             qPrintable(node.error));
    QVERIFY2(node.import(QStringLiteral("cohort"), csv, schema), qPrintable(node.error));
    const QString token = node.token(QStringLiteral("analyst"), QStringLiteral("research"));
    QVERIFY2(!token.isEmpty(), qPrintable(node.error));
    QVERIFY2(node.serve(), qPrintable(node.error));

    const Reply point = node.post("/v1/descriptives", token, describeBody("1.5"));
    QVERIFY2(point.status != 0, "the node did not answer");
    // Released, or refused by a disclosure rule about the records: never an unreadable value.
    QVERIFY2(point.code != QStringLiteral("invalid-filter") && point.status != 500,
             qPrintable(point.describe()));
    QVERIFY2(point.released() || point.rule, qPrintable(point.describe()));
    const Reply comma = node.post("/v1/descriptives", token, describeBody("1,5"));
    QCOMPARE(comma.status, 400);
    QCOMPARE(comma.code, QStringLiteral("invalid-filter"));
    node.stop();
}

QTEST_GUILESS_MAIN(TestLocale)
#include "tst_locale.moc"

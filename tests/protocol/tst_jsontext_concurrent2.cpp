// SPDX-License-Identifier: GPL-3.0-or-later
// protocol::jsonText writes what QJsonDocument::toJson writes, byte for byte, compact and indented
// (the CLI's JSON report, every answer a node releases and its audit entries are written with it;
// issue 16, branch concurrent2); protocol::sha256 is the SHA-256 QCryptographicHash computes.
#include "fairstart/protocol/codec.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <bit>
#include <cmath>
#include <cstdint>
#include <functional>
#include <limits>
#include <random>
#include <string>

using namespace fairstart;

class tst_JsonTextConcurrent2 : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void edgeCases();
    void randomDocuments();
    void aFitReport();
    void sha256AsQt();
};

namespace {

void compareBoth(const QJsonObject &o, const char *what)
{
    for (const auto format : { QJsonDocument::Compact, QJsonDocument::Indented }) {
        const QByteArray ours = protocol::jsonText(o, format);
        const QByteArray qt = QJsonDocument(o).toJson(format);
        if (ours != qt) {
            qWarning("%s, format %d:\n ours %s\n qt   %s", what, int(format),
                     ours.left(600).constData(), qt.left(600).constData());
        }
        QCOMPARE(ours, qt);
    }
}

QJsonArray edgeNumbers()
{
    QJsonArray a;
    for (double d : { 0.0,
                      -0.0,
                      1.0,
                      -1.0,
                      0.1,
                      1e-7,
                      1e15,
                      8e15,
                      9e15,
                      9007199254740992.0,
                      9007199254740994.0,
                      -9007199254740992.0,
                      -9007199254740994.0,
                      1e16,
                      -1e16,
                      1e17,
                      1e19,
                      9.223372036854775807e18,
                      -9.223372036854775808e18,
                      1e21,
                      1e22,
                      123456789.123,
                      5e-324,
                      1.7976931348623157e308,
                      std::numeric_limits<double>::quiet_NaN(),
                      std::numeric_limits<double>::infinity(),
                      -std::numeric_limits<double>::infinity(),
                      0.30000000000000004,
                      2.5,
                      100.0,
                      1e6,
                      1e-5,
                      123e-20 })
        a.append(d);
    a.append(qint64(1) << 62);
    a.append(std::numeric_limits<qint64>::min());
    a.append(std::numeric_limits<qint64>::max());
    a.append(int(7));
    a.append(-12);
    a.append(true);
    a.append(false);
    a.append(QJsonValue());
    a.append(QJsonArray());
    a.append(QJsonObject());
    return a;
}

} // namespace

void tst_JsonTextConcurrent2::edgeCases()
{
    compareBoth(QJsonObject(), "empty");
    QJsonObject e;
    e.insert(QStringLiteral("nums"), edgeNumbers());
    e.insert(QStringLiteral("s"),
             QString::fromUtf8("a\"b\\c\b\f\n\r\t\x01\x1f\x7f é € \xf0\x9d\x84\x9e \u2028/<>"));
    e.insert(QString(),
             QJsonObject { { QStringLiteral("x"),
                             QJsonArray { QJsonArray {},
                                          QJsonObject { { QStringLiteral("y"), QJsonObject {} } },
                                          QJsonArray { QJsonArray { 1, 2 } } } } });
    e.insert(QString::fromUtf8("ké\n\"y\""), 3.5);
    compareBoth(e, "edge cases");
    // A lone surrogate: jsonText leaves it to Qt's writer, whatever that writes.
    QString lone = QStringLiteral("a");
    lone.append(QChar(0xd800));
    lone.append(QStringLiteral("b"));
    e.insert(QStringLiteral("lone"), lone);
    compareBoth(e, "lone surrogate in a value");
    QJsonObject key;
    key.insert(lone, 1);
    compareBoth(key, "lone surrogate in a key");
}

void tst_JsonTextConcurrent2::randomDocuments()
{
    std::mt19937_64 rng(20261206);
    auto number = [&rng]() -> QJsonValue {
        switch (rng() % 6) {
        case 0: // any finite double by its bits
            for (;;) {
                const double d = std::bit_cast<double>(std::uint64_t(rng()));
                if (std::isfinite(d))
                    return d;
            }
        case 1: // integral doubles around 2^53 and beyond
            return double(std::int64_t(rng() % (std::uint64_t(1) << 56)) - (std::int64_t(1) << 55));
        case 2:
            return qint64(rng());
        case 3:
            return int(rng() % 2001) - 1000;
        case 4:
            return std::ldexp(double(rng() % 1000000), int(rng() % 80) - 40);
        default:
            return std::uniform_real_distribution<double>(-1e6, 1e6)(rng);
        }
    };
    auto text = [&rng]() {
        QString s;
        const int n = int(rng() % 12);
        for (int i = 0; i < n; ++i) {
            switch (rng() % 5) {
            case 0:
                s.append(QChar(char16_t(rng() % 0x80)));
                break;
            case 1:
                s.append(QChar(char16_t(0x80 + rng() % 0x780)));
                break;
            case 2:
                s.append(QChar(char16_t(0x800 + rng() % (0xd800 - 0x800))));
                break;
            case 3: { // a pair
                const char32_t cp = char32_t(0x10000 + rng() % 0xfffff);
                s.append(QChar::highSurrogate(cp));
                s.append(QChar::lowSurrogate(cp));
                break;
            }
            default:
                s.append(QLatin1Char(char('a' + rng() % 26)));
            }
        }
        return s;
    };
    std::function<QJsonValue(int)> value;
    auto object = [&](int depth) {
        QJsonObject o;
        const int n = int(rng() % 7);
        for (int i = 0; i < n; ++i)
            o.insert(text(), value(depth + 1));
        return o;
    };
    value = [&](int depth) -> QJsonValue {
        switch (rng() % (depth > 4 ? 4 : 6)) {
        case 0:
            return number();
        case 1:
            return text();
        case 2:
            return bool(rng() % 2);
        case 3:
            return QJsonValue();
        case 4: {
            QJsonArray a;
            const int n = int(rng() % 6);
            for (int i = 0; i < n; ++i)
                a.append(value(depth + 1));
            return a;
        }
        default:
            return object(depth);
        }
    };
    for (int k = 0; k < 400; ++k)
        compareBoth(object(0), "a random document");
}

// The shape of a fit's report (protocol::toJson(FitReport)): what fairstart-cli fit --format json
// writes.
void tst_JsonTextConcurrent2::aFitReport()
{
    protocol::FitReport report;
    report.dataset = QStringLiteral("cohort");
    report.purpose = QStringLiteral("research");
    const double estimates[] = { -0.4, 0.11, -0.08000000000000002, 1e-7, 12345.678 };
    for (int j = 0; j < 5; ++j) {
        analysis::Coefficient c;
        c.term = j ? "x" + std::to_string(j) : "(Intercept)";
        c.estimate = estimates[j];
        c.stdError = 0.01 * (j + 1) / 3;
        c.statistic = c.estimate / c.stdError;
        c.pValue = j ? 1e-300 * j : 0.5;
        c.ciLower = c.estimate - 1.96 * c.stdError;
        c.ciUpper = c.estimate + 1.96 * c.stdError;
        c.ratio = std::exp(c.estimate);
        report.glm.coefficients.push_back(c);
    }
    report.glm.deviance = 123456.78901234;
    report.glm.nullDeviance = 130000.0;
    report.glm.n = 98010;
    report.glm.events = 40000;
    report.glm.residualDf = 98005;
    report.started = QDateTime::fromMSecsSinceEpoch(1796000000123, Qt::UTC);
    report.finished = report.started.addMSecs(250);
    compareBoth(protocol::toJson(report), "a fit report");
}

void tst_JsonTextConcurrent2::sha256AsQt()
{
    std::mt19937_64 rng(7);
    for (int size : { 0, 1, 3, 55, 56, 63, 64, 65, 1000, 300000 }) {
        QByteArray bytes(size, Qt::Uninitialized);
        for (char &c : bytes)
            c = char(rng());
        QCOMPARE(protocol::sha256(bytes),
                 QCryptographicHash::hash(bytes, QCryptographicHash::Sha256));
        QCOMPARE(protocol::sha256Hex(bytes),
                 QStringLiteral("sha256:")
                     + QString::fromLatin1(
                         QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    }
}

QTEST_GUILESS_MAIN(tst_JsonTextConcurrent2)
#include "tst_jsontext_concurrent2.moc"

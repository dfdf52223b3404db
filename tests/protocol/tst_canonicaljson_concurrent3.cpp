// SPDX-License-Identifier: GPL-3.0-or-later
// protocol::canonicalJson writes every number as it did before issue 16's concurrent3 pass (the
// numbers are taken apart without allocating now): the previous formatter is kept here as the
// reference, and both must agree, byte for byte, on edge cases and on random doubles — every
// signature a node made before the change must still verify. tst_canonical_independent checks
// the same form against an independent RFC 8785 implementation.
#include "fairstart/protocol/codec.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <algorithm>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <limits>
#include <random>
#include <string>

using namespace fairstart;

class tst_CanonicalJsonConcurrent3 : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void edgeCases();
    void randomBitPatterns();
    void randomDecimals();
    void aContributionLikeObject();
};

namespace {

// The formatter of protocol/src/canonicaljson.cpp before concurrent3, unchanged.
void referenceNumber(QByteArray &out, double d)
{
    if (!std::isfinite(d)) {
        out.append("null");
        return;
    }
    if (d == 0) {
        out.append('0');
        return;
    }
    if (d < 0) {
        out.append('-');
        d = -d;
    }
    char buffer[64];
    const auto result
        = std::to_chars(buffer, buffer + sizeof buffer, d, std::chars_format::scientific);
    const std::string text(buffer, result.ptr);
    const size_t e = text.find('e');
    std::string digits = text.substr(0, e);
    digits.erase(std::remove(digits.begin(), digits.end(), '.'), digits.end());
    int exponent = 0;
    std::from_chars(text.data() + e + 1 + (text[e + 1] == '+' ? 1 : 0), text.data() + text.size(),
                    exponent);
    const int k = int(digits.size());
    const int n = exponent + 1;
    if (k <= n && n <= 21) {
        out.append(digits.data(), qsizetype(digits.size()));
        out.append(QByteArray(n - k, '0'));
    } else if (0 < n && n <= 21) {
        out.append(digits.data(), n);
        out.append('.');
        out.append(digits.data() + n, k - n);
    } else if (-6 < n && n <= 0) {
        out.append("0.");
        out.append(QByteArray(-n, '0'));
        out.append(digits.data(), k);
    } else {
        out.append(digits[0]);
        if (k > 1) {
            out.append('.');
            out.append(digits.data() + 1, k - 1);
        }
        out.append('e');
        out.append(n - 1 >= 0 ? '+' : '-');
        out.append(QByteArray::number(std::abs(n - 1)));
    }
}

// {"v":[...]} as the reference writes it (one key: no ordering question).
QByteArray referenceArray(const std::vector<double> &values)
{
    QByteArray out("{\"v\":[");
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i > 0)
            out.append(',');
        referenceNumber(out, values[i]);
    }
    out.append("]}");
    return out;
}

// Compares value by value, so that a failure names the number.
void compareEach(const std::vector<double> &values)
{
    int wrong = 0;
    for (double v : values) {
        const QByteArray ours
            = protocol::canonicalJson(QJsonObject { { QStringLiteral("v"), QJsonArray { v } } });
        const QByteArray reference = referenceArray({ v });
        if (ours != reference && ++wrong <= 5)
            qWarning("%.17g (bits %llx): ours %s, reference %s", v,
                     static_cast<unsigned long long>(std::bit_cast<std::uint64_t>(v)),
                     ours.constData(), reference.constData());
    }
    QCOMPARE(wrong, 0);
}

} // namespace

void tst_CanonicalJsonConcurrent3::edgeCases()
{
    const double inf = std::numeric_limits<double>::infinity();
    std::vector<double> values { 0.0,
                                 -0.0,
                                 1.0,
                                 -1.0,
                                 0.1,
                                 0.5,
                                 100,
                                 123,
                                 1e20,
                                 1e21,
                                 1e22,
                                 123456789012345680000.0,
                                 1.2345678901234568e21,
                                 1e-6,
                                 1e-7,
                                 1.5e-6,
                                 0.000001234,
                                 0.0000001234,
                                 std::numeric_limits<double>::min(),
                                 std::numeric_limits<double>::denorm_min(),
                                 std::numeric_limits<double>::max(),
                                 std::numeric_limits<double>::lowest(),
                                 std::numeric_limits<double>::epsilon(),
                                 9007199254740992.0,
                                 9007199254740993.0,
                                 -9007199254740991.0,
                                 1e100,
                                 1e-100,
                                 1e300,
                                 1e-300,
                                 4.35,
                                 0.3,
                                 2.0 / 3.0,
                                 -1.0 / 3.0,
                                 inf,
                                 -inf,
                                 std::nan("") };
    for (int p = -330; p <= 310; ++p) {
        values.push_back(std::pow(10.0, p));
        values.push_back(-1.7976931348623157 * std::pow(10.0, p));
        values.push_back(1.0000000000000002 * std::pow(10.0, p));
    }
    compareEach(values);
    // The whole array in one object, as a contribution holds its vectors.
    const std::vector<double> some(values.begin(), values.begin() + 40);
    QJsonArray array;
    for (double v : some)
        array.append(v);
    QCOMPARE(protocol::canonicalJson(QJsonObject { { QStringLiteral("v"), array } }),
             referenceArray(some));
    // Known forms (ECMAScript's Number::toString).
    QCOMPARE(protocol::canonicalJson(
                 QJsonObject { { QStringLiteral("v"), QJsonArray { 1e21, 1e-7, 100, -0.0 } } }),
             QByteArray("{\"v\":[1e+21,1e-7,100,0]}"));
}

void tst_CanonicalJsonConcurrent3::randomBitPatterns()
{
    std::mt19937_64 random(20261206);
    std::vector<double> values;
    while (values.size() < 100'000) {
        const double v = std::bit_cast<double>(random());
        if (std::isfinite(v))
            values.push_back(v);
    }
    compareEach(values);
}

void tst_CanonicalJsonConcurrent3::randomDecimals()
{
    // What a fit's numbers look like: moderate magnitudes, often short decimals.
    std::mt19937_64 random(16);
    std::uniform_real_distribution<double> mantissa(-10, 10);
    std::uniform_int_distribution<int> power(-12, 25);
    std::uniform_int_distribution<int> places(0, 8);
    std::vector<double> values;
    for (int i = 0; i < 50'000; ++i) {
        const double raw = mantissa(random) * std::pow(10.0, power(random));
        values.push_back(raw);
        const double scale = std::pow(10.0, places(random));
        values.push_back(std::round(raw * scale) / scale);
    }
    compareEach(values);
}

void tst_CanonicalJsonConcurrent3::aContributionLikeObject()
{
    // Nested objects, strings and numbers together: the whole form, not the numbers alone.
    std::mt19937_64 random(3);
    std::normal_distribution<double> normal(0, 3);
    QJsonArray gradient, hessian;
    std::vector<double> all;
    for (int i = 0; i < 21; ++i) {
        const double g = normal(random);
        gradient.append(g);
        all.push_back(g);
    }
    for (int i = 0; i < 441; ++i) {
        const double h = normal(random) * 1e4;
        hessian.append(h);
    }
    const QJsonObject object { { QStringLiteral("site"), QStringLiteral("site1") },
                               { QStringLiteral("round"), 3 },
                               { QStringLiteral("sums"),
                                 QJsonObject {
                                     { QStringLiteral("gradient"), gradient },
                                     { QStringLiteral("hessian"), hessian },
                                     { QStringLiteral("deviance"), 12345.678901234 } } } };
    const QByteArray ours = protocol::canonicalJson(object);
    QByteArray expected("{\"round\":3,\"site\":\"site1\",\"sums\":{\"deviance\":");
    referenceNumber(expected, 12345.678901234);
    expected.append(",\"gradient\":[");
    for (qsizetype i = 0; i < gradient.size(); ++i) {
        if (i > 0)
            expected.append(',');
        referenceNumber(expected, gradient.at(i).toDouble());
    }
    expected.append("],\"hessian\":[");
    for (qsizetype i = 0; i < hessian.size(); ++i) {
        if (i > 0)
            expected.append(',');
        referenceNumber(expected, hessian.at(i).toDouble());
    }
    expected.append("]}}");
    QCOMPARE(ours, expected);
}

QTEST_GUILESS_MAIN(tst_CanonicalJsonConcurrent3)
#include "tst_canonicaljson_concurrent3.moc"

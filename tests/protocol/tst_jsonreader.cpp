// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 18: the strict reader's integers are checked for the range of the type they end up in.
// A JSON number of 2^63 passed `d <= double(INT64_MAX)` (that double is 2^63) and its cast to
// qint64 was undefined behaviour; 4294967297 read as an int wrapped to 1.
#include "codec_util.h"
#include "fairstart/protocol/base64.h"
#include "jsonreader.h"

#include <QRandomGenerator>
#include <QTest>

#include <limits>

using fairstart::protocol::detail::Reader;

class TestJsonReader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void integerRange_data();
    void integerRange();
    void integerOfTheTargetType();
    void strictBase64AsQt();
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

namespace {
// What base64 fields accepted before they were decoded in one pass: Qt's decoding, and the bytes'
// encoding equal to the text (the one canonical spelling), in plain ASCII.
bool acceptedByQt(const QString &text)
{
    const QByteArray ascii = text.toLatin1();
    const auto decoded
        = QByteArray::fromBase64Encoding(ascii, QByteArray::AbortOnBase64DecodingErrors);
    return decoded && decoded.decoded.toBase64() == ascii && text.toLatin1() == text.toUtf8();
}
} // namespace

// Performance, "Many sites, third pass": base64 fields are decoded in one pass of their own; they
// must accept exactly the texts Qt's decode-and-re-encode accepted, over UTF-16 and over bytes.
// Every one- and two-character change of canonical encodings of 0..9 bytes (padding of 0, 1 and 2),
// plus random texts.
void TestJsonReader::strictBase64AsQt()
{
    using fairstart::protocol::detail::util::readBase64Field;
    const QString alphabet = QStringLiteral(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=-_ \u00e9\n.");
    auto check = [](const QString &text, int &accepted) {
        Reader r(QJsonObject { { QStringLiteral("k"), text } });
        const QByteArray bytes = readBase64Field(r, QStringLiteral("k"));
        const bool ours = r.ok();
        if (ours != acceptedByQt(text))
            return QStringLiteral("'%1': ours %2, Qt's %3").arg(text).arg(ours).arg(!ours);
        if (ours && bytes.toBase64() != text.toLatin1())
            return QStringLiteral("'%1' decoded to other bytes").arg(text);
        // The same decoder over bytes (the client's direct reader of round answers): the same
        // texts, the same bytes.
        const QByteArray latin1 = text.toLatin1();
        const qsizetype size
            = fairstart::protocol::canonicalBase64Size(latin1.constData(), latin1.size());
        QByteArray direct(std::max<qsizetype>(size, 0), Qt::Uninitialized);
        const bool ascii = size >= 0
            && fairstart::protocol::decodeCanonicalBase64(
                               latin1.constData(), latin1.size(),
                               reinterpret_cast<unsigned char *>(direct.data()));
        if (ascii != ours || (ours && direct != bytes))
            return QStringLiteral("'%1': over bytes %2, over UTF-16 %3")
                .arg(text)
                .arg(ascii)
                .arg(ours);
        accepted += ours ? 1 : 0;
        return QString();
    };
    QRandomGenerator random(16);
    int accepted = 0;
    int tried = 0;
    for (int size = 0; size <= 9; ++size) {
        for (int sample = 0; sample < 4; ++sample) {
            QByteArray bytes(size, Qt::Uninitialized);
            for (char &b : bytes)
                b = char(random.bounded(256));
            const QString canonical = QString::fromLatin1(bytes.toBase64());
            QString problem = check(canonical, accepted);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            ++tried;
            for (qsizetype i = 0; i < canonical.size(); ++i) {
                for (const QChar c : alphabet) {
                    QString changed = canonical;
                    changed[i] = c;
                    problem = check(changed, accepted);
                    QVERIFY2(problem.isEmpty(), qPrintable(problem));
                    ++tried;
                }
            }
            for (const QString &extra : { QStringLiteral("="), QStringLiteral("=="),
                                          QStringLiteral("A"), QStringLiteral("AAAA") }) {
                problem = check(canonical + extra, accepted);
                QVERIFY2(problem.isEmpty(), qPrintable(problem));
                problem
                    = check(canonical.chopped(std::min<qsizetype>(1, canonical.size())), accepted);
                QVERIFY2(problem.isEmpty(), qPrintable(problem));
                tried += 2;
            }
        }
    }
    for (int sample = 0; sample < 20000; ++sample) {
        QString text;
        const int length
            = 4 * int(random.bounded(3)) + int(random.bounded(2)) * int(random.bounded(4));
        for (int k = 0; k < length; ++k)
            text.append(alphabet.at(int(random.bounded(int(alphabet.size())))));
        const QString problem = check(text, accepted);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        ++tried;
    }
    // The comparison can fail both ways: canonical texts were accepted, changed ones refused.
    QVERIFY(accepted > 40);
    QVERIFY(accepted < tried);
}

QTEST_GUILESS_MAIN(TestJsonReader)
#include "tst_jsonreader.moc"

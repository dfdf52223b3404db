// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16, branch `sites2`: a contribution's canonical bytes with the masked words' base64
// written by the codec's own encoder (12 bits per table lookup) instead of QByteArray::toBase64,
// and the strict reader's check for unknown keys over const iterators. The bytes must be what the
// generic form (canonicalJson(toJson(c)), Qt's encoder) gives for every length and content — D,
// the tags and the signatures cover them — and an unknown key must still be refused.
#include "fairstart/protocol/codec.h"
#include "fairstart/protocol/relaycodec.h"

#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace fairstart::protocol;

class tst_CodecSites2 : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void base64AsQt()
    {
        // Every word count from 0 to 200 (8w bytes: every remainder mod 3), words of all zeros,
        // all ones and random bits, for each status whose canonical bytes carry masked words.
        QRandomGenerator random(2026);
        const ContributionStatus statuses[]
            = { ContributionStatus::Statistics, ContributionStatus::Evaluation,
                ContributionStatus::Descriptives };
        int compared = 0;
        for (const ContributionStatus status : statuses) {
            for (int words = 0; words <= 200; ++words) {
                for (int fill = 0; fill < 3; ++fill) {
                    Contribution c;
                    c.status = status;
                    c.study = QStringLiteral("sha256:") + QString(64, QLatin1Char('a'));
                    c.site = QStringLiteral("site%1").arg(words);
                    c.round = 3;
                    c.betaHash = QStringLiteral("sha256:") + QString(64, QLatin1Char('b'));
                    c.mode = QStringLiteral("masked");
                    c.p = 21;
                    c.bins = 1000;
                    for (int w = 0; w < words; ++w)
                        c.masked.push_back(fill == 0       ? 0
                                               : fill == 1 ? ~std::uint64_t(0)
                                                           : random.generate64());
                    const QByteArray direct = contributionBytes(c);
                    QCOMPARE(direct, canonicalJson(toJson(c)));
                    // And the words' base64 in it is Qt's for these bytes.
                    QByteArray bytes(qsizetype(words) * 8, Qt::Uninitialized);
                    for (int w = 0; w < words; ++w)
                        for (int b = 0; b < 8; ++b)
                            bytes[qsizetype(w) * 8 + b]
                                = char((c.masked[std::size_t(w)] >> (8 * b)) & 0xff);
                    const QByteArray member
                        = QByteArray("\"masked\":\"") + bytes.toBase64() + QByteArray("\"");
                    QVERIFY(direct.contains(member));
                    ++compared;
                }
            }
        }
        QCOMPARE(compared, 3 * 201 * 3);
    }

    void readerStillRefusesUnknownKeys()
    {
        // The reader shares its object with the caller (no copy for the check); an unknown key in
        // a relayed contribution is still refused, and the caller's object is unchanged.
        Contribution c;
        c.status = ContributionStatus::Statistics;
        c.study = QStringLiteral("sha256:") + QString(64, QLatin1Char('a'));
        c.site = QStringLiteral("north");
        c.round = 2;
        c.betaHash = QStringLiteral("sha256:") + QString(64, QLatin1Char('b'));
        c.mode = QStringLiteral("masked");
        c.p = 1;
        c.masked = std::vector<std::uint64_t>(2 * (1 + 1 + 5), 7);
        QJsonObject object = toJson(c);
        QVERIFY(fromJson<Contribution>(object).ok());
        object.insert(QStringLiteral("extra"), 1);
        const QJsonObject before = object;
        const auto refused = fromJson<Contribution>(object);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().text().contains(QStringLiteral("extra")),
                 qPrintable(refused.error().text()));
        QCOMPARE(object, before);
    }
};

QTEST_GUILESS_MAIN(tst_CodecSites2)
#include "tst_codec_sites2.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The binary relay's codec (protocol/relaycodec.h; docs/protocol.md "The binary relay", issue 16,
// branch `many`): what an honest client encodes decodes to the same contributions with the same
// canonical bytes (what every tag and signature covers) and the same tags; every malformed or
// hostile body — truncated anywhere, lengths beyond the body or beyond the limits, tags of other
// lengths, the masked words twice (raw and as a "masked" member), words for a contribution that
// has none, the wrong number of words, duplicate or unknown keys, bytes after the end, random
// corruption — is refused with a path and a reason, never read past its end.
#include "fairstart/protocol/codec.h"
#include "fairstart/protocol/relaycodec.h"

#include <QRandomGenerator>
#include <QTest>

#include <cstring>

using namespace fairstart::protocol;

namespace {

Contribution masked(const QString &site, int p, std::uint64_t seed)
{
    Contribution c;
    c.study = QStringLiteral("sha256:") + QString(64, QLatin1Char('a'));
    c.site = site;
    c.round = 4;
    c.status = ContributionStatus::Statistics;
    c.betaHash = betaHash({ 0.5, -0.25 });
    c.mode = QStringLiteral("masked");
    c.p = p;
    const std::size_t values = std::size_t(p) * std::size_t(p + 1) / 2 + std::size_t(p) + 5;
    for (std::size_t k = 0; k < 2 * values; ++k)
        c.masked.push_back(0x9e3779b97f4a7c15ULL * (seed + k) ^ (seed << 7));
    return c;
}

SignedContribution signedOf(const Contribution &c, char fill)
{
    return { c, QByteArray(64, fill) };
}

QList<SignedContribution> sample()
{
    QList<SignedContribution> list;
    list << signedOf(masked(QStringLiteral("north"), 2, 1), 'n')
         << signedOf(masked(QStringLiteral("a\"b\\c,\"masked\":\u00e9\n"), 2, 2), 's');
    Contribution nonFinite = masked(QStringLiteral("west"), 2, 3);
    nonFinite.status = ContributionStatus::NonFinite;
    nonFinite.masked.clear();
    list << signedOf(nonFinite, 'w');
    Contribution converged = masked(QStringLiteral("zeta"), 2, 4);
    converged.status = ContributionStatus::Converged;
    converged.masked.clear();
    converged.finalBeta = { 0.5, -0.25 };
    list << signedOf(converged, 'z');
    return list;
}

QList<QByteArray> sampleTags()
{
    return { QByteArray(32, '\x01'), QByteArray(), QByteArray(32, '\x03'), QByteArray(32, '\x04') };
}

void appendU32(QByteArray &out, std::uint32_t v)
{
    for (int b = 0; b < 4; ++b)
        out.append(char((v >> (8 * b)) & 0xff));
}

// A part written by hand: any JSON bytes, any words, any signature length.
QByteArray part(const QByteArray &fields, const std::vector<std::uint64_t> &words,
                const QByteArray &signature = QByteArray(64, 'x'))
{
    QByteArray out;
    appendU32(out, std::uint32_t(fields.size()));
    out.append(fields);
    appendU32(out, std::uint32_t(words.size()));
    for (std::uint64_t w : words)
        for (int b = 0; b < 8; ++b)
            out.append(char((w >> (8 * b)) & 0xff));
    out.append(signature);
    return out;
}

QByteArray header(std::uint32_t round, std::uint32_t count, const QList<QByteArray> &tags)
{
    QByteArray out(kRelayMagic, 8);
    appendU32(out, round);
    appendU32(out, count);
    for (const QByteArray &tag : tags) {
        out.append(char(tag.size()));
        out.append(tag);
    }
    return out;
}

// The contribution's JSON without "masked" (what an honest part holds).
QByteArray fieldsOf(const Contribution &c)
{
    QJsonObject o = toJson(c);
    o.remove(QStringLiteral("masked"));
    return canonicalJson(o);
}

QString refusal(const QByteArray &body)
{
    auto decoded = decodeRelayBody(body);
    return decoded ? QString() : decoded.error().text();
}

} // namespace

class tst_RelayCodecMany : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void honestRelayDecodesToTheSameContributions()
    {
        const QList<SignedContribution> list = sample();
        const QByteArray parts = relayParts(list);
        QVERIFY(!parts.isEmpty());
        const QByteArray body = relayBody(5, sampleTags(), parts, int(list.size()));
        QVERIFY(isBinaryRelay(body));
        QVERIFY(!isBinaryRelay(QByteArrayLiteral("{\"round\":5}")));
        auto decoded = decodeRelayBody(body);
        QVERIFY2(decoded, qPrintable(decoded ? QString() : decoded.error().text()));
        QCOMPARE(decoded->relay.round, 5);
        QVERIFY(decoded->relay.signatures.isEmpty());
        QCOMPARE(decoded->tags, sampleTags());
        QCOMPARE(decoded->relay.previous.size(), list.size());
        for (qsizetype i = 0; i < list.size(); ++i) {
            const SignedContribution &back = decoded->relay.previous[i];
            // The bytes every tag and signature covers are the same as the JSON relay's.
            QCOMPARE(contributionBytes(back.contribution), contributionBytes(list[i].contribution));
            QCOMPARE(back.signature, list[i].signature);
            QCOMPARE(back.contribution.masked, list[i].contribution.masked);
            QCOMPARE(back.contribution.finalBeta, list[i].contribution.finalBeta);
        }
        // The JSON relay of the same contributions decodes to the same.
        RoundRelay json;
        json.round = 5;
        json.previous = list;
        auto viaJson = fromJson<RoundRelay>(toJson(json));
        QVERIFY(viaJson);
        for (qsizetype i = 0; i < list.size(); ++i)
            QCOMPARE(contributionBytes(viaJson->previous[i].contribution),
                     contributionBytes(decoded->relay.previous[i].contribution));
        // A body is the header and its tags in front of the shared parts.
        QVERIFY(body.endsWith(parts));
    }

    void encoderRefusesWhatItCannotWrite()
    {
        QList<SignedContribution> list = sample();
        QVERIFY(relayParts({}).isEmpty());
        list[1].signature.chop(1);
        QVERIFY(relayParts(list).isEmpty());
        const QByteArray parts = relayParts(sample());
        QVERIFY(relayBody(2, { QByteArray(31, 'a'), {}, {}, {} }, parts, 4).isEmpty());
        QVERIFY(relayBody(2, sampleTags().mid(1), parts, 4).isEmpty()); // one tag too few
        QVERIFY(relayBody(0, sampleTags(), parts, 4).isEmpty());
    }

    void truncatedAnywhereIsRefused()
    {
        const QList<SignedContribution> list = sample();
        const QByteArray body = relayBody(5, sampleTags(), relayParts(list), int(list.size()));
        QVERIFY(decodeRelayBody(body));
        for (qsizetype n = 0; n < body.size(); ++n) {
            const QString why = refusal(body.left(n));
            QVERIFY2(!why.isEmpty(), qPrintable(QStringLiteral("a body cut at %1 bytes").arg(n)));
        }
        QVERIFY(refusal(body + QByteArray(1, '\0')).contains(QStringLiteral("after its last")));
    }

    void headerRefusals()
    {
        const Contribution c = masked(QStringLiteral("north"), 2, 1);
        const QByteArray one = part(fieldsOf(c), c.masked);
        QByteArray wrongMagic = header(2, 1, { {} }) + one;
        wrongMagic[7] = '2';
        QVERIFY(refusal(wrongMagic).contains(QStringLiteral("FSRELAY1")));
        QVERIFY(refusal(QByteArrayLiteral("{\"round\":2,\"previous\":[]}"))
                    .contains(QStringLiteral("FSRELAY1")));
        QVERIFY(refusal(header(0, 1, { {} }) + one).startsWith(QStringLiteral("round")));
        QVERIFY(refusal(header(1000001, 1, { {} }) + one).startsWith(QStringLiteral("round")));
        QVERIFY(refusal(header(2, 0, {})).contains(QStringLiteral("1 to 4096")));
        // A count beyond the limit is refused before anything is allocated for it.
        QVERIFY(refusal(header(2, 0xffffffffU, {})).contains(QStringLiteral("1 to 4096")));
        QVERIFY(refusal(header(2, 4097, {})).contains(QStringLiteral("1 to 4096")));
        // Tags of another length than 0 or 32.
        QVERIFY(refusal(header(2, 1, { QByteArray(31, 't') }) + one)
                    .startsWith(QStringLiteral("tags[0]")));
        QVERIFY(refusal(header(2, 1, { QByteArray(33, 't') }) + one)
                    .startsWith(QStringLiteral("tags[0]")));
        QVERIFY(refusal(header(2, 1, { QByteArray(32, 't') }) + one).isEmpty());
        // More contributions announced than the body holds; fewer (bytes left over).
        QVERIFY(refusal(header(2, 2, { {}, {} }) + one).startsWith(QStringLiteral("previous[1]")));
        QVERIFY(
            refusal(header(2, 1, { {} }) + one + one).contains(QStringLiteral("after its last")));
    }

    void partRefusals()
    {
        const Contribution c = masked(QStringLiteral("north"), 2, 1);
        const QByteArray fields = fieldsOf(c);
        // -> QByteArray: with QT_USE_QSTRINGBUILDER, `auto` would return a builder that refers to
        // the temporary header (read after it died: a bad_alloc under some memory layouts).
        auto relayOf = [](const QByteArray &onePart) -> QByteArray {
            return header(2, 1, { {} }) + onePart;
        };
        QVERIFY(refusal(relayOf(part(fields, c.masked))).isEmpty());
        // A length beyond the body, beyond the limit, and lengths that wrap in 32 bits.
        QByteArray beyond = relayOf(part(fields, c.masked));
        beyond[17] = char(0xff); // the fields' length (after 16 bytes of header and one empty
        beyond[18] = char(0xff); // tag): 65,535, within the limit, beyond the body
        QVERIFY(refusal(beyond).contains(QStringLiteral("only")));
        QByteArray huge;
        appendU32(huge, 0xffffffffU);
        QVERIFY(refusal(relayOf(huge)).contains(QStringLiteral("2 to 65536")));
        QByteArray manyWords;
        appendU32(manyWords, std::uint32_t(fields.size()));
        manyWords.append(fields);
        appendU32(manyWords, 0xffffffffU);
        manyWords.append(QByteArray(64, 'x'));
        QVERIFY(refusal(relayOf(manyWords)).contains(QStringLiteral("words")));
        // The wrong number of words for p.
        std::vector<std::uint64_t> fewer = c.masked;
        fewer.pop_back();
        QVERIFY(refusal(relayOf(part(fields, fewer))).contains(QStringLiteral("masked")));
        QVERIFY(refusal(relayOf(part(fields, {}))).contains(QStringLiteral("masked")));
        // The words twice: raw and as a "masked" member (the duplicate part of a contribution).
        QVERIFY(refusal(relayOf(part(canonicalJson(toJson(c)), c.masked)))
                    .contains(QStringLiteral("masked")));
        // Only the member, no raw words: the binary form takes them raw only.
        QVERIFY(refusal(relayOf(part(canonicalJson(toJson(c)), {})))
                    .contains(QStringLiteral("masked")));
        // Words for a contribution that has none.
        Contribution converged = c;
        converged.status = ContributionStatus::Converged;
        converged.masked.clear();
        converged.finalBeta = { 1.0, 2.0 };
        QVERIFY(refusal(relayOf(part(fieldsOf(converged), {}))).isEmpty());
        QVERIFY(refusal(relayOf(part(fieldsOf(converged), { 1, 2 })))
                    .contains(QStringLiteral("no masked words")));
        // A key twice, an unknown key, not an object, not JSON.
        QByteArray twice = fields;
        twice.insert(1, QByteArrayLiteral("\"round\":9,"));
        QVERIFY(!refusal(relayOf(part(twice, c.masked))).isEmpty());
        QByteArray unknown = fields;
        unknown.insert(1, QByteArrayLiteral("\"extra\":1,"));
        QVERIFY(refusal(relayOf(part(unknown, c.masked))).contains(QStringLiteral("extra")));
        QVERIFY(!refusal(relayOf(part(QByteArrayLiteral("[1,2]"), c.masked))).isEmpty());
        QVERIFY(!refusal(relayOf(part(QByteArrayLiteral("{\"study\":"), c.masked))).isEmpty());
        // The signature cut short.
        QVERIFY(refusal(relayOf(part(fields, c.masked, QByteArray(63, 'x'))))
                    .contains(QStringLiteral("signature")));
    }

    // contributionBytes writes the relayed statuses' canonical bytes directly (no QJsonObject):
    // every such contribution, random fields and hostile site names, equals the generic form.
    void directBytesAsTheGenericForm()
    {
        QRandomGenerator random(1616);
        auto randomText = [&random](int length) {
            QString text;
            for (int k = 0; k < length; ++k) {
                switch (random.bounded(6)) {
                case 0:
                    text.append(QChar(char16_t(random.bounded(0x20)))); // control characters
                    break;
                case 1:
                    text.append(QLatin1Char("\"\\/,:{}[]"[random.bounded(9)]));
                    break;
                case 2:
                    text.append(QChar(char16_t(0x80 + random.bounded(0xd700)))); // BMP
                    break;
                case 3:
                    text.append(QString::fromUcs4(U"\U0001F600\U00010437", 1 + random.bounded(2)));
                    break;
                default:
                    text.append(QChar(char16_t(0x20 + random.bounded(0x5f))));
                }
            }
            return text;
        };
        const ContributionStatus statuses[]
            = { ContributionStatus::Statistics,   ContributionStatus::Evaluation,
                ContributionStatus::Descriptives, ContributionStatus::NonFinite,
                ContributionStatus::Observed,     ContributionStatus::Converged,
                ContributionStatus::Failed };
        int compared = 0;
        for (int k = 0; k < 3000; ++k) {
            Contribution c;
            c.status = statuses[k % 7];
            c.study = k % 3 ? randomText(1 + int(random.bounded(80)))
                            : QStringLiteral("sha256:") + QString(64, QLatin1Char('e'));
            c.site = randomText(int(random.bounded(40)));
            c.round = int(random.bounded(2000000)) - 1000;
            c.betaHash = randomText(int(random.bounded(70)));
            c.mode = k % 5 == 0 ? randomText(6) : QStringLiteral("masked");
            c.p = int(random.bounded(20000)) - 10;
            c.bins = int(random.bounded(200000)) - 50;
            const int words = int(random.bounded(600));
            if (c.status == ContributionStatus::Statistics
                || c.status == ContributionStatus::Evaluation
                || c.status == ContributionStatus::Descriptives)
                for (int w = 0; w < words; ++w)
                    c.masked.push_back(random.generate64());
            if (c.status == ContributionStatus::Converged)
                c.finalBeta = { random.generateDouble() - 0.5, 1e-300, -3.5e17 };
            if (c.status == ContributionStatus::Failed) {
                c.failure = randomText(30);
                c.failureCode = randomText(10);
            }
            QCOMPARE(contributionBytes(c), canonicalJson(toJson(c)));
            ++compared;
        }
        QCOMPARE(compared, 3000);
    }

    void randomCorruptionNeverReadsPastTheEnd()
    {
        const QList<SignedContribution> list = sample();
        const QByteArray body = relayBody(5, sampleTags(), relayParts(list), int(list.size()));
        QRandomGenerator random(16);
        int refused = 0, read = 0;
        for (int k = 0; k < 3000; ++k) {
            QByteArray hostile = body;
            const int flips = 1 + int(random.bounded(4));
            for (int f = 0; f < flips; ++f)
                hostile[qsizetype(random.bounded(int(hostile.size())))] = char(random.bounded(256));
            auto decoded = decodeRelayBody(hostile);
            if (!decoded) {
                QVERIFY(!decoded.error().text().isEmpty());
                ++refused;
                continue;
            }
            // What still decodes is a relay of as many contributions with tags of 0 or 32 bytes.
            ++read;
            QCOMPARE(decoded->tags.size(), decoded->relay.previous.size());
            for (const QByteArray &tag : decoded->tags)
                QVERIFY(tag.isEmpty() || tag.size() == 32);
        }
        QVERIFY(refused > 0);
        QVERIFY(read > 0); // a flipped word or signature byte is the node's tags' to catch
    }
};

QTEST_APPLESS_MAIN(tst_RelayCodecMany)
#include "tst_relaycodec_many.moc"

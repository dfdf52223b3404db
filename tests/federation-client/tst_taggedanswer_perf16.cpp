// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16, branch perf16: the client's direct reader of a node's (tagged) round answer
// (api::readTaggedAnswer, readSignedAnswer) against the generic decoding it replaces
// (api::decodeTaggedGeneric: parseObject, fromJson<SignedContribution> and the tag checks, which
// decodeTagged falls back to). The answers are written by the protocol's generic writer (toJson,
// jsonText: what a node's gate writes, byte for byte, tst_gateanswer_sites12). Every answer a node
// writes in the direct form must be read directly, to the same values; every other answer — hostile
// (truncated, a wrong tag, a wrong length, bytes after the end, NaN or infinity, a duplicate key)
// or merely spelled another way — must give exactly what the generic decoding gives: the same
// values, or the same Protocol error naming the site.
#include "fairstart/client/contributiontags.h"

#include "fairstart/protocol/codec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace fairstart;
using namespace fairstart::client;

namespace {

const QString kSite = QStringLiteral("site-07");

// Every field (Contribution's operator== is deleted: RoundStats has none).
bool equal(const protocol::SignedContribution &a, const protocol::SignedContribution &b)
{
    const protocol::Contribution &x = a.contribution, &y = b.contribution;
    if (x.plain.has_value() != y.plain.has_value())
        return false;
    if (x.plain
        && (x.plain->p != y.plain->p
            || protocol::statsVector(*x.plain) != protocol::statsVector(*y.plain)))
        return false;
    return a.signature == b.signature && x.study == y.study && x.site == y.site
        && x.round == y.round && x.status == y.status && x.betaHash == y.betaHash
        && x.mode == y.mode && x.p == y.p && x.masked == y.masked && x.finalBeta == y.finalBeta
        && x.failure == y.failure && x.failureCode == y.failureCode && x.bins == y.bins;
}

// What a caller sees of one decoding: the answer, the tags and sum tags after the call (they
// start as a sentinel, so "left alone" shows), or the error.
struct Outcome {
    std::optional<protocol::SignedContribution> answer;
    QList<QByteArray> tags, sumTags;
    SiteError error;
};

const QList<QByteArray> kSentinel { QByteArrayLiteral("sentinel") };

// One decoding through `decode` (api::decodeTagged, or its fallback api::decodeTaggedGeneric: the
// same signature).
using Decoder = decltype(&api::decodeTagged);
Outcome decoded(Decoder decode, const QByteArray &body, int sites, bool withSumTags)
{
    Outcome o;
    o.tags = kSentinel;
    o.sumTags = kSentinel;
    o.answer = decode(kSite, body, sites, &o.tags, &o.error, withSumTags ? &o.sumTags : nullptr);
    return o;
}

Outcome generic(const QByteArray &body, int sites, bool withSumTags)
{
    return decoded(&api::decodeTaggedGeneric, body, sites, withSumTags);
}

Outcome direct(const QByteArray &body, int sites, bool withSumTags)
{
    return decoded(&api::decodeTagged, body, sites, withSumTags);
}

// "" when equal, else what differs.
QString differs(const Outcome &a, const Outcome &b)
{
    if (a.answer.has_value() != b.answer.has_value())
        return QStringLiteral("one decoded, the other not: '%1' / '%2'")
            .arg(a.error.message, b.error.message);
    if (a.answer) {
        if (!equal(*a.answer, *b.answer))
            return QStringLiteral("different contributions");
        if (a.tags != b.tags)
            return QStringLiteral("different tags");
        if (a.sumTags != b.sumTags)
            return QStringLiteral("different sum tags");
        return {};
    }
    if (a.error.kind != b.error.kind || a.error.code != b.error.code
        || a.error.message != b.error.message || a.error.site != b.error.site)
        return QStringLiteral("different errors: '%1' / '%2'")
            .arg(a.error.message, b.error.message);
    return {};
}

std::vector<std::uint64_t> randomWords(std::size_t n, QRandomGenerator &rng)
{
    std::vector<std::uint64_t> w(n);
    for (auto &x : w)
        x = rng.generate64();
    return w;
}

QByteArray randomBytes(int n, QRandomGenerator &rng)
{
    QByteArray b(n, Qt::Uninitialized);
    for (char &c : b)
        c = char(rng.bounded(256));
    return b;
}

std::size_t statsLength(int p)
{
    return std::size_t(p) * std::size_t(p + 1) / 2 + std::size_t(p) + 5;
}

protocol::SignedContribution contribution(protocol::ContributionStatus status, int p,
                                          QRandomGenerator &rng)
{
    using S = protocol::ContributionStatus;
    protocol::SignedContribution s;
    protocol::Contribution &c = s.contribution;
    c.study = QStringLiteral("sha256:") + QString::fromLatin1(randomBytes(32, rng).toHex());
    c.site = kSite;
    c.round = 3;
    c.status = status;
    c.betaHash = QStringLiteral("sha256:") + QString::fromLatin1(randomBytes(32, rng).toHex());
    c.mode = QStringLiteral("masked");
    c.p = p;
    switch (status) {
    case S::Statistics:
        c.masked = randomWords(2 * statsLength(p), rng);
        break;
    case S::Evaluation:
        c.bins = 10;
        c.masked = randomWords(2 * protocol::evaluationLength(10), rng);
        break;
    case S::Descriptives:
        c.masked = randomWords(2 * std::size_t(p), rng);
        break;
    case S::Converged:
        for (int k = 0; k < p; ++k)
            c.finalBeta.push_back(double(rng.generateDouble()) - 0.5);
        break;
    case S::Failed:
        c.failure = QStringLiteral("the model is separated");
        c.failureCode = QStringLiteral("separation");
        break;
    case S::NonFinite:
    case S::Observed:
        break;
    }
    s.signature = randomBytes(64, rng);
    return s;
}

// One tag per site (`bytes` each), the answering site's own slot (`own`) empty.
QList<QByteArray> someTags(int sites, int own, int bytes, QRandomGenerator &rng)
{
    QList<QByteArray> tags;
    for (int i = 0; i < sites; ++i)
        tags << (i == own ? QByteArray() : randomBytes(bytes, rng));
    return tags;
}

// The answer as a node's gate writes it (its generic path; its direct path writes the same).
QByteArray answerText(const protocol::SignedContribution &s, const QList<QByteArray> *tags,
                      const QList<QByteArray> *sumTags)
{
    QJsonObject object = protocol::toJson(s);
    auto array = [](const QList<QByteArray> &values) {
        QJsonArray a;
        for (const QByteArray &v : values)
            a.append(QString::fromLatin1(v.toBase64()));
        return a;
    };
    if (tags)
        object.insert(QStringLiteral("tags"), array(*tags));
    if (sumTags)
        object.insert(QStringLiteral("sum_tags"), array(*sumTags));
    return protocol::jsonText(object);
}

QByteArray replaced(QByteArray text, const QByteArray &from, const QByteArray &to)
{
    const qsizetype at = text.indexOf(from);
    if (at < 0)
        return {};
    return text.replace(at, from.size(), to);
}

} // namespace

class tst_TaggedAnswerPerf16 : public QObject {
    Q_OBJECT

    QRandomGenerator m_rng { 20261207 };
    const int m_sites = 5;
    const int m_own = 2;

    // A masked statistics answer with tags and sum tags, as in a summed study's rounds.
    QByteArray statisticsAnswer(int p = 3)
    {
        const auto s = contribution(protocol::ContributionStatus::Statistics, p, m_rng);
        const auto tags = someTags(m_sites, m_own, 32, m_rng);
        const auto sums = someTags(m_sites, m_own, 16, m_rng);
        return answerText(s, &tags, &sums);
    }

    // Both readers on `body`; fails unless they agree.
    void same(const QByteArray &body, int sites, bool withSumTags, const char *what)
    {
        const Outcome g = generic(body, sites, withSumTags);
        const Outcome d = direct(body, sites, withSumTags);
        const QString problem = differs(g, d);
        QVERIFY2(problem.isEmpty(),
                 qPrintable(QStringLiteral("%1: %2").arg(QString::fromLatin1(what), problem)));
        if (!d.answer) {
            // The error a user reads: a Protocol error that names the site.
            QVERIFY(d.error.kind == SiteError::Kind::Protocol);
            QVERIFY2(d.error.message.contains(kSite), qPrintable(d.error.message));
        }
        // Whatever the direct reader accepts, the generic one accepts with the same values, and
        // the contribution's bytes it points at are its canonical bytes (what the node signed).
        if (const auto r = api::readTaggedAnswer(body, sites, withSumTags)) {
            QVERIFY2(g.answer.has_value(), what);
            QVERIFY(equal(r->answer, *g.answer));
            QCOMPARE(body.mid(r->contributionAt, r->contributionSize),
                     protocol::contributionBytes(r->answer.contribution));
        }
    }

    // Refused by both, with the same error.
    void refused(const QByteArray &body, const char *what, bool withSumTags = true)
    {
        QVERIFY2(!body.isEmpty(), what);
        same(body, m_sites, withSumTags, what);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(!direct(body, m_sites, withSumTags).answer, what);
    }

private Q_SLOTS:
    void nodeAnswersAreReadDirectly_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("p");
        QTest::addColumn<bool>("withTags");
        QTest::addColumn<bool>("withSumTags");
        using S = protocol::ContributionStatus;
        QTest::newRow("statistics p=1") << int(S::Statistics) << 1 << true << false;
        QTest::newRow("statistics p=21, sum tags") << int(S::Statistics) << 21 << true << true;
        QTest::newRow("statistics, no tags yet") << int(S::Statistics) << 4 << false << false;
        QTest::newRow("evaluation") << int(S::Evaluation) << 2 << true << false;
        QTest::newRow("descriptives") << int(S::Descriptives) << 6 << true << false;
        QTest::newRow("non-finite") << int(S::NonFinite) << 3 << true << true;
        QTest::newRow("observed") << int(S::Observed) << 3 << true << false;
    }
    void nodeAnswersAreReadDirectly()
    {
        QFETCH(int, status);
        QFETCH(int, p);
        QFETCH(bool, withTags);
        QFETCH(bool, withSumTags);
        const auto s = contribution(protocol::ContributionStatus(status), p, m_rng);
        const QList<QByteArray> tags
            = withTags ? someTags(m_sites, m_own, 32, m_rng) : QList<QByteArray>();
        const QList<QByteArray> sums = someTags(m_sites, m_own, 16, m_rng);
        const QByteArray body = answerText(s, &tags, withSumTags ? &sums : nullptr);
        const auto r = api::readTaggedAnswer(body, m_sites, true);
        QVERIFY2(r.has_value(), body.left(300).constData());
        QVERIFY(equal(r->answer, s));
        QCOMPARE(r->tags, tags);
        QCOMPARE(r->hasSumTags, withSumTags);
        if (withSumTags)
            QCOMPARE(r->sumTags, sums);
        QCOMPARE(body.mid(r->contributionAt, r->contributionSize),
                 protocol::contributionBytes(s.contribution));
        same(body, m_sites, true, "as written");
        same(body, m_sites, false, "sum tags not taken");
        // The same answer without tags: an evaluation study's (decode<SignedContribution>).
        const QByteArray untagged = answerText(s, nullptr, nullptr);
        const auto u = api::readSignedAnswer(untagged);
        QVERIFY(u.has_value());
        QVERIFY(equal(u->answer, s));
        SiteError e1, e2;
        const auto g = api::decode<protocol::SignedContribution>(kSite, untagged, &e1);
        const auto d = api::decodeSigned(kSite, untagged, &e2);
        QVERIFY(g && d && equal(*g, *d));
        // A tagged answer where none is due, and none where one is: declined by the direct
        // reader, refused by both as before.
        QVERIFY(!api::readSignedAnswer(body));
        QVERIFY(!api::decodeSigned(kSite, body, &e2));
        QVERIFY(!api::decode<protocol::SignedContribution>(kSite, body, &e1));
        QCOMPARE(e2.message, e1.message);
        QVERIFY(!api::readTaggedAnswer(untagged, m_sites, true));
        same(untagged, m_sites, true, "no tags member");
    }

    // Answers the direct form does not cover (or spells another way) decode as before.
    void otherFormsAsBefore()
    {
        using S = protocol::ContributionStatus;
        const auto tags = someTags(m_sites, m_own, 32, m_rng);
        for (S status : { S::Converged, S::Failed }) {
            const QByteArray body = answerText(contribution(status, 4, m_rng), &tags, nullptr);
            QVERIFY(!api::readTaggedAnswer(body, m_sites, true));
            same(body, m_sites, true, "converged or failed");
            QVERIFY(direct(body, m_sites, true).answer.has_value());
        }
        // Plain statistics, a site name that JSON escapes or widens, pretty-printed text.
        auto plain = contribution(S::Statistics, 2, m_rng);
        plain.contribution.mode = QStringLiteral("plain");
        plain.contribution.masked.clear();
        analysis::RoundStats stats;
        stats.p = 2;
        stats.xtwxUpper = { 1, 2, 3 };
        stats.score = { 0.5, -0.25 };
        stats.n = 10;
        plain.contribution.plain = stats;
        same(answerText(plain, &tags, nullptr), m_sites, true, "plain");
        QVERIFY(direct(answerText(plain, &tags, nullptr), m_sites, true).answer.has_value());
        for (const QString &site :
             { QStringLiteral("Zürich"), QStringLiteral("a\"b"), QStringLiteral("back\\slash"),
               QStringLiteral("tab\there"), QStringLiteral("a/b") }) {
            auto s = contribution(S::Statistics, 2, m_rng);
            s.contribution.site = site;
            const QByteArray body = answerText(s, &tags, nullptr);
            same(body, m_sites, true, "site name");
            QVERIFY(direct(body, m_sites, true).answer.has_value());
        }
        const QByteArray compact = statisticsAnswer();
        const QByteArray pretty = QJsonDocument::fromJson(compact).toJson(QJsonDocument::Indented);
        QVERIFY(!api::readTaggedAnswer(pretty, m_sites, true));
        same(pretty, m_sites, true, "indented");
        QVERIFY(direct(pretty, m_sites, true).answer.has_value());
        // A tag that Qt's base64 decoder takes although it is not the canonical spelling (bits
        // set beyond the last byte): declined by the direct reader, taken as before.
        const QByteArray tag = tags.at(0).toBase64(); // 44 characters, "...X="
        QByteArray loose = tag;
        loose[42] = loose[42] == 'B' ? 'C' : 'B'; // its low bits no longer zero
        const QByteArray body = replaced(
            answerText(contribution(S::Statistics, 2, m_rng), &tags, nullptr), tag, loose);
        QVERIFY(!api::readTaggedAnswer(body, m_sites, true));
        same(body, m_sites, true, "loose tag");
    }

    void truncatedAnywhere()
    {
        const QByteArray body = statisticsAnswer(1);
        for (qsizetype n = 0; n < body.size(); ++n) {
            same(body.left(n), m_sites, true, "truncated");
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(QStringLiteral("at %1 of %2 bytes").arg(n).arg(body.size())));
            QVERIFY(!direct(body.left(n), m_sites, true).answer);
        }
        // Every part dropped in turn: each tag, the last tag, the signature's padding.
        refused(replaced(body, "],\"tags\"", "],\"tag\""), "tags renamed");
    }

    void wrongTagsAndLengths()
    {
        const QByteArray body = statisticsAnswer();
        const auto r = api::readTaggedAnswer(body, m_sites, true);
        QVERIFY(r.has_value());
        const QByteArray tag = r->tags.at(0).toBase64();
        const QByteArray sum = r->sumTags.at(0).toBase64();
        refused(replaced(body, tag, r->tags.at(0).left(31).toBase64()), "tag of 31 bytes");
        refused(replaced(body, tag, QByteArray(r->tags.at(0) + 'x').toBase64()), "tag of 33 bytes");
        refused(replaced(body, tag, tag.left(43) + '!'), "tag not base64");
        refused(replaced(body, "\"" + tag + "\",", ""), "one tag too few");
        refused(replaced(body, "\"" + tag + "\",", "\"" + tag + "\",\"" + tag + "\","),
                "one tag too many");
        refused(replaced(body, "\"" + tag + "\"", "32"), "a tag that is a number");
        refused(replaced(body, ",\"tags\":[", ",\"tags\":{\"a\":["), "tags not an array");
        refused(replaced(body, sum, r->sumTags.at(0).left(15).toBase64()), "sum tag of 15 bytes");
        refused(replaced(body, "\"" + sum + "\",", ""), "one sum tag too few");
        refused(body, "sum tags where none are taken", false);
        const QByteArray masked = wordsText(r->answer.contribution.masked);
        auto words = r->answer.contribution.masked;
        words.pop_back();
        refused(replaced(body, masked, wordsText(words)), "one word too few");
        words.push_back(1);
        words.push_back(2);
        refused(replaced(body, masked, wordsText(words)), "one word too many");
        QByteArray bytes = QByteArray(reinterpret_cast<const char *>(words.data()),
                                      qsizetype(words.size() * 8 - 9));
        refused(replaced(body, masked, bytes.toBase64()), "not whole words");
        refused(replaced(body, masked, masked.left(masked.size() - 1)), "words' padding cut");
        const QByteArray signature = r->answer.signature.toBase64();
        refused(replaced(body, signature, r->answer.signature.left(63).toBase64()),
                "signature of 63 bytes");
        refused(replaced(body, signature, QByteArray(r->answer.signature + 'x').toBase64()),
                "signature of 65 bytes");
        refused(replaced(body, "\"status\":\"statistics\"", "\"status\":\"statistic\""),
                "unknown status");
        refused(replaced(body, "\"status\":\"statistics\"", "\"status\":\"evaluation\""),
                "evaluation without bins");
        refused(replaced(body, "\"status\":\"statistics\"", "\"status\":\"observed\""),
                "observed with words");
        refused(replaced(body, "\"mode\":\"masked\"", "\"mode\":\"mask\""), "unknown mode");
        refused(replaced(body, "\"mode\":\"masked\"", "\"mode\":\"plain\""), "plain with words");
        refused(replaced(body, ",\"mode\"", ",\"bins\":10,\"mode\""), "bins in statistics");
        refused(replaced(body, ",\"p\":3", ",\"p\":4"), "words for another p");
        refused(replaced(body, ",\"site\"", ",\"extra\":1,\"site\""), "unknown member inside");
        refused(replaced(body, ",\"tags\"", ",\"zzz\":1,\"tags\""), "unknown member outside");
        refused(replaced(body, "{\"beta_hash\"", "{\"beta_hash\":\"x\",\"beta_hash\""),
                "a key twice inside");
        refused(replaced(body, ",\"tags\"", ",\"tags\":[],\"tags\""), "tags twice");
        refused(replaced(body, "\"beta_hash\":\"", "\"beta_hash\":1,\"x\":\""),
                "beta hash a number");
    }

    void bytesAfterTheEnd()
    {
        const QByteArray body = statisticsAnswer();
        for (const QByteArray &tail :
             { QByteArrayLiteral("}"), QByteArrayLiteral("x"), QByteArrayLiteral("{}"),
               QByteArrayLiteral(",\"a\":1"), QByteArray(1, '\0') })
            refused(body + tail, "bytes after the end");
        // Whitespace after the end is JSON; both take it.
        same(body + " \n", m_sites, true, "whitespace after the end");
        QVERIFY(direct(body + " \n", m_sites, true).answer.has_value());
        // A body over parseObject's limit: its error, not a read.
        QByteArray huge = body;
        huge.append(QByteArray((64 << 20) - body.size() + 1, ' '));
        refused(huge, "over 64 MB");
    }

    void numbersNotIntegers_data()
    {
        QTest::addColumn<QByteArray>("member");
        for (const char *m : { ",\"p\":", ",\"round\":" })
            QTest::newRow(m) << QByteArray(m);
    }
    void numbersNotIntegers()
    {
        QFETCH(QByteArray, member);
        const QByteArray body = statisticsAnswer();
        const qsizetype at = body.indexOf(member);
        QVERIFY(at > 0);
        const qsizetype from = at + member.size();
        const qsizetype to = body.indexOf(',', from);
        const QByteArray value = body.mid(from, to - from);
        for (const QByteArray &v :
             { QByteArrayLiteral("NaN"),      QByteArrayLiteral("nan"),
               QByteArrayLiteral("Infinity"), QByteArrayLiteral("-Infinity"),
               QByteArrayLiteral("inf"),      QByteArrayLiteral("1e999"),
               QByteArrayLiteral("-1e999"),   QByteArrayLiteral("-1"),
               QByteArrayLiteral("0"),        QByteArrayLiteral("-0"),
               QByteArrayLiteral("1.5"),      QByteArrayLiteral("0x3"),
               QByteArrayLiteral("03"),       QByteArrayLiteral("99999999999"),
               QByteArrayLiteral("1000001"),  QByteArrayLiteral("10001"),
               QByteArrayLiteral("null"),     QByteArrayLiteral("\"3\""),
               QByteArrayLiteral("true"),     QByteArrayLiteral("") }) {
            QByteArray changed = body;
            changed.replace(from, value.size(), v);
            same(changed, m_sites, true, v.constData());
            if (QTest::currentTestFailed())
                return;
            // A round may be 10001 (up to 10^6); p may not (up to 10^4).
            const bool valid = member == ",\"round\":" && v == "10001";
            QVERIFY2(direct(changed, m_sites, true).answer.has_value() == valid, v.constData());
            QVERIFY2(api::readTaggedAnswer(changed, m_sites, true).has_value() == valid,
                     v.constData());
        }
        // Another spelling of the same integer: not the direct form, the same value as before.
        for (const QByteArray &v :
             { QByteArray(value + ".0"), QByteArray(value + "e0"), QByteArrayLiteral("0.3e1") }) {
            QByteArray changed = body;
            changed.replace(from, value.size(), v);
            same(changed, m_sites, true, v.constData());
        }
    }

    void evaluationBins()
    {
        const auto s = contribution(protocol::ContributionStatus::Evaluation, 2, m_rng);
        const auto tags = someTags(m_sites, m_own, 32, m_rng);
        const QByteArray body = answerText(s, &tags, nullptr);
        QVERIFY(api::readTaggedAnswer(body, m_sites, false));
        for (const QByteArray &v :
             { QByteArrayLiteral("NaN"), QByteArrayLiteral("Infinity"), QByteArrayLiteral("1e999"),
               QByteArrayLiteral("9"), QByteArrayLiteral("11"), QByteArrayLiteral("100001"),
               QByteArrayLiteral("-10"), QByteArrayLiteral("10.5") })
            refused(replaced(body, "\"bins\":10,", "\"bins\":" + v + ","), v.constData(), false);
    }

    // The ranges where no word count stands behind them (an answer without words).
    void rangesWithoutWords()
    {
        for (auto status :
             { protocol::ContributionStatus::NonFinite, protocol::ContributionStatus::Observed }) {
            auto s = contribution(status, 3, m_rng);
            const auto tags = someTags(m_sites, m_own, 32, m_rng);
            const QByteArray body = answerText(s, &tags, nullptr);
            QVERIFY(api::readTaggedAnswer(body, m_sites, true));
            const std::pair<const char *, bool> cases[] = {
                { ",\"p\":10000,", true },        { ",\"p\":10001,", false },
                { ",\"p\":0,", false },           { ",\"round\":1000000,", true },
                { ",\"round\":1000001,", false }, { ",\"round\":0,", false },
                { ",\"p\":999999999,", false },   { ",\"round\":4294967297,", false },
            };
            for (const auto &[member, valid] : cases) {
                const QByteArray name = QByteArray(member).split(':').first();
                const qsizetype at = body.indexOf(QByteArray(name + ':'));
                const QByteArray changed
                    = QByteArray(body).replace(at, body.indexOf(',', at + 1) - at + 1, member);
                same(changed, m_sites, true, member);
                if (QTest::currentTestFailed())
                    return;
                QVERIFY2(direct(changed, m_sites, true).answer.has_value() == valid, member);
                QVERIFY2(api::readTaggedAnswer(changed, m_sites, true).has_value() == valid,
                         member);
            }
            // A string member with an escape: not the direct form, the same as before.
            same(replaced(body, "\"mode\":\"masked\"", "\"mode\":\"mask\\u0065d\""), m_sites, true,
                 "escaped mode");
            QVERIFY(!api::readTaggedAnswer(
                replaced(body, "\"mode\":\"masked\"", "\"mode\":\"mask\\u0065d\""), m_sites, true));
            same(replaced(body, "\"site\":\"", "\"site\":\"\\\""), m_sites, true,
                 "escaped quote in the site");
            same(replaced(body, "\"site\":\"", "\"site\":\"\\\\\""), m_sites, true,
                 "escaped backslash in the site");
        }
    }

    // Random damage to an answer: whatever one reader makes of it, the other makes too.
    void randomDamage()
    {
        const QByteArray body = statisticsAnswer(1);
        const QByteArray alphabet = QByteArrayLiteral("{}[]\",:0123456789eE.-+=/ AQgw\\nx\x7f\x80");
        int directlyRead = 0;
        for (int k = 0; k < 3000; ++k) {
            QByteArray b = body;
            const int edits = 1 + int(m_rng.bounded(3));
            for (int e = 0; e < edits; ++e) {
                const qsizetype at = qsizetype(m_rng.bounded(int(b.size())));
                const char c = alphabet.at(qsizetype(m_rng.bounded(int(alphabet.size()))));
                switch (m_rng.bounded(3)) {
                case 0:
                    b[at] = c;
                    break;
                case 1:
                    b.insert(at, c);
                    break;
                default:
                    b.remove(at, 1);
                    break;
                }
            }
            same(b, m_sites, (k & 1) == 0, "random damage");
            if (QTest::currentTestFailed())
                QFAIL(b.constData());
            if (api::readTaggedAnswer(b, m_sites, (k & 1) == 0))
                ++directlyRead;
        }
        // Some damage leaves a valid answer (a changed hash character, a changed tag): read
        // directly, and checked above against the generic reader.
        QVERIFY(directlyRead > 0);
    }

private:
    static QByteArray wordsText(const std::vector<std::uint64_t> &words)
    {
        return QByteArray(reinterpret_cast<const char *>(words.data()), qsizetype(words.size() * 8))
            .toBase64();
    }
};

QTEST_GUILESS_MAIN(tst_TaggedAnswerPerf16)
#include "tst_taggedanswer_perf16.moc"

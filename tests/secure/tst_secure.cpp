// SPDX-License-Identifier: GPL-3.0-or-later
// The cryptography of studies: signatures with domains, the exact fixed-point sum and the masks
// under which one contribution alone looks like uniform noise.
#include "expectedtest.h"
#include "fairstart/secure/secure.h"

#include <QTest>

#include <sodium.h>

#include <array>
#include <bit>
#include <cmath>
#include <cstring>

using namespace fairstart;
using namespace fairstart::secure;

namespace {

// Deterministic keys (a test must give the same verdict on every run): the seed of party k is
// BLAKE2b("fairstart-test-key" || k).
QByteArray seedOf(int k, const char *what)
{
    QByteArray input = QByteArray(what) + QByteArray::number(k);
    QByteArray seed(32, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(seed.data()), 32,
                       reinterpret_cast<const unsigned char *>(input.constData()),
                       quint64(input.size()), nullptr, 0);
    return seed;
}

struct SignKeys {
    QByteArray publicKey, secretKey;
};
SignKeys signKeys(int k)
{
    SignKeys keys { QByteArray(crypto_sign_PUBLICKEYBYTES, 0),
                    QByteArray(crypto_sign_SECRETKEYBYTES, 0) };
    const QByteArray seed = seedOf(k, "sign");
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char *>(keys.publicKey.data()),
                             reinterpret_cast<unsigned char *>(keys.secretKey.data()),
                             reinterpret_cast<const unsigned char *>(seed.constData()));
    return keys;
}

struct BoxKeys {
    QList<QByteArray> publicKeys, secretKeys;
};
BoxKeys boxKeys(int n)
{
    BoxKeys keys;
    for (int k = 0; k < n; ++k) {
        const QByteArray secret = seedOf(k, "x25519");
        QByteArray pub(crypto_scalarmult_BYTES, 0);
        crypto_scalarmult_base(reinterpret_cast<unsigned char *>(pub.data()),
                               reinterpret_cast<const unsigned char *>(secret.constData()));
        keys.secretKeys.append(secret);
        keys.publicKeys.append(pub);
    }
    return keys;
}

// Statistics of one site at p = 20 (235 values), varied per site, of the sizes a GLM round has.
std::vector<double> siteStats(int site)
{
    std::vector<double> v;
    const int p = 20;
    for (int i = 0; i < p * (p + 1) / 2; ++i)
        v.push_back(1000.0 * (site + 1) + 17.25 * i + std::sin(double(i + site)) * 3.0);
    for (int i = 0; i < p; ++i)
        v.push_back(-42.5 * (i - 7) + 1.0 / double(site + 3));
    v.push_back(1234.5678 * (site + 1)); // deviance
    v.push_back(5000.0 + site); // n
    v.push_back(700.0 + site); // events
    v.push_back(5000.0 + site); // sum of weights
    v.push_back(0.0); // aic term
    return v;
}

QByteArray wordBytes(const std::vector<std::uint64_t> &words)
{
    QByteArray bytes;
    for (std::uint64_t w : words)
        for (int b = 0; b < 8; ++b)
            bytes.append(char((w >> (8 * b)) & 0xff));
    return bytes;
}

// Two tests of uniformity with fixed thresholds, far in the tails (p < 1e-6 for uniform bytes):
// Pearson's chi-square on the 256 byte frequencies (255 degrees of freedom; the 1e-6 quantile
// is about 373) and the monobit test (|z| of the count of one bits < 5).
struct Uniformity {
    double chiSquare = 0;
    double monobitZ = 0;
    bool looksUniform() const { return chiSquare < 373.0 && std::abs(monobitZ) < 5.0; }
};
Uniformity uniformity(const QByteArray &bytes)
{
    std::array<double, 256> counts {};
    double ones = 0;
    for (char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        counts[u] += 1;
        ones += std::popcount(u);
    }
    const double expected = double(bytes.size()) / 256.0;
    Uniformity result;
    for (double c : counts)
        result.chiSquare += (c - expected) * (c - expected) / expected;
    const double bits = 8.0 * double(bytes.size());
    result.monobitZ = (ones - bits / 2) / std::sqrt(bits / 4);
    return result;
}

} // namespace

class tst_Secure : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void signatureVerifies();
    void signatureFailsOnAnyChangedByte();
    void signatureFailsOnWrongDomainOrForeignKey();
    void signatureRefusesWrongKeySizes();

    void encodeLayout();
    void encodeRoundsTiesToEven();
    void decodeIsCorrectlyRounded();
    void encodeRefusesOverflowAndNonFinite();
    void decodeRefusesImpossibleSums();
    void addWordsSizes();

    void maskedSumsDecodeExactly_data();
    void maskedSumsDecodeExactly();
    void maskedContributionLooksUniform();
    void masksRefuseBadContexts();
    void agreedSecretsGiveTheSameMasks();
    void agreedSecretsKeptAcrossStudiesStayPairwise();
    void masksAreTheDocumentedKeyStream();
    void masksDifferByRoundStudyAndPair();
    void twoAnswersToOneRoundRevealNothing();

    void contributionTagsVerifyOnlyForTheirPair();
};

void tst_Secure::signatureVerifies()
{
    const SignKeys k = signKeys(1);
    const QByteArray bytes = "{\"a\":1}";
    const QByteArray sig = sign(k.secretKey, Domain::Manifest, bytes);
    QCOMPARE(sig.size(), 64);
    QVERIFY(verify(k.publicKey, Domain::Manifest, bytes, sig));
    // The signed message is the domain, '\n', the bytes: libsodium agrees on that message.
    const QByteArray message
        = QByteArray(Domain::Manifest.data(), Domain::Manifest.size()) + '\n' + bytes;
    QCOMPARE(crypto_sign_verify_detached(
                 reinterpret_cast<const unsigned char *>(sig.constData()),
                 reinterpret_cast<const unsigned char *>(message.constData()),
                 quint64(message.size()),
                 reinterpret_cast<const unsigned char *>(k.publicKey.constData())),
             0);
}

void tst_Secure::signatureFailsOnAnyChangedByte()
{
    const SignKeys k = signKeys(2);
    const QByteArray bytes = "{\"round\":3,\"site\":\"north\",\"study\":\"sha256:00ff\"}";
    const QByteArray sig = sign(k.secretKey, Domain::Contribution, bytes);
    QVERIFY(verify(k.publicKey, Domain::Contribution, bytes, sig));
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        for (char flip : { char(0x01), char(0x80) }) {
            QByteArray changed = bytes;
            changed[i] = char(changed[i] ^ flip);
            QVERIFY2(!verify(k.publicKey, Domain::Contribution, changed, sig),
                     qPrintable(QStringLiteral("byte %1 of the message").arg(i)));
        }
    }
    for (qsizetype i = 0; i < sig.size(); ++i) {
        QByteArray changed = sig;
        changed[i] = char(changed[i] ^ 0x01);
        QVERIFY2(!verify(k.publicKey, Domain::Contribution, bytes, changed),
                 qPrintable(QStringLiteral("byte %1 of the signature").arg(i)));
    }
    QVERIFY(!verify(k.publicKey, Domain::Contribution, bytes + ' ', sig));
    QVERIFY(!verify(k.publicKey, Domain::Contribution, bytes.left(bytes.size() - 1), sig));
}

void tst_Secure::signatureFailsOnWrongDomainOrForeignKey()
{
    const SignKeys k = signKeys(3), other = signKeys(4);
    const QByteArray bytes = "manifest bytes";
    const QByteArray sig = sign(k.secretKey, Domain::Manifest, bytes);
    QVERIFY(verify(k.publicKey, Domain::Manifest, bytes, sig));
    QVERIFY(!verify(k.publicKey, Domain::Contribution, bytes, sig));
    QVERIFY(!verify(other.publicKey, Domain::Manifest, bytes, sig));
    // Moving the separator between domain and bytes changes the message.
    QVERIFY(!verify(k.publicKey, QByteArrayView("fairstart/v2/manifest\nmanifest"), "bytes", sig));
    QVERIFY(sign(other.secretKey, Domain::Manifest, bytes) != sig);
}

void tst_Secure::signatureRefusesWrongKeySizes()
{
    const SignKeys k = signKeys(5);
    QVERIFY(sign(k.secretKey.left(32), Domain::Manifest, "x").isEmpty());
    QVERIFY(sign(QByteArray(), Domain::Manifest, "x").isEmpty());
    const QByteArray sig = sign(k.secretKey, Domain::Manifest, "x");
    QVERIFY(!verify(k.publicKey.left(31), Domain::Manifest, "x", sig));
    QVERIFY(!verify(k.publicKey, Domain::Manifest, "x", sig.left(63)));
    QVERIFY(!verify(k.publicKey, Domain::Manifest, "x", QByteArray()));
}

void tst_Secure::encodeLayout()
{
    const FixedPoint f { 40, 3 };
    const auto w = encode({ 1.0, -1.0, 0.0, -0.0, std::ldexp(1.0, 20) }, f);
    QVERIFY(w.ok());
    QCOMPARE(w->size(), size_t(10));
    const std::uint64_t lo52 = (std::uint64_t(1) << 52) - 1;
    // 1.0 -> V = 2^40: lo = 2^40, hi = 0.
    QCOMPARE((*w)[0], std::uint64_t(1) << 40);
    QCOMPARE((*w)[1], std::uint64_t(0));
    // -1.0 -> V = -2^40: lo = 2^52 - 2^40, hi = -1.
    QCOMPARE((*w)[2], (std::uint64_t(1) << 52) - (std::uint64_t(1) << 40));
    QCOMPARE((*w)[3], ~std::uint64_t(0));
    QCOMPARE((*w)[4], std::uint64_t(0));
    QCOMPARE((*w)[5], std::uint64_t(0));
    QCOMPARE((*w)[6], std::uint64_t(0)); // -0.0 encodes as 0
    QCOMPARE((*w)[7], std::uint64_t(0));
    // 2^20 -> V = 2^60: lo = 0, hi = 2^8.
    QCOMPARE((*w)[8] & lo52, std::uint64_t(0));
    QCOMPARE((*w)[9], std::uint64_t(256));
}

void tst_Secure::encodeRoundsTiesToEven()
{
    const FixedPoint f { 1, 1 };
    // v · 2 = 0.5, 1.5, 2.5, -0.5, -1.5 -> 0, 2, 2, 0, -2
    const auto w = encode({ 0.25, 0.75, 1.25, -0.25, -0.75, 0.2 }, f);
    QVERIFY(w.ok());
    const auto value = [&](int k) {
        return std::int64_t((*w)[size_t(2 * k + 1)]) * (std::int64_t(1) << 52)
            + std::int64_t((*w)[size_t(2 * k)]);
    };
    QCOMPARE(value(0), std::int64_t(0));
    QCOMPARE(value(1), std::int64_t(2));
    QCOMPARE(value(2), std::int64_t(2));
    QCOMPARE(value(3), std::int64_t(0));
    QCOMPARE(value(4), std::int64_t(-2));
    QCOMPARE(value(5), std::int64_t(0)); // 0.4 rounds to 0
    // The smallest subnormal encodes as 0 without trouble.
    const auto tiny = encode({ 5e-324, -5e-324 }, FixedPoint { 60, 10 });
    QVERIFY(tiny.ok());
    QCOMPARE((*tiny)[0] | (*tiny)[1] | (*tiny)[2] | (*tiny)[3], std::uint64_t(0));
}

void tst_Secure::decodeIsCorrectlyRounded()
{
    // Words built by hand: V = hi · 2^52 + lo, decoded at 0 fraction bits.
    const FixedPoint f { 0, 4 };
    const auto decodeOne = [&](std::int64_t hi, std::uint64_t lo) {
        const auto d = decodeSum({ lo, std::uint64_t(hi) }, f);
        if (!d.ok())
            qFatal("decodeSum failed: %s", d.error().message.c_str());
        return d->at(0);
    };
    const std::uint64_t two52 = std::uint64_t(1) << 52;
    // 2^53 + 1 is a tie between 2^53 and 2^53 + 2: even wins.
    QCOMPARE(std::bit_cast<std::uint64_t>(decodeOne(2, 1)),
             std::bit_cast<std::uint64_t>(9007199254740992.0));
    // 2^53 + 3 ties to 2^53 + 4.
    QCOMPARE(decodeOne(2, 3), 9007199254740996.0);
    QCOMPARE(decodeOne(-3, two52 - 3), -9007199254740996.0); // -(2^53 + 3)
    // 2^60 + 2^7 + 1 is above the tie: it rounds up to 2^60 + 2^8.
    QCOMPARE(decodeOne(256, (1 << 7) + 1), std::ldexp(1.0, 60) + 256.0);
    // Exactly 2^60 + 2^7 is a tie with an even lower neighbour: down.
    QCOMPARE(decodeOne(256, 1 << 7), std::ldexp(1.0, 60));
    // Fraction bits scale exactly: V = 3 at 2 fraction bits is 0.75.
    const auto scaled = decodeSum({ 3, 0 }, FixedPoint { 2, 1 });
    QVERIFY(scaled.ok());
    QCOMPARE(scaled->at(0), 0.75);
    // A large sum: hi near the limit for 4 participants, and its value is the exact product.
    const std::int64_t bigHi = std::int64_t(1) << 61;
    QCOMPARE(decodeOne(bigHi, 0), std::ldexp(1.0, 113));
    QCOMPARE(decodeOne(-bigHi, 0), -std::ldexp(1.0, 113));
}

void tst_Secure::encodeRefusesOverflowAndNonFinite()
{
    const FixedPoint f { 40, 10 };
    // The limit with 10 participants: |V| <= floor((2^63 - 1) / 10) · 2^52, about 2^71.7 · 2^40.
    const double limit = std::ldexp(double(std::numeric_limits<std::int64_t>::max() / 10), 12);
    QVERIFY(encode({ limit * 0.999 }, f).ok());
    const auto big = encode({ 1.0, -limit * 1.001 }, f);
    QVERIFY(!big.ok());
    const QString message = QString::fromStdString(big.error().message);
    QVERIFY2(message.contains(QStringLiteral("Value 2")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("too large")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("10 participants")), qPrintable(message));
    QVERIFY(!encode({ 1e300 }, f).ok());
    QVERIFY(!encode({ std::ldexp(1.0, 200) }, FixedPoint { 0, 1 }).ok());
    const auto nan = encode({ 0.0, std::nan("") }, f);
    QVERIFY(!nan.ok());
    QVERIFY(QString::fromStdString(nan.error().message).contains(QStringLiteral("finite")));
    QVERIFY(!encode({ std::numeric_limits<double>::infinity() }, f).ok());
    QVERIFY(!encode({ -std::numeric_limits<double>::infinity() }, f).ok());
    QVERIFY(!encode({ 1.0 }, FixedPoint { 40, 0 }).ok());
    QVERIFY(!encode({ 1.0 }, FixedPoint { 40, 5000 }).ok());
    QVERIFY(!encode({ 1.0 }, FixedPoint { -1, 3 }).ok());
    QVERIFY(!encode({ 1.0 }, FixedPoint { 61, 3 }).ok());

    // At the limit the sum of 10 extreme encodings (all positive, all negative) still decodes
    // exactly: no word wraps.
    // (limit itself is the integer bound rounded to a double, which may round up past it.)
    const double edge = limit * (1.0 - std::ldexp(1.0, -20));
    for (double sign : { 1.0, -1.0 }) {
        std::vector<std::uint64_t> acc;
        const auto w = encode({ sign * edge, sign * 0.5 }, f);
        QVERIFY(w.ok());
        for (int k = 0; k < 10; ++k)
            QVERIFY(addWords(acc, *w).ok());
        const auto d = decodeSum(acc, f);
        QVERIFY_EXPECTED(d);
        QCOMPARE(d->at(0), sign * edge * 10.0);
        QCOMPARE(d->at(1), sign * 5.0);
    }
}

void tst_Secure::decodeRefusesImpossibleSums()
{
    const FixedPoint f { 40, 3 };
    // A low word at or above 3 · 2^52 cannot be the sum of three low words.
    const auto bad = decodeSum({ std::uint64_t(3) << 52, 0 }, f);
    QVERIFY(!bad.ok());
    QVERIFY(QString::fromStdString(bad.error().message).contains(QStringLiteral("altered")));
    QVERIFY(decodeSum({ (std::uint64_t(3) << 52) - 1, 0 }, f).ok());
    QVERIFY(!decodeSum({ 0, std::uint64_t(1) << 63 }, f).ok()); // hi = -2^63
    QVERIFY(!decodeSum({ 1, 2, 3 }, f).ok()); // odd length
    QVERIFY(!decodeSum({ 0, 0 }, FixedPoint { 40, 0 }).ok());
}

void tst_Secure::addWordsSizes()
{
    std::vector<std::uint64_t> acc;
    QVERIFY(addWords(acc, { 1, ~std::uint64_t(0) }).ok());
    QVERIFY(addWords(acc, { 2, 3 }).ok());
    QCOMPARE(acc, (std::vector<std::uint64_t> { 3, 2 })); // modulo 2^64
    const auto wrong = addWords(acc, { 1, 2, 3, 4 });
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.error().code, analysis::ErrorCode::InvalidArgument);
    QCOMPARE(acc, (std::vector<std::uint64_t> { 3, 2 }));
}

void tst_Secure::maskedSumsDecodeExactly_data()
{
    QTest::addColumn<int>("sites");
    for (int n = 3; n <= 10; ++n)
        QTest::newRow(qPrintable(QStringLiteral("%1 sites").arg(n))) << n;
}

void tst_Secure::maskedSumsDecodeExactly()
{
    QFETCH(int, sites);
    const FixedPoint f { 40, sites };
    const BoxKeys keys = boxKeys(sites);
    for (int round : { 1, 2, 17 }) {
        std::vector<std::uint64_t> plainSum, maskedSum;
        for (int i = 0; i < sites; ++i) {
            auto words = encode(siteStats(i), f);
            QVERIFY(words.ok());
            QVERIFY(addWords(plainSum, *words).ok());
            std::vector<std::uint64_t> masked = *words;
            const MaskContext context { "sha256:study",        round,           i,
                                        keys.secretKeys.at(i), keys.publicKeys, "sha256:beta" };
            const auto applied = applyMasks(masked, context);
            QVERIFY_EXPECTED(applied);
            QVERIFY(masked != *words);
            QVERIFY(addWords(maskedSum, masked).ok());
        }
        // The masks cancel exactly: the masked sum is the sum of the encodings, word for word.
        QCOMPARE(maskedSum, plainSum);
        const auto decoded = decodeSum(maskedSum, f);
        QVERIFY(decoded.ok());
        // ... and it decodes to the exact sum of the encoded values, computed here independently
        // in long double from the rounded fixed-point integers (all below 2^64 here).
        for (size_t k = 0; k < decoded->size(); ++k) {
            long double exact = 0;
            for (int i = 0; i < sites; ++i)
                exact += std::nearbyintl(std::ldexp((long double)siteStats(i)[k], 40));
            const double expected = double(std::ldexp(exact, -40));
            QCOMPARE(std::bit_cast<std::uint64_t>(decoded->at(k)),
                     std::bit_cast<std::uint64_t>(expected));
        }
        // Leaving one participant out gives words that do not decode as a sum, or decode to
        // something else: the masks no longer cancel.
        std::vector<std::uint64_t> partial;
        for (int i = 0; i < sites - 1; ++i) {
            auto words = encode(siteStats(i), f);
            const MaskContext context { "sha256:study",        round,           i,
                                        keys.secretKeys.at(i), keys.publicKeys, "sha256:beta" };
            QVERIFY(applyMasks(*words, context).ok());
            QVERIFY(addWords(partial, *words).ok());
        }
        const auto partialDecoded = decodeSum(partial, FixedPoint { 40, sites - 1 });
        QVERIFY(!partialDecoded.ok());
    }
}

void tst_Secure::maskedContributionLooksUniform()
{
    // One site's contribution at p = 20, 16 rounds: 470 words a round, 60160 bytes.
    const int sites = 5;
    const FixedPoint f { 40, sites };
    const BoxKeys keys = boxKeys(sites);
    QByteArray plain, masked;
    for (int round = 1; round <= 16; ++round) {
        auto words = encode(siteStats(2), f);
        QVERIFY(words.ok());
        plain += wordBytes(*words);
        const MaskContext context { "sha256:uniformity",   round,           2,
                                    keys.secretKeys.at(2), keys.publicKeys, "sha256:beta" };
        QVERIFY(applyMasks(*words, context).ok());
        masked += wordBytes(*words);
    }
    const Uniformity m = uniformity(masked);
    qInfo("masked: chi-square %.1f (255 df), monobit z %.2f", m.chiSquare, m.monobitZ);
    QVERIFY2(m.looksUniform(), "a masked contribution does not look uniform");
    // The negative control: the same test on the unmasked encoding must fail, or the test above
    // proves nothing.
    const Uniformity p = uniformity(plain);
    qInfo("plain: chi-square %.1f (255 df), monobit z %.2f", p.chiSquare, p.monobitZ);
    QVERIFY2(!p.looksUniform(), "the uniformity test does not see the unmasked encoding");
    // A participant's masked words of two rounds share nothing visible either: their difference
    // (the difference of two key streams) looks uniform too.
    QByteArray difference;
    for (qsizetype i = 0; i + 2 * 3760 <= masked.size(); i += 2 * 3760)
        for (qsizetype b = 0; b < 3760; ++b)
            difference.append(char(masked[i + b] ^ masked[i + 3760 + b]));
    QVERIFY(uniformity(difference).looksUniform());
}

void tst_Secure::masksRefuseBadContexts()
{
    const BoxKeys keys = boxKeys(3);
    std::vector<std::uint64_t> words { 1, 2, 3, 4 };
    const std::vector<std::uint64_t> original = words;
    const auto refused = [&](MaskContext c, const char *needle) {
        const auto r = applyMasks(words, c);
        if (r.ok())
            return false;
        if (words != original)
            return false; // nothing half-masked
        return QString::fromStdString(r.error().message).contains(QLatin1String(needle));
    };
    const MaskContext good {
        "sha256:s", 1, 0, keys.secretKeys.at(0), keys.publicKeys, "sha256:beta"
    };
    MaskContext c = good;
    c.index = 3;
    QVERIFY(refused(c, "outside"));
    c.index = -1;
    QVERIFY(refused(c, "outside"));
    c = good;
    c.secretKey = c.secretKey.left(31);
    QVERIFY(refused(c, "32 bytes"));
    c = good;
    c.publicKeys[2] = c.publicKeys[2] + 'x';
    QVERIFY(refused(c, "32 bytes"));
    c = good;
    c.secretKey = keys.secretKeys.at(1); // not participant 0's key
    QVERIFY(refused(c, "does not belong"));
    c = good;
    c.publicKeys[2] = c.publicKeys[1];
    QVERIFY(refused(c, "same X25519"));
    c = good;
    c.round = 0;
    QVERIFY(refused(c, "round"));
    c = good;
    c.study.clear();
    QVERIFY(refused(c, "study"));
    c = good;
    c.betaHash.clear();
    QVERIFY(refused(c, "hash of the round"));
    c = good;
    c.study = "sha256:a\nsha256:b";
    QVERIFY(refused(c, "line break"));
    // Low-order points: the all-zero key and the point of order 8 give an all-zero secret.
    c = good;
    c.publicKeys[1] = QByteArray(32, '\0');
    QVERIFY(refused(c, "low-order"));
    c = good;
    c.publicKeys[1]
        = QByteArray::fromHex("e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800");
    QVERIFY(refused(c, "low-order"));
    QVERIFY(applyMasks(words, good).ok());
}

// A node agrees its pairwise secrets once per study (agreePairwise) and masks every round from
// them: the same bits as applyMasks agreeing them anew, the same refusals, and secrets of another
// participant or another participant set are refused.
void tst_Secure::agreedSecretsGiveTheSameMasks()
{
    const BoxKeys keys = boxKeys(5);
    for (int i = 0; i < 5; ++i) {
        MaskContext context { "sha256:s",   1, i, keys.secretKeys.at(i), keys.publicKeys,
                              "sha256:beta" };
        auto agreed = agreePairwise(context);
        QVERIFY(agreed.ok());
        QCOMPARE(agreed->index(), i);
        QCOMPARE(agreed->participants(), 5);
        for (int round = 1; round <= 3; ++round) {
            context.round = round;
            context.betaHash = QByteArray("sha256:beta") + QByteArray::number(round);
            std::vector<std::uint64_t> once { 7, 8, 9, 10, 11, 12 }, fresh = once;
            QVERIFY(applyMasks(once, context, *agreed).ok());
            QVERIFY(applyMasks(fresh, context).ok());
            QCOMPARE(once, fresh);
            QVERIFY(once != (std::vector<std::uint64_t> { 7, 8, 9, 10, 11, 12 }));
        }
        MaskContext other = context;
        other.index = (i + 1) % 5;
        std::vector<std::uint64_t> words { 1, 2 };
        QVERIFY(!applyMasks(words, other, *agreed).ok());
        other = context;
        other.publicKeys.removeLast();
        QVERIFY(!applyMasks(words, other, *agreed).ok());
        QCOMPARE(words, (std::vector<std::uint64_t> { 1, 2 }));
    }
    MaskContext bad { "sha256:s", 1, 0, keys.secretKeys.at(1), keys.publicKeys, "sha256:b" };
    QVERIFY(!agreePairwise(bad).ok()); // not participant 0's secret
    bad.secretKey = keys.secretKeys.at(0);
    bad.publicKeys[3] = QByteArray(32, '\0');
    QVERIFY(!agreePairwise(bad).ok()); // a low-order peer key
    bad.publicKeys[3] = keys.publicKeys[4];
    QVERIFY(!agreePairwise(bad).ok()); // two participants with one key
}

// A process keeps the X25519 secrets it agreed across studies (keyed by both public keys): in
// study after study, with one participant replaced by another key pair that meets the same
// peers, every participant's masks still cancel in the sum and only there, and a low-order key
// is refused every time, also after its set's other keys were agreed.
void tst_Secure::agreedSecretsKeptAcrossStudiesStayPairwise()
{
    const BoxKeys keys = boxKeys(6);
    const std::vector<std::vector<int>> studies {
        { 0, 1, 2 }, { 3, 1, 2 }, { 1, 3, 0, 2 }, { 0, 1, 2 }
    };
    const std::vector<std::uint64_t> plain { 5, 6, 7, 8 };
    for (size_t s = 0; s < studies.size(); ++s) {
        QList<QByteArray> publicKeys;
        for (int party : studies[s])
            publicKeys << keys.publicKeys.at(party);
        const int n = int(studies[s].size());
        std::vector<std::uint64_t> sum(plain.size(), 0);
        for (int i = 0; i < n; ++i) {
            MaskContext context { QByteArray("sha256:study") + QByteArray::number(int(s)),
                                  1,
                                  i,
                                  keys.secretKeys.at(studies[s][size_t(i)]),
                                  publicKeys,
                                  "sha256:beta" };
            auto agreed = agreePairwise(context);
            QVERIFY(agreed.ok());
            std::vector<std::uint64_t> words = plain;
            QVERIFY(applyMasks(words, context, *agreed).ok());
            QVERIFY(words != plain);
            for (size_t k = 0; k < words.size(); ++k)
                sum[k] += words[k];
        }
        for (size_t k = 0; k < plain.size(); ++k)
            QCOMPARE(sum[k], plain[k] * std::uint64_t(n));
    }
    for (int attempt = 0; attempt < 2; ++attempt) {
        MaskContext bad { "sha256:s", 1, 0, keys.secretKeys.at(0), keys.publicKeys.mid(0, 3),
                          "sha256:b" };
        bad.publicKeys[2] = QByteArray(32, '\0');
        QVERIFY(!agreePairwise(bad).ok()); // a low-order peer key
    }
}

// The masks are exactly the construction secure.h documents, recomputed here byte by byte with
// libsodium: X25519, the BLAKE2b-256 key of (study, β hash, both indices), the ChaCha20 key stream
// with the round as nonce, read as little-endian words, added for a higher index and subtracted
// for a lower one (applyMasks reads the stream as words at once on little-endian CPUs).
void tst_Secure::masksAreTheDocumentedKeyStream()
{
    const BoxKeys keys = boxKeys(4);
    const QByteArray study = "sha256:known", betaHash = "sha256:beta-known";
    const int round = 3;
    const std::vector<std::uint64_t> plain { 1, 2, 3, 0xffffffffffffffffULL, 5 };
    for (int i = 0; i < 4; ++i) {
        std::vector<std::uint64_t> expected = plain;
        for (int j = 0; j < 4; ++j) {
            if (j == i)
                continue;
            unsigned char shared[32];
            QVERIFY(crypto_scalarmult(
                        shared, reinterpret_cast<const unsigned char *>(keys.secretKeys[i].data()),
                        reinterpret_cast<const unsigned char *>(keys.publicKeys[j].data()))
                    == 0);
            QByteArray input = study + '\n' + betaHash + '\n';
            for (int index : { std::min(i, j), std::max(i, j) })
                for (int b = 0; b < 4; ++b)
                    input.append(char((std::uint32_t(index) >> (8 * b)) & 0xff));
            unsigned char key[32];
            crypto_generichash(key, sizeof key,
                               reinterpret_cast<const unsigned char *>(input.data()),
                               quint64(input.size()), shared, sizeof shared);
            unsigned char nonce[crypto_stream_chacha20_NONCEBYTES] = { round };
            std::vector<unsigned char> stream(plain.size() * 8);
            crypto_stream_chacha20(stream.data(), stream.size(), nonce, key);
            for (size_t k = 0; k < plain.size(); ++k) {
                std::uint64_t mask = 0;
                for (int b = 0; b < 8; ++b)
                    mask |= std::uint64_t(stream[k * 8 + size_t(b)]) << (8 * b);
                expected[k] = j > i ? expected[k] + mask : expected[k] - mask;
            }
        }
        MaskContext context { study, round, i, keys.secretKeys.at(i), keys.publicKeys, betaHash };
        std::vector<std::uint64_t> words = plain;
        QVERIFY(applyMasks(words, context).ok());
        QCOMPARE(words, expected);
    }
}

void tst_Secure::masksDifferByRoundStudyAndPair()
{
    const BoxKeys keys = boxKeys(3);
    const auto masked = [&](QByteArray study, int round, int index,
                            QByteArray beta = "sha256:beta") {
        std::vector<std::uint64_t> words(8, 0);
        const auto r = applyMasks(
            words,
            MaskContext { study, round, index, keys.secretKeys.at(index), keys.publicKeys, beta });
        if (!r.ok())
            qFatal("applyMasks failed: %s", r.error().message.c_str());
        return words;
    };
    const auto base = masked("sha256:a", 1, 0);
    QVERIFY(base != masked("sha256:a", 2, 0));
    QVERIFY(base != masked("sha256:b", 1, 0));
    QVERIFY(base != masked("sha256:a", 1, 1));
    QVERIFY(base != masked("sha256:a", 1, 0, "sha256:other-beta"));
    QCOMPARE(base, masked("sha256:a", 1, 0)); // deterministic
    // Masks of the three participants cancel.
    std::vector<std::uint64_t> sum;
    for (int i = 0; i < 3; ++i)
        QVERIFY(addWords(sum, masked("sha256:a", 1, i)).ok());
    QCOMPARE(sum, std::vector<std::uint64_t>(8, 0));
}

void tst_Secure::twoAnswersToOneRoundRevealNothing()
{
    // The attack: a site colluding with the analyst signs two different round k - 1
    // contributions, so an honest node answers round k at two different β. Were the key stream
    // the same, masked1 - masked2 would be plain1 - plain2. With the β hash in the mask key, the
    // difference looks uniform; the negative control (the same β hash for both, as a key without
    // it would behave) gives the plain difference exactly.
    const int sites = 4;
    const FixedPoint f { 40, sites };
    const BoxKeys keys = boxKeys(sites);
    const auto maskedAt = [&](int round, const QByteArray &beta, int statsSite) {
        auto words = encode(siteStats(statsSite), f);
        if (!words.ok())
            qFatal("encode failed");
        const MaskContext context { "sha256:attack",       round,           1,
                                    keys.secretKeys.at(1), keys.publicKeys, beta };
        if (!applyMasks(*words, context).ok())
            qFatal("applyMasks failed");
        return *words;
    };
    QByteArray difference, sameKeyDifference;
    std::vector<std::uint64_t> plainDifference, observed;
    for (int round = 1; round <= 16; ++round) {
        const auto a = maskedAt(round, "sha256:beta-one", 1);
        const auto b = maskedAt(round, "sha256:beta-two", 2);
        const auto c = maskedAt(round, "sha256:beta-one", 2);
        std::vector<std::uint64_t> d(a.size()), e(a.size());
        for (size_t k = 0; k < a.size(); ++k) {
            d[k] = a[k] - b[k];
            e[k] = a[k] - c[k];
        }
        difference += wordBytes(d);
        sameKeyDifference += wordBytes(e);
        if (round == 1) {
            const auto p1 = encode(siteStats(1), f);
            const auto p2 = encode(siteStats(2), f);
            for (size_t k = 0; k < p1->size(); ++k)
                plainDifference.push_back((*p1)[k] - (*p2)[k]);
            observed = e;
        }
    }
    QVERIFY(uniformity(difference).looksUniform());
    QCOMPARE(observed, plainDifference); // the same key stream would leak exactly this
    QVERIFY(!uniformity(sameKeyDifference).looksUniform());
}

void tst_Secure::contributionTagsVerifyOnlyForTheirPair()
{
    // Four sites; each one's secrets with all. Site i's tag for j verifies at j and nowhere else,
    // only for the same digest and study, and only in the direction i -> j.
    const BoxKeys keys = boxKeys(4);
    std::vector<PairwiseSecrets> secrets;
    for (int i = 0; i < 4; ++i) {
        MaskContext context { "sha256:s", 1, i, keys.secretKeys.at(i), keys.publicKeys, "b" };
        auto agreed = agreePairwise(context);
        QVERIFY(agreed.ok());
        secrets.push_back(std::move(agreed).value());
    }
    const QByteArray digest = contributionDigest("{\"round\":2,\"site\":\"a\"}");
    QCOMPARE(int(digest.size()), kTagBytes);
    QVERIFY(digest != contributionDigest("{\"round\":2,\"site\":\"b\"}"));
    for (int i = 0; i < 4; ++i) {
        for (int j = 0; j < 4; ++j) {
            if (i == j) {
                QVERIFY(!contributionTag(secrets[size_t(i)], "sha256:s", i, i, digest).ok());
                continue;
            }
            auto tag = contributionTag(secrets[size_t(i)], "sha256:s", i, j, digest);
            QVERIFY(tag.ok());
            QCOMPARE(int(tag->size()), kTagBytes);
            // The receiver computes the same tag with its own secrets.
            QVERIFY(verifyContributionTag(secrets[size_t(j)], "sha256:s", i, j, digest, *tag));
            // Not for another receiver, not reversed, not for another digest or study, not
            // with one bit changed.
            for (int k = 0; k < 4; ++k) {
                if (k != i && k != j)
                    QVERIFY(
                        !verifyContributionTag(secrets[size_t(k)], "sha256:s", i, k, digest, *tag));
            }
            QVERIFY(!verifyContributionTag(secrets[size_t(i)], "sha256:s", j, i, digest, *tag));
            QVERIFY(!verifyContributionTag(secrets[size_t(j)], "sha256:s", i, j,
                                           contributionDigest("other"), *tag));
            QVERIFY(!verifyContributionTag(secrets[size_t(j)], "sha256:t", i, j, digest, *tag));
            QByteArray flipped = *tag;
            flipped[5] = char(flipped[5] ^ 1);
            QVERIFY(!verifyContributionTag(secrets[size_t(j)], "sha256:s", i, j, digest, flipped));
            QVERIFY(!verifyContributionTag(secrets[size_t(j)], "sha256:s", i, j, digest,
                                           tag->left(16)));
        }
    }
    // A third site's secrets make no tag between two others; a digest must be 32 bytes; the
    // study must be named.
    QVERIFY(!contributionTag(secrets[2], "sha256:s", 0, 1, digest).ok());
    QVERIFY(!contributionTag(secrets[0], "sha256:s", 0, 1, digest.left(31)).ok());
    QVERIFY(!contributionTag(secrets[0], "", 0, 1, digest).ok());
    QVERIFY(!contributionTag(secrets[0], "sha256:s", 0, 4, digest).ok());
    // Manifest tags (issue 16): the same pairs and directions, never equal to a contribution tag
    // over the same digest (another domain), and neither verifies as the other.
    auto manifest = manifestTag(secrets[0], "sha256:s", 0, 1, digest);
    auto contribution = contributionTag(secrets[0], "sha256:s", 0, 1, digest);
    QVERIFY(manifest.ok() && contribution.ok());
    QVERIFY(*manifest != *contribution);
    QVERIFY(verifyManifestTag(secrets[1], "sha256:s", 0, 1, digest, *manifest));
    QVERIFY(!verifyManifestTag(secrets[1], "sha256:s", 1, 0, digest, *manifest));
    QVERIFY(!verifyManifestTag(secrets[2], "sha256:s", 0, 2, digest, *manifest));
    QVERIFY(!verifyManifestTag(secrets[1], "sha256:s", 0, 1, digest, *contribution));
    QVERIFY(!verifyContributionTag(secrets[1], "sha256:s", 0, 1, digest, *manifest));
    QVERIFY(!pairwiseTag("fairstart/v2/contribution", secrets[0], "sha256:s", 0, 1, digest).ok());
}

QTEST_GUILESS_MAIN(tst_Secure)
#include "tst_secure.moc"

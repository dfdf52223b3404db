// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16, branch `masks8`: the masks' and the sum vectors' ChaCha20 stream is made by OpenSSL's
// EVP ChaCha20 (AVX-512 where the CPU has it) in pieces of 4 kB, and a peer's r_j is streamed into
// the sum tag's inner product instead of stored. Every node must derive the same masks and tags as
// a node of any other version, so the bits are checked here against the documented construction
// computed with libsodium's crypto_stream_chacha20 (docs/protocol.md, "The masked encoding" and
// "The summed relay"), at lengths on both sides of every piece boundary. CTest runs this test a
// second and a third time with OPENSSL_ia32cap hiding AVX-512, then every extended feature
// (AVX2 too), so that OpenSSL's other code paths are checked against the same reference.
#include "fairstart/secure/field127.h"
#include "fairstart/secure/secure.h"

#include "x25519keys.h"

#include <QTest>

#include <sodium.h>

#include <algorithm>
#include <cstdint>
#include <random>
#include <vector>

using namespace fairstart::secure;
using field127::u128;

namespace {

// The secrets of this suite's keys (x25519keys.h).
constexpr testsupport::SecretPattern kSecrets { 53, 7, 3 };

using testsupport::uc;

// The masks as docs/protocol.md defines them, computed with libsodium alone: s_ij = X25519, the
// key BLAKE2b-256 keyed by s_ij of (study '\n' betaHash '\n' min(i,j) max(i,j)), the words the
// ChaCha20 stream under that key with the round as nonce, read as little-endian words; i adds
// the streams of every j > i and subtracts those of every j < i.
std::vector<std::uint64_t> referenceMasked(std::vector<std::uint64_t> words,
                                           const MaskContext &context)
{
    const int n = int(context.publicKeys.size());
    unsigned char nonce[crypto_stream_chacha20_NONCEBYTES] = {};
    for (int b = 0; b < 8; ++b)
        nonce[b] = (unsigned char)((std::uint64_t(context.round) >> (8 * b)) & 0xff);
    std::vector<unsigned char> stream(words.size() * 8);
    for (int j = 0; j < n; ++j) {
        if (j == context.index)
            continue;
        unsigned char shared[crypto_scalarmult_BYTES];
        if (crypto_scalarmult(shared, uc(context.secretKey), uc(context.publicKeys.at(j))) != 0)
            return {};
        const std::uint32_t lo = std::uint32_t(std::min(context.index, j));
        const std::uint32_t hi = std::uint32_t(std::max(context.index, j));
        QByteArray input = context.study + '\n' + context.betaHash + '\n';
        for (std::uint32_t v : { lo, hi })
            for (int b = 0; b < 4; ++b)
                input.append(char((v >> (8 * b)) & 0xff));
        unsigned char key[crypto_stream_chacha20_KEYBYTES];
        crypto_generichash(key, sizeof key, uc(input), std::size_t(input.size()), shared,
                           sizeof shared);
        crypto_stream_chacha20(stream.data(), stream.size(), nonce, key);
        for (std::size_t k = 0; k < words.size(); ++k) {
            std::uint64_t mask = 0;
            for (int b = 0; b < 8; ++b)
                mask |= std::uint64_t(stream[8 * k + std::size_t(b)]) << (8 * b);
            if (j > context.index)
                words[k] += mask;
            else
                words[k] -= mask;
        }
    }
    return words;
}

// r = PRG(seed) by libsodium: the ChaCha20 stream under the seed with the nonce "sumvectr", each
// 16 bytes a little-endian integer, its top bit cleared, reduced mod q.
std::vector<u128> referenceSumVector(const QByteArray &seed, std::size_t words)
{
    std::vector<unsigned char> stream(words * 16);
    const unsigned char nonce[crypto_stream_chacha20_NONCEBYTES]
        = { 's', 'u', 'm', 'v', 'e', 'c', 't', 'r' };
    crypto_stream_chacha20(stream.data(), stream.size(), nonce, uc(seed));
    std::vector<u128> r(words);
    for (std::size_t k = 0; k < words; ++k) {
        u128 x = 0;
        for (int i = 15; i >= 0; --i)
            x = (x << 8) | stream[16 * k + std::size_t(i)];
        x &= field127::kQ;
        r[k] = x >= field127::kQ ? x - field127::kQ : x;
    }
    return r;
}

// <r, w> mod q term by term, the definition.
u128 termByTerm(const std::vector<u128> &r, const std::vector<std::uint64_t> &w)
{
    u128 acc = 0;
    for (std::size_t k = 0; k < w.size(); ++k)
        acc = field127::add(acc, field127::mul(r[k], field127::reduce(u128(w[k]))));
    return acc;
}

std::vector<std::uint64_t> randomWords(std::size_t n, std::mt19937_64 &rng)
{
    std::vector<std::uint64_t> w(n);
    for (auto &x : w)
        x = rng();
    return w;
}

// Lengths on both sides of the 4 kB pieces: 512 mask words, 256 sum-vector elements.
std::vector<std::size_t> lengths()
{
    std::vector<std::size_t> n { 1,    2,    7,    8,    9,    63,    64,   65,  255,
                                 256,  257,  511,  512,  513,  514,   767,  768, 769,
                                 1023, 1024, 1025, 1536, 4096, 12012, 65537 };
    return n;
}

} // namespace

class tst_MasksMasks8 : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    // Every participant of five, rounds 1 and 2^40 + 3 (the nonce's high bytes), every length.
    void masksAreTheDocumentedStreams()
    {
        QList<QByteArray> secrets;
        const QList<QByteArray> publicKeys = testsupport::x25519Keys(5, &secrets, kSecrets);
        std::mt19937_64 rng(8);
        for (std::size_t n : lengths()) {
            const std::vector<std::uint64_t> words = randomWords(n, rng);
            for (int round : { 1, 7 }) {
                std::vector<std::uint64_t> sum(n, 0);
                for (int i = 0; i < 5; ++i) {
                    MaskContext context;
                    context.study = "sha256:masks8";
                    context.round = round;
                    context.index = i;
                    context.secretKey = secrets.at(i);
                    context.publicKeys = publicKeys;
                    context.betaHash = "fairstart/v2/evaluation sha256:beta";
                    std::vector<std::uint64_t> masked = words;
                    QVERIFY(applyMasks(masked, context));
                    const std::vector<std::uint64_t> expected = referenceMasked(words, context);
                    QVERIFY2(masked == expected,
                             qPrintable(QStringLiteral("n %1 participant %2 round %3")
                                            .arg(n)
                                            .arg(i)
                                            .arg(round)));
                    // The agreed secrets give the same words.
                    auto agreed = agreePairwise(context);
                    QVERIFY(agreed);
                    std::vector<std::uint64_t> again = words;
                    QVERIFY(applyMasks(again, context, *agreed));
                    QVERIFY(again == expected);
                    QVERIFY(addWords(sum, masked));
                }
                // The masks cancel: the sum is five times the words.
                for (std::size_t k = 0; k < n; ++k)
                    QCOMPARE(sum[k], words[k] * 5);
            }
        }
    }

    // A round whose number fills the nonce's upper bytes: still the documented stream.
    void largeRoundNumbers()
    {
        QList<QByteArray> secrets;
        const QList<QByteArray> publicKeys = testsupport::x25519Keys(3, &secrets, kSecrets);
        std::mt19937_64 rng(9);
        const std::vector<std::uint64_t> words = randomWords(1025, rng);
        for (int round : { 255, 256, 65537, 2147483647 }) {
            MaskContext context;
            context.study = "sha256:rounds";
            context.round = round;
            context.index = 1;
            context.secretKey = secrets.at(1);
            context.publicKeys = publicKeys;
            context.betaHash = "sha256:b";
            std::vector<std::uint64_t> masked = words;
            QVERIFY(applyMasks(masked, context));
            QVERIFY(masked == referenceMasked(words, context));
        }
    }

    void sumVectorIsTheDocumentedStream()
    {
        for (std::size_t n : lengths()) {
            const QByteArray seed = newSumSeed();
            QVERIFY2(sumVector(seed, n) == referenceSumVector(seed, n),
                     qPrintable(QString::number(n)));
        }
    }

    // The streamed products equal the stored ones and the definition, at every piece boundary,
    // for the largest words (a carry at nearly every term) and for random ones.
    void streamedProductsEqualStored()
    {
        std::mt19937_64 rng(10);
        for (std::size_t n : lengths()) {
            const QByteArray seed = newSumSeed();
            const std::vector<u128> r = referenceSumVector(seed, n);
            for (int kind = 0; kind < 2; ++kind) {
                const std::vector<std::uint64_t> w
                    = kind == 0 ? randomWords(n, rng) : std::vector<std::uint64_t>(n, ~0ull);
                const u128 streamed = sumInnerProduct(seed, w);
                QVERIFY2(streamed == sumInnerProduct(r, w), qPrintable(QString::number(n)));
                QVERIFY(streamed == termByTerm(r, w));
                std::vector<std::uint64_t> hi(n);
                for (auto &x : hi)
                    x = rng() >> 1; // hi < 2^63
                QVERIFY2(sumInnerProduct(seed, w, hi) == sumInnerProduct(r, w, hi),
                         qPrintable(QString::number(n)));
            }
        }
        // Unequal lo and hi: the shorter one's length, as with a stored r.
        const QByteArray seed = newSumSeed();
        const std::vector<u128> r = referenceSumVector(seed, 700);
        const std::vector<std::uint64_t> lo = randomWords(700, rng);
        const std::vector<std::uint64_t> hi(513, 3);
        QVERIFY(sumInnerProduct(seed, lo, hi) == sumInnerProduct(r, lo, hi));
        // Nothing to multiply, or no seed: zero (a stored r of a bad seed is all zeros).
        QVERIFY(sumInnerProduct(seed, std::vector<std::uint64_t>()) == 0);
        QVERIFY(sumInnerProduct(QByteArray(5, 'x'), lo) == 0);
        QVERIFY(sumInnerProduct(QByteArray(), lo, lo) == 0);
    }

    // A tag made with the receiver's seed is the tag made with its stored r, and verifies in the
    // receiver's check: Σ t_ij + <r, w_j> = <r, S> + Σ PRF_ij.
    void streamedTagsEqualStored()
    {
        QList<QByteArray> secrets;
        const QList<QByteArray> publicKeys = testsupport::x25519Keys(4, &secrets, kSecrets);
        std::vector<PairwiseSecrets> agreed;
        for (int i = 0; i < 4; ++i) {
            MaskContext context;
            context.index = i;
            context.secretKey = secrets.at(i);
            context.publicKeys = publicKeys;
            auto a = agreePairwise(context);
            QVERIFY(a);
            agreed.push_back(std::move(a).value());
        }
        std::mt19937_64 rng(11);
        const QByteArray study = "sha256:tags";
        for (std::size_t n :
             { std::size_t(1), std::size_t(256), std::size_t(514), std::size_t(12012) }) {
            QList<QByteArray> seeds;
            std::vector<std::vector<std::uint64_t>> w;
            QList<QByteArray> digests;
            for (int i = 0; i < 4; ++i) {
                seeds.append(newSumSeed());
                w.push_back(randomWords(n, rng));
                digests.append(contributionDigest(QByteArray::number(i) + "fields"));
            }
            const int receiver = 2;
            u128 tagSum = 0, prfSum = 0;
            std::vector<std::uint64_t> lo(n, 0), hi(n, 0);
            for (int i = 0; i < 4; ++i) {
                for (std::size_t k = 0; k < n; ++k) {
                    lo[k] += w[std::size_t(i)][k];
                    hi[k] += lo[k] < w[std::size_t(i)][k] ? 1 : 0;
                }
                if (i == receiver)
                    continue;
                auto streamed = sumTag(agreed[std::size_t(i)], study, i, receiver, 3, digests.at(i),
                                       seeds.at(receiver), w[std::size_t(i)]);
                auto stored = sumTag(agreed[std::size_t(i)], study, i, receiver, 3, digests.at(i),
                                     sumVector(seeds.at(receiver), n), w[std::size_t(i)]);
                QVERIFY(streamed && stored);
                QCOMPARE(*streamed, *stored);
                auto value = sumTagValue(*streamed);
                QVERIFY(value);
                tagSum = field127::add(tagSum, *value);
                auto prf
                    = sumPrf(agreed[std::size_t(receiver)], study, i, receiver, 3, digests.at(i));
                QVERIFY(prf);
                prfSum = field127::add(prfSum, *prf);
            }
            const QByteArray &own = seeds.at(receiver);
            const u128 left = field127::add(tagSum, sumInnerProduct(own, w[receiver]));
            const u128 right = field127::add(prfSum, sumInnerProduct(own, lo, hi));
            QVERIFY2(left == right, qPrintable(QString::number(n)));
            // A changed word sum fails the check.
            std::vector<std::uint64_t> changed = lo;
            changed[n / 2] += 1;
            QVERIFY(field127::add(prfSum, sumInnerProduct(own, changed, hi)) != left);
        }
        // A seed of the wrong length is refused, not used.
        QVERIFY(!sumTag(agreed[0], study, 0, 1, 1, contributionDigest("x"), QByteArray(31, 'a'),
                        std::vector<std::uint64_t>(4, 1)));
    }
};

QTEST_GUILESS_MAIN(tst_MasksMasks8)
#include "tst_masks_masks8.moc"

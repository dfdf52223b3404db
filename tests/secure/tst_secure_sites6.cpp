// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16, branch `sites6`: sumVector writes its ChaCha20 stream into r's own storage and
// applyMasks masks the words in place, without the buffers they used to allocate, clear and wipe.
// Both must give the bits they gave before (every node derives r_j and the masks the same way, so
// a node of another version must agree): r against the documented derivation computed here with
// a separate stream buffer, and the masks against their defining sum (the words plus the pairwise
// streams, which participants' masked zeros cancel).
#include "fairstart/secure/field127.h"
#include "fairstart/secure/secure.h"

#include "x25519keys.h"

#include <QTest>

#include <sodium.h>

#include <cstdint>
#include <random>
#include <vector>

using namespace fairstart::secure;

namespace {

// r = PRG(seed) as docs/protocol.md ("The summed relay") defines it: the ChaCha20 stream under the
// seed with the nonce "sumvectr", read as 16-byte little-endian elements, each reduced mod q.
std::vector<field127::u128> referenceSumVector(const QByteArray &seed, std::size_t words)
{
    std::vector<unsigned char> stream(words * 16);
    const unsigned char nonce[crypto_stream_chacha20_NONCEBYTES]
        = { 's', 'u', 'm', 'v', 'e', 'c', 't', 'r' };
    crypto_stream_chacha20(stream.data(), stream.size(), nonce,
                           reinterpret_cast<const unsigned char *>(seed.constData()));
    std::vector<field127::u128> r(words);
    for (std::size_t k = 0; k < words; ++k) {
        field127::u128 x = 0;
        for (int i = 15; i >= 0; --i)
            x = (x << 8) | stream[16 * k + std::size_t(i)];
        x &= field127::kQ;
        r[k] = x >= field127::kQ ? x - field127::kQ : x;
    }
    return r;
}

// The secrets of this suite's keys (x25519keys.h).
constexpr testsupport::SecretPattern kSecrets { 37, 11, 5 };

} // namespace

class tst_SecureSites6 : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    // Every length from 1 to 600 words, and the evaluation's and larger sizes.
    void sumVectorIsTheDocumentedStream()
    {
        std::vector<std::size_t> lengths;
        for (std::size_t n = 1; n <= 600; ++n)
            lengths.push_back(n);
        lengths.insert(lengths.end(), { 4096, 12012, 65537 });
        for (std::size_t n : lengths) {
            const QByteArray seed = newSumSeed();
            QCOMPARE(seed.size(), kSumSeedBytes);
            const std::vector<field127::u128> r = sumVector(seed, n);
            QVERIFY2(r == referenceSumVector(seed, n), qPrintable(QString::number(n)));
            for (field127::u128 x : r)
                QVERIFY(x < field127::kQ);
        }
        // A seed of every byte 0xff and of zeros: the same as the reference too.
        for (char fill : { char(0), char(0xff) }) {
            const QByteArray seed(kSumSeedBytes, fill);
            QVERIFY(sumVector(seed, 514) == referenceSumVector(seed, 514));
        }
        // No seed, a short seed or no words: zeros of the asked length, as before.
        QVERIFY(sumVector(QByteArray(), 3) == std::vector<field127::u128>(3, 0));
        QVERIFY(sumVector(QByteArray(5, 'x'), 3) == std::vector<field127::u128>(3, 0));
        QVERIFY(sumVector(newSumSeed(), 0).empty());
    }

    // Masked in place: each participant's masked words are its words plus its mask (the masked
    // zeros of the same context), and the masks of all participants cancel — at the evaluation's
    // 12,012 words and at a GLM round's 514, with words that wrap.
    void masksInPlaceAreTheWordsPlusTheMask()
    {
        QList<QByteArray> secrets;
        const QList<QByteArray> publicKeys = testsupport::x25519Keys(5, &secrets, kSecrets);
        std::mt19937_64 rng(20261206);
        for (std::size_t n : { std::size_t(1), std::size_t(514), std::size_t(12012) }) {
            std::vector<std::uint64_t> total(n, 0), plainTotal(n, 0);
            for (int i = 0; i < 5; ++i) {
                MaskContext context {
                    "sha256:study", 3, i, secrets.at(i), publicKeys, "sha256:beta"
                };
                std::vector<std::uint64_t> words(n);
                for (auto &w : words)
                    w = rng();
                const std::vector<std::uint64_t> plain = words;
                std::vector<std::uint64_t> mask(n, 0);
                QVERIFY(applyMasks(words, context).ok());
                QVERIFY(applyMasks(mask, context).ok());
                QVERIFY(words != plain);
                for (std::size_t k = 0; k < n; ++k) {
                    QCOMPARE(words[k], plain[k] + mask[k]);
                    total[k] += words[k];
                    plainTotal[k] += plain[k];
                }
            }
            QVERIFY(total == plainTotal);
        }
        // A refused context leaves the words as they were.
        MaskContext wrong { "sha256:study", 3, 1, secrets.at(0), publicKeys, "sha256:beta" };
        std::vector<std::uint64_t> words { 1, 2, 3 };
        QVERIFY(!applyMasks(words, wrong).ok());
        QCOMPARE(words, (std::vector<std::uint64_t> { 1, 2, 3 }));
    }
};

QTEST_GUILESS_MAIN(tst_SecureSites6)
#include "tst_secure_sites6.moc"

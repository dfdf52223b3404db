// SPDX-License-Identifier: GPL-3.0-or-later
// F_q, q = 2^127 - 1 (secure/field127.h), the summed relay's field (issue 16, branch `sites4`):
// every operation against an independent reference (the product by shift-and-add over the bits
// of one factor, additions reduced by plain subtraction), the limbs' edge cases, and the reason
// for a prime field (a shift by 2^63 in Z_2^64 passes a linear tag half the time).
#include "fairstart/secure/field127.h"
#include "fairstart/secure/secure.h"

#include <QTest>

#include <sodium.h>

#include <cstdint>

using namespace fairstart::secure::field127;

namespace {

// The reference: plain subtraction instead of the Mersenne folding.
u128 refAdd(u128 a, u128 b)
{
    u128 s = a + b; // a, b < q: no overflow
    while (s >= kQ)
        s -= kQ;
    return s;
}

// a · b mod q by double-and-add over b's bits (no limbs, no folding).
u128 refMul(u128 a, u128 b)
{
    u128 result = 0;
    u128 term = a;
    while (b != 0) {
        if (b & 1)
            result = refAdd(result, term);
        term = refAdd(term, term);
        b >>= 1;
    }
    return result;
}

// Deterministic pseudo-random 128-bit values (splitmix64).
struct Rng {
    std::uint64_t state = 0x5175a4e5u;
    std::uint64_t next64()
    {
        std::uint64_t z = (state += 0x9e3779b97f4a7c15ull);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
        return z ^ (z >> 31);
    }
    u128 element() { return ((u128(next64()) << 64) | next64()) % kQ; }
};

bool same(u128 a, u128 b)
{
    return a == b;
}

// n sites' X25519 keys, deterministic, and each site's pairwise secrets.
struct Sites {
    QList<QByteArray> secretKeys, publicKeys;
    std::vector<fairstart::secure::PairwiseSecrets> secrets;
};
Sites makeSites(int n)
{
    using namespace fairstart::secure;
    Sites sites;
    for (int k = 0; k < n; ++k) {
        QByteArray secret(32, 0);
        const QByteArray input = "sites4-key" + QByteArray::number(k);
        crypto_generichash(reinterpret_cast<unsigned char *>(secret.data()), 32,
                           reinterpret_cast<const unsigned char *>(input.constData()),
                           quint64(input.size()), nullptr, 0);
        QByteArray pub(32, 0);
        crypto_scalarmult_base(reinterpret_cast<unsigned char *>(pub.data()),
                               reinterpret_cast<const unsigned char *>(secret.constData()));
        sites.secretKeys << secret;
        sites.publicKeys << pub;
    }
    for (int k = 0; k < n; ++k) {
        MaskContext context { "sha256:sites4", 1, k, sites.secretKeys.at(k), sites.publicKeys,
                              "sha256:beta" };
        auto agreed = agreePairwise(context);
        if (!agreed)
            qFatal("agreePairwise failed");
        sites.secrets.push_back(std::move(agreed).value());
    }
    return sites;
}

} // namespace

class TestField127 : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void reduceFoldsEveryWidth()
    {
        QVERIFY(same(reduce(0), 0));
        QVERIFY(same(reduce(kQ), 0));
        QVERIFY(same(reduce(kQ - 1), kQ - 1));
        QVERIFY(same(reduce(kQ + 1), 1));
        QVERIFY(same(reduce(u128(1) << 127), 1));
        // 2^128 - 1 = 2q + 1.
        QVERIFY(same(reduce(~u128(0)), 1));
        Rng rng;
        for (int i = 0; i < 20000; ++i) {
            const u128 x = (u128(rng.next64()) << 64) | rng.next64();
            QVERIFY(same(reduce(x), x % kQ));
        }
    }

    void productsAtTheLimbEdges()
    {
        QVERIFY(same(mul(kQ - 1, kQ - 1), 1)); // (-1)^2
        QVERIFY(same(mul(u128(1) << 64, u128(1) << 64), 2)); // 2^128 ≡ 2
        QVERIFY(same(mul(u128(1) << 126, 2), 1)); // 2^127 ≡ 1
        QVERIFY(same(mul(kQ - 1, 2), kQ - 2));
        QVERIFY(same(mul(0, kQ - 1), 0));
        const u128 all64 = ~std::uint64_t(0);
        const u128 edges[] = { 0,
                               1,
                               2,
                               all64,
                               all64 + 1,
                               (u128(1) << 126),
                               kQ - 1,
                               kQ - 2,
                               (u128(all64) << 63) % kQ,
                               (u128(1) << 100) + 12345 };
        for (u128 a : edges) {
            for (u128 b : edges) {
                QVERIFY(same(mul(a, b), refMul(a, b)));
                QVERIFY(same(mul(a, b), mul(b, a)));
                QVERIFY(same(add(a, b), refAdd(a, b)));
                QVERIFY(same(add(sub(a, b), b), a));
            }
        }
    }

    void randomProductsAgainstTheReference()
    {
        Rng rng;
        for (int i = 0; i < 5000; ++i) {
            const u128 a = rng.element(), b = rng.element(), c = rng.element();
            QVERIFY(same(mul(a, b), refMul(a, b)));
            QVERIFY(same(add(a, b), refAdd(a, b)));
            QVERIFY(same(sub(add(a, b), b), a));
            // Distributivity: the tag's linearity in w.
            QVERIFY(same(mul(a, add(b, c)), add(mul(a, b), mul(a, c))));
        }
    }

    void elementsFromBytesAndWords()
    {
        unsigned char bytes[16];
        for (unsigned char &b : bytes)
            b = 0xff;
        QVERIFY(same(fromBytes(bytes), 0)); // the low 127 bits are q itself
        for (int i = 0; i < 16; ++i)
            bytes[i] = (unsigned char)(i + 1);
        u128 expected = 0;
        for (int i = 15; i >= 0; --i)
            expected = (expected << 8) | bytes[i];
        QVERIFY(same(fromBytes(bytes), expected)); // below 2^127: unchanged
        QVERIFY(same(fromWords(7, 0), 7));
        QVERIFY(same(fromWords(0, 1), u128(1) << 64));
        // The largest word sum of 4096 sites: (2^64 - 1) · 4096 < q, kept exactly.
        const u128 top = u128(~std::uint64_t(0)) * 4096;
        QVERIFY(top < kQ);
        QVERIFY(same(fromWords(std::uint64_t(top), std::uint64_t(top >> 64)), top));
    }

    // The reason for the prime field: over Z_2^64, a linear tag <r, w> does not notice a shift of
    // one word by 2^63 when that word of r is even (half of all r); over F_q a nonzero integer
    // shift d (|d| < 2^77 < q) changes <r, S> unless r's word is 0, probability 1/q.
    void aShiftBy2To63IsCaughtInTheFieldNotInZ2To64()
    {
        Rng rng;
        int passedZ64 = 0, passedField = 0;
        const std::uint64_t shift = std::uint64_t(1) << 63;
        for (int i = 0; i < 1000; ++i) {
            const std::uint64_t r64 = rng.next64();
            if (std::uint64_t(r64 * shift) == 0)
                ++passedZ64;
            const u128 r = rng.element();
            if (mul(r, u128(shift)) == 0)
                ++passedField;
        }
        QVERIFY2(passedZ64 > 400 && passedZ64 < 600, "the negative control: about half pass");
        QCOMPARE(passedField, 0);
    }

    // The summed relay's check end to end in process (the node-level attacks are in
    // tst_attacks_sites4): node j's sealed seeds open only at their holder, the honest sum
    // verifies, and every way a client can change the sum or its inputs does not.
    void summedTagsVerifyOnlyTheHonestSum()
    {
        using namespace fairstart::secure;
        QVERIFY(sodium_init() >= 0);
        const int n = 4;
        const int j = 2; // the verifying node
        const std::size_t words = 50;
        Sites sites = makeSites(n);
        const QByteArray study = "sha256:study-a";
        const QByteArray seed = newSumSeed();
        // j seals its seed for every other site; only the holder opens it, only from j.
        std::vector<QByteArray> opened(n);
        for (int i = 0; i < n; ++i) {
            if (i == j)
                continue;
            auto sealed = sealSumSeed(sites.secrets[j], study, j, i, seed);
            QVERIFY(sealed.ok());
            QCOMPARE(sealed->size(), kSealedSumSeedBytes);
            auto open = openSumSeed(sites.secrets[i], study, j, i, *sealed);
            QVERIFY(open.ok());
            QCOMPARE(*open, seed);
            opened[i] = *open;
            const int other = (i + 1) % n == j ? (i + 2) % n : (i + 1) % n;
            // Relayed to another site, or read as another owner's, or for another study: refused.
            QVERIFY(!openSumSeed(sites.secrets[other], study, j, other, *sealed).ok());
            QVERIFY(!openSumSeed(sites.secrets[i], study, other, i, *sealed).ok());
            QVERIFY(!openSumSeed(sites.secrets[i], "sha256:study-b", j, i, *sealed).ok());
            QByteArray flipped = *sealed;
            flipped[30] = char(flipped[30] ^ 1);
            QVERIFY(!openSumSeed(sites.secrets[i], study, j, i, flipped).ok());
        }
        const std::vector<u128> r = sumVector(seed, words);
        QCOMPARE(sumVector(seed, words), r); // deterministic
        QVERIFY(sumVector(newSumSeed(), words) != r);

        Rng rng;
        std::vector<std::vector<std::uint64_t>> w(n, std::vector<std::uint64_t>(words));
        std::vector<QByteArray> digests(n);
        for (int i = 0; i < n; ++i) {
            for (auto &x : w[i])
                x = rng.next64();
            digests[i] = QByteArray(32, char('a' + i));
        }
        auto tagsAt = [&](int round, const QByteArray &forStudy) {
            std::vector<QByteArray> tags(n);
            for (int i = 0; i < n; ++i) {
                if (i == j)
                    continue;
                auto t = sumTag(sites.secrets[i], forStudy, i, j, round, digests[i],
                                sumVector(opened[i], words), w[i]);
                if (!t)
                    qFatal("sumTag failed");
                tags[i] = *t;
            }
            return tags;
        };
        auto verify = [&](const std::vector<QByteArray> &tags, const std::vector<std::uint64_t> &lo,
                          const std::vector<std::uint64_t> &hi, int round) {
            u128 left = sumInnerProduct(r, w[j]);
            u128 right = sumInnerProduct(r, lo, hi);
            for (int i = 0; i < n; ++i) {
                if (i == j)
                    continue;
                auto t = sumTagValue(tags[i]);
                auto prf = sumPrf(sites.secrets[j], study, i, j, round, digests[i]);
                if (!t || !prf)
                    return false;
                left = add(left, *t);
                right = add(right, *prf);
            }
            return left == right;
        };
        auto sumOf = [&](const std::vector<int> &counts, std::vector<std::uint64_t> &lo,
                         std::vector<std::uint64_t> &hi) {
            lo.assign(words, 0);
            hi.assign(words, 0);
            for (int i = 0; i < n; ++i) {
                for (int c = 0; c < counts[size_t(i)]; ++c) {
                    for (std::size_t k = 0; k < words; ++k) {
                        const u128 s = ((u128(hi[k]) << 64) | lo[k]) + w[i][k];
                        lo[k] = std::uint64_t(s);
                        hi[k] = std::uint64_t(s >> 64);
                    }
                }
            }
        };
        const auto tags = tagsAt(3, study);
        std::vector<std::uint64_t> lo, hi;
        sumOf({ 1, 1, 1, 1 }, lo, hi);
        QVERIFY(verify(tags, lo, hi, 3)); // the honest sum
        auto loShift = lo;
        loShift[7] += std::uint64_t(1) << 63; // the shift Z_2^64 would miss half the time
        QVERIFY(!verify(tags, loShift, hi, 3));
        auto hiShift = hi;
        hiShift[0] += 1; // the same words mod 2^64, another integer sum
        QVERIFY(!verify(tags, lo, hiShift, 3));
        sumOf({ 1, 0, 1, 1 }, lo, hi); // site 1 left out
        QVERIFY(!verify(tags, lo, hi, 3));
        sumOf({ 1, 2, 1, 1 }, lo, hi); // site 1 counted twice
        QVERIFY(!verify(tags, lo, hi, 3));
        sumOf({ 1, 1, 1, 1 }, lo, hi);
        QVERIFY(!verify(tagsAt(2, study), lo, hi, 3)); // another round's tags
        QVERIFY(!verify(tagsAt(3, "sha256:study-b"), lo, hi, 3)); // another study's
        // Site 0's tag for another node (3, with its own seed) relayed to j instead of its tag
        // for j. (Two of j's own tags swapped between slots is no attack: only their sum counts,
        // and it is unchanged, as are S and the fields.)
        auto moved = tags;
        auto forOther = sumTag(sites.secrets[0], study, 0, 3, 3, digests[0],
                               sumVector(newSumSeed(), words), w[0]);
        QVERIFY(forOther.ok());
        moved[0] = *forOther;
        QVERIFY(!verify(moved, lo, hi, 3));
        digests[0][5] = 'z'; // a changed field of site 0 (its digest)
        QVERIFY(!verify(tags, lo, hi, 3));
        QVERIFY(!sumTagValue(QByteArray(16, char(0xff))).has_value()); // >= q
        QVERIFY(!sumTagValue(QByteArray(15, 0)).has_value());
    }
};

QTEST_APPLESS_MAIN(TestField127)
#include "tst_field127_sites4.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The summed relay's inner products <r, w> mod q (secure::sumInnerProduct; issue 16, branch
// `sites5`) sum the exact integer products and reduce once at the end. They must be the same
// element of F_q as the term-by-term sum of field127::mul (what sites4 computed, and what every
// node computes for the tags it checks): random vectors of every length up to 600 and some
// longer, the largest elements and words (every 128-bit partial sum carries), zeros, and the
// (lo, hi) form of a word sum against mul(r, fromWords(lo, hi)).
#include "fairstart/secure/field127.h"
#include "fairstart/secure/secure.h"

#include <QTest>

#include <cstdint>
#include <vector>

using namespace fairstart::secure;
using namespace fairstart::secure::field127;

namespace {

struct Rng {
    std::uint64_t state = 0x243f6a8885a308d3ull;
    std::uint64_t next64()
    {
        std::uint64_t z = (state += 0x9e3779b97f4a7c15ull);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
        return z ^ (z >> 31);
    }
    u128 element() { return ((u128(next64()) << 64) | next64()) % kQ; }
    // Mostly random words, some at the extremes.
    std::uint64_t word()
    {
        switch (next64() % 8) {
        case 0:
            return 0;
        case 1:
            return ~std::uint64_t(0);
        default:
            return next64();
        }
    }
};

// The reference: term by term in F_q.
u128 termByTerm(const std::vector<u128> &r, const std::vector<std::uint64_t> &w)
{
    u128 acc = 0;
    for (std::size_t k = 0; k < std::min(r.size(), w.size()); ++k)
        acc = add(acc, mul(r[k], u128(w[k])));
    return acc;
}

u128 termByTerm(const std::vector<u128> &r, const std::vector<std::uint64_t> &lo,
                const std::vector<std::uint64_t> &hi)
{
    u128 acc = 0;
    for (std::size_t k = 0; k < std::min({ r.size(), lo.size(), hi.size() }); ++k)
        acc = add(acc, mul(r[k], fromWords(lo[k], hi[k])));
    return acc;
}

} // namespace

class tst_SumInnerSites5 : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void randomVectorsOfEveryLength();
    void largestElementsAndWordsCarryEveryTerm();
    void wordSumsAsLowAndHigh();
    void shorterOfTheTwoCounts();
};

void tst_SumInnerSites5::randomVectorsOfEveryLength()
{
    Rng rng;
    std::vector<std::size_t> lengths;
    for (std::size_t n = 0; n <= 600; ++n)
        lengths.push_back(n);
    lengths.insert(lengths.end(), { 4096, 12012, 65537 });
    for (std::size_t n : lengths) {
        std::vector<u128> r(n);
        std::vector<std::uint64_t> w(n);
        for (std::size_t k = 0; k < n; ++k) {
            r[k] = rng.element();
            w[k] = rng.word();
        }
        const u128 got = sumInnerProduct(r, w);
        QVERIFY2(got < kQ, qPrintable(QString::number(n)));
        QVERIFY2(got == termByTerm(r, w), qPrintable(QStringLiteral("length %1").arg(n)));
    }
}

void tst_SumInnerSites5::largestElementsAndWordsCarryEveryTerm()
{
    // r_k = q - 1 and w_k = 2^64 - 1: each 128-bit partial sum carries at nearly every term.
    for (std::size_t n : { std::size_t(1), std::size_t(2), std::size_t(3), std::size_t(514),
                           std::size_t(100000) }) {
        const std::vector<u128> r(n, kQ - 1);
        const std::vector<std::uint64_t> w(n, ~std::uint64_t(0));
        QVERIFY2(sumInnerProduct(r, w) == termByTerm(r, w), qPrintable(QString::number(n)));
        // Elements with all 64 low bits set and the high limb at its largest.
        const std::vector<u128> r2(n, (u128(1) << 127) - 2);
        QVERIFY(sumInnerProduct(r2, w) == termByTerm(r2, w));
        // Zeros give zero.
        const std::vector<std::uint64_t> zeros(n, 0);
        QVERIFY(sumInnerProduct(r, zeros) == 0);
    }
}

void tst_SumInnerSites5::wordSumsAsLowAndHigh()
{
    Rng rng;
    for (std::size_t n :
         { std::size_t(0), std::size_t(1), std::size_t(7), std::size_t(514), std::size_t(12012) }) {
        std::vector<u128> r(n);
        std::vector<std::uint64_t> lo(n), hi(n);
        for (std::size_t k = 0; k < n; ++k) {
            r[k] = rng.element();
            lo[k] = rng.word();
            // An integer sum of up to 4096 words: hi below 4096, sometimes at the largest.
            hi[k] = k % 5 == 0 ? 4095 : rng.next64() % 4096;
        }
        QVERIFY2(sumInnerProduct(r, lo, hi) == termByTerm(r, lo, hi),
                 qPrintable(QString::number(n)));
        // hi words far beyond any real sum still give the field's element.
        for (std::size_t k = 0; k < n; ++k)
            hi[k] = rng.word();
        QVERIFY(sumInnerProduct(r, lo, hi) == termByTerm(r, lo, hi));
    }
}

void tst_SumInnerSites5::shorterOfTheTwoCounts()
{
    Rng rng;
    std::vector<u128> r(50);
    for (auto &x : r)
        x = rng.element();
    std::vector<std::uint64_t> w(30);
    for (auto &x : w)
        x = rng.word();
    QVERIFY(sumInnerProduct(r, w) == termByTerm(r, w));
    std::vector<std::uint64_t> longer(80, 7);
    QVERIFY(sumInnerProduct(r, longer) == termByTerm(r, longer));
}

QTEST_GUILESS_MAIN(tst_SumInnerSites5)
#include "tst_suminner_sites5.moc"

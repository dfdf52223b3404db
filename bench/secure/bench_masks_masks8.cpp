// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16, branch masks8: the mask stream and the summed relay's r_j at 100 sites.
//   1. The key stream alone, 96 kB (one peer's mask of the masked evaluation's 12,012 words):
//      libsodium's ChaCha20 (before), OpenSSL's EVP ChaCha20 (now; the same bytes) and OpenSSL's
//      AES-256-CTR (the protocol change not made, for comparison).
//   2. One node's masks of the masked evaluation at 100 sites (99 streams of 12,012 words):
//      secure::applyMasks now against the code before (libsodium's stream of the words' length
//      into a buffer, then added), both with agreed secrets.
//   3. One node's sum tags of a 7-round study at 100 sites (514 words, p = 21): 99 stored r_j
//      made with libsodium at the first round and read at every round (before), against
//      secure::sumTag streaming r_j from its seed at every round (now).
// Best and median of the repetitions, µs of this thread's CPU time; run with
// OPENSSL_ia32cap=":~0xFFFF0000" to see an AVX2 CPU, ":0" one without AVX2.
#include "fairstart/secure/field127.h"
#include "fairstart/secure/secure.h"

#include <openssl/evp.h>
#include <sodium.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <functional>
#include <time.h>
#include <vector>

using namespace fairstart::secure;
using field127::u128;

namespace {

struct Timing {
    double best = 0, median = 0;
};

// This thread's CPU time, not the wall clock: the machine is shared, and a busy neighbour
// stretches the wall time of a 20-ms measurement but not its CPU time.
double cpuMicroseconds()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e6 + double(t.tv_nsec) / 1e3;
}

Timing measure(int repeats, const std::function<void()> &f)
{
    std::vector<double> us;
    f(); // warm
    for (int r = 0; r < repeats; ++r) {
        const double t0 = cpuMicroseconds();
        f();
        us.push_back(cpuMicroseconds() - t0);
    }
    std::sort(us.begin(), us.end());
    return { us.front(), us[us.size() / 2] };
}

void print(const char *what, Timing t, double bytes = 0)
{
    if (bytes > 0)
        std::printf("%-58s best %9.1f us  median %9.1f us  (%.2f GB/s best)\n", what, t.best,
                    t.median, bytes / t.best / 1e3);
    else
        std::printf("%-58s best %9.1f us  median %9.1f us\n", what, t.best, t.median);
}

const unsigned char *uc(const QByteArray &b)
{
    return reinterpret_cast<const unsigned char *>(b.constData());
}

} // namespace

int main(int argc, char **argv)
{
    if (sodium_init() < 0)
        return 1;
    const int repeats = argc > 1 ? std::max(3, std::atoi(argv[1])) : 30;
    const std::size_t words = 12012, bytes = words * 8;
    const int sites = 100;

    // 1. The stream alone.
    unsigned char key[32], nonce[8] = { 1 };
    randombytes_buf(key, sizeof key);
    std::vector<unsigned char> out(bytes);
    static const unsigned char zeros[4096] = {};
    EVP_CIPHER *chacha = EVP_CIPHER_fetch(nullptr, "ChaCha20", nullptr);
    EVP_CIPHER *aes = EVP_CIPHER_fetch(nullptr, "AES-256-CTR", nullptr);
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    unsigned char iv[16] = {};
    std::memcpy(iv + 8, nonce, 8);
    auto evp = [&](const EVP_CIPHER *cipher) {
        EVP_EncryptInit_ex2(ctx, cipher, key, iv, nullptr);
        int n = 0;
        for (std::size_t at = 0; at < bytes; at += sizeof zeros)
            EVP_EncryptUpdate(ctx, out.data() + at, &n, zeros,
                              int(std::min(sizeof zeros, bytes - at)));
    };
    print("stream 96 kB: libsodium ChaCha20 (before)",
          measure(repeats * 10, [&] { crypto_stream_chacha20(out.data(), bytes, nonce, key); }),
          double(bytes));
    print("stream 96 kB: OpenSSL ChaCha20 (now, same bytes)",
          measure(repeats * 10, [&] { evp(chacha); }), double(bytes));
    print("stream 96 kB: OpenSSL AES-256-CTR (not adopted)",
          measure(repeats * 10, [&] { evp(aes); }), double(bytes));

    // 2. One node's evaluation masks at 100 sites.
    QList<QByteArray> secretKeys, publicKeys;
    for (int k = 0; k < sites; ++k) {
        QByteArray secret(32, Qt::Uninitialized), pub(32, Qt::Uninitialized);
        randombytes_buf(secret.data(), 32);
        crypto_scalarmult_base(reinterpret_cast<unsigned char *>(pub.data()), uc(secret));
        secretKeys.append(secret);
        publicKeys.append(pub);
    }
    MaskContext context;
    context.study = "sha256:bench";
    context.round = 1;
    context.index = 42;
    context.secretKey = secretKeys.at(42);
    context.publicKeys = publicKeys;
    context.betaHash = "fairstart/v2/evaluation sha256:beta";
    auto agreed = agreePairwise(context);
    if (!agreed)
        return 1;
    std::vector<unsigned char> shared(std::size_t(sites) * 32);
    for (int j = 0; j < sites; ++j)
        if (j != 42
            && crypto_scalarmult(shared.data() + 32 * j, uc(context.secretKey),
                                 uc(publicKeys.at(j)))
                != 0)
            return 1;
    std::vector<std::uint64_t> plain(words, 12345);
    std::vector<std::uint64_t> before, now;
    auto masksBefore = [&] {
        // The code before (main 794297b): the stream of the words' length, then added.
        before = plain;
        std::vector<std::uint64_t> stream(words);
        unsigned char n8[8] = { 1 };
        for (int j = 0; j < sites; ++j) {
            if (j == 42)
                continue;
            const std::uint32_t lo = std::uint32_t(std::min(42, j)),
                                hi = std::uint32_t(std::max(42, j));
            unsigned char indices[8];
            for (int b = 0; b < 4; ++b) {
                indices[b] = (unsigned char)((lo >> (8 * b)) & 0xff);
                indices[4 + b] = (unsigned char)((hi >> (8 * b)) & 0xff);
            }
            unsigned char k[32];
            crypto_generichash_state state;
            crypto_generichash_init(&state, shared.data() + 32 * j, 32, sizeof k);
            const unsigned char nl = '\n';
            crypto_generichash_update(&state, uc(context.study), quint64(context.study.size()));
            crypto_generichash_update(&state, &nl, 1);
            crypto_generichash_update(&state, uc(context.betaHash),
                                      quint64(context.betaHash.size()));
            crypto_generichash_update(&state, &nl, 1);
            crypto_generichash_update(&state, indices, sizeof indices);
            crypto_generichash_final(&state, k, sizeof k);
            crypto_stream_chacha20(reinterpret_cast<unsigned char *>(stream.data()), words * 8, n8,
                                   k);
            if (j > 42)
                for (std::size_t w = 0; w < words; ++w)
                    before[w] += stream[w];
            else
                for (std::size_t w = 0; w < words; ++w)
                    before[w] -= stream[w];
        }
        sodium_memzero(stream.data(), words * 8);
    };
    auto masksNow = [&] {
        now = plain;
        if (!applyMasks(now, context, *agreed))
            std::abort();
    };
    const int few = std::max(3, repeats / 3);
    print("masks, 100 sites x 12,012 words: before (libsodium)", measure(few, masksBefore));
    print("masks, 100 sites x 12,012 words: now (applyMasks)", measure(few, masksNow));
    if (before != now) {
        std::printf("the masked words differ\n");
        return 1;
    }

    // 3. One node's sum tags of a 7-round study at 100 sites (514 words).
    const std::size_t relayWords = 514;
    QList<QByteArray> seeds;
    for (int j = 0; j < sites; ++j)
        seeds.append(newSumSeed());
    std::vector<std::uint64_t> w(relayWords);
    for (auto &x : w)
        x = randombytes_random() * 0x9e3779b97f4a7c15ull;
    const QByteArray digest = contributionDigest("fields");
    u128 check = 0, check2 = 0;
    auto tagsBefore = [&] {
        std::vector<std::vector<u128>> r(static_cast<std::size_t>(sites));
        const unsigned char n8[8] = { 's', 'u', 'm', 'v', 'e', 'c', 't', 'r' };
        for (int round = 1; round <= 7; ++round)
            for (int j = 0; j < sites; ++j) {
                if (j == 42)
                    continue;
                auto &rj = r[std::size_t(j)];
                if (rj.size() < relayWords) {
                    rj.assign(relayWords, 0);
                    auto *b = reinterpret_cast<unsigned char *>(rj.data());
                    crypto_stream_chacha20(b, relayWords * 16, n8, uc(seeds.at(j)));
                    for (std::size_t k = 0; k < relayWords; ++k) {
                        const u128 e = field127::fromBytes(b + 16 * k);
                        rj[k] = e;
                    }
                }
                auto t = sumTag(*agreed, "sha256:bench", 42, j, round, digest, rj, w);
                check ^= t ? sumTagValue(*t).value_or(0) : 0;
            }
    };
    auto tagsNow = [&] {
        for (int round = 1; round <= 7; ++round)
            for (int j = 0; j < sites; ++j) {
                if (j == 42)
                    continue;
                auto t = sumTag(*agreed, "sha256:bench", 42, j, round, digest, seeds.at(j), w);
                check2 ^= t ? sumTagValue(*t).value_or(0) : 0;
            }
    };
    print("sum tags, 7 rounds x 99 peers x 514 words: before (stored)", measure(few, tagsBefore));
    print("sum tags, 7 rounds x 99 peers x 514 words: now (streamed)", measure(few, tagsNow));
    if (check != check2) {
        std::printf("the tags differ\n");
        return 1;
    }
    EVP_CIPHER_CTX_free(ctx);
    EVP_CIPHER_free(chacha);
    EVP_CIPHER_free(aes);
    return 0;
}

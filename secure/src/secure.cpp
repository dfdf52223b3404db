// SPDX-License-Identifier: GPL-3.0-or-later
// Signatures, the fixed-point encoding in Z_2^64 and the pairwise masks of protocol version 2
// (docs/protocol.md, "The masked encoding"). Every number here is integer arithmetic until the
// one correctly rounded conversion in decodeSum, so every CPU decodes the same bits.
#include "fairstart/secure/secure.h"

#include <openssl/evp.h>
#include <sodium.h>

#include <algorithm>
#include <array>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

namespace fairstart::secure {

namespace {

__extension__ using u128 = unsigned __int128;
__extension__ using i128 = __int128;

using analysis::ErrorCode;
using analysis::makeError;

constexpr int kLoBits = 52;
constexpr std::uint64_t kLoMask = (std::uint64_t(1) << kLoBits) - 1;
// The low words of n encodings add without a carry out of 64 bits while n · 2^52 <= 2^64.
constexpr int kMaxParticipants = 1 << (64 - kLoBits);
constexpr int kMaxFractionBits = 60;

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

// The X25519 secrets this process agreed, kept across studies (issue 16, "Many sites, fifth
// pass"): s_ij depends only on the two key pairs, not on the study, so a node of N sites need not
// compute N - 1 scalar multiplications again for every study (~30 µs each, four studies per
// default fit). Keyed by the own public key (which agreePairwise derives from the secret key
// and checks against the manifest) and the peer's; only successful agreements are kept, so a
// low-order key is refused every time. The secrets are wiped when evicted (the whole cache at
// kMaxEntries: a bound, not a working set) and at exit. Nothing new is exposed: whoever reads
// this process's memory reads its secret key, from which every s_ij follows.
class SharedSecretCache {
public:
    static constexpr std::size_t kBytes = 32;
    static constexpr std::size_t kMaxEntries = 1 << 14;

    ~SharedSecretCache() { wipe(); }

    bool find(const unsigned char *own, const unsigned char *peer, unsigned char *shared)
    {
        const std::lock_guard lock(m_mutex);
        const auto it = m_secrets.find(key(own, peer));
        if (it == m_secrets.end())
            return false;
        std::memcpy(shared, it->second.data(), kBytes);
        return true;
    }

    void insert(const unsigned char *own, const unsigned char *peer, const unsigned char *shared)
    {
        const std::lock_guard lock(m_mutex);
        if (m_secrets.size() >= kMaxEntries)
            wipe();
        std::array<unsigned char, kBytes> &slot = m_secrets[key(own, peer)];
        std::memcpy(slot.data(), shared, kBytes);
    }

private:
    static std::string key(const unsigned char *own, const unsigned char *peer)
    {
        std::string k(2 * kBytes, '\0');
        std::memcpy(k.data(), own, kBytes);
        std::memcpy(k.data() + kBytes, peer, kBytes);
        return k;
    }

    void wipe()
    {
        for (auto &[k, secret] : m_secrets)
            sodium_memzero(secret.data(), secret.size());
        m_secrets.clear();
    }

    std::mutex m_mutex;
    std::unordered_map<std::string, std::array<unsigned char, kBytes>> m_secrets;
};

SharedSecretCache &sharedSecrets()
{
    static SharedSecretCache cache;
    return cache;
}

// The ChaCha20 key stream of the masks and of the sum vectors: the original ChaCha20 of
// libsodium's crypto_stream_chacha20 (32-byte key, 8-byte nonce, 64-bit block counter from 0),
// made by OpenSSL's EVP ChaCha20 with the 16-byte IV (block counter 0 as 8 little-endian bytes,
// then the nonce): the same state words, so the same bytes (issue 16, branch masks8). OpenSSL
// chooses its code for the CPU at start-up (AVX-512 where there is one: 7.4 GB/s here against
// libsodium's 2.4 GB/s; AVX2, SSSE3 or plain C otherwise), and carries the counter's low word
// into its high one as the 64-bit counter does. Where OpenSSL cannot give ChaCha20 (a provider
// configuration without it), libsodium makes the same bytes.
//
// The stream is read in pieces (next(), at most kStreamBlockBytes, a multiple of 64 except for
// the last piece), so that callers add it to their words from a buffer that stays in the L1
// cache instead of storing it whole.
constexpr std::size_t kStreamBlockBytes = 4096;
alignas(64) constexpr unsigned char kZeros[kStreamBlockBytes] = {};

const EVP_CIPHER *opensslChaCha20()
{
    static EVP_CIPHER *const cipher = EVP_CIPHER_fetch(nullptr, "ChaCha20", nullptr);
    return cipher;
}

class ChaCha20Stream {
public:
    ChaCha20Stream()
        : m_ctx(opensslChaCha20() ? EVP_CIPHER_CTX_new() : nullptr)
    {
    }
    ~ChaCha20Stream()
    {
        EVP_CIPHER_CTX_free(m_ctx); // clears the key schedule
        sodium_memzero(m_key, sizeof m_key);
    }
    ChaCha20Stream(const ChaCha20Stream &) = delete;
    ChaCha20Stream &operator=(const ChaCha20Stream &) = delete;

    // Starts the stream of (key, nonce) at block 0.
    void start(const unsigned char *key, const unsigned char *nonce)
    {
        m_offset = 0;
        std::memcpy(m_key, key, sizeof m_key);
        std::memcpy(m_nonce, nonce, sizeof m_nonce);
        m_openssl = false;
        if (m_ctx) {
            unsigned char iv[16] = {};
            std::memcpy(iv + 8, nonce, 8);
            m_openssl = EVP_EncryptInit_ex2(m_ctx, opensslChaCha20(), key, iv, nullptr) == 1;
        }
    }

    // The next n bytes of the stream (n <= kStreamBlockBytes; every piece but the last a
    // multiple of 64 bytes).
    void next(unsigned char *out, std::size_t n)
    {
        if (m_openssl) {
            int written = 0;
            if (EVP_EncryptUpdate(m_ctx, out, &written, kZeros, int(n)) == 1
                && std::size_t(written) == n) {
                m_offset += n;
                return;
            }
            // Should never happen; libsodium goes on from the same block.
            m_openssl = false;
        }
        crypto_stream_chacha20_xor_ic(out, kZeros, n, m_nonce, m_offset / 64, m_key);
        m_offset += n;
    }

private:
    EVP_CIPHER_CTX *m_ctx = nullptr;
    bool m_openssl = false;
    std::uint64_t m_offset = 0;
    unsigned char m_key[crypto_stream_chacha20_KEYBYTES] = {};
    unsigned char m_nonce[crypto_stream_chacha20_NONCEBYTES] = {};
};

QByteArray signedMessage(QByteArrayView domain, const QByteArray &bytes)
{
    QByteArray message;
    message.reserve(domain.size() + 1 + bytes.size());
    message.append(domain);
    message.append('\n');
    message.append(bytes);
    return message;
}

const unsigned char *uc(const QByteArray &bytes)
{
    return reinterpret_cast<const unsigned char *>(bytes.constData());
}

// The shortest text that reads back as the same double (never locale-dependent).
std::string numberText(double v)
{
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, v);
    return std::string(buffer, result.ptr);
}

std::optional<analysis::Error> checkFormat(const FixedPoint &format)
{
    if (format.fractionBits < 0 || format.fractionBits > kMaxFractionBits)
        return makeError(ErrorCode::InvalidArgument,
                         "The fixed-point scale must have 0 to " + std::to_string(kMaxFractionBits)
                             + " fraction bits, not " + std::to_string(format.fractionBits)
                             + "; fix the study manifest's fraction_bits.");
    if (format.participants < 1 || format.participants > kMaxParticipants)
        return makeError(ErrorCode::InvalidArgument,
                         "A masked sum can hold 1 to " + std::to_string(kMaxParticipants)
                             + " participants, not " + std::to_string(format.participants)
                             + "; split the study or use fewer sites.");
    return std::nullopt;
}

// The largest |hi| one encoding may carry: the sum of `participants` of them stays inside the
// signed 64-bit range, so the word-wise sum modulo 2^64 never wraps.
std::uint64_t maxHigh(int participants)
{
    return std::uint64_t(std::numeric_limits<std::int64_t>::max()) / std::uint64_t(participants);
}

// round(v · 2^fractionBits), ties to even, in integer arithmetic (no rounding mode involved).
// nullopt when |V| exceeds `bound`.
std::optional<i128> toFixed(double v, int fractionBits, u128 bound)
{
    const std::uint64_t bits = std::bit_cast<std::uint64_t>(v);
    const bool negative = (bits >> 63) != 0;
    const int biased = int((bits >> 52) & 0x7ff);
    std::uint64_t mantissa = bits & ((std::uint64_t(1) << 52) - 1);
    int exponent; // v = ±mantissa · 2^exponent
    if (biased == 0) {
        exponent = -1074;
    } else {
        mantissa |= std::uint64_t(1) << 52;
        exponent = biased - 1075;
    }
    const int shift = exponent + fractionBits;
    u128 magnitude = 0;
    if (mantissa == 0) {
        magnitude = 0;
    } else if (shift >= 0) {
        // The bound is below 2^115 and a normal mantissa is at least 2^52: a shift by 63 or
        // more exceeds it (and the shift below stays inside 128 bits).
        if (shift >= 63)
            return std::nullopt;
        magnitude = u128(mantissa) << shift;
    } else if (-shift <= 63) {
        const int s = -shift;
        const std::uint64_t q = mantissa >> s;
        const std::uint64_t r = mantissa & ((std::uint64_t(1) << s) - 1);
        const std::uint64_t half = std::uint64_t(1) << (s - 1);
        magnitude = (r > half || (r == half && (q & 1) != 0)) ? q + 1 : q;
    } else {
        magnitude = 0; // below half of the last unit: mantissa < 2^53 <= 2^(s-1)
    }
    if (magnitude > bound)
        return std::nullopt;
    return negative ? -i128(magnitude) : i128(magnitude);
}

// The double nearest to V · 2^-fractionBits (ties to even), from integers only: the magnitude is
// rounded to 53 significant bits by hand, then scaled by an exact power of two.
double fromFixed(i128 value, int fractionBits)
{
    if (value == 0)
        return 0.0;
    const bool negative = value < 0;
    u128 magnitude = negative ? u128(0) - u128(value) : u128(value);
    int width = 0;
    for (u128 m = magnitude; m != 0; m >>= 1)
        ++width;
    int exponent = -fractionBits;
    if (width > 53) {
        const int s = width - 53;
        const u128 q = magnitude >> s;
        const u128 r = magnitude & ((u128(1) << s) - 1);
        const u128 half = u128(1) << (s - 1);
        magnitude = (r > half || (r == half && (q & 1) != 0)) ? q + 1 : q;
        exponent += s; // a carry to 2^53 is still exact as a double
    }
    // magnitude < 2^54 converts exactly; ldexp by an integer power of two is exact here because
    // |V| >= 1 and fractionBits <= 60 keep the result far from the subnormal range.
    const double d = std::ldexp(double(std::uint64_t(magnitude)), exponent);
    return negative ? -d : d;
}

} // namespace

QByteArray sign(const QByteArray &secretKey, QByteArrayView domain, const QByteArray &bytes)
{
    if (!sodiumReady() || secretKey.size() != crypto_sign_SECRETKEYBYTES)
        return {};
    const QByteArray message = signedMessage(domain, bytes);
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    if (crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                             uc(message), quint64(message.size()), uc(secretKey))
        != 0)
        return {};
    return signature;
}

bool verify(const QByteArray &publicKey, QByteArrayView domain, const QByteArray &bytes,
            const QByteArray &signature)
{
    if (!sodiumReady() || publicKey.size() != crypto_sign_PUBLICKEYBYTES
        || signature.size() != crypto_sign_BYTES)
        return false;
    const QByteArray message = signedMessage(domain, bytes);
    return crypto_sign_verify_detached(uc(signature), uc(message), quint64(message.size()),
                                       uc(publicKey))
        == 0;
}

analysis::Result<std::vector<std::uint64_t>> encode(const std::vector<double> &values,
                                                    const FixedPoint &format)
{
    if (auto e = checkFormat(format))
        return *e;
    const std::uint64_t high = maxHigh(format.participants);
    // |V| <= high · 2^52 keeps floor(V / 2^52) within ±high.
    const u128 bound = u128(high) << kLoBits;
    std::vector<std::uint64_t> words;
    words.reserve(values.size() * 2);
    for (size_t k = 0; k < values.size(); ++k) {
        const double v = values[k];
        if (!std::isfinite(v))
            return makeError(ErrorCode::NonFinite,
                             "Value " + std::to_string(k + 1)
                                 + " to encode is not a finite number; nothing was encoded.");
        const std::optional<i128> fixed = toFixed(v, format.fractionBits, bound);
        if (!fixed) {
            const double limit = std::ldexp(double(high), kLoBits - format.fractionBits);
            return makeError(ErrorCode::InvalidValue,
                             "Value " + std::to_string(k + 1) + " (" + numberText(v)
                                 + ") is too large for the masked sum: with "
                                 + std::to_string(format.fractionBits) + " fraction bits and "
                                 + std::to_string(format.participants)
                                 + " participants every value must stay within ±"
                                 + numberText(limit)
                                 + "; nothing was encoded. Use fewer fraction bits.");
        }
        const u128 twos = u128(*fixed); // two's complement: the low bits are V mod 2^k
        words.push_back(std::uint64_t(twos) & kLoMask);
        words.push_back(std::uint64_t(twos >> kLoBits)); // floor(V / 2^52), two's complement
    }
    return words;
}

analysis::Result<void> addWords(std::vector<std::uint64_t> &acc,
                                const std::vector<std::uint64_t> &words)
{
    if (acc.empty())
        acc.assign(words.size(), 0);
    if (acc.size() != words.size())
        return makeError(ErrorCode::InvalidArgument,
                         "A contribution has " + std::to_string(words.size())
                             + " masked words where the sum has " + std::to_string(acc.size())
                             + "; the contributions do not belong to the same round.");
    for (size_t k = 0; k < words.size(); ++k)
        acc[k] += words[k]; // modulo 2^64 by definition of unsigned arithmetic
    return {};
}

analysis::Result<std::vector<double>> decodeSum(const std::vector<std::uint64_t> &summed,
                                                const FixedPoint &format)
{
    if (auto e = checkFormat(format))
        return *e;
    if (summed.size() % 2 != 0)
        return makeError(ErrorCode::InvalidArgument,
                         "The summed words have an odd length (" + std::to_string(summed.size())
                             + "); every value takes two words.");
    const std::uint64_t n = std::uint64_t(format.participants);
    const u128 loLimit = u128(n) << kLoBits; // Σ lo < n · 2^52
    const std::uint64_t hiLimit = maxHigh(format.participants) * n; // |Σ hi| <= this
    std::vector<double> values;
    values.reserve(summed.size() / 2);
    for (size_t k = 0; k < summed.size(); k += 2) {
        const std::uint64_t lo = summed[k];
        const std::int64_t hi = std::bit_cast<std::int64_t>(summed[k + 1]);
        const std::uint64_t hiMagnitude
            = hi < 0 ? std::uint64_t(0) - std::uint64_t(hi) : std::uint64_t(hi);
        // Outside these ranges the words cannot be the sum of `participants` encodings: a
        // contribution was altered, is missing, or a mask did not cancel.
        if (u128(lo) >= loLimit || hiMagnitude > hiLimit)
            return makeError(ErrorCode::InvalidValue,
                             "The summed words of value " + std::to_string(k / 2 + 1)
                                 + " are not the sum of " + std::to_string(n)
                                 + " encodings: a contribution was altered or is missing, or "
                                   "the masks do not cancel. Nothing was decoded.");
        const i128 total = i128(hi) * (i128(1) << kLoBits) + i128(lo);
        values.push_back(fromFixed(total, format.fractionBits));
    }
    return values;
}

// K_ij of pairwiseTag for one study: slot (domain, direction, peer), 32 bytes each, and whether
// it was derived. Derived again (and the old ones wiped) when a tag of another study is asked.
struct PairwiseSecrets::TagKeys {
    static constexpr int kDomains = 4; // ContributionTag, ManifestTag, SumTag, SumSeed
    explicit TagKeys(int participants)
        : keys(std::size_t(kDomains) * 2 * std::size_t(participants) * kTagBytes, 0)
        , derived(std::size_t(kDomains) * 2 * std::size_t(participants), 0)
    {
    }
    ~TagKeys() { wipe(); }
    void wipe()
    {
        if (!keys.empty())
            sodium_memzero(keys.data(), keys.size());
        std::fill(derived.begin(), derived.end(), 0);
    }
    std::mutex mutex;
    QByteArray study;
    std::vector<unsigned char> keys;
    std::vector<unsigned char> derived;
};

PairwiseSecrets::PairwiseSecrets() = default;

PairwiseSecrets::PairwiseSecrets(PairwiseSecrets &&other) noexcept
    : m_index(other.m_index)
    , m_shared(std::move(other.m_shared))
    , m_tagKeys(std::move(other.m_tagKeys))
{
    other.m_index = -1;
    other.m_shared.clear();
}

PairwiseSecrets &PairwiseSecrets::operator=(PairwiseSecrets &&other) noexcept
{
    if (this != &other) {
        if (!m_shared.empty())
            sodium_memzero(m_shared.data(), m_shared.size());
        m_index = other.m_index;
        m_shared = std::move(other.m_shared);
        m_tagKeys = std::move(other.m_tagKeys);
        other.m_index = -1;
        other.m_shared.clear();
    }
    return *this;
}

PairwiseSecrets::~PairwiseSecrets()
{
    if (!m_shared.empty())
        sodium_memzero(m_shared.data(), m_shared.size());
}

analysis::Result<PairwiseSecrets> agreePairwise(const MaskContext &context)
{
    if (!sodiumReady())
        return makeError(ErrorCode::InvalidState, "libsodium could not be initialised.");
    const qsizetype n = context.publicKeys.size();
    if (context.index < 0 || context.index >= n)
        return makeError(ErrorCode::InvalidArgument,
                         "Participant index " + std::to_string(context.index)
                             + " is outside the manifest's " + std::to_string(n)
                             + " participants.");
    if (context.secretKey.size() != crypto_scalarmult_SCALARBYTES)
        return makeError(ErrorCode::InvalidArgument,
                         "The X25519 secret key must be 32 bytes, not "
                             + std::to_string(context.secretKey.size()) + ".");
    // Every key 32 bytes, no two the same (sorted copies: n log n, not n^2 comparisons).
    std::vector<std::pair<QByteArray, qsizetype>> sorted;
    sorted.reserve(size_t(n));
    for (qsizetype j = 0; j < n; ++j) {
        if (context.publicKeys.at(j).size() != crypto_scalarmult_BYTES)
            return makeError(ErrorCode::InvalidArgument,
                             "The X25519 public key of participant " + std::to_string(j)
                                 + " must be 32 bytes, not "
                                 + std::to_string(context.publicKeys.at(j).size()) + ".");
        sorted.emplace_back(context.publicKeys.at(j), j);
    }
    std::sort(sorted.begin(), sorted.end());
    for (size_t k = 1; k < sorted.size(); ++k) {
        if (sorted[k - 1].first == sorted[k].first) {
            const qsizetype a = std::min(sorted[k - 1].second, sorted[k].second);
            const qsizetype b = std::max(sorted[k - 1].second, sorted[k].second);
            return makeError(ErrorCode::InvalidArgument,
                             "Participants " + std::to_string(a) + " and " + std::to_string(b)
                                 + " have the same X25519 public key; every participant "
                                   "needs its own.");
        }
    }
    // The secret must be the one behind this participant's public key in the manifest: a node
    // with the wrong key would mask with pairs that never cancel.
    unsigned char own[crypto_scalarmult_BYTES];
    crypto_scalarmult_base(own, uc(context.secretKey));
    const bool ownMatches
        = sodium_memcmp(own, uc(context.publicKeys.at(context.index)), crypto_scalarmult_BYTES)
        == 0;
    sodium_memzero(own, sizeof own);
    // The cache's key for this key pair: its public key, checked just now to be the secret's.
    const unsigned char *ownPublic = uc(context.publicKeys.at(context.index));
    if (!ownMatches)
        return makeError(ErrorCode::InvalidArgument,
                         "The X25519 secret key does not belong to participant "
                             + std::to_string(context.index) + "'s public key in the manifest.");

    PairwiseSecrets secrets;
    secrets.m_index = context.index;
    secrets.m_shared.assign(size_t(n) * PairwiseSecrets::kBytes, 0);
    secrets.m_tagKeys = std::make_unique<PairwiseSecrets::TagKeys>(int(n));
    for (qsizetype j = 0; j < n; ++j) {
        if (j == context.index)
            continue;
        unsigned char *shared = secrets.m_shared.data() + size_t(j) * PairwiseSecrets::kBytes;
        const unsigned char *peer = uc(context.publicKeys.at(j));
        if (sharedSecrets().find(ownPublic, peer, shared))
            continue;
        // libsodium refuses (returns -1) when the result is all zero: a low-order public key.
        if (crypto_scalarmult(shared, uc(context.secretKey), peer) != 0)
            return makeError(ErrorCode::InvalidArgument,
                             "The X25519 public key of participant " + std::to_string(j)
                                 + " is a low-order point; no mask can be agreed with it.");
        sharedSecrets().insert(ownPublic, peer, shared);
    }
    return secrets;
}

analysis::Result<void> applyMasks(std::vector<std::uint64_t> &words, const MaskContext &context,
                                  const PairwiseSecrets &secrets)
{
    if (!sodiumReady())
        return makeError(ErrorCode::InvalidState, "libsodium could not be initialised.");
    const int n = secrets.participants();
    if (secrets.index() < 0 || context.index != secrets.index() || context.publicKeys.size() != n)
        return makeError(ErrorCode::InvalidArgument,
                         "The agreed secrets belong to participant "
                             + std::to_string(secrets.index()) + " of " + std::to_string(n)
                             + ", not to participant " + std::to_string(context.index) + " of "
                             + std::to_string(context.publicKeys.size()) + ".");
    if (context.study.isEmpty())
        return makeError(ErrorCode::InvalidArgument, "Masks need the study hash; it is empty.");
    if (context.betaHash.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         "Masks need the hash of the round's β; it is empty.");
    if (context.study.contains('\n') || context.betaHash.contains('\n'))
        return makeError(ErrorCode::InvalidArgument,
                         "The study hash and the β hash must not contain a line break.");
    if (context.round < 1)
        return makeError(ErrorCode::InvalidArgument,
                         "Masks need a round from 1 on, not " + std::to_string(context.round)
                             + ".");

    unsigned char nonce[crypto_stream_chacha20_NONCEBYTES] = {};
    for (int b = 0; b < 8; ++b)
        nonce[b] = (unsigned char)((std::uint64_t(context.round) >> (8 * b)) & 0xff);

    // The words are masked in place (nothing below fails once the loop starts), each pair's
    // stream read in pieces of 4 kB from a buffer that stays in the L1 cache: no stream of the
    // words' length to allocate, clear, fault in and wipe (at 100 sites the evaluation's 12,012
    // words, ~96 kB, for each of 99 peers; issue 16, branches sites6 and masks8). The same words.
    std::vector<std::uint64_t> &masked = words;
    constexpr std::size_t kBlockWords = kStreamBlockBytes / 8;
    alignas(64) std::uint64_t block[kBlockWords];
    ChaCha20Stream stream;
    const int self = secrets.index();
    for (int j = 0; j < n; ++j) {
        if (j == self)
            continue;
        const unsigned char *shared = secrets.m_shared.data() + size_t(j) * PairwiseSecrets::kBytes;
        const std::uint32_t lowIndex = std::uint32_t(std::min(self, j));
        const std::uint32_t highIndex = std::uint32_t(std::max(self, j));
        unsigned char indices[8];
        for (int b = 0; b < 4; ++b) {
            indices[b] = (unsigned char)((lowIndex >> (8 * b)) & 0xff);
            indices[4 + b] = (unsigned char)((highIndex >> (8 * b)) & 0xff);
        }
        unsigned char key[crypto_stream_chacha20_KEYBYTES];
        crypto_generichash_state state;
        crypto_generichash_init(&state, shared, PairwiseSecrets::kBytes, sizeof key);
        const unsigned char newline = '\n';
        crypto_generichash_update(&state, uc(context.study), quint64(context.study.size()));
        crypto_generichash_update(&state, &newline, 1);
        crypto_generichash_update(&state, uc(context.betaHash), quint64(context.betaHash.size()));
        crypto_generichash_update(&state, &newline, 1);
        crypto_generichash_update(&state, indices, sizeof indices);
        crypto_generichash_final(&state, key, sizeof key);
        sodium_memzero(&state, sizeof state);
        stream.start(key, nonce);
        sodium_memzero(key, sizeof key);

        for (std::size_t at = 0; at < words.size(); at += kBlockWords) {
            const std::size_t m = std::min(kBlockWords, words.size() - at);
            stream.next(reinterpret_cast<unsigned char *>(block), m * 8);
            // The key stream read as little-endian words: on a little-endian CPU, its bytes as
            // they are.
            if constexpr (std::endian::native != std::endian::little) {
                for (std::size_t k = 0; k < m; ++k) {
                    unsigned char bytes[8];
                    std::memcpy(bytes, &block[k], 8);
                    std::uint64_t mask = 0;
                    for (int b = 0; b < 8; ++b)
                        mask |= std::uint64_t(bytes[b]) << (8 * b);
                    block[k] = mask;
                }
            }
            std::uint64_t *out = masked.data() + at;
            if (j > self) {
                for (std::size_t k = 0; k < m; ++k)
                    out[k] += block[k];
            } else {
                for (std::size_t k = 0; k < m; ++k)
                    out[k] -= block[k];
            }
        }
    }
    sodium_memzero(block, sizeof block);
    return {};
}

analysis::Result<void> applyMasks(std::vector<std::uint64_t> &words, const MaskContext &context)
{
    auto secrets = agreePairwise(context);
    if (!secrets)
        return secrets.error();
    return applyMasks(words, context, *secrets);
}

QByteArray contributionDigest(const QByteArray &bytes)
{
    QByteArray digest(kTagBytes, Qt::Uninitialized);
    if (!sodiumReady())
        return {};
    crypto_generichash(reinterpret_cast<unsigned char *>(digest.data()), size_t(kTagBytes),
                       uc(bytes), quint64(bytes.size()), nullptr, 0);
    return digest;
}

analysis::Result<QByteArray> pairwiseTag(QByteArrayView domain, const PairwiseSecrets &secrets,
                                         QByteArrayView study, int sender, int receiver,
                                         const QByteArray &digest)
{
    if (!sodiumReady())
        return makeError(ErrorCode::InvalidState, "libsodium could not be initialised.");
    if (domain != Domain::ContributionTag && domain != Domain::ManifestTag
        && domain != Domain::SumTag && domain != Domain::SumSeed)
        return makeError(ErrorCode::InvalidArgument,
                         "A pairwise tag is a contribution tag or a manifest tag.");
    const int n = secrets.participants();
    const int self = secrets.index();
    if (sender < 0 || receiver < 0 || sender >= n || receiver >= n || sender == receiver
        || (self != sender && self != receiver))
        return makeError(ErrorCode::InvalidArgument,
                         "A pairwise tag goes from one site to another, and the secrets of "
                         "site "
                             + std::to_string(self) + " make only its own tags, not from "
                             + std::to_string(sender) + " to " + std::to_string(receiver) + " of "
                             + std::to_string(n) + ".");
    if (digest.size() != kTagBytes)
        return makeError(ErrorCode::InvalidArgument,
                         "A pairwise tag covers a 32-byte digest, not "
                             + std::to_string(digest.size()) + " bytes.");
    if (study.isEmpty() || study.contains('\n'))
        return makeError(ErrorCode::InvalidArgument,
                         "A pairwise tag needs the study hash, without a line break.");
    const int peer = self == sender ? receiver : sender;
    const unsigned char *shared = secrets.m_shared.data() + size_t(peer) * PairwiseSecrets::kBytes;
    auto deriveKey = [&](unsigned char *key) {
        unsigned char indices[8];
        for (int b = 0; b < 4; ++b) {
            indices[b] = (unsigned char)((std::uint32_t(sender) >> (8 * b)) & 0xff);
            indices[4 + b] = (unsigned char)((std::uint32_t(receiver) >> (8 * b)) & 0xff);
        }
        crypto_generichash_state state;
        crypto_generichash_init(&state, shared, PairwiseSecrets::kBytes, kTagBytes);
        const unsigned char newline = '\n';
        crypto_generichash_update(&state, reinterpret_cast<const unsigned char *>(domain.data()),
                                  quint64(domain.size()));
        crypto_generichash_update(&state, &newline, 1);
        crypto_generichash_update(&state, reinterpret_cast<const unsigned char *>(study.data()),
                                  quint64(study.size()));
        crypto_generichash_update(&state, &newline, 1);
        crypto_generichash_update(&state, indices, sizeof indices);
        crypto_generichash_final(&state, key, kTagBytes);
        sodium_memzero(&state, sizeof state);
    };
    unsigned char key[kTagBytes];
    if (PairwiseSecrets::TagKeys *cache = secrets.m_tagKeys.get();
        cache && std::size_t(n) * 2 * PairwiseSecrets::TagKeys::kDomains == cache->derived.size()) {
        // K_ij as derived for this study before (the same bytes; derived and kept otherwise).
        const int domainSlot = domain == Domain::ContributionTag ? 0
            : domain == Domain::ManifestTag                      ? 1
            : domain == Domain::SumTag                           ? 2
                                                                 : 3;
        const std::size_t slot
            = (std::size_t(domainSlot) * 2 + (self == sender ? 0 : 1)) * std::size_t(n)
            + std::size_t(peer);
        std::lock_guard lock(cache->mutex);
        if (QByteArrayView(cache->study) != study) {
            cache->wipe();
            cache->study = study.toByteArray();
        }
        unsigned char *kept = cache->keys.data() + slot * kTagBytes;
        if (!cache->derived[slot]) {
            deriveKey(kept);
            cache->derived[slot] = 1;
        }
        std::memcpy(key, kept, kTagBytes);
    } else {
        deriveKey(key);
    }
    QByteArray tag(kTagBytes, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(tag.data()), size_t(kTagBytes), uc(digest),
                       quint64(digest.size()), key, sizeof key);
    sodium_memzero(key, sizeof key);
    return tag;
}

analysis::Result<QByteArray> contributionTag(const PairwiseSecrets &secrets, QByteArrayView study,
                                             int sender, int receiver, const QByteArray &digest)
{
    return pairwiseTag(Domain::ContributionTag, secrets, study, sender, receiver, digest);
}

analysis::Result<QByteArray> manifestTag(const PairwiseSecrets &secrets, QByteArrayView study,
                                         int sender, int receiver, const QByteArray &digest)
{
    return pairwiseTag(Domain::ManifestTag, secrets, study, sender, receiver, digest);
}

namespace {

bool sameTag(const analysis::Result<QByteArray> &expected, const QByteArray &tag)
{
    return tag.size() == kTagBytes && expected
        && sodium_memcmp(expected->constData(), tag.constData(), kTagBytes) == 0;
}

} // namespace

bool verifyContributionTag(const PairwiseSecrets &secrets, QByteArrayView study, int sender,
                           int receiver, const QByteArray &digest, const QByteArray &tag)
{
    return tag.size() == kTagBytes
        && sameTag(contributionTag(secrets, study, sender, receiver, digest), tag);
}

bool verifyManifestTag(const PairwiseSecrets &secrets, QByteArrayView study, int sender,
                       int receiver, const QByteArray &digest, const QByteArray &tag)
{
    return tag.size() == kTagBytes
        && sameTag(manifestTag(secrets, study, sender, receiver, digest), tag);
}

// ---- the summed relay (issue 16, branch sites4) ----------------------------------------------

QByteArray newSumSeed()
{
    QByteArray seed(kSumSeedBytes, Qt::Uninitialized);
    if (sodiumReady())
        randombytes_buf(seed.data(), std::size_t(seed.size()));
    return seed;
}

namespace {

// The key that seals `owner`'s seed for `holder`: BLAKE2b keyed by K_(owner, holder) of the
// SumSeed domain over 32 zero bytes (pairwiseTag's construction; directional, study-bound).
analysis::Result<QByteArray> sealKey(const PairwiseSecrets &secrets, QByteArrayView study,
                                     int owner, int holder)
{
    return pairwiseTag(Domain::SumSeed, secrets, study, owner, holder, QByteArray(kTagBytes, 0));
}

} // namespace

analysis::Result<QByteArray> sealSumSeed(const PairwiseSecrets &secrets, QByteArrayView study,
                                         int owner, int holder, const QByteArray &seed)
{
    if (seed.size() != kSumSeedBytes)
        return makeError(ErrorCode::InvalidArgument, "A sum seed is 32 bytes.");
    auto key = sealKey(secrets, study, owner, holder);
    if (!key)
        return key.error();
    QByteArray sealed(kSealedSumSeedBytes, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(sealed.data());
    randombytes_buf(out, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    unsigned long long length = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(out + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES,
                                               &length, uc(seed), quint64(seed.size()), nullptr, 0,
                                               nullptr, out, uc(*key));
    sodium_memzero(key->data(), std::size_t(key->size()));
    return sealed;
}

analysis::Result<QByteArray> openSumSeed(const PairwiseSecrets &secrets, QByteArrayView study,
                                         int owner, int holder, const QByteArray &sealed)
{
    if (sealed.size() != kSealedSumSeedBytes)
        return makeError(ErrorCode::InvalidArgument, "A sealed sum seed is 72 bytes.");
    auto key = sealKey(secrets, study, owner, holder);
    if (!key)
        return key.error();
    QByteArray seed(kSumSeedBytes, Qt::Uninitialized);
    unsigned long long length = 0;
    const auto *in = uc(sealed);
    const int failed = crypto_aead_xchacha20poly1305_ietf_decrypt(
        reinterpret_cast<unsigned char *>(seed.data()), &length, nullptr,
        in + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES,
        quint64(sealed.size()) - crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, nullptr, 0, in,
        uc(*key));
    sodium_memzero(key->data(), std::size_t(key->size()));
    if (failed != 0 || length != kSumSeedBytes)
        return makeError(ErrorCode::InvalidArgument,
                         "The sealed sum seed does not open with this pair's key: it was sealed "
                         "for another site, another study, or changed.");
    return seed;
}

namespace {

const unsigned char kSumVectorNonce[crypto_stream_chacha20_NONCEBYTES]
    = { 's', 'u', 'm', 'v', 'e', 'c', 't', 'r' };

// r = PRG(seed) in pieces: each call of next() gives the following elements (at most
// kStreamBlockBytes / 16 of them) in an internal buffer.
class SumVectorStream {
public:
    static constexpr std::size_t kBlockElements = kStreamBlockBytes / 16;
    explicit SumVectorStream(const QByteArray &seed) { m_stream.start(uc(seed), kSumVectorNonce); }
    ~SumVectorStream() { sodium_memzero(m_block, sizeof m_block); }
    const field127::u128 *next(std::size_t m)
    {
        auto *bytes = reinterpret_cast<unsigned char *>(m_block);
        m_stream.next(bytes, m * 16);
        // Each element read from its own 16 bytes before it is stored over them: on a
        // little-endian CPU those bytes are the integer already, so only the top bit is cleared
        // and the one value >= q reduced (field127::fromBytes, without its byte loop).
        if constexpr (std::endian::native == std::endian::little) {
            for (std::size_t k = 0; k < m; ++k) {
                const field127::u128 x = m_block[k] & field127::kQ;
                m_block[k] = x == field127::kQ ? 0 : x;
            }
        } else {
            for (std::size_t k = 0; k < m; ++k) {
                const field127::u128 element = field127::fromBytes(bytes + 16 * k);
                m_block[k] = element;
            }
        }
        return m_block;
    }

private:
    ChaCha20Stream m_stream;
    alignas(64) field127::u128 m_block[kBlockElements];
};

} // namespace

std::vector<field127::u128> sumVector(const QByteArray &seed, std::size_t words)
{
    std::vector<field127::u128> r(words);
    if (seed.size() != kSumSeedBytes || words == 0 || !sodiumReady())
        return r;
    static_assert(sizeof(field127::u128) == 16);
    SumVectorStream stream(seed);
    for (std::size_t at = 0; at < words; at += SumVectorStream::kBlockElements) {
        const std::size_t m = std::min(SumVectorStream::kBlockElements, words - at);
        std::memcpy(r.data() + at, stream.next(m), m * 16);
    }
    return r;
}

namespace {

// Σ r_k · w_k over the integers, reduced mod q once at the end (issue 16, branch sites5): the
// same element of F_q as adding field127::mul(r_k, w_k) term by term (both are the canonical
// representative of one integer mod q), at a fraction of the cost — at 100 sites a node makes 99
// sum tags over ~500 words every round. With r_k = a0 + a1 · 2^64 (a0, a1 < 2^64), the two
// 128-bit partial sums Σ a0 · w_k and Σ a1 · w_k are kept exactly, each with a count of its
// carries out of 128 bits (at most one per term), then folded: 2^128 ≡ 2 and 2^192 ≡ 2^65 mod q.
struct Wide {
    field127::u128 low = 0;
    std::uint64_t carries = 0;
    void add(field127::u128 x)
    {
        low += x;
        carries += low < x ? 1 : 0;
    }
};

// The two partial sums, added to piece by piece (a streamed r) and reduced once at the end.
struct LazyProduct {
    Wide s0, s1;
    void add(const field127::u128 *r, const std::uint64_t *w, std::size_t n)
    {
        using field127::u128;
        for (std::size_t k = 0; k < n; ++k) {
            const u128 word = w[k];
            s0.add(u128(std::uint64_t(r[k])) * word);
            s1.add(u128(std::uint64_t(r[k] >> 64)) * word);
        }
    }
    field127::u128 value() const
    {
        using field127::u128;
        // s0 + 2^64 · s1 with s = low + carries · 2^128:
        // s0 ≡ low0 + 2 · carries0; 2^64 · low1 = 2^64 · l + 2^128 · h ≡ 2^64 · l + 2h (low1 = l +
        // h · 2^64); 2^64 · 2^128 · carries1 ≡ 2^65 · carries1.
        const std::uint64_t l = std::uint64_t(s1.low), h = std::uint64_t(s1.low >> 64);
        u128 acc = field127::reduce(s0.low);
        acc = field127::add(acc, field127::reduce(u128(s0.carries) << 1));
        acc = field127::add(acc, field127::reduce(u128(l) << 64));
        acc = field127::add(acc, field127::reduce(u128(h) << 1));
        acc = field127::add(acc, field127::reduce(u128(s1.carries) << 65));
        return acc;
    }
};

field127::u128 lazyInnerProduct(const field127::u128 *r, const std::uint64_t *w, std::size_t n)
{
    LazyProduct product;
    product.add(r, w, n);
    return product.value();
}

// <r, hi · 2^64 + lo> = <r, lo> + 2^64 · <r, hi> mod q.
field127::u128 wordSumElement(field127::u128 low, field127::u128 high)
{
    return field127::add(low, field127::mul(high, field127::u128(1) << 64));
}

} // namespace

field127::u128 sumInnerProduct(const std::vector<field127::u128> &r,
                               const std::vector<std::uint64_t> &words)
{
    return lazyInnerProduct(r.data(), words.data(), std::min(r.size(), words.size()));
}

field127::u128 sumInnerProduct(const std::vector<field127::u128> &r,
                               const std::vector<std::uint64_t> &lo,
                               const std::vector<std::uint64_t> &hi)
{
    // The same element as adding mul(r_k, fromWords(lo_k, hi_k)) term by term.
    const std::size_t n = std::min({ r.size(), lo.size(), hi.size() });
    return wordSumElement(lazyInnerProduct(r.data(), lo.data(), n),
                          lazyInnerProduct(r.data(), hi.data(), n));
}

field127::u128 sumInnerProduct(const QByteArray &seed, const std::vector<std::uint64_t> &words)
{
    if (seed.size() != kSumSeedBytes || words.empty() || !sodiumReady())
        return 0;
    SumVectorStream stream(seed);
    LazyProduct product;
    for (std::size_t at = 0; at < words.size(); at += SumVectorStream::kBlockElements) {
        const std::size_t m = std::min(SumVectorStream::kBlockElements, words.size() - at);
        product.add(stream.next(m), words.data() + at, m);
    }
    return product.value();
}

field127::u128 sumInnerProduct(const QByteArray &seed, const std::vector<std::uint64_t> &lo,
                               const std::vector<std::uint64_t> &hi)
{
    const std::size_t n = std::min(lo.size(), hi.size());
    if (seed.size() != kSumSeedBytes || n == 0 || !sodiumReady())
        return 0;
    SumVectorStream stream(seed);
    LazyProduct low, high;
    for (std::size_t at = 0; at < n; at += SumVectorStream::kBlockElements) {
        const std::size_t m = std::min(SumVectorStream::kBlockElements, n - at);
        const field127::u128 *r = stream.next(m);
        low.add(r, lo.data() + at, m);
        high.add(r, hi.data() + at, m);
    }
    return wordSumElement(low.value(), high.value());
}

analysis::Result<field127::u128> sumPrf(const PairwiseSecrets &secrets, QByteArrayView study,
                                        int sender, int receiver, int round,
                                        const QByteArray &fieldsDigest)
{
    if (fieldsDigest.size() != kTagBytes || round < 1)
        return makeError(ErrorCode::InvalidArgument,
                         "A sum tag covers a round and a 32-byte digest of the fields.");
    unsigned char input[8 + kTagBytes];
    for (int b = 0; b < 8; ++b)
        input[b] = (unsigned char)((std::uint64_t(round) >> (8 * b)) & 0xff);
    std::memcpy(input + 8, fieldsDigest.constData(), kTagBytes);
    QByteArray digest(kTagBytes, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(digest.data()), kTagBytes, input,
                       sizeof input, nullptr, 0);
    auto mac = pairwiseTag(Domain::SumTag, secrets, study, sender, receiver, digest);
    if (!mac)
        return mac.error();
    return field127::fromBytes(uc(*mac));
}

namespace {

QByteArray sumTagBytes(field127::u128 t)
{
    QByteArray tag(kSumTagBytes, Qt::Uninitialized);
    for (int b = 0; b < kSumTagBytes; ++b) {
        tag[b] = char(std::uint8_t(t & 0xff));
        t >>= 8;
    }
    return tag;
}

} // namespace

analysis::Result<QByteArray> sumTag(const PairwiseSecrets &secrets, QByteArrayView study,
                                    int sender, int receiver, int round,
                                    const QByteArray &fieldsDigest,
                                    const std::vector<field127::u128> &r,
                                    const std::vector<std::uint64_t> &words)
{
    if (r.size() < words.size())
        return makeError(ErrorCode::InvalidArgument, "The sum vector is shorter than the words.");
    auto prf = sumPrf(secrets, study, sender, receiver, round, fieldsDigest);
    if (!prf)
        return prf.error();
    return sumTagBytes(field127::add(sumInnerProduct(r, words), *prf));
}

analysis::Result<QByteArray> sumTag(const PairwiseSecrets &secrets, QByteArrayView study,
                                    int sender, int receiver, int round,
                                    const QByteArray &fieldsDigest, const QByteArray &receiverSeed,
                                    const std::vector<std::uint64_t> &words)
{
    if (receiverSeed.size() != kSumSeedBytes)
        return makeError(ErrorCode::InvalidArgument, "A sum seed is 32 bytes.");
    auto prf = sumPrf(secrets, study, sender, receiver, round, fieldsDigest);
    if (!prf)
        return prf.error();
    return sumTagBytes(field127::add(sumInnerProduct(receiverSeed, words), *prf));
}

std::optional<field127::u128> sumTagValue(const QByteArray &tag)
{
    if (tag.size() != kSumTagBytes)
        return std::nullopt;
    field127::u128 x = 0;
    for (int b = kSumTagBytes - 1; b >= 0; --b)
        x = (x << 8) | std::uint8_t(tag[b]);
    if (x >= field127::kQ)
        return std::nullopt;
    return x;
}

} // namespace fairstart::secure

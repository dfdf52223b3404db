// SPDX-License-Identifier: GPL-3.0-or-later
// The cryptography of studies (protocol version 2), shared by the node and the client: Ed25519
// signatures with domain separation, the fixed-point encoding of statistics in Z_2^64, and the
// pairwise X25519/ChaCha20 masks under which only the sum over all participants decodes.
// libsodium underneath; no record and no Qt beyond QtCore's byte arrays.
#pragma once

#include "fairstart/analysis/result.h"
#include "fairstart/secure/field127.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace fairstart::secure {

// What a signature is about. The signed message is the domain, one '\n', then the bytes, so a
// signature of a manifest can never pass as a signature of a contribution.
namespace Domain {
inline constexpr QByteArrayView Manifest = "fairstart/v2/manifest";
// A manifest that says "signature": "sha256": the signature is over the SHA-256 of its canonical
// bytes (protocol::manifestSignedBytes), never over the bytes under this domain.
inline constexpr QByteArrayView ManifestDigest = "fairstart/v2/manifest-sha256";
inline constexpr QByteArrayView Contribution = "fairstart/v2/contribution";
// The key of a contribution tag (below); never the input of a signature.
inline constexpr QByteArrayView ContributionTag = "fairstart/v2/contribution-tag";
// The key of a manifest tag (below); never the input of a signature.
inline constexpr QByteArrayView ManifestTag = "fairstart/v2/manifest-tag";
// The summed relay (issue 16, branch sites4): the key of a linear tag's PRF and the key that
// seals a node's sum seed for one sender. Never the input of a signature.
inline constexpr QByteArrayView SumTag = "fairstart/v2/sum-tag";
inline constexpr QByteArrayView SumSeed = "fairstart/v2/sum-seed";
} // namespace Domain

// Ed25519 (libsodium layout: 64-byte secret key, 32-byte public key, 64-byte signature).
QByteArray sign(const QByteArray &secretKey, QByteArrayView domain, const QByteArray &bytes);
bool verify(const QByteArray &publicKey, QByteArrayView domain, const QByteArray &bytes,
            const QByteArray &signature);

// Fixed point: a value v becomes the integer V = round(v · 2^fractionBits) (ties to even), held as
// two words of Z_2^64: lo = V mod 2^52 and hi = (V - lo) / 2^52 in two's complement. Sums of up to
// `participants` encodings add word by word modulo 2^64 without losing a carry, and decode
// exactly. A value whose |V| is too large for that many participants is refused with a sentence
// that says so (never a silent wrap); NaN and infinity are refused too.
struct FixedPoint {
    int fractionBits = 40;
    int participants = 1;
};
analysis::Result<std::vector<std::uint64_t>> encode(const std::vector<double> &values,
                                                    const FixedPoint &format);
// Adds words into acc modulo 2^64 (acc is resized from empty; otherwise sizes must match, else
// InvalidArgument).
analysis::Result<void> addWords(std::vector<std::uint64_t> &acc,
                                const std::vector<std::uint64_t> &words);
// The values of a word-wise sum of `format.participants` encodings; the same bits on every CPU.
analysis::Result<std::vector<double>> decodeSum(const std::vector<std::uint64_t> &summed,
                                                const FixedPoint &format);

// Pairwise masks. Participant i and j (indices in the manifest's participant order) agree on
// s_ij = X25519(secret_i, public_j); the mask key is BLAKE2b-256 keyed by s_ij of
// (study || '\n' || betaHash || '\n' || min(i,j) || max(i,j)), the indices as 4-byte little-endian,
// and the mask words are the ChaCha20 key stream under that key with the round as nonce.
// (ChaCha20 here and in sumVector is the original one of libsodium's crypto_stream_chacha20: a
// 64-bit nonce and a 64-bit block counter from 0. Since issue 16's branch masks8 its bytes come
// from OpenSSL's EVP ChaCha20 with the IV counter 0 || nonce, the same bytes; OpenSSL picks its
// AVX-512, AVX2 or plain code at start-up, ~3× libsodium's speed where AVX-512 is there.)
// Participant i adds the masks of every j > i and subtracts those of every j < i, so the masks
// cancel in the sum over all participants and nowhere else. The β hash is in the key because the
// difference of two vectors masked with the same key stream is the difference of the plain ones: a
// site colluding with the analyst could otherwise sign two different round k - 1 contributions,
// get an honest node to answer round k at two β, and subtract.
struct MaskContext {
    QByteArray study; // the study hash, UTF-8
    int round = 0;
    int index = 0; // this participant's position in the manifest
    QByteArray secretKey; // this participant's X25519 secret key, 32 bytes
    QList<QByteArray> publicKeys; // every participant's X25519 public key, manifest order
    QByteArray betaHash; // the betaHash of the β this round is at, UTF-8 (required)
};
analysis::Result<void> applyMasks(std::vector<std::uint64_t> &words, const MaskContext &context);

// The pairwise secrets s_ij of one participant with every other, agreed once: they depend only on
// the participant's secret key and the manifest's public keys, so a node keeps them for a study's
// life instead of agreeing N - 1 X25519 secrets at every round. agreePairwise checks what
// applyMasks checks (index, key sizes, distinct keys, the own key, low-order peers); the secrets
// are wiped when the object is destroyed. Masks made from them are the same bits as applyMasks'.
class PairwiseSecrets {
public:
    PairwiseSecrets();
    PairwiseSecrets(const PairwiseSecrets &) = delete;
    PairwiseSecrets &operator=(const PairwiseSecrets &) = delete;
    PairwiseSecrets(PairwiseSecrets &&other) noexcept;
    PairwiseSecrets &operator=(PairwiseSecrets &&other) noexcept;
    ~PairwiseSecrets();

    int index() const { return m_index; }
    int participants() const { return int(m_shared.size() / kBytes); }

private:
    static constexpr std::size_t kBytes = 32;
    friend analysis::Result<PairwiseSecrets> agreePairwise(const MaskContext &context);
    friend analysis::Result<void> applyMasks(std::vector<std::uint64_t> &words,
                                             const MaskContext &context,
                                             const PairwiseSecrets &secrets);
    friend analysis::Result<QByteArray> pairwiseTag(QByteArrayView domain,
                                                    const PairwiseSecrets &secrets,
                                                    QByteArrayView study, int sender, int receiver,
                                                    const QByteArray &digest);
    int m_index = -1;
    std::vector<unsigned char> m_shared; // participants x 32 bytes; the own slot is zero
    // pairwiseTag's derived keys K_ij (one per domain, direction and peer), kept for the study
    // they were derived for: a node tags and checks ~300 contributions a round at 100 sites, and
    // K_ij is the same in every round (issue 16, branch sites7). Made by agreePairwise; wiped
    // with the secrets.
    struct TagKeys;
    std::unique_ptr<TagKeys> m_tagKeys;
};
// Uses context.index, secretKey and publicKeys (study, round and β hash are not needed).
analysis::Result<PairwiseSecrets> agreePairwise(const MaskContext &context);
// applyMasks with secrets agreed before: uses context.study, round and betaHash; context.index and
// the number of public keys must be the secrets' (InvalidArgument otherwise).
analysis::Result<void> applyMasks(std::vector<std::uint64_t> &words, const MaskContext &context,
                                  const PairwiseSecrets &secrets);

// Contribution tags (docs/protocol.md, "Contribution tags"; issue 16): pairwise MACs that let a
// node check a relayed contribution without an Ed25519 verification per participant per round.
// The tag of sender i's contribution for receiver j is
//   BLAKE2b-256 keyed by K_ij over contributionDigest(bytes), with
//   K_ij = BLAKE2b-256 keyed by s_ij of (Domain::ContributionTag || '\n' || study || '\n' ||
//          i || j), the indices as 4-byte little-endian,
// s_ij the X25519 secret of i and j (PairwiseSecrets over the manifest's participants then its
// observers, so that observers check tags too). Only i and j know s_ij: the relaying client
// cannot make or change a tag, and a third site cannot either; j itself could, but only
// towards itself. The key is directional (i -> j is not j -> i) and separated from the masks'
// keys (whose input starts with the study hash, never with "fairstart/"). The contribution's
// Ed25519 signature stays: the client and anyone with the run record verify it.
inline constexpr int kTagBytes = 32;
// BLAKE2b-256 of a contribution's canonical bytes (protocol::contributionBytes): what tags cover.
QByteArray contributionDigest(const QByteArray &bytes);
// The tag from `sender` to `receiver` (indices into the secrets' key list); the secrets must be
// the sender's or the receiver's (secrets.index() is one of them), sender != receiver, and the
// digest kTagBytes long (InvalidArgument otherwise).
analysis::Result<QByteArray> contributionTag(const PairwiseSecrets &secrets, QByteArrayView study,
                                             int sender, int receiver, const QByteArray &digest);
// Constant-time comparison of `tag` with the tag contributionTag would make; false on any
// error (wrong sizes or indices).
bool verifyContributionTag(const PairwiseSecrets &secrets, QByteArrayView study, int sender,
                           int receiver, const QByteArray &digest, const QByteArray &tag);

// Manifest tags (docs/protocol.md, "Manifest tags"; issue 16): the same construction under
// Domain::ManifestTag over the manifest's 32-byte SHA-256 (the study hash's digest). A site's tag
// for another tells that one, and no one else, that it agreed to the manifest: a node of a
// manifest that says "arming": "tags" is armed by the other sites' tags for it instead of N
// Ed25519 verifications per study. Separated from contribution tags by the domain, so neither
// passes as the other.
analysis::Result<QByteArray> manifestTag(const PairwiseSecrets &secrets, QByteArrayView study,
                                         int sender, int receiver, const QByteArray &digest);
bool verifyManifestTag(const PairwiseSecrets &secrets, QByteArrayView study, int sender,
                       int receiver, const QByteArray &digest, const QByteArray &tag);
// The summed relay (docs/protocol.md, "The summed relay"; issue 16, branch sites4). Node j of a
// study whose manifest says "relay": "summed" draws a random seed; r_j = sumVector(seed) is its
// secret vector over F_q (field127.h). It hands the seed to every other site i sealed under a key
// only i and j hold (sealSumSeed: XChaCha20-Poly1305 under BLAKE2b keyed by K_ji of the domain
// SumSeed, directional, bound to the study), relayed by the client, which cannot read it. Sender
// i's linear tag for j over its masked words w_i and its fields' digest h_i is
//   t_ij = <r_j, w_i> + PRF_ij(round, h_i)  (mod q),
// PRF_ij the first 127 bits of pairwiseTag(SumTag, ..., BLAKE2b-256(round || h_i)). Node j, given
// only the fields, the integer word sum S and the tags, checks
//   sum_{i != j} t_ij + <r_j, w_j> = <r_j, S> + sum_{i != j} PRF_ij(round, h_i):
// a client that changes S (or a field: its PRF changes) passes with probability ~1/q.
inline constexpr int kSumSeedBytes = 32;
inline constexpr int kSealedSumSeedBytes = 24 + kSumSeedBytes + 16; // nonce | ciphertext | MAC
inline constexpr int kSumTagBytes = 16; // an element of F_q, little-endian
// A fresh random seed.
QByteArray newSumSeed();
// `owner`'s seed sealed for `holder` (the secrets are the owner's), and its opening (the
// holder's secrets); InvalidArgument when the seal does not open: another study, another pair or
// direction, a changed byte.
analysis::Result<QByteArray> sealSumSeed(const PairwiseSecrets &secrets, QByteArrayView study,
                                         int owner, int holder, const QByteArray &seed);
analysis::Result<QByteArray> openSumSeed(const PairwiseSecrets &secrets, QByteArrayView study,
                                         int owner, int holder, const QByteArray &sealed);
// r = PRG(seed): `words` elements of F_q (ChaCha20 under the seed, 16 bytes an element).
std::vector<field127::u128> sumVector(const QByteArray &seed, std::size_t words);
// <sumVector(seed, words.size()), words> mod q, with r streamed in blocks of a few kB into the
// product instead of stored (issue 16, branch masks8: at 100 sites a node tags 99 peers' r_j every
// round; no vector of 16 bytes a word to allocate, clear and fault in per peer). The same element
// as sumInnerProduct(sumVector(seed, n), words). Zero when the seed is not kSumSeedBytes long (as
// sumVector's zeros would give).
field127::u128 sumInnerProduct(const QByteArray &seed, const std::vector<std::uint64_t> &words);
// <r, hi · 2^64 + lo> with r = sumVector(seed, n) streamed, n the shorter of lo and hi.
field127::u128 sumInnerProduct(const QByteArray &seed, const std::vector<std::uint64_t> &lo,
                               const std::vector<std::uint64_t> &hi);
// <r, w> mod q over words lifted to integers in [0, 2^64); w no longer than r.
field127::u128 sumInnerProduct(const std::vector<field127::u128> &r,
                               const std::vector<std::uint64_t> &words);
// <r, S> for an integer word sum S = hi · 2^64 + lo, word by word (hi < 2^63).
field127::u128 sumInnerProduct(const std::vector<field127::u128> &r,
                               const std::vector<std::uint64_t> &lo,
                               const std::vector<std::uint64_t> &hi);
// PRF_{sender,receiver}(round, fieldsDigest) as an element of F_q; fieldsDigest 32 bytes.
analysis::Result<field127::u128> sumPrf(const PairwiseSecrets &secrets, QByteArrayView study,
                                        int sender, int receiver, int round,
                                        const QByteArray &fieldsDigest);
// The sender's tag for the receiver (kSumTagBytes, little-endian), r the receiver's vector.
analysis::Result<QByteArray> sumTag(const PairwiseSecrets &secrets, QByteArrayView study,
                                    int sender, int receiver, int round,
                                    const QByteArray &fieldsDigest,
                                    const std::vector<field127::u128> &r,
                                    const std::vector<std::uint64_t> &words);
// The same tag with the receiver's r streamed from its seed (sumVector(seed, words.size())).
analysis::Result<QByteArray> sumTag(const PairwiseSecrets &secrets, QByteArrayView study,
                                    int sender, int receiver, int round,
                                    const QByteArray &fieldsDigest, const QByteArray &receiverSeed,
                                    const std::vector<std::uint64_t> &words);
// A tag's element; nullopt unless exactly kSumTagBytes encoding a value below q.
std::optional<field127::u128> sumTagValue(const QByteArray &tag);

// Both tags: BLAKE2b-256 keyed by K_ij over `digest`, K_ij from s_ij and (domain || '\n' ||
// study || '\n' || i || j). Only Domain::ContributionTag, ManifestTag, SumTag and SumSeed are
// taken.
analysis::Result<QByteArray> pairwiseTag(QByteArrayView domain, const PairwiseSecrets &secrets,
                                         QByteArrayView study, int sender, int receiver,
                                         const QByteArray &digest);

} // namespace fairstart::secure

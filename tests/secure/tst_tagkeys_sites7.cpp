// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16, branch `sites7`: pairwiseTag keeps each derived key K_ij for the study it was derived
// for instead of deriving it at every tag. The tags must be the bits of the documented
// construction (every node derives them so, and a node of another version must agree), in every
// domain and direction, when the same secrets tag for one study, then another, then the first
// again, and for secrets moved to another object.
#include "fairstart/secure/secure.h"

#include "x25519keys.h"

#include <QTest>

#include <sodium.h>

#include <vector>

using namespace fairstart::secure;

namespace {

// The secrets of this suite's keys (x25519keys.h).
constexpr testsupport::SecretPattern kSecrets { 41, 13, 7 };

using testsupport::uc;

// docs/protocol.md ("Contribution tags"): K_ij = BLAKE2b-256 keyed by s_ij (the X25519 secret of
// i and j) of (domain || '\n' || study || '\n' || i || j), the indices 4-byte little-endian; the
// tag is BLAKE2b-256 keyed by K_ij over the 32-byte digest.
QByteArray referenceTag(const QByteArray &secretOfSelf, const QByteArray &publicOfPeer,
                        QByteArrayView domain, const QByteArray &study, int sender, int receiver,
                        const QByteArray &digest)
{
    unsigned char shared[crypto_scalarmult_BYTES];
    if (crypto_scalarmult(shared, uc(secretOfSelf), uc(publicOfPeer)) != 0)
        return {};
    QByteArray input = domain.toByteArray() + '\n' + study + '\n';
    for (int value : { sender, receiver }) {
        for (int b = 0; b < 4; ++b)
            input.append(char((std::uint32_t(value) >> (8 * b)) & 0xff));
    }
    unsigned char key[32];
    crypto_generichash(key, sizeof key, uc(input), std::size_t(input.size()), shared,
                       sizeof shared);
    QByteArray tag(32, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(tag.data()), 32, uc(digest),
                       std::size_t(digest.size()), key, sizeof key);
    return tag;
}

} // namespace

class tst_TagKeysSites7 : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }
    void keptKeysGiveTheDocumentedTags();
    void movedSecretsKeepGivingTheDocumentedTags();
};

void tst_TagKeysSites7::keptKeysGiveTheDocumentedTags()
{
    const int n = 5;
    QList<QByteArray> secretKeys;
    const QList<QByteArray> publicKeys = testsupport::x25519Keys(n, &secretKeys, kSecrets);
    std::vector<PairwiseSecrets> secrets;
    for (int i = 0; i < n; ++i) {
        MaskContext context;
        context.index = i;
        context.secretKey = secretKeys[i];
        context.publicKeys = publicKeys;
        auto agreed = agreePairwise(context);
        QVERIFY(agreed.ok());
        secrets.push_back(std::move(agreed).value());
    }
    const QList<QByteArrayView> domains { Domain::ContributionTag, Domain::ManifestTag,
                                          Domain::SumTag, Domain::SumSeed };
    // One study, another, the first again (its keys derived anew), each twice (kept keys).
    const QList<QByteArray> studies { "sha256:aa", "sha256:aa", "sha256:bb", "sha256:aa",
                                      "sha256:bb" };
    int checked = 0;
    for (int pass = 0; pass < studies.size(); ++pass) {
        const QByteArray &study = studies[pass];
        QByteArray digest(32, char(pass * 7 + 1));
        for (QByteArrayView domain : domains) {
            for (int self = 0; self < n; ++self) {
                for (int peer = 0; peer < n; ++peer) {
                    if (peer == self)
                        continue;
                    digest[0] = char(self * n + peer);
                    // Self as sender, then as receiver: both directions of the pair.
                    for (const auto &[sender, receiver] :
                         { std::pair { self, peer }, std::pair { peer, self } }) {
                        auto tag = pairwiseTag(domain, secrets[size_t(self)], study, sender,
                                               receiver, digest);
                        QVERIFY(tag.ok());
                        const QByteArray expected
                            = referenceTag(secretKeys[self], publicKeys[peer], domain, study,
                                           sender, receiver, digest);
                        QCOMPARE(expected.size(), 32);
                        QCOMPARE(*tag, expected);
                        ++checked;
                    }
                }
            }
        }
        // What the pair's other site computes for the same direction is the same tag.
        auto fromSender = contributionTag(secrets[1], study, 1, 3, digest);
        QVERIFY(fromSender.ok());
        QVERIFY(verifyContributionTag(secrets[3], study, 1, 3, digest, *fromSender));
        QVERIFY(
            !verifyContributionTag(secrets[3], study, 1, 3, digest.left(31) + 'x', *fromSender));
        const QByteArray otherStudy = study == "sha256:aa" ? "sha256:bb" : "sha256:aa";
        QVERIFY(!verifyContributionTag(secrets[3], otherStudy, 1, 3, digest, *fromSender));
    }
    QCOMPARE(checked, studies.size() * domains.size() * n * (n - 1) * 2);
}

void tst_TagKeysSites7::movedSecretsKeepGivingTheDocumentedTags()
{
    const int n = 3;
    QList<QByteArray> secretKeys;
    const QList<QByteArray> publicKeys = testsupport::x25519Keys(n, &secretKeys, kSecrets);
    MaskContext context;
    context.index = 0;
    context.secretKey = secretKeys[0];
    context.publicKeys = publicKeys;
    auto agreed = agreePairwise(context);
    QVERIFY(agreed.ok());
    PairwiseSecrets first = std::move(agreed).value();
    const QByteArray digest(32, char(3));
    auto before = contributionTag(first, "sha256:cc", 0, 2, digest); // K_02 kept in `first`
    QVERIFY(before.ok());
    PairwiseSecrets moved(std::move(first));
    auto after = contributionTag(moved, "sha256:cc", 0, 2, digest);
    QVERIFY(after.ok());
    QCOMPARE(*after, *before);
    QCOMPARE(*after,
             referenceTag(secretKeys[0], publicKeys[2], Domain::ContributionTag, "sha256:cc", 0, 2,
                          digest));
    PairwiseSecrets assigned;
    assigned = std::move(moved);
    auto third = contributionTag(assigned, "sha256:dd", 2, 0, digest);
    QVERIFY(third.ok());
    QCOMPARE(*third,
             referenceTag(secretKeys[0], publicKeys[2], Domain::ContributionTag, "sha256:dd", 2, 0,
                          digest));
    // A default-constructed (never agreed) object has no secrets and makes no tag.
    PairwiseSecrets none;
    QVERIFY(!contributionTag(none, "sha256:cc", 0, 1, digest).ok());
}

QTEST_GUILESS_MAIN(tst_TagKeysSites7)
#include "tst_tagkeys_sites7.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// A participant of a study that a test or benchmark plays itself (its own Ed25519 and X25519 keys):
// it signs manifests and contributions as a node would. Used by the test-side relay
// (studyrelay.h) and by the in-process benchmark of a node among many sites (bench_node_relay).
#pragma once

#include "fairstart/protocol/codec.h"
#include "fairstart/protocol/study.h"
#include "fairstart/secure/secure.h"

#include <sodium.h>

#include <vector>

namespace testsupport {

// A site the test itself plays (a participant the analyst controls): its own keys.
struct FakeSite {
    QString name;
    QByteArray signPublic, signSecret; // Ed25519
    QByteArray boxPublic, boxSecret; // X25519

    static FakeSite make(const QString &name)
    {
        FakeSite site;
        site.name = name;
        site.signPublic.resize(crypto_sign_PUBLICKEYBYTES);
        site.signSecret.resize(crypto_sign_SECRETKEYBYTES);
        crypto_sign_keypair(reinterpret_cast<unsigned char *>(site.signPublic.data()),
                            reinterpret_cast<unsigned char *>(site.signSecret.data()));
        site.boxPublic.resize(crypto_box_PUBLICKEYBYTES);
        site.boxSecret.resize(crypto_box_SECRETKEYBYTES);
        crypto_box_keypair(reinterpret_cast<unsigned char *>(site.boxPublic.data()),
                           reinterpret_cast<unsigned char *>(site.boxSecret.data()));
        return site;
    }
    fairstart::protocol::StudyParticipant participant() const
    {
        return { name, QString::fromLatin1(signPublic.toBase64()),
                 QString::fromLatin1(boxPublic.toBase64()) };
    }
    QByteArray signManifest(const fairstart::protocol::StudyManifest &manifest) const
    {
        // Over the manifest's SHA-256 when it says "signature": "sha256", else over its bytes.
        return fairstart::secure::sign(signSecret,
                                       manifest.signsDigest
                                           ? fairstart::secure::Domain::ManifestDigest
                                           : fairstart::secure::Domain::Manifest,
                                       fairstart::protocol::manifestSignedBytes(
                                           manifest, fairstart::protocol::manifestBytes(manifest)));
    }
    fairstart::protocol::SignedContribution sign(const fairstart::protocol::Contribution &c) const
    {
        return { c,
                 fairstart::secure::sign(signSecret, fairstart::secure::Domain::Contribution,
                                         fairstart::protocol::contributionBytes(c)) };
    }
    // Its contribution tag for site `receiver` of a study (docs/protocol.md, "Contribution
    // tags"): `boxKeys` are the X25519 keys of the study's participants then observers, this
    // site at `index`. Empty when the keys do not fit.
    QByteArray tag(const QString &study, const QList<QByteArray> &boxKeys, int index, int receiver,
                   const fairstart::protocol::Contribution &c) const
    {
        fairstart::secure::MaskContext context;
        context.index = index;
        context.secretKey = boxSecret;
        context.publicKeys = boxKeys;
        auto secrets = fairstart::secure::agreePairwise(context);
        if (!secrets)
            return {};
        auto made = fairstart::secure::contributionTag(
            *secrets, study.toUtf8(), index, receiver,
            fairstart::secure::contributionDigest(fairstart::protocol::contributionBytes(c)));
        return made ? *made : QByteArray();
    }
    // Its manifest tag for site `receiver` (docs/protocol.md, "Manifest tags"): keys as above.
    QByteArray manifestTag(const fairstart::protocol::StudyManifest &manifest,
                           const QList<QByteArray> &boxKeys, int index, int receiver) const
    {
        fairstart::secure::MaskContext context;
        context.index = index;
        context.secretKey = boxSecret;
        context.publicKeys = boxKeys;
        auto secrets = fairstart::secure::agreePairwise(context);
        if (!secrets)
            return {};
        const QString study = fairstart::protocol::studyHash(manifest);
        auto made = fairstart::secure::manifestTag(*secrets, study.toUtf8(), index, receiver,
                                                   QByteArray::fromHex(study.mid(7).toLatin1()));
        return made ? *made : QByteArray();
    }
};

// The round statistics a colluding site contributes so that their sum with `own` (the node's)
// has XᵀWX = I and the score `score`: the coordinator's Newton step then moves β by `score` (the
// chosen-β attack). Everything else as in `own`.
inline fairstart::analysis::RoundStats steeringStats(const fairstart::analysis::RoundStats &own,
                                                     const std::vector<double> &score)
{
    fairstart::analysis::RoundStats fake = own;
    std::size_t k = 0;
    for (int i = 0; i < fake.p; ++i) {
        for (int j = i; j < fake.p; ++j, ++k)
            fake.xtwxUpper[k] = (i == j ? 1.0 : 0.0) - own.xtwxUpper[k];
        fake.score[std::size_t(i)] = score[std::size_t(i)] - own.score[std::size_t(i)];
    }
    return fake;
}

} // namespace testsupport

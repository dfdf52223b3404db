// SPDX-License-Identifier: GPL-3.0-or-later
// Protocol version 2 for tests that call node::ApiHandlers in-process: the node's keys (public
// for /v1/info and the manifest, secret for the handlers) and the bodies of a study in which the
// node is the only participant (plain mode, which the default policy allows for one site).
#pragma once

#include "fairstart/node/handlers.h"

#include "fairstart/protocol/codec.h"
#include "fairstart/protocol/study.h"

#include <QRandomGenerator>

#include <sodium.h>

namespace testsupport {

struct TestNodeKeys {
    fairstart::protocol::NodeKeys keys;
    fairstart::node::NodeSecrets secrets;

    static TestNodeKeys make()
    {
        if (sodium_init() < 0)
            return {};
        TestNodeKeys k;
        QByteArray signPublic(crypto_sign_PUBLICKEYBYTES, '\0');
        k.secrets.signSecretKey = QByteArray(crypto_sign_SECRETKEYBYTES, '\0');
        crypto_sign_keypair(reinterpret_cast<unsigned char *>(signPublic.data()),
                            reinterpret_cast<unsigned char *>(k.secrets.signSecretKey.data()));
        QByteArray boxPublic(crypto_box_PUBLICKEYBYTES, '\0');
        k.secrets.boxSecretKey = QByteArray(crypto_box_SECRETKEYBYTES, '\0');
        crypto_box_keypair(reinterpret_cast<unsigned char *>(boxPublic.data()),
                           reinterpret_cast<unsigned char *>(k.secrets.boxSecretKey.data()));
        k.keys.tlsPin = QStringLiteral("sha256//test");
        k.keys.signingKey = QString::fromLatin1(signPublic.toBase64());
        k.keys.keyAgreementKey = QString::fromLatin1(boxPublic.toBase64());
        return k;
    }

    fairstart::protocol::StudyParticipant participant(const QString &nodeName) const
    {
        return { nodeName, keys.signingKey, keys.keyAgreementKey };
    }
};

inline QString newStudyId()
{
    quint32 words[4];
    QRandomGenerator::global()->fillRange(words);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(words), sizeof(words)).toHex());
}

// A study of one participant, the node itself.
inline fairstart::protocol::StudyManifest
soloManifest(const QString &nodeName, const TestNodeKeys &keys,
             const fairstart::analysis::ResolvedDesign &design,
             const QString &purpose = QStringLiteral("research"),
             const QString &dataset = QStringLiteral("cohort"))
{
    fairstart::protocol::StudyManifest m;
    m.studyId = newStudyId();
    m.purpose = purpose;
    m.dataset = dataset;
    m.design = design;
    m.designHash = fairstart::protocol::designHash(design);
    m.mode = QStringLiteral("plain");
    m.participants = { keys.participant(nodeName) };
    return m;
}

inline QByteArray studyJobBody(const fairstart::protocol::StudyManifest &manifest)
{
    return fairstart::protocol::canonicalJson(
        fairstart::protocol::toJson(fairstart::protocol::StudyJobRequest { manifest }));
}

inline QByteArray soloSignatures(const QString &nodeName, const QByteArray &manifestSignature)
{
    fairstart::protocol::SignatureRelay relay;
    relay.signatures = { { nodeName, manifestSignature } };
    return fairstart::protocol::canonicalJson(fairstart::protocol::toJson(relay));
}

inline QByteArray roundBody(int round,
                            const QList<fairstart::protocol::SignedContribution> &previous = {})
{
    fairstart::protocol::RoundRelay relay;
    relay.round = round;
    relay.previous = previous;
    return fairstart::protocol::canonicalJson(fairstart::protocol::toJson(relay));
}

} // namespace testsupport

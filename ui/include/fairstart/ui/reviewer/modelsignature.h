// SPDX-License-Identifier: GPL-3.0-or-later
// Tamper evidence of a model file (branch walk5; docs/workbench.md "Model files and who signed
// them"). Two proofs, each for what the other cannot show:
//
// - The analyst's signature: the workspace holds an Ed25519 key (made at its first Save Model
//   File, the secret kept in the encrypted workspace) and a signer's name; every model file is
//   signed with it, over every byte that the professional's workbench shows or computes with
//   (the description, the report, the signer's name, key and time). A changed byte, a removed
//   signature or another key's signature is seen. Who the key belongs to the professional's
//   workbench cannot know by itself: the first time a key is seen it shows its fingerprint and
//   asks the professional to compare it with the one the organisation published, and remembers
//   the answer (QSettings, per computer user) — as an SSH client does with a host key.
// - The sites' attestations: the fit report inside carries the study record of the pooled fit —
//   the manifest (design, participants and their keys) every node signed and every node's
//   signed attestation of the final β. The coefficients the calculator uses must be those bits,
//   so not even the analyst can edit them and sign the result without the nodes' keys. What it
//   cannot prove is that the keys in the manifest are the sites' (the analyst pinned them); a
//   site's administrator can compare them (the reviewer window's origin line lists them in its
//   tooltip).
#pragma once

#include "fairstart/protocol/report.h"
#include "fairstart/ui/reviewer/trustedsigners.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fairstart::ui {

// The analyst's key of a workspace and the name professionals see.
// A key the workspace signed with before New Key… replaced it: its public half only (the secret
// is gone with the replacement), kept so that the analyst can still name it to the administrator
// for revocation.
struct EarlierSigningKey {
    QString name; // the signer's name while it was in use
    QByteArray publicKey; // Ed25519, 32 bytes
    QDateTime replacedAt; // UTC
};
struct ModelSigner {
    QString name; // "A. de Vries, epidemiologist, GGD Hollands Midden"
    QByteArray secretKey; // Ed25519, 64 bytes (libsodium layout)
    QList<EarlierSigningKey> earlier; // oldest first
    QByteArray publicKey() const;
};
// A new key with that name.
ModelSigner newModelSigner(const QString &name);
// What the workspace keeps (setting "modelSigner") and back; nullopt when it is not one.
QJsonObject toJson(const ModelSigner &signer);
std::optional<ModelSigner> modelSignerFromJson(const QJsonValue &value);

// "3F2A 9C01 77B0 12DE 5A41 0C9E 8F33 6B20": the first 128 bits of the key's SHA-256, in eight
// groups of four hex digits — what a person reads aloud on the phone to compare.
QString keyFingerprint(const QByteArray &publicKey);

// Who signed a model file, and when (the signature verified).
struct ModelFileSignature {
    QString signer;
    QByteArray publicKey;
    QDateTime signedAt; // UTC
};

// The file object with its "signature" member: `object` (toJson of the document) signed now.
QJsonObject signModelObject(const QJsonObject &object, const ModelSigner &signer,
                            const QDateTime &when = QDateTime::currentDateTimeUtc());

// The result of checking a file object's signature.
enum class SignatureCheck {
    Valid,
    Unsigned, // no "signature": a file from before signing (or one it was removed from)
    Malformed, // a "signature" that is not one (missing fields, wrong sizes)
    Tampered, // the signature does not verify: the file was changed after it was signed
};
SignatureCheck checkModelObjectSignature(const QJsonObject &object, ModelFileSignature *who);
// The object without its "signature".
QJsonObject withoutSignature(QJsonObject object);

// The sites' proof of the coefficients.
struct SitesProof {
    bool present = false; // the report carries the pooled fit's study record
    QStringList sites; // the participants whose signatures verified (all of them, when ok)
    QStringList keys; // their signing keys' fingerprints, in the same order
    QString problem; // not empty: what does not hold (the file must not be used)
};
// Checks, offline: the study hash is the manifest's; the manifest is a GLM study of this
// report's design; every participant signed the manifest and attested a final β whose bits
// are the report's coefficients, each signature with the participant's key in the manifest.
SitesProof checkSitesProof(const protocol::FitReport &report);

// What this computer's user decided about signers (QSettings group "modelSigners").
enum class SignerTrust {
    Trusted, // this key was trusted before
    FirstSeen, // never seen, and no other key for this name
    OtherKeyForName, // never seen, but another key was trusted under the same name
    Organisation, // on the organisation's list of trusted signers (signerStanding only)
    Revoked, // revoked on the organisation's list: never opens (signerStanding only)
};
// The user's own decision only (Trusted, FirstSeen or OtherKeyForName).
SignerTrust signerTrust(const ModelFileSignature &signature, QString *otherFingerprint = nullptr);
void trustSigner(const ModelFileSignature &signature);
// The signers this user trusted (name and key; signedAt empty), by name; and forgetting one:
// its next model file asks again.
QList<ModelFileSignature> rememberedSigners();
void forgetSigner(const QByteArray &publicKey);

// What opening a model file of this signer does, the organisation's list (trustedsigners.h)
// before the user's decision: a revoked key never opens, a listed one opens without asking, else
// the user's decision (Trusted, or ask: FirstSeen / OtherKeyForName, where "other" may be the
// key the organisation lists under this name). The caller refuses every file while
// list.problems is not empty.
struct SignerStanding {
    SignerTrust trust = SignerTrust::FirstSeen;
    QString otherFingerprint; // OtherKeyForName: the key trusted before under this name
    std::optional<OrganisationSigner> listed; // Organisation, Revoked: the list's line
};
SignerStanding signerStanding(const ModelFileSignature &signature, const TrustedSignersList &list);

} // namespace fairstart::ui

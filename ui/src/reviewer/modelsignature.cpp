// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/ui/reviewer/modelsignature.h"

#include "fairstart/client/studychecks.h"
#include "fairstart/protocol/codec.h"
#include "fairstart/protocol/study.h"
#include "fairstart/secure/secure.h"
#include "fairstart/secure/signingkeys.h"
#include "fairstart/ui/tr.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QSettings>

#include <algorithm>
#include <cstring>

namespace fairstart::ui {

namespace {

// What a model file's signature is about: never a manifest's or a contribution's.
constexpr QByteArrayView kDomain = "fairstart/model-file";
const QString kSignature = QStringLiteral("signature");
const QString kSettingsGroup = QStringLiteral("modelSigners");

QByteArray keyOf(const QString &base64)
{
    return QByteArray::fromBase64(base64.toLatin1());
}

// The bytes signed: the object with its "signature" member holding signer, key and time only.
QByteArray signedBytes(QJsonObject object, const QJsonObject &signatureWithoutValue)
{
    object.insert(kSignature, signatureWithoutValue);
    return protocol::canonicalJson(object);
}

bool sameBits(const std::vector<double> &a, const Eigen::VectorXd &b)
{
    return a.size() == size_t(b.size())
        && (a.empty() || std::memcmp(a.data(), b.data(), a.size() * sizeof(double)) == 0);
}

} // namespace

QByteArray ModelSigner::publicKey() const
{
    return secure::publicKeyOf(secretKey);
}

ModelSigner newModelSigner(const QString &name)
{
    return ModelSigner { name.simplified(), secure::newSigningKeys().secretKey, {} };
}

QJsonObject toJson(const ModelSigner &signer)
{
    QJsonObject o { { QStringLiteral("name"), signer.name },
                    { QStringLiteral("secretKey"),
                      QString::fromLatin1(signer.secretKey.toBase64()) } };
    QJsonArray earlier;
    for (const EarlierSigningKey &key : signer.earlier)
        earlier.append(QJsonObject {
            { QStringLiteral("name"), key.name },
            { QStringLiteral("publicKey"), QString::fromLatin1(key.publicKey.toBase64()) },
            { QStringLiteral("replacedAt"), key.replacedAt.toString(Qt::ISODate) } });
    if (!earlier.isEmpty())
        o.insert(QStringLiteral("earlier"), earlier);
    return o;
}

std::optional<ModelSigner> modelSignerFromJson(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    ModelSigner signer { o.value(QStringLiteral("name")).toString(),
                         keyOf(o.value(QStringLiteral("secretKey")).toString()),
                         {} };
    if (signer.name.isEmpty() || signer.publicKey().isEmpty())
        return std::nullopt;
    // The workspace is authenticated (SQLCipher's page HMAC): an entry that is not a key was
    // written by no version of Fairstart, and is left out rather than refusing the signer.
    for (const QJsonValue &entry : o.value(QStringLiteral("earlier")).toArray()) {
        const QJsonObject e = entry.toObject();
        EarlierSigningKey key {
            e.value(QStringLiteral("name")).toString(),
            keyOf(e.value(QStringLiteral("publicKey")).toString()),
            QDateTime::fromString(e.value(QStringLiteral("replacedAt")).toString(), Qt::ISODate)
        };
        if (key.publicKey.size() == 32)
            signer.earlier.append(std::move(key));
    }
    return signer;
}

QString keyFingerprint(const QByteArray &publicKey)
{
    const QByteArray hex = QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256)
                               .left(16)
                               .toHex()
                               .toUpper();
    QStringList groups;
    for (qsizetype i = 0; i < hex.size(); i += 4)
        groups << QString::fromLatin1(hex.mid(i, 4));
    return groups.join(QLatin1Char(' '));
}

QJsonObject signModelObject(const QJsonObject &object, const ModelSigner &signer,
                            const QDateTime &when)
{
    QJsonObject signature {
        { QStringLiteral("signer"), signer.name },
        { QStringLiteral("key"), QString::fromLatin1(signer.publicKey().toBase64()) },
        { QStringLiteral("signed"), when.toUTC().toString(Qt::ISODate) },
    };
    const QByteArray bytes = signedBytes(withoutSignature(object), signature);
    signature.insert(
        QStringLiteral("value"),
        QString::fromLatin1(secure::sign(signer.secretKey, kDomain, bytes).toBase64()));
    QJsonObject out = withoutSignature(object);
    out.insert(kSignature, signature);
    return out;
}

QJsonObject withoutSignature(QJsonObject object)
{
    object.remove(kSignature);
    return object;
}

SignatureCheck checkModelObjectSignature(const QJsonObject &object, ModelFileSignature *who)
{
    if (!object.contains(kSignature))
        return SignatureCheck::Unsigned;
    QJsonObject signature = object.value(kSignature).toObject();
    ModelFileSignature found;
    found.signer = signature.value(QStringLiteral("signer")).toString();
    found.publicKey = keyOf(signature.value(QStringLiteral("key")).toString());
    found.signedAt
        = QDateTime::fromString(signature.value(QStringLiteral("signed")).toString(), Qt::ISODate)
              .toUTC();
    const QByteArray value = keyOf(signature.value(QStringLiteral("value")).toString());
    if (found.signer.isEmpty() || found.publicKey.size() != 32 || !found.signedAt.isValid()
        || value.size() != 64 || signature.size() != 4)
        return SignatureCheck::Malformed;
    if (who)
        *who = found;
    signature.remove(QStringLiteral("value"));
    if (!secure::verify(found.publicKey, kDomain, signedBytes(withoutSignature(object), signature),
                        value))
        return SignatureCheck::Tampered;
    return SignatureCheck::Valid;
}

SitesProof checkSitesProof(const protocol::FitReport &report)
{
    SitesProof proof;
    if (!report.study)
        return proof;
    proof.present = true;
    const protocol::StudyRecord &study = *report.study;
    const protocol::StudyManifest &manifest = study.manifest;
    auto fail = [&proof](const QString &problem) {
        proof.problem = problem;
        proof.sites.clear();
        proof.keys.clear();
        return proof;
    };
    if (protocol::studyHash(manifest) != study.study)
        return fail(Tr::tr("the record of the sites' study does not belong to its manifest"));
    if (manifest.kind != protocol::JobKind::Glm
        || protocol::designHash(manifest.design) != manifest.designHash
        || protocol::designHash(report.design) != manifest.designHash)
        return fail(Tr::tr("the model's design is not the one the sites signed"));
    if (manifest.participants.isEmpty())
        return fail(Tr::tr("the sites' study names no site"));
    const QByteArray manifestBytes
        = protocol::manifestSignedBytes(manifest, protocol::manifestBytes(manifest));
    for (const protocol::StudyParticipant &site : manifest.participants) {
        bool signedManifest = false;
        for (const protocol::ManifestSignature &s : study.signatures) {
            if (s.site == site.name
                && client::verifyManifestSignature(manifest, site, s.signature, manifestBytes))
                signedManifest = true;
        }
        if (!signedManifest)
            return fail(Tr::tr("site %1 did not sign the study these coefficients come from")
                            .arg(site.name));
        bool attested = false;
        for (const protocol::SignedContribution &a : study.attestations) {
            const protocol::Contribution &c = a.contribution;
            if (c.site != site.name)
                continue;
            if (!secure::verify(keyOf(site.signingKey), secure::Domain::Contribution,
                                protocol::contributionBytes(c), a.signature)
                || c.study != study.study || c.status != protocol::ContributionStatus::Converged)
                return fail(Tr::tr("site %1's signed result does not verify").arg(site.name));
            if (!sameBits(c.finalBeta, report.glm.beta)
                || protocol::betaHash(c.finalBeta) != c.betaHash)
                return fail(Tr::tr("the coefficients are not the ones site %1 computed and "
                                   "signed")
                                .arg(site.name));
            attested = true;
        }
        if (!attested)
            return fail(Tr::tr("site %1 did not sign these coefficients").arg(site.name));
        proof.sites << site.name;
        proof.keys << keyFingerprint(keyOf(site.signingKey));
    }
    return proof;
}

SignerTrust signerTrust(const ModelFileSignature &signature, QString *otherFingerprint)
{
    QSettings settings;
    settings.beginGroup(kSettingsGroup);
    const QString hex = QString::fromLatin1(signature.publicKey.toHex());
    if (settings.contains(hex))
        return SignerTrust::Trusted;
    for (const QString &key : settings.childKeys()) {
        if (settings.value(key).toString().compare(signature.signer, Qt::CaseInsensitive) == 0) {
            if (otherFingerprint)
                *otherFingerprint = keyFingerprint(QByteArray::fromHex(key.toLatin1()));
            return SignerTrust::OtherKeyForName;
        }
    }
    return SignerTrust::FirstSeen;
}

void trustSigner(const ModelFileSignature &signature)
{
    QSettings settings;
    settings.beginGroup(kSettingsGroup);
    settings.setValue(QString::fromLatin1(signature.publicKey.toHex()), signature.signer);
}

QList<ModelFileSignature> rememberedSigners()
{
    QSettings settings;
    settings.beginGroup(kSettingsGroup);
    QList<ModelFileSignature> signers;
    for (const QString &key : settings.childKeys()) {
        const QByteArray publicKey = QByteArray::fromHex(key.toLatin1());
        if (publicKey.size() == 32)
            signers << ModelFileSignature { settings.value(key).toString(), publicKey, {} };
    }
    std::sort(signers.begin(), signers.end(), [](const auto &a, const auto &b) {
        return a.signer.localeAwareCompare(b.signer) < 0;
    });
    return signers;
}

void forgetSigner(const QByteArray &publicKey)
{
    QSettings settings;
    settings.beginGroup(kSettingsGroup);
    settings.remove(QString::fromLatin1(publicKey.toHex()));
}

SignerStanding signerStanding(const ModelFileSignature &signature, const TrustedSignersList &list)
{
    SignerStanding standing;
    if (std::optional<OrganisationSigner> listed = list.find(signature.publicKey)) {
        standing.trust = listed->revoked ? SignerTrust::Revoked : SignerTrust::Organisation;
        standing.listed = std::move(listed);
        return standing;
    }
    standing.trust = signerTrust(signature, &standing.otherFingerprint);
    // A key the organisation does not list, under the name of one it does: as suspicious as
    // another key under a name the user trusted.
    if (standing.trust == SignerTrust::FirstSeen) {
        if (const std::optional<OrganisationSigner> named = list.findName(signature.signer)) {
            standing.trust = SignerTrust::OtherKeyForName;
            standing.otherFingerprint = named->groupedFingerprint();
        }
    }
    return standing;
}

} // namespace fairstart::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/client/studychecks.h"

#include "fairstart/client/siteregistry.h"
#include "fairstart/client/tr.h"

#include "fairstart/protocol/codec.h"
#include "fairstart/secure/secure.h"

#include <QRandomGenerator>
#include <QSet>

#include <algorithm>

namespace fairstart::client {

namespace {

QByteArray keyBytes(const QString &base64)
{
    return QByteArray::fromBase64(base64.toLatin1());
}

} // namespace

QString studyModeId(StudyMode mode)
{
    switch (mode) {
    case StudyMode::Auto:
        return QStringLiteral("auto");
    case StudyMode::Masked:
        return QStringLiteral("masked");
    case StudyMode::Plain:
        return QStringLiteral("plain");
    }
    return QStringLiteral("auto");
}

std::optional<StudyMode> studyModeFromId(const QString &id)
{
    for (StudyMode m : { StudyMode::Auto, StudyMode::Masked, StudyMode::Plain }) {
        if (studyModeId(m) == id)
            return m;
    }
    return std::nullopt;
}

std::optional<SiteError> checkSiteKeys(const Site &site, const protocol::NodeInfo &info)
{
    if (!SiteRegistry::isValidKey(info.keys.signingKey)
        || !SiteRegistry::isValidKey(info.keys.keyAgreementKey))
        return SiteError::make(
            site.name, SiteError::Kind::Protocol, QStringLiteral("node-keys"),
            Tr::tr("Site %1 published no valid study keys in /v1/info (an Ed25519 "
                   "and an X25519 public key); the node cannot take part in a "
                   "study. Ask its administrator to update the node.")
                .arg(site.name));
    if (site.signingKey.isEmpty() && site.keyAgreementKey.isEmpty())
        return std::nullopt; // recorded by the caller: first use
    // Compared as bytes: the same key in another base64 spelling is the same key.
    if (keyBytes(site.signingKey) != keyBytes(info.keys.signingKey))
        return SiteError::make(
            site.name, SiteError::Kind::Pin, QStringLiteral("signing-key-changed"),
            Tr::tr("Site %1 signs with another key than the one recorded for it "
                   "(recorded %2, now %3): the node was re-initialised, or someone "
                   "is answering in its place. Confirm the new key with the site's "
                   "administrator, then remove signing_key and key_agreement_key "
                   "from the site's entry so that they are recorded again.")
                .arg(site.name, site.signingKey, info.keys.signingKey));
    if (keyBytes(site.keyAgreementKey) != keyBytes(info.keys.keyAgreementKey))
        return SiteError::make(
            site.name, SiteError::Kind::Pin, QStringLiteral("key-agreement-key-changed"),
            Tr::tr("Site %1 presents another key-agreement key than the one "
                   "recorded for it (recorded %2, now %3): the node was "
                   "re-initialised, or someone is answering in its place. Confirm "
                   "the new key with the site's administrator, then remove "
                   "signing_key and key_agreement_key from the site's entry so "
                   "that they are recorded again.")
                .arg(site.name, site.keyAgreementKey, info.keys.keyAgreementKey));
    return std::nullopt;
}

ModeChoice chooseMode(StudyMode requested, const QList<StudySite> &sites)
{
    ModeChoice choice;
    QString mode;
    if (requested == StudyMode::Masked)
        mode = QStringLiteral("masked");
    else if (requested == StudyMode::Plain)
        mode = QStringLiteral("plain");
    else
        mode = sites.size() >= 3 ? QStringLiteral("masked") : QStringLiteral("plain");
    for (const StudySite &s : sites) {
        if (s.info.aggregationModes.contains(mode))
            continue;
        QString message;
        if (mode == QLatin1String("plain") && requested == StudyMode::Auto)
            message = Tr::tr("Site %1 does not allow the plain mode, which a study of %n site(s) "
                             "needs (masked sums hide a site's numbers only among three or more "
                             "sites). Add sites, or ask the site whether its policy can allow "
                             "plain studies.",
                             nullptr, int(sites.size()))
                          .arg(s.site);
        else
            message = Tr::tr("Site %1 does not offer the %2 mode (it offers: %3); choose "
                             "another --mode or ask the site's administrator.")
                          .arg(s.site, mode,
                               s.info.aggregationModes.isEmpty()
                                   ? Tr::tr("none")
                                   : s.info.aggregationModes.join(QStringLiteral(", ")));
        choice.error = SiteError::make(s.site, SiteError::Kind::Protocol,
                                       QStringLiteral("aggregation-mode"), message);
        return choice;
    }
    choice.mode = mode;
    return choice;
}

QString newStudyId()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    QByteArray bytes(reinterpret_cast<const char *>(words), sizeof words);
    return QString::fromLatin1(bytes.toHex());
}

ManifestChoice makeManifest(const StudySetup &setup)
{
    ManifestChoice out;
    protocol::StudyManifest &m = out.manifest;
    m.studyId = newStudyId();
    m.purpose = setup.purpose;
    m.dataset = setup.dataset;
    m.kind = setup.kind;
    m.design = setup.design;
    m.designHash = protocol::designHash(setup.design);
    m.fittedStudy = setup.fittedStudy;
    m.evaluationBins = analysis::evaluationGridBins; // the only grid a node accepts
    m.maxRounds = setup.maxRounds;
    m.tolerance = setup.tolerance;
    m.fitNullModel = setup.fitNullModel;
    m.mode = setup.mode;
    QList<StudySite> all = setup.sites;
    all.append(setup.observers);
    QSet<QString> names;
    QSet<QByteArray> keys;
    for (const StudySite &s : all) {
        const QByteArray key = keyBytes(s.info.keys.signingKey);
        if (names.contains(s.info.name) || keys.contains(key)) {
            QString other;
            for (const StudySite &t : all) {
                if (t.site != s.site
                    && (t.info.name == s.info.name || keyBytes(t.info.keys.signingKey) == key))
                    other = t.site;
            }
            // One node twice would count its records twice in every sum.
            out.error = SiteError::make(s.site, SiteError::Kind::Protocol,
                                        QStringLiteral("duplicate-node"),
                                        Tr::tr("Sites %1 and %2 are the same node ('%3'): its "
                                               "records would count twice. Remove one of them from "
                                               "the run.")
                                            .arg(other, s.site, s.info.name));
            return out;
        }
        names.insert(s.info.name);
        keys.insert(key);
    }
    // Byte-wise on UTF-8, as every node checks the order.
    const auto sorted = [](QList<StudySite> sites) {
        std::sort(sites.begin(), sites.end(), [](const StudySite &a, const StudySite &b) {
            return a.info.name.toUtf8() < b.info.name.toUtf8();
        });
        QList<protocol::StudyParticipant> out;
        for (const StudySite &s : sites)
            out << protocol::StudyParticipant { s.info.name, s.info.keys.signingKey,
                                                s.info.keys.keyAgreementKey };
        return out;
    };
    m.participants = sorted(setup.sites);
    m.observers = sorted(setup.observers);
    // Every site signs the manifest's SHA-256 instead of its bytes when every site (participant
    // or observer) takes the field (issue 16: a node verifies N signatures over 32 bytes each,
    // not over the whole manifest, which grows with N); an older node signs the bytes.
    m.signsDigest = std::all_of(all.begin(), all.end(), [](const StudySite &s) {
        return s.info.capabilities.contains(QStringLiteral("manifest-digest-signatures"));
    });
    // Every site is armed by the others' manifest tags for it instead of N signatures when every
    // site takes them and round 1 arms (issue 16; descriptives studies keep their signatures).
    m.armsByTags = setup.kind != protocol::JobKind::Descriptives
        && std::all_of(all.begin(), all.end(), [](const StudySite &s) {
                       return s.info.capabilities.contains(QStringLiteral("manifest-tags"))
                           && s.info.capabilities.contains(QStringLiteral("arms-with-round-one"));
                   });
    // The summed relay (issue 16, branch sites4; docs/protocol.md "The summed relay"): a masked
    // model study armed by tags whose every site takes it and the tagged binary relay; with any
    // older site every contribution is relayed as before.
    m.summedRelay = m.armsByTags && m.mode == QStringLiteral("masked")
        && (setup.kind == protocol::JobKind::Glm
            || setup.kind == protocol::JobKind::CalibrationSlope
            || setup.kind == protocol::JobKind::CalibrationIntercept)
        && std::all_of(all.begin(), all.end(), [](const StudySite &s) {
                        return s.info.capabilities.contains(QStringLiteral("summed-relay"))
                            && s.info.capabilities.contains(QStringLiteral("binary-relay"))
                            && s.info.capabilities.contains(QStringLiteral("contribution-tags"));
                    });
    return out;
}

int participantIndex(const protocol::StudyManifest &manifest, const QString &name)
{
    for (qsizetype i = 0; i < manifest.participants.size(); ++i) {
        if (manifest.participants.at(i).name == name)
            return int(i);
    }
    return -1;
}

bool verifyManifestSignature(const protocol::StudyManifest &manifest,
                             const protocol::StudyParticipant &participant,
                             const QByteArray &signature, const QByteArray &signedBytes)
{
    return secure::verify(
        keyBytes(participant.signingKey),
        manifest.signsDigest ? secure::Domain::ManifestDigest : secure::Domain::Manifest,
        signedBytes.isEmpty()
            ? protocol::manifestSignedBytes(manifest, protocol::manifestBytes(manifest))
            : signedBytes,
        signature);
}

int statsLength(int p)
{
    return p * (p + 1) / 2 + p + 5;
}

namespace {

// What participants' and observers' answers share: signature, study, site, round, mode, p.
QString checkSigned(const protocol::StudyManifest &manifest, const QString &study,
                    const protocol::StudyParticipant &who, int round, int p,
                    const protocol::SignedContribution &answer)
{
    const protocol::Contribution &c = answer.contribution;
    if (!secure::verify(keyBytes(who.signingKey), secure::Domain::Contribution,
                        protocol::contributionBytes(c), answer.signature))
        return Tr::tr("its round %1 contribution does not carry a valid signature of its "
                      "pinned key: the answer was altered on its way, or another node "
                      "answered")
            .arg(round);
    if (c.study != study)
        return Tr::tr("its round %1 contribution belongs to another study (%2)")
            .arg(round)
            .arg(c.study);
    if (c.site != who.name)
        return Tr::tr("its round %1 contribution is signed for the participant '%2', not '%3'")
            .arg(round)
            .arg(c.site, who.name);
    if (c.round != round)
        return Tr::tr("it answered round %1 with its contribution of round %2")
            .arg(round)
            .arg(c.round);
    if (c.mode != manifest.mode)
        return Tr::tr("its contribution is in the %1 mode, the study's is %2")
            .arg(c.mode, manifest.mode);
    if (c.p != p)
        return Tr::tr("its contribution has %1 columns, the design %2").arg(c.p).arg(p);
    return {};
}

QString checkAttestation(const protocol::Contribution &c, int p)
{
    if (c.finalBeta.size() != size_t(p))
        return Tr::tr("its attestation of the final β has %1 values, the design %2")
            .arg(c.finalBeta.size())
            .arg(p);
    if (protocol::betaHash(c.finalBeta) != c.betaHash)
        return Tr::tr("its attestation's β does not match the β hash it signed");
    return {};
}

} // namespace

QString checkObserverContribution(const protocol::StudyManifest &manifest, const QString &study,
                                  int observer, int round, int p,
                                  const protocol::SignedContribution &answer)
{
    const protocol::StudyParticipant &who = manifest.observers.at(observer);
    if (QString problem = checkSigned(manifest, study, who, round, p, answer); !problem.isEmpty())
        return problem;
    const protocol::Contribution &c = answer.contribution;
    switch (c.status) {
    case protocol::ContributionStatus::Observed:
        return {};
    case protocol::ContributionStatus::Converged:
        return checkAttestation(c, p);
    case protocol::ContributionStatus::Failed:
        return {};
    case protocol::ContributionStatus::Statistics:
    case protocol::ContributionStatus::NonFinite:
    case protocol::ContributionStatus::Evaluation:
    case protocol::ContributionStatus::Descriptives:
        break;
    }
    return Tr::tr("it answered '%1' in round %2, but it is an observer of the study and holds "
                  "no statistics")
        .arg(protocol::contributionStatusId(c.status))
        .arg(round);
}

QString checkContribution(const protocol::StudyManifest &manifest, const QString &study,
                          int participant, int round, int p,
                          const protocol::SignedContribution &answer)
{
    const protocol::StudyParticipant &who = manifest.participants.at(participant);
    if (QString problem = checkSigned(manifest, study, who, round, p, answer); !problem.isEmpty())
        return problem;
    const protocol::Contribution &c = answer.contribution;
    switch (c.status) {
    case protocol::ContributionStatus::Statistics:
        if (manifest.mode == QLatin1String("plain")) {
            if (!c.plain || c.plain->p != p || !c.masked.empty()
                || c.plain->xtwxUpper.size() != size_t(p * (p + 1) / 2)
                || c.plain->score.size() != size_t(p))
                return Tr::tr("its plain statistics do not have the design's shape");
        } else if (c.plain || c.masked.size() != size_t(2 * statsLength(p))) {
            return Tr::tr("its masked statistics hold %1 words, the design needs %2")
                .arg(c.masked.size())
                .arg(2 * statsLength(p));
        }
        break;
    case protocol::ContributionStatus::Converged:
        if (QString problem = checkAttestation(c, p); !problem.isEmpty())
            return problem;
        break;
    case protocol::ContributionStatus::Evaluation:
        // Only an evaluation study's round 1 holds one (maskedevaluation.cpp checks the rest).
        if (manifest.kind != protocol::JobKind::Evaluation || c.bins != manifest.evaluationBins
            || c.masked.size() != 2 * protocol::evaluationLength(manifest.evaluationBins))
            return Tr::tr("its evaluation does not have the study's kind or risk grid");
        break;
    case protocol::ContributionStatus::Descriptives:
        // Only a descriptives study holds one (checkDescriptivesContribution checks it).
        return Tr::tr("it answered with descriptives where a model study was due");
    case protocol::ContributionStatus::Observed:
        return Tr::tr("it answered as an observer, but it is a participant of the study");
    case protocol::ContributionStatus::NonFinite:
    case protocol::ContributionStatus::Failed:
        break;
    }
    return {};
}

analysis::Result<analysis::RoundStats>
sumContributions(const protocol::StudyManifest &manifest, int p,
                 const QList<protocol::SignedContribution> &inOrder)
{
    if (inOrder.size() != manifest.participants.size())
        return analysis::Error { analysis::ErrorCode::InvalidArgument,
                                 "a round needs one contribution per participant",
                                 {} };
    if (manifest.mode == QLatin1String("plain")) {
        analysis::RoundStats sum;
        for (const protocol::SignedContribution &c : inOrder) {
            if (!c.contribution.plain || c.contribution.plain->p != p)
                return analysis::Error { analysis::ErrorCode::InvalidArgument,
                                         "a plain contribution without statistics",
                                         {} };
            sum += *c.contribution.plain;
        }
        return sum;
    }
    std::vector<std::uint64_t> acc;
    for (const protocol::SignedContribution &c : inOrder) {
        std::vector<std::uint64_t> words(c.contribution.masked.begin(),
                                         c.contribution.masked.end());
        analysis::Result<void> added = secure::addWords(acc, words);
        if (!added)
            return added.error();
    }
    secure::FixedPoint format;
    format.fractionBits = manifest.fractionBits;
    format.participants = int(manifest.participants.size());
    analysis::Result<std::vector<double>> values = secure::decodeSum(acc, format);
    if (!values)
        return values.error();
    std::optional<analysis::RoundStats> stats = protocol::statsFromVector(p, *values);
    if (!stats)
        return analysis::Error { analysis::ErrorCode::InvalidArgument,
                                 "the decoded sum does not fit the design's columns",
                                 {} };
    return *stats;
}

QString studyTitle(const protocol::StudyRecord &study)
{
    switch (study.manifest.kind) {
    case protocol::JobKind::Glm:
        return Tr::tr("Fit");
    case protocol::JobKind::CalibrationSlope:
        return Tr::tr("Calibration slope");
    case protocol::JobKind::CalibrationIntercept:
        return Tr::tr("Calibration in the large");
    case protocol::JobKind::Evaluation:
        return Tr::tr("Evaluation");
    case protocol::JobKind::Descriptives:
        return study.manifest.descriptives.histograms.isEmpty() ? Tr::tr("Descriptives")
                                                                : Tr::tr("Histogram cells");
    }
    return Tr::tr("Study");
}

bool everySiteSigned(const protocol::StudyRecord &study)
{
    if (study.manifest.participants.isEmpty() || study.checks.isEmpty())
        return false;
    for (const protocol::StudySignatureCheck &c : study.checks) {
        if (!c.manifest || !c.attestation)
            return false;
    }
    for (const protocol::StudyParticipant &p : study.manifest.participants) {
        const bool checked
            = std::any_of(study.checks.cbegin(), study.checks.cend(),
                          [&](const protocol::StudySignatureCheck &c) { return c.site == p.name; });
        if (!checked)
            return false;
    }
    return true;
}

} // namespace fairstart::client

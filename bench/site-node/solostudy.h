// SPDX-License-Identifier: GPL-3.0-or-later
// Protocol version 2 for the node benchmarks: a study in which the benchmarked node is the only
// participant (plain mode, which the default policy allows for one site). The benchmark plays the
// client over HTTPS: it opens the job with a manifest naming the node (keys from its /v1/info),
// relays the node's own manifest signature, then relays each round's signed contribution back as
// the next round's input, exactly as a client of a one-site federation does. The node computes
// every β itself; a round is therefore the node's real round-(k + 1) work: verify, sum, accept,
// compute the statistics at the new β, gate, sign.
#pragma once

#include "fairstart/protocol/codec.h"
#include "fairstart/protocol/study.h"

#include <httplib.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <optional>
#include <string>

namespace benchsupport {

inline QJsonObject jsonOf(const httplib::Result &answer)
{
    return QJsonDocument::fromJson(QByteArray::fromStdString(answer->body)).object();
}

inline std::string describe(const httplib::Result &answer)
{
    return answer ? std::to_string(answer->status) + " " + answer->body : std::string("no answer");
}

// The node's name and public keys, from /v1/info.
inline std::optional<fairstart::protocol::NodeInfo>
nodeInfo(httplib::SSLClient &c, const httplib::Headers &auth, std::string *error)
{
    auto answer = c.Get("/v1/info", auth);
    if (!answer || answer->status != 200) {
        *error = "/v1/info: " + describe(answer);
        return std::nullopt;
    }
    auto info = fairstart::protocol::fromJson<fairstart::protocol::NodeInfo>(jsonOf(answer));
    if (!info) {
        *error = "/v1/info: cannot read the answer";
        return std::nullopt;
    }
    return std::move(info).value();
}

inline fairstart::protocol::StudyManifest
soloManifest(const fairstart::protocol::NodeInfo &info,
             const fairstart::analysis::ResolvedDesign &design)
{
    quint32 words[4];
    QRandomGenerator::global()->fillRange(words);
    fairstart::protocol::StudyManifest m;
    m.studyId = QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(words), sizeof(words)).toHex());
    m.purpose = QStringLiteral("research");
    m.dataset = QStringLiteral("cohort");
    m.design = design;
    m.designHash = fairstart::protocol::designHash(design);
    m.mode = QStringLiteral("plain");
    m.participants = { { info.name, info.keys.signingKey, info.keys.keyAgreementKey } };
    return m;
}

// POST /v1/jobs with the manifest: the node runs every job-creation check and signs. Returns
// the job's path ("/v1/jobs/<id>") and its created answer, or nullopt with *error set.
inline std::optional<std::string> openStudy(httplib::SSLClient &c, const httplib::Headers &auth,
                                            const fairstart::protocol::StudyManifest &manifest,
                                            fairstart::protocol::JobCreated *created,
                                            std::string *error)
{
    const std::string body
        = fairstart::protocol::canonicalJson(
              fairstart::protocol::toJson(fairstart::protocol::StudyJobRequest { manifest }))
              .toStdString();
    auto answer = c.Post("/v1/jobs", auth, body, "application/json");
    if (!answer || answer->status != 201) {
        *error = "job: " + describe(answer);
        return std::nullopt;
    }
    auto decoded = fairstart::protocol::fromJson<fairstart::protocol::JobCreated>(jsonOf(answer));
    if (!decoded) {
        *error = "job: cannot read the answer";
        return std::nullopt;
    }
    *created = std::move(decoded).value();
    return "/v1/jobs/" + created->jobId.toStdString();
}

// POST /v1/jobs/{id}/signatures with the node's own manifest signature: the job is armed.
inline bool armStudy(httplib::SSLClient &c, const httplib::Headers &auth,
                     const std::string &jobPath, const QString &site,
                     const QByteArray &manifestSignature, std::string *error)
{
    fairstart::protocol::SignatureRelay relay;
    relay.signatures = { { site, manifestSignature } };
    auto answer = c.Post(
        (jobPath + "/signatures").c_str(), auth,
        fairstart::protocol::canonicalJson(fairstart::protocol::toJson(relay)).toStdString(),
        "application/json");
    if (!answer || answer->status != 200) {
        *error = "signatures: " + describe(answer);
        return false;
    }
    return true;
}

// The body of round `round`: round 1 relays nothing, round k + 1 the node's signed round-k
// contribution (the only participant's).
inline std::string roundBody(int round,
                             const std::optional<fairstart::protocol::SignedContribution> &previous)
{
    fairstart::protocol::RoundRelay relay;
    relay.round = round;
    if (previous)
        relay.previous = { *previous };
    return fairstart::protocol::canonicalJson(fairstart::protocol::toJson(relay)).toStdString();
}

inline std::optional<fairstart::protocol::SignedContribution>
postRound(httplib::SSLClient &c, const httplib::Headers &auth, const std::string &jobPath,
          const std::string &body, std::string *error)
{
    auto answer = c.Post((jobPath + "/rounds").c_str(), auth, body, "application/json");
    if (!answer || answer->status != 200) {
        *error = "round: " + describe(answer);
        return std::nullopt;
    }
    auto decoded
        = fairstart::protocol::fromJson<fairstart::protocol::SignedContribution>(jsonOf(answer));
    if (!decoded) {
        *error = "round: cannot read the answer";
        return std::nullopt;
    }
    if (decoded->contribution.status == fairstart::protocol::ContributionStatus::Failed) {
        *error = "round: the study failed: " + decoded->contribution.failure.toStdString();
        return std::nullopt;
    }
    return std::move(decoded).value();
}

inline bool isStatistics(const fairstart::protocol::SignedContribution &c)
{
    return c.contribution.status == fairstart::protocol::ContributionStatus::Statistics
        || c.contribution.status == fairstart::protocol::ContributionStatus::NonFinite;
}

} // namespace benchsupport

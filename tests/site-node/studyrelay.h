// SPDX-License-Identifier: GPL-3.0-or-later
// A test-side relay of protocol version 2 (docs/protocol.md, "Studies"): the test plays the
// client with the protocol codecs and nothing else, so it can send every honest request and every
// tampered one a hostile analyst could. Works with real fairstart-node processes (nodeprocess.h).
#pragma once

// Eigen before httplib: <resolv.h> (through httplib) defines a macro that breaks Eigen.
#include "fairstart/protocol/codec.h"
#include "fairstart/protocol/study.h"
#include "fairstart/secure/secure.h"

#include "fakesite.h"
#include "nodeprocess.h"

#include <QJsonArray>
#include <QRandomGenerator>

#include <sodium.h>

#include <functional>
#include <optional>
#include <vector>

namespace testsupport {

// One site of a study as the relay sees it: its process, the analyst's token there, its
// /v1/info and, once opened, its job.
struct StudySite {
    NodeProcess *node = nullptr;
    QString token;
    fairstart::protocol::NodeInfo info;
    QString jobId;
    QByteArray manifestSignature;
    // "arming": "tags": its manifest tag for every site of the study ("" its own slot).
    QList<QByteArray> manifestTags;
    // "relay": "summed": its sum seed sealed for every site of the study ("" its own slot).
    QList<QByteArray> sumSeeds;
};

inline QString randomStudyId()
{
    quint32 words[4];
    QRandomGenerator::global()->fillRange(words);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(words), sizeof(words)).toHex());
}

inline bool fetchInfo(StudySite &site, QString *error)
{
    const Reply reply = site.node->get("/v1/info", site.token);
    auto info = fairstart::protocol::fromJson<fairstart::protocol::NodeInfo>(reply.json);
    if (reply.status != 200 || !info) {
        *error = QStringLiteral("/v1/info: ") + reply.describe();
        return false;
    }
    site.info = std::move(info).value();
    return true;
}

inline fairstart::protocol::StudyParticipant participantOf(const StudySite &site)
{
    return { site.info.name, site.info.keys.signingKey, site.info.keys.keyAgreementKey };
}

// A manifest over the sites (sorted by name, as the protocol wants) for a design.
inline fairstart::protocol::StudyManifest
makeManifest(const fairstart::analysis::ResolvedDesign &design,
             QList<fairstart::protocol::StudyParticipant> participants,
             QList<fairstart::protocol::StudyParticipant> observers = {},
             const QString &mode = QStringLiteral("masked"))
{
    auto byName = [](const auto &a, const auto &b) {
        return a.name.toUtf8() < b.name.toUtf8();
    };
    std::sort(participants.begin(), participants.end(), byName);
    std::sort(observers.begin(), observers.end(), byName);
    fairstart::protocol::StudyManifest m;
    m.studyId = randomStudyId();
    m.purpose = QStringLiteral("research");
    m.dataset = QStringLiteral("cohort");
    m.design = design;
    m.designHash = fairstart::protocol::designHash(design);
    m.mode = mode;
    m.participants = participants;
    m.observers = observers;
    return m;
}

inline QByteArray body(const QJsonObject &object)
{
    return fairstart::protocol::canonicalJson(object);
}

inline Reply openStudy(StudySite &site, const fairstart::protocol::StudyManifest &manifest)
{
    fairstart::protocol::StudyJobRequest request { manifest };
    Reply reply
        = site.node->post("/v1/jobs", site.token, body(fairstart::protocol::toJson(request)));
    if (reply.status == 201) {
        auto created = fairstart::protocol::fromJson<fairstart::protocol::JobCreated>(reply.json);
        if (created) {
            site.jobId = created->jobId;
            site.manifestSignature = created->manifestSignature;
            site.manifestTags = created->manifestTags;
            site.sumSeeds = created->sumSeeds;
        }
    }
    return reply;
}

inline std::string jobPath(const StudySite &site, const char *tail = "")
{
    return "/v1/jobs/" + site.jobId.toStdString() + tail;
}

inline Reply relaySignatures(const StudySite &site,
                             const fairstart::protocol::SignatureRelay &relay)
{
    return site.node->post(jobPath(site, "/signatures"), site.token,
                           body(fairstart::protocol::toJson(relay)));
}

inline Reply relayRound(const StudySite &site, const fairstart::protocol::RoundRelay &relay)
{
    return site.node->post(jobPath(site, "/rounds"), site.token,
                           body(fairstart::protocol::toJson(relay)));
}

// A round relay with contribution tags for the receiving node (docs/protocol.md,
// "Contribution tags"): one per relayed contribution, "" for the receiver's own.
inline Reply relayRoundTagged(const StudySite &site, const fairstart::protocol::RoundRelay &relay,
                              const QList<QByteArray> &tags)
{
    QJsonObject object = fairstart::protocol::toJson(relay);
    QJsonArray array;
    for (const QByteArray &tag : tags)
        array.append(QString::fromLatin1(tag.toBase64()));
    object.insert(QStringLiteral("tags"), array);
    return site.node->post(jobPath(site, "/rounds"), site.token, body(object));
}

// A round relay with extra arrays of base64 strings in front (contribution tags under "tags",
// manifest tags under "manifest_tags"; docs/protocol.md, "Manifest tags").
inline Reply relayRoundWith(const StudySite &site, const fairstart::protocol::RoundRelay &relay,
                            const QList<std::pair<QString, QList<QByteArray>>> &arrays)
{
    QJsonObject object = fairstart::protocol::toJson(relay);
    for (const auto &[field, values] : arrays) {
        QJsonArray array;
        for (const QByteArray &value : values)
            array.append(QString::fromLatin1(value.toBase64()));
        object.insert(field, array);
    }
    return site.node->post(jobPath(site, "/rounds"), site.token, body(object));
}

// The manifest tags every other site of `sites` made for site `receiver` (a position among the
// manifest's participants then observers), in that order, "" in the receiver's slot: what an
// honest client relays to it in round 1. `sites` in manifest order.
inline QList<QByteArray> manifestTagsFor(const std::vector<StudySite *> &sites, int receiver)
{
    QList<QByteArray> tags;
    for (std::size_t i = 0; i < sites.size(); ++i)
        tags.append(int(i) == receiver ? QByteArray() : sites[i]->manifestTags.value(receiver));
    return tags;
}

// The tags of an answer to a tagged relay (one per site of the study, "" for the node's own).
inline QList<QByteArray> tagsOf(const Reply &reply)
{
    QList<QByteArray> tags;
    for (const QJsonValue &tag : reply.json.value(QStringLiteral("tags")).toArray())
        tags.append(QByteArray::fromBase64(tag.toString().toLatin1()));
    return tags;
}

inline std::optional<fairstart::protocol::SignedContribution> contributionOf(const Reply &reply)
{
    if (reply.status != 200)
        return std::nullopt;
    QJsonObject object = reply.json;
    object.remove(QStringLiteral("tags")); // an answer to a tagged relay; tagsOf reads them
    object.remove(QStringLiteral("sum_tags")); // a summed study's (branch sites4)
    auto decoded = fairstart::protocol::fromJson<fairstart::protocol::SignedContribution>(object);
    if (!decoded)
        return std::nullopt;
    return std::move(decoded).value();
}

// An honest study from start to end over `sites` (participants and observers of the manifest,
// each opened with it). Returns every site's last contribution (Converged when it converged), or
// nullopt with *error set. `rounds` counts the rounds relayed.
struct StudyRun {
    std::vector<fairstart::protocol::SignedContribution> last; // per site, in `sites` order
    std::vector<fairstart::protocol::SignedContribution> previous; // the last relayed round
    std::vector<fairstart::protocol::SignedContribution> answers; // every answer, every round
    int rounds = 0;
    // Tagged studies: each participant's tags of the last round (manifest order), one per site.
    std::vector<QList<QByteArray>> tags;
    std::vector<QList<QByteArray>> answerTags; // with `last`
};

inline bool openAndArm(std::vector<StudySite *> sites,
                       const fairstart::protocol::StudyManifest &manifest, QString *error)
{
    fairstart::protocol::SignatureRelay signatures;
    for (StudySite *site : sites) {
        const Reply opened = openStudy(*site, manifest);
        if (opened.status != 201) {
            *error = site->info.name + QStringLiteral(" open: ") + opened.describe();
            return false;
        }
        signatures.signatures.append({ site->info.name, site->manifestSignature });
    }
    for (StudySite *site : sites) {
        const Reply armed = relaySignatures(*site, signatures);
        if (armed.status != 200) {
            *error = site->info.name + QStringLiteral(" arm: ") + armed.describe();
            return false;
        }
    }
    return true;
}

// Relays one round to every site; the participants' answers in manifest order go to *next.
// With `tagged`, each site gets the tags the participants made for it (run->tags) and answers
// with its own.
inline int sitePosition(const fairstart::protocol::StudyManifest &manifest, const QString &name)
{
    for (qsizetype i = 0; i < manifest.participants.size(); ++i)
        if (manifest.participants[i].name == name)
            return int(i);
    for (qsizetype i = 0; i < manifest.observers.size(); ++i)
        if (manifest.observers[i].name == name)
            return int(manifest.participants.size() + i);
    return -1;
}

inline bool relayToAll(std::vector<StudySite *> sites,
                       const fairstart::protocol::StudyManifest &manifest,
                       const fairstart::protocol::RoundRelay &relay, StudyRun *run, QString *error,
                       bool tagged = false)
{
    run->last.clear();
    run->answerTags.clear();
    std::vector<fairstart::protocol::SignedContribution> next(
        std::size_t(manifest.participants.size()));
    std::vector<QList<QByteArray>> nextTags(std::size_t(manifest.participants.size()));
    for (StudySite *site : sites) {
        QList<QByteArray> tags;
        const int position = sitePosition(manifest, site->info.name);
        for (std::size_t i = 0; tagged && !relay.previous.isEmpty() && i < run->tags.size(); ++i)
            tags.append(int(i) == position ? QByteArray() : run->tags[i].value(position));
        const Reply answer
            = tagged ? relayRoundTagged(*site, relay, tags) : relayRound(*site, relay);
        auto contribution = contributionOf(answer);
        if (!contribution) {
            *error = site->info.name + QStringLiteral(" round %1: ").arg(relay.round)
                + answer.describe();
            return false;
        }
        run->last.push_back(*contribution);
        run->answers.push_back(*contribution);
        run->answerTags.push_back(tagsOf(answer));
        for (qsizetype i = 0; i < manifest.participants.size(); ++i) {
            if (manifest.participants[i].name == contribution->contribution.site) {
                next[std::size_t(i)] = *contribution;
                nextTags[std::size_t(i)] = run->answerTags.back();
            }
        }
    }
    run->previous = next;
    run->tags = nextTags;
    run->rounds = relay.round;
    return true;
}

inline std::optional<StudyRun> runStudy(std::vector<StudySite *> sites,
                                        const fairstart::protocol::StudyManifest &manifest,
                                        QString *error, bool tagged = false)
{
    if (!openAndArm(sites, manifest, error))
        return std::nullopt;
    StudyRun run;
    fairstart::protocol::RoundRelay relay;
    relay.round = 1;
    for (int guard = 0; guard < 120; ++guard) {
        if (!relayToAll(sites, manifest, relay, &run, error, tagged))
            return std::nullopt;
        bool converged = true;
        for (const auto &c : run.last) {
            if (c.contribution.status == fairstart::protocol::ContributionStatus::Failed) {
                *error = QStringLiteral("the study failed: ") + c.contribution.failure;
                return std::nullopt;
            }
            converged = converged
                && c.contribution.status == fairstart::protocol::ContributionStatus::Converged;
        }
        if (converged)
            return run;
        relay.round += 1;
        relay.previous = QList<fairstart::protocol::SignedContribution>(run.previous.begin(),
                                                                        run.previous.end());
    }
    *error = QStringLiteral("the study did not end within 120 rounds");
    return std::nullopt;
}

inline void closeJobs(const std::vector<StudySite *> &sites)
{
    for (StudySite *site : sites) {
        if (!site->jobId.isEmpty())
            site->node->del(jobPath(*site), site->token);
        site->jobId.clear();
    }
}

} // namespace testsupport

// SPDX-License-Identifier: GPL-3.0-or-later
// A study at this node (protocol version 2, docs/protocol.md "Studies"): the manifest it signed,
// whether every participant's signature of it was verified (armed), and its own coordinator,
// which decides every β from sums this node verified itself. Shared by the job's spec (one per
// job); its mutex serialises the job's requests.
#pragma once

#include "fairstart/analysis/glm.h"
#include "fairstart/protocol/study.h"
#include "fairstart/secure/secure.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace fairstart::node {

class CompactColumns; // api/designcache_p.h
struct StudyState;

// This node's X25519 secrets with every site of the study (participants, then observers): the
// keys of contribution and manifest tags, agreed once per study and kept in it (studies.cpp).
// *position: this node among every site of the manifest. nullptr when they cannot be agreed.
// The caller holds the study's mutex, or the study is not shared yet.
const secure::PairwiseSecrets *studyTagSecrets(StudyState &study, const QString &self,
                                               const QByteArray &boxSecretKey, int *position);
// The 32-byte SHA-256 of the manifest's canonical bytes, from its study hash ("sha256:" + hex):
// what a manifest tag covers (docs/protocol.md, "Manifest tags").
QByteArray manifestDigest(const QString &studyHash);

struct StudyState {
    std::mutex mutex;
    protocol::StudyManifest manifest;
    QString hash; // protocol::studyHash(manifest)
    QByteArray bytes; // protocol::manifestBytes(manifest): what every site signs
    int index = -1; // this node's position among the participants; -1 for an observer
    bool observer() const { return index < 0; }
    // Decoded public keys: Ed25519 of the participants then the observers; X25519 of the
    // participants (the masks' order).
    QList<QByteArray> signingKeys;
    QList<QByteArray> boxKeys;
    // This participant's X25519 secrets with every other (masked studies), agreed at its first
    // masked round and kept for the study's life: the keys do not change between rounds.
    std::optional<secure::PairwiseSecrets> pairwise;
    // Its X25519 secrets with every site, participants then observers: the keys of contribution
    // tags (docs/protocol.md, "Contribution tags"), agreed at the first tagged round. A study
    // without observers uses `pairwise` (the same secrets).
    std::optional<secure::PairwiseSecrets> tagSecrets;
    analysis::Family family = analysis::Family::Binomial;
    double ridgeLambda = 0.0;
    bool hasOffset = false;
    std::vector<std::string> terms;
    QByteArray siteFitAnswer; // the released per-site fit, answered again on a repeat
    // A model study: this node's statistics of the last round it computed (released by its
    // gate) and that round's β, where its per-site fit starts (issue 16).
    std::optional<analysis::RoundStats> lastStatistics;
    std::vector<double> lastStatisticsBeta;

    bool armed = false; // every participant's and observer's signature verified
    // The store's peersVersion() and the policy's allowUnknownPeers at which every site of the
    // manifest last passed the pinned-peers check (endIfPeerRemoved): while both are the same,
    // the check's inputs are, and so is its verdict. The caller holds `mutex`.
    std::optional<std::pair<quint64, bool>> peersChecked;
    QStringList verified; // the sites whose manifest signatures were verified, manifest order

    // The coordinator: the same options and the same sums at every node give the same β.
    std::unique_ptr<analysis::GlmCoordinator> coordinator;
    int round = 0; // the last round this node answered (0: none yet)
    QString betaHash; // the β of that round (protocol::betaHash)
    // The study's end: converged (finalBeta set), failed, or ended by a refused relay (reason).
    bool ended = false;
    QString endReason;
    std::optional<std::vector<double>> finalBeta;
    // Evaluation studies: the fitted study's final β this node computed itself (from its record
    // of studies, never from the client), and the hash the contributions name.
    std::vector<double> fittedBeta;
    QString fittedBetaHash;
    // Evaluation studies: the design's columns (designColumns) for the round's bin-ledger check.
    // The job recorded the design's cohort and cells in the ledger already, so the round's check
    // splits no atom and reads no other column; the table is not read again for it (issue 16:
    // reading it kept the whole table in memory, 48 MB at 250,000 records × 20 predictors).
    // Kept compact between requests (CompactColumns: the codes in one byte), expanded by the round.
    std::shared_ptr<const CompactColumns> ledgerColumns;

    // "relay": "summed" (docs/protocol.md, "The summed relay"; issue 16, branch sites4).
    // This node's seed: its r = secure::sumVector(sumSeed, words), streamed from the seed into
    // each product where it is needed (issue 16, branch masks8), never stored.
    QByteArray sumSeed;
    // Every other site's seed for this node to tag with (opened from round 1's "sum_seeds"),
    // indexed as the tags (participants, then observers; empty in the own slot); their r
    // streamed the same way.
    QList<QByteArray> peerSumSeeds;
    // This participant's last answer's fields (protocol::contributionFieldsBytes) and masked
    // words: its own slot of the next summed relay is checked against them, its words added.
    QByteArray lastOwnFields;
    std::vector<std::uint64_t> lastOwnWords;
};

} // namespace fairstart::node

// SPDX-License-Identifier: GPL-3.0-or-later
// A site's slot and a study as the client follows them (federatedrun.cpp runs the study;
// maskedevaluation.cpp reads an evaluation study's round).
#pragma once

#include "fairstart/client/federatedrun.h"

#include "fairstart/analysis/glm.h"
#include "fairstart/protocol/batchcodec.h"
#include "fairstart/protocol/study.h"

#include <QList>
#include <QString>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace fairstart::client {

// A run's own error: no site, analysis or node error behind it.
RunError runError(const QString &phase, const QString &message);
// The "start" error of the first risk threshold not strictly between 0 and 1, checked before
// anything is asked (FederatedRun, and ValidationRun before its first fold).
std::optional<RunError> thresholdsError(const std::vector<double> &thresholds);

struct FederatedRun::Slot {
    Site site;
    bool active = true;
    SiteState state = SiteState::Waiting;
    protocol::NodeInfo info;
    bool answeredInfo = false; // info holds the site's answer (nodeInfos() lists it)
    protocol::CatalogueDataset catalogue;
    protocol::SiteRecord record;
    double lastMs = 0;
};

struct FederatedRun::Study {
    protocol::JobKind kind = protocol::JobKind::Glm;
    QString phase;
    std::function<void(analysis::GlmResult)> then;
    protocol::StudyManifest manifest;
    QString hash; // protocol::studyHash(manifest)
    // What every site's manifest signature covers (protocol::manifestSignedBytes), made once:
    // the manifest grows with the sites, and each of N signatures is checked against it.
    QByteArray signedBytes;
    std::vector<int> slots; // the slot of each participant, in manifest order
    // The slots of the participants, then of the observers, in manifest order: every node the
    // study's requests go to; a position here is a participant index, or participants + j for
    // observer j.
    std::vector<int> everyone;
    std::map<int, int> participant; // slot -> position in everyone
    std::map<int, protocol::SignedContribution> observerAnswers; // this round's, by position
    std::map<int, QString> jobIds; // by slot
    std::vector<std::string> terms;
    std::optional<analysis::GlmCoordinator> coordinator; // the same as every node's
    QList<protocol::ManifestSignature> signatures; // manifest order
    std::map<int, protocol::SignedContribution> answers; // this round's, by participant
    QList<protocol::SignedContribution> previous; // the last round's, manifest order
    // Contribution tags (docs/protocol.md, "Contribution tags"): every site of a model study
    // announced "contribution-tags", so each node checks the relayed contributions by their
    // tags for it instead of N Ed25519 signatures (this client still verifies every signature).
    // tags[k] holds participant k's last tags, one per site of `everyone` ("" for its own).
    bool tagged = false;
    std::vector<QList<QByteArray>> tags;
    // Every site of a tagged study listed "binary-relay": rounds 2 and later go as
    // application/x-fairstart-relay (docs/protocol.md, "The binary relay"), the contributions'
    // parts encoded once per round, each node's tags in front.
    bool binaryRelay = false;
    // Every site of the study listed "arms-with-round-one": round 1 carries the manifest
    // signatures and arms the study, instead of a separate signature relay (issue 16).
    bool armsWithRoundOne = false;
    // The manifest says "arming": "tags" (every site listed "manifest-tags"): manifestTags[k]
    // holds site k's manifest tags (position in `everyone`), one per site, its own slot empty;
    // round 1 hands each node the others' tags for it instead of the signatures (issue 16).
    std::vector<QList<QByteArray>> manifestTags;
    // The manifest says "relay": "summed" (docs/protocol.md, "The summed relay"): sumSeeds[k]
    // holds site k's sealed seeds, one per site (its own slot empty), handed out in round 1;
    // sumTags[k] participant k's last linear tags, one per site. Rounds 2 and on send each node
    // the fields, the word sum and its tags instead of every contribution.
    std::vector<QList<QByteArray>> sumSeeds;
    std::vector<QList<QByteArray>> sumTags;
    int round = 0;
    // What the next answers must be: the coordinator converged (attestations) or failed.
    enum class Expect { Statistics, Converged, Failed };
    Expect expect = Expect::Statistics;
    std::optional<analysis::GlmResult> result;
    analysis::Error failure;
    QList<protocol::SignedContribution> attestations;
    QList<protocol::StudySignatureCheck> checks;
    // The GLM study: the parts after the fit that still use its jobs (the per-site fits, the
    // plain and subgroup evaluations); when the last one ends they are cancelled at once.
    int jobUsers = 0;
    bool evaluationUsesJobs = false; // the evaluation is one of them (plain, subgroups)
    // The masked evaluation is one of them until its own jobs are open at every site (afterFit).
    bool evaluationHoldsJobs = false;
    // The per-site fits end the jobs at the nodes that take {"end_job": true} (capability
    // "site-fit-ends-job"): they are then the jobs' last users, so no DELETE follows them (issue
    // 16, branch sites8). While the masked evaluation holds the jobs, the fits wait for its
    // jobs to open (siteFitsWait), as the DELETEs did (docs/performance.md, "regress").
    bool siteFitsEndJobs = false;
    bool siteFitsWait = false;
    // Issue 16, branch sites11: where a node takes request batches (capability "batch"), its
    // waiting site fit goes with the masked evaluation's job opening in one batch (the job
    // first, so the order at the node is the one above): these slots, and each one's site-fit
    // answer as the batch brought it (docs/protocol.md, "Requests in one batch").
    std::set<int> siteFitsInBatch;
    std::map<int, protocol::BatchAnswer> batchedSiteFits;
    // Further still, where every node takes batches: the model study's last round (the
    // attestations, which the client knows are due from the sums) carries the masked
    // evaluation's job and the site fit as parts 2 and 3, so that both are done when the fit
    // ends. evaluationAhead: the evaluation study made then (buildingAhead while runStudy makes
    // it), opened from aheadJobs (each node's answer to part 2) instead of the network.
    std::shared_ptr<Study> evaluationAhead;
    bool buildingAhead = false;
    std::map<int, protocol::BatchAnswer> aheadJobs;
    // The last summed statistics the coordinator accepted and the β they were computed at (a
    // model study's last round before its attestation): the calibration of the fit on its own
    // records is computed from them (FederatedRun::calibrationFromFit).
    std::optional<analysis::RoundStats> lastSum;
    Eigen::VectorXd lastSumBeta;
};

} // namespace fairstart::client

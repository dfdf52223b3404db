// SPDX-License-Identifier: GPL-3.0-or-later
// The client's side of a study (protocol version 2, docs/protocol.md "Studies"): which mode, the
// manifest every node signs, and the checks the client makes of every answer before it relays
// it. The client computes nothing from records and chooses no β; it verifies what the nodes
// signed, sums it exactly as every node does, and runs the same coordinator to follow the fit.
#pragma once

#include "fairstart/client/site.h"
#include "fairstart/client/siteerror.h"

#include "fairstart/analysis/glm.h"
#include "fairstart/analysis/result.h"
#include "fairstart/protocol/messages.h"
#include "fairstart/protocol/study.h"

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace fairstart::client {

enum class StudyMode {
    Auto, // masked with three or more participants; plain below that, where every node allows it
    Masked,
    Plain,
};
QString studyModeId(StudyMode mode); // "auto", "masked", "plain"
std::optional<StudyMode> studyModeFromId(const QString &id);

// A node's study keys from /v1/info: well formed, and equal to the keys the analyst holds for
// the site when it holds any. A changed key is a Pin error that names the site and what to do.
std::optional<SiteError> checkSiteKeys(const Site &site, const protocol::NodeInfo &info);

// One site of a study: the analyst's name for it and what its node said in /v1/info.
struct StudySite {
    QString site;
    protocol::NodeInfo info;
};

struct ModeChoice {
    QString mode; // "masked" or "plain"; empty on error
    std::optional<SiteError> error; // names the site that does not offer the mode
};
// Auto is masked with three or more sites and plain with fewer; every site must list the mode in
// /v1/info's aggregation modes (a node offers plain only where its policy allows it).
ModeChoice chooseMode(StudyMode requested, const QList<StudySite> &sites);

// 128 random bits from the system's generator, as 32 lower-case hex digits.
QString newStudyId();

struct StudySetup {
    QString purpose;
    QString dataset;
    protocol::JobKind kind = protocol::JobKind::Glm;
    analysis::ResolvedDesign design;
    QString fittedStudy; // calibration and evaluation kinds: the GLM study's hash
    int maxRounds = 25;
    double tolerance = 1e-10;
    bool fitNullModel = true;
    QString mode;
    QList<StudySite> sites;
    // Nodes that follow the study without contributing (leave one site out: the held-out site,
    // which then evaluates the final β on its own records). Disjoint from sites.
    QList<StudySite> observers;
};

struct ManifestChoice {
    protocol::StudyManifest manifest;
    std::optional<SiteError> error; // two sites that are one node (same name or same key)
};
// The manifest of a study: a new study id, the design and its hash, the coordinator's options,
// the mode, and the participants and observers (each node's own name and keys) sorted by name
// byte-wise; no node twice across both lists; signed over its SHA-256 ("signature": "sha256")
// when every site lists the capability "manifest-digest-signatures".
ManifestChoice makeManifest(const StudySetup &setup);

// The index of a node in the manifest's participants, -1 when it is not one.
int participantIndex(const protocol::StudyManifest &manifest, const QString &name);

// Verifies a node's signature of the manifest with the participant's signing key (over the
// manifest's bytes, or its SHA-256 when it says "signature": "sha256"). `signedBytes`, when
// given, is protocol::manifestSignedBytes of the manifest, computed once for all its sites.
bool verifyManifestSignature(const protocol::StudyManifest &manifest,
                             const protocol::StudyParticipant &participant,
                             const QByteArray &signature, const QByteArray &signedBytes = {});

// The length of statsVector for p columns: p(p+1)/2 + p + 5.
int statsLength(int p);

// What the client checks of one participant's answer to round `round` before it relays it: the
// signature with that participant's pinned key, then study, site, round, mode, the number of
// columns and the shape its status requires. Empty when it holds; otherwise what failed, in a
// sentence without the site's name (the caller names it).
QString checkContribution(const protocol::StudyManifest &manifest, const QString &study,
                          int participant, int round, int p,
                          const protocol::SignedContribution &answer);

// The same for an observer's answer (index into manifest.observers): it must be 'observed' (it
// computed the β of the round itself and holds no statistics) or, once the coordinator
// converged, the attestation of the final β.
QString checkObserverContribution(const protocol::StudyManifest &manifest, const QString &study,
                                  int observer, int round, int p,
                                  const protocol::SignedContribution &answer);

// The sum of every participant's Statistics contribution, in manifest order, exactly as every
// node sums it: plain RoundStats += ; masked secure::addWords, then secure::decodeSum and
// protocol::statsFromVector. `inOrder` holds one checked contribution per participant.
analysis::Result<analysis::RoundStats>
sumContributions(const protocol::StudyManifest &manifest, int p,
                 const QList<protocol::SignedContribution> &inOrder);

// A run record's study as the workbench and the CLI show it.
// What it computed, as a heading names it: "Fit", "Calibration slope", "Calibration in the
// large", "Evaluation", "Descriptives", "Histogram cells".
QString studyTitle(const protocol::StudyRecord &study);
// True when every participant's manifest signature and signed answer (final-β attestation or
// masked descriptives) verified, and every other recorded check (an observer's) too.
bool everySiteSigned(const protocol::StudyRecord &study);

} // namespace fairstart::client

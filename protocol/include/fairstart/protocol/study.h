// SPDX-License-Identifier: GPL-3.0-or-later
// Protocol version 2: studies. A study is one node-driven fit over a fixed participant set. Every
// participant signs the same manifest; each round, every node verifies every participant's signed
// contribution of the previous round, sums them in manifest order and computes the next β itself
// with analysis::GlmCoordinator. The client only relays (docs/protocol.md, "Studies").
#pragma once

#include "fairstart/analysis/design.h"
#include "fairstart/analysis/glm.h"
#include "fairstart/analysis/performance.h"
#include "fairstart/protocol/messages.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace fairstart::protocol {

// A node as it takes part in a study: its name (NodeInfo::name) and its public keys from
// /v1/info, base64 (standard alphabet, padded), as the analyst's pins confirmed them.
struct StudyParticipant {
    QString name;
    QString signingKey; // Ed25519, 32 bytes
    QString keyAgreementKey; // X25519, 32 bytes
    bool operator==(const StudyParticipant &) const = default;
};

// A descriptives study's cohort and variables (kind "descriptives"; docs/protocol.md, "Masked
// descriptives"): the cohort is the records that pass the filters and have every variable of
// completeCases; each variable is numeric (levels empty) or categorical/binary with the levels in
// the order of the masked vector (binary: "0", "1"). Every node checks the levels against its
// catalogue, so that every participant's vector has the same layout.
struct DescriptivesStudyVariable {
    QString name;
    QStringList levels;
    bool operator==(const DescriptivesStudyVariable &) const = default;
};
// Issue 14: histograms, two-way tables and trends of a descriptives study (docs/protocol.md,
// "Masked histograms, tables and trends"). Every participant counts on the same cells, so that
// the sums add up; each contributes per cell its count only where its own plain answer to the
// same request released exactly that cell, else 0 with a withheld mark.
// A histogram on the manifest's lattice: the cells [first + k·step, first + (k + 1)·step) for
// k < (last − first) / step; first and last are multiples of step, `variable` is a numeric
// variable of the spec. A node contributes a cell's count only where its own (node-chosen,
// merged) histogram of the range [first, last] released that very bin.
struct DescriptivesStudyHistogram {
    QString variable;
    double step = 0;
    double first = 0;
    double last = 0;
    bool operator==(const DescriptivesStudyHistogram &) const = default;
};
// A two-way table: the levels of both variables as the union of the sites' catalogues, sorted
// (binary: "0", "1"); cells row-major.
struct DescriptivesStudyTable {
    QString row;
    QString column;
    QStringList rowLevels;
    QStringList columnLevels;
    bool operator==(const DescriptivesStudyTable &) const = default;
};
// A trend: the periods from..to as rows, the variable's levels (union, sorted) as columns.
struct DescriptivesStudyTrend {
    QString period;
    QString variable;
    int from = 0;
    int to = 0;
    QStringList levels;
    bool operator==(const DescriptivesStudyTrend &) const = default;
};
// The number of cells of a histogram of the spec (0 when its lattice is not whole).
std::size_t histogramCells(const DescriptivesStudyHistogram &histogram);

struct DescriptivesStudySpec {
    std::vector<analysis::Filter> filters;
    QStringList completeCases;
    QList<DescriptivesStudyVariable> variables;
    // Issue 14, written only when not empty (a Table 1's manifest keeps its bytes).
    QList<DescriptivesStudyHistogram> histograms;
    QList<DescriptivesStudyTable> tables;
    QList<DescriptivesStudyTrend> trends;
    bool operator==(const DescriptivesStudySpec &) const = default;
};

// What every participant signs before it computes anything.
struct StudyManifest {
    int version = 2;
    // 128 random bits from the client (32 lower-case hex digits): two studies of the same design
    // and participants are still two studies, and a signature of one never counts for the other.
    QString studyId;
    QString purpose;
    QString dataset; // the same dataset name at every participant
    JobKind kind = JobKind::Glm;
    analysis::ResolvedDesign design; // family and ridge λ are in design.spec
    QString designHash; // designHash(design); every node recomputes it
    // Calibration kinds: the studyHash of the GLM study whose final β gives lp = Xβ. Every
    // participant must have taken part in (or observed) that study and seen it converge.
    QString fittedStudy;
    // Evaluation kind only (written only for it, so other manifests keep their bytes): the risk
    // grid every participant bins its predicted risks on, so that the bins add up. A node accepts
    // only analysis::evaluationGridBins (a chosen grid isolates records by differencing).
    int evaluationBins = analysis::evaluationGridBins;
    // Calibration-slope kind only, written only when set ("start": "fitted-model"; issue 16): the
    // study starts at (intercept 0, slope 1), the fitted model itself, instead of β = 0. On the
    // fitted study's records that is the MLE up to its tolerance, so the study converges in
    // fewer rounds. A protocol constant, never a client's number; sent only to nodes that list
    // the capability "calibration-start" (an older node refuses the unknown field).
    bool startAtFittedModel = false;
    // Descriptives kind only (written only for it): the cohort and the variables. Its design is
    // the empty ResolvedDesign (no outcome, no predictor).
    DescriptivesStudySpec descriptives;
    // The coordinator's options; the same at every node, so every node takes the same steps.
    int maxRounds = 25;
    double tolerance = 1e-10;
    bool fitNullModel = true;
    QString mode = QStringLiteral("masked"); // "masked" or "plain"
    int fractionBits = 40; // masked mode: the declared fixed-point scale, 2^-fractionBits
    // Written only when set ("signature": "sha256"; issue 16, many sites): every participant and
    // observer signs the 32-byte SHA-256 of the manifest's canonical bytes (the study hash's
    // digest) under secure::Domain::ManifestDigest instead of the bytes themselves, so that a
    // node verifies each of N signatures over 32 bytes instead of the whole O(N)-byte manifest.
    // Sent only to nodes that list the capability "manifest-digest-signatures" (an older node
    // refuses the unknown field); without it the signatures are over the bytes, as before.
    bool signsDigest = false;
    // Written only when set ("arming": "tags"; issue 16, many sites; not on descriptives
    // studies): each site answers its job with a manifest tag for every other site
    // (JobCreated::manifestTags, secure::manifestTag), and round 1 relays to each node the other
    // sites' tags for it ("manifest_tags") instead of everyone's signatures: a node is armed by
    // N - 1 BLAKE2b tags it checks with keys only it and each sender hold, instead of N Ed25519
    // verifications per study. Every site still signs the manifest (the client verifies and
    // keeps the signatures). Sent only when every site lists the capability "manifest-tags".
    bool armsByTags = false;
    // Written only when set ("relay": "summed"; issue 16, branch sites4; a masked model study
    // armed by tags only): from round 2 on each node is sent the contributions' fields, the
    // integer word sum of their masked words and every other participant's linear tag for it
    // instead of every contribution (docs/protocol.md, "The summed relay"). Each site answers
    // its job with its sum seed sealed for every other site (JobCreated::sumSeeds), round 1
    // relays to each node the other sites' sealed seeds for it ("sum_seeds"), and every
    // statistics answer carries "sum_tags". Sent only when every site lists "summed-relay".
    bool summedRelay = false;
    // The contributors, in the order their contributions are summed (by name, byte-wise).
    QList<StudyParticipant> participants;
    // Nodes that follow the study without contributing: each verifies every contribution and
    // computes every β itself, so it can evaluate the final β on its own records (leave one site
    // out). Sorted by name; disjoint from participants.
    QList<StudyParticipant> observers;

    bool operator==(const StudyManifest &) const = default;
};

// The bytes every participant signs: canonicalJson(toJson(manifest)).
QByteArray manifestBytes(const StudyManifest &manifest);
// sha256Hex(manifestBytes(manifest)): the study's identity in every later message.
QString studyHash(const StudyManifest &manifest);
// What a manifest signature covers after its domain and '\n' (docs/protocol.md, "Signatures"):
// `bytes` (manifestBytes(manifest)) themselves, or with manifest.signsDigest their 32-byte
// SHA-256, signed under secure::Domain::ManifestDigest instead of secure::Domain::Manifest.
QByteArray manifestSignedBytes(const StudyManifest &manifest, const QByteArray &bytes);
// "sha256:" + hex SHA-256 of the β's little-endian IEEE-754 doubles, in term order, with -0
// hashed as +0: the canonical JSON writes both as 0, so a β read back from a signed message (a
// Converged contribution's final_beta) hashes as the β it was written from.
QString betaHash(const std::vector<double> &beta);

// Round statistics as one vector, the layout masked words and plain sums share:
// xtwxUpper (p(p+1)/2), score (p), deviance, n, events, sumWeights, aicTerm.
std::vector<double> statsVector(const analysis::RoundStats &stats);
// The inverse; nullopt when the length does not fit p.
std::optional<analysis::RoundStats> statsFromVector(int p, const std::vector<double> &values);

// An evaluation study's sums (docs/protocol.md, "Masked evaluations"). Each participant's are
// its released (disclosure-merged) risk bins, the exact sums of the Brier score, and the
// correction that turns the estimated Mann–Whitney statistic of its own bins
// (analysis::smoothMannWhitney) into its exact one (u - that, 0 when its release rule for u
// failed), with exactSites 1 or 0; their sum over
// the participants is what the client decodes. sumOutcome equals positives (y is 0/1).
struct EvaluationSums {
    analysis::PerformanceBins bins; // with sumRiskEvents
    double aucCorrection = 0.0;
    double exactSites = 0.0;
};
// positives, negatives, sumRisk, sumRiskEvents, sumSquaredRiskEvents, sumSquaredRiskNonEvents
// (bins each), then n, sumY, sumP, sumSquaredError, aucCorrection, exactSites: 6 · bins + 6
// values.
std::size_t evaluationLength(int bins);
std::vector<double> evaluationVector(const EvaluationSums &sums);
// The inverse; nullopt when the length does not fit `bins`.
std::optional<EvaluationSums> evaluationFromVector(int bins, const std::vector<double> &values);

// A descriptives study's sums (docs/protocol.md, "Masked descriptives"). Each participant's
// are exactly what its gate released for the plain descriptives request of the same cohort and
// variables: a withheld level count is 0 with withheld 1 (never the count), so the sum over the
// sites minus any sites' plain releases is never more than the remaining sites' plain releases.
struct DescriptivesSums {
    double cohortSize = 0.0;
    struct Variable {
        QString name;
        bool numeric = true;
        double missing = 0.0; // numeric and categorical
        // Numeric: records with a value, Σx and Σx².
        double n = 0.0;
        double sum = 0.0;
        double sumSquares = 0.0;
        // Categorical: per level of the spec its released count (0 when withheld) and 1 when
        // the site withheld it (summed: the number of sites that withheld it); the same for the
        // missing count.
        std::vector<double> counts;
        std::vector<double> withheld;
        double missingWithheld = 0.0;
    };
    std::vector<Variable> variables; // in the spec's order
    // Issue 14: per histogram, table and trend of the spec (in its order), per cell the released
    // count (0 when withheld or not a released bin) and 1 when withheld (summed: the sites).
    struct Cells {
        std::vector<double> counts;
        std::vector<double> withheld;
    };
    std::vector<Cells> histograms;
    std::vector<Cells> tables;
    std::vector<Cells> trends;
};
// cohortSize; per numeric variable n, missing, Σx, Σx²; per categorical variable of L levels
// (count, withheld) per level, then missing and missingWithheld: 1 + 4 · numeric + Σ (2L + 2);
// then (count, withheld) per cell of each histogram, table (row-major) and trend (periods ×
// levels), in that order.
std::size_t descriptivesLength(const DescriptivesStudySpec &spec);
std::vector<double> descriptivesVector(const DescriptivesSums &sums);
// The inverse; nullopt when the length does not fit the spec.
std::optional<DescriptivesSums> descriptivesFromVector(const DescriptivesStudySpec &spec,
                                                       const std::vector<double> &values);

enum class ContributionStatus {
    Statistics, // this node's statistics at the β it computed for this round
    NonFinite, // the statistics at that β overflowed here: every node halves the step
    Converged, // the coordinator converged: the attestation of the final β (finalBeta)
    Failed, // the coordinator failed (separation, rank, no convergence): failure says why
    Observed, // an observer's acknowledgement: it computed the same β, and holds no statistics
    // An evaluation study's only answer: this node's released evaluation sums at the fitted
    // study's final β (betaHash), masked (evaluationVector, `bins` risk bins).
    Evaluation,
    // A descriptives study's only answer: this node's released descriptives sums, masked
    // (descriptivesVector; p is the vector's length).
    Descriptives,
};
QString contributionStatusId(ContributionStatus status); // "statistics", "non-finite", ...

// One node's answer to round k. Round 1 is at the coordinator's deterministic start; round k + 1
// is at the β the node computed from the sum of all round-k contributions.
struct Contribution {
    QString study; // studyHash of the manifest
    QString site; // the participant's name
    int round = 0;
    ContributionStatus status = ContributionStatus::Statistics;
    QString betaHash; // betaHash of the β this round is at (Converged: of the final β)
    QString mode; // the manifest's mode
    int p = 0; // design columns
    std::optional<analysis::RoundStats> plain; // plain mode, Statistics
    // Masked mode, Statistics: two words per value of statsVector (secure::encode), masked.
    // In JSON: base64 of the words as little-endian 64-bit integers. The element type is
    // secure::encode's, so the words pass between the two libraries without a copy.
    std::vector<std::uint64_t> masked;
    std::vector<double> finalBeta; // Converged: the final β, as the coordinator's result has it
    QString failure; // Failed: the coordinator's error message (the same at every node)
    QString failureCode; // Failed: analysis::errorCodeId
    int bins = 0; // Evaluation: the manifest's evaluationBins

    bool operator==(const Contribution &) const = default;
};

// The bytes a node signs: canonicalJson(toJson(contribution)).
QByteArray contributionBytes(const Contribution &contribution);

struct SignedContribution {
    Contribution contribution;
    QByteArray signature; // Ed25519 over secure::Domain::Contribution + contributionBytes
    bool operator==(const SignedContribution &) const = default;
};

// POST /v1/jobs, version 2: {"manifest": {...}}. The answer is JobCreated with the study hash and
// the node's signature of the manifest (JobCreated::study, JobCreated::manifestSignature). The
// purpose, dataset, design and kind are the manifest's.
struct StudyJobRequest {
    StudyManifest manifest;
};

// POST /v1/jobs/{id}/signatures: every participant's manifest signature, relayed.
struct ManifestSignature {
    QString site;
    QByteArray signature; // Ed25519 over secure::Domain::Manifest + manifestBytes
    bool operator==(const ManifestSignature &) const = default;
};
struct SignatureRelay {
    QList<ManifestSignature> signatures; // one per participant (observers sign too), any order
};
struct StudyArmed {
    QString jobId;
    QString study;
    QStringList verified; // the sites whose signatures the node checked, in manifest order
};

// POST /v1/jobs/{id}/rounds: round k with every participant's round k - 1 contribution (none for
// round 1), in manifest order. Answer: this node's SignedContribution for round k.
struct RoundRelay {
    int round = 0;
    QList<SignedContribution> previous;
    // Round 1 only, at a node that lists the capability "arms-with-round-one" (issue 16): every
    // participant's and observer's manifest signature, as POST /v1/jobs/{id}/signatures takes
    // them; the node verifies them all and arms the study before it computes round 1, so the
    // separate signature relay's round trip goes away. Written only when non-empty.
    QList<ManifestSignature> signatures;
};

// POST /v1/jobs/{id}/site-fit: the node fits the study's model on its own records alone,
// starting from the study's final β; released under its gate.
struct SiteFitResponse {
    QString jobId;
    QString study;
    analysis::GlmResult glm;
};

// POST /v1/evaluations, version 2: the evaluation of the final β of a study this node took part
// in or observed (its job id at this node), on that study's design and cohort. No β is sent.
// Or the evaluation of a validation model that this node's administrator registered
// (`fairstart-node models add`), named by its name or hash, on a dataset: `model` and `dataset`
// instead of `jobId`. Either way no β comes from the client.
struct StudyEvaluationRequest {
    QString purpose;
    QString jobId;
    QString model; // a registered model's name or hash ("sha256:...")
    QString dataset; // with model: the dataset to evaluate it on
    int bins = analysis::evaluationGridBins; // the only grid a node accepts
    // Issue 15: also evaluate by the levels of this categorical or binary catalogue variable
    // (EvaluationResponse::subgroups); empty for none.
    QString subgroup;
    // For a numeric subgroup variable (e.g. an income quintile coded 1-5): the cell edges,
    // strictly increasing, 2 to 21 of them; cell i is [edges[i], edges[i + 1]), the last one
    // closed. The labels come from these edges, never from the records' values.
    std::vector<double> subgroupEdges;
};

// A registered validation model's identity: "sha256:" + hex SHA-256 of the canonical form of
// {"design": toJson(design), "beta": [...]} (the β as the canonical numbers that read back as
// the same doubles). The same model registered at several nodes has the same hash there.
QString validationModelHash(const analysis::ResolvedDesign &design,
                            const std::vector<double> &beta);

// The run record's account of a study: what was signed, by whom, and what the client checked.
struct StudySignatureCheck {
    QString site;
    bool manifest = false; // the manifest signature verified against the pinned key
    bool attestation = false; // the final β attestation verified and matches the client's β
    QString note; // what failed, when something did
};

struct StudyRecord {
    QString study; // studyHash
    QString mode;
    StudyManifest manifest;
    QList<ManifestSignature> signatures;
    QList<SignedContribution> attestations; // each node's Converged contribution
    QList<StudySignatureCheck> checks;
};

} // namespace fairstart::protocol

// SPDX-License-Identifier: GPL-3.0-or-later
// The node API of docs/protocol.md as plain functions of a request: authentication, purpose,
// disclosure control and audit. The HTTPS server only moves bytes to and from here.
#pragma once

#include "fairstart/node/datasetcache.h"
#include "fairstart/node/jobs.h"
#include "fairstart/node/limits.h"
#include "fairstart/node/policy.h"
#include "fairstart/node/store.h"

#include "fairstart/protocol/messages.h"
#include "fairstart/protocol/study.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <atomic>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

namespace fairstart::analysis {
class LinearPredictorMemo;
}

namespace fairstart::node {

class DifferencingLedger;

struct ApiRequest {
    std::string method; // "GET", "POST", "DELETE", ...
    std::string path; // without the query, e.g. "/v1/jobs/ab12"
    std::multimap<std::string, std::string> query; // decoded query parameters
    std::string authorization; // the Authorization header, "" if absent
    std::string contentType; // the Content-Type header, "" if absent
    QByteArray body;
};

struct ApiResponse {
    int status = 200;
    QByteArray body; // JSON
    QString user; // the authenticated user, for the request log ("-" if none)
    QString code; // the error code of a refusal, for the request log
    int retryAfterSeconds = 0; // > 0: the server sends Retry-After (a 429 of a budget)
    // handle() wrote this request's audit entry, or answers that it could not; the server audits
    // every other answer itself (see server.cpp).
    bool audited = false;
};

class DesignCache;
class RefusedRequestBudget;
class ReleaseGate;
template<typename T> class Released;
struct StudyState;
struct EvaluationTally;

// The node's secret keys for studies (protocol version 2): it signs manifests and contributions
// with the Ed25519 key and derives the pairwise masks with the X25519 key (keys.h). Without them
// the node refuses to open studies.
struct NodeSecrets {
    QByteArray signSecretKey; // Ed25519, 64 bytes (libsodium layout)
    QByteArray boxSecretKey; // X25519, 32 bytes
};

class ApiHandlers {
public:
    ApiHandlers(std::shared_ptr<SiteStore> store, Policy policy, protocol::NodeKeys keys,
                NodeSecrets secrets = {});
    ~ApiHandlers();

    // Answers one request. Never throws for bad input; an unexpected exception is the server's
    // to turn into a 500.
    ApiResponse handle(const ApiRequest &request);

    // Expires idle jobs (audited); the server calls this periodically.
    void expireIdleJobs();
    // Writes the hourly request budgets that are not full, and what each user's refused requests
    // kept in the audit today, to the store when either changed since the last write
    // (RequestRateBudget::snapshot, RefusedRequestBudget::snapshot), so that a restarted node
    // starts from them (the buckets refilled for the time it was down); the server calls this
    // periodically and when it stops. The constructor reads them back.
    void keepRequestBudgets();
    // Reads every dataset of the store into the dataset cache, as a first catalogue request
    // would; the server calls this once in the background when it starts serving (issue 16:
    // the first fit after a start no longer waits for the table to be decrypted and read). A
    // request for a dataset being read waits for that read (DatasetCache::get), never reads it
    // twice. It also computes what the release rules compute once per dataset generation (the
    // lattice cells and histogram steps come with the read; the dataset-dominance sums and the
    // catalogue entry of each consent purpose), kept, released and audited only when a request
    // asks. The server says it listens once this returned. Nothing is released or audited here.
    // Reads none when the policy says so (preload_datasets = no). Stops before the next dataset
    // once `cancelled` is set (the server stops: it also interrupts the store's read of the current
    // one, SiteStore::interrupt).
    void preloadDatasets(const std::atomic<bool> &cancelled);

    JobManager &jobs() { return m_jobs; }
    DatasetCache &cache() { return m_cache; }
    const Policy &policy() const { return m_policy; }

private:
    struct Audit;
    struct PreparedDesign;
    enum class QuotaUse { Job, Evaluation }; // which refusal text the daily quota gives
    // How far describeCohort goes: the cohort rules only (a descriptives study's job), or up to
    // the release, with the daily quota (POST /v1/descriptives) or without (a study's round).
    enum class DescribeStep { CohortOnly, Release, StudyRound };
    struct DescribedCohort; // api/descriptives_p.h

    ApiResponse health();
    ApiResponse info(const ApiRequest &request, Audit &audit);
    ApiResponse catalogue(const ApiRequest &request, Audit &audit);
    // The released catalogue entries for `purpose` (checked by the caller) of `dataset`, or of
    // every dataset when it is nullopt; false when that dataset is unknown (GET /v1/catalogue
    // and GET /v1/info?with=catalogue, issue 16).
    bool catalogueEntries(const QString &purpose, const std::optional<QString> &dataset,
                          std::vector<Released<protocol::CatalogueDataset>> *entries);
    Released<protocol::CatalogueDataset> cacheCatalogueEntry(const LoadedDataset &dataset,
                                                             const QString &purpose);
    ApiResponse descriptives(const ApiRequest &request, Audit &audit);
    // POST /v1/descriptives's checks, computation, gate and ledger (descriptives.cpp).
    std::optional<ApiResponse> describeCohort(const QString &user,
                                              const protocol::DescriptivesRequest &request,
                                              DescribeStep step, Audit &audit,
                                              DescribedCohort *out);
    // A descriptives study (api/maskeddescriptives.cpp): its job, once createJob checked the
    // manifest, and its one round, called by round() once the relay passed the round ticket.
    ApiResponse createDescriptivesStudy(const TokenInfo &token,
                                        const protocol::StudyManifest &manifest, int index,
                                        Audit &audit);
    ApiResponse descriptivesRound(StudyState &study, const JobSpec &spec,
                                  const protocol::RoundRelay &relay, const QString &jobId,
                                  const QString &user, const QByteArray &relayKey, Audit &audit);
    // Signs this node's contribution to round `round`, passes it through the gate and keeps the
    // answer for a repeated relay (studies.cpp); every study kind's round ends here.
    ApiResponse releaseContribution(const protocol::Contribution &contribution,
                                    const QString &jobId, int round, const QByteArray &relayKey,
                                    Audit &audit);
    ApiResponse createJob(const ApiRequest &request, Audit &audit);
    // POST /v1/checks (checks.cpp): the checks of createJob as a dry run; opens nothing.
    ApiResponse checkStudy(const ApiRequest &request, Audit &audit);
    ApiResponse signatures(const ApiRequest &request, const QString &jobId, Audit &audit);
    ApiResponse round(const ApiRequest &request, const QString &jobId, Audit &audit);
    ApiResponse siteFit(const ApiRequest &request, const QString &jobId, Audit &audit);
    ApiResponse jobStatus(const ApiRequest &request, const QString &jobId, Audit &audit);
    ApiResponse cancelJob(const ApiRequest &request, const QString &jobId, Audit &audit);
    ApiResponse evaluation(const ApiRequest &request, Audit &audit);
    // A validation model the administrator registered, by name or hash (evaluations.cpp).
    NodeResult<std::optional<SiteStore::ValidationModel>>
    findValidationModel(const QString &nameOrHash) const;
    // The rest of an evaluation by subgroup (subgroups.cpp), once `tally` holds the cohort's
    // bins: the cells, the gate and the differencing ledger.
    ApiResponse subgroupEvaluation(const protocol::StudyEvaluationRequest &request,
                                   const LoadedDataset &dataset, EvaluationTally &tally,
                                   const QString &user, Audit &audit);
    // The one round of an evaluation study (evaluations.cpp), called by round() once the relay
    // passed the job's round ticket.
    ApiResponse evaluationRound(StudyState &study, const JobSpec &spec,
                                const protocol::RoundRelay &relay, const QString &jobId,
                                const QString &user, const QByteArray &relayKey, Audit &audit);
    // The levels, size and job memory of a design, before it is built (limits.cpp). Appends the
    // checks to the audit's; on success `reservation` holds the memory of the matrix.
    std::optional<LimitRefusal> checkDesignResources(const QString &user, const DatasetInfo &info,
                                                     const analysis::ResolvedDesign &design,
                                                     bool job, QJsonArray &checks,
                                                     JobManager::Reservation *reservation);
    // Counts a request of a known token against its hourly budget (requests_per_token_per_hour),
    // or the 429 when it is spent (limits.cpp); every authenticated request passes here first.
    std::optional<ApiResponse> takeRequestRate(const TokenInfo &token, Audit &audit);
    // Counts a descriptives request against the user's daily cap, or the 429 when it is spent.
    std::optional<LimitRefusal> takeDescriptivesQuota(const QString &user, QJsonArray &checks);
    // Held while a request checks and records a cohort of this dataset.
    std::unique_lock<std::mutex> lockDataset(const QString &dataset);
    // The differencing ledger's verdict on a release, added to the audit: nullopt when the release
    // may leave, else the answer to give instead.
    std::optional<ApiResponse> differencingRefusal(const NodeResult<analysis::RuleOutcome> &verdict,
                                                   Audit &audit);
    // `registeredModel`: the design of a validation model the administrator registered, whose
    // numbers (winsor bounds, knots) no token chose: exempt from the rule breakpoint-bound.
    std::optional<ApiResponse> prepareDesign(const QString &user, const QString &datasetName,
                                             const QString &purpose,
                                             const analysis::ResolvedDesign &design, QuotaUse use,
                                             Audit &audit, PreparedDesign *prepared,
                                             bool registeredModel = false);
    void designRecorded(const PreparedDesign &prepared);
    // The manifest of a study request body (api/common_p.h), the same for POST /v1/jobs
    // (Request: StudyJobRequest) and its dry run POST /v1/checks (SiteCheckRequest), so that the
    // dry run answers exactly as the job would: a body of protocol version 1 (a design and no
    // manifest) refused as such, a malformed one by what is wrong, and the manifest's purpose,
    // dataset, kind and design hash audited before anything is checked. nullopt and *manifest,
    // else the refusal.
    template<typename Request>
    std::optional<ApiResponse> decodeStudyManifest(const ApiRequest &request, Audit &audit,
                                                   protocol::StudyManifest *manifest);
    // A manifest that passed checkManifest, audited as a study (api/common_p.h): its study hash
    // (returned), its participants and its mode.
    static QString auditStudy(const protocol::StudyManifest &manifest, Audit &audit);
    // The manifest of a new study against this node and its policy (studies.cpp): nullopt when
    // it may be signed, else the refusal naming what is wrong.
    std::optional<ApiResponse> checkManifest(const protocol::StudyManifest &manifest, Audit &audit,
                                             int *index);
    // The participant-set rule (policy single_site_difference), checked and, when `record`,
    // recorded (a dry run records nothing).
    std::optional<ApiResponse> checkParticipantSet(const protocol::StudyManifest &manifest,
                                                   Audit &audit, bool record = true);
    // Ends a study after a refused relay: the job is cancelled, nothing more is released.
    ApiResponse endStudy(StudyState &study, const QString &jobId, const QString &user, int status,
                         const QString &code, const QString &message, const QString &site,
                         Audit &audit);
    // Arms a study (studies.cpp): every participant's and observer's manifest signature,
    // relayed once each and verified against the manifest's keys, then the coordinator. Called
    // by signatures() and by round() for a round 1 that carries the signatures; nullopt when
    // armed, else the refusal that ended the study. The verified sites go to the audit under
    // `auditKey`.
    std::optional<ApiResponse> armStudy(StudyState &study,
                                        const QList<protocol::ManifestSignature> &signatures,
                                        const QString &jobId, const QString &user,
                                        const char *auditKey, Audit &audit);
    // Arms a study whose manifest says "arming": "tags" (studies.cpp; issue 16): the manifest
    // tag of every other participant and observer for this node, checked with the key only
    // that site and this node hold, then the coordinator. Called by round() for round 1;
    // nullopt when armed, else the refusal that ended the study.
    std::optional<ApiResponse> armStudyByTags(StudyState &study, const QList<QByteArray> &tags,
                                              const QString &jobId, const QString &user,
                                              Audit &audit);
    // Ends the study when a site of its manifest is no longer an accepted peer (peers.cpp).
    std::optional<ApiResponse> endIfPeerRemoved(StudyState &study, const QString &jobId,
                                                const QString &user, Audit &audit);
    ApiResponse jobStatusResponse(const std::optional<protocol::JobStatus> &status, Audit &audit);

    std::shared_ptr<SiteStore> m_store;
    Policy m_policy;
    analysis::DisclosurePolicy m_disclosure;
    std::unique_ptr<ReleaseGate> m_gate; // every body of the node comes from here
    protocol::NodeKeys m_keys;
    NodeSecrets m_secrets;
    DatasetCache m_cache;
    JobManager m_jobs;
    // One lock per dataset for the cohort memory's check-and-record (never one for the node).
    std::mutex m_datasetLocksMutex;
    std::map<QString, std::unique_ptr<std::mutex>> m_datasetLocks;
    // Differencing across all users and purposes; its own per-dataset locks.
    std::shared_ptr<DifferencingLedger> m_ledger;
    std::mutex m_catalogueMutex;
    // dataset, generation and purpose -> the released entry (computed once per import).
    struct CatalogueCache;
    std::unique_ptr<CatalogueCache> m_catalogueCache;
    std::unique_ptr<DesignCache> m_designCache; // built matrices (issue 16: job set-up)
    // X β of a cached matrix at a study's final β, computed once for the evaluation and both
    // calibration designs (issue 16; analysis/linearpredictormemo.h).
    std::unique_ptr<analysis::LinearPredictorMemo> m_linearPredictors;
    // What each user's refused requests of the day have kept whole in the audit log (auditlog.h).
    std::unique_ptr<RefusedRequestBudget> m_refusedRequests;
    // Each token's requests of the last hour (limits.h).
    std::unique_ptr<RequestRateBudget> m_requestRate;
};

} // namespace fairstart::node

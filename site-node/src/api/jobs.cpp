// SPDX-License-Identifier: GPL-3.0-or-later
// POST /v1/jobs, GET and DELETE /v1/jobs/{id} and the expiry of idle jobs.
#include "common_p.h"

#include <QDate>

namespace fairstart::node {

using namespace api;

// ---- jobs ------------------------------------------------------------------------------------

namespace {

bool takeQuota(SiteStore &store, std::mutex &mutex, const QString &user, int limit)
{
    std::lock_guard lock(mutex);
    const QDate today = QDateTime::currentDateTimeUtc().date();
    auto used = store.dailyJobs(user, today);
    if (!used || *used >= limit)
        return false;
    auto counted = store.incrementDailyJobs(user, today);
    return counted.ok();
}

} // namespace

// The steps a job and an evaluation share, in the order of docs/protocol.md: the daily quota
// (refused requests count too: a refusal is information as well), the dataset, the design
// against the catalogue's metadata, the registered β (evaluations and calibration jobs), then
// the cohort and its rules (consent, filters, complete cases, size, subset, differencing), and
// only then the design matrix. A failure of the build names nothing: the cohort passed its rules
// by then, but the failure still depends on its records. Each check is audited.
std::optional<ApiResponse>
ApiHandlers::prepareDesign(const QString &user, const QString &datasetName, const QString &purpose,
                           const analysis::ResolvedDesign &design, QuotaUse use,
                           const std::vector<double> *registeredBeta, Audit &audit,
                           PreparedDesign *prepared)
{
    const int quota = m_policy.jobsPerUserPerDay();
    if (!takeQuota(*m_store, m_quotaMutex, user, quota)) {
        audit.checks.append(policyCheck(kJobQuota, quota, false));
        return errorResponse(
            403, QString::fromLatin1(kJobQuota),
            use == QuotaUse::Job
                ? Tr::tr("You have opened the most jobs this node allows per user and day (%1). "
                         "Try again tomorrow (UTC) or ask the site administrator.")
                      .arg(quota)
                : Tr::tr("You have made the most requests of this kind this node allows per "
                         "user and day (%1). Try again tomorrow (UTC).")
                      .arg(quota),
            QString(), true);
    }
    audit.checks.append(policyCheck(kJobQuota, quota, true));

    auto data = m_cache.get(datasetName);
    if (!data)
        return unknownDataset(datasetName);
    const LoadedDataset &dataset = **data;
    if (auto refused = checkDesign(dataset.info, design))
        return refused;
    if (registeredBeta) {
        if (auto refused
            = checkRegisteredBeta(user, dataset.info.name, purpose, design, *registeredBeta, audit))
            return refused;
    }
    // Resources, from the design, the catalogue and the policy alone, before anything is built.
    if (auto refused = checkDesignResources(user, dataset.info, design, use == QuotaUse::Job,
                                            audit.checks, &prepared->reservation))
        return limitResponse(*refused);

    // The cohort and its rules.
    const auto consent = selectConsented(dataset, purpose, m_policy.requireConsentColumn());
    if (!consent)
        return noConsent(purpose, audit.checks);
    const std::optional<ModelCohort> cohort = modelCohort(dataset, design.spec, consent->mask);
    if (!cohort)
        return respond(m_gate->dataFailure(audit.release));
    // Size and subset here; differencing once the released cells are known (createJob,
    // evaluation), in the ledger with its own per-dataset locks.
    if (auto refused = m_gate->cohort(cohort->size, consent->consented, audit.release))
        return respond(*refused);

    // Data-dependent from here on, without the cohort lock: building is the long part.
    if (!withinDomain(dataset, design.spec, consent->mask))
        return respond(m_gate->dataFailure(audit.release));
    auto built = analysis::buildDesign(dataset.table, design, &consent->mask);
    if (!built || built->n() != cohort->size)
        return respond(m_gate->dataFailure(audit.release));
    prepared->dataset = std::move(data).value();
    prepared->consented = consent->consented;
    prepared->design = std::move(built).value();
    return std::nullopt;
}

// β of an evaluation or a calibration job: the final β of a GLM job this user ran at this node
// on the same dataset, purpose and design (SiteStore::recordFinalBeta), bit for bit. Any other β
// could be chosen to single out records (e.g. β = (−6000, 1, 0, ...) makes p an indicator).
std::optional<ApiResponse>
ApiHandlers::checkRegisteredBeta(const QString &user, const QString &dataset,
                                 const QString &purpose, const analysis::ResolvedDesign &design,
                                 const std::vector<double> &beta, Audit &audit)
{
    const std::size_t p = design.termNames().size();
    if (beta.size() != p) {
        return badRequest(
            QStringLiteral("invalid-beta"),
            Tr::tr("β must hold one finite value per design column (%1).").arg(qint64(p)),
            QStringLiteral("beta"));
    }
    SiteStore::FinalBeta key;
    key.user = user;
    key.dataset = dataset;
    key.purpose = purpose;
    key.designHash = protocol::designHash(design);
    key.beta = QByteArray(reinterpret_cast<const char *>(beta.data()),
                          qsizetype(beta.size() * sizeof(double)));
    auto known = m_store->hasFinalBeta(key);
    if (!known)
        return errorResponse(500, QStringLiteral("node-failure"),
                             Tr::tr("The node could not read its register of final β. Tell the "
                                    "site administrator."));
    audit.checks.append(policyCheck(kUnregisteredBeta, 1, *known));
    if (!*known) {
        return errorResponse(
            403, QString::fromLatin1(kUnregisteredBeta),
            Tr::tr("This node evaluates a model only at the final β of a model fit (GLM job) "
                   "that you completed at this node on the same dataset, purpose and design. "
                   "Fit the model first, with its last round at the final β, close the job "
                   "(DELETE /v1/jobs/{id}) and send exactly that β."),
            QStringLiteral("beta"), true);
    }
    return std::nullopt;
}

void ApiHandlers::registerFinalBeta(const JobManager::Expired &ended)
{
    if (!ended.job || ended.job->kind != protocol::JobKind::Glm || ended.lastBeta.isEmpty())
        return;
    SiteStore::FinalBeta key;
    key.user = ended.job->user;
    key.dataset = ended.job->dataset;
    key.purpose = ended.job->purpose;
    key.designHash = ended.job->designHash;
    key.beta = ended.lastBeta;
    if (!m_store->recordFinalBeta(key))
        qWarning("fairstart-node: the final β of a job could not be recorded");
}

ApiResponse ApiHandlers::createJob(const ApiRequest &request, Audit &audit)
{
    FAIRSTART_AUTHENTICATE(token);
    protocol::JobRequest req;
    if (auto refused = decodeBody(request, m_policy.maxBodyBytes(), &req))
        return *refused;
    audit.set("purpose", req.purpose.left(64));
    audit.set("dataset", req.dataset.left(128));
    audit.set("kind", protocol::jobKindId(req.kind));
    audit.set("designHash", req.designHash.left(80));
    if (auto refused = checkPurpose(token, req.purpose))
        return *refused;
    if (req.aggregation.mode != QStringLiteral("plain")) {
        return badRequest(QStringLiteral("unsupported-aggregation"),
                          Tr::tr("This node supports only the aggregation mode 'plain'. Ask "
                                 "for 'plain'."),
                          QStringLiteral("aggregation.mode"));
    }
    const QString hash = protocol::designHash(req.design);
    if (hash != req.designHash)
        return designHashMismatch();
    const analysis::Family family = req.design.spec.family;
    const bool calibration = req.kind != protocol::JobKind::Glm;
    if (calibration && family != analysis::Family::Binomial) {
        return badRequest(QStringLiteral("invalid-kind"),
                          Tr::tr("Calibration jobs need a binomial model."));
    }
    PreparedDesign prepared;
    if (auto refused
        = prepareDesign(token.user, req.dataset, req.purpose, req.design, QuotaUse::Job,
                        calibration ? &req.fittedBeta : nullptr, audit, &prepared))
        return *refused;
    const LoadedDataset &dataset = *prepared.dataset;
    auto base = std::make_shared<analysis::DesignMatrix>(std::move(prepared.design));

    std::shared_ptr<const analysis::DesignMatrix> jobDesign = base;
    if (calibration) {
        const Eigen::VectorXd beta
            = Eigen::Map<const Eigen::VectorXd>(req.fittedBeta.data(), base->p());
        auto built = req.kind == protocol::JobKind::CalibrationSlope
            ? analysis::calibrationSlopeDesign(*base, beta)
            : analysis::calibrationInterceptDesign(*base, beta);
        if (!built)
            return respond(m_gate->dataFailure(audit.release));
        jobDesign = std::make_shared<const analysis::DesignMatrix>(std::move(built).value());
    }

    // The design's release rules, before the job exists.
    JobTally tally;
    tally.designHash = hash;
    tally.kind = req.kind;
    tally.resolved = &req.design;
    tally.base = base.get();
    tally.job = jobDesign.get();
    std::vector<analysis::RuleOutcome> passed;
    if (auto refused = m_gate->jobRules(tally, audit.release, &passed))
        return respond(*refused);

    // Identical designs on the same data share one matrix.
    if (!calibration) {
        if (auto shared = m_jobs.sharedDesign(dataset.info.name, quint64(dataset.info.generation),
                                              req.purpose, hash)) {
            jobDesign = shared;
        }
    }
    JobSpec spec;
    spec.user = token.user;
    spec.tokenId = token.id;
    spec.purpose = req.purpose;
    spec.dataset = dataset.info.name;
    spec.generation = quint64(dataset.info.generation);
    spec.kind = req.kind;
    spec.designHash = hash;
    spec.family = family;
    spec.design = jobDesign;
    auto [jobId, refusal] = m_jobs.create(std::move(spec), std::move(prepared.reservation));
    if (refusal != JobManager::CreateRefusal::None) {
        const LimitRefusal refused
            = jobBudgetRefusal(refusal, m_jobs.retryAfter(token.user, refusal), m_jobs.limits());
        audit.checks.append(refused.auditCheck());
        return limitResponse(refused);
    }
    // Differencing against every earlier release of the dataset, checked and recorded at once.
    const auto verdict
        = m_ledger->checkAndRecord(dataset, base->rows, designCells(dataset, req.design));
    if (auto refused = differencingRefusal(verdict, audit)) {
        m_jobs.cancel(jobId, token.user);
        return *refused;
    }
    passed.push_back(*verdict);
    audit.set("jobId", jobId);
    tally.jobId = jobId;
    tally.job = jobDesign.get();
    return respond(m_gate->jobCreated(tally, passed, audit.release));
}

ApiResponse ApiHandlers::jobStatus(const ApiRequest &request, const QString &jobId, Audit &audit)
{
    FAIRSTART_AUTHENTICATE(token);
    audit.set("jobId", jobId);
    return jobStatusResponse(m_jobs.status(jobId, token.user), audit);
}

ApiResponse ApiHandlers::cancelJob(const ApiRequest &request, const QString &jobId, Audit &audit)
{
    FAIRSTART_AUTHENTICATE(token);
    audit.set("jobId", jobId);
    std::optional<JobManager::Expired> ended;
    const auto status = m_jobs.cancel(jobId, token.user, &ended);
    if (ended)
        registerFinalBeta(*ended);
    return jobStatusResponse(status, audit);
}

// A job's status for the user who opened it; anyone else gets 404, so job ids are not confirmed.
ApiResponse ApiHandlers::jobStatusResponse(const std::optional<protocol::JobStatus> &status,
                                           Audit &audit)
{
    return status
        ? respond(m_gate->metadata(200, protocol::toJson(*status), "job-status", audit.release))
        : errorResponse(404, QStringLiteral("unknown-job"),
                        Tr::tr("There is no such job for you on this node."));
}

void ApiHandlers::expireIdleJobs()
{
    for (const auto &expired : m_jobs.expireIdle()) {
        registerFinalBeta(expired);
        QJsonObject entry { { QStringLiteral("event"), QStringLiteral("job-expired") },
                            { QStringLiteral("jobId"), expired.status.jobId },
                            { QStringLiteral("user"), expired.job->user },
                            { QStringLiteral("dataset"), expired.job->dataset },
                            { QStringLiteral("roundsUsed"), expired.status.roundsUsed } };
        (void)m_store->appendAudit(entry);
    }
}

} // namespace fairstart::node

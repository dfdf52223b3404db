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

// The steps a job and an evaluation share, in this order: the daily quota (refused requests count
// too: a refusal is information as well), the dataset, the design's variables, consent and the
// design matrix of the consented records. Each check is audited.
std::optional<ApiResponse>
ApiHandlers::prepareDesign(const QString &user, const QString &datasetName, const QString &purpose,
                           const analysis::ResolvedDesign &design, QuotaUse use, Audit &audit,
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
    if (auto refused = checkVariables(dataset.info, design.spec))
        return refused;
    const auto consent = selectConsented(dataset, purpose, m_policy.requireConsentColumn());
    if (!consent)
        return noConsent(purpose, audit.checks);
    auto built = analysis::buildDesign(dataset.table, design, &consent->mask);
    if (!built)
        return designError(built.error(), m_disclosure);
    prepared->dataset = std::move(data).value();
    prepared->consented = consent->consented;
    prepared->design = std::move(built).value();
    return std::nullopt;
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
    PreparedDesign prepared;
    if (auto refused = prepareDesign(token.user, req.dataset, req.purpose, req.design,
                                     QuotaUse::Job, audit, &prepared))
        return *refused;
    const LoadedDataset &dataset = *prepared.dataset;
    auto base = std::make_shared<analysis::DesignMatrix>(std::move(prepared.design));

    std::shared_ptr<const analysis::DesignMatrix> jobDesign = base;
    analysis::Family family = req.design.spec.family;
    if (req.kind != protocol::JobKind::Glm) {
        if (family != analysis::Family::Binomial) {
            return badRequest(QStringLiteral("invalid-kind"),
                              Tr::tr("Calibration jobs need a binomial model."));
        }
        if (req.fittedBeta.size() != std::size_t(base->p())) {
            return badRequest(QStringLiteral("invalid-beta"),
                              Tr::tr("fittedBeta must hold one finite value per design "
                                     "column (%1).")
                                  .arg(base->p()),
                              QStringLiteral("fittedBeta"));
        }
        const Eigen::VectorXd beta
            = Eigen::Map<const Eigen::VectorXd>(req.fittedBeta.data(), base->p());
        auto calibration = req.kind == protocol::JobKind::CalibrationSlope
            ? analysis::calibrationSlopeDesign(*base, beta)
            : analysis::calibrationInterceptDesign(*base, beta);
        if (!calibration)
            return designError(calibration.error(), m_disclosure);
        jobDesign = std::make_shared<const analysis::DesignMatrix>(std::move(calibration).value());
    }

    // Every disclosure check on the built matrix, before any number leaves.
    std::vector<analysis::RuleOutcome> outcomes
        = checkJob(*base, req.design, prepared.consented, m_disclosure);
    if (req.kind != protocol::JobKind::Glm) {
        for (auto &outcome : checkColumnDominance(*jobDesign, m_disclosure))
            outcomes.push_back(std::move(outcome));
    }
    audit.add(outcomes);
    if (const auto *failed = firstFailure(outcomes))
        return ruleRefusal(*failed);

    // Identical designs on the same data share one matrix.
    if (req.kind == protocol::JobKind::Glm) {
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
    auto [jobId, refusal] = m_jobs.create(std::move(spec));
    if (refusal != JobManager::CreateRefusal::None) {
        return errorResponse(429, QStringLiteral("node-busy"),
                             Tr::tr("The node holds as many open jobs as its memory allows. "
                                    "Cancel finished jobs (DELETE /v1/jobs/{id}) or try "
                                    "again later."));
    }
    // Differencing against every earlier release of the dataset, checked and recorded at once.
    auto verdict = m_ledger->checkAndRecord(dataset, base->rows, designCells(dataset, req.design));
    if (!verdict || !verdict->passed) {
        m_jobs.cancel(jobId, token.user);
        if (!verdict)
            return ledgerFailure();
        audit.add(*verdict);
        return ruleRefusal(*verdict);
    }
    audit.add(*verdict);
    outcomes.push_back(*verdict);
    audit.set("jobId", jobId);

    protocol::JobCreated created;
    created.jobId = jobId;
    created.designHash = hash;
    created.kind = req.kind;
    for (const std::string &term : jobDesign->terms)
        created.terms.append(qs(term));
    created.cohortSize = jobDesign->n();
    created.maxRounds = m_disclosure.maxRounds;
    for (const auto &outcome : outcomes)
        created.checks.append(
            { qs(outcome.ruleId), outcome.passed, outcome.threshold, qs(outcome.message) });
    // The cohort flow, rounded: exact small exclusion counts would describe few records.
    analysis::CohortCounts counts = base->counts;
    counts.total = roundCount(counts.total);
    counts.excludedByMask = roundCount(counts.excludedByMask);
    counts.excludedByFilters = roundCount(counts.excludedByFilters);
    counts.excludedByMissing = roundCount(counts.excludedByMissing);
    for (auto &[variable, missing] : counts.missingByVariable)
        missing = roundCount(missing);
    created.counts = counts;
    return jsonResponse(201, protocol::toJson(created));
}

namespace {

// A job's status for the user who opened it; anyone else gets 404, so job ids are not confirmed.
ApiResponse jobStatusResponse(const std::optional<protocol::JobStatus> &status)
{
    return status ? jsonResponse(200, protocol::toJson(*status))
                  : errorResponse(404, QStringLiteral("unknown-job"),
                                  Tr::tr("There is no such job for you on this node."));
}

} // namespace

ApiResponse ApiHandlers::jobStatus(const ApiRequest &request, const QString &jobId, Audit &audit)
{
    FAIRSTART_AUTHENTICATE(token);
    audit.set("jobId", jobId);
    return jobStatusResponse(m_jobs.status(jobId, token.user));
}

ApiResponse ApiHandlers::cancelJob(const ApiRequest &request, const QString &jobId, Audit &audit)
{
    FAIRSTART_AUTHENTICATE(token);
    audit.set("jobId", jobId);
    return jobStatusResponse(m_jobs.cancel(jobId, token.user));
}

void ApiHandlers::expireIdleJobs()
{
    for (const auto &expired : m_jobs.expireIdle()) {
        QJsonObject entry { { QStringLiteral("event"), QStringLiteral("job-expired") },
                            { QStringLiteral("jobId"), expired.status.jobId },
                            { QStringLiteral("user"), expired.job->user },
                            { QStringLiteral("dataset"), expired.job->dataset },
                            { QStringLiteral("roundsUsed"), expired.status.roundsUsed } };
        (void)m_store->appendAudit(entry);
    }
}

} // namespace fairstart::node

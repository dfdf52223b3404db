// SPDX-License-Identifier: GPL-3.0-or-later
// POST /v1/evaluations: predicted-risk bins of a binomial model on a cohort.
#include "common_p.h"
#include "inflight_p.h"

#include "fairstart/analysis/linearpredictormemo.h"
#include "fairstart/analysis/performance.h"
#include "fairstart/secure/secure.h"

#include "study_p.h"
#include "subgroups_p.h"

#include <algorithm>
#include <cstring>
#include <mutex>
#include <optional>

namespace fairstart::node {

using namespace api;

// ---- evaluations -----------------------------------------------------------------------------

namespace {

// The per-bin sums of a binomial design at one β, kept per design object, β bits and grid (issue
// 16: ten concurrent fits of one model evaluate the same final β on the same cached matrix, each
// computing the same risks and bins; a repeated model's evaluation did too). computePerformance
// is a pure function of the design, β and the grid: a kept entry is what it would compute again,
// bit for bit, and a computation another request is making is waited for (InFlight). An entry
// holds its design weakly (a design that is gone, and any later object at its address, never
// matches) and only the bins' sums (a few hundred doubles). Each request still passes the gate,
// the bin ledger and its audit with them as when it computed them.
class PerformanceMemo {
public:
    using Design = std::shared_ptr<const analysis::DesignMatrix>;
    std::optional<analysis::PerformanceBins> find(const Design &design, const Eigen::VectorXd &beta,
                                                  int bins)
    {
        std::lock_guard lock(m_mutex);
        for (Entry &e : m_entries) {
            if (e.address == design.get() && e.gridBins == bins && sameBits(e.beta, beta)
                && e.design.lock() == design) {
                e.used = ++m_clock;
                return e.value;
            }
        }
        return std::nullopt;
    }
    void insert(const Design &design, const Eigen::VectorXd &beta, int bins,
                const analysis::PerformanceBins &value)
    {
        std::lock_guard lock(m_mutex);
        std::erase_if(m_entries, [](const Entry &e) { return e.design.expired(); });
        if (m_entries.size() >= kCapacity) {
            m_entries.erase(
                std::min_element(m_entries.begin(), m_entries.end(),
                                 [](const Entry &a, const Entry &b) { return a.used < b.used; }));
        }
        m_entries.push_back(Entry { design, design.get(), beta, bins, value, ++m_clock });
    }

private:
    static constexpr std::size_t kCapacity = 8;
    struct Entry {
        std::weak_ptr<const analysis::DesignMatrix> design;
        const analysis::DesignMatrix *address = nullptr;
        Eigen::VectorXd beta;
        int gridBins = 0;
        analysis::PerformanceBins value;
        std::uint64_t used = 0;
    };
    std::mutex m_mutex;
    std::vector<Entry> m_entries;
    std::uint64_t m_clock = 0;
};

// computePerformance (binomial) of `design` at β through the memo; *shared: whether another
// request's computation was taken. A failure is not kept.
analysis::Result<analysis::PerformanceBins>
sharedPerformance(const std::shared_ptr<const analysis::DesignMatrix> &design,
                  const Eigen::VectorXd &beta, int bins, bool *shared)
{
    // One per process: entries match only the very design object.
    static PerformanceMemo memo;
    static InFlight inFlight;
    QByteArray key;
    appendKey(key, design.get());
    key.append(reinterpret_cast<const char *>(&bins), sizeof(bins));
    appendKey(key, beta.data(), std::size_t(beta.size()));
    InFlight::Claim claim;
    for (;;) {
        if (auto hit = memo.find(design, beta, bins)) {
            *shared = true;
            return std::move(hit).value();
        }
        if (claim)
            break;
        claim = inFlight.claim(key);
    }
    *shared = false;
    auto computed = analysis::computePerformance(*design, analysis::Family::Binomial, beta, bins);
    if (computed)
        memo.insert(design, beta, bins, *computed);
    return computed;
}

} // namespace

// A registered validation model by its name or its hash.
NodeResult<std::optional<SiteStore::ValidationModel>>
ApiHandlers::findValidationModel(const QString &nameOrHash) const
{
    auto models = m_store->validationModels();
    if (!models)
        return models.error();
    for (SiteStore::ValidationModel &m : *models) {
        if (m.name == nameOrHash || m.hash == nameOrHash)
            return std::optional<SiteStore::ValidationModel>(std::move(m));
    }
    return std::optional<SiteStore::ValidationModel>();
}

// Protocol version 2: the evaluation of the final β of a study the user ran at this node (as
// participant or observer), identified by the job id at this node, on the study's design and its
// cohort here. No β is sent: the node evaluates only a β its own coordinator computed.
ApiResponse ApiHandlers::evaluation(const ApiRequest &request, Audit &audit)
{
    FAIRSTART_AUTHENTICATE(token);
    auto object = protocol::parseObject(request.body, m_policy.maxBodyBytes());
    if (!object)
        return decodeError(object.error());
    if (object->contains(QStringLiteral("beta")) || object->contains(QStringLiteral("design")))
        return protocolOneRefusal();
    auto decoded = protocol::fromJson<protocol::StudyEvaluationRequest>(*object);
    if (!decoded)
        return decodeError(decoded.error());
    const protocol::StudyEvaluationRequest req = std::move(decoded).value();
    audit.set("purpose", req.purpose.left(64));
    audit.set("jobId", req.jobId.left(64));
    if (auto refused = checkPurpose(token, req.purpose))
        return *refused;
    if (req.bins != analysis::evaluationGridBins)
        return gridRefusal(req.bins, QStringLiteral("bins"));
    // The β and its design: the node's own final β of a study, or a registered model.
    QString datasetName = req.dataset;
    QString designHash;
    std::optional<protocol::StudyManifest> manifest;
    analysis::ResolvedDesign modelDesign;
    std::vector<double> beta;
    if (!req.model.isEmpty()) {
        auto model = findValidationModel(req.model);
        if (!model)
            return errorResponse(500, QStringLiteral("node-failure"),
                                 Tr::tr("The node could not read its validation models. Tell "
                                        "the site administrator."));
        audit.checks.append(policyCheck("registered-model", 1, model->has_value()));
        audit.set("model", req.model.left(80));
        if (!model->has_value()) {
            return errorResponse(
                403, QStringLiteral("unknown-model"),
                Tr::tr("This node's administrator registered no validation model of that name "
                       "or hash. Ask the site which models it holds for validation; a β cannot "
                       "be sent."),
                QStringLiteral("model"), true);
        }
        const SiteStore::ValidationModel &registered = **model;
        auto designObject = protocol::parseObject(registered.design, registered.design.size() + 1);
        std::optional<analysis::ResolvedDesign> decodedDesign;
        if (designObject) {
            if (auto d = protocol::fromJson<analysis::ResolvedDesign>(*designObject))
                decodedDesign = std::move(d).value();
        }
        beta.resize(std::size_t(registered.beta.size()) / sizeof(double));
        if (!decodedDesign || beta.size() != decodedDesign->termNames().size())
            return errorResponse(500, QStringLiteral("node-failure"),
                                 Tr::tr("The node's record of the validation model is damaged. "
                                        "Tell the site administrator."));
        std::memcpy(beta.data(), registered.beta.constData(), beta.size() * sizeof(double));
        modelDesign = std::move(*decodedDesign);
        designHash = protocol::designHash(modelDesign);
        audit.set("modelHash", registered.hash);
    } else {
        auto found = m_store->studyOutcome(token.user, QString(), req.jobId);
        if (!found)
            return errorResponse(500, QStringLiteral("node-failure"),
                                 Tr::tr("The node could not read its record of studies. Tell the "
                                        "site administrator."));
        const bool known = found->has_value() && (*found)->purpose == req.purpose;
        audit.checks.append(policyCheck("converged-study", 1, known));
        if (!known) {
            return errorResponse(
                403, QStringLiteral("unknown-study"),
                Tr::tr("This node evaluates only the final β of a model study that you ran with "
                       "it (as participant or observer), that converged here, for the same "
                       "purpose. Send the study's job id at this node after the study "
                       "converged."),
                QStringLiteral("jobId"), true);
        }
        const SiteStore::StudyOutcome &outcome = **found;
        auto manifestObject = protocol::parseObject(outcome.manifest, outcome.manifest.size() + 1);
        if (manifestObject) {
            if (auto decodedManifest = protocol::fromJson<protocol::StudyManifest>(*manifestObject))
                manifest = std::move(decodedManifest).value();
        }
        if (!manifest)
            return errorResponse(500, QStringLiteral("node-failure"),
                                 Tr::tr("The node's record of the study is damaged. Tell the "
                                        "site administrator."));
        audit.set("study", outcome.study);
        datasetName = outcome.dataset;
        designHash = outcome.designHash;
        beta.resize(std::size_t(outcome.finalBeta.size()) / sizeof(double));
        std::memcpy(beta.data(), outcome.finalBeta.constData(), beta.size() * sizeof(double));
    }
    audit.set("dataset", datasetName.left(128));
    audit.set("designHash", designHash);
    const analysis::ResolvedDesign &resolved = manifest ? manifest->design : modelDesign;
    if (resolved.spec.family != analysis::Family::Binomial) {
        return badRequest(QStringLiteral("invalid-kind"),
                          Tr::tr("Evaluations need a binomial model."));
    }
    audit.set("finalBetaHash", protocol::betaHash(beta));
    // A subgroup evaluation reads the subgroup's column: the whole table, not only the columns
    // kept with a cached design.
    std::shared_ptr<const LoadedDataset> table;
    if (!req.subgroup.isEmpty()) {
        audit.set("subgroup", req.subgroup.left(64));
        if (auto data = m_cache.get(datasetName)) {
            if (auto refused = checkSubgroupRequest((*data)->info, req))
                return *refused;
            // Numeric subgroup edges at the node's histogram edges only, like filter bounds
            // (whether a cell is withheld must not tell where a record lies). Without consent
            // for the purpose, prepareDesign below refuses.
            if (const auto consent
                = selectConsented(**data, req.purpose, m_policy.requireConsentColumn())) {
                if (auto refused = m_gate->subgroupBounds(**data, req.subgroup.toStdString(),
                                                          req.subgroupEdges, audit.release))
                    return respond(*refused);
            }
            table = std::move(data).value();
        }
    }
    PreparedDesign prepared;
    if (auto refused = prepareDesign(token.user, datasetName, req.purpose, resolved,
                                     QuotaUse::Evaluation, audit, &prepared,
                                     /*registeredModel=*/!manifest))
        return *refused;
    const LoadedDataset &dataset = *prepared.dataset;
    const analysis::DesignMatrix &design = *prepared.design;
    if (beta.size() != std::size_t(design.p()))
        return errorResponse(500, QStringLiteral("node-failure"),
                             Tr::tr("The node's record of the study is damaged. Tell the site "
                                    "administrator."));

    const Eigen::VectorXd betaVector = Eigen::Map<const Eigen::VectorXd>(beta.data(), design.p());
    // Xβ once for the bins, the gate's dominance rules and the Mann–Whitney statistic.
    analysis::LinearPredictorMemo::Use memo(*m_linearPredictors, prepared.design);
    bool binsShared = false;
    auto bins = sharedPerformance(prepared.design, betaVector, req.bins, &binsShared);
    if (!bins)
        return respond(m_gate->dataFailure(audit.release));
    if (binsShared)
        audit.set("binsShared", true); // computed for another request at this node
    EvaluationTally tally;
    tally.designHash = designHash;
    tally.resolved = &resolved;
    tally.design = &design;
    tally.designOwner = prepared.design;
    tally.beta = &beta;
    tally.bins = std::move(bins).value();
    if (!req.subgroup.isEmpty()) {
        // The table and the design of one generation (a re-import in between: nothing).
        if (!table || table->info.generation != dataset.info.generation)
            return respond(m_gate->dataFailure(audit.release));
        return subgroupEvaluation(req, *table, tally, token.user, audit);
    }
    const ReleaseRecord before = audit.release;
    const GateAnswer answer = m_gate->evaluation(tally, design.n(), audit.release);
    if (answer.status() != 200)
        return respond(answer);
    // Differencing against every earlier release of the dataset, checked and recorded at once,
    // with the bins in the dataset's bin ledger (docs/privacy-rules.md "Evaluations of several
    // β"): a bin boundary near an earlier release is dropped (the two bins released merged),
    // never the evaluation refused for it.
    // The design's rows expanded once, for the bins and as the ledger's cohort; the bins moved
    // into the list (a braced list would copy them: 12 bytes a record; issue 16, "concurrent3").
    const std::vector<std::int64_t> cohortRows = design.rows.toVector();
    auto risk = riskBinsOf(design, cohortRows, betaVector, tally.bins, m_gate->policy().minCell);
    if (!risk)
        return respond(m_gate->dataFailure(audit.release));
    const std::vector<int> candidates = risk->edges;
    std::vector<RiskBins> riskBins;
    riskBins.push_back(std::move(*risk));
    if (auto refused
        = differencingRefusal(m_ledger->checkAndRecordEvaluation(dataset, cohortRows, resolved,
                                                                 designCells(dataset, resolved),
                                                                 riskBins, token.user),
                              audit))
        return *refused;
    designRecorded(prepared);
    if (riskBins.front().edges == candidates)
        return respond(answer);
    tally.binEdges = riskBins.front().edges;
    audit.release = before;
    audit.add(riskBinsKept(candidates, tally.binEdges, m_gate->policy().minCell));
    return respond(m_gate->evaluation(tally, design.n(), audit.release));
}

} // namespace fairstart::node

namespace fairstart::node {

using namespace api;

// ---- the round of a masked evaluation study ----------------------------------------------------

// An evaluation study (kind "evaluation") has one round, at the fitted study's final β that
// this node computed itself: each participant releases its evaluation sums under the same rules
// as a plain evaluation, encodes and masks them, and signs. Only the sum over all participants
// decodes, so the client learns the pooled bins, Brier sums and AUC correction, never a site's.
ApiResponse ApiHandlers::evaluationRound(StudyState &study, const JobSpec &spec,
                                         const protocol::RoundRelay &relay, const QString &jobId,
                                         const QString &user, const QByteArray &relayKey,
                                         Audit &audit)
{
    const protocol::StudyManifest &manifest = study.manifest;
    if (relay.round != 1 || !relay.previous.isEmpty()) {
        return endStudy(study, jobId, user, 409, QStringLiteral("evaluation-round"),
                        Tr::tr("An evaluation study has a single round (round 1, with no "
                               "contributions relayed); this relay is round %1 with %2.")
                            .arg(relay.round)
                            .arg(relay.previous.size()),
                        QString(), audit);
    }
    if (study.fittedBeta.empty() || !spec.design)
        return endStudy(study, jobId, user, 409, QStringLiteral("job-expired"),
                        Tr::tr("The study's job no longer holds its design."), QString(), audit);
    const analysis::DesignMatrix &design = *spec.design;
    if (study.fittedBeta.size() != std::size_t(design.p()))
        return errorResponse(500, QStringLiteral("node-failure"),
                             Tr::tr("The node's record of the fitted study is damaged. Tell the "
                                    "site administrator."));
    audit.set("fittedStudy", manifest.fittedStudy);
    audit.set("fittedBetaHash", study.fittedBetaHash);

    protocol::Contribution contribution;
    contribution.study = study.hash;
    contribution.site = m_store->nodeName();
    contribution.round = 1;
    contribution.mode = manifest.mode;
    contribution.p = design.p();
    contribution.betaHash = study.fittedBetaHash;
    if (study.observer()) {
        contribution.status = protocol::ContributionStatus::Observed;
    } else {
        const Eigen::VectorXd beta
            = Eigen::Map<const Eigen::VectorXd>(study.fittedBeta.data(), design.p());
        // Xβ once for the bins, the gate's dominance rules and the Mann–Whitney statistic (and
        // from the memo when a calibration job of the same fitted study computed it already).
        analysis::LinearPredictorMemo::Use memo(*m_linearPredictors, spec.design);
        bool binsShared = false;
        auto bins = sharedPerformance(spec.design, beta, manifest.evaluationBins, &binsShared);
        if (binsShared)
            audit.set("binsShared", true); // computed for another request at this node
        if (!bins) {
            m_jobs.cancel(jobId, user);
            study.ended = true;
            study.endReason = Tr::tr("the evaluation could not be computed on this site's records");
            return respond(m_gate->dataFailure(audit.release));
        }
        EvaluationTally tally;
        tally.designHash = spec.designHash;
        tally.resolved = &manifest.design;
        tally.design = &design;
        tally.designOwner = spec.design; // shared and immutable: its cell rules are remembered
        tally.beta = &study.fittedBeta;
        tally.bins = std::move(bins).value();
        std::optional<Released<protocol::EvaluationSums>> released;
        const ReleaseRecord before = audit.release;
        if (auto refused = m_gate->evaluationSums(tally, audit.release, &released)) {
            m_jobs.cancel(jobId, user);
            study.ended = true;
            study.endReason = Tr::tr("this site's release rules refused the evaluation");
            audit.set("studyEnded", true);
            return respond(*refused);
        }
        // What is masked is in the bin ledger as a plain evaluation's bins (docs/privacy-rules.md
        // "Evaluations of several β"): the other participants colluding with the analyst would
        // unmask this site's bins.
        // The design's columns kept with the study while the dataset's generation is the
        // study's; otherwise the table (a re-import ends the study, as below).
        std::shared_ptr<const LoadedDataset> data
            = study.ledgerColumns ? study.ledgerColumns->expanded() : nullptr;
        const auto current = m_cache.token(spec.dataset);
        if (!data || quint64(data->info.generation) != spec.generation || !current || !*current
            || quint64(**current) != spec.generation) {
            auto loaded = m_cache.get(spec.dataset);
            if (!loaded || quint64((*loaded)->info.generation) != spec.generation) {
                m_jobs.cancel(jobId, user);
                study.ended = true;
                study.endReason = Tr::tr("the dataset was imported again during the study");
                return respond(m_gate->dataFailure(audit.release));
            }
            data = std::move(loaded).value();
        }
        const LoadedDataset &dataset = *data;
        const std::vector<std::int64_t> cohortRows = design.rows.toVector();
        auto risk = riskBinsOf(design, cohortRows, beta, tally.bins, m_gate->policy().minCell);
        if (!risk) {
            m_jobs.cancel(jobId, user);
            study.ended = true;
            study.endReason = Tr::tr("the evaluation could not be computed on this site's records");
            return respond(m_gate->dataFailure(audit.release));
        }
        const std::vector<int> candidates = risk->edges;
        std::vector<RiskBins> riskBins;
        riskBins.push_back(std::move(*risk));
        const NodeResult<analysis::RuleOutcome> verdict = m_ledger->checkAndRecordEvaluation(
            dataset, cohortRows, manifest.design, designCells(dataset, manifest.design), riskBins,
            user);
        if (!verdict || !verdict->passed) {
            m_jobs.cancel(jobId, user);
            study.ended = true;
            study.endReason = Tr::tr("this site's release rules refused the evaluation");
            audit.set("studyEnded", true);
            if (auto refused = differencingRefusal(verdict, audit))
                return *refused;
        }
        if (riskBins.front().edges != candidates) {
            tally.binEdges = riskBins.front().edges;
            audit.release = before;
            audit.add(riskBinsKept(candidates, tally.binEdges, m_gate->policy().minCell));
            released.reset();
            if (auto refused = m_gate->evaluationSums(tally, audit.release, &released)) {
                m_jobs.cancel(jobId, user);
                study.ended = true;
                study.endReason = Tr::tr("this site's release rules refused the evaluation");
                audit.set("studyEnded", true);
                return respond(*refused);
            }
        }
        audit.add(*verdict);
        const int participants = int(manifest.participants.size());
        auto words = secure::encode(protocol::evaluationVector(released->value()),
                                    secure::FixedPoint { manifest.fractionBits, participants });
        if (!words) {
            m_jobs.cancel(jobId, user);
            study.ended = true;
            study.endReason = Tr::tr("this site's evaluation does not fit the study's "
                                     "fixed-point scale");
            audit.set("encodeFailure",
                      QString::fromLatin1(analysis::errorCodeId(words.error().code)));
            return respond(m_gate->dataFailure(audit.release));
        }
        // The masks' domain: this study (a fresh study id) and a β hash slot that names the
        // purpose, so that no key stream of a fit's rounds is ever used again here.
        secure::MaskContext context;
        context.study = study.hash.toUtf8();
        context.round = 1;
        context.betaHash = QByteArray("fairstart/v2/evaluation ") + study.fittedBetaHash.toUtf8();
        context.index = study.index;
        context.secretKey = m_secrets.boxSecretKey;
        context.publicKeys = study.boxKeys;
        if (!secure::applyMasks(*words, context))
            return errorResponse(500, QStringLiteral("node-failure"),
                                 Tr::tr("The node could not mask its evaluation. Tell the site "
                                        "administrator."));
        contribution.status = protocol::ContributionStatus::Evaluation;
        contribution.bins = manifest.evaluationBins;
        contribution.masked.assign(words->begin(), words->end());
    }
    study.round = 1;
    study.betaHash = contribution.betaHash;
    audit.set("betaHash", contribution.betaHash);
    audit.set("contribution", protocol::contributionStatusId(contribution.status));
    // Its one round answered, an evaluation study computes nothing more: its job ends here (its
    // matrix is freed once the answer is stored for a repeat), so the client need not cancel it
    // (capability "ends-evaluation-jobs"; issue 16: 100 DELETEs fewer per fit at 100 sites).
    m_jobs.finish(jobId);

    return releaseContribution(contribution, jobId, 1, relayKey, audit);
}

} // namespace fairstart::node

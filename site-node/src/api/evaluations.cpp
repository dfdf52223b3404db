// SPDX-License-Identifier: GPL-3.0-or-later
// POST /v1/evaluations: predicted-risk bins of a binomial model on a cohort.
#include "common_p.h"

#include "fairstart/analysis/performance.h"

namespace fairstart::node {

using namespace api;

// ---- evaluations -----------------------------------------------------------------------------

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
    if (req.bins < 10 || req.bins > 100000) {
        return badRequest(QStringLiteral("invalid-bins"),
                          Tr::tr("bins must be a whole number from 10 to 100000."),
                          QStringLiteral("bins"));
    }
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
            Tr::tr("This node evaluates only the final β of a model study that you ran with it "
                   "(as participant or observer), that converged here, for the same purpose. "
                   "Send the study's job id at this node after the study converged."),
            QStringLiteral("jobId"), true);
    }
    const SiteStore::StudyOutcome &outcome = **found;
    auto manifestObject = protocol::parseObject(outcome.manifest, outcome.manifest.size() + 1);
    std::optional<protocol::StudyManifest> manifest;
    if (manifestObject) {
        if (auto decodedManifest = protocol::fromJson<protocol::StudyManifest>(*manifestObject))
            manifest = std::move(decodedManifest).value();
    }
    if (!manifest)
        return errorResponse(500, QStringLiteral("node-failure"),
                             Tr::tr("The node's record of the study is damaged. Tell the site "
                                    "administrator."));
    audit.set("study", outcome.study);
    audit.set("dataset", outcome.dataset);
    audit.set("designHash", outcome.designHash);
    const analysis::ResolvedDesign &resolved = manifest->design;
    if (resolved.spec.family != analysis::Family::Binomial) {
        return badRequest(QStringLiteral("invalid-kind"),
                          Tr::tr("Evaluations need a binomial model."));
    }
    std::vector<double> beta(std::size_t(outcome.finalBeta.size()) / sizeof(double));
    std::memcpy(beta.data(), outcome.finalBeta.constData(), beta.size() * sizeof(double));
    audit.set("finalBetaHash", protocol::betaHash(beta));
    PreparedDesign prepared;
    if (auto refused = prepareDesign(token.user, outcome.dataset, outcome.purpose, resolved,
                                     QuotaUse::Evaluation, audit, &prepared))
        return *refused;
    const LoadedDataset &dataset = *prepared.dataset;
    const analysis::DesignMatrix &design = *prepared.design;
    if (beta.size() != std::size_t(design.p()))
        return errorResponse(500, QStringLiteral("node-failure"),
                             Tr::tr("The node's record of the study is damaged. Tell the site "
                                    "administrator."));

    const Eigen::VectorXd betaVector = Eigen::Map<const Eigen::VectorXd>(beta.data(), design.p());
    auto bins
        = analysis::computePerformance(design, analysis::Family::Binomial, betaVector, req.bins);
    if (!bins)
        return respond(m_gate->dataFailure(audit.release));
    EvaluationTally tally;
    tally.designHash = outcome.designHash;
    tally.resolved = &resolved;
    tally.design = &design;
    tally.designOwner = prepared.design;
    tally.beta = &beta;
    tally.bins = std::move(bins).value();
    const GateAnswer answer = m_gate->evaluation(tally, design.n(), audit.release);
    if (answer.status() != 200)
        return respond(answer);
    // Differencing against every earlier release of the dataset, checked and recorded at once.
    if (auto refused = differencingRefusal(
            m_ledger->checkAndRecord(dataset, design.rows, designCells(dataset, resolved)), audit))
        return *refused;
    return respond(answer);
}

} // namespace fairstart::node

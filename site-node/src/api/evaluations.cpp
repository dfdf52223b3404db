// SPDX-License-Identifier: GPL-3.0-or-later
// POST /v1/evaluations: predicted-risk bins of a binomial model on a cohort.
#include "common_p.h"

#include "fairstart/analysis/performance.h"

namespace fairstart::node {

using namespace api;

// ---- evaluations -----------------------------------------------------------------------------

ApiResponse ApiHandlers::evaluation(const ApiRequest &request, Audit &audit)
{
    FAIRSTART_AUTHENTICATE(token);
    protocol::EvaluationRequest req;
    if (auto refused = decodeBody(request, m_policy.maxBodyBytes(), &req))
        return *refused;
    audit.set("purpose", req.purpose.left(64));
    audit.set("dataset", req.dataset.left(128));
    audit.set("designHash", req.designHash.left(80));
    if (auto refused = checkPurpose(token, req.purpose))
        return *refused;
    const QString hash = protocol::designHash(req.design);
    if (hash != req.designHash)
        return designHashMismatch();
    if (req.design.spec.family != analysis::Family::Binomial) {
        return badRequest(QStringLiteral("invalid-kind"),
                          Tr::tr("Evaluations need a binomial model."));
    }
    if (req.bins < 10 || req.bins > 100000) {
        return badRequest(QStringLiteral("invalid-bins"),
                          Tr::tr("bins must be a whole number from 10 to 100000."),
                          QStringLiteral("bins"));
    }
    PreparedDesign prepared;
    if (auto refused = prepareDesign(token.user, req.dataset, req.purpose, req.design,
                                     QuotaUse::Evaluation, &req.beta, audit, &prepared))
        return *refused;
    const LoadedDataset &dataset = *prepared.dataset;
    const analysis::DesignMatrix &design = prepared.design;

    const Eigen::VectorXd beta = Eigen::Map<const Eigen::VectorXd>(req.beta.data(), design.p());
    auto bins = analysis::computePerformance(design, analysis::Family::Binomial, beta, req.bins);
    if (!bins)
        return respond(m_gate->dataFailure(audit.release));
    EvaluationTally tally;
    tally.designHash = hash;
    tally.resolved = &req.design;
    tally.design = &design;
    tally.beta = &req.beta;
    tally.bins = std::move(bins).value();
    const GateAnswer answer = m_gate->evaluation(tally, design.n(), audit.release);
    if (answer.status() != 200)
        return respond(answer);
    // Differencing against every earlier release of the dataset, checked and recorded at once.
    if (auto refused = differencingRefusal(
            m_ledger->checkAndRecord(dataset, design.rows, designCells(dataset, req.design)),
            audit))
        return *refused;
    return respond(answer);
}

} // namespace fairstart::node

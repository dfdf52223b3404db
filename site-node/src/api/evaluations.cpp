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
                                     QuotaUse::Evaluation, audit, &prepared))
        return *refused;
    const LoadedDataset &dataset = *prepared.dataset;
    const analysis::DesignMatrix &design = prepared.design;
    if (req.beta.size() != std::size_t(design.p())) {
        return badRequest(
            QStringLiteral("invalid-beta"),
            Tr::tr("β must hold one finite value per design column (%1).").arg(design.p()),
            QStringLiteral("beta"));
    }

    std::vector<analysis::RuleOutcome> outcomes
        = checkCohort(design.n(), prepared.consented, m_disclosure);
    for (auto &outcome : analysis::checkCells(design, req.design, m_disclosure))
        outcomes.push_back(std::move(outcome));
    audit.add(outcomes);
    if (const auto *failed = firstFailure(outcomes))
        return ruleRefusal(*failed);

    const Eigen::VectorXd beta = Eigen::Map<const Eigen::VectorXd>(req.beta.data(), design.p());
    auto bins = analysis::computePerformance(design, analysis::Family::Binomial, beta, req.bins);
    if (!bins)
        return designError(bins.error(), m_disclosure);
    auto merged = mergePerformanceBins(*bins, m_disclosure.minCell);
    analysis::RuleOutcome binning;
    binning.ruleId = "min-cell";
    binning.threshold = m_disclosure.minCell;
    binning.passed = merged.has_value();
    binning.detail = "predicted-risk bins";
    binning.message = Tr::tr("Even one bin holding every record has fewer than %1 records of an "
                             "outcome class.")
                          .arg(m_disclosure.minCell)
                          .toStdString();
    audit.add(binning);
    if (!merged)
        return ruleRefusal(binning);

    auto verdict = m_ledger->checkAndRecord(dataset, design.rows, designCells(dataset, req.design));
    if (!verdict)
        return ledgerFailure();
    audit.add(*verdict);
    if (!verdict->passed)
        return ruleRefusal(*verdict);
    protocol::EvaluationResponse out;
    out.designHash = hash;
    out.cohortSize = design.n();
    out.bins = *merged;
    return jsonResponse(200, protocol::toJson(out));
}

} // namespace fairstart::node

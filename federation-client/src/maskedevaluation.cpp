// SPDX-License-Identifier: GPL-3.0-or-later
// Masked evaluation (docs/protocol.md, "Masked evaluations"): in a masked study the evaluation
// of the final β is itself a study of kind "evaluation" with one round. Every participant
// releases its evaluation sums under its own gate, masked, and signs; the client checks every
// signature, sums the words and decodes the pooled bins, the exact Brier sums and the summed
// correction of the AUC. No site's own numbers reach the client.
#include "federatedrun_p.h"

#include "fairstart/client/refusals.h"
#include "fairstart/client/tr.h"

#include "fairstart/analysis/discrimination.h"
#include "fairstart/analysis/performance.h"
#include "fairstart/secure/secure.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace fairstart::client {

void FederatedRun::evaluateMasked()
{
    runStudy(protocol::JobKind::Evaluation, QStringLiteral("evaluation"),
             [](analysis::GlmResult) {});
}

void FederatedRun::evaluationAnswered(std::shared_ptr<Study> study)
{
    const QString phase = study->phase;
    auto stop = [&](int k, const QString &what) {
        siteFailed(study->slots[size_t(k)], phase, *studyError(*study, k, what), false);
    };
    const Eigen::VectorXd &finalBeta = m_glm->result->beta;
    const QString fittedBetaHash = protocol::betaHash(
        std::vector<double>(finalBeta.data(), finalBeta.data() + finalBeta.size()));
    // Every participant's words (its signature, study, site and round were checked on arrival:
    // checkContribution), at the final β every node attested.
    std::vector<std::uint64_t> words;
    for (int k = 0; k < int(study->slots.size()); ++k) {
        const protocol::Contribution &c = study->answers.at(k).contribution;
        if (c.status != protocol::ContributionStatus::Evaluation)
            return stop(k,
                        Tr::tr("it answered '%1' where an evaluation was due")
                            .arg(protocol::contributionStatusId(c.status)));
        if (c.betaHash != fittedBetaHash)
            return stop(k,
                        Tr::tr("it evaluated another β (%1) than the attested final β (%2)")
                            .arg(c.betaHash, fittedBetaHash));
        if (!secure::addWords(words, c.masked))
            return stop(k, Tr::tr("its masked evaluation does not have the study's length"));
    }
    const secure::FixedPoint format { study->manifest.fractionBits,
                                      int(study->manifest.participants.size()) };
    auto values = secure::decodeSum(words, format);
    std::optional<protocol::EvaluationSums> sums;
    if (values)
        sums = protocol::evaluationFromVector(study->manifest.evaluationBins, *values);
    if (!sums) {
        analysis::Error error;
        error.code = analysis::ErrorCode::InvalidValue;
        error.message = Tr::tr("The masked evaluations do not sum to an evaluation: a "
                               "contribution was changed, or a site masked with other keys. Run "
                               "the evaluation again; if this repeats, tell the sites' "
                               "administrators.")
                            .toStdString();
        failAnalysis(phase, error);
        return;
    }
    const std::vector<double> thresholds
        = m_options.thresholds.empty() ? std::vector<double> { 0.5 } : m_options.thresholds;
    analysis::Result<analysis::PerformanceMetrics> pooled
        = analysis::summarise({ sums->bins }, thresholds);
    if (!pooled) {
        failAnalysis(phase, pooled.error());
        return;
    }
    // The AUC from sums: pairs within a site exact (each site's correction), pairs across sites
    // from the pooled bins. The exact count of sites with a correction is a whole number.
    const int exactSites = int(std::lround(sums->exactSites));
    analysis::Result<analysis::SummedAuc> auc
        = analysis::pooledAucFromSums(sums->bins, sums->aucCorrection, exactSites);
    if (!auc) {
        failAnalysis(phase, auc.error());
        return;
    }
    analysis::PerformanceMetrics metrics = *pooled;
    const double shift = auc->auc - metrics.auc;
    metrics.auc = auc->auc;
    metrics.aucLower = std::clamp(metrics.aucLower + shift, 0.0, 1.0);
    metrics.aucUpper = std::clamp(metrics.aucUpper + shift, 0.0, 1.0);
    // No error bound: summarise's ½·Σ pos·neg / (P·N) bounds the AUC of the summed bins against
    // the pooled records' order only when no site merged a bin, and the AUC here is another
    // estimate (analysis::pooledAucFromSums). The summed bins do not say which site's merged bin
    // hides which order, so no bound exists (discrimination.h): NaN, which the codec writes as
    // an absent auc_binning_error_bound, and every reader shows as "no bound" (before, the
    // results, the report and the JSON gave that number as the AUC's bound).
    metrics.aucBinningErrorBound = std::numeric_limits<double>::quiet_NaN();
    m_report.performance = metrics;
    // What is true instead: pairs within a site exact at the sites whose node released its
    // statistic, pairs across sites estimated from the summed bins (no share, no bound).
    m_report.discrimination
        = analysis::PooledAuc { auc->auc, std::numeric_limits<double>::quiet_NaN(),
                                std::numeric_limits<double>::quiet_NaN(), auc->sitesWithExact };
    if (!m_options.thresholds.empty()) {
        analysis::Result<std::vector<analysis::NetBenefit>> curve
            = analysis::decisionCurve({ sums->bins }, m_options.thresholds);
        if (!curve) {
            failAnalysis(phase, curve.error());
            return;
        }
        m_report.decisionCurve = *curve;
        // No error bound either. decisionCurve's bound counts a released bin that may straddle
        // the threshold, its possible range being between its neighbours; in the summed bins a
        // site's merged bin has the other sites' records as neighbours, so it looks narrower
        // than it is, and the bound can be 0 where the net benefit is off. NaN: the codec
        // writes no error_bound, the CLI shows none (before, that number was given as a bound).
        for (analysis::NetBenefit &point : m_report.decisionCurve)
            point.netBenefitErrorBound = std::numeric_limits<double>::quiet_NaN();
    }
    for (int index : study->slots) {
        protocol::SitePerformance sp;
        sp.site = m_slots[size_t(index)].site.name;
        sp.note = maskedPerSiteText();
        sp.rule = QString::fromLatin1(kMaskedPerSite); // worded in the reader's language
        m_report.perSite << sp;
    }
    // The run record keeps the evaluation study, its signed manifest and every node's signed
    // answer at the β (checked above): a registered model's only study (it has no fit), else
    // one beside the fit's.
    {
        protocol::StudyRecord record;
        record.study = study->hash;
        record.mode = study->manifest.mode;
        record.manifest = study->manifest;
        record.signatures = study->signatures;
        // Moved, not copied: each holds 12,012 words (96 kB) at 1,000 bins, and the answers
        // are not read again (100 copies were ~3 % of the CLI's CPU per fit at 100 sites).
        record.attestations.reserve(qsizetype(study->slots.size()));
        for (int k = 0; k < int(study->slots.size()); ++k) {
            record.attestations << std::move(study->answers.at(k));
            record.checks << protocol::StudySignatureCheck {
                m_slots[size_t(study->slots[size_t(k)])].site.name, true, true, {}
            };
        }
        if (m_options.registeredModel)
            m_report.study = record;
        else
            m_report.studies << record;
    }
    for (int index : study->slots)
        setState(index, SiteState::Working, Tr::tr("masked evaluation summed"));
    // Its one round is answered: a node with "ends-evaluation-jobs" ended its job already.
    closeStudyJobs(*study, true);
    evaluated();
}

} // namespace fairstart::client

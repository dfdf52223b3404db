// SPDX-License-Identifier: GPL-3.0-or-later
// Internal–external cross-validation (leave one site out, issue 15): for each site, the model is
// fitted by a study of all other sites in which the held-out site takes part as an observer (it
// computes every β itself and contributes nothing); the held-out node then evaluates that
// study's final β on its own cohort (POST /v1/evaluations with its job id) and fits the two
// calibration studies (slope, calibration-in-the-large) on its own records. The measures of all
// held-out sites are pooled with analysis::poolHeldOutSites (REML, Knapp–Hartung, prediction
// interval). The client never sends a β; every number passed the held-out node's release gate.
#pragma once

#include "fairstart/client/federatedrun.h"
#include "fairstart/client/site.h"

#include "fairstart/analysis/discrimination.h"
#include "fairstart/analysis/validation.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace fairstart::client {

struct ValidationOptions {
    // The model, dataset, purpose, mode and transport as for a fit. evaluate, calibration,
    // perSiteFits and continueWithout are ignored: validation always evaluates and calibrates at
    // the held-out site and fits nothing per site; a fold is defined by its training sites, so a
    // site that fails is never left out of one (the fold fails and says why instead).
    RunOptions run;
    // Decision-curve thresholds (treat when risk >= t), each strictly between 0 and 1. Empty:
    // defaultDecisionThresholds().
    std::vector<double> thresholds;
};

// 0.05, 0.10, ..., 0.50.
std::vector<double> defaultDecisionThresholds();

// One point of a decision curve (analysis::NetBenefit, per record).
struct DecisionPoint {
    double threshold = 0.0; // as requested
    double gridThreshold = 0.0; // the risk-grid edge used
    double netBenefit = 0.0; // the model
    double treatAll = 0.0;
    double treatNone = 0.0;
    double errorBound = 0.0; // what bins merged for disclosure can cost (netBenefitErrorBound)
};
std::vector<DecisionPoint> toDecisionPoints(const std::vector<analysis::NetBenefit> &curve);

// The model fitted on every other site, evaluated at the held-out site.
struct HeldOutResult {
    QString heldOut; // the site's name as the analyst gave it
    QStringList trainedOn; // the study's participants (the node names of the other sites)
    QString study; // the study hash of the fit on the other sites
    QString mode; // "masked" or "plain"
    int rounds = 0; // rounds of that study

    // Empty when the measures below are valid. Otherwise why this site has none: the study on
    // the other sites failed or was refused (the site and rule named), the held-out node
    // refused the evaluation or a calibration study, or it was unreachable. The other sites'
    // results stand; a failed site is left out of the pooling (and named in poolingNote).
    QString failure;
    QString failurePhase; // "fit", "evaluation", "calibration slope", ...
    // The held-out node withheld its evaluation or calibration by a release rule (its `rule`
    // id): no numbers, like a failure, but shown as withheld, not as an error.
    bool withheld = false;
    QString withheldRule;
    // The refusal's parameters and where (SiteError::params, detail), so that a reader words it
    // in the user's language (client::ruleExplanation) rather than quoting `failure`, which is in
    // the language of the session that ran it.
    QJsonObject withheldParams;
    QString withheldWhere;
    bool ok() const { return failure.isEmpty(); }
    // Issue 15: the held-out site's evaluation by subgroup (RunOptions::subgroup).
    std::optional<protocol::SubgroupReport> subgroups;

    double n = 0.0; // records in the held-out site's cohort, as its evaluation released them
    double events = 0.0;
    double auc = 0.0; // exact when the node released its Mann–Whitney u (aucExact)
    double aucSe = 0.0; // DeLong on the released bins
    double aucLower = 0.0; // 95%, AUC ± 1.96 SE, clipped to [0, 1]
    double aucUpper = 0.0;
    bool aucExact = false;
    double aucErrorBound = 0.0; // 0 when exact; otherwise the binning error bound
    double calibrationSlope = 0.0;
    double calibrationSlopeSe = 0.0;
    double calibrationInTheLarge = 0.0; // glm(y ~ 1 + offset(lp)) at the held-out site
    double calibrationInTheLargeSe = 0.0;
    double observedExpected = 0.0; // Σy / Σp
    double brier = 0.0;
    std::vector<DecisionPoint> decisionCurve; // over ValidationReport::thresholds

    // The form analysis::poolHeldOutSites takes (heldOut as UTF-8).
    analysis::HeldOutSite toHeldOutSite() const;
};

struct ValidationReport {
    QString dataset;
    QString purpose;
    QString designHash; // one design for every fold (levels, scaling, knots from all sites)
    analysis::ResolvedDesign design;
    QDateTime started;
    QDateTime finished;
    QString clientVersion;
    std::vector<double> thresholds; // the decision-curve thresholds used

    QList<HeldOutResult> perSite; // in the order of the sites given
    // analysis::poolHeldOutSites over the sites with results: auc, calibration_slope,
    // calibration_in_the_large, observed_expected. Empty when fewer than three sites have
    // results; poolingNote then says why.
    std::vector<analysis::PooledMeasure> pooled;
    QString poolingNote;
    // Net benefit of the held-out predictions of all sites with results together.
    std::vector<DecisionPoint> pooledDecisionCurve;
    // By a subgroup variable (RunOptions::subgroup): each held-out site's cells are in its
    // HeldOutResult::subgroups; the workbench pools them per level (ui/results/fairness.h).
};

// The CLI's `--format json`: {"per_site": [{"held_out", "n", "events", "auc", "auc_se",
// "calibration_slope", "calibration_in_the_large", "observed_expected", "brier"}],
// "pooled": {MEASURE: {"estimate", "ci": [lo, hi], "pi": [lo, hi], "tau2"}}}. A site without
// results has null measures and a "failure" sentence.
QJsonObject validationToJson(const ValidationReport &report);

class ValidationRun : public QObject {
    Q_OBJECT
public:
    ValidationRun(QList<Site> sites, ValidationOptions options, QObject *parent = nullptr);
    ~ValidationRun() override;

    // Starts; fewer than analysis::minimumValidationSites sites fail at once with a sentence
    // that says so. One held-out site after another (each a FederatedRun with an observer).
    void start();
    // Stops the fold in flight (its jobs are cancelled) and emits failed().
    void cancel();

    bool isRunning() const { return m_running; }
    const ValidationReport &report() const { return m_report; }
    const std::optional<RunError> &error() const { return m_error; }
    // Sites whose study keys were seen for the first time (to be recorded by the caller).
    const QList<Site> &recordedKeys() const { return m_recordedKeys; }

Q_SIGNALS:
    // A new held-out site: index from 0, of count.
    void foldStarted(int index, int count, const QString &heldOut);
    void phaseChanged(const QString &phase);
    void siteProgress(const QString &site, fairstart::client::SiteState state,
                      const QString &message);
    void roundFinished(int round, double deviance, double milliseconds);
    void siteKeysRecorded(const fairstart::client::Site &site);
    // One held-out site done, with results or with its failure.
    void foldFinished(const fairstart::client::HeldOutResult &result);
    void finished(const fairstart::client::ValidationReport &report);
    // The run as a whole could not go on (fewer than three sites, cancelled, bad options).
    // A single fold's failure is that site's HeldOutResult::failure instead; the others go on.
    void failed(const fairstart::client::RunError &error);

private:
    void startFold();
    void foldDone(FederatedRun *run);
    void finish();
    void fail(RunError error);

    QList<Site> m_sites;
    ValidationOptions m_options;
    ValidationReport m_report;
    std::optional<RunError> m_error;
    QList<Site> m_recordedKeys;
    bool m_running = false;
    int m_fold = 0;
    FederatedRun *m_current = nullptr;
    // Per held-out site with results: its events and decision curve (pooledDecisionCurve).
    std::vector<std::pair<double, std::vector<analysis::NetBenefit>>> m_curves;
};

} // namespace fairstart::client

Q_DECLARE_METATYPE(fairstart::client::HeldOutResult)
Q_DECLARE_METATYPE(fairstart::client::ValidationReport)

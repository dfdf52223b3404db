// SPDX-License-Identifier: GPL-3.0-or-later
// Internal–external validation (leave one site out, issue 15) as the workbench and the report show
// it: per held-out site its performance or why there is none, and each measure pooled with the
// random-effects model (analysis/validation.h). Everything here is drawn from released aggregates:
// the held-out sites' evaluations and the pooled lines computed from them.
#pragma once

#include "fairstart/analysis/validation.h"
#include "fairstart/ui/results/charts.h"
#include "fairstart/ui/results/decisioncurve.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <array>
#include <optional>
#include <vector>

class QStandardItemModel;

namespace fairstart::client {
struct ValidationReport;
}

namespace fairstart::ui {

// One site as it was held out.
struct HeldOutResult {
    enum class State {
        Evaluated, // the model fitted on the others was evaluated here
        Withheld, // the site's release rules kept the evaluation back
        Failed, // the site did not answer, refused, or its evaluation could not be done
    };
    QString site;
    State state = State::Evaluated;
    std::optional<analysis::HeldOutSite> measures; // when evaluated
    QString note; // why not, when withheld or failed (the node's reason)
    // Withheld by a node's release rule: its stable code, parameters ({"threshold": 10}) and
    // where. heldOutStateText words the rule from these in the user's language (issue 17: the
    // Dutch report quoted "fewer than 10 events"); `note` is the fallback for a code the client
    // does not know.
    QString rule;
    QJsonObject ruleParams;
    QString ruleWhere;
    std::vector<NetBenefitPoint> decisionCurve; // of the held-out predictions, when evaluated
};

// A site's value of the measure with its 95% interval, on the scale the measure is pooled on and
// back-transformed (AUC: logit, O/E: log with √((1 − O/n)/O); metafor's forest(transf =)).
struct SiteInterval {
    double estimate = 0.0;
    double lower = 0.0;
    double upper = 0.0;
};
// Issue 15, the fairness panel (fairness.h): one level at one held-out site (site set), or pooled
// over the held-out sites (site empty).
struct FairnessRow {
    QString level; // the level's label (the node's edges for a numeric variable)
    bool missing = false; // the records that miss the variable
    QString site; // the held-out site; empty: pooled over the held-out sites
    bool withheld = false; // the site's release rule kept the cell back (site rows only)
    QString reason; // withheld: the rule in words ("too few records (min-cell)")
    // withheld: the node's rule code (and parameters) behind `reason`, so that it is worded in
    // the reader's language (subgroupReasonText); empty in validations stored before issue 17.
    QString rule;
    QJsonObject ruleParams;
    QString note; // pooled: why not pooled, or which sites it is without
    double n = 0.0; // site rows: as released; pooled: over the pooled sites
    double events = 0.0;
    int sites = 0; // pooled: the held-out sites pooled
    // Per ValidationMeasure (kValidationMeasures order): the site's value with its 95% CI
    // (siteInterval), or the pooled estimate with its Knapp–Hartung 95% CI.
    std::array<std::optional<SiteInterval>, 4> values;
    std::array<std::optional<SiteInterval>, 4> predictionIntervals; // pooled only (lower, upper)
};

struct FairnessSummary {
    QString variable; // the catalogue variable
    QString label; // its catalogue label, or the name
    // Per level in the first held-out site's order: the pooled row, then the held-out sites'.
    QList<FairnessRow> rows;
};

struct ValidationSummary {
    QString dataset;
    QString designHash;
    QList<HeldOutResult> sites;
    std::vector<analysis::PooledMeasure> pooled; // empty when not pooled (see poolingProblem)
    QString poolingProblem; // why no pooled lines (e.g. fewer than three sites evaluated)
    // Net benefit of all held-out predictions together, over the run's thresholds.
    std::vector<NetBenefitPoint> pooledDecisionCurve;
    double prevalence = 0.0; // events / records over the evaluated sites
    // By the subgroup variable chosen for the run (fairness.h); nullopt without one.
    std::optional<FairnessSummary> fairness;
};

// What a validation run (client::ValidationRun) finished with, as the page shows it: a site
// with a failure is shown as failed with its phase and reason; the pooled lines and the pooling
// note are the run's own.
ValidationSummary validationSummary(const client::ValidationReport &report);

// The summary as the workspace keeps it (a validation run's stored result, "schema":
// "fairstart-validation-1") and back; nullopt with *error saying why when it cannot be read.
QJsonObject validationSummaryToJson(const ValidationSummary &summary);
std::optional<ValidationSummary> validationSummaryFromJson(const QJsonObject &json,
                                                           QString *error = nullptr);

// Pools the evaluated sites with analysis::poolHeldOutSites; a refusal (fewer than three sites, a
// measure without an SE) goes to poolingProblem, in the user's language where it is ours.
void poolValidation(ValidationSummary &summary);

// The four pooled measures in the order the page shows them.
enum class ValidationMeasure { Auc, CalibrationSlope, CalibrationInTheLarge, ObservedExpected };
inline constexpr ValidationMeasure kValidationMeasures[]
    = { ValidationMeasure::Auc, ValidationMeasure::CalibrationSlope,
        ValidationMeasure::CalibrationInTheLarge, ValidationMeasure::ObservedExpected };
// "auc", "calibration_slope", ... as analysis::PooledMeasure::measure and the CLI's JSON name it.
QString measureId(ValidationMeasure measure);
QString measureName(ValidationMeasure measure); // translated
const analysis::PooledMeasure *pooledMeasure(const ValidationSummary &summary,
                                             ValidationMeasure measure);

std::optional<SiteInterval> siteInterval(const analysis::HeldOutSite &site,
                                         ValidationMeasure measure);

// The forest plot's rows: every held-out site (withheld and failed ones as such, without a
// number), then the pooled estimate as a diamond over its CI and the prediction interval.
QList<IntervalRow> validationForestRows(const ValidationSummary &summary,
                                        ValidationMeasure measure);
// The forest plot of one measure (AUC and calibration on linear axes, O/E on a log axis; the
// reference line at the ideal value: 0.5, 1, 0, 1).
ForestChart *makeValidationForest(const ValidationSummary &summary, ValidationMeasure measure);

// The decision curve of the held-out predictions (pooled and per site); nullptr without one.
QChart *makeValidationDecisionCurve(const ValidationSummary &summary);

// "Withheld: …" / "Failed: …" for a site without measures.
QString heldOutStateText(const HeldOutResult &site);

// The tables: one row per held-out site (n, events, each measure with its interval, Brier, state)
// and one row per pooled measure (estimate, CI, PI, τ², sites). Cells carry ValueRole, ExportRole
// and WithheldRole as every results model does. The caller owns the models.
QStandardItemModel *makeHeldOutSiteModel(const ValidationSummary &summary);
QStandardItemModel *makePooledMeasureModel(const ValidationSummary &summary);
void fillHeldOutSiteModel(QStandardItemModel *model, const ValidationSummary &summary);
void fillPooledMeasureModel(QStandardItemModel *model, const ValidationSummary &summary);

// "0.74 [0.70, 0.78]" in the user's locale.
QString intervalText(double estimate, double lower, double upper, int decimals = 2);

} // namespace fairstart::ui

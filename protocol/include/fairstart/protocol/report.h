// SPDX-License-Identifier: GPL-3.0-or-later
// The result of a federated run as the client assembles it: what the CLI prints, the workspace
// stores and the workbench draws. Aggregates only; there is no field that could hold a record.
#pragma once

#include "fairstart/analysis/discrimination.h"
#include "fairstart/protocol/messages.h"
#include "fairstart/protocol/study.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace fairstart::protocol {

// One site as it took part in a run.
struct SiteRecord {
    QString name;
    QString url;
    QString nodeVersion;
    QString engineVersion;
    QString protocolVersion;
    PolicySummary policy;
    qint64 cohortSize = 0; // records used, as the node released it
    analysis::CohortCounts counts; // cohort flow, as released
    QString state; // "ok", "failed", "excluded"
    QString error; // why, when not ok (a refusal quotes the rule)
    // Issue 17: the refusal behind `error`, as the node sent it (SiteError code, params and
    // where), so that a reader words it in its user's language (client::refusalText); `error`
    // stays the sentence of the session that ran it, the fallback for an unknown code or an
    // older record. Empty when `error` is not a rule's refusal.
    QString rule = {};
    QJsonObject ruleParams = {};
    QString ruleWhere = {};
};

struct RoundTiming {
    int round = 0;
    bool nullModel = false;
    double deviance = 0;
    int stepHalvings = 0;
    double totalMs = 0; // wall time of the round, all sites in parallel
    QMap<QString, double> siteMs; // per site: request to answer
};

struct SitePerformance {
    QString site;
    std::optional<analysis::PerformanceMetrics> metrics; // nullopt: the site released none
    QString note; // why not, when absent
    // Issue 17: the refusal behind `note`, as the node sent it (SiteError code, params and
    // where), so that a reader words it in its user's language (client::refusalText); `note`
    // stays the sentence of the session that ran it, the fallback for an unknown code or an
    // older record. Empty when `note` is not a rule's refusal.
    QString rule = {};
    QJsonObject ruleParams = {};
    QString ruleWhere = {};
    // The site's AUC from its exact Mann–Whitney u when it released one (metrics->auc is this
    // AUC, metrics->aucBinningErrorBound its bound: 0 when exact).
    std::optional<analysis::PooledAuc> discrimination;
    // Net benefit over RunOptions::thresholds (empty without thresholds).
    std::vector<analysis::NetBenefit> decisionCurve;
};

// A model fitted at one site alone, where the design allows it (heterogeneity, per-site tables).
struct SiteFit {
    QString site;
    std::optional<analysis::GlmResult> glm;
    QString note;
    // Issue 17: the refusal behind `note`, as the node sent it (SiteError code, params and
    // where), so that a reader words it in its user's language (client::refusalText); `note`
    // stays the sentence of the session that ran it, the fallback for an unknown code or an
    // older record. Empty when `note` is not a rule's refusal.
    QString rule = {};
    QJsonObject ruleParams = {};
    QString ruleWhere = {};
};

// Issue 15: one row of the fairness (subgroup) table: a level of the subgroup variable, pooled
// over the sites (site empty) or at one site. A withheld row has no numbers, only the reason
// (the node's rule, or the sites that withheld it for a pooled row).
struct SubgroupRow {
    QString level; // the level's label; for the variable "site", the site's name
    bool missing = false; // the records that miss the variable (or lie outside the edges)
    QString site; // empty: pooled over the sites
    bool withheld = false;
    QString reason; // why withheld
    // Issue 17: the refusal behind `reason` (a site's row; a pooled row names the sites), as the
    // node sent it (SiteError code, params and where), so that a reader words it in its user's
    // language (client::refusalText); `reason` stays the sentence of the session that ran it, the
    // fallback for an unknown code or an older record. Empty when `reason` is not a rule's refusal.
    QString rule = {};
    QJsonObject ruleParams = {};
    QString ruleWhere = {};
    double n = 0.0;
    double events = 0.0;
    std::optional<double> auc;
    std::optional<double> aucLower;
    std::optional<double> aucUpper;
    std::optional<double> aucSe; // DeLong on the bins (what a meta-analysis of sites weighs by)
    std::optional<double> observedExpected;
    std::optional<double> oeLower;
    std::optional<double> oeUpper;
    std::optional<double> calibrationSlope;
    std::optional<double> calibrationSlopeSe;
    std::optional<double> calibrationInTheLarge;
    std::optional<double> calibrationInTheLargeSe;
};

struct SubgroupReport {
    QString variable;
    QList<SubgroupRow> rows; // per level: the pooled row, then the sites' rows
};

struct FitReport {
    QString dataset;
    QString purpose;
    QString designHash;
    analysis::ResolvedDesign design;
    QDateTime started;
    QDateTime finished;
    analysis::GlmResult glm;
    std::optional<analysis::PerformanceMetrics> performance;
    std::optional<double> calibrationIntercept;
    std::optional<double> calibrationSlope;
    std::optional<double> calibrationInterceptSe;
    std::optional<double> calibrationSlopeSe;
    // analysis::pooledAuc over the sites (within-site pairs exact where a node released its u):
    // performance->auc and aucBinningErrorBound are taken from it.
    std::optional<analysis::PooledAuc> discrimination;
    // Net benefit of the pooled predictions over RunOptions::thresholds.
    std::vector<analysis::NetBenefit> decisionCurve;
    QList<SitePerformance> perSite;
    QList<SiteFit> perSiteFits;
    QList<SiteRecord> sites;
    QList<RoundTiming> rounds;
    // Sites left out after a failure, by the caller's explicit choice (never silently).
    QStringList excludedSites;
    QString clientVersion;
    // Version 2: the pooled fit's study (mode, participants, the signed manifest and every node's
    // signed attestation of the final β, and what the client verified).
    std::optional<StudyRecord> study;
    // Every other study of the run, in the order each ended: the masked descriptives studies of
    // the design's resolution (moments, the knots' lattice cells), the masked evaluation, the
    // calibration slope and intercept — each with its signed manifest, every node's signatures
    // and signed answers, and what the client verified, so that a reader audits every result of
    // the run and not only the fit. Empty in records written before.
    QList<StudyRecord> studies;
    // Issue 15: the final model's discrimination and calibration by subgroup (RunOptions::
    // subgroup), every cell under each node's release rules.
    std::optional<SubgroupReport> subgroups;
};

} // namespace fairstart::protocol

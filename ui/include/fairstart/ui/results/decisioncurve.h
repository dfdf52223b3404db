// SPDX-License-Identifier: GPL-3.0-or-later
// Decision curves (issue 15): net benefit of treating by the model against the risk threshold,
// with treat-all and treat-none, pooled and per site, from the ROC curves the sites released (no
// extra request, no record-level data).
#pragma once

#include "fairstart/analysis/performance.h"
#include "fairstart/protocol/report.h"

#include <QChart>
#include <QList>
#include <QPair>

#include <vector>

namespace fairstart::ui {

struct NetBenefitPoint {
    double threshold = 0.0; // as chosen
    double gridThreshold = 0.0; // the released ROC threshold used: treat when risk >= it
    double model = 0.0;
    double treatAll = 0.0;
    // treat none is 0 at every threshold
};

// NB(t) = TP/n − FP/n · t/(1 − t), treat all: events/n − (n − events)/n · t/(1 − t); the records
// treated are those the smallest released ROC threshold ≥ t classifies positive (as
// thresholdMetrics). Thresholds outside (0, 1) are left out. For bins that were not merged and t
// on the risk grid this equals analysis::decisionCurve on the sites' bins.
std::vector<NetBenefitPoint> netBenefit(const analysis::PerformanceMetrics &metrics,
                                        const QList<double> &thresholds);

// The thresholds a curve is drawn at: every 0.01 across the range the Evaluation block's
// thresholds span (the range the analyst called relevant), plus the chosen ones. One threshold t
// (a run that named none has 0.5) spans 0.01 to t + 0.05. Empty when none lies in (0, 1).
QList<double> decisionCurveThresholds(const QList<double> &chosen);

// The thresholds the analyst chose, as the run applied them (FitReport::performance->thresholds).
QList<double> chosenThresholds(const protocol::FitReport &report);

// One curve per line: the pooled model ("model"), each site ("site:<name>"), treat all
// ("treat-all", from the pooled points) and treat none ("treat-none"); `marked` thresholds as
// points on the pooled curve ("chosen"). The y axis runs from −prevalence/4 to the best net
// benefit: below that treat-all says nothing more.
QChart *makeNetBenefitChart(const QString &title, const std::vector<NetBenefitPoint> &pooled,
                            const QList<QPair<QString, std::vector<NetBenefitPoint>>> &sites,
                            const QList<double> &marked, double prevalence);

// Net benefit against threshold: the pooled model ("model"), every site that released its
// performance ("site:<name>"), treat all ("treat-all") and treat none ("treat-none"); the chosen
// thresholds marked on the pooled curve ("chosen"). nullptr without pooled performance or
// thresholds.
QChart *makeDecisionCurveChart(const protocol::FitReport &report, const QList<double> &chosen);

} // namespace fairstart::ui

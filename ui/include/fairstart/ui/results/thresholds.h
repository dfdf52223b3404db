// SPDX-License-Identifier: GPL-3.0-or-later
// Sensitivity, specificity, PPV and NPV at the Evaluation block's risk thresholds, computed from
// the ROC curve the sites released (no record-level data, no extra request): classifying
// "positive when risk >= t" picks the same records as the smallest released ROC threshold >= t.
#pragma once

#include "fairstart/analysis/performance.h"

#include <QList>

namespace fairstart::ui {

std::vector<analysis::ThresholdMetrics> thresholdMetrics(const analysis::PerformanceMetrics &m,
                                                         const QList<double> &thresholds);

} // namespace fairstart::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/ui/results/thresholds.h"

#include <algorithm>

namespace fairstart::ui {

std::vector<analysis::ThresholdMetrics> thresholdMetrics(const analysis::PerformanceMetrics &m,
                                                         const QList<double> &thresholds)
{
    std::vector<analysis::ThresholdMetrics> out;
    const double positives = m.events;
    const double negatives = m.n - m.events;
    for (double t : thresholds) {
        analysis::ThresholdMetrics tm;
        tm.threshold = t;
        // Nobody is positive above every released threshold: sensitivity 0, specificity 1.
        tm.gridThreshold = 1.0;
        tm.sensitivity = 0.0;
        tm.specificity = 1.0;
        double best = 2.0;
        const double clamped = std::clamp(t, 0.0, 1.0);
        for (const analysis::RocPoint &p : m.roc) {
            // Released thresholds are bin edges; 1e-12 absorbs t typed as 0.1 against 100/1000.
            if (p.threshold + 1e-12 >= clamped && p.threshold < best) {
                best = p.threshold;
                tm.gridThreshold = p.threshold;
                tm.sensitivity = p.sensitivity;
                tm.specificity = p.specificity;
            }
        }
        const double tpos = tm.sensitivity * positives;
        const double fpos = (1.0 - tm.specificity) * negatives;
        const double tneg = negatives - fpos;
        const double fneg = positives - tpos;
        if (tpos + fpos > 0)
            tm.ppv = tpos / (tpos + fpos);
        if (tneg + fneg > 0)
            tm.npv = tneg / (tneg + fneg);
        out.push_back(tm);
    }
    return out;
}

} // namespace fairstart::ui

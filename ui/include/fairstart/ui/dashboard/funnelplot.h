// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard's funnel plot: each area's rate against its size (records), with the pooled rate
// and control limits at 95% and 99.8% (Spiegelhalter 2005: p ± z·√(p(1 − p)/n), the normal
// approximation to the binomial, clipped to 0–100%). An area outside the outer limits differs by
// more than chance would make likely. Only released counts take part: an area that withheld its
// count is neither drawn nor pooled (pooling it would reveal what it withheld).
#pragma once

#include <QList>
#include <QPointF>
#include <QString>

class QChart;

namespace fairstart::ui {

class IndicatorModel;

struct FunnelPoint {
    QString area;
    double size = 0; // records (the denominator)
    double count = 0; // records with the level
    double rate() const { return size > 0 ? count / size : 0.0; }
};

struct FunnelLimits {
    double pooled = 0; // Σ count / Σ size over the released areas
    // Curves over the sizes, as (size, rate) in 0..1: 95% and 99.8% (z = 1.96 and 3.09).
    QList<QPointF> lower95, upper95, lower998, upper998;
};

// The released areas of the model's rows; `withheld` gets the areas left out.
QList<FunnelPoint> funnelPoints(const IndicatorModel &model, QStringList *withheld = nullptr);
FunnelLimits funnelLimits(const QList<FunnelPoint> &points, int steps = 60);
// Rates in percent; the areas as points (series "areas"; the table beside it names them).
QChart *makeFunnelChart(const QString &title, const QList<FunnelPoint> &points);

} // namespace fairstart::ui

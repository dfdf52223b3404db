// SPDX-License-Identifier: GPL-3.0-or-later
// The fairness panel (issue 15): discrimination and calibration of the validated model by the
// levels of a subgroup variable chosen from the catalogue. Each held-out site evaluated the model
// fitted on the other sites per level (client::HeldOutResult::subgroups), every cell under its
// own release rules; a level is pooled over the held-out sites that released it with the same
// random-effects model as the Validation section (analysis::poolHeldOutSites). A withheld cell
// is shown as "withheld (rule)", never as a number.
#pragma once

#include "fairstart/analysis/validation.h"
#include "fairstart/protocol/report.h"
#include "fairstart/ui/results/charts.h"
#include "fairstart/ui/results/validation.h"

#include <QList>
#include <QString>

#include <array>
#include <optional>

class QStandardItemModel;

namespace fairstart::ui {

// The held-out sites' subgroup cells of a validation run, pooled per level; nullopt when the run
// had no subgroup variable.
std::optional<FairnessSummary> fairnessSummary(const client::ValidationReport &report,
                                               const QString &label = {});
// The same from each held-out site's rows (site name, its SubgroupReport): what the workspace
// keeps and the tests give.
FairnessSummary fairnessSummary(const QString &variable, const QString &label,
                                const QList<QPair<QString, protocol::SubgroupReport>> &sites);

// "withheld (too few records (min-cell))" — the text of a withheld cell everywhere.
QString fairnessWithheldText(const FairnessRow &row);

// The forest plot of one measure: one row per level (its pooled estimate and CI), a withheld or
// unpooled level as a row without numbers that says why.
QList<IntervalRow> fairnessForestRows(const FairnessSummary &summary, ValidationMeasure measure);
ForestChart *makeFairnessForest(const FairnessSummary &summary, ValidationMeasure measure);

// The table: per level the pooled row, then each held-out site's row (n, events, the four
// measures with their intervals, or the withheld text in every cell). Roles as every results
// model (ValueRole, ExportRole, WithheldRole).
QStandardItemModel *makeFairnessModel(const FairnessSummary &summary);
void fillFairnessModel(QStandardItemModel *model, const FairnessSummary &summary);

} // namespace fairstart::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/ui/results/fairness.h"
#include "fairstart/ui/results/rulenotes.h"

#include "fairstart/client/validationrun.h"
#include "fairstart/ui/results/format.h"
#include "fairstart/ui/tr.h"

#include <QFont>
#include <QLocale>
#include <QStandardItemModel>

#include <cmath>
#include <map>

namespace fairstart::ui {

namespace {

int decimalsOf(ValidationMeasure measure)
{
    return measure == ValidationMeasure::Auc ? 3 : 2;
}

// A released cell in the form the Validation section pools (analysis::HeldOutSite); a measure
// the node did not release stays 0 with SE 0, which siteInterval shows as no interval.
analysis::HeldOutSite toHeldOutSite(const QString &site, const protocol::SubgroupRow &row)
{
    analysis::HeldOutSite h;
    h.heldOut = site.toStdString();
    h.n = row.n;
    h.events = row.events;
    h.auc = row.auc.value_or(0.0);
    h.aucSe = row.aucSe.value_or(0.0);
    h.calibrationSlope = row.calibrationSlope.value_or(0.0);
    h.calibrationSlopeSe = row.calibrationSlopeSe.value_or(0.0);
    h.calibrationInTheLarge = row.calibrationInTheLarge.value_or(0.0);
    h.calibrationInTheLargeSe = row.calibrationInTheLargeSe.value_or(0.0);
    h.observedExpected = row.observedExpected.value_or(0.0);
    return h;
}

QString levelText(const FairnessRow &row)
{
    return row.missing ? Tr::tr("missing") : row.level;
}

QStandardItem *textItem(const QString &text)
{
    auto item = new QStandardItem(text);
    item->setEditable(false);
    item->setData(text, ExportRole);
    return item;
}

QStandardItem *countItem(double value)
{
    auto item = textItem(QLocale().toString(qint64(std::llround(value))));
    item->setData(value, ValueRole);
    item->setData(exactNumber(value), ExportRole);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QStandardItem *withheldItem(const FairnessRow &row)
{
    auto item = textItem(Tr::tr("withheld"));
    item->setData(true, WithheldRole);
    item->setToolTip(fairnessWithheldText(row));
    return item;
}

} // namespace

QString fairnessWithheldText(const FairnessRow &row)
{
    return Tr::tr("withheld (%1)").arg(subgroupReasonText(row.rule, row.ruleParams, row.reason));
}

FairnessSummary fairnessSummary(const QString &variable, const QString &label,
                                const QList<QPair<QString, protocol::SubgroupReport>> &sites)
{
    FairnessSummary summary;
    summary.variable = variable;
    summary.label = label.isEmpty() ? variable : label;
    // The levels in the order the first site that has them gives them.
    std::vector<std::pair<QString, bool>> levels;
    std::map<std::pair<QString, bool>, QList<FairnessRow>> byLevel;
    for (const auto &[site, report] : sites) {
        for (const protocol::SubgroupRow &r : report.rows) {
            // A held-out site is the only evaluated site of its fold: its rows are "pooled"
            // over that one site (site empty); per-site rows would repeat them.
            if (!r.site.isEmpty())
                continue;
            const auto key = std::make_pair(r.level, r.missing);
            if (!byLevel.count(key))
                levels.push_back(key);
            FairnessRow row;
            row.level = r.level;
            row.missing = r.missing;
            row.site = site;
            row.withheld = r.withheld;
            row.reason = subgroupReasonText(r);
            row.rule = r.rule; // issue 17: worded again in the reader's language
            row.ruleParams = r.ruleParams;
            if (!r.withheld) {
                row.n = r.n;
                row.events = r.events;
                const analysis::HeldOutSite h = toHeldOutSite(site, r);
                for (ValidationMeasure m : kValidationMeasures)
                    row.values[std::size_t(m)] = siteInterval(h, m);
            }
            byLevel[key].append(row);
        }
    }
    for (const auto &key : levels) {
        const QList<FairnessRow> &siteRows = byLevel[key];
        FairnessRow pooled;
        pooled.level = key.first;
        pooled.missing = key.second;
        QStringList withheldAt;
        for (const FairnessRow &r : siteRows) {
            if (r.withheld)
                withheldAt << r.site;
        }
        // The pooling weighs each site by its SEs: take the node's numbers from the reports.
        std::vector<analysis::HeldOutSite> released;
        for (const auto &[site, report] : sites) {
            for (const protocol::SubgroupRow &r : report.rows) {
                if (r.site.isEmpty() && !r.withheld && r.level == key.first
                    && r.missing == key.second)
                    released.push_back(toHeldOutSite(site, r));
            }
        }
        for (const analysis::HeldOutSite &h : released) {
            pooled.n += h.n;
            pooled.events += h.events;
        }
        pooled.sites = int(released.size());
        if (int(released.size()) < analysis::minimumValidationSites) {
            pooled.note = withheldAt.isEmpty()
                ? Tr::tr("not pooled: %n held-out site(s) released this level; pooling needs "
                         "at least three",
                         nullptr, int(released.size()))
                : Tr::tr("not pooled: withheld at %1; pooling needs at least three held-out "
                         "sites")
                      .arg(withheldAt.join(QStringLiteral(", ")));
        } else {
            analysis::Result<std::vector<analysis::PooledMeasure>> p
                = analysis::poolHeldOutSites(released);
            if (!p) {
                pooled.note
                    = Tr::tr("not pooled: %1").arg(QString::fromStdString(p.error().message));
            } else {
                for (const analysis::PooledMeasure &pm : *p) {
                    for (ValidationMeasure m : kValidationMeasures) {
                        if (measureId(m).toStdString() != pm.measure)
                            continue;
                        pooled.values[std::size_t(m)]
                            = SiteInterval { pm.estimate, pm.ciLower, pm.ciUpper };
                        pooled.predictionIntervals[std::size_t(m)]
                            = SiteInterval { pm.estimate, pm.piLower, pm.piUpper };
                    }
                }
                if (!withheldAt.isEmpty())
                    pooled.note = Tr::tr("without %1, where it was withheld")
                                      .arg(withheldAt.join(QStringLiteral(", ")));
            }
        }
        summary.rows << pooled << siteRows;
    }
    return summary;
}

std::optional<FairnessSummary> fairnessSummary(const client::ValidationReport &report,
                                               const QString &label)
{
    QList<QPair<QString, protocol::SubgroupReport>> sites;
    QString variable;
    for (const client::HeldOutResult &r : report.perSite) {
        if (r.ok() && r.subgroups) {
            variable = r.subgroups->variable;
            sites.append({ r.heldOut, *r.subgroups });
        }
    }
    if (sites.isEmpty())
        return std::nullopt;
    return fairnessSummary(variable, label, sites);
}

QList<IntervalRow> fairnessForestRows(const FairnessSummary &summary, ValidationMeasure measure)
{
    const int decimals = decimalsOf(measure);
    QList<IntervalRow> rows;
    for (const FairnessRow &r : summary.rows) {
        if (!r.site.isEmpty())
            continue;
        IntervalRow row;
        row.label = levelText(r);
        if (const std::optional<SiteInterval> &v = r.values[std::size_t(measure)]) {
            row.estimate = v->estimate;
            row.lower = v->lower;
            row.upper = v->upper;
            row.valueText = intervalText(v->estimate, v->lower, v->upper, decimals);
        } else {
            // The reason is in the table: the chart's value column has room for a few words.
            row.style = IntervalRow::Style::Missing;
            row.valueText = Tr::tr("not pooled");
        }
        rows.append(row);
    }
    return rows;
}

ForestChart *makeFairnessForest(const FairnessSummary &summary, ValidationMeasure measure)
{
    const QString name = measureName(measure);
    const bool logAxis = measure == ValidationMeasure::ObservedExpected;
    const double reference = measure == ValidationMeasure::Auc ? 0.5
        : measure == ValidationMeasure::CalibrationInTheLarge  ? 0.0
                                                               : 1.0;
    auto chart = new ForestChart(
        Tr::tr("%1 by %2, pooled over the held-out sites").arg(name, summary.label),
        fairnessForestRows(summary, measure), logAxis, reference,
        logAxis ? Tr::tr("%1 (log scale)").arg(name) : name, Tr::tr("Estimate [95% CI]"));
    chart->setObjectName(QStringLiteral("fairness-") + measureId(measure));
    return chart;
}

QStandardItemModel *makeFairnessModel(const FairnessSummary &summary)
{
    auto model = new QStandardItemModel;
    fillFairnessModel(model, summary);
    return model;
}

void fillFairnessModel(QStandardItemModel *model, const FairnessSummary &summary)
{
    model->clear();
    QStringList header { summary.label.isEmpty() ? Tr::tr("Level") : summary.label,
                         Tr::tr("Held-out site"), Tr::tr("Records"), Tr::tr("Events") };
    for (ValidationMeasure m : kValidationMeasures)
        header << Tr::tr("%1 [95% CI]").arg(measureName(m));
    header << Tr::tr("Note");
    model->setHorizontalHeaderLabels(header);
    for (int c = 0; c < header.size(); ++c)
        model->setHeaderData(c, Qt::Horizontal, header[c], ExportRole);
    for (const FairnessRow &r : summary.rows) {
        const bool pooled = r.site.isEmpty();
        QList<QStandardItem *> row {
            textItem(levelText(r)),
            textItem(pooled ? Tr::tr("Pooled (%n site(s))", nullptr, r.sites) : r.site)
        };
        if (r.withheld) {
            // "withheld" in each number's cell, the reason once, in the note (the fourth walk
            // saw the whole reason in all seven cells, each row several lines tall).
            for (int c = 2; c < header.size() - 1; ++c)
                row << withheldItem(r);
            row << textItem(fairnessWithheldText(r));
        } else {
            row << countItem(r.n) << countItem(r.events);
            for (ValidationMeasure m : kValidationMeasures) {
                if (const std::optional<SiteInterval> &v = r.values[std::size_t(m)]) {
                    auto item
                        = textItem(intervalText(v->estimate, v->lower, v->upper, decimalsOf(m)));
                    item->setData(v->estimate, ValueRole);
                    item->setData(exactNumber(v->estimate), ExportRole);
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                    row << item;
                } else {
                    row << textItem(pooled ? Tr::tr("not pooled") : Tr::tr("n/a"));
                }
            }
            row << textItem(r.note);
        }
        if (pooled) {
            for (QStandardItem *item : row) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
        }
        model->appendRow(row);
    }
}

} // namespace fairstart::ui

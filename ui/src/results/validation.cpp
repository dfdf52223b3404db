// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/ui/results/validation.h"

#include "fairstart/client/refusals.h"
#include "fairstart/client/validationrun.h"
#include "fairstart/ui/results/fairness.h"
#include "fairstart/ui/results/format.h"
#include "fairstart/ui/results/termlabels.h"
#include "fairstart/ui/tr.h"

#include <QLocale>
#include <QStandardItemModel>

#include <cmath>

namespace fairstart::ui {

namespace {

constexpr double kZ975 = 1.959963984540054;

double logit(double p)
{
    return std::log(p / (1.0 - p));
}

double expit(double x)
{
    return 1.0 / (1.0 + std::exp(-x));
}

QStandardItem *textItem(const QString &text)
{
    auto item = new QStandardItem(text);
    item->setEditable(false);
    item->setData(text, ExportRole);
    return item;
}

QStandardItem *numberItem(double value, int decimals)
{
    auto item = textItem(number(value, decimals));
    item->setData(value, ValueRole);
    item->setData(exactNumber(value), ExportRole);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
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

// A cell of a site that has no value: the reason, marked as withheld where the site's rules
// kept it back (never a number, not even 0).
QStandardItem *missingItem(const HeldOutResult &site)
{
    const bool withheld = site.state == HeldOutResult::State::Withheld;
    auto item = textItem(withheld ? Tr::tr("withheld") : Tr::tr("failed"));
    item->setData(withheld, WithheldRole);
    return item;
}

int decimalsOf(ValidationMeasure measure)
{
    return measure == ValidationMeasure::Auc ? 3 : 2;
}

} // namespace

QString measureId(ValidationMeasure measure)
{
    switch (measure) {
    case ValidationMeasure::Auc:
        return QStringLiteral("auc");
    case ValidationMeasure::CalibrationSlope:
        return QStringLiteral("calibration_slope");
    case ValidationMeasure::CalibrationInTheLarge:
        return QStringLiteral("calibration_in_the_large");
    case ValidationMeasure::ObservedExpected:
        return QStringLiteral("observed_expected");
    }
    return {};
}

QString measureName(ValidationMeasure measure)
{
    switch (measure) {
    case ValidationMeasure::Auc:
        return Tr::tr("AUC");
    case ValidationMeasure::CalibrationSlope:
        return Tr::tr("Calibration slope");
    case ValidationMeasure::CalibrationInTheLarge:
        return Tr::tr("Calibration-in-the-large");
    case ValidationMeasure::ObservedExpected:
        return Tr::tr("Observed/expected");
    }
    return {};
}

const analysis::PooledMeasure *pooledMeasure(const ValidationSummary &summary,
                                             ValidationMeasure measure)
{
    const std::string id = measureId(measure).toStdString();
    for (const analysis::PooledMeasure &p : summary.pooled) {
        if (p.measure == id)
            return &p;
    }
    return nullptr;
}

void poolValidation(ValidationSummary &summary)
{
    std::vector<analysis::HeldOutSite> evaluated;
    for (const HeldOutResult &s : summary.sites) {
        if (s.state == HeldOutResult::State::Evaluated && s.measures)
            evaluated.push_back(*s.measures);
    }
    summary.pooled.clear();
    summary.poolingProblem.clear();
    if (int(evaluated.size()) < analysis::minimumValidationSites) {
        summary.poolingProblem
            = Tr::tr("The measures are not pooled: pooling needs the held-out evaluation of at "
                     "least %1 sites, and %2 released one. Add sites, or ask the sites whose "
                     "evaluation was withheld or failed why.")
                  .arg(analysis::minimumValidationSites)
                  .arg(evaluated.size());
        return;
    }
    auto pooled = analysis::poolHeldOutSites(evaluated);
    if (!pooled) {
        summary.poolingProblem = Tr::tr("The measures could not be pooled: %1")
                                     .arg(QString::fromStdString(pooled.error().message));
        return;
    }
    summary.pooled = std::move(*pooled);
}

std::optional<SiteInterval> siteInterval(const analysis::HeldOutSite &s, ValidationMeasure measure)
{
    SiteInterval out;
    switch (measure) {
    case ValidationMeasure::Auc: {
        if (!(s.auc > 0.0 && s.auc < 1.0 && s.aucSe > 0.0))
            return std::nullopt;
        const double se = s.aucSe / (s.auc * (1.0 - s.auc));
        out = { s.auc, expit(logit(s.auc) - kZ975 * se), expit(logit(s.auc) + kZ975 * se) };
        break;
    }
    case ValidationMeasure::CalibrationSlope:
        if (!(s.calibrationSlopeSe > 0.0))
            return std::nullopt;
        out = { s.calibrationSlope, s.calibrationSlope - kZ975 * s.calibrationSlopeSe,
                s.calibrationSlope + kZ975 * s.calibrationSlopeSe };
        break;
    case ValidationMeasure::CalibrationInTheLarge:
        if (!(s.calibrationInTheLargeSe > 0.0))
            return std::nullopt;
        out = { s.calibrationInTheLarge,
                s.calibrationInTheLarge - kZ975 * s.calibrationInTheLargeSe,
                s.calibrationInTheLarge + kZ975 * s.calibrationInTheLargeSe };
        break;
    case ValidationMeasure::ObservedExpected: {
        const double se = analysis::observedExpectedLogSe(s.events, s.n);
        if (!(s.observedExpected > 0.0 && std::isfinite(se) && se > 0.0))
            return std::nullopt;
        const double l = std::log(s.observedExpected);
        out = { s.observedExpected, std::exp(l - kZ975 * se), std::exp(l + kZ975 * se) };
        break;
    }
    }
    if (!std::isfinite(out.estimate) || !std::isfinite(out.lower) || !std::isfinite(out.upper))
        return std::nullopt;
    return out;
}

QString intervalText(double estimate, double lower, double upper, int decimals)
{
    return Tr::tr("%1 [%2%3%4]")
        .arg(number(estimate, decimals), number(lower, decimals), intervalSeparator(),
             number(upper, decimals));
}

QString heldOutStateText(const HeldOutResult &site)
{
    switch (site.state) {
    case HeldOutResult::State::Evaluated:
        return Tr::tr("evaluated");
    case HeldOutResult::State::Withheld: {
        // The rule in the user's language from its code and parameters, never the node's (or an
        // earlier session's) sentence when the client knows the rule.
        if (!site.rule.isEmpty()
            && !client::ruleExplanation(site.rule, site.ruleParams).isEmpty()) {
            client::SiteError refusal;
            refusal.site = site.site;
            refusal.kind = client::SiteError::Kind::Refused;
            refusal.code = site.rule;
            refusal.params = site.ruleParams;
            refusal.detail = site.ruleWhere;
            refusal.message = site.note;
            return Tr::tr("withheld: %1").arg(client::refusalText(refusal));
        }
        return site.note.isEmpty() ? Tr::tr("withheld") : Tr::tr("withheld: %1").arg(site.note);
    }
    case HeldOutResult::State::Failed:
        return site.note.isEmpty() ? Tr::tr("failed") : Tr::tr("failed: %1").arg(site.note);
    }
    return {};
}

QList<IntervalRow> validationForestRows(const ValidationSummary &summary, ValidationMeasure measure)
{
    const int decimals = decimalsOf(measure);
    QList<IntervalRow> rows;
    for (const HeldOutResult &s : summary.sites) {
        IntervalRow row;
        row.label = s.site;
        const std::optional<SiteInterval> i
            = s.state == HeldOutResult::State::Evaluated && s.measures
            ? siteInterval(*s.measures, measure)
            : std::nullopt;
        if (i) {
            row.estimate = i->estimate;
            row.lower = i->lower;
            row.upper = i->upper;
            row.valueText = intervalText(i->estimate, i->lower, i->upper, decimals);
        } else {
            row.style = IntervalRow::Style::Missing;
            row.valueText = s.state == HeldOutResult::State::Withheld ? Tr::tr("withheld")
                : s.state == HeldOutResult::State::Failed             ? Tr::tr("failed")
                                                                      : Tr::tr("no interval");
        }
        rows.append(row);
    }
    if (const analysis::PooledMeasure *p = pooledMeasure(summary, measure)) {
        IntervalRow pooled(Tr::tr("Pooled (random effects)"), p->estimate, p->ciLower, p->ciUpper,
                           true);
        pooled.style = IntervalRow::Style::Diamond;
        pooled.valueText = intervalText(p->estimate, p->ciLower, p->ciUpper, decimals);
        rows.append(pooled);
        IntervalRow prediction(Tr::tr("95% prediction interval"), p->estimate, p->piLower,
                               p->piUpper, true);
        prediction.style = IntervalRow::Style::Prediction;
        prediction.valueText = Tr::tr("[%1%2%3]")
                                   .arg(number(p->piLower, decimals), intervalSeparator(),
                                        number(p->piUpper, decimals));
        rows.append(prediction);
    }
    return rows;
}

ForestChart *makeValidationForest(const ValidationSummary &summary, ValidationMeasure measure)
{
    const QList<IntervalRow> rows = validationForestRows(summary, measure);
    const QString name = measureName(measure);
    double reference = 0.0;
    bool logAxis = false;
    switch (measure) {
    case ValidationMeasure::Auc:
        reference = 0.5;
        break;
    case ValidationMeasure::CalibrationSlope:
        reference = 1.0;
        break;
    case ValidationMeasure::CalibrationInTheLarge:
        reference = 0.0;
        break;
    case ValidationMeasure::ObservedExpected:
        reference = 1.0;
        logAxis = true;
        break;
    }
    auto chart = new ForestChart(Tr::tr("%1 at each held-out site").arg(name), rows, logAxis,
                                 reference, logAxis ? Tr::tr("%1 (log scale)").arg(name) : name,
                                 // The column's header stays short (it widens the column):
                                 // the measure's name is in the chart's title above.
                                 Tr::tr("Estimate [95% CI]"));
    chart->setObjectName(QStringLiteral("validation-") + measureId(measure));
    return chart;
}

QStandardItemModel *makeHeldOutSiteModel(const ValidationSummary &summary)
{
    auto model = new QStandardItemModel;
    fillHeldOutSiteModel(model, summary);
    return model;
}

void fillHeldOutSiteModel(QStandardItemModel *model, const ValidationSummary &summary)
{
    model->clear();
    QStringList header { Tr::tr("Held-out site"), Tr::tr("Records"), Tr::tr("Events") };
    for (ValidationMeasure m : kValidationMeasures)
        header << Tr::tr("%1 [95% CI]").arg(measureName(m));
    header << Tr::tr("Brier") << Tr::tr("State");
    model->setHorizontalHeaderLabels(header);
    for (int c = 0; c < header.size(); ++c)
        model->setHeaderData(c, Qt::Horizontal, header[c], ExportRole);
    for (const HeldOutResult &s : summary.sites) {
        QList<QStandardItem *> row { textItem(s.site) };
        const bool evaluated = s.state == HeldOutResult::State::Evaluated && s.measures;
        if (evaluated) {
            const analysis::HeldOutSite &h = *s.measures;
            row << countItem(h.n) << countItem(h.events);
            for (ValidationMeasure m : kValidationMeasures) {
                if (const std::optional<SiteInterval> i = siteInterval(h, m)) {
                    auto item
                        = textItem(intervalText(i->estimate, i->lower, i->upper, decimalsOf(m)));
                    item->setData(i->estimate, ValueRole);
                    item->setData(exactNumber(i->estimate), ExportRole);
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                    row << item;
                } else {
                    row << textItem(Tr::tr("n/a"));
                }
            }
            row << numberItem(h.brier, 4);
        } else {
            for (int c = 1; c < header.size() - 1; ++c)
                row << missingItem(s);
        }
        row << textItem(heldOutStateText(s));
        model->appendRow(row);
    }
}

QStandardItemModel *makePooledMeasureModel(const ValidationSummary &summary)
{
    auto model = new QStandardItemModel;
    fillPooledMeasureModel(model, summary);
    return model;
}

void fillPooledMeasureModel(QStandardItemModel *model, const ValidationSummary &summary)
{
    model->clear();
    const QStringList header { Tr::tr("Measure"),
                               Tr::tr("Pooled estimate"),
                               Tr::tr("95% CI"),
                               Tr::tr("95% prediction interval"),
                               Tr::tr("τ²"),
                               Tr::tr("Sites"),
                               Tr::tr("Pooled on scale") };
    // On screen a title of more than one word takes two lines (its last space a line break):
    // on one line the Dutch titles made the table wider than the results document at 1600 px
    // and cut its last column (issue 17). An export keeps each title on one line.
    QStringList shown;
    for (QString title : header) {
        const qsizetype space = title.lastIndexOf(QLatin1Char(' '));
        if (space > 0)
            title[space] = QLatin1Char('\n');
        shown << title;
    }
    model->setHorizontalHeaderLabels(shown);
    for (int c = 0; c < header.size(); ++c)
        model->setHeaderData(c, Qt::Horizontal, header[c], ExportRole);
    for (ValidationMeasure m : kValidationMeasures) {
        const analysis::PooledMeasure *p = pooledMeasure(summary, m);
        if (!p)
            continue;
        const int d = decimalsOf(m);
        auto ci = textItem(Tr::tr("%1 to %2").arg(number(p->ciLower, d), number(p->ciUpper, d)));
        ci->setData(Tr::tr("%1 to %2").arg(exactNumber(p->ciLower), exactNumber(p->ciUpper)),
                    ExportRole);
        auto pi = textItem(Tr::tr("%1 to %2").arg(number(p->piLower, d), number(p->piUpper, d)));
        pi->setData(Tr::tr("%1 to %2").arg(exactNumber(p->piLower), exactNumber(p->piUpper)),
                    ExportRole);
        const QString scale = p->scale == "logit" ? Tr::tr("logit")
            : p->scale == "log"                   ? Tr::tr("log")
                                                  : Tr::tr("as is");
        model->appendRow({ textItem(measureName(m)), numberItem(p->estimate, d), ci, pi,
                           numberItem(p->tau2, 4), countItem(p->sites), textItem(scale) });
    }
}

ValidationSummary validationSummary(const client::ValidationReport &report)
{
    ValidationSummary v;
    v.dataset = report.dataset;
    v.designHash = report.designHash;
    double n = 0, events = 0;
    for (const client::HeldOutResult &r : report.perSite) {
        HeldOutResult s;
        s.site = r.heldOut;
        if (r.ok()) {
            // The fields poolHeldOutSites takes (client::HeldOutResult::toHeldOutSite).
            analysis::HeldOutSite h;
            h.heldOut = r.heldOut.toStdString();
            h.n = r.n;
            h.events = r.events;
            h.auc = r.auc;
            h.aucSe = r.aucSe;
            h.calibrationSlope = r.calibrationSlope;
            h.calibrationSlopeSe = r.calibrationSlopeSe;
            h.calibrationInTheLarge = r.calibrationInTheLarge;
            h.calibrationInTheLargeSe = r.calibrationInTheLargeSe;
            h.observedExpected = r.observedExpected;
            h.brier = r.brier;
            s.measures = h;
            n += r.n;
            events += r.events;
            for (const client::DecisionPoint &p : r.decisionCurve)
                s.decisionCurve.push_back(
                    { p.threshold, p.gridThreshold, p.netBenefit, p.treatAll });
        } else if (r.withheld) {
            // The held-out node's release rule kept its evaluation back: not an error.
            s.state = HeldOutResult::State::Withheld;
            s.rule = r.withheldRule;
            s.ruleParams = r.withheldParams;
            s.ruleWhere = r.withheldWhere;
            s.note = r.failure.contains(r.withheldRule)
                ? r.failure
                : Tr::tr("%1 (rule %2)").arg(r.failure, r.withheldRule);
        } else {
            s.state = HeldOutResult::State::Failed;
            s.note = r.failurePhase.isEmpty() ? r.failure
                                              : Tr::tr("%1 (%2)").arg(r.failure, r.failurePhase);
        }
        v.sites << s;
    }
    v.pooled = report.pooled;
    v.poolingProblem = report.poolingNote;
    for (const client::DecisionPoint &p : report.pooledDecisionCurve)
        v.pooledDecisionCurve.push_back({ p.threshold, p.gridThreshold, p.netBenefit, p.treatAll });
    v.prevalence = n > 0 ? events / n : 0.0;
    v.fairness = fairnessSummary(report);
    return v;
}

QChart *makeValidationDecisionCurve(const ValidationSummary &summary)
{
    if (summary.pooledDecisionCurve.empty())
        return nullptr;
    QList<QPair<QString, std::vector<NetBenefitPoint>>> sites;
    for (const HeldOutResult &s : summary.sites) {
        if (!s.decisionCurve.empty())
            sites.append({ s.site, s.decisionCurve });
    }
    return makeNetBenefitChart(Tr::tr("Decision curve at the held-out sites"),
                               summary.pooledDecisionCurve, sites, {}, summary.prevalence);
}

} // namespace fairstart::ui

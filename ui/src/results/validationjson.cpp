// SPDX-License-Identifier: GPL-3.0-or-later
// A validation as the workspace keeps it (issue 15): the run record's result of a leave-one-
// site-out validation is the ValidationSummary the Validation page showed, so that the page can
// be reopened from the run history exactly as it was, without asking the sites again.
#include "fairstart/ui/results/validation.h"

#include "fairstart/ui/tr.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace fairstart::ui {

namespace {

const QString kSchema = QStringLiteral("fairstart-validation-1");

QJsonValue num(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

double readNum(const QJsonObject &o, const char *key, bool *ok)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isDouble()) {
        *ok = false;
        return 0.0;
    }
    return v.toDouble();
}

QString stateId(HeldOutResult::State s)
{
    switch (s) {
    case HeldOutResult::State::Evaluated:
        return QStringLiteral("evaluated");
    case HeldOutResult::State::Withheld:
        return QStringLiteral("withheld");
    case HeldOutResult::State::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

QJsonArray curveToJson(const std::vector<NetBenefitPoint> &curve)
{
    QJsonArray a;
    for (const NetBenefitPoint &p : curve)
        a.append(
            QJsonArray { num(p.threshold), num(p.gridThreshold), num(p.model), num(p.treatAll) });
    return a;
}

bool curveFromJson(const QJsonValue &v, std::vector<NetBenefitPoint> *curve)
{
    for (const QJsonValue &p : v.toArray()) {
        const QJsonArray a = p.toArray();
        if (a.size() != 4)
            return false;
        for (const QJsonValue &x : a) {
            if (!x.isDouble())
                return false;
        }
        curve->push_back({ a[0].toDouble(), a[1].toDouble(), a[2].toDouble(), a[3].toDouble() });
    }
    return true;
}

QJsonValue intervalToJson(const std::optional<SiteInterval> &i)
{
    if (!i)
        return QJsonValue::Null;
    return QJsonArray { num(i->estimate), num(i->lower), num(i->upper) };
}

bool intervalFromJson(const QJsonValue &v, std::optional<SiteInterval> *i)
{
    if (v.isNull() || v.isUndefined())
        return true;
    const QJsonArray a = v.toArray();
    if (a.size() != 3 || !a[0].isDouble() || !a[1].isDouble() || !a[2].isDouble())
        return false;
    *i = SiteInterval { a[0].toDouble(), a[1].toDouble(), a[2].toDouble() };
    return true;
}

} // namespace

QJsonObject validationSummaryToJson(const ValidationSummary &v)
{
    QJsonArray sites;
    for (const HeldOutResult &s : v.sites) {
        QJsonObject o { { QStringLiteral("site"), s.site },
                        { QStringLiteral("state"), stateId(s.state) },
                        { QStringLiteral("note"), s.note },
                        { QStringLiteral("decision_curve"), curveToJson(s.decisionCurve) } };
        if (!s.rule.isEmpty()) {
            o.insert(QStringLiteral("rule"), s.rule);
            o.insert(QStringLiteral("rule_params"), s.ruleParams);
            o.insert(QStringLiteral("rule_where"), s.ruleWhere);
        }
        if (s.measures) {
            const analysis::HeldOutSite &h = *s.measures;
            o.insert(
                QStringLiteral("measures"),
                QJsonObject {
                    { QStringLiteral("n"), num(h.n) },
                    { QStringLiteral("events"), num(h.events) },
                    { QStringLiteral("auc"), num(h.auc) },
                    { QStringLiteral("auc_se"), num(h.aucSe) },
                    { QStringLiteral("calibration_slope"), num(h.calibrationSlope) },
                    { QStringLiteral("calibration_slope_se"), num(h.calibrationSlopeSe) },
                    { QStringLiteral("calibration_in_the_large"), num(h.calibrationInTheLarge) },
                    { QStringLiteral("calibration_in_the_large_se"),
                      num(h.calibrationInTheLargeSe) },
                    { QStringLiteral("observed_expected"), num(h.observedExpected) },
                    { QStringLiteral("brier"), num(h.brier) } });
        }
        sites.append(o);
    }
    QJsonArray pooled;
    for (const analysis::PooledMeasure &p : v.pooled)
        pooled.append(
            QJsonObject { { QStringLiteral("measure"), QString::fromStdString(p.measure) },
                          { QStringLiteral("scale"), QString::fromStdString(p.scale) },
                          { QStringLiteral("sites"), p.sites },
                          { QStringLiteral("estimate"), num(p.estimate) },
                          { QStringLiteral("ci"), QJsonArray { num(p.ciLower), num(p.ciUpper) } },
                          { QStringLiteral("pi"), QJsonArray { num(p.piLower), num(p.piUpper) } },
                          { QStringLiteral("tau2"), num(p.tau2) } });
    QJsonObject o { { QStringLiteral("schema"), kSchema },
                    { QStringLiteral("dataset"), v.dataset },
                    { QStringLiteral("design_hash"), v.designHash },
                    { QStringLiteral("sites"), sites },
                    { QStringLiteral("pooled"), pooled },
                    { QStringLiteral("pooling_problem"), v.poolingProblem },
                    { QStringLiteral("pooled_decision_curve"), curveToJson(v.pooledDecisionCurve) },
                    { QStringLiteral("prevalence"), num(v.prevalence) } };
    if (v.fairness) {
        QJsonArray rows;
        for (const FairnessRow &r : v.fairness->rows) {
            QJsonArray values, predictions;
            for (std::size_t m = 0; m < r.values.size(); ++m) {
                values.append(intervalToJson(r.values[m]));
                predictions.append(intervalToJson(r.predictionIntervals[m]));
            }
            rows.append(QJsonObject { { QStringLiteral("level"), r.level },
                                      { QStringLiteral("missing"), r.missing },
                                      { QStringLiteral("site"), r.site },
                                      { QStringLiteral("withheld"), r.withheld },
                                      { QStringLiteral("reason"), r.reason },
                                      { QStringLiteral("rule"), r.rule },
                                      { QStringLiteral("rule_params"), r.ruleParams },
                                      { QStringLiteral("note"), r.note },
                                      { QStringLiteral("n"), num(r.n) },
                                      { QStringLiteral("events"), num(r.events) },
                                      { QStringLiteral("sites"), r.sites },
                                      { QStringLiteral("values"), values },
                                      { QStringLiteral("prediction_intervals"), predictions } });
        }
        o.insert(QStringLiteral("fairness"),
                 QJsonObject { { QStringLiteral("variable"), v.fairness->variable },
                               { QStringLiteral("label"), v.fairness->label },
                               { QStringLiteral("rows"), rows } });
    }
    return o;
}

std::optional<ValidationSummary> validationSummaryFromJson(const QJsonObject &o, QString *error)
{
    auto fail = [error](const QString &what) -> std::optional<ValidationSummary> {
        if (error)
            *error = Tr::tr("the stored validation is not readable (%1)").arg(what);
        return std::nullopt;
    };
    if (o.value(QStringLiteral("schema")).toString() != kSchema)
        return fail(Tr::tr("unknown schema"));
    ValidationSummary v;
    v.dataset = o.value(QStringLiteral("dataset")).toString();
    v.designHash = o.value(QStringLiteral("design_hash")).toString();
    v.poolingProblem = o.value(QStringLiteral("pooling_problem")).toString();
    v.prevalence = o.value(QStringLiteral("prevalence")).toDouble();
    for (const QJsonValue &sv : o.value(QStringLiteral("sites")).toArray()) {
        const QJsonObject s = sv.toObject();
        HeldOutResult r;
        r.site = s.value(QStringLiteral("site")).toString();
        const QString state = s.value(QStringLiteral("state")).toString();
        if (state == QLatin1String("evaluated"))
            r.state = HeldOutResult::State::Evaluated;
        else if (state == QLatin1String("withheld"))
            r.state = HeldOutResult::State::Withheld;
        else if (state == QLatin1String("failed"))
            r.state = HeldOutResult::State::Failed;
        else
            return fail(Tr::tr("a site's state"));
        r.note = s.value(QStringLiteral("note")).toString();
        r.rule = s.value(QStringLiteral("rule")).toString();
        r.ruleParams = s.value(QStringLiteral("rule_params")).toObject();
        r.ruleWhere = s.value(QStringLiteral("rule_where")).toString();
        if (s.contains(QStringLiteral("measures"))) {
            const QJsonObject m = s.value(QStringLiteral("measures")).toObject();
            bool ok = true;
            analysis::HeldOutSite h;
            h.heldOut = r.site.toStdString();
            h.n = readNum(m, "n", &ok);
            h.events = readNum(m, "events", &ok);
            h.auc = readNum(m, "auc", &ok);
            h.aucSe = readNum(m, "auc_se", &ok);
            h.calibrationSlope = readNum(m, "calibration_slope", &ok);
            h.calibrationSlopeSe = readNum(m, "calibration_slope_se", &ok);
            h.calibrationInTheLarge = readNum(m, "calibration_in_the_large", &ok);
            h.calibrationInTheLargeSe = readNum(m, "calibration_in_the_large_se", &ok);
            h.observedExpected = readNum(m, "observed_expected", &ok);
            h.brier = readNum(m, "brier", &ok);
            if (!ok)
                return fail(Tr::tr("the measures of %1").arg(r.site));
            r.measures = h;
        }
        // A withheld or failed site never has numbers, whatever the stored text says.
        if (r.state != HeldOutResult::State::Evaluated && r.measures)
            return fail(Tr::tr("numbers of a site without an evaluation"));
        if (!curveFromJson(s.value(QStringLiteral("decision_curve")), &r.decisionCurve))
            return fail(Tr::tr("a decision curve"));
        v.sites << r;
    }
    for (const QJsonValue &pv : o.value(QStringLiteral("pooled")).toArray()) {
        const QJsonObject p = pv.toObject();
        analysis::PooledMeasure m;
        m.measure = p.value(QStringLiteral("measure")).toString().toStdString();
        m.scale = p.value(QStringLiteral("scale")).toString().toStdString();
        m.sites = p.value(QStringLiteral("sites")).toInt();
        bool ok = true;
        m.estimate = readNum(p, "estimate", &ok);
        m.tau2 = readNum(p, "tau2", &ok);
        const QJsonArray ci = p.value(QStringLiteral("ci")).toArray();
        const QJsonArray pi = p.value(QStringLiteral("pi")).toArray();
        if (!ok || ci.size() != 2 || pi.size() != 2)
            return fail(Tr::tr("a pooled measure"));
        m.ciLower = ci[0].toDouble();
        m.ciUpper = ci[1].toDouble();
        m.piLower = pi[0].toDouble();
        m.piUpper = pi[1].toDouble();
        v.pooled.push_back(m);
    }
    if (!curveFromJson(o.value(QStringLiteral("pooled_decision_curve")), &v.pooledDecisionCurve))
        return fail(Tr::tr("the pooled decision curve"));
    if (o.contains(QStringLiteral("fairness"))) {
        const QJsonObject f = o.value(QStringLiteral("fairness")).toObject();
        FairnessSummary fs;
        fs.variable = f.value(QStringLiteral("variable")).toString();
        fs.label = f.value(QStringLiteral("label")).toString();
        for (const QJsonValue &rv : f.value(QStringLiteral("rows")).toArray()) {
            const QJsonObject r = rv.toObject();
            FairnessRow row;
            row.level = r.value(QStringLiteral("level")).toString();
            row.missing = r.value(QStringLiteral("missing")).toBool();
            row.site = r.value(QStringLiteral("site")).toString();
            row.withheld = r.value(QStringLiteral("withheld")).toBool();
            row.reason = r.value(QStringLiteral("reason")).toString();
            row.rule = r.value(QStringLiteral("rule")).toString(); // absent before issue 17
            row.ruleParams = r.value(QStringLiteral("rule_params")).toObject();
            row.note = r.value(QStringLiteral("note")).toString();
            row.n = r.value(QStringLiteral("n")).toDouble();
            row.events = r.value(QStringLiteral("events")).toDouble();
            row.sites = r.value(QStringLiteral("sites")).toInt();
            const QJsonArray values = r.value(QStringLiteral("values")).toArray();
            const QJsonArray predictions
                = r.value(QStringLiteral("prediction_intervals")).toArray();
            if (values.size() != int(row.values.size())
                || predictions.size() != int(row.values.size()))
                return fail(Tr::tr("a subgroup row"));
            for (std::size_t m = 0; m < row.values.size(); ++m) {
                if (!intervalFromJson(values[int(m)], &row.values[m])
                    || !intervalFromJson(predictions[int(m)], &row.predictionIntervals[m]))
                    return fail(Tr::tr("a subgroup row"));
            }
            // A withheld cell carries no number, whatever the stored text says.
            if (row.withheld
                && (row.n != 0 || row.events != 0
                    || std::any_of(row.values.begin(), row.values.end(),
                                   [](const auto &x) { return x.has_value(); })))
                return fail(Tr::tr("numbers of a withheld subgroup"));
            fs.rows << row;
        }
        v.fairness = fs;
    }
    return v;
}

} // namespace fairstart::ui

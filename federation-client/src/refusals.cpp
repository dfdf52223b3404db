// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/client/refusals.h"

#include "fairstart/client/tr.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <cmath>
#include <optional>

namespace fairstart::client {

namespace {

// The rule's threshold as the node sent it, when it is a finite number.
std::optional<double> thresholdOf(const QJsonObject &params)
{
    const QJsonValue value = params.value(QLatin1String("threshold"));
    if (!value.isDouble() || !std::isfinite(value.toDouble()))
        return std::nullopt;
    return value.toDouble();
}

// A count threshold in the user's number format ("1,000", "1.000").
QString count(double value)
{
    return QLocale().toString(qint64(std::llround(value)));
}

QString withThreshold(const QString &code, double t)
{
    if (code == QLatin1String("min-cohort"))
        return Tr::tr("the cohort has fewer than %1 records, the smallest this site allows; "
                      "widen the filters or leave this site out")
            .arg(count(t));
    if (code == QLatin1String("min-subset") || code == QLatin1String("complement"))
        return Tr::tr("the cohort, or the records it leaves out, would have fewer than %1 "
                      "records; widen the filters or merge levels")
            .arg(count(t));
    if (code == QLatin1String("min-cell"))
        return Tr::tr("a cell (a level, an outcome class or a combination of yes/no variables) "
                      "has fewer than %1 records; merge levels or drop the variable")
            .arg(count(t));
    if (code == QLatin1String("differencing") || code == QLatin1String("overlap"))
        return Tr::tr("this cohort differs by fewer than %1 records from one released before "
                      "(by anyone, for any purpose), so the difference would reveal those "
                      "records; use the purpose, filters and complete cases of the earlier "
                      "analyses (another purpose's consent selects other records), or change "
                      "the cohort more")
            .arg(count(t));
    if (code == QLatin1String("events-per-parameter"))
        return Tr::tr("the site allows one parameter per %1 events (of the rarer outcome "
                      "class) and the model has more; use fewer predictors or levels")
            .arg(count(t));
    if (code == QLatin1String("min-residual-df"))
        return Tr::tr("the model must leave at least %1 records more than it has parameters; "
                      "use fewer predictors")
            .arg(count(t));
    if (code == QLatin1String("dominance"))
        return Tr::tr("a few records make up more than %1% of a sum; winsorise or transform "
                      "the variable")
            .arg(QLocale().toString(100.0 * t, 'g', 3));
    if (code == QLatin1String("dataset-dominance"))
        return Tr::tr("over all the site's records a few make up more than %1% of a sum of this "
                      "variable, so the site refuses it for every cohort; ask the site's data "
                      "steward to check those values, and until then leave the variable out or, "
                      "in a model, winsorise it at a histogram edge or take its log")
            .arg(QLocale().toString(100.0 * t, 'g', 3));
    if (code == QLatin1String("max-rounds"))
        return Tr::tr("the model needs more than %1 rounds, the most this site allows; "
                      "simplify the model")
            .arg(count(t));
    if (code == QLatin1String("job-quota"))
        return Tr::tr("your %1 analyses a day at this site are used up; try again tomorrow or "
                      "ask the site administrator")
            .arg(count(t));
    if (code == QLatin1String("request-rate"))
        return Tr::tr("your token's %1 requests an hour at this site are used up; wait a little "
                      "and try again, or ask the site administrator")
            .arg(count(t));
    if (code == QLatin1String("plain-mode"))
        return t < 1 ? Tr::tr("this site takes part in masked studies only; run the study in "
                              "masked mode (three or more sites)")
                     : Tr::tr("this site takes part in plain studies of at most %1 sites; run "
                              "the study in masked mode")
                           .arg(count(t));
    return {};
}

} // namespace

QString ruleExplanation(const QString &code, const QJsonObject &params)
{
    if (const auto t = thresholdOf(params)) {
        const QString worded = withThreshold(code, *t);
        if (!worded.isEmpty())
            return worded;
    }
    if (code == QLatin1String("min-cohort"))
        return Tr::tr("the cohort is smaller than the site allows; widen the filters or leave "
                      "this site out");
    if (code == QLatin1String("min-subset") || code == QLatin1String("complement"))
        return Tr::tr("a subgroup is too small to release; widen the filters or merge levels");
    if (code == QLatin1String("min-cell"))
        return Tr::tr("a cell (a level, an outcome class or a combination of yes/no variables) "
                      "has too few records; merge levels or drop the variable");
    if (code == QLatin1String("differencing") || code == QLatin1String("overlap"))
        return Tr::tr("this cohort differs too little from one released before (by anyone, for "
                      "any purpose), so the difference would reveal a few records; use the "
                      "purpose, filters and complete cases of the earlier analyses (another "
                      "purpose's consent selects other records), or change the cohort more");
    if (code == QLatin1String("events-per-parameter"))
        return Tr::tr("there are too few events for the number of parameters; use fewer "
                      "predictors or levels");
    if (code == QLatin1String("min-residual-df"))
        return Tr::tr("the model has nearly as many parameters as records; use fewer predictors");
    if (code == QLatin1String("dominance"))
        return Tr::tr("a few records dominate a sum; winsorise or transform the variable");
    if (code == QLatin1String("dataset-dominance"))
        return Tr::tr("a few of the site's records dominate this variable, so the site refuses "
                      "it for every cohort; ask the site's data steward to check those values");
    if (code == QLatin1String("max-rounds"))
        return Tr::tr("the model needed more rounds than the site allows; simplify the model");
    if (code == QLatin1String("job-quota"))
        return Tr::tr("your daily number of analyses at this site is used up; try again "
                      "tomorrow or ask the site administrator");
    if (code == QLatin1String("request-rate"))
        return Tr::tr("your token has made as many requests as this site allows in an hour; wait "
                      "a little and try again, or ask the site administrator");
    if (code == QLatin1String("plain-mode"))
        return Tr::tr("this site does not take part in a plain study of this many sites; run "
                      "the study in masked mode");
    if (code == QLatin1String("single-site-difference"))
        return Tr::tr("this study differs by one site from one run before, so the difference "
                      "would describe that site; add or leave out more sites");
    // Not worded here: "filter-bound" and "breakpoint-bound" (their sentences name the bounds,
    // thresholds or knot range the site allows, values of its released histogram that only the
    // node's sentence carries).
    if (code == QLatin1String("purpose") || code == QLatin1String("purpose-missing"))
        return Tr::tr("your token does not allow this purpose; choose another purpose or ask "
                      "the site administrator");
    if (code == QLatin1String("consent"))
        return Tr::tr("no records carry consent for this purpose");
    if (code == QLatin1String("token-expired") || code == QLatin1String("token-revoked"))
        return Tr::tr("your token is no longer valid; ask the site administrator for a new one");
    return {};
}

QString withheldCellText(const QString &code)
{
    if (code == QLatin1String("min-cohort"))
        return Tr::tr("too few records (min-cohort)");
    if (code == QLatin1String("min-cell"))
        return Tr::tr("too few records of an outcome or a design cell (min-cell)");
    if (code == QLatin1String("complement"))
        return Tr::tr("the cells withheld with it would be too small (complement)");
    if (code == QLatin1String("differencing"))
        return Tr::tr("it would split an earlier release (differencing)");
    if (code == QLatin1String("dominance"))
        return Tr::tr("a few records dominate it (dominance)");
    if (code == QLatin1String("dataset-dominance"))
        return Tr::tr("a few of the site's records dominate a variable (dataset-dominance)");
    return code;
}

QString maskedPerSiteText()
{
    return Tr::tr("not available in masked mode: the sites released only the pooled "
                  "evaluation");
}

QJsonObject withheldAtSitesParams(const QList<QPair<QString, QString>> &siteRules)
{
    QJsonArray sites;
    for (const auto &[site, rule] : siteRules)
        sites.append(
            QJsonObject { { QStringLiteral("site"), site }, { QStringLiteral("rule"), rule } });
    return QJsonObject { { QStringLiteral("sites"), sites } };
}

QString withheldAtSitesText(const QJsonObject &params)
{
    QStringList parts;
    for (const QJsonValue &v : params.value(QLatin1String("sites")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString site = o.value(QLatin1String("site")).toString();
        const QString rule = o.value(QLatin1String("rule")).toString();
        if (site.isEmpty() || rule.isEmpty())
            return {};
        parts << Tr::tr("%1: %2").arg(site, withheldCellText(rule));
    }
    if (parts.isEmpty())
        return {};
    return Tr::tr("withheld at %1").arg(parts.join(QStringLiteral("; ")));
}

namespace {

// A differencing refusal of a fit's sums over a predictor's categories (the node's detail
// "categories of <variable> in the cohort and earlier fits"): the cohorts may differ by many
// records, so the general sentence ("differs by fewer than ...") would mislead.
QString categoryPiecesExplanation(const SiteError &error)
{
    static const QLatin1String prefix("categories of ");
    static const QLatin1String suffix(" in the cohort and earlier fits");
    if (error.code != QLatin1String("differencing") || !error.detail.startsWith(prefix)
        || !error.detail.endsWith(suffix))
        return {};
    const QString variable
        = error.detail.mid(prefix.size(), error.detail.size() - prefix.size() - suffix.size());
    const std::optional<double> t = thresholdOf(error.params);
    const QString few = t ? Tr::tr("fewer than %1").arg(count(*t)) : Tr::tr("too few");
    return Tr::tr("together with an earlier model on this dataset (by anyone, for any purpose) "
                  "that also has %1 as a predictor, this model would give the sums over %2 "
                  "records of one category of %1 that are in one of the two cohorts and not in "
                  "the other (for example the records that one model's complete cases leave "
                  "out); fit this model on the cohort of the earlier one (the same filters, and "
                  "complete cases of the variables of both models), or leave %1 out of it")
        .arg(variable, few);
}

// A differencing refusal of a fit's sums over its outcome classes (the node's detail "outcome
// classes of the cohort and earlier fits", the event ledger): the two cohorts may differ by
// hundreds of records, of which only a few have (or lack) the outcome, so the general sentence
// ("differs by fewer than ...") was untrue. Seen by a new user's first model after the demo's fit.
QString outcomeClassesExplanation(const SiteError &error)
{
    if (error.code != QLatin1String("differencing")
        || error.detail != QLatin1String("outcome classes of the cohort and earlier fits"))
        return {};
    const std::optional<double> t = thresholdOf(error.params);
    const QString few = t ? Tr::tr("fewer than %1").arg(count(*t)) : Tr::tr("too few");
    const QString enough = t ? count(*t) : Tr::tr("enough");
    return Tr::tr("together with an earlier model of this outcome on this dataset (by anyone, "
                  "for any purpose), this model would give the sums over a group of %1 records "
                  "with (or without) the outcome: the records in one of the two cohorts and not "
                  "in the other, for example those that one model's complete cases leave out "
                  "because a variable is missing; fit this model on the records of the earlier "
                  "one (the same filters, and complete cases of the variables of both models: "
                  "add the earlier model's variables that have missing values), or on a cohort "
                  "that differs from it by at least %2 records with and %2 without the outcome")
        .arg(few, enough);
}

// A differencing refusal after a re-import removed or corrected records (the node's detail
// "removed records", docs/privacy-rules.md "Which side a ghost is on"): repeating the earlier
// cohort, the general advice, is what is refused here.
QString removedRecordsExplanation(const SiteError &error)
{
    if (error.code != QLatin1String("differencing")
        || error.detail != QLatin1String("removed records"))
        return {};
    const std::optional<double> t = thresholdOf(error.params);
    const QString few = t ? count(*t) : Tr::tr("enough");
    return Tr::tr("the site removed or corrected records after earlier releases on part of "
                  "this cohort (by anyone, for any purpose); a cohort that holds all the "
                  "remaining records of such an earlier group, or leaves fewer than %1 of them "
                  "out, could reveal the removed records and is refused, now and later; use a "
                  "cohort that leaves at least %1 records of each such group out (another "
                  "filter or other complete cases)")
        .arg(few);
}

} // namespace

QString refusalExplanation(const SiteError &error)
{
    for (const QString &specific :
         { removedRecordsExplanation(error), outcomeClassesExplanation(error),
           categoryPiecesExplanation(error) }) {
        if (!specific.isEmpty())
            return specific;
    }
    return ruleExplanation(error.code, error.params);
}

QString refusalText(const SiteError &error)
{
    const QString explanation = refusalExplanation(error);
    QString text = explanation.isEmpty() ? Tr::tr("Rule %1: %2").arg(error.code, error.message)
                                         : Tr::tr("Rule %1: %2.").arg(error.code, explanation);
    if (!error.detail.isEmpty())
        text += QLatin1Char(' ') + Tr::tr("Where: %1").arg(error.detail);
    return text;
}

} // namespace fairstart::client

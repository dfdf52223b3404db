// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/ui/refusals.h"

#include "fairstart/ui/tr.h"

namespace fairstart::ui {

QString ruleExplanation(const QString &code)
{
    if (code == QLatin1String("min-cohort"))
        return Tr::tr("the cohort is smaller than the site allows; widen the filters or leave "
                      "this site out");
    if (code == QLatin1String("min-subset"))
        return Tr::tr("a subgroup is too small to release; widen the filters or merge levels");
    if (code == QLatin1String("filter-bound"))
        return Tr::tr("a numeric filter may only cut at the edges of the site's histogram of "
                      "that variable; use one of the values the site names (describe the "
                      "variable to see its edges)");
    if (code == QLatin1String("min-cell"))
        return Tr::tr("a cell (a level, an outcome class or a combination of yes/no variables) "
                      "has too few records; merge levels or drop the variable");
    if (code == QLatin1String("differencing") || code == QLatin1String("overlap"))
        return Tr::tr("this cohort differs too little from one released before, so the "
                      "difference would reveal a few records; change the cohort more");
    if (code == QLatin1String("events-per-parameter"))
        return Tr::tr("there are too few events for the number of parameters; use fewer "
                      "predictors or levels");
    if (code == QLatin1String("min-residual-df"))
        return Tr::tr("the model has nearly as many parameters as records; use fewer predictors");
    if (code == QLatin1String("dominance"))
        return Tr::tr("a few records dominate a sum; winsorise or transform the variable");
    if (code == QLatin1String("max-rounds"))
        return Tr::tr("the model needed more rounds than the site allows; simplify the model");
    if (code == QLatin1String("job-quota"))
        return Tr::tr("your daily number of analyses at this site is used up; try again "
                      "tomorrow or ask the site administrator");
    if (code == QLatin1String("purpose") || code == QLatin1String("purpose-missing"))
        return Tr::tr("your token does not allow this purpose; choose another purpose or ask "
                      "the site administrator");
    if (code == QLatin1String("consent"))
        return Tr::tr("no records carry consent for this purpose");
    if (code == QLatin1String("token-expired") || code == QLatin1String("token-revoked"))
        return Tr::tr("your token is no longer valid; ask the site administrator for a new one");
    return {};
}

QString refusalText(const client::SiteError &error)
{
    const QString explanation = ruleExplanation(error.code);
    if (explanation.isEmpty())
        return Tr::tr("Rule %1: %2").arg(error.code, error.message);
    return Tr::tr("Rule %1: %2. The site says: %3").arg(error.code, explanation, error.message);
}

} // namespace fairstart::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/ui/results/rulenotes.h"

#include "fairstart/client/refusals.h"
#include "fairstart/ui/tr.h"

namespace fairstart::ui {

namespace {

// The refusal as SiteError words it (SiteError::toString), when the client knows the rule.
std::optional<client::SiteError> knownRefusal(const QString &site, const QString &rule,
                                              const QJsonObject &params, const QString &where,
                                              const QString &stored)
{
    if (rule.isEmpty() || client::ruleExplanation(rule, params).isEmpty())
        return std::nullopt;
    client::SiteError e;
    e.site = site;
    e.kind = client::SiteError::Kind::Refused;
    e.code = rule;
    e.params = params;
    e.detail = where;
    e.message = stored;
    return e;
}

} // namespace

QString siteErrorText(const protocol::SiteRecord &site)
{
    if (const auto e
        = knownRefusal(site.name, site.rule, site.ruleParams, site.ruleWhere, site.error))
        return e->toString();
    return site.error;
}

QString sitePerformanceNoteText(const protocol::SitePerformance &performance)
{
    if (performance.rule == QLatin1String(client::kMaskedPerSite))
        return client::maskedPerSiteText();
    if (const auto e = knownRefusal(performance.site, performance.rule, performance.ruleParams,
                                    performance.ruleWhere, performance.note))
        return client::refusalText(*e);
    return performance.note;
}

QString siteFitNoteText(const protocol::SiteFit &fit)
{
    if (const auto e = knownRefusal(fit.site, fit.rule, fit.ruleParams, fit.ruleWhere, fit.note))
        return Tr::tr("The fit at this site alone stopped: %1").arg(e->toString());
    return fit.note;
}

QString subgroupReasonText(const QString &rule, const QJsonObject &params, const QString &stored)
{
    if (rule == QLatin1String(client::kWithheldAtSites)) {
        const QString worded = client::withheldAtSitesText(params);
        return worded.isEmpty() ? stored : worded;
    }
    if (rule.isEmpty())
        return stored;
    const QString worded = client::withheldCellText(rule);
    return worded == rule && !stored.isEmpty() ? stored : worded;
}

QString subgroupReasonText(const protocol::SubgroupRow &row)
{
    return subgroupReasonText(row.rule, row.ruleParams, row.reason);
}

QString maskedAucText(const protocol::FitReport &report)
{
    if (!report.discrimination) { // a record written before the count was kept
        return Tr::tr("The study was masked: pairs of records within one site are ordered "
                      "exactly where the site's node released its statistic, pairs across sites "
                      "are estimated from the pooled risk bins, and no bound on that estimate's "
                      "error exists.");
    }
    return Tr::tr("The study was masked: pairs of records within one site are ordered exactly "
                  "at %1 of %n site(s), pairs across sites are estimated from the pooled risk "
                  "bins, and no bound on that estimate's error exists.",
                  nullptr, int(report.perSite.size()))
        .arg(report.discrimination->sitesWithExact);
}

} // namespace fairstart::ui

// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15: the final model's discrimination and calibration by subgroup.
//
// Every evaluated site evaluates the final β it computed itself, split by the subgroup variable
// (POST /v1/evaluations with "subgroup"; site-node/src/subgroups.cpp), and releases each cell
// under its own rules or withholds it. The client pools each level over the sites:
//   - n, events, O:E (Σy / Σp, 95% CI exp(log(O/E) ± 1.96 / √O)) from the summed bins;
//   - the AUC by analysis::pooledAuc (pairs within a site exact where the site released its
//     Mann–Whitney statistic, across sites from the bins), CI ± 1.96 DeLong SE of the bins;
//   - calibration slope and calibration-in-the-large: each site's fit of its own cell, pooled
//     by inverse variance (fixed effect); a site fit is not a fit on the pooled records, and
//     the table says "pooled over sites".
// A level that any site withheld is withheld in the pooled row ("withheld at site2: min-cell"):
// a sum over the other sites would be a different population that looks like the level's.
// With the variable "site" the rows are the sites' own evaluations (no subgroup request).
#include "federatedrun_p.h"

#include "fairstart/client/nodeapi.h"
#include "fairstart/client/refusals.h"
#include "fairstart/client/tr.h"

#include "fairstart/analysis/discrimination.h"
#include "fairstart/analysis/performance.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace fairstart::client {

namespace {

constexpr double kZ = 1.959963984540054;

struct Cell {
    QString site;
    protocol::SubgroupCell cell;
};

// n, events, AUC and O:E of `sites`' bins and statistics into `row`.
void summarise(const std::vector<analysis::SiteDiscrimination> &sites, protocol::SubgroupRow *row)
{
    std::vector<analysis::PerformanceBins> bins;
    double sumP = 0;
    for (const auto &s : sites) {
        bins.push_back(s.bins);
        row->n += s.bins.n;
        row->events += s.bins.sumY;
        sumP += s.bins.sumP;
    }
    if (sumP > 0 && row->events > 0) {
        const double oe = row->events / sumP;
        row->observedExpected = oe;
        row->oeLower = oe * std::exp(-kZ / std::sqrt(row->events));
        row->oeUpper = oe * std::exp(kZ / std::sqrt(row->events));
    }
    analysis::Result<analysis::PerformanceMetrics> metrics = analysis::summarise(bins, { 0.5 });
    analysis::Result<analysis::PooledAuc> auc = analysis::pooledAuc(sites);
    if (metrics && auc) {
        row->auc = auc->auc;
        row->aucSe = metrics->aucSe;
        row->aucLower = std::clamp(auc->auc - kZ * metrics->aucSe, 0.0, 1.0);
        row->aucUpper = std::clamp(auc->auc + kZ * metrics->aucSe, 0.0, 1.0);
    }
}

// Inverse-variance pooling of the sites' estimates (fixed effect).
void poolFits(const std::vector<std::pair<double, double>> &fits, std::optional<double> *estimate,
              std::optional<double> *se)
{
    double w = 0, wx = 0;
    for (const auto &[x, s] : fits) {
        if (!(s > 0))
            return;
        w += 1 / (s * s);
        wx += x / (s * s);
    }
    if (w <= 0)
        return;
    *estimate = wx / w;
    *se = 1 / std::sqrt(w);
}

} // namespace

void FederatedRun::evaluateSubgroups()
{
    const int held = observerSlot();
    const QList<int> targets = held >= 0 ? QList<int> { held } : activeSlots();
    const bool bySite = m_options.subgroup == QLatin1String("site");
    auto answers = std::make_shared<std::map<int, protocol::EvaluationResponse>>();
    fanoutTo(
        targets, QStringLiteral("subgroup evaluation"), true,
        [this, bySite](int index) {
            protocol::StudyEvaluationRequest request;
            request.purpose = m_options.purpose;
            request.jobId = m_glm->jobIds.at(index);
            request.bins = analysis::evaluationGridBins;
            if (!bySite) {
                request.subgroup = m_options.subgroup;
                request.subgroupEdges = m_options.subgroupEdges;
            }
            return api::evaluation(request);
        },
        [this, answers, bySite](int index, const QByteArray &body) -> std::optional<SiteError> {
            const QString &name = m_slots[size_t(index)].site.name;
            SiteError error;
            auto response = api::decode<protocol::EvaluationResponse>(name, body, &error);
            if (!response)
                return error;
            if (response->designHash != m_report.designHash)
                return api::protocolError(
                    name,
                    Tr::tr("its evaluation is of another design (%1)").arg(response->designHash));
            if (!bySite && response->subgroupVariable != m_options.subgroup)
                return api::protocolError(name, Tr::tr("it answered without the subgroup cells"));
            (*answers)[index] = std::move(response).value();
            return std::nullopt;
        },
        [this, answers, bySite] {
            protocol::SubgroupReport report;
            report.variable = m_options.subgroup;
            if (bySite) {
                for (const auto &[index, e] : *answers) {
                    protocol::SubgroupRow row;
                    row.level = m_slots[size_t(index)].site.name;
                    summarise({ { e.bins, e.mannWhitney } }, &row);
                    report.rows << row;
                }
                m_report.subgroups = report;
                evaluated();
                return;
            }
            // The levels in the first site's order (every site has the same catalogue levels
            // or edges; the "missing" cell only where a site has such records).
            std::vector<std::pair<QString, bool>> levels;
            std::map<std::pair<QString, bool>, std::vector<Cell>> byLevel;
            for (const auto &[index, e] : *answers) {
                for (const protocol::SubgroupCell &c : e.subgroups) {
                    const auto key = std::make_pair(c.level, c.missing);
                    if (!byLevel.count(key))
                        levels.push_back(key);
                    byLevel[key].push_back({ m_slots[size_t(index)].site.name, c });
                }
            }
            for (const auto &key : levels) {
                const std::vector<Cell> &cells = byLevel[key];
                protocol::SubgroupRow pooled;
                pooled.level = key.first;
                pooled.missing = key.second;
                QStringList withheldAt;
                QList<QPair<QString, QString>> withheldRules;
                std::vector<analysis::SiteDiscrimination> released;
                std::vector<std::pair<double, double>> slopes, intercepts;
                QList<protocol::SubgroupRow> siteRows;
                for (const Cell &c : cells) {
                    protocol::SubgroupRow row;
                    row.level = key.first;
                    row.missing = key.second;
                    row.site = c.site;
                    if (c.cell.withheld) {
                        row.withheld = true;
                        row.reason = withheldCellText(c.cell.rule);
                        // Issue 17: the code too, so that a reader words it in its language.
                        row.rule = c.cell.rule;
                        withheldAt << Tr::tr("%1: %2").arg(c.site, row.reason);
                        withheldRules.append({ c.site, c.cell.rule });
                        siteRows << row;
                        continue;
                    }
                    const analysis::SiteDiscrimination site { c.cell.bins, c.cell.mannWhitney };
                    released.push_back(site);
                    summarise({ site }, &row);
                    row.calibrationSlope = c.cell.calibrationSlope;
                    row.calibrationSlopeSe = c.cell.calibrationSlopeSe;
                    row.calibrationInTheLarge = c.cell.calibrationInTheLarge;
                    row.calibrationInTheLargeSe = c.cell.calibrationInTheLargeSe;
                    if (c.cell.calibrationSlope && c.cell.calibrationSlopeSe)
                        slopes.emplace_back(*c.cell.calibrationSlope, *c.cell.calibrationSlopeSe);
                    if (c.cell.calibrationInTheLarge && c.cell.calibrationInTheLargeSe)
                        intercepts.emplace_back(*c.cell.calibrationInTheLarge,
                                                *c.cell.calibrationInTheLargeSe);
                    siteRows << row;
                }
                if (!withheldAt.isEmpty()) {
                    pooled.withheld = true;
                    pooled.reason
                        = Tr::tr("withheld at %1").arg(withheldAt.join(QStringLiteral("; ")));
                    pooled.rule = QString::fromLatin1(kWithheldAtSites);
                    pooled.ruleParams = withheldAtSitesParams(withheldRules);
                } else {
                    summarise(released, &pooled);
                    if (slopes.size() == cells.size())
                        poolFits(slopes, &pooled.calibrationSlope, &pooled.calibrationSlopeSe);
                    if (intercepts.size() == cells.size())
                        poolFits(intercepts, &pooled.calibrationInTheLarge,
                                 &pooled.calibrationInTheLargeSe);
                }
                report.rows << pooled;
                if (cells.size() > 1)
                    report.rows << siteRows;
            }
            m_report.subgroups = report;
            evaluated();
        });
}

} // namespace fairstart::client

// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15: `--subgroup VAR [--subgroup-edges e1,e2,...]` of fit and validate, and the
// fairness table: per level the pooled row and each site's, withheld cells said as withheld.
#include "clidetail.h"
#include "fairstart/cli/tr.h"

#include <cmath>

namespace fairstart::cli::detail {

namespace {

QString num(const std::optional<double> &v, int decimals = 3)
{
    return v && std::isfinite(*v) ? QString::number(*v, 'f', decimals) : QStringLiteral("—");
}

QString cell(const QString &s, int width, bool right = true)
{
    return right ? s.rightJustified(width) : s.leftJustified(width);
}

} // namespace

Option subgroupOption()
{
    return { "subgroup", "VAR", false,
             Tr::tr("Also evaluate the final model by subgroup (fairness): a categorical or binary "
                    "catalogue variable such as sex or migration_background, a numeric one with "
                    "--subgroup-edges (e.g. income_quintile), or \"site\". Each site releases each "
                    "cell under its own rules; withheld cells are shown as withheld."),
             commandline::checkedText(
                 [](const QString &text) { return !text.trimmed().isEmpty(); },
                 Tr::tr("--%1 needs a variable name from the catalogue; '%2' is not one.")) };
}

Option subgroupEdgesOption()
{
    return { "subgroup-edges", "e1,e2,...", false,
             Tr::tr("The cells of a numeric --subgroup variable: increasing edges, each an edge of "
                    "every site's histogram of it (describe it to see them; a site refuses other "
                    "numbers and names the nearest allowed ones). Cell i is [e_i, e_i+1); the "
                    "records below the first edge and at or above the last are one more cell."),
             commandline::numberList(
                 [](double value, const std::vector<double> &before) {
                     return before.empty() || value > before.back();
                 },
                 Tr::tr("--subgroup-edges takes increasing numbers separated by commas, "
                        "such as 2,3,4,5; '%1' is not the next one.")) };
}

std::optional<int> readSubgroup(const Parsed &p, QString &variable, std::vector<double> &edges)
{
    variable.clear();
    edges.clear();
    if (p.has("subgroup-edges") && !p.has("subgroup"))
        return fail(Usage, Tr::tr("--subgroup-edges needs --subgroup VAR"));
    if (!p.has("subgroup"))
        return std::nullopt;
    variable = p.value("subgroup").trimmed();
    edges = p.get<std::vector<double>>("subgroup-edges");
    if (p.has("subgroup-edges") && (edges.size() < 2 || edges.size() > 21))
        return fail(Usage, Tr::tr("--subgroup-edges takes 2 to 21 edges"));
    return std::nullopt;
}

QString formatSubgroupTable(const protocol::SubgroupReport &report)
{
    // The pooled calibration is no fit on the pooled records (docs/cli.md, fit step 7): said
    // where the numbers are, not only in the docs.
    QString t = Tr::tr("\nBy subgroup: %1 (AUC and O/E pooled over the sites)\n"
                       "  Slope and CITL in the \"all\" rows: each site's own fit of the cell, "
                       "combined by\n  inverse-variance weights (fixed effect); not a fit on the "
                       "pooled records.\n")
                    .arg(report.variable);
    t += QStringLiteral("  ") + cell(Tr::tr("level"), 16, false) + cell(Tr::tr("site"), 10, false)
        + cell(QStringLiteral("n"), 7) + cell(Tr::tr("events"), 7) + cell(QStringLiteral("AUC"), 7)
        + cell(Tr::tr("95% CI"), 14) + cell(QStringLiteral("O/E"), 7) + cell(Tr::tr("95% CI"), 14)
        + cell(Tr::tr("slope"), 7) + cell(Tr::tr("CITL"), 8) + QLatin1Char('\n');
    for (const protocol::SubgroupRow &r : report.rows) {
        const QString level = r.missing ? Tr::tr("(missing/other)") : r.level;
        QString line = QStringLiteral("  ") + cell(r.site.isEmpty() ? level : QString(), 16, false)
            + cell(r.site.isEmpty() ? Tr::tr("all") : r.site, 10, false);
        if (r.withheld) {
            line += QStringLiteral("  ") + Tr::tr("withheld: %1").arg(r.reason);
        } else {
            line += cell(QString::number(r.n, 'f', 0), 7)
                + cell(QString::number(r.events, 'f', 0), 7) + cell(num(r.auc), 7)
                + cell(QStringLiteral("%1–%2").arg(num(r.aucLower), num(r.aucUpper)), 14)
                + cell(num(r.observedExpected), 7)
                + cell(QStringLiteral("%1–%2").arg(num(r.oeLower), num(r.oeUpper)), 14)
                + cell(num(r.calibrationSlope), 7) + cell(num(r.calibrationInTheLarge), 8);
        }
        t += line + QLatin1Char('\n');
    }
    return t;
}

} // namespace fairstart::cli::detail

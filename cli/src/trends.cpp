// SPDX-License-Identifier: GPL-3.0-or-later
// fairstart-cli trends: counts of categorical or yes/no variables per year of birth (or another
// whole-numbered period), per site and pooled, as the dashboard's trend tab shows them. Each
// node releases a trend as one table under its two-way-table rules (POST /v1/descriptives with
// "trends"; docs/protocol.md, "Trends"); a withheld cell stays withheld in the pooled row. With
// three or more sites (or --mode masked) the trends are a masked descriptives study (issue 14):
// only the pooled table exists, with the number of sites that withheld each withheld cell.
#include "clidetail.h"

#include "fairstart/cli/clicommand.h"
#include "fairstart/cli/tr.h"
#include "fairstart/client/maskeddescriptives.h"
#include "fairstart/client/nodeapi.h"
#include "fairstart/client/transport.h"

#include "fairstart/protocol/codec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace fairstart::cli::detail {

using namespace fairstart::client;

namespace {

// The node's own limit (docs/protocol.md): at most 50 periods per trend.
constexpr quint64 kMaxPeriods = 50;

struct SiteTrends {
    QString site;
    QList<protocol::ReleasedTable> trends; // one per requested variable, in request order
};

QString countText(const protocol::ReleasedCount &count)
{
    return count ? QString::number(*count) : Tr::tr("withheld");
}

QJsonValue countJson(const protocol::ReleasedCount &count)
{
    return count ? QJsonValue(double(*count)) : QJsonValue(QJsonValue::Null);
}

// The sites' tables of one variable summed cell by cell: a cell withheld at any site is withheld
// in the sum (a pooled count without it would be a lower bound printed as a count).
protocol::ReleasedTable poolTables(const QList<protocol::ReleasedTable> &tables)
{
    protocol::ReleasedTable pooled;
    if (tables.isEmpty())
        return pooled;
    pooled.rowVariable = tables.first().rowVariable;
    pooled.columnVariable = tables.first().columnVariable;
    pooled.rowLevels = tables.first().rowLevels;
    for (const protocol::ReleasedTable &t : tables) {
        for (const QString &level : t.columnLevels) {
            if (!pooled.columnLevels.contains(level))
                pooled.columnLevels.append(level);
        }
    }
    std::sort(pooled.columnLevels.begin(), pooled.columnLevels.end());
    for (const QString &row : std::as_const(pooled.rowLevels)) {
        for (const QString &column : std::as_const(pooled.columnLevels)) {
            protocol::ReleasedCount sum = 0;
            for (const protocol::ReleasedTable &t : tables) {
                const qsizetype r = t.rowLevels.indexOf(row);
                const qsizetype c = t.columnLevels.indexOf(column);
                if (r < 0 || c < 0)
                    continue; // the site has no such level: it counted none
                const protocol::ReleasedCount cell
                    = t.counts.value(r * t.columnLevels.size() + c, std::nullopt);
                if (!cell || !sum) {
                    sum.reset();
                    break;
                }
                *sum += *cell;
            }
            pooled.counts.append(sum);
        }
    }
    return pooled;
}

QString tableText(const QString &who, const protocol::ReleasedTable &t)
{
    QString text = QStringLiteral("  ") + who + QLatin1Char('\n');
    text += QStringLiteral("    ") + t.rowVariable.leftJustified(12);
    for (const QString &level : t.columnLevels)
        text += QLatin1Char(' ') + level.rightJustified(10);
    text += QLatin1Char('\n');
    for (qsizetype r = 0; r < t.rowLevels.size(); ++r) {
        text += QStringLiteral("    ") + t.rowLevels.at(r).leftJustified(12);
        for (qsizetype c = 0; c < t.columnLevels.size(); ++c) {
            text += QLatin1Char(' ')
                + countText(t.counts.value(r * t.columnLevels.size() + c, std::nullopt))
                      .rightJustified(10);
        }
        text += QLatin1Char('\n');
    }
    return text;
}

QJsonObject tableJson(const QString &who, const protocol::ReleasedTable &t)
{
    QJsonArray rows;
    for (qsizetype r = 0; r < t.rowLevels.size(); ++r) {
        QJsonObject counts;
        for (qsizetype c = 0; c < t.columnLevels.size(); ++c)
            counts.insert(t.columnLevels.at(c),
                          countJson(t.counts.value(r * t.columnLevels.size() + c, std::nullopt)));
        rows.append(QJsonObject { { QStringLiteral("period"), t.rowLevels.at(r) },
                                  { QStringLiteral("counts"), counts } });
    }
    return { { QStringLiteral("site"), who },
             { QStringLiteral("levels"), QJsonArray::fromStringList(t.columnLevels) },
             { QStringLiteral("rows"), rows } };
}

// The masked trends (issue 14): one descriptives study over every site, only the sum decoded.
int trendsMasked(const Common &c, Transport &transport,
                 const protocol::DescriptivesRequest &request, const QString &period, quint64 from,
                 quint64 to)
{
    SiteError error;
    QList<SiteError> others;
    const auto result = MaskedDescriptivesRun::run(transport, c.sites, request, &error,
                                                   /*histograms*/ false, &others);
    // Every site that refused, one line each (not the first alone).
    if (!result)
        return failSites(QList<SiteError> { error } + others);
    auto cellText = [](const PooledCell &cell) {
        return cell.count ? QString::number(*cell.count)
                          : Tr::tr("<withheld at %n site(s)>", nullptr, cell.withheldSites);
    };
    QString text = Tr::tr("Dataset %1, purpose %2, %3 sites, by %4 from %5 to %6, mode masked "
                          "(study %7: only the sum over the sites was decoded; no site's own "
                          "numbers)\n")
                       .arg(request.dataset, request.purpose)
                       .arg(c.sites.size())
                       .arg(period)
                       .arg(from)
                       .arg(to)
                       .arg(result->pooled.study);
    QJsonArray json;
    for (const PooledCells &t : result->trends) {
        text += QLatin1Char('\n') + t.columnVariable + QLatin1Char('\n');
        text += QStringLiteral("  ") + Tr::tr("pooled") + QLatin1Char('\n');
        text += QStringLiteral("    ") + t.rowVariable.leftJustified(12);
        for (const QString &level : t.columnLevels)
            text += QLatin1Char(' ') + level.rightJustified(10);
        text += QLatin1Char('\n');
        QJsonArray rows;
        const qsizetype width = t.columnLevels.size();
        for (qsizetype r = 0; r < t.rowLevels.size(); ++r) {
            text += QStringLiteral("    ") + t.rowLevels.at(r).leftJustified(12);
            QJsonObject counts;
            QJsonObject withheld;
            for (qsizetype k = 0; k < width; ++k) {
                const PooledCell &cell = t.cells.at(r * width + k);
                text += QLatin1Char(' ') + cellText(cell).rightJustified(10);
                counts.insert(t.columnLevels.at(k),
                              cell.count ? QJsonValue(double(*cell.count))
                                         : QJsonValue(QJsonValue::Null));
                if (!cell.count)
                    withheld.insert(t.columnLevels.at(k), cell.withheldSites);
            }
            text += QLatin1Char('\n');
            QJsonObject row { { QStringLiteral("period"), t.rowLevels.at(r) },
                              { QStringLiteral("counts"), counts } };
            if (!withheld.isEmpty())
                row.insert(QStringLiteral("withheld_sites"), withheld);
            rows.append(row);
        }
        const QJsonObject block { { QStringLiteral("site"), QStringLiteral("pooled") },
                                  { QStringLiteral("levels"),
                                    QJsonArray::fromStringList(t.columnLevels) },
                                  { QStringLiteral("rows"), rows } };
        json.append(QJsonObject { { QStringLiteral("variable"), t.columnVariable },
                                  { QStringLiteral("period"), period },
                                  { QStringLiteral("tables"), QJsonArray { block } } });
    }
    text += Tr::tr("Per site: not available in masked mode (the sites released only the sum).\n");
    return writeOutput(
        c,
        c.format == QLatin1String("json") ? QString::fromUtf8(
            QJsonDocument(QJsonObject { { QStringLiteral("dataset"), request.dataset },
                                        { QStringLiteral("purpose"), request.purpose },
                                        { QStringLiteral("mode"), QStringLiteral("masked") },
                                        { QStringLiteral("study"), result->pooled.study },
                                        { QStringLiteral("from"), double(from) },
                                        { QStringLiteral("to"), double(to) },
                                        { QStringLiteral("trends"), json } })
                .toJson(QJsonDocument::Indented))
                                          : text);
}

} // namespace

int trends(const QStringList &args)
{
    Parsed p;
    if (auto code
        = parse(args, QStringLiteral("trends"),
                Tr::tr("Counts of categorical or yes/no variables per year of birth, pooled (and "
                       "per site in plain mode): the dashboard's trends. Each site releases a "
                       "trend as one table under its disclosure rules; a cell withheld at a site "
                       "is withheld in the pooled row as well. With three or more sites the "
                       "trends are masked: only the sum over the sites is decoded."),
                { sitesOption(),
                  onlyOption(),
                  datasetOption(true),
                  { "vars", "a,b,c", true,
                    Tr::tr("The categorical or yes/no variables to count per period.") },
                  { "period", "NAME", false,
                    Tr::tr("The numeric variable whose whole values are the periods (default "
                           "birth_year).") },
                  { "from", "YEAR", true, Tr::tr("The first period, included."),
                    commandline::wholeNumber(0, 9999) },
                  { "to", "YEAR", true,
                    Tr::tr("The last period, included (at most 50 periods from --from)."),
                    commandline::wholeNumber(0, 9999) },
                  purposeOption(),
                  modeOption(),
                  formatOption(false),
                  outOption(),
                  timeoutOption() },
                p))
        return *code;
    Common c;
    if (auto code = readCommon(p, c))
        return *code;
    const QStringList names = p.value("vars").split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (names.isEmpty())
        return fail(Usage, Tr::tr("--vars names no variable"));
    const quint64 from = p.get<quint64>("from");
    const quint64 to = p.get<quint64>("to");
    if (to < from)
        return fail(Usage,
                    Tr::tr("--to %1 is before --from %2; give the first period with --from "
                           "and the last with --to")
                        .arg(to)
                        .arg(from));
    if (to - from + 1 > kMaxPeriods)
        return fail(Usage,
                    Tr::tr("--from %1 --to %2 asks for %3 periods; the sites release at most %4 "
                           "per trend: ask for a shorter span")
                        .arg(from)
                        .arg(to)
                        .arg(to - from + 1)
                        .arg(kMaxPeriods));
    const QString period = p.has("period") ? p.value("period") : QStringLiteral("birth_year");
    Transport transport;
    transport.setDefaultOptions(c.transport);
    QString purpose = p.value("purpose");
    if (auto code = resolvePurpose(transport, c.sites, purpose))
        return *code;
    protocol::DescriptivesRequest request;
    request.purpose = purpose;
    request.dataset = p.value("dataset");
    QStringList variables;
    for (const QString &n : names) {
        variables << n.trimmed();
        request.trends.append({ period, n.trimmed(), int(from), int(to) });
    }
    // Masked (the default with three or more sites): a descriptives study whose sum over the
    // sites is all this program reads (maskeddescriptives.h).
    const StudyMode mode = readMode(p);
    if (mode == StudyMode::Masked || (mode == StudyMode::Auto && c.sites.size() >= 3))
        return trendsMasked(c, transport, request, period, from, to);
    QList<SiteDescriptives> answers;
    if (auto code
        = describeEverySite(transport, c.sites, request, &answers, [&](const SiteDescriptives &a) {
              if (a.response.trends.size() == request.trends.size())
                  return QString();
              return Tr::tr("%1 answered %2 trends for %3 asked; update the node or ask its "
                            "administrator")
                  .arg(a.site)
                  .arg(a.response.trends.size())
                  .arg(request.trends.size());
          }))
        return *code;
    QList<SiteTrends> perSite;
    for (const SiteDescriptives &a : std::as_const(answers))
        perSite << SiteTrends { a.site, a.response.trends };
    QString text = Tr::tr("Dataset %1, purpose %2, %3 sites, by %4 from %5 to %6\n")
                       .arg(request.dataset, purpose)
                       .arg(c.sites.size())
                       .arg(period)
                       .arg(from)
                       .arg(to);
    QJsonArray json;
    for (qsizetype v = 0; v < variables.size(); ++v) {
        QList<protocol::ReleasedTable> tables;
        for (const SiteTrends &s : std::as_const(perSite))
            tables << s.trends.at(v);
        const protocol::ReleasedTable pooled = poolTables(tables);
        text += QLatin1Char('\n') + variables.at(v) + QLatin1Char('\n');
        text += tableText(Tr::tr("pooled"), pooled);
        QJsonArray blocks { tableJson(QStringLiteral("pooled"), pooled) };
        for (const SiteTrends &s : std::as_const(perSite)) {
            text += tableText(s.site, s.trends.at(v));
            blocks.append(tableJson(s.site, s.trends.at(v)));
        }
        json.append(QJsonObject { { QStringLiteral("variable"), variables.at(v) },
                                  { QStringLiteral("period"), period },
                                  { QStringLiteral("tables"), blocks } });
    }
    return writeOutput(
        c,
        c.format == QLatin1String("json") ? QString::fromUtf8(
            QJsonDocument(QJsonObject { { QStringLiteral("dataset"), request.dataset },
                                        { QStringLiteral("purpose"), purpose },
                                        { QStringLiteral("from"), double(from) },
                                        { QStringLiteral("to"), double(to) },
                                        { QStringLiteral("trends"), json } })
                .toJson(QJsonDocument::Indented))
                                          : text);
}

} // namespace fairstart::cli::detail

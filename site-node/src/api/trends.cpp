// SPDX-License-Identifier: GPL-3.0-or-later
#include "trends_p.h"

#include <algorithm>
#include <cmath>

namespace fairstart::node::api {

std::optional<ApiResponse> checkTrends(const DatasetInfo &info,
                                       const QList<protocol::TrendRequest> &trends)
{
    for (qsizetype i = 0; i < trends.size(); ++i) {
        const protocol::TrendRequest &t = trends[i];
        const QString where = QStringLiteral("trends[%1]").arg(i);
        const VariableInfo *period = analysisVariable(info, t.period.toStdString());
        if (!period)
            return unknownVariable(info, t.period.toStdString(), where + QStringLiteral(".period"));
        const VariableInfo *variable = analysisVariable(info, t.variable.toStdString());
        if (!variable)
            return unknownVariable(info, t.variable.toStdString(),
                                   where + QStringLiteral(".variable"));
        if (period->kind != VariableKind::Numeric)
            return badRequest(QStringLiteral("invalid-trend"),
                              Tr::tr("A trend's period must be a numeric variable such as a year "
                                     "of birth. Choose a numeric period."),
                              where + QStringLiteral(": ") + t.period.left(100));
        if (variable->kind == VariableKind::Numeric)
            return badRequest(QStringLiteral("invalid-trend"),
                              Tr::tr("A trend counts the levels of a categorical or yes/no "
                                     "variable. Choose such a variable."),
                              where + QStringLiteral(": ") + t.variable.left(100));
        if (t.to < t.from || qint64(t.to) - t.from + 1 > MaxTrendPeriods)
            return badRequest(QStringLiteral("invalid-trend"),
                              Tr::tr("A trend needs 'from' at most 'to' and at most %1 periods. "
                                     "Ask for a shorter range.")
                                  .arg(MaxTrendPeriods),
                              where);
    }
    return std::nullopt;
}

std::vector<double> trendEdges(int from, int to)
{
    std::vector<double> edges;
    for (int p = from; p <= to + 1; ++p)
        edges.push_back(p - 0.5);
    return edges;
}

bool tallyTrends(const analysis::DataTable &table, const QList<protocol::TrendRequest> &trends,
                 const std::vector<std::uint8_t> &mask, DescriptivesTally *tally)
{
    for (const protocol::TrendRequest &t : trends) {
        const analysis::Column *period = table.column(t.period.toStdString());
        const analysis::Column *variable = table.column(t.variable.toStdString());
        if (!period || !variable || period->kind != analysis::ColumnKind::Numeric)
            return false;
        DescriptivesTally::Trend trend;
        trend.period = t.period;
        trend.variable = t.variable;
        trend.from = t.from;
        trend.to = t.to;
        // Levels sorted by name, as two-way tables have them, so sites line up.
        std::vector<std::int32_t> levelOf; // column code -> position in the sorted levels
        if (variable->kind == analysis::ColumnKind::Categorical) {
            std::vector<std::string> sorted = variable->levels;
            std::sort(sorted.begin(), sorted.end());
            for (const std::string &level : sorted)
                trend.levels.push_back(qs(level));
            for (const std::string &level : variable->levels)
                levelOf.push_back(std::int32_t(std::lower_bound(sorted.begin(), sorted.end(), level)
                                               - sorted.begin()));
        } else {
            trend.levels = { QStringLiteral("0"), QStringLiteral("1") };
        }
        const std::size_t periods = std::size_t(t.to - t.from + 1);
        const std::size_t rows = periods + DescriptivesTally::Trend::HiddenRows;
        const std::size_t columns = trend.levels.size() + 1;
        trend.counts.assign(rows * columns, 0.0);
        const std::vector<double> edges = trendEdges(t.from, t.to);
        for (std::size_t r = 0; r < mask.size(); ++r) {
            if (!mask[r])
                continue;
            // The row: a period as the ledger's histogram family places it (bins [e_i, e_i+1),
            // the last one closed), else the hidden row (outside the periods, or missing).
            std::size_t row = periods;
            if (!period->isMissing(r)) {
                const double v = period->numeric[r];
                if (v < edges.front() || v > edges.back())
                    row = periods;
                else if (v == edges.back())
                    row = periods - 1;
                else
                    row = std::size_t(std::floor(v - edges.front()));
            }
            std::size_t column = columns - 1;
            if (!variable->isMissing(r)) {
                if (variable->kind == analysis::ColumnKind::Categorical)
                    column = std::size_t(levelOf[std::size_t(variable->codes[r])]);
                else if (variable->numeric[r] == 0.0 || variable->numeric[r] == 1.0)
                    column = std::size_t(variable->numeric[r]);
                else
                    return false;
            }
            trend.counts[row * columns + column] += 1;
        }
        tally->trends.push_back(std::move(trend));
    }
    return true;
}

void appendTrendCells(const analysis::DataTable &table,
                      const QList<protocol::ReleasedTable> &trends, std::vector<CellRelease> *cells)
{
    for (const protocol::ReleasedTable &trend : trends) {
        if (trend.rowLevels.isEmpty())
            continue;
        const std::string period = trend.rowVariable.toStdString();
        const std::string variable = trend.columnVariable.toStdString();
        const int from = trend.rowLevels.first().toInt();
        const int to = trend.rowLevels.last().toInt();
        const std::string periodFamily = histogramFamily(period, trendEdges(from, to));
        const std::string variableKey = variableFamily(variable);
        CellRelease joint { jointFamily(periodFamily, variableKey), {} };
        const qsizetype columns = trend.columnLevels.size();
        for (qsizetype i = 0; i < trend.counts.size(); ++i) {
            if (!trend.counts[i])
                continue;
            joint.released.push_back(jointCode(
                table, periodFamily, std::int32_t(i / columns), variableKey,
                levelCode(table, variable, trend.columnLevels[i % columns].toStdString())));
        }
        cells->push_back(std::move(joint));
    }
}

} // namespace fairstart::node::api

// SPDX-License-Identifier: GPL-3.0-or-later
#include "release/datasetdominance.h"

#include "fairstart/node/tr.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <mutex>
#include <tuple>
#include <vector>

namespace fairstart::node {

namespace {

// What the verdict needs of a column under any policy: the totals and the largest terms (a
// policy adds up at most 10 top records, policy.cpp's dominance_top_k).
constexpr std::size_t kMaxTop = 10;

struct Sums {
    double totalAbsolute = 0;
    double totalSquares = 0;
    std::vector<double> topAbsolute; // descending, at most kMaxTop
    std::vector<double> topSquares;
};

std::vector<double> largest(std::vector<double> &values)
{
    const std::size_t k = std::min(values.size(), kMaxTop);
    std::partial_sort(values.begin(), values.begin() + std::ptrdiff_t(k), values.end(),
                      std::greater<double>());
    return { values.begin(), values.begin() + std::ptrdiff_t(k) };
}

Sums sumsOf(const analysis::Column &column)
{
    Sums s;
    std::vector<double> absolute;
    absolute.reserve(column.numeric.size());
    double sum = 0;
    for (const double v : column.numeric) {
        if (std::isnan(v))
            continue;
        absolute.push_back(std::abs(v));
        sum += v;
    }
    if (absolute.empty())
        return s;
    const double mean = sum / double(absolute.size());
    std::vector<double> squares;
    squares.reserve(absolute.size());
    for (const double v : column.numeric) {
        if (std::isnan(v))
            continue;
        const double d = v - mean;
        squares.push_back(d * d);
    }
    for (const double a : absolute)
        s.totalAbsolute += a;
    for (const double q : squares)
        s.totalSquares += q;
    s.topAbsolute = largest(absolute);
    s.topSquares = largest(squares);
    return s;
}

bool dominated(const std::vector<double> &top, double total,
               const analysis::DisclosurePolicy &policy)
{
    const std::size_t k
        = std::min(top.size(), std::size_t(std::clamp(policy.dominanceTopK, 0, int(kMaxTop))));
    double sum = 0;
    for (std::size_t i = 0; i < k; ++i)
        sum += top[i];
    return total > 0 && sum > policy.dominanceShare * total;
}

// (dataset, generation, variable) -> its sums. A new generation of a dataset drops the old ones.
std::mutex g_mutex;
std::map<std::tuple<QString, qint64, std::string>, Sums> g_sums;

} // namespace

std::optional<analysis::RuleOutcome> datasetDominance(const LoadedDataset &data,
                                                      const std::string &variable,
                                                      const analysis::DisclosurePolicy &policy)
{
    const VariableInfo *info = data.info.variable(QString::fromStdString(variable));
    if (!info || info->kind != VariableKind::Numeric)
        return std::nullopt;
    const analysis::Column *column = data.table.column(variable);
    if (!column || column->kind != analysis::ColumnKind::Numeric)
        return std::nullopt;
    const auto key = std::make_tuple(data.info.name, data.info.generation, variable);
    Sums sums;
    {
        // Computed under the lock once per generation and variable (one pass over the column);
        // every later request reads the kept sums.
        std::lock_guard lock(g_mutex);
        const auto found = g_sums.find(key);
        if (found != g_sums.end()) {
            sums = found->second;
        } else {
            sums = sumsOf(*column);
            for (auto it = g_sums.begin(); it != g_sums.end();) {
                if (std::get<0>(it->first) == data.info.name
                    && std::get<1>(it->first) != data.info.generation)
                    it = g_sums.erase(it);
                else
                    ++it;
            }
            g_sums.emplace(key, sums);
        }
    }
    if (!dominated(sums.topAbsolute, sums.totalAbsolute, policy)
        && !dominated(sums.topSquares, sums.totalSquares, policy))
        return std::nullopt;
    const auto percent = int(std::lround(policy.dominanceShare * 100));
    return analysis::RuleOutcome {
        "dataset-dominance", false, policy.dominanceShare,
        Tr::tr("At this site, %1 records dominate the variable %2: over all the site's records "
               "they make up more than %3% of its sum or of its spread about the mean. Every "
               "summary, table and model that uses %2 (as is or transformed) is refused at this "
               "site for every cohort, so that no refusal tells which cohort holds those records. "
               "Ask the site's data steward to check those values (a typing error, a unit or a "
               "missing-value code such as 9999); until then leave %2 out, or use a categorical "
               "variable derived from it by the steward.")
            .arg(policy.dominanceTopK)
            .arg(QString::fromStdString(variable))
            .arg(percent)
            .toStdString(),
        variable
    };
}

std::optional<analysis::RuleOutcome> datasetDominance(const LoadedDataset &data,
                                                      const analysis::ModelSpec &spec,
                                                      const analysis::DisclosurePolicy &policy)
{
    std::vector<std::string> names { spec.outcome.variable };
    if (!spec.offset.empty())
        names.push_back(spec.offset);
    for (const analysis::Predictor &predictor : spec.predictors) {
        if (predictor.transform != analysis::Transform::Categorical)
            names.push_back(predictor.variable);
    }
    for (const std::string &name : names) {
        if (auto refused = datasetDominance(data, name, policy))
            return refused;
    }
    return std::nullopt;
}

} // namespace fairstart::node

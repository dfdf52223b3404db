// SPDX-License-Identifier: GPL-3.0-or-later
#include "release/datasetdominance.h"

#include "fairstart/node/tr.h"
#include "release/releasegate.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
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

// How a design reads a value: as is, log (values <= 0 are left out: the cohort's domain check
// refuses them where they are used) or winsorised. Other transforms are judged as the raw values.
struct Reading {
    analysis::Transform transform = analysis::Transform::AsIs;
    double lower = 0, upper = 0;

    bool operator<(const Reading &o) const
    {
        return std::tie(transform, lower, upper) < std::tie(o.transform, o.lower, o.upper);
    }
    bool read(double v, double *out) const
    {
        if (std::isnan(v))
            return false;
        if (transform == analysis::Transform::Log) {
            if (!(v > 0))
                return false;
            *out = std::log(v);
        } else if (transform == analysis::Transform::Winsorise) {
            *out = std::min(std::max(v, lower), upper);
        } else {
            *out = v;
        }
        return true;
    }
};

// Over the records consented for every purpose the dataset records (`every`, everyPurposeRecords):
// a record whose consent is withdrawn shapes no answer, and the verdict is the same whichever
// purpose asks (like the catalogue's counts and the lattice step).
Sums sumsOf(const analysis::Column &column, const std::vector<std::uint8_t> &every,
            const Reading &reading)
{
    Sums s;
    std::vector<double> absolute;
    absolute.reserve(column.numeric.size());
    double sum = 0;
    double v = 0;
    for (std::size_t i = 0; i < column.numeric.size(); ++i) {
        if (!every[i] || !reading.read(column.numeric[i], &v))
            continue;
        absolute.push_back(std::abs(v));
        sum += v;
    }
    if (absolute.empty())
        return s;
    const double mean = sum / double(absolute.size());
    std::vector<double> squares;
    squares.reserve(absolute.size());
    for (std::size_t i = 0; i < column.numeric.size(); ++i) {
        if (!every[i] || !reading.read(column.numeric[i], &v))
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
std::map<std::tuple<QString, qint64, std::string, Reading>, Sums> g_sums;

std::optional<analysis::RuleOutcome> judged(const LoadedDataset &data, const std::string &variable,
                                            const Reading &reading,
                                            const analysis::DisclosurePolicy &policy)
{
    const VariableInfo *info = data.info.variable(QString::fromStdString(variable));
    if (!info || info->kind != VariableKind::Numeric)
        return std::nullopt;
    const analysis::Column *column = data.table.column(variable);
    if (!column || column->kind != analysis::ColumnKind::Numeric)
        return std::nullopt;
    const auto key = std::make_tuple(data.info.name, data.info.generation, variable, reading);
    Sums sums;
    {
        // Computed under the lock once per generation and variable (one pass over the column);
        // every later request reads the kept sums.
        std::lock_guard lock(g_mutex);
        const auto found = g_sums.find(key);
        if (found != g_sums.end()) {
            sums = found->second;
        } else {
            sums = sumsOf(*column, everyPurposeRecords(data), reading);
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
               "they make up more than %3% of its sum or of its spread about the mean, as the "
               "request reads it. Every description of %2, and every model that uses it as is, "
               "scaled or as a spline, is refused at this site for every cohort, so that no "
               "refusal tells which cohort holds those records. Ask the site's data steward to "
               "check those values (a typing error, a unit, a missing-value code such as 9999). "
               "Until then leave %2 out, or in a model winsorise it at an edge of the node's "
               "histogram below those values or take its log: such a column is judged the same "
               "way, over all the site's records.")
            .arg(policy.dominanceTopK)
            .arg(QString::fromStdString(variable))
            .arg(percent)
            .toStdString(),
        variable
    };
}

} // namespace

std::optional<analysis::RuleOutcome> datasetDominance(const LoadedDataset &data,
                                                      const std::string &variable,
                                                      const analysis::DisclosurePolicy &policy)
{
    return judged(data, variable, Reading {}, policy);
}

std::optional<analysis::RuleOutcome> datasetDominance(const LoadedDataset &data,
                                                      const analysis::ModelSpec &spec,
                                                      const analysis::DisclosurePolicy &policy)
{
    // The outcome and the offset as they are; a predictor as the design reads it when that is
    // log or winsorised (the whole dataset's verdict on those values: log(3800) among log(1..40)
    // is not dominated, winsorising at an edge below the outlier removes it); scale(x) is affine
    // and a spline's columns follow x's extreme, so both are judged as x itself.
    std::vector<std::pair<std::string, Reading>> reads { { spec.outcome.variable, Reading {} } };
    if (!spec.offset.empty())
        reads.push_back({ spec.offset, Reading {} });
    for (const analysis::Predictor &predictor : spec.predictors) {
        if (predictor.transform == analysis::Transform::Categorical)
            continue;
        Reading reading;
        if (predictor.transform == analysis::Transform::Log
            || predictor.transform == analysis::Transform::Winsorise)
            reading = { predictor.transform, predictor.lower, predictor.upper };
        if (predictor.transform == analysis::Transform::Log)
            reading.lower = reading.upper = 0;
        reads.push_back({ predictor.variable, reading });
    }
    for (const auto &[name, reading] : reads) {
        if (auto refused = judged(data, name, reading, policy))
            return refused;
    }
    return std::nullopt;
}

} // namespace fairstart::node

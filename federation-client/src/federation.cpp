// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/client/federation.h"
#include "fairstart/client/cataloguelabels.h"

#include "fairstart/client/tr.h"

#include "fairstart/protocol/protocolversion.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace fairstart::client {

namespace {

std::optional<qint64> addCounts(std::optional<qint64> a, std::optional<qint64> b)
{
    if (!a || !b)
        return std::nullopt;
    return *a + *b;
}

} // namespace

std::optional<SiteError> checkNodeInfo(const Site &site, const protocol::NodeInfo &info,
                                       const QString &dataset)
{
    // Digits only (std::from_chars): " 2" and "+2" are not version 2 (QString::toInt says so).
    const std::string text = info.protocolVersion.section(QLatin1Char('.'), 0, 0).toStdString();
    int major = -1;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), major);
    if (ec != std::errc() || end != text.data() + text.size() || major != protocol::kProtocolMajor)
        return SiteError::make(
            site.name, SiteError::Kind::Protocol, QStringLiteral("protocol-version"),
            Tr::tr("Site %1 speaks protocol version %2, this client version %3.0; "
                   "update the older of the two.")
                .arg(site.name, info.protocolVersion)
                .arg(protocol::kProtocolMajor));
    if (!dataset.isEmpty() && !info.datasets.contains(dataset))
        return SiteError::make(
            site.name, SiteError::Kind::Protocol, QStringLiteral("unknown-dataset"),
            Tr::tr("Site %1 has no dataset '%2'; its datasets are: %3. Check the "
                   "dataset name.")
                .arg(site.name, dataset,
                     info.datasets.isEmpty() ? Tr::tr("none")
                                             : info.datasets.join(QStringLiteral(", "))));
    return std::nullopt;
}

std::optional<protocol::CatalogueDataset> findDataset(const protocol::Catalogue &catalogue,
                                                      const QString &dataset)
{
    for (const protocol::CatalogueDataset &d : catalogue.datasets) {
        if (d.name == dataset)
            return d;
    }
    return std::nullopt;
}

SiteError datasetMissing(const QString &site, const QString &dataset,
                         const protocol::Catalogue &catalogue)
{
    QStringList names;
    for (const protocol::CatalogueDataset &d : catalogue.datasets)
        names << d.name;
    return SiteError::make(
        site, SiteError::Kind::Protocol, QStringLiteral("unknown-dataset"),
        Tr::tr("Site %1 has no dataset '%2' for this purpose; its datasets are: %3. "
               "Check the dataset name and the purpose.")
            .arg(site, dataset,
                 names.isEmpty() ? Tr::tr("none") : names.join(QStringLiteral(", "))));
}

std::vector<std::string> modelVariables(const analysis::ModelSpec &spec)
{
    std::vector<std::string> out;
    auto add = [&out](const std::string &v) {
        if (!v.empty() && std::find(out.begin(), out.end(), v) == out.end())
            out.push_back(v);
    };
    add(spec.outcome.variable);
    for (const analysis::Predictor &p : spec.predictors)
        add(p.variable);
    add(spec.offset);
    for (const analysis::Filter &f : spec.filters)
        add(f.variable);
    return out;
}

std::vector<std::string> requiredVariables(const analysis::ModelSpec &spec)
{
    std::vector<std::string> out = modelVariables(spec);
    for (const std::string &v : spec.completeCases) {
        if (!v.empty() && std::find(out.begin(), out.end(), v) == out.end())
            out.push_back(v);
    }
    return out;
}

namespace {

// The edit distance of two names (insertions, deletions, substitutions; case-insensitive).
qsizetype editDistance(const QString &a, const QString &b)
{
    const QString x = a.toLower(), y = b.toLower();
    std::vector<qsizetype> row(std::size_t(y.size()) + 1);
    for (qsizetype j = 0; j <= y.size(); ++j)
        row[std::size_t(j)] = j;
    for (qsizetype i = 1; i <= x.size(); ++i) {
        qsizetype diagonal = row[0];
        row[0] = i;
        for (qsizetype j = 1; j <= y.size(); ++j) {
            const qsizetype above = row[std::size_t(j)];
            row[std::size_t(j)] = std::min({ above + 1, row[std::size_t(j - 1)] + 1,
                                             diagonal + (x[i - 1] == y[j - 1] ? 0 : 1) });
            diagonal = above;
        }
    }
    return row.back();
}

} // namespace

QStringList similarVariables(const protocol::CatalogueDataset &dataset, const QString &name)
{
    // A typo (a third of the name's letters at most, at least one) or the name a part of one.
    const qsizetype allowed = std::max<qsizetype>(1, name.size() / 3);
    std::vector<std::pair<qsizetype, QString>> near;
    for (const protocol::CatalogueVariable &v : dataset.variables) {
        const qsizetype d = editDistance(name, v.name);
        if (d <= allowed)
            near.push_back({ d, v.name });
        else if (name.size() >= 3 && v.name.contains(name, Qt::CaseInsensitive))
            near.push_back({ allowed + 1, v.name });
    }
    std::sort(near.begin(), near.end());
    QStringList out;
    for (std::size_t i = 0; i < near.size() && i < 3; ++i)
        out << near[i].second;
    return out;
}

std::optional<SiteError> checkVariables(const QString &site,
                                        const protocol::CatalogueDataset &dataset,
                                        const std::vector<std::string> &variables)
{
    for (const std::string &v : variables) {
        const QString name = QString::fromStdString(v);
        const bool found = std::any_of(
            dataset.variables.begin(), dataset.variables.end(),
            [&name](const protocol::CatalogueVariable &cv) { return cv.name == name; });
        if (found)
            continue;
        const QStringList near = similarVariables(dataset, name);
        return SiteError::make(
            site, SiteError::Kind::Protocol, QStringLiteral("unknown-variable"),
            near.isEmpty()
                ? Tr::tr("Site %1 has no variable '%2' in dataset %3. Check the "
                         "spelling with 'fairstart-cli catalogue', or leave the "
                         "site out.")
                      .arg(site, name, dataset.name)
                : Tr::tr("Site %1 has no variable '%2' in dataset %3; did you mean %4? Check the "
                         "spelling with 'fairstart-cli catalogue', or leave the site out.")
                      .arg(site, name, dataset.name, near.join(QStringLiteral(", "))));
    }
    return std::nullopt;
}

bool levelNameLess(const QString &a, const QString &b)
{
    return a.toStdString() < b.toStdString();
}

QString levelDisplayText(const protocol::CatalogueLevel &level)
{
    return level.label.isEmpty() ? level.name : level.label;
}

protocol::CatalogueVariable mergedCatalogueVariable(const QList<protocol::CatalogueVariable> &sites)
{
    if (sites.isEmpty())
        return {};
    protocol::CatalogueVariable merged = sites.first();
    // The first site that declares an order sets it; levels only other sites have follow, by
    // name. Without a declared order (older nodes, or inferred levels): by name, as before.
    const auto declared
        = std::find_if(sites.begin(), sites.end(), [](const protocol::CatalogueVariable &v) {
              return v.levelsInDeclaredOrder;
          });
    QList<protocol::CatalogueLevel> levels
        = declared != sites.end() ? declared->levels : QList<protocol::CatalogueLevel> {};
    auto find = [&levels](const QString &name) {
        return std::find_if(levels.begin(), levels.end(),
                            [&name](const protocol::CatalogueLevel &l) { return l.name == name; });
    };
    QList<protocol::CatalogueLevel> others;
    for (const protocol::CatalogueVariable &v : sites) {
        for (const protocol::CatalogueLevel &l : v.levels) {
            if (auto it = find(l.name); it != levels.end()) {
                if (it->label.isEmpty())
                    it->label = l.label;
                continue;
            }
            auto other = std::find_if(
                others.begin(), others.end(),
                [&l](const protocol::CatalogueLevel &o) { return o.name == l.name; });
            if (other == others.end())
                others << l;
            else if (other->label.isEmpty())
                other->label = l.label;
        }
    }
    std::sort(others.begin(), others.end(),
              [](const protocol::CatalogueLevel &a, const protocol::CatalogueLevel &b) {
                  return levelNameLess(a.name, b.name);
              });
    merged.levels = levels + others;
    merged.levelsInDeclaredOrder = declared != sites.end();
    // Whole numbers only when every site that has the variable says so (an older node says
    // nothing, so decimals stay).
    merged.wholeNumbers
        = std::all_of(sites.begin(), sites.end(),
                      [](const protocol::CatalogueVariable &v) { return v.wholeNumbers; });
    for (const protocol::CatalogueVariable &v : sites) {
        if (merged.label.isEmpty())
            merged.label = v.label;
    }
    return merged;
}

MergedCatalogue mergeCatalogues(const QList<SiteCatalogue> &catalogues, const QString &dataset)
{
    MergedCatalogue merged;
    std::map<QString, QString> firstSite;
    std::map<QString, QList<protocol::CatalogueVariable>> perVariable;
    for (const SiteCatalogue &sc : catalogues) {
        const protocol::CatalogueDataset *ds = sc.dataset(dataset);
        if (!ds)
            continue;
        for (const protocol::CatalogueVariable &v : ds->variables) {
            auto it = std::find_if(merged.variables.begin(), merged.variables.end(),
                                   [&v](const MergedVariable &m) { return m.name == v.name; });
            if (it == merged.variables.end()) {
                MergedVariable m;
                m.name = v.name;
                m.type = v.type;
                m.label = v.label;
                m.count = v.count;
                for (const protocol::CatalogueLevel &l : v.levels)
                    m.levels << l.name;
                m.sites << sc.site;
                merged.variables << m;
                firstSite[v.name] = sc.site;
                perVariable[v.name] << v;
                continue;
            }
            if (it->type != v.type) {
                merged.conflicts << Tr::tr("The variable %1 is %2 at site %3 but %4 at site %5; "
                                           "the sites must agree on its type before it can be "
                                           "analysed together.")
                                        .arg(v.name, protocol::variableTypeId(it->type),
                                             firstSite[v.name], protocol::variableTypeId(v.type),
                                             sc.site);
                continue;
            }
            for (const protocol::CatalogueLevel &l : v.levels) {
                if (!it->levels.contains(l.name))
                    it->levels << l.name;
            }
            it->count = addCounts(it->count, v.count);
            it->sites << sc.site;
            perVariable[v.name] << v;
        }
    }
    for (MergedVariable &m : merged.variables) {
        std::sort(m.levels.begin(), m.levels.end(), levelNameLess);
        m.shown = mergedCatalogueVariable(perVariable[m.name]);
        const std::string name = m.name.toStdString();
        if (m.type == protocol::VariableType::Categorical) {
            merged.kinds[name] = analysis::ColumnKind::Categorical;
            std::vector<std::string> levels;
            for (const QString &l : m.levels)
                levels.push_back(l.toStdString());
            merged.levels[name] = levels;
        } else {
            merged.kinds[name] = analysis::ColumnKind::Numeric;
        }
    }
    return merged;
}

protocol::DescriptivesRequest
cohortDescriptives(const RunOptions &options, const analysis::ModelSpec &spec,
                   const std::vector<std::string> &variables,
                   const std::map<std::string, std::vector<double>> &histogramEdges)
{
    protocol::DescriptivesRequest request;
    request.purpose = options.purpose;
    request.dataset = options.dataset;
    request.filters = spec.filters;
    // The records the model uses: complete in outcome, predictors, offset and the spec's further
    // complete-case variables (filters drop records missing their variable anyway).
    analysis::ModelSpec withoutFilters = spec;
    withoutFilters.filters.clear();
    const std::vector<std::string> complete = requiredVariables(withoutFilters);
    for (const std::string &v : complete)
        request.completeCases << QString::fromStdString(v);
    for (const std::string &v : variables) {
        protocol::DescribeVariable dv;
        dv.name = QString::fromStdString(v);
        if (const auto it = histogramEdges.find(v); it != histogramEdges.end())
            dv.histogramEdges.push_back(it->second);
        request.variables << dv;
    }
    return request;
}

double pooledQuantile(const QList<protocol::ReleasedHistogram> &histograms, double q)
{
    std::set<double> edgeSet;
    double total = 0;
    for (const protocol::ReleasedHistogram &h : histograms) {
        if (h.edges.size() < 2 || h.counts.size() + 1 != h.edges.size())
            continue;
        edgeSet.insert(h.edges.begin(), h.edges.end());
        for (double c : h.counts)
            total += c;
    }
    if (!(total > 0) || edgeSet.size() < 2)
        return std::numeric_limits<double>::quiet_NaN();
    const std::vector<double> edges(edgeSet.begin(), edgeSet.end());
    // The pooled CDF at x: every bin contributes its share of [lo, hi] below x.
    auto cdf = [&histograms](double x) {
        double below = 0;
        for (const protocol::ReleasedHistogram &h : histograms) {
            if (h.edges.size() < 2 || h.counts.size() + 1 != h.edges.size())
                continue;
            for (size_t b = 0; b < h.counts.size(); ++b) {
                const double lo = h.edges[b];
                const double hi = h.edges[b + 1];
                if (x >= hi)
                    below += h.counts[b];
                else if (x > lo)
                    below += h.counts[b] * (x - lo) / (hi - lo);
            }
        }
        return below;
    };
    const double target = std::clamp(q, 0.0, 1.0) * total;
    double previous = cdf(edges.front());
    for (size_t i = 1; i < edges.size(); ++i) {
        const double current = cdf(edges[i]);
        if (current >= target && current > previous) {
            // The CDF is linear between adjacent union edges.
            const double share = (target - previous) / (current - previous);
            return edges[i - 1] + std::clamp(share, 0.0, 1.0) * (edges[i] - edges[i - 1]);
        }
        previous = current;
    }
    return edges.back();
}

PooledDescriptives poolDescriptives(const QList<SiteDescriptives> &sites)
{
    PooledDescriptives pooled;
    for (const SiteDescriptives &sd : sites) {
        pooled.cohortSize += sd.response.cohortSize;
        for (const protocol::NumericDescription &n : sd.response.numeric) {
            auto it
                = std::find_if(pooled.numeric.begin(), pooled.numeric.end(),
                               [&n](const PooledNumeric &p) { return p.variable == n.variable; });
            if (it == pooled.numeric.end()) {
                pooled.numeric << PooledNumeric { n.variable, n.moments, n.missing };
                continue;
            }
            it->moments += n.moments;
            it->missing = addCounts(it->missing, n.missing);
        }
        for (const protocol::CategoricalDescription &c : sd.response.categorical) {
            auto it = std::find_if(
                pooled.categorical.begin(), pooled.categorical.end(),
                [&c](const PooledCategorical &p) { return p.variable == c.variable; });
            if (it == pooled.categorical.end()) {
                pooled.categorical << PooledCategorical { c.variable, {}, c.missing };
                it = pooled.categorical.end() - 1;
            } else {
                it->missing = addCounts(it->missing, c.missing);
            }
            for (const protocol::CatalogueLevel &l : c.levels) {
                auto lt = std::find_if(it->levels.begin(), it->levels.end(),
                                       [&l](const PooledLevel &p) { return p.name == l.name; });
                if (lt == it->levels.end()) {
                    it->levels << PooledLevel { l.name, qint64(0), {} };
                    lt = it->levels.end() - 1;
                }
                if (!l.count)
                    lt->withheldAt << sd.site;
                lt->count = addCounts(lt->count, l.count);
            }
        }
    }
    for (PooledCategorical &c : pooled.categorical) {
        std::sort(c.levels.begin(), c.levels.end(), [](const PooledLevel &a, const PooledLevel &b) {
            return a.name.toStdString() < b.name.toStdString();
        });
    }
    return pooled;
}

QString levelLabelKey(const QString &variable, const QString &level)
{
    return variable + QLatin1Char('=') + level;
}

QMap<QString, QString> catalogueLabels(const QList<protocol::CatalogueVariable> &variables)
{
    QMap<QString, QString> labels;
    for (const protocol::CatalogueVariable &v : variables) {
        labels.insert(v.name, v.label);
        for (const protocol::CatalogueLevel &l : v.levels) {
            if (!l.label.isEmpty())
                labels.insert(levelLabelKey(v.name, l.name), l.label);
        }
    }
    return labels;
}

} // namespace fairstart::client

// SPDX-License-Identifier: GPL-3.0-or-later
// The client's aggregation of what sites release: catalogues merged into one variable list, node
// information checked, descriptives pooled, quantiles from histograms with different bins.
#pragma once

#include "fairstart/client/federatedrun.h"
#include "fairstart/client/site.h"
#include "fairstart/client/siteerror.h"
#include "fairstart/client/sitesurvey.h"

#include "fairstart/analysis/datatable.h"
#include "fairstart/analysis/descriptives.h"
#include "fairstart/analysis/model.h"
#include "fairstart/protocol/messages.h"

#include <QList>
#include <QStringList>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace fairstart::client {

// A node that speaks another major protocol version or lacks the dataset (when one is named)
// cannot take part; the error says which and what to do. (The study mode and keys are checked by
// chooseMode and checkSiteKeys, studychecks.h.)
std::optional<SiteError> checkNodeInfo(const Site &site, const protocol::NodeInfo &info,
                                       const QString &dataset);

std::optional<protocol::CatalogueDataset> findDataset(const protocol::Catalogue &catalogue,
                                                      const QString &dataset);
SiteError datasetMissing(const QString &site, const QString &dataset,
                         const protocol::Catalogue &catalogue);

// Every variable a specification reads: outcome, predictors, offset, filters; once each, in order.
std::vector<std::string> modelVariables(const analysis::ModelSpec &spec);
// modelVariables and then the cohort's further complete-case variables (spec.completeCases): every
// variable a site's dataset must have for the specification.
std::vector<std::string> requiredVariables(const analysis::ModelSpec &spec);

// The dataset's variables whose names are close to `name` (a typo, or `name` part of theirs),
// closest first, at most three: for "did you mean" in a message.
QStringList similarVariables(const protocol::CatalogueDataset &dataset, const QString &name);

// A variable the site's dataset does not have is an error naming the site and the variable (and
// the similar names the dataset has, if any).
std::optional<SiteError> checkVariables(const QString &site,
                                        const protocol::CatalogueDataset &dataset,
                                        const std::vector<std::string> &variables);

// Byte order of level names, as the node and the analysis sort them.
bool levelNameLess(const QString &a, const QString &b);

// One variable as several sites' catalogues describe it (issue 17), as the workbench and the CLI
// show it: the first site's entry with the levels in the first declared order (levels only other
// sites have after it, by name; all by name when no site declares one, as older nodes), each
// with the first label a site gives, and `wholeNumbers` only when every site says so.
protocol::CatalogueVariable
mergedCatalogueVariable(const QList<protocol::CatalogueVariable> &sites);
// A level's label, or its name when it has none.
QString levelDisplayText(const protocol::CatalogueLevel &level);

struct MergedVariable {
    QString name;
    protocol::VariableType type = protocol::VariableType::Numeric;
    QString label;
    QStringList levels; // union over sites, sorted (levelNameLess), as the design resolves them
    // As the sites that agree on its type describe it together, for showing
    // (mergedCatalogueVariable): the levels in the declared order, with their labels.
    protocol::CatalogueVariable shown;
    QStringList sites; // sites that have it
    std::optional<qint64> count; // sum of released counts; nullopt when a site withheld one
};

struct MergedCatalogue {
    // How the analysis sees each variable: binary variables are numeric 0/1, as at the node.
    std::map<std::string, analysis::ColumnKind> kinds;
    std::map<std::string, std::vector<std::string>> levels; // categorical only, union, sorted
    QList<MergedVariable> variables; // in the first site's order, then new ones as they appear
    QStringList conflicts; // a variable typed differently at two sites, in words
};

// The union of the sites' dataset called `dataset` (each site's first one when empty); a site
// without it adds nothing.
MergedCatalogue mergeCatalogues(const QList<SiteCatalogue> &catalogues,
                                const QString &dataset = {});

// The descriptives request of a run's cohort: the model's filters, complete cases of every model
// variable, and the given variables (with histogram edges where given).
protocol::DescriptivesRequest
cohortDescriptives(const RunOptions &options, const analysis::ModelSpec &spec,
                   const std::vector<std::string> &variables,
                   const std::map<std::string, std::vector<double>> &histogramEdges);

// The q-quantile of the pooled distribution of several sites' histograms, each with its own
// (merged) bins: each bin is taken as uniform, the sites' CDFs are added and inverted. The error
// is at most the width of the widest bin around the quantile. NaN when there are no counts.
double pooledQuantile(const QList<protocol::ReleasedHistogram> &histograms, double q);

// Descriptives of several sites pooled: moments merged (Chan), level counts added where every
// site released them.
struct PooledNumeric {
    QString variable;
    analysis::Moments moments;
    std::optional<qint64> missing; // nullopt when a site withheld it
};

struct PooledLevel {
    QString name;
    std::optional<qint64> count; // nullopt when a site withheld its count
    QStringList withheldAt;
    int withheldSites = 0; // masked mode: how many sites withheld it (not which)
};

struct PooledCategorical {
    QString variable;
    QList<PooledLevel> levels; // union, sorted
    std::optional<qint64> missing;
};

struct SiteDescriptives {
    QString site;
    protocol::DescriptivesResponse response;
};

struct PooledDescriptives {
    // "plain": pooled by the client from each site's released answer; "masked": decoded from
    // the sum of a descriptives study (maskeddescriptives.h), no site's own numbers seen.
    QString mode = QStringLiteral("plain");
    QString study; // masked: the study hash
    qint64 cohortSize = 0;
    QList<PooledNumeric> numeric;
    QList<PooledCategorical> categorical;
};

PooledDescriptives poolDescriptives(const QList<SiteDescriptives> &sites);

} // namespace fairstart::client

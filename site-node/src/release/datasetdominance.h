// SPDX-License-Identifier: GPL-3.0-or-later
// Dominance as a fact of the dataset (docs/privacy-rules.md "Dominance over the whole dataset").
// A numeric variable whose top records dominate its sum or its centred sum of squares over the
// records consented for every purpose (everyPurposeRecords) is refused in every release that uses
// it (a description, a design column built from it, an outcome, an offset), whatever the cohort,
// filter, user, purpose or request: the verdict is the same for all of them, so a refusal no longer
// says whether a cohort holds the outlier. Private to the node's release code.
#pragma once

#include "fairstart/analysis/disclosure.h"
#include "fairstart/analysis/model.h"
#include "fairstart/node/store.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace fairstart::node {

// The refusal (rule "dataset-dominance") of a numeric variable dominated over all its present
// values in `data` among the records consented for every purpose, or nullopt. The sums it needs
// are computed once per dataset generation and variable and kept (a process-wide cache).
std::optional<analysis::RuleOutcome> datasetDominance(const LoadedDataset &data,
                                                      const std::string &variable,
                                                      const analysis::DisclosurePolicy &policy);

// The first dataset-dominance refusal among a design's numeric outcome, offset and predictors, or
// nullopt. A log or winsorised predictor is judged on its log or winsorised values over the whole
// dataset (cached per bounds); scale(x) and a spline of x as x (docs/privacy-rules.md).
std::optional<analysis::RuleOutcome> datasetDominance(const LoadedDataset &data,
                                                      const analysis::ModelSpec &spec,
                                                      const analysis::DisclosurePolicy &policy);

// Dominance of a cohort that no record's membership decides (docs/privacy-rules.md "Dominance
// inside a cohort"). The cohort rule on a description's sums (the top records' share of Σ|x| and
// of the centred Σ(x − x̄)²) refuses a cohort that holds a record far from its other records and
// releases one without it, so two cohorts an analyst splits a group into tell on which side that
// record is. Here the verdict is taken over the cohort's records other than the site's extreme
// ones (the `dominance_top_k` highest and as many lowest present values among the records
// consented for the purpose: `consented`), joined with every subset of those extreme records:
// refused when any such union is dominated. So an extreme record counts as if it were in every
// cohort, whichever side of a split it is on, and the cohort's own sums (one of the unions) are
// still never released dominated. Rule "dominance"; nullopt when no union is dominated or the
// variable is not numeric.
std::optional<analysis::RuleOutcome> cohortDominance(const LoadedDataset &data,
                                                     const std::string &variable,
                                                     const std::vector<std::uint8_t> &consented,
                                                     const std::vector<std::uint8_t> &cohort,
                                                     const analysis::DisclosurePolicy &policy);

// The same for a design's cohort (its consented records' mask, then the cohort's): each numeric
// column as the design reads it (datasetDominance's readings: the outcome unless cut at a
// threshold, the offset, numeric predictors as is, scaled, as a spline, log or winsorised).
std::optional<analysis::RuleOutcome> cohortDominance(const LoadedDataset &data,
                                                     const analysis::ModelSpec &spec,
                                                     const std::vector<std::uint8_t> &consented,
                                                     const std::vector<std::uint8_t> &cohort,
                                                     const analysis::DisclosurePolicy &policy);

// What cohortDominance needs of the records consented for one purpose (`consented`), computed
// now and kept with `data` (LoadedDataset::memo): each numeric variable's extreme records as read
// as is, and the sums of the rest of the cohort of all those records (a design without filters
// over complete columns has that cohort); and the domainFacts of each numeric and binary
// variable. The preload calls it per
// purpose (issue 16: the first design's passes over every column); the verdicts are the same with
// or without it.
void primeCohortDominance(const LoadedDataset &data, const std::vector<std::uint8_t> &consented,
                          const analysis::DisclosurePolicy &policy);
// Over the present values of a numeric column among the consented records: whether every one is
// finite, > 0, 0 or 1, >= 0 (the domain check of a design, api::withinDomain). Kept with `data`
// per consent mask and column (primeCohortDominance computes them for every numeric and binary
// variable).
struct DomainFacts {
    bool finite = true;
    bool positive = true;
    bool zeroOne = true;
    bool nonNegative = true;
};
DomainFacts domainFacts(const LoadedDataset &data, const std::string &variable,
                        const analysis::Column &column, const std::vector<std::uint8_t> &consented);
// The same with `bits` = consentBits(consented), computed once for several columns.
DomainFacts domainFacts(const LoadedDataset &data, const std::string &variable,
                        const analysis::Column &column, const std::vector<std::uint8_t> &consented,
                        const std::vector<std::uint64_t> &bits);
// A consent mask as bits (nonzero is in): the memo's key, compared in full.
std::vector<std::uint64_t> consentBits(const std::vector<std::uint8_t> &mask);

// How often cohortDominance or domainFacts found what they needed kept with `data` (tests).
int cohortDominanceMemoHits(const LoadedDataset &data);

} // namespace fairstart::node

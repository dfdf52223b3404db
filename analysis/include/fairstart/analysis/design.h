// SPDX-License-Identifier: GPL-3.0-or-later
// From a specification and a site's data to the design matrix of one GLM, with R's term names.
#pragma once

#include "fairstart/analysis/datatable.h"
#include "fairstart/analysis/designstorage.h"
#include "fairstart/analysis/model.h"

#include <Eigen/Dense>

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace fairstart::analysis {

// A specification plus everything that must be identical at every site for the design matrices to
// mean the same thing: factor levels, scaling of standardised predictors and spline knots.
struct ResolvedDesign {
    ModelSpec spec;
    // All levels of each categorical variable (predictors and a categorical outcome), the union
    // over sites, in column order: sorted byte-wise for text (R in the C locale), numerically for
    // a numeric column used as factor(x), whose levels are formatNumber(value) ("4", "6", "8").
    std::map<std::string, std::vector<std::string>> levels;
    // Standardise: (mean, sd) of each standardised variable, federated.
    std::map<std::string, std::pair<double, double>> scaling;
    // Spline: the k knot positions of each spline variable, strictly increasing.
    std::map<std::string, std::vector<double>> knots;

    // R's names of the design columns, in column order:
    //   "(Intercept)"; as is "x"; "log(x)"; "scale(x)"; "winsor(x, 1, 99)";
    //   categorical "<variable><level>" for every non-reference level in sorted order ("sexmale");
    //   spline "rcs(x, k)1" .. "rcs(x, k)<k-1>" (column 1 is x itself, as in rms::rcs);
    //   interactions "<a column>:<b column>" for every pair, where a is whichever of the two
    //   predictors is listed first in spec.predictors and its columns vary fastest, as R's
    //   model.matrix orders them ("sexmale:smokingyes", "x:sexmale").
    // Interactions come after all main effects. Empty when the design is not resolved
    // (see checkResolved).
    std::vector<std::string> termNames() const;

    bool operator==(const ResolvedDesign &) const = default;
};

// Turns plain (AsIs) predictors whose variable is categorical into Categorical ones, as R makes
// text columns factors. Fails when a transform (log, scale, rcs, winsor) is applied to a
// categorical variable or a variable is not in `kinds`.
Result<ModelSpec> markCategorical(const ModelSpec &spec,
                                  const std::map<std::string, ColumnKind> &kinds);

// Every problem that would stop buildDesign regardless of the data: a categorical predictor
// without levels or with a reference level not among them, a standardised variable without a
// positive SD, a spline whose knots are missing, not k, not finite or not strictly increasing.
std::vector<Error> checkResolved(const ResolvedDesign &design);

// Resolves a specification against one table alone: levels from the table, mean and SD of the
// records used, spline knots at defaultKnotQuantiles (type-7 quantiles of the records used). For
// single-site use and tests; a federated client resolves from merged descriptives instead.
Result<ResolvedDesign> resolveLocally(const ModelSpec &spec, const DataTable &table,
                                      const std::vector<std::uint8_t> *rowMask = nullptr);

// The restricted cubic spline basis of Harrell (rms::rcspline.eval with norm = 2): column 0 is x,
// column j (1..k-2) is [(x - t_j)+^3 - (x - t_{k-1})+^3 (t_k - t_j)/(t_k - t_{k-1})
// + (x - t_k)+^3 (t_{k-1} - t_j)/(t_k - t_{k-1})] / (t_k - t_1)^2, with 1-based knots t.
// Writes k - 1 values to out.
void rcsBasis(double x, const std::vector<double> &knots, double *out);

// Which records were used and why the others were not. Exclusions are applied in this order:
// mask, filters, missing values; each record is counted once, at the first step that drops it.
struct CohortCounts {
    std::int64_t total = 0; // rows in the table
    std::int64_t excludedByMask = 0; // e.g. no consent for the purpose
    std::int64_t excludedByFilters = 0; // outside a filter (a missing filter value counts here)
    std::int64_t excludedByMissing = 0; // complete-case rule: any model variable missing
    // Among the records that passed mask and filters: how many miss each model variable. A record
    // missing two variables counts under both, so these need not add up to excludedByMissing.
    std::map<std::string, std::int64_t> missingByVariable;
    std::int64_t used = 0;
};

struct DesignMatrix {
    Eigen::MatrixXd X; // column-major, n x p, the first column is the intercept
    Response y; // the response (0/1 for binomial: kept as bits, designstorage.h)
    Eigen::VectorXd offset; // n values; empty when the design has no offset (zeros)
    std::vector<std::string> terms;
    CohortCounts counts;
    // The table rows behind each row of X, ascending (for cohort fingerprints in disclosure.h;
    // a bitmap or 4-byte ids, designstorage.h).
    RowIds rows;

    Eigen::Index n() const { return X.rows(); }
    Eigen::Index p() const { return X.cols(); }
    // X beta plus the offset where the design stores one: the one way to read a linear predictor,
    // since a design without an offset stores an empty vector, not zeros.
    Eigen::VectorXd linearPredictor(const Eigen::VectorXd &beta) const;
};

// The records that pass the mask and the filters (1 = kept), before the complete-case rule.
Result<std::vector<std::uint8_t>> cohortMask(const DataTable &table,
                                             const std::vector<Filter> &filters,
                                             const std::vector<std::uint8_t> *rowMask = nullptr);

// Builds the design matrix of the records that pass the mask (nullptr = all rows), the filters and
// the complete-case rule. NaN (numeric) and code -1 (categorical) are missing values and drop the
// record; an infinite value is an error. Errors: unknown variables, wrong column types, levels in
// the data that are not in the resolved list, log of values <= 0, non-binary binomial outcome,
// negative Poisson counts, infinite values, an empty cohort. Constant columns and collinearity are
// not errors here (a single site may legitimately lack a level); the coordinator detects them on
// the sum.
Result<DesignMatrix> buildDesign(const DataTable &table, const ResolvedDesign &design,
                                 const std::vector<std::uint8_t> *rowMask = nullptr);

} // namespace fairstart::analysis

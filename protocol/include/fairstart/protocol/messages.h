// SPDX-License-Identifier: GPL-3.0-or-later
// The requests and responses of the node API v1 (docs/protocol.md). Statistics travel as the
// analysis library's own types, so node and coordinator compute with exactly what was sent.
#pragma once

#include "fairstart/analysis/descriptives.h"
#include "fairstart/analysis/design.h"
#include "fairstart/analysis/disclosure.h"
#include "fairstart/analysis/discrimination.h"
#include "fairstart/analysis/glm.h"
#include "fairstart/analysis/performance.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace fairstart::protocol {

// ---- errors ----------------------------------------------------------------------------------

// The body of every non-2xx answer. `rule` marks a policy or disclosure refusal; code is then the
// rule id ("min-cell", "purpose", ...). message says what happened and what to do; detail says
// where (a cell, a field), never the value that failed a rule.
struct ApiError {
    int httpStatus = 400;
    QString code;
    QString message;
    QString detail;
    bool rule = false;
    // A rule's parameters as numbers ("threshold": the node's policy value the request failed),
    // so that a client words the refusal in its user's language from code and params alone;
    // message is then only the fallback for a code the client does not know. Optional: absent
    // from older nodes and from errors that are not rules. Clients ignore params they do not know.
    QJsonObject params;
};

// ---- info ------------------------------------------------------------------------------------

struct PolicySummary {
    analysis::DisclosurePolicy disclosure;
    int jobsPerUserPerDay = 100;
    qint64 maxBodyBytes = 1 << 20;
    int catalogueRounding = 10; // catalogue counts are rounded to this
};

struct NodeKeys {
    QString tlsPin; // "sha256//<base64>" of the certificate's public key
    QString signingKey; // Ed25519 public key, base64
    QString keyAgreementKey; // X25519 public key, base64
};

// A validation model the node's administrator registered (`fairstart-node models add`), as
// GET /v1/info lists it: its name and hash only (no design, no β; neither discloses a record).
struct RegisteredModelInfo {
    QString name;
    QString hash; // "sha256:..." (validationModelHash)
};

struct NodeInfo {
    QString name;
    QString nodeVersion;
    QString engineVersion;
    QString protocolVersion;
    PolicySummary policy;
    NodeKeys keys;
    QStringList capabilities; // "descriptives", "glm", "calibration", "evaluation"
    QStringList aggregationModes; // "masked", "plain" (where the node's policy allows it)
    QString kernel; // the round kernel chosen at start-up: "baseline", "avx2", "avx512"
    QStringList datasets;
    QString user; // the caller, as the token says
    QStringList purposes; // the caller's purposes
    QList<RegisteredModelInfo> validationModels; // sorted by name; absent from older nodes
};

// ---- catalogue -------------------------------------------------------------------------------

enum class VariableType { Numeric, Categorical, Binary };

// A count as released in metadata: rounded, or withheld (nullopt) when below the cell threshold.
using ReleasedCount = std::optional<qint64>;

struct CatalogueLevel {
    QString name;
    ReleasedCount count;
    // What the level means, from the node's import schema ("Low (primary school)"); empty when
    // the schema gave none, and from nodes before issue 17. A display text only: requests, the
    // design and its hash always name the level by `name`.
    QString label = {};
};

struct CatalogueVariable {
    QString name;
    VariableType type = VariableType::Numeric;
    QString label;
    // Categorical and binary variables. Sorted by name, unless `levelsInDeclaredOrder`: then in
    // the order the node's import schema declared (low, middle, high), which is how they are
    // shown. The design's resolution sorts them by name either way (as R does).
    QList<CatalogueLevel> levels;
    ReleasedCount count; // records with a value
    ReleasedCount missing; // records without
    // Issue 17, both false from older nodes. levelsInDeclaredOrder: see `levels`. wholeNumbers:
    // a numeric variable whose every released value is a whole number (counts, scores, years),
    // so that a client shows it without decimals; a property of the column, never of a record.
    bool levelsInDeclaredOrder = false;
    bool wholeNumbers = false;
};

struct CatalogueDataset {
    QString name;
    QString description;
    ReleasedCount rows;
    QList<CatalogueVariable> variables;
    QStringList consentPurposes; // purposes this dataset records consent for
};

struct Catalogue {
    QList<CatalogueDataset> datasets;
};

// ---- descriptives ----------------------------------------------------------------------------

struct DescribeVariable {
    QString name;
    // Numeric variables: histograms on these edge sets (strictly increasing, finite).
    std::vector<std::vector<double>> histogramEdges;
};

// Counts of a categorical or binary `variable` per whole unit of a numeric `period` (birth year)
// from `from` to `to`, both included: the dashboard's trends. The node releases them as a table
// (rows: the periods, columns: the levels) under the rules of two-way tables, with the records
// outside the periods and those missing either variable as hidden cells of the same table.
struct TrendRequest {
    QString period;
    QString variable;
    int from = 0;
    int to = 0;
};

struct DescriptivesRequest {
    QString purpose;
    QString dataset;
    std::vector<analysis::Filter> filters;
    QStringList completeCases; // the cohort keeps only records with all of these present
    QList<DescribeVariable> variables;
    QList<QPair<QString, QString>> tables; // two-way tables (row variable, column variable)
    QList<TrendRequest> trends;
};

struct ReleasedHistogram {
    std::vector<double> edges; // after merging: interior edges may be gone
    std::vector<double> counts; // edges.size() - 1 values
};

struct NumericDescription {
    QString variable;
    ReleasedCount missing;
    analysis::Moments moments; // count, mean and M2; never min or max
    QList<ReleasedHistogram> histograms; // one per requested edge set; empty edges = withheld
};

struct CategoricalDescription {
    QString variable;
    ReleasedCount missing;
    QList<CatalogueLevel> levels; // exact counts, each withheld when below the cell threshold
};

struct ReleasedTable {
    QString rowVariable;
    QString columnVariable;
    QStringList rowLevels;
    QStringList columnLevels;
    QList<ReleasedCount> counts; // row-major; a withheld cell is nullopt
};

struct DescriptivesResponse {
    QString dataset;
    qint64 cohortSize = 0;
    QList<NumericDescription> numeric;
    QList<CategoricalDescription> categorical;
    QList<ReleasedTable> tables;
    // One per requested trend: rows are the periods ("2015", ...), columns the levels.
    QList<ReleasedTable> trends;
};

// ---- jobs and rounds -------------------------------------------------------------------------

enum class JobKind {
    Glm, // the model of the resolved design
    CalibrationSlope, // y ~ 1 + lp with lp = Xβ of the fitted model (fittedBeta)
    CalibrationIntercept, // y ~ 1 + offset(lp)
    // Masked evaluation of the fitted study's final β (fittedStudy): one round, in which every
    // participant contributes its released evaluation sums masked (EvaluationSums), so that the
    // client learns only their sum over all participants.
    Evaluation,
    // Masked descriptives (a Table 1) of the manifest's cohort and variables
    // (StudyManifest::descriptives): one round, in which every participant contributes what its
    // gate released for the same plain descriptives request, masked (DescriptivesSums), so that
    // the client learns only the sum over all participants.
    Descriptives,
};

struct RuleCheck {
    QString ruleId;
    bool passed = true;
    double threshold = 0;
    QString message;
};

struct JobCreated {
    QString jobId;
    QString designHash;
    JobKind kind = JobKind::Glm;
    QStringList terms; // the design's columns, in order
    qint64 cohortSize = 0; // records used
    int maxRounds = 25;
    QList<RuleCheck> checks; // every rule checked, all passed
    analysis::CohortCounts counts; // cohort flow (the node may round it)
    // Version 2 (study.h): the studyHash of the manifest and the node's Ed25519 signature of it.
    QString study;
    QByteArray manifestSignature;
    // A manifest that says "arming": "tags" (issue 16): this node's manifest tag for every site
    // of the study, participants then observers, empty in its own slot (docs/protocol.md,
    // "Manifest tags"). Empty otherwise.
    QList<QByteArray> manifestTags;
    // "relay": "summed" (issue 16, branch sites4): this node's sum seed sealed for every site of
    // the study (secure::sealSumSeed, 72 bytes each), "" in its own slot.
    QList<QByteArray> sumSeeds;
};

enum class JobState { Open, Finished, Cancelled, Expired };

struct JobStatus {
    QString jobId;
    JobKind kind = JobKind::Glm;
    JobState state = JobState::Open;
    QString designHash;
    int roundsUsed = 0;
    int maxRounds = 25;
    QDateTime created;
};

// ---- evaluation ------------------------------------------------------------------------------

// One subgroup's evaluation at a node: the level (empty with `missing` for the records that
// miss the variable), and either its merged bins, its Mann–Whitney statistic when that rule
// passed and its calibration fits (y ~ lp for the slope, y ~ offset(lp) for the intercept), or
// `withheld` with the id of the rule that withheld it (never a count or value).
struct SubgroupCell {
    QString level;
    bool missing = false;
    bool withheld = false;
    QString rule; // why withheld: a release rule id ("min-cell", "complement", ...)
    analysis::PerformanceBins bins;
    std::optional<analysis::MannWhitney> mannWhitney;
    std::optional<double> calibrationSlope;
    std::optional<double> calibrationSlopeSe;
    std::optional<double> calibrationInTheLarge;
    std::optional<double> calibrationInTheLargeSe;
};

struct EvaluationResponse {
    QString designHash;
    qint64 cohortSize = 0;
    analysis::PerformanceBins bins; // after disclosure merging
    // The site's exact Mann–Whitney statistic of the same records and risks, when its release
    // rule (analysis::checkMannWhitneyRelease) passed; the coordinator pools it (pooledAuc).
    std::optional<analysis::MannWhitney> mannWhitney;
    // Issue 15: the evaluation by subgroup (the request's `subgroup`, a categorical or binary
    // catalogue variable): one cell per level and one for the records that miss the variable,
    // each under the node's release rules on its own; a withheld cell carries only its level
    // and the rule (subgroups.cpp). Empty without a subgroup.
    QString subgroupVariable;
    std::vector<SubgroupCell> subgroups;
};

// ---- stable identifiers ----------------------------------------------------------------------

QString variableTypeId(VariableType type); // "numeric", "categorical", "binary"
QString jobKindId(JobKind kind); // "glm", "calibration-slope", "calibration-intercept",
                                 // "evaluation", "descriptives"
QString jobStateId(JobState state); // "open", "finished", "cancelled", "expired"

} // namespace fairstart::protocol

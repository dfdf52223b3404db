// SPDX-License-Identifier: GPL-3.0-or-later
// The release gate: the one place where a number computed from records becomes part of an answer
// of the node (docs/privacy-rules.md, docs/architecture.md "The node's release path").
//
// The API handlers (site-node/src/api/) only decode, authorise, validate against the catalogue,
// select the cohort and compute. Everything they computed is handed to one method of this class
// per release kind; the method applies that kind's release rules, records every rule it
// evaluated in the request's ReleaseRecord (the audit entry's "checks") and returns either the
// answer's body or the refusal. Only the gate constructs a GateAnswer or a Released<T>, and the
// dispatcher withholds (500, audited) any 2xx answer whose body the gate did not release.
//
// Where a new rule goes:
//   - a rule on the cohort (its size, subset/complement, differencing) -> cohort();
//   - a rule on a job's design matrix before its first round -> jobCreated() (see jobRules());
//   - a rule on the statistics of one round (XᵀWX, score, Σp) -> roundRules() (study rounds and
//     per-site fits run it too);
//   - a rule on evaluation sums (Σp, Σ(y-p)², bins) -> evaluationRules();
//   - a rule on descriptives -> descriptives() (numeric, categorical, tables: one helper each);
//   - catalogue counts -> catalogueEntry().
// The arithmetic of a rule belongs in analysis/disclosure.{h,cpp} or
// site-node/src/disclosurecontrol.cpp; the gate decides which rules apply to which number.
#pragma once

#include "fairstart/node/disclosurecontrol.h"
#include "fairstart/node/jobs.h"

#include "fairstart/analysis/descriptives.h"
#include "fairstart/analysis/design.h"
#include "fairstart/analysis/disclosure.h"
#include "fairstart/analysis/discrimination.h"
#include "fairstart/analysis/model.h"
#include "fairstart/analysis/performance.h"
#include "fairstart/analysis/rounddominance.h"
#include "fairstart/protocol/messages.h"
#include "fairstart/protocol/study.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <utility>
#include <vector>

namespace fairstart::node {

// One checked rule as the audit entry records it: rule, threshold, outcome and where (never a
// value).
QJsonObject checkToJson(const analysis::RuleOutcome &outcome);

// What the gate decided for one request, for its audit entry.
struct ReleaseRecord {
    QJsonArray checks; // every rule evaluated, passed or not: rule, threshold, passed, detail
    QString kind; // the release kind of the answer: "catalogue", "descriptives", "job", ...
    QString releasedHash; // sha256 of the body the gate released with a 2xx status

    void add(const analysis::RuleOutcome &outcome);
    void add(const std::vector<analysis::RuleOutcome> &outcomes);
};

// An answer of the node: HTTP status, JSON body and, for a refusal, its error code.
class GateAnswer {
public:
    int status() const { return m_status; }
    const QByteArray &body() const { return m_body; }
    const QString &code() const { return m_code; } // empty for a 2xx answer

private:
    friend class ReleaseGate;
    GateAnswer(int status, QByteArray body, QString code)
        : m_status(status)
        , m_body(std::move(body))
        , m_code(std::move(code))
    {
    }
    int m_status;
    QByteArray m_body;
    QString m_code;
};

// A part of an answer that already passed the gate (e.g. a catalogue entry that is cached).
template<typename T> class Released {
public:
    const T &value() const { return m_value; }

private:
    friend class ReleaseGate;
    explicit Released(T value)
        : m_value(std::move(value))
    {
    }
    T m_value;
};

// ---- what the handlers hand over: computed, not yet releasable --------------------------------

// One catalogue dataset's raw counts among the records consented for the purpose.
struct CatalogueTally {
    QString name;
    QString description;
    QStringList consentPurposes;
    std::int64_t consented = 0;
    struct Variable {
        QString name;
        QString label;
        protocol::VariableType type = protocol::VariableType::Numeric;
        std::int64_t present = 0;
        std::int64_t missing = 0;
        std::map<QString, std::int64_t> levels; // categorical and binary variables
        // The import schema's order of `levels` and their labels (parallel), when it declared
        // them; empty otherwise (the levels are then released sorted by name).
        QStringList declaredOrder;
        QStringList levelLabels;
        bool wholeNumbers = false; // numeric: every present value is a whole number
    };
    std::vector<Variable> variables;
};

// The records consented for every purpose the dataset records (every record when it records
// none): the set the catalogue's counts and `whole_numbers` flag are computed over, the same
// whichever purpose asks.
std::vector<std::uint8_t> everyPurposeRecords(const LoadedDataset &data);
// The catalogue's `whole_numbers` flag of a numeric column: every present value among `every`
// (everyPurposeRecords) is a whole number (true when none is present).
bool everyPurposeWholeNumbers(const std::vector<std::uint8_t> &every,
                              const analysis::Column &column);
// The lattice step of a numeric column's histograms: analysis::histogramStep of the SD of all its
// present values in the dataset, the same for every cohort, so a filter cannot move it; and never
// finer than the data's resolution: at least 1 (so 1, 2, 5, 10, …: whole-number edges, bins
// [k, k + step)) when the column's `whole_numbers` flag is set (everyPurposeWholeNumbers, the bit
// the catalogue already releases, from the same records; docs/privacy-rules.md "Histograms on the
// node's edges", "The lattice of whole-number variables"). From data.histogramSteps when it
// holds the variable; 0 for a variable that is not a numeric column.
double datasetHistogramStep(const LoadedDataset &data, const std::string &variable);
// Every numeric column's datasetHistogramStep into data.histogramSteps (one pass over the
// consent columns): the dataset cache calls it once per load.
void cacheHistogramSteps(LoadedDataset &data);
// datasetHistogramStep of `column` with `every` as everyPurposeRecords: what a re-import keeps
// of the earlier import's steps (release/ledgercarry.h, FrozenSteps).
double histogramStepOver(const analysis::Column &column, const std::vector<std::uint8_t> &every);

// A descriptives request's results on a cohort that passed the cohort rules.
struct DescriptivesTally {
    QString dataset;
    std::int64_t cohortSize = 0;
    struct Numeric {
        QString variable;
        analysis::NumericSummary summary;
        std::vector<double> values; // the cohort's present values, for dominance
        // The lattice of the node's histogram edges, from the whole dataset's column
        // (datasetHistogramStep); 0 withholds every histogram of the variable.
        double histogramStep = 0;
    };
    struct Categorical {
        QString variable;
        std::vector<QString> levels;
        std::vector<double> counts;
        double missing = 0;
    };
    struct Table {
        QString rowVariable;
        QString columnVariable;
        analysis::TwoWayTable table;
    };
    // A trend's full table (api/trends_p.h) on the frame of its period variable (the dataset's
    // whole range of it, the same for every request): the frame's periods, then one hidden row
    // (period missing), by the levels and one hidden column (variable missing). Hidden cells are
    // never released, but take part in the suppression (ReleaseGate::trendTable); the request's
    // from and to choose only which rows of the suppressed table are released.
    struct Trend {
        static constexpr std::size_t HiddenRows = 1;
        // A period variable whose frame spans more periods is refused as a period.
        static constexpr int MaxFramePeriods = 200;
        QString period;
        QString variable;
        int from = 0; // the request's range
        int to = 0;
        int frameFrom = 0; // the frame; frameTo < frameFrom: no record has a period
        int frameTo = -1;
        bool frameTooWide = false; // nothing counted
        std::vector<QString> levels;
        std::vector<double> counts; // row-major, (frame periods + HiddenRows) x (levels + 1)
    };
    std::vector<Numeric> numeric;
    std::vector<Categorical> categorical;
    std::vector<Table> tables;
    std::vector<Trend> trends;
};

// A job's design matrices on a cohort that passed the cohort rules.
struct JobTally {
    QString jobId;
    QString designHash;
    protocol::JobKind kind = protocol::JobKind::Glm;
    const analysis::ResolvedDesign *resolved = nullptr;
    const analysis::DesignMatrix *base = nullptr; // the resolved design's matrix
    // base's owner, when it is a shared, immutable matrix (DesignCache): the design's rules are
    // then computed once per matrix and remembered (designRules()).
    std::shared_ptr<const analysis::DesignMatrix> baseOwner;
    const analysis::DesignMatrix *job = nullptr; // what the rounds run on (calibration: y ~ lp)
    // job's owner, when it is a shared, immutable matrix (a calibration design shared by the jobs
    // of one fitted β, issue 16): its column rules are then computed once per matrix.
    std::shared_ptr<const analysis::DesignMatrix> jobOwner;
    QString study; // the manifest's studyHash
    QByteArray manifestSignature; // this node's signature of the manifest
    QList<QByteArray> manifestTags; // "arming": "tags": its tag for every site ("" its own)
    QList<QByteArray> sumSeeds; // "relay": "summed": its sealed seed for every site ("" its own)
};

// One round's statistics at the β this node computed (protocol version 2: never a client's).
struct RoundTally {
    QString jobId;
    int round = 0;
    const JobSpec *job = nullptr;
    const std::vector<double> *beta = nullptr;
    analysis::RoundStats stats;
    // The kernel's dominance bounds of these statistics (computeRound with bounds), when the
    // round was computed with them: the round check then needs no second pass over X.
    std::optional<analysis::RoundDominanceBounds> bounds;
};

// A per-site fit: the study's model on this node's records alone, from the study's final β.
struct SiteFitTally {
    QString jobId;
    QString study;
    const JobSpec *job = nullptr;
    analysis::GlmResult glm;
    // The statistics at glm.beta with the kernel's dominance bounds (computeRound with bounds),
    // when the node computed them: the round check then needs no exact pass over X unless the
    // bounds cannot decide (issue 16).
    analysis::RoundStats stats;
    std::optional<analysis::RoundDominanceBounds> bounds;
};

// One subgroup cell of an evaluation: its label, its code in the ledger's family of the
// subgroup variable (-1 for the records outside every level: missing or outside the edges),
// its records and their bins.
struct SubgroupTally {
    QString level;
    bool other = false;
    std::int32_t code = -1;
    analysis::DesignMatrix design;
    analysis::PerformanceBins bins;
    std::vector<int> binEdges; // as EvaluationTally::binEdges, for this cell's bins
};

// An evaluation's raw bins at a study's final β on a cohort that passed the cohort rules.
struct EvaluationTally {
    QString designHash;
    const analysis::ResolvedDesign *resolved = nullptr;
    const analysis::DesignMatrix *design = nullptr;
    std::shared_ptr<const analysis::DesignMatrix> designOwner; // as JobTally::baseOwner
    const std::vector<double> *beta = nullptr;
    analysis::PerformanceBins bins;
    // The grid edges of the released bins (0 .. bins.bins) when the bin ledger dropped
    // boundaries of the min-cell merge (docs/privacy-rules.md "Evaluations of several β"): a
    // subset of that merge's edges, both ends kept. Empty: the min-cell merge itself.
    std::vector<int> binEdges;
    // Issue 15 (subgroups.cpp): the cohort split by a subgroup variable, each cell's rows and
    // bins at the same β; empty without a subgroup. `subgroupsWithheldBy` withholds every cell
    // with that rule (the ledger refused the cells); `releasedCells` receives the indices of
    // the cells the gate released, `ruleWithheldCells` those it withheld by their own rules
    // (not by `complement`).
    QString subgroupVariable;
    std::vector<SubgroupTally> subgroups;
    QString subgroupsWithheldBy;
    std::vector<std::size_t> *releasedCells = nullptr;
    std::vector<std::size_t> *ruleWithheldCells = nullptr;
};

class ReleaseGate {
public:
    ReleaseGate(analysis::DisclosurePolicy policy, int catalogueRounding);

    const analysis::DisclosurePolicy &policy() const { return m_policy; }

    // ---- answers without numbers from records ------------------------------------------------

    // An error whose message and detail depend only on the request, the catalogue or the node's
    // state, never on record values. `rule` marks a refusal by a rule.
    static GateAnswer error(int status, const QString &code, const QString &message,
                            const QString &detail = QString(), bool rule = false);
    // Node metadata (/v1/info, /v1/health, job status): no number computed from records.
    GateAnswer metadata(int status, const QJsonObject &object, const char *kind,
                        ReleaseRecord &record) const;

    // ---- refusals ----------------------------------------------------------------------------

    // A failed rule: its sentence (threshold, never the value) and where, as 422.
    GateAnswer refuse(const analysis::RuleOutcome &outcome, ReleaseRecord &record) const;
    // A computation on a cohort that passed the cohort rules failed on the data (a level not in
    // the design, a value outside a transform's domain, a non-binary outcome, a non-finite
    // statistic): one sentence that names no variable, value or level, as 422.
    GateAnswer dataFailure(ReleaseRecord &record) const;

    // ---- cohort rules: before any data-dependent check ----------------------------------------

    // Cohort size, subset and complement (differencing against every earlier release is the
    // ledger's, release/differencing.h, once the released cells are known).
    // The refusal, or nullopt when every rule passed.
    std::optional<GateAnswer> cohort(std::int64_t cohortSize, std::int64_t consented,
                                     ReleaseRecord &record) const;
    // Numeric filter bounds (rule "filter-bound", docs/privacy-rules.md "Filters on the node's
    // edges"): a bound on a numeric variable must be an edge of the node's own histogram of that
    // variable over the records consented for every purpose (consentedEdges: the same edges for
    // every purpose; analysis::latticeHistogram on the whole lattice), a
    // maximum not its highest edge, a minimum below a maximum; a numeric variable is not filtered
    // by a list of values (binary variables are, by 0 and 1). Whether a filter passes then
    // depends only on that released histogram, and every bound leaves out at least min_cell
    // consented records: the refusal is no oracle on a record's value. Before the cohort rules.
    std::optional<GateAnswer> filterBounds(const LoadedDataset &data,
                                           const std::vector<analysis::Filter> &filters,
                                           ReleaseRecord &record) const;

    // Numbers a design breaks a numeric variable at (rule "breakpoint-bound", docs/privacy-rules.md
    // "Breakpoints on the node's edges"; release/breakpointbounds.cpp): winsor bounds and a
    // binomial outcome's threshold must be edges of the node's histogram of the variable over
    // the records consented for every purpose (as filter bounds; an upper bound or threshold not
    // the highest edge, a lower bound below the upper), spline knots must lie from its lowest edge
    // to below its highest. Whether a design passes then depends only on that released histogram.
    // After the cohort rules, before any rule that counts the records beyond such a number (cells,
    // events per parameter, the breakpoint ledger). Policy key filter_bounds_on_edges.
    std::optional<GateAnswer> breakpointBounds(const LoadedDataset &data,
                                               const analysis::ResolvedDesign &design,
                                               ReleaseRecord &record) const;

    // Numeric subgroup edges of an evaluation (rule "filter-bound", docs/privacy-rules.md
    // "Evaluations by subgroup"): a subgroup cell is a filter, so its edges are held like filter
    // bounds — each an edge of the node's histogram of the variable over the records consented
    // for every purpose, increasing. The cells are [e_i, e_i+1) and the cell outside the edges
    // holds the records below the first and at or above the last, so the last may be the highest
    // edge (≥ min_cell records at or above it). The refusal names the nearest allowed values, the
    // same sentence for every number between two edges. Policy key filter_bounds_on_edges.
    std::optional<GateAnswer> subgroupBounds(const LoadedDataset &data, const std::string &variable,
                                             const std::vector<double> &edges,
                                             ReleaseRecord &record) const;

    // ---- releases: one per kind --------------------------------------------------------------

    Released<protocol::CatalogueDataset> catalogueEntry(const CatalogueTally &tally) const;
    GateAnswer catalogue(const std::vector<Released<protocol::CatalogueDataset>> &entries,
                         ReleaseRecord &record) const;
    // GET /v1/info?with=catalogue (issue 16, branch sites8): the node's metadata `info` (as
    // metadata() releases it) with "catalogue", the very object catalogue() releases for the
    // same entries; one answer, one audit entry (release kind "info-catalogue").
    GateAnswer infoWithCatalogue(const QJsonObject &info,
                                 const std::vector<Released<protocol::CatalogueDataset>> &entries,
                                 ReleaseRecord &record) const;
    GateAnswer descriptives(const DescriptivesTally &tally, ReleaseRecord &record) const;
    // The job's data-dependent rules (cells, model size, dominance). Run before the job is
    // opened: the refusal, or nullopt and the outcomes that jobCreated() reports.
    std::optional<GateAnswer> jobRules(const JobTally &tally, ReleaseRecord &record,
                                       std::vector<analysis::RuleOutcome> *passed) const;
    GateAnswer jobCreated(const JobTally &tally, const std::vector<analysis::RuleOutcome> &passed,
                          ReleaseRecord &record) const;
    // A repeat of a round (or per-site fit) the gate released before (the stored body,
    // unchanged).
    GateAnswer repeatedRound(const QByteArray &released, ReleaseRecord &record) const;
    GateAnswer evaluation(const EvaluationTally &tally, std::int64_t cohortSize,
                          ReleaseRecord &record) const;

    // ---- studies (protocol version 2) ----------------------------------------------------------

    // One study round's statistics at the β this node computed: the round rules (dominance at
    // that β, roundRules()). The refusal, or nullopt and the statistics that may then be
    // encoded, masked and signed (only released statistics can be: Released has no public
    // constructor).
    std::optional<GateAnswer>
    studyStatistics(const RoundTally &tally, ReleaseRecord &record,
                    std::optional<Released<analysis::RoundStats>> *released) const;
    // This node's signed contribution of a round: statistics from studyStatistics() (masked or
    // plain), a non-finite or failed status, an observer's acknowledgement, or the attestation of
    // the final β.
    // With `tags` (a relay that carried contribution tags, docs/protocol.md "Contribution
    // tags"): the answer also holds this node's tag for every site of the study, base64 ("" for
    // its own slot). A tag is a MAC of the released contribution, nothing computed from records.
    GateAnswer contribution(const protocol::SignedContribution &contribution, ReleaseRecord &record,
                            const QList<QByteArray> *tags = nullptr,
                            const QList<QByteArray> *sumTags = nullptr) const;
    // A masked evaluation study's sums (protocol::EvaluationSums): the rules of a plain
    // evaluation (cells, dominance, the bins merged for min-cell, the rule of the exact
    // Mann–Whitney statistic), so that what is then masked is no more than this node would
    // release in the clear. The refusal, or nullopt and the sums that may be encoded and masked.
    std::optional<GateAnswer>
    evaluationSums(const EvaluationTally &tally, ReleaseRecord &record,
                   std::optional<Released<protocol::EvaluationSums>> *released) const;
    // A per-site fit: the round rules at the site's own final β.
    GateAnswer siteFit(const SiteFitTally &tally, ReleaseRecord &record) const;

private:
    // The refusal of a rule that holds a number a request names to the node's edges
    // (filter-bound, breakpoint-bound): failed, with min_cell as its threshold (the refusal's
    // parameter), where in the request and the sentence; recorded.
    GateAnswer refuseBound(const char *ruleId, const QString &detail, const QString &message,
                           ReleaseRecord &record) const;
    GateAnswer release(int status, const QJsonObject &object, const char *kind,
                       ReleaseRecord &record) const;
    std::vector<analysis::RuleOutcome> roundRules(const RoundTally &tally) const;
    std::vector<analysis::RuleOutcome> evaluationRules(const EvaluationTally &tally) const;
    // The released bins of an evaluation: merged for min-cell, then at `edges` when not empty
    // (only edges of the min-cell merge, both ends: coarser, never finer). nullopt when they
    // cannot merge or `edges` is not such a subset.
    std::optional<analysis::PerformanceBins> releasedBins(const analysis::PerformanceBins &bins,
                                                          const std::vector<int> &edges) const;
    // What evaluation() and evaluationSums() release passed first: the evaluation's rules
    // (evaluationRules), then its bins merged for min-cell (releasedBins; the rule "predicted-risk
    // bins"), each recorded. The refusal, or nullopt and the bins to release in `merged`.
    std::optional<GateAnswer> evaluationBins(const EvaluationTally &tally, ReleaseRecord &record,
                                             analysis::PerformanceBins *merged) const;
    // The site's exact Mann–Whitney statistic at the registered β when its rule passes on the
    // released bins `merged` (the rule recorded whenever the statistic is computed), else
    // nullopt: the bins are then released without it.
    std::optional<analysis::MannWhitney> releasedStatistic(const EvaluationTally &tally,
                                                           const analysis::PerformanceBins &merged,
                                                           ReleaseRecord &record) const;
    // Issue 15 (subgroups.cpp): every subgroup cell under the rules of an evaluation on its own
    // (cohort size, design cells, dominance, the bins' min-cell, the Mann–Whitney rule), and
    // the cells withheld together under the same rules (else more cells are withheld), so that
    // no difference of the released numbers describes a small group.
    std::vector<protocol::SubgroupCell> subgroupCells(const EvaluationTally &tally,
                                                      ReleaseRecord &record) const;
    analysis::CohortCounts roundedCounts(const analysis::CohortCounts &counts) const;
    // One trend (docs/privacy-rules.md "Tables and trends"): its frame's whole table suppressed
    // as one, and the request's rows of it. The refusal of a period whose frame is too wide, or
    // nullopt and the released table.
    std::optional<analysis::RuleOutcome> trendTable(const DescriptivesTally::Trend &trend,
                                                    protocol::ReleasedTable *released) const;
    // The rules of a design matrix alone (cells; with `all` also the model size and the column
    // dominance): pure functions of the matrix, the resolved design and the policy, which is
    // fixed for the gate's life. For a shared matrix (owner set) they are computed once and
    // remembered for that very object while it lives (a job's set-up was a third checkCells).
    std::vector<analysis::RuleOutcome>
    designRules(const analysis::DesignMatrix &design, const analysis::ResolvedDesign &resolved,
                const std::shared_ptr<const analysis::DesignMatrix> &owner, bool all) const;

    // The column dominance of a shared matrix (as designRules: computed once per object): an
    // evaluation study's job runs on the design's own matrix (issue 16).
    std::vector<analysis::RuleOutcome>
    columnRules(const analysis::DesignMatrix &design,
                const std::shared_ptr<const analysis::DesignMatrix> &owner) const;
    // The rules of an evaluation at its β that read the records (evaluation dominance, the
    // bins' risk dominance) and the Mann–Whitney statistic: pure functions of the matrix, the β,
    // the grid and the policy. For a shared matrix (designOwner the very object) they are
    // computed once per β (its bits) and remembered while the object lives (issue 16: the
    // evaluation of a repeated model sorted and scanned its n risks again); the rules still
    // decide and are recorded at every release.
    struct AtBeta {
        std::vector<analysis::RuleOutcome> outcomes;
        bool statisticComputed = false;
        std::optional<analysis::MannWhitney> statistic;
    };
    std::vector<analysis::RuleOutcome> evaluationAtBeta(const EvaluationTally &tally,
                                                        const Eigen::VectorXd &beta) const;
    std::optional<analysis::MannWhitney> statisticAtBeta(const EvaluationTally &tally,
                                                         const Eigen::VectorXd &beta) const;

    analysis::DisclosurePolicy m_policy;
    int m_catalogueRounding;
    struct RememberedRules {
        std::weak_ptr<const analysis::DesignMatrix> design;
        const analysis::DesignMatrix *address = nullptr;
        QString resolvedHash;
        int kind = 0; // 0: cells, 1: all design rules, 2: column dominance
        std::vector<analysis::RuleOutcome> outcomes;
    };
    mutable std::mutex m_rememberedMutex;
    mutable std::vector<RememberedRules> m_remembered;
    struct RememberedAtBeta {
        std::weak_ptr<const analysis::DesignMatrix> design;
        const analysis::DesignMatrix *address = nullptr;
        std::vector<double> beta;
        int gridBins = 0;
        AtBeta value;
    };
    mutable std::vector<RememberedAtBeta> m_atBeta; // under m_rememberedMutex
};

} // namespace fairstart::node

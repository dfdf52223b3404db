// SPDX-License-Identifier: GPL-3.0-or-later
// Differencing control across any number of releases, users and purposes: a per-dataset ledger
// of atoms (docs/privacy-rules.md, "Differencing", explains the rule, its cost and its limits).
//
// The records of one import are partitioned into atoms: two records share an atom when every
// released cohort holds both or neither. Any linear combination of released cohort sums is a
// combination of atom sums, so no atom may hold 1 to minCell-1 records. Released category cells
// (a level count, a two-way-table cell, a job's dummy) are tracked per atom and family: once a
// family's cells were released on a cohort covering an atom, the pieces of that atom (its records
// in each released cell, and the rest) must be 0 or at least minCell whenever the atom is split or
// described together with other atoms.
#pragma once

#include "fairstart/node/store.h"

#include "fairstart/analysis/datatable.h"
#include "fairstart/analysis/design.h"
#include "fairstart/analysis/disclosure.h"

#include <QString>

#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace fairstart::node {

struct HistogramCodes; // histogramruns.h

// The cells of one family that a release gives out exactly. Family keys (canonical text):
//   "v:<var>"         a categorical variable's level (its column code) or a binary 0/1; missing is
//                     the code after the last level (the number of levels; 2 for a binary)
//   "y:<var>:<t>"     1 when the numeric var > t, else 0; missing 2
//   "m:<var>"         0 present, 1 missing
//   "h:<var>:<e,..>"  histogram bin i for [e_i, e_i+1) (the last bin closed); below B, above
//                     B+1, missing B+2 (B bins)
//   "t:<k1>&<k2>"     a joint cell of two of the keys above: code1 * count2 + code2
//   "j:<t-key>"       a marker, never a release's own family: a description released cells of
//                     the joint family <t-key> on the atom (DifferencingLimits::describing)
struct CellRelease {
    std::string family;
    std::vector<std::int32_t> released; // codes whose counts leave the node exactly
    // A description's level counts over a cohort filtered by another variable's levels, as the
    // joint cells of the two (api/descriptives.cpp): for the ledger's atoms only; the bin
    // ledger sees the level counts themselves (a partition of the same cohort).
    bool crossedByFilter = false;
    // A description's numeric moments over a cohort filtered by this variable's levels: sums over
    // a category, as a fit's XᵀX gives them; for the fit ledger only (DifferencingLedger).
    bool sumsByFilter = false;
    // A trend's cells (a period's frame × a variable, api/trends.cpp): also held in the dataset's
    // trend ledger of the family, refined by the cohorts of that family's trends only, where
    // every part of a split holds each year and each level of its released cells 0 or >= minCell
    // (docs/privacy-rules.md "Trends over two cohorts").
    bool trendCells = false;
    // With `trendCells` over a level filter (DifferencingLedger::TrendRows): the cells of a
    // period-like variable's released *histogram* over that filter, held against the earlier such
    // descriptions of the family by whole periods (docs/privacy-rules.md, "The red team of the
    // tenth session"); moments alone are recorded, not held.
    bool periodHistogram = false;
    // A numeric variable's released histogram over a level filter as its lattice bins x the
    // filter's levels (api/trends.cpp latticeRowsByHistogram): held and recorded only by
    // DifferencingLedger::latticeHistogramHold, never by a release's record step, so that it can
    // withhold the histogram's bins and never refuse the description (docs/privacy-rules.md,
    // "The lattice-bin hold").
    bool latticeHistogram = false;
};

// Each row's cell of a family; std::nullopt when the key does not describe this table.
struct FamilyCodes {
    std::vector<std::int32_t> codes; // one per row, 0 <= code < count
    std::int32_t count = 0;
};
std::optional<FamilyCodes> familyCodes(const analysis::DataTable &table, const std::string &key);

// Keys and codes for the callers.
std::string variableFamily(const std::string &variable);
std::string thresholdFamily(const std::string &variable, double threshold);
std::string missingFamily(const std::string &variable);
// The values at which a design breaks a numeric variable, per variable: winsor bounds, spline
// knots and a binomial outcome's threshold.
std::vector<std::pair<std::string, double>> designBreakpoints(const analysis::ResolvedDesign &d);
std::string histogramFamily(const std::string &variable, const std::vector<double> &edges);
// The joint family of two keys, in canonical order (jointFamily(a, b) == jointFamily(b, a)), and
// the code of the cell (a = codeA, b = codeB) in it; -1 when a key does not fit the table.
std::string jointFamily(const std::string &a, const std::string &b);
std::int32_t jointCode(const analysis::DataTable &table, const std::string &a, std::int32_t codeA,
                       const std::string &b, std::int32_t codeB);
// The number of codes of a simple family key; 0 when it does not fit the table.
std::int32_t familyCodeCount(const analysis::DataTable &table, const std::string &key);
// The code of a level name of a variable ("0"/"1" for a binary); -1 when unknown.
std::int32_t levelCode(const analysis::DataTable &table, const std::string &variable,
                       const std::string &level);

// The partition and its exposures; public for the tests and the store's encoding.
struct DifferencingState {
    struct Exposure {
        std::uint32_t family = 0; // index into families
        std::vector<std::int32_t> codes; // sorted, unique
        bool operator==(const Exposure &) const = default;
    };
    qint64 generation = 0;
    std::vector<std::uint32_t> atomOf; // per table row
    std::vector<std::int64_t> sizes; // per atom: its table rows and its ghosts
    std::vector<std::vector<Exposure>> exposed; // per atom, sorted by family
    std::vector<std::string> families;
    // Re-imports that change records (release/ledgercarry.h, docs/privacy-rules.md "Re-imports
    // that change records"). Per atom (or empty: none anywhere), its *ghosts*: records of an
    // earlier import that this import no longer holds (removed, or the old version of a changed
    // record). They stay in their atom's size, and no cohort can hold them, so a cohort that
    // held them before and lacks them now splits the atom by exactly those records. Their codes
    // are unknown to the checks (the table no longer holds them): a split's part holding ghosts
    // must hold every piece it is checked for with at least minCell table records.
    std::vector<std::int64_t> ghosts;
    // Per atom (or empty: none anywhere): it existed when a re-import removed records, so it
    // *may* hold ghosts (docs/privacy-rules.md, "Re-imports that change records", "Which side
    // a ghost is on"). Every atom of the earlier import is marked, whether or not a removed
    // record was in it, so that no check's verdict depends on which atoms the ghosts are in:
    // a marked atom whose ghosts are fewer than minCell is treated as holding 1 to minCell - 1
    // records the table no longer holds (mayHoldGhosts). An atom split off later (the records a
    // cohort holds) is not marked: no cohort holds a ghost.
    std::vector<std::uint8_t> unsure;
    // The atom of records added by re-imports while they are fewer than minCell (-1: none):
    // held out of every cohort (heldRecords) until a later re-import makes them minCell or more.
    std::int64_t pending = -1;
    std::int64_t ghostsOf(std::size_t atom) const
    {
        return atom < ghosts.size() ? ghosts[atom] : 0;
    }
    // Whether the atom may hold ghosts (its ghosts, or marked unsure).
    bool mayHoldGhosts(std::size_t atom) const
    {
        return ghostsOf(atom) > 0 || (atom < unsure.size() && unsure[atom] != 0);
    }

    // Whether any atom may hold ghosts: a re-import removed or changed records of this ledger.
    bool mayHoldGhostsAnywhere() const
    {
        for (std::int64_t g : ghosts) {
            if (g > 0)
                return true;
        }
        for (std::uint8_t u : unsure) {
            if (u != 0)
                return true;
        }
        return false;
    }

    static DifferencingState initial(qint64 generation, std::size_t rows);
    QByteArray encode() const;
    static std::optional<DifferencingState> decode(const QByteArray &bytes);
};

// A ledger's partition as the ledger keeps it between releases (issue 16): each record's atom in
// the fewest bytes that hold the ledger's largest atom id — none while the ledger is one atom,
// then 1, 2 or 4 — chosen again whenever the ledger changes (it widens as it gains atoms; an
// event ledger has no atom budget, so 4 bytes stay possible). The checks read the state
// expanded: the same DifferencingState, whatever the width it was kept in.
class KeptState {
public:
    KeptState() = default;
    // `minBytes` (0, 1, 2 or 4): the narrowest width to keep (DifferencingLimits::atomBytes).
    explicit KeptState(DifferencingState state, unsigned minBytes = 0);
    DifferencingState expanded() const;
    qint64 generation() const { return m_rest.generation; }
    std::size_t rows() const { return m_rows; }
    std::size_t atoms() const { return m_rest.sizes.size(); }
    unsigned atomBytes() const { return m_bytes; }

private:
    DifferencingState m_rest; // all but atomOf, which is one of these (the others empty)
    std::vector<std::uint8_t> m_one;
    std::vector<std::uint16_t> m_two;
    std::vector<std::uint32_t> m_four;
    std::size_t m_rows = 0;
    unsigned m_bytes = 0;
};

struct DifferencingLimits {
    int minCell = 10;
    // The fit ledgers' floor (fitPieceLimits): 0 = ⌈minCell / 2⌉; raised by the policy key
    // min_fit_piece up to minCell.
    int minFitPiece = 0;
    std::size_t maxAtoms = 20000; // beyond this: "differencing-budget"
    std::size_t maxFamilies = 4096;
    // Whether an evaluation's edge choice may be served from the last identical one (the
    // ledger's edge memo, DifferencingLedger::edgeMemoHits). Off only in the tests that compare
    // every decision with the memo against the same sequence without it.
    bool shareEdgeChoices = true;
    // Whether a design's check may be served from an identical earlier one that recorded nothing
    // (the ledger's design memo, DifferencingLedger::designMemoHits). Off only in the tests that
    // compare every decision with the memo against the same sequence without it.
    bool shareDesignChecks = true;
    // The narrowest width (bytes) a ledger keeps its atom ids in between releases (KeptState):
    // 0, each ledger as narrow as its atoms allow; 4 only in the tests that compare every
    // verdict with the width issue 16 started from.
    unsigned atomBytes = 0;
    // How a split atom's exposed cells are held (refineByRelease, rule (b)); set per release by
    // the ledger, never by a policy (docs/privacy-rules.md, "Event sums, and a group's joint
    // cells"). `holdExposedCells`: every exposed cell's piece of a split atom is 0 or >= minCell,
    // not only the withheld rest (a fit ledger, for a level-filtered description's sums).
    // `describing`: the release is a description; the joint families of levels it releases are
    // held by their margins (each row and column of a group) at its splits and in its atoms, and
    // mark the atoms it covers, so that any later split of them holds them too (a table's counts
    // differenced with a fit's or another table's).
    bool holdExposedCells = false;
    // With `holdExposedCells`: a joint family's cells are held one by one, not by its margins (a
    // fit ledger: an interaction column of two categories sums over each cell). A trend ledger
    // holds its year × level families by their margins.
    bool holdJointCellsOneByOne = false;
    bool describing = false;
    // The atoms one user's releases may add to a dataset import's ledgers (policy key
    // differencing_atoms_per_user; 0: no share, the tests and benches that call the ledger
    // without users). Every cohort is still checked against every atom, whoever's release made
    // it; what the share bounds is who adds atoms: a release whose new atoms (in the dataset's
    // ledger, its breakpoint, fit and trend ledgers: every one with an atom budget) would take
    // its user's charge beyond the share is refused "differencing-user-budget", before anything
    // is recorded; a release that adds no atom passes whatever the charge. The charge is kept in
    // the store (SiteStore::ledgerCharge), written in the transaction of the ledger it paid for,
    // and carried by a re-import as the ledgers are (docs/node.md, "robust3").
    std::size_t atomsPerUser = 0;
};

// The pure check: refines `state` by the cohort (sorted, unique table rows) and its released
// cells. On success the refined state replaces `state` when `commit`; on failure `state` is left
// as it was. `changed` says whether a commit altered anything (nothing to persist otherwise).
analysis::RuleOutcome refineByRelease(DifferencingState &state, const analysis::DataTable &table,
                                      const std::vector<std::int64_t> &cohortRows,
                                      const std::vector<CellRelease> &cells,
                                      const DifferencingLimits &limits, bool commit,
                                      bool *changed = nullptr);

// The risk bins of an evaluation, for the dataset's bin ledger (docs/privacy-rules.md,
// "Evaluations of several β"): the evaluated records and each one's bin of the risk grid, and the
// edges (grid indices, the first 0 and the last the grid's size) the release would cut at.
struct RiskBins {
    std::vector<std::int64_t> rows; // table rows, sorted, unique
    std::vector<std::int32_t> bin; // the grid bin of rows[i]
    std::vector<int> edges; // in: the min-cell merge's edges; out: the edges kept
};

// The bins an evaluation released, over the table: per row its released bin + 1 (0: not
// evaluated). Every run of consecutive bins follows from released numbers.
struct ReleasedBins {
    std::vector<std::uint16_t> binOf; // per table row
    std::uint16_t bins = 0;
    // Derived from binOf, never stored: the records of each released bin (bins entries).
    std::vector<std::int64_t> sizes;
    void countSizes();
    bool operator==(const ReleasedBins &o) const { return bins == o.bins && binOf == o.binOf; }
};
struct ReleasedBinsList {
    qint64 generation = 0;
    std::vector<ReleasedBins> evaluations;
    // The numeric variables of which a description released a histogram (over any cohort, any
    // purpose, any user), and the cell families ("v:<var>" levels, "t:<a>&<b>" table cells) a
    // description released, sorted: every edge of such a histogram is a point of the variable's
    // lattice, so an evaluation keeps its risk bins away from these variables' lattice cells as
    // from its own numeric predictors', and away from each family's cells — a close correlate
    // outside the design (birth weight in pounds next to grams, a class in whole pounds) orders
    // the records as the risk does (docs/privacy-rules.md, "Histograms against released risk
    // bins", "Correlates outside the design"). Encoded after the evaluations; a list stored
    // without it decodes empty.
    std::vector<std::string> histogramVariables;
    QByteArray encode() const;
    static std::optional<ReleasedBinsList> decode(const QByteArray &bytes);
};

// How many evaluations' bins the bin ledger of a dataset of `rows` records remembers: at most
// 512, and at most 64 MiB of codes (2 bytes per record and evaluation: 33 evaluations at 10^6
// records). Beyond it an evaluation is released with one bin, its cohort, which the dataset's
// ledger holds: a full bin ledger never weakens a check, it only coarsens later evaluations.
std::size_t releasedBinsCapacity(std::size_t rows);

// The inner edges of an evaluation's candidate bins that the bin ledger keeps (candidate-bin
// indices, the first 0 and the last the number of candidate bins): from the lowest up, an edge
// is kept when every run of candidate bins it closes (against the edges kept below it, and up to
// the last) lies 0 or >= minCell records from every union of the blocks that hold it or lie in
// it, per block family: the `main` ledger's atoms; for each earlier evaluation its released bins
// and the records it did not evaluate. `candidateOf[i]` is the candidate bin of rows[i].
// Public for the tests, which compare it with the rule written out run by run.
std::vector<std::size_t> keptCandidateEdges(const std::vector<std::int64_t> &rows,
                                            const std::vector<std::uint32_t> &candidateOf,
                                            std::size_t candidateBins,
                                            const DifferencingState &main,
                                            const std::vector<const ReleasedBins *> &earlier,
                                            std::size_t tableRows, int minCell);

// The rule on a cohort against released bins: the cohort (sorted rows) and some run of bins
// i..j of one released evaluation differ by 1 to minCell-1 records. nullopt when none does.
std::optional<std::string> binRunRefusal(const std::vector<ReleasedBins> &released,
                                         const std::vector<std::int64_t> &cohortRows, int minCell);

// One ledger per node: per-dataset state, loaded from and persisted to the store, behind a
// per-dataset lock (never a node-wide one through a check). A re-import (new generation) starts
// a new ledger.
class DifferencingLedger {
public:
    DifferencingLedger(std::shared_ptr<SiteStore> store, DifferencingLimits limits);

    // Checks the release against every earlier release of the dataset's current import (any user,
    // any purpose) and records it when it passes; atomic per dataset. Rule "differencing" or
    // "differencing-budget"; a store failure is returned as an error (nothing may be released).
    // `user` (every recording call): the authenticated user of the request (the token's user),
    // charged the atoms the release adds (DifferencingLimits::atomsPerUser); empty only for
    // the node's own checks and the tests without users (no share applies).
    NodeResult<analysis::RuleOutcome> checkAndRecord(const LoadedDataset &data,
                                                     const std::vector<std::int64_t> &cohortRows,
                                                     const std::vector<CellRelease> &cells,
                                                     const QString &user = QString());
    NodeResult<analysis::RuleOutcome> checkAndRecord(const LoadedDataset &data,
                                                     const std::vector<std::uint8_t> &cohortMask,
                                                     const std::vector<CellRelease> &cells,
                                                     const QString &user = QString());
    // The cohort alone checked as checkAndRecord would (no cells), recording nothing: whether the
    // ledger passes the cohort of a description a count rule refused (docs/privacy-rules.md, "The
    // fifth independent review").
    NodeResult<analysis::RuleOutcome> checkCohort(const LoadedDataset &data,
                                                  const std::vector<std::uint8_t> &cohortMask);
    // A description: as above, and its histograms against the runs of released risk bins
    // (histogramruns.h; rule "differencing", detail "histogram of <variable> and released risk
    // bins"). `histograms` holds one entry per released histogram over `cohortRows`.
    // `trendRows`: cells for the trend ledgers only, each over a cohort of its own (a period's
    // histogram over a level filter is trend cells over the cohort without that filter,
    // docs/privacy-rules.md "Trends over two cohorts"); never refine the dataset's ledger.
    struct TrendRows {
        std::vector<std::int64_t> rows;
        std::vector<CellRelease> cells;
    };
    // Whether a period's histogram over a level filter (`cell`, over `rows`: the cohort without
    // that filter) would pass the histogram ledger of its family, recording nothing: a
    // description withholds the histogram (and keeps its moments) when not.
    NodeResult<bool> periodHistogramPasses(const LoadedDataset &data,
                                           const std::vector<std::int64_t> &rows,
                                           const CellRelease &cell);
    // A numeric variable's histogram over level filters, held by its lattice bins (`cells`, each
    // a CellRelease::latticeHistogram over its `rows`: the cohort without that filter) against
    // the family's earlier such histograms, by whole levels: true when every piece passes, and
    // then recorded at once, under the same locks (so that two concurrent descriptions cannot
    // both pass against a ledger that holds neither); false, recording nothing, when a piece
    // would hold 1 to min_cell - 1 records or the ledger's budget is spent. The caller (a
    // description, after every other check passed and was recorded) withholds the histogram's
    // bins when false and never refuses the description for it. A family's first ledger keeps
    // the records a re-import holds back in a pending atom, as the dataset's ledger does.
    struct LatticeRows {
        const std::vector<std::int64_t> *rows = nullptr;
        const CellRelease *cell = nullptr;
    };
    NodeResult<bool> latticeHistogramHold(const LoadedDataset &data,
                                          const std::vector<LatticeRows> &cells,
                                          const QString &user = QString());
    NodeResult<analysis::RuleOutcome> checkAndRecordDescription(
        const LoadedDataset &data, const std::vector<std::int64_t> &cohortRows,
        const std::vector<CellRelease> &cells, const std::vector<HistogramCodes> &histograms,
        const std::vector<TrendRows> &trendRows = {}, const QString &user = QString());

    // A design's release: its cohort and cells as above, and the records of the cohort beyond
    // every value the design breaks a numeric variable at (winsor bounds, spline knots, an
    // outcome threshold). The design's sums change with a breakpoint only through the records
    // beyond it, so two designs whose breakpoints lie one record apart differ by that record's
    // row (docs/privacy-rules.md, "Breakpoints"). Those records are a cohort of the dataset's
    // *breakpoint ledger*, a second partition refined by breakpoint parts only: a sum over the
    // records beyond a breakpoint is isolated only by another sum beyond a breakpoint (on
    // another cohort, at another value, of another variable), never by a cohort alone, so
    // cohorts split by other releases (complete cases of other models) do not refuse a knot.
    // Both are checked first and recorded only when every part passes. The cohort also goes to
    // the outcome's *event ledger* (one partition per dataset and outcome partition, refined by
    // fits of that outcome only): a fit gives Σ x over each outcome class (events and
    // non-events), so every group split off between fitted cohorts holds 0 or >= minCell records
    // of each class (docs/privacy-rules.md, "Event sums, and a group's joint cells").
    NodeResult<analysis::RuleOutcome>
    checkAndRecordDesign(const LoadedDataset &data, const std::vector<std::int64_t> &cohortRows,
                         const analysis::ResolvedDesign &design,
                         const std::vector<CellRelease> &cells, const QString &user = QString());
    // The same check as checkAndRecordDesign, recording nothing: what the ledgers answer the
    // design's cohort now. A dry run's answer, and the answer to a job whose design another rule
    // refused: a count rule (events-per-parameter, min-cell, ...) whose threshold the request
    // sets is answered only on a cohort the ledger passes, else one record decides which rule
    // refuses (docs/privacy-rules.md, "The fifth independent review").
    NodeResult<analysis::RuleOutcome> checkDesign(const LoadedDataset &data,
                                                  const std::vector<std::int64_t> &cohortRows,
                                                  const analysis::ResolvedDesign &design,
                                                  const std::vector<CellRelease> &cells);

    // An evaluation's release: the design's release as checkAndRecordDesign (refused as there),
    // then each RiskBins in turn, from the lowest risk up: an inner edge is kept only when no
    // run of bins it closes lies 1..minCell-1 records from a union of the dataset's ledger atoms
    // (every released cohort is one) or from a union of the bins of one earlier released
    // evaluation (the *bin ledger*: each released evaluation's bins, per record). A dropped edge
    // merges two bins; the evaluation is never refused for its bins. `bins[i].edges` receives the
    // edges kept; the bins as released are recorded with the rest (docs/privacy-rules.md,
    // "Evaluations of several β").
    NodeResult<analysis::RuleOutcome>
    checkAndRecordEvaluation(const LoadedDataset &data, const std::vector<std::int64_t> &cohortRows,
                             const analysis::ResolvedDesign &design,
                             const std::vector<CellRelease> &cells, std::vector<RiskBins> &bins,
                             const QString &user = QString());

    // Atoms of the dataset's current ledger (0 before its first release), for tests and benches.
    std::size_t atoms(const QString &dataset);
    // Evaluations whose edges came from the edge memo (recordDesign), for tests and benches.
    int edgeMemoHits() const { return m_edgeMemoHits.load(); }
    // Design checks (checkAndRecordDesign) served by the design memo, for tests and benches.
    int designMemoHits() const { return m_designMemoHits.load(); }

    // How the ledger reads a dataset's whole table (every column) when an evaluation was handed
    // the design's columns only (the warm path of a design) and a variable outside them had a
    // histogram released (ReleasedBinsList::histogramVariables). Without a loader, or when it
    // fails, such an evaluation is released with one bin (its cohort): never a weaker check.
    using DatasetLoader = std::function<std::shared_ptr<const LoadedDataset>(const QString &)>;
    void setDatasetLoader(DatasetLoader loader) { m_loader = std::move(loader); }

private:
    // The edge choice of the last evaluation of a dataset that recorded nothing new (neither its
    // cohort nor its bins): with the ledgers exactly as they were then (the versions) and the
    // same inputs (the digest: the import, the cohort and its cells, the lattice variables,
    // each RiskBins' records, grid bins and candidate edges), dropEdgesNearLattice and
    // chooseEdges, pure functions of these, give the same edges and again record nothing.
    // Ten studies of the same design at one node evaluate the same final β on the same cohort:
    // the first pays the lattice check, the others (under the same lock) read its answer.
    struct EdgeMemo {
        std::uint64_t mainVersion = 0;
        std::uint64_t binsVersion = 0;
        QByteArray digest;
        std::vector<std::vector<int>> edges; // per RiskBins, the edges kept
    };
    // A design's check (checkAndRecordDesign) that passed and recorded nothing (issue 16): the
    // job of a repeated model, and the evaluation and calibration jobs of every fit, check the
    // design its model study recorded. The check is a pure function of the ledgers it reads
    // (their versions: each is bumped whenever its state is loaded or may change) and of its
    // inputs (the digest: the import and the columns handed in, the limits, the design, the
    // cohort and its cells); with both the same it passes again and again records nothing, so
    // its outcome is answered as it was. Kept in the dataset's entry (the last few).
    struct DesignMemo {
        QByteArray digest;
        std::vector<std::uint64_t> versions;
        analysis::RuleOutcome outcome;
    };
    struct Entry {
        std::mutex mutex;
        std::vector<DesignMemo> designMemos; // the dataset's entry only
        std::optional<KeptState> state;
        std::optional<ReleasedBinsList> released; // the bin ledger's entry only
        // Bumped whenever `state` or `released` is (re)loaded or may have changed.
        std::uint64_t version = 0;
        std::optional<EdgeMemo> edgeMemo; // the bin ledger's entry only
    };
    Entry &entry(const QString &dataset);
    // A part names its records and cells, never copies them: a cohort's rows are the design
    // matrix's own (2 MB at 250,000 records; copied twice per job before issue 16's eighth pass).
    struct Part {
        const std::vector<std::int64_t> *rows;
        const std::vector<CellRelease> *cells;
        const std::vector<HistogramCodes> *histograms = nullptr; // a description's
        bool trendOnly = false; // for the trend ledgers only (TrendRows)
    };
    // `record` false: checked only, nothing recorded (checkDesign).
    NodeResult<analysis::RuleOutcome> checkAndRecordParts(const LoadedDataset &data,
                                                          const std::vector<Part> &parts,
                                                          bool record = true,
                                                          const QString &user = QString());
    // The share (DifferencingLimits::atomsPerUser) for a release by `user` that adds `added`
    // atoms, under the dataset's ledger lock: nullopt with `charge` set (to write with the
    // first ledger written) when it passes, else the refusal "differencing-user-budget".
    NodeResult<std::optional<analysis::RuleOutcome>>
    userShare(const LoadedDataset &data, const QString &user, std::size_t added,
              std::optional<SiteStore::LedgerCharge> *charge);
    // Writes one ledger's state, with the pending charge in its transaction (then cleared).
    NodeResult<void> writeState(const QString &key, qint64 generation, const QByteArray &state,
                                std::optional<SiteStore::LedgerCharge> *charge);
    // The store key of a dataset's breakpoint ledger.
    static QString breakpointKey(const QString &dataset);
    // The lock entry of a dataset's bin ledger, and the store key of its released bins.
    static QString binKey(const QString &dataset);
    static QString releasedBinsKey(const QString &dataset);
    NodeResult<void> loadReleased(Entry &e, const LoadedDataset &data);
    // The shared body of checkAndRecordDesign and checkAndRecordEvaluation.
    NodeResult<analysis::RuleOutcome>
    recordDesign(const LoadedDataset &data, const std::vector<std::int64_t> &cohortRows,
                 const analysis::ResolvedDesign &design, const std::vector<CellRelease> &cells,
                 std::vector<RiskBins> *bins, bool record = true, const QString &user = QString());
    // Chooses the kept edges of one RiskBins against `main` (read) and the bins of the
    // evaluations released before (`stored`, then `added`); appends its released bins to
    // `added` unless an earlier evaluation released the very same bins.
    void chooseEdges(RiskBins &bins, const DifferencingState &main,
                     const std::vector<ReleasedBins> &stored, std::vector<ReleasedBins> &added,
                     const analysis::DataTable &table) const;
    // Reads the entry's state for the current import (or starts it); the caller holds its lock.
    NodeResult<void> load(Entry &e, const QString &key, const LoadedDataset &data);
    // Refines `state` by every part in turn; on a failure the outcome (state partly refined:
    // callers refine a copy, or one part, which refineByRelease leaves as it was).
    analysis::RuleOutcome refineParts(DifferencingState &state, const LoadedDataset &data,
                                      const std::vector<Part> &parts, bool *changed) const;

    std::shared_ptr<SiteStore> m_store;
    DifferencingLimits m_limits;
    DatasetLoader m_loader;
    std::mutex m_mapMutex; // guards m_entries only, never held through a check
    std::map<QString, std::unique_ptr<Entry>> m_entries;
    std::atomic<int> m_edgeMemoHits { 0 };
    std::atomic<int> m_designMemoHits { 0 };
};

} // namespace fairstart::node

// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15: the evaluation of a final β by subgroup (POST /v1/evaluations with "subgroup").
//
// The node splits the evaluation's cohort by the levels of a categorical or binary catalogue
// variable (or by client-given edges of a numeric one), evaluates each cell at the same β it
// computed itself, and releases each cell only under the rules of an evaluation on its own. A
// withheld cell is released as its label, "withheld" and the rule; never a count.
//
// Differencing. The response also holds the whole cohort's evaluation, so the cells withheld
// together are the cohort minus the released cells: their n, events, Σp, Brier sums and (nearly)
// their bins follow by subtraction. The gate therefore requires that union to pass the same
// rules as a cell, and withholds the smallest released cell (rule "complement") until it does
// (all cells withheld leaves the cohort itself, which passed). Across requests the differencing
// ledger sees the released level cells (the subgroup family and its joint family with the
// outcome); when it refuses them, the node answers the evaluation with every cell withheld
// (rule "differencing"), which tells no more than the refusal of the whole request would.
//
// What the withheld pattern reveals: that a cell (or the union) failed a rule on this cohort,
// i.e. one bit per cell of the kind a refused request gives; the rule's id, never a count.
#include "api/common_p.h"
#include "subgroups_p.h"

#include "fairstart/analysis/binriskdominance.h"
#include "fairstart/analysis/discrimination.h"
#include "fairstart/analysis/glm.h"
#include "fairstart/analysis/riskgrid.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <numeric>

namespace fairstart::node {

using namespace api;

namespace {

constexpr int kMaxSubgroupLevels = 20;

analysis::RuleOutcome ruleOutcome(const char *id, bool passed, int threshold, std::string detail)
{
    analysis::RuleOutcome outcome;
    outcome.ruleId = id;
    outcome.passed = passed;
    outcome.threshold = threshold;
    outcome.detail = std::move(detail);
    return outcome;
}

// The rows `which` of `design`, as a design of their own.
analysis::DesignMatrix subset(const analysis::DesignMatrix &design,
                              const std::vector<Eigen::Index> &which)
{
    analysis::DesignMatrix out;
    const Eigen::Index n = Eigen::Index(which.size());
    out.X.resize(n, design.p());
    Eigen::VectorXd y(n);
    out.offset.resize(n);
    const std::vector<std::int64_t> designRows = design.rows.toVector();
    std::vector<std::int64_t> rows;
    rows.reserve(which.size());
    for (Eigen::Index i = 0; i < n; ++i) {
        const Eigen::Index r = which[std::size_t(i)];
        out.X.row(i) = design.X.row(r);
        y(i) = design.y(r);
        out.offset(i) = design.offset.size() ? design.offset(r) : 0.0;
        rows.push_back(designRows[std::size_t(r)]);
    }
    out.y = std::move(y);
    out.rows = rows;
    out.terms = design.terms;
    out.counts.total = n;
    out.counts.used = n;
    return out;
}

// The design's cells within a subgroup cell: every 0/1 column (a factor's dummy, a binary
// predictor) crossed with the outcome holds 0 or at least minCell records per cell. The
// cohort's own rule (analysis::checkCells) refuses an empty level, which in a subgroup is
// expected (the subgroup variable may be a predictor: no boys among the girls).
bool indicatorCellsPass(const analysis::DesignMatrix &design, int minCell)
{
    auto ok = [minCell](Eigen::Index count) {
        return count == 0 || count >= minCell;
    };
    for (Eigen::Index j = 1; j < design.p(); ++j) {
        const auto column = design.X.col(j);
        if (!((column.array() == 0.0) || (column.array() == 1.0)).all())
            continue;
        Eigen::Index cells[2][2] = { { 0, 0 }, { 0, 0 } };
        for (Eigen::Index i = 0; i < design.n(); ++i)
            ++cells[column(i) == 1.0][design.y(i) == 1.0];
        for (const auto &row : cells) {
            if (!ok(row[0]) || !ok(row[1]) || !ok(row[0] + row[1]))
                return false;
        }
    }
    return true;
}

QString edgeText(double v)
{
    return QString::number(v, 'g', 15);
}

// The ledger's family key of a subgroup: the variable's levels, or the client's edges. The
// cells of edges e1 < … < ek are [e1, e2), …, [ek−1, ek), every one closed below and open above
// (a quintile's cell [4, 5) holds the 4s only), and the cell outside them holds the records below
// e1 and at or above ek. A histogram family's last bin is closed, so the key carries one more
// edge, ek + 1: its bin [ek, ek + 1] and the records beyond it are both the outside cell's (a
// code that is no level), and the family's other bins are the level cells.
std::string subgroupFamily(const protocol::StudyEvaluationRequest &request)
{
    const std::string variable = request.subgroup.toStdString();
    if (request.subgroupEdges.empty())
        return variableFamily(variable);
    std::vector<double> edges = request.subgroupEdges;
    edges.push_back(edges.back() + std::max(1.0, std::abs(edges.back())));
    return histogramFamily(variable, edges);
}

// The outcome's family key, as designCells() names it; empty for a numeric outcome.
std::string outcomeFamily(const LoadedDataset &data, const analysis::ResolvedDesign &design)
{
    const auto &outcome = design.spec.outcome;
    if (outcome.threshold)
        return thresholdFamily(outcome.variable, *outcome.threshold);
    const VariableInfo *info = data.info.variable(qs(outcome.variable));
    if (info && info->kind != VariableKind::Numeric)
        return variableFamily(outcome.variable);
    return {};
}

} // namespace

// ---- risk bins for the bin ledger ---------------------------------------------------------------

std::optional<RiskBins> riskBinsOf(const analysis::DesignMatrix &design,
                                   const Eigen::VectorXd &beta,
                                   const analysis::PerformanceBins &bins, int minCell)
{
    return riskBinsOf(design, design.rows.toVector(), beta, bins, minCell);
}

std::optional<RiskBins> riskBinsOf(const analysis::DesignMatrix &design,
                                   const std::vector<std::int64_t> &designRows,
                                   const Eigen::VectorXd &beta,
                                   const analysis::PerformanceBins &bins, int minCell)
{
    if (designRows.size() != design.rows.size())
        return std::nullopt;
    const auto edges = performanceBinEdges(bins, minCell);
    if (!edges)
        return std::nullopt;
    auto grid = analysis::riskGridBins(design, beta, bins.bins);
    if (!grid || grid->size() != design.rows.size())
        return std::nullopt;
    RiskBins out;
    out.edges = *edges;
    // A design's rows ascend (design.h): taken as they are, with the grid's bins.
    std::vector<std::int64_t> rows = designRows;
    if (std::adjacent_find(rows.begin(), rows.end(), std::greater_equal<>()) == rows.end()) {
        out.rows = std::move(rows);
        out.bin = std::move(*grid);
        return out;
    }
    std::vector<std::size_t> order(rows.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return rows[a] < rows[b]; });
    out.rows.reserve(order.size());
    out.bin.reserve(order.size());
    for (std::size_t i : order) {
        out.rows.push_back(rows[i]);
        out.bin.push_back((*grid)[i]);
    }
    return out;
}

analysis::RuleOutcome riskBinsKept(const std::vector<int> &candidates, const std::vector<int> &kept,
                                   int minCell)
{
    const auto bins = [](const std::vector<int> &e) {
        return e.empty() ? 0 : e.size() - 1;
    };
    return ruleOutcome("differencing", true, minCell,
                       "risk bins: " + std::to_string(bins(kept)) + " of "
                           + std::to_string(bins(candidates))
                           + " released (boundaries near earlier releases merged)");
}

// ---- the request, against the catalogue's metadata only --------------------------------------

std::optional<ApiResponse> checkSubgroupRequest(const DatasetInfo &info,
                                                const protocol::StudyEvaluationRequest &request)
{
    if (request.subgroup.isEmpty())
        return std::nullopt;
    const VariableInfo *variable = info.variable(request.subgroup);
    if (!variable || variable->role != VariableRole::Variable) {
        return api::badRequest(QStringLiteral("unknown-variable"),
                               Tr::tr("The subgroup variable '%1' is not an analysis variable "
                                      "of this dataset. Choose one from the catalogue.")
                                   .arg(request.subgroup.left(64)),
                               QStringLiteral("subgroup"));
    }
    if (variable->kind == VariableKind::Numeric) {
        if (request.subgroupEdges.empty())
            return api::badRequest(
                QStringLiteral("invalid-subgroup"),
                Tr::tr("The subgroup variable '%1' is numeric: give the cells' edges "
                       "(subgroup_edges), each an edge of this node's histogram of it (describe "
                       "'%1' to see them).")
                    .arg(request.subgroup),
                QStringLiteral("subgroup_edges"));
        return std::nullopt;
    }
    if (!request.subgroupEdges.empty())
        return api::badRequest(QStringLiteral("invalid-subgroup"),
                               Tr::tr("Edges are for a numeric subgroup variable; '%1' has "
                                      "levels. Leave the edges out.")
                                   .arg(request.subgroup),
                               QStringLiteral("subgroup_edges"));
    const int levels = variable->kind == VariableKind::Binary ? 2 : int(variable->levels.size());
    if (levels > kMaxSubgroupLevels)
        return api::badRequest(QStringLiteral("invalid-subgroup"),
                               Tr::tr("The subgroup variable '%1' has %2 levels; a subgroup "
                                      "evaluation takes at most %3.")
                                   .arg(request.subgroup)
                                   .arg(levels)
                                   .arg(kMaxSubgroupLevels),
                               QStringLiteral("subgroup"));
    return std::nullopt;
}

// ---- the cells --------------------------------------------------------------------------------

std::optional<std::vector<SubgroupTally>>
splitBySubgroup(const LoadedDataset &data, const analysis::DesignMatrix &design,
                const protocol::StudyEvaluationRequest &request, const Eigen::VectorXd &beta)
{
    const std::string key = subgroupFamily(request);
    const std::optional<FamilyCodes> codes = familyCodes(data.table, key);
    if (!codes)
        return std::nullopt;
    // Labels: the catalogue's levels ("0"/"1" for a binary), or the client's edges.
    QStringList labels;
    const VariableInfo *info = data.info.variable(request.subgroup);
    if (!info)
        return std::nullopt;
    const auto &edges = request.subgroupEdges;
    if (!edges.empty()) {
        for (std::size_t i = 0; i + 1 < edges.size(); ++i)
            labels << QStringLiteral("[%1, %2%3")
                          .arg(edgeText(edges[i]), edgeText(edges[i + 1]), QStringLiteral(")"));
    } else if (info->kind == VariableKind::Binary) {
        labels << QStringLiteral("0") << QStringLiteral("1");
    } else {
        labels = info->levels;
    }
    const std::int32_t levels = std::int32_t(labels.size());
    std::vector<std::vector<Eigen::Index>> rows(std::size_t(levels) + 1);
    const std::vector<std::int64_t> designRows = design.rows.toVector();
    for (Eigen::Index i = 0; i < design.n(); ++i) {
        const std::int32_t code = codes->codes[std::size_t(designRows[std::size_t(i)])];
        rows[code >= 0 && code < levels ? std::size_t(code) : std::size_t(levels)].push_back(i);
    }
    std::vector<SubgroupTally> cells;
    for (std::int32_t c = 0; c <= levels; ++c) {
        SubgroupTally cell;
        cell.other = c == levels;
        cell.code = cell.other ? -1 : c;
        cell.level = cell.other ? QString() : labels.at(c);
        // A level cell always (an empty level is withheld like any small one: its emptiness is
        // not told apart from smallness). The "other" cell of the client's edges always too: it
        // holds the records beyond the edges, and listing it only when it held any would tell,
        // edge by edge, whether a record lies beyond (bisection gives the maximum). The "other"
        // cell of levels (records missing the variable) only when it holds records.
        if (cell.other && rows[std::size_t(c)].empty() && edges.empty())
            continue;
        cell.design = subset(design, rows[std::size_t(c)]);
        if (cell.design.n() > 0) {
            auto bins
                = analysis::computePerformance(cell.design, analysis::Family::Binomial, beta, 1000);
            if (!bins)
                return std::nullopt;
            cell.bins = std::move(bins).value();
        }
        cells.push_back(std::move(cell));
    }
    return cells;
}

std::vector<CellRelease> subgroupLedgerCells(const LoadedDataset &data,
                                             const analysis::ResolvedDesign &design,
                                             const protocol::StudyEvaluationRequest &request,
                                             const std::vector<std::int32_t> &released)
{
    if (released.empty())
        return {};
    const std::string key = subgroupFamily(request);
    std::vector<CellRelease> cells { CellRelease { key, released } };
    // Each released cell's events and non-events are exact too.
    const std::string outcome = outcomeFamily(data, design);
    if (!outcome.empty()) {
        const std::int32_t count = familyCodeCount(data.table, outcome);
        CellRelease joint { jointFamily(key, outcome), {} };
        for (std::int32_t code : released) {
            for (std::int32_t b = 0; b + 1 < count; ++b) {
                const std::int32_t j = jointCode(data.table, key, code, outcome, b);
                if (j >= 0)
                    joint.released.push_back(j);
            }
        }
        std::sort(joint.released.begin(), joint.released.end());
        cells.push_back(std::move(joint));
    }
    return cells;
}

// ---- the gate's part --------------------------------------------------------------------------

std::vector<protocol::SubgroupCell> ReleaseGate::subgroupCells(const EvaluationTally &tally,
                                                               ReleaseRecord &record) const
{
    const Eigen::VectorXd beta = Eigen::Map<const Eigen::VectorXd>(
        tally.beta->data(), static_cast<Eigen::Index>(tally.beta->size()));
    const std::size_t count = tally.subgroups.size();
    std::vector<protocol::SubgroupCell> out(count);
    for (std::size_t i = 0; i < count; ++i) {
        out[i].level = tally.subgroups[i].level;
        out[i].missing = tally.subgroups[i].other;
    }
    if (!tally.subgroupsWithheldBy.isEmpty()) {
        for (protocol::SubgroupCell &cell : out) {
            cell.withheld = true;
            cell.rule = tally.subgroupsWithheldBy;
        }
        return out;
    }
    // The rules of an evaluation on a cell's own records: the first failure withholds it.
    auto rulesOf = [&](const analysis::DesignMatrix &design, const analysis::PerformanceBins &bins,
                       std::optional<analysis::PerformanceBins> *merged,
                       const std::vector<int> &binEdges) -> QString {
        std::vector<analysis::RuleOutcome> outcomes;
        outcomes.push_back(ruleOutcome("min-cohort", design.n() >= m_policy.minCohort,
                                       m_policy.minCohort, "subgroup cell"));
        if (design.n() > 0) {
            outcomes.push_back(ruleOutcome("min-cell", indicatorCellsPass(design, m_policy.minCell),
                                           m_policy.minCell, "design cells in a subgroup"));
            outcomes.push_back(analysis::checkEvaluationDominance(design, beta, m_policy));
            // Σp per released bin and class of the cell (binriskdominance.h).
            outcomes.push_back(analysis::checkBinRiskDominance(design, beta, bins.bins, m_policy));
        }
        if (const auto *failed = firstFailure(outcomes))
            return qs(failed->ruleId);
        // At the edges the bin ledger kept (docs/privacy-rules.md "Evaluations of several β").
        *merged = releasedBins(bins, binEdges);
        if (!*merged)
            return QStringLiteral("min-cell");
        return QString();
    };
    std::vector<std::optional<analysis::PerformanceBins>> merged(count);
    std::vector<bool> withheld(count, false);
    for (std::size_t i = 0; i < count; ++i) {
        const QString rule = rulesOf(tally.subgroups[i].design, tally.subgroups[i].bins, &merged[i],
                                     tally.subgroups[i].binEdges);
        if (!rule.isEmpty()) {
            withheld[i] = true;
            out[i].rule = rule;
            if (tally.ruleWithheldCells)
                tally.ruleWithheldCells->push_back(i);
        }
        record.add(ruleOutcome("subgroup-cell", rule.isEmpty(), m_policy.minCell,
                               "subgroup cell " + std::to_string(i)));
    }
    // The withheld cells together are the cohort minus the released ones: they must pass as one
    // cell, or the smallest released cell joins them.
    for (;;) {
        bool anyRows = false;
        std::size_t released = 0;
        analysis::PerformanceBins unionBins;
        bool first = true;
        for (std::size_t i = 0; i < count; ++i) {
            if (!withheld[i]) {
                ++released;
                continue;
            }
            const SubgroupTally &cell = tally.subgroups[i];
            if (cell.design.n() == 0)
                continue;
            if (first) {
                unionBins = cell.bins;
                first = false;
            } else {
                analysis::PerformanceBins &u = unionBins;
                for (std::size_t b = 0; b < u.positives.size(); ++b) {
                    u.positives[b] += cell.bins.positives[b];
                    u.negatives[b] += cell.bins.negatives[b];
                    u.sumRisk[b] += cell.bins.sumRisk[b];
                    u.sumOutcome[b] += cell.bins.sumOutcome[b];
                    if (b < u.sumRiskEvents.size() && b < cell.bins.sumRiskEvents.size())
                        u.sumRiskEvents[b] += cell.bins.sumRiskEvents[b];
                }
                u.n += cell.bins.n;
                u.sumY += cell.bins.sumY;
                u.sumP += cell.bins.sumP;
            }
            anyRows = true;
        }
        if (released == 0 || !anyRows)
            break;
        // The union's own design (rows in the cohort's order) for its rules.
        std::vector<std::int64_t> unionRows;
        for (std::size_t i = 0; i < count; ++i) {
            if (withheld[i])
                tally.subgroups[i].design.rows.forEach(
                    [&](std::int64_t row) { unionRows.push_back(row); });
        }
        std::sort(unionRows.begin(), unionRows.end());
        std::vector<Eigen::Index> which;
        which.reserve(unionRows.size());
        const std::vector<std::int64_t> designRows = tally.design->rows.toVector();
        for (Eigen::Index r = 0; r < tally.design->n(); ++r) {
            if (std::binary_search(unionRows.begin(), unionRows.end(), designRows[std::size_t(r)]))
                which.push_back(r);
        }
        std::optional<analysis::PerformanceBins> unionMerged;
        const QString rule = rulesOf(subset(*tally.design, which), unionBins, &unionMerged, {});
        record.add(ruleOutcome("complement", rule.isEmpty(), m_policy.minCell,
                               "subgroup cells withheld together"));
        if (rule.isEmpty())
            break;
        std::size_t smallest = count;
        for (std::size_t i = 0; i < count; ++i) {
            if (!withheld[i]
                && (smallest == count
                    || tally.subgroups[i].design.n() < tally.subgroups[smallest].design.n()))
                smallest = i;
        }
        withheld[smallest] = true;
        out[smallest].rule = QStringLiteral("complement");
    }
    for (std::size_t i = 0; i < count; ++i) {
        protocol::SubgroupCell &cell = out[i];
        const SubgroupTally &tallied = tally.subgroups[i];
        if (withheld[i]) {
            cell.withheld = true;
            continue;
        }
        if (tally.releasedCells)
            tally.releasedCells->push_back(i);
        cell.bins = *merged[i];
        // The per-class Σ p² of the merged bins (pooledAuc places each class within its bin by
        // mean and spread): only when no few records dominate a class's spread in a bin. When
        // they do the cell goes without them (its pairs across sites are then placed uniformly).
        const analysis::RuleOutcome squares
            = analysis::checkBinSquaresDominance(tallied.design, beta, tallied.bins.bins, m_policy);
        record.add(squares);
        if (!squares.passed) {
            cell.bins.sumSquaredRiskEvents.clear();
            cell.bins.sumSquaredRiskNonEvents.clear();
        }
        if (const auto statistic
            = analysis::mannWhitney(tallied.design, analysis::Family::Binomial, beta)) {
            const analysis::RuleOutcome rule
                = analysis::checkMannWhitneyRelease(*merged[i], *statistic, m_policy);
            record.add(rule);
            if (rule.passed)
                cell.mannWhitney = *statistic;
        }
        // The cell's calibration: y ~ lp (slope) and y ~ offset(lp) (calibration-in-the-large),
        // each a fit of one or two parameters on a cell that passed every rule above, released
        // when the fit's own size rule (events per parameter) passes and it converged.
        const double events = tallied.design.y.sum();
        auto sizeOk = [&](int parameters) {
            const auto outcomes
                = analysis::checkModelSize(parameters, double(tallied.design.n()), events,
                                           analysis::Family::Binomial, m_policy);
            record.add(outcomes);
            return firstFailure(outcomes) == nullptr;
        };
        if (sizeOk(2)) {
            if (auto design = analysis::calibrationSlopeDesign(tallied.design, beta)) {
                auto fit = analysis::fitFederated({ &*design }, analysis::Family::Binomial);
                if (fit && fit->beta.size() == 2 && fit->coefficients.size() == 2) {
                    cell.calibrationSlope = fit->beta[1];
                    cell.calibrationSlopeSe = fit->coefficients[1].stdError;
                }
            }
            if (auto design = analysis::calibrationInterceptDesign(tallied.design, beta)) {
                auto fit = analysis::fitFederated({ &*design }, analysis::Family::Binomial);
                if (fit && fit->beta.size() >= 1 && !fit->coefficients.empty()) {
                    cell.calibrationInTheLarge = fit->beta[0];
                    cell.calibrationInTheLargeSe = fit->coefficients[0].stdError;
                }
            }
        }
    }
    return out;
}

} // namespace fairstart::node

namespace fairstart::node {

using namespace api;

// ---- the handler's part -----------------------------------------------------------------------

ApiResponse ApiHandlers::subgroupEvaluation(const protocol::StudyEvaluationRequest &request,
                                            const LoadedDataset &dataset, EvaluationTally &tally,
                                            const QString &user, Audit &audit)
{
    const analysis::DesignMatrix &design = *tally.design;
    const Eigen::VectorXd beta = Eigen::Map<const Eigen::VectorXd>(tally.beta->data(), design.p());
    auto cells = splitBySubgroup(dataset, design, request, beta);
    if (!cells)
        return respond(m_gate->dataFailure(audit.release));
    tally.subgroupVariable = request.subgroup;
    tally.subgroups = std::move(*cells);
    std::vector<std::size_t> released;
    std::vector<std::size_t> ruleWithheld;
    tally.releasedCells = &released;
    tally.ruleWithheldCells = &ruleWithheld;
    const ReleaseRecord before = audit.release;
    GateAnswer answer = m_gate->evaluation(tally, design.n(), audit.release);
    tally.ruleWithheldCells = nullptr; // the gate's later runs (kept edges) withhold the same
    if (answer.status() != 200)
        return respond(answer);
    std::vector<analysis::RuleOutcome> verdicts; // the ledger's, kept when the answer is redone
    std::vector<CellRelease> ledgerCells = designCells(dataset, *tally.resolved);
    // Every released cell is a cohort of its own in the ledger (its n, events and sums are
    // exact): two partitions of one cohort (sex, then a variable that splits off a few girls)
    // would otherwise differ by a small group. Each check commits on its own; a refusal after
    // some cells were recorded only records more than was released, which is safe.
    const std::string outcome = outcomeFamily(dataset, *tally.resolved);
    std::vector<CellRelease> cellCells;
    if (!outcome.empty()) {
        CellRelease release { outcome, {} };
        for (std::int32_t b = 0; b + 1 < familyCodeCount(dataset.table, outcome); ++b)
            release.released.push_back(b);
        cellCells.push_back(std::move(release));
    }
    bool refused = false;
    // A cell withheld by its own rules (min-cell, dominance) is recorded too, as a cohort
    // without cells (none was released): the withholding is a release about the cell's records,
    // and the same cell one record larger, in the evaluation of another study whose cohort holds
    // that record, met a ledger that held neither cell; withheld against released told the
    // record's value (docs/privacy-rules.md, "review15"). A cell below min_cohort is withheld by
    // its size alone, which its membership decides, as a cohort's min-cohort refusal (not
    // recorded: *The fifth independent review*); a cell withheld by `complement` passed its own
    // rules, and recording it (the cohort less the small cells) would refuse every evaluation
    // with a level below min_cohort (left: docs/privacy-rules.md, "review15").
    for (std::size_t index : ruleWithheld) {
        if (refused)
            break;
        const analysis::DesignMatrix &cell = tally.subgroups[index].design;
        if (cell.n() < m_gate->policy().minCohort)
            continue;
        const NodeResult<analysis::RuleOutcome> verdict
            = m_ledger->checkAndRecord(dataset, cell.rows.toVector(), {}, user);
        if (!verdict)
            return ledgerFailure();
        audit.add(*verdict);
        verdicts.push_back(*verdict);
        refused = !verdict->passed;
    }
    for (std::size_t index : released) {
        if (refused)
            break;
        const NodeResult<analysis::RuleOutcome> verdict = m_ledger->checkAndRecord(
            dataset, tally.subgroups[index].design.rows.toVector(), cellCells, user);
        if (!verdict)
            return ledgerFailure();
        audit.add(*verdict);
        verdicts.push_back(*verdict);
        if (!verdict->passed) {
            refused = true;
            break;
        }
    }
    std::vector<std::int32_t> codes;
    for (std::size_t index : released) {
        if (tally.subgroups[index].code >= 0)
            codes.push_back(tally.subgroups[index].code);
    }
    std::sort(codes.begin(), codes.end());
    // The bins released, the cohort's and each released cell's, in the dataset's bin ledger
    // (docs/privacy-rules.md "Evaluations of several β"): a boundary near an earlier release is
    // dropped, the two bins released merged; then the answer is made again at the edges kept.
    const int minCell = m_gate->policy().minCell;
    std::vector<std::size_t> binned; // the cells whose bins go along with the cohort's
    std::vector<RiskBins> riskBins;
    std::vector<std::vector<int>> candidates;
    auto addBins = [&](const analysis::DesignMatrix &d, const analysis::PerformanceBins &b) {
        auto risk = riskBinsOf(d, beta, b, minCell);
        if (!risk)
            return false;
        candidates.push_back(risk->edges);
        riskBins.push_back(std::move(*risk));
        return true;
    };
    auto redoAtKeptEdges = [&]() -> std::optional<ApiResponse> {
        bool same = true;
        for (std::size_t i = 0; i < riskBins.size(); ++i)
            same = same && riskBins[i].edges == candidates[i];
        if (same)
            return std::nullopt;
        tally.binEdges = riskBins.front().edges;
        for (std::size_t i = 0; i < binned.size(); ++i)
            tally.subgroups[binned[i]].binEdges = riskBins[i + 1].edges;
        audit.release = before;
        for (std::size_t i = 0; i < riskBins.size(); ++i)
            audit.add(riskBinsKept(candidates[i], riskBins[i].edges, minCell));
        answer = m_gate->evaluation(tally, design.n(), audit.release);
        audit.add(verdicts);
        if (answer.status() != 200)
            return respond(answer);
        return std::nullopt;
    };
    if (!addBins(design, tally.bins))
        return respond(m_gate->dataFailure(audit.release));
    if (!refused && !released.empty()) {
        for (std::size_t index : released) {
            if (!addBins(tally.subgroups[index].design, tally.subgroups[index].bins))
                return respond(m_gate->dataFailure(audit.release));
            binned.push_back(index);
        }
        std::vector<CellRelease> withSubgroups = ledgerCells;
        for (CellRelease &c : subgroupLedgerCells(dataset, *tally.resolved, request, codes))
            withSubgroups.push_back(std::move(c));
        const NodeResult<analysis::RuleOutcome> verdict = m_ledger->checkAndRecordEvaluation(
            dataset, design.rows.toVector(), *tally.resolved, withSubgroups, riskBins, user);
        if (!verdict)
            return ledgerFailure();
        audit.add(*verdict);
        verdicts.push_back(*verdict);
        if (verdict->passed) {
            if (auto redone = redoAtKeptEdges())
                return *redone;
            return respond(answer);
        }
        refused = true;
        // Only the cohort's bins go along now: the edges as the merge chose them.
        riskBins.resize(1);
        candidates.resize(1);
        riskBins.front().edges = candidates.front();
        binned.clear();
    }
    if (refused) {
        // The cells would split an earlier release: the evaluation without them, every cell
        // withheld by "differencing".
        released.clear();
        tally.subgroupsWithheldBy = QStringLiteral("differencing");
        answer = m_gate->evaluation(tally, design.n(), audit.release);
        if (answer.status() != 200)
            return respond(answer);
    }
    const NodeResult<analysis::RuleOutcome> verdict = m_ledger->checkAndRecordEvaluation(
        dataset, design.rows.toVector(), *tally.resolved, ledgerCells, riskBins, user);
    if (auto refusal = differencingRefusal(verdict, audit))
        return *refusal;
    verdicts.push_back(*verdict);
    if (auto redone = redoAtKeptEdges())
        return *redone;
    return respond(answer);
}

} // namespace fairstart::node

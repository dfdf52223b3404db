// SPDX-License-Identifier: GPL-3.0-or-later
// Numbers a design breaks a numeric variable at (winsor bounds, a binomial outcome's threshold,
// spline knots) against the node's own histogram of that variable (rule "breakpoint-bound",
// docs/privacy-rules.md "Breakpoints on the node's edges"), and the edges helpers that the
// filter rule shares (breakpointbounds.h).
#include "release/breakpointbounds.h"

#include "release/ledgercarry.h" // factGhostValues
#include "release/releasegate.h"

#include "fairstart/node/tr.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace fairstart::node {

std::vector<double> consentedEdges(const LoadedDataset &data, const std::string &variable,
                                   int minCell, double *step)
{
    const analysis::Column &column = *data.table.column(variable);
    const std::vector<std::uint8_t> every = everyPurposeRecords(data);
    std::vector<double> values;
    for (std::size_t r = 0; r < every.size() && r < column.size(); ++r) {
        if (every[r] && !column.isMissing(r))
            values.push_back(column.numeric[r]);
    }
    // The records a re-import removed that still count in the facts (release/ledgercarry.h,
    // FactGhosts): an erasure moves no edge (docs/privacy-rules.md "Removed records in the facts").
    for (const double g : factGhostValues(data, variable))
        values.push_back(g);
    const double lattice = datasetHistogramStep(data, variable);
    if (step)
        *step = lattice;
    const analysis::MergedHistogram canonical = analysis::latticeHistogram(
        std::move(values), lattice, -std::numeric_limits<double>::infinity(),
        std::numeric_limits<double>::infinity(), minCell);
    return canonical.ok() ? canonical.edges : std::vector<double>();
}

int edgeIndex(const std::vector<double> &edges, double step, double value)
{
    const double tolerance = step * 1e-6;
    for (std::size_t e = 0; e < edges.size(); ++e) {
        if (std::abs(edges[e] - value) <= tolerance)
            return int(e);
    }
    return -1;
}

namespace {

QString edgeText(double value)
{
    return QString::number(value, 'g', 10);
}

} // namespace

QString nearestAllowed(const std::vector<double> &edges, double step, double value,
                       std::size_t first, std::size_t last)
{
    const double tolerance = step * 1e-6;
    std::optional<double> below, above;
    for (std::size_t e = first; e < last && e < edges.size(); ++e) {
        if (edges[e] < value - tolerance)
            below = edges[e];
        else if (edges[e] > value + tolerance && !above)
            above = edges[e];
    }
    if (below && above)
        return Tr::tr("The nearest allowed values are %1 and %2.")
            .arg(edgeText(*below), edgeText(*above));
    const double only = below ? *below : above ? *above : edges.at(first);
    return Tr::tr("The nearest allowed value is %1.").arg(edgeText(only));
}

std::optional<GateAnswer> ReleaseGate::breakpointBounds(const LoadedDataset &data,
                                                        const analysis::ResolvedDesign &design,
                                                        ReleaseRecord &record) const
{
    const int minCell = m_policy.minCell;
    // Standardisations (rule "scaling-bound", whatever filter_bounds_on_edges says: no
    // administrator means to allow a threshold anywhere). scale(x) is (x − c) / s with the
    // request's mean c and SD s, computed in doubles: with s tiny the quotient overflows to −inf
    // below c and +inf above it (0 at c), with |c| huge x − c rounds every x to a few values,
    // and the product of two scaled columns (an interaction) over- or underflows wherever the
    // request likes, so the column is a step at a point the request chooses, which the cell rule
    // then classifies: whether 1–9 records lie beyond c bisected the site's highest value to
    // 1e-4 in 30 dry runs (docs/privacy-rules.md, "The sixth independent review"). So c and s
    // must keep the map exact and its values, squares and products finite and normal on the
    // scale of the node's histogram lattice of x, whose step δ is over the records of every
    // purpose, the same for every cohort, purpose and request (kept with the dataset, released
    // with every histogram of x): δ·2⁻⁶⁰ ≤ s ≤ δ·2¹⁰⁰ and |c| ≤ δ·2⁴². A record within δ·2⁴⁴⁰
    // of 0 then has a scaled value below 2⁵⁰², its square and a product below 2¹⁰⁰⁴; a point a
    // lattice step from c one above 2⁻¹⁰⁰; ulp(c) is at most δ·2⁻¹⁰, so no two values a step
    // apart merge in x − c (a value beyond δ·2⁴⁴⁰ dominates the dataset, which the dataset-
    // dominance rule refuses anyway). An honest federated mean and SD are within a few spreads
    // of the values and a lattice step is a fraction of a spread: never 10¹² steps or 10⁻¹⁸ of
    // one.
    bool scaled = false;
    for (std::size_t i = 0; i < design.spec.predictors.size(); ++i) {
        const analysis::Predictor &p = design.spec.predictors[i];
        if (p.transform != analysis::Transform::Standardise)
            continue;
        const VariableInfo *meta = data.info.variable(QString::fromStdString(p.variable));
        const analysis::Column *column = data.table.column(p.variable);
        const auto scaling = design.scaling.find(p.variable);
        if (!meta || meta->kind != VariableKind::Numeric || !column
            || column->kind != analysis::ColumnKind::Numeric || scaling == design.scaling.end())
            continue; // a 0/1 variable standardised: its cells are the cell rule's
        scaled = true;
        const double step = datasetHistogramStep(data, p.variable);
        const auto [c, sd] = scaling->second;
        const QString name = QString::fromStdString(p.variable);
        const bool fits = step > 0 && std::isfinite(step) && sd >= std::ldexp(step, -60)
            && sd <= std::ldexp(step, 100) && std::abs(c) <= std::ldexp(step, 42);
        if (!fits) {
            return refuseBound(
                "scaling-bound", QStringLiteral("predictors[%1]").arg(i),
                Tr::tr("The mean %1 and SD %2 of scale(%3) are not allowed: they are too far "
                       "from the scale of %3 at this site (the step of its histogram), "
                       "where a standardisation would no longer be exact. Standardise with the "
                       "mean and SD of %3 over the sites (the client resolves them from the "
                       "sites' descriptives).")
                    .arg(QString::number(c, 'g', 10), QString::number(sd, 'g', 10), name),
                record);
        }
    }
    if (scaled) {
        analysis::RuleOutcome outcome;
        outcome.ruleId = "scaling-bound";
        outcome.threshold = minCell;
        outcome.passed = true;
        record.add(outcome);
    }
    if (!m_policy.filterBoundsOnEdges)
        return std::nullopt; // the administrator allowed any number (filter_bounds_on_edges = no)
    auto refuseWith = [&](const QString &detail, const QString &message) {
        return refuseBound("breakpoint-bound", detail, message, record);
    };
    // The edges of a numeric variable, or nullptr for a variable the rule does not concern.
    struct Edges {
        std::vector<double> edges;
        double step = 0;
    };
    auto edgesOf = [&](const std::string &variable) -> std::optional<Edges> {
        const VariableInfo *meta = data.info.variable(QString::fromStdString(variable));
        const analysis::Column *column = data.table.column(variable);
        if (!meta || meta->kind != VariableKind::Numeric || !column
            || column->kind != analysis::ColumnKind::Numeric)
            return std::nullopt;
        Edges out;
        out.edges = consentedEdges(data, variable, minCell, &out.step);
        return out;
    };
    auto why = [](const QString &name) {
        return Tr::tr("Winsor bounds and an outcome threshold on a numeric variable must be "
                      "edges of the node's histogram of %1 (describe %1 to see them; an upper "
                      "bound or a threshold not its highest edge), so that a refusal never "
                      "tells where a record's value lies.")
            .arg(name);
    };
    auto tooFew = [&](const QString &where, const QString &name) {
        return refuseWith(where,
                          Tr::tr("The variable %1 holds too few distinct records at this site "
                                 "for a bound, threshold or knot on it (the node's histogram of "
                                 "it has too few edges). Leave the transform out at this site.")
                              .arg(name));
    };
    bool any = false;
    for (std::size_t i = 0; i < design.spec.predictors.size(); ++i) {
        const analysis::Predictor &p = design.spec.predictors[i];
        if (p.transform != analysis::Transform::Winsorise
            && p.transform != analysis::Transform::Spline)
            continue;
        const auto found = edgesOf(p.variable);
        if (!found)
            continue;
        any = true;
        const QString name = QString::fromStdString(p.variable);
        const QString where = QStringLiteral("predictors[%1]").arg(i);
        const std::vector<double> &edges = found->edges;
        const double step = found->step;
        if (p.transform == analysis::Transform::Winsorise) {
            // Both bounds at edges, neither the highest (records above it could be 1-9), the
            // lower below the upper.
            if (edges.size() < 3)
                return tooFew(where, name);
            const std::size_t usable = edges.size() - 1;
            for (const auto &[value, field] : { std::pair { p.lower, QStringLiteral("lower") },
                                                std::pair { p.upper, QStringLiteral("upper") } }) {
                const int at = edgeIndex(edges, step, value);
                if (at < 0 || at + 1 == int(edges.size())) {
                    const QString highest = at < 0
                        ? QString()
                        : Tr::tr(" A bound cannot be the highest edge: the records above it "
                                 "could be too few.");
                    return refuseWith(where + QLatin1Char('.') + field,
                                      Tr::tr("The bound %1 of winsor(%2, …) is not allowed.")
                                              .arg(QString::number(value, 'g', 10), name)
                                          + highest + QLatin1Char(' ') + why(name)
                                          + QLatin1Char(' ')
                                          + nearestAllowed(edges, step, value, 0, usable));
                }
            }
            if (!(edgeIndex(edges, step, p.lower) < edgeIndex(edges, step, p.upper))) {
                return refuseWith(where,
                                  Tr::tr("winsor(%1, …) needs a lower bound below its upper "
                                         "bound, at two different edges of the node's "
                                         "histogram of %1.")
                                      .arg(name));
            }
            continue;
        }
        // Spline knots: edges of the histogram, from its lowest edge to below its highest, so
        // that at least min_cell consented records lie on each side of every knot and between
        // any two allowed knots whatever the data between the edges: a refusal of the breakpoint
        // ledger (a knot b' next to a released knot b) then never tells where a record lies
        // between two edges (docs/privacy-rules.md "Breakpoints on the node's edges"). The
        // client places knots on a lattice common to every site (client::chooseKnots).
        const auto knots = design.knots.find(p.variable);
        if (knots == design.knots.end())
            continue;
        if (edges.size() < 2)
            return tooFew(where, name);
        for (std::size_t k = 0; k < knots->second.size(); ++k) {
            const double knot = knots->second[k];
            const int at = edgeIndex(edges, step, knot);
            if (at >= 0 && at + 1 < int(edges.size()))
                continue;
            const QString highest = at < 0
                ? QString()
                : Tr::tr(" A knot cannot be the highest edge: the records above it could be too "
                         "few.");
            return refuseWith(
                QStringLiteral("knots.%1[%2]").arg(name).arg(k),
                Tr::tr("The knot %1 of the spline of %2 is not allowed.")
                        .arg(QString::number(knot, 'g', 10), name)
                    + highest + QLatin1Char(' ')
                    + Tr::tr("Spline knots must be edges of the node's histogram of %1 (from %2 "
                             "to below %3; describe %1 to see them, or let the client place "
                             "the knots on the edges every site shares), so that a refusal "
                             "never tells where a record's value lies.")
                          .arg(name, QString::number(edges.front(), 'g', 10),
                               QString::number(edges.back(), 'g', 10))
                    + QLatin1Char(' ') + nearestAllowed(edges, step, knot, 0, edges.size() - 1));
        }
    }
    // The outcome's threshold (y = 1 when x > t): an edge, not the highest.
    if (design.spec.outcome.threshold) {
        if (const auto found = edgesOf(design.spec.outcome.variable)) {
            any = true;
            const QString name = QString::fromStdString(design.spec.outcome.variable);
            const double t = *design.spec.outcome.threshold;
            const std::vector<double> &edges = found->edges;
            if (edges.size() < 2)
                return tooFew(QStringLiteral("outcome.threshold"), name);
            const int at = edgeIndex(edges, found->step, t);
            if (at < 0 || at + 1 == int(edges.size())) {
                const QString highest = at < 0
                    ? QString()
                    : Tr::tr(" A threshold cannot be the highest edge: the records above it "
                             "could be too few.");
                return refuseWith(QStringLiteral("outcome.threshold"),
                                  Tr::tr("The outcome threshold %1 of %2 is not allowed.")
                                          .arg(QString::number(t, 'g', 10), name)
                                      + highest + QLatin1Char(' ') + why(name) + QLatin1Char(' ')
                                      + nearestAllowed(edges, found->step, t, 0, edges.size() - 1));
            }
        }
    }
    if (any) {
        analysis::RuleOutcome outcome;
        outcome.ruleId = "breakpoint-bound";
        outcome.threshold = minCell;
        outcome.passed = true;
        record.add(outcome);
    }
    return std::nullopt;
}

std::optional<GateAnswer> ReleaseGate::subgroupBounds(const LoadedDataset &data,
                                                      const std::string &variable,
                                                      const std::vector<double> &edges,
                                                      ReleaseRecord &record) const
{
    if (!m_policy.filterBoundsOnEdges || edges.empty())
        return std::nullopt; // the administrator allowed any number (filter_bounds_on_edges = no)
    const VariableInfo *meta = data.info.variable(QString::fromStdString(variable));
    const analysis::Column *column = data.table.column(variable);
    if (!meta || meta->kind != VariableKind::Numeric || !column
        || column->kind != analysis::ColumnKind::Numeric)
        return std::nullopt; // levels: checkSubgroupRequest refuses edges on them
    const QString name = QString::fromStdString(variable);
    double step = 0;
    const std::vector<double> allowed = consentedEdges(data, variable, m_policy.minCell, &step);
    if (allowed.size() < 2) {
        return refuseBound("filter-bound", QStringLiteral("subgroup_edges"),
                           Tr::tr("The variable %1 holds too few distinct records at this site "
                                  "for subgroup cells by it (the node's histogram of it has no "
                                  "edges). Choose another subgroup variable.")
                               .arg(name),
                           record);
    }
    // Any edge of the histogram, the highest too: the cells are closed below and open above
    // (subgroups.cpp), so the cell outside the edges holds the records below the first edge and
    // those at or above the last, at least min_cell consented records on each side of every
    // edge (the lowest has min_cell below it, the highest min_cell at or above it). Before the
    // cells were half-open, the last cell was closed and its edge could not be the highest: the
    // records above it could be 1–9 (tst_attacks subgroupEdgeBisectsMaximum).
    int previous = -1;
    for (std::size_t i = 0; i < edges.size(); ++i) {
        const int at = edgeIndex(allowed, step, edges[i]);
        if (at < 0) {
            return refuseBound(
                "filter-bound", QStringLiteral("subgroup_edges[%1]").arg(i),
                Tr::tr("The edge %1 of the subgroup cells of %2 is not allowed.")
                        .arg(edgeText(edges[i]), name)
                    + QLatin1Char(' ')
                    + Tr::tr("Subgroup edges of a numeric variable must be edges of the node's "
                             "histogram of %1 (describe %1 to see them), so that which cells "
                             "are withheld never tells where a record's value lies.")
                          .arg(name)
                    + QLatin1Char(' ') + nearestAllowed(allowed, step, edges[i], 0, allowed.size()),
                record);
        }
        if (at <= previous) {
            return refuseBound("filter-bound", QStringLiteral("subgroup_edges"),
                               Tr::tr("The subgroup edges of %1 must increase, each at another "
                                      "edge of the node's histogram of %1.")
                                   .arg(name),
                               record);
        }
        previous = at;
    }
    analysis::RuleOutcome outcome;
    outcome.ruleId = "filter-bound";
    outcome.threshold = m_policy.minCell;
    outcome.passed = true;
    record.add(outcome);
    return std::nullopt;
}

} // namespace fairstart::node

// SPDX-License-Identifier: GPL-3.0-or-later
// The checks of a request against the catalogue's metadata (names, kinds, levels) and the rules
// of the specification, and the selection of a model's cohort. Nothing here before modelCohort
// reads a record, so these answers may name what the request got wrong: they describe the
// request and the catalogue, which the analyst sees anyway.
#include "common_p.h"

#include "release/datasetdominance.h"
#include "release/ledgercarry.h"

#include "fairstart/analysis/modelvariables.h"
#include "fairstart/analysis/numbers.h"

namespace fairstart::node::api {

namespace {

ApiResponse invalidDesign(const QString &code, const QString &message, const QString &where)
{
    return badRequest(code, message, where.left(200));
}

// The levels a record of the variable can hold, by the catalogue; empty for numeric variables.
QStringList catalogueLevels(const VariableInfo &variable)
{
    if (variable.kind == VariableKind::Categorical)
        return variable.levels;
    if (variable.kind == VariableKind::Binary)
        return { QStringLiteral("0"), QStringLiteral("1") };
    return {};
}

// Every level the catalogue lists must be in the resolved list (levels of other sites may be
// there as well): then no record can hold a level the design does not know.
std::optional<ApiResponse> checkLevelsCover(const VariableInfo &variable,
                                            const analysis::ResolvedDesign &design,
                                            const QString &where)
{
    const auto it = design.levels.find(variable.name.toStdString());
    for (const QString &level : catalogueLevels(variable)) {
        const std::string name = level.toStdString();
        if (it == design.levels.end()
            || std::find(it->second.begin(), it->second.end(), name) == it->second.end()) {
            return invalidDesign(QStringLiteral("design-levels"),
                                 Tr::tr("The design's levels of a variable lack a level the "
                                        "catalogue lists. Resolve the design again with this "
                                        "site's catalogue."),
                                 where + QStringLiteral(": ") + variable.name.left(100)
                                     + QStringLiteral(" lacks ") + level.left(100));
        }
    }
    return std::nullopt;
}

} // namespace

std::optional<ApiResponse> checkFilters(const DatasetInfo &info,
                                        const std::vector<analysis::Filter> &filters)
{
    for (std::size_t i = 0; i < filters.size(); ++i) {
        const analysis::Filter &filter = filters[i];
        const QString where = QStringLiteral("filters[%1]").arg(i);
        const VariableInfo *variable = analysisVariable(info, filter.variable);
        if (!variable)
            return unknownVariable(info, filter.variable, where);
        if (variable->kind == VariableKind::Categorical && (filter.min || filter.max)) {
            return badRequest(QStringLiteral("invalid-filter"),
                              Tr::tr("A categorical variable is filtered by its levels, not by "
                                     "numeric bounds. Use the levels the catalogue lists."),
                              where);
        }
        for (const std::string &value : filter.values) {
            bool known = false;
            if (variable->kind == VariableKind::Categorical) {
                known = variable->levels.contains(qs(value));
            } else {
                known = analysis::parseNumber(value).has_value(); // the same in every locale
            }
            if (!known) {
                return badRequest(QStringLiteral("invalid-filter"),
                                  Tr::tr("A filter value is not a level of its variable in the "
                                         "catalogue. Use the levels the catalogue lists."),
                                  where + QStringLiteral(".values: ") + qs(value).left(100));
            }
        }
    }
    return std::nullopt;
}

std::optional<ApiResponse> checkDesign(const DatasetInfo &info,
                                       const analysis::ResolvedDesign &design)
{
    const analysis::ModelSpec &spec = design.spec;
    auto unknown = [&info](const std::string &name, const QString &where) {
        return unknownVariable(info, name, where);
    };
    const VariableInfo *outcome = analysisVariable(info, spec.outcome.variable);
    if (!outcome)
        return unknown(spec.outcome.variable, QStringLiteral("outcome"));
    for (std::size_t i = 0; i < spec.predictors.size(); ++i) {
        if (!analysisVariable(info, spec.predictors[i].variable))
            return unknown(spec.predictors[i].variable, QStringLiteral("predictors[%1]").arg(i));
    }
    for (std::size_t i = 0; i < spec.interactions.size(); ++i) {
        if (!analysisVariable(info, spec.interactions[i].a))
            return unknown(spec.interactions[i].a, QStringLiteral("interactions[%1].a").arg(i));
        if (!analysisVariable(info, spec.interactions[i].b))
            return unknown(spec.interactions[i].b, QStringLiteral("interactions[%1].b").arg(i));
    }
    const VariableInfo *offset = nullptr;
    if (!spec.offset.empty()) {
        offset = analysisVariable(info, spec.offset);
        if (!offset)
            return unknown(spec.offset, QStringLiteral("offset"));
    }
    if (auto refused = checkFilters(info, spec.filters))
        return refused;
    // The cohort's further complete-case variables: analysis variables, like a filter's (a
    // consent or identifier column is no variable of the catalogue's to select by). Their number
    // and repeats are the specification's rules (analysis::validate, below).
    for (std::size_t i = 0; i < spec.completeCases.size(); ++i) {
        if (!analysisVariable(info, spec.completeCases[i]))
            return unknown(spec.completeCases[i], QStringLiteral("completeCases[%1]").arg(i));
    }

    // The specification and its resolution (levels, scaling, knots), without the data.
    if (const std::vector<analysis::Error> problems = analysis::checkResolved(design);
        !problems.empty()) {
        const analysis::Error &first = problems.front();
        return badRequest(
            QString::fromLatin1(analysis::errorCodeId(first.code)),
            Tr::tr("The design does not fit this dataset: %1").arg(qs(first.message).left(300)));
    }

    // Each transform must suit its variable's kind in the catalogue.
    for (std::size_t i = 0; i < spec.predictors.size(); ++i) {
        const analysis::Predictor &predictor = spec.predictors[i];
        const VariableInfo &variable = *analysisVariable(info, predictor.variable);
        const QString where = QStringLiteral("predictors[%1]").arg(i);
        const bool factor = predictor.transform == analysis::Transform::Categorical;
        if (variable.kind == VariableKind::Categorical && !factor) {
            return invalidDesign(QStringLiteral("transform-kind"),
                                 Tr::tr("A categorical variable can only be used as a factor "
                                        "(treatment coding). Use it as a factor."),
                                 where + QStringLiteral(": ") + variable.name.left(100));
        }
        if (variable.kind == VariableKind::Binary
            && predictor.transform == analysis::Transform::Log) {
            return invalidDesign(QStringLiteral("transform-kind"),
                                 Tr::tr("log() is undefined at 0, a value of every 0/1 variable. "
                                        "Use the variable as is."),
                                 where + QStringLiteral(": ") + variable.name.left(100));
        }
        if (factor && variable.kind == VariableKind::Numeric) {
            // The catalogue lists no values of a numeric variable, so a level list could only be
            // checked against the records: an oracle for which values exist (the maximum, say).
            return invalidDesign(QStringLiteral("transform-kind"),
                                 Tr::tr("A numeric variable cannot be used as a factor at this "
                                        "node: its values are not in the catalogue. Use it as a "
                                        "number, or ask for a categorical version of it."),
                                 where + QStringLiteral(": ") + variable.name.left(100));
        }
        if (factor) {
            if (auto refused = checkLevelsCover(variable, design, where))
                return refused;
        }
    }

    // The outcome must fit the family by its kind in the catalogue.
    const QString outcomeWhere = QStringLiteral("outcome: ") + outcome->name.left(100);
    switch (spec.family) {
    case analysis::Family::Binomial:
        if (outcome->kind == VariableKind::Numeric && !spec.outcome.threshold) {
            return invalidDesign(QStringLiteral("outcome-kind"),
                                 Tr::tr("A binomial model needs a yes/no outcome: a binary "
                                        "catalogue variable, a categorical one with two levels, "
                                        "or a numeric one with a threshold (I(y > value))."),
                                 outcomeWhere);
        }
        if (outcome->kind == VariableKind::Categorical) {
            const auto it = design.levels.find(spec.outcome.variable);
            if (spec.outcome.threshold || outcome->levels.size() != 2 || it == design.levels.end()
                || it->second.size() != 2) {
                return invalidDesign(QStringLiteral("outcome-kind"),
                                     Tr::tr("A categorical outcome of a binomial model must have "
                                            "exactly the two levels the catalogue lists, and no "
                                            "threshold."),
                                     outcomeWhere);
            }
            if (auto refused = checkLevelsCover(*outcome, design, QStringLiteral("outcome")))
                return refused;
        }
        break;
    case analysis::Family::Poisson:
    case analysis::Family::Gaussian:
        if (outcome->kind == VariableKind::Categorical) {
            return invalidDesign(QStringLiteral("outcome-kind"),
                                 Tr::tr("A categorical outcome can only be modelled with the "
                                        "binomial family."),
                                 outcomeWhere);
        }
        break;
    }
    if (offset && offset->kind != VariableKind::Numeric) {
        return invalidDesign(QStringLiteral("offset-kind"),
                             Tr::tr("The offset must be a numeric variable."),
                             QStringLiteral("offset: ") + offset->name.left(100));
    }
    return std::nullopt;
}

bool withinDomain(const LoadedDataset &dataset, const analysis::ModelSpec &spec,
                  const std::vector<std::uint8_t> &consented)
{
    // Every record of `consented` — the records of every purpose the dataset records
    // (anyPurposeRecords), whatever the filters select: the answer then depends on the dataset
    // and the variable only, the same for every purpose, and neither filters nor two purposes
    // can bisect for a record (docs/privacy-rules.md, "The fourth independent review"). The
    // facts of each column over those records are kept with the table (the preload computes
    // them, issue 16: a pass per column of the first design).
    std::vector<std::uint64_t> bits; // the consent mask as the memo's key, made once
    auto holds = [&](const std::string &name, bool DomainFacts::*fact) {
        const analysis::Column *column = dataset.table.column(name);
        if (!column)
            return false;
        if (column->kind == analysis::ColumnKind::Categorical)
            return true;
        if (bits.empty())
            bits = consentBits(consented);
        return domainFacts(dataset, name, *column, consented, bits).*fact;
    };
    for (const std::string &name : analysis::modelVariables(spec)) {
        if (!holds(name, &DomainFacts::finite))
            return false;
    }
    for (const analysis::Predictor &predictor : spec.predictors) {
        if (predictor.transform == analysis::Transform::Log
            && !holds(predictor.variable, &DomainFacts::positive))
            return false;
    }
    if (spec.family == analysis::Family::Poisson
        && !holds(spec.outcome.variable, &DomainFacts::nonNegative))
        return false;
    if (spec.family == analysis::Family::Binomial && !spec.outcome.threshold
        && !holds(spec.outcome.variable, &DomainFacts::zeroOne))
        return false;
    return true;
}

std::optional<ApiResponse> checkOutcomeValues(const LoadedDataset &dataset,
                                              const analysis::ModelSpec &spec,
                                              const std::vector<std::uint8_t> &consented)
{
    // A Poisson outcome must be counts. Over the records consented for every purpose of the
    // dataset (everyPurposeRecords), never the purpose's own records or the cohort: the answer is
    // then the same for every purpose, filter and design of this outcome, a property of the
    // column that changes only with an import. Whole numbers is the catalogue's `whole_numbers`
    // flag itself (no new bit); "a value below 0" is one more bit of the same kind. A value outside
    // that intersection still ends in withinDomain's refusal, which names nothing.
    if (spec.family != analysis::Family::Poisson || spec.outcome.threshold)
        return std::nullopt;
    const analysis::Column *column = dataset.table.column(spec.outcome.variable);
    if (!column || column->kind != analysis::ColumnKind::Numeric)
        return std::nullopt; // checkDesign refused it, or the domain check will
    // After a re-import that changed only consent: the earlier import's (ledgercarry.h).
    const std::vector<std::uint8_t> every = factRecordsWithin(dataset, consented);
    bool negative = false;
    for (std::size_t i = 0; i < column->size() && i < every.size(); ++i) {
        if (every[i] && !column->isMissing(i) && column->numeric[i] < 0)
            negative = true;
    }
    // The records a re-import removed that still count in the facts (ledgercarry.h, FactGhosts;
    // docs/privacy-rules.md "Removed records in the facts"): an erasure moves neither bit.
    bool ghostNotWhole = false;
    for (const double g : factGhostValues(dataset, spec.outcome.variable)) {
        negative = negative || g < 0;
        ghostNotWhole = ghostNotWhole || g != std::trunc(g);
    }
    const QString where = QStringLiteral("outcome: ") + qs(spec.outcome.variable).left(100);
    if (negative) {
        return errorResponse(422, QStringLiteral("outcome-negative"),
                             Tr::tr("A Poisson model needs counts (0, 1, 2, ...), and this "
                                    "site's outcome has values below 0. Use a Gaussian model "
                                    "for this outcome, or a count variable as the outcome."),
                             where, true);
    }
    if (ghostNotWhole || !everyPurposeWholeNumbers(every, *column)) {
        // R's glm() fits it with a warning per record ("non-integer x") and an AIC of Inf: the
        // Poisson likelihood has no value there. Refused rather than fitted with a finite AIC that
        // differs from R's.
        return errorResponse(422, QStringLiteral("outcome-not-counts"),
                             Tr::tr("A Poisson model needs counts (0, 1, 2, ...), and this "
                                    "site's outcome is not whole numbers (the catalogue says so "
                                    "too). For a rate, use the count as the outcome and "
                                    "log(time at risk) as the offset; for a measurement, use a "
                                    "Gaussian model."),
                             where, true);
    }
    return std::nullopt;
}

std::optional<ModelCohort> modelCohort(const LoadedDataset &dataset,
                                       const analysis::ModelSpec &spec,
                                       const std::vector<std::uint8_t> &consented)
{
    auto filtered = analysis::cohortMask(dataset.table, spec.filters, &consented);
    if (!filtered)
        return std::nullopt;
    ModelCohort cohort;
    cohort.mask = std::move(filtered).value();
    // The complete-case rule of analysis::buildDesign: outcome, predictors, offset and the
    // spec's further complete-case variables.
    std::vector<const analysis::Column *> columns;
    for (const std::string &name : analysis::cohortVariables(spec)) {
        const analysis::Column *column = dataset.table.column(name);
        if (!column)
            return std::nullopt;
        columns.push_back(column);
    }
    // Column by column (one kind, one array each: a tight loop per column, issue 16).
    const std::size_t rows = cohort.mask.size();
    // The bounds are read once: a store through the byte mask may alias anything, so a bound
    // read in the loop's condition was read again per record and kept the loop scalar.
    for (const analysis::Column *column : columns) {
        // A column without a missing value anywhere leaves the mask as it is (issue 16: checked
        // with Eigen's packets, a fraction of the pass it saves).
        if (!column->anyMissing())
            continue;
        std::uint8_t *mask = cohort.mask.data();
        if (column->kind == analysis::ColumnKind::Categorical) {
            const std::int32_t *codes = column->codes.data();
            const std::size_t n = std::min(rows, column->codes.size());
            for (std::size_t i = 0; i < n; ++i)
                mask[i] = codes[i] < 0 ? 0 : mask[i];
        } else {
            const double *values = column->numeric.data();
            const std::size_t n = std::min(rows, column->numeric.size());
            for (std::size_t i = 0; i < n; ++i)
                mask[i] = values[i] != values[i] ? 0 : mask[i];
        }
    }
    for (const std::uint8_t in : cohort.mask)
        cohort.size += in;
    return cohort;
}

} // namespace fairstart::node::api

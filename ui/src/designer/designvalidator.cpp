// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/ui/designer/designvalidator.h"

#include "fairstart/analysis/design.h"
#include "fairstart/analysis/formula.h"
#include "fairstart/ui/tr.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <set>

namespace fairstart::ui {

namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

// A yes/no (binary) variable is a 0/1 number at the node: a predictor as is, not a factor.
bool isCategoricalType(protocol::VariableType t)
{
    return t == protocol::VariableType::Categorical;
}

struct Collector {
    QList<ValidationMessage> messages;
    void error(const QString &code, const QString &text, int block = 0, const QString &site = {})
    {
        messages.append({ ValidationMessage::Error, code, text, block, site });
    }
    void warning(const QString &code, const QString &text, int block = 0, const QString &site = {})
    {
        messages.append({ ValidationMessage::Warning, code, text, block, site });
    }
};

// The block that holds a variable in a given role, for pointing at it on the canvas.
int blockFor(const DesignDocument &doc, BlockKind kind, const std::string &variable)
{
    for (const Block &b : doc.blocks()) {
        if (b.kind != kind)
            continue;
        if ((kind == BlockKind::Predictor && b.predictor.variable == variable)
            || (kind == BlockKind::Outcome && b.outcome.variable == variable))
            return b.id;
    }
    return 0;
}

bool feedsModel(const DesignDocument &doc, int blockId)
{
    const Block *model = doc.modelBlock();
    if (!model)
        return false;
    for (const Link &l : doc.links()) {
        if (l.fromBlock == blockId && l.toBlock == model->id)
            return true;
    }
    return false;
}

// The specification checks of analysis::validate, in translated words and tied to blocks.
void checkSpec(const DesignDocument &doc, const analysis::ModelSpec &spec, Collector &c)
{
    const int modelId = doc.modelBlock() ? doc.modelBlock()->id : 0;
    const std::string &y = spec.outcome.variable;
    const int outcomeId = blockFor(doc, BlockKind::Outcome, y);
    if (spec.outcome.threshold && spec.family != analysis::Family::Binomial)
        c.error(QStringLiteral("spec"),
                Tr::tr("A threshold turns the outcome '%1' into yes/no: choose the logistic "
                       "model or remove the threshold.")
                    .arg(q(y)),
                outcomeId);
    std::set<std::string> seen;
    for (const analysis::Predictor &p : spec.predictors) {
        const int id = blockFor(doc, BlockKind::Predictor, p.variable);
        if (p.variable.empty()) {
            c.error(QStringLiteral("spec"),
                    Tr::tr("A predictor has no variable: choose one in its properties or delete "
                           "the block."),
                    id);
            continue;
        }
        if (!seen.insert(p.variable).second)
            c.error(QStringLiteral("spec"),
                    Tr::tr("'%1' is a predictor more than once: delete one of the blocks.")
                        .arg(q(p.variable)),
                    id);
        if (p.variable == y)
            c.error(
                QStringLiteral("spec"),
                Tr::tr("'%1' is both the outcome and a predictor: delete the predictor.").arg(q(y)),
                id);
        if (!spec.offset.empty() && p.variable == spec.offset)
            c.error(QStringLiteral("spec"),
                    Tr::tr("'%1' is both the offset and a predictor: use it in one role only.")
                        .arg(q(p.variable)),
                    id);
        if (p.transform == analysis::Transform::Spline && (p.knots < 3 || p.knots > 7))
            c.error(QStringLiteral("spec"),
                    Tr::tr("The spline of '%1' has %2 knots: choose between 3 and 7.")
                        .arg(q(p.variable))
                        .arg(p.knots),
                    id);
        if (p.transform == analysis::Transform::Winsorise
            && !(std::isfinite(p.lower) && std::isfinite(p.upper) && p.lower < p.upper))
            c.error(QStringLiteral("spec"),
                    Tr::tr("The bounds for winsorising '%1' must be two numbers with the lower "
                           "below the upper: correct them.")
                        .arg(q(p.variable)),
                    id);
    }
    std::set<std::pair<std::string, std::string>> pairs;
    for (const Block &b : doc.blocks()) {
        if (b.kind != BlockKind::Interaction || !feedsModel(doc, b.id))
            continue;
        int inputs = 0;
        for (const Link &l : doc.links())
            inputs += l.toBlock == b.id ? 1 : 0;
        if (inputs < 2)
            c.error(QStringLiteral("spec"),
                    Tr::tr("An interaction needs two predictors: connect a predictor to each of "
                           "its inputs or delete it."),
                    b.id);
    }
    for (const analysis::Interaction &i : spec.interactions) {
        if (i.a.empty() || i.b.empty())
            continue;
        for (const std::string &v : { i.a, i.b }) {
            if (!seen.count(v))
                c.error(QStringLiteral("spec"),
                        Tr::tr("The interaction %1:%2 uses '%3', which is not connected to the "
                               "model as a predictor: connect '%3' to the model too.")
                            .arg(q(i.a), q(i.b), q(v)),
                        blockFor(doc, BlockKind::Predictor, v));
        }
        auto key = i.a < i.b ? std::pair(i.a, i.b) : std::pair(i.b, i.a);
        if (!pairs.insert(key).second)
            c.error(QStringLiteral("spec"),
                    Tr::tr("The interaction %1:%2 is there twice: delete one.").arg(q(i.a), q(i.b)),
                    modelId);
    }
    int cohortId = 0;
    for (const Block &b : doc.blocks()) {
        if (b.kind == BlockKind::Cohort && feedsModel(doc, b.id))
            cohortId = b.id;
    }
    for (const analysis::Filter &f : spec.filters) {
        if (f.variable.empty()) {
            c.error(QStringLiteral("spec"),
                    Tr::tr("A filter has no variable: choose one or remove the filter."), cohortId);
            continue;
        }
        if (f.min && f.max && *f.min > *f.max)
            c.error(QStringLiteral("spec"),
                    Tr::tr("The filter on '%1' has its minimum above its maximum, so no record "
                           "could pass: correct the bounds.")
                        .arg(q(f.variable)),
                    cohortId);
        if (!f.min && !f.max && f.values.empty())
            c.error(QStringLiteral("spec"),
                    Tr::tr("The filter on '%1' sets no bounds and no values: set one or remove "
                           "the filter.")
                        .arg(q(f.variable)),
                    cohortId);
    }
    if (spec.completeCases.size() > analysis::kMaxCompleteCases)
        c.error(QStringLiteral("spec"),
                Tr::tr("The cohort is pinned to the complete cases of %1 variables; the sites "
                       "take at most %2: pin it to the variables of the largest model only.")
                    .arg(spec.completeCases.size())
                    .arg(analysis::kMaxCompleteCases),
                cohortId);
    if (!spec.offset.empty() && spec.offset == y)
        c.error(QStringLiteral("spec"),
                Tr::tr("'%1' is both the outcome and the offset: choose another offset.").arg(q(y)),
                modelId);
    if (!std::isfinite(spec.ridgeLambda) || spec.ridgeLambda < 0)
        c.error(QStringLiteral("spec"),
                Tr::tr("The ridge penalty must be zero or a positive number."), modelId);
}

} // namespace

int parameterCount(const analysis::ModelSpec &spec, const QList<SiteCatalogue> &sites)
{
    // Levels and kinds from the union of the catalogues.
    std::map<std::string, std::set<std::string>> levels;
    std::map<std::string, bool> categorical;
    for (const SiteCatalogue &s : sites) {
        const protocol::CatalogueDataset *ds = s.dataset();
        if (!ds)
            continue;
        for (const protocol::CatalogueVariable &v : ds->variables) {
            const std::string name = v.name.toStdString();
            categorical[name] = categorical[name] || isCategoricalType(v.type);
            for (const protocol::CatalogueLevel &l : v.levels)
                levels[name].insert(l.name.toStdString());
        }
    }
    analysis::ResolvedDesign design;
    design.spec = spec;
    design.spec.filters.clear();
    for (analysis::Predictor &p : design.spec.predictors) {
        if (!categorical.count(p.variable))
            return 0;
        if (categorical[p.variable] && p.transform == analysis::Transform::AsIs)
            p.transform = analysis::Transform::Categorical;
        switch (p.transform) {
        case analysis::Transform::Categorical: {
            const auto &l = levels[p.variable];
            if (l.size() < 2)
                return 0;
            design.levels[p.variable] = std::vector<std::string>(l.begin(), l.end());
            if (!p.reference.empty() && !l.count(p.reference))
                p.reference.clear();
            break;
        }
        case analysis::Transform::Standardise:
            design.scaling[p.variable] = { 0.0, 1.0 };
            break;
        case analysis::Transform::Spline: {
            if (p.knots < 3 || p.knots > 7)
                return 0;
            std::vector<double> k;
            for (int i = 0; i < p.knots; ++i)
                k.push_back(double(i));
            design.knots[p.variable] = k;
            break;
        }
        default:
            break;
        }
    }
    const auto &y = spec.outcome.variable;
    if (categorical[y] && !spec.outcome.threshold && levels[y].size() >= 2)
        design.levels[y] = std::vector<std::string>(levels[y].begin(), levels[y].end());
    return int(design.termNames().size());
}

QString multipleEvaluationsProblem(const DesignDocument &doc)
{
    const auto count = std::count_if(doc.blocks().begin(), doc.blocks().end(), [](const Block &b) {
        return b.kind == BlockKind::Evaluation;
    });
    if (count < 2)
        return {};
    return Tr::tr("The design has %n Evaluation blocks, but a run uses the settings of one: "
                  "delete the others and keep the one whose settings you want.",
                  nullptr, int(count));
}

QList<ValidationMessage> validateDesign(const DesignDocument &doc,
                                        const QList<SiteCatalogue> &sites)
{
    Collector c;
    // Every Evaluation block after the first is the one pointed at: that is where the settings
    // would have been ignored.
    if (const QString problem = multipleEvaluationsProblem(doc); !problem.isEmpty()) {
        bool first = true;
        for (const Block &b : doc.blocks()) {
            if (b.kind != BlockKind::Evaluation)
                continue;
            if (!first)
                c.error(QStringLiteral("two-evaluations"), problem, b.id);
            first = false;
        }
    }
    const Block *model = doc.modelBlock();
    if (!model) {
        c.error(QStringLiteral("no-model"),
                Tr::tr("The design has no model block: add one with Design ▸ Add block ▸ "
                       "Model."));
        return c.messages;
    }
    const analysis::ModelSpec spec = doc.toSpec();
    if (spec.outcome.variable.empty()) {
        bool outcomeBlock = false;
        for (const Block &b : doc.blocks())
            outcomeBlock = outcomeBlock || b.kind == BlockKind::Outcome;
        c.error(QStringLiteral("no-outcome"),
                outcomeBlock
                    ? Tr::tr("The model has no outcome: choose the outcome's variable and "
                             "connect the outcome block to the model.")
                    : Tr::tr("The model has no outcome: select the variable to predict in the "
                             "catalogue and press Add as outcome (or drag it onto the canvas "
                             "with Shift held)."),
                model->id);
    }
    if (spec.predictors.empty())
        c.error(QStringLiteral("no-predictors"),
                Tr::tr("The model has no predictors: select variables in the catalogue and press "
                       "Add as predictor (or drag them onto the canvas)."),
                model->id);
    for (const Block &b : doc.blocks()) {
        if ((b.kind == BlockKind::Predictor || b.kind == BlockKind::Outcome
             || b.kind == BlockKind::Interaction)
            && !feedsModel(doc, b.id)) {
            bool feedsInteraction = false;
            for (const Link &l : doc.links())
                feedsInteraction = feedsInteraction || l.fromBlock == b.id;
            if (b.kind == BlockKind::Predictor && feedsInteraction)
                continue; // reported by the interaction check when it matters
            c.warning(QStringLiteral("unconnected"),
                      Tr::tr("'%1' is not connected to the model, so it is left out: connect "
                             "it or delete it.")
                          .arg(blockTitle(b)),
                      b.id);
        }
    }
    const int before = int(c.messages.size());
    checkSpec(doc, spec, c);
    // Anything the engine finds that the checks above did not word themselves.
    if (c.messages.size() == before && !spec.outcome.variable.empty()) {
        for (const analysis::Error &e : analysis::validate(spec))
            c.error(QStringLiteral("spec"), q(e.message), model->id);
    }

    // Per site, from the catalogue: metadata only, rounded counts.
    struct Use {
        std::string variable;
        int block;
        enum { Outcome, Predictor, Filter, Offset } role;
        const analysis::Predictor *predictor;
    };
    std::vector<Use> uses;
    if (!spec.outcome.variable.empty())
        uses.push_back({ spec.outcome.variable,
                         blockFor(doc, BlockKind::Outcome, spec.outcome.variable), Use::Outcome,
                         nullptr });
    for (const analysis::Predictor &p : spec.predictors) {
        if (!p.variable.empty())
            uses.push_back({ p.variable, blockFor(doc, BlockKind::Predictor, p.variable),
                             Use::Predictor, &p });
    }
    for (const analysis::Filter &f : spec.filters) {
        if (!f.variable.empty())
            uses.push_back({ f.variable, 0, Use::Filter, nullptr });
    }
    // The cohort's complete-case variables must be at every site as a filter's must.
    for (const std::string &v : spec.completeCases) {
        if (!v.empty())
            uses.push_back({ v, 0, Use::Filter, nullptr });
    }
    if (!spec.offset.empty())
        uses.push_back({ spec.offset, model->id, Use::Offset, nullptr });

    for (const SiteCatalogue &site : sites) {
        if (!site.dataset())
            continue;
        const analysis::DisclosurePolicy policy = site.policy();
        bool allThere = true;
        for (const Use &u : uses) {
            const QString name = q(u.variable);
            const protocol::CatalogueVariable *v = site.variable(name);
            if (!v) {
                allThere = false;
                c.error(QStringLiteral("missing-at-site"),
                        Tr::tr("'%1' is not available at %2: choose another variable or leave "
                               "%2 out of the run.")
                            .arg(name, site.site),
                        u.block, site.site);
                continue;
            }
            const bool cat = isCategoricalType(v->type);
            const bool binary = v->type == protocol::VariableType::Binary;
            if (u.role == Use::Predictor && binary
                && u.predictor->transform != analysis::Transform::AsIs) {
                allThere = false;
                c.error(QStringLiteral("wrong-type"),
                        Tr::tr("'%1' is a yes/no variable at %2 (1 for yes, 0 for no): use it "
                               "as is; the model then estimates the effect of yes against no.")
                            .arg(name, site.site),
                        u.block, site.site);
                continue;
            }
            if (u.role == Use::Predictor) {
                const auto t = u.predictor->transform;
                if (cat && t != analysis::Transform::AsIs
                    && t != analysis::Transform::Categorical) {
                    allThere = false;
                    c.error(QStringLiteral("wrong-type"),
                            Tr::tr("'%1' is categorical at %2, so it cannot be transformed "
                                   "with a log, standardisation, spline or winsorising: treat "
                                   "it as categorical.")
                                .arg(name, site.site),
                            u.block, site.site);
                }
                if (!cat && t == analysis::Transform::Categorical) {
                    allThere = false;
                    c.error(QStringLiteral("wrong-type"),
                            Tr::tr("'%1' is numeric at %2: use it as a number (as is, log, "
                                   "standardised, spline) instead of as categorical.")
                                .arg(name, site.site),
                            u.block, site.site);
                }
                if (cat) {
                    for (const protocol::CatalogueLevel &l : v->levels) {
                        if (!l.count || *l.count < policy.minCell)
                            c.error(QStringLiteral("rare-level"),
                                    Tr::tr("Level '%1' of '%2' has fewer than %3 records at "
                                           "%4, so the node will refuse the model: merge the "
                                           "level with another, filter it out, or leave %4 out.")
                                        .arg(l.name, name)
                                        .arg(policy.minCell)
                                        .arg(site.site),
                                    u.block, site.site);
                    }
                }
            }
            if ((u.role == Use::Offset) && cat) {
                allThere = false;
                c.error(QStringLiteral("wrong-type"),
                        Tr::tr("The offset '%1' is categorical at %2: an offset must be a "
                               "number.")
                            .arg(name, site.site),
                        u.block, site.site);
            }
            if (u.role == Use::Outcome) {
                if (spec.family == analysis::Family::Binomial && !spec.outcome.threshold) {
                    if (binary) {
                        // A yes/no column is what a logistic model needs.
                    } else if (!cat) {
                        allThere = false;
                        c.error(QStringLiteral("wrong-type"),
                                Tr::tr("The outcome '%1' is a number at %2, but a logistic "
                                       "model needs a yes/no outcome: choose a yes/no variable, "
                                       "set \"yes when above\" on the outcome, or choose a "
                                       "Poisson or linear model.")
                                    .arg(name, site.site),
                                u.block, site.site);
                    } else if (v->levels.size() != 2) {
                        allThere = false;
                        c.error(QStringLiteral("wrong-type"),
                                Tr::tr("The outcome '%1' has %2 levels at %3; a logistic model "
                                       "needs exactly two: choose a yes/no outcome.")
                                    .arg(name)
                                    .arg(v->levels.size())
                                    .arg(site.site),
                                u.block, site.site);
                    }
                } else if (cat) {
                    allThere = false;
                    c.error(QStringLiteral("wrong-type"),
                            Tr::tr("The outcome '%1' is categorical at %2: a threshold or a "
                                   "Poisson or linear model needs a numeric outcome.")
                                .arg(name, site.site),
                            u.block, site.site);
                }
            }
        }
        // Events per parameter, from the outcome's rounded level counts.
        if (!allThere || spec.family != analysis::Family::Binomial || spec.outcome.threshold)
            continue;
        const protocol::CatalogueVariable *y = site.variable(q(spec.outcome.variable));
        if (!y || y->levels.size() != 2)
            continue;
        const int p = parameterCount(spec, { site });
        if (p <= 0)
            continue;
        const auto a = y->levels.at(0).count;
        const auto b = y->levels.at(1).count;
        const qint64 events = std::min(a.value_or(0), b.value_or(0));
        if (events < qint64(p) * policy.eventsPerParameter)
            c.error(QStringLiteral("events-per-parameter"),
                    Tr::tr("At %1 the rarer outcome class has about %2 records for %3 "
                           "parameters; the node needs at least %4 per parameter: use fewer "
                           "predictors or levels, or leave %1 out.")
                        .arg(site.site)
                        .arg(events)
                        .arg(p)
                        .arg(policy.eventsPerParameter),
                    model->id, site.site);
    }
    std::stable_sort(c.messages.begin(), c.messages.end(),
                     [](const ValidationMessage &x, const ValidationMessage &y) {
                         return x.severity < y.severity;
                     });
    return c.messages;
}

bool hasErrors(const QList<ValidationMessage> &messages)
{
    return std::any_of(messages.begin(), messages.end(), [](const ValidationMessage &m) {
        return m.severity == ValidationMessage::Error;
    });
}

} // namespace fairstart::ui

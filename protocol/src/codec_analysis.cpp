// SPDX-License-Identifier: GPL-3.0-or-later
// Codecs of the analysis library's types: model specifications, resolved designs, round
// statistics, cohort counts, fitted models and performance metrics.
#include "fairstart/protocol/codec.h"

#include "codec_util.h"
#include "jsonreader.h"

#include <QCryptographicHash>

#include <QJsonArray>
#include <QJsonDocument>
#include <openssl/evp.h>

#include <cmath>
#include <limits>
#include <optional>
#include <utility>

namespace fairstart::protocol {

using detail::Reader;
using namespace detail::util;

// ---- canonical form --------------------------------------------------------------------------

namespace {

// The keys of every object in `value` (a key written twice in the text is one key here: the
// parser keeps the last). Nesting is bounded by the parser's own limit.
qsizetype keysIn(const QJsonValue &value)
{
    qsizetype n = 0;
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        n += o.size();
        for (auto it = o.begin(); it != o.end(); ++it)
            n += keysIn(it.value());
    } else if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            n += keysIn(v);
    }
    return n;
}

// The keys written in a JSON text: in JSON a ':' outside a string follows a key and nothing else.
qsizetype keysInText(const QByteArray &json)
{
    qsizetype n = 0;
    bool inString = false, escaped = false;
    for (const char c : json) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == ':') {
            ++n;
        }
    }
    return n;
}

} // namespace

Decoded<QJsonObject> parseObject(const QByteArray &body, qint64 maxBytes)
{
    if (body.size() > maxBytes)
        return DecodeError { {}, QStringLiteral("the body is larger than %1 bytes").arg(maxBytes) };
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return DecodeError { {},
                             QStringLiteral("not valid JSON (%1 at byte %2)")
                                 .arg(error.errorString())
                                 .arg(error.offset) };
    if (!doc.isObject())
        return DecodeError { {}, QStringLiteral("must be a JSON object") };
    // A key written twice in one object: the parser keeps the last, another reader may keep the
    // first, so the node and a client (or an audit reader) could read two different requests
    // from the same bytes. Refused: every key once.
    if (keysInText(body) != keysIn(doc.object()))
        return DecodeError { {},
                             QStringLiteral("a key appears twice in one object; write every key "
                                            "once") };
    return doc.object();
}

// OpenSSL's SHA-256 (SHA-NI where the CPU has it): 0.17 ms for 300 kB against Qt 6.4's own 2.0 ms
// on this machine. A node hashes every answer it releases (the gate, its check in the dispatcher,
// the audit entry), every design and β (docs/performance.md, "concurrent2"). The same digest.
QByteArray sha256(QByteArrayView bytes)
{
    static EVP_MD *const md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    if (md && EVP_Digest(bytes.data(), std::size_t(bytes.size()), out, &size, md, nullptr) == 1
        && size == 32)
        return QByteArray(reinterpret_cast<const char *>(out), 32);
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

QString sha256Hex(const QByteArray &bytes)
{
    return QStringLiteral("sha256:") + QString::fromLatin1(sha256(bytes).toHex());
}

QString designHash(const analysis::ResolvedDesign &design)
{
    // A node hashes a job's design five times in the request that opens it (the manifest's
    // check, the design cache's key, the design's rules, the ledger's digest; ~2 % of a node's
    // CPU at 10 sites, issue 16, branch sites9): the last design hashed on this thread is kept
    // with its hash. Equal designs (operator==) have the same canonical JSON: every number in it
    // is a JSON number, and the canonical form writes -0 as 0 (a NaN is never equal: hashed).
    thread_local std::optional<std::pair<analysis::ResolvedDesign, QString>> last;
    if (last && last->first == design)
        return last->second;
    QString hash = sha256Hex(canonicalJson(toJson(design)));
    last.emplace(design, hash);
    return hash;
}

// ---- model specification ---------------------------------------------------------------------

QJsonObject toJson(const analysis::ModelSpec &spec)
{
    QJsonObject outcome { { QStringLiteral("variable"), qs(spec.outcome.variable) } };
    if (spec.outcome.threshold)
        outcome.insert(QStringLiteral("threshold"), *spec.outcome.threshold);

    QJsonArray predictors;
    for (const analysis::Predictor &p : spec.predictors) {
        QJsonObject o { { QStringLiteral("variable"), qs(p.variable) },
                        { QStringLiteral("transform"),
                          QString::fromLatin1(analysis::transformId(p.transform)) } };
        switch (p.transform) {
        case analysis::Transform::Spline:
            o.insert(QStringLiteral("knots"), p.knots);
            break;
        case analysis::Transform::Winsorise:
            o.insert(QStringLiteral("lower"), p.lower);
            o.insert(QStringLiteral("upper"), p.upper);
            break;
        case analysis::Transform::Categorical:
            if (!p.reference.empty())
                o.insert(QStringLiteral("reference"), qs(p.reference));
            break;
        default:
            break;
        }
        predictors.append(o);
    }
    QJsonArray interactions;
    for (const analysis::Interaction &i : spec.interactions)
        interactions.append(
            QJsonObject { { QStringLiteral("a"), qs(i.a) }, { QStringLiteral("b"), qs(i.b) } });

    QJsonObject o { { QStringLiteral("outcome"), outcome },
                    { QStringLiteral("family"),
                      QString::fromLatin1(analysis::familyId(spec.family)) },
                    { QStringLiteral("predictors"), predictors },
                    { QStringLiteral("interactions"), interactions },
                    { QStringLiteral("filters"), filtersToJson(spec.filters) } };
    if (!spec.offset.empty())
        o.insert(QStringLiteral("offset"), qs(spec.offset));
    if (spec.ridgeLambda != 0)
        o.insert(QStringLiteral("ridge_lambda"), spec.ridgeLambda);
    // Only when set: a spec without it keeps its canonical form and design hash, and a node
    // that does not know the field refuses a spec that has it (an unknown field) instead of
    // fitting another cohort.
    if (!spec.completeCases.empty())
        o.insert(QStringLiteral("complete_cases"), toJsonArray(spec.completeCases));
    return o;
}

namespace detail::util {

QJsonArray filtersToJson(const std::vector<analysis::Filter> &filters)
{
    QJsonArray out;
    for (const analysis::Filter &f : filters) {
        QJsonObject o { { QStringLiteral("variable"), qs(f.variable) } };
        if (f.min)
            o.insert(QStringLiteral("min"), *f.min);
        if (f.max)
            o.insert(QStringLiteral("max"), *f.max);
        if (!f.values.empty())
            o.insert(QStringLiteral("values"), toJsonArray(f.values));
        out.append(o);
    }
    return out;
}

std::vector<analysis::Filter> readFilters(Reader &r, const QString &key)
{
    std::vector<analysis::Filter> out;
    const QJsonArray a = r.array(key, false);
    for (qsizetype i = 0; i < a.size() && r.ok(); ++i) {
        const QString k = key + QStringLiteral("[%1]").arg(i);
        Reader f = r.child(r.objectAt(a, i, key), k);
        analysis::Filter filter;
        filter.variable = ss(f.string(QStringLiteral("variable")));
        filter.min = f.optNumber(QStringLiteral("min"));
        filter.max = f.optNumber(QStringLiteral("max"));
        for (const QString &v : f.strings(QStringLiteral("values"), false))
            filter.values.push_back(ss(v));
        if (f.ok() && !filter.min && !filter.max && filter.values.empty())
            f.fail(QStringLiteral("variable"), QStringLiteral("a filter needs min, max or values"));
        if (f.ok() && filter.min && filter.max && *filter.min > *filter.max)
            f.fail(QStringLiteral("min"), QStringLiteral("must not be larger than max"));
        f.finish();
        out.push_back(std::move(filter));
    }
    return out;
}

analysis::ModelSpec readSpec(Reader &r)
{
    analysis::ModelSpec spec;
    Reader outcome = r.child(r.object(QStringLiteral("outcome")), QStringLiteral("outcome"));
    spec.outcome.variable = ss(outcome.string(QStringLiteral("variable")));
    spec.outcome.threshold = outcome.optNumber(QStringLiteral("threshold"));
    outcome.finish();

    const QString family = r.string(QStringLiteral("family"));
    if (const auto f = analysis::familyFromId(ss(family)))
        spec.family = *f;
    else if (r.ok())
        r.fail(QStringLiteral("family"), QStringLiteral("must be binomial, poisson or gaussian"));

    const QJsonArray predictors = r.array(QStringLiteral("predictors"));
    for (qsizetype i = 0; i < predictors.size() && r.ok(); ++i) {
        const QString k = QStringLiteral("predictors[%1]").arg(i);
        Reader p = r.child(r.objectAt(predictors, i, QStringLiteral("predictors")), k);
        analysis::Predictor pred;
        pred.variable = ss(p.string(QStringLiteral("variable")));
        const QString transform = p.string(QStringLiteral("transform"));
        if (const auto t = analysis::transformFromId(ss(transform)))
            pred.transform = *t;
        else if (p.ok())
            p.fail(
                QStringLiteral("transform"),
                QStringLiteral("must be asis, log, standardise, spline, winsorise or categorical"));
        if (pred.transform == analysis::Transform::Spline)
            pred.knots = int(p.integer(QStringLiteral("knots"), 3, 7));
        if (pred.transform == analysis::Transform::Winsorise) {
            pred.lower = p.number(QStringLiteral("lower"));
            pred.upper = p.number(QStringLiteral("upper"));
            if (p.ok() && pred.lower >= pred.upper)
                p.fail(QStringLiteral("lower"), QStringLiteral("must be smaller than upper"));
        }
        if (pred.transform == analysis::Transform::Categorical)
            pred.reference = ss(p.optString(QStringLiteral("reference")));
        p.finish(); // knots on a log predictor, say, is an unknown field here
        spec.predictors.push_back(std::move(pred));
    }

    const QJsonArray interactions = r.array(QStringLiteral("interactions"), false);
    for (qsizetype i = 0; i < interactions.size() && r.ok(); ++i) {
        Reader in = r.child(r.objectAt(interactions, i, QStringLiteral("interactions")),
                            QStringLiteral("interactions[%1]").arg(i));
        analysis::Interaction inter;
        inter.a = ss(in.string(QStringLiteral("a")));
        inter.b = ss(in.string(QStringLiteral("b")));
        in.finish();
        spec.interactions.push_back(std::move(inter));
    }
    spec.filters = readFilters(r, QStringLiteral("filters"));
    spec.offset = ss(r.optString(QStringLiteral("offset")));
    spec.ridgeLambda = r.optNumber(QStringLiteral("ridge_lambda")).value_or(0.0);
    if (r.ok() && spec.ridgeLambda < 0)
        r.fail(QStringLiteral("ridge_lambda"), QStringLiteral("must not be negative"));
    const QStringList completeCases = r.strings(QStringLiteral("complete_cases"), false);
    if (r.ok() && completeCases.size() > qsizetype(analysis::kMaxCompleteCases))
        r.fail(QStringLiteral("complete_cases"),
               QStringLiteral("must name at most %1 variables").arg(analysis::kMaxCompleteCases));
    for (const QString &v : completeCases)
        spec.completeCases.push_back(ss(v));
    return spec;
}

analysis::ResolvedDesign readDesign(Reader &r)
{
    analysis::ResolvedDesign design;
    Reader spec = r.child(r.object(QStringLiteral("spec")), QStringLiteral("spec"));
    design.spec = readSpec(spec);
    spec.finish();

    const QJsonObject levels = r.object(QStringLiteral("levels"));
    for (auto it = levels.begin(); it != levels.end() && r.ok(); ++it) {
        Reader l = r.child(QJsonObject { { it.key(), it.value() } }, QStringLiteral("levels"));
        std::vector<std::string> names;
        for (const QString &s : l.strings(it.key()))
            names.push_back(ss(s));
        design.levels[ss(it.key())] = std::move(names);
    }
    const QJsonObject scaling = r.object(QStringLiteral("scaling"));
    for (auto it = scaling.begin(); it != scaling.end() && r.ok(); ++it) {
        Reader s = r.child(it.value().toObject(), QStringLiteral("scaling.") + it.key());
        if (!it.value().isObject()) {
            s.fail({}, QStringLiteral("must be an object with mean and sd"));
            break;
        }
        const double mean = s.number(QStringLiteral("mean"));
        const double sd = s.number(QStringLiteral("sd"));
        s.finish();
        design.scaling[ss(it.key())] = { mean, sd };
    }
    const QJsonObject knots = r.object(QStringLiteral("knots"));
    for (auto it = knots.begin(); it != knots.end() && r.ok(); ++it) {
        Reader k = r.child(QJsonObject { { it.key(), it.value() } }, QStringLiteral("knots"));
        design.knots[ss(it.key())] = k.numbers(it.key());
    }
    return design;
}

} // namespace detail::util

template<> Decoded<analysis::ModelSpec> fromJson(const QJsonObject &object)
{
    Reader r(object);
    return finished(r, readSpec(r));
}

QJsonObject toJson(const analysis::ResolvedDesign &design)
{
    QJsonObject levels;
    for (const auto &[name, values] : design.levels)
        levels.insert(qs(name), toJsonArray(values));
    QJsonObject scaling;
    for (const auto &[name, ms] : design.scaling)
        scaling.insert(qs(name),
                       QJsonObject { { QStringLiteral("mean"), ms.first },
                                     { QStringLiteral("sd"), ms.second } });
    QJsonObject knots;
    for (const auto &[name, values] : design.knots)
        knots.insert(qs(name), toJsonArray(values));
    return QJsonObject { { QStringLiteral("spec"), toJson(design.spec) },
                         { QStringLiteral("levels"), levels },
                         { QStringLiteral("scaling"), scaling },
                         { QStringLiteral("knots"), knots } };
}

template<> Decoded<analysis::ResolvedDesign> fromJson(const QJsonObject &object)
{
    Reader r(object);
    return finished(r, readDesign(r));
}

// ---- statistics ------------------------------------------------------------------------------

QJsonObject toJson(const analysis::CohortCounts &c)
{
    QJsonObject missing;
    for (const auto &[name, count] : c.missingByVariable)
        missing.insert(qs(name), double(count));
    return QJsonObject { { QStringLiteral("total"), double(c.total) },
                         { QStringLiteral("excluded_by_mask"), double(c.excludedByMask) },
                         { QStringLiteral("excluded_by_filters"), double(c.excludedByFilters) },
                         { QStringLiteral("excluded_by_missing"), double(c.excludedByMissing) },
                         { QStringLiteral("missing_by_variable"), missing },
                         { QStringLiteral("used"), double(c.used) } };
}

namespace detail::util {

analysis::CohortCounts readCounts(Reader &r)
{
    analysis::CohortCounts c;
    c.total = r.integer(QStringLiteral("total"));
    c.excludedByMask = r.integer(QStringLiteral("excluded_by_mask"));
    c.excludedByFilters = r.integer(QStringLiteral("excluded_by_filters"));
    c.excludedByMissing = r.integer(QStringLiteral("excluded_by_missing"));
    c.used = r.integer(QStringLiteral("used"));
    const QJsonObject missing = r.object(QStringLiteral("missing_by_variable"));
    Reader m = r.child(missing, QStringLiteral("missing_by_variable"));
    for (auto it = missing.begin(); it != missing.end() && r.ok(); ++it)
        c.missingByVariable[ss(it.key())] = m.integer(it.key());
    m.finish();
    return c;
}

QJsonObject roundStatsToJson(const analysis::RoundStats &s)
{
    return QJsonObject { { QStringLiteral("p"), s.p },
                         { QStringLiteral("xtwx_upper"), toJsonArray(s.xtwxUpper) },
                         { QStringLiteral("score"), toJsonArray(s.score) },
                         { QStringLiteral("deviance"), s.deviance },
                         { QStringLiteral("n"), s.n },
                         { QStringLiteral("events"), s.events },
                         { QStringLiteral("sum_weights"), s.sumWeights },
                         { QStringLiteral("aic_term"), s.aicTerm } };
}

analysis::RoundStats readRoundStats(Reader &r)
{
    analysis::RoundStats s;
    s.p = int(r.integer(QStringLiteral("p"), 1, 10000));
    s.xtwxUpper = r.numbers(QStringLiteral("xtwx_upper"));
    s.score = r.numbers(QStringLiteral("score"));
    s.deviance = r.number(QStringLiteral("deviance"));
    s.n = r.number(QStringLiteral("n"));
    s.events = r.number(QStringLiteral("events"));
    s.sumWeights = r.number(QStringLiteral("sum_weights"));
    s.aicTerm = r.number(QStringLiteral("aic_term"));
    if (r.ok()
        && (s.xtwxUpper.size() != size_t(s.p) * size_t(s.p + 1) / 2
            || s.score.size() != size_t(s.p)))
        r.fail(QStringLiteral("p"),
               QStringLiteral("does not match the sizes of xtwx_upper and score"));
    return s;
}

QJsonObject binsToJson(const analysis::PerformanceBins &b)
{
    QJsonObject o { { QStringLiteral("bins"), b.bins },
                    { QStringLiteral("positives"), toJsonArray(b.positives) },
                    { QStringLiteral("negatives"), toJsonArray(b.negatives) },
                    { QStringLiteral("sum_risk"), toJsonArray(b.sumRisk) },
                    { QStringLiteral("sum_outcome"), toJsonArray(b.sumOutcome) },
                    { QStringLiteral("n"), b.n },
                    { QStringLiteral("sum_y"), b.sumY },
                    { QStringLiteral("sum_p"), b.sumP },
                    { QStringLiteral("sum_squared_error"), b.sumSquaredError } };
    if (!b.sumRiskEvents.empty())
        o.insert(QStringLiteral("sum_risk_events"), toJsonArray(b.sumRiskEvents));
    // Per-class Σ p² (a plain subgroup cell's, when released): both or neither.
    if (!b.sumSquaredRiskEvents.empty() && !b.sumSquaredRiskNonEvents.empty()) {
        o.insert(QStringLiteral("sum_squared_risk_events"), toJsonArray(b.sumSquaredRiskEvents));
        o.insert(QStringLiteral("sum_squared_risk_non_events"),
                 toJsonArray(b.sumSquaredRiskNonEvents));
    }
    return o;
}

analysis::PerformanceBins readBins(Reader &r)
{
    analysis::PerformanceBins b;
    b.bins = int(r.integer(QStringLiteral("bins"), 10, 100000));
    b.positives = r.numbers(QStringLiteral("positives"));
    b.negatives = r.numbers(QStringLiteral("negatives"));
    b.sumRisk = r.numbers(QStringLiteral("sum_risk"));
    b.sumOutcome = r.numbers(QStringLiteral("sum_outcome"));
    b.n = r.number(QStringLiteral("n"));
    b.sumY = r.number(QStringLiteral("sum_y"));
    b.sumP = r.number(QStringLiteral("sum_p"));
    b.sumSquaredError = r.number(QStringLiteral("sum_squared_error"));
    b.sumRiskEvents = r.numbers(QStringLiteral("sum_risk_events"), false);
    const size_t n = size_t(b.bins);
    if (r.ok() && !b.sumRiskEvents.empty() && b.sumRiskEvents.size() != n)
        r.fail(QStringLiteral("sum_risk_events"),
               QStringLiteral("does not match the number of bins"));
    b.sumSquaredRiskEvents = r.numbers(QStringLiteral("sum_squared_risk_events"), false);
    b.sumSquaredRiskNonEvents = r.numbers(QStringLiteral("sum_squared_risk_non_events"), false);
    for (const auto &[key, values] :
         { std::pair { QStringLiteral("sum_squared_risk_events"), &b.sumSquaredRiskEvents },
           std::pair { QStringLiteral("sum_squared_risk_non_events"),
                       &b.sumSquaredRiskNonEvents } }) {
        if (r.ok() && !values->empty() && values->size() != n)
            r.fail(key, QStringLiteral("does not match the number of bins"));
    }
    if (r.ok() && b.sumSquaredRiskEvents.empty() != b.sumSquaredRiskNonEvents.empty())
        r.fail(QStringLiteral("sum_squared_risk_events"),
               QStringLiteral("comes with sum_squared_risk_non_events, or neither is given"));
    if (r.ok()
        && (b.positives.size() != n || b.negatives.size() != n || b.sumRisk.size() != n
            || b.sumOutcome.size() != n))
        r.fail(QStringLiteral("bins"),
               QStringLiteral("does not match the lengths of the bin lists"));
    return b;
}

QJsonObject policyToJson(const analysis::DisclosurePolicy &p)
{
    return QJsonObject { { QStringLiteral("min_cohort"), p.minCohort },
                         { QStringLiteral("min_cell"), p.minCell },
                         { QStringLiteral("min_subset"), p.minSubset },
                         { QStringLiteral("min_overlap_difference"), p.minOverlapDifference },
                         { QStringLiteral("events_per_parameter"), p.eventsPerParameter },
                         { QStringLiteral("min_residual_df"), p.minResidualDf },
                         { QStringLiteral("max_rounds"), p.maxRounds },
                         { QStringLiteral("dominance_share"), p.dominanceShare },
                         { QStringLiteral("dominance_top_k"), p.dominanceTopK } };
}

analysis::DisclosurePolicy readPolicy(Reader &r)
{
    analysis::DisclosurePolicy p;
    p.minCohort = int(r.integer(QStringLiteral("min_cohort"), 1, 1 << 30));
    p.minCell = int(r.integer(QStringLiteral("min_cell"), 1, 1 << 30));
    p.minSubset = int(r.integer(QStringLiteral("min_subset"), 1, 1 << 30));
    p.minOverlapDifference = int(r.integer(QStringLiteral("min_overlap_difference"), 1, 1 << 30));
    p.eventsPerParameter = int(r.integer(QStringLiteral("events_per_parameter"), 1, 1 << 30));
    p.minResidualDf = int(r.integer(QStringLiteral("min_residual_df"), 1, 1 << 30));
    p.maxRounds = int(r.integer(QStringLiteral("max_rounds"), 1, 1 << 30));
    p.dominanceShare = r.number(QStringLiteral("dominance_share"));
    p.dominanceTopK = int(r.integer(QStringLiteral("dominance_top_k"), 1, 1 << 30));
    return p;
}

} // namespace detail::util

template<> Decoded<analysis::CohortCounts> fromJson(const QJsonObject &object)
{
    Reader r(object);
    return finished(r, readCounts(r));
}

// ---- fitted models ---------------------------------------------------------------------------

namespace {

QJsonObject coefficientToJson(const analysis::Coefficient &c)
{
    QJsonObject o {
        { QStringLiteral("term"), qs(c.term) },      { QStringLiteral("estimate"), c.estimate },
        { QStringLiteral("std_error"), c.stdError }, { QStringLiteral("statistic"), c.statistic },
        { QStringLiteral("p_value"), c.pValue },     { QStringLiteral("ci_low"), c.ciLower },
        { QStringLiteral("ci_high"), c.ciUpper }
    };
    if (c.ratio) {
        o.insert(QStringLiteral("ratio"), *c.ratio);
        o.insert(QStringLiteral("ratio_low"), c.ratioLower.value_or(0));
        o.insert(QStringLiteral("ratio_high"), c.ratioUpper.value_or(0));
    }
    return o;
}

} // namespace

QJsonObject toJson(const analysis::GlmResult &g)
{
    QJsonArray coefficients;
    for (const analysis::Coefficient &c : g.coefficients)
        coefficients.append(coefficientToJson(c));
    QJsonArray covariance;
    for (Eigen::Index i = 0; i < g.covariance.rows(); ++i) {
        QJsonArray row;
        for (Eigen::Index j = 0; j < g.covariance.cols(); ++j)
            row.append(g.covariance(i, j));
        covariance.append(row);
    }
    QJsonArray trace;
    for (const analysis::IterationRecord &t : g.trace)
        trace.append(QJsonObject { { QStringLiteral("round"), t.round },
                                   { QStringLiteral("null_model"), t.nullModel },
                                   { QStringLiteral("deviance"), t.deviance },
                                   { QStringLiteral("step_halvings"), t.stepHalvings } });
    QJsonObject o { { QStringLiteral("family"), QString::fromLatin1(analysis::familyId(g.family)) },
                    { QStringLiteral("statistic_name"), qs(g.statisticName) },
                    { QStringLiteral("coefficients"), coefficients },
                    { QStringLiteral("covariance"), covariance },
                    { QStringLiteral("deviance"), g.deviance },
                    { QStringLiteral("aic"), g.aic },
                    { QStringLiteral("dispersion"), g.dispersion },
                    { QStringLiteral("n"), g.n },
                    { QStringLiteral("events"), g.events },
                    { QStringLiteral("residual_df"), g.residualDf },
                    { QStringLiteral("null_df"), g.nullDf },
                    { QStringLiteral("ridge_lambda"), g.ridgeLambda },
                    { QStringLiteral("iterations"), g.rounds },
                    { QStringLiteral("trace"), trace } };
    if (g.nullDeviance)
        o.insert(QStringLiteral("null_deviance"), *g.nullDeviance);
    return o;
}

namespace detail::util {

analysis::GlmResult readGlm(Reader &r)
{
    analysis::GlmResult g;
    if (const auto f = analysis::familyFromId(ss(r.string(QStringLiteral("family")))))
        g.family = *f;
    else if (r.ok())
        r.fail(QStringLiteral("family"), QStringLiteral("must be binomial, poisson or gaussian"));
    g.statisticName = ss(r.string(QStringLiteral("statistic_name")));
    const QJsonArray coefficients = r.array(QStringLiteral("coefficients"));
    for (qsizetype i = 0; i < coefficients.size() && r.ok(); ++i) {
        Reader c = r.child(r.objectAt(coefficients, i, QStringLiteral("coefficients")),
                           QStringLiteral("coefficients[%1]").arg(i));
        analysis::Coefficient co;
        co.term = ss(c.string(QStringLiteral("term")));
        co.estimate = c.number(QStringLiteral("estimate"));
        co.stdError = c.number(QStringLiteral("std_error"));
        co.statistic = c.number(QStringLiteral("statistic"));
        co.pValue = c.number(QStringLiteral("p_value"));
        co.ciLower = c.number(QStringLiteral("ci_low"));
        co.ciUpper = c.number(QStringLiteral("ci_high"));
        co.ratio = c.optNumber(QStringLiteral("ratio"));
        co.ratioLower = c.optNumber(QStringLiteral("ratio_low"));
        co.ratioUpper = c.optNumber(QStringLiteral("ratio_high"));
        c.finish();
        g.coefficients.push_back(std::move(co));
    }
    const qsizetype p = coefficients.size();
    g.beta.resize(p);
    for (qsizetype i = 0; i < p; ++i)
        g.beta[i] = g.coefficients[size_t(i)].estimate;
    const QJsonArray covariance = r.array(QStringLiteral("covariance"));
    if (r.ok() && covariance.size() != p)
        r.fail(QStringLiteral("covariance"), QStringLiteral("must have one row per coefficient"));
    g.covariance.resize(p, p);
    for (qsizetype i = 0; i < p && r.ok(); ++i) {
        const QJsonArray row = covariance.at(i).toArray();
        if (row.size() != p) {
            r.fail(QStringLiteral("covariance[%1]").arg(i),
                   QStringLiteral("must have one value per coefficient"));
            break;
        }
        for (qsizetype j = 0; j < p && r.ok(); ++j)
            g.covariance(i, j) = r.numberAt(row, j, QStringLiteral("covariance[%1]").arg(i));
    }
    g.deviance = r.number(QStringLiteral("deviance"));
    g.nullDeviance = r.optNumber(QStringLiteral("null_deviance"));
    g.aic = r.number(QStringLiteral("aic"));
    g.dispersion = r.number(QStringLiteral("dispersion"));
    g.n = r.number(QStringLiteral("n"));
    g.events = r.number(QStringLiteral("events"));
    g.residualDf = r.number(QStringLiteral("residual_df"));
    g.nullDf = r.number(QStringLiteral("null_df"));
    g.ridgeLambda = r.number(QStringLiteral("ridge_lambda"));
    g.rounds = r.integerOf<int>(QStringLiteral("iterations"));
    const QJsonArray trace = r.array(QStringLiteral("trace"));
    for (qsizetype i = 0; i < trace.size() && r.ok(); ++i) {
        Reader t = r.child(r.objectAt(trace, i, QStringLiteral("trace")),
                           QStringLiteral("trace[%1]").arg(i));
        analysis::IterationRecord rec;
        rec.round = t.integerOf<int>(QStringLiteral("round"));
        rec.nullModel = t.boolean(QStringLiteral("null_model"));
        rec.deviance = t.number(QStringLiteral("deviance"));
        rec.stepHalvings = t.integerOf<int>(QStringLiteral("step_halvings"));
        t.finish();
        g.trace.push_back(rec);
    }
    return g;
}

} // namespace detail::util

template<> Decoded<analysis::GlmResult> fromJson(const QJsonObject &object)
{
    Reader r(object);
    return finished(r, readGlm(r));
}

QJsonObject toJson(const analysis::PerformanceMetrics &m)
{
    QJsonArray roc;
    for (const analysis::RocPoint &p : m.roc)
        roc.append(QJsonObject { { QStringLiteral("threshold"), p.threshold },
                                 { QStringLiteral("sensitivity"), p.sensitivity },
                                 { QStringLiteral("specificity"), p.specificity } });
    QJsonArray calibration;
    for (const analysis::CalibrationGroup &g : m.calibration)
        calibration.append(QJsonObject { { QStringLiteral("count"), g.count },
                                         { QStringLiteral("expected"), g.expected },
                                         { QStringLiteral("observed"), g.observed } });
    QJsonArray thresholds;
    for (const analysis::ThresholdMetrics &t : m.thresholds) {
        QJsonObject o { { QStringLiteral("threshold"), t.threshold },
                        { QStringLiteral("grid_threshold"), t.gridThreshold },
                        { QStringLiteral("sensitivity"), t.sensitivity },
                        { QStringLiteral("specificity"), t.specificity } };
        if (t.ppv)
            o.insert(QStringLiteral("ppv"), *t.ppv);
        if (t.npv)
            o.insert(QStringLiteral("npv"), *t.npv);
        thresholds.append(o);
    }
    QJsonObject out { { QStringLiteral("n"), m.n },
                      { QStringLiteral("events"), m.events },
                      { QStringLiteral("auc"), m.auc },
                      { QStringLiteral("auc_ci"), QJsonArray { m.aucLower, m.aucUpper } },
                      { QStringLiteral("auc_se"), m.aucSe },
                      { QStringLiteral("roc"), roc },
                      { QStringLiteral("auprc"), m.auprc },
                      { QStringLiteral("brier"), m.brier },
                      { QStringLiteral("scaled_brier"), m.scaledBrier },
                      { QStringLiteral("calibration_in_the_large"), m.calibrationInTheLarge },
                      { QStringLiteral("observed_expected_ratio"), m.observedExpectedRatio },
                      { QStringLiteral("calibration"), calibration },
                      { QStringLiteral("e_avg"), m.eAvg },
                      { QStringLiteral("e_max"), m.eMax },
                      { QStringLiteral("thresholds"), thresholds } };
    // A bound only where one exists: a masked evaluation's AUC has none (NaN), and the key is
    // then absent rather than a number that is no bound (docs/protocol.md).
    if (!std::isnan(m.aucBinningErrorBound))
        out.insert(QStringLiteral("auc_binning_error_bound"), m.aucBinningErrorBound);
    return out;
}

namespace detail::util {

analysis::PerformanceMetrics readMetrics(Reader &r)
{
    analysis::PerformanceMetrics m;
    m.n = r.number(QStringLiteral("n"));
    m.events = r.number(QStringLiteral("events"));
    m.auc = r.number(QStringLiteral("auc"));
    const std::vector<double> ci = r.numbers(QStringLiteral("auc_ci"));
    if (r.ok() && ci.size() != 2)
        r.fail(QStringLiteral("auc_ci"), QStringLiteral("must hold two numbers"));
    else if (r.ok()) {
        m.aucLower = ci[0];
        m.aucUpper = ci[1];
    }
    m.aucSe = r.number(QStringLiteral("auc_se"));
    m.aucBinningErrorBound = r.optNumber(QStringLiteral("auc_binning_error_bound"))
                                 .value_or(std::numeric_limits<double>::quiet_NaN());
    const QJsonArray roc = r.array(QStringLiteral("roc"));
    for (qsizetype i = 0; i < roc.size() && r.ok(); ++i) {
        Reader p
            = r.child(r.objectAt(roc, i, QStringLiteral("roc")), QStringLiteral("roc[%1]").arg(i));
        m.roc.push_back({ p.number(QStringLiteral("threshold")),
                          p.number(QStringLiteral("sensitivity")),
                          p.number(QStringLiteral("specificity")) });
        p.finish();
    }
    m.auprc = r.number(QStringLiteral("auprc"));
    m.brier = r.number(QStringLiteral("brier"));
    m.scaledBrier = r.number(QStringLiteral("scaled_brier"));
    m.calibrationInTheLarge = r.number(QStringLiteral("calibration_in_the_large"));
    m.observedExpectedRatio = r.number(QStringLiteral("observed_expected_ratio"));
    const QJsonArray calibration = r.array(QStringLiteral("calibration"));
    for (qsizetype i = 0; i < calibration.size() && r.ok(); ++i) {
        Reader g = r.child(r.objectAt(calibration, i, QStringLiteral("calibration")),
                           QStringLiteral("calibration[%1]").arg(i));
        m.calibration.push_back({ g.number(QStringLiteral("count")),
                                  g.number(QStringLiteral("expected")),
                                  g.number(QStringLiteral("observed")) });
        g.finish();
    }
    m.eAvg = r.number(QStringLiteral("e_avg"));
    m.eMax = r.number(QStringLiteral("e_max"));
    const QJsonArray thresholds = r.array(QStringLiteral("thresholds"));
    for (qsizetype i = 0; i < thresholds.size() && r.ok(); ++i) {
        Reader t = r.child(r.objectAt(thresholds, i, QStringLiteral("thresholds")),
                           QStringLiteral("thresholds[%1]").arg(i));
        analysis::ThresholdMetrics tm;
        tm.threshold = t.number(QStringLiteral("threshold"));
        tm.gridThreshold = t.number(QStringLiteral("grid_threshold"));
        tm.sensitivity = t.number(QStringLiteral("sensitivity"));
        tm.specificity = t.number(QStringLiteral("specificity"));
        tm.ppv = t.optNumber(QStringLiteral("ppv"));
        tm.npv = t.optNumber(QStringLiteral("npv"));
        t.finish();
        m.thresholds.push_back(tm);
    }
    return m;
}

} // namespace detail::util

template<> Decoded<analysis::PerformanceMetrics> fromJson(const QJsonObject &object)
{
    Reader r(object);
    return finished(r, readMetrics(r));
}

} // namespace fairstart::protocol

// SPDX-License-Identifier: GPL-3.0-or-later
// Codecs of the node API's requests and responses and of the client's fit report.
#include "fairstart/protocol/codec.h"
#include "fairstart/protocol/requestflow.h"

#include "codec_util.h"
#include "jsonreader.h"

#include <QJsonArray>

#include <cmath>
#include <limits>

namespace fairstart::protocol {

using detail::Reader;
using namespace detail::util;

namespace {

QJsonValue countToJson(const ReleasedCount &c)
{
    return c ? QJsonValue(double(*c)) : QJsonValue(QJsonValue::Null);
}

QJsonArray stringListToJson(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonArray levelsToJson(const QList<CatalogueLevel> &levels)
{
    QJsonArray out;
    for (const CatalogueLevel &l : levels) {
        QJsonObject o { { QStringLiteral("name"), l.name },
                        { QStringLiteral("count"), countToJson(l.count) } };
        if (!l.label.isEmpty())
            o.insert(QStringLiteral("label"), l.label); // issue 17: only when the schema gave one
        out.append(o);
    }
    return out;
}

QList<CatalogueLevel> readLevels(Reader &r, const QString &key)
{
    QList<CatalogueLevel> out;
    const QJsonArray a = r.array(key, false);
    for (qsizetype i = 0; i < a.size() && r.ok(); ++i) {
        Reader l = r.child(r.objectAt(a, i, key), key + QStringLiteral("[%1]").arg(i));
        CatalogueLevel level;
        level.name = l.string(QStringLiteral("name"));
        level.count = l.releasedCount(QStringLiteral("count"));
        level.label = l.optString(QStringLiteral("label"));
        l.finish();
        out.append(level);
    }
    return out;
}

} // namespace

QString variableTypeId(VariableType type)
{
    switch (type) {
    case VariableType::Numeric:
        return QStringLiteral("numeric");
    case VariableType::Categorical:
        return QStringLiteral("categorical");
    case VariableType::Binary:
        return QStringLiteral("binary");
    }
    return QStringLiteral("numeric");
}

QString jobKindId(JobKind kind)
{
    switch (kind) {
    case JobKind::Glm:
        return QStringLiteral("glm");
    case JobKind::CalibrationSlope:
        return QStringLiteral("calibration-slope");
    case JobKind::CalibrationIntercept:
        return QStringLiteral("calibration-intercept");
    case JobKind::Evaluation:
        return QStringLiteral("evaluation");
    case JobKind::Descriptives:
        return QStringLiteral("descriptives");
    }
    return QStringLiteral("glm");
}

QString jobStateId(JobState state)
{
    switch (state) {
    case JobState::Open:
        return QStringLiteral("open");
    case JobState::Finished:
        return QStringLiteral("finished");
    case JobState::Cancelled:
        return QStringLiteral("cancelled");
    case JobState::Expired:
        return QStringLiteral("expired");
    }
    return QStringLiteral("open");
}

// ---- errors ----------------------------------------------------------------------------------

QJsonObject toJson(const ApiError &e)
{
    QJsonObject inner { { QStringLiteral("code"), e.code },
                        { QStringLiteral("message"), e.message },
                        { QStringLiteral("rule"), e.rule } };
    if (!e.detail.isEmpty())
        inner.insert(QStringLiteral("detail"), e.detail);
    if (!e.params.isEmpty())
        inner.insert(QStringLiteral("params"), e.params);
    return QJsonObject { { QStringLiteral("error"), inner } };
}

template<> Decoded<ApiError> fromJson(const QJsonObject &object)
{
    Reader r(object);
    Reader inner = r.child(r.object(QStringLiteral("error")), QStringLiteral("error"));
    ApiError e;
    e.httpStatus = 0;
    e.code = inner.string(QStringLiteral("code"));
    e.message = inner.string(QStringLiteral("message"));
    e.detail = inner.optString(QStringLiteral("detail"));
    e.rule = inner.boolean(QStringLiteral("rule"), false);
    if (auto params = inner.optObject(QStringLiteral("params")))
        e.params = *params;
    inner.finish();
    return finished(r, e);
}

// ---- info ------------------------------------------------------------------------------------

QJsonObject toJson(const PolicySummary &p)
{
    QJsonObject o = policyToJson(p.disclosure);
    o.insert(QStringLiteral("jobs_per_user_per_day"), p.jobsPerUserPerDay);
    o.insert(QStringLiteral("max_body_bytes"), double(p.maxBodyBytes));
    o.insert(QStringLiteral("catalogue_rounding"), p.catalogueRounding);
    return o;
}

namespace {

PolicySummary readPolicySummary(Reader &r)
{
    PolicySummary p;
    p.disclosure = readPolicy(r);
    p.jobsPerUserPerDay = int(r.integer(QStringLiteral("jobs_per_user_per_day"), 0, 1 << 30));
    p.maxBodyBytes = r.integer(QStringLiteral("max_body_bytes"), 1);
    p.catalogueRounding = int(r.integer(QStringLiteral("catalogue_rounding"), 1, 1 << 30));
    return p;
}

} // namespace

template<> Decoded<PolicySummary> fromJson(const QJsonObject &object)
{
    Reader r(object);
    PolicySummary p = readPolicySummary(r);
    return finished(r, p);
}

QJsonObject toJson(const NodeInfo &i)
{
    QJsonObject o { { QStringLiteral("name"), i.name },
                    { QStringLiteral("node_version"), i.nodeVersion },
                    { QStringLiteral("engine_version"), i.engineVersion },
                    { QStringLiteral("protocol_version"), i.protocolVersion },
                    { QStringLiteral("policy"), toJson(i.policy) },
                    { QStringLiteral("keys"),
                      QJsonObject { { QStringLiteral("tls_pin"), i.keys.tlsPin },
                                    { QStringLiteral("ed25519"), i.keys.signingKey },
                                    { QStringLiteral("x25519"), i.keys.keyAgreementKey } } },
                    { QStringLiteral("capabilities"), stringListToJson(i.capabilities) },
                    { QStringLiteral("aggregation_modes"), stringListToJson(i.aggregationModes) },
                    { QStringLiteral("datasets"), stringListToJson(i.datasets) },
                    { QStringLiteral("user"), i.user },
                    { QStringLiteral("purposes"), stringListToJson(i.purposes) } };
    if (!i.kernel.isEmpty())
        o.insert(QStringLiteral("kernel"), i.kernel);
    QJsonArray models;
    for (const RegisteredModelInfo &m : i.validationModels)
        models.append(
            QJsonObject { { QStringLiteral("name"), m.name }, { QStringLiteral("hash"), m.hash } });
    o.insert(QStringLiteral("validation_models"), models);
    return o;
}

template<> Decoded<NodeInfo> fromJson(const QJsonObject &object)
{
    Reader r(object);
    NodeInfo i;
    i.name = r.string(QStringLiteral("name"));
    i.nodeVersion = r.string(QStringLiteral("node_version"));
    i.engineVersion = r.string(QStringLiteral("engine_version"));
    i.protocolVersion = r.string(QStringLiteral("protocol_version"));
    Reader policy = r.child(r.object(QStringLiteral("policy")), QStringLiteral("policy"));
    i.policy = readPolicySummary(policy);
    policy.finish();
    Reader keys = r.child(r.object(QStringLiteral("keys")), QStringLiteral("keys"));
    i.keys.tlsPin = keys.string(QStringLiteral("tls_pin"));
    i.keys.signingKey = keys.string(QStringLiteral("ed25519"));
    i.keys.keyAgreementKey = keys.string(QStringLiteral("x25519"));
    keys.finish();
    i.capabilities = r.strings(QStringLiteral("capabilities"));
    i.aggregationModes = r.strings(QStringLiteral("aggregation_modes"));
    i.kernel = r.optString(QStringLiteral("kernel")); // absent from nodes before issue 16
    i.datasets = r.strings(QStringLiteral("datasets"));
    i.user = r.string(QStringLiteral("user"));
    i.purposes = r.strings(QStringLiteral("purposes"));
    i.kernel = r.optString(QStringLiteral("kernel"));
    // Absent from nodes before the workbench listed registered models.
    const QJsonArray models = r.array(QStringLiteral("validation_models"), false);
    for (qsizetype k = 0; k < models.size() && r.ok(); ++k) {
        Reader m = r.child(r.objectAt(models, k, QStringLiteral("validation_models")),
                           QStringLiteral("validation_models[%1]").arg(k));
        RegisteredModelInfo model;
        model.name = m.string(QStringLiteral("name"));
        model.hash = m.string(QStringLiteral("hash"));
        m.finish();
        i.validationModels.append(model);
    }
    // The catalogue, only when the request asked for it (GET /v1/info?with=catalogue; issue 16,
    // branch sites8): checked here, read by infoCatalogue (requestflow.h).
    if (const std::optional<QJsonObject> catalogue = r.optObject(QStringLiteral("catalogue"))) {
        if (Decoded<Catalogue> decoded = fromJson<Catalogue>(*catalogue); !decoded)
            r.fail(QStringLiteral("catalogue"), decoded.error().text());
    }
    return finished(r, i);
}

Decoded<std::optional<Catalogue>> infoCatalogue(const QJsonObject &info)
{
    const auto found = info.constFind(QStringLiteral("catalogue"));
    if (found == info.constEnd())
        return std::optional<Catalogue>();
    if (!found->isObject())
        return DecodeError { QStringLiteral("catalogue"), QStringLiteral("must be an object") };
    Decoded<Catalogue> decoded = fromJson<Catalogue>(found->toObject());
    if (!decoded) {
        DecodeError error = decoded.error();
        error.path = error.path.isEmpty() ? QStringLiteral("catalogue")
                                          : QStringLiteral("catalogue.") + error.path;
        return error;
    }
    return std::optional<Catalogue>(std::move(decoded).value());
}

// ---- catalogue -------------------------------------------------------------------------------

QJsonObject toJson(const Catalogue &c)
{
    QJsonArray datasets;
    for (const CatalogueDataset &d : c.datasets) {
        QJsonArray variables;
        for (const CatalogueVariable &v : d.variables) {
            QJsonObject o { { QStringLiteral("name"), v.name },
                            { QStringLiteral("type"), variableTypeId(v.type) },
                            { QStringLiteral("label"), v.label },
                            { QStringLiteral("count"), countToJson(v.count) },
                            { QStringLiteral("missing"), countToJson(v.missing) } };
            if (v.type != VariableType::Numeric)
                o.insert(QStringLiteral("levels"), levelsToJson(v.levels));
            // Issue 17: only when true, so that a catalogue without them reads as before.
            if (v.levelsInDeclaredOrder && v.type != VariableType::Numeric)
                o.insert(QStringLiteral("level_order"), QStringLiteral("declared"));
            if (v.wholeNumbers && v.type == VariableType::Numeric)
                o.insert(QStringLiteral("whole_numbers"), true);
            variables.append(o);
        }
        datasets.append(QJsonObject {
            { QStringLiteral("name"), d.name },
            { QStringLiteral("description"), d.description },
            { QStringLiteral("rows"), countToJson(d.rows) },
            { QStringLiteral("variables"), variables },
            { QStringLiteral("consent_purposes"), stringListToJson(d.consentPurposes) } });
    }
    return QJsonObject { { QStringLiteral("datasets"), datasets } };
}

template<> Decoded<Catalogue> fromJson(const QJsonObject &object)
{
    Reader r(object);
    Catalogue c;
    const QJsonArray datasets = r.array(QStringLiteral("datasets"));
    for (qsizetype i = 0; i < datasets.size() && r.ok(); ++i) {
        Reader d = r.child(r.objectAt(datasets, i, QStringLiteral("datasets")),
                           QStringLiteral("datasets[%1]").arg(i));
        CatalogueDataset ds;
        ds.name = d.string(QStringLiteral("name"));
        ds.description = d.optString(QStringLiteral("description"));
        ds.rows = d.releasedCount(QStringLiteral("rows"));
        ds.consentPurposes = d.strings(QStringLiteral("consent_purposes"), false);
        const QJsonArray variables = d.array(QStringLiteral("variables"));
        for (qsizetype j = 0; j < variables.size() && d.ok(); ++j) {
            Reader v = d.child(d.objectAt(variables, j, QStringLiteral("variables")),
                               QStringLiteral("variables[%1]").arg(j));
            CatalogueVariable var;
            var.name = v.string(QStringLiteral("name"));
            var.type = readEnum(
                v, QStringLiteral("type"),
                { VariableType::Numeric, VariableType::Categorical, VariableType::Binary },
                &variableTypeId);
            var.label = v.optString(QStringLiteral("label"));
            var.count = v.releasedCount(QStringLiteral("count"));
            var.missing = v.releasedCount(QStringLiteral("missing"));
            var.levels = readLevels(v, QStringLiteral("levels"));
            // Absent from nodes before issue 17: levels sorted by name, decimals shown.
            const QString order = v.optString(QStringLiteral("level_order"));
            if (!order.isEmpty() && order != QLatin1String("declared")
                && order != QLatin1String("name"))
                v.fail(QStringLiteral("level_order"), QStringLiteral("must be declared or name"));
            var.levelsInDeclaredOrder = order == QLatin1String("declared");
            var.wholeNumbers = v.boolean(QStringLiteral("whole_numbers"), false);
            v.finish();
            ds.variables.append(var);
        }
        d.finish();
        c.datasets.append(ds);
    }
    return finished(r, c);
}

// ---- descriptives ----------------------------------------------------------------------------

QJsonObject toJson(const DescriptivesRequest &q)
{
    QJsonArray variables;
    for (const DescribeVariable &v : q.variables) {
        QJsonArray edges;
        for (const std::vector<double> &e : v.histogramEdges)
            edges.append(toJsonArray(e));
        QJsonObject o { { QStringLiteral("name"), v.name } };
        if (!edges.isEmpty())
            o.insert(QStringLiteral("histogram_edges"), edges);
        variables.append(o);
    }
    QJsonArray tables;
    for (const auto &[a, b] : q.tables)
        tables.append(QJsonArray { a, b });
    QJsonObject o { { QStringLiteral("purpose"), q.purpose },
                    { QStringLiteral("dataset"), q.dataset },
                    { QStringLiteral("filters"), filtersToJson(q.filters) },
                    { QStringLiteral("complete_cases"), stringListToJson(q.completeCases) },
                    { QStringLiteral("variables"), variables },
                    { QStringLiteral("tables"), tables } };
    // Only when asked for, so that a request without trends reads as before.
    if (!q.trends.isEmpty()) {
        QJsonArray trends;
        for (const TrendRequest &t : q.trends)
            trends.append(QJsonObject { { QStringLiteral("period"), t.period },
                                        { QStringLiteral("variable"), t.variable },
                                        { QStringLiteral("from"), t.from },
                                        { QStringLiteral("to"), t.to } });
        o.insert(QStringLiteral("trends"), trends);
    }
    return o;
}

template<> Decoded<DescriptivesRequest> fromJson(const QJsonObject &object)
{
    Reader r(object);
    DescriptivesRequest q;
    q.purpose = r.string(QStringLiteral("purpose"));
    q.dataset = r.string(QStringLiteral("dataset"));
    q.filters = readFilters(r, QStringLiteral("filters"));
    q.completeCases = r.strings(QStringLiteral("complete_cases"), false);
    const QJsonArray variables = r.array(QStringLiteral("variables"), false);
    for (qsizetype i = 0; i < variables.size() && r.ok(); ++i) {
        const QString key = QStringLiteral("variables[%1]").arg(i);
        Reader v = r.child(r.objectAt(variables, i, QStringLiteral("variables")), key);
        DescribeVariable dv;
        dv.name = v.string(QStringLiteral("name"));
        const QJsonArray edgeSets = v.array(QStringLiteral("histogram_edges"), false);
        for (qsizetype j = 0; j < edgeSets.size() && v.ok(); ++j) {
            Reader e = v.child(QJsonObject { { QStringLiteral("e"), edgeSets.at(j) } },
                               QStringLiteral("histogram_edges[%1]").arg(j));
            dv.histogramEdges.push_back(e.numbers(QStringLiteral("e")));
        }
        v.finish();
        q.variables.append(dv);
    }
    const QJsonArray tables = r.array(QStringLiteral("tables"), false);
    for (qsizetype i = 0; i < tables.size() && r.ok(); ++i) {
        const QJsonArray pair = tables.at(i).toArray();
        if (pair.size() != 2 || !pair.at(0).isString() || !pair.at(1).isString()) {
            r.fail(QStringLiteral("tables[%1]").arg(i),
                   QStringLiteral("must be a list of two variable names"));
            break;
        }
        q.tables.append({ pair.at(0).toString(), pair.at(1).toString() });
    }
    const QJsonArray trends = r.array(QStringLiteral("trends"), false);
    for (qsizetype i = 0; i < trends.size() && r.ok(); ++i) {
        Reader t = r.child(r.objectAt(trends, i, QStringLiteral("trends")),
                           QStringLiteral("trends[%1]").arg(i));
        TrendRequest tr;
        tr.period = t.string(QStringLiteral("period"));
        tr.variable = t.string(QStringLiteral("variable"));
        tr.from = int(t.integer(QStringLiteral("from"), -100000, 100000));
        tr.to = int(t.integer(QStringLiteral("to"), -100000, 100000));
        t.finish();
        q.trends.append(tr);
    }
    return finished(r, q);
}

QJsonObject toJson(const DescriptivesResponse &d)
{
    QJsonArray numeric;
    for (const NumericDescription &n : d.numeric) {
        QJsonArray histograms;
        for (const ReleasedHistogram &h : n.histograms)
            histograms.append(QJsonObject { { QStringLiteral("edges"), toJsonArray(h.edges) },
                                            { QStringLiteral("counts"), toJsonArray(h.counts) } });
        numeric.append(QJsonObject { { QStringLiteral("variable"), n.variable },
                                     { QStringLiteral("missing"), countToJson(n.missing) },
                                     { QStringLiteral("count"), n.moments.count },
                                     { QStringLiteral("mean"), n.moments.mean },
                                     { QStringLiteral("m2"), n.moments.m2 },
                                     { QStringLiteral("histograms"), histograms } });
    }
    QJsonArray categorical;
    for (const CategoricalDescription &c : d.categorical)
        categorical.append(QJsonObject { { QStringLiteral("variable"), c.variable },
                                         { QStringLiteral("missing"), countToJson(c.missing) },
                                         { QStringLiteral("levels"), levelsToJson(c.levels) } });
    auto tablesToJson = [](const QList<ReleasedTable> &list) {
        QJsonArray tables;
        for (const ReleasedTable &t : list) {
            QJsonArray counts;
            for (const ReleasedCount &c : t.counts)
                counts.append(countToJson(c));
            tables.append(
                QJsonObject { { QStringLiteral("row_variable"), t.rowVariable },
                              { QStringLiteral("column_variable"), t.columnVariable },
                              { QStringLiteral("row_levels"), stringListToJson(t.rowLevels) },
                              { QStringLiteral("column_levels"), stringListToJson(t.columnLevels) },
                              { QStringLiteral("counts"), counts } });
        }
        return tables;
    };
    QJsonObject o { { QStringLiteral("dataset"), d.dataset },
                    { QStringLiteral("cohort_size"), double(d.cohortSize) },
                    { QStringLiteral("numeric"), numeric },
                    { QStringLiteral("categorical"), categorical },
                    { QStringLiteral("tables"), tablesToJson(d.tables) } };
    if (!d.trends.isEmpty())
        o.insert(QStringLiteral("trends"), tablesToJson(d.trends));
    return o;
}

template<> Decoded<DescriptivesResponse> fromJson(const QJsonObject &object)
{
    Reader r(object);
    DescriptivesResponse d;
    d.dataset = r.string(QStringLiteral("dataset"));
    d.cohortSize = r.integer(QStringLiteral("cohort_size"));
    const QJsonArray numeric = r.array(QStringLiteral("numeric"));
    for (qsizetype i = 0; i < numeric.size() && r.ok(); ++i) {
        Reader n = r.child(r.objectAt(numeric, i, QStringLiteral("numeric")),
                           QStringLiteral("numeric[%1]").arg(i));
        NumericDescription nd;
        nd.variable = n.string(QStringLiteral("variable"));
        nd.missing = n.releasedCount(QStringLiteral("missing"));
        nd.moments.count = n.number(QStringLiteral("count"));
        nd.moments.mean = n.number(QStringLiteral("mean"));
        nd.moments.m2 = n.number(QStringLiteral("m2"));
        const QJsonArray histograms = n.array(QStringLiteral("histograms"));
        for (qsizetype j = 0; j < histograms.size() && n.ok(); ++j) {
            Reader h = n.child(n.objectAt(histograms, j, QStringLiteral("histograms")),
                               QStringLiteral("histograms[%1]").arg(j));
            ReleasedHistogram rh;
            rh.edges = h.numbers(QStringLiteral("edges"));
            rh.counts = h.numbers(QStringLiteral("counts"));
            if (h.ok() && !rh.edges.empty() && rh.counts.size() + 1 != rh.edges.size())
                h.fail(QStringLiteral("counts"), QStringLiteral("must have one value per bin"));
            h.finish();
            nd.histograms.append(rh);
        }
        n.finish();
        d.numeric.append(nd);
    }
    const QJsonArray categorical = r.array(QStringLiteral("categorical"));
    for (qsizetype i = 0; i < categorical.size() && r.ok(); ++i) {
        Reader c = r.child(r.objectAt(categorical, i, QStringLiteral("categorical")),
                           QStringLiteral("categorical[%1]").arg(i));
        CategoricalDescription cd;
        cd.variable = c.string(QStringLiteral("variable"));
        cd.missing = c.releasedCount(QStringLiteral("missing"));
        cd.levels = readLevels(c, QStringLiteral("levels"));
        c.finish();
        d.categorical.append(cd);
    }
    auto readTables = [&r](const QString &key, bool required, QList<ReleasedTable> *out) {
        const QJsonArray tables = r.array(key, required);
        for (qsizetype i = 0; i < tables.size() && r.ok(); ++i) {
            Reader t = r.child(r.objectAt(tables, i, key), key + QStringLiteral("[%1]").arg(i));
            ReleasedTable rt;
            rt.rowVariable = t.string(QStringLiteral("row_variable"));
            rt.columnVariable = t.string(QStringLiteral("column_variable"));
            rt.rowLevels = t.strings(QStringLiteral("row_levels"));
            rt.columnLevels = t.strings(QStringLiteral("column_levels"));
            const QJsonArray counts = t.array(QStringLiteral("counts"));
            for (qsizetype j = 0; j < counts.size() && t.ok(); ++j) {
                Reader c = t.child(QJsonObject { { QStringLiteral("c"), counts.at(j) } },
                                   QStringLiteral("counts[%1]").arg(j));
                rt.counts.append(c.releasedCount(QStringLiteral("c")));
            }
            if (t.ok() && rt.counts.size() != rt.rowLevels.size() * rt.columnLevels.size())
                t.fail(QStringLiteral("counts"), QStringLiteral("must have one value per cell"));
            t.finish();
            out->append(rt);
        }
    };
    readTables(QStringLiteral("tables"), true, &d.tables);
    readTables(QStringLiteral("trends"), false, &d.trends);
    return finished(r, d);
}

// ---- jobs and rounds -------------------------------------------------------------------------

QJsonObject toJson(const JobCreated &c)
{
    QJsonArray checks;
    for (const RuleCheck &rc : c.checks)
        checks.append(QJsonObject { { QStringLiteral("rule"), rc.ruleId },
                                    { QStringLiteral("passed"), rc.passed },
                                    { QStringLiteral("threshold"), rc.threshold },
                                    { QStringLiteral("message"), rc.message } });
    QJsonObject o { { QStringLiteral("job_id"), c.jobId },
                    { QStringLiteral("design_hash"), c.designHash },
                    { QStringLiteral("kind"), jobKindId(c.kind) },
                    { QStringLiteral("terms"), stringListToJson(c.terms) },
                    { QStringLiteral("cohort_size"), double(c.cohortSize) },
                    { QStringLiteral("max_rounds"), c.maxRounds },
                    { QStringLiteral("checks"), checks },
                    { QStringLiteral("counts"), toJson(c.counts) } };
    // Version 2: a study's job carries the study hash and the node's manifest signature.
    if (!c.study.isEmpty())
        o.insert(QStringLiteral("study"), c.study);
    if (!c.manifestSignature.isEmpty())
        o.insert(QStringLiteral("manifest_signature"), bytesToBase64(c.manifestSignature));
    if (!c.manifestTags.isEmpty()) {
        QJsonArray tags;
        for (const QByteArray &tag : c.manifestTags)
            tags.append(QString::fromLatin1(tag.toBase64()));
        o.insert(QStringLiteral("manifest_tags"), tags);
    }
    if (!c.sumSeeds.isEmpty()) {
        QJsonArray seeds;
        for (const QByteArray &seed : c.sumSeeds)
            seeds.append(QString::fromLatin1(seed.toBase64()));
        o.insert(QStringLiteral("sum_seeds"), seeds);
    }
    return o;
}

template<> Decoded<JobCreated> fromJson(const QJsonObject &object)
{
    Reader r(object);
    JobCreated c;
    c.jobId = r.string(QStringLiteral("job_id"));
    c.designHash = r.string(QStringLiteral("design_hash"));
    c.kind = readEnum(r, QStringLiteral("kind"),
                      { JobKind::Glm, JobKind::CalibrationSlope, JobKind::CalibrationIntercept,
                        JobKind::Evaluation, JobKind::Descriptives },
                      &jobKindId);
    c.terms = r.strings(QStringLiteral("terms"));
    c.cohortSize = r.integer(QStringLiteral("cohort_size"));
    c.maxRounds = int(r.integer(QStringLiteral("max_rounds"), 1, 1 << 30));
    const QJsonArray checks = r.array(QStringLiteral("checks"));
    for (qsizetype i = 0; i < checks.size() && r.ok(); ++i) {
        Reader k = r.child(r.objectAt(checks, i, QStringLiteral("checks")),
                           QStringLiteral("checks[%1]").arg(i));
        RuleCheck rc;
        rc.ruleId = k.string(QStringLiteral("rule"));
        rc.passed = k.boolean(QStringLiteral("passed"));
        rc.threshold = k.number(QStringLiteral("threshold"));
        rc.message = k.string(QStringLiteral("message"));
        k.finish();
        c.checks.append(rc);
    }
    Reader counts = r.child(r.object(QStringLiteral("counts")), QStringLiteral("counts"));
    c.counts = readCounts(counts);
    counts.finish();
    c.study = r.optString(QStringLiteral("study"));
    if (r.has(QStringLiteral("manifest_signature")))
        c.manifestSignature = readBase64Field(r, QStringLiteral("manifest_signature"), 64);
    else
        r.optString(QStringLiteral("manifest_signature"));
    if (r.ok() && c.study.isEmpty() && !c.manifestSignature.isEmpty())
        r.fail(QStringLiteral("study"), QStringLiteral("is required with manifest_signature"));
    if (r.ok() && !c.study.isEmpty() && c.manifestSignature.isEmpty())
        r.fail(QStringLiteral("manifest_signature"), QStringLiteral("is required with study"));
    // Manifest tags (issue 16): "" (the node's own slot) or standard base64 of 32 bytes each.
    if (r.ok() && r.has(QStringLiteral("manifest_tags"))) {
        const QJsonArray tags = r.array(QStringLiteral("manifest_tags"));
        for (qsizetype i = 0; i < tags.size() && r.ok(); ++i) {
            // Canonical base64, checked in one pass (Qt's decoder and the encoding again were
            // 2 % of the CLI's CPU at 100 sites: 100 answers of 2 x 99 entries; issue 16, perf16).
            const QJsonValue entry = tags.at(i);
            const std::optional<QByteArray> decoded
                = entry.isString() ? canonicalBase64(entry.toString()) : std::nullopt;
            if (!decoded || (!decoded->isEmpty() && decoded->size() != 32))
                r.fail(QStringLiteral("manifest_tags"),
                       QStringLiteral("must hold \"\" or standard base64 of 32 bytes per site"));
            else
                c.manifestTags.append(*decoded);
        }
        if (r.ok() && (c.study.isEmpty() || tags.isEmpty()))
            r.fail(QStringLiteral("manifest_tags"),
                   QStringLiteral("belong to a study's job, one per site of the study"));
    }
    // Sealed sum seeds (issue 16, branch sites4): "" (the node's own slot) or base64 of 72 bytes.
    if (r.ok() && r.has(QStringLiteral("sum_seeds"))) {
        const QJsonArray seeds = r.array(QStringLiteral("sum_seeds"));
        for (qsizetype i = 0; i < seeds.size() && r.ok(); ++i) {
            // Canonical base64, checked in one pass (Qt's decoder and the encoding again were
            // 2 % of the CLI's CPU at 100 sites: 100 answers of 2 x 99 entries; issue 16, perf16).
            const QJsonValue entry = seeds.at(i);
            const std::optional<QByteArray> decoded
                = entry.isString() ? canonicalBase64(entry.toString()) : std::nullopt;
            if (!decoded || (!decoded->isEmpty() && decoded->size() != 72))
                r.fail(QStringLiteral("sum_seeds"),
                       QStringLiteral("must hold \"\" or standard base64 of 72 bytes per site"));
            else
                c.sumSeeds.append(*decoded);
        }
        if (r.ok() && (c.study.isEmpty() || seeds.isEmpty()))
            r.fail(QStringLiteral("sum_seeds"),
                   QStringLiteral("belong to a study's job, one per site of the study"));
    }
    return finished(r, c);
}

QJsonObject toJson(const JobStatus &s)
{
    return QJsonObject { { QStringLiteral("job_id"), s.jobId },
                         { QStringLiteral("kind"), jobKindId(s.kind) },
                         { QStringLiteral("state"), jobStateId(s.state) },
                         { QStringLiteral("design_hash"), s.designHash },
                         { QStringLiteral("rounds_used"), s.roundsUsed },
                         { QStringLiteral("max_rounds"), s.maxRounds },
                         { QStringLiteral("created"), s.created.toUTC().toString(Qt::ISODate) } };
}

template<> Decoded<JobStatus> fromJson(const QJsonObject &object)
{
    Reader r(object);
    JobStatus s;
    s.jobId = r.string(QStringLiteral("job_id"));
    s.kind = readEnum(r, QStringLiteral("kind"),
                      { JobKind::Glm, JobKind::CalibrationSlope, JobKind::CalibrationIntercept,
                        JobKind::Evaluation, JobKind::Descriptives },
                      &jobKindId);
    s.state
        = readEnum(r, QStringLiteral("state"),
                   { JobState::Open, JobState::Finished, JobState::Cancelled, JobState::Expired },
                   &jobStateId);
    s.designHash = r.string(QStringLiteral("design_hash"));
    s.roundsUsed = r.integerOf<int>(QStringLiteral("rounds_used"));
    s.maxRounds = r.integerOf<int>(QStringLiteral("max_rounds"));
    s.created = QDateTime::fromString(r.string(QStringLiteral("created")), Qt::ISODate);
    if (r.ok() && !s.created.isValid())
        r.fail(QStringLiteral("created"), QStringLiteral("must be an ISO 8601 time"));
    return finished(r, s);
}

// ---- evaluation ------------------------------------------------------------------------------

namespace {

QJsonObject mannWhitneyToJson(const analysis::MannWhitney &m)
{
    return QJsonObject { { QStringLiteral("u"), m.u },
                         { QStringLiteral("positives"), m.positives },
                         { QStringLiteral("negatives"), m.negatives } };
}

std::optional<analysis::MannWhitney> readMannWhitney(Reader &r)
{
    const auto mw = r.optObject(QStringLiteral("mann_whitney"));
    if (!mw)
        return std::nullopt;
    Reader m = r.child(*mw, QStringLiteral("mann_whitney"));
    analysis::MannWhitney s;
    s.u = m.number(QStringLiteral("u"));
    s.positives = double(m.integer(QStringLiteral("positives")));
    s.negatives = double(m.integer(QStringLiteral("negatives")));
    // u counts pairs (ties ½): a multiple of ½ between 0 and positives · negatives.
    if (m.ok() && !(s.u >= 0 && s.u <= s.positives * s.negatives && std::fmod(2 * s.u, 1.0) == 0))
        m.fail(QStringLiteral("u"),
               QStringLiteral("is not a pair count between 0 and positives × negatives"));
    m.finish();
    return s;
}

// A withheld cell is its level, "withheld": true and the rule; nothing else, so that the
// absence of numbers is explicit (docs/protocol.md: a withheld value is never 0).
QJsonObject subgroupCellToJson(const SubgroupCell &c)
{
    QJsonObject o { { QStringLiteral("level"), c.level } };
    if (c.missing)
        o.insert(QStringLiteral("missing"), true);
    if (c.withheld) {
        o.insert(QStringLiteral("withheld"), true);
        o.insert(QStringLiteral("rule"), c.rule);
        return o;
    }
    o.insert(QStringLiteral("performance_bins"), binsToJson(c.bins));
    if (c.mannWhitney)
        o.insert(QStringLiteral("mann_whitney"), mannWhitneyToJson(*c.mannWhitney));
    auto put = [&](const char *key, const std::optional<double> &v) {
        if (v)
            o.insert(QLatin1String(key), *v);
    };
    put("calibration_slope", c.calibrationSlope);
    put("calibration_slope_se", c.calibrationSlopeSe);
    put("calibration_in_the_large", c.calibrationInTheLarge);
    put("calibration_in_the_large_se", c.calibrationInTheLargeSe);
    return o;
}

SubgroupCell readSubgroupCell(Reader &c)
{
    SubgroupCell cell;
    cell.level = c.optString(QStringLiteral("level"));
    cell.missing = c.boolean(QStringLiteral("missing"), false);
    cell.withheld = c.boolean(QStringLiteral("withheld"), false);
    if (cell.withheld) {
        cell.rule = c.string(QStringLiteral("rule"));
        return cell;
    }
    Reader bins
        = c.child(c.object(QStringLiteral("performance_bins")), QStringLiteral("performance_bins"));
    cell.bins = readBins(bins);
    bins.finish();
    cell.mannWhitney = readMannWhitney(c);
    cell.calibrationSlope = c.optNumber(QStringLiteral("calibration_slope"));
    cell.calibrationSlopeSe = c.optNumber(QStringLiteral("calibration_slope_se"));
    cell.calibrationInTheLarge = c.optNumber(QStringLiteral("calibration_in_the_large"));
    cell.calibrationInTheLargeSe = c.optNumber(QStringLiteral("calibration_in_the_large_se"));
    return cell;
}

} // namespace

QJsonObject toJson(const EvaluationResponse &e)
{
    QJsonObject o { { QStringLiteral("design_hash"), e.designHash },
                    { QStringLiteral("cohort_size"), double(e.cohortSize) },
                    { QStringLiteral("performance_bins"), binsToJson(e.bins) } };
    if (e.mannWhitney)
        o.insert(QStringLiteral("mann_whitney"), mannWhitneyToJson(*e.mannWhitney));
    if (!e.subgroupVariable.isEmpty()) {
        QJsonArray cells;
        for (const SubgroupCell &c : e.subgroups)
            cells.append(subgroupCellToJson(c));
        o.insert(QStringLiteral("subgroup"), e.subgroupVariable);
        o.insert(QStringLiteral("subgroups"), cells);
    }
    return o;
}

template<> Decoded<EvaluationResponse> fromJson(const QJsonObject &object)
{
    Reader r(object);
    EvaluationResponse e;
    e.designHash = r.string(QStringLiteral("design_hash"));
    e.cohortSize = r.integer(QStringLiteral("cohort_size"));
    Reader bins
        = r.child(r.object(QStringLiteral("performance_bins")), QStringLiteral("performance_bins"));
    e.bins = readBins(bins);
    bins.finish();
    e.mannWhitney = readMannWhitney(r);
    if (r.has(QStringLiteral("subgroup"))) {
        e.subgroupVariable = r.string(QStringLiteral("subgroup"));
        const QJsonArray cells = r.array(QStringLiteral("subgroups"));
        for (qsizetype i = 0; i < cells.size() && r.ok(); ++i) {
            const QString key = QStringLiteral("subgroups[%1]").arg(i);
            Reader c = r.child(r.objectAt(cells, i, QStringLiteral("subgroups")), key);
            e.subgroups.push_back(readSubgroupCell(c));
            c.finish();
        }
    }
    return finished(r, e);
}

// ---- the subgroup table (issue 15) -------------------------------------------------------------

namespace {

const char *const kSubgroupNumbers[] = { "auc",
                                         "auc_lower",
                                         "auc_upper",
                                         "auc_se",
                                         "observed_expected",
                                         "oe_lower",
                                         "oe_upper",
                                         "calibration_slope",
                                         "calibration_slope_se",
                                         "calibration_in_the_large",
                                         "calibration_in_the_large_se" };

// Issue 17: a note's refusal as the node sent it (`PREFIXrule`, `PREFIXrule_params`,
// `PREFIXrule_where`), each only when present, so that a report without them reads as before.
void insertRule(QJsonObject &o, const QString &prefix, const QString &rule,
                const QJsonObject &params, const QString &where)
{
    if (rule.isEmpty())
        return;
    o.insert(prefix + QStringLiteral("rule"), rule);
    if (!params.isEmpty())
        o.insert(prefix + QStringLiteral("rule_params"), params);
    if (!where.isEmpty())
        o.insert(prefix + QStringLiteral("rule_where"), where);
}

void readRule(Reader &r, const QString &prefix, QString *rule, QJsonObject *params, QString *where)
{
    *rule = r.optString(prefix + QStringLiteral("rule"));
    *params = r.optObject(prefix + QStringLiteral("rule_params")).value_or(QJsonObject());
    *where = r.optString(prefix + QStringLiteral("rule_where"));
}

std::optional<double> SubgroupRow::*const kSubgroupFields[]
    = { &SubgroupRow::auc,
        &SubgroupRow::aucLower,
        &SubgroupRow::aucUpper,
        &SubgroupRow::aucSe,
        &SubgroupRow::observedExpected,
        &SubgroupRow::oeLower,
        &SubgroupRow::oeUpper,
        &SubgroupRow::calibrationSlope,
        &SubgroupRow::calibrationSlopeSe,
        &SubgroupRow::calibrationInTheLarge,
        &SubgroupRow::calibrationInTheLargeSe };

QJsonObject subgroupReportToJson(const SubgroupReport &report)
{
    QJsonArray rows;
    for (const SubgroupRow &row : report.rows) {
        QJsonObject o { { QStringLiteral("level"), row.level } };
        if (row.missing)
            o.insert(QStringLiteral("missing"), true);
        if (!row.site.isEmpty())
            o.insert(QStringLiteral("site"), row.site);
        if (row.withheld) {
            o.insert(QStringLiteral("withheld"), true);
            o.insert(QStringLiteral("reason"), row.reason);
            insertRule(o, QString(), row.rule, row.ruleParams, row.ruleWhere);
            rows.append(o);
            continue;
        }
        o.insert(QStringLiteral("n"), row.n);
        o.insert(QStringLiteral("events"), row.events);
        for (std::size_t i = 0; i < std::size(kSubgroupFields); ++i) {
            if (const std::optional<double> &v = row.*kSubgroupFields[i])
                o.insert(QLatin1String(kSubgroupNumbers[i]), *v);
        }
        rows.append(o);
    }
    return QJsonObject { { QStringLiteral("variable"), report.variable },
                         { QStringLiteral("rows"), rows } };
}

SubgroupReport readSubgroupReport(Reader &r)
{
    SubgroupReport report;
    report.variable = r.string(QStringLiteral("variable"));
    const QJsonArray rows = r.array(QStringLiteral("rows"));
    for (qsizetype i = 0; i < rows.size() && r.ok(); ++i) {
        Reader c = r.child(r.objectAt(rows, i, QStringLiteral("rows")),
                           QStringLiteral("rows[%1]").arg(i));
        SubgroupRow row;
        row.level = c.string(QStringLiteral("level"));
        row.missing = c.boolean(QStringLiteral("missing"), false);
        row.site = c.optString(QStringLiteral("site"));
        row.withheld = c.boolean(QStringLiteral("withheld"), false);
        if (row.withheld) {
            row.reason = c.string(QStringLiteral("reason"));
            readRule(c, QString(), &row.rule, &row.ruleParams, &row.ruleWhere);
        } else {
            row.n = c.number(QStringLiteral("n"));
            row.events = c.number(QStringLiteral("events"));
            for (std::size_t k = 0; k < std::size(kSubgroupFields); ++k)
                row.*kSubgroupFields[k] = c.optNumber(QLatin1String(kSubgroupNumbers[k]));
        }
        c.finish();
        report.rows.append(row);
    }
    return report;
}

} // namespace

QJsonObject toJson(const SubgroupReport &report)
{
    return subgroupReportToJson(report);
}

// ---- the fit report --------------------------------------------------------------------------

namespace {

// The performance object's additions of issue 15: the AUC's provenance and the decision curve.
void insertDiscrimination(QJsonObject &p, const std::optional<analysis::PooledAuc> &d,
                          const std::vector<analysis::NetBenefit> &curve)
{
    if (d) {
        // A masked evaluation knows how many sites' pairs are exact, not which share of the
        // pairs that is (NaN): the share only where it is known.
        if (!std::isnan(d->exactPairShare))
            p.insert(QStringLiteral("auc_exact_pair_share"), d->exactPairShare);
        p.insert(QStringLiteral("auc_sites_with_exact"), d->sitesWithExact);
    }
    if (curve.empty())
        return;
    QJsonArray points;
    for (const analysis::NetBenefit &b : curve) {
        QJsonObject point { { QStringLiteral("threshold"), b.threshold },
                            { QStringLiteral("grid_threshold"), b.gridThreshold },
                            { QStringLiteral("n"), b.n },
                            { QStringLiteral("true_positives"), b.truePositives },
                            { QStringLiteral("false_positives"), b.falsePositives },
                            { QStringLiteral("net_benefit"), b.model },
                            { QStringLiteral("treat_all"), b.treatAll },
                            { QStringLiteral("treat_none"), b.treatNone } };
        // A masked evaluation's curve has no bound (NaN): the key only where one exists.
        if (!std::isnan(b.netBenefitErrorBound))
            point.insert(QStringLiteral("error_bound"), b.netBenefitErrorBound);
        points.append(point);
    }
    p.insert(QStringLiteral("decision_curve"), points);
}

void readDiscrimination(Reader &p, const analysis::PerformanceMetrics &m,
                        std::optional<analysis::PooledAuc> *d,
                        std::vector<analysis::NetBenefit> *curve)
{
    const std::optional<double> share = p.optNumber(QStringLiteral("auc_exact_pair_share"));
    const std::optional<qint64> exact
        = p.optInteger(QStringLiteral("auc_sites_with_exact"), 0, 1 << 20);
    if (exact) {
        *d = analysis::PooledAuc { m.auc, m.aucBinningErrorBound,
                                   share.value_or(std::numeric_limits<double>::quiet_NaN()),
                                   int(*exact) };
    }
    const QJsonArray points = p.array(QStringLiteral("decision_curve"), false);
    for (qsizetype i = 0; i < points.size() && p.ok(); ++i) {
        Reader b = p.child(p.objectAt(points, i, QStringLiteral("decision_curve")),
                           QStringLiteral("decision_curve[%1]").arg(i));
        analysis::NetBenefit nb;
        nb.threshold = b.number(QStringLiteral("threshold"));
        nb.gridThreshold = b.number(QStringLiteral("grid_threshold"));
        nb.n = b.number(QStringLiteral("n"));
        nb.truePositives = b.number(QStringLiteral("true_positives"));
        nb.falsePositives = b.number(QStringLiteral("false_positives"));
        nb.model = b.number(QStringLiteral("net_benefit"));
        nb.treatAll = b.number(QStringLiteral("treat_all"));
        nb.treatNone = b.number(QStringLiteral("treat_none"));
        nb.netBenefitErrorBound = b.optNumber(QStringLiteral("error_bound"))
                                      .value_or(std::numeric_limits<double>::quiet_NaN());
        b.finish();
        curve->push_back(nb);
    }
}

} // namespace

QJsonObject toJson(const FitReport &f)
{
    return detail::util::fitReportToJson(f, nullptr);
}

QJsonObject detail::util::fitReportToJson(const FitReport &f, MaskedSplices *splices)
{
    // The model's own fields sit at the top level, so that the report reads like R's summary.
    QJsonObject o = toJson(f.glm);
    o.insert(QStringLiteral("format"), QStringLiteral("fairstart-fit"));
    o.insert(QStringLiteral("format_version"), 1);
    o.insert(QStringLiteral("dataset"), f.dataset);
    o.insert(QStringLiteral("purpose"), f.purpose);
    o.insert(QStringLiteral("design_hash"), f.designHash);
    o.insert(QStringLiteral("design"), toJson(f.design));
    o.insert(QStringLiteral("started"), f.started.toUTC().toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("finished"), f.finished.toUTC().toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("client_version"), f.clientVersion);
    if (f.performance) {
        QJsonObject p = toJson(*f.performance);
        if (f.calibrationIntercept)
            p.insert(QStringLiteral("calibration_intercept"), *f.calibrationIntercept);
        if (f.calibrationSlope)
            p.insert(QStringLiteral("calibration_slope"), *f.calibrationSlope);
        if (f.calibrationInterceptSe)
            p.insert(QStringLiteral("calibration_intercept_se"), *f.calibrationInterceptSe);
        if (f.calibrationSlopeSe)
            p.insert(QStringLiteral("calibration_slope_se"), *f.calibrationSlopeSe);
        insertDiscrimination(p, f.discrimination, f.decisionCurve);
        o.insert(QStringLiteral("performance"), p);
    }
    QJsonArray perSite;
    QStringList siteNames;
    for (const SitePerformance &s : f.perSite)
        siteNames.append(s.site);
    for (const SiteFit &s : f.perSiteFits)
        if (!siteNames.contains(s.site))
            siteNames.append(s.site);
    for (const QString &name : siteNames) {
        QJsonObject entry { { QStringLiteral("site"), name } };
        for (const SitePerformance &s : f.perSite) {
            if (s.site != name)
                continue;
            if (s.metrics) {
                QJsonObject p = toJson(*s.metrics);
                insertDiscrimination(p, s.discrimination, s.decisionCurve);
                entry.insert(QStringLiteral("performance"), p);
            }
            if (!s.note.isEmpty())
                entry.insert(QStringLiteral("performance_note"), s.note);
            insertRule(entry, QStringLiteral("performance_"), s.rule, s.ruleParams, s.ruleWhere);
        }
        for (const SiteFit &s : f.perSiteFits) {
            if (s.site != name)
                continue;
            if (s.glm)
                entry.insert(QStringLiteral("fit"), toJson(*s.glm));
            if (!s.note.isEmpty())
                entry.insert(QStringLiteral("fit_note"), s.note);
            insertRule(entry, QStringLiteral("fit_"), s.rule, s.ruleParams, s.ruleWhere);
        }
        perSite.append(entry);
    }
    o.insert(QStringLiteral("per_site"), perSite);
    QJsonArray sites;
    for (const SiteRecord &s : f.sites) {
        QJsonObject site { { QStringLiteral("name"), s.name },
                           { QStringLiteral("url"), s.url },
                           { QStringLiteral("node_version"), s.nodeVersion },
                           { QStringLiteral("engine_version"), s.engineVersion },
                           { QStringLiteral("protocol_version"), s.protocolVersion },
                           { QStringLiteral("policy"), toJson(s.policy) },
                           { QStringLiteral("cohort_size"), double(s.cohortSize) },
                           { QStringLiteral("counts"), toJson(s.counts) },
                           { QStringLiteral("state"), s.state },
                           { QStringLiteral("error"), s.error } };
        insertRule(site, QString(), s.rule, s.ruleParams, s.ruleWhere);
        sites.append(site);
    }
    o.insert(QStringLiteral("sites"), sites);
    QJsonArray rounds;
    for (const RoundTiming &t : f.rounds) {
        QJsonObject siteMs;
        for (auto it = t.siteMs.begin(); it != t.siteMs.end(); ++it)
            siteMs.insert(it.key(), it.value());
        rounds.append(QJsonObject { { QStringLiteral("round"), t.round },
                                    { QStringLiteral("null_model"), t.nullModel },
                                    { QStringLiteral("deviance"), t.deviance },
                                    { QStringLiteral("step_halvings"), t.stepHalvings },
                                    { QStringLiteral("total_ms"), t.totalMs },
                                    { QStringLiteral("site_ms"), siteMs } });
    }
    o.insert(QStringLiteral("round_timings"), rounds);
    o.insert(QStringLiteral("excluded_sites"), stringListToJson(f.excludedSites));
    if (f.study)
        o.insert(QStringLiteral("study"), studyRecordToJson(*f.study, splices));
    if (!f.studies.isEmpty()) {
        QJsonArray studies;
        for (const StudyRecord &s : f.studies)
            studies.append(studyRecordToJson(s, splices));
        o.insert(QStringLiteral("studies"), studies);
    }
    if (f.subgroups)
        o.insert(QStringLiteral("subgroups"), subgroupReportToJson(*f.subgroups));
    return o;
}

template<> Decoded<FitReport> fromJson(const QJsonObject &object)
{
    Reader r(object);
    FitReport f;
    f.glm = readGlm(r);
    if (r.ok() && r.string(QStringLiteral("format")) != QStringLiteral("fairstart-fit"))
        r.fail(QStringLiteral("format"), QStringLiteral("is not a Fairstart fit report"));
    if (r.ok() && r.integer(QStringLiteral("format_version"), 1, 1000) > 1)
        r.fail(QStringLiteral("format_version"),
               QStringLiteral("was written by a newer Fairstart; update this program"));
    f.dataset = r.string(QStringLiteral("dataset"));
    f.purpose = r.string(QStringLiteral("purpose"));
    f.designHash = r.string(QStringLiteral("design_hash"));
    Reader design = r.child(r.object(QStringLiteral("design")), QStringLiteral("design"));
    f.design = readDesign(design);
    design.finish();
    f.started = QDateTime::fromString(r.string(QStringLiteral("started")), Qt::ISODateWithMs);
    f.finished = QDateTime::fromString(r.string(QStringLiteral("finished")), Qt::ISODateWithMs);
    f.clientVersion = r.string(QStringLiteral("client_version"));
    if (const auto perf = r.optObject(QStringLiteral("performance"))) {
        Reader p = r.child(*perf, QStringLiteral("performance"));
        f.performance = readMetrics(p);
        f.calibrationIntercept = p.optNumber(QStringLiteral("calibration_intercept"));
        f.calibrationSlope = p.optNumber(QStringLiteral("calibration_slope"));
        f.calibrationInterceptSe = p.optNumber(QStringLiteral("calibration_intercept_se"));
        f.calibrationSlopeSe = p.optNumber(QStringLiteral("calibration_slope_se"));
        readDiscrimination(p, *f.performance, &f.discrimination, &f.decisionCurve);
        p.finish();
    }
    const QJsonArray perSite = r.array(QStringLiteral("per_site"));
    for (qsizetype i = 0; i < perSite.size() && r.ok(); ++i) {
        Reader s = r.child(r.objectAt(perSite, i, QStringLiteral("per_site")),
                           QStringLiteral("per_site[%1]").arg(i));
        const QString site = s.string(QStringLiteral("site"));
        SitePerformance sp;
        sp.site = site;
        sp.note = s.optString(QStringLiteral("performance_note"));
        readRule(s, QStringLiteral("performance_"), &sp.rule, &sp.ruleParams, &sp.ruleWhere);
        if (const auto perf = s.optObject(QStringLiteral("performance"))) {
            Reader p = s.child(*perf, QStringLiteral("performance"));
            sp.metrics = readMetrics(p);
            readDiscrimination(p, *sp.metrics, &sp.discrimination, &sp.decisionCurve);
            p.finish();
        }
        if (sp.metrics || !sp.note.isEmpty())
            f.perSite.append(sp);
        SiteFit fit { site, std::nullopt, s.optString(QStringLiteral("fit_note")) };
        readRule(s, QStringLiteral("fit_"), &fit.rule, &fit.ruleParams, &fit.ruleWhere);
        if (const auto glm = s.optObject(QStringLiteral("fit"))) {
            Reader g = s.child(*glm, QStringLiteral("fit"));
            fit.glm = readGlm(g);
            g.finish();
        }
        if (fit.glm || !fit.note.isEmpty())
            f.perSiteFits.append(fit);
        s.finish();
    }
    const QJsonArray sites = r.array(QStringLiteral("sites"));
    for (qsizetype i = 0; i < sites.size() && r.ok(); ++i) {
        Reader s = r.child(r.objectAt(sites, i, QStringLiteral("sites")),
                           QStringLiteral("sites[%1]").arg(i));
        SiteRecord rec;
        rec.name = s.string(QStringLiteral("name"));
        rec.url = s.string(QStringLiteral("url"));
        rec.nodeVersion = s.string(QStringLiteral("node_version"));
        rec.engineVersion = s.string(QStringLiteral("engine_version"));
        rec.protocolVersion = s.string(QStringLiteral("protocol_version"));
        Reader policy = s.child(s.object(QStringLiteral("policy")), QStringLiteral("policy"));
        rec.policy = readPolicySummary(policy);
        policy.finish();
        rec.cohortSize = s.integer(QStringLiteral("cohort_size"));
        Reader counts = s.child(s.object(QStringLiteral("counts")), QStringLiteral("counts"));
        rec.counts = readCounts(counts);
        counts.finish();
        rec.state = s.string(QStringLiteral("state"));
        rec.error = s.string(QStringLiteral("error"));
        readRule(s, QString(), &rec.rule, &rec.ruleParams, &rec.ruleWhere);
        s.finish();
        f.sites.append(rec);
    }
    const QJsonArray rounds = r.array(QStringLiteral("round_timings"));
    for (qsizetype i = 0; i < rounds.size() && r.ok(); ++i) {
        Reader t = r.child(r.objectAt(rounds, i, QStringLiteral("round_timings")),
                           QStringLiteral("round_timings[%1]").arg(i));
        RoundTiming rt;
        rt.round = t.integerOf<int>(QStringLiteral("round"));
        rt.nullModel = t.boolean(QStringLiteral("null_model"));
        rt.deviance = t.number(QStringLiteral("deviance"));
        rt.stepHalvings = t.integerOf<int>(QStringLiteral("step_halvings"));
        rt.totalMs = t.number(QStringLiteral("total_ms"));
        const QJsonObject siteMs = t.object(QStringLiteral("site_ms"));
        Reader ms = t.child(siteMs, QStringLiteral("site_ms"));
        for (auto it = siteMs.begin(); it != siteMs.end() && t.ok(); ++it)
            rt.siteMs.insert(it.key(), ms.number(it.key()));
        ms.finish();
        t.finish();
        f.rounds.append(rt);
    }
    f.excludedSites = r.strings(QStringLiteral("excluded_sites"));
    if (const auto study = r.optObject(QStringLiteral("study"))) {
        Reader st = r.child(*study, QStringLiteral("study"));
        f.study = readStudyRecord(st);
        st.finish();
    }
    const QJsonArray studies = r.array(QStringLiteral("studies"), false);
    for (qsizetype i = 0; i < studies.size() && r.ok(); ++i) {
        Reader st = r.child(r.objectAt(studies, i, QStringLiteral("studies")),
                            QStringLiteral("studies[%1]").arg(i));
        f.studies.append(readStudyRecord(st));
        st.finish();
    }
    if (const auto subgroups = r.optObject(QStringLiteral("subgroups"))) {
        Reader sg = r.child(*subgroups, QStringLiteral("subgroups"));
        f.subgroups = readSubgroupReport(sg);
        sg.finish();
    }
    return finished(r, f);
}

} // namespace fairstart::protocol

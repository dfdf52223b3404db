// SPDX-License-Identifier: GPL-3.0-or-later
// Round trips of every protocol type, strict refusal of malformed input, and a pinned design hash.
#include "fairstart/protocol/codec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <cmath>
#include <limits>

using namespace fairstart;
using namespace fairstart::protocol;

namespace {

analysis::ResolvedDesign sampleDesign()
{
    analysis::ResolvedDesign d;
    d.spec.outcome.variable = "delay_2y";
    d.spec.family = analysis::Family::Binomial;
    d.spec.predictors = {
        { "birth_weight", analysis::Transform::Standardise, 0, 0, 0, "" },
        { "gestational_age", analysis::Transform::Spline, 4, 0, 0, "" },
        { "maternal_education", analysis::Transform::Categorical, 0, 0, 0, "high" },
        { "stress", analysis::Transform::Winsorise, 0, 0.5, 9.5, "" },
        { "income", analysis::Transform::Log, 0, 0, 0, "" },
    };
    d.spec.interactions = { { "birth_weight", "maternal_education" } };
    analysis::Filter f;
    f.variable = "birth_year";
    f.min = 2015;
    f.max = 2020.5;
    analysis::Filter g;
    g.variable = "municipality";
    g.values = { "Utrecht", "Zeist" };
    d.spec.filters = { f, g };
    d.spec.offset = "";
    d.spec.ridgeLambda = 0.25;
    d.levels["maternal_education"] = { "high", "low", "middle" };
    d.levels["municipality"] = { "Utrecht", "Zeist" };
    d.scaling["birth_weight"] = { 3412.5, 512.25 };
    d.knots["gestational_age"] = { 35.0, 38.5, 39.75, 41.0 };
    return d;
}

template<typename T> T roundTrip(const T &value)
{
    // Through bytes, as on the wire.
    const QByteArray bytes = QJsonDocument(toJson(value)).toJson(QJsonDocument::Compact);
    const Decoded<QJsonObject> object = parseObject(bytes);
    if (!object.ok())
        qFatal("parseObject failed: %s", qPrintable(object.error().text()));
    Decoded<T> decoded = fromJson<T>(object.value());
    if (!decoded.ok())
        qFatal("decode failed: %s", qPrintable(decoded.error().text()));
    return decoded.value();
}

} // namespace

class tst_Codec : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void designRoundTrip()
    {
        const analysis::ResolvedDesign d = sampleDesign();
        QVERIFY(roundTrip(d) == d);
        QVERIFY(roundTrip(d.spec) == d.spec);
    }

    void designHashIsStableAndSensitive()
    {
        const analysis::ResolvedDesign d = sampleDesign();
        const QString hash = designHash(d);
        QVERIFY(hash.startsWith(QLatin1String("sha256:")));
        QCOMPARE(hash.size(), 7 + 64);
        QCOMPARE(designHash(roundTrip(d)), hash);
        analysis::ResolvedDesign changed = d;
        changed.knots["gestational_age"][1] = 38.500000000001;
        QVERIFY(designHash(changed) != hash);
        // The canonical form is part of the protocol: node and client compare these hashes, so a
        // change of encoding must be deliberate (bump the protocol version and this constant).
        QCOMPARE(
            QString::fromUtf8(canonicalJson(toJson(d)).left(60)),
            QStringLiteral("{\"knots\":{\"gestational_age\":[35,38.5,39.75,41]},\"levels\":{\"m"));
    }

    void catalogueKeepsSuppressedCountsApart()
    {
        Catalogue c;
        CatalogueDataset d;
        d.name = QStringLiteral("cohort");
        d.rows = 1230;
        CatalogueVariable v;
        v.name = QStringLiteral("migration");
        v.type = VariableType::Categorical;
        v.levels = { { QStringLiteral("none"), 1000 }, { QStringLiteral("rare"), std::nullopt } };
        v.count = 1000;
        v.missing = std::nullopt;
        d.variables = { v };
        c.datasets = { d };
        const QJsonObject json = toJson(c);
        const QJsonObject level = json[QStringLiteral("datasets")][0][QStringLiteral("variables")]
                                      [0][QStringLiteral("levels")][1]
                                          .toObject();
        QVERIFY(level.value(QStringLiteral("count")).isNull()); // withheld, never 0
        const Catalogue back = roundTrip(c);
        QCOMPARE(back.datasets[0].variables[0].levels[1].count, std::optional<qint64>());
        QCOMPARE(back.datasets[0].variables[0].levels[0].count, std::optional<qint64>(1000));
        QCOMPARE(back.datasets[0].variables[0].missing, std::optional<qint64>());
    }

    // Issue 17: the schema's level order and labels and whole numbers travel in the catalogue;
    // a catalogue without them (an older node) reads as before: sorted, no labels, decimals.
    void catalogueCarriesLevelOrderLabelsAndWholeNumbers()
    {
        Catalogue c;
        CatalogueDataset d;
        d.name = QStringLiteral("cohort");
        d.rows = 1230;
        CatalogueVariable education;
        education.name = QStringLiteral("maternal_education");
        education.type = VariableType::Categorical;
        education.levels = { { QStringLiteral("low"), 400, QStringLiteral("Low (primary)") },
                             { QStringLiteral("middle"), 500, {} },
                             { QStringLiteral("high"), 330, QStringLiteral("High") } };
        education.levelsInDeclaredOrder = true;
        education.count = 1230;
        education.missing = 0;
        CatalogueVariable apgar;
        apgar.name = QStringLiteral("apgar_5min");
        apgar.count = 1230;
        apgar.missing = 0;
        apgar.wholeNumbers = true;
        CatalogueVariable ses = apgar;
        ses.name = QStringLiteral("neighbourhood_ses");
        ses.wholeNumbers = false;
        d.variables = { education, apgar, ses };
        c.datasets = { d };
        const QJsonObject json = toJson(c);
        const QJsonArray variables
            = json[QStringLiteral("datasets")][0][QStringLiteral("variables")].toArray();
        QCOMPARE(variables[0][QStringLiteral("level_order")].toString(),
                 QStringLiteral("declared"));
        QCOMPARE(variables[0][QStringLiteral("levels")][0][QStringLiteral("label")].toString(),
                 QStringLiteral("Low (primary)"));
        // Only what is said: no empty label, no false flag (an older client reads the rest).
        QVERIFY(!variables[0][QStringLiteral("levels")][1].toObject().contains(
            QStringLiteral("label")));
        QCOMPARE(variables[1][QStringLiteral("whole_numbers")].toBool(), true);
        QVERIFY(!variables[2].toObject().contains(QStringLiteral("whole_numbers")));
        QVERIFY(!variables[2].toObject().contains(QStringLiteral("level_order")));
        const Catalogue back = roundTrip(c);
        const CatalogueVariable &e = back.datasets[0].variables[0];
        QVERIFY(e.levelsInDeclaredOrder);
        QCOMPARE(e.levels.size(), 3);
        QCOMPARE(e.levels[0].name, QStringLiteral("low"));
        QCOMPARE(e.levels[0].label, QStringLiteral("Low (primary)"));
        QCOMPARE(e.levels[1].label, QString());
        QCOMPARE(e.levels[2].label, QStringLiteral("High"));
        QVERIFY(back.datasets[0].variables[1].wholeNumbers);
        QVERIFY(!back.datasets[0].variables[2].wholeNumbers);
        QVERIFY(!back.datasets[0].variables[2].levelsInDeclaredOrder);
        // An unknown order is refused, as every unknown value.
        QJsonObject bad = json;
        QJsonArray ds = bad[QStringLiteral("datasets")].toArray();
        QJsonObject d0 = ds[0].toObject();
        QJsonArray vs = d0[QStringLiteral("variables")].toArray();
        QJsonObject v0 = vs[0].toObject();
        v0.insert(QStringLiteral("level_order"), QStringLiteral("random"));
        vs[0] = v0;
        d0.insert(QStringLiteral("variables"), vs);
        ds[0] = d0;
        bad.insert(QStringLiteral("datasets"), ds);
        QVERIFY(!fromJson<Catalogue>(bad).ok());
    }

    // Issue 17: a note's rule code, parameters and place are kept with the note, so that a later
    // reader words it in its own language; reports without them read as before.
    void fitReportKeepsTheRulesOfItsNotes()
    {
        FitReport f;
        f.dataset = QStringLiteral("cohort");
        f.purpose = QStringLiteral("research");
        f.design = sampleDesign();
        f.designHash = designHash(f.design);
        f.started = QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC);
        f.finished = f.started;
        f.glm.statisticName = "z";
        const QJsonObject params { { QStringLiteral("threshold"), 10 } };
        SitePerformance p;
        p.site = QStringLiteral("A");
        p.note = QStringLiteral("not available in masked mode");
        p.rule = QStringLiteral("masked-per-site");
        SiteFit fit;
        fit.site = QStringLiteral("A");
        fit.note = QStringLiteral("The fit at this site alone stopped: rule min-cell");
        fit.rule = QStringLiteral("min-cell");
        fit.ruleParams = params;
        fit.ruleWhere = QStringLiteral("sex=m");
        f.perSite = { p };
        f.perSiteFits = { fit };
        SiteRecord s;
        s.name = QStringLiteral("A");
        s.state = QStringLiteral("failed");
        s.error = QStringLiteral("Site A refused the request (rule min-cohort): too small");
        s.rule = QStringLiteral("min-cohort");
        s.ruleParams = params;
        s.ruleWhere = QStringLiteral("cohort");
        SiteRecord ok;
        ok.name = QStringLiteral("B");
        ok.state = QStringLiteral("ok");
        f.sites = { s, ok };
        SubgroupReport sub;
        sub.variable = QStringLiteral("sex");
        SubgroupRow row;
        row.level = QStringLiteral("m");
        row.site = QStringLiteral("A");
        row.withheld = true;
        row.reason = QStringLiteral("too few records (min-cell)");
        row.rule = QStringLiteral("min-cell");
        SubgroupRow pooled = row;
        pooled.site.clear();
        pooled.rule = QStringLiteral("withheld-at-sites");
        pooled.ruleParams
            = QJsonObject { { QStringLiteral("sites"),
                              QJsonArray { QJsonObject {
                                  { QStringLiteral("site"), QStringLiteral("A") },
                                  { QStringLiteral("rule"), QStringLiteral("min-cell") } } } } };
        sub.rows = { pooled, row };
        f.subgroups = sub;
        const QJsonObject json = toJson(f);
        QVERIFY(!json[QStringLiteral("sites")][1].toObject().contains(QStringLiteral("rule")));
        const FitReport back = roundTrip(f);
        QCOMPARE(back.sites[0].rule, QStringLiteral("min-cohort"));
        QCOMPARE(back.sites[0].ruleParams, params);
        QCOMPARE(back.sites[0].ruleWhere, QStringLiteral("cohort"));
        QCOMPARE(back.sites[1].rule, QString());
        QCOMPARE(back.perSite[0].rule, QStringLiteral("masked-per-site"));
        QCOMPARE(back.perSiteFits[0].rule, QStringLiteral("min-cell"));
        QCOMPARE(back.perSiteFits[0].ruleParams, params);
        QCOMPARE(back.perSiteFits[0].ruleWhere, QStringLiteral("sex=m"));
        QVERIFY(back.subgroups);
        QCOMPARE(back.subgroups->rows[0].rule, QStringLiteral("withheld-at-sites"));
        QCOMPARE(back.subgroups->rows[0].ruleParams, pooled.ruleParams);
        QCOMPARE(back.subgroups->rows[1].rule, QStringLiteral("min-cell"));
    }

    void fitReportRoundTrip()
    {
        FitReport f;
        f.dataset = QStringLiteral("cohort");
        f.purpose = QStringLiteral("research");
        f.design = sampleDesign();
        f.designHash = designHash(f.design);
        f.started = QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC);
        f.finished = f.started.addMSecs(1234);
        f.glm.statisticName = "z";
        f.glm.coefficients
            = { { "(Intercept)", -1.0, 0.1, -10.0, 1e-20, -1.2, -0.8, 0.37, 0.30, 0.45 },
                { "x", 0.5, 0.05, 10.0, 2e-23, 0.4, 0.6, 1.65, 1.49, 1.82 } };
        f.glm.beta = Eigen::Vector2d(-1.0, 0.5);
        f.glm.covariance = Eigen::Matrix2d { { 0.01, -0.001 }, { -0.001, 0.0025 } };
        f.glm.deviance = 900;
        f.glm.nullDeviance = 1000;
        f.glm.aic = 904;
        f.glm.n = 1000;
        f.glm.residualDf = 998;
        f.glm.nullDf = 999;
        f.glm.rounds = 6;
        f.glm.trace = { { 1, true, 1000, 0 }, { 2, false, 900, 1 } };
        analysis::PerformanceMetrics m;
        m.auc = 0.75;
        m.aucLower = 0.7;
        m.aucUpper = 0.8;
        m.roc = { { 1, 0, 1 }, { 0, 1, 0 } };
        m.calibration = { { 100, 0.1, 0.12 } };
        m.thresholds = { { 0.5, 0.5, 0.4, 0.9, 0.6, std::nullopt } };
        f.performance = m;
        f.calibrationSlope = 0.98;
        SitePerformance a;
        a.site = QStringLiteral("A");
        a.metrics = m;
        a.discrimination = analysis::PooledAuc { 0.75, 0.0, 1.0, 1 };
        a.decisionCurve = { { 0.1, 0.1, 1000, 80, 300, 0.0467, 0.02, 0.0, 0.001 } };
        SitePerformance b;
        b.site = QStringLiteral("B");
        b.note = QStringLiteral("too few events");
        f.perSite = { a, b };
        f.discrimination = analysis::PooledAuc { 0.75, 0.002, 0.4, 1 };
        f.decisionCurve = a.decisionCurve;
        f.calibrationSlopeSe = 0.04;
        f.perSiteFits = { { QStringLiteral("A"), f.glm, {} } };
        SiteRecord s;
        s.name = QStringLiteral("A");
        s.url = QStringLiteral("https://127.0.0.1:1");
        s.state = QStringLiteral("ok");
        s.cohortSize = 500;
        f.sites = { s };
        RoundTiming t;
        t.round = 1;
        t.siteMs.insert(QStringLiteral("A"), 12.5);
        f.rounds = { t };
        f.excludedSites = { QStringLiteral("C") };

        const QJsonObject json = toJson(f);
        // The keys scripts rely on (docs/cli.md).
        for (const char *key : { "coefficients", "deviance", "null_deviance", "aic", "n",
                                 "iterations", "performance", "per_site" })
            QVERIFY2(json.contains(QLatin1String(key)), key);
        const QJsonObject c0 = json[QStringLiteral("coefficients")][0].toObject();
        for (const char *key :
             { "term", "estimate", "std_error", "statistic", "p_value", "ci_low", "ci_high" })
            QVERIFY2(c0.contains(QLatin1String(key)), key);
        const QJsonObject perf = json[QStringLiteral("performance")].toObject();
        for (const char *key : { "auc", "auc_ci", "brier", "calibration_slope" })
            QVERIFY2(perf.contains(QLatin1String(key)), key);

        const FitReport back = roundTrip(f);
        QCOMPARE(back.glm.coefficients.size(), size_t(2));
        QCOMPARE(back.glm.coefficients[1].ratioUpper, std::optional<double>(1.82));
        QVERIFY(back.glm.covariance.isApprox(f.glm.covariance));
        QCOMPARE(back.calibrationSlope, std::optional<double>(0.98));
        QCOMPARE(back.calibrationIntercept, std::optional<double>());
        QCOMPARE(back.perSite.size(), 2);
        QCOMPARE(back.perSite[1].note, QStringLiteral("too few events"));
        // Issue 15: the AUC's provenance, the decision curves and the calibration SEs.
        QCOMPARE(back.calibrationSlopeSe, std::optional<double>(0.04));
        QCOMPARE(back.calibrationInterceptSe, std::optional<double>());
        QVERIFY(back.discrimination);
        QCOMPARE(back.discrimination->exactPairShare, 0.4);
        QCOMPARE(back.discrimination->sitesWithExact, 1);
        QCOMPARE(back.discrimination->errorBound, m.aucBinningErrorBound);
        QCOMPARE(back.decisionCurve.size(), size_t(1));
        QCOMPARE(back.decisionCurve[0].model, 0.0467);
        QCOMPARE(back.decisionCurve[0].falsePositives, 300.0);
        QCOMPARE(back.perSite[0].decisionCurve.size(), size_t(1));
        QCOMPARE(back.perSite[0].decisionCurve[0].netBenefitErrorBound, 0.001);
        QVERIFY(back.perSite[0].discrimination);
        QVERIFY(back.perSite[1].decisionCurve.empty());
        QVERIFY(!back.perSite[1].discrimination);
        QCOMPARE(back.perSiteFits.size(), 1);
        QCOMPARE(back.finished, f.finished);
        QCOMPARE(back.rounds[0].siteMs.value(QStringLiteral("A")), 12.5);
        QCOMPARE(back.excludedSites, f.excludedSites);
        QVERIFY(back.design == f.design);
        QVERIFY(perf.contains(QLatin1String("auc_binning_error_bound")));
        QCOMPARE(back.performance->aucBinningErrorBound, 0.0);
    }

    // A masked evaluation's AUC has no error bound (NaN) and no share of exact pairs, only the
    // number of sites whose pairs are exact: the JSON gives no number for what does not exist
    // (before, auc_binning_error_bound held the pooled bins' tie term as if it were a bound).
    void maskedAucHasNoBound()
    {
        FitReport f;
        f.dataset = QStringLiteral("cohort");
        f.purpose = QStringLiteral("research");
        f.design = sampleDesign();
        f.designHash = designHash(f.design);
        f.glm.statisticName = "z";
        f.glm.coefficients
            = { { "(Intercept)", -1.0, 0.1, -10.0, 1e-20, -1.2, -0.8, 0.37, 0.30, 0.45 },
                { "x", 0.5, 0.05, 10.0, 2e-23, 0.4, 0.6, 1.65, 1.49, 1.82 } };
        f.glm.beta = Eigen::Vector2d(-1.0, 0.5);
        f.glm.covariance = Eigen::Matrix2d { { 0.01, -0.001 }, { -0.001, 0.0025 } };
        analysis::PerformanceMetrics m;
        m.auc = 0.75;
        m.aucBinningErrorBound = std::numeric_limits<double>::quiet_NaN();
        m.roc = { { 1, 0, 1 }, { 0, 1, 0 } };
        f.performance = m;
        f.discrimination = analysis::PooledAuc { 0.75, std::numeric_limits<double>::quiet_NaN(),
                                                 std::numeric_limits<double>::quiet_NaN(), 3 };
        const QJsonObject json = toJson(f);
        const QJsonObject perf = json[QStringLiteral("performance")].toObject();
        QVERIFY(!perf.contains(QLatin1String("auc_binning_error_bound")));
        QVERIFY(!perf.contains(QLatin1String("auc_exact_pair_share")));
        QCOMPARE(perf[QStringLiteral("auc_sites_with_exact")].toInt(), 3);
        const QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Compact);
        QVERIFY2(!bytes.contains(":null"), bytes.constData()); // no NaN written as null
        const FitReport back = roundTrip(f);
        QVERIFY(back.performance);
        QVERIFY(std::isnan(back.performance->aucBinningErrorBound));
        QVERIFY(back.discrimination);
        QCOMPARE(back.discrimination->sitesWithExact, 3);
        QVERIFY(std::isnan(back.discrimination->errorBound));
        QVERIFY(std::isnan(back.discrimination->exactPairShare));
    }

    void evaluationResponseRoundTrip()
    {
        EvaluationResponse e;
        e.designHash = QStringLiteral("abc");
        e.cohortSize = 40;
        e.bins.bins = 10;
        e.bins.positives.assign(10, 0);
        e.bins.negatives.assign(10, 0);
        e.bins.sumRisk.assign(10, 0);
        e.bins.sumOutcome.assign(10, 0);
        e.bins.sumRiskEvents.assign(10, 0);
        e.bins.positives[3] = 20;
        e.bins.negatives[3] = 20;
        e.bins.sumRisk[3] = 40 * 0.35;
        e.bins.sumOutcome[3] = 20;
        e.bins.sumRiskEvents[3] = 20 * 0.36;
        e.mannWhitney = analysis::MannWhitney { 212.5, 20, 20 };
        const EvaluationResponse back = roundTrip(e);
        QCOMPARE(back.bins.sumRiskEvents, e.bins.sumRiskEvents);
        QVERIFY(back.mannWhitney);
        QCOMPARE(back.mannWhitney->u, 212.5);
        QCOMPARE(back.mannWhitney->positives, 20.0);
        QCOMPARE(back.mannWhitney->negatives, 20.0);
        // A node that releases neither (older, or the rule withheld u) still decodes.
        EvaluationResponse plain = e;
        plain.mannWhitney.reset();
        plain.bins.sumRiskEvents.clear();
        const QJsonObject plainJson = toJson(plain);
        QVERIFY(!plainJson.contains(QStringLiteral("mann_whitney")));
        const EvaluationResponse plainBack = roundTrip(plain);
        QVERIFY(!plainBack.mannWhitney);
        QVERIFY(plainBack.bins.sumRiskEvents.empty());
        // A u that is no pair count, and event sums of the wrong length, are refused.
        auto refused = [&](const QJsonObject &json, const QString &path) {
            const Decoded<EvaluationResponse> d = fromJson<EvaluationResponse>(json);
            QVERIFY(!d.ok());
            QCOMPARE(d.error().path, path);
        };
        QJsonObject json = toJson(e);
        QJsonObject mw = json[QStringLiteral("mann_whitney")].toObject();
        mw[QStringLiteral("u")] = 212.25;
        json[QStringLiteral("mann_whitney")] = mw;
        refused(json, QStringLiteral("mann_whitney.u"));
        mw[QStringLiteral("u")] = 401.0;
        json[QStringLiteral("mann_whitney")] = mw;
        refused(json, QStringLiteral("mann_whitney.u"));
        json = toJson(e);
        QJsonObject bins = json[QStringLiteral("performance_bins")].toObject();
        bins[QStringLiteral("sum_risk_events")] = QJsonArray { 1.0, 2.0 };
        json[QStringLiteral("performance_bins")] = bins;
        refused(json, QStringLiteral("performance_bins.sum_risk_events"));
        // A subgroup cell's per-class Σ p² (issue 15): optional, both or neither, one per bin.
        EvaluationResponse cell = e;
        cell.bins.sumSquaredRiskEvents.assign(10, 0);
        cell.bins.sumSquaredRiskNonEvents.assign(10, 0);
        cell.bins.sumSquaredRiskEvents[3] = 20 * 0.36 * 0.36;
        cell.bins.sumSquaredRiskNonEvents[3] = 20 * 0.34 * 0.34;
        const EvaluationResponse cellBack = roundTrip(cell);
        QCOMPARE(cellBack.bins.sumSquaredRiskEvents, cell.bins.sumSquaredRiskEvents);
        QCOMPARE(cellBack.bins.sumSquaredRiskNonEvents, cell.bins.sumSquaredRiskNonEvents);
        QVERIFY(!toJson(e)
                     .value(QStringLiteral("performance_bins"))
                     .toObject()
                     .contains(QStringLiteral("sum_squared_risk_events")));
        json = toJson(cell);
        bins = json[QStringLiteral("performance_bins")].toObject();
        bins[QStringLiteral("sum_squared_risk_non_events")] = QJsonArray { 1.0 };
        json[QStringLiteral("performance_bins")] = bins;
        refused(json, QStringLiteral("performance_bins.sum_squared_risk_non_events"));
        bins.remove(QStringLiteral("sum_squared_risk_non_events"));
        json[QStringLiteral("performance_bins")] = bins;
        refused(json, QStringLiteral("performance_bins.sum_squared_risk_events"));
    }

    // The reader's strictness, on the smallest body of protocol version 2 (a round relay).
    void refusesMalformed_data()
    {
        // parseObject refuses what is not one JSON object; fromJson refuses the rest, naming the
        // field (path). Each row says which of the two must refuse it.
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("parseRefuses");
        QTest::addColumn<QString>("path");
        QTest::newRow("not json") << QByteArray("{\"round\": 1, ") << true << QString();
        QTest::newRow("array") << QByteArray("[1,2]") << true << QString();
        QTest::newRow("NaN text") << QByteArray("{\"round\": NaN, \"previous\": []}") << true
                                  << QString();
        QTest::newRow("unknown field")
            << QByteArray("{\"round\": 1, \"previous\": [], \"sql\": \"drop\"}") << false
            << QStringLiteral("sql");
        QTest::newRow("missing previous")
            << QByteArray("{\"round\": 1}") << false << QStringLiteral("previous");
        QTest::newRow("contribution text") << QByteArray("{\"round\": 1, \"previous\": [\"1\"]}")
                                           << false << QStringLiteral("previous[0]");
        QTest::newRow("huge number") // out of double range: the parser refuses it
            << QByteArray("{\"round\": 1e999, \"previous\": []}") << true << QString();
        QTest::newRow("fractional round")
            << QByteArray("{\"round\": 1.5, \"previous\": []}") << false << QStringLiteral("round");
        QTest::newRow("round zero")
            << QByteArray("{\"round\": 0, \"previous\": []}") << false << QStringLiteral("round");
        // A key twice: the parser keeps the last, another reader the first (review of rule 4).
        QTest::newRow("duplicate key")
            << QByteArray("{\"round\": 1, \"previous\": [], \"round\": 2}") << true << QString();
        QTest::newRow("duplicate key, escaped")
            << QByteArray("{\"round\": 1, \"previous\": [], \"\\u0072ound\": 2}") << true
            << QString();
        QTest::newRow("duplicate key, nested")
            << QByteArray("{\"round\": 1, \"previous\": [{\"a\": 1, \"a\": 1}]}") << true
            << QString();
        // Colons, quotes and backslashes inside strings are not keys.
        QTest::newRow("colons in strings")
            << QByteArray("{\"round\": 1, \"previous\": [\"a:b\\\":\\\\\", {\"c\": \"d:\"}]}")
            << false << QStringLiteral("previous[0]");
    }

    void refusesMalformed()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, parseRefuses);
        QFETCH(QString, path);
        const Decoded<QJsonObject> object = parseObject(body);
        QCOMPARE(!object.ok(), parseRefuses);
        if (parseRefuses) {
            QVERIFY(!object.error().message.isEmpty());
            return;
        }
        const Decoded<RoundRelay> r = fromJson<RoundRelay>(object.value());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().path, path);
        QVERIFY(!r.error().message.isEmpty());
    }

    void refusesBadDesigns_data()
    {
        QTest::addColumn<QString>("mutation");
        QTest::addColumn<QString>("path");
        QTest::newRow("family") << QStringLiteral("family") << QStringLiteral("spec.family");
        QTest::newRow("transform")
            << QStringLiteral("transform") << QStringLiteral("spec.predictors[0].transform");
        QTest::newRow("knots on log")
            << QStringLiteral("knots-on-log") << QStringLiteral("spec.predictors[4].knots");
        QTest::newRow("knots range")
            << QStringLiteral("knots-range") << QStringLiteral("spec.predictors[1].knots");
        QTest::newRow("winsor bounds")
            << QStringLiteral("winsor") << QStringLiteral("spec.predictors[3].lower");
        QTest::newRow("empty filter")
            << QStringLiteral("filter") << QStringLiteral("spec.filters[0].variable");
        QTest::newRow("negative ridge")
            << QStringLiteral("ridge") << QStringLiteral("spec.ridge_lambda");
        QTest::newRow("scaling") << QStringLiteral("scaling")
                                 << QStringLiteral("scaling.birth_weight.sd");
    }

    void refusesBadDesigns()
    {
        QFETCH(QString, mutation);
        QFETCH(QString, path);
        QJsonObject d = toJson(sampleDesign());
        QJsonObject spec = d[QStringLiteral("spec")].toObject();
        QJsonArray predictors = spec[QStringLiteral("predictors")].toArray();
        auto setPredictor = [&](int i, const QString &key, const QJsonValue &v) {
            QJsonObject p = predictors[i].toObject();
            p[key] = v;
            predictors[i] = p;
        };
        if (mutation == QLatin1String("family"))
            spec[QStringLiteral("family")] = QStringLiteral("weibull");
        else if (mutation == QLatin1String("transform"))
            setPredictor(0, QStringLiteral("transform"), QStringLiteral("sqrt"));
        else if (mutation == QLatin1String("knots-on-log"))
            setPredictor(4, QStringLiteral("knots"), 3);
        else if (mutation == QLatin1String("knots-range"))
            setPredictor(1, QStringLiteral("knots"), 12);
        else if (mutation == QLatin1String("winsor"))
            setPredictor(3, QStringLiteral("lower"), 20);
        else if (mutation == QLatin1String("filter"))
            spec[QStringLiteral("filters")] = QJsonArray { QJsonObject {
                { QStringLiteral("variable"), QStringLiteral("x") } } };
        else if (mutation == QLatin1String("ridge"))
            spec[QStringLiteral("ridge_lambda")] = -1;
        else if (mutation == QLatin1String("scaling"))
            d[QStringLiteral("scaling")]
                = QJsonObject { { QStringLiteral("birth_weight"),
                                  QJsonObject { { QStringLiteral("mean"), 1 } } } };
        spec[QStringLiteral("predictors")] = predictors;
        d[QStringLiteral("spec")] = spec;
        const Decoded<analysis::ResolvedDesign> r = fromJson<analysis::ResolvedDesign>(d);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().path, path);
    }

    void errorBody()
    {
        ApiError e;
        e.code = QStringLiteral("min-cell");
        e.message = QStringLiteral("A category has fewer than 10 records.");
        e.detail = QStringLiteral("smoke=1 × ht=1");
        e.rule = true;
        const ApiError back = roundTrip(e);
        QCOMPARE(back.code, e.code);
        QCOMPARE(back.message, e.message);
        QCOMPARE(back.detail, e.detail);
        QVERIFY(back.rule);
        QVERIFY(!toJson(e)[QStringLiteral("error")].toObject().contains(QStringLiteral("params")));
        // A rule's parameters travel as numbers; a body without them (older nodes) still reads.
        e.params.insert(QStringLiteral("threshold"), 10);
        QCOMPARE(roundTrip(e).params.value(QStringLiteral("threshold")).toDouble(), 10.0);
    }

    void oversizedBodyRefused()
    {
        const QByteArray body = "{\"x\":\"" + QByteArray(2000, 'a') + "\"}";
        QVERIFY(!parseObject(body, 1000).ok());
        QVERIFY(parseObject(body, 4000).ok());
    }
};

QTEST_GUILESS_MAIN(tst_Codec)
#include "tst_codec.moc"

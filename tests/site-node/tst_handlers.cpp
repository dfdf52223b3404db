// SPDX-License-Identifier: GPL-3.0-or-later
// The node API in-process: a real encrypted store in a temporary dir, requests as the HTTPS server
// would hand them over, answers checked for status, rule id and exact numbers.
#include "fairstart/node/disclosurecontrol.h"
#include "fairstart/node/handlers.h"
#include "fairstart/node/import.h"
#include "fairstart/node/policy.h"
#include "fairstart/node/store.h"

#include "fairstart/analysis/disclosure.h"
#include "fairstart/analysis/discrimination.h"
#include "fairstart/analysis/glm.h"
#include "fairstart/analysis/roundkernel.h"
#include "fairstart/protocol/codec.h"
#include "fairstart/secure/secure.h"

#include "expectedtest.h"
#include "fakesite.h"
#include "inprocessstudy.h"
#include "protocolone.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <functional>

using namespace fairstart;
using node::ApiHandlers;
using node::ApiRequest;
using node::ApiResponse;

Q_DECLARE_METATYPE(fairstart::analysis::ResolvedDesign)

namespace {

constexpr int kRows = 600;

// The node's policy with any numeric filter bound allowed (filter_bounds_on_edges = no).
node::Policy anyBoundPolicy()
{
    auto policy = node::Policy::parse(QStringLiteral("filter_bounds_on_edges = no\n"));
    if (!policy)
        qFatal("cannot parse the policy: %s", qPrintable(policy.error().message));
    return *policy;
}

// A deterministic cohort: `site` c has 4 records, `region` island 6, one extreme income, `rare`
// 15 events; every 10th record has no research consent and record 5's flag is missing.
node::LoadedDataset makeCohort()
{
    std::vector<std::string> sex, site, region;
    std::vector<double> smoke, age, income, delay, rare, consent, weight, serial, balance;
    std::vector<std::int64_t> ids;
    std::uint64_t state = 12345;
    auto uniform = [&state] {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return double(state >> 11) / double(1ULL << 53);
    };
    for (int i = 0; i < kRows; ++i) {
        sex.push_back(uniform() < 0.5 ? "female" : "male");
        site.push_back(i < 4 ? "c" : (uniform() < 0.6 ? "a" : "b"));
        region.push_back(i >= 10 && i < 16 ? "island" : (i % 3 == 0 ? "north" : "south"));
        smoke.push_back(uniform() < 0.3 ? 1 : 0);
        age.push_back(20 + std::floor(uniform() * 25));
        income.push_back(i == 7 ? 1e7 : 1 + uniform() * 5);
        const double eta = -1.5 + 0.8 * smoke.back() + 0.03 * (age.back() - 30);
        delay.push_back(uniform() < 1 / (1 + std::exp(-eta)) ? 1 : 0);
        rare.push_back(i % 40 == 3 ? 1 : 0);
        consent.push_back(i == 5 ? std::nan("") : (i % 10 == 9 ? 0 : 1));
        // Distinct values 40.0 .. 99.9 in a scrambled order (no draw: the others stay as they
        // were).
        weight.push_back(40 + double(i * 37 % 600) / 10);
        serial.push_back(i); // a one-record cohort by filter: serial in [i, i]
        balance.push_back(i % 7 - 2); // -2..4: log() and Poisson fail on some records

        ids.push_back(1000 + i);
    }
    node::LoadedDataset data;
    data.info.name = QStringLiteral("cohort");
    data.info.label = QStringLiteral("Test cohort");
    data.info.rows = kRows;
    auto variable = [](const char *name, node::VariableKind kind, QStringList levels = {}) {
        node::VariableInfo v;
        v.name = QString::fromLatin1(name);
        v.kind = kind;
        v.levels = levels;
        return v;
    };
    using K = node::VariableKind;
    data.info.variables = {
        variable("sex", K::Categorical, { QStringLiteral("female"), QStringLiteral("male") }),
        variable("site", K::Categorical,
                 { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") }),
        variable("region", K::Categorical,
                 { QStringLiteral("island"), QStringLiteral("north"), QStringLiteral("south") }),
        variable("smoke", K::Binary),
        variable("age", K::Numeric),
        variable("income", K::Numeric),
        variable("delay", K::Binary),
        variable("rare", K::Binary),
        variable("weight", K::Numeric),
        variable("serial", K::Numeric),
        variable("balance", K::Numeric),
    };
    node::VariableInfo consentInfo = variable("consent_research", K::Binary);
    consentInfo.role = node::VariableRole::Consent;
    consentInfo.consentPurpose = QStringLiteral("research");
    data.info.variables.push_back(consentInfo);
    (void)data.table.addText("sex", sex);
    (void)data.table.addText("site", site);
    (void)data.table.addText("region", region);
    (void)data.table.addNumeric("smoke", smoke);
    (void)data.table.addNumeric("age", age);
    (void)data.table.addNumeric("income", income);
    (void)data.table.addNumeric("delay", delay);
    (void)data.table.addNumeric("rare", rare);
    (void)data.table.addNumeric("weight", weight);
    (void)data.table.addNumeric("serial", serial);
    (void)data.table.addNumeric("balance", balance);
    (void)data.table.addNumeric("consent_research", consent);
    data.recordIds = ids;
    return data;
}

analysis::ResolvedDesign design(const std::string &outcome,
                                const std::vector<analysis::Predictor> &predictors,
                                const std::vector<analysis::Filter> &filters = {})
{
    analysis::ResolvedDesign d;
    d.spec.outcome.variable = outcome;
    d.spec.family = analysis::Family::Binomial;
    d.spec.predictors = predictors;
    d.spec.filters = filters;
    d.levels["sex"] = { "female", "male" };
    d.levels["region"] = { "island", "north", "south" };
    d.levels["site"] = { "a", "b", "c" };
    return d;
}

analysis::Predictor factor(const char *name)
{
    analysis::Predictor p;
    p.variable = name;
    p.transform = analysis::Transform::Categorical;
    return p;
}

analysis::Predictor plain(const char *name)
{
    analysis::Predictor p;
    p.variable = name;
    return p;
}

analysis::Filter siteIn(std::vector<std::string> values)
{
    analysis::Filter f;
    f.variable = "site";
    f.values = std::move(values);
    return f;
}

analysis::ResolvedDesign standardDesign(const std::vector<analysis::Filter> &filters = {})
{
    return design("delay", { factor("sex"), plain("smoke"), plain("age") }, filters);
}

const testsupport::TestNodeKeys &nodeKeys()
{
    static const testsupport::TestNodeKeys keys = testsupport::TestNodeKeys::make();
    return keys;
}

// A study in which this node is the only participant (protocol version 2).
protocol::StudyManifest manifestFor(const analysis::ResolvedDesign &d,
                                    const QString &purpose = QStringLiteral("research"))
{
    return testsupport::soloManifest(QStringLiteral("Test node"), nodeKeys(), d, purpose);
}

QByteArray jobBody(const analysis::ResolvedDesign &d,
                   const QString &purpose = QStringLiteral("research"))
{
    return testsupport::studyJobBody(manifestFor(d, purpose));
}

QJsonObject json(const ApiResponse &response)
{
    return QJsonDocument::fromJson(response.body).object();
}

QJsonObject errorParams(const ApiResponse &response)
{
    return json(response)
        .value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("params"))
        .toObject();
}

QString errorCode(const ApiResponse &response)
{
    return json(response)
        .value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("code"))
        .toString();
}

} // namespace

class tst_Handlers : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void healthNeedsNoToken();
    void badTokens_data();
    void badTokens();
    void infoShowsCallerAndPolicy();
    void infoListsRegisteredModels();
    void purposeMustBeTheTokens();
    void unknownPathsAndMethods();
    void catalogueRoundsAndSuppresses();
    void catalogueCarriesTheSchemasLevelsAndWholeNumbers();
    void malformedBodies_data();
    void malformedBodies();
    void unknownVariablesAreRefused_data();
    void unknownVariablesAreRefused();
    void designHashMismatchIsRefused();
    void roundsMatchInProcessComputation();
    void roundValidation();
    void roundCap();
    void jobQuota();
    void disclosureRules_data();
    void disclosureRules();
    void differencingAcrossUsers();
    void descriptivesReleaseOnlySafeNumbers();
    void evaluationBinsAreMerged();
    void disguisedCategoriesAreRefused();
    void roundAtAChosenBetaIsRefused();
    void histogramTailsEachOnTheirOwn();
    void filterBoundsOnTheNodesEdges();
    void breakpointBoundsOnTheNodesEdges();
    void evaluationNeedsTheFinalBetaOfOwnJob();
    void dataDependentFailuresComeAfterTheCohortRules_data();
    void dataDependentFailuresComeAfterTheCohortRules();
    void metadataErrorsComeBeforeTheData_data();
    void metadataErrorsComeBeforeTheData();
    void poissonOutcomeMustBeCounts();
    void auditRecordsChecksNeverRows();
    void cacheReloadsAfterReimport();
    void tableDroppedOnceTheDesignIsBuilt();
    void preloadReadsEachDatasetOnce();
    void preloadFollowsPolicy();
    void everyReleasePassedTheGate();

private:
    ApiResponse call(const std::string &method, const std::string &path, const QString &token,
                     const QByteArray &body = {},
                     std::multimap<std::string, std::string> query = {},
                     ApiHandlers *handlers = nullptr);
    QString tokenFor(const QString &user,
                     const QStringList &purposes = { QStringLiteral("research") });
    // A study of `token` on `d` with this node as its only participant, run to convergence (or
    // `rounds` rounds); its job id and, when it converged, the node's final β.
    struct Study {
        QString jobId;
        QString study;
        std::vector<double> finalBeta;
        QList<protocol::SignedContribution> contributions; // each round's answer
    };
    Study runStudy(const QString &token, const protocol::StudyManifest &manifest, int rounds = 100,
                   ApiHandlers *handlers = nullptr);
    // A consented record (by its serial) for which `pick` holds.
    int consentedRecord(const std::function<bool(int)> &pick) const;
    QJsonObject lastAuditEntry() const;
    // A node of its own holding the test data, with a token of `user` for research: its cache and
    // differencing ledger hold nothing of the other tests. Null when it cannot be made.
    struct OwnNode {
        QTemporaryDir dir;
        std::shared_ptr<node::SiteStore> store;
        std::unique_ptr<ApiHandlers> handlers;
        QString token;
    };
    std::unique_ptr<OwnNode> ownNode(const QString &user) const;

    QTemporaryDir m_dir;
    std::shared_ptr<node::SiteStore> m_store;
    std::unique_ptr<ApiHandlers> m_handlers;
    node::LoadedDataset m_data;
    QString m_ann;
    QString m_revoked;
};

ApiResponse tst_Handlers::call(const std::string &method, const std::string &path,
                               const QString &token, const QByteArray &body,
                               std::multimap<std::string, std::string> query, ApiHandlers *handlers)
{
    ApiRequest request;
    request.method = method;
    request.path = path;
    request.query = std::move(query);
    if (!token.isEmpty())
        request.authorization = "Bearer " + token.toStdString();
    if (!body.isEmpty())
        request.contentType = "application/json";
    request.body = body;
    return (handlers ? handlers : m_handlers.get())->handle(request);
}

QString tst_Handlers::tokenFor(const QString &user, const QStringList &purposes)
{
    auto created = m_store->createToken(user, purposes, 30);
    if (!created)
        qFatal("cannot create a token: %s", qPrintable(created.error().message));
    return created->token;
}

void tst_Handlers::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto store = node::SiteStore::create(m_dir.path(), QStringLiteral("test passphrase"),
                                         QStringLiteral("Test node"));
    QVERIFY2(store, qPrintable(store ? QString() : store.error().message));
    m_store = std::move(store).value();
    m_data = makeCohort();
    auto stored = m_store->storeDataset(m_data.info, m_data.table, m_data.recordIds);
    QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().message));
    m_ann = tokenFor(QStringLiteral("ann"));
    m_revoked = tokenFor(QStringLiteral("rev"));
    auto tokens = m_store->listTokens();
    QVERIFY(tokens);
    for (const auto &t : *tokens) {
        if (t.user == QStringLiteral("rev"))
            QVERIFY(m_store->revokeToken(t.id));
    }
    // The order of the checks is tested with one-record cohorts cut by numeric bounds (serial in
    // [i, i]); a node on its default policy refuses those bounds first (rule filter-bound,
    // filterBoundsOnTheNodesEdges). Here the administrator allowed any bound, so that the later
    // rules are reached.
    m_handlers = std::make_unique<ApiHandlers>(m_store, anyBoundPolicy(), nodeKeys().keys,
                                               nodeKeys().secrets);
}

void tst_Handlers::healthNeedsNoToken()
{
    const ApiResponse response = call("GET", "/v1/health", QString());
    QCOMPARE(response.status, 200);
    QCOMPARE(json(response).value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
}

void tst_Handlers::badTokens_data()
{
    QTest::addColumn<QString>("authorization");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("missing") << QString() << 401 << QStringLiteral("unauthenticated");
    QTest::newRow("not bearer") << QStringLiteral("Basic YW5uOnB3") << 401
                                << QStringLiteral("unauthenticated");
    QTest::newRow("unknown") << QStringLiteral("Bearer fst_nope_0000") << 401
                             << QStringLiteral("unauthenticated");
    QTest::newRow("garbage") << QStringLiteral("Bearer \x01\x02''; DROP TABLE tokens;--") << 401
                             << QStringLiteral("unauthenticated");
    QTest::newRow("revoked") << QStringLiteral("REVOKED") << 403 << QStringLiteral("token-revoked");
}

void tst_Handlers::badTokens()
{
    QFETCH(QString, authorization);
    QFETCH(int, status);
    QFETCH(QString, code);
    ApiRequest request;
    request.method = "GET";
    request.path = "/v1/info";
    request.authorization = authorization == QStringLiteral("REVOKED")
        ? "Bearer " + m_revoked.toStdString()
        : authorization.toStdString();
    const ApiResponse response = m_handlers->handle(request);
    QCOMPARE(response.status, status);
    QCOMPARE(errorCode(response), code);
    QVERIFY(!json(response)
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("message"))
                 .toString()
                 .isEmpty());
}

void tst_Handlers::infoShowsCallerAndPolicy()
{
    const ApiResponse response = call("GET", "/v1/info", m_ann);
    QCOMPARE(response.status, 200);
    auto info = protocol::fromJson<protocol::NodeInfo>(json(response));
    QVERIFY2(info, qPrintable(info ? QString() : info.error().text()));
    QCOMPARE(info->name, QStringLiteral("Test node"));
    QCOMPARE(info->user, QStringLiteral("ann"));
    QCOMPARE(info->purposes, QStringList { QStringLiteral("research") });
    QCOMPARE(info->keys.tlsPin, QStringLiteral("sha256//test"));
    QCOMPARE(info->policy.disclosure.minCell, 10);
    QCOMPARE(info->policy.disclosure.maxRounds, 25);
    QCOMPARE(info->protocolVersion, QStringLiteral("2"));
    QCOMPARE(info->aggregationModes,
             (QStringList { QStringLiteral("masked"), QStringLiteral("plain") }));
    QCOMPARE(info->keys.signingKey, nodeKeys().keys.signingKey);
    QVERIFY(info->datasets.contains(QStringLiteral("cohort")));
    // The round kernel this process chose at start-up (issue 16).
    QCOMPARE(info->kernel, QString::fromLatin1(analysis::activeRoundKernelName().data()));
    QVERIFY(json(response).contains(QStringLiteral("kernel")));
}

void tst_Handlers::infoListsRegisteredModels()
{
    // The workbench offers the registered validation models from /v1/info: name and hash only,
    // sorted by name; neither the design nor the β leaves the node.
    for (const char *name : { "zeta", "alpha" }) {
        node::SiteStore::ValidationModel model;
        model.name = QString::fromLatin1(name);
        model.hash = QStringLiteral("sha256:") + QString::fromLatin1(name);
        model.design = QByteArrayLiteral("{\"secret_design\":1}");
        model.beta = QByteArray(8, '\x11');
        model.note = QStringLiteral("secret note");
        QVERIFY(m_store->addValidationModel(model));
    }
    const ApiResponse response = call("GET", "/v1/info", m_ann);
    QCOMPARE(response.status, 200);
    auto info = protocol::fromJson<protocol::NodeInfo>(json(response));
    QVERIFY2(info, qPrintable(info ? QString() : info.error().text()));
    QCOMPARE(info->validationModels.size(), 2);
    QCOMPARE(info->validationModels.at(0).name, QStringLiteral("alpha"));
    QCOMPARE(info->validationModels.at(0).hash, QStringLiteral("sha256:alpha"));
    QCOMPARE(info->validationModels.at(1).name, QStringLiteral("zeta"));
    QVERIFY(!response.body.contains("secret"));
    for (const char *name : { "zeta", "alpha" })
        QVERIFY(m_store->removeValidationModel(QString::fromLatin1(name)));
    // An older node's info without the field still reads (no models).
    QJsonObject old = json(call("GET", "/v1/info", m_ann));
    old.remove(QStringLiteral("validation_models"));
    auto oldInfo = protocol::fromJson<protocol::NodeInfo>(old);
    QVERIFY(oldInfo);
    QVERIFY(oldInfo->validationModels.isEmpty());
}

void tst_Handlers::purposeMustBeTheTokens()
{
    ApiResponse response = call("GET", "/v1/catalogue", m_ann, {}, { { "purpose", "marketing" } });
    QCOMPARE(response.status, 403);
    QCOMPARE(errorCode(response), QStringLiteral("purpose"));
    QVERIFY(json(response)
                .value(QStringLiteral("error"))
                .toObject()
                .value(QStringLiteral("rule"))
                .toBool());
    response
        = call("POST", "/v1/jobs", m_ann, jobBody(standardDesign(), QStringLiteral("marketing")));
    QCOMPARE(response.status, 403);
    QCOMPARE(errorCode(response), QStringLiteral("purpose"));
    response = call("GET", "/v1/catalogue", m_ann);
    QCOMPARE(response.status, 400);
    QCOMPARE(errorCode(response), QStringLiteral("purpose-missing"));
}

void tst_Handlers::unknownPathsAndMethods()
{
    QCOMPARE(call("GET", "/v1/nothing", m_ann).status, 404);
    QCOMPARE(call("GET", "/v2/info", m_ann).status, 404);
    QCOMPARE(call("DELETE", "/v1/info", m_ann).status, 405);
    QCOMPARE(call("GET", "/v1/jobs", m_ann).status, 405);
    QCOMPARE(call("GET", "/v1/jobs/0123456789abcdef0123456789abcdef", m_ann).status, 404);
    QCOMPARE(call("GET", "/v1/jobs/../../etc/passwd", m_ann).status, 404);
    ApiRequest wrongType;
    wrongType.method = "POST";
    wrongType.path = "/v1/jobs";
    wrongType.authorization = "Bearer " + m_ann.toStdString();
    wrongType.contentType = "text/plain";
    wrongType.body = jobBody(standardDesign());
    const ApiResponse response = m_handlers->handle(wrongType);
    QCOMPARE(response.status, 415);
    QCOMPARE(errorCode(response), QStringLiteral("unsupported-media-type"));
}

// Issue 17: the import schema's level order and labels reach the catalogue (stored with the
// dataset, so a restarted node still has them), and a numeric variable whose consented values
// are all whole numbers says so; counts are rounded and withheld as ever.
void tst_Handlers::catalogueCarriesTheSchemasLevelsAndWholeNumbers()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto created = node::SiteStore::create(dir.path(), QStringLiteral("test passphrase"),
                                           QStringLiteral("Schema node"));
    QVERIFY_EXPECTED(created);
    std::shared_ptr<node::SiteStore> store = std::move(created).value();
    QByteArray csv = "edu,apgar,ses,consent_research\n";
    const char *const levels[] = { "high", "low", "middle" };
    for (int i = 0; i < 90; ++i)
        csv += QByteArray(levels[i % 3]) + ',' + QByteArray::number(5 + i % 5) + ','
            + QByteArray::number(0.25 * i) + (i == 7 ? ",0\n" : ",1\n");
    // The record without consent is the only one with a fractional apgar: not released.
    csv.replace("low,7,1.75,0", "low,7.5,1.75,0");
    auto schema = node::ImportSchema::fromJson(
        R"json({"columns": {"edu": {"type": "categorical", "levels": [
              {"name": "low", "label": "Low (primary)"}, "middle",
              {"name": "high", "label": "High"}]},
            "consent_research": {"type": "consent", "purpose": "research"}}})json");
    QVERIFY_EXPECTED(schema);
    auto parsed = node::parseCsvDataset(QStringLiteral("schema"), csv, *schema);
    QVERIFY_EXPECTED(parsed);
    QVERIFY_EXPECTED(store->storeDataset(parsed->info, parsed->table, parsed->recordIds));
    auto token = store->createToken(QStringLiteral("ann"), { QStringLiteral("research") }, 30);
    QVERIFY_EXPECTED(token);
    for (int pass = 0; pass < 2; ++pass) {
        // The second pass reads the dataset back from the store, as a restarted node does.
        ApiHandlers handlers(store, anyBoundPolicy(), nodeKeys().keys, nodeKeys().secrets);
        const ApiResponse response = call("GET", "/v1/catalogue", token->token, {},
                                          { { "purpose", "research" } }, &handlers);
        QCOMPARE(response.status, 200);
        auto catalogue = protocol::fromJson<protocol::Catalogue>(json(response));
        QVERIFY2(catalogue, qPrintable(catalogue ? QString() : catalogue.error().text()));
        const protocol::CatalogueDataset &d = catalogue->datasets.front();
        auto variable = [&d](const char *name) {
            return *std::find_if(d.variables.begin(), d.variables.end(),
                                 [name](const protocol::CatalogueVariable &v) {
                                     return v.name == QLatin1String(name);
                                 });
        };
        const protocol::CatalogueVariable edu = variable("edu");
        QVERIFY(edu.levelsInDeclaredOrder);
        QCOMPARE(edu.levels.size(), 3);
        QCOMPARE(edu.levels[0].name, QStringLiteral("low"));
        QCOMPARE(edu.levels[0].label, QStringLiteral("Low (primary)"));
        QCOMPARE(edu.levels[1].name, QStringLiteral("middle"));
        QCOMPARE(edu.levels[1].label, QString());
        QCOMPARE(edu.levels[2].name, QStringLiteral("high"));
        QCOMPARE(edu.levels[2].label, QStringLiteral("High"));
        QCOMPARE(edu.levels[0].count, std::optional<qint64>(30)); // rounded as before
        QVERIFY(variable("apgar").wholeNumbers);
        QVERIFY(!variable("ses").wholeNumbers);
        QVERIFY(!edu.wholeNumbers);
    }
    // Without a declared order the levels are sorted by name and said to be, as before.
    auto plain = node::parseCsvDataset(QStringLiteral("plain"), "c,n\nb,1\na,2\nb,3\n", {});
    QVERIFY_EXPECTED(plain);
    QVERIFY(plain->info.variable(QStringLiteral("c"))->levelLabels.isEmpty());
}

void tst_Handlers::catalogueRoundsAndSuppresses()
{
    const ApiResponse response
        = call("GET", "/v1/catalogue", m_ann, {}, { { "purpose", "research" } });
    QCOMPARE(response.status, 200);
    auto catalogue = protocol::fromJson<protocol::Catalogue>(json(response));
    QVERIFY2(catalogue, qPrintable(catalogue ? QString() : catalogue.error().text()));
    QCOMPARE(catalogue->datasets.size(), 1);
    const protocol::CatalogueDataset &dataset = catalogue->datasets.front();
    // 600 records, 60 without consent and one with a missing flag: 539, rounded 540.
    QVERIFY(dataset.rows);
    QCOMPARE(*dataset.rows, qint64(540));
    QStringList names;
    for (const auto &variable : dataset.variables) {
        names.append(variable.name);
        if (variable.count)
            QCOMPARE(*variable.count % 10, qint64(0));
        for (const auto &level : variable.levels) {
            if (level.count)
                QCOMPARE(*level.count % 10, qint64(0));
            if (variable.name == QStringLiteral("region") && level.name == QStringLiteral("island"))
                QVERIFY2(!level.count, "a level with 6 records is withheld");
            if (variable.name == QStringLiteral("site") && level.name == QStringLiteral("c"))
                QVERIFY2(!level.count, "a level with 4 records is withheld");
        }
    }
    QVERIFY(names.contains(QStringLiteral("age")));
    QVERIFY2(!names.contains(QStringLiteral("consent_research")),
             "consent flags are not analysis variables");
    QCOMPARE(dataset.consentPurposes, QStringList { QStringLiteral("research") });
    QCOMPARE(call("GET", "/v1/catalogue", m_ann, {},
                  { { "purpose", "research" }, { "dataset", "nope" } })
                 .status,
             404);
}

void tst_Handlers::malformedBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("path");
    const QByteArray valid = jobBody(standardDesign());
    const QJsonObject manifest
        = QJsonDocument::fromJson(valid).object().value(QStringLiteral("manifest")).toObject();
    auto wrapped = [](const QJsonObject &m) {
        return QJsonObject { { QStringLiteral("manifest"), m } };
    };
    QJsonObject changed = manifest;
    changed.insert(QStringLiteral("purpsoe"), QStringLiteral("research"));
    const QJsonObject unknownField = wrapped(changed);
    changed = manifest;
    changed.remove(QStringLiteral("dataset"));
    const QJsonObject missingField = wrapped(changed);
    changed = manifest;
    changed.insert(QStringLiteral("dataset"), 42);
    const QJsonObject wrongType = wrapped(changed);
    QTest::newRow("garbage") << QByteArray("\x00\xff{{{", 5) << QStringLiteral("/v1/jobs");
    QTest::newRow("truncated") << valid.left(valid.size() / 2) << QStringLiteral("/v1/jobs");
    QTest::newRow("array") << QByteArray("[1,2,3]") << QStringLiteral("/v1/jobs");
    QTest::newRow("empty object") << QByteArray("{}") << QStringLiteral("/v1/jobs");
    QTest::newRow("unknown field")
        << QJsonDocument(unknownField).toJson() << QStringLiteral("/v1/jobs");
    QTest::newRow("missing field")
        << QJsonDocument(missingField).toJson() << QStringLiteral("/v1/jobs");
    QTest::newRow("wrong type") << QJsonDocument(wrongType).toJson() << QStringLiteral("/v1/jobs");
    QTest::newRow("descriptives garbage")
        << QByteArray("{\"purpose\":") << QStringLiteral("/v1/descriptives");
    QTest::newRow("evaluation empty") << QByteArray("{}") << QStringLiteral("/v1/evaluations");
}

void tst_Handlers::malformedBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, path);
    const ApiResponse response = call("POST", path.toStdString(), m_ann, body);
    QCOMPARE(response.status, 400);
    QCOMPARE(errorCode(response), QStringLiteral("malformed-request"));
    QVERIFY(!json(response)
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("rule"))
                 .toBool());
}

void tst_Handlers::unknownVariablesAreRefused_data()
{
    QTest::addColumn<QString>("variable");
    QTest::newRow("typo") << QStringLiteral("agee");
    QTest::newRow("consent flag") << QStringLiteral("consent_research");
    QTest::newRow("sql") << QStringLiteral("age'); DROP TABLE datasets;--");
}

void tst_Handlers::unknownVariablesAreRefused()
{
    QFETCH(QString, variable);
    const qint64 generation = *m_store->generation(QStringLiteral("cohort"));
    const std::string name = variable.toStdString();
    const ApiResponse response = call("POST", "/v1/jobs", tokenFor(QStringLiteral("uv")),
                                      jobBody(design("delay", { plain(name.c_str()) })));
    QCOMPARE(response.status, 400);
    QCOMPARE(errorCode(response), QStringLiteral("unknown-variable"));
    // The store is unchanged and still serves.
    QCOMPARE(*m_store->generation(QStringLiteral("cohort")), generation);
    QCOMPARE(call("GET", "/v1/info", m_ann).status, 200);
}

void tst_Handlers::designHashMismatchIsRefused()
{
    protocol::StudyManifest manifest = manifestFor(standardDesign());
    manifest.designHash = QStringLiteral("sha256:") + QString(64, QLatin1Char('0'));
    const ApiResponse response
        = call("POST", "/v1/jobs", m_ann, testsupport::studyJobBody(manifest));
    QCOMPARE(response.status, 400);
    QCOMPARE(errorCode(response), QStringLiteral("design-hash-mismatch"));
}

void tst_Handlers::roundsMatchInProcessComputation()
{
    const QString token = tokenFor(QStringLiteral("fit"));
    const analysis::ResolvedDesign d = standardDesign();
    const protocol::StudyManifest manifest = manifestFor(d);
    ApiResponse response = call("POST", "/v1/jobs", token, testsupport::studyJobBody(manifest));
    QCOMPARE(response.status, 201);
    auto created = protocol::fromJson<protocol::JobCreated>(json(response));
    QVERIFY2(created, qPrintable(created ? QString() : created.error().text()));
    QCOMPARE(created->designHash, protocol::designHash(d));
    QCOMPARE(created->terms,
             (QStringList { QStringLiteral("(Intercept)"), QStringLiteral("sexmale"),
                            QStringLiteral("smoke"), QStringLiteral("age") }));
    // The node signed exactly this manifest with its own key.
    QCOMPARE(created->study, protocol::studyHash(manifest));
    QVERIFY(secure::verify(QByteArray::fromBase64(nodeKeys().keys.signingKey.toLatin1()),
                           secure::Domain::Manifest, protocol::manifestBytes(manifest),
                           created->manifestSignature));

    // The same matrix in-process: consented records only.
    const auto consent = node::selectConsented(m_data, QStringLiteral("research"), true);
    QVERIFY(consent);
    auto matrix = analysis::buildDesign(m_data.table, d, &consent->mask);
    QVERIFY(matrix);
    QCOMPARE(created->cohortSize, qint64(matrix->n()));
    QCOMPARE(created->cohortSize, qint64(consent->consented));
    QVERIFY(!created->checks.isEmpty());

    // Every round's statistics are the in-process statistics at the coordinator's own β, and
    // the study ends at the in-process fit.
    const std::string path = "/v1/jobs/" + created->jobId.toStdString();
    QCOMPARE(
        call("POST", path + "/signatures", token,
             testsupport::soloSignatures(QStringLiteral("Test node"), created->manifestSignature))
            .status,
        200);
    analysis::GlmCoordinator coordinator(d.termNames(), analysis::Family::Binomial);
    QList<protocol::SignedContribution> previous;
    for (int round = 1; round <= 40; ++round) {
        response = call("POST", path + "/rounds", token, testsupport::roundBody(round, previous));
        QVERIFY2(response.status == 200, response.body.constData());
        auto answer = protocol::fromJson<protocol::SignedContribution>(json(response));
        QVERIFY2(answer, qPrintable(answer ? QString() : answer.error().text()));
        const protocol::Contribution &c = answer->contribution;
        QCOMPARE(c.round, round);
        QCOMPARE(c.mode, QStringLiteral("plain"));
        if (c.status == protocol::ContributionStatus::Converged) {
            auto fit = coordinator.result();
            QVERIFY(fit);
            QCOMPARE(c.finalBeta,
                     std::vector<double>(fit->beta.data(), fit->beta.data() + fit->beta.size()));
            break;
        }
        QCOMPARE(c.status, protocol::ContributionStatus::Statistics);
        const Eigen::VectorXd beta = coordinator.nextBeta();
        QCOMPARE(c.betaHash,
                 protocol::betaHash(std::vector<double>(beta.data(), beta.data() + beta.size())));
        const auto expected = analysis::computeRound(*matrix, analysis::Family::Binomial, beta);
        QVERIFY(expected);
        QVERIFY(c.plain);
        QVERIFY2(c.plain->xtwxUpper == expected->xtwxUpper, "XᵀWX differs");
        QVERIFY2(c.plain->score == expected->score, "score differs");
        QVERIFY2(c.plain->deviance == expected->deviance, "deviance differs");
        QCOMPARE(c.plain->n, expected->n);
        QCOMPARE(c.plain->events, expected->events);
        QVERIFY(coordinator.accept(*expected));
        previous = { *answer };
        QVERIFY2(round < 40, "the study did not converge");
    }
    response = call("GET", path, token);
    QCOMPARE(response.status, 200);
    auto status = protocol::fromJson<protocol::JobStatus>(json(response));
    QVERIFY(status);
    QVERIFY(status->roundsUsed >= 3);
    QCOMPARE(status->state, protocol::JobState::Open);
}

void tst_Handlers::roundValidation()
{
    const QString token = tokenFor(QStringLiteral("rv"));
    ApiResponse response = call("POST", "/v1/jobs", token, jobBody(standardDesign()));
    QCOMPARE(response.status, 201);
    auto created = protocol::fromJson<protocol::JobCreated>(json(response));
    QVERIFY(created);
    QCOMPARE(created->jobId.size(), 32);
    const std::string job = "/v1/jobs/" + created->jobId.toStdString();
    const std::string path = job + "/rounds";
    // A round of protocol version 1 (a client's β) is refused as such.
    response = call("POST", path, token, QByteArray("{\"round\":1,\"beta\":[0,0,0,0]}"));
    QCOMPARE(response.status, 400);
    QCOMPARE(errorCode(response), QStringLiteral("protocol-version"));
    // Nothing is computed before the manifest's signatures are relayed.
    response = call("POST", path, token, testsupport::roundBody(1));
    QCOMPARE(response.status, 409);
    QCOMPARE(errorCode(response), QStringLiteral("study-not-armed"));
    QCOMPARE(
        call("POST", job + "/signatures", token,
             testsupport::soloSignatures(QStringLiteral("Test node"), created->manifestSignature))
            .status,
        200);
    // Another user's job does not exist for them.
    response = call("POST", path, m_ann, testsupport::roundBody(1));
    QCOMPARE(response.status, 404);
    response = call("POST", path, token, testsupport::roundBody(1));
    QCOMPARE(response.status, 200);
    // Cancelled: later rounds refused.
    response = call("DELETE", job, token);
    QCOMPARE(response.status, 200);
    QCOMPARE(json(response).value(QStringLiteral("state")).toString(), QStringLiteral("cancelled"));
    response = call("POST", path, token, testsupport::roundBody(2));
    QCOMPARE(response.status, 409);
}

void tst_Handlers::roundCap()
{
    node::Policy policy;
    QVERIFY(policy.setValue(QStringLiteral("max_rounds"), 2));
    ApiHandlers capped(m_store, policy, nodeKeys().keys, nodeKeys().secrets);
    const QString token = tokenFor(QStringLiteral("cap"));
    // A manifest asking for more rounds than the policy allows is refused.
    ApiResponse response = call("POST", "/v1/jobs", token, jobBody(standardDesign()), {}, &capped);
    QCOMPARE(response.status, 403);
    QCOMPARE(errorCode(response), QStringLiteral("max-rounds"));
    // Within the cap the study runs, and its coordinator stops at the cap: the study fails.
    protocol::StudyManifest manifest = manifestFor(standardDesign());
    manifest.maxRounds = 2;
    const Study study = runStudy(token, manifest, 100, &capped);
    QVERIFY(study.finalBeta.empty());
    QVERIFY(!study.contributions.isEmpty());
    QCOMPARE(study.contributions.back().contribution.status, protocol::ContributionStatus::Failed);
}

void tst_Handlers::jobQuota()
{
    node::Policy policy;
    QVERIFY(policy.setValue(QStringLiteral("jobs_per_user_per_day"), 2));
    ApiHandlers limited(m_store, policy, nodeKeys().keys, nodeKeys().secrets);
    const QString token = tokenFor(QStringLiteral("quota"));
    QCOMPARE(call("POST", "/v1/jobs", token, jobBody(standardDesign()), {}, &limited).status, 201);
    QCOMPARE(call("POST", "/v1/jobs", token, jobBody(standardDesign()), {}, &limited).status, 201);
    const ApiResponse response
        = call("POST", "/v1/jobs", token, jobBody(standardDesign()), {}, &limited);
    QCOMPARE(response.status, 403);
    QCOMPARE(errorCode(response), QStringLiteral("job-quota"));
    // The quota as a number, for a client that words the refusal in its user's language.
    QCOMPARE(errorParams(response).value(QStringLiteral("threshold")).toDouble(), 2.0);
}

void tst_Handlers::disclosureRules_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("min-cell: a region of 6")
        << QStringLiteral("r1") << QStringLiteral("min-cell")
        << jobBody(design("delay", { factor("region"), plain("age") }));
    // One income of 10^7 among 1-6 dominates it over the whole dataset: refused for every cohort
    // (docs/privacy-rules.md "Dominance over the whole dataset").
    QTest::newRow("dataset-dominance: one extreme income")
        << QStringLiteral("r2") << QStringLiteral("dataset-dominance")
        << jobBody(design("delay", { plain("income"), plain("age") }));
    QTest::newRow("events-per-parameter: 15 events, 2 parameters")
        << QStringLiteral("r3") << QStringLiteral("events-per-parameter")
        << jobBody(design("rare", { plain("age") }));
    analysis::Filter narrow;
    narrow.variable = "age";
    narrow.min = 20;
    narrow.max = 20;
    QTest::newRow("min-cohort: one age") << QStringLiteral("r4") << QStringLiteral("min-cohort")
                                         << jobBody(standardDesign({ narrow }));
    QTest::newRow("min-subset: all but site c (4 records)")
        << QStringLiteral("r5") << QStringLiteral("min-subset")
        << jobBody(standardDesign({ siteIn({ "a", "b" }) }));
}

void tst_Handlers::disclosureRules()
{
    QFETCH(QString, user);
    QFETCH(QString, rule);
    QFETCH(QByteArray, body);
    const ApiResponse response = call("POST", "/v1/jobs", tokenFor(user), body);
    QCOMPARE(response.status, 422);
    QCOMPARE(errorCode(response), rule);
    const QJsonObject error = json(response).value(QStringLiteral("error")).toObject();
    QVERIFY(error.value(QStringLiteral("rule")).toBool());
    // The sentence names the rule's threshold, never the failing value.
    const QString message = error.value(QStringLiteral("message")).toString();
    QVERIFY2(!message.isEmpty(), "a refusal explains itself");
    for (const char *value : { "1e+07", "10000000", " 6 ", " 4 ", " 15 " })
        QVERIFY2(!message.contains(QString::fromLatin1(value)), qPrintable(message));
    // The rule's threshold as a number (the policy's, never a value of the data), so that a
    // client words the refusal from code and params in its user's language.
    const analysis::DisclosurePolicy policy = node::Policy().disclosure();
    const QMap<QString, double> thresholds {
        { QStringLiteral("min-cell"), policy.minCell },
        { QStringLiteral("dominance"), policy.dominanceShare },
        { QStringLiteral("dataset-dominance"), policy.dominanceShare },
        { QStringLiteral("events-per-parameter"), policy.eventsPerParameter },
        { QStringLiteral("min-cohort"), policy.minCohort },
        { QStringLiteral("min-subset"), policy.minSubset },
    };
    const QJsonObject params = errorParams(response);
    QVERIFY2(params.value(QStringLiteral("threshold")).isDouble(),
             QJsonDocument(params).toJson().constData());
    QCOMPARE(params.value(QStringLiteral("threshold")).toDouble(), thresholds.value(rule));
    QCOMPARE(params.keys(), QStringList { QStringLiteral("threshold") });
}

void tst_Handlers::differencingAcrossUsers()
{
    const QString token = tokenFor(QStringLiteral("overlap"));
    ApiResponse response
        = call("POST", "/v1/jobs", token, jobBody(standardDesign({ siteIn({ "a" }) })));
    QCOMPARE(response.status, 201);
    // Adding the 4 records of site c: the two cohorts differ by fewer than 10 records.
    response = call("POST", "/v1/jobs", token, jobBody(standardDesign({ siteIn({ "a", "c" }) })));
    QCOMPARE(response.status, 422);
    QCOMPARE(errorCode(response), QStringLiteral("differencing"));
    // The identical cohort again reveals nothing new.
    QCOMPARE(call("POST", "/v1/jobs", token, jobBody(standardDesign({ siteIn({ "a" }) }))).status,
             201);
    // Another user name is no way around it: the ledger is the dataset's, not the user's.
    response = call("POST", "/v1/jobs", tokenFor(QStringLiteral("overlap2")),
                    jobBody(standardDesign({ siteIn({ "a", "c" }) })));
    QCOMPARE(response.status, 422);
    QCOMPARE(errorCode(response), QStringLiteral("differencing"));
}

void tst_Handlers::descriptivesReleaseOnlySafeNumbers()
{
    // A node of its own: the differencing ledger is the dataset's across every user, and the
    // other tests' cohorts split it finer than this test's fine histogram may be described on.
    const auto own = ownNode(QStringLiteral("desc"));
    QVERIFY(own);
    ApiHandlers &handlers = *own->handlers;
    const QString &token = own->token;
    protocol::DescriptivesRequest request;
    request.purpose = QStringLiteral("research");
    request.dataset = QStringLiteral("cohort");
    request.variables = { { QStringLiteral("age"), { analysis::evenEdges(20, 45, 25) } },
                          { QStringLiteral("region"), {} },
                          { QStringLiteral("smoke"), {} } };
    request.tables = { { QStringLiteral("sex"), QStringLiteral("smoke") } };
    ApiResponse response = call("POST", "/v1/descriptives", token,
                                protocol::canonicalJson(protocol::toJson(request)), {}, &handlers);
    QCOMPARE(response.status, 200);
    auto out = protocol::fromJson<protocol::DescriptivesResponse>(json(response));
    QVERIFY2(out, qPrintable(out ? QString() : out.error().text()));
    QCOMPARE(out->numeric.size(), 1);
    const auto &age = out->numeric.front();
    QCOMPARE(age.moments.count, 539.0);
    QCOMPARE(age.histograms.size(), 1);
    const auto &histogram = age.histograms.front();
    QVERIFY(!histogram.counts.empty());
    for (double count : histogram.counts)
        QVERIFY2(count >= 10, "every released bin holds at least 10");
    for (const auto &categorical : out->categorical) {
        if (categorical.variable != QStringLiteral("region"))
            continue;
        int withheld = 0;
        for (const auto &level : categorical.levels)
            withheld += level.count ? 0 : 1;
        QVERIFY2(withheld >= 2, "island (6) is withheld, and one more so it cannot be derived");
    }
    QCOMPARE(out->tables.size(), 1);

    // A variable one record dominates over the whole dataset is refused for every cohort.
    request.variables = { { QStringLiteral("income"), {} } };
    request.tables.clear();
    response = call("POST", "/v1/descriptives", token,
                    protocol::canonicalJson(protocol::toJson(request)), {}, &handlers);
    QCOMPARE(response.status, 422);
    QCOMPARE(errorCode(response), QStringLiteral("dataset-dominance"));

    // On the shared node: the cohort of site a, released before by a job, describes again.
    protocol::DescriptivesRequest again;
    again.purpose = QStringLiteral("research");
    again.dataset = QStringLiteral("cohort");
    again.filters = { siteIn({ "a" }) };
    response = call("POST", "/v1/descriptives", tokenFor(QStringLiteral("desc")),
                    protocol::canonicalJson(protocol::toJson(again)));
    QVERIFY2(response.status == 200, response.body.constData());
}

tst_Handlers::Study tst_Handlers::runStudy(const QString &token,
                                           const protocol::StudyManifest &manifest, int rounds,
                                           ApiHandlers *handlers)
{
    Study out;
    ApiResponse response
        = call("POST", "/v1/jobs", token, testsupport::studyJobBody(manifest), {}, handlers);
    if (response.status != 201)
        qFatal("the study was refused: %s", response.body.constData());
    const auto created = protocol::fromJson<protocol::JobCreated>(json(response));
    out.jobId = created->jobId;
    out.study = created->study;
    const std::string path = "/v1/jobs/" + created->jobId.toStdString();
    response
        = call("POST", path + "/signatures", token,
               testsupport::soloSignatures(QStringLiteral("Test node"), created->manifestSignature),
               {}, handlers);
    if (response.status != 200)
        qFatal("the study was not armed: %s", response.body.constData());
    QList<protocol::SignedContribution> previous;
    for (int round = 1; round <= rounds; ++round) {
        response = call("POST", path + "/rounds", token, testsupport::roundBody(round, previous),
                        {}, handlers);
        if (response.status != 200)
            qFatal("a round was refused: %s", response.body.constData());
        const auto answer = protocol::fromJson<protocol::SignedContribution>(json(response));
        out.contributions.append(*answer);
        if (answer->contribution.status == protocol::ContributionStatus::Converged) {
            out.finalBeta = answer->contribution.finalBeta;
            break;
        }
        if (answer->contribution.status == protocol::ContributionStatus::Failed)
            break;
        previous = { *answer };
    }
    return out;
}

int tst_Handlers::consentedRecord(const std::function<bool(int)> &pick) const
{
    for (int i = 0; i < kRows; ++i) {
        if (i % 10 != 9 && i != 5 && pick(i))
            return i;
    }
    qFatal("no consented record fits");
    return -1;
}

std::unique_ptr<tst_Handlers::OwnNode> tst_Handlers::ownNode(const QString &user) const
{
    auto own = std::make_unique<OwnNode>();
    auto created = node::SiteStore::create(own->dir.path(), QStringLiteral("test passphrase"),
                                           QStringLiteral("Test node"));
    if (!created || !(*created)->storeDataset(m_data.info, m_data.table, m_data.recordIds))
        return nullptr;
    own->store = std::move(created).value();
    own->handlers = std::make_unique<ApiHandlers>(own->store, node::Policy(), nodeKeys().keys,
                                                  nodeKeys().secrets);
    auto token = own->store->createToken(user, { QStringLiteral("research") }, 30);
    if (!token)
        return nullptr;
    own->token = token->token;
    return own;
}

QJsonObject tst_Handlers::lastAuditEntry() const
{
    auto entries = m_store->auditEntries(*m_store->auditCount(), 1);
    return entries && !entries->empty() ? entries->back().entry : QJsonObject();
}

namespace {

QByteArray evaluationBody(const QString &jobId, int bins = analysis::evaluationGridBins)
{
    protocol::StudyEvaluationRequest request;
    request.purpose = QStringLiteral("research");
    request.jobId = jobId;
    request.bins = bins;
    return protocol::canonicalJson(protocol::toJson(request));
}

analysis::Filter oneRecord(int serial)
{
    analysis::Filter f;
    f.variable = "serial";
    f.min = serial;
    f.max = serial;
    return f;
}

analysis::Predictor transformed(const char *name, analysis::Transform transform)
{
    analysis::Predictor p;
    p.variable = name;
    p.transform = transform;
    return p;
}

bool auditChecked(const QJsonObject &entry, const QString &rule)
{
    for (const QJsonValue check : entry.value(QStringLiteral("checks")).toArray()) {
        if (check.toObject().value(QStringLiteral("rule")).toString() == rule)
            return true;
    }
    return false;
}

} // namespace

void tst_Handlers::evaluationBinsAreMerged()
{
    const QString token = tokenFor(QStringLiteral("eval"));
    const Study study = runStudy(token, manifestFor(standardDesign()));
    QVERIFY(!study.finalBeta.empty());
    const ApiResponse response
        = call("POST", "/v1/evaluations", token, evaluationBody(study.jobId));
    QCOMPARE(response.status, 200);
    auto out = protocol::fromJson<protocol::EvaluationResponse>(json(response));
    QVERIFY2(out, qPrintable(out ? QString() : out.error().text()));
    QCOMPARE(out->cohortSize, qint64(539));
    for (int b = 0; b < out->bins.bins; ++b) {
        const double pos = out->bins.positives[std::size_t(b)];
        const double neg = out->bins.negatives[std::size_t(b)];
        if (pos + neg > 0)
            QVERIFY2(pos >= 10 && neg >= 10, "bins are merged to 10 of each class");
    }
    // The site's exact AUC statistic passed its rule, agrees with the bins, and the merged event
    // risk sums came along (issue 15).
    QVERIFY(auditChecked(lastAuditEntry(), QStringLiteral("mann-whitney")));
    QVERIFY(out->mannWhitney);
    QCOMPARE(out->mannWhitney->positives + out->mannWhitney->negatives, double(out->cohortSize));
    QCOMPARE(out->bins.sumRiskEvents.size(), std::size_t(out->bins.bins));
    QVERIFY(analysis::checkMannWhitneyRelease(out->bins, *out->mannWhitney, {}).passed);
    const auto pooled = analysis::pooledAuc({ { out->bins, out->mannWhitney } });
    QVERIFY(pooled.ok());
    QCOMPARE(pooled->errorBound, 0.0);
    QCOMPARE(pooled->auc,
             out->mannWhitney->u / (out->mannWhitney->positives * out->mannWhitney->negatives));
    QCOMPARE(out->bins.bins, analysis::evaluationGridBins);
    // The same β on another grid: two grids' merged bins differ by a few records, so the node
    // scores on its one grid and refuses every other, also one bin off and the old extremes.
    for (int bins :
         { analysis::evaluationGridBins - 1, analysis::evaluationGridBins + 1, 10, 100, 100000 }) {
        const ApiResponse other
            = call("POST", "/v1/evaluations", token, evaluationBody(study.jobId, bins));
        QCOMPARE(other.status, 400);
        QCOMPARE(errorCode(other), QStringLiteral("invalid-bins"));
        const QString message = json(other)
                                    .value(QStringLiteral("error"))
                                    .toObject()
                                    .value(QStringLiteral("message"))
                                    .toString();
        QVERIFY2(message.contains(QString::number(analysis::evaluationGridBins))
                     && message.contains(QString::number(bins)),
                 qPrintable(message));
    }
}

// Rule filter-bound on the default policy: a numeric filter cuts only at the node's histogram
// edges of the variable over the consented records. serial 0..599, every 10th record and record
// 5 without consent, lattice step 10: the edges are 20, 40, ..., 580.
void tst_Handlers::filterBoundsOnTheNodesEdges()
{
    const auto own = ownNode(QStringLiteral("bounds"));
    QVERIFY(own);
    ApiHandlers &handlers = *own->handlers;
    const QString &token = own->token;
    auto describe = [&](std::optional<double> min, std::optional<double> max,
                        std::vector<std::string> values = {}) {
        protocol::DescriptivesRequest request;
        request.purpose = QStringLiteral("research");
        request.dataset = QStringLiteral("cohort");
        analysis::Filter f;
        f.variable = "serial";
        f.min = min;
        f.max = max;
        f.values = std::move(values);
        request.filters = { f };
        request.variables = { { QStringLiteral("age"), {} } };
        return call("POST", "/v1/descriptives", token,
                    protocol::canonicalJson(protocol::toJson(request)), {}, &handlers);
    };
    auto message = [](const ApiResponse &r) {
        return json(r)
            .value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("message"))
            .toString();
    };
    // Edges pass (what an honest "serial >= 100" or "serial <= 300" is).
    ApiResponse r = describe(100, std::nullopt);
    QVERIFY2(r.status == 200, r.body.constData());
    r = describe(std::nullopt, 60);
    QVERIFY2(r.status == 200, r.body.constData());
    r = describe(200, 400);
    QVERIFY2(r.status == 200, r.body.constData());
    // Off the edges: refused, naming the nearest edges, which the node's histogram shows anyway.
    r = describe(std::nullopt, 99);
    QCOMPARE(r.status, 422);
    QCOMPARE(errorCode(r), QStringLiteral("filter-bound"));
    QVERIFY2(message(r).contains(QLatin1String("80 and 100")), qPrintable(message(r)));
    const QString at99 = message(r);
    // The answer does not depend on where records lie between two edges: 91 and 99 (records
    // 91..98 consented) get the same sentence but for the value asked.
    r = describe(std::nullopt, 91);
    QCOMPARE(message(r), QString(at99).replace(QLatin1String("99"), QLatin1String("91")));
    r = describe(5, std::nullopt);
    QCOMPARE(errorCode(r), QStringLiteral("filter-bound"));
    QVERIFY2(message(r).contains(QLatin1String("nearest allowed value is 20")),
             qPrintable(message(r)));
    // A maximum at the highest edge could leave out 1-9 records: refused.
    r = describe(std::nullopt, 580);
    QCOMPARE(errorCode(r), QStringLiteral("filter-bound"));
    QVERIFY2(message(r).contains(QLatin1String("highest edge")), qPrintable(message(r)));
    // A minimum equal to the maximum selects the records at one value; a list of values, single
    // records.
    r = describe(100, 100);
    QCOMPARE(errorCode(r), QStringLiteral("filter-bound"));
    r = describe(std::nullopt, std::nullopt, { "7" });
    QCOMPARE(errorCode(r), QStringLiteral("filter-bound"));
    QVERIFY(json(r)
                .value(QStringLiteral("error"))
                .toObject()
                .value(QStringLiteral("detail"))
                .toString()
                .endsWith(QLatin1String(".values")));
    // Jobs obey the same rule.
    r = call("POST", "/v1/jobs", token,
             jobBody(design("delay", { plain("age") }, { oneRecord(300) })), {}, &handlers);
    QCOMPARE(errorCode(r), QStringLiteral("filter-bound"));
    // The administrator may allow any bound (a privacy key, warned about).
    auto any = node::Policy::parse(QStringLiteral("filter_bounds_on_edges = no\n"));
    QVERIFY(any);
    QVERIFY(any->weakenedKeys().contains(QStringLiteral("filter_bounds_on_edges")));
}

// Winsor bounds and an outcome threshold at the node's histogram edges, spline knots within it
// (rule breakpoint-bound, docs/privacy-rules.md "Breakpoints on the node's edges"). The node's
// edges of serial over the consented records are 20, 40, ..., 580 (see
// filterBoundsOnTheNodesEdges).
void tst_Handlers::breakpointBoundsOnTheNodesEdges()
{
    const auto own = ownNode(QStringLiteral("breaks"));
    QVERIFY(own);
    ApiHandlers &handlers = *own->handlers;
    const QString &token = own->token;
    auto open = [&](const analysis::ResolvedDesign &d) {
        return call("POST", "/v1/jobs", token, jobBody(d), {}, &handlers);
    };
    auto message = [](const ApiResponse &r) {
        return json(r)
            .value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("message"))
            .toString();
    };
    auto winsorised = [](double lower, double upper) {
        analysis::Predictor w = plain("serial");
        w.transform = analysis::Transform::Winsorise;
        w.lower = lower;
        w.upper = upper;
        return design("delay", { w, plain("age") });
    };
    auto threshold = [](double t) {
        auto d = design("serial", { plain("age") });
        d.spec.outcome.threshold = t;
        return d;
    };
    auto spline = [](std::vector<double> knots) {
        analysis::Predictor s = plain("serial");
        s.transform = analysis::Transform::Spline;
        s.knots = int(knots.size());
        auto d = design("delay", { s, plain("age") });
        d.knots["serial"] = std::move(knots);
        return d;
    };
    // At the edges: released.
    ApiResponse r = open(winsorised(100, 400));
    QVERIFY2(r.status == 201, r.body.constData());
    r = open(threshold(300));
    QVERIFY2(r.status == 201, r.body.constData());
    r = open(spline({ 100, 300, 520 }));
    QVERIFY2(r.status == 201, r.body.constData());
    // Off the edges: refused, naming the nearest edges, the same sentence for every value
    // between two edges.
    r = open(winsorised(100, 399));
    QCOMPARE(r.status, 422);
    QCOMPARE(errorCode(r), QStringLiteral("breakpoint-bound"));
    QVERIFY2(message(r).contains(QLatin1String("380 and 400")), qPrintable(message(r)));
    QVERIFY(json(r)
                .value(QStringLiteral("error"))
                .toObject()
                .value(QStringLiteral("detail"))
                .toString()
                .endsWith(QLatin1String(".upper")));
    const QString at399 = message(r);
    r = open(winsorised(100, 381));
    QCOMPARE(message(r), QString(at399).replace(QLatin1String("399"), QLatin1String("381")));
    r = open(winsorised(5, 400));
    QCOMPARE(errorCode(r), QStringLiteral("breakpoint-bound"));
    QVERIFY2(message(r).contains(QLatin1String("nearest allowed value is 20")),
             qPrintable(message(r)));
    // The highest edge: records above it could be 1-9.
    r = open(winsorised(100, 580));
    QCOMPARE(errorCode(r), QStringLiteral("breakpoint-bound"));
    QVERIFY2(message(r).contains(QLatin1String("highest edge")), qPrintable(message(r)));
    r = open(threshold(299));
    QCOMPARE(errorCode(r), QStringLiteral("breakpoint-bound"));
    QVERIFY2(message(r).contains(QLatin1String("280 and 300")), qPrintable(message(r)));
    r = open(threshold(580));
    QCOMPARE(errorCode(r), QStringLiteral("breakpoint-bound"));
    // Knots off the edges (issue 14: inside the histogram too), below its lowest edge, at or
    // above its highest.
    for (const std::vector<double> &knots :
         { std::vector<double> { 10, 300, 500 }, std::vector<double> { 100, 300, 580 },
           std::vector<double> { 100, 300, 599 }, std::vector<double> { 100, 300, 510.5 } }) {
        r = open(spline(knots));
        QCOMPARE(errorCode(r), QStringLiteral("breakpoint-bound"));
        QVERIFY2(message(r).contains(QLatin1String("from 20 to below 580")),
                 qPrintable(message(r)));
    }
    // Between two edges: the nearest allowed values, the same sentence for every knot there.
    r = open(spline({ 100, 300, 510.5 }));
    QVERIFY2(message(r).contains(QLatin1String("500 and 520")), qPrintable(message(r)));
    const QString at510 = message(r);
    r = open(spline({ 100, 300, 519 }));
    QCOMPARE(message(r), QString(at510).replace(QLatin1String("510.5"), QLatin1String("519")));
    r = open(spline({ 100, 300, 580 }));
    QVERIFY2(message(r).contains(QLatin1String("highest edge")), qPrintable(message(r)));
    // With filter_bounds_on_edges = no (the tests' shared node) any number is allowed.
    r = call("POST", "/v1/jobs", tokenFor(QStringLiteral("breaks2")),
             jobBody(winsorised(100, 399)));
    QVERIFY2(r.status == 201, r.body.constData());
}

void tst_Handlers::evaluationNeedsTheFinalBetaOfOwnJob()
{
    const QString token = tokenFor(QStringLiteral("beta"));
    auto refusedAsUnknown = [](const ApiResponse &response) {
        const QJsonObject error = json(response).value(QStringLiteral("error")).toObject();
        return response.status == 403 && errorCode(response) == QStringLiteral("unknown-study")
            && error.value(QStringLiteral("rule")).toBool()
            && !error.value(QStringLiteral("message")).toString().isEmpty();
    };
    // A chosen β (the attack of issue 13: p an indicator of a few records) cannot even be sent:
    // a body with a β is protocol version 1, refused before any record is read.
    ApiResponse response
        = call("POST", "/v1/evaluations", token,
               testsupport::protocolone::evaluationBody(QStringLiteral("cohort"), standardDesign(),
                                                        { -6000, 0, 0, 300 }));
    QCOMPARE(response.status, 400);
    QCOMPARE(errorCode(response), QStringLiteral("protocol-version"));
    QVERIFY(!auditChecked(lastAuditEntry(), QStringLiteral("min-cohort")));

    // An unknown job id, and a study that has not converged, have no final β.
    QVERIFY(refusedAsUnknown(
        call("POST", "/v1/evaluations", token, evaluationBody(QString(32, QLatin1Char('0'))))));
    QVERIFY(!auditChecked(lastAuditEntry(), QStringLiteral("min-cohort")));
    const Study open = runStudy(token, manifestFor(standardDesign()), 2);
    QVERIFY(open.finalBeta.empty());
    QVERIFY(refusedAsUnknown(call("POST", "/v1/evaluations", token, evaluationBody(open.jobId))));

    // The final β of the user's own converged study is evaluated; another user cannot use it.
    const Study study = runStudy(token, manifestFor(standardDesign()));
    QVERIFY(!study.finalBeta.empty());
    QCOMPARE(call("POST", "/v1/evaluations", token, evaluationBody(study.jobId)).status, 200);
    QVERIFY(refusedAsUnknown(call("POST", "/v1/evaluations", tokenFor(QStringLiteral("b2")),
                                  evaluationBody(study.jobId))));

    // The record survives a restart of the node.
    ApiHandlers restarted(m_store, anyBoundPolicy(), nodeKeys().keys, nodeKeys().secrets);
    QCOMPARE(
        call("POST", "/v1/evaluations", token, evaluationBody(study.jobId), {}, &restarted).status,
        200);

    // Calibration studies take lp from the node's own final β of a converged study of the user.
    auto calibration = [](const QString &fittedStudy) {
        protocol::StudyManifest m = manifestFor(standardDesign());
        m.kind = protocol::JobKind::CalibrationSlope;
        m.fittedStudy = fittedStudy;
        return testsupport::studyJobBody(m);
    };
    response = call("POST", "/v1/jobs", token, calibration(open.study));
    QCOMPARE(response.status, 403);
    QCOMPARE(errorCode(response), QStringLiteral("unknown-fitted-study"));
    QCOMPARE(
        call("POST", "/v1/jobs", tokenFor(QStringLiteral("b3")), calibration(study.study)).status,
        403);
    QCOMPARE(call("POST", "/v1/jobs", token, calibration(study.study)).status, 201);
}

// A one-record cohort whose record would break the build (a value outside log's domain, a
// negative Poisson count) answers the cohort rule, exactly as a one-record cohort of a harmless
// record does: the answer cannot tell the two apart.
void tst_Handlers::dataDependentFailuresComeAfterTheCohortRules_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("invalid value") << QStringLiteral("log");
    QTest::newRow("negative count") << QStringLiteral("poisson");
}

void tst_Handlers::dataDependentFailuresComeAfterTheCohortRules()
{
    QFETCH(QString, name);
    std::function<analysis::ResolvedDesign(std::vector<analysis::Filter>)> make;
    std::function<bool(int)> bad;
    if (name == QStringLiteral("log")) {
        make = [](std::vector<analysis::Filter> filters) {
            return design("delay", { transformed("balance", analysis::Transform::Log) }, filters);
        };
        bad = [](int i) {
            return i % 7 - 2 <= 0;
        };
    } else {
        make = [](std::vector<analysis::Filter> filters) {
            analysis::ResolvedDesign d = design("balance", { plain("age") }, filters);
            d.spec.family = analysis::Family::Poisson;
            return d;
        };
        bad = [](int i) {
            return i % 7 - 2 < 0;
        };
    }
    const int badRecord = consentedRecord(bad);
    const int goodRecord = consentedRecord([&bad](int i) { return !bad(i); });
    const QString token = tokenFor(QStringLiteral("order-") + name);
    const ApiResponse onBad
        = call("POST", "/v1/jobs", token, jobBody(make({ oneRecord(badRecord) })));
    const ApiResponse onGood
        = call("POST", "/v1/jobs", token, jobBody(make({ oneRecord(goodRecord) })));
    QCOMPARE(onBad.status, 422);
    QCOMPARE(errorCode(onBad), QStringLiteral("min-cohort"));
    QCOMPARE(onBad.body, onGood.body);
    // Descriptives of the one record: the cohort rule too.
    protocol::DescriptivesRequest describe;
    describe.purpose = QStringLiteral("research");
    describe.dataset = QStringLiteral("cohort");
    describe.filters = { oneRecord(badRecord) };
    describe.variables = { { QStringLiteral("balance"), {} } };
    const ApiResponse described = call("POST", "/v1/descriptives", token,
                                       protocol::canonicalJson(protocol::toJson(describe)));
    QCOMPARE(errorCode(described), QStringLiteral("min-cohort"));

    // On a cohort that passes its rules the build fails, and the answer names nothing (a
    // negative Poisson count: the refusal says that the outcome is no count, a property of the
    // column over the records of every purpose, and names no record or value).
    analysis::Filter many;
    many.variable = "serial";
    many.min = 100;
    many.max = 299;
    const ApiResponse failed = call("POST", "/v1/jobs", token, jobBody(make({ many })));
    QCOMPARE(failed.status, 422);
    const QJsonObject error = json(failed).value(QStringLiteral("error")).toObject();
    const QString message = error.value(QStringLiteral("message")).toString();
    if (name == QStringLiteral("poisson")) {
        QCOMPARE(errorCode(failed), QStringLiteral("outcome-negative"));
        QCOMPARE(error.value(QStringLiteral("detail")).toString(),
                 QStringLiteral("outcome: balance"));
        QVERIFY2(message.contains(QLatin1String("below 0")), qPrintable(message));
    } else {
        QCOMPARE(errorCode(failed), QStringLiteral("not-computable"));
        QVERIFY(error.value(QStringLiteral("detail")).toString().isEmpty());
    }
    for (const char *word : { "age", "balance", "log(", "-1", "-2" })
        QVERIFY2(!message.contains(QLatin1String(word)), qPrintable(message));
    // Nor can filters bisect for the records that break it: a cohort without any of them gets
    // the same answer, because the domain is checked on every consented record.
    analysis::Filter harmless;
    harmless.variable = "balance";
    harmless.min = 1;
    const ApiResponse same = call("POST", "/v1/jobs", token, jobBody(make({ harmless })));
    QCOMPARE(same.body, failed.body);
}

// A Poisson outcome that is no count is refused with a sentence that says so (before, a
// negative one got "cannot be computed" naming nothing, and one that is not whole numbers was
// fitted with a finite AIC where R's glm() warns for every record and gives an AIC of Inf). The
// answer is the same whichever records the filters select: a property of the column.
void tst_Handlers::poissonOutcomeMustBeCounts()
{
    const QString token = tokenFor(QStringLiteral("poisson-counts"));
    auto poisson = [](const char *outcome, std::vector<analysis::Filter> filters) {
        analysis::ResolvedDesign d = design(outcome, { plain("smoke") }, filters);
        d.spec.family = analysis::Family::Poisson;
        return d;
    };
    analysis::Filter low;
    low.variable = "serial";
    low.min = 100;
    low.max = 299;
    analysis::Filter high;
    high.variable = "serial";
    high.min = 300;
    // weight: 40.0 .. 99.9 with fractions, none below 0 (before: accepted, fitted with a finite
    // AIC).
    const ApiResponse fractional = call("POST", "/v1/jobs", token, jobBody(poisson("weight", {})));
    QCOMPARE(fractional.status, 422);
    QCOMPARE(errorCode(fractional), QStringLiteral("outcome-not-counts"));
    const QJsonObject error = json(fractional).value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("detail")).toString(), QStringLiteral("outcome: weight"));
    const QString message = error.value(QStringLiteral("message")).toString();
    QVERIFY2(message.contains(QLatin1String("whole numbers")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("offset")), qPrintable(message));
    QCOMPARE(call("POST", "/v1/jobs", token, jobBody(poisson("weight", { low }))).body,
             fractional.body);
    QCOMPARE(call("POST", "/v1/jobs", token, jobBody(poisson("weight", { high }))).body,
             fractional.body);
    // balance: -2..4, whole.
    const ApiResponse negative = call("POST", "/v1/jobs", token, jobBody(poisson("balance", {})));
    QCOMPARE(negative.status, 422);
    QCOMPARE(errorCode(negative), QStringLiteral("outcome-negative"));
    QCOMPARE(call("POST", "/v1/jobs", token, jobBody(poisson("balance", { high }))).body,
             negative.body);
    // age: whole numbers from 20: counts, accepted.
    QCOMPARE(call("POST", "/v1/jobs", token, jobBody(poisson("age", {}))).status, 201);
    // A binomial outcome outside {0, 1} was refused before (catalogue: a numeric outcome needs a
    // threshold), and still is.
    analysis::ResolvedDesign binomial = design("balance", { plain("age") }, {});
    const ApiResponse notBinary = call("POST", "/v1/jobs", token, jobBody(binomial));
    QCOMPARE(errorCode(notBinary), QStringLiteral("outcome-kind"));
}

// A request that does not fit the catalogue is answered from the catalogue alone: the same
// answer whichever records the filters select, and no cohort rule evaluated.
void tst_Handlers::metadataErrorsComeBeforeTheData_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<analysis::ResolvedDesign>("templateDesign");
    analysis::ResolvedDesign lacking = design("delay", { factor("region") });
    lacking.levels["region"] = { "north", "south" };
    QTest::newRow("a factor's design levels lack a catalogue level")
        << QStringLiteral("design-levels") << lacking;
    analysis::ResolvedDesign numericFactor = design("delay", { factor("age") });
    for (int age = 20; age <= 30; ++age)
        numericFactor.levels["age"].push_back(std::to_string(age));
    QTest::newRow("a numeric variable as a factor (its levels would be an oracle)")
        << QStringLiteral("transform-kind") << numericFactor;
    QTest::newRow("log of a 0/1 variable")
        << QStringLiteral("transform-kind")
        << design("delay", { transformed("smoke", analysis::Transform::Log) });
    QTest::newRow("binomial outcome that is numeric")
        << QStringLiteral("outcome-kind") << design("age", { plain("smoke") });
    analysis::ResolvedDesign gaussianOnFactor = design("region", { plain("age") });
    gaussianOnFactor.spec.family = analysis::Family::Gaussian;
    QTest::newRow("Gaussian outcome that is categorical")
        << QStringLiteral("outcome-kind") << gaussianOnFactor;
    QTest::newRow("filter value not a catalogue level")
        << QStringLiteral("invalid-filter") << standardDesign({ siteIn({ "zzz" }) });
    QTest::newRow("unknown variable")
        << QStringLiteral("unknown-variable") << design("delay", { plain("nope") });
}

void tst_Handlers::metadataErrorsComeBeforeTheData()
{
    QFETCH(QString, code);
    QFETCH(analysis::ResolvedDesign, templateDesign);
    const QString token = tokenFor(QStringLiteral("meta"));
    QByteArray first;
    for (int record : { consentedRecord([](int i) { return i % 7 == 0; }),
                        consentedRecord([](int i) { return i % 7 == 6; }) }) {
        analysis::ResolvedDesign d = templateDesign;
        d.spec.filters.push_back(oneRecord(record));
        const ApiResponse response = call("POST", "/v1/jobs", token, jobBody(d));
        QCOMPARE(response.status, 400);
        QCOMPARE(errorCode(response), code);
        QVERIFY2(!auditChecked(lastAuditEntry(), QStringLiteral("min-cohort")),
                 "no cohort rule ran");
        if (first.isEmpty())
            first = response.body;
        else
            QCOMPARE(response.body, first);
    }
}

void tst_Handlers::auditRecordsChecksNeverRows()
{
    const QString token = tokenFor(QStringLiteral("audited"));
    const QByteArray body = jobBody(design("delay", { factor("region"), plain("age") }));
    ApiResponse response = call("POST", "/v1/jobs", token, body);
    QCOMPARE(response.status, 422);
    auto verification = m_store->verifyAudit();
    QVERIFY(verification);
    QVERIFY2(verification->ok, qPrintable(verification->problem));
    const qint64 count = *m_store->auditCount();
    auto entries = m_store->auditEntries(std::max<qint64>(1, count - 4), 10);
    QVERIFY(entries);
    QVERIFY(!entries->empty());
    const QJsonObject last = entries->back().entry;
    QCOMPARE(last.value(QStringLiteral("user")).toString(), QStringLiteral("audited"));
    QCOMPARE(last.value(QStringLiteral("outcome")).toString(), QStringLiteral("refused"));
    QCOMPARE(last.value(QStringLiteral("code")).toString(), QStringLiteral("min-cell"));
    // The full canonical request (the design with its predictors and levels), and its hash.
    QCOMPARE(last.value(QStringLiteral("request")).toObject(),
             QJsonDocument::fromJson(body).object());
    QCOMPARE(last.value(QStringLiteral("requestHash")).toString(),
             protocol::sha256Hex(protocol::canonicalJson(QJsonDocument::fromJson(body).object())));
    bool minCellChecked = false;
    for (const QJsonValue check : last.value(QStringLiteral("checks")).toArray()) {
        const QJsonObject c = check.toObject();
        QVERIFY(c.contains(QStringLiteral("threshold")));
        if (c.value(QStringLiteral("rule")).toString() == QStringLiteral("min-cell")
            && !c.value(QStringLiteral("passed")).toBool()) {
            minCellChecked = true;
        }
    }
    QVERIFY(minCellChecked);
    // A released answer carries the hash of what was released.
    response = call("GET", "/v1/info", token);
    QCOMPARE(response.status, 200);
    entries = m_store->auditEntries(*m_store->auditCount(), 1);
    QVERIFY(entries && !entries->empty());
    QCOMPARE(entries->back().entry.value(QStringLiteral("releasedHash")).toString(),
             protocol::sha256Hex(response.body));
    // No record value in any entry: the extreme income must never appear.
    auto all = m_store->auditEntries(1, 100000);
    QVERIFY(all);
    // As a number of its own: other tests' histogram edges such as 82.10000000000001 hold the
    // digits too.
    static const QRegularExpression income(
        QStringLiteral("(?<![0-9.])(10000000|1e\\+07)(?![0-9])"));
    for (const auto &entry : *all) {
        const QByteArray text = QJsonDocument(entry.entry).toJson(QJsonDocument::Compact);
        QVERIFY2(!income.match(QString::fromUtf8(text)).hasMatch(), text.constData());
    }
}

void tst_Handlers::cacheReloadsAfterReimport()
{
    const int loads = m_handlers->cache().loads();
    QCOMPARE(call("GET", "/v1/catalogue", m_ann, {}, { { "purpose", "research" } }).status, 200);
    QCOMPARE(m_handlers->cache().loads(), loads); // cached
    auto stored = m_store->storeDataset(m_data.info, m_data.table, m_data.recordIds);
    QVERIFY(stored);
    QCOMPARE(call("GET", "/v1/catalogue", m_ann, {}, { { "purpose", "research" } }).status, 200);
    QCOMPARE(m_handlers->cache().loads(), loads + 1);
    QVERIFY(m_handlers->cache().bytes() > 0);
}

// Issue 16: once a design matrix is built the node keeps it and the few columns its release rules
// read again (designColumns), not the table. Another job of the same design reads nothing from the
// store; a request that needs the table (descriptives) reads it again.
// Issue 16: the server reads the datasets when it starts (preloadDatasets, in the background):
// the first catalogue and job then read nothing from the store, and the preload itself neither
// audits nor releases anything.
void tst_Handlers::preloadReadsEachDatasetOnce()
{
    const auto own = ownNode(QStringLiteral("preload"));
    QVERIFY(own);
    ApiHandlers &handlers = *own->handlers;
    const qint64 audited = *own->store->auditCount();
    QCOMPARE(handlers.cache().loads(), 0);
    const std::atomic<bool> running { false }, cancelled { true };
    handlers.preloadDatasets(cancelled); // the server stops: nothing more is read
    QCOMPARE(handlers.cache().loads(), 0);
    handlers.preloadDatasets(running);
    QCOMPARE(handlers.cache().loads(), 1);
    QVERIFY(handlers.cache().bytes() > 0);
    QCOMPARE(*own->store->auditCount(), audited);
    handlers.preloadDatasets(running); // read already: nothing read again
    QCOMPARE(handlers.cache().loads(), 1);
    const std::multimap<std::string, std::string> research { { "purpose", "research" } };
    QCOMPARE(call("GET", "/v1/catalogue", own->token, {}, research, &handlers).status, 200);
    QCOMPARE(call("POST", "/v1/jobs", own->token, jobBody(standardDesign()), {}, &handlers).status,
             201);
    QCOMPARE(handlers.cache().loads(), 1);
}

// preload_datasets = no: serve reads nothing at start; the first request reads the dataset.
void tst_Handlers::preloadFollowsPolicy()
{
    const auto own = ownNode(QStringLiteral("nopreload"));
    QVERIFY(own);
    node::Policy policy;
    QVERIFY(policy.setValue(QStringLiteral("preload_datasets"), 0));
    QVERIFY(!policy.preloadDatasets());
    QVERIFY(node::Policy().preloadDatasets()); // the default: every dataset
    ApiHandlers handlers(own->store, policy, nodeKeys().keys, nodeKeys().secrets);
    handlers.preloadDatasets(std::atomic<bool> { false });
    QCOMPARE(handlers.cache().loads(), 0);
    const std::multimap<std::string, std::string> research { { "purpose", "research" } };
    QCOMPARE(call("GET", "/v1/catalogue", own->token, {}, research, &handlers).status, 200);
    QCOMPARE(handlers.cache().loads(), 1);
}

void tst_Handlers::tableDroppedOnceTheDesignIsBuilt()
{
    // A node of its own: the cache and the ledger hold nothing of the other tests.
    const auto own = ownNode(QStringLiteral("memory"));
    QVERIFY(own);
    const std::shared_ptr<node::SiteStore> &store = own->store;
    ApiHandlers &handlers = *own->handlers;
    const QString &token = own->token;
    auto designCached = [&] {
        auto entries = store->auditEntries(*store->auditCount(), 1);
        return entries && !entries->empty()
            ? entries->back().entry.value(QStringLiteral("designCached"))
            : QJsonValue(QStringLiteral("no audit entry"));
    };
    const std::multimap<std::string, std::string> research { { "purpose", "research" } };

    QCOMPARE(call("GET", "/v1/catalogue", token, {}, research, &handlers).status, 200);
    QCOMPARE(handlers.cache().loads(), 1);
    QVERIFY(handlers.cache().bytes() > 0); // kept while no design is built from it
    QCOMPARE(call("POST", "/v1/jobs", token, jobBody(standardDesign()), {}, &handlers).status, 201);
    QCOMPARE(designCached(), QJsonValue(false));
    QCOMPARE(handlers.cache().loads(), 1);
    QCOMPARE(handlers.cache().bytes(), std::size_t(0)); // dropped: the matrix is kept instead

    // The same design again (another job of the same fit): the matrix, its cohort numbers and
    // its columns from memory; the ledger's check passes on those columns as on the table.
    QCOMPARE(call("POST", "/v1/jobs", token, jobBody(standardDesign()), {}, &handlers).status, 201);
    QCOMPARE(designCached(), QJsonValue(true));
    QCOMPARE(handlers.cache().loads(), 1);
    QCOMPARE(handlers.cache().bytes(), std::size_t(0));
    // The catalogue of this generation was released already: no table needed either.
    QCOMPARE(call("GET", "/v1/catalogue", token, {}, research, &handlers).status, 200);
    QCOMPARE(handlers.cache().loads(), 1);

    // Another design is built from the table read again; adding the 4 records of site c to its
    // cohort is refused.
    QCOMPARE(
        call("POST", "/v1/jobs", token, jobBody(standardDesign({ siteIn({ "a" }) })), {}, &handlers)
            .status,
        201);
    QCOMPARE(handlers.cache().loads(), 2);
    ApiResponse response = call("POST", "/v1/jobs", token,
                                jobBody(standardDesign({ siteIn({ "a", "c" }) })), {}, &handlers);
    QCOMPARE(response.status, 422);
    QCOMPARE(errorCode(response), QStringLiteral("differencing"));
    QCOMPARE(handlers.cache().loads(), 3);
    // A design the ledger has not recorded keeps the table: its next check may split the
    // ledger's atoms and read any column, so it is checked on the table again, still refused.
    QVERIFY(handlers.cache().bytes() > 0);
    response = call("POST", "/v1/jobs", token, jobBody(standardDesign({ siteIn({ "a", "c" }) })),
                    {}, &handlers);
    QCOMPARE(response.status, 422);
    QCOMPARE(designCached(), QJsonValue(true));
    QCOMPARE(handlers.cache().loads(), 3);

    // Descriptives read the table (here the one kept).
    protocol::DescriptivesRequest request;
    request.purpose = QStringLiteral("research");
    request.dataset = QStringLiteral("cohort");
    request.variables = { { QStringLiteral("region"), {} } };
    response = call("POST", "/v1/descriptives", token,
                    QJsonDocument(protocol::toJson(request)).toJson(), {}, &handlers);
    QCOMPARE(response.status, 200);
    QCOMPARE(handlers.cache().loads(), 3);
    QVERIFY(handlers.cache().bytes() > 0);
}

// Columns that are categories in disguise get the cell rule: a winsorised extreme (one record
// above the bound), a rare indicator rescaled with a chosen centre and spread, and its interaction.
void tst_Handlers::disguisedCategoriesAreRefused()
{
    analysis::Predictor winsor = plain("income");
    winsor.transform = analysis::Transform::Winsorise;
    winsor.lower = 6;
    winsor.upper = 7;
    ApiResponse response = call("POST", "/v1/jobs", tokenFor(QStringLiteral("disguise1")),
                                jobBody(design("delay", { winsor, plain("age") })));
    QCOMPARE(response.status, 422);
    // Every other income becomes 6, the extreme one 7: the winsorised column is dominated by that
    // record over the whole dataset, so the dataset's rule refuses it before the cells (and for
    // every cohort; docs/privacy-rules.md "Dominance over the whole dataset").
    QCOMPARE(errorCode(response), QStringLiteral("dataset-dominance"));
    QVERIFY(!response.body.contains("1e+07"));

    // 15 rare records: the margin passes, but they cannot all be one sex (10 needed in each).
    analysis::Predictor scaled = plain("rare");
    scaled.transform = analysis::Transform::Standardise;
    analysis::ResolvedDesign d = design("delay", { factor("sex"), scaled, plain("age") });
    d.scaling["rare"] = { 0.3, 7.0 };
    d.spec.interactions = { { "sex", "rare" } };
    response = call("POST", "/v1/jobs", tokenFor(QStringLiteral("disguise2")), jobBody(d));
    QCOMPARE(response.status, 422);
    QCOMPARE(errorCode(response), QStringLiteral("min-cell"));

    // A binary outcome under a Gaussian fit gets its cells too: 15 rare records, not all smokers.
    analysis::ResolvedDesign gaussian = design("rare", { plain("smoke"), plain("age") });
    gaussian.spec.family = analysis::Family::Gaussian;
    response = call("POST", "/v1/jobs", tokenFor(QStringLiteral("disguise3")), jobBody(gaussian));
    QCOMPARE(response.status, 422);
    QCOMPARE(errorCode(response), QStringLiteral("min-cell"));

    // The honest design still opens.
    QCOMPARE(
        call("POST", "/v1/jobs", tokenFor(QStringLiteral("disguise4")), jobBody(standardDesign()))
            .status,
        201);
}

namespace {

// β that puts all the weight of a logistic round on the male smokers aged 44 (a handful).
std::vector<double> cornerBeta()
{
    const double s = 40;
    return { -46 * s, s, s, s };
}

} // namespace

// The β is the node's own; the only way left to steer it is a participant the analyst controls
// (keys the analyst holds in the manifest), whose made-up statistics move the sum. Its round-1
// "statistics" make the next β the corner β; the node computes its statistics there and its
// release rules refuse them; the study ends.
void tst_Handlers::roundAtAChosenBetaIsRefused()
{
    const QString token = tokenFor(QStringLiteral("chosenbeta"));
    const testsupport::TestNodeKeys puppet = testsupport::TestNodeKeys::make();
    protocol::StudyManifest manifest = manifestFor(standardDesign());
    manifest.fitNullModel = false;
    manifest.participants = { puppet.participant(QStringLiteral("Puppet")),
                              nodeKeys().participant(QStringLiteral("Test node")) };
    // A participant the administrator never accepted is refused outright (issue 14).
    ApiResponse response = call("POST", "/v1/jobs", token, testsupport::studyJobBody(manifest));
    QCOMPARE(response.status, 403);
    QCOMPARE(errorCode(response), QStringLiteral("unknown-peer"));
    // What remains: a site the administrator accepted that colludes with the analyst.
    node::PeerInfo pinned { QStringLiteral("Puppet"), puppet.keys.signingKey,
                            puppet.keys.keyAgreementKey, QString(),
                            QDateTime::currentDateTimeUtc() };
    QCOMPARE(m_store->addPeer(pinned).value(), node::PeerAddition::Added);
    response = call("POST", "/v1/jobs", token, testsupport::studyJobBody(manifest));
    QVERIFY2(response.status == 201, response.body.constData());
    auto created = protocol::fromJson<protocol::JobCreated>(json(response));
    QVERIFY(created);
    const std::string path = "/v1/jobs/" + created->jobId.toStdString();
    protocol::SignatureRelay signatures;
    signatures.signatures = { { QStringLiteral("Puppet"),
                                secure::sign(puppet.secrets.signSecretKey, secure::Domain::Manifest,
                                             protocol::manifestBytes(manifest)) },
                              { QStringLiteral("Test node"), created->manifestSignature } };
    QCOMPARE(call("POST", path + "/signatures", token,
                  protocol::canonicalJson(protocol::toJson(signatures)))
                 .status,
             200);
    response = call("POST", path + "/rounds", token, testsupport::roundBody(1));
    QCOMPARE(response.status, 200);
    auto own = protocol::fromJson<protocol::SignedContribution>(json(response));
    QVERIFY(own && own->contribution.plain);
    // The puppet's statistics: summed with the node's, XᵀWX = I and score = the corner β, so
    // the Newton step from β = 0 lands on it.
    const std::vector<double> corner = cornerBeta();
    protocol::Contribution forged = own->contribution;
    forged.site = QStringLiteral("Puppet");
    forged.plain = testsupport::steeringStats(*own->contribution.plain, corner);
    protocol::SignedContribution signedForged { forged,
                                                secure::sign(puppet.secrets.signSecretKey,
                                                             secure::Domain::Contribution,
                                                             protocol::contributionBytes(forged)) };
    response
        = call("POST", path + "/rounds", token, testsupport::roundBody(2, { signedForged, *own }));
    QCOMPARE(response.status, 422);
    QCOMPARE(errorCode(response), QStringLiteral("dominance"));
    const QString message = json(response)
                                .value(QStringLiteral("error"))
                                .toObject()
                                .value(QStringLiteral("message"))
                                .toString();
    QVERIFY2(message.contains(QStringLiteral("90%")), qPrintable(message));
    // The study has ended: nothing more is released for it.
    response
        = call("POST", path + "/rounds", token, testsupport::roundBody(3, { signedForged, *own }));
    QCOMPARE(response.status, 409);
}

// 11 records below the first edge and 3 above the last: together 14, but the upper tail alone
// would be three records (the largest values). The last edge is dropped.
void tst_Handlers::histogramTailsEachOnTheirOwn()
{
    const auto consent = node::selectConsented(m_data, QStringLiteral("research"), true);
    QVERIFY(consent);
    const analysis::Column *column = m_data.table.column("weight");
    std::vector<double> values;
    for (std::size_t i = 0; i < consent->mask.size(); ++i) {
        if (consent->mask[i])
            values.push_back(column->numeric[i]);
    }
    std::sort(values.begin(), values.end());
    const double lo = (values[10] + values[11]) / 2; // 11 below
    const double hi = (values[values.size() - 4] + values[values.size() - 3]) / 2; // 3 above
    const std::vector<double> edges = analysis::evenEdges(lo, hi, 10);
    protocol::DescriptivesRequest request;
    request.purpose = QStringLiteral("research");
    request.dataset = QStringLiteral("cohort");
    request.variables = { { QStringLiteral("weight"), { edges } } };
    const ApiResponse response = call("POST", "/v1/descriptives", tokenFor(QStringLiteral("tails")),
                                      protocol::canonicalJson(protocol::toJson(request)));
    QCOMPARE(response.status, 200);
    auto out = protocol::fromJson<protocol::DescriptivesResponse>(json(response));
    QVERIFY2(out, qPrintable(out ? QString() : out.error().text()));
    const auto &histogram = out->numeric.front().histograms.front();
    QVERIFY(!histogram.edges.empty());
    // The node's own edges (analysis::latticeHistogram): points of the dataset's lattice within
    // the request's range, at least 10 records below the first and at or above the last, every
    // bin at least 10.
    // The lattice step from the whole dataset's column (every record, not the cohort).
    double sum = 0, squares = 0, n = 0;
    for (std::size_t i = 0; i < column->size(); ++i) {
        if (!column->isMissing(i)) {
            sum += column->numeric[i];
            squares += column->numeric[i] * column->numeric[i];
            n += 1;
        }
    }
    const double step = analysis::histogramStep(std::sqrt((squares - sum * sum / n) / (n - 1)));
    QVERIFY(step > 0);
    QVERIFY(histogram.edges.front() >= edges.front() && histogram.edges.back() <= edges.back());
    for (double edge : histogram.edges)
        QVERIFY2(std::abs(edge / step - std::round(edge / step)) < 1e-9, "an edge off the lattice");
    for (double c : histogram.counts)
        QVERIFY(c >= 10);
    const auto below = std::count_if(values.begin(), values.end(),
                                     [&](double v) { return v < histogram.edges.front(); });
    const auto above = std::count_if(values.begin(), values.end(),
                                     [&](double v) { return v >= histogram.edges.back(); });
    QVERIFY(below >= 10);
    QVERIFY(above >= 10);
    // Other inner edges over the same range: the same answer (only the range is the client's).
    request.variables = { { QStringLiteral("weight"), { analysis::evenEdges(lo, hi, 37) } } };
    const ApiResponse again = call("POST", "/v1/descriptives", tokenFor(QStringLiteral("tails")),
                                   protocol::canonicalJson(protocol::toJson(request)));
    QCOMPARE(again.status, 200);
    auto second = protocol::fromJson<protocol::DescriptivesResponse>(json(again));
    QVERIFY(second);
    QCOMPARE(second->numeric.front().histograms.front().edges, histogram.edges);
    QCOMPARE(second->numeric.front().histograms.front().counts, histogram.counts);
}

// Every answer released to a client passed the gate: its audit entry names the release kind, and
// the dispatcher compared the body with the one the gate released.
void tst_Handlers::everyReleasePassedTheGate()
{
    auto all = m_store->auditEntries(1, 100000);
    QVERIFY(all);
    int released = 0;
    for (const auto &entry : *all) {
        const QJsonObject e = entry.entry;
        if (e.value(QStringLiteral("outcome")).toString() != QStringLiteral("released"))
            continue;
        ++released;
        QVERIFY2(!e.value(QStringLiteral("release")).toString().isEmpty(),
                 QJsonDocument(e).toJson(QJsonDocument::Compact).constData());
    }
    QVERIFY(released > 20);
    // Every kind of release was exercised above.
    QStringList kinds;
    for (const auto &entry : *all)
        kinds << entry.entry.value(QStringLiteral("release")).toString();
    for (const char *kind : { "info", "catalogue", "descriptives", "job", "study-armed",
                              "study-round", "evaluation", "job-status" })
        QVERIFY2(kinds.contains(QLatin1String(kind)), kind);
}

QTEST_GUILESS_MAIN(tst_Handlers)
#include "tst_handlers.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/node/handlers.h"

#include "fairstart/node/disclosurecontrol.h"
#include "fairstart/node/tr.h"

#include "fairstart/analysis/descriptives.h"
#include "fairstart/analysis/glm.h"
#include "fairstart/analysis/performance.h"
#include "fairstart/analysis/version.h"
#include "fairstart/protocol/codec.h"
#include "fairstart/protocol/protocolversion.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <set>

namespace fairstart::node {

namespace {

// Identifiers of refusals that are not disclosure rules of analysis/disclosure.h.
constexpr const char *kUnauthenticated = "unauthenticated";
constexpr const char *kTokenExpired = "token-expired";
constexpr const char *kTokenRevoked = "token-revoked";
constexpr const char *kPurpose = "purpose";
constexpr const char *kConsent = "consent";
constexpr const char *kJobQuota = "job-quota";
constexpr const char *kMaxRounds = "max-rounds";

constexpr std::size_t kMaxDesignBytes = std::size_t(1536) << 20; // all open jobs together
constexpr int kMaxOpenJobs = 1000;
constexpr int kCatalogueRounding = 10;

QByteArray toBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

ApiResponse errorResponse(int status, const QString &code, const QString &message,
                          const QString &detail = QString(), bool rule = false)
{
    protocol::ApiError error;
    error.httpStatus = status;
    error.code = code;
    error.message = message;
    error.detail = detail;
    error.rule = rule;
    ApiResponse response;
    response.status = status;
    response.body = toBytes(protocol::toJson(error));
    response.code = code;
    return response;
}

ApiResponse jsonResponse(int status, const QJsonObject &object)
{
    ApiResponse response;
    response.status = status;
    response.body = toBytes(object);
    return response;
}

ApiResponse badRequest(const QString &code, const QString &message,
                       const QString &detail = QString())
{
    return errorResponse(400, code, message, detail);
}

ApiResponse decodeError(const protocol::DecodeError &error)
{
    return badRequest(QStringLiteral("malformed-request"),
                      Tr::tr("The request body was refused: %1. Fix the request and send it again.")
                          .arg(error.text().left(300)),
                      error.path.left(200));
}

// The JSON body as a request of type T, or the refusal that names what is wrong with it.
template<typename T>
std::optional<ApiResponse> decodeBody(const ApiRequest &request, qint64 maxBytes, T *out)
{
    auto object = protocol::parseObject(request.body, maxBytes);
    if (!object)
        return decodeError(object.error());
    auto decoded = protocol::fromJson<T>(*object);
    if (!decoded)
        return decodeError(decoded.error());
    *out = std::move(decoded).value();
    return std::nullopt;
}

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

// A refusal by a disclosure rule: the rule's sentence (threshold, never the value) and where.
ApiResponse ruleRefusal(const analysis::RuleOutcome &outcome)
{
    return errorResponse(422, qs(outcome.ruleId), qs(outcome.message), qs(outcome.detail), true);
}

QJsonObject checkToJson(const analysis::RuleOutcome &outcome)
{
    QJsonObject check { { QStringLiteral("rule"), qs(outcome.ruleId) },
                        { QStringLiteral("threshold"), outcome.threshold },
                        { QStringLiteral("passed"), outcome.passed } };
    if (!outcome.detail.empty())
        check.insert(QStringLiteral("detail"), qs(outcome.detail).left(200));
    return check;
}

QJsonObject policyCheck(const char *rule, double threshold, bool passed)
{
    return QJsonObject { { QStringLiteral("rule"), QString::fromLatin1(rule) },
                         { QStringLiteral("threshold"), threshold },
                         { QStringLiteral("passed"), passed } };
}

std::optional<QString> queryValue(const ApiRequest &request, const char *key)
{
    auto it = request.query.find(key);
    if (it == request.query.end())
        return std::nullopt;
    return QString::fromUtf8(it->second.data(), qsizetype(it->second.size()));
}

bool isJsonContentType(const std::string &contentType)
{
    std::string type = contentType.substr(0, contentType.find(';'));
    type.erase(std::remove_if(type.begin(), type.end(), ::isspace), type.end());
    std::transform(type.begin(), type.end(), type.begin(), ::tolower);
    return type == "application/json";
}

const VariableInfo *analysisVariable(const DatasetInfo &info, const std::string &name)
{
    const VariableInfo *variable = info.variable(qs(name));
    return variable && variable->role == VariableRole::Variable ? variable : nullptr;
}

ApiResponse unknownVariable(const DatasetInfo &info, const std::string &name, const QString &where)
{
    return badRequest(QStringLiteral("unknown-variable"),
                      Tr::tr("The dataset '%1' has no variable of that name. Use a variable "
                             "from the catalogue.")
                          .arg(info.name),
                      where + QStringLiteral(": ") + qs(name).left(100));
}

ApiResponse unknownDataset(const QString &name)
{
    return errorResponse(404, QStringLiteral("unknown-dataset"),
                         Tr::tr("This node has no dataset of that name. See the catalogue for "
                                "the datasets it holds."),
                         QStringLiteral("dataset: ") + name.left(100));
}

ApiResponse designHashMismatch()
{
    return badRequest(QStringLiteral("design-hash-mismatch"),
                      Tr::tr("The design hash does not match the design the node received. "
                             "Recompute it with the protocol's canonical form "
                             "(protocol::designHash) and send both again."),
                      QStringLiteral("designHash"));
}

// The dataset has no consent column for the purpose and the policy requires one.
ApiResponse noConsent(const QString &purpose, QJsonArray &auditChecks)
{
    auditChecks.append(policyCheck(kConsent, 1, false));
    return errorResponse(403, QString::fromLatin1(kConsent),
                         Tr::tr("The dataset records no consent for this purpose, so no record "
                                "may be used for it. Ask the site administrator."),
                         QStringLiteral("purpose: ") + purpose.left(64), true);
}

// Filters only on analysis variables, with values that are known levels or numbers.
std::optional<ApiResponse> checkFilters(const DatasetInfo &info,
                                        const std::vector<analysis::Filter> &filters)
{
    for (std::size_t i = 0; i < filters.size(); ++i) {
        const analysis::Filter &filter = filters[i];
        const QString where = QStringLiteral("filters[%1]").arg(i);
        const VariableInfo *variable = analysisVariable(info, filter.variable);
        if (!variable)
            return unknownVariable(info, filter.variable, where);
        for (const std::string &value : filter.values) {
            bool known = false;
            if (variable->kind == VariableKind::Categorical) {
                known = variable->levels.contains(qs(value));
            } else {
                char *end = nullptr;
                const double number = std::strtod(value.c_str(), &end);
                known = !value.empty() && end && *end == '\0' && std::isfinite(number);
            }
            if (!known) {
                return badRequest(QStringLiteral("unknown-level"),
                                  Tr::tr("A filter value is not a level of its variable in the "
                                         "catalogue. Use the levels the catalogue lists."),
                                  where + QStringLiteral(".values: ") + qs(value).left(100));
            }
        }
    }
    return std::nullopt;
}

// Every variable a specification names must be an analysis variable of the dataset (consent
// flags and record ids are not), and every filter value a known level or a number.
std::optional<ApiResponse> checkVariables(const DatasetInfo &info, const analysis::ModelSpec &spec)
{
    auto unknown = [&info](const std::string &name, const QString &where) {
        return unknownVariable(info, name, where);
    };
    if (!analysisVariable(info, spec.outcome.variable))
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
    if (!spec.offset.empty() && !analysisVariable(info, spec.offset))
        return unknown(spec.offset, QStringLiteral("offset"));
    return checkFilters(info, spec.filters);
}

// buildDesign's errors: a data-dependent failure is answered without the engine's wording,
// which may describe the data.
ApiResponse designError(const analysis::Error &error, const analysis::DisclosurePolicy &policy)
{
    switch (error.code) {
    case analysis::ErrorCode::EmptyCohort:
        return ruleRefusal(analysis::checkCohortSize(0, policy));
    case analysis::ErrorCode::UnknownVariable:
    case analysis::ErrorCode::WrongColumnType:
    case analysis::ErrorCode::MissingResolution:
    case analysis::ErrorCode::InvalidSpec:
    case analysis::ErrorCode::InvalidArgument:
    case analysis::ErrorCode::ParseError:
        return badRequest(
            QString::fromLatin1(analysis::errorCodeId(error.code)),
            Tr::tr("The design does not fit this dataset: %1").arg(qs(error.message).left(300)));
    default:
        return errorResponse(422, QString::fromLatin1(analysis::errorCodeId(error.code)),
                             Tr::tr("The design cannot be computed on this site's data (%1). "
                                    "Check the variables' types and transforms against the "
                                    "catalogue.")
                                 .arg(QString::fromLatin1(analysis::errorCodeId(error.code))));
    }
}

// The overlap audit's memory: a released cohort is remembered unless an identical one is.
NodeResult<bool> rememberCohort(SiteStore &store, const QString &user, const QString &dataset,
                                const analysis::CohortFingerprint &cohort,
                                const std::vector<analysis::CohortFingerprint> &earlier)
{
    for (const auto &previous : earlier) {
        if (analysis::symmetricDifference(previous, cohort) == 0)
            return true;
    }
    return store.recordCohort(user, dataset, cohort);
}

ApiResponse cohortMemoryUnreadable()
{
    return errorResponse(500, QStringLiteral("node-failure"),
                         Tr::tr("The node could not read its cohort memory. Tell the site "
                                "administrator."));
}

ApiResponse cohortNotRecorded()
{
    return errorResponse(500, QStringLiteral("node-failure"),
                         Tr::tr("The node could not record the cohort for its overlap audit, so "
                                "it answers nothing. Tell the site administrator."));
}

std::int64_t roundCount(std::int64_t count)
{
    return ((count + kCatalogueRounding / 2) / kCatalogueRounding) * kCatalogueRounding;
}

} // namespace

// ---- per-request state -----------------------------------------------------------------------

struct ApiHandlers::Audit {
    bool enabled = true;
    QString user; // the token's user once the token is known
    QJsonObject entry;
    QJsonArray checks;

    void add(const analysis::RuleOutcome &outcome) { checks.append(checkToJson(outcome)); }
    void add(const std::vector<analysis::RuleOutcome> &outcomes)
    {
        for (const auto &outcome : outcomes)
            add(outcome);
    }
    void set(const char *key, const QJsonValue &value)
    {
        entry.insert(QString::fromLatin1(key), value);
    }
};

// ---- construction ----------------------------------------------------------------------------

ApiHandlers::ApiHandlers(std::shared_ptr<SiteStore> store, Policy policy, protocol::NodeKeys keys)
    : m_store(std::move(store))
    , m_policy(std::move(policy))
    , m_disclosure(m_policy.disclosure())
    , m_keys(std::move(keys))
    , m_cache(m_store)
    , m_jobs(m_disclosure.maxRounds,
             std::chrono::seconds(std::max(1, m_policy.jobIdleExpiryMinutes()) * 60), kMaxOpenJobs,
             kMaxDesignBytes)
{
}

// ---- dispatch --------------------------------------------------------------------------------

namespace {

struct Route {
    enum Kind { None, Health, Info, Catalogue, Descriptives, Jobs, Job, Rounds, Evaluations };
    Kind kind = None;
    QString jobId;
};

Route matchRoute(const std::string &path)
{
    static const QRegularExpression jobPath(QStringLiteral("^/v1/jobs/([0-9a-f]{32})(/rounds)?$"));
    if (path == "/v1/health")
        return { Route::Health, {} };
    if (path == "/v1/info")
        return { Route::Info, {} };
    if (path == "/v1/catalogue")
        return { Route::Catalogue, {} };
    if (path == "/v1/descriptives")
        return { Route::Descriptives, {} };
    if (path == "/v1/jobs")
        return { Route::Jobs, {} };
    if (path == "/v1/evaluations")
        return { Route::Evaluations, {} };
    const auto match = jobPath.match(QString::fromUtf8(path.data(), qsizetype(path.size())));
    if (match.hasMatch())
        return { match.captured(2).isEmpty() ? Route::Job : Route::Rounds, match.captured(1) };
    return {};
}

} // namespace

ApiResponse ApiHandlers::handle(const ApiRequest &request)
{
    const Route route = matchRoute(request.path);
    if (route.kind == Route::Health) {
        if (request.method != "GET" && request.method != "HEAD")
            return errorResponse(405, QStringLiteral("method-not-allowed"),
                                 Tr::tr("Use GET for this path."));
        return health();
    }

    Audit audit;
    audit.set("event", QStringLiteral("request"));
    audit.set("method", QString::fromStdString(request.method).left(16));
    audit.set("path",
              QString::fromUtf8(request.path.data(), qsizetype(request.path.size())).left(200));
    if (!request.body.isEmpty()) {
        auto object = protocol::parseObject(request.body, m_policy.maxBodyBytes());
        audit.set("requestHash",
                  object ? protocol::sha256Hex(protocol::canonicalJson(*object))
                         : protocol::sha256Hex(request.body));
    } else {
        QJsonObject query;
        for (const auto &[key, value] : request.query)
            query.insert(qs(key).left(64), qs(value).left(200));
        audit.set("requestHash",
                  protocol::sha256Hex(protocol::canonicalJson(
                      QJsonObject { { QStringLiteral("method"), qs(request.method) },
                                    { QStringLiteral("path"), qs(request.path) },
                                    { QStringLiteral("query"), query } })));
    }

    ApiResponse response;
    auto expectMethod = [&request](const char *method) {
        return request.method == method;
    };
    auto methodNotAllowed = [](const QString &allowed) {
        return errorResponse(405, QStringLiteral("method-not-allowed"),
                             Tr::tr("This path does not take that method; use %1.").arg(allowed));
    };
    auto postChecks = [&request, this]() -> std::optional<ApiResponse> {
        if (!isJsonContentType(request.contentType))
            return errorResponse(415, QStringLiteral("unsupported-media-type"),
                                 Tr::tr("The body must be JSON: send Content-Type: "
                                        "application/json."));
        if (request.body.size() > m_policy.maxBodyBytes())
            return errorResponse(413, QStringLiteral("payload-too-large"),
                                 Tr::tr("The body is larger than this node accepts (%1 bytes). "
                                        "Send a smaller request.")
                                     .arg(m_policy.maxBodyBytes()));
        return std::nullopt;
    };

    switch (route.kind) {
    case Route::None:
        response = errorResponse(404, QStringLiteral("not-found"),
                                 Tr::tr("There is no such resource on this node. See "
                                        "docs/protocol.md for the paths of API version 1."));
        break;
    case Route::Health:
        break;
    case Route::Info:
        response
            = expectMethod("GET") ? info(request, audit) : methodNotAllowed(QStringLiteral("GET"));
        break;
    case Route::Catalogue:
        response = expectMethod("GET") ? catalogue(request, audit)
                                       : methodNotAllowed(QStringLiteral("GET"));
        break;
    case Route::Descriptives:
    case Route::Jobs:
    case Route::Rounds:
    case Route::Evaluations:
        if (!expectMethod("POST")) {
            response = methodNotAllowed(QStringLiteral("POST"));
        } else if (auto refused = postChecks()) {
            response = *refused;
        } else if (route.kind == Route::Descriptives) {
            response = descriptives(request, audit);
        } else if (route.kind == Route::Jobs) {
            response = createJob(request, audit);
        } else if (route.kind == Route::Rounds) {
            response = round(request, route.jobId, audit);
        } else {
            response = evaluation(request, audit);
        }
        break;
    case Route::Job:
        if (expectMethod("GET"))
            response = jobStatus(request, route.jobId, audit);
        else if (expectMethod("DELETE"))
            response = cancelJob(request, route.jobId, audit);
        else
            response = methodNotAllowed(QStringLiteral("GET, DELETE"));
        break;
    }

    // Every answer to a known token, refusals included, names its user in the log and the audit.
    response.user = audit.user;
    if (!audit.enabled)
        return response;
    audit.set("status", response.status);
    audit.set("user", response.user.isEmpty() ? QStringLiteral("-") : response.user);
    if (!audit.checks.isEmpty())
        audit.set("checks", audit.checks);
    if (response.status >= 200 && response.status < 300) {
        audit.set("outcome", QStringLiteral("released"));
        audit.set("releasedHash", protocol::sha256Hex(response.body));
    } else {
        audit.set("outcome",
                  response.status == 403 || response.status == 422 ? QStringLiteral("refused")
                                                                   : QStringLiteral("error"));
        audit.set("code", response.code);
    }
    // Nothing leaves the node unless its audit entry was written.
    auto written = m_store->appendAudit(audit.entry);
    if (!written) {
        qWarning("fairstart-node: the audit entry could not be written; the answer is withheld");
        ApiResponse failure = errorResponse(
            500, QStringLiteral("node-failure"),
            Tr::tr("The node could not record this request in its audit log, so it answers "
                   "nothing. Tell the site administrator."));
        failure.user = response.user;
        return failure;
    }
    return response;
}

ApiResponse ApiHandlers::health()
{
    return jsonResponse(200, QJsonObject { { QStringLiteral("status"), QStringLiteral("ok") } });
}

// ---- authentication and purpose --------------------------------------------------------------

namespace {

std::optional<ApiResponse> authenticate(SiteStore &store, const ApiRequest &request,
                                        TokenInfo *token)
{
    const std::string &header = request.authorization;
    static const std::string scheme = "bearer ";
    if (header.size() <= scheme.size() || header.size() > 512
        || !std::equal(scheme.begin(), scheme.end(), header.begin(), [](char a, char b) {
               return a == std::tolower(static_cast<unsigned char>(b));
           })) {
        return errorResponse(401, QString::fromLatin1(kUnauthenticated),
                             Tr::tr("This request needs a token: send the header "
                                    "'Authorization: Bearer <token>' with a token from the site "
                                    "administrator."));
    }
    const QString plaintext = QString::fromLatin1(header.substr(scheme.size())).trimmed();
    const std::optional<TokenInfo> info = store.verifyToken(plaintext);
    if (!info) {
        return errorResponse(401, QString::fromLatin1(kUnauthenticated),
                             Tr::tr("The token is not known to this node. Check that it was "
                                    "copied completely, or ask the site administrator for a new "
                                    "one."));
    }
    // A known token identifies its user even when it is refused: the audit says whose it was.
    *token = *info;
    if (info->revoked) {
        return errorResponse(403, QString::fromLatin1(kTokenRevoked),
                             Tr::tr("The token has been revoked by the site administrator. Ask "
                                    "for a new token."),
                             QString(), true);
    }
    if (!info->usableAt(QDateTime::currentDateTimeUtc())) {
        return errorResponse(403, QString::fromLatin1(kTokenExpired),
                             Tr::tr("The token has expired. Ask the site administrator for a "
                                    "new token."),
                             QString(), true);
    }
    return std::nullopt;
}

std::optional<ApiResponse> checkPurpose(const TokenInfo &token, const QString &purpose)
{
    if (purpose.isEmpty()) {
        return badRequest(QStringLiteral("purpose-missing"),
                          Tr::tr("Every request must declare its purpose (\"purpose\" in the "
                                 "body, ?purpose= on a GET). Use one of your token's purposes."));
    }
    if (!token.purposes.contains(purpose)) {
        return errorResponse(403, QString::fromLatin1(kPurpose),
                             Tr::tr("Your token does not allow this purpose. Use one of its "
                                    "purposes (see /v1/info) or ask the site administrator for a "
                                    "token that carries it."),
                             QStringLiteral("purpose: ") + purpose.left(64), true);
    }
    return std::nullopt;
}

} // namespace

#define FAIRSTART_AUTHENTICATE(token)                                                              \
    TokenInfo token;                                                                               \
    auto refusedToken = authenticate(*m_store, request, &token);                                   \
    if (!token.id.isEmpty()) {                                                                     \
        audit.user = token.user;                                                                   \
        audit.set("tokenId", token.id);                                                            \
    }                                                                                              \
    if (refusedToken)                                                                              \
    return *refusedToken

// ---- info and catalogue ----------------------------------------------------------------------

ApiResponse ApiHandlers::info(const ApiRequest &request, Audit &audit)
{
    FAIRSTART_AUTHENTICATE(token);
    // The purpose is optional here (a client asks for info before choosing one); if given, it
    // must be one of the token's.
    if (auto purpose = queryValue(request, "purpose")) {
        audit.set("purpose", purpose->left(64));
        if (auto refused = checkPurpose(token, *purpose))
            return *refused;
    }
    protocol::NodeInfo info;
    info.name = m_store->nodeName();
    info.nodeVersion = QStringLiteral(FAIRSTART_VERSION);
    const std::string_view engine = analysis::engineVersion();
    info.engineVersion = QString::fromUtf8(engine.data(), qsizetype(engine.size()));
    info.protocolVersion = protocol::protocolVersionString();
    info.policy.disclosure = m_disclosure;
    info.policy.jobsPerUserPerDay = m_policy.jobsPerUserPerDay();
    info.policy.maxBodyBytes = m_policy.maxBodyBytes();
    info.policy.catalogueRounding = kCatalogueRounding;
    info.keys = m_keys;
    info.capabilities = { QStringLiteral("descriptives"), QStringLiteral("glm"),
                          QStringLiteral("calibration"), QStringLiteral("evaluation") };
    info.aggregationModes = { QStringLiteral("plain") };
    if (auto datasets = m_store->datasets()) {
        for (const DatasetInfo &dataset : *datasets)
            info.datasets.append(dataset.name);
    }
    info.user = token.user;
    info.purposes = token.purposes;
    return jsonResponse(200, protocol::toJson(info));
}

ApiResponse ApiHandlers::catalogue(const ApiRequest &request, Audit &audit)
{
    FAIRSTART_AUTHENTICATE(token);
    const QString purpose = queryValue(request, "purpose").value_or(QString());
    audit.set("purpose", purpose.left(64));
    if (auto refused = checkPurpose(token, purpose))
        return *refused;
    std::vector<DatasetInfo> infos;
    if (auto name = queryValue(request, "dataset")) {
        audit.set("dataset", name->left(128));
        auto info = m_store->datasetInfo(*name);
        if (!info)
            return unknownDataset(*name);
        infos.push_back(*info);
    } else if (auto all = m_store->datasets()) {
        infos = *all;
    }

    protocol::Catalogue catalogue;
    const int minCell = m_disclosure.minCell;
    for (const DatasetInfo &info : infos) {
        auto data = m_cache.get(info.name);
        if (!data)
            continue; // dropped in the meantime
        const LoadedDataset &dataset = **data;
        const QString cacheKey = dataset.info.name + QLatin1Char('\n')
            + QString::number(dataset.info.generation) + QLatin1Char('\n') + purpose;
        {
            std::lock_guard lock(m_catalogueMutex);
            auto cached = m_catalogueCache.find(cacheKey);
            if (cached != m_catalogueCache.end()) {
                catalogue.datasets.append(cached->second);
                continue;
            }
        }
        const auto consent = selectConsented(dataset, purpose, m_policy.requireConsentColumn());
        protocol::CatalogueDataset entry;
        entry.name = info.name;
        entry.description = info.label;
        entry.consentPurposes = info.consentPurposes();
        const std::int64_t consented = consent ? consent->consented : 0;
        entry.rows = roundedCount(consented, minCell, kCatalogueRounding);
        for (const VariableInfo &variable : dataset.info.analysisVariables()) {
            protocol::CatalogueVariable out;
            out.name = variable.name;
            out.label = variable.label;
            out.type = variable.kind == VariableKind::Numeric ? protocol::VariableType::Numeric
                : variable.kind == VariableKind::Binary       ? protocol::VariableType::Binary
                                                              : protocol::VariableType::Categorical;
            const analysis::Column *column = dataset.table.column(variable.name.toStdString());
            std::int64_t present = 0;
            std::int64_t missing = 0;
            std::map<QString, std::int64_t> levels;
            if (variable.kind == VariableKind::Categorical) {
                for (const QString &level : variable.levels)
                    levels[level] = 0;
            } else if (variable.kind == VariableKind::Binary) {
                levels[QStringLiteral("0")] = 0;
                levels[QStringLiteral("1")] = 0;
            }
            if (column && consent) {
                for (std::size_t i = 0; i < column->size(); ++i) {
                    if (!consent->mask[i])
                        continue;
                    if (column->isMissing(i)) {
                        ++missing;
                        continue;
                    }
                    ++present;
                    if (column->kind == analysis::ColumnKind::Categorical) {
                        ++levels[qs(column->levels[std::size_t(column->codes[i])])];
                    } else if (variable.kind == VariableKind::Binary) {
                        ++levels[column->numeric[i] == 1.0 ? QStringLiteral("1")
                                                           : QStringLiteral("0")];
                    }
                }
            }
            out.count = roundedCount(present, minCell, kCatalogueRounding);
            out.missing = missing == 0 ? protocol::ReleasedCount(0)
                                       : roundedCount(missing, minCell, kCatalogueRounding);
            for (const auto &[level, count] : levels)
                out.levels.append({ level, roundedCount(count, minCell, kCatalogueRounding) });
            entry.variables.append(out);
        }
        {
            std::lock_guard lock(m_catalogueMutex);
            // Entries of older imports are never asked for again.
            for (auto it = m_catalogueCache.begin(); it != m_catalogueCache.end();) {
                const QString current = dataset.info.name + QLatin1Char('\n')
                    + QString::number(dataset.info.generation) + QLatin1Char('\n');
                if (it->first.startsWith(dataset.info.name + QLatin1Char('\n'))
                    && !it->first.startsWith(current))
                    it = m_catalogueCache.erase(it);
                else
                    ++it;
            }
            m_catalogueCache[cacheKey] = entry;
        }
        catalogue.datasets.append(entry);
    }
    return jsonResponse(200, protocol::toJson(catalogue));
}

// ---- descriptives ----------------------------------------------------------------------------

ApiResponse ApiHandlers::descriptives(const ApiRequest &request, Audit &audit)
{
    FAIRSTART_AUTHENTICATE(token);
    protocol::DescriptivesRequest req;
    if (auto refused = decodeBody(request, m_policy.maxBodyBytes(), &req))
        return *refused;
    audit.set("purpose", req.purpose.left(64));
    audit.set("dataset", req.dataset.left(128));
    if (auto refused = checkPurpose(token, req.purpose))
        return *refused;
    auto data = m_cache.get(req.dataset);
    if (!data)
        return unknownDataset(req.dataset);
    const LoadedDataset &dataset = **data;
    const auto consent = selectConsented(dataset, req.purpose, m_policy.requireConsentColumn());
    if (!consent)
        return noConsent(req.purpose, audit.checks);

    std::vector<std::pair<std::string, QString>> names;
    for (qsizetype i = 0; i < req.completeCases.size(); ++i)
        names.push_back(
            { req.completeCases[i].toStdString(), QStringLiteral("completeCases[%1]").arg(i) });
    for (qsizetype i = 0; i < req.variables.size(); ++i)
        names.push_back(
            { req.variables[i].name.toStdString(), QStringLiteral("variables[%1]").arg(i) });
    for (qsizetype i = 0; i < req.tables.size(); ++i) {
        names.push_back(
            { req.tables[i].first.toStdString(), QStringLiteral("tables[%1][0]").arg(i) });
        names.push_back(
            { req.tables[i].second.toStdString(), QStringLiteral("tables[%1][1]").arg(i) });
    }
    for (const auto &[name, where] : names) {
        if (!analysisVariable(dataset.info, name))
            return unknownVariable(dataset.info, name, where);
    }
    if (auto refused = checkFilters(dataset.info, req.filters))
        return *refused;

    auto maskResult = analysis::cohortMask(dataset.table, req.filters, &consent->mask);
    if (!maskResult)
        return designError(maskResult.error(), m_disclosure);
    std::vector<std::uint8_t> mask = std::move(maskResult).value();
    for (const QString &name : req.completeCases) {
        const analysis::Column *column = dataset.table.column(name.toStdString());
        for (std::size_t i = 0; i < mask.size(); ++i) {
            if (mask[i] && column->isMissing(i))
                mask[i] = 0;
        }
    }
    std::int64_t cohortSize = 0;
    for (std::uint8_t m : mask)
        cohortSize += m;

    // Cohort rules, with the user's earlier cohorts on this dataset.
    const analysis::CohortFingerprint fingerprint = fingerprintOfMask(dataset, mask);
    std::lock_guard cohortLock(m_cohortMutex);
    auto earlier = m_store->cohorts(token.user, dataset.info.name);
    if (!earlier)
        return cohortMemoryUnreadable();
    const auto cohortOutcomes
        = checkCohort(cohortSize, consent->consented, fingerprint, *earlier, m_disclosure);
    audit.add(cohortOutcomes);
    if (const auto *failed = firstFailure(cohortOutcomes))
        return ruleRefusal(*failed);

    const int minCell = m_disclosure.minCell;
    protocol::DescriptivesResponse out;
    out.dataset = dataset.info.name;
    out.cohortSize = cohortSize;
    for (const protocol::DescribeVariable &variable : req.variables) {
        const std::string name = variable.name.toStdString();
        const VariableInfo *meta = analysisVariable(dataset.info, name);
        const analysis::Column *column = dataset.table.column(name);
        if (meta->kind == VariableKind::Numeric) {
            auto summary
                = analysis::describeNumeric(dataset.table, name, variable.histogramEdges, &mask);
            if (!summary)
                return badRequest(QString::fromLatin1(analysis::errorCodeId(summary.error().code)),
                                  Tr::tr("The variable cannot be described: %1")
                                      .arg(qs(summary.error().message).left(300)),
                                  variable.name.left(100));
            const double missing = summary->missing;
            if (missing > 0 && missing < minCell) {
                analysis::RuleOutcome outcome;
                outcome.ruleId = "min-cell";
                outcome.passed = false;
                outcome.threshold = minCell;
                outcome.message = Tr::tr("Fewer than %1 records of the cohort miss this variable, "
                                         "so its summary would reveal them. Add it to "
                                         "completeCases.")
                                      .arg(minCell)
                                      .toStdString();
                outcome.detail = "missing values of " + name;
                audit.add(outcome);
                return ruleRefusal(outcome);
            }
            // Dominance of the sum (mean × count) and of the sum of squares about the mean.
            std::vector<double> absolute;
            std::vector<double> squares;
            for (std::size_t i = 0; i < mask.size(); ++i) {
                if (mask[i] && !column->isMissing(i)) {
                    absolute.push_back(std::abs(column->numeric[i]));
                    const double d = column->numeric[i] - summary->moments.mean;
                    squares.push_back(d * d);
                }
            }
            for (auto *values : { &absolute, &squares }) {
                const analysis::RuleOutcome outcome = analysis::checkDominance(
                    values->data(), values->size(),
                    (values == &absolute ? "the sum of " : "the sum of squares of ") + name,
                    m_disclosure);
                audit.add(outcome);
                if (!outcome.passed)
                    return ruleRefusal(outcome);
            }
            protocol::NumericDescription description;
            description.variable = variable.name;
            description.missing = static_cast<qint64>(missing);
            description.moments = summary->moments;
            for (const analysis::Histogram &histogram : summary->histograms) {
                protocol::ReleasedHistogram released;
                const double outside = histogram.below + histogram.above;
                // Records outside the edges follow from the count: a few would be the extremes.
                if (outside == 0 || outside >= minCell) {
                    const auto merged = analysis::mergeBinsForDisclosure(
                        histogram.edges, { histogram.counts }, minCell);
                    if (merged.ok()) {
                        released.edges = merged.edges;
                        released.counts = merged.counts.front();
                    }
                }
                description.histograms.append(released);
            }
            out.numeric.append(description);
        } else {
            protocol::CategoricalDescription description;
            description.variable = variable.name;
            std::vector<QString> levelNames;
            std::vector<double> counts;
            double missing = 0;
            if (meta->kind == VariableKind::Categorical) {
                auto summary = analysis::describeCategorical(dataset.table, name, &mask);
                if (!summary)
                    return badRequest(
                        QString::fromLatin1(analysis::errorCodeId(summary.error().code)),
                        Tr::tr("The variable cannot be described: %1")
                            .arg(qs(summary.error().message).left(300)),
                        variable.name.left(100));
                for (const auto &[level, count] : summary->levelCounts) {
                    levelNames.push_back(qs(level));
                    counts.push_back(count);
                }
                missing = summary->missing;
            } else {
                // Binary: counted like a two-level factor, so small classes are withheld.
                counts = { 0, 0 };
                levelNames = { QStringLiteral("0"), QStringLiteral("1") };
                for (std::size_t i = 0; i < mask.size(); ++i) {
                    if (!mask[i])
                        continue;
                    if (column->isMissing(i))
                        missing += 1;
                    else
                        counts[column->numeric[i] == 1.0 ? 1 : 0] += 1;
                }
            }
            // The missing count is a cell of the same group (cohort size is released) unless 0.
            std::vector<double> cells = counts;
            if (missing > 0)
                cells.push_back(missing);
            const std::vector<bool> withheld = suppressGroup(cells, minCell);
            for (std::size_t i = 0; i < counts.size(); ++i) {
                description.levels.append({ levelNames[i],
                                            withheld[i]
                                                ? protocol::ReleasedCount()
                                                : protocol::ReleasedCount(qint64(counts[i])) });
            }
            description.missing = missing == 0 ? protocol::ReleasedCount(0)
                : withheld.back()              ? protocol::ReleasedCount()
                                               : protocol::ReleasedCount(qint64(missing));
            out.categorical.append(description);
        }
    }
    for (const auto &[rowName, columnName] : req.tables) {
        auto table = analysis::crossTabulate(dataset.table, rowName.toStdString(),
                                             columnName.toStdString(), &mask);
        if (!table)
            return badRequest(QString::fromLatin1(analysis::errorCodeId(table.error().code)),
                              Tr::tr("A two-way table needs two categorical or binary "
                                     "variables: %1")
                                  .arg(qs(table.error().message).left(300)),
                              rowName.left(100) + QStringLiteral(" × ") + columnName.left(100));
        protocol::ReleasedTable released;
        released.rowVariable = rowName;
        released.columnVariable = columnName;
        for (const auto &level : table->rowLevels)
            released.rowLevels.append(qs(level));
        for (const auto &level : table->columnLevels)
            released.columnLevels.append(qs(level));
        const std::vector<bool> withheld = suppressTable(table->counts, table->rowLevels.size(),
                                                         table->columnLevels.size(), minCell);
        for (std::size_t i = 0; i < table->counts.size(); ++i)
            released.counts.append(withheld[i] ? protocol::ReleasedCount()
                                               : protocol::ReleasedCount(qint64(table->counts[i])));
        out.tables.append(released);
    }

    if (!rememberCohort(*m_store, token.user, dataset.info.name, fingerprint, *earlier))
        return cohortNotRecorded();
    return jsonResponse(200, protocol::toJson(out));
}

// ---- jobs ------------------------------------------------------------------------------------

namespace {

bool takeQuota(SiteStore &store, std::mutex &mutex, const QString &user, int limit)
{
    std::lock_guard lock(mutex);
    const QDate today = QDateTime::currentDateTimeUtc().date();
    auto used = store.dailyJobs(user, today);
    if (!used || *used >= limit)
        return false;
    auto counted = store.incrementDailyJobs(user, today);
    return counted.ok();
}

} // namespace

// What a job and an evaluation compute on.
struct ApiHandlers::PreparedDesign {
    std::shared_ptr<const LoadedDataset> dataset;
    std::int64_t consented = 0; // records with consent for the purpose
    analysis::DesignMatrix design;
};

// The steps a job and an evaluation share, in this order: the daily quota (refused requests count
// too: a refusal is information as well), the dataset, the design's variables, consent and the
// design matrix of the consented records. Each check is audited.
std::optional<ApiResponse>
ApiHandlers::prepareDesign(const QString &user, const QString &datasetName, const QString &purpose,
                           const analysis::ResolvedDesign &design, QuotaUse use, Audit &audit,
                           PreparedDesign *prepared)
{
    const int quota = m_policy.jobsPerUserPerDay();
    if (!takeQuota(*m_store, m_quotaMutex, user, quota)) {
        audit.checks.append(policyCheck(kJobQuota, quota, false));
        return errorResponse(
            403, QString::fromLatin1(kJobQuota),
            use == QuotaUse::Job
                ? Tr::tr("You have opened the most jobs this node allows per user and day (%1). "
                         "Try again tomorrow (UTC) or ask the site administrator.")
                      .arg(quota)
                : Tr::tr("You have made the most requests of this kind this node allows per "
                         "user and day (%1). Try again tomorrow (UTC).")
                      .arg(quota),
            QString(), true);
    }
    audit.checks.append(policyCheck(kJobQuota, quota, true));

    auto data = m_cache.get(datasetName);
    if (!data)
        return unknownDataset(datasetName);
    const LoadedDataset &dataset = **data;
    if (auto refused = checkVariables(dataset.info, design.spec))
        return refused;
    const auto consent = selectConsented(dataset, purpose, m_policy.requireConsentColumn());
    if (!consent)
        return noConsent(purpose, audit.checks);
    auto built = analysis::buildDesign(dataset.table, design, &consent->mask);
    if (!built)
        return designError(built.error(), m_disclosure);
    prepared->dataset = std::move(data).value();
    prepared->consented = consent->consented;
    prepared->design = std::move(built).value();
    return std::nullopt;
}

ApiResponse ApiHandlers::createJob(const ApiRequest &request, Audit &audit)
{
    FAIRSTART_AUTHENTICATE(token);
    protocol::JobRequest req;
    if (auto refused = decodeBody(request, m_policy.maxBodyBytes(), &req))
        return *refused;
    audit.set("purpose", req.purpose.left(64));
    audit.set("dataset", req.dataset.left(128));
    audit.set("kind", protocol::jobKindId(req.kind));
    audit.set("designHash", req.designHash.left(80));
    if (auto refused = checkPurpose(token, req.purpose))
        return *refused;
    if (req.aggregation.mode != QStringLiteral("plain")) {
        return badRequest(QStringLiteral("unsupported-aggregation"),
                          Tr::tr("This node supports only the aggregation mode 'plain'. Ask "
                                 "for 'plain'."),
                          QStringLiteral("aggregation.mode"));
    }
    const QString hash = protocol::designHash(req.design);
    if (hash != req.designHash)
        return designHashMismatch();
    PreparedDesign prepared;
    if (auto refused = prepareDesign(token.user, req.dataset, req.purpose, req.design,
                                     QuotaUse::Job, audit, &prepared))
        return *refused;
    const LoadedDataset &dataset = *prepared.dataset;
    auto base = std::make_shared<analysis::DesignMatrix>(std::move(prepared.design));

    std::shared_ptr<const analysis::DesignMatrix> jobDesign = base;
    analysis::Family family = req.design.spec.family;
    if (req.kind != protocol::JobKind::Glm) {
        if (family != analysis::Family::Binomial) {
            return badRequest(QStringLiteral("invalid-kind"),
                              Tr::tr("Calibration jobs need a binomial model."));
        }
        if (req.fittedBeta.size() != std::size_t(base->p())) {
            return badRequest(QStringLiteral("invalid-beta"),
                              Tr::tr("fittedBeta must hold one finite value per design "
                                     "column (%1).")
                                  .arg(base->p()),
                              QStringLiteral("fittedBeta"));
        }
        const Eigen::VectorXd beta
            = Eigen::Map<const Eigen::VectorXd>(req.fittedBeta.data(), base->p());
        auto calibration = req.kind == protocol::JobKind::CalibrationSlope
            ? analysis::calibrationSlopeDesign(*base, beta)
            : analysis::calibrationInterceptDesign(*base, beta);
        if (!calibration)
            return designError(calibration.error(), m_disclosure);
        jobDesign = std::make_shared<const analysis::DesignMatrix>(std::move(calibration).value());
    }

    // Every disclosure check on the built matrix, before any number leaves.
    const analysis::CohortFingerprint fingerprint = fingerprintOfRows(dataset, base->rows);
    std::lock_guard cohortLock(m_cohortMutex);
    auto earlier = m_store->cohorts(token.user, dataset.info.name);
    if (!earlier)
        return cohortMemoryUnreadable();
    std::vector<analysis::RuleOutcome> outcomes
        = checkJob(*base, req.design, prepared.consented, fingerprint, *earlier, m_disclosure);
    if (req.kind != protocol::JobKind::Glm) {
        for (auto &outcome : checkColumnDominance(*jobDesign, m_disclosure))
            outcomes.push_back(std::move(outcome));
    }
    audit.add(outcomes);
    if (const auto *failed = firstFailure(outcomes))
        return ruleRefusal(*failed);

    // Identical designs on the same data share one matrix.
    if (req.kind == protocol::JobKind::Glm) {
        if (auto shared = m_jobs.sharedDesign(dataset.info.name, quint64(dataset.info.generation),
                                              req.purpose, hash)) {
            jobDesign = shared;
        }
    }
    JobSpec spec;
    spec.user = token.user;
    spec.tokenId = token.id;
    spec.purpose = req.purpose;
    spec.dataset = dataset.info.name;
    spec.generation = quint64(dataset.info.generation);
    spec.kind = req.kind;
    spec.designHash = hash;
    spec.family = family;
    spec.design = jobDesign;
    auto [jobId, refusal] = m_jobs.create(std::move(spec));
    if (refusal != JobManager::CreateRefusal::None) {
        return errorResponse(429, QStringLiteral("node-busy"),
                             Tr::tr("The node holds as many open jobs as its memory allows. "
                                    "Cancel finished jobs (DELETE /v1/jobs/{id}) or try "
                                    "again later."));
    }
    if (!rememberCohort(*m_store, token.user, dataset.info.name, fingerprint, *earlier)) {
        m_jobs.cancel(jobId, token.user);
        return errorResponse(500, QStringLiteral("node-failure"),
                             Tr::tr("The node could not record the cohort for its overlap "
                                    "audit, so it opens no job. Tell the site administrator."));
    }
    audit.set("jobId", jobId);

    protocol::JobCreated created;
    created.jobId = jobId;
    created.designHash = hash;
    created.kind = req.kind;
    for (const std::string &term : jobDesign->terms)
        created.terms.append(qs(term));
    created.cohortSize = jobDesign->n();
    created.maxRounds = m_disclosure.maxRounds;
    for (const auto &outcome : outcomes)
        created.checks.append(
            { qs(outcome.ruleId), outcome.passed, outcome.threshold, qs(outcome.message) });
    // The cohort flow, rounded: exact small exclusion counts would describe few records.
    analysis::CohortCounts counts = base->counts;
    counts.total = roundCount(counts.total);
    counts.excludedByMask = roundCount(counts.excludedByMask);
    counts.excludedByFilters = roundCount(counts.excludedByFilters);
    counts.excludedByMissing = roundCount(counts.excludedByMissing);
    for (auto &[variable, missing] : counts.missingByVariable)
        missing = roundCount(missing);
    created.counts = counts;
    return jsonResponse(201, protocol::toJson(created));
}

ApiResponse ApiHandlers::round(const ApiRequest &request, const QString &jobId, Audit &audit)
{
    FAIRSTART_AUTHENTICATE(token);
    audit.set("jobId", jobId);
    protocol::RoundRequest req;
    if (auto refused = decodeBody(request, m_policy.maxBodyBytes(), &req))
        return *refused;
    audit.set("round", req.round);
    for (double value : req.beta) {
        if (!std::isfinite(value))
            return badRequest(QStringLiteral("invalid-beta"),
                              Tr::tr("β must hold finite numbers only."), QStringLiteral("beta"));
    }

    const QByteArray betaKey(reinterpret_cast<const char *>(req.beta.data()),
                             qsizetype(req.beta.size() * sizeof(double)));
    RoundTicket ticket = m_jobs.beginRound(jobId, token.user, req.round, betaKey);
    if (ticket.job) {
        audit.set("purpose", ticket.job->purpose);
        audit.set("dataset", ticket.job->dataset);
        audit.set("designHash", ticket.job->designHash);
        // The token must still carry the job's purpose.
        if (auto refused = checkPurpose(token, ticket.job->purpose))
            return *refused;
    }
    switch (ticket.refusal) {
    case RoundRefusal::None:
        break;
    case RoundRefusal::NotFound:
        return errorResponse(404, QStringLiteral("unknown-job"),
                             Tr::tr("There is no such job for you on this node. Open a job "
                                    "first (POST /v1/jobs)."));
    case RoundRefusal::Cancelled:
        return errorResponse(409, QStringLiteral("job-cancelled"),
                             Tr::tr("The job was cancelled. Open a new job."));
    case RoundRefusal::Expired:
        return errorResponse(409, QStringLiteral("job-expired"),
                             Tr::tr("The job expired after being idle. Open a new job."));
    case RoundRefusal::Finished:
    case RoundRefusal::RoundCap: {
        const analysis::RuleOutcome outcome = analysis::checkRounds(req.round, m_disclosure);
        audit.checks.append(policyCheck(kMaxRounds, m_disclosure.maxRounds, false));
        return errorResponse(403, QString::fromLatin1(kMaxRounds),
                             outcome.passed
                                 ? Tr::tr("This job has used all %1 rounds the node allows. "
                                          "Open a new job if the fit needs more.")
                                       .arg(m_disclosure.maxRounds)
                                 : qs(outcome.message),
                             QString(), true);
    }
    case RoundRefusal::WrongRound:
        return errorResponse(409, QStringLiteral("round-out-of-order"),
                             Tr::tr("Rounds must be numbered 1, 2, 3, ... without gaps; ask "
                                    "for the next round (see GET /v1/jobs/{id})."),
                             QStringLiteral("round"));
    }
    audit.checks.append(policyCheck(kMaxRounds, m_disclosure.maxRounds, true));
    if (ticket.repeatedAnswer) {
        ApiResponse response;
        response.status = 200;
        response.body = *ticket.repeatedAnswer;
        return response;
    }
    const analysis::DesignMatrix &design = *ticket.job->design;
    if (req.beta.size() != std::size_t(design.p())) {
        return badRequest(QStringLiteral("invalid-beta"),
                          Tr::tr("β must hold one value per design column (%1); the round "
                                 "is used.")
                              .arg(design.p()),
                          QStringLiteral("beta"));
    }
    const Eigen::VectorXd beta = Eigen::Map<const Eigen::VectorXd>(req.beta.data(), design.p());
    auto stats = analysis::computeRound(design, ticket.job->family, beta);
    if (!stats) {
        return errorResponse(422, QString::fromLatin1(analysis::errorCodeId(stats.error().code)),
                             Tr::tr("The round's statistics are not finite at this β. Halve "
                                    "the step and ask for the next round."));
    }
    protocol::RoundResponse out;
    out.jobId = jobId;
    out.round = req.round;
    out.stats = std::move(stats).value();
    ApiResponse response = jsonResponse(200, protocol::toJson(out));
    m_jobs.finishRound(jobId, req.round, betaKey, response.body);
    return response;
}

namespace {

// A job's status for the user who opened it; anyone else gets 404, so job ids are not confirmed.
ApiResponse jobStatusResponse(const std::optional<protocol::JobStatus> &status)
{
    return status ? jsonResponse(200, protocol::toJson(*status))
                  : errorResponse(404, QStringLiteral("unknown-job"),
                                  Tr::tr("There is no such job for you on this node."));
}

} // namespace

ApiResponse ApiHandlers::jobStatus(const ApiRequest &request, const QString &jobId, Audit &audit)
{
    FAIRSTART_AUTHENTICATE(token);
    audit.set("jobId", jobId);
    return jobStatusResponse(m_jobs.status(jobId, token.user));
}

ApiResponse ApiHandlers::cancelJob(const ApiRequest &request, const QString &jobId, Audit &audit)
{
    FAIRSTART_AUTHENTICATE(token);
    audit.set("jobId", jobId);
    return jobStatusResponse(m_jobs.cancel(jobId, token.user));
}

void ApiHandlers::expireIdleJobs()
{
    for (const auto &expired : m_jobs.expireIdle()) {
        QJsonObject entry { { QStringLiteral("event"), QStringLiteral("job-expired") },
                            { QStringLiteral("jobId"), expired.status.jobId },
                            { QStringLiteral("user"), expired.job->user },
                            { QStringLiteral("dataset"), expired.job->dataset },
                            { QStringLiteral("roundsUsed"), expired.status.roundsUsed } };
        (void)m_store->appendAudit(entry);
    }
}

// ---- evaluations -----------------------------------------------------------------------------

ApiResponse ApiHandlers::evaluation(const ApiRequest &request, Audit &audit)
{
    FAIRSTART_AUTHENTICATE(token);
    protocol::EvaluationRequest req;
    if (auto refused = decodeBody(request, m_policy.maxBodyBytes(), &req))
        return *refused;
    audit.set("purpose", req.purpose.left(64));
    audit.set("dataset", req.dataset.left(128));
    audit.set("designHash", req.designHash.left(80));
    if (auto refused = checkPurpose(token, req.purpose))
        return *refused;
    const QString hash = protocol::designHash(req.design);
    if (hash != req.designHash)
        return designHashMismatch();
    if (req.design.spec.family != analysis::Family::Binomial) {
        return badRequest(QStringLiteral("invalid-kind"),
                          Tr::tr("Evaluations need a binomial model."));
    }
    if (req.bins < 10 || req.bins > 100000) {
        return badRequest(QStringLiteral("invalid-bins"),
                          Tr::tr("bins must be a whole number from 10 to 100000."),
                          QStringLiteral("bins"));
    }
    PreparedDesign prepared;
    if (auto refused = prepareDesign(token.user, req.dataset, req.purpose, req.design,
                                     QuotaUse::Evaluation, audit, &prepared))
        return *refused;
    const LoadedDataset &dataset = *prepared.dataset;
    const analysis::DesignMatrix &design = prepared.design;
    if (req.beta.size() != std::size_t(design.p())) {
        return badRequest(
            QStringLiteral("invalid-beta"),
            Tr::tr("β must hold one finite value per design column (%1).").arg(design.p()),
            QStringLiteral("beta"));
    }

    const analysis::CohortFingerprint fingerprint = fingerprintOfRows(dataset, design.rows);
    std::lock_guard cohortLock(m_cohortMutex);
    auto earlier = m_store->cohorts(token.user, dataset.info.name);
    if (!earlier)
        return cohortMemoryUnreadable();
    std::vector<analysis::RuleOutcome> outcomes
        = checkCohort(design.n(), prepared.consented, fingerprint, *earlier, m_disclosure);
    for (auto &outcome : analysis::checkCells(design, req.design, m_disclosure))
        outcomes.push_back(std::move(outcome));
    audit.add(outcomes);
    if (const auto *failed = firstFailure(outcomes))
        return ruleRefusal(*failed);

    const Eigen::VectorXd beta = Eigen::Map<const Eigen::VectorXd>(req.beta.data(), design.p());
    auto bins = analysis::computePerformance(design, analysis::Family::Binomial, beta, req.bins);
    if (!bins)
        return designError(bins.error(), m_disclosure);
    auto merged = mergePerformanceBins(*bins, m_disclosure.minCell);
    analysis::RuleOutcome binning;
    binning.ruleId = "min-cell";
    binning.threshold = m_disclosure.minCell;
    binning.passed = merged.has_value();
    binning.detail = "predicted-risk bins";
    binning.message = Tr::tr("Even one bin holding every record has fewer than %1 records of an "
                             "outcome class.")
                          .arg(m_disclosure.minCell)
                          .toStdString();
    audit.add(binning);
    if (!merged)
        return ruleRefusal(binning);

    if (!rememberCohort(*m_store, token.user, dataset.info.name, fingerprint, *earlier))
        return cohortNotRecorded();
    protocol::EvaluationResponse out;
    out.designHash = hash;
    out.cohortSize = design.n();
    out.bins = *merged;
    return jsonResponse(200, protocol::toJson(out));
}

} // namespace fairstart::node

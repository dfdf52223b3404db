// SPDX-License-Identifier: GPL-3.0-or-later
// Construction of the API and the routing of a request to its endpoint, with its audit entry.
#include "common_p.h"

#include "fairstart/analysis/linearpredictormemo.h"
#include "fairstart/node/auditlog.h"
#include "fairstart/node/logtext.h"
#include "fairstart/protocol/batchcodec.h"

#include <QRegularExpression>

#include <cstdio>

namespace fairstart::node {

using namespace api;

// ---- construction ----------------------------------------------------------------------------

namespace {
// The store's key of the hourly request budgets (keepRequestBudgets): JSON, never a secret, kept
// in the encrypted store's key table beside the node's keys.
constexpr char kRequestBudgetsKey[] = "request_budgets";
// The same of what each user's refused requests kept in the audit on their UTC day.
constexpr char kRefusedRequestBudgetsKey[] = "refused_request_budgets";
} // namespace

ApiHandlers::ApiHandlers(std::shared_ptr<SiteStore> store, Policy policy, protocol::NodeKeys keys,
                         NodeSecrets secrets)
    : m_store(std::move(store))
    , m_policy(std::move(policy))
    , m_disclosure(m_policy.disclosure())
    , m_gate(std::make_unique<ReleaseGate>(m_disclosure, kCatalogueRounding))
    , m_keys(std::move(keys))
    , m_secrets(std::move(secrets))
    , m_cache(m_store)
    , m_jobs(jobLimits(m_policy))
    , m_ledger(std::make_shared<DifferencingLedger>(
          m_store,
          [this] {
              DifferencingLimits limits { m_disclosure.minCell,
                                          int(m_policy.value(QStringLiteral("min_fit_piece"))) };
              limits.atomsPerUser = std::size_t(m_policy.differencingAtomsPerUser());
              return limits;
          }()))
    , m_catalogueCache(std::make_unique<CatalogueCache>())
    , m_designCache(std::make_unique<DesignCache>())
    , m_linearPredictors(std::make_unique<analysis::LinearPredictorMemo>())
    , m_refusedRequests(std::make_unique<RefusedRequestBudget>())
    , m_requestRate(std::make_unique<RequestRateBudget>(m_policy.requestsPerTokenPerHour()))
{
    // The ledger reads a whole table through the node's dataset cache (an evaluation on a
    // design's columns that must keep away from another variable's histograms).
    m_ledger->setDatasetLoader([this](const QString &name) -> std::shared_ptr<const LoadedDataset> {
        auto loaded = m_cache.get(name);
        return loaded ? std::move(loaded).value() : nullptr;
    });
    // The request budgets as the node left them (keepRequestBudgets), refilled for the time it
    // was down: a restart no longer fills every bucket. None kept yet: every bucket full.
    if (auto kept = m_store->secret(QLatin1String(kRequestBudgetsKey)))
        m_requestRate->restore(kept.value());
    if (auto kept = m_store->secret(QLatin1String(kRefusedRequestBudgetsKey)))
        m_refusedRequests->restore(kept.value());
}

ApiHandlers::~ApiHandlers() = default;

void ApiHandlers::keepRequestBudgets()
{
    const std::pair<const char *, std::optional<QByteArray>> snapshots[] = {
        { kRequestBudgetsKey, m_requestRate->snapshot() },
        { kRefusedRequestBudgetsKey, m_refusedRequests->snapshot() },
    };
    for (const auto &[key, snapshot] : snapshots) {
        if (snapshot && !m_store->setSecret(QLatin1String(key), *snapshot))
            qWarning("fairstart-node: the request budgets could not be written to the store; a "
                     "restart now would fill them");
    }
}

std::optional<ApiResponse> ApiHandlers::takeRequestRate(const TokenInfo &token, Audit &audit)
{
    const RequestRateBudget::Taken taken = m_requestRate->take(token.id);
    if (taken.allowed)
        return std::nullopt;
    const LimitRefusal refused = requestRateRefusal(m_requestRate->perHour(), taken);
    audit.checks.append(refused.auditCheck());
    const qint64 n = taken.refusedInARow;
    if ((n & (n - 1)) == 0)
        audit.set("refusedInARow", n);
    else
        audit.summarised = true;
    return limitResponse(refused);
}

std::optional<ApiResponse>
ApiHandlers::differencingRefusal(const NodeResult<analysis::RuleOutcome> &verdict, Audit &audit)
{
    if (!verdict) {
        // The administrator's log says what failed (the client's answer never does).
        std::fprintf(stderr, "fairstart-node: warning: the differencing ledger failed: %s\n",
                     logSafe(verdict.error().message).constData());
        return ledgerFailure();
    }
    audit.add(*verdict);
    if (!verdict->passed)
        return respond(m_gate->refuse(*verdict, audit.release));
    return std::nullopt;
}

// ---- dispatch --------------------------------------------------------------------------------

namespace {

// A refusal by a rule carries the rule's parameters as numbers, so that a client can word the
// refusal in its user's language from the stable code alone (docs/protocol.md, "Errors"): the
// threshold of the failed check the audit recorded under the refusal's code. Thresholds are the
// node's policy, which GET /v1/info publishes; nothing here comes from a record.
void addRefusalParams(ApiResponse &response, const QJsonArray &checks)
{
    if (response.status < 400 || response.code.isEmpty())
        return;
    QJsonObject params;
    for (const QJsonValue &value : checks) {
        const QJsonObject check = value.toObject();
        if (check.value(QStringLiteral("rule")).toString() != response.code
            || check.value(QStringLiteral("passed")).toBool(true))
            continue;
        const QJsonValue threshold = check.value(QStringLiteral("threshold"));
        if (threshold.isDouble() && std::isfinite(threshold.toDouble()))
            params.insert(QStringLiteral("threshold"), threshold);
        break;
    }
    if (params.isEmpty())
        return;
    QJsonObject body = QJsonDocument::fromJson(response.body).object();
    QJsonObject error = body.value(QStringLiteral("error")).toObject();
    if (error.isEmpty() || !error.value(QStringLiteral("rule")).toBool())
        return;
    error.insert(QStringLiteral("params"), params);
    body.insert(QStringLiteral("error"), error);
    response.body = protocol::jsonText(body);
}

// The bucket of every refused request that names no token the node knows (none, a made-up one,
// or refused before its token was read): one budget for all of them together, the size of a
// token's (docs/privacy-rules.md, "The eighth independent review"). A token id is never empty.
const QString kAnonymousRequests;

// The 429 of that spent budget: it asks for a token rather than for patience alone.
LimitRefusal anonymousRequestRateRefusal(int perHour, const RequestRateBudget::Taken &taken)
{
    LimitRefusal r = requestRateRefusal(perHour, taken);
    r.message = Tr::tr("This node has answered the most requests without a known token that it "
                       "allows per hour (%1). Send the header 'Authorization: Bearer <token>' "
                       "with a token from the site administrator, or wait %2 seconds.")
                    .arg(perHour)
                    .arg(qint64(taken.retryAfter.count()));
    return r;
}

struct Route {
    enum Kind {
        None,
        Health,
        Info,
        Catalogue,
        Checks,
        Descriptives,
        Jobs,
        Job,
        Signatures,
        Rounds,
        SiteFit,
        Evaluations,
        Batch
    };
    Kind kind = None;
    QString jobId;
};

Route matchRoute(const std::string &path)
{
    static const QRegularExpression jobPath(
        QStringLiteral("^/v1/jobs/([0-9a-f]{32})(/rounds|/signatures|/site-fit)?$"));
    if (path == "/v1/health")
        return { Route::Health, {} };
    if (path == "/v1/info")
        return { Route::Info, {} };
    if (path == "/v1/catalogue")
        return { Route::Catalogue, {} };
    if (path == "/v1/descriptives")
        return { Route::Descriptives, {} };
    if (path == "/v1/checks")
        return { Route::Checks, {} };
    if (path == "/v1/jobs")
        return { Route::Jobs, {} };
    if (path == "/v1/evaluations")
        return { Route::Evaluations, {} };
    if (path == "/v1/batch")
        return { Route::Batch, {} };
    const auto match = jobPath.match(QString::fromUtf8(path.data(), qsizetype(path.size())));
    if (match.hasMatch()) {
        const QString sub = match.captured(2);
        const Route::Kind kind = sub.isEmpty()     ? Route::Job
            : sub == QStringLiteral("/rounds")     ? Route::Rounds
            : sub == QStringLiteral("/signatures") ? Route::Signatures
                                                   : Route::SiteFit;
        return { kind, match.captured(1) };
    }
    return {};
}

// The request batch's media type (protocol/batchcodec.h), taken by POST /v1/batch only.
bool isBatchContentType(const std::string &contentType)
{
    std::string type = contentType.substr(0, contentType.find(';'));
    type.erase(std::remove_if(type.begin(), type.end(), analysis::isAsciiSpace), type.end());
    std::transform(type.begin(), type.end(), type.begin(), analysis::asciiLower);
    return type == protocol::kBatchContentType;
}

// The part of a batch this thread is handling (1-based) and the batch's size, written into the
// part's audit entry; 0 outside a batch.
thread_local int t_batchPart = 0;
thread_local int t_batchParts = 0;
// The audit entries of the batch this thread is handling, each part's as it was answered: written
// together, in one commit, before the batch's answer leaves the node (handle(), Route::Batch).
thread_local std::vector<SiteStore::AuditRecord> *t_batchEntries = nullptr;

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
    if (t_batchPart > 0)
        audit.set("batch",
                  QJsonObject { { QStringLiteral("part"), t_batchPart },
                                { QStringLiteral("of"), t_batchParts } });

    ApiResponse response;
    auto expectMethod = [&request](const char *method) {
        return request.method == method;
    };
    auto methodNotAllowed = [](const QString &allowed) {
        return errorResponse(405, QStringLiteral("method-not-allowed"),
                             Tr::tr("This path does not take that method; use %1.").arg(allowed));
    };
    auto postChecks = [&request, &route, this]() -> std::optional<ApiResponse> {
        // A round relay may also come binary (capability "binary-relay"; docs/protocol.md,
        // "The binary relay"); every other body is JSON.
        const bool binaryRelay
            = route.kind == Route::Rounds && isRelayContentType(request.contentType);
        if (!binaryRelay && !isJsonContentType(request.contentType)) {
            return errorResponse(415, QStringLiteral("unsupported-media-type"),
                                 route.kind == Route::Rounds
                                     ? Tr::tr("The body must be JSON or a binary relay: send "
                                              "Content-Type: application/json or "
                                              "application/x-fairstart-relay.")
                                     : Tr::tr("The body must be JSON: send Content-Type: "
                                              "application/json."));
        }
        if (request.body.size() > m_policy.maxBodyBytes())
            return errorResponse(413, QStringLiteral("payload-too-large"),
                                 Tr::tr("The body is larger than this node accepts (%1 bytes). "
                                        "Send a smaller request.")
                                     .arg(m_policy.maxBodyBytes()));
        return std::nullopt;
    };

    switch (route.kind) {
    case Route::None:
        response = errorResponse(
            404, QStringLiteral("not-found"),
            Tr::tr("There is no such resource on this node. See "
                   "docs/protocol.md for the paths of the API (protocol version 2)."));
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
    case Route::Checks:
    case Route::Jobs:
    case Route::Signatures:
    case Route::Rounds:
    case Route::SiteFit:
    case Route::Evaluations:
        if (!expectMethod("POST")) {
            response = methodNotAllowed(QStringLiteral("POST"));
        } else if (auto refused = postChecks()) {
            response = *refused;
        } else if (route.kind == Route::Descriptives) {
            response = descriptives(request, audit);
        } else if (route.kind == Route::Checks) {
            response = checkStudy(request, audit);
        } else if (route.kind == Route::Jobs) {
            response = createJob(request, audit);
        } else if (route.kind == Route::Signatures) {
            response = signatures(request, route.jobId, audit);
        } else if (route.kind == Route::Rounds) {
            response = round(request, route.jobId, audit);
        } else if (route.kind == Route::SiteFit) {
            response = siteFit(request, route.jobId, audit);
        } else {
            response = evaluation(request, audit);
        }
        break;
    case Route::Batch:
        // Requests in one batch (protocol/batchcodec.h; docs/protocol.md, "Requests in one
        // batch"): each part is handled below as the request it is, with its own audit entry.
        // A node whose policy says batch = 0 lists no capability "batch" and answers as an older
        // node, 404, saying why (branch health13).
        if (!m_policy.requestBatches()) {
            response = errorResponse(
                404, QStringLiteral("not-found"),
                Tr::tr("This node takes no request batches (its policy says batch = 0, and its "
                       "info lists no capability 'batch'). Send each step as a request of its "
                       "own."));
        } else if (!expectMethod("POST")) {
            response = methodNotAllowed(QStringLiteral("POST"));
        } else if (!isBatchContentType(request.contentType)) {
            response = errorResponse(415, QStringLiteral("unsupported-media-type"),
                                     Tr::tr("The body must be a request batch: send "
                                            "Content-Type: application/x-fairstart-batch."));
        } else if (request.body.size() > m_policy.maxBodyBytes()) {
            response = errorResponse(413, QStringLiteral("payload-too-large"),
                                     Tr::tr("The body is larger than this node accepts (%1 "
                                            "bytes). Send a smaller request.")
                                         .arg(m_policy.maxBodyBytes()));
        } else if (t_batchPart > 0) {
            response = errorResponse(400, QStringLiteral("invalid-batch"),
                                     Tr::tr("A batch cannot hold another batch. Send its parts "
                                            "in the outer batch."));
        } else {
            QString problem;
            const std::optional<QList<protocol::BatchPart>> parts
                = protocol::decodeBatch(request.body, &problem);
            if (!parts) {
                response = errorResponse(400, QStringLiteral("invalid-batch"),
                                         Tr::tr("The request batch cannot be read; nothing in "
                                                "it was done. Send it as docs/protocol.md "
                                                "describes (\"Requests in one batch\")."),
                                         problem);
                break;
            }
            // Only the steps of a study's flow: opening a job, arming it, its rounds and its
            // site fit, each a POST; a relay only to a round.
            for (qsizetype i = 0; i < parts->size() && response.status == 200; ++i) {
                const protocol::BatchPart &part = parts->at(i);
                const Route::Kind kind = matchRoute(part.path.toStdString()).kind;
                const bool allowed = kind == Route::Jobs || kind == Route::Signatures
                    || kind == Route::Rounds || kind == Route::SiteFit;
                if (!allowed || (part.relay && kind != Route::Rounds))
                    response = errorResponse(
                        400, QStringLiteral("invalid-batch"),
                        Tr::tr("A batch holds only the steps of a study (opening a job, its "
                               "signatures, its rounds, its site fit); nothing in it was done. "
                               "Send other requests on their own."),
                        QStringLiteral("part %1").arg(i + 1));
            }
            if (response.status != 200)
                break;
            // Each part in order, as the request it is (its path and body, the batch's token):
            // the same handler, checks, release gate, budgets and audit entry (marked with its
            // place in the batch). The first part not answered 2xx ends the batch: the parts
            // after it were written for its success and are not run.
            // The parts' entries are kept here as each part is answered and written in ONE
            // commit (one fsync) once the batch is answered, before its answer leaves the node:
            // no part's answer leaves without its entry, as the batch's answer carries them all
            // (issue 16, branch sites13; docs/node.md, "Requests in one batch"). All of them are
            // written or none, and with none the batch is answered 500 with no part's answer.
            std::vector<SiteStore::AuditRecord> entries;
            struct BatchScope {
                BatchScope(int parts, std::vector<SiteStore::AuditRecord> *entries)
                {
                    t_batchParts = parts;
                    t_batchEntries = entries;
                }
                ~BatchScope()
                {
                    t_batchPart = t_batchParts = 0;
                    t_batchEntries = nullptr;
                }
            } scope(int(parts->size()), &entries);
            // Writes the entries kept so far; false when they could not be written (nothing is).
            auto writeEntries = [this, &entries]() {
                if (entries.empty())
                    return true;
                const bool written = m_store->appendAuditEntries(entries).ok();
                entries.clear();
                return written;
            };
            auto entriesFailed = [](const QString &user) {
                qWarning("fairstart-node: the audit entries of a request batch could not be "
                         "written; no answer of the batch is given");
                ApiResponse failure = errorResponse(
                    500, QStringLiteral("node-failure"),
                    Tr::tr("The node could not record this request in its audit log, so it "
                           "answers nothing. Tell the site administrator."));
                failure.user = user;
                failure.audited = true;
                return failure;
            };
            QList<protocol::BatchAnswer> answers;
            ApiResponse batch;
            batch.audited = true;
            int refusedPart = 0;
            // A part that throws (a failing store, a bug): the entries of the parts answered
            // before it are written as they were when each part committed its own, and the
            // exception goes on to the server, which answers 500 and audits the batch.
            try {
                for (qsizetype i = 0; i < parts->size(); ++i) {
                    if (refusedPart > 0) {
                        answers.append(
                            { 424,
                              errorResponse(
                                  424, QStringLiteral("batch-part-not-run"),
                                  Tr::tr("This part of the batch was not run because part "
                                         "%1 was refused; nothing was done for it. Send it "
                                         "again once that part succeeds.")
                                      .arg(refusedPart),
                                  QStringLiteral("part %1").arg(i + 1))
                                  .body });
                        continue;
                    }
                    const protocol::BatchPart &part = parts->at(i);
                    ApiRequest one;
                    one.method = "POST";
                    one.path = part.path.toStdString();
                    one.authorization = request.authorization;
                    one.contentType
                        = part.relay ? "application/x-fairstart-relay" : "application/json";
                    one.body = part.body;
                    t_batchPart = int(i + 1);
                    ApiResponse answer = handle(one);
                    t_batchPart = 0;
                    // A budget's 429 of the first part: nothing was done, and the batch is answered
                    // that 429 itself (its Retry-After), so that the client sends it again later.
                    if (i == 0 && answer.status == 429) {
                        if (!writeEntries())
                            return entriesFailed(answer.user);
                        return answer;
                    }
                    if (batch.user.isEmpty())
                        batch.user = answer.user;
                    batch.audited = batch.audited && answer.audited;
                    if (answer.status < 200 || answer.status >= 300) {
                        refusedPart = int(i + 1);
                        batch.code = answer.code;
                    }
                    answers.append({ answer.status, std::move(answer.body) });
                }
            } catch (...) {
                try {
                    writeEntries();
                } catch (...) {
                }
                throw;
            }
            if (!writeEntries())
                return entriesFailed(batch.user);
            batch.status = 200;
            batch.body = protocol::encodeBatchAnswers(answers);
            return batch;
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

    // A refusal of a request that names no token the node knows (none, a made-up one, or refused
    // before its token was read: 404, 405, 415, 413) takes one from the node's one bucket for all
    // of them; when it is spent the answer is a 429 audited like a token's (the 1st, 2nd, 4th, …
    // of a run), so that made-up tokens at the network's speed do not fill the audit log with an
    // entry of up to 4 KiB each (docs/privacy-rules.md, "The eighth independent review").
    if (audit.user.isEmpty() && (response.status < 200 || response.status >= 300)) {
        const RequestRateBudget::Taken taken = m_requestRate->take(kAnonymousRequests);
        if (!taken.allowed) {
            const LimitRefusal refused
                = anonymousRequestRateRefusal(m_requestRate->perHour(), taken);
            response = limitResponse(refused);
            audit.checks.append(refused.auditCheck());
            const qint64 n = taken.refusedInARow;
            if ((n & (n - 1)) == 0)
                audit.set("refusedInARow", n);
            else
                audit.summarised = true;
        }
    }
    // Every answer to a known token, refusals included, names its user in the log and the audit.
    response.user = audit.user;
    // A request over its token's hourly budget, refused before anything was read: the audit keeps
    // the 1st, 2nd, 4th, 8th, ... refusal of a run, each with the run's count so far, so that a
    // token sending at the network's speed does not fill the log (takeRequestRate). The answer
    // is a constant 429; the server must not audit it either.
    if (audit.summarised) {
        response.audited = true;
        return response;
    }
    // Nothing is released that did not pass the release gate: a 2xx body the gate did not
    // produce is withheld (a programming error, never a client's).
    // The answer's hash, computed here (not taken from the gate's record) and written to its audit
    // entry below.
    const bool success = response.status >= 200 && response.status < 300;
    const QString releasedHash = success ? protocol::sha256Hex(response.body) : QString();
    if (success && audit.release.releasedHash != releasedHash) {
        qWarning("fairstart-node: an answer did not pass the release gate; it is withheld");
        response = errorResponse(500, QStringLiteral("ungated-release"),
                                 Tr::tr("The node withheld an answer that did not pass its "
                                        "release gate. Tell the site administrator."));
        response.user = audit.user;
    }
    for (const QJsonValue check : audit.release.checks)
        audit.checks.append(check);
    addRefusalParams(response, audit.checks);
    if (!audit.release.kind.isEmpty())
        audit.set("release", audit.release.kind);
    if (!audit.enabled)
        return response;
    // The full canonical request (design, filters, edges, β), bounded by max_body_bytes; an
    // anonymous one only up to a few KiB (auditlog.h).
    QByteArray requestJson; // the canonical request as text, when the handler read it
    // A verified relay of contributions is recorded by its digests only when it was answered; a
    // refused one is kept whole, as evidence of what was refused (docs/privacy-rules.md).
    if (audit.canonical && (response.status < 200 || response.status >= 300))
        audit.canonical->recordedAsRelay = false;
    // A refused request of a known token is kept whole within its user's daily budget, beyond it
    // by hash and size (auditlog.h, kRefusedRequestBytesPerUserPerDay); a released one always.
    bool keptWhole = !audit.user.isEmpty();
    if (keptWhole && !success
        && !m_refusedRequests->take(audit.user, qint64(request.body.size()),
                                    QDateTime::currentDateTimeUtc().date())) {
        keptWhole = false;
        audit.set("requestOverBudget", true);
    }
    describeRequest(audit.entry, request.method, request.path, request.query, request.body,
                    m_policy.maxBodyBytes(), keptWhole,
                    audit.canonical ? &*audit.canonical : nullptr, &requestJson);
    audit.set("status", response.status);
    audit.set("user", response.user.isEmpty() ? QStringLiteral("-") : response.user);
    if (!audit.checks.isEmpty())
        audit.set("checks", audit.checks);
    audit.set("outcome", auditOutcome(response.status));
    if (response.status >= 200 && response.status < 300)
        audit.set("releasedHash", releasedHash);
    else
        audit.set("code", response.code);
    // A part of a batch: its entry is written with the batch's other parts' in one commit,
    // before the batch's answer (which carries this one) leaves the node (Route::Batch above).
    if (t_batchEntries) {
        t_batchEntries->push_back({ std::move(audit.entry), std::move(requestJson) });
        response.audited = true;
        return response;
    }
    // Nothing leaves the node unless its audit entry was written.
    auto written = requestJson.isEmpty()
        ? m_store->appendAudit(audit.entry)
        : m_store->appendAuditWithRequest(audit.entry, requestJson);
    if (!written) {
        qWarning("fairstart-node: the audit entry could not be written; the answer is withheld");
        ApiResponse failure = errorResponse(
            500, QStringLiteral("node-failure"),
            Tr::tr("The node could not record this request in its audit log, so it answers "
                   "nothing. Tell the site administrator."));
        failure.user = response.user;
        failure.audited = true;
        return failure;
    }
    response.audited = true;
    return response;
}

ApiResponse ApiHandlers::health()
{
    ReleaseRecord record;
    return respond(m_gate->metadata(
        200, QJsonObject { { QStringLiteral("status"), QStringLiteral("ok") } }, "health", record));
}

} // namespace fairstart::node

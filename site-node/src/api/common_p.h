// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers shared by the endpoints of the node API (site-node/src/api/*.cpp): error answers, body
// decoding, authentication, the catalogue checks of a request and the per-request audit state.
#pragma once

#include "fairstart/node/handlers.h"

#include "fairstart/analysis/numbers.h"

#include "designcache_p.h"
#include "fairstart/node/auditlog.h"
#include "fairstart/node/disclosurecontrol.h"
#include "fairstart/node/limits.h"
#include "fairstart/node/tr.h"
#include "release/releasegate.h"

#include "../release/differencing.h"

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
#include <charconv>
#include <cmath>
#include <cstring>
#include <mutex>
#include <optional>
#include <set>

namespace fairstart::node::api {

// Identifiers of refusals that are not disclosure rules of analysis/disclosure.h.
inline constexpr const char *kUnauthenticated = "unauthenticated";
inline constexpr const char *kTokenExpired = "token-expired";
inline constexpr const char *kTokenRevoked = "token-revoked";
inline constexpr const char *kPurpose = "purpose";
inline constexpr const char *kConsent = "consent";
inline constexpr const char *kJobQuota = "job-quota";
inline constexpr const char *kMaxRounds = "max-rounds";
inline constexpr const char *kPlainMode = "plain-mode";
inline constexpr const char *kParticipantSet = "single-site-difference";
inline constexpr const char *kSiteFits = "site-fits";
// Masked mode's fixed-point scale: below 20 bits the sums lose the precision the fits need
// (β to 1e-8 of the pooled fit); above 48 too few bits are left for the integer part of XᵀWX
// over many records and sites.
inline constexpr int kMinFractionBits = 20;
inline constexpr int kMaxFractionBits = 48;
// The coordinator's convergence tolerance: tighter than 1e-14 cannot be reached in doubles,
// looser than 1e-4 would report a fit that is not one.
inline constexpr double kMinTolerance = 1e-14;
inline constexpr double kMaxTolerance = 1e-4;

inline constexpr int kCatalogueRounding = 10;

// An answer the release gate produced (every body of the node is one).
inline ApiResponse respond(const GateAnswer &answer)
{
    ApiResponse response;
    response.status = answer.status();
    response.body = answer.body();
    response.code = answer.code();
    return response;
}

// An error that depends only on the request, the catalogue or the node's state.
inline ApiResponse errorResponse(int status, const QString &code, const QString &message,
                                 const QString &detail = QString(), bool rule = false)
{
    return respond(ReleaseGate::error(status, code, message, detail, rule));
}

inline ApiResponse badRequest(const QString &code, const QString &message,
                              const QString &detail = QString())
{
    return errorResponse(400, code, message, detail);
}

inline ApiResponse decodeError(const protocol::DecodeError &error)
{
    return badRequest(QStringLiteral("malformed-request"),
                      Tr::tr("The request body was refused: %1. Fix the request and send it again.")
                          .arg(error.text().left(300)),
                      error.path.left(200));
}

// The JSON body as a request of type T, or the refusal that names what is wrong with it.
template<typename T>
inline std::optional<ApiResponse> decodeBody(const ApiRequest &request, qint64 maxBytes, T *out)
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

inline QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

inline QJsonObject policyCheck(const char *rule, double threshold, bool passed)
{
    return QJsonObject { { QStringLiteral("rule"), QString::fromLatin1(rule) },
                         { QStringLiteral("threshold"), threshold },
                         { QStringLiteral("passed"), passed } };
}

inline std::optional<QString> queryValue(const ApiRequest &request, const char *key)
{
    auto it = request.query.find(key);
    if (it == request.query.end())
        return std::nullopt;
    return QString::fromUtf8(it->second.data(), qsizetype(it->second.size()));
}

inline bool isJsonContentType(const std::string &contentType)
{
    std::string type = contentType.substr(0, contentType.find(';'));
    type.erase(std::remove_if(type.begin(), type.end(), analysis::isAsciiSpace), type.end());
    std::transform(type.begin(), type.end(), type.begin(), analysis::asciiLower);
    return type == "application/json";
}

// The binary relay's media type (protocol/relaycodec.h), taken by POST /v1/jobs/{id}/rounds only.
inline bool isRelayContentType(const std::string &contentType)
{
    std::string type = contentType.substr(0, contentType.find(';'));
    type.erase(std::remove_if(type.begin(), type.end(), analysis::isAsciiSpace), type.end());
    std::transform(type.begin(), type.end(), type.begin(), analysis::asciiLower);
    return type == "application/x-fairstart-relay";
}

inline const VariableInfo *analysisVariable(const DatasetInfo &info, const std::string &name)
{
    const VariableInfo *variable = info.variable(qs(name));
    return variable && variable->role == VariableRole::Variable ? variable : nullptr;
}

inline ApiResponse unknownVariable(const DatasetInfo &info, const std::string &name,
                                   const QString &where)
{
    return badRequest(QStringLiteral("unknown-variable"),
                      Tr::tr("The dataset '%1' has no variable of that name. Use a variable "
                             "from the catalogue.")
                          .arg(info.name),
                      where + QStringLiteral(": ") + qs(name).left(100));
}

inline ApiResponse unknownDataset(const QString &name)
{
    return errorResponse(404, QStringLiteral("unknown-dataset"),
                         Tr::tr("This node has no dataset of that name. See the catalogue for "
                                "the datasets it holds."),
                         QStringLiteral("dataset: ") + name.left(100));
}

// A dataset the cache could not load: unknown when the store has no such dataset (or it was
// dropped meanwhile); otherwise the store could not be read (a failed read of its held records,
// frozen steps or facts fails the load, DatasetCache::get): 503, the cause in the node's log and
// not in the answer.
inline ApiResponse datasetUnavailable(const QString &name, const NodeError &error)
{
    if (error.code == NodeErrorCode::NotFound)
        return unknownDataset(name);
    qWarning("fairstart-node: %s", qPrintable(error.message));
    return errorResponse(503, QStringLiteral("dataset-unavailable"),
                         Tr::tr("This node could not read the dataset from its store, so it does "
                                "not answer on it now. Try again later; if it persists, tell the "
                                "node's administrator (the node's log says why)."),
                         QStringLiteral("dataset: ") + name.left(100));
}

// An evaluation on another risk grid than the protocol's one (analysis::evaluationGridBins).
// Evaluations of one β on two grids merge different groups of records, and the difference of
// two overlapping released bins isolates the few records between their edges: one grid only.
inline ApiResponse gridRefusal(int bins, const QString &field)
{
    return badRequest(QStringLiteral("invalid-bins"),
                      Tr::tr("This site scores predicted risks on its fixed grid of %1 bins and "
                             "on no other: two grids of the same model would let their "
                             "differences single out records. The request asked for %2 bins; "
                             "send %1 (Fairstart clients do).")
                          .arg(analysis::evaluationGridBins)
                          .arg(bins),
                      field);
}

// A body of protocol version 1 (a client-chosen design and β per request): refused with what to
// do, never parsed as something else.
inline ApiResponse protocolOneRefusal()
{
    return badRequest(QStringLiteral("protocol-version"),
                      Tr::tr("This request is in protocol version 1, which this node no longer "
                             "speaks: it runs studies of protocol version 2 (a signed manifest, "
                             "rounds the nodes drive themselves). Update the Fairstart client "
                             "and run the analysis again."));
}

// The rounds one study may take at this node: the coordinator's own rounds (maxRounds of the
// full model), the intercept-only model's (a few), step halvings and the converging round. The
// coordinator fails the study long before in any ordinary fit; the cap bounds a study that keeps
// halving.
inline int studyRoundCap(const protocol::StudyManifest &manifest)
{
    return 2 * manifest.maxRounds + 40;
}

inline ApiResponse designHashMismatch()
{
    return badRequest(QStringLiteral("design-hash-mismatch"),
                      Tr::tr("The design hash does not match the design the node received. "
                             "Recompute it with the protocol's canonical form "
                             "(protocol::designHash) and send both again."),
                      QStringLiteral("designHash"));
}

// The dataset has no consent column for the purpose and the policy requires one.
inline ApiResponse noConsent(const QString &purpose, QJsonArray &auditChecks)
{
    auditChecks.append(policyCheck(kConsent, 1, false));
    return errorResponse(403, QString::fromLatin1(kConsent),
                         Tr::tr("The dataset records no consent for this purpose, so no record "
                                "may be used for it. Ask the site administrator."),
                         QStringLiteral("purpose: ") + purpose.left(64), true);
}

// ---- validation against the catalogue (validation.cpp): never reads a record ---------------

// Filters only on analysis variables, with values that are catalogue levels or numbers.
std::optional<ApiResponse> checkFilters(const DatasetInfo &info,
                                        const std::vector<analysis::Filter> &filters);
// A resolved design against the catalogue: every variable an analysis variable, the
// specification and its resolution valid, every transform valid for its variable's kind, every
// catalogue level of a factor among the design's levels, the outcome's kind fit for the family.
std::optional<ApiResponse> checkDesign(const DatasetInfo &info,
                                       const analysis::ResolvedDesign &design);

// A model's cohort: the consented records that pass the filters and have every model variable
// (outcome, predictors, offset) and every variable of spec.completeCases, as
// analysis::buildDesign selects them. nullopt only for a spec
// that checkDesign refuses.
struct ModelCohort {
    std::vector<std::uint8_t> mask;
    std::int64_t size = 0;
};
// Whether every consented record's values lie in the domain the design needs (finite numbers,
// log() of positive ones, Poisson counts >= 0, a 0/1 binomial outcome). Checked on all consented
// records, never the cohort, so that the answer does not depend on the filters; the callers pass
// the records of every purpose (anyPurposeRecords), so that it does not depend on the purpose.
bool withinDomain(const LoadedDataset &dataset, const analysis::ModelSpec &spec,
                  const std::vector<std::uint8_t> &consented);
// A Poisson outcome with a value below 0 or not a whole number, over the records consented for
// every purpose (so the same answer for every purpose and filter): the refusal that says so.
std::optional<ApiResponse> checkOutcomeValues(const LoadedDataset &dataset,
                                              const analysis::ModelSpec &spec,
                                              const std::vector<std::uint8_t> &consented);
std::optional<ModelCohort> modelCohort(const LoadedDataset &dataset,
                                       const analysis::ModelSpec &spec,
                                       const std::vector<std::uint8_t> &consented);

// The differencing ledger could not be read or written: nothing may leave.
inline ApiResponse ledgerFailure()
{
    return errorResponse(500, QStringLiteral("node-failure"),
                         Tr::tr("The node could not read or record its differencing ledger, so it "
                                "answers nothing. Tell the site administrator."));
}

// The category cells a design's released statistics give out exactly (XᵀX of dummies, binary
// columns and a binomial outcome): each categorical or binary variable of the design and the
// outcome with every level, and every pair of them with every joint cell.
inline std::vector<CellRelease> designCells(const LoadedDataset &data,
                                            const analysis::ResolvedDesign &design)
{
    std::vector<std::string> keys;
    auto addVariable = [&](const std::string &name) {
        const VariableInfo *info = data.info.variable(qs(name));
        if (info && info->role == VariableRole::Variable && info->kind != VariableKind::Numeric)
            keys.push_back(variableFamily(name));
    };
    for (const auto &predictor : design.spec.predictors)
        addVariable(predictor.variable);
    for (const auto &interaction : design.spec.interactions) {
        addVariable(interaction.a);
        addVariable(interaction.b);
    }
    if (design.spec.family == analysis::Family::Binomial) {
        if (design.spec.outcome.threshold)
            keys.push_back(
                thresholdFamily(design.spec.outcome.variable, *design.spec.outcome.threshold));
        else
            addVariable(design.spec.outcome.variable);
    }
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    std::vector<CellRelease> cells;
    std::vector<std::int32_t> counts;
    for (const std::string &key : keys) {
        // Every level but "missing" (the last code): a design holds complete cases only.
        const std::int32_t count = familyCodeCount(data.table, key);
        counts.push_back(count);
        CellRelease release { key, {} };
        for (std::int32_t code = 0; code + 1 < count; ++code)
            release.released.push_back(code);
        cells.push_back(std::move(release));
    }
    for (std::size_t i = 0; i < keys.size(); ++i) {
        for (std::size_t j = i + 1; j < keys.size(); ++j) {
            CellRelease release { jointFamily(keys[i], keys[j]), {} };
            for (std::int32_t a = 0; a + 1 < counts[i]; ++a) {
                for (std::int32_t b = 0; b + 1 < counts[j]; ++b)
                    release.released.push_back(jointCode(data.table, keys[i], a, keys[j], b));
            }
            cells.push_back(std::move(release));
        }
    }
    return cells;
}

// The part of a table a built design's later requests read (designCells, the differencing
// ledger's checkAndRecordDesign): the dataset's catalogue entry and the columns of the outcome,
// of every categorical or binary variable of the design and of every variable with a breakpoint
// (designBreakpoints), all rows. Kept with the design matrix in place of the table (issue 16).
// A binomial design's numeric predictors as lattice cells; those entered as is, with `matrix`
// (the design built from `data`), derived from its columns of X (LatticeColumn::derive: only the
// records outside the cohort keep cells of their own; the columns then keep `matrix` alive).
LoadedDataset designColumns(const LoadedDataset &data, const analysis::ResolvedDesign &design,
                            std::shared_ptr<const analysis::DesignMatrix> matrix = nullptr);

// ---- authentication and purpose --------------------------------------------------------------

inline std::optional<ApiResponse> authenticate(SiteStore &store, const ApiRequest &request,
                                               TokenInfo *token)
{
    const std::string &header = request.authorization;
    static const std::string scheme = "bearer ";
    if (header.size() <= scheme.size() || header.size() > 512
        || !std::equal(scheme.begin(), scheme.end(), header.begin(),
                       [](char a, char b) { return a == analysis::asciiLower(b); })) {
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

inline std::optional<ApiResponse> checkPurpose(const TokenInfo &token, const QString &purpose)
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

// Whether a cohort rule's refusal (min-cohort, min-subset) is named only when the differencing
// ledger would pass the cohort (asked without recording; else the ledger's refusal): min-cohort
// for a cohort of min_cell records or more, min-subset when its complement holds min_cell records
// or more (min_subset raised above min_cell). Otherwise 49 against 50 records, or 19 against 20
// left out, told whether a record is among the few (docs/privacy-rules.md, "The red team of the
// tenth session" and "… of the eleventh session"). A smaller cohort or complement is its own
// small piece and keeps the rule's name. Descriptions and jobs ask the same.
inline bool cohortRefusalAfterLedger(const QString &code, std::int64_t cohort,
                                     std::int64_t consented,
                                     const analysis::DisclosurePolicy &policy)
{
    if (cohort < policy.minCell)
        return false;
    if (cohort < policy.minCohort)
        return true;
    return code == QLatin1String("min-subset") && consented - cohort >= policy.minCell;
}

} // namespace fairstart::node::api

namespace fairstart::node {

// ---- per-request state -----------------------------------------------------------------------

struct ApiHandlers::Audit {
    bool enabled = true;
    // A refusal of the request budget that the audit summarises in the next power-of-two entry
    // (takeRequestRate): answered without an entry of its own.
    bool summarised = false;
    QString user; // the token's user once the token is known
    QJsonObject entry;
    QJsonArray checks; // policy checks (quota, consent, rounds); the gate's are in `release`
    ReleaseRecord release;
    // The body as the handler read it, when it did (describeRequest then need not read it again).
    std::optional<CanonicalRequest> canonical;

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

// What a job and an evaluation compute on: a design matrix whose cohort passed the cohort rules.
// The cohort lock is held until the cohort is remembered (or the request refused), so two
// concurrent requests are never checked against the same earlier cohorts.
struct ApiHandlers::PreparedDesign {
    // What the release rules read: the whole table, or the design's columns (designColumns)
    // once the ledger recorded the design (DesignCache::markRecorded).
    std::shared_ptr<const LoadedDataset> dataset;
    // The design's columns alone (designColumns), as the design cache keeps them with the
    // matrix: what a later step of the same design gives the ledger without the table.
    std::shared_ptr<const LoadedDataset> columns;
    // The same columns as the design cache keeps them between requests (CompactColumns).
    std::shared_ptr<const CompactColumns> compactColumns;
    DesignCache::Key key; // of the matrix in the design cache
    DatasetToken token;
    std::int64_t consented = 0; // records with consent for the purpose
    std::shared_ptr<const analysis::DesignMatrix> design; // shared: see DesignCache
    JobManager::Reservation reservation; // the job memory the design was built in
};

template<typename Request>
std::optional<ApiResponse> ApiHandlers::decodeStudyManifest(const ApiRequest &request, Audit &audit,
                                                            protocol::StudyManifest *manifest)
{
    auto object = protocol::parseObject(request.body, m_policy.maxBodyBytes());
    if (!object)
        return api::decodeError(object.error());
    // The body as read here is what the audit entry records (its canonical bytes, written into
    // the entry's text as they are): the entry no longer parses the manifest again and renders
    // it once more inside the entry (issue 16, branch sites13; a 100-site manifest is ~15 kB).
    audit.canonical = canonicalRequest(*object);
    if (!object->contains(QStringLiteral("manifest"))
        && (object->contains(QStringLiteral("design"))
            || object->contains(QStringLiteral("designHash")))) {
        return api::protocolOneRefusal();
    }
    auto decoded = protocol::fromJson<Request>(*object);
    if (!decoded)
        return api::decodeError(decoded.error());
    *manifest = std::move(decoded).value().manifest;
    audit.set("purpose", manifest->purpose.left(64));
    audit.set("dataset", manifest->dataset.left(128));
    audit.set("kind", protocol::jobKindId(manifest->kind));
    audit.set("designHash", manifest->designHash.left(80));
    return std::nullopt;
}

inline QString ApiHandlers::auditStudy(const protocol::StudyManifest &manifest, Audit &audit)
{
    const QString study = protocol::studyHash(manifest);
    audit.set("study", study);
    QJsonArray participants;
    for (const auto &participant : manifest.participants)
        participants.append(participant.name);
    audit.set("participants", participants);
    audit.set("mode", manifest.mode);
    return study;
}

// dataset, generation and purpose -> the catalogue entry the gate released.
struct ApiHandlers::CatalogueCache {
    std::map<QString, Released<protocol::CatalogueDataset>> entries;
};

#define FAIRSTART_AUTHENTICATE(token)                                                              \
    TokenInfo token;                                                                               \
    auto refusedToken = authenticate(*m_store, request, &token);                                   \
    if (!token.id.isEmpty()) {                                                                     \
        audit.user = token.user;                                                                   \
        audit.set("tokenId", token.id);                                                            \
    }                                                                                              \
    if (refusedToken)                                                                              \
        return *refusedToken;                                                                      \
    if (auto overRate = takeRequestRate(token, audit))                                             \
    return *overRate

} // namespace fairstart::node

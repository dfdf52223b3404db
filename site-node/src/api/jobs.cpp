// SPDX-License-Identifier: GPL-3.0-or-later
// POST /v1/jobs, GET and DELETE /v1/jobs/{id} and the expiry of idle jobs.
#include "common_p.h"
#include "designcache_p.h"
#include "freememory_p.h"
#include "inflight_p.h"
#include "release/datasetdominance.h"
#include "release/latticecolumns.h"
#include "study_p.h"

#include "fairstart/analysis/linearpredictormemo.h"
#include "fairstart/secure/secure.h"

#include <QDate>
#include <QScopeGuard>

#include <algorithm>
#include <cstring>
#include <mutex>
#include <set>

namespace fairstart::node {

using namespace api;

// ---- jobs ------------------------------------------------------------------------------------

namespace {

// The check and the count are one step of the store, committed with the audit entries and
// counts of concurrent requests (one fsync for all, issue 16).
bool takeQuota(SiteStore &store, const QString &user, int limit)
{
    const QDate today = QDateTime::currentDateTimeUtc().date();
    auto taken = store.takeDailyCount(QString(), user, today, limit);
    return taken && taken->has_value();
}

// The design of a calibration job, y ~ lp (slope) or y ~ 1 + offset lp (intercept), at the
// final β of the fitted study, shared by the jobs that ask for it while one of them holds it
// (issue 16: ten concurrent fits of one model opened twenty calibration jobs, each building the
// same n × 1–2 matrix, whose rounds, being on new objects, the round memo never served). The
// design is a pure function of the base matrix (the very shared, immutable object of the design
// cache), the kind and the β bits: a shared one is the matrix `build` would give, bit for bit.
// An entry holds the design weakly (no memory is kept for it once its jobs end) and the base
// weakly (a base that is gone, and any later object at its address, never matches). Each job
// still passes its own rules, rounds, gate and audit on it.
class CalibrationDesigns {
public:
    using Design = std::shared_ptr<const analysis::DesignMatrix>;
    Design find(const Design &base, protocol::JobKind kind, const Eigen::VectorXd &beta)
    {
        std::lock_guard lock(m_mutex);
        for (const Entry &e : m_entries) {
            if (e.kind == kind && e.address == base.get() && sameBits(e.beta, beta)
                && e.base.lock() == base) {
                if (Design design = e.design.lock())
                    return design;
            }
        }
        return nullptr;
    }
    void insert(const Design &base, protocol::JobKind kind, const Eigen::VectorXd &beta,
                const Design &design)
    {
        std::lock_guard lock(m_mutex);
        std::erase_if(m_entries,
                      [](const Entry &e) { return e.design.expired() || e.base.expired(); });
        if (m_entries.size() >= kCapacity)
            m_entries.erase(m_entries.begin());
        m_entries.push_back(Entry { base, base.get(), kind, beta, design });
    }

private:
    static constexpr std::size_t kCapacity = 16;
    struct Entry {
        std::weak_ptr<const analysis::DesignMatrix> base;
        const analysis::DesignMatrix *address = nullptr;
        protocol::JobKind kind {};
        Eigen::VectorXd beta;
        std::weak_ptr<const analysis::DesignMatrix> design;
    };
    std::mutex m_mutex;
    std::vector<Entry> m_entries;
};

// The calibration design of `base` at β: the one a live job of this node already holds for the
// same base, kind and β bits, or built (once, while concurrent requests for it wait) by `build`.
// nullptr when it cannot be built. *shared: whether another job's was taken.
template<typename Build>
std::shared_ptr<const analysis::DesignMatrix>
calibrationDesign(const std::shared_ptr<const analysis::DesignMatrix> &base, protocol::JobKind kind,
                  const Eigen::VectorXd &beta, bool *shared, Build build)
{
    // One per process: entries match only the very base object, so the nodes of a test process
    // never see each other's.
    static CalibrationDesigns memo;
    static InFlight inFlight;
    QByteArray key;
    appendKey(key, base.get());
    key.append(char(kind));
    appendKey(key, beta.data(), std::size_t(beta.size()));
    InFlight::Claim claim;
    for (;;) {
        if (auto design = memo.find(base, kind, beta)) {
            *shared = true;
            return design;
        }
        if (claim)
            break;
        claim = inFlight.claim(key);
    }
    *shared = false;
    auto built = build();
    if (!built)
        return nullptr;
    auto design = std::make_shared<const analysis::DesignMatrix>(std::move(built).value());
    memo.insert(base, kind, beta, design);
    return design;
}

// The designs being built at this moment (ApiHandlers::prepareDesign), by node and cache key.
InFlight &designsInFlight()
{
    static InFlight inFlight;
    return inFlight;
}

QByteArray designKey(const void *node, const DesignCache::Key &key)
{
    QByteArray bytes;
    appendKey(bytes, node);
    for (const QString *text : { &key.dataset, &key.purpose, &key.designHash }) {
        bytes.append(text->toUtf8());
        bytes.append('\0');
    }
    bytes.append(reinterpret_cast<const char *>(&key.generation), sizeof(key.generation));
    bytes.append(key.requireConsent ? '1' : '0');
    return bytes;
}

} // namespace

LoadedDataset api::designColumns(const LoadedDataset &data, const analysis::ResolvedDesign &design,
                                 std::shared_ptr<const analysis::DesignMatrix> matrix)
{
    std::vector<std::string> names { design.spec.outcome.variable };
    // A binomial design's numeric predictors too, as lattice cells: its evaluations' risk bins
    // are kept away from them (release/histogramruns.h, dropEdgesNearLattice).
    const bool binomial = design.spec.family == analysis::Family::Binomial;
    auto addVariable = [&](const std::string &name) {
        const VariableInfo *info = data.info.variable(qs(name));
        if (info && (info->kind != VariableKind::Numeric || binomial))
            names.push_back(name);
    };
    for (const auto &predictor : design.spec.predictors)
        addVariable(predictor.variable);
    for (const auto &interaction : design.spec.interactions) {
        addVariable(interaction.a);
        addVariable(interaction.b);
    }
    std::set<std::string> breakpoints; // read as numbers (values beyond a breakpoint)
    for (const auto &[variable, at] : designBreakpoints(design)) {
        names.push_back(variable);
        breakpoints.insert(variable);
    }
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());

    LoadedDataset out;
    out.info = data.info;
    // The steps come from the whole table: the floor of whole numbers is decided over the
    // consent columns, which a design's columns leave out.
    for (const std::string &name : names) {
        if (const double step = datasetHistogramStep(data, name); step > 0)
            out.histogramSteps[name] = step;
    }
    std::shared_ptr<LatticeColumns> lattice;
    for (const std::string &name : names) {
        const analysis::Column *column = data.table.column(name);
        if (!column)
            continue; // checkDesign refused such a design before anything was built
        const VariableInfo *info = data.info.variable(qs(name));
        bool added = false;
        if (column->kind == analysis::ColumnKind::Categorical) {
            added = out.table.addCategorical(name, column->codes, column->levels).ok();
        } else if (info && info->kind == VariableKind::Binary && !breakpoints.count(name)) {
            // A binary column as codes of the levels "0" and "1" (-1 missing): half the bytes,
            // and the ledger's family codes, code counts and level codes are those of the 0/1
            // numbers (differencing.cpp: variableCodes, familyCodeCount, levelCode).
            std::vector<std::int32_t> codes(column->numeric.size());
            // Without a branch per value (issue 16): 1 for 1, 0 for 0, -1 for anything else.
            const double *values = column->numeric.data();
            std::int32_t *coded = codes.data();
            for (std::size_t i = 0; i < codes.size(); ++i) {
                const double v = values[i];
                const std::int32_t one = v == 1.0, zero = v == 0.0;
                coded[i] = one - std::int32_t(!(one | zero));
            }
            added = out.table.addCategorical(name, std::move(codes), { "0", "1" }).ok();
        } else if (const auto step = out.histogramSteps.find(name); binomial && info
                   && info->kind == VariableKind::Numeric && !breakpoints.count(name)
                   && name != design.spec.outcome.variable && step != out.histogramSteps.end()) {
            // A binomial design's numeric predictor is read only by the lattice check, through
            // its lattice cells: 2 or 4 bytes per record instead of 8 (the numbers where a
            // value is not exactly in its cell). Never a Gaussian or Poisson outcome: the event
            // ledger reads it as numbers from the table (before: a second job of such a design
            // found a table without rows and answered 500, "the ledger cannot be read";
            // tst_attacks_review3 repeatedGaussianAndPoissonJobs).
            // Encoded when the table was read (cacheLatticeCells), else here.
            bool cached = false;
            auto cells = cachedLatticeCells(data, name, *column, step->second, &cached);
            if (!cached)
                cells = LatticeColumn::encode(*column, step->second);
            // A predictor entered as is: its cohort records' cells follow from its column of X
            // (issue 16: 1-4 bytes a record at rest for each such predictor; derive checks every
            // design row's cell against the encoded one; cold3: as its value against the
            // table's, which the cells were encoded from either way).
            if (cells && matrix) {
                const auto term = std::find(matrix->terms.begin(), matrix->terms.end(), name);
                if (term != matrix->terms.end()) {
                    // The encoded cells are kept by the derived column until its first
                    // expansion: the evaluation of this fit reads them instead of computing them
                    // from X again (issue 16, cold6).
                    if (auto derived = LatticeColumn::derive(
                            *cells, matrix, Eigen::Index(term - matrix->terms.begin()), column,
                            cells))
                        cells = std::move(derived);
                }
            }
            if (cells) {
                if (!lattice)
                    lattice = std::make_shared<LatticeColumns>();
                lattice->add(name, std::move(cells));
                added = true;
            } else {
                added = out.table.addNumeric(name, column->numeric).ok();
            }
        } else {
            added = out.table.addNumeric(name, column->numeric).ok();
        }
        Q_ASSERT(added); // a column of a valid table is valid in a table of the same rows
        Q_UNUSED(added);
    }
    out.lattice = std::move(lattice);
    return out;
}

// The steps a job and an evaluation share, in the order of docs/protocol.md: the daily quota
// (refused requests count too: a refusal is information as well), the dataset, the design
// against the catalogue's metadata, then
// the cohort and its rules (consent, filters, complete cases, size, subset, differencing), and
// only then the design matrix. A failure of the build names nothing: the cohort passed its rules
// by then, but the failure still depends on its records. Each check is audited.
std::optional<ApiResponse>
ApiHandlers::prepareDesign(const QString &user, const QString &datasetName, const QString &purpose,
                           const analysis::ResolvedDesign &design, QuotaUse use, Audit &audit,
                           PreparedDesign *prepared, bool registeredModel)
{
    const int quota = m_policy.jobsPerUserPerDay();
    if (!takeQuota(*m_store, user, quota)) {
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

    // The same matrix as an earlier request's when table, design and consent mask are the same:
    // then the table need not be in memory (issue 16), only the generation it was read at.
    auto token = m_cache.token(datasetName);
    if (!token)
        return unknownDataset(datasetName);
    DesignCache::Key key { datasetName, *token ? **token : 0, purpose,
                           m_policy.requireConsentColumn(), protocol::designHash(design) };
    DesignCache::Facts facts;
    std::shared_ptr<const LoadedDataset> columns;
    std::shared_ptr<const CompactColumns> compact;
    bool recorded = false;
    // A design no cache holds yet, asked for by several requests at once (issue 16: ten analysts
    // fitting a new model open their jobs together, and each built the same matrix and walked the
    // table for the same cohort rules): the first builds it, the others wait and then take it
    // from the cache as a later request would, running the cohort's rules again on its facts. A
    // build that was refused keeps nothing: the next request builds (and is refused) itself.
    std::shared_ptr<const analysis::DesignMatrix> matrix;
    InFlight::Claim building;
    for (;;) {
        matrix = m_designCache->find(key, *token, &facts, &columns, &recorded, &compact);
        if (matrix || building)
            break;
        building = designsInFlight().claim(designKey(this, key));
    }
    audit.set("designCached", matrix != nullptr);
    std::shared_ptr<const LoadedDataset> table; // the whole table, when it is read
    if (matrix) {
        const DatasetInfo &info = columns->info;
        if (auto refused = checkDesign(info, design))
            return refused;
        // Resources, from the design, the catalogue and the policy alone.
        if (auto refused = checkDesignResources(user, info, design, use == QuotaUse::Job,
                                                audit.checks, &prepared->reservation))
            return limitResponse(*refused);
        // The consent selection, the cohort and the domain check gave these numbers for this very
        // table and design when the matrix was built (they are pure functions of both): the
        // cohort's rules run on them again, the walks over the table are skipped (issue 16).
        if (auto refused = m_gate->cohort(facts.cohortSize, facts.consented, audit.release))
            return respond(*refused);
        if (!recorded) {
            // The ledger has not recorded this design yet (the request that built it was
            // refused later on): its check may split atoms and read any column.
            auto data = m_cache.get(datasetName);
            if (!data)
                return datasetUnavailable(datasetName, data.error());
            if ((*data)->info.generation != key.generation)
                return respond(m_gate->dataFailure(audit.release)); // re-imported meanwhile
            table = std::move(data).value();
        }
    } else {
        DatasetToken loadedToken;
        auto data = m_cache.get(datasetName, &loadedToken);
        if (!data)
            return datasetUnavailable(datasetName, data.error());
        const LoadedDataset &dataset = **data;
        if (auto refused = checkDesign(dataset.info, design))
            return refused;
        // Resources, from the design, the catalogue and the policy alone, before anything is
        // built.
        if (auto refused = checkDesignResources(user, dataset.info, design, use == QuotaUse::Job,
                                                audit.checks, &prepared->reservation))
            return limitResponse(*refused);
        // The cohort and its rules.
        const auto consent = selectConsented(dataset, purpose, m_policy.requireConsentColumn());
        if (!consent)
            return noConsent(purpose, audit.checks);
        // Numeric filter bounds at the node's histogram edges only (a cached matrix passed it).
        if (auto refused = m_gate->filterBounds(dataset, design.spec.filters, audit.release))
            return respond(*refused);
        const std::optional<ModelCohort> cohort = modelCohort(dataset, design.spec, consent->mask);
        if (!cohort)
            return respond(m_gate->dataFailure(audit.release));
        // Size and subset here; differencing once the released cells are known (createJob,
        // evaluation), in the ledger with its own per-dataset locks.
        if (auto refused = m_gate->cohort(cohort->size, consent->consented, audit.release)) {
            // As for a description (common_p.h).
            if (api::cohortRefusalAfterLedger(refused->code(), cohort->size, consent->consented,
                                              m_disclosure)) {
                if (auto ledger
                    = differencingRefusal(m_ledger->checkCohort(dataset, cohort->mask), audit))
                    return *ledger;
            }
            return respond(*refused);
        }
        // Winsor bounds and an outcome threshold at the node's histogram edges, knots within it,
        // before any rule counts the records beyond them (a cached matrix passed it: the key
        // holds the design and the purpose). Not for a registered model: no token chose its
        // numbers.
        if (!registeredModel) {
            if (auto refused = m_gate->breakpointBounds(dataset, design, audit.release))
                return respond(*refused);
        }
        // A variable dominated by a few records over the whole dataset, in any column of the
        // design as the design reads it, whatever the cohort; after the breakpoint rule, so
        // that a winsorised predictor is judged only at bounds on the node's edges (arbitrary
        // bounds would bisect the dataset's largest values) (docs/privacy-rules.md "Dominance over
        // the whole dataset"). A cached matrix passed this: the verdict is the same for every
        // request of its generation.
        if (auto dominated = datasetDominance(dataset, design.spec, m_disclosure)) {
            audit.release.add(*dominated);
            return respond(m_gate->refuse(*dominated, audit.release));
        }
        // The records of every purpose the dataset records: the site's extreme values and the
        // domain below are judged over them, so that two purposes' answers to one design do not
        // differ by the records whose consent differs (docs/privacy-rules.md, "The fourth
        // independent review").
        const std::vector<std::uint8_t> anyPurpose = anyPurposeRecords(dataset, consent->mask);
        // Dominance inside the cohort, judged as if the site's extreme values of each numeric
        // column were in it whichever cohort holds them (docs/privacy-rules.md "Dominance inside
        // a cohort"); a cached matrix passed it (its key holds the filters and the purpose).
        if (auto dominated
            = cohortDominance(dataset, design.spec, anyPurpose, cohort->mask, m_disclosure)) {
            // As for a description: the ledger's refusal first (docs/privacy-rules.md, "The red
            // team of the eleventh session"), and the cohort recorded (its cells are not: none
            // was released): the refusal is a release about the cohort, and the same design over
            // the cohort one record larger, never recorded, told whether that record's value
            // lifts the cohort's spread past the rule (docs/privacy-rules.md, "review14").
            if (auto ledger = differencingRefusal(
                    m_ledger->checkAndRecord(dataset, cohort->mask, {}, user), audit))
                return *ledger;
            audit.release.add(*dominated);
            return respond(m_gate->refuse(*dominated, audit.release));
        }

        // A Poisson outcome that is no count, said as such (a property of the column).
        if (auto refused = checkOutcomeValues(dataset, design.spec, consent->mask)) {
            audit.release.kind = QStringLiteral("refusal");
            return refused;
        }
        // Data-dependent from here on, without the cohort lock: building is the long part.
        if (!withinDomain(dataset, design.spec, anyPurpose))
            return respond(m_gate->dataFailure(audit.release));
        // The pages the preload took for the first matrix (reserveDesignMemory): back to the
        // heap now, where this matrix finds them.
        releaseDesignReserve();
        auto built = analysis::buildDesign(dataset.table, design, &consent->mask);
        if (!built)
            return respond(m_gate->dataFailure(audit.release));
        matrix = std::make_shared<const analysis::DesignMatrix>(std::move(built).value());
        facts = { consent->consented, cohort->size };
        columns = std::make_shared<const LoadedDataset>(designColumns(dataset, design, matrix));
        compact = std::make_shared<const CompactColumns>(columns);
        key.generation = dataset.info.generation;
        *token = loadedToken;
        m_designCache->insert(key, loadedToken, matrix, facts, compact);
        table = std::move(data).value();
    }
    if (matrix->n() != facts.cohortSize)
        return respond(m_gate->dataFailure(audit.release));
    prepared->columns = columns;
    prepared->compactColumns = std::move(compact);
    prepared->dataset = table ? std::move(table) : std::move(columns);
    prepared->key = key;
    prepared->token = *token;
    prepared->consented = facts.consented;
    prepared->design = std::move(matrix);
    return std::nullopt;
}

// The ledger passed the design's cohort: later requests of the design read only its columns, and
// the table goes (a request that needs more of it reads it from the store again).
void ApiHandlers::designRecorded(const PreparedDesign &prepared)
{
    m_designCache->markRecorded(prepared.key, prepared.token);
    if (prepared.dataset) {
        m_cache.dropTable(prepared.key.dataset, prepared.dataset.get());
        // The table's columns are heap blocks (each below the mmap threshold): give them back
        // once this request ends (issue 16: without this the cold fit held the table's pages,
        // 46 MB at 250,000 records, until its first job was deleted).
        if (prepared.dataset != prepared.columns)
            freeMemoryLater();
    }
}

// POST /v1/jobs, protocol version 2: a study's manifest. The node checks it against itself and
// its policy (checkManifest), runs every check of a job on the manifest's dataset, purpose and
// design, and answers with its signature of the manifest. It computes nothing before every
// participant's signature is relayed (signatures()).
ApiResponse ApiHandlers::createJob(const ApiRequest &request, Audit &audit)
{
    FAIRSTART_AUTHENTICATE(token);
    protocol::StudyManifest manifest;
    if (auto refused = decodeStudyManifest<protocol::StudyJobRequest>(request, audit, &manifest))
        return *refused;
    if (auto refused = checkPurpose(token, manifest.purpose))
        return *refused;
    int index = -1;
    if (auto refused = checkManifest(manifest, audit, &index))
        return *refused;
    const QString study = auditStudy(manifest, audit);
    if (!manifest.observers.isEmpty()) {
        QJsonArray observers;
        for (const auto &observer : manifest.observers)
            observers.append(observer.name);
        audit.set("observers", observers);
    }
    if (manifest.kind == protocol::JobKind::Descriptives) // maskeddescriptives.cpp
        return createDescriptivesStudy(token, manifest, index, audit);

    // Calibration: lp = Xβ at the final β this node computed in the fitted study.
    const bool calibration = manifest.kind != protocol::JobKind::Glm;
    std::vector<double> fittedBeta;
    const QString modelPrefix = QStringLiteral("model:");
    const bool registered = manifest.kind == protocol::JobKind::Evaluation
        && manifest.fittedStudy.startsWith(modelPrefix);
    if (manifest.kind == protocol::JobKind::Evaluation
        && manifest.fittedStudy.startsWith(modelPrefix)) {
        // A validation model this node's administrator registered (evaluations.cpp): its β,
        // on the manifest's design, which must be the model's own.
        auto model = findValidationModel(manifest.fittedStudy.mid(modelPrefix.size()));
        if (!model)
            return errorResponse(500, QStringLiteral("node-failure"),
                                 Tr::tr("The node could not read its validation models. Tell "
                                        "the site administrator."));
        audit.checks.append(policyCheck("registered-model", 1, model->has_value()));
        if (!model->has_value() || !(*model)->hash.startsWith(QStringLiteral("sha256:"))
            || QStringLiteral("model:") + (*model)->hash != manifest.fittedStudy) {
            return errorResponse(
                403, QStringLiteral("unknown-model"),
                Tr::tr("This node's administrator registered no validation model with that hash "
                       "(fittedStudy: \"model:\" and the model's hash). Ask the site which "
                       "models it holds for validation; a β cannot be sent."),
                QStringLiteral("fittedStudy"), true);
        }
        const SiteStore::ValidationModel &registered = **model;
        auto object = protocol::parseObject(registered.design, registered.design.size() + 1);
        std::optional<analysis::ResolvedDesign> design;
        if (object) {
            if (auto d = protocol::fromJson<analysis::ResolvedDesign>(*object))
                design = std::move(d).value();
        }
        if (!design || protocol::designHash(*design) != manifest.designHash) {
            return badRequest(QStringLiteral("fitted-study-mismatch"),
                              Tr::tr("The registered model has another design than the "
                                     "manifest. Use the model's own design."),
                              QStringLiteral("fittedStudy"));
        }
        fittedBeta.resize(std::size_t(registered.beta.size()) / sizeof(double));
        if (fittedBeta.size() != manifest.design.termNames().size())
            return errorResponse(500, QStringLiteral("node-failure"),
                                 Tr::tr("The node's record of the validation model is damaged. "
                                        "Tell the site administrator."));
        std::memcpy(fittedBeta.data(), registered.beta.constData(),
                    fittedBeta.size() * sizeof(double));
        audit.set("model", registered.name);
        audit.set("modelHash", registered.hash);
        audit.set("fittedBetaHash", protocol::betaHash(fittedBeta));
    } else if (calibration) {
        auto fitted = m_store->studyOutcome(token.user, manifest.fittedStudy, QString());
        if (!fitted)
            return errorResponse(500, QStringLiteral("node-failure"),
                                 Tr::tr("The node could not read its record of studies. Tell "
                                        "the site administrator."));
        const bool known = fitted->has_value();
        audit.checks.append(policyCheck("fitted-study", 1, known));
        if (!known) {
            return errorResponse(
                403, QStringLiteral("unknown-fitted-study"),
                Tr::tr("A calibration or evaluation study needs the final β of a model study that "
                       "you ran at "
                       "this node and that converged here (fittedStudy: its study hash). This "
                       "node knows no such study of yours. Fit the model in a study with this "
                       "node first."),
                QStringLiteral("fittedStudy"), true);
        }
        const SiteStore::StudyOutcome &outcome = **fitted;
        if (outcome.dataset != manifest.dataset || outcome.purpose != manifest.purpose
            || outcome.designHash != manifest.designHash) {
            return badRequest(QStringLiteral("fitted-study-mismatch"),
                              Tr::tr("The fitted study was run on another dataset, purpose or "
                                     "design. A calibration study uses the fitted study's own "
                                     "dataset, purpose and design."),
                              QStringLiteral("fittedStudy"));
        }
        fittedBeta.resize(std::size_t(outcome.finalBeta.size()) / sizeof(double));
        if (fittedBeta.size() != manifest.design.termNames().size())
            return errorResponse(500, QStringLiteral("node-failure"),
                                 Tr::tr("The node's record of the fitted study is damaged. "
                                        "Tell the site administrator."));
        std::memcpy(fittedBeta.data(), outcome.finalBeta.constData(),
                    fittedBeta.size() * sizeof(double));
        audit.set("fittedStudy", manifest.fittedStudy);
        audit.set("fittedBetaHash", protocol::betaHash(fittedBeta));
    }

    PreparedDesign prepared;
    if (auto refused = prepareDesign(token.user, manifest.dataset, manifest.purpose,
                                     manifest.design, QuotaUse::Job, audit, &prepared, registered))
        return *refused;
    const LoadedDataset &dataset = *prepared.dataset;
    std::shared_ptr<const analysis::DesignMatrix> base = prepared.design; // shared, not copied

    std::shared_ptr<const analysis::DesignMatrix> jobDesign = base;
    const bool evaluation = manifest.kind == protocol::JobKind::Evaluation;
    if (calibration && !evaluation) {
        const Eigen::VectorXd beta
            = Eigen::Map<const Eigen::VectorXd>(fittedBeta.data(), base->p());
        bool shared = false;
        jobDesign = calibrationDesign(base, manifest.kind, beta, &shared, [&] {
            // lp = Xβ once for this matrix and β: the other calibration design and the evaluation
            // study's round take it from the memo (the same bits).
            analysis::LinearPredictorMemo::Use memo(*m_linearPredictors, base);
            return manifest.kind == protocol::JobKind::CalibrationSlope
                ? analysis::calibrationSlopeDesign(*base, beta)
                : analysis::calibrationInterceptDesign(*base, beta);
        });
        if (!jobDesign)
            return respond(m_gate->dataFailure(audit.release));
        if (shared)
            audit.set("calibrationDesignShared", true); // built for another job at this node
    }

    // The design's release rules, before the job exists.
    JobTally tally;
    tally.designHash = manifest.designHash;
    tally.kind = manifest.kind;
    tally.resolved = &manifest.design;
    tally.base = base.get();
    tally.baseOwner = base;
    tally.job = jobDesign.get();
    tally.jobOwner = jobDesign;
    std::vector<analysis::RuleOutcome> passed;
    if (auto refused = m_gate->jobRules(tally, audit.release, &passed)) {
        // A rule of the design refused it: answered only when the ledger would pass the cohort,
        // else the ledger's refusal, as if the ledger had been asked first. The design's count
        // rules have thresholds the request sets (events-per-parameter: 10 × the parameters), so
        // on a cohort one record from an earlier release they told that record's outcome or
        // bounded its count (docs/privacy-rules.md, "The fifth independent review"). And the
        // refusal is itself a release about the cohort (a bound on its events, a cell under
        // min_cell, a separating direction): the cohort is recorded as a job's would be, so that
        // a cohort one record from it is refused afterwards, in either order (docs/privacy-
        // rules.md, "The twelfth independent review": the refusal first, then the cohort with
        // her, told her y). A job that passes its rules is checked and recorded below, as before.
        if (auto ledger = differencingRefusal(
                m_ledger->checkAndRecordDesign(dataset, base->rows.toVector(), manifest.design,
                                               designCells(dataset, manifest.design), token.user),
                audit))
            return *ledger;
        return respond(*refused);
    }
    // Differencing against every earlier release of the dataset, checked and recorded at once,
    // as soon as the design's rules passed: every later answer (the participant set's refusal, a
    // job budget's) says that they passed, so it comes only after the ledger passed the cohort,
    // and the cohort is recorded whatever follows. Asked after them, a refusal by the participant
    // set named the pass on a cohort one record from an earlier release, where the rules'
    // refusal was answered `differencing` (docs/privacy-rules.md, "The thirteenth independent
    // review": after an opened job over place B without her, single-site-difference against
    // differencing told her y).
    const auto verdict
        = m_ledger->checkAndRecordDesign(dataset, base->rows.toVector(), manifest.design,
                                         designCells(dataset, manifest.design), token.user);
    if (auto refused = differencingRefusal(verdict, audit))
        return *refused;
    passed.push_back(*verdict);
    // The participant set, once the study could be joined on every other ground.
    if (auto refused = checkParticipantSet(manifest, audit))
        return *refused;

    // Identical designs on the same data share one matrix.
    if (!calibration) {
        if (auto shared = m_jobs.sharedDesign(dataset.info.name, quint64(dataset.info.generation),
                                              manifest.purpose, manifest.designHash)) {
            jobDesign = shared;
        }
    }
    auto state = std::make_shared<StudyState>();
    state->manifest = manifest;
    state->hash = study;
    state->bytes = protocol::manifestBytes(manifest);
    state->index = index;
    if (evaluation) {
        state->fittedBeta = fittedBeta;
        state->fittedBetaHash = protocol::betaHash(fittedBeta);
        state->ledgerColumns = prepared.compactColumns;
    }
    // "arming": "tags" (docs/protocol.md, "Manifest tags"): this node's manifest tag for every
    // other site, made before the job is shared (the study's secrets are agreed here).
    QList<QByteArray> manifestTags;
    if (manifest.armsByTags) {
        int position = -1;
        const secure::PairwiseSecrets *keys
            = studyTagSecrets(*state, m_store->nodeName(), m_secrets.boxSecretKey, &position);
        const qsizetype sites = manifest.participants.size() + manifest.observers.size();
        const QByteArray digest = manifestDigest(study);
        for (qsizetype k = 0; keys && k < sites; ++k) {
            auto tag = k == position
                ? analysis::Result<QByteArray>(QByteArray())
                : secure::manifestTag(*keys, study.toUtf8(), position, int(k), digest);
            if (!tag) {
                keys = nullptr;
                break;
            }
            manifestTags.append(*tag);
        }
        if (!keys)
            return errorResponse(500, QStringLiteral("node-failure"),
                                 Tr::tr("The node could not agree the keys of manifest tags with "
                                        "the study's sites. Tell the site administrator."));
    }
    // "relay": "summed" (docs/protocol.md, "The summed relay"): this node's sum seed, sealed for
    // every other site under the pair's key; the client relays each its seal in round 1.
    QList<QByteArray> sumSeeds;
    if (manifest.summedRelay) {
        int position = -1;
        const secure::PairwiseSecrets *keys
            = studyTagSecrets(*state, m_store->nodeName(), m_secrets.boxSecretKey, &position);
        state->sumSeed = secure::newSumSeed();
        const qsizetype sites = manifest.participants.size() + manifest.observers.size();
        for (qsizetype k = 0; keys && k < sites; ++k) {
            auto sealed = k == position
                ? analysis::Result<QByteArray>(QByteArray())
                : secure::sealSumSeed(*keys, study.toUtf8(), position, int(k), state->sumSeed);
            if (!sealed) {
                keys = nullptr;
                break;
            }
            sumSeeds.append(*sealed);
        }
        if (!keys)
            return errorResponse(500, QStringLiteral("node-failure"),
                                 Tr::tr("The node could not seal its sum seed for the study's "
                                        "sites. Tell the site administrator."));
    }
    JobSpec spec;
    spec.user = token.user;
    spec.tokenId = token.id;
    spec.purpose = manifest.purpose;
    spec.dataset = dataset.info.name;
    spec.generation = quint64(dataset.info.generation);
    spec.kind = manifest.kind;
    spec.designHash = manifest.designHash;
    spec.family = calibration ? analysis::Family::Binomial : manifest.design.spec.family;
    spec.design = jobDesign;
    spec.study = state;
    spec.maxRounds = studyRoundCap(manifest);
    auto [jobId, refusal] = m_jobs.create(std::move(spec), std::move(prepared.reservation));
    if (refusal != JobManager::CreateRefusal::None) {
        const LimitRefusal refused
            = jobBudgetRefusal(refusal, m_jobs.retryAfter(token.user, refusal), m_jobs.limits());
        audit.checks.append(refused.auditCheck());
        return limitResponse(refused);
    }
    designRecorded(prepared);
    audit.set("jobId", jobId);
    tally.jobId = jobId;
    tally.job = jobDesign.get();
    tally.study = study;
    tally.manifestSignature = secure::sign(m_secrets.signSecretKey,
                                           manifest.signsDigest ? secure::Domain::ManifestDigest
                                                                : secure::Domain::Manifest,
                                           protocol::manifestSignedBytes(manifest, state->bytes));
    tally.manifestTags = std::move(manifestTags);
    tally.sumSeeds = std::move(sumSeeds);
    return respond(m_gate->jobCreated(tally, passed, audit.release));
}

ApiResponse ApiHandlers::jobStatus(const ApiRequest &request, const QString &jobId, Audit &audit)
{
    FAIRSTART_AUTHENTICATE(token);
    audit.set("jobId", jobId);
    return jobStatusResponse(m_jobs.status(jobId, token.user), audit);
}

ApiResponse ApiHandlers::cancelJob(const ApiRequest &request, const QString &jobId, Audit &audit)
{
    FAIRSTART_AUTHENTICATE(token);
    audit.set("jobId", jobId);
    return jobStatusResponse(m_jobs.cancel(jobId, token.user), audit);
}

// A job's status for the user who opened it; anyone else gets 404, so job ids are not confirmed.
ApiResponse ApiHandlers::jobStatusResponse(const std::optional<protocol::JobStatus> &status,
                                           Audit &audit)
{
    return status
        ? respond(m_gate->metadata(200, protocol::toJson(*status), "job-status", audit.release))
        : errorResponse(404, QStringLiteral("unknown-job"),
                        Tr::tr("There is no such job for you on this node."));
}

void ApiHandlers::expireIdleJobs()
{
    m_linearPredictors->purge();
    for (const auto &expired : m_jobs.expireIdle()) {
        QJsonObject entry { { QStringLiteral("event"), QStringLiteral("job-expired") },
                            { QStringLiteral("jobId"), expired.status.jobId },
                            { QStringLiteral("user"), expired.job->user },
                            { QStringLiteral("dataset"), expired.job->dataset },
                            { QStringLiteral("roundsUsed"), expired.status.roundsUsed } };
        // Nobody waits for this answer: the administrator learns of the gap from the log.
        if (!m_store->appendAudit(entry))
            qWarning("fairstart-node: the audit entry of an expired job could not be written");
    }
    // Whatever the requests since the last sweep left free goes back to the system, unless the
    // node is serving a run right now (freememory_p.h): then at the next quiet sweep.
    releaseFreeMemoryWhenQuiet();
}

void ApiHandlers::preloadDatasets(const std::atomic<bool> &cancelled)
{
    if (!m_policy.preloadDatasets())
        return; // each dataset is read by the first request that needs it
    auto all = m_store->datasets();
    if (!all)
        return; // the first request that needs the store says what is wrong
    // The memory of the first design matrix (freememory_p.h), taken once every dataset is read:
    // as wide as the widest main-effects design of the largest dataset (an intercept, a column
    // per numeric or binary variable, one per non-reference level), plus the first job's other
    // per-record blocks allocated in between, and never more than the policy lets one matrix be.
    std::size_t reserve = 0;
    const auto reserveAtEnd = qScopeGuard([&reserve, &cancelled] {
        if (!cancelled)
            reserveDesignMemory(reserve);
    });
    for (const DatasetInfo &info : *all) {
        if (cancelled)
            return;
        // A dataset dropped meanwhile: nothing to read. A read interrupted because the server
        // stops fails: nothing is kept, and the next start reads it again.
        auto data = m_cache.get(info.name);
        if (!data)
            continue;
        std::size_t columns = 1;
        for (const VariableInfo &variable : (*data)->info.variables) {
            if (variable.role != VariableRole::Variable)
                continue;
            columns += variable.kind == VariableKind::Categorical
                ? std::size_t(std::max<qsizetype>(variable.levels.size() - 1, 1))
                : 1;
        }
        const auto rows = std::size_t((*data)->table.rows());
        const std::size_t bytes
            = std::min<std::size_t>(rows * (columns * sizeof(double) + 16) + (std::size_t(1) << 20),
                                    std::size_t(m_policy.maxDesignBytesPerJob()));
        if (rows > 0)
            reserve = std::max(reserve, bytes);
        // What the release rules compute once per dataset generation, computed now rather than
        // at the first request (issue 16): the dataset-dominance sums of every numeric variable
        // as read as is (kept process-wide per generation; the verdict itself is not released
        // here). The lattice cells and histogram steps came with the read.
        for (const VariableInfo &variable : (*data)->info.variables) {
            if (cancelled)
                return;
            if (variable.kind == VariableKind::Numeric)
                (void)datasetDominance(**data, variable.name.toStdString(), m_disclosure);
        }
        // The catalogue entry of each purpose the dataset records consent for (kept per
        // generation and purpose, as a catalogue request keeps it; released when one asks).
        for (const QString &purpose : (*data)->info.consentPurposes()) {
            if (cancelled)
                return;
            (void)cacheCatalogueEntry(**data, purpose);
        }
        // Each numeric variable's extreme records among the records of every purpose (what
        // cohortDominance and the domain check judge over, anyPurposeRecords) and the sums of the
        // cohort of all of them (the passes of the first design, kept with the table; nothing is
        // released here). A purpose's consented records give the same records when the dataset
        // records one purpose.
        if (!cancelled) {
            const QStringList purposes = (*data)->info.consentPurposes();
            if (!purposes.isEmpty()) {
                if (const auto consent
                    = selectConsented(**data, purposes.front(), m_policy.requireConsentColumn()))
                    primeCohortDominance(**data, anyPurposeRecords(**data, consent->mask),
                                         m_disclosure);
            }
        }
        // A purpose without a consent column, where the policy lets one read every record.
        if (!m_policy.requireConsentColumn() && !cancelled)
            primeCohortDominance(**data, std::vector<std::uint8_t>((*data)->table.rows(), 1),
                                 m_disclosure);
    }
}

} // namespace fairstart::node

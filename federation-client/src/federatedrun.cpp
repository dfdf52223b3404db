// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/client/federatedrun.h"
#include "federatedrun_p.h"
#include "nodeerror_p.h"

#include "fairstart/client/sitesurvey.h"

#include "fairstart/client/clientinfo.h"
#include "fairstart/client/contributiontags.h"
#include "fairstart/client/federation.h"
#include "fairstart/client/maskeddescriptives.h"
#include "fairstart/client/nodeapi.h"
#include "fairstart/client/tr.h"

#include "fairstart/analysis/descriptives.h"
#include "fairstart/analysis/design.h"
#include "fairstart/analysis/discrimination.h"
#include "fairstart/analysis/lattice.h"
#include "fairstart/analysis/performance.h"
#include "fairstart/protocol/codec.h"
#include "fairstart/protocol/protocolversion.h"
#include "fairstart/protocol/relaycodec.h"
#include "fairstart/protocol/studycoordinator.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <optional>
#include <set>
#include <utility>

namespace fairstart::client {

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

// Why a fit at one site alone gave no estimates, in the analyst's language. The pooled fit is
// complete whatever this says.
QString siteFitNote(const analysis::Error &error)
{
    QStringList terms;
    for (const std::string &t : error.terms)
        terms << qs(t);
    const QString list = terms.join(QStringLiteral(", "));
    switch (error.code) {
    case analysis::ErrorCode::Separation:
        return Tr::tr("At this site alone the outcome is perfectly or almost perfectly predicted "
                      "by %1 (separation): its own estimates drift to infinity, so none are "
                      "shown.")
            .arg(list);
    case analysis::ErrorCode::ConstantColumn:
        return Tr::tr("At this site alone the term(s) %1 do not vary (a level no record here "
                      "has, or a constant), so the model cannot be fitted to this site's data by "
                      "itself.")
            .arg(list);
    case analysis::ErrorCode::RankDeficient:
        if (list.isEmpty())
            return Tr::tr("At this site alone the design is singular, so the model cannot be "
                          "fitted to this site's data by itself.");
        return Tr::tr("At this site alone the term(s) %1 are exact combinations of other terms, "
                      "so the model cannot be fitted to this site's data by itself.")
            .arg(list);
    case analysis::ErrorCode::NotConverged:
        return Tr::tr("The fit at this site alone did not converge within the rounds the site "
                      "allows.");
    case analysis::ErrorCode::NonFinite:
        return Tr::tr("The fit at this site alone gave numbers that are not finite (a fitted "
                      "value overflowed), so no estimates are shown.");
    default:
        return Tr::tr("The model could not be fitted at this site alone: %1")
            .arg(qs(error.message));
    }
}

// A site's own fit that the node did not release: the coordinator's failure there (its error
// code and the terms in the detail), or a refusal or a lost site, quoted.
QString siteFitFailure(const SiteError &e)
{
    using analysis::ErrorCode;
    for (ErrorCode code :
         { ErrorCode::Separation, ErrorCode::ConstantColumn, ErrorCode::RankDeficient,
           ErrorCode::NotConverged, ErrorCode::NonFinite }) {
        if (e.isRule() || e.code != QLatin1String(analysis::errorCodeId(code)))
            continue;
        analysis::Error error { code, e.message.toStdString(), {} };
        for (const QString &t : e.detail.split(QStringLiteral(", "), Qt::SkipEmptyParts))
            error.terms.push_back(t.toStdString());
        return siteFitNote(error);
    }
    return Tr::tr("The fit at this site alone stopped: %1").arg(e.toString());
}

} // namespace

QString siteStateId(SiteState state)
{
    switch (state) {
    case SiteState::Waiting:
        return QStringLiteral("waiting");
    case SiteState::Working:
        return QStringLiteral("working");
    case SiteState::Done:
        return QStringLiteral("done");
    case SiteState::Failed:
        return QStringLiteral("failed");
    case SiteState::Excluded:
        return QStringLiteral("excluded");
    }
    return QStringLiteral("waiting");
}

RunError runError(const QString &phase, const QString &message)
{
    RunError e;
    e.phase = phase;
    e.message = message;
    return e;
}

std::optional<RunError> thresholdsError(const std::vector<double> &thresholds)
{
    for (double t : thresholds) {
        if (!(t > 0.0 && t < 1.0))
            return runError(QStringLiteral("start"),
                            Tr::tr("A risk threshold must lie strictly between 0 and 1; %1 does "
                                   "not. Give thresholds such as 0.1 or 0.25.")
                                .arg(t));
    }
    return std::nullopt;
}

FederatedRun::FederatedRun(QList<Site> sites, RunOptions options, QObject *parent)
    : FederatedRun(std::move(sites), std::move(options), nullptr, parent)
{
}

FederatedRun::FederatedRun(QList<Site> sites, RunOptions options, Transport *transport,
                           QObject *parent)
    : QObject(parent)
    , m_transport(transport ? transport : new Transport(this))
    , m_options(std::move(options))
{
    m_transport->setParent(this);
    m_transport->setDefaultOptions(m_options.transport);
    connect(m_transport, &Transport::retrying, this, &FederatedRun::requestRetrying);
    for (const Site &s : sites) {
        Slot slot;
        slot.site = s;
        slot.record.name = s.name;
        slot.record.url = s.url;
        slot.record.state = QStringLiteral("waiting");
        m_slots.push_back(slot);
    }
}

FederatedRun::~FederatedRun() = default;

void FederatedRun::setState(int index, SiteState state, const QString &message)
{
    m_slots[size_t(index)].state = state;
    Q_EMIT siteProgress(m_slots[size_t(index)].site.name, state, message);
}

QList<int> FederatedRun::activeSlots() const
{
    QList<int> out;
    for (size_t i = 0; i < m_slots.size(); ++i) {
        if (m_slots[i].active)
            out << int(i);
    }
    return out;
}

void FederatedRun::start()
{
    if (m_running)
        return;
    m_running = true;
    ++m_generation; // a reply to an earlier run is ignored
    m_parts = 0;
    m_subgroupsDone = false;
    m_error.reset();
    m_report = {};
    m_openJobs.clear();
    m_glm.reset();
    m_recordedKeys.clear();
    m_mode.clear();
    m_infos.clear();
    for (Slot &slot : m_slots)
        slot.answeredInfo = false;
    m_report.dataset = m_options.dataset;
    m_report.purpose = m_options.purpose;
    m_report.started = QDateTime::currentDateTimeUtc();
    m_report.clientVersion = clientVersion();
    if (m_slots.empty())
        return fail(runError(QStringLiteral("start"),
                             Tr::tr("No sites were chosen; name at least one site.")));
    if (m_options.purpose.isEmpty() || m_options.dataset.isEmpty())
        return fail(runError(QStringLiteral("start"),
                             Tr::tr("A run needs a dataset and a purpose; name both.")));
    if (const std::vector<analysis::Error> problems = m_options.registeredModel
            ? std::vector<analysis::Error>()
            : analysis::validate(m_options.spec);
        !problems.empty()) {
        failAnalysis(QStringLiteral("model"), problems.front());
        return;
    }
    if (!m_options.observer.isEmpty() && (observerSlot() < 0 || m_slots.size() < 2))
        return fail(
            runError(QStringLiteral("start"),
                     Tr::tr("The held-out site %1 is not one of the run's sites, or no other site "
                            "is left to fit the model; name it among two or more sites.")
                         .arg(m_options.observer)));
    if (std::optional<RunError> e = thresholdsError(m_options.thresholds))
        return fail(*e);
    askInfo();
}

void FederatedRun::cancel()
{
    if (!m_running)
        return;
    RunError e;
    e.phase = QStringLiteral("cancelled");
    SiteError se;
    se.kind = SiteError::Kind::Cancelled;
    se.code = QStringLiteral("cancelled");
    se.message = Tr::tr("The run was cancelled.");
    e.siteError = se;
    e.message = se.message;
    fail(e);
}

// ---- the fan-out primitive -------------------------------------------------------------------

void FederatedRun::fanout(const QString &phase, bool droppable, const MakeRequest &make,
                          const OnAnswer &onAnswer, std::function<void()> then)
{
    fanoutTo(activeSlots(), phase, droppable, make, onAnswer, std::move(then));
}

int FederatedRun::observerSlot() const
{
    return m_options.observer.isEmpty() ? -1 : slotOf(m_options.observer);
}

int FederatedRun::slotOf(const QString &site) const
{
    for (size_t i = 0; i < m_slots.size(); ++i) {
        if (m_slots[i].site.name == site)
            return int(i);
    }
    return -1;
}

int FederatedRun::activeSlotOf(const QString &site) const
{
    const int i = slotOf(site);
    return i >= 0 && m_slots[size_t(i)].active ? i : -1;
}

namespace {

// A part's answer in a request batch as the transport reads an answer alone: its error body
// {"error": {code, message, detail, rule, params}} (nodeerror_p.h).
SiteError batchPartError(const QString &site, const protocol::BatchAnswer &answer)
{
    SiteError e;
    e.site = site;
    e.httpStatus = answer.status;
    readHttpError(answer.status, answer.body, e);
    return e;
}

// The answers of a request batch, or the error that its answer cannot be read.
std::optional<QList<protocol::BatchAnswer>> batchAnswers(const QString &site,
                                                         const QByteArray &body, SiteError *error)
{
    QString problem;
    std::optional<QList<protocol::BatchAnswer>> answers
        = protocol::decodeBatchAnswers(body, &problem);
    if (!answers)
        *error = api::protocolError(
            site, Tr::tr("its answer to a request batch cannot be read (%1)").arg(problem));
    return answers;
}

// nullopt unless `request` was a batch whose first part was not answered 2xx (its error) or
// whose answer cannot be read.
std::optional<SiteError> batchFirstPartError(const QString &site, const Request &request,
                                             const QByteArray &body)
{
    if (!protocol::isBatch(request.body))
        return std::nullopt;
    SiteError error;
    const std::optional<QList<protocol::BatchAnswer>> answers = batchAnswers(site, body, &error);
    if (!answers)
        return error;
    const protocol::BatchAnswer &first = answers->first();
    if (first.status < 200 || first.status >= 300)
        return batchPartError(site, first);
    return std::nullopt;
}

} // namespace

void FederatedRun::fanoutTo(const QList<int> &targets, const QString &phase, bool droppable,
                            const MakeRequest &make, const OnAnswer &onAnswer,
                            std::function<void()> then)
{
    Q_EMIT phaseChanged(phase);
    // The generation is the run's: phases after the pooled fit run side by side (afterFit), so
    // each fan-out counts its own answers instead of changing a shared counter.
    const int generation = m_generation;
    auto outstanding = std::make_shared<int>(int(targets.size()));
    // A site's refusal by a rule waits for the other sites' answers to the same request, so that
    // the run reports each site that refuses (site, rule, sentence), not the first alone.
    auto refusals = std::make_shared<std::vector<std::pair<int, SiteError>>>();
    auto check = [this, generation, outstanding, then, refusals, phase] {
        if (generation != m_generation || !m_running)
            return;
        if (--*outstanding == 0 && m_running) {
            if (!refusals->empty())
                return failRefused(phase, *refusals);
            then();
        }
    };
    // Whether a failure is held as a refusal (and counted as an answer) rather than ending the
    // run now: a rule refusal that does not leave the site out.
    auto holdRefusal = [this, refusals, droppable](int index, const SiteError &error) {
        if (!error.isRule() || (droppable && m_options.continueWithout && activeSlots().size() > 1))
            return false;
        recordFailure(index, error);
        refusals->push_back({ index, error });
        m_heldRefusals.push_back({ index, error });
        return true;
    };
    for (int index : targets) {
        Reply *reply = m_transport->send(m_slots[size_t(index)].site, make(index));
        m_inFlight << reply;
        setState(index, SiteState::Working, phase);
        connect(reply, &Reply::finished, this,
                [this, reply, index, phase, droppable, generation, onAnswer, check, holdRefusal] {
                    m_inFlight.removeAll(reply);
                    reply->deleteLater();
                    if (generation != m_generation || !m_running)
                        return;
                    m_slots[size_t(index)].lastMs = double(reply->elapsedMs());
                    // A request batch (protocol/batchcodec.h) answers as its first part: that
                    // is the phase's request; onAnswer gets the whole batch answer.
                    const std::optional<SiteError> partError = reply->ok()
                        ? batchFirstPartError(m_slots[size_t(index)].site.name, reply->request(),
                                              reply->body())
                        : std::nullopt;
                    const bool ok = reply->ok() && !partError;
                    const SiteError &error = partError ? *partError : reply->error();
                    if (!ok && holdRefusal(index, error)) {
                        check();
                        return;
                    }
                    if (!ok) {
                        siteFailed(index, phase, error, droppable);
                        if (m_running && !m_slots[size_t(index)].active)
                            check(); // left out: the phase goes on without it
                        return;
                    }
                    if (const std::optional<SiteError> problem = onAnswer(index, reply->body())) {
                        siteFailed(index, phase, *problem, droppable);
                        if (m_running && !m_slots[size_t(index)].active)
                            check();
                        return;
                    }
                    setState(index, SiteState::Done, phase);
                    check();
                });
    }
    if (targets.isEmpty())
        QMetaObject::invokeMethod(
            this, [check] { check(); }, Qt::QueuedConnection);
}

void FederatedRun::recordFailure(int index, const SiteError &error)
{
    Slot &slot = m_slots[size_t(index)];
    const QString line = error.toString();
    slot.record.error = line;
    if (error.isRule()) { // issue 17: the code, so that a reader words it in its language
        slot.record.rule = error.code;
        slot.record.ruleParams = error.params;
        slot.record.ruleWhere = error.detail;
    }
    slot.record.state = QStringLiteral("failed");
    setState(index, SiteState::Failed, line);
}

void FederatedRun::failRefused(const QString &phase,
                               const std::vector<std::pair<int, SiteError>> &refusals)
{
    // The first site in the run's order (the answers' order is the network's).
    const auto first
        = std::min_element(refusals.begin(), refusals.end(),
                           [](const auto &a, const auto &b) { return a.first < b.first; });
    const auto &[index, error] = *first;
    const Slot &slot = m_slots[size_t(index)];
    RunError e;
    e.site = slot.site.name;
    e.phase = phase;
    e.siteError = error;
    e.message = error.toString();
    if (!e.message.contains(slot.site.name))
        e.message = slot.site.name + QStringLiteral(": ") + e.message;
    fail(e); // the others from m_heldRefusals
}

void FederatedRun::siteFailed(int index, const QString &phase, const SiteError &error,
                              bool droppable)
{
    Slot &slot = m_slots[size_t(index)];
    const QString line = error.toString();
    slot.record.error = line;
    if (error.isRule()) { // issue 17: the code, so that a reader words it in its language
        slot.record.rule = error.code;
        slot.record.ruleParams = error.params;
        slot.record.ruleWhere = error.detail;
    }
    if (droppable && m_options.continueWithout && activeSlots().size() > 1) {
        slot.active = false;
        slot.record.state = QStringLiteral("excluded");
        m_report.excludedSites << slot.site.name;
        setState(index, SiteState::Excluded,
                 Tr::tr("left out after a failure in %1: %2").arg(phase, line));
        return;
    }
    slot.record.state = QStringLiteral("failed");
    setState(index, SiteState::Failed, line);
    RunError e;
    e.site = slot.site.name;
    e.phase = phase;
    e.siteError = error;
    e.message = line;
    // Transport messages name the site already; node messages are prefixed by toString().
    if (!e.message.contains(slot.site.name))
        e.message = slot.site.name + QStringLiteral(": ") + e.message;
    fail(e);
}

void FederatedRun::fail(RunError error)
{
    if (!m_running)
        return;
    m_running = false;
    ++m_generation;
    if (m_survey)
        m_survey->abort();
    for (MaskedDescriptivesRun *study :
         findChildren<MaskedDescriptivesRun *>(Qt::FindDirectChildrenOnly))
        study->abort(); // a descriptives study of the resolution (masked mode)
    for (LatticeCellsRun *cells : findChildren<LatticeCellsRun *>(Qt::FindDirectChildrenOnly))
        cells->abort(); // the studies of the candidate lattices (masked mode)
    const QList<Reply *> inFlight = m_inFlight;
    m_inFlight.clear();
    for (Reply *r : inFlight)
        r->abort();
    // Best effort, without waiting: a job left open only expires later at the node.
    for (const auto &[index, jobId] : m_openJobs) {
        Reply *reply = m_transport->send(m_slots[size_t(index)].site, api::cancelJob(jobId));
        connect(reply, &Reply::finished, reply, &QObject::deleteLater);
    }
    m_openJobs.clear();
    m_report.finished = QDateTime::currentDateTimeUtc();
    m_report.sites.clear();
    for (const Slot &s : m_slots)
        m_report.sites << s.record;
    // Every other site's refusal held meanwhile, once per site, in the order of the sites.
    std::sort(m_heldRefusals.begin(), m_heldRefusals.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[index, refusal] : m_heldRefusals) {
        const QString &name = m_slots[size_t(index)].site.name;
        const bool listed = name == error.site
            || std::any_of(error.otherRefusals.begin(), error.otherRefusals.end(),
                           [&name](const SiteError &e) { return e.site == name; });
        if (!listed) {
            SiteError named = refusal;
            named.site = name;
            error.otherRefusals << named;
        }
    }
    m_heldRefusals.clear();
    m_error = error;
    Q_EMIT failed(error);
}

void FederatedRun::failAnalysis(const QString &phase, const analysis::Error &error)
{
    RunError e;
    e.phase = phase;
    e.analysisError = error;
    e.message = qs(error.message);
    if (!error.terms.empty()) {
        QStringList terms;
        for (const std::string &t : error.terms)
            terms << qs(t);
        e.message += QStringLiteral(" [") + terms.join(QStringLiteral(", ")) + QLatin1Char(']');
    }
    fail(e);
}

// ---- info and catalogue ----------------------------------------------------------------------

void FederatedRun::askInfo()
{
    // Info and catalogue of every site, through the one survey the workbench and the CLI use
    // too: protocol version, dataset and the pinned study keys are checked there.
    Q_EMIT phaseChanged(QStringLiteral("info"));
    const QList<int> targets = activeSlots();
    QList<Site> sites;
    for (int i : targets) {
        sites << m_slots[size_t(i)].site;
        setState(i, SiteState::Working, QStringLiteral("info"));
    }
    if (!m_survey) {
        m_survey = new SiteSurvey(m_transport, this);
        connect(m_survey, &SiteSurvey::siteAnswered, this, [this](const SiteSurveyResult &r) {
            if (!m_running)
                return;
            const int index = slotOf(r.site.name);
            if (index < 0)
                return;
            Slot &slot = m_slots[size_t(index)];
            slot.lastMs = double(r.milliseconds);
            std::optional<SiteError> problem = r.error;
            const protocol::CatalogueDataset *dataset = r.answer.dataset(m_options.dataset);
            if (!problem && dataset)
                problem
                    = checkVariables(slot.site.name, *dataset, requiredVariables(m_options.spec));
            if (problem)
                return siteFailed(index, r.phase, *problem, true);
            slot.info = *r.answer.info;
            slot.catalogue = *dataset;
            slot.record.nodeVersion = slot.info.nodeVersion;
            slot.record.engineVersion = slot.info.engineVersion;
            slot.record.protocolVersion = slot.info.protocolVersion;
            slot.record.policy = slot.info.policy;
            slot.answeredInfo = true;
            // nodeInfos() in the order of the run's sites, not of the answers: under load the
            // sites answer in any order, and a caller reads nodeInfos().at(i) as site i's.
            m_infos.clear();
            for (const Slot &s : m_slots) {
                if (s.answeredInfo)
                    m_infos << s.info;
            }
            setState(index, SiteState::Done, QStringLiteral("catalogue"));
        });
        connect(m_survey, &SiteSurvey::finished, this, [this] {
            if (m_running)
                askCatalogue();
        });
    }
    SurveyOptions options;
    options.purpose = m_options.purpose;
    options.dataset = m_options.dataset;
    options.knownInfos = m_options.knownInfos;
    options.knownCatalogues = m_options.knownCatalogues;
    m_survey->start(sites, options);
}

// Every site answered info and catalogue (or was left out): keys, mode, then the design.
void FederatedRun::askCatalogue()
{
    // First use of a site's study keys: the caller records them, later runs pin them.
    for (int i : activeSlots()) {
        Slot &slot = m_slots[size_t(i)];
        if (!slot.site.signingKey.isEmpty())
            continue;
        Site site = slot.site;
        site.signingKey = slot.info.keys.signingKey;
        site.keyAgreementKey = slot.info.keys.keyAgreementKey;
        m_recordedKeys << site;
        Q_EMIT siteKeysRecorded(site);
        if (!m_running)
            return;
    }
    // The mode is checked before any record is touched; the GLM study chooses it again if sites
    // are left out on the way.
    QList<StudySite> sites;
    for (int i : activeSlots()) {
        if (i != observerSlot()) // an observer contributes nothing to the sums
            sites << StudySite { m_slots[size_t(i)].site.name, m_slots[size_t(i)].info };
    }
    const ModeChoice choice = chooseMode(m_options.mode, sites);
    if (const int i = choice.error ? activeSlotOf(choice.error->site) : -1; i >= 0)
        return siteFailed(i, QStringLiteral("info"), *choice.error, false);
    m_mode = choice.mode;
    if (m_options.registeredModel)
        evaluateRegistered(); // registeredmodel.cpp
    else
        resolveDesign();
}

// ---- resolving the design --------------------------------------------------------------------

namespace {

// One descriptives study (masked mode) of the resolution over `sites`: `done` with the pooled
// answer, or `failed` with the site's error. The study is a child of `owner`, which aborts it
// when the run fails.
void maskedDescriptives(QObject *owner, Transport *transport, const QList<Site> &sites,
                        const protocol::DescriptivesRequest &request,
                        std::function<void(const MaskedDescriptives &)> done,
                        std::function<void(const SiteError &)> failed)
{
    auto *study = new MaskedDescriptivesRun(transport, owner);
    QObject::connect(study, &MaskedDescriptivesRun::finished, owner,
                     [study, done](const MaskedDescriptives &result) {
                         study->deleteLater();
                         done(result);
                     });
    QObject::connect(study, &MaskedDescriptivesRun::failed, owner,
                     [study, failed](const SiteError &error) {
                         study->deleteLater();
                         failed(error);
                     });
    study->start(sites, request);
}

// Knots on the finest candidate lattice that gives strictly increasing ones; `pooled(i)` is the
// pooled cells of candidate i (nullopt: withheld at some site). Empty when none does.
std::vector<double>
knotsOnCommonLattice(const std::vector<analysis::LatticeRange> &candidates,
                     const std::function<std::vector<std::optional<double>>(std::size_t)> &pooled,
                     int count)
{
    const std::vector<double> quantiles = analysis::defaultKnotQuantiles(count);
    std::vector<double> knots;
    analysis::finestLattice(candidates.size(), [&](std::size_t i) {
        knots
            = analysis::latticeKnots(candidates[i].first, candidates[i].step, pooled(i), quantiles);
        return !knots.empty();
    });
    return knots;
}

} // namespace

void FederatedRun::resolveDesign()
{
    Q_EMIT phaseChanged(QStringLiteral("design"));
    QList<SiteCatalogue> catalogues;
    for (int i : activeSlots())
        catalogues << SiteCatalogue { m_slots[size_t(i)].site.name,
                                      protocol::Catalogue { { m_slots[size_t(i)].catalogue } },
                                      m_slots[size_t(i)].info };
    const MergedCatalogue merged = mergeCatalogues(catalogues);
    if (!merged.conflicts.isEmpty())
        return fail(runError(QStringLiteral("catalogue"), merged.conflicts.first()));
    analysis::Result<analysis::ModelSpec> marked
        = analysis::markCategorical(m_options.spec, merged.kinds);
    if (!marked) {
        failAnalysis(QStringLiteral("design"), marked.error());
        return;
    }
    m_spec = *marked;
    m_design = {};
    m_design.spec = m_spec;
    for (const std::string &variable : modelVariables(m_spec)) {
        const auto kind = merged.kinds.find(variable);
        if (kind != merged.kinds.end() && kind->second == analysis::ColumnKind::Categorical)
            m_design.levels[variable] = merged.levels.at(variable);
    }
    std::vector<std::string> moments;
    for (const analysis::Predictor &p : m_spec.predictors) {
        if (p.transform == analysis::Transform::Standardise
            || p.transform == analysis::Transform::Spline) {
            if (std::find(moments.begin(), moments.end(), p.variable) == moments.end())
                moments.push_back(p.variable);
        }
    }
    if (moments.empty())
        finishResolution();
    else
        askMoments(moments);
}

// The sites of a descriptives study of the resolution (masked): every active site, with the
// keys this run recorded on first use.
QList<Site> FederatedRun::resolutionSites() const
{
    QList<Site> sites;
    for (int i : activeSlots()) {
        Site site = m_slots[size_t(i)].site;
        if (site.signingKey.isEmpty()) { // first use: the keys this run recorded
            site.signingKey = m_slots[size_t(i)].info.keys.signingKey;
            site.keyAgreementKey = m_slots[size_t(i)].info.keys.keyAgreementKey;
        }
        sites << site;
    }
    return sites;
}

// A site's failure in that study, as a failure in "descriptives" of that site.
std::function<void(const SiteError &)> FederatedRun::resolutionFailure()
{
    return [this, generation = m_generation](const SiteError &error) {
        if (generation != m_generation || !m_running)
            return;
        if (const int i = activeSlotOf(error.site); i >= 0)
            return siteFailed(i, QStringLiteral("descriptives"), error, false);
        RunError e;
        e.phase = QStringLiteral("descriptives");
        e.siteError = error;
        e.message = error.toString();
        fail(e);
    };
}

void FederatedRun::askMoments(const std::vector<std::string> &variables)
{
    m_moments.clear();
    // With the pooled moments of every variable: scaling, then the spline knots.
    auto known = [this, variables](const std::map<std::string, analysis::Moments> &totals) {
        for (const std::string &v : variables) {
            const auto found = totals.find(v);
            const analysis::Moments total
                = found == totals.end() ? analysis::Moments {} : found->second;
            if (!(total.count >= 2) || !(total.sd() > 0) || !std::isfinite(total.sd()))
                return fail(runError(
                    QStringLiteral("descriptives"),
                    Tr::tr("The variable %1 has no spread across the sites' cohorts, so it "
                           "cannot be standardised or given spline knots; use it as is or "
                           "leave it out.")
                        .arg(qs(v))));
            m_moments[v] = total;
        }
        std::vector<std::string> splines;
        for (const analysis::Predictor &p : m_spec.predictors) {
            if (p.transform == analysis::Transform::Standardise)
                m_design.scaling[p.variable]
                    = { m_moments[p.variable].mean, m_moments[p.variable].sd() };
            if (p.transform == analysis::Transform::Spline
                && std::find(splines.begin(), splines.end(), p.variable) == splines.end())
                splines.push_back(p.variable);
        }
        if (splines.empty())
            finishResolution();
        else
            askHistograms(splines);
    };
    if (m_mode == QLatin1String("masked")) {
        // Masked: the pooled moments of a descriptives study; no site's own reach the client.
        maskedDescriptives(
            this, m_transport, resolutionSites(),
            cohortDescriptives(m_options, m_spec, variables, {}),
            [this, known, generation = m_generation](const MaskedDescriptives &result) {
                if (generation != m_generation || !m_running)
                    return;
                m_report.studies << result.record; // the moments' study, for the audit
                std::map<std::string, analysis::Moments> totals;
                for (const PooledNumeric &n : result.pooled.numeric)
                    totals[n.variable.toStdString()] = n.moments;
                known(totals);
            },
            resolutionFailure());
        return;
    }
    askDescriptives(cohortDescriptives(m_options, m_spec, variables, {}),
                    [this, variables, known](const PerSiteDescriptives &perSite) {
                        std::map<std::string, analysis::Moments> totals;
                        for (const std::string &v : variables) {
                            analysis::Moments &total = totals[v];
                            for (int i : activeSlots()) {
                                for (const protocol::NumericDescription &d :
                                     perSite.at(i).numeric) {
                                    if (d.variable == qs(v))
                                        total += d.moments;
                                }
                            }
                        }
                        known(totals);
                    });
}

void FederatedRun::askDescriptives(const protocol::DescriptivesRequest &request,
                                   std::function<void(const PerSiteDescriptives &)> then)
{
    const Request asked = api::descriptives(request); // the same for every site
    auto perSite = std::make_shared<PerSiteDescriptives>();
    fanout(
        QStringLiteral("descriptives"), true, [asked](int) { return asked; },
        [this, perSite](int index, const QByteArray &body) -> std::optional<SiteError> {
            SiteError error;
            const QString &name = m_slots[size_t(index)].site.name;
            auto response = api::decode<protocol::DescriptivesResponse>(name, body, &error);
            if (!response)
                return error;
            (*perSite)[index] = *response;
            return std::nullopt;
        },
        [perSite, then] { then(*perSite); });
}

// Spline knots on a lattice common to every site (docs/privacy-rules.md "Breakpoints on the
// node's edges"): each node accepts only knots that are edges of its histogram, and its edges
// lie on its own lattice (a step that follows its own SD, bins merged where records are sparse).
// The client chooses the lattice: among the candidate steps of the pooled SD
// (analysis::latticeSteps), the finest whose pooled cells give distinct knots; a cell is pooled
// only where both its ends are edges at every site, and each knot is a quantile of the pooled
// cells rounded to such an end. Masked: the cells of every candidate come from one descriptives
// study (each node counts a cell only where both its ends are its edges; the client sees the
// sums only). Plain: the client computes the same cells from each site's released histogram.
void FederatedRun::askHistograms(const std::vector<std::string> &variables)
{
    auto candidates = std::make_shared<LatticeCandidates>(latticeCandidates(m_moments));
    for (auto it = candidates->begin(); it != candidates->end();) {
        if (std::find(variables.begin(), variables.end(), it->first) == variables.end())
            it = candidates->erase(it);
        else
            ++it;
    }
    // With the pooled cells of each variable's candidates (cells(variable, i)): the knots.
    auto place = [this, candidates](const std::function<std::vector<std::optional<double>>(
                                        const std::string &, std::size_t)> &cells) {
        for (const analysis::Predictor &p : m_spec.predictors) {
            if (p.transform != analysis::Transform::Spline || m_design.knots.count(p.variable))
                continue;
            const std::vector<double> knots = knotsOnCommonLattice(
                candidates->at(p.variable), [&](std::size_t i) { return cells(p.variable, i); },
                p.knots);
            if (knots.empty())
                return fail(runError(
                    QStringLiteral("descriptives"),
                    Tr::tr("The %1 knots of rcs(%2) cannot be placed at distinct values that are "
                           "edges of every site's histogram of %2; use fewer knots.")
                        .arg(p.knots)
                        .arg(qs(p.variable))));
            m_design.knots[p.variable] = knots;
        }
        finishResolution();
    };
    if (m_mode == QLatin1String("masked")) {
        std::map<std::string, std::vector<double>> none;
        protocol::DescriptivesRequest request
            = cohortDescriptives(m_options, m_spec, variables, none);
        // As many studies as the contributions' length needs (LatticeCellsRun).
        auto *cells = new LatticeCellsRun(m_transport, this);
        cells->start(
            resolutionSites(), request, *candidates,
            [this, cells, place, generation = m_generation](
                const CandidateCells &pooled, const QList<protocol::StudyRecord> &records) {
                cells->deleteLater();
                if (generation != m_generation || !m_running)
                    return;
                m_report.studies << records; // the knots' lattice cells, for the audit
                place([&](const std::string &v, std::size_t i) {
                    const auto found = pooled.find(v);
                    if (found == pooled.end())
                        return std::vector<std::optional<double>>();
                    const auto &of = found->second;
                    return i < of.size() ? of[i] : std::vector<std::optional<double>>();
                });
            },
            [cells, failed = resolutionFailure()](const SiteError &error) {
                cells->deleteLater();
                failed(error);
            });
        return;
    }
    // Plain: one histogram per site over the widest candidate range; the node releases its own
    // edges within it (the request's inner edges are not used).
    std::map<std::string, std::vector<double>> edges;
    for (const std::string &v : variables) {
        const analysis::Moments &m = m_moments[v];
        edges[v] = analysis::evenEdges(m.mean - 8 * m.sd(), m.mean + 8 * m.sd(),
                                       m_options.histogramBins);
        for (const analysis::LatticeRange &r : candidates->at(v)) {
            edges[v].front() = std::min(edges[v].front(), r.first);
            edges[v].back() = std::max(edges[v].back(), r.last);
        }
    }
    askDescriptives(
        cohortDescriptives(m_options, m_spec, variables, edges),
        [this, candidates, place](const PerSiteDescriptives &perSite) {
            // The cells of every candidate from each site's released histogram, as
            // plain descriptives pool them (maskeddescriptives.h).
            QList<protocol::DescriptivesResponse> answers;
            for (int s : activeSlots())
                answers << perSite.at(s);
            const CandidateCells pooled = candidateCells(*candidates, answers);
            place([&](const std::string &v, std::size_t i) { return pooled.at(v).at(i); });
        });
}

void FederatedRun::finishResolution()
{
    if (const std::vector<analysis::Error> problems = analysis::checkResolved(m_design);
        !problems.empty()) {
        failAnalysis(QStringLiteral("design"), problems.front());
        return;
    }
    m_report.design = m_design;
    m_report.designHash = protocol::designHash(m_design);
    m_terms = m_design.termNames();
    fitModel();
}

// ---- studies ---------------------------------------------------------------------------------

void FederatedRun::fitModel()
{
    runStudy(protocol::JobKind::Glm, QStringLiteral("fit"), [this](analysis::GlmResult result) {
        m_report.glm = std::move(result);
        afterFit();
    });
}

namespace {

struct FitCalibration {
    double slope = 1.0;
    double slopeSe = 0.0;
    double intercept = 0.0;
    double interceptSe = 0.0;
};

// The calibration of a binomial fit on the records it was fitted to (its apparent calibration),
// from the model study's own sums instead of two more studies (issue 16, branch `sites`).
// Calibration slope: glm(y ~ lp); calibration-in-the-large: glm(y ~ 1 + offset(lp)), lp = Xβ of
// the final β. At lp the slope model's parameters (0, 1) and the intercept model's 0 are the
// fitted model itself, and their statistics there are linear in the model's: with A = XᵀWX and
// U = Xᵀ(y − μ) at the final β, the slope model's information is [[A₀₀, (Aβ)₀], [(Aβ)₀, βᵀAβ]] and
// its score (U₀, Uᵀβ); the intercept model's A₀₀ and U₀ (column 0 is the intercept). The final β
// is the last evaluated round's β plus the Newton step from that round's statistics (no round
// at it), so A and U at the final β are taken to first order from that round's: A, and
// U − A(β_final − β_round), which that step makes zero up to rounding: a converged unpenalised
// fit with an intercept solves Σ(y − μ)x = 0, hence Σ(y − μ) = 0 and Σ(y − μ)·lp = 0. One Newton
// step of each calibration model from the fitted model then gives its estimate (slope 1 and
// intercept 0 up to the fit's tolerance) and the information its SE — what the two calibration
// studies computed, to within the fit's last step (far inside 1e-6). Nothing is released for
// it: the sums are the ones this client decoded for the fit. Not for an offset (lp then holds
// it and A does not), a ridge penalty (the score is λβ, not 0), a design without intercept or
// a held-out site (calibrated on records the model was not fitted to): those run the studies.
std::optional<FitCalibration> calibrationFromFit(const analysis::RoundStats &sum,
                                                 const Eigen::VectorXd &sumBeta,
                                                 const analysis::GlmResult &fit,
                                                 const std::vector<std::string> &terms)
{
    const Eigen::Index p = Eigen::Index(terms.size());
    if (p < 1 || terms.front() != "(Intercept)" || fit.ridgeLambda != 0.0
        || fit.family != analysis::Family::Binomial || sum.p != int(p) || fit.beta.size() != p
        || sumBeta.size() != p || sum.score.size() != std::size_t(p))
        return std::nullopt;
    const Eigen::MatrixXd a = sum.xtwx();
    const Eigen::VectorXd &beta = fit.beta;
    const Eigen::VectorXd score = sum.scoreVector() - a * (beta - sumBeta);
    const Eigen::VectorXd aBeta = a * beta;
    const double w = a(0, 0); // Σw
    const double wLp = aBeta(0); // Σw·lp
    const double wLp2 = beta.dot(aBeta); // Σw·lp²
    const double det = w * wLp2 - wLp * wLp;
    if (!(w > 0.0) || !(det > 0.0) || !std::isfinite(det) || !score.allFinite())
        return std::nullopt;
    const double g0 = score(0);
    const double g1 = score.dot(beta);
    FitCalibration c;
    c.slope = 1.0 + (w * g1 - wLp * g0) / det;
    c.slopeSe = std::sqrt(w / det);
    c.intercept = g0 / w;
    c.interceptSe = 1.0 / std::sqrt(w);
    if (!std::isfinite(c.slope) || !std::isfinite(c.slopeSe) || !std::isfinite(c.intercept))
        return std::nullopt;
    return c;
}

} // namespace

void FederatedRun::afterFit()
{
    // What follows the pooled fit needs only the GLM study's open jobs (the fits at each site
    // alone, the plain evaluation) or its final β, which every node registered when it converged
    // (the masked evaluation, the two calibration studies). None needs another's result, so all
    // start at once and the run completes when the last one ends: the round trips overlap, and a
    // node computes one request while the next is on the wire.
    const bool perSite = m_options.perSiteFits && m_glm->slots.size() >= 2 && observerSlot() < 0;
    const bool evaluation = m_spec.family == analysis::Family::Binomial && m_options.evaluate;
    bool calibration = evaluation && m_options.calibration;
    // The fit's calibration on its own records from the model study's last sums, where that is
    // exactly what the two calibration studies would compute (calibrationFromFit): two studies
    // fewer per fit, each a job, an arming and three rounds at every node.
    if (calibration && observerSlot() < 0 && m_spec.offset.empty() && m_glm && m_glm->lastSum) {
        if (const std::optional<FitCalibration> c
            = calibrationFromFit(*m_glm->lastSum, m_glm->lastSumBeta, m_report.glm, m_terms)) {
            m_report.calibrationSlope = c->slope;
            m_report.calibrationSlopeSe = c->slopeSe;
            m_report.calibrationIntercept = c->intercept;
            m_report.calibrationInterceptSe = c->interceptSe;
            calibration = false;
        }
    }
    m_parts = int(perSite) + int(evaluation) + (calibration ? 2 : 0);
    if (m_parts == 0) {
        complete();
        return;
    }
    const int generation = m_generation;
    auto running = [this, generation] {
        return m_running && generation == m_generation;
    };
    // A masked evaluation is a study of its own whose jobs name the fitted study, not the GLM
    // study's jobs; those it uses only for the subgroups after it (evaluateSubgroups). It holds
    // them only until its own jobs are open at every site (openStudy): the GLM jobs are then
    // cancelled while the evaluation's round runs, instead of in one more round trip at the
    // run's end (issue 16, branch sites5). Not before: a node that has released the fit's job
    // and is idle gives the memory back, and the evaluation's job and round at that node then
    // expand the design's columns again into fresh pages (the warm fit's regression between
    // 8240a8d and cedd399, docs/performance.md, "The warm fit's regression").
    m_glm->evaluationUsesJobs = evaluation
        && !(m_mode == QLatin1String("masked") && observerSlot() < 0
             && m_options.subgroup.isEmpty());
    m_glm->evaluationHoldsJobs = evaluation && !m_glm->evaluationUsesJobs;
    m_glm->jobUsers = int(perSite) + int(evaluation);
    // The per-site fit ends its node's job where it is the job's last user and the node takes
    // {"end_job": true}: one DELETE fewer per site (issue 16, branch sites8). While the masked
    // evaluation holds the jobs it is sent when they are released, as their DELETE was.
    m_glm->siteFitsEndJobs = perSite && !m_glm->evaluationUsesJobs
        && std::any_of(m_glm->slots.begin(), m_glm->slots.end(), [this](int index) {
                                 return m_slots[size_t(index)].info.capabilities.contains(
                                     QStringLiteral("site-fit-ends-job"));
                             });
    m_glm->siteFitsWait = m_glm->siteFitsEndJobs && m_glm->evaluationHoldsJobs;
    if (m_glm->jobUsers == 0)
        closeStudyJobs(*m_glm, false);
    if (perSite && !m_glm->siteFitsWait)
        fitPerSite();
    if (evaluation && running())
        evaluate();
    if (calibration && running())
        calibrate(protocol::JobKind::CalibrationSlope, QStringLiteral("calibration slope"));
    if (calibration && running())
        calibrate(protocol::JobKind::CalibrationIntercept, QStringLiteral("calibration intercept"));
}

void FederatedRun::partDone()
{
    if (m_running && --m_parts == 0)
        complete();
}

void FederatedRun::glmJobsDone()
{
    if (m_glm && --m_glm->jobUsers == 0)
        closeStudyJobs(*m_glm, false);
}

void FederatedRun::closeStudyJobs(const Study &study, bool nodeEnds)
{
    // A failure here changes nothing the run computed; a job not cancelled expires at the node.
    std::vector<std::pair<int, QString>> jobs;
    for (const auto &[index, jobId] : study.jobIds) {
        const auto open = std::find(m_openJobs.begin(), m_openJobs.end(),
                                    std::pair<int, QString>(index, jobId));
        if (open == m_openJobs.end())
            continue; // cancelled already
        m_openJobs.erase(open);
        if (nodeEnds
            && m_slots[size_t(index)].info.capabilities.contains(
                study.kind == protocol::JobKind::Evaluation
                    ? QStringLiteral("ends-evaluation-jobs")
                    : QStringLiteral("ends-calibration-jobs")))
            continue;
        jobs.emplace_back(index, jobId);
    }
    if (jobs.empty() || !m_running)
        return;
    ++m_parts; // answered before the run completes
    cancelJobs(jobs, [this] { partDone(); });
}

void FederatedRun::cancelJobs(const std::vector<std::pair<int, QString>> &jobs,
                              std::function<void()> then)
{
    if (jobs.empty()) {
        then();
        return;
    }
    const int generation = m_generation;
    auto outstanding = std::make_shared<int>(int(jobs.size()));
    for (const auto &[index, jobId] : jobs) {
        Reply *reply = m_transport->send(m_slots[size_t(index)].site, api::cancelJob(jobId));
        m_inFlight << reply;
        connect(reply, &Reply::finished, this, [this, reply, generation, outstanding, then] {
            m_inFlight.removeAll(reply);
            reply->deleteLater();
            if (generation != m_generation || !m_running)
                return;
            if (--*outstanding == 0)
                then();
        });
    }
}

std::optional<SiteError> FederatedRun::studyError(const Study &study, int participant,
                                                  const QString &what) const
{
    const int index = study.everyone.at(size_t(participant));
    SiteError e;
    e.site = m_slots[size_t(index)].site.name;
    e.kind = SiteError::Kind::Protocol;
    e.code = QStringLiteral("study-check");
    e.message = Tr::tr("Site %1 failed the client's check of the study: %2. The study was "
                       "stopped and nothing more was released; run it again, and if this "
                       "repeats, tell the site's administrator.")
                    .arg(e.site, what);
    return e;
}

void FederatedRun::runStudy(protocol::JobKind kind, const QString &phase,
                            std::function<void(analysis::GlmResult)> then)
{
    // The masked evaluation made when the fit's last round went out, whose jobs that round's
    // batches opened (roundAnswered): opened from their answers (openStudy).
    if (kind == protocol::JobKind::Evaluation && m_glm && !m_glm->buildingAhead
        && m_glm->evaluationAhead) {
        std::shared_ptr<Study> ahead = std::exchange(m_glm->evaluationAhead, {});
        ahead->then = std::move(then);
        openStudy(ahead);
        return;
    }
    auto study = std::make_shared<Study>();
    study->kind = kind;
    study->phase = phase;
    study->then = std::move(then);
    const bool glm = kind == protocol::JobKind::Glm;
    // Leave one site out: the held-out site observes the GLM study and is the only participant
    // of its calibration studies.
    const int held = observerSlot();
    QList<StudySite> sites;
    QList<StudySite> observers;
    for (int i : activeSlots()) {
        const StudySite site { m_slots[size_t(i)].site.name, m_slots[size_t(i)].info };
        if (held < 0 || (glm ? i != held : i == held)) {
            sites << site;
        } else if (glm) {
            observers << site;
        }
    }
    QString setupMode;
    if (glm) {
        // Sites left out so far change how many take part, and so what auto means.
        const ModeChoice choice = chooseMode(m_options.mode, sites);
        if (const int i = choice.error ? activeSlotOf(choice.error->site) : -1; i >= 0)
            return siteFailed(i, phase, *choice.error, false);
        m_mode = choice.mode;
    } else if (held >= 0) {
        // The held-out site's calibration on its own records: one participant, whose own
        // statistics the client sees in either mode; plain is what a node of one offers.
        const ModeChoice choice = chooseMode(StudyMode::Auto, sites);
        if (choice.error) {
            siteFailed(held, phase, *choice.error, false);
            return;
        }
        setupMode = choice.mode;
    }
    StudySetup setup;
    setup.observers = observers;
    setup.purpose = m_options.purpose;
    setup.dataset = m_options.dataset;
    setup.kind = kind;
    setup.design = m_design;
    setup.mode = setupMode.isEmpty() ? m_mode : setupMode;
    setup.fitNullModel = glm;
    if (!glm)
        setup.fittedStudy = m_glm->hash;
    // Every round of a study is a round of each node's job, capped by the node's policy; the
    // null model's rounds (at most 1 without offset, its deviance being closed-form; up to 8
    // with an offset) and the attestation of the final β count too.
    int cap = 25;
    for (int i : activeSlots())
        cap = std::min(cap, m_slots[size_t(i)].info.policy.disclosure.maxRounds);
    const int reserve = (setup.fitNullModel ? (m_spec.offset.empty() ? 1 : 8) : 0) + 1;
    setup.maxRounds = std::max(1, std::min(25, cap - reserve));
    setup.sites = sites;
    ManifestChoice made = makeManifest(setup);
    if (made.error) {
        RunError e;
        e.site = made.error->site;
        e.phase = phase;
        e.siteError = made.error;
        e.message = made.error->message;
        fail(e);
        return;
    }
    study->manifest = std::move(made.manifest);
    // The slope study starts at the fitted model (0, 1), its MLE on the training records up to
    // the fit's tolerance, when every site of it takes the manifest field (issue 16).
    if (kind == protocol::JobKind::CalibrationSlope) {
        bool start = true;
        for (const StudySite &site : sites)
            start = start && site.info.capabilities.contains(QStringLiteral("calibration-start"));
        study->manifest.startAtFittedModel = start;
    }
    study->hash = protocol::studyHash(study->manifest);
    study->signedBytes
        = protocol::manifestSignedBytes(study->manifest, protocol::manifestBytes(study->manifest));
    const qsizetype participants = study->manifest.participants.size();
    study->everyone.assign(size_t(participants + study->manifest.observers.size()), -1);
    for (int i : activeSlots()) {
        const QString &name = m_slots[size_t(i)].info.name;
        int k = participantIndex(study->manifest, name);
        for (qsizetype j = 0; k < 0 && j < study->manifest.observers.size(); ++j) {
            if (study->manifest.observers.at(j).name == name)
                k = int(participants + j);
        }
        if (k < 0)
            continue; // not in this study (a held-out site's own calibration)
        study->everyone[size_t(k)] = i;
        study->participant[i] = k;
    }
    study->slots.assign(study->everyone.begin(), study->everyone.begin() + participants);
    // Tags when every site of a model study takes them (evaluation and descriptives studies
    // have one round and relay nothing).
    const auto everyoneHas = [&](const QString &capability) {
        return std::all_of(study->everyone.begin(), study->everyone.end(), [&](int i) {
            return i >= 0 && m_slots[size_t(i)].info.capabilities.contains(capability);
        });
    };
    study->tagged = (kind == protocol::JobKind::Glm || kind == protocol::JobKind::CalibrationSlope
                     || kind == protocol::JobKind::CalibrationIntercept)
        && everyoneHas(QStringLiteral("contribution-tags"));
    study->binaryRelay = study->tagged && everyoneHas(QStringLiteral("binary-relay"));
    study->tags.assign(size_t(participants), {});
    study->armsWithRoundOne = everyoneHas(QStringLiteral("arms-with-round-one"));
    for (const protocol::StudyParticipant &p : study->manifest.participants)
        study->signatures << protocol::ManifestSignature { p.name, {} };
    for (const protocol::StudyParticipant &p : study->manifest.observers)
        study->signatures << protocol::ManifestSignature { p.name, {} };
    study->manifestTags.assign(study->everyone.size(), {});
    study->sumSeeds.assign(study->everyone.size(), {});
    study->sumTags.assign(size_t(participants), {});
    if (kind == protocol::JobKind::Evaluation && m_glm && m_glm->buildingAhead) {
        m_glm->evaluationAhead = study; // its jobs go with the fit's last round (studyRound)
        return;
    }
    openStudy(study);
}

namespace {

// Position k of a study: participant k, or observer k − participants.
const protocol::StudyParticipant &studyNode(const protocol::StudyManifest &manifest, int k)
{
    const int participants = int(manifest.participants.size());
    return k < participants ? manifest.participants.at(k) : manifest.observers.at(k - participants);
}

QList<int> toList(const std::vector<int> &v)
{
    return QList<int>(v.begin(), v.end());
}

// What each site made for node k (tags[i] holds site i's, one per node), in site order, k's
// own slot empty.
QList<QByteArray> tagsFor(const std::vector<QList<QByteArray>> &tags, int k)
{
    QList<QByteArray> out;
    for (int i = 0; i < int(tags.size()); ++i)
        out << (i == k ? QByteArray() : tags[size_t(i)].value(k));
    return out;
}

} // namespace

void FederatedRun::openStudy(std::shared_ptr<Study> study)
{
    const bool glm = study->kind == protocol::JobKind::Glm;
    if (m_options.checkOnly && glm) {
        QList<std::pair<int, Site>> sites;
        for (int index : activeSlots())
            sites.append({ index, m_slots[size_t(index)].site });
        checkAtSites(study->manifest, sites);
        return;
    }
    // One body for every node (the manifest grows with the sites: at 100 sites encoding it for
    // each node was O(N²) of the client's CPU per study); the request shares its bytes.
    protocol::StudyJobRequest jobRequest;
    jobRequest.manifest = study->manifest;
    const Request job = api::openJob(jobRequest);
    // The per-site fits that wait for the masked evaluation's jobs (afterFit) go with them in
    // one request batch to each node that takes batches: the evaluation's job first, then the
    // site fit that ends the model's job, in the order the two requests had (issue 16, branch
    // sites11; docs/protocol.md, "Requests in one batch"). One request fewer per node.
    std::map<int, Request> batches;
    if (study->kind == protocol::JobKind::Evaluation && m_glm && m_glm->siteFitsWait
        && study->aheadJobs.empty()) {
        for (int index : m_glm->slots) {
            const QStringList &capabilities = m_slots[size_t(index)].info.capabilities;
            if (!study->participant.count(index) || !m_glm->jobIds.count(index)
                || !capabilities.contains(QStringLiteral("batch"))
                || !capabilities.contains(QStringLiteral("site-fit-ends-job")))
                continue;
            const Request fit = api::siteFit(m_glm->jobIds.at(index), true);
            Request batch;
            batch.method = "POST";
            batch.path = QStringLiteral("/v1/batch");
            batch.body = protocol::encodeBatch(
                { { job.path.toUtf8(), false, job.body }, { fit.path.toUtf8(), false, fit.body } });
            batches.emplace(index, std::move(batch));
            m_glm->siteFitsInBatch.insert(index);
        }
    }
    auto onJob
        = [this, study, glm](int index, const QByteArray &answer) -> std::optional<SiteError> {
        Slot &slot = m_slots[size_t(index)];
        SiteError error;
        QByteArray body = answer;
        if (protocol::isBatchAnswer(answer)) {
            // The job's answer (fanoutTo checked that it succeeded), and the site fit's,
            // kept for fitPerSite.
            const std::optional<QList<protocol::BatchAnswer>> answers
                = batchAnswers(slot.site.name, answer, &error);
            if (!answers)
                return error;
            if (answers->size() != 2 || !m_glm || !m_glm->siteFitsInBatch.count(index))
                return api::protocolError(slot.site.name,
                                          Tr::tr("its answer to a request batch has %1 "
                                                 "parts, not the 2 sent")
                                              .arg(answers->size()));
            body = answers->at(0).body;
            m_glm->batchedSiteFits[index] = answers->at(1);
        }
        const auto created = api::decode<protocol::JobCreated>(slot.site.name, body, &error);
        if (!created)
            return error;
        study->jobIds[index] = created->jobId;
        if (std::find(m_openJobs.begin(), m_openJobs.end(),
                      std::pair<int, QString>(index, created->jobId))
            == m_openJobs.end())
            m_openJobs.emplace_back(index, created->jobId); // (listed when opened ahead)
        const int k = study->participant.at(index);
        if (created->study != study->hash)
            return studyError(*study, k,
                              Tr::tr("it opened its job for another study (%1, not %2)")
                                  .arg(created->study, study->hash));
        if (created->designHash != study->manifest.designHash)
            return studyError(*study, k,
                              Tr::tr("its job's design hash %1 differs from the manifest's %2")
                                  .arg(created->designHash, study->manifest.designHash));
        if (!verifyManifestSignature(study->manifest, studyNode(study->manifest, k),
                                     created->manifestSignature, study->signedBytes))
            return studyError(*study, k,
                              Tr::tr("its signature of the study's manifest does not verify "
                                     "with its pinned signing key"));
        study->signatures[k].signature = created->manifestSignature;
        // One entry per site of the study, none (empty) for the answering site itself.
        const auto onePerOtherSite = [&](const QList<QByteArray> &entries) {
            if (entries.size() != qsizetype(study->everyone.size()))
                return false;
            for (qsizetype i = 0; i < entries.size(); ++i) {
                if (entries.at(i).isEmpty() != (i == k))
                    return false;
            }
            return true;
        };
        if (study->manifest.armsByTags) {
            // One tag per site, none for itself; the client cannot check them (only the two
            // sites of a pair hold the key), each node checks those made for it.
            const QList<QByteArray> &tags = created->manifestTags;
            if (!onePerOtherSite(tags))
                return studyError(*study, k,
                                  Tr::tr("its manifest tags are not one per site of the study "
                                         "with its own slot empty"));
            study->manifestTags[size_t(k)] = tags;
        }
        if (study->manifest.summedRelay) {
            // One sealed seed per site, none for itself; only the site it is sealed for
            // opens it (the client cannot read it).
            const QList<QByteArray> &seeds = created->sumSeeds;
            if (!onePerOtherSite(seeds))
                return studyError(*study, k,
                                  Tr::tr("its sealed sum seeds are not one per site of the "
                                         "study with its own slot empty"));
            study->sumSeeds[size_t(k)] = seeds;
        }
        std::vector<std::string> terms;
        for (const QString &t : created->terms)
            terms.push_back(t.toStdString());
        if (glm && terms != m_terms)
            return api::protocolError(slot.site.name,
                                      Tr::tr("the node's design terms differ from the client's"));
        if (study->terms.empty())
            study->terms = terms;
        else if (study->terms != terms)
            return api::protocolError(slot.site.name,
                                      Tr::tr("the node's job terms differ from another site's"));
        if (glm) {
            slot.record.cohortSize = created->cohortSize;
            slot.record.counts = created->counts;
        }
        setState(index, SiteState::Working,
                 Tr::tr("manifest signed, cohort of %1 records").arg(created->cohortSize));
        return std::nullopt;
    };
    auto opened = [this, study] {
        // A site left out while opening (--continue-without-failed) is in the manifest the
        // others signed: the study starts again without it, under a new study id.
        for (int index : study->everyone) {
            if (m_slots[size_t(index)].active)
                continue;
            for (const auto &[i, jobId] : study->jobIds) {
                std::erase(m_openJobs, std::pair<int, QString>(i, jobId));
                Reply *reply = m_transport->send(m_slots[size_t(i)].site, api::cancelJob(jobId));
                connect(reply, &Reply::finished, reply, &QObject::deleteLater);
            }
            runStudy(study->kind, study->phase, study->then);
            return;
        }
        // The masked evaluation's jobs are open at every site: the GLM jobs it held until
        // now are cancelled while its round runs (afterFit).
        if (study->kind == protocol::JobKind::Evaluation && m_glm
            && std::exchange(m_glm->evaluationHoldsJobs, false)) {
            // The per-site fits that end the jobs go now, where the DELETEs went.
            if (std::exchange(m_glm->siteFitsWait, false))
                fitPerSite();
            glmJobsDone();
        }
        study->coordinator.emplace(protocol::studyModel(study->manifest).coordinator());
        // Round 1 carries the signatures (or the manifest tags) and arms the study where every
        // site takes it.
        if (study->armsWithRoundOne || study->manifest.armsByTags)
            studyRound(study);
        else
            armStudy(study);
    };
    if (!study->aheadJobs.empty()) {
        // Opened by the fit's last round (its batches' second parts): the answers are here.
        Q_EMIT phaseChanged(study->phase + QStringLiteral(": job"));
        const int generation = m_generation;
        QMetaObject::invokeMethod(
            this,
            [this, study, onJob, opened, generation] {
                if (generation != m_generation || !m_running)
                    return;
                const QString phase = study->phase + QStringLiteral(": job");
                for (int index : study->everyone) {
                    const QString &name = m_slots[size_t(index)].site.name;
                    const auto answer = study->aheadJobs.find(index);
                    std::optional<SiteError> problem;
                    if (answer == study->aheadJobs.end())
                        problem = api::protocolError(
                            name, Tr::tr("it did not open the evaluation's job"));
                    else if (answer->second.status < 200 || answer->second.status >= 300)
                        problem = batchPartError(name, answer->second);
                    else
                        problem = onJob(index, answer->second.body);
                    if (problem) {
                        siteFailed(index, phase, *problem, false);
                        return;
                    }
                    setState(index, SiteState::Done, phase);
                }
                opened();
            },
            Qt::QueuedConnection);
        return;
    }
    fanoutTo(
        toList(study->everyone), study->phase + QStringLiteral(": job"), glm,
        [job, batches = std::move(batches)](int index) {
            const auto batch = batches.find(index);
            return batch == batches.end() ? job : batch->second;
        },
        onJob, opened);
}

void FederatedRun::armStudy(std::shared_ptr<Study> study)
{
    protocol::SignatureRelay relay;
    relay.signatures = study->signatures;
    const QByteArray encoded = api::encodeBody(relay); // once, the same bytes to every node
    fanoutTo(
        toList(study->everyone), study->phase + QStringLiteral(": signatures"), false,
        [study, encoded](int index) {
            return api::relaySignatures(study->jobIds.at(index), encoded);
        },
        [this, study](int index, const QByteArray &body) -> std::optional<SiteError> {
            const QString &name = m_slots[size_t(index)].site.name;
            SiteError error;
            const auto armed = api::decode<protocol::StudyArmed>(name, body, &error);
            if (!armed)
                return error;
            const int k = study->participant.at(index);
            QStringList expected;
            for (const protocol::StudyParticipant &p : study->manifest.participants)
                expected << p.name;
            for (const protocol::StudyParticipant &p : study->manifest.observers)
                expected << p.name;
            if (armed->study != study->hash || armed->jobId != study->jobIds.at(index))
                return studyError(*study, k,
                                  Tr::tr("it armed another study or job (%1, job %2)")
                                      .arg(armed->study, armed->jobId));
            if (armed->verified != expected)
                return studyError(*study, k,
                                  Tr::tr("it verified the signatures of %1, the study's "
                                         "participants are %2")
                                      .arg(armed->verified.join(QStringLiteral(", ")),
                                           expected.join(QStringLiteral(", "))));
            setState(index, SiteState::Working, Tr::tr("every participant's signature verified"));
            return std::nullopt;
        },
        [this, study] { studyRound(study); });
}

void FederatedRun::studyRound(std::shared_ptr<Study> study)
{
    ++study->round;
    study->answers.clear();
    study->observerAnswers.clear();
    protocol::RoundRelay relay;
    relay.round = study->round;
    relay.previous = study->previous;
    const bool manifestTags = study->round == 1 && study->manifest.armsByTags;
    if (study->round == 1 && study->armsWithRoundOne && !manifestTags)
        relay.signatures = study->signatures; // every node verifies them all before round 1
    // The binary relay's parts, or the JSON relay: once, the same bytes to every node.
    const bool binary = study->binaryRelay && !relay.previous.isEmpty();
    const bool summed = binary && study->manifest.summedRelay;
    const QByteArray encoded = summed ? protocol::summedRelayParts(relay.previous)
        : binary                      ? protocol::relayParts(relay.previous)
                                      : api::encodeBody(relay);
    const int count = int(relay.previous.size());
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    // The model study's last round with the masked evaluation's job and the site fit that ends
    // the model's job, as parts 2 and 3 of one batch (roundAnswered made the evaluation ahead).
    std::shared_ptr<Study> ahead
        = study->expect == Study::Expect::Converged ? study->evaluationAhead : nullptr;
    QByteArray evaluationJob;
    if (ahead) {
        protocol::StudyJobRequest jobRequest;
        jobRequest.manifest = ahead->manifest;
        evaluationJob = api::openJob(jobRequest).body;
    }
    auto oneRound = [study, encoded, manifestTags, binary, summed, count](int index) {
        const int k = study->participant.at(index);
        QByteArray body = encoded;
        if (summed) {
            // This node's linear tags in front of the fields and the word sum.
            body = protocol::summedRelayBody(study->round, tagsFor(study->sumTags, k), encoded,
                                             count);
        } else if (binary) {
            // This node's tags in front of the parts (relaycodec.h).
            body = protocol::relayBody(study->round, tagsFor(study->tags, k), encoded, count);
        } else if (study->tagged) {
            // The same relay with this node's tags in front: {"tags":[...], + the rest.
            body = api::withTags(
                body, study->previous.isEmpty() ? QList<QByteArray>() : tagsFor(study->tags, k));
        }
        if (manifestTags) {
            // Round 1: every other site's manifest tag for this node, in manifest order.
            body = api::withManifestTags(body, tagsFor(study->manifestTags, k));
            if (study->manifest.summedRelay)
                body = api::withSumSeeds(body, tagsFor(study->sumSeeds, k));
        }
        return api::round(study->jobIds.at(index), body);
    };
    fanoutTo(
        toList(study->everyone), study->phase + QStringLiteral(": round %1").arg(study->round),
        false,
        [study, oneRound, ahead, evaluationJob, binary](int index) {
            Request round = oneRound(index);
            if (!ahead)
                return round;
            const Request fit = api::siteFit(study->jobIds.at(index), true);
            Request batch;
            batch.method = "POST";
            batch.path = QStringLiteral("/v1/batch");
            batch.body
                = protocol::encodeBatch({ { round.path.toUtf8(), binary, round.body },
                                          { QByteArrayLiteral("/v1/jobs"), false, evaluationJob },
                                          { fit.path.toUtf8(), false, fit.body } });
            return batch;
        },
        [this, study, ahead](int index, const QByteArray &batchOrBody) -> std::optional<SiteError> {
            const QString &name = m_slots[size_t(index)].site.name;
            const int k = study->participant.at(index);
            const int participants = int(study->slots.size());
            SiteError error;
            QByteArray body = batchOrBody;
            if (protocol::isBatchAnswer(batchOrBody)) {
                // The round's answer (fanoutTo checked that it succeeded); the evaluation's
                // job and the site fit are kept for runStudy and fitPerSite.
                const std::optional<QList<protocol::BatchAnswer>> answers
                    = batchAnswers(name, batchOrBody, &error);
                if (!answers)
                    return error;
                if (!ahead || answers->size() != 3)
                    return api::protocolError(name,
                                              Tr::tr("its answer to a request batch has %1 "
                                                     "parts, not the 3 sent")
                                                  .arg(answers->size()));
                body = answers->at(0).body;
                ahead->aheadJobs[index] = answers->at(1);
                study->batchedSiteFits[index] = answers->at(2);
                // Listed at once, so that a run that ends now still cancels it.
                if (const auto created
                    = api::decode<protocol::JobCreated>(name, answers->at(1).body, &error);
                    created && answers->at(1).status == 201)
                    m_openJobs.emplace_back(index, created->jobId);
            }
            QList<QByteArray> tags;
            QList<QByteArray> sumTags;
            const bool summedStudy = study->manifest.summedRelay;
            auto answer = study->tagged
                ? api::decodeTagged(name, body, int(study->everyone.size()), &tags, &error,
                                    summedStudy ? &sumTags : nullptr)
                : api::decodeSigned(name, body, &error);
            if (!answer)
                return error;
            if (summedStudy && k < participants && sumTags.value(k, "-") != QByteArray())
                return studyError(*study, k,
                                  Tr::tr("its sum tags are not one per site of the study with "
                                         "its own slot empty"));
            if (study->tagged && k < participants && tags.value(k, "-") != QByteArray())
                return studyError(*study, k,
                                  Tr::tr("its contribution tags are not one per site of the "
                                         "study with its own slot empty"));
            const int p = int(study->terms.size());
            const QString problem = k < participants
                ? checkContribution(study->manifest, study->hash, k, study->round, p, *answer)
                : checkObserverContribution(study->manifest, study->hash, k - participants,
                                            study->round, p, *answer);
            if (!problem.isEmpty())
                return studyError(*study, k, problem);
            if (k < participants) {
                study->answers[k] = std::move(answer).value();
                study->tags[size_t(k)] = std::move(tags);
                study->sumTags[size_t(k)] = std::move(sumTags);
            } else
                study->observerAnswers[k] = std::move(answer).value();
            return std::nullopt;
        },
        [this, study, clock] { roundAnswered(study, clock->elapsed()); });
}

namespace {

bool sameBits(const std::vector<double> &a, const Eigen::VectorXd &b)
{
    return a.size() == size_t(b.size())
        && (a.empty() || std::memcmp(a.data(), b.data(), a.size() * sizeof(double)) == 0);
}

} // namespace

void FederatedRun::roundAnswered(std::shared_ptr<Study> study, qint64 ms)
{
    using Status = protocol::ContributionStatus;
    if (study->kind == protocol::JobKind::Evaluation)
        return evaluationAnswered(study);
    // Moved out of the answers (the next round clears them; nothing reads them meanwhile).
    QList<protocol::SignedContribution> inOrder;
    inOrder.reserve(qsizetype(study->slots.size()));
    for (size_t k = 0; k < study->slots.size(); ++k)
        inOrder << std::move(study->answers.at(int(k)));
    auto stop = [&](int k, const QString &what) {
        siteFailed(study->everyone[size_t(k)], study->phase, *studyError(*study, k, what), false);
    };
    // An observer acknowledges each round at the β every participant used, and attests the same
    // final β: it computed both itself from the relayed contributions.
    const int participants = int(study->slots.size());
    for (int k = participants; k < int(study->everyone.size()); ++k) {
        const protocol::Contribution &c = study->observerAnswers.at(k).contribution;
        const Status wanted = study->expect == Study::Expect::Converged ? Status::Converged
            : study->expect == Study::Expect::Failed                    ? Status::Failed
                                                                        : Status::Observed;
        if (c.status != wanted)
            return stop(k,
                        Tr::tr("as an observer it answered '%1' in round %2, where '%3' was due")
                            .arg(protocol::contributionStatusId(c.status))
                            .arg(study->round)
                            .arg(protocol::contributionStatusId(wanted)));
        if (wanted == Status::Converged && !sameBits(c.finalBeta, study->result->beta))
            return stop(k,
                        Tr::tr("its attested final β differs from the β this client computed "
                               "from the same sums"));
        if (wanted == Status::Observed && !inOrder.isEmpty()
            && c.betaHash != inOrder.first().contribution.betaHash)
            return stop(k,
                        Tr::tr("as an observer it computed round %1 at another β than the "
                               "participants")
                            .arg(study->round));
    }

    if (study->expect == Study::Expect::Converged) {
        for (int k = 0; k < int(inOrder.size()); ++k) {
            const protocol::Contribution &c = inOrder.at(k).contribution;
            if (c.status != Status::Converged)
                return stop(k,
                            Tr::tr("it answered '%1' where every coordinator converged; it did "
                                   "not attest the final β")
                                .arg(protocol::contributionStatusId(c.status)));
            if (!sameBits(c.finalBeta, study->result->beta))
                return stop(k,
                            Tr::tr("its attested final β differs from the β this client "
                                   "computed from the same sums"));
        }
        study->attestations = inOrder;
        for (int k = participants; k < int(study->everyone.size()); ++k)
            study->attestations << study->observerAnswers.at(k);
        studyConverged(study);
        return;
    }
    if (study->expect == Study::Expect::Failed) {
        for (int k = 0; k < int(inOrder.size()); ++k) {
            const protocol::Contribution &c = inOrder.at(k).contribution;
            if (c.status != Status::Failed)
                return stop(
                    k,
                    Tr::tr("it answered '%1' where the coordinator failed (%2)")
                        .arg(protocol::contributionStatusId(c.status), qs(study->failure.message)));
        }
        failAnalysis(study->phase, study->failure);
        return;
    }

    // Statistics: every node at the β this client's coordinator asks for.
    const Eigen::VectorXd &next = study->coordinator->nextBeta();
    const QString expected
        = protocol::betaHash(std::vector<double>(next.data(), next.data() + next.size()));
    bool nonFinite = false;
    for (int k = 0; k < int(inOrder.size()); ++k) {
        const protocol::Contribution &c = inOrder.at(k).contribution;
        if (c.status == Status::Converged || c.status == Status::Failed)
            return stop(k,
                        Tr::tr("it ended the study ('%1') in round %2, where this client's "
                               "coordinator, on the same sums, goes on")
                            .arg(protocol::contributionStatusId(c.status))
                            .arg(study->round));
        if (c.betaHash != expected)
            return stop(k,
                        Tr::tr("it computed round %1 at another β (%2) than this client's "
                               "coordinator (%3)")
                            .arg(study->round)
                            .arg(c.betaHash, expected));
        nonFinite = nonFinite || c.status == Status::NonFinite;
    }
    analysis::Result<analysis::GlmCoordinator::Status> status
        = analysis::GlmCoordinator::Status::Continue;
    double deviance = 0;
    if (nonFinite) {
        status = study->coordinator->reportNonFinite();
    } else {
        analysis::Result<analysis::RoundStats> sum
            = sumContributions(study->manifest, int(study->terms.size()), inOrder);
        if (!sum) {
            failAnalysis(study->phase, sum.error());
            return;
        }
        deviance = sum->deviance;
        study->lastSumBeta = study->coordinator->nextBeta();
        study->lastSum = *sum;
        status = study->coordinator->accept(*sum);
    }
    protocol::RoundTiming timing;
    timing.round = study->round;
    if (!study->coordinator->trace().empty()) {
        const analysis::IterationRecord &last = study->coordinator->trace().back();
        timing.nullModel = last.nullModel;
        timing.deviance = last.deviance;
        timing.stepHalvings = last.stepHalvings;
    } else {
        timing.deviance = deviance;
    }
    timing.totalMs = double(ms);
    for (int index : study->slots)
        timing.siteMs[m_slots[size_t(index)].site.name] = m_slots[size_t(index)].lastMs;
    if (study->kind == protocol::JobKind::Glm)
        m_report.rounds << timing;
    const int generation = m_generation;
    Q_EMIT roundFinished(study->round, deviance, timing.totalMs);
    if (!m_running || generation != m_generation)
        return; // cancelled from a slot
    // Every node does the same with the same sums; the next relay carries them all.
    study->previous = inOrder;
    if (!status) {
        study->expect = Study::Expect::Failed;
        study->failure = status.error();
    } else if (*status == analysis::GlmCoordinator::Status::Converged) {
        analysis::Result<analysis::GlmResult> result = study->coordinator->result();
        if (!result) {
            failAnalysis(study->phase, result.error());
            return;
        }
        study->result = std::move(result).value();
        study->expect = Study::Expect::Converged;
        // Every node will attest the final β in the next round (the same sums, the same
        // coordinator). Where the run then opens the masked evaluation and has the per-site
        // fits wait for its jobs (afterFit: masked, no observer, no subgroups, per-site fits
        // that end the jobs) and every node takes batches, that round carries the evaluation's
        // job and the site fit (studyRound): two requests fewer per node (issue 16, branch
        // sites11; docs/protocol.md, "Requests in one batch").
        const bool ahead = study->kind == protocol::JobKind::Glm && !m_options.checkOnly
            && m_options.perSiteFits && study->slots.size() >= 2 && observerSlot() < 0
            && m_spec.family == analysis::Family::Binomial && m_options.evaluate
            && m_mode == QLatin1String("masked") && m_options.subgroup.isEmpty()
            && study->everyone == study->slots
            && std::all_of(study->everyone.begin(), study->everyone.end(), [this](int i) {
                               const QStringList &capabilities
                                   = m_slots[size_t(i)].info.capabilities;
                               return capabilities.contains(QStringLiteral("batch"))
                                   && capabilities.contains(QStringLiteral("site-fit-ends-job"));
                           });
        if (ahead) {
            m_glm = study; // the evaluation names it (runStudy); studyConverged sets it again
            study->buildingAhead = true;
            evaluateMasked(); // makes the study without opening it (runStudy)
            study->buildingAhead = false;
            if (!m_running || generation != m_generation)
                return;
            // It must be the study afterFit will run: every node of the fit, none other.
            if (study->evaluationAhead && study->evaluationAhead->everyone != study->slots)
                study->evaluationAhead.reset();
        }
    }
    studyRound(study);
}

void FederatedRun::studyConverged(std::shared_ptr<Study> study)
{
    for (size_t k = 0; k < study->everyone.size(); ++k) {
        protocol::StudySignatureCheck check;
        check.site = m_slots[size_t(study->everyone[k])].site.name;
        // Both were verified before anything was relayed (openStudy, roundAnswered).
        check.manifest = true;
        check.attestation = true;
        study->checks << check;
    }
    protocol::StudyRecord record;
    record.study = study->hash;
    record.mode = study->manifest.mode;
    record.manifest = study->manifest;
    record.signatures = study->signatures;
    record.attestations = study->attestations;
    record.checks = study->checks;
    if (study->kind == protocol::JobKind::Glm) {
        m_glm = study;
        m_report.study = record;
    } else {
        // A calibration study: its part is done; the run record keeps it for the audit.
        m_report.studies << record;
        closeStudyJobs(*study, true);
    }
    study->then(*study->result);
}

// ---- the model at each site alone -----------------------------------------------------------

void FederatedRun::fitPerSite()
{
    // Each node fits the model on its own records alone, in one request, starting from the
    // study's final β, and releases the fit under its own gate. Nothing here can fail the run:
    // the pooled result is final.
    Q_EMIT phaseChanged(QStringLiteral("per-site fits"));
    if (!m_running)
        return;
    const int generation = m_generation;
    auto fits = std::make_shared<std::map<int, protocol::SiteFit>>();
    std::vector<int> slots = m_glm->slots;
    std::sort(slots.begin(), slots.end()); // reported in the order of the sites
    auto outstanding = std::make_shared<int>(int(slots.size()));
    for (int index : slots) {
        const Site &site = m_slots[size_t(index)].site;
        setState(index, SiteState::Working, Tr::tr("fitting the model at this site alone"));
        const QString jobId = m_glm->jobIds.at(index);
        // One site fit's answer: ok, or the error; the body when ok.
        auto answered = [this, index, generation, fits,
                         outstanding](bool ok, const SiteError &failure, const QByteArray &body) {
            if (generation != m_generation || !m_running)
                return;
            const QString &name = m_slots[size_t(index)].site.name;
            protocol::SiteFit fit;
            fit.site = name;
            if (!ok) {
                fit.note = siteFitFailure(failure);
                if (failure.isRule()) {
                    fit.rule = failure.code;
                    fit.ruleParams = failure.params;
                    fit.ruleWhere = failure.detail;
                }
            } else {
                SiteError error;
                const auto response = api::decode<protocol::SiteFitResponse>(name, body, &error);
                std::vector<std::string> terms;
                if (response) {
                    for (const analysis::Coefficient &c : response->glm.coefficients)
                        terms.push_back(c.term);
                }
                if (!response)
                    fit.note = siteFitFailure(error);
                else if (response->study != m_glm->hash || terms != m_terms)
                    fit.note = siteFitFailure(api::protocolError(
                        name, Tr::tr("its own fit is of another study or design")));
                else
                    fit.glm = response->glm;
            }
            (*fits)[index] = fit;
            setState(index, SiteState::Done,
                     fit.note.isEmpty() ? Tr::tr("model fitted at this site alone in %n round(s)",
                                                 nullptr, fit.glm->rounds)
                                        : fit.note);
            if (--*outstanding > 0)
                return;
            for (const auto &[i, f] : *fits)
                m_report.perSiteFits << f;
            glmJobsDone();
            partDone();
        };
        // Sent with the evaluation's job in one batch (openStudy): its answer came with that
        // one's; the node ended the job when it answered 200, as alone.
        if (const auto batched = m_glm->batchedSiteFits.find(index);
            batched != m_glm->batchedSiteFits.end()) {
            const protocol::BatchAnswer answer = batched->second;
            const bool ok = answer.status >= 200 && answer.status < 300;
            if (ok)
                std::erase(m_openJobs, std::pair<int, QString>(index, jobId));
            const SiteError failure = ok ? SiteError() : batchPartError(site.name, answer);
            QMetaObject::invokeMethod(
                this, [answered, ok, failure, answer] { answered(ok, failure, answer.body); },
                Qt::QueuedConnection);
            continue;
        }
        // The node ends the job with its answer (capability "site-fit-ends-job"): no DELETE for
        // it then (glmJobsDone). Without an answer of success it stays listed and is cancelled
        // as before. Connected first, so it runs before the answer's handling below.
        const bool endJob = m_glm->siteFitsEndJobs
            && m_slots[size_t(index)].info.capabilities.contains(
                QStringLiteral("site-fit-ends-job"));
        Reply *reply = m_transport->send(site, api::siteFit(jobId, endJob));
        m_inFlight << reply;
        if (endJob) {
            connect(reply, &Reply::finished, this, [this, reply, index, jobId] {
                if (reply->ok())
                    std::erase(m_openJobs, std::pair<int, QString>(index, jobId));
            });
        }
        connect(reply, &Reply::finished, this, [this, reply, answered] {
            m_inFlight.removeAll(reply);
            reply->deleteLater();
            answered(reply->ok(), reply->ok() ? SiteError() : reply->error(), reply->body());
        });
    }
}

void FederatedRun::closeJobs(std::function<void()> then)
{
    // The run is complete; cancelling frees the nodes' copies of the design matrices at once
    // instead of at the jobs' expiry. A failure here changes nothing the run computed.
    cancelJobs(std::exchange(m_openJobs, {}), std::move(then));
}

// ---- evaluation ------------------------------------------------------------------------------

namespace {

// The AUC of `sites` from their exact Mann–Whitney statistics where released (analysis::pooledAuc),
// written into metrics: the AUC, its error bound, and the DeLong CI around it.
analysis::Result<analysis::PooledAuc>
exactAuc(const std::vector<analysis::SiteDiscrimination> &sites,
         analysis::PerformanceMetrics *metrics)
{
    analysis::Result<analysis::PooledAuc> pooled = analysis::pooledAuc(sites);
    if (!pooled)
        return pooled;
    metrics->auc = pooled->auc;
    metrics->aucBinningErrorBound = pooled->errorBound;
    metrics->aucLower = std::clamp(pooled->auc - 1.959963984540054 * metrics->aucSe, 0.0, 1.0);
    metrics->aucUpper = std::clamp(pooled->auc + 1.959963984540054 * metrics->aucSe, 0.0, 1.0);
    return pooled;
}

} // namespace

void FederatedRun::evaluate()
{
    // Leave one site out evaluates the held-out site only (the others fitted the model), in
    // the clear as that site's own evaluation; a masked study's participants answer only sums.
    const int held = observerSlot();
    if (m_mode == QLatin1String("masked") && held < 0) {
        evaluateMasked();
        return;
    }
    auto released = std::make_shared<std::map<int, analysis::SiteDiscrimination>>();
    const QList<int> targets = held >= 0 ? QList<int> { held } : activeSlots();
    fanoutTo(
        targets, QStringLiteral("evaluation"), true,
        [this](int index) {
            protocol::StudyEvaluationRequest request;
            request.purpose = m_options.purpose;
            if (m_options.registeredModel) {
                request.model = m_options.registeredModel->nameOrHash;
                request.dataset = m_options.dataset;
            } else {
                request.jobId = m_glm->jobIds.at(index);
            }
            request.bins = analysis::evaluationGridBins;
            return api::evaluation(request);
        },
        [this, released](int index, const QByteArray &body) -> std::optional<SiteError> {
            const QString &name = m_slots[size_t(index)].site.name;
            SiteError error;
            const auto response = api::decode<protocol::EvaluationResponse>(name, body, &error);
            if (!response)
                return error;
            // A registered model named without the analyst's copy: every site must evaluate
            // the same design, the first answer's.
            if (m_report.designHash.isEmpty())
                m_report.designHash = response->designHash;
            if (response->designHash != m_report.designHash)
                return api::protocolError(
                    name,
                    Tr::tr("its evaluation is of another design (%1)").arg(response->designHash));
            if (m_options.registeredModel)
                m_slots[size_t(index)].record.cohortSize = response->cohortSize;
            (*released)[index] = { response->bins, response->mannWhitney };
            return std::nullopt;
        },
        [this, released] {
            const std::vector<double> thresholds
                = m_options.thresholds.empty() ? std::vector<double> { 0.5 } : m_options.thresholds;
            std::vector<analysis::SiteDiscrimination> all;
            std::vector<analysis::PerformanceBins> allBins;
            for (const auto &[index, site] : *released) {
                if (!m_slots[size_t(index)].active)
                    continue;
                all.push_back(site);
                allBins.push_back(site.bins);
                protocol::SitePerformance sp;
                sp.site = m_slots[size_t(index)].site.name;
                analysis::Result<analysis::PerformanceMetrics> m
                    = analysis::summarise({ site.bins }, thresholds);
                if (m) {
                    sp.metrics = *m;
                    analysis::Result<analysis::PooledAuc> exact = exactAuc({ site }, &*sp.metrics);
                    if (exact)
                        sp.discrimination = *exact;
                    else
                        sp.note = qs(exact.error().message);
                } else {
                    sp.note = qs(m.error().message);
                }
                if (sp.metrics && !m_options.thresholds.empty()) {
                    analysis::Result<std::vector<analysis::NetBenefit>> curve
                        = analysis::decisionCurve({ site.bins }, m_options.thresholds);
                    if (curve)
                        sp.decisionCurve = *curve;
                    else
                        sp.note = qs(curve.error().message);
                }
                m_report.perSite << sp;
            }
            analysis::Result<analysis::PerformanceMetrics> pooled
                = analysis::summarise(allBins, thresholds);
            if (!pooled) {
                failAnalysis(QStringLiteral("evaluation"), pooled.error());
                return;
            }
            m_report.performance = *pooled;
            analysis::Result<analysis::PooledAuc> exact = exactAuc(all, &*m_report.performance);
            if (!exact) {
                failAnalysis(QStringLiteral("evaluation"), exact.error());
                return;
            }
            m_report.discrimination = *exact;
            if (!m_options.thresholds.empty()) {
                analysis::Result<std::vector<analysis::NetBenefit>> curve
                    = analysis::decisionCurve(allBins, m_options.thresholds);
                if (!curve) {
                    failAnalysis(QStringLiteral("evaluation"), curve.error());
                    return;
                }
                m_report.decisionCurve = *curve;
            }
            evaluated();
        });
}

void FederatedRun::evaluated()
{
    if (!m_options.subgroup.isEmpty() && !m_subgroupsDone) {
        m_subgroupsDone = true;
        evaluateSubgroups();
        return;
    }
    if (m_glm && m_glm->evaluationUsesJobs)
        glmJobsDone();
    // Never left waiting: the evaluation released the jobs when its own opened (openStudy).
    if (m_glm && std::exchange(m_glm->siteFitsWait, false))
        fitPerSite();
    partDone();
}

void FederatedRun::calibrate(protocol::JobKind kind, const QString &phase)
{
    // A small study at the GLM study's final β, which each node registered when it converged:
    // lp = Xβ is computed there, so no β is sent (fittedStudy names the study). The slope and
    // the intercept study are independent of each other and of the evaluation. A site the plain
    // evaluation left out meanwhile (--continue-without-failed) would still be in this study's
    // sums: the study then runs again without it, as it did when the studies came after the
    // evaluation.
    const QList<int> sites = activeSlots();
    runStudy(kind, phase, [this, kind, phase, sites](analysis::GlmResult fit) {
        if (activeSlots() != sites) {
            calibrate(kind, phase);
            return;
        }
        if (kind == protocol::JobKind::CalibrationSlope) {
            if (fit.beta.size() == 2) {
                m_report.calibrationSlope = fit.beta[1];
                if (fit.coefficients.size() == 2)
                    m_report.calibrationSlopeSe = fit.coefficients[1].stdError;
            }
        } else if (fit.beta.size() >= 1) {
            m_report.calibrationIntercept = fit.beta[0];
            if (!fit.coefficients.empty())
                m_report.calibrationInterceptSe = fit.coefficients[0].stdError;
        }
        partDone();
    });
}

void FederatedRun::complete()
{
    closeJobs([this] { completed(); });
}

void FederatedRun::completed()
{
    m_running = false;
    ++m_generation;
    m_parts = 0;
    m_report.finished = QDateTime::currentDateTimeUtc();
    m_report.sites.clear();
    for (size_t i = 0; i < m_slots.size(); ++i) {
        Slot &s = m_slots[i];
        if (s.active) {
            s.record.state = QStringLiteral("ok");
            s.record.error.clear();
        }
        m_report.sites << s.record;
    }
    Q_EMIT phaseChanged(QStringLiteral("done"));
    Q_EMIT finished(m_report);
}

} // namespace fairstart::client

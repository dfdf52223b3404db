// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/client/federatedrun.h"

#include "fairstart/client/clientinfo.h"
#include "fairstart/client/federation.h"
#include "fairstart/client/nodeapi.h"
#include "fairstart/client/tr.h"

#include "fairstart/analysis/descriptives.h"
#include "fairstart/analysis/design.h"
#include "fairstart/analysis/performance.h"
#include "fairstart/protocol/codec.h"
#include "fairstart/protocol/protocolversion.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>
#include <set>

namespace fairstart::client {

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

// Why a fit at one site alone gave no estimates, in the analyst's language. The pooled fit is
// complete whatever this says.
QString siteFitNote(const analysis::Error &error, int roundsLeft, int maxRounds)
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
        return Tr::tr("The fit at this site alone did not converge within the %n round(s) its "
                      "job had left (the site allows %1 rounds per job).",
                      nullptr, roundsLeft)
            .arg(maxRounds);
    case analysis::ErrorCode::NonFinite:
        return Tr::tr("The fit at this site alone gave numbers that are not finite (a fitted "
                      "value overflowed), so no estimates are shown.");
    default:
        return Tr::tr("The model could not be fitted at this site alone: %1")
            .arg(qs(error.message));
    }
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

struct FederatedRun::Slot {
    Site site;
    bool active = true;
    SiteState state = SiteState::Waiting;
    protocol::NodeInfo info;
    protocol::CatalogueDataset catalogue;
    protocol::SiteRecord record;
    double lastMs = 0;
};

struct FederatedRun::FitJob {
    protocol::JobKind kind = protocol::JobKind::Glm;
    QString phase;
    analysis::GlmOptions options;
    bool hasOffset = false;
    std::function<void(analysis::GlmResult)> then;
    std::map<int, QString> jobIds;
    std::vector<std::string> terms;
    std::optional<analysis::GlmCoordinator> coordinator;
    std::map<int, analysis::RoundStats> stats;
    std::map<int, int> maxRounds; // each site's cap on this job's rounds
    int round = 0;
    bool nonFinite = false;
};

// The fit of one site alone, continuing that site's open job after the pooled fit.
struct FederatedRun::SiteFitState {
    int index = 0;
    QString jobId;
    std::optional<analysis::GlmCoordinator> coordinator;
    int nodeRound = 0; // the job's last round at the node (the pooled ones included)
    int maxRounds = 0; // the node's cap on the job's rounds
    int roundsLeft = 0; // after the pooled fit
    int rounds = 0; // rounds of this fit
    int reserve = 0; // rounds kept for the round at the pooled final β
    protocol::SiteFit fit;
};

struct FederatedRun::PerSiteFits {
    std::shared_ptr<FitJob> job;
    analysis::GlmResult pooled;
    std::vector<SiteFitState> sites;
    int outstanding = 0;
    int generation = 0;
    int shownRound = 0; // the highest round announced by phaseChanged
};

FederatedRun::FederatedRun(QList<Site> sites, RunOptions options, QObject *parent)
    : QObject(parent)
    , m_transport(new Transport(this))
    , m_options(std::move(options))
{
    m_transport->setDefaultOptions(m_options.transport);
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
    m_error.reset();
    m_report = {};
    m_openJobs.clear();
    m_report.dataset = m_options.dataset;
    m_report.purpose = m_options.purpose;
    m_report.started = QDateTime::currentDateTimeUtc();
    m_report.clientVersion = QStringLiteral("fairstart-client " FAIRSTART_VERSION " (")
        + transportVersion() + QLatin1Char(')');
    if (m_slots.empty()) {
        RunError e;
        e.phase = QStringLiteral("start");
        e.message = Tr::tr("No sites were chosen; name at least one site.");
        fail(e);
        return;
    }
    if (m_options.purpose.isEmpty() || m_options.dataset.isEmpty()) {
        RunError e;
        e.phase = QStringLiteral("start");
        e.message = Tr::tr("A run needs a dataset and a purpose; name both.");
        fail(e);
        return;
    }
    if (const std::vector<analysis::Error> problems = analysis::validate(m_options.spec);
        !problems.empty()) {
        failAnalysis(QStringLiteral("model"), problems.front());
        return;
    }
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
    Q_EMIT phaseChanged(phase);
    const int generation = ++m_generation;
    const QList<int> targets = activeSlots();
    auto outstanding = std::make_shared<int>(int(targets.size()));
    auto check = [this, generation, outstanding, then] {
        if (generation != m_generation || !m_running)
            return;
        if (--*outstanding == 0 && m_running) {
            ++m_generation;
            then();
        }
    };
    for (int index : targets) {
        Reply *reply = m_transport->send(m_slots[size_t(index)].site, make(index));
        m_inFlight << reply;
        setState(index, SiteState::Working, phase);
        connect(reply, &Reply::finished, this,
                [this, reply, index, phase, droppable, generation, onAnswer, check] {
                    m_inFlight.removeAll(reply);
                    reply->deleteLater();
                    if (generation != m_generation || !m_running)
                        return;
                    m_slots[size_t(index)].lastMs = double(reply->elapsedMs());
                    if (!reply->ok()) {
                        siteFailed(index, phase, reply->error(), droppable);
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

void FederatedRun::siteFailed(int index, const QString &phase, const SiteError &error,
                              bool droppable)
{
    Slot &slot = m_slots[size_t(index)];
    const QString line = error.toString();
    slot.record.error = line;
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
    fanout(
        QStringLiteral("info"), true, [this](int) { return api::info(m_options.purpose); },
        [this](int index, const QByteArray &body) -> std::optional<SiteError> {
            Slot &slot = m_slots[size_t(index)];
            SiteError error;
            const auto info = api::decode<protocol::NodeInfo>(slot.site.name, body, &error);
            if (!info)
                return error;
            if (const std::optional<SiteError> problem
                = checkNodeInfo(slot.site, *info, m_options.dataset))
                return problem;
            slot.info = *info;
            slot.record.nodeVersion = info->nodeVersion;
            slot.record.engineVersion = info->engineVersion;
            slot.record.protocolVersion = info->protocolVersion;
            slot.record.policy = info->policy;
            m_infos << *info;
            return std::nullopt;
        },
        [this] { askCatalogue(); });
}

void FederatedRun::askCatalogue()
{
    fanout(
        QStringLiteral("catalogue"), true,
        [this](int) { return api::catalogue(m_options.purpose, m_options.dataset); },
        [this](int index, const QByteArray &body) -> std::optional<SiteError> {
            Slot &slot = m_slots[size_t(index)];
            SiteError error;
            const auto catalogue = api::decode<protocol::Catalogue>(slot.site.name, body, &error);
            if (!catalogue)
                return error;
            const std::optional<protocol::CatalogueDataset> dataset
                = findDataset(*catalogue, m_options.dataset);
            if (!dataset)
                return datasetMissing(slot.site.name, m_options.dataset, *catalogue);
            if (const std::optional<SiteError> problem
                = checkVariables(slot.site.name, *dataset, modelVariables(m_options.spec)))
                return problem;
            slot.catalogue = *dataset;
            return std::nullopt;
        },
        [this] { resolveDesign(); });
}

// ---- resolving the design --------------------------------------------------------------------

void FederatedRun::resolveDesign()
{
    Q_EMIT phaseChanged(QStringLiteral("design"));
    QList<SiteCatalogue> catalogues;
    for (int i : activeSlots())
        catalogues << SiteCatalogue { m_slots[size_t(i)].site.name, m_slots[size_t(i)].catalogue };
    const MergedCatalogue merged = mergeCatalogues(catalogues);
    if (!merged.conflicts.isEmpty()) {
        RunError e;
        e.phase = QStringLiteral("catalogue");
        e.message = merged.conflicts.first();
        fail(e);
        return;
    }
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

void FederatedRun::askMoments(const std::vector<std::string> &variables)
{
    m_moments.clear();
    auto perSite = std::make_shared<std::map<int, protocol::DescriptivesResponse>>();
    fanout(
        QStringLiteral("descriptives"), true,
        [this, variables](int) {
            return api::descriptives(cohortDescriptives(m_options, m_spec, variables, {}));
        },
        [this, perSite](int index, const QByteArray &body) -> std::optional<SiteError> {
            SiteError error;
            const QString &name = m_slots[size_t(index)].site.name;
            auto response = api::decode<protocol::DescriptivesResponse>(name, body, &error);
            if (!response)
                return error;
            (*perSite)[index] = *response;
            return std::nullopt;
        },
        [this, perSite, variables] {
            for (const std::string &v : variables) {
                analysis::Moments total;
                for (int i : activeSlots()) {
                    for (const protocol::NumericDescription &d : perSite->at(i).numeric) {
                        if (d.variable == qs(v))
                            total += d.moments;
                    }
                }
                if (!(total.count >= 2) || !(total.sd() > 0) || !std::isfinite(total.sd())) {
                    RunError e;
                    e.phase = QStringLiteral("descriptives");
                    e.message
                        = Tr::tr("The variable %1 has no spread across the sites' cohorts, so "
                                 "it cannot be standardised or given spline knots; use it as "
                                 "is or leave it out.")
                              .arg(qs(v));
                    fail(e);
                    return;
                }
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
        });
}

void FederatedRun::askHistograms(const std::vector<std::string> &variables)
{
    auto edges = std::make_shared<std::map<std::string, std::vector<double>>>();
    for (const std::string &v : variables) {
        const analysis::Moments &m = m_moments[v];
        (*edges)[v] = analysis::evenEdges(m.mean - 8 * m.sd(), m.mean + 8 * m.sd(),
                                          m_options.histogramBins);
    }
    auto perSite = std::make_shared<std::map<int, protocol::DescriptivesResponse>>();
    fanout(
        QStringLiteral("descriptives"), true,
        [this, variables, edges](int) {
            return api::descriptives(cohortDescriptives(m_options, m_spec, variables, *edges));
        },
        [this, perSite](int index, const QByteArray &body) -> std::optional<SiteError> {
            SiteError error;
            const QString &name = m_slots[size_t(index)].site.name;
            auto response = api::decode<protocol::DescriptivesResponse>(name, body, &error);
            if (!response)
                return error;
            (*perSite)[index] = *response;
            return std::nullopt;
        },
        [this, perSite, variables] {
            for (const analysis::Predictor &p : m_spec.predictors) {
                if (p.transform != analysis::Transform::Spline || m_design.knots.count(p.variable))
                    continue;
                QList<protocol::ReleasedHistogram> histograms;
                for (int i : activeSlots()) {
                    for (const protocol::NumericDescription &d : perSite->at(i).numeric) {
                        if (d.variable == qs(p.variable) && !d.histograms.isEmpty()
                            && !d.histograms.first().edges.empty())
                            histograms << d.histograms.first();
                    }
                }
                std::vector<double> knots;
                for (double q : analysis::defaultKnotQuantiles(p.knots))
                    knots.push_back(pooledQuantile(histograms, q));
                bool increasing = !knots.empty();
                for (size_t k = 1; k < knots.size(); ++k)
                    increasing = increasing && knots[k] > knots[k - 1];
                if (!increasing) {
                    RunError e;
                    e.phase = QStringLiteral("descriptives");
                    e.message
                        = Tr::tr("The %1 knots of rcs(%2) cannot be placed at distinct values "
                                 "from the histograms the sites released; use fewer knots.")
                              .arg(p.knots)
                              .arg(qs(p.variable));
                    fail(e);
                    return;
                }
                m_design.knots[p.variable] = knots;
            }
            finishResolution();
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

// ---- jobs and rounds -------------------------------------------------------------------------

void FederatedRun::fitModel()
{
    analysis::GlmOptions options;
    fitJob(protocol::JobKind::Glm, QStringLiteral("fit"), options, !m_spec.offset.empty(),
           [this](analysis::GlmResult result) {
               m_report.glm = std::move(result);
               if (m_spec.family == analysis::Family::Binomial && m_options.evaluate)
                   evaluate();
               else
                   complete();
           });
}

void FederatedRun::fitJob(protocol::JobKind kind, const QString &phase,
                          analysis::GlmOptions options, bool hasOffset,
                          std::function<void(analysis::GlmResult)> then)
{
    auto job = std::make_shared<FitJob>();
    job->kind = kind;
    job->phase = phase;
    job->options = options;
    job->hasOffset = hasOffset;
    job->then = std::move(then);
    openJobs(job);
}

void FederatedRun::openJobs(std::shared_ptr<FitJob> job)
{
    auto minRounds = std::make_shared<int>(1 << 30);
    fanout(
        job->phase + QStringLiteral(": job"), job->kind == protocol::JobKind::Glm,
        [this, job](int) {
            protocol::JobRequest request;
            request.purpose = m_options.purpose;
            request.dataset = m_options.dataset;
            request.kind = job->kind;
            request.design = m_design;
            request.designHash = m_report.designHash;
            if (job->kind != protocol::JobKind::Glm)
                request.fittedBeta.assign(m_report.glm.beta.data(),
                                          m_report.glm.beta.data() + m_report.glm.beta.size());
            return api::openJob(request);
        },
        [this, job, minRounds](int index, const QByteArray &body) -> std::optional<SiteError> {
            Slot &slot = m_slots[size_t(index)];
            SiteError error;
            const auto created = api::decode<protocol::JobCreated>(slot.site.name, body, &error);
            if (!created)
                return error;
            job->jobIds[index] = created->jobId;
            m_openJobs.emplace_back(index, created->jobId);
            if (created->designHash != m_report.designHash)
                return api::protocolError(slot.site.name,
                                          Tr::tr("the job's design hash %1 differs from ours %2")
                                              .arg(created->designHash, m_report.designHash));
            std::vector<std::string> terms;
            for (const QString &t : created->terms)
                terms.push_back(t.toStdString());
            if (job->kind == protocol::JobKind::Glm && terms != m_terms)
                return api::protocolError(
                    slot.site.name, Tr::tr("the node's design terms differ from the client's"));
            if (job->terms.empty())
                job->terms = terms;
            else if (job->terms != terms)
                return api::protocolError(
                    slot.site.name, Tr::tr("the node's job terms differ from another site's"));
            *minRounds = std::min(*minRounds, created->maxRounds);
            job->maxRounds[index] = created->maxRounds;
            if (job->kind == protocol::JobKind::Glm) {
                slot.record.cohortSize = created->cohortSize;
                slot.record.counts = created->counts;
            }
            setState(index, SiteState::Working,
                     Tr::tr("job opened, cohort of %1 records").arg(created->cohortSize));
            return std::nullopt;
        },
        [this, job, minRounds] {
            // Sites left out while opening keep no job in this run.
            for (auto it = job->jobIds.begin(); it != job->jobIds.end();) {
                if (!m_slots[size_t(it->first)].active)
                    it = job->jobIds.erase(it);
                else
                    ++it;
            }
            // The node's cap counts every evaluated β, those of the null model included, and
            // the round at the final β. Without offset the null model takes at most one round
            // outside the full fit's count (analysis::GlmCoordinator: closed form).
            const int reserve = (job->options.fitNullModel ? (job->hasOffset ? 8 : 1) : 0)
                + (registersFinalBeta(*job) ? 1 : 0);
            job->options.maxRounds
                = std::max(1, std::min(job->options.maxRounds, *minRounds - reserve));
            m_maxRounds = *minRounds;
            job->coordinator.emplace(job->terms, m_spec.family,
                                     job->kind == protocol::JobKind::Glm ? m_spec.ridgeLambda : 0.0,
                                     job->options, job->hasOffset);
            nextRound(job);
        });
}

void FederatedRun::nextRound(std::shared_ptr<FitJob> job)
{
    ++job->round;
    job->stats.clear();
    job->nonFinite = false;
    const int round = job->round;
    const Eigen::VectorXd beta = job->coordinator->nextBeta();
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    fanout(
        job->phase + QStringLiteral(": round %1").arg(round), false,
        [job, round, beta](int index) {
            protocol::RoundRequest request;
            request.round = round;
            request.beta.assign(beta.data(), beta.data() + beta.size());
            return api::round(job->jobIds.at(index), request);
        },
        [this, job, round](int index, const QByteArray &body) -> std::optional<SiteError> {
            const QString &name = m_slots[size_t(index)].site.name;
            SiteError error;
            const auto response = api::decode<protocol::RoundResponse>(name, body, &error);
            if (!response)
                return error;
            if (response->round != round || response->stats.p != int(job->terms.size()))
                return api::protocolError(name,
                                          Tr::tr("round %1 came back as round %2 with %3 "
                                                 "parameters")
                                              .arg(round)
                                              .arg(response->round)
                                              .arg(response->stats.p));
            job->stats[index] = response->stats;
            return std::nullopt;
        },
        [this, job, round, clock] {
            analysis::RoundStats sum;
            for (const auto &[index, stats] : job->stats) // in site order: deterministic sums
                sum += stats;
            analysis::Result<analysis::GlmCoordinator::Status> status
                = job->coordinator->accept(sum);
            protocol::RoundTiming timing;
            timing.round = round;
            if (!job->coordinator->trace().empty()) {
                const analysis::IterationRecord &last = job->coordinator->trace().back();
                timing.nullModel = last.nullModel;
                timing.deviance = last.deviance;
                timing.stepHalvings = last.stepHalvings;
            } else {
                timing.deviance = sum.deviance;
            }
            timing.totalMs = double(clock->elapsed());
            for (const auto &[index, stats] : job->stats)
                timing.siteMs[m_slots[size_t(index)].site.name] = m_slots[size_t(index)].lastMs;
            if (job->kind == protocol::JobKind::Glm)
                m_report.rounds << timing;
            Q_EMIT roundFinished(round, sum.deviance, timing.totalMs);
            if (!status) {
                failAnalysis(job->phase, status.error());
                return;
            }
            if (*status != analysis::GlmCoordinator::Status::Converged) {
                nextRound(job);
                return;
            }
            analysis::Result<analysis::GlmResult> result = job->coordinator->result();
            if (!result) {
                failAnalysis(job->phase, result.error());
                return;
            }
            if (job->kind == protocol::JobKind::Glm && m_options.perSiteFits
                && job->jobIds.size() >= 2) {
                fitPerSite(job, std::move(result).value());
                return;
            }
            std::map<int, int> lastRounds;
            for (const auto &[index, jobId] : job->jobIds)
                lastRounds[index] = job->round;
            const Eigen::VectorXd beta = result->beta;
            finalRound(job, beta, std::move(lastRounds),
                       [this, job, r = std::move(result).value()]() mutable {
                           closeJobs(
                               job, [job, r = std::move(r)]() mutable { job->then(std::move(r)); });
                       });
        });
}

bool FederatedRun::registersFinalBeta(const FitJob &job) const
{
    // A node computes evaluations and calibration jobs only at the final β of a GLM job the
    // same user ran there: the β of that job's last round (docs/protocol.md, "Evaluations").
    return job.kind == protocol::JobKind::Glm && m_spec.family == analysis::Family::Binomial
        && m_options.evaluate;
}

void FederatedRun::finalRound(std::shared_ptr<FitJob> job, const Eigen::VectorXd &beta,
                              std::map<int, int> lastRounds, std::function<void()> then)
{
    if (!registersFinalBeta(*job)) {
        then();
        return;
    }
    // The coordinator's final β is its last Newton step, which no round has evaluated yet; one
    // more round at exactly that β makes it the job's final β at every node. Its statistics
    // change nothing the fit reports (R, too, reports the β of its last solve with the standard
    // errors of the iteration before).
    auto rounds = std::make_shared<std::map<int, int>>(std::move(lastRounds));
    fanout(
        job->phase + QStringLiteral(": final β"), false,
        [job, rounds, beta](int index) {
            protocol::RoundRequest request;
            request.round = (*rounds)[index] + 1;
            request.beta.assign(beta.data(), beta.data() + beta.size());
            return api::round(job->jobIds.at(index), request);
        },
        [this, job, rounds](int index, const QByteArray &body) -> std::optional<SiteError> {
            const QString &name = m_slots[size_t(index)].site.name;
            SiteError error;
            const auto response = api::decode<protocol::RoundResponse>(name, body, &error);
            if (!response)
                return error;
            if (response->round != (*rounds)[index] + 1
                || response->stats.p != int(job->terms.size()))
                return api::protocolError(name,
                                          Tr::tr("round %1 came back as round %2 with %3 "
                                                 "parameters")
                                              .arg((*rounds)[index] + 1)
                                              .arg(response->round)
                                              .arg(response->stats.p));
            return std::nullopt;
        },
        std::move(then));
}

// ---- the model at each site alone -----------------------------------------------------------

void FederatedRun::fitPerSite(std::shared_ptr<FitJob> job, analysis::GlmResult pooled)
{
    // The jobs are open and hold each site's design matrix: a site's own fit is more rounds of
    // its job with its own β. The sites go at their own pace; only the pooled β is shared, as the
    // start. Nothing here can fail the run: the pooled result is already final.
    auto fits = std::make_shared<PerSiteFits>();
    fits->job = job;
    fits->pooled = std::move(pooled);
    fits->generation = ++m_generation;
    for (const auto &[index, jobId] : job->jobIds) { // in site order
        SiteFitState site;
        site.index = index;
        site.jobId = jobId;
        site.nodeRound = job->round;
        const auto cap = job->maxRounds.find(index);
        site.maxRounds = cap != job->maxRounds.end() ? cap->second : m_maxRounds;
        // The round at the pooled final β comes last (finalRound).
        site.reserve = registersFinalBeta(*job) ? 1 : 0;
        site.roundsLeft = std::max(0, site.maxRounds - site.reserve - site.nodeRound);
        site.fit.site = m_slots[size_t(index)].site.name;
        analysis::GlmOptions options;
        options.fitNullModel = false;
        options.start = fits->pooled.beta;
        options.maxRounds = std::max(1, site.roundsLeft);
        site.coordinator.emplace(job->terms, m_spec.family, m_spec.ridgeLambda, options,
                                 job->hasOffset);
        fits->sites.push_back(std::move(site));
    }
    fits->outstanding = int(fits->sites.size());
    for (size_t i = 0; i < fits->sites.size() && m_running && fits->generation == m_generation; ++i)
        perSiteRound(fits, i);
}

void FederatedRun::perSiteRound(std::shared_ptr<PerSiteFits> fits, size_t site)
{
    SiteFitState &s = fits->sites[site];
    // Step halvings cost rounds too: the node's cap is checked here, not only by the coordinator.
    if (s.nodeRound >= s.maxRounds - s.reserve) {
        perSiteFinished(fits, site,
                        s.rounds == 0
                            ? Tr::tr("The site's job had no rounds left for a fit at this site "
                                     "alone: the pooled fit used all %1.")
                                  .arg(s.maxRounds)
                            : siteFitNote({ analysis::ErrorCode::NotConverged, {}, {} },
                                          s.roundsLeft, s.maxRounds));
        return;
    }
    ++s.nodeRound;
    ++s.rounds;
    if (s.rounds > fits->shownRound) {
        fits->shownRound = s.rounds;
        Q_EMIT phaseChanged(QStringLiteral("per-site fits: round %1").arg(s.rounds));
        if (!m_running || fits->generation != m_generation)
            return; // cancelled from a slot
    }
    setState(s.index, SiteState::Working,
             Tr::tr("fitting the model at this site alone, round %1").arg(s.rounds));
    const Eigen::VectorXd &beta = s.coordinator->nextBeta();
    protocol::RoundRequest request;
    request.round = s.nodeRound;
    request.beta.assign(beta.data(), beta.data() + beta.size());
    Reply *reply = m_transport->send(m_slots[size_t(s.index)].site, api::round(s.jobId, request));
    m_inFlight << reply;
    connect(reply, &Reply::finished, this, [this, reply, fits, site] {
        m_inFlight.removeAll(reply);
        reply->deleteLater();
        if (fits->generation != m_generation || !m_running)
            return;
        SiteFitState &s = fits->sites[site];
        const QString &name = m_slots[size_t(s.index)].site.name;
        auto stopped = [](const SiteError &e) {
            return Tr::tr("The fit at this site alone stopped: %1").arg(e.toString());
        };
        analysis::Result<analysis::GlmCoordinator::Status> status
            = analysis::GlmCoordinator::Status::Continue;
        if (!reply->ok()) {
            const SiteError &e = reply->error();
            // The node counted the round; a non-finite answer asks for a halved step.
            if (e.httpStatus == 422
                && e.code == QLatin1String(analysis::errorCodeId(analysis::ErrorCode::NonFinite)))
                status = s.coordinator->reportNonFinite();
            else {
                perSiteFinished(fits, site, stopped(e));
                return;
            }
        } else {
            SiteError error;
            const auto response = api::decode<protocol::RoundResponse>(name, reply->body(), &error);
            if (!response) {
                perSiteFinished(fits, site, stopped(error));
                return;
            }
            if (response->round != s.nodeRound
                || response->stats.p != int(fits->job->terms.size())) {
                perSiteFinished(
                    fits, site,
                    stopped(api::protocolError(name,
                                               Tr::tr("round %1 came back as round %2 with %3 "
                                                      "parameters")
                                                   .arg(s.nodeRound)
                                                   .arg(response->round)
                                                   .arg(response->stats.p))));
                return;
            }
            status = s.coordinator->accept(response->stats);
        }
        if (!status) {
            perSiteFinished(fits, site, siteFitNote(status.error(), s.roundsLeft, s.maxRounds));
            return;
        }
        if (*status != analysis::GlmCoordinator::Status::Converged) {
            perSiteRound(fits, site);
            return;
        }
        analysis::Result<analysis::GlmResult> result = s.coordinator->result();
        if (!result) {
            perSiteFinished(fits, site, siteFitNote(result.error(), s.roundsLeft, s.maxRounds));
            return;
        }
        s.fit.glm = std::move(result).value();
        perSiteFinished(fits, site, {});
    });
}

void FederatedRun::perSiteFinished(std::shared_ptr<PerSiteFits> fits, size_t site,
                                   const QString &note)
{
    SiteFitState &s = fits->sites[site];
    s.fit.note = note;
    setState(s.index, SiteState::Done,
             note.isEmpty()
                 ? Tr::tr("model fitted at this site alone in %n round(s)", nullptr, s.rounds)
                 : note);
    if (--fits->outstanding > 0)
        return;
    std::map<int, int> lastRounds;
    for (const SiteFitState &f : fits->sites) {
        m_report.perSiteFits << f.fit;
        lastRounds[f.index] = f.nodeRound;
    }
    std::shared_ptr<FitJob> job = fits->job;
    const Eigen::VectorXd beta = fits->pooled.beta;
    finalRound(job, beta, std::move(lastRounds),
               [this, job, pooled = std::move(fits->pooled)]() mutable {
                   closeJobs(job, [job, pooled = std::move(pooled)]() mutable {
                       job->then(std::move(pooled));
                   });
               });
}

void FederatedRun::closeJobs(std::shared_ptr<FitJob> job, std::function<void()> then)
{
    // The fit is complete; cancelling frees the node's copy of the design matrix at once instead
    // of at the job's expiry. A failure here changes nothing the run computed.
    const int generation = ++m_generation;
    auto outstanding = std::make_shared<int>(int(job->jobIds.size()));
    if (*outstanding == 0) {
        then();
        return;
    }
    for (const auto &[index, jobId] : job->jobIds) {
        std::erase(m_openJobs, std::pair<int, QString>(index, jobId));
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

// ---- evaluation ------------------------------------------------------------------------------

void FederatedRun::evaluate()
{
    auto bins = std::make_shared<std::map<int, analysis::PerformanceBins>>();
    fanout(
        QStringLiteral("evaluation"), true,
        [this](int) {
            protocol::EvaluationRequest request;
            request.purpose = m_options.purpose;
            request.dataset = m_options.dataset;
            request.design = m_design;
            request.designHash = m_report.designHash;
            request.beta.assign(m_report.glm.beta.data(),
                                m_report.glm.beta.data() + m_report.glm.beta.size());
            request.bins = m_options.evaluationBins;
            return api::evaluation(request);
        },
        [this, bins](int index, const QByteArray &body) -> std::optional<SiteError> {
            const QString &name = m_slots[size_t(index)].site.name;
            SiteError error;
            const auto response = api::decode<protocol::EvaluationResponse>(name, body, &error);
            if (!response)
                return error;
            (*bins)[index] = response->bins;
            return std::nullopt;
        },
        [this, bins] {
            std::vector<analysis::PerformanceBins> all;
            for (const auto &[index, b] : *bins) {
                if (!m_slots[size_t(index)].active)
                    continue;
                all.push_back(b);
                protocol::SitePerformance sp;
                sp.site = m_slots[size_t(index)].site.name;
                analysis::Result<analysis::PerformanceMetrics> m = analysis::summarise({ b });
                if (m)
                    sp.metrics = *m;
                else
                    sp.note = qs(m.error().message);
                m_report.perSite << sp;
            }
            analysis::Result<analysis::PerformanceMetrics> pooled = analysis::summarise(all);
            if (!pooled) {
                failAnalysis(QStringLiteral("evaluation"), pooled.error());
                return;
            }
            m_report.performance = *pooled;
            if (m_options.calibration)
                calibrate();
            else
                complete();
        });
}

void FederatedRun::calibrate()
{
    analysis::GlmOptions options;
    options.fitNullModel = false;
    fitJob(protocol::JobKind::CalibrationSlope, QStringLiteral("calibration slope"), options, false,
           [this, options](analysis::GlmResult slope) {
               if (slope.beta.size() == 2)
                   m_report.calibrationSlope = slope.beta[1];
               fitJob(protocol::JobKind::CalibrationIntercept,
                      QStringLiteral("calibration intercept"), options, true,
                      [this](analysis::GlmResult intercept) {
                          if (intercept.beta.size() >= 1)
                              m_report.calibrationIntercept = intercept.beta[0];
                          complete();
                      });
           });
}

void FederatedRun::complete()
{
    m_running = false;
    ++m_generation;
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

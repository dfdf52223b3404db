// SPDX-License-Identifier: GPL-3.0-or-later
// One federated analysis across the chosen sites (protocol version 2): a study of the GLM, which
// the nodes drive round by round while this client relays their signed contributions and follows
// the fit with its own coordinator; the same model fitted at each site alone (per-site
// estimates); then the evaluation of the study's final β (discrimination, Brier score, and the
// calibration studies), pooled and per site. The client never sends a β.
#pragma once

#include "fairstart/client/site.h"
#include "fairstart/client/siteerror.h"
#include "fairstart/client/studychecks.h"
#include "fairstart/client/transport.h"

#include "fairstart/analysis/glm.h"
#include "fairstart/analysis/model.h"
#include "fairstart/protocol/messages.h"
#include "fairstart/protocol/report.h"
#include "fairstart/protocol/sitecheck.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace fairstart::client {

enum class SiteState {
    Waiting, // nothing asked yet
    Working, // a request is in flight
    Done, // the site answered everything the run needed
    Failed, // the site failed or refused; the run ended, or it was left out (Excluded)
    Excluded, // left out after a failure, because the caller allowed continuing without it
};
QString siteStateId(SiteState state); // "waiting", "working", "done", "failed", "excluded"

struct RegisteredModel {
    QString nameOrHash; // the name or hash ("sha256:...") the nodes registered it under
    // Optional: the analyst's own copy of the model (the published design and β). A masked
    // evaluation needs it: its manifest carries the design and names the model by its hash
    // (protocol::validationModelHash), and the client checks that every node attests that β.
    // The β itself never leaves the client.
    std::optional<analysis::ResolvedDesign> design;
    std::vector<double> beta;
};

struct RunOptions {
    QString dataset;
    QString purpose;
    analysis::ModelSpec spec; // plain names; which are factors is decided from the catalogue
    bool evaluate = true; // binomial models: AUC, Brier score, calibration groups
    bool calibration = true; // binomial models: calibration intercept and slope jobs
    // With two or more sites: after the pooled fit, the same design fitted at each site alone by
    // that node (one request, POST /v1/jobs/{id}/site-fit; FitReport::perSiteFits). A site whose
    // own fit fails (for example separation there, or the site lost) gets a note instead; the
    // pooled result never depends on these fits.
    bool perSiteFits = true;
    // A site that fails before the model rounds (info, catalogue, descriptives, opening the job)
    // or in the evaluation is left out and named in the result, instead of ending the run. A site
    // lost during the rounds always ends the run: the sums would change under the fit.
    bool continueWithout = false;
    // How the nodes' statistics are summed (studychecks.h): auto is masked with three or more
    // sites and plain with fewer, where every node allows plain.
    StudyMode mode = StudyMode::Auto;
    // "Check at sites", a dry run: the design is resolved as for a run, then every site is asked
    // whether it would open the study's job (POST /v1/checks) and checked() ends the run. Nothing
    // is fitted and no job is opened; each check counts against the site's daily job quota.
    bool checkOnly = false;
    int histogramBins = 2000; // fine grid (mean ± 8 SD) for spline knots
    // Binomial evaluation: the risk thresholds of the threshold metrics and of the decision
    // curves (net benefit, treat all, treat none; pooled and per site), each strictly between 0
    // and 1. Empty: 0.5 for the threshold metrics and no decision curve.
    std::vector<double> thresholds;
    // Leave one site out (validationrun.h): the name of one of the sites, which observes the
    // GLM study instead of taking part (it computes every β itself, contributes nothing), and
    // is then the only site evaluated and calibrated (the calibration studies are its own). No
    // per-site fits. Empty: every site takes part.
    QString observer;
    // A validation model that the sites' administrators registered (`fairstart-node models
    // add`), evaluated instead of fitting one: nothing is fitted and no β is ever sent; each
    // node evaluates its own registered copy. Binomial only; no calibration studies and no
    // per-site fits (the nodes offer neither for a registered model).
    std::optional<RegisteredModel> registeredModel;
    // Issue 15: binomial evaluation by subgroup (subgroupevaluation.cpp): a categorical or
    // binary catalogue variable, a numeric one with `subgroupEdges`, or "site". Each site
    // evaluates its own final β per cell under its release rules (POST /v1/evaluations with
    // "subgroup", in the clear at that site, also in a masked study); the client pools each
    // level over the sites (FitReport::subgroups). Empty: none.
    QString subgroup;
    std::vector<double> subgroupEdges;
    TransportOptions transport;
    // /v1/info answers the caller read moments ago, by the site's name (SurveyOptions::
    // knownInfos): the run asks those sites for their catalogue only.
    QHash<QString, protocol::NodeInfo> knownInfos;
    // The catalogues those answers carried for this run's purpose and dataset (GET /v1/info
    // ?with=catalogue, SurveyOptions::infoCarriesCatalogue), by the site's name: the run asks
    // those sites nothing before the design (issue 16, branch sites8).
    QHash<QString, protocol::Catalogue> knownCatalogues;
};

struct RunError {
    QString site; // empty when no single site is to blame (e.g. separation)
    QString phase; // "info", "catalogue", "descriptives", "job", "round 3", ...
    std::optional<SiteError> siteError;
    std::optional<analysis::Error> analysisError;
    QString message; // one line: the site, what happened, what to do
    // The other sites that refused the same request by a rule (SiteError::isRule()), each with
    // its site, code and sentence: a request that several sites refuse is reported for every
    // one of them, not the first alone. The run waits for the phase's other answers before it
    // fails on a refusal.
    QList<SiteError> otherRefusals;

    QString toString() const { return message; }
};

class SiteSurvey;

// What one site answered to "Check at sites" (RunOptions::checkOnly).
struct SiteCheck {
    QString site;
    bool passed = false;
    // Why not: a refusal by a rule (SiteError::isRule(): rule id, where, what to change) or a
    // failure (the site unreachable, a malformed answer).
    std::optional<SiteError> problem;
    QList<protocol::RuleCheck> rules; // passed: the rules the site checked (id, threshold)
};

class FederatedRun : public QObject {
    Q_OBJECT
public:
    FederatedRun(QList<Site> sites, RunOptions options, QObject *parent = nullptr);
    // The same on a transport the caller used already (its connections to the sites kept and
    // reused: fairstart-cli's survey of the purpose, then the run on the same TLS connections).
    // The run takes it over (it becomes its child); its default options are the run's.
    FederatedRun(QList<Site> sites, RunOptions options, Transport *transport,
                 QObject *parent = nullptr);
    ~FederatedRun() override;

    // Starts the run; progress and the end arrive as signals from the event loop.
    void start();
    // Stops the run: requests in flight are aborted, open jobs are cancelled at the sites (without
    // waiting), and failed() is emitted with a Cancelled error.
    void cancel();

    bool isRunning() const { return m_running; }
    // The record so far (complete after finished()): design, hash, sites with versions and
    // policies, cohort sizes as released, per-round timings, the fit and its performance.
    const protocol::FitReport &report() const { return m_report; }
    const std::optional<RunError> &error() const { return m_error; }
    // "masked" or "plain": the studies' mode, chosen after /v1/info (empty before).
    const QString &mode() const { return m_mode; }
    // The node information of every site that answered (for "sites check" style displays).
    const QList<protocol::NodeInfo> &nodeInfos() const { return m_infos; }
    // The sites whose study keys this run saw for the first time (the Site as given, with the
    // keys from /v1/info): the caller records them (SiteRegistry::recordKeys, the workspace) so
    // that later runs pin them. Also announced by siteKeysRecorded().
    const QList<Site> &recordedKeys() const { return m_recordedKeys; }

Q_SIGNALS:
    void phaseChanged(const QString &phase);
    void siteProgress(const QString &site, fairstart::client::SiteState state,
                      const QString &message);
    // A round of the GLM study (null model included): the deviance at the round's β, from the
    // sums every node also computed.
    void roundFinished(int round, double deviance, double milliseconds);
    void siteKeysRecorded(const fairstart::client::Site &site);
    // A request to `site` will be sent again after `delayMs` (Transport::retrying): the node was
    // busy (429: `reason` names its rule) or the attempt failed on the way.
    void requestRetrying(const QString &site, int nextAttempt, int delayMs,
                         const fairstart::client::SiteError &reason);
    void finished(const fairstart::protocol::FitReport &report);
    void failed(const fairstart::client::RunError &error);
    // The end of a check-only run: every chosen site's answer, in the order of the sites.
    void checked(const QList<fairstart::client::SiteCheck> &checks);

private:
    struct Slot;
    using OnAnswer = std::function<std::optional<SiteError>(int index, const QByteArray &body)>;
    using MakeRequest = std::function<Request(int index)>;

    void fanout(const QString &phase, bool droppable, const MakeRequest &make,
                const OnAnswer &onAnswer, std::function<void()> then);
    void fanoutTo(const QList<int> &targets, const QString &phase, bool droppable,
                  const MakeRequest &make, const OnAnswer &onAnswer, std::function<void()> then);
    int observerSlot() const; // the slot of RunOptions::observer, -1 without one
    int slotOf(const QString &site) const; // the slot of the site of that name, or -1
    int activeSlotOf(const QString &site) const; // the same if that slot is active, else -1
    void siteFailed(int index, const QString &phase, const SiteError &error, bool droppable);
    // The slot's record and state of a failure (siteFailed without ending the run).
    void recordFailure(int index, const SiteError &error);
    // A fan-out's rule refusals, after its last answer: the run fails with every one of them.
    void failRefused(const QString &phase, const std::vector<std::pair<int, SiteError>> &refusals);
    void fail(RunError error);
    void failAnalysis(const QString &phase, const analysis::Error &error);
    QList<int> activeSlots() const;
    void setState(int index, SiteState state, const QString &message);

    void askInfo(); // info and catalogue of every site, one SiteSurvey
    void askCatalogue(); // after the survey: record first keys, choose the mode
    void resolveDesign();
    void askMoments(const std::vector<std::string> &variables);
    void askHistograms(const std::vector<std::string> &variables);
    // Plain mode: one descriptives request to every active site; `then` with the answers by slot.
    using PerSiteDescriptives = std::map<int, protocol::DescriptivesResponse>;
    void askDescriptives(const protocol::DescriptivesRequest &request,
                         std::function<void(const PerSiteDescriptives &)> then);
    QList<Site> resolutionSites() const;
    std::function<void(const SiteError &)> resolutionFailure();
    void finishResolution();

    struct Study;
    void runStudy(protocol::JobKind kind, const QString &phase,
                  std::function<void(analysis::GlmResult)> then);
    void openStudy(std::shared_ptr<Study> study);
    void armStudy(std::shared_ptr<Study> study);
    void studyRound(std::shared_ptr<Study> study);
    void roundAnswered(std::shared_ptr<Study> study, qint64 ms);
    void studyConverged(std::shared_ptr<Study> study);
    std::optional<SiteError> studyError(const Study &study, int participant,
                                        const QString &what) const;
    void fitPerSite();
    void closeJobs(std::function<void()> then);
    // Cancels (site, job id) pairs at their nodes; `then` when every node answered (at once
    // without jobs), unless the run ended meanwhile. A failure changes nothing computed.
    void cancelJobs(const std::vector<std::pair<int, QString>> &jobs, std::function<void()> then);
    // The jobs of a study whose part of the run ended, cancelled now, beside the parts still
    // running, instead of at the run's end (issue 16); a node that ends such a job itself
    // (capability "ends-calibration-jobs" for a calibration study, "ends-evaluation-jobs" for
    // an evaluation study, with nodeEnds) gets no request. The run completes
    // when these answered too.
    void closeStudyJobs(const Study &study, bool nodeEnds);
    void glmJobsDone(); // a part that used the GLM study's jobs ended
    // Check-only (sitecheck.cpp): the manifest to every site instead of opening the jobs.
    void checkAtSites(const protocol::StudyManifest &manifest,
                      const QList<std::pair<int, Site>> &sites);

    void fitModel();
    void afterFit();
    void evaluate();
    void evaluateRegistered(); // RunOptions::registeredModel instead of a fit
    // Masked mode (maskedevaluation.cpp): an evaluation study whose one round every participant
    // answers masked; only the pooled sums decode.
    void evaluateMasked();
    void evaluationAnswered(std::shared_ptr<Study> study);
    void evaluated(); // after either evaluation: the subgroups, then the part is done
    void calibrate(protocol::JobKind kind, const QString &phase);
    void partDone(); // one of afterFit's parts ended; the last one completes the run
    void evaluateSubgroups(); // subgroupevaluation.cpp
    void complete();
    void completed();

    Transport *m_transport;
    RunOptions m_options;
    std::vector<Slot> m_slots;
    bool m_running = false;
    bool m_subgroupsDone = false;
    int m_generation = 0; // the run's: replies of an ended run are ignored
    int m_parts = 0; // afterFit's parts still running (per-site fits, evaluation, calibration)
    QList<Reply *> m_inFlight;
    // Rule refusals held while a fan-out's other answers arrive (failRefused); fail() reports them
    // with whatever ends the run meanwhile.
    std::vector<std::pair<int, SiteError>> m_heldRefusals;
    protocol::FitReport m_report;
    std::optional<RunError> m_error;
    QList<protocol::NodeInfo> m_infos;
    analysis::ModelSpec m_spec; // after markCategorical
    analysis::ResolvedDesign m_design;
    std::map<std::string, analysis::Moments> m_moments;
    std::vector<std::string> m_terms;
    QString m_mode; // the studies' mode, chosen once after /v1/info
    std::shared_ptr<Study> m_glm; // the GLM study: its jobs serve site fits and evaluations
    QList<Site> m_recordedKeys;
    SiteSurvey *m_survey = nullptr;
    std::vector<std::pair<int, QString>> m_openJobs; // (site, job id): cancelled on failure
};

} // namespace fairstart::client

Q_DECLARE_METATYPE(fairstart::client::SiteState)
Q_DECLARE_METATYPE(fairstart::client::RunError)
Q_DECLARE_METATYPE(fairstart::client::SiteCheck)

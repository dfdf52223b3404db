// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/client/validationrun.h"
#include "federatedrun_p.h"

#include "fairstart/client/clientinfo.h"
#include "fairstart/client/tr.h"

#include "fairstart/protocol/codec.h"

#include <QJsonArray>

#include <cmath>
#include <utility>

namespace fairstart::client {

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

QJsonValue number(double v, bool ok)
{
    return ok && std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

} // namespace

std::vector<double> defaultDecisionThresholds()
{
    return { 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5 };
}

std::vector<DecisionPoint> toDecisionPoints(const std::vector<analysis::NetBenefit> &curve)
{
    std::vector<DecisionPoint> out;
    for (const analysis::NetBenefit &b : curve)
        out.push_back({ b.threshold, b.gridThreshold, b.model, b.treatAll, b.treatNone,
                        b.netBenefitErrorBound });
    return out;
}

analysis::HeldOutSite HeldOutResult::toHeldOutSite() const
{
    analysis::HeldOutSite s;
    s.heldOut = heldOut.toStdString();
    s.n = n;
    s.events = events;
    s.auc = auc;
    s.aucSe = aucSe;
    s.calibrationSlope = calibrationSlope;
    s.calibrationSlopeSe = calibrationSlopeSe;
    s.calibrationInTheLarge = calibrationInTheLarge;
    s.calibrationInTheLargeSe = calibrationInTheLargeSe;
    s.observedExpected = observedExpected;
    s.brier = brier;
    return s;
}

QJsonObject validationToJson(const ValidationReport &report)
{
    QJsonArray perSite;
    for (const HeldOutResult &r : report.perSite) {
        const bool ok = r.ok();
        QJsonObject o { { QStringLiteral("held_out"), r.heldOut },
                        { QStringLiteral("n"), number(r.n, ok) },
                        { QStringLiteral("events"), number(r.events, ok) },
                        { QStringLiteral("auc"), number(r.auc, ok) },
                        { QStringLiteral("auc_se"), number(r.aucSe, ok) },
                        { QStringLiteral("calibration_slope"), number(r.calibrationSlope, ok) },
                        { QStringLiteral("calibration_in_the_large"),
                          number(r.calibrationInTheLarge, ok) },
                        { QStringLiteral("observed_expected"), number(r.observedExpected, ok) },
                        { QStringLiteral("brier"), number(r.brier, ok) } };
        if (!ok && r.withheld) {
            o.insert(QStringLiteral("withheld"), true);
            o.insert(QStringLiteral("rule"), r.withheldRule);
        }
        if (!ok)
            o.insert(QStringLiteral("failure"), r.failure);
        if (r.subgroups)
            o.insert(QStringLiteral("subgroups"), protocol::toJson(*r.subgroups));
        perSite.append(o);
    }
    QJsonObject pooled;
    for (const analysis::PooledMeasure &m : report.pooled)
        pooled.insert(qs(m.measure),
                      QJsonObject { { QStringLiteral("estimate"), m.estimate },
                                    { QStringLiteral("ci"), QJsonArray { m.ciLower, m.ciUpper } },
                                    { QStringLiteral("pi"), QJsonArray { m.piLower, m.piUpper } },
                                    { QStringLiteral("tau2"), m.tau2 } });
    return QJsonObject { { QStringLiteral("per_site"), perSite },
                         { QStringLiteral("pooled"), pooled } };
}

ValidationRun::ValidationRun(QList<Site> sites, ValidationOptions options, QObject *parent)
    : QObject(parent)
    , m_sites(std::move(sites))
    , m_options(std::move(options))
{
    if (m_options.thresholds.empty())
        m_options.thresholds = defaultDecisionThresholds();
    // A fold is the model of its training sites: none is ever dropped from one, and only the
    // held-out site is evaluated and calibrated.
    m_options.run.evaluate = true;
    m_options.run.calibration = true;
    m_options.run.perSiteFits = false;
    m_options.run.continueWithout = false;
    m_options.run.thresholds = m_options.thresholds;
}

ValidationRun::~ValidationRun() = default;

void ValidationRun::start()
{
    if (m_running)
        return;
    m_running = true;
    m_error.reset();
    m_recordedKeys.clear();
    m_report = {};
    m_report.dataset = m_options.run.dataset;
    m_report.purpose = m_options.run.purpose;
    m_report.thresholds = m_options.thresholds;
    m_report.started = QDateTime::currentDateTimeUtc();
    m_report.clientVersion = clientVersion();
    m_fold = 0;
    m_curves.clear();
    if (m_sites.size() < analysis::minimumValidationSites)
        return fail(runError(
            QStringLiteral("start"),
            Tr::tr("Leave-one-site-out validation needs at least %1 sites (each is held out in "
                   "turn and the model fitted on the others, and the pooled measures need three "
                   "held-out sites); %n site(s) were given. Add sites, or report the fit's "
                   "apparent performance as apparent.",
                   nullptr, int(m_sites.size()))
                .arg(analysis::minimumValidationSites)));
    if (m_options.run.spec.family != analysis::Family::Binomial)
        return fail(runError(QStringLiteral("start"),
                             Tr::tr("Validation measures (AUC, calibration, O/E, Brier score) "
                                    "need a binomial model; choose an outcome with two "
                                    "classes.")));
    // Checked here, not by each fold's run: a bad threshold is the run's error, not a fold's.
    if (std::optional<RunError> e = thresholdsError(m_options.thresholds))
        return fail(*e);
    startFold();
}

void ValidationRun::cancel()
{
    if (!m_running)
        return;
    if (m_current) {
        m_current->cancel(); // its failed() ends this run in foldDone
        return;
    }
    fail(runError(QStringLiteral("cancelled"), Tr::tr("The run was cancelled.")));
}

void ValidationRun::startFold()
{
    const QString heldOut = m_sites.at(m_fold).name;
    RunOptions options = m_options.run;
    options.observer = heldOut;
    auto *run = new FederatedRun(m_sites, options, this);
    m_current = run;
    connect(run, &FederatedRun::phaseChanged, this, &ValidationRun::phaseChanged);
    connect(run, &FederatedRun::siteProgress, this, &ValidationRun::siteProgress);
    connect(run, &FederatedRun::roundFinished, this, &ValidationRun::roundFinished);
    connect(run, &FederatedRun::siteKeysRecorded, this, [this](const Site &site) {
        // Later folds pin what this one saw first.
        for (Site &s : m_sites) {
            if (s.name == site.name) {
                s.signingKey = site.signingKey;
                s.keyAgreementKey = site.keyAgreementKey;
            }
        }
        m_recordedKeys << site;
        Q_EMIT siteKeysRecorded(site);
    });
    connect(run, &FederatedRun::finished, this, [this, run] { foldDone(run); });
    connect(run, &FederatedRun::failed, this, [this, run] { foldDone(run); });
    Q_EMIT foldStarted(m_fold, int(m_sites.size()), heldOut);
    run->start();
}

void ValidationRun::foldDone(FederatedRun *run)
{
    if (run != m_current)
        return;
    m_current = nullptr;
    run->deleteLater();
    HeldOutResult r;
    r.heldOut = m_sites.at(m_fold).name;
    const protocol::FitReport &report = run->report();
    if (report.study) {
        for (const protocol::StudyParticipant &p : report.study->manifest.participants)
            r.trainedOn << p.name;
        r.study = report.study->study;
        r.mode = report.study->mode;
    }
    r.rounds = report.glm.rounds;
    if (const std::optional<RunError> &error = run->error()) {
        if (error->siteError && error->siteError->kind == SiteError::Kind::Cancelled) {
            fail(*error);
            return;
        }
        r.failure = error->message;
        r.failurePhase = error->phase;
        // A release rule of the held-out node (not the training sites', not the fit's): its
        // evaluation or calibration is withheld, which is not an error of the run.
        if (error->siteError && error->siteError->isRule() && error->phase != QLatin1String("fit")
            && !error->phase.startsWith(QLatin1String("round")) && error->site == r.heldOut) {
            r.withheld = true;
            r.withheldRule = error->siteError->code;
            r.withheldParams = error->siteError->params;
            r.withheldWhere = error->siteError->detail;
        }
    } else {
        r.subgroups = report.subgroups;
        if (m_report.designHash.isEmpty()) {
            m_report.designHash = report.designHash;
            m_report.design = report.design;
        }
        const protocol::SitePerformance *mine = nullptr;
        for (const protocol::SitePerformance &sp : report.perSite) {
            if (sp.site == r.heldOut)
                mine = &sp;
        }
        if (report.designHash != m_report.designHash) {
            // Every fold resolves the design from all sites' catalogues and descriptives; a
            // different one means a site's answers changed during the run.
            r.failure = Tr::tr("The design of this fold (%1) differs from the other folds' (%2): "
                               "a site's catalogue or descriptives changed during the run. Run "
                               "the validation again.")
                            .arg(report.designHash, m_report.designHash);
            r.failurePhase = QStringLiteral("design");
        } else if (!mine || !mine->metrics) {
            r.failure = mine && !mine->note.isEmpty()
                ? mine->note
                : Tr::tr("The held-out site released no evaluation of the model.");
            r.failurePhase = QStringLiteral("evaluation");
        } else if (!report.calibrationSlope || !report.calibrationSlopeSe
                   || !report.calibrationIntercept || !report.calibrationInterceptSe) {
            r.failure = Tr::tr("The held-out site's calibration studies gave no estimate.");
            r.failurePhase = QStringLiteral("calibration");
        } else {
            const analysis::PerformanceMetrics &m = *mine->metrics;
            r.n = m.n;
            r.events = m.events;
            r.auc = m.auc;
            r.aucSe = m.aucSe;
            r.aucLower = m.aucLower;
            r.aucUpper = m.aucUpper;
            r.aucErrorBound = m.aucBinningErrorBound;
            r.aucExact = mine->discrimination && mine->discrimination->sitesWithExact == 1
                && mine->discrimination->errorBound == 0.0;
            r.brier = m.brier;
            r.observedExpected = m.observedExpectedRatio;
            r.calibrationSlope = *report.calibrationSlope;
            r.calibrationSlopeSe = *report.calibrationSlopeSe;
            r.calibrationInTheLarge = *report.calibrationIntercept;
            r.calibrationInTheLargeSe = *report.calibrationInterceptSe;
            r.decisionCurve = toDecisionPoints(mine->decisionCurve);
            if (mine->decisionCurve.size() == m_options.thresholds.size())
                m_curves.emplace_back(r.events, mine->decisionCurve);
        }
    }
    m_report.perSite << r;
    Q_EMIT foldFinished(r);
    if (!m_running)
        return;
    if (++m_fold < int(m_sites.size())) {
        startFold();
        return;
    }
    finish();
}

void ValidationRun::finish()
{
    std::vector<analysis::HeldOutSite> sites;
    QStringList failed, withheld;
    for (const HeldOutResult &r : std::as_const(m_report.perSite)) {
        if (r.ok())
            sites.push_back(r.toHeldOutSite());
        else
            (r.withheld ? withheld : failed) << r.heldOut;
    }
    // The sites left out, a withheld evaluation said as withheld (a site's rule), not as failed.
    QStringList without;
    if (!withheld.isEmpty())
        without << Tr::tr("%1 withheld by its own release rules")
                       .arg(withheld.join(QStringLiteral(", ")));
    if (!failed.isEmpty())
        without << Tr::tr("%1 failed").arg(failed.join(QStringLiteral(", ")));
    if (int(sites.size()) < analysis::minimumValidationSites) {
        m_report.poolingNote
            = Tr::tr("Only %n held-out site(s) gave results (%1; see their rows); pooling needs "
                     "at least three, so no pooled measures are given.",
                     nullptr, int(sites.size()))
                  .arg(without.join(QStringLiteral("; ")));
    } else {
        analysis::Result<std::vector<analysis::PooledMeasure>> pooled
            = analysis::poolHeldOutSites(sites);
        if (pooled)
            m_report.pooled = *pooled;
        else
            m_report.poolingNote = Tr::tr("The held-out sites' measures could not be pooled: %1")
                                       .arg(qs(pooled.error().message));
        if (pooled && !without.isEmpty())
            m_report.poolingNote = Tr::tr("Pooled over %n held-out site(s); without the sites "
                                          "that gave no results (%1; see their rows).",
                                          nullptr, int(sites.size()))
                                       .arg(without.join(QStringLiteral("; ")));
    }
    // The held-out predictions of all sites together: net benefit adds up over records.
    for (size_t t = 0; !m_curves.empty() && t < m_options.thresholds.size(); ++t) {
        double n = 0, tp = 0, fp = 0, events = 0, bound = 0;
        for (const auto &[siteEvents, curve] : m_curves) {
            const analysis::NetBenefit &b = curve.at(t);
            n += b.n;
            tp += b.truePositives;
            fp += b.falsePositives;
            events += siteEvents;
            bound += b.n * b.netBenefitErrorBound;
        }
        const analysis::NetBenefit &first = m_curves.front().second.at(t);
        const double w = first.gridThreshold / (1.0 - first.gridThreshold);
        DecisionPoint p;
        p.threshold = first.threshold;
        p.gridThreshold = first.gridThreshold;
        p.netBenefit = tp / n - fp / n * w;
        p.treatAll = events / n - (n - events) / n * w;
        p.treatNone = 0.0;
        p.errorBound = bound / n;
        m_report.pooledDecisionCurve.push_back(p);
    }
    m_running = false;
    m_report.finished = QDateTime::currentDateTimeUtc();
    Q_EMIT phaseChanged(QStringLiteral("done"));
    Q_EMIT finished(m_report);
}

void ValidationRun::fail(RunError error)
{
    if (!m_running)
        return;
    m_running = false;
    if (m_current) {
        FederatedRun *run = std::exchange(m_current, nullptr);
        run->cancel();
        run->deleteLater();
    }
    m_report.finished = QDateTime::currentDateTimeUtc();
    m_error = error;
    Q_EMIT failed(error);
}

} // namespace fairstart::client

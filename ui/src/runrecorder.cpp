// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/ui/runrecorder.h"
#include "fairstart/ui/results/rulenotes.h"

#include "workspacenotice.h"

#include "fairstart/client/refusals.h"
#include "fairstart/protocol/codec.h"
#include "fairstart/ui/rundialog.h"
#include "fairstart/ui/tr.h"
#include "fairstart/workspace/workspace.h"

namespace fairstart::ui {

using workspace::SiteRunState;

namespace {

bool isFinal(int state)
{
    const auto s = SiteRunState(state);
    return s != SiteRunState::Pending && s != SiteRunState::Running;
}

} // namespace

RunRecorder::RunRecorder(workspace::Workspace *workspace, qint64 designId,
                         const QJsonObject &request, const QStringList &sites, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_sites(sites)
{
    for (const QString &s : sites)
        m_states.insert(s, int(SiteRunState::Pending));
    if (!workspace || !designId)
        return;
    auto run = workspace->addRun(designId, request, sites);
    if (run)
        m_runId = run.value();
    else
        m_problem = workspaceNotice(BackgroundWrite::RunRecord, run.error());
}

void RunRecorder::write(const QString &site, int state, const QString &message)
{
    if (!m_states.contains(site))
        return;
    m_states[site] = state;
    if (m_workspace && m_runId) {
        if (auto updated = m_workspace->updateRunSite(m_runId, site, SiteRunState(state), message);
            !updated)
            Q_EMIT writeFailed(workspaceNotice(BackgroundWrite::RunState, updated.error()));
    }
    Q_EMIT recorded();
}

void RunRecorder::siteProgress(const QString &site, client::SiteState state, const QString &message)
{
    if (isFinal(m_states.value(site)))
        return;
    switch (state) {
    case client::SiteState::Waiting:
    case client::SiteState::Working:
    case client::SiteState::Done:
        // Done means the site answered what the run asked so far: final only with the result.
        if (m_states.value(site) != int(SiteRunState::Running) || !message.isEmpty())
            write(site, int(SiteRunState::Running), phaseText(message)); // the user's language
        break;
    case client::SiteState::Failed:
        write(site, int(SiteRunState::Failed), message);
        break;
    case client::SiteState::Excluded:
        write(site, int(SiteRunState::Failed), Tr::tr("Left out after a failure: %1").arg(message));
        break;
    }
}

bool RunRecorder::finished(const protocol::FitReport &report)
{
    for (const protocol::SiteRecord &s : report.sites) {
        write(s.name,
              int(s.state == QLatin1String("ok") ? SiteRunState::Succeeded : SiteRunState::Failed),
              siteErrorText(s));
    }
    // A site the report does not name took no part: say so rather than leave it running.
    for (const QString &site : std::as_const(m_sites)) {
        if (!isFinal(m_states.value(site)))
            write(site, int(SiteRunState::Failed), Tr::tr("Not part of the finished run."));
    }
    if (!m_workspace || !m_runId)
        return false;
    return bool(m_workspace->setRunResult(m_runId, protocol::toJson(report)));
}

bool RunRecorder::failed(const client::RunError &error, const protocol::FitReport *kept)
{
    const bool cancelled
        = error.siteError && error.siteError->kind == client::SiteError::Kind::Cancelled;
    if (!error.site.isEmpty() && !cancelled) {
        const bool refused = error.siteError && error.siteError->isRule();
        write(error.site, int(refused ? SiteRunState::Refused : SiteRunState::Failed),
              refused ? refusalText(*error.siteError) : error.message);
    }
    // Everyone else stopped with the run; the reason says why.
    const QString reason = cancelled ? Tr::tr("Stopped: the run was cancelled.")
        : error.site.isEmpty()       ? Tr::tr("Stopped: %1").arg(error.message)
                                     : Tr::tr("Stopped because %1 failed.").arg(error.site);
    for (const QString &site : std::as_const(m_sites)) {
        if (isFinal(m_states.value(site)))
            continue;
        if (kept)
            write(site, int(SiteRunState::Succeeded),
                  Tr::tr("The model was fitted; the evaluation stopped: %1").arg(error.message));
        else
            write(site, int(SiteRunState::Cancelled), reason);
    }
    if (kept && m_workspace && m_runId)
        return bool(m_workspace->setRunResult(m_runId, protocol::toJson(*kept)));
    return false;
}

} // namespace fairstart::ui

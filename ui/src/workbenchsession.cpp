// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbenchsession.h"

#include "workspacenotice.h"

#include "fairstart/ui/tr.h"
#include "fairstart/workspace/workspace.h"

#include <QSettings>

#include <algorithm>
#include <tuple>

namespace fairstart::ui {

namespace {

const QString RecentKey = QStringLiteral("recentWorkspaces");
const QString CurrentDesignKey = QStringLiteral("workbench/currentDesign");

} // namespace

WorkbenchSession::WorkbenchSession(QObject *parent)
    : QObject(parent)
    , m_prefs(Preferences::load())
{
}

WorkbenchSession::~WorkbenchSession()
{
    if (m_workspace)
        disconnect(m_workspace.get(), nullptr, this, nullptr);
}

bool WorkbenchSession::isOpen() const
{
    return m_workspace && m_workspace->isOpen();
}

void WorkbenchSession::setPreferences(const Preferences &prefs)
{
    m_prefs = prefs;
    m_prefs.save();
    applyPreferences();
}

QString WorkbenchSession::openFile(const QString &path, const QString &passphrase, bool create,
                                   std::unique_ptr<workspace::Workspace> *opened)
{
    auto result = create ? workspace::Workspace::create(path, passphrase)
                         : workspace::Workspace::open(path, passphrase);
    if (!result)
        return result.error().message;
    *opened = std::move(result.value());
    return {};
}

void WorkbenchSession::adopt(std::unique_ptr<workspace::Workspace> opened, bool created,
                             const QList<client::Site> &demoSites, const QJsonObject &demoDesign)
{
    m_workspace = std::move(opened);
    m_designId = 0;
    workspace::Workspace *ws = m_workspace.get();
    connect(ws, &workspace::Workspace::locked, this, &WorkbenchSession::locked);
    connect(ws, &workspace::Workspace::autosaved, this, [this](qint64, int version) {
        Q_EMIT message(Tr::tr("Saved automatically (version %1).").arg(version));
    });
    connect(ws, &workspace::Workspace::autosaveFailed, this,
            [this](const workspace::WorkspaceError &e) {
                Q_EMIT message(workspaceNotice(BackgroundWrite::Autosave, e));
            });
    connect(ws, &workspace::Workspace::runsChanged, this, &WorkbenchSession::runsChanged);
    // A demo session's sites and design move into the new workspace.
    if (created && m_demo) {
        for (const client::Site &s : demoSites) {
            if (auto added = ws->addSite(s); !added)
                Q_EMIT message(workspaceNotice(BackgroundWrite::SiteList, added.error()));
        }
        auto saved = ws->saveDesign(Tr::tr("Untitled design"), demoDesign);
        if (!saved)
            Q_EMIT message(workspaceNotice(BackgroundWrite::DesignVersion, saved.error()));
        else if (auto kept = ws->setSetting(CurrentDesignKey, saved->designId); !kept)
            Q_EMIT message(workspaceNotice(BackgroundWrite::CurrentDesign, kept.error()));
    }
    m_demo = false;
    applyPreferences();
}

QString WorkbenchSession::close(const QJsonObject &design)
{
    // The purpose was chosen for this workspace's analyses; the next workspace's first Table 1
    // asks again (offering its newest run's purpose).
    m_analysisPurpose.clear();
    if (!m_workspace)
        return {};
    QString problem;
    if (m_prefs.autosave && m_designId) {
        if (auto saved = m_workspace->saveDesignVersion(m_designId, design); !saved)
            problem = workspaceNotice(BackgroundWrite::DesignVersion, saved.error());
    }
    m_workspace->close();
    m_workspace.reset();
    m_designId = 0;
    return problem;
}

void WorkbenchSession::rememberCurrentDesign()
{
    if (!m_workspace)
        return;
    if (auto kept = m_workspace->setSetting(CurrentDesignKey, m_designId); !kept)
        Q_EMIT message(workspaceNotice(BackgroundWrite::CurrentDesign, kept.error()));
}

qint64 WorkbenchSession::rememberedDesign() const
{
    if (!m_workspace)
        return 0;
    auto current = m_workspace->setting(CurrentDesignKey, 0);
    return current ? qint64(current->toDouble()) : 0;
}

void WorkbenchSession::createDesign(const QJsonObject &design)
{
    if (!m_workspace)
        return;
    QString name = Tr::tr("Untitled design");
    auto designs = m_workspace->designs();
    int n = 1;
    while (designs
           && std::any_of(designs->begin(), designs->end(),
                          [&](const workspace::DesignSummary &d) { return d.name == name; }))
        name = Tr::tr("Untitled design %1").arg(++n);
    auto saved = m_workspace->saveDesign(name, design);
    if (!saved) {
        Q_EMIT message(saved.error().message);
        return;
    }
    m_designId = saved->designId;
    m_workspace->setCurrentDesign(m_designId);
    rememberCurrentDesign();
}

void WorkbenchSession::scheduleAutosave(const QJsonObject &design)
{
    if (isOpen() && m_designId && m_prefs.autosave)
        m_workspace->scheduleAutosave(design);
}

void WorkbenchSession::noteActivity()
{
    if (isOpen())
        m_workspace->noteActivity();
}

void WorkbenchSession::applyPreferences()
{
    if (!m_workspace)
        return;
    m_workspace->lockAfter(std::chrono::minutes(m_prefs.idleLockMinutes));
    // A failed flush reaches the status bar through Workspace::autosaveFailed (connected when
    // the workspace opened), so its result needs no second report here.
    if (!m_prefs.autosave && m_workspace->hasPendingAutosave())
        std::ignore = m_workspace->flushAutosave();
}

QStringList WorkbenchSession::recentWorkspaces()
{
    return QSettings().value(RecentKey).toStringList();
}

void WorkbenchSession::addRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(RecentKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > 8)
        recent.removeLast();
    settings.setValue(RecentKey, recent);
    Q_EMIT recentChanged();
}

} // namespace fairstart::ui

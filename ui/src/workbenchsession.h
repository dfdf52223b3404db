// SPDX-License-Identifier: GPL-3.0-or-later
// The workbench's session: the open workspace (or the demo federation, which has none), the
// design being edited in it, its autosave, the idle lock, the preferences that govern both and
// the recent-workspaces list. MainWindow shows what the session holds; the session never touches
// a widget, so its rules (what is saved when, what a demo session carries into a new workspace)
// read in one place.
#pragma once

#include "fairstart/client/site.h"
#include "fairstart/ui/dialogs.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>

#include <memory>

namespace fairstart::workspace {
class Workspace;
}

namespace fairstart::ui {

class WorkbenchSession : public QObject {
    Q_OBJECT

public:
    explicit WorkbenchSession(QObject *parent = nullptr);
    ~WorkbenchSession() override;

    workspace::Workspace *workspace() const { return m_workspace.get(); }
    bool isOpen() const; // a workspace is open (not locked)
    bool isDemo() const { return m_demo; }
    void setDemo(bool demo) { m_demo = demo; }
    qint64 designId() const { return m_designId; }
    // The purpose of the last fit or validation started in this session, or the last chosen for
    // Table 1 or the dashboard (empty before one; cleared when the workspace closes):
    // Table 1 and the dashboard describe under it, so that they describe the records the analyses
    // used. Another purpose's consent selects other records, and a node refuses a cohort a few
    // records from an earlier one ("differencing").
    const QString &analysisPurpose() const { return m_analysisPurpose; }
    void setAnalysisPurpose(const QString &purpose) { m_analysisPurpose = purpose; }
    void setDesignId(qint64 id) { m_designId = id; }
    const Preferences &preferences() const { return m_prefs; }
    void setPreferences(const Preferences &prefs); // saves and applies them

    // Opens or creates the workspace file; does not yet make it the session's. Empty on success.
    static QString openFile(const QString &path, const QString &passphrase, bool create,
                            std::unique_ptr<workspace::Workspace> *opened);
    // Makes `ws` the session's workspace (the caller closed the previous one). A demo session's
    // sites and design move into a workspace just created for it.
    void adopt(std::unique_ptr<workspace::Workspace> ws, bool created,
               const QList<client::Site> &demoSites, const QJsonObject &demoDesign);
    // Saves a version of the design (with autosave on) and closes the workspace. Empty when
    // that went well, else the problem (the workspace is closed either way).
    QString close(const QJsonObject &design);

    // The design last worked on: the workspace opens it next time.
    void rememberCurrentDesign();
    qint64 rememberedDesign() const;
    // A new design record under a free "Untitled design" name; becomes the current design.
    void createDesign(const QJsonObject &design);
    void scheduleAutosave(const QJsonObject &design); // with autosave on, a design open
    void noteActivity(); // user input: restarts the idle-lock timer

    static QStringList recentWorkspaces();
    void addRecent(const QString &path);

Q_SIGNALS:
    void locked();
    void runsChanged();
    void recentChanged();
    void message(const QString &text); // for the status bar

private:
    void applyPreferences();

    std::unique_ptr<workspace::Workspace> m_workspace;
    qint64 m_designId = 0;
    QString m_analysisPurpose;
    bool m_demo = false;
    Preferences m_prefs;
};

} // namespace fairstart::ui

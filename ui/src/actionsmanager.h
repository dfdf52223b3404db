// SPDX-License-Identifier: GPL-3.0-or-later
// The workbench's actions and their containers (menus, toolbar), after LabPlot's ActionsManager:
// MainWindow keeps the state, this class owns every QAction, connects it to the window and sets
// what is enabled from the window's state (update()). A friend of MainWindow, as in LabPlot.
#pragma once

#include <QList>
#include <QObject>

class QAction;
class QMenu;

namespace fairstart::ui {

class MainWindow;

class ActionsManager : public QObject {
    Q_OBJECT

public:
    explicit ActionsManager(MainWindow *window);

    void initActions(); // creates the actions and connects them to the window
    void initMenus(); // the menu bar and the toolbar (after the docks: View lists them)
    void update(); // enabled states from the window's current state

    QMenu *recentMenu() const { return m_recentMenu; }

    QAction *newWorkspace, *openWorkspace, *closeWorkspace, *demo, *newDesign, *saveDesign,
        *exportDesign, *importDesign, *prefs, *quit, *undo, *redo, *cut, *copy, *paste, *duplicate,
        *remove, *selectAll, *zoomIn, *zoomOut, *fit, *resetZoom, *resetLayout, *run, *addSite,
        *removeSite, *refreshSites, *acceptKeys, *interaction, *about, *openResults, *compareRuns,
        *publish, *reviewer, *table1, *dashboard, *analysisPurpose, *validate, *evaluateRegistered,
        *publishRun, // the Runs panel's: the run right-clicked, not the one in Results
        *openModelFile; // a published model's file, without a workspace (the professional's)
    QList<QAction *> addBlock;

private:
    MainWindow *m_window;
    QMenu *m_recentMenu = nullptr;
};

} // namespace fairstart::ui

// SPDX-License-Identifier: GPL-3.0-or-later
// The workbench's docks: Sites, Catalogue, Properties, Runs and the Request log. They own their
// views and show what MainWindow hands them (the open workspace's runs and request log); what a
// user asks of them goes out as actions (ActionsManager) or signals.
#pragma once

#include "fairstart/ui/designer/designdocument.h"

#include <QList>
#include <QObject>

class QDockWidget;
class QLabel;
class QMainWindow;
class QSortFilterProxyModel;
class QTableView;
class QTableWidget;

namespace fairstart::workspace {
class Workspace;
}

namespace fairstart::ui {

class ActionsManager;
class CatalogueModel;
class PropertiesPanel;
class SitesModel;

class WorkbenchDocks : public QObject {
    Q_OBJECT

public:
    WorkbenchDocks(QMainWindow *window, ActionsManager *actions, DesignDocument *doc,
                   CatalogueModel *catalogue, SitesModel *sites);

    const QList<QDockWidget *> &docks() const { return m_docks; }
    QDockWidget *propertiesDock() const { return m_propertiesDock; }
    PropertiesPanel *properties() const { return m_properties; }
    QString currentSite() const; // the site selected in the Sites dock, empty when none
    qint64 currentRunId() const; // the run selected under Runs, 0 when none
    QList<qint64> selectedRunIds() const;
    int runCount() const;

    // The runs and the request log of `ws`. Without runs (no workspace, or none run yet) the
    // runs table has one row that says so and what to do; runCount() does not count it.
    void showRuns(workspace::Workspace *ws);
    void showRequestLog(workspace::Workspace *ws);
    void resizeColumnsOnChange(); // after the catalogues changed
    // The default sizes, which only take once the window has its size (first showEvent).
    void resizeToDefault();

Q_SIGNALS:
    // A catalogue variable to add as a block (button, Enter or double-click).
    void variableChosen(const QString &variable, bool categorical, fairstart::ui::BlockKind kind);
    void verifyRequestLog();
    void message(const QString &text);

private:
    void showRunsHint(const QString &text);
    QDockWidget *addDock(const QString &title, const QString &name, QWidget *content,
                         Qt::DockWidgetArea area);
    void createSitesDock(ActionsManager *actions);
    void createCatalogueDock();
    void createRunsDocks(ActionsManager *actions);

    QMainWindow *m_window;
    CatalogueModel *m_catalogue;
    SitesModel *m_sites;
    QList<QDockWidget *> m_docks;
    QDockWidget *m_propertiesDock = nullptr;
    PropertiesPanel *m_properties = nullptr;
    QTableView *m_sitesView = nullptr;
    QSortFilterProxyModel *m_catalogueFilter = nullptr;
    QTableView *m_catalogueView = nullptr;
    QTableWidget *m_runsTable = nullptr;
    QTableWidget *m_logTable = nullptr;
    QLabel *m_logStatus = nullptr;
};

} // namespace fairstart::ui

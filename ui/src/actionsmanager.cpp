// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionsmanager.h"

#include "workbenchdocks.h"
#include "workbenchsession.h"

#include "fairstart/ui/aboutdialog.h"
#include "fairstart/ui/analyses/table1.h"
#include "fairstart/ui/designer/designdocument.h"
#include "fairstart/ui/designer/designerwidget.h"
#include "fairstart/ui/designer/designscene.h"
#include "fairstart/ui/designer/designvalidator.h"
#include "fairstart/ui/designer/designview.h"
#include "fairstart/ui/mainwindow.h"
#include "fairstart/ui/results/runcomparison.h"
#include "fairstart/ui/sites/sitekeys.h"
#include "fairstart/ui/sites/sitesmodel.h"
#include "fairstart/ui/tr.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStyle>
#include <QToolBar>
#include <QUndoStack>

#include <algorithm>

namespace fairstart::ui {

ActionsManager::ActionsManager(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
}

void ActionsManager::initActions()
{
    MainWindow *w = m_window;
    auto make = [w](const QString &text, const QKeySequence &keys,
                    QStyle::StandardPixmap icon = QStyle::SP_CustomBase) {
        auto *a = new QAction(text, w);
        if (!keys.isEmpty())
            a->setShortcut(keys);
        if (icon != QStyle::SP_CustomBase)
            a->setIcon(w->style()->standardIcon(icon));
        return a;
    };
    newWorkspace
        = make(Tr::tr("&New Workspace…"), QKeySequence::New, QStyle::SP_FileDialogNewFolder);
    openWorkspace
        = make(Tr::tr("&Open Workspace…"), QKeySequence::Open, QStyle::SP_DialogOpenButton);
    closeWorkspace = make(Tr::tr("&Close Workspace"), QKeySequence::Close);
    demo = make(Tr::tr("Open &Demo Federation"), {});
    newDesign = make(Tr::tr("New &Design"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
                     QStyle::SP_FileIcon);
    saveDesign
        = make(Tr::tr("&Save Design Version"), QKeySequence::Save, QStyle::SP_DialogSaveButton);
    exportDesign = make(Tr::tr("&Export Design…"), {});
    importDesign = make(Tr::tr("&Import Design…"), {});
    prefs = make(Tr::tr("&Preferences…"), QKeySequence::Preferences);
    quit = make(Tr::tr("&Quit"), QKeySequence::Quit);
    undo = w->m_doc->undoStack()->createUndoAction(w, Tr::tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(w->style()->standardIcon(QStyle::SP_ArrowBack));
    redo = w->m_doc->undoStack()->createRedoAction(w, Tr::tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setIcon(w->style()->standardIcon(QStyle::SP_ArrowForward));
    cut = make(Tr::tr("Cu&t"), QKeySequence::Cut);
    copy = make(Tr::tr("&Copy"), QKeySequence::Copy);
    paste = make(Tr::tr("&Paste"), QKeySequence::Paste);
    duplicate = make(Tr::tr("D&uplicate"), QKeySequence(Qt::CTRL | Qt::Key_D));
    remove = make(Tr::tr("&Delete"), QKeySequence::Delete);
    selectAll = make(Tr::tr("Select &All"), QKeySequence::SelectAll);
    zoomIn = make(Tr::tr("Zoom &In"), QKeySequence::ZoomIn);
    zoomOut = make(Tr::tr("Zoom &Out"), QKeySequence::ZoomOut);
    fit = make(Tr::tr("&Fit Design"), QKeySequence(Qt::CTRL | Qt::Key_0));
    resetZoom = make(Tr::tr("&Actual Size"), QKeySequence(Qt::CTRL | Qt::Key_1));
    resetLayout = make(Tr::tr("&Reset Layout"), {});
    run = make(Tr::tr("&Run on Sites…"), QKeySequence(Qt::CTRL | Qt::Key_R), QStyle::SP_MediaPlay);
    addSite = make(Tr::tr("&Add Site…"), {});
    removeSite = make(Tr::tr("&Remove Site"), {});
    acceptKeys = make(Tr::tr("Accept Changed &Keys…"), {});
    refreshSites = make(Tr::tr("&Check Sites"), QKeySequence::Refresh, QStyle::SP_BrowserReload);
    interaction
        = make(Tr::tr("&Interaction of Selected Predictors"), QKeySequence(Qt::CTRL | Qt::Key_I));
    about = make(Tr::tr("&About Fairstart"), {});
    openResults = make(Tr::tr("&Open Results of Run"), {});
    compareRuns = make(Tr::tr("&Compare Runs"), {});
    compareRuns->setStatusTip(Tr::tr("Show the two selected runs side by side."));
    publish = make(Tr::tr("&Publish Model…"), {});
    publish->setStatusTip(Tr::tr("Store the model in the Results panel in the workspace, "
                                 "read-only, for reviewer mode and the parent sheet."));
    publishRun = make(Tr::tr("&Publish Model…"), {});
    publishRun->setStatusTip(Tr::tr("Open this run's results and store its model in the "
                                    "workspace, read-only."));
    reviewer = make(Tr::tr("Open Published Model in &Reviewer Mode…"), {});
    openModelFile = make(Tr::tr("Open &Model File…"), {});
    openModelFile->setStatusTip(Tr::tr("Open a model file from the analyst in reviewer mode and "
                                       "use its risk calculator; no workspace or network "
                                       "needed."));
    table1 = make(table1ActionText(0), {});
    table1->setStatusTip(table1ActionTip(0));
    dashboard = make(Tr::tr("Policymaker &Dashboard…"), {});
    dashboard->setStatusTip(Tr::tr("Indicators per site from the released counts, with "
                                   "suppressed counts shown as such."));
    analysisPurpose = make(Tr::tr("Analysis &Purpose…"), {});
    analysisPurpose->setStatusTip(Tr::tr("Choose the purpose Table 1 and the dashboard ask the "
                                         "sites under; they keep it until the workspace "
                                         "closes."));
    validate = make(Tr::tr("&Validate Across Sites (Leave One Out)…"), {});
    validate->setStatusTip(Tr::tr("Fit the design on all sites but one and evaluate it at "
                                  "the one left out, for every site; pooled per measure."));
    evaluateRegistered = make(Tr::tr("Evaluate a &Registered Model…"), {});
    evaluateRegistered->setStatusTip(Tr::tr("Evaluate a validation model the sites registered "
                                            "(AUC, calibration, Brier score, O:E, decision "
                                            "curve) without fitting anything."));
    const QList<std::pair<BlockKind, QKeySequence>> kinds { { BlockKind::Cohort, {} },
                                                            { BlockKind::Outcome, {} },
                                                            { BlockKind::Predictor,
                                                              QKeySequence(Qt::CTRL | Qt::Key_P) },
                                                            { BlockKind::Model, {} },
                                                            { BlockKind::Evaluation, {} } };
    for (const auto &[kind, keys] : kinds) {
        QAction *a = make(blockKindName(kind), keys);
        connect(a, &QAction::triggered, w->m_designer,
                [w, kind = kind] { w->m_designer->addBlock(kind); });
        addBlock.append(a);
    }

    connect(newWorkspace, &QAction::triggered, w, &MainWindow::newWorkspace);
    connect(openWorkspace, &QAction::triggered, w, [w] { w->openWorkspaceDialog(); });
    connect(closeWorkspace, &QAction::triggered, w, &MainWindow::closeWorkspace);
    connect(demo, &QAction::triggered, w, [w] {
        const QString problem = w->openDemoFederation(MainWindow::defaultDemoSitesFile());
        if (!problem.isEmpty()) {
            w->m_startMessage->setText(problem);
            QMessageBox::information(w, Tr::tr("Demo federation"), problem);
        }
    });
    connect(newDesign, &QAction::triggered, w, &MainWindow::newDesign);
    connect(saveDesign, &QAction::triggered, w, &MainWindow::saveDesign);
    connect(exportDesign, &QAction::triggered, w, &MainWindow::exportDesign);
    connect(importDesign, &QAction::triggered, w, &MainWindow::importDesign);
    connect(prefs, &QAction::triggered, w, &MainWindow::showPreferences);
    connect(quit, &QAction::triggered, w, &QWidget::close);
    DesignerWidget *designer = w->m_designer;
    connect(cut, &QAction::triggered, designer, &DesignerWidget::cutSelection);
    connect(copy, &QAction::triggered, designer, &DesignerWidget::copySelection);
    connect(paste, &QAction::triggered, designer, &DesignerWidget::paste);
    connect(duplicate, &QAction::triggered, designer, &DesignerWidget::duplicateSelection);
    connect(remove, &QAction::triggered, designer->scene(), &DesignScene::deleteSelection);
    connect(selectAll, &QAction::triggered, designer, [designer] {
        for (QGraphicsItem *item : designer->scene()->items())
            item->setSelected(dynamic_cast<BlockItem *>(item) != nullptr);
    });
    connect(zoomIn, &QAction::triggered, designer->view(), &DesignView::zoomIn);
    connect(zoomOut, &QAction::triggered, designer->view(), &DesignView::zoomOut);
    connect(fit, &QAction::triggered, designer->view(), &DesignView::fitToDesign);
    connect(resetZoom, &QAction::triggered, designer->view(), &DesignView::resetZoom);
    connect(resetLayout, &QAction::triggered, w, [w] { w->restoreState(w->m_defaultState); });
    connect(run, &QAction::triggered, w, [w] { w->runOnSites(); });
    connect(addSite, &QAction::triggered, w, &MainWindow::addSiteDialog);
    connect(removeSite, &QAction::triggered, w, &MainWindow::removeSite);
    connect(acceptKeys, &QAction::triggered, w, [w] {
        // The selected site, or the first whose keys changed when the selection has none.
        QString site = w->m_docks->currentSite();
        const SiteStatus *selected = w->m_sites->status(site);
        if (!selected || selected->state != SiteStatus::KeyChanged) {
            for (const SiteStatus &s : w->m_sites->statuses()) {
                if (s.state == SiteStatus::KeyChanged) {
                    site = s.site.name;
                    break;
                }
            }
        }
        QString problem;
        if (!w->m_siteKeys->acceptChangedKeys(site, &problem))
            w->statusMessage(problem);
    });
    connect(refreshSites, &QAction::triggered, w->m_sites, &SitesModel::refresh);
    connect(interaction, &QAction::triggered, designer, &DesignerWidget::addInteractionOfSelection);
    connect(openResults, &QAction::triggered, w, [w] {
        const qint64 runId = w->m_docks->currentRunId();
        if (!runId)
            return;
        if (const QString problem = w->openRunResults(runId); !problem.isEmpty())
            QMessageBox::information(w, Tr::tr("Open results"), problem);
    });
    connect(compareRuns, &QAction::triggered, w, [w] {
        QList<qint64> ids = w->m_docks->selectedRunIds();
        std::sort(ids.begin(), ids.end()); // the earlier run first
        QString problem;
        if (ids.size() != 2)
            problem = Tr::tr("Select two runs to compare (Ctrl+click the second).");
        else if (RunComparisonDialog *dialog = w->compareRuns(ids.at(0), ids.at(1), &problem))
            dialog->show();
        if (!problem.isEmpty())
            QMessageBox::information(w, Tr::tr("Compare runs"), problem);
    });
    connect(publish, &QAction::triggered, w, &MainWindow::publishDialog);
    // Seen in the fifth walk: the Runs panel's Publish published the run shown in Results, not
    // the one right-clicked. Its own action opens that run's results first.
    connect(publishRun, &QAction::triggered, w, [w] {
        const qint64 runId = w->m_docks->currentRunId();
        if (!runId)
            return;
        if (runId != w->m_resultsRunId) {
            if (const QString problem = w->openRunResults(runId); !problem.isEmpty()) {
                QMessageBox::information(w, Tr::tr("Publish model"), problem);
                return;
            }
        }
        w->publishDialog();
    });
    connect(reviewer, &QAction::triggered, w, &MainWindow::chooseReviewerModel);
    connect(openModelFile, &QAction::triggered, w, &MainWindow::chooseModelFile);
    connect(table1, &QAction::triggered, w,
            [w] { w->chooseAnalysis(MainWindow::Analysis::Table1); });
    connect(dashboard, &QAction::triggered, w,
            [w] { w->chooseAnalysis(MainWindow::Analysis::Dashboard); });
    connect(analysisPurpose, &QAction::triggered, w, &MainWindow::chooseAnalysisPurpose);
    connect(validate, &QAction::triggered, w, [w] { w->validateAcrossSites(); });
    connect(evaluateRegistered, &QAction::triggered, w, [w] {
        QString problem;
        if (!w->evaluateRegisteredModel(&problem))
            QMessageBox::information(w, Tr::tr("Evaluate a registered model"), problem);
    });
    connect(about, &QAction::triggered, w, [w] {
        AboutDialog dialog(w);
        dialog.exec();
    });
    // Delete, Cut, Copy and Paste act on the canvas only while it has focus, so that text
    // fields keep their own editing keys.
    for (QAction *a : { cut, copy, paste, remove, selectAll }) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        designer->view()->addAction(a);
    }
}

void ActionsManager::initMenus()
{
    MainWindow *w = m_window;
    QMenuBar *bar = w->menuBar();
    QMenu *file = bar->addMenu(Tr::tr("&File"));
    file->addAction(newWorkspace);
    file->addAction(openWorkspace);
    m_recentMenu = file->addMenu(Tr::tr("Open &Recent"));
    file->addAction(demo);
    file->addAction(reviewer);
    file->addAction(openModelFile);
    file->addAction(closeWorkspace);
    file->addSeparator();
    file->addAction(newDesign);
    file->addAction(saveDesign);
    file->addAction(importDesign);
    file->addAction(exportDesign);
    file->addSeparator();
    file->addAction(prefs);
    file->addSeparator();
    file->addAction(quit);

    QMenu *edit = bar->addMenu(Tr::tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(cut);
    edit->addAction(copy);
    edit->addAction(paste);
    edit->addAction(duplicate);
    edit->addAction(remove);
    edit->addSeparator();
    edit->addAction(selectAll);

    QMenu *view = bar->addMenu(Tr::tr("&View"));
    view->addAction(zoomIn);
    view->addAction(zoomOut);
    view->addAction(resetZoom);
    view->addAction(fit);
    view->addSeparator();
    for (QDockWidget *d : w->m_docks->docks())
        view->addAction(d->toggleViewAction());
    view->addSeparator();
    view->addAction(resetLayout);

    QMenu *design = bar->addMenu(Tr::tr("&Design"));
    design->setObjectName(QStringLiteral("designMenu"));
    QMenu *add = design->addMenu(Tr::tr("&Add Block"));
    add->addActions(addBlock);
    design->addAction(interaction);
    design->addSeparator();
    design->addAction(run);
    design->addAction(publish);

    QMenu *analyses = bar->addMenu(Tr::tr("&Analyses"));
    analyses->setObjectName(QStringLiteral("analysesMenu"));
    analyses->addAction(table1);
    analyses->addAction(dashboard);
    analyses->addAction(analysisPurpose);
    analyses->addSeparator();
    analyses->addAction(validate);
    analyses->addAction(evaluateRegistered);

    QMenu *sites = bar->addMenu(Tr::tr("&Sites"));
    sites->setObjectName(QStringLiteral("sitesMenu"));
    sites->addAction(addSite);
    sites->addAction(removeSite);
    sites->addAction(refreshSites);
    sites->addAction(acceptKeys);

    QMenu *help = bar->addMenu(Tr::tr("&Help"));
    help->addAction(about);

    QToolBar *tools = w->addToolBar(Tr::tr("Main toolbar"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->addAction(newDesign);
    tools->addAction(saveDesign);
    tools->addSeparator();
    // The stack's own actions rename themselves ("Undo Move Block"), which widened their
    // buttons and moved Run along the toolbar at every edit: the toolbar has buttons of a fixed
    // text that say what they would undo in their tooltip.
    QUndoStack *stack = w->m_doc->undoStack();
    auto fixedText = [tools, stack](QAction *action, const QString &text, bool redoing) {
        auto button = new QAction(action->icon(), text, tools);
        button->setObjectName(redoing ? QStringLiteral("toolbarRedo")
                                      : QStringLiteral("toolbarUndo"));
        auto sync = [button, action] {
            button->setEnabled(action->isEnabled());
            // "Undo Move Block (Ctrl+Z)": the action's own text without its mnemonic.
            QString tip = action->text();
            tip.remove(QLatin1Char('&'));
            if (!action->shortcut().isEmpty())
                tip = Tr::tr("%1 (%2)").arg(tip,
                                            action->shortcut().toString(QKeySequence::NativeText));
            button->setToolTip(tip);
        };
        sync();
        QObject::connect(action, &QAction::changed, button, sync);
        QObject::connect(button, &QAction::triggered, stack,
                         redoing ? &QUndoStack::redo : &QUndoStack::undo);
        tools->addAction(button);
    };
    fixedText(undo, Tr::tr("Undo"), false);
    fixedText(redo, Tr::tr("Redo"), true);
    tools->addSeparator();
    tools->addAction(fit);
    tools->addSeparator();
    tools->addAction(refreshSites);
    tools->addAction(run);
}

void ActionsManager::update()
{
    const MainWindow *w = m_window;
    const WorkbenchSession *session = w->m_session;
    const bool open = session->workspace() || session->isDemo();
    const bool ws = session->workspace() != nullptr;
    const bool selection = !w->m_designer->scene()->selectedBlockIds().isEmpty();
    const QList<SiteStatus> &statuses = w->m_sites->statuses();
    closeWorkspace->setEnabled(ws);
    saveDesign->setEnabled(ws);
    exportDesign->setEnabled(ws && session->designId());
    importDesign->setEnabled(ws);
    newDesign->setEnabled(open);
    run->setEnabled(open && !hasErrors(w->m_designer->messages()) && !statuses.isEmpty());
    addSite->setEnabled(open);
    removeSite->setEnabled(ws);
    refreshSites->setEnabled(!statuses.isEmpty());
    acceptKeys->setEnabled(std::any_of(statuses.begin(), statuses.end(), [](const SiteStatus &s) {
        return s.state == SiteStatus::KeyChanged;
    }));
    for (QAction *a : { cut, copy, duplicate, remove })
        a->setEnabled(selection);
    interaction->setEnabled(selection);
    openResults->setEnabled(ws && w->m_docks->runCount() > 0);
    compareRuns->setEnabled(ws && w->m_docks->runCount() > 1);
    publish->setEnabled(ws && w->m_resultsRunId != 0);
    publishRun->setEnabled(ws && w->m_docks->runCount() > 0);
    reviewer->setEnabled(ws);
    table1->setEnabled(open);
    // With three or more sites Table 1 is pooled (masked): the menu says so before it is chosen.
    const int online = int(std::count_if(statuses.begin(), statuses.end(), [](const SiteStatus &s) {
        return s.state == SiteStatus::Online && s.catalogue.info;
    }));
    table1->setText(table1ActionText(online));
    table1->setStatusTip(table1ActionTip(online));
    dashboard->setEnabled(open);
    analysisPurpose->setEnabled(open);
    validate->setEnabled(run->isEnabled());
    evaluateRegistered->setEnabled(open);
}

} // namespace fairstart::ui

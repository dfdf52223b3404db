// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/ui/mainwindow.h"

#include "fairstart/analysis/formula.h"
#include "fairstart/client/siteregistry.h"
#include "fairstart/protocol/codec.h"
#include "fairstart/ui/aboutdialog.h"
#include "fairstart/ui/analyses/descriptivesfetch.h"
#include "fairstart/ui/analyses/table1.h"
#include "fairstart/ui/catalogue/cataloguemodel.h"
#include "fairstart/ui/dashboard/dashboardview.h"
#include "fairstart/ui/designer/designdocument.h"
#include "fairstart/ui/designer/designerwidget.h"
#include "fairstart/ui/designer/designscene.h"
#include "fairstart/ui/designer/designview.h"
#include "fairstart/ui/designer/propertiespanel.h"
#include "fairstart/ui/publishdialog.h"
#include "fairstart/ui/results/resultsview.h"
#include "fairstart/ui/results/runcomparison.h"
#include "fairstart/ui/results/thresholds.h"
#include "fairstart/ui/reviewer/reviewerwindow.h"
#include "fairstart/ui/rundialog.h"
#include "fairstart/ui/runrecorder.h"
#include "fairstart/ui/runrequest.h"
#include "fairstart/ui/sites/sitekeys.h"
#include "fairstart/ui/sites/sitesmodel.h"
#include "fairstart/ui/tr.h"
#include "fairstart/workspace/workspace.h"

#include "workspacenotice.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QCommandLinkButton>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QShowEvent>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <tuple>

namespace fairstart::ui {

namespace {

const QString RecentKey = QStringLiteral("recentWorkspaces");
const QString CurrentDesignKey = QStringLiteral("workbench/currentDesign");

QTableWidget *makeTable(const QStringList &headers, const QString &name)
{
    auto *t = new QTableWidget(0, int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setAccessibleName(name);
    return t;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("FairstartMainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/fairstart.svg")));
    m_prefs = Preferences::load();
    m_doc = new DesignDocument(this);
    m_catalogue = new CatalogueModel(this);
    m_sites = new SitesModel(this);
    m_siteKeys = new SiteKeyPins(
        m_sites, [this] { return m_workspace.get(); }, this);
    connect(m_siteKeys, &SiteKeyPins::message, this, &MainWindow::statusMessage);
    m_designer = new DesignerWidget(m_doc, m_catalogue, this);
    m_central = new QStackedWidget(this);
    m_central->addWidget(createStartPage());
    // The design and its results share the centre, where there is room to read a result.
    m_results = new ResultsView;
    m_work = new QTabWidget;
    m_work->setObjectName(QStringLiteral("workTabs"));
    m_work->setDocumentMode(true);
    m_work->addTab(m_designer, Tr::tr("&Design"));
    m_work->addTab(m_results, Tr::tr("&Results"));
    m_central->addWidget(m_work);
    setCentralWidget(m_central);
    // Reading a result needs the width the block properties take while designing: the
    // Properties panel steps aside on the Results tab and comes back on the Design tab, unless
    // the user closed it.
    connect(m_work, &QTabWidget::currentChanged, this, [this](int index) {
        QDockWidget *properties = findChild<QDockWidget *>(QStringLiteral("propertiesDock"));
        if (!properties)
            return;
        if (m_work->widget(index) == m_results) {
            m_propertiesWasVisible = properties->isVisible();
            properties->hide();
        } else if (m_propertiesWasVisible) {
            properties->show();
        }
    });

    createActions();
    createDocks();
    createMenus();

    m_validationLabel = new QLabel(this);
    m_zoomLabel = new QLabel(Tr::tr("Zoom 100%"), this);
    statusBar()->addPermanentWidget(m_validationLabel);
    statusBar()->addPermanentWidget(m_zoomLabel);

    connect(m_sites, &SitesModel::cataloguesChanged, this, [this] {
        m_catalogue->setSites(m_sites->catalogues());
        m_designer->setSiteCatalogues(m_sites->catalogues());
        m_catalogueView->resizeColumnsToContents();
    });
    connect(m_sites, &SitesModel::siteUpdated, this,
            [this] { m_sitesView->resizeColumnToContents(SitesModel::StatusColumn); });
    connect(m_designer, &DesignerWidget::validated, this, [this](int errors, int warnings) {
        m_validationLabel->setText(
            errors         ? Tr::tr("%n problem(s) to fix before running", nullptr, errors)
                : warnings ? Tr::tr("Ready to run (%n warning(s))", nullptr, warnings)
                           : Tr::tr("Ready to run"));
        updateActions();
    });
    connect(m_designer, &DesignerWidget::message, this, &MainWindow::statusMessage);
    connect(m_designer->view(), &DesignView::zoomChanged, this,
            [this](qreal z) { m_zoomLabel->setText(Tr::tr("Zoom %1%").arg(qRound(z * 100))); });
    connect(m_designer->scene(), &DesignScene::selectedBlockChanged, m_properties,
            &PropertiesPanel::showBlock);
    connect(m_designer->scene(), &QGraphicsScene::selectionChanged, this,
            &MainWindow::updateActions);
    connect(m_doc, &DesignDocument::changed, this, [this] {
        if (m_workspace && m_workspace->isOpen() && m_designId && m_prefs.autosave)
            m_workspace->scheduleAutosave(m_doc->toJson());
        updateTitle();
    });
    connect(m_doc->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);

    qApp->installEventFilter(this);
    resize(1440, 900);
    // The dock layout (default and remembered) is set in the first showEvent().
    restoreGeometry(QSettings().value(QStringLiteral("mainWindow/geometry")).toByteArray());
    showStartPage(true);
    refreshRecent();
    updateTitle();
    updateActions();
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(this);
    if (m_workspace)
        disconnect(m_workspace.get(), nullptr, this, nullptr);
    // The views go before the document they draw. The document's undo stack still signals while
    // it is destroyed (cleanChanged), which must not reach this half-destroyed window.
    delete m_designer;
    delete m_properties;
    disconnect(m_doc, nullptr, this, nullptr);
    disconnect(m_doc->undoStack(), nullptr, this, nullptr);
}

QString MainWindow::defaultDemoSitesFile()
{
    // The binary lives in <build>/app/workbench; make demo writes <build>/demo/sites.json.
    return QDir(QCoreApplication::applicationDirPath())
        .absoluteFilePath(QStringLiteral("../../demo/sites.json"));
}

// ---- actions and menus -------------------------------------------------------------------------

void MainWindow::createActions()
{
    auto make = [this](const QString &text, const QKeySequence &keys,
                       QStyle::StandardPixmap icon = QStyle::SP_CustomBase) {
        auto *a = new QAction(text, this);
        if (!keys.isEmpty())
            a->setShortcut(keys);
        if (icon != QStyle::SP_CustomBase)
            a->setIcon(style()->standardIcon(icon));
        return a;
    };
    m_newWorkspaceAct
        = make(Tr::tr("&New Workspace…"), QKeySequence::New, QStyle::SP_FileDialogNewFolder);
    m_openWorkspaceAct
        = make(Tr::tr("&Open Workspace…"), QKeySequence::Open, QStyle::SP_DialogOpenButton);
    m_closeWorkspaceAct = make(Tr::tr("&Close Workspace"), QKeySequence::Close);
    m_demoAct = make(Tr::tr("Open &Demo Federation"), {});
    m_newDesignAct = make(Tr::tr("New &Design"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
                          QStyle::SP_FileIcon);
    m_saveDesignAct
        = make(Tr::tr("&Save Design Version"), QKeySequence::Save, QStyle::SP_DialogSaveButton);
    m_exportDesignAct = make(Tr::tr("&Export Design…"), {});
    m_importDesignAct = make(Tr::tr("&Import Design…"), {});
    m_prefsAct = make(Tr::tr("&Preferences…"), QKeySequence::Preferences);
    m_quitAct = make(Tr::tr("&Quit"), QKeySequence::Quit);
    m_undoAct = m_doc->undoStack()->createUndoAction(this, Tr::tr("&Undo"));
    m_undoAct->setShortcut(QKeySequence::Undo);
    m_undoAct->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_redoAct = m_doc->undoStack()->createRedoAction(this, Tr::tr("&Redo"));
    m_redoAct->setShortcut(QKeySequence::Redo);
    m_redoAct->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    m_cutAct = make(Tr::tr("Cu&t"), QKeySequence::Cut);
    m_copyAct = make(Tr::tr("&Copy"), QKeySequence::Copy);
    m_pasteAct = make(Tr::tr("&Paste"), QKeySequence::Paste);
    m_duplicateAct = make(Tr::tr("D&uplicate"), QKeySequence(Qt::CTRL | Qt::Key_D));
    m_deleteAct = make(Tr::tr("&Delete"), QKeySequence::Delete);
    m_selectAllAct = make(Tr::tr("Select &All"), QKeySequence::SelectAll);
    m_zoomInAct = make(Tr::tr("Zoom &In"), QKeySequence::ZoomIn);
    m_zoomOutAct = make(Tr::tr("Zoom &Out"), QKeySequence::ZoomOut);
    m_fitAct = make(Tr::tr("&Fit Design"), QKeySequence(Qt::CTRL | Qt::Key_0));
    m_resetZoomAct = make(Tr::tr("&Actual Size"), QKeySequence(Qt::CTRL | Qt::Key_1));
    m_resetLayoutAct = make(Tr::tr("&Reset Layout"), {});
    m_runAct
        = make(Tr::tr("&Run on Sites…"), QKeySequence(Qt::CTRL | Qt::Key_R), QStyle::SP_MediaPlay);
    m_addSiteAct = make(Tr::tr("&Add Site…"), {});
    m_removeSiteAct = make(Tr::tr("&Remove Site"), {});
    m_acceptKeysAct = make(Tr::tr("Accept Changed &Keys…"), {});
    m_refreshSitesAct
        = make(Tr::tr("&Check Sites"), QKeySequence::Refresh, QStyle::SP_BrowserReload);
    m_interactionAct
        = make(Tr::tr("&Interaction of Selected Predictors"), QKeySequence(Qt::CTRL | Qt::Key_I));
    m_aboutAct = make(Tr::tr("&About Fairstart"), {});
    m_openResultsAct = make(Tr::tr("&Open Results of Run"), {});
    m_compareRunsAct = make(Tr::tr("&Compare Runs"), {});
    m_compareRunsAct->setStatusTip(Tr::tr("Show the two selected runs side by side."));
    m_publishAct = make(Tr::tr("&Publish Model…"), {});
    m_publishAct->setStatusTip(Tr::tr("Store the model in the Results panel in the workspace, "
                                      "read-only, for reviewer mode and the parent sheet."));
    m_reviewerAct = make(Tr::tr("Open Published Model in &Reviewer Mode…"), {});
    m_table1Act = make(Tr::tr("&Table 1: Cohort by Site…"), {});
    m_table1Act->setStatusTip(Tr::tr("Describe the design's variables at every site and pooled "
                                     "(released aggregates only)."));
    m_dashboardAct = make(Tr::tr("Policymaker &Dashboard…"), {});
    m_dashboardAct->setStatusTip(Tr::tr("Indicators per site from the released counts, with "
                                        "suppressed counts shown as such."));
    m_validateAct = make(Tr::tr("&Validate Across Sites (Leave One Out)…"), {});
    m_validateAct->setStatusTip(Tr::tr("Fit the design on all sites but one and evaluate it at "
                                       "the one left out, for every site; pooled per measure."));
    const QList<std::pair<BlockKind, QKeySequence>> kinds { { BlockKind::Cohort, {} },
                                                            { BlockKind::Outcome, {} },
                                                            { BlockKind::Predictor,
                                                              QKeySequence(Qt::CTRL | Qt::Key_P) },
                                                            { BlockKind::Model, {} },
                                                            { BlockKind::Evaluation, {} } };
    for (const auto &[kind, keys] : kinds) {
        QAction *a = make(blockKindName(kind), keys);
        connect(a, &QAction::triggered, m_designer,
                [this, kind = kind] { m_designer->addBlock(kind); });
        m_addBlockActs.append(a);
    }
    // Printing a shortcut-only action's key in menus keeps the keyboard flow discoverable.
    connect(m_newWorkspaceAct, &QAction::triggered, this, &MainWindow::newWorkspace);
    connect(m_openWorkspaceAct, &QAction::triggered, this, [this] { openWorkspaceDialog(); });
    connect(m_closeWorkspaceAct, &QAction::triggered, this, &MainWindow::closeWorkspace);
    connect(m_demoAct, &QAction::triggered, this, [this] {
        const QString problem = openDemoFederation(defaultDemoSitesFile());
        if (!problem.isEmpty()) {
            m_startMessage->setText(problem);
            QMessageBox::information(this, Tr::tr("Demo federation"), problem);
        }
    });
    connect(m_newDesignAct, &QAction::triggered, this, &MainWindow::newDesign);
    connect(m_saveDesignAct, &QAction::triggered, this, &MainWindow::saveDesign);
    connect(m_exportDesignAct, &QAction::triggered, this, &MainWindow::exportDesign);
    connect(m_importDesignAct, &QAction::triggered, this, &MainWindow::importDesign);
    connect(m_prefsAct, &QAction::triggered, this, &MainWindow::showPreferences);
    connect(m_quitAct, &QAction::triggered, this, &QWidget::close);
    connect(m_cutAct, &QAction::triggered, m_designer, &DesignerWidget::cutSelection);
    connect(m_copyAct, &QAction::triggered, m_designer, &DesignerWidget::copySelection);
    connect(m_pasteAct, &QAction::triggered, m_designer, &DesignerWidget::paste);
    connect(m_duplicateAct, &QAction::triggered, m_designer, &DesignerWidget::duplicateSelection);
    connect(m_deleteAct, &QAction::triggered, m_designer->scene(), &DesignScene::deleteSelection);
    connect(m_selectAllAct, &QAction::triggered, this, [this] {
        for (QGraphicsItem *item : m_designer->scene()->items())
            item->setSelected(dynamic_cast<BlockItem *>(item) != nullptr);
    });
    connect(m_zoomInAct, &QAction::triggered, m_designer->view(), &DesignView::zoomIn);
    connect(m_zoomOutAct, &QAction::triggered, m_designer->view(), &DesignView::zoomOut);
    connect(m_fitAct, &QAction::triggered, m_designer->view(), &DesignView::fitToDesign);
    connect(m_resetZoomAct, &QAction::triggered, m_designer->view(), &DesignView::resetZoom);
    connect(m_resetLayoutAct, &QAction::triggered, this, [this] { restoreState(m_defaultState); });
    connect(m_runAct, &QAction::triggered, this, [this] { runOnSites(); });
    connect(m_addSiteAct, &QAction::triggered, this, &MainWindow::addSiteDialog);
    connect(m_removeSiteAct, &QAction::triggered, this, &MainWindow::removeSite);
    connect(m_acceptKeysAct, &QAction::triggered, this, [this] {
        // The selected site, or the first whose keys changed when the selection has none.
        QString site = m_sitesView->currentIndex().data(SitesModel::SiteNameRole).toString();
        const SiteStatus *selected = m_sites->status(site);
        if (!selected || selected->state != SiteStatus::KeyChanged) {
            for (const SiteStatus &s : m_sites->statuses()) {
                if (s.state == SiteStatus::KeyChanged) {
                    site = s.site.name;
                    break;
                }
            }
        }
        QString problem;
        if (!m_siteKeys->acceptChangedKeys(site, &problem))
            statusMessage(problem);
    });
    connect(m_refreshSitesAct, &QAction::triggered, m_sites, &SitesModel::refresh);
    connect(m_interactionAct, &QAction::triggered, m_designer,
            &DesignerWidget::addInteractionOfSelection);
    connect(m_openResultsAct, &QAction::triggered, this, [this] {
        const int row = m_runsTable->currentRow();
        if (row < 0 || !m_runsTable->item(row, 0))
            return;
        const QString problem
            = openRunResults(m_runsTable->item(row, 0)->data(Qt::UserRole).toLongLong());
        if (!problem.isEmpty())
            QMessageBox::information(this, Tr::tr("Open results"), problem);
    });
    connect(m_publishAct, &QAction::triggered, this, &MainWindow::publishDialog);
    connect(m_reviewerAct, &QAction::triggered, this, &MainWindow::chooseReviewerModel);
    connect(m_table1Act, &QAction::triggered, this, [this] {
        if (const QString problem = openAnalysis(Analysis::Table1); !problem.isEmpty())
            QMessageBox::information(this, Tr::tr("Table 1"), problem);
    });
    connect(m_dashboardAct, &QAction::triggered, this, [this] {
        if (const QString problem = openAnalysis(Analysis::Dashboard); !problem.isEmpty())
            QMessageBox::information(this, Tr::tr("Dashboard"), problem);
    });
    connect(m_validateAct, &QAction::triggered, this, [this] { validateAcrossSites(); });
    connect(m_aboutAct, &QAction::triggered, this, [this] {
        AboutDialog dialog(this);
        dialog.exec();
    });
    // Delete, Cut, Copy and Paste act on the canvas only while it has focus, so that text
    // fields keep their own editing keys.
    for (QAction *a : { m_cutAct, m_copyAct, m_pasteAct, m_deleteAct, m_selectAllAct }) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_designer->view()->addAction(a);
    }
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(Tr::tr("&File"));
    file->addAction(m_newWorkspaceAct);
    file->addAction(m_openWorkspaceAct);
    m_recentMenu = file->addMenu(Tr::tr("Open &Recent"));
    file->addAction(m_demoAct);
    file->addAction(m_reviewerAct);
    file->addAction(m_closeWorkspaceAct);
    file->addSeparator();
    file->addAction(m_newDesignAct);
    file->addAction(m_saveDesignAct);
    file->addAction(m_importDesignAct);
    file->addAction(m_exportDesignAct);
    file->addSeparator();
    file->addAction(m_prefsAct);
    file->addSeparator();
    file->addAction(m_quitAct);

    QMenu *edit = menuBar()->addMenu(Tr::tr("&Edit"));
    edit->addAction(m_undoAct);
    edit->addAction(m_redoAct);
    edit->addSeparator();
    edit->addAction(m_cutAct);
    edit->addAction(m_copyAct);
    edit->addAction(m_pasteAct);
    edit->addAction(m_duplicateAct);
    edit->addAction(m_deleteAct);
    edit->addSeparator();
    edit->addAction(m_selectAllAct);

    m_viewMenu = menuBar()->addMenu(Tr::tr("&View"));
    m_viewMenu->addAction(m_zoomInAct);
    m_viewMenu->addAction(m_zoomOutAct);
    m_viewMenu->addAction(m_resetZoomAct);
    m_viewMenu->addAction(m_fitAct);
    m_viewMenu->addSeparator();
    for (QDockWidget *d : std::as_const(m_docks))
        m_viewMenu->addAction(d->toggleViewAction());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_resetLayoutAct);

    QMenu *design = menuBar()->addMenu(Tr::tr("&Design"));
    QMenu *add = design->addMenu(Tr::tr("&Add Block"));
    add->addActions(m_addBlockActs);
    design->addAction(m_interactionAct);
    design->addSeparator();
    design->addAction(m_runAct);
    design->addAction(m_publishAct);

    QMenu *analyses = menuBar()->addMenu(Tr::tr("&Analyses"));
    analyses->setObjectName(QStringLiteral("analysesMenu"));
    analyses->addAction(m_table1Act);
    analyses->addAction(m_dashboardAct);
    analyses->addSeparator();
    analyses->addAction(m_validateAct);

    QMenu *sites = menuBar()->addMenu(Tr::tr("&Sites"));
    sites->addAction(m_addSiteAct);
    sites->addAction(m_removeSiteAct);
    sites->addAction(m_refreshSitesAct);
    sites->addAction(m_acceptKeysAct);

    QMenu *help = menuBar()->addMenu(Tr::tr("&Help"));
    help->addAction(m_aboutAct);

    QToolBar *bar = addToolBar(Tr::tr("Main toolbar"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_newDesignAct);
    bar->addAction(m_saveDesignAct);
    bar->addSeparator();
    bar->addAction(m_undoAct);
    bar->addAction(m_redoAct);
    bar->addSeparator();
    bar->addAction(m_fitAct);
    bar->addSeparator();
    bar->addAction(m_refreshSitesAct);
    bar->addAction(m_runAct);
}

void MainWindow::createDocks()
{
    auto dock = [this](const QString &title, const QString &name, QWidget *content,
                       Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(content);
        content->setAccessibleName(title);
        addDockWidget(area, d);
        m_docks.append(d);
        return d;
    };

    // Sites
    auto *sitesPage = new QWidget;
    m_sitesView = new QTableView;
    m_sitesView->setModel(m_sites);
    m_sitesView->setAccessibleName(Tr::tr("Sites"));
    m_sitesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_sitesView->horizontalHeader()->setStretchLastSection(true);
    m_sitesView->verticalHeader()->hide();
    m_sitesView->setColumnHidden(SitesModel::UrlColumn, true);
    auto *sitesButtons = new QHBoxLayout;
    auto *addSite = new QPushButton(Tr::tr("Add site…"));
    connect(addSite, &QPushButton::clicked, m_addSiteAct, &QAction::trigger);
    auto *check = new QPushButton(Tr::tr("Check"));
    connect(check, &QPushButton::clicked, m_sites, &SitesModel::refresh);
    auto *acceptKeys = new QPushButton(Tr::tr("Accept changed keys…"));
    acceptKeys->setObjectName(QStringLiteral("acceptKeysButton"));
    connect(acceptKeys, &QPushButton::clicked, m_acceptKeysAct, &QAction::trigger);
    connect(m_acceptKeysAct, &QAction::changed, acceptKeys,
            [this, acceptKeys] { acceptKeys->setEnabled(m_acceptKeysAct->isEnabled()); });
    acceptKeys->setEnabled(false);
    connect(m_sites, &SitesModel::siteUpdated, this, &MainWindow::updateActions);
    sitesButtons->addWidget(addSite);
    sitesButtons->addWidget(check);
    sitesButtons->addWidget(acceptKeys);
    sitesButtons->addStretch();
    auto *sl = new QVBoxLayout(sitesPage);
    sl->setContentsMargins(4, 4, 4, 4);
    sl->addWidget(m_sitesView);
    sl->addLayout(sitesButtons);
    QDockWidget *sitesDock
        = dock(Tr::tr("Sites"), QStringLiteral("sitesDock"), sitesPage, Qt::LeftDockWidgetArea);

    // Catalogue
    auto *cataloguePage = new QWidget;
    auto *search = new QLineEdit;
    search->setPlaceholderText(Tr::tr("Search variables, labels and levels"));
    search->setAccessibleName(Tr::tr("Search the catalogue"));
    search->setClearButtonEnabled(true);
    m_catalogueFilter = new QSortFilterProxyModel(this);
    m_catalogueFilter->setSourceModel(m_catalogue);
    m_catalogueFilter->setFilterRole(CatalogueModel::SearchTextRole);
    m_catalogueFilter->setFilterKeyColumn(CatalogueModel::NameColumn);
    m_catalogueFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    connect(search, &QLineEdit::textChanged, m_catalogueFilter,
            &QSortFilterProxyModel::setFilterFixedString);
    m_catalogueView = new QTableView;
    m_catalogueView->setModel(m_catalogueFilter);
    m_catalogueView->setAccessibleName(Tr::tr("Variable catalogue"));
    m_catalogueView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_catalogueView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_catalogueView->setDragEnabled(true);
    m_catalogueView->setDragDropMode(QAbstractItemView::DragOnly);
    m_catalogueView->verticalHeader()->hide();
    m_catalogueView->setSortingEnabled(true);
    m_catalogueView->sortByColumn(CatalogueModel::NameColumn, Qt::AscendingOrder);
    m_catalogueView->setColumnHidden(CatalogueModel::LevelsColumn, true);
    auto addFromCatalogue = [this](BlockKind kind) {
        const QModelIndex i = m_catalogueView->currentIndex();
        if (!i.isValid()) {
            statusMessage(Tr::tr("Select a variable in the catalogue first."));
            return;
        }
        showStartPage(false);
        const QPointF pos = m_designer->freePosition(
            m_designer->view()->mapToScene(m_designer->view()->viewport()->rect().center())
            + QPointF(-100, 0));
        const int id
            = m_doc->dropVariable(i.data(CatalogueModel::VariableNameRole).toString(),
                                  i.data(CatalogueModel::CategoricalRole).toBool(), kind, pos);
        m_designer->scene()->selectBlock(id);
    };
    auto *asPredictor = new QPushButton(Tr::tr("Add as &predictor"));
    auto *asOutcome = new QPushButton(Tr::tr("Add as o&utcome"));
    connect(asPredictor, &QPushButton::clicked, this,
            [addFromCatalogue] { addFromCatalogue(BlockKind::Predictor); });
    connect(asOutcome, &QPushButton::clicked, this,
            [addFromCatalogue] { addFromCatalogue(BlockKind::Outcome); });
    connect(m_catalogueView, &QTableView::activated, this,
            [addFromCatalogue] { addFromCatalogue(BlockKind::Predictor); });
    auto *hint = new QLabel(Tr::tr("Drag a variable onto the canvas (hold Shift for the "
                                   "outcome), or select it and press Enter."));
    hint->setWordWrap(true);
    auto *cb = new QHBoxLayout;
    cb->addWidget(asPredictor);
    cb->addWidget(asOutcome);
    cb->addStretch();
    auto *cl = new QVBoxLayout(cataloguePage);
    cl->setContentsMargins(4, 4, 4, 4);
    cl->addWidget(search);
    cl->addWidget(m_catalogueView);
    cl->addLayout(cb);
    cl->addWidget(hint);
    QDockWidget *catalogueDock = dock(Tr::tr("Catalogue"), QStringLiteral("catalogueDock"),
                                      cataloguePage, Qt::LeftDockWidgetArea);
    splitDockWidget(sitesDock, catalogueDock, Qt::Vertical);

    // Properties
    m_properties = new PropertiesPanel(m_doc, m_catalogue);
    dock(Tr::tr("Properties"), QStringLiteral("propertiesDock"), m_properties,
         Qt::RightDockWidgetArea);

    // Runs
    m_runsTable = makeTable({ Tr::tr("Started"), Tr::tr("Design"), Tr::tr("Sites"),
                              Tr::tr("Result"), Tr::tr("Reason") },
                            Tr::tr("Runs"));
    QDockWidget *runsDock
        = dock(Tr::tr("Runs"), QStringLiteral("runsDock"), m_runsTable, Qt::BottomDockWidgetArea);
    // Double-click or Enter on a run shows its stored result; the context menu offers the same.
    m_runsTable->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_runsTable->addAction(m_openResultsAct);
    m_runsTable->addAction(m_compareRunsAct);
    connect(m_compareRunsAct, &QAction::triggered, this, [this] {
        QList<qint64> ids;
        for (const QModelIndex &index : m_runsTable->selectionModel()->selectedRows())
            ids << m_runsTable->item(index.row(), 0)->data(Qt::UserRole).toLongLong();
        std::sort(ids.begin(), ids.end()); // the earlier run first
        QString problem;
        if (ids.size() != 2)
            problem = Tr::tr("Select two runs to compare (Ctrl+click the second).");
        else if (RunComparisonDialog *dialog = compareRuns(ids.at(0), ids.at(1), &problem))
            dialog->show();
        if (!problem.isEmpty())
            QMessageBox::information(this, Tr::tr("Compare runs"), problem);
    });
    m_runsTable->addAction(m_publishAct);
    connect(m_runsTable, &QTableWidget::cellActivated, m_openResultsAct, &QAction::trigger);

    // Request log
    auto *logPage = new QWidget;
    m_logTable
        = makeTable({ Tr::tr("#"), Tr::tr("Time"), Tr::tr("Request") }, Tr::tr("Request log"));
    m_logStatus = new QLabel;
    m_logStatus->setWordWrap(true);
    auto *verify = new QPushButton(Tr::tr("&Verify chain"));
    connect(verify, &QPushButton::clicked, this, &MainWindow::refreshRequestLog);
    auto *ll = new QVBoxLayout(logPage);
    ll->setContentsMargins(4, 4, 4, 4);
    ll->addWidget(m_logTable);
    auto *lb = new QHBoxLayout;
    lb->addWidget(m_logStatus, 1);
    lb->addWidget(verify);
    ll->addLayout(lb);
    QDockWidget *logDock = dock(Tr::tr("Request log"), QStringLiteral("requestLogDock"), logPage,
                                Qt::BottomDockWidgetArea);
    tabifyDockWidget(runsDock, logDock);
    runsDock->raise();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_shown)
        return;
    m_shown = true;
    // Dock sizes only take once the window has its size: the canvas gets most of the room and
    // the docks start at a useful size. That is the layout View ▸ Reset Layout goes back to;
    // the user's own layout, when remembered, replaces it.
    layout()->activate();
    auto find = [this](const char *name) {
        return findChild<QDockWidget *>(QString::fromLatin1(name));
    };
    resizeDocks({ find("sitesDock"), find("propertiesDock") }, { 360, 380 }, Qt::Horizontal);
    resizeDocks({ find("runsDock") }, { 150 }, Qt::Vertical);
    resizeDocks({ find("sitesDock"), find("catalogueDock") }, { 190, 430 }, Qt::Vertical);
    m_defaultState = saveState();
    restoreState(QSettings().value(QStringLiteral("mainWindow/state")).toByteArray());
}

QWidget *MainWindow::createStartPage()
{
    auto *page = new QWidget;
    page->setAccessibleName(Tr::tr("Start page"));
    auto *title = new QLabel(Tr::tr("<h1>Fairstart Workbench</h1>"
                                    "<p>Design a risk model, run it where the data are, and read "
                                    "back only checked aggregates.</p>"));
    title->setWordWrap(true);
    auto *create = new QCommandLinkButton(Tr::tr("New workspace"),
                                          Tr::tr("An encrypted file for your designs, sites, "
                                                 "runs and results."));
    auto *open
        = new QCommandLinkButton(Tr::tr("Open workspace"), Tr::tr("Continue where you left off."));
    auto *demo = new QCommandLinkButton(Tr::tr("Open demo federation"),
                                        Tr::tr("Three synthetic sites started by 'make demo'."));
    connect(create, &QPushButton::clicked, this, &MainWindow::newWorkspace);
    connect(open, &QPushButton::clicked, this, [this] { openWorkspaceDialog(); });
    connect(demo, &QPushButton::clicked, this, [this] { m_demoAct->trigger(); });
    m_startMessage = new QLabel;
    m_startMessage->setWordWrap(true);
    m_startMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_recentList = new QListWidget;
    m_recentList->setAccessibleName(Tr::tr("Recent workspaces"));
    connect(m_recentList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        openWorkspaceDialog(item->data(Qt::UserRole).toString());
    });
    auto *left = new QVBoxLayout;
    left->addWidget(title);
    left->addWidget(create);
    left->addWidget(open);
    left->addWidget(demo);
    left->addWidget(m_startMessage);
    left->addStretch();
    auto *right = new QVBoxLayout;
    right->addWidget(new QLabel(Tr::tr("<b>Recent workspaces</b>")));
    right->addWidget(m_recentList);
    auto *layout = new QHBoxLayout(page);
    layout->setContentsMargins(48, 32, 48, 32);
    layout->addLayout(left, 3);
    layout->addSpacing(32);
    layout->addLayout(right, 2);
    return page;
}

void MainWindow::showStartPage(bool show)
{
    m_central->setCurrentIndex(show ? 0 : 1);
    if (!show && m_work->currentWidget() == m_designer)
        m_designer->view()->setFocus();
    updateActions();
}

bool MainWindow::isStartPageShown() const
{
    return m_central->currentIndex() == 0;
}

void MainWindow::updateTitle()
{
    QString where = m_workspace ? QFileInfo(m_workspace->path()).fileName()
        : m_demo                ? Tr::tr("demo federation (not saved)")
                                : QString();
    setWindowTitle(where.isEmpty() ? Tr::tr("Fairstart Workbench")
                                   : Tr::tr("%1 — Fairstart Workbench").arg(where));
}

void MainWindow::updateActions()
{
    const bool session = m_workspace || m_demo;
    const bool ws = m_workspace != nullptr;
    const bool selection = !m_designer->scene()->selectedBlockIds().isEmpty();
    m_closeWorkspaceAct->setEnabled(ws);
    m_saveDesignAct->setEnabled(ws);
    m_exportDesignAct->setEnabled(ws && m_designId);
    m_importDesignAct->setEnabled(ws);
    m_newDesignAct->setEnabled(session);
    m_runAct->setEnabled(session && !hasErrors(m_designer->messages())
                         && !m_sites->statuses().isEmpty());
    m_addSiteAct->setEnabled(session);
    m_removeSiteAct->setEnabled(ws);
    m_refreshSitesAct->setEnabled(!m_sites->statuses().isEmpty());
    m_acceptKeysAct->setEnabled(
        std::any_of(m_sites->statuses().begin(), m_sites->statuses().end(),
                    [](const SiteStatus &s) { return s.state == SiteStatus::KeyChanged; }));
    for (QAction *a : { m_cutAct, m_copyAct, m_duplicateAct, m_deleteAct })
        a->setEnabled(selection);
    m_interactionAct->setEnabled(selection);
    m_openResultsAct->setEnabled(ws && m_runsTable->rowCount() > 0);
    m_compareRunsAct->setEnabled(ws && m_runsTable->rowCount() > 1);
    m_publishAct->setEnabled(ws && m_resultsRunId != 0);
    m_reviewerAct->setEnabled(ws);
    m_table1Act->setEnabled(session);
    m_dashboardAct->setEnabled(session);
    m_validateAct->setEnabled(m_runAct->isEnabled());
}

void MainWindow::statusMessage(const QString &text)
{
    statusBar()->showMessage(text, 8000);
}

void MainWindow::rememberCurrentDesign()
{
    if (auto kept = m_workspace->setSetting(CurrentDesignKey, m_designId); !kept)
        statusMessage(workspaceNotice(BackgroundWrite::CurrentDesign, kept.error()));
}

// ---- recent workspaces -------------------------------------------------------------------------

void MainWindow::refreshRecent()
{
    const QStringList recent = QSettings().value(RecentKey).toStringList();
    m_recentList->clear();
    m_recentMenu->clear();
    for (const QString &path : recent) {
        auto *item = new QListWidgetItem(QFileInfo(path).fileName(), m_recentList);
        item->setToolTip(path);
        item->setData(Qt::UserRole, path);
        QAction *a = m_recentMenu->addAction(path);
        connect(a, &QAction::triggered, this, [this, path] { openWorkspaceDialog(path); });
    }
    if (recent.isEmpty()) {
        auto *item = new QListWidgetItem(Tr::tr("No workspace opened yet."), m_recentList);
        item->setFlags(Qt::NoItemFlags);
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::addRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(RecentKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > 8)
        recent.removeLast();
    settings.setValue(RecentKey, recent);
    refreshRecent();
}

// ---- workspace ---------------------------------------------------------------------------------

QString MainWindow::openWorkspace(const QString &path, const QString &passphrase, bool create)
{
    auto result = create ? workspace::Workspace::create(path, passphrase)
                         : workspace::Workspace::open(path, passphrase);
    if (!result)
        return result.error().message;
    if (m_workspace)
        closeWorkspace();
    m_workspace = std::move(result.value());
    workspace::Workspace *ws = m_workspace.get();
    connect(ws, &workspace::Workspace::locked, this, &MainWindow::onLocked);
    connect(ws, &workspace::Workspace::autosaved, this, [this](qint64, int version) {
        statusMessage(Tr::tr("Saved automatically (version %1).").arg(version));
    });
    connect(ws, &workspace::Workspace::autosaveFailed, this,
            [this](const workspace::WorkspaceError &e) {
                statusMessage(workspaceNotice(BackgroundWrite::Autosave, e));
            });
    connect(ws, &workspace::Workspace::runsChanged, this, &MainWindow::refreshRuns);
    // A demo session's sites and design move into the new workspace.
    if (create && m_demo) {
        for (const client::Site &s : m_sites->sites()) {
            if (auto added = ws->addSite(s); !added)
                statusMessage(workspaceNotice(BackgroundWrite::SiteList, added.error()));
        }
        auto saved = ws->saveDesign(Tr::tr("Untitled design"), m_doc->toJson());
        if (!saved)
            statusMessage(workspaceNotice(BackgroundWrite::DesignVersion, saved.error()));
        else if (auto kept = ws->setSetting(CurrentDesignKey, saved->designId); !kept)
            statusMessage(workspaceNotice(BackgroundWrite::CurrentDesign, kept.error()));
    }
    m_demo = false;
    applyPreferences();
    addRecent(path);
    loadWorkspaceState();
    return {};
}

void MainWindow::loadWorkspaceState()
{
    workspace::Workspace *ws = m_workspace.get();
    auto sites = ws->sites();
    m_sites->setSites(sites ? sites.value() : QList<client::Site>());
    m_sites->refresh();
    // The newest version of the design last worked on: after a crash this is the autosaved one.
    m_designId = 0;
    auto current = ws->setting(CurrentDesignKey, 0);
    qint64 id = current ? qint64(current->toDouble()) : 0;
    auto designs = ws->designs();
    if ((!id || !ws->design(id)) && designs && !designs->isEmpty())
        id = designs->first().id;
    if (id) {
        auto design = ws->design(id);
        if (design) {
            const auto problem = m_doc->loadJson(design->design);
            if (problem) {
                statusMessage(
                    Tr::tr("The design '%1' could not be read: %2").arg(design->name, *problem));
            } else {
                m_designId = id;
                statusMessage(Tr::tr("Opened '%1', version %2 of %3.")
                                  .arg(design->name)
                                  .arg(design->version)
                                  .arg(QLocale().toString(design->modified.toLocalTime(),
                                                          QLocale::ShortFormat)));
            }
        }
    }
    if (!m_designId)
        newDesign();
    ws->setCurrentDesign(m_designId);
    showStartPage(false);
    refreshRuns();
    refreshRequestLog();
    updateTitle();
    updateActions();
    QTimer::singleShot(0, m_designer->view(), &DesignView::fitToDesign);
}

void MainWindow::newWorkspace()
{
    QString path = QFileDialog::getSaveFileName(this, Tr::tr("New workspace"), QDir::homePath(),
                                                Tr::tr("Fairstart workspaces (*.fairstart)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".fairstart")))
        path += QLatin1String(".fairstart");
    PassphraseDialog dialog(PassphraseDialog::Create, path, this);
    while (dialog.exec() == QDialog::Accepted) {
        const QString problem = openWorkspace(path, dialog.passphrase(), true);
        if (problem.isEmpty())
            return;
        dialog.setError(problem);
    }
}

void MainWindow::openWorkspaceDialog(const QString &given)
{
    const QString path = given.isEmpty()
        ? QFileDialog::getOpenFileName(this, Tr::tr("Open workspace"), QDir::homePath(),
                                       Tr::tr("Fairstart workspaces "
                                              "(*.fairstart)"))
        : given;
    if (path.isEmpty())
        return;
    if (!QFileInfo::exists(path)) {
        m_startMessage->setText(Tr::tr("%1 no longer exists. It may have been moved or "
                                       "deleted; open it from its new place.")
                                    .arg(path));
        return;
    }
    PassphraseDialog dialog(PassphraseDialog::Open, path, this);
    while (dialog.exec() == QDialog::Accepted) {
        const QString problem = openWorkspace(path, dialog.passphrase(), false);
        if (problem.isEmpty())
            return;
        dialog.setError(problem);
    }
}

void MainWindow::closeWorkspace()
{
    if (!m_workspace)
        return;
    if (m_prefs.autosave && m_designId) {
        // The workspace is closing: a status message would be gone with it.
        if (auto saved = m_workspace->saveDesignVersion(m_designId, m_doc->toJson()); !saved)
            QMessageBox::warning(this, Tr::tr("Close workspace"),
                                 workspaceNotice(BackgroundWrite::DesignVersion, saved.error()));
    }
    m_workspace->close();
    m_workspace.reset();
    m_designId = 0;
    m_doc->clear();
    m_sites->setSites({});
    m_runsTable->setRowCount(0);
    m_logTable->setRowCount(0);
    // The results belong to the workspace: a closed or locked workspace shows none.
    showResults({}, 0);
    showStartPage(true);
    updateTitle();
    Q_EMIT workspaceClosed();
}

void MainWindow::onLocked()
{
    const QString path = m_workspace->path();
    PassphraseDialog dialog(PassphraseDialog::Unlock, path, this);
    while (true) {
        if (dialog.exec() != QDialog::Accepted) {
            closeWorkspace();
            return;
        }
        const auto result = m_workspace->unlock(dialog.passphrase());
        if (result)
            return;
        dialog.setError(result.error().message);
    }
}

QString MainWindow::openDemoFederation(const QString &sitesFile)
{
    if (!QFileInfo::exists(sitesFile))
        return Tr::tr("There is no demo federation running: %1 does not exist. Run 'make demo' "
                      "in the source folder first; it starts three local sites and opens the "
                      "workbench on them.")
            .arg(QDir::toNativeSeparators(QDir::cleanPath(sitesFile)));
    client::SiteRegistry registry;
    const QStringList problems = registry.load(sitesFile);
    if (!problems.isEmpty())
        return Tr::tr("The demo sites file could not be used: %1")
            .arg(problems.join(QLatin1Char(' ')));
    if (m_workspace)
        closeWorkspace();
    m_demo = true;
    m_sites->setSites(registry.sites());
    m_sites->refresh();
    m_doc->clear();
    newDesign();
    showStartPage(false);
    updateTitle();
    updateActions();
    statusMessage(Tr::tr("Demo federation: %n site(s). Designs are not saved until you create "
                         "a workspace (File ▸ New Workspace).",
                         nullptr, int(registry.sites().size())));
    return {};
}

QString MainWindow::loadFormula(const QString &formula)
{
    const auto spec = analysis::parseFormula(formula.toStdString(), analysis::Family::Binomial);
    if (!spec)
        return QString::fromStdString(spec.error().message);
    if (!m_workspace && !m_demo)
        return Tr::tr("Open a workspace or the demo federation first.");
    m_doc->setSpec(spec.value());
    showStartPage(false);
    QTimer::singleShot(0, m_designer->view(), &DesignView::fitToDesign);
    return {};
}

// ---- designs -----------------------------------------------------------------------------------

void MainWindow::newDesign()
{
    // A new design starts with the fixed part of every model: cohort, model and evaluation.
    std::unique_ptr<DesignDocument> tmpl(DesignDocument::fromSpec(analysis::ModelSpec {}));
    const auto problem = m_doc->loadJson(tmpl->toJson());
    Q_ASSERT(!problem);
    if (m_workspace) {
        QString name = Tr::tr("Untitled design");
        auto designs = m_workspace->designs();
        int n = 1;
        while (designs
               && std::any_of(designs->begin(), designs->end(),
                              [&](const workspace::DesignSummary &d) { return d.name == name; }))
            name = Tr::tr("Untitled design %1").arg(++n);
        auto saved = m_workspace->saveDesign(name, m_doc->toJson());
        if (saved) {
            m_designId = saved->designId;
            m_workspace->setCurrentDesign(m_designId);
            rememberCurrentDesign();
        } else {
            statusMessage(saved.error().message);
        }
    }
    showStartPage(false);
    QTimer::singleShot(0, m_designer->view(), &DesignView::fitToDesign);
}

void MainWindow::saveDesign()
{
    if (!m_workspace || !m_designId)
        return;
    auto saved = m_workspace->saveDesignVersion(m_designId, m_doc->toJson());
    if (!saved) {
        QMessageBox::warning(this, Tr::tr("Save design"), saved.error().message);
        return;
    }
    m_doc->undoStack()->setClean();
    statusMessage(saved->changed ? Tr::tr("Saved as version %1.").arg(saved->version)
                                 : Tr::tr("No changes since version %1.").arg(saved->version));
}

void MainWindow::exportDesign()
{
    if (!m_workspace || !m_designId)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, Tr::tr("Export design"), QDir::homePath(), Tr::tr("Fairstart models (*.fsmodel)"));
    if (path.isEmpty())
        return;
    if (auto saved = m_workspace->saveDesignVersion(m_designId, m_doc->toJson()); !saved) {
        QMessageBox::warning(this, Tr::tr("Export design"), saved.error().message);
        return;
    }
    const auto result = m_workspace->exportDesign(m_designId, path);
    if (!result)
        QMessageBox::warning(this, Tr::tr("Export design"), result.error().message);
    else
        statusMessage(Tr::tr("Exported to %1.").arg(path));
}

void MainWindow::importDesign()
{
    if (!m_workspace)
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, Tr::tr("Import design"), QDir::homePath(), Tr::tr("Fairstart models (*.fsmodel)"));
    if (path.isEmpty())
        return;
    const auto saved = m_workspace->importDesign(path);
    if (!saved) {
        QMessageBox::warning(this, Tr::tr("Import design"), saved.error().message);
        return;
    }
    auto design = m_workspace->design(saved->designId);
    if (!design)
        return;
    if (const auto problem = m_doc->loadJson(design->design)) {
        QMessageBox::warning(this, Tr::tr("Import design"), *problem);
        return;
    }
    m_designId = saved->designId;
    m_workspace->setCurrentDesign(m_designId);
    rememberCurrentDesign();
    QTimer::singleShot(0, m_designer->view(), &DesignView::fitToDesign);
}

// ---- sites -------------------------------------------------------------------------------------

void MainWindow::addSiteDialog()
{
    AddSiteDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString problem = addSite(dialog.site());
    if (!problem.isEmpty())
        QMessageBox::warning(this, Tr::tr("Add site"), problem);
}

QString MainWindow::addSite(const client::Site &site)
{
    if (const QString problem = duplicateSiteProblem(m_sites->sites(), site); !problem.isEmpty())
        return problem;
    if (m_workspace) {
        const auto added = m_workspace->addSite(site);
        if (!added)
            return added.error().message;
    }
    QList<client::Site> sites = m_sites->sites();
    sites.append(site);
    m_sites->setSites(sites);
    m_sites->refresh();
    updateActions();
    return {};
}

void MainWindow::removeSite()
{
    const QModelIndex i = m_sitesView->currentIndex();
    if (!m_workspace || !i.isValid()) {
        statusMessage(Tr::tr("Select a site in the Sites panel first."));
        return;
    }
    const QString name = i.data(SitesModel::SiteNameRole).toString();
    if (QMessageBox::question(this, Tr::tr("Remove site"),
                              Tr::tr("Remove %1 from this workspace? Its token is deleted "
                                     "too; earlier runs keep their results.")
                                  .arg(name))
        != QMessageBox::Yes)
        return;
    if (auto removed = m_workspace->removeSite(name); !removed)
        statusMessage(workspaceNotice(BackgroundWrite::SiteList, removed.error()));
    loadWorkspaceState();
}

// ---- runs --------------------------------------------------------------------------------------

RunDialog *MainWindow::runOnSites()
{
    QStringList purposes;
    QStringList datasets;
    for (const SiteStatus &s : m_sites->statuses()) {
        if (s.catalogue.info) {
            for (const QString &p : s.catalogue.info->purposes) {
                if (!purposes.contains(p))
                    purposes.append(p);
            }
            for (const QString &d : s.catalogue.info->datasets) {
                if (!datasets.contains(d))
                    datasets.append(d);
            }
        }
    }
    const RunRequest request = runRequest(*m_doc);
    auto *dialog = new RunDialog(m_sites->sites(), purposes, datasets, request.options.spec,
                                 request.options.evaluate, this);
    dialog->setPerSiteFits(request.options.perSiteFits);
    dialog->setCalibration(request.options.calibration);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<RunDialog> guard(dialog);
    connect(
        dialog, &RunDialog::started, this,
        [this, guard](const QStringList &sites, const QString &purpose, const QString &dataset) {
            const QJsonObject request {
                { QStringLiteral("kind"), QStringLiteral("glm") },
                { QStringLiteral("purpose"), purpose },
                { QStringLiteral("dataset"), dataset },
                { QStringLiteral("sites"), QJsonArray::fromStringList(sites) },
                { QStringLiteral("spec"), protocol::toJson(m_doc->toSpec()) }
            };
            logRequest(request);
            if (m_workspace && m_designId) {
                if (auto saved = m_workspace->saveDesignVersion(m_designId, m_doc->toJson());
                    !saved)
                    statusMessage(workspaceNotice(BackgroundWrite::DesignVersion, saved.error()));
            }
            // One recorder per run, living as long as the run does (which may outlive its
            // dialog while the cancellations go out): each run writes only its own record.
            client::FederatedRun *run = guard ? guard->run() : nullptr;
            if (!run)
                return;
            auto *recorder = new RunRecorder(m_workspace.get(), m_designId, request, sites, run);
            guard->setRunId(recorder->runId());
            connect(recorder, &RunRecorder::recorded, this, &MainWindow::refreshRuns);
            connect(recorder, &RunRecorder::writeFailed, this, &MainWindow::statusMessage);
            if (!recorder->problem().isEmpty())
                statusMessage(recorder->problem());
            connect(run, &client::FederatedRun::siteProgress, recorder, &RunRecorder::siteProgress);
            connect(run, &client::FederatedRun::siteKeysRecorded, m_siteKeys,
                    &SiteKeyPins::recordFirstUse);
            const QList<double> thresholds = runRequest(*m_doc).thresholds;
            connect(run, &client::FederatedRun::finished, recorder,
                    [this, recorder, thresholds](const protocol::FitReport &finished) {
                        // The Evaluation block's thresholds, from the released ROC curve.
                        protocol::FitReport report = finished;
                        if (report.performance && !thresholds.isEmpty())
                            report.performance->thresholds
                                = thresholdMetrics(*report.performance, thresholds);
                        onRunFinished(report, recorder->finished(report) ? recorder->runId() : 0);
                    });
            connect(run, &client::FederatedRun::failed, recorder,
                    [this, run, recorder](const client::RunError &error) {
                        onRunFailed(run, recorder, error);
                    });
            refreshRuns();
        });
    dialog->show();
    return dialog;
}

void MainWindow::onRunFailed(client::FederatedRun *run, RunRecorder *recorder,
                             const client::RunError &error)
{
    logRequest({ { QStringLiteral("kind"), QStringLiteral("run-failed") },
                 { QStringLiteral("site"), error.site },
                 { QStringLiteral("phase"), error.phase },
                 { QStringLiteral("message"), error.message } });
    // Only the evaluation failed: the pooled fit stands on its own and is kept.
    const protocol::FitReport &soFar = run->report();
    const bool evaluationOnly = (error.phase.startsWith(QLatin1String("evaluation"))
                                 || error.phase.startsWith(QLatin1String("calibration")))
        && !soFar.glm.coefficients.empty() && !soFar.designHash.isEmpty();
    const bool stored = recorder->failed(error, evaluationOnly ? &soFar : nullptr);
    if (evaluationOnly) {
        m_doc->markRan();
        showResults(soFar, stored ? recorder->runId() : 0);
        statusMessage(Tr::tr("The model was fitted and is shown; its evaluation failed: %1")
                          .arg(error.message));
    }
    // A site that failed may be down: ask every site again, so its light tells the truth.
    m_sites->refresh();
    refreshRuns();
}

void MainWindow::onRunFinished(const protocol::FitReport &report, qint64 storedRunId)
{
    m_doc->markRan();
    logRequest({ { QStringLiteral("kind"), QStringLiteral("run-finished") },
                 { QStringLiteral("designHash"), report.designHash },
                 { QStringLiteral("rounds"), int(report.rounds.size()) } });
    showResults(report, storedRunId);
    refreshRuns();
    statusMessage(storedRunId ? Tr::tr("The run finished; the results are shown and stored in "
                                       "the workspace.")
                              : Tr::tr("The run finished; the results are shown."));
}

void MainWindow::showResults(const protocol::FitReport &report, qint64 runId)
{
    QMap<QString, QString> labels;
    for (const CatalogueEntry &e : m_catalogue->entries())
        labels.insert(e.variable.name, e.variable.label);
    m_results->setVariableLabels(labels);
    m_results->setReport(report);
    m_resultsRunId = runId;
    if (!report.designHash.isEmpty())
        m_work->setCurrentWidget(m_results);
    else if (m_work->currentWidget() == m_results)
        m_work->setCurrentWidget(m_designer);
    updateActions();
}

QString MainWindow::openRunResults(qint64 runId)
{
    if (!m_workspace || !m_workspace->isOpen())
        return Tr::tr("Open the workspace first.");
    auto run = m_workspace->run(runId);
    if (!run)
        return run.error().message;
    if (run->result.isEmpty()) {
        return Tr::tr("This run has no stored result: it did not finish (see the Sites column for "
                      "what each site answered). Run the design again.");
    }
    protocol::Decoded<protocol::FitReport> report
        = protocol::fromJson<protocol::FitReport>(run->result);
    if (!report.ok()) {
        return Tr::tr("The stored result of this run cannot be read (%1). Run the design again "
                      "to get a new result.")
            .arg(report.error().text());
    }
    showResults(report.value(), runId);
    statusMessage(Tr::tr("Showing the results of the run of %1.")
                      .arg(QLocale().toString(run->created.toLocalTime(), QLocale::ShortFormat)));
    return {};
}

RunComparisonDialog *MainWindow::compareRuns(qint64 firstRunId, qint64 secondRunId,
                                             QString *problem)
{
    auto fail = [problem](const QString &text) -> RunComparisonDialog * {
        if (problem)
            *problem = text;
        return nullptr;
    };
    if (!m_workspace || !m_workspace->isOpen())
        return fail(Tr::tr("Open the workspace first."));
    QList<protocol::FitReport> reports;
    QStringList titles;
    for (qint64 id : { firstRunId, secondRunId }) {
        auto run = m_workspace->run(id);
        if (!run)
            return fail(run.error().message);
        if (run->result.isEmpty())
            return fail(
                Tr::tr("The run of %1 has no stored result: it did not finish. Compare "
                       "finished runs.")
                    .arg(QLocale().toString(run->created.toLocalTime(), QLocale::ShortFormat)));
        auto report = protocol::fromJson<protocol::FitReport>(run->result);
        if (!report.ok())
            return fail(Tr::tr("The stored result of a run cannot be read (%1).")
                            .arg(report.error().text()));
        reports << report.value();
        titles << Tr::tr("Run of %1")
                      .arg(QLocale().toString(run->created.toLocalTime(), QLocale::ShortFormat));
    }
    auto *dialog
        = new RunComparisonDialog(titles.at(0), reports.at(0), titles.at(1), reports.at(1), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}

QString MainWindow::publishModel(const ModelDescription &description)
{
    if (!m_workspace || !m_workspace->isOpen())
        return Tr::tr("Open the workspace first: published models are stored in it.");
    if (!m_resultsRunId)
        return Tr::tr("Open the results of a finished run first (double-click it under Runs).");
    if (const QString problem = descriptionProblem(description, m_results->report());
        !problem.isEmpty())
        return problem;
    const PublishedModelDocument document { description, m_results->report() };
    auto id = m_workspace->publishModel(m_resultsRunId, description.title, toJson(document));
    if (!id)
        return id.error().message;
    logRequest({ { QStringLiteral("kind"), QStringLiteral("model-published") },
                 { QStringLiteral("designHash"), document.report.designHash },
                 { QStringLiteral("published"), QString::number(id.value()) } });
    return {};
}

void MainWindow::publishDialog()
{
    if (!m_resultsRunId)
        return;
    QMap<QString, QString> labels;
    QMap<QString, protocol::CatalogueVariable> variables;
    for (const CatalogueEntry &e : m_catalogue->entries()) {
        labels.insert(e.variable.name, e.variable.label);
        variables.insert(e.variable.name, e.variable);
    }
    PublishDialog dialog(proposeDescription(m_results->report(), labels, variables),
                         m_results->report(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString problem = publishModel(dialog.description());
    if (!problem.isEmpty()) {
        QMessageBox::warning(this, Tr::tr("Publish model"), problem);
        return;
    }
    statusMessage(Tr::tr("Published '%1'. Open it with File ▸ Open Published Model in Reviewer "
                         "Mode.")
                      .arg(dialog.description().title));
}

ReviewerWindow *MainWindow::openPublishedModel(qint64 publishedId, QString *problem)
{
    auto fail = [problem](const QString &text) -> ReviewerWindow * {
        if (problem)
            *problem = text;
        return nullptr;
    };
    if (!m_workspace || !m_workspace->isOpen())
        return fail(Tr::tr("Open the workspace first."));
    auto models = m_workspace->publishedModels();
    if (!models)
        return fail(models.error().message);
    for (const workspace::PublishedModel &m : models.value()) {
        if (m.id != publishedId)
            continue;
        QString error;
        const std::optional<PublishedModelDocument> document
            = publishedModelFromJson(m.model, &error);
        if (!document)
            return fail(error);
        auto *window = new ReviewerWindow(*document);
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->setWindowTitle(Tr::tr("%1 — reviewer mode").arg(m.name));
        // Closing the workspace (or its idle lock) closes what was opened from it.
        connect(this, &MainWindow::workspaceClosed, window, &QWidget::close);
        window->show();
        return window;
    }
    return fail(Tr::tr("There is no published model %1 in this workspace.").arg(publishedId));
}

void MainWindow::chooseReviewerModel()
{
    if (!m_workspace)
        return;
    auto models = m_workspace->publishedModels();
    if (!models || models->isEmpty()) {
        QMessageBox::information(this, Tr::tr("Reviewer mode"),
                                 models ? Tr::tr("This workspace has no published models yet. "
                                                 "Open the results of a run and choose Design ▸ "
                                                 "Publish Model.")
                                        : models.error().message);
        return;
    }
    QStringList items;
    for (const workspace::PublishedModel &m : models.value()) {
        items << Tr::tr("%1 (published %2)")
                     .arg(m.name,
                          QLocale().toString(m.published.toLocalTime(), QLocale::ShortFormat));
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, Tr::tr("Reviewer mode"),
                                                 Tr::tr("Published &model:"), items, 0, false, &ok);
    if (!ok)
        return;
    QString problem;
    if (!openPublishedModel(models->at(int(items.indexOf(chosen))).id, &problem))
        QMessageBox::warning(this, Tr::tr("Reviewer mode"), problem);
}

void MainWindow::refreshRuns()
{
    m_runsTable->setRowCount(0);
    if (!m_workspace || !m_workspace->isOpen())
        return;
    auto runs = m_workspace->runs();
    if (!runs)
        return;
    for (const workspace::RunSummary &r : runs.value()) {
        const int row = m_runsTable->rowCount();
        m_runsTable->insertRow(row);
        auto run = m_workspace->run(r.id);
        QStringList sites;
        QString reason;
        bool running = false;
        if (run) {
            for (const workspace::RunSite &s : run->sites) {
                sites.append(Tr::tr("%1: %2").arg(s.site, workspace::siteRunStateText(s.state)));
                running = running || s.state == workspace::SiteRunState::Pending
                    || s.state == workspace::SiteRunState::Running;
                // The first site that did not succeed says why the run ended as it did.
                if (reason.isEmpty() && s.state != workspace::SiteRunState::Succeeded
                    && !s.message.isEmpty())
                    reason = Tr::tr("%1: %2").arg(s.site, s.message);
            }
        }
        auto *started = new QTableWidgetItem(
            QLocale().toString(r.created.toLocalTime(), QLocale::ShortFormat));
        started->setData(Qt::UserRole, r.id);
        m_runsTable->setItem(row, 0, started);
        m_runsTable->setItem(
            row, 1,
            new QTableWidgetItem(Tr::tr("%1 (v%2)").arg(r.designName).arg(r.designVersion)));
        m_runsTable->setItem(row, 2, new QTableWidgetItem(sites.join(QStringLiteral(", "))));
        m_runsTable->setItem(row, 3,
                             new QTableWidgetItem(r.hasResult   ? Tr::tr("stored")
                                                      : running ? Tr::tr("running")
                                                                : Tr::tr("none")));
        auto *why = new QTableWidgetItem(reason);
        why->setToolTip(reason);
        m_runsTable->setItem(row, 4, why);
    }
    m_runsTable->resizeColumnsToContents();
    updateActions();
}

void MainWindow::logRequest(const QJsonObject &entry)
{
    if (!m_workspace || !m_workspace->isOpen())
        return;
    if (auto logged = m_workspace->appendRequestLog(entry); !logged)
        statusMessage(workspaceNotice(BackgroundWrite::RequestLog, logged.error()));
    refreshRequestLog();
}

void MainWindow::refreshRequestLog()
{
    m_logTable->setRowCount(0);
    if (!m_workspace || !m_workspace->isOpen()) {
        m_logStatus->setText(Tr::tr("Requests are logged in a workspace."));
        return;
    }
    auto log = m_workspace->requestLog();
    if (log) {
        for (const workspace::RequestLogEntry &e : log.value()) {
            const int row = m_logTable->rowCount();
            m_logTable->insertRow(row);
            m_logTable->setItem(row, 0, new QTableWidgetItem(QString::number(e.sequence)));
            m_logTable->setItem(row, 1,
                                new QTableWidgetItem(QLocale().toString(e.time.toLocalTime(),
                                                                        QLocale::ShortFormat)));
            m_logTable->setItem(row, 2,
                                new QTableWidgetItem(QString::fromUtf8(
                                    QJsonDocument(e.entry).toJson(QJsonDocument::Compact))));
        }
    }
    auto check = m_workspace->verifyRequestLog();
    if (check)
        m_logStatus->setText(check->intact ? Tr::tr("%n entry(ies); the chain is intact.", nullptr,
                                                    int(check->entries))
                                           : check->message);
}

// ---- analyses ----------------------------------------------------------------------------------

QString MainWindow::openAnalysis(Analysis analysis)
{
    QList<client::Site> sites;
    QStringList purposes;
    QStringList datasets;
    QMap<QString, int> thresholds;
    for (const SiteStatus &s : m_sites->statuses()) {
        if (s.state != SiteStatus::Online || !s.catalogue.info)
            continue;
        sites.append(s.site);
        thresholds.insert(s.site.name, s.catalogue.info->policy.disclosure.minCell);
        for (const QString &p : s.catalogue.info->purposes)
            if (!purposes.contains(p))
                purposes.append(p);
        for (const QString &d : s.catalogue.info->datasets)
            if (!datasets.contains(d))
                datasets.append(d);
    }
    if (sites.isEmpty())
        return Tr::tr("No site is online. Add sites (Sites ▸ Add Site) and check them (F5); the "
                      "descriptives come from the sites that answer.");
    if (purposes.isEmpty() || datasets.isEmpty())
        return Tr::tr("The sites list no purpose or dataset for your tokens: ask the site "
                      "administrators which purposes your tokens allow.");
    QMap<QString, protocol::VariableType> types;
    QMap<QString, QString> labels;
    for (const CatalogueEntry &e : m_catalogue->entries()) {
        types.insert(e.variable.name, e.variable.type);
        labels.insert(e.variable.name, e.variable.label);
    }
    protocol::DescriptivesRequest request;
    request.purpose = purposes.first();
    request.dataset = datasets.first();
    QStringList variables;
    if (analysis == Analysis::Table1) {
        // The design's variables and cohort; without a design, the whole catalogue.
        const analysis::ModelSpec spec = m_doc->toSpec();
        request.filters = spec.filters;
        if (!spec.outcome.variable.empty())
            variables << QString::fromStdString(spec.outcome.variable);
        for (const analysis::Predictor &p : spec.predictors) {
            const QString v = QString::fromStdString(p.variable);
            if (!v.isEmpty() && !variables.contains(v))
                variables << v;
        }
        if (variables.isEmpty())
            variables = types.keys();
    } else {
        for (auto it = types.cbegin(); it != types.cend(); ++it) {
            if (it.value() == protocol::VariableType::Categorical)
                variables << it.key();
        }
        if (variables.isEmpty())
            return Tr::tr("The sites' catalogues have no categorical variable to make an "
                          "indicator of.");
    }
    for (const QString &v : std::as_const(variables)) {
        if (types.contains(v))
            request.variables.append({ v, {} });
    }
    if (request.variables.isEmpty())
        return Tr::tr("None of the design's variables is in the sites' catalogues. Check the "
                      "sites (F5) and choose catalogue variables.");

    auto *fetch = new DescriptivesFetch(this);
    statusMessage(Tr::tr("Asking %n site(s) for descriptives…", nullptr, int(sites.size())));
    connect(
        fetch, &DescriptivesFetch::finished, this,
        [this, fetch, analysis, types, labels, thresholds,
         purpose = request.purpose](const QMap<QString, protocol::DescriptivesResponse> &answers,
                                    const QMap<QString, QString> &problems) {
            fetch->deleteLater();
            QStringList notes;
            for (auto it = problems.cbegin(); it != problems.cend(); ++it)
                notes << Tr::tr("%1 did not answer: %2").arg(it.key(), it.value());
            if (answers.isEmpty()) {
                QMessageBox::information(
                    this, Tr::tr("Descriptives"),
                    Tr::tr("No site released descriptives. %1").arg(notes.join(QLatin1Char(' '))));
                return;
            }
            QWidget *window = nullptr;
            if (analysis == Analysis::Table1) {
                QList<Table1Site> sites;
                for (auto it = answers.cbegin(); it != answers.cend(); ++it)
                    sites.append({ it.key(), it.value(), thresholds.value(it.key(), 10) });
                auto *view = new Table1View;
                view->setData(sites, types, labels,
                              notes.isEmpty() ? QString() : notes.join(QLatin1Char(' ')));
                window = view;
            } else {
                QList<AreaDescriptives> areas;
                for (auto it = answers.cbegin(); it != answers.cend(); ++it)
                    areas.append({ it.key(), it.value(), thresholds.value(it.key(), 10) });
                auto *view = new DashboardView;
                view->setWindowTitle(Tr::tr("Dashboard — purpose %1").arg(purpose));
                view->setData(areas, Tr::tr("Site"));
                view->resize(900, 700);
                window = view;
            }
            window->setAttribute(Qt::WA_DeleteOnClose);
            window->setWindowFlag(Qt::Window);
            window->setParent(this, Qt::Window);
            connect(this, &MainWindow::workspaceClosed, window, &QWidget::close);
            window->show();
            Q_EMIT analysisOpened(window);
        });
    fetch->start(sites, request);
    return {};
}

// ---- preferences, idle lock, closing -----------------------------------------------------------

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_prefs, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_prefs = dialog.preferences();
    m_prefs.save();
    applyPreferences();
}

void MainWindow::applyPreferences()
{
    if (!m_workspace)
        return;
    m_workspace->lockAfter(std::chrono::minutes(m_prefs.idleLockMinutes));
    // A failed flush reaches the status bar through Workspace::autosaveFailed (connected when
    // the workspace opened), so its result needs no second report here.
    if (!m_prefs.autosave && m_workspace->hasPendingAutosave())
        std::ignore = m_workspace->flushAutosave();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
        if (m_workspace && m_workspace->isOpen())
            m_workspace->noteActivity();
        break;
    default:
        break;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    if (m_workspace && m_workspace->isOpen()) {
        if (m_prefs.autosave) {
            // The window is closing: ask rather than lose the last edits without a word.
            if (auto flushed = m_workspace->flushAutosave(); !flushed) {
                const auto answer = QMessageBox::warning(
                    this, Tr::tr("Close Fairstart"),
                    workspaceNotice(BackgroundWrite::Autosave, flushed.error()) + QLatin1Char('\n')
                        + Tr::tr("Close anyway and lose the unsaved changes?"),
                    QMessageBox::Close | QMessageBox::Cancel, QMessageBox::Cancel);
                if (answer != QMessageBox::Close) {
                    event->ignore();
                    return;
                }
            }
        }
        m_workspace->close();
    }
    event->accept();
}

} // namespace fairstart::ui

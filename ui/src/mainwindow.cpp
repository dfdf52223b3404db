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
#include "fairstart/ui/signerspage.h"
#include "fairstart/ui/sites/sitekeys.h"
#include "fairstart/ui/sites/sitesmodel.h"
#include "fairstart/ui/tr.h"
#include "fairstart/workspace/workspace.h"

#include "actionsmanager.h"
#include "workbenchdocks.h"
#include "workbenchsession.h"
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
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
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

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("FairstartMainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/fairstart.svg")));
    m_session = new WorkbenchSession(this);
    m_doc = new DesignDocument(this);
    m_catalogue = new CatalogueModel(this);
    m_sites = new SitesModel(this);
    m_siteKeys = new SiteKeyPins(
        m_sites, [this] { return currentWorkspace(); }, this);
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
        QDockWidget *properties = m_docks ? m_docks->propertiesDock() : nullptr;
        if (!properties)
            return;
        if (m_work->widget(index) == m_results) {
            m_propertiesWasVisible = properties->isVisible();
            properties->hide();
        } else if (m_propertiesWasVisible) {
            properties->show();
        }
    });

    m_actions = new ActionsManager(this);
    m_actions->initActions();
    m_docks = new WorkbenchDocks(this, m_actions, m_doc, m_catalogue, m_sites);
    connect(m_docks, &WorkbenchDocks::variableChosen, this, &MainWindow::addVariable);
    connect(m_docks, &WorkbenchDocks::message, this, &MainWindow::statusMessage);
    connect(m_docks, &WorkbenchDocks::verifyRequestLog, this, &MainWindow::refreshRequestLog);
    m_actions->initMenus();
    connect(m_session, &WorkbenchSession::message, this, &MainWindow::statusMessage);
    connect(m_session, &WorkbenchSession::locked, this, &MainWindow::onLocked);
    connect(m_session, &WorkbenchSession::runsChanged, this, &MainWindow::refreshRuns);
    connect(m_session, &WorkbenchSession::recentChanged, this, &MainWindow::refreshRecent);

    m_validationLabel = new QLabel(this);
    m_zoomLabel = new QLabel(Tr::tr("Zoom 100%"), this);
    statusBar()->addPermanentWidget(m_validationLabel);
    statusBar()->addPermanentWidget(m_zoomLabel);

    connect(m_sites, &SitesModel::cataloguesChanged, this, [this] {
        m_catalogue->setSites(m_sites->catalogues());
        m_designer->setSiteCatalogues(m_sites->catalogues());
        // The canvas names variables as the catalogue does (Dutch walk: "dev_delay_2y").
        m_designer->scene()->setVariableLabels(catalogueLabels(m_catalogue->entries()));
        m_docks->resizeColumnsOnChange();
    });
    connect(m_sites, &SitesModel::siteUpdated, this, &MainWindow::updateActions);
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
    connect(m_designer->scene(), &DesignScene::selectedBlockChanged, m_docks->properties(),
            &PropertiesPanel::showBlock);
    connect(m_designer->scene(), &QGraphicsScene::selectionChanged, this,
            &MainWindow::updateActions);
    connect(m_doc, &DesignDocument::changed, this, [this] {
        m_session->scheduleAutosave(m_doc->toJson());
        updateTitle();
    });
    connect(m_doc->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);

    qApp->installEventFilter(this);
    // 1440 × 900, or the screen's available area where that is smaller: on a 1366 × 768 laptop
    // (or a 1400-wide screen) the window's right edge, the properties and the status bar were
    // off screen at the first start.
    QSize size(1440, 900);
    if (const QScreen *s = screen())
        size = size.boundedTo(s->availableGeometry().size());
    resize(size);
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
    disconnect(m_session, nullptr, this, nullptr);
    // The views go before the document they draw. The document's undo stack still signals while
    // it is destroyed (cleanChanged), which must not reach this half-destroyed window.
    delete m_designer;
    delete m_docks->properties();
    disconnect(m_doc, nullptr, this, nullptr);
    disconnect(m_doc->undoStack(), nullptr, this, nullptr);
}

QString MainWindow::defaultDemoSitesFile()
{
    // The binary lives in <build>/app/workbench; make demo writes <build>/demo/sites.json.
    return QDir(QCoreApplication::applicationDirPath())
        .absoluteFilePath(QStringLiteral("../../demo/sites.json"));
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
    m_docks->resizeToDefault();
    m_defaultState = saveState();
    restoreState(QSettings().value(QStringLiteral("mainWindow/state")).toByteArray());
    applyAudience();
}

QWidget *MainWindow::createStartPage()
{
    auto *page = new QWidget;
    page->setAccessibleName(Tr::tr("Start page"));
    m_startTitle = new QLabel;
    m_startTitle->setWordWrap(true);
    auto *create = new QCommandLinkButton(Tr::tr("New workspace"),
                                          Tr::tr("An encrypted file for your designs, sites, "
                                                 "runs and results."));
    auto *open
        = new QCommandLinkButton(Tr::tr("Open workspace"), Tr::tr("Continue where you left off."));
    auto *demo = new QCommandLinkButton(Tr::tr("Open demo federation"),
                                        Tr::tr("Three synthetic sites started by 'make demo'."));
    // A youth-care professional has no workspace: the analyst sends a model file (reviewer
    // mode's Save Model File) and its calculator opens from here.
    auto *modelFile = new QCommandLinkButton(Tr::tr("Open a model file"),
                                             Tr::tr("A model from the analyst: read about it and "
                                                    "use its risk calculator, offline."));
    modelFile->setObjectName(QStringLiteral("openModelFileButton"));
    // The way from the professional's start page to the analyst's, and back.
    auto *toAnalyst = new QPushButton(Tr::tr("I build models: show workspaces and sites"));
    toAnalyst->setObjectName(QStringLiteral("showAnalystStart"));
    toAnalyst->setFlat(true);
    toAnalyst->setCursor(Qt::PointingHandCursor);
    auto *toProfessional
        = new QPushButton(Tr::tr("I only use model files: show the start page for professionals"));
    toProfessional->setObjectName(QStringLiteral("showProfessionalStart"));
    toProfessional->setFlat(true);
    toProfessional->setCursor(Qt::PointingHandCursor);
    connect(create, &QPushButton::clicked, this, &MainWindow::newWorkspace);
    connect(modelFile, &QPushButton::clicked, this, &MainWindow::chooseModelFile);
    connect(open, &QPushButton::clicked, this, [this] { openWorkspaceDialog(); });
    connect(demo, &QPushButton::clicked, this, [this] { m_actions->demo->trigger(); });
    connect(toAnalyst, &QPushButton::clicked, this, [this] { setAudience(Audience::Analyst); });
    connect(toProfessional, &QPushButton::clicked, this,
            [this] { setAudience(Audience::Professional); });
    m_startMessage = new QLabel;
    m_startMessage->setWordWrap(true);
    m_startMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_recentList = new QListWidget;
    m_recentList->setAccessibleName(Tr::tr("Recent workspaces"));
    connect(m_recentList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        openWorkspaceDialog(item->data(Qt::UserRole).toString());
    });
    m_recentModelList = new QListWidget;
    m_recentModelList->setObjectName(QStringLiteral("recentModelFiles"));
    m_recentModelList->setAccessibleName(Tr::tr("Recent model files"));
    connect(m_recentModelList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        QString problem;
        if (!openModelFile(item->data(Qt::UserRole).toString(), &problem))
            QMessageBox::warning(this, Tr::tr("Open model file"), problem);
    });
    auto *recentTitle = new QLabel(Tr::tr("<b>Recent workspaces</b>"));
    auto *recentModelTitle = new QLabel(Tr::tr("<b>Recent model files</b>"));
    auto *left = new QVBoxLayout;
    left->addWidget(m_startTitle);
    left->addWidget(create);
    left->addWidget(open);
    left->addWidget(demo);
    // Last for the analyst, the only one for the professional (the others are hidden).
    left->addWidget(modelFile);
    left->addWidget(m_startMessage);
    left->addStretch();
    left->addWidget(toAnalyst, 0, Qt::AlignLeft);
    left->addWidget(toProfessional, 0, Qt::AlignLeft);
    auto *right = new QVBoxLayout;
    right->addWidget(recentTitle);
    right->addWidget(m_recentList);
    right->addWidget(recentModelTitle);
    right->addWidget(m_recentModelList);
    auto *layout = new QHBoxLayout(page);
    layout->setContentsMargins(48, 32, 48, 32);
    layout->addLayout(left, 3);
    layout->addSpacing(32);
    layout->addLayout(right, 2);
    m_analystStart = { create, open, demo, recentTitle, m_recentList, toProfessional };
    m_professionalStart = { toAnalyst, recentModelTitle, m_recentModelList };
    refreshRecentModelFiles();
    applyAudience();
    return page;
}

MainWindow::Audience MainWindow::audience() const
{
    return QSettings().value(QStringLiteral("workbench/audience")).toString()
            == QLatin1String("professional")
        ? Audience::Professional
        : Audience::Analyst;
}

void MainWindow::setAudience(Audience audience)
{
    const bool changed = audience != this->audience()
        || !QSettings().contains(QStringLiteral("workbench/audience"));
    QSettings().setValue(QStringLiteral("workbench/audience"),
                         audience == Audience::Professional ? QStringLiteral("professional")
                                                            : QStringLiteral("analyst"));
    if (!changed)
        return;
    // Back to the analyst's docks as they were laid out by default.
    if (audience == Audience::Analyst && m_shown && !m_defaultState.isEmpty())
        restoreState(m_defaultState);
    applyAudience();
}

void MainWindow::applyAudience()
{
    const bool professional = audience() == Audience::Professional;
    for (QWidget *w : std::as_const(m_analystStart))
        w->setVisible(!professional);
    for (QWidget *w : std::as_const(m_professionalStart))
        w->setVisible(professional);
    m_startTitle->setText(
        professional
            ? Tr::tr("<h1>Fairstart</h1>"
                     "<p>Open the model file the analyst sent you: read what the model "
                     "predicts and for whom, and estimate the risk of the child in front of "
                     "you. What you type stays on this computer.</p>")
            : Tr::tr("<h1>Fairstart Workbench</h1>"
                     "<p>Design a risk model, run it where the data are, and read back only "
                     "checked aggregates.</p>"));
    // The analyst's docks (sites, catalogue, runs …), the designer's toolbar and the menus of
    // designs, analyses and sites are empty or disabled for a professional: hidden.
    if (m_docks && professional && isStartPageShown()) {
        for (QDockWidget *dock : m_docks->docks())
            dock->hide();
    }
    if (auto *tools = findChild<QToolBar *>(QStringLiteral("mainToolBar")))
        tools->setVisible(!professional);
    for (const char *name : { "editMenu", "designMenu", "analysesMenu", "sitesMenu" }) {
        if (auto *menu = findChild<QMenu *>(QLatin1String(name)))
            menu->menuAction()->setVisible(!professional);
    }
}

void MainWindow::showStartPage(bool show)
{
    // A workspace, the demo or a design is the analyst's work: their screen, docks included.
    if (!show && audience() == Audience::Professional)
        setAudience(Audience::Analyst);
    else if (!show && !QSettings().contains(QStringLiteral("workbench/audience")))
        QSettings().setValue(QStringLiteral("workbench/audience"), QStringLiteral("analyst"));
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
    workspace::Workspace *ws = currentWorkspace();
    QString where = ws        ? QFileInfo(ws->path()).fileName()
        : m_session->isDemo() ? Tr::tr("demo federation (not saved)")
                              : QString();
    setWindowTitle(where.isEmpty() ? Tr::tr("Fairstart Workbench")
                                   : Tr::tr("%1 — Fairstart Workbench").arg(where));
}

workspace::Workspace *MainWindow::currentWorkspace() const
{
    return m_session->workspace();
}

void MainWindow::updateActions()
{
    m_actions->update();
}

void MainWindow::statusMessage(const QString &text)
{
    statusBar()->showMessage(text, 8000);
}

// ---- recent workspaces -------------------------------------------------------------------------

void MainWindow::refreshRecent()
{
    const QStringList recent = WorkbenchSession::recentWorkspaces();
    QMenu *menu = m_actions->recentMenu();
    m_recentList->clear();
    menu->clear();
    for (const QString &path : recent) {
        auto *item = new QListWidgetItem(QFileInfo(path).fileName(), m_recentList);
        item->setToolTip(path);
        item->setData(Qt::UserRole, path);
        QAction *a = menu->addAction(path);
        connect(a, &QAction::triggered, this, [this, path] { openWorkspaceDialog(path); });
    }
    if (recent.isEmpty()) {
        auto *item = new QListWidgetItem(Tr::tr("No workspace opened yet."), m_recentList);
        item->setFlags(Qt::NoItemFlags);
    }
    menu->setEnabled(!recent.isEmpty());
}

// ---- workspace ---------------------------------------------------------------------------------

QString MainWindow::openWorkspace(const QString &path, const QString &passphrase, bool create)
{
    std::unique_ptr<workspace::Workspace> opened;
    if (const QString problem = WorkbenchSession::openFile(path, passphrase, create, &opened);
        !problem.isEmpty())
        return problem;
    if (currentWorkspace())
        closeWorkspace();
    m_session->adopt(std::move(opened), create, m_sites->sites(), m_doc->toJson());
    m_session->addRecent(path);
    loadWorkspaceState();
    return {};
}

void MainWindow::loadWorkspaceState()
{
    workspace::Workspace *ws = currentWorkspace();
    auto sites = ws->sites();
    m_sites->setSites(sites ? sites.value() : QList<client::Site>());
    m_sites->refresh();
    // The newest version of the design last worked on: after a crash this is the autosaved one.
    m_session->setDesignId(0);
    qint64 id = m_session->rememberedDesign();
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
                m_session->setDesignId(id);
                statusMessage(Tr::tr("Opened '%1', version %2 of %3.")
                                  .arg(design->name)
                                  .arg(design->version)
                                  .arg(QLocale().toString(design->modified.toLocalTime(),
                                                          QLocale::ShortFormat)));
            }
        }
    }
    if (!m_session->designId())
        newDesign();
    ws->setCurrentDesign(m_session->designId());
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
    if (!currentWorkspace())
        return;
    // The workspace is closing: a status message would be gone with it.
    if (const QString problem = m_session->close(m_doc->toJson()); !problem.isEmpty())
        QMessageBox::warning(this, Tr::tr("Close workspace"), problem);
    m_doc->clear();
    m_sites->setSites({});
    m_docks->showRuns(nullptr);
    m_docks->showRequestLog(nullptr);
    // The results belong to the workspace: a closed or locked workspace shows none.
    showResults({}, 0);
    showStartPage(true);
    updateTitle();
    Q_EMIT workspaceClosed();
}

void MainWindow::onLocked()
{
    const QString path = currentWorkspace()->path();
    PassphraseDialog dialog(PassphraseDialog::Unlock, path, this);
    while (true) {
        if (dialog.exec() != QDialog::Accepted) {
            closeWorkspace();
            return;
        }
        const auto result = currentWorkspace()->unlock(dialog.passphrase());
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
    if (currentWorkspace())
        closeWorkspace();
    m_session->setDemo(true);
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
    if (!currentWorkspace() && !m_session->isDemo())
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
    m_session->createDesign(m_doc->toJson());
    showStartPage(false);
    QTimer::singleShot(0, m_designer->view(), &DesignView::fitToDesign);
}

void MainWindow::saveDesign()
{
    workspace::Workspace *ws = currentWorkspace();
    if (!ws || !m_session->designId())
        return;
    auto saved = ws->saveDesignVersion(m_session->designId(), m_doc->toJson());
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
    workspace::Workspace *ws = currentWorkspace();
    const qint64 designId = m_session->designId();
    if (!ws || !designId)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, Tr::tr("Export design"), QDir::homePath(), Tr::tr("Fairstart models (*.fsmodel)"));
    if (path.isEmpty())
        return;
    if (auto saved = ws->saveDesignVersion(designId, m_doc->toJson()); !saved) {
        QMessageBox::warning(this, Tr::tr("Export design"), saved.error().message);
        return;
    }
    const auto result = ws->exportDesign(designId, path);
    if (!result)
        QMessageBox::warning(this, Tr::tr("Export design"), result.error().message);
    else
        statusMessage(Tr::tr("Exported to %1.").arg(path));
}

void MainWindow::importDesign()
{
    workspace::Workspace *ws = currentWorkspace();
    if (!ws)
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, Tr::tr("Import design"), QDir::homePath(), Tr::tr("Fairstart models (*.fsmodel)"));
    if (path.isEmpty())
        return;
    const auto saved = ws->importDesign(path);
    if (!saved) {
        QMessageBox::warning(this, Tr::tr("Import design"), saved.error().message);
        return;
    }
    auto design = ws->design(saved->designId);
    if (!design)
        return;
    if (const auto problem = m_doc->loadJson(design->design)) {
        QMessageBox::warning(this, Tr::tr("Import design"), *problem);
        return;
    }
    m_session->setDesignId(saved->designId);
    ws->setCurrentDesign(saved->designId);
    m_session->rememberCurrentDesign();
    QTimer::singleShot(0, m_designer->view(), &DesignView::fitToDesign);
}

void MainWindow::addVariable(const QString &variable, bool categorical, BlockKind kind)
{
    showStartPage(false);
    // Inputs go in a column left of the model block, where their wires reach its input ports
    // without looping back under the blocks; without a model, near the centre of the view.
    const Block *model = m_doc->modelBlock();
    const QPointF preferred = model
        ? model->pos + QPointF(-(BlockItem::Width + 120), 0)
        : m_designer->view()->mapToScene(m_designer->view()->viewport()->rect().center())
            + QPointF(-100, 0);
    const QPointF pos = m_designer->freePosition(preferred);
    const int id = m_doc->dropVariable(variable, categorical, kind, pos);
    m_designer->scene()->selectBlock(id);
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
    if (workspace::Workspace *ws = currentWorkspace()) {
        const auto added = ws->addSite(site);
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
    const QString name = m_docks->currentSite();
    if (!currentWorkspace() || name.isEmpty()) {
        statusMessage(Tr::tr("Select a site in the Sites panel first."));
        return;
    }
    if (QMessageBox::question(this, Tr::tr("Remove site"),
                              Tr::tr("Remove %1 from this workspace? Its token is deleted "
                                     "too; earlier runs keep their results.")
                                  .arg(name))
        != QMessageBox::Yes)
        return;
    if (auto removed = currentWorkspace()->removeSite(name); !removed)
        statusMessage(workspaceNotice(BackgroundWrite::SiteList, removed.error()));
    loadWorkspaceState();
}

// ---- runs (the rest is in mainwindowruns.cpp) ---------------------------------------------------

void MainWindow::refreshRuns()
{
    m_docks->showRuns(currentWorkspace());
    updateActions();
}

void MainWindow::logRequest(const QJsonObject &entry)
{
    if (!m_session->isOpen())
        return;
    if (auto logged = currentWorkspace()->appendRequestLog(entry); !logged)
        statusMessage(workspaceNotice(BackgroundWrite::RequestLog, logged.error()));
    refreshRequestLog();
}

void MainWindow::refreshRequestLog()
{
    m_docks->showRequestLog(currentWorkspace());
}

// ---- preferences, idle lock, closing -----------------------------------------------------------

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_session->preferences(), this);
    // The analyst's key for model files, to read out to the organisation's administrator.
    if (currentWorkspace()) {
        dialog.modelSignersPage()->setWorkspaceSigner(
            workspaceModelSigner({}, nullptr),
            [this](QString *problem) { return renewWorkspaceModelSigner(problem); });
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_session->setPreferences(dialog.preferences());
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
        m_session->noteActivity();
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
    if (workspace::Workspace *ws = currentWorkspace(); ws && ws->isOpen()) {
        if (m_session->preferences().autosave) {
            // The window is closing: ask rather than lose the last edits without a word.
            if (auto flushed = ws->flushAutosave(); !flushed) {
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
        ws->close();
    }
    event->accept();
}

} // namespace fairstart::ui

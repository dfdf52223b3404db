// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbenchdocks.h"

#include "actionsmanager.h"

#include "fairstart/ui/catalogue/cataloguemodel.h"
#include "fairstart/ui/designer/propertiespanel.h"
#include "fairstart/ui/sites/sitesmodel.h"
#include "fairstart/ui/tr.h"
#include "fairstart/workspace/workspace.h"

#include <QAction>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fairstart::ui {

namespace {

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

WorkbenchDocks::WorkbenchDocks(QMainWindow *window, ActionsManager *actions, DesignDocument *doc,
                               CatalogueModel *catalogue, SitesModel *sites)
    : QObject(window)
    , m_window(window)
    , m_catalogue(catalogue)
    , m_sites(sites)
{
    createSitesDock(actions);
    createCatalogueDock();
    m_window->splitDockWidget(m_docks.at(0), m_docks.at(1), Qt::Vertical);
    m_properties = new PropertiesPanel(doc, catalogue);
    m_propertiesDock = addDock(Tr::tr("Properties"), QStringLiteral("propertiesDock"), m_properties,
                               Qt::RightDockWidgetArea);
    createRunsDocks(actions);
}

QDockWidget *WorkbenchDocks::addDock(const QString &title, const QString &name, QWidget *content,
                                     Qt::DockWidgetArea area)
{
    auto *d = new QDockWidget(title, m_window);
    d->setObjectName(name);
    d->setWidget(content);
    content->setAccessibleName(title);
    m_window->addDockWidget(area, d);
    m_docks.append(d);
    return d;
}

void WorkbenchDocks::createSitesDock(ActionsManager *actions)
{
    auto *sitesPage = new QWidget;
    m_sitesView = new QTableView;
    m_sitesView->setModel(m_sites);
    m_sitesView->setAccessibleName(Tr::tr("Sites"));
    m_sitesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_sitesView->verticalHeader()->hide();
    // A dock of about 300 px at a window of 1200 px: status, name and the address (elided in
    // the middle, whole in the tooltip) fit without a horizontal scroll bar (issue 17). Pin,
    // keys, node version and policy are in each row's tooltip; the header's context menu shows
    // their columns.
    m_sitesView->setTextElideMode(Qt::ElideMiddle);
    m_sitesView->setWordWrap(false);
    QHeaderView *sitesHeader = m_sitesView->horizontalHeader();
    sitesHeader->setStretchLastSection(false);
    sitesHeader->setSectionResizeMode(QHeaderView::Interactive);
    sitesHeader->setSectionResizeMode(SitesModel::StatusColumn, QHeaderView::ResizeToContents);
    sitesHeader->setSectionResizeMode(SitesModel::NameColumn, QHeaderView::ResizeToContents);
    sitesHeader->setSectionResizeMode(SitesModel::UrlColumn, QHeaderView::Stretch);
    sitesHeader->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (int column : { int(SitesModel::PinColumn), int(SitesModel::KeysColumn),
                        int(SitesModel::VersionColumn), int(SitesModel::PolicyColumn) }) {
        m_sitesView->setColumnHidden(column, true);
        auto *show = new QAction(
            Tr::tr("Show %1").arg(m_sites->headerData(column, Qt::Horizontal).toString()),
            sitesHeader);
        show->setCheckable(true);
        connect(show, &QAction::toggled, m_sitesView, [this, column](bool on) {
            m_sitesView->setColumnHidden(column, !on);
            if (on)
                m_sitesView->resizeColumnToContents(column);
        });
        sitesHeader->addAction(show);
    }
    auto *sitesButtons = new QHBoxLayout;
    auto *addSite = new QPushButton(Tr::tr("Add site…"));
    connect(addSite, &QPushButton::clicked, actions->addSite, &QAction::trigger);
    auto *check = new QPushButton(Tr::tr("Check"));
    connect(check, &QPushButton::clicked, m_sites, &SitesModel::refresh);
    auto *acceptKeys = new QPushButton(Tr::tr("Accept changed keys…"));
    acceptKeys->setObjectName(QStringLiteral("acceptKeysButton"));
    connect(acceptKeys, &QPushButton::clicked, actions->acceptKeys, &QAction::trigger);
    QAction *acceptKeysAct = actions->acceptKeys;
    connect(acceptKeysAct, &QAction::changed, acceptKeys,
            [acceptKeysAct, acceptKeys] { acceptKeys->setEnabled(acceptKeysAct->isEnabled()); });
    acceptKeys->setEnabled(false);
    connect(m_sites, &SitesModel::siteUpdated, this,
            [this] { m_sitesView->resizeColumnToContents(SitesModel::StatusColumn); });
    sitesButtons->addWidget(addSite);
    sitesButtons->addWidget(check);
    sitesButtons->addWidget(acceptKeys);
    sitesButtons->addStretch();
    auto *sl = new QVBoxLayout(sitesPage);
    sl->setContentsMargins(4, 4, 4, 4);
    sl->addWidget(m_sitesView);
    sl->addLayout(sitesButtons);
    addDock(Tr::tr("Sites"), QStringLiteral("sitesDock"), sitesPage, Qt::LeftDockWidgetArea);
}

void WorkbenchDocks::createCatalogueDock()
{
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
            Q_EMIT message(Tr::tr("Select a variable in the catalogue first."));
            return;
        }
        Q_EMIT variableChosen(i.data(CatalogueModel::VariableNameRole).toString(),
                              i.data(CatalogueModel::CategoricalRole).toBool(), kind);
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
    addDock(Tr::tr("Catalogue"), QStringLiteral("catalogueDock"), cataloguePage,
            Qt::LeftDockWidgetArea);
}

void WorkbenchDocks::createRunsDocks(ActionsManager *actions)
{
    m_runsTable = makeTable({ Tr::tr("Started"), Tr::tr("Design"), Tr::tr("Sites"),
                              Tr::tr("Result"), Tr::tr("Reason") },
                            Tr::tr("Runs"));
    QDockWidget *runsDock = addDock(Tr::tr("Runs"), QStringLiteral("runsDock"), m_runsTable,
                                    Qt::BottomDockWidgetArea);
    // Double-click or Enter on a run shows its stored result; the context menu offers the same.
    m_runsTable->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_runsTable->addAction(actions->openResults);
    m_runsTable->addAction(actions->compareRuns);
    m_runsTable->addAction(actions->publishRun);
    connect(m_runsTable, &QTableWidget::cellActivated, actions->openResults, &QAction::trigger);
    showRuns(nullptr); // says where runs are kept until a workspace is open

    auto *logPage = new QWidget;
    m_logTable
        = makeTable({ Tr::tr("#"), Tr::tr("Time"), Tr::tr("Request") }, Tr::tr("Request log"));
    m_logStatus = new QLabel;
    m_logStatus->setWordWrap(true);
    auto *verify = new QPushButton(Tr::tr("&Verify chain"));
    connect(verify, &QPushButton::clicked, this, &WorkbenchDocks::verifyRequestLog);
    auto *ll = new QVBoxLayout(logPage);
    ll->setContentsMargins(4, 4, 4, 4);
    ll->addWidget(m_logTable);
    auto *lb = new QHBoxLayout;
    lb->addWidget(m_logStatus, 1);
    lb->addWidget(verify);
    ll->addLayout(lb);
    QDockWidget *logDock = addDock(Tr::tr("Request log"), QStringLiteral("requestLogDock"), logPage,
                                   Qt::BottomDockWidgetArea);
    m_window->tabifyDockWidget(runsDock, logDock);
    runsDock->raise();
}

QString WorkbenchDocks::currentSite() const
{
    return m_sitesView->currentIndex().data(SitesModel::SiteNameRole).toString();
}

qint64 WorkbenchDocks::currentRunId() const
{
    const int row = m_runsTable->currentRow();
    if (row < 0 || !m_runsTable->item(row, 0))
        return 0;
    return m_runsTable->item(row, 0)->data(Qt::UserRole).toLongLong();
}

QList<qint64> WorkbenchDocks::selectedRunIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_runsTable->selectionModel()->selectedRows())
        ids << m_runsTable->item(index.row(), 0)->data(Qt::UserRole).toLongLong();
    return ids;
}

int WorkbenchDocks::runCount() const
{
    int runs = 0;
    for (int row = 0; row < m_runsTable->rowCount(); ++row)
        runs
            += m_runsTable->item(row, 0) && m_runsTable->item(row, 0)->data(Qt::UserRole).isValid();
    return runs;
}

// One row across the table that says why it is empty and what to do (a demo session keeps no
// runs: an empty table with its headers left a new user looking for the run just made).
void WorkbenchDocks::showRunsHint(const QString &text)
{
    m_runsTable->insertRow(0);
    auto *hint = new QTableWidgetItem(text);
    hint->setFlags(Qt::ItemIsEnabled); // not a run: neither selectable nor opened
    hint->setForeground(m_runsTable->palette().brush(QPalette::PlaceholderText));
    m_runsTable->setItem(0, 0, hint);
    m_runsTable->setSpan(0, 0, 1, m_runsTable->columnCount());
}

void WorkbenchDocks::resizeColumnsOnChange()
{
    m_catalogueView->resizeColumnsToContents();
}

void WorkbenchDocks::resizeToDefault()
{
    auto find = [this](const char *name) {
        return m_window->findChild<QDockWidget *>(QString::fromLatin1(name));
    };
    m_window->resizeDocks({ find("sitesDock"), find("propertiesDock") }, { 360, 380 },
                          Qt::Horizontal);
    m_window->resizeDocks({ find("runsDock") }, { 150 }, Qt::Vertical);
    m_window->resizeDocks({ find("sitesDock"), find("catalogueDock") }, { 190, 430 }, Qt::Vertical);
}

void WorkbenchDocks::showRuns(workspace::Workspace *ws)
{
    m_runsTable->clearSpans();
    m_runsTable->setRowCount(0);
    if (!ws || !ws->isOpen()) {
        showRunsHint(Tr::tr("Runs are kept in a workspace, and this session has none: File ▸ "
                            "New Workspace… keeps its sites and design, and every run after "
                            "that."));
        return;
    }
    auto runs = ws->runs();
    if (!runs)
        return;
    for (const workspace::RunSummary &r : runs.value()) {
        const int row = m_runsTable->rowCount();
        m_runsTable->insertRow(row);
        auto run = ws->run(r.id);
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
        // A registered model's evaluation is kept with the open design's runs, but it is not a
        // run of that design: it is named by the model.
        const QString kind
            = run ? run->request.value(QStringLiteral("kind")).toString() : QString();
        QString what = Tr::tr("%1 (v%2)").arg(r.designName).arg(r.designVersion);
        if (kind == QLatin1String("validation"))
            what = Tr::tr("%1 (v%2): validation across sites")
                       .arg(r.designName)
                       .arg(r.designVersion);
        else if (kind == QLatin1String("registered-model"))
            what = Tr::tr("Registered model %1: evaluation")
                       .arg(run->request.value(QStringLiteral("model")).toString());
        m_runsTable->setItem(row, 1, new QTableWidgetItem(what));
        m_runsTable->setItem(row, 2, new QTableWidgetItem(sites.join(QStringLiteral(", "))));
        m_runsTable->setItem(row, 3,
                             new QTableWidgetItem(r.hasResult   ? Tr::tr("stored")
                                                      : running ? Tr::tr("running")
                                                                : Tr::tr("none")));
        auto *why = new QTableWidgetItem(reason);
        why->setToolTip(reason);
        m_runsTable->setItem(row, 4, why);
    }
    // Columns sized to an empty table were as narrow as their titles, and the hint across them
    // a cut sliver at the left of the dock (walk of 2026-12-06): sized only to runs.
    if (m_runsTable->rowCount() == 0) {
        showRunsHint(Tr::tr("No runs yet: Design ▸ Run on Sites… runs the design, and every run "
                            "is kept here."));
        return;
    }
    m_runsTable->resizeColumnsToContents();
}

void WorkbenchDocks::showRequestLog(workspace::Workspace *ws)
{
    m_logTable->setRowCount(0);
    if (!ws || !ws->isOpen()) {
        m_logStatus->setText(Tr::tr("Requests are logged in a workspace."));
        return;
    }
    auto log = ws->requestLog();
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
    auto check = ws->verifyRequestLog();
    if (check)
        m_logStatus->setText(check->intact ? Tr::tr("%n entry(ies); the chain is intact.", nullptr,
                                                    int(check->entries))
                                           : check->message);
}

} // namespace fairstart::ui

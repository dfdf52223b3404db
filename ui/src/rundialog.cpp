// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/ui/rundialog.h"

#include "fairstart/client/refusals.h"
#include "fairstart/ui/results/format.h"
#include "fairstart/ui/tr.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace fairstart::ui {

QString siteStateName(client::SiteState state)
{
    switch (state) {
    case client::SiteState::Waiting:
        return Tr::tr("Waiting");
    case client::SiteState::Working:
        return Tr::tr("Working");
    case client::SiteState::Done:
        return Tr::tr("Done");
    case client::SiteState::Failed:
        return Tr::tr("Failed");
    case client::SiteState::Excluded:
        return Tr::tr("Left out");
    }
    return {};
}

QString phaseText(const QString &phase)
{
    // "fit: round 3" -> the job's name and the step, each translated; unknown words stay as the
    // client wrote them rather than being dropped.
    static const QRegularExpression round(QStringLiteral("^(.*): round (\\d+)$"));
    auto jobName = [](const QString &job) -> QString {
        if (job == QLatin1String("fit"))
            return Tr::tr("fitting the model");
        if (job == QLatin1String("calibration slope"))
            return Tr::tr("calibration slope");
        if (job == QLatin1String("calibration intercept"))
            return Tr::tr("calibration intercept");
        if (job == QLatin1String("per-site fits"))
            return Tr::tr("fitting the model at each site alone");
        return job;
    };
    if (const QRegularExpressionMatch m = round.match(phase); m.hasMatch())
        return Tr::tr("%1, round %2").arg(jobName(m.captured(1)), m.captured(2));
    if (phase.endsWith(QLatin1String(": job")))
        return Tr::tr("%1: opening the jobs").arg(jobName(phase.chopped(5)));
    if (phase.endsWith(QLatin1String(": signatures")))
        return Tr::tr("%1: exchanging the sites' signatures").arg(jobName(phase.chopped(12)));
    if (phase.endsWith(QLatin1String(": final β")))
        return Tr::tr("%1: final coefficients").arg(jobName(phase.chopped(9)));
    static const QHash<QString, const char *> words {
        { QStringLiteral("start"), QT_TRANSLATE_NOOP("Fairstart::Ui", "starting") },
        { QStringLiteral("info"),
          QT_TRANSLATE_NOOP("Fairstart::Ui", "asking the sites who they are") },
        { QStringLiteral("catalogue"),
          QT_TRANSLATE_NOOP("Fairstart::Ui", "reading the catalogues") },
        { QStringLiteral("descriptives"),
          QT_TRANSLATE_NOOP("Fairstart::Ui", "reading the cohort's descriptives") },
        { QStringLiteral("design"), QT_TRANSLATE_NOOP("Fairstart::Ui", "resolving the design") },
        { QStringLiteral("check"),
          QT_TRANSLATE_NOOP("Fairstart::Ui", "asking the sites whether they would run it") },
        { QStringLiteral("evaluation"),
          QT_TRANSLATE_NOOP("Fairstart::Ui", "evaluating the model") },
        { QStringLiteral("done"), QT_TRANSLATE_NOOP("Fairstart::Ui", "done") },
        { QStringLiteral("cancelled"), QT_TRANSLATE_NOOP("Fairstart::Ui", "cancelled") },
    };
    if (const auto it = words.constFind(phase); it != words.constEnd())
        return Tr::tr(it.value());
    return jobName(phase);
}

static QString runWithoutToolTip()
{
    return Tr::tr("A new run on the other sites. A site whose policy refuses studies one site "
                  "away from an earlier one will say so.");
}

RunDialog::RunDialog(const QList<client::Site> &sites, const QStringList &purposes,
                     const QStringList &datasets, const analysis::ModelSpec &spec, bool evaluate,
                     QWidget *parent)
    : QDialog(parent)
    , m_sites(sites)
    , m_spec(spec)
    , m_evaluate(evaluate)
{
    setWindowTitle(Tr::tr("Run on sites"));
    setMinimumWidth(560);

    // Page 1: what and where.
    auto *choose = new QWidget(this);
    m_siteList = siteCheckList(sites, Tr::tr("Sites to run on"), choose);
    m_purpose = purposeChoice(purposes, choose);
    m_dataset = datasetChoice(datasets, choose);
    auto *note = new QLabel(Tr::tr("Each site checks the purpose against your token and its "
                                   "consent records, and checks every number against its "
                                   "disclosure rules before releasing it."),
                            choose);
    note->setWordWrap(true);
    auto *form = new QFormLayout(choose);
    form->addRow(Tr::tr("&Sites:"), m_siteList);
    form->addRow(Tr::tr("&Purpose:"), m_purpose);
    form->addRow(Tr::tr("&Dataset:"), m_dataset);
    form->addRow(note);

    // Page 2: progress.
    auto *progress = new QWidget(this);
    m_phase = new QLabel(progress);
    m_progress = new QTableWidget(0, 3, progress);
    m_progress->setAccessibleName(Tr::tr("Progress per site"));
    m_progress->setHorizontalHeaderLabels({ Tr::tr("Site"), Tr::tr("State"), Tr::tr("Details") });
    m_progress->horizontalHeader()->setStretchLastSection(true);
    m_progress->verticalHeader()->hide();
    m_progress->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_progress->setWordWrap(true);
    m_progress->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_progress, &QWidget::customContextMenuRequested, this, &RunDialog::showRowMenu);
    auto *pl = new QVBoxLayout(progress);
    pl->addWidget(m_phase);
    pl->addWidget(m_progress);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(choose);
    m_pages->addWidget(progress);

    auto *buttons = new QDialogButtonBox(this);
    m_runButton = buttons->addButton(Tr::tr("&Run"), QDialogButtonBox::AcceptRole);
    m_checkButton = buttons->addButton(Tr::tr("&Check at Sites"), QDialogButtonBox::ActionRole);
    m_checkButton->setToolTip(Tr::tr("Ask every chosen site whether the design and cohort pass "
                                     "its rules, without computing anything. Each check counts "
                                     "as a job in the site's daily quota."));
    m_cancelButton = buttons->addButton(Tr::tr("&Stop run"), QDialogButtonBox::ActionRole);
    m_retryButton = buttons->addButton(Tr::tr("Re&try"), QDialogButtonBox::ActionRole);
    m_retryButton->setToolTip(Tr::tr("Run again on the same sites, as a new run."));
    // The site that stopped the run, left out of a new run in one click (before, only the
    // row's context menu offered it, and the fifth walk did not find it on a dead site).
    m_withoutButton = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_withoutButton->setToolTip(runWithoutToolTip());
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    // Hidden after the last addButton: adding a button lays the box out again and shows the
    // buttons hidden before, so Retry was offered before anything had run.
    m_retryButton->hide();
    m_withoutButton->hide();
    m_cancelButton->hide();
    m_runButton->setDefault(true);
    connect(m_runButton, &QPushButton::clicked, this, &RunDialog::start);
    connect(m_checkButton, &QPushButton::clicked, this, &RunDialog::check);
    connect(m_retryButton, &QPushButton::clicked, this, &RunDialog::retry);
    connect(m_withoutButton, &QPushButton::clicked, this, [this] { runWithout(m_withoutSite); });
    connect(m_cancelButton, &QPushButton::clicked, this, &RunDialog::cancelRun);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    layout->addWidget(buttons);
}

void RunDialog::setRegisteredModel(const client::RegisteredModel &model, client::StudyMode mode,
                                   const QStringList &registeredAt)
{
    m_registered = model;
    m_mode = mode;
    m_evaluate = true;
    m_calibration = false;
    m_perSiteFits = false;
    setWindowTitle(Tr::tr("Evaluate a registered model"));
    for (int i = 0; i < m_siteList->count(); ++i)
        m_siteList->item(i)->setCheckState(
            registeredAt.contains(m_sites.at(i).name) ? Qt::Checked : Qt::Unchecked);
    m_checkButton->hide();
    m_runButton->setText(Tr::tr("&Evaluate"));
}

QList<client::Site> RunDialog::chosenSites() const
{
    return checkedSites(m_siteList, m_sites);
}

QString RunDialog::purpose() const
{
    return chosenPurpose(m_purpose);
}

void fillPurposes(QComboBox *box, const QStringList &purposes)
{
    for (const QString &p : purposes)
        box->addItem(purposeText(p), p);
}

QListWidget *siteCheckList(const QList<client::Site> &sites, const QString &accessibleName,
                           QWidget *parent)
{
    auto *list = new QListWidget(parent);
    list->setAccessibleName(accessibleName);
    for (const client::Site &s : sites) {
        auto *item = new QListWidgetItem(s.name, list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Checked);
    }
    return list;
}

QList<client::Site> checkedSites(const QListWidget *list, const QList<client::Site> &sites)
{
    QList<client::Site> chosen;
    for (int i = 0; i < list->count() && i < sites.size(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            chosen.append(sites.at(i));
    }
    return chosen;
}

QComboBox *purposeChoice(const QStringList &purposes, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setEditable(true);
    box->setAccessibleName(Tr::tr("Purpose"));
    fillPurposes(box, purposes);
    return box;
}

QComboBox *datasetChoice(const QStringList &datasets, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setEditable(true);
    box->setAccessibleName(Tr::tr("Dataset"));
    box->addItems(datasets);
    return box;
}

QString chosenPurpose(const QComboBox *box)
{
    const QString text = box->currentText().trimmed();
    const int index = box->findText(text);
    return index >= 0 ? box->itemData(index).toString() : text;
}

QString RunDialog::dataset() const
{
    return m_dataset->currentText().trimmed();
}

void RunDialog::setRow(const QString &site, const QString &state, const QString &message)
{
    for (int r = 0; r < m_progress->rowCount(); ++r) {
        if (m_progress->item(r, 0)->text() == site) {
            m_progress->item(r, 1)->setText(state);
            m_progress->item(r, 2)->setText(message);
            m_progress->item(r, 2)->setToolTip(message);
            m_progress->resizeRowToContents(r);
            Q_EMIT siteChanged(site, state, message);
            return;
        }
    }
}

QString RunDialog::siteStateText(const QString &site) const
{
    for (int r = 0; r < m_progress->rowCount(); ++r) {
        if (m_progress->item(r, 0)->text() == site)
            return m_progress->item(r, 1)->text();
    }
    return {};
}

QString RunDialog::siteMessage(const QString &site) const
{
    for (int r = 0; r < m_progress->rowCount(); ++r) {
        if (m_progress->item(r, 0)->text() == site)
            return m_progress->item(r, 2)->text();
    }
    return {};
}

void RunDialog::start()
{
    begin(false);
}

void RunDialog::check()
{
    begin(true);
}

void RunDialog::begin(bool checkOnly)
{
    if (m_run && m_run->isRunning())
        return;
    const QList<client::Site> sites = chosenSites();
    if (sites.isEmpty() || purpose().isEmpty()) {
        m_phase->setText(Tr::tr("Choose at least one site and a purpose."));
        return;
    }
    client::RunOptions options;
    options.dataset = dataset();
    options.purpose = purpose();
    options.spec = m_spec;
    options.evaluate = m_evaluate;
    options.calibration = m_calibration.value_or(m_evaluate);
    options.perSiteFits = m_perSiteFits;
    options.checkOnly = checkOnly;
    options.thresholds = m_thresholds;
    options.mode = m_mode;
    options.registeredModel = m_registered;
    m_progress->setRowCount(int(sites.size()));
    QStringList names;
    for (int r = 0; r < sites.size(); ++r) {
        names.append(sites.at(r).name);
        m_progress->setItem(r, 0, new QTableWidgetItem(sites.at(r).name));
        m_progress->setItem(r, 1, new QTableWidgetItem(siteStateName(client::SiteState::Waiting)));
        m_progress->setItem(r, 2, new QTableWidgetItem);
    }
    m_progress->resizeColumnToContents(0);
    m_pages->setCurrentIndex(1);
    m_runButton->hide();
    m_checkButton->hide();
    m_retryButton->hide();
    m_withoutButton->hide();
    m_cancelButton->show();
    m_cancelButton->setFocus();
    m_phase->setText(checkOnly ? Tr::tr("Checking at the sites…") : Tr::tr("Starting…"));

    if (m_run) {
        // An earlier run of this dialog, ended: it lives on while its cancellations go out.
        disconnect(m_run, nullptr, this, nullptr);
        QTimer::singleShot(30000, m_run, &QObject::deleteLater);
    }
    m_checking = checkOnly;
    m_run = new client::FederatedRun(sites, options, this);
    connect(m_run, &client::FederatedRun::phaseChanged, this, [this](const QString &phase) {
        m_phase->setText(Tr::tr("Now: %1").arg(phaseText(phase)));
    });
    connect(m_run, &client::FederatedRun::roundFinished, this,
            [this](int round, double deviance, double ms) {
                m_phase->setText(Tr::tr("Round %1 done: deviance %2 (%3 ms)")
                                     .arg(round)
                                     .arg(QLocale().toString(deviance, 'f', 3))
                                     .arg(QLocale().toString(ms, 'f', 0)));
            });
    connect(m_run, &client::FederatedRun::siteProgress, this,
            [this](const QString &site, client::SiteState state, const QString &message) {
                // A site's step ("fit: round 3") in the user's language, like the phase line.
                setRow(site, siteStateName(state), phaseText(message));
            });
    connect(m_run, &client::FederatedRun::finished, this,
            [this](const protocol::FitReport &report) {
                // A registered model has no rounds: nothing was fitted.
                m_phase->setText(m_registered
                                     ? Tr::tr("Finished: the sites evaluated the registered model.")
                                     : Tr::tr("Finished: the model converged in %n round(s).",
                                              nullptr, int(report.rounds.size())));
                m_cancelButton->hide();
                m_closeButton->setFocus();
                // A site's row kept the last step it answered ("evaluating the model"), or still
                // said Working after a masked study's last step, which reads as if it were busy: in
                // a finished run every site not failed, refused or left out is done. Its Details
                // cell is then empty: it said "done" beside the state "Done" ("Done | done").
                const QStringList ended { siteStateName(client::SiteState::Failed),
                                          siteStateName(client::SiteState::Excluded),
                                          Tr::tr("Refused") };
                for (int r = 0; r < m_progress->rowCount(); ++r) {
                    if (!ended.contains(m_progress->item(r, 1)->text()))
                        setRow(m_progress->item(r, 0)->text(),
                               siteStateName(client::SiteState::Done), QString());
                }
                Q_EMIT finished(report);
            });
    connect(m_run, &client::FederatedRun::failed, this, &RunDialog::onFailed);
    connect(m_run, &client::FederatedRun::checked, this, &RunDialog::onChecked);
    // A check is no run: nothing is recorded in the workspace for it.
    if (!checkOnly)
        Q_EMIT started(names, purpose(), dataset());
    m_run->start();
}

void RunDialog::onChecked(const QList<client::SiteCheck> &checks)
{
    int refused = 0;
    int failedSites = 0;
    for (const client::SiteCheck &c : checks) {
        if (c.passed) {
            setRow(c.site, Tr::tr("Passes"),
                   Tr::tr("The site would run this design: every rule it checks in advance "
                          "passed (%n rule(s)).",
                          nullptr, int(c.rules.size())));
        } else if (c.problem && c.problem->isRule()) {
            ++refused;
            setRow(c.site, Tr::tr("Refused"), refusalText(*c.problem));
        } else {
            ++failedSites;
            setRow(c.site, siteStateName(client::SiteState::Failed),
                   c.problem ? c.problem->toString() : QString());
        }
    }
    if (refused == 0 && failedSites == 0) {
        m_phase->setText(Tr::tr("Every site would run this design as its earlier releases "
                                "stand now. Nothing was computed. A release made before the run "
                                "starts, by you or another analyst, can still make a site refuse "
                                "the cohort (differencing)."));
    } else {
        m_phase->setText(Tr::tr("%n site(s) would not run this design; see their rows for the "
                                "rule and what to change. Nothing was computed.",
                                nullptr, refused + failedSites));
    }
    m_phase->setWordWrap(true);
    m_cancelButton->hide();
    m_runButton->show();
    m_checkButton->show();
    m_runButton->setFocus();
    Q_EMIT checkFinished(checks);
}

void RunDialog::onFailed(const client::RunError &error)
{
    m_cancelButton->hide();
    if (m_checking) {
        // A check that could not reach the end: the run itself may still be tried.
        m_runButton->show();
        m_checkButton->show();
    } else {
        m_retryButton->show();
    }
    m_closeButton->setFocus();
    const bool cancelled
        = error.siteError && error.siteError->kind == client::SiteError::Kind::Cancelled;
    if (error.siteError && error.siteError->isRule()) {
        // A refusal goes next to the site that refused, with its rule and sentence.
        setRow(error.site, Tr::tr("Refused"), refusalText(*error.siteError));
        m_phase->setText(Tr::tr("%1 refused the request; nothing was computed there. See its "
                                "row for the rule.")
                             .arg(error.site));
    } else if (cancelled) {
        m_phase->setText(Tr::tr("The run was stopped. Open jobs at the sites were cancelled."));
        for (int r = 0; r < m_progress->rowCount(); ++r) {
            if (m_progress->item(r, 1)->text() != siteStateName(client::SiteState::Done))
                m_progress->item(r, 1)->setText(Tr::tr("Stopped"));
        }
    } else {
        if (!error.site.isEmpty())
            setRow(error.site, siteStateName(client::SiteState::Failed), error.message);
        m_phase->setText(error.message);
    }
    if (!m_checking && !cancelled) {
        // The other sites stopped with the run (their open jobs are cancelled), as the Runs
        // panel records them: a row left at Working read as if the site were still busy.
        // A row that said Done had done one step ("Done — reading the catalogues", seen in the
        // fifth walk): nothing ran there either, so it says why the run stopped too.
        const bool unreachable = error.siteError
            && (error.siteError->kind == client::SiteError::Kind::Network
                || error.siteError->kind == client::SiteError::Kind::Timeout);
        const QString reason = error.site.isEmpty() ? Tr::tr("Stopped: %1").arg(error.message)
            : unreachable ? Tr::tr("Stopped because %1 could not be reached.").arg(error.site)
                          : Tr::tr("Stopped because %1 failed.").arg(error.site);
        for (int r = 0; r < m_progress->rowCount(); ++r) {
            const QString site = m_progress->item(r, 0)->text();
            const QString state = m_progress->item(r, 1)->text();
            if (site != error.site
                && (state == siteStateName(client::SiteState::Working)
                    || state == siteStateName(client::SiteState::Waiting)
                    || state == siteStateName(client::SiteState::Done)))
                setRow(site, Tr::tr("Stopped"), reason);
        }
    }
    if (!m_checking && !cancelled && !error.site.isEmpty() && chosenSites().size() > 1) {
        m_withoutSite = error.site;
        m_withoutButton->setText(Tr::tr("Run &Without %1").arg(error.site));
        m_withoutButton->show();
    }
    m_phase->setWordWrap(true);
    Q_EMIT failed(error);
}

void RunDialog::retry()
{
    if (m_run && m_run->isRunning())
        return;
    begin(false);
}

void RunDialog::runWithout(const QString &site)
{
    if (m_run && m_run->isRunning())
        return;
    for (int i = 0; i < m_siteList->count(); ++i) {
        if (m_sites.at(i).name == site)
            m_siteList->item(i)->setCheckState(Qt::Unchecked);
    }
    if (chosenSites().isEmpty()) {
        m_phase->setText(
            Tr::tr("%1 was the only site of the run; choose other sites first.").arg(site));
        m_pages->setCurrentIndex(0);
        m_runButton->show();
        m_checkButton->show();
        return;
    }
    begin(false);
}

void RunDialog::showRowMenu(const QPoint &pos)
{
    const int row = m_progress->rowAt(pos.y());
    if (row < 0 || (m_run && m_run->isRunning()))
        return;
    const QString site = m_progress->item(row, 0)->text();
    const QString state = m_progress->item(row, 1)->text();
    if (state != Tr::tr("Refused") && state != siteStateName(client::SiteState::Failed))
        return;
    QMenu menu(this);
    QAction *without = menu.addAction(Tr::tr("Run &Without %1").arg(site));
    without->setToolTip(runWithoutToolTip());
    if (menu.exec(m_progress->viewport()->mapToGlobal(pos)) == without)
        runWithout(site);
}

void RunDialog::cancelRun()
{
    if (m_run && m_run->isRunning())
        m_run->cancel();
}

void RunDialog::stopBeforeClosing()
{
    if (!m_run || !m_run->isRunning())
        return;
    // The run outlives the dialog long enough to send the cancellations to the sites: its
    // transport goes with it, and a job left open would only expire later at the node.
    client::FederatedRun *run = m_run;
    run->setParent(parentWidget() ? static_cast<QObject *>(parentWidget()) : qApp);
    m_run = nullptr;
    disconnect(run, nullptr, this, nullptr);
    run->cancel();
    QTimer::singleShot(30000, run, &QObject::deleteLater);
}

void RunDialog::closeEvent(QCloseEvent *event)
{
    stopBeforeClosing();
    QDialog::closeEvent(event);
}

void RunDialog::reject()
{
    stopBeforeClosing();
    QDialog::reject();
}

} // namespace fairstart::ui

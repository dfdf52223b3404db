// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/ui/validationdialog.h"

#include "fairstart/client/validationrun.h"
#include "fairstart/ui/results/format.h"
#include "fairstart/ui/rundialog.h"
#include "fairstart/ui/tr.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fairstart::ui {

ValidationDialog::ValidationDialog(const QList<client::Site> &sites, const QStringList &purposes,
                                   const QStringList &datasets, const analysis::ModelSpec &spec,
                                   const QList<double> &thresholds, QWidget *parent)
    : QDialog(parent)
    , m_sites(sites)
    , m_spec(spec)
    , m_thresholds(thresholds)
{
    setWindowTitle(Tr::tr("Validate across sites"));
    setMinimumWidth(600);

    auto *choose = new QWidget(this);
    m_siteList = siteCheckList(sites, Tr::tr("Sites to validate on"), choose);
    m_purpose = purposeChoice(purposes, choose);
    m_dataset = datasetChoice(datasets, choose);
    m_subgroup = new QComboBox(choose);
    m_subgroup->setAccessibleName(Tr::tr("Subgroup variable"));
    m_subgroup->addItem(Tr::tr("None"));
    m_subgroupEdges = new QLineEdit(choose);
    m_subgroupEdges->setAccessibleName(Tr::tr("Subgroup cell edges"));
    m_subgroupEdges->setPlaceholderText(
        Tr::tr("cell edges: edges of every site's histogram (Descriptives shows them)"));
    m_subgroupEdges->setEnabled(false);
    connect(m_subgroup, &QComboBox::currentIndexChanged, this, [this](int index) {
        const bool numeric = index > 0
            && m_subgroupVariables.at(index - 1).type == protocol::VariableType::Numeric;
        m_subgroupEdges->setEnabled(numeric);
    });
    auto *note = new QLabel(
        Tr::tr("Each site in turn is left out: the model is fitted on all the others and "
               "evaluated at the site left out, which checks every number against its own "
               "rules before releasing it. This needs at least %1 sites and takes one fit per "
               "site.")
            .arg(analysis::minimumValidationSites),
        choose);
    note->setWordWrap(true);
    auto *form = new QFormLayout(choose);
    form->addRow(Tr::tr("&Sites:"), m_siteList);
    form->addRow(Tr::tr("&Purpose:"), m_purpose);
    form->addRow(Tr::tr("&Dataset:"), m_dataset);
    form->addRow(Tr::tr("By s&ubgroup:"), m_subgroup);
    form->addRow(Tr::tr("Cell &edges:"), m_subgroupEdges);
    form->addRow(note);
    m_problem = new QLabel(choose);
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(Tr::tr("Problem"));
    form->addRow(m_problem);

    auto *progress = new QWidget(this);
    m_phase = new QLabel(progress);
    m_phase->setWordWrap(true);
    m_progress = new QTableWidget(0, 3, progress);
    m_progress->setAccessibleName(Tr::tr("Progress per held-out site"));
    m_progress->setHorizontalHeaderLabels(
        { Tr::tr("Held-out site"), Tr::tr("State"), Tr::tr("Details") });
    m_progress->horizontalHeader()->setStretchLastSection(true);
    m_progress->verticalHeader()->hide();
    m_progress->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_progress->setWordWrap(true);
    auto *pl = new QVBoxLayout(progress);
    pl->addWidget(m_phase);
    pl->addWidget(m_progress);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(choose);
    m_pages->addWidget(progress);
    auto *buttons = new QDialogButtonBox(this);
    m_runButton = buttons->addButton(Tr::tr("&Validate"), QDialogButtonBox::AcceptRole);
    m_cancelButton = buttons->addButton(Tr::tr("&Stop"), QDialogButtonBox::ActionRole);
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    m_cancelButton->hide();
    m_runButton->setDefault(true);
    connect(m_runButton, &QPushButton::clicked, this, &ValidationDialog::start);
    connect(m_cancelButton, &QPushButton::clicked, this, &ValidationDialog::cancelRun);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    layout->addWidget(buttons);
}

ValidationDialog::~ValidationDialog() = default;

QList<client::Site> ValidationDialog::chosenSites() const
{
    return checkedSites(m_siteList, m_sites);
}

QString ValidationDialog::foldState(const QString &site) const
{
    for (int r = 0; r < m_progress->rowCount(); ++r) {
        if (m_progress->item(r, 0)->text() == site)
            return m_progress->item(r, 1)->text();
    }
    return {};
}

void ValidationDialog::setSubgroupVariables(const QList<protocol::CatalogueVariable> &variables)
{
    // Not the model's outcome: each of its cells would hold one class, so no AUC or calibration
    // could be computed in any of them (the list offered it).
    const QString outcome = QString::fromStdString(m_spec.outcome.variable);
    m_subgroupVariables.clear();
    for (const protocol::CatalogueVariable &v : variables) {
        if (v.name != outcome)
            m_subgroupVariables << v;
    }
    while (m_subgroup->count() > 1)
        m_subgroup->removeItem(1);
    // The catalogue's label names the variable; the raw name only in the tooltip (issue 17:
    // "Birth weight (g) (birth_weight_g)"), and beside the label only when two variables share
    // that label.
    QStringList labels;
    for (const protocol::CatalogueVariable &v : std::as_const(m_subgroupVariables))
        labels << v.label.trimmed();
    for (const protocol::CatalogueVariable &v : std::as_const(m_subgroupVariables)) {
        const QString label = v.label.trimmed();
        const QString text = label.isEmpty() ? v.name
            : labels.count(label) > 1        ? Tr::tr("%1 (%2)").arg(label, v.name)
                                             : label;
        m_subgroup->addItem(text, v.name);
        m_subgroup->setItemData(m_subgroup->count() - 1,
                                label.isEmpty() ? v.name
                                                : Tr::tr("%1 — variable %2").arg(label, v.name),
                                Qt::ToolTipRole);
    }
}

QString ValidationDialog::purpose() const
{
    return chosenPurpose(m_purpose);
}

QString ValidationDialog::problem() const
{
    return m_problem->text();
}

void ValidationDialog::setRow(const QString &site, const QString &state, const QString &message)
{
    for (int r = 0; r < m_progress->rowCount(); ++r) {
        if (m_progress->item(r, 0)->text() == site) {
            m_progress->item(r, 1)->setText(state);
            m_progress->item(r, 2)->setText(message);
            m_progress->resizeRowToContents(r);
            return;
        }
    }
}

void ValidationDialog::start()
{
    const QList<client::Site> sites = chosenSites();
    if (sites.size() < analysis::minimumValidationSites) {
        m_problem->setText(Tr::tr("Choose at least %1 sites: each is left out in turn and "
                                  "the results are pooled over the sites left out.")
                               .arg(analysis::minimumValidationSites));
        return;
    }
    if (chosenPurpose(m_purpose).isEmpty()) {
        m_problem->setText(Tr::tr("Choose a purpose: the sites check it against your token."));
        return;
    }
    client::ValidationOptions options;
    if (const int index = m_subgroup->currentIndex(); index > 0) {
        const protocol::CatalogueVariable &v = m_subgroupVariables.at(index - 1);
        options.run.subgroup = v.name;
        if (v.type == protocol::VariableType::Numeric) {
            QStringList rejected;
            const QList<double> edges = parseNumberList(m_subgroupEdges->text(), &rejected);
            if (!rejected.isEmpty() || edges.size() < 2) {
                m_problem->setText(
                    Tr::tr("%1 is a number: give at least two cell edges, in increasing order, "
                           "each an edge of every site's histogram of %1 (describe %1 to see "
                           "them).")
                        .arg(v.name));
                return;
            }
            options.run.subgroupEdges.assign(edges.begin(), edges.end());
        }
        m_subgroupLabel = v.label.isEmpty() ? v.name : v.label;
    }
    m_problem->clear();
    options.run.dataset = m_dataset->currentText().trimmed();
    options.run.purpose = chosenPurpose(m_purpose);
    options.run.spec = m_spec;
    for (double t : m_thresholds) {
        if (t > 0.0 && t < 1.0)
            options.thresholds.push_back(t);
    }
    m_progress->setRowCount(int(sites.size()));
    for (int r = 0; r < sites.size(); ++r) {
        m_progress->setItem(r, 0, new QTableWidgetItem(sites.at(r).name));
        m_progress->setItem(r, 1, new QTableWidgetItem(Tr::tr("Waiting")));
        m_progress->setItem(r, 2, new QTableWidgetItem);
    }
    m_progress->resizeColumnToContents(0);
    m_pages->setCurrentIndex(1);
    m_runButton->hide();
    m_cancelButton->show();
    m_cancelButton->setFocus();
    m_phase->setText(Tr::tr("Starting…"));

    m_run = new client::ValidationRun(sites, options, this);
    connect(m_run, &client::ValidationRun::foldStarted, this,
            [this](int index, int count, const QString &heldOut) {
                m_phase->setText(Tr::tr("Leaving out %1 (%2 of %3): fitting on the others.")
                                     .arg(heldOut)
                                     .arg(index + 1)
                                     .arg(count));
                setRow(heldOut, Tr::tr("Working"), QString());
            });
    connect(m_run, &client::ValidationRun::phaseChanged, this, [this](const QString &phase) {
        m_phase->setText(Tr::tr("Now: %1").arg(phaseText(phase)));
    });
    connect(m_run, &client::ValidationRun::foldFinished, this, &ValidationDialog::onFoldFinished);
    connect(m_run, &client::ValidationRun::finished, this, &ValidationDialog::onFinished);
    connect(m_run, &client::ValidationRun::failed, this, &ValidationDialog::onFailed);
    m_run->start();
}

void ValidationDialog::onFoldFinished(const client::HeldOutResult &result)
{
    if (result.ok())
        setRow(result.heldOut, Tr::tr("Evaluated"),
               Tr::tr("AUC %1 on %2 records")
                   .arg(number(result.auc, 3), QLocale().toString(qint64(result.n))));
    else
        setRow(result.heldOut, Tr::tr("Failed"), result.failure);
}

void ValidationDialog::onFinished(const client::ValidationReport &report)
{
    m_phase->setText(Tr::tr("Finished: the results are in the Validation section."));
    m_cancelButton->hide();
    m_closeButton->setFocus();
    ValidationSummary summary = validationSummary(report);
    if (summary.fairness && !m_subgroupLabel.isEmpty())
        summary.fairness->label = m_subgroupLabel;
    Q_EMIT finished(summary);
}

void ValidationDialog::onFailed(const client::RunError &error)
{
    m_phase->setText(Tr::tr("Stopped: %1").arg(error.message));
    m_cancelButton->hide();
    m_closeButton->setFocus();
    Q_EMIT failed(error.message);
}

void ValidationDialog::cancelRun()
{
    if (m_run && m_run->isRunning())
        m_run->cancel();
}

void ValidationDialog::closeEvent(QCloseEvent *event)
{
    cancelRun();
    QDialog::closeEvent(event);
}

void ValidationDialog::reject()
{
    cancelRun();
    QDialog::reject();
}

} // namespace fairstart::ui

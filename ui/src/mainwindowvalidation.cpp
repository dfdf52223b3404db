// SPDX-License-Identifier: GPL-3.0-or-later
// Analyses ▸ Validate Across Sites (issue 15), kept out of mainwindow.cpp: the dialog that runs
// client::ValidationRun for the current design and hands its result to the results document.
#include "fairstart/protocol/codec.h"
#include "fairstart/ui/designer/designdocument.h"
#include "fairstart/ui/mainwindow.h"
#include "fairstart/ui/results/resultsview.h"
#include "fairstart/ui/sites/sitesmodel.h"
#include "fairstart/ui/tr.h"
#include "fairstart/ui/validationdialog.h"
#include "fairstart/workspace/records.h"
#include "fairstart/workspace/workspace.h"
#include "workbenchsession.h"
#include "workspacenotice.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QStatusBar>
#include <QTabWidget>

#include <algorithm>

namespace fairstart::ui {

ValidationDialog *MainWindow::validateAcrossSites()
{
    if (refuseDesign(Tr::tr("Validate across sites")))
        return nullptr;
    const analysis::ModelSpec spec = m_doc->toSpec();
    if (spec.family != analysis::Family::Binomial) {
        QMessageBox::information(this, Tr::tr("Validate across sites"),
                                 Tr::tr("Validation measures discrimination and calibration of "
                                        "a risk model: set the Model block to logistic "
                                        "regression (a yes/no outcome) first."));
        return nullptr;
    }
    auto [purposes, datasets] = m_sites->listedNames(false);
    QList<protocol::CatalogueVariable> subgroups; // the catalogue's variables, once each
    for (const SiteStatus &s : m_sites->statuses()) {
        if (const protocol::CatalogueDataset *d = s.catalogue.dataset()) {
            for (const protocol::CatalogueVariable &v : d->variables) {
                if (std::none_of(subgroups.begin(), subgroups.end(),
                                 [&v](const auto &w) { return w.name == v.name; }))
                    subgroups.append(v);
            }
        }
    }
    // The purpose used before first, as in the run dialog.
    if (const qsizetype i = purposes.indexOf(defaultAnalysisPurpose(purposes)); i > 0)
        purposes.move(i, 0);
    auto *dialog = new ValidationDialog(m_sites->sites(), purposes, datasets, spec,
                                        m_doc->evaluationSettings().thresholds, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSubgroupVariables(subgroups);
    logRequest({ { QStringLiteral("kind"), QStringLiteral("validate-opened") },
                 { QStringLiteral("spec"), protocol::toJson(spec) } });
    connect(dialog, &ValidationDialog::finished, this,
            [this, dialog](const ValidationSummary &summary) {
                logRequest({ { QStringLiteral("kind"), QStringLiteral("validate-finished") },
                             { QStringLiteral("design"), summary.designHash } });
                m_session->setAnalysisPurpose(dialog->purpose());
                recordValidation(summary, dialog->purpose());
                m_results->setValidation(summary);
                m_results->setCurrentPage(ResultsView::ValidationPage);
                m_work->setCurrentWidget(m_results);
                statusMessage(Tr::tr("The validation finished; its results are in the Validation "
                                     "section."));
            });
    connect(dialog, &ValidationDialog::failed, this, [this](const QString &message) {
        statusMessage(Tr::tr("The validation stopped: %1").arg(message));
    });
    dialog->show();
    return dialog;
}

void MainWindow::recordValidation(const ValidationSummary &summary, const QString &purpose)
{
    // Kept in the run history like a fit (issue 15): a run whose request and result say
    // "validation", one site row per held-out site, the summary the page shows as its result.
    workspace::Workspace *ws = currentWorkspace();
    if (!ws)
        return; // the demo federation: nothing is kept
    QStringList sites;
    for (const HeldOutResult &s : summary.sites)
        sites << s.site;
    QJsonObject request { { QStringLiteral("kind"), QStringLiteral("validation") },
                          { QStringLiteral("purpose"), purpose },
                          { QStringLiteral("dataset"), summary.dataset },
                          { QStringLiteral("designHash"), summary.designHash },
                          { QStringLiteral("sites"), QJsonArray::fromStringList(sites) },
                          { QStringLiteral("spec"), protocol::toJson(m_doc->toSpec()) } };
    if (summary.fairness)
        request.insert(QStringLiteral("subgroup"), summary.fairness->variable);
    // A run names a saved version of its design, as a fit's does (onRunStarted).
    const qint64 designId = m_session->designId();
    if (designId) {
        if (auto saved = ws->saveDesignVersion(designId, m_doc->toJson()); !saved)
            statusMessage(workspaceNotice(BackgroundWrite::DesignVersion, saved.error()));
    }
    auto id = ws->addRun(designId, request, sites);
    if (!id) {
        statusMessage(Tr::tr("The validation could not be kept in the workspace: %1")
                          .arg(id.error().message));
        return;
    }
    for (const HeldOutResult &s : summary.sites) {
        const workspace::SiteRunState state = s.state == HeldOutResult::State::Evaluated
            ? workspace::SiteRunState::Succeeded
            : s.state == HeldOutResult::State::Withheld ? workspace::SiteRunState::Refused
                                                        : workspace::SiteRunState::Failed;
        if (auto written = ws->updateRunSite(*id, s.site, state, s.note); !written) {
            statusMessage(Tr::tr("The validation could not be kept in the workspace: %1")
                              .arg(written.error().message));
            return;
        }
    }
    const QJsonObject result { { QStringLiteral("kind"), QStringLiteral("validation") },
                               { QStringLiteral("validation"), validationSummaryToJson(summary) } };
    if (auto stored = ws->setRunResult(*id, result); !stored) {
        statusMessage(Tr::tr("The validation could not be kept in the workspace: %1")
                          .arg(stored.error().message));
        return;
    }
    refreshRuns();
}

QString MainWindow::openValidationRun(const workspace::Run &run)
{
    QString problem;
    const std::optional<ValidationSummary> summary = validationSummaryFromJson(
        run.result.value(QStringLiteral("validation")).toObject(), &problem);
    if (!summary)
        return Tr::tr("The stored validation of this run cannot be read (%1). Validate the "
                      "design again.")
            .arg(problem);
    m_results->setValidation(*summary);
    // Shown first: the page follows the scroll position, which a hidden view reads as the top.
    m_work->setCurrentWidget(m_results);
    m_results->setCurrentPage(ResultsView::ValidationPage);
    updateActions();
    statusMessage(Tr::tr("Showing the validation of %1.")
                      .arg(QLocale().toString(run.created.toLocalTime(), QLocale::ShortFormat)));
    return {};
}

} // namespace fairstart::ui

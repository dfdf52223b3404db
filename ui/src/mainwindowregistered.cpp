// SPDX-License-Identifier: GPL-3.0-or-later
// Analyses ▸ Evaluate a Registered Model (issue 14), kept out of mainwindow.cpp: the sites'
// registered validation models (from their GET /v1/info), the chooser, then the run dialog with
// client::RunOptions::registeredModel. The run is recorded like any run (RunRecorder) and its
// result goes to the results document.
#include "fairstart/client/studychecks.h"
#include "fairstart/ui/designer/designdocument.h"
#include "fairstart/ui/mainwindow.h"
#include "fairstart/ui/registeredmodeldialog.h"
#include "fairstart/ui/results/thresholds.h"
#include "fairstart/ui/rundialog.h"
#include "fairstart/ui/runrecorder.h"
#include "fairstart/ui/runrequest.h"
#include "fairstart/ui/sites/sitekeys.h"
#include "fairstart/ui/sites/sitesmodel.h"
#include "fairstart/ui/tr.h"

#include "workbenchsession.h"
#include "workspacenotice.h"

#include <QJsonArray>
#include <QMessageBox>
#include <QPointer>

namespace fairstart::ui {

RegisteredModelDialog *MainWindow::evaluateRegisteredModel(QString *problem)
{
    auto refuse = [this, problem](const QString &text) -> RegisteredModelDialog * {
        if (problem)
            *problem = text;
        statusMessage(text);
        return nullptr;
    };
    QList<QPair<QString, QList<protocol::RegisteredModelInfo>>> perSite;
    for (const SiteStatus &s : m_sites->statuses()) {
        if (s.state != SiteStatus::Online || !s.catalogue.info)
            continue;
        perSite.append({ s.site.name, s.catalogue.info->validationModels });
    }
    const SitesModel::ListedNames names = m_sites->listedNames(true);
    if (perSite.isEmpty())
        return refuse(Tr::tr("No site is online. Add sites (Sites ▸ Add Site) and check them "
                             "(F5): the registered models are the ones the online sites list."));
    const QList<OfferedModel> models = offeredModels(perSite);
    if (models.isEmpty())
        return refuse(Tr::tr("None of the %n online site(s) lists a registered validation model. "
                             "A site's administrator registers one with 'fairstart-node models "
                             "add'; check the sites again (F5) afterwards.",
                             nullptr, int(perSite.size())));
    auto *chooser = new RegisteredModelDialog(models, this);
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    connect(chooser, &QDialog::accepted, this, [this, chooser, names] {
        const client::RegisteredModel &model = chooser->model();
        const OfferedModel &offered = chooser->offered();
        auto *dialog
            = new RunDialog(m_sites->sites(), names.purposes, names.datasets,
                            model.design ? model.design->spec : analysis::ModelSpec(), true, this);
        dialog->setRegisteredModel(model, chooser->mode(), offered.sites);
        // The Evaluation block's thresholds, for the decision curve and threshold metrics.
        const QList<double> thresholds = runRequest(*m_doc).thresholds;
        dialog->setThresholds(std::vector<double>(thresholds.begin(), thresholds.end()));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QPointer<RunDialog> guard(dialog);
        connect(dialog, &RunDialog::started, this,
                [this, guard, name = offered.name, hash = offered.hash,
                 mode = client::studyModeId(chooser->mode())](
                    const QStringList &sites, const QString &purpose, const QString &dataset) {
                    if (guard)
                        onRegisteredRunStarted(guard, name, hash, mode, sites, purpose, dataset);
                });
        dialog->show();
    });
    chooser->show();
    return chooser;
}

void MainWindow::onRegisteredRunStarted(RunDialog *dialog, const QString &name, const QString &hash,
                                        const QString &mode, const QStringList &sites,
                                        const QString &purpose, const QString &dataset)
{
    const QJsonObject request { { QStringLiteral("kind"), QStringLiteral("registered-model") },
                                { QStringLiteral("model"), name },
                                { QStringLiteral("model_hash"), hash },
                                { QStringLiteral("mode"), mode },
                                { QStringLiteral("purpose"), purpose },
                                { QStringLiteral("dataset"), dataset },
                                { QStringLiteral("sites"), QJsonArray::fromStringList(sites) } };
    logRequest(request);
    client::FederatedRun *run = dialog->run();
    if (!run)
        return;
    // Recorded under the open design, like its runs: the run history is the design's.
    auto *recorder
        = new RunRecorder(currentWorkspace(), m_session->designId(), request, sites, run);
    dialog->setRunId(recorder->runId());
    connect(recorder, &RunRecorder::recorded, this, &MainWindow::refreshRuns);
    connect(recorder, &RunRecorder::writeFailed, this, &MainWindow::statusMessage);
    if (!recorder->problem().isEmpty())
        statusMessage(recorder->problem());
    connect(run, &client::FederatedRun::siteProgress, recorder, &RunRecorder::siteProgress);
    connect(run, &client::FederatedRun::siteKeysRecorded, m_siteKeys, &SiteKeyPins::recordFirstUse);
    const QList<double> thresholds = runRequest(*m_doc).thresholds;
    connect(run, &client::FederatedRun::finished, recorder,
            [this, recorder, thresholds, name](const protocol::FitReport &finished) {
                protocol::FitReport report = finished;
                if (report.performance && !thresholds.isEmpty())
                    report.performance->thresholds
                        = thresholdMetrics(*report.performance, thresholds);
                const qint64 runId = recorder->finished(report) ? recorder->runId() : 0;
                logRequest({ { QStringLiteral("kind"), QStringLiteral("registered-finished") },
                             { QStringLiteral("designHash"), report.designHash } });
                showResults(report, runId);
                refreshRuns();
                statusMessage(
                    Tr::tr("The sites evaluated the registered model %1; the results "
                           "are shown%2.")
                        .arg(name, runId ? Tr::tr(" and stored in the workspace") : QString()));
            });
    connect(run, &client::FederatedRun::failed, recorder,
            [this, run, recorder](const client::RunError &error) {
                onRunFailed(run, recorder, error);
            });
    refreshRuns();
}

} // namespace fairstart::ui

// SPDX-License-Identifier: GPL-3.0-or-later
// Runs and their results, kept out of mainwindow.cpp: the run dialog, one RunRecorder per run
// (its own record in the workspace), the Results panel, comparing runs, publishing a model and
// opening a published one in reviewer mode.
#include "fairstart/client/refusals.h"
#include "fairstart/protocol/codec.h"
#include "fairstart/ui/catalogue/cataloguemodel.h"
#include "fairstart/ui/designer/designdocument.h"
#include "fairstart/ui/designer/designerwidget.h"
#include "fairstart/ui/designer/designvalidator.h"
#include "fairstart/ui/mainwindow.h"
#include "fairstart/ui/publishdialog.h"
#include "fairstart/ui/results/resultsview.h"
#include "fairstart/ui/results/runcomparison.h"
#include "fairstart/ui/results/thresholds.h"
#include "fairstart/ui/reviewer/modelfile.h"
#include "fairstart/ui/reviewer/reviewerwindow.h"
#include "fairstart/ui/rundialog.h"
#include "fairstart/ui/runrecorder.h"
#include "fairstart/ui/runrequest.h"
#include "fairstart/ui/sites/sitekeys.h"
#include "fairstart/ui/sites/sitesmodel.h"
#include "fairstart/ui/tr.h"
#include "fairstart/workspace/workspace.h"

#include "workbenchsession.h"
#include "workspacenotice.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>

namespace fairstart::ui {

bool MainWindow::refuseDesign(const QString &title)
{
    const QString problem = multipleEvaluationsProblem(*m_doc);
    if (problem.isEmpty())
        return false;
    statusMessage(problem);
    // Not exec(): the refusal must not block whoever asked (a menu, a test, a script).
    auto *box = new QMessageBox(QMessageBox::Warning, title, problem, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return true;
}

RunDialog *MainWindow::runOnSites()
{
    if (refuseDesign(Tr::tr("Run on sites")))
        return nullptr;
    auto [purposes, datasets] = m_sites->listedNames(false);
    // The purpose used before (this session's, else the workspace's newest run's) is offered
    // first: a fresh session offered "quality" where the demo had released under "research".
    if (const qsizetype i = purposes.indexOf(defaultAnalysisPurpose(purposes)); i > 0)
        purposes.move(i, 0);
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
            if (guard)
                onRunStarted(guard, sites, purpose, dataset);
        });
    dialog->show();
    return dialog;
}

void MainWindow::onRunStarted(RunDialog *dialog, const QStringList &sites, const QString &purpose,
                              const QString &dataset)
{
    m_session->setAnalysisPurpose(purpose);
    const QJsonObject request { { QStringLiteral("kind"), QStringLiteral("glm") },
                                { QStringLiteral("purpose"), purpose },
                                { QStringLiteral("dataset"), dataset },
                                { QStringLiteral("sites"), QJsonArray::fromStringList(sites) },
                                { QStringLiteral("spec"), protocol::toJson(m_doc->toSpec()) } };
    logRequest(request);
    workspace::Workspace *ws = currentWorkspace();
    const qint64 designId = m_session->designId();
    if (ws && designId) {
        if (auto saved = ws->saveDesignVersion(designId, m_doc->toJson()); !saved)
            statusMessage(workspaceNotice(BackgroundWrite::DesignVersion, saved.error()));
    }
    // One recorder per run, living as long as the run does (which may outlive its dialog while
    // the cancellations go out): each run writes only its own record.
    client::FederatedRun *run = dialog->run();
    if (!run)
        return;
    auto *recorder = new RunRecorder(ws, designId, request, sites, run);
    dialog->setRunId(recorder->runId());
    connect(recorder, &RunRecorder::recorded, this, &MainWindow::refreshRuns);
    connect(recorder, &RunRecorder::writeFailed, this, &MainWindow::statusMessage);
    if (!recorder->problem().isEmpty())
        statusMessage(recorder->problem());
    connect(run, &client::FederatedRun::siteProgress, recorder, &RunRecorder::siteProgress);
    connect(run, &client::FederatedRun::siteKeysRecorded, m_siteKeys, &SiteKeyPins::recordFirstUse);
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
    } else {
        // The run is over: say so and why, instead of whatever the status bar said before.
        const bool cancelled
            = error.siteError && error.siteError->kind == client::SiteError::Kind::Cancelled;
        const QString why = error.siteError && error.siteError->isRule()
            ? client::refusalText(*error.siteError)
            : error.message;
        statusMessage(
            cancelled ? Tr::tr("The run was stopped; the sites were asked to cancel its jobs.")
                : error.site.isEmpty()
                ? Tr::tr("The run ended without a result: %1").arg(why)
                : Tr::tr("The run ended without a result at %1: %2").arg(error.site, why));
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
    // Variables and levels by their catalogue labels (issue 17: levels too).
    m_results->setVariableLabels(catalogueLabels(m_catalogue->entries()));
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
    if (!m_session->isOpen())
        return Tr::tr("Open the workspace first.");
    auto run = currentWorkspace()->run(runId);
    if (!run)
        return run.error().message;
    if (run->result.isEmpty()) {
        return Tr::tr("This run has no stored result: it did not finish (see the Sites column for "
                      "what each site answered). Run the design again.");
    }
    if (run->result.value(QStringLiteral("kind")) == QLatin1String("validation"))
        return openValidationRun(run.value());
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
    if (!m_session->isOpen())
        return fail(Tr::tr("Open the workspace first."));
    QList<protocol::FitReport> reports;
    QStringList titles;
    for (qint64 id : { firstRunId, secondRunId }) {
        auto run = currentWorkspace()->run(id);
        if (!run)
            return fail(run.error().message);
        if (run->result.isEmpty())
            return fail(
                Tr::tr("The run of %1 has no stored result: it did not finish. Compare "
                       "finished runs.")
                    .arg(QLocale().toString(run->created.toLocalTime(), QLocale::ShortFormat)));
        // A validation across sites holds no fitted coefficients to put side by side.
        if (run->result.value(QStringLiteral("kind")) == QLatin1String("validation"))
            return fail(
                Tr::tr("The run of %1 is a validation across sites, not a fit: Compare Runs "
                       "puts the coefficients of two fits side by side. Open a validation "
                       "(double-click it under Runs) to see each held-out site and the pooled "
                       "measures on the Validation page.")
                    .arg(QLocale().toString(run->created.toLocalTime(), QLocale::ShortFormat)));
        auto report = protocol::fromJson<protocol::FitReport>(run->result);
        if (!report.ok())
            return fail(Tr::tr("The stored result of a run cannot be read (%1).")
                            .arg(report.error().text()));
        reports << report.value();
        titles << Tr::tr("Run of %1")
                      .arg(QLocale().toString(run->created.toLocalTime(), QLocale::ShortFormat));
    }
    // the terms by their catalogue labels, as in the results
    const QMap<QString, QString> labels = catalogueLabels(m_catalogue->entries());
    auto *dialog = new RunComparisonDialog(titles.at(0), reports.at(0), titles.at(1), reports.at(1),
                                           this, labels);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}

QString MainWindow::publishModel(const ModelDescription &description)
{
    if (!m_session->isOpen())
        return Tr::tr("Open the workspace first: published models are stored in it.");
    if (!m_resultsRunId)
        return Tr::tr("Open the results of a finished run first (double-click it under Runs).");
    if (const QString problem = descriptionProblem(description, m_results->report());
        !problem.isEmpty())
        return problem;
    const PublishedModelDocument document { description, m_results->report() };
    auto id = currentWorkspace()->publishModel(m_resultsRunId, description.title, toJson(document));
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
    const QMap<QString, QString> labels = catalogueLabels(m_catalogue->entries());
    QMap<QString, protocol::CatalogueVariable> variables;
    for (const CatalogueEntry &e : m_catalogue->entries())
        variables.insert(e.variable.name, e.variable);
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
    if (!m_session->isOpen())
        return fail(Tr::tr("Open the workspace first."));
    auto models = currentWorkspace()->publishedModels();
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
        // The analyst's window: Save Model File signs with the workspace's key.
        window->setSignerSource(
            [this, window](QString *why) { return askWorkspaceModelSigner(window, why); });
        // Closing the workspace (or its idle lock) closes what was opened from it.
        connect(this, &MainWindow::workspaceClosed, window, &QWidget::close);
        window->show();
        return window;
    }
    return fail(Tr::tr("There is no published model %1 in this workspace.").arg(publishedId));
}

ReviewerWindow *MainWindow::openModelFile(const QString &path, QString *problem)
{
    QString error;
    const std::optional<ModelFile> file = readModelFile(path, &error);
    if (!file) {
        if (problem)
            *problem = error;
        return nullptr;
    }
    auto fail = [problem](const QString &text) -> ReviewerWindow * {
        if (problem)
            *problem = text;
        return nullptr;
    };
    const QString fileName = QFileInfo(path).fileName();
    const ModelFileSignature &signature = file->signature;
    // The organisation's list first: a line that cannot be read may be a revocation.
    const TrustedSignersList list = readTrustedSigners();
    if (!list.problems.isEmpty()) {
        return fail(
            Tr::tr("%1 was not opened: your organisation's list of trusted signers (%2) has an "
                   "error (%3), so Fairstart cannot tell whether the key this model is signed "
                   "with was revoked. Tell your administrator; 'fairstart --check-signers' shows "
                   "every error in the list.")
                .arg(fileName, QDir::toNativeSeparators(list.path), list.problems.first()));
    }
    const SignerStanding standing = signerStanding(signature, list);
    QString organisationName;
    switch (standing.trust) {
    case SignerTrust::Revoked: {
        const QString signer
            = standing.listed->name.isEmpty() ? signature.signer : standing.listed->name;
        QString text = Tr::tr("%1 was not opened: your organisation revoked the key it is signed "
                              "with (%2, %3). Whoever holds that key may no longer sign models: "
                              "do not use this file, nor other copies signed with that key.")
                           .arg(fileName, keyFingerprint(signature.publicKey), signer);
        if (!standing.listed->comment.isEmpty())
            text += QLatin1Char(' ')
                + Tr::tr("Your organisation's reason: %1.").arg(standing.listed->comment);
        text += QLatin1Char(' ')
            + Tr::tr("Ask %1 for a newly signed file of this model (signed with their new "
                     "key), or ask your administrator.")
                  .arg(signature.signer);
        return fail(text);
    }
    case SignerTrust::Organisation:
        organisationName = standing.listed->name;
        break;
    case SignerTrust::Trusted:
        break;
    case SignerTrust::FirstSeen:
    case SignerTrust::OtherKeyForName: {
        const bool trusted = m_signerPrompt
            ? m_signerPrompt(*file, standing.trust, standing.otherFingerprint)
            : askToTrustSigner(*file, standing.trust, standing.otherFingerprint, list.exists);
        if (!trusted) {
            return fail(Tr::tr("%1 was not opened: you did not confirm that the key it is "
                               "signed with (%2) is the one your organisation published for "
                               "%3. When you have checked it, open the file again.")
                            .arg(fileName, keyFingerprint(signature.publicKey), signature.signer));
        }
        trustSigner(signature);
        break;
    }
    }
    // Not from the workspace: it stays open when a workspace opens, closes or locks.
    auto *window = new ReviewerWindow(file->document);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setOrigin(file->signature, file->sites, organisationName);
    window->show();
    // Someone who opens a model file on a computer where no workspace was ever opened is a
    // professional: the start page becomes theirs.
    QSettings settings;
    if (!settings.contains(QStringLiteral("workbench/audience")) && !currentWorkspace()
        && !m_session->isDemo())
        setAudience(Audience::Professional);
    QStringList recent = recentModelFiles();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    settings.setValue(QStringLiteral("recentModelFiles"), recent.mid(0, 8));
    refreshRecentModelFiles();
    return window;
}

QStringList MainWindow::recentModelFiles()
{
    return QSettings().value(QStringLiteral("recentModelFiles")).toStringList();
}

void MainWindow::setSignerPrompt(SignerPrompt prompt)
{
    m_signerPrompt = std::move(prompt);
}

bool MainWindow::askToTrustSigner(const ModelFile &file, SignerTrust trust,
                                  const QString &otherFingerprint, bool organisationList)
{
    const ModelFileSignature &s = file.signature;
    const QString signer = s.signer.toHtmlEscaped();
    QString text
        = Tr::tr("<p>The model <b>%1</b> is signed by <b>%2</b> on %3, and has not been changed "
                 "since.</p>"
                 "<p>No model from this signer has been opened on this computer before. "
                 "Fairstart cannot know by itself whose key this is: compare the key below "
                 "with the one your organisation published for this signer (on its intranet, "
                 "or ask them by phone). Only if they are the same, choose <i>Trust and "
                 "Open</i>; Fairstart then remembers this signer.</p>"
                 "<p>Key: <b>%4</b></p>")
              .arg(file.document.description.title.toHtmlEscaped(), signer,
                   QLocale().toString(s.signedAt.toLocalTime().date(), QLocale::LongFormat),
                   keyFingerprint(s.publicKey));
    if (organisationList) {
        text += Tr::tr("<p>Your organisation's list of trusted signers does not list this "
                       "key.</p>");
    }
    if (trust == SignerTrust::OtherKeyForName) {
        text += Tr::tr("<p><b>Careful:</b> another key was trusted for %1 before (%2). A new "
                       "key can mean that %1 works from a new workspace, or that someone else "
                       "signs in %1's name. Ask %1 before you trust it.</p>")
                    .arg(signer, otherFingerprint);
    }
    QMessageBox box(QMessageBox::Question, Tr::tr("Check who signed this model"), text,
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("signerDialog"));
    box.setTextFormat(Qt::RichText);
    QPushButton *open = box.addButton(Tr::tr("&Trust and Open"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(qobject_cast<QPushButton *>(box.button(QMessageBox::Cancel)));
    box.exec();
    return box.clickedButton() == open;
}

std::optional<ModelSigner> MainWindow::workspaceModelSigner(const QString &nameIfNew,
                                                            QString *problem)
{
    auto fail = [problem](const QString &text) -> std::optional<ModelSigner> {
        if (problem)
            *problem = text;
        return std::nullopt;
    };
    workspace::Workspace *ws = currentWorkspace();
    if (!ws)
        return fail(Tr::tr("Open the workspace first: model files are signed with its key."));
    const auto stored = ws->setting(QStringLiteral("modelSigner"));
    if (!stored)
        return fail(stored.error().message);
    if (std::optional<ModelSigner> signer = modelSignerFromJson(stored.value()))
        return signer;
    if (nameIfNew.simplified().isEmpty())
        return fail(Tr::tr("Give the name professionals will see as the model file's signer."));
    ModelSigner signer = newModelSigner(nameIfNew);
    if (signer.publicKey().isEmpty())
        return fail(Tr::tr("Could not make a signing key (libsodium did not start). Restart "
                           "Fairstart and try again."));
    if (const auto saved = ws->setSetting(QStringLiteral("modelSigner"), toJson(signer)); !saved)
        return fail(saved.error().message);
    return signer;
}

std::optional<ModelSigner> MainWindow::renewWorkspaceModelSigner(QString *problem)
{
    std::optional<ModelSigner> old = workspaceModelSigner({}, problem);
    if (!old)
        return std::nullopt;
    ModelSigner signer = newModelSigner(old->name);
    // The old key's public half stays listed (Preferences ▸ Model Files), for its revocation;
    // saved in the same setting as the new key, so neither is written without the other.
    signer.earlier = old->earlier;
    signer.earlier.append({ old->name, old->publicKey(), QDateTime::currentDateTimeUtc() });
    if (signer.publicKey().isEmpty()) {
        if (problem)
            *problem = Tr::tr("Could not make a signing key (libsodium did not start). Restart "
                              "Fairstart and try again.");
        return std::nullopt;
    }
    if (const auto saved
        = currentWorkspace()->setSetting(QStringLiteral("modelSigner"), toJson(signer));
        !saved) {
        if (problem)
            *problem = saved.error().message;
        return std::nullopt;
    }
    return signer;
}

std::optional<ModelSigner> MainWindow::askWorkspaceModelSigner(QWidget *parent, QString *problem)
{
    if (std::optional<ModelSigner> signer = workspaceModelSigner({}, nullptr))
        return signer;
    if (!currentWorkspace())
        return workspaceModelSigner({}, problem);
    // The first model file of this workspace: whose name professionals will see.
    QInputDialog ask(parent);
    ask.setWindowTitle(Tr::tr("Sign model files"));
    ask.setLabelText(
        Tr::tr("Model files are signed with a key of this workspace, so that professionals can "
               "tell a changed copy. Under which name will they see it? (Your name and "
               "organisation, as your colleagues know them.)"));
    ask.setInputMode(QInputDialog::TextInput);
    for (QLabel *label : ask.findChildren<QLabel *>())
        label->setWordWrap(true);
    ask.resize(520, ask.sizeHint().height());
    if (ask.exec() != QDialog::Accepted)
        return std::nullopt;
    const QString name = ask.textValue();
    std::optional<ModelSigner> signer = workspaceModelSigner(name, problem);
    if (signer) {
        QMessageBox::information(
            parent, Tr::tr("Sign model files"),
            Tr::tr("Model files from this workspace are signed by %1 with the key\n\n%2\n\n"
                   "The first time professionals open one, Fairstart shows them this key and "
                   "asks them to compare it with the one your organisation published: publish "
                   "it (on the intranet, say) and tell them where, or ask your administrator to "
                   "add it to the organisation's list of trusted signers. File ▸ Preferences ▸ "
                   "Model Files shows the key again and copies it.")
                .arg(signer->name, keyFingerprint(signer->publicKey())));
    }
    return signer;
}

void MainWindow::chooseModelFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, Tr::tr("Open model file"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        Tr::tr("Fairstart model (*.%1);;All files (*)").arg(QLatin1String(kModelFileSuffix)));
    if (path.isEmpty())
        return;
    QString problem;
    if (!openModelFile(path, &problem))
        QMessageBox::warning(this, Tr::tr("Open model file"), problem);
}

void MainWindow::refreshRecentModelFiles()
{
    if (!m_recentModelList)
        return;
    m_recentModelList->clear();
    const QStringList recent = recentModelFiles();
    for (const QString &path : recent) {
        auto *item = new QListWidgetItem(QFileInfo(path).completeBaseName(), m_recentModelList);
        item->setToolTip(QDir::toNativeSeparators(path));
        item->setData(Qt::UserRole, path);
    }
    if (recent.isEmpty()) {
        auto *item = new QListWidgetItem(Tr::tr("No model file opened yet."), m_recentModelList);
        item->setFlags(Qt::NoItemFlags);
    }
}

void MainWindow::chooseReviewerModel()
{
    if (!currentWorkspace())
        return;
    auto models = currentWorkspace()->publishedModels();
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

} // namespace fairstart::ui

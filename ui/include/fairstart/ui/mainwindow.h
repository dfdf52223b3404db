// SPDX-License-Identifier: GPL-3.0-or-later
// The workbench window: start page, designer and results in the centre, with menus, toolbar
// and status bar. It is split by concern (docs/architecture.md): ActionsManager owns the actions,
// menus and toolbar; WorkbenchDocks the docks; WorkbenchSession the workspace, its autosave and
// idle lock; each run gets its own RunRecorder (mainwindowruns.cpp). MainWindow wires them.
#pragma once

#include "fairstart/ui/dialogs.h"
#include "fairstart/ui/reviewer/modelfile.h"

#include <QMainWindow>

#include <functional>

class QLabel;
class QListWidget;
class QStackedWidget;
class QTabWidget;

namespace fairstart::workspace {
class Workspace;
struct Run;
} // namespace fairstart::workspace
namespace fairstart::protocol {
struct DescriptivesRequest;
struct DescriptivesResponse;
struct FitReport;
} // namespace fairstart::protocol
namespace fairstart::client {
class FederatedRun;
struct RunError;
} // namespace fairstart::client

namespace fairstart::ui {

class ActionsManager;
enum class BlockKind;
class CatalogueModel;
class DesignDocument;
class DesignerWidget;
class PropertiesPanel;
class ResultsView;
class ReviewerWindow;
class RunComparisonDialog;
class RunDialog;
class SiteKeyPins;
class Table1View;
class RunRecorder;
class RegisteredModelDialog;
class ValidationDialog;
struct ValidationSummary;
struct ModelDescription;
class SitesModel;
class WorkbenchDocks;
class WorkbenchSession;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Where `make demo` writes the demo federation's sites file, next to this build.
    static QString defaultDemoSitesFile();

    // Opens the sites of a sites file without a workspace (designs are not saved until a
    // workspace is created). Returns the problem in words, empty on success.
    QString openDemoFederation(const QString &sitesFile);
    // Opens or creates a workspace with a passphrase, without asking. Empty on success.
    QString openWorkspace(const QString &path, const QString &passphrase, bool create);
    // Saves the design (with autosave on) and closes the workspace; what was shown from it goes.
    void closeWorkspace();
    // Replaces the design by the model of an R-style formula. Empty on success.
    QString loadFormula(const QString &formula);

    DesignDocument *document() const { return m_doc; }
    DesignerWidget *designer() const { return m_designer; }
    SitesModel *sitesModel() const { return m_sites; }
    CatalogueModel *catalogueModel() const { return m_catalogue; }
    workspace::Workspace *currentWorkspace() const;
    ResultsView *resultsView() const { return m_results; }
    bool isStartPageShown() const;
    RunDialog *runOnSites(); // opens the dialog (non-modal) and returns it
    // Analyses ▸ Validate Across Sites: leave one site out for the current design (non-modal;
    // mainwindowvalidation.cpp). Its result goes to the results' Validation section.
    ValidationDialog *validateAcrossSites();
    // Analyses ▸ Evaluate a Registered Model (mainwindowregistered.cpp): the chooser of the
    // models the online sites registered (non-modal); accepting it opens the run dialog. nullptr
    // with *problem set when no online site lists one.
    RegisteredModelDialog *evaluateRegisteredModel(QString *problem = nullptr);
    // Adds a site to the session (and the open workspace). Empty on success, else why not (the
    // same node or name is there already, ...).
    QString addSite(const client::Site &site);
    // The pinned study keys of the sites: first use, and accepting a changed key.
    SiteKeyPins *siteKeys() const { return m_siteKeys; }

    // Shows the stored result of a run of the open workspace in the Results panel. Empty on
    // success, else the problem in words.
    QString openRunResults(qint64 runId);
    // Two finished runs of the open workspace side by side (a dialog of its own, deleted on
    // close). nullptr with *problem set when either has no readable result.
    RunComparisonDialog *compareRuns(qint64 firstRunId, qint64 secondRunId,
                                     QString *problem = nullptr);
    // Publishes the model in the Results panel to the workspace (read-only from then on).
    // Empty on success, else the problem in words.
    QString publishModel(const ModelDescription &description);
    // Opens a published model of the workspace in reviewer mode, in a window of its own (deleted
    // on close). nullptr with *problem set when it cannot be opened.
    ReviewerWindow *openPublishedModel(qint64 publishedId, QString *problem = nullptr);
    // Opens a model file (reviewer mode's Save Model File, modelfile.h) in reviewer mode: what a
    // youth-care professional does, without a workspace, sites or network. The window stays
    // when a workspace opens or closes. nullptr with *problem set when the file cannot be
    // opened (what is wrong and what to do).
    ReviewerWindow *openModelFile(const QString &path, QString *problem = nullptr);
    // The open workspace's key for model files (modelsignature.h): made, under `nameIfNew`,
    // the first time it is asked for and kept in the encrypted workspace (setting
    // "modelSigner"). nullopt with *problem set without a workspace or a name.
    std::optional<ModelSigner> workspaceModelSigner(const QString &nameIfNew,
                                                    QString *problem = nullptr);
    // A new key for the open workspace's model files, under the same name (branch walk6): what
    // the analyst does when the organisation revoked the old one. Files signed before keep
    // the old key. nullopt with *problem set without a workspace or an existing key.
    std::optional<ModelSigner> renewWorkspaceModelSigner(QString *problem = nullptr);
    // What openModelFile asks when a file's signer is not trusted on this computer yet: true
    // to trust it and open the file. By default a dialog (objectName "signerDialog") with the
    // signer's name and key; tests replace it.
    using SignerPrompt = std::function<bool(const ModelFile &file, SignerTrust trust,
                                            const QString &otherFingerprint)>;
    void setSignerPrompt(SignerPrompt prompt);

    // Whom the start page and the docks are for. A youth-care professional only opens model
    // files: the start page offers them and their recent files, and the analyst's docks
    // (sites, catalogue, runs) are hidden. Remembered (QSettings "workbench/audience"): the
    // first model file opened on a computer where no workspace was ever opened makes it
    // Professional; opening a workspace or the demo makes it Analyst.
    enum class Audience { Analyst, Professional };
    Audience audience() const;
    void setAudience(Audience audience);
    static QStringList recentModelFiles();

    enum class Analysis { Table1, Dashboard };
    // Asks the online sites for descriptives under `purpose` (empty: defaultAnalysisPurpose) and
    // opens Table 1 or the dashboard in a window of its own when they answer (analysisOpened).
    // Empty when asked, else why nothing can be asked.
    QString openAnalysis(Analysis analysis, const QString &purpose = {});
    // The menu's Table 1 and dashboard: with more than one purpose allowed and none chosen in
    // this workspace's session yet (by this dialog, a run or a validation), a dialog (objectName
    // "analysisPurposeDialog") asks under which, then openAnalysis; once chosen, they ask the
    // sites under it without asking the analyst again (the window's title names it; every
    // request still carries it, the nodes audit it).
    void chooseAnalysis(Analysis analysis);
    // Analyses ▸ Analysis Purpose…: the same dialog, to change the session's purpose without
    // opening an analysis.
    void chooseAnalysisPurpose();
    // The purposes the online sites allow this user's tokens, in the sites' order.
    QStringList analysisPurposes() const;
    // This session's purpose (last fit, validation or choice), else the workspace's newest
    // run's, else "research" when allowed, else the first allowed.
    QString defaultAnalysisPurpose(const QStringList &purposes) const;

Q_SIGNALS:
    // The workspace was closed or locked: windows opened from it close too.
    void workspaceClosed();
    void analysisOpened(QWidget *window);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    friend class ActionsManager;

    QWidget *createStartPage();
    void showStartPage(bool show);
    // The purpose dialog of chooseAnalysis and chooseAnalysisPurpose: `then` with the purpose
    // chosen, after it became the session's.
    void askAnalysisPurpose(const QString &title, const QString &text, const QString &acceptText,
                            const std::function<void(const QString &)> &then);
    void updateTitle();
    void updateActions();
    void refreshRecent();
    void refreshRecentModelFiles();
    // The professional's way to the model file's signer: a dialog with the name and key.
    bool askToTrustSigner(const ModelFile &file, SignerTrust trust, const QString &otherFingerprint,
                          bool organisationList);
    // Save Model File's signer: the workspace's, its name asked the first time.
    std::optional<ModelSigner> askWorkspaceModelSigner(QWidget *parent, QString *problem);
    void applyAudience();
    void newWorkspace();
    void openWorkspaceDialog(const QString &path = {});
    void loadWorkspaceState();
    void newDesign();
    void saveDesign();
    void exportDesign();
    void importDesign();
    void addSiteDialog();
    void removeSite();
    void addVariable(const QString &variable, bool categorical, BlockKind kind);
    void showPreferences();
    void refreshRuns();
    // Validations in the run history (mainwindowvalidation.cpp).
    void recordValidation(const ValidationSummary &summary, const QString &purpose);
    QString openValidationRun(const workspace::Run &run);
    void refreshRequestLog();
    // Why the design cannot be sent as it is (empty when it can): what the design check would
    // only show as a light, said when a run or a validation is asked for anyway.
    bool refuseDesign(const QString &title);
    void onRunStarted(RunDialog *dialog, const QStringList &sites, const QString &purpose,
                      const QString &dataset);
    void onRunFinished(const protocol::FitReport &report, qint64 storedRunId);
    void onRegisteredRunStarted(RunDialog *dialog, const QString &name, const QString &hash,
                                const QString &mode, const QStringList &sites,
                                const QString &purpose, const QString &dataset);
    void onRunFailed(client::FederatedRun *run, RunRecorder *recorder,
                     const client::RunError &error);
    void showResults(const protocol::FitReport &report, qint64 runId);
    void publishDialog();
    void chooseReviewerModel();
    void chooseModelFile(); // File ▸ Open Model File…: asks for the file, says why it fails
    void onLocked();
    void logRequest(const QJsonObject &entry);
    void statusMessage(const QString &text);
    // Table 1 and the dashboard (mainwindowanalyses.cpp): a window of its own, closed with the
    // workspace; and in plain mode the pooled histograms of Table 1 from each answering site's
    // released histogram (issue 14), which then shows `view`. False when there is nothing to
    // ask (the caller shows the view).
    void showAnalysisWindow(QWidget *window);
    bool askPlainHistograms(Table1View *view, const QList<client::Site> &sites,
                            const protocol::DescriptivesRequest &request,
                            const QMap<QString, protocol::DescriptivesResponse> &answers,
                            const QMap<QString, QString> &labels);

    WorkbenchSession *m_session;
    qint64 m_resultsRunId = 0; // the stored run whose result the Results panel shows

    DesignDocument *m_doc;
    CatalogueModel *m_catalogue;
    SitesModel *m_sites;
    SiteKeyPins *m_siteKeys;
    ActionsManager *m_actions = nullptr;
    WorkbenchDocks *m_docks = nullptr;
    QStackedWidget *m_central;
    QTabWidget *m_work; // Design and Results
    DesignerWidget *m_designer;
    ResultsView *m_results;
    QListWidget *m_recentList;
    QListWidget *m_recentModelList = nullptr;
    QList<QWidget *> m_analystStart; // the start page's parts for analysts
    QList<QWidget *> m_professionalStart; // and for professionals
    QLabel *m_startTitle = nullptr;
    SignerPrompt m_signerPrompt;
    QLabel *m_startMessage;
    QLabel *m_validationLabel;
    QLabel *m_zoomLabel;
    QByteArray m_defaultState;
    bool m_shown = false;
    bool m_propertiesWasVisible = true;
};

} // namespace fairstart::ui

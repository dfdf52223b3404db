// SPDX-License-Identifier: GPL-3.0-or-later
// "Run on sites…": choose the sites and the purpose, then follow each site's progress. The run is
// asynchronous on the event loop (client::FederatedRun), so the window never waits on a node.
#pragma once

#include "fairstart/client/federatedrun.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace fairstart::ui {

class RunDialog : public QDialog {
    Q_OBJECT

public:
    // `purposes`: what the sites' tokens allow (union); `datasets`: the sites' datasets.
    RunDialog(const QList<client::Site> &sites, const QStringList &purposes,
              const QStringList &datasets, const analysis::ModelSpec &spec, bool evaluate,
              QWidget *parent = nullptr);

    QList<client::Site> chosenSites() const;
    QString purpose() const;
    QString dataset() const;
    client::FederatedRun *run() const { return m_run; }
    // The design's "Per-site breakdown": also fit the model at each site alone (default on).
    void setPerSiteFits(bool on) { m_perSiteFits = on; }
    bool perSiteFits() const { return m_perSiteFits; }
    // The Evaluation block's calibration studies (default: with the evaluation).
    void setCalibration(bool on) { m_calibration = on; }
    // The state and message shown for a site ("Refused — rule min-cell: …").
    QString siteStateText(const QString &site) const;
    QString siteMessage(const QString &site) const;
    // Evaluate a registered validation model instead of fitting the design (Analyses ▸
    // Evaluate a Registered Model): no fit, no calibration studies, no per-site fits, in
    // `mode`; only the sites in `registeredAt` start checked. No check at sites (it checks a
    // fit's study).
    void setRegisteredModel(const client::RegisteredModel &model, client::StudyMode mode,
                            const QStringList &registeredAt);
    // The risk thresholds of the evaluation (decision curves, threshold metrics).
    void setThresholds(const std::vector<double> &thresholds) { m_thresholds = thresholds; }
    // The workspace record of this dialog's run (0 in a demo session or before Run).
    void setRunId(qint64 id) { m_runId = id; }
    qint64 runId() const { return m_runId; }

public Q_SLOTS:
    void start(); // the Run button
    // The "Check at Sites" button: a dry run (client::RunOptions::checkOnly). Every chosen site
    // says whether it would open the job, or which rule refuses it and what to change; nothing
    // is computed or recorded as a run. Run stays available afterwards.
    void check();
    void cancelRun();
    // After a failed or stopped run: the same sites again, as a new run with its own record.
    void retry();
    // After a failed run: the sites chosen before, without `site` (a failed site's row offers
    // it in its context menu), as a new run.
    void runWithout(const QString &site);

Q_SIGNALS:
    void started(const QStringList &sites, const QString &purpose, const QString &dataset);
    void finished(const fairstart::protocol::FitReport &report);
    void failed(const fairstart::client::RunError &error);
    void siteChanged(const QString &site, const QString &state, const QString &message);
    void checkFinished(const QList<fairstart::client::SiteCheck> &checks);

protected:
    // Closing while the run goes on stops it: the jobs at the sites are cancelled, not left open.
    void closeEvent(QCloseEvent *event) override;
    void reject() override;

private:
    void begin(bool checkOnly);
    void onChecked(const QList<client::SiteCheck> &checks);
    void stopBeforeClosing();
    void setRow(const QString &site, const QString &state, const QString &message);
    void onFailed(const client::RunError &error);
    void showRowMenu(const QPoint &pos);

    QList<client::Site> m_sites;
    analysis::ModelSpec m_spec;
    bool m_evaluate;
    bool m_perSiteFits = true;
    std::optional<bool> m_calibration; // unset: as m_evaluate
    std::optional<client::RegisteredModel> m_registered;
    client::StudyMode m_mode = client::StudyMode::Auto;
    std::vector<double> m_thresholds;
    QStackedWidget *m_pages;
    QListWidget *m_siteList;
    QComboBox *m_purpose;
    QComboBox *m_dataset;
    QLabel *m_phase;
    QTableWidget *m_progress;
    QPushButton *m_runButton;
    QPushButton *m_checkButton;
    QPushButton *m_retryButton;
    QPushButton *m_withoutButton; // "Run Without <site>" after a site refused or failed
    QString m_withoutSite;
    QPushButton *m_cancelButton;
    QPushButton *m_closeButton;
    client::FederatedRun *m_run = nullptr;
    bool m_checking = false; // m_run is a check-only run
    qint64 m_runId = 0;
};

QString siteStateName(client::SiteState state); // translated
// The run's phase ("fit: round 3", "evaluation", ...) in the user's language.
QString phaseText(const QString &phase);

// The purposes of the user's tokens in an editable combo box, each shown in the user's language
// (purposeText: "Research (research)") with its protocol identifier as the item's data.
void fillPurposes(QComboBox *box, const QStringList &purposes);
// The first page of the run and validation dialogs: every site checked, the purposes and the
// datasets in editable boxes (a user may type one the sites did not list).
QListWidget *siteCheckList(const QList<client::Site> &sites, const QString &accessibleName,
                           QWidget *parent);
QList<client::Site> checkedSites(const QListWidget *list, const QList<client::Site> &sites);
QComboBox *purposeChoice(const QStringList &purposes, QWidget *parent);
QComboBox *datasetChoice(const QStringList &datasets, QWidget *parent);
// The identifier chosen, or what the user typed (trimmed) when it is not one of the items.
QString chosenPurpose(const QComboBox *box);

} // namespace fairstart::ui

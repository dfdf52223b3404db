// SPDX-License-Identifier: GPL-3.0-or-later
// Analyses ▸ Validate Across Sites: leave-one-site-out validation of the current design
// (client::ValidationRun, issue 15). Choose the sites (at least three), purpose and dataset,
// then follow each held-out site; the result goes to the results document's Validation section.
#pragma once

#include "fairstart/client/federatedrun.h"
#include "fairstart/ui/results/validation.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace fairstart::client {
class ValidationRun;
struct HeldOutResult;
struct ValidationReport;
} // namespace fairstart::client

namespace fairstart::ui {

class ValidationDialog : public QDialog {
    Q_OBJECT

public:
    // `thresholds`: the Evaluation block's risk thresholds, for the held-out decision curves
    // (empty: the client's default 0.05 … 0.50).
    ValidationDialog(const QList<client::Site> &sites, const QStringList &purposes,
                     const QStringList &datasets, const analysis::ModelSpec &spec,
                     const QList<double> &thresholds, QWidget *parent = nullptr);
    ~ValidationDialog() override;

    QList<client::Site> chosenSites() const;
    client::ValidationRun *run() const { return m_run; }
    QString foldState(const QString &site) const; // the progress table's state of a held-out site
    QString problem() const; // why Validate did not start (too few sites, no purpose)
    QString purpose() const; // as chosen

    // The fairness panel (issue 15): the catalogue variables a validation can be split by
    // (categorical and binary ones by their levels, numeric ones by cell edges the analyst
    // gives). The first choice is none.
    void setSubgroupVariables(const QList<protocol::CatalogueVariable> &variables);
    QComboBox *subgroupBox() const { return m_subgroup; }
    QLineEdit *subgroupEdgesEdit() const { return m_subgroupEdges; }

public Q_SLOTS:
    void start(); // the Validate button
    void cancelRun();

Q_SIGNALS:
    void finished(const fairstart::ui::ValidationSummary &summary);
    void failed(const QString &message);

protected:
    // Closing while the run goes on stops it: the open jobs at the sites are cancelled.
    void closeEvent(QCloseEvent *event) override;
    void reject() override;

private:
    void setRow(const QString &site, const QString &state, const QString &message);
    void onFoldFinished(const client::HeldOutResult &result);
    void onFinished(const client::ValidationReport &report);
    void onFailed(const client::RunError &error);

    QList<client::Site> m_sites;
    analysis::ModelSpec m_spec;
    QList<double> m_thresholds;
    QStackedWidget *m_pages;
    QListWidget *m_siteList;
    QComboBox *m_purpose;
    QComboBox *m_dataset;
    QComboBox *m_subgroup = nullptr;
    QLineEdit *m_subgroupEdges = nullptr;
    QList<protocol::CatalogueVariable> m_subgroupVariables;
    QString m_subgroupLabel; // the chosen variable's label, for the results
    QLabel *m_problem;
    QLabel *m_phase;
    QTableWidget *m_progress;
    QPushButton *m_runButton;
    QPushButton *m_cancelButton;
    QPushButton *m_closeButton;
    client::ValidationRun *m_run = nullptr;
};

} // namespace fairstart::ui

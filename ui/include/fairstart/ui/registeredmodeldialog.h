// SPDX-License-Identifier: GPL-3.0-or-later
// Analyses ▸ Evaluate a Registered Model: choose a validation model that the sites'
// administrators registered (`fairstart-node models add`; listed by name and hash in each
// node's GET /v1/info) and, optionally, the analyst's copy of its file for the masked mode.
// Accepting hands the model to the run dialog (MainWindow::evaluateRegisteredModel), which
// runs it like any run: one record in the workspace, results in the results document.
#pragma once

#include "fairstart/client/federatedrun.h"
#include "fairstart/protocol/messages.h"

#include <QDialog>
#include <QList>
#include <QPair>
#include <QStringList>

class QComboBox;
class QLabel;
class QLineEdit;

namespace fairstart::ui {

// One registered model as the sites list it: the sites that registered it under that name and
// hash (a model is the same model only where the hash is the same).
struct OfferedModel {
    QString name;
    QString hash;
    QStringList sites;
};

class RegisteredModelDialog : public QDialog {
    Q_OBJECT

public:
    RegisteredModelDialog(const QList<OfferedModel> &models, QWidget *parent = nullptr);

    const QList<OfferedModel> &models() const { return m_models; }
    // The chosen model (valid after accepted): named by its hash, with the analyst's copy of
    // the design and β when a model file was given.
    const client::RegisteredModel &model() const { return m_model; }
    const OfferedModel &offered() const; // the chosen entry
    // Masked with the analyst's copy (and three or more sites), plain per site without it.
    client::StudyMode mode() const;
    QString problem() const; // the sentence shown under the fields, empty when none

    void chooseModel(int index);
    void setModelFile(const QString &path);

public Q_SLOTS:
    void accept() override; // reads and checks the model file first
    void browse();

private:
    QList<OfferedModel> m_models;
    client::RegisteredModel m_model;
    QComboBox *m_choice;
    QLineEdit *m_file;
    QLabel *m_sites;
    QLabel *m_problem;
};

// The models the sites offer, from their GET /v1/info: one entry per (name, hash), with the
// sites that list it, sorted by name.
QList<OfferedModel>
offeredModels(const QList<QPair<QString, QList<protocol::RegisteredModelInfo>>> &perSite);

} // namespace fairstart::ui

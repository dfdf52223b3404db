// SPDX-License-Identifier: GPL-3.0-or-later
// Publishing a fitted model: the analyst describes it in plain words for the professionals who
// will use the risk calculator and for the parents' information sheet. Prefilled from the design.
#pragma once

#include "fairstart/ui/reviewer/publishedmodel.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace fairstart::ui {

class PublishDialog : public QDialog {
    Q_OBJECT

public:
    // `proposal` fills the fields, `report` is the model being published.
    PublishDialog(const ModelDescription &proposal, const protocol::FitReport &report,
                  QWidget *parent = nullptr);
    ModelDescription description() const;

private:
    void check();

    ModelDescription m_proposal;
    protocol::FitReport m_report;
    QTableWidget *m_inputs;
    QLineEdit *m_title;
    QLineEdit *m_outcome;
    QPlainTextEdit *m_predicts;
    QPlainTextEdit *m_population;
    QPlainTextEdit *m_information;
    QLineEdit *m_contact;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

// A first description of a fitted model, in the words the design offers: the outcome, the
// predictors with their catalogue labels (`labels`: variable → label), and empty fields for what
// only the analyst knows (population, contact). With the `catalogue`, yes/no variables are asked
// as a choice and levels keep the catalogue's order in the calculator.
ModelDescription
proposeDescription(const protocol::FitReport &report, const QMap<QString, QString> &labels,
                   const QMap<QString, protocol::CatalogueVariable> &catalogue = {});

// A label inside a sentence: its first letter in lower case ("Developmental delay at 2 years" →
// "developmental delay at 2 years"), unless it starts an abbreviation ("BMI").
QString inSentence(const QString &label);

// Empty when the description can be published with `report`; otherwise what is missing, in words.
// Besides the words, every numeric input of the risk calculator needs a range and a typical value
// (its starting point and point of comparison): from the design where it gives one (standardised,
// spline, winsorised predictors), else from the analyst.
QString descriptionProblem(const ModelDescription &description, const protocol::FitReport &report);

} // namespace fairstart::ui

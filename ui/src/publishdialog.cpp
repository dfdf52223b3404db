// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/ui/publishdialog.h"

#include "fairstart/ui/tr.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

#include <set>

namespace fairstart::ui {

ModelDescription proposeDescription(const protocol::FitReport &report,
                                    const QMap<QString, QString> &labels)
{
    const analysis::ModelSpec &spec = report.design.spec;
    auto label = [&labels](const std::string &variable) {
        const QString name = QString::fromStdString(variable);
        return labels.value(name).isEmpty() ? name : labels.value(name);
    };
    ModelDescription d;
    const QString outcome = label(spec.outcome.variable);
    const bool risk = spec.family == analysis::Family::Binomial;
    d.title = risk ? Tr::tr("Risk of %1").arg(outcome) : Tr::tr("Expected %1").arg(outcome);
    d.predicts = risk ? Tr::tr("The chance of %1.").arg(outcome)
                      : Tr::tr("The expected %1.").arg(outcome);
    QStringList used;
    std::set<std::string> seen;
    for (const analysis::Predictor &p : spec.predictors) {
        if (seen.insert(p.variable).second)
            used << label(p.variable);
    }
    d.information = used.join(QStringLiteral(", "));
    for (const std::string &variable : seen) {
        InputHint hint;
        hint.label = label(variable);
        d.inputs.insert(QString::fromStdString(variable), hint);
    }
    return d;
}

QString descriptionProblem(const ModelDescription &d)
{
    QStringList missing;
    if (d.title.trimmed().isEmpty())
        missing << Tr::tr("a title");
    if (d.predicts.trimmed().isEmpty())
        missing << Tr::tr("what the model predicts");
    if (d.contact.trimmed().isEmpty())
        missing << Tr::tr("whom parents and professionals can ask");
    if (missing.isEmpty())
        return {};
    return Tr::tr("Fill in %1: professionals and parents read it.")
        .arg(missing.join(QStringLiteral(", ")));
}

PublishDialog::PublishDialog(const ModelDescription &proposal, QWidget *parent)
    : QDialog(parent)
    , m_proposal(proposal)
{
    setWindowTitle(Tr::tr("Publish model"));
    auto *intro = new QLabel(Tr::tr("A published model can no longer be changed. Professionals "
                                    "open it in reviewer mode and use its risk calculator; "
                                    "parents get an information sheet with these words."));
    intro->setWordWrap(true);
    auto text = [this](const QString &value, const QString &name) {
        auto *edit = new QPlainTextEdit(value, this);
        edit->setAccessibleName(name);
        edit->setTabChangesFocus(true);
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4);
        connect(edit, &QPlainTextEdit::textChanged, this, &PublishDialog::check);
        return edit;
    };
    m_title = new QLineEdit(proposal.title, this);
    m_title->setAccessibleName(Tr::tr("Title"));
    m_predicts = text(proposal.predicts, Tr::tr("What it predicts"));
    m_population = text(proposal.population, Tr::tr("For whom"));
    m_population->setPlaceholderText(Tr::tr("e.g. children born in the participating "
                                             "hospitals, 2015–2020"));
    m_information = text(proposal.information, Tr::tr("Which information it uses"));
    m_contact = new QLineEdit(proposal.contact, this);
    m_contact->setAccessibleName(Tr::tr("Whom to ask"));
    m_contact->setPlaceholderText(Tr::tr("e.g. your youth health nurse"));
    connect(m_title, &QLineEdit::textChanged, this, &PublishDialog::check);
    connect(m_contact, &QLineEdit::textChanged, this, &PublishDialog::check);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_buttons->addButton(Tr::tr("&Publish"), QDialogButtonBox::AcceptRole);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout(this);
    form->addRow(intro);
    form->addRow(Tr::tr("&Title:"), m_title);
    form->addRow(Tr::tr("What it &predicts:"), m_predicts);
    form->addRow(Tr::tr("For &whom:"), m_population);
    form->addRow(Tr::tr("&Information used:"), m_information);
    form->addRow(Tr::tr("Whom to &ask:"), m_contact);
    form->addRow(m_problem);
    form->addRow(m_buttons);
    resize(560, sizeHint().height());
    check();
}

ModelDescription PublishDialog::description() const
{
    ModelDescription d = m_proposal;
    d.title = m_title->text().trimmed();
    d.predicts = m_predicts->toPlainText().trimmed();
    d.population = m_population->toPlainText().trimmed();
    d.information = m_information->toPlainText().trimmed();
    d.contact = m_contact->text().trimmed();
    return d;
}

void PublishDialog::check()
{
    const QString problem = descriptionProblem(description());
    m_problem->setText(problem);
    for (QAbstractButton *b : m_buttons->buttons()) {
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
            b->setEnabled(problem.isEmpty());
    }
}

} // namespace fairstart::ui

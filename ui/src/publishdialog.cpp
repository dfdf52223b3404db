// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/ui/publishdialog.h"

#include "fairstart/ui/results/format.h"
#include "fairstart/ui/tr.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTableWidget>

#include <algorithm>
#include <set>

namespace fairstart::ui {

QString inSentence(const QString &label)
{
    if (label.size() < 2 || !label.at(0).isUpper() || !label.at(1).isLower())
        return label;
    return label.left(1).toLower() + label.mid(1);
}

ModelDescription proposeDescription(const protocol::FitReport &report,
                                    const QMap<QString, QString> &labels,
                                    const QMap<QString, protocol::CatalogueVariable> &catalogue)
{
    const analysis::ModelSpec &spec = report.design.spec;
    auto label = [&labels](const std::string &variable) {
        const QString name = QString::fromStdString(variable);
        return labels.value(name).isEmpty() ? name : labels.value(name);
    };
    ModelDescription d;
    // The outcome inside a sentence: "The chance of developmental delay at 2 years.", not "The
    // chance of Developmental delay …" (a catalogue label starts with a capital). An
    // abbreviation ("BMI at 5 years") keeps its capitals.
    const QString outcome = inSentence(label(spec.outcome.variable));
    const bool risk = spec.family == analysis::Family::Binomial;
    d.title = risk ? Tr::tr("Risk of %1").arg(outcome) : Tr::tr("Expected %1").arg(outcome);
    d.outcome = outcome;
    d.predicts
        = risk ? Tr::tr("The chance of %1.").arg(outcome) : Tr::tr("The expected %1.").arg(outcome);
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
        const protocol::CatalogueVariable v = catalogue.value(QString::fromStdString(variable));
        hint.yesNo = v.type == protocol::VariableType::Binary;
        if (v.type == protocol::VariableType::Categorical) {
            for (const protocol::CatalogueLevel &l : v.levels) {
                hint.levelOrder << l.name;
                if (!l.label.isEmpty())
                    hint.levelLabels.insert(l.name, l.label);
            }
        }
        // Counts, scores and years without decimals (issue 17), unless the analyst types some.
        if (v.type == protocol::VariableType::Numeric && v.wholeNumbers)
            hint.decimals = 0;
        d.inputs.insert(QString::fromStdString(variable), hint);
    }
    return d;
}

QString descriptionProblem(const ModelDescription &d, const protocol::FitReport &report)
{
    QStringList missing;
    if (d.title.trimmed().isEmpty())
        missing << Tr::tr("a title");
    if (d.predicts.trimmed().isEmpty())
        missing << Tr::tr("what the model predicts");
    if (d.contact.trimmed().isEmpty())
        // A noun phrase, as the other parts of the sentence: "whom parents and professionals
        // can ask" forced translations into a clause ("bij wie … terechtkunnen", issue 17).
        missing << Tr::tr("a contact for questions from parents and professionals");
    // Which inputs the design leaves open: the calculator without the analyst's hints.
    const RiskCalculator bare(report.design, report.glm, {});
    if (!bare.isValid())
        return bare.error();
    QStringList open, inconsistent;
    for (const CalculatorInput &in : bare.inputs()) {
        const InputHint hint = d.inputs.value(in.variable);
        if (in.categorical || hint.yesNo) // a choice needs no range
            continue;
        const QString label = hint.label.isEmpty() ? in.label : hint.label;
        if (!in.designRange && (!hint.minimum || !hint.maximum || !hint.typical)) {
            open << label;
            continue;
        }
        const double lo = hint.minimum.value_or(in.minimum);
        const double hi = hint.maximum.value_or(in.maximum);
        const double typical = hint.typical.value_or(in.typical);
        if (!(lo < hi) || typical < lo || typical > hi)
            inconsistent << label;
    }
    if (!open.isEmpty()) {
        missing << Tr::tr("from, typical and to for %1 (the calculator starts at the typical "
                          "value and accepts values from … to)")
                       .arg(open.join(QStringLiteral(", ")));
    }
    if (!inconsistent.isEmpty()) {
        missing << Tr::tr("a typical value between from and to for %1")
                       .arg(inconsistent.join(QStringLiteral(", ")));
    }
    if (missing.isEmpty())
        return {};
    return Tr::tr("Fill in %1: professionals and parents read it.")
        .arg(missing.join(QStringLiteral(", ")));
}

PublishDialog::PublishDialog(const ModelDescription &proposal, const protocol::FitReport &report,
                             QWidget *parent)
    : QDialog(parent)
    , m_proposal(proposal)
    , m_report(report)
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
    // The calculator's sentences name the outcome in these words.
    m_outcome = new QLineEdit(proposal.outcome, this);
    m_outcome->setAccessibleName(Tr::tr("Outcome in plain words"));
    m_outcome->setPlaceholderText(Tr::tr("e.g. low birth weight"));
    m_population = text(proposal.population, Tr::tr("For whom"));
    m_population->setPlaceholderText(Tr::tr("e.g. children born in the participating "
                                            "hospitals, 2015–2020"));
    m_information = text(proposal.information, Tr::tr("Which information it uses"));
    m_contact = new QLineEdit(proposal.contact, this);
    m_contact->setAccessibleName(Tr::tr("Whom to ask"));
    m_contact->setPlaceholderText(Tr::tr("e.g. your youth health nurse"));
    // The calculator's fields: a label each, and for numbers the range and typical value.
    m_inputs = new QTableWidget(0, 5, this);
    m_inputs->setAccessibleName(Tr::tr("Calculator fields"));
    m_inputs->setHorizontalHeaderLabels(
        { Tr::tr("Variable"), Tr::tr("Label"), Tr::tr("From"), Tr::tr("Typical"), Tr::tr("To") });
    m_inputs->verticalHeader()->hide();
    const RiskCalculator bare(report.design, report.glm, {});
    for (const CalculatorInput &in : bare.inputs()) {
        const int row = m_inputs->rowCount();
        m_inputs->insertRow(row);
        const InputHint hint = proposal.inputs.value(in.variable);
        // A choice (levels, or No and Yes) has no range: its cells say "—" and take nothing.
        const bool choice = in.categorical || hint.yesNo;
        auto *name = new QTableWidgetItem(in.variable);
        name->setFlags(name->flags() & ~Qt::ItemIsEditable);
        name->setData(Qt::UserRole, choice);
        m_inputs->setItem(row, 0, name);
        m_inputs->setItem(row, 1,
                          new QTableWidgetItem(hint.label.isEmpty() ? in.label : hint.label));
        // The analyst's value, else the design's; none where the design has only a placeholder.
        auto known = [&in](std::optional<double> given, double fromDesign) {
            return given || !in.designRange ? given : std::optional(fromDesign);
        };
        const std::optional<double> values[]
            = { known(hint.minimum, in.minimum), known(hint.typical, in.typical),
                known(hint.maximum, in.maximum) };
        // The design's numbers at the field's precision ("1087.2", not "1,087.2341065835596"),
        // in the user's locale without group separators, as the calculator's fields show them.
        const int decimals = choice ? 0 : inputDecimals(hint, in.minimum, in.maximum);
        QLocale locale;
        locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
        for (int c = 0; c < 3; ++c) {
            auto *cell
                = new QTableWidgetItem(choice          ? QStringLiteral("—")
                                           : values[c] ? locale.toString(*values[c], 'f', decimals)
                                                       : QString());
            if (!choice)
                cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            else
                cell->setFlags(cell->flags() & ~Qt::ItemIsEditable & ~Qt::ItemIsEnabled);
            m_inputs->setItem(row, 2 + c, cell);
        }
    }
    m_inputs->resizeColumnsToContents();
    // The range columns: wide enough for a number such as "-12345.6" (about 30 px when empty,
    // issue 17), whatever their titles and contents.
    const QFontMetrics metrics = m_inputs->fontMetrics();
    const int numberWidth = metrics.horizontalAdvance(QStringLiteral("−000000.00")) + 12;
    for (int c = 2; c < 5; ++c)
        m_inputs->setColumnWidth(c, std::max(m_inputs->columnWidth(c), numberWidth));
    // Every label whole: they are the calculator's words, and at 680 px the label column had
    // what the others left ("Gestational age at …", walk4). The table is as wide as its
    // columns (at most 1100 px) and as high as its rows (up to eight), the dialog around it.
    int columns = 0;
    for (int c = 0; c < m_inputs->columnCount(); ++c)
        columns += m_inputs->columnWidth(c);
    m_inputs->setMinimumWidth(std::min(1100,
                                       columns + 2 * m_inputs->frameWidth()
                                           + m_inputs->verticalScrollBar()->sizeHint().width()));
    int rows = m_inputs->horizontalHeader()->sizeHint().height() + 2 * m_inputs->frameWidth();
    for (int row = 0; row < std::min(m_inputs->rowCount(), 8); ++row)
        rows += m_inputs->rowHeight(row);
    m_inputs->setMinimumHeight(rows + 2);
    m_inputs->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    connect(m_inputs, &QTableWidget::itemChanged, this, &PublishDialog::check);
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
    form->addRow(Tr::tr("&Outcome:"), m_outcome);
    form->addRow(Tr::tr("For &whom:"), m_population);
    form->addRow(Tr::tr("&Information used:"), m_information);
    form->addRow(Tr::tr("Whom to &ask:"), m_contact);
    form->addRow(Tr::tr("Calculator &fields:"), m_inputs);
    form->addRow(m_problem);
    form->addRow(m_buttons);
    check();
    // Sized once the problem's sentence is in: sized before, the wrapped sentence had no room
    // and covered the table's last row (the table no longer shrinks to a scroll bar).
    const int width = std::max(680, sizeHint().width());
    resize(width,
           std::max(sizeHint().height(),
                    form->hasHeightForWidth() ? form->totalHeightForWidth(width) : 0));
}

ModelDescription PublishDialog::description() const
{
    ModelDescription d = m_proposal;
    d.title = m_title->text().trimmed();
    d.predicts = m_predicts->toPlainText().trimmed();
    d.outcome = m_outcome->text().trimmed();
    d.population = m_population->toPlainText().trimmed();
    d.information = m_information->toPlainText().trimmed();
    d.contact = m_contact->text().trimmed();
    for (int row = 0; row < m_inputs->rowCount(); ++row) {
        const QString variable = m_inputs->item(row, 0)->text();
        // What the analyst does not edit here (yes/no, the levels' order and labels, whole
        // numbers) stays as proposed from the catalogue.
        InputHint hint = m_proposal.inputs.value(variable);
        hint.label = m_inputs->item(row, 1)->text().trimmed();
        if (!m_inputs->item(row, 0)->data(Qt::UserRole).toBool()) {
            hint.minimum = parseNumber(m_inputs->item(row, 2)->text());
            hint.typical = parseNumber(m_inputs->item(row, 3)->text());
            hint.maximum = parseNumber(m_inputs->item(row, 4)->text());
            // The calculator's field shows as many decimals as the analyst typed ("39" → a whole
            // number of weeks, "39.5" → one decimal).
            for (int c = 2; c < 5; ++c) {
                if (const std::optional<int> d = typedDecimals(m_inputs->item(row, c)->text()))
                    hint.decimals = std::max(hint.decimals.value_or(0), *d);
            }
        }
        d.inputs.insert(variable, hint);
    }
    return d;
}

void PublishDialog::check()
{
    const QString problem = descriptionProblem(description(), m_report);
    m_problem->setText(problem);
    // A longer sentence than before needs more height than the dialog has: it grows.
    if (layout() && layout()->hasHeightForWidth()) {
        if (const int need = layout()->totalHeightForWidth(width()); need > height())
            resize(width(), need);
    }
    for (QAbstractButton *b : m_buttons->buttons()) {
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
            b->setEnabled(problem.isEmpty());
    }
}

} // namespace fairstart::ui

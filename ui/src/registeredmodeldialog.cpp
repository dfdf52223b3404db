// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/ui/registeredmodeldialog.h"

#include "fairstart/client/registeredmodelfile.h"
#include "fairstart/protocol/study.h"
#include "fairstart/ui/tr.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include <algorithm>

namespace fairstart::ui {

QList<OfferedModel>
offeredModels(const QList<QPair<QString, QList<protocol::RegisteredModelInfo>>> &perSite)
{
    QList<OfferedModel> out;
    for (const auto &[site, models] : perSite) {
        for (const protocol::RegisteredModelInfo &m : models) {
            auto it = std::find_if(out.begin(), out.end(), [&m](const OfferedModel &o) {
                return o.name == m.name && o.hash == m.hash;
            });
            if (it == out.end())
                out.append({ m.name, m.hash, { site } });
            else if (!it->sites.contains(site))
                it->sites.append(site);
        }
    }
    std::sort(out.begin(), out.end(), [](const OfferedModel &a, const OfferedModel &b) {
        return a.name != b.name ? a.name < b.name : a.hash < b.hash;
    });
    return out;
}

RegisteredModelDialog::RegisteredModelDialog(const QList<OfferedModel> &models, QWidget *parent)
    : QDialog(parent)
    , m_models(models)
{
    setWindowTitle(Tr::tr("Evaluate a registered model"));
    setMinimumWidth(560);
    m_choice = new QComboBox(this);
    m_choice->setAccessibleName(Tr::tr("Registered model"));
    for (const OfferedModel &m : models) {
        // The hash's start tells two models of the same name apart.
        m_choice->addItem(Tr::tr("%1 (%2…)").arg(m.name, m.hash.left(19)));
        m_choice->setItemData(m_choice->count() - 1, m.hash, Qt::ToolTipRole);
    }
    m_sites = new QLabel(this);
    m_sites->setWordWrap(true);
    m_file = new QLineEdit(this);
    m_file->setAccessibleName(Tr::tr("Model file"));
    m_file->setPlaceholderText(Tr::tr("optional: your copy, for the masked evaluation"));
    auto *browseButton = new QPushButton(Tr::tr("&Browse…"), this);
    connect(browseButton, &QPushButton::clicked, this, &RegisteredModelDialog::browse);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browseButton);
    auto *note = new QLabel(
        Tr::tr("No coefficients are sent: each site evaluates its own registered copy. With "
               "your copy of the model file (the file the sites registered) and three or more "
               "sites the evaluation is masked: only the pooled result is decoded and every "
               "site attests the model's hash. Without it each site evaluates on its own and "
               "releases its own figures (plain mode, where the sites allow it)."),
        this);
    note->setWordWrap(true);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(Tr::tr("Problem"));
    m_problem->hide();

    auto *form = new QFormLayout;
    form->addRow(Tr::tr("&Model:"), m_choice);
    form->addRow(Tr::tr("Registered at:"), m_sites);
    // A row whose field is a layout gets no buddy: the label's '&' would show as text.
    auto *fileLabel = new QLabel(Tr::tr("Model &file:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *next = buttons->addButton(Tr::tr("&Continue…"), QDialogButtonBox::AcceptRole);
    next->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &RegisteredModelDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(buttons);
    connect(m_choice, &QComboBox::currentIndexChanged, this, &RegisteredModelDialog::chooseModel);
    chooseModel(m_choice->currentIndex());
}

const OfferedModel &RegisteredModelDialog::offered() const
{
    return m_models.at(std::max(0, m_choice->currentIndex()));
}

client::StudyMode RegisteredModelDialog::mode() const
{
    return m_model.design ? client::StudyMode::Auto : client::StudyMode::Plain;
}

QString RegisteredModelDialog::problem() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

void RegisteredModelDialog::chooseModel(int index)
{
    if (index < 0 || index >= m_models.size())
        return;
    if (m_choice->currentIndex() != index)
        m_choice->setCurrentIndex(index);
    m_sites->setText(m_models.at(index).sites.join(QStringLiteral(", ")));
    m_problem->hide();
}

void RegisteredModelDialog::setModelFile(const QString &path)
{
    m_file->setText(path);
}

void RegisteredModelDialog::browse()
{
    const QString path
        = QFileDialog::getOpenFileName(this, Tr::tr("The registered model's file"), m_file->text(),
                                       Tr::tr("Model files (*.json);;All files (*)"));
    if (!path.isEmpty())
        m_file->setText(path);
}

void RegisteredModelDialog::accept()
{
    if (m_models.isEmpty())
        return;
    const OfferedModel &chosen = offered();
    client::RegisteredModel model;
    // By hash: two sites' models of the same name but another hash are other models.
    model.nameOrHash = chosen.hash;
    const QString path = m_file->text().trimmed();
    if (!path.isEmpty()) {
        QString error;
        std::optional<client::RegisteredModel> copy = client::readRegisteredModelFile(path, &error);
        if (copy) {
            const QString hash = protocol::validationModelHash(*copy->design, copy->beta);
            if (hash != chosen.hash)
                error = Tr::tr("The file is another model than %1: its hash is %2, the sites "
                               "registered %3. Choose the file the sites registered, or leave "
                               "the field empty for the per-site evaluation.")
                            .arg(chosen.name, hash, chosen.hash);
        }
        if (!error.isEmpty()) {
            m_problem->setText(error);
            m_problem->show();
            return;
        }
        model.design = std::move(copy->design);
        model.beta = std::move(copy->beta);
    }
    m_problem->hide();
    m_model = std::move(model);
    QDialog::accept();
}

} // namespace fairstart::ui

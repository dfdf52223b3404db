// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/ui/signerspage.h"

#include "fairstart/ui/reviewer/trustedsigners.h"
#include "fairstart/ui/tr.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fairstart::ui {

namespace {

QTreeWidget *signerTree(const QStringList &headers, const QString &name)
{
    auto *tree = new QTreeWidget;
    tree->setObjectName(name);
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    tree->header()->setStretchLastSection(true);
    // As tall as its rows, between about three and ten of them (PreferencesDialog::showEvent).
    tree->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    tree->setMinimumHeight(80);
    tree->setMaximumHeight(260);
    return tree;
}

} // namespace

ModelSignersPage::ModelSignersPage(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);

    auto *listBox = new QGroupBox(Tr::tr("Your organisation's list of trusted signers"));
    auto *listLayout = new QVBoxLayout(listBox);
    m_listStatus = new QLabel;
    m_listStatus->setObjectName(QStringLiteral("organisationListStatus"));
    m_listStatus->setWordWrap(true);
    m_listStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_list = signerTree({ Tr::tr("Name"), Tr::tr("Key"), Tr::tr("Status"), Tr::tr("Comment") },
                        QStringLiteral("organisationList"));
    m_list->setAccessibleName(Tr::tr("Signers on your organisation's list"));
    listLayout->addWidget(m_listStatus);
    listLayout->addWidget(m_list);
    layout->addWidget(listBox);

    auto *mineBox = new QGroupBox(Tr::tr("Signers you trusted on this computer"));
    auto *mineLayout = new QVBoxLayout(mineBox);
    auto *mineText = new QLabel(Tr::tr("Model files of these signers open without asking. Forget "
                                       "one, and Fairstart asks again at its next model file."));
    mineText->setWordWrap(true);
    m_remembered = signerTree({ Tr::tr("Name"), Tr::tr("Key"), Tr::tr("Organisation's list") },
                              QStringLiteral("rememberedSigners"));
    m_remembered->setAccessibleName(Tr::tr("Signers you trusted"));
    m_remembered->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_forget = new QPushButton(Tr::tr("&Forget"));
    m_forget->setObjectName(QStringLiteral("forgetSigner"));
    m_forget->setAccessibleName(Tr::tr("Forget the selected signers"));
    m_forget->setEnabled(false);
    connect(m_remembered, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_forget->setEnabled(!m_remembered->selectedItems().isEmpty()); });
    connect(m_forget, &QPushButton::clicked, this, [this] {
        for (QTreeWidgetItem *item : m_remembered->selectedItems()) {
            m_forgotten << item->data(0, Qt::UserRole).toByteArray();
            delete item;
        }
        if (m_remembered->topLevelItemCount() == 0)
            showRemembered();
    });
    auto *forgetRow = new QHBoxLayout;
    forgetRow->addStretch();
    forgetRow->addWidget(m_forget);
    mineLayout->addWidget(mineText);
    mineLayout->addWidget(m_remembered);
    mineLayout->addLayout(forgetRow);
    layout->addWidget(mineBox);

    m_workspaceBox = new QGroupBox(Tr::tr("Your signing key (this workspace)"));
    m_workspaceBox->setObjectName(QStringLiteral("workspaceSigningKey"));
    auto *wsLayout = new QVBoxLayout(m_workspaceBox);
    m_workspaceText = new QLabel;
    m_workspaceText->setWordWrap(true);
    m_fingerprint = new QLabel;
    m_fingerprint->setObjectName(QStringLiteral("workspaceFingerprint"));
    m_fingerprint->setAccessibleName(Tr::tr("Fingerprint of this workspace's signing key"));
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (mono.pointSizeF() > 0)
        mono.setPointSizeF(mono.pointSizeF() * 1.3);
    mono.setBold(true);
    m_fingerprint->setFont(mono);
    m_copyFingerprint = new QPushButton(Tr::tr("&Copy Fingerprint"));
    m_copyFingerprint->setObjectName(QStringLiteral("copyFingerprint"));
    m_copyFingerprint->setToolTip(Tr::tr("Copies the key's fingerprint, to send to your "
                                         "organisation's administrator"));
    m_copyLine = new QPushButton(Tr::tr("Copy &Line for the Administrator"));
    m_copyLine->setObjectName(QStringLiteral("copyListLine"));
    m_copyLine->setToolTip(Tr::tr("Copies the line your administrator adds to the list of "
                                  "trusted signers: the fingerprint and your name"));
    m_newKey = new QPushButton(Tr::tr("&New Key…"));
    m_newKey->setObjectName(QStringLiteral("newSigningKey"));
    m_newKey->setToolTip(Tr::tr("Makes a new key for this workspace's model files, for when "
                                "the old one was revoked or may have been copied"));
    connect(m_copyFingerprint, &QPushButton::clicked, this, [this] {
        if (m_signer)
            QApplication::clipboard()->setText(keyFingerprint(m_signer->publicKey()));
    });
    connect(m_copyLine, &QPushButton::clicked, this, [this] {
        if (m_signer)
            QApplication::clipboard()->setText(
                trustedSignerLine(m_signer->publicKey(), m_signer->name));
    });
    connect(m_newKey, &QPushButton::clicked, this, &ModelSignersPage::makeNewKey);
    auto *keyButtons = new QHBoxLayout;
    keyButtons->addWidget(m_copyFingerprint);
    keyButtons->addWidget(m_copyLine);
    keyButtons->addStretch();
    keyButtons->addWidget(m_newKey);
    wsLayout->addWidget(m_workspaceText);
    wsLayout->addWidget(m_fingerprint);
    wsLayout->addLayout(keyButtons);

    m_earlierText = new QLabel(
        Tr::tr("Keys this workspace signed with before New Key… replaced them. Files signed with "
               "them keep them. If someone else may have one of these keys, ask your "
               "administrator to revoke it: send them its revocation line."));
    m_earlierText->setWordWrap(true);
    m_earlier = signerTree({ Tr::tr("Key"), Tr::tr("Replaced"), Tr::tr("Organisation's list") },
                           QStringLiteral("earlierSigningKeys"));
    m_earlier->setAccessibleName(Tr::tr("Earlier signing keys of this workspace"));
    m_copyRevocation = new QPushButton(Tr::tr("Copy &Revocation Line"));
    m_copyRevocation->setObjectName(QStringLiteral("copyRevocationLine"));
    m_copyRevocation->setToolTip(Tr::tr("Copies the line with which your administrator revokes "
                                        "the selected key in the list of trusted signers"));
    m_copyRevocation->setEnabled(false);
    connect(m_earlier, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_copyRevocation->setEnabled(!m_earlier->selectedItems().isEmpty()); });
    connect(m_copyRevocation, &QPushButton::clicked, this, [this] {
        const QList<QTreeWidgetItem *> selected = m_earlier->selectedItems();
        if (!m_signer || selected.isEmpty())
            return;
        const qsizetype i = selected.first()->data(0, Qt::UserRole).toLongLong();
        if (i < 0 || i >= m_signer->earlier.size())
            return;
        const EarlierSigningKey &key = m_signer->earlier.at(i);
        QApplication::clipboard()->setText(revokedSignerLine(
            key.publicKey, key.name,
            Tr::tr("replaced on %1").arg(key.replacedAt.toString(QStringLiteral("yyyy-MM-dd")))));
    });
    auto *earlierButtons = new QHBoxLayout;
    earlierButtons->addStretch();
    earlierButtons->addWidget(m_copyRevocation);
    wsLayout->addWidget(m_earlierText);
    wsLayout->addWidget(m_earlier);
    wsLayout->addLayout(earlierButtons);
    m_workspaceBox->hide();
    layout->addWidget(m_workspaceBox);
    layout->addStretch();

    showOrganisationList();
    showRemembered();
}

void ModelSignersPage::showOrganisationList()
{
    const TrustedSignersList list = readTrustedSigners();
    const QString path = QDir::toNativeSeparators(list.path);
    m_list->clear();
    if (!list.exists) {
        m_listStatus->setText(
            Tr::tr("There is no list at %1: the first time you open a signer's model file, "
                   "Fairstart shows you its key to compare with the one your organisation "
                   "published.")
                .arg(path));
        m_list->hide();
        return;
    }
    if (!list.problems.isEmpty()) {
        m_listStatus->setText(
            Tr::tr("%1 has an error, so no model file opens until your administrator corrects "
                   "it:\n%2")
                .arg(path, list.problems.join(QLatin1Char('\n'))));
        m_listStatus->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_list->hide();
        return;
    }
    qsizetype revoked = 0;
    for (const OrganisationSigner &s : list.signers) {
        revoked += s.revoked ? 1 : 0;
        auto *item
            = new QTreeWidgetItem(m_list,
                                  { s.name, s.groupedFingerprint(),
                                    s.revoked ? Tr::tr("revoked") : Tr::tr("trusted"), s.comment });
        item->setToolTip(0, Tr::tr("Line %1 of %2").arg(s.line).arg(path));
    }
    m_listStatus->setText(Tr::tr("%1 (installed by your administrator): model files of its "
                                 "trusted signers open without asking, those of revoked keys "
                                 "never open. %2 trusted, %3 revoked.")
                              .arg(path)
                              .arg(list.signers.size() - revoked)
                              .arg(revoked));
    m_list->setVisible(!list.signers.isEmpty());
}

void ModelSignersPage::showRemembered()
{
    m_remembered->clear();
    const QList<ModelFileSignature> signers = rememberedSigners();
    // What the organisation's list says of each: a revoked key no longer opens, whatever the
    // user decided.
    const TrustedSignersList list = readTrustedSigners();
    for (const ModelFileSignature &s : signers) {
        if (m_forgotten.contains(s.publicKey))
            continue;
        const std::optional<OrganisationSigner> listed = list.find(s.publicKey);
        QString status;
        if (listed)
            status
                = listed->revoked ? Tr::tr("revoked: its files no longer open") : Tr::tr("trusted");
        auto *item
            = new QTreeWidgetItem(m_remembered, { s.signer, keyFingerprint(s.publicKey), status });
        item->setData(0, Qt::UserRole, s.publicKey);
    }
    if (m_remembered->topLevelItemCount() == 0) {
        auto *none = new QTreeWidgetItem(m_remembered, { Tr::tr("None.") });
        none->setFlags(Qt::NoItemFlags);
    }
}

void ModelSignersPage::setWorkspaceSigner(const std::optional<ModelSigner> &signer, Renew renew)
{
    m_signer = signer;
    m_renew = std::move(renew);
    showWorkspaceSigner();
    m_workspaceBox->show();
}

void ModelSignersPage::showWorkspaceSigner()
{
    const bool has = m_signer.has_value();
    m_fingerprint->setVisible(has);
    m_copyFingerprint->setVisible(has);
    m_copyLine->setVisible(has);
    m_newKey->setVisible(has && m_renew);
    showEarlierKeys();
    if (!has) {
        m_workspaceText->setText(Tr::tr("This workspace has no key for model files yet: it "
                                        "makes one at its first Save Model File (reviewer "
                                        "mode)."));
        return;
    }
    m_workspaceText->setText(
        Tr::tr("Model files from this workspace are signed by %1 with the key below. Give it to "
               "your organisation's administrator (read it out, or copy it), so that they add "
               "it to the list of trusted signers and professionals' workbenches open your "
               "model files without asking.")
            .arg(m_signer->name));
    m_fingerprint->setText(keyFingerprint(m_signer->publicKey()));
}

void ModelSignersPage::showEarlierKeys()
{
    const bool any = m_signer && !m_signer->earlier.isEmpty();
    m_earlierText->setVisible(any);
    m_earlier->setVisible(any);
    m_copyRevocation->setVisible(any);
    m_earlier->clear();
    if (!any)
        return;
    // What the organisation's list says of each: a key still trusted there is the one to revoke.
    const TrustedSignersList list = readTrustedSigners();
    for (qsizetype i = m_signer->earlier.size() - 1; i >= 0; --i) {
        const EarlierSigningKey &key = m_signer->earlier.at(i);
        const std::optional<OrganisationSigner> listed = list.find(key.publicKey);
        const QString status = !listed ? Tr::tr("not listed")
            : listed->revoked          ? Tr::tr("revoked")
                                       : Tr::tr("trusted: ask to revoke it");
        auto *item = new QTreeWidgetItem(
            m_earlier,
            { keyFingerprint(key.publicKey),
              QLocale().toString(key.replacedAt.toLocalTime(), QLocale::ShortFormat), status });
        item->setData(0, Qt::UserRole, qlonglong(i));
        item->setToolTip(0, Tr::tr("Signed as %1").arg(key.name));
    }
}

void ModelSignersPage::makeNewKey()
{
    if (!m_signer || !m_renew)
        return;
    const auto answer = QMessageBox::question(
        this, Tr::tr("New signing key"),
        Tr::tr("Make a new key for this workspace's model files?\n\nModel files you save from "
               "now on are signed with the new key; files you signed before keep the old one. "
               "Give the new key's fingerprint to your administrator, and ask them to revoke "
               "the old key if someone else may have it. The old key cannot be brought back; "
               "its fingerprint stays listed here, with the line that revokes it."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    QString problem;
    if (std::optional<ModelSigner> signer = m_renew(&problem)) {
        m_signer = std::move(signer);
        showWorkspaceSigner();
    } else {
        QMessageBox::warning(this, Tr::tr("New signing key"), problem);
    }
}

void ModelSignersPage::apply()
{
    for (const QByteArray &key : std::as_const(m_forgotten))
        forgetSigner(key);
    m_forgotten.clear();
}

} // namespace fairstart::ui

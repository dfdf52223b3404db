// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/ui/sites/sitekeys.h"

#include "fairstart/ui/sites/sitesmodel.h"
#include "fairstart/ui/tr.h"
#include "fairstart/workspace/workspace.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace fairstart::ui {

SiteKeysDialog::SiteKeysDialog(const client::Site &recorded, const client::Site &presented,
                               QWidget *parent)
    : QDialog(parent)
    , m_recorded(recorded)
    , m_presented(presented)
{
    setWindowTitle(Tr::tr("Changed study keys of %1").arg(recorded.name));
    const QString intro
        = Tr::tr("The node of site %1 (%2) presents other study keys than the ones recorded for "
                 "it. Either its administrator re-initialised the node, or someone else is "
                 "answering in its place.")
              .arg(recorded.name, recorded.url);
    const QString keys = Tr::tr("Recorded:\n  signing key        %1\n  key-agreement key  %2\n\n"
                                "Presented now:\n  signing key        %3\n  key-agreement key  %4")
                             .arg(keyFingerprintText(recorded.signingKey),
                                  keyFingerprintText(recorded.keyAgreementKey),
                                  keyFingerprintText(presented.signingKey),
                                  keyFingerprintText(presented.keyAgreementKey));
    const QString advice
        = Tr::tr("Before you accept, ask the site's administrator for the new fingerprints by "
                 "phone or in person (not over a channel that may be compromised) and compare "
                 "them character by character. Until you accept, Fairstart sends nothing more to "
                 "this site.");
    m_text = intro + QStringLiteral("\n\n") + keys + QStringLiteral("\n\n") + advice;
    auto *introLabel = new QLabel(intro, this);
    introLabel->setWordWrap(true);
    auto *label = new QLabel(keys, this);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setFont(QFont(QStringLiteral("monospace")));
    label->setAccessibleName(Tr::tr("Recorded and presented key fingerprints"));
    auto *adviceLabel = new QLabel(advice, this);
    adviceLabel->setWordWrap(true);
    m_confirmed = new QCheckBox(Tr::tr("The administrator of %1 &confirmed these new "
                                       "fingerprints to me")
                                    .arg(recorded.name),
                                this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(Tr::tr("&Accept New Keys"));
    ok->setEnabled(false);
    ok->setAutoDefault(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(m_confirmed, &QCheckBox::toggled, ok, &QPushButton::setEnabled);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_confirmed->isChecked())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(introLabel);
    layout->addWidget(label);
    layout->addWidget(adviceLabel);
    layout->addWidget(m_confirmed);
    layout->addWidget(m_buttons);
}

QString SiteKeysDialog::text() const
{
    return m_text;
}

SiteKeyPins::SiteKeyPins(SitesModel *sites, std::function<workspace::Workspace *()> workspace,
                         QWidget *window)
    : QObject(window)
    , m_sites(sites)
    , m_workspace(std::move(workspace))
    , m_window(window)
{
    connect(m_sites, &SitesModel::keysFirstSeen, this, &SiteKeyPins::recordFirstUse);
}

void SiteKeyPins::recordFirstUse(const client::Site &site)
{
    const SiteStatus *status = m_sites->status(site.name);
    if (!status || !status->site.signingKey.isEmpty())
        return; // not in this session any more, or pinned already (the check refuses others)
    if (workspace::Workspace *ws = m_workspace()) {
        const workspace::Result<void> recorded
            = ws->recordSiteKeys(site.name, site.signingKey, site.keyAgreementKey);
        if (!recorded) {
            Q_EMIT message(recorded.error().message);
            return;
        }
    }
    m_sites->setSiteKeys(site);
    Q_EMIT message(Tr::tr("Recorded the study keys of %1 (signing key %2); a node that presents "
                          "other keys for this site is refused from now on.")
                       .arg(site.name, keyFingerprintText(site.signingKey)));
}

SiteKeysDialog *SiteKeyPins::acceptChangedKeys(const QString &site, QString *problem)
{
    const SiteStatus *status = m_sites->status(site);
    if (!status || status->state != SiteStatus::KeyChanged) {
        if (problem)
            *problem = Tr::tr("The study keys of %1 did not change at its last check; there is "
                              "nothing to accept. Check the site again first.")
                           .arg(site);
        return nullptr;
    }
    auto *dialog = new SiteKeysDialog(status->site, status->presented, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { accept(dialog->recorded(), dialog->presented()); });
    dialog->open();
    return dialog;
}

void SiteKeyPins::accept(const client::Site &recorded, const client::Site &presented)
{
    if (workspace::Workspace *ws = m_workspace()) {
        const workspace::Result<void> done = ws->acceptSiteKeys(
            recorded.name, recorded, presented.signingKey, presented.keyAgreementKey);
        if (!done) {
            QMessageBox::warning(m_window, Tr::tr("Accept new keys"), done.error().message);
            return;
        }
    }
    m_sites->setSiteKeys(presented);
    Q_EMIT message(Tr::tr("Accepted the new study keys of %1 (signing key %2).")
                       .arg(recorded.name, keyFingerprintText(presented.signingKey)));
    Q_EMIT keysAccepted(recorded.name);
    m_sites->refresh();
}

} // namespace fairstart::ui

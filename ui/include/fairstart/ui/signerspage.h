// SPDX-License-Identifier: GPL-3.0-or-later
// Preferences ▸ Model Files (branch walk6): who signs model files, for the professional and the
// analyst (docs/workbench.md, "Trusted and revoked signers of model files").
//
// - The organisation's list of trusted signers (trustedsigners.h): where it is, its signers
//   (trusted or revoked) or its error.
// - The signers this user trusted on this computer, each of which can be forgotten (applied when
//   the dialog is accepted): its next model file asks again.
// - With a workspace open, the key its model files are signed with, to read out or copy for the
//   administrator, a new key when the old one was revoked or may have been copied, and the keys
//   it replaced, each with the line that revokes it.
#pragma once

#include "fairstart/ui/reviewer/modelsignature.h"

#include <QByteArrayList>
#include <QWidget>

#include <functional>
#include <optional>

class QGroupBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace fairstart::ui {

class ModelSignersPage : public QWidget {
    Q_OBJECT

public:
    explicit ModelSignersPage(QWidget *parent = nullptr);
    // The open workspace's signer (nullopt: it has none yet); `renew` makes a new key (see
    // MainWindow::renewWorkspaceModelSigner). Without a call the workspace's part stays hidden.
    using Renew = std::function<std::optional<ModelSigner>(QString *problem)>;
    void setWorkspaceSigner(const std::optional<ModelSigner> &signer, Renew renew);
    // Forgets the signers the user chose to forget (the dialog's OK).
    void apply();
    QByteArrayList forgotten() const { return m_forgotten; }

private:
    void showOrganisationList();
    void showRemembered();
    void showWorkspaceSigner();
    void showEarlierKeys();
    void makeNewKey();

    QLabel *m_listStatus;
    QTreeWidget *m_list;
    QTreeWidget *m_remembered;
    QPushButton *m_forget;
    QGroupBox *m_workspaceBox;
    QLabel *m_workspaceText;
    QLabel *m_fingerprint;
    QPushButton *m_copyFingerprint;
    QPushButton *m_copyLine;
    QPushButton *m_newKey;
    QLabel *m_earlierText;
    QTreeWidget *m_earlier;
    QPushButton *m_copyRevocation;
    std::optional<ModelSigner> m_signer;
    Renew m_renew;
    QByteArrayList m_forgotten;
};

} // namespace fairstart::ui

// SPDX-License-Identifier: GPL-3.0-or-later
// The workbench pins each node's study keys as the CLI does: recorded on first use (in the
// workspace, or the session without one), refused when they change, and replaced only when the
// user confirms the new fingerprints with the site's administrator, like an SSH host key.
#pragma once

#include "fairstart/client/site.h"

#include <QDialog>
#include <QObject>

#include <functional>

class QCheckBox;
class QDialogButtonBox;

namespace fairstart::workspace {
class Workspace;
}

namespace fairstart::ui {

class SitesModel;

// Shows the recorded and the presented fingerprints of a site whose node changed its keys; the
// Accept button is enabled only after the user ticks that they confirmed the new ones.
class SiteKeysDialog : public QDialog {
    Q_OBJECT
public:
    SiteKeysDialog(const client::Site &recorded, const client::Site &presented,
                   QWidget *parent = nullptr);

    const client::Site &recorded() const { return m_recorded; }
    const client::Site &presented() const { return m_presented; }
    QCheckBox *confirmation() const { return m_confirmed; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    QString text() const; // what the dialog says, for tests and screen readers

private:
    client::Site m_recorded;
    client::Site m_presented;
    QCheckBox *m_confirmed;
    QDialogButtonBox *m_buttons;
    QString m_text;
};

class SiteKeyPins : public QObject {
    Q_OBJECT
public:
    // `workspace` gives the open workspace or nullptr (a session without one keeps keys in the
    // sites model only).
    SiteKeyPins(SitesModel *sites, std::function<workspace::Workspace *()> workspace,
                QWidget *window);

    // First use: records the keys a node presented for a site that holds none (from the sites
    // panel's check or from a run). A site that holds other keys meanwhile is not changed.
    void recordFirstUse(const client::Site &site);
    // Opens (non-modal) the dialog to accept the changed keys of `site`; nullptr with `problem`
    // set when the site's keys did not change at its last check.
    SiteKeysDialog *acceptChangedKeys(const QString &site, QString *problem = nullptr);

Q_SIGNALS:
    void message(const QString &text); // for the status bar
    void keysAccepted(const QString &site);

private:
    void accept(const client::Site &recorded, const client::Site &presented);

    SitesModel *m_sites;
    std::function<workspace::Workspace *()> m_workspace;
    QWidget *m_window;
};

} // namespace fairstart::ui

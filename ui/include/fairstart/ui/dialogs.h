// SPDX-License-Identifier: GPL-3.0-or-later
// The small dialogs of the main window: passphrase, adding a site, preferences.
#pragma once

#include "fairstart/client/site.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTabWidget;

namespace fairstart::ui {

class ModelSignersPage;

// Asks for a workspace's passphrase; for a new workspace, twice.
class PassphraseDialog : public QDialog {
    Q_OBJECT

public:
    enum Mode { Open, Create, Unlock };
    PassphraseDialog(Mode mode, const QString &path, QWidget *parent = nullptr);
    QString passphrase() const;
    void setError(const QString &text);

private:
    void check();
    void fitText();

    Mode m_mode;
    QLineEdit *m_first;
    QLineEdit *m_second = nullptr;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

// A site by URL, pin and token. The pin is shown again, spelled out, for comparison with what the
// site's administrator handed over before it is accepted.
class AddSiteDialog : public QDialog {
    Q_OBJECT

public:
    explicit AddSiteDialog(QWidget *parent = nullptr);
    client::Site site() const;

private:
    void check();

    QLineEdit *m_name;
    QLineEdit *m_url;
    QLineEdit *m_pin;
    QLineEdit *m_token;
    QLabel *m_pinEcho;
    QCheckBox *m_pinConfirmed;
    QLabel *m_problems;
    QDialogButtonBox *m_buttons;
};

struct Preferences {
    QString language; // "en", "nl", "de", "fr"; empty: the system's
    bool autosave = true;
    int idleLockMinutes = 15; // 0 = never

    static Preferences load(); // from QSettings
    void save() const;
};

class PreferencesDialog : public QDialog {
    Q_OBJECT

public:
    explicit PreferencesDialog(const Preferences &prefs, QWidget *parent = nullptr);
    Preferences preferences() const;
    // The Model Files tab (branch walk6): the organisation's list of signers, the signers this
    // user trusted (forgotten on OK), the workspace's key.
    ModelSignersPage *modelSignersPage() const { return m_signers; }
    void showModelSignersPage();
    void accept() override;

protected:
    void showEvent(QShowEvent *event) override;

private:
    QComboBox *m_language;
    QCheckBox *m_autosave;
    QSpinBox *m_idle;
    QTabWidget *m_tabs;
    ModelSignersPage *m_signers;
};

} // namespace fairstart::ui

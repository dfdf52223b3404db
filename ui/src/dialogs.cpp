// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/ui/dialogs.h"

#include "fairstart/client/siteregistry.h"
#include "fairstart/translations/language.h"
#include "fairstart/ui/signerspage.h"
#include "fairstart/ui/tr.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace fairstart::ui {

// ---- PassphraseDialog --------------------------------------------------------------------------

PassphraseDialog::PassphraseDialog(Mode mode, const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
{
    const QString file = QFileInfo(path).fileName();
    setWindowTitle(mode == Create ? Tr::tr("New workspace") : Tr::tr("Open workspace"));
    auto *intro = new QLabel(
        mode == Create
            ? Tr::tr("Choose a passphrase for %1. The workspace is encrypted with it; without "
                     "it nobody, including you, can open the file again.")
                  .arg(file)
            : mode == Unlock
            ? Tr::tr("%1 was locked after a period without activity. Enter its passphrase to "
                     "continue.")
                  .arg(file)
            : Tr::tr("Enter the passphrase of %1.").arg(file));
    intro->setWordWrap(true);
    m_first = new QLineEdit(this);
    m_first->setEchoMode(QLineEdit::Password);
    m_first->setAccessibleName(Tr::tr("Passphrase"));
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout;
    form->addRow(Tr::tr("&Passphrase:"), m_first);
    if (mode == Create) {
        m_second = new QLineEdit(this);
        m_second->setEchoMode(QLineEdit::Password);
        m_second->setAccessibleName(Tr::tr("Passphrase again"));
        form->addRow(Tr::tr("&Again:"), m_second);
        connect(m_second, &QLineEdit::textChanged, this, &PassphraseDialog::check);
    }
    connect(m_first, &QLineEdit::textChanged, this, &PassphraseDialog::check);
    // Tab goes from the passphrase to its repetition and then to OK; Cancel comes last, so a
    // space typed after a Tab never cancels by surprise.
    QWidget *previous = m_first;
    for (QWidget *next : { static_cast<QWidget *>(m_second),
                           static_cast<QWidget *>(m_buttons->button(QDialogButtonBox::Ok)),
                           static_cast<QWidget *>(m_buttons->button(QDialogButtonBox::Cancel)) }) {
        if (!next)
            continue;
        setTabOrder(previous, next);
        previous = next;
    }
    m_buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);
    check();
}

QString PassphraseDialog::passphrase() const
{
    return m_first->text();
}

void PassphraseDialog::setError(const QString &text)
{
    m_error->setText(text);
    fitText();
}

void PassphraseDialog::fitText()
{
    // Wrapped text needs more height than the dialog had: grow so no line is cut off.
    layout()->activate();
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > height())
        resize(width(), needed);
}

void PassphraseDialog::check()
{
    QString problem;
    if (m_mode == Create) {
        if (m_first->text().size() < 8)
            problem = Tr::tr("Use at least 8 characters; a few words are easier to remember.");
        else if (m_second && m_second->text() != m_first->text())
            problem = Tr::tr("The two passphrases differ: type the same one twice.");
    }
    m_error->setText(m_first->text().isEmpty() ? QString() : problem);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_first->text().isEmpty() && problem.isEmpty());
    fitText();
}

// ---- AddSiteDialog -----------------------------------------------------------------------------

AddSiteDialog::AddSiteDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(Tr::tr("Add site"));
    auto *intro = new QLabel(Tr::tr("Enter what the site's administrator gave you: the address "
                                    "of the node, its certificate pin and your token."));
    intro->setWordWrap(true);
    m_name = new QLineEdit(this);
    m_name->setAccessibleName(Tr::tr("Site name"));
    m_name->setPlaceholderText(Tr::tr("e.g. jgz-utrecht"));
    m_url = new QLineEdit(this);
    m_url->setAccessibleName(Tr::tr("Address"));
    m_url->setPlaceholderText(QStringLiteral("https://node.example.org:8443"));
    m_pin = new QLineEdit(this);
    m_pin->setAccessibleName(Tr::tr("Certificate pin"));
    m_pin->setPlaceholderText(QStringLiteral("sha256//…"));
    m_token = new QLineEdit(this);
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setAccessibleName(Tr::tr("Token"));
    m_pinEcho = new QLabel(this);
    m_pinEcho->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pinEcho->setWordWrap(true);
    m_pinEcho->setFont(QFont(QStringLiteral("monospace")));
    m_pinConfirmed = new QCheckBox(Tr::tr("I &compared this pin with the one the administrator "
                                          "gave me"),
                                   this);
    m_problems = new QLabel(this);
    m_problems->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(Tr::tr("&Add site"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout;
    form->addRow(Tr::tr("&Name:"), m_name);
    form->addRow(Tr::tr("A&ddress:"), m_url);
    form->addRow(Tr::tr("&Pin:"), m_pin);
    form->addRow(Tr::tr("&Token:"), m_token);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_pinEcho);
    layout->addWidget(m_pinConfirmed);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);
    for (QLineEdit *e : { m_name, m_url, m_pin, m_token })
        connect(e, &QLineEdit::textChanged, this, &AddSiteDialog::check);
    connect(m_pin, &QLineEdit::textChanged, m_pinConfirmed,
            [this] { m_pinConfirmed->setChecked(false); });
    connect(m_pinConfirmed, &QCheckBox::toggled, this, &AddSiteDialog::check);
    check();
}

client::Site AddSiteDialog::site() const
{
    return { m_name->text().trimmed(), m_url->text().trimmed(), m_pin->text().trimmed(),
             m_token->text().trimmed() };
}

void AddSiteDialog::check()
{
    const client::Site s = site();
    // Groups of four characters are easier to compare by eye.
    QString spaced;
    const QString body = s.pin.startsWith(QLatin1String("sha256//")) ? s.pin.mid(8) : s.pin;
    for (int i = 0; i < body.size(); i += 4)
        spaced += body.mid(i, 4) + QLatin1Char(' ');
    m_pinEcho->setText(body.isEmpty() ? QString()
                                      : Tr::tr("Pin to compare: %1").arg(spaced.trimmed()));
    // The problems name the fields by this dialog's labels, not by the sites file's keys.
    const QHash<QString, QString> labels { { QStringLiteral("name"), Tr::tr("Name") },
                                           { QStringLiteral("url"), Tr::tr("Address") },
                                           { QStringLiteral("pin"), Tr::tr("Pin") },
                                           { QStringLiteral("token"), Tr::tr("Token") } };
    QStringList problems;
    for (const client::SiteRegistry::Problem &p : client::SiteRegistry::problems(s))
        problems << Tr::tr("%1: %2").arg(labels.value(p.field, p.field), p.text);
    const bool filled
        = !s.name.isEmpty() && !s.url.isEmpty() && !s.pin.isEmpty() && !s.token.isEmpty();
    m_problems->setText(filled ? problems.join(QLatin1Char('\n')) : QString());
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(filled && problems.isEmpty() && m_pinConfirmed->isChecked());
    // Seen in the fifth walk: the pin's three lines appeared and the dialog kept its height, so
    // the four fields were squeezed to slivers (a word-wrapped label's height is not part of
    // the window's minimum size). The dialog grows to what its layout needs at its width.
    if (isVisible()) {
        layout()->activate();
        const int needed = hasHeightForWidth() ? heightForWidth(width()) : sizeHint().height();
        if (needed > height())
            resize(width(), needed);
    }
}

// ---- Preferences -------------------------------------------------------------------------------

Preferences Preferences::load()
{
    QSettings s;
    Preferences p;
    p.language = s.value(QStringLiteral("preferences/language"), p.language).toString();
    p.autosave = s.value(QStringLiteral("preferences/autosave"), p.autosave).toBool();
    p.idleLockMinutes
        = s.value(QStringLiteral("preferences/idleLockMinutes"), p.idleLockMinutes).toInt();
    return p;
}

void Preferences::save() const
{
    QSettings s;
    s.setValue(QStringLiteral("preferences/language"), language);
    s.setValue(QStringLiteral("preferences/autosave"), autosave);
    s.setValue(QStringLiteral("preferences/idleLockMinutes"), idleLockMinutes);
}

PreferencesDialog::PreferencesDialog(const Preferences &prefs, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(Tr::tr("Preferences"));
    m_language = new QComboBox(this);
    m_language->setAccessibleName(Tr::tr("Language"));
    m_language->addItem(
        Tr::tr("System language (%1)").arg(i18n::nativeName(i18n::systemLanguage())), QString());
    for (const QString &language : i18n::supportedLanguages())
        m_language->addItem(i18n::nativeName(language), language);
    m_language->setCurrentIndex(std::max(0, m_language->findData(prefs.language)));
    m_autosave = new QCheckBox(Tr::tr("&Save the design automatically while I work"), this);
    m_autosave->setChecked(prefs.autosave);
    m_idle = new QSpinBox(this);
    m_idle->setAccessibleName(Tr::tr("Lock the workspace after minutes without activity"));
    m_idle->setRange(0, 240);
    m_idle->setSpecialValueText(Tr::tr("never"));
    m_idle->setSuffix(Tr::tr(" min"));
    m_idle->setValue(prefs.idleLockMinutes);
    auto *note = new QLabel(Tr::tr("A new language takes effect when Fairstart starts again."));
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *general = new QWidget;
    auto *form = new QFormLayout(general);
    form->addRow(Tr::tr("&Language:"), m_language);
    form->addRow(note);
    form->addRow(m_autosave);
    form->addRow(Tr::tr("Lock &after:"), m_idle);
    m_signers = new ModelSignersPage;
    m_tabs = new QTabWidget;
    m_tabs->addTab(general, Tr::tr("General"));
    m_tabs->addTab(m_signers, Tr::tr("Model Files"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    resize(std::max(sizeHint().width(), 680), sizeHint().height());
}

void PreferencesDialog::showEvent(QShowEvent *event)
{
    // The Model Files tab grows once the window gives it the workspace's key and the keys it
    // replaced (after the constructor): the height its wrapped texts need at this width, within
    // the screen.
    const int w = std::max(width(), 680);
    int h = std::max(height(), hasHeightForWidth() ? heightForWidth(w) : sizeHint().height());
    if (const QScreen *s = screen())
        h = std::min(h, s->availableGeometry().height());
    resize(w, h);
    QDialog::showEvent(event);
}

void PreferencesDialog::showModelSignersPage()
{
    m_tabs->setCurrentWidget(m_signers);
}

void PreferencesDialog::accept()
{
    m_signers->apply();
    QDialog::accept();
}

Preferences PreferencesDialog::preferences() const
{
    Preferences p;
    p.language = m_language->currentData().toString();
    p.autosave = m_autosave->isChecked();
    p.idleLockMinutes = m_idle->value();
    return p;
}

} // namespace fairstart::ui

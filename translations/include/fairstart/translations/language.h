// SPDX-License-Identifier: GPL-3.0-or-later
// Which language Fairstart speaks, and switching it on: the compiled catalogues (embedded under
// :/i18n), Qt's own strings, and the locale that formats numbers, dates and percentages.
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

namespace fairstart::i18n {

// The languages Fairstart speaks, English (the source language) first: "en", "nl", "de", "fr".
QStringList supportedLanguages();

// The name of a language in that language ("Nederlands"), for a language menu.
QString nativeName(const QString &language);

// The language to speak for a locale: the first of its UI languages (in the user's order, e.g.
// LANGUAGE=lb:de) that Fairstart speaks. Luxembourgish alone gives French, the language of
// administration and health care in Luxembourg; anything else, and the C locale, gives English.
QString languageFor(const QLocale &locale);

// The language of this process's environment: languageFor(QLocale::system()), except that a C or
// POSIX message locale (LC_ALL, else LC_MESSAGES, else LANG) gives English whatever LANGUAGE says,
// as with gettext.
QString systemLanguage();

// Installs the Fairstart and Qt catalogues of `language` in the running application and makes
// `language` in the territory of `system` the default locale (Dutch in Belgium formats as nl_BE; a
// combination Qt does not know falls back to the language's main territory). English installs only
// its plural forms. Returns false, and makes the application English, for a language Fairstart
// does not speak. Call again to switch; the previous catalogues are removed.
bool useLanguage(const QString &language, const QLocale &system = QLocale::system());

// The language the application speaks since the last useLanguage(); "en" before any.
QString currentLanguage();

// A program's `--lang CODE` (or `--lang=CODE`) option among `arguments` (arguments[0] is the
// program; the last one given counts), taken out of them: the code as given, empty when the
// value is missing, nullopt without the option. The caller checks it against
// supportedLanguages() and says so when it is not one. The workbench and fairstart-cli take it
// before the system's language and (the workbench) the preferences' language.
std::optional<QString> takeLanguageOption(QStringList &arguments);

} // namespace fairstart::i18n

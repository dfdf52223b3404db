// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/translations/language.h"

#include <QCoreApplication>
#include <QHash>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

#include <algorithm>

namespace fairstart::i18n {

QStringList supportedLanguages()
{
    return { QStringLiteral("en"), QStringLiteral("nl"), QStringLiteral("de"),
             QStringLiteral("fr") };
}

QString nativeName(const QString &language)
{
    // Fixed, not CLDR's: its name for "en" is "American English", and a menu item starts with a
    // capital in every language.
    static const QHash<QString, QString> names {
        { QStringLiteral("en"), QStringLiteral("English") },
        { QStringLiteral("nl"), QStringLiteral("Nederlands") },
        { QStringLiteral("de"), QStringLiteral("Deutsch") },
        { QStringLiteral("fr"), QStringLiteral("Français") },
    };
    return names.value(language, language);
}

QString languageFor(const QLocale &locale)
{
    if (locale.language() == QLocale::C)
        return QStringLiteral("en");
    const QStringList supported = supportedLanguages();
    for (const QString &tag : locale.uiLanguages()) {
        const QString language = tag.section(QLatin1Char('-'), 0, 0).toLower();
        if (supported.contains(language))
            return language;
    }
    if (locale.language() == QLocale::Luxembourgish)
        return QStringLiteral("fr");
    return QStringLiteral("en");
}

QString systemLanguage()
{
    // As gettext does: a C or POSIX message locale means untranslated, whatever LANGUAGE says
    // (Qt would follow LANGUAGE). Scripts and the test suite set LC_ALL=C to parse the output.
    for (const char *variable : { "LC_ALL", "LC_MESSAGES", "LANG" }) {
        const QString value = qEnvironmentVariable(variable);
        if (value.isEmpty())
            continue;
        if (value == QLatin1String("C") || value == QLatin1String("POSIX")
            || value.startsWith(QLatin1String("C.")))
            return QStringLiteral("en");
        break;
    }
    return languageFor(QLocale::system());
}

namespace {

QPointer<QTranslator> g_fairstart;
QPointer<QTranslator> g_qt;
QString g_language = QStringLiteral("en");

void remove(QPointer<QTranslator> &translator)
{
    if (translator) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

} // namespace

bool useLanguage(const QString &requested, const QLocale &system)
{
    const bool known = supportedLanguages().contains(requested);
    const QString language = known ? requested : QStringLiteral("en");
    remove(g_fairstart);
    remove(g_qt);
    // Owned by the application, so they go before it does.
    auto *fairstart = new QTranslator(QCoreApplication::instance());
    if (fairstart->load(QStringLiteral(":/i18n/fairstart_") + language)) {
        QCoreApplication::installTranslator(fairstart);
        g_fairstart = fairstart;
    } else {
        delete fairstart;
    }
    auto *qt = new QTranslator(QCoreApplication::instance());
    // Qt's own strings (dialog buttons, context menus); Debian ships them in qt6-translations-l10n.
    if (language != QLatin1String("en")
        && qt->load(QStringLiteral("qtbase_") + language,
                    QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        g_qt = qt;
    } else {
        delete qt;
    }
    QLocale::setDefault(QLocale(QLocale(language).language(), system.territory()));
    g_language = language;
    return known && g_fairstart;
}

QString currentLanguage()
{
    return g_language;
}

std::optional<QString> takeLanguageOption(QStringList &arguments)
{
    std::optional<QString> language;
    const QString option = QStringLiteral("--lang");
    for (qsizetype i = 1; i < arguments.size();) {
        const QString &a = arguments.at(i);
        if (a == option) {
            language = i + 1 < arguments.size() ? arguments.at(i + 1) : QString();
            arguments.remove(i, std::min<qsizetype>(2, arguments.size() - i));
        } else if (a.startsWith(option + QLatin1Char('='))) {
            language = a.mid(option.size() + 1);
            arguments.remove(i);
        } else {
            ++i;
        }
    }
    return language;
}

} // namespace fairstart::i18n

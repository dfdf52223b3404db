// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/cli/clicommand.h"
#include "fairstart/cli/tr.h"
#include "fairstart/translations/language.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fairstart-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FAIRSTART_VERSION));
    // --lang before any command word or after it: the language of the messages, before the
    // system's (LANG=nl_NL.UTF-8 LANGUAGE=nl did it before).
    QStringList args = QCoreApplication::arguments();
    const std::optional<QString> language = fairstart::i18n::takeLanguageOption(args);
    const bool known = language && fairstart::i18n::supportedLanguages().contains(*language);
    fairstart::i18n::useLanguage(known ? *language : fairstart::i18n::systemLanguage());
    if (language && !known) {
        std::fprintf(
            stderr, "fairstart-cli: %s\n",
            qPrintable(fairstart::cli::Tr::tr("unknown --lang '%1'; use one of: %2")
                           .arg(*language,
                                fairstart::i18n::supportedLanguages().join(QStringLiteral(", ")))));
        return 2;
    }
    return fairstart::cli::runCliCommand(args);
}

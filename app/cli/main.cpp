// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/cli/clicommand.h"
#include "fairstart/translations/language.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fairstart-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FAIRSTART_VERSION));
    fairstart::i18n::useLanguage(fairstart::i18n::systemLanguage());
    return fairstart::cli::runCliCommand(QCoreApplication::arguments());
}

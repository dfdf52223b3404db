// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/node/nodecommand.h"
#include "fairstart/translations/language.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fairstart-node"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FAIRSTART_VERSION));
    const QStringList args = QCoreApplication::arguments().mid(1);
    // The administration commands speak the administrator's language. 'serve' speaks English: its
    // answers go to clients in other countries and its log lines to the journal and to support.
    fairstart::i18n::useLanguage(args.value(0) == QLatin1String("serve")
                                     ? QStringLiteral("en")
                                     : fairstart::i18n::systemLanguage());
    return fairstart::node::runNodeCommand(args);
}

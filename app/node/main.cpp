// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/node/nodecommand.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fairstart-node"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FAIRSTART_VERSION));
    return fairstart::node::runNodeCommand(QCoreApplication::arguments().mid(1));
}

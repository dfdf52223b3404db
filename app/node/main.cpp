// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/node/nodeinfo.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fairstart-node"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FAIRSTART_VERSION));
    QTextStream out(stdout);
    out << "fairstart-node " << FAIRSTART_VERSION << " (" << fairstart::node::storageVersion()
        << ")\n";
    return 0;
}

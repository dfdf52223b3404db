// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/client/clientinfo.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fairstart-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FAIRSTART_VERSION));
    QTextStream out(stdout);
    out << "fairstart-cli " << FAIRSTART_VERSION << " (" << fairstart::client::transportVersion()
        << ")\n";
    return 0;
}

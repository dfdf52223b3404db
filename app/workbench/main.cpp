// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/ui/aboutdialog.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Fairstart"));
    QApplication::setOrganizationName(QStringLiteral("Fairstart"));
    QApplication::setApplicationVersion(QStringLiteral(FAIRSTART_VERSION));
    fairstart::ui::AboutDialog dialog;
    dialog.show();
    return app.exec();
}

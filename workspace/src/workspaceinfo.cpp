// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/workspace/workspaceinfo.h"

#include <sqlite3.h>

namespace fairstart::workspace {

QString cipherVersion()
{
    return QStringLiteral("SQLCipher on SQLite ") + QString::fromLatin1(sqlite3_libversion());
}

} // namespace fairstart::workspace

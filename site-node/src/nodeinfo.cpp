// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/node/nodeinfo.h"

#include <sqlite3.h>

namespace fairstart::node {

QString storageVersion()
{
    return QStringLiteral("SQLCipher on SQLite ") + QString::fromLatin1(sqlite3_libversion());
}

} // namespace fairstart::node

// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/workspace/workspaceinfo.h"

#include <sqlite3.h>

namespace fairstart::workspace {

namespace {

// SQLCipher reports its own version only through a pragma, which needs a connection (no key).
QString sqlcipherVersion()
{
    sqlite3 *db = nullptr;
    QString version;
    if (sqlite3_open(":memory:", &db) == SQLITE_OK) {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA cipher_version", -1, &stmt, nullptr) == SQLITE_OK && stmt
            && sqlite3_step(stmt) == SQLITE_ROW)
            version
                = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return version;
}

} // namespace

QString cipherVersion()
{
    static const QString version = []() -> QString {
        const QString cipher = sqlcipherVersion();
        return QStringLiteral("SQLCipher ") + (cipher.isEmpty() ? QStringLiteral("?") : cipher)
            + QStringLiteral(" on SQLite ") + QString::fromLatin1(sqlite3_libversion());
    }();
    return version;
}

} // namespace fairstart::workspace

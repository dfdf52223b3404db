// SPDX-License-Identifier: GPL-3.0-or-later
// Internal: the SQLCipher connection of a workspace (key derivation, opening, errors, statements).
// Tests include it to build old-schema files; nothing outside workspace/ and its tests may.
#pragma once

#include "fairstart/workspace/result.h"

#include <QByteArray>
#include <QString>

#include <array>
#include <memory>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace fairstart::workspace {

// An SQLite failure nobody expected; public methods turn it into a WorkspaceError.
struct SqlError {
    int code = 0;
    QString message;
};

WorkspaceError toWorkspaceError(const SqlError &error);

class Statement {
public:
    Statement(sqlite3 *db, const char *sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, const QString &text);
    Statement &bindBlob(int index, const QByteArray &blob);
    Statement &bindNull(int index);

    bool step(); // true while there is a row
    void exec(); // steps to the end

    qint64 int64(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

// The 32-byte Argon2id key of a workspace and the 16-byte salt it was derived with. The salt is
// the first 16 bytes of the file: SQLCipher stores its per-file random salt there in plaintext.
struct Key {
    static constexpr int Size = 32;
    static constexpr int SaltSize = 16;
    std::array<unsigned char, Size> bytes {};
    QByteArray salt;

    ~Key();
    static std::optional<Key> derive(const QString &passphrase, const QByteArray &salt);
    // "x'<key hex>'" or, with the salt, "x'<key hex><salt hex>'" (SQLCipher raw-key syntax).
    QByteArray pragmaValue(bool withSalt) const;
};

class Database {
public:
    static constexpr int ApplicationId = 0x46535753; // "FSWS"
    // SQLCipher 3 defaults to 1 KiB; 4 KiB (SQLCipher 4's default) quarters the per-page IV and
    // HMAC work. It is not stored in the file, so every open sets it.
    static constexpr int PageSize = 4096;

    ~Database();

    // Creates a workspace file at schema `schemaVersion` (1 .. Workspace::SchemaVersion) via a
    // temporary file renamed into place, so a crash never leaves half a workspace at `path`.
    static Result<std::unique_ptr<Database>> create(const QString &path, const QString &passphrase,
                                                    int schemaVersion);
    // Opens, checks and (if `migrate`) brings the schema up to date.
    static Result<std::unique_ptr<Database>> open(const QString &path, const QString &passphrase,
                                                  bool migrate = true);

    // Is `passphrase` the one this file is keyed with? (derives and compares in constant time)
    bool matches(const QString &passphrase) const;
    Result<void> rekey(const QString &newPassphrase);

    sqlite3 *handle() const { return m_db; }
    void exec(const char *sql);
    int userVersion() const;
    qint64 lastInsertId() const;
    int changes() const;

    // open() after the key derivation: for create() and for the benchmark, which times the two.
    static Result<std::unique_ptr<Database>> openWithKey(const QString &path, Key key,
                                                         bool migrate);

private:
    Database(sqlite3 *db, Key key);

    sqlite3 *m_db = nullptr;
    Key m_key;
};

// BEGIN IMMEDIATE ... COMMIT; rolls back unless commit() was reached.
class Transaction {
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    Database &m_db;
    bool m_done = false;
};

// The schema: version 1 is created from scratch, each later version is a migration step.
namespace schema {
void createVersion1(Database &db);
void migrate(Database &db, int toVersion); // each step in its own transaction
} // namespace schema

} // namespace fairstart::workspace

// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "fairstart/workspace/tr.h"
#include "fairstart/workspace/workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

#include <sodium.h>
#include <sqlite3.h>

#include <fcntl.h>
#include <unistd.h>

namespace fairstart::workspace {

namespace {

QString sqliteMessage(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

[[noreturn]] void fail(sqlite3 *db, int rc)
{
    throw SqlError { rc, sqliteMessage(db) };
}

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

WorkspaceError error(WorkspaceError::Code code, const QString &message)
{
    return WorkspaceError { code, message };
}

void syncFolder(const QString &folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

QByteArray pageSizePragma()
{
    return "PRAGMA cipher_page_size=" + QByteArray::number(Database::PageSize);
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// What the first bytes say the file is, when they say it is something other than a workspace.
QString recognisedFormat(const QByteArray &head)
{
    struct Magic {
        QByteArray bytes;
        const char *name;
    };
    static const Magic magics[] = {
        { QByteArray("SQLite format 3\0", 16),
          QT_TRANSLATE_NOOP("Fairstart::Workspace", "an unencrypted SQLite database") },
        { QByteArray("\x89PNG\r\n\x1a\n"),
          QT_TRANSLATE_NOOP("Fairstart::Workspace", "a PNG image") },
        { QByteArray("\xff\xd8\xff"), QT_TRANSLATE_NOOP("Fairstart::Workspace", "a JPEG image") },
        { QByteArray("%PDF"), QT_TRANSLATE_NOOP("Fairstart::Workspace", "a PDF document") },
        { QByteArray("PK\x03\x04"),
          QT_TRANSLATE_NOOP("Fairstart::Workspace", "a ZIP archive or office document") },
        { QByteArray("\x1f\x8b"), QT_TRANSLATE_NOOP("Fairstart::Workspace", "a gzip archive") },
    };
    for (const Magic &m : magics) {
        if (head.startsWith(m.bytes))
            return Tr::tr(m.name);
    }
    // SQLCipher's first page is salt and ciphertext: a text-only start cannot be one.
    const QByteArray probe = head.left(Database::PageSize);
    const bool text = std::all_of(probe.begin(), probe.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u == '\n' || u == '\r' || u == '\t' || (u >= 0x20 && u < 0x7f);
    });
    if (text)
        return Tr::tr("a text file");
    return {};
}

} // namespace

// ---- errors -------------------------------------------------------------------------------------

WorkspaceError toWorkspaceError(const SqlError &e)
{
    switch (e.code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return error(WorkspaceError::Locked,
                     Tr::tr("The workspace is in use by another Fairstart window or program. "
                            "Close it there and try again."));
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return error(WorkspaceError::Corrupt,
                     Tr::tr("The workspace file is damaged (%1). Nothing was changed; open a "
                            "backup copy.")
                         .arg(e.message));
    case SQLITE_FULL:
        return error(WorkspaceError::Io,
                     Tr::tr("The disk is full, so the change was not saved. Free some space and "
                            "try again."));
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return error(WorkspaceError::Io,
                     Tr::tr("The workspace file could not be written or read (%1). Check that "
                            "the disk is available and writable, then try again.")
                         .arg(e.message));
    default:
        return error(WorkspaceError::Internal,
                     Tr::tr("Unexpected database error: %1. The change was not saved; please "
                            "report this.")
                         .arg(e.message));
    }
}

// ---- statements ---------------------------------------------------------------------------------

Statement::Statement(sqlite3 *db, const char *sql)
    : m_db(db)
{
    const int rc = sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        fail(db, rc);
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement &Statement::bind(int index, qint64 value)
{
    const int rc = sqlite3_bind_int64(m_stmt, index, value);
    if (rc != SQLITE_OK)
        fail(m_db, rc);
    return *this;
}

Statement &Statement::bind(int index, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    const int rc
        = sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        fail(m_db, rc);
    return *this;
}

Statement &Statement::bindBlob(int index, const QByteArray &blob)
{
    const int rc
        = sqlite3_bind_blob(m_stmt, index, blob.constData(), int(blob.size()), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        fail(m_db, rc);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    const int rc = sqlite3_bind_null(m_stmt, index);
    if (rc != SQLITE_OK)
        fail(m_db, rc);
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    fail(m_db, rc);
}

void Statement::exec()
{
    while (step()) { }
    // Ready to be bound and run again (bindings are kept until rebound).
    sqlite3_reset(m_stmt);
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

// ---- key ----------------------------------------------------------------------------------------

Key::~Key()
{
    sodium_memzero(bytes.data(), bytes.size());
}

std::optional<Key> Key::derive(const QString &passphrase, const QByteArray &salt)
{
    static_assert(SaltSize == crypto_pwhash_SALTBYTES);
    if (!sodiumReady() || salt.size() != SaltSize)
        return std::nullopt;
    QByteArray utf8 = passphrase.toUtf8();
    Key key;
    key.salt = salt;
    // Argon2id at libsodium's INTERACTIVE cost (64 MiB, 2 passes): about 0.1 s here, which
    // keeps opening under the 300 ms target while making each guess cost 64 MiB of memory.
    const int rc
        = crypto_pwhash(key.bytes.data(), key.bytes.size(), utf8.constData(), quint64(utf8.size()),
                        reinterpret_cast<const unsigned char *>(salt.constData()),
                        crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
                        crypto_pwhash_ALG_ARGON2ID13);
    sodium_memzero(utf8.data(), size_t(utf8.size()));
    if (rc != 0)
        return std::nullopt;
    return key;
}

QByteArray Key::pragmaValue(bool withSalt) const
{
    QByteArray raw(reinterpret_cast<const char *>(bytes.data()), Size);
    if (withSalt)
        raw += salt;
    QByteArray value = QByteArray("x'" + raw.toHex() + "'");
    sodium_memzero(raw.data(), size_t(raw.size()));
    return value;
}

// ---- database -----------------------------------------------------------------------------------

Database::Database(sqlite3 *db, Key key)
    : m_db(db)
    , m_key(std::move(key))
{
}

Database::~Database()
{
    sqlite3_close(m_db);
}

void Database::exec(const char *sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        SqlError e { rc, message ? QString::fromUtf8(message) : sqliteMessage(m_db) };
        sqlite3_free(message);
        throw e;
    }
}

int Database::userVersion() const
{
    Statement s(m_db, "PRAGMA user_version");
    s.step();
    return int(s.int64(0));
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

Result<std::unique_ptr<Database>> Database::create(const QString &path, const QString &passphrase,
                                                   int schemaVersion)
{
    const QFileInfo info(path);
    // exists() follows symlinks; a dangling link must not be written through either.
    if (info.exists() || info.isSymLink())
        return error(WorkspaceError::AlreadyExists,
                     Tr::tr("%1 already exists. Choose another name: a new workspace never "
                            "replaces a file.")
                         .arg(nativePath(path)));
    for (const char *suffix : { "-wal", "-journal" }) {
        if (QFileInfo::exists(path + QLatin1String(suffix)))
            return error(WorkspaceError::AlreadyExists,
                         Tr::tr("%1 exists beside the new workspace and would be mistaken for its "
                                "journal. Move it away or choose another name.")
                             .arg(nativePath(path + QLatin1String(suffix))));
    }
    if (!info.absoluteDir().exists())
        return error(WorkspaceError::Io,
                     Tr::tr("The folder %1 does not exist. Choose an existing "
                            "folder.")
                         .arg(nativePath(info.absolutePath())));
    if (passphrase.isEmpty())
        return error(WorkspaceError::Invalid,
                     Tr::tr("The passphrase is empty. Choose a passphrase to encrypt the "
                            "workspace with."));
    if (!sodiumReady())
        return error(WorkspaceError::Internal,
                     Tr::tr("The cryptography library could not start. Please report this."));

    QByteArray salt(Key::SaltSize, Qt::Uninitialized);
    randombytes_buf(salt.data(), size_t(salt.size()));
    std::optional<Key> key = Key::derive(passphrase, salt);
    if (!key)
        return error(WorkspaceError::Internal,
                     Tr::tr("Not enough memory to derive the encryption key (64 MiB are needed). "
                            "Close other programs and try again."));

    QByteArray suffix(8, Qt::Uninitialized);
    randombytes_buf(suffix.data(), size_t(suffix.size()));
    const QString temp = path + QLatin1String(".creating-") + QString::fromLatin1(suffix.toHex());
    const auto removeTemp = [&temp] {
        QFile::remove(temp);
        QFile::remove(temp + QLatin1String("-journal"));
        QFile::remove(temp + QLatin1String("-wal"));
    };

    {
        // Readable by its owner only, from the first byte: SQLite would create it with the
        // process umask (usually world-readable), and its -wal and -shm files copy the mode
        // of the main file. The content is encrypted, but who studies what is nobody's business.
        QFile placeholder(temp);
        if (!placeholder.open(QIODevice::WriteOnly | QIODevice::NewOnly)
            || !placeholder.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            const QString why = placeholder.errorString();
            removeTemp();
            return error(WorkspaceError::Io,
                         Tr::tr("Could not create a file in %1 (%2). Check that the folder is "
                                "writable.")
                             .arg(nativePath(info.absolutePath()), why));
        }
        placeholder.close();
        sqlite3 *raw = nullptr;
        const QByteArray tempUtf8 = temp.toUtf8();
        const int rc = sqlite3_open_v2(tempUtf8.constData(), &raw,
                                       SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
        Database db(raw, *key);
        if (rc != SQLITE_OK) {
            const SqlError e { rc, raw ? sqliteMessage(raw) : QString() };
            removeTemp();
            return error(WorkspaceError::Io,
                         Tr::tr("Could not create a file in %1 (%2). Check that the folder is "
                                "writable.")
                             .arg(nativePath(info.absolutePath()), e.message));
        }
        try {
            // The explicit salt makes SQLCipher use ours, so the file's plaintext salt is the
            // Argon2id salt too: no sidecar file, and a copied workspace stays openable.
            const QByteArray keyValue = key->pragmaValue(true);
            if (sqlite3_key(raw, keyValue.constData(), int(keyValue.size())) != SQLITE_OK)
                fail(raw, SQLITE_ERROR);
            db.exec(pageSizePragma().constData());
            db.exec("PRAGMA synchronous=FULL");
            db.exec("PRAGMA foreign_keys=ON");
            schema::createVersion1(db);
            schema::migrate(db, schemaVersion);
            // WAL is persistent in the file header; switching after the schema is written puts
            // page 1 (and so the salt) in the main file before anything goes to the log.
            db.exec("PRAGMA journal_mode=WAL");
        } catch (const SqlError &e) {
            removeTemp();
            return toWorkspaceError(e);
        }
    }
    if (!QFile::rename(temp, path)) {
        removeTemp();
        return error(WorkspaceError::AlreadyExists,
                     Tr::tr("%1 appeared while the workspace was being created. Choose another "
                            "name.")
                         .arg(nativePath(path)));
    }
    syncFolder(info.absolutePath()); // make the rename itself durable
    return openWithKey(path, std::move(*key), false);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const QString &passphrase,
                                                 bool migrate)
{
    const QFileInfo info(path);
    if (!info.exists())
        return error(
            WorkspaceError::Io,
            Tr::tr("There is no file at %1. Check the name and folder.").arg(nativePath(path)));
    if (info.isDir())
        return error(WorkspaceError::NotAWorkspace,
                     Tr::tr("%1 is a folder, not a Fairstart workspace. Choose a .fairstart "
                            "file.")
                         .arg(nativePath(path)));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return error(WorkspaceError::Io,
                     Tr::tr("%1 cannot be read (%2). Check its permissions.")
                         .arg(nativePath(path), file.errorString()));
    const QByteArray head = file.read(PageSize);
    const qint64 size = file.size();
    file.close();

    const QString kind = recognisedFormat(head);
    if (size == 0)
        return error(WorkspaceError::NotAWorkspace,
                     Tr::tr("%1 is empty, so it is not a Fairstart workspace. Choose another "
                            "file; this one was not changed.")
                         .arg(nativePath(path)));
    if (!kind.isEmpty())
        return error(WorkspaceError::NotAWorkspace,
                     Tr::tr("%1 is %2, not a Fairstart workspace. Choose a .fairstart file; "
                            "this one was not changed.")
                         .arg(nativePath(path), kind));
    if (size < PageSize)
        return error(WorkspaceError::NotAWorkspace,
                     Tr::tr("%1 is too small to be a Fairstart workspace. Choose a .fairstart "
                            "file; this one was not changed.")
                         .arg(nativePath(path)));
    if (size % PageSize != 0)
        return error(WorkspaceError::Corrupt,
                     Tr::tr("%1 is damaged or truncated, or not a Fairstart workspace: its size "
                            "is not a whole number of pages. It was not changed; open a backup "
                            "copy.")
                         .arg(nativePath(path)));
    if (!info.isWritable())
        return error(WorkspaceError::Io,
                     Tr::tr("%1 is read-only. Copy it to a folder where you can write, or change "
                            "its permissions, then open it again.")
                         .arg(nativePath(path)));

    std::optional<Key> key = Key::derive(passphrase, head.left(Key::SaltSize));
    if (!key)
        return error(WorkspaceError::Internal,
                     Tr::tr("Not enough memory to derive the encryption key (64 MiB are needed). "
                            "Close other programs and try again."));
    return openWithKey(path, std::move(*key), migrate);
}

Result<std::unique_ptr<Database>> Database::openWithKey(const QString &path, Key key, bool migrate)
{
    sqlite3 *raw = nullptr;
    const QByteArray pathUtf8 = path.toUtf8();
    // No SQLITE_OPEN_CREATE: a file that vanished in the meantime must not become a new one.
    const int rc = sqlite3_open_v2(pathUtf8.constData(), &raw, SQLITE_OPEN_READWRITE, nullptr);
    auto db = std::unique_ptr<Database>(new Database(raw, key));
    if (rc != SQLITE_OK)
        return error(WorkspaceError::Io,
                     Tr::tr("%1 could not be opened (%2). Check that it "
                            "exists and is readable and writable.")
                         .arg(nativePath(path), sqliteMessage(raw)));

    const QByteArray keyValue = key.pragmaValue(false);
    if (sqlite3_key(raw, keyValue.constData(), int(keyValue.size())) != SQLITE_OK)
        return error(WorkspaceError::Internal,
                     Tr::tr("The encryption key could not be set (%1). Please report this.")
                         .arg(sqliteMessage(raw)));

    int version = 0;
    try {
        // Before the first read: one process at a time, and in WAL mode the index stays in
        // memory (no -shm file beside the workspace).
        db->exec(pageSizePragma().constData());
        db->exec("PRAGMA locking_mode=EXCLUSIVE");
        // SQLCipher checks the key only when the first page is read: read right away.
        try {
            Statement probe(raw, "SELECT count(*) FROM sqlite_master");
            probe.step();
        } catch (const SqlError &e) {
            if ((e.code & 0xff) == SQLITE_NOTADB)
                return error(WorkspaceError::WrongPassphrase,
                             Tr::tr("The passphrase does not open %1. Check it (and the keyboard "
                                    "layout) and try again; the file was not changed. If you are "
                                    "sure of the passphrase, the file is damaged or not a "
                                    "workspace: open a backup copy.")
                                 .arg(nativePath(path)));
            throw;
        }
        Statement appId(raw, "PRAGMA application_id");
        appId.step();
        if (appId.int64(0) != ApplicationId)
            return error(WorkspaceError::NotAWorkspace,
                         Tr::tr("%1 is an encrypted database, but not a Fairstart workspace. "
                                "Choose a .fairstart file; this one was not changed.")
                             .arg(nativePath(path)));
        version = db->userVersion();
        if (version > Workspace::SchemaVersion)
            return error(WorkspaceError::NewerVersion,
                         Tr::tr("%1 was written by a newer Fairstart (workspace version %2; this "
                                "Fairstart reads up to version %3). Update Fairstart to open it; "
                                "the file was not changed.")
                             .arg(nativePath(path))
                             .arg(version)
                             .arg(Workspace::SchemaVersion));
        if (version < 1)
            return error(WorkspaceError::Corrupt,
                         Tr::tr("%1 is a Fairstart workspace without a schema version, so it is "
                                "damaged. It was not changed; open a backup copy.")
                             .arg(nativePath(path)));
        db->exec("PRAGMA synchronous=FULL");
        db->exec("PRAGMA foreign_keys=ON");
        // Take the exclusive lock now, so a second window is told at once, not at its first save.
        db->exec("BEGIN EXCLUSIVE");
        db->exec("COMMIT");
        if (migrate && version < Workspace::SchemaVersion)
            schema::migrate(*db, Workspace::SchemaVersion);
    } catch (const SqlError &e) {
        return toWorkspaceError(e);
    }
    return db;
}

bool Database::matches(const QString &passphrase) const
{
    const std::optional<Key> candidate = Key::derive(passphrase, m_key.salt);
    return candidate && sodium_memcmp(candidate->bytes.data(), m_key.bytes.data(), Key::Size) == 0;
}

Result<void> Database::rekey(const QString &newPassphrase)
{
    std::optional<Key> key = Key::derive(newPassphrase, m_key.salt);
    if (!key)
        return error(WorkspaceError::Internal,
                     Tr::tr("Not enough memory to derive the encryption key (64 MiB are needed). "
                            "Close other programs and try again."));
    try {
        // SQLCipher 3 re-encrypts page by page in one rollback-journal transaction; leave WAL
        // for it so a crash during rekey rolls back to the old key.
        exec("PRAGMA wal_checkpoint(TRUNCATE)");
        exec("PRAGMA journal_mode=DELETE");
        const QByteArray value = key->pragmaValue(false);
        if (sqlite3_rekey(m_db, value.constData(), int(value.size())) != SQLITE_OK)
            fail(m_db, sqlite3_errcode(m_db));
        m_key = std::move(*key);
        exec("PRAGMA journal_mode=WAL");
        Statement probe(m_db, "SELECT count(*) FROM sqlite_master");
        probe.step();
    } catch (const SqlError &e) {
        return toWorkspaceError(e);
    }
    return {};
}

// ---- transactions -------------------------------------------------------------------------------

Transaction::Transaction(Database &db)
    : m_db(db)
{
    m_db.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (!m_done)
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit()
{
    m_db.exec("COMMIT");
    m_done = true;
}

} // namespace fairstart::workspace

// SPDX-License-Identifier: GPL-3.0-or-later
// SiteStore on SQLCipher: one encrypted file, one connection behind a mutex.
#include "fairstart/node/store.h"
#include "fairstart/node/policy.h"
#include "fairstart/node/tr.h"
#include "fairstart/protocol/codec.h"
#include "store_p.h"

#include "release/differencing.h"
#include "release/ledgercarry.h"

#ifndef SQLITE_HAS_CODEC
#define SQLITE_HAS_CODEC 1
#endif
#include <sodium.h>
#include <sqlite3.h>

#include <algorithm>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <bit>
#include <cmath>
#include <condition_variable>
#include <cstring>
#include <iterator>
#include <limits>
#include <map>
#include <mutex>
#include <optional>
#include <string>

static_assert(std::endian::native == std::endian::little,
              "column blobs are stored in little-endian byte order");

namespace fairstart::node {

namespace {

constexpr int kSchemaVersion = 1;
// SQLCipher 3's default PBKDF2 count (64000) is too low for a file that may be copied away.
constexpr int kKdfIterations = 256000;
constexpr int kMinPassphraseLength = 8;
const char kTokenPrefix[] = "fst_";

using detail::blake2b256;
using detail::nowUtcIso;
using detail::randomBytes;

NodeError internalError(sqlite3 *db, const QString &what)
{
    return nodeError(NodeErrorCode::Internal,
                     Tr::tr("The site store failed while %1 (%2). Check that the disk is not full "
                            "and the data dir is writable; if it persists, restore a backup.")
                         .arg(what, QString::fromUtf8(db ? sqlite3_errmsg(db) : "no connection")));
}

// One SQLCipher connection and the prepared statements kept for it, to be used again (issue 16,
// ten concurrent fits: preparing the audit chain's, the token check's and the daily counters' SQL
// anew cost ~6 % of a node's CPU in a fit served from its memos). The statements live and die with
// the connection: the destructor finalises them before it closes the connection, and changing the
// key or the journal mode drops them first (dropStatements). A statement is taken out while in
// use, so a second user of the same SQL at the same time (nested, or another thread) prepares its
// own; it is put back reset and without bindings. Converts to the sqlite3 handle for the C API.
class Connection {
public:
    explicit Connection(sqlite3 *db)
        : m_db(db)
    {
    }
    ~Connection()
    {
        dropStatements();
        sqlite3_close_v2(m_db);
    }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    operator sqlite3 *() const { return m_db; }

    sqlite3_stmt *take(const char *sql) const
    {
        std::lock_guard lock(m_mutex);
        const auto it = m_statements.find(sql);
        if (it == m_statements.end())
            return nullptr;
        sqlite3_stmt *stmt = it->second;
        m_statements.erase(it);
        return stmt;
    }

    // Keeps `stmt` (already reset) for the next user, or finalises it when one is kept already
    // or the connection has its share.
    void give(const char *sql, sqlite3_stmt *stmt) const
    {
        {
            std::lock_guard lock(m_mutex);
            if (m_statements.size() < kKept && m_statements.emplace(sql, stmt).second)
                return;
        }
        sqlite3_finalize(stmt);
    }

    // Finalises the kept statements (none may be in use: the caller holds the store's mutex or
    // is its destructor).
    void dropStatements()
    {
        std::map<std::string, sqlite3_stmt *> dropped;
        {
            std::lock_guard lock(m_mutex);
            dropped.swap(m_statements);
        }
        for (const auto &[sql, stmt] : dropped)
            sqlite3_finalize(stmt);
    }

    // At most this many statements kept at once (the store's SQL is ~50 fixed texts; a few are
    // built at run time).
    static constexpr std::size_t kKept = 128;

private:
    sqlite3 *m_db = nullptr;
    mutable std::mutex m_mutex;
    mutable std::map<std::string, sqlite3_stmt *> m_statements;
};

// A prepared statement, taken from the connection's cache when it has one for this SQL, given
// back (reset) when it goes out of scope.
class Statement {
public:
    Statement(const Connection &db, const char *sql)
        : m_db(db)
        , m_sql(sql)
    {
        m_stmt = db.take(sql);
        m_rc = m_stmt ? SQLITE_OK : sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr);
    }
    ~Statement()
    {
        if (!m_stmt)
            return;
        if (m_rc != SQLITE_OK) {
            sqlite3_finalize(m_stmt);
            return;
        }
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        m_db.give(m_sql, m_stmt);
    }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool prepared() const { return m_rc == SQLITE_OK; }
    int prepareCode() const { return m_rc; }

    void bind(int i, const QString &text)
    {
        const QByteArray utf8 = text.toUtf8();
        sqlite3_bind_text(m_stmt, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    void bind(int i, qint64 value) { sqlite3_bind_int64(m_stmt, i, value); }
    void bindBlob(int i, const void *data, qint64 size)
    {
        sqlite3_bind_blob64(m_stmt, i, data ? data : "", sqlite3_uint64(size), SQLITE_TRANSIENT);
    }
    void bindBlob(int i, const QByteArray &data) { bindBlob(i, data.constData(), data.size()); }
    void bindNull(int i) { sqlite3_bind_null(m_stmt, i); }

    int step() { return sqlite3_step(m_stmt); }
    void reset()
    {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }

    QString text(int i) const
    {
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, i));
        return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, i)) : QString();
    }
    bool isNull(int i) const { return sqlite3_column_type(m_stmt, i) == SQLITE_NULL; }
    qint64 int64(int i) const { return sqlite3_column_int64(m_stmt, i); }
    QByteArray blob(int i) const
    {
        const void *p = sqlite3_column_blob(m_stmt, i);
        return QByteArray(static_cast<const char *>(p), sqlite3_column_bytes(m_stmt, i));
    }
    const void *blobData(int i) const { return sqlite3_column_blob(m_stmt, i); }
    int blobSize(int i) const { return sqlite3_column_bytes(m_stmt, i); }

private:
    const Connection &m_db;
    const char *m_sql = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    int m_rc = SQLITE_ERROR;
};

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseIsoUtc(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t.toUTC();
}

const char *kSchemaSql = R"SQL(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE secrets(key TEXT PRIMARY KEY, value BLOB NOT NULL);
CREATE TABLE datasets(name TEXT PRIMARY KEY, generation INTEGER NOT NULL, rows INTEGER NOT NULL,
                      imported_at TEXT NOT NULL, info TEXT NOT NULL);
CREATE TABLE columns(dataset TEXT NOT NULL, position INTEGER NOT NULL, name TEXT NOT NULL,
                     data BLOB NOT NULL, PRIMARY KEY(dataset, position));
CREATE TABLE record_ids(dataset TEXT PRIMARY KEY, data BLOB NOT NULL);
CREATE TABLE tokens(id TEXT PRIMARY KEY, user TEXT NOT NULL, purposes TEXT NOT NULL,
                    secret_hash BLOB NOT NULL, created_at TEXT NOT NULL, expires_at TEXT,
                    revoked_at TEXT);
CREATE TABLE audit(seq INTEGER PRIMARY KEY, entry TEXT NOT NULL, prev_hash BLOB NOT NULL,
                   hash BLOB NOT NULL);
CREATE TABLE cohorts(id INTEGER PRIMARY KEY AUTOINCREMENT, user TEXT NOT NULL,
                     dataset TEXT NOT NULL, created_at TEXT NOT NULL, digest BLOB NOT NULL,
                     ids BLOB NOT NULL);
CREATE INDEX cohorts_user_dataset ON cohorts(user, dataset);
CREATE TABLE daily_jobs(user TEXT NOT NULL, day TEXT NOT NULL, count INTEGER NOT NULL,
                        PRIMARY KEY(user, day));
)SQL";

// Tables added after schema 1 was released: created when missing, so older stores open as
// before (no schema version change; every statement is idempotent).
const char *kAddedTablesSql = R"SQL(
CREATE TABLE IF NOT EXISTS final_betas(id INTEGER PRIMARY KEY AUTOINCREMENT, user TEXT NOT NULL,
                                       dataset TEXT NOT NULL, purpose TEXT NOT NULL,
                                       design_hash TEXT NOT NULL, beta BLOB NOT NULL,
                                       ended_at TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS final_betas_user ON final_betas(user, dataset, design_hash);
CREATE TABLE IF NOT EXISTS studies(id INTEGER PRIMARY KEY AUTOINCREMENT, study TEXT NOT NULL,
                                   job_id TEXT NOT NULL, user TEXT NOT NULL,
                                   dataset TEXT NOT NULL, purpose TEXT NOT NULL,
                                   design_hash TEXT NOT NULL, manifest BLOB NOT NULL,
                                   final_beta BLOB NOT NULL, converged_at TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS studies_user ON studies(user, study);
CREATE TABLE IF NOT EXISTS participant_sets(dataset TEXT NOT NULL, purpose TEXT NOT NULL,
                                            participants TEXT NOT NULL, first_at TEXT NOT NULL,
                                            PRIMARY KEY(dataset, purpose, participants));
CREATE TABLE IF NOT EXISTS peers(name TEXT PRIMARY KEY, ed25519 TEXT NOT NULL UNIQUE,
                                 x25519 TEXT NOT NULL UNIQUE, note TEXT NOT NULL,
                                 added_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS validation_models(name TEXT PRIMARY KEY, hash TEXT NOT NULL UNIQUE,
                                             design BLOB NOT NULL, beta BLOB NOT NULL,
                                             note TEXT NOT NULL, added_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS differencing(dataset TEXT NOT NULL, generation INTEGER NOT NULL,
                                        updated_at TEXT NOT NULL, state BLOB NOT NULL,
                                        PRIMARY KEY(dataset, generation));
CREATE TABLE IF NOT EXISTS ledger_charges(dataset TEXT NOT NULL, generation INTEGER NOT NULL,
                                          user TEXT NOT NULL, atoms INTEGER NOT NULL,
                                          PRIMARY KEY(dataset, generation, user));
)SQL";

class SqlCipherStore final : public SiteStore {
public:
    SqlCipherStore(sqlite3 *db, QString dataDir)
        : m_db(db)
        , m_dataDir(std::move(dataDir))
    {
    }

    NodeResult<void> initialise(const QString &nodeName)
    {
        if (!exec(kSchemaSql) || !exec(kAddedTablesSql))
            return internalError(m_db, QStringLiteral("creating its tables"));
        if (!setMeta(QStringLiteral("node_name"), nodeName)
            || !setMeta(QStringLiteral("created_at"), nowUtcIso())
            || !setMeta(QStringLiteral("next_generation"), QStringLiteral("1"))
            || !setMeta(QStringLiteral("audit_head_seq"), QStringLiteral("0"))
            || !setMeta(QStringLiteral("audit_head_hash"),
                        QString::fromLatin1(QByteArray(32, '\0').toHex()))
            || !exec(QByteArray("PRAGMA user_version = ") + QByteArray::number(kSchemaVersion)))
            return internalError(m_db, QStringLiteral("writing its settings"));
        m_nodeName = nodeName;
        return {};
    }

    NodeResult<void> check()
    {
        Statement version(m_db, "PRAGMA user_version");
        if (!version.prepared() || version.step() != SQLITE_ROW)
            return internalError(m_db, QStringLiteral("reading its version"));
        const qint64 v = version.int64(0);
        if (v != kSchemaVersion) {
            return nodeError(NodeErrorCode::Corrupt,
                             v > kSchemaVersion
                                 ? Tr::tr("The site store was written by a newer fairstart-node "
                                          "(schema %1). Install that version or newer.")
                                       .arg(v)
                                 : Tr::tr("The site store has an unknown schema version (%1). "
                                          "Restore a backup or create a new data dir.")
                                       .arg(v));
        }
        if (!exec(kAddedTablesSql))
            return internalError(m_db, QStringLiteral("creating its tables"));
        m_nodeName = meta(QStringLiteral("node_name"));
        return {};
    }

    // Write-ahead logging, synchronous: a commit appends its pages to the WAL and fsyncs it once
    // (the rollback journal needs several fsyncs per commit: journal, database, journal header),
    // and it stays as durable: a committed audit entry survives a power loss. The mode is kept
    // in the file; a store another process holds in rollback mode keeps that mode.
    void useWriteAheadLog()
    {
        setJournalMode("wal");
        setSynchronous(true);
    }

    // Whether the store now uses `mode` ("wal", "delete"): SQLite answers with the mode it has.
    bool setJournalMode(const char *mode)
    {
        m_db.dropStatements();
        const QByteArray sql = QByteArray("PRAGMA journal_mode=") + mode;
        Statement s(m_db, sql.constData());
        return s.step() == SQLITE_ROW && s.text(0) == QLatin1String(mode);
    }

    QString nodeName() const override { return m_nodeName; }
    QString dataDir() const override { return m_dataDir; }
    void interrupt() const override { sqlite3_interrupt(m_db); }

    // Only in WAL mode: there a commit without an fsync is ordered before every later commit in
    // the one log file. A rollback journal (a store another process held in that mode when this
    // one opened it) keeps an fsync at every commit.
    void syncWritesWithAudit()
    {
        std::lock_guard lock(m_mutex);
        Statement mode(m_db, "PRAGMA journal_mode");
        m_syncWithAudit = mode.step() == SQLITE_ROW && mode.text(0) == QLatin1String("wal");
    }

    // A request's write before its audit entry (syncWritesWithAudit): committed without an fsync
    // of its own while this lives, when the store serves. Made with m_mutex held and outside a
    // transaction (SQLite changes the level only between transactions); every local Statement of
    // the write is declared after it, so the transaction has ended when the level is restored.
    // An audit batch sets FULL itself before it begins, whatever this left (writeAuditBatch).
    class SyncedByAudit {
    public:
        explicit SyncedByAudit(const SqlCipherStore &store)
            : m_store(store)
        {
            if (m_store.m_syncWithAudit && m_store.setSynchronous(false))
                m_relaxed = true;
        }
        ~SyncedByAudit()
        {
            if (m_relaxed)
                m_store.setSynchronous(true);
        }
        SyncedByAudit(const SyncedByAudit &) = delete;
        SyncedByAudit &operator=(const SyncedByAudit &) = delete;

    private:
        const SqlCipherStore &m_store;
        bool m_relaxed = false;
    };

    // PRAGMA synchronous: FULL (every commit fsyncs the write-ahead log) or NORMAL (a commit
    // does not; the next FULL one or a checkpoint does). Whether the store is now at FULL is kept
    // in m_synchronousFull, which only a successful FULL sets. Never through the statement cache:
    // SQLite applies this pragma when it prepares it, so a kept statement would do nothing.
    bool setSynchronous(bool full) const
    {
        const bool done = exec(full ? "PRAGMA synchronous=FULL" : "PRAGMA synchronous=NORMAL");
        m_synchronousFull = full && done;
        return done;
    }

    // SQLCipher's rekey (what PRAGMA rekey runs): every page rewritten under the new key in one
    // transaction. SQLCipher 3 does not report a failed rekey, and after one this connection's
    // keys disagree, so the caller closes the store and checks by opening the file again.
    NodeResult<void> rekey(const QString &passphrase)
    {
        std::lock_guard lock(m_mutex);
        m_db.dropStatements();
        const QByteArray key = passphrase.toUtf8();
        // SQLCipher 3 rewrites the pages in a rollback-journal transaction, not in WAL mode;
        // the mode cannot change while another connection reads the store.
        if (!setJournalMode("delete"))
            return nodeError(NodeErrorCode::Internal,
                             Tr::tr("The passphrase could not be changed; the current "
                                    "passphrase still opens the site store. Check that no other "
                                    "program uses the data dir and that the disk is not full, "
                                    "then try again."));
        m_db.dropStatements();
        if (sqlite3_rekey(m_db, key.constData(), int(key.size())) != SQLITE_OK)
            return internalError(m_db, QStringLiteral("changing its passphrase"));
        return {};
    }

    NodeResult<QByteArray> secret(const QString &key) const override
    {
        std::lock_guard lock(m_mutex);
        Statement s(m_db, "SELECT value FROM secrets WHERE key = ?");
        s.bind(1, key);
        const int rc = s.step();
        if (rc == SQLITE_ROW)
            return s.blob(0);
        if (rc == SQLITE_DONE)
            return nodeError(NodeErrorCode::NotFound,
                             Tr::tr("The site store holds no key '%1'. Run 'fairstart-node init' "
                                    "on a new data dir.")
                                 .arg(key));
        return internalError(m_db, QStringLiteral("reading a key"));
    }

    NodeResult<void> setSecret(const QString &key, const QByteArray &value) override
    {
        std::lock_guard lock(m_mutex);
        Statement s(m_db, "INSERT OR REPLACE INTO secrets(key, value) VALUES(?, ?)");
        s.bind(1, key);
        s.bindBlob(2, value);
        if (s.step() != SQLITE_DONE)
            return internalError(m_db, QStringLiteral("writing a key"));
        return {};
    }

    NodeResult<std::vector<DatasetInfo>> datasets() const override
    {
        std::lock_guard lock(m_mutex);
        // A removed dataset's records (removedName) are never listed.
        Statement s(m_db,
                    "SELECT info, generation, rows, imported_at FROM datasets "
                    "WHERE substr(name, 1, 1) <> char(31) ORDER BY name");
        std::vector<DatasetInfo> out;
        int rc;
        while ((rc = s.step()) == SQLITE_ROW)
            out.push_back(infoFromRow(s));
        if (rc != SQLITE_DONE)
            return internalError(m_db, QStringLiteral("listing datasets"));
        return out;
    }

    NodeResult<DatasetInfo> datasetInfo(const QString &name) const override
    {
        if (isRemovedName(name))
            return unknownDataset(name);
        std::lock_guard lock(m_mutex);
        return datasetInfoLocked(name);
    }

    NodeResult<qint64> generation(const QString &name) const override
    {
        if (isRemovedName(name))
            return unknownDataset(name);
        std::lock_guard lock(m_mutex);
        Statement s(m_db, "SELECT generation FROM datasets WHERE name = ?");
        s.bind(1, name);
        const int rc = s.step();
        if (rc == SQLITE_ROW)
            return s.int64(0);
        if (rc == SQLITE_DONE)
            return unknownDataset(name);
        return internalError(m_db, QStringLiteral("reading a dataset"));
    }

    NodeResult<LoadedDataset> loadTable(const QString &name) const override
    {
        if (isRemovedName(name))
            return unknownDataset(name);
        std::lock_guard lock(m_mutex);
        return loadTableLocked(name);
    }

    NodeResult<LoadedDataset> loadTableLocked(const QString &name) const
    {
        // The pages read (the columns' overflow pages) would stay in SQLite's page cache (up to
        // ~2 MB) although the table is in memory: give them back once the statements below are
        // finalised (issue 16: a node at rest keeps its designs, not pages of a table read once).
        struct ReleasePages {
            sqlite3 *db;
            ~ReleasePages() { sqlite3_db_release_memory(db); }
        } releasePages { m_db };
        auto info = datasetInfoLocked(name);
        if (!info)
            return info.error();
        LoadedDataset loaded;
        loaded.info = std::move(info.value());
        const auto rows = std::size_t(loaded.info.rows);

        Statement s(m_db, "SELECT name, data FROM columns WHERE dataset = ? ORDER BY position");
        s.bind(1, name);
        int rc;
        while ((rc = s.step()) == SQLITE_ROW) {
            const QString column = s.text(0);
            const VariableInfo *variable = loaded.info.variable(column);
            const auto *data = static_cast<const char *>(s.blobData(1));
            const auto size = std::size_t(s.blobSize(1));
            if (!variable)
                return corrupt(name);
            if (variable->kind == VariableKind::Categorical
                && variable->role == VariableRole::Variable) {
                if (size != rows * sizeof(std::int32_t))
                    return corrupt(name);
                std::vector<std::int32_t> codes(rows);
                if (rows)
                    std::memcpy(codes.data(), data, size);
                std::vector<std::string> levels;
                levels.reserve(std::size_t(variable->levels.size()));
                for (const QString &level : variable->levels)
                    levels.push_back(level.toStdString());
                auto added = loaded.table.addCategorical(column.toStdString(), std::move(codes),
                                                         std::move(levels));
                if (!added)
                    return corrupt(name);
            } else {
                if (size != rows * sizeof(double))
                    return corrupt(name);
                std::vector<double> values(rows);
                if (rows)
                    std::memcpy(values.data(), data, size);
                auto added = loaded.table.addNumeric(column.toStdString(), std::move(values));
                if (!added)
                    return corrupt(name);
            }
        }
        if (rc != SQLITE_DONE)
            return internalError(m_db, QStringLiteral("loading a dataset"));

        Statement ids(m_db, "SELECT data FROM record_ids WHERE dataset = ?");
        ids.bind(1, name);
        if (ids.step() != SQLITE_ROW || std::size_t(ids.blobSize(0)) != rows * 8)
            return corrupt(name);
        loaded.recordIds.resize(rows);
        if (rows)
            std::memcpy(loaded.recordIds.data(), ids.blobData(0), rows * 8);
        return loaded;
    }

    NodeResult<ImportSummary> storeDataset(const DatasetInfo &infoIn,
                                           const analysis::DataTable &table,
                                           const std::vector<std::int64_t> &recordIds) override
    {
        if (recordIds.size() != table.rows() || qint64(table.rows()) != infoIn.rows)
            return nodeError(NodeErrorCode::InvalidInput,
                             Tr::tr("The dataset's record ids, rows and columns do not agree."));
        std::lock_guard lock(m_mutex);
        if (!exec("BEGIN IMMEDIATE"))
            return internalError(m_db, QStringLiteral("starting an import"));
        auto result = storeDatasetLocked(infoIn, table, recordIds);
        if (!result) {
            exec("ROLLBACK");
            return result;
        }
        if (!exec("COMMIT")) {
            exec("ROLLBACK");
            return internalError(m_db, QStringLiteral("committing an import"));
        }
        return result;
    }

    NodeResult<void> dropDataset(const QString &name) override
    {
        if (isRemovedName(name))
            return unknownDataset(name);
        std::lock_guard lock(m_mutex);
        if (!datasetExists(name))
            return unknownDataset(name);
        if (!exec("BEGIN IMMEDIATE"))
            return internalError(m_db, QStringLiteral("removing a dataset"));
        if (!retireDataset(name) || !exec("COMMIT")) {
            exec("ROLLBACK");
            return internalError(m_db, QStringLiteral("removing a dataset"));
        }
        return {};
    }

    NodeResult<qint64> forgetDataset(const QString &name) override
    {
        if (isRemovedName(name))
            return unknownDataset(name);
        std::lock_guard lock(m_mutex);
        // What is stored of it: the listed dataset, its removed copy, the old versions its
        // re-imports kept (removedName, U+001F, generation).
        std::vector<QString> stored;
        {
            Statement s(m_db,
                        "SELECT name FROM datasets WHERE name = ? OR name = ? OR "
                        "substr(name, 1, ?) = ? ORDER BY name");
            const QString kept = removedName(name) + QStringLiteral("\x1f");
            s.bind(1, name);
            s.bind(2, removedName(name));
            s.bind(3, qint64(kept.size()));
            s.bind(4, kept);
            int rc;
            while ((rc = s.step()) == SQLITE_ROW)
                stored.push_back(s.text(0));
            if (rc != SQLITE_DONE)
                return internalError(m_db, QStringLiteral("forgetting a dataset"));
        }
        if (stored.empty())
            return unknownDataset(name);
        if (!exec("BEGIN IMMEDIATE"))
            return internalError(m_db, QStringLiteral("forgetting a dataset"));
        auto done = forgetDatasetLocked(name, stored);
        if (!done) {
            exec("ROLLBACK");
            return done;
        }
        if (!exec("COMMIT")) {
            exec("ROLLBACK");
            return internalError(m_db, QStringLiteral("forgetting a dataset"));
        }
        // The deleted pages back to the file system (outside the transaction).
        if (!exec("VACUUM"))
            return internalError(m_db, QStringLiteral("freeing the forgotten dataset's space"));
        return done;
    }

    NodeResult<CreatedToken> createToken(const QString &user, const QStringList &purposes,
                                         int expiresDays) override
    {
        if (!detail::isValidUserName(user))
            return nodeError(NodeErrorCode::InvalidInput,
                             Tr::tr("'%1' is not a valid user name. Use 1 to 64 letters, digits "
                                    "or . _ @ -.")
                                 .arg(user));
        if (purposes.isEmpty())
            return nodeError(
                NodeErrorCode::InvalidInput,
                Tr::tr("A token needs at least one purpose, e.g. --purpose research."));
        for (const QString &p : purposes) {
            if (!detail::isValidPurpose(p))
                return nodeError(NodeErrorCode::InvalidInput,
                                 Tr::tr("'%1' is not a valid purpose. Use 1 to 32 lower-case "
                                        "letters, digits, '_' or '-', starting with a letter.")
                                     .arg(p));
        }
        if (expiresDays > 3650)
            return nodeError(NodeErrorCode::InvalidInput,
                             Tr::tr("A token may live at most 3650 days; give a smaller "
                                    "--expires-days."));
        QStringList sorted = purposes;
        sorted.sort();
        sorted.removeDuplicates();

        CreatedToken created;
        created.info.id = QString::fromLatin1(randomBytes(6).toHex());
        const QByteArray secret = randomBytes(32).toBase64(QByteArray::Base64UrlEncoding
                                                           | QByteArray::OmitTrailingEquals);
        created.token = QString::fromLatin1(kTokenPrefix) + created.info.id + QLatin1Char('_')
            + QString::fromLatin1(secret);
        created.info.user = user;
        created.info.purposes = sorted;
        created.info.createdAt = QDateTime::currentDateTimeUtc();
        if (expiresDays > 0)
            created.info.expiresAt = created.info.createdAt.addDays(expiresDays);

        std::lock_guard lock(m_mutex);
        Statement s(m_db,
                    "INSERT INTO tokens(id, user, purposes, secret_hash, created_at, "
                    "expires_at) VALUES(?, ?, ?, ?, ?, ?)");
        s.bind(1, created.info.id);
        s.bind(2, user);
        s.bind(3, sorted.join(QLatin1Char(',')));
        s.bindBlob(4, blake2b256(secret));
        s.bind(5, isoUtc(created.info.createdAt));
        if (created.info.expiresAt.isValid())
            s.bind(6, isoUtc(created.info.expiresAt));
        else
            s.bindNull(6);
        if (s.step() != SQLITE_DONE)
            return internalError(m_db, QStringLiteral("storing a token"));
        return created;
    }

    std::optional<TokenInfo> verifyToken(const QString &plaintext) const override
    {
        // fst_<12 hex>_<43 base64url>
        static const QRegularExpression format(
            QStringLiteral("^fst_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$"));
        const auto match = format.match(plaintext);
        const QByteArray secret = match.hasMatch() ? match.captured(2).toLatin1() : QByteArray();
        const QByteArray presented = blake2b256(secret);
        if (!match.hasMatch())
            return std::nullopt;

        std::lock_guard lock(m_mutex);
        Statement s(m_db,
                    "SELECT id, user, purposes, secret_hash, created_at, expires_at, "
                    "revoked_at FROM tokens WHERE id = ?");
        s.bind(1, match.captured(1));
        if (s.step() != SQLITE_ROW)
            return std::nullopt;
        const QByteArray stored = s.blob(3);
        if (stored.size() != presented.size()
            || sodium_memcmp(stored.constData(), presented.constData(), std::size_t(stored.size()))
                != 0)
            return std::nullopt;
        return tokenFromRow(s);
    }

    NodeResult<std::vector<TokenInfo>> listTokens() const override
    {
        std::lock_guard lock(m_mutex);
        Statement s(m_db,
                    "SELECT id, user, purposes, secret_hash, created_at, expires_at, "
                    "revoked_at FROM tokens ORDER BY created_at, id");
        std::vector<TokenInfo> out;
        int rc;
        while ((rc = s.step()) == SQLITE_ROW)
            out.push_back(tokenFromRow(s));
        if (rc != SQLITE_DONE)
            return internalError(m_db, QStringLiteral("listing tokens"));
        return out;
    }

    NodeResult<TokenRevocation> revokeToken(const QString &id) override
    {
        std::lock_guard lock(m_mutex);
        Statement s(m_db, "UPDATE tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL");
        s.bind(1, nowUtcIso());
        s.bind(2, id);
        if (s.step() != SQLITE_DONE)
            return internalError(m_db, QStringLiteral("revoking a token"));
        if (sqlite3_changes(m_db) == 0) {
            Statement e(m_db, "SELECT 1 FROM tokens WHERE id = ?");
            e.bind(1, id);
            if (e.step() == SQLITE_ROW)
                return TokenRevocation::AlreadyRevoked;
            return nodeError(NodeErrorCode::NotFound,
                             Tr::tr("There is no token with id '%1'. 'fairstart-node token list' "
                                    "shows the ids.")
                                 .arg(id));
        }
        return TokenRevocation::Revoked;
    }

    // Group commit: every request's entry must be committed (fsynced) before its answer leaves
    // the node, and a commit costs an fsync (~6 ms on this disk, more under load). Requests that
    // arrive while one commit runs queue their entries; the next writer commits them all in one
    // transaction, one fsync, and each caller returns only when its own entry is committed. Each
    // entry has its own savepoint, so one that cannot be written fails alone.
    NodeResult<qint64> appendAudit(const QJsonObject &entryIn) override
    {
        return appendAuditWithRequest(entryIn, QByteArray());
    }

    NodeResult<qint64> appendAuditWithRequest(const QJsonObject &entryIn,
                                              const QByteArray &requestJson) override
    {
        PendingAudit mine { entryIn, requestJson, std::nullopt };
        return commitInGroup(mine);
    }

    // A request batch's entries: one member of the group commit, written in one savepoint (all
    // or none), so one fsync for all of them and for the requests committed with them.
    NodeResult<qint64> appendAuditEntries(const std::vector<AuditRecord> &records) override
    {
        if (records.empty())
            return nodeError(NodeErrorCode::Internal,
                             Tr::tr("An empty list of audit entries was given; nothing was "
                                    "written. Tell the developers."));
        PendingAudit mine { QJsonObject(), QByteArray(), std::nullopt };
        mine.records = &records;
        return commitInGroup(mine);
    }

    NodeResult<AuditVerification> verifyAudit() const override
    {
        std::lock_guard lock(m_mutex);
        AuditVerification v;
        // A running server may append while this reads (another process, another connection):
        // the head is read before and after the entries, so that entries appended meanwhile are
        // not taken for a tampered log. Each entry and its head are written in one transaction,
        // and read in one statement (readAuditHead).
        const AuditHead before = readAuditHead();
        const qint64 headBefore = before.seq;
        const QByteArray &headHashBefore = before.hash;
        QByteArray hashAtHeadBefore(32, '\0');
        Statement s(m_db, "SELECT seq, entry, prev_hash, hash FROM audit ORDER BY seq");
        QByteArray previous(32, '\0');
        qint64 expected = 1;
        auto fail = [&v](qint64 seq, const QString &problem) {
            v.ok = false;
            v.firstBadSeq = seq;
            v.problem = problem;
            return v;
        };
        int rc;
        while ((rc = s.step()) == SQLITE_ROW) {
            const qint64 seq = s.int64(0);
            const QByteArray text = s.blob(1);
            if (seq != expected)
                return fail(
                    expected,
                    Tr::tr("entry %1 is missing (the next entry is %2)").arg(expected).arg(seq));
            const QJsonObject entry = QJsonDocument::fromJson(text).object();
            if (entry.value(QStringLiteral("seq")).toInteger(-1) != seq)
                return fail(seq,
                            Tr::tr("entry %1 is out of order or changed (it carries "
                                   "sequence number %2)")
                                .arg(seq)
                                .arg(entry.value(QStringLiteral("seq")).toInteger(-1)));
            if (s.blob(2) != previous)
                return fail(seq,
                            Tr::tr("entry %1 does not follow entry %2: an entry was "
                                   "removed, changed or reordered")
                                .arg(seq)
                                .arg(seq - 1));
            const QByteArray hash = blake2b256(previous + text);
            if (hash != s.blob(3))
                return fail(seq, Tr::tr("entry %1 was changed after it was written").arg(seq));
            previous = hash;
            if (seq == headBefore)
                hashAtHeadBefore = hash;
            ++expected;
            ++v.entries;
        }
        if (rc != SQLITE_DONE)
            return internalError(m_db, QStringLiteral("reading the audit log"));
        const AuditHead after = readAuditHead();
        const qint64 headAfter = after.seq;
        const QByteArray &headHashAfter = after.hash;
        if (v.entries < headBefore)
            return fail(v.entries + 1,
                        Tr::tr("the log ends at entry %1 but %2 entries were written: the last "
                               "entries were removed")
                            .arg(v.entries)
                            .arg(headBefore));
        if (v.entries > headAfter)
            return fail(headAfter + 1,
                        Tr::tr("entry %1 is beyond the recorded head of the chain (%2): it was "
                               "added outside fairstart-node")
                            .arg(headAfter + 1)
                            .arg(headAfter));
        if (hashAtHeadBefore != headHashBefore
            || (v.entries == headAfter && previous != headHashAfter))
            return fail(v.entries,
                        Tr::tr("the last entry (%1) does not match the recorded head "
                               "of the chain")
                            .arg(v.entries));
        return v;
    }

    NodeResult<std::vector<AuditEntry>> auditEntries(qint64 fromSeq, int count) const override
    {
        std::lock_guard lock(m_mutex);
        Statement s(m_db,
                    "SELECT seq, entry, prev_hash, hash FROM audit WHERE seq >= ? "
                    "ORDER BY seq LIMIT ?");
        s.bind(1, fromSeq);
        s.bind(2, qint64(count));
        std::vector<AuditEntry> out;
        int rc;
        while ((rc = s.step()) == SQLITE_ROW) {
            AuditEntry e;
            e.seq = s.int64(0);
            e.entry = QJsonDocument::fromJson(s.blob(1)).object();
            e.time = parseIsoUtc(e.entry.value(QStringLiteral("time")).toString());
            e.previousHash = s.blob(2);
            e.hash = s.blob(3);
            out.push_back(std::move(e));
        }
        if (rc != SQLITE_DONE)
            return internalError(m_db, QStringLiteral("reading the audit log"));
        return out;
    }

    NodeResult<qint64> auditCount() const override
    {
        std::lock_guard lock(m_mutex);
        Statement s(m_db, "SELECT count(*) FROM audit");
        if (s.step() != SQLITE_ROW)
            return internalError(m_db, QStringLiteral("reading the audit log"));
        return s.int64(0);
    }

    NodeResult<std::optional<QByteArray>> differencingState(const QString &dataset,
                                                            qint64 generation) const override
    {
        std::lock_guard lock(m_mutex);
        Statement s(m_db, "SELECT state FROM differencing WHERE dataset = ? AND generation = ?");
        s.bind(1, dataset);
        s.bind(2, generation);
        const int rc = s.step();
        if (rc == SQLITE_ROW)
            return std::optional<QByteArray>(s.blob(0));
        if (rc == SQLITE_DONE)
            return std::optional<QByteArray>();
        return internalError(m_db, QStringLiteral("reading the differencing ledger"));
    }

    NodeResult<void> setDifferencingState(const QString &dataset, qint64 generation,
                                          const QByteArray &state) override
    {
        return writeDifferencingState(dataset, generation, state, nullptr);
    }

    NodeResult<void> setDifferencingStateCharged(const QString &key, qint64 generation,
                                                 const QByteArray &state,
                                                 const LedgerCharge &charge) override
    {
        return writeDifferencingState(key, generation, state, &charge);
    }

    // A ledger's state under `key` and, with `charge`, the user's charge in the same transaction:
    // an atom is never recorded uncharged.
    NodeResult<void> writeDifferencingState(const QString &key, qint64 generation,
                                            const QByteArray &state, const LedgerCharge *charge)
    {
        std::lock_guard lock(m_mutex);
        const SyncedByAudit synced(*this);
        if (!exec("BEGIN IMMEDIATE"))
            return internalError(m_db, QStringLiteral("writing the differencing ledger"));
        Statement put(m_db,
                      "INSERT OR REPLACE INTO differencing(dataset, generation, updated_at, "
                      "state) VALUES(?, ?, ?, ?)");
        put.bind(1, key);
        put.bind(2, generation);
        put.bind(3, nowUtcIso());
        put.bindBlob(4, state);
        // A new import starts a new ledger: the old ones describe records that are gone.
        Statement old(m_db, "DELETE FROM differencing WHERE dataset = ? AND generation <> ?");
        old.bind(1, key);
        old.bind(2, generation);
        bool written = put.step() == SQLITE_DONE && old.step() == SQLITE_DONE;
        if (written && charge) {
            // SQLCipher 3.4's SQLite has no upsert: a row of 0, then the addition.
            Statement row(m_db,
                          "INSERT OR IGNORE INTO ledger_charges(dataset, generation, user, atoms) "
                          "VALUES(?, ?, ?, 0)");
            row.bind(1, charge->dataset);
            row.bind(2, generation);
            row.bind(3, charge->user);
            Statement add(m_db,
                          "UPDATE ledger_charges SET atoms = atoms + ? WHERE dataset = ? AND "
                          "generation = ? AND user = ?");
            add.bind(1, charge->atoms);
            add.bind(2, charge->dataset);
            add.bind(3, generation);
            add.bind(4, charge->user);
            written = row.step() == SQLITE_DONE && add.step() == SQLITE_DONE;
        }
        if (!written || !exec("COMMIT")) {
            exec("ROLLBACK");
            return internalError(m_db, QStringLiteral("writing the differencing ledger"));
        }
        return {};
    }

    NodeResult<qint64> ledgerCharge(const QString &dataset, qint64 generation,
                                    const QString &user) const override
    {
        std::lock_guard lock(m_mutex);
        Statement s(m_db,
                    "SELECT atoms FROM ledger_charges WHERE dataset = ? AND generation = ? AND "
                    "user = ?");
        s.bind(1, dataset);
        s.bind(2, generation);
        s.bind(3, user);
        const int rc = s.step();
        if (rc == SQLITE_ROW)
            return s.int64(0);
        if (rc == SQLITE_DONE)
            return qint64(0);
        return internalError(m_db, QStringLiteral("reading the differencing ledger's charges"));
    }

    NodeResult<void> recordStudyOutcome(const StudyOutcome &outcome) override
    {
        std::lock_guard lock(m_mutex);
        const SyncedByAudit synced(*this);
        if (!exec("BEGIN IMMEDIATE"))
            return internalError(m_db, QStringLiteral("recording a study"));
        Statement s(m_db,
                    "INSERT INTO studies(study, job_id, user, dataset, purpose, design_hash, "
                    "manifest, final_beta, converged_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)");
        s.bind(1, outcome.study);
        s.bind(2, outcome.jobId);
        s.bind(3, outcome.user);
        s.bind(4, outcome.dataset);
        s.bind(5, outcome.purpose);
        s.bind(6, outcome.designHash);
        s.bindBlob(7, outcome.manifest);
        s.bindBlob(8, outcome.finalBeta);
        s.bind(9, nowUtcIso());
        Statement trim(m_db,
                       "DELETE FROM studies WHERE user = ? AND id NOT IN (SELECT id FROM "
                       "studies WHERE user = ? ORDER BY id DESC LIMIT ?)");
        trim.bind(1, outcome.user);
        trim.bind(2, outcome.user);
        trim.bind(3, qint64(kMaxStudiesPerUser));
        if (s.step() != SQLITE_DONE || trim.step() != SQLITE_DONE || !exec("COMMIT")) {
            exec("ROLLBACK");
            return internalError(m_db, QStringLiteral("recording a study"));
        }
        return {};
    }

    NodeResult<std::optional<StudyOutcome>> studyOutcome(const QString &user, const QString &study,
                                                         const QString &jobId) const override
    {
        std::lock_guard lock(m_mutex);
        Statement s(m_db,
                    study.isEmpty()
                        ? "SELECT study, job_id, user, dataset, purpose, design_hash, manifest, "
                          "final_beta FROM studies WHERE user = ? AND job_id = ? "
                          "ORDER BY id DESC LIMIT 1"
                        : "SELECT study, job_id, user, dataset, purpose, design_hash, manifest, "
                          "final_beta FROM studies WHERE user = ? AND study = ? "
                          "ORDER BY id DESC LIMIT 1");
        s.bind(1, user);
        s.bind(2, study.isEmpty() ? jobId : study);
        const int rc = s.step();
        if (rc == SQLITE_DONE)
            return std::optional<StudyOutcome>();
        if (rc != SQLITE_ROW)
            return internalError(m_db, QStringLiteral("reading the studies"));
        StudyOutcome outcome;
        outcome.study = s.text(0);
        outcome.jobId = s.text(1);
        outcome.user = s.text(2);
        outcome.dataset = s.text(3);
        outcome.purpose = s.text(4);
        outcome.designHash = s.text(5);
        outcome.manifest = s.blob(6);
        outcome.finalBeta = s.blob(7);
        return std::optional<StudyOutcome>(std::move(outcome));
    }

    NodeResult<ModelRegistration> addValidationModel(const ValidationModel &model) override
    {
        std::lock_guard lock(m_mutex);
        Statement exists(m_db, "SELECT 1 FROM validation_models WHERE name = ? OR hash = ?");
        exists.bind(1, model.name);
        exists.bind(2, model.hash);
        const int rc = exists.step();
        if (rc == SQLITE_ROW)
            return ModelRegistration::AlreadyRegistered;
        if (rc != SQLITE_DONE)
            return internalError(m_db, QStringLiteral("reading the validation models"));
        Statement s(m_db,
                    "INSERT INTO validation_models(name, hash, design, beta, note, added_at) "
                    "VALUES(?, ?, ?, ?, ?, ?)");
        s.bind(1, model.name);
        s.bind(2, model.hash);
        s.bindBlob(3, model.design);
        s.bindBlob(4, model.beta);
        s.bind(5, model.note);
        s.bind(6, nowUtcIso());
        if (s.step() != SQLITE_DONE)
            return internalError(m_db, QStringLiteral("registering a validation model"));
        return ModelRegistration::Registered;
    }

    NodeResult<std::vector<ValidationModel>> validationModels() const override
    {
        std::lock_guard lock(m_mutex);
        Statement s(m_db,
                    "SELECT name, hash, design, beta, note, added_at FROM validation_models "
                    "ORDER BY name");
        std::vector<ValidationModel> out;
        int rc = SQLITE_ROW;
        while ((rc = s.step()) == SQLITE_ROW) {
            ValidationModel m;
            m.name = s.text(0);
            m.hash = s.text(1);
            m.design = s.blob(2);
            m.beta = s.blob(3);
            m.note = s.text(4);
            m.addedAt = s.text(5);
            out.push_back(std::move(m));
        }
        if (rc != SQLITE_DONE)
            return internalError(m_db, QStringLiteral("reading the validation models"));
        return out;
    }

    NodeResult<ModelRemoval> removeValidationModel(const QString &name) override
    {
        std::lock_guard lock(m_mutex);
        Statement s(m_db, "DELETE FROM validation_models WHERE name = ?");
        s.bind(1, name);
        if (s.step() != SQLITE_DONE)
            return internalError(m_db, QStringLiteral("removing a validation model"));
        return sqlite3_changes(m_db) > 0 ? ModelRemoval::Removed : ModelRemoval::NoSuchModel;
    }

    NodeResult<void> recordParticipantSet(const QString &dataset, const QString &purpose,
                                          const QStringList &participants) override
    {
        std::lock_guard lock(m_mutex);
        const SyncedByAudit synced(*this);
        // INSERT OR IGNORE: SQLite 3.15 has no UPSERT; a set already known stays as it was.
        Statement s(m_db,
                    "INSERT OR IGNORE INTO participant_sets(dataset, purpose, participants, "
                    "first_at) VALUES(?, ?, ?, ?)");
        s.bind(1, dataset);
        s.bind(2, purpose);
        s.bind(3, participants.join(QLatin1Char('\n')));
        s.bind(4, nowUtcIso());
        if (s.step() != SQLITE_DONE)
            return internalError(m_db, QStringLiteral("recording a participant set"));
        return {};
    }

    NodeResult<std::vector<QStringList>> participantSets(const QString &dataset,
                                                         const QString &purpose) const override
    {
        std::lock_guard lock(m_mutex);
        Statement s(m_db,
                    "SELECT participants FROM participant_sets WHERE dataset = ? AND purpose = ?");
        s.bind(1, dataset);
        s.bind(2, purpose);
        std::vector<QStringList> sets;
        int rc = 0;
        while ((rc = s.step()) == SQLITE_ROW)
            sets.push_back(s.text(0).split(QLatin1Char('\n')));
        if (rc != SQLITE_DONE)
            return internalError(m_db, QStringLiteral("reading the participant sets"));
        return sets;
    }

    NodeResult<std::vector<PeerInfo>> peers() const override
    {
        std::lock_guard lock(m_mutex);
        // The peers are read on every study request (issue 16: at 100 sites, each node on every
        // relayed round, 100 rows decrypted and their dates parsed): kept while the file has
        // not changed since (peersCurrentLocked).
        if (peersCurrentLocked())
            return *m_peers;
        Statement s(m_db, "SELECT name, ed25519, x25519, note, added_at FROM peers ORDER BY name");
        std::vector<PeerInfo> out;
        int rc = 0;
        while ((rc = s.step()) == SQLITE_ROW)
            out.push_back({ s.text(0), s.text(1), s.text(2), s.text(3), parseIsoUtc(s.text(4)) });
        if (rc != SQLITE_DONE)
            return internalError(m_db, QStringLiteral("reading the peers"));
        // SQLite orders TEXT by memcmp of UTF-8, the manifest's order too.
        if (m_dataVersion) {
            m_peers = out;
            m_peersDataVersion = *m_dataVersion;
        }
        return out;
    }

    std::optional<quint64> peersVersion() const override
    {
        std::lock_guard lock(m_mutex);
        if (!peersCurrentLocked()) {
            m_peers.reset(); // read again by the next peers()
            ++m_peersGeneration;
        }
        if (!m_dataVersion)
            return std::nullopt;
        return m_peersGeneration;
    }

    // Whether m_peers still holds the table: PRAGMA data_version changes when another connection
    // commits to the file (SQLite's documented use: caches of a connection); this connection's
    // own changes to the table drop m_peers (insertPeer, removePeer). Sets m_dataVersion (nullopt
    // when the pragma cannot be read: nothing is kept then). The caller holds m_mutex.
    bool peersCurrentLocked() const
    {
        Statement version(m_db, "PRAGMA data_version");
        if (!version.prepared() || version.step() != SQLITE_ROW) {
            m_dataVersion.reset();
            m_peers.reset();
            return false;
        }
        m_dataVersion = version.int64(0);
        if (m_peers && m_peersDataVersion != *m_dataVersion) {
            m_peers.reset();
            ++m_peersGeneration;
        }
        return m_peers.has_value();
    }

    void forgetPeersLocked()
    {
        m_peers.reset();
        ++m_peersGeneration;
    }

    // The peer's row; the caller holds m_mutex. A plain INSERT: a name or key that is already
    // pinned violates the table's keys (SQLITE_CONSTRAINT), and a pinned peer is never replaced
    // silently (no INSERT OR REPLACE).
    int insertPeer(const PeerInfo &peer)
    {
        forgetPeersLocked();
        Statement s(m_db,
                    "INSERT INTO peers(name, ed25519, x25519, note, added_at) "
                    "VALUES(?, ?, ?, ?, ?)");
        s.bind(1, peer.name);
        s.bind(2, peer.signingKey);
        s.bind(3, peer.keyAgreementKey);
        s.bind(4, peer.note);
        s.bind(5, isoUtc(peer.addedAt.isValid() ? peer.addedAt : QDateTime::currentDateTimeUtc()));
        return s.step();
    }

    NodeResult<PeerAddition> addPeer(const PeerInfo &peer) override
    {
        std::lock_guard lock(m_mutex);
        const int rc = insertPeer(peer);
        if (rc == SQLITE_CONSTRAINT)
            return PeerAddition::AlreadyPinned;
        if (rc != SQLITE_DONE)
            return internalError(m_db, QStringLiteral("adding a peer"));
        return PeerAddition::Added;
    }

    NodeResult<PeerBatch> addPeers(const std::vector<PeerInfo> &peers,
                                   const std::vector<QJsonObject> &auditEntries) override
    {
        if (auditEntries.size() != peers.size())
            return nodeError(NodeErrorCode::Internal,
                             Tr::tr("A batch of peers without one audit entry each; nothing was "
                                    "pinned. Tell the developers."));
        // m_mutex keeps the audit's group commit (writeAuditBatch) out until this commits, so
        // the entries join the chain at its head inside this transaction.
        std::lock_guard lock(m_mutex);
        if (!exec("BEGIN IMMEDIATE"))
            return internalError(m_db, QStringLiteral("pinning peers"));
        auto undo = [this](NodeResult<PeerBatch> result) {
            exec("ROLLBACK");
            return result;
        };
        for (const PeerInfo &peer : peers) {
            const int rc = insertPeer(peer);
            if (rc == SQLITE_CONSTRAINT)
                return undo(PeerBatch { PeerAddition::AlreadyPinned, peer.name });
            if (rc != SQLITE_DONE)
                return undo(internalError(m_db, QStringLiteral("adding a peer")));
        }
        for (const QJsonObject &entry : auditEntries) {
            auto seq = appendAuditLocked(entry, QByteArray());
            if (!seq)
                return undo(seq.error());
        }
        if (!exec("COMMIT"))
            return undo(internalError(m_db, QStringLiteral("pinning peers")));
        return PeerBatch {};
    }

    NodeResult<PeerRemoval> removePeer(const QString &name) override
    {
        std::lock_guard lock(m_mutex);
        forgetPeersLocked();
        Statement s(m_db, "DELETE FROM peers WHERE name = ?");
        s.bind(1, name);
        if (s.step() != SQLITE_DONE)
            return internalError(m_db, QStringLiteral("removing a peer"));
        return sqlite3_changes(m_db) > 0 ? PeerRemoval::Removed : PeerRemoval::NoSuchPeer;
    }

    NodeResult<int> incrementDailyJobs(const QString &user, const QDate &day) override
    {
        return incrementDailyCount(QString(), user, day);
    }

    NodeResult<int> dailyJobs(const QString &user, const QDate &day) const override
    {
        return dailyCount(QString(), user, day);
    }

    // Other kinds share the table of the job counts (no schema change for existing stores):
    // their day is "<ISO date> <kind>", which no job day can be.
    static QString dailyKey(const QString &kind, const QDate &day)
    {
        const QString d = day.toString(Qt::ISODate);
        return kind.isEmpty() ? d : d + QLatin1Char(' ') + kind;
    }

    NodeResult<int> incrementDailyCount(const QString &kind, const QString &user,
                                        const QDate &day) override
    {
        std::lock_guard lock(m_mutex);
        const QString d = dailyKey(kind, day);
        if (!exec("BEGIN IMMEDIATE"))
            return internalError(m_db, QStringLiteral("counting jobs"));
        Statement ins(m_db, "INSERT OR IGNORE INTO daily_jobs(user, day, count) VALUES(?, ?, 0)");
        ins.bind(1, user);
        ins.bind(2, d);
        Statement up(m_db, "UPDATE daily_jobs SET count = count + 1 WHERE user = ? AND day = ?");
        up.bind(1, user);
        up.bind(2, d);
        Statement get(m_db, "SELECT count FROM daily_jobs WHERE user = ? AND day = ?");
        get.bind(1, user);
        get.bind(2, d);
        if (ins.step() != SQLITE_DONE || up.step() != SQLITE_DONE || get.step() != SQLITE_ROW) {
            exec("ROLLBACK");
            return internalError(m_db, QStringLiteral("counting jobs"));
        }
        const int count = int(get.int64(0));
        if (!exec("COMMIT")) {
            exec("ROLLBACK");
            return internalError(m_db, QStringLiteral("counting jobs"));
        }
        return count;
    }

    NodeResult<std::optional<int>> takeDailyCount(const QString &kind, const QString &user,
                                                  const QDate &day, int limit) override
    {
        const DailyTake take { user, dailyKey(kind, day), limit };
        PendingAudit mine;
        mine.take = &take;
        auto counted = commitInGroup(mine);
        if (!counted)
            return counted.error();
        if (*counted < 0)
            return std::optional<int>();
        return std::optional<int>(int(*counted));
    }

    NodeResult<int> dailyCount(const QString &kind, const QString &user,
                               const QDate &day) const override
    {
        std::lock_guard lock(m_mutex);
        Statement get(m_db, "SELECT count FROM daily_jobs WHERE user = ? AND day = ?");
        get.bind(1, user);
        get.bind(2, dailyKey(kind, day));
        const int rc = get.step();
        if (rc == SQLITE_ROW)
            return int(get.int64(0));
        if (rc == SQLITE_DONE)
            return 0;
        return internalError(m_db, QStringLiteral("counting jobs"));
    }

private:
    bool exec(const char *sql) const
    {
        return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    }
    bool exec(const QByteArray &sql) const { return exec(sql.constData()); }

    QString meta(const QString &key) const
    {
        Statement s(m_db, "SELECT value FROM meta WHERE key = ?");
        s.bind(1, key);
        return s.step() == SQLITE_ROW ? s.text(0) : QString();
    }

    bool setMeta(const QString &key, const QString &value)
    {
        Statement s(m_db, "INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)");
        s.bind(1, key);
        s.bind(2, value);
        return s.step() == SQLITE_DONE;
    }

    static NodeError unknownDataset(const QString &name)
    {
        return nodeError(NodeErrorCode::NotFound,
                         Tr::tr("There is no dataset '%1' in this node. 'fairstart-node import' "
                                "adds one.")
                             .arg(name));
    }

    static NodeError corrupt(const QString &name)
    {
        return nodeError(NodeErrorCode::Corrupt,
                         Tr::tr("The stored dataset '%1' is damaged. Import it again.").arg(name));
    }

    static DatasetInfo infoFromRow(const Statement &s)
    {
        DatasetInfo info = detail::datasetInfoFromJson(QJsonDocument::fromJson(s.blob(0)).object());
        info.generation = s.int64(1);
        info.rows = s.int64(2);
        info.importedAt = parseIsoUtc(s.text(3));
        return info;
    }

    bool datasetExists(const QString &name) const
    {
        Statement s(m_db, "SELECT 1 FROM datasets WHERE name = ?");
        s.bind(1, name);
        return s.step() == SQLITE_ROW;
    }

    NodeResult<DatasetInfo> datasetInfoLocked(const QString &name) const
    {
        Statement s(m_db,
                    "SELECT info, generation, rows, imported_at FROM datasets "
                    "WHERE name = ?");
        s.bind(1, name);
        const int rc = s.step();
        if (rc == SQLITE_ROW)
            return infoFromRow(s);
        if (rc == SQLITE_DONE)
            return unknownDataset(name);
        return internalError(m_db, QStringLiteral("reading a dataset"));
    }

    // A removed dataset (docs/privacy-rules.md, "A removed dataset's records"): its table and
    // record ids move to a name no dataset can have (U+001F, "removed", U+001F, the name), never
    // listed, loaded or analysed; its ledgers stay under its name and generation. An import of
    // its records under another name is refused (sharedRecordsRefusalLocked), and an import
    // under its own name carries its ledgers as a re-import's (storeDatasetLocked).
    static QString removedName(const QString &name)
    {
        return QStringLiteral("\x1f") + QStringLiteral("removed") + QStringLiteral("\x1f") + name;
    }
    static bool isRemovedName(const QString &name) { return name.startsWith(QChar(0x1f)); }

    bool retireDataset(const QString &name)
    {
        const QString removed = removedName(name);
        // An older removed dataset of the same name (its records no longer taken over): the
        // newer one replaces it, as a re-import replaces an import.
        if (datasetExists(removed) && !deleteDataset(removed))
            return false;
        for (const char *sql : { "UPDATE datasets SET name = ? WHERE name = ?",
                                 "UPDATE columns SET dataset = ? WHERE dataset = ?",
                                 "UPDATE record_ids SET dataset = ? WHERE dataset = ?" }) {
            Statement s(m_db, sql);
            s.bind(1, removed);
            s.bind(2, name);
            if (s.step() != SQLITE_DONE)
                return false;
        }
        return true;
    }

    // ---- forgotten datasets (docs/privacy-rules.md, "Forgetting a dataset") -------------------
    // The suppression list of a forgotten table: its analysis variables (sorted by name) and a
    // keyed 64-bit BLAKE2b hash of each row's tuple of their values (suppressionHash), sorted;
    // stored in the differencing table under a key no dataset can have (U+001F "forgotten"
    // U+001F name U+001F index).
    static QString forgottenKey(const QString &name)
    {
        return QStringLiteral("\x1f") + QStringLiteral("forgotten") + QStringLiteral("\x1f") + name
            + QStringLiteral("\x1f");
    }

    // The node's suppression key (32 random bytes, made once), or empty when it cannot be had.
    QByteArray suppressionKey()
    {
        QByteArray key = QByteArray::fromHex(meta(QStringLiteral("suppression_key")).toLatin1());
        if (key.size() == 32)
            return key;
        key = randomBytes(32);
        return setMeta(QStringLiteral("suppression_key"), QString::fromLatin1(key.toHex()))
            ? key
            : QByteArray();
    }

    // A row's hash over `variables` of `table` (numbers by their bits, every NaN alike, 0 and -0
    // alike; categorical values by level text; missing alike), or nullopt when the table lacks
    // one of them or holds it as another kind.
    static std::optional<std::vector<std::uint64_t>>
    suppressionHashes(const analysis::DataTable &table, const QStringList &variables,
                      const QStringList &kinds, const QByteArray &key)
    {
        std::vector<const analysis::Column *> columns;
        for (qsizetype i = 0; i < variables.size(); ++i) {
            const analysis::Column *c = table.column(variables[i].toStdString());
            const bool numeric = kinds.value(i) == QLatin1String("n");
            if (!c || (c->kind == analysis::ColumnKind::Numeric) != numeric)
                return std::nullopt;
            columns.push_back(c);
        }
        std::vector<std::uint64_t> out(table.rows());
        QByteArray buffer;
        for (std::size_t r = 0; r < out.size(); ++r) {
            buffer.clear();
            for (const analysis::Column *c : columns) {
                if (c->kind == analysis::ColumnKind::Numeric) {
                    const double v = c->numeric[r];
                    std::uint64_t bits = 0x7ff8000000000000ull;
                    if (v == 0)
                        bits = 0;
                    else if (v == v)
                        std::memcpy(&bits, &v, sizeof bits);
                    buffer.append(reinterpret_cast<const char *>(&bits), sizeof bits);
                } else if (c->codes[r] < 0) {
                    buffer.append("\x01", 1);
                } else {
                    buffer.append(c->levels[std::size_t(c->codes[r])].c_str());
                }
                buffer.append('\0');
            }
            std::uint64_t h = 0;
            crypto_generichash(reinterpret_cast<unsigned char *>(&h), sizeof h,
                               reinterpret_cast<const unsigned char *>(buffer.constData()),
                               std::size_t(buffer.size()),
                               reinterpret_cast<const unsigned char *>(key.constData()),
                               std::size_t(key.size()));
            out[r] = h;
        }
        return out;
    }

    // The keyed hashes (suppressionHashes over `variable` alone) of the present values of a
    // numeric `variable` of `table`, sorted; nullopt when the table holds it as another kind,
    // holds no present value, or only whole numbers (a whole number's hash is the number, tried
    // value by value).
    static std::optional<std::vector<std::uint64_t>>
    singleValueHashes(const analysis::DataTable &table, const QString &variable,
                      const QByteArray &key)
    {
        const analysis::Column *c = table.column(variable.toStdString());
        if (!c || c->kind != analysis::ColumnKind::Numeric)
            return std::nullopt;
        bool whole = true;
        std::size_t present = 0;
        for (double v : c->numeric) {
            if (v != v)
                continue;
            ++present;
            whole = whole && std::floor(v) == v;
        }
        if (present == 0 || whole)
            return std::nullopt;
        auto all = suppressionHashes(table, { variable }, { QStringLiteral("n") }, key);
        if (!all)
            return std::nullopt;
        std::vector<std::uint64_t> out;
        out.reserve(present);
        for (std::size_t r = 0; r < c->numeric.size(); ++r) {
            if (c->numeric[r] == c->numeric[r])
                out.push_back((*all)[r]);
        }
        std::sort(out.begin(), out.end());
        return out;
    }

    NodeResult<qint64> forgetDatasetLocked(const QString &name, const std::vector<QString> &stored)
    {
        const NodeError failed = internalError(m_db, QStringLiteral("forgetting a dataset"));
        const QByteArray key = suppressionKey();
        if (key.isEmpty())
            return failed;
        qint64 records = 0;
        int index = 0;
        {
            // Earlier suppression lists of the name (a dataset forgotten, imported again,
            // forgotten again) stay: the new ones are numbered after them.
            Statement s(m_db, "SELECT COUNT(*) FROM differencing WHERE substr(dataset, 1, ?) = ?");
            s.bind(1, qint64(forgottenKey(name).size()));
            s.bind(2, forgottenKey(name));
            if (s.step() != SQLITE_ROW)
                return failed;
            index = int(s.int64(0));
        }
        for (const QString &table : stored) {
            auto loaded = loadTableLocked(table);
            if (!loaded)
                return loaded.error();
            QStringList variables, kinds;
            std::vector<VariableInfo> all = loaded.value().info.analysisVariables();
            std::sort(all.begin(), all.end(),
                      [](const VariableInfo &a, const VariableInfo &b) { return a.name < b.name; });
            for (const VariableInfo &v : all) {
                const analysis::Column *c = loaded.value().table.column(v.name.toStdString());
                if (!c)
                    continue;
                variables << v.name;
                kinds << (c->kind == analysis::ColumnKind::Numeric ? QStringLiteral("n")
                                                                   : QStringLiteral("c"));
            }
            auto hashes = suppressionHashes(loaded.value().table, variables, kinds, key);
            if (!hashes)
                return failed;
            std::sort(hashes->begin(), hashes->end());
            records += qint64(hashes->size());
            const QByteArray list(reinterpret_cast<const char *>(hashes->data()),
                                  qsizetype(hashes->size() * sizeof(std::uint64_t)));
            // An extract of some of its columns holds no whole tuple (docs/privacy-rules.md,
            // "Forgotten columns, changed filter values and shared datasets"): each numeric
            // variable whose values are not all whole numbers also gets a list of its present
            // values' keyed hashes, one variable alone (a whole number or a level alone would be
            // its value, tried value by value: not kept).
            QJsonArray singles;
            for (qsizetype i = 0; i < variables.size(); ++i) {
                if (kinds[i] != QLatin1String("n"))
                    continue;
                auto single = singleValueHashes(loaded.value().table, variables[i], key);
                if (!single)
                    continue;
                const QByteArray bytes(reinterpret_cast<const char *>(single->data()),
                                       qsizetype(single->size() * sizeof(std::uint64_t)));
                singles.append(QJsonObject {
                    { QStringLiteral("variable"), variables[i] },
                    { QStringLiteral("hashes"), QString::fromLatin1(bytes.toBase64()) } });
            }
            const QByteArray entry
                = QJsonDocument(
                      QJsonObject {
                          { QStringLiteral("variables"), QJsonArray::fromStringList(variables) },
                          { QStringLiteral("kinds"), QJsonArray::fromStringList(kinds) },
                          { QStringLiteral("hashes"), QString::fromLatin1(list.toBase64()) },
                          { QStringLiteral("singles"), singles },
                      })
                      .toJson(QJsonDocument::Compact);
            Statement put(m_db,
                          "INSERT OR REPLACE INTO differencing(dataset, generation, updated_at, "
                          "state) VALUES(?, 0, ?, ?)");
            put.bind(1, forgottenKey(name) + QString::number(index++));
            put.bind(2, nowUtcIso());
            put.bindBlob(3, entry);
            if (put.step() != SQLITE_DONE)
                return failed;
            if (!deleteDataset(table))
                return failed;
        }
        // Every ledger of the name (its dataset ledger, fit, event, trend, bin and breakpoint
        // ledgers, fact records and ghosts, held records: rows of a table that is gone).
        Statement ledgers(
            m_db, "DELETE FROM differencing WHERE dataset = ? OR substr(dataset, 1, ?) = ?");
        const QString prefix = name + QStringLiteral("\x1f");
        ledgers.bind(1, name);
        ledgers.bind(2, qint64(prefix.size()));
        ledgers.bind(3, prefix);
        Statement charges(m_db, "DELETE FROM ledger_charges WHERE dataset = ?");
        charges.bind(1, name);
        if (ledgers.step() != SQLITE_DONE || charges.step() != SQLITE_DONE)
            return failed;
        return records;
    }

    // The forgotten records an import holds (its rows whose hash is on one suppression list), the
    // largest count over the lists, and the forgotten dataset's name; 0 when none.
    NodeResult<std::pair<std::size_t, QString>>
    forgottenRecordsLocked(const analysis::DataTable &table, int minCell)
    {
        std::pair<std::size_t, QString> best { 0, QString() };
        Statement s(m_db,
                    "SELECT dataset, state FROM differencing WHERE substr(dataset, 1, ?) = ?");
        const QString prefix
            = QStringLiteral("\x1f") + QStringLiteral("forgotten") + QStringLiteral("\x1f");
        s.bind(1, qint64(prefix.size()));
        s.bind(2, prefix);
        std::vector<std::pair<QString, QByteArray>> lists;
        int rc;
        while ((rc = s.step()) == SQLITE_ROW)
            lists.emplace_back(s.text(0), s.blob(1));
        if (rc != SQLITE_DONE)
            return internalError(m_db, QStringLiteral("reading the suppression lists"));
        if (lists.empty())
            return best;
        const QByteArray key
            = QByteArray::fromHex(meta(QStringLiteral("suppression_key")).toLatin1());
        for (const auto &[entryKey, bytes] : lists) {
            const QJsonObject entry = QJsonDocument::fromJson(bytes).object();
            QStringList variables, kinds;
            for (const QJsonValue &v : entry.value(QStringLiteral("variables")).toArray())
                variables << v.toString();
            for (const QJsonValue &v : entry.value(QStringLiteral("kinds")).toArray())
                kinds << v.toString();
            const QByteArray list = QByteArray::fromBase64(
                entry.value(QStringLiteral("hashes")).toString().toLatin1());
            if (variables.isEmpty() || key.size() != 32
                || list.size() % qsizetype(sizeof(std::uint64_t)) != 0)
                return corrupt(entryKey.section(QChar(0x1f), 2, 2));
            const QString forgottenName = entryKey.section(QChar(0x1f), 2, 2);
            if (const auto hashes = suppressionHashes(table, variables, kinds, key)) {
                std::vector<std::uint64_t> forgotten(std::size_t(list.size())
                                                     / sizeof(std::uint64_t));
                std::memcpy(forgotten.data(), list.constData(), std::size_t(list.size()));
                std::size_t found = 0;
                for (std::uint64_t h : *hashes)
                    found += std::binary_search(forgotten.begin(), forgotten.end(), h);
                if (found > best.first)
                    best = { found, forgottenName };
            }
            // An extract of some of its columns (docs/privacy-rules.md, "Forgotten columns,
            // changed filter values and shared datasets"): one continuous variable's values
            // alone, compared as multisets — the import's present values all on the list but
            // for fewer than minCell, or the list's all in the import but for fewer than minCell
            // (as the coarse-column check compares two datasets, sharedRecordCount).
            for (const QJsonValue &v : entry.value(QStringLiteral("singles")).toArray()) {
                const QJsonObject single = v.toObject();
                const QByteArray bytes = QByteArray::fromBase64(
                    single.value(QStringLiteral("hashes")).toString().toLatin1());
                if (bytes.size() % qsizetype(sizeof(std::uint64_t)) != 0)
                    return corrupt(forgottenName);
                std::vector<std::uint64_t> forgotten(std::size_t(bytes.size())
                                                     / sizeof(std::uint64_t));
                std::memcpy(forgotten.data(), bytes.constData(), std::size_t(bytes.size()));
                const auto mine = singleValueHashes(
                    table, single.value(QStringLiteral("variable")).toString(), key);
                if (!mine || forgotten.empty())
                    continue;
                std::vector<std::uint64_t> common;
                std::set_intersection(mine->begin(), mine->end(), forgotten.begin(),
                                      forgotten.end(), std::back_inserter(common));
                const std::size_t smaller = std::min(mine->size(), forgotten.size());
                if (smaller >= std::size_t(std::max(1, minCell))
                    && common.size() + std::size_t(std::max(1, minCell)) > smaller
                    && common.size() > best.first)
                    best = { common.size(), forgottenName };
            }
        }
        return best;
    }

    // The old versions of the records a re-import removed or changed, when min_cell or more
    // (docs/privacy-rules.md, "A removed dataset's records"): kept like a removed dataset's
    // records, under removedName(name), U+001F, the earlier generation, so that an extract of
    // them imported under another name is refused. Fewer cannot reach the refusal (it needs
    // min_cell shared records) and are not kept.
    bool keepGhostRowsLocked(const LoadedDataset &earlier, const std::vector<std::size_t> &rows)
    {
        analysis::DataTable table;
        for (const analysis::Column &column : earlier.table.columns()) {
            if (column.kind == analysis::ColumnKind::Numeric) {
                std::vector<double> values;
                values.reserve(rows.size());
                for (std::size_t r : rows)
                    values.push_back(column.numeric[r]);
                if (!table.addNumeric(column.name, std::move(values)))
                    return false;
            } else {
                std::vector<std::int32_t> codes;
                codes.reserve(rows.size());
                for (std::size_t r : rows)
                    codes.push_back(column.codes[r]);
                if (!table.addCategorical(column.name, std::move(codes), column.levels))
                    return false;
            }
        }
        std::vector<std::int64_t> ids;
        ids.reserve(rows.size());
        for (std::size_t r : rows)
            ids.push_back(r < earlier.recordIds.size() ? earlier.recordIds[r] : 0);
        DatasetInfo info = earlier.info;
        info.rows = qint64(rows.size());
        const QString stored
            = removedName(info.name) + QStringLiteral("\x1f") + QString::number(info.generation);
        return writeDatasetRows(stored, info, table, ids, "INSERT OR REPLACE");
    }

    // The rows of a dataset stored as `stored` (its name, or a removed dataset's reserved name):
    // its info, each column's values and its record ids, with `insert` ("INSERT", or "INSERT OR
    // REPLACE" where a row of that name may be there); the number of columns written, or -1.
    qint64 writeDatasetRows(const QString &stored, const DatasetInfo &info,
                            const analysis::DataTable &table,
                            const std::vector<std::int64_t> &recordIds, const char *insert)
    {
        const QByteArray verb(insert);
        const QByteArray datasetSql = verb
            + " INTO datasets(name, generation, rows, imported_at, info) VALUES(?, ?, ?, ?, ?)";
        const QByteArray columnSql
            = verb + " INTO columns(dataset, position, name, data) VALUES(?, ?, ?, ?)";
        const QByteArray idsSql = verb + " INTO record_ids(dataset, data) VALUES(?, ?)";
        const QByteArray infoJson
            = QJsonDocument(detail::datasetInfoToJson(info)).toJson(QJsonDocument::Compact);
        Statement d(m_db, datasetSql.constData());
        d.bind(1, stored);
        d.bind(2, info.generation);
        d.bind(3, info.rows);
        d.bind(4, isoUtc(info.importedAt));
        d.bindBlob(5, infoJson);
        if (d.step() != SQLITE_DONE)
            return -1;
        Statement c(m_db, columnSql.constData());
        qint64 position = 0;
        for (const analysis::Column &column : table.columns()) {
            c.reset();
            c.bind(1, stored);
            c.bind(2, position++);
            c.bind(3, QString::fromStdString(column.name));
            if (column.kind == analysis::ColumnKind::Numeric)
                c.bindBlob(4, column.numeric.data(),
                           qint64(column.numeric.size() * sizeof(double)));
            else
                c.bindBlob(4, column.codes.data(),
                           qint64(column.codes.size() * sizeof(std::int32_t)));
            if (c.step() != SQLITE_DONE)
                return -1;
        }
        Statement r(m_db, idsSql.constData());
        r.bind(1, stored);
        r.bindBlob(2, recordIds.data(), qint64(recordIds.size() * sizeof(std::int64_t)));
        return r.step() == SQLITE_DONE ? position : -1;
    }

    // Every ledger row of the dataset `name` (its name or name, U+001F, suffix) of another
    // generation than `generation`: no release reads them (every read names the generation).
    bool deleteOtherGenerations(const QString &name, qint64 generation)
    {
        Statement s(m_db,
                    "DELETE FROM differencing WHERE generation <> ? AND (dataset = ? OR "
                    "substr(dataset, 1, ?) = ?)");
        const QString prefix = name + QStringLiteral("\x1f");
        s.bind(1, generation);
        s.bind(2, name);
        s.bind(3, qint64(prefix.size()));
        s.bind(4, prefix);
        // The users' charges of those ledgers (ledger_charges) go with them.
        Statement charges(m_db, "DELETE FROM ledger_charges WHERE dataset = ? AND generation <> ?");
        charges.bind(1, name);
        charges.bind(2, generation);
        return s.step() == SQLITE_DONE && charges.step() == SQLITE_DONE;
    }

    bool deleteDataset(const QString &name)
    {
        for (const char *sql :
             { "DELETE FROM datasets WHERE name = ?", "DELETE FROM columns WHERE dataset = ?",
               "DELETE FROM record_ids WHERE dataset = ?",
               "DELETE FROM differencing WHERE dataset = ?" }) {
            Statement s(m_db, sql);
            s.bind(1, name);
            if (s.step() != SQLITE_DONE)
                return false;
        }
        // The dataset's breakpoint ledger and its released risk bins (the bin ledger)
        // (release/differencing.cpp, breakpointKey, releasedBinsKey).
        for (const char *suffix : { "breakpoints", "released-bins" }) {
            Statement other(m_db, "DELETE FROM differencing WHERE dataset = ?");
            other.bind(1, name + QStringLiteral("\x1f") + QLatin1String(suffix));
            if (other.step() != SQLITE_DONE)
                return false;
        }
        return true;
    }

    // `shareErasure` false: a re-import the node makes itself for an erasure in a dataset that
    // shares records (shareErasureLocked), which runs the group's merge once.
    NodeResult<ImportSummary> storeDatasetLocked(const DatasetInfo &infoIn,
                                                 const analysis::DataTable &table,
                                                 const std::vector<std::int64_t> &recordIds,
                                                 bool shareErasure = true)
    {
        ImportSummary summary;
        summary.dataset = infoIn.name;
        summary.rows = infoIn.rows;
        summary.replaced = datasetExists(infoIn.name);
        const NodeError failed = internalError(m_db, QStringLiteral("storing the dataset"));
        // The node's policy: min_cell (held records) and whether datasets may share records.
        Policy policy;
        if (QFile::exists(Policy::filePath(m_dataDir))) {
            auto loaded = Policy::load(m_dataDir);
            if (!loaded)
                return loaded.error();
            policy = std::move(loaded).value();
        }
        if (!policy.datasetsShareRecords()) {
            auto shared = sharedRecordsRefusalLocked(infoIn, table, recordIds, policy.minCell());
            if (!shared)
                return shared.error();
        }
        // Records of a forgotten dataset (forgetDataset), under any name and whatever the
        // policy: the node no longer holds their ledgers.
        {
            auto forgotten = forgottenRecordsLocked(table, policy.minCell());
            if (!forgotten)
                return forgotten.error();
            if (forgotten.value().first >= std::size_t(std::max(1, policy.minCell())))
                return nodeError(
                    NodeErrorCode::InvalidInput,
                    Tr::tr("The dataset '%1' holds %2 records of the dataset '%3', which was "
                           "forgotten at this node (fairstart-node dataset remove --forget); "
                           "nothing was imported. The node no longer holds their values or the "
                           "differencing ledger of what was released on them, so releases over "
                           "them again could be differenced against the earlier ones; a "
                           "forgotten dataset's records are not imported again "
                           "(docs/privacy-rules.md, \"Forgetting a dataset\").")
                        .arg(infoIn.name)
                        .arg(forgotten.value().first)
                        .arg(forgotten.value().second));
        }
        // The earlier import's ledgers, read before they are deleted (carryLedgersLocked): the
        // dataset's, or a removed dataset's of the same name (retireDataset).
        const QString removed = removedName(infoIn.name);
        const bool replacesRemoved = !summary.replaced && datasetExists(removed);
        const QString earlierName = replacesRemoved ? removed : infoIn.name;
        // Taking a removed dataset's place is a re-import of it (its ledgers carried).
        summary.replaced = summary.replaced || replacesRemoved;
        EarlierLedgers earlier;
        if (summary.replaced && !readEarlierLedgersLocked(earlierName, infoIn.name, &earlier))
            return failed;
        if (summary.replaced && !deleteDataset(earlierName))
            return failed;

        const qint64 generation = meta(QStringLiteral("next_generation")).toLongLong();
        if (generation <= 0
            || !setMeta(QStringLiteral("next_generation"), QString::number(generation + 1)))
            return failed;
        summary.generation = generation;

        DatasetInfo info = infoIn;
        info.generation = generation;
        info.importedAt = QDateTime::currentDateTimeUtc();
        const qint64 columns = writeDatasetRows(info.name, info, table, recordIds, "INSERT");
        if (columns < 0)
            return failed;
        summary.columns = int(columns);
        if (!carryLedgersLocked(earlier, info, table, recordIds, policy.minCell(),
                                policy.requireConsentColumn(), &summary)
            || !deleteOtherGenerations(info.name, generation))
            return failed;
        if (shareErasure && policy.datasetsShareRecords()
            && policy.value(QStringLiteral("erasures_reach_shared_datasets")) != 0) {
            auto shared = shareErasureLocked(earlier.table, info, table, recordIds, policy);
            if (!shared)
                return shared.error();
        }
        return summary;
    }

    // Datasets that share records, after an erasure (docs/privacy-rules.md, "Datasets that share
    // records, after an erasure", branch `reimport9`; only under datasets_share_records = yes).
    // A re-import of `info` removed or changed records (ghosts). Every other present dataset that
    // shares min_cell or more records with the earlier import and holds one of the removed
    // versions loses those rows too (a re-import the node makes of it, its ledgers carried as
    // any re-import's: the rows ghosts, every atom marked), and then every ledger of each
    // dataset of the group is merged with the same ledger of every other one (mergedLedger: the
    // meet of the partitions, rows mapped by the records' match, every piece marked), so that a
    // release over one after the erasure is checked against what was released over the others
    // before it, and no dataset of the group still holds the erased record.
    NodeResult<void> shareErasureLocked(const std::optional<LoadedDataset> &earlier,
                                        const DatasetInfo &info, const analysis::DataTable &table,
                                        const std::vector<std::int64_t> &recordIds,
                                        const Policy &policy)
    {
        if (!earlier)
            return {};
        const bool missingColumns = !policy.requireConsentColumn();
        const auto match = matchRecords(*earlier, info, table, recordIds, missingColumns);
        if (!match || match->ghostRows.empty())
            return {};
        const NodeError failed = internalError(
            m_db, QStringLiteral("merging the ledgers of datasets that share records"));
        const std::size_t minCell = std::size_t(std::max(int(kPendingRecords), policy.minCell()));
        std::vector<std::uint8_t> ghost(earlier->table.rows(), 0);
        for (std::size_t r : match->ghostRows)
            ghost[r] = 1;
        std::vector<QString> names;
        {
            Statement s(m_db, "SELECT name FROM datasets ORDER BY name");
            int rc;
            while ((rc = s.step()) == SQLITE_ROW)
                names.push_back(s.text(0));
            if (rc != SQLITE_DONE)
                return failed;
        }
        std::vector<QString> group { info.name };
        for (const QString &other : names) {
            if (other == info.name || isRemovedName(other))
                continue;
            auto loaded = loadTableLocked(other);
            if (!loaded)
                return loaded.error();
            const LoadedDataset &o = loaded.value();
            const auto shared
                = matchRecords(*earlier, o.info, o.table, o.recordIds, missingColumns);
            if (!shared)
                continue;
            std::size_t common = 0;
            std::vector<std::uint8_t> keep(o.table.rows(), 1);
            std::size_t erased = 0;
            for (std::size_t r = 0; r < o.table.rows(); ++r) {
                const std::int64_t e = shared->rowOf[r];
                if (e < 0)
                    continue;
                ++common;
                if (ghost[std::size_t(e)]) {
                    keep[r] = 0;
                    ++erased;
                }
            }
            if (common < minCell || erased == 0)
                continue;
            // The node's re-import of `other` without the removed versions.
            analysis::DataTable kept;
            for (const analysis::Column &c : o.table.columns()) {
                analysis::Column k;
                k.name = c.name;
                k.kind = c.kind;
                k.levels = c.levels;
                for (std::size_t r = 0; r < o.table.rows(); ++r) {
                    if (!keep[r])
                        continue;
                    if (c.kind == analysis::ColumnKind::Numeric)
                        k.numeric.push_back(c.numeric[r]);
                    else
                        k.codes.push_back(c.codes[r]);
                }
                auto added = c.kind == analysis::ColumnKind::Numeric
                    ? kept.addNumeric(k.name, std::move(k.numeric))
                    : kept.addCategorical(k.name, std::move(k.codes), std::move(k.levels));
                if (!added)
                    return failed;
            }
            std::vector<std::int64_t> ids;
            for (std::size_t r = 0; r < o.table.rows(); ++r) {
                if (keep[r])
                    ids.push_back(o.recordIds[r]);
            }
            DatasetInfo keptInfo = o.info;
            keptInfo.rows = qint64(ids.size());
            for (VariableInfo &v : keptInfo.variables) {
                if (const analysis::Column *c = kept.column(v.name.toStdString())) {
                    v.missing = 0;
                    for (std::size_t r = 0; r < kept.rows(); ++r)
                        v.missing += c->isMissing(r) ? 1 : 0;
                }
            }
            auto stored = storeDatasetLocked(keptInfo, kept, ids, false);
            if (!stored)
                return stored.error();
            group.push_back(other);
        }
        if (group.size() < 2)
            return {};

        // Every member's ledgers, table and held records as they are now.
        struct Member {
            QString name;
            LoadedDataset data;
            std::map<QString, QByteArray> ledgers; // by suffix ("" the dataset's own)
            std::vector<std::uint8_t> held;
        };
        std::vector<Member> members;
        for (const QString &name : group) {
            auto loaded = loadTableLocked(name);
            if (!loaded)
                return loaded.error();
            Member m { name, std::move(loaded).value(), {}, {} };
            Statement s(m_db,
                        "SELECT dataset, state FROM differencing WHERE generation = ? AND "
                        "(dataset = ? OR substr(dataset, 1, ?) = ?)");
            const QString prefix = name + QStringLiteral("\x1f");
            s.bind(1, m.data.info.generation);
            s.bind(2, name);
            s.bind(3, qint64(prefix.size()));
            s.bind(4, prefix);
            int rc;
            while ((rc = s.step()) == SQLITE_ROW) {
                const QString key = s.text(0);
                if (key == factRecordsKey(name) || key == factGhostsKey(name)
                    || key == frozenStepsKey(name))
                    continue;
                if (key == heldRecordsKey(name)) {
                    if (auto h
                        = decodeFactRecords(s.blob(1), m.data.info.generation, m.data.table.rows()))
                        m.held = std::move(*h);
                    continue;
                }
                m.ledgers.emplace(key.mid(name.size()), s.blob(1));
            }
            if (rc != SQLITE_DONE)
                return failed;
            members.push_back(std::move(m));
        }
        std::vector<std::pair<QString, QByteArray>> writes;
        for (const Member &x : members) {
            std::set<QString> suffixes;
            for (const Member &y : members) {
                for (const auto &entry : y.ledgers)
                    suffixes.insert(entry.first);
            }
            // The match of each other member's table to this one's (rows of x: y's row or none).
            std::vector<std::pair<const Member *, RecordMatch>> others;
            for (const Member &y : members) {
                if (&y == &x)
                    continue;
                auto m = matchRecords(y.data, x.data.info, x.data.table, x.data.recordIds,
                                      missingColumns);
                if (m)
                    others.emplace_back(&y, std::move(*m));
            }
            for (const QString &suffix : suffixes) {
                std::vector<QByteArray> theirs;
                for (const auto &[y, m] : others) {
                    auto it = y->ledgers.find(suffix);
                    if (it == y->ledgers.end())
                        continue;
                    auto carried
                        = carriedLedger(it->second, x.data.info.generation, m, y->data.table.rows(),
                                        int(minCell), y->data.table, x.data.table);
                    if (carried)
                        theirs.push_back(std::move(*carried));
                }
                if (theirs.empty())
                    continue; // nothing to merge: its own ledger stays as carried
                const auto own = x.ledgers.find(suffix);
                auto merged = mergedLedger(
                    own == x.ledgers.end() ? std::nullopt : std::optional<QByteArray>(own->second),
                    x.data.info.generation, x.data.table.rows(), x.held, theirs);
                if (!merged)
                    return failed;
                writes.emplace_back(x.name + suffix, std::move(*merged));
            }
        }
        for (const auto &[key, state] : writes) {
            Statement put(m_db,
                          "INSERT OR REPLACE INTO differencing(dataset, generation, updated_at, "
                          "state) VALUES(?, ?, ?, ?)");
            const QString owner = key.section(QChar(0x1f), 0, 0);
            const auto member = std::find_if(members.begin(), members.end(),
                                             [&](const Member &m) { return m.name == owner; });
            put.bind(1, key);
            put.bind(2, member->data.info.generation);
            put.bind(3, nowUtcIso());
            put.bindBlob(4, state);
            if (put.step() != SQLITE_DONE)
                return failed;
        }
        return {};
    }

    // Datasets that share records (docs/privacy-rules.md): an import that holds minCell or more
    // records of another dataset at the node (release/ledgercarry.h, sharedRecords) is refused,
    // unless the policy allows it (datasets_share_records). Every other dataset's table is read
    // once, one at a time.
    NodeResult<void> sharedRecordsRefusalLocked(const DatasetInfo &info,
                                                const analysis::DataTable &table,
                                                const std::vector<std::int64_t> &recordIds,
                                                int minCell)
    {
        std::vector<QString> names;
        {
            // Removed datasets too (retireDataset): their ledgers are kept.
            Statement s(m_db, "SELECT name FROM datasets ORDER BY name");
            int rc;
            while ((rc = s.step()) == SQLITE_ROW)
                names.push_back(s.text(0));
            if (rc != SQLITE_DONE)
                return internalError(m_db, QStringLiteral("listing datasets"));
        }
        for (const QString &other : names) {
            if (other == info.name || other == removedName(info.name)
                || other.startsWith(removedName(info.name) + QStringLiteral("\x1f")))
                continue; // a re-import: its ledgers are carried
            auto loaded = loadTableLocked(other);
            if (!loaded)
                return loaded.error();
            bool contained = false;
            const std::size_t shared
                = sharedRecordCount(sharedRecords(loaded.value(), info, table, recordIds),
                                    table.rows(), loaded.value().table.rows(), minCell, &contained);
            if (shared > 0 && contained && !isRemovedName(other))
                return nodeError(
                    NodeErrorCode::InvalidInput,
                    Tr::tr("The values of '%1' and of the dataset '%2' at this node, in the "
                           "analysis variables both hold, are those of the same records but for "
                           "fewer than %3 (%4 records of the smaller one have their values, as "
                           "often, in the other); nothing was imported. An extract of a few "
                           "columns of '%2' cannot be told from its records by these values, and "
                           "releases over the two could be differenced against each other to "
                           "reveal a record. To replace '%2', import under the name '%2'; to "
                           "analyse part of it, use filters on it. If these are really other "
                           "records, the administrator can allow it with the policy "
                           "datasets_share_records = yes (audited) (docs/privacy-rules.md, "
                           "\"Extracts of coarse columns\").")
                        .arg(info.name, other)
                        .arg(minCell)
                        .arg(shared));
            if (shared > 0
                && other.startsWith(removedName(loaded.value().info.name) + QStringLiteral("\x1f")))
                return nodeError(
                    NodeErrorCode::InvalidInput,
                    Tr::tr("The dataset '%1' holds %2 records that a re-import of the dataset "
                           "'%3' removed or changed (their earlier versions); nothing was "
                           "imported. The node keeps them so that they cannot be imported again "
                           "under another name and differenced against what was released on "
                           "them before. To import these records again, import them under the "
                           "name '%3' (the ledger follows the records) (docs/privacy-rules.md, "
                           "\"A removed dataset's records\").")
                        .arg(info.name)
                        .arg(shared)
                        .arg(loaded.value().info.name));
            if (shared > 0 && isRemovedName(other))
                return nodeError(
                    NodeErrorCode::InvalidInput,
                    Tr::tr("The dataset '%1' holds %2 records of the dataset '%3', which was "
                           "removed from this node; nothing was imported. A removed dataset's "
                           "differencing ledger is kept, so that its records imported again "
                           "cannot be differenced against what was released on them before. "
                           "To import these records again, import them under the name '%3' "
                           "(the ledger follows the records) (docs/privacy-rules.md, \"A removed "
                           "dataset's records\").")
                        .arg(info.name)
                        .arg(shared)
                        .arg(loaded.value().info.name));
            if (shared > 0)
                return nodeError(
                    NodeErrorCode::InvalidInput,
                    Tr::tr("The dataset '%1' holds %2 records of the dataset '%3' at this node "
                           "(the same values in every analysis variable both hold); nothing was "
                           "imported. Each dataset has its own differencing ledger, so "
                           "releases over two datasets that share records could be differenced "
                           "against each other to reveal a record. To replace '%3' with these "
                           "records, import them under the name '%3' (the ledger follows the "
                           "records); to analyse part of '%3', use filters on it "
                           "(docs/privacy-rules.md, \"Datasets that share records\").")
                        .arg(info.name)
                        .arg(shared)
                        .arg(other));
        }
        return {};
    }

    // The ledgers (docs/privacy-rules.md, "Re-imports: the ledger carried to the same records")
    // of the import a re-import replaces: every differencing state of its generation stored
    // under the dataset's name or one of its keys (name, U+001F, suffix), and its table.
    struct EarlierLedgers {
        std::vector<std::pair<QString, QByteArray>> states;
        std::optional<LoadedDataset> table;
    };
    // `storedUnder`: where its table is (its name, or removedName of it); its ledgers are
    // under `name`.
    bool readEarlierLedgersLocked(const QString &storedUnder, const QString &name,
                                  EarlierLedgers *out) const
    {
        auto info = datasetInfoLocked(storedUnder);
        if (!info)
            return false;
        Statement s(m_db,
                    "SELECT dataset, state FROM differencing WHERE generation = ? AND (dataset = ? "
                    "OR substr(dataset, 1, ?) = ?)");
        const QString prefix = name + QStringLiteral("\x1f");
        s.bind(1, info->generation);
        s.bind(2, name);
        s.bind(3, qint64(prefix.size()));
        s.bind(4, prefix);
        int rc;
        while ((rc = s.step()) == SQLITE_ROW)
            out->states.emplace_back(s.text(0), s.blob(1));
        if (rc != SQLITE_DONE)
            return false;
        // Also without any ledger: the catalogue's facts were released (carriedFactRecords).
        auto table = loadTableLocked(storedUnder);
        if (!table)
            return false;
        out->table = std::move(table).value();
        return true;
    }

    // Writes the earlier import's ledgers as the new generation's, their rows following the
    // records (release/ledgercarry.h: matched rows keep their atoms, removed ones stay as ghosts,
    // added ones are pending and held while fewer than min_cell); all or none.
    bool carryLedgersLocked(const EarlierLedgers &earlier, const DatasetInfo &info,
                            const analysis::DataTable &table,
                            const std::vector<std::int64_t> &recordIds, int policyMinCell,
                            bool requireConsentColumn, ImportSummary *summary)
    {
        if (!earlier.table)
            return true;
        const auto match
            = matchRecords(*earlier.table, info, table, recordIds, !requireConsentColumn);
        if (!match)
            return true;
        // Added records are held while fewer than the policy's min_cell (never fewer than
        // kPendingRecords) are pending.
        const int minCell = std::max(int(kPendingRecords), policyMinCell);
        std::vector<std::pair<QString, QByteArray>> carried;
        const QString factKey = factRecordsKey(info.name);
        const QString heldKey = heldRecordsKey(info.name);
        const QString ghostsKey = factGhostsKey(info.name);
        const QString stepsKey = frozenStepsKey(info.name);
        std::optional<QByteArray> earlierFacts, earlierGhosts, earlierSteps, earlierHeld;
        std::vector<std::uint8_t> held;
        // Without a stored dataset ledger the earlier import released nothing that split its
        // records, but it may have released the whole table (the first atom is every record):
        // carried as that, so that added records are pending and removed ones ghosts.
        auto states = earlier.states;
        if (std::none_of(states.begin(), states.end(),
                         [&](const auto &entry) { return entry.first == info.name; }))
            states.emplace_back(info.name,
                                DifferencingState::initial(earlier.table->info.generation,
                                                           earlier.table->table.rows())
                                    .encode());
        for (const auto &[key, state] : states) {
            if (key == factKey) {
                earlierFacts = state;
                continue;
            }
            if (key == heldKey) {
                earlierHeld = state;
                continue; // made anew from the carried dataset ledger
            }
            if (key == stepsKey) {
                earlierSteps = state;
                continue;
            }
            if (key == ghostsKey) {
                earlierGhosts = state;
                continue;
            }
            auto moved = carriedLedger(state, info.generation, *match, earlier.table->table.rows(),
                                       minCell, earlier.table->table, table);
            if (!moved)
                return true;
            if (key == info.name)
                held = heldRows(*moved, minCell);
            carried.emplace_back(key, std::move(*moved));
        }
        QByteArray ghosts;
        if (auto facts
            = carriedFactRecords(*earlier.table, earlierFacts, info, table, *match, held,
                                 info.generation, std::size_t(minCell), earlierGhosts, &ghosts)) {
            carried.emplace_back(factKey, std::move(*facts));
            if (!ghosts.isEmpty())
                carried.emplace_back(ghostsKey, std::move(ghosts));
        }
        // The histogram steps stay the earlier import's while fewer than min_cell records moved
        // (release/ledgercarry.h, FrozenSteps).
        if (auto steps = carriedSteps(*earlier.table, earlierSteps, earlierFacts, earlierHeld,
                                      *match, std::size_t(minCell)))
            carried.emplace_back(stepsKey, std::move(*steps));
        std::size_t heldCount = 0;
        for (std::uint8_t h : held)
            heldCount += h;
        if (heldCount > 0)
            carried.emplace_back(heldKey, encodeRecordMask(info.generation, held));
        for (const auto &[key, state] : carried) {
            Statement put(m_db,
                          "INSERT OR REPLACE INTO differencing(dataset, generation, updated_at, "
                          "state) VALUES(?, ?, ?, ?)");
            put.bind(1, key);
            put.bind(2, info.generation);
            put.bind(3, nowUtcIso());
            put.bindBlob(4, state);
            if (put.step() != SQLITE_DONE)
                return false;
        }
        // Each user's charge of the atom share (DifferencingLimits::atomsPerUser) goes with the
        // ledgers it paid for: a re-import neither refunds nor forgets it.
        if (!carried.empty()) {
            Statement charges(m_db,
                              "INSERT OR REPLACE INTO ledger_charges(dataset, generation, user, "
                              "atoms) SELECT dataset, ?, user, atoms FROM ledger_charges WHERE "
                              "dataset = ? AND generation = ?");
            charges.bind(1, info.generation);
            charges.bind(2, info.name);
            charges.bind(3, earlier.table->info.generation);
            if (charges.step() != SQLITE_DONE)
                return false;
        }
        if (match->ghostRows.size() >= std::size_t(minCell)
            && !keepGhostRowsLocked(*earlier.table, match->ghostRows))
            return false;
        if (!carried.empty()) {
            summary->recordsAdded = qint64(match->added);
            summary->recordsRemoved = qint64(match->ghostRows.size());
            summary->recordsChanged = qint64(match->changed);
            summary->recordsConsentChanged = qint64(match->consentChanged);
            summary->recordsHeld = qint64(heldCount);
            summary->heldUntil = qint64(minCell);
            for (const auto &[name, map] : match->levelMaps)
                summary->remappedVariables.append(QString::fromStdString(name));
            for (const std::string &name : match->unreadable)
                summary->unreadableVariables.append(QString::fromStdString(name));
        }
        return true;
    }

    // The compact text of `entry` with the member "request": `request` (canonical JSON of an
    // object) at its place among the sorted keys, written as it is: the members before it, then
    // it, then the rest, exactly where QJsonDocument would have put it. Not parsed again (the
    // node's own protocol::canonicalJson wrote it; tst_audit reads every such entry back); empty
    // when `request` is not braced like an object or `entry` has a "request" of its own.
    static QByteArray withRequest(const QJsonObject &entry, const QByteArray &request)
    {
        const QString key = QStringLiteral("request");
        if (entry.contains(key) || !request.startsWith('{') || !request.endsWith('}'))
            return {};
        QJsonObject before;
        bool after = false;
        for (auto it = entry.constBegin(); it != entry.constEnd(); ++it) {
            if (it.key() < key)
                before.insert(it.key(), it.value());
            else
                after = true;
        }
        const QByteArray all = protocol::jsonText(entry);
        const qsizetype at = protocol::jsonText(before).size() - 1;
        QByteArray text;
        text.reserve(all.size() + request.size() + 12);
        text.append(all.constData(), at);
        if (!before.isEmpty())
            text.append(',');
        text.append("\"request\":");
        text.append(request);
        if (before.isEmpty() && after)
            text.append(',');
        text.append(all.constData() + at, all.size() - at);
        return text;
    }

    // A daily count to take in the group commit (takeDailyCount) instead of an audit entry.
    struct DailyTake {
        QString user;
        QString day; // dailyKey
        int limit = 0;
    };

    struct PendingAudit {
        QJsonObject entry;
        QByteArray request; // canonical JSON of the entry's "request", or empty (in `entry`)
        std::optional<NodeResult<qint64>> result;
        // Set: this is a daily count, not an audit entry; its result is the count after it,
        // or -1 when the cap was spent (nothing counted).
        const DailyTake *take = nullptr;
        // Set: several entries (appendAuditEntries) in place of `entry` and `request`, written
        // all or none; the result is the first one's sequence number.
        const std::vector<AuditRecord> *records = nullptr;
    };

    // With m_mutex held, inside the batch's transaction.
    NodeResult<qint64> takeDailyLocked(const DailyTake &take)
    {
        Statement ins(m_db, "INSERT OR IGNORE INTO daily_jobs(user, day, count) VALUES(?, ?, 0)");
        ins.bind(1, take.user);
        ins.bind(2, take.day);
        if (ins.step() != SQLITE_DONE)
            return internalError(m_db, QStringLiteral("counting jobs"));
        // OR FAIL: one row at most, so the same as the default ABORT, without the statement
        // journal SQLite keeps for an UPDATE that may abort (a copy of the page, encrypted).
        Statement up(m_db,
                     "UPDATE OR FAIL daily_jobs SET count = count + 1 WHERE user = ? AND day = ? "
                     "AND count < ?");
        up.bind(1, take.user);
        up.bind(2, take.day);
        up.bind(3, qint64(take.limit));
        if (up.step() != SQLITE_DONE)
            return internalError(m_db, QStringLiteral("counting jobs"));
        if (sqlite3_changes(m_db) != 1)
            return qint64(-1);
        Statement get(m_db, "SELECT count FROM daily_jobs WHERE user = ? AND day = ?");
        get.bind(1, take.user);
        get.bind(2, take.day);
        if (get.step() != SQLITE_ROW)
            return internalError(m_db, QStringLiteral("counting jobs"));
        return get.int64(0);
    }

    // Waits for `mine` to be written by a group commit (this thread's or another's): the audit
    // entries and daily counts queued meanwhile share one transaction and one fsync.
    NodeResult<qint64> commitInGroup(PendingAudit &mine)
    {
        std::unique_lock queue(m_auditMutex);
        m_auditQueue.push_back(&mine);
        while (!mine.result) {
            if (m_auditWriting) {
                m_auditWritten.wait(queue);
                continue;
            }
            m_auditWriting = true;
            std::vector<PendingAudit *> batch;
            batch.swap(m_auditQueue);
            queue.unlock();
            std::vector<std::optional<NodeResult<qint64>>> results = writeAuditBatch(batch);
            queue.lock();
            // Published only now, under the queue's lock and after the commit: a waiter that
            // wakes while the batch is written must neither see an entry's number before the
            // commit decided it (a failed head write takes it back) nor return — and free its
            // PendingAudit — while the batch still writes to it.
            for (size_t i = 0; i < batch.size(); ++i)
                batch[i]->result = std::move(results[i]);
            m_auditWriting = false;
            m_auditWritten.notify_all();
        }
        return *mine.result;
    }

    // The result of each of `batch`'s entries, in order; written without the queue's lock.
    std::vector<std::optional<NodeResult<qint64>>>
    writeAuditBatch(const std::vector<PendingAudit *> &batch)
    {
        std::lock_guard lock(m_mutex);
        std::vector<std::optional<NodeResult<qint64>>> results(batch.size());
        auto failAll = [&results](const NodeError &error) {
            for (std::optional<NodeResult<qint64>> &result : results)
                result = error;
            return std::move(results);
        };
        // An audit entry is committed with an fsync, always: its answer waits for it, and so do
        // the request's earlier writes (syncWritesWithAudit). A batch of daily counts alone is a
        // request's write before its entry.
        const bool entries = std::any_of(batch.begin(), batch.end(),
                                         [](const PendingAudit *p) { return !p->take; });
        std::optional<SyncedByAudit> counts;
        if (entries && !m_synchronousFull && !setSynchronous(true))
            return failAll(internalError(m_db, QStringLiteral("starting an audit entry")));
        if (!entries)
            counts.emplace(*this);
        if (!exec("BEGIN IMMEDIATE"))
            return failAll(internalError(m_db, QStringLiteral("starting an audit entry")));
        // The chain's head is read once for the batch and written once, after its last entry, in
        // the same transaction (it was read and written per entry: two of the three statements of
        // an entry). Nothing of the batch is committed — and no caller returns a sequence number
        // — unless the entries and the head commit together.
        // Each entry of a batch of several in a savepoint of its own, so that one that cannot be
        // written fails alone. A batch of one (a node serving one request at a time) needs none:
        // its entry failing rolls the transaction back. A savepoint has SQLCipher encrypt a copy
        // of every page the entry changes for its journal (issue 16, branch sites9).
        // A request batch's entries (appendAuditEntries) are one member: one savepoint for all
        // of them, and the chain's head as it was before them when one fails.
        const bool savepoints = batch.size() > 1;
        std::optional<AuditHead> head;
        for (size_t i = 0; i < batch.size(); ++i) {
            const PendingAudit &pending = *batch[i];
            std::optional<NodeResult<qint64>> &result = results[i];
            if (savepoints && !exec("SAVEPOINT audit_entry")) {
                result = internalError(m_db, QStringLiteral("writing an audit entry"));
                continue;
            }
            std::optional<AuditHead> headBefore;
            if (pending.take) {
                result = takeDailyLocked(*pending.take);
            } else {
                if (!head)
                    head = readAuditHead();
                headBefore = head;
                if (pending.records) {
                    for (const AuditRecord &record : *pending.records) {
                        auto seq = appendAuditAt(*head, record.entry, record.requestJson);
                        if (!result || !seq)
                            result = std::move(seq);
                        if (!*result)
                            break;
                    }
                } else {
                    result = appendAuditAt(*head, pending.entry, pending.request);
                }
            }
            if (!savepoints) {
                if (!*result) {
                    exec("ROLLBACK");
                    return results;
                }
                continue;
            }
            if (!*result) {
                exec("ROLLBACK TO audit_entry");
                if (headBefore)
                    head = headBefore;
            }
            exec("RELEASE audit_entry");
        }
        if (head && head->moved && !writeAuditHead(*head)) {
            const NodeError error = internalError(m_db, QStringLiteral("writing an audit entry"));
            exec("ROLLBACK");
            return failAll(error);
        }
        if (!exec("COMMIT")) {
            const NodeError error = internalError(m_db, QStringLiteral("writing an audit entry"));
            exec("ROLLBACK");
            return failAll(error);
        }
        return results;
    }

    // The audit chain's head (meta audit_head_seq and audit_head_hash), read and advanced in
    // memory within one transaction; moved: an entry was added since it was read.
    struct AuditHead {
        qint64 seq = 0;
        QByteArray hash;
        bool moved = false;
    };

    // Both rows in one statement, so both of one commit: another connection (a serving node,
    // while `audit verify` reads) may commit an entry between two statements, and a head's
    // sequence number of one commit with the hash of the next looked like a changed log.
    AuditHead readAuditHead() const
    {
        Statement s(m_db,
                    "SELECT (SELECT value FROM meta WHERE key = 'audit_head_seq'), "
                    "(SELECT value FROM meta WHERE key = 'audit_head_hash')");
        if (s.step() != SQLITE_ROW)
            return {};
        return AuditHead { s.text(0).toLongLong(), QByteArray::fromHex(s.text(1).toLatin1()),
                           false };
    }

    // The two rows exist from initialise() on; an UPDATE OR FAIL of one row changes the meta
    // table's page alone (INSERT OR REPLACE also moved the row in its key's index) and keeps no
    // statement journal (an encrypted copy of the page; the batch's transaction is all or
    // nothing). A missing row is inserted as before.
    bool writeAuditHead(const AuditHead &head)
    {
        return updateMeta(QStringLiteral("audit_head_seq"), QString::number(head.seq))
            && updateMeta(QStringLiteral("audit_head_hash"),
                          QString::fromLatin1(head.hash.toHex()));
    }

    bool updateMeta(const QString &key, const QString &value)
    {
        {
            Statement s(m_db, "UPDATE OR FAIL meta SET value = ? WHERE key = ?");
            s.bind(1, value);
            s.bind(2, key);
            if (s.step() != SQLITE_DONE)
                return false;
            if (sqlite3_changes(m_db) == 1)
                return true;
        }
        return setMeta(key, value);
    }

    // One entry at the head, the head written with it (outside the group commit).
    NodeResult<qint64> appendAuditLocked(const QJsonObject &entryIn, const QByteArray &request)
    {
        AuditHead head = readAuditHead();
        auto seq = appendAuditAt(head, entryIn, request);
        if (seq && !writeAuditHead(head))
            return internalError(m_db, QStringLiteral("writing an audit entry"));
        return seq;
    }

    // Inserts the entry after `head` and advances `head` to it (only when it was written).
    NodeResult<qint64> appendAuditAt(AuditHead &head, const QJsonObject &entryIn,
                                     const QByteArray &request)
    {
        const qint64 seq = head.seq + 1;
        const QByteArray previous = head.hash;
        if (seq <= 0 || previous.size() != 32)
            return nodeError(NodeErrorCode::Corrupt,
                             Tr::tr("The head of the audit chain is damaged. Run "
                                    "'fairstart-node audit verify' and restore a backup."));
        QJsonObject entry = entryIn;
        entry.insert(QStringLiteral("seq"), seq);
        entry.insert(QStringLiteral("time"), nowUtcIso());
        entry.insert(QStringLiteral("software"),
                     QStringLiteral("fairstart-node " FAIRSTART_VERSION));
        // QJsonObject keeps its keys sorted, so the compact form is canonical.
        const QByteArray text
            = request.isEmpty() ? protocol::jsonText(entry) : withRequest(entry, request);
        if (text.isEmpty())
            return nodeError(NodeErrorCode::Internal,
                             Tr::tr("An audit entry's request was not a JSON object; nothing "
                                    "was written. Tell the developers."));
        const QByteArray hash = blake2b256(previous + text);
        Statement s(m_db, "INSERT INTO audit(seq, entry, prev_hash, hash) VALUES(?, ?, ?, ?)");
        s.bind(1, seq);
        s.bindBlob(2, text);
        s.bindBlob(3, previous);
        s.bindBlob(4, hash);
        if (s.step() != SQLITE_DONE)
            return internalError(m_db, QStringLiteral("writing an audit entry"));
        head = AuditHead { seq, hash, true };
        return seq;
    }

    static TokenInfo tokenFromRow(const Statement &s)
    {
        TokenInfo t;
        t.id = s.text(0);
        t.user = s.text(1);
        t.purposes = s.text(2).split(QLatin1Char(','), Qt::SkipEmptyParts);
        t.createdAt = parseIsoUtc(s.text(4));
        if (!s.isNull(5))
            t.expiresAt = parseIsoUtc(s.text(5));
        t.revoked = !s.isNull(6);
        return t;
    }

    Connection m_db; // closed (its statements first) when the store is destroyed
    QString m_dataDir;
    QString m_nodeName;
    mutable std::mutex m_mutex;
    // syncWritesWithAudit() was called; whether PRAGMA synchronous is FULL now (useWriteAheadLog
    // sets it). Under m_mutex.
    bool m_syncWithAudit = false;
    mutable bool m_synchronousFull = false;
    // The accepted peers as last read, at the file's data_version then (peers()); the generation
    // counts the times they may have changed (peersVersion()). Under m_mutex.
    mutable std::optional<std::vector<PeerInfo>> m_peers;
    mutable qint64 m_peersDataVersion = 0;
    mutable std::optional<qint64> m_dataVersion;
    mutable quint64 m_peersGeneration = 0;
    // appendAudit's group commit: entries waiting for the next commit, and whether one runs.
    std::mutex m_auditMutex;
    std::condition_variable m_auditWritten;
    std::vector<PendingAudit *> m_auditQueue;
    bool m_auditWriting = false;
};

// Opens the file and applies the key and the cipher settings; the key is only checked by the
// first read.
NodeResult<sqlite3 *> openKeyed(const QString &path, const QString &passphrase, int flags)
{
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &db,
                                   flags | SQLITE_OPEN_FULLMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        const QString why = QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
        sqlite3_close_v2(db);
        return nodeError(NodeErrorCode::Io,
                         Tr::tr("Cannot open the site store %1 (%2). Check the path and its "
                                "permissions.")
                             .arg(QDir::toNativeSeparators(path), why));
    }
    const QByteArray key = passphrase.toUtf8();
    const QByteArray pragmas = "PRAGMA kdf_iter = " + QByteArray::number(kKdfIterations)
        + "; PRAGMA cipher_page_size = 4096;";
    if (sqlite3_key(db, key.constData(), int(key.size())) != SQLITE_OK
        || sqlite3_exec(db, pragmas.constData(), nullptr, nullptr, nullptr) != SQLITE_OK) {
        NodeError e = internalError(db, QStringLiteral("applying the key"));
        sqlite3_close_v2(db);
        return e;
    }
    sqlite3_busy_timeout(db, 10000);
    return db;
}

} // namespace

SiteStore::~SiteStore() = default;

void syncWritesWithAudit(SiteStore &store)
{
    if (auto *sqlCipher = dynamic_cast<SqlCipherStore *>(&store))
        sqlCipher->syncWritesWithAudit();
}

NodeResult<std::optional<int>> SiteStore::takeDailyCount(const QString &kind, const QString &user,
                                                         const QDate &day, int limit)
{
    // The check and the count whole, for every store of this kind (only tests' wrappers use it).
    static std::mutex mutex;
    std::lock_guard lock(mutex);
    auto used = dailyCount(kind, user, day);
    if (!used)
        return used.error();
    if (*used >= limit)
        return std::optional<int>();
    auto counted = incrementDailyCount(kind, user, day);
    if (!counted)
        return counted.error();
    return std::optional<int>(*counted);
}

QString SiteStore::storePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("site.db"));
}

NodeResult<qint64> SiteStore::appendAuditWithRequest(const QJsonObject &entry,
                                                     const QByteArray &requestJson)
{
    QJsonObject whole = entry;
    whole.insert(QStringLiteral("request"), QJsonDocument::fromJson(requestJson).object());
    return appendAudit(whole);
}

NodeResult<qint64> SiteStore::ledgerCharge(const QString &, qint64, const QString &) const
{
    return nodeError(NodeErrorCode::Internal,
                     Tr::tr("This store keeps no charges of the differencing ledger; nothing was "
                            "released. Tell the developers."));
}

NodeResult<void> SiteStore::setDifferencingStateCharged(const QString &, qint64, const QByteArray &,
                                                        const LedgerCharge &)
{
    return nodeError(NodeErrorCode::Internal,
                     Tr::tr("This store keeps no charges of the differencing ledger; nothing was "
                            "recorded or released. Tell the developers."));
}

NodeResult<qint64> SiteStore::appendAuditEntries(const std::vector<AuditRecord> &records)
{
    std::optional<qint64> first;
    for (const AuditRecord &record : records) {
        auto seq = record.requestJson.isEmpty()
            ? appendAudit(record.entry)
            : appendAuditWithRequest(record.entry, record.requestJson);
        if (!seq)
            return seq.error();
        if (!first)
            first = *seq;
    }
    if (!first)
        return nodeError(NodeErrorCode::Internal,
                         Tr::tr("An empty list of audit entries was given; nothing was written. "
                                "Tell the developers."));
    return *first;
}

bool SiteStore::exists(const QString &dataDir)
{
    return QFileInfo::exists(storePath(dataDir));
}

NodeResult<std::unique_ptr<SiteStore>>
SiteStore::create(const QString &dataDir, const QString &passphrase, const QString &nodeName)
{
    if (sodium_init() < 0)
        return nodeError(NodeErrorCode::Internal, Tr::tr("libsodium could not be initialised."));
    if (passphrase.size() < kMinPassphraseLength)
        return nodeError(NodeErrorCode::InvalidInput,
                         Tr::tr("The passphrase is too short: use at least %1 characters.")
                             .arg(kMinPassphraseLength));
    if (exists(dataDir))
        return nodeError(NodeErrorCode::AlreadyExists,
                         Tr::tr("%1 already holds a site store. Use another --data-dir, or "
                                "remove the old one if you really mean to start again.")
                             .arg(QDir::toNativeSeparators(dataDir)));
    if (!QDir().mkpath(dataDir))
        return nodeError(NodeErrorCode::Io,
                         Tr::tr("Cannot create the data dir %1. Check the path and permissions.")
                             .arg(QDir::toNativeSeparators(dataDir)));
    QFile::setPermissions(dataDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    const QString path = storePath(dataDir);
    auto db = openKeyed(path, passphrase, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    if (!db)
        return db.error();
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto store = std::make_unique<SqlCipherStore>(db.value(), QDir(dataDir).absolutePath());
    auto init = store->initialise(nodeName);
    if (!init) {
        store.reset();
        QFile::remove(path);
        return init.error();
    }
    store->useWriteAheadLog();
    return std::unique_ptr<SiteStore>(std::move(store));
}

namespace {

NodeResult<std::unique_ptr<SqlCipherStore>> openSqlCipherStore(const QString &dataDir,
                                                               const QString &passphrase)
{
    if (sodium_init() < 0)
        return nodeError(NodeErrorCode::Internal, Tr::tr("libsodium could not be initialised."));
    if (!SiteStore::exists(dataDir))
        return nodeError(NodeErrorCode::NotInitialised,
                         Tr::tr("There is no site store in %1. Run 'fairstart-node init "
                                "--data-dir %1 --name NAME' first, or check --data-dir.")
                             .arg(QDir::toNativeSeparators(dataDir)));
    const QString path = SiteStore::storePath(dataDir);
    auto db = openKeyed(path, passphrase, SQLITE_OPEN_READWRITE);
    if (!db)
        return db.error();
    // SQLCipher checks the key only when the first page is read.
    const int rc
        = sqlite3_exec(db.value(), "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        const bool notADb = rc == SQLITE_NOTADB;
        // SQLCipher 3 cannot tell a wrong key from a damaged first page (or salt): both fail
        // the first page's check. The message names both, the likely one first.
        NodeError e = notADb ? nodeError(NodeErrorCode::WrongPassphrase,
                                         Tr::tr("Wrong passphrase: it does not open the site "
                                                "store in %1. Check FAIRSTART_NODE_PASSPHRASE "
                                                "or --passphrase-file. If the passphrase is "
                                                "right, the store file is damaged: keep it as "
                                                "it is and restore the data dir from a backup.")
                                             .arg(QDir::toNativeSeparators(dataDir)))
                             : internalError(db.value(), QStringLiteral("opening"));
        sqlite3_close_v2(db.value());
        return e;
    }
    auto store = std::make_unique<SqlCipherStore>(db.value(), QDir(dataDir).absolutePath());
    auto checked = store->check();
    if (!checked)
        return checked.error();
    store->useWriteAheadLog();
    return store;
}

} // namespace

NodeResult<std::unique_ptr<SiteStore>> SiteStore::open(const QString &dataDir,
                                                       const QString &passphrase)
{
    auto store = openSqlCipherStore(dataDir, passphrase);
    if (!store)
        return store.error();
    return std::unique_ptr<SiteStore>(std::move(store).value());
}

NodeResult<std::unique_ptr<SiteStore>> SiteStore::changePassphrase(const QString &dataDir,
                                                                   const QString &oldPassphrase,
                                                                   const QString &newPassphrase)
{
    if (newPassphrase.size() < kMinPassphraseLength)
        return nodeError(NodeErrorCode::InvalidInput,
                         Tr::tr("The new passphrase is too short: use at least %1 characters.")
                             .arg(kMinPassphraseLength));
    if (newPassphrase == oldPassphrase)
        return nodeError(NodeErrorCode::InvalidInput,
                         Tr::tr("The new passphrase is the same as the current one. Choose "
                                "another one."));
    {
        auto store = openSqlCipherStore(dataDir, oldPassphrase);
        if (!store)
            return store.error();
        if (auto rekeyed = store.value()->rekey(newPassphrase); !rekeyed)
            return rekeyed.error();
    }
    // The file itself says whether the rekey was committed.
    auto reopened = open(dataDir, newPassphrase);
    if (reopened)
        return reopened;
    if (openSqlCipherStore(dataDir, oldPassphrase))
        return nodeError(NodeErrorCode::Internal,
                         Tr::tr("The passphrase could not be changed; the current passphrase "
                                "still opens the site store. Check that no other program uses "
                                "the data dir and that the disk is not full, then try again."));
    return nodeError(NodeErrorCode::Corrupt,
                     Tr::tr("After the passphrase change neither the current nor the new "
                            "passphrase opens the site store in %1. Restore the data dir from "
                            "a backup.")
                         .arg(QDir::toNativeSeparators(dataDir)));
}

// --- value types --------------------------------------------------------------------------

QString variableKindId(VariableKind kind)
{
    switch (kind) {
    case VariableKind::Numeric:
        return QStringLiteral("numeric");
    case VariableKind::Categorical:
        return QStringLiteral("categorical");
    case VariableKind::Binary:
        return QStringLiteral("binary");
    }
    return QString();
}

std::optional<VariableKind> variableKindFromId(const QString &id)
{
    for (VariableKind k :
         { VariableKind::Numeric, VariableKind::Categorical, VariableKind::Binary }) {
        if (variableKindId(k) == id)
            return k;
    }
    return std::nullopt;
}

const VariableInfo *DatasetInfo::variable(const QString &variableName) const
{
    for (const VariableInfo &v : variables) {
        if (v.name == variableName)
            return &v;
    }
    return nullptr;
}

std::vector<VariableInfo> DatasetInfo::analysisVariables() const
{
    std::vector<VariableInfo> out;
    for (const VariableInfo &v : variables) {
        if (v.role == VariableRole::Variable)
            out.push_back(v);
    }
    return out;
}

QString DatasetInfo::consentColumn(const QString &purpose) const
{
    for (const VariableInfo &v : variables) {
        if (v.role == VariableRole::Consent && v.consentPurpose == purpose)
            return v.name;
    }
    return QString();
}

QStringList DatasetInfo::consentPurposes() const
{
    QStringList out;
    for (const VariableInfo &v : variables) {
        if (v.role == VariableRole::Consent)
            out.append(v.consentPurpose);
    }
    out.sort();
    return out;
}

QString DatasetInfo::recordIdColumn() const
{
    for (const VariableInfo &v : variables) {
        if (v.role == VariableRole::RecordId)
            return v.name;
    }
    return QString();
}

bool TokenInfo::usableAt(const QDateTime &now) const
{
    return !revoked && (!expiresAt.isValid() || now < expiresAt);
}

namespace detail {

namespace {
QString roleId(VariableRole role)
{
    switch (role) {
    case VariableRole::Variable:
        return QStringLiteral("variable");
    case VariableRole::Consent:
        return QStringLiteral("consent");
    case VariableRole::RecordId:
        return QStringLiteral("id");
    }
    return QString();
}
} // namespace

QJsonObject datasetInfoToJson(const DatasetInfo &info)
{
    QJsonArray variables;
    for (const VariableInfo &v : info.variables) {
        QJsonObject o { { QStringLiteral("name"), v.name },
                        { QStringLiteral("kind"), variableKindId(v.kind) },
                        { QStringLiteral("role"), roleId(v.role) },
                        { QStringLiteral("label"), v.label },
                        { QStringLiteral("missing"), v.missing } };
        if (v.role == VariableRole::Consent)
            o.insert(QStringLiteral("purpose"), v.consentPurpose);
        if (!v.levels.isEmpty())
            o.insert(QStringLiteral("levels"), QJsonArray::fromStringList(v.levels));
        if (!v.levelLabels.isEmpty())
            o.insert(QStringLiteral("level_labels"), QJsonArray::fromStringList(v.levelLabels));
        variables.append(o);
    }
    return QJsonObject { { QStringLiteral("name"), info.name },
                         { QStringLiteral("label"), info.label },
                         { QStringLiteral("source_sha256"), info.sourceSha256 },
                         { QStringLiteral("variables"), variables } };
}

DatasetInfo datasetInfoFromJson(const QJsonObject &json)
{
    DatasetInfo info;
    info.name = json.value(QStringLiteral("name")).toString();
    info.label = json.value(QStringLiteral("label")).toString();
    info.sourceSha256 = json.value(QStringLiteral("source_sha256")).toString();
    for (const QJsonValue &value : json.value(QStringLiteral("variables")).toArray()) {
        const QJsonObject o = value.toObject();
        VariableInfo v;
        v.name = o.value(QStringLiteral("name")).toString();
        v.kind = variableKindFromId(o.value(QStringLiteral("kind")).toString())
                     .value_or(VariableKind::Numeric);
        const QString role = o.value(QStringLiteral("role")).toString();
        v.role = role == QLatin1String("consent") ? VariableRole::Consent
            : role == QLatin1String("id")         ? VariableRole::RecordId
                                                  : VariableRole::Variable;
        v.label = o.value(QStringLiteral("label")).toString();
        v.consentPurpose = o.value(QStringLiteral("purpose")).toString();
        v.missing = o.value(QStringLiteral("missing")).toInteger();
        for (const QJsonValue &level : o.value(QStringLiteral("levels")).toArray())
            v.levels.append(level.toString());
        for (const QJsonValue &label : o.value(QStringLiteral("level_labels")).toArray())
            v.levelLabels.append(label.toString());
        if (v.levelLabels.size() != v.levels.size())
            v.levelLabels.clear(); // absent before issue 17
        info.variables.push_back(std::move(v));
    }
    return info;
}

QByteArray blake2b256(const QByteArray &data)
{
    QByteArray out(crypto_generichash_BYTES, '\0');
    crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), std::size_t(out.size()),
                       reinterpret_cast<const unsigned char *>(data.constData()),
                       std::size_t(data.size()), nullptr, 0);
    return out;
}

QByteArray randomBytes(int count)
{
    QByteArray out(count, '\0');
    randombytes_buf(out.data(), std::size_t(count));
    return out;
}

QString nowUtcIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

bool isValidUserName(const QString &user)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9._@-]{1,64}$"));
    return re.match(user).hasMatch();
}

bool isValidPurpose(const QString &purpose)
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9_-]{0,31}$"));
    return re.match(purpose).hasMatch();
}

} // namespace detail

// A store without a register of validation models (a test double) says so.
NodeResult<ModelRegistration> SiteStore::addValidationModel(const ValidationModel &)
{
    return nodeError(NodeErrorCode::Internal, Tr::tr("This store keeps no validation models."));
}

NodeResult<std::vector<SiteStore::ValidationModel>> SiteStore::validationModels() const
{
    return nodeError(NodeErrorCode::Internal, Tr::tr("This store keeps no validation models."));
}

NodeResult<ModelRemoval> SiteStore::removeValidationModel(const QString &)
{
    return nodeError(NodeErrorCode::Internal, Tr::tr("This store keeps no validation models."));
}

} // namespace fairstart::node

// SPDX-License-Identifier: GPL-3.0-or-later
// The site store: datasets, tokens, the audit chain and cohort memory, in one encrypted file.
#pragma once

#include "fairstart/node/storeresult.h"

#include "fairstart/analysis/datatable.h"
#include "fairstart/analysis/disclosure.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace fairstart::node {

enum class VariableKind { Numeric, Categorical, Binary };
// Variable: an analysis variable (in the catalogue). Consent: a 0/1 flag saying whether the record
// may be used for `consentPurpose` (missing = no). RecordId: the record's stable id, used for the
// administrator (rows of one import are what the differencing ledger tracks); never part of
// the table handed to analysis.
enum class VariableRole { Variable, Consent, RecordId };

QString variableKindId(VariableKind kind); // "numeric", "categorical", "binary"
std::optional<VariableKind> variableKindFromId(const QString &id);

struct VariableInfo {
    QString name;
    VariableKind kind = VariableKind::Numeric;
    VariableRole role = VariableRole::Variable;
    QString label; // a human description, may be empty
    QString consentPurpose; // role Consent only
    QStringList levels; // Categorical: the levels in code order (sorted unless the schema
                        // gave an order); empty otherwise
    QStringList levelLabels = {}; // parallel to levels when the schema labelled them ("" = none)
    qint64 missing = 0; // exact count, node-internal: round before releasing anything
};

struct DatasetInfo {
    QString name;
    QString label;
    qint64 generation = 0; // unique per import across the store: changes on every re-import
    qint64 rows = 0;
    QDateTime importedAt; // UTC
    QString sourceSha256; // hex SHA-256 of the imported CSV file, for the administrator
    std::vector<VariableInfo> variables; // in CSV column order, all roles

    const VariableInfo *variable(const QString &name) const; // nullptr if there is none
    // The analysis variables (role Variable) only: what a catalogue may describe.
    std::vector<VariableInfo> analysisVariables() const;
    // The consent column for a purpose, or an empty string when the dataset has none.
    QString consentColumn(const QString &purpose) const;
    QStringList consentPurposes() const;
    QString recordIdColumn() const; // empty when record ids are row numbers (1-based)
};

class LatticeColumn; // release/latticecolumns.h
class LatticeColumns;

// A dataset as the analysis sees it: every Variable and Consent column (Binary and Consent
// columns as Numeric 0/1, NaN missing), plus one stable record id per row.
// What the release rules keep of one table as read (release/datasetdominance.cpp: per consent mask
// each numeric variable's extreme records and the sums of the cohort of all those records), filled
// by the preload before the node says it listens (issue 16). It belongs to the very object it was
// made in: a copy or a move of a LoadedDataset starts with none (a copy may change its columns).
struct DatasetMemo;
class DatasetMemoSlot {
public:
    DatasetMemoSlot() = default;
    DatasetMemoSlot(const DatasetMemoSlot &) { }
    DatasetMemoSlot(DatasetMemoSlot &&) noexcept { }
    DatasetMemoSlot &operator=(const DatasetMemoSlot &)
    {
        reset();
        return *this;
    }
    DatasetMemoSlot &operator=(DatasetMemoSlot &&) noexcept
    {
        reset();
        return *this;
    }
    ~DatasetMemoSlot() = default;
    // This object's memo, made at the first call (safe between threads).
    std::shared_ptr<DatasetMemo> get() const;

private:
    void reset();
    mutable std::mutex m_mutex;
    mutable std::shared_ptr<DatasetMemo> m_memo;
};

struct LoadedDataset {
    DatasetInfo info;
    analysis::DataTable table;
    std::vector<std::int64_t> recordIds;
    // The lattice step of each numeric column's histograms (datasetHistogramStep), filled when the
    // dataset cache loads the table and carried by a design's columns, which lack the consent
    // columns the whole-number floor is decided over. A column not in it is computed when asked.
    std::map<std::string, double> histogramSteps;
    // A design's columns only (designColumns): the numeric predictors of a binomial design as
    // the cells of their lattices in place of their numbers, with the lattice check's
    // partitions of the last evaluated cohort (release/latticecolumns.h). Null for a table.
    std::shared_ptr<const LatticeColumns> lattice;
    // A table only (issue 16): its numeric variables as lattice cells at their histogram steps,
    // computed when the dataset cache reads the table (during the preload, before the node says
    // it listens), so that a binomial design's columns share them instead of encoding at the
    // first job (cacheLatticeCells). A null entry: the column cannot be encoded (the design keeps
    // its numbers). Each entry belongs to the very column buffer it was encoded from
    // (`cellsOf`), so a copy of the table with other columns never uses it.
    struct TableCells {
        const double *from = nullptr; // the column's numeric data when encoded
        std::size_t rows = 0;
        double step = 0;
        std::shared_ptr<const LatticeColumn> cells;
    };
    std::map<std::string, TableCells> latticeCells;
    // A table only: what the release rules computed over it and keep (DatasetMemoSlot).
    DatasetMemoSlot memo;
};

struct TokenInfo {
    QString id; // short public id: shown by "token list", used by "token revoke"
    QString user;
    QStringList purposes;
    QDateTime createdAt; // UTC
    QDateTime expiresAt; // UTC; invalid = never expires
    bool revoked = false;

    // Not revoked and not expired at `now`.
    bool usableAt(const QDateTime &now) const;
};

// What revokeToken did: a token is revoked once; revoking it again changes nothing and says so.
enum class TokenRevocation { Revoked, AlreadyRevoked };

// What addPeer did: a peer whose name or one of whose keys is pinned already is never replaced
// (a peer's keys change by remove, then add: two audited steps).
enum class PeerAddition { Added, AlreadyPinned };
// What removePeer did.
enum class PeerRemoval { Removed, NoSuchPeer };
// What addValidationModel did: a model whose name or hash is registered already is kept as it is.
enum class ModelRegistration { Registered, AlreadyRegistered };
// What removeValidationModel did.
enum class ModelRemoval { Removed, NoSuchModel };

struct CreatedToken {
    QString token; // the plaintext, shown once; the store keeps only its hash
    TokenInfo info;
};

struct AuditEntry {
    qint64 seq = 0;
    QDateTime time; // UTC
    QJsonObject entry; // the full entry as hashed, including "seq", "time", "software"
    QByteArray previousHash; // 32 bytes (all zero for the first entry)
    QByteArray hash; // BLAKE2b-256(previousHash || canonical JSON of entry)
};

struct AuditVerification {
    bool ok = true;
    qint64 entries = 0; // entries checked
    qint64 firstBadSeq = 0; // 0 when ok
    QString problem; // what is wrong at firstBadSeq (changed, missing, out of order)
};

// Counts of an import, for the administrator.
struct ImportSummary {
    QString dataset;
    qint64 rows = 0;
    int columns = 0;
    qint64 generation = 0;
    bool replaced = false; // an earlier import of this dataset was replaced
    // A re-import whose ledgers were carried (release/ledgercarry.h): the records it added
    // (changed ones included), the records of the earlier import it no longer holds (changed
    // ones included: their old version), the changed ones, and the added records held out of
    // every cohort until minCell of them are in. -1: no carry.
    qint64 recordsAdded = -1, recordsRemoved = -1, recordsChanged = -1, recordsHeld = 0;
    // Of the changed records, those whose consent alone changed (docs/privacy-rules.md, "Consent
    // changes are changed records").
    qint64 recordsConsentChanged = 0;
    // Added records are held until this many are in (the policy's min_cell, at least 10).
    qint64 heldUntil = 10;
    // A schema change carried (release/ledgercarry.h, RecordMatch): the categorical variables
    // whose levels changed, their ledger cells remapped by level text; the variables whose
    // earlier cells the new import cannot read (another kind, a level gone).
    QStringList remappedVariables, unreadableVariables;
};

// A peer node this node's administrator accepted for studies ('fairstart-node peers add'): a
// manifest may name another site only with exactly these keys (docs/node.md, "Peers").
struct PeerInfo {
    QString name; // the peer's node name, as in its /v1/info and every manifest
    QString signingKey; // Ed25519 public key, standard base64 of 32 bytes
    QString keyAgreementKey; // X25519 public key, standard base64 of 32 bytes
    QString note; // the administrator's note (who vouched, how the keys were compared)
    QDateTime addedAt; // UTC
};

// The store behind an interface, so that another backend (PostgreSQL) can follow. Every method is
// thread-safe. Expected failures (unknown dataset, bad CSV, wrong passphrase) are NodeErrors.
class SiteStore {
public:
    virtual ~SiteStore();

    // <dataDir>/site.db, SQLCipher-encrypted with a key derived from the passphrase.
    static QString storePath(const QString &dataDir);
    static bool exists(const QString &dataDir);
    // Creates a new store; fails with AlreadyExists if there is one.
    static NodeResult<std::unique_ptr<SiteStore>>
    create(const QString &dataDir, const QString &passphrase, const QString &nodeName);
    // Opens an existing store; WrongPassphrase when the key does not open it, NotInitialised
    // when there is no store.
    static NodeResult<std::unique_ptr<SiteStore>> open(const QString &dataDir,
                                                       const QString &passphrase);
    // Re-encrypts the whole store under a new passphrase (SQLCipher's rekey, one transaction) and
    // returns it opened with the new one. WrongPassphrase when the old passphrase does not open
    // it; InvalidInput when the new one breaks the rule of create() or equals the old one. Every
    // failure leaves the store as it was, opened by the old passphrase. Nothing may hold the store
    // open meanwhile (a server would keep the old key): the caller makes sure of that.
    static NodeResult<std::unique_ptr<SiteStore>> changePassphrase(const QString &dataDir,
                                                                   const QString &oldPassphrase,
                                                                   const QString &newPassphrase);

    virtual QString nodeName() const = 0;
    virtual QString dataDir() const = 0;

    // Makes the statement that runs on the store's connection now, and any started before it
    // ends, fail (SQLite's sqlite3_interrupt): a dataset being read (loadTable) stops at its next
    // column with an error. For a server that stops: it calls this once no request runs, so that
    // a preload does not hold the exit back. Safe from any thread; without a running statement
    // it does nothing.
    virtual void interrupt() const = 0;

    // Small secrets and settings kept encrypted in the store (e.g. the node's signing key).
    virtual NodeResult<QByteArray> secret(const QString &key) const = 0; // NotFound if unset
    virtual NodeResult<void> setSecret(const QString &key, const QByteArray &value) = 0;

    // Datasets.
    virtual NodeResult<std::vector<DatasetInfo>> datasets() const = 0;
    virtual NodeResult<DatasetInfo> datasetInfo(const QString &name) const = 0;
    // Cheap: for caches that reload when it changes. NotFound for an unknown dataset.
    virtual NodeResult<qint64> generation(const QString &name) const = 0;
    virtual NodeResult<LoadedDataset> loadTable(const QString &name) const = 0;
    // Typed import of a CSV file (see import.h for the rules and the schema); all or nothing.
    // Replaces an earlier import of the same name. Audited.
    NodeResult<ImportSummary> importCsv(const QString &name, const QString &csvPath,
                                        const QString &schemaPath = QString());
    // Stores a parsed dataset in one transaction (what importCsv calls). `info.generation` and
    // `info.importedAt` are set by the store. The table holds the Variable and Consent columns,
    // recordIds one id per row.
    virtual NodeResult<ImportSummary> storeDataset(const DatasetInfo &info,
                                                   const analysis::DataTable &table,
                                                   const std::vector<std::int64_t> &recordIds)
        = 0;
    virtual NodeResult<void> dropDataset(const QString &name) = 0;
    // Forgets a dataset for good (docs/privacy-rules.md, "Forgetting a dataset"): its table and
    // record ids, a removed copy of it, the old versions its re-imports kept, and every ledger
    // of it are deleted and the store's free pages given back; what stays is a suppression list
    // (a keyed 64-bit hash of each forgotten record's tuple of analysis values, never its
    // values), so that an import that holds min_cell or more of those records under any name
    // is refused. Works on a listed dataset or on one `dropDataset` removed. The number of
    // records forgotten (every version), or an error (NotFound: nothing of that name).
    virtual NodeResult<qint64> forgetDataset(const QString &name) = 0;

    // Tokens: "fst_<id>_<secret>", 256 random bits of secret; only BLAKE2b-256 of the secret is
    // stored. expiresDays <= 0 means no expiry.
    virtual NodeResult<CreatedToken> createToken(const QString &user, const QStringList &purposes,
                                                 int expiresDays)
        = 0;
    // The token's info if its id is known and its secret matches (compared in constant time),
    // revoked or expired ones included: check usableAt(). nullopt for anything else.
    virtual std::optional<TokenInfo> verifyToken(const QString &plaintext) const = 0;
    virtual NodeResult<std::vector<TokenInfo>> listTokens() const = 0;
    virtual NodeResult<TokenRevocation> revokeToken(const QString &id)
        = 0; // NotFound for an unknown id

    // The audit chain. appendAudit adds "seq", "time" (UTC, ISO 8601 with ms) and "software" to
    // the entry and returns its sequence number. Never put a data row into an entry.
    virtual NodeResult<qint64> appendAudit(const QJsonObject &entry) = 0;
    // The same entry with a "request" member whose value is `requestJson`, the canonical JSON of
    // the request (protocol::canonicalJson; describeRequest's `requestJson`), given as text:
    // `entry` has no "request" of its own. The store writes the text into the entry as it is
    // instead of rendering the object again (a relay of 100 sites is 0.6 MB). This default
    // parses it and calls appendAudit.
    virtual NodeResult<qint64> appendAuditWithRequest(const QJsonObject &entry,
                                                      const QByteArray &requestJson);
    // Several entries in one commit (one fsync), in order, with consecutive sequence numbers:
    // all of them are written or none is (a request batch's parts, whose answers leave the node
    // together; issue 16, branch sites13). Returns the first entry's sequence number. Each
    // element is an entry and its request's canonical JSON (empty: none), as
    // appendAuditWithRequest takes them. This default writes them one after the other through
    // appendAuditWithRequest and stops at the first that fails (the ones before it stay written).
    struct AuditRecord {
        QJsonObject entry;
        QByteArray requestJson;
    };
    virtual NodeResult<qint64> appendAuditEntries(const std::vector<AuditRecord> &records);
    virtual NodeResult<AuditVerification> verifyAudit() const = 0;
    virtual NodeResult<std::vector<AuditEntry>> auditEntries(qint64 fromSeq, int count) const = 0;
    virtual NodeResult<qint64> auditCount() const = 0;

    // The differencing ledger of a dataset's import (release/differencing.h), an opaque blob;
    // nullopt before its first release. Storing one removes the ledgers of earlier imports.
    virtual NodeResult<std::optional<QByteArray>> differencingState(const QString &dataset,
                                                                    qint64 generation) const = 0;
    virtual NodeResult<void> setDifferencingState(const QString &dataset, qint64 generation,
                                                  const QByteArray &state)
        = 0;
    // A user's charge of a dataset import's differencing atom share (release/differencing.h,
    // DifferencingLimits::atomsPerUser): the atoms that user's releases added to its ledgers; 0
    // before any. Carried by a re-import as the ledgers are.
    virtual NodeResult<qint64> ledgerCharge(const QString &dataset, qint64 generation,
                                            const QString &user) const;
    // setDifferencingState of `key` and `charge.atoms` added to the user's charge of the dataset,
    // in one transaction. The defaults of both fail: a store that keeps no charges records no
    // charged release.
    struct LedgerCharge {
        QString dataset;
        QString user;
        qint64 atoms = 0;
    };
    virtual NodeResult<void> setDifferencingStateCharged(const QString &key, qint64 generation,
                                                         const QByteArray &state,
                                                         const LedgerCharge &charge);

    // The studies (protocol version 2) this node converged in, as participant or observer: the
    // final β its own coordinator computed, which evaluations, calibration studies and per-site
    // fits use (never a β from a client). Per user; the oldest beyond kMaxStudiesPerUser are
    // forgotten.
    struct StudyOutcome {
        QString study; // protocol::studyHash of the manifest
        QString jobId; // the job at this node
        QString user;
        QString dataset;
        QString purpose;
        QString designHash;
        QByteArray manifest; // protocol::manifestBytes
        QByteArray finalBeta; // the doubles' bytes, little-endian as computed
    };
    static constexpr int kMaxStudiesPerUser = 256;
    virtual NodeResult<void> recordStudyOutcome(const StudyOutcome &outcome) = 0;
    // The user's converged study with this study hash (or, when `study` is empty, this job id).
    virtual NodeResult<std::optional<StudyOutcome>>
    studyOutcome(const QString &user, const QString &study, const QString &jobId) const = 0;

    // Validation models the administrator registered (`fairstart-node models`): a design and a
    // β from a file, evaluated on request like the final β of a study (never a client's β).
    // Kept in the encrypted store; adding and removing are audited by the command.
    struct ValidationModel {
        QString name;
        QString hash; // protocol::validationModelHash(design, beta)
        QByteArray design; // canonical JSON of the resolved design
        QByteArray beta; // the doubles' bytes, little-endian
        QString note;
        QString addedAt; // UTC, ISO 8601
    };
    virtual NodeResult<ModelRegistration> addValidationModel(const ValidationModel &model);
    virtual NodeResult<std::vector<ValidationModel>> validationModels() const;
    virtual NodeResult<ModelRemoval> removeValidationModel(const QString &name);

    // The participant sets (names, sorted) of every study this node joined, per dataset and
    // purpose, so that its policy can refuse a set one site away from an earlier one.
    virtual NodeResult<void> recordParticipantSet(const QString &dataset, const QString &purpose,
                                                  const QStringList &participants)
        = 0;
    virtual NodeResult<std::vector<QStringList>> participantSets(const QString &dataset,
                                                                 const QString &purpose) const = 0;

    // The accepted peers, sorted by name.
    virtual NodeResult<std::vector<PeerInfo>> peers() const = 0;
    // A number that changes whenever the accepted peers may have changed (this store's own
    // changes, and any commit of another connection to the file: the administrator's
    // `fairstart-node peers` in another process); nullopt when the store cannot tell. Equal
    // numbers mean the same peers as peers() returned at the first of them (issue 16: a node
    // checks a study's sites against its peers on every relayed round).
    virtual std::optional<quint64> peersVersion() const { return std::nullopt; }
    virtual NodeResult<PeerAddition> addPeer(const PeerInfo &peer) = 0;
    virtual NodeResult<PeerRemoval> removePeer(const QString &name) = 0;
    // Pins every peer of `peers` and appends `auditEntries` (one per peer, in order) to the audit
    // chain in one transaction: all of them or nothing ('fairstart-node peers import'). When a
    // name or key is pinned already nothing changes: AlreadyPinned, `conflict` naming that peer.
    struct PeerBatch {
        PeerAddition outcome = PeerAddition::Added;
        QString conflict; // AlreadyPinned: the name of the peer that could not be pinned
    };
    virtual NodeResult<PeerBatch> addPeers(const std::vector<PeerInfo> &peers,
                                           const std::vector<QJsonObject> &auditEntries)
        = 0;

    // Jobs opened per user per UTC day, for the daily cap.
    virtual NodeResult<int> incrementDailyJobs(const QString &user, const QDate &day) = 0;
    virtual NodeResult<int> dailyJobs(const QString &user, const QDate &day) const = 0;
    // Requests of another kind (e.g. "descriptives") per user per UTC day; "" is the jobs.
    virtual NodeResult<int> incrementDailyCount(const QString &kind, const QString &user,
                                                const QDate &day)
        = 0;
    virtual NodeResult<int> dailyCount(const QString &kind, const QString &user,
                                       const QDate &day) const = 0;
    // One more request of `kind` ("" the jobs) for `user` on `day` if fewer than `limit` were
    // counted: the count after it, or nullopt when the cap is spent (nothing counted). The count
    // is durable when this returns, as incrementDailyCount's. The check and the increment are one
    // step, so concurrent callers need no lock of their own (the default checks, then counts,
    // under a lock; SQLCipher's is one statement, committed with the concurrent audit entries
    // and counts in one transaction: one fsync for all).
    virtual NodeResult<std::optional<int>> takeDailyCount(const QString &kind, const QString &user,
                                                          const QDate &day, int limit);

protected:
    SiteStore() = default;
};

} // namespace fairstart::node

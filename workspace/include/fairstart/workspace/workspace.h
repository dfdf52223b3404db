// SPDX-License-Identifier: GPL-3.0-or-later
// The analyst's encrypted .fairstart file: one SQLCipher database, one transaction per change.
#pragma once

#include "fairstart/workspace/records.h"
#include "fairstart/workspace/result.h"

#include <QJsonValue>
#include <QObject>

#include <chrono>
#include <memory>

class QTimer;

namespace fairstart::workspace {

class Database;

// Not thread-safe: use a Workspace from the thread that opened it (the UI thread).
class Workspace : public QObject {
    Q_OBJECT

public:
    // The schema version this build writes; files with a higher PRAGMA user_version are refused.
    static constexpr int SchemaVersion = 3;
    static QString fileSuffix() { return QStringLiteral("fairstart"); }

    // Creates a new workspace. Refuses (AlreadyExists) if anything exists at `path`.
    static Result<std::unique_ptr<Workspace>> create(const QString &path,
                                                     const QString &passphrase);
    // Opens an existing workspace, migrating an older schema (each step one transaction).
    // A wrong passphrase, a foreign or damaged file: refused, the file is not written.
    static Result<std::unique_ptr<Workspace>> open(const QString &path, const QString &passphrase);

    ~Workspace() override; // flushes a pending autosave, then closes

    QString path() const;
    bool isOpen() const;
    void close(); // flushes a pending autosave; idempotent
    // Re-opens after close() or an idle lock. WrongPassphrase leaves the workspace closed.
    Result<void> unlock(const QString &passphrase);
    // Re-encrypts the whole file under `newPassphrase` (PRAGMA rekey). `oldPassphrase` must match.
    Result<void> changePassphrase(const QString &oldPassphrase, const QString &newPassphrase);

    // Idle lock: after `idle` without noteActivity(), the workspace flushes autosave, closes and
    // emits locked(). Zero switches it off (the default).
    void lockAfter(std::chrono::milliseconds idle);
    std::chrono::milliseconds lockInterval() const;

    // --- designs -------------------------------------------------------------------------------
    // Adds a version to the design called `name`, creating the design if there is none.
    Result<SavedDesign> saveDesign(const QString &name, const QJsonObject &design);
    // Adds a version to design `id`.
    Result<SavedDesign> saveDesignVersion(qint64 id, const QJsonObject &design);
    Result<QList<DesignSummary>> designs() const; // sorted by name
    Result<Design> design(qint64 id) const; // newest version
    Result<DesignVersion> designVersion(qint64 id, int version) const;
    Result<QList<DesignVersion>> designHistory(qint64 id) const; // oldest first
    Result<void> renameDesign(qint64 id, const QString &newName);
    Result<void> deleteDesign(qint64 id); // its runs stay, with designId 0 and the name kept

    // Autosave of the design being edited: scheduleAutosave() restarts a timer, so a burst of
    // edits becomes one version (only if the JSON changed). close() and lock flush it.
    void setCurrentDesign(qint64 id); // 0 = none; flushes a pending autosave of the previous one
    qint64 currentDesign() const;
    void setAutosaveDelay(std::chrono::milliseconds delay); // default 2 s
    bool hasPendingAutosave() const;
    Result<void> flushAutosave();

    // --- .fsmodel sharing (see fsmodel.h for the format) -----------------------------------------
    Result<void> exportDesign(qint64 id, const QString &filePath) const;
    // Imports as a new design; a taken name gets " (2)", " (3)", ... appended.
    Result<SavedDesign> importDesign(const QString &filePath);

    // --- runs ------------------------------------------------------------------------------------
    // Records a run of the newest version of `designId` at `sites` (all Pending).
    Result<qint64> addRun(qint64 designId, const QJsonObject &request, const QStringList &sites);
    Result<void> updateRunSite(qint64 runId, const QString &site, SiteRunState state,
                               const QString &message = {});
    // Stores the run's aggregates (never rows) and marks it finished.
    Result<void> setRunResult(qint64 runId, const QJsonObject &aggregates);
    Result<QList<RunSummary>> runs(qint64 designId = 0) const; // newest first; 0 = all
    Result<Run> run(qint64 runId) const;

    // --- published models (read-only once published) ------------------------------------------
    Result<qint64> publishModel(qint64 runId, const QString &name, const QJsonObject &model);
    Result<QList<PublishedModel>> publishedModels() const; // newest first

    // --- site registry -------------------------------------------------------------------------
    // A site is found by its name (unique in the workspace). Its study keys change only through
    // recordSiteKeys (first use) and acceptSiteKeys (a deliberate change): addSite stores the
    // keys it is given, updateSite never touches them.
    Result<QList<Site>> sites() const; // sorted by name
    Result<Site> site(const QString &name) const;
    Result<void> addSite(const Site &site);
    // Replaces address, pin and token of the site called `name`, and renames it to site.name.
    Result<void> updateSite(const QString &name, const Site &site);
    Result<void> removeSite(const QString &name);
    // First use: stores the node's study keys for a site that has none. A site that holds keys
    // already keeps them; KeyChanged when they differ from the given ones, nothing when equal.
    Result<void> recordSiteKeys(const QString &name, const QString &signingKey,
                                const QString &keyAgreementKey);
    // The user confirmed a changed key with the site's administrator: replaces the keys, but only
    // while the site still holds `expected`'s keys (what the user was shown as the old keys);
    // otherwise KeyChanged, so that a key recorded meanwhile is never overwritten unseen.
    Result<void> acceptSiteKeys(const QString &name, const Site &expected,
                                const QString &signingKey, const QString &keyAgreementKey);

    // --- settings ------------------------------------------------------------------------------
    Result<void> setSetting(const QString &key, const QJsonValue &value);
    // A missing key gives `defaultValue` (Undefined unless given).
    Result<QJsonValue> setting(const QString &key,
                               const QJsonValue &defaultValue = QJsonValue::Undefined) const;
    Result<void> removeSetting(const QString &key);

    // --- hash-chained request log ----------------------------------------------------------------
    Result<RequestLogEntry> appendRequestLog(const QJsonObject &entry);
    Result<QList<RequestLogEntry>> requestLog() const; // oldest first
    // Recomputes the chain: detects changed, removed, inserted and reordered entries.
    Result<RequestLogCheck> verifyRequestLog() const;

    // PRAGMA cipher_integrity_check + integrity_check; an empty list means healthy.
    Result<QStringList> integrityCheck() const;

public Q_SLOTS:
    void noteActivity(); // the UI calls this on user input; restarts the idle-lock timer
    void scheduleAutosave(const QJsonObject &design); // for the current design

Q_SIGNALS:
    void locked();
    void autosaved(qint64 designId, int version);
    void autosaveFailed(const fairstart::workspace::WorkspaceError &error);
    void designsChanged();
    void runsChanged();
    void sitesChanged();
    void publishedModelsChanged();

private:
    explicit Workspace(const QString &path, std::unique_ptr<Database> db);
    void onIdleTimeout();
    void onAutosaveTimeout();

    QString m_path;
    std::unique_ptr<Database> m_db;
    QTimer *m_idleTimer = nullptr;
    QTimer *m_autosaveTimer = nullptr;
    qint64 m_currentDesign = 0;
    std::optional<QJsonObject> m_pendingAutosave;
};

} // namespace fairstart::workspace

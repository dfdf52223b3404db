// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/workspace/workspace.h"

#include "database.h"
#include "fairstart/workspace/fsmodel.h"
#include "fairstart/workspace/tr.h"

#include "fairstart/client/siteregistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTimer>

#include <sodium.h>
#include <sqlite3.h>

namespace fairstart::workspace {

namespace {

constexpr int HashSize = 32;

WorkspaceError error(WorkspaceError::Code code, const QString &message)
{
    return WorkspaceError { code, message };
}

WorkspaceError closedError()
{
    return error(WorkspaceError::Closed,
                 Tr::tr("The workspace is locked or closed. Unlock it with its passphrase and "
                        "try again."));
}

template<typename T, typename F> Result<T> guarded(Database *db, F &&f)
{
    if (!db)
        return closedError();
    try {
        return f(*db);
    } catch (const SqlError &e) {
        return toWorkspaceError(e);
    }
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime toTime(const QString &text)
{
    // Stored with a 'Z' suffix, so this parses as UTC.
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

QString toJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject toObject(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

QByteArray chainHash(const QByteArray &previous, const QByteArray &canonical)
{
    QByteArray out(HashSize, Qt::Uninitialized);
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, HashSize);
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char *>(previous.constData()),
                              quint64(previous.size()));
    crypto_generichash_update(&state,
                              reinterpret_cast<const unsigned char *>(canonical.constData()),
                              quint64(canonical.size()));
    crypto_generichash_final(&state, reinterpret_cast<unsigned char *>(out.data()), HashSize);
    return out;
}

// What the chain hashes: the entry with its sequence number and time, as compact JSON (QJsonObject
// sorts keys, so the same record always gives the same bytes).
QByteArray canonicalRecord(qint64 seq, const QString &time, const QJsonObject &entry)
{
    QJsonObject record;
    record.insert(QStringLiteral("entry"), entry);
    record.insert(QStringLiteral("seq"), seq);
    record.insert(QStringLiteral("time"), time);
    return QJsonDocument(record).toJson(QJsonDocument::Compact);
}

// `emptyMessage` is a whole translated sentence: fragments do not translate.
Result<QString> checkedName(const QString &name, const QString &emptyMessage)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return error(WorkspaceError::Invalid, emptyMessage);
    return trimmed;
}

WorkspaceError designNotFound(qint64 id)
{
    return error(WorkspaceError::NotFound,
                 Tr::tr("There is no design %1 in this workspace; it may have been deleted. "
                        "Refresh the list.")
                     .arg(id));
}

WorkspaceError runNotFound(qint64 id)
{
    return error(WorkspaceError::NotFound,
                 Tr::tr("There is no run %1 in this workspace. Refresh the list.").arg(id));
}

WorkspaceError siteNotFound(const QString &name)
{
    return error(WorkspaceError::NotFound,
                 Tr::tr("There is no site \"%1\" in this workspace. Refresh the list.").arg(name));
}

WorkspaceError keyChanged(const QString &name)
{
    return error(WorkspaceError::KeyChanged,
                 Tr::tr("Site %1 presents other study keys than the ones recorded for it; they "
                        "were not replaced. Confirm the new keys with the site's administrator, "
                        "then accept them in the Sites panel.")
                     .arg(name));
}

// Keys are compared as bytes: the same key in another base64 spelling is the same key.
bool sameKey(const QString &a, const QString &b)
{
    return QByteArray::fromBase64(a.toLatin1()) == QByteArray::fromBase64(b.toLatin1());
}

std::optional<WorkspaceError> badKeys(const QString &name, const QString &signingKey,
                                      const QString &keyAgreementKey)
{
    if (client::SiteRegistry::isValidKey(signingKey)
        && client::SiteRegistry::isValidKey(keyAgreementKey))
        return std::nullopt;
    return error(WorkspaceError::Invalid,
                 Tr::tr("The study keys of site %1 are not an Ed25519 and an X25519 public key "
                        "(base64 of 32 bytes each); nothing was recorded. Check the site again.")
                     .arg(name));
}

bool designExists(Database &db, qint64 id)
{
    Statement s(db.handle(), "SELECT 1 FROM designs WHERE id = ?");
    s.bind(1, id);
    return s.step();
}

// Adds a version unless the JSON equals the newest one. Runs inside the caller's transaction.
SavedDesign addVersion(Database &db, qint64 id, const QJsonObject &design, bool autosaved)
{
    const QString json = toJson(design);
    int latest = 0;
    {
        Statement s(db.handle(),
                    "SELECT version, json FROM design_versions WHERE design_id = ? "
                    "ORDER BY version DESC LIMIT 1");
        s.bind(1, id);
        if (s.step()) {
            latest = int(s.int64(0));
            if (s.text(1) == json)
                return SavedDesign { id, latest, false };
        }
    }
    const QString time = now();
    Statement insert(db.handle(),
                     "INSERT INTO design_versions(design_id, version, json, saved, "
                     "autosaved) VALUES(?, ?, ?, ?, ?)");
    insert.bind(1, id).bind(2, latest + 1).bind(3, json).bind(4, time).bind(5, autosaved ? 1 : 0);
    insert.exec();
    Statement touch(db.handle(), "UPDATE designs SET modified = ? WHERE id = ?");
    touch.bind(1, time).bind(2, id);
    touch.exec();
    return SavedDesign { id, latest + 1, true };
}

qint64 insertDesign(Database &db, const QString &name)
{
    const QString time = now();
    Statement s(db.handle(), "INSERT INTO designs(name, created, modified) VALUES(?, ?, ?)");
    s.bind(1, name).bind(2, time).bind(3, time);
    s.exec();
    return db.lastInsertId();
}

std::optional<qint64> designIdByName(Database &db, const QString &name)
{
    Statement s(db.handle(), "SELECT id FROM designs WHERE name = ?");
    s.bind(1, name);
    if (s.step())
        return s.int64(0);
    return std::nullopt;
}

// `withKeys`: the site's study keys are stored too, so they must be both valid or both empty.
Result<Site> checkedSite(const Site &site, bool withKeys)
{
    Site s = site;
    s.name = s.name.trimmed();
    if (s.name.isEmpty())
        return error(WorkspaceError::Invalid, Tr::tr("The site name is empty. Enter a name."));
    const QUrl url(s.url.trimmed());
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return error(WorkspaceError::Invalid,
                     Tr::tr("The address \"%1\" of site %2 is not a web address. Enter it as "
                            "the node administrator gave it, e.g. https://node.example.org:8443.")
                         .arg(s.url, s.name));
    s.url = url.toString();
    if (withKeys && (!s.signingKey.isEmpty() || !s.keyAgreementKey.isEmpty())) {
        if (const std::optional<WorkspaceError> bad
            = badKeys(s.name, s.signingKey, s.keyAgreementKey))
            return *bad;
    }
    return s;
}

bool isConstraint(const SqlError &e)
{
    return (e.code & 0xff) == SQLITE_CONSTRAINT;
}

} // namespace

// ---- lifetime -----------------------------------------------------------------------------------

Workspace::Workspace(const QString &path, std::unique_ptr<Database> db)
    : m_path(path)
    , m_db(std::move(db))
    , m_idleTimer(new QTimer(this))
    , m_autosaveTimer(new QTimer(this))
{
    m_idleTimer->setSingleShot(true);
    m_idleTimer->setInterval(0);
    m_autosaveTimer->setSingleShot(true);
    m_autosaveTimer->setInterval(std::chrono::seconds(2));
    connect(m_idleTimer, &QTimer::timeout, this, &Workspace::onIdleTimeout);
    connect(m_autosaveTimer, &QTimer::timeout, this, &Workspace::onAutosaveTimeout);
}

Workspace::~Workspace()
{
    close();
}

Result<std::unique_ptr<Workspace>> Workspace::create(const QString &path, const QString &passphrase)
{
    Result<std::unique_ptr<Database>> db = Database::create(path, passphrase, SchemaVersion);
    if (!db)
        return db.error();
    return std::unique_ptr<Workspace>(new Workspace(path, std::move(db).value()));
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &path, const QString &passphrase)
{
    Result<std::unique_ptr<Database>> db = Database::open(path, passphrase);
    if (!db)
        return db.error();
    return std::unique_ptr<Workspace>(new Workspace(path, std::move(db).value()));
}

QString Workspace::path() const
{
    return m_path;
}

bool Workspace::isOpen() const
{
    return m_db != nullptr;
}

void Workspace::close()
{
    if (!m_db)
        return;
    // A failed flush keeps its JSON pending; there is nowhere else to put it once closed.
    (void)flushAutosave();
    m_autosaveTimer->stop();
    m_idleTimer->stop();
    m_db.reset();
}

Result<void> Workspace::unlock(const QString &passphrase)
{
    if (m_db)
        return {};
    Result<std::unique_ptr<Database>> db = Database::open(m_path, passphrase);
    if (!db)
        return db.error();
    m_db = std::move(db).value();
    noteActivity();
    if (m_pendingAutosave)
        m_autosaveTimer->start();
    return {};
}

Result<void> Workspace::changePassphrase(const QString &oldPassphrase, const QString &newPassphrase)
{
    if (!m_db)
        return closedError();
    if (newPassphrase.isEmpty())
        return error(WorkspaceError::Invalid,
                     Tr::tr("The new passphrase is empty. Choose a passphrase; the old one still "
                            "applies."));
    if (!m_db->matches(oldPassphrase))
        return error(WorkspaceError::WrongPassphrase,
                     Tr::tr("The current passphrase is not right, so the passphrase was not "
                            "changed. Enter the passphrase you opened the workspace with."));
    return m_db->rekey(newPassphrase);
}

void Workspace::lockAfter(std::chrono::milliseconds idle)
{
    m_idleTimer->setInterval(std::max(idle, std::chrono::milliseconds(0)));
    if (idle.count() > 0 && m_db)
        m_idleTimer->start();
    else
        m_idleTimer->stop();
}

std::chrono::milliseconds Workspace::lockInterval() const
{
    return m_idleTimer->intervalAsDuration();
}

void Workspace::noteActivity()
{
    if (m_db && m_idleTimer->interval() > 0)
        m_idleTimer->start();
}

void Workspace::onIdleTimeout()
{
    if (!m_db)
        return;
    close();
    Q_EMIT locked();
}

// ---- designs ------------------------------------------------------------------------------------

Result<SavedDesign> Workspace::saveDesign(const QString &name, const QJsonObject &design)
{
    const Result<QString> checked
        = checkedName(name, Tr::tr("The design name is empty. Enter a name."));
    if (!checked)
        return checked.error();
    Result<SavedDesign> saved = guarded<SavedDesign>(m_db.get(), [&](Database &db) {
        Transaction tx(db);
        std::optional<qint64> id = designIdByName(db, *checked);
        if (!id)
            id = insertDesign(db, *checked);
        const SavedDesign s = addVersion(db, *id, design, false);
        tx.commit();
        return s;
    });
    if (saved && saved->changed)
        Q_EMIT designsChanged();
    return saved;
}

Result<SavedDesign> Workspace::saveDesignVersion(qint64 id, const QJsonObject &design)
{
    Result<SavedDesign> saved
        = guarded<SavedDesign>(m_db.get(), [&](Database &db) -> Result<SavedDesign> {
              Transaction tx(db);
              if (!designExists(db, id))
                  return designNotFound(id);
              const SavedDesign s = addVersion(db, id, design, false);
              tx.commit();
              return s;
          });
    if (saved && saved->changed)
        Q_EMIT designsChanged();
    return saved;
}

Result<QList<DesignSummary>> Workspace::designs() const
{
    return guarded<QList<DesignSummary>>(m_db.get(), [](Database &db) {
        QList<DesignSummary> list;
        Statement s(db.handle(),
                    "SELECT d.id, d.name, d.created, d.modified, "
                    "(SELECT max(version) FROM design_versions WHERE design_id = d.id) "
                    "FROM designs d ORDER BY d.name COLLATE NOCASE, d.id");
        while (s.step())
            list.append(DesignSummary { s.int64(0), s.text(1), int(s.int64(4)), toTime(s.text(2)),
                                        toTime(s.text(3)) });
        return list;
    });
}

Result<Design> Workspace::design(qint64 id) const
{
    return guarded<Design>(m_db.get(), [id](Database &db) -> Result<Design> {
        Statement s(db.handle(),
                    "SELECT d.name, d.created, d.modified, v.version, v.json "
                    "FROM designs d JOIN design_versions v ON v.design_id = d.id "
                    "WHERE d.id = ? ORDER BY v.version DESC LIMIT 1");
        s.bind(1, id);
        if (!s.step())
            return designNotFound(id);
        return Design { id,
                        s.text(0),
                        int(s.int64(3)),
                        toObject(s.text(4)),
                        toTime(s.text(1)),
                        toTime(s.text(2)) };
    });
}

Result<DesignVersion> Workspace::designVersion(qint64 id, int version) const
{
    return guarded<DesignVersion>(m_db.get(), [=](Database &db) -> Result<DesignVersion> {
        Statement s(db.handle(),
                    "SELECT json, saved, autosaved FROM design_versions "
                    "WHERE design_id = ? AND version = ?");
        s.bind(1, id).bind(2, version);
        if (!s.step()) {
            if (!designExists(db, id))
                return designNotFound(id);
            return error(WorkspaceError::NotFound,
                         Tr::tr("Design %1 has no version %2. Choose a version from its "
                                "history.")
                             .arg(id)
                             .arg(version));
        }
        return DesignVersion { id, version, toObject(s.text(0)), toTime(s.text(1)),
                               s.int64(2) != 0 };
    });
}

Result<QList<DesignVersion>> Workspace::designHistory(qint64 id) const
{
    return guarded<QList<DesignVersion>>(
        m_db.get(), [id](Database &db) -> Result<QList<DesignVersion>> {
            if (!designExists(db, id))
                return designNotFound(id);
            QList<DesignVersion> list;
            Statement s(db.handle(),
                        "SELECT version, json, saved, autosaved FROM design_versions "
                        "WHERE design_id = ? ORDER BY version");
            s.bind(1, id);
            while (s.step())
                list.append(DesignVersion { id, int(s.int64(0)), toObject(s.text(1)),
                                            toTime(s.text(2)), s.int64(3) != 0 });
            return list;
        });
}

Result<void> Workspace::renameDesign(qint64 id, const QString &newName)
{
    const Result<QString> checked
        = checkedName(newName, Tr::tr("The design name is empty. Enter a name."));
    if (!checked)
        return checked.error();
    Result<void> done = guarded<void>(m_db.get(), [&](Database &db) -> Result<void> {
        Transaction tx(db);
        if (!designExists(db, id))
            return designNotFound(id);
        const std::optional<qint64> other = designIdByName(db, *checked);
        if (other && *other != id)
            return error(WorkspaceError::Invalid,
                         Tr::tr("A design called \"%1\" already exists. Choose another name.")
                             .arg(*checked));
        Statement s(db.handle(), "UPDATE designs SET name = ?, modified = ? WHERE id = ?");
        s.bind(1, *checked).bind(2, now()).bind(3, id);
        s.exec();
        tx.commit();
        return {};
    });
    if (done)
        Q_EMIT designsChanged();
    return done;
}

Result<void> Workspace::deleteDesign(qint64 id)
{
    Result<void> done = guarded<void>(m_db.get(), [&](Database &db) -> Result<void> {
        Transaction tx(db);
        Statement s(db.handle(), "DELETE FROM designs WHERE id = ?");
        s.bind(1, id);
        s.exec();
        if (db.changes() == 0)
            return designNotFound(id);
        tx.commit();
        return {};
    });
    if (done) {
        if (m_currentDesign == id) {
            m_currentDesign = 0;
            m_pendingAutosave.reset();
            m_autosaveTimer->stop();
        }
        Q_EMIT designsChanged();
        Q_EMIT runsChanged(); // their design is gone
    }
    return done;
}

// ---- autosave -----------------------------------------------------------------------------------

void Workspace::setCurrentDesign(qint64 id)
{
    if (id == m_currentDesign)
        return;
    (void)flushAutosave();
    m_pendingAutosave.reset();
    m_autosaveTimer->stop();
    m_currentDesign = id;
}

qint64 Workspace::currentDesign() const
{
    return m_currentDesign;
}

void Workspace::setAutosaveDelay(std::chrono::milliseconds delay)
{
    m_autosaveTimer->setInterval(std::max(delay, std::chrono::milliseconds(0)));
}

bool Workspace::hasPendingAutosave() const
{
    return m_pendingAutosave.has_value();
}

void Workspace::scheduleAutosave(const QJsonObject &design)
{
    if (m_currentDesign == 0)
        return;
    m_pendingAutosave = design;
    if (m_db)
        m_autosaveTimer->start(); // restarting coalesces a burst of edits into one save
}

void Workspace::onAutosaveTimeout()
{
    (void)flushAutosave();
}

Result<void> Workspace::flushAutosave()
{
    if (!m_pendingAutosave)
        return {};
    m_autosaveTimer->stop();
    const qint64 id = m_currentDesign;
    Result<SavedDesign> saved
        = guarded<SavedDesign>(m_db.get(), [&](Database &db) -> Result<SavedDesign> {
              Transaction tx(db);
              if (!designExists(db, id))
                  return designNotFound(id);
              const SavedDesign s = addVersion(db, id, *m_pendingAutosave, true);
              tx.commit();
              return s;
          });
    if (!saved) {
        if (saved.error().code == WorkspaceError::NotFound)
            m_pendingAutosave.reset();
        Q_EMIT autosaveFailed(saved.error());
        return saved.error();
    }
    m_pendingAutosave.reset();
    if (saved->changed) {
        Q_EMIT autosaved(saved->designId, saved->version);
        Q_EMIT designsChanged();
    }
    return {};
}

// ---- .fsmodel -----------------------------------------------------------------------------------

Result<void> Workspace::exportDesign(qint64 id, const QString &filePath) const
{
    const Result<Design> d = design(id);
    if (!d)
        return d.error();
    return fsmodel::write(filePath, fsmodel::ModelFile { d->name, d->design });
}

Result<SavedDesign> Workspace::importDesign(const QString &filePath)
{
    if (!m_db)
        return closedError();
    const Result<fsmodel::ModelFile> file = fsmodel::read(filePath);
    if (!file)
        return file.error();
    Result<SavedDesign> saved = guarded<SavedDesign>(m_db.get(), [&](Database &db) {
        Transaction tx(db);
        QString name = file->name;
        for (int n = 2; designIdByName(db, name); ++n)
            name = file->name + QStringLiteral(" (%1)").arg(n);
        const qint64 id = insertDesign(db, name);
        const SavedDesign s = addVersion(db, id, file->design, false);
        tx.commit();
        return s;
    });
    if (saved)
        Q_EMIT designsChanged();
    return saved;
}

// ---- runs ---------------------------------------------------------------------------------------

Result<qint64> Workspace::addRun(qint64 designId, const QJsonObject &request,
                                 const QStringList &sites)
{
    QStringList names;
    for (const QString &site : sites) {
        const QString trimmed = site.trimmed();
        if (!trimmed.isEmpty() && !names.contains(trimmed))
            names.append(trimmed);
    }
    if (names.isEmpty())
        return error(WorkspaceError::Invalid,
                     Tr::tr("A run needs at least one site. Choose the sites to run at."));
    Result<qint64> id = guarded<qint64>(m_db.get(), [&](Database &db) -> Result<qint64> {
        Transaction tx(db);
        Statement d(db.handle(),
                    "SELECT d.name, max(v.version) FROM designs d "
                    "JOIN design_versions v ON v.design_id = d.id WHERE d.id = ?");
        d.bind(1, designId);
        if (!d.step() || d.isNull(1))
            return designNotFound(designId);
        const QString time = now();
        Statement run(db.handle(),
                      "INSERT INTO runs(design_id, design_version, design_name, "
                      "created) VALUES(?, ?, ?, ?)");
        run.bind(1, designId).bind(2, d.int64(1)).bind(3, d.text(0)).bind(4, time);
        run.exec();
        const qint64 runId = db.lastInsertId();
        Statement data(db.handle(), "INSERT INTO run_data(run_id, request) VALUES(?, ?)");
        data.bind(1, runId).bind(2, toJson(request));
        data.exec();
        Statement site(db.handle(),
                       "INSERT INTO run_sites(run_id, site, state, updated) "
                       "VALUES(?, ?, ?, ?)");
        for (const QString &name : std::as_const(names)) {
            site.bind(1, runId).bind(2, name).bind(3, siteRunStateName(SiteRunState::Pending));
            site.bind(4, time);
            site.exec();
        }
        tx.commit();
        return runId;
    });
    if (id)
        Q_EMIT runsChanged();
    return id;
}

Result<void> Workspace::updateRunSite(qint64 runId, const QString &site, SiteRunState state,
                                      const QString &message)
{
    Result<void> done = guarded<void>(m_db.get(), [&](Database &db) -> Result<void> {
        Transaction tx(db);
        Statement s(db.handle(),
                    "UPDATE run_sites SET state = ?, message = ?, updated = ? "
                    "WHERE run_id = ? AND site = ?");
        s.bind(1, siteRunStateName(state)).bind(2, message).bind(3, now()).bind(4, runId);
        s.bind(5, site.trimmed());
        s.exec();
        if (db.changes() == 0) {
            Statement r(db.handle(), "SELECT 1 FROM runs WHERE id = ?");
            r.bind(1, runId);
            if (!r.step())
                return runNotFound(runId);
            return error(WorkspaceError::NotFound,
                         Tr::tr("Run %1 was not started at site \"%2\". Check the site name.")
                             .arg(runId)
                             .arg(site));
        }
        tx.commit();
        return {};
    });
    if (done)
        Q_EMIT runsChanged();
    return done;
}

Result<void> Workspace::setRunResult(qint64 runId, const QJsonObject &aggregates)
{
    Result<void> done = guarded<void>(m_db.get(), [&](Database &db) -> Result<void> {
        Transaction tx(db);
        Statement published(db.handle(), "SELECT 1 FROM published_models WHERE run_id = ?");
        published.bind(1, runId);
        if (published.step())
            return error(WorkspaceError::ReadOnly,
                         Tr::tr("A model of run %1 has been published, so its result can no "
                                "longer change. Start a new run instead.")
                             .arg(runId));
        Statement s(db.handle(), "UPDATE runs SET finished = ? WHERE id = ?");
        s.bind(1, now()).bind(2, runId);
        s.exec();
        if (db.changes() == 0)
            return runNotFound(runId);
        Statement data(db.handle(), "UPDATE run_data SET result = ? WHERE run_id = ?");
        data.bind(1, toJson(aggregates)).bind(2, runId);
        data.exec();
        tx.commit();
        return {};
    });
    if (done)
        Q_EMIT runsChanged();
    return done;
}

Result<QList<RunSummary>> Workspace::runs(qint64 designId) const
{
    return guarded<QList<RunSummary>>(m_db.get(), [designId](Database &db) {
        QList<RunSummary> list;
        Statement s(db.handle(),
                    designId == 0
                        ? "SELECT id, design_id, design_version, design_name, created, finished, "
                          "finished IS NOT NULL FROM runs WHERE ?1 = 0 ORDER BY id DESC"
                        : "SELECT id, design_id, design_version, design_name, created, finished, "
                          "finished IS NOT NULL FROM runs WHERE design_id = ?1 ORDER BY id DESC");
        s.bind(1, designId);
        while (s.step()) {
            list.append(RunSummary { s.int64(0), s.isNull(1) ? 0 : s.int64(1), int(s.int64(2)),
                                     s.text(3), toTime(s.text(4)),
                                     s.isNull(5) ? QDateTime() : toTime(s.text(5)),
                                     s.int64(6) != 0 });
        }
        return list;
    });
}

Result<Run> Workspace::run(qint64 runId) const
{
    return guarded<Run>(m_db.get(), [runId](Database &db) -> Result<Run> {
        Statement s(db.handle(),
                    "SELECT r.design_id, r.design_version, r.design_name, "
                    "d.request, d.result, r.created, r.finished "
                    "FROM runs r JOIN run_data d ON d.run_id = r.id WHERE r.id = ?");
        s.bind(1, runId);
        if (!s.step())
            return runNotFound(runId);
        Run r;
        r.id = runId;
        r.designId = s.isNull(0) ? 0 : s.int64(0);
        r.designVersion = int(s.int64(1));
        r.designName = s.text(2);
        r.request = toObject(s.text(3));
        if (!s.isNull(4))
            r.result = toObject(s.text(4));
        r.created = toTime(s.text(5));
        if (!s.isNull(6))
            r.finished = toTime(s.text(6));
        Statement sites(db.handle(),
                        "SELECT site, state, message, updated FROM run_sites "
                        "WHERE run_id = ? ORDER BY rowid");
        sites.bind(1, runId);
        while (sites.step()) {
            r.sites.append(RunSite {
                sites.text(0), siteRunStateFromName(sites.text(1)).value_or(SiteRunState::Failed),
                sites.text(2), toTime(sites.text(3)) });
        }
        return r;
    });
}

// ---- published models --------------------------------------------------------------------------

Result<qint64> Workspace::publishModel(qint64 runId, const QString &name, const QJsonObject &model)
{
    const Result<QString> checked
        = checkedName(name, Tr::tr("The model name is empty. Enter a name."));
    if (!checked)
        return checked.error();
    Result<qint64> id = guarded<qint64>(m_db.get(), [&](Database &db) -> Result<qint64> {
        Transaction tx(db);
        Statement r(db.handle(), "SELECT result IS NOT NULL FROM run_data WHERE run_id = ?");
        r.bind(1, runId);
        if (!r.step())
            return runNotFound(runId);
        if (r.int64(0) == 0)
            return error(WorkspaceError::Invalid,
                         Tr::tr("Run %1 has no result yet, so there is no model to publish. "
                                "Wait for the run to finish.")
                             .arg(runId));
        Statement s(db.handle(),
                    "INSERT INTO published_models(run_id, name, model, published) "
                    "VALUES(?, ?, ?, ?)");
        s.bind(1, runId).bind(2, *checked).bind(3, toJson(model)).bind(4, now());
        s.exec();
        const qint64 modelId = db.lastInsertId();
        tx.commit();
        return modelId;
    });
    if (id)
        Q_EMIT publishedModelsChanged();
    return id;
}

Result<QList<PublishedModel>> Workspace::publishedModels() const
{
    return guarded<QList<PublishedModel>>(m_db.get(), [](Database &db) {
        QList<PublishedModel> list;
        Statement s(db.handle(),
                    "SELECT id, run_id, name, model, published FROM published_models "
                    "ORDER BY id DESC");
        while (s.step())
            list.append(PublishedModel { s.int64(0), s.int64(1), s.text(2), toObject(s.text(3)),
                                         toTime(s.text(4)) });
        return list;
    });
}

// ---- sites --------------------------------------------------------------------------------------

Result<QList<Site>> Workspace::sites() const
{
    return guarded<QList<Site>>(m_db.get(), [](Database &db) {
        QList<Site> list;
        Statement s(db.handle(),
                    "SELECT name, url, pin, token, signing_key, key_agreement_key FROM sites "
                    "ORDER BY name COLLATE NOCASE, id");
        while (s.step())
            list.append(Site { s.text(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5) });
        return list;
    });
}

Result<Site> Workspace::site(const QString &name) const
{
    return guarded<Site>(m_db.get(), [&](Database &db) -> Result<Site> {
        Statement s(db.handle(),
                    "SELECT name, url, pin, token, signing_key, key_agreement_key FROM sites "
                    "WHERE name = ?");
        s.bind(1, name.trimmed());
        if (!s.step())
            return siteNotFound(name);
        return Site { s.text(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5) };
    });
}

Result<void> Workspace::addSite(const Site &site)
{
    const Result<Site> checked = checkedSite(site, true);
    if (!checked)
        return checked.error();
    Result<void> done = guarded<void>(m_db.get(), [&](Database &db) -> Result<void> {
        Transaction tx(db);
        Statement s(db.handle(),
                    "INSERT INTO sites(name, url, pin, token, signing_key, key_agreement_key) "
                    "VALUES(?, ?, ?, ?, ?, ?)");
        s.bind(1, checked->name).bind(2, checked->url).bind(3, checked->pin);
        s.bind(4, checked->token).bind(5, checked->signingKey).bind(6, checked->keyAgreementKey);
        try {
            s.exec();
        } catch (const SqlError &e) {
            if (!isConstraint(e))
                throw;
            return error(WorkspaceError::Invalid,
                         Tr::tr("A site called \"%1\" already exists. Choose another name or "
                                "edit that site.")
                             .arg(checked->name));
        }
        tx.commit();
        return {};
    });
    if (done)
        Q_EMIT sitesChanged();
    return done;
}

Result<void> Workspace::updateSite(const QString &name, const Site &site)
{
    const Result<Site> checked = checkedSite(site, false);
    if (!checked)
        return checked.error();
    Result<void> done = guarded<void>(m_db.get(), [&](Database &db) -> Result<void> {
        Transaction tx(db);
        // The keys are left alone: they change only through recordSiteKeys and acceptSiteKeys.
        Statement s(db.handle(),
                    "UPDATE sites SET name = ?, url = ?, pin = ?, token = ? WHERE name = ?");
        s.bind(1, checked->name).bind(2, checked->url).bind(3, checked->pin);
        s.bind(4, checked->token).bind(5, name.trimmed());
        try {
            s.exec();
        } catch (const SqlError &e) {
            if (!isConstraint(e))
                throw;
            return error(WorkspaceError::Invalid,
                         Tr::tr("A site called \"%1\" already exists. Choose another name.")
                             .arg(checked->name));
        }
        if (db.changes() == 0)
            return siteNotFound(name);
        tx.commit();
        return {};
    });
    if (done)
        Q_EMIT sitesChanged();
    return done;
}

Result<void> Workspace::removeSite(const QString &name)
{
    Result<void> done = guarded<void>(m_db.get(), [&](Database &db) -> Result<void> {
        Transaction tx(db);
        Statement s(db.handle(), "DELETE FROM sites WHERE name = ?");
        s.bind(1, name.trimmed());
        s.exec();
        if (db.changes() == 0)
            return siteNotFound(name);
        tx.commit();
        return {};
    });
    if (done)
        Q_EMIT sitesChanged();
    return done;
}

Result<void> Workspace::recordSiteKeys(const QString &name, const QString &signingKey,
                                       const QString &keyAgreementKey)
{
    if (const std::optional<WorkspaceError> bad = badKeys(name, signingKey, keyAgreementKey))
        return *bad;
    bool changed = false;
    Result<void> done = guarded<void>(m_db.get(), [&](Database &db) -> Result<void> {
        Transaction tx(db);
        Statement read(db.handle(),
                       "SELECT signing_key, key_agreement_key FROM sites WHERE name = ?");
        read.bind(1, name.trimmed());
        if (!read.step())
            return siteNotFound(name);
        const QString signing = read.text(0);
        const QString agreement = read.text(1);
        if (!signing.isEmpty() || !agreement.isEmpty()) {
            // Pinned already: a first use happens once, and never replaces a key.
            if (sameKey(signing, signingKey) && sameKey(agreement, keyAgreementKey))
                return {};
            return keyChanged(name);
        }
        Statement s(db.handle(),
                    "UPDATE sites SET signing_key = ?, key_agreement_key = ? WHERE name = ? "
                    "AND signing_key = '' AND key_agreement_key = ''");
        s.bind(1, signingKey).bind(2, keyAgreementKey).bind(3, name.trimmed());
        s.exec();
        changed = db.changes() > 0;
        tx.commit();
        return {};
    });
    if (done && changed)
        Q_EMIT sitesChanged();
    return done;
}

Result<void> Workspace::acceptSiteKeys(const QString &name, const Site &expected,
                                       const QString &signingKey, const QString &keyAgreementKey)
{
    if (const std::optional<WorkspaceError> bad = badKeys(name, signingKey, keyAgreementKey))
        return *bad;
    Result<void> done = guarded<void>(m_db.get(), [&](Database &db) -> Result<void> {
        Transaction tx(db);
        Statement read(db.handle(),
                       "SELECT signing_key, key_agreement_key FROM sites WHERE name = ?");
        read.bind(1, name.trimmed());
        if (!read.step())
            return siteNotFound(name);
        if (read.text(0) != expected.signingKey || read.text(1) != expected.keyAgreementKey)
            return error(WorkspaceError::KeyChanged,
                         Tr::tr("The study keys recorded for site %1 changed since they were "
                                "shown to you; nothing was replaced. Check the site again and "
                                "compare the fingerprints once more.")
                             .arg(name));
        Statement s(db.handle(),
                    "UPDATE sites SET signing_key = ?, key_agreement_key = ? WHERE name = ?");
        s.bind(1, signingKey).bind(2, keyAgreementKey).bind(3, name.trimmed());
        s.exec();
        tx.commit();
        return {};
    });
    if (done)
        Q_EMIT sitesChanged();
    return done;
}

// ---- settings -----------------------------------------------------------------------------------

Result<void> Workspace::setSetting(const QString &key, const QJsonValue &value)
{
    if (key.isEmpty())
        return error(WorkspaceError::Invalid, Tr::tr("The setting name is empty."));
    return guarded<void>(m_db.get(), [&](Database &db) -> Result<void> {
        // A one-element array carries any JSON value, including strings and null.
        const QString json
            = QString::fromUtf8(QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact));
        Transaction tx(db);
        Statement s(db.handle(), "INSERT OR REPLACE INTO settings(key, value) VALUES(?, ?)");
        s.bind(1, key).bind(2, json);
        s.exec();
        tx.commit();
        return {};
    });
}

Result<QJsonValue> Workspace::setting(const QString &key, const QJsonValue &defaultValue) const
{
    return guarded<QJsonValue>(m_db.get(), [&](Database &db) -> QJsonValue {
        Statement s(db.handle(), "SELECT value FROM settings WHERE key = ?");
        s.bind(1, key);
        if (!s.step())
            return defaultValue;
        const QJsonArray array = QJsonDocument::fromJson(s.text(0).toUtf8()).array();
        return array.isEmpty() ? defaultValue : array.first();
    });
}

Result<void> Workspace::removeSetting(const QString &key)
{
    return guarded<void>(m_db.get(), [&](Database &db) -> Result<void> {
        Transaction tx(db);
        Statement s(db.handle(), "DELETE FROM settings WHERE key = ?");
        s.bind(1, key);
        s.exec();
        tx.commit();
        return {};
    });
}

// ---- request log --------------------------------------------------------------------------------

Result<RequestLogEntry> Workspace::appendRequestLog(const QJsonObject &entry)
{
    return guarded<RequestLogEntry>(m_db.get(), [&](Database &db) {
        Transaction tx(db);
        Statement head(db.handle(), "SELECT entries, hash FROM request_log_head WHERE id = 1");
        head.step();
        RequestLogEntry e;
        e.sequence = head.int64(0) + 1;
        e.previousHash = head.blob(1);
        const QString time = now();
        e.time = toTime(time);
        e.entry = entry;
        e.hash = chainHash(e.previousHash, canonicalRecord(e.sequence, time, entry));
        Statement s(db.handle(),
                    "INSERT INTO request_log(seq, time, entry, prev_hash, hash) "
                    "VALUES(?, ?, ?, ?, ?)");
        s.bind(1, e.sequence).bind(2, time).bind(3, toJson(entry)).bindBlob(4, e.previousHash);
        s.bindBlob(5, e.hash);
        s.exec();
        Statement update(db.handle(),
                         "UPDATE request_log_head SET entries = ?, hash = ? WHERE id = 1");
        update.bind(1, e.sequence).bindBlob(2, e.hash);
        update.exec();
        tx.commit();
        return e;
    });
}

Result<QList<RequestLogEntry>> Workspace::requestLog() const
{
    return guarded<QList<RequestLogEntry>>(m_db.get(), [](Database &db) {
        QList<RequestLogEntry> list;
        Statement s(db.handle(),
                    "SELECT seq, time, entry, prev_hash, hash FROM request_log ORDER BY seq");
        while (s.step())
            list.append(RequestLogEntry { s.int64(0), toTime(s.text(1)), toObject(s.text(2)),
                                          s.blob(3), s.blob(4) });
        return list;
    });
}

Result<RequestLogCheck> Workspace::verifyRequestLog() const
{
    return guarded<RequestLogCheck>(m_db.get(), [](Database &db) {
        RequestLogCheck check;
        const auto broken = [&check](qint64 seq, const QString &message) {
            check.intact = false;
            check.firstBadSequence = seq;
            check.message = message;
            return check;
        };
        QByteArray previous(HashSize, '\0');
        qint64 expected = 1;
        Statement s(db.handle(),
                    "SELECT seq, time, entry, prev_hash, hash FROM request_log ORDER BY seq");
        while (s.step()) {
            const qint64 seq = s.int64(0);
            if (seq != expected)
                return broken(expected,
                              Tr::tr("Request log entry %1 is missing: the log was "
                                     "altered. Keep this workspace as evidence and "
                                     "tell your security contact.")
                                  .arg(expected));
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(s.text(2).toUtf8(), &parseError);
            const QByteArray hash
                = chainHash(previous, canonicalRecord(seq, s.text(1), doc.object()));
            if (s.blob(3) != previous)
                return broken(seq,
                              Tr::tr("Request log entry %1 does not follow entry %2: "
                                     "entries were removed, inserted or reordered. Keep "
                                     "this workspace as evidence and tell your security "
                                     "contact.")
                                  .arg(seq)
                                  .arg(seq - 1));
            if (parseError.error != QJsonParseError::NoError || !doc.isObject()
                || hash != s.blob(4))
                return broken(seq,
                              Tr::tr("Request log entry %1 was changed after it was "
                                     "written. Keep this workspace as evidence and tell "
                                     "your security contact.")
                                  .arg(seq));
            previous = hash;
            ++expected;
            ++check.entries;
        }
        Statement head(db.handle(), "SELECT entries, hash FROM request_log_head WHERE id = 1");
        if (!head.step() || head.int64(0) != check.entries || head.blob(1) != previous)
            return broken(check.entries + 1,
                          Tr::tr("The newest request log entries were removed (the log should "
                                 "end after a different entry than %1). Keep this workspace as "
                                 "evidence and tell your security contact.")
                              .arg(check.entries));
        return check;
    });
}

Result<QStringList> Workspace::integrityCheck() const
{
    return guarded<QStringList>(m_db.get(), [](Database &db) {
        QStringList problems;
        for (const char *pragma : { "PRAGMA cipher_integrity_check", "PRAGMA integrity_check" }) {
            sqlite3_stmt *probe = nullptr;
            // SQLCipher 3.4 has no cipher_integrity_check; an unknown pragma prepares to nothing.
            if (sqlite3_prepare_v2(db.handle(), pragma, -1, &probe, nullptr) != SQLITE_OK
                || probe == nullptr) {
                sqlite3_finalize(probe);
                continue;
            }
            sqlite3_finalize(probe);
            Statement s(db.handle(), pragma);
            while (s.step()) {
                const QString line = s.text(0);
                if (line != QLatin1String("ok"))
                    problems.append(line);
            }
        }
        return problems;
    });
}

} // namespace fairstart::workspace

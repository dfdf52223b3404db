// SPDX-License-Identifier: GPL-3.0-or-later
// The workspace schema. Version 1 is never changed once released; every later version is a
// migration step below, run in its own transaction, and tests migrate from every earlier version.
#include "database.h"

#include "fairstart/workspace/workspace.h"

#include <iterator>

namespace fairstart::workspace::schema {

namespace {

// There is deliberately no table or column for a data record: results are aggregates a node
// released after its disclosure checks, stored as the JSON the protocol library defines.
// Run requests and results live apart from the run rows so that listing 10,000 runs reads
// kilobytes, not every result.
const char *const version1 = R"sql(
CREATE TABLE designs(
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    created TEXT NOT NULL,
    modified TEXT NOT NULL);
CREATE TABLE design_versions(
    design_id INTEGER NOT NULL REFERENCES designs(id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    json TEXT NOT NULL,
    saved TEXT NOT NULL,
    autosaved INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY(design_id, version));
CREATE TABLE runs(
    id INTEGER PRIMARY KEY,
    design_id INTEGER REFERENCES designs(id) ON DELETE SET NULL,
    design_version INTEGER NOT NULL,
    design_name TEXT NOT NULL,
    created TEXT NOT NULL,
    finished TEXT);
CREATE TABLE run_data(
    run_id INTEGER PRIMARY KEY REFERENCES runs(id) ON DELETE CASCADE,
    request TEXT NOT NULL,
    result TEXT);
CREATE TABLE run_sites(
    run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    site TEXT NOT NULL,
    state TEXT NOT NULL,
    message TEXT NOT NULL DEFAULT '',
    updated TEXT NOT NULL,
    PRIMARY KEY(run_id, site));
CREATE TABLE published_models(
    id INTEGER PRIMARY KEY,
    run_id INTEGER NOT NULL REFERENCES runs(id),
    name TEXT NOT NULL,
    model TEXT NOT NULL,
    published TEXT NOT NULL);
CREATE TRIGGER published_models_read_only_update BEFORE UPDATE ON published_models
BEGIN SELECT RAISE(ABORT, 'published models are read-only'); END;
CREATE TRIGGER published_models_read_only_delete BEFORE DELETE ON published_models
BEGIN SELECT RAISE(ABORT, 'published models are read-only'); END;
CREATE TABLE sites(
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    url TEXT NOT NULL,
    pin TEXT NOT NULL,
    token TEXT NOT NULL);
CREATE TABLE request_log(
    seq INTEGER PRIMARY KEY,
    time TEXT NOT NULL,
    entry TEXT NOT NULL,
    prev_hash BLOB NOT NULL,
    hash BLOB NOT NULL);
)sql";

// Version 2: settings; an index so a design's runs are found without scanning 10,000 runs; and
// the head of the request log (count and last hash), without which removing the newest entries
// would leave a chain that still verifies. Existing logs get their head computed here.
const char *const version2 = R"sql(
CREATE TABLE settings(
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL);
CREATE INDEX runs_by_design ON runs(design_id, id);
CREATE TABLE request_log_head(
    id INTEGER PRIMARY KEY CHECK(id = 1),
    entries INTEGER NOT NULL,
    hash BLOB NOT NULL);
INSERT INTO request_log_head(id, entries, hash)
    SELECT 1, count(*),
           coalesce((SELECT hash FROM request_log ORDER BY seq DESC LIMIT 1), zeroblob(32))
    FROM request_log;
)sql";

// Version 3: each site's study keys (protocol version 2), base64 as the node's /v1/info gives them,
// pinned on first use like an SSH host key; empty until the first contact records them.
const char *const version3 = R"sql(
ALTER TABLE sites ADD COLUMN signing_key TEXT NOT NULL DEFAULT '';
ALTER TABLE sites ADD COLUMN key_agreement_key TEXT NOT NULL DEFAULT '';
)sql";

const char *const steps[] = { version1, version2, version3 };

} // namespace

void createVersion1(Database &db)
{
    Transaction tx(db);
    db.exec(version1);
    db.exec(QByteArray("PRAGMA application_id=" + QByteArray::number(Database::ApplicationId))
                .constData());
    db.exec("PRAGMA user_version=1");
    tx.commit();
}

void migrate(Database &db, int toVersion)
{
    static_assert(std::size(steps) == Workspace::SchemaVersion, "one step per schema version");
    for (int version = db.userVersion(); version < toVersion; ++version) {
        Transaction tx(db);
        db.exec(steps[version]); // steps[v] takes the schema from v to v + 1
        db.exec(QByteArray("PRAGMA user_version=" + QByteArray::number(version + 1)).constData());
        tx.commit();
    }
}

} // namespace fairstart::workspace::schema

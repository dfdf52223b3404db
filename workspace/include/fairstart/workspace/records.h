// SPDX-License-Identifier: GPL-3.0-or-later
// What a workspace holds. Designs, requests and results are JSON at this layer: the protocol
// library defines their content. Results are aggregates only; there is no place for a record.
#pragma once

#include "fairstart/client/site.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace fairstart::workspace {

// A site is the client's Site (name, address, pin, token, the study keys pinned on first use):
// the workspace stores it as the CLI's sites file does, so both pin the same way.
using client::Site;

// One entry of designs(): the newest version's name and number, without the JSON.
struct DesignSummary {
    qint64 id = 0;
    QString name;
    int latestVersion = 0;
    QDateTime created; // UTC
    QDateTime modified; // UTC, time of the newest version or rename
};

// One saved version of a design. Versions are numbered 1, 2, ... per design and never change.
struct DesignVersion {
    qint64 designId = 0;
    int version = 0;
    QJsonObject design;
    QDateTime savedAt; // UTC
    bool autosaved = false; // written by the autosave timer rather than an explicit save
};

// A design with its newest version.
struct Design {
    qint64 id = 0;
    QString name;
    int version = 0;
    QJsonObject design;
    QDateTime created;
    QDateTime modified;
};

// What saveDesign() wrote. `changed` is false when the JSON equalled the newest version, in which
// case no new version was added and `version` is the existing newest one.
struct SavedDesign {
    qint64 designId = 0;
    int version = 0;
    bool changed = true;
};

enum class SiteRunState {
    Pending, // not contacted yet
    Running, // job open, rounds in progress
    Succeeded, // the site contributed its aggregates
    Refused, // the node's disclosure checks refused; the message names the rule
    Failed, // network/TLS/protocol failure
    Cancelled // the analyst stopped the run
};
QString siteRunStateName(SiteRunState state); // stable key, e.g. "succeeded"
std::optional<SiteRunState> siteRunStateFromName(const QString &name);
QString siteRunStateText(SiteRunState state); // translated, for people: "Refused"

struct RunSite {
    QString site; // site name as in the registry when the run started
    SiteRunState state = SiteRunState::Pending;
    QString message; // the node's or transport's message, shown as is
    QDateTime updated; // UTC
};

// One entry of runs(): no JSON blobs, so listing 10,000 runs stays cheap.
struct RunSummary {
    qint64 id = 0;
    qint64 designId = 0; // 0 when the design has since been deleted
    int designVersion = 0;
    QString designName; // name of the design when the run started
    QDateTime created;
    QDateTime finished; // invalid until setRunResult()
    bool hasResult = false;
};

struct Run {
    qint64 id = 0;
    qint64 designId = 0;
    int designVersion = 0;
    QString designName;
    QJsonObject request;
    QList<RunSite> sites;
    QJsonObject result; // aggregates only; empty until setRunResult()
    QDateTime created;
    QDateTime finished;
};

// A published model is read-only: the workspace refuses any change to it (also at the SQL level).
struct PublishedModel {
    qint64 id = 0;
    qint64 runId = 0;
    QString name;
    QJsonObject model;
    QDateTime published; // UTC
};

struct RequestLogEntry {
    qint64 sequence = 0; // 1, 2, 3, ...
    QDateTime time; // UTC, set by appendRequestLog()
    QJsonObject entry; // what the caller logged
    QByteArray previousHash; // 32 bytes; all zero for the first entry
    QByteArray hash; // BLAKE2b-256(previousHash || canonical JSON of {entry, seq, time})
};

struct RequestLogCheck {
    bool intact = true;
    qint64 entries = 0;
    qint64 firstBadSequence = 0; // 0 when intact
    QString message; // translated; says what is wrong when !intact
};

} // namespace fairstart::workspace

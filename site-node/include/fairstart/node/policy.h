// SPDX-License-Identifier: GPL-3.0-or-later
// The node's policy: disclosure thresholds and service limits from <data-dir>/policy.conf.
#pragma once

#include "fairstart/node/storeresult.h"

#include "fairstart/analysis/disclosure.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace fairstart::node {

class SiteStore;

// One key of policy.conf. For a privacy key, a value on the weaker side of the default warns and
// is audited, and the weak end of [minimum, maximum] is a hard limit (3 for every count).
struct PolicyKeyInfo {
    QString key; // e.g. "min_cell"
    QString description; // one line, as written into policy.conf
    double defaultValue = 0;
    double minimum = 0; // valid range, both ends included
    double maximum = 0;
    bool higherIsStricter = true;
    bool integer = true;
    bool privacy = true; // weakening it warns and is audited (false: a service limit)
};

class Policy {
public:
    Policy() = default; // the defaults of docs/privacy-rules.md

    static QString filePath(const QString &dataDir); // <dataDir>/policy.conf
    static const std::vector<PolicyKeyInfo> &keys();
    static const PolicyKeyInfo *keyInfo(const QString &key); // nullptr if unknown

    // Reads policy.conf; unknown keys, bad numbers and values beyond a hard limit are errors
    // naming the line, and so is a last line that holds a setting without a line break after it
    // (a file cut short; branch robust2). Keys not in the file keep their defaults
    // (keysNotInFile, notInFileWarning).
    static NodeResult<Policy> load(const QString &dataDir);
    static NodeResult<Policy> parse(const QString &text, const QString &fileName = QString());
    // The commented file `init` writes.
    static QString defaultFileText();
    static NodeResult<void> writeDefaultFile(const QString &dataDir);

    // Changes one key in policy.conf, keeping comments and the other lines; audits the change
    // (old and new value, and whether it weakens the default). Returns the warning to print, or
    // an empty string.
    static NodeResult<QString> set(const QString &dataDir, SiteStore &store, const QString &key,
                                   const QString &value);

    double value(const QString &key) const; // the default for an unknown key
    NodeResult<void> setValue(const QString &key, double value);

    // Keys whose value is weaker than the default, and one warning line per key.
    QStringList weakenedKeys() const;
    QStringList warnings() const;
    // The keys the parsed text does not set (they take their defaults): a file cut at a line
    // break loses its last settings so. Empty for a default-constructed Policy. serve and
    // 'policy show' print notInFileWarning (empty when every key is set), the audit records them.
    QStringList keysNotInFile() const { return m_notInFile; }
    QString notInFileWarning() const;
    // Audits a "policy-loaded" entry listing every value and the weakened keys (serve calls it
    // at start-up so a hand-edited file is on record too).
    NodeResult<qint64> auditLoaded(SiteStore &store) const;

    analysis::DisclosurePolicy disclosure() const;
    int minCohort() const { return int(value(QStringLiteral("min_cohort"))); }
    int minCell() const { return int(value(QStringLiteral("min_cell"))); }
    // Whether a dataset may share records with another dataset at the node (docs/privacy-rules.md,
    // "Datasets that share records"); no by default.
    bool datasetsShareRecords() const
    {
        return value(QStringLiteral("datasets_share_records")) != 0;
    }
    // Whether the node takes the summed relay ("relay": "summed"; issue 16, branch sites4).
    bool summedRelay() const { return value(QStringLiteral("summed_relay")) != 0; }
    // Whether the node takes request batches (POST /v1/batch, capability "batch"; issue 16,
    // branch sites11). 0: no capability, a batch is answered 404 as by an older node.
    bool requestBatches() const { return value(QStringLiteral("batch")) != 0; }
    // Node-only limits.
    qint64 maxBodyBytes() const { return qint64(value(QStringLiteral("max_body_bytes"))); }
    int threads() const { return int(value(QStringLiteral("threads"))); }
    // Slow and idle connections (docs/node.md, "Slow and idle connections").
    int maxConnections() const { return int(value(QStringLiteral("max_connections"))); }
    int connectionsPerAddress() const
    {
        return int(value(QStringLiteral("connections_per_address")));
    }
    int requestDeadlineSeconds() const
    {
        return int(value(QStringLiteral("request_deadline_seconds")));
    }
    int jobsPerUserPerDay() const { return int(value(QStringLiteral("jobs_per_user_per_day"))); }
    int jobIdleExpiryMinutes() const
    {
        return int(value(QStringLiteral("job_idle_expiry_minutes")));
    }
    // Whether serve reads every dataset when it starts (docs/node.md, "Policy").
    bool preloadDatasets() const { return value(QStringLiteral("preload_datasets")) != 0; }
    // Resources (docs/node.md, "Resources and budgets").
    int jobMaxLifetimeMinutes() const
    {
        return int(value(QStringLiteral("job_max_lifetime_minutes")));
    }
    qint64 maxParameters() const { return qint64(value(QStringLiteral("max_parameters"))); }
    qint64 maxDesignBytesPerJob() const
    {
        return qint64(value(QStringLiteral("max_design_mb_per_job"))) << 20;
    }
    qint64 maxJobMemoryBytes() const
    {
        return qint64(value(QStringLiteral("max_job_memory_mb"))) << 20;
    }
    double maxJobMemorySharePerUser() const
    {
        return value(QStringLiteral("max_job_memory_share_per_user"));
    }
    int maxOpenJobs() const { return int(value(QStringLiteral("max_open_jobs"))); }
    int maxOpenJobsPerUser() const { return int(value(QStringLiteral("max_open_jobs_per_user"))); }
    int maxFilters() const { return int(value(QStringLiteral("max_filters"))); }
    int maxHistogramEdges() const { return int(value(QStringLiteral("max_histogram_edges"))); }
    int maxDescriptivesVariables() const
    {
        return int(value(QStringLiteral("max_descriptives_variables")));
    }
    int maxDescriptivesTables() const
    {
        return int(value(QStringLiteral("max_descriptives_tables")));
    }
    int descriptivesPerUserPerDay() const
    {
        return int(value(QStringLiteral("descriptives_per_user_per_day")));
    }
    int differencingAtomsPerUser() const
    {
        return int(value(QStringLiteral("differencing_atoms_per_user")));
    }
    int requestsPerTokenPerHour() const
    {
        return int(value(QStringLiteral("requests_per_token_per_hour")));
    }
    // When a dataset has no consent column for a request's purpose: true (default) = no record
    // may be used for that purpose; false = every record may.
    bool requireConsentColumn() const
    {
        return value(QStringLiteral("require_consent_column")) != 0;
    }

    // Studies (protocol version 2): the most participants of a plain study, whether a
    // participant set one site away from an earlier one may be joined, and per-site fits.
    int plainMaxParticipants() const
    {
        return int(value(QStringLiteral("plain_max_participants")));
    }
    bool allowSingleSiteDifference() const
    {
        return value(QStringLiteral("single_site_difference")) != 0;
    }
    bool allowSiteFits() const { return value(QStringLiteral("site_fits")) != 0; }
    // Whether a manifest may name sites that are not accepted peers (default: refuse).
    bool allowUnknownPeers() const { return value(QStringLiteral("unknown_peers")) != 0; }

    // Every key and value, for "policy show", the info endpoint and the audit.
    QJsonObject toJson() const;

private:
    std::vector<double> m_values; // parallel to keys(); empty = defaults
    QStringList m_retired; // keys of older versions found in the file, ignored with a warning
    QStringList m_notInFile; // keys the parsed text does not set
    static constexpr const char *kRetiredOverlapKey = "min_overlap_difference";
};

} // namespace fairstart::node

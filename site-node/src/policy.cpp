// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/node/policy.h"

#include "fairstart/analysis/numbers.h"
#include "fairstart/node/store.h"
#include "fairstart/node/tr.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSaveFile>

#include <cmath>
#include <optional>
#include <utility>

namespace fairstart::node {

namespace {

std::vector<PolicyKeyInfo> makeKeys()
{
    auto k = [](const char *key, const QString &description, double def, double min, double max,
                bool higherIsStricter, bool integer, bool privacy) {
        return PolicyKeyInfo { QString::fromLatin1(key), description, def,    min, max,
                               higherIsStricter,         integer,     privacy };
    };
    return {
        k("min_cohort",
          Tr::tr("Minimum number of records in a cohort after consent, filters and "
                 "missing values."),
          50, 3, 1e9, true, true, true),
        k("min_cell",
          Tr::tr("Minimum count of every released cell: each level of a factor, each "
                 "outcome class, joint cells of binary design columns, histogram "
                 "bins."),
          10, 3, 1e9, true, true, true),
        k("min_subset",
          Tr::tr("Minimum size of a filtered cohort and of its complement "
                 "(differencing)."),
          10, 3, 1e9, true, true, true),
        k("events_per_parameter",
          Tr::tr("Events (rarer outcome class) needed per model "
                 "parameter."),
          10, 3, 1e9, true, true, true),
        k("min_residual_df",
          Tr::tr("Minimum residual degrees of freedom (records minus "
                 "parameters)."),
          10, 3, 1e9, true, true, true),
        k("max_rounds",
          Tr::tr("Maximum Newton rounds per job (a client cannot probe with "
                 "endless chosen coefficients)."),
          25, 1, 100, false, true, true),
        k("dominance_share",
          Tr::tr("A released sum is withheld when its top records make up "
                 "more than this share of it."),
          0.90, 0.5, 0.97, false, false, true),
        k("dominance_top_k", Tr::tr("How many top records the dominance rule adds up."), 2, 1, 10,
          true, true, true),
        k("min_fit_piece",
          Tr::tr("Smallest piece of a category that two fits' cohorts may split off from each "
                 "other (their differenced sums are over that many records). 0: half of "
                 "min_cell (5 by default); never below that, never above min_cell."),
          0, 0, 1e9, true, true, true),
        k("jobs_per_user_per_day", Tr::tr("Maximum jobs a user may open per UTC day."), 200, 1,
          100000, false, true, true),
        k("require_consent_column",
          Tr::tr("1: a purpose for which a dataset has no consent_<purpose> column may use no "
                 "record of it. 0: every record may be used for such a purpose."),
          1, 0, 1, true, true, true),
        k("max_body_bytes", Tr::tr("Largest request body the server accepts, in bytes."), 1048576,
          4096, 1048576, false, true, false),
        k("threads",
          Tr::tr("Requests the HTTPS server computes at once (further complete requests wait "
                 "for one of them to finish)."),
          8, 1, 256, false, true, false),
        k("max_connections",
          Tr::tr("Connections the HTTPS server holds at once, each with its own thread (in the "
                 "TLS handshake, sending a request, computed, answered or kept alive). When all "
                 "are taken, a new connection closes the one that has waited longest for a "
                 "request."),
          128, 16, 1024, false, true, false),
        k("connections_per_address",
          Tr::tr("Connections one client address (an IPv6 address: its /64) may hold that wait "
                 "for a request. A further one closes that address's longest kept-alive "
                 "connection, or, when it has none, is closed at once before any TLS work."),
          32, 1, 1024, false, true, false),
        k("request_deadline_seconds",
          Tr::tr("A connection must complete its TLS handshake and each request (headers and "
                 "body), and take each answer, within this many seconds, or it is closed. "
                 "A request being computed has no deadline."),
          20, 5, 3600, false, true, false),
        k("preload_datasets",
          Tr::tr("yes (1): serve reads every dataset into memory when it starts, in the "
                 "background, so that the first request does not wait for it. no (0): a dataset "
                 "is read by the first request that needs it (less memory for datasets nobody "
                 "uses)."),
          1, 0, 1, false, true, false),
        k("job_idle_expiry_minutes",
          Tr::tr("A job without a new round for this long expires (a repeated round does not "
                 "count)."),
          30, 1, 1440, false, true, false),
        // Resources, checked from the design and the catalogue before anything is allocated
        // (docs/node.md explains each default).
        k("job_max_lifetime_minutes",
          Tr::tr("A job expires this long after it was opened, however active it is."), 240, 5,
          10080, false, true, false),
        k("max_parameters",
          Tr::tr("Most design columns (parameters) of one model, interactions included."), 500, 2,
          100000, false, true, false),
        k("max_design_mb_per_job",
          Tr::tr("Largest design matrix of one job or evaluation, in MiB (records x parameters "
                 "x 8 bytes)."),
          512, 1, 1048576, false, true, false),
        k("max_job_memory_mb", Tr::tr("Memory of all open jobs' design matrices together, in MiB."),
          1536, 16, 1048576, false, true, false),
        k("max_job_memory_share_per_user",
          Tr::tr("Share of max_job_memory_mb one user's open jobs may hold, so no user can "
                 "starve the others."),
          0.5, 0.05, 1, false, false, false),
        k("max_open_jobs", Tr::tr("Most open jobs on the node, all users together."), 1000, 1,
          100000, false, true, false),
        k("max_open_jobs_per_user", Tr::tr("Most open jobs of one user."), 20, 1, 10000, false,
          true, false),
        k("max_filters", Tr::tr("Most filters in one request (each is a pass over every record)."),
          50, 0, 10000, false, true, false),
        k("max_histogram_edges", Tr::tr("Most edges of one histogram in a descriptives request."),
          2001, 2, 100001, false, true, false),
        k("max_descriptives_variables",
          Tr::tr("Most variables (described or complete-case) and histograms in one "
                 "descriptives request (each histogram counts as one)."),
          100, 1, 10000, false, true, false),
        k("max_descriptives_tables", Tr::tr("Most two-way tables in one descriptives request."), 50,
          0, 10000, false, true, false),
        // Studies (protocol version 2, docs/node.md "Studies").
        k("plain_max_participants",
          Tr::tr("Largest study (participants) this node joins in plain mode, where every "
                 "site's statistics travel unmasked; larger studies must be masked. 0: masked "
                 "only."),
          2, 0, 100, false, true, true),
        k("single_site_difference",
          Tr::tr("allow (1) or refuse (0) a study whose participant set differs by exactly one "
                 "site from an earlier study of this node on the same dataset and purpose (the "
                 "difference of two sums is that site's statistics)."),
          1, 0, 1, false, true, true),
        k("unknown_peers",
          Tr::tr("refuse (0) or allow (1) a study that names a site which is not one of this "
                 "node's accepted peers ('fairstart-node peers add'). Allowing it lets anyone "
                 "with a token invent participants whose keys they hold."),
          0, 0, 1, false, true, true),
        k("filter_bounds_on_edges",
          Tr::tr("yes (1) or no (0): the bounds of a numeric filter, an evaluation's numeric "
                 "subgroup edges, winsor bounds, an outcome threshold and spline knots must be "
                 "edges of this node's histogram of the variable. Allowing any number lets the "
                 "refusals of numbers one unit apart locate a record's value (the maximum birth "
                 "weight in about 11 requests)."),
          1, 0, 1, true, true, true),
        k("datasets_share_records",
          Tr::tr("no (0) or yes (1): import a dataset that holds min_cell or more of the "
                 "records of another dataset at this node (the same values in every analysis "
                 "variable both hold). Every dataset has its own differencing ledger, so "
                 "releases over two datasets that share records can be differenced against each "
                 "other to reveal a record. With no, such an import is refused: replace a "
                 "dataset by importing under its own name (the ledger follows the records)."),
          0, 0, 1, false, true, true),
        k("erasures_reach_shared_datasets",
          Tr::tr("yes (1) or no (0): with datasets_share_records = yes, a re-import that "
                 "removes or changes records also removes the removed versions from every other "
                 "dataset that shares records with it and merges their differencing ledgers. With "
                 "no the datasets stay independent (a test bench of separate worlds), and after "
                 "an erasure in one the same release over the other can reveal the erased "
                 "record."),
          1, 0, 1, true, true, true),
        k("site_fits",
          Tr::tr("allow (1) or refuse (0) per-site fits: this site's own model, fitted from a "
                 "study's final β on its records alone and released under the round rules."),
          1, 0, 1, false, true, true),
        k("requests_per_token_per_hour",
          Tr::tr("Maximum requests a token may make per hour, of any kind (refused ones count "
                 "too); beyond it the node answers 429 until the budget refills."),
          3000, 60, 1e6, false, true, true),
        k("summed_relay",
          Tr::tr("take (1) or refuse (0) the summed relay of masked model studies: from round 2 "
                 "on this node gets the contributions' fields, their word sum and linear tags "
                 "instead of every contribution. 0 makes the node list the "
                 "capability no longer, as an older node."),
          1, 0, 1, false, true, false),
        k("batch",
          Tr::tr("take (1) or refuse (0) request batches (POST /v1/batch: a few steps of a "
                 "study's flow in one request, each run as the request it is). 0 makes the node "
                 "list the capability no longer and answer a batch 404, as an older node; "
                 "clients then send each step alone."),
          1, 0, 1, false, true, false),
        k("descriptives_per_user_per_day",
          Tr::tr("Maximum descriptives requests a user may make per UTC day (refused requests "
                 "count too)."),
          500, 1, 100000, false, true, true),
        k("differencing_atoms_per_user",
          Tr::tr("Maximum atoms one user's releases may add to a dataset import's differencing "
                 "ledger (of its 20,000 for all users). A release that would split the records "
                 "further beyond it is refused for that user only; repeating released cohorts "
                 "stays possible. Lowering it only refuses more."),
          2500, 1, 20000, false, true, false),
    };
}

QString formatValue(const PolicyKeyInfo &info, double value)
{
    return info.integer ? QString::number(qint64(value)) : QString::number(value, 'g', 6);
}

bool weakens(const PolicyKeyInfo &info, double value)
{
    return info.privacy
        && (info.higherIsStricter ? value < info.defaultValue : value > info.defaultValue);
}

// The value of a "key = value" line, or an error sentence.
std::optional<double> parseValue(const PolicyKeyInfo &info, const QString &text, QString *why)
{
    const QString t = text.trimmed().toLower();
    double value = 0;
    bool ok = false;
    if (info.minimum == 0 && info.maximum == 1 && info.integer
        && (t == QLatin1String("yes") || t == QLatin1String("true")
            || t == QLatin1String("allow"))) {
        value = 1;
        ok = true;
    } else if (info.minimum == 0 && info.maximum == 1 && info.integer
               && (t == QLatin1String("no") || t == QLatin1String("false")
                   || t == QLatin1String("refuse"))) {
        value = 0;
        ok = true;
    } else if (const auto number = analysis::parseNumber(t.toStdString())) {
        // One parser for every number a node reads: a '.' whatever the locale, finite only.
        value = *number;
        ok = true;
    }
    if (!ok || !std::isfinite(value)) {
        *why = Tr::tr("'%1' is not a number").arg(text.trimmed());
        return std::nullopt;
    }
    if (info.integer && value != std::floor(value)) {
        *why = Tr::tr("%1 must be a whole number").arg(info.key);
        return std::nullopt;
    }
    const bool belowMin = value<info.minimum, aboveMax = value> info.maximum;
    if (belowMin || aboveMax) {
        const bool weakSide = info.privacy && (info.higherIsStricter ? belowMin : aboveMax);
        *why = weakSide
            ? Tr::tr("%1 = %2 passes the hard limit %3, which no policy may pass")
                  .arg(info.key, text.trimmed(),
                       formatValue(info, belowMin ? info.minimum : info.maximum))
            : Tr::tr("%1 must be between %2 and %3")
                  .arg(info.key, formatValue(info, info.minimum), formatValue(info, info.maximum));
        return std::nullopt;
    }
    return value;
}

int keyIndex(const QString &key)
{
    const auto &keys = Policy::keys();
    for (std::size_t i = 0; i < keys.size(); ++i) {
        if (keys[i].key == key)
            return int(i);
    }
    return -1;
}

// The last line of a policy file when it holds a setting and no line break ends it: its number
// (from 1) and its key. A file cut short ends so unless the cut fell on a line break, and a value
// cut short can still be valid (min_cohort = 100 cut to 10), so load() refuses it. Every file
// the node writes (init, policy set) ends each line with a line break.
std::optional<std::pair<int, QString>> unterminatedSetting(const QString &text)
{
    const qsizetype lastBreak = text.lastIndexOf(QLatin1Char('\n'));
    QString last = text.mid(lastBreak + 1);
    if (const qsizetype hash = last.indexOf(QLatin1Char('#')); hash >= 0)
        last.truncate(hash);
    last = last.trimmed();
    if (last.isEmpty())
        return std::nullopt;
    const qsizetype eq = last.indexOf(QLatin1Char('='));
    return std::pair { int(text.count(QLatin1Char('\n'))) + 1,
                       (eq < 0 ? last : last.left(eq)).trimmed() };
}

NodeError unterminatedError(const QString &where, const std::pair<int, QString> &line)
{
    return nodeError(NodeErrorCode::InvalidInput,
                     Tr::tr("%1 line %2 ends without a line break: the file may have been cut "
                            "short, and a value cut short can still be a valid one (min_cohort = "
                            "100 cut to 10). Check the line against a backup or your records, then "
                            "end it with a line break, or run 'fairstart-node policy set %3 "
                            "VALUE'.")
                         .arg(where)
                         .arg(line.first)
                         .arg(line.second.left(60)));
}

NodeResult<QString> readText(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return nodeError(NodeErrorCode::NotInitialised,
                         Tr::tr("There is no policy file %1. Run 'fairstart-node init' or restore "
                                "the file.")
                             .arg(QDir::toNativeSeparators(path)));
    if (!file.open(QIODevice::ReadOnly))
        return nodeError(NodeErrorCode::Io,
                         Tr::tr("Cannot read %1 (%2). Check its permissions.")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
    return QString::fromUtf8(file.readAll());
}

NodeResult<void> writeText(const QString &path, const QString &text)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit())
        return nodeError(NodeErrorCode::Io,
                         Tr::tr("Cannot write %1 (%2). Check the permissions "
                                "of the data dir.")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return {};
}

} // namespace

const std::vector<PolicyKeyInfo> &Policy::keys()
{
    static const std::vector<PolicyKeyInfo> keys = makeKeys();
    return keys;
}

const PolicyKeyInfo *Policy::keyInfo(const QString &key)
{
    const int i = keyIndex(key);
    return i < 0 ? nullptr : &keys()[std::size_t(i)];
}

QString Policy::filePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("policy.conf"));
}

double Policy::value(const QString &key) const
{
    const int i = keyIndex(key);
    if (i < 0)
        return 0;
    return m_values.empty() ? keys()[std::size_t(i)].defaultValue : m_values[std::size_t(i)];
}

NodeResult<void> Policy::setValue(const QString &key, double value)
{
    const PolicyKeyInfo *info = keyInfo(key);
    if (!info)
        return nodeError(NodeErrorCode::NotFound,
                         Tr::tr("There is no policy key '%1'. 'fairstart-node policy show' lists "
                                "them.")
                             .arg(key));
    QString why;
    if (!parseValue(*info, QString::number(value, 'g', 17), &why))
        return nodeError(value < info->minimum || value > info->maximum
                             ? NodeErrorCode::PolicyFloor
                             : NodeErrorCode::InvalidInput,
                         why + QLatin1Char('.'));
    if (m_values.empty()) {
        for (const PolicyKeyInfo &k : keys())
            m_values.push_back(k.defaultValue);
    }
    m_values[std::size_t(keyIndex(key))] = value;
    return {};
}

NodeResult<Policy> Policy::parse(const QString &text, const QString &fileName)
{
    const QString where = fileName.isEmpty() ? QStringLiteral("policy.conf") : fileName;
    Policy policy;
    QStringList seen;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int n = 0; n < lines.size(); ++n) {
        QString line = lines[n];
        if (const int hash = line.indexOf(QLatin1Char('#')); hash >= 0)
            line.truncate(hash);
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        auto bad = [&](NodeErrorCode code, const QString &what) {
            return nodeError(code,
                             Tr::tr("%1 line %2: %3. Fix the line or run 'fairstart-node "
                                    "policy set'.")
                                 .arg(where)
                                 .arg(n + 1)
                                 .arg(what));
        };
        const int eq = line.indexOf(QLatin1Char('='));
        if (eq < 0)
            return bad(NodeErrorCode::InvalidInput, Tr::tr("expected 'key = value'"));
        const QString key = line.left(eq).trimmed();
        // Superseded by the differencing ledger (min_cell across all releases): older policy
        // files still load, with a warning.
        if (key == QLatin1String(kRetiredOverlapKey)) {
            if (!policy.m_retired.contains(key))
                policy.m_retired.append(key);
            continue;
        }
        const PolicyKeyInfo *info = keyInfo(key);
        if (!info)
            return bad(NodeErrorCode::InvalidInput, Tr::tr("unknown key '%1'").arg(key));
        if (seen.contains(key))
            return bad(NodeErrorCode::InvalidInput, Tr::tr("'%1' is set twice").arg(key));
        seen.append(key);
        QString why;
        const auto value = parseValue(*info, line.mid(eq + 1), &why);
        if (!value) {
            const bool limit = why.contains(QLatin1String("hard limit"));
            return bad(limit ? NodeErrorCode::PolicyFloor : NodeErrorCode::InvalidInput, why);
        }
        auto set = policy.setValue(key, *value);
        if (!set)
            return set.error();
    }
    for (const PolicyKeyInfo &k : keys()) {
        if (!seen.contains(k.key))
            policy.m_notInFile.append(k.key);
    }
    return policy;
}

NodeResult<Policy> Policy::load(const QString &dataDir)
{
    auto text = readText(filePath(dataDir));
    if (!text)
        return text.error();
    const QString where = QDir::toNativeSeparators(filePath(dataDir));
    // A line that does not parse is named first (junk, a cut key); then a last setting that
    // parses but may have been cut short.
    auto policy = parse(text.value(), where);
    if (!policy)
        return policy;
    if (const auto cut = unterminatedSetting(text.value()))
        return unterminatedError(where, *cut);
    return policy;
}

QString Policy::defaultFileText()
{
    QString text = Tr::tr("# Fairstart node policy. One 'key = value' per line; '#' starts a "
                          "comment.\n"
                          "# The defaults are those of docs/privacy-rules.md. A privacy threshold "
                          "set weaker than its\n"
                          "# default prints a warning and is written to the audit log; counts "
                          "can never go below 3.\n"
                          "# Change values with 'fairstart-node policy set KEY VALUE' (audited) "
                          "and restart 'serve'.\n");
    for (const PolicyKeyInfo &k : keys()) {
        text += QLatin1Char('\n');
        text += QStringLiteral("# ") + k.description + QLatin1Char('\n');
        text += k.privacy ? Tr::tr("# default %1, allowed %2 to %3 (%4 is stricter)\n")
                                .arg(formatValue(k, k.defaultValue), formatValue(k, k.minimum),
                                     formatValue(k, k.maximum),
                                     k.higherIsStricter ? Tr::tr("higher") : Tr::tr("lower"))
                          : Tr::tr("# default %1, allowed %2 to %3\n")
                                .arg(formatValue(k, k.defaultValue), formatValue(k, k.minimum),
                                     formatValue(k, k.maximum));
        text += k.key + QStringLiteral(" = ") + formatValue(k, k.defaultValue) + QLatin1Char('\n');
    }
    return text;
}

NodeResult<void> Policy::writeDefaultFile(const QString &dataDir)
{
    return writeText(filePath(dataDir), defaultFileText());
}

NodeResult<QString> Policy::set(const QString &dataDir, SiteStore &store, const QString &key,
                                const QString &valueText)
{
    const PolicyKeyInfo *info = keyInfo(key);
    if (!info)
        return nodeError(NodeErrorCode::NotFound,
                         Tr::tr("There is no policy key '%1'. 'fairstart-node policy show' lists "
                                "them.")
                             .arg(key));
    auto text = readText(filePath(dataDir));
    if (!text)
        return text.error();
    auto current = parse(text.value(), QDir::toNativeSeparators(filePath(dataDir)));
    if (!current)
        return current.error();
    // A last line cut short is refused as load() refuses it, unless it is the key being set
    // (its line is replaced): setting another key must not pass a cut value on unseen.
    if (const auto cut = unterminatedSetting(text.value()); cut && cut->second != key)
        return unterminatedError(QDir::toNativeSeparators(filePath(dataDir)), *cut);
    QString why;
    const auto value = parseValue(*info, valueText, &why);
    if (!value)
        return nodeError(why.contains(QLatin1String("hard limit")) ? NodeErrorCode::PolicyFloor
                                                                   : NodeErrorCode::InvalidInput,
                         why + QLatin1Char('.'));
    const double old = current->value(key);

    // Replace the key's line, keeping every comment; append when the file lacks the key.
    QStringList lines = text.value().split(QLatin1Char('\n'));
    bool replaced = false;
    for (QString &line : lines) {
        QString content = line;
        if (const int hash = content.indexOf(QLatin1Char('#')); hash >= 0)
            content.truncate(hash);
        const int eq = content.indexOf(QLatin1Char('='));
        if (eq >= 0 && content.left(eq).trimmed() == key) {
            line = key + QStringLiteral(" = ") + formatValue(*info, *value);
            replaced = true;
            break;
        }
    }
    if (!replaced) {
        if (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
        lines.append(key + QStringLiteral(" = ") + formatValue(*info, *value));
        lines.append(QString());
    }
    const bool weakened = weakens(*info, *value);
    // Audit first: a change that cannot be recorded is not made.
    auto audited = store.appendAudit(
        QJsonObject { { QStringLiteral("event"), QStringLiteral("policy-changed") },
                      { QStringLiteral("key"), key },
                      { QStringLiteral("old"), old },
                      { QStringLiteral("new"), *value },
                      { QStringLiteral("default"), info->defaultValue },
                      { QStringLiteral("weaker_than_default"), weakened } });
    if (!audited)
        return audited.error();
    QString newText = lines.join(QLatin1Char('\n'));
    if (!newText.endsWith(QLatin1Char('\n')))
        newText += QLatin1Char('\n');
    auto written = writeText(filePath(dataDir), newText);
    if (!written)
        return written.error();
    if (!weakened)
        return QString();
    return Tr::tr("warning: %1 = %2 is weaker than the default %3 of the privacy rules; the "
                  "change is recorded in the audit log.")
        .arg(key, formatValue(*info, *value), formatValue(*info, info->defaultValue));
}

QStringList Policy::weakenedKeys() const
{
    QStringList out;
    for (const PolicyKeyInfo &k : keys()) {
        if (weakens(k, value(k.key)))
            out.append(k.key);
    }
    return out;
}

QString Policy::notInFileWarning() const
{
    if (m_notInFile.isEmpty())
        return {};
    return Tr::tr("warning: policy.conf does not set %1, which therefore take their defaults. A "
                  "policy file cut short loses its last lines this way: if you had set any of "
                  "them, restore the file from a backup. To keep a default, write it in the file "
                  "('fairstart-node policy set KEY VALUE'); then this warning ends.")
        .arg(m_notInFile.join(QStringLiteral(", ")));
}

QStringList Policy::warnings() const
{
    QStringList out;
    for (const QString &key : m_retired)
        out.append(Tr::tr("warning: %1 is no longer used and is ignored: differencing is checked "
                          "across all releases, users and purposes with min_cell "
                          "(docs/privacy-rules.md). Remove the line from policy.conf.")
                       .arg(key));
    for (const QString &key : weakenedKeys()) {
        const PolicyKeyInfo *k = keyInfo(key);
        out.append(Tr::tr("warning: %1 = %2 is weaker than the default %3 of the privacy rules.")
                       .arg(key, formatValue(*k, value(key)), formatValue(*k, k->defaultValue)));
    }
    return out;
}

NodeResult<qint64> Policy::auditLoaded(SiteStore &store) const
{
    QJsonObject entry { { QStringLiteral("event"), QStringLiteral("policy-loaded") },
                        { QStringLiteral("policy"), toJson() },
                        { QStringLiteral("weaker_than_default"),
                          QJsonArray::fromStringList(weakenedKeys()) } };
    if (!m_notInFile.isEmpty())
        entry.insert(QStringLiteral("not_in_file"), QJsonArray::fromStringList(m_notInFile));
    return store.appendAudit(entry);
}

analysis::DisclosurePolicy Policy::disclosure() const
{
    analysis::DisclosurePolicy p;
    p.minCohort = int(value(QStringLiteral("min_cohort")));
    p.minCell = int(value(QStringLiteral("min_cell")));
    p.minSubset = int(value(QStringLiteral("min_subset")));
    p.filterBoundsOnEdges = value(QStringLiteral("filter_bounds_on_edges")) != 0;
    // The protocol still publishes the overlap threshold: the ledger's is min_cell.
    p.minOverlapDifference = p.minCell;
    p.eventsPerParameter = int(value(QStringLiteral("events_per_parameter")));
    p.minResidualDf = int(value(QStringLiteral("min_residual_df")));
    p.maxRounds = int(value(QStringLiteral("max_rounds")));
    p.dominanceShare = value(QStringLiteral("dominance_share"));
    p.dominanceTopK = int(value(QStringLiteral("dominance_top_k")));
    return p;
}

QJsonObject Policy::toJson() const
{
    QJsonObject o;
    for (const PolicyKeyInfo &k : keys()) {
        const double v = value(k.key);
        if (k.integer)
            o.insert(k.key, qint64(v));
        else
            o.insert(k.key, v);
    }
    return o;
}

} // namespace fairstart::node

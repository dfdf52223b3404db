// SPDX-License-Identifier: GPL-3.0-or-later
// The fairstart-node command line. Each command is a small function over the store; errors are
// one line on stderr saying what happened and what to do.
#include "fairstart/node/nodecommand.h"
#include "fairstart/node/auditlog.h"
#include "fairstart/node/demodata.h"
#include "fairstart/node/import.h"
#include "fairstart/node/keys.h"
#include "fairstart/node/logtext.h"
#include "fairstart/node/nodeinfo.h"
#include "fairstart/node/peers.h"
#include "fairstart/node/policy.h"
#include "fairstart/node/server.h"
#include "fairstart/node/store.h"
#include "fairstart/node/tr.h"

#include "commandoptions.h"
#include "store_p.h"

#include "fairstart/analysis/roundkernel.h"
#include "fairstart/protocol/codec.h"
#include "fairstart/protocol/protocolversion.h"
#include "fairstart/protocol/study.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QMap>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>
#include <functional>
#include <limits>

namespace fairstart::node {

namespace {

constexpr int kExitOk = 0;
constexpr int kExitFailure = 1;
constexpr int kExitUsage = 2;

using detail::HostPort;
using detail::Option;
using detail::Parsed;
using detail::printable;

struct Context {
    QTextStream &out;
    QTextStream &err;
    QString command; // e.g. "token create"

    int fail(const QString &message)
    {
        err << "fairstart-node " << command << ": " << message << '\n';
        err.flush();
        return kExitFailure;
    }
    int fail(const NodeError &error) { return fail(error.message); }
    int usage(const QString &message)
    {
        err << "fairstart-node " << command << ": " << message << ' '
            << Tr::tr("Run 'fairstart-node %1 --help' for its usage.").arg(command) << '\n';
        err.flush();
        return kExitUsage;
    }
};

struct Command {
    const char *name;
    QString summary;
    QString positionalSynopsis; // e.g. "KEY VALUE"
    int positionals; // exact count of positional arguments
    std::vector<Option> options;
    std::function<int(Context &, const Parsed &)> run;
    QString details;
};

Option dataDirOption()
{
    return { "data-dir", "DIR", true, Tr::tr("the node's data dir (created by init)") };
}

Option passphraseFileOption()
{
    return { "passphrase-file", "FILE", false,
             Tr::tr("read the store passphrase from FILE (default: the environment variable "
                    "FAIRSTART_NODE_PASSPHRASE)") };
}

Option newPassphraseFileOption()
{
    return { "new-passphrase-file", "FILE", false,
             Tr::tr("read the new passphrase from FILE (default: the environment variable "
                    "FAIRSTART_NODE_NEW_PASSPHRASE)") };
}

// A secret from the first line of a file (trailing newline removed) or, without a file, from an
// environment variable; the callers word the problems for their option.
struct Secret {
    enum Problem { None, Unreadable, EmptyFile, Unset };
    QString value;
    Problem problem = None;
    QString fileError;
};

Secret readSecret(const QString &file, const char *environmentVariable)
{
    Secret secret;
    if (file.isEmpty()) {
        secret.value = qEnvironmentVariable(environmentVariable);
        secret.problem = secret.value.isEmpty() ? Secret::Unset : Secret::None;
        return secret;
    }
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        secret.problem = Secret::Unreadable;
        secret.fileError = f.errorString();
        return secret;
    }
    QByteArray line = f.readLine(4096);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    secret.value = QString::fromUtf8(line);
    secret.problem = secret.value.isEmpty() ? Secret::EmptyFile : Secret::None;
    return secret;
}

NodeResult<QString> readNewPassphrase(const QString &file)
{
    const Secret secret = readSecret(file, "FAIRSTART_NODE_NEW_PASSPHRASE");
    const QString path = QDir::toNativeSeparators(file);
    switch (secret.problem) {
    case Secret::None:
        return secret.value;
    case Secret::Unreadable:
        return nodeError(NodeErrorCode::Io,
                         Tr::tr("Cannot read the new passphrase file %1 (%2). Check "
                                "--new-passphrase-file.")
                             .arg(path, secret.fileError));
    case Secret::EmptyFile:
        return nodeError(NodeErrorCode::InvalidInput,
                         Tr::tr("The new passphrase file %1 is empty. Put the new passphrase on "
                                "its first line.")
                             .arg(path));
    case Secret::Unset:
        break;
    }
    return nodeError(NodeErrorCode::InvalidInput,
                     Tr::tr("No new passphrase. Set the environment variable "
                            "FAIRSTART_NODE_NEW_PASSPHRASE or use --new-passphrase-file FILE."));
}

// <dataDir>/node.lock, held by 'serve' and 'passphrase' while they run: a passphrase change
// under a running server would leave the server with a key that no longer opens the store.
// A lock left by a process that died is taken over (QLockFile checks the process id).
NodeResult<std::unique_ptr<QLockFile>> lockDataDir(const QString &dataDir)
{
    auto lock = std::make_unique<QLockFile>(QDir(dataDir).filePath(QStringLiteral("node.lock")));
    lock->setStaleLockTime(0); // a server runs for months: only a dead owner makes it stale
    if (lock->tryLock(0))
        return lock;
    const QString dir = QDir::toNativeSeparators(dataDir);
    if (lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host, application;
        lock->getLockInfo(&pid, &host, &application);
        return nodeError(NodeErrorCode::InvalidInput,
                         Tr::tr("Another fairstart-node (process %1) is using %2: 'serve' or a "
                                "passphrase change. Stop it first (for the service: systemctl "
                                "stop fairstart-node) and try again.")
                             .arg(pid)
                             .arg(dir));
    }
    return nodeError(NodeErrorCode::Io,
                     Tr::tr("Cannot create the lock file %1. Check that the data dir is "
                            "writable by this user.")
                         .arg(QDir::toNativeSeparators(lock->fileName())));
}

NodeResult<std::unique_ptr<SiteStore>> openStore(const Parsed &p)
{
    auto passphrase = readPassphrase(p.value("passphrase-file"));
    if (!passphrase)
        return passphrase.error();
    return SiteStore::open(p.value("data-dir"), passphrase.value());
}

QString formatTime(const QDateTime &t)
{
    return t.isValid()
        ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral("Z")
        : Tr::tr("never");
}

QString padded(const QString &s, int width)
{
    return s.leftJustified(width);
}

// --- commands ------------------------------------------------------------------------------

int runInit(Context &c, const Parsed &p)
{
    const QString dataDir = p.value("data-dir");
    const QString name = p.value("name").trimmed();
    if (name.isEmpty() || name.size() > 64)
        return c.usage(Tr::tr("--name must be 1 to 64 characters."));
    auto passphrase = readPassphrase(p.value("passphrase-file"));
    if (!passphrase)
        return c.fail(passphrase.error());
    if (SiteStore::exists(dataDir) || QFileInfo::exists(Policy::filePath(dataDir))
        || QFileInfo::exists(tlsKeyPath(dataDir)))
        return c.fail(Tr::tr("%1 already holds a node. Use another --data-dir, or remove the old "
                             "one if you really mean to start again.")
                          .arg(QDir::toNativeSeparators(dataDir)));

    auto cleanUp = [&dataDir] {
        QFile::remove(SiteStore::storePath(dataDir));
        QFile::remove(tlsKeyPath(dataDir));
        QFile::remove(tlsCertPath(dataDir));
        QFile::remove(Policy::filePath(dataDir));
    };
    auto store = SiteStore::create(dataDir, passphrase.value(), name);
    if (!store)
        return c.fail(store.error());
    auto keys = NodeKeys::generate(dataDir, name, *store.value(),
                                   p.values.value(QStringLiteral("hostname")));
    if (!keys) {
        store.value().reset();
        cleanUp();
        return c.fail(keys.error());
    }
    auto policy = Policy::writeDefaultFile(dataDir);
    auto audited = policy ? store.value()->appendAudit(QJsonObject {
                       { QStringLiteral("event"), QStringLiteral("node-initialised") },
                       { QStringLiteral("node"), name },
                       { QStringLiteral("tls_pin"), keys->pin },
                       { QStringLiteral("ed25519_public"), keys->signPublicKeyBase64() },
                       { QStringLiteral("x25519_public"), keys->boxPublicKeyBase64() },
                       { QStringLiteral("policy"), Policy().toJson() } })
                          : NodeResult<qint64>(policy.error());
    if (!audited) {
        store.value().reset();
        cleanUp();
        return c.fail(audited.error());
    }
    const QString dir = QDir::toNativeSeparators(QDir(dataDir).absolutePath());
    c.out << Tr::tr("Initialised the Fairstart node '%1' in %2:").arg(name, dir) << '\n'
          << Tr::tr("  site store   %1 (encrypted)")
                 .arg(QDir::toNativeSeparators(SiteStore::storePath(dir)))
          << '\n'
          << Tr::tr("  policy       %1 (the defaults of the privacy rules)")
                 .arg(QDir::toNativeSeparators(Policy::filePath(dir)))
          << '\n'
          << Tr::tr("  certificate  %1").arg(QDir::toNativeSeparators(tlsCertPath(dir))) << '\n'
          << Tr::tr("Certificate pin (give it to the analysts with the node's address):") << '\n'
          << keys->pin << '\n';
    return kExitOk;
}

void printVariables(QTextStream &out, const DatasetInfo &info)
{
    out << "  " << padded(Tr::tr("column"), 24) << padded(Tr::tr("kind"), 13)
        << padded(Tr::tr("role"), 20) << padded(Tr::tr("missing"), 9) << Tr::tr("label / levels")
        << '\n';
    for (const VariableInfo &v : info.variables) {
        QString role = Tr::tr("variable");
        if (v.role == VariableRole::Consent)
            role = Tr::tr("consent: %1").arg(v.consentPurpose);
        else if (v.role == VariableRole::RecordId)
            role = Tr::tr("record id");
        QString kind
            = v.role == VariableRole::RecordId ? QStringLiteral("-") : variableKindId(v.kind);
        QString rest = v.label;
        if (!v.levels.isEmpty()) {
            QStringList shown = v.levels.mid(0, 8);
            if (v.levels.size() > 8)
                shown.append(Tr::tr("… (%1 levels)").arg(v.levels.size()));
            rest += (rest.isEmpty() ? QString() : QStringLiteral("; ")) + shown.join(u", ");
        }
        out << "  " << padded(v.name, 24) << padded(kind, 13) << padded(role, 20)
            << padded(QString::number(v.missing), 9) << rest << '\n';
    }
}

int runImport(Context &c, const Parsed &p)
{
    auto store = openStore(p);
    if (!store)
        return c.fail(store.error());
    QElapsedTimer timer;
    timer.start();
    auto others = store.value()->datasets();
    if (!others)
        return c.fail(others.error());
    auto summary = store.value()->importCsv(p.value("dataset"), p.value("csv"), p.value("schema"));
    if (!summary)
        return c.fail(summary.error());
    const QJsonArray erased
        = sharedErasures(others.value(), store.value()->datasets(), summary->dataset);
    auto info = store.value()->datasetInfo(summary->dataset);
    if (!info)
        return c.fail(info.error());
    c.out << Tr::tr("Imported '%1': %2 rows, %3 columns in %4 s (generation %5%6).")
                 .arg(summary->dataset)
                 .arg(summary->rows)
                 .arg(summary->columns)
                 .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                 .arg(summary->generation)
                 .arg(summary->replaced ? Tr::tr("; replaced the earlier import") : QString())
          << '\n';
    printVariables(c.out, info.value());
    const bool recordsMoved = summary->replaced && summary->recordsAdded >= 0
        && (summary->recordsAdded > 0 || summary->recordsRemoved > 0);
    if (recordsMoved)
        c.out << Tr::tr("Records added: %1, removed: %2 (of which changed: %3). The differencing "
                        "ledger follows them: a release that differs from an earlier one by the "
                        "removed or changed records is refused; %4 added records are held out "
                        "of every analysis until %5 or more are in (docs/privacy-rules.md, "
                        "\"Re-imports that change records\").")
                     .arg(summary->recordsAdded)
                     .arg(summary->recordsRemoved)
                     .arg(summary->recordsChanged)
                     .arg(summary->recordsHeld)
                     .arg(summary->heldUntil)
              << '\n';
    if (summary->replaced && summary->recordsConsentChanged > 0)
        c.out << Tr::tr("Consent changed for %1 records (counted above as changed): each is "
                        "held out of every analysis like an added record, and its earlier version "
                        "stays in the differencing ledger like a removed one, so that no refusal "
                        "tells which groups released before held it (docs/privacy-rules.md, "
                        "\"Consent changes are changed records\").")
                     .arg(summary->recordsConsentChanged)
              << '\n';
    if (!recordsMoved && summary->replaced)
        c.out << (ledgerCarried(*store.value(), *summary)
                      ? Tr::tr("The same records with the same values and consent: the "
                               "differencing ledger of the earlier import is kept.")
                      : Tr::tr("The differencing ledger starts afresh: the records of the "
                               "earlier import could not be matched to these (a consent column "
                               "became an analysis variable, or the earlier ledger could not be "
                               "read). Releases before and after may differ by the records "
                               "added, removed or changed (docs/privacy-rules.md, \"Re-imports "
                               "that change records\")."))
              << '\n';
    for (const QJsonValue &e : erased)
        c.out << Tr::tr("The dataset '%1' shares records with '%2' (datasets_share_records = "
                        "yes): the node removed from it the records this import removed or "
                        "changed (%3; generation %4), and merged the differencing ledgers of the "
                        "two, so that no release over either differs from an earlier one by "
                        "those records (docs/privacy-rules.md, \"Datasets that share records, "
                        "after an erasure\"). Re-import '%1' with its corrected records if it "
                        "should hold them.")
                     .arg(e[QStringLiteral("dataset")].toString(), summary->dataset)
                     .arg(e[QStringLiteral("removed")].toInteger())
                     .arg(e[QStringLiteral("generation")].toInteger())
              << '\n';
    if (!summary->remappedVariables.isEmpty())
        c.out << Tr::tr("Levels changed in: %1. The differencing ledger's cells of these "
                        "variables follow the level names (docs/privacy-rules.md, \"A re-import "
                        "that changes a schema\").")
                     .arg(summary->remappedVariables.join(QStringLiteral(", ")))
              << '\n';
    if (!summary->unreadableVariables.isEmpty())
        c.out << Tr::tr("Another kind, a level removed or another first level in: %1. What was "
                        "released of these variables before cannot be read in the new records, "
                        "so a release that splits a group on which they were released is "
                        "refused (docs/privacy-rules.md, \"A re-import that changes a "
                        "schema\").")
                     .arg(summary->unreadableVariables.join(QStringLiteral(", ")))
              << '\n';
    if (info->consentPurposes().isEmpty())
        c.err << Tr::tr("note: the dataset has no consent_<purpose> column; with the default "
                        "policy no record of it can be used until one is added.")
              << '\n';
    return kExitOk;
}

int runDatasetList(Context &c, const Parsed &p)
{
    auto store = openStore(p);
    if (!store)
        return c.fail(store.error());
    auto list = store.value()->datasets();
    if (!list)
        return c.fail(list.error());
    if (list->empty()) {
        c.out << Tr::tr("No datasets. Add one with 'fairstart-node import'.") << '\n';
        return kExitOk;
    }
    c.out << padded(Tr::tr("dataset"), 24) << padded(Tr::tr("rows"), 10)
          << padded(Tr::tr("columns"), 9) << padded(Tr::tr("generation"), 12)
          << padded(Tr::tr("imported"), 19) << Tr::tr("consent purposes") << '\n';
    for (const DatasetInfo &d : list.value()) {
        c.out << padded(d.name, 24) << padded(QString::number(d.rows), 10)
              << padded(QString::number(d.variables.size()), 9)
              << padded(QString::number(d.generation), 12) << padded(formatTime(d.importedAt), 19)
              << d.consentPurposes().join(u", ") << '\n';
    }
    return kExitOk;
}

int runDatasetShow(Context &c, const Parsed &p)
{
    auto store = openStore(p);
    if (!store)
        return c.fail(store.error());
    auto info = store.value()->datasetInfo(p.value("dataset"));
    if (!info)
        return c.fail(info.error());
    c.out << Tr::tr("Dataset '%1'%2: %3 rows, generation %4, imported %5, source SHA-256 %6")
                 .arg(info->name,
                      info->label.isEmpty()
                          ? QString()
                          : QStringLiteral(" (") + info->label + QStringLiteral(")"))
                 .arg(info->rows)
                 .arg(info->generation)
                 .arg(formatTime(info->importedAt), info->sourceSha256)
          << '\n';
    printVariables(c.out, info.value());
    return kExitOk;
}

// `dataset remove --forget` (docs/privacy-rules.md, "Forgetting a dataset"): the records
// deleted for good, only with the dataset's name repeated in --confirm-forget.
int runDatasetForget(Context &c, const Parsed &p, SiteStore &store)
{
    const QString name = p.value("dataset");
    if (!p.has("forget") || p.value("confirm-forget") != name)
        return c.fail(
            Tr::tr("Nothing was forgotten. 'dataset remove --forget' deletes the records of the "
                   "dataset '%1' from this node for good (its table, a removed copy of it, the "
                   "earlier versions its re-imports kept, and its differencing ledgers) and "
                   "keeps only a keyed hash of each record, so that the same records are "
                   "refused if they are ever imported again; what was released on them can no "
                   "longer be protected by the ledger. To do it, repeat the dataset's name: "
                   "--forget --confirm-forget %1.")
                .arg(name));
    auto forgotten = store.forgetDataset(name);
    if (!forgotten)
        return c.fail(forgotten.error());
    auto audited = store.appendAudit(
        QJsonObject { { QStringLiteral("event"), QStringLiteral("dataset-forgotten") },
                      { QStringLiteral("dataset"), name },
                      { QStringLiteral("records"), double(forgotten.value()) } });
    if (!audited)
        return c.fail(audited.error());
    c.out << Tr::tr("Forgot the dataset '%1': %2 records (every stored version) and its "
                    "differencing ledgers were deleted and the store's space freed. A keyed "
                    "hash of each record stays, so that an import holding them again, under "
                    "any name, is refused (docs/privacy-rules.md, \"Forgetting a dataset\").")
                 .arg(name)
                 .arg(forgotten.value())
          << '\n';
    return kExitOk;
}

int runDatasetRemove(Context &c, const Parsed &p)
{
    auto store = openStore(p);
    if (!store)
        return c.fail(store.error());
    const QString name = p.value("dataset");
    if (p.has("forget") || p.has("confirm-forget"))
        return runDatasetForget(c, p, *store.value());
    auto removed = store.value()->dropDataset(name);
    if (!removed)
        return c.fail(removed.error());
    auto audited = store.value()->appendAudit(
        QJsonObject { { QStringLiteral("event"), QStringLiteral("dataset-removed") },
                      { QStringLiteral("dataset"), name } });
    if (!audited)
        return c.fail(audited.error());
    c.out << Tr::tr("Removed the dataset '%1': it is no longer listed or analysed. Its records "
                    "and differencing ledger stay in the encrypted store, so that they cannot "
                    "be imported again under another name and differenced against what was "
                    "released on them; an import under the name '%1' takes its place and "
                    "carries the ledger (docs/privacy-rules.md, \"A removed dataset's "
                    "records\").")
                 .arg(name)
          << '\n';
    return kExitOk;
}

// ---- validation models ---------------------------------------------------------------------

// MODEL.json: {"design": <a resolved design, as protocol::toJson writes it>, "beta": [numbers,
// one per design column]}. The node evaluates it on request (by name or hash) like the final β
// of a study: the administrator vouches for it, a client never sends a β.
int runModelAdd(Context &c, const Parsed &p)
{
    const QString name = p.value("name");
    static const QRegularExpression namePattern(
        QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    if (!namePattern.match(name).hasMatch())
        return c.usage(Tr::tr("--name must be 1 to 64 letters, digits, '.', '_' or '-', starting "
                              "with a letter or digit."));
    const QString note = p.value("note");
    if (note.size() > 1000)
        return c.usage(Tr::tr("--note must be at most 1000 characters."));
    QFile file(p.value("file"));
    if (!file.open(QIODevice::ReadOnly))
        return c.fail(
            nodeError(NodeErrorCode::Io,
                      Tr::tr("The model file '%1' cannot be read: %2.")
                          .arg(QDir::toNativeSeparators(p.value("file")), file.errorString())));
    const QByteArray bytes = file.read(4 * 1024 * 1024 + 1);
    auto invalid = [&](const QString &what) {
        return c.fail(nodeError(NodeErrorCode::InvalidInput,
                                Tr::tr("The model file '%1' is not a model: %2. Write {\"design\": "
                                       "{...}, \"beta\": [...]} with one coefficient per design "
                                       "column.")
                                    .arg(QDir::toNativeSeparators(p.value("file")), what)));
    };
    if (bytes.size() > 4 * 1024 * 1024)
        return invalid(Tr::tr("it is larger than 4 MiB"));
    auto object = protocol::parseObject(bytes, bytes.size() + 1);
    if (!object)
        return invalid(Tr::tr("it is not a JSON object"));
    for (auto it = object->begin(); it != object->end(); ++it) {
        if (it.key() != QStringLiteral("design") && it.key() != QStringLiteral("beta"))
            return invalid(Tr::tr("the field '%1' is unknown").arg(printable(it.key())));
    }
    auto design = protocol::fromJson<analysis::ResolvedDesign>(
        object->value(QStringLiteral("design")).toObject());
    if (!design)
        return invalid(Tr::tr("its design is not a resolved design"));
    const QJsonArray values = object->value(QStringLiteral("beta")).toArray();
    std::vector<double> beta;
    for (const QJsonValue &v : values) {
        if (!v.isDouble() || !std::isfinite(v.toDouble()))
            return invalid(Tr::tr("its beta holds a value that is not a finite number"));
        beta.push_back(v.toDouble());
    }
    const std::size_t columns = design->termNames().size();
    if (beta.size() != columns || columns == 0)
        return invalid(
            Tr::tr("its beta has %1 values, its design %2 columns").arg(beta.size()).arg(columns));
    if (design->spec.family != analysis::Family::Binomial)
        return invalid(Tr::tr("only binomial models can be evaluated"));
    auto store = openStore(p);
    if (!store)
        return c.fail(store.error());
    SiteStore::ValidationModel model;
    model.name = name;
    model.hash = protocol::validationModelHash(*design, beta);
    model.design = protocol::canonicalJson(protocol::toJson(*design));
    model.beta = QByteArray(reinterpret_cast<const char *>(beta.data()),
                            qsizetype(beta.size() * sizeof(double)));
    model.note = note;
    auto added = store.value()->addValidationModel(model);
    if (!added)
        return c.fail(added.error());
    if (*added == ModelRegistration::AlreadyRegistered)
        return c.fail(nodeError(NodeErrorCode::AlreadyExists,
                                Tr::tr("A validation model named '%1' or with the same design and "
                                       "β is registered already. See 'fairstart-node models "
                                       "list'; remove it first to replace it.")
                                    .arg(name)));
    auto audited = store.value()->appendAudit(
        QJsonObject { { QStringLiteral("event"), QStringLiteral("validation-model-added") },
                      { QStringLiteral("model"), name },
                      { QStringLiteral("modelHash"), model.hash },
                      { QStringLiteral("designHash"), protocol::designHash(*design) },
                      { QStringLiteral("note"), note } });
    if (!audited) {
        // A change that cannot be audited is not made.
        if (auto undone = store.value()->removeValidationModel(name); !undone)
            return c.fail(undone.error());
        return c.fail(audited.error());
    }
    c.out << Tr::tr("Registered the validation model '%1' (%2).").arg(name, model.hash) << '\n';
    return kExitOk;
}

int runModelList(Context &c, const Parsed &p)
{
    auto store = openStore(p);
    if (!store)
        return c.fail(store.error());
    auto models = store.value()->validationModels();
    if (!models)
        return c.fail(models.error());
    if (models->empty()) {
        c.out << Tr::tr("No validation models. Register one with 'fairstart-node models add'.")
              << '\n';
        return kExitOk;
    }
    for (const SiteStore::ValidationModel &m : *models) {
        c.out << m.name << "  " << m.hash << "  " << m.addedAt << '\n';
        if (!m.note.isEmpty())
            c.out << "    " << m.note << '\n';
    }
    return kExitOk;
}

int runModelRemove(Context &c, const Parsed &p)
{
    auto store = openStore(p);
    if (!store)
        return c.fail(store.error());
    const QString name = p.value("name");
    // The model itself, to register it again when the removal cannot be audited.
    auto models = store.value()->validationModels();
    if (!models)
        return c.fail(models.error());
    const auto model
        = std::find_if(models->begin(), models->end(),
                       [&](const SiteStore::ValidationModel &m) { return m.name == name; });
    auto removed = store.value()->removeValidationModel(name);
    if (!removed)
        return c.fail(removed.error());
    if (*removed == ModelRemoval::NoSuchModel || model == models->end())
        return c.fail(nodeError(NodeErrorCode::NotFound,
                                Tr::tr("There is no validation model named '%1'. See "
                                       "'fairstart-node models list'.")
                                    .arg(printable(name))));
    auto audited = store.value()->appendAudit(
        QJsonObject { { QStringLiteral("event"), QStringLiteral("validation-model-removed") },
                      { QStringLiteral("model"), name } });
    if (!audited) {
        // A change that cannot be audited is not made.
        if (auto undone = store.value()->addValidationModel(*model); !undone)
            return c.fail(undone.error());
        return c.fail(audited.error());
    }
    c.out << Tr::tr("Removed the validation model '%1'.").arg(name) << '\n';
    return kExitOk;
}

int runTokenCreate(Context &c, const Parsed &p)
{
    const int days = int(p.get<quint64>("expires-days", 90));
    QStringList purposes;
    for (const QString &value : p.values.value(QStringLiteral("purpose")))
        purposes += value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &purpose : purposes)
        purpose = purpose.trimmed();
    auto store = openStore(p);
    if (!store)
        return c.fail(store.error());
    auto created = store.value()->createToken(p.value("user"), purposes, days);
    if (!created)
        return c.fail(created.error());
    auto audited = store.value()->appendAudit(QJsonObject {
        { QStringLiteral("event"), QStringLiteral("token-created") },
        { QStringLiteral("token_id"), created->info.id },
        { QStringLiteral("user"), created->info.user },
        { QStringLiteral("purposes"), QJsonArray::fromStringList(created->info.purposes) },
        { QStringLiteral("expires_at"),
          created->info.expiresAt.isValid() ? created->info.expiresAt.toString(Qt::ISODate)
                                            : QString() } });
    if (!audited) {
        // A token without its audit entry must not stay usable: take it back, and if even that
        // fails, say which token the administrator has to revoke by hand.
        auto undone = store.value()->revokeToken(created->info.id);
        if (!undone)
            c.fail(Tr::tr("The new token %1 could not be revoked again (%2). Revoke it with "
                          "'fairstart-node token revoke %1'.")
                       .arg(created->info.id, undone.error().message));
        return c.fail(audited.error());
    }
    c.out << created->token << '\n';
    return kExitOk;
}

int runTokenList(Context &c, const Parsed &p)
{
    auto store = openStore(p);
    if (!store)
        return c.fail(store.error());
    auto tokens = store.value()->listTokens();
    if (!tokens)
        return c.fail(tokens.error());
    if (tokens->empty()) {
        c.out << Tr::tr("No tokens. Create one with 'fairstart-node token create'.") << '\n';
        return kExitOk;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    c.out << padded(Tr::tr("id"), 14) << padded(Tr::tr("user"), 20)
          << padded(Tr::tr("purposes"), 22) << padded(Tr::tr("created"), 19)
          << padded(Tr::tr("expires"), 19) << Tr::tr("state") << '\n';
    for (const TokenInfo &t : tokens.value()) {
        const QString state = t.revoked ? Tr::tr("revoked")
            : t.usableAt(now)           ? Tr::tr("active")
                                        : Tr::tr("expired");
        c.out << padded(t.id, 14) << padded(t.user, 20) << padded(t.purposes.join(u","), 22)
              << padded(formatTime(t.createdAt), 19) << padded(formatTime(t.expiresAt), 19) << state
              << '\n';
    }
    return kExitOk;
}

int runTokenRevoke(Context &c, const Parsed &p)
{
    auto store = openStore(p);
    if (!store)
        return c.fail(store.error());
    const QString id = p.value("id");
    auto revoked = store.value()->revokeToken(id);
    if (!revoked)
        return c.fail(revoked.error());
    if (revoked.value() == TokenRevocation::AlreadyRevoked) {
        c.out << Tr::tr("Token %1 was already revoked.").arg(id) << '\n';
        return kExitOk;
    }
    auto audited = store.value()->appendAudit(
        QJsonObject { { QStringLiteral("event"), QStringLiteral("token-revoked") },
                      { QStringLiteral("token_id"), id } });
    if (!audited)
        return c.fail(audited.error());
    c.out << Tr::tr("Revoked token %1; a running server refuses it from its next request.").arg(id)
          << '\n';
    return kExitOk;
}

int runPolicyShow(Context &c, const Parsed &p)
{
    auto policy = Policy::load(p.value("data-dir"));
    if (!policy)
        return c.fail(policy.error());
    const QStringList weakened = policy->weakenedKeys();
    const QStringList notInFile = policy->keysNotInFile();
    // The longest key and a space or two before its value (a fixed width ran the longest keys
    // into their values).
    qsizetype keyWidth = 0;
    for (const PolicyKeyInfo &k : Policy::keys())
        keyWidth = std::max(keyWidth, k.key.size());
    for (const PolicyKeyInfo &k : Policy::keys()) {
        const double v = policy->value(k.key);
        const QString value = k.integer ? QString::number(qint64(v)) : QString::number(v);
        const QString def
            = k.integer ? QString::number(qint64(k.defaultValue)) : QString::number(k.defaultValue);
        c.out << padded(k.key, int(keyWidth) + 2) << padded(value, 10)
              << (weakened.contains(k.key)
                      ? Tr::tr("(default %1; WEAKER than the privacy rules)").arg(def)
                      : notInFile.contains(k.key) ? Tr::tr("(default; not in policy.conf)")
                      : v == k.defaultValue       ? Tr::tr("(default)")
                                                  : Tr::tr("(default %1)").arg(def))
              << '\n';
    }
    for (const QString &w : policy->warnings())
        c.err << w << '\n';
    if (const QString w = policy->notInFileWarning(); !w.isEmpty())
        c.err << w << '\n';
    return kExitOk;
}

int runPolicySet(Context &c, const Parsed &p)
{
    auto store = openStore(p);
    if (!store)
        return c.fail(store.error());
    const QString key = p.positionals.value(0), value = p.positionals.value(1);
    auto warning = Policy::set(p.value("data-dir"), *store.value(), key, value);
    if (!warning)
        return c.fail(warning.error());
    if (!warning->isEmpty())
        c.err << warning.value() << '\n';
    c.out << Tr::tr("%1 = %2 (restart 'serve' to apply it).").arg(key, value.trimmed()) << '\n';
    return kExitOk;
}

int runPin(Context &c, const Parsed &p)
{
    const QString cert = tlsCertPath(p.value("data-dir"));
    if (!QFileInfo::exists(cert))
        return c.fail(Tr::tr("There is no certificate %1. Run 'fairstart-node init' first, or "
                             "check --data-dir.")
                          .arg(QDir::toNativeSeparators(cert)));
    auto pin = certificatePin(cert);
    if (!pin)
        return c.fail(pin.error());
    c.out << pin.value() << '\n';
    return kExitOk;
}

// This node's name and public keys, for its peers' administrators (and the TLS pin for analysts).
NodeResult<OwnKeys> ownKeys(const Parsed &p, SiteStore &store)
{
    auto keys = NodeKeys::load(p.value("data-dir"), store);
    if (!keys)
        return keys.error();
    return OwnKeys { store.nodeName(), keys->signPublicKeyBase64(), keys->boxPublicKeyBase64(),
                     keys->pin };
}

// A word safe to paste into a POSIX shell: single-quoted unless it is plain.
QString shellWord(const QString &word)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:=+@%-]+$"));
    if (plain.match(word).hasMatch())
        return word;
    QString quoted = word;
    quoted.replace(QLatin1String("'"), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

int runKeys(Context &c, const Parsed &p)
{
    auto store = openStore(p);
    if (!store)
        return c.fail(store.error());
    auto own = ownKeys(p, *store.value());
    if (!own)
        return c.fail(own.error());
    if (p.has("json")) {
        c.out << QString::fromUtf8(
            QJsonDocument(ownKeysToJson(*own)).toJson(QJsonDocument::Indented));
        return kExitOk;
    }
    c.out << padded(Tr::tr("name"), 10) << own->name << '\n'
          << padded(QStringLiteral("ed25519"), 10) << own->signingKey << '\n'
          << padded(QStringLiteral("x25519"), 10) << own->keyAgreementKey << '\n'
          << padded(Tr::tr("TLS pin"), 10) << own->tlsPin << '\n'
          << '\n'
          << Tr::tr("Give the name and both keys to the administrators of the other sites over a "
                    "channel you trust (in person, a signed letter, a call in which you read them "
                    "out). Each of them accepts this node with:")
          << '\n'
          << "  fairstart-node peers add --data-dir DIR --name " << shellWord(own->name)
          << " --ed25519 " << own->signingKey << " --x25519 " << own->keyAgreementKey << '\n';
    return kExitOk;
}

int runPeersAdd(Context &c, const Parsed &p)
{
    PeerInfo candidate;
    if (p.has("keys-file")) {
        if (p.has("name") || p.has("ed25519") || p.has("x25519"))
            return c.usage(Tr::tr("give either --keys-file or --name, --ed25519 and --x25519."));
        QFile file(p.value("keys-file"));
        if (!file.open(QIODevice::ReadOnly))
            return c.fail(Tr::tr("Cannot read the keys file %1 (%2).")
                              .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
        auto read = peerFromKeysJson(file.read(65536));
        if (!read)
            return c.fail(read.error());
        candidate = *read;
    } else {
        if (!p.has("name") || !p.has("ed25519") || !p.has("x25519"))
            return c.usage(Tr::tr("give --name, --ed25519 and --x25519 (the peer's "
                                  "'fairstart-node keys'), or --keys-file FILE."));
        candidate.name = p.value("name");
        candidate.signingKey = p.value("ed25519");
        candidate.keyAgreementKey = p.value("x25519");
    }
    candidate.note = p.value("note");
    candidate.addedAt = QDateTime::currentDateTimeUtc();
    auto store = openStore(p);
    if (!store)
        return c.fail(store.error());
    auto own = ownKeys(p, *store.value());
    if (!own)
        return c.fail(own.error());
    auto peer = checkedPeer(candidate, *own);
    if (!peer)
        return c.fail(peer.error());
    auto added = store.value()->addPeer(*peer);
    if (!added)
        return c.fail(added.error());
    if (*added == PeerAddition::AlreadyPinned)
        return c.fail(Tr::tr("The peer '%1' or one of its keys is already pinned. See "
                             "'fairstart-node peers list'; to change a peer's keys, remove it "
                             "first.")
                          .arg(printable(peer->name)));
    QJsonObject entry = peerToJson(*peer);
    entry.insert(QStringLiteral("event"), QStringLiteral("peer-added"));
    auto audited = store.value()->appendAudit(entry);
    if (!audited) {
        // A change that cannot be audited is not made.
        if (auto undone = store.value()->removePeer(peer->name); !undone)
            return c.fail(undone.error());
        return c.fail(audited.error());
    }
    c.out << Tr::tr("Accepted '%1' as a peer: studies that name it with these keys may be joined "
                    "(a running server applies this from its next request).")
                 .arg(printable(peer->name))
          << '\n';
    return kExitOk;
}

// Many peers in one opening of the store (a federation of 100 nodes: 99 `peers add` would each
// derive the store's key): all pinned and audited in one transaction, or none.
int runPeersImport(Context &c, const Parsed &p)
{
    QFile file(p.value("keys-file"));
    if (!file.open(QIODevice::ReadOnly))
        return c.fail(Tr::tr("Cannot read the keys file %1 (%2).")
                          .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
    constexpr qint64 kMaxKeysFile = 16 * 1024 * 1024; // ~80,000 nodes' keys
    if (file.size() > kMaxKeysFile)
        return c.fail(Tr::tr("The keys file %1 is larger than 16 MB; a federation's keys take "
                             "about 200 bytes per node. Check that it is the right file.")
                          .arg(QDir::toNativeSeparators(file.fileName())));
    const QByteArray text = file.readAll();
    auto store = openStore(p);
    if (!store)
        return c.fail(store.error());
    auto own = ownKeys(p, *store.value());
    if (!own)
        return c.fail(own.error());
    auto pinned = store.value()->peers();
    if (!pinned)
        return c.fail(pinned.error());
    auto plan = planPeerImport(text, *own, *pinned, p.value("note"));
    if (!plan)
        return c.fail(plan.error());
    if (!plan->peersToAdd.empty()) {
        std::vector<QJsonObject> entries;
        for (const PeerInfo &peer : plan->peersToAdd) {
            QJsonObject entry = peerToJson(peer);
            entry.insert(QStringLiteral("event"), QStringLiteral("peer-added"));
            entry.insert(QStringLiteral("via"), QStringLiteral("peers import"));
            entries.push_back(entry);
        }
        auto added = store.value()->addPeers(plan->peersToAdd, entries);
        if (!added)
            return c.fail(added.error());
        if (added->outcome == PeerAddition::AlreadyPinned) // pinned by another command meanwhile
            return c.fail(Tr::tr("The peer '%1' or one of its keys was pinned while the file was "
                                 "read; nothing was imported. Run the import again.")
                              .arg(printable(added->conflict)));
    }
    c.out << Tr::tr("Accepted %n new peer(s) from %1 (a running server applies this from its "
                    "next request).",
                    nullptr, int(plan->peersToAdd.size()))
                 .arg(QDir::toNativeSeparators(file.fileName()));
    if (plan->alreadyPinned > 0)
        c.out << ' '
              << Tr::tr("%n entry(s) already pinned with the same keys, left as they were.",
                        nullptr, plan->alreadyPinned);
    if (plan->ownEntry)
        c.out << ' ' << Tr::tr("This node's own entry was skipped.");
    c.out << '\n';
    return kExitOk;
}

int runPeersList(Context &c, const Parsed &p)
{
    auto store = openStore(p);
    if (!store)
        return c.fail(store.error());
    auto peers = store.value()->peers();
    if (!peers)
        return c.fail(peers.error());
    if (p.has("json")) {
        for (const PeerInfo &peer : *peers)
            c.out << QString::fromUtf8(
                QJsonDocument(peerToJson(peer)).toJson(QJsonDocument::Compact))
                  << '\n';
        return kExitOk;
    }
    if (peers->empty()) {
        c.out << Tr::tr("No peers: this node joins only studies in which it is the only site. "
                        "Accept another node with 'fairstart-node peers add'.")
              << '\n';
        return kExitOk;
    }
    c.out << padded(Tr::tr("name"), 24) << padded(QStringLiteral("ed25519"), 46)
          << padded(QStringLiteral("x25519"), 46) << padded(Tr::tr("added"), 19) << Tr::tr("note")
          << '\n';
    for (const PeerInfo &peer : *peers)
        c.out << padded(printable(peer.name), 24) << padded(peer.signingKey, 46)
              << padded(peer.keyAgreementKey, 46) << padded(formatTime(peer.addedAt), 19)
              << printable(peer.note) << '\n';
    return kExitOk;
}

int runPeersRemove(Context &c, const Parsed &p)
{
    auto store = openStore(p);
    if (!store)
        return c.fail(store.error());
    const QString name = p.value("name");
    auto peers = store.value()->peers();
    if (!peers)
        return c.fail(peers.error());
    const auto it = std::find_if(peers->begin(), peers->end(),
                                 [&](const PeerInfo &peer) { return peer.name == name; });
    if (it == peers->end())
        return c.fail(Tr::tr("There is no peer '%1'. 'fairstart-node peers list' shows them.")
                          .arg(printable(name)));
    auto removed = store.value()->removePeer(name);
    if (!removed)
        return c.fail(removed.error());
    if (*removed == PeerRemoval::NoSuchPeer) // removed by another command meanwhile
        return c.fail(Tr::tr("There is no peer '%1'. 'fairstart-node peers list' shows them.")
                          .arg(printable(name)));
    QJsonObject entry = peerToJson(*it);
    entry.insert(QStringLiteral("event"), QStringLiteral("peer-removed"));
    auto audited = store.value()->appendAudit(entry);
    if (!audited) {
        // A change that cannot be audited is not made.
        if (auto undone = store.value()->addPeer(*it); !undone)
            return c.fail(undone.error());
        return c.fail(audited.error());
    }
    c.out << Tr::tr("Removed the peer '%1': this node joins no new study with it, and its open "
                    "studies that name it end at their next request.")
                 .arg(printable(name))
          << '\n';
    return kExitOk;
}

int runServeCommand(Context &c, const Parsed &p)
{
    ServeOptions options;
    options.dataDir = p.value("data-dir");
    const HostPort listen = p.get<HostPort>("listen", { QStringLiteral("127.0.0.1"), 8443 });
    options.host = listen.host;
    options.port = listen.port;
    options.insecureDev = p.has("insecure-dev");
    if (p.has("threads"))
        options.threads = int(p.get<quint64>("threads"));
    if (!SiteStore::exists(options.dataDir))
        return c.fail(Tr::tr("There is no site store in %1. Run 'fairstart-node init --data-dir "
                             "%1 --name NAME' first, or check --data-dir.")
                          .arg(QDir::toNativeSeparators(options.dataDir)));
    auto passphrase = readPassphrase(p.value("passphrase-file"));
    if (!passphrase)
        return c.fail(passphrase.error());
    options.passphrase = passphrase.value();
    auto lock = lockDataDir(options.dataDir);
    if (!lock)
        return c.fail(lock.error());
    c.out.flush();
    c.err.flush();
    return runServe(options);
}

int runPassphrase(Context &c, const Parsed &p)
{
    const QString dataDir = p.value("data-dir");
    if (!SiteStore::exists(dataDir))
        return c.fail(Tr::tr("There is no site store in %1. Run 'fairstart-node init --data-dir "
                             "%1 --name NAME' first, or check --data-dir.")
                          .arg(QDir::toNativeSeparators(dataDir)));
    auto current = readPassphrase(p.value("passphrase-file"));
    if (!current)
        return c.fail(current.error());
    auto next = readNewPassphrase(p.value("new-passphrase-file"));
    if (!next)
        return c.fail(next.error());
    auto lock = lockDataDir(dataDir);
    if (!lock)
        return c.fail(lock.error());
    auto store = SiteStore::changePassphrase(dataDir, current.value(), next.value());
    if (!store)
        return c.fail(store.error());
    // A change that cannot be audited is not made.
    auto audited = store.value()->appendAudit(
        QJsonObject { { QStringLiteral("event"), QStringLiteral("passphrase-changed") } });
    if (!audited) {
        store.value().reset();
        auto reverted = SiteStore::changePassphrase(dataDir, next.value(), current.value());
        return c.fail(reverted ? Tr::tr("The passphrase change could not be written to the audit "
                                        "log (%1), so it was undone: the current passphrase "
                                        "still opens the store.")
                                     .arg(audited.error().message)
                               : Tr::tr("The passphrase change could not be written to the audit "
                                        "log (%1), and undoing it failed (%2): the NEW "
                                        "passphrase opens the store now.")
                                     .arg(audited.error().message, reverted.error().message));
    }
    c.out << Tr::tr("Changed the passphrase of the site store in %1. Only the new passphrase "
                    "opens it now: update FAIRSTART_NODE_PASSPHRASE or the passphrase file "
                    "before the next 'serve'. Backups made before now still need the old one.")
                 .arg(QDir::toNativeSeparators(dataDir))
          << '\n';
    return kExitOk;
}

int runAuditVerify(Context &c, const Parsed &p)
{
    auto store = openStore(p);
    if (!store)
        return c.fail(store.error());
    auto result = store.value()->verifyAudit();
    if (!result)
        return c.fail(result.error());
    if (!result->ok)
        return c.fail(Tr::tr("The audit chain is broken at entry %1: %2. The log was altered "
                             "outside fairstart-node; keep a copy of the data dir for "
                             "investigation and restore a backup.")
                          .arg(result->firstBadSeq)
                          .arg(result->problem));
    c.out << Tr::tr("The audit chain is intact: %1 entries verified.").arg(result->entries) << '\n';
    return kExitOk;
}

int runAuditShow(Context &c, const Parsed &p)
{
    const int count = int(p.get<quint64>("count", 50));
    qint64 from = qint64(p.get<quint64>("from", 0));
    auto store = openStore(p);
    if (!store)
        return c.fail(store.error());
    if (!p.has("from")) {
        auto total = store.value()->auditCount();
        if (!total)
            return c.fail(total.error());
        from = std::max<qint64>(1, total.value() - count + 1);
    }
    auto entries = store.value()->auditEntries(from, count);
    if (!entries)
        return c.fail(entries.error());
    for (const AuditEntry &e : entries.value()) {
        if (p.has("json")) {
            c.out << QString::fromUtf8(QJsonDocument(e.entry).toJson(QJsonDocument::Compact))
                  << '\n';
            continue;
        }
        QJsonObject rest = e.entry;
        for (const char *key : { "seq", "time", "event", "software" })
            rest.remove(QLatin1String(key));
        c.out << padded(QString::number(e.seq), 7) << padded(e.time.toString(Qt::ISODate), 22)
              << padded(e.entry.value(QStringLiteral("event")).toString(), 20)
              << QString::fromUtf8(QJsonDocument(rest).toJson(QJsonDocument::Compact)) << '\n';
    }
    return kExitOk;
}

bool isRuleId(const QString &text)
{
    static const QRegularExpression ruleId(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,63}$"));
    return ruleId.match(text).hasMatch();
}

int runAuditExport(Context &c, const Parsed &p)
{
    const AuditExportFormat format = p.value("format") == QLatin1String("jsonl")
        ? AuditExportFormat::JsonLines
        : AuditExportFormat::Csv;
    AuditExportFilter filter;
    filter.users = p.values.value(QStringLiteral("user"));
    filter.rules = p.values.value(QStringLiteral("rule"));
    filter.from = p.get<QDateTime>("from");
    filter.to = p.get<QDateTime>("to");
    if (filter.from.isValid() && filter.to.isValid() && filter.from > filter.to)
        return c.usage(Tr::tr("--from %1 is after --to %2; no entry can match.")
                           .arg(printable(p.value("from")), printable(p.value("to"))));

    auto store = openStore(p);
    if (!store)
        return c.fail(store.error());
    // The export names users and holds their requests: only the owner may read the file.
    std::unique_ptr<QSaveFile> file;
    if (p.has("output")) {
        file = std::make_unique<QSaveFile>(p.value("output"));
        if (!file->open(QIODevice::WriteOnly)
            || !file->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return c.fail(
                Tr::tr("Cannot write %1 (%2). Check --output.")
                    .arg(QDir::toNativeSeparators(p.value("output")), file->errorString()));
    }
    auto write = [&c, &file](const QByteArray &bytes) {
        if (file)
            return file->write(bytes) == bytes.size();
        c.out << QString::fromUtf8(bytes);
        return c.out.status() == QTextStream::Ok;
    };
    auto summary = exportAudit(*store.value(), filter, format, write);
    if (!summary)
        return c.fail(summary.error());
    if (file && !file->commit())
        return c.fail(Tr::tr("Cannot write %1 (%2). Check --output.")
                          .arg(QDir::toNativeSeparators(p.value("output")), file->errorString()));
    c.out.flush();
    // With the export on stdout, the summary goes to stderr so that it does not mix with it.
    QTextStream &report = file ? c.out : c.err;
    const AuditVerification &v = summary->verification;
    const QString exported
        = Tr::tr("Exported %1 of %2 audit entries.").arg(summary->exported).arg(summary->read);
    if (!v.ok)
        return c.fail(exported + QLatin1Char(' ')
                      + Tr::tr("The audit chain is broken at entry %1: %2. Entries from %1 on "
                               "cannot be trusted; the log was altered outside fairstart-node. "
                               "Keep a copy of the data dir for investigation.")
                            .arg(v.firstBadSeq)
                            .arg(v.problem));
    report << exported << ' '
           << Tr::tr("The audit chain is intact: %1 entries verified.").arg(v.entries) << '\n';
    report.flush();
    return kExitOk;
}

int runDemoData(Context &c, const Parsed &p)
{
    const auto profile = demoProfileFromId(p.value("profile"));
    if (!profile) // the table's parser admits only the listed profiles
        return c.usage(Tr::tr("unknown --profile '%1'; use one of: %2.")
                           .arg(printable(p.value("profile")), demoProfileIds().join(u", ")));
    const qint64 rows = qint64(p.get<quint64>("rows"));
    const quint64 seed = p.get<quint64>("seed", 1);
    const auto missing = p.has("missing") ? demoMissingFromId(p.value("missing"))
                                          : std::optional(DemoMissing::Scattered);
    if (!missing) // the table's parser admits only the listed ways
        return c.usage(Tr::tr("unknown --missing '%1'; use one of: %2.")
                           .arg(printable(p.value("missing")), demoMissingIds().join(u", ")));
    auto written = writeDemoCsv(*profile, rows, seed, p.value("out"), *missing);
    if (!written)
        return c.fail(written.error());
    if (p.has("schema-out")) {
        QFile schema(p.value("schema-out"));
        const QByteArray json = demoSchemaJson(*profile);
        if (!schema.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || schema.write(json) != json.size())
            return c.fail(
                Tr::tr("Cannot write %1 (%2). Check --schema-out.")
                    .arg(QDir::toNativeSeparators(schema.fileName()), schema.errorString()));
    }
    c.out << Tr::tr("Wrote %1 synthetic children (%2, seed %3) to %4.")
                 .arg(rows)
                 .arg(demoProfileId(*profile))
                 .arg(seed)
                 .arg(QDir::toNativeSeparators(p.value("out")))
          << '\n';
    return kExitOk;
}

const std::vector<Command> &commands()
{
    static const std::vector<Command> list = {
        { "init",
          Tr::tr("create a node: encrypted store, TLS key and certificate, signing keys, "
                 "policy file; prints the certificate pin"),
          QString(),
          0,
          { dataDirOption(),
            { "name", "NAME", true, Tr::tr("the node's name, shown to analysts") },
            { "hostname", "HOST", false,
              Tr::tr("a name or address of the node for its certificate (repeatable; default "
                     "localhost, 127.0.0.1, ::1)") },
            passphraseFileOption() },
          runInit,
          QString() },
        { "import",
          Tr::tr("import a CSV file as a dataset (all or nothing; replaces an earlier "
                 "import of the same name)"),
          QString(),
          0,
          { dataDirOption(),
            { "dataset", "NAME", true, Tr::tr("the dataset's name") },
            { "csv", "FILE", true,
              Tr::tr("the CSV file (comma or semicolon separated, header line)") },
            { "schema", "FILE", false,
              Tr::tr("a JSON schema with column types, labels, consent "
                     "columns (see docs/node.md)") },
            passphraseFileOption() },
          runImport,
          Tr::tr(
              "Column kinds are inferred unless the schema gives them: 'record_id' is the record "
              "id, 'consent_<purpose>' a consent flag, numbers are numeric (binary when all are "
              "0 or 1), text is categorical. Empty cells and NA are missing.") },
        { "dataset list",
          Tr::tr("list the datasets"),
          QString(),
          0,
          { dataDirOption(), passphraseFileOption() },
          runDatasetList,
          QString() },
        { "dataset show",
          Tr::tr("show a dataset's columns"),
          QString(),
          0,
          { dataDirOption(),
            { "dataset", "NAME", true, Tr::tr("the dataset's name") },
            passphraseFileOption() },
          runDatasetShow,
          QString() },
        { "dataset remove",
          Tr::tr("remove a dataset (audited); --forget deletes its records for good"),
          QString(),
          0,
          { dataDirOption(),
            { "dataset", "NAME", true, Tr::tr("the dataset's name") },
            { "forget", nullptr, false,
              Tr::tr("delete its records and ledgers for good (a data-protection erasure)") },
            { "confirm-forget", "NAME", false,
              Tr::tr("the dataset's name again, to confirm --forget") },
            passphraseFileOption() },
          runDatasetRemove,
          QString() },
        { "models add",
          Tr::tr("register a validation model: a design and its β from a file (audited)"),
          QString(),
          0,
          { dataDirOption(),
            { "name", "NAME", true, Tr::tr("the model's name, as analysts ask for it") },
            { "file", "MODEL.json", true,
              Tr::tr("{\"design\": {...}, \"beta\": [...]}: a resolved design and one "
                     "coefficient per column") },
            { "note", "TEXT", false, Tr::tr("where the model comes from") },
            passphraseFileOption() },
          runModelAdd,
          Tr::tr("Analysts may then ask this node to evaluate the model, by its name or hash, on "
                 "a dataset; the node never evaluates a β an analyst sends.") },
        { "models list",
          Tr::tr("list the registered validation models"),
          QString(),
          0,
          { dataDirOption(), passphraseFileOption() },
          runModelList,
          QString() },
        { "models remove",
          Tr::tr("remove a registered validation model (audited)"),
          QString(),
          0,
          { dataDirOption(),
            { "name", "NAME", true, Tr::tr("the model's name") },
            passphraseFileOption() },
          runModelRemove,
          QString() },
        { "token create",
          Tr::tr("create an access token; prints only the token"),
          QString(),
          0,
          { dataDirOption(),
            { "user", "NAME", true, Tr::tr("who the token is for") },
            { "purpose", "P[,P...]", true,
              Tr::tr("the purposes it may be used for, e.g. research") },
            { "expires-days", "N", false, Tr::tr("days until it expires (default 90, 0 = never)"),
              detail::wholeNumber(0, 36500) },
            passphraseFileOption() },
          runTokenCreate,
          QString() },
        { "token list",
          Tr::tr("list tokens (never their secrets)"),
          QString(),
          0,
          { dataDirOption(), passphraseFileOption() },
          runTokenList,
          QString() },
        { "token revoke",
          Tr::tr("revoke a token"),
          QString(),
          0,
          { dataDirOption(),
            { "id", "ID", true, Tr::tr("the token's id from 'token list'") },
            passphraseFileOption() },
          runTokenRevoke,
          QString() },
        { "policy show",
          Tr::tr("show the disclosure policy and service limits"),
          QString(),
          0,
          { dataDirOption() },
          runPolicyShow,
          QString() },
        { "policy set",
          Tr::tr("change one policy value (audited; weaker than the default warns)"),
          QStringLiteral("KEY VALUE"),
          2,
          { dataDirOption(), passphraseFileOption() },
          runPolicySet,
          QString() },
        { "pin",
          Tr::tr("print the TLS certificate's public-key pin"),
          QString(),
          0,
          { dataDirOption() },
          runPin,
          QString() },
        { "keys",
          Tr::tr("print this node's name and public keys, for the other sites' peer lists"),
          QString(),
          0,
          { dataDirOption(),
            { "json", nullptr, false,
              Tr::tr("one JSON object (name, ed25519, x25519, tls_pin), for 'peers add "
                     "--keys-file'") },
            passphraseFileOption() },
          runKeys,
          QString() },
        { "peers add",
          Tr::tr("accept another node as a peer in studies (audited)"),
          QString(),
          0,
          { dataDirOption(),
            { "name", "NAME", false, Tr::tr("the peer's node name, as its 'keys' shows it") },
            { "ed25519", "KEY", false, Tr::tr("the peer's Ed25519 public key (base64)") },
            { "x25519", "KEY", false, Tr::tr("the peer's X25519 public key (base64)") },
            { "keys-file", "FILE", false,
              Tr::tr("read name and keys from the peer's 'fairstart-node keys --json'") },
            { "note", "TEXT", false,
              Tr::tr("who vouched for the keys and how they were compared") },
            passphraseFileOption() },
          runPeersAdd,
          Tr::tr("A study's manifest may name another site only with exactly the keys pinned "
                 "here (policy unknown_peers). Compare the keys with the peer's administrator "
                 "over a channel you trust. To change a peer's keys, remove it and add it "
                 "again.") },
        { "peers import",
          Tr::tr("accept many nodes as peers at once from a federation's keys file (audited; "
                 "all or none)"),
          QString(),
          0,
          { dataDirOption(),
            { "keys-file", "FILE", true,
              Tr::tr("the nodes' 'fairstart-node keys --json', one after another or in a JSON "
                     "array") },
            { "note", "TEXT", false,
              Tr::tr("the note of entries without a \"note\" of their own") },
            passphraseFileOption() },
          runPeersImport,
          Tr::tr("Checks every entry as 'peers add' does and pins them all in one transaction, "
                 "each with its audit entry, or none. This node's own entry and peers pinned "
                 "already with the same keys are skipped; a malformed entry, a name or key given "
                 "twice, or a name pinned with other keys refuses the whole file. Compare the "
                 "file with the other administrators over a channel you trust.") },
        { "peers list",
          Tr::tr("list the accepted peers"),
          QString(),
          0,
          { dataDirOption(),
            { "json", nullptr, false, Tr::tr("one JSON object per line") },
            passphraseFileOption() },
          runPeersList,
          QString() },
        { "peers remove",
          Tr::tr("stop accepting a peer (audited; its open studies end)"),
          QString(),
          0,
          { dataDirOption(),
            { "name", "NAME", true, Tr::tr("the peer's name from 'peers list'") },
            passphraseFileOption() },
          runPeersRemove,
          QString() },
        { "serve",
          Tr::tr("run the HTTPS API until SIGTERM or SIGINT"),
          QString(),
          0,
          { dataDirOption(),
            { "listen", "HOST:PORT", false, Tr::tr("address to listen on (default 127.0.0.1:8443)"),
              detail::hostPort() },
            { "threads", "N", false,
              Tr::tr("requests computed at once (default: the policy's 'threads')"),
              detail::wholeNumber(1, 256) },
            { "insecure-dev", nullptr, false,
              Tr::tr("plain HTTP without TLS, for development on loopback only") },
            passphraseFileOption() },
          runServeCommand,
          QString() },
        { "passphrase",
          Tr::tr("change the passphrase of the site store (stop 'serve' first)"),
          QString(),
          0,
          { dataDirOption(), passphraseFileOption(), newPassphraseFileOption() },
          runPassphrase,
          Tr::tr("The whole store is re-encrypted under the new passphrase in one transaction; "
                 "the change is audited. It needs at least 8 characters, like init. Refused "
                 "while 'serve' runs on the data dir.") },
        { "audit verify",
          Tr::tr("recompute the audit hash chain"),
          QString(),
          0,
          { dataDirOption(), passphraseFileOption() },
          runAuditVerify,
          QString() },
        { "audit show",
          Tr::tr("print audit entries (default: the last 50)"),
          QString(),
          0,
          { dataDirOption(),
            { "from", "N", false, Tr::tr("first sequence number to show"),
              detail::wholeNumber(1, std::numeric_limits<qint64>::max()) },
            { "count", "N", false, Tr::tr("how many entries (default 50)"),
              detail::wholeNumber(1, std::numeric_limits<int>::max()) },
            { "json", nullptr, false, Tr::tr("one JSON object per line") },
            passphraseFileOption() },
          runAuditShow,
          QString() },
        { "audit export",
          Tr::tr("export audit entries for the privacy officer (CSV or JSON lines)"),
          QString(),
          0,
          { dataDirOption(),
            { "format", "csv|jsonl", false,
              Tr::tr("csv (default: one entry per row, the main fields) or jsonl (the full "
                     "entry, one per line)"),
              detail::oneOf({ QStringLiteral("csv"), QStringLiteral("jsonl") }) },
            { "user", "U", false, Tr::tr("only entries of this user (repeatable)"),
              detail::checkedText(detail::isValidUserName,
                                  Tr::tr("--%1 '%2' is not a user name; user names are 1 to 64 "
                                         "letters, digits and . _ @ - (see 'token list').")) },
            { "from", "DATE", false,
              Tr::tr("only entries from this UTC date (2026-12-02) or time "
                     "(2026-12-02T14:30:00Z) on"),
              detail::utcTime(false) },
            { "to", "DATE", false,
              Tr::tr("only entries up to this UTC date (its whole day) or time"),
              detail::utcTime(true) },
            { "rule", "R", false,
              Tr::tr("only entries that checked rule R or were answered with code R "
                     "(repeatable)"),
              detail::checkedText(isRuleId,
                                  Tr::tr("--%1 '%2' is not a rule id; rule ids are lower-case "
                                         "words joined by '-', e.g. min-cell (see "
                                         "docs/privacy-rules.md).")) },
            { "output", "FILE", false,
              Tr::tr("write to FILE (readable by its owner only) instead of stdout") },
            passphraseFileOption() },
          runAuditExport,
          Tr::tr("The filters combine: an entry is exported when it matches every option given "
                 "(any of the values of a repeated one). The chain is verified first; a broken "
                 "chain is reported and the command exits with 1 after the export.") },
        { "demo-data",
          Tr::tr("write a synthetic early-childhood cohort as CSV"),
          QString(),
          0,
          { { "profile", "NAME", true,
              Tr::tr("the site type: youth-health-service, hospital or municipality"),
              detail::oneOf(demoProfileIds()) },
            { "rows", "N", true, Tr::tr("number of children"),
              detail::wholeNumber(1, std::numeric_limits<qint64>::max()) },
            { "seed", "S", false, Tr::tr("random seed (default 1); a seed always gives one file"),
              detail::wholeNumber(0) },
            { "out", "FILE", true, Tr::tr("the CSV file to write") },
            { "schema-out", "FILE", false, Tr::tr("also write an import schema with labels") },
            { "missing", "HOW", false,
              Tr::tr("which values are missing: scattered (default; each variable on its own) "
                     "or grouped (a questionnaire not returned, a child lost to follow-up; the "
                     "demo federation's, so that models on different variables are not refused "
                     "for differencing)"),
              detail::oneOf(demoMissingIds()) } },
          runDemoData,
          Tr::tr("The true model behind the outcomes is documented in docs/node.md.") },
    };
    return list;
}

void printUsage(QTextStream &out)
{
    out << Tr::tr("Usage: fairstart-node COMMAND [OPTIONS]") << "\n\n"
        << Tr::tr("The Fairstart data-site node: keeps records encrypted and answers analysts "
                  "only with aggregates that pass its disclosure checks.")
        << "\n\n"
        << Tr::tr("Commands:") << '\n';
    for (const Command &c : commands())
        out << "  " << padded(QString::fromLatin1(c.name), 16) << c.summary << '\n';
    out << '\n'
        << Tr::tr("The store passphrase comes from FAIRSTART_NODE_PASSPHRASE or --passphrase-file "
                  "FILE, never from the command line.")
        << '\n'
        << Tr::tr("Run 'fairstart-node COMMAND --help' for a command's options; see "
                  "docs/node.md for the administration guide.")
        << '\n';
}

// How the engine reads a command's arguments: its positionals, and the passphrase options that
// are never taken from the command line.
commandline::Grammar grammar(const Command &c)
{
    commandline::Grammar g;
    g.positionals = c.positionals;
    g.positionalSynopsis = c.positionalSynopsis;
    g.refused.insert(
        QStringLiteral("passphrase"),
        Tr::tr("the passphrase is never taken from the command line (it would show in the "
               "process list and the shell history); set FAIRSTART_NODE_PASSPHRASE or use "
               "--passphrase-file FILE."));
    g.refused.insert(
        QStringLiteral("new-passphrase"),
        Tr::tr("the new passphrase is never taken from the command line (it would show in the "
               "process list and the shell history); set FAIRSTART_NODE_NEW_PASSPHRASE or use "
               "--new-passphrase-file FILE."));
    return g;
}

void printCommandHelp(QTextStream &out, const Command &c)
{
    out << commandline::wrapped(Tr::tr("Usage: fairstart-node %1").arg(QString::fromLatin1(c.name))
                                    + QLatin1Char(' ')
                                    + commandline::synopsis(c.options, grammar(c)),
                                100, 4, 0)
        << "\n\n"
        << c.summary << ".\n";
    for (const QString &line : c.details.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        out << commandline::wrapped(line, 100) << '\n';
    out << '\n' << commandline::optionHelp(c.options, false);
}

} // namespace

NodeResult<QString> readPassphrase(const QString &passphraseFile)
{
    const Secret secret = readSecret(passphraseFile, "FAIRSTART_NODE_PASSPHRASE");
    const QString path = QDir::toNativeSeparators(passphraseFile);
    switch (secret.problem) {
    case Secret::None:
        return secret.value;
    case Secret::Unreadable:
        return nodeError(NodeErrorCode::Io,
                         Tr::tr("Cannot read the passphrase file %1 (%2). Check "
                                "--passphrase-file.")
                             .arg(path, secret.fileError));
    case Secret::EmptyFile:
        return nodeError(NodeErrorCode::InvalidInput,
                         Tr::tr("The passphrase file %1 is empty. Put the passphrase on its "
                                "first line.")
                             .arg(path));
    case Secret::Unset:
        break;
    }
    return nodeError(NodeErrorCode::InvalidInput,
                     Tr::tr("No passphrase for the site store. Set the environment variable "
                            "FAIRSTART_NODE_PASSPHRASE or use --passphrase-file FILE."));
}

int runNodeCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    auto finish = [&](int code) {
        out.flush();
        err.flush();
        return code;
    };
    if (args.isEmpty() || args.first() == QLatin1String("--help")
        || args.first() == QLatin1String("-h") || args.first() == QLatin1String("help")) {
        if (args.size() >= 2 && args.first() == QLatin1String("help")) {
            const QString wanted = args.mid(1).join(QLatin1Char(' '));
            for (const Command &c : commands()) {
                if (QLatin1String(c.name) == wanted) {
                    printCommandHelp(out, c);
                    return finish(kExitOk);
                }
            }
        }
        printUsage(args.isEmpty() ? err : out);
        return finish(args.isEmpty() ? kExitUsage : kExitOk);
    }
    if (args.first() == QLatin1String("--version")) {
        out << "fairstart-node " << FAIRSTART_VERSION << " ("
            << Tr::tr("protocol %1").arg(protocol::protocolVersionString()) << ", "
            << storageVersion() << ", "
            << Tr::tr("round kernel %1")
                   .arg(QLatin1String(analysis::activeRoundKernelName().data(),
                                      qsizetype(analysis::activeRoundKernelName().size())))
            << ")\n";
        return finish(kExitOk);
    }

    // Find the command: one word, or a group and a subcommand ("token create").
    const Command *command = nullptr;
    int consumed = 0;
    for (const Command &c : commands()) {
        const QStringList words = QString::fromLatin1(c.name).split(QLatin1Char(' '));
        if (args.size() >= words.size() && args.mid(0, words.size()) == words) {
            command = &c;
            consumed = int(words.size());
            break;
        }
    }
    if (!command) {
        QStringList inGroup;
        for (const Command &c : commands()) {
            const QString name = QString::fromLatin1(c.name);
            if (name.startsWith(args.first() + QLatin1Char(' ')))
                inGroup.append(name);
        }
        if (!inGroup.isEmpty()) {
            if (args.size() >= 2
                && (args[1] == QLatin1String("--help") || args[1] == QLatin1String("-h"))) {
                for (const QString &name : inGroup)
                    out << "fairstart-node " << name << '\n';
                return finish(kExitOk);
            }
            err << "fairstart-node: "
                << (args.size() < 2 ? Tr::tr("'%1' needs a subcommand: %2.")
                                          .arg(args.first(), inGroup.join(u", "))
                                    : Tr::tr("unknown command '%1 %2'; use one of: %3.")
                                          .arg(args[0], args[1], inGroup.join(u", ")))
                << '\n';
            return finish(kExitUsage);
        }
        err << "fairstart-node: "
            << Tr::tr("unknown command '%1'. Run 'fairstart-node --help' for the list.")
                   .arg(args.first())
            << '\n';
        return finish(kExitUsage);
    }

    Context context { out, err, QString::fromLatin1(command->name) };
    const auto parsed
        = commandline::parseOptions(command->options, args.mid(consumed), grammar(*command));
    if (!parsed)
        return finish(context.usage(parsed.error()));
    if (parsed->help) {
        printCommandHelp(out, *command);
        return finish(kExitOk);
    }
    return finish(command->run(context, *parsed));
}

int runNodeCommand(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    return runNodeCommand(args, out, err);
}

} // namespace fairstart::node

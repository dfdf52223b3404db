// SPDX-License-Identifier: GPL-3.0-or-later
// Administrator-pinned peers: the entry checks of 'fairstart-node peers add' and the rule a
// study's manifest must pass (every other site an accepted peer with exactly its pinned keys).
#include "fairstart/node/peers.h"
#include "fairstart/node/tr.h"

#include "api/common_p.h"
#include "api/peers_p.h"
#include "commandoptions.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <map>

#include <sodium.h>

namespace fairstart::node {

namespace {

// The one canonical spelling of 32 bytes in standard base64 (what /v1/info and the manifest use),
// or an empty array.
QByteArray decodeKey(const QString &base64)
{
    const QByteArray text = base64.toLatin1();
    auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != 32 || decoded.decoded.toBase64() != text)
        return {};
    return decoded.decoded;
}

bool plainName(const QString &name)
{
    if (name.isEmpty() || name.size() > 128 || name.trimmed() != name)
        return false;
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format
            || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            return false;
    }
    return true;
}

// An X25519 public key whose agreement with a random secret is not all zero (a low-order point
// would make every pairwise mask with this peer public).
bool fullOrderX25519(const QByteArray &key)
{
    unsigned char secret[crypto_scalarmult_SCALARBYTES];
    unsigned char shared[crypto_scalarmult_BYTES];
    randombytes_buf(secret, sizeof secret);
    const int rc = crypto_scalarmult(shared, secret,
                                     reinterpret_cast<const unsigned char *>(key.constData()));
    sodium_memzero(secret, sizeof secret);
    return rc == 0;
}

} // namespace

QJsonObject ownKeysToJson(const OwnKeys &keys)
{
    return QJsonObject { { QStringLiteral("name"), keys.name },
                         { QStringLiteral("ed25519"), keys.signingKey },
                         { QStringLiteral("x25519"), keys.keyAgreementKey },
                         { QStringLiteral("tls_pin"), keys.tlsPin } };
}

QJsonObject peerToJson(const PeerInfo &peer)
{
    return QJsonObject { { QStringLiteral("name"), peer.name },
                         { QStringLiteral("ed25519"), peer.signingKey },
                         { QStringLiteral("x25519"), peer.keyAgreementKey },
                         { QStringLiteral("note"), peer.note },
                         { QStringLiteral("added_at"),
                           peer.addedAt.toUTC().toString(Qt::ISODate) } };
}

NodeResult<PeerInfo> checkedPeer(const PeerInfo &candidate, const OwnKeys &self)
{
    if (sodium_init() < 0)
        return nodeError(NodeErrorCode::Internal,
                         Tr::tr("libsodium could not be initialised. Check the installation."));
    PeerInfo peer = candidate;
    if (!plainName(peer.name))
        return nodeError(NodeErrorCode::InvalidInput,
                         Tr::tr("A peer's name is its node name as its /v1/info shows it: 1 to "
                                "128 characters, no control characters, no spaces at either "
                                "end."));
    if (peer.name == self.name)
        return nodeError(NodeErrorCode::InvalidInput,
                         Tr::tr("'%1' is this node's own name. Add the other nodes as peers; "
                                "this node always knows its own keys.")
                             .arg(peer.name));
    if (peer.note.size() > 500 || peer.note.contains(QLatin1Char('\n')))
        return nodeError(NodeErrorCode::InvalidInput,
                         Tr::tr("The note must be one line of at most 500 characters."));
    const QByteArray signing = decodeKey(peer.signingKey);
    if (signing.isEmpty()
        || crypto_core_ed25519_is_valid_point(
               reinterpret_cast<const unsigned char *>(signing.constData()))
            != 1)
        return nodeError(NodeErrorCode::InvalidInput,
                         Tr::tr("The Ed25519 key of '%1' is not a public key: expected the "
                                "standard base64 of 32 bytes exactly as the peer's "
                                "'fairstart-node keys' or /v1/info shows it.")
                             .arg(peer.name));
    const QByteArray agreement = decodeKey(peer.keyAgreementKey);
    if (agreement.isEmpty() || !fullOrderX25519(agreement))
        return nodeError(NodeErrorCode::InvalidInput,
                         Tr::tr("The X25519 key of '%1' is not a usable public key: expected the "
                                "standard base64 of 32 bytes exactly as the peer's "
                                "'fairstart-node keys' or /v1/info shows it.")
                             .arg(peer.name));
    if (signing == agreement)
        return nodeError(NodeErrorCode::InvalidInput,
                         Tr::tr("The two keys of '%1' are the same. A node has two different "
                                "keys; copy both again from its 'fairstart-node keys'.")
                             .arg(peer.name));
    const QByteArray ownSigning = decodeKey(self.signingKey);
    const QByteArray ownAgreement = decodeKey(self.keyAgreementKey);
    for (const QByteArray &key : { signing, agreement }) {
        if (key == ownSigning || key == ownAgreement)
            return nodeError(NodeErrorCode::InvalidInput,
                             Tr::tr("A key given for '%1' is this node's own key. Copy the "
                                    "peer's keys from the peer's 'fairstart-node keys'.")
                                 .arg(peer.name));
    }
    return peer;
}

NodeResult<PeerInfo> peerFromKeysJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    const QJsonObject object = document.object();
    if (error.error != QJsonParseError::NoError || !document.isObject()
        || !object.value(QStringLiteral("name")).isString()
        || !object.value(QStringLiteral("ed25519")).isString()
        || !object.value(QStringLiteral("x25519")).isString())
        return nodeError(NodeErrorCode::InvalidInput,
                         Tr::tr("The keys file is not what 'fairstart-node keys --json' writes "
                                "(a JSON object with name, ed25519 and x25519)."));
    PeerInfo peer;
    peer.name = object.value(QStringLiteral("name")).toString();
    peer.signingKey = object.value(QStringLiteral("ed25519")).toString();
    peer.keyAgreementKey = object.value(QStringLiteral("x25519")).toString();
    return peer;
}

namespace {

// Line `offset` of `text` is on (1-based), for messages about a file.
int lineAt(const QByteArray &text, qsizetype offset)
{
    return int(text.left(offset).count('\n')) + 1;
}

struct FileEntry {
    QJsonObject object;
    int line = 0; // where it starts in the file
};

// The objects of a keys file: top-level JSON values one after another, each an object or an
// array of objects.
NodeResult<std::vector<FileEntry>> keysFileEntries(const QByteArray &file)
{
    std::vector<FileEntry> entries;
    qsizetype at = 0;
    auto blank = [&file](qsizetype from) {
        for (qsizetype i = from; i < file.size(); ++i) {
            if (!QChar::isSpace(uchar(file[i])))
                return i;
        }
        return file.size();
    };
    for (at = blank(0); at < file.size(); at = blank(at)) {
        const QByteArray rest = QByteArray::fromRawData(file.constData() + at, file.size() - at);
        QJsonParseError error;
        QJsonDocument document = QJsonDocument::fromJson(rest, &error);
        qsizetype used = rest.size();
        if (error.error == QJsonParseError::GarbageAtEnd && error.offset > 0) {
            // Another value follows: this one ends where the garbage starts.
            used = error.offset;
            document = QJsonDocument::fromJson(rest.left(used), &error);
        }
        if (error.error != QJsonParseError::NoError)
            return nodeError(NodeErrorCode::InvalidInput,
                             Tr::tr("The keys file is not valid JSON at line %1 (%2). It holds "
                                    "what 'fairstart-node keys --json' writes at each node, one "
                                    "object after another or in a JSON array.")
                                 .arg(lineAt(file, at + error.offset))
                                 .arg(error.errorString()));
        const int line = lineAt(file, at);
        if (document.isArray()) {
            const QJsonArray array = document.array();
            for (const QJsonValue &value : array) {
                if (!value.isObject())
                    return nodeError(NodeErrorCode::InvalidInput,
                                     Tr::tr("The array at line %1 of the keys file holds "
                                            "something other than objects. Each entry is what "
                                            "'fairstart-node keys --json' writes.")
                                         .arg(line));
                entries.push_back({ value.toObject(), line });
            }
        } else {
            entries.push_back({ document.object(), line });
        }
        at += used;
    }
    if (entries.empty())
        return nodeError(NodeErrorCode::InvalidInput,
                         Tr::tr("The keys file holds no entry. Put in it what "
                                "'fairstart-node keys --json' writes at each node."));
    return entries;
}

} // namespace

NodeResult<PeerImportPlan> planPeerImport(const QByteArray &file, const OwnKeys &self,
                                          const std::vector<PeerInfo> &pinned,
                                          const QString &defaultNote)
{
    auto entries = keysFileEntries(file);
    if (!entries)
        return entries.error();
    PeerImportPlan plan;
    std::map<QString, std::size_t> names, keys; // first entry (index) of each name and key
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (std::size_t i = 0; i < entries->size(); ++i) {
        const FileEntry &entry = (*entries)[i];
        const QString where
            = Tr::tr("Entry %1 of the keys file (line %2)").arg(i + 1).arg(entry.line);
        auto refuse = [&where](const QString &why) {
            return nodeError(NodeErrorCode::InvalidInput,
                             where + QStringLiteral(": ") + why + QLatin1Char(' ')
                                 + Tr::tr("Nothing was imported."));
        };
        static const QStringList known { QStringLiteral("name"), QStringLiteral("ed25519"),
                                         QStringLiteral("x25519"), QStringLiteral("tls_pin"),
                                         QStringLiteral("note") };
        for (auto it = entry.object.constBegin(); it != entry.object.constEnd(); ++it) {
            if (!known.contains(it.key()))
                return refuse(Tr::tr("the field '%1' is not one of name, ed25519, x25519, "
                                     "tls_pin and note.")
                                  .arg(it.key().left(64)));
        }
        for (const QString &field :
             { QStringLiteral("name"), QStringLiteral("ed25519"), QStringLiteral("x25519") }) {
            if (!entry.object.value(field).isString())
                return refuse(Tr::tr("'%1' is missing or not a string. Each entry is what "
                                     "'fairstart-node keys --json' writes (name, ed25519, "
                                     "x25519).")
                                  .arg(field));
        }
        const QJsonValue note = entry.object.value(QStringLiteral("note"));
        if (!note.isUndefined() && !note.isString())
            return refuse(Tr::tr("'note' is not a string."));
        PeerInfo candidate;
        candidate.name = entry.object.value(QStringLiteral("name")).toString();
        candidate.signingKey = entry.object.value(QStringLiteral("ed25519")).toString();
        candidate.keyAgreementKey = entry.object.value(QStringLiteral("x25519")).toString();
        candidate.note = note.isString() ? note.toString() : defaultNote;
        candidate.addedAt = now;
        // The same name or key twice in the file: a copy-and-paste mistake, or two nodes claiming
        // one identity. Either way the administrator must look.
        if (auto twice = names.find(candidate.name); twice != names.end())
            return refuse(Tr::tr("the name '%1' is also entry %2's. Each node appears once.")
                              .arg(detail::printable(candidate.name.left(128)))
                              .arg(twice->second + 1));
        for (const QString &key : { candidate.signingKey, candidate.keyAgreementKey }) {
            if (auto twice = keys.find(key); twice != keys.end())
                return refuse(Tr::tr("the key %1 is also in entry %2. Each node has keys of its "
                                     "own; compare both entries with their administrators.")
                                  .arg(key.left(64))
                                  .arg(twice->second + 1));
        }
        names.emplace(candidate.name, i);
        keys.emplace(candidate.signingKey, i);
        keys.emplace(candidate.keyAgreementKey, i);
        // This node's own entry (the federation's file lists every node): skipped.
        if (candidate.name == self.name && candidate.signingKey == self.signingKey
            && candidate.keyAgreementKey == self.keyAgreementKey) {
            plan.ownEntry = true;
            continue;
        }
        auto peer = checkedPeer(candidate, self);
        if (!peer)
            return refuse(peer.error().message);
        const auto sameName = std::find_if(pinned.begin(), pinned.end(),
                                           [&](const PeerInfo &p) { return p.name == peer->name; });
        if (sameName != pinned.end()) {
            if (sameName->signingKey == peer->signingKey
                && sameName->keyAgreementKey == peer->keyAgreementKey) {
                ++plan.alreadyPinned;
                continue;
            }
            return refuse(Tr::tr("the peer '%1' is pinned with other keys. If its keys changed, "
                                 "confirm them with its administrator, remove it "
                                 "('fairstart-node peers remove') and import again.")
                              .arg(detail::printable(peer->name)));
        }
        const auto sameKey = std::find_if(pinned.begin(), pinned.end(), [&](const PeerInfo &p) {
            return p.signingKey == peer->signingKey || p.signingKey == peer->keyAgreementKey
                || p.keyAgreementKey == peer->signingKey
                || p.keyAgreementKey == peer->keyAgreementKey;
        });
        if (sameKey != pinned.end())
            return refuse(
                Tr::tr("a key of '%1' is pinned for the peer '%2'. Name every node as "
                       "its administrator does; if it was renamed, remove '%2' first.")
                    .arg(detail::printable(peer->name), detail::printable(sameKey->name)));
        plan.peersToAdd.push_back(*peer);
    }
    return plan;
}

QString PeerRefusal::message() const
{
    const QString site = this->site.left(128);
    switch (kind) {
    case Kind::OtherKeys:
        return Tr::tr("The manifest names the site '%1' with other keys than this node's "
                      "administrator accepted for it. Check the keys you pinned for '%1' "
                      "against its administrator's announcement; if they changed, ask this "
                      "site's administrator to update the peer '%1' (fairstart-node peers).")
            .arg(site);
    case Kind::Renamed:
        return Tr::tr("The manifest names a site '%1' whose keys this node's administrator "
                      "accepted for the site '%2'. Name every site as its administrator does, "
                      "or ask this site's administrator to add the peer under the new name.")
            .arg(site, pinnedName.left(128));
    case Kind::Unknown:
        break;
    }
    return Tr::tr("The site '%1' is not one of this node's accepted peers, so this node does not "
                  "join a study with it. Ask this site's administrator to add '%1' as a peer "
                  "(fairstart-node peers add, with the keys '%1' publishes) and run the study "
                  "again.")
        .arg(site);
}

std::optional<PeerRefusal> unpinnedSite(const protocol::StudyManifest &manifest,
                                        const QString &self, const std::vector<PeerInfo> &peers,
                                        bool allowUnknown)
{
    // Every peer by its name and by each of its keys (the last in the list where keys repeat
    // across the two columns, as a scan would find it): one lookup per site instead of a scan of
    // every peer for every site — at 100 sites 10,000 comparisons on every relayed round.
    QHash<QString, const PeerInfo *> names;
    QHash<QString, std::size_t> keys;
    names.reserve(qsizetype(peers.size()));
    keys.reserve(qsizetype(2 * peers.size()));
    for (std::size_t i = 0; i < peers.size(); ++i) {
        names.insert(peers[i].name, &peers[i]);
        keys.insert(peers[i].signingKey, i);
        keys.insert(peers[i].keyAgreementKey, i);
    }
    auto check = [&](const protocol::StudyParticipant &site) -> std::optional<PeerRefusal> {
        if (site.name == self)
            return std::nullopt; // this node's own entry: checked against its own keys
        const PeerInfo *byName = names.value(site.name, nullptr);
        // Keys compared as the canonical base64 the store holds (checkedPeer) and the
        // manifest carries (the manifest's decoder accepts only that spelling).
        const PeerInfo *byKey = nullptr;
        const auto bySigning = keys.constFind(site.signingKey);
        const auto byAgreement = keys.constFind(site.keyAgreementKey);
        if (bySigning != keys.constEnd() || byAgreement != keys.constEnd()) {
            std::size_t last = 0;
            if (bySigning != keys.constEnd())
                last = *bySigning;
            if (byAgreement != keys.constEnd())
                last = std::max(last, *byAgreement);
            byKey = &peers[last];
        }
        if (byName) {
            if (byName->signingKey == site.signingKey
                && byName->keyAgreementKey == site.keyAgreementKey)
                return std::nullopt;
            return PeerRefusal { PeerRefusal::Kind::OtherKeys, site.name, {} };
        }
        if (byKey)
            return PeerRefusal { PeerRefusal::Kind::Renamed, site.name, byKey->name };
        if (allowUnknown)
            return std::nullopt;
        return PeerRefusal { PeerRefusal::Kind::Unknown, site.name, {} };
    };
    for (const auto &participant : manifest.participants) {
        if (auto refused = check(participant))
            return refused;
    }
    for (const auto &observer : manifest.observers) {
        if (auto refused = check(observer))
            return refused;
    }
    return std::nullopt;
}

namespace api {

QJsonObject pinnedPeersPassed(bool allowUnknown)
{
    return { { QStringLiteral("rule"), QString::fromLatin1(kUnknownPeer) },
             { QStringLiteral("threshold"), allowUnknown ? 0 : 1 },
             { QStringLiteral("passed"), true } };
}

std::optional<ApiResponse> checkPinnedPeers(const protocol::StudyManifest &manifest,
                                            const SiteStore &store, const Policy &policy,
                                            QJsonArray &checks, PeerRefusal *refusal)
{
    auto peers = store.peers();
    if (!peers)
        return errorResponse(500, QStringLiteral("node-failure"),
                             Tr::tr("The node could not read its list of accepted peers. Tell "
                                    "the site administrator."));
    const bool allowUnknown = policy.allowUnknownPeers();
    const auto refused = unpinnedSite(manifest, store.nodeName(), *peers, allowUnknown);
    QJsonObject check = pinnedPeersPassed(allowUnknown);
    if (refused) {
        check.insert(QStringLiteral("passed"), false);
        check.insert(QStringLiteral("detail"), refused->site.left(128));
    }
    checks.append(check);
    if (!refused)
        return std::nullopt;
    if (refusal)
        *refusal = *refused;
    return errorResponse(403, QString::fromLatin1(kUnknownPeer), refused->message(),
                         QStringLiteral("site: ") + refused->site.left(128), true);
}

} // namespace api

} // namespace fairstart::node

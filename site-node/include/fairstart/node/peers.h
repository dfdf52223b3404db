// SPDX-License-Identifier: GPL-3.0-or-later
// Administrator-pinned peers (issue 14): the other nodes this node's administrator accepts in a
// study, each with its Ed25519 and X25519 public keys. Without them any token holder could name
// "participants" whose keys they hold themselves (puppets) and so read an honest node's numbers in
// a plain study, unmask it in a masked one, or steer β with made-up contributions.
// docs/node.md ("Peers") and docs/privacy-rules.md ("Studies") describe the rule.
#pragma once

#include "fairstart/node/store.h"
#include "fairstart/node/storeresult.h"

#include "fairstart/protocol/study.h"

#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace fairstart::node {

// This node's public keys as another administrator pins them ('fairstart-node keys --json').
struct OwnKeys {
    QString name;
    QString signingKey; // Ed25519, base64
    QString keyAgreementKey; // X25519, base64
    QString tlsPin; // for the analysts' pins; not part of a peer entry
};

QJsonObject ownKeysToJson(const OwnKeys &keys);
QJsonObject peerToJson(const PeerInfo &peer);

// A peer entry checked before it is pinned: a plain name (1 to 128 characters, no control
// characters, not this node's own), each key the one canonical base64 spelling of 32 bytes, a
// valid Ed25519 point and an X25519 key of full order, no key of this node, no key twice.
NodeResult<PeerInfo> checkedPeer(const PeerInfo &candidate, const OwnKeys &self);
// The name and keys of a file written by 'fairstart-node keys --json' (a note is kept).
NodeResult<PeerInfo> peerFromKeysJson(const QByteArray &json);

// 'fairstart-node peers import': a federation's keys file — one or more objects as
// 'fairstart-node keys --json' writes them, one after another (`cat *.keys.json`) or in a JSON
// array; each may carry a "note" — checked against this node and its pinned peers before anything
// is pinned. `peersToAdd` are checked entries (checkedPeer) to pin; an entry that is this node
// itself (its own name and both its keys) and entries pinned already with exactly these name and
// keys are skipped and counted. Any other problem refuses the whole file, naming the entry: a
// malformed entry, a name or key given twice in the file, a name pinned with other keys or keys
// pinned under another name. `defaultNote` is the note of entries without one.
struct PeerImportPlan {
    std::vector<PeerInfo> peersToAdd;
    int alreadyPinned = 0;
    bool ownEntry = false;
};
NodeResult<PeerImportPlan> planPeerImport(const QByteArray &file, const OwnKeys &self,
                                          const std::vector<PeerInfo> &pinned,
                                          const QString &defaultNote);

// Why a site of a manifest is not acceptable to this node.
struct PeerRefusal {
    enum class Kind {
        Unknown, // no peer of that name and none with its keys
        OtherKeys, // a peer of that name, pinned with other keys
        Renamed, // its keys are pinned under another name
    };
    Kind kind = Kind::Unknown;
    QString site; // the manifest's name of the site
    QString pinnedName; // Renamed: the name its keys are pinned under
    QString message() const; // what happened and what to do (Tr)
};

// The first participant or observer of `manifest`, other than the site named `self`, that is not
// an accepted peer with exactly its keys; nullopt when every one is. With `allowUnknown` (policy
// unknown_peers = allow) a name that is not pinned at all passes, but a pinned name or pinned keys
// must still match: a pin is a promise about that site.
std::optional<PeerRefusal> unpinnedSite(const protocol::StudyManifest &manifest,
                                        const QString &self, const std::vector<PeerInfo> &peers,
                                        bool allowUnknown);

} // namespace fairstart::node

// SPDX-License-Identifier: GPL-3.0-or-later
// The pinned-peers rule of a study's manifest at job creation and on every later relay
// (implemented in site-node/src/peers.cpp; the rule itself is fairstart/node/peers.h).
#pragma once

#include "fairstart/node/handlers.h"
#include "fairstart/node/peers.h"
#include "fairstart/node/policy.h"
#include "fairstart/node/store.h"

#include "fairstart/protocol/study.h"

#include <QJsonArray>
#include <QString>

#include <optional>

namespace fairstart::node::api {

inline constexpr const char *kUnknownPeer = "unknown-peer";

// nullopt when every participant and observer other than this node is an accepted peer with
// exactly the manifest's keys (or the policy allows unknown peers and none contradicts a pin);
// else the 403 `unknown-peer` refusal naming the site, with *refusal set (a failure to read the
// peers is a 500 and leaves it unset). The check (passed or not) is appended to `checks`.
// The audit's record of a pinned-peers check that passed (as checkPinnedPeers appends it).
QJsonObject pinnedPeersPassed(bool allowUnknown);
std::optional<ApiResponse> checkPinnedPeers(const protocol::StudyManifest &manifest,
                                            const SiteStore &store, const Policy &policy,
                                            QJsonArray &checks, PeerRefusal *refusal = nullptr);

} // namespace fairstart::node::api

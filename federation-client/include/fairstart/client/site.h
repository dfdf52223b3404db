// SPDX-License-Identifier: GPL-3.0-or-later
// One data site as the client knows it: where it is, the keys it must present, the token to send.
#pragma once

#include <QMetaType>
#include <QString>

namespace fairstart::client {

struct Site {
    QString name; // the analyst's name for the site, used in every message about it
    QString url; // https://host:port, without a path
    QString pin; // "sha256//<base64 of the SHA-256 of the certificate's public key>"
    QString token; // bearer token; never printed, logged or written to a result
    // The node's study keys (protocol version 2), base64 as /v1/info gives them: recorded on
    // first use and pinned from then on, like an SSH host key. Empty until recorded. A study is
    // signed by these keys, so a node that presents others is refused before anything is sent.
    // (Defaulted, so that { name, url, pin, token } still makes a Site without keys.)
    QString signingKey = {}; // Ed25519 public key, 32 bytes
    QString keyAgreementKey = {}; // X25519 public key, 32 bytes

    bool operator==(const Site &) const = default;
};

} // namespace fairstart::client

Q_DECLARE_METATYPE(fairstart::client::Site)

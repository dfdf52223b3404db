// SPDX-License-Identifier: GPL-3.0-or-later
// One data site as the client knows it: where it is, the key it must present, the token to send.
#pragma once

#include <QMetaType>
#include <QString>

namespace fairstart::client {

struct Site {
    QString name; // the analyst's name for the site, used in every message about it
    QString url; // https://host:port, without a path
    QString pin; // "sha256//<base64 of the SHA-256 of the certificate's public key>"
    QString token; // bearer token; never printed, logged or written to a result

    bool operator==(const Site &) const = default;
};

} // namespace fairstart::client

Q_DECLARE_METATYPE(fairstart::client::Site)

// SPDX-License-Identifier: GPL-3.0-or-later
// What went wrong with one site, typed so that callers can tell a refusal from a broken network.
#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace fairstart::client {

struct SiteError {
    enum class Kind {
        Network, // could not connect, connection reset, name not resolved
        Timeout, // connect or total timeout, or the transfer stalled below the speed limit
        Pin, // the certificate's public key does not match the pin, or no pin is configured
        Http, // the node answered with an error that is not a rule (400, 401, 404, 5xx, ...)
        Refused, // the node refused by a disclosure or policy rule ("rule": true)
        Protocol, // the answer could not be understood (not JSON, missing fields, wrong shape)
        Cancelled, // the caller cancelled the request or the run
    };

    QString site;
    Kind kind = Kind::Network;
    int httpStatus = 0; // 0 when no HTTP answer arrived
    QString code; // the node's stable error id, or the transport's own ("curl-7")
    QString message; // a sentence: what happened and what to do
    QString detail; // where (e.g. a cell name), never a data value
    // A rule's parameters as the node sent them ({"threshold": 10}; empty from older nodes), from
    // which the client words the refusal in the user's language (client/refusals.h).
    QJsonObject params;

    // An error found by this client (not sent by the node): a wrong key, a bad contribution, ...
    static SiteError make(const QString &site, Kind kind, const QString &code,
                          const QString &message);

    bool isRule() const { return kind == Kind::Refused; }
    // One line for a terminal or a status bar: "Site site-a refused the request (rule min-cell):
    // a cell … has fewer than 10 records; merge levels or drop the variable. [smoke=1 × ht=1]".
    // A refusal by a rule this client knows is worded here, in the user's language, from its code
    // and parameters; the node's English sentence only for a code it does not know.
    QString toString() const;

    static QString kindId(Kind kind); // "network", "timeout", "pin", "http", "refused", ...
};

} // namespace fairstart::client

Q_DECLARE_METATYPE(fairstart::client::SiteError)

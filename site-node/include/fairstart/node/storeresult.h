// SPDX-License-Identifier: GPL-3.0-or-later
// Errors as values for the node's administration code: the store, import, policy and keys.
#pragma once

#include "fairstart/analysis/expected.h"

#include <QString>

#include <utility>

namespace fairstart::node {

enum class NodeErrorCode {
    WrongPassphrase, // the store exists but the passphrase does not open it
    NotInitialised, // no store / key / policy file in the data dir ("run fairstart-node init")
    AlreadyExists, // init on a data dir that already holds a store
    NotFound, // an unknown dataset, token id or policy key
    InvalidInput, // a bad CSV, schema, policy value or argument; the message says where
    PolicyFloor, // a threshold below the hard floor
    Io, // a file could not be read or written
    Corrupt, // the store's contents are not what this version wrote
    Internal, // SQLite, OpenSSL or libsodium failed unexpectedly
};

struct NodeError {
    NodeErrorCode code = NodeErrorCode::Internal;
    QString message; // one sentence or two: what happened and what to do
};

// Either a value or a NodeError (the one Expected). Operations without a value return
// NodeResult<void>; a yes/no answer is an enum value that names both cases.
template<typename T> using NodeResult = Expected<T, NodeError>;

inline NodeError nodeError(NodeErrorCode code, QString message)
{
    return NodeError { code, std::move(message) };
}

} // namespace fairstart::node

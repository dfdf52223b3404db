// SPDX-License-Identifier: GPL-3.0-or-later
// Errors as values for the node's administration code: the store, import, policy and keys.
#pragma once

#include <QString>

#include <utility>
#include <variant>

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

// Either a value or a NodeError. Accessing the wrong alternative throws std::bad_variant_access
// (a programming error), never a silent default. Functions without a value return
// NodeResult<bool>.
template<typename T> class [[nodiscard]] NodeResult {
public:
    NodeResult(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {
    }
    NodeResult(NodeError error)
        : m_data(std::in_place_index<1>, std::move(error))
    {
    }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    // By value, so that `for (auto &x : f().value())` does not dangle.
    T value() && { return std::get<0>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const NodeError &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, NodeError> m_data;
};

inline NodeError nodeError(NodeErrorCode code, QString message)
{
    return NodeError { code, std::move(message) };
}

} // namespace fairstart::node

// SPDX-License-Identifier: GPL-3.0-or-later
// Errors as values: every workspace operation that can be refused returns a Result.
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace fairstart::workspace {

struct WorkspaceError {
    enum Code {
        WrongPassphrase, // the passphrase does not open this file; the file was not touched
        NotAWorkspace, // empty file, plain SQLite file, image, ... — refused, never overwritten
        Corrupt, // truncated or damaged workspace — refused, never overwritten
        NewerVersion, // written by a newer Fairstart; the message names the schema version
        Io, // the file system said no (permissions, disk full, missing folder)
        Locked, // another Fairstart window or process has the workspace open
        AlreadyExists, // create() on a path that exists; a workspace is never overwritten
        Closed, // the workspace is closed or idle-locked; unlock() it first
        NotFound, // no design/run/site/model with that id or name
        Invalid, // the caller passed something unusable (empty name, duplicate, ...)
        ReadOnly, // published models cannot be changed
        InvalidModelFile, // an .fsmodel file failed validation; the message says where and why
        Internal, // an unexpected SQLite failure; the message carries SQLite's text
        KeyChanged // a site's study keys differ from the pinned ones; the message names the site
    };

    Code code = Internal;
    QString message; // says what happened and what to do, translated through Tr

    static QString codeName(Code code); // stable, untranslated ("WrongPassphrase"), for logs/tests
};

// A value or a WorkspaceError. Result<void> carries only the error.
template<typename T> class [[nodiscard]] Result {
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {
    }
    Result(WorkspaceError error)
        : m_data(std::in_place_index<1>, std::move(error))
    {
    }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const WorkspaceError &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, WorkspaceError> m_data;
};

template<> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(WorkspaceError error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const WorkspaceError &error() const { return *m_error; }

private:
    std::optional<WorkspaceError> m_error;
};

} // namespace fairstart::workspace

// SPDX-License-Identifier: GPL-3.0-or-later
// Errors as values: every workspace operation that can be refused returns a Result.
#pragma once

#include "fairstart/analysis/expected.h"

#include <QString>

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

// A value or a WorkspaceError (the one Expected). Result<void> carries only the error.
template<typename T> using Result = Expected<T, WorkspaceError>;

} // namespace fairstart::workspace

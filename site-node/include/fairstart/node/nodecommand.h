// SPDX-License-Identifier: GPL-3.0-or-later
// The command line of fairstart-node: administration commands and "serve".
#pragma once

#include "fairstart/node/storeresult.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace fairstart::node {

// Runs one command; `args` excludes the program name, e.g. {"init", "--data-dir", "d", ...}.
// Results go to `out`, errors (one line each, what happened and what to do) and warnings to `err`.
// Returns the process exit code: 0 success, 1 failure, 2 usage error.
int runNodeCommand(const QStringList &args, QTextStream &out, QTextStream &err);
// Same, on stdout and stderr.
int runNodeCommand(const QStringList &args);

// The passphrase: the content of `passphraseFile` (first line, trailing newline removed) if
// given, else the environment variable FAIRSTART_NODE_PASSPHRASE. Never from the command line.
NodeResult<QString> readPassphrase(const QString &passphraseFile);

} // namespace fairstart::node

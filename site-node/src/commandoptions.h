// SPDX-License-Identifier: GPL-3.0-or-later
// fairstart-node's command options: the shared option table and engine of both command-line
// programs (commandline/, docs/architecture.md "Command options"), plus the parsers only the node
// needs.
#pragma once

#include "fairstart/commandline/options.h"

namespace fairstart::node::detail {

using commandline::checkedText;
using commandline::Grammar;
using commandline::HostPort;
using commandline::hostPort;
using commandline::oneOf;
using commandline::Option;
using commandline::OptionParser;
using commandline::OptionValue;
using commandline::Parsed;
using commandline::wholeNumber;

// A UTC date or time (auditlog.h parseAuditExportTime); a bare date as `to` means its end.
OptionParser utcTime(bool endOfDay);

// An argument echoed in a message: one line, control characters escaped (logtext.h).
QString printable(const QString &argument);

} // namespace fairstart::node::detail

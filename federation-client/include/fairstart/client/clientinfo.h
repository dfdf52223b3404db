// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace fairstart::client {

// The libcurl version and TLS backend the client runs on; shown in "sites check" and the run
// record.
QString transportVersion();
// "fairstart-client <version> (<transportVersion()>)": the client of a run record.
QString clientVersion();

} // namespace fairstart::client

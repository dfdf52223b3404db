// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace fairstart::workspace {

// The SQLCipher build the workspace is stored with, for the About dialog and bug reports.
QString cipherVersion();

} // namespace fairstart::workspace

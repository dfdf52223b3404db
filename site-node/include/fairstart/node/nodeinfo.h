// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace fairstart::node {

// Versions of the libraries the node's store and crypto run on, for "fairstart-node --version".
QString storageVersion();

} // namespace fairstart::node

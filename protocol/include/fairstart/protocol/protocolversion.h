// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace fairstart::protocol {

// Major version of the node API (the "/v1" in every path). A node refuses a request whose major
// version it does not speak; minor additions never break a client.
inline constexpr int kProtocolMajor = 2;
inline constexpr int kProtocolMinor = 0;

QString protocolVersionString();

} // namespace fairstart::protocol

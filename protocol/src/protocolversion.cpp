// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/protocol/protocolversion.h"

namespace fairstart::protocol {

QString protocolVersionString()
{
    return QString::number(kProtocolMajor) + QLatin1Char('.') + QString::number(kProtocolMinor);
}

} // namespace fairstart::protocol

// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/client/clientinfo.h"

#include <curl/curl.h>

namespace fairstart::client {

QString transportVersion()
{
    return QString::fromUtf8(curl_version());
}

} // namespace fairstart::client

// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/client/clientinfo.h"

#include <curl/curl.h>

namespace fairstart::client {

namespace {

QString versionText()
{
    // Not curl_version(): with Debian's libcurl that string names OpenLDAP's version, and asking
    // libldap for it initialises libldap in every process that calls it: ldap.conf, a look-up of
    // the host's own name, and SASL's plugins opened one by one (8 dlopens and libdb), ~1 ms of
    // CPU in each `fairstart-cli fit` (issue 16, ten concurrent fits). The client speaks HTTPS
    // only, so the libraries that matter are named: libcurl, its TLS backend and its decoders.
    const curl_version_info_data *d = curl_version_info(CURLVERSION_NOW);
    QString text = QStringLiteral("libcurl/") + QString::fromLatin1(d->version);
    const auto add = [&text](const char *prefix, const char *version) {
        if (version && *version)
            text += QLatin1Char(' ') + QLatin1String(prefix) + QString::fromLatin1(version);
    };
    add("", d->ssl_version);
    add("zlib/", d->libz_version);
    if (d->age >= CURLVERSION_FIFTH)
        add("brotli/", d->brotli_version);
    if (d->age >= CURLVERSION_NINTH)
        add("zstd/", d->zstd_version);
    if (d->age >= CURLVERSION_SIXTH)
        add("nghttp2/", d->nghttp2_version);
    return text;
}

} // namespace

QString transportVersion()
{
    static const QString text = versionText();
    return text;
}

QString clientVersion()
{
    return QStringLiteral("fairstart-client " FAIRSTART_VERSION " (") + transportVersion()
        + QLatin1Char(')');
}

} // namespace fairstart::client

// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandoptions.h"

#include "fairstart/node/auditlog.h"
#include "fairstart/node/logtext.h"
#include "fairstart/node/tr.h"

namespace fairstart::node::detail {

QString printable(const QString &argument)
{
    return QString::fromUtf8(logSafe(argument));
}

OptionParser utcTime(bool endOfDay)
{
    return [endOfDay](const QString &option,
                      const QString &text) -> Expected<OptionValue, QString> {
        if (const auto time = parseAuditExportTime(text, endOfDay))
            return OptionValue(*time);
        return Tr::tr("--%1 '%2' is not a UTC date; use an ISO date such as 2026-12-02 or a UTC "
                      "time such as 2026-12-02T14:30:00Z.")
            .arg(option, printable(text));
    };
}

} // namespace fairstart::node::detail

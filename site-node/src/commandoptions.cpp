// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandoptions.h"

#include "fairstart/node/auditlog.h"
#include "fairstart/node/logtext.h"
#include "fairstart/node/tr.h"

#include <charconv>
#include <string>

namespace fairstart::node::detail {

namespace {

std::optional<quint64> readWhole(const QString &text)
{
    const std::string s = text.toStdString();
    quint64 n = 0;
    const char *end = s.data() + s.size();
    const auto [ptr, ec] = std::from_chars(s.data(), end, n);
    if (s.empty() || ec != std::errc() || ptr != end)
        return std::nullopt;
    return n;
}

} // namespace

QString printable(const QString &argument)
{
    return QString::fromUtf8(logSafe(argument));
}

OptionParser wholeNumber(quint64 minimum, quint64 maximum)
{
    return [minimum, maximum](const QString &option,
                              const QString &text) -> Expected<OptionValue, QString> {
        const auto n = readWhole(text);
        if (n && *n >= minimum && *n <= maximum)
            return OptionValue(*n);
        if (maximum == std::numeric_limits<quint64>::max())
            return Tr::tr("--%1 must be a whole number, %2 or more (not '%3').")
                .arg(option)
                .arg(minimum)
                .arg(printable(text));
        return Tr::tr("--%1 must be a whole number from %2 to %3 (not '%4').")
            .arg(option)
            .arg(minimum)
            .arg(maximum)
            .arg(printable(text));
    };
}

OptionParser oneOf(QStringList choices)
{
    return [choices](const QString &option, const QString &text) -> Expected<OptionValue, QString> {
        if (choices.contains(text))
            return OptionValue(text);
        return Tr::tr("unknown --%1 '%2'; use one of: %3.")
            .arg(option, printable(text), choices.join(u", "));
    };
}

OptionParser hostPort()
{
    return [](const QString &option, const QString &text) -> Expected<OptionValue, QString> {
        const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
        HostPort address;
        address.host = colon > 0 ? text.left(colon) : QString();
        if (address.host.startsWith(QLatin1Char('[')) && address.host.endsWith(QLatin1Char(']')))
            address.host = address.host.mid(1, address.host.size() - 2);
        const auto port = colon > 0 ? readWhole(text.mid(colon + 1)) : std::nullopt;
        if (address.host.isEmpty() || !port || *port > 65535)
            return Tr::tr("--%1 must be HOST:PORT, e.g. 0.0.0.0:8443 or [::1]:8443.").arg(option);
        address.port = quint16(*port);
        return OptionValue(address);
    };
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

OptionParser checkedText(std::function<bool(const QString &)> accept, QString refusal)
{
    return [accept = std::move(accept), refusal = std::move(refusal)](
               const QString &option, const QString &text) -> Expected<OptionValue, QString> {
        if (accept(text))
            return OptionValue(text);
        return QString(refusal).arg(option, printable(text));
    };
}

} // namespace fairstart::node::detail

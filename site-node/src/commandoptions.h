// SPDX-License-Identifier: GPL-3.0-or-later
// The option table of a fairstart-node command (docs/architecture.md, "Command options"): each
// command declares its options once, with name, value name, help, whether it is required and
// how its value is read. The command line engine refuses a bad value with the parser's sentence
// before the command runs, so a command reads typed values and parses nothing itself.
#pragma once

#include "fairstart/analysis/expected.h"

#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <limits>
#include <variant>

namespace fairstart::node::detail {

// A listening address, HOST:PORT ("0.0.0.0:8443", "[::1]:8443"; port 0 lets the system choose).
struct HostPort {
    QString host;
    quint16 port = 0;
};

using OptionValue = std::variant<QString, quint64, QDateTime, HostPort>;

// Reads one occurrence of an option: its value, or the sentence for the usage message (what is
// wrong and what to write instead). A plain QString is that sentence; a text value is returned
// as OptionValue(text). `option` is the name without "--", for that sentence.
using OptionParser
    = std::function<Expected<OptionValue, QString>(const QString &option, const QString &text)>;

struct Option {
    const char *name; // without "--"
    const char *valueName; // nullptr for a flag
    bool required;
    QString help;
    OptionParser parse = {}; // empty: any non-empty text
};

// A whole number from `minimum` to `maximum`: decimal digits only (std::from_chars; no sign,
// spaces, locale or overflow).
OptionParser wholeNumber(quint64 minimum, quint64 maximum = std::numeric_limits<quint64>::max());
// One of a fixed list of words, compared exactly.
OptionParser oneOf(QStringList choices);
// HOST:PORT as above.
OptionParser hostPort();
// A UTC date or time (auditlog.h parseAuditExportTime); a bare date as `to` means its end.
OptionParser utcTime(bool endOfDay);
// Text that `accept` approves of; `refusal` is the usage sentence, with %1 the option and %2
// the value.
OptionParser checkedText(std::function<bool(const QString &)> accept, QString refusal);

// An argument echoed in a message: one line, control characters escaped (logtext.h).
QString printable(const QString &argument);

// What the engine read: every occurrence's text and, for options with a parser, its value.
struct Parsed {
    QMap<QString, QStringList> values;
    QMap<QString, QList<OptionValue>> typed;
    QStringList positionals;

    QString value(const char *name) const
    {
        const QStringList v = values.value(QLatin1String(name));
        return v.isEmpty() ? QString() : v.last();
    }
    bool has(const char *name) const { return values.contains(QLatin1String(name)); }

    // The last occurrence's value of an option whose parser gives a T, or `fallback` when the
    // option was not given.
    template<typename T> T get(const char *name, T fallback = T()) const
    {
        const QList<OptionValue> v = typed.value(QLatin1String(name));
        return v.isEmpty() ? fallback : std::get<T>(v.last());
    }
};

} // namespace fairstart::node::detail

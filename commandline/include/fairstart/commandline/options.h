// SPDX-License-Identifier: GPL-3.0-or-later
// The option table of a command of fairstart-node or fairstart-cli (docs/architecture.md,
// "Command options"): each command declares its options once, with name, value name, help,
// whether it is required and how its value is read. parseOptions() reads a command's arguments
// against that table and refuses a bad value with the parser's sentence before the command runs,
// so a command reads typed values and parses nothing itself. Both programs print a command's
// help from the same table (synopsis(), optionHelp()).
#pragma once

#include "fairstart/analysis/expected.h"

#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <limits>
#include <variant>
#include <vector>

namespace fairstart::commandline {

// A listening address, HOST:PORT ("0.0.0.0:8443", "[::1]:8443"; port 0 lets the system choose).
struct HostPort {
    QString host;
    quint16 port = 0;
};

using OptionValue
    = std::variant<QString, quint64, double, std::vector<double>, QDateTime, HostPort>;

// Reads one occurrence of an option: its value, or the sentence for the usage message (what is
// wrong and what to write instead). A plain QString is that sentence; a text value is returned
// as OptionValue(text). `option` is the name without "--", for that sentence.
using OptionParser
    = std::function<Expected<OptionValue, QString>(const QString &option, const QString &text)>;

struct Option {
    const char *name; // without "--"
    const char *valueName; // nullptr for a flag
    bool required;
    QString help; // one line, through the program's Tr::tr
    OptionParser parse = {}; // empty: any non-empty text
    const char *shortName = nullptr; // e.g. "v" for -v; nullptr for none
};

// A whole number from `minimum` to `maximum`: decimal digits only (std::from_chars; no sign,
// spaces, locale or overflow).
OptionParser wholeNumber(quint64 minimum, quint64 maximum = std::numeric_limits<quint64>::max());
// A decimal number (analysis::parseNumber: '.' as the point in every locale) greater than
// `above` and at most `atMost`.
OptionParser number(double above, double atMost);
// Numbers separated by commas ("0.1, 0.2"), each read as number() reads one and accepted by
// `accept(value, the values before it)`, as a std::vector<double>. `refusal` is the usage
// sentence, with %1 the first part that is not a number or not accepted.
OptionParser numberList(std::function<bool(double, const std::vector<double> &)> accept,
                        QString refusal);
// One of a fixed list of words, compared exactly.
OptionParser oneOf(QStringList choices);
// HOST:PORT as above.
OptionParser hostPort();
// Text that `accept` approves of; `refusal` is the usage sentence, with %1 the option and %2
// the value.
OptionParser checkedText(std::function<bool(const QString &)> accept, QString refusal);

// An argument echoed in a message: one line, control characters and characters that disguise
// text (C1 controls, line separators, bidirectional overrides) written as \xNN.
QString printable(const QString &argument);

// What the engine read: every occurrence's text and, for options with a parser, its value.
struct Parsed {
    QMap<QString, QStringList> values;
    QMap<QString, QList<OptionValue>> typed;
    QStringList positionals;
    bool help = false; // -h or --help was given: print the command's help and do nothing else

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

struct Grammar {
    // Options that are never accepted, with the sentence that says why and what to do instead
    // (fairstart-node: --passphrase, which would show in the process list).
    QMap<QString, QString> refused;
    // The exact number of positional arguments, and how the help writes them ("KEY VALUE").
    int positionals = 0;
    QString positionalSynopsis;
    // "-sites" reads as "--sites" (fairstart-cli has always accepted this; QCommandLineParser's
    // ParseAsLongOptions). Without it, a single dash is only a short name or a positional.
    bool singleDashLongOptions = false;
};

// Reads `args` (without the program and command words) against `options`: every value through
// its parser, then the number of positional arguments, then the required options. The error is
// one sentence that says what is wrong; the caller adds how to get the command's help.
Expected<Parsed, QString> parseOptions(const std::vector<Option> &options, const QStringList &args,
                                       const Grammar &grammar = {});

// "--a A [--b B] [-v]": every option, the optional ones in brackets, then the positionals.
QString synopsis(const std::vector<Option> &options, const Grammar &grammar = {});
// One line per option, "  --name VALUE   help", the help wrapped at `width` columns and aligned;
// with `withHelpOption`, a last line for -h, --help.
QString optionHelp(const std::vector<Option> &options, bool withHelpOption, int width = 100);
// `text` wrapped at `width` columns for a caller that has already written `startColumn` columns
// of the first line (-1: `indent`); every further line is indented by `indent` spaces.
QString wrapped(const QString &text, int width, int indent = 0, int startColumn = -1);

} // namespace fairstart::commandline

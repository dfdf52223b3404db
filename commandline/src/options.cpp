// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/commandline/options.h"

#include "fairstart/commandline/tr.h"

#include "fairstart/analysis/numbers.h"

#include <charconv>
#include <optional>
#include <string>

namespace fairstart::commandline {

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

void appendEscaped(QByteArray &out, unsigned char byte)
{
    static constexpr char hex[] = "0123456789abcdef";
    out.append("\\x", 2);
    out.append(hex[byte >> 4]);
    out.append(hex[byte & 0xf]);
}

bool isDisguising(char32_t cp)
{
    return (cp >= 0x80 && cp <= 0x9f) // C1 controls (U+009B is a terminal's CSI)
        || cp == 0x2028 || cp == 0x2029 // line and paragraph separators
        || (cp >= 0x202a && cp <= 0x202e) // bidirectional embeddings and overrides
        || (cp >= 0x2066 && cp <= 0x2069); // bidirectional isolates
}

QString optionText(const Option &o)
{
    QString text = QStringLiteral("--") + QLatin1String(o.name);
    if (o.shortName)
        text = QLatin1Char('-') + QLatin1String(o.shortName) + QStringLiteral(", ") + text;
    if (o.valueName)
        text += QLatin1Char(' ') + QLatin1String(o.valueName);
    return text;
}

} // namespace

QString printable(const QString &argument)
{
    QByteArray out;
    for (const char32_t cp : argument.toUcs4()) {
        const QByteArray bytes = QString::fromUcs4(&cp, 1).toUtf8();
        if (cp == U'\\')
            out.append("\\\\", 2);
        else if (cp < 0x20 || cp == 0x7f || isDisguising(cp))
            for (const char b : bytes)
                appendEscaped(out, static_cast<unsigned char>(b));
        else
            out.append(bytes);
    }
    return QString::fromUtf8(out);
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

OptionParser number(double above, double atMost)
{
    return [above, atMost](const QString &option,
                           const QString &text) -> Expected<OptionValue, QString> {
        const auto n = analysis::parseNumber(text.toStdString());
        if (n && *n > above && *n <= atMost)
            return OptionValue(*n);
        return Tr::tr("--%1 must be a number greater than %2 and at most %3 (not '%4').")
            .arg(option)
            .arg(above)
            .arg(atMost)
            .arg(printable(text));
    };
}

OptionParser numberList(std::function<bool(double, const std::vector<double> &)> accept,
                        QString refusal)
{
    return [accept = std::move(accept), refusal = std::move(refusal)](
               const QString &, const QString &text) -> Expected<OptionValue, QString> {
        std::vector<double> values;
        for (const QString &part : text.split(QLatin1Char(','))) {
            const auto n = analysis::parseNumber(part.trimmed().toStdString());
            if (!n || !accept(*n, values))
                return QString(refusal).arg(printable(part.trimmed()));
            values.push_back(*n);
        }
        return OptionValue(std::move(values));
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

OptionParser checkedText(std::function<bool(const QString &)> accept, QString refusal)
{
    return [accept = std::move(accept), refusal = std::move(refusal)](
               const QString &option, const QString &text) -> Expected<OptionValue, QString> {
        if (accept(text))
            return OptionValue(text);
        return QString(refusal).arg(option, printable(text));
    };
}

Expected<Parsed, QString> parseOptions(const std::vector<Option> &options, const QStringList &args,
                                       const Grammar &grammar)
{
    Parsed parsed;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            parsed.help = true;
            return parsed;
        }
        if (arg.size() < 2 || !arg.startsWith(QLatin1Char('-'))) {
            parsed.positionals.append(arg);
            continue;
        }
        const bool doubleDash = arg.startsWith(QLatin1String("--"));
        QString name = arg.mid(doubleDash ? 2 : 1), value;
        bool inlineValue = false;
        if (const qsizetype eq = name.indexOf(QLatin1Char('=')); eq >= 0) {
            value = name.mid(eq + 1);
            name.truncate(eq);
            inlineValue = true;
        }
        const Option *option = nullptr;
        for (const Option &o : options) {
            if (!doubleDash && o.shortName && name == QLatin1String(o.shortName))
                option = &o;
        }
        if (!doubleDash && !option && !grammar.singleDashLongOptions) {
            parsed.positionals.append(arg); // e.g. a negative number
            continue;
        }
        if (option)
            name = QString::fromLatin1(option->name);
        if (const auto why = grammar.refused.constFind(name); why != grammar.refused.cend())
            return *why;
        for (const Option &o : options) {
            if (!option && name == QLatin1String(o.name))
                option = &o;
        }
        if (!option)
            return Tr::tr("unknown option '%1'.")
                .arg(printable(QString(doubleDash ? QStringLiteral("--") : QStringLiteral("-"))
                               + name));
        if (option->valueName) {
            if (!inlineValue) {
                if (i + 1 >= args.size())
                    return Tr::tr("--%1 needs a value (%2).")
                        .arg(name, QLatin1String(option->valueName));
                value = args[++i];
            }
            if (value.isEmpty())
                return Tr::tr("--%1 has an empty value.").arg(name);
            // The table's parser reads the value once, here; the command gets it typed.
            if (option->parse) {
                auto read = option->parse(name, value);
                if (!read)
                    return read.error();
                parsed.typed[name].append(std::move(read).value());
            }
            parsed.values[name].append(value);
        } else {
            if (inlineValue)
                return Tr::tr("--%1 takes no value.").arg(name);
            parsed.values[name].append(QString());
        }
    }
    if (parsed.positionals.size() != grammar.positionals)
        return grammar.positionals == 0 || parsed.positionals.size() > grammar.positionals
            ? Tr::tr("unexpected argument '%1'.")
                  .arg(printable(parsed.positionals.value(grammar.positionals)))
            : Tr::tr("expects %1.").arg(grammar.positionalSynopsis);
    for (const Option &o : options) {
        if (o.required && !parsed.has(o.name))
            return Tr::tr("missing --%1 %2.")
                .arg(QLatin1String(o.name), QLatin1String(o.valueName ? o.valueName : ""));
    }
    return parsed;
}

QString synopsis(const std::vector<Option> &options, const Grammar &grammar)
{
    QStringList words;
    for (const Option &o : options) {
        QString text = o.shortName ? QString(QLatin1Char('-') + QLatin1String(o.shortName))
                                   : QString(QStringLiteral("--") + QLatin1String(o.name));
        if (o.valueName)
            text += QLatin1Char(' ') + QLatin1String(o.valueName);
        words << (o.required ? text : QLatin1Char('[') + text + QLatin1Char(']'));
    }
    if (!grammar.positionalSynopsis.isEmpty())
        words << grammar.positionalSynopsis;
    return words.join(QLatin1Char(' '));
}

QString wrapped(const QString &text, int width, int indent, int startColumn)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString out;
    qsizetype column = startColumn < 0 ? indent : startColumn;
    for (const QString &word : words) {
        if (!out.isEmpty() && column + 1 + word.size() > width) {
            out += QLatin1Char('\n') + QString(indent, QLatin1Char(' '));
            column = indent;
        } else if (!out.isEmpty()) {
            out += QLatin1Char(' ');
            ++column;
        }
        out += word;
        column += word.size();
    }
    return out;
}

QString optionHelp(const std::vector<Option> &options, bool withHelpOption, int width)
{
    std::vector<std::pair<QString, QString>> rows;
    for (const Option &o : options)
        rows.emplace_back(optionText(o), o.help);
    if (withHelpOption)
        rows.emplace_back(QStringLiteral("-h, --help"), Tr::tr("Print this help."));
    int column = 28;
    for (const auto &[text, help] : rows)
        column = std::max(column, int(text.size()) + 2);
    QString out;
    for (const auto &[text, help] : rows) {
        // "  " + the option text padded to `column`, then the help; a long help continues under
        // itself.
        const QString head = QStringLiteral("  ") + text.leftJustified(column);
        out += head + wrapped(help, width, int(head.size())) + QLatin1Char('\n');
    }
    return out;
}

} // namespace fairstart::commandline

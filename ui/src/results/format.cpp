// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/ui/results/format.h"

#include "fairstart/ui/tr.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace fairstart::ui {

QString withheldText(int threshold)
{
    return Tr::tr("< %1").arg(threshold);
}

QString countText(const protocol::ReleasedCount &count, int threshold)
{
    return count ? QLocale().toString(*count) : withheldText(threshold);
}

// A value that rounds to zero at `decimals` is written as zero: "-0.0000" read as a sign.
static double withoutNegativeZero(double value, int decimals)
{
    return std::abs(value) < 0.5 * std::pow(10.0, -decimals) ? 0.0 : value;
}

QString number(double value, int decimals)
{
    if (!std::isfinite(value))
        return Tr::tr("n/a");
    return QLocale().toString(withoutNegativeZero(value, decimals), 'f', decimals);
}

int decimalsFor(double spread, int fewest, int digits)
{
    const double a = std::abs(spread);
    if (!std::isfinite(a) || a == 0)
        return fewest;
    const int wanted = digits - 1 - int(std::floor(std::log10(a)));
    return std::clamp(wanted, fewest, std::max(fewest, 8));
}

QString valueText(double value, int decimals)
{
    if (!std::isfinite(value))
        return Tr::tr("n/a");
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    return locale.toString(withoutNegativeZero(value, decimals), 'f', decimals);
}

QString pValueText(double p)
{
    if (!std::isfinite(p))
        return Tr::tr("n/a");
    if (p < 0.001)
        return Tr::tr("< %1").arg(QLocale().toString(0.001, 'f', 3));
    return QLocale().toString(p, 'f', 3);
}

QString percentText(double fraction, int decimals)
{
    if (!std::isfinite(fraction))
        return Tr::tr("n/a");
    return Tr::tr("%1%").arg(QLocale().toString(100.0 * fraction, 'f', decimals));
}

QString exactNumber(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

std::optional<double> parseNumber(const QString &text)
{
    const QString t = text.trimmed();
    bool ok = false;
    double v = QLocale().toDouble(t, &ok);
    if (!ok)
        v = QLocale::c().toDouble(t, &ok);
    return ok && std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
}

namespace {

bool commaIsDecimalPoint()
{
    return QLocale().decimalPoint() == QLatin1String(",");
}

} // namespace

QList<double> parseNumberList(const QString &text, QStringList *rejected)
{
    const QRegularExpression separators(commaIsDecimalPoint() ? QStringLiteral("[;]")
                                                              : QStringLiteral("[;,]"));
    QList<double> values;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        if (part.trimmed().isEmpty())
            continue;
        if (const auto v = parseNumber(part))
            values.append(*v);
        else if (rejected)
            rejected->append(part.trimmed());
    }
    return values;
}

QString numberListText(const QList<double> &values)
{
    QStringList parts;
    for (double v : values)
        parts.append(QLocale().toString(v, 'g', QLocale::FloatingPointShortest));
    return parts.join(commaIsDecimalPoint() ? QStringLiteral("; ") : QStringLiteral(", "));
}

QString purposeText(const QString &purpose)
{
    QString name;
    if (purpose == QLatin1String("research"))
        name = Tr::tr("Research");
    else if (purpose == QLatin1String("quality"))
        name = Tr::tr("Quality of care");
    else if (purpose == QLatin1String("policy"))
        name = Tr::tr("Policy");
    if (name.isEmpty())
        return purpose;
    return Tr::tr("%1 (%2)").arg(name, purpose);
}

} // namespace fairstart::ui

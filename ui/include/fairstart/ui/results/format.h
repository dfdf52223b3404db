// SPDX-License-Identifier: GPL-3.0-or-later
// How results read on screen, in exports and in reports: one place for numbers, p-values and the
// text that stands for a withheld (suppressed) count.
#pragma once

#include "fairstart/protocol/messages.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <Qt>

#include <optional>

namespace fairstart::ui {

// The item-data role every results model answers with the value a CSV export writes: full
// precision numbers as text, and the withheld text (never a number) for suppressed cells.
inline constexpr int ExportRole = Qt::UserRole + 100;
// The raw double behind a numeric cell (invalid for withheld cells and text).
inline constexpr int ValueRole = Qt::UserRole + 101;
// true for a withheld cell.
inline constexpr int WithheldRole = Qt::UserRole + 102;

// "< 10": what a withheld count shows, with the node's threshold.
QString withheldText(int threshold);
// A released count or the withheld text.
QString countText(const protocol::ReleasedCount &count, int threshold);
// Locale-aware, `decimals` after the point.
QString number(double value, int decimals = 3);
// The decimals that show `spread` (a standard error, an interval's width) with `digits`
// significant digits: at least `fewest`, at most 8. Then an interval's bounds differ (they are
// about four spreads apart) and a standard error is not "0.000". A coefficient per gram of birth
// weight (β −0.0007, SE 0.00005) read "-0.001", SE "0.000" and OR "0.999 [0.999, 0.999]" at three
// decimals.
int decimalsFor(double spread, int fewest, int digits = 1);
// A value of a variable (a mean, an SD, a birth year): locale-aware like number(), but never
// with a group separator, since the variable may be a year or a code ("2017.5", not "2,017.5").
QString valueText(double value, int decimals);
// "0.042", "< 0.001".
QString pValueText(double p);
// "12.3%".
QString percentText(double fraction, int decimals = 1);
// Shortest text that reads back to the same double , C locale: for CSV.
QString exactNumber(double value);

// A purpose of a token (a protocol identifier such as "research" or "quality") as the user reads
// it: "Research (research)", translated, the identifier kept in brackets because the sites'
// administrators name it so; an identifier not known here as it is.
QString purposeText(const QString &purpose);

// A number the user typed: in the locale ("0,25" in Dutch) or, failing that, with a decimal point.
std::optional<double> parseNumber(const QString &text);
// A list of numbers as typed, separated by semicolons or, where the comma is not the decimal point,
// by commas. What does not read as a number goes to `rejected`.
QList<double> parseNumberList(const QString &text, QStringList *rejected = nullptr);
// The list as parseNumberList reads it back: "0.1, 0.2" in English, "0,1; 0,2" in Dutch.
QString numberListText(const QList<double> &values);

} // namespace fairstart::ui

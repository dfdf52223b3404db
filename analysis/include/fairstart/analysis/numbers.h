// SPDX-License-Identifier: GPL-3.0-or-later
// Reading numbers and classifying characters the same way in every locale. A node started under
// de_DE.UTF-8 must read "1.5" as one and a half; strtod, std::stod, std::isspace and std::tolower
// follow the C locale that QCoreApplication sets from the environment, so the tree uses these.
#pragma once

#include <optional>
#include <string_view>

namespace fairstart::analysis {

// The whole text as a finite decimal number ("1.5", "-2", "1e-3"): std::from_chars, a '.' as the
// decimal point whatever the locale, no surrounding spaces, no leading '+', no hex, no thousands
// separators, no "inf" or "nan". std::nullopt for anything else, including an overflow.
std::optional<double> parseNumber(std::string_view text);

// ASCII space, tab, newline, vertical tab, form feed or carriage return; never a byte of UTF-8.
constexpr bool isAsciiSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

// 'A'-'Z' to 'a'-'z'; every other byte unchanged.
constexpr char asciiLower(char c)
{
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

} // namespace fairstart::analysis

// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/analysis/numbers.h"

#include <charconv>
#include <cmath>
#include <system_error>

namespace fairstart::analysis {

std::optional<double> parseNumber(std::string_view text)
{
    if (text.empty())
        return std::nullopt;
    double value = 0;
    const char *end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value, std::chars_format::general);
    if (ec != std::errc() || ptr != end || !std::isfinite(value))
        return std::nullopt;
    return value;
}

} // namespace fairstart::analysis

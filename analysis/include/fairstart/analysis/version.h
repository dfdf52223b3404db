// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>

namespace fairstart::analysis {

// The engine's version: it is part of every result record, so a number can be traced to the code.
std::string_view engineVersion();

} // namespace fairstart::analysis

// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/analysis/version.h"

namespace fairstart::analysis {

std::string_view engineVersion()
{
    return FAIRSTART_VERSION;
}

} // namespace fairstart::analysis

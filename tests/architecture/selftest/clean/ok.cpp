// SPDX-License-Identifier: GPL-3.0-or-later
// Fabricated for tst_dependency_rules_selftest (never compiled): breaks no rule.
#include <string>

bool empty(const std::string &text)
{
    return text.empty();
}

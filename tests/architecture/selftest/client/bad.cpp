// SPDX-License-Identifier: GPL-3.0-or-later
// Fabricated for tst_dependency_rules_selftest (never compiled): breaks rules 4, 6 and 7.
#include "fairstart/node/server.h"
#include <QtWidgets/QWidget>

double read(const char *text)
{
    return strtod(text, nullptr);
}

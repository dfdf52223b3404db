// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace fairstart::commandline {

// The one translation context of the commandline library (see docs/architecture.md).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Fairstart::CommandLine)
};

} // namespace fairstart::commandline

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace fairstart::cli {

// The one translation context of the cli library (see docs/architecture.md).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Fairstart::Cli)
};

} // namespace fairstart::cli

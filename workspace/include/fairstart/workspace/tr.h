// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace fairstart::workspace {

// The one translation context of the workspace library (see docs/architecture.md, "Translations").
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Fairstart::Workspace)
};

} // namespace fairstart::workspace

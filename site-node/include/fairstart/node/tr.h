// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace fairstart::node {

// The one translation context of the node library (see docs/architecture.md, "Translations").
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Fairstart::Node)
};

} // namespace fairstart::node

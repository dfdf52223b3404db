// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace fairstart::client {

// The one translation context of the federation-client library (see docs/architecture.md).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Fairstart::Client)
};

} // namespace fairstart::client

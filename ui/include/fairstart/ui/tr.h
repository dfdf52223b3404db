// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace fairstart::ui {

// The one translation context of the ui library (see docs/architecture.md, "Translations").
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Fairstart::Ui)
};

} // namespace fairstart::ui

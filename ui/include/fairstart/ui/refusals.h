// SPDX-License-Identifier: GPL-3.0-or-later
// A node's refusal in the user's language: the node writes its sentences in English, but each
// refusal carries a stable rule code; the workbench words the known rules itself (what the rule
// protects and what to change) and keeps the node's own sentence, which names the place.
#pragma once

#include "fairstart/client/siteerror.h"

#include <QString>

namespace fairstart::ui {

// "Rule min-cell: <what it means, translated>. The site says: <node's sentence>". Unknown codes
// keep the node's sentence alone.
QString refusalText(const client::SiteError &error);

// The translated explanation of a rule code, empty when the code is not known here.
QString ruleExplanation(const QString &code);

} // namespace fairstart::ui

// SPDX-License-Identifier: GPL-3.0-or-later
// A node's refusal in the user's language. Every refusal carries a stable rule code and, from
// nodes that send them, the rule's parameters as numbers ("params": {"threshold": 10},
// docs/protocol.md "Errors"). The client words the whole sentence itself from code, parameters
// and the node's "where" (detail: a cell or variable name, never a value); the node's English
// sentence is only the fallback for a code this client does not know. Used by the workbench and
// by fairstart-cli (SiteError::toString).
#pragma once

#include "fairstart/client/siteerror.h"

#include <QString>

namespace fairstart::client {

// "Rule min-cell: a cell … has fewer than 10 records at this site; merge levels or drop the
// variable. Where: smoke=1 × ht=1". Unknown codes keep the node's sentence.
QString refusalText(const SiteError &error);

// What the rule means and what to change, in the user's language, with its threshold where the
// node sent one; empty when the code is not known here.
QString ruleExplanation(const QString &code, const QJsonObject &params = {});

} // namespace fairstart::client

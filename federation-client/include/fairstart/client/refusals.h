// SPDX-License-Identifier: GPL-3.0-or-later
// A node's refusal in the user's language. Every refusal carries a stable rule code and, from
// nodes that send them, the rule's parameters as numbers ("params": {"threshold": 10},
// docs/protocol.md "Errors"). The client words the whole sentence itself from code, parameters
// and the node's "where" (detail: a cell or variable name, never a value); the node's English
// sentence is only the fallback for a code this client does not know. Used by the workbench and
// by fairstart-cli (SiteError::toString).
#pragma once

#include "fairstart/client/siteerror.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace fairstart::client {

// "Rule min-cell: a cell … has fewer than 10 records at this site; merge levels or drop the
// variable. Where: smoke=1 × ht=1". Unknown codes keep the node's sentence.
QString refusalText(const SiteError &error);

// What the rule means and what to change for this refusal: the sentence for the node's detail
// where one is worded here (a differencing refusal over a fit's outcome classes, a category's
// pieces, removed records), else ruleExplanation. Empty when the code is not known here.
QString refusalExplanation(const SiteError &error);

// What the rule means and what to change, in the user's language, with its threshold where the
// node sent one; empty when the code is not known here.
QString ruleExplanation(const QString &code, const QJsonObject &params = {});

// Why a node withheld one cell of an evaluation by subgroup, short enough for a table cell
// ("too few records (min-cell)"); the code itself when it is not known here.
QString withheldCellText(const QString &code);

// The note of a pooled subgroup row withheld at some sites (protocol::SubgroupRow with rule
// kWithheldAtSites): `params` {"sites": [{"site": NAME, "rule": CODE}, ...]} worded as
// "withheld at a: too few records (min-cell); b: …" in the user's language; empty when params
// do not say it.
inline constexpr char kWithheldAtSites[] = "withheld-at-sites";
// The code of a per-site performance note in a masked run: the sites released only the pooled
// evaluation (maskedPerSiteText words it).
inline constexpr char kMaskedPerSite[] = "masked-per-site";
QString maskedPerSiteText();
QString withheldAtSitesText(const QJsonObject &params);
QJsonObject withheldAtSitesParams(const QList<QPair<QString, QString>> &siteRules);

} // namespace fairstart::client

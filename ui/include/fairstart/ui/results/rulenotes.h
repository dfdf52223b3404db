// SPDX-License-Identifier: GPL-3.0-or-later
// The notes of a run in the reader's language (issue 17): a site's error, a per-site
// performance or fit note and a subgroup row's reason carry the node's rule code (and its
// parameters and place) beside the sentence of the session that ran them; these word the note
// from the code whenever the client knows it, else they show the stored sentence (older runs,
// unknown codes, notes that are not a rule's).
#pragma once

#include "fairstart/protocol/report.h"

#include <QString>

namespace fairstart::ui {

QString siteErrorText(const protocol::SiteRecord &site);
QString sitePerformanceNoteText(const protocol::SitePerformance &performance);
QString siteFitNoteText(const protocol::SiteFit &fit);
QString subgroupReasonText(const protocol::SubgroupRow &row);
// A subgroup cell's rule (and, for a pooled row, its sites' rules) worded; `stored` when the
// code is not known here.
QString subgroupReasonText(const QString &rule, const QJsonObject &params, const QString &stored);
// What is known of a masked evaluation's AUC, which has no error bound (its
// aucBinningErrorBound is NaN): pairs within a site exact at the sites whose node released its
// statistic, pairs across sites estimated from the pooled bins.
QString maskedAucText(const protocol::FitReport &report);

} // namespace fairstart::ui

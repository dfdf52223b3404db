// SPDX-License-Identifier: GPL-3.0-or-later
// fairstart-cli: the federation from a terminal (docs/cli.md). main() only calls this.
#pragma once

#include "fairstart/analysis/glm.h"
#include "fairstart/protocol/report.h"

#include <QString>
#include <QStringList>

namespace fairstart::cli {

// Runs one command line (arguments[0] is the program name) inside a running QCoreApplication and
// returns the exit code: 0 success, 1 a site or the analysis failed, 2 wrong usage or input.
// Output goes to stdout (or --out), errors to stderr as one line each.
int runCliCommand(const QStringList &arguments);

// The fit as R prints summary(glm(...)), followed by the performance block and per-site results.
QString formatFitTable(const protocol::FitReport &report, const QString &formula);
// The per-site estimates: one column per site fitted alone (estimate and standard error of each
// term), then a line for each site without a fit, with its note. Empty without per-site fits.
QString formatSiteFits(const protocol::FitReport &report);
// The study of the pooled fit (see the StudyRecord overload). Empty without a study.
QString formatStudy(const protocol::FitReport &report);
// One study under its own heading ("Fit — study sha256:…", "Evaluation — …"): the mode, the
// participants (and observers) and each node's signature checks, ending "Every site signed this
// result." when every check held. A descriptives study's nodes sign their masked descriptives, an
// evaluation's or calibration's their answer, a fit's the final β.
QString formatStudy(const protocol::StudyRecord &study);
// Every study in turn, after one line saying whether every site signed every one of them (and
// naming those where not). Empty for no study.
QString formatStudies(const QList<protocol::StudyRecord> &studies);
// Every study of a run, grouped per study as the workbench shows them: the fit's first, then
// FitReport::studies (the masked descriptives that resolved the design, the masked evaluation,
// the calibrations); then the parts of the run that are not studies (the per-site fits, a plain
// evaluation), whose answers no node signed. Empty without a study.
QString formatStudies(const protocol::FitReport &report);
// The coefficient table as CSV: term,estimate,std_error,statistic,p_value,ci_low,ci_high[,ratio…].
QString formatFitCsv(const protocol::FitReport &report);
// R's format.pval(p, digits = 3) with eps 2e-16: "< 2e-16", "0.0123", "1.23e-05".
QString formatPValue(double p);
// R's significance stars: "***" < 0.001, "**" < 0.01, "*" < 0.05, "." < 0.1, " " otherwise.
QString significanceStars(double p);

} // namespace fairstart::cli

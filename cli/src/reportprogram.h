// SPDX-License-Identifier: GPL-3.0-or-later
// `fairstart-cli fit --report FILE.pdf`: the workbench's PDF report, drawn by the program
// fairstart-report (app/report) next to fairstart-cli. The CLI may not link Qt Gui
// (docs/architecture.md, rule 6): drawing charts and laying out A4 pages needs it, so the CLI
// hands the run's JSON to that program instead, and the report is the very one the workbench
// writes (the same ui code).
#pragma once

#include "fairstart/protocol/report.h"

#include <QMap>
#include <QString>

namespace fairstart::cli {

// The fairstart-report program: next to this program (installed), or in the build tree's
// app/report; empty when there is none.
QString reportProgram();
// What to do when there is no fairstart-report; empty when there is one.
QString missingReportProgram();
// Writes the report of `report` to `path`, with the catalogue's `labels` for readable terms (the
// map the workbench's report takes, ui::catalogueLabels: a variable's label under its name, a
// level's under "variable=level"). Empty on success, else what failed and what to do.
QString writePdfReport(const protocol::FitReport &report, const QString &path,
                       const QMap<QString, QString> &labels = {});

} // namespace fairstart::cli

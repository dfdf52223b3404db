// SPDX-License-Identifier: GPL-3.0-or-later
// A published model of a fit report as the analyst would describe it (a title, whom to ask, the
// birth weight's range), for the ui tests that open, save or sign one (tst_walk4, tst_walk5).
#pragma once

#include "fairstart/ui/publishdialog.h"
#include "fairstart/ui/reviewer/publishedmodel.h"
#include "fairstart/ui/reviewer/riskcalculator.h"

namespace testsupport {

inline fairstart::ui::PublishedModelDocument
publishedModel(const fairstart::protocol::FitReport &report)
{
    using namespace fairstart::ui;
    PublishedModelDocument doc { proposeDescription(report, {}), report };
    doc.description.title = QStringLiteral("Risk of developmental delay: age 2");
    doc.description.contact = QStringLiteral("your youth health nurse");
    InputHint bw;
    bw.label = QStringLiteral("Birth weight (g)");
    bw.minimum = 500;
    bw.maximum = 5500;
    bw.typical = 3300;
    doc.description.inputs.insert(QStringLiteral("birthweight"), bw);
    return doc;
}

} // namespace testsupport

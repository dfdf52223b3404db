// SPDX-License-Identifier: GPL-3.0-or-later
// Live validation of a design before anything is sent: what is wrong, in words, and where.
#pragma once

#include "fairstart/ui/catalogue/cataloguemodel.h"
#include "fairstart/ui/designer/designdocument.h"

#include <QList>
#include <QString>

namespace fairstart::ui {

struct ValidationMessage {
    enum Severity { Error, Warning };

    Severity severity = Error;
    QString code; // stable: "no-model", "no-outcome", "unconnected", "spec", "missing-at-site",
                  // "wrong-type", "unknown-level", "rare-level", "events-per-parameter"
    QString text; // translated: what is wrong and what to do
    int blockId = 0; // the block concerned, 0 when none
    QString site; // the site concerned, empty when none

    bool operator==(const ValidationMessage &) const = default;
};

// `sites` are the catalogues of the sites chosen for the run (all known sites when none is
// chosen yet). Errors first, then warnings, each in design order.
QList<ValidationMessage> validateDesign(const DesignDocument &doc,
                                        const QList<SiteCatalogue> &sites);

bool hasErrors(const QList<ValidationMessage> &messages);

// A run uses the settings of one Evaluation block (DesignDocument::evaluationSettings): with more
// than one, which settings the user meant is unknown, so the check refuses the design and the
// run refuses to start. The sentence says how many and what to do; empty with one or none.
QString multipleEvaluationsProblem(const DesignDocument &doc);

// The number of model parameters (columns of the design matrix, intercept included) when
// categorical variables have the catalogue's levels; 0 when it cannot be known yet.
int parameterCount(const analysis::ModelSpec &spec, const QList<SiteCatalogue> &sites);

} // namespace fairstart::ui

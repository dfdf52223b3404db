// SPDX-License-Identifier: GPL-3.0-or-later
// What a run asks of the sites, made from the design in one place: the model (every block's
// settings through DesignDocument::toSpec) and the Evaluation block's settings as run options and
// thresholds. The run dialog and the property-walk test (tests/ui/tst_runrequest) both use it, so
// a block setting that does not reach the run is caught.
#pragma once

#include "fairstart/client/federatedrun.h"

#include <QList>

namespace fairstart::ui {

class DesignDocument;

struct RunRequest {
    // spec, evaluate, calibration, perSiteFits; the dialog adds sites, dataset and purpose.
    client::RunOptions options;
    QList<double> thresholds; // the Evaluation block's risk thresholds, applied to the ROC curve
};

RunRequest runRequest(const DesignDocument &document);

} // namespace fairstart::ui

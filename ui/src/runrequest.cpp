// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/ui/runrequest.h"

#include "fairstart/ui/designer/designdocument.h"

namespace fairstart::ui {

RunRequest runRequest(const DesignDocument &document)
{
    const EvaluationSettings evaluation = document.evaluationSettings();
    RunRequest request;
    request.options.spec = document.toSpec();
    // The evaluation job computes the AUC and the Brier score together: either asks for it.
    request.options.evaluate = evaluation.auc || evaluation.brier;
    request.options.calibration = evaluation.calibration;
    request.options.perSiteFits = evaluation.perSite;
    request.thresholds = evaluation.thresholds;
    return request;
}

} // namespace fairstart::ui

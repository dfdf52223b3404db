// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/protocol/studycoordinator.h"

namespace fairstart::protocol {

StudyModel studyModel(const StudyManifest &manifest)
{
    StudyModel model;
    const bool calibration = manifest.kind != JobKind::Glm;
    model.family = calibration ? analysis::Family::Binomial : manifest.design.spec.family;
    model.ridgeLambda = calibration ? 0.0 : manifest.design.spec.ridgeLambda;
    model.hasOffset = manifest.kind == JobKind::CalibrationIntercept
        || (!calibration && !manifest.design.spec.offset.empty());
    if (manifest.kind == JobKind::Glm)
        model.terms = manifest.design.termNames();
    else if (manifest.kind == JobKind::CalibrationSlope)
        model.terms = { "(Intercept)", "lp" };
    else
        model.terms = { "(Intercept)" };
    model.options.maxRounds = manifest.maxRounds;
    model.options.tol = manifest.tolerance;
    model.options.fitNullModel = manifest.fitNullModel;
    if (manifest.kind == JobKind::CalibrationSlope && manifest.startAtFittedModel)
        model.options.start = Eigen::Vector2d(0.0, 1.0);
    return model;
}

analysis::GlmCoordinator StudyModel::coordinator() const
{
    return analysis::GlmCoordinator(terms, family, ridgeLambda, options, hasOffset);
}

} // namespace fairstart::protocol

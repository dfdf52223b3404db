// SPDX-License-Identifier: GPL-3.0-or-later
// The GLM a study's manifest fits, and its analysis::GlmCoordinator, defined once: every node
// (site-node, studies.cpp) and the client that checks their β (federation-client,
// studychecks.cpp) set the coordinator up here, so that they take the same steps bit for bit.
#pragma once

#include "fairstart/analysis/glm.h"
#include "fairstart/protocol/study.h"

#include <string>
#include <vector>

namespace fairstart::protocol {

// What the manifest's job fits: a GLM study (kind glm) the design's terms, family, ridge λ and
// offset; a calibration study the model y ~ 1 + lp (calibration-slope) or y ~ 1 with offset lp
// (calibration-in-the-large), binomial without ridge. The options are the manifest's (rounds,
// tolerance, null model); a calibration-slope study marked startAtFittedModel starts at the
// fitted model itself, (0, 1), a protocol constant and never a client's number.
struct StudyModel {
    std::vector<std::string> terms;
    analysis::Family family = analysis::Family::Binomial;
    double ridgeLambda = 0.0;
    bool hasOffset = false;
    analysis::GlmOptions options;

    // A coordinator at the start of the study.
    analysis::GlmCoordinator coordinator() const;
};

StudyModel studyModel(const StudyManifest &manifest);

} // namespace fairstart::protocol

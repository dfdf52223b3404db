// SPDX-License-Identifier: GPL-3.0-or-later
// What ApiHandlers::describeCohort hands back (descriptives.cpp): the plain descriptives of a
// request as the release gate released them, shared by POST /v1/descriptives and the round of a
// descriptives study (maskeddescriptives.cpp), so that a study masks exactly what the site would
// release in the clear.
#pragma once

#include "fairstart/node/handlers.h"

#include "release/releasegate.h"

#include "fairstart/protocol/messages.h"

#include <cstdint>
#include <optional>

namespace fairstart::node {

struct ApiHandlers::DescribedCohort {
    std::int64_t cohortSize = 0; // passed the cohort rules
    // DescribeStep::Release and StudyRound only: the gate's answer, its decoded body and the
    // computed tally it was released from.
    std::optional<GateAnswer> answer;
    protocol::DescriptivesResponse released;
    DescriptivesTally tally;
};

} // namespace fairstart::node

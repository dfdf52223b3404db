// SPDX-License-Identifier: GPL-3.0-or-later
// Between-site heterogeneity of one quantity estimated at several sites (docs/results.md). The
// statistics live in the analysis library (one implementation for the workbench, the CLI and the
// report); these names keep the ui code reading as before.
#pragma once

#include "fairstart/analysis/metaanalysis.h"

namespace fairstart::ui {

using analysis::chiSquaredUpperTail;
using analysis::cochranQ;
using analysis::Heterogeneity;

} // namespace fairstart::ui

// SPDX-License-Identifier: GPL-3.0-or-later
// Words for a workspace write that failed while the user was doing something else (autosave,
// the request log, a run's progress, the remembered design): no such failure is dropped, the
// window shows what was not stored, then the workspace's own what-happened-and-what-to-do.
#pragma once

#include "fairstart/workspace/result.h"

#include <QString>

namespace fairstart::ui {

enum class BackgroundWrite {
    Autosave, // the design's automatic save
    DesignVersion, // the design saved before a run, an export or closing the workspace
    RequestLog, // the record of what was asked of the sites
    RunRecord, // a new run's record
    RunState, // a site's state in the run's record
    CurrentDesign, // which design the workspace opens next time
    SiteList, // adding or removing a site
};

QString workspaceNotice(BackgroundWrite what, const workspace::WorkspaceError &error);

} // namespace fairstart::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacenotice.h"

#include "fairstart/ui/tr.h"

namespace fairstart::ui {

QString workspaceNotice(BackgroundWrite what, const workspace::WorkspaceError &error)
{
    switch (what) {
    case BackgroundWrite::Autosave:
        return Tr::tr("The design was not saved automatically: %1 Your changes are still on "
                      "screen; save them with Save Design Version (Ctrl+S) once that is solved.")
            .arg(error.message);
    case BackgroundWrite::DesignVersion:
        return Tr::tr("The design could not be saved in the workspace: %1 Your changes are still "
                      "on screen; save them with Save Design Version (Ctrl+S) once that is solved.")
            .arg(error.message);
    case BackgroundWrite::RequestLog:
        return Tr::tr("This request is missing from the workspace's request log: %1 Note what "
                      "you asked of the sites until the log can be written again.")
            .arg(error.message);
    case BackgroundWrite::RunRecord:
        return Tr::tr("This run could not be recorded in the workspace: %1 The run goes on, but "
                      "it will not be in the list of runs; export its results when it ends.")
            .arg(error.message);
    case BackgroundWrite::RunState:
        return Tr::tr("The run's record in the workspace could not be updated: %1 The run goes "
                      "on; its stored record may not show every site's final state.")
            .arg(error.message);
    case BackgroundWrite::CurrentDesign:
        return Tr::tr("The workspace could not remember the open design: %1 Next time, open it "
                      "from the list of designs.")
            .arg(error.message);
    case BackgroundWrite::SiteList:
        return Tr::tr("The workspace's list of sites could not be changed: %1").arg(error.message);
    }
    return error.message;
}

} // namespace fairstart::ui

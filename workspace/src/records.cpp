// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/workspace/records.h"
#include "fairstart/workspace/result.h"
#include "fairstart/workspace/tr.h"

namespace fairstart::workspace {

namespace {

struct StateName {
    SiteRunState state;
    const char *name;
};

constexpr StateName stateNames[] = {
    { SiteRunState::Pending, "pending" },     { SiteRunState::Running, "running" },
    { SiteRunState::Succeeded, "succeeded" }, { SiteRunState::Refused, "refused" },
    { SiteRunState::Failed, "failed" },       { SiteRunState::Cancelled, "cancelled" },
};

} // namespace

QString siteRunStateName(SiteRunState state)
{
    for (const StateName &s : stateNames) {
        if (s.state == state)
            return QString::fromLatin1(s.name);
    }
    return QStringLiteral("pending");
}

std::optional<SiteRunState> siteRunStateFromName(const QString &name)
{
    for (const StateName &s : stateNames) {
        if (name == QLatin1String(s.name))
            return s.state;
    }
    return std::nullopt;
}

QString siteRunStateText(SiteRunState state)
{
    switch (state) {
    case SiteRunState::Pending:
        return Tr::tr("Waiting");
    case SiteRunState::Running:
        return Tr::tr("Running");
    case SiteRunState::Succeeded:
        return Tr::tr("Done");
    case SiteRunState::Refused:
        return Tr::tr("Refused");
    case SiteRunState::Failed:
        return Tr::tr("Failed");
    case SiteRunState::Cancelled:
        return Tr::tr("Cancelled");
    }
    return Tr::tr("Waiting");
}

QString WorkspaceError::codeName(Code code)
{
    switch (code) {
    case WrongPassphrase:
        return QStringLiteral("WrongPassphrase");
    case NotAWorkspace:
        return QStringLiteral("NotAWorkspace");
    case Corrupt:
        return QStringLiteral("Corrupt");
    case NewerVersion:
        return QStringLiteral("NewerVersion");
    case Io:
        return QStringLiteral("Io");
    case Locked:
        return QStringLiteral("Locked");
    case AlreadyExists:
        return QStringLiteral("AlreadyExists");
    case Closed:
        return QStringLiteral("Closed");
    case NotFound:
        return QStringLiteral("NotFound");
    case Invalid:
        return QStringLiteral("Invalid");
    case ReadOnly:
        return QStringLiteral("ReadOnly");
    case KeyChanged:
        return QStringLiteral("KeyChanged");
    case InvalidModelFile:
        return QStringLiteral("InvalidModelFile");
    case Internal:
        return QStringLiteral("Internal");
    }
    return QStringLiteral("Internal");
}

} // namespace fairstart::workspace

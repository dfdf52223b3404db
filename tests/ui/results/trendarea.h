// SPDX-License-Identifier: GPL-3.0-or-later
// One area's released descriptives for the dashboard's trend tests: smoking no/yes by birth year
// 2015-2018; nullopt in `counts` marks a withheld cell.
#pragma once

#include "fairstart/ui/dashboard/dashboardview.h"

#include <utility>

namespace testsupport {

inline fairstart::ui::AreaDescriptives trendArea(const QString &name,
                                                 QList<fairstart::protocol::ReleasedCount> counts)
{
    fairstart::ui::AreaDescriptives a;
    a.area = name;
    fairstart::protocol::CategoricalDescription smoking;
    smoking.variable = QStringLiteral("smoking");
    smoking.levels = { { QStringLiteral("no"), 400 }, { QStringLiteral("yes"), 60 } };
    a.descriptives.categorical = { smoking };
    fairstart::protocol::ReleasedTable t;
    t.rowVariable = QStringLiteral("birth_year");
    t.columnVariable = QStringLiteral("smoking");
    t.rowLevels = { QStringLiteral("2015"), QStringLiteral("2016"), QStringLiteral("2017"),
                    QStringLiteral("2018") };
    t.columnLevels = { QStringLiteral("no"), QStringLiteral("yes") };
    t.counts = std::move(counts);
    a.descriptives.trends = { t };
    return a;
}

} // namespace testsupport

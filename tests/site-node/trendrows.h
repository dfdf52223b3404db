// SPDX-License-Identifier: GPL-3.0-or-later
// A trend's row by difference, as tst_trends and tst_attacks_redteam attack it: the trend's cells
// of one year less the outcome's level counts over two periods that differ by that year.
#pragma once

#include "fairstart/protocol/messages.h"

#include <QString>
#include <QStringList>

#include <map>
#include <optional>

namespace testsupport {

// The level counts of a released description of one categorical variable (empty when it was
// refused or holds another number of categorical variables; a withheld count left out).
inline std::map<QString, qint64>
levelCounts(const std::optional<fairstart::protocol::DescriptivesResponse> &described)
{
    std::map<QString, qint64> counts;
    if (described && described->categorical.size() == 1) {
        for (const auto &level : described->categorical.front().levels) {
            if (level.count)
                counts[level.name] = *level.count;
        }
    }
    return counts;
}

// Row `row` of the trend `t` by difference: for the levels "0" and "1", "<year> x <level> = n",
// n the trend's cell less the level's count over `wider` plus its count over `narrower` (the
// level counts of two periods whose difference is that year), where all three were released.
inline QStringList rowByDifference(const fairstart::protocol::ReleasedTable &t, qsizetype row,
                                   const std::map<QString, qint64> &wider,
                                   const std::map<QString, qint64> &narrower)
{
    QStringList cells;
    for (const QString &level : { QStringLiteral("0"), QStringLiteral("1") }) {
        const qsizetype c = t.columnLevels.indexOf(level);
        if (c < 0 || !t.counts[row * t.columnLevels.size() + c] || !wider.count(level)
            || !narrower.count(level))
            continue;
        cells << QStringLiteral("%1 x %2 = %3")
                     .arg(t.rowLevels[row], level)
                     .arg(*t.counts[row * t.columnLevels.size() + c] - wider.at(level)
                          + narrower.at(level));
    }
    return cells;
}

} // namespace testsupport

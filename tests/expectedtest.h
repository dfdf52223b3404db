// SPDX-License-Identifier: GPL-3.0-or-later
// QVERIFY_EXPECTED(x): x (an Expected of any library) holds a value; if not, the test fails with
// the error's own words (a DecodeError's path and message, a node's, workspace's or engine's
// message) instead of a bare "x.ok() returned FALSE".
#pragma once

#include "fairstart/analysis/expected.h"

#include <QString>
#include <QTest>

#include <string>
#include <type_traits>

namespace fairstart::test {

template<typename E> QString expectedErrorText(const E &error)
{
    if constexpr (requires { error.text(); })
        return error.text();
    else if constexpr (std::is_convertible_v<decltype(error.message), std::string>)
        return QString::fromStdString(error.message);
    else
        return error.message;
}

} // namespace fairstart::test

#define QVERIFY_EXPECTED(expression)                                                               \
    do {                                                                                           \
        const auto &fairstartExpected_ = (expression);                                             \
        if (!QTest::qVerify(                                                                       \
                fairstartExpected_.ok(), #expression,                                              \
                fairstartExpected_.ok()                                                            \
                    ? ""                                                                           \
                    : qPrintable(fairstart::test::expectedErrorText(fairstartExpected_.error())),  \
                __FILE__, __LINE__))                                                               \
            return;                                                                                \
    } while (false)

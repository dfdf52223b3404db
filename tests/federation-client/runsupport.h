// SPDX-License-Identifier: GPL-3.0-or-later
// Starts a client run (FederatedRun, ValidationRun) and spins the event loop until it finished
// or failed: false when it did neither within `ms`.
#pragma once

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

namespace testsupport {

template<typename Run> bool runToEnd(Run &run, int ms = 240000)
{
    QSignalSpy finished(&run, &Run::finished);
    QSignalSpy failed(&run, &Run::failed);
    run.start();
    QElapsedTimer clock;
    clock.start();
    while (finished.isEmpty() && failed.isEmpty() && clock.elapsed() < ms)
        QTest::qWait(20);
    return !finished.isEmpty() || !failed.isEmpty();
}

} // namespace testsupport

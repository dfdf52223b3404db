// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16, branch `cold7`: the free memory goes back once no request has been in flight for
// the idle-trim delay, not at the end of each request (a fit's next request reused nothing of
// what the last one freed: every block page-faulted in again). A request that starts before the
// moment comes keeps the memory, and its end asks again.
#include "freememory_p.h"

#include <QDeadlineTimer>
#include <QTest>
#include <QThread>

#include <memory>

using namespace fairstart;

namespace {

// Waits (up to a minute: a loaded machine) until the idle trim's moment came `after` times.
bool attemptsReach(long long after)
{
    QDeadlineTimer deadline(60000);
    while (node::idleTrimAttempts() < after) {
        if (deadline.hasExpired())
            return false;
        QThread::msleep(5);
    }
    return true;
}

} // namespace

class tst_FreeMemoryCold7 : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void trimWaitsForAnIdleMoment()
    {
        node::setIdleTrimDelay(std::chrono::milliseconds(0));
        node::releaseFreeMemory(); // a clean start
        // A delay no slow run reaches between the request's end and the checks below.
        node::setIdleTrimDelay(std::chrono::hours(1));
        {
            node::RequestInFlight request;
            node::freeMemoryLater(node::kTrimFloorBytes);
        }
        QCOMPARE(node::droppedSinceTrim(), node::kTrimFloorBytes); // not at the request's end
        {
            node::RequestInFlight next; // the fit's next request: its blocks are still there
            QCOMPARE(node::droppedSinceTrim(), node::kTrimFloorBytes);
        }
        // A short delay now: the moment the last request's end asked for comes.
        const long long before = node::idleTrimAttempts();
        node::setIdleTrimDelay(std::chrono::milliseconds(20));
        QVERIFY(attemptsReach(before + 1));
        QCOMPARE(node::droppedSinceTrim(), std::size_t(0));
    }

    void aRequestInFlightKeepsTheMemory()
    {
        node::setIdleTrimDelay(std::chrono::milliseconds(0));
        node::releaseFreeMemory();
        node::setIdleTrimDelay(std::chrono::hours(1));
        const long long before = node::idleTrimAttempts();
        {
            node::RequestInFlight request;
            node::freeMemoryLater(); // a table's columns
        }
        // Another request starts (and stays) before the moment: the moment finds it in flight.
        auto held = std::make_unique<node::RequestInFlight>();
        node::setIdleTrimDelay(std::chrono::milliseconds(20));
        QVERIFY(attemptsReach(before + 1));
        QCOMPARE(node::droppedSinceTrim(), node::kWorthTrimming);
        held.reset(); // its end asks again
        QVERIFY(attemptsReach(before + 2));
        QCOMPARE(node::droppedSinceTrim(), std::size_t(0));
    }

    void belowTheFloorNothingIsAsked()
    {
        node::setIdleTrimDelay(std::chrono::milliseconds(0));
        node::releaseFreeMemory();
        node::setIdleTrimDelay(std::chrono::milliseconds(20));
        const long long before = node::idleTrimAttempts();
        {
            node::RequestInFlight request;
            node::freeMemoryLater(1);
        }
        // Nothing was scheduled: a second, worthy request's moment is the next attempt.
        {
            node::RequestInFlight request;
            node::freeMemoryLater(node::kTrimFloorBytes);
        }
        QVERIFY(attemptsReach(before + 1));
        QCOMPARE(node::idleTrimAttempts(), before + 1);
        QCOMPARE(node::droppedSinceTrim(), std::size_t(0));
    }
};

QTEST_GUILESS_MAIN(tst_FreeMemoryCold7)
#include "tst_freememory_cold7.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16, branch `sites12`: the idle-job sweep (every 30 s) trims the heap only when the node is
// quiet — no request in flight and none ended within kSweepQuietMs — so that a node serving a
// run keeps its free blocks for the run's next requests; once quiet, the sweep trims as before.
#include "freememory_p.h"

#include <QElapsedTimer>
#include <QTest>

using namespace fairstart;

class tst_FreeMemorySites12 : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // No idle trim at a request's end here: only the sweep's trim is under test.
    void initTestCase() { node::setIdleTrimDelay(std::chrono::hours(1)); }

    void sweepWaitsForAQuietNode()
    {
        node::releaseFreeMemory(); // a clean start
        const std::size_t small = node::kTrimFloorBytes / 8;
        {
            node::RequestInFlight request;
            node::freeMemoryLater(small);
            // A request in flight: the sweep leaves the free blocks.
            QVERIFY(!node::releaseFreeMemoryWhenQuiet());
            QCOMPARE(node::droppedSinceTrim(), small);
        }
        // One just ended: still not quiet (5 s cannot have passed since the line above).
        QElapsedTimer sinceEnd;
        sinceEnd.start();
        QVERIFY(!node::releaseFreeMemoryWhenQuiet());
        QCOMPARE(node::droppedSinceTrim(), small);
        // Quiet at last: the sweep trims, and not before kSweepQuietMs after the request's end.
        QTRY_VERIFY_WITH_TIMEOUT(node::releaseFreeMemoryWhenQuiet(), 60'000);
        QVERIFY(sinceEnd.elapsed() >= node::kSweepQuietMs - 50);
        QCOMPARE(node::droppedSinceTrim(), std::size_t(0));
        // And while it stays quiet, every sweep trims.
        node::freeMemoryLater(small);
        QVERIFY(node::releaseFreeMemoryWhenQuiet());
        QCOMPARE(node::droppedSinceTrim(), std::size_t(0));
        // A new request makes it busy again.
        {
            node::RequestInFlight request;
        }
        node::freeMemoryLater(small);
        QVERIFY(!node::releaseFreeMemoryWhenQuiet());
        QCOMPARE(node::droppedSinceTrim(), small);
    }
};

QTEST_GUILESS_MAIN(tst_FreeMemorySites12)
#include "tst_freememory_sites12.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16, branch `sites6`: the heap is trimmed at the end of a request when the blocks jobs
// dropped since the last trim add up to kTrimFloorBytes (a large design: at once, as before), not
// after every small job (many sites with small data: the fit's working set was given back and
// page-faulted in again at every fit). The idle-job sweep trims whatever is left.
#include "freememory_p.h"

#include <QTest>

using namespace fairstart;

class tst_FreeMemorySites6 : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // The trim at the end of the last request, as sites6 made it (the node waits for an idle
    // moment first since cold7: tst_freememory_cold7).
    void initTestCase() { node::setIdleTrimDelay(std::chrono::milliseconds(0)); }

    void smallDropsWaitForTheFloor()
    {
        node::releaseFreeMemory(); // a clean start
        QCOMPARE(node::droppedSinceTrim(), std::size_t(0));
        const std::size_t small = node::kTrimFloorBytes / 4;
        {
            node::RequestInFlight request;
            node::freeMemoryLater(small);
        }
        // Below the floor: no trim at the request's end, the bytes are counted.
        QCOMPARE(node::droppedSinceTrim(), small);
        {
            node::RequestInFlight request;
            node::freeMemoryLater(small);
            node::freeMemoryLater(small);
        }
        QCOMPARE(node::droppedSinceTrim(), 3 * small);
        {
            node::RequestInFlight outer;
            {
                node::RequestInFlight inner;
                node::freeMemoryLater(small); // the floor reached, another request in flight
            }
            QCOMPARE(node::droppedSinceTrim(), 4 * small); // not while one is in flight
        }
        QCOMPARE(node::droppedSinceTrim(), std::size_t(0)); // trimmed when the last one ended
    }

    void largeDropsAndTablesTrimAtOnce()
    {
        node::releaseFreeMemory();
        {
            node::RequestInFlight request;
            node::freeMemoryLater(node::kTrimFloorBytes); // a design of the floor's size
        }
        QCOMPARE(node::droppedSinceTrim(), std::size_t(0));
        {
            node::RequestInFlight request;
            node::freeMemoryLater(); // a table's columns: always worth a trim
        }
        QCOMPARE(node::droppedSinceTrim(), std::size_t(0));
        // The sweep's trim counts as one: the count starts again.
        {
            node::RequestInFlight request;
            node::freeMemoryLater(1);
        }
        QCOMPARE(node::droppedSinceTrim(), std::size_t(1));
        node::releaseFreeMemory();
        QCOMPARE(node::droppedSinceTrim(), std::size_t(0));
    }
};

QTEST_GUILESS_MAIN(tst_FreeMemorySites6)
#include "tst_freememory_sites6.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "freememory_p.h"

#include <atomic>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace fairstart::node {

namespace {

std::atomic<int> g_inFlight { 0 };
std::atomic<bool> g_pending { false };

} // namespace

void freeMemoryLater()
{
    g_pending.store(true, std::memory_order_relaxed);
}

void releaseFreeMemory()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

RequestInFlight::RequestInFlight()
{
    g_inFlight.fetch_add(1, std::memory_order_acq_rel);
}

RequestInFlight::~RequestInFlight()
{
    if (g_inFlight.fetch_sub(1, std::memory_order_acq_rel) == 1
        && g_pending.exchange(false, std::memory_order_acq_rel))
        releaseFreeMemory();
}

} // namespace fairstart::node

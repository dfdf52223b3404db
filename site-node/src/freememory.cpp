// SPDX-License-Identifier: GPL-3.0-or-later
#include "freememory_p.h"

#include <atomic>
#include <condition_variable>
#include <cstdlib>
#include <limits>
#include <mutex>
#include <thread>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace fairstart::node {

namespace {

std::atomic<int> g_inFlight { 0 };
std::atomic<bool> g_pending { false };
std::atomic<std::size_t> g_dropped { 0 }; // bytes dropped since the last trim
// When the last request ended (steady clock, ms; releaseFreeMemoryWhenQuiet).
std::atomic<long long> g_lastRequestEndMs { std::numeric_limits<long long>::min() / 2 };

long long steadyMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

std::mutex g_reserveMutex;
void *g_reserve = nullptr;
std::size_t g_reserveBytes = 0;
bool g_designBuilt = false; // a design was built: its pages came too late for a reserve

// The idle trim (cold7): the last request out asks for a trim after kIdleTrimDelayMs without a
// request in flight; a thread of its own waits for that moment. Leaked on purpose: the thread is
// detached and may still wait on it while the process exits.
struct IdleTrim {
    std::mutex mutex;
    std::condition_variable wake;
    std::chrono::steady_clock::time_point at;
    bool scheduled = false;
    bool started = false;
    std::atomic<long long> delayMs { kIdleTrimDelayMs };
    std::atomic<long long> attempts { 0 };
};

IdleTrim &idleTrim()
{
    static IdleTrim *const trim = new IdleTrim;
    return *trim;
}

void idleTrimLoop(IdleTrim &t)
{
    std::unique_lock lock(t.mutex);
    for (;;) {
        t.wake.wait(lock, [&t] { return t.scheduled; });
        // A later request out moves the moment on: wait until the last one's.
        while (t.scheduled && t.wake.wait_until(lock, t.at) != std::cv_status::timeout) { }
        if (!t.scheduled || std::chrono::steady_clock::now() < t.at)
            continue;
        t.scheduled = false;
        // A request in flight now takes over: its end schedules the trim again.
        if (g_inFlight.load(std::memory_order_acquire) == 0
            && g_pending.exchange(false, std::memory_order_acq_rel)) {
            lock.unlock();
            releaseFreeMemory();
            lock.lock();
        }
        t.attempts.fetch_add(1, std::memory_order_acq_rel);
    }
}

void scheduleIdleTrim()
{
    IdleTrim &t = idleTrim();
    const long long delay = t.delayMs.load(std::memory_order_acquire);
    if (delay <= 0) {
        if (g_pending.exchange(false, std::memory_order_acq_rel))
            releaseFreeMemory();
        return;
    }
    std::lock_guard lock(t.mutex);
    t.at = std::chrono::steady_clock::now() + std::chrono::milliseconds(delay);
    t.scheduled = true;
    if (!t.started) {
        t.started = true;
        std::thread(idleTrimLoop, std::ref(t)).detach();
    }
    t.wake.notify_one();
}

} // namespace

void setIdleTrimDelay(std::chrono::milliseconds delay)
{
    IdleTrim &t = idleTrim();
    t.delayMs.store(delay.count(), std::memory_order_release);
    // A moment already asked for comes after the new delay from now.
    std::lock_guard lock(t.mutex);
    if (t.scheduled) {
        t.at = std::chrono::steady_clock::now() + delay;
        t.wake.notify_one();
    }
}

long long idleTrimAttempts()
{
    return idleTrim().attempts.load(std::memory_order_acquire);
}

void freeMemoryLater(std::size_t bytes)
{
    const std::size_t before = g_dropped.fetch_add(bytes, std::memory_order_acq_rel);
    if (before + bytes >= kTrimFloorBytes || before + bytes < before)
        g_pending.store(true, std::memory_order_relaxed);
}

std::size_t droppedSinceTrim()
{
    return g_dropped.load(std::memory_order_acquire);
}

void releaseFreeMemory()
{
    g_dropped.store(0, std::memory_order_release);
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

bool releaseFreeMemoryWhenQuiet()
{
    if (g_inFlight.load(std::memory_order_acquire) > 0
        || steadyMs() - g_lastRequestEndMs.load(std::memory_order_acquire) < kSweepQuietMs)
        return false;
    releaseFreeMemory();
    return true;
}

void reserveDesignMemory(std::size_t bytes)
{
    if (bytes == 0)
        return;
    std::lock_guard lock(g_reserveMutex);
    if (g_designBuilt || bytes <= g_reserveBytes)
        return;
    std::free(g_reserve);
    g_reserve = nullptr;
    g_reserveBytes = 0;
    void *block = std::malloc(bytes);
    if (!block)
        return; // no reserve: the first matrix takes fresh pages as before
    // One write per page makes the kernel provide (and clear) it now; the values do not matter.
    auto *bytesOf = static_cast<volatile unsigned char *>(block);
    for (std::size_t at = 0; at < bytes; at += 4096)
        bytesOf[at] = 0;
    bytesOf[bytes - 1] = 0;
    g_reserve = block;
    g_reserveBytes = bytes;
}

void releaseDesignReserve()
{
    std::lock_guard lock(g_reserveMutex);
    g_designBuilt = true;
    std::free(g_reserve);
    g_reserve = nullptr;
    g_reserveBytes = 0;
}

std::size_t designReserveBytes()
{
    std::lock_guard lock(g_reserveMutex);
    return g_reserveBytes;
}

RequestInFlight::RequestInFlight()
{
    g_inFlight.fetch_add(1, std::memory_order_acq_rel);
}

RequestInFlight::~RequestInFlight()
{
    g_lastRequestEndMs.store(steadyMs(), std::memory_order_release);
    if (g_inFlight.fetch_sub(1, std::memory_order_acq_rel) == 1
        && g_pending.load(std::memory_order_acquire))
        scheduleIdleTrim();
}

} // namespace fairstart::node

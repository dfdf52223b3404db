// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16: a node's blocks up to 32 MiB (a request's n-vectors) come from the heap and are reused
// by the next computation instead of being mapped, page-faulted and unmapped anew each time
// (app/node/main.cpp); the heap is not trimmed as blocks are freed. The node gives its free heap
// memory back to the system when a job dropped its matrix and no request is in flight any more
// (the end of a fit), and at every idle-job sweep, so that at rest it holds little more than its
// cached designs.
#pragma once

#include <chrono>
#include <cstddef>

namespace fairstart::node {

// A job dropped its matrix of `bytes` (or a table's columns: kWorthTrimming): free memory goes
// back once no request is in flight — when the blocks dropped since the last trim add up to
// kTrimFloorBytes or more. Smaller drops (many sites with small data: a fit's working set of
// ~3 MB, trimmed and page-faulted in again at every fit, ~10 % of such a node's CPU; issue 16,
// branch sites6) leave the free blocks to the next requests until the idle-job sweep (every 30 s)
// or enough drops add up.
inline constexpr std::size_t kTrimFloorBytes = std::size_t(4) << 20;
inline constexpr std::size_t kWorthTrimming = kTrimFloorBytes;
void freeMemoryLater(std::size_t bytes = kWorthTrimming);

// The bytes dropped since the last trim (for tests).
std::size_t droppedSinceTrim();

// Gives the heap's free memory back to the system now (glibc's malloc_trim; nothing elsewhere).
void releaseFreeMemory();

// The idle-job sweep's trim (every 30 s): as releaseFreeMemory, but only when no request is in
// flight and none ended within the last kSweepQuietMs; true when it trimmed. A node serving a
// client's run (a fit at 100 sites: a request every fraction of a second, for seconds) keeps its
// free blocks for the run's next requests: trimmed in the middle of it, they came back as page
// faults, and the trim's madvise cost TLB shoot-downs across the cores (issue 16, branch sites12:
// 2.4 % of the nodes' CPU in a fit, and most of their faults). The idle trim, or the next sweep,
// gives them back once the node is quiet.
inline constexpr long long kSweepQuietMs = 5000;
bool releaseFreeMemoryWhenQuiet();

// The memory of the first design matrix, taken from the system while the datasets are read at
// start-up (issue 16). A design matrix larger than the mmap threshold comes from the heap
// (app/node/main.cpp), and its first write had the kernel clear every fresh page inside the
// first job: on this VM, whose free pages are handed back to the host, 0.1-0.5 s of CPU per cold
// fit over four nodes. The preload takes `bytes` from the heap and writes to each page once
// (before the node says it listens, so that start-up shows the cost); the first design built
// gives it back to the heap just before its matrix is allocated, which then takes those pages.
// Nothing is read from it: the matrix writes every value it holds. A second call keeps the
// larger block; none is taken once a design was built (a request served during the preload).
// Without a preload there is no reserve.
void reserveDesignMemory(std::size_t bytes);

// Gives the reserve back to the heap (a no-op when there is none): called right before a design
// matrix is built. The free block stays in the heap until the next malloc_trim (the end of the
// request at the latest, or the next idle-job sweep).
void releaseDesignReserve();

// The bytes reserved now (0 when none): for tests and the start-up log.
std::size_t designReserveBytes();

// How long the node waits without a request in flight before it gives the free memory back
// (issue 16, branch cold7). Trimmed at the end of every request, the blocks the table, the
// first job and each round freed went back to the system between two requests of the same fit,
// and the next request of that fit (or the next fit, a moment later) page-faulted them in again:
// on this VM a fresh page costs a hypervisor exit (cold4, regress). Waiting for a short idle
// moment lets the fit's requests reuse them; at rest the node holds what it held before.
inline constexpr long long kIdleTrimDelayMs = 1000;
// For tests: the delay (0: trim at once when the last request ends, as before cold7); a trim
// already asked for then comes after the new delay from now.
void setIdleTrimDelay(std::chrono::milliseconds delay);
// For tests: how many times the idle trim's moment came (whether it trimmed or found a request
// in flight).
long long idleTrimAttempts();

// One request being handled, on its thread: the last one to end asks for the free memory to go
// back after kIdleTrimDelayMs without a request in flight, when jobs dropped kTrimFloorBytes or
// more of matrices since the last trim.
class RequestInFlight {
public:
    RequestInFlight();
    ~RequestInFlight();
    RequestInFlight(const RequestInFlight &) = delete;
    RequestInFlight &operator=(const RequestInFlight &) = delete;
};

} // namespace fairstart::node

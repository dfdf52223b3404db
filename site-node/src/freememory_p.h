// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16: a node's blocks up to 32 MiB (a request's n-vectors) come from the heap and are reused
// by the next computation instead of being mapped, page-faulted and unmapped anew each time
// (app/node/main.cpp); the heap is not trimmed as blocks are freed. The node gives its free heap
// memory back to the system when a job dropped its matrix and no request is in flight any more
// (the end of a fit), and at every idle-job sweep, so that at rest it holds little more than its
// cached designs.
#pragma once

namespace fairstart::node {

// A job dropped its matrix: free memory goes back once no request is in flight.
void freeMemoryLater();

// Gives the heap's free memory back to the system now (glibc's malloc_trim; nothing elsewhere).
void releaseFreeMemory();

// One request being handled, on its thread: the last one to end releases free memory when a job
// dropped its matrix meanwhile.
class RequestInFlight {
public:
    RequestInFlight();
    ~RequestInFlight();
    RequestInFlight(const RequestInFlight &) = delete;
    RequestInFlight &operator=(const RequestInFlight &) = delete;
};

} // namespace fairstart::node

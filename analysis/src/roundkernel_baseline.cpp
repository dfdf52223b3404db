// SPDX-License-Identifier: GPL-3.0-or-later
// The round kernel for the x86-64 baseline (SSE2), what every CPU that runs Debian's amd64 packages
// has: two doubles per vector, 16 registers (3 x 3 tiles: 9 accumulators, 3 w·x, x and w).
#define FAIRSTART_KERNEL_NS baseline
#define FAIRSTART_KERNEL_NAME "baseline"
#define FAIRSTART_KERNEL_LANES 2
#define FAIRSTART_KERNEL_TILE_A 3
#define FAIRSTART_KERNEL_TILE_B 3
#define FAIRSTART_KERNEL_VARIANT baselineVariant
#include "roundkernel_impl.h"

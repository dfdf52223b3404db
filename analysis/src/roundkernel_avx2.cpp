// SPDX-License-Identifier: GPL-3.0-or-later
// The round kernel for AVX2 with FMA (-mavx2 -mfma): four doubles per vector, 16 registers (3 x 3
// tiles: 9 accumulators, 3 w·x, x and w); only called after __builtin_cpu_supports said yes.
#define FAIRSTART_KERNEL_NS avx2
#define FAIRSTART_KERNEL_NAME "avx2"
#define FAIRSTART_KERNEL_LANES 4
#define FAIRSTART_KERNEL_TILE_A 3
#define FAIRSTART_KERNEL_TILE_B 3
#define FAIRSTART_KERNEL_VARIANT avx2Variant
#include "roundkernel_impl.h"

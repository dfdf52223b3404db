// SPDX-License-Identifier: GPL-3.0-or-later
// The round kernel for AVX-512 (-mavx512f -mavx2 -mfma): eight doubles per vector, 32 registers (4
// x 4 tiles); only called after __builtin_cpu_supports said yes.
#define FAIRSTART_KERNEL_NS avx512
#define FAIRSTART_KERNEL_NAME "avx512"
#define FAIRSTART_KERNEL_LANES 8
#define FAIRSTART_KERNEL_TILE_A 4
#define FAIRSTART_KERNEL_TILE_B 4
#define FAIRSTART_KERNEL_VARIANT avx512Variant
#include "roundkernel_impl.h"

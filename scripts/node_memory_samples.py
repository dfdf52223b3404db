#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Samples /proc/PID/status of every `fairstart-node serve` process on this machine until OUT.stop
# exists: one line per node and sample, "unix-time pid VmRSS RssAnon RssFile VmHWM Threads" (kB).
# Set against a node's serve log (bench_cli_fit with BENCH_LOG_DIR keeps them; a line's stamp is
# the request's end, its last field the duration) it shows which request a peak belongs to
# (docs/performance.md, "Node memory, attributed").
#   scripts/node_memory_samples.py OUT [PERIOD_S=0.01] &  ...run the benchmark...;  touch OUT.stop
import os
import sys
import time

FIELDS = ('VmRSS', 'RssAnon', 'RssFile', 'VmHWM', 'Threads')


def serving_nodes():
    for pid in os.listdir('/proc'):
        if not pid.isdigit():
            continue
        try:
            with open(f'/proc/{pid}/cmdline', 'rb') as f:
                argv = f.read().split(b'\0')
        except OSError:
            continue
        if len(argv) > 1 and argv[0].endswith(b'fairstart-node') and argv[1] == b'serve':
            yield pid


def main():
    out_path = sys.argv[1]
    period = float(sys.argv[2]) if len(sys.argv) > 2 else 0.01
    with open(out_path, 'w') as out:
        while not os.path.exists(out_path + '.stop'):
            now = time.time()
            for pid in serving_nodes():
                try:
                    with open(f'/proc/{pid}/status') as f:
                        status = f.read()
                except OSError:
                    continue  # ended meanwhile
                values = {}
                for line in status.splitlines():
                    key, _, value = line.partition(':')
                    if key in FIELDS:
                        values[key] = value.split()[0]
                out.write(f'{now:.3f} {pid} ' + ' '.join(values.get(k, '-') for k in FIELDS) + '\n')
            out.flush()
            time.sleep(period)


if __name__ == '__main__':
    main()

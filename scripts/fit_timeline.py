#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Splits the nodes' serve logs of a `bench_cli_fit` run (BENCH_LOG_DIR) into its CLI fits and
# prints, per fit, where the wall time went: the CLI's start before its first request, the
# requests before the first job (info, catalogue), the GLM study (job, signatures, rounds), what
# follows the pooled fit (per-site fits, evaluation, calibration studies), the closing DELETEs and
# the CLI's end after the last answer; and the requests per node by kind.
#   scripts/fit_timeline.py LOG_DIR [TAG=endtoend]
import collections, datetime, glob, re, sys

def ts(text):
    return datetime.datetime.fromisoformat(text.replace('Z', '+00:00'))

def kind(method, path):
    if path == '/v1/info': return 'info'
    if path.startswith('/v1/catalogue'): return 'catalogue'
    if path == '/v1/descriptives': return 'descriptives'
    if path == '/v1/evaluations': return 'evaluation'
    if method == 'POST' and path == '/v1/jobs': return 'job'
    if method == 'DELETE': return 'delete'
    m = re.match(r'/v1/jobs/([^/]+)/(\w[\w-]*)', path)
    if m: return m.group(2)
    return path

def main():
    folder = sys.argv[1]
    tag = sys.argv[2] if len(sys.argv) > 2 else 'endtoend'
    runs = []
    for line in open(f'{folder}/{tag}-runs.txt'):
        k, a, b = line.split()
        runs.append((k, ts(a), ts(b)))
    requests = []  # (site, start, end, method, path, status)
    for log in sorted(glob.glob(f'{folder}/{tag}-site*.log')):
        site = re.search(r'site(\d+)', log).group(1)
        for line in open(log, errors='replace'):
            w = line.split()
            if len(w) < 6 or not w[1].isupper() or not w[-1].endswith('ms'):
                continue
            end = ts(w[0])
            ms = float(w[-1][:-2])
            requests.append((site, end - datetime.timedelta(milliseconds=ms), end, w[1], w[2], w[3]))
    for k, a, b in runs:
        mine = sorted((r for r in requests if a <= r[1] <= b), key=lambda r: r[1])
        if not mine:
            continue
        total = (b - a).total_seconds() * 1000
        ms = lambda x, y: (y - x).total_seconds() * 1000
        first_job = next((r for r in mine if kind(r[3], r[4]) == 'job'), None)
        jobs = [r for r in mine if kind(r[3], r[4]) in ('signatures', 'rounds', 'site-fit')]
        glm_id = jobs[0][4].split('/')[3] if jobs else None
        glm = [r for r in mine if glm_id and f'/{glm_id}/' in r[4] and kind(r[3], r[4]) in ('signatures', 'rounds')]
        glm_end = max(r[2] for r in glm) if glm else a
        work = [r for r in mine if kind(r[3], r[4]) != 'delete']
        last_work = max(r[2] for r in work)
        last = max(r[2] for r in mine)
        print(f'{k} fit {total:.0f} ms: CLI start {ms(a, mine[0][1]):.0f}, before the study '
              f'{ms(mine[0][1], first_job[1]) if first_job else 0:.0f}, GLM study '
              f'{ms(first_job[1], glm_end) if first_job else 0:.0f} '
              f'({sum(1 for r in glm if kind(r[3], r[4]) == "rounds") // max(1, len(set(r[0] for r in glm)))} rounds), '
              f'after the fit {ms(glm_end, last_work):.0f}, DELETEs {ms(last_work, last):.0f}, '
              f'CLI end {ms(last, b):.0f}')
        per = collections.Counter()
        busy = collections.defaultdict(float)
        for r in mine:
            per[(r[0], kind(r[3], r[4]))] += 1
            busy[(r[0], kind(r[3], r[4]))] += ms(r[1], r[2])
        sites = sorted(set(r[0] for r in mine))
        kinds = sorted(set(x[1] for x in per))
        print('   requests per node: ' + ', '.join(f'{kk} {per[(sites[0], kk)]}' for kk in kinds)
              + f' = {sum(per[(sites[0], kk)] for kk in kinds)}')
        print('   node time by kind (ms, summed over nodes): '
              + ', '.join(f'{kk} {sum(busy[(s, kk)] for s in sites):.0f}' for kk in kinds))
        if '-v' in sys.argv:
            for r in mine:
                print(f'     site{r[0]} {ms(a, r[1]):7.1f} {ms(r[1], r[2]):7.1f} {r[3]} {r[4]} {r[5]}')

main()

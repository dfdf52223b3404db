#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# `make demo` without a display (issue 17): quiet, and it ends by saying what to do next.
#   demo_output_test.sh SOURCE_DIR BUILD_DIR
# The Makefile's demo target runs as a user runs it (`make demo`, in the source folder), with
# `deps` taken as done (-o deps: it would install packages) and a stand-in `cmake` first on PATH
# that prints 500 compiler lines, as a build does, and then succeeds or fails. The demo's
# programs are this build's real fairstart-node and fairstart-cli (BUILD_DIR/app), so the demo
# federation really runs: three nodes, a masked fit, a leave-one-site-out validation.
set -u
SRC=${1:?source dir}
BUILD=${2:?build dir}
fail() { echo "FAIL: $*"; exit 1; }

for program in "$BUILD/app/node/fairstart-node" "$BUILD/app/cli/fairstart-cli"; do
    [ -x "$program" ] || fail "$program is not built (build fairstart-node and fairstart-cli)"
done
command -v make >/dev/null || fail "make is not installed"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/build" "$tmp/bin"
touch "$tmp/build/CMakeCache.txt" # configured: the Makefile does not run cmake -S
ln -s "$BUILD/app" "$tmp/build/app"
cat >"$tmp/bin/cmake" <<'FAKE'
#!/bin/sh
i=1
while [ $i -le 500 ]; do
    echo "[ $((i / 5))%] Building CXX object noise/CMakeFiles/noise.dir/file$i.cpp.o"
    i=$((i + 1))
done
[ -n "${FAKE_CMAKE_FAILS:-}" ] && { echo "noise.cpp:1:1: error: the build broke here"; exit 2; }
exit 0
FAKE
chmod +x "$tmp/bin/cmake"

run_demo() {
    (cd "$SRC" && env -u DISPLAY -u WAYLAND_DISPLAY -u CI -u FAIRSTART_DEMO_SERVE \
        PATH="$tmp/bin:$PATH" "$@" make --no-print-directory -o deps demo \
        BUILD="$tmp/build" JOBS=1)
}

# 1. The build fails: its last lines and where the log is, nothing else of it.
out=$(run_demo FAKE_CMAKE_FAILS=1 2>&1)
status=$?
[ $status -ne 0 ] || fail "make demo succeeded although the build failed"
echo "$out" | grep -q "the build broke here" || fail "the build's error is not shown: $out"
echo "$out" | grep -q "make demo: the build failed (see $tmp/build/demo-build.log)" ||
    fail "no sentence saying the build failed and where its log is: $out"
noise=$(echo "$out" | grep -c "Building CXX object")
[ "$noise" -le 40 ] || fail "$noise compiler lines shown for a failed build (at most 40)"

# 2. The build succeeds: the demo runs; its output is short and ends with what to do next.
out=$(run_demo 2>&1)
status=$?
printf '%s\n' "$out" >"$tmp/out.txt"
[ $status -eq 0 ] || { cat "$tmp/out.txt"; fail "make demo exited with $status"; }
noise=$(grep -c "Building CXX object" "$tmp/out.txt")
[ "$noise" -eq 0 ] || fail "$noise compiler lines in the output of make demo"
grep -q "Building CXX object" "$tmp/build/demo-build.log" || fail "the build log is empty"
lines=$(wc -l <"$tmp/out.txt")
[ "$lines" -le 80 ] || { cat "$tmp/out.txt"; fail "make demo printed $lines lines (at most 80)"; }
for expected in "== building Fairstart in $tmp/build (log: $tmp/build/demo-build.log)" \
    "Every site signed this result." \
    "No display, so the workbench was not opened; the three nodes stop now." \
    "FAIRSTART_DEMO_SERVE=1 scripts/demo $tmp/build" \
    "The results of this run: $tmp/build/demo/fit.txt, $tmp/build/demo/validate.txt"; do
    grep -qF -- "$expected" "$tmp/out.txt" ||
        { cat "$tmp/out.txt"; fail "the output does not say: $expected"; }
done
# What to do next is the end of the output, not lost above the nodes' logs.
tail -n 6 "$tmp/out.txt" | grep -qF "FAIRSTART_DEMO_SERVE=1 scripts/demo" ||
    { cat "$tmp/out.txt"; fail "the output does not end with what to do next"; }
[ -s "$tmp/build/demo/fit.txt" ] || fail "the demo wrote no fit.txt"
echo "make demo: $lines lines, no compiler output, ends with what to do next"

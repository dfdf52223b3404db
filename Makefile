# SPDX-License-Identifier: GPL-3.0-or-later
# The front door. `make demo` and `make test` do all the set-up on a fresh Debian 12 machine.
BUILD ?= build
ASAN_BUILD ?= build-asan
BENCH_BUILD ?= build-bench
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?=
CTEST_FLAGS ?=

.PHONY: all deps build demo test test-locale test-asan bench package format format-check clean

all: build

deps:
	@scripts/install-deps

$(BUILD)/CMakeCache.txt:
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo $(CMAKE_FLAGS)

build: deps $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) --parallel $(JOBS)

# The demo builds quietly (the compiler's ~500 lines go to a log; its end is shown on failure).
demo: deps $(BUILD)/CMakeCache.txt
	@echo "== building Fairstart in $(BUILD) (log: $(BUILD)/demo-build.log)"
	@cmake --build $(BUILD) --parallel $(JOBS) >$(BUILD)/demo-build.log 2>&1 \
	    || { tail -n 40 $(BUILD)/demo-build.log; echo "make demo: the build failed (see $(BUILD)/demo-build.log)"; exit 1; }
	@scripts/demo $(BUILD)

# The `locale` label repeats each unit and integration test under de_DE or nl_NL: its own target.
test: build
	cd $(BUILD) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel $(JOBS) \
	    --label-exclude locale $(CTEST_FLAGS)

test-locale: build
	cd $(BUILD) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel $(JOBS) \
	    --label-regex locale $(CTEST_FLAGS)

test-asan: deps
	cmake -S . -B $(ASAN_BUILD) -DCMAKE_BUILD_TYPE=Debug -DFAIRSTART_SANITIZE=ON \
	    -DFAIRSTART_BUILD_BENCH=OFF $(CMAKE_FLAGS)
	cmake --build $(ASAN_BUILD) --parallel $(JOBS)
	cd $(ASAN_BUILD) && QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=detect_leaks=0 \
	    UBSAN_OPTIONS=print_stacktrace=1 ctest --output-on-failure --parallel $(JOBS) \
	    --label-exclude 'package|locale' $(CTEST_FLAGS)

# Benchmarks get their own optimised build folder, so that `make test` does not compile them.
bench: deps
	@scripts/install-deps --bench
	cmake -S . -B $(BENCH_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFAIRSTART_BUILD_BENCH=ON \
	    -DFAIRSTART_BUILD_TESTS=OFF $(CMAKE_FLAGS)
	cmake --build $(BENCH_BUILD) --parallel $(JOBS)
	@scripts/bench $(BENCH_BUILD)

package: build
	@scripts/install-deps --package
	cd $(BUILD) && cpack

format:
	git ls-files '*.cpp' '*.h' | xargs clang-format -i

format-check:
	git ls-files '*.cpp' '*.h' | xargs clang-format --dry-run --Werror

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) $(BENCH_BUILD)

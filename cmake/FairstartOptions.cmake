# SPDX-License-Identifier: GPL-3.0-or-later
# Build options and the one interface target every Fairstart target links privately. Nothing here
# touches global flags: warnings, standard and sanitizers travel with fairstart_build_options.
option(FAIRSTART_BUILD_TESTS "Build the test suite" ON)
option(FAIRSTART_BUILD_BENCH "Build the benchmarks (make bench turns it on in its own build folder)" OFF)
option(FAIRSTART_WERROR "Treat compiler warnings as errors (on in CI)" OFF)
option(FAIRSTART_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
# The test programs are most of the build (~190 of ~350 translation units, each parsing ~170,000
# lines of the standard library, Qt and Eigen). CI builds and runs everything on two cores within
# 90 minutes, so by default they carry no debug information and share one precompiled header
# (tests/testpch.h): together about half of their compile time. The product's libraries and
# programs keep the build type's flags. Turn debug information on to step through a test in gdb.
option(FAIRSTART_TEST_DEBUG_INFO "Compile the test programs with debug information" OFF)
option(FAIRSTART_TEST_PCH "Test programs share one precompiled header (standard library, QtCore, Eigen)" ON)

if(NOT CMAKE_BUILD_TYPE AND NOT CMAKE_CONFIGURATION_TYPES)
    set(CMAKE_BUILD_TYPE RelWithDebInfo CACHE STRING "Build type" FORCE)
endif()

add_library(fairstart_build_options INTERFACE)
add_library(Fairstart::BuildOptions ALIAS fairstart_build_options)
target_compile_features(fairstart_build_options INTERFACE cxx_std_20)
target_compile_options(fairstart_build_options INTERFACE
    -Wall -Wextra -Wpedantic
    $<$<BOOL:${FAIRSTART_WERROR}>:-Werror>)
# The debug information stays in one .dwo file beside each object file instead of being copied into
# every executable that links it, and what an executable keeps (line tables, addresses) is compressed:
# the ~45 test programs each carried ~130 MB of it, now ~15 MB (a 7.8 GB build folder filled CI's
# disk). gdb reads the .dwo files from the build folder; installed binaries are stripped anyway.
option(FAIRSTART_SPLIT_DWARF "Keep debug information in .dwo files beside the object files" ON)
if(FAIRSTART_SPLIT_DWARF AND NOT FAIRSTART_SANITIZE)
    target_compile_options(fairstart_build_options INTERFACE
        $<$<CONFIG:Debug,RelWithDebInfo>:-gsplit-dwarf>)
    target_link_options(fairstart_build_options INTERFACE
        $<$<CONFIG:Debug,RelWithDebInfo>:LINKER:--compress-debug-sections=zlib>)
endif()
target_compile_definitions(fairstart_build_options INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER QT_NO_KEYWORDS
    FAIRSTART_VERSION="${PROJECT_VERSION}")
if(FAIRSTART_SANITIZE)
    target_compile_options(fairstart_build_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(fairstart_build_options INTERFACE -fsanitize=address,undefined)
endif()

# Hardening as every Debian package gets it from dpkg-buildflags (hardening=+all on amd64): fortified
# libc calls, stack canaries, stack-clash probes, control-flow protection (CET), position-independent
# executables and a read-only, eagerly bound relocation table (full RELRO, BIND_NOW). A site installs
# fairstart-node beside its records; the node parses what untrusted clients send. Every target of
# ours links fairstart_build_options, so every program, library, test and benchmark carries it, and
# tests/package/tst_hardening checks the built programs. Performance: docs/performance.md.
option(FAIRSTART_HARDENING "Build with Debian's hardening flags (fortify, stack protector, CET, PIE, full RELRO)" ON)
if(FAIRSTART_HARDENING AND CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang" AND NOT WIN32 AND NOT APPLE)
    # PIE whatever the compiler's default: -fPIE/-fPIC on every object, -pie on every program.
    set(CMAKE_POSITION_INDEPENDENT_CODE ON)
    include(CheckPIESupported)
    check_pie_supported(LANGUAGES CXX)
    include(CheckCXXCompilerFlag)
    set(hardening_flags -fstack-protector-strong -Wformat -Werror=format-security)
    foreach(flag -fstack-clash-protection -fcf-protection)
        string(MAKE_C_IDENTIFIER "FAIRSTART_HAS${flag}" has_flag)
        check_cxx_compiler_flag(${flag} ${has_flag})
        if(${has_flag})
            list(APPEND hardening_flags ${flag})
        endif()
    endforeach()
    target_compile_options(fairstart_build_options INTERFACE ${hardening_flags})
    # _FORTIFY_SOURCE works only when optimising (glibc warns, and -Werror fails, at -O0): not in
    # Debug builds, not under the sanitizers (which check the same calls themselves), and not in a
    # target that sets FAIRSTART_UNOPTIMISED (the -O0 probe of tests/analysis). Any level the
    # compiler defines by itself is replaced by 2, as in dpkg-buildflags.
    set(fortify_wanted "$<AND:$<NOT:$<CONFIG:Debug>>,$<NOT:$<BOOL:${FAIRSTART_SANITIZE}>>,$<NOT:$<BOOL:$<TARGET_PROPERTY:FAIRSTART_UNOPTIMISED>>>>")
    target_compile_options(fairstart_build_options INTERFACE
        "$<${fortify_wanted}:-U_FORTIFY_SOURCE;-D_FORTIFY_SOURCE=2>")
    target_link_options(fairstart_build_options INTERFACE LINKER:-z,relro LINKER:-z,now)
endif()

# Every library in the product: one folder, one target, one alias.
function(fairstart_add_library target alias)
    # Public headers are part of the target so that AUTOMOC sees their Q_OBJECT classes.
    file(GLOB_RECURSE headers CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/include/*.h)
    add_library(${target} ${ARGN} ${headers})
    add_library(Fairstart::${alias} ALIAS ${target})
    target_include_directories(${target} PUBLIC
        $<BUILD_INTERFACE:${CMAKE_CURRENT_SOURCE_DIR}/include>)
    target_link_libraries(${target} PRIVATE fairstart_build_options)
    set_property(GLOBAL APPEND PROPERTY FAIRSTART_LIBRARIES ${target})
    # For tests/architecture, which resolves the alias spellings in link lists.
    set_property(GLOBAL APPEND PROPERTY FAIRSTART_LIBRARY_ALIASES "Fairstart::${alias}=${target}")
endfunction()

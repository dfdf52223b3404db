#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks that programs carry the hardening of cmake/FairstartOptions.cmake (FAIRSTART_HARDENING),
# read from their ELF headers with readelf, so that it also works on the stripped programs of the
# packages (program headers, dynamic section, dynamic symbols and notes survive `strip`):
#   PIE              ELF type DYN with the PIE flag (-fPIE -pie)
#   RELRO            a GNU_RELRO segment (-z relro)
#   BIND_NOW         BIND_NOW / FLAGS_1 NOW in the dynamic section (-z now): with RELRO, "full RELRO"
#   stack protector  imports __stack_chk_fail (-fstack-protector-strong)
#   fortify          imports at least one checked libc function __*_chk (-D_FORTIFY_SOURCE=2). A
#                    program in which the compiler found no call it could check (fairstart-report:
#                    every buffer's size is unknown at compile time) imports none although it was
#                    built with the flag, so this is required of the programs checked together, not
#                    of each: one option sets the flag for every target (FairstartOptions.cmake);
#                    a program without one is named in a note.
#   CET              on x86-64, the IBT and SHSTK property note (-fcf-protection). The linker keeps
#                    it only when every object linked has it, the C runtime's crt1.o included, and
#                    Debian 12's glibc does not (/usr/bin/dpkg has none either): a program is checked
#                    only where crt1.o has it; the OBJECTs after --objects always are.
#   no exec stack    GNU_STACK is not executable
#   no TEXTREL       no relocations in read-only text
#   no RPATH/RUNPATH no library search path inside the program (CMakeLists.txt: a planted library)
# -fstack-clash-protection leaves no mark in the headers (hardening-check looks for its probes in
# the disassembly); the compile flags carry it with the others.
#
#   harden_elf_check.sh PROGRAM... [--objects OBJECT...]
#
# Exit: 0 every program has every property, 1 a property is missing (the output names which),
# 2 readelf is missing or a program cannot be read.
set -u

if ! command -v readelf >/dev/null; then
    echo "FAIL: readelf is not installed (Debian package binutils; run scripts/install-deps)"
    exit 2
fi
programs=()
objects=()
while [ $# -gt 0 ] && [ "$1" != "--objects" ]; do
    programs+=("$1")
    shift
done
[ $# -gt 0 ] && shift
# CMake's $<TARGET_OBJECTS:...> reaches add_test as one ';'-separated argument per target.
for arg in "$@"; do
    IFS=';' read -ra parts <<<"$arg"
    objects+=("${parts[@]}")
done
if [ ${#programs[@]} -eq 0 ] && [ ${#objects[@]} -eq 0 ]; then
    echo "usage: $0 PROGRAM... [--objects OBJECT...]" >&2
    exit 2
fi

cet_note() { # readelf -n output
    printf '%s\n' "$1" | grep -Eq 'x86 feature:.*IBT.*SHSTK|x86 feature:.*SHSTK.*IBT'
}
crt1=$(${CC:-cc} -print-file-name=crt1.o 2>/dev/null)
if [ -f "$crt1" ] && cet_note "$(LC_ALL=C readelf -nW "$crt1" 2>&1)"; then
    programs_cet=1
else
    programs_cet=0
    echo "note: the C runtime (${crt1:-crt1.o}) has no CET note, so no program linked against it" \
        "can have one: CET is checked on the objects only"
fi

failures=0
fortified=0
unfortified=()
for object in "${objects[@]}"; do
    if ! header=$(LC_ALL=C readelf -hW "$object" 2>&1); then
        echo "FAIL: $object: not an ELF file readelf can read: $header"
        exit 2
    fi
    if printf '%s\n' "$header" | grep -Eq 'Machine:.*X86-64' &&
            ! cet_note "$(LC_ALL=C readelf -nW "$object" 2>&1)"; then
        echo "FAIL: $object lacks CET (no x86 IBT and SHSTK property note: -fcf-protection)"
        failures=$((failures + 1))
    fi
done
[ ${#objects[@]} -gt 0 ] && [ "$failures" -eq 0 ] &&
    echo "ok:   ${#objects[@]} object file(s) carry the CET note (IBT, SHSTK)"

for program in "${programs[@]}"; do
    if ! header=$(LC_ALL=C readelf -hW "$program" 2>&1); then
        echo "FAIL: $program: not an ELF file readelf can read: $header"
        exit 2
    fi
    segments=$(LC_ALL=C readelf -lW "$program" 2>&1)
    dynamic=$(LC_ALL=C readelf -dW "$program" 2>&1)
    symbols=$(LC_ALL=C readelf --dyn-syms -W "$program" 2>&1)
    notes=$(LC_ALL=C readelf -nW "$program" 2>&1)
    name=$(basename "$program")
    missing=()

    if ! printf '%s\n' "$header" | grep -Eq 'Type:[[:space:]]+DYN' ||
            ! printf '%s\n' "$dynamic" | grep -Eq '\(FLAGS_1\).*[[:space:]]PIE'; then
        missing+=("PIE (ELF type DYN with FLAGS_1 PIE)")
    fi
    printf '%s\n' "$segments" | grep -Eq '^[[:space:]]*GNU_RELRO[[:space:]]' ||
        missing+=("RELRO (no GNU_RELRO segment)")
    printf '%s\n' "$dynamic" | grep -Eq '\(BIND_NOW\)|\(FLAGS\).*BIND_NOW|\(FLAGS_1\).*[[:space:]]NOW' ||
        missing+=("BIND_NOW (-z now: the relocations stay writable after start)")
    printf '%s\n' "$symbols" | grep -Eq '[[:space:]]__stack_chk_fail(@|$)' ||
        missing+=("stack protector (no __stack_chk_fail)")
    if printf '%s\n' "$symbols" | grep -Ev '__stack_chk_fail' | grep -Eq '[[:space:]]__[a-z0-9_]+_chk(@|$)'; then
        fortified=$((fortified + 1))
    else
        unfortified+=("$name")
    fi
    if [ "$programs_cet" -eq 1 ] && printf '%s\n' "$header" | grep -Eq 'Machine:.*X86-64'; then
        cet_note "$notes" || missing+=("CET (no x86 IBT and SHSTK property note: -fcf-protection)")
    fi
    printf '%s\n' "$segments" | grep -Eq '^[[:space:]]*GNU_STACK[[:space:]].*RWE' &&
        missing+=("a non-executable stack (GNU_STACK is RWE)")
    printf '%s\n' "$segments" | grep -Eq '^[[:space:]]*GNU_STACK[[:space:]]' ||
        missing+=("a non-executable stack (no GNU_STACK segment)")
    printf '%s\n' "$dynamic" | grep -Eq '\(TEXTREL\)|\(FLAGS\).*TEXTREL' &&
        missing+=("no text relocations (TEXTREL)")
    printf '%s\n' "$dynamic" | grep -Eq '\((RPATH|RUNPATH)\)' &&
        missing+=("no RPATH/RUNPATH ($(printf '%s\n' "$dynamic" | grep -E '\((RPATH|RUNPATH)\)' | head -n 1 | sed 's/^ *//'))")

    if [ ${#missing[@]} -eq 0 ]; then
        echo "ok:   $name: PIE, full RELRO (BIND_NOW), stack protector," \
            "$([ "$programs_cet" -eq 1 ] && echo "CET, ")no exec stack, no TEXTREL, no RUNPATH"
    else
        for m in "${missing[@]}"; do
            echo "FAIL: $name ($program) lacks $m"
        done
        failures=$((failures + 1))
    fi
done

if [ ${#programs[@]} -gt 0 ]; then
    if [ "$fortified" -eq 0 ]; then
        echo "FAIL: no program imports a checked libc function __*_chk: _FORTIFY_SOURCE is off"
        failures=$((failures + 1))
    else
        echo "ok:   fortify: $fortified of ${#programs[@]} program(s) import checked libc functions"
        [ ${#unfortified[@]} -gt 0 ] &&
            echo "note: no call the compiler could check in: ${unfortified[*]} (built with the same flags)"
    fi
fi

if [ "$failures" -gt 0 ]; then
    echo "$failures file(s) lack hardening (cmake/FairstartOptions.cmake, FAIRSTART_HARDENING)"
    exit 1
fi
exit 0

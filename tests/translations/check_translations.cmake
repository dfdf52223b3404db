# SPDX-License-Identifier: GPL-3.0-or-later
cmake_minimum_required(VERSION 3.25)
include(${SOURCES_FILE})
set(problems "")
foreach(language nl de fr en)
    set(ts "${WORK_DIR}/fairstart_${language}.ts")
    file(COPY_FILE "${TS_DIR}/fairstart_${language}.ts" "${ts}")
    set(mode "")
    if(language STREQUAL "en")
        set(mode -pluralonly)
    endif()
    execute_process(
        COMMAND "${LUPDATE}" ${mode} -no-obsolete -locations none ${FAIRSTART_TR_INCLUDES}
            ${FAIRSTART_TR_SOURCES} -ts "${ts}"
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "lupdate failed (${rc}):\n${out}${err}")
    endif()
    file(STRINGS "${ts}" unfinished REGEX "type=\"unfinished\"")
    list(LENGTH unfinished count)
    if(count GREATER 0)
        list(APPEND problems "fairstart_${language}.ts: ${count} string(s) missing or unfinished")
    else()
        message(STATUS "fairstart_${language}.ts complete")
    endif()
endforeach()
if(problems)
    list(JOIN problems "\n  " text)
    message(FATAL_ERROR "Translations incomplete:\n  ${text}\nRun `cmake --build <build> --target "
        "update_translations`, translate the new entries with Qt Linguist and commit "
        "(docs/translating.md).")
endif()

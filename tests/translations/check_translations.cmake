# SPDX-License-Identifier: GPL-3.0-or-later
cmake_minimum_required(VERSION 3.25)
set(ts "${WORK_DIR}/fairstart_nl.ts")
file(COPY_FILE "${SOURCE_ROOT}/translations/fairstart_nl.ts" "${ts}")
set(inc "")
foreach(lib ui workspace federation-client protocol analysis)
    list(APPEND inc -I "${SOURCE_ROOT}/${lib}/include")
endforeach()
execute_process(
    COMMAND "${LUPDATE}" -no-obsolete -locations none ${inc}
        ui/src ui/include workspace/src workspace/include federation-client/src
        federation-client/include app/workbench/main.cpp -ts "${ts}"
    WORKING_DIRECTORY "${SOURCE_ROOT}"
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${rc}):\n${out}${err}")
endif()
file(STRINGS "${ts}" unfinished REGEX "type=\"unfinished\"")
list(LENGTH unfinished count)
if(count GREATER 0)
    message(FATAL_ERROR "${count} workbench string(s) have no finished Dutch translation. Run "
        "`cmake --build build --target fairstart_lupdate`, translate the new entries in "
        "translations/fairstart_nl.ts (Qt Linguist) and commit.\n${out}")
endif()
message(STATUS "Dutch translation complete:\n${out}")

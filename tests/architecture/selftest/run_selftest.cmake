# SPDX-License-Identifier: GPL-3.0-or-later
# Runs check_dependencies.cmake on selftest/graph.cmake: clean it must pass, broken it must fail
# with every rule's message. A checker that cannot fail fails this.
cmake_minimum_required(VERSION 3.25)
function(check broken out_code out_text)
    execute_process(COMMAND ${CMAKE_COMMAND} -DGRAPH=${SELFTEST}/graph.cmake -DBROKEN=${broken}
        -DSOURCE_ROOT=${SELFTEST} -P ${CHECKER}
        RESULT_VARIABLE code OUTPUT_VARIABLE text ERROR_VARIABLE text)
    set(${out_code} ${code} PARENT_SCOPE)
    set(${out_text} "${text}" PARENT_SCOPE)
endfunction()

check(OFF code text)
if(NOT code EQUAL 0)
    message(FATAL_ERROR "The clean fabricated graph was refused:\n${text}")
endif()
check(ON code text)
if(code EQUAL 0)
    message(FATAL_ERROR "The broken fabricated graph passed: the checker cannot fail.\n${text}")
endif()
set(expected
    "analysis links 'Qt6::Core'"
    "fairstart_secure links ui"
    "fairstart-cli links site-node"
    "fairstart_site_node links Qt6::Gui"
    "fairstart-node links Qt6::Gui"
    "federation-client links cli"
    "commandline links 'fairstart_protocol'"
    "fairstart_federation_client: 'client/bad.cpp:QtWidgets/QWidget' is a Qt GUI header"
    "fairstart_federation_client: 'client/bad.cpp:fairstart/node/server.h' includes site-node"
    "client/bad.cpp: 'return strtod")
foreach(e IN LISTS expected)
    string(FIND "${text}" "${e}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "The broken graph was refused, but not for: ${e}\n${text}")
    endif()
endforeach()
message(STATUS "The checker refuses every broken rule and passes the clean graph.")

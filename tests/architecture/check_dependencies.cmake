# SPDX-License-Identifier: GPL-3.0-or-later
# Fails (FATAL_ERROR, non-zero exit) when a dependency rule of docs/architecture.md is broken:
#   1. analysis links and includes nothing but Eigen and the C++ standard library (threads too);
#   2. protocol adds only QtCore;
#   3. only the programs in app/ (and tests, which are not checked here) link ui;
#   4. no client-side target links or includes site-node;
#   5. translations adds only QtCore and includes no other Fairstart library;
#   6. secure adds only QtCore and libsodium to analysis, and includes no other Fairstart library.
cmake_minimum_required(VERSION 3.25)
include(${GRAPH})
set(errors "")

# Libraries a target reaches through its links, by name, including the ALIAS spellings.
function(closure target out)
    set(seen "")
    set(queue ${target})
    while(queue)
        list(POP_FRONT queue t)
        string(REPLACE "Fairstart::Analysis" "fairstart_analysis" t "${t}")
        string(REPLACE "Fairstart::Protocol" "fairstart_protocol" t "${t}")
        string(REPLACE "Fairstart::Secure" "fairstart_secure" t "${t}")
        string(REPLACE "Fairstart::FederationClient" "fairstart_federation_client" t "${t}")
        string(REPLACE "Fairstart::SiteNode" "fairstart_site_node" t "${t}")
        string(REPLACE "Fairstart::Workspace" "fairstart_workspace" t "${t}")
        string(REPLACE "Fairstart::Ui" "fairstart_ui" t "${t}")
        string(REPLACE "Fairstart::Translations" "fairstart_translations" t "${t}")
        if(t IN_LIST seen)
            continue()
        endif()
        list(APPEND seen ${t})
        if(DEFINED LINKS_${t})
            list(APPEND queue ${LINKS_${t}})
        endif()
    endwhile()
    list(REMOVE_ITEM seen ${target})
    set(${out} "${seen}" PARENT_SCOPE)
endfunction()

# Every #include in a target's own files (its sources and the headers in its folder).
function(includes_of target out)
    file(GLOB_RECURSE files "${SRCDIR_${target}}/*.h" "${SRCDIR_${target}}/*.cpp")
    set(result "")
    foreach(f IN LISTS files)
        file(STRINGS "${f}" lines REGEX "^[ \t]*#[ \t]*include")
        foreach(l IN LISTS lines)
            string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*[<\"]([^>\"]+)[>\"].*" "\\1" inc "${l}")
            file(RELATIVE_PATH rel "${SOURCE_ROOT}" "${f}")
            list(APPEND result "${rel}:${inc}")
        endforeach()
    endforeach()
    set(${out} "${result}" PARENT_SCOPE)
endfunction()

# Rule 1: analysis.
closure(fairstart_analysis links)
foreach(l IN LISTS links)
    if(NOT l MATCHES "^(Eigen3::Eigen|Threads::Threads|fairstart_build_options|\\$<.*>)$")
        list(APPEND errors "analysis links '${l}': it may link only Eigen (and the threads of "
            "the C++ standard library)")
    endif()
endforeach()
includes_of(fairstart_analysis incs)
foreach(entry IN LISTS incs)
    string(REGEX REPLACE "^[^:]*:" "" inc "${entry}")
    if(inc MATCHES "^Q" OR inc MATCHES "/" AND NOT inc MATCHES "^(Eigen|unsupported/Eigen|fairstart/analysis)/"
       OR inc MATCHES "\\.h$" AND NOT inc MATCHES "^fairstart/analysis/" AND NOT inc MATCHES "^[a-z_]+\\.h$")
        list(APPEND errors "analysis includes '${entry}': only Eigen and the standard library are allowed")
    endif()
    if(inc MATCHES "^(curl|sqlite|sodium|openssl|httplib)")
        list(APPEND errors "analysis includes '${entry}': only Eigen and the standard library are allowed")
    endif()
endforeach()

# Rule 2: protocol.
closure(fairstart_protocol links)
foreach(l IN LISTS links)
    if(NOT l MATCHES "^(Eigen3::Eigen|Threads::Threads|fairstart_build_options|fairstart_analysis|Qt6::Core|Qt::Core|\\$<.*>)$")
        list(APPEND errors "protocol links '${l}': it may add only QtCore to analysis")
    endif()
endforeach()
includes_of(fairstart_protocol incs)
foreach(entry IN LISTS incs)
    string(REGEX REPLACE "^[^:]*:" "" inc "${entry}")
    if(inc MATCHES "^(QtGui|QtWidgets|QtNetwork|QtSql|curl|sqlite|sodium|openssl|httplib)"
       OR inc MATCHES "^fairstart/(node|client|workspace|ui)/"
       OR inc MATCHES "^Q(Widget|Application|Gui|Painter|Image|Pixmap|Color)")
        list(APPEND errors "protocol includes '${entry}': it may use only QtCore and analysis")
    endif()
endforeach()

# Rule 5: translations is a leaf every program can link.
closure(fairstart_translations links)
foreach(l IN LISTS links)
    if(NOT l MATCHES "^(fairstart_build_options|Qt6::Core|Qt::Core|\\$<.*>)$")
        list(APPEND errors "translations links ${l}: it may use only QtCore")
    endif()
endforeach()
includes_of(fairstart_translations incs)
foreach(entry IN LISTS incs)
    if(entry MATCHES ":fairstart/(analysis|protocol|node|client|workspace|ui)/")
        list(APPEND errors "translations includes '${entry}': it may use only QtCore")
    endif()
endforeach()

# Rule 6: secure.
closure(fairstart_secure links)
foreach(l IN LISTS links)
    if(NOT l MATCHES "^(Eigen3::Eigen|Threads::Threads|fairstart_build_options|fairstart_analysis|Qt6::Core|Qt::Core|PkgConfig::SODIUM|\\$<.*>)$")
        list(APPEND errors "secure links '${l}': it may add only QtCore and libsodium to analysis")
    endif()
endforeach()
includes_of(fairstart_secure incs)
foreach(entry IN LISTS incs)
    string(REGEX REPLACE "^[^:]*:" "" inc "${entry}")
    if(inc MATCHES "^(QtGui|QtWidgets|QtNetwork|QtSql|curl|sqlite|openssl|httplib)"
       OR inc MATCHES "^fairstart/(protocol|node|client|workspace|ui)/"
       OR inc MATCHES "^Q(Widget|Application|Gui|Painter|Image|Pixmap|Color)")
        list(APPEND errors "secure includes '${entry}': it may use only QtCore, libsodium and analysis")
    endif()
endforeach()

# Rules 3 and 4.
set(client_side fairstart_federation_client fairstart_workspace fairstart_ui fairstart fairstart-cli)
foreach(t IN LISTS TARGETS)
    closure(${t} links)
    if(NOT t MATCHES "^(fairstart|fairstart-node|fairstart-cli)$" AND "fairstart_ui" IN_LIST links)
        list(APPEND errors "${t} links ui: only the programs in app/ and the tests may")
    endif()
    if(t IN_LIST client_side)
        if("fairstart_site_node" IN_LIST links)
            list(APPEND errors "${t} links site-node: no client-side target may")
        endif()
        includes_of(${t} incs)
        foreach(entry IN LISTS incs)
            if(entry MATCHES ":fairstart/node/")
                list(APPEND errors "${t}: '${entry}' includes site-node: no client-side target may")
            endif()
        endforeach()
    endif()
endforeach()

if(errors)
    list(JOIN errors "\n  " text)
    message(FATAL_ERROR "Dependency rules broken (see docs/architecture.md):\n  ${text}")
endif()
message(STATUS "Dependency rules hold for: ${TARGETS}")

# SPDX-License-Identifier: GPL-3.0-or-later
# Fails (FATAL_ERROR, non-zero exit) when a dependency rule of docs/architecture.md is broken:
#   1. analysis links and includes nothing but Eigen and the C++ standard library (threads too);
#   2. protocol adds only QtCore (and OpenSSL's libcrypto, for SHA-256 through <openssl/evp.h>);
#   3. only the programs in app/ (and tests, which are not checked here) link ui;
#   4. no client-side target links or includes site-node;
#   5. translations adds only QtCore and includes no other Fairstart library;
#   6. no Qt GUI module (Gui, Widgets, Charts, Svg, PrintSupport, OpenGL) in the closure or the
#      includes of the node, the CLI, site-node and federation-client, nor of any library but ui;
#   7. no locale-dependent number reading or byte classification in any target's files (strtod,
#      atof, std::stod, isspace, tolower, ...): analysis/numbers.h has the locale-free ones.
# The graph lists every library fairstart_add_library made (LIBRARIES) and every program in app/
# (PROGRAMS); rules 3, 4 and 6 apply to each, so a new library is checked without an edit here.
#   8. secure adds only QtCore and libsodium to analysis (and OpenSSL's libcrypto, for ChaCha20
#      through <openssl/evp.h>), and includes no other Fairstart library.
#   9. the CLI's commands and terminal presentation live in cli/: federation-client neither links
#      nor includes it (the transport library knows no terminal).
#  10. commandline (the option tables of both command-line programs) adds only QtCore to analysis
#      and includes no other Fairstart library, so the node and the CLI can share it.
cmake_minimum_required(VERSION 3.25)
include(${GRAPH})
set(errors "")

# A graph without the libraries every build has means the generator broke: fail, not pass.
foreach(required fairstart_analysis fairstart_protocol fairstart_site_node fairstart_federation_client
        fairstart_translations fairstart_ui fairstart_cli fairstart_commandline fairstart-node
        fairstart-cli)
    if(NOT required IN_LIST TARGETS)
        list(APPEND errors "the dependency graph lacks ${required}: the generator in "
            "tests/architecture/CMakeLists.txt no longer sees every target")
    endif()
endforeach()

# Libraries a target reaches through its links, by name, including the ALIAS spellings.
function(closure target out)
    set(seen "")
    set(queue ${target})
    while(queue)
        list(POP_FRONT queue t)
        foreach(pair IN LISTS ALIASES)
            string(REPLACE "=" ";" pair "${pair}")
            list(GET pair 0 alias)
            list(GET pair 1 real)
            if(t STREQUAL alias)
                set(t ${real})
            endif()
        endforeach()
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
    if(NOT l MATCHES "^(Eigen3::Eigen|Threads::Threads|fairstart_build_options|fairstart_analysis|Qt6::Core|Qt::Core|OpenSSL::Crypto|\\$<.*>)$")
        list(APPEND errors "protocol links '${l}': it may add only QtCore (and libcrypto) to analysis")
    endif()
endforeach()
includes_of(fairstart_protocol incs)
foreach(entry IN LISTS incs)
    string(REGEX REPLACE "^[^:]*:" "" inc "${entry}")
    if((inc MATCHES "^(QtGui|QtWidgets|QtNetwork|QtSql|curl|sqlite|sodium|openssl|httplib)"
        AND NOT inc STREQUAL "openssl/evp.h")
       OR inc MATCHES "^fairstart/(node|client|cli|workspace|ui)/"
       OR inc MATCHES "^Q(Widget|Application|Gui|Painter|Image|Pixmap|Color)")
        list(APPEND errors "protocol includes '${entry}': it may use only QtCore, analysis and <openssl/evp.h>")
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
    if(entry MATCHES ":fairstart/(analysis|protocol|node|client|cli|workspace|ui)/")
        list(APPEND errors "translations includes '${entry}': it may use only QtCore")
    endif()
endforeach()

# Rule 8: secure.
closure(fairstart_secure links)
foreach(l IN LISTS links)
    if(NOT l MATCHES "^(Eigen3::Eigen|Threads::Threads|fairstart_build_options|fairstart_analysis|Qt6::Core|Qt::Core|PkgConfig::SODIUM|OpenSSL::Crypto|\\$<.*>)$")
        list(APPEND errors "secure links '${l}': it may add only QtCore, libsodium and libcrypto to analysis")
    endif()
endforeach()
includes_of(fairstart_secure incs)
foreach(entry IN LISTS incs)
    string(REGEX REPLACE "^[^:]*:" "" inc "${entry}")
    if((inc MATCHES "^(QtGui|QtWidgets|QtNetwork|QtSql|curl|sqlite|openssl|httplib)"
        AND NOT inc STREQUAL "openssl/evp.h")
       OR inc MATCHES "^fairstart/(protocol|node|client|cli|workspace|ui)/"
       OR inc MATCHES "^Q(Widget|Application|Gui|Painter|Image|Pixmap|Color)")
        list(APPEND errors "secure includes '${entry}': it may use only QtCore, libsodium, analysis and <openssl/evp.h>")
    endif()
endforeach()

# Rule 10: commandline, shared by the node and the CLI, knows neither.
if(fairstart_commandline IN_LIST TARGETS)
    closure(fairstart_commandline links)
    foreach(l IN LISTS links)
        if(NOT l MATCHES "^(Eigen3::Eigen|Threads::Threads|fairstart_build_options|fairstart_analysis|Fairstart::Analysis|Qt6::Core|Qt::Core|\\$<.*>)$")
            list(APPEND errors "commandline links '${l}': it may add only QtCore to analysis")
        endif()
    endforeach()
    includes_of(fairstart_commandline incs)
    foreach(entry IN LISTS incs)
        string(REGEX REPLACE "^[^:]*:" "" inc "${entry}")
        if(inc MATCHES "^(QtGui|QtWidgets|QtNetwork|QtSql|curl|sqlite|sodium|openssl|httplib)"
           OR inc MATCHES "^fairstart/(protocol|secure|node|client|cli|workspace|ui)/")
            list(APPEND errors "commandline includes '${entry}': it may use only QtCore and analysis")
        endif()
    endforeach()
endif()

# Rule 9: cli sits on top of federation-client, never below it.
closure(fairstart_federation_client links)
if("fairstart_cli" IN_LIST links)
    list(APPEND errors "federation-client links cli: the dependency points from cli to federation-client")
endif()
includes_of(fairstart_federation_client incs)
foreach(entry IN LISTS incs)
    if(entry MATCHES ":fairstart/cli/")
        list(APPEND errors "federation-client includes '${entry}': terminal presentation belongs in cli/")
    endif()
endforeach()

# Rules 3, 4 and 6, for every target.
set(gui_modules "^(Qt6?::(Gui|Widgets|Charts|Svg|SvgWidgets|PrintSupport|OpenGL|OpenGLWidgets))$")
set(gui_includes "^(QtGui|QtWidgets|QtCharts|QtSvg|QtSvgWidgets|QtPrintSupport|QtOpenGL)(/|$)|^Q(Widget|Application|GuiApplication|Painter|Image|Pixmap|Icon|Dialog|MainWindow|ChartView|PrintDialog|Printer)$")
set(gui_free fairstart-node fairstart-cli fairstart_site_node fairstart_federation_client fairstart_cli)
foreach(t IN LISTS TARGETS)
    closure(${t} links)
    if(NOT t IN_LIST PROGRAMS AND NOT t STREQUAL "fairstart_ui" AND "fairstart_ui" IN_LIST links)
        list(APPEND errors "${t} links ui: only the programs in app/ and the tests may")
    endif()
    if(NOT t MATCHES "^(fairstart_site_node|fairstart-node)$")
        if("fairstart_site_node" IN_LIST links)
            list(APPEND errors "${t} links site-node: only the node program may")
        endif()
        includes_of(${t} incs)
        foreach(entry IN LISTS incs)
            if(entry MATCHES ":fairstart/node/")
                list(APPEND errors "${t}: '${entry}' includes site-node: only the node program may")
            endif()
        endforeach()
    endif()
    # Rule 6: the GUI stays in ui and the workbench.
    if(t IN_LIST gui_free OR (t IN_LIST LIBRARIES AND NOT t STREQUAL "fairstart_ui"))
        foreach(l IN LISTS links)
            if(l MATCHES "${gui_modules}")
                list(APPEND errors "${t} links ${l} (through its links): only ui and the "
                    "workbench may use a Qt GUI module")
            endif()
        endforeach()
        includes_of(${t} incs)
        foreach(entry IN LISTS incs)
            string(REGEX REPLACE "^[^:]*:" "" inc "${entry}")
            if(inc MATCHES "${gui_includes}")
                list(APPEND errors "${t}: '${entry}' is a Qt GUI header: only ui and the "
                    "workbench may use one")
            endif()
        endforeach()
    endif()
endforeach()

# Rule 7, for every target's own files.
set(locale_calls "(^|[^A-Za-z0-9_])(strto[dfl]d?|atof|std::sto[dfl]d?|(std)?::(isspace|isalpha|isalnum|isupper|islower|isxdigit|ispunct|tolower|toupper))[ \t]*[\(,)]")
foreach(t IN LISTS TARGETS)
    file(GLOB_RECURSE files "${SRCDIR_${t}}/*.h" "${SRCDIR_${t}}/*.cpp")
    foreach(f IN LISTS files)
        file(STRINGS "${f}" lines REGEX "${locale_calls}")
        foreach(l IN LISTS lines)
            if(l MATCHES "^[ \t]*//")
                continue()
            endif()
            file(RELATIVE_PATH rel "${SOURCE_ROOT}" "${f}")
            string(STRIP "${l}" l)
            list(APPEND errors "${rel}: '${l}' depends on the C locale: use "
                "fairstart/analysis/numbers.h (parseNumber, isAsciiSpace, asciiLower)")
        endforeach()
    endforeach()
endforeach()

if(errors)
    list(JOIN errors "\n  " text)
    message(FATAL_ERROR "Dependency rules broken (see docs/architecture.md):\n  ${text}")
endif()
message(STATUS "Dependency rules hold for: ${TARGETS}")

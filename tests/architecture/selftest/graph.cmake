# SPDX-License-Identifier: GPL-3.0-or-later
# A fabricated build graph in the format tests/architecture/CMakeLists.txt generates. BROKEN
# (set by run_selftest.cmake) breaks one rule per line below; without it the graph is clean.
set(LIBRARIES fairstart_analysis fairstart_protocol fairstart_translations
    fairstart_federation_client fairstart_cli fairstart_site_node fairstart_ui fairstart_secure
    fairstart_commandline)
set(PROGRAMS fairstart fairstart-node fairstart-cli)
set(TARGETS ${LIBRARIES} ${PROGRAMS})
set(ALIASES "Fairstart::Analysis=fairstart_analysis;Fairstart::Protocol=fairstart_protocol;Fairstart::SiteNode=fairstart_site_node;Fairstart::Ui=fairstart_ui;Fairstart::Secure=fairstart_secure;Fairstart::Cli=fairstart_cli;Fairstart::CommandLine=fairstart_commandline")
set(LINKS_fairstart_analysis Eigen3::Eigen fairstart_build_options)
set(LINKS_fairstart_protocol Fairstart::Analysis Qt6::Core)
set(LINKS_fairstart_translations Qt6::Core)
set(LINKS_fairstart_federation_client Fairstart::Protocol Qt6::Core)
set(LINKS_fairstart_site_node Fairstart::Protocol Qt6::Core)
set(LINKS_fairstart_ui fairstart_federation_client Qt6::Widgets)
set(LINKS_fairstart_secure Fairstart::Analysis Qt6::Core)
set(LINKS_fairstart_commandline Fairstart::Analysis Qt6::Core)
set(LINKS_fairstart Fairstart::Ui)
set(LINKS_fairstart-node Fairstart::SiteNode)
list(APPEND LINKS_fairstart_site_node Fairstart::CommandLine)
set(LINKS_fairstart_cli fairstart_federation_client Fairstart::CommandLine Qt6::Core)
set(LINKS_fairstart-cli Fairstart::Cli)
foreach(t IN LISTS TARGETS)
    set(SRCDIR_${t} "${CMAKE_CURRENT_LIST_DIR}/clean")
endforeach()
if(BROKEN)
    # Rule 1: analysis links Qt.
    list(APPEND LINKS_fairstart_analysis Qt6::Core)
    # Rule 3 through a library no rule names: secure links ui (by its alias).
    list(APPEND LINKS_fairstart_secure Fairstart::Ui)
    # Rule 4: the CLI links site-node.
    list(APPEND LINKS_fairstart-cli Fairstart::SiteNode)
    # Rule 6 by a link: site-node links Qt Gui, so the node program does too.
    list(APPEND LINKS_fairstart_site_node Qt6::Gui)
    # Rule 9: federation-client links the cli library above it.
    list(APPEND LINKS_fairstart_federation_client Fairstart::Cli)
    # Rule 10: the shared option tables reach into the protocol library.
    list(APPEND LINKS_fairstart_commandline Fairstart::Protocol)
    # Rules 4, 6 and 7 by the sources: federation-client includes QtWidgets and site-node and
    # calls strtod.
    set(SRCDIR_fairstart_federation_client "${CMAKE_CURRENT_LIST_DIR}/client")
endif()

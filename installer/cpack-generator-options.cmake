# SPDX-License-Identifier: GPL-3.0-or-later
# Read by cpack once per generator (CPACK_PROJECT_CONFIG_FILE).
if(CPACK_GENERATOR STREQUAL "DEB")
    # Each package's synopsis is the first line of its CPACK_DEBIAN_<GROUP>_DESCRIPTION; CPackDeb
    # would otherwise put the one project-wide summary in front of both.
    unset(CPACK_PACKAGE_DESCRIPTION_SUMMARY)
endif()
if(CPACK_GENERATOR STREQUAL "TGZ")
    # The archives are laid out from / (usr/bin/..., etc/fairstart-node/...), like the packages.
    set(CPACK_PACKAGING_INSTALL_PREFIX "/")
endif()

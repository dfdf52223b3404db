# SPDX-License-Identifier: GPL-3.0-or-later
# All third-party dependencies, each from a Debian 12 package (scripts/install-deps installs them).
# Nothing is vendored and nothing is downloaded at build time.
find_package(Qt6 6.4 REQUIRED COMPONENTS
    Core Gui Widgets Charts Svg PrintSupport Test LinguistTools)
find_package(Eigen3 3.4 REQUIRED NO_MODULE)
find_package(CURL 7.74 REQUIRED)
find_package(OpenSSL 3.0 REQUIRED)
find_package(PkgConfig REQUIRED)
pkg_check_modules(SQLCIPHER REQUIRED IMPORTED_TARGET sqlcipher)
pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)
pkg_check_modules(HTTPLIB REQUIRED IMPORTED_TARGET cpp-httplib)
find_package(Threads REQUIRED)

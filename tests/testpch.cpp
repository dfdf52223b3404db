// SPDX-License-Identifier: GPL-3.0-or-later
// The program that makes the tests' precompiled header (tests/CMakeLists.txt): it has the flags
// every test program has, so the header it precompiles is valid for all of them.
int main()
{
    return 0;
}

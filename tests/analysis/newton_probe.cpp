// SPDX-License-Identifier: GPL-3.0-or-later
// Prints the answers to newtonproblems.h's problems, computed by the coordinator sources compiled
// with this probe's flags (tests/analysis/CMakeLists.txt); tst_newton compares the texts.
// `--golden` prints data/newton_golden.txt instead.
#include "newtonproblems.h"

#include <cstdio>
#include <cstring>

int main(int argc, char **argv)
{
    using namespace fairstart::analysis::testing;
    const std::string text = argc > 1 && std::strcmp(argv[1], "--golden") == 0
        ? goldenText()
        : linearAlgebraProblems(400) + fitProblems(120);
    std::fwrite(text.data(), 1, text.size(), stdout);
    return std::fflush(stdout) == 0 ? 0 : 1;
}

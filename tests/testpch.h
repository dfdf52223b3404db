// SPDX-License-Identifier: GPL-3.0-or-later
// The precompiled header every test program shares (tests/CMakeLists.txt, FAIRSTART_TEST_PCH): the
// standard library, QtCore and Eigen, which each test would otherwise parse again (~150,000 lines).
// Only headers that no test's own macros change belong here; see tests/CMakeLists.txt.
#pragma once

#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <functional>
#include <limits>
#include <map>
#include <memory>
#include <numeric>
#include <optional>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <thread>
#include <unordered_map>
#include <utility>
#include <variant>
#include <vector>

#include <Eigen/Dense>
#include <QtCore/QtCore>

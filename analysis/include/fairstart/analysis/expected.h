// SPDX-License-Identifier: GPL-3.0-or-later
// The one value-or-error type of every library (C++20, no Qt, so the root library can hold it).
// Each library names its own error type and keeps its short name as an alias:
// analysis::Result<T>, protocol::Decoded<T>, workspace::Result<T>, node::NodeResult<T>.
#pragma once

#include <optional>
#include <utility>
#include <variant>

namespace fairstart {

// Either a value or an error. Accessing the wrong alternative is a programming error
// (std::bad_variant_access / std::bad_optional_access), never a silent default. [[nodiscard]]:
// a refusal that nobody looks at is a bug, so the compiler reports every discarded one.
template<typename T, typename E> class [[nodiscard]] Expected {
public:
    using value_type = T;
    using error_type = E;

    Expected(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {
    }
    Expected(E error)
        : m_data(std::in_place_index<1>, std::move(error))
    {
    }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    // By value, so that `for (auto &x : f().value())` does not dangle.
    T value() && { return std::get<0>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const E &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, E> m_data;
};

// Success without a value, or an error: for operations that only can be refused. A yes/no answer
// is a value (an enum that names both cases), never the success flag.
template<typename E> class [[nodiscard]] Expected<void, E> {
public:
    using value_type = void;
    using error_type = E;

    Expected() = default;
    Expected(E error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }

    const E &error() const { return m_error.value(); }

private:
    std::optional<E> m_error;
};

} // namespace fairstart

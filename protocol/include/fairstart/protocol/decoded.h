// SPDX-License-Identifier: GPL-3.0-or-later
// The outcome of decoding untrusted JSON: a value, or the place and reason it was refused.
#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace fairstart::protocol {

// Where a document was wrong ("predictors[2].knots") and why ("must be a whole number from 3 to
// 7"). text() is what a 400 response or a CLI error line shows.
struct DecodeError {
    QString path;
    QString message;

    QString text() const
    {
        return path.isEmpty() ? message : path + QStringLiteral(": ") + message;
    }
};

template<typename T> class [[nodiscard]] Decoded {
public:
    Decoded(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {
    }
    Decoded(DecodeError error)
        : m_data(std::in_place_index<1>, std::move(error))
    {
    }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T *operator->() const { return &value(); }
    const T &operator*() const & { return value(); }
    const DecodeError &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, DecodeError> m_data;
};

} // namespace fairstart::protocol

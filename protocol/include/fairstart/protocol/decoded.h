// SPDX-License-Identifier: GPL-3.0-or-later
// The outcome of decoding untrusted JSON: a value, or the place and reason it was refused.
#pragma once

#include "fairstart/analysis/expected.h"

#include <QString>

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

// A decoded value or the DecodeError (the one Expected).
template<typename T> using Decoded = Expected<T, DecodeError>;

} // namespace fairstart::protocol

// SPDX-License-Identifier: GPL-3.0-or-later
// Typed errors and the engine's value-or-error type: the engine never throws on bad input.
#pragma once

#include "fairstart/analysis/expected.h"

#include <string>
#include <utility>
#include <vector>

namespace fairstart::analysis {

enum class ErrorCode {
    InvalidArgument, // a caller passed something inconsistent (sizes, NaN in β, bad option)
    ParseError, // a formula could not be read
    InvalidSpec, // the model specification is incomplete or contradictory
    UnknownVariable, // a variable is not in the data table
    WrongColumnType, // e.g. log() of a text column, a numeric filter on a text column
    UnknownLevel, // a level in the data is not in the resolved level list
    MissingResolution, // levels, scaling or knots the design needs were not resolved
    EmptyCohort, // no record is left after consent, filters and missing values
    NonFinite, // NaN or infinity in data, β or the statistics
    InvalidValue, // a value outside a transform's domain (log of 0, a negative count)
    NotBinary, // binomial outcome that is not 0/1
    ConstantColumn, // a predictor without variation
    TooManyKnots, // spline knots not distinct or more knots than distinct values
    RankDeficient, // the design (or XᵀWX) is singular; terms names the aliased terms
    Separation, // perfect or quasi-perfect separation; terms names the terms
    NotConverged, // the Newton iteration did not converge within the allowed rounds
    InvalidState, // a state machine was used out of order
};

// What went wrong, in words a person understands (what happened and what to do), plus the model
// terms involved when there are any.
struct Error {
    ErrorCode code = ErrorCode::InvalidArgument;
    std::string message;
    std::vector<std::string> terms;
};

// A stable identifier of an error code, e.g. "rank-deficient", for logs and protocol messages.
const char *errorCodeId(ErrorCode code);

// Either a value or an Error (the one Expected; Result<void> for operations without a value).
template<typename T> using Result = Expected<T, Error>;

inline Error makeError(ErrorCode code, std::string message, std::vector<std::string> terms = {})
{
    return Error { code, std::move(message), std::move(terms) };
}

} // namespace fairstart::analysis

// SPDX-License-Identifier: GPL-3.0-or-later
// A node's answer with an HTTP error status, read into a SiteError: by the transport for an
// answer alone, by federatedrun.cpp for a part of a request batch (the same reading for both).
#pragma once

#include "fairstart/client/transport.h"

#include <QByteArray>

namespace fairstart::client {

// Sets e's kind, code, message, detail and params from the node's error body
// {"error": {code, message, detail, rule, params}} (kind Refused when "rule" is true, else
// Http), or, when the body holds no readable error, code "http-STATUS" and a message saying so.
// e's site and httpStatus are the caller's.
void readHttpError(int status, const QByteArray &body, SiteError &e);

} // namespace fairstart::client

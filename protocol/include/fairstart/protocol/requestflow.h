// SPDX-License-Identifier: GPL-3.0-or-later
// Fewer requests per fit (issue 16, branch sites8; docs/protocol.md, "Jobs that end with their
// study" and "The catalogue with the info"): the body of POST /v1/jobs/{id}/site-fit, and the
// catalogue an info answer carries when it was asked for. Apart from messages.h and study.h so
// that the types every target includes stay as they are.
#pragma once

#include "fairstart/protocol/codec.h"
#include "fairstart/protocol/messages.h"

#include <QJsonObject>

#include <optional>

namespace fairstart::protocol {

// POST /v1/jobs/{id}/site-fit's body: `{}`, or at a node that lists the capability
// "site-fit-ends-job" `{"end_job": true}`: the node ends the model study's job with this answer
// (whatever the answer, once it found the caller's job), as a DELETE /v1/jobs/{id} right after
// it would. Written only when true, so the body is `{}` otherwise (what every client sent).
struct SiteFitRequest {
    bool endJob = false;
};

QJsonObject toJson(const SiteFitRequest &request);
template<> Decoded<SiteFitRequest> fromJson(const QJsonObject &object);

// GET /v1/info?purpose=P&with=catalogue[&dataset=D] (capability "info-catalogue"): the answer is
// the NodeInfo with one more key, "catalogue", exactly what GET /v1/catalogue?purpose=P
// [&dataset=D] answers. The catalogue of an info answer: nullopt when it carries none (not
// asked, an older node that ignores the query key, an unknown dataset), an error when it carries
// one that does not decode. fromJson<NodeInfo> accepts (and checks) the key and keeps nothing.
Decoded<std::optional<Catalogue>> infoCatalogue(const QJsonObject &info);

} // namespace fairstart::protocol

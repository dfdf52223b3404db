// SPDX-License-Identifier: GPL-3.0-or-later
// The node API (protocol version 2, paths under /v1) as requests for the transport and typed
// answers, through the protocol codecs.
#pragma once

#include "fairstart/client/siteerror.h"
#include "fairstart/client/transport.h"

#include "fairstart/protocol/codec.h"
#include "fairstart/protocol/messages.h"
#include "fairstart/protocol/sitecheck.h"
#include "fairstart/protocol/study.h"

#include <optional>

namespace fairstart::client::api {

Request health();
// The purpose is optional for info (a client asks before choosing one); checked when given.
Request info(const QString &purpose = {});
Request catalogue(const QString &purpose, const QString &dataset = {});
// Info with the catalogue of `purpose` (and `dataset`, when given) in the same answer,
// GET /v1/info?purpose=P&with=catalogue[&dataset=D] (issue 16, branch sites8); an older node
// ignores `with` and answers the info alone (protocol::infoCatalogue then finds none).
Request infoWithCatalogue(const QString &purpose, const QString &dataset = {});
Request descriptives(const protocol::DescriptivesRequest &request);
// A study's job at one node: POST /v1/jobs {"manifest": ...}.
Request openJob(const protocol::StudyJobRequest &request);
// "Check at sites": the same manifest as a dry run, POST /v1/checks.
Request checkStudy(const protocol::SiteCheckRequest &request);
Request relaySignatures(const QString &jobId, const protocol::SignatureRelay &relay);
Request round(const QString &jobId, const protocol::RoundRelay &relay);
// A relay goes to every node of a study with the same bytes: encode it once (encodeBody) and
// build each node's request around that body (implicitly shared, not copied). At 100 sites a
// round's relay is about 0.5 MB; encoding it once per node was 100 encodings per round.
QByteArray encodeBody(const protocol::SignatureRelay &relay);
QByteArray encodeBody(const protocol::RoundRelay &relay);
Request relaySignatures(const QString &jobId, const QByteArray &encodedRelay);
Request round(const QString &jobId, const QByteArray &encodedRelay);
// endJob: {"end_job": true}, only to a node with the capability "site-fit-ends-job": the node
// ends the job with its answer, instead of a DELETE after it (issue 16, branch sites8).
Request siteFit(const QString &jobId, bool endJob = false);
Request jobStatus(const QString &jobId);
Request cancelJob(const QString &jobId);
Request evaluation(const protocol::StudyEvaluationRequest &request);

// A Protocol error: the answer of `site` could not be read (`what` names where and why).
SiteError protocolError(const QString &site, const QString &what);

// Decodes a successful answer strictly; a body that does not decode is a Protocol error naming the
// site and the path of the first problem.
template<typename T>
std::optional<T> decode(const QString &site, const QByteArray &body, SiteError *error)
{
    const protocol::Decoded<QJsonObject> object = protocol::parseObject(body, 64 << 20);
    if (!object.ok()) {
        if (error)
            *error = protocolError(site, object.error().text());
        return std::nullopt;
    }
    protocol::Decoded<T> value = protocol::fromJson<T>(*object);
    if (!value.ok()) {
        if (error)
            *error = protocolError(site, value.error().text());
        return std::nullopt;
    }
    return std::move(value).value();
}

} // namespace fairstart::client::api

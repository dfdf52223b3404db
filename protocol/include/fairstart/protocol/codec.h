// SPDX-License-Identifier: GPL-3.0-or-later
// JSON codecs of every protocol type, the canonical form of a design and its hash. Decoding is
// strict: unknown fields, wrong types and non-finite numbers are refused with the path named.
#pragma once

#include "fairstart/protocol/decoded.h"
#include "fairstart/protocol/messages.h"
#include "fairstart/protocol/report.h"
#include "fairstart/protocol/study.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonDocument>
#include <QJsonObject>

namespace fairstart::protocol {

// A request or response body: one JSON object, at most maxBytes. Anything else is refused.
Decoded<QJsonObject> parseObject(const QByteArray &body, qint64 maxBytes = 1 << 20);

// The canonical form that is hashed and signed: RFC 8785 (JSON Canonicalization Scheme) — keys
// sorted by UTF-16 code units, no whitespace, ECMAScript number format (shortest round-trip
// digits), minimal escaping, UTF-8. See docs/protocol.md, "The canonical form that is signed".
QByteArray canonicalJson(const QJsonObject &object);
// "sha256:" + hex SHA-256 of the bytes.
QString sha256Hex(const QByteArray &bytes);
// The SHA-256 of the bytes (32 bytes): OpenSSL's (SHA-NI where the CPU has it, ~12x Qt's own).
QByteArray sha256(QByteArrayView bytes);

// QJsonDocument(object).toJson(format), byte for byte, in a fraction of its time (one buffer,
// sizeHint bytes reserved); tst_jsontext_concurrent2 compares the two.
QByteArray jsonText(const QJsonObject &object,
                    QJsonDocument::JsonFormat format = QJsonDocument::Compact,
                    qsizetype sizeHint = 0);

// The design's hash: sha256Hex(canonicalJson(toJson(design))).
QString designHash(const analysis::ResolvedDesign &design);

// ---- encoders --------------------------------------------------------------------------------
QJsonObject toJson(const analysis::ModelSpec &spec);
QJsonObject toJson(const analysis::ResolvedDesign &design);
QJsonObject toJson(const ApiError &error); // {"error": {...}}
QJsonObject toJson(const NodeInfo &info);
QJsonObject toJson(const PolicySummary &policy);
QJsonObject toJson(const Catalogue &catalogue);
QJsonObject toJson(const DescriptivesRequest &request);
QJsonObject toJson(const DescriptivesResponse &response);
QJsonObject toJson(const JobCreated &created);
QJsonObject toJson(const JobStatus &status);
QJsonObject toJson(const EvaluationResponse &response);
QJsonObject toJson(const analysis::CohortCounts &counts);
QJsonObject toJson(const analysis::GlmResult &result);
QJsonObject toJson(const analysis::PerformanceMetrics &metrics);
QJsonObject toJson(const FitReport &report);
// version 2: studies (study.h)
QJsonObject toJson(const StudyParticipant &participant);
QJsonObject toJson(const StudyManifest &manifest);
QJsonObject toJson(const Contribution &contribution);
QJsonObject toJson(const SignedContribution &contribution);
QJsonObject toJson(const StudyJobRequest &request);
QJsonObject toJson(const SignatureRelay &relay);
QJsonObject toJson(const StudyArmed &armed);
QJsonObject toJson(const RoundRelay &relay);
QJsonObject toJson(const SiteFitResponse &response);
QJsonObject toJson(const StudyEvaluationRequest &request);
QJsonObject toJson(const StudyRecord &record);
QJsonObject toJson(const SubgroupReport &report);

// ---- decoders: fromJson<T>(object) -----------------------------------------------------------
template<typename T> Decoded<T> fromJson(const QJsonObject &object);

template<> Decoded<analysis::ModelSpec> fromJson(const QJsonObject &object);
template<> Decoded<analysis::ResolvedDesign> fromJson(const QJsonObject &object);
template<> Decoded<ApiError> fromJson(const QJsonObject &object);
template<> Decoded<NodeInfo> fromJson(const QJsonObject &object);
template<> Decoded<PolicySummary> fromJson(const QJsonObject &object);
template<> Decoded<Catalogue> fromJson(const QJsonObject &object);
template<> Decoded<DescriptivesRequest> fromJson(const QJsonObject &object);
template<> Decoded<DescriptivesResponse> fromJson(const QJsonObject &object);
template<> Decoded<JobCreated> fromJson(const QJsonObject &object);
template<> Decoded<JobStatus> fromJson(const QJsonObject &object);
template<> Decoded<EvaluationResponse> fromJson(const QJsonObject &object);
template<> Decoded<analysis::CohortCounts> fromJson(const QJsonObject &object);
template<> Decoded<analysis::GlmResult> fromJson(const QJsonObject &object);
template<> Decoded<analysis::PerformanceMetrics> fromJson(const QJsonObject &object);
template<> Decoded<FitReport> fromJson(const QJsonObject &object);
template<> Decoded<StudyParticipant> fromJson(const QJsonObject &object);
template<> Decoded<StudyManifest> fromJson(const QJsonObject &object);
template<> Decoded<Contribution> fromJson(const QJsonObject &object);
template<> Decoded<SignedContribution> fromJson(const QJsonObject &object);
template<> Decoded<StudyJobRequest> fromJson(const QJsonObject &object);
template<> Decoded<SignatureRelay> fromJson(const QJsonObject &object);
template<> Decoded<StudyArmed> fromJson(const QJsonObject &object);
template<> Decoded<RoundRelay> fromJson(const QJsonObject &object);
template<> Decoded<SiteFitResponse> fromJson(const QJsonObject &object);
template<> Decoded<StudyEvaluationRequest> fromJson(const QJsonObject &object);
template<> Decoded<StudyRecord> fromJson(const QJsonObject &object);

} // namespace fairstart::protocol

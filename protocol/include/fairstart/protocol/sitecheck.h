// SPDX-License-Identifier: GPL-3.0-or-later
// POST /v1/checks: "Check at sites", a dry run of opening a study's job. The node runs every check
// it runs when the job is opened (token, purpose, manifest, quota, dataset, design against the
// catalogue, consent, cohort rules, the design's release rules, the participant set) and answers
// whether the job would be opened. It opens no job, signs nothing, records no cohort or
// participant set and releases no number from records: a refusal is the very answer the job
// would get, a pass says only that every rule passed (docs/protocol.md, "Check at sites").
#pragma once

#include "fairstart/protocol/decoded.h"
#include "fairstart/protocol/messages.h"
#include "fairstart/protocol/study.h"

#include <QJsonObject>

namespace fairstart::protocol {

// The body is that of POST /v1/jobs: {"manifest": {...}}, the manifest the study would carry.
struct SiteCheckRequest {
    StudyManifest manifest;
};

// The answer when every rule passed (200). A refusal is an ordinary error answer (ErrorBody):
// its code names the rule, its detail where, its message what to change.
struct SiteCheckPassed {
    QString study; // the studyHash of the manifest checked
    QString designHash;
    // The rules that were checked, all passed: id and threshold only (no value, no count).
    QList<RuleCheck> checks;
};

QJsonObject toJson(const SiteCheckRequest &request);
QJsonObject toJson(const SiteCheckPassed &passed);
template<typename T> Decoded<T> fromJson(const QJsonObject &object);
template<> Decoded<SiteCheckRequest> fromJson(const QJsonObject &object);
template<> Decoded<SiteCheckPassed> fromJson(const QJsonObject &object);

} // namespace fairstart::protocol

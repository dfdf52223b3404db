// SPDX-License-Identifier: GPL-3.0-or-later
// POST /v1/checks: "Check at sites", a dry run of POST /v1/jobs (protocol/sitecheck.h,
// docs/protocol.md "Check at sites").
//
// Thought as an attacker would use it: the dry run must not become an oracle that tells more
// than opening the job would. So it goes through the same steps as createJob, in the same order,
// with the same answers: the token, the purpose, the manifest, the daily job quota (a dry run
// counts as a job: otherwise it would be a free, unlimited way to ask the cohort rules), the
// dataset, the design against the catalogue, consent, the cohort rules and the design's release
// rules (cells, model size, dominance), all through the release gate and audited like any
// request. It then stops: no job, no signature of the manifest and no participant set (its
// cohort is recorded, below). Its pass tells less than an opened job (no cohort size, no counts,
// no terms).
//
// The differencing ledger is asked too, first (DifferencingLedger::checkAndRecordDesign), so that
// every answer is the one the job would get now. Without it a dry run answered the design's
// count rules on a cohort the ledger refuses: events-per-parameter, whose threshold the request
// sets (10 × the parameters), on the cohort of an earlier release less one record told that
// record's outcome, and for a Poisson outcome bounded its count (docs/privacy-rules.md, "The
// fifth independent review"). The dry run's cohort is recorded as an opened job's is: its
// verdict is a release about the cohort (a pass says the events reach 10 × the parameters, a
// refusal that they do not), and two verdicts on cohorts one record apart told that record's
// outcome while neither was recorded (docs/privacy-rules.md, "The twelfth independent review").
// A job of the same design opened afterwards is the same cohort: its check passes.
#include "common_p.h"

#include "fairstart/protocol/sitecheck.h"

namespace fairstart::node {

using namespace api;

namespace {

// The rules that passed, by id and threshold only (a detail could name a level or a site).
void addPassed(const QJsonArray &checks, QList<protocol::RuleCheck> *out)
{
    for (const QJsonValue value : checks) {
        const QJsonObject check = value.toObject();
        if (!check.value(QStringLiteral("passed")).toBool())
            continue;
        protocol::RuleCheck rule;
        rule.ruleId = check.value(QStringLiteral("rule")).toString().left(64);
        rule.threshold = check.value(QStringLiteral("threshold")).toDouble();
        out->append(rule);
    }
}

} // namespace

ApiResponse ApiHandlers::checkStudy(const ApiRequest &request, Audit &audit)
{
    FAIRSTART_AUTHENTICATE(token);
    audit.set("dryRun", true);
    protocol::StudyManifest manifest;
    if (auto refused = decodeStudyManifest<protocol::SiteCheckRequest>(request, audit, &manifest))
        return *refused;
    if (auto refused = checkPurpose(token, manifest.purpose))
        return *refused;
    int index = -1;
    if (auto refused = checkManifest(manifest, audit, &index))
        return *refused;
    if (manifest.kind != protocol::JobKind::Glm) {
        // A calibration study depends on the fitted study's final β at this node; it is checked
        // when it is opened, right after that fit.
        return badRequest(QStringLiteral("check-kind"),
                          Tr::tr("Only model studies (kind glm) can be checked in advance. A "
                                 "calibration study is checked when it is opened."),
                          QStringLiteral("manifest.kind"));
    }
    const QString study = auditStudy(manifest, audit);

    PreparedDesign prepared;
    if (auto refused = prepareDesign(token.user, manifest.dataset, manifest.purpose,
                                     manifest.design, QuotaUse::Job, audit, &prepared))
        return *refused;
    JobTally tally;
    tally.designHash = manifest.designHash;
    tally.kind = manifest.kind;
    tally.resolved = &manifest.design;
    tally.base = prepared.design.get();
    tally.baseOwner = prepared.design;
    tally.job = prepared.design.get(); // model studies only: the job's design is the base
    // The ledger first, as the job's answer would be (createJob asks it when a rule refuses),
    // and the cohort recorded: the dry run's verdict is a release about it.
    const auto ledger = m_ledger->checkAndRecordDesign(
        *prepared.dataset, prepared.design->rows.toVector(), manifest.design,
        designCells(*prepared.dataset, manifest.design), token.user);
    if (auto refused = differencingRefusal(ledger, audit))
        return *refused;
    std::vector<analysis::RuleOutcome> passed;
    if (auto refused = m_gate->jobRules(tally, audit.release, &passed))
        return respond(*refused);
    if (auto refused = checkParticipantSet(manifest, audit, /*record=*/false))
        return *refused;

    protocol::SiteCheckPassed answer;
    answer.study = study;
    answer.designHash = manifest.designHash;
    addPassed(audit.checks, &answer.checks);
    addPassed(audit.release.checks, &answer.checks);
    for (const analysis::RuleOutcome &outcome : passed) {
        const bool listed = std::any_of(
            answer.checks.begin(), answer.checks.end(),
            [&](const protocol::RuleCheck &c) { return c.ruleId == qs(outcome.ruleId); });
        if (!listed)
            answer.checks.append({ qs(outcome.ruleId), true, outcome.threshold, QString() });
    }
    return respond(m_gate->metadata(200, protocol::toJson(answer), "site-check", audit.release));
}

} // namespace fairstart::node

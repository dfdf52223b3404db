// SPDX-License-Identifier: GPL-3.0-or-later
// POST /v1/jobs/{id}/rounds: one round of statistics of a GLM job at the client's β.
#include "common_p.h"

namespace fairstart::node {

using namespace api;

ApiResponse ApiHandlers::round(const ApiRequest &request, const QString &jobId, Audit &audit)
{
    FAIRSTART_AUTHENTICATE(token);
    audit.set("jobId", jobId);
    protocol::RoundRequest req;
    if (auto refused = decodeBody(request, m_policy.maxBodyBytes(), &req))
        return *refused;
    audit.set("round", req.round);
    for (double value : req.beta) {
        if (!std::isfinite(value))
            return badRequest(QStringLiteral("invalid-beta"),
                              Tr::tr("β must hold finite numbers only."), QStringLiteral("beta"));
    }

    const QByteArray betaKey(reinterpret_cast<const char *>(req.beta.data()),
                             qsizetype(req.beta.size() * sizeof(double)));
    RoundTicket ticket = m_jobs.beginRound(jobId, token.user, req.round, betaKey);
    if (ticket.job) {
        audit.set("purpose", ticket.job->purpose);
        audit.set("dataset", ticket.job->dataset);
        audit.set("designHash", ticket.job->designHash);
        // The token must still carry the job's purpose.
        if (auto refused = checkPurpose(token, ticket.job->purpose))
            return *refused;
    }
    switch (ticket.refusal) {
    case RoundRefusal::None:
        break;
    case RoundRefusal::NotFound:
        return errorResponse(404, QStringLiteral("unknown-job"),
                             Tr::tr("There is no such job for you on this node. Open a job "
                                    "first (POST /v1/jobs)."));
    case RoundRefusal::Cancelled:
        return errorResponse(409, QStringLiteral("job-cancelled"),
                             Tr::tr("The job was cancelled. Open a new job."));
    case RoundRefusal::Expired:
        return errorResponse(409, QStringLiteral("job-expired"),
                             Tr::tr("The job expired after being idle. Open a new job."));
    case RoundRefusal::Finished:
    case RoundRefusal::RoundCap: {
        const analysis::RuleOutcome outcome = analysis::checkRounds(req.round, m_disclosure);
        audit.checks.append(policyCheck(kMaxRounds, m_disclosure.maxRounds, false));
        return errorResponse(403, QString::fromLatin1(kMaxRounds),
                             outcome.passed
                                 ? Tr::tr("This job has used all %1 rounds the node allows. "
                                          "Open a new job if the fit needs more.")
                                       .arg(m_disclosure.maxRounds)
                                 : qs(outcome.message),
                             QString(), true);
    }
    case RoundRefusal::WrongRound:
        return errorResponse(409, QStringLiteral("round-out-of-order"),
                             Tr::tr("Rounds must be numbered 1, 2, 3, ... without gaps; ask "
                                    "for the next round (see GET /v1/jobs/{id})."),
                             QStringLiteral("round"));
    }
    audit.checks.append(policyCheck(kMaxRounds, m_disclosure.maxRounds, true));
    if (ticket.repeatedAnswer)
        return respond(m_gate->repeatedRound(*ticket.repeatedAnswer, audit.release));
    const analysis::DesignMatrix &design = *ticket.job->design;
    if (req.beta.size() != std::size_t(design.p())) {
        return badRequest(QStringLiteral("invalid-beta"),
                          Tr::tr("β must hold one value per design column (%1); the round "
                                 "is used.")
                              .arg(design.p()),
                          QStringLiteral("beta"));
    }
    const Eigen::VectorXd beta = Eigen::Map<const Eigen::VectorXd>(req.beta.data(), design.p());
    auto stats = analysis::computeRound(design, ticket.job->family, beta);
    if (!stats)
        return respond(m_gate->nonFiniteRound(audit.release));
    RoundTally tally;
    tally.jobId = jobId;
    tally.round = req.round;
    tally.job = ticket.job.get();
    tally.beta = &req.beta;
    tally.stats = std::move(stats).value();
    const GateAnswer answer = m_gate->round(tally, audit.release);
    if (answer.status() == 200)
        m_jobs.finishRound(jobId, req.round, betaKey, answer.body());
    return respond(answer);
}

} // namespace fairstart::node

// SPDX-License-Identifier: GPL-3.0-or-later
// Bodies of protocol version 1, which the node refuses (code "protocol-version"): a job with a
// client-chosen design (and, for calibration, a client-chosen fitted β), a round at a
// client-chosen β, an evaluation at a client-chosen β. Only the tests that prove the refusal need
// them, so they live here as raw JSON in the shape version 1 used; the protocol library has no
// version 1 types any more.
#pragma once

#include "fairstart/protocol/codec.h"

#include <QJsonArray>
#include <QJsonObject>

#include <vector>

namespace testsupport::protocolone {

inline QJsonArray numbers(const std::vector<double> &values)
{
    QJsonArray a;
    for (double v : values)
        a.append(v);
    return a;
}

inline QByteArray jobBody(const QString &dataset, const fairstart::analysis::ResolvedDesign &design,
                          fairstart::protocol::JobKind kind = fairstart::protocol::JobKind::Glm,
                          const std::vector<double> &fittedBeta = {})
{
    QJsonObject o { { QStringLiteral("purpose"), QStringLiteral("research") },
                    { QStringLiteral("dataset"), dataset },
                    { QStringLiteral("kind"), fairstart::protocol::jobKindId(kind) },
                    { QStringLiteral("design"), fairstart::protocol::toJson(design) },
                    { QStringLiteral("design_hash"), fairstart::protocol::designHash(design) },
                    { QStringLiteral("aggregation"),
                      QJsonObject { { QStringLiteral("mode"), QStringLiteral("plain") } } } };
    if (kind != fairstart::protocol::JobKind::Glm)
        o.insert(QStringLiteral("fitted_beta"), numbers(fittedBeta));
    return fairstart::protocol::canonicalJson(o);
}

inline QByteArray roundBody(int round, const std::vector<double> &beta)
{
    return fairstart::protocol::canonicalJson(QJsonObject {
        { QStringLiteral("round"), round }, { QStringLiteral("beta"), numbers(beta) } });
}

inline QByteArray evaluationBody(const QString &dataset,
                                 const fairstart::analysis::ResolvedDesign &design,
                                 const std::vector<double> &beta, int bins = 10)
{
    return fairstart::protocol::canonicalJson(
        QJsonObject { { QStringLiteral("purpose"), QStringLiteral("research") },
                      { QStringLiteral("dataset"), dataset },
                      { QStringLiteral("design"), fairstart::protocol::toJson(design) },
                      { QStringLiteral("design_hash"), fairstart::protocol::designHash(design) },
                      { QStringLiteral("beta"), numbers(beta) },
                      { QStringLiteral("bins"), bins } });
}

} // namespace testsupport::protocolone

// SPDX-License-Identifier: GPL-3.0-or-later
// Codecs of POST /v1/checks (sitecheck.h).
#include "fairstart/protocol/sitecheck.h"

#include "fairstart/protocol/codec.h"
#include "jsonreader.h"

#include <QJsonArray>

namespace fairstart::protocol {

using detail::Reader;

QJsonObject toJson(const SiteCheckRequest &request)
{
    // The same body as opening the job, so that the check sees exactly what the job would.
    return toJson(StudyJobRequest { request.manifest });
}

QJsonObject toJson(const SiteCheckPassed &passed)
{
    QJsonArray checks;
    for (const RuleCheck &check : passed.checks)
        checks.append(QJsonObject { { QStringLiteral("rule"), check.ruleId },
                                    { QStringLiteral("threshold"), check.threshold } });
    return QJsonObject { { QStringLiteral("passed"), true },
                         { QStringLiteral("study"), passed.study },
                         { QStringLiteral("design_hash"), passed.designHash },
                         { QStringLiteral("checks"), checks } };
}

template<> Decoded<SiteCheckRequest> fromJson(const QJsonObject &object)
{
    Decoded<StudyJobRequest> job = fromJson<StudyJobRequest>(object);
    if (!job.ok())
        return job.error();
    return SiteCheckRequest { std::move(job).value().manifest };
}

template<> Decoded<SiteCheckPassed> fromJson(const QJsonObject &object)
{
    Reader r(object);
    SiteCheckPassed passed;
    if (!r.boolean(QStringLiteral("passed")) && r.ok())
        r.fail(QStringLiteral("passed"), QStringLiteral("a check that passed says true"));
    passed.study = r.string(QStringLiteral("study"));
    passed.designHash = r.string(QStringLiteral("design_hash"));
    const QJsonArray checks = r.array(QStringLiteral("checks"));
    for (qsizetype i = 0; i < checks.size() && r.ok(); ++i) {
        Reader k = r.child(r.objectAt(checks, i, QStringLiteral("checks")),
                           QStringLiteral("checks[%1]").arg(i));
        RuleCheck check;
        check.ruleId = k.string(QStringLiteral("rule"));
        check.threshold = k.number(QStringLiteral("threshold"));
        check.passed = true;
        k.finish();
        passed.checks.append(check);
    }
    if (auto error = r.finish())
        return *error;
    return passed;
}

} // namespace fairstart::protocol

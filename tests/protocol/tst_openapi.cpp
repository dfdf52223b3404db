// SPDX-License-Identifier: GPL-3.0-or-later
// The OpenAPI document must describe the API the codecs speak: every endpoint of docs/protocol.md,
// every $ref resolvable, and the field names of each schema equal to what the encoders write.
#include "fairstart/protocol/codec.h"
#include "fairstart/protocol/requestflow.h"
#include "fairstart/protocol/sitecheck.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace fairstart::protocol;

namespace {

QJsonObject loadSpec()
{
    QFile file(QStringLiteral(FAIRSTART_SOURCE_DIR "/protocol/openapi.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open openapi.json");
    return QJsonDocument::fromJson(file.readAll()).object();
}

void collectRefs(const QJsonValue &v, QStringList &refs)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() == QLatin1String("$ref"))
                refs.append(it.value().toString());
            else
                collectRefs(it.value(), refs);
        }
    } else if (v.isArray()) {
        for (const QJsonValue &e : v.toArray())
            collectRefs(e, refs);
    }
}

QSet<QString> keysOf(const QJsonObject &o)
{
    const QStringList keys = o.keys();
    return QSet<QString>(keys.begin(), keys.end());
}

} // namespace

class tst_OpenApi : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyEndpointIsDescribed()
    {
        const QJsonObject paths = loadSpec()[QStringLiteral("paths")].toObject();
        QFile doc(QStringLiteral(FAIRSTART_SOURCE_DIR "/docs/protocol.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(doc.readAll());
        static const QRegularExpression endpoint(
            QStringLiteral("`(GET|POST|DELETE) /v1(/[a-z/{}-]+)"));
        int seen = 0;
        for (auto m = endpoint.globalMatch(text); m.hasNext(); ++seen) {
            const auto match = m.next();
            const QString path = match.captured(2);
            const QString method = match.captured(1).toLower();
            QVERIFY2(paths.contains(path), qPrintable(path));
            QVERIFY2(paths[path].toObject().contains(method),
                     qPrintable(method + QLatin1Char(' ') + path));
        }
        QVERIFY(seen >= 9);
    }

    void everyReferenceResolves()
    {
        const QJsonObject spec = loadSpec();
        const QJsonObject schemas
            = spec[QStringLiteral("components")][QStringLiteral("schemas")].toObject();
        QStringList refs;
        collectRefs(spec, refs);
        QVERIFY(!refs.isEmpty());
        for (const QString &ref : refs) {
            const QString name = ref.section(QLatin1Char('/'), -1);
            QVERIFY2(schemas.contains(name), qPrintable(ref));
        }
    }

    void schemasMatchTheEncoders_data()
    {
        QTest::addColumn<QString>("schema");
        QTest::addColumn<QJsonObject>("encoded");
        RoundRelay relay;
        relay.round = 2;
        relay.previous << SignedContribution {};
        QTest::newRow("RoundRelay") << QStringLiteral("RoundRelay") << toJson(relay);
        SignedContribution contribution;
        contribution.contribution.mode = QStringLiteral("masked");
        contribution.contribution.p = 1;
        contribution.contribution.masked = { 1, 2 };
        QTest::newRow("SignedContribution")
            << QStringLiteral("SignedContribution") << toJson(contribution);
        QTest::newRow("Contribution")
            << QStringLiteral("Contribution") << toJson(contribution.contribution);
        Contribution converged;
        converged.status = ContributionStatus::Converged;
        converged.finalBeta = { 0.5 };
        QTest::newRow("Contribution converged")
            << QStringLiteral("Contribution") << toJson(converged);
        QTest::newRow("JobStatus") << QStringLiteral("JobStatus") << toJson(JobStatus {});
        // Issue 16, branch sites8: the site fit that ends its job.
        QTest::newRow("SiteFitRequest")
            << QStringLiteral("SiteFitRequest") << toJson(SiteFitRequest { true });
        JobCreated created;
        created.study = QStringLiteral("sha256:00");
        created.manifestSignature = QByteArray(64, 'x');
        QTest::newRow("JobCreated") << QStringLiteral("JobCreated") << toJson(created);
        StudyJobRequest job;
        job.manifest.kind = JobKind::CalibrationSlope;
        job.manifest.fittedStudy = QStringLiteral("sha256:00");
        job.manifest.participants << StudyParticipant {};
        QTest::newRow("StudyJobRequest") << QStringLiteral("StudyJobRequest") << toJson(job);
        SiteCheckPassed passed;
        passed.checks << RuleCheck { QStringLiteral("min-cohort"), true, 10, {} };
        QTest::newRow("SiteCheckPassed") << QStringLiteral("SiteCheckPassed") << toJson(passed);
        QTest::newRow("SiteCheckRequest")
            << QStringLiteral("StudyJobRequest") << toJson(SiteCheckRequest { job.manifest });
        QTest::newRow("StudyManifest") << QStringLiteral("StudyManifest") << toJson(job.manifest);
        // Issue 14: a descriptives manifest with a histogram, a table and a trend.
        StudyManifest described;
        described.kind = JobKind::Descriptives;
        described.participants << StudyParticipant {};
        described.descriptives.variables << DescriptivesStudyVariable { QStringLiteral("w"), {} };
        described.descriptives.histograms
            << DescriptivesStudyHistogram { QStringLiteral("w"), 10, 0, 100 };
        described.descriptives.tables
            << DescriptivesStudyTable { QStringLiteral("a"),
                                        QStringLiteral("b"),
                                        { QStringLiteral("x") },
                                        { QStringLiteral("0"), QStringLiteral("1") } };
        described.descriptives.trends << DescriptivesStudyTrend {
            QStringLiteral("year"), QStringLiteral("a"), 2015, 2020, { QStringLiteral("x") }
        };
        QTest::newRow("StudyManifest descriptives")
            << QStringLiteral("StudyManifest") << toJson(described);
        QTest::newRow("DescriptivesStudySpec")
            << QStringLiteral("DescriptivesStudySpec")
            << toJson(described).value(QLatin1String("descriptives")).toObject();
        QTest::newRow("StudyParticipant")
            << QStringLiteral("StudyParticipant") << toJson(StudyParticipant {});
        SignatureRelay signatures;
        signatures.signatures << ManifestSignature {};
        QTest::newRow("SignatureRelay") << QStringLiteral("SignatureRelay") << toJson(signatures);
        QTest::newRow("StudyArmed") << QStringLiteral("StudyArmed") << toJson(StudyArmed {});
        QTest::newRow("SiteFitResponse")
            << QStringLiteral("SiteFitResponse") << toJson(SiteFitResponse {});
        QTest::newRow("StudyEvaluationRequest")
            << QStringLiteral("StudyEvaluationRequest") << toJson(StudyEvaluationRequest {});
        QTest::newRow("EvaluationResponse")
            << QStringLiteral("EvaluationResponse") << toJson(EvaluationResponse {});
        QTest::newRow("NodeInfo") << QStringLiteral("NodeInfo") << toJson(NodeInfo {});
        NodeInfo withKernel;
        withKernel.kernel = QStringLiteral("avx2");
        QTest::newRow("NodeInfo with kernel") << QStringLiteral("NodeInfo") << toJson(withKernel);
        QTest::newRow("Policy") << QStringLiteral("Policy") << toJson(PolicySummary {});
        QTest::newRow("Catalogue") << QStringLiteral("Catalogue") << toJson(Catalogue {});
        QTest::newRow("DescriptivesRequest")
            << QStringLiteral("DescriptivesRequest") << toJson(DescriptivesRequest {});
        QTest::newRow("DescriptivesResponse")
            << QStringLiteral("DescriptivesResponse") << toJson(DescriptivesResponse {});
        QTest::newRow("ResolvedDesign")
            << QStringLiteral("ResolvedDesign") << toJson(fairstart::analysis::ResolvedDesign {});
        ApiError e;
        e.detail = QStringLiteral("x");
        e.params.insert(QStringLiteral("threshold"), 10);
        QTest::newRow("Error") << QStringLiteral("Error") << toJson(e);
    }

    void schemasMatchTheEncoders()
    {
        QFETCH(QString, schema);
        QFETCH(QJsonObject, encoded);
        const QJsonObject s
            = loadSpec()[QStringLiteral("components")][QStringLiteral("schemas")][schema]
                  .toObject();
        const QSet<QString> documented = keysOf(s[QStringLiteral("properties")].toObject());
        const QSet<QString> written = keysOf(encoded);
        // Everything written is documented; optional fields may be absent from a default value.
        for (const QString &key : written)
            QVERIFY2(documented.contains(key), qPrintable(schema + QLatin1Char('.') + key));
        for (const QJsonValue &required : s[QStringLiteral("required")].toArray())
            QVERIFY2(written.contains(required.toString()),
                     qPrintable(schema + QLatin1Char('.') + required.toString()));
    }
};

QTEST_GUILESS_MAIN(tst_OpenApi)
#include "tst_openapi.moc"

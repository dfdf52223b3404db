// SPDX-License-Identifier: GPL-3.0-or-later
// Protocol version 2: round trips of every study type, the strict refusals (paths named), the
// statistics vector and the hashes.
#include "fairstart/protocol/codec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <bit>
#include <cmath>

using namespace fairstart;
using namespace fairstart::protocol;

namespace {

analysis::ResolvedDesign sampleDesign()
{
    analysis::ResolvedDesign d;
    d.spec.outcome.variable = "delay_2y";
    d.spec.family = analysis::Family::Binomial;
    d.spec.predictors = {
        { "birth_weight", analysis::Transform::Standardise, 0, 0, 0, "" },
        { "maternal_education", analysis::Transform::Categorical, 0, 0, 0, "high" },
    };
    d.levels["maternal_education"] = { "high", "low", "middle" };
    d.scaling["birth_weight"] = { 3412.5, 512.25 };
    return d;
}

QString key(char fill)
{
    return QString::fromLatin1(QByteArray(32, fill).toBase64());
}

StudyManifest sampleManifest()
{
    StudyManifest m;
    m.studyId = QStringLiteral("0123456789abcdef0123456789abcdef");
    m.purpose = QStringLiteral("research");
    m.dataset = QStringLiteral("cohort");
    m.design = sampleDesign();
    m.designHash = designHash(m.design);
    m.tolerance = 1e-10;
    m.participants = { { QStringLiteral("east"), key('a'), key('b') },
                       { QStringLiteral("north"), key('c'), key('d') },
                       { QStringLiteral("west"), key('e'), key('f') } };
    m.observers = { { QStringLiteral("south"), key('g'), key('h') } };
    return m;
}

analysis::RoundStats sampleStats(int p)
{
    analysis::RoundStats s;
    s.p = p;
    for (int i = 0; i < p * (p + 1) / 2; ++i)
        s.xtwxUpper.push_back(0.1 * i + 1.0 / 3.0);
    for (int i = 0; i < p; ++i)
        s.score.push_back(-1e-300 * (i + 1));
    s.deviance = 1234.5;
    s.n = 500;
    s.events = 70;
    s.sumWeights = 500;
    s.aicTerm = 0;
    return s;
}

Contribution sampleContribution(ContributionStatus status, const QString &mode)
{
    Contribution c;
    c.study = QStringLiteral("sha256:") + QString(64, QLatin1Char('0'));
    c.site = QStringLiteral("north");
    c.round = 3;
    c.status = status;
    c.betaHash = betaHash({ 0.5, -0.25, 1.0 });
    c.mode = mode;
    c.p = 3;
    switch (status) {
    case ContributionStatus::Statistics:
        if (mode == QStringLiteral("plain"))
            c.plain = sampleStats(3);
        else
            for (int k = 0; k < 2 * 14; ++k)
                c.masked.push_back(0x0123456789abcdefULL * std::uint64_t(k + 1));
        break;
    case ContributionStatus::Converged:
        c.finalBeta = { 0.5, -0.25, 1.0 };
        break;
    case ContributionStatus::Failed:
        c.failure = QStringLiteral("The fit did not converge.");
        c.failureCode = QStringLiteral("not-converged");
        break;
    default:
        break;
    }
    return c;
}

analysis::GlmResult sampleGlm()
{
    analysis::GlmResult g;
    g.statisticName = "z";
    g.coefficients = { { "(Intercept)", -1.0, 0.1, -10.0, 1e-20, -1.2, -0.8, 0.37, 0.30, 0.45 },
                       { "x", 0.5, 0.05, 10.0, 2e-23, 0.4, 0.6, 1.65, 1.49, 1.82 } };
    g.beta = Eigen::Vector2d(-1.0, 0.5);
    g.covariance = Eigen::Matrix2d { { 0.01, -0.001 }, { -0.001, 0.0025 } };
    g.deviance = 900;
    g.nullDeviance = 1000;
    g.aic = 904;
    g.n = 1000;
    g.residualDf = 998;
    g.nullDf = 999;
    g.rounds = 6;
    return g;
}

template<typename T> T roundTrip(const T &value)
{
    const QByteArray bytes = QJsonDocument(toJson(value)).toJson(QJsonDocument::Compact);
    const Decoded<QJsonObject> object = parseObject(bytes);
    if (!object.ok())
        qFatal("parseObject failed: %s", qPrintable(object.error().text()));
    Decoded<T> decoded = fromJson<T>(object.value());
    if (!decoded.ok())
        qFatal("decode failed: %s", qPrintable(decoded.error().text()));
    return decoded.value();
}

// The same JSON after a round trip (for types without operator==).
template<typename T> bool sameAfterRoundTrip(const T &value)
{
    return canonicalJson(toJson(roundTrip(value))) == canonicalJson(toJson(value));
}

template<typename T> QString refusal(const QJsonObject &object)
{
    const Decoded<T> d = fromJson<T>(object);
    return d.ok() ? QString() : d.error().text();
}

QByteArray signature(char fill)
{
    return QByteArray(64, fill);
}

} // namespace

class tst_StudyCodec : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void manifestRoundTrip()
    {
        const StudyManifest m = sampleManifest();
        QCOMPARE(roundTrip(m), m);
        StudyManifest calibration = m;
        calibration.kind = JobKind::CalibrationSlope;
        calibration.fittedStudy = QStringLiteral("sha256:") + QString(64, QLatin1Char('a'));
        calibration.mode = QStringLiteral("plain");
        calibration.observers.clear();
        QCOMPARE(roundTrip(calibration), calibration);
        QVERIFY(!toJson(calibration).contains(QStringLiteral("start")));
        // Issue 16: a slope study that starts at the fitted model says so, and only then.
        StudyManifest started = calibration;
        started.startAtFittedModel = true;
        QCOMPARE(toJson(started).value(QStringLiteral("start")).toString(),
                 QStringLiteral("fitted-model"));
        QCOMPARE(roundTrip(started), started);
        QVERIFY(studyHash(started) != studyHash(calibration));
        QCOMPARE(roundTrip(StudyJobRequest { m }).manifest, m);
        QCOMPARE(roundTrip(m.participants.at(1)), m.participants.at(1));
        // Issue 16: a manifest signed over its SHA-256 says so (any kind), and only then; the
        // signed bytes are then the 32-byte digest whose hex is the study hash.
        QVERIFY(!toJson(m).contains(QStringLiteral("signature")));
        QCOMPARE(manifestSignedBytes(m, manifestBytes(m)), manifestBytes(m));
        StudyManifest digest = m;
        digest.signsDigest = true;
        QCOMPARE(toJson(digest).value(QStringLiteral("signature")).toString(),
                 QStringLiteral("sha256"));
        QCOMPARE(roundTrip(digest), digest);
        QVERIFY(studyHash(digest) != studyHash(m));
        const QByteArray signedBytes = manifestSignedBytes(digest, manifestBytes(digest));
        QCOMPARE(signedBytes.size(), 32);
        QCOMPARE(QStringLiteral("sha256:") + QString::fromLatin1(signedBytes.toHex()),
                 studyHash(digest));
        // Issue 16: a manifest armed by manifest tags says so, and only then; a descriptives
        // manifest never does; any other value is refused.
        QVERIFY(!toJson(m).contains(QStringLiteral("arming")));
        StudyManifest tagged = m;
        tagged.armsByTags = true;
        QCOMPARE(toJson(tagged).value(QStringLiteral("arming")).toString(), QStringLiteral("tags"));
        QCOMPARE(roundTrip(tagged), tagged);
        QVERIFY(studyHash(tagged) != studyHash(m));
        QJsonObject other = toJson(tagged);
        other.insert(QStringLiteral("arming"), QStringLiteral("signatures"));
        QVERIFY(refusal<StudyManifest>(other).startsWith(QStringLiteral("arming:")));
    }

    void jobCreatedManifestTags()
    {
        // Issue 16: a study's job answers its manifest tags, one per site, its own slot empty.
        JobCreated created;
        created.jobId = QStringLiteral("job-1");
        created.designHash = QStringLiteral("sha256:") + QString(64, QLatin1Char('b'));
        created.study = QStringLiteral("sha256:") + QString(64, QLatin1Char('a'));
        created.manifestSignature = QByteArray(64, '\x05');
        created.manifestTags = { QByteArray(32, '\x01'), QByteArray(), QByteArray(32, '\x02') };
        const QJsonObject json = toJson(created);
        auto back = fromJson<JobCreated>(json);
        QVERIFY(back);
        QCOMPARE(back->manifestTags, created.manifestTags);
        const auto with = [&](const QJsonValue &tags) {
            QJsonObject o = json;
            o.insert(QStringLiteral("manifest_tags"), tags);
            return refusal<JobCreated>(o);
        };
        QVERIFY(with(QJsonArray { QString(), QStringLiteral("AAAA") })
                    .startsWith(QStringLiteral("manifest_tags:")));
        QVERIFY(with(QJsonArray { 1, QString() }).startsWith(QStringLiteral("manifest_tags:")));
        QVERIFY(with(QJsonArray {}).startsWith(QStringLiteral("manifest_tags:")));
        QVERIFY(with(QStringLiteral("x")).startsWith(QStringLiteral("manifest_tags:")));
        // Only the canonical spelling of 32 bytes (branch perf16: checked in one pass instead of
        // Qt's decoder and the encoding again): bits set beyond the last byte, no padding, a
        // character outside the alphabet, 31 or 33 bytes are refused.
        const QString tag = QString::fromLatin1(QByteArray(32, '\x01').toBase64()); // "AQ...AQE="
        QString loose = tag;
        loose[42] = QLatin1Char('F');
        QVERIFY(with(QJsonArray { loose, QString(), tag })
                    .startsWith(QStringLiteral("manifest_tags:")));
        QVERIFY(with(QJsonArray { tag.chopped(1), QString(), tag })
                    .startsWith(QStringLiteral("manifest_tags:")));
        QVERIFY(with(QJsonArray { QString(tag).replace(0, 1, QStringLiteral("\u00e9")), QString(),
                                  tag })
                    .startsWith(QStringLiteral("manifest_tags:")));
        for (int size : { 31, 33 })
            QVERIFY(with(QJsonArray { QString::fromLatin1(QByteArray(size, '\x01').toBase64()),
                                      QString(), tag })
                        .startsWith(QStringLiteral("manifest_tags:")));
        // The sealed sum seeds: 72 bytes each, "" in the node's own slot, canonical base64.
        JobCreated summed = created;
        summed.sumSeeds = { QByteArray(72, '\x07'), QByteArray(), QByteArray(72, '\x08') };
        const QJsonObject summedJson = toJson(summed);
        auto seeds = fromJson<JobCreated>(summedJson);
        QVERIFY(seeds);
        QCOMPARE(seeds->sumSeeds, summed.sumSeeds);
        const QString seed = QString::fromLatin1(QByteArray(72, '\x07').toBase64());
        for (const QString &bad : { QString::fromLatin1(QByteArray(71, '\x07').toBase64()),
                                    seed.chopped(4), QString(seed + QStringLiteral("====")),
                                    QString(seed).replace(5, 1, QStringLiteral("-")) }) {
            QJsonObject o = summedJson;
            o.insert(QStringLiteral("sum_seeds"), QJsonArray { bad, QString(), seed });
            QVERIFY2(refusal<JobCreated>(o).startsWith(QStringLiteral("sum_seeds:")),
                     qPrintable(bad));
        }
        QJsonObject noStudy = json;
        noStudy.remove(QStringLiteral("study"));
        noStudy.remove(QStringLiteral("manifest_signature"));
        QVERIFY(refusal<JobCreated>(noStudy).startsWith(QStringLiteral("manifest_tags:")));
    }

    void manifestHashes()
    {
        const StudyManifest m = sampleManifest();
        QCOMPARE(manifestBytes(m), canonicalJson(toJson(m)));
        QCOMPARE(studyHash(m), sha256Hex(manifestBytes(m)));
        QVERIFY(studyHash(m).startsWith(QStringLiteral("sha256:")));
        StudyManifest other = m;
        other.studyId[0] = QLatin1Char('1');
        QVERIFY(studyHash(other) != studyHash(m));
        other = m;
        other.fractionBits = 41;
        QVERIFY(studyHash(other) != studyHash(m));
    }

    void manifestRefusals()
    {
        const QJsonObject good = toJson(sampleManifest());
        QVERIFY(refusal<StudyManifest>(good).isEmpty());
        const auto with = [&](const QString &k, const QJsonValue &v) {
            QJsonObject o = good;
            o.insert(k, v);
            return refusal<StudyManifest>(o);
        };
        QVERIFY(with(QStringLiteral("version"), 1).startsWith(QStringLiteral("version:")));
        QVERIFY(with(QStringLiteral("study_id"), QStringLiteral("0123"))
                    .startsWith(QStringLiteral("study_id:")));
        QVERIFY(with(QStringLiteral("study_id"), QStringLiteral("0123456789ABCDEF0123456789abcdef"))
                    .startsWith(QStringLiteral("study_id:")));
        QVERIFY(with(QStringLiteral("mode"), QStringLiteral("secret"))
                    .startsWith(QStringLiteral("mode:")));
        QVERIFY(
            with(QStringLiteral("fraction_bits"), 61).startsWith(QStringLiteral("fraction_bits:")));
        QVERIFY(with(QStringLiteral("tolerance"), 0).startsWith(QStringLiteral("tolerance:")));
        QVERIFY(with(QStringLiteral("extra"), 1).startsWith(QStringLiteral("extra:")));
        QVERIFY(with(QStringLiteral("fitted_study"), QStringLiteral("sha256:00"))
                    .startsWith(QStringLiteral("fitted_study:")));
        QVERIFY(with(QStringLiteral("participants"), QJsonArray())
                    .startsWith(QStringLiteral("participants:")));
        // The start of a slope study: one value, and only on that kind (a β is never sent).
        QVERIFY(with(QStringLiteral("start"), QStringLiteral("fitted-model"))
                    .startsWith(QStringLiteral("start:")));
        QJsonObject slope = good;
        slope.insert(QStringLiteral("kind"), QStringLiteral("calibration-slope"));
        slope.insert(QStringLiteral("fitted_study"),
                     QString(QStringLiteral("sha256:") + QString(64, QLatin1Char('a'))));
        slope.remove(QStringLiteral("observers"));
        slope.insert(QStringLiteral("observers"), QJsonArray());
        slope.insert(QStringLiteral("start"), QStringLiteral("fitted-model"));
        QVERIFY2(refusal<StudyManifest>(slope).isEmpty(),
                 qPrintable(refusal<StudyManifest>(slope)));
        slope.insert(QStringLiteral("start"), QJsonArray { 0, 1 });
        QVERIFY(refusal<StudyManifest>(slope).startsWith(QStringLiteral("start:")));
        slope.insert(QStringLiteral("start"), QStringLiteral("zero"));
        QVERIFY(refusal<StudyManifest>(slope).startsWith(QStringLiteral("start:")));

        // The form of the manifest's signatures: "sha256" or absent.
        QVERIFY(with(QStringLiteral("signature"), QStringLiteral("sha256")).isEmpty());
        QVERIFY(with(QStringLiteral("signature"), QStringLiteral("sha512"))
                    .startsWith(QStringLiteral("signature:")));
        QVERIFY(with(QStringLiteral("signature"), true).startsWith(QStringLiteral("signature:")));

        // Unsorted or duplicate participants, a participant who also observes.
        QJsonArray participants = good.value(QStringLiteral("participants")).toArray();
        QJsonArray swapped = participants;
        swapped.replace(0, participants.at(1));
        swapped.replace(1, participants.at(0));
        QCOMPARE(with(QStringLiteral("participants"), swapped).section(QLatin1Char(':'), 0, 0),
                 QStringLiteral("participants[1].name"));
        QJsonArray duplicate = participants;
        duplicate.replace(1, participants.at(0));
        QVERIFY(!with(QStringLiteral("participants"), duplicate).isEmpty());
        // A key named twice: one node would sign or mask as two members.
        QJsonArray sameKey = participants;
        QJsonObject third = sameKey.at(2).toObject();
        third.insert(QStringLiteral("ed25519"), participants.at(0)[QStringLiteral("ed25519")]);
        sameKey.replace(2, third);
        QCOMPARE(with(QStringLiteral("participants"), sameKey).section(QLatin1Char(':'), 0, 0),
                 QStringLiteral("participants[2].ed25519"));
        QJsonArray observerKeys = good.value(QStringLiteral("observers")).toArray();
        QJsonObject observer = observerKeys.at(0).toObject();
        observer.insert(QStringLiteral("x25519"), participants.at(1)[QStringLiteral("x25519")]);
        observerKeys.replace(0, observer);
        QCOMPARE(with(QStringLiteral("observers"), observerKeys).section(QLatin1Char(':'), 0, 0),
                 QStringLiteral("observers[0].x25519"));
        // The same key as signing and key-agreement key of one node is refused too.
        QJsonArray crossed = participants;
        QJsonObject first = crossed.at(0).toObject();
        first.insert(QStringLiteral("x25519"), first[QStringLiteral("ed25519")]);
        crossed.replace(0, first);
        QVERIFY(!with(QStringLiteral("participants"), crossed).isEmpty());
        QJsonArray observers { participants.at(2) };
        QCOMPARE(with(QStringLiteral("observers"), observers).section(QLatin1Char(':'), 0, 0),
                 QStringLiteral("observers[0].name"));

        // Keys: base64 of exactly 32 bytes, in the canonical spelling.
        const auto withKey = [&](const QString &text) {
            QJsonArray ps = participants;
            QJsonObject p = ps.at(1).toObject();
            p.insert(QStringLiteral("x25519"), text);
            ps.replace(1, p);
            return with(QStringLiteral("participants"), ps);
        };
        QVERIFY(withKey(key('d')).isEmpty());
        QVERIFY(withKey(QString::fromLatin1(QByteArray(31, 'd').toBase64()))
                    .startsWith(QStringLiteral("participants[1].x25519:")));
        QString unpadded = key('d');
        unpadded.chop(1);
        QVERIFY(withKey(unpadded).startsWith(QStringLiteral("participants[1].x25519:")));
        QString urlSafe = QString::fromLatin1(QByteArray(32, char(0xfb)).toBase64());
        QVERIFY(urlSafe.contains(QLatin1Char('+')) || urlSafe.contains(QLatin1Char('/')));
        urlSafe.replace(QLatin1Char('+'), QLatin1Char('-'))
            .replace(QLatin1Char('/'), QLatin1Char('_'));
        QVERIFY(!withKey(urlSafe).isEmpty());
        // Non-zero padding bits ("...Q=" where "...E=" is canonical) are refused too.
        QString sloppy = key('d');
        QVERIFY(sloppy.endsWith(QStringLiteral("=")));
        sloppy[sloppy.size() - 2] = QChar::fromLatin1(sloppy.at(sloppy.size() - 2).toLatin1() + 1);
        QVERIFY(!withKey(sloppy).isEmpty());
    }

    void contributionRoundTrips_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("mode");
        QTest::newRow("statistics masked") << int(ContributionStatus::Statistics) << "masked";
        QTest::newRow("statistics plain") << int(ContributionStatus::Statistics) << "plain";
        QTest::newRow("non-finite") << int(ContributionStatus::NonFinite) << "masked";
        QTest::newRow("converged") << int(ContributionStatus::Converged) << "masked";
        QTest::newRow("failed") << int(ContributionStatus::Failed) << "plain";
        QTest::newRow("observed") << int(ContributionStatus::Observed) << "masked";
    }
    void contributionRoundTrips()
    {
        QFETCH(int, status);
        QFETCH(QString, mode);
        const Contribution c = sampleContribution(ContributionStatus(status), mode);
        QVERIFY(sameAfterRoundTrip(c));
        const Contribution back = roundTrip(c);
        QCOMPARE(back.masked, c.masked);
        QCOMPARE(back.finalBeta, c.finalBeta);
        QCOMPARE(back.failureCode, c.failureCode);
        QCOMPARE(back.plain.has_value(), c.plain.has_value());
        if (c.plain)
            QCOMPARE(statsVector(*back.plain), statsVector(*c.plain));
        QCOMPARE(contributionBytes(back), contributionBytes(c));
        const SignedContribution s { c, signature('s') };
        QVERIFY(sameAfterRoundTrip(s));
        QCOMPARE(roundTrip(s).signature, s.signature);
    }

    // contributionBytes splices the masked words into the canonical form of the other fields
    // (docs/performance.md, "Many sites, third pass"): the same bytes as the generic form, for
    // every status that carries words, with keys before and after "masked", text to escape in the
    // site and no words at all.
    void contributionBytesAsTheGenericForm()
    {
        int compared = 0;
        for (ContributionStatus status :
             { ContributionStatus::Statistics, ContributionStatus::Evaluation,
               ContributionStatus::Descriptives, ContributionStatus::NonFinite,
               ContributionStatus::Converged, ContributionStatus::Failed }) {
            for (const QString &site : { QStringLiteral("north"),
                                         QStringLiteral("a\"b\\c,\"mode\":\u00e9\U0001F600\n") }) {
                for (int words : { 0, 1, 28, 515 }) {
                    Contribution c = sampleContribution(status, QStringLiteral("masked"));
                    c.site = site;
                    if (status == ContributionStatus::Evaluation)
                        c.bins = 10;
                    if (status == ContributionStatus::Statistics
                        || status == ContributionStatus::Evaluation
                        || status == ContributionStatus::Descriptives) {
                        c.masked.clear();
                        for (int k = 0; k < words; ++k)
                            c.masked.push_back(0xfedcba9876543210ULL * std::uint64_t(k + 3) + 1);
                    }
                    QCOMPARE(contributionBytes(c), canonicalJson(toJson(c)));
                    ++compared;
                }
            }
        }
        QCOMPARE(compared, 48);
    }

    void contributionRefusals()
    {
        const QJsonObject masked
            = toJson(sampleContribution(ContributionStatus::Statistics, QStringLiteral("masked")));
        QVERIFY(refusal<Contribution>(masked).isEmpty());
        // A field of another status is unknown here.
        QJsonObject o = masked;
        o.insert(QStringLiteral("final_beta"), QJsonArray { 1, 2, 3 });
        QVERIFY(refusal<Contribution>(o).startsWith(QStringLiteral("final_beta:")));
        // Words: whole 64-bit words, two per statistic.
        o = masked;
        o.insert(QStringLiteral("masked"), QString::fromLatin1(QByteArray(12, 'x').toBase64()));
        QVERIFY(refusal<Contribution>(o).startsWith(QStringLiteral("masked:")));
        o.insert(QStringLiteral("masked"), QString::fromLatin1(QByteArray(8 * 26, 'x').toBase64()));
        QVERIFY(refusal<Contribution>(o).contains(QStringLiteral("28 words")));
        o = masked;
        o.insert(QStringLiteral("status"), QStringLiteral("done"));
        QVERIFY(refusal<Contribution>(o).startsWith(QStringLiteral("status:")));
        o = masked;
        o.insert(QStringLiteral("round"), 0);
        QVERIFY(refusal<Contribution>(o).startsWith(QStringLiteral("round:")));
        // Plain statistics must match p.
        QJsonObject plain
            = toJson(sampleContribution(ContributionStatus::Statistics, QStringLiteral("plain")));
        plain.insert(QStringLiteral("p"), 2);
        QVERIFY(!refusal<Contribution>(plain).isEmpty());
        // Converged: p coefficients.
        QJsonObject converged
            = toJson(sampleContribution(ContributionStatus::Converged, QStringLiteral("masked")));
        converged.insert(QStringLiteral("final_beta"), QJsonArray { 1.0 });
        QVERIFY(refusal<Contribution>(converged).startsWith(QStringLiteral("final_beta:")));
        // Signatures: 64 bytes.
        QJsonObject s = toJson(SignedContribution {
            sampleContribution(ContributionStatus::Observed, QStringLiteral("masked")),
            signature('x') });
        QVERIFY(refusal<SignedContribution>(s).isEmpty());
        s.insert(QStringLiteral("signature"), QString::fromLatin1(QByteArray(63, 'x').toBase64()));
        QVERIFY(refusal<SignedContribution>(s).startsWith(QStringLiteral("signature:")));
        QJsonObject inner = s.value(QStringLiteral("contribution")).toObject();
        inner.insert(QStringLiteral("site"), 5);
        s.insert(QStringLiteral("contribution"), inner);
        QVERIFY(refusal<SignedContribution>(s).startsWith(QStringLiteral("contribution.site:")));
    }

    void relaysAndResponses()
    {
        const SignatureRelay relay { { { QStringLiteral("east"), signature('1') },
                                       { QStringLiteral("west"), signature('2') } } };
        QCOMPARE(roundTrip(relay).signatures, relay.signatures);
        const StudyArmed armed { QStringLiteral("job-1"),
                                 QStringLiteral("sha256:ab"),
                                 { QStringLiteral("east"), QStringLiteral("west") } };
        const StudyArmed a = roundTrip(armed);
        QCOMPARE(a.jobId, armed.jobId);
        QCOMPARE(a.study, armed.study);
        QCOMPARE(a.verified, armed.verified);
        RoundRelay rounds;
        rounds.round = 4;
        rounds.previous
            = { { sampleContribution(ContributionStatus::Statistics, QStringLiteral("masked")),
                  signature('a') },
                { sampleContribution(ContributionStatus::NonFinite, QStringLiteral("masked")),
                  signature('b') } };
        QVERIFY(sameAfterRoundTrip(rounds));
        QCOMPARE(roundTrip(rounds).previous.size(), 2);
        QCOMPARE(roundTrip(RoundRelay { 1, {}, {} }).previous.size(), 0);
        // Issue 16: round 1 that arms the study carries the manifest signatures; written only
        // when there are any, and an empty list is malformed.
        QVERIFY(!toJson(RoundRelay { 1, {}, {} }).contains(QStringLiteral("signatures")));
        RoundRelay arming { 1, {}, { { QStringLiteral("a"), signature('s') } } };
        QCOMPARE(roundTrip(arming).signatures, arming.signatures);
        QJsonObject emptySignatures = toJson(RoundRelay { 1, {}, {} });
        emptySignatures.insert(QStringLiteral("signatures"), QJsonArray());
        QVERIFY(refusal<RoundRelay>(emptySignatures).startsWith(QStringLiteral("signatures:")));
        StudyEvaluationRequest e;
        e.purpose = QStringLiteral("research");
        e.jobId = QStringLiteral("job-9");
        e.bins = 200;
        const StudyEvaluationRequest eb = roundTrip(e);
        QCOMPARE(eb.jobId, e.jobId);
        QCOMPARE(eb.bins, 200);
        // No β may travel with an evaluation of version 2.
        QJsonObject withBeta = toJson(e);
        withBeta.insert(QStringLiteral("beta"), QJsonArray { 1.0 });
        QVERIFY(refusal<StudyEvaluationRequest>(withBeta).startsWith(QStringLiteral("beta:")));

        SiteFitResponse fit;
        fit.jobId = QStringLiteral("job-2");
        fit.study = QStringLiteral("sha256:cd");
        fit.glm = sampleGlm();
        QVERIFY(sameAfterRoundTrip(fit));
    }

    void jobCreatedAndInfoExtensions()
    {
        JobCreated c;
        c.jobId = QStringLiteral("job-1");
        c.designHash = QStringLiteral("sha256:00");
        c.terms = { QStringLiteral("(Intercept)") };
        c.cohortSize = 10;
        // Version 1 answers carry neither field.
        QVERIFY(!toJson(c).contains(QStringLiteral("study")));
        QVERIFY(roundTrip(c).study.isEmpty());
        QVERIFY(roundTrip(c).manifestSignature.isEmpty());
        c.study = QStringLiteral("sha256:ab");
        c.manifestSignature = signature('m');
        QCOMPARE(roundTrip(c).study, c.study);
        QCOMPARE(roundTrip(c).manifestSignature, c.manifestSignature);
        QJsonObject o = toJson(c);
        o.remove(QStringLiteral("manifest_signature"));
        QVERIFY(refusal<JobCreated>(o).startsWith(QStringLiteral("manifest_signature:")));
        o = toJson(c);
        o.insert(QStringLiteral("manifest_signature"), QStringLiteral("AAAA"));
        QVERIFY(refusal<JobCreated>(o).startsWith(QStringLiteral("manifest_signature:")));

        NodeInfo info;
        info.name = QStringLiteral("north");
        info.policy.maxBodyBytes = 1000;
        info.policy.catalogueRounding = 5;
        QVERIFY(!toJson(info).contains(QStringLiteral("kernel")));
        QVERIFY(roundTrip(info).kernel.isEmpty());
        info.kernel = QStringLiteral("avx2");
        QCOMPARE(roundTrip(info).kernel, QStringLiteral("avx2"));
    }

    void studyRecordInFitReport()
    {
        StudyRecord record;
        record.manifest = sampleManifest();
        record.study = studyHash(record.manifest);
        record.mode = record.manifest.mode;
        record.signatures = { { QStringLiteral("east"), signature('e') } };
        record.attestations
            = { { sampleContribution(ContributionStatus::Converged, QStringLiteral("masked")),
                  signature('c') } };
        record.checks = { { QStringLiteral("east"), true, true, {} },
                          { QStringLiteral("north"), true, false,
                            QStringLiteral("the attestation's β differs") } };
        QVERIFY(sameAfterRoundTrip(record));
        const StudyRecord back = roundTrip(record);
        QCOMPARE(back.manifest, record.manifest);
        QCOMPARE(back.checks.at(1).note, record.checks.at(1).note);
        QCOMPARE(back.checks.at(1).attestation, false);

        FitReport report;
        report.design = sampleDesign();
        report.glm = sampleGlm();
        report.started = QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC);
        report.finished = report.started;
        QVERIFY(!toJson(report).contains(QStringLiteral("study")));
        QVERIFY(!roundTrip(report).study);
        report.study = record;
        const FitReport r = roundTrip(report);
        QVERIFY(r.study);
        QCOMPARE(r.study->manifest, record.manifest);
        QCOMPARE(r.study->attestations.size(), 1);
        // Every other study of the run (FitReport::studies): none written when there is none
        // (a record written before reads back the same), each in order otherwise.
        QVERIFY(!toJson(report).contains(QStringLiteral("studies")));
        QVERIFY(r.studies.isEmpty());
        StudyRecord slope = record;
        slope.manifest.kind = JobKind::CalibrationSlope;
        slope.manifest.fittedStudy = record.study;
        slope.study = QStringLiteral("sha256:other");
        report.studies = { record, slope };
        QCOMPARE(toJson(report)[QStringLiteral("studies")].toArray().size(), 2);
        const FitReport both = roundTrip(report);
        QCOMPARE(both.studies.size(), 2);
        QCOMPARE(both.studies[1].study, slope.study);
        QCOMPARE(both.studies[1].manifest, slope.manifest);
        QCOMPARE(both.studies[1].checks.at(1).attestation, false);
        QCOMPARE(both.studies[0].manifest, record.manifest);
    }

    void statsVectorLayout()
    {
        const analysis::RoundStats s = sampleStats(4);
        const std::vector<double> v = statsVector(s);
        QCOMPARE(v.size(), size_t(10 + 4 + 5));
        QCOMPARE(v[0], s.xtwxUpper[0]);
        QCOMPARE(v[10], s.score[0]);
        QCOMPARE(v[14], s.deviance);
        QCOMPARE(v[15], s.n);
        QCOMPARE(v[16], s.events);
        QCOMPARE(v[17], s.sumWeights);
        QCOMPARE(v[18], s.aicTerm);
        const auto back = statsFromVector(4, v);
        QVERIFY(back);
        QCOMPARE(statsVector(*back), v);
        QCOMPARE(back->p, 4);
        QVERIFY(!statsFromVector(3, v));
        QVERIFY(!statsFromVector(0, {}));
        QVERIFY(!statsFromVector(4, std::vector<double>(v.begin(), v.end() - 1)));
    }

    // Issue 14: a descriptives manifest with histograms, tables and trends round-trips; a Table
    // 1's manifest keeps its bytes (no empty arrays written); bad lattices and levels are
    // refused; the vector's layout adds (count, withheld) per cell in the spec's order.
    void descriptivesCellsManifest()
    {
        StudyManifest m = sampleManifest();
        m.kind = JobKind::Descriptives;
        m.design = {};
        m.designHash = designHash(m.design);
        m.observers.clear();
        m.fitNullModel = false;
        m.maxRounds = 1;
        m.descriptives.variables << DescriptivesStudyVariable { QStringLiteral("bw"), {} };
        const QByteArray table1 = manifestBytes(m);
        QVERIFY(!table1.contains("histograms"));
        QVERIFY(!table1.contains("tables"));
        QVERIFY(!table1.contains("trends"));
        QCOMPARE(roundTrip(m), m);
        m.descriptives.histograms << DescriptivesStudyHistogram { QStringLiteral("bw"), 20, 1000,
                                                                  5000 };
        m.descriptives.tables << DescriptivesStudyTable {
            QStringLiteral("sex"),
            QStringLiteral("smoke"),
            { QStringLiteral("f"), QStringLiteral("m") },
            { QStringLiteral("0"), QStringLiteral("1") }
        };
        m.descriptives.trends << DescriptivesStudyTrend { QStringLiteral("year"),
                                                          QStringLiteral("smoke"),
                                                          2015,
                                                          2020,
                                                          { QStringLiteral("0"),
                                                            QStringLiteral("1") } };
        QCOMPARE(roundTrip(m), m);
        // Descriptives studies are armed by signatures only (issue 16's manifest tags are not
        // theirs).
        QJsonObject tagged = toJson(m);
        tagged.insert(QStringLiteral("arming"), QStringLiteral("tags"));
        QVERIFY(refusal<StudyManifest>(tagged).startsWith(QStringLiteral("arming:")));
        QVERIFY(studyHash(m) != sha256Hex(table1));
        QCOMPARE(histogramCells(m.descriptives.histograms.first()), std::size_t(200));
        QCOMPARE(descriptivesLength(m.descriptives), std::size_t(1 + 4 + 2 * 200 + 2 * 4 + 2 * 12));
        // The vector and back: the cells in the spec's order.
        DescriptivesSums sums;
        sums.cohortSize = 7;
        sums.variables.push_back({ QStringLiteral("bw"), true, 0, 5, 10, 30, {}, {}, 0 });
        DescriptivesSums::Cells h { std::vector<double>(200, 2.0), std::vector<double>(200, 0.0) };
        h.withheld[3] = 1;
        sums.histograms.push_back(h);
        sums.tables.push_back({ { 1, 2, 3, 4 }, { 0, 0, 1, 0 } });
        sums.trends.push_back({ std::vector<double>(12, 5.0), std::vector<double>(12, 0.0) });
        const std::vector<double> v = descriptivesVector(sums);
        QCOMPARE(v.size(), descriptivesLength(m.descriptives));
        QCOMPARE(v[5], 2.0);
        QCOMPARE(v[5 + 2 * 3 + 1], 1.0);
        QCOMPARE(v[5 + 400 + 2], 2.0); // the table's second cell
        const auto back = descriptivesFromVector(m.descriptives, v);
        QVERIFY(back);
        QCOMPARE(back->histograms.size(), std::size_t(1));
        QCOMPARE(back->tables.front().counts, sums.tables.front().counts);
        QCOMPARE(back->tables.front().withheld, sums.tables.front().withheld);
        QCOMPARE(back->trends.front().counts, sums.trends.front().counts);
        QCOMPARE(descriptivesVector(*back), v);
        QVERIFY(
            !descriptivesFromVector(m.descriptives, std::vector<double>(v.begin(), v.end() - 1)));

        const QJsonObject good = toJson(m);
        QVERIFY(refusal<StudyManifest>(good).isEmpty());
        auto withHistogram = [&](const QJsonObject &histogram) {
            QJsonObject o = good;
            QJsonObject d = o.value(QLatin1String("descriptives")).toObject();
            d.insert(QStringLiteral("histograms"), QJsonArray { histogram });
            o.insert(QStringLiteral("descriptives"), d);
            return refusal<StudyManifest>(o);
        };
        const QJsonObject lattice { { QStringLiteral("variable"), QStringLiteral("bw") },
                                    { QStringLiteral("step"), 20 },
                                    { QStringLiteral("first"), 1000 },
                                    { QStringLiteral("last"), 5000 } };
        QVERIFY(withHistogram(lattice).isEmpty());
        QJsonObject off = lattice;
        off.insert(QStringLiteral("first"), 1010); // not a multiple of the step
        QVERIFY(withHistogram(off).contains(QStringLiteral("histograms[0]")));
        off = lattice;
        off.insert(QStringLiteral("step"), 1); // 4000 cells
        QVERIFY(withHistogram(off).contains(QStringLiteral("histograms[0]")));
        off = lattice;
        off.insert(QStringLiteral("variable"), QStringLiteral("sex")); // not in variables
        QVERIFY(withHistogram(off).contains(QStringLiteral("histograms[0].variable")));
        QJsonObject o = good;
        QJsonObject d = o.value(QLatin1String("descriptives")).toObject();
        QJsonObject t = d.value(QLatin1String("tables")).toArray().first().toObject();
        t.insert(QStringLiteral("row_levels"),
                 QJsonArray { QStringLiteral("f"), QStringLiteral("f") });
        d.insert(QStringLiteral("tables"), QJsonArray { t });
        o.insert(QStringLiteral("descriptives"), d);
        QVERIFY(refusal<StudyManifest>(o).contains(QStringLiteral("tables[0].row_levels")));
        d = good.value(QLatin1String("descriptives")).toObject();
        QJsonObject trend = d.value(QLatin1String("trends")).toArray().first().toObject();
        trend.insert(QStringLiteral("to"), 2010);
        d.insert(QStringLiteral("trends"), QJsonArray { trend });
        o = good;
        o.insert(QStringLiteral("descriptives"), d);
        QVERIFY(refusal<StudyManifest>(o).contains(QStringLiteral("trends[0]")));
    }

    void betaHashIsOfTheBits()
    {
        // SHA-256 of the little-endian doubles: 1.0 is 00 00 00 00 00 00 f0 3f.
        QCOMPARE(betaHash({ 1.0 }), sha256Hex(QByteArray::fromHex("000000000000f03f")));
        QVERIFY(betaHash({ 0.0 }) != betaHash({ 5e-324 }));
        // -0 hashes as +0: a β read back from JSON (where both are 0) keeps its hash.
        QCOMPARE(betaHash({ 1.0, -0.0 }), betaHash({ 1.0, 0.0 }));
        Contribution c = sampleContribution(ContributionStatus::Converged, QStringLiteral("plain"));
        c.finalBeta = { -0.0, 0.5, -0.0 };
        QCOMPARE(betaHash(roundTrip(c).finalBeta), betaHash(c.finalBeta));
        QVERIFY(betaHash({ 1.0, 2.0 }) != betaHash({ 2.0, 1.0 }));
        QCOMPARE(betaHash({}), sha256Hex(QByteArray()));
    }

    void canonicalNumbers_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QByteArray>("text");
        // RFC 8785's number format (ECMAScript Number::toString), including its appendix B cases.
        QTest::newRow("0.1") << 0.1 << QByteArray("0.1");
        QTest::newRow("1/3") << 1.0 / 3.0 << QByteArray("0.3333333333333333");
        QTest::newRow("1e-300") << 1e-300 << QByteArray("1e-300");
        QTest::newRow("5e-324") << 5e-324 << QByteArray("5e-324");
        QTest::newRow("-0") << -0.0 << QByteArray("0");
        QTest::newRow("2^53") << 9007199254740992.0 << QByteArray("9007199254740992");
        QTest::newRow("2^53+2") << 9007199254740994.0 << QByteArray("9007199254740994");
        QTest::newRow("1e21") << 1e21 << QByteArray("1e+21");
        QTest::newRow("1e20") << 1e20 << QByteArray("100000000000000000000");
        QTest::newRow("1e16") << 1e16 << QByteArray("10000000000000000");
        QTest::newRow("large") << 123456789012345680000.0 << QByteArray("123456789012345680000");
        QTest::newRow("1e-7") << 1e-7 << QByteArray("1e-7");
        QTest::newRow("1e-6") << 1e-6 << QByteArray("0.000001");
        QTest::newRow("1.234e-6") << 1.234e-6 << QByteArray("0.000001234");
        QTest::newRow("max") << 1.7976931348623157e308 << QByteArray("1.7976931348623157e+308");
        QTest::newRow("min normal")
            << 2.2250738585072014e-308 << QByteArray("2.2250738585072014e-308");
        QTest::newRow("1.5e300") << -1.5e300 << QByteArray("-1.5e+300");
        QTest::newRow("100") << 100.0 << QByteArray("100");
        QTest::newRow("-2.5") << -2.5 << QByteArray("-2.5");
        QTest::newRow("333333333.3333332") << 333333333.33333329 << QByteArray("333333333.3333333");
        QTest::newRow("1e23") << 1e23 << QByteArray("1e+23");
        QTest::newRow("4.5") << 4.5 << QByteArray("4.5");
        QTest::newRow("0.002") << 0.002 << QByteArray("0.002");
        QTest::newRow("44b52d02c7e14af5") << std::bit_cast<double>(quint64(0x44b52d02c7e14af5))
                                          << QByteArray("9.999999999999997e+22");
    }
    void canonicalNumbers()
    {
        QFETCH(double, value);
        QFETCH(QByteArray, text);
        const QByteArray bytes = canonicalJson(QJsonObject { { QStringLiteral("v"), value } });
        QCOMPARE(bytes, QByteArray("{\"v\":") + text + "}");
        // Parsing the canonical bytes and writing them again gives the same bytes and the same
        // double (bit for bit, apart from the sign of zero, which the form drops).
        const Decoded<QJsonObject> parsed = parseObject(bytes);
        QVERIFY(parsed.ok());
        QCOMPARE(canonicalJson(*parsed), bytes);
        const double back = parsed->value(QStringLiteral("v")).toDouble();
        QCOMPARE(std::bit_cast<quint64>(back), std::bit_cast<quint64>(value == 0 ? 0.0 : value));
    }

    void canonicalStringsAndKeys()
    {
        QString lone = QStringLiteral("a");
        lone.append(QChar(0xd800));
        const QJsonObject o {
            { QStringLiteral("s"),
              QString::fromUtf8("q\"b\\s/\x01\x1f\x7f\b\t\n\f\r \xc3\xa9 \xf0\x9f\x98\x80 "
                                "\xe2\x80\xa8") },
            { QStringLiteral("b"), QJsonArray { true, false, QJsonValue::Null, 1 } },
            { QString::fromUtf8("\xc3\xa9"), 1 },
            { QString::fromUtf8("\xf0\x9f\x98\x80"), 2 }, // U+1F600: UTF-16 d83d de00
            { QString::fromUtf8("\xef\xbf\xbf"), 3 }, // U+FFFF sorts after U+1F600 in UTF-16
            { QStringLiteral("A"), 4 },
            { QStringLiteral("lone"), lone },
            { QStringLiteral("nested"),
              QJsonObject { { QStringLiteral("z"), 1 }, { QStringLiteral("a"), QJsonObject() } } },
        };
        const QByteArray expected
            = "{\"A\":4,\"b\":[true,false,null,1],\"lone\":\"a\\ud800\","
              "\"nested\":{\"a\":{},\"z\":1},"
              "\"s\":\"q\\\"b\\\\s/\\u0001\\u001f\x7f\\b\\t\\n\\f\\r \xc3\xa9 \xf0\x9f\x98\x80 "
              "\xe2\x80\xa8\",\"\xc3\xa9\":1,\"\xf0\x9f\x98\x80\":2,\"\xef\xbf\xbf\":3}";
        QCOMPARE(canonicalJson(o), expected);
        const Decoded<QJsonObject> parsed = parseObject(expected);
        QVERIFY(parsed.ok());
        QCOMPARE(canonicalJson(*parsed), expected);
    }

    void statusIds()
    {
        QCOMPARE(contributionStatusId(ContributionStatus::Statistics),
                 QStringLiteral("statistics"));
        QCOMPARE(contributionStatusId(ContributionStatus::NonFinite), QStringLiteral("non-finite"));
        QCOMPARE(contributionStatusId(ContributionStatus::Converged), QStringLiteral("converged"));
        QCOMPARE(contributionStatusId(ContributionStatus::Failed), QStringLiteral("failed"));
        QCOMPARE(contributionStatusId(ContributionStatus::Observed), QStringLiteral("observed"));
    }
};

QTEST_GUILESS_MAIN(tst_StudyCodec)
#include "tst_study_codec.moc"

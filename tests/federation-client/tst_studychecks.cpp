// SPDX-License-Identifier: GPL-3.0-or-later
// The client's side of a study without a node: the mode, the manifest it builds, the checks it
// makes of every signed answer and the sums it computes, with real Ed25519/X25519 keys.
#include "fairstart/client/studychecks.h"

#include "fairstart/protocol/codec.h"
#include "fairstart/protocol/studycoordinator.h"
#include "fairstart/secure/secure.h"

#include <QSet>
#include <QTest>

#include <sodium.h>

#include <cmath>

using namespace fairstart;
using namespace fairstart::client;

namespace {

struct Keys {
    QByteArray signSecret; // 64 bytes
    QByteArray signPublic; // 32
    QByteArray kxSecret; // 32
    QByteArray kxPublic; // 32
};

Keys makeKeys()
{
    Keys k;
    k.signSecret.resize(crypto_sign_SECRETKEYBYTES);
    k.signPublic.resize(crypto_sign_PUBLICKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(k.signPublic.data()),
                        reinterpret_cast<unsigned char *>(k.signSecret.data()));
    k.kxSecret.resize(crypto_scalarmult_SCALARBYTES);
    k.kxPublic.resize(crypto_scalarmult_BYTES);
    randombytes_buf(k.kxSecret.data(), size_t(k.kxSecret.size()));
    crypto_scalarmult_base(reinterpret_cast<unsigned char *>(k.kxPublic.data()),
                           reinterpret_cast<const unsigned char *>(k.kxSecret.constData()));
    return k;
}

QString b64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

protocol::NodeInfo nodeInfo(const QString &name, const Keys &keys, QStringList modes)
{
    protocol::NodeInfo info;
    info.name = name;
    info.protocolVersion = QStringLiteral("2.0");
    info.keys.signingKey = b64(keys.signPublic);
    info.keys.keyAgreementKey = b64(keys.kxPublic);
    info.aggregationModes = std::move(modes);
    return info;
}

analysis::ResolvedDesign design()
{
    analysis::ResolvedDesign d;
    d.spec.outcome.variable = "y";
    d.spec.family = analysis::Family::Binomial;
    analysis::Predictor x;
    x.variable = "x";
    d.spec.predictors.push_back(x);
    return d;
}

// Statistics of one site for p = 2, different per site.
analysis::RoundStats stats(int site)
{
    analysis::RoundStats s;
    s.p = 2;
    s.xtwxUpper = { 25.25 + site, -3.125 * site, 40.5 };
    s.score = { 1.0 / 3.0 + site, -2.75e-3 * site };
    s.deviance = 120.0625 + 7 * site;
    s.n = 100 + site;
    s.events = 30 + site;
    s.sumWeights = 25.25 + site;
    return s;
}

class Federation {
public:
    explicit Federation(const QString &mode, int sites = 3)
    {
        StudySetup setup;
        setup.purpose = QStringLiteral("research");
        setup.dataset = QStringLiteral("cohort");
        setup.design = design();
        setup.mode = mode;
        // Added out of order: the manifest sorts them.
        for (int i = sites - 1; i >= 0; --i) {
            keys.insert(QStringLiteral("site%1").arg(i + 1), makeKeys());
            setup.sites << StudySite { QStringLiteral("analyst-name-%1").arg(i + 1),
                                       nodeInfo(
                                           QStringLiteral("site%1").arg(i + 1),
                                           keys[QStringLiteral("site%1").arg(i + 1)],
                                           { QStringLiteral("masked"), QStringLiteral("plain") }) };
        }
        const ManifestChoice made = makeManifest(setup);
        manifest = made.manifest;
        study = protocol::studyHash(manifest);
    }

    const Keys &keysOf(int participant) const
    {
        return *keys.find(manifest.participants.at(participant).name);
    }

    protocol::SignedContribution sign(const protocol::Contribution &c, int participant) const
    {
        protocol::SignedContribution s;
        s.contribution = c;
        s.signature = secure::sign(keysOf(participant).signSecret, secure::Domain::Contribution,
                                   protocol::contributionBytes(c));
        return s;
    }

    // Participant k's honest round contribution of stats(k).
    protocol::SignedContribution contribution(int k, int round = 1) const
    {
        protocol::Contribution c;
        c.study = study;
        c.site = manifest.participants.at(k).name;
        c.round = round;
        c.betaHash = protocol::betaHash({ 0.0, 0.0 });
        c.mode = manifest.mode;
        c.p = 2;
        if (manifest.mode == QLatin1String("plain")) {
            c.plain = stats(k);
        } else {
            secure::FixedPoint format { manifest.fractionBits, int(manifest.participants.size()) };
            auto words = secure::encode(protocol::statsVector(stats(k)), format);
            if (!words)
                qFatal("encode: %s", words.error().message.c_str());
            secure::MaskContext mask;
            mask.study = study.toUtf8();
            mask.round = round;
            mask.betaHash = c.betaHash.toUtf8();
            mask.index = k;
            mask.secretKey = keysOf(k).kxSecret;
            for (int j = 0; j < int(manifest.participants.size()); ++j)
                mask.publicKeys << keysOf(j).kxPublic;
            auto masked = secure::applyMasks(*words, mask);
            if (!masked)
                qFatal("mask: %s", masked.error().message.c_str());
            c.masked.assign(words->begin(), words->end());
        }
        return sign(c, k);
    }

    QMap<QString, Keys> keys;
    protocol::StudyManifest manifest;
    QString study;
};

double relative(double a, double b)
{
    return std::abs(a - b) / std::max(1.0, std::abs(b));
}

} // namespace

class tst_StudyChecks : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }
    void modeIds();
    void chooseMode();
    void siteKeys();
    void manifest();
    void duplicateNode();
    void manifestSignature();
    void honestContributionPasses();
    void tamperingIsNamed();
    void plainSumInManifestOrder();
    void maskedSumDecodesOnlyInFull();
    void coordinatorFollowsManifest();
    void observerInManifestAndItsAnswers();
};

void tst_StudyChecks::modeIds()
{
    for (StudyMode m : { StudyMode::Auto, StudyMode::Masked, StudyMode::Plain })
        QCOMPARE(studyModeFromId(studyModeId(m)), m);
    QVERIFY(!studyModeFromId(QStringLiteral("secure")));
    QVERIFY(!studyModeFromId(QStringLiteral("Masked")));
}

void tst_StudyChecks::chooseMode()
{
    const Keys k = makeKeys();
    const QStringList both { QStringLiteral("masked"), QStringLiteral("plain") };
    const QStringList masked { QStringLiteral("masked") };
    auto sites = [&](QList<QStringList> modes) {
        QList<StudySite> out;
        for (qsizetype i = 0; i < modes.size(); ++i)
            out << StudySite { QStringLiteral("s%1").arg(i + 1),
                               nodeInfo(QStringLiteral("n%1").arg(i + 1), k, modes.at(i)) };
        return out;
    };
    QCOMPARE(client::chooseMode(StudyMode::Auto, sites({ both, both, both })).mode,
             QStringLiteral("masked"));
    QCOMPARE(client::chooseMode(StudyMode::Auto, sites({ both, both })).mode,
             QStringLiteral("plain"));
    QCOMPARE(client::chooseMode(StudyMode::Plain, sites({ both, both, both })).mode,
             QStringLiteral("plain"));
    QCOMPARE(client::chooseMode(StudyMode::Masked, sites({ masked, masked })).mode,
             QStringLiteral("masked"));
    // Two sites where one does not allow plain: auto cannot mask them, and says so.
    ModeChoice c = client::chooseMode(StudyMode::Auto, sites({ both, masked }));
    QVERIFY(c.mode.isEmpty());
    QVERIFY(c.error);
    QCOMPARE(c.error->site, QStringLiteral("s2"));
    QVERIFY2(c.error->message.contains(QLatin1String("does not allow the plain mode")),
             qPrintable(c.error->message));
    c = client::chooseMode(StudyMode::Plain, sites({ both, both, masked }));
    QVERIFY(c.error);
    QCOMPARE(c.error->site, QStringLiteral("s3"));
    QVERIFY2(c.error->message.contains(QLatin1String("--mode")), qPrintable(c.error->message));
    c = client::chooseMode(StudyMode::Masked, sites({ { QStringLiteral("plain") }, both, both }));
    QVERIFY(c.error);
    QCOMPARE(c.error->site, QStringLiteral("s1"));
}

void tst_StudyChecks::siteKeys()
{
    const Keys k = makeKeys();
    const Keys other = makeKeys();
    const protocol::NodeInfo info = nodeInfo(QStringLiteral("north"), k, {});
    Site site { QStringLiteral("north"), QStringLiteral("https://h:1"), {}, QStringLiteral("t") };
    QVERIFY(!checkSiteKeys(site, info)); // first use: nothing to compare
    site.signingKey = b64(k.signPublic);
    site.keyAgreementKey = b64(k.kxPublic);
    QVERIFY(!checkSiteKeys(site, info));

    site.signingKey = b64(other.signPublic);
    std::optional<SiteError> e = checkSiteKeys(site, info);
    QVERIFY(e);
    QCOMPARE(e->kind, SiteError::Kind::Pin);
    QCOMPARE(e->site, QStringLiteral("north"));
    QCOMPARE(e->code, QStringLiteral("signing-key-changed"));
    QVERIFY(e->message.contains(QLatin1String("north")));
    QVERIFY(e->message.contains(QLatin1String("remove signing_key and key_agreement_key")));

    site.signingKey = b64(k.signPublic);
    site.keyAgreementKey = b64(other.kxPublic);
    e = checkSiteKeys(site, info);
    QVERIFY(e);
    QCOMPARE(e->code, QStringLiteral("key-agreement-key-changed"));

    // A node without valid keys cannot take part at all.
    protocol::NodeInfo keyless = info;
    keyless.keys.signingKey = QStringLiteral("c2hvcnQ=");
    site.signingKey.clear();
    site.keyAgreementKey.clear();
    e = checkSiteKeys(site, keyless);
    QVERIFY(e);
    QCOMPARE(e->code, QStringLiteral("node-keys"));
}

void tst_StudyChecks::manifest()
{
    const Federation f(QStringLiteral("masked"));
    const protocol::StudyManifest &m = f.manifest;
    QCOMPARE(m.version, 2);
    QCOMPARE(m.studyId.size(), 32);
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(m.studyId).hasMatch());
    QCOMPARE(m.designHash, protocol::designHash(design()));
    QCOMPARE(m.mode, QStringLiteral("masked"));
    QCOMPARE(m.participants.size(), 3);
    // The nodes' own names, sorted, with their keys.
    QCOMPARE(m.participants.at(0).name, QStringLiteral("site1"));
    QCOMPARE(m.participants.at(2).name, QStringLiteral("site3"));
    QCOMPARE(m.participants.at(1).signingKey, b64(f.keys[QStringLiteral("site2")].signPublic));
    QCOMPARE(m.participants.at(1).keyAgreementKey, b64(f.keys[QStringLiteral("site2")].kxPublic));
    QVERIFY(m.observers.isEmpty());
    // Two studies of the same design and sites are two studies.
    const Federation g(QStringLiteral("masked"));
    QVERIFY(g.manifest.studyId != m.studyId);

    // Byte-wise order of UTF-8: 'B' (0x42) before 'a' (0x61), 'z' before 'é'.
    StudySetup setup;
    setup.design = design();
    setup.mode = QStringLiteral("plain");
    const Keys k1 = makeKeys(), k2 = makeKeys(), k3 = makeKeys();
    setup.sites << StudySite { QStringLiteral("x"), nodeInfo(QStringLiteral("é"), k1, {}) }
                << StudySite { QStringLiteral("y"), nodeInfo(QStringLiteral("a"), k2, {}) }
                << StudySite { QStringLiteral("z"), nodeInfo(QStringLiteral("B"), k3, {}) };
    const ManifestChoice made = makeManifest(setup);
    QVERIFY(!made.error);
    QCOMPARE(made.manifest.participants.at(0).name, QStringLiteral("B"));
    QCOMPARE(made.manifest.participants.at(1).name, QStringLiteral("a"));
    QCOMPARE(made.manifest.participants.at(2).name, QStringLiteral("é"));
    QCOMPARE(participantIndex(made.manifest, QStringLiteral("a")), 1);
    QCOMPARE(participantIndex(made.manifest, QStringLiteral("A")), -1);
}

void tst_StudyChecks::duplicateNode()
{
    // One node listed twice, under two of the analyst's names: its records would count twice.
    const Keys k = makeKeys();
    const Keys other = makeKeys();
    StudySetup setup;
    setup.design = design();
    setup.mode = QStringLiteral("plain");
    setup.sites << StudySite { QStringLiteral("north"), nodeInfo(QStringLiteral("n"), k, {}) }
                << StudySite { QStringLiteral("north-again"),
                               nodeInfo(QStringLiteral("n"), k, {}) };
    ManifestChoice made = makeManifest(setup);
    QVERIFY(made.error);
    QCOMPARE(made.error->code, QStringLiteral("duplicate-node"));
    QVERIFY(made.error->message.contains(QLatin1String("north")));
    QVERIFY(made.error->message.contains(QLatin1String("north-again")));
    // The same key under another node name is the same node too.
    setup.sites[1].info.name = QStringLiteral("m");
    made = makeManifest(setup);
    QVERIFY(made.error);
    setup.sites[1].info = nodeInfo(QStringLiteral("m"), other, {});
    QVERIFY(!makeManifest(setup).error);
}

void tst_StudyChecks::manifestSignature()
{
    const Federation f(QStringLiteral("plain"));
    const QByteArray good = secure::sign(f.keysOf(0).signSecret, secure::Domain::Manifest,
                                         protocol::manifestBytes(f.manifest));
    QVERIFY(verifyManifestSignature(f.manifest, f.manifest.participants.at(0), good));
    // Another participant's key, another study, another domain: all refused.
    QVERIFY(!verifyManifestSignature(f.manifest, f.manifest.participants.at(1), good));
    protocol::StudyManifest changed = f.manifest;
    changed.maxRounds = 24;
    QVERIFY(!verifyManifestSignature(changed, f.manifest.participants.at(0), good));
    const QByteArray asContribution = secure::sign(
        f.keysOf(0).signSecret, secure::Domain::Contribution, protocol::manifestBytes(f.manifest));
    QVERIFY(!verifyManifestSignature(f.manifest, f.manifest.participants.at(0), asContribution));
    QVERIFY(!verifyManifestSignature(f.manifest, f.manifest.participants.at(0), QByteArray()));
}

void tst_StudyChecks::honestContributionPasses()
{
    for (const QString &mode : { QStringLiteral("plain"), QStringLiteral("masked") }) {
        const Federation f(mode);
        for (int k = 0; k < 3; ++k) {
            const QString problem
                = checkContribution(f.manifest, f.study, k, 1, 2, f.contribution(k));
            QVERIFY2(problem.isEmpty(), qPrintable(mode + QStringLiteral(": ") + problem));
        }
    }
}

void tst_StudyChecks::tamperingIsNamed()
{
    const Federation f(QStringLiteral("masked"));
    const protocol::SignedContribution honest = f.contribution(1);
    auto check = [&](const protocol::SignedContribution &c, int participant = 1, int round = 1) {
        return checkContribution(f.manifest, f.study, participant, round, 2, c);
    };

    // One masked word changed on the way: the signature no longer holds.
    protocol::SignedContribution altered = honest;
    altered.contribution.masked[3] ^= 1;
    QVERIFY(check(altered).contains(QLatin1String("signature")));
    // The signature itself changed.
    altered = honest;
    altered.signature[10] = char(altered.signature[10] ^ 0x40);
    QVERIFY(check(altered).contains(QLatin1String("signature")));
    altered.signature.clear();
    QVERIFY(check(altered).contains(QLatin1String("signature")));
    // Another participant's honest answer passed off as this one's.
    QVERIFY(check(f.contribution(2)).contains(QLatin1String("signature")));
    // A replayed round: honestly signed, but of round 1 where round 2 is due.
    QVERIFY2(check(honest, 1, 2).contains(QLatin1String("round 1")),
             qPrintable(check(honest, 1, 2)));

    // Answers signed by the right key but wrong in content (a node bug or a confused node).
    protocol::Contribution c = honest.contribution;
    c.study = QStringLiteral("sha256:00");
    QVERIFY(check(f.sign(c, 1)).contains(QLatin1String("another study")));
    c = honest.contribution;
    c.site = QStringLiteral("site3");
    QVERIFY(check(f.sign(c, 1)).contains(QLatin1String("site3")));
    c = honest.contribution;
    c.mode = QStringLiteral("plain");
    QVERIFY(check(f.sign(c, 1)).contains(QLatin1String("plain")));
    c = honest.contribution;
    c.masked.pop_back();
    QVERIFY(check(f.sign(c, 1)).contains(QLatin1String("words")));
    c = honest.contribution;
    c.p = 3;
    QVERIFY(check(f.sign(c, 1)).contains(QLatin1String("columns")));
    c = honest.contribution;
    c.status = protocol::ContributionStatus::Converged;
    c.masked.clear();
    c.finalBeta = { 0.5, 0.25 };
    c.betaHash = protocol::betaHash({ 0.5, 0.5 });
    QVERIFY(check(f.sign(c, 1)).contains(QLatin1String("hash")));
    c.betaHash = protocol::betaHash(c.finalBeta);
    QVERIFY(check(f.sign(c, 1)).isEmpty());
    c.status = protocol::ContributionStatus::Observed;
    QVERIFY(check(f.sign(c, 1)).contains(QLatin1String("observer")));
}

// Leave one site out: the held-out node is an observer. It is listed apart from the
// participants (sorted), may not also be a participant or share a key with one, and its answers
// are checked with its own key: 'observed' or the attestation, never statistics.
void tst_StudyChecks::observerInManifestAndItsAnswers()
{
    const Keys a = makeKeys(), b = makeKeys(), held = makeKeys();
    StudySetup setup;
    setup.design = design();
    setup.mode = QStringLiteral("plain");
    setup.sites << StudySite { QStringLiteral("south"), nodeInfo(QStringLiteral("s"), b, {}) }
                << StudySite { QStringLiteral("north"), nodeInfo(QStringLiteral("n"), a, {}) };
    setup.observers << StudySite { QStringLiteral("east"),
                                   nodeInfo(QStringLiteral("e"), held, {}) };
    ManifestChoice made = makeManifest(setup);
    QVERIFY(!made.error);
    const protocol::StudyManifest &m = made.manifest;
    QCOMPARE(m.participants.size(), 2);
    QCOMPARE(m.participants.at(0).name, QStringLiteral("n"));
    QCOMPARE(m.observers.size(), 1);
    QCOMPARE(m.observers.at(0).name, QStringLiteral("e"));
    QCOMPARE(participantIndex(m, QStringLiteral("e")), -1); // contributes to no sum

    // The held-out node named as participant too, or with a participant's key: refused.
    StudySetup twice = setup;
    twice.observers[0].info = nodeInfo(QStringLiteral("n"), a, {});
    QVERIFY(makeManifest(twice).error);
    twice.observers[0].info = nodeInfo(QStringLiteral("e"), a, {});
    QVERIFY(makeManifest(twice).error);

    const QString study = protocol::studyHash(m);
    auto signedBy = [](const Keys &k, const protocol::Contribution &c) {
        protocol::SignedContribution s;
        s.contribution = c;
        s.signature = secure::sign(k.signSecret, secure::Domain::Contribution,
                                   protocol::contributionBytes(c));
        return s;
    };
    protocol::Contribution c;
    c.study = study;
    c.site = QStringLiteral("e");
    c.round = 2;
    c.status = protocol::ContributionStatus::Observed;
    c.betaHash = protocol::betaHash({ 0.0, 0.0 });
    c.mode = m.mode;
    c.p = 2;
    QVERIFY(checkObserverContribution(m, study, 0, 2, 2, signedBy(held, c)).isEmpty());
    // Signed by a participant's key instead of the observer's: refused.
    QVERIFY(checkObserverContribution(m, study, 0, 2, 2, signedBy(a, c))
                .contains(QLatin1String("signature")));
    // An observer that answers with statistics (it holds none for the study): refused.
    protocol::Contribution stats = c;
    stats.status = protocol::ContributionStatus::Statistics;
    stats.plain = analysis::RoundStats {};
    QVERIFY(checkObserverContribution(m, study, 0, 2, 2, signedBy(held, stats))
                .contains(QLatin1String("observer")));
    // Its attestation must carry the β it hashed.
    protocol::Contribution attest = c;
    attest.status = protocol::ContributionStatus::Converged;
    attest.finalBeta = { 0.5, 0.25 };
    attest.betaHash = protocol::betaHash({ 0.5, 0.5 });
    QVERIFY(checkObserverContribution(m, study, 0, 2, 2, signedBy(held, attest))
                .contains(QLatin1String("hash")));
    attest.betaHash = protocol::betaHash(attest.finalBeta);
    QVERIFY(checkObserverContribution(m, study, 0, 2, 2, signedBy(held, attest)).isEmpty());
}

void tst_StudyChecks::plainSumInManifestOrder()
{
    const Federation f(QStringLiteral("plain"));
    QList<protocol::SignedContribution> all;
    for (int k = 0; k < 3; ++k)
        all << f.contribution(k);
    analysis::Result<analysis::RoundStats> sum = sumContributions(f.manifest, 2, all);
    QVERIFY(sum);
    analysis::RoundStats expected;
    for (int k = 0; k < 3; ++k)
        expected += stats(k);
    // Bit for bit the node's sum: the same additions in the same order.
    QCOMPARE(sum->xtwxUpper, expected.xtwxUpper);
    QCOMPARE(sum->score, expected.score);
    QCOMPARE(sum->deviance, expected.deviance);
    QCOMPARE(sum->n, expected.n);
    all.removeLast();
    QVERIFY(!sumContributions(f.manifest, 2, all));
}

void tst_StudyChecks::maskedSumDecodesOnlyInFull()
{
    const Federation f(QStringLiteral("masked"));
    QList<protocol::SignedContribution> all;
    for (int k = 0; k < 3; ++k)
        all << f.contribution(k);
    analysis::Result<analysis::RoundStats> sum = sumContributions(f.manifest, 2, all);
    QVERIFY2(sum, sum ? "" : sum.error().message.c_str());
    analysis::RoundStats expected;
    for (int k = 0; k < 3; ++k)
        expected += stats(k);
    const std::vector<double> got = protocol::statsVector(*sum);
    const std::vector<double> want = protocol::statsVector(expected);
    QCOMPARE(got.size(), want.size());
    for (size_t i = 0; i < want.size(); ++i)
        QVERIFY2(std::abs(got[i] - want[i]) <= 3 * std::ldexp(1.0, -f.manifest.fractionBits),
                 qPrintable(QStringLiteral("%1: %2 vs %3").arg(i).arg(got[i]).arg(want[i])));
    QCOMPARE(sum->n, expected.n);
    QCOMPARE(sum->events, expected.events);

    // Two of three masked contributions do not decode to the sum of those two: the third
    // site's masks are missing.
    std::vector<std::uint64_t> acc;
    for (int k = 0; k < 2; ++k) {
        std::vector<std::uint64_t> w(all.at(k).contribution.masked.begin(),
                                     all.at(k).contribution.masked.end());
        QVERIFY(secure::addWords(acc, w));
    }
    const analysis::Result<std::vector<double>> partial
        = secure::decodeSum(acc, { f.manifest.fractionBits, 3 });
    analysis::RoundStats two = stats(0);
    two += stats(1);
    if (partial) {
        const std::vector<double> pair = protocol::statsVector(two);
        int close = 0;
        for (size_t i = 0; i < pair.size(); ++i)
            close += relative((*partial)[i], pair[i]) < 1e-6 ? 1 : 0;
        QVERIFY2(close == 0, qPrintable(QString::number(close)));
    }
}

void tst_StudyChecks::coordinatorFollowsManifest()
{
    // The client's coordinator is the nodes' (protocol::studyModel, one definition).
    Federation f(QStringLiteral("plain"));
    analysis::GlmCoordinator glm = protocol::studyModel(f.manifest).coordinator();
    QCOMPARE(glm.nextBeta().size(), 2);
    QCOMPARE(glm.nextBeta()[0], 0.0); // the deterministic start: β = 0, null model first
    QCOMPARE(glm.terms(), (std::vector<std::string> { "(Intercept)", "x" }));
    // A calibration study's coordinator fits y ~ 1 + lp from β = 0, without a null model,
    // binomial without ridge whatever the fitted design's family.
    f.manifest.kind = protocol::JobKind::CalibrationSlope;
    f.manifest.fitNullModel = false;
    const protocol::StudyModel slopeModel = protocol::studyModel(f.manifest);
    QCOMPARE(slopeModel.family, analysis::Family::Binomial);
    QCOMPARE(slopeModel.ridgeLambda, 0.0);
    QVERIFY(!slopeModel.hasOffset);
    analysis::GlmCoordinator slope = slopeModel.coordinator();
    QCOMPARE(slope.terms(), (std::vector<std::string> { "(Intercept)", "lp" }));
    QCOMPARE(slope.nextBeta(), Eigen::VectorXd::Zero(2).eval());
    // Marked to start at the fitted model: (0, 1), a protocol constant.
    f.manifest.startAtFittedModel = true;
    QCOMPARE(protocol::studyModel(f.manifest).coordinator().nextBeta(),
             Eigen::Vector2d(0.0, 1.0).eval());
    // Calibration in the large: y ~ 1 with offset lp.
    f.manifest.kind = protocol::JobKind::CalibrationIntercept;
    const protocol::StudyModel intercept = protocol::studyModel(f.manifest);
    QCOMPARE(intercept.terms, (std::vector<std::string> { "(Intercept)" }));
    QVERIFY(intercept.hasOffset);
}

QTEST_GUILESS_MAIN(tst_StudyChecks)
#include "tst_studychecks.moc"

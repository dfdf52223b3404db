// SPDX-License-Identifier: GPL-3.0-or-later
// Protocol version 2 against three real fairstart-node processes, with the test as the relay
// (studyrelay.h): a masked and a plain study converge to the pooled fit; every tampering with
// the relay is refused naming the site and what failed, audited, and ends the study at that node;
// plain mode over three participants is refused by the default policy; per-site fits and
// evaluations use only the node's own final β; the participant-set rule refuses a set one site
// away from an earlier one when the policy says so.
#include "fairstart/node/disclosurecontrol.h"
#include "fairstart/node/store.h"

#include "fairstart/analysis/glm.h"
#include "fairstart/protocol/codec.h"
#include "fairstart/secure/secure.h"

#include "demodesign.h"
#include "demosites.h"
#include "nodeprocess.h"
#include "peering.h"
#include "protocolone.h"
#include "studyrelay.h"
#include "uniformity.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <csignal>
#include <map>

using namespace fairstart;
using testsupport::demoDesign;
using testsupport::NodeProcess;
using testsupport::Reply;
using testsupport::StudySite;

namespace {

QString message(const Reply &reply)
{
    const QJsonObject error = reply.json.value(QStringLiteral("error")).toObject();
    return error.value(QStringLiteral("message")).toString() + QLatin1Char(' ')
        + error.value(QStringLiteral("detail")).toString();
}

double relativeDifference(double a, double b)
{
    return std::abs(a - b) / std::max(1.0, std::abs(b));
}

} // namespace

class tst_Study : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void maskedStudyEqualsPooledFit();
    // Issue 16: a round shared by two studies of one design at a node.
    void sameRoundsOfTwoStudiesComputedOnce();
    // Issue 16: a repeated model's per-site fit and evaluation, computed once at a node.
    void repeatedModelSiteFitAndEvaluationAsComputed();
    void plainStudyWithObserverEqualsPooledFit();
    void repeatedRoundGetsTheStoredAnswer();
    void siteFitAndEvaluationUseTheNodesOwnBeta();
    void calibrationJobEndsWhenItsStudyConverges();
    void calibrationSlopeStartsAtTheFittedModel();
    void protocolOneIsRefused();
    void plainModeWithThreeParticipantsIsRefused();
    void manifestWithOtherKeysIsRefused();
    void manifestSignedByUnknownKey();
    void missingSignature();
    void differentParticipantSetAtOneNode();
    void changedContribution();
    void foreignContribution();
    void replayedRound();
    void reorderedContributions();
    void betaTheNodeDidNotCompute();
    // Contribution tags (issue 16, docs/protocol.md "Contribution tags").
    void taggedStudyEqualsPooledFit();
    void changedContributionUnderItsTag();
    void misplacedTags();
    void colludingSiteCannotTagForAnother();
    // Issue 16, many sites: the manifest signed over its SHA-256, round 1 arming the study.
    void digestSignedManifestArmsWithRoundOne();
    void roundOneWithForeignSignatureEndsTheStudy();
    // manifest tags: round 1 armed by the other sites' tags for each node (issue 16)
    void manifestTagsArmTheStudy();
    void hostileManifestTagsEndTheStudy();
    void colludingSiteCannotTagTheManifestForAnother();
    // Last: it leaves site1's policy refusing participant sets one site away.
    void participantSetOneSiteAway();

private:
    // startMasked with contribution tags: also each participant's round-1 tags (manifest order).
    bool startTagged(protocol::StudyManifest *manifest,
                     std::vector<protocol::SignedContribution> *round1,
                     std::vector<QList<QByteArray>> *tags);
    // Opens and arms a masked study over the three nodes and relays round 1; the round-1
    // contributions in manifest order.
    bool startMasked(protocol::StudyManifest *manifest,
                     std::vector<protocol::SignedContribution> *round1);
    // The node's audit entries (JSON lines) that mention `text`.
    QStringList auditLines(int index, const QString &text);
    // Node `index` audited the refusal `code`, naming `site` (unless empty), and the study's end.
    void expectAudited(int index, const QString &code, const QString &site);
    // Every relayed round (2 and on) that node `index` answered is audited by its record, not its
    // bytes: requestHash, round, and each contribution's site, digest, tag (`tagged`, other sites
    // only) and signature digest, equal to what `run` relayed (docs/privacy-rules.md).
    void expectRelaysRecorded(int index, const QString &study, const testsupport::StudyRun &run,
                              bool tagged);
    // Every later relay to node `index` is refused: the study ended there.
    void expectEnded(int index, const protocol::StudyManifest &manifest, int round);
    std::vector<StudySite *> all() { return { &m_sites[0], &m_sites[1], &m_sites[2] }; }
    // A masked fit of demoDesign() over the three nodes to its end: its manifest in `glm`, each
    // node's job of it (left open) in `jobs`. Empty, else what failed (VERIFY_NO_ERROR).
    QString fitModel(protocol::StudyManifest *glm, std::vector<QString> *jobs);
    // A calibration-slope study over the three nodes of the model `glm` fitted.
    protocol::StudyManifest slopeOf(const protocol::StudyManifest &glm) const;
    // The three sites as a manifest's participants.
    QList<protocol::StudyParticipant> allParticipants() const
    {
        return { testsupport::participantOf(m_sites[0]), testsupport::participantOf(m_sites[1]),
                 testsupport::participantOf(m_sites[2]) };
    }
    std::vector<NodeProcess *> nodes() { return { &m_nodes[0], &m_nodes[1], &m_nodes[2] }; }

    QTemporaryDir m_dir;
    NodeProcess m_nodes[3];
    StudySite m_sites[3];
    analysis::DesignMatrix m_designs[3];
};

void tst_Study::initTestCase()
{
    VERIFY_NO_ERROR(testsupport::startDemoSites(m_dir, nodes(), all(), 31));
    // The pooled reference: each site's design, read the way the node reads it.
    for (int i = 0; i < 3; ++i)
        VERIFY_NO_ERROR(testsupport::readDemoDesign(m_nodes[i], &m_designs[i]));
    // The administrators exchange keys: every node accepts the two others as peers.
    VERIFY_NO_ERROR(testsupport::serveEachOther(nodes(), all()));
}

void tst_Study::cleanupTestCase()
{
    for (NodeProcess &node : m_nodes)
        node.stop();
}

QStringList tst_Study::auditLines(int index, const QString &text)
{
    return testsupport::auditLinesOf(m_nodes[index], text);
}

bool tst_Study::startMasked(protocol::StudyManifest *manifest,
                            std::vector<protocol::SignedContribution> *round1)
{
    *manifest = testsupport::makeManifest(demoDesign(), allParticipants());
    QString error;
    if (!testsupport::openAndArm(all(), *manifest, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    testsupport::StudyRun run;
    protocol::RoundRelay relay;
    relay.round = 1;
    if (!testsupport::relayToAll(all(), *manifest, relay, &run, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    *round1 = run.previous;
    return true;
}

bool tst_Study::startTagged(protocol::StudyManifest *manifest,
                            std::vector<protocol::SignedContribution> *round1,
                            std::vector<QList<QByteArray>> *tags)
{
    *manifest = testsupport::makeManifest(demoDesign(), allParticipants());
    QString error;
    if (!testsupport::openAndArm(all(), *manifest, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    testsupport::StudyRun run;
    protocol::RoundRelay relay;
    relay.round = 1;
    if (!testsupport::relayToAll(all(), *manifest, relay, &run, &error, true)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    *round1 = run.previous;
    *tags = run.tags;
    return true;
}

QString tst_Study::fitModel(protocol::StudyManifest *glm, std::vector<QString> *jobs)
{
    *glm = testsupport::makeManifest(demoDesign(), allParticipants());
    QString error;
    if (!testsupport::runStudy(all(), *glm, &error))
        return error;
    jobs->clear();
    for (const StudySite &site : m_sites)
        jobs->push_back(site.jobId);
    return {};
}

protocol::StudyManifest tst_Study::slopeOf(const protocol::StudyManifest &glm) const
{
    protocol::StudyManifest slope = testsupport::makeManifest(demoDesign(), allParticipants());
    slope.kind = protocol::JobKind::CalibrationSlope;
    slope.fittedStudy = protocol::studyHash(glm);
    slope.fitNullModel = false;
    return slope;
}

void tst_Study::expectAudited(int index, const QString &code, const QString &site)
{
    const QStringList lines = auditLines(index, QLatin1Char('"') + code + QLatin1Char('"'));
    const bool found = std::any_of(lines.begin(), lines.end(), [&](const QString &line) {
        return line.contains(QStringLiteral("\"studyEnded\":true"))
            && (site.isEmpty()
                || line.contains(QStringLiteral("\"refusedSite\":\"%1\"").arg(site)));
    });
    // A refused relay is kept whole in the audit (only answered relays are kept as digests).
    QVERIFY2(std::all_of(lines.begin(), lines.end(),
                         [](const QString &line) {
                             return !line.contains(QStringLiteral("\"studyEnded\":true"))
                                 || line.contains(QStringLiteral("\"request\":{"));
                         }),
             qPrintable(lines.join(QLatin1Char('\n')).left(2000)));
    QVERIFY2(
        found,
        qPrintable(QStringLiteral("site%1 did not audit %2 (naming '%3') as the study's end: %4")
                       .arg(index + 1)
                       .arg(code, site, lines.join(QLatin1Char('\n')))));
}

void tst_Study::expectRelaysRecorded(int index, const QString &study,
                                     const testsupport::StudyRun &run, bool tagged)
{
    auto hex = [](const QByteArray &bytes) {
        return QString::fromLatin1(bytes.toHex());
    };
    int recorded = 0;
    for (const QString &line : auditLines(index, study)) {
        QJsonObject entry = QJsonDocument::fromJson(line.toUtf8()).object();
        if (entry.contains(QStringLiteral("entry")))
            entry = entry.value(QStringLiteral("entry")).toObject();
        const int round = entry.value(QStringLiteral("round")).toInt();
        if (!entry.value(QStringLiteral("path")).toString().endsWith(QStringLiteral("/rounds"))
            || entry.value(QStringLiteral("status")).toInt() != 200 || round < 2)
            continue;
        // Not the relay's bytes: its hash, and the record.
        QVERIFY2(!entry.contains(QStringLiteral("request")), qPrintable(line.left(400)));
        QVERIFY(entry.value(QStringLiteral("requestHash"))
                    .toString()
                    .startsWith(QStringLiteral("sha256:")));
        QVERIFY(entry.value(QStringLiteral("requestBytes")).toInteger() > 0);
        const QJsonArray relayed = entry.value(QStringLiteral("relayed")).toArray();
        QCOMPARE(relayed.size(), 3);
        for (int j = 0; j < 3; ++j) {
            const QJsonObject r = relayed.at(j).toObject();
            const QString site = m_sites[j].info.name;
            QCOMPARE(r.value(QStringLiteral("site")).toString(), site);
            // The contribution of round − 1 that `site` answered: its digest and signature.
            const auto sent = std::find_if(run.answers.begin(), run.answers.end(), [&](auto &a) {
                return a.contribution.site == site && a.contribution.round == round - 1;
            });
            QVERIFY(sent != run.answers.end());
            QCOMPARE(
                r.value(QStringLiteral("digest")).toString(),
                hex(secure::contributionDigest(protocol::contributionBytes(sent->contribution))));
            QCOMPARE(r.value(QStringLiteral("signature")).toString(),
                     hex(QCryptographicHash::hash(sent->signature, QCryptographicHash::Sha256)));
            // A tag for this node from every other site; its own contribution by its signature.
            QCOMPARE(r.contains(QStringLiteral("tag")), tagged && j != index);
            if (tagged && j != index)
                QCOMPARE(r.value(QStringLiteral("tag")).toString().size(), 2 * secure::kTagBytes);
        }
        ++recorded;
    }
    QVERIFY2(recorded >= run.rounds - 1,
             qPrintable(QStringLiteral("site%1 recorded %2 relays of %3 rounds")
                            .arg(index + 1)
                            .arg(recorded)
                            .arg(run.rounds)));
}

void tst_Study::expectEnded(int index, const protocol::StudyManifest &manifest, int round)
{
    Q_UNUSED(manifest);
    protocol::RoundRelay relay;
    relay.round = round;
    const Reply again = testsupport::relayRound(m_sites[index], relay);
    QVERIFY2(again.status == 409, qPrintable(again.describe()));
    QVERIFY2(again.code == QStringLiteral("job-cancelled")
                 || again.code == QStringLiteral("study-ended"),
             qPrintable(again.describe()));
    // The job says so too.
    const Reply status
        = m_sites[index].node->get(testsupport::jobPath(m_sites[index]), m_sites[index].token);
    QCOMPARE(status.json.value(QStringLiteral("state")).toString(), QStringLiteral("cancelled"));
}

// ---- honest studies --------------------------------------------------------------------------

void tst_Study::maskedStudyEqualsPooledFit()
{
    const protocol::StudyManifest manifest
        = testsupport::makeManifest(demoDesign(), allParticipants());
    QString error;
    auto run = testsupport::runStudy(all(), manifest, &error);
    QVERIFY2(run, qPrintable(error));

    analysis::GlmOptions options;
    auto pooled = analysis::fitFederated({ &m_designs[0], &m_designs[1], &m_designs[2] },
                                         analysis::Family::Binomial, 0.0, options);
    QVERIFY(pooled);
    const QString study = protocol::studyHash(manifest);
    QString hash;
    for (int i = 0; i < 3; ++i) {
        const protocol::Contribution &c = run->last[std::size_t(i)].contribution;
        QCOMPARE(c.status, protocol::ContributionStatus::Converged);
        QCOMPARE(c.study, study);
        QCOMPARE(c.site, m_sites[i].info.name);
        // Each attestation is signed by its node's key and names the same final β.
        QVERIFY(secure::verify(QByteArray::fromBase64(m_sites[i].info.keys.signingKey.toLatin1()),
                               secure::Domain::Contribution, protocol::contributionBytes(c),
                               run->last[std::size_t(i)].signature));
        QCOMPARE(c.betaHash, protocol::betaHash(c.finalBeta));
        if (i > 0)
            QCOMPARE(c.betaHash, hash);
        hash = c.betaHash;
        QCOMPARE(Eigen::Index(c.finalBeta.size()), pooled->beta.size());
        for (std::size_t j = 0; j < c.finalBeta.size(); ++j)
            QVERIFY2(relativeDifference(c.finalBeta[j], pooled->beta(Eigen::Index(j))) < 1e-8,
                     qPrintable(QStringLiteral("β[%1] = %2, pooled %3")
                                    .arg(j)
                                    .arg(c.finalBeta[j], 0, 'g', 17)
                                    .arg(pooled->beta(Eigen::Index(j)), 0, 'g', 17)));
    }
    // The audit keeps the manifest's hash, the participants, the signatures verified and the
    // final β's hash.
    for (int i = 0; i < 3; ++i) {
        const QStringList lines = auditLines(i, study);
        QVERIFY2(!lines.isEmpty(), "no audit entry names the study");
        const QString all = lines.join(QLatin1Char('\n'));
        QVERIFY(all.contains(QStringLiteral("\"participants\":[\"site1\",\"site2\",\"site3\"]")));
        QVERIFY(
            all.contains(QStringLiteral("\"signaturesVerified\":[\"site1\",\"site2\",\"site3\"]")));
        QVERIFY(all.contains(QStringLiteral("\"finalBetaHash\":\"") + hash));
        expectRelaysRecorded(i, study, *run, false);
    }
    // Each site's masked contributions, all rounds of the fit, look like uniform bytes; the
    // decoded sums of the same rounds, encoded again without masks, do not (negative control).
    std::map<QString, QByteArray> bySite;
    std::map<int, std::vector<std::uint64_t>> sums;
    for (const protocol::SignedContribution &answer : run->answers) {
        if (answer.contribution.status != protocol::ContributionStatus::Statistics)
            continue;
        QVERIFY(!answer.contribution.plain);
        bySite[answer.contribution.site] += testsupport::wordBytes(answer.contribution.masked);
        QVERIFY(secure::addWords(sums[answer.contribution.round], answer.contribution.masked));
    }
    QCOMPARE(bySite.size(), std::size_t(3));
    double chi = 0;
    for (const auto &[site, bytes] : bySite) {
        const bool uniform = testsupport::looksUniform(bytes, &chi);
        qInfo("%s: %lld masked bytes, chi-square %.1f", qPrintable(site), qlonglong(bytes.size()),
              chi);
        QVERIFY2(uniform, qPrintable(site));
    }
    const secure::FixedPoint format { manifest.fractionBits, 3 };
    QByteArray plain;
    for (const auto &[round, words] : sums) {
        auto values = secure::decodeSum(words, format);
        QVERIFY2(values, qPrintable(QStringLiteral("round %1 does not decode").arg(round)));
        auto encoded = secure::encode(*values, format);
        QVERIFY(encoded);
        plain += testsupport::wordBytes(*encoded);
    }
    QVERIFY(!testsupport::looksUniform(plain, &chi));
    qInfo("the same rounds unmasked: %lld bytes, chi-square %.0f", qlonglong(plain.size()), chi);
    testsupport::closeJobs(all());
}

void tst_Study::plainStudyWithObserverEqualsPooledFit()
{
    // Two participants in plain mode (the default policy allows up to 2), site3 observes.
    const protocol::StudyManifest manifest = testsupport::makeManifest(
        demoDesign(),
        { testsupport::participantOf(m_sites[0]), testsupport::participantOf(m_sites[1]) },
        { testsupport::participantOf(m_sites[2]) }, QStringLiteral("plain"));
    QString error;
    auto run = testsupport::runStudy(all(), manifest, &error);
    QVERIFY2(run, qPrintable(error));
    auto pooled = analysis::fitFederated({ &m_designs[0], &m_designs[1] },
                                         analysis::Family::Binomial, 0.0, {});
    QVERIFY(pooled);
    for (int i = 0; i < 3; ++i) {
        const protocol::Contribution &c = run->last[std::size_t(i)].contribution;
        QCOMPARE(c.status, protocol::ContributionStatus::Converged);
        for (std::size_t j = 0; j < c.finalBeta.size(); ++j)
            QVERIFY(relativeDifference(c.finalBeta[j], pooled->beta(Eigen::Index(j))) < 1e-8);
    }
    testsupport::closeJobs(all());
}

void tst_Study::repeatedRoundGetsTheStoredAnswer()
{
    protocol::StudyManifest manifest;
    std::vector<protocol::SignedContribution> round1;
    QVERIFY(startMasked(&manifest, &round1));
    protocol::RoundRelay relay;
    relay.round = 2;
    relay.previous = QList<protocol::SignedContribution>(round1.begin(), round1.end());
    const Reply first = testsupport::relayRound(m_sites[0], relay);
    QCOMPARE(first.status, 200);
    const Reply again = testsupport::relayRound(m_sites[0], relay);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.body, first.body);
    testsupport::closeJobs(all());
}

void tst_Study::siteFitAndEvaluationUseTheNodesOwnBeta()
{
    const protocol::StudyManifest manifest
        = testsupport::makeManifest(demoDesign(), allParticipants());
    QString error;
    auto run = testsupport::runStudy(all(), manifest, &error);
    QVERIFY2(run, qPrintable(error));

    // The per-site fit equals the site's own fit.
    const Reply fit = m_sites[0].node->post(testsupport::jobPath(m_sites[0], "/site-fit"),
                                            m_sites[0].token, QByteArray("{}"));
    QVERIFY2(fit.status == 200, qPrintable(fit.describe()));
    auto siteFit = protocol::fromJson<protocol::SiteFitResponse>(fit.json);
    QVERIFY(siteFit);
    auto alone = analysis::fitFederated({ &m_designs[0] }, analysis::Family::Binomial, 0.0, {});
    QVERIFY(alone);
    for (Eigen::Index j = 0; j < alone->beta.size(); ++j)
        QVERIFY(relativeDifference(siteFit->glm.beta(j), alone->beta(j)) < 1e-6);

    // The evaluation names the job, never a β.
    protocol::StudyEvaluationRequest evaluation;
    evaluation.purpose = QStringLiteral("research");
    evaluation.jobId = m_sites[1].jobId;
    const Reply evaluated = m_sites[1].node->post("/v1/evaluations", m_sites[1].token,
                                                  testsupport::body(protocol::toJson(evaluation)));
    QVERIFY2(evaluated.status == 200, qPrintable(evaluated.describe()));
    // Another node's job id (or any unknown one) is not a study of this node.
    evaluation.jobId = m_sites[0].jobId;
    const Reply foreign = m_sites[1].node->post("/v1/evaluations", m_sites[1].token,
                                                testsupport::body(protocol::toJson(evaluation)));
    QCOMPARE(foreign.status, 403);
    QCOMPARE(foreign.code, QStringLiteral("unknown-study"));
    testsupport::closeJobs(all());
}

void tst_Study::calibrationJobEndsWhenItsStudyConverges()
{
    // Issue 16: a calibration study that converged has nothing more to compute, so its job ends
    // at the node (no DELETE needed): finished, not open; the converged round's relay repeated
    // gets the very answer, a later round is refused; the model study's job stays open for the
    // per-site fit and the evaluations.
    protocol::StudyManifest glm;
    std::vector<QString> glmJobs;
    VERIFY_NO_ERROR(fitModel(&glm, &glmJobs));
    QString error;

    const protocol::StudyManifest calibration = slopeOf(glm);
    auto run = testsupport::runStudy(all(), calibration, &error);
    QVERIFY2(run, qPrintable(error));
    QVERIFY(run->rounds >= 2);
    // The relay of the converged round: every participant's answer of the round before.
    protocol::RoundRelay relay;
    relay.round = run->rounds;
    for (const protocol::SignedContribution &c : run->answers) {
        if (c.contribution.round == run->rounds - 1)
            relay.previous << c;
    }
    QCOMPARE(relay.previous.size(), 3);
    for (int i = 0; i < 3; ++i) {
        const StudySite &site = m_sites[i];
        QCOMPARE(run->last[std::size_t(i)].contribution.status,
                 protocol::ContributionStatus::Converged);
        const Reply status = site.node->get(testsupport::jobPath(site), site.token);
        QVERIFY2(status.status == 200, qPrintable(status.describe()));
        QCOMPARE(status.json.value(QStringLiteral("state")).toString(), QStringLiteral("finished"));
        const Reply again = testsupport::relayRound(site, relay);
        QVERIFY2(again.status == 200, qPrintable(again.describe()));
        QCOMPARE(testsupport::contributionOf(again)->signature,
                 run->last[std::size_t(i)].signature);
        protocol::RoundRelay later;
        later.round = run->rounds + 1;
        later.previous
            = QList<protocol::SignedContribution>(run->previous.begin(), run->previous.end());
        const Reply refused = testsupport::relayRound(site, later);
        QCOMPARE(refused.status, 409);
        QCOMPARE(refused.code, QStringLiteral("study-converged"));
        // The model study's job is still open.
        const Reply model
            = site.node->get("/v1/jobs/" + glmJobs[std::size_t(i)].toStdString(), site.token);
        QVERIFY2(model.status == 200, qPrintable(model.describe()));
        QCOMPARE(model.json.value(QStringLiteral("state")).toString(), QStringLiteral("open"));
        site.node->del("/v1/jobs/" + glmJobs[std::size_t(i)].toStdString(), site.token);
    }
    // Every node says so in /v1/info.
    for (StudySite &site : m_sites) {
        QVERIFY2(testsupport::fetchInfo(site, &error), qPrintable(error));
        QVERIFY(site.info.capabilities.contains(QStringLiteral("ends-calibration-jobs")));
    }
    testsupport::closeJobs(all());
}

void tst_Study::calibrationSlopeStartsAtTheFittedModel()
{
    // Issue 16: a slope study whose manifest says "start": "fitted-model" starts at (0, 1), the
    // slope model's MLE on the fitted study's records up to its tolerance: it converges in 3
    // rounds instead of starting at β = 0, to the same intercept and slope.
    protocol::StudyManifest glm;
    std::vector<QString> glmJobs;
    VERIFY_NO_ERROR(fitModel(&glm, &glmJobs));
    QString error;

    const protocol::StudyManifest fromZero = slopeOf(glm);
    auto zero = testsupport::runStudy(all(), fromZero, &error);
    QVERIFY2(zero, qPrintable(error));
    protocol::StudyManifest fromModel = slopeOf(glm);
    fromModel.startAtFittedModel = true;
    auto started = testsupport::runStudy(all(), fromModel, &error);
    QVERIFY2(started, qPrintable(error));

    QCOMPARE(started->rounds, 3); // the start, one step, the attestation
    QVERIFY2(started->rounds < zero->rounds,
             qPrintable(QStringLiteral("%1 rounds from (0, 1), %2 from 0")
                            .arg(started->rounds)
                            .arg(zero->rounds)));
    // Round 1 was computed at (0, 1) by every node.
    const QString atModel = protocol::betaHash({ 0.0, 1.0 });
    for (const protocol::SignedContribution &c : started->answers) {
        if (c.contribution.round == 1)
            QCOMPARE(c.contribution.betaHash, atModel);
    }
    const std::vector<double> &a = zero->last.front().contribution.finalBeta;
    const std::vector<double> &b = started->last.front().contribution.finalBeta;
    QCOMPARE(a.size(), std::size_t(2));
    QCOMPARE(b.size(), std::size_t(2));
    QVERIFY2(
        std::abs(b[1] - a[1]) <= 1e-6 * std::abs(a[1]),
        qPrintable(QStringLiteral("slope %1 vs %2").arg(b[1], 0, 'g', 17).arg(a[1], 0, 'g', 17)));
    QVERIFY2(std::abs(b[0] - a[0]) <= 1e-6,
             qPrintable(
                 QStringLiteral("intercept %1 vs %2").arg(b[0], 0, 'g', 17).arg(a[0], 0, 'g', 17)));
    // On the training records the fitted model is calibrated: intercept 0, slope 1.
    QVERIFY(std::abs(b[1] - 1.0) <= 1e-6);
    QVERIFY(std::abs(b[0]) <= 1e-6);
    for (StudySite &site : m_sites) {
        QVERIFY2(testsupport::fetchInfo(site, &error), qPrintable(error));
        QVERIFY(site.info.capabilities.contains(QStringLiteral("calibration-start")));
    }
    for (std::size_t i = 0; i < std::size(m_sites); ++i)
        m_sites[i].node->del("/v1/jobs/" + glmJobs[i].toStdString(), m_sites[i].token);
    testsupport::closeJobs(all());
}

// ---- refusals at the door ---------------------------------------------------------------------

void tst_Study::protocolOneIsRefused()
{
    const Reply job = m_nodes[0].post(
        "/v1/jobs", m_sites[0].token,
        testsupport::protocolone::jobBody(QStringLiteral("cohort"), demoDesign()));
    QCOMPARE(job.status, 400);
    QCOMPARE(job.code, QStringLiteral("protocol-version"));
    QVERIFY(job.json.value(QStringLiteral("error"))
                .toObject()
                .value(QStringLiteral("message"))
                .toString()
                .contains(QStringLiteral("protocol version 1")));
    const Reply evaluated
        = m_nodes[0].post("/v1/evaluations", m_sites[0].token,
                          testsupport::protocolone::evaluationBody(
                              QStringLiteral("cohort"), demoDesign(), std::vector<double>(5, 0.0)));
    QCOMPARE(evaluated.status, 400);
    QCOMPARE(evaluated.code, QStringLiteral("protocol-version"));
}

void tst_Study::plainModeWithThreeParticipantsIsRefused()
{
    const protocol::StudyManifest manifest
        = testsupport::makeManifest(demoDesign(), allParticipants(), {}, QStringLiteral("plain"));
    for (int i = 0; i < 3; ++i) {
        const Reply opened = testsupport::openStudy(m_sites[i], manifest);
        QCOMPARE(opened.status, 403);
        QCOMPARE(opened.code, QStringLiteral("plain-mode"));
        QVERIFY(opened.rule);
    }
    QVERIFY(!auditLines(0, QStringLiteral("\"plain-mode\"")).isEmpty());
}

void tst_Study::manifestWithOtherKeysIsRefused()
{
    const testsupport::FakeSite impostor = testsupport::FakeSite::make(QStringLiteral("site1"));
    const protocol::StudyManifest manifest = testsupport::makeManifest(
        demoDesign(), { impostor.participant(), testsupport::participantOf(m_sites[1]) });
    const Reply opened = testsupport::openStudy(m_sites[0], manifest);
    QCOMPARE(opened.status, 403);
    QCOMPARE(opened.code, QStringLiteral("foreign-keys"));
    QVERIFY(opened.json.value(QStringLiteral("error"))
                .toObject()
                .value(QStringLiteral("message"))
                .toString()
                .contains(QStringLiteral("other keys")));
}

// ---- tampering: each refused naming the site, audited, and the study ends --------------------

void tst_Study::manifestSignedByUnknownKey()
{
    const protocol::StudyManifest manifest
        = testsupport::makeManifest(demoDesign(), allParticipants());
    protocol::SignatureRelay relay;
    for (StudySite *site : all()) {
        QCOMPARE(testsupport::openStudy(*site, manifest).status, 201);
        relay.signatures.append({ site->info.name, site->manifestSignature });
    }
    // site2's signature replaced by one of a key the manifest does not hold.
    const testsupport::FakeSite stranger = testsupport::FakeSite::make(QStringLiteral("site2"));
    relay.signatures[1].signature = stranger.signManifest(manifest);
    const Reply armed = testsupport::relaySignatures(m_sites[0], relay);
    QCOMPARE(armed.status, 409);
    QCOMPARE(armed.code, QStringLiteral("invalid-signature"));
    QVERIFY2(message(armed).contains(QStringLiteral("site2")), qPrintable(message(armed)));
    expectEnded(0, manifest, 1);
    expectAudited(0, QStringLiteral("invalid-signature"), QStringLiteral("site2"));
    testsupport::closeJobs(all());
}

void tst_Study::missingSignature()
{
    const protocol::StudyManifest manifest
        = testsupport::makeManifest(demoDesign(), allParticipants());
    protocol::SignatureRelay relay;
    for (StudySite *site : all()) {
        QCOMPARE(testsupport::openStudy(*site, manifest).status, 201);
        relay.signatures.append({ site->info.name, site->manifestSignature });
    }
    // Nothing is computed before arming.
    protocol::RoundRelay round1;
    round1.round = 1;
    const Reply early = testsupport::relayRound(m_sites[1], round1);
    QCOMPARE(early.status, 409);
    QCOMPARE(early.code, QStringLiteral("study-not-armed"));
    relay.signatures.removeLast();
    const Reply armed = testsupport::relaySignatures(m_sites[1], relay);
    QCOMPARE(armed.status, 409);
    QCOMPARE(armed.code, QStringLiteral("missing-signature"));
    QVERIFY2(message(armed).contains(QStringLiteral("site3")), qPrintable(message(armed)));
    expectEnded(1, manifest, 1);
    expectAudited(1, QStringLiteral("missing-signature"), QStringLiteral("site3"));
    testsupport::closeJobs(all());
}

void tst_Study::differentParticipantSetAtOneNode()
{
    // site1 is given a manifest without site3; the others the full one. Each signs what it got,
    // so the other sites' signatures do not verify against site1's manifest.
    const protocol::StudyManifest full = testsupport::makeManifest(demoDesign(), allParticipants());
    protocol::StudyManifest smaller = full;
    smaller.participants.removeLast();
    QCOMPARE(testsupport::openStudy(m_sites[0], smaller).status, 201);
    QCOMPARE(testsupport::openStudy(m_sites[1], full).status, 201);
    QCOMPARE(testsupport::openStudy(m_sites[2], full).status, 201);
    protocol::SignatureRelay relay;
    relay.signatures = { { QStringLiteral("site1"), m_sites[0].manifestSignature },
                         { QStringLiteral("site2"), m_sites[1].manifestSignature } };
    const Reply armed = testsupport::relaySignatures(m_sites[0], relay);
    QCOMPARE(armed.status, 409);
    QCOMPARE(armed.code, QStringLiteral("invalid-signature"));
    QVERIFY2(message(armed).contains(QStringLiteral("site2")), qPrintable(message(armed)));
    expectEnded(0, smaller, 1);
    expectAudited(0, QStringLiteral("invalid-signature"), QStringLiteral("site2"));
    // And the full manifest's sites see site1's signature of another manifest.
    relay.signatures.append({ QStringLiteral("site3"), m_sites[2].manifestSignature });
    const Reply other = testsupport::relaySignatures(m_sites[1], relay);
    QCOMPARE(other.status, 409);
    QCOMPARE(other.code, QStringLiteral("invalid-signature"));
    QVERIFY2(message(other).contains(QStringLiteral("site1")), qPrintable(message(other)));
    expectAudited(1, QStringLiteral("invalid-signature"), QStringLiteral("site1"));
    testsupport::closeJobs(all());
}

void tst_Study::changedContribution()
{
    protocol::StudyManifest manifest;
    std::vector<protocol::SignedContribution> round1;
    QVERIFY(startMasked(&manifest, &round1));
    protocol::RoundRelay relay;
    relay.round = 2;
    relay.previous = QList<protocol::SignedContribution>(round1.begin(), round1.end());
    QVERIFY(!relay.previous[1].contribution.masked.empty());
    relay.previous[1].contribution.masked[3] ^= 1; // one flipped bit of one word of site2's
    const Reply refused = testsupport::relayRound(m_sites[0], relay);
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.code, QStringLiteral("invalid-signature"));
    QVERIFY(message(refused).contains(QStringLiteral("site2")));
    expectAudited(0, QStringLiteral("invalid-signature"), QStringLiteral("site2"));
    // The honest relay is refused now too: the study ended at site1.
    relay.previous = QList<protocol::SignedContribution>(round1.begin(), round1.end());
    const Reply honest = testsupport::relayRound(m_sites[0], relay);
    QCOMPARE(honest.status, 409);
    expectEnded(0, manifest, 3);
    testsupport::closeJobs(all());
}

void tst_Study::foreignContribution()
{
    protocol::StudyManifest manifest;
    std::vector<protocol::SignedContribution> round1;
    QVERIFY(startMasked(&manifest, &round1));
    // site3's contribution replaced by one of a site the manifest does not name, signed by its
    // own key; then by site3's name signed by a foreign key.
    const testsupport::FakeSite stranger = testsupport::FakeSite::make(QStringLiteral("site9"));
    protocol::Contribution c = round1[2].contribution;
    c.site = stranger.name;
    protocol::RoundRelay relay;
    relay.round = 2;
    relay.previous = { round1[0], round1[1], stranger.sign(c) };
    Reply refused = testsupport::relayRound(m_sites[1], relay);
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.code, QStringLiteral("foreign-contribution"));
    QVERIFY(message(refused).contains(QStringLiteral("site9")));
    expectEnded(1, manifest, 2);
    expectAudited(1, QStringLiteral("foreign-contribution"), QStringLiteral("site9"));

    relay.previous = { round1[0], round1[1], stranger.sign(round1[2].contribution) };
    refused = testsupport::relayRound(m_sites[2], relay);
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.code, QStringLiteral("invalid-signature"));
    QVERIFY(message(refused).contains(QStringLiteral("site3")));
    expectEnded(2, manifest, 2);
    expectAudited(2, QStringLiteral("invalid-signature"), QStringLiteral("site3"));
    testsupport::closeJobs(all());
}

void tst_Study::replayedRound()
{
    protocol::StudyManifest manifest;
    std::vector<protocol::SignedContribution> round1;
    QVERIFY(startMasked(&manifest, &round1));
    QString error;
    testsupport::StudyRun run;
    protocol::RoundRelay relay2;
    relay2.round = 2;
    relay2.previous = QList<protocol::SignedContribution>(round1.begin(), round1.end());
    QVERIFY2(testsupport::relayToAll(all(), manifest, relay2, &run, &error), qPrintable(error));
    // Round 3 carrying the round-1 contributions again (a replay of their content).
    protocol::RoundRelay replay;
    replay.round = 3;
    replay.previous = relay2.previous;
    Reply refused = testsupport::relayRound(m_sites[0], replay);
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.code, QStringLiteral("round-replayed"));
    QVERIFY(message(refused).contains(QStringLiteral("site1")));
    expectEnded(0, manifest, 3);
    expectAudited(0, QStringLiteral("round-replayed"), QStringLiteral("site1"));
    // Round 1 relayed again at site2 (a replayed round number).
    protocol::RoundRelay again;
    again.round = 1;
    refused = testsupport::relayRound(m_sites[1], again);
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.code, QStringLiteral("round-replayed"));
    expectEnded(1, manifest, 3);
    expectAudited(1, QStringLiteral("round-replayed"), QString());
    testsupport::closeJobs(all());
}

void tst_Study::reorderedContributions()
{
    protocol::StudyManifest manifest;
    std::vector<protocol::SignedContribution> round1;
    QVERIFY(startMasked(&manifest, &round1));
    protocol::RoundRelay relay;
    relay.round = 2;
    relay.previous = { round1[1], round1[0], round1[2] };
    const Reply refused = testsupport::relayRound(m_sites[2], relay);
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.code, QStringLiteral("contributions-reordered"));
    QVERIFY(message(refused).contains(QStringLiteral("site2")));
    expectEnded(2, manifest, 2);
    expectAudited(2, QStringLiteral("contributions-reordered"), QStringLiteral("site2"));
    testsupport::closeJobs(all());
}

void tst_Study::betaTheNodeDidNotCompute()
{
    // The analyst controls a participant (site0, its keys are the test's): in plain mode with
    // site1 it may send any statistics it likes, but only at site1's own β. A contribution at
    // another β is refused: site1 trusts no β it did not compute.
    // site1's administrator accepted site0 as a peer (the remaining threat: a pinned site that
    // colludes with the analyst; an unpinned one is refused outright, tst_peers).
    const testsupport::FakeSite puppet = testsupport::FakeSite::make(QStringLiteral("site0"));
    QVERIFY2(testsupport::pinFake(m_nodes[0], puppet), qPrintable(m_nodes[0].error));
    protocol::StudyManifest manifest = testsupport::makeManifest(
        demoDesign(), { puppet.participant(), testsupport::participantOf(m_sites[0]) }, {},
        QStringLiteral("plain"));
    QCOMPARE(testsupport::openStudy(m_sites[0], manifest).status, 201);
    protocol::SignatureRelay signatures;
    signatures.signatures = { { puppet.name, puppet.signManifest(manifest) },
                              { QStringLiteral("site1"), m_sites[0].manifestSignature } };
    QCOMPARE(testsupport::relaySignatures(m_sites[0], signatures).status, 200);
    protocol::RoundRelay relay;
    relay.round = 1;
    auto own = testsupport::contributionOf(testsupport::relayRound(m_sites[0], relay));
    QVERIFY(own);
    protocol::Contribution forged = own->contribution;
    forged.site = puppet.name;
    forged.betaHash = protocol::betaHash(std::vector<double>(std::size_t(forged.p), 0.5));
    relay.round = 2;
    relay.previous = { puppet.sign(forged), *own };
    const Reply refused = testsupport::relayRound(m_sites[0], relay);
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.code, QStringLiteral("beta-mismatch"));
    QVERIFY2(message(refused).contains(QStringLiteral("'site0' computed a different β")),
             qPrintable(message(refused)));
    expectEnded(0, manifest, 3);
    expectAudited(0, QStringLiteral("beta-mismatch"), QStringLiteral("site0"));
    testsupport::closeJobs({ &m_sites[0] });
}

// ---- manifests signed over their SHA-256; round 1 arms the study (issue 16) -------------------

void tst_Study::digestSignedManifestArmsWithRoundOne()
{
    protocol::StudyManifest manifest = testsupport::makeManifest(demoDesign(), allParticipants());
    manifest.signsDigest = true;
    QVERIFY(m_sites[0].info.capabilities.contains(QStringLiteral("manifest-digest-signatures")));
    QVERIFY(m_sites[0].info.capabilities.contains(QStringLiteral("arms-with-round-one")));
    const QByteArray bytes = protocol::manifestBytes(manifest);
    QVERIFY(bytes.contains("\"signature\":\"sha256\""));
    const QByteArray digest = protocol::manifestSignedBytes(manifest, bytes);
    QCOMPARE(digest, QCryptographicHash::hash(bytes, QCryptographicHash::Sha256));
    QCOMPARE(QStringLiteral("sha256:") + QString::fromLatin1(digest.toHex()),
             protocol::studyHash(manifest));
    protocol::RoundRelay relay;
    relay.round = 1;
    for (StudySite *site : all()) {
        const Reply opened = testsupport::openStudy(*site, manifest);
        QVERIFY2(opened.status == 201,
                 qPrintable(opened.code + QLatin1Char(' ') + message(opened)));
        const QByteArray key = QByteArray::fromBase64(site->info.keys.signingKey.toLatin1());
        // Each node signed the digest under its own domain: not the bytes, and the digest's
        // signature never passes as one of the bytes (or the reverse).
        QVERIFY(
            secure::verify(key, secure::Domain::ManifestDigest, digest, site->manifestSignature));
        QVERIFY(!secure::verify(key, secure::Domain::Manifest, bytes, site->manifestSignature));
        QVERIFY(!secure::verify(key, secure::Domain::Manifest, digest, site->manifestSignature));
        relay.signatures.append({ site->info.name, site->manifestSignature });
    }
    // No signature relay: round 1 carries the signatures; each node verifies them all, is armed
    // and answers round 1.
    std::vector<protocol::SignedContribution> answers;
    for (StudySite *site : all()) {
        const Reply answered = testsupport::relayRound(*site, relay);
        QCOMPARE(answered.status, 200);
        auto contribution = testsupport::contributionOf(answered);
        QVERIFY(contribution);
        QCOMPARE(contribution->contribution.round, 1);
        answers.push_back(*contribution);
    }
    const QStringList armed = auditLines(1, QStringLiteral("\"manifestSignaturesVerified\""));
    QVERIFY2(!armed.isEmpty() && armed.last().contains(QStringLiteral("site3")),
             qPrintable(armed.join(QLatin1Char('\n'))));
    // Only round 1 carries signatures: a later round with them is malformed (nothing ends).
    protocol::RoundRelay second;
    second.round = 2;
    second.previous = { answers[0], answers[1], answers[2] };
    second.signatures = relay.signatures;
    const Reply refused = testsupport::relayRound(m_sites[0], second);
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.code, QStringLiteral("invalid-signatures"));
    second.signatures.clear();
    QCOMPARE(testsupport::relayRound(m_sites[0], second).status, 200);
    testsupport::closeJobs(all());
}

void tst_Study::roundOneWithForeignSignatureEndsTheStudy()
{
    protocol::StudyManifest manifest = testsupport::makeManifest(demoDesign(), allParticipants());
    manifest.signsDigest = true;
    protocol::RoundRelay relay;
    relay.round = 1;
    for (StudySite *site : all()) {
        QCOMPARE(testsupport::openStudy(*site, manifest).status, 201);
        relay.signatures.append({ site->info.name, site->manifestSignature });
    }
    // site2's signature replaced by a stranger's over the same digest: refused before round 1
    // is computed, naming the site; the study ends there.
    const testsupport::FakeSite stranger = testsupport::FakeSite::make(QStringLiteral("site2"));
    relay.signatures[1].signature = stranger.signManifest(manifest);
    const Reply answered = testsupport::relayRound(m_sites[0], relay);
    QCOMPARE(answered.status, 409);
    QCOMPARE(answered.code, QStringLiteral("invalid-signature"));
    QVERIFY2(message(answered).contains(QStringLiteral("site2")), qPrintable(message(answered)));
    QVERIFY(!answered.json.contains(QStringLiteral("contribution")));
    expectEnded(0, manifest, 1);
    expectAudited(0, QStringLiteral("invalid-signature"), QStringLiteral("site2"));
    // Without site3's signature at all: missing, at another node.
    relay.signatures[1].signature = m_sites[1].manifestSignature;
    relay.signatures.removeLast();
    const Reply missing = testsupport::relayRound(m_sites[1], relay);
    QCOMPARE(missing.status, 409);
    QCOMPARE(missing.code, QStringLiteral("missing-signature"));
    expectAudited(1, QStringLiteral("missing-signature"), QStringLiteral("site3"));
    testsupport::closeJobs(all());
}

// ---- manifest tags: round 1 arms the study by the other sites' tags (issue 16) ---------------

void tst_Study::manifestTagsArmTheStudy()
{
    protocol::StudyManifest manifest = testsupport::makeManifest(demoDesign(), allParticipants());
    manifest.signsDigest = true;
    manifest.armsByTags = true;
    QVERIFY(m_sites[0].info.capabilities.contains(QStringLiteral("manifest-tags")));
    QVERIFY(protocol::manifestBytes(manifest).contains("\"arming\":\"tags\""));
    for (StudySite *site : all()) {
        const Reply opened = testsupport::openStudy(*site, manifest);
        QVERIFY2(opened.status == 201, qPrintable(opened.describe()));
        // Every site still signs the manifest, and tags it for every other site.
        QVERIFY(secure::verify(
            QByteArray::fromBase64(site->info.keys.signingKey.toLatin1()),
            secure::Domain::ManifestDigest,
            protocol::manifestSignedBytes(manifest, protocol::manifestBytes(manifest)),
            site->manifestSignature));
        QCOMPARE(int(site->manifestTags.size()), 3);
    }
    for (int i = 0; i < 3; ++i)
        for (int j = 0; j < 3; ++j)
            QCOMPARE(int(m_sites[i].manifestTags[j].size()), i == j ? 0 : secure::kTagBytes);
    // A tag from i to j is not the one from j to i (directional keys).
    QVERIFY(m_sites[0].manifestTags[1] != m_sites[1].manifestTags[0]);
    // Signatures do not arm a study that says tags, neither by the signature relay nor in round
    // 1: malformed, nothing computed, the study goes on.
    protocol::SignatureRelay signatures;
    for (StudySite *site : all())
        signatures.signatures.append({ site->info.name, site->manifestSignature });
    Reply refused = testsupport::relaySignatures(m_sites[0], signatures);
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.code, QStringLiteral("invalid-signatures"));
    protocol::RoundRelay relay;
    relay.round = 1;
    protocol::RoundRelay withSignatures = relay;
    withSignatures.signatures = signatures.signatures;
    refused = testsupport::relayRoundWith(
        m_sites[0], withSignatures,
        { { QStringLiteral("manifest_tags"), testsupport::manifestTagsFor(all(), 0) } });
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.code, QStringLiteral("invalid-signatures"));
    // Round 1 without its tags: nothing is computed.
    refused = testsupport::relayRound(m_sites[0], relay);
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.code, QStringLiteral("study-not-armed"));
    // The honest round 1: each node checks the two other sites' tags for it, is armed, answers.
    testsupport::StudyRun run;
    for (int i = 0; i < 3; ++i) {
        const Reply answered = testsupport::relayRoundWith(
            m_sites[i], relay,
            { { QStringLiteral("tags"), {} },
              { QStringLiteral("manifest_tags"), testsupport::manifestTagsFor(all(), i) } });
        auto contribution = testsupport::contributionOf(answered);
        QVERIFY2(contribution, qPrintable(answered.describe()));
        QCOMPARE(contribution->contribution.round, 1);
        run.previous.push_back(*contribution);
        run.tags.push_back(testsupport::tagsOf(answered));
    }
    const QStringList armed = auditLines(1, QStringLiteral("\"manifestTagsVerified\""));
    QVERIFY2(!armed.isEmpty()
                 && armed.last().contains(
                     QStringLiteral("\"manifestTagsVerified\":[\"site1\",\"site3\"]")),
             qPrintable(armed.join(QLatin1Char('\n'))));
    // Manifest tags belong to round 1 only.
    protocol::RoundRelay second;
    second.round = 2;
    second.previous = QList<protocol::SignedContribution>(run.previous.begin(), run.previous.end());
    refused = testsupport::relayRoundWith(
        m_sites[0], second,
        { { QStringLiteral("manifest_tags"), testsupport::manifestTagsFor(all(), 0) } });
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.code, QStringLiteral("invalid-manifest-tags"));
    // The study goes on to the pooled fit with contribution tags.
    relay = second;
    for (int guard = 0; guard < 60; ++guard) {
        QString error;
        QVERIFY2(testsupport::relayToAll(all(), manifest, relay, &run, &error, true),
                 qPrintable(error));
        if (run.last[0].contribution.status == protocol::ContributionStatus::Converged)
            break;
        relay.round += 1;
        relay.previous
            = QList<protocol::SignedContribution>(run.previous.begin(), run.previous.end());
    }
    analysis::GlmOptions options;
    auto pooled = analysis::fitFederated({ &m_designs[0], &m_designs[1], &m_designs[2] },
                                         analysis::Family::Binomial, 0.0, options);
    QVERIFY(pooled);
    for (int i = 0; i < 3; ++i) {
        const protocol::Contribution &c = run.last[std::size_t(i)].contribution;
        QCOMPARE(c.status, protocol::ContributionStatus::Converged);
        for (std::size_t j = 0; j < c.finalBeta.size(); ++j)
            QVERIFY(relativeDifference(c.finalBeta[j], pooled->beta(Eigen::Index(j))) < 1e-8);
    }
    testsupport::closeJobs(all());
    // Manifest tags on a study armed by signatures: malformed, nothing computed.
    const protocol::StudyManifest signedOnly
        = testsupport::makeManifest(demoDesign(), allParticipants());
    QCOMPARE(testsupport::openStudy(m_sites[0], signedOnly).status, 201);
    QVERIFY(m_sites[0].manifestTags.isEmpty());
    protocol::RoundRelay first;
    first.round = 1;
    refused = testsupport::relayRoundWith(
        m_sites[0], first,
        { { QStringLiteral("manifest_tags"),
            { QByteArray(), QByteArray(32, 'x'), QByteArray(32, 'y') } } });
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.code, QStringLiteral("invalid-manifest-tags"));
    testsupport::closeJobs({ &m_sites[0] });
}

void tst_Study::hostileManifestTagsEndTheStudy()
{
    // A hostile client relays round 1 with manifest tags it changed, moved or took from another
    // study: each node refuses before computing anything, names the site, and ends the study.
    auto open = [this](protocol::StudyManifest *manifest) {
        *manifest = testsupport::makeManifest(demoDesign(), allParticipants());
        manifest->armsByTags = true;
        for (StudySite *site : all()) {
            if (testsupport::openStudy(*site, *manifest).status != 201)
                return false;
        }
        return true;
    };
    protocol::RoundRelay relay;
    relay.round = 1;
    auto roundOne = [&](int index, const QList<QByteArray> &tags) {
        return testsupport::relayRoundWith(m_sites[index], relay,
                                           { { QStringLiteral("manifest_tags"), tags } });
    };
    // 1. site2's tag for site1 with one bit flipped.
    protocol::StudyManifest manifest;
    QVERIFY(open(&manifest));
    QList<QByteArray> tags = testsupport::manifestTagsFor(all(), 0);
    tags[1][5] = char(tags[1][5] ^ 1);
    Reply refused = roundOne(0, tags);
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.code, QStringLiteral("invalid-manifest-tag"));
    QVERIFY2(message(refused).contains(QStringLiteral("site2")), qPrintable(message(refused)));
    QVERIFY(!refused.json.contains(QStringLiteral("contribution")));
    expectAudited(0, QStringLiteral("invalid-manifest-tag"), QStringLiteral("site2"));
    expectEnded(0, manifest, 1);
    // 2. Reflected: site2 shown the tag it made itself for site1, as site1's tag for it.
    tags = testsupport::manifestTagsFor(all(), 1);
    tags[0] = m_sites[1].manifestTags[0];
    refused = roundOne(1, tags);
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.code, QStringLiteral("invalid-manifest-tag"));
    QVERIFY2(message(refused).contains(QStringLiteral("site1")), qPrintable(message(refused)));
    expectAudited(1, QStringLiteral("invalid-manifest-tag"), QStringLiteral("site1"));
    // 3. Misplaced: site1's honest tag for site2, shown to site3.
    tags = testsupport::manifestTagsFor(all(), 2);
    tags[0] = m_sites[0].manifestTags[1];
    refused = roundOne(2, tags);
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.code, QStringLiteral("invalid-manifest-tag"));
    expectAudited(2, QStringLiteral("invalid-manifest-tag"), QStringLiteral("site1"));
    testsupport::closeJobs(all());

    // 4. Replayed from another study of the same sites and design: its tags do not arm this one.
    protocol::StudyManifest earlier;
    QVERIFY(open(&earlier));
    const std::vector<QList<QByteArray>> earlierTags
        = { m_sites[0].manifestTags, m_sites[1].manifestTags, m_sites[2].manifestTags };
    testsupport::closeJobs(all());
    QVERIFY(open(&manifest));
    tags = testsupport::manifestTagsFor(all(), 0);
    tags[2] = earlierTags[2][0];
    refused = roundOne(0, tags);
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.code, QStringLiteral("invalid-manifest-tag"));
    QVERIFY2(message(refused).contains(QStringLiteral("site3")), qPrintable(message(refused)));
    // 5. Missing, in the node's own slot, one too few: refused, the study ended.
    tags = testsupport::manifestTagsFor(all(), 1);
    tags[2] = QByteArray();
    refused = roundOne(1, tags);
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.code, QStringLiteral("missing-manifest-tag"));
    expectAudited(1, QStringLiteral("missing-manifest-tag"), QStringLiteral("site3"));
    tags = testsupport::manifestTagsFor(all(), 2);
    tags[2] = m_sites[0].manifestTags[2];
    refused = roundOne(2, tags);
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.code, QStringLiteral("invalid-manifest-tags"));
    expectEnded(2, manifest, 1);
    testsupport::closeJobs(all());
    QVERIFY(open(&manifest));
    tags = testsupport::manifestTagsFor(all(), 0);
    tags.removeLast();
    refused = roundOne(0, tags);
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.code, QStringLiteral("invalid-manifest-tags"));
    // 6. Not base64 of 32 bytes: malformed, refused before anything is read.
    tags = testsupport::manifestTagsFor(all(), 1);
    tags[0] = tags[0].left(16);
    refused = roundOne(1, tags);
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.code, QStringLiteral("invalid-manifest-tags"));
    // ... and the honest tags still arm that node (a malformed request ends nothing).
    const Reply answered = roundOne(1, testsupport::manifestTagsFor(all(), 1));
    QVERIFY2(testsupport::contributionOf(answered), qPrintable(answered.describe()));
    testsupport::closeJobs(all());
}

void tst_Study::colludingSiteCannotTagTheManifestForAnother()
{
    // The analyst controls a participant (site0b, pinned at site2 and site3). It tags the manifest
    // honestly for both, but site3 never opened the study (it did not agree): site0 tries to arm
    // site2 with a tag as from site3, made with the secret site0b shares with site2. The tag's
    // key needs the secret of site3 and site2, which site0b does not have.
    // Its own name: tst_Study::colludingSiteCannotTagForAnother pinned another "site0" already.
    const testsupport::FakeSite puppet = testsupport::FakeSite::make(QStringLiteral("site0b"));
    QVERIFY2(testsupport::pinFake(m_nodes[1], puppet), qPrintable(m_nodes[1].error));
    QVERIFY2(testsupport::pinFake(m_nodes[2], puppet), qPrintable(m_nodes[2].error));
    protocol::StudyManifest manifest
        = testsupport::makeManifest(demoDesign(),
                                    { puppet.participant(), testsupport::participantOf(m_sites[1]),
                                      testsupport::participantOf(m_sites[2]) });
    manifest.armsByTags = true;
    QCOMPARE(testsupport::openStudy(m_sites[1], manifest).status, 201);
    QList<QByteArray> boxKeys;
    for (const auto &participant : manifest.participants)
        boxKeys.append(QByteArray::fromBase64(participant.keyAgreementKey.toLatin1()));
    const QString study = protocol::studyHash(manifest);
    const QByteArray own = puppet.manifestTag(manifest, boxKeys, 0, 1);
    QCOMPARE(int(own.size()), secure::kTagBytes);
    // The best forgery: the tag's construction with the secret site0b shares with site2,
    // labelled 2 -> 1.
    unsigned char shared[crypto_scalarmult_BYTES];
    QCOMPARE(crypto_scalarmult(
                 shared, reinterpret_cast<const unsigned char *>(puppet.boxSecret.constData()),
                 reinterpret_cast<const unsigned char *>(boxKeys[1].constData())),
             0);
    unsigned char key[32];
    crypto_generichash_state state;
    crypto_generichash_init(&state, shared, sizeof shared, sizeof key);
    const QByteArray label
        = QByteArray(secure::Domain::ManifestTag.data(), secure::Domain::ManifestTag.size()) + '\n'
        + study.toUtf8() + '\n' + QByteArray("\x02\0\0\0\x01\0\0\0", 8);
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char *>(label.constData()),
                              quint64(label.size()));
    crypto_generichash_final(&state, key, sizeof key);
    const QByteArray digest = QByteArray::fromHex(study.mid(7).toLatin1());
    QByteArray forged(32, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(forged.data()), 32,
                       reinterpret_cast<const unsigned char *>(digest.constData()),
                       quint64(digest.size()), key, sizeof key);
    protocol::RoundRelay relay;
    relay.round = 1;
    const Reply refused = testsupport::relayRoundWith(
        m_sites[1], relay, { { QStringLiteral("manifest_tags"), { own, QByteArray(), forged } } });
    QCOMPARE(refused.status, 409);
    // site0b's own tag passed (the refusal names site3, the next in order).
    QCOMPARE(refused.code, QStringLiteral("invalid-manifest-tag"));
    QVERIFY2(message(refused).contains(QStringLiteral("site3")), qPrintable(message(refused)));
    QVERIFY(!refused.json.contains(QStringLiteral("contribution")));
    expectAudited(1, QStringLiteral("invalid-manifest-tag"), QStringLiteral("site3"));
    testsupport::closeJobs({ &m_sites[1] });
}

// ---- contribution tags -----------------------------------------------------------------------

void tst_Study::taggedStudyEqualsPooledFit()
{
    // The same masked study with tags: every node checks the others' contributions by their tags
    // for it, answers with its own tags, and still signs every contribution.
    const protocol::StudyManifest manifest
        = testsupport::makeManifest(demoDesign(), allParticipants());
    QVERIFY(m_sites[0].info.capabilities.contains(QStringLiteral("contribution-tags")));
    QString error;
    auto run = testsupport::runStudy(all(), manifest, &error, true);
    QVERIFY2(run, qPrintable(error));
    QVERIFY(run->rounds >= 3);
    analysis::GlmOptions options;
    auto pooled = analysis::fitFederated({ &m_designs[0], &m_designs[1], &m_designs[2] },
                                         analysis::Family::Binomial, 0.0, options);
    QVERIFY(pooled);
    const QString study = protocol::studyHash(manifest);
    for (int i = 0; i < 3; ++i) {
        const protocol::Contribution &c = run->last[std::size_t(i)].contribution;
        QCOMPARE(c.status, protocol::ContributionStatus::Converged);
        QVERIFY(secure::verify(QByteArray::fromBase64(m_sites[i].info.keys.signingKey.toLatin1()),
                               secure::Domain::Contribution, protocol::contributionBytes(c),
                               run->last[std::size_t(i)].signature));
        for (std::size_t j = 0; j < c.finalBeta.size(); ++j)
            QVERIFY(relativeDifference(c.finalBeta[j], pooled->beta(Eigen::Index(j))) < 1e-8);
        // One tag per site of the study, none for itself.
        const QList<QByteArray> &tags = run->answerTags[std::size_t(i)];
        QCOMPARE(int(tags.size()), 3);
        for (int j = 0; j < 3; ++j)
            QCOMPARE(int(tags[j].size()), j == i ? 0 : secure::kTagBytes);
    }
    for (int i = 0; i < 3; ++i) {
        const QString all = auditLines(i, study).join(QLatin1Char('\n'));
        QVERIFY(all.contains(QStringLiteral("\"tagsVerified\":[\"site1\",\"site2\",\"site3\"]")));
        expectRelaysRecorded(i, study, *run, true);
    }
    testsupport::closeJobs(all());
}

void tst_Study::changedContributionUnderItsTag()
{
    protocol::StudyManifest manifest;
    std::vector<protocol::SignedContribution> round1;
    std::vector<QList<QByteArray>> tags;
    QVERIFY(startTagged(&manifest, &round1, &tags));
    protocol::RoundRelay relay;
    relay.round = 2;
    relay.previous = QList<protocol::SignedContribution>(round1.begin(), round1.end());
    relay.previous[1].contribution.masked[3] ^= 1; // one flipped bit of site2's, its tag kept
    const Reply refused = testsupport::relayRoundTagged(m_sites[0], relay,
                                                        { QByteArray(), tags[1][0], tags[2][0] });
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.code, QStringLiteral("invalid-tag"));
    QVERIFY2(message(refused).contains(QStringLiteral("site2")), qPrintable(message(refused)));
    expectAudited(0, QStringLiteral("invalid-tag"), QStringLiteral("site2"));
    expectEnded(0, manifest, 3);
    // A relay without tags is checked by the signatures instead: the same change is refused so.
    relay.previous = QList<protocol::SignedContribution>(round1.begin(), round1.end());
    relay.previous[2].contribution.masked[0] ^= 1;
    const Reply unsigned_ = testsupport::relayRound(m_sites[1], relay);
    QCOMPARE(unsigned_.status, 409);
    QCOMPARE(unsigned_.code, QStringLiteral("invalid-signature"));
    expectAudited(1, QStringLiteral("invalid-signature"), QStringLiteral("site3"));
    testsupport::closeJobs(all());
}

void tst_Study::misplacedTags()
{
    protocol::StudyManifest manifest;
    std::vector<protocol::SignedContribution> round1;
    std::vector<QList<QByteArray>> tags;
    QVERIFY(startTagged(&manifest, &round1, &tags));
    protocol::RoundRelay relay;
    relay.round = 2;
    relay.previous = QList<protocol::SignedContribution>(round1.begin(), round1.end());
    // site2's honest tag, but the one it made for site3, shown to site1.
    Reply refused = testsupport::relayRoundTagged(m_sites[0], relay,
                                                  { QByteArray(), tags[1][2], tags[2][0] });
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.code, QStringLiteral("invalid-tag"));
    QVERIFY2(message(refused).contains(QStringLiteral("site2")), qPrintable(message(refused)));
    expectAudited(0, QStringLiteral("invalid-tag"), QStringLiteral("site2"));
    // A tag in site2's own slot (site1's tag for site2 put where none belongs).
    refused
        = testsupport::relayRoundTagged(m_sites[1], relay, { tags[0][1], tags[0][1], tags[2][1] });
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.code, QStringLiteral("invalid-tags"));
    expectEnded(1, manifest, 3);
    // One tag too few.
    refused = testsupport::relayRoundTagged(m_sites[2], relay, { tags[0][2], tags[1][2] });
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.code, QStringLiteral("invalid-tags"));
    expectEnded(2, manifest, 3);
    // Not base64 of 32 bytes: a malformed request, refused before anything is read.
    const Reply malformed = testsupport::relayRoundTagged(
        m_sites[2], relay, { tags[0][2], tags[1][2].left(16), QByteArray() });
    QCOMPARE(malformed.status, 400);
    QCOMPARE(malformed.code, QStringLiteral("invalid-tags"));
    testsupport::closeJobs(all());
}

void tst_Study::colludingSiteCannotTagForAnother()
{
    // The analyst controls a participant (site0, pinned at site2 and site3): it holds its own
    // pairwise secrets, so it can tag its own contribution for any node, and it tries to pass a
    // changed contribution of site3 to site2 under a tag it made itself, as from site3. The
    // tag's key needs the secret of site3 and site2, which site0 does not have.
    const testsupport::FakeSite puppet = testsupport::FakeSite::make(QStringLiteral("site0"));
    QVERIFY2(testsupport::pinFake(m_nodes[1], puppet), qPrintable(m_nodes[1].error));
    QVERIFY2(testsupport::pinFake(m_nodes[2], puppet), qPrintable(m_nodes[2].error));
    const protocol::StudyManifest manifest
        = testsupport::makeManifest(demoDesign(),
                                    { puppet.participant(), testsupport::participantOf(m_sites[1]),
                                      testsupport::participantOf(m_sites[2]) });
    const std::vector<StudySite *> real { &m_sites[1], &m_sites[2] };
    protocol::SignatureRelay signatures;
    signatures.signatures.append({ puppet.name, puppet.signManifest(manifest) });
    for (StudySite *site : real) {
        QCOMPARE(testsupport::openStudy(*site, manifest).status, 201);
        signatures.signatures.append({ site->info.name, site->manifestSignature });
    }
    for (StudySite *site : real)
        QCOMPARE(testsupport::relaySignatures(*site, signatures).status, 200);
    protocol::RoundRelay relay;
    relay.round = 1;
    std::vector<protocol::SignedContribution> answers;
    for (StudySite *site : real) {
        const Reply answer = testsupport::relayRoundTagged(*site, relay, {});
        auto c = testsupport::contributionOf(answer);
        QVERIFY2(c, qPrintable(answer.describe()));
        answers.push_back(*c);
    }
    QList<QByteArray> boxKeys;
    for (const auto &participant : manifest.participants)
        boxKeys.append(QByteArray::fromBase64(participant.keyAgreementKey.toLatin1()));
    const QString study = protocol::studyHash(manifest);
    // site0's own contribution, tagged honestly for site2 (position 1).
    protocol::Contribution own = answers[0].contribution;
    own.site = puppet.name;
    const QByteArray ownTag = puppet.tag(study, boxKeys, 0, 1, own);
    QCOMPARE(int(ownTag.size()), secure::kTagBytes);
    // site3's contribution (position 2) changed, and the best tag site0 can make for it: the
    // tag's construction with the secret site0 shares with site2, labelled 2 -> 1.
    protocol::SignedContribution changed = answers[1];
    changed.contribution.masked[5] += 1;
    unsigned char shared[crypto_scalarmult_BYTES];
    QCOMPARE(crypto_scalarmult(
                 shared, reinterpret_cast<const unsigned char *>(puppet.boxSecret.constData()),
                 reinterpret_cast<const unsigned char *>(boxKeys[1].constData())),
             0);
    unsigned char key[32];
    crypto_generichash_state state;
    crypto_generichash_init(&state, shared, sizeof shared, sizeof key);
    const QByteArray label
        = QByteArray(secure::Domain::ContributionTag.data(), secure::Domain::ContributionTag.size())
        + '\n' + study.toUtf8() + '\n' + QByteArray("\x02\0\0\0\x01\0\0\0", 8);
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char *>(label.constData()),
                              quint64(label.size()));
    crypto_generichash_final(&state, key, sizeof key);
    const QByteArray digest
        = secure::contributionDigest(protocol::contributionBytes(changed.contribution));
    QByteArray forged(32, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(forged.data()), 32,
                       reinterpret_cast<const unsigned char *>(digest.constData()),
                       quint64(digest.size()), key, sizeof key);
    relay.round = 2;
    relay.previous = { puppet.sign(own), answers[0], changed };
    const Reply refused
        = testsupport::relayRoundTagged(m_sites[1], relay, { ownTag, QByteArray(), forged });
    QCOMPARE(refused.status, 409);
    // site0's own tag passed (the refusal names site3, the next in order).
    QCOMPARE(refused.code, QStringLiteral("invalid-tag"));
    QVERIFY2(message(refused).contains(QStringLiteral("site3")), qPrintable(message(refused)));
    expectAudited(1, QStringLiteral("invalid-tag"), QStringLiteral("site3"));
    testsupport::closeJobs(real);
}

void tst_Study::participantSetOneSiteAway()
{
    // site1 refuses a participant set one site away from an earlier study of its own.
    m_nodes[0].stop();
    QVERIFY2(
        m_nodes[0].setPolicy(QStringLiteral("single_site_difference"), QStringLiteral("refuse")),
        qPrintable(m_nodes[0].error));
    QVERIFY2(m_nodes[0].serve(), qPrintable(m_nodes[0].error));
    const protocol::StudyManifest two = testsupport::makeManifest(
        demoDesign(),
        { testsupport::participantOf(m_sites[0]), testsupport::participantOf(m_sites[1]) });
    const Reply opened = testsupport::openStudy(m_sites[0], two);
    QCOMPARE(opened.status, 403);
    QCOMPARE(opened.code, QStringLiteral("single-site-difference"));
    QVERIFY(message(opened).contains(QStringLiteral("site3")));
    // A set at least two sites away from every earlier one is joined.
    const testsupport::FakeSite a = testsupport::FakeSite::make(QStringLiteral("siteA"));
    const testsupport::FakeSite b = testsupport::FakeSite::make(QStringLiteral("siteB"));
    QVERIFY2(testsupport::pinFake(m_nodes[0], a), qPrintable(m_nodes[0].error));
    QVERIFY2(testsupport::pinFake(m_nodes[0], b), qPrintable(m_nodes[0].error));
    const protocol::StudyManifest far = testsupport::makeManifest(
        demoDesign(), { testsupport::participantOf(m_sites[0]), a.participant(), b.participant() });
    const Reply joined = testsupport::openStudy(m_sites[0], far);
    QVERIFY2(joined.status == 201, qPrintable(joined.describe()));
    QVERIFY(!auditLines(0, QStringLiteral("\"single-site-difference\"")).isEmpty());
    testsupport::closeJobs({ &m_sites[0] });
}

QTEST_GUILESS_MAIN(tst_Study)

void tst_Study::sameRoundsOfTwoStudiesComputedOnce()
{
    // Two masked studies of the same design over the same three nodes, one after the other: every
    // node computes the same β sequence for both, so the second study's rounds are served from
    // the statistics the node computed for the first (audited "roundShared"). Nothing else is
    // shared: each study's contributions are masked under its own study (the same round's masked
    // words differ), each passed its own gate, and both decode to the same sums and end at the
    // same final β, bit for bit.
    auto manifestOf = [this] {
        return testsupport::makeManifest(demoDesign(), allParticipants());
    };
    const protocol::StudyManifest first = manifestOf(), second = manifestOf();
    QVERIFY(protocol::studyHash(first) != protocol::studyHash(second));
    QString error;
    auto a = testsupport::runStudy(all(), first, &error);
    QVERIFY2(a, qPrintable(error));
    auto b = testsupport::runStudy(all(), second, &error);
    QVERIFY2(b, qPrintable(error));
    for (int i = 0; i < 3; ++i) {
        const protocol::Contribution &x = a->last[std::size_t(i)].contribution;
        const protocol::Contribution &y = b->last[std::size_t(i)].contribution;
        QCOMPARE(x.status, protocol::ContributionStatus::Converged);
        QCOMPARE(y.status, protocol::ContributionStatus::Converged);
        QCOMPARE(y.finalBeta, x.finalBeta);
    }
    // Per round: each site's masked words differ between the studies; the sums decode the same.
    auto byRound = [](const testsupport::StudyRun &run) {
        std::map<int, std::map<QString, std::vector<std::uint64_t>>> words;
        for (const protocol::SignedContribution &answer : run.answers) {
            if (answer.contribution.status == protocol::ContributionStatus::Statistics)
                words[answer.contribution.round][answer.contribution.site]
                    = answer.contribution.masked;
        }
        return words;
    };
    const auto wordsA = byRound(*a), wordsB = byRound(*b);
    QCOMPARE(wordsA.size(), wordsB.size());
    QVERIFY(wordsA.size() >= 2);
    const secure::FixedPoint format { first.fractionBits, 3 };
    QCOMPARE(second.fractionBits, first.fractionBits);
    for (const auto &[round, sites] : wordsA) {
        QVERIFY(wordsB.count(round));
        std::vector<std::uint64_t> sumA, sumB;
        for (const auto &[site, masked] : sites) {
            const std::vector<std::uint64_t> &other = wordsB.at(round).at(site);
            QVERIFY2(masked != other, "each study masks its own contribution");
            QVERIFY(secure::addWords(sumA, masked));
            QVERIFY(secure::addWords(sumB, other));
        }
        auto decodedA = secure::decodeSum(sumA, format);
        auto decodedB = secure::decodeSum(sumB, format);
        QVERIFY(decodedA && decodedB);
        QCOMPARE(*decodedB, *decodedA);
    }
    // Every node served the second study's statistics rounds from the first's.
    const QString study = protocol::studyHash(second);
    for (int i = 0; i < 3; ++i) {
        int shared = 0;
        for (const QString &line : auditLines(i, study))
            shared += line.contains(QStringLiteral("\"roundShared\":true"));
        QVERIFY2(shared >= int(wordsB.size()),
                 qPrintable(QStringLiteral("site %1: %2 shared rounds of %3")
                                .arg(i + 1)
                                .arg(shared)
                                .arg(wordsB.size())));
    }
    testsupport::closeJobs(all());
}

void tst_Study::repeatedModelSiteFitAndEvaluationAsComputed()
{
    // The same model fitted in two studies over the same three nodes (a warm repeated fit): the
    // second study's per-site fit takes its rounds from the node's round memo (audited
    // "siteFitRoundsShared") and its evaluation the gate's remembered rules and Mann–Whitney
    // statistic at the same final β. What each releases is bit for bit what the first computed
    // (the coefficients, standard errors, deviance and rounds of the fit; the bins and the
    // statistic of the evaluation), and each passed the gate and is audited as its own release.
    auto manifestOf = [this] {
        return testsupport::makeManifest(demoDesign(), allParticipants());
    };
    QJsonObject fits[2], evaluations[2];
    QString studies[2];
    for (int k = 0; k < 2; ++k) {
        const protocol::StudyManifest manifest = manifestOf();
        studies[k] = protocol::studyHash(manifest);
        QString error;
        auto run = testsupport::runStudy(all(), manifest, &error);
        QVERIFY2(run, qPrintable(error));
        const Reply fit = m_sites[0].node->post(testsupport::jobPath(m_sites[0], "/site-fit"),
                                                m_sites[0].token, QByteArray("{}"));
        QVERIFY2(fit.status == 200, qPrintable(fit.describe()));
        fits[k] = fit.json;
        protocol::StudyEvaluationRequest evaluation;
        evaluation.purpose = QStringLiteral("research");
        evaluation.jobId = m_sites[1].jobId;
        const Reply evaluated = m_sites[1].node->post(
            "/v1/evaluations", m_sites[1].token, testsupport::body(protocol::toJson(evaluation)));
        QVERIFY2(evaluated.status == 200, qPrintable(evaluated.describe()));
        evaluations[k] = evaluated.json;
        testsupport::closeJobs(all());
    }
    QVERIFY(studies[0] != studies[1]);
    // The fits differ only by the job and the study they answer.
    for (QJsonObject *fit : { &fits[0], &fits[1] }) {
        QVERIFY(fit->contains(QStringLiteral("fit")));
        fit->remove(QStringLiteral("job_id"));
        fit->remove(QStringLiteral("study"));
    }
    QCOMPARE(QJsonDocument(fits[1]).toJson(), QJsonDocument(fits[0]).toJson());
    QVERIFY(evaluations[0].contains(QStringLiteral("performance_bins")));
    QVERIFY(evaluations[0].contains(QStringLiteral("mann_whitney")));
    QCOMPARE(QJsonDocument(evaluations[1]).toJson(), QJsonDocument(evaluations[0]).toJson());
    // The first study's site fit computed its rounds; the second's took them from the memo.
    auto shared = [this](const QString &study) {
        int count = 0;
        for (const QString &line : auditLines(0, study)) {
            if (line.contains(QStringLiteral("/site-fit")))
                count += line.contains(QStringLiteral("\"siteFitRoundsShared\""));
        }
        return count;
    };
    QCOMPARE(shared(studies[1]), 1);
    // Each site fit passed the gate's round rules and was released on its own audit entry.
    for (const QString &study : studies) {
        int released = 0;
        for (const QString &line : auditLines(0, study))
            released += line.contains(QStringLiteral("/site-fit"))
                && line.contains(QStringLiteral("\"dominance\""));
        QCOMPARE(released, 1);
    }
}

#include "tst_study.moc"

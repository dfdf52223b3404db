// SPDX-License-Identifier: GPL-3.0-or-later
// Masked evaluations (issue 14) against three real fairstart-node processes, the test as the
// relay: an evaluation study of a converged masked study gives the client only the pooled sums,
// which equal the sum of the sites' plain evaluations (the same merged bins, exact Brier sums)
// and an AUC within 1e-3 of the exact pooled AUC; one contribution alone is indistinguishable from
// uniform bytes (its unmasked encoding is not); a second round, a contribution relayed into a
// fit, a changed contribution and an evaluation of a β the node did not compute are refused.
#include "fairstart/node/disclosurecontrol.h"
#include "fairstart/node/store.h"

#include "fairstart/analysis/discrimination.h"
#include "fairstart/analysis/glm.h"
#include "fairstart/protocol/codec.h"
#include "fairstart/protocol/sitecheck.h"
#include "fairstart/secure/secure.h"

#include "demodesign.h"
#include "demosites.h"
#include "nodeprocess.h"
#include "peering.h"
#include "studyrelay.h"
#include "uniformity.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <csignal>

using namespace fairstart;
using testsupport::demoDesign;
using testsupport::looksUniform;
using testsupport::NodeProcess;
using testsupport::Reply;
using testsupport::StudySite;
using testsupport::wordBytes;

namespace {

double relativeDifference(double a, double b)
{
    return std::abs(a - b) / std::max(1.0, std::abs(b));
}

} // namespace

class tst_MaskedEvaluation : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void pooledSumsEqualPlainEvaluations();
    void contributionAloneLooksUniform();
    void repeatedRoundGetsTheStoredAnswer();
    void secondRoundIsRefused();
    void evaluationRelayedIntoAFitIsRefused();
    void changedContributionFailsItsSignature();
    void betaTheNodeDidNotComputeIsRefused();
    void plainEvaluationStudyIsRefused();
    void otherGridIsRefused();
    void registeredModelEvaluated();
    void unregisteredModelRefused();
    void maskedEvaluationOfRegisteredModel();

private:
    std::vector<StudySite *> all() { return { &m_sites[0], &m_sites[1], &m_sites[2] }; }
    std::vector<NodeProcess *> nodes() { return { &m_nodes[0], &m_nodes[1], &m_nodes[2] }; }
    QList<protocol::StudyParticipant> participants()
    {
        return { testsupport::participantOf(m_sites[0]), testsupport::participantOf(m_sites[1]),
                 testsupport::participantOf(m_sites[2]) };
    }
    // An evaluation study of m_fitted, opened, armed, and its round 1 answered by every node.
    bool evaluate(protocol::StudyManifest *manifest, testsupport::StudyRun *run);

    QTemporaryDir m_dir;
    NodeProcess m_nodes[3];
    StudySite m_sites[3];
    analysis::DesignMatrix m_designs[3];
    protocol::StudyManifest m_fittedManifest;
    QString m_fitted; // the converged masked study's hash
    std::vector<double> m_finalBeta;
    QString m_fitJobs[3]; // the fitted study's job ids
    QString m_intruder; // another user's token at node 0
    std::vector<double> m_modelBeta; // the registered model "external" (every node)
    QString m_modelHash;
};

void tst_MaskedEvaluation::initTestCase()
{
    VERIFY_NO_ERROR(testsupport::startDemoSites(m_dir, nodes(), all(), 51));
    m_intruder = m_nodes[0].token(QStringLiteral("intruder"), QStringLiteral("research"));
    QVERIFY(!m_intruder.isEmpty());
    for (int i = 0; i < 3; ++i) {
        NodeProcess &node = m_nodes[i];
        const QString name = QStringLiteral("site%1").arg(i + 1);
        VERIFY_NO_ERROR(testsupport::readDemoDesign(node, &m_designs[i]));
        // A validation model registered by the administrator (and one added, then removed).
        {
            m_modelBeta = { 1.5, 0.2, 0.3, -0.05, 0.04 };
            const QString dataDir = m_dir.filePath(name);
            // "external", and "withdrawn" (another β) that is added, then removed.
            for (int k = 0; k < 2; ++k) {
                QJsonArray beta;
                for (double b : m_modelBeta)
                    beta.append(b + (k == 0 || beta.size() > 0 ? 0.0 : 1.0));
                const QString file = m_dir.filePath(name + QStringLiteral("-model%1.json").arg(k));
                QFile out(file);
                QVERIFY(out.open(QIODevice::WriteOnly));
                out.write(protocol::canonicalJson(
                    QJsonObject { { QStringLiteral("design"), protocol::toJson(demoDesign()) },
                                  { QStringLiteral("beta"), beta } }));
                out.close();
                QVERIFY2(
                    node.run({ QStringLiteral("models"), QStringLiteral("add"),
                               QStringLiteral("--data-dir"), dataDir, QStringLiteral("--name"),
                               k == 0 ? QStringLiteral("external") : QStringLiteral("withdrawn"),
                               QStringLiteral("--file"), file, QStringLiteral("--note"),
                               QStringLiteral("published score, 2024") }),
                    qPrintable(node.error));
            }
            const QString file = m_dir.filePath(name + QStringLiteral("-model0.json"));
            QByteArray listed;
            QVERIFY(node.run({ QStringLiteral("models"), QStringLiteral("remove"),
                               QStringLiteral("--data-dir"), dataDir, QStringLiteral("--name"),
                               QStringLiteral("withdrawn") }));
            // A second model with the same design and β under another name is the same model.
            QVERIFY(!node.run({ QStringLiteral("models"), QStringLiteral("add"),
                                QStringLiteral("--data-dir"), dataDir, QStringLiteral("--name"),
                                QStringLiteral("again"), QStringLiteral("--file"), file }));
            QVERIFY(node.run({ QStringLiteral("models"), QStringLiteral("list"),
                               QStringLiteral("--data-dir"), dataDir },
                             &listed));
            m_modelHash = protocol::validationModelHash(demoDesign(), m_modelBeta);
            QVERIFY2(listed.contains("external") && listed.contains(m_modelHash.toUtf8())
                         && !listed.contains("withdrawn"),
                     listed.constData());
            QByteArray audit;
            QVERIFY(node.run({ QStringLiteral("audit"), QStringLiteral("show"),
                               QStringLiteral("--data-dir"), dataDir, QStringLiteral("--json") },
                             &audit));
            QVERIFY(audit.contains("validation-model-added"));
            QVERIFY(audit.contains("validation-model-removed"));
        }
    }
    // The administrators exchange keys: every node accepts the two others as peers.
    VERIFY_NO_ERROR(testsupport::serveEachOther(nodes(), all()));
    QString error;
    // One masked fit whose final β every node attested: what every evaluation here is of.
    m_fittedManifest = testsupport::makeManifest(demoDesign(), participants());
    auto run = testsupport::runStudy(all(), m_fittedManifest, &error);
    QVERIFY2(run, qPrintable(error));
    m_fitted = protocol::studyHash(m_fittedManifest);
    m_finalBeta = run->last[0].contribution.finalBeta;
    for (int i = 0; i < 3; ++i)
        m_fitJobs[i] = m_sites[i].jobId;
}

void tst_MaskedEvaluation::cleanupTestCase()
{
    for (NodeProcess &node : m_nodes)
        node.stop();
}

bool tst_MaskedEvaluation::evaluate(protocol::StudyManifest *manifest, testsupport::StudyRun *run)
{
    *manifest = testsupport::makeManifest(demoDesign(), participants());
    manifest->kind = protocol::JobKind::Evaluation;
    manifest->fittedStudy = m_fitted;
    manifest->fitNullModel = false;
    QString error;
    if (!testsupport::openAndArm(all(), *manifest, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    protocol::RoundRelay relay;
    relay.round = 1;
    if (!testsupport::relayToAll(all(), *manifest, relay, run, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return true;
}

// ---- honest evaluations ----------------------------------------------------------------------

void tst_MaskedEvaluation::pooledSumsEqualPlainEvaluations()
{
    protocol::StudyManifest manifest;
    testsupport::StudyRun run;
    QVERIFY(evaluate(&manifest, &run));
    const QString study = protocol::studyHash(manifest);
    std::vector<std::uint64_t> words;
    for (int i = 0; i < 3; ++i) {
        const protocol::SignedContribution &s = run.previous[std::size_t(i)];
        const protocol::Contribution &c = s.contribution;
        QCOMPARE(c.status, protocol::ContributionStatus::Evaluation);
        QCOMPARE(c.study, study);
        QCOMPARE(c.betaHash, protocol::betaHash(m_finalBeta));
        QVERIFY(secure::verify(
            QByteArray::fromBase64(manifest.participants[i].signingKey.toLatin1()),
            secure::Domain::Contribution, protocol::contributionBytes(c), s.signature));
        QVERIFY(secure::addWords(words, c.masked));
    }
    // Two participants' words never decode: the masks cancel over all three only.
    {
        std::vector<std::uint64_t> two;
        QVERIFY(secure::addWords(two, run.previous[0].contribution.masked));
        QVERIFY(secure::addWords(two, run.previous[1].contribution.masked));
        QVERIFY(!secure::decodeSum(two, secure::FixedPoint { manifest.fractionBits, 3 }));
    }
    auto values = secure::decodeSum(words, secure::FixedPoint { manifest.fractionBits, 3 });
    QVERIFY(values);
    auto sums = protocol::evaluationFromVector(1000, *values);
    QVERIFY(sums);

    // The plain evaluations of the same final β at each node (the job ids of the fit).
    analysis::PerformanceBins plain;
    double exactU = 0, withinPairs = 0;
    for (int i = 0; i < 3; ++i) {
        protocol::StudyEvaluationRequest request;
        request.purpose = QStringLiteral("research");
        request.jobId = m_fitJobs[i];
        request.bins = 1000;
        const Reply reply = m_sites[i].node->post("/v1/evaluations", m_sites[i].token,
                                                  testsupport::body(protocol::toJson(request)));
        QVERIFY2(reply.status == 200, qPrintable(reply.describe()));
        auto response = protocol::fromJson<protocol::EvaluationResponse>(reply.json);
        QVERIFY(response);
        if (plain.bins == 0)
            plain = response->bins;
        else
            plain += response->bins;
        QVERIFY(response->mannWhitney);
        exactU += response->mannWhitney->u;
        withinPairs += response->mannWhitney->positives * response->mannWhitney->negatives;
    }
    for (int b = 0; b < 1000; ++b) {
        const auto k = std::size_t(b);
        QVERIFY(relativeDifference(sums->bins.positives[k], plain.positives[k]) < 1e-9);
        QVERIFY(relativeDifference(sums->bins.negatives[k], plain.negatives[k]) < 1e-9);
        QVERIFY(relativeDifference(sums->bins.sumRisk[k], plain.sumRisk[k]) < 1e-9);
        QVERIFY(relativeDifference(sums->bins.sumRiskEvents[k], plain.sumRiskEvents[k]) < 1e-9);
    }
    QVERIFY(relativeDifference(sums->bins.n, plain.n) < 1e-12);
    QVERIFY(relativeDifference(sums->bins.sumY, plain.sumY) < 1e-12);
    QVERIFY(relativeDifference(sums->bins.sumP, plain.sumP) < 1e-9);
    QVERIFY(relativeDifference(sums->bins.sumSquaredError, plain.sumSquaredError) < 1e-9);
    // The per-class Σ p² are masked only (a plain evaluation has none): each decoded one is a
    // sum of squares of risks in (0, 1), so at most the bin's Σ p and at least (Σ p)² / count.
    for (int b = 0; b < 1000; ++b) {
        const auto k = std::size_t(b);
        const double pos = sums->bins.positives[k], neg = sums->bins.negatives[k];
        const double e = sums->bins.sumRiskEvents[k], o = sums->bins.sumRisk[k] - e;
        const double e2 = sums->bins.sumSquaredRiskEvents[k];
        const double o2 = sums->bins.sumSquaredRiskNonEvents[k];
        QVERIFY(e2 <= e + 1e-9 && (pos == 0 ? e2 == 0 : e2 >= e * e / pos - 1e-9));
        QVERIFY(o2 <= o + 1e-9 && (neg == 0 ? o2 == 0 : o2 >= o * o / neg - 1e-9));
    }
    // The corrections make every pair within a site exact: U from sums minus the sites' exact
    // u is the estimate of the pairs across sites, between none and all of them.
    const double across = plain.sumY * (plain.n - plain.sumY) - withinPairs;
    const double estimate = analysis::smoothMannWhitney(sums->bins) + sums->aucCorrection - exactU;
    QVERIFY2(estimate >= -1e-6 && estimate <= across + 1e-6, qPrintable(QString::number(estimate)));
    QCOMPARE(sums->exactSites, 3.0);

    // The metrics of the pooled sums equal those of the plain evaluations to 1e-6.
    const auto masked = analysis::summarise({ sums->bins });
    const auto reference = analysis::summarise({ plain });
    QVERIFY(masked && reference);
    QVERIFY(relativeDifference(masked->brier, reference->brier) < 1e-6);
    QVERIFY(relativeDifference(masked->auc, reference->auc) < 1e-6);
    QVERIFY(relativeDifference(masked->observedExpectedRatio, reference->observedExpectedRatio)
            < 1e-6);

    // The AUC from sums against the exact AUC of the pooled records.
    std::vector<double> risks, outcomes;
    const Eigen::VectorXd beta
        = Eigen::Map<const Eigen::VectorXd>(m_finalBeta.data(), Eigen::Index(m_finalBeta.size()));
    for (const analysis::DesignMatrix &d : m_designs) {
        const Eigen::VectorXd eta = d.linearPredictor(beta);
        for (Eigen::Index r = 0; r < eta.size(); ++r) {
            risks.push_back(1.0 / (1.0 + std::exp(-eta(r))));
            outcomes.push_back(d.y(r));
        }
    }
    const auto exact = analysis::mannWhitney(risks, outcomes);
    QVERIFY(exact);
    const double exactAuc = exact->u / (exact->positives * exact->negatives);
    const auto auc
        = analysis::pooledAucFromSums(sums->bins, sums->aucCorrection, int(sums->exactSites));
    QVERIFY(auc);
    qInfo("exact AUC %.6f, from masked sums %.6f (error %.2e), summed bins alone %.6f", exactAuc,
          auc->auc, std::abs(auc->auc - exactAuc), masked->auc);
    // Within 1e-3 of the exact AUC, and closer than the summed bins alone (see tst_pooled_auc).
    QVERIFY(std::abs(auc->auc - exactAuc) < 1e-3);
    QVERIFY(std::abs(auc->auc - exactAuc) <= std::abs(masked->auc - exactAuc) + 1e-12);
    testsupport::closeJobs(all());
}

void tst_MaskedEvaluation::contributionAloneLooksUniform()
{
    protocol::StudyManifest manifest;
    testsupport::StudyRun run;
    QVERIFY(evaluate(&manifest, &run));
    double chi = 0;
    const QByteArray masked = wordBytes(run.previous[1].contribution.masked);
    const bool uniform = looksUniform(masked, &chi);
    qInfo("masked evaluation: %lld bytes, chi-square %.1f", qlonglong(masked.size()), chi);
    QVERIFY(uniform);
    // Negative control: the same site's plain evaluation, encoded the same way, is not.
    protocol::StudyEvaluationRequest request;
    request.purpose = QStringLiteral("research");
    request.jobId = m_fitJobs[1];
    request.bins = 1000;
    const Reply reply = m_sites[1].node->post("/v1/evaluations", m_sites[1].token,
                                              testsupport::body(protocol::toJson(request)));
    QCOMPARE(reply.status, 200);
    auto response = protocol::fromJson<protocol::EvaluationResponse>(reply.json);
    QVERIFY(response);
    protocol::EvaluationSums sums;
    sums.bins = response->bins;
    auto encoded = secure::encode(protocol::evaluationVector(sums),
                                  secure::FixedPoint { manifest.fractionBits, 3 });
    QVERIFY(encoded);
    QVERIFY(!looksUniform(wordBytes(*encoded), &chi));
    testsupport::closeJobs(all());
}

void tst_MaskedEvaluation::repeatedRoundGetsTheStoredAnswer()
{
    protocol::StudyManifest manifest;
    testsupport::StudyRun run;
    QVERIFY(evaluate(&manifest, &run));
    protocol::RoundRelay relay;
    relay.round = 1;
    const Reply again = testsupport::relayRound(m_sites[0], relay);
    QCOMPARE(again.status, 200);
    const auto repeated = testsupport::contributionOf(again);
    QVERIFY(repeated);
    QCOMPARE(protocol::contributionBytes(repeated->contribution),
             protocol::contributionBytes(run.last[0].contribution));
    QCOMPARE(repeated->signature, run.last[0].signature);
    testsupport::closeJobs(all());
}

// ---- attacks ---------------------------------------------------------------------------------

void tst_MaskedEvaluation::secondRoundIsRefused()
{
    // A second round would be a second masked answer: refused, and the study ends.
    protocol::StudyManifest manifest;
    testsupport::StudyRun run;
    QVERIFY(evaluate(&manifest, &run));
    protocol::RoundRelay relay;
    relay.round = 2;
    relay.previous = QList<protocol::SignedContribution>(run.previous.begin(), run.previous.end());
    const Reply second = testsupport::relayRound(m_sites[0], relay);
    QCOMPARE(second.status, 409);
    QCOMPARE(second.code, QStringLiteral("evaluation-round"));
    relay.round = 1;
    relay.previous.clear();
    const Reply after = testsupport::relayRound(m_sites[0], relay);
    QCOMPARE(after.status, 409);
    testsupport::closeJobs(all());
}

void tst_MaskedEvaluation::evaluationRelayedIntoAFitIsRefused()
{
    protocol::StudyManifest evaluation;
    testsupport::StudyRun evaluated;
    QVERIFY(evaluate(&evaluation, &evaluated));
    const std::vector<protocol::SignedContribution> replayed = evaluated.previous;
    testsupport::closeJobs(all());

    // A new fit; its round 2 gets the evaluation contributions instead of round 1's.
    const protocol::StudyManifest fit = testsupport::makeManifest(demoDesign(), participants());
    QString error;
    QVERIFY2(testsupport::openAndArm(all(), fit, &error), qPrintable(error));
    testsupport::StudyRun run;
    protocol::RoundRelay relay;
    relay.round = 1;
    QVERIFY2(testsupport::relayToAll(all(), fit, relay, &run, &error), qPrintable(error));
    relay.round = 2;
    relay.previous = QList<protocol::SignedContribution>(replayed.begin(), replayed.end());
    const Reply refused = testsupport::relayRound(m_sites[2], relay);
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.code, QStringLiteral("contribution-study"));
    testsupport::closeJobs(all());
}

void tst_MaskedEvaluation::changedContributionFailsItsSignature()
{
    // The client verifies every evaluation contribution with the site's pinned key: one word
    // changed (to shift the sum, or to learn how the sum reacts) no longer verifies.
    protocol::StudyManifest manifest;
    testsupport::StudyRun run;
    QVERIFY(evaluate(&manifest, &run));
    protocol::SignedContribution changed = run.previous[0];
    changed.contribution.masked[0] += 1;
    const QByteArray key = QByteArray::fromBase64(manifest.participants[0].signingKey.toLatin1());
    QVERIFY(secure::verify(key, secure::Domain::Contribution,
                           protocol::contributionBytes(run.previous[0].contribution),
                           run.previous[0].signature));
    QVERIFY(!secure::verify(key, secure::Domain::Contribution,
                            protocol::contributionBytes(changed.contribution), changed.signature));
    // Any change of the sum's words makes it fail to decode or decode to other numbers; a word
    // moved by 2^52 (a whole unit of the high word) leaves the bounds and is refused.
    std::vector<std::uint64_t> words;
    for (const auto &s : run.previous)
        QVERIFY(secure::addWords(words, s.contribution.masked));
    words[0] += std::uint64_t(1) << 62;
    QVERIFY(!secure::decodeSum(words, secure::FixedPoint { manifest.fractionBits, 3 }));
    testsupport::closeJobs(all());
}

void tst_MaskedEvaluation::betaTheNodeDidNotComputeIsRefused()
{
    // An evaluation study of a study no node ran (a β from nowhere) is refused at job creation.
    protocol::StudyManifest manifest = testsupport::makeManifest(demoDesign(), participants());
    manifest.kind = protocol::JobKind::Evaluation;
    manifest.fittedStudy = QStringLiteral("sha256:") + QString(64, QLatin1Char('a'));
    manifest.fitNullModel = false;
    const Reply refused = testsupport::openStudy(m_sites[0], manifest);
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.code, QStringLiteral("unknown-fitted-study"));
    // Another user's converged study is not this user's either.
    StudySite other = m_sites[0];
    other.token = m_intruder;
    manifest.fittedStudy = m_fitted;
    const Reply foreign = testsupport::openStudy(other, manifest);
    QCOMPARE(foreign.status, 403);
    QCOMPARE(foreign.code, QStringLiteral("unknown-fitted-study"));
}

void tst_MaskedEvaluation::otherGridIsRefused()
{
    // One fitted β evaluated on two grids: the difference of two overlapping merged bins singles
    // out the records between their edges. Every node takes only the protocol's grid, and says so
    // when the job is opened (also for a registered model, and at POST /v1/checks).
    for (const QString &fitted : QStringList { m_fitted, QStringLiteral("model:") + m_modelHash }) {
        for (int bins : { analysis::evaluationGridBins + 1, 10, 100000 }) {
            protocol::StudyManifest manifest
                = testsupport::makeManifest(demoDesign(), participants());
            manifest.kind = protocol::JobKind::Evaluation;
            manifest.fittedStudy = fitted;
            manifest.fitNullModel = false;
            manifest.evaluationBins = bins;
            for (StudySite &site : m_sites) {
                const Reply refused = testsupport::openStudy(site, manifest);
                QCOMPARE(refused.status, 400);
                QCOMPARE(refused.code, QStringLiteral("invalid-bins"));
                QVERIFY2(refused.body.contains(QByteArray::number(analysis::evaluationGridBins)),
                         refused.body.constData());
            }
            const Reply checked = m_sites[0].node->post(
                "/v1/checks", m_sites[0].token,
                testsupport::body(protocol::toJson(protocol::SiteCheckRequest { manifest })));
            QCOMPARE(checked.status, 400);
            QCOMPARE(checked.code, QStringLiteral("invalid-bins"));
        }
    }
}

void tst_MaskedEvaluation::plainEvaluationStudyIsRefused()
{
    protocol::StudyManifest manifest = testsupport::makeManifest(demoDesign(), participants());
    manifest.kind = protocol::JobKind::Evaluation;
    manifest.fittedStudy = m_fitted;
    manifest.mode = QStringLiteral("plain");
    const Reply refused = testsupport::openStudy(m_sites[0], manifest);
    QCOMPARE(refused.status, 400);
}

// ---- registered validation models --------------------------------------------------------------

void tst_MaskedEvaluation::registeredModelEvaluated()
{
    // By name and by hash: the node's evaluation of the administrator's β on its cohort.
    for (const QString &model : { QStringLiteral("external"), m_modelHash }) {
        const QJsonObject request { { QStringLiteral("purpose"), QStringLiteral("research") },
                                    { QStringLiteral("model"), model },
                                    { QStringLiteral("dataset"), QStringLiteral("cohort") },
                                    { QStringLiteral("bins"), analysis::evaluationGridBins } };
        const Reply reply = m_sites[0].node->post("/v1/evaluations", m_sites[0].token,
                                                  testsupport::body(request));
        QVERIFY2(reply.status == 200, qPrintable(reply.describe()));
        auto response = protocol::fromJson<protocol::EvaluationResponse>(reply.json);
        QVERIFY(response);
        const analysis::DesignMatrix &d = m_designs[0];
        const Eigen::VectorXd beta = Eigen::Map<const Eigen::VectorXd>(
            m_modelBeta.data(), Eigen::Index(m_modelBeta.size()));
        const Eigen::VectorXd eta = d.linearPredictor(beta);
        double sumP = 0;
        for (Eigen::Index r = 0; r < eta.size(); ++r)
            sumP += 1.0 / (1.0 + std::exp(-eta(r)));
        QCOMPARE(response->bins.n, double(d.n()));
        QVERIFY(relativeDifference(response->bins.sumP, sumP) < 1e-9);
    }
}

void tst_MaskedEvaluation::unregisteredModelRefused()
{
    const QStringList unknown { QStringLiteral("withdrawn"), QStringLiteral("nope"),
                                QStringLiteral("sha256:") + QString(64, QLatin1Char('0')) };
    for (const QString &model : unknown) {
        const QJsonObject request { { QStringLiteral("purpose"), QStringLiteral("research") },
                                    { QStringLiteral("model"), model },
                                    { QStringLiteral("dataset"), QStringLiteral("cohort") },
                                    { QStringLiteral("bins"), analysis::evaluationGridBins } };
        const Reply reply = m_sites[1].node->post("/v1/evaluations", m_sites[1].token,
                                                  testsupport::body(request));
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.code, QStringLiteral("unknown-model"));
    }
    // A β next to the model is not a field of the request.
    const QJsonObject withBeta { { QStringLiteral("purpose"), QStringLiteral("research") },
                                 { QStringLiteral("model"), QStringLiteral("external") },
                                 { QStringLiteral("dataset"), QStringLiteral("cohort") },
                                 { QStringLiteral("beta"), QJsonArray { 1, 2, 3, 4, 5, 6 } } };
    const Reply refused
        = m_sites[1].node->post("/v1/evaluations", m_sites[1].token, testsupport::body(withBeta));
    QCOMPARE(refused.status, 400);
    // The masked path: an evaluation study of an unregistered model hash.
    protocol::StudyManifest manifest = testsupport::makeManifest(demoDesign(), participants());
    manifest.kind = protocol::JobKind::Evaluation;
    manifest.fittedStudy = QStringLiteral("model:sha256:") + QString(64, QLatin1Char('0'));
    manifest.fitNullModel = false;
    const Reply study = testsupport::openStudy(m_sites[1], manifest);
    QCOMPARE(study.status, 403);
    QCOMPARE(study.code, QStringLiteral("unknown-model"));
}

void tst_MaskedEvaluation::maskedEvaluationOfRegisteredModel()
{
    protocol::StudyManifest manifest = testsupport::makeManifest(demoDesign(), participants());
    manifest.kind = protocol::JobKind::Evaluation;
    manifest.fittedStudy = QStringLiteral("model:") + m_modelHash;
    manifest.fitNullModel = false;
    QString error;
    QVERIFY2(testsupport::openAndArm(all(), manifest, &error), qPrintable(error));
    testsupport::StudyRun run;
    protocol::RoundRelay relay;
    relay.round = 1;
    QVERIFY2(testsupport::relayToAll(all(), manifest, relay, &run, &error), qPrintable(error));
    std::vector<std::uint64_t> words;
    for (const auto &s : run.previous) {
        QCOMPARE(s.contribution.betaHash, protocol::betaHash(m_modelBeta));
        QVERIFY(secure::addWords(words, s.contribution.masked));
    }
    auto values = secure::decodeSum(words, secure::FixedPoint { manifest.fractionBits, 3 });
    QVERIFY(values);
    auto sums = protocol::evaluationFromVector(analysis::evaluationGridBins, *values);
    QVERIFY(sums);
    double n = 0;
    for (const analysis::DesignMatrix &d : m_designs)
        n += double(d.n());
    QCOMPARE(sums->bins.n, n);
    testsupport::closeJobs(all());
}

QTEST_GUILESS_MAIN(tst_MaskedEvaluation)
#include "tst_masked_evaluation.moc"

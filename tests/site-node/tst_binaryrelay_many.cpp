// SPDX-License-Identifier: GPL-3.0-or-later
// The binary relay (docs/protocol.md "The binary relay"; issue 16, branch `many`) against three
// real fairstart-node processes, the test as the relay (studyrelay.h): a tagged masked study whose
// rounds 2 and on go as application/x-fairstart-relay converges to the pooled fit and to the same
// β bits as the JSON relay; a node checks a binary relay exactly as a JSON one — a changed word
// under its tag, a contribution twice, one missing, parts reordered end the study, audited with
// the refused body kept; malformed bodies are refused (400) and end nothing; the binary form is
// one relay of its round like any other (its identical repeat gets the stored answer, the JSON
// form of the same round after it ends the study); no other path takes it.
#include "fairstart/node/disclosurecontrol.h"
#include "fairstart/node/store.h"

#include "fairstart/analysis/glm.h"
#include "fairstart/protocol/codec.h"
#include "fairstart/protocol/relaycodec.h"
#include "fairstart/secure/secure.h"

#include "demodesign.h"
#include "demosites.h"
#include "nodeprocess.h"
#include "peering.h"
#include "studyrelay.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <csignal>

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

Reply postBinary(const StudySite &site, const QByteArray &body)
{
    return site.node->post(testsupport::jobPath(site, "/rounds"), site.token, body,
                           protocol::kRelayContentType);
}

// The honest binary relay of `previous` to the site at `position`: its tags from `tags`
// (participant i's tags, one per site), "" in its own slot.
QByteArray binaryBody(int round, const QList<protocol::SignedContribution> &previous,
                      const std::vector<QList<QByteArray>> &tags, int position)
{
    QList<QByteArray> mine;
    for (std::size_t i = 0; i < tags.size(); ++i)
        mine.append(int(i) == position ? QByteArray() : tags[i].value(position));
    return protocol::relayBody(round, mine, protocol::relayParts(previous), int(previous.size()));
}

double relativeDifference(double a, double b)
{
    return std::abs(a - b) / std::max(1.0, std::abs(b));
}

} // namespace

class tst_BinaryRelayMany : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void binaryStudyEqualsPooledFitAndTheJsonRelay();
    void changedOrMissingContributionsEndTheStudy();
    void malformedBodiesEndNothing();
    void oneRelayPerRoundInEitherForm();

private:
    // Opens, arms and relays round 1 (tagged, JSON) of a masked study over the three nodes.
    bool start(protocol::StudyManifest *manifest, testsupport::StudyRun *run);
    QStringList auditLines(int index, const QString &text);
    std::vector<StudySite *> all() { return { &m_sites[0], &m_sites[1], &m_sites[2] }; }
    std::vector<NodeProcess *> nodes() { return { &m_nodes[0], &m_nodes[1], &m_nodes[2] }; }

    QTemporaryDir m_dir;
    NodeProcess m_nodes[3];
    StudySite m_sites[3];
    analysis::DesignMatrix m_designs[3];
};

void tst_BinaryRelayMany::initTestCase()
{
    VERIFY_NO_ERROR(testsupport::startDemoSites(m_dir, nodes(), all(), 41));
    for (int i = 0; i < 3; ++i)
        VERIFY_NO_ERROR(testsupport::readDemoDesign(m_nodes[i], &m_designs[i]));
    VERIFY_NO_ERROR(testsupport::serveEachOther(nodes(), all()));
    for (const StudySite &site : m_sites)
        QVERIFY(site.info.capabilities.contains(QStringLiteral("binary-relay")));
}

void tst_BinaryRelayMany::cleanupTestCase()
{
    for (NodeProcess &node : m_nodes)
        node.stop();
}

QStringList tst_BinaryRelayMany::auditLines(int index, const QString &text)
{
    QByteArray out;
    QStringList lines;
    if (!m_nodes[index].run({ QStringLiteral("audit"), QStringLiteral("show"),
                              QStringLiteral("--data-dir"), m_nodes[index].dataDir(),
                              QStringLiteral("--json"), QStringLiteral("--count"),
                              QStringLiteral("1000000") },
                            &out))
        return lines;
    for (const QString &line : QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (line.contains(text))
            lines.append(line);
    return lines;
}

bool tst_BinaryRelayMany::start(protocol::StudyManifest *manifest, testsupport::StudyRun *run)
{
    *manifest = testsupport::makeManifest(demoDesign(),
                                          { testsupport::participantOf(m_sites[0]),
                                            testsupport::participantOf(m_sites[1]),
                                            testsupport::participantOf(m_sites[2]) });
    QString error;
    protocol::RoundRelay relay;
    relay.round = 1;
    if (!testsupport::openAndArm(all(), *manifest, &error)
        || !testsupport::relayToAll(all(), *manifest, relay, run, &error, true)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return true;
}

void tst_BinaryRelayMany::binaryStudyEqualsPooledFitAndTheJsonRelay()
{
    protocol::StudyManifest manifest;
    testsupport::StudyRun run;
    QVERIFY(start(&manifest, &run));
    const QString study = protocol::studyHash(manifest);
    std::vector<protocol::SignedContribution> last;
    int round = 1;
    bool converged = false;
    while (!converged && round < 60) {
        ++round;
        const QList<protocol::SignedContribution> previous(run.previous.begin(),
                                                           run.previous.end());
        std::vector<protocol::SignedContribution> next(3);
        std::vector<QList<QByteArray>> nextTags(3);
        last.clear();
        converged = true;
        for (int i = 0; i < 3; ++i) {
            const Reply answer = postBinary(m_sites[i], binaryBody(round, previous, run.tags, i));
            auto contribution = testsupport::contributionOf(answer);
            QVERIFY2(contribution, qPrintable(answer.describe()));
            QCOMPARE(contribution->contribution.site, m_sites[i].info.name);
            next[std::size_t(i)] = *contribution;
            nextTags[std::size_t(i)] = testsupport::tagsOf(answer);
            last.push_back(*contribution);
            converged = converged
                && contribution->contribution.status == protocol::ContributionStatus::Converged;
        }
        run.previous = next;
        run.tags = nextTags;
    }
    QVERIFY(converged);
    QVERIFY(round >= 3);
    analysis::GlmOptions options;
    auto pooled = analysis::fitFederated({ &m_designs[0], &m_designs[1], &m_designs[2] },
                                         analysis::Family::Binomial, 0.0, options);
    QVERIFY(pooled);
    for (const protocol::SignedContribution &c : last) {
        QVERIFY(secure::verify(
            QByteArray::fromBase64(m_sites[testsupport::sitePosition(manifest, c.contribution.site)]
                                       .info.keys.signingKey.toLatin1()),
            secure::Domain::Contribution, protocol::contributionBytes(c.contribution),
            c.signature));
        for (std::size_t j = 0; j < c.contribution.finalBeta.size(); ++j)
            QVERIFY(relativeDifference(c.contribution.finalBeta[j], pooled->beta(Eigen::Index(j)))
                    < 1e-8);
    }
    // Every node checked every other site's contribution by its tag, and recorded each answered
    // binary relay by its digests, not its bytes.
    for (int i = 0; i < 3; ++i) {
        const QStringList lines = auditLines(i, study);
        const QString text = lines.join(QLatin1Char('\n'));
        QVERIFY(text.contains(QStringLiteral("\"tagsVerified\":[\"site1\",\"site2\",\"site3\"]")));
        QVERIFY(text.contains(QStringLiteral("\"relayed\":[")));
        QVERIFY(!text.contains(QStringLiteral("requestBodyBase64")));
    }
    testsupport::closeJobs(all());

    // The same study relayed as JSON: the same final β, bit for bit (the same sums).
    const protocol::StudyManifest again = testsupport::makeManifest(
        demoDesign(),
        { testsupport::participantOf(m_sites[0]), testsupport::participantOf(m_sites[1]),
          testsupport::participantOf(m_sites[2]) });
    QString error;
    auto json = testsupport::runStudy(all(), again, &error, true);
    QVERIFY2(json, qPrintable(error));
    QCOMPARE(json->rounds, round);
    QCOMPARE(json->last[0].contribution.finalBeta, last[0].contribution.finalBeta);
    testsupport::closeJobs(all());
}

void tst_BinaryRelayMany::changedOrMissingContributionsEndTheStudy()
{
    protocol::StudyManifest manifest;
    testsupport::StudyRun run;
    QVERIFY(start(&manifest, &run));
    const QString study = protocol::studyHash(manifest);
    QList<protocol::SignedContribution> honest(run.previous.begin(), run.previous.end());

    // A flipped bit of site2's masked words, its tag for site1 kept: refused by the tag.
    QList<protocol::SignedContribution> changed = honest;
    changed[1].contribution.masked[5] ^= 1;
    Reply refused = postBinary(m_sites[0], binaryBody(2, changed, run.tags, 0));
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.code, QStringLiteral("invalid-tag"));
    QVERIFY2(message(refused).contains(QStringLiteral("site2")), qPrintable(message(refused)));
    // Audited as the study's end, the refused body kept whole (as base64: it is not JSON).
    const QStringList ended = auditLines(0, QStringLiteral("\"invalid-tag\""));
    QVERIFY(std::any_of(ended.begin(), ended.end(), [&](const QString &line) {
        return line.contains(study) && line.contains(QStringLiteral("\"studyEnded\":true"))
            && line.contains(QStringLiteral("\"refusedSite\":\"site2\""))
            && line.contains(QStringLiteral("\"requestBodyBase64\""));
    }));
    // Nothing more from that node in this study, in either form.
    Reply after = postBinary(m_sites[0], binaryBody(2, honest, run.tags, 0));
    QCOMPARE(after.status, 409);
    QCOMPARE(after.code, QStringLiteral("study-ended"));

    // site2's contribution twice instead of site3's (site3's tag slot holds site2's tag for it).
    QList<protocol::SignedContribution> twice = honest;
    twice[2] = honest[1];
    refused = postBinary(m_sites[1], binaryBody(2, twice, run.tags, 1));
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.code, QStringLiteral("duplicate-contribution"));

    // site3's contribution missing, and the parts reordered (each with its own tag).
    QList<protocol::SignedContribution> two = honest.mid(0, 2);
    std::vector<QList<QByteArray>> twoTags(run.tags.begin(), run.tags.begin() + 2);
    refused = postBinary(m_sites[2], binaryBody(2, two, twoTags, 2));
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.code, QStringLiteral("missing-contribution"));
    testsupport::closeJobs(all());

    QVERIFY(start(&manifest, &run));
    honest = QList<protocol::SignedContribution>(run.previous.begin(), run.previous.end());
    QList<protocol::SignedContribution> reordered { honest[1], honest[0], honest[2] };
    std::vector<QList<QByteArray>> reorderedTags { run.tags[1], run.tags[0], run.tags[2] };
    refused = postBinary(m_sites[2], binaryBody(2, reordered, reorderedTags, 2));
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.code, QStringLiteral("contributions-reordered"));
    // A tag in the node's own slot.
    QList<QByteArray> ownSlot { run.tags[1].value(0), run.tags[1].value(0), run.tags[2].value(0) };
    refused
        = postBinary(m_sites[0], protocol::relayBody(2, ownSlot, protocol::relayParts(honest), 3));
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.code, QStringLiteral("invalid-tags"));
    testsupport::closeJobs(all());
}

void tst_BinaryRelayMany::malformedBodiesEndNothing()
{
    protocol::StudyManifest manifest;
    testsupport::StudyRun run;
    QVERIFY(start(&manifest, &run));
    const QList<protocol::SignedContribution> honest(run.previous.begin(), run.previous.end());
    const QByteArray body = binaryBody(2, honest, run.tags, 1);
    // Cut short (inside a part, inside the header), one byte too many.
    for (const QByteArray &bad :
         QList<QByteArray> { body.left(body.size() / 2), body.left(20), body + QByteArray("x") }) {
        const Reply refused = postBinary(m_sites[1], bad);
        QCOMPARE(refused.status, 400);
    }
    {
        // The JSON relay's bytes under the binary media type, and the binary bytes as JSON.
        protocol::RoundRelay json;
        json.round = 2;
        json.previous = honest;
        Reply refused = postBinary(m_sites[1], QJsonDocument(protocol::toJson(json)).toJson());
        QCOMPARE(refused.status, 400);
        refused = m_sites[1].node->post(testsupport::jobPath(m_sites[1], "/rounds"),
                                        m_sites[1].token, body);
        QCOMPARE(refused.status, 400);
    }
    // No other path takes the binary media type.
    const Reply jobs
        = m_sites[1].node->post("/v1/jobs", m_sites[1].token, body, protocol::kRelayContentType);
    QCOMPARE(jobs.status, 415);
    // None of these ended the study: the honest relay is answered.
    const Reply answered = postBinary(m_sites[1], body);
    QVERIFY2(answered.status == 200, qPrintable(answered.describe()));
    QVERIFY(testsupport::contributionOf(answered));
    testsupport::closeJobs(all());
}

void tst_BinaryRelayMany::oneRelayPerRoundInEitherForm()
{
    protocol::StudyManifest manifest;
    testsupport::StudyRun run;
    QVERIFY(start(&manifest, &run));
    const QList<protocol::SignedContribution> honest(run.previous.begin(), run.previous.end());
    const QByteArray body = binaryBody(2, honest, run.tags, 0);
    const Reply first = postBinary(m_sites[0], body);
    QCOMPARE(first.status, 200);
    // The identical repeat gets the stored answer.
    const Reply repeat = postBinary(m_sites[0], body);
    QCOMPARE(repeat.status, 200);
    QCOMPARE(repeat.body, first.body);
    // The JSON form of the same round is another relay of round 2: the study ends.
    QList<QByteArray> tags;
    for (std::size_t i = 0; i < run.tags.size(); ++i)
        tags.append(i == 0 ? QByteArray() : run.tags[i].value(0));
    protocol::RoundRelay json;
    json.round = 2;
    json.previous = honest;
    const Reply other = testsupport::relayRoundTagged(m_sites[0], json, tags);
    QCOMPARE(other.status, 409);
    QCOMPARE(other.code, QStringLiteral("round-replayed"));
    testsupport::closeJobs(all());
}

QTEST_MAIN(tst_BinaryRelayMany)
#include "tst_binaryrelay_many.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The summed relay (docs/protocol.md "The summed relay"; issue 16, branch `sites4`) against three
// real fairstart-node processes over TLS, the test as the relay (studyrelay.h). A masked study
// whose rounds 2 and on carry only the contributions' fields, the integer word sum S and each
// node's linear tags converges to the pooled fit. A hostile client that tampers with the relay
// is refused with a code, the study ends and the node's audit records it: S changed by one, or
// shifted by 2^63 in one word (what a MAC over Z_2^64 would miss half the time), or by q as an
// integer (what the field alone cannot see: the range check), S without one site's words or with
// one site's words twice, the tags of the round before, the tags of another study, a field's
// bytes re-spelled, the node's own slot changed, and in round 1 a seed relayed to the wrong
// node. The summed form is refused on a study that did not choose it.
#include "fairstart/node/disclosurecontrol.h"
#include "fairstart/node/store.h"

#include "fairstart/analysis/glm.h"
#include "fairstart/protocol/codec.h"
#include "fairstart/protocol/relaycodec.h"
#include "fairstart/secure/field127.h"
#include "fairstart/secure/secure.h"

#include "demodesign.h"
#include "demosites.h"
#include "nodeprocess.h"
#include "peering.h"
#include "studyrelay.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace fairstart;
using testsupport::demoDesign;
using testsupport::NodeProcess;
using testsupport::Reply;
using testsupport::StudySite;

namespace {

__extension__ using u128 = unsigned __int128;

Reply postBinary(const StudySite &site, const QByteArray &body)
{
    return site.node->post(testsupport::jobPath(site, "/rounds"), site.token, body,
                           protocol::kRelayContentType);
}

void appendU32(QByteArray &out, std::uint32_t v)
{
    for (int b = 0; b < 4; ++b)
        out.append(char((v >> (8 * b)) & 0xff));
}

void appendU64(QByteArray &out, std::uint64_t v)
{
    for (int b = 0; b < 8; ++b)
        out.append(char((v >> (8 * b)) & 0xff));
}

// The word sum of `previous` with contribution i counted counts[i] times (the test's own
// arithmetic, independent of summedRelayParts).
std::vector<u128> wordSum(const QList<protocol::SignedContribution> &previous,
                          const std::vector<int> &counts)
{
    std::vector<u128> sum;
    for (qsizetype i = 0; i < previous.size(); ++i) {
        const auto &words = previous[i].contribution.masked;
        sum.resize(std::max(sum.size(), words.size()), 0);
        for (int c = 0; c < counts[std::size_t(i)]; ++c)
            for (std::size_t k = 0; k < words.size(); ++k)
                sum[k] += words[k];
    }
    return sum;
}

// A summed relay body written by hand (relaycodec.h's layout) with any S, fields and tags.
QByteArray summedBody(int round, const QList<QByteArray> &tags, const std::vector<u128> &sum,
                      const QList<QByteArray> &fields, const QList<bool> &summed)
{
    QByteArray out(protocol::kSummedRelayMagic, 8);
    appendU32(out, std::uint32_t(round));
    appendU32(out, std::uint32_t(fields.size()));
    for (const QByteArray &tag : tags) {
        out.append(char(tag.size()));
        out.append(tag);
    }
    appendU32(out, std::uint32_t(sum.size()));
    for (const u128 v : sum) {
        appendU64(out, std::uint64_t(v));
        appendU64(out, std::uint64_t(v >> 64));
    }
    for (qsizetype i = 0; i < fields.size(); ++i) {
        appendU32(out, std::uint32_t(fields[i].size()));
        out.append(fields[i]);
        out.append(char(summed[i] ? 1 : 0));
    }
    return out;
}

QString message(const Reply &reply)
{
    const QJsonObject error = reply.json.value(QStringLiteral("error")).toObject();
    return error.value(QStringLiteral("message")).toString();
}

double relativeDifference(double a, double b)
{
    return std::abs(a - b) / std::max(1.0, std::abs(b));
}

// The sum tags of an answer (one per site, "" for the node's own slot).
QList<QByteArray> sumTagsOf(const Reply &reply)
{
    QList<QByteArray> tags;
    for (const QJsonValue &tag : reply.json.value(QStringLiteral("sum_tags")).toArray())
        tags.append(QByteArray::fromBase64(tag.toString().toLatin1()));
    return tags;
}

} // namespace

// One study in flight: the answers of the last round (manifest order) with their sum tags.
struct SummedRun {
    protocol::StudyManifest manifest;
    QString hash;
    QList<protocol::SignedContribution> previous;
    std::vector<QList<QByteArray>> sumTags; // participant i's tag for every site
    std::vector<QList<QByteArray>> tags; // participant i's contribution tags
    int round = 0;
};

class tst_AttacksSites4 : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void summedStudyEqualsPooledFit();
    void changedSumEndsTheStudy_data();
    void changedSumEndsTheStudy();
    void tagsOfAnotherRoundOrStudyEndTheStudy();
    void aSeedRelayedToTheWrongNodeEndsTheStudy();
    void theSummedFormOnlyForStudiesThatChoseIt();

private:
    // Opens a summed study over the three nodes and relays round 1 (manifest tags, sum seeds).
    bool start(SummedRun *run);
    // Relays round run->round + 1 honestly to every node, summed; false with a warning if any
    // answer is not a contribution.
    bool next(SummedRun *run);
    // The honest body of the next round for the node at `position`.
    QByteArray honestBody(const SummedRun &run, int position, const std::vector<u128> &sum,
                          int round = -1) const;
    QList<QByteArray> tagsFor(const SummedRun &run, int position) const;
    bool refusedAndAudited(int node, const Reply &reply, const QString &code, const QString &study);
    std::vector<StudySite *> all() { return { &m_sites[0], &m_sites[1], &m_sites[2] }; }
    std::vector<NodeProcess *> nodes() { return { &m_nodes[0], &m_nodes[1], &m_nodes[2] }; }

    QTemporaryDir m_dir;
    NodeProcess m_nodes[3];
    StudySite m_sites[3];
    analysis::DesignMatrix m_designs[3];
};

void tst_AttacksSites4::initTestCase()
{
    VERIFY_NO_ERROR(testsupport::startDemoSites(m_dir, nodes(), all(), 61));
    for (int i = 0; i < 3; ++i)
        VERIFY_NO_ERROR(testsupport::readDemoDesign(m_nodes[i], &m_designs[i]));
    VERIFY_NO_ERROR(testsupport::serveEachOther(nodes(), all()));
    for (const StudySite &site : m_sites)
        QVERIFY(site.info.capabilities.contains(QStringLiteral("summed-relay")));
}

void tst_AttacksSites4::cleanupTestCase()
{
    for (NodeProcess &node : m_nodes)
        node.stop();
}

bool tst_AttacksSites4::start(SummedRun *run)
{
    run->manifest = testsupport::makeManifest(demoDesign(),
                                              { testsupport::participantOf(m_sites[0]),
                                                testsupport::participantOf(m_sites[1]),
                                                testsupport::participantOf(m_sites[2]) });
    run->manifest.armsByTags = true;
    run->manifest.summedRelay = true;
    run->hash = protocol::studyHash(run->manifest);
    for (StudySite &site : m_sites) {
        const Reply opened = testsupport::openStudy(site, run->manifest);
        if (opened.status != 201 || site.sumSeeds.size() != 3) {
            qWarning("open: %s", qPrintable(opened.describe()));
            return false;
        }
    }
    protocol::RoundRelay relay;
    relay.round = 1;
    run->previous.clear();
    run->sumTags.assign(3, {});
    run->tags.assign(3, {});
    for (int k = 0; k < 3; ++k) {
        QList<QByteArray> seeds;
        for (int i = 0; i < 3; ++i)
            seeds.append(i == k ? QByteArray() : m_sites[i].sumSeeds.value(k));
        const Reply answer = testsupport::relayRoundWith(
            m_sites[k], relay,
            { { QStringLiteral("tags"), {} },
              { QStringLiteral("manifest_tags"), testsupport::manifestTagsFor(all(), k) },
              { QStringLiteral("sum_seeds"), seeds } });
        auto contribution = testsupport::contributionOf(answer);
        if (!contribution || sumTagsOf(answer).size() != 3) {
            qWarning("round 1: %s", qPrintable(answer.describe()));
            return false;
        }
        run->previous.append(*contribution);
        run->sumTags[std::size_t(k)] = sumTagsOf(answer);
        run->tags[std::size_t(k)] = testsupport::tagsOf(answer);
    }
    run->round = 1;
    return true;
}

QList<QByteArray> tst_AttacksSites4::tagsFor(const SummedRun &run, int position) const
{
    QList<QByteArray> mine;
    for (int i = 0; i < 3; ++i)
        mine.append(i == position ? QByteArray() : run.sumTags[std::size_t(i)].value(position));
    return mine;
}

QByteArray tst_AttacksSites4::honestBody(const SummedRun &run, int position,
                                         const std::vector<u128> &sum, int round) const
{
    QList<QByteArray> fields;
    QList<bool> summed;
    for (const auto &c : run.previous) {
        fields.append(protocol::contributionFieldsBytes(c.contribution));
        summed.append(!c.contribution.masked.empty());
    }
    return summedBody(round < 0 ? run.round + 1 : round, tagsFor(run, position), sum, fields,
                      summed);
}

bool tst_AttacksSites4::next(SummedRun *run)
{
    const std::vector<u128> sum = wordSum(run->previous, { 1, 1, 1 });
    QList<protocol::SignedContribution> answers;
    std::vector<QList<QByteArray>> sumTags(3);
    for (int k = 0; k < 3; ++k) {
        // The codec's own encoding for the honest relay (the attacks use summedBody).
        const QByteArray body = protocol::summedRelayBody(
            run->round + 1, tagsFor(*run, k), protocol::summedRelayParts(run->previous), 3);
        if (body != honestBody(*run, k, sum)) {
            qWarning("summedRelayParts differs from the test's own encoding");
            return false;
        }
        const Reply answer = postBinary(m_sites[k], body);
        auto contribution = testsupport::contributionOf(answer);
        if (!contribution) {
            qWarning("round %d: %s", run->round + 1, qPrintable(answer.describe()));
            return false;
        }
        answers.append(*contribution);
        sumTags[std::size_t(k)] = sumTagsOf(answer);
    }
    run->previous = answers;
    run->sumTags = sumTags;
    run->round += 1;
    return true;
}

bool tst_AttacksSites4::refusedAndAudited(int node, const Reply &reply, const QString &code,
                                          const QString &study)
{
    if (reply.status != 409 || reply.code != code) {
        qWarning("expected 409 %s, got %s", qPrintable(code), qPrintable(reply.describe()));
        return false;
    }
    const QStringList lines
        = testsupport::auditLinesOf(m_nodes[node], QStringLiteral("\"%1\"").arg(code));
    const bool audited = std::any_of(lines.begin(), lines.end(), [&](const QString &line) {
        return line.contains(study) && line.contains(QStringLiteral("\"studyEnded\":true"));
    });
    if (!audited)
        qWarning("no audit entry of %s ending study %s", qPrintable(code), qPrintable(study));
    return audited;
}

void tst_AttacksSites4::summedStudyEqualsPooledFit()
{
    SummedRun run;
    QVERIFY(start(&run));
    bool converged = false;
    while (!converged && run.round < 60) {
        QVERIFY(next(&run));
        converged = std::all_of(run.previous.begin(), run.previous.end(), [](const auto &c) {
            return c.contribution.status == protocol::ContributionStatus::Converged;
        });
    }
    QVERIFY(converged);
    QVERIFY(run.round >= 3);
    analysis::GlmOptions options;
    auto pooled = analysis::fitFederated({ &m_designs[0], &m_designs[1], &m_designs[2] },
                                         analysis::Family::Binomial, 0.0, options);
    QVERIFY(pooled);
    for (const protocol::SignedContribution &c : run.previous) {
        QCOMPARE(c.contribution.finalBeta, run.previous.first().contribution.finalBeta);
        for (std::size_t j = 0; j < c.contribution.finalBeta.size(); ++j)
            QVERIFY(relativeDifference(c.contribution.finalBeta[j], pooled->beta(Eigen::Index(j)))
                    < 1e-8);
    }
    // Every node checked the sum by its tags and recorded each relay by its digests.
    for (int i = 0; i < 3; ++i) {
        const QString text
            = testsupport::auditLinesOf(m_nodes[i], run.hash).join(QLatin1Char('\n'));
        QVERIFY(text.contains(QStringLiteral("\"sumVerified\":true")));
        QVERIFY(text.contains(QStringLiteral("\"sumSeedsOpened\"")));
        QVERIFY(!text.contains(QStringLiteral("requestBodyBase64")));
    }
    testsupport::closeJobs(all());
}

void tst_AttacksSites4::changedSumEndsTheStudy_data()
{
    QTest::addColumn<int>("attack");
    QTest::newRow("S plus one in one word") << 0;
    QTest::newRow("S plus 2^63 in one word") << 1;
    QTest::newRow("S plus q in one word (the range check)") << 2;
    QTest::newRow("S without site2's words") << 3;
    QTest::newRow("S with site2's words twice") << 4;
    QTest::newRow("site2's fields re-spelled") << 5;
    QTest::newRow("the node's own fields changed") << 6;
}

void tst_AttacksSites4::changedSumEndsTheStudy()
{
    QFETCH(int, attack);
    SummedRun run;
    QVERIFY(start(&run));
    QVERIFY(next(&run)); // round 2 honest: the attack is on round 3's relay to site1
    std::vector<u128> sum = wordSum(run.previous, { 1, 1, 1 });
    QVERIFY(sum.size() > 10);
    QList<QByteArray> fields;
    QList<bool> summed;
    for (const auto &c : run.previous) {
        fields.append(protocol::contributionFieldsBytes(c.contribution));
        summed.append(true);
    }
    QString code = QStringLiteral("invalid-sum");
    switch (attack) {
    case 0:
        sum[7] += 1;
        break;
    case 1:
        sum[7] += u128(1) << 63;
        break;
    case 2:
        sum[7] += secure::field127::kQ; // ≡ 0 in F_q: only S's range refuses it
        break;
    case 3:
        sum = wordSum(run.previous, { 1, 0, 1 });
        break;
    case 4:
        sum = wordSum(run.previous, { 1, 2, 1 });
        break;
    case 5:
        // The same JSON object with a space after its brace: it decodes to the same fields,
        // but it is not the bytes site2 tagged.
        fields[1] = QByteArray("{ ") + fields[1].mid(1);
        break;
    case 6:
        // site1's own slot re-spelled: not the bytes it answered.
        fields[0] = QByteArray("{ ") + fields[0].mid(1);
        code = QStringLiteral("invalid-own-contribution");
        break;
    }
    const Reply refused
        = postBinary(m_sites[0], summedBody(3, tagsFor(run, 0), sum, fields, summed));
    QVERIFY(refusedAndAudited(0, refused, code, run.hash));
    // Nothing more from that node in this study, the honest relay included.
    const Reply after
        = postBinary(m_sites[0], honestBody(run, 0, wordSum(run.previous, { 1, 1, 1 })));
    QCOMPARE(after.status, 409);
    QCOMPARE(after.code, QStringLiteral("study-ended"));
    // The other nodes, given the honest relay, go on: the client alone cannot end more than it
    // is sent to.
    const Reply other
        = postBinary(m_sites[1], honestBody(run, 1, wordSum(run.previous, { 1, 1, 1 })));
    QCOMPARE(other.status, 200);
    testsupport::closeJobs(all());
}

void tst_AttacksSites4::tagsOfAnotherRoundOrStudyEndTheStudy()
{
    // Within one study: round 3's relay (its fields and sum) with the tags that came with round
    // 2's relay (the client replays the round before's tags).
    SummedRun one;
    QVERIFY(start(&one));
    const std::vector<QList<QByteArray>> roundOneTags = one.sumTags;
    QVERIFY(next(&one));
    SummedRun replayed = one;
    replayed.sumTags = roundOneTags;
    Reply refused
        = postBinary(m_sites[1], honestBody(replayed, 1, wordSum(one.previous, { 1, 1, 1 })));
    QVERIFY(refusedAndAudited(1, refused, QStringLiteral("invalid-sum"), one.hash));
    testsupport::closeJobs(all());

    // Two studies of the same design and nodes, both at round 2's answers: study A's round 3
    // relay to site3 with study B's tags (the same round, another study).
    SummedRun a, b;
    QVERIFY(start(&a));
    QVERIFY(next(&a));
    QStringList jobsOfA;
    for (const StudySite &site : m_sites)
        jobsOfA << site.jobId;
    QVERIFY(start(&b));
    QVERIFY(next(&b));
    QStringList jobsOfB;
    for (const StudySite &site : m_sites)
        jobsOfB << site.jobId;
    for (int k = 0; k < 3; ++k)
        m_sites[k].jobId = jobsOfA[k];
    SummedRun mixed = a;
    mixed.sumTags = b.sumTags;
    refused = postBinary(m_sites[2], honestBody(mixed, 2, wordSum(a.previous, { 1, 1, 1 })));
    QVERIFY(refusedAndAudited(2, refused, QStringLiteral("invalid-sum"), a.hash));
    // B's relay with A's fields and sum under B's tags, at B's site1: the fields name study A.
    for (int k = 0; k < 3; ++k)
        m_sites[k].jobId = jobsOfB[k];
    SummedRun crossed = b;
    crossed.previous = a.previous;
    refused = postBinary(m_sites[0], honestBody(crossed, 0, wordSum(a.previous, { 1, 1, 1 })));
    QCOMPARE(refused.status, 409);
    testsupport::closeJobs(all());
    for (int k = 0; k < 3; ++k)
        m_sites[k].jobId = jobsOfA[k];
    testsupport::closeJobs(all());
}

void tst_AttacksSites4::aSeedRelayedToTheWrongNodeEndsTheStudy()
{
    SummedRun run;
    run.manifest = testsupport::makeManifest(demoDesign(),
                                             { testsupport::participantOf(m_sites[0]),
                                               testsupport::participantOf(m_sites[1]),
                                               testsupport::participantOf(m_sites[2]) });
    run.manifest.armsByTags = true;
    run.manifest.summedRelay = true;
    run.hash = protocol::studyHash(run.manifest);
    for (StudySite &site : m_sites)
        QCOMPARE(testsupport::openStudy(site, run.manifest).status, 201);
    protocol::RoundRelay relay;
    relay.round = 1;
    // site1 gets, in site2's slot, site2's seed sealed for site3 (a seed for another node).
    const QList<QByteArray> seeds { QByteArray(), m_sites[1].sumSeeds.value(2),
                                    m_sites[2].sumSeeds.value(0) };
    Reply refused = testsupport::relayRoundWith(
        m_sites[0], relay,
        { { QStringLiteral("tags"), {} },
          { QStringLiteral("manifest_tags"), testsupport::manifestTagsFor(all(), 0) },
          { QStringLiteral("sum_seeds"), seeds } });
    QVERIFY(refusedAndAudited(0, refused, QStringLiteral("invalid-sum-seed"), run.hash));
    QVERIFY2(message(refused).contains(QStringLiteral("site2")), qPrintable(message(refused)));
    // site2 gets site3's seed for site2 in site1's slot (moved between owners).
    const QList<QByteArray> moved { m_sites[2].sumSeeds.value(1), QByteArray(),
                                    m_sites[2].sumSeeds.value(1) };
    refused = testsupport::relayRoundWith(
        m_sites[1], relay,
        { { QStringLiteral("tags"), {} },
          { QStringLiteral("manifest_tags"), testsupport::manifestTagsFor(all(), 1) },
          { QStringLiteral("sum_seeds"), moved } });
    QVERIFY(refusedAndAudited(1, refused, QStringLiteral("invalid-sum-seed"), run.hash));
    // site3 gets no seeds at all.
    refused = testsupport::relayRoundWith(
        m_sites[2], relay,
        { { QStringLiteral("tags"), {} },
          { QStringLiteral("manifest_tags"), testsupport::manifestTagsFor(all(), 2) } });
    QVERIFY(refusedAndAudited(2, refused, QStringLiteral("invalid-sum-seeds"), run.hash));
    testsupport::closeJobs(all());
}

void tst_AttacksSites4::theSummedFormOnlyForStudiesThatChoseIt()
{
    // A study without "relay": "summed" (tags, binary relay) refuses the summed form (400,
    // nothing read, the study goes on) and sum seeds in round 1.
    SummedRun run;
    run.manifest = testsupport::makeManifest(demoDesign(),
                                             { testsupport::participantOf(m_sites[0]),
                                               testsupport::participantOf(m_sites[1]),
                                               testsupport::participantOf(m_sites[2]) });
    run.manifest.armsByTags = true;
    for (StudySite &site : m_sites) {
        QCOMPARE(testsupport::openStudy(site, run.manifest).status, 201);
        QVERIFY(site.sumSeeds.isEmpty());
    }
    protocol::RoundRelay relay;
    relay.round = 1;
    const Reply seeds = testsupport::relayRoundWith(
        m_sites[0], relay,
        { { QStringLiteral("tags"), {} },
          { QStringLiteral("manifest_tags"), testsupport::manifestTagsFor(all(), 0) },
          { QStringLiteral("sum_seeds"),
            { QByteArray(), QByteArray(72, 'a'), QByteArray(72, 'b') } } });
    QCOMPARE(seeds.status, 400);
    QCOMPARE(seeds.code, QStringLiteral("invalid-sum-seeds"));
    for (int k = 0; k < 3; ++k) {
        const Reply answer = testsupport::relayRoundWith(
            m_sites[k], relay,
            { { QStringLiteral("tags"), {} },
              { QStringLiteral("manifest_tags"), testsupport::manifestTagsFor(all(), k) } });
        auto contribution = testsupport::contributionOf(answer);
        QVERIFY2(contribution, qPrintable(answer.describe()));
        QVERIFY(!answer.json.contains(QStringLiteral("sum_tags")));
        run.previous.append(*contribution);
    }
    run.sumTags.assign(3, { QByteArray(), QByteArray(16, 0), QByteArray(16, 0) });
    run.round = 1;
    const Reply refused
        = postBinary(m_sites[1], honestBody(run, 1, wordSum(run.previous, { 1, 1, 1 })));
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.code, QStringLiteral("invalid-relay"));
    testsupport::closeJobs(all());
}

QTEST_GUILESS_MAIN(tst_AttacksSites4)
#include "tst_attacks_sites4.moc"

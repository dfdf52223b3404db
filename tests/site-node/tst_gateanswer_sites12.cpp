// SPDX-License-Identifier: GPL-3.0-or-later
// The release gate's answer of a round (ReleaseGate::contribution) is written directly around the
// contribution's canonical bytes where that gives the same text (issue 16, branch sites12). Here
// its body is compared, byte for byte, with what the node answered before: jsonText of the
// generic object (protocol::toJson of the signed contribution, with its tags and sum tags as
// base64 strings) — for every status, every mode, hostile strings (quotes, backslashes, control
// characters, non-ASCII, a lone surrogate), empty and odd-length words, with and without tags.
// The record's hash is the body's, its kind "study-round", the status 200.
#include "release/releasegate.h"

#include "fairstart/analysis/disclosure.h"
#include "fairstart/protocol/codec.h"
#include "fairstart/protocol/study.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <random>

using namespace fairstart;

namespace {

// What the gate wrote before: the generic object as QJsonDocument's compact text (jsonText).
QByteArray genericText(const protocol::SignedContribution &signedContribution,
                       const QList<QByteArray> *tags, const QList<QByteArray> *sumTags)
{
    QJsonObject object = protocol::toJson(signedContribution);
    auto base64Array = [](const QList<QByteArray> &values) {
        QJsonArray array;
        for (const QByteArray &value : values)
            array.append(QString::fromLatin1(value.toBase64()));
        return array;
    };
    if (tags)
        object.insert(QStringLiteral("tags"), base64Array(*tags));
    if (sumTags)
        object.insert(QStringLiteral("sum_tags"), base64Array(*sumTags));
    return protocol::jsonText(object);
}

QByteArray randomBytes(std::mt19937_64 &rng, int n)
{
    QByteArray bytes(n, Qt::Uninitialized);
    for (char &c : bytes)
        c = char(rng() & 0xff);
    return bytes;
}

const QString kStrings[] = {
    QStringLiteral("site1"),
    QStringLiteral("sha256:0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0"),
    QString(),
    QStringLiteral("a \"quoted\" name"),
    QStringLiteral("back\\slash"),
    QStringLiteral("line\nbreak\ttab\x01\x1f"),
    QStringLiteral("Sjælland–Øst ☃ 𝔸"),
    QStringLiteral("</script>&'"),
    QString(QChar(0xd800)) + QStringLiteral("lone"), // a lone surrogate
    QStringLiteral("~ !#$%&()*+,-./:;<=>?@[]^_`{|}"),
};

protocol::ContributionStatus statusOf(int i)
{
    static const protocol::ContributionStatus all[] = {
        protocol::ContributionStatus::Statistics,   protocol::ContributionStatus::NonFinite,
        protocol::ContributionStatus::Converged,    protocol::ContributionStatus::Failed,
        protocol::ContributionStatus::Observed,     protocol::ContributionStatus::Evaluation,
        protocol::ContributionStatus::Descriptives,
    };
    return all[i % int(std::size(all))];
}

} // namespace

class TestGateAnswer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void answerIsTheGenericText();
    void maskedEvaluationAtOneHundredSites();
};

void TestGateAnswer::answerIsTheGenericText()
{
    const node::ReleaseGate gate(analysis::DisclosurePolicy {}, 10);
    std::mt19937_64 rng(1612);
    const int kStringCount = int(std::size(kStrings));
    const QString modes[] = { QStringLiteral("masked"), QStringLiteral("plain"),
                              QStringLiteral("masked-summed"), kStrings[3] };
    const int lengths[] = { 0, 1, 2, 3, 514, 1027, 12012 };
    int cases = 0;
    int direct = 0; // cases the direct writer can take (all strings plain ASCII, not plain/…)
    for (int i = 0; i < 7 * 4 * 6; ++i) {
        protocol::SignedContribution s;
        protocol::Contribution &c = s.contribution;
        c.status = statusOf(i);
        c.mode = modes[(i / 7) % 4];
        // Mostly plain strings, so that the direct writer is tried often; every hostile one too.
        const bool hostile = i % 4 == 0;
        auto pick = [&](int salt) {
            return hostile ? kStrings[(i / 4 + salt) % kStringCount]
                           : kStrings[(salt % 2 == 0) ? 0 : 1];
        };
        c.study = pick(0);
        c.site = pick(1);
        c.betaHash = pick(2);
        c.round = int(rng() % 100000);
        c.p = int(rng() % 2000);
        c.bins = int(rng() % 1001);
        c.masked.resize(std::size_t(lengths[i % int(std::size(lengths))]));
        for (auto &word : c.masked)
            word = rng();
        if (c.status == protocol::ContributionStatus::Converged)
            c.finalBeta = { 0.25, -1.5e-300, 3.0, 1e16 };
        if (c.status == protocol::ContributionStatus::Failed) {
            c.failure = kStrings[i % kStringCount];
            c.failureCode = QStringLiteral("separation");
        }
        if (c.status == protocol::ContributionStatus::Statistics && c.mode == modes[1]) {
            analysis::RoundStats stats;
            stats.n = 2000;
            stats.deviance = 1234.5;
            c.plain = stats;
        }
        s.signature = randomBytes(rng, 64);
        QList<QByteArray> tags;
        QList<QByteArray> sumTags;
        const int sites = int(rng() % 5);
        for (int j = 0; j < sites; ++j) {
            tags.append(j == 1 ? QByteArray() : randomBytes(rng, 32));
            sumTags.append(j == 0 ? QByteArray() : randomBytes(rng, 32));
        }
        for (int variant = 0; variant < 4; ++variant) {
            const QList<QByteArray> *t = (variant & 1) ? &tags : nullptr;
            const QList<QByteArray> *st = (variant & 2) ? &sumTags : nullptr;
            node::ReleaseRecord record;
            const node::GateAnswer answer = gate.contribution(s, record, t, st);
            const QByteArray expected = genericText(s, t, st);
            QCOMPARE(answer.status(), 200);
            QVERIFY(answer.code().isEmpty());
            if (answer.body() != expected) {
                qWarning("case %d variant %d: status %d mode %s", i, variant, int(c.status),
                         qPrintable(c.mode));
                QCOMPARE(answer.body(), expected);
            }
            QCOMPARE(record.kind, QStringLiteral("study-round"));
            QCOMPARE(record.releasedHash, protocol::sha256Hex(expected));
            ++cases;
        }
        if (!hostile && (c.mode == modes[0] || c.mode == modes[2])
            && c.status != protocol::ContributionStatus::Converged
            && c.status != protocol::ContributionStatus::Failed)
            ++direct;
    }
    QCOMPARE(cases, 7 * 4 * 6 * 4);
    QVERIFY2(direct >= 10, qPrintable(QString::number(direct))); // the direct writer was tried
}

// The answer the profile was about: a masked evaluation of 12,012 words with 99 tags and sum
// tags, as a node of 100 sites gives it.
void TestGateAnswer::maskedEvaluationAtOneHundredSites()
{
    const node::ReleaseGate gate(analysis::DisclosurePolicy {}, 10);
    std::mt19937_64 rng(100);
    protocol::SignedContribution s;
    s.contribution.status = protocol::ContributionStatus::Evaluation;
    s.contribution.study
        = QStringLiteral("sha256:") + QString::fromLatin1(randomBytes(rng, 32).toHex());
    s.contribution.site = QStringLiteral("site42");
    s.contribution.betaHash
        = QStringLiteral("sha256:") + QString::fromLatin1(randomBytes(rng, 32).toHex());
    s.contribution.mode = QStringLiteral("masked");
    s.contribution.round = 1;
    s.contribution.p = 21;
    s.contribution.bins = 1000;
    s.contribution.masked.resize(12012);
    for (auto &word : s.contribution.masked)
        word = rng();
    s.signature = randomBytes(rng, 64);
    QList<QByteArray> tags;
    for (int j = 0; j < 100; ++j)
        tags.append(j == 41 ? QByteArray() : randomBytes(rng, 32));
    node::ReleaseRecord record;
    const node::GateAnswer answer = gate.contribution(s, record, &tags, &tags);
    QCOMPARE(answer.body(), genericText(s, &tags, &tags));
    QCOMPARE(record.releasedHash, protocol::sha256Hex(answer.body()));
    // The answer decodes to the same signed contribution.
    // The answer decodes to the same signed contribution and tags.
    QJsonObject object = QJsonDocument::fromJson(answer.body()).object();
    const QJsonArray answerTags = object.take(QStringLiteral("tags")).toArray();
    QCOMPARE(object.take(QStringLiteral("sum_tags")).toArray(), answerTags);
    QCOMPARE(answerTags.size(), 100);
    for (int j = 0; j < 100; ++j)
        QCOMPARE(QByteArray::fromBase64(answerTags[j].toString().toLatin1()), tags[j]);
    const auto decoded = protocol::fromJson<protocol::SignedContribution>(object);
    QVERIFY2(decoded, decoded ? "" : qPrintable(decoded.error().message));
    const protocol::Contribution &c = decoded->contribution;
    QCOMPARE(decoded->signature, s.signature);
    QCOMPARE(c.study, s.contribution.study);
    QCOMPARE(c.site, s.contribution.site);
    QCOMPARE(c.betaHash, s.contribution.betaHash);
    QCOMPARE(c.bins, 1000);
    QVERIFY(c.masked == s.contribution.masked);
}

QTEST_GUILESS_MAIN(TestGateAnswer)
#include "tst_gateanswer_sites12.moc"

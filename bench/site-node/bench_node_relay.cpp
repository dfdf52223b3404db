// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16, "100 sites": what ONE node's work per study and per round costs as the number of
// participants grows. The node (node::ApiHandlers in-process, its own encrypted store and a
// synthetic dataset of ROWS records, p = PREDICTORS + 1) takes part in masked studies of N
// participants; the other N - 1 are sites this benchmark plays (fakesite.h), each with its own
// keys, signing the manifest and a masked contribution of zeros every round (so the sum is the
// node's own statistics and the fit converges as at one site). Every request goes through
// ApiHandlers::handle as the server hands it over: authentication, the node's checks of every
// relayed signature, the sum, the Newton step, the round, the release gate, the mask, the
// signature and the audit entry.
//
// The measure is the CPU time of the handling thread (CLOCK_THREAD_CPUTIME_ID; the rounds here
// stay below computeRound's two-thread size), so other processes on a shared machine do not
// count; the wall time is printed beside it. Per N: job creation, arming (the manifest's
// signatures), round 1 and the rounds that carry a relay (median over all studies).
// JSON lines on stdout.
//   bench_node_relay [SITES...=10 50 100]   (BENCH_ROWS=2000, BENCH_PREDICTORS=20,
//                                            BENCH_STUDIES=3, BENCH_CHECKS="signatures tags",
//                                            BENCH_MANIFEST=digest|bytes,
//                                            BENCH_ARMING=signatures|tags,
//                                            BENCH_RELAY=json|binary)
// BENCH_CHECKS: how the node checks the relayed contributions, each measured in turn:
// "signatures" (an Ed25519 verification per contribution) and "tags" (the relay carries each
// site's contribution tag for the node, docs/protocol.md "Contribution tags").
// BENCH_ARMING=tags: the manifest says "arming": "tags" (docs/protocol.md, "Manifest tags"):
// round 1 carries the played sites' manifest tags for the node instead of a signature relay, so
// the arming is inside round 1 (arm_cpu_ms 0; compare arm_round1_cpu_ms).
// For the split by function, run it under `perf record -g` or `valgrind --tool=callgrind`.
#include "fairstart/node/handlers.h"
#include "fairstart/node/policy.h"
#include "fairstart/node/store.h"

#include "fairstart/protocol/codec.h"
#include "fairstart/protocol/relaycodec.h"
#include "fairstart/protocol/study.h"
#include "fairstart/secure/secure.h"

#include "fakesite.h"
#include "inprocessstudy.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <time.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <random>
#include <vector>

using namespace fairstart;

namespace {

using Clock = std::chrono::steady_clock;

double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) * 1e-6;
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

int fail(const QString &message)
{
    std::fprintf(stderr, "bench_node_relay: %s\n", qPrintable(message));
    return 1;
}

// record_id, consent_research (2 % without consent), x1..xP normal, y from a logistic model.
QByteArray syntheticCsv(int rows, int predictors)
{
    std::mt19937_64 rng(20261204);
    std::normal_distribution<double> normal(0.0, 1.0);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    QByteArray csv = "record_id,consent_research";
    for (int j = 1; j <= predictors; ++j)
        csv += ",x" + QByteArray::number(j);
    csv += ",y\n";
    for (int i = 0; i < rows; ++i) {
        double eta = -0.4;
        QByteArray values;
        for (int j = 1; j <= predictors; ++j) {
            const double x = std::round(normal(rng) * 1e4) / 1e4;
            eta += (j % 2 ? 1.0 : -1.0) * (0.08 + 0.03 * (j % 7)) * x;
            values += ',' + QByteArray::number(x, 'f', 4);
        }
        const int y = uniform(rng) < 1.0 / (1.0 + std::exp(-eta)) ? 1 : 0;
        const bool consent = i % 50 != 49;
        csv += QByteArray::number(i + 1) + (consent ? ",1" : ",0") + values + ','
            + QByteArray::number(y) + '\n';
    }
    return csv;
}

analysis::ResolvedDesign design(int predictors)
{
    analysis::ResolvedDesign d;
    d.spec.outcome.variable = "y";
    d.spec.family = analysis::Family::Binomial;
    for (int j = 1; j <= predictors; ++j) {
        analysis::Predictor x;
        x.variable = "x" + std::to_string(j);
        d.spec.predictors.push_back(x);
    }
    return d;
}

struct Timed {
    node::ApiResponse response;
    double cpuMs = 0;
    double wallMs = 0;
};

class Bench {
public:
    std::shared_ptr<node::SiteStore> store;
    std::unique_ptr<node::ApiHandlers> handlers;
    testsupport::TestNodeKeys keys;
    QString token;

    Timed call(const std::string &method, const std::string &path, const QByteArray &body)
    {
        node::ApiRequest request;
        request.method = method;
        request.path = path;
        request.authorization = "Bearer " + token.toStdString();
        if (!body.isEmpty())
            request.contentType
                = protocol::isBinaryRelay(body) ? protocol::kRelayContentType : "application/json";
        request.body = body;
        Timed t;
        const double cpu = threadCpuMs();
        const auto start = Clock::now();
        t.response = handlers->handle(request);
        t.wallMs = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
        t.cpuMs = threadCpuMs() - cpu;
        return t;
    }
};

QByteArray body(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

struct PerN {
    std::vector<double> open, arm, first, relayCpu, relayWall;
    qint64 relayBytes = 0;
    int rounds = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (sodium_init() < 0)
        return fail(QStringLiteral("libsodium could not be initialised"));
    std::vector<int> counts;
    for (int i = 1; i < argc; ++i)
        counts.push_back(std::atoi(argv[i]));
    if (counts.empty())
        counts = { 10, 50, 100 };
    const int rows = qEnvironmentVariableIsSet("BENCH_ROWS")
        ? qEnvironmentVariableIntValue("BENCH_ROWS")
        : 2000;
    const int predictors = qEnvironmentVariableIsSet("BENCH_PREDICTORS")
        ? qEnvironmentVariableIntValue("BENCH_PREDICTORS")
        : 20;
    const int studies = qEnvironmentVariableIsSet("BENCH_STUDIES")
        ? qEnvironmentVariableIntValue("BENCH_STUDIES")
        : 3;

    QTemporaryDir dir;
    Bench b;
    auto created
        = node::SiteStore::create(dir.filePath(QStringLiteral("node")),
                                  QStringLiteral("bench passphrase"), QStringLiteral("bench-node"));
    if (!created)
        return fail(created.error().message);
    b.store = std::move(created).value();
    const QString csvPath = dir.filePath(QStringLiteral("cohort.csv"));
    {
        QFile f(csvPath);
        if (!f.open(QIODevice::WriteOnly))
            return fail(QStringLiteral("cannot write the CSV"));
        f.write(syntheticCsv(rows, predictors));
    }
    if (auto imported = b.store->importCsv(QStringLiteral("cohort"), csvPath); !imported)
        return fail(imported.error().message);
    auto token
        = b.store->createToken(QStringLiteral("analyst"), { QStringLiteral("research") }, 30);
    if (!token)
        return fail(token.error().message);
    b.token = token->token;
    b.keys = testsupport::TestNodeKeys::make();
    node::Policy policy;
    // The other sites are this benchmark's: unpinned peers, as bench_cli_fit's clusters of more
    // than 10 nodes; enough jobs for every study.
    if (!policy.setValue(QStringLiteral("unknown_peers"), 1)
        || !policy.setValue(QStringLiteral("jobs_per_user_per_day"), 100000))
        return fail(QStringLiteral("cannot set the policy"));
    b.handlers = std::make_unique<node::ApiHandlers>(b.store, policy, b.keys.keys, b.keys.secrets);
    const analysis::ResolvedDesign d = design(predictors);
    const int p = predictors + 1;

    QStringList checks = qEnvironmentVariable("BENCH_CHECKS", QStringLiteral("signatures tags"))
                             .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    std::vector<std::pair<int, QString>> runs;
    for (int n : counts)
        for (const QString &check : checks)
            runs.emplace_back(n, check);
    const bool armTags = qEnvironmentVariable("BENCH_ARMING") == QStringLiteral("tags");
    const bool binary = qEnvironmentVariable("BENCH_RELAY") == QStringLiteral("binary");
    for (const auto &[n, check] : runs) {
        const bool tagged = check == QStringLiteral("tags");
        if (n < 3)
            return fail(QStringLiteral("a masked study needs at least 3 sites"));
        std::vector<testsupport::FakeSite> fakes;
        for (int i = 1; i < n; ++i)
            fakes.push_back(testsupport::FakeSite::make(
                QStringLiteral("peer-%1").arg(i, 3, 10, QLatin1Char('0'))));
        PerN m;
        for (int s = 0; s < studies; ++s) {
            protocol::StudyManifest manifest;
            quint32 words[4];
            QRandomGenerator::global()->fillRange(words);
            manifest.studyId = QString::fromLatin1(
                QByteArray(reinterpret_cast<const char *>(words), sizeof(words)).toHex());
            manifest.purpose = QStringLiteral("research");
            manifest.dataset = QStringLiteral("cohort");
            manifest.design = d;
            manifest.designHash = protocol::designHash(d);
            manifest.mode = QStringLiteral("masked");
            // BENCH_MANIFEST=bytes: the sites sign the manifest's bytes (as before issue 16's
            // "signature": "sha256"); by default its SHA-256.
            manifest.signsDigest
                = qEnvironmentVariable("BENCH_MANIFEST") != QStringLiteral("bytes");
            manifest.armsByTags = armTags;
            manifest.participants = { b.keys.participant(b.store->nodeName()) };
            for (const auto &f : fakes)
                manifest.participants.append(f.participant());
            std::sort(
                manifest.participants.begin(), manifest.participants.end(),
                [](const auto &a, const auto &c) { return a.name.toUtf8() < c.name.toUtf8(); });
            int self = -1;
            QList<QByteArray> boxKeys;
            for (qsizetype i = 0; i < manifest.participants.size(); ++i) {
                if (manifest.participants[i].name == b.store->nodeName())
                    self = int(i);
                boxKeys.append(
                    QByteArray::fromBase64(manifest.participants[i].keyAgreementKey.toLatin1()));
            }
            const QString studyHash = protocol::studyHash(manifest);
            // Tagged: each played site's pairwise secrets, agreed once per study.
            std::vector<secure::PairwiseSecrets> fakeSecrets;
            for (qsizetype i = 0; (tagged || armTags) && i < manifest.participants.size(); ++i) {
                if (i == self) {
                    fakeSecrets.emplace_back();
                    continue;
                }
                secure::MaskContext context;
                context.index = int(i);
                context.secretKey = fakes[size_t(i < self ? i : i - 1)].boxSecret;
                context.publicKeys = boxKeys;
                auto agreed = secure::agreePairwise(context);
                if (!agreed)
                    return fail(QStringLiteral("cannot agree a played site's secrets"));
                fakeSecrets.push_back(std::move(agreed).value());
            }
            QList<QByteArray> tags; // the played sites' tags for the node, relay order

            Timed opened = b.call("POST", "/v1/jobs",
                                  body(protocol::toJson(protocol::StudyJobRequest { manifest })));
            if (opened.response.status != 201)
                return fail(QStringLiteral("POST /v1/jobs: %1 %2")
                                .arg(opened.response.status)
                                .arg(QString::fromUtf8(opened.response.body)));
            m.open.push_back(opened.cpuMs);
            auto job = protocol::fromJson<protocol::JobCreated>(
                QJsonDocument::fromJson(opened.response.body).object());
            if (!job)
                return fail(QStringLiteral("cannot read the job"));
            const std::string path = "/v1/jobs/" + job->jobId.toStdString();
            protocol::SignatureRelay signatures;
            for (const auto &participant : manifest.participants) {
                if (participant.name == b.store->nodeName()) {
                    signatures.signatures.append({ participant.name, job->manifestSignature });
                    continue;
                }
                for (const auto &f : fakes)
                    if (f.name == participant.name)
                        signatures.signatures.append({ f.name, f.signManifest(manifest) });
            }
            QJsonArray manifestTags; // the played sites' manifest tags for the node
            if (armTags) {
                const QByteArray digest = QByteArray::fromHex(studyHash.mid(7).toLatin1());
                for (qsizetype i = 0; i < manifest.participants.size(); ++i) {
                    if (i == self) {
                        manifestTags.append(QString());
                        continue;
                    }
                    auto tag = secure::manifestTag(fakeSecrets[size_t(i)], studyHash.toUtf8(),
                                                   int(i), self, digest);
                    if (!tag)
                        return fail(QStringLiteral("cannot tag the manifest"));
                    manifestTags.append(QString::fromLatin1(tag->toBase64()));
                }
            } else {
                Timed armed
                    = b.call("POST", path + "/signatures", body(protocol::toJson(signatures)));
                if (armed.response.status != 200)
                    return fail(
                        QStringLiteral("arming: %1").arg(QString::fromUtf8(armed.response.body)));
                m.arm.push_back(armed.cpuMs);
            }

            protocol::RoundRelay relay;
            relay.round = 1;
            for (int guard = 0; guard < 60; ++guard) {
                QJsonObject relayObject = protocol::toJson(relay);
                if (tagged) {
                    QJsonArray array;
                    for (const QByteArray &tag : tags)
                        array.append(QString::fromLatin1(tag.toBase64()));
                    relayObject.insert(QStringLiteral("tags"), array);
                }
                if (armTags && relay.round == 1)
                    relayObject.insert(QStringLiteral("manifest_tags"), manifestTags);
                // BENCH_RELAY=binary: rounds 2 and on of a tagged study as the binary relay.
                const QByteArray relayBody = binary && tagged && !relay.previous.isEmpty()
                    ? protocol::relayBody(relay.round, tags, protocol::relayParts(relay.previous),
                                          int(relay.previous.size()))
                    : body(relayObject);
                Timed answered = b.call("POST", path + "/rounds", relayBody);
                if (answered.response.status != 200)
                    return fail(QStringLiteral("round %1: %2")
                                    .arg(relay.round)
                                    .arg(QString::fromUtf8(answered.response.body)));
                if (relay.round == 1) {
                    m.first.push_back(answered.cpuMs);
                } else {
                    m.relayCpu.push_back(answered.cpuMs);
                    m.relayWall.push_back(answered.wallMs);
                    m.relayBytes = relayBody.size();
                    ++m.rounds;
                }
                QJsonObject answer = QJsonDocument::fromJson(answered.response.body).object();
                if (tagged != answer.contains(QStringLiteral("tags")))
                    return fail(QStringLiteral("the answer's tags do not fit the relay"));
                answer.remove(QStringLiteral("tags"));
                auto own = protocol::fromJson<protocol::SignedContribution>(answer);
                if (!own)
                    return fail(QStringLiteral("cannot read the contribution"));
                if (own->contribution.status != protocol::ContributionStatus::Statistics)
                    break; // converged (or failed): the study's rounds are done
                // The others' contributions of this round: zeros, masked with their keys.
                relay.previous.clear();
                tags.clear();
                for (qsizetype i = 0; i < manifest.participants.size(); ++i) {
                    if (i == self) {
                        relay.previous.append(*own);
                        tags.append(QByteArray());
                        continue;
                    }
                    const testsupport::FakeSite &f = fakes[size_t(i < self ? i : i - 1)];
                    auto zeros = secure::encode(
                        std::vector<double>(own->contribution.masked.size() / 2, 0.0),
                        secure::FixedPoint { manifest.fractionBits, n });
                    secure::MaskContext context;
                    context.study = studyHash.toUtf8();
                    context.round = relay.round;
                    context.index = int(i);
                    context.secretKey = f.boxSecret;
                    context.publicKeys = boxKeys;
                    context.betaHash = own->contribution.betaHash.toUtf8();
                    if (!zeros || !secure::applyMasks(*zeros, context))
                        return fail(QStringLiteral("cannot mask a contribution"));
                    protocol::Contribution c = own->contribution;
                    c.site = f.name;
                    c.masked = std::move(*zeros);
                    relay.previous.append(f.sign(c));
                    if (tagged) {
                        auto tag = secure::contributionTag(
                            fakeSecrets[size_t(i)], studyHash.toUtf8(), int(i), self,
                            secure::contributionDigest(protocol::contributionBytes(c)));
                        if (!tag)
                            return fail(QStringLiteral("cannot tag a contribution"));
                        tags.append(*tag);
                    }
                }
                relay.round += 1;
            }
            b.call("DELETE", path, {});
        }
        std::printf(
            "{\"bench\":\"node_relay\",\"checks\":\"%s\",\"manifest_signed\":\"%s\","
            "\"arming\":\"%s\",\"relay\":\"%s\","
            "\"sites\":%d,\"rows\":%d,\"p\":%d,"
            "\"studies\":%d,"
            "\"relay_rounds\":%d,\"relay_bytes\":%lld,\"open_cpu_ms\":%.2f,"
            "\"arm_cpu_ms\":%.2f,\"round1_cpu_ms\":%.2f,\"arm_round1_cpu_ms\":%.2f,"
            "\"relay_round_cpu_ms\":%.2f,"
            "\"relay_round_wall_ms\":%.2f,\"relay_round_cpu_ms_best\":%.2f}\n",
            qPrintable(check),
            qEnvironmentVariable("BENCH_MANIFEST") == QStringLiteral("bytes") ? "bytes" : "digest",
            armTags ? "tags" : "signatures",
            binary && check == QStringLiteral("tags") ? "binary" : "json", n, rows, p, studies,
            m.rounds, static_cast<long long>(m.relayBytes), median(m.open), median(m.arm),
            median(m.first), median(m.arm) + median(m.first), median(m.relayCpu),
            median(m.relayWall),
            m.relayCpu.empty() ? 0.0 : *std::min_element(m.relayCpu.begin(), m.relayCpu.end()));
        std::fflush(stdout);
    }
    return 0;
}

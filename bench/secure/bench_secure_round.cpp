// SPDX-License-Identifier: GPL-3.0-or-later
// What protocol version 2 adds to one round at one node, for 10 sites at p = 20 (masked mode):
// read the relay (parse and decode 10 signed contributions), verify the 10 signatures over their
// canonical bytes, add the words and decode the sum, then encode, mask and sign this node's own
// contribution and write it. The GLM round itself (computeRound) and the Newton step are not
// included: they are the same in version 1 (bench_analysis_round). Target: at most 5 ms.
// JSON lines on stdout.
#include "fairstart/protocol/codec.h"
#include "fairstart/secure/secure.h"

#include <QJsonDocument>

#include <sodium.h>

#include <time.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <vector>

using namespace fairstart;
using namespace fairstart::protocol;

namespace {

using Clock = std::chrono::steady_clock;

double ms(Clock::duration d)
{
    return std::chrono::duration<double, std::milli>(d).count();
}

struct Site {
    QString name;
    QByteArray signPublic, signSecret, boxPublic, boxSecret;
};

std::vector<double> statsOf(int site, int p)
{
    std::vector<double> v;
    for (int i = 0; i < p * (p + 1) / 2; ++i)
        v.push_back(5000.0 * (site + 1) * std::cos(0.1 * i) + 0.125 * i);
    for (int i = 0; i < p; ++i)
        v.push_back(-37.5 * std::sin(double(i + site)));
    v.push_back(4321.25 + site); // deviance
    v.push_back(5000 + site); // n
    v.push_back(700 + site); // events
    v.push_back(5000 + site); // sum of weights
    v.push_back(0); // aic term
    return v;
}

struct Timings {
    std::vector<double> total, cpu, read, verify, sum, own;
};

// This thread's CPU time: on a shared, loaded machine the wall clock also counts the time other
// processes ran; the CPU time is what the round costs.
double cpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) * 1e-6;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}
double best(const std::vector<double> &v)
{
    return *std::min_element(v.begin(), v.end());
}

} // namespace

int main()
{
    if (sodium_init() < 0) {
        std::fprintf(stderr, "libsodium could not be initialised\n");
        return 1;
    }
    const int sites = 10;
    const int p = 20;
    const int repeats = 200;
    const secure::FixedPoint format { 40, sites };
    const QByteArray study
        = "sha256:0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0";
    const QString beta = betaHash(std::vector<double>(size_t(p), 0.01));

    std::vector<Site> all(sites);
    QList<QByteArray> boxPublics;
    for (int i = 0; i < sites; ++i) {
        Site &s = all[size_t(i)];
        s.name = QStringLiteral("site-%1").arg(i, 2, 10, QLatin1Char('0'));
        s.signPublic.resize(crypto_sign_PUBLICKEYBYTES);
        s.signSecret.resize(crypto_sign_SECRETKEYBYTES);
        crypto_sign_keypair(reinterpret_cast<unsigned char *>(s.signPublic.data()),
                            reinterpret_cast<unsigned char *>(s.signSecret.data()));
        s.boxPublic.resize(crypto_box_PUBLICKEYBYTES);
        s.boxSecret.resize(crypto_box_SECRETKEYBYTES);
        crypto_box_keypair(reinterpret_cast<unsigned char *>(s.boxPublic.data()),
                           reinterpret_cast<unsigned char *>(s.boxSecret.data()));
        boxPublics.append(s.boxPublic);
    }

    // Round k's contributions of every site, signed, as the client relays them in round k + 1.
    const int round = 3;
    RoundRelay relay;
    relay.round = round + 1;
    for (int i = 0; i < sites; ++i) {
        auto words = secure::encode(statsOf(i, p), format);
        if (!words.ok()
            || !secure::applyMasks(
                    *words,
                    { study, round, i, all[size_t(i)].boxSecret, boxPublics, beta.toUtf8() })
                    .ok()) {
            std::fprintf(stderr, "setup failed\n");
            return 1;
        }
        Contribution c;
        c.study = QString::fromLatin1(study);
        c.site = all[size_t(i)].name;
        c.round = round;
        c.betaHash = beta;
        c.mode = QStringLiteral("masked");
        c.p = p;
        c.masked = *words;
        relay.previous.append({ c,
                                secure::sign(all[size_t(i)].signSecret,
                                             secure::Domain::Contribution, contributionBytes(c)) });
    }
    const QByteArray body = QJsonDocument(toJson(relay)).toJson(QJsonDocument::Compact);

    // Node 0's work for round k + 1, apart from the GLM round itself.
    const int me = 0;
    Timings t;
    volatile double sink = 0;
    for (int r = 0; r < repeats; ++r) {
        const double cpuStart = cpuMs();
        const auto start = Clock::now();
        const Decoded<QJsonObject> object = parseObject(body, 8 << 20);
        const Decoded<RoundRelay> decoded = fromJson<RoundRelay>(*object);
        if (!decoded.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(decoded.error().text()));
            return 1;
        }
        const auto read = Clock::now();
        for (int i = 0; i < sites; ++i) {
            const SignedContribution &s = decoded->previous.at(i);
            if (!secure::verify(all[size_t(i)].signPublic, secure::Domain::Contribution,
                                contributionBytes(s.contribution), s.signature)) {
                std::fprintf(stderr, "signature %d refused\n", i);
                return 1;
            }
        }
        const auto verified = Clock::now();
        std::vector<std::uint64_t> acc;
        for (const SignedContribution &s : decoded->previous)
            if (!secure::addWords(acc, s.contribution.masked).ok())
                return 1;
        const auto sum = secure::decodeSum(acc, format);
        if (!sum.ok() || !statsFromVector(p, *sum)) {
            std::fprintf(stderr, "decode failed\n");
            return 1;
        }
        sink = sink + sum->front();
        const auto summed = Clock::now();
        // This node's own contribution at the new β (statistics as computeRound would give).
        auto words = secure::encode(statsOf(me, p), format);
        if (!words.ok()
            || !secure::applyMasks(
                    *words,
                    { study, round + 1, me, all[size_t(me)].boxSecret, boxPublics, beta.toUtf8() })
                    .ok())
            return 1;
        Contribution c;
        c.study = QString::fromLatin1(study);
        c.site = all[size_t(me)].name;
        c.round = round + 1;
        c.betaHash = beta;
        c.mode = QStringLiteral("masked");
        c.p = p;
        c.masked = std::move(*words);
        const SignedContribution answer { c,
                                          secure::sign(all[size_t(me)].signSecret,
                                                       secure::Domain::Contribution,
                                                       contributionBytes(c)) };
        const QByteArray out = QJsonDocument(toJson(answer)).toJson(QJsonDocument::Compact);
        sink = sink + double(out.size());
        const auto end = Clock::now();
        t.cpu.push_back(cpuMs() - cpuStart);
        t.total.push_back(ms(end - start));
        t.read.push_back(ms(read - start));
        t.verify.push_back(ms(verified - read));
        t.sum.push_back(ms(summed - verified));
        t.own.push_back(ms(end - summed));
    }
    std::printf(
        "{\"bench\":\"secure_round\",\"sites\":%d,\"p\":%d,\"values\":%d,\"relay_bytes\":%lld,"
        "\"repeats\":%d,\"total_ms_best\":%.3f,\"total_ms_median\":%.3f,"
        "\"cpu_ms_best\":%.3f,\"cpu_ms_median\":%.3f,"
        "\"read_ms_median\":%.3f,\"verify_ms_median\":%.3f,\"sum_decode_ms_median\":%.3f,"
        "\"encode_mask_sign_ms_median\":%.3f,\"target_ms\":5}\n",
        sites, p, p * (p + 1) / 2 + p + 5, static_cast<long long>(body.size()), repeats,
        best(t.total), median(t.total), best(t.cpu), median(t.cpu), median(t.read),
        median(t.verify), median(t.sum), median(t.own));
    return sink == 12345.678 ? 2 : 0;
}

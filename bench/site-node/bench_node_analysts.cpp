// SPDX-License-Identifier: GPL-3.0-or-later
// Ten analysts on one node: each opens a job on a 10^5-row dataset, runs its rounds and closes it,
// all at the same time, against one analyst alone. Issue 13: "ten analysts on one node each wait
// at most 2x one analyst alone". JSON lines on stdout.
// Usage: bench_node_analysts [rows] [analysts] (defaults 100000 and 10).
#include "fairstart/node/disclosurecontrol.h"
#include "fairstart/node/keys.h"
#include "fairstart/node/policy.h"
#include "fairstart/node/server.h"
#include "fairstart/node/store.h"

#include "fairstart/protocol/codec.h"

#include "solostudy.h"

#include <httplib.h>
#include <openssl/pem.h>

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <barrier>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <random>
#include <string>
#include <thread>
#include <vector>

using namespace fairstart;
using Clock = std::chrono::steady_clock;

namespace {

double ms(Clock::duration d)
{
    return std::chrono::duration<double, std::milli>(d).count();
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

node::LoadedDataset syntheticCohort(std::size_t n)
{
    std::mt19937_64 rng(42);
    std::normal_distribution<double> normal;
    std::uniform_real_distribution<double> uniform;
    std::vector<std::int32_t> sex(n), education(n);
    std::vector<double> smoke(n), gestation(n), stress(n), weight(n), delay(n), consent(n);
    std::vector<std::int64_t> ids(n);
    for (std::size_t i = 0; i < n; ++i) {
        sex[i] = uniform(rng) < 0.5 ? 0 : 1;
        education[i] = std::int32_t(uniform(rng) * 3);
        smoke[i] = uniform(rng) < 0.15 ? 1 : 0;
        gestation[i] = std::round(39 + 1.8 * normal(rng));
        stress[i] = std::round(std::clamp(15 + 6 * normal(rng), 0.0, 40.0));
        weight[i] = std::round(3400 + 500 * normal(rng));
        const double eta = -1.2 + 0.45 * sex[i] - 0.16 * (gestation[i] - 39) + 0.04 * stress[i]
            + 0.35 * smoke[i] - 0.3 * education[i];
        delay[i] = uniform(rng) < 1 / (1 + std::exp(-eta)) ? 1 : 0;
        consent[i] = uniform(rng) < 0.95 ? 1 : 0;
        ids[i] = std::int64_t(i + 1);
    }
    node::LoadedDataset data;
    data.info.name = QStringLiteral("cohort");
    data.info.rows = qint64(n);
    auto variable = [](const char *name, node::VariableKind kind, QStringList levels = {}) {
        node::VariableInfo v;
        v.name = QString::fromLatin1(name);
        v.kind = kind;
        v.levels = levels;
        return v;
    };
    using K = node::VariableKind;
    data.info.variables
        = { variable("sex", K::Categorical, { QStringLiteral("female"), QStringLiteral("male") }),
            variable("education", K::Categorical,
                     { QStringLiteral("high"), QStringLiteral("low"), QStringLiteral("middle") }),
            variable("smoke", K::Binary),
            variable("gestation", K::Numeric),
            variable("stress", K::Numeric),
            variable("weight", K::Numeric),
            variable("delay", K::Binary) };
    node::VariableInfo consentInfo = variable("consent_research", K::Binary);
    consentInfo.role = node::VariableRole::Consent;
    consentInfo.consentPurpose = QStringLiteral("research");
    data.info.variables.push_back(consentInfo);
    (void)data.table.addCategorical("sex", std::move(sex), { "female", "male" });
    (void)data.table.addCategorical("education", std::move(education), { "high", "low", "middle" });
    (void)data.table.addNumeric("smoke", std::move(smoke));
    (void)data.table.addNumeric("gestation", std::move(gestation));
    (void)data.table.addNumeric("stress", std::move(stress));
    (void)data.table.addNumeric("weight", std::move(weight));
    (void)data.table.addNumeric("delay", std::move(delay));
    (void)data.table.addNumeric("consent_research", std::move(consent));
    data.recordIds = std::move(ids);
    return data;
}

// The bench_node_server model; analyst i winsorises stress at 40 + i, so every analyst has a
// design of their own (no shared matrix) on the same cohort.
analysis::ResolvedDesign analystDesign(int analyst)
{
    analysis::ResolvedDesign d;
    d.spec.outcome.variable = "delay";
    d.spec.family = analysis::Family::Binomial;
    auto predictor = [](const char *name, analysis::Transform t = analysis::Transform::AsIs) {
        analysis::Predictor p;
        p.variable = name;
        p.transform = t;
        return p;
    };
    analysis::Predictor stress = predictor("stress", analysis::Transform::Winsorise);
    stress.lower = 0;
    stress.upper = 40 + analyst;
    d.spec.predictors = { predictor("sex", analysis::Transform::Categorical),
                          predictor("education", analysis::Transform::Categorical),
                          predictor("smoke"),
                          predictor("gestation"),
                          stress,
                          predictor("weight") };
    d.levels["sex"] = { "female", "male" };
    d.levels["education"] = { "high", "low", "middle" };
    return d;
}

// CPU time of this process (node and clients together), in ms.
double cpuMs()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    auto toMs = [](const timeval &t) {
        return double(t.tv_sec) * 1000 + double(t.tv_usec) / 1000;
    };
    return toMs(usage.ru_utime) + toMs(usage.ru_stime);
}

void line(const char *name, const QJsonObject &values)
{
    QJsonObject o = values;
    o.insert(QStringLiteral("bench"), QString::fromLatin1(name));
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

constexpr int kRounds = 6;

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const std::size_t rows = argc > 1 ? std::size_t(std::atoll(argv[1])) : 100000;
    const int analysts = argc > 2 ? std::max(1, std::atoi(argv[2])) : 10;
    QTemporaryDir dir;
    const QString passphrase = QStringLiteral("benchmark passphrase");

    QByteArray certPem;
    std::vector<std::string> tokens;
    {
        node::LoadedDataset data = syntheticCohort(rows);
        auto store = node::SiteStore::create(dir.path(), passphrase, QStringLiteral("bench"));
        if (!store || !node::Policy::writeDefaultFile(dir.path())) {
            std::fprintf(stderr, "cannot create the store\n");
            return 1;
        }
        auto keys = node::NodeKeys::generate(dir.path(), QStringLiteral("bench"), **store);
        auto stored = (*store)->storeDataset(data.info, data.table, data.recordIds);
        if (!keys || !stored) {
            std::fprintf(stderr, "cannot prepare the data dir\n");
            return 1;
        }
        for (int i = 0; i < analysts; ++i) {
            auto created = (*store)->createToken(QStringLiteral("analyst%1").arg(i),
                                                 { QStringLiteral("research") }, 1);
            if (!created)
                return 1;
            tokens.push_back(created->token.toStdString());
        }
        QFile cert(keys->tlsCertPath);
        cert.open(QIODevice::ReadOnly);
        certPem = cert.readAll();
    }

    node::ServeOptions options;
    options.dataDir = dir.path();
    options.passphrase = passphrase;
    options.threads = std::max(8, analysts + 2);
    QString error;
    auto server = node::NodeServer::open(options, &error);
    if (!server || !server->startInBackground(&error)) {
        std::fprintf(stderr, "server: %s\n", qPrintable(error));
        return 1;
    }
    const int port = server->port();
    auto client = [&certPem, port] {
        auto c = std::make_unique<httplib::SSLClient>("127.0.0.1", port);
        BIO *bio = BIO_new_mem_buf(certPem.constData(), int(certPem.size()));
        X509 *cert = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
        BIO_free(bio);
        X509_STORE *store = X509_STORE_new();
        X509_STORE_add_cert(store, cert);
        X509_free(cert);
        c->set_ca_cert_store(store);
        c->enable_server_certificate_verification(true);
        c->set_keep_alive(true);
        c->set_read_timeout(300, 0);
        return c;
    };

    // One analyst's session: open a job, run its rounds, cancel it. Returns the wall time, or a
    // negative number when any answer was not the expected one.
    std::atomic<int> failures { 0 };
    auto session = [&](int analyst, double *createMs) -> double {
        const httplib::Headers auth { { "Authorization",
                                        "Bearer " + tokens[std::size_t(analyst)] } };
        auto c = client();
        const analysis::ResolvedDesign design = analystDesign(analyst);
        // Protocol version 2: a plain study with the node as its only participant; the node
        // computes every β itself, so the session runs the node's own rounds (at most kRounds).
        std::string failure;
        const auto start = Clock::now();
        const auto info = benchsupport::nodeInfo(*c, auth, &failure);
        std::optional<std::string> opened;
        protocol::JobCreated created;
        if (info) {
            opened = benchsupport::openStudy(*c, auth, benchsupport::soloManifest(*info, design),
                                             &created, &failure);
        }
        if (createMs)
            *createMs = ms(Clock::now() - start);
        if (!opened
            || !benchsupport::armStudy(*c, auth, *opened, info->name, created.manifestSignature,
                                       &failure)) {
            std::fprintf(stderr, "%s\n", failure.c_str());
            ++failures;
            return -1;
        }
        const std::string &jobPath = *opened;
        std::optional<protocol::SignedContribution> previous;
        for (int r = 1; r <= kRounds; ++r) {
            previous = benchsupport::postRound(*c, auth, jobPath,
                                               benchsupport::roundBody(r, previous), &failure);
            if (!previous) {
                std::fprintf(stderr, "%s\n", failure.c_str());
                ++failures;
                return -1;
            }
            if (!benchsupport::isStatistics(*previous))
                break;
        }
        auto cancelled = c->Delete(jobPath.c_str(), auth);
        if (!cancelled || cancelled->status != 200)
            ++failures;
        return ms(Clock::now() - start);
    };

    // Load the dataset into the node's cache first: both measurements start from a warm node.
    {
        auto c = client();
        auto warm = c->Get("/v1/catalogue?purpose=research",
                           { { "Authorization", "Bearer " + tokens.front() } });
        if (!warm || warm->status != 200) {
            std::fprintf(stderr, "catalogue failed\n");
            return 1;
        }
    }

    constexpr int kRepeats = 3;
    std::vector<double> alone, aloneCreate;
    const double cpuBefore = cpuMs();
    for (int r = 0; r < kRepeats; ++r) {
        double create = 0;
        alone.push_back(session(0, &create));
        aloneCreate.push_back(create);
    }
    const double aloneCpu = (cpuMs() - cpuBefore) / kRepeats;
    std::vector<double> together, togetherCreate, togetherWall;
    const double cpuTogetherBefore = cpuMs();
    for (int r = 0; r < kRepeats; ++r) {
        const std::size_t n = std::size_t(analysts);
        std::vector<double> times(n), creates(n);
        std::barrier sync(analysts);
        std::vector<std::thread> threads;
        const auto start = Clock::now();
        for (int a = 0; a < analysts; ++a) {
            threads.emplace_back([&, a] {
                sync.arrive_and_wait();
                times[std::size_t(a)] = session(a, &creates[std::size_t(a)]);
            });
        }
        for (auto &t : threads)
            t.join();
        togetherWall.push_back(ms(Clock::now() - start));
        together.insert(together.end(), times.begin(), times.end());
        togetherCreate.insert(togetherCreate.end(), creates.begin(), creates.end());
    }
    // CPU per session when ten run at once: equal to alone's when nothing spins or repeats work.
    const double togetherCpu = (cpuMs() - cpuTogetherBefore) / (kRepeats * analysts);
    const double aloneMedian = median(alone);
    const double worst = *std::max_element(together.begin(), together.end());
    // Ten sessions need ten times the CPU of one: on `cores` cores none can end before
    // analysts x cpu / cores, whatever the node does. The ratio against that bound shows waiting
    // that is not for CPU (locks, queues).
    const double cores = std::max(1u, std::thread::hardware_concurrency());
    const double cpuBound = std::max(aloneMedian, analysts * aloneCpu / cores);
    line("node_analysts",
         { { QStringLiteral("rows"), double(rows) },
           { QStringLiteral("analysts"), analysts },
           { QStringLiteral("rounds"), kRounds },
           { QStringLiteral("cores"), cores },
           { QStringLiteral("alone_session_cpu_ms"), aloneCpu },
           { QStringLiteral("together_session_cpu_ms"), togetherCpu },
           { QStringLiteral("cpu_bound_session_ms"), cpuBound },
           { QStringLiteral("max_over_cpu_bound"), worst / cpuBound },
           { QStringLiteral("alone_session_median_ms"), aloneMedian },
           { QStringLiteral("alone_create_median_ms"), median(aloneCreate) },
           { QStringLiteral("together_session_median_ms"), median(together) },
           { QStringLiteral("together_session_max_ms"), worst },
           { QStringLiteral("together_create_median_ms"), median(togetherCreate) },
           { QStringLiteral("together_wall_median_ms"), median(togetherWall) },
           { QStringLiteral("max_wait_ratio"), worst / aloneMedian },
           { QStringLiteral("median_wait_ratio"), median(together) / aloneMedian },
           { QStringLiteral("failures"), failures.load() } });
    server->stop();
    return failures.load() == 0 ? 0 : 1;
}

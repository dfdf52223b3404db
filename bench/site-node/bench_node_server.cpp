// SPDX-License-Identifier: GPL-3.0-or-later
// The node over HTTPS on loopback: a GLM round on a cached 10^6-row dataset against the same
// round computed in-process, info and catalogue latency, 50 concurrent clients, and memory.
// JSON lines on stdout. Usage: bench_node_server [rows] (default 1000000).
#include "fairstart/node/datasetcache.h"
#include "fairstart/node/disclosurecontrol.h"
#include "fairstart/node/keys.h"
#include "fairstart/node/policy.h"
#include "fairstart/node/server.h"
#include "fairstart/node/store.h"

#include "fairstart/analysis/glm.h"
#include "fairstart/protocol/codec.h"

#include "solostudy.h"

#include <httplib.h>
#include <openssl/pem.h>

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <fstream>
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

double percentile(std::vector<double> v, double q)
{
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, std::size_t(q * double(v.size())))];
}

long rssKiB()
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmRSS:", 0) == 0)
            return std::stol(line.substr(6));
    }
    return -1;
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

analysis::ResolvedDesign benchDesign()
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
    d.spec.predictors = { predictor("sex", analysis::Transform::Categorical),
                          predictor("education", analysis::Transform::Categorical),
                          predictor("smoke"),
                          predictor("gestation"),
                          predictor("stress"),
                          predictor("weight") };
    d.levels["sex"] = { "female", "male" };
    d.levels["education"] = { "high", "low", "middle" };
    return d;
}

void line(const char *name, const QJsonObject &values)
{
    QJsonObject o = values;
    o.insert(QStringLiteral("bench"), QString::fromLatin1(name));
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const std::size_t rows = argc > 1 ? std::size_t(std::atoll(argv[1])) : 1000000;
    QTemporaryDir dir;
    const QString passphrase = QStringLiteral("benchmark passphrase");
    const long rssStart = rssKiB();

    // A data dir as `init` + `import` leave it.
    QByteArray certPem;
    QString token;
    std::size_t cachedBytes = 0;
    node::LoadedDataset data = syntheticCohort(rows);
    {
        auto store = node::SiteStore::create(dir.path(), passphrase, QStringLiteral("bench"));
        if (!store || !node::Policy::writeDefaultFile(dir.path())) {
            std::fprintf(stderr, "cannot create the store\n");
            return 1;
        }
        auto keys = node::NodeKeys::generate(dir.path(), QStringLiteral("bench"), **store);
        auto stored = (*store)->storeDataset(data.info, data.table, data.recordIds);
        auto created
            = (*store)->createToken(QStringLiteral("bench"), { QStringLiteral("research") }, 1);
        if (!keys || !stored || !created) {
            std::fprintf(stderr, "cannot prepare the data dir\n");
            return 1;
        }
        token = created->token;
        // What the node's cache will hold: the dataset exactly as the store loads it.
        auto loaded = (*store)->loadTable(QStringLiteral("cohort"));
        if (loaded) {
            cachedBytes = node::DatasetCache::tableBytes(loaded->table)
                + loaded->recordIds.capacity() * sizeof(std::int64_t);
        }
        QFile cert(keys->tlsCertPath);
        cert.open(QIODevice::ReadOnly);
        certPem = cert.readAll();
    }

    // In-process reference: the same consent mask, design and round.
    const analysis::ResolvedDesign design = benchDesign();
    const auto consent = node::selectConsented(data, QStringLiteral("research"), true);
    auto matrix = analysis::buildDesign(data.table, design, &consent->mask);
    if (!matrix) {
        std::fprintf(stderr, "design: %s\n", matrix.error().message.c_str());
        return 1;
    }
    const std::size_t rawDesignBytes = std::size_t(matrix->X.size()) * sizeof(double);
    const std::size_t rawTableBytes = rows * (data.info.variables.size() - 1) * sizeof(double);
    Eigen::VectorXd beta = Eigen::VectorXd::Zero(matrix->p());
    beta(0) = -1.0;
    std::vector<double> inProcess;
    for (int r = 0; r < 7; ++r) {
        const auto start = Clock::now();
        auto stats = analysis::computeRound(*matrix, analysis::Family::Binomial, beta);
        inProcess.push_back(ms(Clock::now() - start));
        if (!stats)
            return 1;
    }
    const long rssBeforeServer = rssKiB();
    matrix = analysis::Error {}; // free the reference copy before the node loads its own
    data = node::LoadedDataset {};

    node::ServeOptions options;
    options.dataDir = dir.path();
    options.passphrase = passphrase;
    options.threads = 8;
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
        c->set_read_timeout(120, 0);
        return c;
    };
    const httplib::Headers auth { { "Authorization", "Bearer " + token.toStdString() } };
    auto c = client();

    // Catalogue, first call: loads the dataset into the cache.
    auto start = Clock::now();
    auto first = c->Get("/v1/catalogue?purpose=research", auth);
    const double cold = ms(Clock::now() - start);
    if (!first || first->status != 200) {
        std::fprintf(stderr, "catalogue failed\n");
        return 1;
    }
    const long rssCached = rssKiB();

    std::vector<double> infoMs, catalogueMs;
    for (int i = 0; i < 200; ++i) {
        start = Clock::now();
        auto r = c->Get("/v1/info", auth);
        infoMs.push_back(ms(Clock::now() - start));
        start = Clock::now();
        auto k = c->Get("/v1/catalogue?purpose=research", auth);
        catalogueMs.push_back(ms(Clock::now() - start));
        if (!r || r->status != 200 || !k || k->status != 200)
            return 1;
    }
    line("node_info_catalogue",
         { { QStringLiteral("rows"), double(rows) },
           { QStringLiteral("catalogue_cold_ms"), cold },
           { QStringLiteral("info_median_ms"), median(infoMs) },
           { QStringLiteral("info_p95_ms"), percentile(infoMs, 0.95) },
           { QStringLiteral("catalogue_median_ms"), median(catalogueMs) },
           { QStringLiteral("catalogue_p95_ms"), percentile(catalogueMs, 0.95) } });

    // A study and its rounds over HTTPS (protocol version 2: the node is the only participant of
    // a plain study, so every round is its real round-(k + 1) work: verify the relayed
    // contribution, accept the Newton step, compute the statistics at the new β, gate, sign).
    std::string failure;
    const auto info = benchsupport::nodeInfo(*c, auth, &failure);
    if (!info) {
        std::fprintf(stderr, "%s\n", failure.c_str());
        return 1;
    }
    const protocol::StudyManifest manifest = benchsupport::soloManifest(*info, design);
    protocol::JobCreated created;
    start = Clock::now();
    const auto jobPath = benchsupport::openStudy(*c, auth, manifest, &created, &failure);
    const double jobMs = ms(Clock::now() - start);
    if (!jobPath
        || !benchsupport::armStudy(*c, auth, *jobPath, info->name, created.manifestSignature,
                                   &failure)) {
        std::fprintf(stderr, "%s\n", failure.c_str());
        return 1;
    }
    // Rounds until the node attests convergence; the rounds that computed statistics count.
    std::vector<double> httpsMs;
    std::optional<protocol::SignedContribution> previous;
    for (int r = 1; r <= manifest.maxRounds; ++r) {
        const std::string body = benchsupport::roundBody(r, previous);
        start = Clock::now();
        previous = benchsupport::postRound(*c, auth, *jobPath, body, &failure);
        const double roundMs = ms(Clock::now() - start);
        if (!previous) {
            std::fprintf(stderr, "%s\n", failure.c_str());
            return 1;
        }
        if (!benchsupport::isStatistics(*previous))
            break;
        httpsMs.push_back(roundMs);
    }
    if (httpsMs.empty()) {
        std::fprintf(stderr, "the study computed no round\n");
        return 1;
    }
    const long rssJob = rssKiB();
    line("node_glm_round",
         { { QStringLiteral("rows"), double(rows) },
           { QStringLiteral("p"), double(beta.size()) },
           { QStringLiteral("rounds"), double(httpsMs.size()) },
           { QStringLiteral("job_create_ms"), jobMs },
           { QStringLiteral("in_process_median_ms"), median(inProcess) },
           { QStringLiteral("https_median_ms"), median(httpsMs) },
           { QStringLiteral("ratio"), median(httpsMs) / median(inProcess) } });

    // 50 concurrent clients, each with its own TLS connection.
    constexpr int kClients = 50;
    std::atomic<int> served { 0 };
    std::vector<double> clientMs(kClients);
    std::vector<std::thread> threads;
    start = Clock::now();
    for (int i = 0; i < kClients; ++i) {
        threads.emplace_back([&, i] {
            const auto t0 = Clock::now();
            auto own = client();
            auto a = own->Get("/v1/info", auth);
            auto b = own->Get("/v1/catalogue?purpose=research", auth);
            if (a && a->status == 200 && b && b->status == 200
                && b->body.find("\"cohort\"") != std::string::npos) {
                ++served;
            }
            clientMs[std::size_t(i)] = ms(Clock::now() - t0);
        });
    }
    for (auto &t : threads)
        t.join();
    const double wall = ms(Clock::now() - start);
    const long rssAfterLoad = rssKiB();
    line("node_concurrent_clients",
         { { QStringLiteral("clients"), kClients },
           { QStringLiteral("served_correctly"), served.load() },
           { QStringLiteral("wall_ms"), wall },
           { QStringLiteral("client_median_ms"), median(clientMs) },
           { QStringLiteral("client_max_ms"),
             *std::max_element(clientMs.begin(), clientMs.end()) } });

    line(
        "node_memory",
        { { QStringLiteral("rows"), double(rows) },
          { QStringLiteral("raw_table_bytes_8_per_value"), double(rawTableBytes) },
          { QStringLiteral("raw_design_matrix_bytes"), double(rawDesignBytes) },
          { QStringLiteral("cached_dataset_bytes"), double(cachedBytes) },
          { QStringLiteral("cache_to_design_ratio"), double(cachedBytes) / double(rawDesignBytes) },
          { QStringLiteral("rss_start_kib"), double(rssStart) },
          { QStringLiteral("rss_reference_kib"), double(rssBeforeServer) },
          { QStringLiteral("rss_cached_kib"), double(rssCached) },
          { QStringLiteral("rss_with_job_kib"), double(rssJob) },
          { QStringLiteral("rss_after_50_clients_kib"), double(rssAfterLoad) } });
    server->stop();
    return served.load() == kClients ? 0 : 1;
}

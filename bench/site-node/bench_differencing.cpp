// SPDX-License-Identifier: GPL-3.0-or-later
// The differencing ledger's cost: job creation at 10^6 rows in-process (the request as the server
// hands it over) and the ledger's own check-and-record for the same cohort and cells, for a cohort
// released before (no split), new cohorts that split atoms, and the stored ledger's size.
// JSON lines on stdout. Usage: bench_differencing [rows] (default 1000000).
#include "release/differencing.h"

#include "fairstart/node/handlers.h"
#include "fairstart/node/policy.h"
#include "fairstart/node/store.h"

#include "fairstart/analysis/disclosure.h"
#include "fairstart/protocol/codec.h"

#include "inprocessstudy.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>

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

void emit(const char *name, const QJsonObject &fields)
{
    QJsonObject o = fields;
    o.insert(QStringLiteral("bench"), QString::fromLatin1(name));
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

node::LoadedDataset makeData(std::size_t rows)
{
    std::mt19937_64 rng(7);
    std::uniform_real_distribution<double> u(0, 1);
    std::vector<std::int32_t> sex(rows), region(rows);
    std::vector<double> smoke(rows), age(rows), delay(rows), consent(rows, 1.0);
    std::vector<std::int64_t> ids(rows);
    for (std::size_t i = 0; i < rows; ++i) {
        sex[i] = u(rng) < 0.5 ? 0 : 1;
        region[i] = std::int32_t(u(rng) * 8);
        smoke[i] = u(rng) < 0.3 ? 1 : 0;
        age[i] = 18 + std::floor(u(rng) * 30);
        delay[i] = u(rng) < 0.2 + 0.1 * smoke[i] ? 1 : 0;
        ids[i] = std::int64_t(i) + 1;
    }
    node::LoadedDataset data;
    data.info.name = QStringLiteral("cohort");
    data.info.rows = qint64(rows);
    auto variable = [](const char *n, node::VariableKind kind, QStringList levels = {}) {
        node::VariableInfo v;
        v.name = QString::fromLatin1(n);
        v.kind = kind;
        v.levels = levels;
        return v;
    };
    using K = node::VariableKind;
    QStringList regions;
    std::vector<std::string> regionLevels;
    for (int r = 0; r < 8; ++r) {
        regions << QStringLiteral("r%1").arg(r);
        regionLevels.push_back("r" + std::to_string(r));
    }
    data.info.variables
        = { variable("sex", K::Categorical, { QStringLiteral("female"), QStringLiteral("male") }),
            variable("region", K::Categorical, regions), variable("smoke", K::Binary),
            variable("age", K::Numeric), variable("delay", K::Binary) };
    node::VariableInfo c = variable("consent_research", K::Binary);
    c.role = node::VariableRole::Consent;
    c.consentPurpose = QStringLiteral("research");
    data.info.variables.push_back(c);
    (void)data.table.addCategorical("sex", sex, { "female", "male" });
    (void)data.table.addCategorical("region", region, regionLevels);
    (void)data.table.addNumeric("smoke", smoke);
    (void)data.table.addNumeric("age", age);
    (void)data.table.addNumeric("delay", delay);
    (void)data.table.addNumeric("consent_research", consent);
    data.recordIds = ids;
    return data;
}

analysis::ResolvedDesign design(std::optional<double> minAge)
{
    analysis::ResolvedDesign d;
    d.spec.outcome.variable = "delay";
    d.spec.family = analysis::Family::Binomial;
    analysis::Predictor sex, region, smoke, age;
    sex.variable = "sex";
    sex.transform = analysis::Transform::Categorical;
    region.variable = "region";
    region.transform = analysis::Transform::Categorical;
    smoke.variable = "smoke";
    age.variable = "age";
    d.spec.predictors = { sex, region, smoke, age };
    d.levels["sex"] = { "female", "male" };
    d.levels["region"] = { "r0", "r1", "r2", "r3", "r4", "r5", "r6", "r7" };
    if (minAge) {
        analysis::Filter f;
        f.variable = "age";
        f.min = minAge;
        d.spec.filters = { f };
    }
    return d;
}

// The cells the job endpoint records for this design (api/common_p.h designCells).
std::vector<node::CellRelease> designCells(const analysis::DataTable &table)
{
    std::vector<std::string> keys = { node::variableFamily("delay"), node::variableFamily("region"),
                                      node::variableFamily("sex"), node::variableFamily("smoke") };
    std::vector<node::CellRelease> cells;
    for (const auto &key : keys) {
        node::CellRelease c { key, {} };
        for (std::int32_t code = 0; code + 1 < node::familyCodeCount(table, key); ++code)
            c.released.push_back(code);
        cells.push_back(c);
    }
    for (std::size_t i = 0; i < keys.size(); ++i) {
        for (std::size_t j = i + 1; j < keys.size(); ++j) {
            node::CellRelease c { node::jointFamily(keys[i], keys[j]), {} };
            for (std::int32_t a = 0; a + 1 < node::familyCodeCount(table, keys[i]); ++a)
                for (std::int32_t b = 0; b + 1 < node::familyCodeCount(table, keys[j]); ++b)
                    c.released.push_back(node::jointCode(table, keys[i], a, keys[j], b));
            cells.push_back(c);
        }
    }
    return cells;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const std::size_t rows = argc > 1 ? std::size_t(std::atoll(argv[1])) : 1000000;
    QTemporaryDir dir;
    auto created = node::SiteStore::create(dir.path(), QStringLiteral("benchmark passphrase"),
                                           QStringLiteral("bench"));
    if (!created)
        return 1;
    std::shared_ptr<node::SiteStore> store = std::move(created).value();
    node::LoadedDataset data = makeData(rows);
    auto stored = store->storeDataset(data.info, data.table, data.recordIds);
    if (!stored)
        return 1;
    data.info.generation = stored->generation;

    // Job creation end to end, in-process; each job is cancelled so memory stays flat.
    // Protocol version 2: the node's keys (it signs the manifest of each job it opens) and a
    // manifest naming it as the only participant of a plain study.
    const testsupport::TestNodeKeys nodeKeys = testsupport::TestNodeKeys::make();
    node::ApiHandlers handlers(store, node::Policy(), nodeKeys.keys, nodeKeys.secrets);
    auto token = store->createToken(QStringLiteral("bench"), { QStringLiteral("research") }, 1);
    auto createJob = [&](std::optional<double> minAge) {
        const protocol::StudyManifest manifest
            = testsupport::soloManifest(QStringLiteral("bench"), nodeKeys, design(minAge));
        node::ApiRequest request;
        request.method = "POST";
        request.path = "/v1/jobs";
        request.authorization = "Bearer " + token->token.toStdString();
        request.contentType = "application/json";
        request.body = testsupport::studyJobBody(manifest);
        const auto start = Clock::now();
        node::ApiResponse response = handlers.handle(request);
        const double took = ms(Clock::now() - start);
        const auto opened = protocol::fromJson<protocol::JobCreated>(
            QJsonDocument::fromJson(response.body).object());
        if (opened)
            handlers.jobs().cancel(opened->jobId, QStringLiteral("bench"));
        return std::pair(response.status, took);
    };
    (void)createJob(std::nullopt); // loads the cache
    // New cohorts first (each splits an atom), then the same cohort again on the refined ledger.
    std::vector<double> newCohort;
    for (int i = 0; i < 5; ++i) {
        auto [status, took] = createJob(20.0 + 2 * i);
        if (status != 201) {
            std::fprintf(stderr, "job refused (%d)\n", status);
            return 1;
        }
        newCohort.push_back(took);
    }
    std::vector<double> sameCohort;
    for (int i = 0; i < 5; ++i) {
        auto [status, took] = createJob(std::nullopt);
        if (status != 201) {
            std::fprintf(stderr, "job refused (%d)\n", status);
            return 1;
        }
        sameCohort.push_back(took);
    }

    // The ledger alone, on the same cohorts and cells, with a fresh ledger of its own dataset
    // state (the same store; its blob is rewritten on each change).
    node::DifferencingLedger ledger(store, node::DifferencingLimits {});
    const auto cells = designCells(data.table);
    auto cohort = [&](double minAge) {
        std::vector<std::int64_t> out;
        const auto *age = data.table.column("age");
        for (std::size_t i = 0; i < rows; ++i) {
            if (age->numeric[i] >= minAge)
                out.push_back(std::int64_t(i));
        }
        return out;
    };
    auto timeLedger = [&](const std::vector<std::int64_t> &rowsIn) {
        const auto start = Clock::now();
        auto outcome = ledger.checkAndRecord(data, rowsIn, cells);
        const double took = ms(Clock::now() - start);
        if (!outcome || !outcome->passed)
            std::fprintf(stderr, "ledger refused\n");
        return took;
    };
    const auto all = cohort(0);
    std::vector<double> ledgerSame, ledgerSplit;
    for (int i = 0; i < 5; ++i)
        ledgerSplit.push_back(timeLedger(cohort(21.0 + 2 * i)));
    for (int i = 0; i < 5; ++i)
        ledgerSame.push_back(timeLedger(all));
    auto blob = store->differencingState(data.info.name, data.info.generation);

    // What today's pairwise overlap audit cost per job (main before this change): the cohort's
    // record ids sorted into a fingerprint and compared with the user's earlier cohorts (five
    // here). Its store read and write of those id lists (~1 MB each) are left out, so this
    // underestimates today's cost.
    std::vector<analysis::CohortFingerprint> earlier;
    for (int i = 0; i < 5; ++i) {
        std::vector<std::int64_t> ids;
        for (std::int64_t row : cohort(20.0 + 2 * i))
            ids.push_back(data.recordIds[std::size_t(row)]);
        earlier.push_back(analysis::makeFingerprint(std::move(ids)));
    }
    std::vector<double> overlapMs;
    for (int i = 0; i < 5; ++i) {
        const auto rowsIn = cohort(21.0 + 2 * i);
        const auto start = Clock::now();
        std::vector<std::int64_t> ids;
        ids.reserve(rowsIn.size());
        for (std::int64_t row : rowsIn)
            ids.push_back(data.recordIds[std::size_t(row)]);
        const auto fingerprint = analysis::makeFingerprint(std::move(ids));
        const auto outcome
            = analysis::checkOverlap(fingerprint, earlier, analysis::DisclosurePolicy());
        overlapMs.push_back(ms(Clock::now() - start));
        if (outcome.ruleId.empty())
            return 1;
    }

    // Where a split's time goes: the check itself (in memory) and the encoding for the store.
    node::DifferencingState state = node::DifferencingState::initial(1, rows);
    node::DifferencingLimits limits;
    (void)node::refineByRelease(state, data.table, all, cells, limits, true);
    std::vector<double> refineMs, encodeMs;
    for (int i = 0; i < 5; ++i) {
        const auto rowsIn = cohort(21.0 + 2 * i);
        auto start = Clock::now();
        (void)node::refineByRelease(state, data.table, rowsIn, cells, limits, true);
        refineMs.push_back(ms(Clock::now() - start));
        start = Clock::now();
        const QByteArray bytes = state.encode();
        encodeMs.push_back(ms(Clock::now() - start));
    }

    const double jobSame = median(sameCohort);
    const double jobNew = median(newCohort);
    const double ledgerSameMs = median(ledgerSame);
    const double ledgerSplitMs = median(ledgerSplit);
    emit(
        "differencing_job_creation",
        QJsonObject {
            { QStringLiteral("rows"), double(rows) },
            { QStringLiteral("job_same_cohort_ms"), jobSame },
            { QStringLiteral("job_new_cohort_ms"), jobNew },
            { QStringLiteral("ledger_same_cohort_ms"), ledgerSameMs },
            { QStringLiteral("ledger_new_cohort_ms"), ledgerSplitMs },
            // job creation with the ledger over job creation without it
            { QStringLiteral("ratio_same_cohort"),
              jobSame / std::max(1e-9, jobSame - ledgerSameMs) },
            { QStringLiteral("ratio_new_cohort"), jobNew / std::max(1e-9, jobNew - ledgerSplitMs) },
            { QStringLiteral("atoms"), double(ledger.atoms(data.info.name)) },
            { QStringLiteral("split_check_ms"), median(refineMs) },
            { QStringLiteral("old_overlap_audit_ms"), median(overlapMs) },
            // against today's job creation (without the ledger, with the overlap audit)
            { QStringLiteral("ratio_new_cohort_vs_today"),
              jobNew / (jobNew - ledgerSplitMs + median(overlapMs)) },
            { QStringLiteral("ratio_same_cohort_vs_today"),
              jobSame / (jobSame - ledgerSameMs + median(overlapMs)) },
            { QStringLiteral("split_encode_ms"), median(encodeMs) },
            { QStringLiteral("stored_bytes"),
              blob && blob->has_value() ? double((*blob)->size()) : 0.0 },
        });
    return 0;
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Differencing across any number of cohorts, users and purposes. The attacks first, as real
// requests to the node in-process (each was released by the pairwise overlap audit this ledger
// replaces), then honest work that must still be released, then the ledger itself: its rule on
// record sets, persistence, re-import, budget and encoding.
#include "api/common_p.h"
#include "release/datasetdominance.h"
#include "release/differencing.h"
#include "release/histogramruns.h"
#include "release/latticecolumns.h"
#include "release/releasegate.h"

#include "fairstart/analysis/disclosure.h"
#include "fairstart/analysis/lattice.h"

#include "fairstart/node/handlers.h"
#include "fairstart/node/policy.h"
#include "fairstart/node/store.h"

#include "fairstart/protocol/codec.h"

#include "inprocessstudy.h"
#include "latticetesting.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <numeric>
#include <random>
#include <thread>
#include <unordered_map>

using namespace fairstart;
using node::ApiHandlers;
using node::ApiRequest;
using node::ApiResponse;

namespace {

constexpr int kRows = 1000;

// race: "other" has 5 records (rows 0-4), so its cell is withheld; ses is missing for 6 records
// (rows 10-15); bw is distinct for every record, so numeric bounds select single records.
node::LoadedDataset makeData(const QString &name = QStringLiteral("planted"), int rows = kRows)
{
    std::vector<std::string> sex, race, ses;
    std::vector<double> smoke, bw, age, delay, consentResearch, consentQuality;
    std::vector<std::int64_t> ids;
    std::uint64_t state = 987654321;
    auto uniform = [&state] {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return double(state >> 11) / double(1ULL << 53);
    };
    for (int i = 0; i < rows; ++i) {
        sex.push_back(i % 2 ? "male" : "female");
        race.push_back(i < 5 ? "other" : (uniform() < 0.7 ? "white" : "black"));
        ses.push_back(i >= 10 && i < 16 ? "" : (uniform() < 0.5 ? "high" : "low"));
        smoke.push_back(uniform() < 0.3 ? 1 : 0);
        bw.push_back(2000 + i * 2.5 + uniform());
        age.push_back(20 + std::floor(uniform() * 20));
        const double eta = -1.0 + 0.8 * smoke.back() + 0.03 * (age.back() - 30);
        delay.push_back(uniform() < 1 / (1 + std::exp(-eta)) ? 1 : 0);
        consentResearch.push_back(1);
        consentQuality.push_back(1);
        ids.push_back(5000 + i);
    }
    node::LoadedDataset data;
    data.info.name = name;
    data.info.rows = rows;
    auto variable = [](const char *n, node::VariableKind kind, QStringList levels = {}) {
        node::VariableInfo v;
        v.name = QString::fromLatin1(n);
        v.kind = kind;
        v.levels = levels;
        return v;
    };
    using K = node::VariableKind;
    data.info.variables = {
        variable("sex", K::Categorical, { QStringLiteral("female"), QStringLiteral("male") }),
        variable("race", K::Categorical,
                 { QStringLiteral("black"), QStringLiteral("other"), QStringLiteral("white") }),
        variable("ses", K::Categorical, { QStringLiteral("high"), QStringLiteral("low") }),
        variable("smoke", K::Binary),
        variable("bw", K::Numeric),
        variable("age", K::Numeric),
        variable("delay", K::Binary),
    };
    for (const char *purpose : { "research", "quality" }) {
        node::VariableInfo consent = variable(
            purpose == std::string("research") ? "consent_research" : "consent_quality", K::Binary);
        consent.role = node::VariableRole::Consent;
        consent.consentPurpose = QString::fromLatin1(purpose);
        data.info.variables.push_back(consent);
    }
    (void)data.table.addText("sex", sex);
    (void)data.table.addText("race", race);
    (void)data.table.addText("ses", ses);
    (void)data.table.addNumeric("smoke", smoke);
    (void)data.table.addNumeric("bw", bw);
    (void)data.table.addNumeric("age", age);
    (void)data.table.addNumeric("delay", delay);
    (void)data.table.addNumeric("consent_research", consentResearch);
    (void)data.table.addNumeric("consent_quality", consentQuality);
    data.recordIds = ids;
    return data;
}

analysis::Filter valuesIn(const char *variable, std::vector<std::string> values)
{
    analysis::Filter f;
    f.variable = variable;
    f.values = std::move(values);
    return f;
}

analysis::Filter between(const char *variable, std::optional<double> min, std::optional<double> max)
{
    analysis::Filter f;
    f.variable = variable;
    f.min = min;
    f.max = max;
    return f;
}

analysis::Predictor predictor(const char *name, bool factor = false)
{
    analysis::Predictor p;
    p.variable = name;
    if (factor)
        p.transform = analysis::Transform::Categorical;
    return p;
}

analysis::ResolvedDesign fitDesign(const std::vector<analysis::Filter> &filters = {},
                                   bool sexFactor = false)
{
    analysis::ResolvedDesign d;
    d.spec.outcome.variable = "delay";
    d.spec.family = analysis::Family::Binomial;
    d.spec.predictors = { predictor("smoke"), predictor("age") };
    if (sexFactor)
        d.spec.predictors.insert(d.spec.predictors.begin(), predictor("sex", true));
    d.spec.filters = filters;
    d.levels["sex"] = { "female", "male" };
    return d;
}

const testsupport::TestNodeKeys &nodeKeys()
{
    static const testsupport::TestNodeKeys keys = testsupport::TestNodeKeys::make();
    return keys;
}

// A study of one participant, this node (protocol version 2): opening it releases the cohort.
QByteArray jobBody(const analysis::ResolvedDesign &d, const QString &purpose)
{
    return testsupport::studyJobBody(testsupport::soloManifest(
        QStringLiteral("Test node"), nodeKeys(), d, purpose, QStringLiteral("planted")));
}

protocol::DescriptivesRequest describe(const std::vector<analysis::Filter> &filters = {},
                                       const QString &purpose = QStringLiteral("research"))
{
    protocol::DescriptivesRequest request;
    request.purpose = purpose;
    request.dataset = QStringLiteral("planted");
    request.filters = filters;
    return request;
}

QByteArray body(const protocol::DescriptivesRequest &request)
{
    return protocol::canonicalJson(protocol::toJson(request));
}

QJsonObject json(const ApiResponse &response)
{
    return QJsonDocument::fromJson(response.body).object();
}

QString errorCode(const ApiResponse &response)
{
    return json(response)
        .value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("code"))
        .toString();
}

// The bw of a row; bounds half-way between neighbours select exact sets.
double bwOf(const node::LoadedDataset &data, int row)
{
    return data.table.column("bw")->numeric[std::size_t(row)];
}

// bw below the `heaviest` heaviest boys (odd rows; bw grows with the row).
analysis::Filter boysBelow(int heaviest)
{
    const int lastKept = kRows - 1 - 2 * heaviest;
    auto bw = [](int row) {
        return 2000 + row * 2.5 + 0.5;
    };
    return between("bw", {}, bw(lastKept) + 2.5);
}

// The edges both rules keep, from the lowest up: edge k is kept when the run [k, m) and every run
// [e, k) from a kept edge e pass. The first (0) and the last (m) are always kept.
template<typename RunPasses>
std::vector<std::size_t> keptWhereRunsPass(std::size_t m, RunPasses runPasses)
{
    std::vector<std::size_t> kept { 0 };
    for (std::size_t k = 1; k < m; ++k) {
        bool ok = runPasses(k, m);
        for (std::size_t e : kept) {
            if (!ok)
                break;
            ok = runPasses(e, k);
        }
        if (ok)
            kept.push_back(k);
    }
    kept.push_back(m);
    return kept;
}

// The lattice check written out run by run, as main had it before branch latticefast (every
// run's records per block summed afresh for each kept edge), but for one fix: main marked a
// block counted by flipping its count's sign, which flipped it back at the block's next
// candidate bin, so a block met in a third candidate bin of the run was counted again (gaps too
// large: an edge kept that the rule drops). dropEdgesNearLattice must keep exactly these edges.
namespace runbyrun {
using namespace fairstart::node;

void latticeEdgesRunByRun(RiskBins &rb, const DifferencingState &main, const LoadedDataset &data,
                          const std::vector<std::string> &variables, int minCell)
{
    const analysis::DataTable &table = data.table;
    const std::vector<int> candidates = rb.edges;
    if (candidates.size() < 3 || rb.rows.size() != rb.bin.size() || variables.empty())
        return;
    const std::size_t m = candidates.size() - 1;
    const std::size_t rows = main.atomOf.size();
    // Each evaluated record's candidate bin.
    std::vector<std::uint32_t> cand(rb.rows.size());
    for (std::size_t i = 0; i < rb.rows.size(); ++i) {
        const auto at = std::upper_bound(candidates.begin(), candidates.end(), rb.bin[i]);
        const std::ptrdiff_t c = (at - candidates.begin()) - 1;
        cand[i] = std::uint32_t(std::clamp<std::ptrdiff_t>(c, 0, std::ptrdiff_t(m) - 1));
    }
    // Per variable: each record's block (atom × lattice cell, missing a cell of its own), the
    // blocks' sizes over the dataset, and per candidate bin its records per block (sparse).
    struct Blocks {
        std::vector<std::int64_t> size;
        std::vector<std::vector<std::pair<std::uint32_t, std::int64_t>>> perBin;
    };
    std::vector<Blocks> all;
    // Blocks of one partition of the records (`cellOf`: a row's part; the atom above it).
    auto addBlocks = [&](const std::function<long long(std::size_t)> &cellOf) {
        std::unordered_map<std::uint64_t, std::uint32_t> ids;
        std::vector<std::uint32_t> blockOf(rows);
        Blocks b;
        for (std::size_t r = 0; r < rows; ++r) {
            // A part as 32 bits with the atom above: parts beyond ±2³¹ share one (a coarser
            // block is the conservative side only for records in no run).
            const std::uint64_t key = (std::uint64_t(main.atomOf[r]) << 32)
                | std::uint64_t(std::uint32_t(
                    std::clamp<long long>(cellOf(r), -(1LL << 31) + 1, (1LL << 31) - 1)));
            const auto [it, added] = ids.emplace(key, std::uint32_t(b.size.size()));
            if (added)
                b.size.push_back(0);
            blockOf[r] = it->second;
            ++b.size[it->second];
        }
        std::vector<std::vector<std::uint32_t>> members(m);
        for (std::size_t i = 0; i < rb.rows.size(); ++i)
            members[cand[i]].push_back(blockOf[std::size_t(rb.rows[i])]);
        b.perBin.resize(m);
        for (std::size_t c = 0; c < m; ++c) {
            std::sort(members[c].begin(), members[c].end());
            for (std::size_t i = 0; i < members[c].size();) {
                std::size_t j = i;
                while (j < members[c].size() && members[c][j] == members[c][i])
                    ++j;
                b.perBin[c].emplace_back(members[c][i], std::int64_t(j - i));
                i = j;
            }
        }
        all.push_back(std::move(b));
    };
    constexpr long long kMissing = (1LL << 31) - 1;
    for (const std::string &variable : variables) {
        const analysis::Column *column = table.column(variable);
        if (!column || column->kind != analysis::ColumnKind::Numeric
            || column->numeric.size() != rows)
            continue;
        const double step = datasetHistogramStep(data, variable);
        if (!(step > 0) || !std::isfinite(step))
            continue;
        auto missing = [&](std::size_t r) {
            return column->isMissing(r) || !std::isfinite(column->numeric[r]);
        };
        // (1) The lattice's cells: every histogram edge over any cohort is a point of it.
        const analysis::LatticeScale scale(step);
        addBlocks(
            [&](std::size_t r) { return missing(r) ? kMissing : scale.cell(column->numeric[r]); });
        // (2) The bins (each tail on its own) of the canonical histogram over the evaluated
        // records: merged where the records are sparse, so a boundary on a lattice point inside
        // a merged bin cuts a block here although it cuts no cell.
        std::vector<double> values;
        for (std::int64_t row : rb.rows) {
            if (!missing(std::size_t(row)))
                values.push_back(column->numeric[std::size_t(row)]);
        }
        const analysis::MergedHistogram merged = analysis::latticeHistogram(
            std::move(values), step, -std::numeric_limits<double>::infinity(),
            std::numeric_limits<double>::infinity(), minCell);
        if (merged.ok() && merged.edges.size() >= 2) {
            const std::vector<double> &edges = merged.edges;
            addBlocks([&](std::size_t r) -> long long {
                if (missing(r))
                    return kMissing;
                const double v = column->numeric[r];
                if (v < edges.front())
                    return -1;
                if (v >= edges.back())
                    return (long long)edges.size();
                return (long long)(std::upper_bound(edges.begin(), edges.end(), v) - edges.begin());
            });
        }
    }
    if (all.empty())
        return;
    std::vector<std::vector<std::int64_t>> in(all.size());
    for (std::size_t v = 0; v < all.size(); ++v)
        in[v].assign(all[v].size.size(), 0);
    // Whether the run of candidate bins [a, b) lies 0 or >= minCell records from every union of
    // blocks inside it and holding it (the Gaps of chooseEdges).
    auto runPasses = [&](std::size_t a, std::size_t b) {
        for (std::size_t v = 0; v < all.size(); ++v) {
            const Blocks &x = all[v];
            std::vector<std::int64_t> &have = in[v];
            for (std::size_t c = a; c < b; ++c) {
                for (const auto &[block, count] : x.perBin[c])
                    have[block] += count;
            }
            std::int64_t inner = 0, outer = 0;
            for (std::size_t c = a; c < b; ++c) {
                for (const auto &[block, count] : x.perBin[c]) {
                    const std::int64_t h = have[block];
                    if (h < 0)
                        continue; // counted already (main flipped the mark back here)
                    if (h > 0 && h < x.size[block]) {
                        inner += h;
                        outer += x.size[block] - h;
                    }
                    have[block] = -h - 1; // counted once; restored below
                }
            }
            for (std::size_t c = a; c < b; ++c) {
                for (const auto &[block, count] : x.perBin[c])
                    have[block] = 0;
            }
            if ((inner >= 1 && inner < minCell) || (outer >= 1 && outer < minCell))
                return false;
            // After a re-import removed records (branch `reimport6`): a run that is a union of
            // whole blocks lies 1 to minCell - 1 records from what was released before.
            if (main.mayHoldGhostsAnywhere() && inner == 0 && outer == 0)
                return false;
        }
        return true;
    };
    rb.edges.clear();
    for (std::size_t k : keptWhereRunsPass(m, runPasses))
        rb.edges.push_back(candidates[k]);
}

} // namespace runbyrun

// The bin ledger's rule written out run by run, as branch `bins` first computed it (every run's
// records per atom and per earlier bin summed afresh from cumulative counts per candidate bin):
// keptCandidateEdges must keep exactly these edges.
std::vector<std::size_t> keptEdgesRunByRun(const std::vector<std::int64_t> &rows,
                                           const std::vector<std::uint32_t> &cand, std::size_t m,
                                           const node::DifferencingState &main,
                                           const std::vector<node::ReleasedBins> &released,
                                           std::size_t tableRows, int minCell)
{
    std::vector<std::int32_t> localOf(main.sizes.size(), -1);
    std::vector<std::uint32_t> atomOfLocal;
    for (std::int64_t row : rows) {
        const std::uint32_t a = main.atomOf[std::size_t(row)];
        if (localOf[a] < 0) {
            localOf[a] = std::int32_t(atomOfLocal.size());
            atomOfLocal.push_back(a);
        }
    }
    const std::size_t L = atomOfLocal.size();
    std::vector<std::int64_t> cumAtom((m + 1) * L, 0);
    for (std::size_t i = 0; i < rows.size(); ++i)
        ++cumAtom[(cand[i] + 1) * L + std::size_t(localOf[main.atomOf[std::size_t(rows[i])]])];
    for (std::size_t c = 1; c <= m; ++c)
        for (std::size_t l = 0; l < L; ++l)
            cumAtom[c * L + l] += cumAtom[(c - 1) * L + l];
    struct Earlier {
        std::vector<std::int64_t> sizes, cum;
    };
    std::vector<Earlier> earlier;
    for (const node::ReleasedBins &e : released) {
        Earlier x;
        const std::size_t B = e.bins;
        x.sizes.assign(B, 0);
        for (std::uint16_t b : e.binOf)
            if (b > 0)
                ++x.sizes[b - 1u];
        x.cum.assign((m + 1) * B, 0);
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const std::size_t r = std::size_t(rows[i]);
            if (r < e.binOf.size() && e.binOf[r] > 0)
                ++x.cum[(cand[i] + 1) * B + (e.binOf[r] - 1u)];
        }
        for (std::size_t c = 1; c <= m; ++c)
            for (std::size_t b = 0; b < B; ++b)
                x.cum[c * B + b] += x.cum[(c - 1) * B + b];
        earlier.push_back(std::move(x));
    }
    struct Gaps {
        std::int64_t inner = 0, outer = 0;
        void add(std::int64_t in, std::int64_t size)
        {
            if (in > 0 && in < size) {
                inner += in;
                outer += size - in;
            }
        }
        bool few(int minCell) const
        {
            return (inner >= 1 && inner < minCell) || (outer >= 1 && outer < minCell);
        }
    };
    auto runPasses = [&](std::size_t a, std::size_t b) {
        Gaps atoms;
        std::int64_t size = 0;
        for (std::size_t l = 0; l < L; ++l) {
            const std::int64_t in = cumAtom[b * L + l] - cumAtom[a * L + l];
            size += in;
            atoms.add(in, main.sizes[atomOfLocal[l]]);
        }
        if (atoms.few(minCell))
            return false;
        for (const Earlier &x : earlier) {
            const std::size_t B = x.sizes.size();
            Gaps bins;
            std::int64_t inside = 0, evaluated = 0;
            for (std::size_t k = 0; k < B; ++k) {
                const std::int64_t in = x.cum[b * B + k] - x.cum[a * B + k];
                inside += in;
                evaluated += x.sizes[k];
                bins.add(in, x.sizes[k]);
            }
            bins.add(size - inside, std::int64_t(tableRows) - evaluated);
            if (bins.few(minCell))
                return false;
        }
        return true;
    };
    return keptWhereRunsPass(m, runPasses);
}
} // namespace

class tst_Differencing : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    // attacks, as requests
    void threeCohortsOneUser();
    void subtractionTrackerTwoUsers();
    void subtractionTrackerAcrossPurposes();
    void cohortSizeUndoesWithheldLevel();
    void completeCasesUndoWithheldMissing();
    void cohortSizeUndoesWithheldTableCell();
    void jobAndDescriptivesCohortSizesCount();
    void refusalNamesNoCount();
    void warmDesignAfterOtherReleases();

    // honest work
    void honestTableOneTableAndFitByManyUsers();

    // the ledger
    void atomsRefinedBySets();
    void riskBinsKeptOffTheLattice();
    void fitLedgerHoldsInteractionCells();
    void riskBinsKeptOffDescribedHistograms();
    void latticeEdgesEqualTheRuleRunByRun();
    void latticeMemoNeverStale();
    void latticeCodesAndMemoKeyAtEveryWidth();
    void latticeCellsAreTheScaleCells();
    void tableCellsAreTheJobsCells();
    void latticePartitionsInThreePassesAsByBlocks();
    void histogramStepsCachedAsOneByOne();
    void cellsSplitOnlyIntoLargePieces();
    void cellsOnSeveralAtoms();
    void persistsAndRestartsOnReimport();
    void budgetRefusal();
    void userShareHoldsUnderConcurrency();
    void encodingRoundTripAndCorruption();
    void retiredOverlapKeyLoadsWithWarning();
    void keptEdgesEqualTheRuleRunByRun();
    void edgeMemoDecidesAsWithout();
    void designMemoDecidesAsWithout();
    void datasetDominanceOverConsentedRecords();
    void keptStateAtEveryWidth();
    void ledgerDecidesAlikeAtEveryWidthAndRestart();
    void eventLedgerOneForNumbersAndCodes();

private:
    ApiResponse call(const std::string &path, const QString &token, const QByteArray &body);
    ApiResponse job(const QString &token, const std::vector<analysis::Filter> &filters,
                    const QString &purpose = QStringLiteral("research"), bool sexFactor = false);
    QString tokenFor(const QString &user);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<node::SiteStore> m_store;
    std::unique_ptr<ApiHandlers> m_handlers;
    node::LoadedDataset m_data;
};

void tst_Differencing::init()
{
    // A fresh node per test: the ledger is per dataset across all users, so tests must not share.
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto store = node::SiteStore::create(m_dir->path(), QStringLiteral("test passphrase"),
                                         QStringLiteral("Test node"));
    QVERIFY2(store, qPrintable(store ? QString() : store.error().message));
    m_store = std::move(store).value();
    m_data = makeData();
    auto stored = m_store->storeDataset(m_data.info, m_data.table, m_data.recordIds);
    QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().message));
    m_data.info.generation = stored->generation;
    // The ledger is the second line behind the filter-bound rule: these cases cut cohorts one
    // record apart with numeric bounds, which a node on its default policy refuses before the
    // ledger sees them (tst_attacks filterRefusalBisectsMaximum). Here the administrator allowed
    // any bound, so the ledger alone must hold.
    auto policy = node::Policy::parse(QStringLiteral("filter_bounds_on_edges = no\n"));
    QVERIFY2(policy, qPrintable(policy ? QString() : policy.error().message));
    m_handlers
        = std::make_unique<ApiHandlers>(m_store, *policy, nodeKeys().keys, nodeKeys().secrets);
}

void tst_Differencing::cleanup()
{
    m_handlers.reset();
    m_store.reset();
    m_dir.reset();
}

ApiResponse tst_Differencing::call(const std::string &path, const QString &token,
                                   const QByteArray &body)
{
    ApiRequest request;
    request.method = "POST";
    request.path = path;
    request.authorization = "Bearer " + token.toStdString();
    request.contentType = "application/json";
    request.body = body;
    return m_handlers->handle(request);
}

ApiResponse tst_Differencing::job(const QString &token,
                                  const std::vector<analysis::Filter> &filters,
                                  const QString &purpose, bool sexFactor)
{
    return call("/v1/jobs", token, jobBody(fitDesign(filters, sexFactor), purpose));
}

QString tst_Differencing::tokenFor(const QString &user)
{
    auto created
        = m_store->createToken(user, { QStringLiteral("research"), QStringLiteral("quality") }, 30);
    if (!created)
        qFatal("cannot create a token: %s", qPrintable(created.error().message));
    return created->token;
}

// C1 = all, C2 = the boys, C3 = the girls but the heaviest: pairwise the cohorts differ by about
// 500 records, yet C1 - C2 - C3 is the heaviest girl's row of every sum.
void tst_Differencing::threeCohortsOneUser()
{
    const QString token = tokenFor(QStringLiteral("mallory"));
    QCOMPARE(job(token, {}).status, 201);
    QCOMPARE(job(token, { valuesIn("sex", { "male" }) }).status, 201);
    // The heaviest girl is row 998 (bw grows with the row; girls are the even rows).
    const double cut = (bwOf(m_data, 996) + bwOf(m_data, 998)) / 2;
    const ApiResponse third = job(token, { valuesIn("sex", { "female" }), between("bw", {}, cut) });
    QCOMPARE(third.status, 422);
    QCOMPARE(errorCode(third), QStringLiteral("differencing"));
}

// Among the boys (odd rows): C2 = all boys but the 10 heaviest, C3 = all boys but the 9
// heaviest, under two user names: the pairwise audit compared only one user's cohorts.
void tst_Differencing::subtractionTrackerTwoUsers()
{
    const QString alice = tokenFor(QStringLiteral("alice"));
    const analysis::Filter boys = valuesIn("sex", { "male" });
    QCOMPARE(call("/v1/descriptives", alice, body(describe({ boys }))).status, 200);
    QCOMPARE(call("/v1/descriptives", alice, body(describe({ boys, boysBelow(10) }))).status, 200);
    const ApiResponse bob = job(tokenFor(QStringLiteral("bob")), { boys, boysBelow(9) });
    QCOMPARE(bob.status, 422);
    QCOMPARE(errorCode(bob), QStringLiteral("differencing"));
}

void tst_Differencing::subtractionTrackerAcrossPurposes()
{
    const analysis::Filter boys = valuesIn("sex", { "male" });
    QCOMPARE(job(tokenFor(QStringLiteral("carol")), { boys, boysBelow(10) }).status, 201);
    const ApiResponse other
        = job(tokenFor(QStringLiteral("dave")), { boys, boysBelow(9) }, QStringLiteral("quality"));
    QCOMPARE(other.status, 422);
    QCOMPARE(errorCode(other), QStringLiteral("differencing"));
}

// Descriptives of race withhold "other" (5 records); a cohort of white and other children then
// tells "other" exactly from its size minus the released white count.
void tst_Differencing::cohortSizeUndoesWithheldLevel()
{
    protocol::DescriptivesRequest first = describe();
    first.variables.append({ QStringLiteral("race"), {} });
    const ApiResponse released
        = call("/v1/descriptives", tokenFor(QStringLiteral("erin")), body(first));
    QCOMPARE(released.status, 200);
    const QJsonArray levels = json(released)
                                  .value(QStringLiteral("categorical"))
                                  .toArray()
                                  .at(0)
                                  .toObject()
                                  .value(QStringLiteral("levels"))
                                  .toArray();
    bool otherWithheld = false;
    for (const auto &level : levels) {
        const QJsonObject l = level.toObject();
        if (l.value(QStringLiteral("name")).toString() == QStringLiteral("other"))
            otherWithheld = l.value(QStringLiteral("count")).isNull();
    }
    QVERIFY2(otherWithheld, "the planted rare level is withheld");

    const ApiResponse second = call("/v1/descriptives", tokenFor(QStringLiteral("frank")),
                                    body(describe({ valuesIn("race", { "white", "other" }) })));
    QCOMPARE(second.status, 422);
    QCOMPARE(errorCode(second), QStringLiteral("differencing"));
    // The same through a job's cohort size.
    const ApiResponse viaJob
        = job(tokenFor(QStringLiteral("frank")), { valuesIn("race", { "white", "other" }) });
    QCOMPARE(viaJob.status, 422);
    QCOMPARE(errorCode(viaJob), QStringLiteral("differencing"));
}

// ses is missing for 3 boys (rows 11, 13, 15), withheld as a cell; completeCases on ses would
// give it back through the cohort size.
void tst_Differencing::completeCasesUndoWithheldMissing()
{
    const analysis::Filter boys = valuesIn("sex", { "male" });
    protocol::DescriptivesRequest first = describe({ boys });
    first.variables.append({ QStringLiteral("ses"), {} });
    QCOMPARE(call("/v1/descriptives", tokenFor(QStringLiteral("gina")), body(first)).status, 200);
    protocol::DescriptivesRequest second = describe({ boys }, QStringLiteral("quality"));
    second.completeCases = { QStringLiteral("ses") };
    const ApiResponse response
        = call("/v1/descriptives", tokenFor(QStringLiteral("hank")), body(second));
    QCOMPARE(response.status, 422);
    QCOMPARE(errorCode(response), QStringLiteral("differencing"));
}

// A two-way table sex × race withholds male/other; the cohort "male, white or other" has the
// released male/white cell plus the withheld one.
void tst_Differencing::cohortSizeUndoesWithheldTableCell()
{
    protocol::DescriptivesRequest first = describe();
    first.tables.append({ QStringLiteral("sex"), QStringLiteral("race") });
    const ApiResponse table
        = call("/v1/descriptives", tokenFor(QStringLiteral("ivan")), body(first));
    QCOMPARE(table.status, 200);
    const ApiResponse second = call(
        "/v1/descriptives", tokenFor(QStringLiteral("judy")),
        body(describe({ valuesIn("sex", { "male" }), valuesIn("race", { "white", "other" }) })));
    QCOMPARE(second.status, 422);
    QCOMPARE(errorCode(second), QStringLiteral("differencing"));
}

// A job's cohort size and a descriptives cohort size are both releases of the same ledger.
void tst_Differencing::jobAndDescriptivesCohortSizesCount()
{
    auto cutBelow = [this](int heaviestLeftOut) {
        const int first = kRows - heaviestLeftOut;
        return (bwOf(m_data, first - 1) + bwOf(m_data, first)) / 2;
    };
    const QString kim = tokenFor(QStringLiteral("kim"));
    const QString leo = tokenFor(QStringLiteral("leo"));
    QCOMPARE(job(kim, { between("bw", {}, cutBelow(20)) }).status, 201);
    // The job's cohort size against a descriptives cohort size: 3 records apart.
    const ApiResponse viaDescriptives
        = call("/v1/descriptives", leo, body(describe({ between("bw", {}, cutBelow(17)) })));
    QCOMPARE(viaDescriptives.status, 422);
    QCOMPARE(errorCode(viaDescriptives), QStringLiteral("differencing"));
    // A descriptives cohort size against a job's: 3 records apart the other way.
    QCOMPARE(call("/v1/descriptives", leo, body(describe())).status, 200);
    const ApiResponse viaJob = job(kim, { between("bw", {}, cutBelow(23)) });
    QCOMPARE(viaJob.status, 422);
    QCOMPARE(errorCode(viaJob), QStringLiteral("differencing"));
}

void tst_Differencing::refusalNamesNoCount()
{
    const analysis::Filter boys = valuesIn("sex", { "male" });
    QCOMPARE(job(tokenFor(QStringLiteral("a")), { boys, boysBelow(10) }).status, 201);
    const ApiResponse refused = job(tokenFor(QStringLiteral("b")), { boys, boysBelow(9) });
    QCOMPARE(refused.status, 422);
    const QJsonObject error = json(refused).value(QStringLiteral("error")).toObject();
    const QString text = error.value(QStringLiteral("message")).toString() + QLatin1Char(' ')
        + error.value(QStringLiteral("detail")).toString();
    QVERIFY2(text.contains(QStringLiteral("10")), qPrintable(text)); // the threshold
    for (const char *count : { " 1 ", " 991", " 990", " 9 " })
        QVERIFY2(!text.contains(QString::fromLatin1(count)), qPrintable(text));
}

// The seam of issue 16 (api/jobs.cpp prepareDesign, DesignCache): once the ledger recorded a
// design's cohort the node drops the table, and a later request of that design (warm) is checked
// on the design's own columns only, on the ground that a recorded cohort is a union of atoms for
// good. Attacks on it: other releases split the design's atom and expose other variables' cells
// in between; a design one filter away, a descriptives cohort a few records from it, another
// purpose and another user, each after the warm request. Each must meet the same rule as on a
// node that never dropped the table.
void tst_Differencing::warmDesignAfterOtherReleases()
{
    auto cutBelow = [this](int heaviestLeftOut) {
        const int first = kRows - heaviestLeftOut;
        return (bwOf(m_data, first - 1) + bwOf(m_data, first)) / 2;
    };
    const QString kim = tokenFor(QStringLiteral("kim"));
    const QString leo = tokenFor(QStringLiteral("leo"));
    const analysis::Filter lighter = between("bw", {}, cutBelow(20));
    QCOMPARE(job(kim, { lighter }).status, 201); // cold: recorded, the table dropped
    // Other releases split the design's atom (the boys) and expose race on it (its "other" level
    // of 5 records withheld).
    protocol::DescriptivesRequest boys = describe({ lighter, valuesIn("sex", { "male" }) });
    boys.variables.append({ QStringLiteral("race"), {} });
    const ApiResponse described = call("/v1/descriptives", leo, body(boys));
    QVERIFY2(described.status == 200, described.body.constData());
    // Warm: the same design by another user, then by the first; both pass (a repeat).
    QCOMPARE(job(leo, { lighter }).status, 201);
    QCOMPARE(job(kim, { lighter }).status, 201);
    // The design with a filter that leaves 3 more records out: refused, also after warm requests.
    const ApiResponse threeLess = job(leo, { between("bw", {}, cutBelow(23)) });
    QCOMPARE(threeLess.status, 422);
    QCOMPARE(errorCode(threeLess), QStringLiteral("differencing"));
    // The design's cohort but its 6 heaviest records, described: refused.
    const ApiResponse fewBoysLess
        = call("/v1/descriptives", kim,
               body(describe({ between("bw", {}, cutBelow(20)), boysBelow(13) })));
    QCOMPARE(fewBoysLess.status, 422);
    QCOMPARE(errorCode(fewBoysLess), QStringLiteral("differencing"));
    // Another purpose: a key of its own (cold), the same records: passes.
    QCOMPARE(job(leo, { lighter }, QStringLiteral("quality")).status, 201);
    // And warm once more after all of it.
    QCOMPARE(job(kim, { lighter }).status, 201);
}

// Table-1 of six variables, a two-way table and the fit with a factor, each by several users and
// purposes, on the same cohort: all released.
void tst_Differencing::honestTableOneTableAndFitByManyUsers()
{
    for (const QString &user :
         { QStringLiteral("u1"), QStringLiteral("u2"), QStringLiteral("u3") }) {
        const QString token = tokenFor(user);
        for (const QString &purpose : { QStringLiteral("research"), QStringLiteral("quality") }) {
            protocol::DescriptivesRequest table1 = describe({}, purpose);
            for (const char *name : { "sex", "race", "smoke", "delay" })
                table1.variables.append({ QString::fromLatin1(name), {} });
            table1.variables.append({ QStringLiteral("bw"), { { 2000, 3000, 4000, 4600 } } });
            table1.variables.append({ QStringLiteral("age"), {} });
            table1.tables.append({ QStringLiteral("sex"), QStringLiteral("smoke") });
            const ApiResponse described = call("/v1/descriptives", token, body(table1));
            QVERIFY2(described.status == 200, described.body.constData());
            const ApiResponse fitted = job(token, {}, purpose, true);
            QVERIFY2(fitted.status == 201, fitted.body.constData());
        }
    }
    // A subgroup analysis of one sex, also by several users, is honest work too.
    for (const QString &user : { QStringLiteral("u4"), QStringLiteral("u5") }) {
        const QString token = tokenFor(user);
        protocol::DescriptivesRequest girls = describe({ valuesIn("sex", { "female" }) });
        for (const char *name : { "race", "smoke", "delay" })
            girls.variables.append({ QString::fromLatin1(name), {} });
        const ApiResponse described = call("/v1/descriptives", token, body(girls));
        QVERIFY2(described.status == 200, described.body.constData());
        const ApiResponse fitted = job(token, { valuesIn("sex", { "female" }) });
        QVERIFY2(fitted.status == 201, fitted.body.constData());
    }
}

// ---- the ledger on record sets ----------------------------------------------------------------

namespace {

std::vector<std::int64_t> rowsWhere(std::size_t n, const std::function<bool(std::size_t)> &keep)
{
    std::vector<std::int64_t> rows;
    for (std::size_t i = 0; i < n; ++i) {
        if (keep(i))
            rows.push_back(std::int64_t(i));
    }
    return rows;
}

node::CellRelease cells(const node::LoadedDataset &data, const std::string &variable,
                        const std::vector<std::string> &levels)
{
    node::CellRelease release;
    release.family = node::variableFamily(variable);
    for (const auto &level : levels)
        release.released.push_back(node::levelCode(data.table, variable, level));
    return release;
}

} // namespace

void tst_Differencing::atomsRefinedBySets()
{
    node::DifferencingState state = node::DifferencingState::initial(1, kRows);
    node::DifferencingLimits limits;
    auto release = [&](const std::vector<std::int64_t> &rows) {
        return node::refineByRelease(state, m_data.table, rows, {}, limits, true).passed;
    };
    // Four cohorts, pairwise far apart, whose combination isolates row 999: all, A-complement,
    // B-complement, and everything but A, B and row 999 (A = rows 0-9, B = rows 10-19).
    QVERIFY(release(rowsWhere(kRows, [](std::size_t) { return true; })));
    QVERIFY(release(rowsWhere(kRows, [](std::size_t i) { return i >= 10; })));
    QVERIFY(release(rowsWhere(kRows, [](std::size_t i) { return i < 10 || i >= 20; })));
    QCOMPARE(state.sizes.size(), std::size_t(3));
    QVERIFY(!release(rowsWhere(kRows, [](std::size_t i) { return i >= 20 && i != 999; })));
    QCOMPARE(state.sizes.size(), std::size_t(3)); // a refusal changes nothing
    // A cohort that is a union of atoms adds nothing and passes.
    QVERIFY(release(rowsWhere(kRows, [](std::size_t i) { return i >= 20; })));
    QCOMPARE(state.sizes.size(), std::size_t(3));
    // Exactly min_cell records apart is allowed.
    QVERIFY(release(rowsWhere(kRows, [](std::size_t i) { return i >= 30; })));
    QCOMPARE(state.sizes.size(), std::size_t(4));
    QCOMPARE(std::accumulate(state.sizes.begin(), state.sizes.end(), std::int64_t(0)),
             std::int64_t(kRows));
}

// dropEdgesNearLattice (each lattice partition a block family of the bin ledger's scan) keeps
// exactly the edges of the lattice rule written out run by run, on random tables: numeric
// variables with missing values, lattices fine enough that cells hold a handful of records, wide
// ones (block ids hashed rather than dense), skewed atoms, records left out of the evaluation,
// risk bins that follow a variable but for a few records.
void tst_Differencing::latticeEdgesEqualTheRuleRunByRun()
{
    std::mt19937 random(20261205);
    auto uniform = [&](double low, double high) {
        return low + (high - low) * double(random() % 1000000) / 1000000.0;
    };
    int someDropped = 0, someKept = 0, numbersKept = 0, withGhosts = 0;
    for (int instance = 0; instance < 300; ++instance) {
        const std::size_t tableRows = 150 + random() % 500;
        node::LoadedDataset data;
        std::vector<std::string> variables;
        const std::size_t numeric = 1 + random() % 3;
        std::vector<std::vector<double>> columns(numeric);
        for (std::size_t v = 0; v < numeric; ++v) {
            const std::string name = "x" + std::to_string(v);
            const bool wide = random() % 4 == 0;
            const bool withMissing = random() % 2 == 0; // else dense block ids when narrow
            const double range = wide ? 1e7 : 20 + double(random() % 200);
            columns[v].resize(tableRows);
            for (double &x : columns[v]) {
                x = withMissing && random() % 20 == 0 ? std::numeric_limits<double>::quiet_NaN()
                                                      : std::round(uniform(0, range) * 10) / 10;
            }
            // Now and then a value no lattice cell holds exactly (the check reads the numbers).
            if (random() % 16 == 0)
                columns[v][random() % tableRows] = 1e300;
            QVERIFY(data.table.addNumeric(name, columns[v]).ok());
            const double steps[] = { 0.5, 1, 2, 5 };
            data.histogramSteps[name] = steps[random() % 4];
            variables.push_back(name);
        }
        const std::size_t atoms = 1 + random() % 8;
        node::DifferencingState main = testsupport::randomAtoms(random, tableRows, atoms);
        // One instance in four after a re-import that removed records (branch `reimport6`):
        // every atom may hold ghosts, or one holds some.
        if (instance % 4 == 3) {
            if (random() % 2 == 0)
                main.unsure.assign(main.sizes.size(), 1);
            else {
                main.ghosts.assign(main.sizes.size(), 0);
                main.ghosts[random() % main.sizes.size()] = 1 + random() % 12;
            }
            ++withGhosts;
        }
        const unsigned leaveOut = random() % 4; // 0: every record evaluated
        node::RiskBins rb = testsupport::binsFollowing(
            random, columns[0], leaveOut, 200, [&](double x, double spread) {
                return std::isnan(x) ? std::int32_t(random() % 200)
                                     : std::int32_t(200 * x / spread);
            });
        rb.edges = testsupport::randomEdges(random, 1 + random() % 40, 200);
        const std::size_t candidateEdges = rb.edges.size();
        const int minCell = random() % 3 == 0 ? 5 : 10;
        node::RiskBins expected = rb;
        runbyrun::latticeEdgesRunByRun(expected, main, data, variables, minCell);
        // The same on the design's cached form (lattice cells), twice: partitions built, then
        // kept (another evaluation's bins over the same records and atoms).
        const node::LoadedDataset cached = testsupport::latticeForm(data, variables);
        node::RiskBins fromCells = rb;
        node::dropEdgesNearLattice(rb, main, data, variables, minCell);
        QVERIFY2(rb.edges == expected.edges,
                 qPrintable(QStringLiteral("instance %1: %2 edges, expected %3")
                                .arg(instance)
                                .arg(rb.edges.size())
                                .arg(expected.edges.size())));
        for (int pass = 0; pass < 2; ++pass) {
            node::RiskBins again = fromCells;
            node::dropEdgesNearLattice(again, main, cached, variables, minCell);
            QVERIFY2(again.edges == expected.edges,
                     qPrintable(QStringLiteral("instance %1, cached columns, pass %2")
                                    .arg(instance)
                                    .arg(pass)));
        }
        const int encoded = int(cached.table.columnCount() < variables.size()
                                    ? variables.size() - cached.table.columnCount()
                                    : 0);
        QCOMPARE(cached.lattice->partitionBuilds(), encoded);
        numbersKept += int(variables.size()) - encoded;
        someDropped += expected.edges.size() < candidateEdges ? 1 : 0;
        someKept += expected.edges.size() > 2 ? 1 : 0;
    }
    // The instances exercise both decisions.
    QVERIFY(someDropped > 50);
    QVERIFY(someKept > 50);
    QVERIFY(numbersKept > 10); // and the numbers' path
    QVERIFY(withGhosts > 50); // and ledgers after a removal
}

// The lattice cells the dataset cache computes when it reads a table (cacheLatticeCells, issue 16:
// during the preload) are, for every numeric variable, the cells a job would encode from the
// column at its histogram step (or both refuse it); they are used only for the very
// column they were encoded from (a copy of the table, another buffer, gets none); binary and
// categorical variables get none.
void tst_Differencing::tableCellsAreTheJobsCells()
{
    std::mt19937 random(20261206);
    int encoded = 0;
    for (int instance = 0; instance < 200; ++instance) {
        node::LoadedDataset data;
        const std::size_t rows = 1 + random() % 400;
        for (int v = 0; v < 4; ++v) {
            const std::string name = "v" + std::to_string(v);
            node::VariableInfo info;
            info.name = QString::fromStdString(name);
            info.kind = v == 3 ? node::VariableKind::Binary : node::VariableKind::Numeric;
            std::vector<double> values(rows);
            const double scale = v == 0 ? 1 : v == 1 ? 1e-3 : 1e6;
            for (double &x : values) {
                x = info.kind == node::VariableKind::Binary ? double(random() % 2)
                    : random() % 15 == 0 ? std::numeric_limits<double>::quiet_NaN()
                                         : std::round(double(random() % 100000) / 7) * scale;
            }
            QVERIFY(data.table.addNumeric(name, values).ok());
            data.info.variables.push_back(info);
        }
        node::cacheHistogramSteps(data);
        node::cacheLatticeCells(data);
        const node::LoadedDataset copy = data; // other buffers
        for (const node::VariableInfo &info : data.info.variables) {
            const std::string name = info.name.toStdString();
            const analysis::Column *column = data.table.column(name);
            const double step = node::datasetHistogramStep(data, name);
            bool found = false;
            auto cells = node::cachedLatticeCells(data, name, *column, step, &found);
            bool foundInCopy = true;
            (void)node::cachedLatticeCells(copy, name, *copy.table.column(name), step,
                                           &foundInCopy);
            QVERIFY(!foundInCopy);
            if (info.kind != node::VariableKind::Numeric || !(step > 0)) {
                QVERIFY(!found);
                continue;
            }
            QVERIFY(found);
            const auto expected = node::LatticeColumn::encode(*column, step);
            QCOMPARE(cells == nullptr, expected == nullptr);
            if (!expected)
                continue;
            ++encoded;
            QCOMPARE(cells->size(), expected->size());
            QCOMPARE(cells->step(), expected->step());
            for (std::size_t r = 0; r < rows; ++r)
                QCOMPARE(cells->part(r), expected->part(r));
        }
    }
    QVERIFY(encoded > 100);
}

// The lattice check's partitions kept with a design's cached columns are never used for other
// evaluated records, other atoms or another min-cell: on random tables, whenever the edges kept
// under the changed key differ from those under the first one, the cached columns (partitions of
// the first key in their memo) give the changed key's edges, as the table does.
// LatticeColumn::encode (each lattice point computed once for a column, issue 16) gives every
// value LatticeScale::cell, or refuses the column exactly when some value is not in its cell or a
// cell is beyond ±(2³¹ − 2): decimal steps whose points are not k · step in binary (0.1, 0.2,
// 0.05), values on and next to the points, negative ones, missing and infinite ones, wide ranges.
void tst_Differencing::latticeCellsAreTheScaleCells()
{
    std::mt19937 random(20261205);
    const double steps[] = { 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 1e-3, 2e4, 0.3 };
    int narrow = 0, wide = 0, refused = 0;
    for (int instance = 0; instance < 400; ++instance) {
        const double step = steps[std::size_t(random()) % std::size(steps)];
        const analysis::LatticeScale scale(step);
        const std::size_t rows = 1 + random() % 300;
        const double range = random() % 3 == 0 ? 1e6 : 100;
        std::vector<double> values(rows);
        for (double &v : values) {
            const long long k = (long long)(random() % 2000001) - 1000000;
            switch (random() % 6) {
            case 0: // a lattice point
                v = scale.point(k % 5000);
                break;
            case 1: // next to one
                v = std::nextafter(scale.point(k % 5000), random() % 2 ? 1e300 : -1e300);
                break;
            case 2: // a decimal number
                v = double(k % 100000) / 100.0 * (range / 100);
                break;
            case 3:
                v = random() % 10 == 0 ? std::numeric_limits<double>::quiet_NaN()
                                       : double(k) * range / 1e6;
                break;
            case 4:
                v = random() % 50 == 0 ? std::numeric_limits<double>::infinity() : double(k) / 7.0;
                break;
            default:
                v = random() % 100 == 0 ? 3e9 * step * (random() % 2 ? 1 : -1) : double(k % 97);
            }
        }
        analysis::DataTable table;
        QVERIFY(table.addNumeric("x", values).ok());
        const analysis::Column &column = *table.column("x");
        // What encode stood for before: per value the scale's cell and its check.
        bool expectRefused = false;
        std::vector<std::int64_t> expected(rows, node::LatticeColumn::kMissing);
        for (std::size_t i = 0; i < rows && !expectRefused; ++i) {
            const double v = values[i];
            if (!std::isfinite(v))
                continue;
            if (!(std::abs(v / step) < 4e18)) {
                expectRefused = true;
                break;
            }
            const long long c = scale.cell(v);
            constexpr long long limit = (1LL << 31) - 2;
            if (c < -limit || c > limit || !(scale.point(c) <= v) || !(v < scale.point(c + 1)))
                expectRefused = true;
            expected[i] = c;
        }
        const auto encoded = node::LatticeColumn::encode(column, step);
        QCOMPARE(encoded == nullptr, expectRefused);
        if (!encoded) {
            ++refused;
            continue;
        }
        (encoded->bytes() < rows * 4 ? narrow : wide)++;
        QCOMPARE(encoded->size(), rows);
        for (std::size_t i = 0; i < rows; ++i)
            QCOMPARE(encoded->part(i), expected[i]);
    }
    QVERIFY(narrow > 0 && wide > 0 && refused > 0);
}

// cacheHistogramSteps (the moments of four columns at a time, issue 16) stores for every numeric
// column the step datasetHistogramStep computes from that column alone: whole numbers, decimals,
// missing and infinite values, one value, and 1 to 9 columns (groups of four and a rest).
void tst_Differencing::histogramStepsCachedAsOneByOne()
{
    std::mt19937 random(5122026);
    for (int instance = 0; instance < 60; ++instance) {
        node::LoadedDataset data;
        const std::size_t rows = 1 + random() % 400;
        const int columns = 1 + instance % 9;
        for (int v = 0; v < columns; ++v) {
            std::vector<double> values(rows);
            const double scale = std::pow(10.0, double(int(random() % 9) - 4));
            const bool whole = random() % 3 == 0;
            for (double &x : values) {
                const double u = double(random() % 100000) * scale / 1000.0;
                x = random() % 25 == 0   ? std::numeric_limits<double>::quiet_NaN()
                    : random() % 90 == 0 ? -std::numeric_limits<double>::infinity()
                    : whole              ? std::round(u)
                                         : u;
            }
            QVERIFY(data.table.addNumeric("x" + std::to_string(v), values).ok());
        }
        QVERIFY(data.table.addCategorical("c", std::vector<std::int32_t>(rows, 0), { "a" }).ok());
        node::LoadedDataset cached = data;
        node::cacheHistogramSteps(cached);
        QCOMPARE(cached.histogramSteps.size(), std::size_t(columns));
        for (int v = 0; v < columns; ++v) {
            const std::string name = "x" + std::to_string(v);
            QVERIFY(cached.histogramSteps.count(name));
            // data has no cached steps: datasetHistogramStep computes this column's alone.
            QCOMPARE(cached.histogramSteps.at(name), node::datasetHistogramStep(data, name));
        }
    }
}

void tst_Differencing::latticeMemoNeverStale()
{
    std::mt19937 random(16);
    int atomsMattered = 0, rowsMattered = 0, minCellMattered = 0;
    for (int instance = 0; instance < 400; ++instance) {
        const std::size_t tableRows = 200 + random() % 300;
        node::LoadedDataset data;
        std::vector<double> x(tableRows);
        for (double &v : x)
            v = double(random() % 400) / 4;
        QVERIFY(data.table.addNumeric("x", x).ok());
        data.histogramSteps["x"] = random() % 2 ? 1.0 : 2.0;
        const std::vector<std::string> variables { "x" };
        const node::LoadedDataset cached = testsupport::latticeForm(data, variables);
        QVERIFY(cached.lattice && cached.lattice->find("x"));

        node::DifferencingState atoms1 = node::DifferencingState::initial(1, tableRows);
        // Split one atom off: some records of a range of x (a filtered cohort's complement).
        node::DifferencingState atoms2 = atoms1;
        const double from = double(random() % 100), to = from + 5 + double(random() % 20);
        atoms2.sizes = { 0, 0 };
        atoms2.exposed.resize(2);
        for (std::size_t r = 0; r < tableRows; ++r) {
            atoms2.atomOf[r] = x[r] >= from && x[r] < to && random() % 3 != 0 ? 1 : 0;
            ++atoms2.sizes[atoms2.atomOf[r]];
        }
        node::RiskBins rb;
        for (std::size_t r = 0; r < tableRows; ++r) {
            rb.rows.push_back(std::int64_t(r));
            rb.bin.push_back(std::int32_t(x[r] * 2) + (random() % 6 == 0 ? 7 : 0));
        }
        rb.edges = { 0 };
        for (int e = 1 + int(random() % 9); e < 210; e += 1 + int(random() % 9))
            rb.edges.push_back(e);
        rb.edges.push_back(210);
        node::RiskBins fewer = rb; // a cohort a few records smaller
        for (int k = 0; k < 3; ++k) {
            const std::size_t drop = random() % fewer.rows.size();
            fewer.rows.erase(fewer.rows.begin() + std::ptrdiff_t(drop));
            fewer.bin.erase(fewer.bin.begin() + std::ptrdiff_t(drop));
        }
        auto edges = [&](const node::LoadedDataset &on, node::RiskBins bins,
                         const node::DifferencingState &atoms, int minCell) {
            node::dropEdgesNearLattice(bins, atoms, on, variables, minCell);
            return bins.edges;
        };
        // Each change against the first key: the table's answer, then the cached columns'
        // answer after the memo was filled with the first key.
        struct Change {
            const node::RiskBins *bins;
            const node::DifferencingState *atoms;
            int minCell;
            int *mattered;
        };
        for (const Change &change : { Change { &rb, &atoms2, 10, &atomsMattered },
                                      Change { &fewer, &atoms1, 10, &rowsMattered },
                                      Change { &rb, &atoms1, 6, &minCellMattered } }) {
            const std::vector<int> first = edges(data, rb, atoms1, 10);
            const std::vector<int> changed
                = edges(data, *change.bins, *change.atoms, change.minCell);
            const int builds = cached.lattice->partitionBuilds();
            QCOMPARE(edges(cached, rb, atoms1, 10), first);
            QCOMPARE(edges(cached, rb, atoms1, 10), first);
            QVERIFY(cached.lattice->partitionBuilds() <= builds + 1); // the second one kept
            const int kept = cached.lattice->partitionBuilds();
            QCOMPARE(edges(cached, *change.bins, *change.atoms, change.minCell), changed);
            QCOMPARE(cached.lattice->partitionBuilds(), kept + 1); // built anew
            if (changed != first)
                ++*change.mattered;
        }
        // Back to the first key after the changes: built anew again, the first key's edges.
        const int builds = cached.lattice->partitionBuilds();
        QCOMPARE(edges(cached, rb, atoms1, 10), edges(data, rb, atoms1, 10));
        QCOMPARE(cached.lattice->partitionBuilds(), builds + 1);
    }
    // Each change decided differently in some instances (a stale memo would have been caught).
    QVERIFY(atomsMattered > 20);
    QVERIFY(rowsMattered > 20);
    QVERIFY(minCellMattered > 20);
}

// Issue 16: latticePartitions' three passes (the histogram's blocks derived from the blocks of
// cells) give the very partitions latticePartitionsByBlocks builds family by family: the same
// table, block sizes, histogram blocks and their sizes, on random columns of every width, with
// missing values, atoms of which the evaluated records hold only some cells (rows of the table
// in a histogram block but in no block of cells), records left out, one atom or many.
void tst_Differencing::latticePartitionsInThreePassesAsByBlocks()
{
    std::mt19937_64 random(1612);
    int dense = 0, histograms = 0, uncovered = 0;
    for (int instance = 0; instance < 400; ++instance) {
        const std::size_t n = 20 + random() % 2000;
        const double spreads[] = { 5, 20, 60, 250, 3000, 70000, 1e7 };
        const double spread = spreads[random() % 7];
        const bool withMissing = random() % 3 == 0;
        std::vector<double> values(n);
        for (double &v : values) {
            v = withMissing && random() % 25 == 0
                ? std::numeric_limits<double>::quiet_NaN()
                : double(random() % 100000) / 100000 * spread * (random() % 50 == 0 ? 3 : 1);
        }
        analysis::DataTable table;
        QVERIFY(table.addNumeric("x", values).ok());
        const double steps[] = { 0.5, 1, 2, 5 };
        const auto column = node::LatticeColumn::encode(*table.column("x"), steps[random() % 4]);
        QVERIFY(column);
        const std::size_t atoms = 1 + (random() % 3 == 0 ? random() % 40 : random() % 3);
        std::vector<std::uint32_t> atomOf(n);
        for (auto &a : atomOf)
            a = std::uint32_t(random() % atoms);
        std::vector<std::int64_t> rows;
        const unsigned leaveOut = random() % 6; // 0: every record evaluated
        for (std::size_t r = 0; r < n; ++r) {
            if (leaveOut == 0 || random() % 10 >= leaveOut)
                rows.push_back(std::int64_t(r));
        }
        if (random() % 20 == 0)
            rows.clear();
        const node::EvaluatedAtoms evaluated(rows, atomOf, atoms);
        const int minCell = random() % 2 ? 5 : 10;
        const node::LatticePartitions fast
            = node::latticePartitions(*column, rows, atomOf, evaluated, minCell);
        const node::LatticePartitions byBlocks
            = node::latticePartitionsByBlocks(*column, rows, atomOf, evaluated, minCell);
        const QString what = QStringLiteral("instance %1").arg(instance);
        QVERIFY2(fast.dense == byBlocks.dense, qPrintable(what));
        QVERIFY2(fast.low == byBlocks.low && fast.span == byBlocks.span, qPrintable(what));
        QVERIFY2(fast.table == byBlocks.table, qPrintable(what));
        QVERIFY2(fast.perRecord == byBlocks.perRecord, qPrintable(what));
        QVERIFY2(fast.cellSize == byBlocks.cellSize, qPrintable(what));
        QVERIFY2(fast.histogram == byBlocks.histogram, qPrintable(what));
        QVERIFY2(fast.binBlockOf == byBlocks.binBlockOf, qPrintable(what));
        QVERIFY2(fast.binSize == byBlocks.binSize, qPrintable(what));
        dense += fast.dense && !rows.empty() ? 1 : 0;
        histograms += fast.histogram ? 1 : 0;
        // Rows of the table in a histogram block but in no block of cells.
        std::int64_t inCells = 0, inBins = 0;
        for (std::int64_t s : fast.cellSize)
            inCells += s;
        for (std::int64_t s : fast.binSize)
            inBins += s;
        uncovered += inBins > inCells ? 1 : 0;
    }
    // Both paths and the derived histogram blocks are exercised.
    QVERIFY(dense > 100);
    QVERIFY(histograms > 100);
    QVERIFY(uncovered > 20);
}

// Issue 16: the cells kept in 1, 2 or 4 bytes as their span needs, each row's cell that of its
// value; and the partitions' memo keyed by the rows (a bitmap and a count) and the atoms (1, 2 or
// 4 bytes) exactly: any one row or atom changed builds anew, rows not sorted are never kept.
void tst_Differencing::latticeCodesAndMemoKeyAtEveryWidth()
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    std::mt19937_64 random(16);
    const std::size_t n = 3000;
    struct Width {
        double spread; // values 0..spread on the lattice of step 1
        std::size_t bytesPerRow;
    };
    for (const Width &width :
         { Width { 200, 1 }, Width { 253, 1 }, Width { 255, 2 }, Width { 30000, 2 },
           Width { 65533, 2 }, Width { 65535, 4 }, Width { 5e6, 4 } }) {
        std::vector<double> values(n);
        for (std::size_t i = 0; i < n; ++i)
            values[i] = i % 17 == 3 ? nan : double(random() % 1000) / 1000 * width.spread;
        values[0] = 0.25; // the lowest and the highest cell present
        values[1] = width.spread + 0.5;
        analysis::DataTable table;
        QVERIFY(table.addNumeric("x", values).ok());
        auto column = node::LatticeColumn::encode(*table.column("x"), 1.0);
        QVERIFY(column);
        QCOMPARE(column->size(), n);
        QCOMPARE(column->bytes(), n * width.bytesPerRow);
        const analysis::LatticeScale scale(1.0);
        for (std::size_t i = 0; i < n; ++i) {
            const std::int64_t expected
                = std::isnan(values[i]) ? node::LatticeColumn::kMissing : scale.cell(values[i]);
            QCOMPARE(column->part(i), expected);
            column->withParts([&](auto part) { QCOMPARE(part(i), expected); });
        }

        // The memo's key, atoms of every width.
        node::LatticeColumns columns;
        columns.add("x", column);
        std::vector<std::int64_t> rows;
        for (std::size_t i = 0; i < n; ++i) {
            if (i % 5 != 1)
                rows.push_back(std::int64_t(i));
        }
        for (std::uint32_t highest : { 3u, 300u, 70000u }) {
            std::vector<std::uint32_t> atomOf(n);
            for (std::size_t i = 0; i < n; ++i)
                atomOf[i] = i % 2 ? highest - std::uint32_t(i % 3) : 0;
            auto builds = [&] {
                return columns.partitionBuilds();
            };
            auto parts = [&](const std::vector<std::int64_t> &r,
                             const std::vector<std::uint32_t> &a) {
                return columns.partitions("x", r, a, node::EvaluatedAtoms(r, a, highest + 1), 10);
            };
            const auto first = parts(rows, atomOf);
            int before = builds();
            QCOMPARE(parts(rows, atomOf), first); // kept: the very object
            QCOMPARE(builds(), before);
            // One atom one higher (still the same width): built anew.
            std::vector<std::uint32_t> other = atomOf;
            other[n - 2] = highest - 1 == other[n - 2] ? highest : highest - 1;
            const auto changed = parts(rows, other);
            QVERIFY(changed != first);
            QCOMPARE(builds(), before + 1);
            // One row replaced by another: as many rows, built anew.
            std::vector<std::int64_t> shifted = rows;
            shifted[rows.size() / 2] += 1; // rows ...5k, 5k+2...: 5k+1 was left out
            QVERIFY(shifted[rows.size() / 2] < shifted[rows.size() / 2 + 1]);
            before = builds();
            (void)parts(shifted, atomOf);
            QCOMPARE(builds(), before + 1);
            // Back to the first key: built anew.
            before = builds();
            (void)parts(rows, atomOf);
            QCOMPARE(builds(), before + 1);
            // Rows not sorted: built each time, never kept.
            std::vector<std::int64_t> unsorted = rows;
            std::swap(unsorted[4], unsorted[5]);
            before = builds();
            (void)parts(unsorted, atomOf);
            (void)parts(unsorted, atomOf);
            QCOMPARE(builds(), before + 2);
            before = builds();
            (void)parts(rows, atomOf);
            (void)parts(rows, atomOf);
            QCOMPARE(builds(), before + 1);
        }
    }
    // A span of 2^32 cells is beyond the codes: the numbers are read instead.
    analysis::DataTable far;
    QVERIFY(far.addNumeric("x", { 0.5, 5e9 }).ok());
    QVERIFY(!node::LatticeColumn::encode(*far.column("x"), 1.0));
}

void tst_Differencing::fitLedgerHoldsInteractionCells()
{
    // The next attack on the fit ledger (redfit): an interaction of two categories a × b gives
    // Σ x over each joint cell. Two fits whose cohorts differ by a group G of 20 records whose
    // margins are all >= 5 (a: 10 and 10, b: 9 and 11) but whose cell (x, u) holds one record:
    // the difference of the interaction column's sums is that record's row. Held by cells, not
    // margins, in a fit ledger (holdJointCellsOneByOne, the floor of fitPieceLimits: 5).
    analysis::DataTable table;
    std::vector<std::int32_t> a(200), b(200);
    for (int r = 0; r < 200; ++r) {
        a[std::size_t(r)] = r < 20 ? (r < 10 ? 0 : 1) : r % 2;
        b[std::size_t(r)] = r < 20 ? ((r == 0 || (r >= 10 && r <= 17)) ? 0 : 1) : (r / 2) % 2;
    }
    QVERIFY(table.addCategorical("a", a, { "x", "y" }).ok());
    QVERIFY(table.addCategorical("b", b, { "u", "v" }).ok());
    const std::string pair
        = node::jointFamily(node::variableFamily("a"), node::variableFamily("b"));
    node::CellRelease cells { pair, {}, false, false };
    for (std::int32_t ca = 0; ca < 2; ++ca) {
        for (std::int32_t cb = 0; cb < 2; ++cb)
            cells.released.push_back(node::jointCode(table, "v:a", ca, "v:b", cb));
    }
    std::vector<std::int64_t> all(200), rest(180);
    std::iota(all.begin(), all.end(), 0);
    std::iota(rest.begin(), rest.end(), 20);
    node::DifferencingLimits fit;
    fit.minCell = 5;
    fit.holdExposedCells = true;
    fit.holdJointCellsOneByOne = true;
    for (const bool allFirst : { true, false }) {
        node::DifferencingState state = node::DifferencingState::initial(1, 200);
        QVERIFY(node::refineByRelease(state, table, allFirst ? all : rest, { cells }, fit, true)
                    .passed);
        const analysis::RuleOutcome second
            = node::refineByRelease(state, table, allFirst ? rest : all, { cells }, fit, true);
        QVERIFY2(!second.passed, allFirst ? "all, then without G" : "without G, then all");
        QCOMPARE(second.ruleId, std::string("differencing"));
    }
    // The same cohorts with every cell of G holding 5 records: released in both orders.
    analysis::DataTable even;
    std::vector<std::int32_t> b5 = b;
    for (int r = 0; r < 20; ++r)
        b5[std::size_t(r)] = (r / 5) % 2;
    QVERIFY(even.addCategorical("a", a, { "x", "y" }).ok());
    QVERIFY(even.addCategorical("b", b5, { "u", "v" }).ok());
    for (const bool allFirst : { true, false }) {
        node::DifferencingState state = node::DifferencingState::initial(1, 200);
        QVERIFY(
            node::refineByRelease(state, even, allFirst ? all : rest, { cells }, fit, true).passed);
        QVERIFY(
            node::refineByRelease(state, even, allFirst ? rest : all, { cells }, fit, true).passed);
    }
}

void tst_Differencing::riskBinsKeptOffTheLattice()
{
    // docs/privacy-rules.md "Histograms against released risk bins", on a table of its own: x =
    // 0..399 (lattice step 5, cells of 5 records; the canonical histogram merges them into bins
    // of 10 from 10 to 390) and a risk grid that follows x (record i in grid bin i).
    analysis::DataTable table;
    std::vector<double> x(400);
    std::iota(x.begin(), x.end(), 0.0);
    QVERIFY(table.addNumeric("x", x).ok());
    node::LoadedDataset data;
    data.table = table;
    const node::DifferencingState state = node::DifferencingState::initial(1, 400);
    node::RiskBins rb;
    for (std::int64_t i = 0; i < 400; ++i) {
        rb.rows.push_back(i);
        rb.bin.push_back(std::int32_t(i));
    }
    // 15: a lattice point inside the merged bin [10, 20) (5 records from its edge); 203: 3
    // records into the cell [200, 205); 100 and 300: edges of both. Only those two stay.
    rb.edges = { 0, 15, 100, 203, 300, 400 };
    node::dropEdgesNearLattice(rb, state, data, { "x" }, 10);
    QCOMPARE(rb.edges, (std::vector<int> { 0, 100, 300, 400 }));
    // Without a numeric variable nothing is dropped (the bin ledger's merge does the rest).
    rb.edges = { 0, 15, 100, 203, 300, 400 };
    node::dropEdgesNearLattice(rb, state, data, {}, 10);
    QCOMPARE(rb.edges.size(), std::size_t(6));

    // The other order: bins released first, cut at 100 and 203; a histogram of x with edges
    // 10, 20, ..., 390 cuts [200, 210) 3 records from the second bin's end: refused. Bins cut
    // at 100 and 300 are unions of its parts (each tail on its own): released.
    std::vector<double> edges;
    for (int e = 10; e <= 390; e += 10)
        edges.push_back(e);
    std::vector<std::int64_t> cohort(400);
    std::iota(cohort.begin(), cohort.end(), 0);
    const std::vector<node::HistogramCodes> histograms { node::histogramCodes(table, "x", edges,
                                                                              cohort) };
    auto released = [](int cut1, int cut2) {
        node::ReleasedBins bins;
        bins.bins = 3;
        for (int i = 0; i < 400; ++i)
            bins.binOf.push_back(std::uint16_t(i < cut1 ? 1 : i < cut2 ? 2 : 3));
        return std::vector<node::ReleasedBins> { bins };
    };
    const auto refused
        = node::histogramRunRefusal(released(100, 203), state, cohort, histograms, 10);
    QVERIFY(refused);
    QCOMPARE(*refused, std::string("histogram of x and released risk bins"));
    QVERIFY(!node::histogramRunRefusal(released(100, 300), state, cohort, histograms, 10));
}

void tst_Differencing::riskBinsKeptOffDescribedHistograms()
{
    // Red team 3 (tst_attacks correlateHistogramsThenRiskBins) on the ledger: a design whose
    // numeric predictors are smoke and age, and risk bins that follow bw, a variable outside it
    // (record i in grid bin i; bw = 2000 + 2.5 i + U(0, 1): lattice step 50 g, 20 records a
    // cell, the cell [2500, 2550) from record 200, [2750, 2800) from record 300).
    node::DifferencingLimits limits;
    const analysis::ResolvedDesign design = fitDesign();
    std::vector<std::int64_t> all(kRows);
    std::iota(all.begin(), all.end(), std::int64_t(0));
    auto evaluate = [&](node::DifferencingLedger &ledger, const node::LoadedDataset &data,
                        const std::vector<int> &candidates) -> std::vector<int> {
        node::RiskBins rb;
        rb.rows = all;
        for (int i = 0; i < kRows; ++i)
            rb.bin.push_back(i);
        rb.edges = candidates;
        std::vector<node::RiskBins> bins { rb };
        const auto verdict = ledger.checkAndRecordEvaluation(data, all, design, {}, bins);
        if (!verdict || !verdict->passed)
            return {};
        return bins.front().edges;
    };
    const std::vector<int> near { 0, 200, 215, 500, kRows }; // 215: 5 records short of a cell
    {
        // No histogram of bw released: the bins follow nothing the ledger knows, 215 is kept.
        node::LoadedDataset baseline = m_data;
        baseline.info.name = QStringLiteral("baseline");
        node::DifferencingLedger ledger(m_store, limits);
        QCOMPARE(evaluate(ledger, baseline, near), near);
    }
    {
        // A histogram of bw (any cohort: here all records) first; then the same bins keep away
        // from bw's lattice cells.
        node::DifferencingLedger ledger(m_store, limits);
        std::vector<double> edges;
        for (double e = 2050; e <= 4450; e += 50)
            edges.push_back(e);
        const std::vector<node::HistogramCodes> histograms { node::histogramCodes(
            m_data.table, "bw", edges, all) };
        const auto described = ledger.checkAndRecordDescription(m_data, all, {}, histograms);
        QVERIFY(described && described->passed);
        QCOMPARE(evaluate(ledger, m_data, near), (std::vector<int> { 0, 200, 500, kRows }));
    }
    // The warm path of a design: its columns only (smoke, age, the outcome), so bw is not among
    // them. A restarted ledger remembers bw from the store; without a way to read the whole
    // table it releases one bin, with it the bins kept off bw's lattice.
    node::LoadedDataset columns;
    columns.info = m_data.info;
    for (const char *name : { "smoke", "age", "delay" })
        QVERIFY(columns.table.addNumeric(name, m_data.table.column(name)->numeric).ok());
    const std::vector<int> further { 0, 200, 315, 500, kRows }; // 315: 5 records short
    {
        node::DifferencingLedger ledger(m_store, limits);
        QCOMPARE(evaluate(ledger, columns, further), (std::vector<int> { 0, kRows }));
    }
    {
        node::DifferencingLedger ledger(m_store, limits);
        int loads = 0;
        ledger.setDatasetLoader([&](const QString &name) {
            ++loads;
            return name == m_data.info.name ? std::make_shared<const node::LoadedDataset>(m_data)
                                            : nullptr;
        });
        QCOMPARE(evaluate(ledger, columns, further), (std::vector<int> { 0, 200, 500, kRows }));
        QCOMPARE(loads, 1);
        // With the whole table handed in, nothing is loaded.
        QCOMPARE(evaluate(ledger, m_data, further), (std::vector<int> { 0, 200, 500, kRows }));
        QCOMPARE(loads, 1);
    }
}

void tst_Differencing::cellsSplitOnlyIntoLargePieces()
{
    node::DifferencingState state = node::DifferencingState::initial(1, kRows);
    node::DifferencingLimits limits;
    const auto all = rowsWhere(kRows, [](std::size_t) { return true; });
    // race released with "white" only (the rest withheld): the rest is black + other.
    QVERIFY(node::refineByRelease(state, m_data.table, all, { cells(m_data, "race", { "white" }) },
                                  limits, true)
                .passed);
    const auto *race = m_data.table.column("race");
    const std::int32_t other = node::levelCode(m_data.table, "race", "other");
    const std::int32_t white = node::levelCode(m_data.table, "race", "white");
    // A cohort of white + other: its "rest" piece is the 5 others.
    const auto whiteOrOther = rowsWhere(
        kRows, [&](std::size_t i) { return race->codes[i] == white || race->codes[i] == other; });
    analysis::RuleOutcome outcome
        = node::refineByRelease(state, m_data.table, whiteOrOther, {}, limits, true);
    QVERIFY(!outcome.passed);
    QCOMPARE(outcome.ruleId, std::string("differencing"));
    QCOMPARE(outcome.detail, std::string("cells of race"));
    // Splitting by sex keeps every piece large: released.
    const auto *sex = m_data.table.column("sex");
    QVERIFY(
        node::refineByRelease(state, m_data.table,
                              rowsWhere(kRows, [&](std::size_t i) { return sex->codes[i] == 0; }),
                              {}, limits, true)
            .passed);
    // A job's cells of a level on a cohort of several atoms: each atom's piece must be large.
    const auto *smoke = m_data.table.column("smoke");
    int smokers = 0;
    for (std::size_t i = 0; i < 40; ++i)
        smokers += smoke->numeric[i] == 1.0;
    QVERIFY(smokers > 0);
}

void tst_Differencing::cellsOnSeveralAtoms()
{
    node::DifferencingState state = node::DifferencingState::initial(1, kRows);
    node::DifferencingLimits limits;
    // Atoms: rows 0-19 and the rest. The others (rows 0-4) all sit in the small atom.
    QVERIFY(node::refineByRelease(state, m_data.table,
                                  rowsWhere(kRows, [](std::size_t i) { return i >= 20; }), {},
                                  limits, true)
                .passed);
    const auto all = rowsWhere(kRows, [](std::size_t) { return true; });
    // Race released without its small level "other" on both atoms: the withheld rest of rows
    // 0-19 (the 5 others) would follow from the atom's size, so the release is refused.
    const auto outcome = node::refineByRelease(
        state, m_data.table, all, { cells(m_data, "race", { "white", "black" }) }, limits, true);
    QVERIFY(!outcome.passed);
    QCOMPARE(outcome.detail, std::string("cells of race"));
    // sex on both atoms: rows 0-19 hold 10 girls and 10 boys, every piece is 10 or more.
    QVERIFY(node::refineByRelease(state, m_data.table, all,
                                  { cells(m_data, "sex", { "female", "male" }) }, limits, true)
                .passed);
}

void tst_Differencing::persistsAndRestartsOnReimport()
{
    node::DifferencingLimits limits;
    const auto most = rowsWhere(kRows, [](std::size_t i) { return i < 990; });
    const auto nearly = rowsWhere(kRows, [](std::size_t i) { return i < 991; });
    {
        node::DifferencingLedger ledger(m_store, limits);
        auto first = ledger.checkAndRecord(m_data, most, {});
        QVERIFY(first && first->passed);
        QCOMPARE(ledger.atoms(m_data.info.name), std::size_t(2));
    }
    {
        // A new ledger (a restarted node) reads the store.
        node::DifferencingLedger ledger(m_store, limits);
        auto second = ledger.checkAndRecord(m_data, nearly, {});
        QVERIFY(second);
        QVERIFY(!second->passed);
        QCOMPARE(second->ruleId, std::string("differencing"));
    }
    // A re-import is a new generation with a new ledger.
    auto stored = m_store->storeDataset(m_data.info, m_data.table, m_data.recordIds);
    QVERIFY(stored);
    QVERIFY(stored->generation != m_data.info.generation);
    node::LoadedDataset again = m_data;
    again.info.generation = stored->generation;
    node::DifferencingLedger ledger(m_store, limits);
    auto fresh = ledger.checkAndRecord(again, most, {});
    QVERIFY(fresh && fresh->passed);
    auto old = m_store->differencingState(m_data.info.name, m_data.info.generation);
    QVERIFY(old);
    QVERIFY2(!old->has_value(), "the old import's ledger is gone");
}

void tst_Differencing::budgetRefusal()
{
    node::DifferencingState state = node::DifferencingState::initial(1, kRows);
    node::DifferencingLimits limits;
    limits.maxAtoms = 3;
    auto release = [&](std::size_t from) {
        return node::refineByRelease(state, m_data.table,
                                     rowsWhere(kRows, [from](std::size_t i) { return i >= from; }),
                                     {}, limits, true);
    };
    QVERIFY(release(100).passed);
    QVERIFY(release(200).passed);
    const analysis::RuleOutcome outcome = release(300);
    QVERIFY(!outcome.passed);
    QCOMPARE(outcome.ruleId, std::string("differencing-budget"));
    QVERIFY(release(100).passed); // what is already there may be released again
}

// The atom share per user (branch robust3, DifferencingLimits::atomsPerUser) with jobs and dry
// runs, through the handlers: a share of 4; one user's two jobs sent at once, each of which
// passes alone (the boys: 1 new atom in the dataset's ledger and 1 in the fit ledger of the
// binary predictor smoke; records below the median weight: the same) and which together add 6
// (the second splits both parts of the first, in both ledgers): exactly one is opened and the
// other refused `differencing-user-budget`, and the user's charge stays within the share
// whatever their order. Then that user's dry run of a third split is refused the same (nothing
// recorded: another user's same dry run passes and is charged to that user), and the user's dry
// runs of the job opened and of the other user's cohort pass (no new atom).
void tst_Differencing::userShareHoldsUnderConcurrency()
{
    auto policy = node::Policy::parse(
        QStringLiteral("filter_bounds_on_edges = no\ndifferencing_atoms_per_user = 4\n"));
    QVERIFY2(policy, qPrintable(policy ? QString() : policy.error().message));
    m_handlers
        = std::make_unique<ApiHandlers>(m_store, *policy, nodeKeys().keys, nodeKeys().secrets);
    const QString zed = tokenFor(QStringLiteral("zed"));
    const analysis::Filter boys = valuesIn("sex", { "male" });
    const analysis::Filter light = between("bw", {}, bwOf(m_data, kRows / 2));
    const QByteArray boysJob = jobBody(fitDesign({ boys }, false), QStringLiteral("research"));
    const QByteArray lightJob = jobBody(fitDesign({ light }, false), QStringLiteral("research"));
    const QByteArray *opened = nullptr; // the job of the last round that was opened
    for (int round = 0; round < 3; ++round) {
        if (round > 0) { // a fresh node, ledger and charges
            cleanup();
            init();
            m_handlers = std::make_unique<ApiHandlers>(m_store, *policy, nodeKeys().keys,
                                                       nodeKeys().secrets);
        }
        const QString token = round == 0 ? zed : tokenFor(QStringLiteral("zed"));
        ApiResponse first, second;
        std::atomic<int> ready { 0 };
        auto send = [&](ApiResponse *out, const QByteArray *body) {
            ++ready;
            while (ready.load() < 2) { }
            *out = call("/v1/jobs", token, *body);
        };
        const QByteArray *firstBody = round == 1 ? &lightJob : &boysJob;
        const QByteArray *secondBody = round == 1 ? &boysJob : &lightJob;
        std::thread a(send, &first, firstBody);
        std::thread b(send, &second, secondBody);
        a.join();
        b.join();
        const int openedJobs = int(first.status == 201) + int(second.status == 201);
        opened = first.status == 201 ? firstBody : secondBody;
        const ApiResponse &refused = first.status == 201 ? second : first;
        QVERIFY2(openedJobs == 1,
                 qPrintable(QStringLiteral("round %1: %2 %3 / %4 %5")
                                .arg(round)
                                .arg(first.status)
                                .arg(errorCode(first))
                                .arg(second.status)
                                .arg(errorCode(second))));
        QCOMPARE(refused.status, 422);
        QCOMPARE(errorCode(refused), QStringLiteral("differencing-user-budget"));
        const auto charge = m_store->ledgerCharge(QStringLiteral("planted"), m_data.info.generation,
                                                  QStringLiteral("zed"));
        QVERIFY2(charge, qPrintable(charge ? QString() : charge.error().message));
        QVERIFY2(*charge >= 1 && *charge <= 4, qPrintable(QString::number(*charge)));
    }
    // A dry run of a third split (the middle weights: 4 new atoms after either job): refused for
    // zed, recorded nothing; another user's passes.
    const analysis::Filter heavy
        = between("bw", bwOf(m_data, kRows / 4), bwOf(m_data, 3 * kRows / 4)); // splits both
    const QByteArray heavyJob = jobBody(fitDesign({ heavy }, false), QStringLiteral("research"));
    const QString token = tokenFor(QStringLiteral("zed"));
    const ApiResponse dry = call("/v1/checks", token, heavyJob);
    QCOMPARE(dry.status, 422);
    QCOMPARE(errorCode(dry), QStringLiteral("differencing-user-budget"));
    const ApiResponse other = call("/v1/checks", tokenFor(QStringLiteral("yan")), heavyJob);
    QVERIFY2(other.status == 200, other.body.left(300).constData());
    const auto yan = m_store->ledgerCharge(QStringLiteral("planted"), m_data.info.generation,
                                           QStringLiteral("yan"));
    QVERIFY(yan && *yan >= 1);
    QCOMPARE(call("/v1/checks", token, *opened).status, 200);
    QCOMPARE(call("/v1/checks", token, heavyJob).status, 200); // recorded by yan: nothing new
}

void tst_Differencing::encodingRoundTripAndCorruption()
{
    node::DifferencingState state = node::DifferencingState::initial(7, kRows);
    node::DifferencingLimits limits;
    QVERIFY(node::refineByRelease(state, m_data.table,
                                  rowsWhere(kRows, [](std::size_t i) { return i % 3 != 0; }),
                                  { cells(m_data, "sex", { "female", "male" }) }, limits, true)
                .passed);
    const QByteArray bytes = state.encode();
    QVERIFY(bytes.size() < kRows); // compact: far below 4 bytes per record
    const auto decoded = node::DifferencingState::decode(bytes);
    QVERIFY(decoded);
    QCOMPARE(decoded->generation, qint64(7));
    QVERIFY(decoded->atomOf == state.atomOf);
    QVERIFY(decoded->sizes == state.sizes);
    QVERIFY(decoded->exposed == state.exposed);
    QVERIFY(decoded->families == state.families);
    QVERIFY(!node::DifferencingState::decode(bytes.left(bytes.size() - 3)));
    {
        // The bin ledger's list with the variables whose histograms were released (red team 3,
        // tst_attacks correlateHistogramsThenRiskBins), and a list stored before it remembered
        // them (no trailing section): read with none.
        node::ReleasedBinsList list;
        list.generation = 7;
        node::ReleasedBins one;
        one.bins = 2;
        one.binOf = { 0, 1, 2, 1 };
        one.countSizes();
        list.evaluations = { one };
        list.histogramVariables = { "birth_weight_lb", "x" };
        const QByteArray listBytes = list.encode();
        const auto back = node::ReleasedBinsList::decode(listBytes);
        QVERIFY(back);
        QVERIFY(back->evaluations == list.evaluations);
        QVERIFY(back->histogramVariables == list.histogramVariables);
        node::ReleasedBinsList without = list;
        without.histogramVariables.clear();
        const QByteArray withoutBytes = without.encode();
        const QByteArray withoutBody = qUncompress(withoutBytes.mid(5));
        QCOMPARE(withoutBody.back(), char(0)); // no variables: one varint 0
        const auto older = node::ReleasedBinsList::decode(withoutBytes.left(5)
                                                          + qCompress(withoutBody.chopped(1), 1));
        QVERIFY(older);
        QVERIFY(older->evaluations == list.evaluations);
        QVERIFY(older->histogramVariables.empty());
        // A name cut short is a damaged list, never a shorter name.
        const QByteArray listBody = qUncompress(listBytes.mid(5));
        QVERIFY(
            !node::ReleasedBinsList::decode(listBytes.left(5) + qCompress(listBody.chopped(1), 1)));
    }
    QVERIFY(!node::DifferencingState::decode(QByteArray("FSDL\x01garbage")));
    QVERIFY(!node::DifferencingState::decode(QByteArray()));
    // The generation (7, one byte) written in ten bytes still reads as 7; a tenth byte above bit
    // 63, or an eleventh byte, is a malformed blob, refused without shifting past bit 63.
    const QByteArray head = bytes.left(5);
    const QByteArray body = qUncompress(bytes.mid(5));
    QCOMPARE(body.at(0), char(7));
    const auto withGeneration = [&](const QByteArray &varint) {
        return node::DifferencingState::decode(head + qCompress(varint + body.mid(1)));
    };
    QByteArray nine(1, char(0x87));
    nine += QByteArray(8, char(0x80));
    const auto tenBytes = withGeneration(nine + char(0x00));
    QVERIFY(tenBytes);
    QCOMPARE(tenBytes->generation, qint64(7));
    QVERIFY(!withGeneration(nine + char(0x02)));
    QVERIFY(!withGeneration(nine + char(0x81) + char(0x00)));
    QVERIFY(!withGeneration(QByteArray(64, char(0xff))));
}

// policy.conf files of older nodes keep loading: the pairwise key is ignored, with a warning.
void tst_Differencing::retiredOverlapKeyLoadsWithWarning()
{
    auto policy
        = node::Policy::parse(QStringLiteral("min_cell = 12\nmin_overlap_difference = 5\n"));
    QVERIFY2(policy, qPrintable(policy ? QString() : policy.error().message));
    QCOMPARE(policy->disclosure().minCell, 12);
    const QStringList warnings = policy->warnings();
    QCOMPARE(warnings.size(), 1);
    QVERIFY(warnings.first().contains(QStringLiteral("min_overlap_difference")));
    QVERIFY(node::Policy().warnings().isEmpty());
}

// keptCandidateEdges (a run's gaps kept up to date as candidate bins enter and leave it) keeps
// exactly the edges of the rule written out run by run, on random ledgers: atoms of every size,
// earlier evaluations whose bins follow the candidate bins but for a few records (so that runs
// come 1..9 records from their unions), records they did not evaluate, cohorts that leave
// records out.
void tst_Differencing::keptEdgesEqualTheRuleRunByRun()
{
    std::mt19937 random(20261205);
    int someDropped = 0, someKept = 0;
    for (int instance = 0; instance < 400; ++instance) {
        const std::size_t tableRows = 150 + random() % 500;
        const std::size_t atoms = 1 + random() % 12;
        // Skewed: some atoms hold a handful of records.
        node::DifferencingState main = testsupport::randomAtoms(random, tableRows, atoms);
        std::vector<std::int64_t> rows;
        const unsigned leaveOut = random() % 4; // 0: every record evaluated
        for (std::size_t r = 0; r < tableRows; ++r)
            if (leaveOut == 0 || random() % 10 >= leaveOut)
                rows.push_back(std::int64_t(r));
        const std::size_t m = 2 + random() % 40;
        std::vector<std::uint32_t> cand(rows.size());
        for (std::size_t i = 0; i < rows.size(); ++i) // roughly increasing, as risks of a β
            cand[i] = std::uint32_t(std::min<std::size_t>(
                m - 1, (i * m) / rows.size() + (random() % 5 == 0 ? random() % 3 : 0)));
        std::vector<node::ReleasedBins> released(random() % 4);
        for (node::ReleasedBins &e : released) {
            const std::size_t B = 2 + random() % 30;
            e.bins = std::uint16_t(B);
            e.binOf.assign(tableRows, 0);
            const unsigned noise = 1 + random() % 20;
            for (std::size_t i = 0; i < rows.size(); ++i) {
                if (random() % 20 == 0)
                    continue; // not evaluated by this one
                std::size_t b = (std::size_t(cand[i]) * B) / m;
                if (random() % noise == 0)
                    b = random() % B;
                e.binOf[std::size_t(rows[i])] = std::uint16_t(b + 1);
            }
            if (random() % 2)
                e.countSizes(); // and without: sizes counted from the codes
        }
        const int minCell = random() % 3 == 0 ? 5 : 10;
        std::vector<const node::ReleasedBins *> earlier;
        for (const auto &e : released)
            earlier.push_back(&e);
        const auto kept
            = node::keptCandidateEdges(rows, cand, m, main, earlier, tableRows, minCell);
        const auto expected = keptEdgesRunByRun(rows, cand, m, main, released, tableRows, minCell);
        QVERIFY2(kept == expected,
                 qPrintable(QStringLiteral("instance %1: %2 edges, expected %3")
                                .arg(instance)
                                .arg(kept.size())
                                .arg(expected.size())));
        someDropped += expected.size() < m + 1 ? 1 : 0;
        someKept += expected.size() > 2 ? 1 : 0;
    }
    // The instances exercise both decisions.
    QVERIFY(someDropped > 50);
    QVERIFY(someKept > 50);
    // The bin ledger remembers at most 512 evaluations and 64 MiB of codes (2 bytes per record).
    QCOMPARE(node::releasedBinsCapacity(1000), std::size_t(512));
    QCOMPARE(node::releasedBinsCapacity(65536), std::size_t(512));
    QCOMPARE(node::releasedBinsCapacity(250000), std::size_t(134));
    QCOMPARE(node::releasedBinsCapacity(1000000), std::size_t(33));
    QCOMPARE(node::releasedBinsCapacity(std::size_t(1) << 40), std::size_t(1));
}

// Dominance over the whole dataset is judged over the records consented for every purpose: one
// extreme income dominates while its record consents, and shapes no answer once its consent is
// withdrawn (docs/privacy-rules.md "Dominance over the whole dataset").
void tst_Differencing::datasetDominanceOverConsentedRecords()
{
    for (const bool consents : { true, false }) {
        node::LoadedDataset data;
        data.info.name = QStringLiteral("incomes");
        data.info.generation = consents ? 1 : 2;
        node::VariableInfo income;
        income.name = QStringLiteral("income");
        income.kind = node::VariableKind::Numeric;
        node::VariableInfo consent;
        consent.name = QStringLiteral("consent_research");
        consent.kind = node::VariableKind::Binary;
        consent.role = node::VariableRole::Consent;
        consent.consentPurpose = QStringLiteral("research");
        data.info.variables = { income, consent };
        std::vector<double> incomes, flags;
        for (int i = 0; i < 40; ++i) {
            incomes.push_back(i == 7 ? 1e7 : 1 + i % 5);
            flags.push_back(i == 7 && !consents ? 0 : 1);
        }
        QVERIFY(data.table.addNumeric("income", incomes).ok());
        QVERIFY(data.table.addNumeric("consent_research", flags).ok());
        const auto verdict = node::datasetDominance(data, "income", node::Policy().disclosure());
        QCOMPARE(verdict.has_value(), consents);
        if (verdict)
            QCOMPARE(verdict->ruleId, std::string("dataset-dominance"));
    }
}

QTEST_GUILESS_MAIN(tst_Differencing)

void tst_Differencing::edgeMemoDecidesAsWithout()
{
    // The ledger's edge memo (issue 16, ten studies of one design at one node): the same
    // sequence of releases on two nodes, one ledger with the memo (the node's default) and one
    // without. Every evaluation gets the same verdict and keeps the same edges, and the two
    // ledgers (dataset, breakpoint and bin ledgers) end byte for byte the same; the memo served
    // exactly the repeats that found the ledgers unchanged since.
    QTemporaryDir otherDir;
    QVERIFY(otherDir.isValid());
    auto otherStore = node::SiteStore::create(otherDir.path(), QStringLiteral("test passphrase"),
                                              QStringLiteral("Test node"));
    QVERIFY(otherStore);
    const std::shared_ptr<node::SiteStore> other = std::move(otherStore).value();
    node::LoadedDataset otherData = makeData();
    auto stored = other->storeDataset(otherData.info, otherData.table, otherData.recordIds);
    QVERIFY(stored);
    otherData.info.generation = stored->generation;
    node::DifferencingLimits withMemo, withoutMemo;
    withoutMemo.shareEdgeChoices = false;
    node::DifferencingLedger memo(m_store, withMemo), plain(other, withoutMemo);

    const analysis::ResolvedDesign design = fitDesign();
    const auto *age = m_data.table.column("age");
    QVERIFY(age);
    // Grid bins (0..99) of a risk that follows bw (the row order, a lattice variable of no
    // design here) or age (a numeric predictor of the design: its lattice cells apply).
    auto riskBins = [&](const std::vector<std::int64_t> &rows, bool byAge, std::vector<int> edges) {
        node::RiskBins rb;
        rb.rows = rows;
        for (std::int64_t r : rows) {
            const std::size_t i = std::size_t(r);
            rb.bin.push_back(byAge ? std::int32_t((age->numeric[i] - 20) * 5)
                                   : std::int32_t(i * 100 / kRows));
        }
        rb.edges = std::move(edges);
        return rb;
    };
    const auto all = rowsWhere(kRows, [](std::size_t) { return true; });
    const auto most = rowsWhere(kRows, [](std::size_t i) { return i >= 300; });
    const auto nearlyAll = rowsWhere(kRows, [](std::size_t i) { return i >= 4; });
    std::vector<int> tens;
    for (int e = 0; e <= 100; e += 10)
        tens.push_back(e);
    const std::vector<int> odd { 0, 7, 23, 41, 50, 63, 88, 100 };
    struct Step {
        const std::vector<std::int64_t> *rows;
        bool byAge;
        std::vector<int> edges;
        bool plainCohort = false; // a cohort release (checkAndRecord), no evaluation
    };
    const std::vector<Step> steps {
        { &all, false, tens },
        { &all, false, tens }, // the bins are now in the bin ledger: computed, memoised
        { &all, false, tens }, // served
        { &all, false, tens }, // served
        { &all, true, tens }, // another β: computed (its bins recorded)
        { &all, false, tens }, // the bin ledger changed: computed, memoised
        { &all, false, tens }, // served
        { &all, false, odd }, // other candidate edges: computed
        { &most, false, tens, true }, // a new cohort in the dataset's ledger
        { &all, false, tens }, // the ledger changed: computed, memoised
        { &all, false, tens }, // served
        { &most, true, odd }, // a cohort of its own: computed (its bins recorded)
        { &nearlyAll, false, tens }, // 4 records from a released bin's run: refused
        { &all, false, tens }, // the bin ledger changed at step 11: computed, memoised
        { &all, false, tens }, // the refusal in between recorded nothing: served
    };
    for (std::size_t k = 0; k < steps.size(); ++k) {
        const Step &step = steps[k];
        if (step.plainCohort) {
            auto a = memo.checkAndRecord(m_data, *step.rows, {});
            auto b = plain.checkAndRecord(otherData, *step.rows, {});
            QVERIFY(a && b);
            QCOMPARE(a->passed, b->passed);
            QVERIFY2(a->passed, "the step's cohort is released");
            continue;
        }
        std::vector<node::RiskBins> binsA { riskBins(*step.rows, step.byAge, step.edges) };
        std::vector<node::RiskBins> binsB = binsA;
        auto a = memo.checkAndRecordEvaluation(m_data, *step.rows, design, {}, binsA);
        auto b = plain.checkAndRecordEvaluation(otherData, *step.rows, design, {}, binsB);
        QVERIFY(a && b);
        QVERIFY2(a->passed == b->passed && a->ruleId == b->ruleId && a->detail == b->detail,
                 qPrintable(QStringLiteral("step %1").arg(k)));
        QVERIFY2(binsA.front().edges == binsB.front().edges,
                 qPrintable(QStringLiteral("step %1").arg(k)));
        if (k == 12)
            QVERIFY2(!a->passed, "a cohort 4 records from a released run is refused");
        if (k == 0)
            QVERIFY2(binsA.front().edges.size() > 2, "the first evaluation keeps inner edges");
    }
    QCOMPARE(memo.edgeMemoHits(), 5);
    QCOMPARE(plain.edgeMemoHits(), 0);
    for (const QString &suffix : { QString(),
                                   QStringLiteral("\x1f"
                                                  "breakpoints"),
                                   QStringLiteral("\x1f"
                                                  "released-bins") }) {
        const QString key = m_data.info.name + suffix;
        auto x = m_store->differencingState(key, m_data.info.generation);
        auto y = other->differencingState(key, otherData.info.generation);
        QVERIFY(x && y);
        QCOMPARE(x->has_value(), y->has_value());
        if (x->has_value()) {
            // The encodings name the generation, which the two stores numbered alike.
            QCOMPARE(m_data.info.generation, otherData.info.generation);
            QVERIFY2(**x == **y, qPrintable(QStringLiteral("ledger '%1'").arg(suffix)));
        }
    }
}

void tst_Differencing::designMemoDecidesAsWithout()
{
    // The ledger's design memo (issue 16: a repeated model's job, and the evaluation and
    // calibration jobs of every fit, check the design its model study recorded): the same
    // sequence of releases on two nodes, one ledger with the memo (the node's default) and one
    // without. Every design check gets the same verdict, field for field, the two ledgers end
    // byte for byte the same, and the memo served exactly the repeats that found every ledger
    // the check reads unchanged since an identical check that recorded nothing. Another cohort
    // (consent withdrawn from records: another consent mask), other cells, another design or a
    // new import of the dataset (how a withdrawal reaches the node) is never served from it.
    QTemporaryDir otherDir;
    QVERIFY(otherDir.isValid());
    auto otherStore = node::SiteStore::create(otherDir.path(), QStringLiteral("test passphrase"),
                                              QStringLiteral("Test node"));
    QVERIFY(otherStore);
    const std::shared_ptr<node::SiteStore> other = std::move(otherStore).value();
    node::LoadedDataset otherData = makeData();
    auto stored = other->storeDataset(otherData.info, otherData.table, otherData.recordIds);
    QVERIFY(stored);
    otherData.info.generation = stored->generation;
    QCOMPARE(otherData.info.generation, m_data.info.generation);
    node::DifferencingLimits withMemo, withoutMemo;
    withoutMemo.shareDesignChecks = false;
    node::DifferencingLedger memo(m_store, withMemo), plain(other, withoutMemo);

    // A design with a categorical predictor (the fit ledger) and a binomial outcome (the event
    // ledger), and one without.
    const analysis::ResolvedDesign withSex = fitDesign({}, true);
    const analysis::ResolvedDesign without = fitDesign();
    const std::vector<node::CellRelease> sexCells { cells(m_data, "sex", { "female", "male" }) };
    const auto all = rowsWhere(kRows, [](std::size_t) { return true; });
    const auto most = rowsWhere(kRows, [](std::size_t i) { return i >= 300; });
    // Consent withdrawn from 3 records: a cohort 3 records away from `all`.
    const auto withdrawn = rowsWhere(kRows, [](std::size_t i) { return i >= 3; });
    struct Step {
        const std::vector<std::int64_t> *rows;
        const analysis::ResolvedDesign *design;
        bool withCells = true;
        bool plainCohort = false; // a cohort release (checkAndRecord), no design
        bool reimport = false; // the dataset imported again before the step
        bool served = false; // expected from the memo
    };
    const std::vector<Step> steps {
        { &all, &withSex }, // records the cohort and its cells: computed
        { &all, &withSex }, // records nothing: computed, memoised
        { &all, &withSex, true, false, false, true }, // served
        { &all, &withSex, true, false, false, true }, // served
        { &all, &withSex, false }, // other cells: computed
        { &all, &without }, // another design: computed
        { &all, &withSex, true, false, false, true }, // served (the memo keeps the last few)
        { &withdrawn, &withSex }, // 3 records from a released cohort: refused, computed
        { &all, &withSex, true, false, false, true }, // a refusal recorded nothing: served
        { &most, &withSex, true, true }, // a new cohort in the dataset's ledger
        { &all, &withSex }, // the ledger changed: computed, memoised
        { &all, &withSex, true, false, false, true }, // served
        { &all, &withSex, true, false, true }, // a new import: computed (a new generation)
        // The import changed no record, so the ledger was carried to it (ledgercarry.h): the
        // check above found the cohort recorded, recorded nothing, and is served.
        { &all, &withSex, true, false, false, true },
        { &all, &withSex, true, false, false, true }, // served
        { &withdrawn, &withSex }, // refused on the new import too: computed
    };
    int served = 0;
    for (std::size_t k = 0; k < steps.size(); ++k) {
        const Step &step = steps[k];
        const QString where = QStringLiteral("step %1").arg(k);
        if (step.reimport) {
            auto a = m_store->storeDataset(m_data.info, m_data.table, m_data.recordIds);
            auto b = other->storeDataset(otherData.info, otherData.table, otherData.recordIds);
            QVERIFY(a && b);
            QVERIFY(a->generation != m_data.info.generation);
            m_data.info.generation = a->generation;
            otherData.info.generation = b->generation;
            QCOMPARE(otherData.info.generation, m_data.info.generation);
        }
        const int before = memo.designMemoHits();
        if (step.plainCohort) {
            auto a = memo.checkAndRecord(m_data, *step.rows, {});
            auto b = plain.checkAndRecord(otherData, *step.rows, {});
            QVERIFY(a && b);
            QVERIFY2(a->passed && b->passed, qPrintable(where));
            continue;
        }
        const std::vector<node::CellRelease> none;
        const std::vector<node::CellRelease> &released = step.withCells ? sexCells : none;
        auto a = memo.checkAndRecordDesign(m_data, *step.rows, *step.design, released);
        auto b = plain.checkAndRecordDesign(otherData, *step.rows, *step.design, released);
        QVERIFY(a && b);
        QVERIFY2(a->passed == b->passed && a->ruleId == b->ruleId && a->detail == b->detail
                     && a->message == b->message && a->threshold == b->threshold,
                 qPrintable(where));
        if (step.rows == &withdrawn)
            QVERIFY2(!a->passed, "a cohort 3 records from a released one is refused");
        else
            QVERIFY2(a->passed, qPrintable(where));
        QVERIFY2(memo.designMemoHits() == before + (step.served ? 1 : 0), qPrintable(where));
        served += step.served ? 1 : 0;
    }
    QCOMPARE(memo.designMemoHits(), served);
    QCOMPARE(plain.designMemoHits(), 0);
    // The dataset's ledger, the outcome's event ledger (delay is numeric 0/1) and sex's fit
    // ledger.
    for (const QString &suffix :
         { QString(),
           QStringLiteral("\x1f"
                          "events-nonzero:delay"),
           QString(QStringLiteral("\x1f"
                                  "fits:")
                   + QString::fromStdString(node::variableFamily("sex"))) }) {
        const QString key = m_data.info.name + suffix;
        auto x = m_store->differencingState(key, m_data.info.generation);
        auto y = other->differencingState(key, otherData.info.generation);
        QVERIFY(x && y);
        QCOMPARE(x->has_value(), y->has_value());
        if (x->has_value())
            QVERIFY2(**x == **y, qPrintable(QStringLiteral("ledger '%1'").arg(suffix)));
    }
}

void tst_Differencing::keptStateAtEveryWidth()
{
    // Issue 16: a ledger keeps each record's atom in the fewest bytes its largest atom id needs
    // (node::KeptState: none for one atom, then 1, 2 or 4), and the checks read back the very
    // state that was kept, at each width and at both sides of each boundary; a width forced
    // wider (DifferencingLimits::atomBytes) reads back the same.
    struct Case {
        std::size_t atoms;
        unsigned bytes;
    };
    for (const Case c : { Case { 1, 0 }, Case { 2, 1 }, Case { 256, 1 }, Case { 257, 2 },
                          Case { 65536, 2 }, Case { 65537, 4 } }) {
        const std::size_t rows = std::max<std::size_t>(c.atoms, 1000) + 7;
        node::DifferencingState state = node::DifferencingState::initial(42, rows);
        state.families = { "v:sex", "covered" };
        state.sizes.assign(c.atoms, 0);
        state.exposed.assign(c.atoms, {});
        for (std::size_t r = 0; r < rows; ++r) {
            // Every id on some row, the largest on the last but one.
            state.atomOf[r] = std::uint32_t((r + 2) % c.atoms);
            ++state.sizes[state.atomOf[r]];
        }
        state.exposed.front().push_back({ 0, { 0, 1 } });
        state.exposed.back().push_back({ 1, { 0 } });
        const QString what = QStringLiteral("%1 atoms").arg(c.atoms);
        for (unsigned minBytes : { 0u, 1u, 2u, 4u }) {
            const node::KeptState kept(state, minBytes);
            QVERIFY2(kept.atomBytes() == std::max(c.bytes, minBytes), qPrintable(what));
            QCOMPARE(kept.rows(), rows);
            QCOMPARE(kept.atoms(), c.atoms);
            QCOMPARE(kept.generation(), qint64(42));
            const node::DifferencingState back = kept.expanded();
            QVERIFY2(back.atomOf == state.atomOf, qPrintable(what));
            QVERIFY2(back.sizes == state.sizes && back.exposed == state.exposed
                         && back.families == state.families,
                     qPrintable(what));
            QVERIFY2(back.encode() == state.encode(), qPrintable(what));
        }
    }
}

void tst_Differencing::ledgerDecidesAlikeAtEveryWidthAndRestart()
{
    // Issue 16: the same releases on three nodes: one whose ledgers keep their atoms as narrow
    // as they allow (the node's default: the dataset's ledger widens from 1 to 2 bytes on the
    // way), one that keeps 4 bytes (the width before), and one restarted before every release
    // (each ledger read back from its store). Every verdict, every kept edge and every stored
    // ledger is the same on the three.
    // The restarts pin the breakpoint ledger's reading for an evaluation (found on the way): an
    // evaluation whose design breaks nothing keeps its bins off the records beyond an earlier
    // design's threshold. Before, the ledger was read for a design that broke a variable only, so
    // after a restart an evaluation checked its bins against nothing (here: edge 40 of the risk
    // grid, 5 records from the records beyond the threshold, was kept).
    constexpr int rows = 3000;
    struct Node {
        QTemporaryDir dir;
        std::shared_ptr<node::SiteStore> store;
        node::LoadedDataset data;
        node::DifferencingLimits limits;
        bool restart = false;
        std::unique_ptr<node::DifferencingLedger> ledger;
    };
    std::vector<std::unique_ptr<Node>> nodes;
    for (int k = 0; k < 3; ++k) {
        auto n = std::make_unique<Node>();
        QVERIFY(n->dir.isValid());
        auto store = node::SiteStore::create(n->dir.path(), QStringLiteral("test passphrase"),
                                             QStringLiteral("Test node"));
        QVERIFY(store);
        n->store = std::move(store).value();
        n->data = makeData(QStringLiteral("widths"), rows);
        auto stored = n->store->storeDataset(n->data.info, n->data.table, n->data.recordIds);
        QVERIFY(stored);
        n->data.info.generation = stored->generation;
        n->limits.atomBytes = k == 1 ? 4 : 0;
        n->restart = k == 2;
        n->ledger = std::make_unique<node::DifferencingLedger>(n->store, n->limits);
        nodes.push_back(std::move(n));
    }
    const node::LoadedDataset &data = nodes.front()->data;
    for (const auto &n : nodes)
        QCOMPARE(n->data.info.generation, data.info.generation);

    // Records beyond the threshold: rows 1205 and up (bw grows with the row).
    const double threshold = (bwOf(data, 1204) + bwOf(data, 1205)) / 2;
    analysis::ResolvedDesign above = fitDesign();
    above.spec.outcome.variable = "bw";
    above.spec.outcome.threshold = threshold;
    const analysis::ResolvedDesign plain = fitDesign();
    const analysis::ResolvedDesign bySex = fitDesign({}, true);
    const std::vector<node::CellRelease> sexCells { { node::variableFamily("sex"), { 0, 1 } } };
    const std::vector<node::CellRelease> noCells;
    auto from = [&](int first) {
        return rowsWhere(rows, [first](std::size_t i) { return int(i) >= first; });
    };
    enum class Kind { Cohort, Design, Evaluation };
    struct Step {
        Kind kind;
        std::vector<std::int64_t> rows;
        const analysis::ResolvedDesign *design = nullptr;
        const std::vector<node::CellRelease> *cells = nullptr;
    };
    std::vector<Step> steps;
    // Nested cohorts: atoms of 10 records, 281 of them (beyond the 256 one byte holds).
    for (int k = 1; k <= 280; ++k)
        steps.push_back({ Kind::Cohort, from(10 * k) });
    steps.push_back({ Kind::Cohort, from(2805) }); // splits an atom 5 + 5: refused
    steps.push_back({ Kind::Design, from(0), &above, &noCells }); // the breakpoint ledger's part
    steps.push_back({ Kind::Evaluation, from(0), &plain, &noCells });
    steps.push_back({ Kind::Evaluation, from(0), &plain, &noCells }); // the edge memo's repeat
    steps.push_back({ Kind::Design, from(30), &bySex, &sexCells }); // the fit ledger of sex
    steps.push_back({ Kind::Design, from(35), &bySex, &sexCells }); // 5 records apart: refused
    for (int k = 5; k <= 20; ++k) // the event ledger: refused where 10 records hold 1-9 events
        steps.push_back({ Kind::Design, from(10 * k), &plain, &noCells });
    steps.push_back({ Kind::Evaluation, from(50), &plain, &noCells });

    int eventRefusals = 0, evaluations = 0;
    for (std::size_t s = 0; s < steps.size(); ++s) {
        const Step &step = steps[s];
        std::vector<node::NodeResult<analysis::RuleOutcome>> verdicts;
        std::vector<std::vector<int>> edges;
        for (const auto &n : nodes) {
            if (n->restart)
                n->ledger = std::make_unique<node::DifferencingLedger>(n->store, n->limits);
            if (step.kind == Kind::Cohort) {
                verdicts.push_back(n->ledger->checkAndRecord(n->data, step.rows, {}));
            } else if (step.kind == Kind::Design) {
                verdicts.push_back(
                    n->ledger->checkAndRecordDesign(n->data, step.rows, *step.design, *step.cells));
            } else {
                // Grid bins that follow bw (the row order), 30 records each; candidate edges at
                // every tenth bin.
                node::RiskBins rb;
                rb.rows = step.rows;
                for (std::int64_t r : step.rows)
                    rb.bin.push_back(std::int32_t(r * 100 / rows));
                for (int e = 0; e <= 100; e += 10)
                    rb.edges.push_back(e);
                std::vector<node::RiskBins> bins { rb };
                verdicts.push_back(n->ledger->checkAndRecordEvaluation(
                    n->data, step.rows, *step.design, *step.cells, bins));
                edges.push_back(bins.front().edges);
            }
        }
        const QString where = QStringLiteral("step %1").arg(s);
        for (const auto &v : verdicts)
            QVERIFY2(v, qPrintable(where));
        for (std::size_t k = 1; k < verdicts.size(); ++k) {
            QVERIFY2(verdicts[k]->passed == verdicts[0]->passed
                         && verdicts[k]->ruleId == verdicts[0]->ruleId
                         && verdicts[k]->detail == verdicts[0]->detail,
                     qPrintable(where));
            if (!edges.empty())
                QVERIFY2(edges[k] == edges[0], qPrintable(where));
        }
        if (step.kind == Kind::Cohort && s == 280)
            QVERIFY2(!verdicts[0]->passed, "a cohort 5 records from another is refused");
        else if (step.kind == Kind::Cohort)
            QVERIFY2(verdicts[0]->passed, qPrintable(where));
        if (step.design == &bySex)
            QCOMPARE(verdicts[0]->passed, step.rows.size() == std::size_t(rows - 30));
        if (!verdicts[0]->passed
            && verdicts[0]->detail == "outcome classes of the cohort and earlier fits")
            ++eventRefusals;
        if (step.kind == Kind::Evaluation && evaluations++ == 0) {
            QVERIFY2(verdicts[0]->passed, "the first evaluation is released");
            QVERIFY2(edges[0].size() > 3, "it keeps inner edges");
            QVERIFY2(std::find(edges[0].begin(), edges[0].end(), 40) == edges[0].end(),
                     "edge 40 is 5 records from the records beyond the threshold: merged");
        }
    }
    QVERIFY2(eventRefusals > 0, "some step is refused by the event ledger");
    QVERIFY2(nodes[0]->ledger->atoms(data.info.name) > 256, "the ledger widened to 2 bytes");
    for (const QString &suffix : { QString(),
                                   QStringLiteral("\x1f"
                                                  "breakpoints"),
                                   QStringLiteral("\x1f"
                                                  "released-bins"),
                                   QStringLiteral("\x1f"
                                                  "events-nonzero:delay"),
                                   QStringLiteral("\x1f"
                                                  "fits:v:sex") }) {
        const QString key = data.info.name + suffix;
        auto first = nodes[0]->store->differencingState(key, data.info.generation);
        QVERIFY(first);
        QVERIFY2(first->has_value(), qPrintable(QStringLiteral("ledger '%1' stored").arg(key)));
        for (std::size_t k = 1; k < nodes.size(); ++k) {
            auto other = nodes[k]->store->differencingState(key, data.info.generation);
            QVERIFY(other && other->has_value());
            QVERIFY2(**first == **other, qPrintable(QStringLiteral("ledger '%1'").arg(key)));
        }
    }
}

void tst_Differencing::eventLedgerOneForNumbersAndCodes()
{
    // Attack on the ledger's own bookkeeping (issue 16): the event ledger was named by the kind
    // of the outcome column in the table handed to the check, numbers from the whole table (a
    // design's cold request), the codes of "0" and "1" from a design's columns (its warm
    // requests, api::designColumns), so one 0/1 outcome had two event ledgers, each blind to
    // the other's fits. Cohort A fitted from the whole table; cohort B, A less 10 records of
    // which 1-9 have the outcome, handed as the design's columns, is refused as from the whole
    // table (it gives the sums of those few records with the outcome), and the dataset holds
    // one event ledger of the outcome.
    const auto *delay = m_data.table.column("delay");
    QVERIFY(delay);
    int first = -1;
    for (int start = 10; start + 10 < kRows && first < 0; start += 10) {
        int events = 0;
        for (int r = start; r < start + 10; ++r)
            events += delay->numeric[std::size_t(r)] == 1.0 ? 1 : 0;
        if (events > 0 && events < 10)
            first = start;
    }
    QVERIFY(first > 0);
    const auto a = rowsWhere(kRows, [first](std::size_t i) { return int(i) >= first; });
    const auto b = rowsWhere(kRows, [first](std::size_t i) { return int(i) >= first + 10; });
    const analysis::ResolvedDesign design = fitDesign();
    const node::LoadedDataset codes = node::api::designColumns(m_data, design);
    const analysis::Column *asCodes = codes.table.column("delay");
    QVERIFY(asCodes && asCodes->kind == analysis::ColumnKind::Categorical);
    for (bool warmFirst : { false, true }) {
        // Each order on a ledger of its own (a store of its own).
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto created = node::SiteStore::create(dir.path(), QStringLiteral("test passphrase"),
                                               QStringLiteral("Test node"));
        QVERIFY(created);
        const std::shared_ptr<node::SiteStore> store = std::move(created).value();
        auto stored = store->storeDataset(m_data.info, m_data.table, m_data.recordIds);
        QVERIFY(stored);
        node::LoadedDataset whole = m_data;
        whole.info.generation = stored->generation;
        node::LoadedDataset columns = codes;
        columns.info.generation = stored->generation;
        node::DifferencingLedger ledger(store, node::DifferencingLimits());
        // The first fit in one form, the second in the other.
        auto fitA = ledger.checkAndRecordDesign(warmFirst ? columns : whole, a, design, {});
        QVERIFY(fitA && fitA->passed);
        auto fitB = ledger.checkAndRecordDesign(warmFirst ? whole : columns, b, design, {});
        QVERIFY(fitB);
        QVERIFY2(!fitB->passed, "the second cohort's few events are refused");
        QCOMPARE(fitB->ruleId, std::string("differencing"));
        QCOMPARE(fitB->detail, std::string("outcome classes of the cohort and earlier fits"));
        const QString prefix = m_data.info.name + QStringLiteral("\x1f");
        auto numbers = store->differencingState(prefix + QStringLiteral("events-nonzero:delay"),
                                                whole.info.generation);
        auto levels = store->differencingState(prefix + QStringLiteral("events-levels:delay"),
                                               whole.info.generation);
        QVERIFY(numbers && levels);
        QVERIFY2(numbers->has_value() && !levels->has_value(), "one event ledger of delay");
    }
}

#include "tst_differencing.moc"

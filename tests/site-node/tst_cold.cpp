// SPDX-License-Identifier: GPL-3.0-or-later
// Branch `cold` (issue 16): what the node computes before it says it listens, or faster, for the
// first fit after a start, decides exactly as the computation it replaces.
//  - cohortDominance with the facts the preload keeps (primeCohortDominance) against the same
//    verdicts computed on a copy of the table, which keeps nothing;
//  - keptEdgesOfFamilies (sums per segment between kept edges) against the scan it replaced
//    (sums bin by bin from each k down), kept here verbatim as the reference.
#include "api/common_p.h"
#include "release/blockfamily.h"
#include "release/datasetdominance.h"

#include "fairstart/analysis/disclosure.h"
#include "fairstart/analysis/model.h"
#include "fairstart/node/policy.h"
#include "fairstart/node/store.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>
#include <string>
#include <vector>

using namespace fairstart;

namespace fairstart::node {
namespace {

// The scan of main 8ae3a24 (differencing.cpp), unchanged but for its name.
std::vector<std::size_t> keptEdgesBinByBin(const std::vector<BlockFamily> &families, std::size_t m,
                                           int minCell)
{
    if (m < 2)
        return { 0, m };
    // Per family: per candidate bin its records; per block its first and last candidate bin and
    // whether all its records are evaluated (then a run can hold it wholly).
    struct Gaps {
        std::vector<std::int64_t> records; // per candidate bin
        std::vector<std::uint32_t> lo, hi; // per block
        std::vector<char> whole; // per block
        std::vector<std::int64_t> inSuffix; // per k: sizes of the blocks wholly in [k, m)
        std::vector<std::int64_t> onSuffix; // per k: sizes of the blocks [k, m) touches
        std::vector<std::vector<std::uint32_t>> endsAt; // per c: the whole blocks last in c
        // Per block its last candidate bin below k (or -1), as k rises.
        std::vector<std::int64_t> last;
    };
    const std::size_t F = families.size();
    std::vector<Gaps> gaps(F);
    // Per candidate bin c, per family f at [c * F + f] (issue 16: the runs' sums below read all
    // families of one c at once, not a vector per family): its records; as k rises, the sizes of
    // the whole blocks ending below k that begin in c, and of the blocks whose last candidate bin
    // below k is c.
    std::vector<std::int64_t> records(m * F, 0), wholeFrom(m * F, 0), lastIn(m * F, 0);
    for (std::size_t f = 0; f < F; ++f) {
        const BlockFamily &x = families[f];
        Gaps &g = gaps[f];
        const std::size_t blocks = x.size.size();
        g.records.assign(m, 0);
        g.lo.assign(blocks, std::uint32_t(m));
        g.hi.assign(blocks, 0);
        std::vector<std::int64_t> evaluated(blocks, 0);
        for (std::size_t c = 0; c < m; ++c) {
            for (std::uint32_t k = x.first[c]; k < x.first[c + 1]; ++k) {
                const auto [block, count] = x.cells[k];
                g.records[c] += count;
                evaluated[block] += count;
                g.lo[block] = std::min(g.lo[block], std::uint32_t(c));
                g.hi[block] = std::uint32_t(c);
            }
        }
        g.whole.assign(blocks, 0);
        g.inSuffix.assign(m + 1, 0);
        g.onSuffix.assign(m + 1, 0);
        g.endsAt.assign(m, {});
        for (std::size_t b = 0; b < blocks; ++b) {
            if (evaluated[b] == 0)
                continue;
            g.onSuffix[g.hi[b]] += x.size[b];
            if (evaluated[b] == x.size[b]) {
                g.whole[b] = 1;
                g.inSuffix[g.lo[b]] += x.size[b];
                g.endsAt[g.hi[b]].push_back(std::uint32_t(b));
            }
        }
        for (std::size_t c = m; c-- > 0;) {
            g.inSuffix[c] += g.inSuffix[c + 1];
            g.onSuffix[c] += g.onSuffix[c + 1];
        }
        for (std::size_t c = 0; c < m; ++c)
            records[c * F + f] = g.records[c];
        g.last.assign(blocks, -1);
    }
    auto few = [minCell](std::int64_t gap) {
        return gap >= 1 && gap < minCell;
    };
    std::vector<std::int64_t> suffixRecords(F, 0);
    for (std::size_t f = 0; f < F; ++f) {
        for (std::int64_t n : gaps[f].records)
            suffixRecords[f] += n;
    }
    std::vector<std::int64_t> n(F), w(F), s(F);
    std::vector<std::size_t> kept { 0 };
    for (std::size_t k = 1; k < m; ++k) {
        bool ok = true;
        for (std::size_t f = 0; f < F; ++f) {
            Gaps &g = gaps[f];
            const BlockFamily &x = families[f];
            // Candidate bin k - 1 now lies below k.
            for (std::uint32_t i = x.first[k - 1]; i < x.first[k]; ++i) {
                const std::uint32_t block = x.cells[i].first;
                if (g.last[block] >= 0)
                    lastIn[std::size_t(g.last[block]) * F + f] -= x.size[block];
                lastIn[(k - 1) * F + f] += x.size[block];
                g.last[block] = std::int64_t(k - 1);
            }
            for (std::uint32_t block : g.endsAt[k - 1])
                wholeFrom[std::size_t(g.lo[block]) * F + f] += x.size[block];
            // The run [k, m).
            suffixRecords[f] -= g.records[k - 1];
            const std::int64_t inRun = suffixRecords[f];
            ok = ok && !few(inRun - g.inSuffix[k]) && !few(g.onSuffix[k] - inRun);
        }
        // The runs [e, k) from each kept edge e, from k down.
        std::fill(n.begin(), n.end(), 0);
        std::fill(w.begin(), w.end(), 0);
        std::fill(s.begin(), s.end(), 0);
        std::size_t next = kept.size(); // kept[next - 1] is the next start to check
        std::int64_t *nf = n.data(), *wf = w.data(), *sf = s.data();
        for (std::size_t a = k; ok && next > 0 && a-- > 0;) {
            const std::int64_t *ra = &records[a * F], *wa = &wholeFrom[a * F], *sa = &lastIn[a * F];
            for (std::size_t f = 0; f < F; ++f) {
                nf[f] += ra[f];
                wf[f] += wa[f];
                sf[f] += sa[f];
            }
            if (kept[next - 1] != a)
                continue;
            --next;
            for (std::size_t f = 0; ok && f < F; ++f)
                ok = !few(n[f] - w[f]) && !few(s[f] - n[f]);
        }
        if (ok)
            kept.push_back(k);
    }
    kept.push_back(m);
    return kept;
}

} // namespace
} // namespace fairstart::node

namespace {

std::string describe(const std::optional<analysis::RuleOutcome> &o)
{
    if (!o)
        return "none";
    return o->ruleId + "|" + (o->passed ? "passed" : "refused") + "|" + std::to_string(o->threshold)
        + "|" + o->detail + "|" + o->message;
}

} // namespace

class tst_Cold : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cohortDominanceMemoDecidesAsWithout();
    void copiedTableKeepsNoMemo();
    void domainFactsDecideAsWithout();
    void keptEdgesEqualTheScanBinByBin();
};

// Random tables with planted extreme values, missing values and values <= 0 (left out by a log
// reading); random consent masks (nonzero other than 1 too); cohorts that are all consented
// records, a subset, or all of them written with other nonzero bytes; policies of several k and
// shares. The verdict (rule, detail, message) with the kept facts equals the verdict on a copy of
// the table (nothing kept), for a variable and for designs that read it as is, log or
// winsorised; both verdicts occur, and the kept facts were used.
void tst_Cold::cohortDominanceMemoDecidesAsWithout()
{
    std::mt19937_64 rng(20261206);
    std::uniform_real_distribution<double> uniform(0, 1);
    std::normal_distribution<double> normal(0, 1);
    int refused = 0, passed = 0, compared = 0;
    for (int instance = 0; instance < 60; ++instance) {
        const std::size_t rows = 20 + std::size_t(uniform(rng) * (instance % 3 == 0 ? 4000 : 300));
        node::LoadedDataset data;
        data.info.name = QStringLiteral("cold");
        data.info.generation = 1000 + instance;
        std::vector<node::VariableInfo> infos;
        const int variables = 3;
        for (int v = 0; v < variables; ++v) {
            node::VariableInfo info;
            info.name = QStringLiteral("x%1").arg(v);
            info.kind = node::VariableKind::Numeric;
            infos.push_back(info);
            std::vector<double> x(rows);
            const double centre = v == 2 ? 5 : 0;
            for (double &value : x) {
                value = centre + normal(rng) * (v == 1 ? 0.1 : 1);
                if (uniform(rng) < 0.03)
                    value = std::numeric_limits<double>::quiet_NaN();
                if (v == 2 && uniform(rng) < 0.02)
                    value = -uniform(rng); // left out by log(x2)
            }
            // Planted extremes: some instances one or two huge values, some ties.
            const int planted = int(uniform(rng) * 4);
            for (int p = 0; p < planted; ++p)
                x[std::size_t(uniform(rng) * double(rows))]
                    = (p % 2 ? -1 : 1) * std::pow(10.0, 1 + uniform(rng) * 3);
            if (instance % 5 == 0)
                x[rows / 2] = x[rows / 3];
            QVERIFY(data.table.addNumeric(info.name.toStdString(), x).ok());
        }
        data.info.variables = infos;
        std::vector<std::uint8_t> consented(rows);
        for (auto &c : consented)
            c = uniform(rng) < 0.9 ? std::uint8_t(uniform(rng) < 0.5 ? 1 : 3) : 0;
        std::vector<std::vector<std::uint8_t>> cohorts;
        cohorts.push_back(consented);
        std::vector<std::uint8_t> other(rows);
        for (std::size_t i = 0; i < rows; ++i)
            other[i] = consented[i] ? 7 : 0; // the same records, other bytes
        cohorts.push_back(other);
        for (int part = 0; part < 2; ++part) {
            std::vector<std::uint8_t> cohort(rows);
            const double keep = part ? 0.3 : 0.8;
            for (std::size_t i = 0; i < rows; ++i)
                cohort[i] = consented[i] && uniform(rng) < keep;
            cohorts.push_back(cohort);
        }
        analysis::DisclosurePolicy base = node::Policy().disclosure();
        node::primeCohortDominance(data, consented, base);
        for (const int k : { 1, 2, 3 }) {
            for (const double share : { 0.3, 0.5, 0.7, 0.9, 0.97 }) {
                analysis::DisclosurePolicy policy = base;
                policy.dominanceTopK = k;
                policy.dominanceShare = share;
                for (const auto &cohort : cohorts) {
                    for (int v = 0; v < variables; ++v) {
                        const std::string name = "x" + std::to_string(v);
                        const auto kept
                            = node::cohortDominance(data, name, consented, cohort, policy);
                        const node::LoadedDataset copy = data; // keeps nothing
                        const auto computed
                            = node::cohortDominance(copy, name, consented, cohort, policy);
                        QCOMPARE(describe(kept), describe(computed));
                        ++compared;
                        (kept ? refused : passed) += 1;
                    }
                    analysis::ModelSpec spec;
                    spec.outcome.variable = "x0";
                    spec.family = analysis::Family::Gaussian;
                    analysis::Predictor asIs;
                    asIs.variable = "x1";
                    spec.predictors.push_back(asIs);
                    analysis::Predictor logged;
                    logged.variable = "x2";
                    logged.transform = analysis::Transform::Log;
                    spec.predictors.push_back(logged);
                    analysis::Predictor winsorised;
                    winsorised.variable = "x1";
                    winsorised.transform = analysis::Transform::Winsorise;
                    winsorised.lower = -0.1;
                    winsorised.upper = 0.1;
                    spec.predictors.push_back(winsorised);
                    const auto kept = node::cohortDominance(data, spec, consented, cohort, policy);
                    const node::LoadedDataset copy = data;
                    const auto computed
                        = node::cohortDominance(copy, spec, consented, cohort, policy);
                    QCOMPARE(describe(kept), describe(computed));
                }
            }
        }
    }
    QVERIFY2(
        refused > 100 && passed > 100,
        qPrintable(
            QStringLiteral("refused %1, passed %2 of %3").arg(refused).arg(passed).arg(compared)));
}

// A copy of a table (which may change its columns) starts without the facts kept with the
// original, and the original's are used for its own table only.
void tst_Cold::copiedTableKeepsNoMemo()
{
    node::LoadedDataset data;
    data.info.name = QStringLiteral("copy");
    node::VariableInfo info;
    info.name = QStringLiteral("x");
    info.kind = node::VariableKind::Numeric;
    data.info.variables = { info };
    std::vector<double> x(200);
    for (std::size_t i = 0; i < x.size(); ++i)
        x[i] = double(i % 7);
    QVERIFY(data.table.addNumeric("x", x).ok());
    const std::vector<std::uint8_t> all(x.size(), 1);
    const analysis::DisclosurePolicy policy = node::Policy().disclosure();
    node::primeCohortDominance(data, all, policy);
    QVERIFY(!node::cohortDominance(data, "x", all, all, policy));
    QCOMPARE(node::cohortDominanceMemoHits(data), 1);
    // The copy's x gets one huge value: dominated, whatever the original kept.
    node::LoadedDataset copy = data;
    x[3] = 1e9;
    copy.table = analysis::DataTable();
    QVERIFY(copy.table.addNumeric("x", x).ok());
    const auto verdict = node::cohortDominance(copy, "x", all, all, policy);
    QVERIFY(verdict.has_value());
    QCOMPARE(verdict->ruleId, std::string("dominance"));
    QCOMPARE(node::cohortDominanceMemoHits(copy), 0);
    QVERIFY(!node::cohortDominance(data, "x", all, all, policy));
    QCOMPARE(node::cohortDominanceMemoHits(data), 2);
}

// The domain facts kept per consent mask (primeCohortDominance, the preload) against a plain pass
// over the consented present values, and withinDomain on the table against a copy that keeps
// nothing: random columns with missing, infinite, negative, zero, one and other values, random
// consent masks; every fact is both true and false somewhere, and the kept facts were used.
void tst_Cold::domainFactsDecideAsWithout()
{
    std::mt19937_64 rng(6122026);
    std::uniform_real_distribution<double> uniform(0, 1);
    int seen[4][2] = {};
    int withinBoth[2] = {};
    for (int instance = 0; instance < 200; ++instance) {
        const std::size_t rows = 1 + std::size_t(uniform(rng) * 300);
        node::LoadedDataset data;
        data.info.name = QStringLiteral("domain");
        std::vector<node::VariableInfo> infos;
        for (int v = 0; v < 3; ++v) {
            node::VariableInfo info;
            info.name = QStringLiteral("x%1").arg(v);
            info.kind = node::VariableKind::Numeric;
            infos.push_back(info);
            std::vector<double> x(rows);
            const double rare = uniform(rng) * 0.05; // most columns have few odd values
            for (double &value : x) {
                value = uniform(rng) < 0.5 ? 0.0 : 1.0;
                const double u = uniform(rng);
                if (u < rare)
                    value = std::numeric_limits<double>::quiet_NaN();
                else if (u < 2 * rare)
                    value = (uniform(rng) < 0.5 ? -1 : 1) * std::numeric_limits<double>::infinity();
                else if (u < 3 * rare)
                    value = -uniform(rng);
                else if (u < 4 * rare)
                    value = 2 + uniform(rng);
            }
            if (v == 2)
                for (double &value : x)
                    value = value == 0.0 ? 0.5 : value; // positive where no odd value
            QVERIFY(data.table.addNumeric(info.name.toStdString(), x).ok());
        }
        data.info.variables = infos;
        std::vector<std::uint8_t> consented(rows);
        const double share = uniform(rng);
        for (auto &c : consented)
            c = uniform(rng) < share ? 1 : 0;
        node::primeCohortDominance(data, consented, node::Policy().disclosure());
        for (int v = 0; v < 3; ++v) {
            const std::string name = "x" + std::to_string(v);
            const analysis::Column &column = *data.table.column(name);
            node::DomainFacts plain;
            for (std::size_t i = 0; i < rows; ++i) {
                const double x = column.numeric[i];
                if (!consented[i] || std::isnan(x))
                    continue;
                plain.finite = plain.finite && std::isfinite(x);
                plain.positive = plain.positive && x > 0;
                plain.zeroOne = plain.zeroOne && (x == 0 || x == 1);
                plain.nonNegative = plain.nonNegative && x >= 0;
            }
            const node::DomainFacts kept = node::domainFacts(data, name, column, consented);
            QCOMPARE(kept.finite, plain.finite);
            QCOMPARE(kept.positive, plain.positive);
            QCOMPARE(kept.zeroOne, plain.zeroOne);
            QCOMPARE(kept.nonNegative, plain.nonNegative);
            ++seen[0][plain.finite];
            ++seen[1][plain.positive];
            ++seen[2][plain.zeroOne];
            ++seen[3][plain.nonNegative];
        }
        QVERIFY(node::cohortDominanceMemoHits(data) >= 3); // the kept facts, not a pass
        for (const auto family : { analysis::Family::Binomial, analysis::Family::Poisson,
                                   analysis::Family::Gaussian }) {
            analysis::ModelSpec spec;
            spec.family = family;
            spec.outcome.variable = "x0";
            analysis::Predictor p1;
            p1.variable = "x1";
            analysis::Predictor p2;
            p2.variable = "x2";
            p2.transform
                = uniform(rng) < 0.5 ? analysis::Transform::Log : analysis::Transform::AsIs;
            spec.predictors = { p1, p2 };
            const bool kept = node::api::withinDomain(data, spec, consented);
            const node::LoadedDataset copy = data;
            QCOMPARE(kept, node::api::withinDomain(copy, spec, consented));
            ++withinBoth[kept];
        }
    }
    for (const auto &fact : seen)
        QVERIFY(fact[0] > 0 && fact[1] > 0);
    QVERIFY(withinBoth[0] > 0 && withinBoth[1] > 0);
}

// Random block families over random candidate bins (blocks of 1..40 evaluated records, some
// with records outside the evaluation; min-cell 2..12; 1..5 families; 2..400 candidate bins): the
// edges kept by the segment sums equal those of the bin-by-bin scan.
void tst_Cold::keptEdgesEqualTheScanBinByBin()
{
    std::mt19937_64 rng(16);
    std::uniform_real_distribution<double> uniform(0, 1);
    int nontrivial = 0;
    for (int instance = 0; instance < 400; ++instance) {
        const std::size_t m = 2 + std::size_t(uniform(rng) * (instance % 4 == 0 ? 400 : 40));
        const std::size_t records = m * (1 + std::size_t(uniform(rng) * 6));
        std::vector<std::uint32_t> candidateOf(records);
        for (std::size_t i = 0; i < records; ++i)
            candidateOf[i] = std::uint32_t(
                std::min<std::size_t>(m - 1, std::size_t(double(i) * double(m) / double(records))));
        const node::CandidateOrder grouped(candidateOf, m);
        const std::size_t F = 1 + std::size_t(uniform(rng) * 5);
        std::vector<node::BlockFamily> families(F);
        for (node::BlockFamily &f : families) {
            // Blocks: runs of records or scattered records.
            std::vector<std::uint32_t> blockOf(records);
            const bool scattered = uniform(rng) < 0.5;
            const std::size_t blocks = 1 + std::size_t(uniform(rng) * double(records) / 3);
            for (std::size_t i = 0; i < records; ++i)
                blockOf[i] = std::uint32_t(scattered ? std::size_t(uniform(rng) * double(blocks))
                                                     : std::min(blocks - 1, i * blocks / records));
            std::vector<std::int64_t> evaluated(blocks, 0);
            for (std::uint32_t b : blockOf)
                ++evaluated[b];
            f.size.resize(blocks);
            for (std::size_t b = 0; b < blocks; ++b)
                f.size[b]
                    = evaluated[b] + (uniform(rng) < 0.4 ? std::int64_t(uniform(rng) * 15) : 0);
            node::fillCells(f, grouped, [&](std::uint32_t i) { return blockOf[i]; });
        }
        const int minCell = 2 + int(uniform(rng) * 11);
        const auto segments = node::keptEdgesOfFamilies(families, m, minCell);
        const auto scan = node::keptEdgesBinByBin(families, m, minCell);
        QCOMPARE(segments, scan);
        if (scan.size() > 2 && scan.size() < m + 1)
            ++nontrivial;
    }
    QVERIFY2(nontrivial > 50, qPrintable(QString::number(nontrivial)));
}

QTEST_GUILESS_MAIN(tst_Cold)
#include "tst_cold.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The cold fit's checks computed differently (issue 16, branch `cold3`), each against the form it
// replaces: LatticeColumn::derive handed the table column its cells were encoded from checks each
// design row's value in X against the table's value instead of computing its cell (no division
// per record), and finds X's range with SSE2 packets. It derives exactly where the cell check
// derives for a predictor entered as is, the same cells for every row, and refuses every X the
// cell check refuses.
#include "api/common_p.h"
#include "release/latticecolumns.h"
#include "release/releasegate.h"

#include "fairstart/analysis/design.h"
#include "fairstart/analysis/disclosure.h"
#include "fairstart/analysis/formula.h"

#include "fairstart/node/store.h"

#include "latticetesting.h"

#include <QJsonObject>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

using namespace fairstart;

class tst_LatticeCold3 : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void deriveFromValuesIsDeriveFromCells();
    void deriveFromValuesRefusesWhatTheCellCheckRefuses();
    void evaluationCellsAfterAJobAsWithout();
};

namespace {

// x0..x3 numeric (scales from 1e-3 to 3e5, up to 7 decimals, now and then far from 0, negative
// zeros, ties), z and y binary (testsupport::randomTable).
node::LoadedDataset randomTable(std::mt19937 &random, std::size_t rows)
{
    testsupport::RandomTableShape shape;
    shape.variables = 4;
    shape.scales = { 1, 10, 0.1, 250, 1e-3, 3e5 };
    shape.decimalDigits = 4;
    shape.smallScaleDigits = 4;
    shape.shiftsAndNegativeZeros = true;
    return testsupport::randomTable(random, rows, shape);
}

std::shared_ptr<const analysis::DesignMatrix>
randomDesign(std::mt19937 &random, const node::LoadedDataset &data, const char *formula,
             analysis::ResolvedDesign *resolvedOut = nullptr)
{
    const std::size_t rows = data.table.rows();
    std::vector<std::uint8_t> mask(rows, 1);
    const unsigned outside = random() % 6; // 0-5 % without consent
    for (auto &m : mask)
        m = random() % 100 < outside ? 0 : 1;
    auto spec = analysis::parseFormula(formula, analysis::Family::Binomial);
    if (!spec)
        return nullptr;
    auto resolved = analysis::resolveLocally(*spec, data.table, &mask);
    if (!resolved) {
        qWarning("resolve: %s", resolved.error().message.c_str());
        return nullptr;
    }
    if (resolvedOut)
        *resolvedOut = *resolved;
    auto built = analysis::buildDesign(data.table, *resolved, &mask);
    if (!built) {
        qWarning("build: %s", built.error().message.c_str());
        return nullptr;
    }
    return std::make_shared<const analysis::DesignMatrix>(std::move(*built));
}

std::vector<std::int64_t> partsOf(const node::LatticeColumn &column)
{
    std::vector<std::int64_t> out(column.size());
    for (std::size_t r = 0; r < out.size(); ++r)
        out[r] = column.part(r);
    return out;
}

Eigen::Index termOf(const analysis::DesignMatrix &matrix, const std::string &term)
{
    return Eigen::Index(std::find(matrix.terms.begin(), matrix.terms.end(), term)
                        - matrix.terms.begin());
}

} // namespace

// On random tables and cohorts: for every predictor entered as is, derive with the table's
// values gives a column exactly where derive without gives one, with the same bytes, and every
// table row's cell (part, expanded, withParts) is the encoded column's.
void tst_LatticeCold3::deriveFromValuesIsDeriveFromCells()
{
    std::mt19937 random(20261206);
    int derived = 0, refusedBoth = 0, narrow = 0;
    for (int instance = 0; instance < 150; ++instance) {
        // Sizes around a multiple of 64 and not: words of design rows only, partial last words.
        const std::size_t rows
            = instance % 5 == 0 ? 64 * (20 + random() % 40) : 500 + random() % 4000;
        const node::LoadedDataset data = randomTable(random, rows);
        QCOMPARE(data.table.rows(), rows);
        const auto matrix = randomDesign(random, data, "y ~ x0 + x1 + x2 + x3 + z");
        QVERIFY(matrix);
        for (const char *name : { "x0", "x1", "x2", "x3" }) {
            const auto it = data.latticeCells.find(name);
            if (it == data.latticeCells.end() || !it->second.cells)
                continue; // no histogram step, or values the cells cannot hold
            const auto &cells = it->second.cells;
            const analysis::Column *values = data.table.column(name);
            QVERIFY(values);
            const Eigen::Index j = termOf(*matrix, name);
            QVERIFY(j < matrix->p());
            const auto byCells = node::LatticeColumn::derive(*cells, matrix, j);
            const auto byValues = node::LatticeColumn::derive(*cells, matrix, j, values);
            QCOMPARE(bool(byValues), bool(byCells));
            if (!byCells) {
                ++refusedBoth;
                continue;
            }
            ++derived;
            QVERIFY(byValues->derived());
            QCOMPARE(byValues->bytes(), byCells->bytes());
            QCOMPARE(byValues->size(), cells->size());
            const std::vector<std::int64_t> expected = partsOf(*cells);
            QVERIFY(partsOf(*byValues) == expected);
            QVERIFY(partsOf(*byCells) == expected);
            QVERIFY(partsOf(*byValues->expanded()) == expected);
            std::vector<std::int64_t> viaParts(rows);
            byValues->withParts([&](auto part) {
                for (std::size_t r = 0; r < rows; ++r)
                    viaParts[r] = part(r);
            });
            QVERIFY(viaParts == expected);
            narrow += cells->bytes() > rows ? 1 : 0;
        }
    }
    QVERIFY(derived > 300);
    QVERIFY(narrow > 10);
    qInfo("derived %d, refused by both %d, 2- or 4-byte codes %d", derived, refusedBoth, narrow);
}

// Every X the cell check refuses, the value check refuses too: a value moved by a cell and a
// half, a transformed predictor, another column's values, ±inf or NaN planted in X (the SSE2 range
// pass, in every position of its packets and its scalar tail). A value moved within its cell
// (same cell, other value) only the value check refuses: the encoded cells are kept then (more
// bytes, the same cells).
void tst_LatticeCold3::deriveFromValuesRefusesWhatTheCellCheckRefuses()
{
    std::mt19937 random(20261207);
    int withinCell = 0, transformedSameCells = 0, checked = 0;
    for (int instance = 0; instance < 80; ++instance) {
        const std::size_t rows = 300 + random() % 2000;
        const node::LoadedDataset data = randomTable(random, rows);
        const auto matrix = randomDesign(random, data, "y ~ x0 + scale(x1) + x2 + x3 + z");
        QVERIFY(matrix);
        if (!data.latticeCells.count("x0") || !data.latticeCells.count("x1"))
            continue;
        const auto &x0 = data.latticeCells.at("x0").cells;
        const auto &x1 = data.latticeCells.at("x1").cells;
        if (!x0 || !x1)
            continue;
        const analysis::Column *v0 = data.table.column("x0");
        const analysis::Column *v1 = data.table.column("x1");
        const analysis::Column *v2 = data.table.column("x2");
        const Eigen::Index j0 = termOf(*matrix, "x0");
        const Eigen::Index js = termOf(*matrix, "scale(x1)");
        QVERIFY(js < matrix->p());
        // scale(x1): its cells may happen to be x1's (a step far wider than the spread);
        // its values never are.
        transformedSameCells += node::LatticeColumn::derive(*x1, matrix, js) ? 1 : 0;
        QVERIFY(!node::LatticeColumn::derive(*x1, matrix, js, v1));
        QVERIFY(!node::LatticeColumn::derive(*x0, matrix, j0, v2)); // another column's values
        // Another column's cells handed with this column's values (a caller's mistake): the
        // sampled cell check finds it.
        QVERIFY(!node::LatticeColumn::derive(*x1, matrix, j0, v0));
        QVERIFY(!node::LatticeColumn::derive(*x0, matrix, 0, v0)); // the intercept
        const bool baseline = bool(node::LatticeColumn::derive(*x0, matrix, j0));
        QCOMPARE(bool(node::LatticeColumn::derive(*x0, matrix, j0, v0)), baseline);
        if (!baseline)
            continue;
        ++checked;
        const Eigen::Index n = matrix->n();
        auto changed = [&](Eigen::Index i, double value) {
            auto m = std::make_shared<analysis::DesignMatrix>(*matrix);
            m->X(i, j0) = value;
            return std::shared_ptr<const analysis::DesignMatrix>(std::move(m));
        };
        // A cell and a half away, at a random record.
        {
            const Eigen::Index i = Eigen::Index(random() % std::size_t(n));
            const auto m = changed(i, matrix->X(i, j0) + 1.5 * x0->step());
            QVERIFY(!node::LatticeColumn::derive(*x0, m, j0));
            QVERIFY(!node::LatticeColumn::derive(*x0, m, j0, v0));
        }
        // Non-finite values at the first 12 and the last 12 records and one random record.
        std::vector<Eigen::Index> at;
        for (Eigen::Index i = 0; i < std::min<Eigen::Index>(n, 12); ++i) {
            at.push_back(i);
            at.push_back(n - 1 - i);
        }
        at.push_back(Eigen::Index(random() % std::size_t(n)));
        for (Eigen::Index i : at) {
            for (double bad : { std::numeric_limits<double>::infinity(),
                                -std::numeric_limits<double>::infinity(),
                                std::numeric_limits<double>::quiet_NaN() }) {
                const auto m = changed(i, bad);
                QVERIFY(!node::LatticeColumn::derive(*x0, m, j0));
                QVERIFY(!node::LatticeColumn::derive(*x0, m, j0, v0));
            }
        }
        // The next double up: the same cell unless it crosses a point.
        {
            const Eigen::Index i = Eigen::Index(random() % std::size_t(n));
            const double up = std::nextafter(matrix->X(i, j0), 1e300);
            const auto m = changed(i, up);
            QVERIFY(!node::LatticeColumn::derive(*x0, m, j0, v0));
            withinCell += node::LatticeColumn::derive(*x0, m, j0) ? 1 : 0;
        }
    }
    QVERIFY(checked > 40);
    QVERIFY(withinCell > 20);
    qInfo("checked %d, a value moved within its cell %d, scale(x1) with x1's cells %d", checked,
          withinCell, transformedSameCells);
}

// ReleaseGate::designRules remembers a matrix's cells (kind 0) when it computes all of its rules
// for a job (kind 1): an evaluation of that matrix afterwards gives the very checks and answer a
// gate that saw no job gives (cells passing and failing: min-cell 3 to 450 over 60-600 records).
void tst_LatticeCold3::evaluationCellsAfterAJobAsWithout()
{
    std::mt19937 random(20261208);
    int passed = 0, failed = 0;
    for (int instance = 0; instance < 40; ++instance) {
        const std::size_t rows = 60 + random() % 540;
        const node::LoadedDataset data = randomTable(random, rows);
        analysis::ResolvedDesign resolved;
        const auto matrix
            = randomDesign(random, data, instance % 2 ? "y ~ x0 + z" : "y ~ z + x1", &resolved);
        QVERIFY(matrix);
        analysis::DisclosurePolicy policy;
        policy.minCell = random() % 2 ? 3 + int(random() % 10) : 50 + int(random() % 400);
        const node::ReleaseGate withJob(policy, 10), without(policy, 10);
        node::JobTally job;
        job.jobId = QStringLiteral("j");
        job.designHash = QStringLiteral("d");
        job.resolved = &resolved;
        job.base = matrix.get();
        job.baseOwner = matrix;
        job.job = matrix.get();
        job.jobOwner = matrix;
        node::ReleaseRecord jobRecord;
        std::vector<analysis::RuleOutcome> jobPassed;
        const bool refused = withJob.jobRules(job, jobRecord, &jobPassed).has_value();
        node::EvaluationTally tally;
        tally.designHash = QStringLiteral("d");
        tally.resolved = &resolved;
        tally.design = matrix.get();
        tally.designOwner = matrix;
        node::ReleaseRecord a, b;
        const node::GateAnswer afterJob = withJob.evaluation(tally, qint64(rows), a);
        const node::GateAnswer alone = without.evaluation(tally, qint64(rows), b);
        QCOMPARE(afterJob.status(), alone.status());
        QCOMPARE(afterJob.body(), alone.body());
        QCOMPARE(afterJob.code(), alone.code());
        QCOMPARE(a.checks, b.checks);
        QCOMPARE(a.kind, b.kind);
        // And a second evaluation of each (both remembered now).
        node::ReleaseRecord a2, b2;
        QCOMPARE(withJob.evaluation(tally, qint64(rows), a2).body(),
                 without.evaluation(tally, qint64(rows), b2).body());
        QCOMPARE(a2.checks, b.checks);
        QCOMPARE(b2.checks, b.checks);
        Q_UNUSED(refused);
        bool cellsFail = false;
        for (const QJsonValue &check : b.checks) {
            const QJsonObject o = check.toObject();
            cellsFail |= o.value(QStringLiteral("rule")).toString() == QStringLiteral("min-cell")
                && !o.value(QStringLiteral("passed")).toBool();
        }
        (cellsFail ? failed : passed) += 1;
    }
    qInfo("cells passed %d, failed %d", passed, failed);
    QVERIFY(passed > 5);
    QVERIFY(failed > 5);
}

QTEST_GUILESS_MAIN(tst_LatticeCold3)
#include "tst_lattice_cold3.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The differencing ledger's edge memo keyed by the compact forms of its inputs (issue 16, branch
// concurrent3: the cohort as a bitmap of the table's rows, the grid bins in two bytes a record
// when they fit, else four). The memo may serve an evaluation only when every input is the one
// it remembered: bins that differ in a single record, in either form, must be computed again.
#include "release/differencing.h"

#include "fairstart/node/store.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

using namespace fairstart;

class tst_DifferencingConcurrent3 : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void edgeMemoTellsBinsApartByOneRecord_data();
    void edgeMemoTellsBinsApartByOneRecord();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<node::SiteStore> m_store;
    node::LoadedDataset m_data;
};

namespace {

constexpr int kRows = 1000;

node::LoadedDataset makeData()
{
    std::vector<double> smoke, age, delay, consent;
    std::uint64_t state = 20261206;
    auto uniform = [&state] {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return double(state >> 11) / double(1ULL << 53);
    };
    std::vector<std::int64_t> ids;
    for (int i = 0; i < kRows; ++i) {
        smoke.push_back(uniform() < 0.3 ? 1 : 0);
        age.push_back(20 + std::floor(uniform() * 20));
        const double eta = -1.0 + 0.8 * smoke.back() + 0.03 * (age.back() - 30);
        delay.push_back(uniform() < 1 / (1 + std::exp(-eta)) ? 1 : 0);
        consent.push_back(1);
        ids.push_back(7000 + i);
    }
    node::LoadedDataset data;
    data.info.name = QStringLiteral("planted");
    data.info.rows = kRows;
    auto variable = [](const char *n, node::VariableKind kind) {
        node::VariableInfo v;
        v.name = QString::fromLatin1(n);
        v.kind = kind;
        return v;
    };
    using K = node::VariableKind;
    data.info.variables = { variable("smoke", K::Binary), variable("age", K::Numeric),
                            variable("delay", K::Binary) };
    node::VariableInfo c = variable("consent_research", K::Binary);
    c.role = node::VariableRole::Consent;
    c.consentPurpose = QStringLiteral("research");
    data.info.variables.push_back(c);
    (void)data.table.addNumeric("smoke", smoke);
    (void)data.table.addNumeric("age", age);
    (void)data.table.addNumeric("delay", delay);
    (void)data.table.addNumeric("consent_research", consent);
    data.recordIds = ids;
    return data;
}

analysis::ResolvedDesign fitDesign()
{
    analysis::ResolvedDesign d;
    d.spec.outcome.variable = "delay";
    d.spec.family = analysis::Family::Binomial;
    analysis::Predictor smoke, age;
    smoke.variable = "smoke";
    age.variable = "age";
    d.spec.predictors = { smoke, age };
    return d;
}

} // namespace

void tst_DifferencingConcurrent3::init()
{
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
}

void tst_DifferencingConcurrent3::edgeMemoTellsBinsApartByOneRecord_data()
{
    QTest::addColumn<int>("scale"); // bin units per grid bin: 1 (two-byte form) or 1000 (four)
    QTest::newRow("narrow bins") << 1;
    QTest::newRow("wide bins") << 1000;
}

void tst_DifferencingConcurrent3::edgeMemoTellsBinsApartByOneRecord()
{
    QFETCH(int, scale);
    node::DifferencingLedger ledger(m_store, node::DifferencingLimits {});
    const analysis::ResolvedDesign design = fitDesign();
    std::vector<std::int64_t> all(kRows);
    for (int i = 0; i < kRows; ++i)
        all[std::size_t(i)] = i;
    std::vector<int> tens;
    for (int e = 0; e <= 100; e += 10)
        tens.push_back(e * scale);
    // Bins 0..99 (× scale) in row order; `moved`: record `row` one bin up, everything else the
    // same (a record at the top of its bin, so the bins stay ascending).
    auto bins = [&](int movedRow) {
        node::RiskBins rb;
        rb.rows = all;
        for (int i = 0; i < kRows; ++i)
            rb.bin.push_back(std::int32_t((i * 100 / kRows + (i == movedRow ? 1 : 0)) * scale));
        rb.edges = tens;
        return rb;
    };
    struct Step {
        int moved; // -1: none
        int hitsAfter; // the memo's hits after the step
    };
    // The record moved stays inside its released bin (edges every 10 grid bins), so the
    // released partition, and with it the bin ledger, is the same: what differs is only the
    // memo's key, and only the key's exactness keeps the memo from serving it.
    const Step steps[] = {
        { -1, 0 }, // computed, its bins recorded
        { -1, 0 }, // computed (the bin ledger changed), memoised
        { -1, 1 }, // served
        { 509, 1 }, // one record's bin differs: computed, not served (recorded nothing new)
        { 509, 2 }, // served
        { 509, 3 }, // served
        { 519, 3 }, // another record: computed
        { -1, 3 }, // the first bins again: computed (the memo holds the last one's)
        { -1, 4 }, // served
    };
    int k = 0;
    for (const Step &step : steps) {
        std::vector<node::RiskBins> riskBins { bins(step.moved) };
        auto verdict = ledger.checkAndRecordEvaluation(m_data, all, design, {}, riskBins);
        QVERIFY2(verdict, qPrintable(verdict ? QString() : verdict.error().message));
        QVERIFY2(verdict->passed, qPrintable(QStringLiteral("step %1").arg(k)));
        QVERIFY2(ledger.edgeMemoHits() == step.hitsAfter,
                 qPrintable(QStringLiteral("step %1: %2 hits, expected %3")
                                .arg(k)
                                .arg(ledger.edgeMemoHits())
                                .arg(step.hitsAfter)));
        ++k;
    }
}

QTEST_GUILESS_MAIN(tst_DifferencingConcurrent3)
#include "tst_differencing_concurrent3.moc"

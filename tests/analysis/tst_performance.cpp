// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/analysis/performance.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <random>

using namespace fairstart::analysis;

namespace {

// A one-column design whose offset is the linear predictor, so β = (0) gives risks logistic(lp).
DesignMatrix riskDesign(int n, double separationStrength, unsigned seed)
{
    std::mt19937 rng(seed);
    std::normal_distribution<double> normal;
    std::uniform_real_distribution<double> uniform;
    DesignMatrix d;
    d.X = Eigen::MatrixXd::Ones(n, 1);
    d.y.resize(n);
    d.offset.resize(n);
    d.terms = { "(Intercept)" };
    for (int i = 0; i < n; ++i) {
        const double lp = -1 + separationStrength * normal(rng);
        d.offset[i] = lp;
        d.y[i] = uniform(rng) < 1 / (1 + std::exp(-lp)) ? 1 : 0;
    }
    return d;
}

double exactAuc(const DesignMatrix &d)
{
    std::vector<double> pos, neg;
    for (Eigen::Index i = 0; i < d.n(); ++i)
        (d.y[i] == 1 ? pos : neg).push_back(d.offset[i]);
    std::sort(neg.begin(), neg.end());
    double sum = 0;
    for (double p : pos) {
        const auto lo = std::lower_bound(neg.begin(), neg.end(), p) - neg.begin();
        const auto hi = std::upper_bound(neg.begin(), neg.end(), p) - neg.begin();
        sum += static_cast<double>(lo) + 0.5 * static_cast<double>(hi - lo);
    }
    return sum / (static_cast<double>(pos.size()) * static_cast<double>(neg.size()));
}

} // namespace

class TestPerformance : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void binnedAucCloseToExact_data();
    void binnedAucCloseToExact();
    void perfectAndUselessModels();
    void thresholdsAndCalibration();
    void sitesMerge();
    void errors();
};

void TestPerformance::binnedAucCloseToExact_data()
{
    QTest::addColumn<double>("strength");
    QTest::addColumn<int>("n");
    QTest::newRow("weak") << 0.3 << 20000;
    QTest::newRow("moderate") << 1.0 << 20000;
    QTest::newRow("strong") << 3.0 << 20000;
    QTest::newRow("small") << 1.0 << 300;
}

void TestPerformance::binnedAucCloseToExact()
{
    QFETCH(double, strength);
    QFETCH(int, n);
    const DesignMatrix d = riskDesign(n, strength, 11);
    auto bins = computePerformance(d, Family::Binomial, Eigen::VectorXd::Zero(1));
    QVERIFY(bins.ok());
    auto m = summarise({ *bins });
    QVERIFY(m.ok());
    const double exact = exactAuc(d);
    QVERIFY2(std::abs(m->auc - exact) < 1e-3, "binned AUC is more than 1e-3 from exact");
    QVERIFY(std::abs(m->auc - exact) <= m->aucBinningErrorBound + 1e-12);
    QVERIFY(m->aucLower <= m->auc && m->auc <= m->aucUpper);
    QVERIFY(m->aucSe > 0);
    // Brier is exact, not binned.
    double brier = 0;
    for (Eigen::Index i = 0; i < d.n(); ++i) {
        const double p = 1 / (1 + std::exp(-d.offset[i]));
        brier += (d.y[i] - p) * (d.y[i] - p);
    }
    QVERIFY(std::abs(m->brier - brier / n) < 1e-12);
    QCOMPARE(m->roc.front().sensitivity, 0.0);
    QCOMPARE(m->roc.back().sensitivity, 1.0);
    QCOMPARE(m->roc.back().specificity, 0.0);
    QVERIFY(m->auprc > 0 && m->auprc <= 1);
}

void TestPerformance::perfectAndUselessModels()
{
    DesignMatrix d;
    d.X = Eigen::MatrixXd::Ones(4, 1);
    d.y = (Eigen::VectorXd(4) << 0, 0, 1, 1).finished();
    d.offset = (Eigen::VectorXd(4) << -5, -4, 4, 5).finished();
    auto m = summarise({ *computePerformance(d, Family::Binomial, Eigen::VectorXd::Zero(1)) });
    QVERIFY(m.ok());
    QCOMPARE(m->auc, 1.0);
    QCOMPARE(m->auprc, 1.0);
    d.offset.setZero();
    auto u = summarise({ *computePerformance(d, Family::Binomial, Eigen::VectorXd::Zero(1)) });
    QVERIFY(u.ok());
    QCOMPARE(u->auc, 0.5);
    QCOMPARE(u->aucBinningErrorBound, 0.5);
    QCOMPARE(u->brier, 0.25);
    QCOMPARE(u->scaledBrier, 0.0);
}

void TestPerformance::thresholdsAndCalibration()
{
    const DesignMatrix d = riskDesign(5000, 1.0, 3);
    auto m = summarise({ *computePerformance(d, Family::Binomial, Eigen::VectorXd::Zero(1)) },
                       { 0.2, 0.5 }, 10);
    QVERIFY(m.ok());
    double tp = 0, fp = 0, fn = 0, tn = 0;
    for (Eigen::Index i = 0; i < d.n(); ++i) {
        const bool positive = 1 / (1 + std::exp(-d.offset[i])) >= 0.2;
        (d.y[i] == 1 ? (positive ? tp : fn) : (positive ? fp : tn)) += 1;
    }
    const ThresholdMetrics &t = m->thresholds[0];
    QCOMPARE(t.gridThreshold, 0.2);
    QVERIFY(std::abs(t.sensitivity - tp / (tp + fn)) < 1e-3);
    QVERIFY(std::abs(t.specificity - tn / (tn + fp)) < 1e-3);
    QVERIFY(t.ppv && t.npv);
    QCOMPARE(m->calibration.size(), std::size_t(10));
    double count = 0;
    for (const CalibrationGroup &g : m->calibration)
        count += g.count;
    QCOMPARE(count, 5000.0);
    // The model is calibrated by construction: small errors only.
    QVERIFY(m->eAvg < 0.05);
    QVERIFY(m->eMax >= m->eAvg);
    QVERIFY(std::abs(m->calibrationInTheLarge) < 0.03);
}

void TestPerformance::sitesMerge()
{
    const DesignMatrix a = riskDesign(2000, 1.0, 5);
    const DesignMatrix b = riskDesign(3000, 1.0, 6);
    const auto ba = *computePerformance(a, Family::Binomial, Eigen::VectorXd::Zero(1));
    const auto bb = *computePerformance(b, Family::Binomial, Eigen::VectorXd::Zero(1));
    auto merged = summarise({ ba, bb });
    PerformanceBins sum = ba;
    sum += bb;
    auto pooled = summarise({ sum });
    QVERIFY(merged.ok() && pooled.ok());
    QCOMPARE(merged->auc, pooled->auc);
    QCOMPARE(merged->n, 5000.0);
    // Both of the above come from the same bins; the merged AUC must also be that of the pooled
    // records, computed exactly from the records themselves.
    DesignMatrix all;
    all.X = Eigen::MatrixXd::Ones(a.n() + b.n(), 1);
    Eigen::VectorXd allY(a.n() + b.n());
    allY << a.y.values(), b.y.values();
    all.y = allY;
    all.offset.resize(a.n() + b.n());
    all.offset << a.offset, b.offset;
    const double exact = exactAuc(all);
    QVERIFY(std::abs(merged->auc - exact) <= merged->aucBinningErrorBound + 1e-12);
    QVERIFY(std::abs(merged->auc - exact) < 1e-3);
}

void TestPerformance::errors()
{
    const DesignMatrix d = riskDesign(100, 1.0, 1);
    QVERIFY(!computePerformance(d, Family::Poisson, Eigen::VectorXd::Zero(1)).ok());
    QVERIFY(!computePerformance(d, Family::Binomial, Eigen::VectorXd::Zero(2)).ok());
    QVERIFY(!computePerformance(d, Family::Binomial, Eigen::VectorXd::Zero(1), 5).ok());
    Eigen::VectorXd nan(1);
    nan << std::nan("");
    QCOMPARE(computePerformance(d, Family::Binomial, nan).error().code, ErrorCode::NonFinite);
    QVERIFY(!summarise({}).ok());
    auto a = *computePerformance(d, Family::Binomial, Eigen::VectorXd::Zero(1), 100);
    auto b = *computePerformance(d, Family::Binomial, Eigen::VectorXd::Zero(1), 200);
    QVERIFY(!summarise({ a, b }).ok());
    DesignMatrix oneClass = d;
    oneClass.y.setZero();
    QCOMPARE(
        summarise({ *computePerformance(oneClass, Family::Binomial, Eigen::VectorXd::Zero(1)) })
            .error()
            .code,
        ErrorCode::InvalidValue);
    DesignMatrix notBinary = d;
    notBinary.y[0] = 2;
    QCOMPARE(computePerformance(notBinary, Family::Binomial, Eigen::VectorXd::Zero(1)).error().code,
             ErrorCode::NotBinary);
}

QTEST_GUILESS_MAIN(TestPerformance)
#include "tst_performance.moc"

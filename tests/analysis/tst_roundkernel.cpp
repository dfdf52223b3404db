// SPDX-License-Identifier: GPL-3.0-or-later
// The round kernels (roundkernel.h): the vectorised exp and log1p against the C library over the
// whole range of doubles, every kernel against an independent long-double computation of the
// round statistics and against the baseline, the overflow -> NonFinite path, and the choice of the
// kernel at start-up (FAIRSTART_KERNEL).
#include "expectedtest.h"
#include "fairstart/analysis/roundkernel.h"

#include <QTest>

#include <bit>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <limits>
#include <random>

using namespace fairstart::analysis;

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kMax = std::numeric_limits<double>::max();
constexpr double kMinNormal = std::numeric_limits<double>::min();
constexpr double kMinSub = std::numeric_limits<double>::denorm_min();

// Distance in units in the last place (consecutive doubles differ by 1, across the subnormals
// too); both values must have the same kind (NaN, infinity, sign) or the distance is "infinite".
std::uint64_t ulpDistance(double a, double b)
{
    if (std::isnan(a) || std::isnan(b))
        return std::isnan(a) && std::isnan(b) ? 0 : UINT64_MAX;
    if (a == b)
        return std::signbit(a) == std::signbit(b) ? 0 : UINT64_MAX; // ±0 must match
    if (std::isinf(a) || std::isinf(b) || std::signbit(a) != std::signbit(b))
        return UINT64_MAX;
    const auto ia = std::bit_cast<std::int64_t>(std::abs(a));
    const auto ib = std::bit_cast<std::int64_t>(std::abs(b));
    return static_cast<std::uint64_t>(ia > ib ? ia - ib : ib - ia);
}

std::vector<double> expInputs()
{
    std::vector<double> x = { 0.0,
                              -0.0,
                              kMinSub,
                              -kMinSub,
                              kMinNormal,
                              1e-300,
                              -1e-300,
                              1e-17,
                              -1e-17,
                              1.0,
                              -1.0,
                              0.5,
                              -0.5,
                              0.34657359,
                              709.0,
                              709.78,
                              709.782712893384,
                              709.7827128933841,
                              709.79,
                              710.0,
                              711.0,
                              1e5,
                              1e308,
                              kMax,
                              kInf,
                              -708.39,
                              -708.4,
                              -709.0,
                              -720.0,
                              -740.0,
                              -745.0,
                              -745.1332191019411,
                              -745.1332191019412,
                              -745.2,
                              -746.0,
                              -800.0,
                              -1e308,
                              -kMax,
                              -kInf,
                              std::numeric_limits<double>::quiet_NaN() };
    std::mt19937_64 rng(7);
    std::uniform_real_distribution<double> wide(-750.0, 715.0), narrow(-2.0, 2.0),
        tail(-746.0, -700.0);
    for (int i = 0; i < 200000; ++i)
        x.push_back(wide(rng));
    for (int i = 0; i < 50000; ++i)
        x.push_back(narrow(rng));
    for (int i = 0; i < 50000; ++i)
        x.push_back(tail(rng)); // results in and near the subnormals
    // Multiples of ln2 / 2, where the reduction changes n, and their neighbours.
    for (int k = -2160; k <= 2050; ++k) {
        const double v = k * 0.34657359027997264;
        x.insert(x.end(), { v, std::nextafter(v, kInf), std::nextafter(v, -kInf) });
    }
    return x;
}

std::vector<double> log1pInputs()
{
    std::vector<double> x = { 0.0,
                              -0.0,
                              kMinSub,
                              -kMinSub,
                              kMinNormal,
                              -kMinNormal,
                              1e-300,
                              -1e-300,
                              1e-17,
                              -1e-17,
                              1.0,
                              0.5,
                              -0.5,
                              -0.29289321881345243,
                              0.41421356237309503,
                              std::nextafter(-1.0, 0.0),
                              -1.0 + 1e-10,
                              -1.0,
                              std::nextafter(-1.0, -kInf),
                              -2.0,
                              -1e300,
                              -kInf,
                              2.0,
                              1e15,
                              9007199254740992.0,
                              1e300,
                              kMax,
                              kInf,
                              std::numeric_limits<double>::quiet_NaN() };
    std::mt19937_64 rng(11);
    std::uniform_real_distribution<double> unit(-1.0, 1.0), exponent(-320.0, 308.0),
        cover(0.0, 1.0);
    for (int i = 0; i < 100000; ++i)
        x.push_back(unit(rng));
    for (int i = 0; i < 100000; ++i)
        x.push_back(cover(rng)); // the binomial kernel's range: exp(-|η|)
    for (int i = 0; i < 100000; ++i) {
        const double m = std::pow(10.0, exponent(rng));
        x.push_back(i % 3 == 0 ? -std::min(m, 0.999999) : m);
    }
    for (int i = 0; i < 20000; ++i)
        x.push_back(-1.0 + std::pow(10.0, -16.0 * cover(rng))); // just above -1
    return x;
}

// An independent computation of the round statistics in long double, one row at a time, with
// the sums of absolute terms that bound the rounding error of any order of summation.
struct Reference {
    std::vector<long double> h, hAbs, score, scoreAbs; // h: p x p, upper triangle used
    long double deviance = 0, devianceAbs = 0, sumW = 0, events = 0, aicTerm = 0;
};

Reference reference(const DesignMatrix &d, Family family, const Eigen::VectorXd &beta)
{
    const Eigen::Index n = d.X.rows(), p = d.X.cols();
    Reference r;
    r.h.assign(static_cast<std::size_t>(p * p), 0);
    r.hAbs = r.h;
    r.score.assign(static_cast<std::size_t>(p), 0);
    r.scoreAbs = r.score;
    for (Eigen::Index i = 0; i < n; ++i) {
        long double eta = d.offset.size() == n ? d.offset[i] : 0.0;
        for (Eigen::Index j = 0; j < p; ++j)
            eta += static_cast<long double>(d.X(i, j)) * beta[j];
        const long double y = d.y[i];
        long double mu, w, dev;
        if (family == Family::Binomial) {
            mu = 1.0L / (1.0L + std::exp(-eta));
            w = mu * (1.0L - mu);
            dev = 2.0L * (y * std::log1p(std::exp(-eta)) + (1.0L - y) * std::log1p(std::exp(eta)));
        } else if (family == Family::Poisson) {
            mu = std::exp(eta);
            w = mu;
            dev = 2.0L * ((y > 0 ? y * (std::log(y) - eta) : 0.0L) - (y - mu));
            r.aicTerm += 2.0L * (std::lgamma(y + 1.0L) - (y > 0 ? y * std::log(y) : 0.0L) + y);
        } else {
            mu = eta;
            w = 1.0L;
            dev = (y - mu) * (y - mu);
        }
        r.deviance += dev;
        r.devianceAbs += std::abs(dev);
        r.sumW += w;
        r.events += y;
        for (Eigen::Index j = 0; j < p; ++j) {
            const long double xj = d.X(i, j);
            r.score[static_cast<std::size_t>(j)] += xj * (y - mu);
            r.scoreAbs[static_cast<std::size_t>(j)] += std::abs(xj * (y - mu));
            for (Eigen::Index k = j; k < p; ++k) {
                const long double t = w * xj * d.X(i, k);
                r.h[static_cast<std::size_t>(j * p + k)] += t;
                r.hAbs[static_cast<std::size_t>(j * p + k)] += std::abs(t);
            }
        }
    }
    return r;
}

DesignMatrix randomDesign(Eigen::Index n, Eigen::Index p, Family family, bool offset, unsigned seed,
                          double scale = 1.0)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> normal;
    std::uniform_real_distribution<double> uniform;
    DesignMatrix d;
    d.X.resize(n, p);
    for (Eigen::Index i = 0; i < n; ++i) {
        for (Eigen::Index j = 0; j < p; ++j)
            d.X(i, j) = j == 0 ? 1.0 : scale * normal(rng);
    }
    d.y.resize(n);
    for (Eigen::Index i = 0; i < n; ++i) {
        const double x1 = p > 1 ? d.X(i, 1) : 0.0;
        switch (family) {
        case Family::Binomial:
            d.y[i] = uniform(rng) < 1 / (1 + std::exp(0.5 - 0.4 * x1)) ? 1 : 0;
            break;
        case Family::Poisson:
            d.y[i] = std::floor(3 * uniform(rng) * std::exp(0.2 * x1));
            break;
        case Family::Gaussian:
            d.y[i] = 2 + 0.7 * x1 + normal(rng);
            break;
        }
    }
    d.offset = offset ? Eigen::VectorXd(0.3 * Eigen::VectorXd::Random(n)) : Eigen::VectorXd();
    for (Eigen::Index j = 0; j < p; ++j)
        d.terms.push_back(j == 0 ? "(Intercept)" : "x" + std::to_string(j));
    return d;
}

Eigen::VectorXd someBeta(Eigen::Index p, double size)
{
    Eigen::VectorXd b(p);
    for (Eigen::Index j = 0; j < p; ++j)
        b[j] = size * (j % 2 == 0 ? 1.0 : -0.6) / static_cast<double>(j + 1);
    return b;
}

// |got - want| within tol times the sum of absolute terms (the bound of any summation order).
bool close(double got, long double want, long double absSum, double tol)
{
    return std::abs(static_cast<long double>(got) - want) <= tol * (absSum + 1e-300L);
}

} // namespace

class TestRoundKernel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void expMatchesTheCLibrary_data();
    void expMatchesTheCLibrary();
    void log1pMatchesTheCLibrary_data();
    void log1pMatchesTheCLibrary();
    void roundMatchesLongDoubleReference_data();
    void roundMatchesLongDoubleReference();
    void kernelsAgreeWithBaseline_data();
    void kernelsAgreeWithBaseline();
    void overflowIsNonFinite_data();
    void overflowIsNonFinite();
    void kernelChoiceFollowsTheEnvironmentWhenSupported();
    void unsupportedKernelIsRefused();
};

void TestRoundKernel::initTestCase()
{
    QString list;
    for (RoundKernel k : supportedRoundKernels())
        list += QString::fromLatin1(roundKernelName(k).data(), roundKernelName(k).size()) + u' ';
    qInfo("supported round kernels: %s; active: %s", qPrintable(list),
          activeRoundKernelName().data());
    QVERIFY(!supportedRoundKernels().empty());
    QCOMPARE(supportedRoundKernels().front(), RoundKernel::Baseline);
}

static void kernelRows()
{
    QTest::addColumn<int>("kernel");
    for (RoundKernel k : supportedRoundKernels())
        QTest::newRow(roundKernelName(k).data()) << static_cast<int>(k);
}

void TestRoundKernel::expMatchesTheCLibrary_data()
{
    kernelRows();
}

void TestRoundKernel::expMatchesTheCLibrary()
{
    QFETCH(int, kernel);
    const std::vector<double> x = expInputs();
    std::vector<double> got(x.size());
    QVERIFY(roundKernelExp(static_cast<RoundKernel>(kernel), x.data(), got.data(), x.size()));
    std::uint64_t worst = 0;
    double worstAt = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        const std::uint64_t d = ulpDistance(got[i], std::exp(x[i]));
        if (d > worst) {
            worst = d;
            worstAt = x[i];
        }
    }
    qInfo("exp: largest error %llu ulp (at x = %.17g) over %zu values",
          static_cast<unsigned long long>(worst), worstAt, x.size());
    QVERIFY2(worst <= 2,
             qPrintable(QStringLiteral("exp(%1) is %2 ulp off")
                            .arg(worstAt, 0, 'g', 17)
                            .arg(static_cast<qulonglong>(worst))));
    // The edges exactly.
    const double edges[] = { 710.0, kInf, -746.0, -kInf, 0.0 };
    double out[5];
    QVERIFY(roundKernelExp(static_cast<RoundKernel>(kernel), edges, out, 5));
    QCOMPARE(out[0], kInf);
    QCOMPARE(out[1], kInf);
    QCOMPARE(out[2], 0.0);
    QCOMPARE(out[3], 0.0);
    QCOMPARE(out[4], 1.0);
}

void TestRoundKernel::log1pMatchesTheCLibrary_data()
{
    kernelRows();
}

void TestRoundKernel::log1pMatchesTheCLibrary()
{
    QFETCH(int, kernel);
    const std::vector<double> x = log1pInputs();
    std::vector<double> got(x.size());
    QVERIFY(roundKernelLog1p(static_cast<RoundKernel>(kernel), x.data(), got.data(), x.size()));
    std::uint64_t worst = 0;
    double worstAt = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        const std::uint64_t d = ulpDistance(got[i], std::log1p(x[i]));
        if (d > worst) {
            worst = d;
            worstAt = x[i];
        }
    }
    qInfo("log1p: largest error %llu ulp (at x = %.17g) over %zu values",
          static_cast<unsigned long long>(worst), worstAt, x.size());
    QVERIFY2(worst <= 2,
             qPrintable(QStringLiteral("log1p(%1) is %2 ulp off")
                            .arg(worstAt, 0, 'g', 17)
                            .arg(static_cast<qulonglong>(worst))));
    const double edges[] = { -1.0, -2.0, -0.0, kInf };
    double out[4];
    QVERIFY(roundKernelLog1p(static_cast<RoundKernel>(kernel), edges, out, 4));
    QCOMPARE(out[0], -kInf);
    QVERIFY(std::isnan(out[1]));
    QVERIFY(out[2] == 0.0 && std::signbit(out[2]));
    QCOMPARE(out[3], kInf);
}

static void designRows()
{
    QTest::addColumn<int>("kernel");
    QTest::addColumn<int>("family");
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("p");
    QTest::addColumn<bool>("offset");
    QTest::addColumn<double>("betaSize");
    const struct {
        int n, p;
    } shapes[] = { { 1, 1 },    { 7, 3 },     { 9, 2 },     { 64, 5 },    { 1001, 7 },
                   { 513, 20 }, { 3001, 23 }, { 2000, 50 }, { 120001, 6 } };
    for (RoundKernel k : supportedRoundKernels()) {
        for (Family f : { Family::Binomial, Family::Poisson, Family::Gaussian }) {
            for (const auto &s : shapes) {
                for (bool offset : { false, true }) {
                    const QByteArray name = QByteArray(roundKernelName(k).data()) + ' '
                        + familyId(f) + " n=" + QByteArray::number(s.n)
                        + " p=" + QByteArray::number(s.p) + (offset ? " offset" : "");
                    QTest::newRow(name.constData()) << static_cast<int>(k) << static_cast<int>(f)
                                                    << s.n << s.p << offset << 0.3;
                }
            }
            // Large |η|: the exp and log1p tails (binomial weights near 0, Poisson means ~e^40).
            const QByteArray name
                = QByteArray(roundKernelName(k).data()) + ' ' + familyId(f) + " large eta";
            QTest::newRow(name.constData()) << static_cast<int>(k) << static_cast<int>(f) << 4099
                                            << 4 << false << (f == Family::Poisson ? 9.0 : 60.0);
        }
    }
}

void TestRoundKernel::roundMatchesLongDoubleReference_data()
{
    designRows();
}

void TestRoundKernel::roundMatchesLongDoubleReference()
{
    QFETCH(int, kernel);
    QFETCH(int, family);
    QFETCH(int, n);
    QFETCH(int, p);
    QFETCH(bool, offset);
    QFETCH(double, betaSize);
    const auto f = static_cast<Family>(family);
    const DesignMatrix d = randomDesign(n, p, f, offset, static_cast<unsigned>(n * 31 + p));
    const Eigen::VectorXd beta = someBeta(p, betaSize);
    auto got = computeRound(d, f, beta, static_cast<RoundKernel>(kernel));
    QVERIFY_EXPECTED(got);
    const Reference want = reference(d, f, beta);
    // Summation over up to 60,000 rows per lane: a few 1e-14 typically, 1e-12 is the bound we hold.
    const double tol = 1e-12;
    QCOMPARE(got->p, p);
    QCOMPARE(got->n, static_cast<double>(n));
    QVERIFY(close(got->deviance, want.deviance, want.devianceAbs, tol));
    QVERIFY(close(got->sumWeights, want.sumW, want.sumW, tol));
    QVERIFY(close(got->events, want.events, want.events, tol));
    QVERIFY2(close(got->aicTerm, want.aicTerm, std::abs(want.aicTerm), tol),
             qPrintable(QStringLiteral("aic %1 vs %2")
                            .arg(got->aicTerm, 0, 'g', 17)
                            .arg(static_cast<double>(want.aicTerm), 0, 'g', 17)));
    std::size_t u = 0;
    for (int j = 0; j < p; ++j) {
        const auto sj = static_cast<std::size_t>(j);
        QVERIFY2(close(got->score[sj], want.score[sj], want.scoreAbs[sj], tol),
                 qPrintable(QStringLiteral("score %1").arg(j)));
        for (int k = j; k < p; ++k, ++u) {
            const auto jk = static_cast<std::size_t>(j * p + k);
            QVERIFY2(close(got->xtwxUpper[u], want.h[jk], want.hAbs[jk], tol),
                     qPrintable(QStringLiteral("XtWX %1,%2: %3 vs %4")
                                    .arg(j)
                                    .arg(k)
                                    .arg(got->xtwxUpper[u], 0, 'g', 17)
                                    .arg(static_cast<double>(want.h[jk]), 0, 'g', 17)));
        }
    }
}

void TestRoundKernel::kernelsAgreeWithBaseline_data()
{
    designRows();
}

void TestRoundKernel::kernelsAgreeWithBaseline()
{
    QFETCH(int, kernel);
    QFETCH(int, family);
    QFETCH(int, n);
    QFETCH(int, p);
    QFETCH(bool, offset);
    QFETCH(double, betaSize);
    const auto f = static_cast<Family>(family);
    const DesignMatrix d = randomDesign(n, p, f, offset, static_cast<unsigned>(n * 17 + p));
    const Eigen::VectorXd beta = someBeta(p, betaSize);
    auto got = computeRound(d, f, beta, static_cast<RoundKernel>(kernel));
    auto base = computeRound(d, f, beta, RoundKernel::Baseline);
    QVERIFY(got.ok() && base.ok());
    // The same kernel twice: the same bits (no dependence on threads or timing).
    auto again = computeRound(d, f, beta, static_cast<RoundKernel>(kernel));
    QVERIFY(again.ok());
    QCOMPARE(again->xtwxUpper, got->xtwxUpper);
    QCOMPARE(again->score, got->score);
    QCOMPARE(again->deviance, got->deviance);
    // Relative to the largest entry of the same statistic (entries may cancel to ~0).
    const auto agree = [](const std::vector<double> &a, const std::vector<double> &b) {
        double scale = 0, diff = 0;
        for (std::size_t i = 0; i < a.size(); ++i) {
            scale = std::max(scale, std::abs(b[i]));
            diff = std::max(diff, std::abs(a[i] - b[i]));
        }
        return diff <= 1e-12 * scale;
    };
    QVERIFY(agree(got->xtwxUpper, base->xtwxUpper));
    QVERIFY(agree(got->score, base->score));
    QVERIFY(std::abs(got->deviance - base->deviance) <= 1e-12 * std::abs(base->deviance));
    QVERIFY(std::abs(got->sumWeights - base->sumWeights) <= 1e-12 * base->sumWeights);
    QCOMPARE(got->events, base->events);
}

void TestRoundKernel::overflowIsNonFinite_data()
{
    kernelRows();
}

void TestRoundKernel::overflowIsNonFinite()
{
    QFETCH(int, kernel);
    const auto k = static_cast<RoundKernel>(kernel);
    for (int n : { 3, 1000, 150000 }) {
        // Poisson: μ = exp(800) overflows in the vectorised exp.
        DesignMatrix d = randomDesign(n, 3, Family::Poisson, false, 5);
        Eigen::VectorXd beta(3);
        beta << 0.0, 0.0, 0.0;
        d.X(n - 1, 2) = 800.0;
        beta[2] = 1.0;
        auto r = computeRound(d, Family::Poisson, beta, k);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::NonFinite);
        // Binomial: η = ±inf (a huge x times β) makes the deviance infinite.
        DesignMatrix b = randomDesign(n, 3, Family::Binomial, false, 6);
        b.X(n / 2, 1) = 1e308;
        b.y[n / 2] = 1.0;
        Eigen::VectorXd beta2(3);
        beta2 << 0.0, -10.0, 0.0;
        r = computeRound(b, Family::Binomial, beta2, k);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::NonFinite);
        // Gaussian: a residual whose square overflows.
        DesignMatrix g = randomDesign(n, 2, Family::Gaussian, false, 8);
        g.y[0] = 1e200;
        r = computeRound(g, Family::Gaussian, Eigen::VectorXd::Zero(2), k);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::NonFinite);
        // μ = exp(600) and x·μ, x²·μ still fit: finite, and equal to the reference.
        d.X(n - 1, 2) = 600.0;
        r = computeRound(d, Family::Poisson, beta, k);
        QVERIFY_EXPECTED(r);
        const Reference want = reference(d, Family::Poisson, beta);
        QVERIFY(close(r->sumWeights, want.sumW, want.sumW, 1e-13));
    }
}

void TestRoundKernel::kernelChoiceFollowsTheEnvironmentWhenSupported()
{
    const RoundKernel best = supportedRoundKernels().back();
    QCOMPARE(chooseRoundKernel(nullptr), best);
    QCOMPARE(chooseRoundKernel(""), best);
    QCOMPARE(chooseRoundKernel("sse9"), best);
    QCOMPARE(chooseRoundKernel("AVX2 "), best);
    QCOMPARE(chooseRoundKernel("baseline"), RoundKernel::Baseline);
    for (RoundKernel k : { RoundKernel::Avx2, RoundKernel::Avx512 }) {
        const std::string name(roundKernelName(k));
        QCOMPARE(chooseRoundKernel(name.c_str()), roundKernelSupported(k) ? k : best);
    }
    QCOMPARE(activeRoundKernel(), chooseRoundKernel(std::getenv("FAIRSTART_KERNEL")));
    QCOMPARE(activeRoundKernelName(), roundKernelName(activeRoundKernel()));
    for (RoundKernel k : { RoundKernel::Baseline, RoundKernel::Avx2, RoundKernel::Avx512 })
        QCOMPARE(roundKernelFromName(roundKernelName(k)), std::optional<RoundKernel>(k));
}

void TestRoundKernel::unsupportedKernelIsRefused()
{
    int unsupported = 0;
    for (RoundKernel k : { RoundKernel::Avx2, RoundKernel::Avx512 }) {
        if (roundKernelSupported(k))
            continue;
        ++unsupported;
        const DesignMatrix d = randomDesign(10, 2, Family::Gaussian, false, 1);
        auto r = computeRound(d, Family::Gaussian, Eigen::VectorXd::Zero(2), k);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
        double x = 1.0, y = 0.0;
        QVERIFY(!roundKernelExp(k, &x, &y, 1));
        QCOMPARE(y, 0.0);
    }
    qInfo("%d kernel(s) not supported by this CPU were refused", unsupported);
    // Supported everywhere: the baseline.
    QVERIFY(roundKernelSupported(RoundKernel::Baseline));
}

QTEST_APPLESS_MAIN(TestRoundKernel)
#include "tst_roundkernel.moc"

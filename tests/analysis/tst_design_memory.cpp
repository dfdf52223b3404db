// SPDX-License-Identifier: GPL-3.0-or-later
// A design's outcome as bits and its table rows as a bitmap or 4-byte ids (issue 16, branch
// `memory`, designstorage.h): every read gives the values it was given, and every kernel and
// check reading them gives the same bits as from the doubles and the 8-byte rows.
#include "fairstart/analysis/datatable.h"
#include "fairstart/analysis/design.h"
#include "fairstart/analysis/designstorage.h"
#include "fairstart/analysis/disclosure.h"
#include "fairstart/analysis/formula.h"
#include "fairstart/analysis/roundkernel.h"

#include <QTest>

#include <bit>
#include <cmath>
#include <cstring>
#include <random>

using namespace fairstart::analysis;

namespace {

bool sameBits(double a, double b)
{
    return std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b);
}

bool sameBits(const std::vector<double> &a, const std::vector<double> &b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (!sameBits(a[i], b[i]))
            return false;
    }
    return true;
}

// n records of p - 1 random predictors and a 0/1 outcome drawn from them.
DesignMatrix randomDesign(Eigen::Index n, Eigen::Index p, unsigned seed, bool withOffset)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> normal;
    std::uniform_real_distribution<double> uniform;
    DesignMatrix d;
    d.X.resize(n, p);
    d.X.col(0).setOnes();
    for (Eigen::Index j = 1; j < p; ++j) {
        for (Eigen::Index i = 0; i < n; ++i)
            d.X(i, j) = normal(rng);
    }
    Eigen::VectorXd y(n);
    for (Eigen::Index i = 0; i < n; ++i) {
        const double eta = 0.3 * d.X(i, std::min<Eigen::Index>(1, p - 1)) - 0.5;
        y[i] = uniform(rng) < 1 / (1 + std::exp(-eta)) ? 1.0 : 0.0;
    }
    d.y = y;
    if (withOffset) {
        d.offset.resize(n);
        for (Eigen::Index i = 0; i < n; ++i)
            d.offset[i] = 0.1 * normal(rng);
    }
    std::vector<std::int64_t> rows(static_cast<std::size_t>(n));
    for (std::size_t i = 0; i < rows.size(); ++i)
        rows[i] = std::int64_t(i);
    d.rows = rows;
    for (Eigen::Index j = 0; j < p; ++j)
        d.terms.push_back(j == 0 ? "(Intercept)" : "x" + std::to_string(j));
    return d;
}

} // namespace

class TestDesignMemory : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void responseKeepsZeroOneAsBits()
    {
        Eigen::VectorXd v(130);
        for (Eigen::Index i = 0; i < v.size(); ++i)
            v[i] = (i * 7) % 3 == 0 ? 1.0 : 0.0;
        Response y = v;
        QVERIFY(y.binary());
        QVERIFY(y.bits() != nullptr);
        QVERIFY(y.doubles() == nullptr);
        QCOMPARE(y.size(), v.size());
        QCOMPARE(y.bytes(), std::size_t(3 * 8)); // 130 bits in three words, not 1,040 bytes
        for (Eigen::Index i = 0; i < v.size(); ++i) {
            QVERIFY(sameBits(y[i], v[i]));
            QVERIFY(sameBits(y(i), v[i]));
        }
        QVERIFY(sameBits(y.sum(), v.sum()));
        const Eigen::VectorXd back = y.values();
        QVERIFY(std::memcmp(back.data(), v.data(), sizeof(double) * std::size_t(v.size())) == 0);
        // Compared by value, whatever the form.
        Response doubles;
        doubles.assignDoubles(v);
        QVERIFY(!doubles.binary());
        QVERIFY(doubles == y);
        Eigen::VectorXd other = v;
        other[129] = 1.0 - other[129];
        QVERIFY(!(Response(other) == y));
    }

    void responseKeepsEverythingElseAsDoubles()
    {
        // -0.0 is not +0.0 to the bit: kept as a double so that it reads back as -0.0.
        for (const Eigen::VectorXd &v : { Eigen::VectorXd(Eigen::Vector3d(0.0, -0.0, 1.0)),
                                          Eigen::VectorXd(Eigen::Vector3d(0.0, 2.0, 1.0)),
                                          Eigen::VectorXd(Eigen::Vector3d(0.5, 1.5, 2.5)) }) {
            const Response y = v;
            QVERIFY(!y.binary());
            QVERIFY(y.bits() == nullptr);
            QCOMPARE(y.bytes(), std::size_t(3 * sizeof(double)));
            for (Eigen::Index i = 0; i < v.size(); ++i)
                QVERIFY(sameBits(y[i], v[i]));
            QVERIFY(sameBits(y.sum(), v.sum()));
        }
        const Response empty;
        QCOMPARE(empty.size(), Eigen::Index(0));
        QVERIFY(!empty.binary());
        QCOMPARE(empty.values().size(), Eigen::Index(0));
    }

    void rowIdsChooseTheSmallerForm()
    {
        // Most of a table, ascending: a bitmap over its rows.
        std::vector<std::int64_t> cohort;
        for (std::int64_t r = 0; r < 10000; ++r) {
            if (r % 50 != 7)
                cohort.push_back(r);
        }
        RowIds ids = cohort;
        QCOMPARE(ids.form(), 'b');
        QCOMPARE(ids.size(), cohort.size());
        QVERIFY(ids.bytes() <= 10000 / 8 + 8);
        QVERIFY(ids.ascending());
        QVERIFY(ids.toVector() == cohort);
        QVERIFY(ids == cohort);
        // A few rows of a large table: 4-byte ids, not a bitmap of the whole table.
        const std::vector<std::int64_t> few { 3, 900000, 4000000000LL };
        ids = few;
        QCOMPARE(ids.form(), 'n');
        QCOMPARE(ids.bytes(), std::size_t(12));
        QVERIFY(ids.toVector() == few);
        // Not ascending: the order is kept.
        const std::vector<std::int64_t> shuffled { 5, 2, 9, 2 };
        ids = shuffled;
        QCOMPARE(ids.form(), 'n');
        QVERIFY(!ids.ascending());
        QVERIFY(ids.toVector() == shuffled);
        // A row beyond 2³² - 1, or a negative one: 8-byte ids, exact.
        const std::vector<std::int64_t> wide { 1, 4294967296LL };
        ids = wide;
        QCOMPARE(ids.form(), 'w');
        QVERIFY(ids.toVector() == wide);
        const std::vector<std::int64_t> negative { -1, 4 };
        ids = negative;
        QCOMPARE(ids.form(), 'w');
        QVERIFY(ids.ascending());
        QVERIFY(ids.toVector() == negative);
        ids = std::vector<std::int64_t>();
        QVERIFY(ids.empty());
        QCOMPARE(ids.form(), char(0));
        QVERIFY(ids.toVector().empty());
        // forEach gives the rows in order, as toVector.
        ids = cohort;
        std::vector<std::int64_t> seen;
        ids.forEach([&](std::int64_t r) { seen.push_back(r); });
        QVERIFY(seen == cohort);
    }

    void buildDesignKeepsTheSameValues()
    {
        // A binomial outcome, a threshold outcome and a count, with a missing record: y and the
        // rows read back as the table's values and rows of the used records.
        DataTable t;
        const std::vector<double> y { 0, 1, 0, 1, 1, 0, 1, 0, 1, 1 };
        const std::vector<double> count { 0, 3, 1, 2, 0, 5, 1, 0, 2, 4 };
        const std::vector<double> x { 1, 2, 3, 4, std::nan(""), 6, 7, 8, 9, 10 };
        QVERIFY(t.addNumeric("y", y).ok());
        QVERIFY(t.addNumeric("count", count).ok());
        QVERIFY(t.addNumeric("x", x).ok());
        const std::vector<std::int64_t> used { 0, 1, 2, 3, 5, 6, 7, 8, 9 };
        struct Case {
            const char *formula;
            Family family;
            bool binary;
        };
        for (const Case &c : { Case { "y ~ x", Family::Binomial, true },
                               Case { "I(count > 1) ~ x", Family::Binomial, true },
                               Case { "count ~ x", Family::Poisson, false } }) {
            auto spec = parseFormula(c.formula, c.family);
            QVERIFY2(spec.ok(), c.formula);
            auto resolved = resolveLocally(*spec, t);
            QVERIFY2(resolved.ok(), c.formula);
            auto d = buildDesign(t, *resolved);
            QVERIFY2(d.ok(), c.formula);
            QCOMPARE(d->y.binary(), c.binary);
            QCOMPARE(d->y.size(), Eigen::Index(used.size()));
            QVERIFY(d->rows == used);
            for (std::size_t i = 0; i < used.size(); ++i) {
                const double v = count[std::size_t(used[i])];
                const double expected = std::string(c.formula).starts_with("y")
                    ? y[std::size_t(used[i])]
                    : c.binary ? (v > 1 ? 1.0 : 0.0)
                               : v;
                QVERIFY(sameBits(d->y[Eigen::Index(i)], expected));
            }
        }
    }

    void kernelsReadBitsAsTheDoubles()
    {
        // Every kernel of this CPU, an odd n (the padded tail) and one beyond the split into two
        // halves (the second starts inside a word of bits), with and without an offset: the
        // round from the bits equals the round from the doubles to the bit.
        for (const Eigen::Index n : { Eigen::Index(1), Eigen::Index(203), Eigen::Index(150001) }) {
            for (const bool withOffset : { false, true }) {
                const DesignMatrix bits = randomDesign(n, 7, unsigned(n), withOffset);
                QVERIFY(bits.y.binary());
                DesignMatrix doubles = bits;
                doubles.y.assignDoubles(bits.y.values());
                QVERIFY(!doubles.y.binary());
                Eigen::VectorXd beta(7);
                beta << -0.4, 0.3, -0.2, 0.1, 0.05, -0.07, 0.2;
                for (const RoundKernel kernel : supportedRoundKernels()) {
                    for (const Family family :
                         { Family::Binomial, Family::Poisson, Family::Gaussian }) {
                        const auto a = computeRound(bits, family, beta, kernel);
                        const auto b = computeRound(doubles, family, beta, kernel);
                        QVERIFY(a.ok());
                        QVERIFY(b.ok());
                        QVERIFY(sameBits(a->xtwxUpper, b->xtwxUpper));
                        QVERIFY(sameBits(a->score, b->score));
                        QVERIFY(sameBits(a->deviance, b->deviance));
                        QVERIFY(sameBits(a->events, b->events));
                        QVERIFY(sameBits(a->sumWeights, b->sumWeights));
                        QVERIFY(sameBits(a->aicTerm, b->aicTerm));
                        QVERIFY(a->events > 0 || n == 1);
                    }
                }
            }
        }
    }

    void checksReadBitsAsTheDoubles()
    {
        // The release checks that read y give the same verdicts and details from either form.
        const DesignMatrix bits = randomDesign(4000, 5, 11, false);
        DesignMatrix doubles = bits;
        doubles.y.assignDoubles(bits.y.values());
        DisclosurePolicy policy;
        Eigen::VectorXd beta(5);
        beta << -0.5, 0.4, 0.1, -0.2, 0.3;
        auto same = [](const RuleOutcome &a, const RuleOutcome &b) {
            return a.ruleId == b.ruleId && a.passed == b.passed && a.detail == b.detail
                && sameBits(a.threshold, b.threshold);
        };
        for (const Family family : { Family::Binomial, Family::Poisson, Family::Gaussian })
            QVERIFY(same(checkRoundDominance(bits, family, beta, policy),
                         checkRoundDominance(doubles, family, beta, policy)));
        // A β that puts the weight on few records: refused from both forms alike.
        Eigen::VectorXd steep = beta * 40.0;
        const RuleOutcome refused = checkRoundDominance(bits, Family::Binomial, steep, policy);
        QVERIFY(same(refused, checkRoundDominance(doubles, Family::Binomial, steep, policy)));
        QVERIFY(same(checkEvaluationDominance(bits, beta, policy),
                     checkEvaluationDominance(doubles, beta, policy)));
        const auto a = checkDesignDominance(bits, policy);
        const auto b = checkDesignDominance(doubles, policy);
        QCOMPARE(a.size(), b.size());
        for (std::size_t i = 0; i < a.size(); ++i)
            QVERIFY(same(a[i], b[i]));
    }
};

QTEST_GUILESS_MAIN(TestDesignMemory)
#include "tst_design_memory.moc"

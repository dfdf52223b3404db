// SPDX-License-Identifier: GPL-3.0-or-later
// The separation programme at any size (branch `poissonlp2`, docs/privacy-rules.md "Separation
// along any direction at any size"): row generation over every record (fewestBlockersOverRecords)
// against the programme over every distinct row, on the R-referenced designs of
// data/separation_poissonlp.R and on random designs of thousands of distinct rows; the attacks'
// shapes on designs of 10^5 distinct rows; the exact pass of robustly spanning counts; and the
// budget, which refuses.
#include "fairstart/analysis/disclosure.h"
#include "fairstart/analysis/separationlp.h"

#include <QFile>
#include <QTest>

#include <chrono>
#include <random>

using namespace fairstart::analysis;

namespace {

std::function<bool(Eigen::Index)> positiveOf(const Eigen::VectorXd &y)
{
    return [&y](Eigen::Index i) {
        return y[i] > 0.0;
    };
}

// The node's verdict on a direction found: refused when fewer than 10 records block it and it
// pushes some record off.
bool refuses(const SeparationDirection &d)
{
    return d.solved && d.pushedOff > 0 && d.blockers < 10;
}

// Row generation started from `start` records (rowsPerRound), and the full programme.
struct Both {
    SeparationOverRecords generated, full;
};
Both bothWays(const Eigen::MatrixXd &X, const Eigen::VectorXd &y, bool binomial,
              std::size_t start = 300)
{
    SeparationBudget small;
    small.rowsPerRound = start;
    small.workingRows = 100000;
    small.rounds = 1000;
    SeparationBudget every = small;
    every.everyRow = true;
    return { fewestBlockersOverRecords(X, positiveOf(y), binomial, 0, small),
             fewestBlockersOverRecords(X, positiveOf(y), binomial, 0, every) };
}

// A design of `n` records: an intercept, `numeric` normal columns rounded to 1/100, a 0/1 column;
// Poisson counts of mean about exp(level). `face` > 0: the counts above 0 only where the first
// numeric column is at its face (= 3), the zeros below, and `face − 1` zeros planted above
// (blockers, face 1: none).
void randomDesign(std::mt19937_64 &rng, Eigen::Index n, int numeric, double level, int face,
                  Eigen::MatrixXd &X, Eigen::VectorXd &y)
{
    std::normal_distribution<double> normal;
    std::uniform_real_distribution<double> uniform;
    const Eigen::Index p = 2 + numeric;
    X.resize(n, p);
    y.resize(n);
    for (Eigen::Index i = 0; i < n; ++i) {
        X(i, 0) = 1.0;
        double eta = level;
        for (Eigen::Index j = 1; j <= numeric; ++j) {
            X(i, j) = std::round(normal(rng) * 100.0) / 100.0;
            eta += 0.2 * X(i, j);
        }
        X(i, p - 1) = double(uniform(rng) < 0.4);
        y[i] = double(std::poisson_distribution<int>(std::exp(eta))(rng));
        if (face > 0) {
            const bool onFace = uniform(rng) < 0.2;
            X(i, 1) = onFace ? 3.0 : std::min(2.99, X(i, 1));
            y[i] = onFace ? 1.0 + double(i % 3) : 0.0;
        }
    }
    for (int k = 0; k + 1 < face && k < n; ++k) {
        X(k, 1) = 3.5 + k;
        y[k] = 0.0;
    }
}

// The zero above the face on a wide score (tst_attacks_poissonlp2 zeroAboveTheFaceOverAWideScore)
// with n records: counts above 0 at score 40 (one in ten), zeros each at a score of its own
// below, `planted` zeros above at 41; `irrelevant`: a column z of its own per record beside.
DesignMatrix wideZeroAbove(Eigen::Index n, int planted, bool irrelevant)
{
    DesignMatrix d;
    d.X.resize(n + planted, irrelevant ? 3 : 2);
    Eigen::VectorXd y(n + planted);
    for (Eigen::Index i = 0; i < n + planted; ++i) {
        const bool count = i < n && i % 10 == 0;
        d.X(i, 0) = 1.0;
        d.X(i, 1) = i >= n ? 41.0 : count ? 40.0 : 39.0 - double(i) / 7.0;
        if (irrelevant)
            d.X(i, 2) = double((i * 7919) % (n + planted + 1));
        y[i] = count ? 1.0 + double(i % 2) : 0.0;
    }
    d.y = y;
    d.terms = { "(Intercept)", "score" };
    if (irrelevant)
        d.terms.push_back("z");
    return d;
}

} // namespace

class TestSeparationPoissonLp2 : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void againstRAndTheFullProgramme();
    void randomDesignsAgainstTheFullProgramme();
    void robustSpanIsAnExactPass();
    void attacksAtAnySize();
    void honestLargeDesignsPass();
    void theBudgetRefuses();
};

void TestSeparationPoissonLp2::againstRAndTheFullProgramme()
{
    // R's cases (data/separation_poissonlp.R): row generation from 4 records, the programme over
    // every record and the patterns' programme (fewestBlockers, the node's before this branch)
    // give the same verdict; where R drives some fitted value to its bound, no record blocks.
    QFile file(QStringLiteral(FAIRSTART_TEST_DATA_DIR "/separation_poissonlp.txt"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    int cases = 0;
    for (qsizetype l = 0; l < lines.size();) {
        const QByteArray line = lines[l++].trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> head = line.split(' ');
        QCOMPARE(head.value(0), QByteArray("case"));
        const bool binomial = head.value(1) == "binomial";
        const int n = head.value(2).toInt(), p = head.value(3).toInt();
        Eigen::MatrixXd X(n, p + 1);
        Eigen::VectorXd y(n);
        bool separated = false;
        for (int i = 0; i < n; ++i) {
            const QList<QByteArray> cells = lines[l++].simplified().split(' ');
            QCOMPARE(cells.size(), qsizetype(p + 2));
            X(i, 0) = 1.0;
            for (int j = 0; j < p; ++j)
                X(i, j + 1) = cells[j].toDouble();
            y[i] = cells[p].toDouble();
            separated = separated || cells[p + 1].toInt() == 1;
        }
        const Both both = bothWays(X, y, binomial, 4);
        const auto patterns = binomial ? binomialPatterns(X, positiveOf(y), 100000)
                                       : poissonPatterns(X, positiveOf(y), 100000);
        QVERIFY(patterns);
        const SeparationDirection old = fewestBlockers(*patterns);
        QVERIFY(!both.generated.unfinished && !both.full.unfinished);
        QCOMPARE(refuses(both.generated.direction), refuses(both.full.direction));
        QCOMPARE(refuses(both.full.direction), refuses(old));
        QCOMPARE(both.full.direction.blockers, old.blockers);
        if (separated) {
            QCOMPARE(both.generated.direction.blockers, std::int64_t(0));
            QVERIFY(both.generated.direction.pushedOff > 0);
        }
        ++cases;
    }
    QCOMPARE(cases, 60);
}

void TestSeparationPoissonLp2::randomDesignsAgainstTheFullProgramme()
{
    // Designs of 1500–3000 distinct rows (more than the budget of branch `poissonlp`): honest
    // counts (common and rare), and faces with 0, 1, 5, 9, 10 and 14 blockers beside 1–3 other
    // numeric columns. Row generation and the full programme: the same verdict, and the same
    // number of blockers where it decides (fewer than 10).
    std::mt19937_64 rng(2026);
    int refused = 0, cases = 0;
    const struct {
        double level;
        int face;
    } shapes[] = { { -0.5, 0 }, { -5.5, 0 }, { 0, 1 },  { 0, 2 },   { 0, 6 },
                   { 0, 10 },   { 0, 11 },   { 0, 15 }, { -6.5, 0 } };
    for (const auto &shape : shapes) {
        for (const int numeric : { 1, 3 }) {
            Eigen::MatrixXd X;
            Eigen::VectorXd y;
            randomDesign(rng, 1500 + 500 * numeric, numeric, shape.level, shape.face, X, y);
            const auto start = std::chrono::steady_clock::now();
            const Both both = bothWays(X, y, false);
            QVERIFY(!both.generated.unfinished && !both.full.unfinished);
            const bool r = refuses(both.full.direction);
            qInfo("level %g, face %d, %d numeric: full %lld blockers (%lld off), generated %lld "
                  "(%zu rows, %d passes); %.2f s",
                  shape.level, shape.face, numeric, (long long)both.full.direction.blockers,
                  (long long)both.full.direction.pushedOff,
                  (long long)both.generated.direction.blockers, both.generated.workingRows,
                  both.generated.passes,
                  std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
            QCOMPARE(refuses(both.generated.direction), r);
            if (both.full.direction.blockers < 10 || both.generated.direction.blockers < 10)
                QCOMPARE(both.generated.direction.blockers, both.full.direction.blockers);
            if (shape.face > 0)
                QCOMPARE(r, shape.face <= 10);
            refused += r;
            ++cases;
        }
    }
    QVERIFY(refused >= 8 && refused < cases);
}

void TestSeparationPoissonLp2::robustSpanIsAnExactPass()
{
    // Where 10 disjoint sets of counts above 0 span the design, the full programme finds no
    // direction with fewer than 10 blockers; where they do not (every count above 0 on a face),
    // no pass is claimed.
    std::mt19937_64 rng(11);
    for (const double level : { -0.5, -3.0, -6.0 }) {
        Eigen::MatrixXd X;
        Eigen::VectorXd y;
        randomDesign(rng, 2000, 2, level, 0, X, y);
        const bool spanned = faceRecordsSpanRobustly(X, positiveOf(y), 10);
        const Both both = bothWays(X, y, false);
        qInfo("level %g: spanned %d, %lld blockers", level, int(spanned),
              (long long)both.full.direction.blockers);
        QCOMPARE(spanned, level > -4.0); // about 900, 100 and 5 counts above 0
        if (spanned)
            QVERIFY(both.full.direction.blockers >= 10);
    }
    Eigen::MatrixXd X;
    Eigen::VectorXd y;
    randomDesign(rng, 2000, 2, 0, 1, X, y);
    QVERIFY(!faceRecordsSpanRobustly(X, positiveOf(y), 10));
    // Exactly 10 disjoint spanning sets of identical rows pass; 9 do not.
    for (const int copies : { 9, 10 }) {
        Eigen::MatrixXd I = Eigen::MatrixXd::Identity(3, 3);
        Eigen::MatrixXd Xc(3 * copies, 3);
        for (int c = 0; c < copies; ++c)
            Xc.middleRows(3 * c, 3) = I;
        const Eigen::VectorXd yc = Eigen::VectorXd::Ones(3 * copies);
        QCOMPARE(faceRecordsSpanRobustly(Xc, positiveOf(yc), 10), copies >= 10);
    }
}

void TestSeparationPoissonLp2::attacksAtAnySize()
{
    // 10^5 records, about 9·10^4 distinct rows: both worlds refused by the programme, with the
    // same detail.
    for (const bool irrelevant : { false, true }) {
        for (const int planted : { 0, 1, 9, 10 }) {
            const DesignMatrix d = wideZeroAbove(100000, planted, irrelevant);
            const auto start = std::chrono::steady_clock::now();
            const SeparationVerdict v = separationVerdict(d, Family::Poisson, DisclosurePolicy());
            qInfo("wide score%s, %d planted: %s (%.2f s)", irrelevant ? " + z" : "", planted,
                  v.kind == SeparationVerdict::Refused      ? v.detail.c_str()
                      : v.kind == SeparationVerdict::Passed ? "passes"
                                                            : "unfinished",
                  std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
            QCOMPARE(int(v.kind),
                     int(planted < 10 ? SeparationVerdict::Refused : SeparationVerdict::Passed));
            if (v.kind == SeparationVerdict::Refused)
                QCOMPARE(v.detail, std::string("a combination of score"));
            const RuleOutcome o = checkPoissonSeparation(d, Family::Poisson, DisclosurePolicy());
            QCOMPARE(o.passed, planted >= 10);
        }
    }
    // review8's score + z on 6·10^4 distinct rows: every count above 0 at score + z = 0, zeros
    // at −5..−1, `planted` counts above 0 at −3.
    for (const int planted : { 0, 1, 9, 10 }) {
        const Eigen::Index n = 60000;
        DesignMatrix d;
        d.X.resize(n, 3);
        Eigen::VectorXd y(n);
        int left = planted;
        for (Eigen::Index i = 0; i < n; ++i) {
            const bool above = i % 3 == 0;
            d.X(i, 0) = 1.0;
            d.X(i, 1) = double(i);
            d.X(i, 2) = above ? -double(i) : -double(i) - 1.0 - double((i / 3) % 5);
            y[i] = above ? 1.0 + double(i % 2) : 0.0;
            if (!above && i > 30000 && left > 0) {
                --left;
                d.X(i, 2) = -double(i) - 3.0;
                y[i] = 3.0;
            }
        }
        d.y = y;
        d.terms = { "(Intercept)", "score", "z" };
        const SeparationVerdict v = separationVerdict(d, Family::Poisson, DisclosurePolicy());
        qInfo("wide score + z, %d planted: %s", planted,
              v.kind == SeparationVerdict::Refused ? v.detail.c_str() : "not refused");
        QCOMPARE(int(v.kind),
                 int(planted < 10 ? SeparationVerdict::Refused : SeparationVerdict::Passed));
        if (v.kind == SeparationVerdict::Refused)
            QCOMPARE(v.detail, std::string("a combination of score, z"));
    }
}

void TestSeparationPoissonLp2::honestLargeDesignsPass()
{
    // Honest counts over 2·10^5 records of distinct rows: common counts (the exact pass) and rare
    // ones (about 40 above 0: row generation over every record) pass.
    std::mt19937_64 rng(5);
    for (const double level : { -0.5, -8.5 }) {
        DesignMatrix d;
        Eigen::VectorXd y;
        randomDesign(rng, 200000, 4, level, 0, d.X, y);
        d.y = y;
        d.terms = { "(Intercept)", "a", "b", "c", "d", "e" };
        const auto start = std::chrono::steady_clock::now();
        const SeparationOverRecords found
            = fewestBlockersOverRecords(d.X, positiveOf(y), false, 10);
        const SeparationVerdict v = separationVerdict(d, Family::Poisson, DisclosurePolicy());
        qInfo("level %g: %lld counts above 0, spanned %d, %lld blockers, %zu rows, %d passes "
              "(%.2f s)",
              level, (long long)(y.array() > 0).count(), int(found.spanned),
              (long long)found.direction.blockers, found.workingRows, found.passes,
              std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
        QCOMPARE(found.spanned, level > -1.0);
        QCOMPARE(int(v.kind), int(SeparationVerdict::Passed));
    }
}

void TestSeparationPoissonLp2::theBudgetRefuses()
{
    // The honest rare counts of honestLargeDesignsPass need about 650 working rows; with at most
    // 50 the programme is unfinished, and the verdict is not a pass.
    std::mt19937_64 rng(5);
    DesignMatrix d;
    Eigen::VectorXd y;
    randomDesign(rng, 200000, 4, -0.5, 0, d.X, y); // the same draws as honestLargeDesignsPass
    randomDesign(rng, 200000, 4, -8.5, 0, d.X, y);
    d.y = y;
    d.terms = { "(Intercept)", "a", "b", "c", "d", "e" };
    SeparationBudget tiny;
    tiny.workingRows = 50;
    tiny.rowsPerRound = 20;
    const SeparationOverRecords found
        = fewestBlockersOverRecords(d.X, positiveOf(y), false, 10, tiny);
    QVERIFY(found.unfinished);
    const SeparationVerdict v = separationVerdict(d, Family::Poisson, DisclosurePolicy(), tiny);
    QCOMPARE(int(v.kind), int(SeparationVerdict::Unfinished));
    QCOMPARE(int(separationVerdict(d, Family::Poisson, DisclosurePolicy()).kind),
             int(SeparationVerdict::Passed));
}

QTEST_APPLESS_MAIN(TestSeparationPoissonLp2)
#include "tst_separation_poissonlp2.moc"

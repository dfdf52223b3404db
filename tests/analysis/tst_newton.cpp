// SPDX-License-Identifier: GPL-3.0-or-later
// The Newton step gives the same bits whatever the compiler flags and the CPU: the coordinator's
// sources compiled four more times (newton_probe_*) answer newtonproblems.h's problems exactly as
// the library does, a build that allows contraction into FMA does not (so this test can see a
// difference), and a committed replay (data/newton_golden.txt) gives the committed bits.
#include "newtonproblems.h"

#include <QFile>
#include <QProcess>
#include <QTest>

#include <charconv>
#include <cmath>
#include <limits>

using namespace fairstart::analysis;
using namespace fairstart::analysis::testing;

namespace {

std::string runProbe(const char *path, QString *error)
{
    QProcess process;
    process.start(QString::fromUtf8(path), {});
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        *error = QStringLiteral("%1 did not run: %2 %3")
                     .arg(QString::fromUtf8(path), process.errorString(),
                          QString::fromUtf8(process.readAllStandardError()));
        return {};
    }
    const QByteArray out = process.readAllStandardOutput();
    return std::string(out.constData(), std::size_t(out.size()));
}

// The first line where two answers differ, for the failure message.
QString firstDifference(const std::string &a, const std::string &b)
{
    std::size_t i = 0, line = 1, start = 0;
    while (i < a.size() && i < b.size() && a[i] == b[i]) {
        if (a[i] == '\n') {
            ++line;
            start = i + 1;
        }
        ++i;
    }
    auto lineOf = [start](const std::string &s) {
        return QString::fromStdString(
                   s.substr(start, std::min<std::size_t>(s.find('\n', start), s.size()) - start))
            .left(160);
    };
    return QStringLiteral("line %1:\n  %2\n  %3").arg(line).arg(lineOf(a), lineOf(b));
}

bool cpuHasAvx2Fma()
{
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
}

double fromHex(const std::string &text)
{
    std::uint64_t bits = 0;
    const auto r = std::from_chars(text.data(), text.data() + text.size(), bits, 16);
    if (r.ec != std::errc() || r.ptr != text.data() + text.size() || text.size() != 16)
        qFatal("newton_golden.txt: '%s' is not 16 hex digits", text.c_str());
    return std::bit_cast<double>(bits);
}

std::vector<std::string> words(const std::string &line)
{
    std::vector<std::string> out;
    std::size_t i = 0;
    while (i < line.size()) {
        const std::size_t j = line.find(' ', i);
        out.push_back(line.substr(i, j == std::string::npos ? std::string::npos : j - i));
        if (j == std::string::npos)
            break;
        i = j + 1;
    }
    return out;
}

} // namespace

class TestNewton : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sameBitsUnderOtherFlags();
    void contractionWouldChangeTheBits();
    void golden();
    void logIsAccurate();
    void solveAgreesWithEigen();
};

void TestNewton::sameBitsUnderOtherFlags()
{
    const std::string own = linearAlgebraProblems(400) + fitProblems(120);
    QVERIFY(own.size() > 100000);
    QVERIFY(own.find("failed rank-deficient") != std::string::npos
            || own.find("failed constant-column") != std::string::npos
            || own.find("aliased 1") != std::string::npos);
    std::vector<const char *> probes { NEWTON_PROBE_O0, NEWTON_PROBE_O3 };
    if (cpuHasAvx2Fma())
        probes.push_back(NEWTON_PROBE_AVX2);
    else
        qWarning("This CPU has no AVX2+FMA: the -mavx2 -mfma build is not run here.");
    for (const char *probe : probes) {
        QString error;
        const std::string other = runProbe(probe, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(other == own,
                 qPrintable(QStringLiteral("%1 differs from the library at %2")
                                .arg(QString::fromUtf8(probe), firstDifference(own, other))));
    }
}

void TestNewton::contractionWouldChangeTheBits()
{
    // The same sources with -ffp-contract=fast on an FMA target: if this gave the same bits, the
    // comparison above could not notice a build that lost the protective flags.
    if (!cpuHasAvx2Fma())
        QFAIL("This CPU has no FMA, so the contracted build cannot run: the sensitivity of "
              "sameBitsUnderOtherFlags is not shown on this machine.");
    QString error;
    const std::string contracted = runProbe(NEWTON_PROBE_CONTRACTED, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const std::string own = linearAlgebraProblems(400) + fitProblems(120);
    QVERIFY(contracted.size() > 100000);
    QVERIFY2(contracted != own, "contraction into FMA changed no bit: the test is blind");
}

void TestNewton::golden()
{
    QFile file(QStringLiteral(FAIRSTART_TEST_DATA_DIR "/newton_golden.txt"));
    QVERIFY2(file.open(QIODevice::ReadOnly), "data/newton_golden.txt is missing");
    int cases = 0, rounds = 0;
    std::optional<GlmCoordinator> c;
    int p = 0;
    while (!file.atEnd()) {
        const std::string line = file.readLine().trimmed().toStdString();
        if (line.empty() || line[0] == '#')
            continue;
        const std::vector<std::string> w = words(line);
        if (w[0] == "case") {
            p = std::stoi(w[4]);
            std::vector<std::string> terms { "(Intercept)" };
            for (int j = 1; j < p; ++j)
                terms.push_back("x" + std::to_string(j));
            c.emplace(terms, static_cast<Family>(std::stoi(w[1])), fromHex(w[2]), GlmOptions {},
                      w[3] == "1");
            ++cases;
        } else if (w[0] == "stats") {
            RoundStats s;
            s.p = p;
            s.deviance = fromHex(w[1]);
            s.n = fromHex(w[2]);
            s.events = fromHex(w[3]);
            s.sumWeights = fromHex(w[4]);
            s.aicTerm = fromHex(w[5]);
            const std::size_t upper = std::size_t(p * (p + 1) / 2);
            QCOMPARE(w.size(), 6 + upper + std::size_t(p));
            for (std::size_t i = 0; i < upper; ++i)
                s.xtwxUpper.push_back(fromHex(w[6 + i]));
            for (std::size_t i = 0; i < std::size_t(p); ++i)
                s.score.push_back(fromHex(w[6 + upper + i]));
            auto status = c->accept(s);
            QVERIFY(status.ok());
            const std::string expected = file.readLine().trimmed().toStdString();
            std::string got = "after " + std::to_string(int(*status));
            appendHex(got, c->nextBeta().data(), std::size_t(c->nextBeta().size()));
            QCOMPARE(got, expected);
            ++rounds;
        } else if (w[0] == "result" || w[0] == "covariance") {
            auto r = c->result();
            QVERIFY(r.ok());
            std::string got = w[0];
            if (w[0] == "result")
                appendHex(got, r->beta.data(), std::size_t(r->beta.size()));
            else
                appendHex(got, r->covariance.data(), std::size_t(r->covariance.size()));
            QCOMPARE(got, line);
        } else if (w[0] == "null") {
            auto r = c->result();
            QVERIFY(r.ok());
            QCOMPARE(r->nullDeviance ? hex(*r->nullDeviance) : std::string("none"), w[1]);
        }
    }
    QCOMPARE(cases, 5);
    QVERIFY(rounds >= 20);
}

void TestNewton::logIsAccurate()
{
    // Within 2 ulp of glibc's log (itself within 1 ulp of the true value) over the whole range.
    Generator g(99);
    int worst = 0;
    for (int i = 0; i < 200000; ++i) {
        const double x = i % 2 == 0 ? std::bit_cast<double>((g.next() >> 2) | 0x0000000000000001ULL)
                                    : 0.25 + 4.0 * g.uniform();
        const double mine = newton::log(x), libm = std::log(x);
        const auto ulps
            = std::abs(std::bit_cast<std::int64_t>(mine) - std::bit_cast<std::int64_t>(libm));
        worst = std::max(worst, int(std::min<std::int64_t>(ulps, 1000)));
        if (ulps > 2)
            QFAIL(qPrintable(QStringLiteral("log(%1) = %2, libm %3")
                                 .arg(x, 0, 'g', 17)
                                 .arg(mine, 0, 'g', 17)
                                 .arg(libm, 0, 'g', 17)));
    }
    qInfo("largest distance to libm's log: %d ulp", worst);
    QCOMPARE(newton::log(1.0), 0.0);
    QCOMPARE(newton::log(2.0), std::log(2.0));
    QCOMPARE(newton::log(0.0), -std::numeric_limits<double>::infinity());
    QCOMPARE(newton::log(std::numeric_limits<double>::infinity()),
             std::numeric_limits<double>::infinity());
    QVERIFY(std::isnan(newton::log(-1.0)));
    QVERIFY(std::isnan(newton::log(std::numeric_limits<double>::quiet_NaN())));
    QVERIFY(std::abs(newton::log(std::numeric_limits<double>::denorm_min())
                     - std::log(4.9406564584124654e-324))
            < 1e-12);
}

void TestNewton::solveAgreesWithEigen()
{
    Generator g(5);
    for (int k = 0; k < 200; ++k) {
        const int p = 1 + g.below(20);
        Eigen::MatrixXd x(p + 10, p);
        for (Eigen::Index i = 0; i < x.size(); ++i)
            x.data()[i] = g.normal();
        const Eigen::MatrixXd a = x.transpose() * x;
        Eigen::VectorXd b(p);
        for (int i = 0; i < p; ++i)
            b[i] = g.normal();
        newton::Matrix m(p);
        for (int i = 0; i < p; ++i)
            for (int j = 0; j < p; ++j)
                m(i, j) = a(i, j);
        const newton::Cholesky f = newton::cholesky(m);
        QVERIFY(f.ok);
        const std::vector<double> s = newton::solve(f, std::vector<double>(b.data(), b.data() + p));
        const Eigen::VectorXd expected = a.ldlt().solve(b);
        const Eigen::MatrixXd inverse = a.inverse();
        const newton::Matrix inv = newton::inverse(f);
        for (int i = 0; i < p; ++i) {
            QVERIFY(std::abs(s[std::size_t(i)] - expected[i]) < 1e-9 * (1 + expected.norm()));
            for (int j = 0; j < p; ++j)
                QVERIFY(std::abs(inv(i, j) - inverse(i, j)) < 1e-9 * (1 + inverse.norm()));
        }
    }
    // Not positive definite: the first failing pivot is named.
    newton::Matrix singular(3);
    singular(0, 0) = 4;
    singular(1, 1) = 1;
    singular(0, 1) = singular(1, 0) = 2; // row 1 = row 0 / 2
    singular(2, 2) = 1;
    const newton::Cholesky f = newton::cholesky(singular);
    QVERIFY(!f.ok);
    QCOMPARE(f.failedColumn, 1);
}

QTEST_GUILESS_MAIN(TestNewton)
#include "tst_newton.moc"

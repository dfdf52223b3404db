// SPDX-License-Identifier: GPL-3.0-or-later
// The random-effects meta-analysis against R's metafor::rma(method = "REML", test = "knha") and
// predict() on real published meta-analyses (data/make_metaanalysis.R writes the references).
#include "expectedtest.h"
#include "fairstart/analysis/glm.h" // studentTCdf, studentTQuantile
#include "fairstart/analysis/metaanalysis.h"

#include "referencedata.h"

#include <QFile>
#include <QtTest>

#include <cmath>
#include <map>
#include <sstream>

using namespace fairstart::analysis;
using fairstart::analysis::testing::dataPath;
using fairstart::analysis::testing::parseNumber;

namespace {

using Case = std::map<std::string, std::vector<double>>;

struct Reference {
    std::vector<std::string> order;
    std::map<std::string, Case> cases;
    std::vector<std::vector<double>> qt, pt;
};

Reference readReference()
{
    Reference r;
    QFile f(dataPath(QStringLiteral("metaanalysis-reference.txt")));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("metaanalysis-reference.txt is missing");
    std::string current;
    while (!f.atEnd()) {
        const std::string line = f.readLine().trimmed().toStdString();
        if (line.empty() || line[0] == '#')
            continue;
        std::istringstream in(line);
        std::string key, word;
        in >> key;
        if (key == "case") {
            in >> current;
            r.order.push_back(current);
            continue;
        }
        std::vector<double> values;
        while (in >> word) {
            double v = 0;
            if (!parseNumber(word, v))
                qFatal("metaanalysis-reference.txt: not a number: %s", word.c_str());
            values.push_back(v);
        }
        if (key == "qt")
            r.qt.push_back(values);
        else if (key == "pt")
            r.pt.push_back(values);
        else
            r.cases[current][key] = values;
    }
    return r;
}

const Reference &reference()
{
    static const Reference r = readReference();
    return r;
}

bool close(double got, double want, double relative, double absolute = 0.0)
{
    return std::fabs(got - want) <= relative * std::fabs(want) + absolute;
}

} // namespace

class tst_MetaAnalysis : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void randomEffects_data();
    void randomEffects();
    void studentT();
    void refusesBadInput();
};

void tst_MetaAnalysis::randomEffects_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<double>("tolerance");
    QVERIFY(reference().order.size() >= 5);
    for (const std::string &name : reference().order) {
        // Against metafor iterated to 1e-12 the numbers agree to rounding; with metafor's own
        // stopping rule (|Δτ²| < 1e-5) so do its default results.
        QTest::newRow((name + " tight").c_str())
            << QString::fromStdString(name) << QStringLiteral("tight") << 1e-9;
        QTest::newRow((name + " default").c_str())
            << QString::fromStdString(name) << QStringLiteral("default") << 1e-9;
    }
}

void tst_MetaAnalysis::randomEffects()
{
    QFETCH(QString, name);
    QFETCH(QString, mode);
    QFETCH(double, tolerance);
    const Case &c = reference().cases.at(name.toStdString());
    const std::string m = mode.toStdString() + "_";
    RandomEffectsOptions options;
    options.metaforStoppingRule = mode == QLatin1String("default");
    const auto r = fairstart::analysis::randomEffects(c.at("y"), c.at("se"), options);
    QVERIFY_EXPECTED(r);
    QCOMPARE(r->sites, int(c.at("y").size()));
    QCOMPARE(r->df, r->sites - 1);
    const double tau2 = c.at(m + "tau2")[0];
    const std::vector<std::pair<const char *, std::pair<double, double>>> checks = {
        { "estimate", { r->estimate, c.at(m + "estimate")[0] } },
        { "se", { r->se, c.at(m + "se")[0] } },
        { "ci lower", { r->ciLower, c.at(m + "ci")[0] } },
        { "ci upper", { r->ciUpper, c.at(m + "ci")[1] } },
        { "pi lower", { r->piLower, c.at(m + "pi")[0] } },
        { "pi upper", { r->piUpper, c.at(m + "pi")[1] } },
        { "Q", { r->q, c.at(m + "q")[0] } },
        { "Q p", { r->qP, c.at(m + "q")[1] } },
        { "I2", { r->i2, c.at(m + "i2")[0] } },
        { "H2", { r->h2, c.at(m + "h2")[0] } },
        { "t quantile", { r->tQuantile, c.at(m + "tcrit")[0] } },
    };
    for (const auto &[what, values] : checks)
        QVERIFY2(close(values.first, values.second, tolerance, 1e-300),
                 qPrintable(QStringLiteral("%1: %2 vs R %3")
                                .arg(QLatin1String(what))
                                .arg(values.first, 0, 'g', 17)
                                .arg(values.second, 0, 'g', 17)));
    // τ² at the boundary is 0 in both; elsewhere relative.
    QVERIFY2(
        tau2 == 0.0 ? r->tau2 == 0.0 : close(r->tau2, tau2, tolerance),
        qPrintable(
            QStringLiteral("tau2: %1 vs R %2").arg(r->tau2, 0, 'g', 17).arg(tau2, 0, 'g', 17)));
    QVERIFY(r->ciLower < r->estimate && r->estimate < r->ciUpper);
    QVERIFY(r->piLower <= r->ciLower && r->ciUpper <= r->piUpper);
}

void tst_MetaAnalysis::studentT()
{
    QVERIFY(reference().qt.size() >= 10);
    for (const std::vector<double> &q : reference().qt) {
        const double got = studentTQuantile(q[1], q[0]);
        QVERIFY2(close(got, q[2], 1e-12),
                 qPrintable(QStringLiteral("qt(%1, %2) = %3, R %4")
                                .arg(q[1])
                                .arg(q[0])
                                .arg(got, 0, 'g', 17)
                                .arg(q[2], 0, 'g', 17)));
    }
    for (const std::vector<double> &p : reference().pt) {
        const double got = studentTCdf(p[1], p[0]);
        QVERIFY2(close(got, p[2], 1e-12),
                 qPrintable(QStringLiteral("pt(%1, %2) = %3, R %4")
                                .arg(p[1])
                                .arg(p[0])
                                .arg(got, 0, 'g', 17)
                                .arg(p[2], 0, 'g', 17)));
    }
}

void tst_MetaAnalysis::refusesBadInput()
{
    auto message = [](const Result<RandomEffects> &r) {
        return r.ok() ? std::string() : r.error().message;
    };
    const auto one = fairstart::analysis::randomEffects({ 0.3 }, { 0.1 });
    QVERIFY(!one.ok());
    QVERIFY(message(one).find("at least two") != std::string::npos);
    const auto sizes = fairstart::analysis::randomEffects({ 0.3, 0.4 }, { 0.1 });
    QVERIFY(!sizes.ok());
    const auto zeroSe = fairstart::analysis::randomEffects({ 0.3, 0.4, 0.5 }, { 0.1, 0.0, 0.2 });
    QVERIFY(!zeroSe.ok());
    QVERIFY(message(zeroSe).find("Site 2") != std::string::npos);
    const auto nan
        = fairstart::analysis::randomEffects({ 0.3, std::nan(""), 0.5 }, { 0.1, 0.2, 0.2 });
    QVERIFY(!nan.ok());
    const auto level = fairstart::analysis::randomEffects({ 0.3, 0.4 }, { 0.1, 0.2 }, { 1.0 });
    QVERIFY(!level.ok());
    // Identical estimates: Q = 0, τ² = 0 and (metafor) a Knapp–Hartung scale of 0.
    const auto same = fairstart::analysis::randomEffects({ 0.4, 0.4, 0.4 }, { 0.1, 0.2, 0.3 });
    QVERIFY(same.ok());
    QCOMPARE(same->tau2, 0.0);
    QCOMPARE(same->se, 0.0);
    QCOMPARE(same->estimate, 0.4);
}

QTEST_GUILESS_MAIN(tst_MetaAnalysis)
#include "tst_metaanalysis.moc"

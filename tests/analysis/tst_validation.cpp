// SPDX-License-Identifier: GPL-3.0-or-later
// Leave-one-site-out validation on nwtco over three sites against R (data/make_validation.R):
// the pooling of each measure (metafor) and, in one process, every held-out site's fit and
// performance (glm, pROC).
#include "expectedtest.h"
#include "fairstart/analysis/discrimination.h"
#include "fairstart/analysis/glm.h"
#include "fairstart/analysis/validation.h"

#include "discriminationdata.h"

#include <QtTest>

#include <cmath>

using namespace fairstart::analysis;
using namespace fairstart::analysis::testing;

namespace {

const DiscriminationReference &reference()
{
    static const DiscriminationReference r
        = readDiscriminationReference(dataPath(QStringLiteral("validation-reference.txt")));
    return r;
}

const Csv &nwtco()
{
    static const Csv csv = [] {
        Csv c;
        if (!readCsv(QStringLiteral("../../site-node/data/nwtco.csv"), c))
            qFatal("nwtco.csv is missing");
        return c;
    }();
    return csv;
}

HeldOutSite fromR(int s)
{
    const std::string k = "site" + std::to_string(s) + " ";
    HeldOutSite h;
    h.heldOut = "site" + std::to_string(s);
    h.n = reference().scalar(k + "n");
    h.events = reference().scalar(k + "events");
    h.auc = reference().at(k + "auc")[0];
    h.aucSe = reference().at(k + "auc")[1];
    h.calibrationSlope = reference().at(k + "calibration_slope")[0];
    h.calibrationSlopeSe = reference().at(k + "calibration_slope")[1];
    h.calibrationInTheLarge = reference().at(k + "calibration_in_the_large")[0];
    h.calibrationInTheLargeSe = reference().at(k + "calibration_in_the_large")[1];
    h.observedExpected = reference().at(k + "observed_expected")[0];
    h.brier = reference().scalar(k + "brier");
    return h;
}

bool near(double got, double want, double relative)
{
    return std::fabs(got - want) <= relative * std::max(std::fabs(want), 1e-300);
}

QString differs(const char *what, double got, double want)
{
    return QStringLiteral("%1: %2 vs R %3")
        .arg(QLatin1String(what))
        .arg(got, 0, 'g', 17)
        .arg(want, 0, 'g', 17);
}

} // namespace

class tst_Validation : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void pooledEqualsMetafor();
    void heldOutSitesEqualR();
    void needsThreeSites();
};

void tst_Validation::pooledEqualsMetafor()
{
    std::vector<HeldOutSite> sites;
    for (int s = 0; s < 3; ++s) {
        sites.push_back(fromR(s));
        QCOMPARE(observedExpectedLogSe(sites.back().events, sites.back().n),
                 reference().at("site" + std::to_string(s) + " observed_expected")[1]);
    }
    const auto pooled = poolHeldOutSites(sites);
    QVERIFY_EXPECTED(pooled);
    QCOMPARE(pooled->size(), std::size_t(4));
    for (const PooledMeasure &m : *pooled) {
        const std::vector<double> &want = reference().at("pooled " + m.measure);
        QCOMPARE(m.sites, 3);
        const double got[] = { m.estimate, m.ciLower, m.ciUpper, m.piLower, m.piUpper };
        for (int i = 0; i < 5; ++i)
            QVERIFY2(near(got[i], want[std::size_t(i)], 1e-9),
                     qPrintable(QString::fromStdString(m.measure) + QLatin1Char(' ')
                                + differs("value", got[i], want[std::size_t(i)])));
        QVERIFY2(want[5] == 0.0 ? m.tau2 == 0.0 : near(m.tau2, want[5], 1e-9),
                 qPrintable(differs("tau2", m.tau2, want[5])));
    }
}

void tst_Validation::heldOutSitesEqualR()
{
    // What `validate` computes federated, here in one process: fit on the other sites, evaluate
    // at the held-out one.
    for (int s = 0; s < 3; ++s) {
        const std::string k = "site" + std::to_string(s) + " ";
        std::vector<DesignMatrix> train;
        for (int t = 0; t < 3; ++t) {
            if (t != s)
                train.push_back(nwtcoDesign(nwtco(), t));
        }
        const auto fit = fitFederated({ &train[0], &train[1] }, Family::Binomial);
        QVERIFY(fit.ok());
        const std::vector<double> &beta = reference().at(k + "beta");
        for (std::size_t j = 0; j < beta.size(); ++j)
            QVERIFY2(near(fit->beta[Eigen::Index(j)], beta[j], 1e-6),
                     qPrintable(differs("beta", fit->beta[Eigen::Index(j)], beta[j])));
        const DesignMatrix heldOut = nwtcoDesign(nwtco(), s);
        const auto m = mannWhitney(heldOut, Family::Binomial, fit->beta);
        QVERIFY(m.ok());
        QCOMPARE(m->positives + m->negatives, reference().scalar(k + "n"));
        QVERIFY2(near(m->u / (m->positives * m->negatives), reference().at(k + "auc")[0], 1e-12),
                 qPrintable(differs("auc", m->u / (m->positives * m->negatives),
                                    reference().at(k + "auc")[0])));
        const auto bins = computePerformance(heldOut, Family::Binomial, fit->beta);
        QVERIFY(bins.ok());
        QVERIFY(near(bins->sumY / bins->sumP, reference().at(k + "observed_expected")[0], 1e-6));
        QVERIFY(near(bins->sumSquaredError / bins->n, reference().scalar(k + "brier"), 1e-6));
        // The DeLong SE of the binned risks (what a node's bins give) is close to pROC's.
        const auto metrics = summarise({ *bins });
        QVERIFY(metrics.ok());
        QVERIFY2(near(metrics->aucSe, reference().at(k + "auc")[1], 1e-2),
                 qPrintable(differs("auc se", metrics->aucSe, reference().at(k + "auc")[1])));

        GlmOptions once;
        once.fitNullModel = false;
        const auto slopeDesign = calibrationSlopeDesign(heldOut, fit->beta);
        QVERIFY(slopeDesign.ok());
        const auto slope = fitFederated({ &*slopeDesign }, Family::Binomial, 0.0, once);
        QVERIFY(slope.ok());
        const std::vector<double> &slopeR = reference().at(k + "calibration_slope");
        QVERIFY(near(slope->coefficients[1].estimate, slopeR[0], 1e-6));
        QVERIFY2(near(slope->coefficients[1].stdError, slopeR[1], 1e-6),
                 qPrintable(differs("slope se", slope->coefficients[1].stdError, slopeR[1])));
        const auto citlDesign = calibrationInterceptDesign(heldOut, fit->beta);
        QVERIFY(citlDesign.ok());
        const auto citl = fitFederated({ &*citlDesign }, Family::Binomial, 0.0, once);
        QVERIFY(citl.ok());
        const std::vector<double> &citlR = reference().at(k + "calibration_in_the_large");
        QVERIFY2(near(citl->coefficients[0].estimate, citlR[0], 1e-6),
                 qPrintable(differs("citl", citl->coefficients[0].estimate, citlR[0])));
        QVERIFY(near(citl->coefficients[0].stdError, citlR[1], 1e-6));
    }
}

void tst_Validation::needsThreeSites()
{
    const auto two = poolHeldOutSites({ fromR(0), fromR(1) });
    QVERIFY(!two.ok());
    QVERIFY(two.error().message.find("at least 3 sites") != std::string::npos);
    HeldOutSite broken = fromR(2);
    broken.calibrationSlopeSe = 0.0;
    const auto noSe = poolHeldOutSites({ fromR(0), fromR(1), broken });
    QVERIFY(!noSe.ok());
    QVERIFY(noSe.error().message.find("site2") != std::string::npos);
    QVERIFY(noSe.error().message.find("calibration_slope") != std::string::npos);
}

QTEST_GUILESS_MAIN(tst_Validation)
#include "tst_validation.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Federated fits split over 2-5 in-process sites against pooled R glm (data/make_references.R,
// and data/make_node_references.R: the cases tst_referencesovernodes fits over real nodes, spline
// cases at the knots the federation derived, recorded in the file),
// the ridge fits against glmnet (data/crosscheck_glmnet.R) and the spline basis against
// Hmisc::rcspline.eval (data/crosscheck_rcspline.R).
#include "expectedtest.h"
#include "referencedata.h"

#include "fairstart/analysis/design.h"
#include "fairstart/analysis/formula.h"
#include "fairstart/analysis/glm.h"
#include "fairstart/analysis/performance.h"
#include "fairstart/analysis/roundkernel.h"

#include <QTest>

#include <cstdlib>
#include <map>
#include <optional>

using namespace fairstart::analysis;
using namespace fairstart::analysis::testing;

class TestGlmReference : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void referencesRecordRVersion_data();
    void referencesRecordRVersion();
    void federatedEqualsPooledR_data();
    void federatedEqualsPooledR();
    void ridgeEqualsGlmnet_data();
    void ridgeEqualsGlmnet();
    void splineBasisEqualsHmisc();

private:
    // Reads the case's data, resolves its formula on the pooled records (checking the knots and
    // scaling against R's) and fits it federated over the case's sites. Fails the test on any
    // error; check QTest::currentTestFailed() after the call.
    void fitCase(const ReferenceCase &ref, std::vector<DesignMatrix> &designs,
                 std::optional<GlmResult> &fit);

    std::vector<ReferenceCase> m_cases; // references.txt, then node-references.txt
    std::vector<ReferenceCase> m_glmnet;
};

void TestGlmReference::initTestCase()
{
    m_cases = readReferences();
    QVERIFY2(m_cases.size() >= 15, "references.txt is missing or incomplete");
    const std::vector<ReferenceCase> nodeCases
        = readReferences(QStringLiteral("node-references.txt"));
    QVERIFY2(nodeCases.size() >= 12, "node-references.txt is missing or incomplete");
    m_cases.insert(m_cases.end(), nodeCases.begin(), nodeCases.end());
    // ctest runs this once per kernel (FAIRSTART_KERNEL); the request must have been honoured
    // whenever this CPU supports the kernel.
    const char *requested = std::getenv("FAIRSTART_KERNEL");
    qInfo("round kernel: %s (FAIRSTART_KERNEL=%s)", activeRoundKernelName().data(),
          requested ? requested : "");
    if (requested) {
        const auto kernel = roundKernelFromName(requested);
        QVERIFY2(kernel, "FAIRSTART_KERNEL names no round kernel");
        if (roundKernelSupported(*kernel))
            QCOMPARE(activeRoundKernel(), *kernel);
    }
    m_glmnet = readReferences(QStringLiteral("crosscheck_glmnet.txt"));
    QVERIFY2(m_glmnet.size() >= 3, "crosscheck_glmnet.txt is missing or incomplete");
}

void TestGlmReference::referencesRecordRVersion_data()
{
    QTest::addColumn<QString>("file");
    for (const char *f : { "references.txt", "node-references.txt", "crosscheck_glmnet.txt",
                           "crosscheck_rcspline.txt" })
        QTest::newRow(f) << QString::fromLatin1(f);
}

// A reference without the R version that wrote it cannot be reproduced or trusted.
void TestGlmReference::referencesRecordRVersion()
{
    QFETCH(QString, file);
    const std::string provenance = referenceProvenance(file);
    QVERIFY2(!provenance.empty(), qPrintable(file + QStringLiteral(" records no R version")));
    qInfo("%s: %s", qPrintable(file), provenance.c_str());
}

void TestGlmReference::federatedEqualsPooledR_data()
{
    QTest::addColumn<int>("index");
    for (std::size_t i = 0; i < m_cases.size(); ++i) {
        if (m_cases[i].has("formula"))
            QTest::newRow(m_cases[i].name.c_str()) << static_cast<int>(i);
    }
}

void TestGlmReference::fitCase(const ReferenceCase &ref, std::vector<DesignMatrix> &designs,
                               std::optional<GlmResult> &fit)
{
    Csv csv;
    QVERIFY(readCsv(QString::fromStdString(ref.get("data")), csv));
    const auto family = familyFromId(ref.get("family"));
    QVERIFY(family);
    auto spec = parseFormula(ref.get("formula"), *family);
    QVERIFY_EXPECTED(spec);
    if (ref.has("ridge"))
        spec->ridgeLambda = ref.number("ridge");
    const std::vector<Filter> filters = referenceFilters(ref);
    spec->filters.insert(spec->filters.end(), filters.begin(), filters.end());

    // Resolution on the pooled table must reproduce R's knots and scaling; knots that the
    // federation derived from the nodes' histograms (node-references.txt) are taken as given.
    const DataTable pooled = siteTable(csv, 0, 1);
    auto resolved = resolveLocally(*spec, pooled);
    QVERIFY_EXPECTED(resolved);
    const bool federationKnots = ref.get("knots_source") == "federation";
    for (const auto &line : ref.lines) {
        if (line[0] == "knots" && federationKnots) {
            std::vector<double> &knots = resolved->knots.at(line[1]);
            QCOMPARE(knots.size(), line.size() - 2);
            for (std::size_t j = 0; j < knots.size(); ++j)
                QVERIFY(parseNumber(line[j + 2], knots[j]));
        } else if (line[0] == "knots") {
            const auto &knots = resolved->knots.at(line[1]);
            QCOMPARE(knots.size(), line.size() - 2);
            for (std::size_t j = 0; j < knots.size(); ++j) {
                double expected = 0;
                QVERIFY(parseNumber(line[j + 2], expected));
                QVERIFY2(close(knots[j], expected, 1e-12), line[1].c_str());
            }
        } else if (line[0] == "scaling") {
            double mean = 0, sd = 0;
            QVERIFY(parseNumber(line[2], mean) && parseNumber(line[3], sd));
            QVERIFY(close(resolved->scaling.at(line[1]).first, mean, 1e-12));
            QVERIFY(close(resolved->scaling.at(line[1]).second, sd, 1e-12));
        }
    }

    const int sites = std::stoi(ref.get("sites"));
    QVERIFY(sites >= 2 && sites <= 5);
    double n = 0;
    for (int s = 0; s < sites; ++s) {
        auto d = buildDesign(siteTable(csv, s, sites), *resolved);
        QVERIFY_EXPECTED(d);
        n += static_cast<double>(d->counts.used);
        designs.push_back(std::move(*d));
    }
    QCOMPARE(n, ref.number("n"));
    std::vector<const DesignMatrix *> pointers;
    for (const DesignMatrix &d : designs)
        pointers.push_back(&d);
    auto result = fitFederated(pointers, *family, spec->ridgeLambda);
    QVERIFY_EXPECTED(result);
    fit = std::move(*result);
}

void TestGlmReference::federatedEqualsPooledR()
{
    QFETCH(int, index);
    const ReferenceCase &ref = m_cases[static_cast<std::size_t>(index)];
    std::vector<DesignMatrix> designs;
    std::optional<GlmResult> fit;
    fitCase(ref, designs, fit);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(fit);
    const auto family = familyFromId(ref.get("family"));
    QVERIFY(family);
    const int sites = std::stoi(ref.get("sites"));

    std::vector<const std::vector<std::string> *> terms;
    for (const auto &line : ref.lines) {
        if (line[0] == "term")
            terms.push_back(&line);
    }
    QCOMPARE(fit->coefficients.size(), terms.size());
    double worst = 0;
    for (std::size_t j = 0; j < terms.size(); ++j) {
        const auto &line = *terms[j];
        const Coefficient &c = fit->coefficients[j];
        QCOMPARE(c.term, line[1]);
        double est = 0, se = 0;
        QVERIFY(parseNumber(line[2], est) && parseNumber(line[3], se));
        worst = std::max(
            { worst, std::abs(c.estimate - est) / std::abs(est), std::abs(c.stdError - se) / se });
        if (line.size() > 4) {
            double pValue = 0;
            QVERIFY(parseNumber(line[4], pValue));
            // In the tail p ~ exp(-z²/2): a relative change δ in z moves p by about z²·δ, so
            // the p-value tolerance is the 1e-6 of the estimates times max(1, z²).
            const double z2 = std::max(1.0, c.statistic * c.statistic);
            const bool same = (c.pValue == 0 && pValue == 0) || close(c.pValue, pValue, 1e-6 * z2);
            if (!same)
                QFAIL(qPrintable(QStringLiteral("%1: p-value %2 vs R %3")
                                     .arg(QString::fromStdString(c.term))
                                     .arg(c.pValue, 0, 'g', 17)
                                     .arg(pValue, 0, 'g', 17)));
        }
        if (const QString why = coefficientMismatch(c.term, c.estimate, est, c.stdError, se);
            !why.isEmpty())
            QFAIL(qPrintable(why));
    }
    QVERIFY(close(fit->deviance, ref.number("deviance"), 1e-6));
    qInfo("%s: %d sites, %d rounds, largest relative difference to R %.2e (estimates, SEs), "
          "deviance %.2e",
          ref.name.c_str(), sites, fit->rounds, worst,
          std::abs(fit->deviance - ref.number("deviance")) / ref.number("deviance"));
    if (ref.has("null_deviance")) {
        QVERIFY(fit->nullDeviance);
        QVERIFY(close(*fit->nullDeviance, ref.number("null_deviance"), 1e-6));
    }
    if (ref.has("aic"))
        QVERIFY(close(fit->aic, ref.number("aic"), 1e-6));
    QVERIFY(fit->rounds <= 25);

    if (ref.has("auc_exact")) {
        std::vector<PerformanceBins> bins;
        for (const DesignMatrix &d : designs) {
            auto b = computePerformance(d, *family, fit->beta);
            QVERIFY(b.ok());
            bins.push_back(*b);
        }
        auto m = summarise(bins);
        QVERIFY(m.ok());
        const double exact = ref.number("auc_exact");
        QVERIFY2(std::abs(m->auc - exact) < 1e-3, "binned AUC differs from the exact AUC");
        QVERIFY(std::abs(m->auc - exact) <= m->aucBinningErrorBound + 1e-12);
        QVERIFY(std::abs(m->aucSe - ref.number("delong_se")) < 1e-3 * ref.number("delong_se") * 10);
        // pROC's AUC and DeLong SE (an independent implementation) within the same bounds.
        QVERIFY2(ref.has("auc_proc") && ref.has("delong_se_proc"), "no pROC cross-check");
        QVERIFY(std::abs(m->auc - ref.number("auc_proc")) <= m->aucBinningErrorBound + 1e-12);
        QVERIFY(std::abs(m->aucSe - ref.number("delong_se_proc"))
                < 1e-2 * ref.number("delong_se_proc"));
        QVERIFY(close(m->brier, ref.number("brier"), 1e-6));
        QVERIFY(std::abs(m->calibrationInTheLarge - ref.number("cal_large")) < 1e-8);

        std::vector<DesignMatrix> slope, intercept;
        for (const DesignMatrix &d : designs) {
            auto s = calibrationSlopeDesign(d, fit->beta);
            auto i = calibrationInterceptDesign(d, fit->beta);
            QVERIFY(s.ok() && i.ok());
            slope.push_back(std::move(*s));
            intercept.push_back(std::move(*i));
        }
        std::vector<const DesignMatrix *> sp, ip;
        for (std::size_t s = 0; s < slope.size(); ++s) {
            sp.push_back(&slope[s]);
            ip.push_back(&intercept[s]);
        }
        auto slopeFit = fitFederated(sp, Family::Binomial);
        auto interceptFit = fitFederated(ip, Family::Binomial);
        QVERIFY_EXPECTED(slopeFit);
        QVERIFY_EXPECTED(interceptFit);
        QVERIFY(close(slopeFit->beta[1], ref.number("cal_slope"), 1e-6));
        QVERIFY(std::abs(interceptFit->beta[0] - ref.number("cal_intercept")) < 1e-8);
    }
}

void TestGlmReference::ridgeEqualsGlmnet_data()
{
    QTest::addColumn<int>("index");
    for (std::size_t i = 0; i < m_glmnet.size(); ++i)
        QTest::newRow(m_glmnet[i].name.c_str()) << static_cast<int>(i);
}

// glmnet (coordinate descent, lambda mapped as derived in crosscheck_glmnet.R) is a second,
// independent implementation of the ridge objective; the engine's federated fit must equal it.
void TestGlmReference::ridgeEqualsGlmnet()
{
    QFETCH(int, index);
    const ReferenceCase &glmnet = m_glmnet[static_cast<std::size_t>(index)];
    const ReferenceCase *ref = findCase(m_cases, glmnet.name);
    QVERIFY2(ref, "the glmnet case is not in references.txt; rerun the R scripts");
    QVERIFY(ref->has("ridge"));
    QCOMPARE(glmnet.number("ridge"), ref->number("ridge"));
    std::vector<DesignMatrix> designs;
    std::optional<GlmResult> fit;
    fitCase(*ref, designs, fit);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(fit);
    QCOMPARE(fit->n, glmnet.number("n"));
    const auto terms = glmnet.all("term");
    QCOMPARE(fit->coefficients.size(), terms.size());
    for (std::size_t j = 0; j < terms.size(); ++j) {
        const Coefficient &c = fit->coefficients[j];
        QCOMPARE(c.term, terms[j][1]);
        double expected = 0;
        QVERIFY(parseNumber(terms[j][2], expected));
        if (!close(c.estimate, expected, 1e-6, 1e-9))
            QFAIL(qPrintable(QStringLiteral("%1: estimate %2 vs glmnet %3")
                                 .arg(QString::fromStdString(c.term))
                                 .arg(c.estimate, 0, 'g', 17)
                                 .arg(expected, 0, 'g', 17)));
    }
    QVERIFY(close(fit->deviance, glmnet.number("deviance"), 1e-6));
}

// The engine's spline basis against Hmisc::rcspline.eval (the basis of rms::rcs) below, at,
// between and beyond the knots of every spline reference case.
void TestGlmReference::splineBasisEqualsHmisc()
{
    const auto cases = readReferences(QStringLiteral("crosscheck_rcspline.txt"));
    QVERIFY2(cases.size() >= 3, "crosscheck_rcspline.txt is missing or incomplete");
    int points = 0;
    for (const ReferenceCase &c : cases) {
        std::map<std::string, std::vector<double>> knots;
        for (const auto &line : c.all("knots")) {
            auto &k = knots[line[1]];
            for (std::size_t j = 2; j < line.size(); ++j) {
                double v = 0;
                QVERIFY(parseNumber(line[j], v));
                k.push_back(v);
            }
            QVERIFY(k.size() >= 3);
        }
        for (const auto &line : c.all("basis")) {
            const auto it = knots.find(line[1]);
            QVERIFY2(it != knots.end(), "a basis line names a variable without knots");
            const std::vector<double> &k = it->second;
            QCOMPARE(line.size(), 3 + (k.size() - 1));
            double x = 0;
            QVERIFY(parseNumber(line[2], x));
            std::vector<double> basis(k.size() - 1);
            rcsBasis(x, k, basis.data());
            for (std::size_t j = 0; j < basis.size(); ++j) {
                double expected = 0;
                QVERIFY(parseNumber(line[3 + j], expected));
                if (!close(basis[j], expected, 1e-12, 1e-12))
                    QFAIL(qPrintable(QStringLiteral("%1: column %2 at x = %3: %4 vs Hmisc %5")
                                         .arg(QString::fromStdString(c.name))
                                         .arg(j)
                                         .arg(x, 0, 'g', 17)
                                         .arg(basis[j], 0, 'g', 17)
                                         .arg(expected, 0, 'g', 17)));
            }
            ++points;
        }
    }
    QVERIFY2(points >= 100, "too few basis points in crosscheck_rcspline.txt");
}

QTEST_GUILESS_MAIN(TestGlmReference)
#include "tst_glm_reference.moc"

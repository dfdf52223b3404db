// SPDX-License-Identifier: GPL-3.0-or-later
// The terminal presentation of fairstart-cli: R's p-value format and significance stars, and the
// studies of a run in text (every study under its own heading, readable in a terminal).
#include "fairstart/cli/clicommand.h"

#include "../../cli/src/clidetail.h"

#include <QRegularExpression>
#include <QTest>

#include <cmath>
#include <limits>

using namespace fairstart::cli;

class tst_CliFormat : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void pValues_data();
    void pValues();
    void stars_data();
    void stars();
    void everyStudyOfTheRun();
    void studiesNameWhereASignatureFailed();
    void fitTableShowsEveryStudy();
    void oneStudyForDescribe();
    void maskedAucClaimsNoBound();
    void subgroupTableSaysHowCalibrationIsPooled();
};

namespace {

using namespace fairstart::protocol;

StudyRecord study(JobKind kind, const QString &hash, const QStringList &sites,
                  const QString &mode = QStringLiteral("masked"))
{
    StudyRecord s;
    s.study = QStringLiteral("sha256:") + hash.repeated(64 / hash.size());
    s.mode = mode;
    s.manifest.kind = kind;
    s.manifest.mode = mode;
    for (const QString &site : sites) {
        s.manifest.participants.append({ site, {}, {} });
        s.checks.append({ site, true, true, {} });
    }
    return s;
}

const QStringList kSites { QStringLiteral("gemeente-zeist"), QStringLiteral("jgz-utrecht"),
                           QStringLiteral("umc-hospital") };

// The run of the demo with a scale() term: the fit, the descriptives that resolved the design,
// the masked evaluation and both calibrations.
FitReport demoRun()
{
    FitReport r;
    r.study = study(JobKind::Glm, QStringLiteral("a1"), kSites);
    r.studies << study(JobKind::Descriptives, QStringLiteral("b2"), kSites)
              << study(JobKind::Evaluation, QStringLiteral("c3"), kSites)
              << study(JobKind::CalibrationIntercept, QStringLiteral("d4"), kSites)
              << study(JobKind::CalibrationSlope, QStringLiteral("e5"), kSites);
    return r;
}

void verifyLinesFit(const QString &text)
{
    for (const QString &line : text.split(QLatin1Char('\n')))
        QVERIFY2(line.size() <= 100, qPrintable(line));
}

} // namespace

void tst_CliFormat::pValues_data()
{
    QTest::addColumn<double>("p");
    QTest::addColumn<QString>("text");
    QTest::newRow("tiny") << 1e-20 << QStringLiteral("< 2e-16");
    QTest::newRow("small") << 1.234e-5 << QStringLiteral("1.23e-05");
    QTest::newRow("medium") << 0.012345 << QStringLiteral("0.0123");
    QTest::newRow("large") << 0.5 << QStringLiteral("0.5");
    QTest::newRow("nan") << std::nan("") << QStringLiteral("NA");
}

void tst_CliFormat::pValues()
{
    QFETCH(double, p);
    QFETCH(QString, text);
    QCOMPARE(formatPValue(p), text);
}

void tst_CliFormat::stars_data()
{
    QTest::addColumn<double>("p");
    QTest::addColumn<QString>("stars");
    QTest::newRow("***") << 0.0009 << QStringLiteral("***");
    QTest::newRow("**") << 0.009 << QStringLiteral("**");
    QTest::newRow("*") << 0.049 << QStringLiteral("*");
    QTest::newRow(".") << 0.09 << QStringLiteral(".");
    QTest::newRow("none") << 0.2 << QStringLiteral(" ");
}

void tst_CliFormat::stars()
{
    QFETCH(double, p);
    QFETCH(QString, stars);
    QCOMPARE(significanceStars(p), stars);
}

void tst_CliFormat::everyStudyOfTheRun()
{
    const QString text = formatStudies(demoRun());
    verifyLinesFit(text);
    QVERIFY2(text.startsWith(QLatin1String("\nStudies of this run: 5, every one signed by every "
                                           "site.\n")),
             qPrintable(text));
    // Each study under its own heading, in the run's order, with its hash, mode and checks.
    const QStringList headings { QStringLiteral("Fit"), QStringLiteral("Descriptives"),
                                 QStringLiteral("Evaluation"),
                                 QStringLiteral("Calibration in the large"),
                                 QStringLiteral("Calibration slope") };
    const QStringList hashes { QStringLiteral("a1"), QStringLiteral("b2"), QStringLiteral("c3"),
                               QStringLiteral("d4"), QStringLiteral("e5") };
    qsizetype at = 0;
    for (int i = 0; i < headings.size(); ++i) {
        const QString block = QLatin1Char('\n') + headings[i] + QStringLiteral("\n  study sha256:")
            + hashes[i].repeated(32) + QLatin1Char('\n');
        const qsizetype found = text.indexOf(block, at);
        QVERIFY2(found > at, qPrintable(headings[i]));
        at = found + block.size();
    }
    QCOMPARE(text.count(QLatin1String("  Every site signed this result.\n")), 5);
    QCOMPARE(text.count(QLatin1String("  participants: gemeente-zeist, jgz-utrecht, "
                                      "umc-hospital\n")),
             5);
    // What each node signed: the fit's final β, the descriptives, the others' answers.
    QCOMPARE(text.count(QStringLiteral("  jgz-utrecht     manifest signature verified, final β "
                                       "attested\n")),
             1);
    QCOMPARE(text.count(QLatin1String("  jgz-utrecht     manifest signature verified, "
                                      "descriptives signed\n")),
             1);
    QCOMPARE(text.count(QLatin1String("  umc-hospital    manifest signature verified, answer "
                                      "signed\n")),
             3);
    QCOMPARE(text.count(QLatin1String("masked: each site's statistics were masked")), 4);
    QCOMPARE(text.count(QLatin1String("masked: each site's descriptives were masked")), 1);
    QVERIFY(!text.contains(QLatin1String("Not studies")));
}

void tst_CliFormat::studiesNameWhereASignatureFailed()
{
    FitReport r = demoRun();
    StudySignatureCheck &bad = r.studies[1].checks[1];
    bad.attestation = false;
    bad.note
        = QStringLiteral("the signature of jgz-utrecht over its masked evaluation sums did not "
                         "verify against the key pinned for it; ask its administrator");
    r.studies[3].manifest.observers.append({ QStringLiteral("observer-site"), {}, {} });
    r.studies[3].checks.append({ QStringLiteral("observer-site"), true, true, {} });
    r.perSiteFits.append(SiteFit {});
    const QString text = formatStudies(r);
    verifyLinesFit(text);
    QVERIFY2(text.contains(QLatin1String("Studies of this run: 5; NOT every site's signature "
                                         "verified in: Evaluation (below says where).")),
             qPrintable(text));
    QCOMPARE(text.count(QLatin1String("  Not every site signed this result.\n")), 1);
    QCOMPARE(text.count(QLatin1String("  Every site signed this result.\n")), 4);
    // The long note continues under the check, not at the start of the line.
    const qsizetype line = text.indexOf(QLatin1String("  jgz-utrecht     manifest signature "
                                                      "verified, answer NOT signed (the"));
    QVERIFY2(line > 0, qPrintable(text));
    const QString next
        = text.mid(text.indexOf(QLatin1Char('\n'), line) + 1).section(QLatin1Char('\n'), 0, 0);
    QVERIFY2(next.startsWith(QString(18, QLatin1Char(' '))) && next.at(18) != QLatin1Char(' '),
             qPrintable(next));
    QVERIFY(text.contains(QLatin1String("  observers (not contributing): observer-site\n")));
    // The per-site fits are requests on the fit's jobs, not a study: said so, once.
    QCOMPARE(text.count(QLatin1String("Not studies: the fits at each site alone.")), 1);
}

void tst_CliFormat::fitTableShowsEveryStudy()
{
    FitReport r = demoRun();
    r.glm.family = fairstart::analysis::Family::Binomial;
    const QString text = formatFitTable(r, QStringLiteral("y ~ x"));
    const qsizetype studies = text.indexOf(QLatin1String("\nStudies of this run: 5"));
    QVERIFY2(studies > 0, qPrintable(text));
    for (const char *heading : { "\nFit\n", "\nDescriptives\n", "\nEvaluation\n",
                                 "\nCalibration in the large\n", "\nCalibration slope\n" })
        QVERIFY2(text.indexOf(QLatin1String(heading), studies) > studies, heading);
    QVERIFY(text.indexOf(QLatin1String("\nDesign "), studies) > studies);
}

void tst_CliFormat::oneStudyForDescribe()
{
    StudyRecord s = study(JobKind::Descriptives, QStringLiteral("f6"), kSites);
    s.manifest.descriptives.histograms.append(DescriptivesStudyHistogram {});
    const QString text = formatStudies(QList<StudyRecord> { s });
    verifyLinesFit(text);
    QVERIFY(text.contains(QLatin1String("Studies of this run: 1, every one signed")));
    QVERIFY(text.contains(QLatin1String("\nHistogram cells\n  study sha256:")));
    QVERIFY(text.contains(QLatin1String("  Every site signed this result.\n")));
    // Without a study there is nothing to say.
    QVERIFY(formatStudies(FitReport {}).isEmpty());
    QVERIFY(formatStudies(QList<StudyRecord> {}).isEmpty());
}

// A masked evaluation's AUC has no error bound (its aucBinningErrorBound is NaN): the table says
// what is known (the sites whose pairs are exact, the pairs across sites estimated) and gives
// no bound; a plain one keeps its bound.
void tst_CliFormat::maskedAucClaimsNoBound()
{
    FitReport r;
    r.glm.statisticName = "z";
    r.glm.coefficients
        = { { "(Intercept)", -1.0, 0.1, -10.0, 1e-20, -1.2, -0.8, 0.37, 0.30, 0.45 } };
    r.glm.beta = Eigen::VectorXd::Constant(1, -1.0);
    r.glm.covariance = Eigen::MatrixXd::Constant(1, 1, 0.01);
    fairstart::analysis::PerformanceMetrics m;
    m.n = 1000;
    m.events = 200;
    m.auc = 0.71;
    m.aucBinningErrorBound = std::numeric_limits<double>::quiet_NaN();
    r.performance = m;
    for (const char *site : { "a", "b", "c" }) {
        SitePerformance p;
        p.site = QString::fromLatin1(site);
        r.perSite << p;
    }
    r.discrimination
        = fairstart::analysis::PooledAuc { 0.71, std::numeric_limits<double>::quiet_NaN(),
                                           std::numeric_limits<double>::quiet_NaN(), 3 };
    const QString masked = fairstart::cli::formatFitTable(r, QStringLiteral("y ~ 1"));
    QVERIFY2(masked.contains(QStringLiteral("exact at 3 of 3 site")), qPrintable(masked));
    QVERIFY2(masked.contains(QStringLiteral("no error bound")), qPrintable(masked));
    QVERIFY2(!masked.contains(QStringLiteral("nan"), Qt::CaseInsensitive), qPrintable(masked));
    QVERIFY2(!masked.contains(QStringLiteral("±")), qPrintable(masked));
    for (const QString &line : masked.split(QLatin1Char('\n')))
        QVERIFY2(line.size() <= 100, qPrintable(line));

    r.performance->aucBinningErrorBound = 0.002;
    r.discrimination = fairstart::analysis::PooledAuc { 0.71, 0.002, 0.4, 3 };
    const QString plain = fairstart::cli::formatFitTable(r, QStringLiteral("y ~ 1"));
    QVERIFY2(plain.contains(QStringLiteral("error bound ±0.002")), qPrintable(plain));
}

// The pooled rows' calibration is the sites' own fits combined by inverse variance, not R's
// glm on the pooled records of the cell: the table says so where the numbers are.
void tst_CliFormat::subgroupTableSaysHowCalibrationIsPooled()
{
    SubgroupReport report;
    report.variable = QStringLiteral("sex");
    SubgroupRow pooled;
    pooled.level = QStringLiteral("male");
    pooled.calibrationSlope = 0.95;
    pooled.calibrationInTheLarge = 0.01;
    report.rows << pooled;
    const QString t = fairstart::cli::detail::formatSubgroupTable(report);
    QVERIFY2(t.contains(QStringLiteral("inverse-variance")), qPrintable(t));
    QVERIFY2(t.contains(QStringLiteral("not a fit on the pooled records")), qPrintable(t));
    for (const QString &line : t.split(QLatin1Char('\n')))
        QVERIFY2(line.size() <= 100, qPrintable(line));
}

QTEST_GUILESS_MAIN(tst_CliFormat)
#include "tst_cliformat.moc"

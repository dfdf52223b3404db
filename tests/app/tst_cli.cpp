// SPDX-License-Identifier: GPL-3.0-or-later
// fairstart-cli as a user runs it: wrong arguments, then real runs against real nodes.
#include "clisupport.h"

#include "fairstart/analysis/roundkernel.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using testsupport::cli;
using testsupport::NodeCluster;
using testsupport::Outcome;

namespace {

const char *kFormula = "dev_delay_2y ~ sex + gestational_age_weeks + apgar_5min + "
                       "maternal_education + parental_stress + smoking_pregnancy";

} // namespace

class tst_Cli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void usageErrors_data();
    void usageErrors();
    void helpAndVersion_data();
    void helpAndVersion();
    void sitesCheck();
    void fitTable();
    void fitJsonHasDocumentedKeys();
    void fitCsvAndOut();
    void noPerSite();
    void runDesignFile();
    void describe();
    void trends();
    void catalogue();
    void plainModeRefusedIsOneLinePerSite();
    void refusalIsOneLinePerSite();
    void deadSiteIsOneLine();
    void validateTableAndJson();
    void validateSiteWithheldByItsNode();
    void fitDecisionCurve();

private:
    // Starts the three nodes on first use; every function that needs them calls it, so that no
    // test function depends on another having run.
    bool startNodes();

    NodeCluster m_cluster;
    QString m_sites;
};

bool tst_Cli::startNodes()
{
    if (m_sites.isEmpty()) {
        if (!m_cluster.start(3, 2000))
            return false;
        m_sites = m_cluster.writeSitesFile(m_cluster.sites());
    }
    return true;
}

void tst_Cli::initTestCase()
{
    if (!QFile::exists(testsupport::cliBinary()))
        QFAIL("fairstart-cli is not built (FAIRSTART_BIN_DIR/cli/fairstart-cli is missing)");
}

void tst_Cli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected"); // in the one error line

    const QString sites = QStringLiteral(FAIRSTART_TEST_DATA_DIR "/sites.json");
    QTest::newRow("no command") << QStringList() << QStringLiteral("no command");
    QTest::newRow("unknown command")
        << QStringList { QStringLiteral("fly") } << QStringLiteral("unknown command 'fly'");
    QTest::newRow("sites without check")
        << QStringList { QStringLiteral("sites") } << QStringLiteral("subcommand 'check'");
    QTest::newRow("no sites") << QStringList { QStringLiteral("fit") } << QStringLiteral("--sites");
    QTest::newRow("missing sites file")
        << QStringList { QStringLiteral("catalogue"), QStringLiteral("--sites"),
                         QStringLiteral("/nonexistent.json") }
        << QStringLiteral("Cannot read the sites file");
    QTest::newRow("unknown option")
        << QStringList { QStringLiteral("fit"), QStringLiteral("--bogus") }
        << QStringLiteral("unknown option '--bogus'. See 'fairstart-cli fit --help'.");
    QTest::newRow("no formula") << QStringList { QStringLiteral("fit"), QStringLiteral("--sites"),
                                                 sites, QStringLiteral("--dataset"),
                                                 QStringLiteral("cohort") }
                                << QStringLiteral("--formula");
    QTest::newRow("bad formula") << QStringList {
        QStringLiteral("fit"),       QStringLiteral("--sites"), sites,
        QStringLiteral("--dataset"), QStringLiteral("d"),       QStringLiteral("--formula"),
        QStringLiteral("y ~ ")
    } << QStringLiteral("the formula cannot be read");
    QTest::newRow("bad family") << QStringList {
        QStringLiteral("fit"),       QStringLiteral("--sites"),  sites,
        QStringLiteral("--dataset"), QStringLiteral("d"),        QStringLiteral("--formula"),
        QStringLiteral("y ~ x"),     QStringLiteral("--family"), QStringLiteral("normal")
    } << QStringLiteral("unknown --family 'normal'; use one of: binomial, poisson, gaussian.");
    QTest::newRow("bad format") << QStringList {
        QStringLiteral("fit"), QStringLiteral("--sites"), sites, QStringLiteral("--format"),
        QStringLiteral("xml")
    } << QStringLiteral("unknown --format 'xml'; use one of: table, json, csv.");
    QTest::newRow("bad mode") << QStringList {
        QStringLiteral("fit"),       QStringLiteral("--sites"), sites,
        QStringLiteral("--dataset"), QStringLiteral("d"),       QStringLiteral("--formula"),
        QStringLiteral("y ~ x"),     QStringLiteral("--mode"),  QStringLiteral("secure")
    } << QStringLiteral("unknown --mode 'secure'; use one of: auto, masked, plain.");
    QTest::newRow("bad timeout") << QStringList {
        QStringLiteral("describe"), QStringLiteral("--sites"), sites, QStringLiteral("--timeout"),
        QStringLiteral("soon")
    } << QStringLiteral("--timeout must be a number greater than 0 and at most 86400 (not 'soon')");
    QTest::newRow("describe without vars")
        << QStringList { QStringLiteral("describe"), QStringLiteral("--sites"), sites,
                         QStringLiteral("--dataset"), QStringLiteral("d") }
        << QStringLiteral("--vars");
    QTest::newRow("unknown site") << QStringList {
        QStringLiteral("sites"),  QStringLiteral("check"),  QStringLiteral("--sites"), sites,
        QStringLiteral("--only"), QStringLiteral("nowhere")
    } << QStringLiteral("no site named 'nowhere'");
    QTest::newRow("run without design")
        << QStringList { QStringLiteral("run"), QStringLiteral("--sites"), sites }
        << QStringLiteral("--design");
    const auto validate = [&sites](QStringList more) {
        return QStringList { QStringLiteral("validate"), QStringLiteral("--sites"), sites,
                             QStringLiteral("--dataset"), QStringLiteral("d") }
        + more;
    };
    QTest::newRow("validate without formula") << validate({}) << QStringLiteral("--formula");
    QTest::newRow("validate csv") << validate({ QStringLiteral("--formula"),
                                                QStringLiteral("y ~ x"), QStringLiteral("--format"),
                                                QStringLiteral("csv") })
                                  << QStringLiteral(
                                         "unknown --format 'csv'; use one of: table, json.");
    QTest::newRow("validate poisson")
        << validate({ QStringLiteral("--formula"), QStringLiteral("y ~ x"),
                      QStringLiteral("--family"), QStringLiteral("poisson") })
        << QStringLiteral("validate needs --family binomial");
    QTest::newRow("validate threshold 1")
        << validate({ QStringLiteral("--formula"), QStringLiteral("y ~ x"),
                      QStringLiteral("--thresholds"), QStringLiteral("0.1,1") })
        << QStringLiteral("'1' is not one");
    QTest::newRow("validate threshold text")
        << validate({ QStringLiteral("--formula"), QStringLiteral("y ~ x"),
                      QStringLiteral("--thresholds"), QStringLiteral("0.1,,0.2") })
        << QStringLiteral("--thresholds takes risks strictly between 0 and 1");
    QTest::newRow("validate one site") // the test sites file names one site
        << validate({ QStringLiteral("--formula"), QStringLiteral("y ~ x") })
        << QStringLiteral("validate needs at least 3 sites");
    QTest::newRow("validate no-per-site") << validate(
        { QStringLiteral("--formula"), QStringLiteral("y ~ x"), QStringLiteral("--no-per-site") })
                                          << QStringLiteral("unknown option '--no-per-site'");
    QTest::newRow("fit threshold 0") << QStringList { QStringLiteral("fit"),
                                                      QStringLiteral("--sites"),
                                                      sites,
                                                      QStringLiteral("--dataset"),
                                                      QStringLiteral("d"),
                                                      QStringLiteral("--formula"),
                                                      QStringLiteral("y ~ x"),
                                                      QStringLiteral("--thresholds"),
                                                      QStringLiteral("0") }
                                     << QStringLiteral("'0' is not one");
    // A file that cannot be written is said before the run, not after it (the run would be lost).
    const QStringList fitArgs {
        QStringLiteral("fit"),       QStringLiteral("--sites"), sites,
        QStringLiteral("--dataset"), QStringLiteral("d"),       QStringLiteral("--formula"),
        QStringLiteral("y ~ x")
    };
    QTest::newRow("report folder missing")
        << (QStringList(fitArgs) << QStringLiteral("--report")
                                 << QStringLiteral("/nonexistent-folder/r.pdf"))
        << QStringLiteral("--report /nonexistent-folder/r.pdf: the folder /nonexistent-folder "
                          "does not exist; create it or choose another path.");
    QTest::newRow("out folder missing")
        << (QStringList(fitArgs) << QStringLiteral("--out")
                                 << QStringLiteral("/nonexistent-folder/fit.txt"))
        << QStringLiteral("--out /nonexistent-folder/fit.txt: the folder /nonexistent-folder "
                          "does not exist");
    QTest::newRow("out is a folder")
        << (QStringList(fitArgs) << QStringLiteral("--out") << QDir::tempPath())
        << QStringLiteral("is a folder; give a file name.");
    // The option table's engine: a flag takes no value, a value is not empty, a decimal comma
    // is not a number in any locale, and a missing required option is named with its value.
    QTest::newRow("flag with value")
        << QStringList { QStringLiteral("fit"), QStringLiteral("-v=1") }
        << QStringLiteral("--verbose takes no value");
    QTest::newRow("empty value") << QStringList { QStringLiteral("catalogue"),
                                                  QStringLiteral("--sites"), QString() }
                                 << QStringLiteral("--sites has an empty value");
    QTest::newRow("value missing")
        << QStringList { QStringLiteral("catalogue"), QStringLiteral("--sites") }
        << QStringLiteral("--sites needs a value (FILE)");
    QTest::newRow("decimal comma")
        << QStringList { QStringLiteral("catalogue"), QStringLiteral("--sites"), sites,
                         QStringLiteral("--timeout"), QStringLiteral("1,5") }
        << QStringLiteral("(not '1,5')");
    QTest::newRow("missing vars") << QStringList {
        QStringLiteral("describe"), QStringLiteral("--sites"), sites, QStringLiteral("--dataset"),
        QStringLiteral("d")
    } << QStringLiteral("missing --vars a,b,c. See 'fairstart-cli describe --help'.");
    QTest::newRow("only names nothing")
        << QStringList { QStringLiteral("catalogue"), QStringLiteral("--sites"), sites,
                         QStringLiteral("--only"), QStringLiteral(",") }
        << QStringLiteral("--only names no site");
    QTest::newRow("single-dash long option")
        << QStringList { QStringLiteral("catalogue"), QStringLiteral("-sites"),
                         QStringLiteral("/nonexistent.json") }
        << QStringLiteral("Cannot read the sites file");
    QTest::newRow("stray argument")
        << QStringList { QStringLiteral("catalogue"), QStringLiteral("extra") }
        << QStringLiteral("unexpected argument 'extra'");
    const QStringList trends {
        QStringLiteral("trends"),    QStringLiteral("--sites"), sites,
        QStringLiteral("--dataset"), QStringLiteral("d"),       QStringLiteral("--vars"),
        QStringLiteral("sex")
    };
    QTest::newRow("trends without years")
        << trends << QStringLiteral("missing --from YEAR. See 'fairstart-cli trends --help'.");
    QTest::newRow("trends backwards")
        << (QStringList(trends) << QStringLiteral("--from") << QStringLiteral("2020")
                                << QStringLiteral("--to") << QStringLiteral("2015"))
        << QStringLiteral("--to 2015 is before --from 2020");
    QTest::newRow("trends too long")
        << (QStringList(trends) << QStringLiteral("--from") << QStringLiteral("1900")
                                << QStringLiteral("--to") << QStringLiteral("2020"))
        << QStringLiteral("asks for 121 periods; the sites release at most 50");
    QTest::newRow("trends year not a number")
        << (QStringList(trends) << QStringLiteral("--from") << QStringLiteral("20x5")
                                << QStringLiteral("--to") << QStringLiteral("2020"))
        << QStringLiteral("--from");
}

void tst_Cli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    const Outcome o = cli(args);
    QCOMPARE(o.exitCode, 2);
    QVERIFY(o.out.isEmpty());
    QCOMPARE(o.err.count(QLatin1Char('\n')), 1); // one line
    QVERIFY2(o.err.contains(expected), qPrintable(o.err));
    QVERIFY(o.err.startsWith(QLatin1String("fairstart-cli: ")));
}

void tst_Cli::helpAndVersion_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    QTest::newRow("--help") << QStringList { QStringLiteral("--help") }
                            << QStringLiteral("Commands:");
    QTest::newRow("--version") << QStringList { QStringLiteral("--version") }
                               << QStringLiteral("fairstart-cli " FAIRSTART_VERSION);
    // The round kernel the CLI (and any in-process fit) would use: the same choice as this test's.
    QTest::newRow("--version kernel")
        << QStringList { QStringLiteral("--version") }
        << QStringLiteral("; round kernel %1)")
               .arg(QString::fromLatin1(fairstart::analysis::activeRoundKernelName().data()));
    for (const char *command : { "fit", "run", "describe", "catalogue", "validate" })
        QTest::newRow(command) << QStringList {
            QString::fromLatin1(command), QStringLiteral("--help")
        } << QStringLiteral("Usage: fairstart-cli %1").arg(QString::fromLatin1(command));
    QTest::newRow("sites check") << QStringList { QStringLiteral("sites"), QStringLiteral("check"),
                                                  QStringLiteral("--help") }
                                 << QStringLiteral("Usage: fairstart-cli sites check");
    QTest::newRow("sites --help") << QStringList { QStringLiteral("sites"),
                                                   QStringLiteral("--help") }
                                  << QStringLiteral("Usage: fairstart-cli sites check");
    QTest::newRow("help fit") << QStringList { QStringLiteral("help"), QStringLiteral("fit") }
                              << QStringLiteral("  --thresholds t1,t2,...");
    // Help names what each command accepts: validate and catalogue write no CSV.
    QTest::newRow("validate formats")
        << QStringList { QStringLiteral("validate"), QStringLiteral("--help") }
        << QStringLiteral("--format table|json ");
    QTest::newRow("required in synopsis")
        << QStringList { QStringLiteral("describe"), QStringLiteral("-h") }
        << QStringLiteral("--dataset NAME --vars a,b,c [--purpose P]");
}

void tst_Cli::helpAndVersion()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    const Outcome o = cli(args);
    QCOMPARE(o.exitCode, 0);
    QVERIFY2(o.out.contains(expected), qPrintable(o.out));
}

void tst_Cli::sitesCheck()
{
    QVERIFY2(m_cluster.available(),
             "fairstart-node is not built (FAIRSTART_BIN_DIR/node/fairstart-node is missing)");
    QVERIFY2(startNodes(), qPrintable(m_cluster.error));
    // A sites file of its own: the keys are new to it whatever ran before.
    const QString sites = m_cluster.writeSitesFile(m_cluster.sites());
    const Outcome o = cli(
        { QStringLiteral("sites"), QStringLiteral("check"), QStringLiteral("--sites"), sites });
    QCOMPARE(o.exitCode, 0);
    for (int i = 0; i < 3; ++i)
        QVERIFY(o.out.contains(m_cluster.node(i).name + QStringLiteral("       ok")));
    QVERIFY(o.out.contains(QLatin1String("pin verified")));
    QVERIFY(o.out.contains(QLatin1String("min cohort 50")));
    QVERIFY(o.out.contains(QLatin1String("study modes: masked")));
    QVERIFY(!o.out.contains(m_cluster.node(0).token)); // tokens are never printed
    // The first check records the sites' study keys in the sites file; the next finds them.
    QCOMPARE(o.out.count(QLatin1String("study keys: new")), 3);
    QVERIFY2(o.err.contains(QLatin1String("recorded the study keys of site1, site2, site3")),
             qPrintable(o.err));
    QFile file(sites);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray entries
        = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("sites")).toArray();
    for (const QJsonValue &e : entries)
        QCOMPARE(e.toObject().value(QLatin1String("signing_key")).toString().size(), 44);
    const Outcome again = cli(
        { QStringLiteral("sites"), QStringLiteral("check"), QStringLiteral("--sites"), sites });
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.out.count(QLatin1String("study keys: as recorded")), 3);
    QVERIFY(again.err.isEmpty());
}

void tst_Cli::fitTable()
{
    QVERIFY2(startNodes(), qPrintable(m_cluster.error));
    // GET /v1/info requests each node logged (a line per request in its serve log).
    auto infoRequests = [this](int index) {
        QFile log(m_cluster.serveLog(index));
        if (!log.open(QIODevice::ReadOnly))
            return -1;
        return int(log.readAll().count(" GET /v1/info "));
    };
    std::vector<int> infos;
    for (int i = 0; i < 3; ++i)
        infos.push_back(infoRequests(i));
    const Outcome o = cli({ QStringLiteral("fit"), QStringLiteral("--sites"), m_sites,
                            QStringLiteral("--dataset"), QStringLiteral("cohort"),
                            QStringLiteral("--formula"), QString::fromLatin1(kFormula) });
    QVERIFY2(o.exitCode == 0, qPrintable(o.err));
    // Issue 16: the purpose is chosen from the one /v1/info the run uses too (no second one).
    for (int i = 0; i < 3; ++i) {
        QVERIFY(infos[std::size_t(i)] >= 0);
        QTRY_COMPARE_WITH_TIMEOUT(infoRequests(i) - infos[std::size_t(i)], 1, 60000);
    }
    for (const char *part :
         { "Coefficients:", "Estimate Std. Error  z value  Pr(>|z|)", "sexmale",
           "maternal_educationlow", "Signif. codes:", "Null deviance:", "Residual deviance:",
           "AIC:", "Number of Fisher Scoring iterations:", "AUC", "Brier score",
           "Calibration slope", "Per site:", "Design sha256:",
           "Per-site estimates (the model fitted at each site alone", "; masked]",
           "masked: each site's statistics were masked; only the sum over all participants",
           "participants: site1, site2, site3", "Every site signed this result.",
           // Every study of the run under its own heading, not only the fit's.
           "\nStudies of this run: 2, every one signed by every site.\n", "\nFit\n  study sha256:",
           "\nEvaluation\n  study sha256:", "Not studies: the fits at each site alone.",
           // Issue 16 (branch sites): the fit's own calibration comes from its study's sums.
           "Calibration slope and calibration-in-the-large: of the fit" })
        QVERIFY2(o.out.contains(QLatin1String(part)), part);
    for (const char *site : { "site1", "site2", "site3" })
        QVERIFY2(o.out.contains(QStringLiteral("  %1  manifest signature verified, final β "
                                               "attested")
                                    .arg(QLatin1String(site))),
                 site);
    // The per-site table: a header naming every site, one row per term with estimate (SE).
    const QString table = o.out.section(QStringLiteral("Per-site estimates"), 1);
    const QStringList lines = table.split(QLatin1Char('\n'));
    QVERIFY(lines.size() > 10);
    for (const char *site : { "site1", "site2", "site3" })
        QVERIFY2(lines.at(1).contains(QLatin1String(site)), qPrintable(lines.at(1)));
    QVERIFY(lines.at(2).trimmed().startsWith(QLatin1String("(Intercept)")));
    QCOMPARE(lines.at(2).count(QLatin1Char('(')), 1 + 3);
}

void tst_Cli::fitJsonHasDocumentedKeys()
{
    QVERIFY2(startNodes(), qPrintable(m_cluster.error));
    const Outcome o = cli({ QStringLiteral("fit"), QStringLiteral("--sites"), m_sites,
                            QStringLiteral("--dataset"), QStringLiteral("cohort"),
                            QStringLiteral("--formula"), QString::fromLatin1(kFormula),
                            QStringLiteral("--format"), QStringLiteral("json") });
    QVERIFY2(o.exitCode == 0, qPrintable(o.err));
    const QJsonObject j = QJsonDocument::fromJson(o.out.toUtf8()).object();
    for (const char *key :
         { "coefficients", "deviance", "null_deviance", "aic", "n", "iterations", "performance",
           "per_site", "sites", "design_hash", "round_timings", "study" })
        QVERIFY2(j.contains(QLatin1String(key)), key);
    // The study record: the signed manifest, every site's signature and attestation, and the
    // checks the CLI made.
    const QJsonObject study = j.value(QLatin1String("study")).toObject();
    for (const char *key : { "study", "mode", "manifest", "signatures", "attestations", "checks" })
        QVERIFY2(study.contains(QLatin1String(key)), key);
    QCOMPARE(study.value(QLatin1String("mode")).toString(), QStringLiteral("masked"));
    QCOMPARE(study.value(QLatin1String("signatures")).toArray().size(), 3);
    QCOMPARE(study.value(QLatin1String("attestations")).toArray().size(), 3);
    for (const QJsonValue &check : study.value(QLatin1String("checks")).toArray()) {
        QVERIFY(check.toObject().value(QLatin1String("manifest")).toBool());
        QVERIFY(check.toObject().value(QLatin1String("attestation")).toBool());
    }
    const QJsonObject c = j.value(QLatin1String("coefficients")).toArray().at(1).toObject();
    for (const char *key :
         { "term", "estimate", "std_error", "statistic", "p_value", "ci_low", "ci_high" })
        QVERIFY2(c.contains(QLatin1String(key)), key);
    const QJsonObject p = j.value(QLatin1String("performance")).toObject();
    for (const char *key :
         { "auc", "auc_ci", "brier", "calibration_intercept", "calibration_slope" })
        QVERIFY2(p.contains(QLatin1String(key)), key);
    const QJsonArray perSite = j.value(QLatin1String("per_site")).toArray();
    QCOMPARE(perSite.size(), 3);
    // Three sites make a masked study: the sites release only the pooled evaluation, so no
    // site has a performance of its own (a plain study's sites do: fitDecisionCurve).
    QCOMPARE(j.value(QLatin1String("study")).toObject().value(QLatin1String("mode")).toString(),
             QStringLiteral("masked"));
    for (const QJsonValue &site : perSite) {
        const QJsonObject fit = site.toObject().value(QLatin1String("fit")).toObject();
        QCOMPARE(fit.value(QLatin1String("coefficients")).toArray().size(), 8);
        QVERIFY(!site.toObject().contains(QLatin1String("performance")));
    }
    QVERIFY(!o.out.contains(m_cluster.node(0).token));
}

void tst_Cli::noPerSite()
{
    QVERIFY2(startNodes(), qPrintable(m_cluster.error));
    const Outcome table = cli(
        { QStringLiteral("fit"), QStringLiteral("--sites"), m_sites, QStringLiteral("--dataset"),
          QStringLiteral("cohort"), QStringLiteral("--formula"), QString::fromLatin1(kFormula),
          QStringLiteral("--no-per-site"), QStringLiteral("--no-evaluation") });
    QVERIFY2(table.exitCode == 0, qPrintable(table.err));
    QVERIFY(table.out.contains(QLatin1String("Coefficients:")));
    QVERIFY(!table.out.contains(QLatin1String("Per-site estimates")));
    QVERIFY(table.out.contains(QLatin1String("Every site signed this result.")));
    const Outcome json = cli(
        { QStringLiteral("fit"), QStringLiteral("--sites"), m_sites, QStringLiteral("--dataset"),
          QStringLiteral("cohort"), QStringLiteral("--formula"), QString::fromLatin1(kFormula),
          QStringLiteral("--no-per-site"), QStringLiteral("--format"), QStringLiteral("json") });
    QVERIFY2(json.exitCode == 0, qPrintable(json.err));
    const QJsonObject j = QJsonDocument::fromJson(json.out.toUtf8()).object();
    const QJsonArray perSite = j.value(QLatin1String("per_site")).toArray();
    QCOMPARE(perSite.size(), 3); // the performance per site stays
    for (const QJsonValue &site : perSite) {
        QVERIFY(!site.toObject().contains(QLatin1String("fit")));
        QVERIFY(!site.toObject().contains(QLatin1String("fit_note")));
    }
}

void tst_Cli::fitCsvAndOut()
{
    QVERIFY2(startNodes(), qPrintable(m_cluster.error));
    const QString path = m_cluster.path(QStringLiteral("coefficients.csv"));
    const Outcome o
        = cli({ QStringLiteral("fit"), QStringLiteral("--sites"), m_sites,
                QStringLiteral("--dataset"), QStringLiteral("cohort"), QStringLiteral("--formula"),
                QString::fromLatin1(kFormula), QStringLiteral("--format"), QStringLiteral("csv"),
                QStringLiteral("--out"), path, QStringLiteral("--no-evaluation") });
    QVERIFY2(o.exitCode == 0, qPrintable(o.err));
    QVERIFY(o.out.isEmpty());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList lines
        = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 8);
    QVERIFY(lines.first().startsWith(QLatin1String("term,estimate,std_error")));
    QVERIFY(lines.at(1).startsWith(QLatin1String("(Intercept),")));
}

void tst_Cli::runDesignFile()
{
    QVERIFY2(startNodes(), qPrintable(m_cluster.error));
    const QString path = m_cluster.path(QStringLiteral("design.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(QJsonObject { { QStringLiteral("dataset"), QStringLiteral("cohort") },
                                        { QStringLiteral("purpose"), QStringLiteral("research") },
                                        { QStringLiteral("formula"),
                                          QStringLiteral("youth_care_4y ~ sex + single_parent + "
                                                         "parental_stress") },
                                        { QStringLiteral("family"), QStringLiteral("binomial") } })
                .toJson());
    f.close();
    const Outcome o = cli({ QStringLiteral("run"), QStringLiteral("--sites"), m_sites,
                            QStringLiteral("--design"), path, QStringLiteral("--format"),
                            QStringLiteral("json") });
    QVERIFY2(o.exitCode == 0, qPrintable(o.err));
    const QJsonObject j = QJsonDocument::fromJson(o.out.toUtf8()).object();
    QCOMPARE(j.value(QLatin1String("coefficients")).toArray().size(), 4);
    for (const QJsonValue &site : j.value(QLatin1String("per_site")).toArray())
        QVERIFY(site.toObject().contains(QLatin1String("fit")));
    const Outcome without = cli({ QStringLiteral("run"), QStringLiteral("--sites"), m_sites,
                                  QStringLiteral("--design"), path, QStringLiteral("--format"),
                                  QStringLiteral("json"), QStringLiteral("--no-per-site") });
    QVERIFY2(without.exitCode == 0, qPrintable(without.err));
    for (const QJsonValue &site : QJsonDocument::fromJson(without.out.toUtf8())
                                      .object()
                                      .value(QLatin1String("per_site"))
                                      .toArray())
        QVERIFY(!site.toObject().contains(QLatin1String("fit")));
}

void tst_Cli::describe()
{
    QVERIFY2(startNodes(), qPrintable(m_cluster.error));
    const Outcome o = cli({ QStringLiteral("describe"), QStringLiteral("--sites"), m_sites,
                            QStringLiteral("--dataset"), QStringLiteral("cohort"),
                            QStringLiteral("--vars"), QStringLiteral("birth_weight_g,sex"),
                            QStringLiteral("--mode"), QStringLiteral("plain") });
    QVERIFY2(o.exitCode == 0, qPrintable(o.err));
    QVERIFY(o.out.contains(QLatin1String("birth_weight_g")));
    QVERIFY(o.out.contains(QLatin1String("mean")));
    QVERIFY(o.out.contains(QLatin1String("female=")));
    QVERIFY(o.out.contains(m_cluster.node(2).name));
}

void tst_Cli::trends()
{
    // Issue 17: the dashboard's trends by birth year from a terminal, per site and pooled
    // (plain on request; masked by default with three sites, issue 14, below).
    QVERIFY2(startNodes(), qPrintable(m_cluster.error));
    const QStringList masked {
        QStringLiteral("trends"),    QStringLiteral("--sites"), m_sites,
        QStringLiteral("--dataset"), QStringLiteral("cohort"),  QStringLiteral("--vars"),
        QStringLiteral("sex"),       QStringLiteral("--from"),  QStringLiteral("2015"),
        QStringLiteral("--to"),      QStringLiteral("2020")
    };
    const QStringList args = QStringList(masked)
        << QStringLiteral("--mode") << QStringLiteral("plain");
    const Outcome table = cli(args);
    QVERIFY2(table.exitCode == 0, qPrintable(table.err));
    QVERIFY2(table.out.contains(QLatin1String("by birth_year from 2015 to 2020")),
             qPrintable(table.out));
    QVERIFY(table.out.contains(QLatin1String("female")));
    QVERIFY(table.out.contains(QLatin1String("2017")));
    QVERIFY(table.out.contains(m_cluster.node(2).name));

    const Outcome json
        = cli(QStringList(args) << QStringLiteral("--format") << QStringLiteral("json"));
    QVERIFY2(json.exitCode == 0, qPrintable(json.err));
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
    const QJsonArray trends = o.value(QLatin1String("trends")).toArray();
    QCOMPARE(trends.size(), 1);
    const QJsonObject sex = trends.at(0).toObject();
    QCOMPARE(sex.value(QLatin1String("variable")).toString(), QStringLiteral("sex"));
    QCOMPARE(sex.value(QLatin1String("period")).toString(), QStringLiteral("birth_year"));
    const QJsonArray tables = sex.value(QLatin1String("tables")).toArray();
    QCOMPARE(tables.size(), 4); // pooled and three sites
    QCOMPARE(tables.at(0).toObject().value(QLatin1String("site")).toString(),
             QStringLiteral("pooled"));
    // The pooled count of a year and level is the sum of the sites' released counts, and is
    // withheld (null) when any site withheld its cell.
    const QJsonArray pooledRows = tables.at(0).toObject().value(QLatin1String("rows")).toArray();
    QCOMPARE(pooledRows.size(), 6);
    int compared = 0;
    for (qsizetype r = 0; r < pooledRows.size(); ++r) {
        const QJsonObject pooled = pooledRows.at(r).toObject();
        QCOMPARE(pooled.value(QLatin1String("period")).toString(), QString::number(2015 + r));
        const QJsonObject counts = pooled.value(QLatin1String("counts")).toObject();
        for (auto level = counts.begin(); level != counts.end(); ++level) {
            double sum = 0;
            bool withheld = false;
            for (qsizetype s = 1; s < tables.size(); ++s) {
                const QJsonValue cell = tables.at(s)
                                            .toObject()
                                            .value(QLatin1String("rows"))
                                            .toArray()
                                            .at(r)
                                            .toObject()
                                            .value(QLatin1String("counts"))
                                            .toObject()
                                            .value(level.key());
                withheld = withheld || cell.isNull();
                sum += cell.toDouble();
            }
            if (withheld) {
                QVERIFY(level.value().isNull());
            } else {
                QCOMPARE(level.value().toDouble(), sum);
                ++compared;
            }
        }
    }
    QVERIFY(compared > 0);

    // Masked (the default with three sites): the pooled table only, equal to the plain pooled
    // table cell by cell (a cell any site withheld is withheld in both), and no site's own.
    const Outcome maskedText = cli(masked);
    QVERIFY2(maskedText.exitCode == 0, qPrintable(maskedText.err));
    QVERIFY2(maskedText.out.contains(QLatin1String("mode masked")), qPrintable(maskedText.out));
    const Outcome maskedJson
        = cli(QStringList(masked) << QStringLiteral("--format") << QStringLiteral("json"));
    QVERIFY2(maskedJson.exitCode == 0, qPrintable(maskedJson.err));
    const QJsonObject m = QJsonDocument::fromJson(maskedJson.out.toUtf8()).object();
    QCOMPARE(m.value(QLatin1String("mode")).toString(), QStringLiteral("masked"));
    const QJsonArray maskedTables = m.value(QLatin1String("trends"))
                                        .toArray()
                                        .at(0)
                                        .toObject()
                                        .value(QLatin1String("tables"))
                                        .toArray();
    QCOMPARE(maskedTables.size(), 1);
    const QJsonArray maskedRows
        = maskedTables.at(0).toObject().value(QLatin1String("rows")).toArray();
    QCOMPARE(maskedRows.size(), pooledRows.size());
    for (qsizetype r = 0; r < pooledRows.size(); ++r)
        QCOMPARE(maskedRows.at(r).toObject().value(QLatin1String("counts")).toObject(),
                 pooledRows.at(r).toObject().value(QLatin1String("counts")).toObject());

    // A variable that is not categorical is refused by the sites, in one line per site.
    const Outcome refused = cli(
        { QStringLiteral("trends"), QStringLiteral("--sites"), m_sites, QStringLiteral("--dataset"),
          QStringLiteral("cohort"), QStringLiteral("--vars"), QStringLiteral("birth_weight_g"),
          QStringLiteral("--from"), QStringLiteral("2015"), QStringLiteral("--to"),
          QStringLiteral("2020"), QStringLiteral("--mode"), QStringLiteral("plain") });
    // Exit code 1 (a request the sites cannot answer, not a rule's refusal: exit code 3 is for
    // those), one line for each site (branch newuser2).
    QCOMPARE(refused.exitCode, 1);
    QCOMPARE(refused.err.count(QLatin1Char('\n')), 3);
    // Masked, the client refuses it before any site computes, in one line too.
    const Outcome refusedMasked
        = cli({ QStringLiteral("trends"), QStringLiteral("--sites"), m_sites,
                QStringLiteral("--dataset"), QStringLiteral("cohort"), QStringLiteral("--vars"),
                QStringLiteral("birth_weight_g"), QStringLiteral("--from"), QStringLiteral("2015"),
                QStringLiteral("--to"), QStringLiteral("2020") });
    QCOMPARE(refusedMasked.exitCode, 1);
    QCOMPARE(refusedMasked.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(refusedMasked.err.contains(QLatin1String("birth_weight_g")),
             qPrintable(refusedMasked.err));
}

void tst_Cli::catalogue()
{
    QVERIFY2(startNodes(), qPrintable(m_cluster.error));
    const Outcome o = cli({ QStringLiteral("catalogue"), QStringLiteral("--sites"), m_sites,
                            QStringLiteral("--format"), QStringLiteral("json") });
    QVERIFY2(o.exitCode == 0, qPrintable(o.err));
    const QJsonArray datasets = QJsonDocument::fromJson(o.out.toUtf8())
                                    .object()
                                    .value(QLatin1String("datasets"))
                                    .toArray();
    QCOMPARE(datasets.size(), 1);
    QCOMPARE(datasets.at(0).toObject().value(QLatin1String("sites")).toArray().size(), 3);
    // Levels in the order an import schema declares them (not by name), with their labels
    // (issue 17): one node whose dataset was imported with the demo's schema.
    testsupport::NodeCluster labelled;
    labelled.schema = labelled.path(QStringLiteral("cohort.schema.json"));
    QProcess schema;
    schema.start(testsupport::nodeBinary(),
                 { QStringLiteral("demo-data"), QStringLiteral("--profile"),
                   QStringLiteral("youth-health-service"), QStringLiteral("--rows"),
                   QStringLiteral("10"), QStringLiteral("--seed"), QStringLiteral("1"),
                   QStringLiteral("--out"), labelled.path(QStringLiteral("unused.csv")),
                   QStringLiteral("--schema-out"), labelled.schema });
    QVERIFY(schema.waitForFinished(60000) && schema.exitCode() == 0);
    QVERIFY2(labelled.start(1, 300), qPrintable(labelled.error));
    const QString sites = labelled.writeSitesFile(labelled.sites());
    const Outcome json = cli({ QStringLiteral("catalogue"), QStringLiteral("--sites"), sites,
                               QStringLiteral("--format"), QStringLiteral("json") });
    QVERIFY2(json.exitCode == 0, qPrintable(json.err));
    QJsonObject education;
    for (const QJsonValue &d : QJsonDocument::fromJson(json.out.toUtf8())
                                   .object()
                                   .value(QLatin1String("datasets"))
                                   .toArray())
        for (const QJsonValue &v : d.toObject().value(QLatin1String("variables")).toArray())
            if (v.toObject().value(QLatin1String("name")).toString()
                == QLatin1String("maternal_education"))
                education = v.toObject();
    QCOMPARE(
        education.value(QLatin1String("levels")).toArray(),
        (QJsonArray { QStringLiteral("low"), QStringLiteral("middle"), QStringLiteral("high") }));
    QCOMPARE(education.value(QLatin1String("level_labels"))
                 .toObject()
                 .value(QLatin1String("high"))
                 .toString(),
             QStringLiteral("High (tertiary)"));
    const Outcome text = cli({ QStringLiteral("catalogue"), QStringLiteral("--sites"), sites });
    QVERIFY2(text.exitCode == 0, qPrintable(text.err));
    QVERIFY2(text.out.contains(QLatin1String("low = Low (primary), middle = Middle (secondary), "
                                             "high = High (tertiary)")),
             qPrintable(text.out));
    // Without a schema (the shared nodes) the levels come by name, without labels, as before.
    QJsonObject inferred;
    for (const QJsonValue &v :
         datasets.at(0).toObject().value(QLatin1String("variables")).toArray())
        if (v.toObject().value(QLatin1String("name")).toString()
            == QLatin1String("maternal_education"))
            inferred = v.toObject();
    QCOMPARE(
        inferred.value(QLatin1String("levels")).toArray(),
        (QJsonArray { QStringLiteral("high"), QStringLiteral("low"), QStringLiteral("middle") }));
    QVERIFY(!inferred.contains(QLatin1String("level_labels")));
}

void tst_Cli::plainModeRefusedIsOneLinePerSite()
{
    QVERIFY2(startNodes(), qPrintable(m_cluster.error));
    // Three sites in plain mode: each node's default policy joins plain studies of at most two.
    const Outcome o
        = cli({ QStringLiteral("fit"), QStringLiteral("--sites"), m_sites,
                QStringLiteral("--dataset"), QStringLiteral("cohort"), QStringLiteral("--formula"),
                QString::fromLatin1(kFormula), QStringLiteral("--mode"), QStringLiteral("plain") });
    // Exit code 3: refused by the sites' rules. Each site refuses it, each on a line of its own
    // (branch newuser2: before, the first site's refusal alone).
    QCOMPARE(o.exitCode, 3);
    QVERIFY(o.out.isEmpty());
    QCOMPARE(o.err.count(QLatin1Char('\n')), 3);
    QCOMPARE(o.err.count(QLatin1String("(rule plain-mode)")), 3);
    for (const char *site : { "site1", "site2", "site3" })
        QVERIFY2(o.err.contains(QLatin1String(site)), qPrintable(o.err));
    // Worded by the CLI in the user's language from the rule's code and the threshold the node
    // sent (params), not the node's English sentence ("... of at most 2 participants ...").
    QVERIFY2(o.err.contains(QLatin1String("plain studies of at most 2 sites; run the study in "
                                          "masked mode")),
             qPrintable(o.err));
    QVERIFY2(!o.err.contains(QLatin1String("participants")), qPrintable(o.err));
    // Two sites: auto is plain, and says so.
    const Outcome two = cli({ QStringLiteral("fit"), QStringLiteral("--sites"), m_sites,
                              QStringLiteral("--only"), QStringLiteral("site1,site2"),
                              QStringLiteral("--dataset"), QStringLiteral("cohort"),
                              QStringLiteral("--formula"), QString::fromLatin1(kFormula),
                              QStringLiteral("--no-evaluation"), QStringLiteral("--no-per-site") });
    QVERIFY2(two.exitCode == 0, qPrintable(two.err));
    QVERIFY(two.out.contains(QLatin1String("; plain]")));
    QVERIFY(
        two.out.contains(QLatin1String("plain: each site's statistics were sent in the clear")));
}

void tst_Cli::refusalIsOneLinePerSite()
{
    QVERIFY2(startNodes(), qPrintable(m_cluster.error));
    const Outcome o
        = cli({ QStringLiteral("fit"), QStringLiteral("--sites"), m_sites,
                QStringLiteral("--dataset"), QStringLiteral("cohort"), QStringLiteral("--formula"),
                QStringLiteral("dev_delay_2y ~ municipality * maternal_education") });
    // Exit code 3 (a rule refused it), one line for each site that refused (branch newuser2),
    // each naming its site and rule.
    QCOMPARE(o.exitCode, 3);
    QVERIFY(o.out.isEmpty());
    const QStringList lines = o.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(!lines.isEmpty() && lines.size() <= 3, qPrintable(o.err));
    QSet<QString> sites;
    for (const QString &line : lines) {
        QVERIFY2(line.contains(QLatin1String("refused the request (rule ")), qPrintable(o.err));
        const qsizetype at = line.indexOf(QLatin1String("Site site"));
        QVERIFY2(at >= 0, qPrintable(o.err));
        sites.insert(line.mid(at + 5, 5));
    }
    QCOMPARE(sites.size(), lines.size());
}

void tst_Cli::deadSiteIsOneLine()
{
    QVERIFY2(startNodes(), qPrintable(m_cluster.error));
    QList<fairstart::client::Site> sites = m_cluster.sites();
    const testsupport::DeadPort dead; // held until the end: nobody listens there meanwhile
    QVERIFY(dead.port() > 0);
    sites[1].url = QStringLiteral("https://127.0.0.1:%1").arg(dead.port());
    const QString file = m_cluster.writeSitesFile(sites);
    const Outcome o
        = cli({ QStringLiteral("fit"), QStringLiteral("--sites"), file, QStringLiteral("--dataset"),
                QStringLiteral("cohort"), QStringLiteral("--formula"),
                QString::fromLatin1(kFormula), QStringLiteral("--purpose"),
                QStringLiteral("research"), QStringLiteral("--timeout"), QStringLiteral("3") });
    QCOMPARE(o.exitCode, 1);
    QCOMPARE(o.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(o.err.contains(QLatin1String("Could not connect to site site2")), qPrintable(o.err));
}

void tst_Cli::validateTableAndJson()
{
    QVERIFY2(startNodes(), qPrintable(m_cluster.error));
    const QStringList args {
        QStringLiteral("validate"),    QStringLiteral("--sites"),      m_sites,
        QStringLiteral("--dataset"),   QStringLiteral("cohort"),       QStringLiteral("--formula"),
        QString::fromLatin1(kFormula), QStringLiteral("--thresholds"), QStringLiteral("0.1,0.2")
    };
    const Outcome table = cli(args, 240000);
    QVERIFY2(table.exitCode == 0, qPrintable(table.err));
    for (const char *part :
         { "Leave-one-site-out validation", "held out", "trained on", "site2, site3",
           "Pooled over the held-out sites", "AUC", "Calibration slope", "Calibration-in-the-large",
           "Observed/expected", "PI ", "tau²", "Decision curve of the held-out predictions",
           "treat all", "Design sha256:" })
        QVERIFY2(table.out.contains(QString::fromUtf8(part)), part);
    // One row per held-out site, each trained on the other two.
    for (const char *row : { "  site1 ", "  site2 ", "  site3 " })
        QVERIFY2(table.out.contains(QLatin1String(row)), row);

    const Outcome json
        = cli(args + QStringList { QStringLiteral("--format"), QStringLiteral("json") }, 240000);
    QVERIFY2(json.exitCode == 0, qPrintable(json.err));
    const QJsonObject j = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(j.keys(), (QStringList { QStringLiteral("per_site"), QStringLiteral("pooled") }));
    const QJsonArray perSite = j.value(QLatin1String("per_site")).toArray();
    QCOMPARE(perSite.size(), 3);
    QStringList keys { QStringLiteral("held_out"),
                       QStringLiteral("n"),
                       QStringLiteral("events"),
                       QStringLiteral("auc"),
                       QStringLiteral("auc_se"),
                       QStringLiteral("calibration_slope"),
                       QStringLiteral("calibration_in_the_large"),
                       QStringLiteral("observed_expected"),
                       QStringLiteral("brier") };
    keys.sort();
    for (const QJsonValue &site : perSite) {
        QCOMPARE(site.toObject().keys(), keys);
        QVERIFY(site.toObject().value(QLatin1String("auc")).toDouble() > 0.5);
    }
    QCOMPARE(perSite.at(0).toObject().value(QLatin1String("held_out")).toString(),
             QStringLiteral("site1"));
    const QJsonObject pooled = j.value(QLatin1String("pooled")).toObject();
    QStringList measures { QStringLiteral("auc"), QStringLiteral("calibration_slope"),
                           QStringLiteral("calibration_in_the_large"),
                           QStringLiteral("observed_expected") };
    measures.sort();
    QCOMPARE(pooled.keys(), measures);
    for (const QString &m : measures) {
        const QJsonObject o = pooled.value(m).toObject();
        QStringList fields { QStringLiteral("estimate"), QStringLiteral("ci"), QStringLiteral("pi"),
                             QStringLiteral("tau2") };
        fields.sort();
        QCOMPARE(o.keys(), fields);
        const QJsonArray ci = o.value(QLatin1String("ci")).toArray();
        QCOMPARE(ci.size(), 2);
        QVERIFY(ci.at(0).toDouble() <= o.value(QLatin1String("estimate")).toDouble());
        QVERIFY(ci.at(1).toDouble() >= o.value(QLatin1String("estimate")).toDouble());
    }
    QVERIFY(!json.out.contains(m_cluster.node(0).token));
}

// A held-out site whose own node refuses after the fit (site3 refuses a participant set one
// site away from one it joined, so its calibration studies, {site3} after {site2, site3}, are
// refused: tst_validationrun::heldOutSiteWithheldByItsOwnGate). The table says "withheld" with
// the rule, the JSON has no numbers for it and "withheld": true, the note does not call it
// failed.
void tst_Cli::validateSiteWithheldByItsNode()
{
    NodeCluster cluster;
    QVERIFY2(cluster.start(3, 2000), qPrintable(cluster.error));
    QVERIFY2(
        cluster.setPolicy(2, QStringLiteral("single_site_difference"), QStringLiteral("refuse")),
        qPrintable(cluster.error));
    const QString sites = cluster.writeSitesFile(cluster.sites());
    const QStringList args {
        QStringLiteral("validate"),    QStringLiteral("--sites"),  sites,
        QStringLiteral("--dataset"),   QStringLiteral("cohort"),   QStringLiteral("--formula"),
        QString::fromLatin1(kFormula), QStringLiteral("--format"), QStringLiteral("json")
    };
    // Two of three sites gave results, too few to pool: the run did not validate the model (exit
    // 1, as for failed sites), and the output is written all the same.
    const Outcome json = cli(args, 240000);
    QVERIFY2(json.exitCode == 1, qPrintable(json.err));
    const QJsonArray perSite = QJsonDocument::fromJson(json.out.toUtf8())
                                   .object()
                                   .value(QLatin1String("per_site"))
                                   .toArray();
    QCOMPARE(perSite.size(), 3);
    QVERIFY(perSite.at(0).toObject().value(QLatin1String("auc")).toDouble() > 0.5);
    const QJsonObject site3 = perSite.at(2).toObject();
    QCOMPARE(site3.value(QLatin1String("held_out")).toString(), QStringLiteral("site3"));
    QVERIFY(site3.value(QLatin1String("auc")).isNull());
    QVERIFY(site3.value(QLatin1String("withheld")).toBool());
    QCOMPARE(site3.value(QLatin1String("rule")).toString(),
             QStringLiteral("single-site-difference"));

    // The table (a new study set for site3 each time: these sets were all recorded above).
    const Outcome table = cli(args.mid(0, args.size() - 2), 240000);
    QVERIFY2(table.exitCode == 1, qPrintable(table.err));
    QString row;
    for (const QString &line : table.out.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("  site3 ")))
            row = line;
    }
    QVERIFY2(row.contains(QLatin1String("withheld by the site"))
                 && row.contains(QLatin1String("single-site-difference"))
                 && !row.contains(QLatin1String("no result")),
             qPrintable(table.out));
    QVERIFY2(table.out.contains(QLatin1String("site3 withheld by its own release rules")),
             qPrintable(table.out));
}

void tst_Cli::fitDecisionCurve()
{
    QVERIFY2(startNodes(), qPrintable(m_cluster.error));
    const QStringList args { QStringLiteral("fit"), QStringLiteral("--sites"), m_sites,
                             QStringLiteral("--dataset"), QStringLiteral("cohort"),
                             QStringLiteral("--formula"), QString::fromLatin1(kFormula),
                             QStringLiteral("--no-per-site"),
                             // Two sites: a plain study, whose sites release their own
                             // evaluations (exact AUC, per-site decision curves).
                             QStringLiteral("--only"), QStringLiteral("site1,site2"),
                             QStringLiteral("--thresholds"), QStringLiteral("0.1,0.25") };
    const Outcome table = cli(args);
    QVERIFY2(table.exitCode == 0, qPrintable(table.err));
    for (const char *part : { "apparent:", "error bound", "Decision curve, all sites",
                              "Decision curve, site1:", "treat none" })
        QVERIFY2(table.out.contains(QLatin1String(part)), part);
    const Outcome json
        = cli(args + QStringList { QStringLiteral("--format"), QStringLiteral("json") });
    QVERIFY2(json.exitCode == 0, qPrintable(json.err));
    const QJsonObject p = QJsonDocument::fromJson(json.out.toUtf8())
                              .object()
                              .value(QLatin1String("performance"))
                              .toObject();
    const QJsonArray curve = p.value(QLatin1String("decision_curve")).toArray();
    QCOMPARE(curve.size(), 2);
    QCOMPARE(curve.at(1).toObject().value(QLatin1String("threshold")).toDouble(), 0.25);
    for (const char *key : { "net_benefit", "treat_all", "treat_none", "error_bound" })
        QVERIFY2(curve.at(0).toObject().contains(QLatin1String(key)), key);
    QVERIFY(p.contains(QLatin1String("auc_sites_with_exact")));
    QVERIFY(p.contains(QLatin1String("calibration_slope_se")));
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"

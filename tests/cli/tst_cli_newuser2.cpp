// SPDX-License-Identifier: GPL-3.0-or-later
// An epidemiologist's first hour with real data through fairstart-cli (branch newuser2), against
// three real nodes of demo data whose missing values are scattered (each variable on its own, as
// real data are): a series of models — add a variable, then another — is refused `differencing`
// today, because each model's cohort is the complete cases of its own variables and the cohorts
// differ by a few records; with --complete-cases every model of the series uses one cohort, is
// fitted, and equals R's glm on that cohort (data/completecases-newuser2-reference.txt). Also:
// every site's refusal is reported (not the first alone) with exit code 3, and a mistyped
// --purpose or --complete-cases says what is allowed.
#include "../app/clisupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <charconv>
#include <cmath>
#include <map>

using testsupport::cli;
using testsupport::NodeCluster;
using testsupport::Outcome;

namespace {

// The series an analyst fits, a variable at a time; each has its own missing values.
const QStringList kSeries {
    QStringLiteral("dev_delay_2y ~ birth_weight_g"),
    QStringLiteral("dev_delay_2y ~ birth_weight_g + apgar_5min"),
    QStringLiteral("dev_delay_2y ~ birth_weight_g + apgar_5min + maternal_education"),
    QStringLiteral(
        "dev_delay_2y ~ birth_weight_g + apgar_5min + maternal_education + parental_stress"),
};
const QString kCompleteCases
    = QStringLiteral("birth_weight_g,apgar_5min,maternal_education,parental_stress");

double number(const QByteArray &text)
{
    double v = std::nan("");
    std::from_chars(text.constData(), text.constData() + text.size(), v);
    return v;
}

bool close(double ours, double r)
{
    return std::abs(ours - r) <= 1e-6 * std::max(std::abs(r), 1e-6);
}

// Model -> term (and "n", "deviance") -> (estimate, SE), from R's reference.
using Reference = std::map<QString, std::map<QString, std::pair<double, double>>>;

Reference readReference(QString *error)
{
    Reference out;
    QFile file(QStringLiteral(FAIRSTART_TEST_DATA_DIR "/completecases-newuser2-reference.txt"));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read ") + file.fileName();
        return out;
    }
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> f = line.split('\t');
        if (f.size() != 4) {
            *error = QStringLiteral("a reference line has not four fields: ")
                + QString::fromUtf8(line);
            return {};
        }
        out[QString::fromUtf8(f[0])][QString::fromUtf8(f[1])] = { number(f[2]), number(f[3]) };
    }
    return out;
}

// The sites named in a run's error lines, one per line ("Site site2 refused ...").
QStringList sitesOfLines(const QString &err)
{
    QStringList sites;
    static const QRegularExpression site(QStringLiteral("\\b(site\\d)\\b"));
    for (const QString &line : err.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const auto m = site.match(line);
        sites << (m.hasMatch() ? m.captured(1) : QString());
    }
    return sites;
}

} // namespace

class tst_CliNewuser2 : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void seriesSharesOneCohort();
    void mistypedPurposeListsTheAllowedOnes();
    void completeCasesArgumentErrors_data();
    void completeCasesArgumentErrors();
    void unknownCompleteCaseVariable();

private:
    QStringList fitArgs(const QString &formula) const
    {
        return { QStringLiteral("fit"),
                 QStringLiteral("--sites"),
                 m_sites,
                 QStringLiteral("--dataset"),
                 QStringLiteral("cohort"),
                 QStringLiteral("--purpose"),
                 QStringLiteral("research"),
                 QStringLiteral("--formula"),
                 formula,
                 QStringLiteral("--no-per-site"),
                 QStringLiteral("--no-evaluation") };
    }

    NodeCluster m_cluster;
    QString m_sites;
};

void tst_CliNewuser2::initTestCase()
{
    if (!QFile::exists(testsupport::cliBinary()))
        QFAIL("fairstart-cli is not built (FAIRSTART_BIN_DIR/cli/fairstart-cli is missing)");
    // The three sites of the reference (data/make_completecases_newuser2.R): demo data with the
    // default, scattered missing values; two purposes, so that a mistyped one has a list.
    QVERIFY2(m_cluster.start(3, 2000, QStringLiteral("research,quality")),
             qPrintable(m_cluster.error));
    m_sites = m_cluster.writeSitesFile(m_cluster.sites());
}

void tst_CliNewuser2::seriesSharesOneCohort()
{
    QString error;
    const Reference reference = readReference(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(reference.size(), std::size_t(kSeries.size()));

    // Today: each model on the complete cases of its own variables. The first is fitted; a later
    // one, whose cohort lacks a few of the first's records, is refused for differencing — by each
    // site that refuses, each on a line of its own, and exit code 3 (a rule refused it).
    const Outcome first = cli(fitArgs(kSeries[0]), 240000);
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    Outcome refused;
    for (qsizetype i = 1; i < kSeries.size() && refused.exitCode != 3; ++i) {
        refused = cli(fitArgs(kSeries[i]), 240000);
        QVERIFY2(refused.exitCode == 0 || refused.exitCode == 3, qPrintable(refused.err));
    }
    QVERIFY2(refused.exitCode == 3,
             "no model of the series was refused without a shared cohort: the test's data no "
             "longer show what --complete-cases is for");
    QVERIFY2(refused.err.contains(QLatin1String("(rule differencing)")), qPrintable(refused.err));
    // One line per refusing site, each naming another site, every line a refusal.
    const QStringList lines = refused.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QStringList named = sitesOfLines(refused.err);
    QVERIFY2(lines.size() >= 2, qPrintable(refused.err)); // these data: more than one site
    QCOMPARE(QSet<QString>(named.begin(), named.end()).size(), lines.size());
    QVERIFY2(!named.contains(QString()), qPrintable(refused.err));
    for (const QString &line : lines)
        QVERIFY2(line.startsWith(QLatin1String("fairstart-cli: "))
                     && line.contains(QLatin1String("refused the request (rule ")),
                 qPrintable(line));

    // With the cohort pinned to the variables of the largest model, every model of the series
    // is fitted on one cohort, and equals R's glm on it.
    for (const QString &formula : kSeries) {
        QStringList args = fitArgs(formula);
        args << QStringLiteral("--complete-cases") << kCompleteCases << QStringLiteral("--format")
             << QStringLiteral("json");
        const Outcome fit = cli(args, 240000);
        QVERIFY2(fit.exitCode == 0, qPrintable(formula + QStringLiteral(": ") + fit.err));
        const QJsonObject report = QJsonDocument::fromJson(fit.out.toUtf8()).object();
        const auto &r = reference.at(formula);
        QCOMPARE(report.value(QStringLiteral("n")).toDouble(), r.at(QStringLiteral("n")).first);
        QVERIFY2(close(report.value(QStringLiteral("deviance")).toDouble(),
                       r.at(QStringLiteral("deviance")).first),
                 qPrintable(formula));
        const QJsonArray coefficients = report.value(QStringLiteral("coefficients")).toArray();
        QCOMPARE(std::size_t(coefficients.size()) + 2, r.size()); // + n and deviance
        for (const QJsonValue &value : coefficients) {
            const QJsonObject c = value.toObject();
            const QString term = c.value(QStringLiteral("term")).toString();
            const auto it = r.find(term);
            QVERIFY2(it != r.end(), qPrintable(formula + QStringLiteral(": R has no ") + term));
            const double estimate = c.value(QStringLiteral("estimate")).toDouble();
            const double se = c.value(QStringLiteral("std_error")).toDouble();
            QVERIFY2(close(estimate, it->second.first),
                     qPrintable(QStringLiteral("%1 %2: %3 vs R %4")
                                    .arg(formula, term)
                                    .arg(estimate, 0, 'g', 17)
                                    .arg(it->second.first, 0, 'g', 17)));
            QVERIFY2(close(se, it->second.second),
                     qPrintable(QStringLiteral("%1 %2 SE: %3 vs R %4")
                                    .arg(formula, term)
                                    .arg(se, 0, 'g', 17)
                                    .arg(it->second.second, 0, 'g', 17)));
        }
        // The design the sites fitted carries the pinned cohort.
        const QJsonArray pinned = report.value(QStringLiteral("design"))
                                      .toObject()
                                      .value(QStringLiteral("spec"))
                                      .toObject()
                                      .value(QStringLiteral("complete_cases"))
                                      .toArray();
        QCOMPARE(pinned.size(), 4);
    }
    // The table says which cohort it is.
    QStringList args = fitArgs(kSeries[1]);
    args << QStringLiteral("--complete-cases") << kCompleteCases;
    const Outcome table = cli(args, 240000);
    QVERIFY2(table.exitCode == 0, qPrintable(table.err));
    QVERIFY2(table.out.contains(QLatin1String(
                 "Cohort: the complete cases of birth_weight_g, apgar_5min, maternal_education, "
                 "parental_stress and the model's variables")),
             qPrintable(table.out));
}

void tst_CliNewuser2::mistypedPurposeListsTheAllowedOnes()
{
    for (const QString &command : { QStringLiteral("fit"), QStringLiteral("describe") }) {
        QStringList args { command,
                           QStringLiteral("--sites"),
                           m_sites,
                           QStringLiteral("--dataset"),
                           QStringLiteral("cohort"),
                           QStringLiteral("--purpose"),
                           QStringLiteral("reserch") };
        if (command == QLatin1String("fit"))
            args << QStringLiteral("--formula") << kSeries[0];
        else
            args << QStringLiteral("--vars") << QStringLiteral("birth_weight_g");
        const Outcome o = cli(args);
        QCOMPARE(o.exitCode, 2);
        QCOMPARE(o.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(o.err.contains(QLatin1String("--purpose 'reserch' is not a purpose of your token "
                                              "at every site")),
                 qPrintable(o.err));
        QVERIFY2(o.err.contains(QLatin1String("site1 allows quality, research")),
                 qPrintable(o.err));
        QVERIFY2(o.err.contains(QLatin1String("use one the tokens share: quality, research")),
                 qPrintable(o.err));
        QVERIFY(o.out.isEmpty());
    }
}

void tst_CliNewuser2::completeCasesArgumentErrors_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty name") << QStringLiteral("birth_weight_g,,apgar_5min")
                                << QStringLiteral("has an empty name");
    QTest::newRow("twice") << QStringLiteral("apgar_5min, apgar_5min")
                           << QStringLiteral("--complete-cases names 'apgar_5min' twice");
    QStringList many;
    for (int i = 0; i < 65; ++i)
        many << QStringLiteral("v%1").arg(i);
    QTest::newRow("too many") << many.join(QLatin1Char(','))
                              << QStringLiteral("names 65 variables; at most 64 are allowed");
}

void tst_CliNewuser2::completeCasesArgumentErrors()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QStringList args = fitArgs(kSeries[0]);
    args << QStringLiteral("--complete-cases") << value;
    const Outcome o = cli(args);
    QCOMPARE(o.exitCode, 2);
    QCOMPARE(o.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(o.err.contains(expected), qPrintable(o.err));
    // The option is in the command's help.
    const Outcome help = cli({ QStringLiteral("fit"), QStringLiteral("--help") });
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains(QLatin1String("--complete-cases a,b,c")), qPrintable(help.out));
}

void tst_CliNewuser2::unknownCompleteCaseVariable()
{
    QStringList args = fitArgs(kSeries[0]);
    args << QStringLiteral("--complete-cases") << QStringLiteral("apgar_5min,apgar_10min");
    const Outcome o = cli(args);
    QCOMPARE(o.exitCode, 1);
    QVERIFY2(o.err.contains(QLatin1String("has no variable 'apgar_10min' in dataset cohort; did "
                                          "you mean apgar_5min?")),
             qPrintable(o.err));
    // A mistyped formula variable is told the same way.
    const Outcome typo = cli(fitArgs(QStringLiteral("dev_delay_2y ~ birth_weigth_g")));
    QCOMPARE(typo.exitCode, 1);
    QVERIFY2(typo.err.contains(QLatin1String("has no variable 'birth_weigth_g' in dataset cohort; "
                                             "did you mean birth_weight_g?")),
             qPrintable(typo.err));
}

QTEST_GUILESS_MAIN(tst_CliNewuser2)
#include "tst_cli_newuser2.moc"

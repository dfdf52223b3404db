// SPDX-License-Identifier: GPL-3.0-or-later
// The walk of 2026-12-07 (branch walk3), fairstart-cli's part: `describe --mode masked` and
// `trends --mode masked` printed only the first site's error where the workbench's masked
// Table 1 names every site that refused; and --lang chooses the language of the messages
// (Dutch needed LANG=nl_NL.UTF-8 LANGUAGE=nl). Against three real nodes whose cohorts are too
// small for any site to release them.
#include "../app/clisupport.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using testsupport::cli;
using testsupport::NodeCluster;
using testsupport::Outcome;

namespace {

// The sites named in the error lines, one per line.
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

class tst_CliWalk3 : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void maskedRefusalsNameEverySite_data();
    void maskedRefusalsNameEverySite();
    void languageOption();

private:
    NodeCluster m_cluster;
    QString m_sites;
};

void tst_CliWalk3::initTestCase()
{
    if (!QFile::exists(testsupport::cliBinary()))
        QFAIL("fairstart-cli is not built (FAIRSTART_BIN_DIR/cli/fairstart-cli is missing)");
    // 20 children per site: under every site's minimum cohort (50), so each site refuses.
    QVERIFY2(m_cluster.start(3, 20), qPrintable(m_cluster.error));
    m_sites = m_cluster.writeSitesFile(m_cluster.sites());
}

void tst_CliWalk3::maskedRefusalsNameEverySite_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("describe") << QStringList { QStringLiteral("describe"), QStringLiteral("--vars"),
                                               QStringLiteral("sex,birth_weight_g") };
    QTest::newRow("trends") << QStringList { QStringLiteral("trends"), QStringLiteral("--vars"),
                                             QStringLiteral("sex"),    QStringLiteral("--from"),
                                             QStringLiteral("2015"),   QStringLiteral("--to"),
                                             QStringLiteral("2020") };
}

void tst_CliWalk3::maskedRefusalsNameEverySite()
{
    QFETCH(QStringList, args);
    args << QStringLiteral("--sites") << m_sites << QStringLiteral("--dataset")
         << QStringLiteral("cohort") << QStringLiteral("--purpose") << QStringLiteral("research")
         << QStringLiteral("--mode") << QStringLiteral("masked");
    const Outcome o = cli(args, 240000);
    QVERIFY2(o.exitCode == 1 || o.exitCode == 3, qPrintable(o.err));
    QVERIFY2(o.out.isEmpty(), qPrintable(o.out));
    // One line per site, each naming another site: not the first site's error alone.
    const QStringList lines = o.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QStringList named = sitesOfLines(o.err);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(QSet<QString>(named.begin(), named.end()),
             (QSet<QString> { QStringLiteral("site1"), QStringLiteral("site2"),
                              QStringLiteral("site3") }));
    for (const QString &line : lines)
        QVERIFY2(line.startsWith(QLatin1String("fairstart-cli: ")), qPrintable(line));
    // Every site refused by a rule: the request must change (exit code 3, as in plain mode).
    if (o.err.contains(QLatin1String("(rule ")))
        QCOMPARE(o.exitCode, 3);
}

// --lang before or after the command word, whatever the system's language; an unknown one is a
// usage error that lists the languages.
void tst_CliWalk3::languageOption()
{
    const Outcome english = cli({ QStringLiteral("frobnicate") });
    QCOMPARE(english.exitCode, 2);
    QVERIFY2(english.err.contains(QLatin1String("unknown command 'frobnicate'")),
             qPrintable(english.err));
    const Outcome dutch
        = cli({ QStringLiteral("--lang"), QStringLiteral("nl"), QStringLiteral("frobnicate") });
    QCOMPARE(dutch.exitCode, 2);
    QVERIFY2(dutch.err.contains(QLatin1String("onbekende opdracht 'frobnicate'")),
             qPrintable(dutch.err));
    const Outcome after = cli({ QStringLiteral("frobnicate"), QStringLiteral("--lang=nl") });
    QVERIFY2(after.err.contains(QLatin1String("onbekende opdracht 'frobnicate'")),
             qPrintable(after.err));
    // A command's options are read without --lang among them.
    const Outcome help = cli({ QStringLiteral("describe"), QStringLiteral("--help"),
                               QStringLiteral("--lang"), QStringLiteral("en") });
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains(QLatin1String("--vars")), qPrintable(help.out + help.err));
    const Outcome unknown
        = cli({ QStringLiteral("--lang"), QStringLiteral("xx"), QStringLiteral("--help") });
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains(QLatin1String("unknown --lang 'xx'; use one of: en, nl, de, fr")),
             qPrintable(unknown.err));
    const Outcome missing = cli({ QStringLiteral("--help"), QStringLiteral("--lang") });
    QCOMPARE(missing.exitCode, 2);
    // The main help documents it.
    const Outcome mainHelp = cli({ QStringLiteral("--help") });
    QVERIFY2(mainHelp.out.contains(QLatin1String("--lang")), qPrintable(mainHelp.out));
}

QTEST_MAIN(tst_CliWalk3)
#include "tst_cli_walk3.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The option engine both command-line programs use (commandline/options.h): every refusal, in
// its order, the typed values, and the help layout.
#include "fairstart/commandline/options.h"

#include <QTest>

using namespace fairstart::commandline;

class tst_Options : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void typedValues();
    void refusals_data();
    void refusals();
    void help();
    void positionalsAndShortNames();
    void helpLayout();
};

namespace {

std::vector<Option> table()
{
    return {
        { "sites", "FILE", true, QStringLiteral("The sites file.") },
        { "count", "N", false, QStringLiteral("How many."), wholeNumber(1, 10) },
        { "timeout", "S", false, QStringLiteral("Seconds."), number(0, 60) },
        { "format", "F", false, QStringLiteral("Format."),
          oneOf({ QStringLiteral("table"), QStringLiteral("json") }) },
        { "listen", "HOST:PORT", false, QStringLiteral("Where."), hostPort() },
        { "verbose", nullptr, false, QStringLiteral("Talk."), {}, "v" },
        { "edges", "E,...", false, QStringLiteral("Increasing."),
          numberList(
              [](double v, const std::vector<double> &before) {
                  return before.empty() || v > before.back();
              },
              QStringLiteral("'%1' is not the next edge.")) },
    };
}

QStringList words(const char *text)
{
    return QString::fromLatin1(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

void tst_Options::typedValues()
{
    const auto p
        = parseOptions(table(),
                       words("--sites s.json --count 3 --count=7 --timeout 1.5 --format json "
                             "--listen [::1]:8443 -v --edges 1,2.5,1e1"));
    QVERIFY2(p, p ? "" : qPrintable(p.error()));
    QCOMPARE(p->value("sites"), QStringLiteral("s.json"));
    QCOMPARE(p->get<quint64>("count"), quint64(7)); // the last occurrence
    QCOMPARE(p->values.value(QStringLiteral("count")).size(), 2);
    QCOMPARE(p->get<double>("timeout"), 1.5); // a '.' in every locale
    QCOMPARE(p->value("format"), QStringLiteral("json"));
    QCOMPARE(p->get<HostPort>("listen").host, QStringLiteral("::1"));
    QCOMPARE(p->get<HostPort>("listen").port, quint16(8443));
    QVERIFY(p->has("verbose"));
    QCOMPARE(p->get<std::vector<double>>("edges"), (std::vector<double> { 1, 2.5, 10 }));
    QVERIFY(!p->help);
    const auto defaults = parseOptions(table(), words("--sites s"));
    QVERIFY(defaults);
    QCOMPARE(defaults->get<quint64>("count", 5), quint64(5));
    QVERIFY(!defaults->has("verbose"));
}

void tst_Options::refusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("singleDash");
    QTest::addColumn<QString>("says");
    QTest::newRow("unknown") << words("--sites s --colour") << false
                             << QStringLiteral("unknown option '--colour'.");
    QTest::newRow("flag with value")
        << words("--sites s --verbose=yes") << false << QStringLiteral("--verbose takes no value.");
    QTest::newRow("no value") << words("--sites") << false
                              << QStringLiteral("--sites needs a value (FILE).");
    QTest::newRow("empty value") << QStringList { QStringLiteral("--sites="), QStringLiteral("x") }
                                 << false << QStringLiteral("--sites has an empty value.");
    QTest::newRow("whole number too big")
        << words("--sites s --count 11") << false << QStringLiteral("from 1 to 10 (not '11')");
    QTest::newRow("whole number signed")
        << words("--sites s --count +3") << false << QStringLiteral("(not '+3')");
    QTest::newRow("decimal comma")
        << words("--sites s --timeout 1,5") << false << QStringLiteral("(not '1,5')");
    QTest::newRow("zero seconds") << words("--sites s --timeout 0") << false
                                  << QStringLiteral("greater than 0 and at most 60 (not '0')");
    QTest::newRow("not a choice") << words("--sites s --format xml") << false
                                  << QStringLiteral("unknown --format 'xml'; use one of: table, "
                                                    "json.");
    QTest::newRow("list not increasing")
        << words("--sites s --edges 1,3,2") << false << QStringLiteral("'2' is not the next edge.");
    QTest::newRow("list empty part")
        << words("--sites s --edges 1,,2") << false << QStringLiteral("'' is not the next edge.");
    QTest::newRow("list decimal comma in a part")
        << words("--sites s --edges 1;5") << false << QStringLiteral("'1;5' is not the next edge.");
    QTest::newRow("port") << words("--sites s --listen host:99999") << false
                          << QStringLiteral("--listen must be HOST:PORT");
    QTest::newRow("stray") << words("extra --sites s") << false
                           << QStringLiteral("unexpected argument 'extra'.");
    // A stray argument is named before a missing required option: the first thing wrong.
    QTest::newRow("stray before missing")
        << words("extra") << false << QStringLiteral("unexpected argument 'extra'.");
    QTest::newRow("missing") << words("--count 2") << false
                             << QStringLiteral("missing --sites FILE.");
    QTest::newRow("single dash is positional")
        << words("-sites s") << false << QStringLiteral("unexpected argument '-sites'.");
    QTest::newRow("single dash unknown")
        << words("-colour") << true << QStringLiteral("unknown option '-colour'.");
    QTest::newRow("control characters echoed escaped")
        << QStringList { QStringLiteral("--sites"), QStringLiteral("s"), QStringLiteral("--format"),
                         QStringLiteral("a\x1b[2Jb") }
        << false << QStringLiteral("'a\\x1b[2Jb'");
}

void tst_Options::refusals()
{
    QFETCH(QStringList, args);
    QFETCH(bool, singleDash);
    QFETCH(QString, says);
    Grammar grammar;
    grammar.singleDashLongOptions = singleDash;
    const auto p = parseOptions(table(), args, grammar);
    QVERIFY(!p);
    QVERIFY2(p.error().contains(says), qPrintable(p.error()));
}

void tst_Options::help()
{
    // --help wins over what is missing, but not over what was wrong before it.
    const auto help = parseOptions(table(), words("--help"));
    QVERIFY(help);
    QVERIFY(help->help);
    QVERIFY(parseOptions(table(), words("-h"))->help);
    QVERIFY(!parseOptions(table(), words("--count 99 --help")));
}

void tst_Options::positionalsAndShortNames()
{
    Grammar grammar;
    grammar.positionals = 2;
    grammar.positionalSynopsis = QStringLiteral("KEY VALUE");
    grammar.refused.insert(QStringLiteral("passphrase"), QStringLiteral("never here."));
    const auto p = parseOptions(table(), words("--sites s min_cell -5"), grammar);
    QVERIFY2(p, p ? "" : qPrintable(p.error()));
    QCOMPARE(p->positionals, words("min_cell -5")); // a negative number is a positional
    const auto few = parseOptions(table(), words("--sites s min_cell"), grammar);
    QVERIFY(!few);
    QCOMPARE(few.error(), QStringLiteral("expects KEY VALUE."));
    const auto many = parseOptions(table(), words("--sites s a b c"), grammar);
    QVERIFY(!many);
    QCOMPARE(many.error(), QStringLiteral("unexpected argument 'c'."));
    const auto refused = parseOptions(table(), words("--passphrase=x --sites s a b"), grammar);
    QVERIFY(!refused);
    QCOMPARE(refused.error(), QStringLiteral("never here."));
    grammar.singleDashLongOptions = true;
    const auto dash = parseOptions(table(), words("-sites s -count 2 a b"), grammar);
    QVERIFY2(dash, dash ? "" : qPrintable(dash.error()));
    QCOMPARE(dash->get<quint64>("count"), quint64(2));
}

void tst_Options::helpLayout()
{
    QCOMPARE(synopsis(table()),
             QStringLiteral("--sites FILE [--count N] [--timeout S] [--format F] "
                            "[--listen HOST:PORT] [-v] [--edges E,...]"));
    std::vector<Option> one { { "x", "X", false, QString(QStringLiteral("word ")).repeated(40) } };
    const QStringList lines = optionHelp(one, true, 60).split(QLatin1Char('\n'));
    QVERIFY(lines.size() > 4);
    for (const QString &line : lines)
        QVERIFY2(line.size() <= 60, qPrintable(line));
    QVERIFY(lines.at(0).startsWith(QLatin1String("  --x X ")));
    QVERIFY(lines.at(1).startsWith(QString(30, QLatin1Char(' ')) + QLatin1String("word")));
    QVERIFY(optionHelp(one, true).contains(QLatin1String("  -h, --help")));
    QCOMPARE(wrapped(QStringLiteral("aaa bbb ccc"), 7, 2, 0), QStringLiteral("aaa bbb\n  ccc"));
}

QTEST_GUILESS_MAIN(tst_Options)
#include "tst_options.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Picking the language from the locale, installing a catalogue, and the locale's number formats.
#include "fairstart/translations/language.h"

#include <QCoreApplication>
#include <QTest>

using namespace fairstart;

class tst_Language : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { i18n::useLanguage(QStringLiteral("en"), QLocale(QStringLiteral("en_US"))); }

    void languageForLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("language");
        QTest::newRow("nl_NL") << QStringLiteral("nl_NL") << QStringLiteral("nl");
        QTest::newRow("nl_BE") << QStringLiteral("nl_BE") << QStringLiteral("nl");
        QTest::newRow("de_LU") << QStringLiteral("de_LU") << QStringLiteral("de");
        QTest::newRow("fr_LU") << QStringLiteral("fr_LU") << QStringLiteral("fr");
        QTest::newRow("lb_LU") << QStringLiteral("lb_LU") << QStringLiteral("fr");
        QTest::newRow("en_GB") << QStringLiteral("en_GB") << QStringLiteral("en");
        QTest::newRow("es_ES") << QStringLiteral("es_ES") << QStringLiteral("en");
        QTest::newRow("C") << QStringLiteral("C") << QStringLiteral("en");
    }
    void languageForLocale()
    {
        QFETCH(QString, locale);
        QFETCH(QString, language);
        QCOMPARE(i18n::languageFor(QLocale(locale)), language);
    }

    // LC_ALL=C means English even when LANGUAGE asks for German, as with gettext: scripts and
    // the test suite rely on it.
    void cLocaleMeansEnglish()
    {
        const QByteArray all = qgetenv("LC_ALL"), language = qgetenv("LANGUAGE");
        qputenv("LANGUAGE", "de");
        for (const char *c : { "C", "C.UTF-8", "POSIX" }) {
            qputenv("LC_ALL", c);
            QCOMPARE(i18n::systemLanguage(), QStringLiteral("en"));
        }
        qputenv("LC_ALL", all);
        qputenv("LANGUAGE", language);
    }

    void nativeNames()
    {
        QCOMPARE(i18n::supportedLanguages(),
                 (QStringList { QStringLiteral("en"), QStringLiteral("nl"), QStringLiteral("de"),
                                QStringLiteral("fr") }));
        QCOMPARE(i18n::nativeName(QStringLiteral("nl")), QStringLiteral("Nederlands"));
        QCOMPARE(i18n::nativeName(QStringLiteral("de")), QStringLiteral("Deutsch"));
        QCOMPARE(i18n::nativeName(QStringLiteral("fr")), QStringLiteral("Français"));
        QCOMPARE(i18n::nativeName(QStringLiteral("en")), QStringLiteral("English"));
        QCOMPARE(i18n::nativeName(QStringLiteral("xx")), QStringLiteral("xx"));
    }

    // Every catalogue carries the strings of every library: the workbench, the workspace, the
    // client and CLI, and the node's administration commands.
    void everyCatalogueCoversEveryLibrary_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *l : { "nl", "de", "fr" })
            QTest::newRow(l) << QString::fromLatin1(l);
    }
    void everyCatalogueCoversEveryLibrary()
    {
        QFETCH(QString, language);
        QVERIFY(i18n::useLanguage(language, QLocale(QStringLiteral("en_US"))));
        const std::pair<const char *, const char *> samples[] = {
            { "Fairstart::Ui", "Preferences" },
            { "Fairstart::Workspace", "a PNG image" },
            { "Fairstart::Client", "The run was cancelled." },
            { "Fairstart::Cli", "Use only these sites of the sites file." },
            { "Fairstart::Node", "the node's data dir (created by init)" },
        };
        for (const auto &[context, source] : samples) {
            const QString translated = QCoreApplication::translate(context, source);
            QVERIFY2(translated != QString::fromUtf8(source),
                     qPrintable(language + QLatin1Char(' ') + QString::fromUtf8(source)));
        }
    }

    void englishPluralForms()
    {
        QVERIFY(i18n::useLanguage(QStringLiteral("en"), QLocale(QStringLiteral("en_GB"))));
        // The source says "Cohort: %n filter(s)"; the English catalogue holds its two forms.
        const char *source = "Cohort: %n filter(s)";
        QCOMPARE(QCoreApplication::translate("Fairstart::Ui", source, nullptr, 1),
                 QStringLiteral("Cohort: 1 filter"));
        QCOMPARE(QCoreApplication::translate("Fairstart::Ui", source, nullptr, 2),
                 QStringLiteral("Cohort: 2 filters"));
    }

    // Numbers follow the language in the territory of the system.
    void localeFormats()
    {
        QVERIFY(i18n::useLanguage(QStringLiteral("nl"), QLocale(QStringLiteral("nl_BE"))));
        QCOMPARE(QLocale().name(), QStringLiteral("nl_BE"));
        QCOMPARE(QLocale().toString(1234.5, 'f', 1), QStringLiteral("1.234,5"));
        QVERIFY(i18n::useLanguage(QStringLiteral("fr"), QLocale(QStringLiteral("lb_LU"))));
        QCOMPARE(QLocale().name(), QStringLiteral("fr_LU"));
        QCOMPARE(QLocale().decimalPoint(), QStringLiteral(","));
        // A pair Qt has no data for falls back to the language's main territory.
        QVERIFY(i18n::useLanguage(QStringLiteral("de"), QLocale(QStringLiteral("ja_JP"))));
        QCOMPARE(QLocale().language(), QLocale::German);
        QCOMPARE(QLocale().toString(1234.5, 'f', 1), QStringLiteral("1.234,5"));
        QVERIFY(i18n::useLanguage(QStringLiteral("en"), QLocale(QStringLiteral("en_US"))));
        QCOMPARE(QLocale().toString(1234.5, 'f', 1), QStringLiteral("1,234.5"));
    }

    void unknownLanguageStaysEnglish()
    {
        QVERIFY(i18n::useLanguage(QStringLiteral("nl"), QLocale(QStringLiteral("nl_NL"))));
        QVERIFY(!i18n::useLanguage(QStringLiteral("xx"), QLocale(QStringLiteral("nl_NL"))));
        QCOMPARE(QCoreApplication::translate("Fairstart::Ui", "Preferences"),
                 QStringLiteral("Preferences"));
        QCOMPARE(QLocale().language(), QLocale::English);
        QCOMPARE(i18n::currentLanguage(), QStringLiteral("en"));
        // Still the English plural forms.
        QCOMPARE(QCoreApplication::translate("Fairstart::Ui", "Cohort: %n filter(s)", nullptr, 1),
                 QStringLiteral("Cohort: 1 filter"));
    }
};

QTEST_GUILESS_MAIN(tst_Language)
#include "tst_language.moc"

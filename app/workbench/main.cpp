// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/translations/language.h"
#include "fairstart/ui/dialogs.h"
#include "fairstart/ui/mainwindow.h"
#include "fairstart/ui/reviewer/trustedsigners.h"
#include "fairstart/ui/tr.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>

namespace {

struct Options {
    QCommandLineOption demo { QStringLiteral("demo"),
                              fairstart::ui::Tr::tr("Open the sites of a sites file (as written "
                                                    "by make demo)."),
                              QStringLiteral("sites.json") };
    QCommandLineOption screenshot { QStringLiteral("screenshot"),
                                    fairstart::ui::Tr::tr("Write a picture of the window to a PNG "
                                                          "file after a few seconds, then quit "
                                                          "(for documentation)."),
                                    QStringLiteral("file.png") };
    QCommandLineOption formula { QStringLiteral("formula"),
                                 fairstart::ui::Tr::tr("Start the design from an R-style formula "
                                                       "(logistic model)."),
                                 QStringLiteral("formula") };
    QCommandLineOption checkSigners {
        QStringLiteral("check-signers"),
        fairstart::ui::Tr::tr("Check the organisation's list of trusted signers of model files "
                              "(FAIRSTART_TRUSTED_SIGNERS, else %1), print what it holds and "
                              "every error, then quit: for the administrator who edits it.")
            .arg(fairstart::ui::trustedSignersPath())
    };
    QCommandLineOption language { QStringLiteral("lang"),
                                  fairstart::ui::Tr::tr("The language of this session: en, nl, de "
                                                        "or fr (default: Preferences ▸ Language, "
                                                        "else the system's). Not saved."),
                                  QStringLiteral("language") };
};

// Sets the application up and chooses its language: --lang, else the preferences', else the
// system's. False, after a line on stderr, for a --lang Fairstart does not speak.
bool setUp(QCoreApplication &app)
{
    QCoreApplication::setApplicationName(QStringLiteral("Fairstart"));
    QCoreApplication::setOrganizationName(QStringLiteral("Fairstart"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FAIRSTART_VERSION));
    Q_UNUSED(app)
    QStringList args = QCoreApplication::arguments();
    const std::optional<QString> language = fairstart::i18n::takeLanguageOption(args);
    const bool known = language && fairstart::i18n::supportedLanguages().contains(*language);
    const fairstart::ui::Preferences prefs = fairstart::ui::Preferences::load();
    fairstart::i18n::useLanguage(known                          ? *language
                                     : prefs.language.isEmpty() ? fairstart::i18n::systemLanguage()
                                                                : prefs.language);
    if (language && !known) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(fairstart::ui::Tr::tr("fairstart: unknown --lang '%1'; use one "
                                             "of: %2")
                           .arg(*language,
                                fairstart::i18n::supportedLanguages().join(QStringLiteral(", ")))));
        return false;
    }
    return true;
}

void describe(QCommandLineParser &parser, const Options &options)
{
    parser.setApplicationDescription(fairstart::ui::Tr::tr(
        "Fairstart Workbench: design risk models and run them where the data are."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({ options.demo, options.screenshot, options.formula, options.language,
                        options.checkSigners });
    parser.addPositionalArgument(
        QStringLiteral("model"),
        fairstart::ui::Tr::tr("A model file (.fairstart-model, saved in reviewer mode) to open "
                              "in reviewer mode, as File ▸ Open Model File… does."),
        QStringLiteral("[model]"));
}

// --help and --version print and quit: they need no window, so they must work over ssh or in a
// terminal without a display, where QApplication would abort.
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *flag :
             { "-h", "--help", "-?", "--help-all", "-v", "--version", "--check-signers" }) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
    }
    return false;
}

// Without a display QApplication aborts with a message about Qt plugins; say what to do instead.
bool displayMissing()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    auto empty = [](const char *name) {
        const char *v = std::getenv(name);
        return !v || !*v;
    };
    return empty("DISPLAY") && empty("WAYLAND_DISPLAY") && empty("QT_QPA_PLATFORM");
#else
    return false;
#endif
}

} // namespace

int main(int argc, char *argv[])
{
    if (onlyPrints(argc, argv)) {
        QCoreApplication app(argc, argv);
        if (!setUp(app))
            return 2;
        const Options options;
        QCommandLineParser parser;
        describe(parser, options);
        parser.process(app); // --help and --version print and exit
        if (parser.isSet(options.checkSigners))
            return fairstart::ui::printTrustedSignersCheck();
        return 0;
    }
    if (displayMissing()) {
        QCoreApplication app(argc, argv);
        if (!setUp(app))
            return 2;
        std::fprintf(stderr, "%s\n",
                     qPrintable(fairstart::ui::Tr::tr(
                         "fairstart: there is no display to open the workbench on (neither "
                         "DISPLAY nor WAYLAND_DISPLAY is set). Start it from a desktop session, "
                         "or use fairstart-cli in a terminal. 'fairstart --help' lists the "
                         "options.")));
        return 1;
    }
    QApplication app(argc, argv);
    if (!setUp(app))
        return 2;
    const Options options;
    QCommandLineParser parser;
    describe(parser, options);
    parser.process(app);

    fairstart::ui::MainWindow window;
    // Started with a model file (a double-click) on a computer where no workspace was ever
    // opened: a professional, whose start page has no analyst's docks (MainWindow::Audience).
    if (!parser.positionalArguments().isEmpty()
        && !QSettings().contains(QStringLiteral("workbench/audience")))
        window.setAudience(fairstart::ui::MainWindow::Audience::Professional);
    window.show();
    if (parser.isSet(options.demo)) {
        const QString problem = window.openDemoFederation(parser.value(options.demo));
        if (!problem.isEmpty())
            qWarning("%s", qPrintable(problem));
    }
    if (parser.isSet(options.formula))
        window.loadFormula(parser.value(options.formula));
    // A model file given (a professional double-clicked it): its reviewer window, or why not.
    for (const QString &model : parser.positionalArguments()) {
        QString problem;
        if (!window.openModelFile(model, &problem))
            QMessageBox::warning(&window, fairstart::ui::Tr::tr("Open model file"), problem);
    }
    if (parser.isSet(options.screenshot)) {
        const QString file = parser.value(options.screenshot);
        QTimer::singleShot(6000, &window, [&window, file] {
            if (!window.grab().save(file))
                qWarning("could not write %s", qPrintable(file));
            QApplication::quit();
        });
    }
    return app.exec();
}

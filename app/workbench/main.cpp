// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/translations/language.h"
#include "fairstart/ui/dialogs.h"
#include "fairstart/ui/mainwindow.h"
#include "fairstart/ui/tr.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Fairstart"));
    QApplication::setOrganizationName(QStringLiteral("Fairstart"));
    QApplication::setApplicationVersion(QStringLiteral(FAIRSTART_VERSION));

    // The language of the preferences, or of the system when the preferences leave it open.
    const fairstart::ui::Preferences prefs = fairstart::ui::Preferences::load();
    fairstart::i18n::useLanguage(prefs.language.isEmpty() ? fairstart::i18n::systemLanguage()
                                                          : prefs.language);

    QCommandLineParser parser;
    parser.setApplicationDescription(fairstart::ui::Tr::tr(
        "Fairstart Workbench: design risk models and run them where the data are."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  fairstart::ui::Tr::tr("Open the sites of a sites file (as "
                                                        "written by make demo)."),
                                  QStringLiteral("sites.json"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        fairstart::ui::Tr::tr("Write a picture of the window to "
                                                              "a PNG file after a few seconds, "
                                                              "then quit (for documentation)."),
                                        QStringLiteral("file.png"));
    const QCommandLineOption formula(QStringLiteral("formula"),
                                     fairstart::ui::Tr::tr("Start the design from an R-style "
                                                           "formula (logistic model)."),
                                     QStringLiteral("formula"));
    parser.addOptions({ demo, screenshot, formula });
    parser.process(app);

    fairstart::ui::MainWindow window;
    window.show();
    if (parser.isSet(demo)) {
        const QString problem = window.openDemoFederation(parser.value(demo));
        if (!problem.isEmpty())
            qWarning("%s", qPrintable(problem));
    }
    if (parser.isSet(formula))
        window.loadFormula(parser.value(formula));
    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        QTimer::singleShot(6000, &window, [&window, file] {
            if (!window.grab().save(file))
                qWarning("could not write %s", qPrintable(file));
            QApplication::quit();
        });
    }
    return app.exec();
}

// SPDX-License-Identifier: GPL-3.0-or-later
// fairstart-report --out FILE.pdf [REPORT.json | -]: the workbench's report of a run, from the
// FitReport JSON that `fairstart-cli fit --format json` writes (or that the CLI pipes in). Runs
// without a display (offscreen).
#include "fairstart/protocol/codec.h"
#include "fairstart/translations/language.h"
#include "fairstart/ui/report/tripodreport.h"
#include "fairstart/ui/tr.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

namespace {

int fail(const QString &message, int code = 1)
{
    QTextStream(stderr) << "fairstart-report: " << message << Qt::endl;
    return code;
}

} // namespace

int main(int argc, char *argv[])
{
    // No display is needed: the report is drawn on a PDF, never on a screen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fairstart-report"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FAIRSTART_VERSION));
    fairstart::i18n::useLanguage(fairstart::i18n::systemLanguage());
    using fairstart::ui::Tr;

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Writes the workbench's PDF report of a run from its JSON (fairstart-cli fit "
               "--format json)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption out(QStringLiteral("out"), Tr::tr("The PDF file to write."),
                                 QStringLiteral("FILE.pdf"));
    const QCommandLineOption labels(
        QStringLiteral("labels"),
        Tr::tr("A JSON object of variable labels {\"name\": \"label\"} for readable terms."),
        QStringLiteral("FILE.json"));
    parser.addOptions({ out, labels });
    parser.addPositionalArgument(QStringLiteral("report"),
                                 Tr::tr("The run's JSON; '-' or nothing reads standard input."));
    parser.process(app);
    if (!parser.isSet(out))
        return fail(Tr::tr("name the PDF to write with --out FILE.pdf"), 2);

    const QStringList inputs = parser.positionalArguments();
    QFile input;
    bool opened = false;
    if (inputs.isEmpty() || inputs.first() == QLatin1String("-")) {
        opened = input.open(stdin, QIODevice::ReadOnly);
    } else {
        input.setFileName(inputs.first());
        opened = input.open(QIODevice::ReadOnly);
    }
    if (!opened)
        return fail(Tr::tr("cannot read the run's JSON (%1)").arg(input.errorString()), 2);
    const auto object = fairstart::protocol::parseObject(input.readAll(), 256 << 20);
    if (!object)
        return fail(Tr::tr("the input is not a run's JSON: %1").arg(object.error().text()), 2);
    const auto report = fairstart::protocol::fromJson<fairstart::protocol::FitReport>(*object);
    if (!report)
        return fail(Tr::tr("the input is not a run's JSON (fairstart-cli fit --format json): %1")
                        .arg(report.error().text()),
                    2);
    fairstart::ui::ReportOptions options = fairstart::ui::reportOptionsFor(*report);
    if (parser.isSet(labels)) {
        QFile file(parser.value(labels));
        if (!file.open(QIODevice::ReadOnly))
            return fail(
                Tr::tr("cannot read the labels %1 (%2)").arg(file.fileName(), file.errorString()),
                2);
        const QJsonObject map = QJsonDocument::fromJson(file.readAll()).object();
        for (auto it = map.begin(); it != map.end(); ++it)
            options.labels.insert(it.key(), it.value().toString());
    }
    const QString error = fairstart::ui::writeTripodReport(*report, parser.value(out), options);
    if (!error.isEmpty())
        return fail(error);
    return 0;
}

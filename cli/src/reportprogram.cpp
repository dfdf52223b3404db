// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportprogram.h"

#include "fairstart/cli/tr.h"
#include "fairstart/protocol/codec.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryFile>

namespace fairstart::cli {

QString reportProgram()
{
    const QDir here(QCoreApplication::applicationDirPath());
    for (const QString &candidate :
         { here.filePath(QStringLiteral("fairstart-report")),
           here.filePath(QStringLiteral("../report/fairstart-report")) }) {
        const QFileInfo info(candidate);
        if (info.isFile() && info.isExecutable())
            return info.canonicalFilePath();
    }
    return {};
}

QString missingReportProgram()
{
    if (!reportProgram().isEmpty())
        return {};
    return Tr::tr("the PDF report is drawn by fairstart-report, which is installed with the "
                  "workbench and was not found next to fairstart-cli (%1). Install the "
                  "workbench, or write the run with --format json and open the report from "
                  "it later with 'fairstart-report --out FILE.pdf RUN.json'.")
        .arg(QCoreApplication::applicationDirPath());
}

QString writePdfReport(const protocol::FitReport &report, const QString &path,
                       const QMap<QString, QString> &labels)
{
    const QString program = reportProgram();
    if (program.isEmpty())
        return missingReportProgram();
    QStringList args { QStringLiteral("--out"), path };
    // The labels go to fairstart-report as its --labels file (a temporary one, removed after).
    QTemporaryFile labelsFile;
    if (!labels.isEmpty()) {
        QJsonObject map;
        for (auto it = labels.begin(); it != labels.end(); ++it)
            map.insert(it.key(), it.value());
        const QByteArray bytes = QJsonDocument(map).toJson(QJsonDocument::Compact);
        if (!labelsFile.open() || labelsFile.write(bytes) != bytes.size() || !labelsFile.flush())
            return Tr::tr("could not write the variable labels for the report to a temporary "
                          "file (%1); check the free space of the temporary folder.")
                .arg(labelsFile.errorString());
        args << QStringLiteral("--labels") << labelsFile.fileName();
    }
    args << QStringLiteral("-");
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(program, args);
    if (!process.waitForStarted(30000))
        return Tr::tr("fairstart-report (%1) could not be started: %2")
            .arg(program, process.errorString());
    process.write(QJsonDocument(protocol::toJson(report)).toJson(QJsonDocument::Compact));
    process.closeWriteChannel();
    if (!process.waitForFinished(300000)) {
        process.kill();
        process.waitForFinished(5000);
        return Tr::tr("fairstart-report did not finish the report within five minutes; nothing "
                      "was written to %1.")
            .arg(path);
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        // Only what fairstart-report said itself, not Qt's warnings on the way there.
        QStringList lines;
        for (const QString &line : QString::fromUtf8(process.readAllStandardError())
                                       .split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (line.startsWith(QLatin1String("fairstart-report: ")))
                lines << line.mid(18).trimmed();
        }
        const QString said = lines.join(QLatin1Char(' '));
        return Tr::tr("fairstart-report could not write the report (%1)")
            .arg(said.isEmpty() ? Tr::tr("exit code %1").arg(process.exitCode()) : said);
    }
    return {};
}

} // namespace fairstart::cli

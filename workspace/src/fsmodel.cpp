// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/workspace/fsmodel.h"

#include "fairstart/workspace/tr.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

namespace fairstart::workspace::fsmodel {

namespace {

constexpr qint64 MaxFileSize = 16 * 1024 * 1024;
constexpr int MaxNameLength = 200;

WorkspaceError invalid(const QString &message)
{
    return WorkspaceError { WorkspaceError::InvalidModelFile, message };
}

// QJsonParseError::offset counts UTF-8 bytes; people count lines and characters.
QString position(const QByteArray &bytes, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, bytes.size());
    const QByteArray before = bytes.left(offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const qsizetype column = QString::fromUtf8(before.mid(lineStart)).size() + 1;
    return Tr::tr("line %1, column %2").arg(line).arg(column);
}

} // namespace

QString formatTag()
{
    return QStringLiteral("fairstart-model");
}

QString fileSuffix()
{
    return QStringLiteral("fsmodel");
}

QByteArray serialize(const ModelFile &model)
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), formatTag());
    root.insert(QStringLiteral("formatVersion"), FormatVersion);
    root.insert(QStringLiteral("name"), model.name);
    root.insert(QStringLiteral("exportedAt"),
                QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    root.insert(QStringLiteral("software"),
                QString(QStringLiteral("Fairstart ") + QLatin1String(FAIRSTART_VERSION)));
    root.insert(QStringLiteral("design"), model.design);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<ModelFile> parse(const QByteArray &bytes)
{
    if (bytes.trimmed().isEmpty())
        return invalid(Tr::tr("The file is empty. Choose a .fsmodel file exported by Fairstart."));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalid(Tr::tr("The file is not valid JSON at %1: %2. Fix it or export the "
                              "model again.")
                           .arg(position(bytes, parseError.offset), parseError.errorString()));
    if (!doc.isObject())
        return invalid(doc.isArray() ? Tr::tr("The file holds a JSON array, but a .fsmodel file "
                                              "is one JSON object. Choose a .fsmodel file "
                                              "exported by Fairstart.")
                                     : Tr::tr("The file holds a single JSON value, but a .fsmodel "
                                              "file is one JSON object. Choose a .fsmodel file "
                                              "exported by Fairstart."));
    const QJsonObject root = doc.object();

    const QJsonValue format = root.value(QStringLiteral("format"));
    if (format.isUndefined())
        return invalid(Tr::tr("The field \"format\" is missing, so this is not a .fsmodel file. "
                              "Choose a file exported by Fairstart."));
    if (format.toString() != formatTag())
        return invalid(Tr::tr("The field \"format\" should be \"%1\". This is not a .fsmodel "
                              "file; choose a file exported by Fairstart.")
                           .arg(formatTag()));

    const QJsonValue version = root.value(QStringLiteral("formatVersion"));
    const double v = version.toDouble(-1);
    if (!version.isDouble() || v < 1 || v != std::floor(v))
        return invalid(Tr::tr("The field \"formatVersion\" must be a whole number from 1. Export "
                              "the model again."));
    if (v > FormatVersion)
        return invalid(Tr::tr("The model was exported by a newer Fairstart (format version %1; "
                              "this Fairstart reads up to version %2). Update Fairstart to "
                              "import it.")
                           .arg(QString::number(v, 'f', 0))
                           .arg(FormatVersion));

    const QJsonValue name = root.value(QStringLiteral("name"));
    if (!name.isString() || name.toString().trimmed().isEmpty())
        return invalid(Tr::tr("The field \"name\" must be a non-empty text. Add the model's name "
                              "to the file or export it again."));
    if (name.toString().trimmed().size() > MaxNameLength)
        return invalid(Tr::tr("The field \"name\" is longer than %1 characters. Shorten it.")
                           .arg(MaxNameLength));

    const QJsonValue design = root.value(QStringLiteral("design"));
    if (!design.isObject())
        return invalid(Tr::tr("The field \"design\" must be a JSON object holding the model "
                              "design. Export the model again."));

    return ModelFile { name.toString().trimmed(), design.toObject() };
}

Result<void> write(const QString &filePath, const ModelFile &model)
{
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly))
        return WorkspaceError { WorkspaceError::Io,
                                Tr::tr("%1 cannot be written (%2). Choose a folder where you can "
                                       "write.")
                                    .arg(QDir::toNativeSeparators(filePath), file.errorString()) };
    file.write(serialize(model));
    if (!file.commit())
        return WorkspaceError { WorkspaceError::Io,
                                Tr::tr("%1 could not be saved (%2). Check the free space and try "
                                       "again.")
                                    .arg(QDir::toNativeSeparators(filePath), file.errorString()) };
    return {};
}

Result<ModelFile> read(const QString &filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return WorkspaceError { WorkspaceError::Io,
                                Tr::tr("%1 cannot be read (%2). Check the name and permissions.")
                                    .arg(QDir::toNativeSeparators(filePath), file.errorString()) };
    if (file.size() > MaxFileSize)
        return invalid(Tr::tr("%1 is larger than 16 MiB, far more than a model design needs. "
                              "Choose a .fsmodel file exported by Fairstart.")
                           .arg(QDir::toNativeSeparators(filePath)));
    const QByteArray bytes = file.read(MaxFileSize + 1);
    Result<ModelFile> parsed = parse(bytes);
    if (!parsed)
        return invalid(QDir::toNativeSeparators(filePath) + QLatin1String(": ")
                       + parsed.error().message);
    return parsed;
}

} // namespace fairstart::workspace::fsmodel

// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/ui/reviewer/modelfile.h"

#include "fairstart/ui/tr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSaveFile>

namespace fairstart::ui {

namespace {

// A model file bigger than this is not one (a model of many sites is a few hundred kB).
constexpr qint64 kMaximumModelFileBytes = 64 * 1024 * 1024;

} // namespace

QString publishedModelFileName(const PublishedModelDocument &model)
{
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|]"));
    QString name = model.description.title;
    name.replace(unsafe, QStringLiteral(" "));
    name = name.simplified();
    if (name.isEmpty())
        name = Tr::tr("Published model", "file name without extension");
    return name + QLatin1Char('.') + QLatin1String(kModelFileSuffix);
}

QString writePublishedModelFile(const PublishedModelDocument &model, const QString &path)
{
    // The sites' addresses are the analyst's network, not the professional's business: the file
    // names the sites, as the report does, without their URLs.
    PublishedModelDocument shared = model;
    for (protocol::SiteRecord &site : shared.report.sites)
        site.url.clear();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(toJson(shared)).toJson(QJsonDocument::Indented)) < 0
        || !file.commit()) {
        return Tr::tr("Could not save the model file %1: %2. Choose another folder and try "
                      "again.")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    }
    return {};
}

std::optional<PublishedModelDocument> readPublishedModelFile(const QString &path, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (QFileInfo(path).isDir())
        return fail(Tr::tr("%1 is a folder. Choose the model file (it ends in .%2).")
                        .arg(shown, QLatin1String(kModelFileSuffix)));
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(Tr::tr("Could not open %1: %2. Check the file's name and that you may read "
                           "it.")
                        .arg(shown, file.errorString()));
    }
    if (file.size() > kMaximumModelFileBytes) {
        return fail(Tr::tr("%1 is not a Fairstart model file (it is far too big). Ask the "
                           "analyst who published the model for its model file.")
                        .arg(shown));
    }
    QJsonParseError parse {};
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &parse);
    if (parse.error != QJsonParseError::NoError || !json.isObject()) {
        return fail(Tr::tr("%1 is not a Fairstart model file, or it was cut short. Ask the "
                           "analyst who published the model for its model file (reviewer "
                           "mode, Save Model File).")
                        .arg(shown));
    }
    QString problem;
    std::optional<PublishedModelDocument> model = publishedModelFromJson(json.object(), &problem);
    if (!model)
        return fail(Tr::tr("%1: %2").arg(shown, problem));
    return model;
}

} // namespace fairstart::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/ui/reviewer/modelfile.h"

#include "fairstart/ui/tr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>
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

QString writePublishedModelFile(const PublishedModelDocument &model, const QString &path,
                                const ModelSigner &signer)
{
    // The sites' addresses are the analyst's network, not the professional's business: the file
    // names the sites, as the report does, without their URLs.
    PublishedModelDocument shared = model;
    for (protocol::SiteRecord &site : shared.report.sites)
        site.url.clear();
    // Signed as it will be read back: the object parsed from the bytes written, so that the
    // reader's canonical form is the signer's whatever the numbers' first spelling.
    const QJsonObject written
        = QJsonDocument::fromJson(QJsonDocument(toJson(shared)).toJson(QJsonDocument::Compact))
              .object();
    if (signer.publicKey().isEmpty()) {
        return Tr::tr("Could not save the model file %1: the workspace's signing key is "
                      "missing. Open the workspace again and try again.")
            .arg(QDir::toNativeSeparators(path));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(
               QJsonDocument(signModelObject(written, signer)).toJson(QJsonDocument::Indented))
            < 0
        || !file.commit()) {
        return Tr::tr("Could not save the model file %1: %2. Choose another folder and try "
                      "again.")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    }
    return {};
}

std::optional<ModelFile> readModelFile(const QString &path, QString *error)
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
    std::optional<PublishedModelDocument> model
        = publishedModelFromJson(withoutSignature(json.object()), &problem);
    if (!model)
        return fail(Tr::tr("%1: %2").arg(shown, problem));
    ModelFile checked { *model, {}, {} };
    // The file as the professional knows it (they double-clicked it): its name, not its path.
    const QString name = QFileInfo(path).fileName();
    switch (checkModelObjectSignature(json.object(), &checked.signature)) {
    case SignatureCheck::Valid:
        break;
    case SignatureCheck::Unsigned:
        return fail(Tr::tr("%1 is not signed, so nothing shows whether someone changed its "
                           "numbers after the analyst saved it (a model file saved before "
                           "Fairstart signed them, or one whose signature was removed). Do "
                           "not use it: ask the analyst who published the model to save it "
                           "again (reviewer mode, Save Model File) and to send you the new "
                           "file.")
                        .arg(name));
    case SignatureCheck::Malformed:
        return fail(Tr::tr("%1 has a damaged signature, so nothing shows who saved it or "
                           "whether it was changed. Do not use it: ask the analyst who "
                           "published the model for the file again.")
                        .arg(name));
    case SignatureCheck::Tampered:
        return fail(Tr::tr("%1 was changed after %2 signed it on %3: its numbers or words are "
                           "no longer the ones the analyst published, and risks calculated "
                           "with it could be wrong. Do not use it. Ask %2 for the file again, "
                           "and tell them (or your privacy officer) that this copy was "
                           "changed.")
                        .arg(name, checked.signature.signer,
                             QLocale().toString(checked.signature.signedAt.toLocalTime().date(),
                                                QLocale::LongFormat)));
    }
    checked.sites = checkSitesProof(checked.document.report);
    if (!checked.sites.problem.isEmpty()) {
        return fail(Tr::tr("%1 is signed by %2, but its coefficients cannot be trusted: %3. "
                           "Risks calculated with it could be wrong. Do not use it; ask %2 for "
                           "the file again and tell them what this message says.")
                        .arg(name, checked.signature.signer, checked.sites.problem));
    }
    return checked;
}

std::optional<PublishedModelDocument> readPublishedModelFile(const QString &path, QString *error)
{
    std::optional<ModelFile> file = readModelFile(path, error);
    if (!file)
        return std::nullopt;
    return std::move(file->document);
}

} // namespace fairstart::ui

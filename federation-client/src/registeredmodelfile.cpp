// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/client/registeredmodelfile.h"

#include "fairstart/client/tr.h"

#include "fairstart/protocol/codec.h"

#include <QFile>
#include <QJsonArray>

#include <cmath>

namespace fairstart::client {

std::optional<RegisteredModel> readRegisteredModelFile(const QString &path, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<RegisteredModel> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    constexpr qint64 kMaxBytes = 4 * 1024 * 1024; // as `fairstart-node models add` reads it
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Tr::tr("The model file '%1' cannot be read: %2. Choose the file the sites "
                           "registered.")
                        .arg(path, file.errorString()));
    const QByteArray bytes = file.read(kMaxBytes + 1);
    auto invalid = [&](const QString &what) {
        return fail(Tr::tr("The file '%1' is not a registered model: %2. Choose the file the "
                           "sites registered ({\"design\": {...}, \"beta\": [...]}).")
                        .arg(path, what));
    };
    if (bytes.size() > kMaxBytes)
        return invalid(Tr::tr("it is larger than 4 MiB"));
    auto object = protocol::parseObject(bytes, bytes.size() + 1);
    if (!object)
        return invalid(Tr::tr("it is not a JSON object"));
    for (auto it = object->begin(); it != object->end(); ++it) {
        if (it.key() != QLatin1String("design") && it.key() != QLatin1String("beta"))
            return invalid(Tr::tr("the field '%1' is unknown").arg(it.key()));
    }
    auto design = protocol::fromJson<analysis::ResolvedDesign>(
        object->value(QLatin1String("design")).toObject());
    if (!design)
        return invalid(
            Tr::tr("its design is not a resolved design (%1)").arg(design.error().text()));
    RegisteredModel model;
    for (const QJsonValue &v : object->value(QLatin1String("beta")).toArray()) {
        if (!v.isDouble() || !std::isfinite(v.toDouble()))
            return invalid(Tr::tr("its beta holds a value that is not a finite number"));
        model.beta.push_back(v.toDouble());
    }
    if (model.beta.empty() || model.beta.size() != design->termNames().size())
        return invalid(Tr::tr("its beta has %1 values, its design %2 columns")
                           .arg(model.beta.size())
                           .arg(design->termNames().size()));
    model.design = std::move(design).value();
    return model;
}

} // namespace fairstart::client

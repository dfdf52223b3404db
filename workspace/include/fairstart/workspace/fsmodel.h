// SPDX-License-Identifier: GPL-3.0-or-later
// The .fsmodel file: one design as readable JSON, for sharing outside the encrypted workspace.
//
//   { "format": "fairstart-model", "formatVersion": 1, "name": "...", "exportedAt": "...Z",
//     "software": "Fairstart 0.1.0", "design": { ... } }
#pragma once

#include "fairstart/workspace/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace fairstart::workspace::fsmodel {

inline constexpr int FormatVersion = 1;
QString formatTag(); // "fairstart-model"
QString fileSuffix(); // "fsmodel"

struct ModelFile {
    QString name;
    QJsonObject design;
};

// Indented, human-readable JSON.
QByteArray serialize(const ModelFile &model);
// Validates the envelope; errors (code InvalidModelFile) name the line/column or the field.
// The design's content is the protocol library's business and is not checked here.
Result<ModelFile> parse(const QByteArray &bytes);

Result<void> write(const QString &filePath, const ModelFile &model); // atomic (QSaveFile)
Result<ModelFile> read(const QString &filePath); // refuses files over 16 MiB

} // namespace fairstart::workspace::fsmodel

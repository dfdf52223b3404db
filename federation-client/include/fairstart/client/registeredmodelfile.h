// SPDX-License-Identifier: GPL-3.0-or-later
// The analyst's copy of a registered validation model: the file the sites registered with
// `fairstart-node models add` ({"design": {...}, "beta": [...]}). The workbench reads it for
// the masked evaluation of a registered model (RunOptions::registeredModel); its β never leaves
// the client, only its hash is compared with what every node attests.
#pragma once

#include "fairstart/client/federatedrun.h"

#include <QString>

#include <optional>

namespace fairstart::client {

// The design and β of the file at `path` (nameOrHash stays empty), or nullopt with *error set
// to a sentence that says what is wrong and what to give instead.
std::optional<RegisteredModel> readRegisteredModelFile(const QString &path, QString *error);

} // namespace fairstart::client

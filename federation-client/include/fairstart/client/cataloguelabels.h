// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fairstart/protocol/messages.h"

#include <QList>
#include <QMap>
#include <QString>

namespace fairstart::client {

// The key a level's label is kept under in a label map: "variable=level".
QString levelLabelKey(const QString &variable, const QString &level);

// The labels results and reports name things by, from the catalogue: a variable's label under its
// name, each labelled level's under levelLabelKey(variable, level). One definition for the
// workbench (ui::catalogueLabels) and the CLI's PDF report; a reader takes an empty label as none.
QMap<QString, QString> catalogueLabels(const QList<protocol::CatalogueVariable> &variables);

} // namespace fairstart::client

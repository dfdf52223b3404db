// SPDX-License-Identifier: GPL-3.0-or-later
// What a published model holds (the JSON stored in workspace::PublishedModel::model): the fit
// report plus the analyst's plain-language description for professionals and parents.
#pragma once

#include "fairstart/protocol/report.h"
#include "fairstart/ui/reviewer/riskcalculator.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace fairstart::ui {

struct ModelDescription {
    QString title; // "Risk of low birth weight"
    QString predicts; // what the model predicts, in plain words
    // The outcome in plain words ("low birth weight"): the calculator's sentences name it. Empty
    // in models published before it was carried; outcomeName() falls back to the variable.
    QString outcome;
    QString population; // for whom: "children born at the participating hospitals, 2015-2020"
    QString information; // which kinds of information it uses, in plain words
    QString contact; // whom to ask (parent sheet, reviewer mode)
    QMap<QString, InputHint> inputs; // per variable: label, range, typical value
};

struct PublishedModelDocument {
    ModelDescription description;
    protocol::FitReport report;
};

// The outcome as the calculator names it: the description's, or else the outcome variable.
QString outcomeName(const PublishedModelDocument &document);

// {"format": "fairstart-published-model", "version": 1, "description": {...}, "report": {...}}
QJsonObject toJson(const PublishedModelDocument &document);
// Refuses anything else, with a message that says what is wrong and what to do.
std::optional<PublishedModelDocument> publishedModelFromJson(const QJsonObject &object,
                                                             QString *error);

} // namespace fairstart::ui

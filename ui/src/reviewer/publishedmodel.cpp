// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/ui/reviewer/publishedmodel.h"

#include "fairstart/protocol/codec.h"
#include "fairstart/ui/tr.h"

#include <QJsonArray>

#include <cmath>

namespace fairstart::ui {

namespace {

const QLatin1String kFormat("fairstart-published-model");

} // namespace

QJsonObject toJson(const PublishedModelDocument &document)
{
    const ModelDescription &d = document.description;
    QJsonObject inputs;
    for (auto it = d.inputs.cbegin(); it != d.inputs.cend(); ++it) {
        QJsonObject hint;
        if (!it->label.isEmpty())
            hint.insert(QStringLiteral("label"), it->label);
        if (it->minimum)
            hint.insert(QStringLiteral("minimum"), *it->minimum);
        if (it->maximum)
            hint.insert(QStringLiteral("maximum"), *it->maximum);
        if (it->typical)
            hint.insert(QStringLiteral("typical"), *it->typical);
        if (it->yesNo)
            hint.insert(QStringLiteral("yesNo"), true);
        if (it->decimals)
            hint.insert(QStringLiteral("decimals"), *it->decimals);
        if (!it->levelOrder.isEmpty())
            hint.insert(QStringLiteral("levels"), QJsonArray::fromStringList(it->levelOrder));
        if (!it->levelLabels.isEmpty()) {
            QJsonObject labels;
            for (auto l = it->levelLabels.begin(); l != it->levelLabels.end(); ++l)
                labels.insert(l.key(), l.value());
            hint.insert(QStringLiteral("levelLabels"), labels); // issue 17; absent before
        }
        inputs.insert(it.key(), hint);
    }
    const QJsonObject description { { QStringLiteral("title"), d.title },
                                    { QStringLiteral("predicts"), d.predicts },
                                    { QStringLiteral("outcome"), d.outcome },
                                    { QStringLiteral("population"), d.population },
                                    { QStringLiteral("information"), d.information },
                                    { QStringLiteral("contact"), d.contact },
                                    { QStringLiteral("inputs"), inputs } };
    return { { QStringLiteral("format"), kFormat },
             { QStringLiteral("version"), 1 },
             { QStringLiteral("description"), description },
             { QStringLiteral("report"), protocol::toJson(document.report) } };
}

QString outcomeName(const PublishedModelDocument &document)
{
    if (!document.description.outcome.isEmpty())
        return document.description.outcome;
    return QString::fromStdString(document.report.design.spec.outcome.variable);
}

std::optional<PublishedModelDocument> publishedModelFromJson(const QJsonObject &object,
                                                             QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (object.value(QStringLiteral("format")).toString() != kFormat
        || object.value(QStringLiteral("version")).toInt() != 1) {
        return fail(Tr::tr("This is not a published Fairstart model (or it comes from a newer "
                           "version). Open a model published with this version of Fairstart."));
    }
    const QJsonObject d = object.value(QStringLiteral("description")).toObject();
    PublishedModelDocument doc;
    doc.description.title = d.value(QStringLiteral("title")).toString();
    doc.description.predicts = d.value(QStringLiteral("predicts")).toString();
    doc.description.outcome = d.value(QStringLiteral("outcome")).toString().trimmed();
    doc.description.population = d.value(QStringLiteral("population")).toString();
    doc.description.information = d.value(QStringLiteral("information")).toString();
    doc.description.contact = d.value(QStringLiteral("contact")).toString();
    const QJsonObject inputs = d.value(QStringLiteral("inputs")).toObject();
    for (auto it = inputs.begin(); it != inputs.end(); ++it) {
        const QJsonObject h = it.value().toObject();
        InputHint hint;
        hint.label = h.value(QStringLiteral("label")).toString();
        auto number = [&h](const char *key) -> std::optional<double> {
            const QJsonValue v = h.value(QLatin1String(key));
            if (!v.isDouble() || !std::isfinite(v.toDouble()))
                return std::nullopt;
            return v.toDouble();
        };
        hint.minimum = number("minimum");
        hint.maximum = number("maximum");
        hint.typical = number("typical");
        hint.yesNo = h.value(QStringLiteral("yesNo")).toBool(false);
        if (const QJsonValue d = h.value(QStringLiteral("decimals")); d.isDouble()
            && d.toDouble() >= 0 && d.toDouble() <= 6 && d.toDouble() == std::floor(d.toDouble()))
            hint.decimals = d.toInt();
        for (const QJsonValue &l : h.value(QStringLiteral("levels")).toArray())
            hint.levelOrder << l.toString();
        const QJsonObject labels = h.value(QStringLiteral("levelLabels")).toObject();
        for (auto l = labels.begin(); l != labels.end(); ++l) {
            if (l.value().isString() && !l.value().toString().isEmpty())
                hint.levelLabels.insert(l.key(), l.value().toString());
        }
        doc.description.inputs.insert(it.key(), hint);
    }
    protocol::Decoded<protocol::FitReport> report = protocol::fromJson<protocol::FitReport>(
        object.value(QStringLiteral("report")).toObject());
    if (!report.ok()) {
        return fail(Tr::tr("The published model is damaged (%1). Ask the analyst who published "
                           "it for a new copy.")
                        .arg(report.error().text()));
    }
    doc.report = std::move(report).value();
    if (doc.description.title.isEmpty()) {
        doc.description.title
            = Tr::tr("Model of %1")
                  .arg(QString::fromStdString(doc.report.design.spec.outcome.variable));
    }
    return doc;
}

} // namespace fairstart::ui

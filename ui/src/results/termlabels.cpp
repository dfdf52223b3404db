// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/ui/results/termlabels.h"

#include "fairstart/client/cataloguelabels.h"

#include "fairstart/ui/results/format.h"
#include "fairstart/ui/tr.h"

#include <QLocale>

#include <cmath>
#include <set>

namespace fairstart::ui {

namespace {

QString variableLabel(const std::string &variable, const QMap<QString, QString> &labels)
{
    const QString name = QString::fromStdString(variable);
    const QString label = labels.value(name).trimmed();
    return label.isEmpty() ? name : label;
}

// The reader's name of one design column of predictor `p`.
QString columnLabel(const std::string &column, const analysis::Predictor &p,
                    const QMap<QString, QString> &labels)
{
    const QString v = variableLabel(p.variable, labels);
    switch (p.transform) {
    case analysis::Transform::AsIs:
        return v;
    case analysis::Transform::Log:
        return Tr::tr("%1 (log)").arg(v);
    case analysis::Transform::Standardise:
        return Tr::tr("%1 (per SD)").arg(v);
    case analysis::Transform::Winsorise:
        return Tr::tr("%1 (winsorised)").arg(v);
    case analysis::Transform::Spline: {
        // rcs(x, k)1 .. rcs(x, k)<k-1>: the spline's basis columns.
        const std::size_t close = column.rfind(')');
        const QString part = close == std::string::npos
            ? QString()
            : QString::fromStdString(column.substr(close + 1));
        return Tr::tr("%1 (spline term %2)").arg(v, part);
    }
    case analysis::Transform::Categorical:
        if (column.size() > p.variable.size())
            return Tr::tr("%1: %2").arg(
                v,
                levelLabel(labels, QString::fromStdString(p.variable),
                           QString::fromStdString(column.substr(p.variable.size()))));
        return v;
    }
    return v;
}

} // namespace

QString levelLabelKey(const QString &variable, const QString &level)
{
    return client::levelLabelKey(variable, level);
}

QString levelLabel(const QMap<QString, QString> &labels, const QString &variable,
                   const QString &level)
{
    const QString label = labels.value(levelLabelKey(variable, level)).trimmed();
    return label.isEmpty() ? level : label;
}

QList<TermRow> termRows(const protocol::FitReport &report, const QMap<QString, QString> &labels,
                        bool withIntercept)
{
    const analysis::GlmResult &glm = report.glm;
    const analysis::ResolvedDesign &design = report.design;
    // column name -> (predictor index) for the main effects, from the design itself.
    std::map<std::string, std::size_t> owner;
    std::map<std::string, QString> readable;
    std::set<std::size_t> referenceShown;
    for (std::size_t i = 0; i < design.spec.predictors.size(); ++i) {
        const analysis::Predictor &p = design.spec.predictors[i];
        analysis::ResolvedDesign one = design;
        one.spec.predictors = { p };
        one.spec.interactions.clear();
        const std::vector<std::string> names = one.termNames();
        for (std::size_t n = 1; n < names.size(); ++n) {
            owner[names[n]] = i;
            readable[names[n]] = columnLabel(names[n], p, labels);
        }
    }
    QList<TermRow> rows;
    for (std::size_t c = 0; c < glm.coefficients.size(); ++c) {
        const std::string &term = glm.coefficients[c].term;
        if (term == "(Intercept)") {
            if (withIntercept)
                rows.append({ Tr::tr("Intercept"), QString::fromStdString(term), int(c) });
            continue;
        }
        const auto o = owner.find(term);
        if (o != owner.end()) {
            const analysis::Predictor &p = design.spec.predictors[o->second];
            if (p.transform == analysis::Transform::Categorical
                && !referenceShown.count(o->second)) {
                referenceShown.insert(o->second);
                QString reference = QString::fromStdString(p.reference);
                const auto l = design.levels.find(p.variable);
                if (reference.isEmpty() && l != design.levels.end() && !l->second.empty())
                    reference = QString::fromStdString(l->second.front());
                rows.append(
                    { Tr::tr("%1: %2 (reference)")
                          .arg(variableLabel(p.variable, labels),
                               levelLabel(labels, QString::fromStdString(p.variable), reference)),
                      QString(), -1 });
            }
            rows.append({ readable[term], QString::fromStdString(term), int(c) });
            continue;
        }
        // An interaction "a:b" of two columns, or a term the design does not know.
        const QStringList parts = QString::fromStdString(term).split(QLatin1Char(':'));
        QStringList names;
        for (const QString &part : parts) {
            const auto r = readable.find(part.toStdString());
            names << (r != readable.end() ? r->second : part);
        }
        rows.append({ names.join(QStringLiteral(" × ")), QString::fromStdString(term), int(c) });
    }
    return rows;
}

QString ratioIntervalText(const analysis::Coefficient &c)
{
    if (!c.ratio || !c.ratioLower || !c.ratioUpper)
        return {};
    const int decimals = decimalsFor(std::abs(*c.ratio) * c.stdError, 2);
    return Tr::tr("%1 [%2%3%4]")
        .arg(number(*c.ratio, decimals), number(*c.ratioLower, decimals), intervalSeparator(),
             number(*c.ratioUpper, decimals));
}

QString intervalSeparator()
{
    // "1,35, 1,72" cannot be read where the comma is the decimal sign: "1,35; 1,72".
    return QLocale().decimalPoint() == QLatin1String(",") ? QStringLiteral("; ")
                                                          : QStringLiteral(", ");
}

} // namespace fairstart::ui

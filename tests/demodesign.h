// SPDX-License-Identifier: GPL-3.0-or-later
// The demo data's risk model, resolved: dev_delay_2y ~ sex + smoking_pregnancy +
// gestational_age_weeks + parental_stress (binomial), the design most node and CLI tests send.
#pragma once

#include "fairstart/analysis/design.h"
#include "fairstart/protocol/codec.h"

#include <QJsonArray>
#include <QJsonObject>

#include <utility>
#include <vector>

namespace testsupport {

inline fairstart::analysis::ResolvedDesign
demoDesign(std::vector<fairstart::analysis::Filter> filters = {})
{
    using namespace fairstart::analysis;
    ResolvedDesign d;
    d.spec.outcome.variable = "dev_delay_2y";
    d.spec.family = Family::Binomial;
    Predictor sex;
    sex.variable = "sex";
    sex.transform = Transform::Categorical;
    Predictor smoking;
    smoking.variable = "smoking_pregnancy";
    Predictor gestation;
    gestation.variable = "gestational_age_weeks";
    Predictor stress;
    stress.variable = "parental_stress";
    d.spec.predictors = { sex, smoking, gestation, stress };
    d.spec.filters = std::move(filters);
    d.levels["sex"] = { "female", "male" };
    return d;
}

// MODEL.json as `fairstart-node models add` reads it: the canonical {"design", "beta"}.
inline QByteArray validationModelFile(const fairstart::analysis::ResolvedDesign &design,
                                      const std::vector<double> &beta)
{
    QJsonArray b;
    for (double v : beta)
        b.append(v);
    return fairstart::protocol::canonicalJson(
        QJsonObject { { QStringLiteral("design"), fairstart::protocol::toJson(design) },
                      { QStringLiteral("beta"), b } });
}

} // namespace testsupport

// SPDX-License-Identifier: GPL-3.0-or-later
// The model spec's complete_cases (branch newuser2) below the node: the JSON codec (written only
// when set, so a spec without it keeps its canonical form and hash; at most 64 names; an empty
// list reads as none), the specification's rules (names once, not empty) and the design's cohort
// (the records complete in the listed variables too, exactly as if they were model variables).
#include "fairstart/analysis/datatable.h"
#include "fairstart/analysis/design.h"
#include "fairstart/analysis/modelvariables.h"
#include "fairstart/protocol/codec.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <cmath>
#include <utility>

using namespace fairstart;

namespace {

analysis::Predictor asIs(const std::string &variable)
{
    analysis::Predictor p;
    p.variable = variable;
    return p;
}

analysis::ModelSpec baseSpec()
{
    analysis::ModelSpec spec;
    spec.outcome.variable = "y";
    spec.family = analysis::Family::Gaussian;
    spec.predictors.push_back(asIs("x"));
    return spec;
}

// y, x complete; w missing in rows 1 and 4; v missing in row 4 and 6.
analysis::DataTable table()
{
    const double na = std::nan("");
    analysis::DataTable t;
    (void)t.addNumeric("y", { 1, 2, 3, 5, 4, 6, 8, 7, 9, 12 });
    (void)t.addNumeric("x", { 1, 1, 2, 3, 3, 4, 5, 5, 6, 7 });
    (void)t.addNumeric("w", { 0, na, 1, 0, na, 1, 0, 1, 0, 1 });
    (void)t.addNumeric("v", { 2, 3, 4, 5, na, 7, na, 9, 8, 7 });
    return t;
}

} // namespace

class tst_CompleteCasesNewuser2 : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void codecWritesItOnlyWhenSet();
    void codecBoundsIt();
    void specRules();
    void cohortIsTheCompleteCasesOfTheListedVariablesToo();
};

void tst_CompleteCasesNewuser2::codecWritesItOnlyWhenSet()
{
    analysis::ResolvedDesign plain;
    plain.spec = baseSpec();
    QVERIFY(!protocol::toJson(plain.spec).contains(QStringLiteral("complete_cases")));
    // An empty list read back is no list: the same hash as a spec without the key.
    QJsonObject withEmpty = protocol::toJson(plain.spec);
    withEmpty.insert(QStringLiteral("complete_cases"), QJsonArray());
    const auto readEmpty = protocol::fromJson<analysis::ModelSpec>(withEmpty);
    QVERIFY(readEmpty);
    QCOMPARE(*readEmpty, plain.spec);

    analysis::ResolvedDesign pinned = plain;
    pinned.spec.completeCases = { "w", "v" };
    const QJsonObject json = protocol::toJson(pinned.spec);
    QCOMPARE(json.value(QStringLiteral("complete_cases")).toArray(),
             QJsonArray({ QStringLiteral("w"), QStringLiteral("v") }));
    const auto back = protocol::fromJson<analysis::ModelSpec>(json);
    QVERIFY(back);
    QCOMPARE(*back, pinned.spec); // the order kept
    QVERIFY(protocol::designHash(pinned) != protocol::designHash(plain));
}

void tst_CompleteCasesNewuser2::codecBoundsIt()
{
    QJsonObject json = protocol::toJson(baseSpec());
    QJsonArray names;
    for (int i = 0; i < 65; ++i)
        names.append(QStringLiteral("v%1").arg(i));
    json.insert(QStringLiteral("complete_cases"), names);
    const auto tooMany = protocol::fromJson<analysis::ModelSpec>(json);
    QVERIFY(!tooMany);
    QVERIFY2(tooMany.error().text().contains(QLatin1String("at most 64")),
             qPrintable(tooMany.error().text()));
    names.removeLast();
    json.insert(QStringLiteral("complete_cases"), names);
    QVERIFY(protocol::fromJson<analysis::ModelSpec>(json));
    json.insert(QStringLiteral("complete_cases"), QJsonArray({ 1, 2 }));
    QVERIFY(!protocol::fromJson<analysis::ModelSpec>(json)); // names are strings
}

void tst_CompleteCasesNewuser2::specRules()
{
    analysis::ModelSpec spec = baseSpec();
    spec.completeCases = { "w", "x" }; // a model variable listed: allowed, changes nothing
    QVERIFY(analysis::validate(spec).empty());
    spec.completeCases = { "w", "w" };
    QCOMPARE(analysis::validate(spec).size(), std::size_t(1));
    spec.completeCases = { "" };
    QCOMPARE(analysis::validate(spec).size(), std::size_t(1));
    spec.completeCases.assign(65, std::string());
    for (std::size_t i = 0; i < spec.completeCases.size(); ++i)
        spec.completeCases[i] = "v" + std::to_string(i);
    QCOMPARE(analysis::validate(spec).size(), std::size_t(1));
    // The cohort's variables: the model's, then the listed ones not among them, in their order.
    spec.completeCases = { "v", "x", "w" };
    QCOMPARE(analysis::cohortVariables(spec), (std::vector<std::string> { "y", "x", "v", "w" }));
}

void tst_CompleteCasesNewuser2::cohortIsTheCompleteCasesOfTheListedVariablesToo()
{
    const analysis::DataTable t = table();
    // y ~ x pinned to the complete cases of w and v, against y ~ x + w + v (the same records).
    analysis::ResolvedDesign pinned;
    pinned.spec = baseSpec();
    pinned.spec.completeCases = { "w", "v" };
    analysis::ResolvedDesign wide;
    wide.spec = baseSpec();
    wide.spec.predictors.push_back(asIs("w"));
    wide.spec.predictors.push_back(asIs("v"));
    const auto a = analysis::buildDesign(t, pinned);
    const auto b = analysis::buildDesign(t, wide);
    QVERIFY(a && b);
    QCOMPARE(a->n(), Eigen::Index(7)); // rows 1, 4 and 6 left out
    QCOMPARE(a->n(), b->n());
    QCOMPARE(a->counts.excludedByMissing, std::int64_t(3));
    QCOMPARE(a->counts.missingByVariable.at("w"), std::int64_t(2));
    QCOMPARE(a->counts.missingByVariable.at("v"), std::int64_t(2));
    QCOMPARE(a->p(), Eigen::Index(2)); // only the model's columns
    for (Eigen::Index i = 0; i < a->n(); ++i) {
        QCOMPARE(a->X(i, 1), b->X(i, 1));
        QCOMPARE(std::as_const(a->y)[i], std::as_const(b->y)[i]);
    }
    // Without the list: every record.
    analysis::ResolvedDesign plain;
    plain.spec = baseSpec();
    QCOMPARE(analysis::buildDesign(t, plain)->n(), Eigen::Index(10));
    // A listed variable the table lacks is an unknown variable, as a model variable would be.
    pinned.spec.completeCases = { "w", "u" };
    const auto unknown = analysis::buildDesign(t, pinned);
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().code, analysis::ErrorCode::UnknownVariable);
}

QTEST_GUILESS_MAIN(tst_CompleteCasesNewuser2)
#include "tst_completecases_newuser2.moc"

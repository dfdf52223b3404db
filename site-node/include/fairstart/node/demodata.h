// SPDX-License-Identifier: GPL-3.0-or-later
// The synthetic early-childhood cohort of `fairstart-node demo-data`, with its true model, so that
// tests and demos know what a fit should find.
#pragma once

#include "fairstart/node/storeresult.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace fairstart::node {

// A site type: the covariate distributions, municipalities and outcome intercepts differ, the
// slopes of the outcome models are the same everywhere (so a pooled fit with a site term
// recovers them). See docs/node.md, "Synthetic cohort".
enum class DemoProfile { YouthHealthService, Hospital, Municipality };

QString demoProfileId(DemoProfile profile); // "youth-health-service", "hospital", "municipality"
std::optional<DemoProfile> demoProfileFromId(const QString &id);
QStringList demoProfileIds();

enum class DemoOutcome { DevelopmentalDelay2y, YouthCareReferral4y, Overweight5y };
QString demoOutcomeColumn(DemoOutcome outcome); // "dev_delay_2y", "youth_care_4y", ...

// One coefficient of a true logistic model. `variable` is a CSV column (or "(Intercept)");
// `level` is set for a categorical predictor (the effect of that level against the reference
// level named in referenceLevel). Numeric and 0/1 predictors enter as they are in the CSV.
struct DemoCoefficient {
    const char *variable;
    const char *level; // "" unless categorical
    double value;
};

// Reference levels of the categorical predictors of the outcome models.
inline constexpr const char *kDemoReferenceLevels[][2] = {
    { "sex", "female" },
    { "maternal_education", "low" },
    { "migration_background", "none" },
};

// Slopes (common to all profiles). The intercept is demoIntercept(profile, outcome).
inline constexpr DemoCoefficient kDemoDelaySlopes[] = {
    { "sex", "male", 0.45 },
    { "gestational_age_weeks", "", -0.16 },
    { "apgar_5min", "", -0.12 },
    { "maternal_education", "middle", -0.30 },
    { "maternal_education", "high", -0.60 },
    { "parental_stress", "", 0.04 },
    { "smoking_pregnancy", "", 0.35 },
};
inline constexpr DemoCoefficient kDemoYouthCareSlopes[] = {
    { "sex", "male", 0.30 },
    { "single_parent", "", 0.55 },
    { "parental_stress", "", 0.05 },
    { "income_quintile", "", -0.15 },
    { "migration_background", "western", 0.05 },
    { "migration_background", "non_western", 0.25 },
    { "neighbourhood_ses", "", -0.25 },
    { "dev_delay_2y", "", 0.80 },
};
inline constexpr DemoCoefficient kDemoOverweightSlopes[] = {
    { "sex", "male", -0.10 },
    { "birth_weight_g", "", 0.0004 },
    { "breastfeeding_months", "", -0.06 },
    { "smoking_pregnancy", "", 0.40 },
    { "maternal_education", "middle", -0.20 },
    { "maternal_education", "high", -0.45 },
    { "neighbourhood_ses", "", -0.20 },
};

double demoIntercept(DemoProfile profile, DemoOutcome outcome);
// The intercept followed by the slopes: the full true model of an outcome at a profile.
std::vector<DemoCoefficient> demoTrueCoefficients(DemoProfile profile, DemoOutcome outcome);

// The CSV columns in order: record_id, birth_year, sex, gestational_age_weeks, birth_weight_g,
// apgar_5min, maternal_age, maternal_education, income_quintile, single_parent,
// smoking_pregnancy, parental_stress, migration_background, neighbourhood_ses, municipality,
// breastfeeding_months, consent_research, consent_quality, dev_delay_2y, youth_care_4y,
// overweight_5y.
QStringList demoColumns();
QStringList demoMunicipalities(DemoProfile profile);

// The generator: xoshiro256** seeded through splitmix64, own normal (Box–Muller) and Bernoulli
// draws, so that a seed gives the same file on every machine and library version.
class DemoRandom {
public:
    explicit DemoRandom(std::uint64_t seed);
    std::uint64_t next();
    double uniform(); // [0, 1)
    double normal(double mean, double sd);
    bool bernoulli(double p);
    int uniformInt(int low, int high); // inclusive

private:
    std::uint64_t m_s[4];
    bool m_haveSpare = false;
    double m_spare = 0;
};

// Which values are missing. Scattered: each variable on its own, a few percent each (birth
// weight 1 %, Apgar 2 %, education 4 %, stress 8 % ...). Grouped: whole sources at once, as in a
// cohort whose values come from a few registrations: the parents' questionnaire not returned (12 %:
// education, income, stress, breastfeeding) and the child lost to follow-up after two years
// (6 %: the outcomes at 4 and 5 years); the birth record and the address are complete. With
// grouped values the complete cases of two models differ by whole groups of hundreds of records,
// never by the few dozen records one variable misses, so a node's differencing rule lets an
// analyst fit one model after another (the demo federation, docs/node.md "Synthetic cohort").
// Both draw the same children: only which values are left out differs.
enum class DemoMissing { Scattered, Grouped };
QString demoMissingId(DemoMissing missing); // "scattered", "grouped"
std::optional<DemoMissing> demoMissingFromId(const QString &id);
QStringList demoMissingIds();

// The CSV text of `rows` children of a profile. The same (profile, rows, seed, missing) always
// gives the same bytes; two profiles with one seed give different children.
QByteArray demoCsv(DemoProfile profile, qint64 rows, std::uint64_t seed,
                   DemoMissing missing = DemoMissing::Scattered);
// Writes it to a file (in chunks, so 10^6 rows need little memory).
NodeResult<qint64> writeDemoCsv(DemoProfile profile, qint64 rows, std::uint64_t seed,
                                const QString &path, DemoMissing missing = DemoMissing::Scattered);
// An import schema (see import.h) with the type and label of every demo column.
QByteArray demoSchemaJson(DemoProfile profile);

} // namespace fairstart::node

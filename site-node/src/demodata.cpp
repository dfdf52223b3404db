// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/node/demodata.h"
#include "fairstart/node/tr.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <iterator>

namespace fairstart::node {

namespace {

constexpr double kPi = 3.14159265358979323846;

std::uint64_t splitmix64(std::uint64_t &state)
{
    std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

std::uint64_t rotl(std::uint64_t x, int k)
{
    return (x << k) | (x >> (64 - k));
}

double logistic(double eta)
{
    return 1.0 / (1.0 + std::exp(-eta));
}

double clamp(double x, double low, double high)
{
    return std::min(high, std::max(low, x));
}

double roundTo(double x, int decimals)
{
    const double f = decimals == 0 ? 1.0 : decimals == 1 ? 10.0 : 100.0;
    return std::round(x * f) / f;
}

// Everything that differs between site types.
struct ProfileParameters {
    std::uint64_t salt;
    std::int64_t idBase;
    double maternalAgeMean;
    double migration[3]; // none, western, non_western
    double educationShift;
    double incomeShift;
    double singleParentShift;
    double sesShift;
    double smokingShift;
    double pretermProbability;
    double stressShift;
    double consentResearch;
    double consentQuality;
    double intercepts[3]; // delay, youth care, overweight
    const char *municipalities[8];
    double municipalityWeights[8];
};

const ProfileParameters &parameters(DemoProfile profile)
{
    // Regions and shares are plausible for the Netherlands, not real statistics.
    static const ProfileParameters youthHealth {
        0x4a475a0000000001ULL,
        1000000,
        31.0,
        { 0.76, 0.10, 0.14 },
        0.10,
        0.10,
        0.0,
        0.10,
        0.0,
        0.06,
        0.0,
        0.96,
        0.98,
        { 4.6, -2.6, -3.4 },
        { "Utrecht", "Amersfoort", "Zeist", "Nieuwegein", "Houten", "IJsselstein", "De Bilt",
          "Veenendaal" },
        { 0.38, 0.17, 0.07, 0.08, 0.06, 0.04, 0.05, 0.15 }
    };
    static const ProfileParameters hospital { 0x4b5a480000000002ULL,
                                              2000000,
                                              31.8,
                                              { 0.62, 0.11, 0.27 },
                                              0.0,
                                              -0.05,
                                              0.1,
                                              -0.20,
                                              0.1,
                                              0.16,
                                              0.5,
                                              0.94,
                                              0.97,
                                              { 4.95, -2.6, -3.35 },
                                              { "Rotterdam", "Schiedam", "Vlaardingen",
                                                "Capelle aan den IJssel", "Barendrecht",
                                                "Ridderkerk", "Maassluis", "Nissewaard" },
                                              { 0.52, 0.08, 0.07, 0.07, 0.06, 0.05, 0.04, 0.11 } };
    static const ProfileParameters municipality {
        0x474d450000000003ULL,
        3000000,
        29.8,
        { 0.84, 0.08, 0.08 },
        -0.25,
        -0.25,
        0.3,
        -0.35,
        0.3,
        0.07,
        1.0,
        0.97,
        0.99,
        { 4.7, -2.3, -3.2 },
        { "Groningen", "Midden-Groningen", "Het Hogeland", "Westerkwartier", "Eemsdelta", "Oldambt",
          "Veendam", "Pekela" },
        { 0.45, 0.12, 0.09, 0.10, 0.08, 0.07, 0.05, 0.04 }
    };
    switch (profile) {
    case DemoProfile::YouthHealthService:
        return youthHealth;
    case DemoProfile::Hospital:
        return hospital;
    case DemoProfile::Municipality:
        break;
    }
    return municipality;
}

void appendNumber(QByteArray &out, double value, int decimals)
{
    char buffer[64];
    const auto result = decimals == 0
        ? std::to_chars(buffer, buffer + sizeof buffer, static_cast<long long>(std::llround(value)))
        : std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, decimals);
    out.append(buffer, qsizetype(result.ptr - buffer));
}

template<std::size_t N>
double linearPredictor(double intercept, const DemoCoefficient (&slopes)[N], const auto &valueOf)
{
    double eta = intercept;
    for (const DemoCoefficient &c : slopes)
        eta += c.value * valueOf(c);
    return eta;
}

bool is(const DemoCoefficient &c, const char *variable)
{
    return std::string_view(c.variable) == variable;
}

// One child: draws in a fixed order, whatever is missing, so that a seed means one cohort.
class Generator {
public:
    Generator(DemoProfile profile, std::uint64_t seed, DemoMissing missing)
        : m_p(parameters(profile))
        , m_random(seed ^ m_p.salt)
        , m_missing(missing)
    {
    }

    void appendRow(QByteArray &out, qint64 index)
    {
        DemoRandom &r = m_random;
        const int birthYear = r.uniformInt(2015, 2020);
        const bool male = r.bernoulli(0.512);
        const double maternalAge = clamp(std::round(r.normal(m_p.maternalAgeMean, 5.0)), 16, 47);
        const double m = r.uniform();
        const int migration = m < m_p.migration[0]    ? 0
            : m < m_p.migration[0] + m_p.migration[1] ? 1
                                                      : 2;
        const double educationLatent
            = r.normal(m_p.educationShift - (migration == 2 ? 0.4 : 0.0), 1.0);
        const int education = educationLatent < -0.6 ? 0 : educationLatent > 0.35 ? 2 : 1;
        const double incomeLatent = 0.6 * (education - 1) + r.normal(m_p.incomeShift, 0.8);
        int income = 1;
        for (double cut : { -0.8, -0.24, 0.24, 0.8 })
            income += incomeLatent > cut ? 1 : 0;
        const bool singleParent
            = r.bernoulli(logistic(-2.2 + 0.5 * (income <= 2 ? 1 : 0) + m_p.singleParentShift));
        const double ses = roundTo(r.normal(0.15 * (income - 3) + m_p.sesShift, 0.8), 2);
        const double w = r.uniform();
        double cumulative = 0;
        int municipality = 7;
        for (int i = 0; i < 8; ++i) {
            cumulative += m_p.municipalityWeights[i];
            if (w < cumulative) {
                municipality = i;
                break;
            }
        }
        const bool smoking = r.bernoulli(logistic(
            -2.6 + (education == 0 ? 0.7 : 0.0) - (education == 2 ? 0.5 : 0.0) + m_p.smokingShift));
        const bool preterm = r.bernoulli(m_p.pretermProbability * (smoking ? 1.5 : 1.0));
        const double gaDraw = preterm ? clamp(r.normal(33.5, 2.2), 24.0, 36.9)
                                      : clamp(r.normal(39.5, 1.1), 37.0, 42.6);
        const double ga = roundTo(gaDraw, 1);
        const double birthWeight = std::round(clamp(3450 + 165 * (ga - 39.5) - (male ? 0 : 130)
                                                        - (smoking ? 190 : 0) + r.normal(0, 380),
                                                    400, 5600));
        const double apgar
            = clamp(std::round(9.3 - 0.25 * std::max(0.0, 37.0 - ga) + r.normal(0, 0.8)), 0, 10);
        const double stress = roundTo(
            clamp(r.normal(13 + 2.5 * singleParent + 1.2 * (income <= 2 ? 1 : 0) + m_p.stressShift,
                           5.5),
                  0, 40),
            1);
        const bool noBreastfeeding = r.bernoulli(0.18 + (education == 0 ? 0.10 : 0.0));
        const double feedMean = 4.0 + (education == 2 ? 2.0 : 0.0);
        const double feedDraw = -feedMean * std::log(1.0 - r.uniform());
        const double breastfeeding = noBreastfeeding ? 0.0 : roundTo(clamp(feedDraw, 0, 24), 1);

        auto value = [&](const DemoCoefficient &c) -> double {
            if (is(c, "sex"))
                return male ? 1 : 0;
            if (is(c, "gestational_age_weeks"))
                return ga;
            if (is(c, "apgar_5min"))
                return apgar;
            if (is(c, "maternal_education"))
                return (std::string_view(c.level) == "middle" && education == 1)
                        || (std::string_view(c.level) == "high" && education == 2)
                    ? 1
                    : 0;
            if (is(c, "parental_stress"))
                return stress;
            if (is(c, "smoking_pregnancy"))
                return smoking ? 1 : 0;
            if (is(c, "single_parent"))
                return singleParent ? 1 : 0;
            if (is(c, "income_quintile"))
                return income;
            if (is(c, "migration_background"))
                return (std::string_view(c.level) == "western" && migration == 1)
                        || (std::string_view(c.level) == "non_western" && migration == 2)
                    ? 1
                    : 0;
            if (is(c, "neighbourhood_ses"))
                return ses;
            if (is(c, "birth_weight_g"))
                return birthWeight;
            if (is(c, "breastfeeding_months"))
                return breastfeeding;
            return 0;
        };
        const bool delay
            = r.bernoulli(logistic(linearPredictor(m_p.intercepts[0], kDemoDelaySlopes, value)));
        const double delayValue = delay ? 1 : 0;
        auto valueWithDelay = [&](const DemoCoefficient &c) -> double {
            return is(c, "dev_delay_2y") ? delayValue : value(c);
        };
        const bool youthCare = r.bernoulli(
            logistic(linearPredictor(m_p.intercepts[1], kDemoYouthCareSlopes, valueWithDelay)));
        const bool overweight = r.bernoulli(
            logistic(linearPredictor(m_p.intercepts[2], kDemoOverweightSlopes, value)));

        const double consentDraw = r.uniform();
        const int consentResearch = consentDraw < 0.005 ? -1
            : r.uniform() < m_p.consentResearch         ? 1
                                                        : 0;
        const int consentQuality = r.uniform() < m_p.consentQuality ? 1 : 0;

        // Missing completely at random; the outcomes were drawn from the complete values. Both
        // modes take the same nine draws, so that the next child is the same child in both.
        double draws[9];
        for (double &u : draws)
            u = r.uniform();
        const bool scattered = m_missing == DemoMissing::Scattered;
        // Grouped: the questionnaire's draw is the stress draw, follow-up's the overweight draw.
        const bool noQuestionnaire = !scattered && draws[4] < 0.12;
        const bool lostToFollowUp = !scattered && draws[8] < 0.06;
        const bool missBirthWeight = scattered && draws[0] < 0.01;
        const bool missApgar = scattered && draws[1] < 0.02;
        const bool missEducation = scattered ? draws[2] < 0.04 : noQuestionnaire;
        const bool missIncome = scattered ? draws[3] < 0.03 : noQuestionnaire;
        const bool missStress = scattered ? draws[4] < 0.08 : noQuestionnaire;
        const bool missSes = scattered && draws[5] < 0.01;
        const bool missFeeding = scattered ? draws[6] < 0.10 : noQuestionnaire;
        const bool missYouthCare = scattered ? draws[7] < 0.02 : lostToFollowUp;
        const bool missOverweight = scattered ? draws[8] < 0.05 : lostToFollowUp;

        static const char *educationLevels[] = { "low", "middle", "high" };
        static const char *migrationLevels[] = { "none", "western", "non_western" };
        auto sep = [&out] {
            out.append(',');
        };
        appendNumber(out, double(m_p.idBase + index + 1), 0);
        sep();
        appendNumber(out, birthYear, 0);
        sep();
        out.append(male ? "male" : "female");
        sep();
        appendNumber(out, ga, 1);
        sep();
        if (!missBirthWeight)
            appendNumber(out, birthWeight, 0);
        sep();
        if (!missApgar)
            appendNumber(out, apgar, 0);
        sep();
        appendNumber(out, maternalAge, 0);
        sep();
        out.append(missEducation ? "NA" : educationLevels[education]);
        sep();
        if (!missIncome)
            appendNumber(out, income, 0);
        sep();
        out.append(singleParent ? '1' : '0');
        sep();
        out.append(smoking ? '1' : '0');
        sep();
        if (!missStress)
            appendNumber(out, stress, 1);
        sep();
        out.append(migrationLevels[migration]);
        sep();
        if (!missSes)
            appendNumber(out, ses, 2);
        sep();
        const char *place = m_p.municipalities[municipality];
        if (std::string_view(place).find(' ') != std::string_view::npos) {
            out.append('"');
            out.append(place);
            out.append('"');
        } else {
            out.append(place);
        }
        sep();
        if (!missFeeding)
            appendNumber(out, breastfeeding, 1);
        sep();
        if (consentResearch >= 0)
            out.append(consentResearch ? '1' : '0');
        sep();
        out.append(consentQuality ? '1' : '0');
        sep();
        out.append(delay ? '1' : '0');
        sep();
        if (!missYouthCare)
            out.append(youthCare ? '1' : '0');
        sep();
        if (!missOverweight)
            out.append(overweight ? '1' : '0');
        out.append('\n');
    }

private:
    const ProfileParameters &m_p;
    DemoRandom m_random;
    DemoMissing m_missing;
};

QByteArray header()
{
    return demoColumns().join(QLatin1Char(',')).toLatin1() + '\n';
}

} // namespace

DemoRandom::DemoRandom(std::uint64_t seed)
{
    std::uint64_t state = seed;
    for (std::uint64_t &s : m_s)
        s = splitmix64(state);
}

std::uint64_t DemoRandom::next()
{
    const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
    const std::uint64_t t = m_s[1] << 17;
    m_s[2] ^= m_s[0];
    m_s[3] ^= m_s[1];
    m_s[1] ^= m_s[2];
    m_s[0] ^= m_s[3];
    m_s[2] ^= t;
    m_s[3] = rotl(m_s[3], 45);
    return result;
}

double DemoRandom::uniform()
{
    return double(next() >> 11) * 0x1.0p-53;
}

double DemoRandom::normal(double mean, double sd)
{
    if (m_haveSpare) {
        m_haveSpare = false;
        return mean + sd * m_spare;
    }
    const double u1 = 1.0 - uniform(); // (0, 1]: log is finite
    const double u2 = uniform();
    const double radius = std::sqrt(-2.0 * std::log(u1));
    m_spare = radius * std::sin(2 * kPi * u2);
    m_haveSpare = true;
    return mean + sd * radius * std::cos(2 * kPi * u2);
}

bool DemoRandom::bernoulli(double p)
{
    return uniform() < p;
}

int DemoRandom::uniformInt(int low, int high)
{
    const auto span = std::uint64_t(high - low + 1);
    return low + int(next() % span); // the bias for tiny spans is far below 2^-50
}

QString demoProfileId(DemoProfile profile)
{
    switch (profile) {
    case DemoProfile::YouthHealthService:
        return QStringLiteral("youth-health-service");
    case DemoProfile::Hospital:
        return QStringLiteral("hospital");
    case DemoProfile::Municipality:
        return QStringLiteral("municipality");
    }
    return QString();
}

std::optional<DemoProfile> demoProfileFromId(const QString &id)
{
    for (DemoProfile p :
         { DemoProfile::YouthHealthService, DemoProfile::Hospital, DemoProfile::Municipality }) {
        if (demoProfileId(p) == id)
            return p;
    }
    return std::nullopt;
}

QStringList demoProfileIds()
{
    return { demoProfileId(DemoProfile::YouthHealthService), demoProfileId(DemoProfile::Hospital),
             demoProfileId(DemoProfile::Municipality) };
}

QString demoOutcomeColumn(DemoOutcome outcome)
{
    switch (outcome) {
    case DemoOutcome::DevelopmentalDelay2y:
        return QStringLiteral("dev_delay_2y");
    case DemoOutcome::YouthCareReferral4y:
        return QStringLiteral("youth_care_4y");
    case DemoOutcome::Overweight5y:
        return QStringLiteral("overweight_5y");
    }
    return QString();
}

double demoIntercept(DemoProfile profile, DemoOutcome outcome)
{
    return parameters(profile).intercepts[int(outcome)];
}

std::vector<DemoCoefficient> demoTrueCoefficients(DemoProfile profile, DemoOutcome outcome)
{
    std::vector<DemoCoefficient> out { { "(Intercept)", "", demoIntercept(profile, outcome) } };
    switch (outcome) {
    case DemoOutcome::DevelopmentalDelay2y:
        out.insert(out.end(), std::begin(kDemoDelaySlopes), std::end(kDemoDelaySlopes));
        break;
    case DemoOutcome::YouthCareReferral4y:
        out.insert(out.end(), std::begin(kDemoYouthCareSlopes), std::end(kDemoYouthCareSlopes));
        break;
    case DemoOutcome::Overweight5y:
        out.insert(out.end(), std::begin(kDemoOverweightSlopes), std::end(kDemoOverweightSlopes));
        break;
    }
    return out;
}

QStringList demoColumns()
{
    return { QStringLiteral("record_id"),
             QStringLiteral("birth_year"),
             QStringLiteral("sex"),
             QStringLiteral("gestational_age_weeks"),
             QStringLiteral("birth_weight_g"),
             QStringLiteral("apgar_5min"),
             QStringLiteral("maternal_age"),
             QStringLiteral("maternal_education"),
             QStringLiteral("income_quintile"),
             QStringLiteral("single_parent"),
             QStringLiteral("smoking_pregnancy"),
             QStringLiteral("parental_stress"),
             QStringLiteral("migration_background"),
             QStringLiteral("neighbourhood_ses"),
             QStringLiteral("municipality"),
             QStringLiteral("breastfeeding_months"),
             QStringLiteral("consent_research"),
             QStringLiteral("consent_quality"),
             QStringLiteral("dev_delay_2y"),
             QStringLiteral("youth_care_4y"),
             QStringLiteral("overweight_5y") };
}

QStringList demoMunicipalities(DemoProfile profile)
{
    QStringList out;
    for (const char *m : parameters(profile).municipalities)
        out.append(QString::fromUtf8(m));
    return out;
}

QString demoMissingId(DemoMissing missing)
{
    return missing == DemoMissing::Grouped ? QStringLiteral("grouped")
                                           : QStringLiteral("scattered");
}

std::optional<DemoMissing> demoMissingFromId(const QString &id)
{
    for (DemoMissing m : { DemoMissing::Scattered, DemoMissing::Grouped }) {
        if (demoMissingId(m) == id)
            return m;
    }
    return std::nullopt;
}

QStringList demoMissingIds()
{
    return { demoMissingId(DemoMissing::Scattered), demoMissingId(DemoMissing::Grouped) };
}

QByteArray demoCsv(DemoProfile profile, qint64 rows, std::uint64_t seed, DemoMissing missing)
{
    QByteArray out = header();
    out.reserve(qsizetype(rows) * 110 + out.size());
    Generator generator(profile, seed, missing);
    for (qint64 i = 0; i < rows; ++i)
        generator.appendRow(out, i);
    return out;
}

NodeResult<qint64> writeDemoCsv(DemoProfile profile, qint64 rows, std::uint64_t seed,
                                const QString &path, DemoMissing missing)
{
    if (rows < 1 || rows > 100'000'000)
        return nodeError(NodeErrorCode::InvalidInput,
                         Tr::tr("--rows must be between 1 and 100000000."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return nodeError(NodeErrorCode::Io,
                         Tr::tr("Cannot write %1 (%2). Check --out.")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
    Generator generator(profile, seed, missing);
    QByteArray chunk = header();
    for (qint64 i = 0; i < rows; ++i) {
        generator.appendRow(chunk, i);
        if (chunk.size() > (1 << 20) || i + 1 == rows) {
            if (file.write(chunk) != chunk.size())
                break;
            chunk.clear();
        }
    }
    if (!file.commit())
        return nodeError(NodeErrorCode::Io,
                         Tr::tr("Cannot write %1 (%2). Check --out and the "
                                "free disk space.")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
    return rows;
}

QByteArray demoSchemaJson(DemoProfile profile)
{
    auto col = [](const char *type, const QString &label) {
        return QJsonObject { { QStringLiteral("type"), QString::fromLatin1(type) },
                             { QStringLiteral("label"), label } };
    };
    auto levels = [](QJsonObject o, const QStringList &l) {
        o.insert(QStringLiteral("levels"), QJsonArray::fromStringList(l));
        return o;
    };
    // Levels in their natural order with what each means (issue 17: the catalogue carries both).
    auto labelled = [](QJsonObject o, const QList<QPair<QString, QString>> &l) {
        QJsonArray list;
        for (const auto &[name, label] : l)
            list.append(QJsonObject { { QStringLiteral("name"), name },
                                      { QStringLiteral("label"), label } });
        o.insert(QStringLiteral("levels"), list);
        return o;
    };
    QJsonObject columns {
        { QStringLiteral("record_id"), col("id", Tr::tr("Synthetic record id")) },
        { QStringLiteral("birth_year"), col("numeric", Tr::tr("Year of birth")) },
        { QStringLiteral("sex"),
          labelled(col("categorical", Tr::tr("Sex of the child")),
                   { { QStringLiteral("female"), Tr::tr("Girl") },
                     { QStringLiteral("male"), Tr::tr("Boy") } }) },
        { QStringLiteral("gestational_age_weeks"),
          col("numeric", Tr::tr("Gestational age at birth (weeks)")) },
        { QStringLiteral("birth_weight_g"), col("numeric", Tr::tr("Birth weight (g)")) },
        { QStringLiteral("apgar_5min"), col("numeric", Tr::tr("Apgar score at 5 minutes")) },
        { QStringLiteral("maternal_age"), col("numeric", Tr::tr("Mother's age at birth (years)")) },
        { QStringLiteral("maternal_education"),
          labelled(col("categorical", Tr::tr("Mother's education")),
                   { { QStringLiteral("low"), Tr::tr("Low (primary)") },
                     { QStringLiteral("middle"), Tr::tr("Middle (secondary)") },
                     { QStringLiteral("high"), Tr::tr("High (tertiary)") } }) },
        { QStringLiteral("income_quintile"),
          col("numeric", Tr::tr("Household income quintile (1 = lowest)")) },
        { QStringLiteral("single_parent"), col("binary", Tr::tr("Single-parent household")) },
        { QStringLiteral("smoking_pregnancy"), col("binary", Tr::tr("Smoking in pregnancy")) },
        { QStringLiteral("parental_stress"),
          col("numeric", Tr::tr("Parental stress score (0-40)")) },
        { QStringLiteral("migration_background"),
          labelled(col("categorical", Tr::tr("Migration background")),
                   { { QStringLiteral("none"), Tr::tr("None") },
                     { QStringLiteral("western"), Tr::tr("Western") },
                     { QStringLiteral("non_western"), Tr::tr("Non-Western") } }) },
        { QStringLiteral("neighbourhood_ses"), col("numeric", Tr::tr("Neighbourhood SES score")) },
        { QStringLiteral("municipality"),
          levels(col("categorical", Tr::tr("Municipality of residence")),
                 demoMunicipalities(profile)) },
        { QStringLiteral("breastfeeding_months"),
          col("numeric", Tr::tr("Breastfeeding duration (months)")) },
        { QStringLiteral("consent_research"), col("consent", Tr::tr("Consent for research")) },
        { QStringLiteral("consent_quality"),
          col("consent", Tr::tr("Consent for quality improvement")) },
        { QStringLiteral("dev_delay_2y"), col("binary", Tr::tr("Developmental delay at 2 years")) },
        { QStringLiteral("youth_care_4y"),
          col("binary", Tr::tr("Youth-care referral by 4 years")) },
        { QStringLiteral("overweight_5y"), col("binary", Tr::tr("Overweight at 5 years")) },
    };
    QJsonObject consentResearch = columns.value(QStringLiteral("consent_research")).toObject();
    consentResearch.insert(QStringLiteral("purpose"), QStringLiteral("research"));
    columns.insert(QStringLiteral("consent_research"), consentResearch);
    QJsonObject consentQuality = columns.value(QStringLiteral("consent_quality")).toObject();
    consentQuality.insert(QStringLiteral("purpose"), QStringLiteral("quality"));
    columns.insert(QStringLiteral("consent_quality"), consentQuality);
    return QJsonDocument(
               QJsonObject {
                   { QStringLiteral("label"),
                     Tr::tr("Synthetic early-childhood cohort (%1)").arg(demoProfileId(profile)) },
                   { QStringLiteral("columns"), columns },
                   { QStringLiteral("strict"), true } })
        .toJson(QJsonDocument::Indented);
}

} // namespace fairstart::node

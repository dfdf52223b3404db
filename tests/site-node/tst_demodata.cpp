// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/node/demodata.h"
#include "fairstart/node/import.h"

#include <Eigen/Dense>

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace fairstart::node;

namespace {

ParsedDataset parseDemo(DemoProfile profile, qint64 rows, std::uint64_t seed,
                        DemoMissing missing = DemoMissing::Scattered)
{
    auto schema = ImportSchema::fromJson(demoSchemaJson(profile));
    if (!schema)
        qFatal("%s", qPrintable(schema.error().message));
    auto parsed = parseCsvDataset(QStringLiteral("demo"), demoCsv(profile, rows, seed, missing),
                                  schema.value());
    if (!parsed)
        qFatal("%s", qPrintable(parsed.error().message));
    return std::move(parsed.value());
}

double fraction(const std::vector<double> &values, double wanted)
{
    double n = 0;
    for (double v : values)
        n += v == wanted ? 1 : 0;
    return n / double(values.size());
}

double missingFraction(const ParsedDataset &d, const char *column)
{
    return double(d.info.variable(QString::fromLatin1(column))->missing) / double(d.info.rows);
}

// Maximum likelihood logistic regression by IRLS on the complete cases of the true model's
// predictors: estimates and standard errors, independent of the analysis library.
struct Fit {
    Eigen::VectorXd beta;
    Eigen::VectorXd se;
};

Fit fitTrueModel(const ParsedDataset &d, const std::vector<DemoCoefficient> &model,
                 const QString &outcome)
{
    const auto &table = d.table;
    const auto *y = table.column(outcome.toStdString());
    std::vector<std::vector<double>> rows;
    std::vector<double> ys;
    for (std::size_t r = 0; r < table.rows(); ++r) {
        if (y->isMissing(r))
            continue;
        std::vector<double> x;
        bool complete = true;
        for (const DemoCoefficient &c : model) {
            if (std::string_view(c.variable) == "(Intercept)") {
                x.push_back(1);
                continue;
            }
            const auto *col = table.column(c.variable);
            if (col->isMissing(r)) {
                complete = false;
                break;
            }
            if (col->kind == fairstart::analysis::ColumnKind::Categorical)
                x.push_back(col->levels[std::size_t(col->codes[r])] == c.level ? 1 : 0);
            else
                x.push_back(col->numeric[r]);
        }
        if (complete) {
            rows.push_back(std::move(x));
            ys.push_back(y->numeric[r]);
        }
    }
    const Eigen::Index n = Eigen::Index(rows.size()), p = Eigen::Index(model.size());
    Eigen::MatrixXd X(n, p);
    Eigen::VectorXd Y(n);
    for (Eigen::Index i = 0; i < n; ++i) {
        for (Eigen::Index j = 0; j < p; ++j)
            X(i, j) = rows[std::size_t(i)][std::size_t(j)];
        Y(i) = ys[std::size_t(i)];
    }
    Eigen::VectorXd beta = Eigen::VectorXd::Zero(p);
    Eigen::MatrixXd info;
    for (int iteration = 0; iteration < 30; ++iteration) {
        const Eigen::VectorXd mu = (1.0 + (-(X * beta).array()).exp()).inverse().matrix();
        const Eigen::VectorXd w = (mu.array() * (1.0 - mu.array())).matrix();
        info = X.transpose() * w.asDiagonal() * X;
        const Eigen::VectorXd step = info.ldlt().solve(X.transpose() * (Y - mu));
        beta += step;
        if (step.norm() < 1e-10)
            break;
    }
    return Fit { beta, info.inverse().diagonal().cwiseSqrt() };
}

} // namespace

class TestDemoData : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // splitmix64-seeded xoshiro256**: fixed numbers, so that any change to the generator shows.
    void randomIsFixed()
    {
        DemoRandom r(1);
        QCOMPARE(r.next(), Q_UINT64_C(12966619160104079557));
        QCOMPARE(r.next(), Q_UINT64_C(9600361134598540522));
        QCOMPARE(r.next(), Q_UINT64_C(10590380919521690900));
        DemoRandom u(7);
        double sum = 0, sumSq = 0;
        constexpr int kDraws = 200000;
        for (int i = 0; i < kDraws; ++i) {
            const double z = u.normal(0, 1);
            sum += z;
            sumSq += z * z;
        }
        QVERIFY(std::abs(sum / kDraws) < 0.01);
        QVERIFY(std::abs(sumSq / kDraws - 1) < 0.02);
        for (int i = 0; i < 1000; ++i) {
            const int k = u.uniformInt(3, 5);
            QVERIFY(k >= 3 && k <= 5);
            const double x = u.uniform();
            QVERIFY(x >= 0 && x < 1);
        }
    }

    void deterministicBySeed_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QByteArray>("sha256");
        // Golden hashes of 1000 rows with seed 1: the same on every machine.
        QTest::newRow("youth-health-service")
            << QStringLiteral("youth-health-service")
            << QByteArray("92f858a9bf3fd20e635ae4648d499127cb133954ccb98706fe2c5e7620f70b0c");
        QTest::newRow("hospital")
            << QStringLiteral("hospital")
            << QByteArray("67e8c1447ed614919e73828d22e1b8a3f27d58ca6b45837eb2f3fce0a9fb2e05");
        QTest::newRow("municipality")
            << QStringLiteral("municipality")
            << QByteArray("3d4c94173f845418b92a9f25885865f347f1ab17564fb79c1080bac7a5e3f3e7");
    }

    void deterministicBySeed()
    {
        QFETCH(QString, profile);
        QFETCH(QByteArray, sha256);
        const DemoProfile p = demoProfileFromId(profile).value();
        const QByteArray csv = demoCsv(p, 1000, 1);
        QCOMPARE(QCryptographicHash::hash(csv, QCryptographicHash::Sha256).toHex(), sha256);
        QCOMPARE(demoCsv(p, 1000, 1), csv);
        QVERIFY(demoCsv(p, 1000, 2) != csv);
        // The first rows do not depend on how many rows are asked for.
        QVERIFY(demoCsv(p, 1500, 1).startsWith(csv));
    }

    // The demo federation's data (branch firstrun): the same children as the default file, with
    // whole sources missing together, so that the complete cases of two models differ by a whole
    // group or not at all (docs/node.md "Synthetic cohort").
    void groupedMissingIsTheSameChildrenInGroups()
    {
        QCOMPARE(demoMissingIds(),
                 (QStringList { QStringLiteral("scattered"), QStringLiteral("grouped") }));
        QCOMPARE(demoMissingFromId(QStringLiteral("grouped")), DemoMissing::Grouped);
        QVERIFY(!demoMissingFromId(QStringLiteral("random")));
        const ParsedDataset scattered = parseDemo(DemoProfile::Hospital, 20000, 3);
        const ParsedDataset grouped
            = parseDemo(DemoProfile::Hospital, 20000, 3, DemoMissing::Grouped);
        QCOMPARE(grouped.info.rows, scattered.info.rows);
        const auto &gt = grouped.table;
        const auto &st = scattered.table;
        const char *questionnaire[] = { "maternal_education", "income_quintile", "parental_stress",
                                        "breastfeeding_months" };
        const char *followUp[] = { "youth_care_4y", "overweight_5y" };
        qint64 noQuestionnaire = 0;
        qint64 lost = 0;
        for (std::size_t r = 0; r < gt.rows(); ++r) {
            // A value present in both files is the same value: the same child.
            for (const QString &name : demoColumns()) {
                const auto *g = gt.column(name.toStdString());
                const auto *s = st.column(name.toStdString());
                if (!g || !s || g->isMissing(r) || s->isMissing(r))
                    continue;
                if (g->kind == fairstart::analysis::ColumnKind::Categorical)
                    QCOMPARE(g->levels[std::size_t(g->codes[r])],
                             s->levels[std::size_t(s->codes[r])]);
                else
                    QCOMPARE(g->numeric[r], s->numeric[r]);
            }
            // A source is missing as a whole or not at all.
            const bool q = gt.column(questionnaire[0])->isMissing(r);
            for (const char *c : questionnaire)
                QCOMPARE(gt.column(c)->isMissing(r), q);
            const bool l = gt.column(followUp[0])->isMissing(r);
            for (const char *c : followUp)
                QCOMPARE(gt.column(c)->isMissing(r), l);
            noQuestionnaire += q ? 1 : 0;
            lost += l ? 1 : 0;
        }
        // The birth record, the address and the first outcome are complete.
        for (const char *c : { "birth_weight_g", "apgar_5min", "gestational_age_weeks",
                               "neighbourhood_ses", "sex", "dev_delay_2y" })
            QCOMPARE(missingFraction(grouped, c), 0.0);
        QVERIFY2(std::abs(double(noQuestionnaire) / 20000 - 0.12) < 0.01,
                 qPrintable(QString::number(noQuestionnaire)));
        QVERIFY2(std::abs(double(lost) / 20000 - 0.06) < 0.01, qPrintable(QString::number(lost)));
        // The default file is what it was: its hash is deterministicBySeed's.
        QCOMPARE(demoCsv(DemoProfile::Hospital, 1000, 1, DemoMissing::Scattered),
                 demoCsv(DemoProfile::Hospital, 1000, 1));
    }

    void profilesDiffer()
    {
        const QByteArray a = demoCsv(DemoProfile::YouthHealthService, 100, 5);
        QVERIFY(a != demoCsv(DemoProfile::Hospital, 100, 5));
        QVERIFY(a != demoCsv(DemoProfile::Municipality, 100, 5));
        QCOMPARE(demoProfileIds().size(), 3);
        QVERIFY(!demoProfileFromId(QStringLiteral("school")));
        QVERIFY(
            demoIntercept(DemoProfile::Hospital, DemoOutcome::DevelopmentalDelay2y)
            > demoIntercept(DemoProfile::YouthHealthService, DemoOutcome::DevelopmentalDelay2y));
    }

    void writesFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("d.csv"));
        auto written = writeDemoCsv(DemoProfile::Municipality, 3000, 9, path);
        QVERIFY(written.ok());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), demoCsv(DemoProfile::Municipality, 3000, 9));
        QVERIFY(!writeDemoCsv(DemoProfile::Municipality, 0, 9, path).ok());
        QVERIFY(!writeDemoCsv(DemoProfile::Municipality, 5, 9,
                              dir.filePath(QStringLiteral("no/such/dir/x.csv")))
                     .ok());
    }

    void columnsAndDistributions_data()
    {
        QTest::addColumn<QString>("profile");
        for (const QString &p : demoProfileIds())
            QTest::newRow(qPrintable(p)) << p;
    }

    void columnsAndDistributions()
    {
        QFETCH(QString, profile);
        const DemoProfile p = demoProfileFromId(profile).value();
        const ParsedDataset d = parseDemo(p, 20000, 3);
        QCOMPARE(d.info.rows, 20000);
        QStringList names;
        for (const VariableInfo &v : d.info.variables)
            names.append(v.name);
        QCOMPARE(names, demoColumns());
        QCOMPARE(d.info.consentPurposes(),
                 (QStringList { QStringLiteral("quality"), QStringLiteral("research") }));
        QCOMPARE(d.info.recordIdColumn(), QStringLiteral("record_id"));
        QCOMPARE(d.info.variable(QStringLiteral("municipality"))->levels, demoMunicipalities(p));

        // A few percent without consent, some of it missing (= no consent).
        const double research = fraction(d.table.column("consent_research")->numeric, 1.0);
        QVERIFY2(research > 0.90 && research < 0.99, qPrintable(QString::number(research)));
        QVERIFY(missingFraction(d, "consent_research") > 0.002);
        const double quality = fraction(d.table.column("consent_quality")->numeric, 1.0);
        QVERIFY(quality > 0.94 && quality < 1.0);

        // Realistic missingness and ranges.
        QVERIFY(std::abs(missingFraction(d, "parental_stress") - 0.08) < 0.01);
        QVERIFY(std::abs(missingFraction(d, "breastfeeding_months") - 0.10) < 0.01);
        QVERIFY(std::abs(missingFraction(d, "overweight_5y") - 0.05) < 0.01);
        QCOMPARE(missingFraction(d, "sex"), 0.0);
        for (const auto &[column, low, high] :
             { std::tuple { "gestational_age_weeks", 24.0, 42.6 },
               std::tuple { "birth_weight_g", 400.0, 5600.0 },
               std::tuple { "apgar_5min", 0.0, 10.0 }, std::tuple { "maternal_age", 16.0, 47.0 },
               std::tuple { "income_quintile", 1.0, 5.0 },
               std::tuple { "parental_stress", 0.0, 40.0 },
               std::tuple { "breastfeeding_months", 0.0, 24.0 },
               std::tuple { "birth_year", 2015.0, 2020.0 } }) {
            for (double v : d.table.column(column)->numeric)
                QVERIFY2(std::isnan(v) || (v >= low && v <= high), column);
        }
        // Outcome prevalences in a plausible range for early childhood.
        for (const char *outcome : { "dev_delay_2y", "youth_care_4y", "overweight_5y" }) {
            std::vector<double> present;
            for (double v : d.table.column(outcome)->numeric) {
                if (!std::isnan(v))
                    present.push_back(v);
            }
            const double prevalence = fraction(present, 1.0);
            QVERIFY2(
                prevalence > 0.03 && prevalence < 0.25,
                qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(outcome)).arg(prevalence)));
        }
    }

    // The documented true model is what the data follow: a logistic fit of the true model's
    // terms finds every coefficient within four standard errors.
    void trueCoefficientsAreRecovered_data()
    {
        QTest::addColumn<int>("profile");
        QTest::addColumn<int>("outcome");
        QTest::newRow("delay, youth health")
            << int(DemoProfile::YouthHealthService) << int(DemoOutcome::DevelopmentalDelay2y);
        QTest::newRow("youth care, municipality")
            << int(DemoProfile::Municipality) << int(DemoOutcome::YouthCareReferral4y);
        QTest::newRow("overweight, hospital")
            << int(DemoProfile::Hospital) << int(DemoOutcome::Overweight5y);
    }

    void trueCoefficientsAreRecovered()
    {
        QFETCH(int, profile);
        QFETCH(int, outcome);
        const auto p = DemoProfile(profile);
        const auto o = DemoOutcome(outcome);
        const ParsedDataset d = parseDemo(p, 60000, 11);
        const auto model = demoTrueCoefficients(p, o);
        const Fit fit = fitTrueModel(d, model, demoOutcomeColumn(o));
        for (std::size_t j = 0; j < model.size(); ++j) {
            const double z = (fit.beta(Eigen::Index(j)) - model[j].value) / fit.se(Eigen::Index(j));
            QVERIFY2(
                std::abs(z) < 4.0,
                qPrintable(QStringLiteral("%1 %2: true %3, fitted %4 (se %5)")
                               .arg(QLatin1String(model[j].variable), QLatin1String(model[j].level))
                               .arg(model[j].value)
                               .arg(fit.beta(Eigen::Index(j)))
                               .arg(fit.se(Eigen::Index(j)))));
        }
    }
};

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"

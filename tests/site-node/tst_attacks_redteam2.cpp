// SPDX-License-Identifier: GPL-3.0-or-later
// Rule 1, the open items of the red team of the seventh session, as the eighth session took them up
// (docs/privacy-rules.md, "The red team of the eighth session"): each a planted record in a
// synthetic dataset written by the test, a real fairstart-node over TLS, the hostile requests and
// the value they would reveal; and the honest work that must still pass (the hospital demo cohort).
#include "fairstart/protocol/codec.h"

#include "attacksupport.h"
#include "nodeprocess.h"
#include "peering.h"
#include "studyrelay.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <map>
#include <optional>

using namespace fairstart;
using namespace testsupport::attacks;
using testsupport::NodeProcess;
using testsupport::Reply;

namespace {

// One synthetic record (SyntheticRow: sex, place, score, w, y, year). `v` empty = missing.
struct Row : SyntheticRow {
    std::string v = "1";
};

QByteArray schemaJson()
{
    QJsonObject columns;
    columns.insert(QStringLiteral("record_id"), schemaColumn(QStringLiteral("id")));
    columns.insert(QStringLiteral("sex"), categoricalColumn({ "female", "male" }));
    columns.insert(QStringLiteral("place"), categoricalColumn({ "A", "B", "C", "D" }));
    for (const char *numeric : { "score", "w", "v", "year" })
        columns.insert(QLatin1String(numeric), schemaColumn(QStringLiteral("numeric")));
    columns.insert(QStringLiteral("y"), schemaColumn(QStringLiteral("binary")));
    columns.insert(QStringLiteral("consent_research"), consentColumn(QStringLiteral("research")));
    return schemaDocument(columns, QStringLiteral("Red team 2 synthetic records"));
}

QByteArray csvOf(const std::vector<Row> &rows)
{
    QByteArray out = "record_id,sex,place,score,w,v,y,year,consent_research\n";
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Row &r = rows[i];
        out += QByteArray::number(qint64(200000 + i)) + ',' + QByteArray::fromStdString(r.sex) + ','
            + QByteArray::fromStdString(r.place) + ',' + QByteArray::number(r.score, 'g', 10) + ','
            + QByteArray::fromStdString(r.w) + ',' + QByteArray::fromStdString(r.v) + ','
            + QByteArray::number(r.y) + ',' + QByteArray::number(r.year) + ",1\n";
    }
    return out;
}

// Ordinary records (ordinaryRows), v 1..9.
std::vector<Row> ordinary(int count)
{
    std::vector<Row> rows = ordinaryRows<Row>(count);
    for (int j = 0; j < count; ++j)
        rows[std::size_t(j)].v = std::to_string(1 + (j * 13) % 9);
    return rows;
}

// 1050 ordinary records; a group of 12 misses w (nothing else marks it): one of them, the group's
// only child born in 2016, has y = 1; the others were born in 2018 (tst_attacks_redteam's).
std::vector<Row> trendRows()
{
    auto rows = ordinary(1050);
    markGroup(rows, "C", 12, [](Row &r, int group) {
        r.w.clear();
        r.year = group == 0 ? 2016 : 2018;
        if (group == 0)
            r.y = 1;
    });
    return rows;
}

// 1000 ordinary records, one of them (a girl) with score 300 and v 60: neither is dominant over
// the site or over the girls (the site's highest of each), but her product score·v = 18000 among
// products of at most 360 is.
std::vector<Row> productRows(bool planted)
{
    auto rows = ordinary(1000);
    if (planted) {
        rows[100].sex = "female";
        rows[100].score = 300;
        rows[100].v = "60";
    }
    return rows;
}

// The subgroup set: score takes the whole values 0..10 (a model's only predictor: each value is
// one risk of the model, one grid bin of the evaluation). 60 girls at each value, 15 + 3k of them
// with y = 1; 6 boys at each value but 7, the first k % 4 of them with y = 1; at 7 a single boy,
// the target, with y = 1.
std::vector<Row> subgroupRows()
{
    std::vector<Row> rows;
    int j = 0;
    auto add = [&](const char *sex, int k, int y) {
        Row r;
        r.sex = sex;
        r.place = std::string(1, char('B' + j % 3));
        r.score = k;
        r.w = std::to_string(3000 + (j * 37) % 500);
        r.v = std::to_string(1 + (j * 13) % 9);
        r.y = y;
        r.year = 2014 + j % 7;
        rows.push_back(r);
        ++j;
    };
    for (int k = 0; k <= 10; ++k) {
        for (int i = 0; i < 60; ++i)
            add("female", k, i < 15 + 3 * k ? 1 : 0);
        if (k == 7) {
            add("male", k, 1);
            continue;
        }
        for (int i = 0; i < 6; ++i)
            add("male", k, i < k % 4 ? 1 : 0);
    }
    return rows;
}

// 1000 ordinary records; a group of 12 misses w (nothing else marks it); all of them have y = 0
// but one, the target, with y = 1 and score 37.
std::vector<Row> binaryRows()
{
    auto rows = ordinary(1000);
    markGroup(rows, "D", 12, [](Row &r, int group) {
        r.w.clear();
        r.y = group == 0 ? 1 : 0;
        if (group == 0)
            r.score = 37;
    });
    return rows;
}

} // namespace

class tst_AttacksRedteam2 : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    // Item 1: a trend's row by histograms of the period, the orders and cohorts the fix must hold.
    void trendRowByHistogramsFirst();
    void trendOverCompleteCasesThenHistogramsOverAll();
    void trendRowByHistogramsBinaryAsNumber();
    void table1BySexAndHistogramsStillReleased();
    // Item 3: numeric × numeric interactions.
    void productOfTwoNumericsRevealsSex();
    void productHonestWork();
    // The next attack: a binary level filter written as a number.
    void binaryFilterWrittenAsANumber();
    // Item 2: one evaluation by subgroup, its cohort's bins less a cell's.
    void subgroupCellsLessTheCohortGiveTheOtherCell();

private:
    QString importRows(const QString &dataset, const std::vector<Row> &rows);
    // The 2016 bin of year's histogram over the complete cases of w (or every record) with the
    // level filter y = `level` (written as given); nullopt when refused.
    std::optional<double> yearBin2016(const QString &dataset, const QString &token,
                                      const std::string &level, bool completeCases, QString *code);

    QTemporaryDir m_dir;
    QString m_schema;
    NodeProcess m_node;
    std::map<QString, QString> m_tokens;
    std::optional<DemoCohort> m_demo;
};

QString tst_AttacksRedteam2::importRows(const QString &dataset, const std::vector<Row> &rows)
{
    return importCsvText(m_node, m_dir, dataset, csvOf(rows), m_schema);
}

void tst_AttacksRedteam2::initTestCase()
{
    VERIFY_NO_ERROR(startAttackedNode(m_node, m_dir, QStringLiteral("Red team 2 node")));
    m_schema = m_dir.filePath(QStringLiteral("redteam2.schema.json"));
    VERIFY_NO_ERROR(writeSetupFile(m_schema, schemaJson()));
    for (const char *name : { "histfirst", "histwide", "histfloat" })
        VERIFY_NO_ERROR(importRows(QLatin1String(name), trendRows()));
    VERIFY_NO_ERROR(importRows(QStringLiteral("product"), productRows(true)));
    VERIFY_NO_ERROR(importRows(QStringLiteral("productclean"), productRows(false)));
    VERIFY_NO_ERROR(importRows(QStringLiteral("subgroup"), subgroupRows()));
    for (const char *name : { "binfloat", "binplain" })
        VERIFY_NO_ERROR(importRows(QLatin1String(name), binaryRows()));
    QString error;
    m_demo = writeDemoCohort(m_node, m_dir, 3000, &error);
    QVERIFY2(m_demo, qPrintable(error));
    VERIFY_NO_ERROR(importEach(m_node, { "demo", "demofit" },
                               m_dir.filePath(QStringLiteral("demo.csv")), m_demo->schemaPath));
    VERIFY_NO_ERROR(researchTokens(m_node, { "ann", "eve" }, m_tokens));
    VERIFY_NO_ERROR(serveWithColluder(m_node, m_tokens[QStringLiteral("ann")]));
}

void tst_AttacksRedteam2::cleanupTestCase()
{
    m_node.stop();
    printOutcomes();
}

void tst_AttacksRedteam2::cleanup()
{
    VERIFY_NO_ERROR(takeFailures());
}

std::optional<double> tst_AttacksRedteam2::yearBin2016(const QString &dataset, const QString &token,
                                                       const std::string &level, bool completeCases,
                                                       QString *code)
{
    Describe q;
    q.dataset = dataset;
    q.filters = { among("y", { level }) };
    if (completeCases)
        q.completeCases = { QStringLiteral("w") };
    q.variables = { variable(QStringLiteral("year"), { { -1e9, 1e9 } }) };
    const Reply r = m_node.post("/v1/descriptives", token, describeBody(q));
    const auto out = described(r);
    *code = out ? QStringLiteral("released") : r.code;
    qInfo("histogram of year over %s with y = %s: %s",
          completeCases ? "the complete cases of w" : "every record", level.c_str(),
          out ? "released" : qPrintable(r.describe()));
    return testsupport::attacks::yearBin2016(r);
}

// ---- item 1: a trend's row by histograms of the period --------------------------------------

void tst_AttacksRedteam2::trendRowByHistogramsFirst()
{
    // Attack: tst_attacks_redteam trendRowByHistogramsOfThePeriod in the other order. Histograms
    // of year over the complete cases of w with y = 1 and with y = 0 first (no trend yet: no
    // trend ledger holds anything), then the trend of y by year over every record. The trend's
    // 2016 × 1 less the first histogram's 2016 bin is the group's (12 records without w) 2016 × 1:
    // its only child of 2016 has y = 1.
    const QString token = m_tokens[QStringLiteral("eve")];
    QString c1, c0;
    const auto bin1 = yearBin2016(QStringLiteral("histfirst"), token, "1", true, &c1);
    const auto bin0 = yearBin2016(QStringLiteral("histfirst"), token, "0", true, &c0);
    const Reply trend = trendOverAll(m_node, QStringLiteral("histfirst"), token);
    qInfo("then the trend over every record: %s",
          described(trend) ? "released" : qPrintable(trend.describe()));
    const auto t1 = trendCell2016(trend, QStringLiteral("1"));
    const auto t0 = trendCell2016(trend, QStringLiteral("0"));
    QString cells;
    if (bin1 && bin0 && t1 && t0)
        cells = QStringLiteral("2016 x 0 = %1, 2016 x 1 = %2").arg(*t0 - *bin0).arg(*t1 - *bin1);
    qInfo("the group's 2016 row by difference: %s", qPrintable(cells));
    const bool reveals = cells == QStringLiteral("2016 x 0 = 0, 2016 x 1 = 1");
    note(QStringLiteral("histograms of the period over level filters, then the trend"),
         reveals
             ? QStringLiteral("REVEALS: the group's only child of 2016 has y = 1 (%1)").arg(cells)
             : QStringLiteral("closed: histograms %1, %2; trend %3")
                   .arg(c1, c0, described(trend) ? QStringLiteral("released") : trend.code));
    QVERIFY2(!reveals, qPrintable(cells));
    // Closed by refusing the trend (the histograms alone are no trend's cells yet).
    QVERIFY2(!described(trend) && trend.code == QStringLiteral("differencing"),
             qPrintable(trend.describe()));
}

void tst_AttacksRedteam2::trendOverCompleteCasesThenHistogramsOverAll()
{
    // Attack: the trend over the *narrower* cohort (the complete cases of w), then histograms of
    // year over every record with y = 1 and y = 0: each histogram's 2016 bin less the trend's
    // 2016 cell is the group's. The histograms' cohorts (every record) hold the trend's cohort.
    const QString token = m_tokens[QStringLiteral("eve")];
    const Reply trend = trendOverAll(m_node, QStringLiteral("histwide"), token, true);
    QVERIFY2(described(trend).has_value(), qPrintable(trend.describe()));
    QString c1, c0;
    const auto bin1 = yearBin2016(QStringLiteral("histwide"), token, "1", false, &c1);
    const auto bin0 = yearBin2016(QStringLiteral("histwide"), token, "0", false, &c0);
    const auto t1 = trendCell2016(trend, QStringLiteral("1"));
    const auto t0 = trendCell2016(trend, QStringLiteral("0"));
    QString cells;
    if (bin1 && bin0 && t1 && t0)
        cells = QStringLiteral("2016 x 0 = %1, 2016 x 1 = %2").arg(*bin0 - *t0).arg(*bin1 - *t1);
    qInfo("the group's 2016 row by difference: %s", qPrintable(cells));
    const bool reveals = cells == QStringLiteral("2016 x 0 = 0, 2016 x 1 = 1");
    note(QStringLiteral("a trend over complete cases, then histograms of the period over all"),
         reveals
             ? QStringLiteral("REVEALS: the group's only child of 2016 has y = 1 (%1)").arg(cells)
             : QStringLiteral("closed: histograms %1, %2").arg(c1, c0));
    QVERIFY2(!reveals, qPrintable(cells));
    QVERIFY2(c1 == QStringLiteral("differencing") || c0 == QStringLiteral("differencing"),
             qPrintable(c1 + QStringLiteral(" / ") + c0));
}

void tst_AttacksRedteam2::trendRowByHistogramsBinaryAsNumber()
{
    // The attack of tst_attacks_redteam in its order (trend, then histograms) with the binary
    // filter written as a number the node reads as the level: "1.0" and "0e0".
    const QString token = m_tokens[QStringLiteral("eve")];
    const Reply trend = trendOverAll(m_node, QStringLiteral("histfloat"), token);
    QVERIFY2(described(trend).has_value(), qPrintable(trend.describe()));
    QString c1, c0;
    const auto bin1 = yearBin2016(QStringLiteral("histfloat"), token, "1.0", true, &c1);
    const auto bin0 = yearBin2016(QStringLiteral("histfloat"), token, "0e0", true, &c0);
    const auto t1 = trendCell2016(trend, QStringLiteral("1"));
    const auto t0 = trendCell2016(trend, QStringLiteral("0"));
    QString cells;
    if (bin1 && bin0 && t1 && t0)
        cells = QStringLiteral("2016 x 0 = %1, 2016 x 1 = %2").arg(*t0 - *bin0).arg(*t1 - *bin1);
    qInfo("the group's 2016 row by difference: %s", qPrintable(cells));
    const bool reveals = cells == QStringLiteral("2016 x 0 = 0, 2016 x 1 = 1");
    note(QStringLiteral("the trend, then histograms of the period over y = \"1.0\" / \"0e0\""),
         reveals
             ? QStringLiteral("REVEALS: the group's only child of 2016 has y = 1 (%1)").arg(cells)
             : QStringLiteral("closed: histograms %1, %2").arg(c1, c0));
    QVERIFY2(!reveals, qPrintable(cells));
}

void tst_AttacksRedteam2::table1BySexAndHistogramsStillReleased()
{
    // Honest work on the hospital demo cohort (3,000 records, seed 7): the dashboard (trends of
    // sex, the outcome and municipality by birth year over every record), then a Table 1 by sex
    // with histograms of every numeric variable (all records; Rotterdam; the complete cases of
    // parental stress; a model's complete cases), then the same histograms by the outcome.
    // Counted: descriptions released and refused (each refusal printed).
    const QString token = m_tokens[QStringLiteral("ann")];
    const QStringList &numeric = table1Numeric();
    int released = 0;
    QStringList refused;
    {
        protocol::DescriptivesRequest request;
        request.purpose = QStringLiteral("research");
        request.dataset = QStringLiteral("demo");
        for (const char *v : { "sex", "dev_delay_2y", "municipality" }) {
            request.variables.append({ QLatin1String(v), {} });
            request.trends.append({ QStringLiteral("birth_year"), QLatin1String(v), 2014, 2020 });
        }
        const Reply r = m_node.post("/v1/descriptives", token,
                                    protocol::canonicalJson(protocol::toJson(request)));
        if (described(r))
            ++released;
        else
            refused << QStringLiteral("dashboard: ") + r.describe();
    }
    const std::vector<Table1Cohort> &cohorts = table1Cohorts();
    int bySexRefused = 0;
    qsizetype histograms = 0, withheld = 0;
    for (const char *by : { "sex", "dev_delay_2y" }) {
        for (const Table1Cohort &cohort : cohorts) {
            const std::vector<std::string> levels = std::string(by) == "sex"
                ? std::vector<std::string> { "female", "male" }
                : std::vector<std::string> { "0", "1" };
            for (const std::string &level : levels) {
                Describe q;
                q.dataset = QStringLiteral("demo");
                q.filters = cohort.filters;
                q.filters.push_back(among(by, { level }));
                // The two variables that 1-9 records of a cohort miss (else min-cell refuses).
                q.completeCases = cohort.complete;
                q.completeCases << QStringLiteral("birth_weight_g") << QStringLiteral("apgar_5min");
                for (const QString &v : numeric)
                    q.variables.append(variable(v, { { -1e9, 1e9 } }));
                const Reply r = m_node.post("/v1/descriptives", token, describeBody(q));
                if (const auto d = described(r)) {
                    // A period-like variable's histogram withheld over a second cohort
                    // (redteam4): counted, the moments are released.
                    for (const protocol::NumericDescription &n : d->numeric) {
                        for (const protocol::ReleasedHistogram &h : n.histograms)
                            withheld += h.edges.size() < 2;
                        histograms += qsizetype(n.histograms.size());
                    }
                }
                if (described(r))
                    ++released;
                else if (std::string(by) == "sex")
                    ++bySexRefused;
                if (!described(r))
                    refused << QStringLiteral("%1 = %2 over %3: %4")
                                   .arg(QLatin1String(by), QString::fromStdString(level),
                                        cohort.name, r.describe());
            }
        }
    }
    qInfo("Table 1 by sex and by the outcome with histograms, after the dashboard: %d released, "
          "%lld refused; of their histograms %lld of %lld without bins",
          released, qlonglong(refused.size()), qlonglong(withheld), qlonglong(histograms));
    for (const QString &r : refused)
        qInfo("  refused: %s", qPrintable(r));
    note(QStringLiteral("honest: dashboard, then Table 1 by sex and by outcome (histograms)"),
         QStringLiteral("%1 released, %2 refused; %3 of %4 histograms without bins")
             .arg(released)
             .arg(refused.size())
             .arg(withheld)
             .arg(histograms));
    // Measured, not asserted (docs/privacy-rules.md, "The red team of the eighth session"): on
    // main's node 11 released, 6 refused (by the outcome: `differencing`, `cohort`, and one
    // min-cell); here the by-sex descriptions over the complete cases of birth weight and Apgar
    // are refused too, by the histogram of birth_year in them: the 1-9 records of some years
    // missing those two, against the dashboard's trend of sex by birth year over every record,
    // would give those records' sex (the attack's shape, with sex for the outcome).
    // What the rule promises honest work: the period over the trend's cohort, and every other
    // variable over any cohort, by sex.
    QStringList promised, promisedWithheld;
    for (const std::string sex : { "female", "male" }) {
        Describe q;
        q.dataset = QStringLiteral("demo");
        q.filters = { among("sex", { sex }) };
        q.variables = { variable(QStringLiteral("birth_year"), { { -1e9, 1e9 } }) };
        Reply r = m_node.post("/v1/descriptives", token, describeBody(q));
        if (!described(r))
            promised << QStringLiteral("birth_year over every %1: %2")
                            .arg(QString::fromStdString(sex), r.describe());
        for (const Table1Cohort &cohort : cohorts) {
            q.filters = cohort.filters;
            q.filters.push_back(among("sex", { sex }));
            q.completeCases = cohort.complete;
            q.completeCases << QStringLiteral("birth_weight_g") << QStringLiteral("apgar_5min");
            q.variables.clear();
            for (const QString &v : numeric) {
                if (v != QStringLiteral("birth_year"))
                    q.variables.append(variable(v, { { -1e9, 1e9 } }));
            }
            r = m_node.post("/v1/descriptives", token, describeBody(q));
            if (const auto d = described(r)) {
                for (const protocol::NumericDescription &n : d->numeric) {
                    for (const protocol::ReleasedHistogram &h : n.histograms) {
                        if (h.edges.size() < 2)
                            promisedWithheld
                                << QStringLiteral("%1 (%2 over %3)")
                                       .arg(n.variable, QString::fromStdString(sex), cohort.name);
                    }
                }
            }
            if (!described(r))
                promised << QStringLiteral("Table 1 without birth_year, %1 over %2: %3")
                                .arg(QString::fromStdString(sex), cohort.name, r.describe());
        }
    }
    for (const QString &r : promised)
        qInfo("  refused: %s", qPrintable(r));
    qInfo("Table 1 without birth_year by sex over the four cohorts: %lld histograms without bins: "
          "%s",
          qlonglong(promisedWithheld.size()),
          qPrintable(promisedWithheld.join(QStringLiteral(", "))));
    QVERIFY2(promised.isEmpty(), qPrintable(promised.join(QLatin1Char('\n'))));
    Q_UNUSED(bySexRefused);
}

// ---- item 3: numeric × numeric interactions ---------------------------------------------------

void tst_AttacksRedteam2::productOfTwoNumericsRevealsSex()
{
    // Attack: round 1 of w ~ score * v over the girls and over the boys. The target (a girl) has
    // score 300 and v 60, each the site's highest but not dominant over the site or over either
    // sex; the per-column cohort rule (the site's extremes placed in or out) passes score and v
    // on both sides. Her product (18000, among ordinary products of at most 360) dominates the
    // girls' interaction column, so a rule that judges that column on the cohort as it is refuses
    // the girls and releases the boys: her sex.
    const QString token = m_tokens[QStringLiteral("eve")];
    std::map<std::string, QString> answer;
    for (const std::string sex : { "female", "male" }) {
        auto d = design("w", analysis::Family::Gaussian, { asIs("score"), asIs("v") },
                        { among("sex", { sex }) });
        d.spec.interactions = { { "score", "v" } };
        const Reply r = roundOneAlone(m_node, token, QStringLiteral("product"), d);
        answer[sex] = roundStats(r) ? QStringLiteral("released") : r.code;
        qInfo("w ~ score * v over sex = %s: %s", sex.c_str(),
              roundStats(r) ? "released" : qPrintable(r.describe()));
    }
    const bool reveals = answer["female"] != answer["male"];
    note(QStringLiteral("a product of two numerics hides an outlier from the per-column rules"),
         reveals ? QStringLiteral("REVEALS: girls %1, boys %2 (the target is a girl)")
                       .arg(answer["female"], answer["male"])
                 : QStringLiteral("closed: both %1").arg(answer["female"]));
    QVERIFY2(!reveals, qPrintable(answer["female"] + QStringLiteral(" / ") + answer["male"]));
}

void tst_AttacksRedteam2::productHonestWork()
{
    // Honest: w ~ score * v over the girls, the boys and every record of the clean copy; on the
    // demo cohort birth_weight_g ~ gestational_age_weeks * maternal_age and
    // parental_stress ~ maternal_age * breastfeeding_months (Gaussian), round 1.
    const QString token = m_tokens[QStringLiteral("ann")];
    QStringList refused;
    for (const std::string sex : { "female", "male", "" }) {
        std::vector<analysis::Filter> filters;
        if (!sex.empty())
            filters = { among("sex", { sex }) };
        auto d = design("w", analysis::Family::Gaussian, { asIs("score"), asIs("v") }, filters);
        d.spec.interactions = { { "score", "v" } };
        const Reply r = roundOneAlone(m_node, token, QStringLiteral("productclean"), d);
        if (!roundStats(r))
            refused << QStringLiteral("w ~ score * v (%1): %2")
                           .arg(QString::fromStdString(sex), r.describe());
    }
    const std::vector<std::tuple<std::string, std::string, std::string>> demo {
        { "birth_weight_g", "gestational_age_weeks", "maternal_age" },
        { "parental_stress", "maternal_age", "breastfeeding_months" },
    };
    for (const auto &[y, a, b] : demo) {
        auto d = design(y, analysis::Family::Gaussian, { asIs(a), asIs(b) });
        d.spec.interactions = { { a, b } };
        const Reply r = roundOneAlone(m_node, token, QStringLiteral("demofit"), d);
        qInfo("%s ~ %s * %s: %s", y.c_str(), a.c_str(), b.c_str(),
              roundStats(r) ? "released" : qPrintable(r.describe()));
        if (!roundStats(r))
            refused << QString::fromStdString(y + " ~ " + a + " * " + b + ": ") + r.describe();
    }
    note(QStringLiteral("honest: numeric x numeric interactions"),
         refused.isEmpty() ? QStringLiteral("all released") : refused.join(QStringLiteral("; ")));
    QVERIFY2(refused.isEmpty(), qPrintable(refused.join(QLatin1Char('\n'))));
}

// ---- the next attack: a binary level filter written as a number --------------------------------

void tst_AttacksRedteam2::binaryFilterWrittenAsANumber()
{
    // Attack. Round 1 of v ~ score + y over every record: XᵀX gives Σ score over y = 1. Then the
    // moments of score over y = 1 and the complete cases of w: Σ score over the same records but
    // the group without w, whose only record with y = 1 is the target (score 37). The node holds a
    // description's sums over a level filter's levels in the fit ledger (`sumsByFilter`) and its
    // level counts as joint cells of the filter (`crossedByFilter`), coding the filter's values as
    // level names: a binary's value written "1.0" (which the cohort reads as 1, and the catalogue
    // check accepts as a number) matched no code, so neither was recorded.
    const QString token = m_tokens[QStringLiteral("eve")];
    QStringList outcomes;
    bool reveals = false;
    for (const auto &[dataset, level] :
         { std::pair { QStringLiteral("binplain"), std::string("1") },
           std::pair { QStringLiteral("binfloat"), std::string("1.0") } }) {
        const Reply fit
            = roundOneAlone(m_node, token, dataset,
                            design("v", analysis::Family::Gaussian, { asIs("score"), asIs("y") }));
        const auto stats = roundStats(fit);
        QVERIFY2(stats, qPrintable(fit.describe()));
        Describe q;
        q.dataset = dataset;
        q.filters = { among("y", { level }) };
        q.completeCases = { QStringLiteral("w") };
        q.variables = { variable(QStringLiteral("score")) };
        const Reply r = m_node.post("/v1/descriptives", token, describeBody(q));
        const auto d = described(r);
        QString outcome = d ? QStringLiteral("released") : r.code;
        if (d && d->numeric.size() == 1) {
            const double described
                = d->numeric.front().moments.mean * d->numeric.front().moments.count;
            const double group = upper(*stats, 1, 2) - described;
            outcome += QStringLiteral(" (the group's Σ score over y = 1: %1)").arg(group);
            reveals = reveals || std::abs(group - 37) < 1e-6;
        }
        qInfo("y = \"%s\": %s", level.c_str(), qPrintable(outcome));
        outcomes << QStringLiteral("y = \"%1\": %2").arg(QString::fromStdString(level), outcome);
    }
    note(QStringLiteral("a binary level filter written \"1.0\" (the fit ledger's sums)"),
         reveals ? QStringLiteral("REVEALS: the target's score 37 (%1)")
                       .arg(outcomes.join(QStringLiteral("; ")))
                 : QStringLiteral("closed: %1").arg(outcomes.join(QStringLiteral("; "))));
    QVERIFY2(!reveals, qPrintable(outcomes.join(QStringLiteral("; "))));
}

// ---- item 2: three releases of one subgroup evaluation -----------------------------------------

void tst_AttacksRedteam2::subgroupCellsLessTheCohortGiveTheOtherCell()
{
    // Attack: fit y ~ score (binomial) to its end, then one evaluation of it by sex. The response
    // holds the cohort's bins and each released cell's, each merged on its own until every bin
    // holds min_cell of each class. The girls (60 at each score) and the cohort keep a bin per
    // score; the boys' cell (61 records, 1-6 per score) is merged into a few wide bins. A released
    // bin's Σp / n is its mean risk: a bin whose mean is exactly the model's risk at score k holds
    // only records of score k (the attacker knows β). So the cohort's bin at k less the girls' is
    // the boys' count and events at k, which the boys' own merged bins never released: the only
    // boy with score 7 had y = 1.
    const QString token = m_tokens[QStringLiteral("eve")];
    auto d = design("y", analysis::Family::Binomial, { asIs("score") });
    QString jobId;
    const auto beta = fitAlone(m_node, token, QStringLiteral("subgroup"), d, &jobId);
    QVERIFY2(beta && beta->size() == 2, "the honest fit of y ~ score was refused");
    protocol::StudyEvaluationRequest request;
    request.purpose = QStringLiteral("research");
    request.jobId = jobId;
    request.bins = analysis::evaluationGridBins;
    request.subgroup = QStringLiteral("sex");
    const Reply r
        = m_node.post("/v1/evaluations", token, protocol::canonicalJson(protocol::toJson(request)));
    const auto e = protocol::fromJson<protocol::EvaluationResponse>(r.json);
    QVERIFY2(r.status == 200 && e, qPrintable(r.describe()));
    const analysis::PerformanceBins *girls = nullptr;
    QStringList cells;
    for (const protocol::SubgroupCell &c : e->subgroups) {
        cells << c.level
                + (c.withheld ? QStringLiteral(" withheld (") + c.rule + u')'
                              : QStringLiteral(" released"));
        if (c.level == QStringLiteral("female") && !c.withheld)
            girls = &c.bins;
    }
    auto occupied = [](const analysis::PerformanceBins &bins) {
        int n = 0;
        for (int b = 0; b < bins.bins; ++b)
            n += bins.positives[std::size_t(b)] + bins.negatives[std::size_t(b)] > 0 ? 1 : 0;
        return n;
    };
    cells << QStringLiteral("cohort %1 bins").arg(occupied(e->bins));
    for (const protocol::SubgroupCell &c : e->subgroups) {
        if (!c.withheld)
            cells << QStringLiteral("%1 %2 bins").arg(c.level).arg(occupied(c.bins));
    }
    qInfo("evaluation by sex: %s", qPrintable(cells.join(u", ")));
    // Per score: the released bin whose mean risk is the model's risk there (count, events).
    auto atScore = [&](const analysis::PerformanceBins &bins,
                       int k) -> std::optional<std::pair<double, double>> {
        const double risk = 1.0 / (1.0 + std::exp(-((*beta)[0] + (*beta)[1] * k)));
        for (int b = 0; b < bins.bins; ++b) {
            const double n = bins.positives[std::size_t(b)] + bins.negatives[std::size_t(b)];
            if (n > 0 && std::abs(bins.sumRisk[std::size_t(b)] / n - risk) < 1e-9)
                return std::pair { n, bins.positives[std::size_t(b)] };
        }
        return std::nullopt;
    };
    const auto rows = subgroupRows();
    QStringList found;
    bool target = false;
    for (int k = 0; k <= 10 && girls; ++k) {
        const auto all = atScore(e->bins, k);
        const auto g = atScore(*girls, k);
        if (!all || !g)
            continue;
        const double boys = all->first - g->first, events = all->second - g->second;
        double truthBoys = 0, truthEvents = 0;
        for (const Row &row : rows) {
            if (row.sex == "male" && row.score == k) {
                truthBoys += 1;
                truthEvents += row.y;
            }
        }
        if (boys >= 1 && boys < 10 && boys == truthBoys && events == truthEvents) {
            found << QStringLiteral("score %1: %2 boys, %3 events").arg(k).arg(boys).arg(events);
            target = target || (k == 7 && boys == 1 && events == 1);
        }
    }
    qInfo("the boys' cells by difference: %s", qPrintable(found.join(u"; ")));
    note(QStringLiteral("one evaluation by sex: the cohort's bins less the girls'"),
         found.isEmpty()
             ? QStringLiteral("closed: no score's boys by difference (%1)")
                   .arg(cells.join(QStringLiteral(", ")))
             : QStringLiteral("REVEALS: %1 groups of 1-9 boys%2 (%3)")
                   .arg(found.size())
                   .arg(target ? QStringLiteral(", the only boy of score 7 had y = 1") : QString())
                   .arg(found.mid(0, 3).join(QStringLiteral("; "))));
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral("; "))));
}

QTEST_GUILESS_MAIN(tst_AttacksRedteam2)
#include "tst_attacks_redteam2.moc"

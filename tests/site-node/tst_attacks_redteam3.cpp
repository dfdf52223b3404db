// SPDX-License-Identifier: GPL-3.0-or-later
// Rule 1, the open items of the red team of the eighth session and of the fourth review, as the
// ninth session took them up (docs/privacy-rules.md, "The red team of the ninth session"): each a
// planted record in a synthetic dataset written by the test, a real fairstart-node over TLS, the
// hostile requests and the value they would reveal; and the honest work beside them.
#include "fairstart/protocol/codec.h"

#include "attacksupport.h"
#include "nodeprocess.h"
#include "peering.h"
#include "studyrelay.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
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

// One synthetic record (SyntheticRow: sex, place, score, w, y, year) with a count and a numeric
// 0/1. Its CSV adds `age`, the age in the year 2021, a second period that follows the year of
// birth exactly.
struct Row : SyntheticRow {
    double c = 0; // a count
    double z = 0; // 0 or 1, numeric
};

QByteArray schemaJson()
{
    QJsonObject columns;
    columns.insert(QStringLiteral("record_id"), schemaColumn(QStringLiteral("id")));
    columns.insert(QStringLiteral("sex"), categoricalColumn({ "female", "male" }));
    columns.insert(QStringLiteral("place"), categoricalColumn({ "B", "C", "D" }));
    for (const char *numeric : { "score", "w", "year", "age", "c", "z" })
        columns.insert(QLatin1String(numeric), schemaColumn(QStringLiteral("numeric")));
    columns.insert(QStringLiteral("y"), schemaColumn(QStringLiteral("binary")));
    columns.insert(QStringLiteral("consent_research"), consentColumn(QStringLiteral("research")));
    return schemaDocument(columns, QStringLiteral("Red team 3 synthetic records"));
}

QByteArray csvOf(const std::vector<Row> &rows)
{
    QByteArray out = "record_id,sex,place,score,w,y,year,age,c,z,consent_research\n";
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Row &r = rows[i];
        out += QByteArray::number(qint64(300000 + i)) + ',' + QByteArray::fromStdString(r.sex) + ','
            + QByteArray::fromStdString(r.place) + ',' + QByteArray::number(r.score, 'g', 10) + ','
            + QByteArray::fromStdString(r.w) + ',' + QByteArray::number(r.y) + ','
            + QByteArray::number(r.year) + ',' + QByteArray::number(2021 - r.year) + ','
            + QByteArray::number(r.c, 'g', 10) + ',' + QByteArray::number(r.z, 'g', 10) + ",1\n";
    }
    return out;
}

// Ordinary records (ordinaryRows), counts 0..4 (z = 0 throughout).
std::vector<Row> ordinary(int count)
{
    std::vector<Row> rows = ordinaryRows<Row>(count);
    for (int j = 0; j < count; ++j)
        rows[std::size_t(j)].c = double(j % 5);
    return rows;
}

// 1050 ordinary records; a group of `size` in place C misses w (nothing else marks it). The
// group's first record, the target, is its only child born in `targetYear`, with y = 1; of the
// others (born 2018) the first `ones` have y = 1, the rest y = 0.
std::vector<Row> groupRows(int targetYear, int size = 12, int ones = 0)
{
    auto rows = ordinary(1050);
    markGroup(rows, "C", size, [&](Row &r, int group) {
        r.w.clear();
        r.year = group == 0 ? targetYear : 2018;
        r.y = group == 0 || group <= ones ? 1 : 0;
    });
    return rows;
}

// 1000 ordinary records; a group of 12 misses w; all of them have y = 0 but one, the target,
// with y = 1 and score 37 (tst_attacks_redteam2 binaryRows).
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

// 1200 ordinary records, of which 60 in place D have z = 1 (30 girls, 30 boys) and a count of 0,
// but one girl there, the target, with a count of 3: along z the counts of the boys are zero on
// one side (no Poisson estimate of z exists over them), of the girls not, because of her.
std::vector<Row> poissonRows(bool planted)
{
    auto rows = ordinary(1200);
    int girls = 0, boys = 0;
    for (Row &r : rows) {
        if (r.place != "D")
            continue;
        int &n = r.sex == "female" ? girls : boys;
        if (n >= 30)
            continue;
        r.z = 1;
        r.c = planted && r.sex == "female" && n == 0 ? 3 : 0;
        ++n;
    }
    return rows;
}

// 1200 ordinary records; every record of place B has a count of 0 but one girl there, the target,
// with 2: the reference level of factor(place) holds her as its only positive count.
std::vector<Row> referenceRows()
{
    auto rows = ordinary(1200);
    bool planted = false;
    for (Row &r : rows) {
        if (r.place != "B")
            continue;
        r.c = !planted && r.sex == "female" ? 2 : 0;
        planted = planted || r.c > 0;
    }
    return rows;
}

} // namespace

class tst_AttacksRedteam3 : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    // Item 1: the period over a level filter, its moments and its histogram's tails.
    void momentsOfThePeriodOverALevelFilter();
    void tailsOfThePeriodHistogramOverALevelFilter();
    // Item 2: the level filter written as a numeric range; a numeric filter on another period.
    void binaryFilterWrittenAsARangeHistograms();
    void binaryFilterWrittenAsARangeSums();
    void levelCountsOverAFilterOnAnotherPeriod();
    void honestPeriodWork();
    // Item 3: two histograms of the period over level filters on two cohorts.
    void periodHistogramsOverTwoCohorts();
    // Item 4: Poisson separation.
    void poissonZeroCountsAlongOneSide();
    void poissonZeroCountsAtAReferenceLevel();

private:
    QString importRows(const QString &dataset, const std::vector<Row> &rows);
    QString studyAnswer(const QString &dataset, const analysis::ResolvedDesign &d,
                        std::vector<double> *beta = nullptr)
    {
        return testsupport::attacks::studyAnswer(m_node, m_tokens[QStringLiteral("eve")], dataset,
                                                 d, beta);
    }

    QTemporaryDir m_dir;
    QString m_schema;
    NodeProcess m_node;
    std::map<QString, QString> m_tokens;
};

QString tst_AttacksRedteam3::importRows(const QString &dataset, const std::vector<Row> &rows)
{
    return importCsvText(m_node, m_dir, dataset, csvOf(rows), m_schema);
}

void tst_AttacksRedteam3::initTestCase()
{
    VERIFY_NO_ERROR(startAttackedNode(m_node, m_dir, QStringLiteral("Red team 3 node")));
    m_schema = m_dir.filePath(QStringLiteral("redteam3.schema.json"));
    VERIFY_NO_ERROR(writeSetupFile(m_schema, schemaJson()));
    VERIFY_NO_ERROR(importRows(QStringLiteral("moments"), groupRows(2014)));
    VERIFY_NO_ERROR(importRows(QStringLiteral("tails"), groupRows(2014)));
    VERIFY_NO_ERROR(importRows(QStringLiteral("range"), groupRows(2016)));
    VERIFY_NO_ERROR(importRows(QStringLiteral("rangesums"), binaryRows()));
    for (const char *name : { "age", "agefirst" })
        VERIFY_NO_ERROR(importRows(QLatin1String(name), groupRows(2016)));
    VERIFY_NO_ERROR(importRows(QStringLiteral("honest"), ordinary(1050)));
    VERIFY_NO_ERROR(importRows(QStringLiteral("twocohorts"), groupRows(2016, 24, 11)));
    VERIFY_NO_ERROR(importRows(QStringLiteral("poisson"), poissonRows(true)));
    VERIFY_NO_ERROR(importRows(QStringLiteral("poissonclean"), poissonRows(false)));
    VERIFY_NO_ERROR(importRows(QStringLiteral("poissonref"), referenceRows()));
    VERIFY_NO_ERROR(researchTokens(m_node, { "ann", "eve" }, m_tokens));
    VERIFY_NO_ERROR(serveWithColluder(m_node, m_tokens[QStringLiteral("ann")]));
}

void tst_AttacksRedteam3::cleanupTestCase()
{
    m_node.stop();
    printOutcomes();
}

void tst_AttacksRedteam3::cleanup()
{
    VERIFY_NO_ERROR(takeFailures());
}

// Every released cell of year × y of a trend: (year, level) -> count.
static std::map<std::pair<int, int>, double> trendCells(const Reply &reply)
{
    std::map<std::pair<int, int>, double> out;
    const auto a = described(reply);
    if (!a || a->trends.size() != 1)
        return out;
    const protocol::ReleasedTable &t = a->trends.front();
    for (qsizetype row = 0; row < t.rowLevels.size(); ++row) {
        for (qsizetype c = 0; c < t.columnLevels.size(); ++c) {
            const auto &cell = t.counts[row * t.columnLevels.size() + c];
            if (cell)
                out[{ t.rowLevels[row].toInt(), t.columnLevels[c].toInt() }] = double(*cell);
        }
    }
    return out;
}

// ---- item 1: the period over a level filter: moments and tails -------------------------------

void tst_AttacksRedteam3::momentsOfThePeriodOverALevelFilter()
{
    // Attack. The trend of y by year over every record (every cell released); then the moments
    // of year (no histogram) over the complete cases of w with y = 1. The trend's y = 1 column
    // gives the count and Σ year of every record with y = 1; less the description's count and
    // count · mean, they are the count and Σ year of the group without w with y = 1: one record,
    // born 2014 — the group's only child of 2014 (the target) has y = 1. Redteam2 made a period's
    // *bins* over a level filter trend cells; the moments are a sum over every period.
    const QString dataset = QStringLiteral("moments");
    const QString token = m_tokens[QStringLiteral("eve")];
    const Reply trend = trendOverAll(m_node, dataset, token);
    const auto cells = trendCells(trend);
    QVERIFY2(!cells.empty(), qPrintable(trend.describe()));
    Describe q;
    q.dataset = dataset;
    q.filters = { among("y", { "1" }) };
    q.completeCases = { QStringLiteral("w") };
    q.variables = { variable(QStringLiteral("year")) };
    const Reply r = m_node.post("/v1/descriptives", token, describeBody(q));
    const auto d = described(r);
    qInfo("moments of year over y = 1 and the complete cases of w: %s",
          d ? "released" : qPrintable(r.describe()));
    QString outcome = d ? QStringLiteral("released") : r.code;
    bool reveals = false;
    if (d && d->numeric.size() == 1) {
        double count = 0, sum = 0;
        for (const auto &[cell, n] : cells) {
            if (cell.second == 1) {
                count += n;
                sum += n * cell.first;
            }
        }
        const auto &m = d->numeric.front().moments;
        const double groupCount = count - m.count;
        const double groupSum = sum - m.count * m.mean;
        outcome += QStringLiteral(": the group holds %1 record(s) with y = 1, Σ year %2")
                       .arg(groupCount)
                       .arg(groupSum, 0, 'f', 3);
        reveals = std::abs(groupCount - 1) < 1e-6 && std::abs(groupSum - 2014) < 1e-3;
    }
    if (reveals)
        stillWorks(QStringLiteral("the trend, then the moments of year over y = 1 (complete w)"),
                   outcome + QStringLiteral(": the group's only 2014 child has y = 1"));
    else
        note(QStringLiteral("the trend, then the moments of year over y = 1 (complete w)"),
             QStringLiteral("closed: ") + outcome);
    QVERIFY2(!reveals, qPrintable(outcome));
}

void tst_AttacksRedteam3::tailsOfThePeriodHistogramOverALevelFilter()
{
    // Attack. The trend of y by year over every record, then histograms of year over the
    // complete cases of w with y = 1 and with y = 0. The node's canonical bins start at 2015 (the
    // 2014 records are the lower tail), so the trend cells that the bins are checked as leave out
    // 2014; the tails are released as the cohort's count less the bins. The trend's cells outside
    // the bins less the tails: the group's records there by y — its only one, born 2014, y = 1.
    const QString dataset = QStringLiteral("tails");
    const QString token = m_tokens[QStringLiteral("eve")];
    const Reply trend = trendOverAll(m_node, dataset, token);
    const auto cells = trendCells(trend);
    QVERIFY2(!cells.empty(), qPrintable(trend.describe()));
    std::map<int, std::optional<double>> groupTail;
    QStringList codes;
    for (const int level : { 1, 0 }) {
        Describe q;
        q.dataset = dataset;
        q.filters = { among("y", { std::to_string(level) }) };
        q.completeCases = { QStringLiteral("w") };
        q.variables = { variable(QStringLiteral("year"), { { -1e9, 1e9 } }) };
        const Reply r = m_node.post("/v1/descriptives", token, describeBody(q));
        const auto d = described(r);
        codes
            << QStringLiteral("y = %1: %2").arg(level).arg(d ? QStringLiteral("released") : r.code);
        qInfo("histogram of year over y = %d (complete w): %s", level,
              d ? "released" : qPrintable(r.describe()));
        if (!d || d->numeric.size() != 1 || d->numeric.front().histograms.isEmpty())
            continue;
        const auto &h = d->numeric.front().histograms.front();
        double bins = 0;
        for (double n : h.counts)
            bins += n;
        const double tails = d->numeric.front().moments.count - bins;
        double outside = 0; // the trend's cells of this level outside the bins' range
        for (const auto &[cell, n] : cells) {
            if (cell.second == level
                && (cell.first < h.edges.front() || cell.first > h.edges.back()))
                outside += n;
        }
        groupTail[level] = outside - tails;
        qInfo("  bins %s .. %s, tails %g, trend outside %g",
              qPrintable(QString::number(h.edges.front())),
              qPrintable(QString::number(h.edges.back())), tails, outside);
    }
    const bool reveals = groupTail[1] && groupTail[0] && *groupTail[1] == 1 && *groupTail[0] == 0;
    const QString attack = QStringLiteral("the trend, then the tails of year's histograms over "
                                          "y = 1 / y = 0 (complete w)");
    if (reveals)
        stillWorks(attack,
                   QStringLiteral("the group's records outside the bins: 1 with y = 1, 0 with "
                                  "y = 0 — its only 2014 child has y = 1"));
    else
        note(attack, QStringLiteral("closed: ") + codes.join(QStringLiteral(", ")));
    QVERIFY2(!reveals, qPrintable(codes.join(QStringLiteral(", "))));
}

// ---- item 2: the level filter written as a range; a filter on another period ------------------

void tst_AttacksRedteam3::binaryFilterWrittenAsARangeHistograms()
{
    // Attack. tst_attacks_redteam2 trendRowByHistogramsBinaryAsNumber with the binary filter
    // written as a numeric range (y from 1 to 1, y from 0 to 0): a binary is no numeric variable
    // to the filter-bound rule (its filters select whole categories), and every crossing of a
    // level filter (Rule 2's joint cells, a description's sums in the fit ledger, a period's bins
    // as trend cells) read the filter's value list only.
    const QString dataset = QStringLiteral("range");
    const QString token = m_tokens[QStringLiteral("eve")];
    const Reply trend = trendOverAll(m_node, dataset, token);
    const auto cells = trendCells(trend);
    QVERIFY2(!cells.empty(), qPrintable(trend.describe()));
    std::map<int, std::optional<double>> group2016;
    QStringList codes;
    for (const int level : { 1, 0 }) {
        Describe q;
        q.dataset = dataset;
        q.filters = { range("y", level, level) };
        q.completeCases = { QStringLiteral("w") };
        q.variables = { variable(QStringLiteral("year"), { { -1e9, 1e9 } }) };
        const Reply r = m_node.post("/v1/descriptives", token, describeBody(q));
        const auto d = described(r);
        codes << QStringLiteral("y in [%1, %1]: %2")
                     .arg(level)
                     .arg(d ? QStringLiteral("released") : r.code);
        qInfo("histogram of year over y in [%d, %d] (complete w): %s", level, level,
              d ? "released" : qPrintable(r.describe()));
        if (const auto bin = yearBin2016(r); bin && cells.count({ 2016, level }))
            group2016[level] = cells.at({ 2016, level }) - *bin;
    }
    const bool reveals = group2016[1] && group2016[0] && *group2016[1] == 1 && *group2016[0] == 0;
    const QString attack = QStringLiteral(
        "the trend, then histograms of year over y in [1, 1] / [0, 0] (complete w)");
    if (reveals)
        stillWorks(attack,
                   QStringLiteral("2016 x 0 = 0, 2016 x 1 = 1: the group's only 2016 "
                                  "child has y = 1"));
    else
        note(attack, QStringLiteral("closed: ") + codes.join(QStringLiteral(", ")));
    QVERIFY2(!reveals, qPrintable(codes.join(QStringLiteral(", "))));
}

void tst_AttacksRedteam3::binaryFilterWrittenAsARangeSums()
{
    // Attack. tst_attacks_redteam2 binaryFilterWrittenAsANumber with y from 1 to 1: round 1 of
    // v ~ score + y over every record (XᵀX: Σ score over y = 1), then the moments of score over
    // y in [1, 1] and the complete cases of w: the group without w holds one record with y = 1,
    // the target, score 37.
    const QString dataset = QStringLiteral("rangesums");
    const QString token = m_tokens[QStringLiteral("eve")];
    const Reply fit
        = roundOneAlone(m_node, token, dataset,
                        design("c", analysis::Family::Gaussian, { asIs("score"), asIs("y") }));
    const auto stats = roundStats(fit);
    QVERIFY2(stats, qPrintable(fit.describe()));
    Describe q;
    q.dataset = dataset;
    q.filters = { range("y", 1, std::nullopt) };
    q.completeCases = { QStringLiteral("w") };
    q.variables = { variable(QStringLiteral("score")) };
    const Reply r = m_node.post("/v1/descriptives", token, describeBody(q));
    const auto d = described(r);
    QString outcome = d ? QStringLiteral("released") : r.code;
    bool reveals = false;
    if (d && d->numeric.size() == 1) {
        const double group = upper(*stats, 1, 2)
            - d->numeric.front().moments.mean * d->numeric.front().moments.count;
        outcome += QStringLiteral(" (the group's Σ score over y = 1: %1)").arg(group);
        reveals = std::abs(group - 37) < 1e-6;
    }
    qInfo("moments of score over y >= 1 (complete w): %s", qPrintable(outcome));
    const QString attack = QStringLiteral("round 1 of c ~ score + y, then the moments of score "
                                          "over y >= 1 (complete w)");
    if (reveals)
        stillWorks(attack, outcome + QStringLiteral(": the target's score"));
    else
        note(attack, QStringLiteral("closed: ") + outcome);
    QVERIFY2(!reveals, qPrintable(outcome));
}

void tst_AttacksRedteam3::levelCountsOverAFilterOnAnotherPeriod()
{
    // Attack. tst_attacks_redteam trendRowThroughCompleteCases with the period filter written on
    // another period: age (in 2021) follows the year of birth exactly, so the children aged 5 to
    // 6 are those born in 2015 and 2016. The trend of y by year over every record, then y's
    // level counts over the complete cases of w aged 5 to 6 (a numeric filter at the node's
    // edges, both bounds included): the trend's 2015 and 2016 rows less them are the group's
    // (none born 2015, one in 2016). Level counts over a filter on a period were trend rows of
    // *that* period's family only (age × y), which no trend of year × y is checked against.
    // Both orders: the trend first, and the counts first (dataset agefirst).
    const QString token = m_tokens[QStringLiteral("eve")];
    QStringList outcomes;
    bool reveals = false;
    for (const bool trendFirst : { true, false }) {
        const QString dataset = trendFirst ? QStringLiteral("age") : QStringLiteral("agefirst");
        std::optional<Reply> trend;
        if (trendFirst)
            trend = trendOverAll(m_node, dataset, token);
        Describe q;
        q.dataset = dataset;
        q.filters = { range("age", 5, 6) };
        q.completeCases = { QStringLiteral("w") };
        q.variables = { variable(QStringLiteral("y")) };
        const Reply r = m_node.post("/v1/descriptives", token, describeBody(q));
        if (!trendFirst)
            trend = trendOverAll(m_node, dataset, token);
        const auto cells = trendCells(*trend);
        const auto d = described(r);
        qInfo("y over age 5..6 (complete w), %s: %s; the trend: %s",
              trendFirst ? "after the trend" : "before the trend",
              d ? "released" : qPrintable(r.describe()),
              cells.empty() ? qPrintable(trend->describe()) : "released");
        QString outcome
            = QStringLiteral("%1: counts %2, trend %3")
                  .arg(trendFirst ? QStringLiteral("trend first") : QStringLiteral("counts first"),
                       d ? QStringLiteral("released") : r.code,
                       cells.empty() ? trend->code : QStringLiteral("released"));
        if (d && d->categorical.size() == 1 && !cells.empty()) {
            std::map<int, double> counts;
            for (const protocol::CatalogueLevel &level : d->categorical.front().levels) {
                if (level.count)
                    counts[level.name.toInt()] = double(*level.count);
            }
            double trend0 = 0, trend1 = 0;
            for (const int year : { 2015, 2016 }) {
                trend0 += cells.count({ year, 0 }) ? cells.at({ year, 0 }) : std::nan("");
                trend1 += cells.count({ year, 1 }) ? cells.at({ year, 1 }) : std::nan("");
            }
            if (counts.count(0) && counts.count(1)) {
                const double g0 = trend0 - counts[0];
                const double g1 = trend1 - counts[1];
                outcome += QStringLiteral(" (the group's 2015-2016 x 0 = %1, x 1 = %2)")
                               .arg(g0)
                               .arg(g1);
                reveals = reveals || (g0 == 0 && g1 == 1);
            }
        }
        outcomes << outcome;
    }
    const QString attack
        = QStringLiteral("the trend of y by year and y's counts over age 5..6 (complete w)");
    if (reveals)
        stillWorks(attack,
                   outcomes.join(QStringLiteral("; "))
                       + QStringLiteral(": the group's only 2016 child has y = 1"));
    else
        note(attack, QStringLiteral("closed: ") + outcomes.join(QStringLiteral("; ")));
    QVERIFY2(!reveals, qPrintable(outcomes.join(QStringLiteral("; "))));
}

void tst_AttacksRedteam3::honestPeriodWork()
{
    // Honest work on ordinary records: the trend of y by year over every record, then the year
    // described (moments and histogram) over y = 1 and y = 0 of every record, y's counts over
    // age 3..5 and over year 2016..2018, and the same year description over y in [1, 1] (the
    // range the node now reads as the level).
    const QString dataset = QStringLiteral("honest");
    const QString token = m_tokens[QStringLiteral("ann")];
    QStringList refused;
    const Reply trend = trendOverAll(m_node, dataset, token);
    if (!described(trend))
        refused << QStringLiteral("trend: ") + trend.describe();
    auto ask = [&](const QString &what, const Describe &q) {
        const Reply r = m_node.post("/v1/descriptives", token, describeBody(q));
        if (!described(r))
            refused << what + QStringLiteral(": ") + r.describe();
        qInfo("honest %s: %s", qPrintable(what),
              described(r) ? "released" : qPrintable(r.describe()));
    };
    for (const char *level : { "1", "0" }) {
        Describe q;
        q.dataset = dataset;
        q.filters = { among("y", { level }) };
        q.variables = { variable(QStringLiteral("year"), { { -1e9, 1e9 } }),
                        variable(QStringLiteral("score")) };
        ask(QStringLiteral("year and score over y = %1").arg(QLatin1String(level)), q);
        q.filters = { range("y", std::atof(level), std::atof(level)) };
        ask(QStringLiteral("year and score over y in [%1, %1]").arg(QLatin1String(level)), q);
    }
    {
        Describe q;
        q.dataset = dataset;
        q.filters = { range("age", 3, 5) };
        q.variables = { variable(QStringLiteral("y")), variable(QStringLiteral("sex")) };
        ask(QStringLiteral("y and sex over age 3..5"), q);
        q.filters = { range("year", 2016, 2018) };
        ask(QStringLiteral("y and sex over year 2016..2018"), q);
        q.filters = { among("sex", { "female" }) };
        q.variables = { variable(QStringLiteral("year")), variable(QStringLiteral("y")) };
        ask(QStringLiteral("year and y over the girls"), q);
    }
    note(QStringLiteral("honest: trend, then the period and y over levels and period ranges"),
         refused.isEmpty() ? QStringLiteral("all released") : refused.join(QStringLiteral("; ")));
    QVERIFY2(refused.isEmpty(), qPrintable(refused.join(QLatin1Char('\n'))));
}

// ---- item 3: two histograms of the period over level filters on two cohorts -------------------

void tst_AttacksRedteam3::periodHistogramsOverTwoCohorts()
{
    // Attack, no trend needed. A group of 24 records misses w (12 with y = 1, 12 with y = 0: each
    // class of it passes every count rule); its only child born in 2016, the target, has y = 1,
    // the others were born in 2018. Histograms of year over y = 1 and over y = 0, each over every
    // record and over the complete cases of w: each bin of the first less the second is the
    // group's bin of that class; the 2016 bins give 2016 × 1 = 1, 2016 × 0 = 0.
    const QString dataset = QStringLiteral("twocohorts");
    const QString token = m_tokens[QStringLiteral("eve")];
    std::map<int, std::optional<double>> group2016;
    QStringList codes;
    for (const int level : { 1, 0 }) {
        std::optional<double> bin[2];
        for (const bool complete : { false, true }) {
            Describe q;
            q.dataset = dataset;
            q.filters = { among("y", { std::to_string(level) }) };
            if (complete)
                q.completeCases = { QStringLiteral("w") };
            q.variables = { variable(QStringLiteral("year"), { { -1e9, 1e9 } }) };
            const Reply r = m_node.post("/v1/descriptives", token, describeBody(q));
            codes << QStringLiteral("y = %1%2: %3")
                         .arg(level)
                         .arg(complete ? QStringLiteral(" (complete w)") : QString())
                         .arg(described(r) ? QStringLiteral("released") : r.code);
            bin[complete ? 1 : 0] = yearBin2016(r);
        }
        if (bin[0] && bin[1])
            group2016[level] = *bin[0] - *bin[1];
    }
    qInfo("%s", qPrintable(codes.join(QStringLiteral(", "))));
    const bool reveals = group2016[1] && group2016[0] && *group2016[1] == 1 && *group2016[0] == 0;
    const QString attack = QStringLiteral("histograms of year over y = 1 / y = 0, over every "
                                          "record and over the complete cases of w");
    if (reveals)
        stillWorks(attack,
                   QStringLiteral("2016 x 0 = 0, 2016 x 1 = 1, the group's only 2016 child has "
                                  "y = 1"));
    else
        note(attack, QStringLiteral("closed: ") + codes.join(QStringLiteral(", ")));
    // Closed by redteam4 (docs/privacy-rules.md, "The red team of the tenth session"): the
    // histograms over the complete cases of w are released without bins (their moments are).
    QVERIFY2(!reveals, qPrintable(codes.join(QStringLiteral(", "))));
}

// ---- item 4: Poisson separation ----------------------------------------------------------------

void tst_AttacksRedteam3::poissonZeroCountsAlongOneSide()
{
    // Attack. A Poisson estimate exists only if no direction of the linear predictor falls to
    // -inf on records with count 0 alone: with a numeric 0/1 z, every record with z = 1 having a
    // count of 0 makes the estimate of z -inf (the fit drifts, or stops at a huge negative β).
    // 60 records of place D have z = 1 and a count of 0, but one girl, the target, with 3. The
    // study c ~ score + z over the girls and over the boys: whether it ends, and how, tells which
    // side holds her (her sex), one study each (the binomial `separation` round rule does not
    // look at a Poisson fit).
    const QString dataset = QStringLiteral("poisson");
    std::map<std::string, QString> answer;
    for (const std::string sex : { "female", "male" }) {
        std::vector<double> beta;
        answer[sex] = studyAnswer(dataset,
                                  design("c", analysis::Family::Poisson,
                                         { asIs("score"), asIs("z") }, { among("sex", { sex }) }),
                                  &beta);
        if (beta.size() == 3)
            answer[sex] += QStringLiteral(" (β of z %1)").arg(beta[2], 0, 'f', 2);
        qInfo("c ~ score + z over %s: %s", sex.c_str(), qPrintable(answer[sex]));
    }
    // The bit: a finite estimate of z (she is there) against none or one far below any count's
    // (log of a rate under 1e-4).
    auto kind = [](const QString &a) {
        static const QRegularExpression beta(QStringLiteral("β of z (-?[0-9.]+)"));
        const auto m = beta.match(a);
        if (m.hasMatch())
            return m.captured(1).toDouble() < -9 ? QStringLiteral("diverged")
                                                 : QStringLiteral("finite");
        return a;
    };
    const QString attack = QStringLiteral("Poisson c ~ score + z over the girls and over the boys "
                                          "(one girl is the only count > 0 with z = 1)");
    const bool reveals = kind(answer["female"]) != kind(answer["male"]);
    if (reveals)
        stillWorks(attack,
                   QStringLiteral("girls %1, boys %2: the record is a girl")
                       .arg(answer["female"], answer["male"]));
    else
        note(attack,
             QStringLiteral("the same answer for both: %1 / %2")
                 .arg(answer["female"], answer["male"]));
    QVERIFY2(!reveals, qPrintable(answer["female"] + QStringLiteral(" / ") + answer["male"]));

    // Honest work: on the records without the planted count (z = 1 holds only zeros there, so
    // z has no estimate), the Poisson fits c ~ score and c ~ score + sex converge over every
    // record and over each sex.
    for (const std::string sex : { "female", "male", "" }) {
        std::vector<analysis::Filter> filters;
        if (!sex.empty())
            filters = { among("sex", { sex }) };
        QCOMPARE(studyAnswer(QStringLiteral("poissonclean"),
                             design("c", analysis::Family::Poisson, { asIs("score") }, filters)),
                 QStringLiteral("converged"));
    }
    QCOMPARE(studyAnswer(QStringLiteral("poissonclean"),
                         design("c", analysis::Family::Poisson, { asIs("score"), factor("sex") })),
             QStringLiteral("converged"));
}

void tst_AttacksRedteam3::poissonZeroCountsAtAReferenceLevel()
{
    // The next attack on the per-column rule: the zero counts at a factor's *reference* level
    // (place B, the records with no dummy), which no single design column marks. Every count of
    // place B is 0 but the target girl's (2): c ~ score + factor(place) over the girls converges,
    // over the boys the intercept less both dummies drifts to -inf.
    std::map<std::string, QString> answer;
    for (const std::string sex : { "female", "male" }) {
        auto d = design("c", analysis::Family::Poisson, { asIs("score"), factor("place", "B") },
                        { among("sex", { sex }) });
        d.levels["place"] = { "B", "C", "D" };
        answer[sex] = studyAnswer(QStringLiteral("poissonref"), d);
        qInfo("c ~ score + factor(place) over %s: %s", sex.c_str(), qPrintable(answer[sex]));
    }
    const QString attack
        = QStringLiteral("Poisson c ~ score + factor(place) over the girls and the "
                         "boys (one girl is place B's only count > 0)");
    const bool reveals = girlsAndBoysVerdict(attack, answer["female"], answer["male"]);
    QVERIFY2(!reveals, qPrintable(answer["female"] + QStringLiteral(" / ") + answer["male"]));
}

QTEST_GUILESS_MAIN(tst_AttacksRedteam3)
#include "tst_attacks_redteam3.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Rule 1, the open items of the last session (docs/privacy-rules.md, "The red team of the seventh
// session"): each a planted record in a synthetic dataset, a real fairstart-node over TLS, the
// hostile requests and the value they would reveal. Every dataset here is written by the test, so
// that each planted value is chosen exactly (one dataset per attack: one attack's ledger never
// decides another's outcome).
#include "fairstart/protocol/codec.h"

#include "attacksupport.h"
#include "nodeprocess.h"
#include "peering.h"
#include "studyrelay.h"
#include "trendrows.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <csignal>
#include <functional>
#include <map>
#include <optional>

#include <sodium.h>

using namespace fairstart;
using namespace testsupport::attacks;
using testsupport::NodeProcess;
using testsupport::Reply;

namespace {

// One synthetic record (SyntheticRow: sex, place, score, w, y, year) with a band. `v` empty =
// missing.
struct Row : SyntheticRow {
    std::string band = "big";
    std::string v = "1";
};

// The schema of every dataset of this suite.
QByteArray schemaJson()
{
    QJsonObject columns;
    columns.insert(QStringLiteral("record_id"), schemaColumn(QStringLiteral("id")));
    columns.insert(QStringLiteral("sex"), categoricalColumn({ "female", "male" }));
    columns.insert(QStringLiteral("place"), categoricalColumn({ "A", "B", "C", "D" }));
    columns.insert(QStringLiteral("band"), categoricalColumn({ "big", "s1", "s2" }));
    for (const char *numeric : { "score", "w", "v", "year" })
        columns.insert(QLatin1String(numeric), schemaColumn(QStringLiteral("numeric")));
    for (const char *binary : { "y", "b1", "b2" })
        columns.insert(QLatin1String(binary), schemaColumn(QStringLiteral("binary")));
    columns.insert(QStringLiteral("consent_research"), consentColumn(QStringLiteral("research")));
    return schemaDocument(columns, QStringLiteral("Red team synthetic records"));
}

QByteArray csvOf(const std::vector<Row> &rows)
{
    QByteArray out = "record_id,sex,place,band,score,w,v,y,year,b1,b2,consent_research\n";
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Row &r = rows[i];
        out += QByteArray::number(qint64(100000 + i)) + ',' + QByteArray::fromStdString(r.sex) + ','
            + QByteArray::fromStdString(r.place) + ',' + QByteArray::fromStdString(r.band) + ','
            + QByteArray::number(r.score, 'g', 10) + ',' + QByteArray::fromStdString(r.w) + ','
            + QByteArray::fromStdString(r.v) + ',' + QByteArray::number(r.y) + ','
            + QByteArray::number(r.year) + ',' + (r.band == "s1" ? '1' : '0') + ','
            + (r.band == "s2" ? '1' : '0') + ",1\n";
    }
    return out;
}

// Ordinary records (ordinaryRows), band "big", v 1.
std::vector<Row> ordinary(int count, int first = 0)
{
    return ordinaryRows<Row>(count, first);
}

} // namespace

class tst_AttacksRedteam : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void dilutionByAThirdExtremeRevealsSex();
    void interactionWithASmallLevelRevealsTheOutliersLevel();
    void trendRowThroughCompleteCases();
    void fitPiecesOfFiveToNineRecords();
    void trendRowByHistogramsOfThePeriod();

private:
    QString importRows(NodeProcess &node, const QString &dataset, const std::vector<Row> &rows);

    QTemporaryDir m_dir;
    QString m_schema;
    NodeProcess m_node; // the default policy
    NodeProcess m_strict; // min_fit_piece = min_cell
    std::map<QString, QString> m_tokens;
    QString m_strictToken;
    protocol::StudyParticipant m_strictSelf;
};

QString tst_AttacksRedteam::importRows(NodeProcess &node, const QString &dataset,
                                       const std::vector<Row> &rows)
{
    return importCsvText(node, m_dir, dataset, csvOf(rows), m_schema);
}

// ---- the datasets ---------------------------------------------------------------------------

namespace {

// dilute: place A holds 100 girls and 100 boys with the same scores (10..30), and one more girl,
// the target, with a score of 70 (3rd highest at the site: above every ordinary 0..40, below the
// site's two extremes, 160 and 163, held by records of place D).
std::vector<Row> diluteRows(double target)
{
    std::vector<Row> rows;
    for (const char *sex : { "female", "male" }) {
        for (int i = 0; i < 100; ++i) {
            Row r;
            r.sex = sex;
            r.place = "A";
            r.score = 10 + i % 21;
            r.w = std::to_string(3000 + (i * 53) % 400);
            r.y = i % 4 == 0;
            rows.push_back(r);
        }
    }
    Row t;
    t.sex = "female";
    t.place = "A";
    t.score = target;
    t.w = "3210";
    rows.push_back(t);
    auto rest = ordinary(800);
    rows.insert(rows.end(), rest.begin(), rest.end());
    for (const double far : { 160.0, 163.0 }) {
        Row r;
        r.place = "D";
        r.score = far;
        r.w = "3100";
        rows.push_back(r);
    }
    return rows;
}

// inter: 1000 ordinary records; 15 of them have b1 = 1 (band s1), 15 others b2 = 1 (band s2); the
// target, the site's highest score (400, not dominant over the site's 1000 records), has b1 = 1.
std::vector<Row> interRows()
{
    auto rows = ordinary(1000);
    for (int i = 0; i < 15; ++i) {
        rows[std::size_t(10 + i * 7)].band = "s1";
        rows[std::size_t(500 + i * 7)].band = "s2";
    }
    rows[10].score = 400;
    return rows;
}

// trendrow: 1050 ordinary records; a group of 12 misses w (nothing else marks it): one of them,
// the target, the group's only child born in 2016, with y = 1; the others born in 2018.
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

// pieces: 1000 ordinary records; 20 of them miss v (7 girls, 13 boys).
std::vector<Row> pieceRows()
{
    auto rows = ordinary(1000);
    int girls = 0, boys = 0;
    for (std::size_t i = 0; i < rows.size(); i += 11) {
        if (rows[i].sex == "female" && girls < 7) {
            rows[i].v.clear();
            ++girls;
        } else if (rows[i].sex == "male" && boys < 13) {
            rows[i].v.clear();
            ++boys;
        }
    }
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (!rows[i].v.empty())
            rows[i].v = std::to_string(1 + int(i * 13 % 9));
    }
    return rows;
}

} // namespace

void tst_AttacksRedteam::initTestCase()
{
    VERIFY_NO_ERROR(startAttackedNode(m_node, m_dir, QStringLiteral("Red team node")));
    m_schema = m_dir.filePath(QStringLiteral("redteam.schema.json"));
    VERIFY_NO_ERROR(writeSetupFile(m_schema, schemaJson()));
    for (const char *name : { "dilute", "dilutefit" })
        VERIFY_NO_ERROR(importRows(m_node, QLatin1String(name), diluteRows(70)));
    VERIFY_NO_ERROR(importRows(m_node, QStringLiteral("inter"), interRows()));
    for (const char *name : { "trendrow", "trendhonest", "trendhist" })
        VERIFY_NO_ERROR(importRows(m_node, QLatin1String(name), trendRows()));
    VERIFY_NO_ERROR(importRows(m_node, QStringLiteral("pieces"), pieceRows()));
    VERIFY_NO_ERROR(researchTokens(m_node, { "ann", "bob", "eve" }, m_tokens));
    VERIFY_NO_ERROR(serveWithColluder(m_node, m_tokens[QStringLiteral("ann")]));
}

void tst_AttacksRedteam::cleanupTestCase()
{
    m_node.stop();
    m_strict.stop();
    printOutcomes();
}

void tst_AttacksRedteam::cleanup()
{
    VERIFY_NO_ERROR(takeFailures());
}

// ---- 1 (i): a record outside the site's extremes dilutes them --------------------------------

void tst_AttacksRedteam::dilutionByAThirdExtremeRevealsSex()
{
    // Attack. The cohort rule judges a cohort with the site's two highest and two lowest values
    // (here 160, 163 and two 0s) in every combination in or out. Place A's boys are refused: with
    // both of the site's highest values in, those two make up more than 90 % of the spread. Place
    // A's girls are the same records plus the target (score 70, the site's 3rd highest): with her
    // in, the same union is diluted below 90 %, and with one far value in, the target and it are
    // the top two but still under 90 %. So the girls were released and the boys refused: her sex,
    // one request each, and the same through a fit (w ~ score). She is no extreme of the site, so
    // the rule never placed her.
    const QString token = m_tokens[QStringLiteral("eve")];
    struct Probe {
        QString name;
        std::function<Reply(const std::string &)> ask;
        std::function<bool(const Reply &)> released;
    };
    const std::vector<Probe> probes {
        { QStringLiteral("description"),
          [&](const std::string &sex) {
              Describe q;
              q.dataset = QStringLiteral("dilute");
              q.filters = { among("place", { "A" }), among("sex", { sex }) };
              q.variables = { variable(QStringLiteral("score")) };
              return m_node.post("/v1/descriptives", token, describeBody(q));
          },
          [](const Reply &r) {
              return described(r).has_value();
          } },
        { QStringLiteral("fit"),
          [&](const std::string &sex) {
              return roundOneAlone(m_node, token, QStringLiteral("dilutefit"),
                                   design("w", analysis::Family::Gaussian, { asIs("score") },
                                          { among("place", { "A" }), among("sex", { sex }) }));
          },
          [](const Reply &r) {
              return roundStats(r).has_value();
          } },
    };
    QStringList revealed;
    for (const Probe &probe : probes) {
        std::map<std::string, QString> answer;
        for (const std::string sex : { "female", "male" }) {
            const Reply r = probe.ask(sex);
            answer[sex] = probe.released(r) ? QStringLiteral("released") : r.code;
            if (!probe.released(r))
                QVERIFY2(r.code == QStringLiteral("dominance"), qPrintable(r.describe()));
        }
        qInfo("%s: place A girls (with the target, score 70): %s; boys: %s", qPrintable(probe.name),
              qPrintable(answer["female"]), qPrintable(answer["male"]));
        if (answer["female"] != answer["male"])
            revealed << QStringLiteral("%1: girls %2, boys %3 (the target is a girl)")
                            .arg(probe.name, answer["female"], answer["male"]);
    }
    note(QStringLiteral("a 3rd-highest record dilutes the site's extremes (sex)"),
         revealed.isEmpty() ? QStringLiteral("closed: both sides answered alike")
                            : QStringLiteral("REVEALS: ") + revealed.join(QStringLiteral("; ")));
    QVERIFY2(revealed.isEmpty(), qPrintable(revealed.join(QStringLiteral("; "))));

    // Honest work on the same dataset: every record described, with the exact mean.
    Describe all;
    all.dataset = QStringLiteral("dilute");
    all.variables = { variable(QStringLiteral("score")) };
    const Reply r
        = m_node.post("/v1/descriptives", m_tokens[QStringLiteral("ann")], describeBody(all));
    const auto d = described(r);
    QVERIFY2(d && d->numeric.size() == 1, qPrintable(r.describe()));
    double sum = 0;
    const auto rows = diluteRows(70);
    for (const Row &row : rows)
        sum += row.score;
    QCOMPARE(d->numeric.front().moments.count, double(rows.size()));
    QVERIFY(std::abs(d->numeric.front().moments.mean - sum / double(rows.size())) < 1e-9);
}

// ---- 1 (iii): an interaction is a filter inside the design ----------------------------------

void tst_AttacksRedteam::interactionWithASmallLevelRevealsTheOutliersLevel()
{
    // Attack. The site's highest score (400) is not dominant over the site, and score itself is
    // judged with the site's extremes placed in or out of the cohort: passed over all records.
    // The interaction score:b1 is score on the 15 records with b1 = 1 and 0 elsewhere (score:b2
    // the same for b2): the cohort rule ran on that column as it is, so the fit with b1 was
    // refused (dominance) and the same with b2 released — the outlier's group,
    // which a filter on b1 (judged with the extremes) would not have told.
    const QString token = m_tokens[QStringLiteral("eve")];
    std::map<std::string, QString> answer;
    for (const std::string band : { "b1", "b2" }) {
        auto d = design("w", analysis::Family::Gaussian, { asIs("score"), asIs(band) });
        d.spec.interactions = { { "score", band } };
        const Reply r = roundOneAlone(m_node, token, QStringLiteral("inter"), d);
        answer[band] = roundStats(r) ? QStringLiteral("released") : r.code;
        qInfo("w ~ score * %s over every record: %s", band.c_str(),
              qPrintable(roundStats(r) ? QStringLiteral("released") : r.describe()));
    }
    const bool reveals = answer["b1"] != answer["b2"];
    note(QStringLiteral("score:b as a filter on a small group (the outlier's group)"),
         reveals ? QStringLiteral("REVEALS: b1 %1, b2 %2 (the outlier has b1 = 1)")
                       .arg(answer["b1"], answer["b2"])
                 : QStringLiteral("closed: both groups answered alike (%1)").arg(answer["b1"]));
    QVERIFY2(!reveals, qPrintable(answer["b1"] + QStringLiteral(" / ") + answer["b2"]));

    // Honest: score and b1 as main effects; score by sex (each part about 500 records).
    const Reply main
        = roundOneAlone(m_node, m_tokens[QStringLiteral("ann")], QStringLiteral("inter"),
                        design("w", analysis::Family::Gaussian, { asIs("score"), asIs("b1") }));
    QVERIFY2(roundStats(main).has_value(), qPrintable(main.describe()));
    auto bySex = design("w", analysis::Family::Gaussian, { asIs("score"), factor("sex") });
    bySex.spec.interactions = { { "score", "sex" } };
    const Reply r
        = roundOneAlone(m_node, m_tokens[QStringLiteral("ann")], QStringLiteral("inter"), bySex);
    QVERIFY2(roundStats(r).has_value(), qPrintable(r.describe()));
}

// ---- 2: a trend's row through complete cases, without a level filter -------------------------

void tst_AttacksRedteam::trendRowThroughCompleteCases()
{
    // Attack. The trend of y by year over every record (released, each year and level ≥ 10),
    // then y's level counts over the complete cases of w (the 12 records without a w left out:
    // no level filter marks them) born 2016–2018 and born 2017–2018 (numeric filters on the
    // period at the node's edges). The two descriptions differ by the ≥ 10 children of 2016 with
    // a w, so the dataset's ledger passes them; their difference is the 2016 row over the
    // complete cases, and the trend's 2016 row less it is the group's: its only child of 2016.
    const QString token = m_tokens[QStringLiteral("eve")];
    protocol::DescriptivesRequest request;
    request.purpose = QStringLiteral("research");
    request.dataset = QStringLiteral("trendrow");
    request.trends = { { QStringLiteral("year"), QStringLiteral("y"), 2014, 2020 } };
    const Reply wide = m_node.post("/v1/descriptives", token,
                                   protocol::canonicalJson(protocol::toJson(request)));
    const auto a = described(wide);
    QVERIFY2(a && a->trends.size() == 1, qPrintable(wide.describe()));
    auto levelsOver = [&](double from, double to, QString *code,
                          const QString &dataset = QStringLiteral("trendrow"),
                          bool completeCases = true) -> std::map<QString, qint64> {
        Describe q;
        q.dataset = dataset;
        q.filters = { range("year", from, to) };
        if (completeCases)
            q.completeCases = { QStringLiteral("w") };
        q.variables = { variable(QStringLiteral("y")) };
        const Reply r = m_node.post("/v1/descriptives", token, describeBody(q));
        const auto out = described(r);
        *code = out ? QStringLiteral("released") : r.code;
        qInfo("y over the complete cases of w, born %.0f-%.0f: %s", from, to,
              out ? "released" : qPrintable(r.describe()));
        return testsupport::levelCounts(out);
    };
    QString first, second;
    const auto threeYears = levelsOver(2016, 2018, &first);
    const auto twoYears = levelsOver(2017, 2018, &second);
    const protocol::ReleasedTable &t = a->trends.front();
    const qsizetype row = t.rowLevels.indexOf(QStringLiteral("2016"));
    QVERIFY(row >= 0);
    const QStringList cells = testsupport::rowByDifference(t, row, threeYears, twoYears);
    qInfo("the group's 2016 row by difference: %s", qPrintable(cells.join(u", ")));
    const bool reveals = cells.contains(QStringLiteral("2016 x 1 = 1"))
        && cells.contains(QStringLiteral("2016 x 0 = 0"));
    note(QStringLiteral("a trend's row through complete cases and a period filter"),
         reveals ? QStringLiteral("REVEALS: the group's only child of 2016 has y = 1 (%1)")
                       .arg(cells.join(QStringLiteral(", ")))
                 : QStringLiteral("closed: %1, %2").arg(first, second));
    QVERIFY2(!reveals, qPrintable(cells.join(QStringLiteral(", "))));

    // Honest: the trend over every record, then y's level counts over every record born
    // 2016-2018 and born 2017-2018 (the same trend's rows over the same cohort): all released.
    request.dataset = QStringLiteral("trendhonest");
    const Reply honestTrend = m_node.post("/v1/descriptives", m_tokens[QStringLiteral("ann")],
                                          protocol::canonicalJson(protocol::toJson(request)));
    QVERIFY2(described(honestTrend).has_value(), qPrintable(honestTrend.describe()));
    for (const auto &[from, to] : { std::pair { 2016.0, 2018.0 }, std::pair { 2017.0, 2018.0 } }) {
        QString code;
        const auto counts = levelsOver(from, to, &code, QStringLiteral("trendhonest"), false);
        QVERIFY2(code == QStringLiteral("released") && counts.size() == 2, qPrintable(code));
    }
}

// ---- 4: category pieces of 5–9 records between fits -------------------------------------------

void tst_AttacksRedteam::fitPiecesOfFiveToNineRecords()
{
    // Two fits whose complete cases differ by the 20 records without v (7 girls, 13 boys): round 1
    // of w ~ score + sex over every record and of w ~ score + sex + v. Their XᵀX differ by the
    // group's rows: Σ score over its 7 girls, a sum over 7 records of a category. On the default
    // policy that is released by choice (the floor is ⌈min_cell / 2⌉ = 5: no record's value, a
    // small group's mean; docs/privacy-rules.md "Fits against fits"). A site that sets
    // min_fit_piece = 10 refuses the second fit (differencing), and honest work on one cohort
    // still passes there.
    auto crude = design("w", analysis::Family::Gaussian, { asIs("score"), factor("sex") });
    auto adjusted
        = design("w", analysis::Family::Gaussian, { asIs("score"), factor("sex"), asIs("v") });
    const QString token = m_tokens[QStringLiteral("eve")];
    const Reply c1 = roundOneAlone(m_node, token, QStringLiteral("pieces"), crude);
    const Reply a1 = roundOneAlone(m_node, token, QStringLiteral("pieces"), adjusted);
    const auto cs = roundStats(c1), as = roundStats(a1);
    QVERIFY2(cs, qPrintable(c1.describe()));
    QString defaultOutcome;
    if (as) {
        // XᵀX: (intercept, score) = Σ score, (sex=male, score) = Σ score over the boys: the girls'
        // Σ score = their difference, over every record less over the complete cases of v.
        const double girlsAll = upper(*cs, 0, 1) - upper(*cs, 1, 2);
        const double girlsV = upper(*as, 0, 1) - upper(*as, 1, 2);
        const double count
            = (upper(*cs, 0, 0) - upper(*cs, 2, 2)) - (upper(*as, 0, 0) - upper(*as, 2, 2));
        double truth = 0;
        int n = 0;
        const auto rows = pieceRows();
        for (const Row &r : rows) {
            if (r.v.empty() && r.sex == "female") {
                truth += r.score;
                ++n;
            }
        }
        defaultOutcome
            = QStringLiteral("released: the group's %1 girls' Σ score %2 (truth %3 over %4)")
                  .arg(count)
                  .arg(girlsAll - girlsV)
                  .arg(truth)
                  .arg(n);
        QCOMPARE(n, 7);
        QVERIFY(std::abs(girlsAll - girlsV - truth) < 1e-6);
    } else {
        defaultOutcome = QStringLiteral("refused: ") + a1.code;
    }
    qInfo("default policy: %s", qPrintable(defaultOutcome));
    // The default keeps the last session's choice: a piece of 7 is released.
    QVERIFY2(as.has_value(), qPrintable(a1.describe()));

    // The strict site: the same two fits, the second refused; the same fit twice passes.
    // A second node whose administrator raised the floor of fit pieces to min_cell.
    VERIFY_NO_ERROR(initNode(m_strict, m_dir.filePath(QStringLiteral("strict")),
                             QStringLiteral("Strict red team node"),
                             { { "min_fit_piece", "10" } }));
    VERIFY_NO_ERROR(importRows(m_strict, QStringLiteral("pieces"), pieceRows()));
    m_strictToken = m_strict.token(QStringLiteral("eve"), QStringLiteral("research"));
    QVERIFY2(!m_strictToken.isEmpty(), qPrintable(m_strict.error));
    QVERIFY2(testsupport::pinFake(m_strict, colluder()), qPrintable(m_strict.error));
    QVERIFY2(m_strict.serve(), qPrintable(m_strict.error));
    QString error;
    testsupport::StudySite strictSite { &m_strict, m_strictToken, {}, {}, {}, {}, {} };
    QVERIFY2(testsupport::fetchInfo(strictSite, &error), qPrintable(error));
    m_strictSelf = testsupport::participantOf(strictSite);
    std::swap(self(), m_strictSelf);
    const Reply s1 = roundOneAlone(m_strict, m_strictToken, QStringLiteral("pieces"), crude);
    const Reply s2 = roundOneAlone(m_strict, m_strictToken, QStringLiteral("pieces"), adjusted);
    const Reply s3 = roundOneAlone(m_strict, m_strictToken, QStringLiteral("pieces"), crude);
    std::swap(self(), m_strictSelf);
    qInfo("min_fit_piece = 10: crude %s, adjusted %s, crude again %s",
          roundStats(s1) ? "released" : qPrintable(s1.describe()),
          roundStats(s2) ? "released" : qPrintable(s2.describe()),
          roundStats(s3) ? "released" : qPrintable(s3.describe()));
    note(QStringLiteral("category pieces of 5-9 records between two fits"),
         QStringLiteral("default: %1; min_fit_piece = 10: %2")
             .arg(defaultOutcome,
                  roundStats(s2) ? QStringLiteral("released")
                                 : QStringLiteral("refused (%1)").arg(s2.code)));
    QVERIFY2(roundStats(s1).has_value(), qPrintable(s1.describe()));
    QVERIFY2(!roundStats(s2).has_value() && s2.code == QStringLiteral("differencing"),
             qPrintable(s2.describe()));
    QVERIFY2(roundStats(s3).has_value(), qPrintable(s3.describe()));
}

// ---- the next attack: a trend's row by histograms of the period ------------------------------

void tst_AttacksRedteam::trendRowByHistogramsOfThePeriod()
{
    // Attack (the next one after trendRowThroughCompleteCases). The trend of y by year over every
    // record, then *histograms of the year* (no level counts) over the complete cases of w among
    // the records with y = 1 and among those with y = 0 (level filters on y). A histogram bin of
    // the year is a trend cell's count over that cohort: the trend's 2016 × 1 less the 2016 bin
    // over the y = 1 cohort is the group's 2016 × 1 (and the same for y = 0). The node's bins
    // hold 10 or more records each, and histogram bins are no family of the ledgers.
    const QString token = m_tokens[QStringLiteral("eve")];
    protocol::DescriptivesRequest request;
    request.purpose = QStringLiteral("research");
    request.dataset = QStringLiteral("trendhist");
    request.trends = { { QStringLiteral("year"), QStringLiteral("y"), 2014, 2020 } };
    const Reply wide = m_node.post("/v1/descriptives", token,
                                   protocol::canonicalJson(protocol::toJson(request)));
    const auto a = described(wide);
    QVERIFY2(a && a->trends.size() == 1, qPrintable(wide.describe()));
    const protocol::ReleasedTable &t = a->trends.front();
    const qsizetype row = t.rowLevels.indexOf(QStringLiteral("2016"));
    QVERIFY(row >= 0);
    QStringList cells;
    QStringList answers;
    for (const char *level : { "0", "1" }) {
        Describe q;
        q.dataset = QStringLiteral("trendhist");
        q.filters = { among("y", { level }) };
        q.completeCases = { QStringLiteral("w") };
        q.variables = { variable(QStringLiteral("year"), { { -1e9, 1e9 } }) };
        const Reply r = m_node.post("/v1/descriptives", token, describeBody(q));
        const auto out = described(r);
        answers << (out ? QStringLiteral("released") : r.code);
        qInfo("histogram of year over the complete cases of w with y = %s: %s", level,
              out ? "released" : qPrintable(r.describe()));
        const qsizetype c = t.columnLevels.indexOf(QLatin1String(level));
        const auto bin = yearBin2016(r);
        if (bin && c >= 0 && t.counts[row * t.columnLevels.size() + c])
            cells << QStringLiteral("2016 x %1 = %2")
                         .arg(QLatin1String(level))
                         .arg(double(*t.counts[row * t.columnLevels.size() + c]) - *bin);
    }
    qInfo("the group's 2016 row by difference: %s", qPrintable(cells.join(u", ")));
    const bool reveals = cells.contains(QStringLiteral("2016 x 1 = 1"))
        && cells.contains(QStringLiteral("2016 x 0 = 0"));
    note(QStringLiteral("a trend's row by histograms of the period over level-filtered cohorts"),
         reveals ? QStringLiteral("REVEALS: the group's only child of 2016 has y = 1 (%1)")
                       .arg(cells.join(QStringLiteral(", ")))
                 : QStringLiteral("closed: %1").arg(answers.join(QStringLiteral(", "))));
    // Closed by branch redteam2 (docs/privacy-rules.md "Trends over two cohorts"): a period's
    // histogram over a level filter is checked as trend cells (the bins' periods × the filter's
    // levels) over the cohort without that filter against the trends released before, and kept
    // for the trends asked later (tst_attacks_redteam2 trendRowByHistogramsFirst).
    QVERIFY2(!reveals, qPrintable(cells.join(QStringLiteral(", "))));
}

QTEST_GUILESS_MAIN(tst_AttacksRedteam)
#include "tst_attacks_redteam.moc"

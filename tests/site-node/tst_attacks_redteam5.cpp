// SPDX-License-Identifier: GPL-3.0-or-later
// Rule 1, the open items of the red team of the tenth session as the eleventh took them up
// (docs/privacy-rules.md, "The red team of the eleventh session"): each a planted record in a
// synthetic dataset written by the test, a real fairstart-node over TLS on its default policy,
// the hostile requests and the value they would reveal. Most attacks run on two worlds that differ
// only in the planted value: the answers must not differ either.
#include "fairstart/protocol/codec.h"

#include "attacksupport.h"
#include "nodeprocess.h"
#include "peering.h"
#include "studyrelay.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <array>
#include <cmath>
#include <map>
#include <optional>

using namespace fairstart;
using namespace testsupport::attacks;
using testsupport::NodeProcess;
using testsupport::Reply;

namespace {

// One synthetic record. `w`, `v` and `z` empty = missing.
struct Row {
    std::string sex = "female";
    std::string place = "B";
    double score = 20;
    std::string w;
    std::string v;
    std::string z;
    int y = 0;
    double c = 0; // a count
    int a = 0, b = 0, e = 0, f = 0; // 0 or 1, numeric
};

QByteArray schemaJson()
{
    QJsonObject columns;
    columns.insert(QStringLiteral("record_id"), schemaColumn(QStringLiteral("id")));
    columns.insert(QStringLiteral("sex"), categoricalColumn({ "female", "male" }));
    columns.insert(QStringLiteral("place"), categoricalColumn({ "B", "C", "D" }));
    for (const char *numeric : { "score", "w", "v", "z", "c", "a", "b", "e", "f" })
        columns.insert(QLatin1String(numeric), schemaColumn(QStringLiteral("numeric")));
    columns.insert(QStringLiteral("y"), schemaColumn(QStringLiteral("binary")));
    columns.insert(QStringLiteral("consent_research"), consentColumn(QStringLiteral("research")));
    return schemaDocument(columns, QStringLiteral("Red team 5 synthetic records"));
}

QByteArray csvOf(const std::vector<Row> &rows)
{
    QByteArray out = "record_id,sex,place,score,w,v,z,y,c,a,b,e,f,consent_research\n";
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Row &r = rows[i];
        out += QByteArray::number(qint64(500000 + i)) + ',' + QByteArray::fromStdString(r.sex) + ','
            + QByteArray::fromStdString(r.place) + ',' + QByteArray::number(r.score, 'g', 10) + ','
            + QByteArray::fromStdString(r.w) + ',' + QByteArray::fromStdString(r.v) + ','
            + QByteArray::fromStdString(r.z) + ',' + QByteArray::number(r.y) + ','
            + QByteArray::number(r.c, 'g', 10) + ',' + QByteArray::number(r.a) + ','
            + QByteArray::number(r.b) + ',' + QByteArray::number(r.e) + ','
            + QByteArray::number(r.f) + ",1\n";
    }
    return out;
}

// Ordinary records: places B, C, D in turn, both sexes, scores 0..40, w 3000..3499, v 10..29,
// z 50..59, every third record with y = 1, counts 0..4.
std::vector<Row> ordinary(int count)
{
    std::vector<Row> rows;
    for (int j = 0; j < count; ++j) {
        Row r;
        r.sex = j % 2 ? "male" : "female";
        r.place = std::string(1, char('B' + j % 3));
        r.score = double(j % 41);
        r.w = std::to_string(3000 + (j * 37) % 500);
        r.v = std::to_string(10 + j % 20);
        r.z = std::to_string(50 + j % 10);
        r.y = j % 3 == 0 ? 1 : 0;
        r.c = double(j % 5);
        rows.push_back(r);
    }
    return rows;
}

// The indices of the records of `place`, in order.
std::vector<std::size_t> ofPlace(const std::vector<Row> &rows, const std::string &place)
{
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (rows[i].place == place)
            out.push_back(i);
    }
    return out;
}

// 1200 ordinary records with three 0/1 columns a, b, e (say: smoked, drank, worked nights in
// pregnancy) in seven patterns, every one but a = b = e = 1 (nobody did all three): record j has
// pattern j % 7, both sexes in each. The count c is ordinary where exactly two of them are 1 and 0
// elsewhere, but one girl's, the target's, of pattern (0, 0, 0): `planted`. Each column, each
// pair's four cells and each run hold many records and many positive counts; along a + b + e the
// positive counts are all at its highest value (2) and the zeros below, but hers.
std::vector<Row> threeColumnRows(double planted)
{
    static constexpr std::array<std::array<int, 3>, 7> patterns { { { 0, 0, 0 },
                                                                    { 1, 0, 0 },
                                                                    { 0, 1, 0 },
                                                                    { 0, 0, 1 },
                                                                    { 1, 1, 0 },
                                                                    { 1, 0, 1 },
                                                                    { 0, 1, 1 } } };
    auto rows = ordinary(1200);
    for (std::size_t j = 0; j < rows.size(); ++j) {
        const auto &p = patterns[j % 7];
        Row &r = rows[j];
        r.a = p[0];
        r.b = p[1];
        r.e = p[2];
        if (p[0] + p[1] + p[2] != 2)
            r.c = 0;
    }
    rows[0].c = planted; // a girl of pattern (0, 0, 0)
    return rows;
}

// The next attack: 1200 ordinary records with four 0/1 columns a, b, e, f in the fifteen patterns
// but all four (record j has pattern j % 15, read as the bits abef: 0000 .. 1110), the count
// ordinary where exactly three are 1 and 0 elsewhere, but the target girl's of pattern 0000:
// `planted`. Every triple's sum has positive counts off its highest value (the other patterns
// where three are 1): only a + b + e + f shows it.
std::vector<Row> fourColumnRows(double planted)
{
    auto rows = ordinary(1200);
    for (std::size_t j = 0; j < rows.size(); ++j) {
        const int p = int(j % 15); // 0 .. 14: every pattern but 1111
        Row &r = rows[j];
        r.a = p >> 3 & 1;
        r.b = p >> 2 & 1;
        r.e = p >> 1 & 1;
        r.f = p & 1;
        if (r.a + r.b + r.e + r.f != 3)
            r.c = 0;
    }
    rows[0].c = planted; // a girl of pattern 0000
    return rows;
}

// 1200 ordinary records with a, b, e in all eight patterns (honest).
std::vector<Row> eightPatternRows()
{
    auto rows = ordinary(1200);
    for (std::size_t j = 0; j < rows.size(); ++j) {
        rows[j].a = int(j / 2 % 2);
        rows[j].b = int(j / 4 % 2);
        rows[j].e = int(j / 8 % 2);
    }
    return rows;
}

// 1050 ordinary records in which cohort dominance of w over place D sits at its threshold: the
// site's two highest w (100000, two records of place B), 150 records of place C at 12000 (so that
// no few records dominate the whole dataset), seven records of place D at 22500 (its own
// highest), and its first record, the target, at 19000 (world 1) or ordinary (world 0). The last
// five records of place D miss v (a group G the attacker knows). Over place D with v recorded,
// the site's extremes placed in, w's spread is dominated without the target's 19000 and not with
// it.
std::vector<Row> dominanceRows(int world)
{
    auto rows = ordinary(1050);
    rows[0].w = rows[3].w = "100000";
    const auto c = ofPlace(rows, "C");
    for (std::size_t k = 0; k < 150; ++k)
        rows[c[k]].w = "12000";
    const auto d = ofPlace(rows, "D");
    for (std::size_t k = 1; k <= 7; ++k)
        rows[d[k]].w = "22500";
    if (world == 1)
        rows[d[0]].w = "19000";
    for (std::size_t k = d.size() - 5; k < d.size(); ++k)
        rows[d[k]].v.clear();
    return rows;
}

// 1050 ordinary records; in place B four records miss v and twelve miss z (the attacker knows
// them: a test that was not done there), and the target, its first record, misses v (world 1)
// or z (world 0).
std::vector<Row> exclusionRows(int world)
{
    auto rows = ordinary(1050);
    const auto b = ofPlace(rows, "B");
    (world == 1 ? rows[b[0]].v : rows[b[0]].z).clear();
    for (std::size_t k = 1; k <= 4; ++k)
        rows[b[k]].v.clear();
    for (std::size_t k = 5; k <= 16; ++k)
        rows[b[k]].z.clear();
    return rows;
}

// 1050 ordinary records; H, the first 25 records of place C, miss v (a group the attacker
// knows); 19 of them miss z too, and the target, H's first record, misses z (world 1) or not
// (world 0). So the complete cases of z leave out 19 or 20 records, all of H.
std::vector<Row> subsetRows(int world)
{
    auto rows = ordinary(1050);
    const auto c = ofPlace(rows, "C");
    for (std::size_t k = 0; k < 25; ++k) {
        rows[c[k]].v.clear();
        if ((k == 0 && world == 1) || (k >= 1 && k <= 19))
            rows[c[k]].z.clear();
    }
    return rows;
}

} // namespace

class tst_AttacksRedteam5 : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    // Item 1: Poisson separation along three 0/1 columns.
    void poissonZeroCountsAlongThreeColumns();
    void poissonZeroCountsAlongFourColumns();
    // Item 2: a job's exclusion counts.
    void missingCountsOfAJobCrossARoundingPoint();
    // Item 3: cohort dominance before the differencing ledger.
    void cohortDominanceBeforeTheLedger();
    // Item 6: min-subset above min_cell, before the ledger.
    void minSubsetBandBeforeTheLedger();
    // Item 5: the number of requests per token (last: it spends mallory's budget).
    void requestsPerTokenAreBudgeted();

private:
    QString importRows(const QString &dataset, const std::vector<Row> &rows);
    QString studyAnswer(const QString &dataset, const analysis::ResolvedDesign &d)
    {
        return separationAnswer(m_node, m_tokens[QStringLiteral("eve")], dataset, d);
    }

    QTemporaryDir m_dir;
    QString m_schema;
    NodeProcess m_node;
    std::map<QString, QString> m_tokens;
};

QString tst_AttacksRedteam5::importRows(const QString &dataset, const std::vector<Row> &rows)
{
    return importCsvText(m_node, m_dir, dataset, csvOf(rows), m_schema);
}

void tst_AttacksRedteam5::initTestCase()
{
    VERIFY_NO_ERROR(startAttackedNode(m_node, m_dir, QStringLiteral("Red team 5 node")));
    m_schema = m_dir.filePath(QStringLiteral("redteam5.schema.json"));
    VERIFY_NO_ERROR(writeSetupFile(m_schema, schemaJson()));
    VERIFY_NO_ERROR(importRows(QStringLiteral("threecolumns"), threeColumnRows(3)));
    VERIFY_NO_ERROR(importRows(QStringLiteral("fourcolumns"), fourColumnRows(3)));
    VERIFY_NO_ERROR(importRows(QStringLiteral("eightpatterns"), eightPatternRows()));
    for (const int world : { 0, 1 }) {
        const QString suffix = QString::number(world);
        VERIFY_NO_ERROR(importRows(QStringLiteral("dominance") + suffix, dominanceRows(world)));
        VERIFY_NO_ERROR(importRows(QStringLiteral("exclusion") + suffix, exclusionRows(world)));
    }
    VERIFY_NO_ERROR(researchTokens(m_node, { "ann", "eve", "mallory" }, m_tokens));
    VERIFY_NO_ERROR(serveWithColluder(m_node, m_tokens[QStringLiteral("ann")]));
}

void tst_AttacksRedteam5::cleanupTestCase()
{
    m_node.stop();
    printOutcomes();
}

void tst_AttacksRedteam5::cleanup()
{
    VERIFY_NO_ERROR(takeFailures());
}

// ---- item 1: Poisson separation along three 0/1 columns ---------------------------------------

void tst_AttacksRedteam5::poissonZeroCountsAlongThreeColumns()
{
    // Attack. The Poisson study c ~ score + a + b + e over the girls and over the boys. Along
    // a + b + e every positive count sits at its highest value (2, nobody has all three) and
    // zeros lie below it, but one girl's count of 3 at (0, 0, 0): the boys' estimate does not
    // exist (it drifts to infinity along a + b + e − 2), the girls' does, because of her — the
    // answers differ by her sex (or, with her sex known, tell that her count is above 0). The
    // per-column rule (redteam3) and the cells of two columns (redteam4) pass both.
    std::map<std::string, QString> answer;
    for (const std::string sex : { "female", "male" }) {
        answer[sex] = studyAnswer(QStringLiteral("threecolumns"),
                                  design("c", analysis::Family::Poisson,
                                         { asIs("score"), asIs("a"), asIs("b"), asIs("e") },
                                         { among("sex", { sex }) }));
        qInfo("  c ~ score + a + b + e over %s: %s", sex.c_str(), qPrintable(answer[sex]));
    }
    const QString attack = QStringLiteral("Poisson c ~ score + a + b + e (no record with all "
                                          "three) over the girls and the boys (one girl is the "
                                          "only count > 0 below a + b + e = 2)");
    girlsAndBoysVerdict(attack, answer["female"], answer["male"]);
    QCOMPARE(answer["female"], answer["male"]);

    // Honest: three 0/1 columns in all eight patterns with ordinary counts converge over every
    // record and over each sex.
    QStringList honest;
    for (const std::string sex : { "female", "male", "" }) {
        std::vector<analysis::Filter> filters;
        if (!sex.empty())
            filters = { among("sex", { sex }) };
        const QString a
            = studyAnswer(QStringLiteral("eightpatterns"),
                          design("c", analysis::Family::Poisson,
                                 { asIs("score"), asIs("a"), asIs("b"), asIs("e") }, filters));
        honest << QStringLiteral("%1: %2").arg(QString::fromStdString(sex.empty() ? "all" : sex),
                                               a);
        QCOMPARE(a, QStringLiteral("converged"));
    }
    note(QStringLiteral("honest: c ~ score + a + b + e over eight patterns"),
         honest.join(QStringLiteral("; ")));
}

void tst_AttacksRedteam5::poissonZeroCountsAlongFourColumns()
{
    // The next attack on the rule for sums of three columns: four columns, nobody with all four,
    // the positive counts where three are 1 and one girl's at 0000. Every triple's sum has many
    // positive counts off its highest value; a + b + e + f has one, hers.
    std::map<std::string, QString> answer;
    for (const std::string sex : { "female", "male" }) {
        answer[sex]
            = studyAnswer(QStringLiteral("fourcolumns"),
                          design("c", analysis::Family::Poisson,
                                 { asIs("score"), asIs("a"), asIs("b"), asIs("e"), asIs("f") },
                                 { among("sex", { sex }) }));
        qInfo("  c ~ score + a + b + e + f over %s: %s", sex.c_str(), qPrintable(answer[sex]));
    }
    const QString attack = QStringLiteral("Poisson c ~ score + a + b + e + f (no record with all "
                                          "four) over the girls and the boys");
    girlsAndBoysVerdict(attack, answer["female"], answer["male"]);
    QCOMPARE(answer["female"], answer["male"]);
}

// ---- item 2: a job's exclusion counts ----------------------------------------------------------

void tst_AttacksRedteam5::missingCountsOfAJobCrossARoundingPoint()
{
    // Attack. A job of score ~ v + z over place B: its cohort (the complete cases) is the same
    // size in both worlds, and no earlier release is near it, so it opens. The job's counts give
    // each variable's missing records among the filtered ones, rounded to 10: v 4 + [she misses
    // v], z 12 + [she misses z]. 4 rounds to 0 and 5 to 10: which test of hers was not done.
    std::map<int, QString> seen;
    for (const int world : { 0, 1 }) {
        const QString dataset = QStringLiteral("exclusion%1").arg(world);
        const QByteArray body
            = jobBody(dataset,
                      design("score", analysis::Family::Gaussian, { asIs("v"), asIs("z") },
                             { among("place", { "B" }) }));
        const Reply job = m_node.post("/v1/jobs", m_tokens[QStringLiteral("eve")], body);
        QVERIFY2(job.status == 201, qPrintable(job.describe()));
        const auto created = protocol::fromJson<protocol::JobCreated>(job.json);
        QVERIFY2(created, qPrintable(job.describe()));
        (void)m_node.del("/v1/jobs/" + created->jobId.toStdString(),
                         m_tokens[QStringLiteral("eve")]);
        QStringList counts;
        for (const char *variable : { "v", "z" }) {
            const auto it = created->counts.missingByVariable.find(variable);
            counts << QStringLiteral("%1 %2").arg(QLatin1String(variable),
                                                  it == created->counts.missingByVariable.end()
                                                      ? QStringLiteral("withheld")
                                                      : QString::number(it->second));
        }
        counts << QStringLiteral("excluded %1").arg(created->counts.excludedByMissing)
               << QStringLiteral("cohort %1").arg(created->cohortSize);
        seen[world] = counts.join(QStringLiteral(", "));
        qInfo("  world %d (she misses %s): %s", world, world ? "v" : "z", qPrintable(seen[world]));
    }
    const QString attack = QStringLiteral("a job's missing counts per variable over place B "
                                          "(4 or 5 records miss v)");
    if (seen[0] != seen[1])
        stillWorks(attack,
                   QStringLiteral("she misses z: %1; she misses v: %2").arg(seen[0], seen[1]));
    else
        note(attack, QStringLiteral("closed: the same counts in both worlds: %1").arg(seen[0]));
    QCOMPARE(seen[0], seen[1]);
}

// ---- item 3: cohort dominance before the differencing ledger --------------------------------

void tst_AttacksRedteam5::cohortDominanceBeforeTheLedger()
{
    // Attack. score over place D is described (350 records, released in both worlds). Then w over
    // place D with v recorded — it less G's five records, a piece the ledger refuses in both
    // worlds — as a description, a dry run and a job of score ~ w + v. Cohort dominance of w
    // sits at its threshold there: with the target's w of 19000 it passes and the ledger answers
    // `differencing`; with an ordinary w the cohort is `dominance`. The rule that refuses first
    // is her w (above or below a value the attacker can place by choosing the cohort).
    std::map<int, QStringList> codes;
    for (const int world : { 0, 1 }) {
        const QString dataset = QStringLiteral("dominance%1").arg(world);
        Describe q;
        q.dataset = dataset;
        q.filters = { among("place", { "D" }) };
        q.variables = { variable(QStringLiteral("score")) };
        const Reply first
            = m_node.post("/v1/descriptives", m_tokens[QStringLiteral("eve")], describeBody(q));
        const auto released = described(first);
        QVERIFY2(released, qPrintable(first.describe()));
        QCOMPARE(released->cohortSize, 350);
        q.completeCases = { QStringLiteral("v") };
        q.variables = { variable(QStringLiteral("w")) };
        const Reply second
            = m_node.post("/v1/descriptives", m_tokens[QStringLiteral("eve")], describeBody(q));
        codes[world] << (described(second) ? QStringLiteral("released") : second.code);
        const QByteArray body
            = jobBody(dataset,
                      design("score", analysis::Family::Gaussian, { asIs("w"), asIs("v") },
                             { among("place", { "D" }) }));
        const Reply check = m_node.post("/v1/checks", m_tokens[QStringLiteral("eve")], body);
        codes[world] << (check.released() ? QStringLiteral("passed") : check.code);
        const Reply job = m_node.post("/v1/jobs", m_tokens[QStringLiteral("eve")], body);
        codes[world] << (job.released() ? QStringLiteral("released") : job.code);
        qInfo("  world %d: description %s; dry run %s; job %s", world,
              qPrintable(second.describe().left(90)), qPrintable(check.describe().left(90)),
              qPrintable(job.describe().left(90)));
    }
    const QString attack = QStringLiteral("w over place D less G (a piece the ledger refuses), "
                                          "dominance at its threshold: description, dry run, job");
    const QString outcome
        = QStringLiteral("ordinary w: %1; w 19000: %2")
              .arg(codes[0].join(QLatin1Char('/')), codes[1].join(QLatin1Char('/')));
    if (codes[0] != codes[1])
        stillWorks(attack, outcome + QStringLiteral(": the answer is the size of her w"));
    else
        note(attack, QStringLiteral("closed: ") + outcome);
    QCOMPARE(codes[0], codes[1]);

    // Honest: a dominated cohort that no release is near is still told `dominance` (w over the
    // girls of place D: 175 records, the boys of place D between it and the released cohort).
    Describe q;
    q.dataset = QStringLiteral("dominance0");
    q.filters = { among("place", { "D" }), among("sex", { "female" }) };
    q.variables = { variable(QStringLiteral("w")) };
    const Reply alone
        = m_node.post("/v1/descriptives", m_tokens[QStringLiteral("ann")], describeBody(q));
    note(QStringLiteral("honest: a dominated cohort no release is near"),
         alone.describe().left(60));
    QCOMPARE(alone.code, QStringLiteral("dominance"));
}

// ---- item 6: the gap between min-subset and min_cell ----------------------------------------

void tst_AttacksRedteam5::minSubsetBandBeforeTheLedger()
{
    // Attack, on a node whose administrator raised min_subset to 20 (above min_cell 10). score
    // over the complete cases of v is described (every record but H's 25, released in both
    // worlds); then score over the complete cases of z: it leaves out 19 or 20 of H, and differs
    // from the released cohort by H's other 6 or 5 records, a piece the ledger refuses in both
    // worlds. min-subset ran first: `min-subset` for 19 left out, `differencing` for 20 — whether
    // her z was recorded. As a description, a dry run and a job of score ~ z.
    QTemporaryDir dir;
    NodeProcess node;
    VERIFY_NO_ERROR(startAttackedNode(node, dir, QStringLiteral("Red team 5 min_subset node"),
                                      { kShareRecords, { "min_subset", "20" } }));
    const QString schema = dir.filePath(QStringLiteral("subset.schema.json"));
    VERIFY_NO_ERROR(writeSetupFile(schema, schemaJson()));
    for (const int world : { 0, 1 })
        VERIFY_NO_ERROR(importCsvText(node, dir, QStringLiteral("subset%1").arg(world),
                                      csvOf(subsetRows(world)), schema));
    std::map<QString, QString> tokens;
    VERIFY_NO_ERROR(researchTokens(node, { "eve" }, tokens));
    QVERIFY2(node.serve(), qPrintable(node.error));
    const QString token = tokens[QStringLiteral("eve")];
    // This node as the study's one participant (its own keys, from its /v1/info).
    testsupport::StudySite site { &node, token, {}, {}, {}, {}, {} };
    QString error;
    QVERIFY2(testsupport::fetchInfo(site, &error), qPrintable(error));
    const protocol::StudyParticipant participant = testsupport::participantOf(site);
    std::map<int, QStringList> codes;
    for (const int world : { 0, 1 }) {
        const QString dataset = QStringLiteral("subset%1").arg(world);
        Describe q;
        q.dataset = dataset;
        q.completeCases = { QStringLiteral("v") };
        q.variables = { variable(QStringLiteral("score")) };
        const Reply first = node.post("/v1/descriptives", token, describeBody(q));
        QVERIFY2(described(first), qPrintable(first.describe()));
        q.completeCases = { QStringLiteral("z") };
        const Reply second = node.post("/v1/descriptives", token, describeBody(q));
        codes[world] << (described(second) ? QStringLiteral("released") : second.code);
        protocol::StudyManifest manifest
            = testsupport::makeManifest(design("score", analysis::Family::Gaussian, { asIs("z") }),
                                        { participant }, {}, QStringLiteral("plain"));
        manifest.dataset = dataset;
        manifest.purpose = QStringLiteral("research");
        const QByteArray body
            = testsupport::body(protocol::toJson(protocol::StudyJobRequest { manifest }));
        const Reply check = node.post("/v1/checks", token, body);
        codes[world] << (check.released() ? QStringLiteral("passed") : check.code);
        const Reply job = node.post("/v1/jobs", token, body);
        codes[world] << (job.released() ? QStringLiteral("released") : job.code);
        qInfo("  world %d: description %s; dry run %s; job %s", world,
              qPrintable(second.describe().left(80)), qPrintable(check.describe().left(80)),
              qPrintable(job.describe().left(80)));
    }
    node.stop();
    const QString attack = QStringLiteral("min_subset 20: a released cohort less 25, then one "
                                          "less 19 or 20 of them: description, dry run, job");
    const QString outcome
        = QStringLiteral("her z recorded: %1; missing: %2")
              .arg(codes[0].join(QLatin1Char('/')), codes[1].join(QLatin1Char('/')));
    if (codes[0] != codes[1])
        stillWorks(attack, outcome + QStringLiteral(": the answer is whether her z was recorded"));
    else
        note(attack, QStringLiteral("closed: ") + outcome);
    QCOMPARE(codes[0], codes[1]);
}

// ---- item 5: the number of requests per token ---------------------------------------------------

void tst_AttacksRedteam5::requestsPerTokenAreBudgeted()
{
    // Attack (on the node's resources and on its audit): one token sends requests as fast as
    // one connection carries them — bisections need many, and each request writes about 1 KiB of
    // audit. GET /v1/info (no daily quota) over one kept-alive connection, up to 5000 times.
    const QString mallory = m_tokens[QStringLiteral("mallory")];
    auto client = m_node.client();
    client->set_keep_alive(true);
    const httplib::Headers headers { { "Authorization", "Bearer " + mallory.toStdString() } };
    int answered = 0;
    int firstRefused = 0;
    std::string retryAfter;
    QString code;
    QElapsedTimer timer;
    timer.start();
    for (int i = 1; i <= 5000; ++i) {
        auto r = client->Get("/v1/info", headers);
        QVERIFY2(r, "no answer from the node");
        if (r->status == 200) {
            ++answered;
            continue;
        }
        QCOMPARE(r->status, 429);
        firstRefused = i;
        retryAfter = r->get_header_value("Retry-After");
        code = QJsonDocument::fromJson(QByteArray::fromStdString(r->body))
                   .object()
                   .value(QStringLiteral("error"))
                   .toObject()
                   .value(QStringLiteral("code"))
                   .toString();
        break;
    }
    const double seconds = double(timer.elapsed()) / 1000;
    qInfo("  %d requests answered in %.1f s, first refusal at %d (%s, Retry-After %s)", answered,
          seconds, firstRefused, qPrintable(code), retryAfter.c_str());
    const QString attack = QStringLiteral("5000 requests of one token in a row");
    if (firstRefused == 0) {
        stillWorks(attack,
                   QStringLiteral("all %1 answered in %2 s, each audited")
                       .arg(answered)
                       .arg(seconds, 0, 'f', 1));
        return;
    }
    QCOMPARE(code, QStringLiteral("request-rate"));
    QVERIFY2(!retryAfter.empty() && std::stoi(retryAfter) > 0, retryAfter.c_str());
    // More of the same: each refused but for what the budget refilled meanwhile (3000 an hour:
    // one every 1.2 s, so a loaded machine may see one or two answered), and the audit keeps a
    // few entries for each run of refusals (the 1st, 2nd, 4th … of a run: 9 for 300).
    int refilled = 0;
    QElapsedTimer more;
    more.start();
    for (int i = 0; i < 300; ++i) {
        auto r = client->Get("/v1/info", headers);
        QVERIFY2(r, "no answer from the node");
        if (r->status == 200)
            ++refilled;
        else
            QCOMPARE(r->status, 429);
    }
    const double refills = double(more.elapsed()) / 1000 * 3000 / 3600;
    QVERIFY2(refilled <= refills + 1,
             qPrintable(QStringLiteral("%1 requests over the budget answered in %2 s")
                            .arg(refilled)
                            .arg(double(more.elapsed()) / 1000)));
    const int audited
        = int(auditLinesOf(m_node, QStringLiteral("\"code\":\"request-rate\"")).size());
    note(attack,
         QStringLiteral("refused from request %1 with request-rate (Retry-After %2 s); 301 "
                        "refusals, %3 audit entries")
             .arg(firstRefused)
             .arg(QString::fromStdString(retryAfter))
             .arg(audited));
    QVERIFY2(audited >= 1 && audited <= 12 * (refilled + 1), qPrintable(QString::number(audited)));
    // Another token is not affected.
    const Reply other = m_node.get("/v1/info", m_tokens[QStringLiteral("ann")]);
    QCOMPARE(other.status, 200);
}

QTEST_GUILESS_MAIN(tst_AttacksRedteam5)
#include "tst_attacks_redteam5.moc"

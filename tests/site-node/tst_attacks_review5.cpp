// SPDX-License-Identifier: GPL-3.0-or-later
// The fifth independent review of rules 1 and 2 (branch `review5`, docs/privacy-rules.md "The
// fifth independent review"): attacks that the earlier suites did not run, each as a hostile
// token holder would send it to a real fairstart-node over TLS on its default policy, against a
// synthetic dataset written by the test with a planted record whose values are chosen exactly.
#include "attacksupport.h"
#include "nodeprocess.h"

#include <QJsonArray>
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

constexpr int kNoise = 10; // numeric columns a0..a9: parameters an attacker adds at will

// One synthetic record; every record consents to research.
struct Row {
    std::string sex = "female";
    std::string place = "B";
    double score = 20;
    double v = 1; // NaN: missing
    double w = 3000;
    double c = 0; // a count
    double u = std::nan(""); // present for few records
    int y = 0;
    double a[kNoise] {};
};

QByteArray schemaJson()
{
    QJsonObject columns;
    columns.insert(QStringLiteral("record_id"), schemaColumn(QStringLiteral("id")));
    columns.insert(QStringLiteral("sex"), categoricalColumn({ "female", "male" }));
    columns.insert(QStringLiteral("place"), categoricalColumn({ "B", "C", "D" }));
    QStringList numeric { QStringLiteral("score"), QStringLiteral("v"), QStringLiteral("w"),
                          QStringLiteral("c"), QStringLiteral("u") };
    for (int i = 0; i < kNoise; ++i)
        numeric << QStringLiteral("a%1").arg(i);
    for (const QString &name : numeric)
        columns.insert(name, schemaColumn(QStringLiteral("numeric")));
    columns.insert(QStringLiteral("y"), schemaColumn(QStringLiteral("binary")));
    columns.insert(QStringLiteral("consent_research"), consentColumn(QStringLiteral("research")));
    return schemaDocument(columns, QStringLiteral("Review 5 synthetic records"),
                          { QStringLiteral("NA") });
}

QByteArray csvOf(const std::vector<Row> &rows)
{
    QByteArray out = "record_id,sex,place,score,v,w,c,u,y";
    for (int i = 0; i < kNoise; ++i)
        out += ",a" + QByteArray::number(i);
    out += ",consent_research\n";
    auto number = [](double x) {
        return std::isnan(x) ? QByteArray("NA") : QByteArray::number(x, 'g', 10);
    };
    for (std::size_t j = 0; j < rows.size(); ++j) {
        const Row &r = rows[j];
        out += QByteArray::number(qint64(500000 + j)) + ',' + QByteArray::fromStdString(r.sex) + ','
            + QByteArray::fromStdString(r.place) + ',' + number(r.score) + ',' + number(r.v) + ','
            + number(r.w) + ',' + number(r.c) + ',' + number(r.u) + ',' + QByteArray::number(r.y);
        for (double a : r.a)
            out += ',' + number(a);
        out += ",1\n";
    }
    return out;
}

// 1,200 records in places B, C, D (row j in 'B' + j % 3). The planted girl is row 0 (place B): the
// only record of place B without a value of v (the attacker knows it was never measured; twelve
// records of place C lack it too), her outcome y = `plantedY`, her count c = 8, and a value of the
// sparse u (104; every value of u lies in 100..109) when `plantedY` is 1, none when it is 0. Place
// B holds 20 records with y = 1 and 10 with a value of u whatever hers (19 and 9 others when she
// has them), so a description of y or u over place B says 20 and 10 in both datasets. c is 0 but
// for nineteen records of place B (0..13) and hers; u is present for twenty records of place C too.
std::vector<Row> plantedRows(int plantedY)
{
    std::vector<Row> rows;
    int eventsB = 0;
    int valuesB = 0;
    int missingC = 0;
    int valuesC = 0;
    for (int j = 0; j < 1200; ++j) {
        Row r;
        r.sex = j % 2 ? "male" : "female";
        r.place = std::string(1, char('B' + j % 3));
        r.score = double(j % 41);
        r.v = double(1 + (j * 7) % 30);
        r.w = double(3000 + (j * 37) % 500);
        for (int i = 0; i < kNoise; ++i)
            r.a[i] = double((j * (17 + 2 * i) + 3 * i) % 101) / 10.0;
        if (r.place == "B") {
            const int others = plantedY ? 19 : 20;
            if (j > 0 && j % 9 == 3 && eventsB < others) {
                r.y = 1;
                ++eventsB;
            }
            if (j > 0 && j % 60 == 0)
                r.c = double((j / 60) % 14);
            if (j > 0 && j % 9 == 6 && valuesB < (plantedY ? 9 : 10))
                r.u = double(100 + valuesB++);
        } else {
            r.y = j % 10 == 1 ? 1 : 0;
            if (r.place == "C" && j % 10 == 4 && missingC < 12) {
                r.v = std::nan("");
                ++missingC;
            }
            if (r.place == "C" && j % 10 == 7 && valuesC < 20)
                r.u = double(100 + valuesC++ % 10);
        }
        rows.push_back(r);
    }
    Row &her = rows[0];
    her.v = std::nan("");
    her.y = plantedY;
    her.c = 8;
    if (plantedY)
        her.u = 104;
    return rows;
}

analysis::ResolvedDesign withNoise(analysis::ResolvedDesign d, int noise)
{
    for (int i = 0; i < noise; ++i)
        d.spec.predictors.push_back(asIs("a" + std::to_string(i)));
    return d;
}

QString answerOf(const Reply &r)
{
    return r.released() ? QStringLiteral("passed") : r.code;
}

} // namespace

class tst_AttacksReview5 : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void modelSizeRuleRevealsAnOutcome();
    void modelSizeRuleBoundsACount();
    void descriptionCountRuleRevealsAValue();
    void honestChecksAndJobsStillPass();

private:
    QString importRows(const QString &dataset, const std::vector<Row> &rows);
    Reply dryRun(const QString &dataset, const analysis::ResolvedDesign &d);
    // POST /v1/jobs; an opened job is deleted at once.
    Reply openJob(const QString &dataset, const analysis::ResolvedDesign &d);
    Reply describePlaceB(const QString &dataset, const QStringList &names);

    QTemporaryDir m_dir;
    QString m_schema;
    NodeProcess m_node; // the default policy
    QString m_eve;
    QString m_ann; // honest work
};

QString tst_AttacksReview5::importRows(const QString &dataset, const std::vector<Row> &rows)
{
    return importCsvText(m_node, m_dir, dataset, csvOf(rows), m_schema);
}

Reply tst_AttacksReview5::dryRun(const QString &dataset, const analysis::ResolvedDesign &d)
{
    return m_node.post("/v1/checks", m_eve, jobBody(dataset, d));
}

Reply tst_AttacksReview5::openJob(const QString &dataset, const analysis::ResolvedDesign &d)
{
    testsupport::StudySite site { &m_node, m_eve, {}, {}, {}, {}, {} };
    const Reply r = testsupport::openStudy(site, manifestFor(dataset, d));
    if (!site.jobId.isEmpty())
        (void)m_node.del(testsupport::jobPath(site), m_eve);
    return r;
}

Reply tst_AttacksReview5::describePlaceB(const QString &dataset, const QStringList &names)
{
    Describe q;
    q.dataset = dataset;
    q.filters = { among("place", { "B" }) };
    for (const QString &name : names)
        q.variables.append(variable(name));
    return m_node.post("/v1/descriptives", m_eve, describeBody(q));
}

void tst_AttacksReview5::initTestCase()
{
    VERIFY_NO_ERROR(startAttackedNode(m_node, m_dir, QStringLiteral("Review 5 node")));
    m_schema = m_dir.filePath(QStringLiteral("review5.schema.json"));
    VERIFY_NO_ERROR(writeSetupFile(m_schema, schemaJson()));
    for (int y : { 1, 0 })
        VERIFY_NO_ERROR(importRows(QStringLiteral("outcome%1").arg(y), plantedRows(y)));
    VERIFY_NO_ERROR(importRows(QStringLiteral("count"), plantedRows(1)));
    VERIFY_NO_ERROR(importRows(QStringLiteral("honest"), plantedRows(1)));
    m_eve = m_node.token(QStringLiteral("eve"), QStringLiteral("research"));
    m_ann = m_node.token(QStringLiteral("ann"), QStringLiteral("research"));
    QVERIFY2(!m_eve.isEmpty() && !m_ann.isEmpty(), qPrintable(m_node.error));
    VERIFY_NO_ERROR(serveWithColluder(m_node, m_eve));
}

void tst_AttacksReview5::cleanupTestCase()
{
    m_node.stop();
    printOutcomes();
}

void tst_AttacksReview5::cleanup()
{
    VERIFY_NO_ERROR(takeFailures());
}

// ---- 1: a model-size rule on a cohort the ledger would refuse --------------------------------

void tst_AttacksReview5::modelSizeRuleRevealsAnOutcome()
{
    // Attack. The model-size rules compare a count of the cohort with a threshold the request
    // sets: events-per-parameter passes when p × 10 <= the rarer class's count, and the analyst
    // chooses p (any numeric column adds one). With an exact count released before, that is a
    // test at one record. The target is the only record of place B without v. Step 1: y
    // described over place B (released: 20 with y = 1). Step 2: y ~ v over place B (p = 2, its
    // complete cases are place B without her): 20 events pass, 19 do not, so the rule says
    // whether she had y = 1. A dry run (POST /v1/checks) does not consult the differencing
    // ledger at all, and a job runs the model-size rules before the ledger, so its refusal
    // names events-per-parameter (her y = 1) or differencing (her y = 0). Run on both datasets:
    // they differ only in her outcome.
    std::map<int, QString> dry, job;
    for (int y : { 1, 0 }) {
        const QString dataset = QStringLiteral("outcome%1").arg(y);
        const Reply first = describePlaceB(dataset, { QStringLiteral("y") });
        const auto d = described(first);
        QVERIFY2(d && d->categorical.size() == 1, qPrintable(first.describe()));
        qint64 events = -1;
        for (const auto &level : d->categorical.front().levels) {
            if (level.name == QLatin1String("1"))
                events = level.count.value_or(-1);
        }
        QCOMPARE(events, qint64(20)); // the same in both datasets
        const auto fit
            = design("y", analysis::Family::Binomial, { asIs("v") }, { among("place", { "B" }) });
        const Reply check = dryRun(dataset, fit);
        const Reply opened = openJob(dataset, fit);
        QVERIFY2(check.status != 0 && check.status != 500, qPrintable(check.describe()));
        QVERIFY2(opened.status != 0 && opened.status != 500, qPrintable(opened.describe()));
        dry[y] = answerOf(check);
        job[y] = answerOf(opened);
        qInfo("her y = %d: dry run %s; job %s", y, qPrintable(check.describe().left(160)),
              qPrintable(opened.describe().left(160)));
    }
    QStringList revealed;
    auto compare = [&](const QString &what, std::map<int, QString> &answer) {
        const QString attack
            = QStringLiteral("y over place B described (20 events), then %1 of y ~ v over place "
                             "B (her complete cases out, p = 2)")
                  .arg(what);
        if (answer[1] == answer[0]) {
            note(attack, QStringLiteral("the same answer for both outcomes: %1").arg(answer[1]));
            return;
        }
        const QString detail
            = QStringLiteral("her y = 1: %1, her y = 0: %2: her outcome").arg(answer[1], answer[0]);
        stillWorks(attack, detail);
        revealed << detail;
    };
    compare(QStringLiteral("a dry run"), dry);
    compare(QStringLiteral("a job"), job);
    QVERIFY2(revealed.isEmpty(), qPrintable(revealed.join(QStringLiteral("; "))));
    for (const auto *answer : { &dry, &job }) {
        for (const auto &[y, code] : *answer)
            QCOMPARE(code, QStringLiteral("differencing"));
    }
}

// ---- 2: the same with a Poisson outcome: a bound on her count --------------------------------

void tst_AttacksReview5::modelSizeRuleBoundsACount()
{
    // Attack. For a Poisson outcome the base of events-per-parameter is Σy, so the same two steps
    // bound a value: c described over place B (Σc released as n × mean), then dry runs of
    // c ~ v + a0 + … over place B (without her) for p = 2 … 12: each passes when Σc - c_her >=
    // 10p, and the largest p that passes puts her count in a window of ten.
    const QString dataset = QStringLiteral("count");
    const Reply first = describePlaceB(dataset, { QStringLiteral("c") });
    const auto d = described(first);
    QVERIFY2(d && d->numeric.size() == 1, qPrintable(first.describe()));
    const double total
        = std::round(d->numeric.front().moments.count * d->numeric.front().moments.mean);
    qInfo("place B: Σc = %.0f", total);
    int largest = 0;
    QStringList answers;
    for (int p = 2; p <= 2 + kNoise; ++p) {
        const Reply r = dryRun(dataset,
                               withNoise(design("c", analysis::Family::Poisson, { asIs("v") },
                                                { among("place", { "B" }) }),
                                         p - 2));
        QVERIFY2(r.status != 0 && r.status != 500, qPrintable(r.describe()));
        answers << QStringLiteral("p=%1 %2").arg(p).arg(answerOf(r));
        if (r.released())
            largest = p;
    }
    qInfo("%s", qPrintable(answers.join(QStringLiteral(", "))));
    const QString attack = QStringLiteral("c over place B described, then dry runs of c ~ v + "
                                          "a0 + … over place B (without her) for p = 2 … 12");
    if (largest > 0 && largest < 2 + kNoise) {
        const double low = total - 10.0 * (largest + 1) + 1, high = total - 10.0 * largest;
        const QString detail = QStringLiteral("largest p passed %1: her c in [%2, %3] (planted 8)")
                                   .arg(largest)
                                   .arg(std::max(0.0, low))
                                   .arg(high);
        stillWorks(attack, detail);
        QFAIL(qPrintable(detail));
    }
    note(attack, QStringLiteral("no bound: %1").arg(answers.join(QStringLiteral(", "))));
}

// ---- 3: a description's count rule on a cohort the ledger would refuse -----------------------

void tst_AttacksReview5::descriptionCountRuleRevealsAValue()
{
    // Attack. A description refuses a numeric variable with 1-9 present (or missing) values in
    // the cohort (min-cell), and that rule ran before the ledger. u is present for exactly 10
    // records of place B (released). u over place B with the complete cases of v (place B
    // without her): 9 present values when she has a value of u (min-cell), 10 when she has none
    // (then the ledger refuses the cohort, one record from place B's: differencing). Whether her
    // u was recorded; the same with a missing count of 10 tells whether it was not.
    std::map<int, QString> answer;
    for (int y : { 1, 0 }) {
        const QString dataset = QStringLiteral("outcome%1").arg(y);
        const Reply first = describePlaceB(dataset, { QStringLiteral("u") });
        const auto d = described(first);
        QVERIFY2(d && d->numeric.size() == 1, qPrintable(first.describe()));
        QCOMPARE(d->numeric.front().moments.count, 10.0); // the same in both datasets
        Describe q;
        q.dataset = dataset;
        q.filters = { among("place", { "B" }) };
        q.completeCases = { QStringLiteral("v") };
        q.variables = { variable(QStringLiteral("u")) };
        const Reply r = m_node.post("/v1/descriptives", m_eve, describeBody(q));
        QVERIFY2(r.status != 0 && r.status != 500, qPrintable(r.describe()));
        answer[y] = answerOf(r);
        qInfo("she has %s value of u: %s", y ? "a" : "no", qPrintable(r.describe().left(160)));
    }
    const QString attack = QStringLiteral("u over place B described (10 values), then u over "
                                          "place B with the complete cases of v (without her)");
    if (answer[1] != answer[0]) {
        const QString detail
            = QStringLiteral("she has a value of u: %1, none: %2: whether her u was recorded")
                  .arg(answer[1], answer[0]);
        stillWorks(attack, detail);
        QFAIL(qPrintable(detail));
    }
    note(attack, QStringLiteral("the same answer for both: %1").arg(answer[1]));
    QCOMPARE(answer[1], QStringLiteral("differencing"));
}

// ---- honest work -----------------------------------------------------------------------------

void tst_AttacksReview5::honestChecksAndJobsStillPass()
{
    // A dry run and then the job of a cohort no release is one group away from (place C, twelve
    // records without v among ~400); a description and then a fit of the same cohort; a design
    // too large for its events still refused by the model-size rule it breaks.
    const QString dataset = QStringLiteral("honest");
    const auto placeC = design("y", analysis::Family::Binomial, { asIs("v"), asIs("w") },
                               { among("place", { "C" }) });
    Reply r = m_node.post("/v1/checks", m_ann, jobBody(dataset, placeC));
    QVERIFY2(r.released(), qPrintable(r.describe()));
    testsupport::StudySite site { &m_node, m_ann, {}, {}, {}, {}, {} };
    r = testsupport::openStudy(site, manifestFor(dataset, placeC));
    QVERIFY2(r.status == 201, qPrintable(r.describe()));
    (void)m_node.del(testsupport::jobPath(site), m_ann);

    Describe q;
    q.dataset = dataset;
    q.filters = { among("place", { "B" }) };
    q.variables = { variable(QStringLiteral("y")), variable(QStringLiteral("w")) };
    r = m_node.post("/v1/descriptives", m_ann, describeBody(q));
    QVERIFY2(r.released(), qPrintable(r.describe()));
    const auto placeB
        = design("y", analysis::Family::Binomial, { asIs("w") }, { among("place", { "B" }) });
    r = m_node.post("/v1/checks", m_ann, jobBody(dataset, placeB));
    QVERIFY2(r.released(), qPrintable(r.describe()));
    testsupport::StudySite again { &m_node, m_ann, {}, {}, {}, {}, {} };
    r = testsupport::openStudy(again, manifestFor(dataset, placeB));
    QVERIFY2(r.status == 201, qPrintable(r.describe()));
    (void)m_node.del(testsupport::jobPath(again), m_ann);

    // 20 events over place B: three parameters are too many, with or without the ledger.
    r = m_node.post("/v1/checks", m_ann,
                    jobBody(dataset,
                            design("y", analysis::Family::Binomial, { asIs("w"), asIs("score") },
                                   { among("place", { "B" }) })));
    QCOMPARE(r.code, QStringLiteral("events-per-parameter"));
}

QTEST_GUILESS_MAIN(tst_AttacksReview5)
#include "tst_attacks_review5.moc"

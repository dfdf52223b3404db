// SPDX-License-Identifier: GPL-3.0-or-later
// The eighth independent review of rules 1, 2 and 4 (branch `review8`, docs/privacy-rules.md
// "The eighth independent review"): attacks the earlier suites did not run, each as a hostile
// client would send it to a real fairstart-node over TLS on its default policy, against a
// synthetic dataset written by the test with a planted record whose values are chosen exactly.
#include "attacksupport.h"
#include "nodeprocess.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <functional>
#include <map>
#include <string>

using namespace fairstart;
using namespace testsupport::attacks;
using testsupport::NodeProcess;
using testsupport::Reply;

namespace {

// One synthetic record: a numeric score, a numeric 0/1 column a and a count c.
struct Row {
    std::string sex = "female";
    std::string place = "B";
    int score = 0;
    int a = 0;
    int b = 0;
    int e = 0;
    int f = 0;
    int z = 0;
    int c = 0;
};

QByteArray schemaJson()
{
    QJsonObject columns;
    columns.insert(QStringLiteral("record_id"), schemaColumn(QStringLiteral("id")));
    columns.insert(QStringLiteral("sex"), categoricalColumn({ "female", "male" }));
    columns.insert(QStringLiteral("place"), categoricalColumn({ "B", "C", "D" }));
    for (const char *numeric : { "score", "a", "b", "e", "f", "z", "c" })
        columns.insert(QLatin1String(numeric), schemaColumn(QStringLiteral("numeric")));
    columns.insert(QStringLiteral("consent_research"), consentColumn(QStringLiteral("research")));
    return schemaDocument(columns, QStringLiteral("Review 8 synthetic records"));
}

QByteArray csvOf(const std::vector<Row> &rows)
{
    QByteArray out = "record_id,sex,place,score,a,b,e,f,z,c,consent_research\n";
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Row &r = rows[i];
        out += csvLineOf({ std::to_string(800000 + i), r.sex, r.place, std::to_string(r.score),
                           std::to_string(r.a), std::to_string(r.b), std::to_string(r.e),
                           std::to_string(r.f), std::to_string(r.z), std::to_string(r.c), "1" });
    }
    return out;
}

// 2400 records, both sexes, a = 0 and 1 in turn by pairs. With a = 0 the score is 0..20, with
// a = 1 it is 0..40; the counts above 0 (all 1: the cells rule wants ≥ 10 of each a × c) are
// exactly the records at the top of their group's scores (20 with a = 0, 40 with a = 1), zeros
// elsewhere: along score − 20·a every count above 0 sits at the highest value (20) and every zero
// below it. `planted`: one girl with a = 0 and score 10 has the count 1 (else 0, like the others
// there). Every design column alone has ≥ 14 counts above 0 off its lowest and off its highest
// value, in each sex.
std::vector<Row> mixedDirectionRows(bool planted)
{
    std::vector<Row> rows;
    bool target = false;
    for (int j = 0; j < 2400; ++j) {
        Row r;
        r.sex = j % 2 ? "male" : "female";
        r.place = std::string(1, char('B' + j % 3));
        r.a = (j / 2) % 2;
        r.score = r.a == 0 ? j % 21 : j % 41;
        const bool top = r.score == (r.a == 0 ? 20 : 40);
        r.c = top ? 1 : 0;
        if (planted && !target && r.sex == "female" && r.a == 0 && r.score == 10) {
            r.c = 1;
            target = true;
        }
        rows.push_back(r);
    }
    return rows;
}

// 2400 records, both sexes, the four 0/1 columns a, b, e, f in the twelve patterns of 0/1 values
// with 2a + b + e + f ≤ 3 (all but 1110, 1101, 1011, 1111), each 100 times per sex. The counts
// above 0 (1..3, on four records of five) are exactly on that facet (1100, 1010, 1001, 0111),
// zeros elsewhere, but for one girl at 0000 with the count 3 (`planted`). No sum of ±1 is
// constant on the facet's four patterns, so each has ≥ 80 counts above 0 off either extreme;
// every column and every pair's four cells hold many records.
std::vector<Row> facetRows(bool planted)
{
    static const int kPatterns[12] = { 0b0000, 0b1000, 0b0100, 0b0010, 0b0001, 0b1100,
                                       0b1010, 0b1001, 0b0110, 0b0101, 0b0011, 0b0111 };
    std::vector<Row> rows;
    bool target = false;
    for (int j = 0; j < 2400; ++j) {
        Row r;
        r.sex = j % 2 ? "male" : "female";
        r.place = std::string(1, char('B' + j % 3));
        r.score = j % 41;
        const int bits = kPatterns[(j / 2) % 12];
        r.a = bits >> 3 & 1;
        r.b = bits >> 2 & 1;
        r.e = bits >> 1 & 1;
        r.f = bits & 1;
        const bool onFacet = 2 * r.a + r.b + r.e + r.f == 3;
        r.c = onFacet && (j / 24) % 5 != 0 ? 1 + (j / 24) % 3 : 0;
        if (planted && !target && r.sex == "female" && bits == 0) {
            r.c = 3;
            target = true;
        }
        rows.push_back(r);
    }
    return rows;
}

// 2400 records, both sexes, two numeric columns: score 0..40 and z. The counts above 0 (1..3) are
// exactly the records with score + z = 0, a third of them; the zeros have score + z = −5..−1, but
// for one girl with score 10, z −13 and the count 3 (`planted`). Each column alone has its
// counts above 0 spread over 41 values; no column is 0/1.
std::vector<Row> twoNumericRows(bool planted)
{
    std::vector<Row> rows;
    bool target = false;
    for (int j = 0; j < 2400; ++j) {
        Row r;
        r.sex = j % 2 ? "male" : "female";
        r.place = std::string(1, char('B' + j % 3));
        r.score = (j / 2) % 41;
        const bool positive = (j / 82) % 3 == 0;
        r.z = positive ? -r.score : -r.score - 1 - (j / 2) % 5;
        r.c = positive ? 1 + j % 3 : 0;
        if (planted && !target && r.sex == "female" && r.score == 10 && !positive) {
            r.z = -13;
            r.c = 3;
            target = true;
        }
        rows.push_back(r);
    }
    return rows;
}

// Honest counts on the same columns: c = 0..3 whatever the score and a.
std::vector<Row> honestCountRows()
{
    auto rows = mixedDirectionRows(false);
    for (std::size_t j = 0; j < rows.size(); ++j)
        rows[j].c = int((j * 7 + j / 5) % 4);
    return rows;
}

} // namespace

class tst_AttacksReview8 : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    // Rule 1: Poisson separation along a direction that mixes a numeric column and a 0/1 column
    // (score − 20·a), which no per-column rule and no signed sum of 0/1 columns sees.
    void poissonSeparationAlongNumericAndBinaryColumns();
    void poissonHonestCountsOnNumericAndBinaryColumns();
    // Rule 1: Poisson separation along a facet of the 0/1 patterns' hull with a coefficient 2
    // (2a + b + e + f = 3), which no signed sum of ±1 is.
    void poissonSeparationAlongAFaceWithCoefficientTwo();
    // Rule 1: the next attack: along score + z, two numeric columns (closed by `poissonlp`).
    void poissonSeparationAlongTwoNumericColumns();
    // Rule 4: requests without a known token (last: it spends the node's budget for them).
    void unknownTokensAreBudgeted();

private:
    QString importRows(const QString &dataset, const std::vector<Row> &rows)
    {
        return importCsvText(m_node, m_dir, dataset, csvOf(rows), m_schema);
    }
    // "converged", "diverged" (converged with an estimate run off: ranOff(β) — a threshold of
    // each attack's own, set between the two worlds' estimates a Newton iteration of 25 or 40
    // steps reaches: the estimates of the world whose MLE exists are far from 0 too), "failed"
    // or "refused: <code> at round <n>".
    QString answerOf(const QString &dataset, const analysis::ResolvedDesign &d,
                     const std::function<bool(const std::vector<double> &)> &ranOff);

    QTemporaryDir m_dir;
    QString m_schema;
    NodeProcess m_node;
    std::map<QString, QString> m_tokens;
};

void tst_AttacksReview8::initTestCase()
{
    VERIFY_NO_ERROR(startAttackedNode(m_node, m_dir, QStringLiteral("Review 8 node")));
    m_schema = m_dir.filePath(QStringLiteral("review8.schema.json"));
    VERIFY_NO_ERROR(writeSetupFile(m_schema, schemaJson()));
    VERIFY_NO_ERROR(importRows(QStringLiteral("mixed"), mixedDirectionRows(true)));
    VERIFY_NO_ERROR(importRows(QStringLiteral("honestcounts"), honestCountRows()));
    VERIFY_NO_ERROR(importRows(QStringLiteral("facet"), facetRows(true)));
    VERIFY_NO_ERROR(importRows(QStringLiteral("twonumeric"), twoNumericRows(true)));
    {
        auto honest = facetRows(false);
        for (std::size_t j = 0; j < honest.size(); ++j)
            honest[j].c = int((j * 7 + j / 5) % 4);
        VERIFY_NO_ERROR(importRows(QStringLiteral("facethonest"), honest));
    }
    VERIFY_NO_ERROR(researchTokens(m_node, { "ann", "eve", "mallory" }, m_tokens));
    VERIFY_NO_ERROR(serveWithColluder(m_node, m_tokens[QStringLiteral("ann")]));
}

void tst_AttacksReview8::cleanupTestCase()
{
    m_node.stop();
    printOutcomes();
}

void tst_AttacksReview8::cleanup()
{
    VERIFY_NO_ERROR(takeFailures());
}

QString tst_AttacksReview8::answerOf(const QString &dataset, const analysis::ResolvedDesign &d,
                                     const std::function<bool(const std::vector<double> &)> &ranOff)
{
    std::vector<double> beta;
    const QString answer = studyAnswer(m_node, m_tokens[QStringLiteral("eve")], dataset, d, &beta);
    QStringList shown;
    for (const double b : beta)
        shown << QString::number(b, 'g', 4);
    qInfo("  %s: %s [%s]", qPrintable(dataset), qPrintable(answer),
          qPrintable(shown.join(QStringLiteral(", "))));
    if (answer == QStringLiteral("converged") && ranOff(beta))
        return QStringLiteral("diverged");
    return answer;
}

namespace {

// β[from..] has an estimate of at least `limit` in size (or not finite).
std::function<bool(const std::vector<double> &)> beyond(double limit, std::size_t from = 1,
                                                        std::size_t to = 99)
{
    return [=](const std::vector<double> &beta) {
        for (std::size_t i = from; i < beta.size() && i <= to; ++i) {
            if (!(std::abs(beta[i]) < limit))
                return true;
        }
        return false;
    };
}

} // namespace

// ---- rule 1: Poisson separation along a numeric and a 0/1 column -------------------------------

void tst_AttacksReview8::poissonSeparationAlongNumericAndBinaryColumns()
{
    // Attack. The Poisson study c ~ score + a over the girls and over the boys. Along
    // score − 20·a every count above 0 sits at the highest value and the zeros below it, so the
    // estimate does not exist (it drifts to infinity along that direction) — but for one girl's
    // count of 1 at a = 0, score 10. The per-column rule (redteam3: score and a each have ≥ 14
    // counts above 0 off either extreme) and the signed sums of three or more 0/1 columns
    // (redteam5: there is one) pass both; the catalogue names this direction as not judged.
    std::map<std::string, QString> answer;
    for (const std::string sex : { "female", "male" }) {
        answer[sex] = answerOf(QStringLiteral("mixed"),
                               design("c", analysis::Family::Poisson, { asIs("score"), asIs("a") },
                                      { among("sex", { sex }) }),
                               beyond(9, 1, 1));
        qInfo("  c ~ score + a over %s: %s", sex.c_str(), qPrintable(answer[sex]));
    }
    const QString attack = QStringLiteral("Poisson c ~ score + a over the girls and the boys (one "
                                          "girl is the only count > 0 below score − 20·a = 0)");
    girlsAndBoysVerdict(attack, answer["female"], answer["male"]);
    QCOMPARE(answer["female"], answer["male"]);
}

void tst_AttacksReview8::poissonHonestCountsOnNumericAndBinaryColumns()
{
    // Honest: the same columns with counts that do not follow the score converge over every
    // record and over each sex.
    QStringList honest;
    for (const std::string sex : { "female", "male", "" }) {
        std::vector<analysis::Filter> filters;
        if (!sex.empty())
            filters = { among("sex", { sex }) };
        const QString a = answerOf(
            QStringLiteral("honestcounts"),
            design("c", analysis::Family::Poisson, { asIs("score"), asIs("a") }, filters),
            beyond(9));
        honest << QStringLiteral("%1: %2").arg(QString::fromStdString(sex.empty() ? "all" : sex),
                                               a);
        QCOMPARE(a, QStringLiteral("converged"));
    }
    note(QStringLiteral("honest: c ~ score + a with ordinary counts"),
         honest.join(QStringLiteral("; ")));
}

void tst_AttacksReview8::poissonSeparationAlongAFaceWithCoefficientTwo()
{
    // Attack. The Poisson study c ~ a + b + e + f over the girls and over the boys: every count
    // above 0 on the facet 2a + b + e + f = 3 of the patterns present, zeros below it, but for one
    // girl's count of 3 at 0000. The boys' estimate does not exist (it drifts along
    // 2a + b + e + f − 3), the girls' does because of her. redteam5's sums of ±1 pass both.
    std::map<std::string, QString> answer;
    const auto facetDesign = [](const std::string &sex) {
        return design("c", analysis::Family::Poisson,
                      { asIs("a"), asIs("b"), asIs("e"), asIs("f") }, { among("sex", { sex }) });
    };
    for (const std::string sex : { "female", "male" }) {
        // Girls about (−12, 8.5, 4.3, 4.3, 4.3) after 25 or 40 Newton steps; boys (−73, 49, 24,
        // …) after 25 and still growing.
        answer[sex] = answerOf(QStringLiteral("facet"), facetDesign(sex), beyond(20, 0));
        qInfo("  c ~ a + b + e + f over %s: %s", sex.c_str(), qPrintable(answer[sex]));
    }
    const QString attack = QStringLiteral("Poisson c ~ a + b + e + f over the girls and the boys "
                                          "(one girl is the only count > 0 below "
                                          "2a + b + e + f = 3)");
    girlsAndBoysVerdict(attack, answer["female"], answer["male"]);
    QCOMPARE(answer["female"], answer["male"]);
    // Honest: the same twelve patterns with counts that do not follow them converge.
    QStringList honest;
    for (const std::string sex : { "female", "male" }) {
        const QString a = answerOf(QStringLiteral("facethonest"), facetDesign(sex), beyond(9, 0));
        honest << QStringLiteral("%1: %2").arg(QString::fromStdString(sex), a);
        QCOMPARE(a, QStringLiteral("converged"));
    }
    note(QStringLiteral("honest: c ~ a + b + e + f over twelve patterns"),
         honest.join(QStringLiteral("; ")));
}

void tst_AttacksReview8::poissonSeparationAlongTwoNumericColumns()
{
    // The next attack on the rule above: the direction score + z of two numeric columns. Every
    // count above 0 at score + z = 0, the highest, the zeros below it, but one girl's count of 3
    // at score + z = −3. Neither column alone, nor either along the (absent) 0/1 columns, shows
    // it; only a search over the directions of the design's span would (a linear programme).
    std::map<std::string, QString> answer;
    for (const std::string sex : { "female", "male" }) {
        // Girls about (0.7, 3.6, 3.6), boys (0.7, 23, 23) after 25 Newton steps and growing.
        answer[sex] = answerOf(QStringLiteral("twonumeric"),
                               design("c", analysis::Family::Poisson, { asIs("score"), asIs("z") },
                                      { among("sex", { sex }) }),
                               beyond(9));
        qInfo("  c ~ score + z over %s: %s", sex.c_str(), qPrintable(answer[sex]));
    }
    const QString attack = QStringLiteral("Poisson c ~ score + z over the girls and the boys (one "
                                          "girl is the only count > 0 below score + z = 0)");
    // Closed by branch `poissonlp`: the separation programme over every direction of the span
    // (docs/privacy-rules.md, "Separation along any direction: a linear programme").
    girlsAndBoysVerdict(attack, answer["female"], answer["male"]);
    QCOMPARE(answer["female"], answer["male"]);
}

// ---- rule 4: requests without a known token ----------------------------------------------------

void tst_AttacksReview8::unknownTokensAreBudgeted()
{
    // Attack (on the node's audit and disk): the red team of the eleventh session gave every
    // token an hourly budget; a request whose token the node does not know has none, and each is
    // audited with up to 4 KiB of its body. 1000 descriptions of 4 KiB with made-up tokens (a
    // new one each time) over one kept-alive connection, as fast as it carries them. On a node
    // whose administrator set the budget to 300 an hour (of 60 .. 1000000; the default 3000
    // needs 3000 requests before the budget shows, which a loaded machine does not send within
    // QtTest's five minutes: an audit entry each).
    NodeProcess node;
    VERIFY_NO_ERROR(initNode(node, m_dir.filePath(QStringLiteral("budget")),
                             QStringLiteral("Review 8 budget node"),
                             { { "requests_per_token_per_hour", "300" } }));
    const QString ann = node.token(QStringLiteral("ann"), QStringLiteral("research"));
    QVERIFY2(!ann.isEmpty(), qPrintable(node.error));
    QVERIFY2(node.serve(), qPrintable(node.error));
    auto client = node.client();
    client->set_keep_alive(true);
    const std::string body = "{\"purpose\":\"research\",\"dataset\":\"mixed\",\"padding\":\""
        + std::string(4000, 'x') + "\"}";
    const qint64 before = folderBytes(node.dataDir());
    int unauthenticated = 0;
    int firstRefused = 0;
    QString code;
    std::string retryAfter;
    QElapsedTimer timer;
    timer.start();
    for (int i = 1; i <= 1000; ++i) {
        const httplib::Headers headers {
            { "Authorization", "Bearer fs_madeup" + std::to_string(i) + std::string(40, 'q') }
        };
        auto r = client->Post("/v1/descriptives", headers, body, "application/json");
        QVERIFY2(r, "no answer from the node");
        const QString answerCode = QJsonDocument::fromJson(QByteArray::fromStdString(r->body))
                                       .object()
                                       .value(QStringLiteral("error"))
                                       .toObject()
                                       .value(QStringLiteral("code"))
                                       .toString();
        if (r->status == 401) {
            QCOMPARE(answerCode, QStringLiteral("unauthenticated"));
            ++unauthenticated;
            continue;
        }
        QCOMPARE(r->status, 429);
        if (firstRefused == 0) {
            firstRefused = i;
            code = answerCode;
            retryAfter = r->get_header_value("Retry-After");
        }
    }
    const double seconds = double(timer.elapsed()) / 1000;
    const qint64 grown = folderBytes(node.dataDir()) - before;
    const int audited
        = int(auditLinesOf(node, QStringLiteral("\"code\":\"unauthenticated\"")).size());
    qInfo("  %d of 1000 answered 401 in %.1f s, first 429 at %d (%s, Retry-After %s); %d audit "
          "entries of 401; the data folder grew by %.1f MB",
          unauthenticated, seconds, firstRefused, qPrintable(code), retryAfter.c_str(), audited,
          double(grown) / 1e6);
    const QString attack = QStringLiteral("1000 requests of 4 KiB with made-up tokens in a row "
                                          "(a budget of 300 an hour)");
    if (firstRefused == 0) {
        stillWorks(attack,
                   QStringLiteral("all %1 answered 401 in %2 s, %3 audited, the folder grew by "
                                  "%4 MB")
                       .arg(unauthenticated)
                       .arg(seconds, 0, 'f', 1)
                       .arg(audited)
                       .arg(double(grown) / 1e6, 0, 'f', 1));
        return;
    }
    QCOMPARE(code, QStringLiteral("request-rate"));
    QVERIFY2(!retryAfter.empty() && std::stoi(retryAfter) > 0, retryAfter.c_str());
    // The budget refills one request every 12 s: a slow run may have had a few more answered.
    QVERIFY2(unauthenticated <= 300 + int(seconds / 12) + 1,
             qPrintable(QString::number(unauthenticated)));
    QVERIFY2(audited <= unauthenticated, qPrintable(QString::number(audited)));
    const int refusals
        = int(auditLinesOf(node, QStringLiteral("\"code\":\"request-rate\"")).size());
    QVERIFY2(refusals >= 1 && refusals <= 12 * (int(seconds / 12) + 1),
             qPrintable(QString::number(refusals)));
    note(attack,
         QStringLiteral("401 for the first %1, then 429 request-rate from request %2 (Retry-After "
                        "%3 s); %4 audit entries of the refusals; the folder grew by %5 MB")
             .arg(unauthenticated)
             .arg(firstRefused)
             .arg(QString::fromStdString(retryAfter))
             .arg(refusals)
             .arg(double(grown) / 1e6, 0, 'f', 1));
    // A known token has a budget of its own and is served.
    const Reply other = node.get("/v1/info", ann);
    QCOMPARE(other.status, 200);
    node.stop();
}

QTEST_GUILESS_MAIN(tst_AttacksReview8)
#include "tst_attacks_review8.moc"

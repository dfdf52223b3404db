// SPDX-License-Identifier: GPL-3.0-or-later
// The tenth independent review of rules 1, 2 and 4 (branch `review10`, docs/privacy-rules.md
// "The tenth independent review"): what of the node's protective state survives a restart. An
// operator restarts a node as a matter of routine (`systemctl restart`, an upgrade, a new
// policy value); an analyst who was refused waits for it and asks again. Each attack runs against
// a real fairstart-node over TLS, stopped with SIGTERM (what systemd sends) and served again on
// the same data dir between the requests.
//
// Rule 1: the differencing ledger (a description over one place, then over all of it but five
// records, one of them the target: refused, then asked again after the restart), the lattice-bin
// hold (a histogram of grams over a level filter on two cohorts, the second asked after the
// restart), and the daily descriptives quota.
// Rule 4: the hourly request budget of a token and the node-wide one of requests without a known
// token (requests_per_token_per_hour), and the audit's daily budget of a user's refused requests
// kept whole (16 MiB): were they filled by a restart?
#include "attacksupport.h"
#include "nodeprocess.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <map>

using namespace fairstart;
using namespace testsupport::attacks;
using testsupport::NodeProcess;
using testsupport::Reply;

namespace {

// The node's hourly request budget in this suite (the policy's lowest value): one request
// refills every 60 s, so a restart on a loaded machine refills at most a few.
constexpr int kRequestsPerHour = 60;
// The daily descriptives quota in this suite.
constexpr int kDescriptivesPerDay = 30;

// One synthetic record (attacksupport.h's SyntheticRow and a numeric column v, empty = missing).
struct Row : SyntheticRow {
    std::string v = "1";
};

QByteArray schemaJson()
{
    QJsonObject columns;
    columns.insert(QStringLiteral("record_id"), schemaColumn(QStringLiteral("id")));
    columns.insert(QStringLiteral("sex"), categoricalColumn({ "female", "male" }));
    columns.insert(QStringLiteral("place"), categoricalColumn({ "B", "C", "D" }));
    for (const char *numeric : { "score", "w", "year", "v" })
        columns.insert(QLatin1String(numeric), schemaColumn(QStringLiteral("numeric")));
    columns.insert(QStringLiteral("y"), schemaColumn(QStringLiteral("binary")));
    columns.insert(QStringLiteral("consent_research"), consentColumn(QStringLiteral("research")));
    return schemaDocument(columns, QStringLiteral("Review 10 synthetic records"));
}

QByteArray csvOf(const std::vector<Row> &rows)
{
    QByteArray out = "record_id,sex,place,score,w,year,v,y,consent_research\n";
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Row &r = rows[i];
        out += csvLineOf({ std::to_string(900000 + i), r.sex, r.place, std::to_string(int(r.score)),
                           r.w, std::to_string(r.year), r.v, std::to_string(r.y), "1" });
    }
    return out;
}

// 1050 ordinary records; the first 5 of place C miss v. The first of them, the target, has the
// score 35 (`target` 1) or 5 (`target` 0); the other four 20 (background knowledge). The score
// described over place C and over its complete cases of v differs by the five's sum.
std::vector<Row> fiveWithoutV(int target)
{
    auto rows = ordinaryRows<Row>(1050);
    markGroup(rows, "C", 5, [target](Row &r, int group) {
        r.v.clear();
        r.score = group == 0 ? (target == 1 ? 35 : 5) : 20;
    });
    return rows;
}

// 1050 ordinary records with tst_attacks_review7's grams group (markGramsGroup).
std::vector<Row> gramsRows(int target)
{
    auto rows = ordinaryRows<Row>(1050);
    markGramsGroup(rows, target);
    return rows;
}

// n × mean of a released numeric description (nullopt when there is none).
std::optional<double> sumOf(const Reply &reply)
{
    const auto d = described(reply);
    if (!d || d->numeric.size() != 1)
        return std::nullopt;
    const auto &m = d->numeric.front().moments;
    return double(m.count) * m.mean;
}

// The count of w's released bin that holds 3333 and not 3101 (nullopt: no such bin, or no bins).
std::optional<double> targetBin(const Reply &reply)
{
    return releasedBinCount(reply, 3333, 3101);
}

} // namespace

class tst_AttacksReview10 : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    // Rule 1: what the differencing ledger refused is refused after a restart.
    void differencingRefusalAfterARestart();
    // Rule 1: the lattice-bin hold's ledger after a restart.
    void latticeHoldAfterARestart();
    // The daily descriptives quota after a restart.
    void descriptivesQuotaAfterARestart();
    // Rule 4: the hourly request budgets (a token's and the one of unknown tokens) after a
    // restart.
    void requestBudgetsAfterARestart();
    // Rule 4: the audit's daily budget of a user's refused requests kept whole, after a restart.
    void refusedRequestBudgetAfterARestart();

private:
    QString restart();
    Reply describeScore(const QString &dataset, bool complete);
    Reply describeGrams(const QString &dataset, bool complete);

    QTemporaryDir m_dir;
    NodeProcess m_node;
    std::map<QString, QString> m_tokens;
};

void tst_AttacksReview10::initTestCase()
{
    VERIFY_NO_ERROR(startAttackedNode(m_node, m_dir, QStringLiteral("Review 10 node"),
                                      { kShareRecords,
                                        { "requests_per_token_per_hour", "60" },
                                        { "descriptives_per_user_per_day", "30" } }));
    const QString schema = m_dir.filePath(QStringLiteral("review10.schema.json"));
    VERIFY_NO_ERROR(writeSetupFile(schema, schemaJson()));
    for (const int target : { 0, 1 }) {
        const QString world = QString::number(target);
        VERIFY_NO_ERROR(importCsvText(m_node, m_dir, QStringLiteral("five") + world,
                                      csvOf(fiveWithoutV(target)), schema));
        VERIFY_NO_ERROR(importCsvText(m_node, m_dir, QStringLiteral("grams") + world,
                                      csvOf(gramsRows(target)), schema));
    }
    VERIFY_NO_ERROR(importCsvText(m_node, m_dir, QStringLiteral("quota"),
                                  csvOf(ordinaryRows<Row>(1050)), schema));
    VERIFY_NO_ERROR(
        researchTokens(m_node, { "ann", "eve", "mallory", "zed", "honest", "junk" }, m_tokens));
    QVERIFY2(m_node.serve(), qPrintable(m_node.error));
}

void tst_AttacksReview10::cleanupTestCase()
{
    m_node.stop();
    printOutcomes();
}

void tst_AttacksReview10::cleanup()
{
    VERIFY_NO_ERROR(takeFailures());
}

// The operator's restart: SIGTERM (what `systemctl restart` sends), then serve on the same data
// dir. Empty when the node listens again, else why not.
QString tst_AttacksReview10::restart()
{
    m_node.stop();
    if (!m_node.serve())
        return m_node.error;
    return {};
}

Reply tst_AttacksReview10::describeScore(const QString &dataset, bool complete)
{
    Describe q;
    q.dataset = dataset;
    q.filters = { among("place", { "C" }) };
    if (complete)
        q.completeCases = { QStringLiteral("v") };
    q.variables = { variable(QStringLiteral("score")) };
    const Reply r
        = m_node.post("/v1/descriptives", m_tokens[QStringLiteral("ann")], describeBody(q));
    qInfo("  %s: score over place C%s: %s", qPrintable(dataset), complete ? " (complete v)" : "",
          described(r) ? "released" : qPrintable(r.describe().left(160)));
    return r;
}

Reply tst_AttacksReview10::describeGrams(const QString &dataset, bool complete)
{
    Describe q;
    q.dataset = dataset;
    q.filters = { among("y", { "1" }) };
    if (complete)
        q.completeCases = { QStringLiteral("v") };
    q.variables = { variable(QStringLiteral("w"), { { -1e9, 1e9 } }) };
    const Reply r
        = m_node.post("/v1/descriptives", m_tokens[QStringLiteral("eve")], describeBody(q));
    qInfo("  %s: w over y = 1%s: %s", qPrintable(dataset), complete ? " (complete v)" : "",
          described(r) ? (targetBin(r) ? "released with bins" : "released without bins")
                       : qPrintable(r.describe().left(160)));
    return r;
}

void tst_AttacksReview10::differencingRefusalAfterARestart()
{
    // Attack: the score over place C (350 records), then over its complete cases of v (all but
    // five: the target and four whose scores the analyst knows, 20 each) — refused by the
    // differencing ledger (each cohort leaves out hundreds of records: no min-subset). The operator
    // restarts the node; the analyst asks the second again. Released, the two sums' difference less
    // 80 is the target's score (5 or 35).
    std::map<int, std::optional<double>> all;
    std::map<int, QString> before;
    for (const int target : { 0, 1 }) {
        const QString dataset = QStringLiteral("five%1").arg(target);
        all[target] = sumOf(describeScore(dataset, false));
        QVERIFY2(all[target].has_value(), "the description over every record is honest work");
        const Reply r = describeScore(dataset, true);
        before[target] = r.released() ? QStringLiteral("released") : r.code;
    }
    VERIFY_NO_ERROR(restart());
    QStringList revealed;
    QStringList answers;
    Reply last;
    for (const int target : { 0, 1 }) {
        last = describeScore(QStringLiteral("five%1").arg(target), true);
        answers << QStringLiteral("world %1: before %2, after %3")
                       .arg(target)
                       .arg(before[target],
                            last.released() ? QStringLiteral("released") : last.code);
        if (const auto rest = sumOf(last))
            revealed << QStringLiteral("world %1: the target's score %2")
                            .arg(target)
                            .arg(*all[target] - *rest - 80);
    }
    const QString attack = QStringLiteral("score over place C, then over all of it but five "
                                          "(complete cases of v) asked again after a restart");
    noteReconstruction(attack, revealed, last);
    QCOMPARE(before[0], QStringLiteral("differencing"));
    QCOMPARE(before[1], QStringLiteral("differencing"));
    if (revealed.isEmpty())
        EXPECT_REFUSED(attack + QStringLiteral(" (") + answers.join(QStringLiteral("; "))
                           + QLatin1Char(')'),
                       last, { QStringLiteral("differencing") });
}

void tst_AttacksReview10::latticeHoldAfterARestart()
{
    // Attack (tst_attacks_review7's grams, with a restart between its two descriptions): w's
    // histogram over y = 1 over every record, the restart, then over the complete cases of v. G
    // (24 records without v) holds one record in the bin of 3333, the target; the bin's counts'
    // difference is her y — unless the lattice-bin hold, whose ledger must have survived the
    // restart, withholds the second histogram's bins.
    std::map<int, std::optional<double>> first;
    std::map<int, QString> firstCode;
    for (const int target : { 0, 1 }) {
        const Reply r = describeGrams(QStringLiteral("grams%1").arg(target), false);
        QVERIFY2(r.released(), qPrintable(r.describe()));
        first[target] = targetBin(r);
        firstCode[target] = first[target] ? QStringLiteral("bins") : QStringLiteral("no bins");
    }
    VERIFY_NO_ERROR(restart());
    bool reveals = true;
    QStringList answers;
    std::map<int, QString> secondCode;
    for (const int target : { 0, 1 }) {
        const Reply r = describeGrams(QStringLiteral("grams%1").arg(target), true);
        const auto second = targetBin(r);
        secondCode[target] = !r.released() ? r.code
            : second                       ? QStringLiteral("bins")
                                           : QStringLiteral("no bins");
        QString answer = QStringLiteral("world y = %1: %2, after the restart %3")
                             .arg(target)
                             .arg(firstCode[target], secondCode[target]);
        if (first[target] && second) {
            answer += QStringLiteral(" (the bin's difference %1)").arg(*first[target] - *second);
            reveals = reveals && *first[target] - *second == target;
        } else {
            reveals = false;
        }
        answers << answer;
    }
    twoWorldsVerdict(QStringLiteral("histograms of w over y = 1 over every record and, after a "
                                    "restart, over the complete cases of v"),
                     answers, reveals, secondCode[0] != secondCode[1], QStringLiteral(": her y"),
                     QStringLiteral("the target's y"));
}

void tst_AttacksReview10::descriptivesQuotaAfterARestart()
{
    // The daily descriptives quota (30 here) spent by mallory, the node restarted: still spent
    // until the next UTC day (it lives in the store).
    Describe q;
    q.dataset = QStringLiteral("quota");
    q.variables = { variable(QStringLiteral("score")) };
    const QByteArray body = describeBody(q);
    const QString &token = m_tokens[QStringLiteral("mallory")];
    int answered = 0;
    Reply r;
    for (int i = 0; i <= kDescriptivesPerDay; ++i) {
        r = m_node.post("/v1/descriptives", token, body);
        if (r.status == 429)
            break;
        QVERIFY2(r.released(), qPrintable(r.describe()));
        ++answered;
    }
    QCOMPARE(answered, kDescriptivesPerDay);
    QCOMPARE(r.code, QStringLiteral("descriptives-quota"));
    VERIFY_NO_ERROR(restart());
    r = m_node.post("/v1/descriptives", token, body);
    expectRefusedCode(QStringLiteral("the daily descriptives quota, spent, after a restart"), r,
                      { QStringLiteral("descriptives-quota") });
}

void tst_AttacksReview10::requestBudgetsAfterARestart()
{
    // Rule 4: zed spends the hourly request budget (60 here) on GET /v1/info, and requests with
    // made-up tokens spend the node-wide bucket of requests without a known token (the same size).
    // The operator restarts the node. Before this review both buckets lived in memory only: the
    // restart filled them, and a sender that waits for restarts (or one a day's routine gives
    // it) has a new hour's budget at each. Now the restarted node starts from what the buckets
    // held when it stopped, refilled for the time it was down (1 request a minute here).
    const QString &token = m_tokens[QStringLiteral("zed")];
    const QString madeUp = QStringLiteral("fst_000000000000_review10-made-up-token-not-known-here");
    const auto spend = [this](const QString &t, int *answered) {
        for (int i = 0; i < kRequestsPerHour + 10; ++i) {
            const Reply r = m_node.get("/v1/info", t);
            if (r.status == 429)
                return r;
            ++*answered;
        }
        return Reply {};
    };
    int zedAnswered = 0;
    int unknownAnswered = 0;
    const Reply zedRefused = spend(token, &zedAnswered);
    const Reply unknownRefused = spend(madeUp, &unknownAnswered);
    QCOMPARE(zedRefused.code, QStringLiteral("request-rate"));
    QCOMPARE(unknownRefused.code, QStringLiteral("request-rate"));
    QElapsedTimer sinceSpent;
    sinceSpent.start();
    VERIFY_NO_ERROR(restart());
    // What the refill may give back over the time since the buckets were spent: one per
    // 3600 / 60 s, and one more for a refill that was under way.
    int zedAfter = 0;
    int unknownAfter = 0;
    for (int i = 0; i < 10; ++i) {
        if (m_node.get("/v1/info", token).status != 429)
            ++zedAfter;
        if (m_node.get("/v1/info", madeUp).status != 429)
            ++unknownAfter;
    }
    const int refilled = int(sinceSpent.elapsed() / (3600000 / kRequestsPerHour)) + 1;
    qInfo("  spent: zed %d answered, unknown tokens %d answered; after the restart (%lld s later) "
          "of 10 each: zed %d, unknown %d answered (the refill allows %d)",
          zedAnswered, unknownAnswered, sinceSpent.elapsed() / 1000, zedAfter, unknownAfter,
          refilled);
    const QString attack = QStringLiteral("the hourly request budgets spent, the node restarted");
    if (zedAfter > refilled || unknownAfter > refilled)
        stillWorks(attack,
                   QStringLiteral("a full bucket after the restart: of 10 requests each, zed's %1 "
                                  "and unknown tokens' %2 answered (the refill allows %3)")
                       .arg(zedAfter)
                       .arg(unknownAfter)
                       .arg(refilled));
    else
        note(attack,
             QStringLiteral("closed: of 10 requests each after the restart, %1 and %2 answered, "
                            "the rest 429 request-rate")
                 .arg(zedAfter)
                 .arg(unknownAfter));
    // Honest: another token, which spent nothing, is served after the restart.
    const Reply honest = m_node.get("/v1/info", m_tokens[QStringLiteral("honest")]);
    QVERIFY2(honest.status == 200, qPrintable(honest.describe()));
}

void tst_AttacksReview10::refusedRequestBudgetAfterARestart()
{
    // Rule 4, the audit log (tst_attacks_review6 auditLogFilledByRefusedBodies): a refused request
    // of a known token is kept whole only while the user's refused requests of the UTC day kept
    // less than 16 MiB. junk spends it with descriptions of ~0.9 MB for a purpose the token lacks
    // (refused before any quota), the operator restarts the node, and junk sends three more.
    // Before this review the budget was counted in memory: after the restart each was kept whole
    // again (a new 16 MiB a day at every restart).
    QJsonArray variables;
    for (int i = 0; i < 52000; ++i)
        variables.append(QJsonObject { { QStringLiteral("name"), QStringLiteral("score") } });
    const QByteArray body = protocol::canonicalJson(
        QJsonObject { { QStringLiteral("purpose"), QStringLiteral("quality-x") },
                      { QStringLiteral("dataset"), QStringLiteral("quota") },
                      { QStringLiteral("variables"), variables } });
    QVERIFY2(body.size() > 800000 && body.size() < 1000000,
             qPrintable(QString::number(body.size())));
    const QString &token = m_tokens[QStringLiteral("junk")];
    const auto send = [&](int count) {
        for (int i = 0; i < count; ++i) {
            const Reply r = m_node.post("/v1/descriptives", token, body);
            if (r.status != 403 || r.code != QLatin1String("purpose"))
                return r.describe();
        }
        return QString();
    };
    const auto overBudget = [this] {
        int n = 0;
        for (const QString &line :
             testsupport::auditLinesOf(m_node, QStringLiteral("requestOverBudget")))
            n += line.contains(QStringLiteral("\"user\":\"junk\""));
        return n;
    };
    // 16 MiB / 0.8 to 1 MB: the 17th to 21st is over the budget.
    VERIFY_NO_ERROR(send(20));
    const int before = overBudget();
    QVERIFY2(before >= 1 && before <= 5, qPrintable(QString::number(before)));
    VERIFY_NO_ERROR(restart());
    VERIFY_NO_ERROR(send(3));
    const int after = overBudget() - before;
    const QString attack = QStringLiteral("the audit's budget of refused requests kept whole, "
                                          "spent, then the node restarted");
    if (after < 3)
        stillWorks(attack,
                   QStringLiteral("of 3 refused bodies of %1 bytes after the restart, %2 "
                                  "kept whole")
                       .arg(body.size())
                       .arg(3 - after));
    else
        note(attack,
             QStringLiteral("closed: the 3 refused bodies after the restart kept by hash "
                            "and size (requestOverBudget)"));
}

QTEST_GUILESS_MAIN(tst_AttacksReview10)
#include "tst_attacks_review10.moc"

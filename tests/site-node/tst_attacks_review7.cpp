// SPDX-License-Identifier: GPL-3.0-or-later
// The seventh independent review of rules 1, 2 and 4 (branch `review7`, docs/privacy-rules.md
// "The seventh independent review"): attacks the earlier suites did not run, each as a hostile
// client would send it to a real fairstart-node over TLS on its default policy, against a
// synthetic dataset written by the test with a planted record whose values are chosen exactly.
// Most attacks run on two worlds that differ only in the planted value: the answers must not
// differ either.
#include "attacksupport.h"
#include "nodeprocess.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
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

// One synthetic record (attacksupport.h's SyntheticRow and a numeric 0/1 column `a`).
struct Row : SyntheticRow {
    int a = 0;
    std::string v = "1"; // empty = missing
};

QByteArray schemaJson()
{
    QJsonObject columns;
    columns.insert(QStringLiteral("record_id"), schemaColumn(QStringLiteral("id")));
    columns.insert(QStringLiteral("sex"), categoricalColumn({ "female", "male" }));
    columns.insert(QStringLiteral("place"), categoricalColumn({ "B", "C", "D" }));
    for (const char *numeric : { "score", "w", "year", "a", "v" })
        columns.insert(QLatin1String(numeric), schemaColumn(QStringLiteral("numeric")));
    columns.insert(QStringLiteral("y"), schemaColumn(QStringLiteral("binary")));
    columns.insert(QStringLiteral("consent_research"), consentColumn(QStringLiteral("research")));
    return schemaDocument(columns, QStringLiteral("Review 7 synthetic records"));
}

QByteArray csvOf(const std::vector<Row> &rows)
{
    QByteArray out = "record_id,sex,place,score,w,year,a,v,y,consent_research\n";
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Row &r = rows[i];
        out += csvLineOf({ std::to_string(700000 + i), r.sex, r.place, std::to_string(int(r.score)),
                           r.w, std::to_string(r.year), std::to_string(r.a), r.v,
                           std::to_string(r.y), "1" });
    }
    return out;
}

// 1050 ordinary records (attacksupport.h's: scores 0..40, years 2014..2020, a alternating in
// pairs); a group G of 24 records of place C misses w (nothing else marks it). Its first record,
// the target, is G's only child born in 2016, with score 35 and a = 1 (`target` 1) or score 5 and
// a = 0 (`target` 0); the 23 others were born in 2018, 11 of them with score 32 and a = 1, 12 with
// score 10 and a = 0. So G's records with score >= 30 (and with a >= 1) are 12 or 11: every
// count rule passes in both worlds.
std::vector<Row> twoCohortRows(int target)
{
    auto rows = ordinaryRows<Row>(1050);
    for (std::size_t j = 0; j < rows.size(); ++j)
        rows[j].a = int(j / 2 % 2);
    markGroup(rows, "C", 24, [target](Row &r, int group) {
        r.w.clear();
        const bool high = group == 0 ? target == 1 : group <= 11;
        r.year = group == 0 ? 2016 : 2018;
        r.score = high ? (group == 0 ? 35 : 32) : (group == 0 ? 5 : 10);
        r.a = high ? 1 : 0;
    });
    return rows;
}

// 1050 ordinary records with the grams group (markGramsGroup: G's target weighs 3333 g, alone in
// her bin, with y = `target`).
std::vector<Row> gramsRows(int target)
{
    auto rows = ordinaryRows<Row>(1050);
    markGramsGroup(rows, target);
    return rows;
}

} // namespace

class tst_AttacksReview7 : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    // A period's histogram over a numeric filter on two cohorts (the red team of the tenth
    // session held level filters only).
    void periodHistogramOverANumericFilter();
    void periodHistogramOverANumericFilterOnOneCohortKeepsItsBins();
    void table1OverANumericFilterOnFourCohorts();
    // The same over a level filter for a variable that is no period (grams).
    void histogramOfGramsOverALevelFilter();
    // Rule 4: the audit log filled through query strings (the refused-request budget counts
    // bodies only).
    void auditFilledByQueryStrings();

private:
    QString importRows(const QString &dataset, const std::vector<Row> &rows);
    Reply describeYear(const QString &dataset, const analysis::Filter &filter, bool complete,
                       const QString &user = QStringLiteral("eve"));

    QTemporaryDir m_dir;
    QString m_schema;
    NodeProcess m_node;
    std::map<QString, QString> m_tokens;
};

QString tst_AttacksReview7::importRows(const QString &dataset, const std::vector<Row> &rows)
{
    return importCsvText(m_node, m_dir, dataset, csvOf(rows), m_schema);
}

void tst_AttacksReview7::initTestCase()
{
    VERIFY_NO_ERROR(startAttackedNode(m_node, m_dir, QStringLiteral("Review 7 node")));
    m_schema = m_dir.filePath(QStringLiteral("review7.schema.json"));
    VERIFY_NO_ERROR(writeSetupFile(m_schema, schemaJson()));
    for (const int target : { 0, 1 }) {
        const QString world = QString::number(target);
        VERIFY_NO_ERROR(importRows(QStringLiteral("score") + world, twoCohortRows(target)));
        VERIFY_NO_ERROR(importRows(QStringLiteral("binary") + world, twoCohortRows(target)));
    }
    VERIFY_NO_ERROR(importRows(QStringLiteral("onecohort"), twoCohortRows(1)));
    VERIFY_NO_ERROR(importRows(QStringLiteral("grams0"), gramsRows(0)));
    VERIFY_NO_ERROR(importRows(QStringLiteral("grams1"), gramsRows(1)));
    QString error;
    const auto demo = writeDemoCohort(m_node, m_dir, 3000, &error);
    QVERIFY2(demo.has_value(), qPrintable(error));
    QVERIFY2(m_node.import(QStringLiteral("demo"), m_dir.filePath(QStringLiteral("demo.csv")),
                           demo->schemaPath),
             qPrintable(m_node.error));
    VERIFY_NO_ERROR(researchTokens(m_node, { "ann", "eve", "mallory" }, m_tokens));
    VERIFY_NO_ERROR(serveWithColluder(m_node, m_tokens[QStringLiteral("ann")]));
}

void tst_AttacksReview7::cleanupTestCase()
{
    m_node.stop();
    printOutcomes();
}

void tst_AttacksReview7::cleanup()
{
    VERIFY_NO_ERROR(takeFailures());
}

// year described with the node's own histogram over `filter`, over every record or over the
// complete cases of w.
Reply tst_AttacksReview7::describeYear(const QString &dataset, const analysis::Filter &filter,
                                       bool complete, const QString &user)
{
    Describe q;
    q.dataset = dataset;
    q.filters = { filter };
    if (complete)
        q.completeCases = { QStringLiteral("w") };
    q.variables = { variable(QStringLiteral("year"), { { -1e9, 1e9 } }) };
    const Reply r = m_node.post("/v1/descriptives", m_tokens[user], describeBody(q));
    qInfo("  %s: year over %s%s: %s", qPrintable(dataset), filter.variable.c_str(),
          complete ? " (complete w)" : "", described(r) ? "released" : qPrintable(r.describe()));
    return r;
}

void tst_AttacksReview7::periodHistogramOverANumericFilter()
{
    // Attack (the red team of the tenth session's "next attack", not run there): histograms of a
    // period over a *numeric* filter on two cohorts. G (24 records without w) holds one child
    // born in 2016, the target (what histograms of year over every record and over the
    // complete cases of w give, or background knowledge). Histograms of year over score >= 30
    // (and, on another dataset, over the numeric 0/1 column a >= 1), over every record and over
    // the complete cases of w: their 2016 bins differ by G's 2016 records with score >= 30 —
    // 1 or 0, the target's score against 30. The level-filter rule (whole periods against the
    // family's released histograms) read level filters only. (A numeric 0/1 column has no
    // histogram edges, so `filter-bound` refuses a >= 1 already: a regression row.)
    struct Case {
        const char *dataset;
        analysis::Filter filter;
    };
    const Case cases[] = { { "score", range("score", 30, std::nullopt) },
                           { "binary", range("a", 1, std::nullopt) } };
    for (const Case &c : cases) {
        TwoWorlds worlds;
        for (const int target : { 0, 1 }) {
            const QString dataset = QLatin1String(c.dataset) + QString::number(target);
            const Reply all = describeYear(dataset, c.filter, false);
            const Reply complete = describeYear(dataset, c.filter, true);
            const auto a = yearBin2016(all);
            const auto b = yearBin2016(complete);
            worlds.add(target, QStringLiteral("world %1").arg(target),
                       QStringLiteral("%1/%2").arg(
                           a ? QStringLiteral("bins")
                             : (described(all) ? QStringLiteral("no bins") : all.code),
                           b ? QStringLiteral("bins")
                             : (described(complete) ? QStringLiteral("no bins") : complete.code)),
                       a, b, QStringLiteral("G's 2016 x filter"));
        }
        const QString attack
            = QStringLiteral("histograms of year over %1 >= %2 over every record and the "
                             "complete cases of w")
                  .arg(QString::fromStdString(c.filter.variable))
                  .arg(*c.filter.min);
        twoWorldsVerdict(attack, worlds, QStringLiteral(": the target's value against the bound"),
                         QStringLiteral("the target's value"));
    }
}

void tst_AttacksReview7::periodHistogramOverANumericFilterOnOneCohortKeepsItsBins()
{
    // Honest: year's histogram over score >= 30 over one cohort (the complete cases of w) by
    // three users: every one keeps its bins (one cohort, nothing to difference).
    QStringList lost;
    for (const char *user : { "eve", "mallory", "ann" }) {
        const Reply r = describeYear(QStringLiteral("onecohort"), range("score", 30, std::nullopt),
                                     true, QLatin1String(user));
        if (!yearBin2016(r))
            lost << QStringLiteral("%1: %2").arg(QLatin1String(user), r.describe().left(200));
    }
    QVERIFY2(lost.isEmpty(), qPrintable(lost.join(QStringLiteral("; "))));
    note(QStringLiteral("honest: year over score >= 30 on one cohort, three users"),
         QStringLiteral("released with bins"));
}

void tst_AttacksReview7::table1OverANumericFilterOnFourCohorts()
{
    // Honest cost of holding a period's histogram over a numeric filter (the hospital demo
    // cohort, 3,000 records, seed 7): a Table 1 with histograms of every numeric variable over
    // the children of at least 2500 g (a node edge), over every record, Rotterdam, the complete
    // cases of parental stress and a model's complete cases, in that order. Counted: released
    // descriptions and their histograms without bins (each refusal printed). Every description
    // must be released; the first keeps every histogram's bins.
    const QString token = m_tokens[QStringLiteral("mallory")];
    const QStringList &numeric = table1Numeric();
    const std::vector<Table1Cohort> &cohorts = table1Cohorts();
    QStringList refused, perCohort;
    bool firstKeepsBins = true;
    for (const Table1Cohort &cohort : cohorts) {
        Describe q;
        q.dataset = QStringLiteral("demo");
        q.filters = cohort.filters;
        q.filters.push_back(range("birth_weight_g", 2500, std::nullopt));
        q.completeCases = cohort.complete;
        q.completeCases << QStringLiteral("apgar_5min");
        for (const QString &v : numeric)
            q.variables.append(variable(v, { { -1e9, 1e9 } }));
        const Reply r = m_node.post("/v1/descriptives", token, describeBody(q));
        const auto d = described(r);
        if (!d) {
            refused << cohort.name + QStringLiteral(": ") + r.describe().left(300);
            continue;
        }
        QStringList withheld;
        for (const protocol::NumericDescription &n : d->numeric) {
            for (const protocol::ReleasedHistogram &h : n.histograms) {
                if (h.edges.size() < 2)
                    withheld << n.variable;
            }
        }
        firstKeepsBins
            = firstKeepsBins && (cohort.name != QStringLiteral("all") || withheld.isEmpty());
        perCohort << QStringLiteral("%1: %2 of %3 without bins (%4)")
                         .arg(cohort.name)
                         .arg(withheld.size())
                         .arg(numeric.size())
                         .arg(withheld.join(QStringLiteral(", ")));
    }
    for (const QString &line : perCohort)
        qInfo("  %s", qPrintable(line));
    note(QStringLiteral("honest: Table 1 over birth_weight_g >= 2500 on four cohorts"),
         QStringLiteral("%1 released; ").arg(perCohort.size())
             + perCohort.join(QStringLiteral("; ")));
    QVERIFY2(refused.isEmpty(), qPrintable(refused.join(QStringLiteral("; "))));
    QVERIFY2(firstKeepsBins, qPrintable(perCohort.join(QStringLiteral("; "))));
}

void tst_AttacksReview7::histogramOfGramsOverALevelFilter()
{
    // Attack: the red team of the tenth session held a *period's* histogram over a level filter
    // on two cohorts; w (grams, 500 whole units: no period) is not held. G (24 records without
    // v) holds one record with w in its bin, the target (background knowledge: G's weights
    // 3101 but one). Histograms of w over y = 1 over every record and over the complete cases
    // of v: the target's bin differs by her y.
    TwoWorlds worlds;
    for (const int target : { 0, 1 }) {
        const QString dataset = QStringLiteral("grams%1").arg(target);
        std::optional<double> bin[2];
        QStringList codes;
        for (const bool complete : { false, true }) {
            Describe q;
            q.dataset = dataset;
            q.filters = { among("y", { "1" }) };
            if (complete)
                q.completeCases = { QStringLiteral("v") };
            q.variables = { variable(QStringLiteral("w"), { { -1e9, 1e9 } }) };
            const Reply r
                = m_node.post("/v1/descriptives", m_tokens[QStringLiteral("eve")], describeBody(q));
            codes << (described(r) ? QStringLiteral("released") : r.code);
            bin[complete ? 1 : 0] = releasedBinCount(r, 3333, 3101);
        }
        worlds.add(target, QStringLiteral("world y = %1").arg(target), codes.join(QLatin1Char('/')),
                   bin[0], bin[1], QStringLiteral("G's target bin x 1"));
    }
    // Closed by branch `redteam6` (docs/privacy-rules.md, "The red team of the twelfth session"):
    // a variable that is no period is held by its lattice bins.
    twoWorldsVerdict(QStringLiteral("histograms of w (grams) over y = 1 over every record and the "
                                    "complete cases of v"),
                     worlds, QStringLiteral(": her y"), QStringLiteral("the target's y"));
}

void tst_AttacksReview7::auditFilledByQueryStrings()
{
    // Rule 4, the audit log. The sixth review kept a refused request whole only within its
    // user's budget of 16 MiB a day — counted in *body* bytes. A GET has no body, and its query
    // parameters (the request line: up to 8 KiB) were kept whole in its audit entry, refused or
    // released: 0 bytes against the budget, ~8 KiB on disk per request, with no daily quota on
    // job status, info or the catalogue. Planted: 150 job-status requests for a job that does not
    // exist (404 unknown-job) and 150 GET /v1/info (released), each with ~7,000 characters of
    // query (hex, so that no compression hides it), on one kept-alive connection.
    QByteArray pad;
    QByteArray seed = "review7";
    while (pad.size() < 7000) {
        seed = QCryptographicHash::hash(seed, QCryptographicHash::Sha256);
        pad += seed.toHex();
    }
    pad.truncate(7000);
    auto client = m_node.client();
    client->set_keep_alive(true);
    const httplib::Headers headers {
        { "Authorization", "Bearer " + m_tokens[QStringLiteral("eve")].toStdString() }
    };
    constexpr int kRequests = 150;
    const qint64 before = folderBytes(m_node.dataDir());
    int refused = 0, released = 0;
    QStringList unexpected;
    for (int i = 0; i < kRequests; ++i) {
        const std::string query = "?pad=" + pad.toStdString() + std::to_string(i);
        const auto status
            = client->Get(("/v1/jobs/0123456789abcdef0123456789abcdef" + query).c_str(), headers);
        const auto info = client->Get(("/v1/info" + query).c_str(), headers);
        refused += status && status->status == 404;
        released += info && info->status == 200;
        if (!status || status->status != 404 || !info || info->status != 200) {
            unexpected << QStringLiteral("%1/%2")
                              .arg(status ? status->status : 0)
                              .arg(info ? info->status : 0);
            if (unexpected.size() > 3)
                break;
        }
    }
    QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(QStringLiteral(", "))));
    // The node still serves, and the entries are written (a new request's entry follows them).
    const Reply health = m_node.get("/v1/health", QString());
    QCOMPARE(health.status, 200);
    const qint64 grown = folderBytes(m_node.dataDir()) - before;
    // What the audit keeps of them: the entries of the job-status requests (their path names the
    // job), and every entry that holds the query.
    qint64 statusBytes = 0;
    const QStringList statusLines
        = auditLinesOf(m_node, QStringLiteral("0123456789abcdef0123456789abcdef"));
    for (const QString &line : statusLines)
        statusBytes += line.toUtf8().size();
    const qsizetype withQuery = auditLinesOf(m_node, QString::fromLatin1(pad.left(64))).size();
    const double perEntry = statusLines.isEmpty() ? 0 : double(statusBytes) / statusLines.size();
    const QString attack = QStringLiteral("%1 refused and %2 released GETs with 7,000 characters "
                                          "of query each")
                               .arg(refused)
                               .arg(released);
    const QString detail = QStringLiteral("%1 audit entries hold the query; a refused one is %2 "
                                          "bytes; the data folder grew by %3 KiB")
                               .arg(withQuery)
                               .arg(perEntry, 0, 'f', 0)
                               .arg(double(grown) / 1024.0, 0, 'f', 0);
    QCOMPARE(statusLines.size(), qsizetype(kRequests));
    // An entry without the query is well under 2 KiB (method, path, user, status, code, hash).
    if (withQuery > 0 || perEntry > 2048)
        stillWorks(attack, detail + QStringLiteral(": each query kept whole, unbudgeted"));
    else
        note(attack, QStringLiteral("closed: ") + detail);
}

QTEST_GUILESS_MAIN(tst_AttacksReview7)
#include "tst_attacks_review7.moc"

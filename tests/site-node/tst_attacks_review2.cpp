// SPDX-License-Identifier: GPL-3.0-or-later
// The second independent review of rule 1 and rule 4 (branch `review`, docs/privacy-rules.md "The
// second independent review"): attacks that tst_attacks and tst_attacks_review did not run, each
// as a hostile token holder would send it to a real fairstart-node over TLS on its default
// policy, against a synthetic dataset whose answers are known. Eigen before httplib: <resolv.h>
// (through httplib) defines _res, a name Eigen uses.
#include "fairstart/analysis/glm.h"
#include "fairstart/protocol/codec.h"

#include <Eigen/Dense>

#include "attacksupport.h"
#include "nodeprocess.h"
#include "peering.h"
#include "studyrelay.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <csignal>
#include <functional>
#include <map>
#include <optional>

using namespace fairstart;
using namespace testsupport::attacks;
using testsupport::NodeProcess;
using testsupport::Reply;

namespace {

constexpr int kRows = 3000;
constexpr double kGramsPerPound = 453.59237;
const char *const kClass = "birth_weight_class_lb";

} // namespace

class tst_AttacksReview2 : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    // Round 1 of dev_delay_2y ~ factor(class of birth weight in whole pounds) gives every class's
    // records and events (μ = ½ for every record at β = 0), i.e. "the records at or above k lb"
    // and their events at every class cut, a partition of the evaluated cohort by a correlate of
    // its risk order; against an evaluation's cumulative risk bins, a bin 1-9 records from a cut
    // gives those records' outcomes. Both orders.
    void classLevelsOfAFitThenRiskBins();
    void riskBinsThenClassLevelsOfAFit();
    // Rule 4: hostile model specifications and bodies (extreme numbers, degenerate designs, huge
    // names and lists, deep nesting, duplicate keys): a clear 4xx, never 500, no crash, no hang.
    void hostileSpecificationsGetClearErrors();
    // A record whose consent is withdrawn: the administrator re-imports the same records with its
    // consent flag 0. The same description of every consented record before and after the
    // re-import differs by that record alone: its stress score, sex and outcome.
    void consentWithdrawalDifferencedAcrossImports();
    // The same withdrawal read from the catalogue: its counts (rounded to 10, over the records
    // consented for every purpose) before and after; a level whose count crosses a rounding point
    // (45 -> 44 is 50 -> 40) is the withdrawn record's.
    void consentWithdrawalInTheCatalogue();
    // The withdrawal in an export whose rows come in another order (the ledger follows the
    // record ids): the girls, described before, are refused after a girl withdrew; the boys pass.
    void consentWithdrawalInAReorderedExport();
    // The same records imported again unchanged (a routine refresh): honest work goes on.
    void unchangedReimportKeepsHonestWork();

private:
    struct Cuts {
        std::vector<std::pair<double, double>> cuts; // records at or above a cut, their events
        QString refusal;
    };
    Cuts classCuts(const QString &ds);
    int classesAndBins(const QString &ds, bool fitFirst);
    QString classOf(double grams) const;

    QString m_csv, m_schemaPath;
    QTemporaryDir m_dir;
    NodeProcess m_node;
    CsvTable m_table;
    std::map<QString, QString> m_tokens;
    int m_lowClass = 0, m_highClass = 0; // the ends, merged so that each holds >= 30 records
    std::vector<std::string> m_classes; // byte-wise sorted = lightest first
};

void tst_AttacksReview2::initTestCase()
{
    VERIFY_NO_ERROR(startAttackedNode(m_node, m_dir, QStringLiteral("Reviewed node")));

    QString demoError;
    auto demo = writeDemoCohort(m_node, m_dir, kRows, &demoError);
    QVERIFY2(demo, qPrintable(demoError));
    const QString demoSchema = demo->schemaPath;
    m_table = std::move(demo->table);

    // The class of birth weight in whole pounds, "c05" = [5, 6) lb, its ends merged so that each
    // holds at least 30 records: a categorical column a registry may keep next to grams, whose
    // cuts (2268, 2722, ... g) are no points of birth weight's 50 g lattice.
    std::map<int, int> perPound;
    for (int row = 0; row < kRows; ++row) {
        const double w = m_table.number(row, "birth_weight_g");
        if (!std::isnan(w))
            ++perPound[int(std::floor(w / kGramsPerPound))];
    }
    QVERIFY(perPound.size() >= 6);
    {
        int low = 0;
        auto it = perPound.begin();
        for (; it != perPound.end() && low < 30; ++it)
            low += it->second;
        m_lowClass = std::prev(it)->first;
        int high = 0;
        auto rit = perPound.rbegin();
        for (; rit != perPound.rend() && high < 30; ++rit)
            high += rit->second;
        m_highClass = std::prev(rit)->first;
    }
    QVERIFY2(m_highClass - m_lowClass >= 4, "at least five classes");
    for (int lb = m_lowClass; lb <= m_highClass; ++lb)
        m_classes.push_back(QStringLiteral("c%1").arg(lb, 2, 10, QLatin1Char('0')).toStdString());
    m_table.header.push_back(kClass);
    for (int row = 0; row < kRows; ++row) {
        const double w = m_table.number(row, "birth_weight_g");
        m_table.cells[std::size_t(row)].push_back(std::isnan(w) ? std::string("NA")
                                                                : classOf(w).toStdString());
    }
    const QString csv = m_csv = m_dir.filePath(QStringLiteral("review2.csv"));
    VERIFY_NO_ERROR(writeCsvTable(csv, m_table.header, m_table.cells));
    const QString schemaPath = m_schemaPath = m_dir.filePath(QStringLiteral("review2.schema.json"));
    VERIFY_NO_ERROR(editSchema(demoSchema, schemaPath, [this](QJsonObject &columns) {
        QJsonArray classes;
        for (const std::string &level : m_classes)
            classes.append(QString::fromStdString(level));
        columns.insert(QLatin1String(kClass),
                       QJsonObject { { QStringLiteral("type"), QStringLiteral("categorical") },
                                     { QStringLiteral("label"),
                                       QStringLiteral("Birth weight class (whole pounds)") },
                                     { QStringLiteral("levels"), classes } });
    }));

    VERIFY_NO_ERROR(importEach(
        m_node, { "clsfirst", "evalcls", "hostile", "consent", "refresh", "catalog", "reorder" },
        csv, schemaPath));
    VERIFY_NO_ERROR(researchTokens(m_node, { "ann", "bob", "carl", "dora" }, m_tokens));
    VERIFY_NO_ERROR(serveWithColluder(m_node, m_tokens[QStringLiteral("ann")]));
}

void tst_AttacksReview2::cleanupTestCase()
{
    m_node.stop();
    printOutcomes();
}

void tst_AttacksReview2::cleanup()
{
    VERIFY_NO_ERROR(takeFailures());
}

QString tst_AttacksReview2::classOf(double grams) const
{
    const int lb = std::clamp(int(std::floor(grams / kGramsPerPound)), m_lowClass, m_highClass);
    return QStringLiteral("c%1").arg(lb, 2, 10, QLatin1Char('0'));
}

tst_AttacksReview2::Cuts tst_AttacksReview2::classCuts(const QString &ds)
{
    // Round 1 of dev_delay_2y ~ factor(class) over the evaluated cohort (research consent, the
    // class present exactly where birth weight is, the outcome): at β = 0, μ = ½ and w = ¼ for
    // every record, so a level's diagonal of XᵀWX is ¼ of its records and its score is its events
    // minus half its records; the reference level is the rest of n and Σy.
    Cuts out;
    auto d = design("dev_delay_2y", analysis::Family::Binomial, { factor(kClass) });
    d.levels[kClass] = m_classes;
    const Reply r = roundOneAlone(m_node, m_tokens[QStringLiteral("bob")], ds, d);
    const auto stats = roundStats(r);
    if (!stats || stats->p != int(m_classes.size())) {
        out.refusal = r.code.isEmpty() ? QString::number(r.status) : r.code;
        qInfo("class fit refused: %s", qPrintable(r.describe()));
        return out;
    }
    std::vector<double> n(m_classes.size()), events(m_classes.size());
    double restN = stats->n, restEvents = stats->events;
    for (std::size_t j = 1; j < m_classes.size(); ++j) {
        const double w = 0.25;
        n[j] = upper(*stats, int(j), int(j)) / w;
        events[j] = stats->score[j] + 0.5 * n[j];
        restN -= n[j];
        restEvents -= events[j];
    }
    n[0] = restN;
    events[0] = restEvents;
    // Heaviest first: the records of class >= k and their events, for every cut.
    double count = 0, sum = 0;
    for (std::size_t j = m_classes.size(); j-- > 1;) {
        count += n[j];
        sum += events[j];
        out.cuts.emplace_back(std::round(count), std::round(sum));
    }
    return out;
}

int tst_AttacksReview2::classesAndBins(const QString &ds, bool fitFirst)
{
    const QString attack = fitFirst
        ? QStringLiteral("round 1 of y ~ factor(class in pounds), then an evaluation's bins "
                         "differenced")
        : QStringLiteral("an evaluation's bins differenced with round 1 of y ~ factor(class in "
                         "pounds)");
    Cuts cuts;
    if (fitFirst)
        cuts = classCuts(ds);
    const auto evaluated = evaluateWeightModel(m_node, ds, m_tokens[QStringLiteral("ann")]);
    if (!evaluated)
        return -1;
    if (!fitFirst)
        cuts = classCuts(ds);
    const std::vector<double> cohort = outcomesHeaviestFirst(m_table);
    const Revealed found = groupsFromCuts(evaluated->bins, cuts.cuts, cohort, [&](std::size_t k) {
        return QStringLiteral("the %1 heaviest").arg(cuts.cuts[k].first);
    });
    qInfo("%s: %zu released bins; %zu class cuts released (refusal: %s); %d groups of 1-9 "
          "records (%d records, %d checked against the CSV): %s",
          qPrintable(ds), found.bins, cuts.cuts.size(), qPrintable(cuts.refusal), found.groups,
          found.records, found.checked, qPrintable(found.shown.join(QStringLiteral("; "))));
    if (found.checked > 0)
        stillWorks(attack,
                   QStringLiteral("%1 groups of 1-9 records (%2 records), %3 with their events "
                                  "counted, e.g. %4")
                       .arg(found.groups)
                       .arg(found.records)
                       .arg(found.checked)
                       .arg(found.shown.join(QStringLiteral("; "))));
    else
        note(attack,
             QStringLiteral("closed: %1 released bins, %2 class cuts released%3, none 1-9 "
                            "records from a cumulative bin")
                 .arg(found.bins)
                 .arg(cuts.cuts.size())
                 .arg(cuts.refusal.isEmpty()
                          ? QString()
                          : QStringLiteral(" (fit refused: %1)").arg(cuts.refusal)));
    return found.checked;
}

void tst_AttacksReview2::classLevelsOfAFitThenRiskBins()
{
    const int revealed = classesAndBins(QStringLiteral("clsfirst"), true);
    QVERIFY2(revealed >= 0, "the honest study and its evaluation");
    QCOMPARE(revealed, 0);
}

void tst_AttacksReview2::riskBinsThenClassLevelsOfAFit()
{
    const int revealed = classesAndBins(QStringLiteral("evalcls"), false);
    QVERIFY2(revealed >= 0, "the honest study and its evaluation");
    QCOMPARE(revealed, 0);
}

namespace {

// Applies `edit` to the first JSON object (depth first) that holds `key`.
bool editObjectWith(QJsonObject &object, const QString &key,
                    const std::function<void(QJsonObject &)> &edit)
{
    if (object.contains(key)) {
        edit(object);
        return true;
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isObject()) {
            QJsonObject child = it.value().toObject();
            if (editObjectWith(child, key, edit)) {
                it.value() = child;
                return true;
            }
        }
    }
    return false;
}

} // namespace

void tst_AttacksReview2::hostileSpecificationsGetClearErrors()
{
    // Rule 4 at the node: every hostile body gets an answer (no hang: each within the client's
    // read timeout), no 500, and the node still serves afterwards. A study is opened and its
    // round 1 asked (roundOneAlone) for specifications the codecs can express; raw bodies are
    // posted to /v1/jobs and /v1/descriptives.
    const QString token = m_tokens[QStringLiteral("carl")];
    const QString ds = QStringLiteral("hostile");
    QStringList problems;
    auto judge = [&](const QString &what, const Reply &r, qint64 ms) {
        const bool clear = r.status >= 200 && r.status < 500 && r.status != 0
            && (r.released() || !r.code.isEmpty());
        note(QStringLiteral("hostile: %1").arg(what),
             QStringLiteral("%1 %2 (%3 ms)").arg(r.status).arg(r.code).arg(ms));
        if (!clear)
            problems << QStringLiteral("%1: %2").arg(what, r.describe().left(300));
        if (!m_node.running())
            problems << QStringLiteral("%1: the node process died").arg(what);
    };
    auto spec = [&](const QString &what, const analysis::ResolvedDesign &d) {
        QElapsedTimer t;
        t.start();
        const Reply r = roundOneAlone(m_node, token, ds, d);
        judge(what, r, t.elapsed());
    };
    auto raw = [&](const QString &what, const std::string &path, const QByteArray &bytes) {
        QElapsedTimer t;
        t.start();
        const Reply r = m_node.post(path, token, bytes);
        judge(what, r, t.elapsed());
    };
    const double huge = 1e308, tiny = 1e-308;
    const auto bin = analysis::Family::Binomial;
    const auto gauss = analysis::Family::Gaussian;
    const auto poisson = analysis::Family::Poisson;
    {
        auto d = design("dev_delay_2y", bin,
                        { transformed("birth_weight_g", analysis::Transform::Standardise) });
        d.scaling["birth_weight_g"] = { 3300, tiny };
        spec(QStringLiteral("scale(bw) with SD 1e-308"), d);
        d.scaling["birth_weight_g"] = { huge, 1 };
        spec(QStringLiteral("scale(bw) with mean 1e308"), d);
        d.scaling["birth_weight_g"] = { 3300, 1e-150 };
        spec(QStringLiteral("scale(bw) with SD 1e-150"), d);
    }
    {
        auto d = design("dev_delay_2y", bin, { asIs("birth_weight_g") });
        d.spec.ridgeLambda = huge;
        spec(QStringLiteral("ridge 1e308"), d);
        d.spec.ridgeLambda = tiny / 1e10; // subnormal
        spec(QStringLiteral("ridge subnormal"), d);
    }
    {
        auto d = design("birth_weight_g", bin, { asIs("dev_delay_2y") });
        d.spec.outcome.threshold = huge;
        spec(QStringLiteral("threshold 1e308"), d);
        d.spec.outcome.threshold = -huge;
        spec(QStringLiteral("threshold -1e308"), d);
    }
    {
        auto d = design("dev_delay_2y", bin, { winsor("birth_weight_g", 5000, 1000) });
        spec(QStringLiteral("winsor lower > upper"), d);
        d = design("dev_delay_2y", bin, { winsor("birth_weight_g", -huge, huge) });
        spec(QStringLiteral("winsor ±1e308"), d);
    }
    {
        auto d = design("dev_delay_2y", bin,
                        { transformed("birth_weight_g", analysis::Transform::Spline, 3) });
        d.knots["birth_weight_g"] = { -huge, 0, huge };
        spec(QStringLiteral("spline knots ±1e308"), d);
        d.knots["birth_weight_g"] = { 3000, std::nextafter(3000.0, 4000.0),
                                      std::nextafter(std::nextafter(3000.0, 4000.0), 4000.0) };
        spec(QStringLiteral("spline knots one ulp apart"), d);
    }
    {
        auto d = design("dev_delay_2y", bin, { asIs("birth_weight_g"), asIs("birth_weight_g") });
        spec(QStringLiteral("one predictor twice"), d);
        d = design("dev_delay_2y", bin, { asIs("birth_weight_g"), factor("sex") });
        d.spec.interactions = { { "birth_weight_g", "birth_weight_g" } };
        spec(QStringLiteral("interaction of a predictor with itself"), d);
        d.spec.interactions = { { "birth_weight_g", "gestational_age_weeks" } };
        spec(QStringLiteral("interaction with a non-predictor"), d);
        d.spec.interactions = { { "sex", "birth_weight_g" }, { "birth_weight_g", "sex" } };
        spec(QStringLiteral("one interaction twice, both orders"), d);
        d = design("dev_delay_2y", bin, { asIs("dev_delay_2y") });
        spec(QStringLiteral("the outcome as a predictor"), d);
        d = design("parental_stress", gauss, { asIs("birth_weight_g") });
        d.spec.offset = "parental_stress";
        spec(QStringLiteral("the outcome as the offset"), d);
        d = design("parental_stress", poisson, { asIs("birth_weight_g") });
        d.spec.offset = "birth_weight_g";
        spec(QStringLiteral("Poisson with offset bw (exp overflows)"), d);
        d = design("dev_delay_2y", bin, { asIs("birth_weight_g") });
        d.spec.offset = "sex";
        spec(QStringLiteral("a categorical offset"), d);
        d = design("dev_delay_2y", bin, {});
        spec(QStringLiteral("no predictor"), d);
        d = design("dev_delay_2y", bin, { asIs(std::string(100000, 'x')) });
        spec(QStringLiteral("a 100,000-character variable name"), d);
        d = design("dev_delay_2y", bin, { asIs("birth_weight_g") },
                   { range("birth_weight_g", 5000, 1000) });
        spec(QStringLiteral("a filter with min > max"), d);
        d = design("dev_delay_2y", bin, { asIs("birth_weight_g") },
                   { range("birth_weight_g", -huge, huge) });
        spec(QStringLiteral("a filter over ±1e308"), d);
        std::vector<std::string> many;
        for (int i = 0; i < 50000; ++i)
            many.push_back(std::to_string(i));
        d = design("dev_delay_2y", bin, { asIs("birth_weight_g") },
                   { among("birth_weight_g", many) });
        spec(QStringLiteral("a filter with 50,000 numbers as values"), d);
        d = design("dev_delay_2y", bin, { asIs("birth_weight_g") },
                   { among("birth_weight_g", { "1e400", "nan", "inf", "-0", "0x10" }) });
        spec(QStringLiteral("a filter with 1e400, nan, inf as values"), d);
    }
    // Raw bodies: a study's job request with its design edited as JSON.
    const QByteArray honest = jobBody(ds, design("dev_delay_2y", bin, { asIs("birth_weight_g") }));
    const QJsonObject honestObject = QJsonDocument::fromJson(honest).object();
    auto edited = [&](const QString &key, const std::function<void(QJsonObject &)> &edit) {
        QJsonObject o = honestObject;
        if (!editObjectWith(o, key, edit))
            problems << QStringLiteral("no object with '%1' in the job body").arg(key);
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    };
    raw(QStringLiteral("ridge_lambda as a text"), "/v1/jobs",
        edited(QStringLiteral("predictors"), [](QJsonObject &o) {
            o.insert(QStringLiteral("ridge_lambda"), QStringLiteral("1"));
        }));
    {
        QByteArray b = honest;
        const int at = b.indexOf("\"family\"");
        if (at > 0)
            b.insert(at, "\"family\":\"gaussian\",");
        raw(QStringLiteral("a duplicate key (family)"), "/v1/jobs", b);
        // Refused, not read as the last of the two: another reader keeps the first.
        const Reply r = m_node.post("/v1/jobs", token, b);
        if (r.status != 400 || !r.body.contains("twice"))
            problems << QStringLiteral("a duplicate key was not refused: %1").arg(r.describe());
    }
    {
        QByteArray b = honest;
        b.replace("\"purpose\":\"research\"", "\"purpose\":\"research\",\"n\":1e400");
        raw(QStringLiteral("1e400 in an unknown field"), "/v1/jobs", b);
    }
    raw(QStringLiteral("an array nested 100,000 deep"), "/v1/jobs",
        QByteArray(100000, '[') + QByteArray(100000, ']'));
    raw(QStringLiteral("an object nested 20,000 deep"), "/v1/descriptives",
        QByteArray(20000 * 5, ' ').replace(QByteArray(5, ' '), "{\"a\":") + QByteArray("1")
            + QByteArray(20000, '}'));
    raw(QStringLiteral("NaN and Infinity tokens"), "/v1/descriptives",
        QByteArray("{\"purpose\":\"research\",\"dataset\":\"hostile\",\"variables\":[{\"name\":"
                   "\"birth_weight_g\",\"histogram_edges\":[[NaN,Infinity]]}]}"));
    raw(QStringLiteral("invalid UTF-8 in a name"), "/v1/descriptives",
        QByteArray("{\"purpose\":\"research\",\"dataset\":\"hos\xff\xfetile\",\"variables\":[]}"));
    {
        Describe q;
        q.dataset = ds;
        q.variables = { variable(QStringLiteral("birth_weight_g"), { { -huge, huge } }) };
        raw(QStringLiteral("histogram edges ±1e308"), "/v1/descriptives", describeBody(q));
        std::vector<double> edges;
        for (int i = 0; i < 20000; ++i)
            edges.push_back(i * 0.05);
        q.variables = { variable(QStringLiteral("birth_weight_g"), { edges }) };
        raw(QStringLiteral("20,000 histogram edges"), "/v1/descriptives", describeBody(q));
        q.variables.clear();
        for (int i = 0; i < 2000; ++i)
            q.variables.append(variable(QStringLiteral("birth_weight_g")));
        raw(QStringLiteral("one variable 2,000 times"), "/v1/descriptives", describeBody(q));
        q.variables = { variable(QStringLiteral("sex")) };
        for (int i = 0; i < 2000; ++i)
            q.tables.append({ QStringLiteral("sex"), QStringLiteral("maternal_education") });
        raw(QStringLiteral("one table 2,000 times"), "/v1/descriptives", describeBody(q));
        q.tables = { { QStringLiteral("sex"), QStringLiteral("sex") } };
        raw(QStringLiteral("a table of a variable with itself"), "/v1/descriptives",
            describeBody(q));
    }
    const Reply health = m_node.get("/v1/health", token);
    if (health.status != 200)
        problems << QStringLiteral("the node no longer serves: ") + health.describe();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

namespace {

struct Described {
    double n = 0, stressMean = 0, stressCount = 0;
    std::map<QString, double> delay, sex;
};

std::optional<Described> describeAll(NodeProcess &node, const QString &token, const QString &ds,
                                     Reply *reply)
{
    Describe q;
    q.dataset = ds;
    q.variables = { variable(QStringLiteral("parental_stress")),
                    variable(QStringLiteral("dev_delay_2y")), variable(QStringLiteral("sex")) };
    *reply = node.post("/v1/descriptives", token, describeBody(q));
    const auto out = described(*reply);
    if (!out || out->numeric.isEmpty())
        return std::nullopt;
    Described d;
    d.n = double(out->cohortSize);
    for (const auto &v : out->numeric) {
        if (v.variable == QStringLiteral("parental_stress")) {
            d.stressCount = double(v.moments.count);
            d.stressMean = v.moments.mean;
        }
    }
    for (const auto &v : out->categorical) {
        for (const auto &level : v.levels) {
            if (!level.count)
                continue;
            (v.variable == QStringLiteral("sex") ? d.sex : d.delay)[level.name]
                = double(*level.count);
        }
    }
    return d;
}

} // namespace

void tst_AttacksReview2::consentWithdrawalDifferencedAcrossImports()
{
    // Attack: describe every record consented for research (parental stress, the outcome, sex).
    // A parent withdraws consent; the administrator re-imports the same CSV with that record's
    // consent_research 0 (the documented way: docs/node.md). The same description again: one
    // record fewer, and the difference of Σ stress and of each level count is that record's
    // stress score, outcome and sex. Each generation's ledger saw one release of all records, so
    // a ledger that starts afresh on every import refuses neither.
    const QString ds = QStringLiteral("consent");
    const QString token = m_tokens[QStringLiteral("dora")];
    const auto consent = std::size_t(m_table.column("consent_research"));
    int planted = -1;
    for (int row = 0; row < kRows && planted < 0; ++row) {
        const auto &c = m_table.cells[std::size_t(row)];
        if (c[consent] == "1" && !std::isnan(m_table.number(row, "parental_stress"))
            && !std::isnan(m_table.number(row, "dev_delay_2y")) && m_table.cell(row, "sex") != "NA"
            && !m_table.cell(row, "sex").empty())
            planted = row;
    }
    QVERIFY(planted >= 0);
    Reply first;
    const auto before = describeAll(m_node, token, ds, &first);
    QVERIFY2(before, qPrintable(first.describe()));

    const QString withdrawn = m_dir.filePath(QStringLiteral("withdrawn.csv"));
    {
        QFile in(m_csv), out(withdrawn);
        QVERIFY(in.open(QIODevice::ReadOnly) && out.open(QIODevice::WriteOnly));
        QList<QByteArray> lines = in.readAll().split('\n');
        QList<QByteArray> cells = lines[planted + 1].split(',');
        cells[qsizetype(consent)] = "0";
        lines[planted + 1] = cells.join(',');
        out.write(lines.join('\n'));
    }
    QVERIFY2(m_node.import(ds, withdrawn, m_schemaPath), qPrintable(m_node.error));

    Reply second;
    const auto after = describeAll(m_node, m_tokens[QStringLiteral("carl")], ds, &second);
    QStringList revealed;
    if (after && before->n - after->n == 1) {
        const double stress
            = before->stressMean * before->stressCount - after->stressMean * after->stressCount;
        const double truth = m_table.number(planted, "parental_stress");
        if (std::abs(stress - truth) < 0.05)
            revealed << QStringLiteral("stress %1").arg(stress, 0, 'f', 1);
        for (const auto &[level, count] : before->delay) {
            if (after->delay.count(level) && count - after->delay.at(level) == 1
                && level.toStdString()
                    == m_table.cells[std::size_t(planted)]
                                    [std::size_t(m_table.column("dev_delay_2y"))])
                revealed << QStringLiteral("dev_delay_2y %1").arg(level);
        }
        for (const auto &[level, count] : before->sex) {
            if (after->sex.count(level) && count - after->sex.at(level) == 1
                && level.toStdString() == m_table.cell(planted, "sex"))
                revealed << QStringLiteral("sex %1").arg(level);
        }
    }
    qInfo("before: n %g; after: %s", before->n,
          after ? qPrintable(QStringLiteral("n %1").arg(after->n)) : qPrintable(second.describe()));
    if (!revealed.isEmpty())
        stillWorks(
            QStringLiteral("consent withdrawal differenced across re-imports"),
            QStringLiteral("the withdrawn record's %1").arg(revealed.join(QStringLiteral(", "))));
    else
        EXPECT_REFUSED(QStringLiteral("consent withdrawal differenced across re-imports"), second,
                       QStringList { QStringLiteral("differencing") });
}

void tst_AttacksReview2::consentWithdrawalInTheCatalogue()
{
    const QString ds = QStringLiteral("catalog");
    const QString token = m_tokens[QStringLiteral("dora")];
    auto catalogue = [&]() {
        return catalogueCounts(m_node, token, ds);
    };
    const auto before = catalogue();
    QVERIFY2(!before.empty(), "the catalogue lists the dataset's levels");
    // The records consented for every purpose, and a level of a categorical variable whose count
    // among them is 5 past a multiple of 10: one record fewer rounds it down by 10.
    const auto research = std::size_t(m_table.column("consent_research"));
    const auto quality = std::size_t(m_table.column("consent_quality"));
    auto every = [&](int row) {
        const auto &c = m_table.cells[std::size_t(row)];
        return c[research] == "1" && c[quality] == "1";
    };
    int planted = -1;
    QString plantedVariable, plantedLevel;
    for (const auto &[name, levels] : before) {
        const auto col = std::size_t(m_table.column(name.toUtf8().constData()));
        if (col >= m_table.header.size())
            continue;
        std::map<std::string, int> counts;
        for (int row = 0; row < kRows; ++row) {
            if (every(row))
                ++counts[m_table.cells[std::size_t(row)][col]];
        }
        for (const auto &[level, count] : counts) {
            if (count < 15 || count % 10 != 5 || level == "NA" || level.empty())
                continue;
            for (int row = 0; row < kRows && planted < 0; ++row) {
                if (every(row) && m_table.cells[std::size_t(row)][col] == level) {
                    planted = row;
                    plantedVariable = name;
                    plantedLevel = QString::fromStdString(level);
                }
            }
        }
        if (planted >= 0)
            break;
    }
    QVERIFY2(planted >= 0, "a level 5 past a multiple of 10");
    const QString withdrawn = m_dir.filePath(QStringLiteral("withdrawn-catalog.csv"));
    {
        QFile in(m_csv), out(withdrawn);
        QVERIFY(in.open(QIODevice::ReadOnly) && out.open(QIODevice::WriteOnly));
        QList<QByteArray> lines = in.readAll().split('\n');
        QList<QByteArray> cells = lines[planted + 1].split(',');
        cells[qsizetype(research)] = "0";
        lines[planted + 1] = cells.join(',');
        out.write(lines.join('\n'));
    }
    QVERIFY2(m_node.import(ds, withdrawn, m_schemaPath), qPrintable(m_node.error));
    const auto after = catalogue();
    QVERIFY(!after.empty());
    QStringList revealed;
    const QStringList changed = changedLevelCounts(before, after, &m_table, planted, &revealed);
    qInfo("planted: %s = %s; changed: %s", qPrintable(plantedVariable), qPrintable(plantedLevel),
          qPrintable(changed.join(QStringLiteral("; "))));
    if (!revealed.isEmpty())
        stillWorks(
            QStringLiteral("consent withdrawal read from the catalogue's rounding"),
            QStringLiteral("the withdrawn record's %1").arg(revealed.join(QStringLiteral(", "))));
    else
        note(QStringLiteral("consent withdrawal read from the catalogue's rounding"),
             QStringLiteral("closed: no level count changed"));
    QVERIFY2(changed.isEmpty(), qPrintable(changed.join(QStringLiteral("; "))));
}

void tst_AttacksReview2::consentWithdrawalInAReorderedExport()
{
    const QString ds = QStringLiteral("reorder");
    const QString token = m_tokens[QStringLiteral("bob")];
    auto describeSex = [&](const char *level) {
        Describe q;
        q.dataset = ds;
        q.filters = { among("sex", { level }) };
        q.variables = { variable(QStringLiteral("parental_stress")),
                        variable(QStringLiteral("dev_delay_2y")) };
        return m_node.post("/v1/descriptives", token, describeBody(q));
    };
    const Reply girls = describeSex("female");
    QVERIFY2(girls.released(), qPrintable(girls.describe()));
    const Reply boys = describeSex("male");
    QVERIFY2(boys.released(), qPrintable(boys.describe()));
    const auto consent = std::size_t(m_table.column("consent_research"));
    const auto sex = std::size_t(m_table.column("sex"));
    int planted = -1;
    for (int row = 0; row < kRows && planted < 0; ++row) {
        const auto &c = m_table.cells[std::size_t(row)];
        if (c[consent] == "1" && c[sex] == "female"
            && !std::isnan(m_table.number(row, "parental_stress")))
            planted = row;
    }
    QVERIFY(planted >= 0);
    // The same records, last row first, the planted girl's consent 0.
    const QString reordered = m_dir.filePath(QStringLiteral("reordered.csv"));
    {
        QFile in(m_csv), out(reordered);
        QVERIFY(in.open(QIODevice::ReadOnly) && out.open(QIODevice::WriteOnly));
        QList<QByteArray> lines = in.readAll().split('\n');
        while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
            lines.removeLast();
        QList<QByteArray> cells = lines[planted + 1].split(',');
        cells[qsizetype(consent)] = "0";
        lines[planted + 1] = cells.join(',');
        QList<QByteArray> rows = lines.mid(1);
        std::reverse(rows.begin(), rows.end());
        out.write(lines.first() + '\n' + rows.join('\n') + '\n');
    }
    QVERIFY2(m_node.import(ds, reordered, m_schemaPath), qPrintable(m_node.error));
    const Reply girlsAfter = describeSex("female");
    EXPECT_REFUSED(QStringLiteral("consent withdrawal in a reordered export (the girls again)"),
                   girlsAfter, QStringList { QStringLiteral("differencing") });
    // Since branch `reimport4` a consent change is a changed record (docs/privacy-rules.md,
    // "Consent changes are changed records"): every atom of the earlier import may hold her, so
    // the boys' Table 1 is refused too — a released boys' and a refused girls' said she is a girl.
    const Reply boysAfter = describeSex("male");
    EXPECT_REFUSED(QStringLiteral("consent withdrawal in a reordered export (the boys again: the "
                                  "same verdict as the girls')"),
                   boysAfter, QStringList { QStringLiteral("differencing") });
}

void tst_AttacksReview2::unchangedReimportKeepsHonestWork()
{
    // The ledger carried to an unchanged re-import refuses nothing that was released before: the
    // same description again, and a fit over the same records.
    const QString ds = QStringLiteral("refresh");
    const QString token = m_tokens[QStringLiteral("ann")];
    Reply first;
    const auto before = describeAll(m_node, token, ds, &first);
    QVERIFY2(before, qPrintable(first.describe()));
    QVERIFY2(m_node.import(ds, m_csv, m_schemaPath), qPrintable(m_node.error));
    Reply second;
    const auto after = describeAll(m_node, token, ds, &second);
    QVERIFY2(after, qPrintable(second.describe()));
    QCOMPARE(after->n, before->n);
    QCOMPARE(after->stressMean, before->stressMean);
    const Reply fit = roundOneAlone(m_node, token, ds,
                                    design("dev_delay_2y", analysis::Family::Binomial,
                                           { asIs("parental_stress"), factor("sex") }));
    QVERIFY2(roundStats(fit).has_value(), qPrintable(fit.describe()));
}

QTEST_GUILESS_MAIN(tst_AttacksReview2)
#include "tst_attacks_review2.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The red team of the twelfth session (branch `redteam6`, docs/privacy-rules.md "The red team of
// the twelfth session"): what the seventh review left open — a histogram of a variable that is no
// period over a level filter on two cohorts — and the attacks next to it, each as a hostile client
// would send it to a real fairstart-node over TLS on its default policy, against synthetic
// datasets written by the test. Each attack runs on two worlds that differ only in one planted
// record's value: the answers must not differ either. The honest cost is measured on the
// hospital demo cohort.
#include "attacksupport.h"
#include "nodeprocess.h"

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

// One synthetic record (attacksupport.h's SyntheticRow, a score in half points `s` and a column
// `v` whose missing cell marks the group).
struct Row : SyntheticRow {
    std::string s = "10";
    std::string v = "1"; // empty = missing
};

QByteArray schemaJson()
{
    QJsonObject columns;
    columns.insert(QStringLiteral("record_id"), schemaColumn(QStringLiteral("id")));
    columns.insert(QStringLiteral("sex"), categoricalColumn({ "female", "male" }));
    columns.insert(QStringLiteral("place"), categoricalColumn({ "B", "C", "D" }));
    for (const char *numeric : { "score", "w", "year", "s", "v" })
        columns.insert(QLatin1String(numeric), schemaColumn(QStringLiteral("numeric")));
    columns.insert(QStringLiteral("y"), schemaColumn(QStringLiteral("binary")));
    columns.insert(QStringLiteral("consent_research"), consentColumn(QStringLiteral("research")));
    return schemaDocument(columns, QStringLiteral("Red team 6 synthetic records"));
}

// The CSV of `rows`, record i with the id 760000 + i; `skip`: a row left out (an erasure).
QByteArray csvOf(const std::vector<Row> &rows, std::size_t skip = std::size_t(-1))
{
    QByteArray out = "record_id,sex,place,score,w,year,s,v,y,consent_research\n";
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (i == skip)
            continue;
        const Row &r = rows[i];
        out += csvLineOf({ std::to_string(760000 + i), r.sex, r.place, std::to_string(int(r.score)),
                           r.w, std::to_string(r.year), r.s, r.v, std::to_string(r.y), "1" });
    }
    return out;
}

// 1050 ordinary records (v = 1 + j % 20, s = j % 41 / 2); a group G of 24 records of place C
// misses v. Its first record, the target, is G's only record with w in [3330, 3340) (w = 3333),
// with y = `target`; the 23 others weigh 3101 g, 11 of them with y = 1. So G's y = 1 records are
// 12 or 11: every count rule passes in both worlds.
std::vector<Row> gramsRows(int target)
{
    auto rows = ordinaryRows<Row>(1050);
    for (std::size_t j = 0; j < rows.size(); ++j)
        rows[j].s = std::to_string(j % 41 / 2) + (j % 41 % 2 ? ".5" : "");
    markGramsGroup(rows, target);
    return rows;
}

// The same ordinary records; G's target scores s = 10 with y = `target`, the 23 others 9.5 (11
// with y = 1). s holds halves from 0 to 20: a period-like variable (a span of 21 whole units)
// whose lattice step is 0.5, so G's period 10 ([9.5, 10.5)) holds all 24 of G while its
// lattice bin [10, 10.5) holds the target alone.
std::vector<Row> halvesRows(int target)
{
    auto rows = gramsRows(0);
    int group = 0;
    for (Row &r : rows) {
        if (!r.v.empty())
            continue;
        r.w = "3200";
        r.s = group == 0 ? "10" : "9.5";
        r.y = group == 0 ? target : (group <= 11 ? 1 : 0);
        ++group;
    }
    return rows;
}

// The range attack (branch `redteam6b`): 1050 ordinary records (w 3000..3499, lattice step 10).
// The target, record 0 (a girl of place B), holds the dataset's only far weight 5999 when `far`;
// otherwise record 3 (a boy of place B) holds it and the target record 3's ordinary weight. The
// same multiset of values in both worlds.
std::vector<Row> rangeRows(bool far)
{
    auto rows = ordinaryRows<Row>(1050);
    for (std::size_t j = 0; j < rows.size(); ++j)
        rows[j].v = std::to_string(1 + j % 20);
    const std::string ordinary = rows[3].w;
    rows[0].w = far ? "5999" : ordinary;
    rows[3].w = far ? ordinary : "5999";
    return rows;
}

} // namespace

class tst_AttacksRedteam6 : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    // tst_attacks_review7's open grams row, on datasets of this suite.
    void histogramOfGramsOverALevelFilter();
    // The next attack on the tenth red team's whole-period hold: a period-like variable whose
    // values are not whole (halves), whose lattice bins cut its periods.
    void histogramOfHalvesOverALevelFilter();
    // The next attack on the lattice hold (branch `redteam6b`): the lattice's range moved by an
    // erasure. A family's key lists its lattice edges from the lowest to the highest value; when
    // the erased record held the highest, the family after the erasure is a new one, whose empty
    // ledger would pass where the old one withholds: the bins would tell that she held the
    // maximum.
    void erasedMaximumMovesTheLattice();
    // Honest: grams over y = 1 on one cohort by three users keep their bins.
    void gramsOverALevelFilterOnOneCohortKeepsItsBins();
    // Honest cost on the demo cohort: Table 1 by sex and by the outcome over four cohorts.
    void table1OverALevelFilterOnFourCohorts();

private:
    QString importRows(const QString &dataset, const std::vector<Row> &rows);
    // The bin of `name`'s histogram over y = 1 that holds `at` and not `below` (nullopt: none, or
    // refused); `code` is "released" or the refusal's code.
    std::optional<double> binOverY1(const QString &dataset, const QString &name, double at,
                                    double below, bool complete, const QString &user,
                                    QString *code);
    void runTwoWorlds(const QString &attack, const QString &prefix, const QString &name, double at,
                      double below);

    QTemporaryDir m_dir;
    QString m_schema;
    NodeProcess m_node;
    std::map<QString, QString> m_tokens;
};

QString tst_AttacksRedteam6::importRows(const QString &dataset, const std::vector<Row> &rows)
{
    return importCsvText(m_node, m_dir, dataset, csvOf(rows), m_schema);
}

void tst_AttacksRedteam6::initTestCase()
{
    VERIFY_NO_ERROR(startAttackedNode(m_node, m_dir, QStringLiteral("Red team 6 node")));
    m_schema = m_dir.filePath(QStringLiteral("redteam6.schema.json"));
    VERIFY_NO_ERROR(writeSetupFile(m_schema, schemaJson()));
    for (const int target : { 0, 1 }) {
        const QString world = QString::number(target);
        VERIFY_NO_ERROR(importRows(QStringLiteral("grams") + world, gramsRows(target)));
        VERIFY_NO_ERROR(importRows(QStringLiteral("halves") + world, halvesRows(target)));
    }
    VERIFY_NO_ERROR(importRows(QStringLiteral("onecohort"), gramsRows(1)));
    QString error;
    const auto demo = writeDemoCohort(m_node, m_dir, 3000, &error);
    QVERIFY2(demo.has_value(), qPrintable(error));
    QVERIFY2(m_node.import(QStringLiteral("demo"), m_dir.filePath(QStringLiteral("demo.csv")),
                           demo->schemaPath),
             qPrintable(m_node.error));
    VERIFY_NO_ERROR(researchTokens(m_node, { "ann", "eve", "mallory" }, m_tokens));
    VERIFY_NO_ERROR(serveWithColluder(m_node, m_tokens[QStringLiteral("ann")]));
}

void tst_AttacksRedteam6::cleanupTestCase()
{
    m_node.stop();
    printOutcomes();
}

void tst_AttacksRedteam6::cleanup()
{
    VERIFY_NO_ERROR(takeFailures());
}

std::optional<double> tst_AttacksRedteam6::binOverY1(const QString &dataset, const QString &name,
                                                     double at, double below, bool complete,
                                                     const QString &user, QString *code)
{
    Describe q;
    q.dataset = dataset;
    q.filters = { among("y", { "1" }) };
    if (complete)
        q.completeCases = { QStringLiteral("v") };
    q.variables = { variable(name, { { -1e9, 1e9 } }) };
    const Reply r = m_node.post("/v1/descriptives", m_tokens[user], describeBody(q));
    const auto d = described(r);
    *code = d ? QStringLiteral("released") : r.code;
    qInfo("  %s: %s over y = 1%s: %s", qPrintable(dataset), qPrintable(name),
          complete ? " (complete v)" : "", d ? "released" : qPrintable(r.describe()));
    const protocol::ReleasedHistogram *h = onlyHistogram(d);
    if (!h)
        return std::nullopt;
    if (h->edges.size() < 2)
        *code = QStringLiteral("no bins");
    return releasedBinCount(*h, at, below);
}

// Histograms of `name` over y = 1, over every record and over the complete cases of v, in the
// world where the target has y = 0 and the one where she has y = 1: the difference of the bin
// that holds her value (`at`) and none of the group's others (`below`) is her y.
void tst_AttacksRedteam6::runTwoWorlds(const QString &attack, const QString &prefix,
                                       const QString &name, double at, double below)
{
    TwoWorlds worlds;
    for (const int target : { 0, 1 }) {
        const QString dataset = prefix + QString::number(target);
        QString codeAll, codeComplete;
        const auto all
            = binOverY1(dataset, name, at, below, false, QStringLiteral("eve"), &codeAll);
        const auto complete
            = binOverY1(dataset, name, at, below, true, QStringLiteral("eve"), &codeComplete);
        worlds.add(target, QStringLiteral("world y = %1").arg(target),
                   codeAll + QLatin1Char('/') + codeComplete, all, complete,
                   QStringLiteral("G's target bin x 1"));
    }
    twoWorldsVerdict(attack, worlds, QStringLiteral(": her y"), QStringLiteral("the target's y"));
}

void tst_AttacksRedteam6::histogramOfGramsOverALevelFilter()
{
    // Attack (tst_attacks_review7's open row): w (grams, 500 whole units: no period) over the
    // level filter y = 1, over every record and over the complete cases of v. G (24 records
    // without v) weighs 3101 g but the target (background knowledge), 3333 g, alone in her bin:
    // the bin's difference is her y. The tenth red team's hold is by whole periods, and grams
    // are no period.
    runTwoWorlds(QStringLiteral("histograms of w (grams) over y = 1 over every record and the "
                                "complete cases of v"),
                 QStringLiteral("grams"), QStringLiteral("w"), 3333, 3101);
}

void tst_AttacksRedteam6::histogramOfHalvesOverALevelFilter()
{
    // Attack (the next one on the whole-period hold): s holds halves 0..20, a span of 21 whole
    // units, so it is period-like and held by whole periods p = [p - 0.5, p + 0.5); its lattice
    // step is 0.5 (SD 5.9), so the node's bins cut each period in two. G's period 10 holds all
    // 24 of G (23 at 9.5, the target at 10): the hold passes, and the bin [10, 10.5) (or any bin
    // from 10 that ends before 11) holds the target alone of G — her y.
    runTwoWorlds(QStringLiteral("histograms of s (halves) over y = 1 over every record and the "
                                "complete cases of v"),
                 QStringLiteral("halves"), QStringLiteral("s"), 10, 9.5);
}

void tst_AttacksRedteam6::erasedMaximumMovesTheLattice()
{
    // Before the erasure, w over the girls of place B (eve): released with bins in both worlds (the
    // family's first histogram, held over every record of B). The erasure: the same export
    // without the target's row (a girl of place B). After, w over the boys of place B (mallory): a
    // cohort the dataset's ledger never saw (it passes), whose lattice cells are held over every
    // remaining record of B again — all of an atom that lost a record, which the family's
    // ledger withholds — unless the family is a new one because the erased record held the
    // lattice's highest value.
    auto overB = [this](const QString &dataset, const char *sex, const QString &user) {
        return histogramOverPlaceB(m_node, m_tokens[user], dataset, QStringLiteral("w"), sex);
    };
    std::map<bool, QString> answer;
    for (const bool far : { true, false }) {
        const QString dataset = far ? QStringLiteral("range-far") : QStringLiteral("range-near");
        const std::vector<Row> rows = rangeRows(far);
        VERIFY_NO_ERROR(importRows(dataset, rows));
        const QString before = overB(dataset, "female", QStringLiteral("eve"));
        VERIFY_NO_ERROR(importCsvText(m_node, m_dir, dataset, csvOf(rows, 0), m_schema));
        const QString after = overB(dataset, "male", QStringLiteral("mallory"));
        answer[far] = before + QLatin1Char('/') + after;
    }
    const QString detail = QStringLiteral("erased the maximum: %1; erased an ordinary record: %2")
                               .arg(answer[true], answer[false]);
    // The set-up is what it claims: the first histogram released with its bins in both worlds.
    for (const bool far : { true, false })
        QVERIFY2(answer[far].startsWith(QStringLiteral("bins/")), qPrintable(detail));
    const QString attack = QStringLiteral("one record erased: w over the girls of place B before, "
                                          "over its boys after");
    if (answer[true] != answer[false]) {
        stillWorks(attack,
                   QStringLiteral("the answers tell that she held the highest w (%1)").arg(detail));
    } else {
        // The same answer, and a release (with or without bins): a refusal in both worlds would
        // compare nothing.
        QVERIFY2(answer[false] == QStringLiteral("bins/bins")
                     || answer[false] == QStringLiteral("bins/no bins"),
                 qPrintable(detail));
        note(attack, QStringLiteral("closed: the same answers (%1)").arg(detail));
    }
}

void tst_AttacksRedteam6::gramsOverALevelFilterOnOneCohortKeepsItsBins()
{
    // Honest: w over y = 1 over one cohort (the complete cases of v) by three users: each keeps
    // its bins (one cohort, nothing to difference).
    QStringList lost;
    for (const char *user : { "eve", "mallory", "ann" }) {
        QString code;
        binOverY1(QStringLiteral("onecohort"), QStringLiteral("w"), 3050, 0, true,
                  QLatin1String(user), &code);
        if (code != QStringLiteral("released"))
            lost << QStringLiteral("%1: %2").arg(QLatin1String(user), code);
    }
    QVERIFY2(lost.isEmpty(), qPrintable(lost.join(QStringLiteral("; "))));
    note(QStringLiteral("honest: w over y = 1 on one cohort, three users"),
         QStringLiteral("released with bins"));
}

void tst_AttacksRedteam6::table1OverALevelFilterOnFourCohorts()
{
    // Honest cost (the hospital demo cohort, 3,000 records, seed 7): a Table 1 with histograms of
    // the eight numeric variables by sex, then by the outcome, over every record, Rotterdam, the
    // complete cases of parental stress and a model's complete cases, in that order (the
    // complete cases of birth weight and Apgar always: 1-9 records miss them). Counted: the
    // histograms without bins, by cohort and variable. Every description by sex must be
    // released and the first cohort's keep every bin.
    const QString token = m_tokens[QStringLiteral("mallory")];
    const QStringList &numeric = table1Numeric();
    const std::vector<Table1Cohort> &cohorts = table1Cohorts();
    QStringList refused, refusedBySex, lines;
    std::map<QString, int> byVariable;
    int histograms = 0, withheldTotal = 0;
    bool firstKeepsBins = true;
    for (const char *by : { "sex", "dev_delay_2y" }) {
        const std::vector<std::string> levels = std::string(by) == "sex"
            ? std::vector<std::string> { "female", "male" }
            : std::vector<std::string> { "0", "1" };
        for (const Table1Cohort &cohort : cohorts) {
            for (const std::string &level : levels) {
                Describe q;
                q.dataset = QStringLiteral("demo");
                q.filters = cohort.filters;
                q.filters.push_back(among(by, { level }));
                q.completeCases = cohort.complete;
                q.completeCases << QStringLiteral("birth_weight_g") << QStringLiteral("apgar_5min");
                for (const QString &v : numeric)
                    q.variables.append(variable(v, { { -1e9, 1e9 } }));
                const Reply r = m_node.post("/v1/descriptives", token, describeBody(q));
                const QString what
                    = QStringLiteral("%1 = %2 over %3")
                          .arg(QLatin1String(by), QString::fromStdString(level), cohort.name);
                const auto d = described(r);
                if (!d) {
                    refused << what + QStringLiteral(": ") + r.code;
                    if (std::string(by) == "sex")
                        refusedBySex << what + QStringLiteral(": ") + r.describe().left(300);
                    continue;
                }
                QStringList withheld;
                for (const protocol::NumericDescription &n : d->numeric) {
                    for (const protocol::ReleasedHistogram &h : n.histograms) {
                        ++histograms;
                        if (h.edges.size() < 2) {
                            withheld << n.variable;
                            ++byVariable[n.variable];
                        }
                    }
                }
                withheldTotal += int(withheld.size());
                if (cohort.name == QStringLiteral("all"))
                    firstKeepsBins = firstKeepsBins && withheld.isEmpty();
                lines << QStringLiteral("%1: %2 of %3 without bins (%4)")
                             .arg(what)
                             .arg(withheld.size())
                             .arg(d->numeric.size())
                             .arg(withheld.join(QStringLiteral(", ")));
            }
        }
    }
    QStringList perVariable;
    for (const auto &[name, count] : byVariable)
        perVariable << QStringLiteral("%1 %2").arg(name).arg(count);
    for (const QString &line : lines)
        qInfo("  %s", qPrintable(line));
    qInfo("  without bins: %d of %d (%s)", withheldTotal, histograms,
          qPrintable(perVariable.join(QStringLiteral(", "))));
    note(QStringLiteral("honest: Table 1 by sex and by the outcome on four cohorts"),
         QStringLiteral("%1 released, %2 refused; %3 of %4 histograms without bins (%5)")
             .arg(lines.size())
             .arg(refused.size())
             .arg(withheldTotal)
             .arg(histograms)
             .arg(perVariable.join(QStringLiteral(", "))));
    for (const QString &line : refused)
        qInfo("  refused: %s", qPrintable(line));
    // By the outcome, six are refused `differencing` on main 8240a8d's node too (the cohorts
    // differ from the by-sex ones by groups of 1-9 records of one outcome; tst_attacks_redteam2
    // measured the same): counted, not asserted. By sex, every one is released.
    QVERIFY2(refusedBySex.isEmpty(), qPrintable(refusedBySex.join(QStringLiteral("; "))));
    QVERIFY2(firstKeepsBins, qPrintable(lines.join(QStringLiteral("; "))));
}

QTEST_GUILESS_MAIN(tst_AttacksRedteam6)
#include "tst_attacks_redteam6.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Rule 1 for re-imports (branch `reimport9`, docs/privacy-rules.md "Datasets that share records,
// after an erasure"): two datasets that share every record (datasets_share_records = yes), one
// child erased from one of them by the documented re-import of the same export without her row.
// tst_attacks_reimport7 sharedDatasetsAfterARemoval asks the other dataset before the erasure and
// the erased one after it; these are the orders it does not try: the erased dataset asked first
// and the other after it, a cohort new to both asked over both after the erasure, and the erased
// dataset before with the other after. Each attack runs in two worlds that differ only in the
// erased child's sex (hers swapped with a boy of her municipality: every count the same); the
// hostile analyst asks the same questions in both, and any difference in what the node gives,
// or a difference of one record between two released sums, is the planted record. A real
// fairstart-node over TLS on its default policy but for datasets_share_records; every import
// and erasure through `fairstart-node import`.
#include "fairstart/protocol/codec.h"

#include "attacksupport.h"
#include "nodeprocess.h"
#include "populationrows.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cstdlib>
#include <map>
#include <optional>
#include <utility>
#include <vector>

using namespace fairstart;
using namespace testsupport::attacks;
using testsupport::NodeProcess;
using testsupport::Reply;

namespace {

using Row = PopulationRow;

// "released n=…" or the refusal's rule.
QString verdictOf(const Reply &r)
{
    if (const auto d = described(r))
        return QStringLiteral("released n=%1").arg(d->cohortSize);
    return r.released() ? QStringLiteral("released") : r.code;
}

// The cohort's size and the sum of the first described variable's values.
std::optional<std::pair<qint64, double>> sumOf(const Reply &r)
{
    const auto d = described(r);
    if (!d || d->numeric.isEmpty())
        return std::nullopt;
    const auto &m = d->numeric.front().moments;
    return std::make_pair(qint64(d->cohortSize), m.mean * double(m.count));
}

// "released" or the refusal's rule (the cohort's size aside: it differs between the worlds by
// who was erased, which the analyst learns only against an earlier release).
QString kindOf(const Reply &r)
{
    return r.released() ? QStringLiteral("released") : r.code;
}

// What two releases of the same question give together: the value of one record when they
// differ by exactly one, else both verdicts (and whether two released sums are equal).
QString together(const Reply &first, const Reply &second)
{
    const auto a = sumOf(first), b = sumOf(second);
    if (a && b && std::abs(a->first - b->first) == 1)
        return QString::number(std::abs(a->second - b->second), 'f', 3);
    QString out = QStringLiteral("%1 / %2").arg(kindOf(first), kindOf(second));
    if (a && b)
        out += a->first == b->first && std::abs(a->second - b->second) < 1e-6
            ? QStringLiteral(" (the same)")
            : QStringLiteral(" (not the same)");
    return out;
}

} // namespace

class tst_AttacksReimport9 : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    // 1. The erased dataset asked first: `one` and `two` share every record; her row erased from
    // `one`; the girls' and the boys' Table 1 of `one`, then the same of `two`. On main `two`
    // still held her: the girls of `two` less the girls of `one` were her stress.
    void erasedDatasetAskedFirst();
    // 2. A cohort new to both after the erasure: municipality A (hers) and its girls over `one`,
    // then over `two`. On main: 59 against 60 records, her stress.
    void newCohortOverBoth();
    // 3. The erased dataset before, the other after: the girls' and the boys' Table 1 of `one`
    // (with her), her row erased from `one`, the same of `two`. On main `two` still held her (the
    // same records as before, nothing to difference); once the node removes her from `two` too,
    // `two`'s ledger must know what `one` released before.
    void erasedDatasetBeforeOtherAfter();
    // Honest work beside it: a third dataset that shares records with `one` but not the erased
    // child, and a population of its own, keep their generation and their answers; cohorts new to
    // both sharing datasets after the erasure (municipalities B and C) are released over each
    // with the same records; the audit names the dataset the erasure reached.
    void honestWorkBesideTheErasure();

private:
    QString importRows(const QString &dataset, const std::vector<Row> &rows);
    Reply describe(const QString &dataset, const QString &token,
                   const std::vector<analysis::Filter> &filters);
    // Imports `one` and `two` of world `salt`, the erased child (row 0, a girl of municipality A)
    // a boy when !girl (her sex swapped with row 1's); returns the rows.
    std::vector<Row> importWorld(int salt, bool girl, const QString &one, const QString &two,
                                 QString *error);
    QString erase(const QString &dataset, std::vector<Row> rows);
    QStringList erasedFirstWorld(bool girl, QString *error);
    QStringList newCohortWorld(bool girl, QString *error);
    QStringList beforeAfterWorld(bool girl, QString *error);
    // The attack's verdict over its two worlds: closed when both give the same and no answer is
    // the erased child's stress.
    void judge(const QString &attack, const QStringList &girl, const QStringList &boy,
               double stress);

    QTemporaryDir m_dir;
    QString m_schema;
    NodeProcess m_node;
    std::map<QString, QString> m_tokens;
};

void tst_AttacksReimport9::initTestCase()
{
    VERIFY_NO_ERROR(startAttackedNode(m_node, m_dir, QStringLiteral("Re-import 9 node"),
                                      { kShareRecords, kErasuresReach }));
    m_schema = m_dir.filePath(QStringLiteral("schema.json"));
    VERIFY_NO_ERROR(
        writeSetupFile(m_schema, populationSchema(QStringLiteral("Re-import 9 records"))));
    VERIFY_NO_ERROR(researchTokens(m_node, { "ann", "bob", "carl", "dora" }, m_tokens));
    VERIFY_NO_ERROR(serveWithColluder(m_node, m_tokens[QStringLiteral("ann")]));
}

void tst_AttacksReimport9::cleanupTestCase()
{
    m_node.stop();
    printOutcomes();
}

void tst_AttacksReimport9::cleanup()
{
    VERIFY_NO_ERROR(takeFailures());
}

QString tst_AttacksReimport9::importRows(const QString &dataset, const std::vector<Row> &rows)
{
    return importCsvText(m_node, m_dir, dataset, populationCsv(rows), m_schema);
}

Reply tst_AttacksReimport9::describe(const QString &dataset, const QString &token,
                                     const std::vector<analysis::Filter> &filters)
{
    Describe q;
    q.dataset = dataset;
    q.filters = filters;
    q.variables.append(testsupport::attacks::variable(QStringLiteral("parental_stress")));
    return m_node.post("/v1/descriptives", token, describeBody(q));
}

std::vector<Row> tst_AttacksReimport9::importWorld(int salt, bool girl, const QString &one,
                                                   const QString &two, QString *error)
{
    std::vector<Row> rows = population(salt);
    if (!girl)
        std::swap(rows[0].sex, rows[1].sex);
    *error = importRows(one, rows);
    if (error->isEmpty())
        *error = importRows(two, rows);
    return rows;
}

QString tst_AttacksReimport9::erase(const QString &dataset, std::vector<Row> rows)
{
    rows.erase(rows.begin());
    return importRows(dataset, rows);
}

void tst_AttacksReimport9::judge(const QString &attack, const QStringList &girl,
                                 const QStringList &boy, double stress)
{
    const QString value = QString::number(stress, 'f', 3);
    bool reconstructed = false;
    for (const QString &f : girl + boy)
        reconstructed = reconstructed || f.endsWith(value);
    const QString detail
        = QStringLiteral("a girl: %1; a boy: %2")
              .arg(girl.join(QStringLiteral(", ")), boy.join(QStringLiteral(", ")));
    if (girl != boy || reconstructed)
        stillWorks(attack, QStringLiteral("her stress %1 or her sex (%2)").arg(value, detail));
    else
        note(attack, QStringLiteral("closed: %1").arg(detail));
}

QStringList tst_AttacksReimport9::erasedFirstWorld(bool girl, QString *error)
{
    const QString w = girl ? QStringLiteral("girl") : QStringLiteral("boy");
    const QString one = QStringLiteral("first-one-") + w, two = QStringLiteral("first-two-") + w;
    const std::vector<Row> rows = importWorld(91, girl, one, two, error);
    if (error->isEmpty())
        *error = erase(one, rows);
    if (!error->isEmpty())
        return {};
    QStringList found;
    for (const char *sex : { "female", "male" }) {
        const Reply a = describe(one, m_tokens[QStringLiteral("ann")], { among("sex", { sex }) });
        const Reply b = describe(two, m_tokens[QStringLiteral("bob")], { among("sex", { sex }) });
        found << QStringLiteral("%1: %2").arg(QLatin1String(sex), together(a, b));
    }
    const Reply a = describe(one, m_tokens[QStringLiteral("carl")], {});
    const Reply b = describe(two, m_tokens[QStringLiteral("carl")], {});
    found << QStringLiteral("every record: %1").arg(together(a, b));
    return found;
}

void tst_AttacksReimport9::erasedDatasetAskedFirst()
{
    QString error;
    const QStringList girl = erasedFirstWorld(true, &error);
    VERIFY_NO_ERROR(error);
    const QStringList boy = erasedFirstWorld(false, &error);
    VERIFY_NO_ERROR(error);
    judge(QStringLiteral("two datasets sharing every record, one child erased from one: the "
                         "girls', the boys' and every record's Table 1 of the erased one, then of "
                         "the other"),
          girl, boy, population(91).front().stress);
    // No pair differs by one record.
    for (const QString &f : girl + boy)
        QVERIFY2(f.contains(QStringLiteral(" / ")),
                 qPrintable(girl.join(u' ') + QStringLiteral(" | ") + boy.join(u' ')));
}

QStringList tst_AttacksReimport9::newCohortWorld(bool girl, QString *error)
{
    const QString w = girl ? QStringLiteral("girl") : QStringLiteral("boy");
    const QString one = QStringLiteral("new-one-") + w, two = QStringLiteral("new-two-") + w;
    const std::vector<Row> rows = importWorld(92, girl, one, two, error);
    if (error->isEmpty())
        *error = erase(one, rows);
    if (!error->isEmpty())
        return {};
    QStringList found;
    const Reply a
        = describe(one, m_tokens[QStringLiteral("ann")], { among("municipality", { "A" }) });
    const Reply b
        = describe(two, m_tokens[QStringLiteral("bob")], { among("municipality", { "A" }) });
    found << QStringLiteral("municipality A: %1").arg(together(a, b));
    const Reply c = describe(one, m_tokens[QStringLiteral("carl")],
                             { among("municipality", { "A" }), among("sex", { "female" }) });
    const Reply d = describe(two, m_tokens[QStringLiteral("dora")],
                             { among("municipality", { "A" }), among("sex", { "female" }) });
    found << QStringLiteral("the girls of A: %1").arg(together(c, d));
    return found;
}

void tst_AttacksReimport9::newCohortOverBoth()
{
    QString error;
    const QStringList girl = newCohortWorld(true, &error);
    VERIFY_NO_ERROR(error);
    const QStringList boy = newCohortWorld(false, &error);
    VERIFY_NO_ERROR(error);
    judge(QStringLiteral("two datasets sharing every record, one child erased from one: her "
                         "municipality and its girls, never released before, over each"),
          girl, boy, population(92).front().stress);
    // Honest work: municipality A is released over both, the same records (her erased from both).
    QCOMPARE(girl.front(), QStringLiteral("municipality A: released / released (the same)"));
}

QStringList tst_AttacksReimport9::beforeAfterWorld(bool girl, QString *error)
{
    const QString w = girl ? QStringLiteral("girl") : QStringLiteral("boy");
    const QString one = QStringLiteral("order-one-") + w, two = QStringLiteral("order-two-") + w;
    const std::vector<Row> rows = importWorld(93, girl, one, two, error);
    if (!error->isEmpty())
        return {};
    std::vector<Reply> before;
    for (const char *sex : { "female", "male" })
        before.push_back(describe(one, m_tokens[QStringLiteral("ann")], { among("sex", { sex }) }));
    if (!sumOf(before[0]) || !sumOf(before[1])) {
        *error = QStringLiteral("the releases before the erasure were refused");
        return {};
    }
    *error = erase(one, rows);
    if (!error->isEmpty())
        return {};
    QStringList found;
    int i = 0;
    for (const char *sex : { "female", "male" }) {
        const Reply after
            = describe(two, m_tokens[QStringLiteral("bob")], { among("sex", { sex }) });
        found << QStringLiteral("%1: %2").arg(QLatin1String(sex),
                                              together(before[std::size_t(i++)], after));
    }
    return found;
}

void tst_AttacksReimport9::erasedDatasetBeforeOtherAfter()
{
    QString error;
    const QStringList girl = beforeAfterWorld(true, &error);
    VERIFY_NO_ERROR(error);
    const QStringList boy = beforeAfterWorld(false, &error);
    VERIFY_NO_ERROR(error);
    judge(QStringLiteral("two datasets sharing every record: the girls' and the boys' Table 1 of "
                         "one, a child erased from it, the same of the other"),
          girl, boy, population(93).front().stress);
}

void tst_AttacksReimport9::honestWorkBesideTheErasure()
{
    QString error;
    const QString one = QStringLiteral("honest-one"), two = QStringLiteral("honest-two"),
                  three = QStringLiteral("honest-three"), own = QStringLiteral("honest-own");
    const std::vector<Row> rows = importWorld(94, true, one, two, &error);
    VERIFY_NO_ERROR(error);
    // `three`: the same population's municipalities B, C and D (not the erased child's A).
    std::vector<Row> bcd;
    for (const Row &r : rows) {
        if (r.place != "A")
            bcd.push_back(r);
    }
    VERIFY_NO_ERROR(importRows(three, bcd));
    VERIFY_NO_ERROR(importRows(own, population(98)));
    const QString ann = m_tokens[QStringLiteral("ann")], dora = m_tokens[QStringLiteral("dora")];
    QStringList before, after;
    for (const QString &ds : { three, own }) {
        for (const char *sex : { "female", "male" })
            before << verdictOf(describe(ds, ann, { among("sex", { sex }) }));
    }
    VERIFY_NO_ERROR(erase(one, rows));
    for (const QString &ds : { three, own }) {
        for (const char *sex : { "female", "male" })
            after << verdictOf(describe(ds, dora, { among("sex", { sex }) }));
    }
    note(QStringLiteral("honest: datasets beside an erasure (sharing no erased record, and a "
                        "population of its own), the girls and the boys before and after"),
         before.join(u' ') + QStringLiteral(" | ") + after.join(u' '));
    // The same answers: their ledgers and tables were not touched.
    QCOMPARE(after, before);
    for (const QString &v : after)
        QVERIFY2(v.startsWith(QStringLiteral("released")), qPrintable(after.join(u' ')));

    // Cohorts new to both sharing datasets are released over each, with the same records.
    QStringList fresh;
    for (const char *place : { "B", "C" }) {
        fresh << verdictOf(describe(one, ann, { among("municipality", { place }) }));
        fresh << verdictOf(describe(two, dora, { among("municipality", { place }) }));
    }
    note(QStringLiteral("honest: municipalities B and C over both after the erasure"),
         fresh.join(u' '));
    for (const QString &v : fresh)
        QVERIFY2(v == QStringLiteral("released n=60"), qPrintable(fresh.join(u' ')));

    // The audit names the dataset the erasure reached, and only that one.
    const QStringList audited = testsupport::auditLinesOf(m_node, QStringLiteral("sharedErasures"));
    bool named = false;
    for (const QString &line : audited) {
        if (line.contains(QStringLiteral("\"dataset\":\"honest-one\""))) {
            named = line.contains(QStringLiteral("\"dataset\":\"honest-two\""))
                && !line.contains(QStringLiteral("honest-three"))
                && !line.contains(QStringLiteral("honest-own"));
        }
    }
    QVERIFY2(named, qPrintable(audited.join(u'\n')));
}

QTEST_GUILESS_MAIN(tst_AttacksReimport9)
#include "tst_attacks_reimport9.moc"

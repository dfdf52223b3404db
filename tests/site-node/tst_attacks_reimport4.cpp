// SPDX-License-Identifier: GPL-3.0-or-later
// Rule 1 for re-imports, withdrawn consent and extracts, the open items of branch `reimport3` as
// branch `reimport4` took them up (docs/privacy-rules.md, "Consent changes are changed records",
// "Extracts of coarse columns"): each a planted record in a synthetic dataset written by the
// test, a real fairstart-node over TLS on its default policy (no two datasets share records),
// the hostile requests, and the value they would reveal; and the honest work beside them.
#include "fairstart/protocol/codec.h"

#include "attacksupport.h"
#include "demosites.h"
#include "nodeprocess.h"
#include "peering.h"
#include "populationrows.h"
#include "studyrelay.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <functional>
#include <map>
#include <optional>

using namespace fairstart;
using namespace testsupport::attacks;
using testsupport::NodeProcess;
using testsupport::Reply;

namespace {

// The re-import suites' population (populationrows.h): 240 records, 120 girls and 120 boys, 30
// of each in each of four municipalities.
using Row = PopulationRow;

QByteArray schemaJson()
{
    return populationSchema(QStringLiteral("Re-import 4 synthetic records"));
}

QByteArray csvOf(const std::vector<Row> &rows)
{
    return populationCsv(rows);
}

// Rows 0..9 (five girls, five boys) without consent, but `except`.
std::vector<Row> withoutConsent(std::vector<Row> rows, int except = -1)
{
    for (int i = 0; i < 10; ++i)
        rows[std::size_t(i)].research = i == except ? 1 : 0;
    return rows;
}

} // namespace

class tst_AttacksReimport4 : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    // 1. Consent as a side oracle: the girls' and the boys' Table 1 released; one girl withdraws
    // consent (the documented re-import); both again, then each side in halves by municipality.
    // On main the girls' was refused (it differs by her) and the boys' released: she is a girl.
    // The attacker's question is whether the verdicts depend on her: the same requests on a
    // second dataset where the record is a boy (another record of her municipality a girl, so
    // that every count is the same) must get the same verdicts.
    void consentWithdrawalTellsHerSide();
    // 1, the other way: a girl without consent gives it; the girls' cohort gains her.
    void consentGivenTellsHerSide();
    // 2. An extract of one coarse column (maternal age in whole years), the ids renumbered, one
    // child left out, under another name: maternal age over both gives hers.
    void coarseColumnExtract();
    // 3. `dataset remove --forget` (a data-protection erasure): the records deleted for good.
    // The attacks it could reopen: the same export, and an extract of it less one child, under
    // another name and under the forgotten name, differenced against what was released before.
    void forgottenDatasetThenExtract();

private:
    QString importRows(const QString &dataset, const std::vector<Row> &rows);
    Reply describe(const QString &dataset, const QString &token, const QString &sex,
                   const std::vector<std::string> &places = {},
                   const QStringList &variables = { QStringLiteral("parental_stress") });
    // The verdicts of the girls' Table 1, the girls' in two halves by municipality ({A, B} and
    // {C, D}), then the same for the boys, by `token`: "released" or the refusal's rule.
    QStringList sideVerdicts(const QString &dataset, const QString &token);
    // The consent attack on the world where record 0 is a girl (`girl`) or a boy (record 1 then
    // the girl): the releases before, the re-import that changes record 0's consent, the
    // verdicts after. `given`: records 0..9 without consent at first, record 0 gives it; else
    // record 0 withdraws. Empty *error when every step worked.
    QStringList consentWorld(bool given, bool girl, QString *error);

    QTemporaryDir m_dir;
    QString m_schema;
    NodeProcess m_node;
    std::map<QString, QString> m_tokens;
};

void tst_AttacksReimport4::initTestCase()
{
    // The node's default policy: datasets may not share records (the extract attack needs it).
    VERIFY_NO_ERROR(startAttackedNode(m_node, m_dir, QStringLiteral("Re-import 4 node"), {}));
    m_schema = m_dir.filePath(QStringLiteral("schema.json"));
    VERIFY_NO_ERROR(writeSetupFile(m_schema, schemaJson()));
    VERIFY_NO_ERROR(importRows(QStringLiteral("coarse"), population(3)));
    VERIFY_NO_ERROR(researchTokens(m_node, { "ann", "bob", "carl" }, m_tokens));
    VERIFY_NO_ERROR(serveWithColluder(m_node, m_tokens[QStringLiteral("ann")]));
}

void tst_AttacksReimport4::cleanupTestCase()
{
    m_node.stop();
    printOutcomes();
}

void tst_AttacksReimport4::cleanup()
{
    VERIFY_NO_ERROR(takeFailures());
}

QString tst_AttacksReimport4::importRows(const QString &dataset, const std::vector<Row> &rows)
{
    return importCsvText(m_node, m_dir, dataset, csvOf(rows), m_schema);
}

Reply tst_AttacksReimport4::describe(const QString &dataset, const QString &token,
                                     const QString &sex, const std::vector<std::string> &places,
                                     const QStringList &variables)
{
    Describe q;
    q.dataset = dataset;
    if (!sex.isEmpty())
        q.filters.push_back(among("sex", { sex.toStdString() }));
    if (!places.empty())
        q.filters.push_back(among("municipality", places));
    for (const QString &v : variables)
        q.variables.append(variable(v));
    return m_node.post("/v1/descriptives", token, describeBody(q));
}

QStringList tst_AttacksReimport4::sideVerdicts(const QString &dataset, const QString &token)
{
    QStringList out;
    auto verdict = [](const Reply &r) {
        return r.released() ? QStringLiteral("released") : r.code;
    };
    for (const char *sex : { "female", "male" }) {
        out << verdict(describe(dataset, token, QLatin1String(sex)));
        out << verdict(describe(dataset, token, QLatin1String(sex), { "A", "B" }));
        out << verdict(describe(dataset, token, QLatin1String(sex), { "C", "D" }));
    }
    return out;
}

QStringList tst_AttacksReimport4::consentWorld(bool given, bool girl, QString *error)
{
    const QString ds
        = QStringLiteral("%1-%2").arg(given ? QStringLiteral("given") : QStringLiteral("withdrawn"),
                                      girl ? QStringLiteral("girl") : QStringLiteral("boy"));
    // Each world a population of its own (no shared records); rows 0 and 1 are both of
    // municipality A, so swapping their sexes keeps every count.
    std::vector<Row> rows = population((given ? 10 : 20) + (girl ? 0 : 1));
    if (!girl)
        std::swap(rows[0].sex, rows[1].sex);
    if (given)
        rows = withoutConsent(rows);
    *error = importRows(ds, rows);
    if (!error->isEmpty())
        return {};
    QStringList out;
    const QString ann = m_tokens[QStringLiteral("ann")];
    auto verdict = [](const Reply &r) {
        return r.released() ? QStringLiteral("released") : r.code;
    };
    // Every consented record's Table 1: released with its size.
    auto every = [&](const QString &token) {
        const Reply r = describe(ds, token, QString());
        const auto d = described(r);
        return d ? QStringLiteral("released n=%1").arg(d->cohortSize) : verdict(r);
    };
    if (given) {
        out << every(ann); // she is not in it
    } else {
        out << verdict(describe(ds, ann, QStringLiteral("female")));
        out << verdict(describe(ds, ann, QStringLiteral("male")));
    }
    rows[0].research = given ? 1 : 0;
    *error = importRows(ds, rows);
    if (!error->isEmpty())
        return {};
    const QString bob = m_tokens[QStringLiteral("bob")];
    out << QStringLiteral("|") << every(bob);
    out << sideVerdicts(ds, bob);
    return out;
}

void tst_AttacksReimport4::consentWithdrawalTellsHerSide()
{
    QString error;
    const QStringList girl = consentWorld(false, true, &error);
    VERIFY_NO_ERROR(error);
    const QStringList boy = consentWorld(false, false, &error);
    VERIFY_NO_ERROR(error);
    // Every release before the withdrawal passed in both worlds.
    QCOMPARE(girl.mid(0, 2),
             (QStringList { QStringLiteral("released"), QStringLiteral("released") }));
    const QString attack = QStringLiteral("one record withdraws consent: every record, the girls' "
                                          "and the boys' Table 1 and their halves by municipality "
                                          "again, she a girl or a boy");
    const QString detail = QStringLiteral("a girl: %1; a boy: %2")
                               .arg(girl.join(QStringLiteral(" ")), boy.join(QStringLiteral(" ")));
    if (girl != boy)
        stillWorks(attack, QStringLiteral("the verdicts tell her sex (%1)").arg(detail));
    else
        note(attack, QStringLiteral("closed: the same verdicts (%1)").arg(detail));
    // The girls' Table 1 of the girl world is not released again (it differs by her).
    QVERIFY2(girl.at(4) != QStringLiteral("released"), qPrintable(detail));

    // Honest work after the withdrawal: a municipality's records (never released before, every
    // earlier group cut into parts of 30) are released.
    const Reply place = describe(QStringLiteral("withdrawn-girl"), m_tokens[QStringLiteral("carl")],
                                 QString(), { "B" });
    QVERIFY2(place.released(), qPrintable(place.describe()));
    note(QStringLiteral("honest, after a withdrawal: Table 1 of municipality B"),
         QStringLiteral("released"));
}

void tst_AttacksReimport4::consentGivenTellsHerSide()
{
    QString error;
    const QStringList girl = consentWorld(true, true, &error);
    VERIFY_NO_ERROR(error);
    const QStringList boy = consentWorld(true, false, &error);
    VERIFY_NO_ERROR(error);
    QCOMPARE(girl.first(), QStringLiteral("released n=230"));
    const QString attack = QStringLiteral("one record (of ten without consent) gives consent: "
                                          "every record, the girls' and the boys' Table 1 and "
                                          "their halves, she a girl or a boy");
    const QString detail = QStringLiteral("a girl: %1; a boy: %2")
                               .arg(girl.join(QStringLiteral(" ")), boy.join(QStringLiteral(" ")));
    if (girl != boy)
        stillWorks(attack, QStringLiteral("the verdicts tell her sex (%1)").arg(detail));
    else
        note(attack, QStringLiteral("closed: the same verdicts (%1)").arg(detail));
    // Every record's Table 1 again would be the first one and her: never released with her
    // (refused, or the same 230 records: she is held).
    QVERIFY2(girl.at(2) == girl.at(0) || !girl.at(2).startsWith(QStringLiteral("released")),
             qPrintable(detail));
}

void tst_AttacksReimport4::coarseColumnExtract()
{
    const QString full = QStringLiteral("coarse");
    const std::vector<Row> rows = population(3);
    const int child = 5;
    const QStringList age { QStringLiteral("maternal_age") };
    const Reply r1 = describe(full, m_tokens[QStringLiteral("ann")], QString(), {}, age);
    const auto before = described(r1);
    QVERIFY2(before, qPrintable(r1.describe()));

    // The extract: maternal age alone (whole years), every id renumbered, one child left out.
    const QString extractSchema = m_dir.filePath(QStringLiteral("age.schema.json"));
    {
        QJsonObject columns;
        columns.insert(QStringLiteral("record_id"), schemaColumn(QStringLiteral("id")));
        columns.insert(QStringLiteral("maternal_age"), schemaColumn(QStringLiteral("numeric")));
        columns.insert(QStringLiteral("consent_research"),
                       consentColumn(QStringLiteral("research")));
        VERIFY_NO_ERROR(writeSetupFile(
            extractSchema, schemaDocument(columns, QStringLiteral("Maternal age extract"))));
    }
    auto ageCsv = [](const std::vector<Row> &from, int skip, qint64 shift) {
        QByteArray csv = "record_id,maternal_age,consent_research\n";
        for (int i = 0; i < int(from.size()); ++i) {
            if (i != skip)
                csv += QByteArray::number(from[std::size_t(i)].id + shift) + ','
                    + QByteArray::number(from[std::size_t(i)].age) + ",1\n";
        }
        return csv;
    };
    const QString attack = QStringLiteral("maternal age over a dataset and an extract of it that "
                                          "holds maternal age alone, ids renumbered");
    const QString error = importCsvText(m_node, m_dir, QStringLiteral("age-extract"),
                                        ageCsv(rows, child, 5000000), extractSchema);
    if (error.isEmpty()) {
        const Reply r2 = describe(QStringLiteral("age-extract"), m_tokens[QStringLiteral("bob")],
                                  QString(), {}, age);
        const auto part = described(r2);
        QStringList found;
        if (part && before->cohortSize - part->cohortSize == 1) {
            const auto &a = before->numeric.front().moments, &b = part->numeric.front().moments;
            const double value = a.mean * double(a.count) - b.mean * double(b.count);
            if (std::abs(value - rows[child].age) < 0.05)
                found << QStringLiteral("the left-out child's maternal age %1").arg(value);
        }
        noteReconstruction(attack, found, r2);
    } else {
        note(attack, QStringLiteral("closed: the import is refused"));
        QVERIFY2(error.contains(QStringLiteral("'coarse'")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("nothing was imported")), qPrintable(error));
    }

    // The next attack: the extract is a municipality's records less one child (a filter on the
    // dataset gives the same group's maternal ages).
    std::vector<Row> placeA;
    for (const Row &r : rows) {
        if (r.place == "A")
            placeA.push_back(r);
    }
    const QString next = QStringLiteral("maternal age over municipality A and an extract of "
                                        "municipality A's maternal ages less one child");
    const QString error2 = importCsvText(m_node, m_dir, QStringLiteral("age-extract-a"),
                                         ageCsv(placeA, 3, 7000000), extractSchema);
    if (error2.isEmpty()) {
        const Reply a1 = describe(full, m_tokens[QStringLiteral("carl")], QString(), { "A" }, age);
        const Reply a2 = describe(QStringLiteral("age-extract-a"), m_tokens[QStringLiteral("bob")],
                                  QString(), {}, age);
        const auto x = described(a1), y = described(a2);
        QStringList found;
        if (x && y && x->cohortSize - y->cohortSize == 1) {
            const auto &a = x->numeric.front().moments, &b = y->numeric.front().moments;
            const double value = a.mean * double(a.count) - b.mean * double(b.count);
            if (std::abs(value - placeA[3].age) < 0.05)
                found << QStringLiteral("the left-out child's maternal age %1").arg(value);
        }
        noteReconstruction(next, found, a2);
    } else {
        note(next, QStringLiteral("closed: the import is refused"));
        QVERIFY2(error2.contains(QStringLiteral("'coarse'")), qPrintable(error2));
    }

    // Honest: another population's maternal ages (no record in common), as many records, is
    // imported beside it.
    const QString other = importCsvText(m_node, m_dir, QStringLiteral("age-other"),
                                        ageCsv(population(4), -1, 0), extractSchema);
    QVERIFY2(other.isEmpty(), qPrintable(other));
    note(QStringLiteral("honest: another population's maternal ages (240 records) beside it"),
         QStringLiteral("imported"));
    // The cost: a small population of the same hospital (60 records) whose maternal ages all
    // occur as often among the 240 cannot be told from an extract by its values.
    std::vector<Row> small = population(5, 60);
    const QString smallError = importCsvText(m_node, m_dir, QStringLiteral("age-small"),
                                             ageCsv(small, -1, 0), extractSchema);
    note(QStringLiteral("the cost: another population of 60 records, maternal ages alone"),
         smallError.isEmpty() ? QStringLiteral("imported")
                              : QStringLiteral("refused: %1").arg(smallError.left(160)));
}

void tst_AttacksReimport4::forgottenDatasetThenExtract()
{
    const QString ds = QStringLiteral("forgetme");
    const std::vector<Row> rows = population(6);
    VERIFY_NO_ERROR(importRows(ds, rows));
    const QStringList stress { QStringLiteral("parental_stress") };
    const Reply r1 = describe(ds, m_tokens[QStringLiteral("ann")], QString(), {}, stress);
    const auto before = described(r1);
    QVERIFY2(before, qPrintable(r1.describe()));
    auto forget = [&](const QStringList &extra, QByteArray *out) {
        return m_node.run(QStringList { QStringLiteral("dataset"), QStringLiteral("remove"),
                                        QStringLiteral("--data-dir"), m_node.dataDir(),
                                        QStringLiteral("--dataset"), ds }
                              + extra,
                          out);
    };
    // Without the name repeated nothing is forgotten, and the sentence says what it would do.
    QByteArray out;
    QVERIFY(!forget({ QStringLiteral("--forget") }, &out));
    QVERIFY2(m_node.error.contains(QStringLiteral("Nothing was forgotten")),
             qPrintable(m_node.error));
    QVERIFY(!forget({ QStringLiteral("--forget"), QStringLiteral("--confirm-forget"),
                      QStringLiteral("forget") },
                    &out));
    const Reply still = describe(ds, m_tokens[QStringLiteral("ann")], QString(), {}, stress);
    QVERIFY2(still.released(), qPrintable(still.describe()));
    // Removed first (the ordinary way: kept under a reserved name), then forgotten.
    QVERIFY2(m_node.run({ QStringLiteral("dataset"), QStringLiteral("remove"),
                          QStringLiteral("--data-dir"), m_node.dataDir(),
                          QStringLiteral("--dataset"), ds }),
             qPrintable(m_node.error));
    QVERIFY2(forget({ QStringLiteral("--forget"), QStringLiteral("--confirm-forget"), ds }, &out),
             qPrintable(m_node.error));
    QVERIFY2(out.contains("240 records"), out.constData());
    const QStringList audit
        = testsupport::auditLinesOf(m_node, QStringLiteral("dataset-forgotten"));
    QCOMPARE(audit.size(), 1);
    QVERIFY2(audit.first().contains(QStringLiteral("\"records\":240")), qPrintable(audit.first()));
    // Nothing of it is left to forget again.
    QVERIFY(!forget({ QStringLiteral("--forget"), QStringLiteral("--confirm-forget"), ds }, &out));
    QVERIFY2(m_node.error.contains(QStringLiteral("no dataset 'forgetme'")),
             qPrintable(m_node.error));

    // The attacks: the same export less one child, under another name and under its own.
    const int child = 7;
    std::vector<Row> less = rows;
    less.erase(less.begin() + child);
    for (const QString &name : { QStringLiteral("forgetme-extract"), ds }) {
        const QString attack = QStringLiteral("a forgotten dataset's export less one child "
                                              "imported as '%1': stress over it")
                                   .arg(name);
        const QString error = importRows(name, less);
        if (error.isEmpty()) {
            const Reply r2 = describe(name, m_tokens[QStringLiteral("bob")], QString(), {}, stress);
            QStringList found;
            if (const auto after = described(r2);
                after && before->cohortSize - after->cohortSize == 1) {
                const auto &a = before->numeric.front().moments,
                           &b = after->numeric.front().moments;
                const double value = a.mean * double(a.count) - b.mean * double(b.count);
                if (std::abs(value - rows[child].stress) < 0.05)
                    found << QStringLiteral("the left-out child's stress %1").arg(value, 0, 'f', 3);
            }
            noteReconstruction(attack, found, r2);
        } else {
            note(attack, QStringLiteral("closed: the import is refused"));
            QVERIFY2(error.contains(QStringLiteral("forgotten")), qPrintable(error));
            QVERIFY2(error.contains(QStringLiteral("nothing was imported")), qPrintable(error));
        }
    }
    // Honest: other records under the forgotten name are imported and released.
    VERIFY_NO_ERROR(importRows(ds, population(7)));
    const Reply fresh = describe(ds, m_tokens[QStringLiteral("carl")], QString(), {}, stress);
    QVERIFY2(fresh.released(), qPrintable(fresh.describe()));
    note(QStringLiteral("honest: other records imported under a forgotten dataset's name"),
         QStringLiteral("imported and released"));
}

QTEST_GUILESS_MAIN(tst_AttacksReimport4)
#include "tst_attacks_reimport4.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Re-imports that add, remove or change records (branch `reimport`, docs/privacy-rules.md
// "Re-imports that change records"): the same request before and after a monthly refresh that
// added one child, removed one, or corrected one value differs by that child alone. Each attack as
// a hostile token holder sends it to a real fairstart-node over TLS on its default policy, against
// the hospital demo cohort (3,000 records, seed 7) with a planted record whose values are known.
// Eigen before httplib: <resolv.h> (through httplib) defines _res, a name Eigen uses.
#include "fairstart/protocol/codec.h"

#include <Eigen/Dense>

#include "attacksupport.h"
#include "nodeprocess.h"
#include "peering.h"
#include "release/differencing.h"
#include "release/ledgercarry.h"
#include "studyrelay.h"

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
#include <set>

using namespace fairstart;
using namespace testsupport::attacks;
using testsupport::NodeProcess;
using testsupport::Reply;

namespace {

constexpr int kRows = 3000;

struct Described {
    double n = 0, stressSum = 0, stressCount = 0;
    std::map<QString, double> delay, sex;
};

// Round 1 of dev_delay_2y ~ parental_stress at β = 0 (μ = ½, W = ¼): XᵀWX's (1, stress) element
// is Σ stress / 4, and the score's first element Σ (y − ½).
struct FitSums {
    double n = 0, stressSum = 0, events = 0;
};

} // namespace

class tst_AttacksReimport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    // (a) The monthly import added one child: the same description and the same fit before and
    // after differ by that child (its stress score, outcome and sex).
    void addedRecordDifferenced();
    // (b) One child removed (its row deleted instead of its consent set to 0).
    void removedRecordDifferenced();
    // (c) One value corrected: a stress score that was missing is filled in.
    void correctedValueDifferenced();
    // (d) One child added and another removed: the count stays, the sums move by the difference.
    void addedAndRemovedDifferenced();
    // (e) The catalogue's rounded counts before and after one child was added (a level 5 past a
    // multiple of 10 after the import, 4 past before).
    void addedRecordInTheCatalogue();
    // The next attacks: the export renumbered every record id while adding one child (a ledger
    // that follows ids sees 3,001 new records), and an import with a duplicate record id.
    void renumberedIdsWithAnAddedRecord();
    void duplicateRecordIdIsRefused();
    // The export gained a column while one child was added (a ledger that needs the same
    // variables on both sides starts afresh).
    void addedColumnWithAnAddedRecord();
    // Honest work: a monthly refresh that adds 300 records; and one that also corrects two values.
    void monthlyRefreshKeepsHonestWork();
    // The cost: Table 1 of every record, by sex, then the fit of the complete cases, before and
    // after the refresh: the new boys without a value (5) are a group of their own.
    void monthlyRefreshSplitsTheNewRecords();
    void monthlyRefreshWithCorrections();
    // The carry itself, without a node: the match (by id, by values), ghosts and the pending
    // atom through the encoding, and the checks on them.
    void carriedLedgerFollowsTheRecords();

private:
    // A variant of the CSV: every data row through `edit` (row index, its line; false drops it),
    // then `extra` lines appended.
    QString variant(const QString &name, const std::function<bool(int, QByteArray &)> &edit,
                    const QList<QByteArray> &extra = {});
    QByteArray withCell(int row, const char *column, const QByteArray &value) const;
    // A consented child with stress, outcome and sex present, not among `except`.
    int plantable(const std::set<int> &except = {}, const char *sex = nullptr) const;
    std::optional<Described> describeAll(const QString &ds, const QString &token, Reply *reply);
    std::optional<FitSums> fit(const QString &ds, const QString &token, Reply *reply);
    // What the differences of two descriptions give away against the truth: `sign` +1 for an added
    // record, -1 for a removed one.
    QStringList revealed(const Described &before, const Described &after, int row, int sign) const;
    QStringList revealedByFit(const FitSums &before, const FitSums &after, int row, int sign) const;

    QTemporaryDir m_dir;
    NodeProcess m_node;
    QString m_schema;
    QByteArray m_headerLine;
    QList<QByteArray> m_lines; // data lines as written by demo-data
    CsvTable m_table;
    std::map<QString, QString> m_tokens;
    std::map<QString, int> m_planted; // per dataset
    std::map<QString, QString> m_versions; // per dataset: its second CSV
    int m_removedOfD = -1;
    QString m_cataloguePlanted;
};

void tst_AttacksReimport::initTestCase()
{
    VERIFY_NO_ERROR(startAttackedNode(m_node, m_dir, QStringLiteral("Re-import node")));
    QString error;
    auto demo = writeDemoCohort(m_node, m_dir, kRows, &error);
    QVERIFY2(demo, qPrintable(error));
    m_schema = demo->schemaPath;
    m_table = std::move(demo->table);
    VERIFY_NO_ERROR(
        readCsvLines(m_dir.filePath(QStringLiteral("demo.csv")), &m_headerLine, &m_lines));
    QCOMPARE(int(m_lines.size()), kRows);
    const QString full = variant(QStringLiteral("full"), [](int, QByteArray &) { return true; });

    // (a) without the planted child first, then with it.
    const int a = plantable();
    m_planted[QStringLiteral("added")] = a;
    QVERIFY2(m_node.import(QStringLiteral("added"),
                           variant(QStringLiteral("added-1"),
                                   [a](int row, QByteArray &) { return row != a; }),
                           m_schema),
             qPrintable(m_node.error));
    m_versions[QStringLiteral("added")] = full;
    // (b) with it first, then without.
    const int b = plantable({ a });
    m_planted[QStringLiteral("removed")] = b;
    QVERIFY2(m_node.import(QStringLiteral("removed"), full, m_schema), qPrintable(m_node.error));
    m_versions[QStringLiteral("removed")]
        = variant(QStringLiteral("removed-2"), [b](int row, QByteArray &) { return row != b; });
    // (c) its stress missing first, then filled in.
    const int c = plantable({ a, b });
    m_planted[QStringLiteral("corrected")] = c;
    QVERIFY2(m_node.import(QStringLiteral("corrected"),
                           variant(QStringLiteral("corrected-1"),
                                   [this, c](int row, QByteArray &line) {
                                       if (row == c)
                                           line = withCell(row, "parental_stress", "NA");
                                       return true;
                                   }),
                           m_schema),
             qPrintable(m_node.error));
    m_versions[QStringLiteral("corrected")] = full;
    // (d) a girl present and a boy absent first, then the boy present and the girl absent.
    const int dAdded = plantable({ a, b, c }, "male");
    const int dRemoved = plantable({ a, b, c }, "female");
    m_planted[QStringLiteral("swapped")] = dAdded;
    m_removedOfD = dRemoved;
    QVERIFY2(m_node.import(QStringLiteral("swapped"),
                           variant(QStringLiteral("swapped-1"),
                                   [dAdded](int row, QByteArray &) { return row != dAdded; }),
                           m_schema),
             qPrintable(m_node.error));
    m_versions[QStringLiteral("swapped")] = variant(
        QStringLiteral("swapped-2"), [dRemoved](int row, QByteArray &) { return row != dRemoved; });
    // Renumbered ids: without the planted child first; then every id + 5,000,000, the child in.
    const int r = plantable({ a, b, c, dAdded, dRemoved });
    m_planted[QStringLiteral("renumbered")] = r;
    QVERIFY2(m_node.import(QStringLiteral("renumbered"),
                           variant(QStringLiteral("renumbered-1"),
                                   [r](int row, QByteArray &) { return row != r; }),
                           m_schema),
             qPrintable(m_node.error));
    m_versions[QStringLiteral("renumbered")]
        = variant(QStringLiteral("renumbered-2"), [this](int row, QByteArray &line) {
              const qint64 id
                  = QByteArray::fromStdString(m_table.cell(row, "record_id")).toLongLong();
              line = withCell(row, "record_id", QByteArray::number(id + 5000000));
              return true;
          });
    // Honest refreshes: the first 2,700 records, then all 3,000.
    for (const char *ds : { "monthly", "corrections", "splits" })
        QVERIFY2(m_node.import(QLatin1String(ds),
                               variant(QStringLiteral("first-2700"),
                                       [](int row, QByteArray &) { return row < 2700; }),
                               m_schema),
                 qPrintable(m_node.error));
    VERIFY_NO_ERROR(importEach(m_node, { "catadd" }, full, m_schema));

    VERIFY_NO_ERROR(researchTokens(m_node, { "ann", "bob", "carl", "dora" }, m_tokens));
    VERIFY_NO_ERROR(serveWithColluder(m_node, m_tokens[QStringLiteral("ann")]));
}

void tst_AttacksReimport::cleanupTestCase()
{
    m_node.stop();
    printOutcomes();
}

void tst_AttacksReimport::cleanup()
{
    VERIFY_NO_ERROR(takeFailures());
}

QString tst_AttacksReimport::variant(const QString &name,
                                     const std::function<bool(int, QByteArray &)> &edit,
                                     const QList<QByteArray> &extra)
{
    const QString path = m_dir.filePath(name + QStringLiteral(".csv"));
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return {};
    out.write(m_headerLine + '\n');
    for (int row = 0; row < kRows; ++row) {
        QByteArray line = m_lines[row];
        if (edit(row, line))
            out.write(line + '\n');
    }
    for (const QByteArray &line : extra)
        out.write(line + '\n');
    return path;
}

QByteArray tst_AttacksReimport::withCell(int row, const char *name, const QByteArray &value) const
{
    QList<QByteArray> cells = m_lines[row].split(',');
    cells[m_table.column(name)] = value;
    return cells.join(',');
}

int tst_AttacksReimport::plantable(const std::set<int> &except, const char *sex) const
{
    for (int row = 0; row < kRows; ++row) {
        if (except.count(row) || m_table.cell(row, "consent_research") != "1"
            || std::isnan(m_table.number(row, "parental_stress"))
            || std::isnan(m_table.number(row, "dev_delay_2y")))
            continue;
        const std::string &s = m_table.cell(row, "sex");
        if (s.empty() || s == "NA" || (sex && s != sex))
            continue;
        return row;
    }
    return -1;
}

std::optional<Described> tst_AttacksReimport::describeAll(const QString &ds, const QString &token,
                                                          Reply *reply)
{
    Describe q;
    q.dataset = ds;
    q.variables = { variable(QStringLiteral("parental_stress")),
                    variable(QStringLiteral("dev_delay_2y")), variable(QStringLiteral("sex")) };
    *reply = m_node.post("/v1/descriptives", token, describeBody(q));
    const auto out = described(*reply);
    if (!out || out->numeric.isEmpty())
        return std::nullopt;
    Described d;
    d.n = double(out->cohortSize);
    for (const auto &v : out->numeric) {
        if (v.variable == QStringLiteral("parental_stress")) {
            d.stressCount = double(v.moments.count);
            d.stressSum = v.moments.mean * double(v.moments.count);
        }
    }
    for (const auto &v : out->categorical) {
        for (const auto &level : v.levels) {
            if (level.count)
                (v.variable == QStringLiteral("sex") ? d.sex : d.delay)[level.name]
                    = double(*level.count);
        }
    }
    return d;
}

std::optional<FitSums> tst_AttacksReimport::fit(const QString &ds, const QString &token,
                                                Reply *reply)
{
    *reply = roundOneAlone(
        m_node, token, ds,
        design("dev_delay_2y", analysis::Family::Binomial, { asIs("parental_stress") }));
    const auto stats = roundStats(*reply);
    if (!stats || stats->p != 2)
        return std::nullopt;
    FitSums f;
    f.n = upper(*stats, 0, 0) * 4;
    f.stressSum = upper(*stats, 0, 1) * 4;
    f.events = stats->events;
    return f;
}

QStringList tst_AttacksReimport::revealed(const Described &before, const Described &after, int row,
                                          int sign) const
{
    QStringList out;
    const double dn = (after.n - before.n) * sign;
    const double stress = (after.stressSum - before.stressSum) * sign;
    if (dn == 1 && std::abs(stress - m_table.number(row, "parental_stress")) < 0.05)
        out << QStringLiteral("stress %1").arg(stress, 0, 'f', 1);
    for (const auto &[name, levels, truth] :
         { std::tuple { "dev_delay_2y", &before.delay, m_table.cell(row, "dev_delay_2y") },
           std::tuple { "sex", &before.sex, m_table.cell(row, "sex") } }) {
        const auto &now = std::string(name) == "sex" ? after.sex : after.delay;
        for (const auto &[level, count] : *levels) {
            const auto it = now.find(level);
            if (it != now.end() && (it->second - count) * sign == 1 && level.toStdString() == truth)
                out << QStringLiteral("%1 %2").arg(QLatin1String(name), level);
        }
    }
    return out;
}

QStringList tst_AttacksReimport::revealedByFit(const FitSums &before, const FitSums &after, int row,
                                               int sign) const
{
    QStringList out;
    if (std::round((after.n - before.n) * sign) != 1)
        return out;
    const double stress = (after.stressSum - before.stressSum) * sign;
    if (std::abs(stress - m_table.number(row, "parental_stress")) < 0.05)
        out << QStringLiteral("stress %1 (fit)").arg(stress, 0, 'f', 1);
    const double events = std::round((after.events - before.events) * sign);
    if (events == m_table.number(row, "dev_delay_2y"))
        out << QStringLiteral("dev_delay_2y %1 (fit)").arg(events);
    return out;
}

void tst_AttacksReimport::addedRecordDifferenced()
{
    const QString ds = QStringLiteral("added");
    const int row = m_planted[ds];
    QVERIFY(row >= 0);
    Reply r1, f1;
    const auto before = describeAll(ds, m_tokens[QStringLiteral("ann")], &r1);
    QVERIFY2(before, qPrintable(r1.describe()));
    const auto fitBefore = fit(ds, m_tokens[QStringLiteral("ann")], &f1);
    QVERIFY2(fitBefore, qPrintable(f1.describe()));
    QVERIFY2(m_node.import(ds, m_versions[ds], m_schema), qPrintable(m_node.error));
    Reply r2, f2;
    const auto after = describeAll(ds, m_tokens[QStringLiteral("bob")], &r2);
    const auto fitAfter = fit(ds, m_tokens[QStringLiteral("carl")], &f2);
    qInfo("added: before n %g, after %s; fit n %g -> %s", before->n,
          after ? qPrintable(QString::number(after->n)) : qPrintable(r2.describe()), fitBefore->n,
          fitAfter ? qPrintable(QString::number(fitAfter->n)) : qPrintable(f2.describe()));
    noteReconstruction(QStringLiteral("(a) one child added: the same description"),
                       after ? revealed(*before, *after, row, +1) : QStringList {}, r2);
    noteReconstruction(QStringLiteral("(a) one child added: the same fit's round 1"),
                       fitAfter ? revealedByFit(*fitBefore, *fitAfter, row, +1) : QStringList {},
                       f2);
}

void tst_AttacksReimport::removedRecordDifferenced()
{
    const QString ds = QStringLiteral("removed");
    const int row = m_planted[ds];
    QVERIFY(row >= 0);
    Reply r1, f1;
    const auto before = describeAll(ds, m_tokens[QStringLiteral("ann")], &r1);
    QVERIFY2(before, qPrintable(r1.describe()));
    const auto fitBefore = fit(ds, m_tokens[QStringLiteral("ann")], &f1);
    QVERIFY2(fitBefore, qPrintable(f1.describe()));
    QVERIFY2(m_node.import(ds, m_versions[ds], m_schema), qPrintable(m_node.error));
    Reply r2, f2;
    const auto after = describeAll(ds, m_tokens[QStringLiteral("bob")], &r2);
    const auto fitAfter = fit(ds, m_tokens[QStringLiteral("carl")], &f2);
    qInfo("removed: before n %g, after %s", before->n,
          after ? qPrintable(QString::number(after->n)) : qPrintable(r2.describe()));
    noteReconstruction(QStringLiteral("(b) one child removed: the same description"),
                       after ? revealed(*before, *after, row, -1) : QStringList {}, r2);
    noteReconstruction(QStringLiteral("(b) one child removed: the same fit's round 1"),
                       fitAfter ? revealedByFit(*fitBefore, *fitAfter, row, -1) : QStringList {},
                       f2);
}

void tst_AttacksReimport::correctedValueDifferenced()
{
    const QString ds = QStringLiteral("corrected");
    const int row = m_planted[ds];
    QVERIFY(row >= 0);
    Reply r1, f1;
    const auto before = describeAll(ds, m_tokens[QStringLiteral("ann")], &r1);
    QVERIFY2(before, qPrintable(r1.describe()));
    const auto fitBefore = fit(ds, m_tokens[QStringLiteral("ann")], &f1);
    QVERIFY2(fitBefore, qPrintable(f1.describe()));
    QVERIFY2(m_node.import(ds, m_versions[ds], m_schema), qPrintable(m_node.error));
    Reply r2, f2;
    const auto after = describeAll(ds, m_tokens[QStringLiteral("bob")], &r2);
    const auto fitAfter = fit(ds, m_tokens[QStringLiteral("carl")], &f2);
    QStringList found;
    if (after && after->stressCount - before->stressCount == 1) {
        const double stress = after->stressSum - before->stressSum;
        if (std::abs(stress - m_table.number(row, "parental_stress")) < 0.05)
            found << QStringLiteral("the filled-in stress %1").arg(stress, 0, 'f', 1);
    }
    qInfo("corrected: before stress n %g, after %s", before->stressCount,
          after ? qPrintable(QString::number(after->stressCount)) : qPrintable(r2.describe()));
    noteReconstruction(QStringLiteral("(c) one value corrected: the same description"), found, r2);
    noteReconstruction(QStringLiteral("(c) one value corrected: the same fit's round 1"),
                       fitAfter ? revealedByFit(*fitBefore, *fitAfter, row, +1) : QStringList {},
                       f2);
}

void tst_AttacksReimport::addedAndRemovedDifferenced()
{
    const QString ds = QStringLiteral("swapped");
    const int added = m_planted[ds], removed = m_removedOfD;
    QVERIFY(added >= 0 && removed >= 0);
    Reply r1;
    const auto before = describeAll(ds, m_tokens[QStringLiteral("ann")], &r1);
    QVERIFY2(before, qPrintable(r1.describe()));
    QVERIFY2(m_node.import(ds, m_versions[ds], m_schema), qPrintable(m_node.error));
    Reply r2;
    const auto after = describeAll(ds, m_tokens[QStringLiteral("bob")], &r2);
    QStringList found;
    if (after && after->n == before->n) {
        const double stress = after->stressSum - before->stressSum;
        const double truth
            = m_table.number(added, "parental_stress") - m_table.number(removed, "parental_stress");
        if (truth != 0 && std::abs(stress - truth) < 0.05)
            found << QStringLiteral("stress of the added minus the removed %1").arg(stress);
        if (after->sex.count(QStringLiteral("male")) && before->sex.count(QStringLiteral("male"))
            && after->sex.at(QStringLiteral("male")) - before->sex.at(QStringLiteral("male")) == 1)
            found << QStringLiteral("the added is a boy and the removed a girl");
    }
    qInfo("swapped: before n %g, after %s", before->n,
          after ? qPrintable(QString::number(after->n)) : qPrintable(r2.describe()));
    noteReconstruction(QStringLiteral("(d) one added, one removed: the same description"), found,
                       r2);
}

void tst_AttacksReimport::addedRecordInTheCatalogue()
{
    // The first import lacks a child whose level's count over the records consented for every
    // purpose is 5 past a multiple of 10 (4 past without it: 954 -> 950, 955 -> 960).
    const QString ds = QStringLiteral("catadd");
    const QString token = m_tokens[QStringLiteral("dora")];
    auto every = [&](int row) {
        return m_table.cell(row, "consent_research") == "1"
            && m_table.cell(row, "consent_quality") == "1";
    };
    int planted = -1;
    std::string plantedVariable, plantedLevel;
    for (const char *name : { "maternal_education", "municipality", "migration_background", "sex",
                              "income_quintile" }) {
        std::map<std::string, int> counts;
        for (int row = 0; row < kRows; ++row) {
            if (every(row))
                ++counts[m_table.cell(row, name)];
        }
        for (const auto &[level, count] : counts) {
            if (planted >= 0 || count < 15 || count % 10 != 5 || level == "NA" || level.empty())
                continue;
            for (int row = 0; row < kRows && planted < 0; ++row) {
                if (every(row) && m_table.cell(row, name) == level) {
                    planted = row;
                    plantedVariable = name;
                    plantedLevel = level;
                }
            }
        }
    }
    QVERIFY2(planted >= 0, "a level 5 past a multiple of 10");
    QVERIFY2(m_node.import(ds,
                           variant(QStringLiteral("catadd-1"),
                                   [planted](int row, QByteArray &) { return row != planted; }),
                           m_schema),
             qPrintable(m_node.error));
    auto catalogue = [&]() {
        return catalogueCounts(m_node, token, ds);
    };
    const auto before = catalogue();
    QVERIFY2(!before.empty(), "the catalogue lists the dataset's levels");
    QVERIFY2(m_node.import(
                 ds, variant(QStringLiteral("catadd-2"), [](int, QByteArray &) { return true; }),
                 m_schema),
             qPrintable(m_node.error));
    const auto after = catalogue();
    QVERIFY(!after.empty());
    QStringList found;
    const QStringList changed = changedLevelCounts(before, after, &m_table, planted, &found);
    qInfo("planted %s = %s; changed: %s", plantedVariable.c_str(), plantedLevel.c_str(),
          qPrintable(changed.join(QStringLiteral("; "))));
    if (!found.isEmpty())
        stillWorks(QStringLiteral("(e) one child added: the catalogue's rounded counts"),
                   QStringLiteral("the added child's %1").arg(found.join(QStringLiteral(", "))));
    else
        note(QStringLiteral("(e) one child added: the catalogue's rounded counts"),
             QStringLiteral("closed: no level count changed"));
    QVERIFY2(changed.isEmpty(), qPrintable(changed.join(QStringLiteral("; "))));
}

void tst_AttacksReimport::renumberedIdsWithAnAddedRecord()
{
    const QString ds = QStringLiteral("renumbered");
    const int row = m_planted[ds];
    QVERIFY(row >= 0);
    Reply r1;
    const auto before = describeAll(ds, m_tokens[QStringLiteral("ann")], &r1);
    QVERIFY2(before, qPrintable(r1.describe()));
    QVERIFY2(m_node.import(ds, m_versions[ds], m_schema), qPrintable(m_node.error));
    Reply r2;
    const auto after = describeAll(ds, m_tokens[QStringLiteral("bob")], &r2);
    qInfo("renumbered: before n %g, after %s", before->n,
          after ? qPrintable(QString::number(after->n)) : qPrintable(r2.describe()));
    noteReconstruction(
        QStringLiteral("every id renumbered and one child added: the same description"),
        after ? revealed(*before, *after, row, +1) : QStringList {}, r2);
}

void tst_AttacksReimport::duplicateRecordIdIsRefused()
{
    // A second row with the planted child's id but other values: were it imported, the ledger
    // would have to choose one of the two rows for the id.
    const int row = plantable();
    const QByteArray twin
        = withCell(row + 1, "record_id", QByteArray::fromStdString(m_table.cell(row, "record_id")));
    const QString csv
        = variant(QStringLiteral("duplicate"), [](int, QByteArray &) { return true; }, { twin });
    const bool imported = m_node.import(QStringLiteral("added"), csv, m_schema);
    note(QStringLiteral("a re-import with a duplicate record id"),
         imported ? QStringLiteral("IMPORTED")
                  : QStringLiteral("refused: ") + m_node.error.left(160));
    QVERIFY2(!imported, "a duplicate record id must be refused");
    QVERIFY2(m_node.error.contains(QStringLiteral("record_id"))
                 || m_node.error.contains(QStringLiteral("unique"))
                 || m_node.error.contains(QStringLiteral("duplicate")),
             qPrintable(m_node.error));
}

void tst_AttacksReimport::addedColumnWithAnAddedRecord()
{
    const QString ds = QStringLiteral("addcol");
    const int row = plantable({ m_planted[QStringLiteral("added")] });
    QVERIFY(row >= 0);
    QVERIFY2(m_node.import(ds,
                           variant(QStringLiteral("addcol-1"),
                                   [row](int r, QByteArray &) { return r != row; }),
                           m_schema),
             qPrintable(m_node.error));
    Reply r1;
    const auto before = describeAll(ds, m_tokens[QStringLiteral("ann")], &r1);
    QVERIFY2(before, qPrintable(r1.describe()));
    // The same records and the planted child, with a new numeric column.
    const QString path = m_dir.filePath(QStringLiteral("addcol-2.csv"));
    {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(m_headerLine + ",visits_1y\n");
        for (int r = 0; r < kRows; ++r)
            out.write(m_lines[r] + ',' + QByteArray::number(r % 7) + '\n');
    }
    const QString schema = m_dir.filePath(QStringLiteral("addcol.schema.json"));
    {
        QFile in(m_schema), out(schema);
        QVERIFY(in.open(QIODevice::ReadOnly) && out.open(QIODevice::WriteOnly));
        QJsonObject json = QJsonDocument::fromJson(in.readAll()).object();
        QJsonObject columns = json.value(QStringLiteral("columns")).toObject();
        columns.insert(QStringLiteral("visits_1y"),
                       QJsonObject { { QStringLiteral("type"), QStringLiteral("numeric") },
                                     { QStringLiteral("label"), QStringLiteral("Visits") } });
        json.insert(QStringLiteral("columns"), columns);
        out.write(QJsonDocument(json).toJson());
    }
    QVERIFY2(m_node.import(ds, path, schema), qPrintable(m_node.error));
    Reply r2;
    const auto after = describeAll(ds, m_tokens[QStringLiteral("bob")], &r2);
    qInfo("added column: before n %g, after %s", before->n,
          after ? qPrintable(QString::number(after->n)) : qPrintable(r2.describe()));
    noteReconstruction(QStringLiteral("a column added and one child added: the same description"),
                       after ? revealed(*before, *after, row, +1) : QStringList {}, r2);
}

void tst_AttacksReimport::monthlyRefreshKeepsHonestWork()
{
    // The documented honest path (docs/privacy-rules.md, "Working with it": describe the cohort
    // you fit): Table 1 of the model's complete cases, the girls' and the boys', the fit; the
    // refresh adds 300 births (288 consented); all of it again, by the same and another user.
    const QString ds = QStringLiteral("monthly");
    const QString token = m_tokens[QStringLiteral("ann")];
    auto table1 = [&](const char *sex, const QString &who) {
        Describe q;
        q.dataset = ds;
        if (sex)
            q.filters = { among("sex", { sex }) };
        q.completeCases = { QStringLiteral("parental_stress"), QStringLiteral("dev_delay_2y") };
        q.variables = { variable(QStringLiteral("parental_stress")),
                        variable(QStringLiteral("dev_delay_2y")), variable(QStringLiteral("sex")) };
        return m_node.post("/v1/descriptives", who, describeBody(q));
    };
    const Reply all1 = table1(nullptr, token);
    QVERIFY2(all1.released(), qPrintable(all1.describe()));
    QVERIFY2(table1("female", token).released(), "the girls before");
    QVERIFY2(table1("male", token).released(), "the boys before");
    Reply f1;
    const auto fitBefore = fit(ds, token, &f1);
    QVERIFY2(fitBefore, qPrintable(f1.describe()));
    QVERIFY2(m_node.import(ds, m_dir.filePath(QStringLiteral("full.csv")), m_schema),
             qPrintable(m_node.error));
    for (const QString &who : { token, m_tokens[QStringLiteral("bob")] }) {
        const Reply all2 = table1(nullptr, who);
        QVERIFY2(all2.released(), qPrintable(all2.describe()));
        const auto before = described(all1), after = described(all2);
        QVERIFY(before && after);
        QVERIFY2(after->cohortSize > before->cohortSize + 200, "the new records are described");
        const Reply g = table1("female", who);
        QVERIFY2(g.released(), qPrintable(g.describe()));
        const Reply b = table1("male", who);
        QVERIFY2(b.released(), qPrintable(b.describe()));
        Reply f2;
        const auto fitAfter = fit(ds, who, &f2);
        QVERIFY2(fitAfter, qPrintable(f2.describe()));
        QVERIFY(fitAfter->n > fitBefore->n + 200);
    }
    note(QStringLiteral("honest: Table 1 of the complete cases, by sex, and the fit, before and "
                        "after 300 records added"),
         QStringLiteral("released"));
}

void tst_AttacksReimport::monthlyRefreshSplitsTheNewRecords()
{
    const QString ds = QStringLiteral("splits");
    const QString token = m_tokens[QStringLiteral("carl")];
    auto table1 = [&](const char *sex) {
        Describe q;
        q.dataset = ds;
        if (sex)
            q.filters = { among("sex", { sex }) };
        q.variables = { variable(QStringLiteral("parental_stress")),
                        variable(QStringLiteral("dev_delay_2y")) };
        return m_node.post("/v1/descriptives", token, describeBody(q));
    };
    Reply f1;
    QVERIFY2(table1(nullptr).released() && table1("female").released() && table1("male").released()
                 && fit(ds, token, &f1),
             qPrintable(f1.describe()));
    QVERIFY2(m_node.import(ds, m_dir.filePath(QStringLiteral("full.csv")), m_schema),
             qPrintable(m_node.error));
    QVERIFY(table1(nullptr).released() && table1("female").released() && table1("male").released());
    Reply f2;
    const auto fitted = fit(ds, token, &f2);
    note(QStringLiteral("honest cost: Table 1 of all, by sex, then the complete-case fit, after "
                        "300 added"),
         fitted ? QStringLiteral("released") : QStringLiteral("fit refused with %1").arg(f2.code));
    // The 5 new boys without a stress score or outcome lie between the boys' Table 1 and the
    // fit: a group the ledger must not let out (their Σ outcome by difference).
    EXPECT_REFUSED(QStringLiteral("the fit that splits off the 5 new boys without a value"), f2,
                   QStringList { QStringLiteral("differencing") });
}

void tst_AttacksReimport::monthlyRefreshWithCorrections()
{
    // The same refresh, and two earlier records' stress scores corrected: the cohorts released
    // before that held them are refused in their new form (they differ from the earlier releases
    // by the two old values); a fresh subgroup is released.
    const QString ds = QStringLiteral("corrections");
    const QString token = m_tokens[QStringLiteral("ann")];
    Reply r1;
    const auto before = describeAll(ds, token, &r1);
    QVERIFY2(before, qPrintable(r1.describe()));
    std::vector<int> corrected;
    for (int row = 0; row < 2700 && corrected.size() < 2; ++row) {
        if (m_table.cell(row, "consent_research") == "1"
            && !std::isnan(m_table.number(row, "parental_stress")))
            corrected.push_back(row);
    }
    QVERIFY2(m_node.import(ds,
                           variant(QStringLiteral("corrections-2"),
                                   [&](int row, QByteArray &line) {
                                       if (std::find(corrected.begin(), corrected.end(), row)
                                           != corrected.end()) {
                                           const double s = m_table.number(row, "parental_stress");
                                           line = withCell(
                                               row, "parental_stress",
                                               QByteArray::number(s < 20 ? s + 1 : s - 1, 'f', 1));
                                       }
                                       return true;
                                   }),
                           m_schema),
             qPrintable(m_node.error));
    Reply r2;
    const auto after = describeAll(ds, token, &r2);
    note(QStringLiteral("honest: all records again after 300 added and 2 corrected"),
         after ? QStringLiteral("released (n %1 -> %2)").arg(before->n).arg(after->n)
               : QStringLiteral("refused with %1").arg(r2.code));
    EXPECT_REFUSED(QStringLiteral("all records again after two corrections"), r2,
                   QStringList { QStringLiteral("differencing") });
    // A subgroup never released before, large on both sides: released.
    Describe q;
    q.dataset = ds;
    q.filters = { among("municipality", { "Rotterdam" }) };
    q.variables = { variable(QStringLiteral("dev_delay_2y")) };
    const Reply sub = m_node.post("/v1/descriptives", token, describeBody(q));
    note(QStringLiteral("honest: a new subgroup after 300 added and 2 corrected"),
         sub.released() ? QStringLiteral("released")
                        : QStringLiteral("refused with %1 (%2)")
                              .arg(sub.code,
                                   sub.json.value(QStringLiteral("error"))
                                       .toObject()
                                       .value(QStringLiteral("detail"))
                                       .toString()));
    QVERIFY2(sub.released(), qPrintable(sub.describe()));
}

void tst_AttacksReimport::carriedLedgerFollowsTheRecords()
{
    // 40 records, x = 0..39 and a two-level category; ids 100..139.
    auto dataset = [](std::vector<std::int64_t> ids, std::vector<double> x) {
        node::LoadedDataset d;
        d.info.name = QStringLiteral("unit");
        d.info.generation = 1;
        node::VariableInfo v;
        v.name = QStringLiteral("x");
        v.kind = node::VariableKind::Numeric;
        v.role = node::VariableRole::Variable;
        d.info.variables.push_back(v);
        std::vector<std::int32_t> codes;
        for (double value : x)
            codes.push_back(std::int32_t(value) % 2);
        node::VariableInfo g = v;
        g.name = QStringLiteral("g");
        g.kind = node::VariableKind::Categorical;
        g.levels = { QStringLiteral("a"), QStringLiteral("b") };
        d.info.variables.push_back(g);
        (void)d.table.addNumeric("x", x);
        (void)d.table.addCategorical("g", codes, { "a", "b" });
        d.recordIds = std::move(ids);
        d.info.rows = qint64(d.recordIds.size());
        return d;
    };
    std::vector<std::int64_t> ids;
    std::vector<double> x;
    for (int i = 0; i < 40; ++i) {
        ids.push_back(100 + i);
        x.push_back(i);
    }
    const node::LoadedDataset earlier = dataset(ids, x);
    // Record 105 removed, 107 corrected, every id renumbered (+1000), one record added.
    std::vector<std::int64_t> ids2;
    std::vector<double> x2;
    for (int i = 39; i >= 0; --i) {
        if (i == 5)
            continue;
        ids2.push_back(1100 + i);
        x2.push_back(i == 7 ? 77 : i);
    }
    ids2.push_back(5000);
    x2.push_back(41);
    const node::LoadedDataset later = dataset(ids2, x2);
    const auto match = node::matchRecords(earlier, later.info, later.table, later.recordIds);
    QVERIFY(match);
    QCOMPARE(match->added, std::size_t(2)); // 107's new version and 5000
    QCOMPARE(match->ghostRows, (std::vector<std::size_t> { 5, 7 }));
    QCOMPARE(match->renumbered, std::size_t(38));
    for (std::size_t row = 0; row < later.table.rows(); ++row) {
        if (match->rowOf[row] >= 0)
            QCOMPARE(earlier.table.column("x")->numeric[std::size_t(match->rowOf[row])],
                     later.table.column("x")->numeric[row]);
    }

    // The earlier ledger: all 40 released, then records 0..19 and 20..39 apart.
    node::DifferencingLimits limits;
    node::DifferencingState state = node::DifferencingState::initial(1, 40);
    std::vector<std::int64_t> all, low;
    for (std::int64_t i = 0; i < 40; ++i)
        all.push_back(i);
    for (std::int64_t i = 0; i < 20; ++i)
        low.push_back(i);
    QVERIFY(node::refineByRelease(state, earlier.table, all, {}, limits, true).passed);
    QVERIFY(node::refineByRelease(state, earlier.table, low, {}, limits, true).passed);
    const auto carried
        = node::carriedLedger(state.encode(), 2, *match, 40, 10, earlier.table, later.table);
    QVERIFY(carried);
    const auto after = node::DifferencingState::decode(*carried);
    QVERIFY(after);
    QCOMPARE(after->atomOf.size(), later.table.rows());
    QCOMPARE(after->generation, qint64(2));
    // Two ghosts in the low atom (5 and 7), whose size stays 20; a pending atom of the 2 added.
    const std::uint32_t lowAtom = state.atomOf[0];
    QCOMPARE(after->ghostsOf(lowAtom), std::int64_t(2));
    QCOMPARE(after->sizes[lowAtom], std::int64_t(20));
    QVERIFY(after->pending >= 0);
    QCOMPARE(after->sizes[std::size_t(after->pending)], std::int64_t(2));
    const auto held = node::heldRows(*carried, 10);
    QCOMPARE(std::count(held.begin(), held.end(), std::uint8_t(1)), std::ptrdiff_t(2));

    // The low records again (now 18 table rows): a split of 2 ghosts, refused; the high ones
    // again: refused too (branch reimport3: every atom of the earlier import may hold the
    // ghosts, so that the verdict does not tell which one does); half of the high ones (10 in,
    // 10 out): released; anything with a held record: refused.
    auto rowsOf = [&](const std::function<bool(double)> &keep, bool withHeld) {
        std::vector<std::int64_t> rows;
        for (std::size_t r = 0; r < later.table.rows(); ++r) {
            if ((withHeld || !held[r]) && keep(later.table.column("x")->numeric[r]))
                rows.push_back(std::int64_t(r));
        }
        return rows;
    };
    node::DifferencingState check = *after;
    QVERIFY(!node::refineByRelease(check, later.table,
                                   rowsOf([](double v) { return v < 20; }, false), {}, limits,
                                   false)
                 .passed);
    QVERIFY(!node::refineByRelease(check, later.table,
                                   rowsOf([](double v) { return v >= 20 && v < 40; }, false), {},
                                   limits, false)
                 .passed);
    QVERIFY(after->mayHoldGhosts(state.atomOf[20]) && after->ghostsOf(state.atomOf[20]) == 0);
    QVERIFY(!node::refineByRelease(check, later.table,
                                   rowsOf([](double v) { return v >= 20 && v < 31; }, false), {},
                                   limits, false)
                 .passed); // 9 table records left out
    QVERIFY(node::refineByRelease(check, later.table,
                                  rowsOf([](double v) { return v >= 20 && v < 30; }, false), {},
                                  limits, false)
                .passed);
    QVERIFY(!node::refineByRelease(check, later.table, rowsOf([](double) { return true; }, true),
                                   {}, limits, false)
                 .passed);
    // Eight more additions at the next import make the pending atom 10: no longer held.
    node::RecordMatch next;
    for (std::size_t r = 0; r < later.table.rows(); ++r)
        next.rowOf.push_back(std::int64_t(r));
    for (int k = 0; k < 8; ++k)
        next.rowOf.push_back(-1);
    next.added = 8;
    const auto grown
        = node::carriedLedger(*carried, 3, next, later.table.rows(), 10, later.table, later.table);
    QVERIFY(grown);
    const auto third = node::DifferencingState::decode(*grown);
    QVERIFY(third);
    QCOMPARE(third->pending, after->pending);
    QCOMPARE(third->sizes[std::size_t(third->pending)], std::int64_t(10));
    QVERIFY(node::heldRows(*grown, 10).empty());
    QCOMPARE(third->ghostsOf(lowAtom), std::int64_t(2));
}

QTEST_GUILESS_MAIN(tst_AttacksReimport)
#include "tst_attacks_reimport.moc"
